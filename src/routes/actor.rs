//! `/{lang}/actors/{id}`: a person, institution, state or organisation, with
//! roles and dates, the agreements it was party to and the events it was in.

use crate::components::{agreement_item, event_list, source_list, use_lang};
use crate::components::{record_footer, Record};
use crate::core::lang::Lang;
use crate::core::model::{Actor, Dataset};
use crate::core::reading;
use crate::core::routes::Page;
use crate::data::use_record;
use crate::i18n::{fill, strings};
use crate::routes::not_found::NotFound;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ActorPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    use_record().with_dataset(move |data| {
        move || match data.actor(&id.get()) {
            Some(actor) => actor_view(lang, &data, actor).into_any(),
            None => view! { <NotFound /> }.into_any(),
        }
    })
}

fn actor_view(lang: Lang, data: &Dataset, actor: &Actor) -> impl IntoView {
    let s = strings(lang);
    let roles: Vec<_> = actor
        .roles
        .iter()
        .map(|role| {
            let from = role
                .from
                .as_ref()
                .map(|d| fill(s.role_since(), &[("date", &lang.format_date(d))]));
            let to = role
                .to
                .as_ref()
                .map(|d| fill(s.role_until(), &[("date", &lang.format_date(d))]));
            let span = [from, to].into_iter().flatten().collect::<Vec<_>>().join(" ");
            view! {
                <li>
                    {lang.pick(&role.role).into_owned()}
                    {(!span.is_empty()).then(|| format!(" ({span})"))}
                </li>
            }
        })
        .collect();
    let agreements: Vec<_> = data
        .agreements
        .iter()
        .filter(|a| a.parties.contains(&actor.id) || a.facilitator.contains(&actor.id))
        .map(|a| agreement_item(lang, a))
        .collect();
    let events: Vec<_> = data.events_with_actor(&actor.id).collect();
    view! {
        <article class="actor">
            <p class="meta">{s.actor_kind_name(actor.kind)}</p>
            <h1>{lang.pick(&actor.name).into_owned()}</h1>
            <p class="lead">{lang.pick(&actor.description).into_owned()}</p>
            {(!roles.is_empty())
                .then(|| {
                    view! {
                        <section aria-labelledby="roles-heading">
                            <h2 id="roles-heading">{s.actor_roles()}</h2>
                            <ul>{roles}</ul>
                        </section>
                    }
                })}
            {(!agreements.is_empty())
                .then(|| {
                    view! {
                        <section aria-labelledby="agreements-heading">
                            <h2 id="agreements-heading">{s.actor_agreements()}</h2>
                            <ul>{agreements}</ul>
                        </section>
                    }
                })}
            {(!events.is_empty())
                .then(|| {
                    view! {
                        <section aria-labelledby="events-heading">
                            <h2 id="events-heading">{s.actor_events()}</h2>
                            {event_list(lang, events)}
                        </section>
                    }
                })}
            <section aria-labelledby="sources-heading">
                <h2 id="sources-heading">{s.sources_heading()}</h2>
                {source_list(lang, data, &actor.sources)}
            </section>
            {record_footer(lang, Record {
                page: Page::Actor(actor.id.clone()),
                id: &actor.id,
                title: &lang.pick(&actor.name),
                updated: reading::actor_updated(data, actor),
            })}
        </article>
    }
}
