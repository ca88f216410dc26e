//! Small pieces shared by the routes. Every dataset string is rendered as a
//! text node, never as HTML.

use crate::core::lang::Lang;
use crate::core::model::{find_source, Dataset, Event, Level, Source};
use crate::core::routes::Page;
use crate::data::{use_sources, Fetched};
use crate::href;
use crate::i18n::{fill, strings};
use leptos::prelude::*;
use std::sync::Arc;

/// A date as the language writes it, machine-readable too.
pub fn date_view(lang: Lang, iso: &str) -> impl IntoView {
    view! { <time datetime=iso.to_string()>{lang.format_date(iso)}</time> }
}

/// A status level: its name in words and a pattern class, never colour alone.
pub fn level_badge(lang: Lang, level: Level) -> impl IntoView {
    let s = strings(lang);
    view! {
        <span class=format!("level level-{}", level.key()) title=s.level_help(level)>
            {s.level(level)}
        </span>
    }
}

/// The sources named by `ids`, as a list: publisher, title, date, kind, and a
/// link only for plain http(s) addresses. Where the page's file leaves the
/// sources out, they are fetched now (if start-up has not already), with a
/// line saying so until they arrive or if they cannot be had.
pub fn source_list(lang: Lang, data: &Dataset, ids: &[String]) -> AnyView {
    if data.sources_apart.is_none() || ids.is_empty() {
        let found = ids.iter().filter_map(|id| find_source(&data.sources, id)).collect();
        return sources_view(lang, found).into_any();
    }
    let sources = use_sources();
    if let Fetched::Ready(all) = sources.state_untracked() {
        return sources_view(lang, at_positions(&all, ids)).into_any();
    }
    sources.request_again();
    let s = strings(lang);
    let ids = ids.to_vec();
    (move || match sources.state() {
        Fetched::Ready(all) => sources_view(lang, at_positions(&all, &ids)).into_any(),
        Fetched::Failed => view! { <p class="sources-note">{s.sources_failed()}</p> }.into_any(),
        _ => view! { <p class="sources-note">{s.sources_loading()}</p> }.into_any(),
    })
    .into_any()
}

/// Where the sources are kept apart, a reference is the source's position in
/// the sources file (see `Dataset::sources_apart`).
fn at_positions<'a>(all: &'a [Source], positions: &[String]) -> Vec<&'a Source> {
    positions
        .iter()
        .filter_map(|p| p.parse::<usize>().ok().and_then(|i| all.get(i)))
        .collect()
}

fn sources_view(lang: Lang, sources: Vec<&Source>) -> impl IntoView {
    let s = strings(lang);
    let items = sources
        .into_iter()
        .map(|source| {
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
                </li>
            }
        })
        .collect_view();
    view! { <ol class="sources">{items}</ol> }
}

/// Links to actors by id, in the language of the page.
pub fn actor_links(lang: Lang, data: &Dataset, ids: &[String]) -> impl IntoView {
    let links: Vec<_> = ids
        .iter()
        .filter_map(|id| data.actor(id))
        .map(|actor| {
            view! {
                <li>
                    <a href=href(lang, &Page::Actor(actor.id.clone()))>{lang.pick(&actor.name).into_owned()}</a>
                </li>
            }
        })
        .collect();
    view! { <ul class="inline-list">{links}</ul> }
}

/// An agreement as a list item: its title as a link, and its date.
pub fn agreement_item(lang: Lang, agreement: &crate::core::model::Agreement) -> impl IntoView {
    view! {
        <li>
            <a href=href(lang, &Page::Agreement(agreement.id.clone()))>{lang.pick(&agreement.title).into_owned()}</a>
            " ("
            {date_view(lang, &agreement.date)}
            ")"
        </li>
    }
}

/// An actor's name in the language of the page ("" for an unknown id).
pub fn actor_name(lang: Lang, data: &Dataset, id: &str) -> String {
    data.actor(id)
        .map(|a| lang.pick(&a.name).into_owned())
        .unwrap_or_default()
}

/// Theme names as tags.
pub fn theme_tags(lang: Lang, data: &Dataset, ids: &[String]) -> impl IntoView {
    let tags: Vec<_> = ids
        .iter()
        .filter_map(|id| data.theme(id))
        .map(|theme| {
            view! {
                <li class="tag">
                    <a href=href(lang, &Page::Theme(theme.id.clone()))>{lang.pick(&theme.name).into_owned()}</a>
                </li>
            }
        })
        .collect();
    view! { <ul class="tags">{tags}</ul> }
}

/// A list of events, each with date, kind, title and one-line summary.
pub fn event_list(lang: Lang, events: Vec<&Event>) -> impl IntoView {
    let s = strings(lang);
    let items: Vec<_> = events
        .into_iter()
        .map(|event| {
            view! {
                <li class="event-item">
                    <p class="meta">
                        {date_view(lang, &event.date)}
                        " · "
                        <span class="kind">{s.event_kind_name(event.kind)}</span>
                    </p>
                    <h3>
                        <a href=href(lang, &Page::Event(event.id.clone()))>{lang.pick(&event.title).into_owned()}</a>
                    </h3>
                    <p>{lang.pick(&event.summary).into_owned()}</p>
                </li>
            }
        })
        .collect();
    view! { <ol class="event-list">{items}</ol> }
}

/// A note that sources disagree, when the record says so.
pub fn disputed_note(lang: Lang, note: Option<&crate::core::model::Text>) -> impl IntoView {
    note.map(|note| {
        view! {
            <aside class="disputed" role="note">
                <strong>{strings(lang).disputed_label()}</strong>
                ": "
                {lang.pick(note).into_owned()}
            </aside>
        }
    })
}

/// Said on an item that rests only on sources of the weak tiers.
pub fn weak_source_note(lang: Lang, weak: bool) -> impl IntoView {
    weak.then(|| view! { <p class="weak-source" role="note">{strings(lang).weak_source_note()}</p> })
}

/// "Record as of {date}": the newest dated item, what the record is
/// complete to.
pub fn record_as_of(lang: Lang, data: &Dataset) -> impl IntoView {
    data.record_as_of().map(|day| {
        let date = lang.format_date(day);
        view! {
            <p class="record-as-of">
                <time datetime=day.to_string()>{fill(strings(lang).record_as_of(), &[("date", &date)])}</time>
            </p>
        }
    })
}

/// Shared handle to the loaded dataset inside views.
pub type Data = Arc<Dataset>;
