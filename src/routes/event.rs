//! `/{lang}/events/{id}`: one event with its context, the agreements it
//! concerns, who was involved, its sources, and the events either side of it.

use crate::components::{
    actor_links, agreement_item, date_view, disputed_note, record_page, source_list, theme_tags, titled_section,
    weak_source_note,
};
use crate::components::{record_footer, RecordFoot};
use crate::core::lang::Lang;
use crate::core::model::{Dataset, Event};
use crate::core::reading;
use crate::core::routes::Page;
use crate::href;
use crate::i18n::strings;
use leptos::prelude::*;

#[component]
pub fn EventPage() -> impl IntoView {
    record_page(|lang, data, id| {
        data.events
            .iter()
            .position(|e| e.id == id)
            .map(|index| event_view(lang, data, index).into_any())
    })
}

fn neighbour_link(lang: Lang, label: &'static str, event: Option<&Event>, class: &'static str) -> impl IntoView {
    event.map(|e| {
        view! {
            <a class=class href=href(lang, &Page::Event(e.id.clone())) rel=if class == "previous" { "prev" } else { "next" }>
                <span class="label">{label}</span>
                <span>{date_view(lang, &e.date)} ": " {lang.pick(&e.title).into_owned()}</span>
            </a>
        }
    })
}

fn event_view(lang: Lang, data: &Dataset, index: usize) -> impl IntoView {
    let s = strings(lang);
    let e = &data.events[index];
    // Events are stored newest first: the earlier one follows in the list.
    let earlier = data.events.get(index + 1);
    let later = index.checked_sub(1).and_then(|i| data.events.get(i));
    let agreements: Vec<_> = e
        .agreements
        .iter()
        .filter_map(|id| data.agreement(id))
        .map(|a| agreement_item(lang, a))
        .collect();
    view! {
        <article class="event">
            <header>
                <p class="meta">{date_view(lang, &e.date)} " · " <span class="kind">{s.event_kind_name(e.kind)}</span></p>
                <h1>{lang.pick(&e.title).into_owned()}</h1>
            </header>
            {disputed_note(lang, e.disputed.as_ref())}
            <p class="lead">{lang.pick(&e.summary).into_owned()}</p>
            {weak_source_note(lang, e.weak_source)}
            {titled_section("context", s.event_context(), view! {
                <dl class="facts">
                    {e
                        .place
                        .as_ref()
                        .map(|place| {
                            view! {
                                <div>
                                    <dt>{s.event_place()}</dt>
                                    <dd>{lang.pick(place).into_owned()}</dd>
                                </div>
                            }
                        })}
                    {(!agreements.is_empty())
                        .then(|| {
                            view! {
                                <div>
                                    <dt>{s.event_agreements()}</dt>
                                    <dd>
                                        <ul>{agreements}</ul>
                                    </dd>
                                </div>
                            }
                        })}
                    {(!e.actors.is_empty())
                        .then(|| {
                            view! {
                                <div>
                                    <dt>{s.event_actors()}</dt>
                                    <dd>{actor_links(lang, data, &e.actors)}</dd>
                                </div>
                            }
                        })}
                    {(!e.themes.is_empty())
                        .then(|| {
                            view! {
                                <div>
                                    <dt>{s.event_themes()}</dt>
                                    <dd>{theme_tags(lang, data, &e.themes)}</dd>
                                </div>
                            }
                        })}
                </dl>
            })}
            {titled_section("sources", s.event_sources(), view! {
                {source_list(lang, data, &e.sources)}
            })}
            <nav class="neighbours" aria-label=s.event_context()>
                {neighbour_link(lang, s.event_before(), earlier, "previous")}
                {neighbour_link(lang, s.event_after(), later, "next")}
            </nav>
            {record_footer(lang, RecordFoot {
                page: Page::Event(e.id.clone()),
                id: &e.id,
                title: &lang.pick(&e.title),
                updated: Some(reading::event_updated(e)),
            })}
        </article>
    }
}
