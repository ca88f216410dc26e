//! The foot of every record, topic and guide page: when it was last updated,
//! a link to copy, how to cite it and where to report a mistake. The dates
//! and addresses come from `core::reading`.

use crate::base_path;
use crate::components::use_lang;
use crate::core::lang::Lang;
use crate::core::reading::{absolute_url, as_of_for, report_link, report_setting, site_origin};
use crate::core::routes::Page;
use crate::core::validate::is_calendar_date;
use crate::i18n::{fill, strings};
use leptos::prelude::*;

/// Today's date (YYYY-MM-DD): the reader's, in the browser; the build's, in
/// the pre-rendered page (`DIALOGUE_TODAY` when set, for reproducible builds).
pub fn today() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        format!(
            "{:04}-{:02}-{:02}",
            now.get_full_year(),
            now.get_month() + 1,
            now.get_date()
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        use crate::core::validate::civil_date;
        std::env::var("DIALOGUE_TODAY")
            .ok()
            .filter(|d| is_calendar_date(d))
            .unwrap_or_else(|| {
                let secs = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs());
                civil_date((secs / 86_400) as i64)
            })
    }
}

/// What a page's foot says about its record.
pub struct RecordFoot<'a> {
    pub page: Page,
    pub id: &'a str,
    pub title: &'a str,
    /// The newest dated entry (`None` when the record dates nothing).
    pub updated: Option<&'a str>,
}

/// The address of a page as it is shared and cited: the canonical one.
pub fn page_address(lang: Lang, page: &Page) -> String {
    absolute_url(site_origin(), base_path(), &page.path(lang))
}

/// Last updated, copy link, cite this, report a mistake (where the build
/// names where reports go).
pub fn record_footer(lang: Lang, record: RecordFoot) -> impl IntoView {
    footer_with(lang, record, report_setting())
}

fn footer_with(lang: Lang, record: RecordFoot, report_setting: Option<&str>) -> impl IntoView {
    let s = strings(lang);
    let url = page_address(lang, &record.page);
    let updated = record.updated.map(|day| {
        let date = lang.format_date(day);
        view! {
            <p class="last-updated">
                <time datetime=day.to_string()>{fill(s.last_updated(), &[("date", &date)])}</time>
            </p>
        }
    });
    let accessed = lang.format_date(&today());
    let citation = match record.updated {
        Some(day) => fill(
            s.cite_text(),
            &[
                ("title", record.title),
                ("publisher", s.site_name()),
                ("updated", &lang.format_date(day)),
                ("url", &url),
                ("accessed", &accessed),
            ],
        ),
        None => fill(
            s.cite_text_undated(),
            &[
                ("title", record.title),
                ("publisher", s.site_name()),
                ("url", &url),
                ("accessed", &accessed),
            ],
        ),
    };
    // A title that ends a sentence itself (a guide's question) takes no full stop.
    let citation = citation.replace("?.", "?").replace("!.", "!");
    let report = report_href(lang, report_setting, record.id, &url).map(|href| {
        view! {
            <p class="report-mistake">
                <a href=href>{s.report_mistake()}</a>
            </p>
        }
    });
    view! {
        <footer class="record-footer">
            {updated}
            <CopyLink url=url.clone() />
            {report}
            <section class="cite-this" aria-labelledby="cite-heading">
                <h2 id="cite-heading">{s.cite_heading()}</h2>
                <p class="citation">{citation}</p>
            </section>
        </footer>
    }
}

/// The report link for a record, in the page's language, when the build
/// names where reports go.
pub fn report_href(lang: Lang, setting: Option<&str>, id: &str, url: &str) -> Option<String> {
    let s = strings(lang);
    let subject = fill(s.report_subject(), &[("id", id)]);
    let body = format!(
        "{}: {url}\n{}: {id}\n\n{}\n\n",
        s.report_page(),
        s.report_record(),
        s.report_prompt()
    );
    report_link(setting, &subject, &body)
}

/// The as-of date a status or topic page shows (`?asof=`, a calendar date;
/// none for the latest) and, apart, the date asked for when it is still to
/// come (then the page shows today's figures and says so).
pub fn use_as_of() -> (Memo<Option<String>>, Memo<Option<String>>) {
    let query = leptos_router::hooks::use_query_map();
    let asked = Memo::new(move |_| query.read().get("asof").filter(|d| is_calendar_date(d)));
    let as_of = Memo::new(move |_| as_of_for(asked.get().as_deref(), &today()).0);
    let future = Memo::new(move |_| asked.get().filter(|d| as_of_for(Some(d), &today()).1));
    (as_of, future)
}

/// Said on a status page whose address asks for a date still to come: the
/// figures are today's.
pub fn future_note(lang: Lang, asked: Option<String>) -> impl IntoView {
    asked.map(|date| {
        let text = fill(
            strings(lang).status_asof_future(),
            &[("date", &lang.format_date(&date))],
        );
        view! { <p class="asof-future" role="note">{text}</p> }
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    Failed,
}

/// A button that copies the page's address (no permission prompt: the
/// clipboard is written on a click), and the address in a read-only field,
/// always there to select, and selected when the clipboard cannot be written.
#[component]
fn CopyLink(url: String) -> impl IntoView {
    let lang = use_lang();
    let s = strings(lang);
    let (copied, set_copied) = signal(Copied::Not);
    let field = NodeRef::<leptos::html::Input>::new();
    let on_click = {
        let url = url.clone();
        move |_| {
            let url = url.clone();
            leptos::task::spawn_local(async move {
                let done = write_clipboard(&url).await;
                set_copied.set(if done { Copied::Yes } else { Copied::Failed });
                if !done {
                    if let Some(input) = field.get() {
                        let _ = input.focus();
                        input.select();
                    }
                }
            });
        }
    };
    view! {
        <div class="share" class:fallback=move || copied.get() == Copied::Failed>
            // Disabled in the pre-rendered page, which cannot copy: the app
            // draws it enabled in the same place, so nothing moves.
            <button
                type="button"
                class="button copy-link"
                disabled=cfg!(not(target_arch = "wasm32"))
                on:click=on_click
            >
                {s.copy_link()}
            </button>
            <label class="share-field">
                <span>{s.page_address()}</span>
                <input type="text" readonly value=url node_ref=field />
            </label>
            <p class="share-status" role="status" aria-live="polite">
                {move || match copied.get() {
                    Copied::Not => "",
                    Copied::Yes => s.link_copied(),
                    Copied::Failed => s.copy_failed(),
                }}
            </p>
        </div>
    }
}

/// Writes the text to the clipboard; false where there is none (an insecure
/// context, an old browser) or the browser refuses.
async fn write_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let present =
        js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !present {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(lang: Lang, setting: Option<&str>) -> String {
        use leptos::tachys::view::RenderHtml;
        let _ = crate::BASE_PATH.set("/".into());
        let _quiet = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
        let owner = Owner::new();
        owner.with(|| {
            let record = RecordFoot {
                page: Page::Event("2013-04-19-first".into()),
                id: "2013-04-19-first",
                title: "First Agreement?",
                updated: Some("2013-04-19"),
            };
            footer_with(lang, record, setting).to_html()
        })
    }

    #[test]
    fn the_footer_links_a_report_only_with_the_setting() {
        let url = format!("{}/en/events/2013-04-19-first/", site_origin());
        let with = rendered(Lang::En, Some("mailto:corrections@example.org"));
        let link = report_href(
            Lang::En,
            Some("mailto:corrections@example.org"),
            "2013-04-19-first",
            &url,
        )
        .unwrap();
        assert!(
            with.contains(&format!(
                "<p class=\"report-mistake\"><a href=\"{}\">Report a mistake on this page</a>",
                link.replace('&', "&amp;")
            )),
            "{with}"
        );
        assert!(
            link.contains("subject=Mistake%20on%20the%20page%202013-04-19-first&body="),
            "{link}"
        );
        let without = rendered(Lang::En, None);
        assert!(
            !without.contains("report-mistake") && !without.contains("mailto:"),
            "{without}"
        );
        // The rest is there either way: dated, cited, the address to copy.
        for html in [&with, &without] {
            assert!(
                html.contains("<time datetime=\"2013-04-19\">Last updated 19 April 2013</time>"),
                "{html}"
            );
            assert!(html.contains(&format!("value=\"{url}\"")), "{html}");
            assert!(
                html.contains(&format!(
                    "First Agreement? Dialogue Explorer, last updated 19 April 2013. {url} (accessed "
                )),
                "{html}"
            );
            assert!(
                html.contains("<button type=\"button\" disabled class=\"button copy-link\">"),
                "{html}"
            );
        }
        let serbian = rendered(Lang::SrCyrl, None);
        assert!(serbian.contains("Ажурирано 19. априла 2013."), "{serbian}");
    }

    #[test]
    fn report_link_is_in_the_pages_language() {
        let url = "https://example.org/sr-Cyrl/events/x/";
        assert_eq!(report_href(Lang::SrCyrl, None, "x", url), None);
        let link = report_href(Lang::SrCyrl, Some("mailto:ispravke@example.org"), "x", url).unwrap();
        assert!(link.starts_with("mailto:ispravke@example.org?subject="), "{link}");
        let subject =
            crate::core::routes::percent_encode(&fill(strings(Lang::SrCyrl).report_subject(), &[("id", "x")]));
        assert!(link.contains(&subject), "{link}");
        assert!(
            link.contains("https%3A%2F%2Fexample.org%2Fsr-Cyrl%2Fevents%2Fx%2F"),
            "{link}"
        );
        assert!(!link.contains(' ') && !link.contains('\n'), "{link}");
    }
}
