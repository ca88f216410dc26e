//! Sources on a page. A page with one list of sources shows it as it is
//! (`source_list`). A page that cites in several places (provisions, status
//! entries, accounts) cites by number (`citation_marks`) and lists each
//! source once, with the places that cite it (`reference_list`): a source
//! has one entry, and one id, per page.

use super::record_fields::date_view;
use crate::core::citations::{Citations, Cited};
use crate::core::lang::Lang;
use crate::core::model::{Dataset, Source, SourceTable};
use crate::data::{use_record, Fetched};
use crate::i18n::{fill, strings};
use leptos::prelude::*;
use std::ops::Range;

/// The sources named by `ids`, as a list: publisher, title, date, tier, and
/// a link only for plain http(s) addresses.
pub fn source_list(lang: Lang, data: &Dataset, ids: &[String]) -> AnyView {
    with_sources(lang, data, ids.to_vec(), move |found| {
        let items = found
            .into_iter()
            .flatten()
            .map(|source| source_item(lang, source, None))
            .collect_view();
        view! { <ol class="sources">{items}</ol> }.into_any()
    })
}

/// Numbered links to the page's entries for `references`: "Sources: [2] [5]".
/// `page` is the page's own address (path and query), so a link stays on it.
pub fn citation_marks(lang: Lang, data: &Dataset, cites: &Citations, page: &str, references: &[String]) -> AnyView {
    if references.is_empty() {
        return ().into_any();
    }
    let numbered: Vec<(usize, String)> = references
        .iter()
        .filter_map(|r| cites.number(r).map(|n| (n, r.clone())))
        .collect();
    let page = page.to_string();
    let s = strings(lang);
    let marks = with_sources(
        lang,
        data,
        numbered.iter().map(|(_, r)| r.clone()).collect(),
        move |found| {
            numbered
                .iter()
                .zip(found)
                .filter_map(|((number, _), source)| source.map(|source| (*number, source)))
                .map(|(number, source)| {
                    // The number and who published it: a reader sees at once
                    // whose word a claim rests on; the full entry is one tap away.
                    view! {
                        " "
                        <a class="cite" href=format!("{page}#source-{}", source.id)>
                            {format!("[{number}]")}
                            " "
                            <span class="cite-publisher" lang=source.language.clone()>{source.publisher.clone()}</span>
                        </a>
                    }
                })
                .collect_view()
                .into_any()
        },
    );
    view! {
        <p class="cites">
            <span class="cites-label">{s.cites_label()} ":"</span>
            {marks}
        </p>
    }
    .into_any()
}

/// The page's sources `range` (by number, from 0), each once, numbered, with
/// links back to the places that cite it.
pub fn reference_list(lang: Lang, data: &Dataset, cites: &Citations, page: &str, range: Range<usize>) -> AnyView {
    let cited: Vec<Cited> = cites.cited().get(range.clone()).unwrap_or_default().to_vec();
    let page = page.to_string();
    let s = strings(lang);
    let start = range.start + 1;
    with_sources(
        lang,
        data,
        cited.iter().map(|c| c.reference.clone()).collect(),
        move |found| {
            let items = cited
                .iter()
                .zip(found)
                .filter_map(|(cited, source)| source.map(|source| (cited, source)))
                .map(|(cited, source)| {
                    let places = (!cited.places.is_empty()).then(|| {
                        let links = cited
                            .places
                            .iter()
                            .enumerate()
                            .map(|(i, place)| {
                                view! {
                                    {(i > 0).then_some(", ")}
                                    <a href=format!("{page}#{}", place.anchor)>{place.label.clone()}</a>
                                }
                            })
                            .collect_view();
                        view! { <span class="cited-in">{s.cited_in()} ": " {links}</span> }.into_any()
                    });
                    source_item(lang, source, places)
                })
                .collect_view();
            view! { <ol class="sources references" start=(start > 1).then_some(start)>{items}</ol> }.into_any()
        },
    )
}

/// Calls `render` with the sources `references` name (`None` for one that
/// cannot be found), once they are at hand. Where the page's file leaves
/// the sources out, they are fetched now (if start-up has not already),
/// with a line saying so until they arrive or if they cannot be had.
fn with_sources(
    lang: Lang,
    data: &Dataset,
    references: Vec<String>,
    render: impl Fn(Vec<Option<&Source>>) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    if data.sources_apart.is_none() || references.is_empty() {
        return render(resolve(data.source_table(None), &references));
    }
    let sources = use_record().sources();
    if let Fetched::Ready(all) = sources.state_untracked() {
        return render(resolve(data.source_table(Some(&all)), &references));
    }
    sources.request_again();
    let s = strings(lang);
    let naming = data.source_naming();
    (move || match sources.state() {
        Fetched::Ready(all) => render(resolve(Some(naming.table(&all)), &references)),
        Fetched::Failed => view! { <p class="sources-note">{s.sources_failed()}</p> }.into_any(),
        _ => view! { <p class="sources-note">{s.sources_loading()}</p> }.into_any(),
    })
    .into_any()
}

/// The sources `references` name, through the dataset's one table.
fn resolve<'a>(table: Option<SourceTable<'a>>, references: &[String]) -> Vec<Option<&'a Source>> {
    references.iter().map(|r| table.and_then(|t| t.get(r))).collect()
}

/// One source: publisher (with the agency a reprint carries), title (a link
/// only for plain http(s) addresses), date, access date and tier, and
/// `extra` after them.
fn source_item(lang: Lang, source: &Source, extra: Option<AnyView>) -> impl IntoView {
    let s = strings(lang);
    let title = match source.safe_url() {
        Some(url) => view! {
            <a href=url.to_string() target="_blank" rel="noopener noreferrer">
                <span lang=source.language.clone()>{source.title.clone()}</span>
                <span class="visually-hidden">{format!(" ({})", s.source_opens_new_tab())}</span>
            </a>
        }
        .into_any(),
        None => view! { <cite lang=source.language.clone()>{source.title.clone()}</cite> }.into_any(),
    };
    // A reprint names the agency whose copy it carries.
    let publisher = match &source.agency {
        Some(agency) => format!("{} ({agency})", source.publisher),
        None => source.publisher.clone(),
    };
    let dated = (!source.date.is_empty()).then(|| view! { ", " {date_view(lang, &source.date)} });
    let read = source.accessed.as_deref().map(|day| {
        let date = lang.format_date(day);
        view! { ", " <span class="source-accessed">{fill(s.source_accessed(), &[("date", &date)])}</span> }
    });
    let tier = source.tier.map(|tier| {
        view! {
            " "
            <span class=format!("source-tier tier-{}", tier.key())>{format!("({})", s.tier(tier))}</span>
        }
    });
    view! {
        <li id=format!("source-{}", source.id)>
            // Publishers keep their own name and script.
            <span class="source-publisher" lang=source.language.clone()>{publisher}</span>
            ", "
            {title}
            {dated}
            {read}
            {tier}
            {extra.map(|extra| view! { " " {extra} })}
        </li>
    }
}
