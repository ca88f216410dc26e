//! `/{lang}/events/{id}`: one event with its context, the agreements it
//! concerns, who was involved, its sources, and the events either side of it.

use crate::components::{
    actor_links, agreement_item, date_view, disputed_note, source_list, theme_tags, use_lang, weak_source_note,
};
use crate::components::{record_footer, Record};
use crate::core::lang::Lang;
use crate::core::model::{Dataset, Event};
use crate::core::reading;
use crate::core::routes::Page;
use crate::data::use_record;
use crate::href;
use crate::i18n::strings;
use crate::routes::not_found::NotFound;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn EventPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    use_record().with_dataset(move |data| {
        move || match data.events.iter().position(|e| e.id == id.get()) {
            Some(index) => event_view(lang, &data, index).into_any(),
            None => view! { <NotFound /> }.into_any(),
        }
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
            <section aria-labelledby="context-heading">
                <h2 id="context-heading">{s.event_context()}</h2>
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
            </section>
            <section aria-labelledby="sources-heading">
                <h2 id="sources-heading">{s.event_sources()}</h2>
                {source_list(lang, data, &e.sources)}
            </section>
            <nav class="neighbours" aria-label=s.event_context()>
                {neighbour_link(lang, s.event_before(), earlier, "previous")}
                {neighbour_link(lang, s.event_after(), later, "next")}
            </nav>
            {record_footer(lang, Record {
                page: Page::Event(e.id.clone()),
                id: &e.id,
                title: &lang.pick(&e.title),
                updated: Some(reading::event_updated(e)),
            })}
        </article>
    }
}
