//! How record fields read on every page: dates, status levels, actor and
//! theme links, event lists, disputed and weak-source notes. Every dataset
//! string is rendered as a text node, never as HTML.

use crate::core::lang::Lang;
use crate::core::model::{Dataset, Event, Level};
use crate::core::routes::Page;
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
