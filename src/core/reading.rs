//! What a reader needs to share, cite and correct a page: when its record was
//! last updated, its absolute address, the link that reports a mistake, and
//! an as-of date that lies in the future. Pure: the views and the site tool
//! call these with the dates and settings they have.

use super::model::{Actor, Agreement, Dataset, Event, Guide, Theme};
use super::routes::{percent_encode, with_base};
use super::status;

/// What `SITE_URL` is when it is not set: right for local use only.
pub const LOCAL_SITE_URL: &str = "http://127.0.0.1:8080";

/// The scheme and host the site is served from (`SITE_URL` at build time,
/// without a trailing slash). The one place the setting is read: the wasm
/// and the site tool are compiled by the same `make dist`, so the page head's
/// canonical link and the app's citations agree.
pub fn site_origin() -> &'static str {
    origin_of(option_env!("SITE_URL"))
}

fn origin_of(setting: Option<&'static str>) -> &'static str {
    setting
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or(LOCAL_SITE_URL)
        .trim_end_matches('/')
}

/// Where readers report a mistake (`REPORT_URL` at build time): a `mailto:`
/// address or an `https://` issue tracker; `None` when it is not set.
pub fn report_setting() -> Option<&'static str> {
    option_env!("REPORT_URL").map(str::trim).filter(|s| !s.is_empty())
}

/// The absolute address of a site path (`/en/…`): origin, base path, path.
/// The canonical link, the feeds and the citations all use this.
pub fn absolute_url(origin: &str, base: &str, path: &str) -> String {
    format!("{}{}", origin.trim_end_matches('/'), with_base(base, path))
}

/// The link that opens the publisher's contact with the report prefilled:
/// `subject` and `body` percent-encoded into a `mailto:` address's query
/// (line breaks as CRLF, RFC 6068), or into an issue tracker's `title` and
/// `body`. `None` without a setting, or with one that is neither.
pub fn report_link(setting: Option<&str>, subject: &str, body: &str) -> Option<String> {
    let setting = setting.map(str::trim).filter(|s| !s.is_empty())?;
    let (subject_key, body) = if setting.starts_with("mailto:") && setting.len() > "mailto:".len() {
        ("subject", body.replace("\r\n", "\n").replace('\n', "\r\n"))
    } else if setting.starts_with("https://") && setting.len() > "https://".len() {
        ("title", body.to_string())
    } else {
        return None;
    };
    let join = match setting.contains('?') {
        true if setting.ends_with(['?', '&']) => "",
        true => "&",
        false => "?",
    };
    Some(format!(
        "{setting}{join}{subject_key}={}&body={}",
        percent_encode(subject),
        percent_encode(&body)
    ))
}

/// The newest dated entry of an agreement: its own date or its provisions'
/// newest assessment.
pub fn agreement_updated(agreement: &Agreement) -> &str {
    agreement
        .provisions
        .iter()
        .flat_map(|p| &p.status)
        .map(|s| s.date.as_str())
        .chain([agreement.date.as_str()])
        .max()
        .unwrap_or_default()
}

/// An event is one dated entry.
pub fn event_updated(event: &Event) -> &str {
    &event.date
}

/// The newest event the actor takes part in; `None` when it is in none.
pub fn actor_updated<'a>(data: &'a Dataset, actor: &'a Actor) -> Option<&'a str> {
    data.events_with_actor(&actor.id).map(|e| e.date.as_str()).max()
}

/// A guide is dated by when it was last checked.
pub fn guide_updated(guide: &Guide) -> &str {
    &guide.last_checked
}

/// The newest event or assessment under a theme: its events, and the
/// provisions it covers (an agreement's date counts as their first entry).
pub fn theme_updated<'a>(data: &'a Dataset, theme: &'a Theme) -> Option<&'a str> {
    let events = data
        .events
        .iter()
        .filter(|e| e.themes.contains(&theme.id))
        .map(|e| e.date.as_str());
    let provisions = status::theme_provisions(data, &theme.id)
        .into_iter()
        .flat_map(|(agreement, provisions)| {
            provisions
                .into_iter()
                .flat_map(|p| &p.status)
                .map(|s| s.date.as_str())
                .chain([agreement.date.as_str()])
        });
    events.chain(provisions).max()
}

/// The as-of date a status page uses for the one its address asks for. A
/// date after `today` has no record yet: the page shows today's figures (the
/// latest, `None`) and says so (`true`).
pub fn as_of_for(requested: Option<&str>, today: &str) -> (Option<String>, bool) {
    match requested {
        Some(date) if !today.is_empty() && date > today => (None, true),
        other => (other.map(str::to_string), false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::fixtures;
    use crate::core::model::*;

    #[test]
    fn origin_defaults_to_local_and_loses_its_slash() {
        assert_eq!(origin_of(None), LOCAL_SITE_URL);
        assert_eq!(origin_of(Some(" ")), LOCAL_SITE_URL);
        assert_eq!(origin_of(Some("https://example.org/")), "https://example.org");
        assert_eq!(
            absolute_url("https://example.org", "/dialogue/", "/en/events/x/"),
            "https://example.org/dialogue/en/events/x/"
        );
        assert_eq!(
            absolute_url("https://example.org/", "/", "/sq/"),
            "https://example.org/sq/"
        );
    }

    #[test]
    fn report_link_needs_a_setting() {
        assert_eq!(report_link(None, "s", "b"), None);
        assert_eq!(report_link(Some("  "), "s", "b"), None);
        assert_eq!(report_link(Some("javascript:alert(1)"), "s", "b"), None);
        assert_eq!(report_link(Some("http://example.org/issues"), "s", "b"), None);
        assert_eq!(report_link(Some("mailto:"), "s", "b"), None);
    }

    #[test]
    fn report_link_fills_a_mail_address() {
        let link = report_link(
            Some("mailto:corrections@example.org"),
            "Greška: 2013-04-19 – ZSO",
            "https://example.org/sr-Latn/x/\nOznaka: x & y?",
        )
        .unwrap();
        assert_eq!(
            link,
            "mailto:corrections@example.org?subject=Gre%C5%A1ka%3A%202013-04-19%20%E2%80%93%20ZSO\
             &body=https%3A%2F%2Fexample.org%2Fsr-Latn%2Fx%2F%0D%0AOznaka%3A%20x%20%26%20y%3F"
        );
    }

    #[test]
    fn report_link_fills_an_issue_tracker() {
        assert_eq!(
            report_link(Some("https://github.com/o/r/issues/new"), "a b", "c\nd").as_deref(),
            Some("https://github.com/o/r/issues/new?title=a%20b&body=c%0Ad")
        );
        assert_eq!(
            report_link(Some("https://t.example/new?labels=data"), "a", "b").as_deref(),
            Some("https://t.example/new?labels=data&title=a&body=b")
        );
        assert_eq!(
            report_link(Some("https://t.example/new?"), "a", "b").as_deref(),
            Some("https://t.example/new?title=a&body=b")
        );
    }

    #[test]
    fn future_as_of_is_today() {
        assert_eq!(as_of_for(Some("2030-01-01"), "2026-12-03"), (None, true));
        assert_eq!(
            as_of_for(Some("2015-06-01"), "2026-12-03"),
            (Some("2015-06-01".to_string()), false)
        );
        assert!(
            !as_of_for(Some("2026-12-03"), "2026-12-03").1,
            "today is not the future"
        );
        assert_eq!(as_of_for(None, "2026-12-03"), (None, false));
        assert_eq!(
            as_of_for(Some("2030-01-01"), ""),
            (Some("2030-01-01".to_string()), false)
        );
    }

    #[test]
    fn last_updated_is_the_newest_entry() {
        let status = vec![
            fixtures::entry("2014-01-01", Level::Partial),
            fixtures::entry("2019-05-02", Level::Implemented),
        ];
        let agreement = fixtures::agreement(
            "first",
            "2013-04-19",
            &["normalisation"],
            vec![fixtures::provision("p1", Party::Both, status)],
        );
        assert_eq!(agreement_updated(&agreement), "2019-05-02");
        let bare = fixtures::agreement("bare", "2013-04-19", &[], vec![]);
        assert_eq!(agreement_updated(&bare), "2013-04-19");

        let event = |id: &str, date: &str, themes: &[&str], actors: &[&str]| Event {
            id: id.into(),
            date: date.into(),
            kind: EventKind::Dialogue,
            title: fixtures::text(id),
            summary: fixtures::text("s"),
            place: None,
            agreements: vec![],
            actors: actors.iter().map(|a| a.to_string()).collect(),
            themes: themes.iter().map(|t| t.to_string()).collect(),
            sources: vec!["s".into()],
            disputed: None,
            weak_source: false,
        };
        let theme = |id: &str| Theme {
            id: id.into(),
            name: fixtures::text(id),
            description: fixtures::text(id),
        };
        let actor = |id: &str| Actor {
            id: id.into(),
            kind: ActorKind::Participant,
            name: fixtures::text(id),
            description: fixtures::text(id),
            roles: vec![],
            sources: vec![],
        };
        let data = Dataset {
            agreements: vec![agreement, bare],
            events: vec![
                event("late", "2021-02-03", &[], &["kosovo"]),
                event("early", "2012-01-01", &["normalisation"], &["kosovo"]),
            ],
            themes: vec![theme("normalisation"), theme("empty")],
            actors: vec![actor("kosovo")],
            ..Dataset::default()
        };
        assert_eq!(event_updated(&data.events[0]), "2021-02-03");
        // The theme's provisions' newest assessment beats its older event.
        assert_eq!(theme_updated(&data, &data.themes[0]), Some("2019-05-02"));
        assert_eq!(theme_updated(&data, &data.themes[1]), None);
        assert_eq!(actor_updated(&data, &data.actors[0]), Some("2021-02-03"));
        assert_eq!(actor_updated(&data, &actor("nobody")), None);
        let guide = Guide {
            schema: None,
            id: "g".into(),
            question: fixtures::text("q"),
            answer: fixtures::text("a"),
            as_of: "2024-01-01".into(),
            needs: vec![],
            accounts: vec![],
            provisions: vec![],
            events: vec![],
            themes: vec![],
            sources: vec![],
            last_checked: "2025-06-30".into(),
        };
        assert_eq!(guide_updated(&guide), "2025-06-30");
    }
}
