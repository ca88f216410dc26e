//! `/{lang}/search?q=…`: ranked results over agreements, provisions, events,
//! actors and the glossary, in every language and both scripts, shown in the
//! reader's language with the matched words highlighted. The query and the
//! facets (`kind`, `year`, `theme`) live in the URL; results follow typing.

use crate::components::{date_view, use_lang};
use crate::core::lang::Lang;
use crate::core::model::{Dataset, Text};
use crate::core::routes::Page;
use crate::core::search::{highlight, snippet, Filters, RecordKind, RecordRef, Results};
use crate::data::{use_record, Fetched};
use crate::href;
use crate::i18n::{count, fill, strings, Strings};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

const RESULTS_SHOWN: usize = 50;
const SNIPPET_CHARS: usize = 180;

#[component]
pub fn SearchPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let q = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let filters = Memo::new(move |_| {
        let map = query.read();
        Filters::from_pairs(|k| map.get_str(k))
    });
    let navigate = use_navigate();
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        let query = filters.get_untracked().to_query(&text);
        let path = format!("{}{query}", Page::Search.path(lang));
        navigate(
            &path,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let heading = {
        let s = strings(lang);
        view! {
            <h1>{s.search_title()}</h1>
            <p class="lead">{s.search_intro()}</p>
            <form class="search-page-form" role="search" on:submit=|ev| ev.prevent_default()>
                <label for="search-page-input" class="visually-hidden">{s.search_label()}</label>
                <input
                    id="search-page-input"
                    type="search"
                    name="q"
                    autocomplete="off"
                    prop:value=move || q.get()
                    placeholder=s.search_placeholder()
                    on:input=on_input.clone()
                />
            </form>
        }
    };
    let record = use_record();
    let all_texts = record.all_texts();
    let body = move || {
        let s = strings(lang);
        let text = q.get();
        if text.trim().is_empty() {
            // The page drawn at build time cannot read its address: it says
            // so to a browser without JavaScript and offers the lists instead.
            if cfg!(not(target_arch = "wasm32")) {
                return no_script_notice(lang).into_any();
            }
            return view! { <p class="hint">{s.search_type_something()}</p> }.into_any();
        }
        let data = all_texts.dataset();
        let index = record.search_index(&data);
        let results = index.search(&data, &text, &filters.get(), RESULTS_SHOWN);
        let partial = match all_texts.state() {
            Fetched::Ready(_) => None,
            Fetched::Failed => Some(s.search_languages_failed()),
            Fetched::NotAsked | Fetched::Loading => Some(s.search_languages_loading()),
        };
        view! {
            {partial.map(|note| view! { <p class="hint languages-note">{note}</p> })}
            {results_view(lang, &data, &text, &filters.get(), results)}
        }
        .into_any()
    };
    // `data-texts` tells tests (and styles) whether every language is in.
    let texts = move || match all_texts.state() {
        Fetched::Ready(_) => "all",
        _ => "page",
    };
    view! { <div class="search-page" data-texts=texts>{heading} {body}</div> }
}

fn no_script_notice(lang: Lang) -> impl IntoView {
    let s = strings(lang);
    view! {
        <noscript>
            <div class="notice">
                <p>{s.search_no_script()}</p>
                <ul class="inline-list">
                    <li><a href=href(lang, &Page::Agreements)>{s.nav_agreements()}</a></li>
                    <li><a href=href(lang, &Page::Timeline)>{s.nav_timeline()}</a></li>
                    <li><a href=href(lang, &Page::Themes)>{s.nav_themes()}</a></li>
                    <li><a href=href(lang, &Page::Guides)>{s.nav_guides()}</a></li>
                </ul>
            </div>
        </noscript>
    }
}

/// The address of this search with one facet changed.
fn facet_href(lang: Lang, q: &str, filters: &Filters, key: &str, value: Option<&str>) -> String {
    format!("{}{}", href(lang, &Page::Search), filters.with(key, value).to_query(q))
}

fn record_kind_label(s: &Strings, kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Agreement => s.record_agreement(),
        RecordKind::Provision => s.record_provision(),
        RecordKind::Event => s.record_event(),
        RecordKind::Actor => s.record_actor(),
        RecordKind::Glossary => s.record_glossary(),
        RecordKind::Guide => s.record_guide(),
        RecordKind::Theme => s.record_theme(),
    }
}

/// What a hit shows: its title, the text to take a snippet from, its date
/// and its address.
fn describe(lang: Lang, data: &Dataset, record: RecordRef) -> (String, &Text, Option<&str>, String) {
    match record.kind {
        RecordKind::Agreement => {
            let a = &data.agreements[record.index];
            (
                lang.pick(&a.title).into_owned(),
                &a.summary,
                Some(&a.date),
                href(lang, &Page::Agreement(a.id.clone())),
            )
        }
        RecordKind::Provision => {
            let a = &data.agreements[record.index];
            let p = &a.provisions[record.sub];
            let title = format!("{} — {}", lang.pick(&a.title), lang.label(&p.number));
            let target = format!("{}#provision-{}", href(lang, &Page::Agreement(a.id.clone())), p.id);
            (title, &p.summary, Some(&a.date), target)
        }
        RecordKind::Event => {
            let e = &data.events[record.index];
            (
                lang.pick(&e.title).into_owned(),
                &e.summary,
                Some(&e.date),
                href(lang, &Page::Event(e.id.clone())),
            )
        }
        RecordKind::Actor => {
            let a = &data.actors[record.index];
            (
                lang.pick(&a.name).into_owned(),
                &a.description,
                None,
                href(lang, &Page::Actor(a.id.clone())),
            )
        }
        RecordKind::Glossary => {
            let g = &data.glossary[record.index];
            (
                lang.pick(&g.term).into_owned(),
                &g.definition,
                None,
                format!("{}#{}", href(lang, &Page::Glossary), g.id),
            )
        }
        RecordKind::Guide => {
            let g = &data.guides[record.index];
            (
                lang.pick(&g.question).into_owned(),
                &g.answer,
                None,
                href(lang, &Page::Guide(g.id.clone())),
            )
        }
        RecordKind::Theme => {
            let t = &data.themes[record.index];
            (
                lang.pick(&t.name).into_owned(),
                &t.description,
                None,
                href(lang, &Page::Theme(t.id.clone())),
            )
        }
    }
}

fn marked(segments: Vec<(String, bool)>) -> impl IntoView {
    segments
        .into_iter()
        .map(|(text, hit)| {
            if hit {
                view! { <mark>{text}</mark> }.into_any()
            } else {
                text.into_any()
            }
        })
        .collect_view()
}

fn matching_snippet(lang: Lang, body: &Text, terms: &[String]) -> (Option<&'static str>, Vec<(String, bool)>) {
    let own = snippet(&lang.pick(body), terms, SNIPPET_CHARS);
    if own.iter().any(|(_, hit)| *hit) {
        return (None, own);
    }
    let others = [
        (Lang::En, "en", &body.en),
        (Lang::Sq, "sq", &body.sq),
        (Lang::SrLatn, "sr-Latn", &body.sr),
    ];
    for (other, code, text) in others {
        if other == lang || (lang == Lang::SrCyrl && other == Lang::SrLatn) {
            continue;
        }
        let segments = snippet(text, terms, SNIPPET_CHARS);
        if segments.iter().any(|(_, hit)| *hit) {
            return (Some(code), segments);
        }
    }
    (None, own)
}

fn results_view(lang: Lang, data: &Dataset, q: &str, filters: &Filters, results: Results) -> impl IntoView {
    let s = strings(lang);
    let facet_list = |label: &'static str,
                      key: &'static str,
                      values: &[(String, usize)],
                      name: &dyn Fn(&str) -> String,
                      current: &Option<String>| {
        let items = values
            .iter()
            .map(|(value, count)| {
                let selected = current.as_deref() == Some(value.as_str());
                let target = facet_href(lang, q, filters, key, if selected { None } else { Some(value) });
                view! {
                    <li>
                        <a href=target aria-current=selected.then_some("true")>
                            {name(value)} " (" {lang.format_number(*count)} ")"
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="facet">
                <h2>{label}</h2>
                <ul>{items}</ul>
            </div>
        }
    };
    let kind_name = |k: &str| {
        RecordKind::from_key(k)
            .map(|kind| record_kind_label(s, kind).to_string())
            .unwrap_or_else(|| k.to_string())
    };
    let year_name = |y: &str| y.to_string();
    let theme_name = |t: &str| {
        data.theme(t)
            .map(|theme| lang.pick(&theme.name).into_owned())
            .unwrap_or_else(|| t.to_string())
    };
    let any_filter = filters.kind.is_some() || filters.year.is_some() || filters.theme.is_some();

    if results.total == 0 {
        let suggestion = results.suggestion.map(|suggested| {
            let target = format!(
                "{}{}",
                href(lang, &Page::Search),
                Filters::default().to_query(&suggested)
            );
            view! {
                <p class="did-you-mean">
                    {s.search_did_you_mean()} " " <a href=target>{lang.script(&suggested).into_owned()}</a> "?"
                </p>
            }
        });
        return view! {
            <p class="count" role="status">{fill(s.search_no_results(), &[("q", q)])}</p>
            {suggestion}
            <p class="hint">{s.search_hint()}</p>
            {any_filter.then(|| view! { <p><a href=facet_href(lang, q, &Filters::default(), "", None)>{s.facet_clear()}</a></p> })}
        }
        .into_any();
    }
    let terms = results.terms.clone();
    let items = results
        .hits
        .iter()
        .map(|hit| {
            let (title, body, date, target) = describe(lang, data, hit.record);
            // The snippet in the reader's language; if the words matched only
            // in another language, that language's text, marked as such.
            let (snippet_lang, segments) = matching_snippet(lang, body, &terms);
            view! {
                <li class="result">
                    <p class="meta">
                        <span class="kind">{record_kind_label(s, hit.record.kind)}</span>
                        {date.map(|d| view! { " · " {date_view(lang, d)} })}
                    </p>
                    <h2 class="result-title">
                        <a href=target>{marked(highlight(&title, &terms))}</a>
                    </h2>
                    <p class="snippet" lang=snippet_lang>{marked(segments)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="count" role="status">{count(lang, s.search_results_count(), results.total, &[("n", &lang.format_number(results.total))])}</p>
        <p class="sort-links">
            {s.search_sort_label()} ": "
            {[(None, s.search_sort_relevance()), (Some("newest"), s.search_sort_newest())]
                .into_iter()
                .map(|(value, label)| {
                    let current = filters.sort.as_deref() == value;
                    view! {
                        " "
                        <a href=facet_href(lang, q, filters, "sort", value) aria-current=current.then_some("true")>{label}</a>
                    }
                })
                .collect_view()}
        </p>
        <div class="search-layout">
            // Folded on phones, so the results come first; always open on
            // wide screens (style/main.css).
            <aside class="facets" aria-label=s.search_filter()>
                <details class="filter">
                    <summary class="filter-button">{s.search_filter()}</summary>
                    {facet_list(s.facet_kind(), "kind", &results.facets.kind, &kind_name, &filters.kind)}
                    {facet_list(s.facet_year(), "year", &results.facets.year, &year_name, &filters.year)}
                    {facet_list(s.facet_theme(), "theme", &results.facets.theme, &theme_name, &filters.theme)}
                </details>
                {any_filter.then(|| view! { <p class="facet-clear"><a href=facet_href(lang, q, &Filters::default(), "", None)>{s.facet_clear()}</a></p> })}
            </aside>
            <ol class="results">{items}</ol>
        </div>
    }
    .into_any()
}
