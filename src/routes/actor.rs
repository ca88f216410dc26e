//! `/{lang}/actors/{id}`: a person, institution, state or organisation, with
//! roles and dates, the agreements it was party to and the events it was in.

use crate::components::{agreement_item, event_list, record_page, source_list, titled_section};
use crate::components::{record_footer, RecordFoot};
use crate::core::lang::Lang;
use crate::core::model::{Actor, Dataset};
use crate::core::reading;
use crate::core::routes::Page;
use crate::i18n::{fill, strings};
use leptos::prelude::*;

#[component]
pub fn ActorPage() -> impl IntoView {
    record_page(|lang, data, id| data.actor(id).map(|actor| actor_view(lang, data, actor).into_any()))
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
                        {titled_section("roles", s.actor_roles(), view! {
                            <ul>{roles}</ul>
                        })}
                    }
                })}
            {(!agreements.is_empty())
                .then(|| {
                    view! {
                        {titled_section("agreements", s.actor_agreements(), view! {
                            <ul>{agreements}</ul>
                        })}
                    }
                })}
            {(!events.is_empty())
                .then(|| {
                    view! {
                        {titled_section("events", s.actor_events(), view! {
                            {event_list(lang, events)}
                        })}
                    }
                })}
            {titled_section("sources", s.sources_heading(), view! {
                {source_list(lang, data, &actor.sources)}
            })}
            {record_footer(lang, RecordFoot {
                page: Page::Actor(actor.id.clone()),
                id: &actor.id,
                title: &lang.pick(&actor.name),
                updated: reading::actor_updated(data, actor),
            })}
        </article>
    }
}
