//! `/{lang}/guides` and `/{lang}/guides/{id}`: citizens' questions answered
//! from the record. A guide's dated history is not written twice: it is the
//! status histories of the provisions it rests on, with the events it names.

use crate::components::{
    actor_name, citation_marks, date_view, level_badge, record_page, reference_list, theme_tags, titled_section,
    use_lang,
};
use crate::components::{record_footer, RecordFoot};
use crate::core::citations::{Citations, Place};
use crate::core::lang::Lang;
use crate::core::model::{Dataset, Guide, Level, Text};
use crate::core::order;
use crate::core::reading;
use crate::core::routes::Page;
use crate::data::use_record;
use crate::href;
use crate::i18n::{fill, strings};
use leptos::prelude::*;

#[component]
pub fn GuideList() -> impl IntoView {
    let lang = use_lang();
    let heading = {
        let s = strings(lang);
        view! {
            <h1>{s.guides_title()}</h1>
            <p class="lead">{s.guides_intro()}</p>
        }
    };
    let body = use_record().with_dataset(move |data| guide_links(lang, &data.guides.iter().collect::<Vec<_>>()));
    view! { <div class="guides-page">{heading} {body}</div> }
}

/// Guides as a list of their questions, each with its short answer.
pub fn guide_links(lang: Lang, guides: &[&Guide]) -> impl IntoView {
    let items = guides
        .iter()
        .map(|g| {
            view! {
                <li class="guide-item">
                    <a href=href(lang, &Page::Guide(g.id.clone()))>{lang.pick(&g.question).into_owned()}</a>
                    <p>{lang.pick(&g.answer).into_owned()}</p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="guide-list">{items}</ul> }
}

#[component]
pub fn GuidePage() -> impl IntoView {
    record_page(|lang, data, id| data.guide(id).map(|guide| guide_view(lang, data, guide).into_any()))
}

/// One line of a guide's history: a provision's assessment or an event.
struct Moment<'a> {
    date: &'a str,
    text: &'a Text,
    level: Option<Level>,
    target: String,
}

fn history<'a>(lang: Lang, data: &'a Dataset, guide: &'a Guide) -> Vec<Moment<'a>> {
    let mut moments: Vec<Moment> = guide
        .provisions
        .iter()
        .filter_map(|r| data.provision_ref(r))
        .flat_map(|(a, p)| {
            p.status.iter().map(move |s| Moment {
                date: &s.date,
                text: &s.note,
                level: Some(s.level),
                target: format!("{}#provision-{}", href(lang, &Page::Agreement(a.id.clone())), p.id),
            })
        })
        .chain(guide.events.iter().filter_map(|id| data.event(id)).map(|e| Moment {
            date: &e.date,
            text: &e.title,
            level: None,
            target: href(lang, &Page::Event(e.id.clone())),
        }))
        .collect();
    order::sort_by(&mut moments, |a, b| b.date.cmp(a.date));
    moments
}

fn guide_view(lang: Lang, data: &Dataset, guide: &Guide) -> impl IntoView {
    let s = strings(lang);
    let as_of = lang.format_date(&guide.as_of);
    let checked = lang.format_date(&guide.last_checked);
    let needs = (!guide.needs.is_empty()).then(|| {
        let items = guide
            .needs
            .iter()
            .map(|n| view! { <li>{lang.pick(n).into_owned()}</li> })
            .collect_view();
        view! {
            {titled_section("needs", s.guide_needs(), view! {
                <ul>{items}</ul>
            })}
        }
    });
    let moments = history(lang, data, guide)
        .into_iter()
        .map(|m| {
            view! {
                <li>
                    <p class="meta">
                        {date_view(lang, m.date)}
                        {m.level.map(|level| view! { " · " {level_badge(lang, level)} })}
                    </p>
                    <p>
                        <a href=m.target>{lang.pick(m.text).into_owned()}</a>
                    </p>
                </li>
            }
        })
        .collect_view();
    let provisions = guide
        .provisions
        .iter()
        .filter_map(|r| data.provision_ref(r))
        .map(|(a, p)| {
            let level = p.current().map_or(Level::NotStarted, |s| s.level);
            view! {
                <li>
                    <a href=format!("{}#provision-{}", href(lang, &Page::Agreement(a.id.clone())), p.id)>
                        {lang.pick(&a.title).into_owned()} " — " {lang.label(&p.number).into_owned()} ": "
                        {lang.pick(&p.summary).into_owned()}
                    </a>
                    " "
                    {level_badge(lang, level)}
                </li>
            }
        })
        .collect_view();
    // The guide's own sources first, then what the governments' accounts cite.
    let page = href(lang, &Page::Guide(guide.id.clone()));
    let mut cites = Citations::default();
    cites.cite(&guide.sources, None);
    let accounts = (!guide.accounts.is_empty()).then(|| {
        let items = guide
            .accounts
            .iter()
            .enumerate()
            .map(|(i, account)| {
                let actor = actor_name(lang, data, &account.actor);
                let place = Place {
                    anchor: format!("account-{}", i + 1),
                    label: actor.clone(),
                };
                cites.cite(&account.sources, Some(&place));
                view! {
                    <div class="claim" id=place.anchor>
                        <p>
                            <strong>{actor}</strong>
                        </p>
                        <p>{lang.pick(&account.text).into_owned()}</p>
                        {citation_marks(lang, data, &cites, &page, &account.sources)}
                    </div>
                }
            })
            .collect_view();
        view! {
            {titled_section("accounts", s.guide_accounts(), view! {
                {items}
            })}
        }
    });
    view! {
        <article class="guide">
            <header>
                <h1>{lang.pick(&guide.question).into_owned()}</h1>
            </header>
            <section class="answer" aria-labelledby="answer-heading">
                <h2 id="answer-heading" class="meta">
                    <time datetime=guide.as_of.clone()>{fill(s.guide_as_of(), &[("date", &as_of)])}</time>
                </h2>
                <p class="lead">{lang.pick(&guide.answer).into_owned()}</p>
                <p class="not-advice">{s.guide_not_advice()}</p>
            </section>
            {needs}
            {titled_section("history", s.guide_history(), view! {
                <ol class="history-list guide-history">{moments}</ol>
            })}
            {titled_section("rests", s.guide_rests_on(), view! {
                {if guide.provisions.is_empty() {
                    view! { <p>{s.guide_no_provisions()}</p> }.into_any()
                } else {
                    view! { <ul class="guide-provisions">{provisions}</ul> }.into_any()
                }}
            })}
            {accounts}
            {(!guide.themes.is_empty())
                .then(|| {
                    view! {
                        {titled_section("topics", s.guide_topics(), view! {
                            {theme_tags(lang, data, &guide.themes)}
                        })}
                    }
                })}
            {titled_section("sources", s.guide_sources(), view! {
                {reference_list(lang, data, &cites, &page, 0..cites.cited().len())}
            })}
            <p class="last-checked">
                <time datetime=guide.last_checked.clone()>{fill(s.guide_last_checked(), &[("date", &checked)])}</time>
            </p>
            {record_footer(lang, RecordFoot {
                page: Page::Guide(guide.id.clone()),
                id: &guide.id,
                title: &lang.pick(&guide.question),
                updated: Some(reading::guide_updated(guide)),
            })}
        </article>
    }
}
