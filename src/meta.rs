//! Title and description of every page, computed the same way by the app
//! (live) and by the site generator (into each route's `index.html`).

use crate::core::lang::Lang;
use crate::core::model::Dataset;
use crate::core::routes::Page;
use crate::i18n::strings;

pub struct PageMeta {
    pub title: String,
    pub description: String,
}

/// `None` data means the dataset is not loaded yet: record pages then get the
/// site's own title until it arrives.
pub fn page_meta(lang: Lang, page: &Page, data: Option<&Dataset>) -> PageMeta {
    let s = strings(lang);
    let site = s.site_name();
    let make = |title: &str, description: &str| PageMeta {
        title: format!("{title} — {site}"),
        description: shorten(description, 200),
    };
    match page {
        Page::Home => PageMeta {
            title: format!("{} — {site}", s.home_title()),
            description: s.home_description().into(),
        },
        Page::Agreements => make(s.agreements_title(), s.agreements_description()),
        Page::Glossary => make(s.glossary_title(), s.glossary_description()),
        Page::About => make(s.about_title(), s.about_description()),
        Page::Status => make(s.status_title(), s.status_description()),
        Page::Timeline => make(s.timeline_title(), s.timeline_description()),
        Page::Search => make(s.search_title(), s.search_description()),
        Page::Guides => make(s.guides_title(), s.guides_description()),
        Page::Themes => make(s.themes_title(), s.themes_description()),
        Page::Guide(id) => match data.map(|d| d.guide(id)) {
            Some(Some(g)) => make(&lang.pick(&g.question), &lang.pick(&g.answer)),
            Some(None) => make(s.not_found_title(), s.not_found_text()),
            None => make(s.guides_title(), s.guides_description()),
        },
        Page::Theme(id) => match data.map(|d| d.theme(id)) {
            Some(Some(t)) => make(&lang.pick(&t.name), &lang.pick(&t.description)),
            Some(None) => make(s.not_found_title(), s.not_found_text()),
            None => make(s.themes_title(), s.themes_description()),
        },
        Page::NotFound => make(s.not_found_title(), s.not_found_text()),
        Page::Agreement(id) => match data.map(|d| d.agreement(id)) {
            Some(Some(a)) => make(&lang.pick(&a.title), &lang.pick(&a.summary)),
            Some(None) => make(s.not_found_title(), s.not_found_text()),
            None => make(s.agreements_title(), s.agreements_description()),
        },
        Page::Event(id) => match data.map(|d| d.event(id)) {
            Some(Some(e)) => make(&lang.pick(&e.title), &lang.pick(&e.summary)),
            Some(None) => make(s.not_found_title(), s.not_found_text()),
            None => make(s.site_name(), s.site_tagline()),
        },
        Page::Actor(id) => match data.map(|d| d.actor(id)) {
            Some(Some(a)) => make(&lang.pick(&a.name), &lang.pick(&a.description)),
            Some(None) => make(s.not_found_title(), s.not_found_text()),
            None => make(s.site_name(), s.site_tagline()),
        },
    }
}

/// Cuts at a word boundary and adds an ellipsis when longer than `max` chars.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map(|(head, _)| head).unwrap_or(&cut);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_follow_language() {
        let en = page_meta(Lang::En, &Page::Agreements, None);
        assert_eq!(en.title, "Agreements — Dialogue Explorer");
        let cyr = page_meta(Lang::SrCyrl, &Page::Agreements, None);
        assert_eq!(cyr.title, "Споразуми — Преглед дијалога");
    }

    #[test]
    fn unknown_record_gets_not_found_meta() {
        let data = Dataset::default();
        let meta = page_meta(Lang::Sq, &Page::Agreement("nope".into()), Some(&data));
        assert!(meta.title.starts_with("Faqja nuk u gjet"));
    }

    #[test]
    fn shorten_cuts_at_words() {
        assert_eq!(shorten("one two three", 100), "one two three");
        assert_eq!(shorten("one two three", 9), "one two…");
        assert_eq!(shorten("ćććć", 2), "ćć…");
    }
}
