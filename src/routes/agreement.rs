//! `/{lang}/agreements/{id}`: one agreement — when, where, who agreed it and
//! how, what it changes for citizens, its provisions with their status
//! history, related agreements and events, documents and sources.

use crate::components::{
    actor_links, actor_name, agreement_item, citation_marks, date_view, disputed_note, level_badge, record_page,
    reference_list, theme_tags, titled_section, weak_source_note,
};
use crate::components::{record_footer, RecordFoot};
use crate::core::citations::{Citations, Place};
use crate::core::lang::Lang;
use crate::core::model::{Agreement, Dataset, Provision};
use crate::core::reading;
use crate::core::routes::Page;
use crate::core::timeline::{self, Moment};
use crate::href;
use crate::i18n::{count, fill, strings};
use crate::routes::guides::guide_links;
use leptos::prelude::*;

#[component]
pub fn AgreementPage() -> impl IntoView {
    record_page(|lang, data, id| {
        data.agreement(id)
            .map(|agreement| agreement_view(lang, data, agreement).into_any())
    })
}

fn agreement_view(lang: Lang, data: &Dataset, a: &Agreement) -> impl IntoView {
    let s = strings(lang);
    let related: Vec<_> = data
        .related_agreements(a)
        .into_iter()
        .map(|r| agreement_item(lang, r))
        .collect();
    let has_related = !related.is_empty();
    // Numbered in page order: the agreement's documents and its own sources
    // first, then what the provisions' entries and claims cite.
    let page = href(lang, &Page::Agreement(a.id.clone()));
    let mut cites = Citations::default();
    cites.cite(&a.documents, None);
    let documents = cites.cited().len();
    cites.cite(&a.sources, None);
    let provisions = a
        .provisions
        .iter()
        .map(|p| provision_view(lang, data, p, &mut cites, &page))
        .collect_view();
    let all = cites.cited().len();
    // The page's contents: at the top on phones, staying on screen on wide
    // screens (style/main.css). Each entry is a section's id.
    let contents = view! {
        <nav class="contents" aria-label=s.contents_label()>
            <ul>
                {[
                    ("summary", s.agreement_summary()),
                    ("citizens", s.agreement_citizens()),
                    ("provisions", s.agreement_provisions()),
                    ("history", s.contents_history()),
                    ("sources", s.agreement_sources()),
                ]
                    .into_iter()
                    .map(|(id, label)| view! { <li><a href=format!("{page}#{id}")>{label}</a></li> })
                    .collect_view()}
            </ul>
        </nav>
    };
    view! {
        <article class="agreement">
            <header>
                <p class="meta">{s.agreement_kind_name(a.kind)} " · " {s.phase(a.phase)}</p>
                <h1>{lang.pick(&a.title).into_owned()}</h1>
                {disputed_note(lang, a.disputed.as_ref())}
            </header>
            {contents}
            <div class="agreement-facts">
                <dl class="facts">
                    <div>
                        <dt>{s.agreement_date()}</dt>
                        <dd>{date_view(lang, &a.date)}</dd>
                    </div>
                    <div>
                        <dt>{s.agreement_place()}</dt>
                        <dd>{lang.pick(&a.place).into_owned()}</dd>
                    </div>
                    <div>
                        <dt>{s.agreement_parties()}</dt>
                        <dd>{actor_links(lang, data, &a.parties)}</dd>
                    </div>
                    {(!a.facilitator.is_empty())
                        .then(|| {
                            view! {
                                <div>
                                    <dt>{s.agreement_facilitator()}</dt>
                                    <dd>{actor_links(lang, data, &a.facilitator)}</dd>
                                </div>
                            }
                        })}
                    <div>
                        <dt>{s.agreement_adoption()}</dt>
                        <dd>
                            {s.adoption(a.adoption)}
                            {a.adoption_note.as_ref().map(|n| format!(" — {}", lang.pick(n)))}
                        </dd>
                    </div>
                    <div>
                        <dt>{s.agreement_themes()}</dt>
                        <dd>{theme_tags(lang, data, &a.themes)}</dd>
                    </div>
                </dl>
                <button type="button" class="button print-button" on:click=|_| print_page()>{s.print_hint()}</button>
            </div>
            <section id="summary" aria-labelledby="summary-heading">
                <h2 id="summary-heading">{s.agreement_summary()}</h2>
                <p>{lang.pick(&a.summary).into_owned()}</p>
            </section>
            <section id="citizens" aria-labelledby="citizens-heading" class="citizens">
                <h2 id="citizens-heading">{s.agreement_citizens()}</h2>
                <p>{lang.pick(&a.citizens).into_owned()}</p>
            </section>
            <section id="provisions" aria-labelledby="provisions-heading">
                <h2 id="provisions-heading">{s.agreement_provisions()}</h2>
                <ol class="provisions">{provisions}</ol>
            </section>
            <section id="history" aria-labelledby="moments-heading">
                <h2 id="moments-heading">{s.agreement_timeline()}</h2>
                {moments_view(lang, data, a)}
            </section>
            {titled_section("ways", s.agreement_guides(), view! {
                {guide_links(lang, &data.guides_of(&a.id).collect::<Vec<_>>())}
                {theme_tags(lang, data, &a.themes)}
            })}
            {titled_section("related", s.agreement_related(), view! {
                {if has_related {
                    view! { <ul>{related}</ul> }.into_any()
                } else {
                    view! { <p>{s.no_related()}</p> }.into_any()
                }}
            })}
            {(documents > 0)
                .then(|| {
                    view! {
                        {titled_section("documents", s.agreement_documents(), view! {
                            {reference_list(lang, data, &cites, &page, 0..documents)}
                        })}
                    }
                })}
            <section id="sources" aria-labelledby="sources-heading">
                <h2 id="sources-heading">{s.agreement_sources()}</h2>
                {reference_list(lang, data, &cites, &page, documents..all)}
            </section>
            {record_footer(lang, RecordFoot {
                page: Page::Agreement(a.id.clone()),
                id: &a.id,
                title: &lang.pick(&a.title),
                updated: Some(reading::agreement_updated(a)),
            })}
        </article>
    }
}

/// A provision and its status history; what it cites goes into `cites`,
/// numbered on the agreement's page `page`.
fn provision_view(lang: Lang, data: &Dataset, p: &Provision, cites: &mut Citations, page: &str) -> impl IntoView {
    let s = strings(lang);
    let place = Place {
        anchor: format!("provision-{}", p.id),
        label: fill(s.moment_status(), &[("number", &lang.label(&p.number))]),
    };
    let current = p.current().map(|entry| {
        view! {
            <p class="current-status">
                <span class="label">{s.provision_status()} ": "</span>
                {level_badge(lang, entry.level)}
                " "
                <span class="as-of">{fill(s.provision_as_of(), &[("date", &lang.format_date(&entry.date))])}</span>
            </p>
        }
    });
    let history = p
        .status
        .iter()
        .rev()
        .map(|entry| {
            let successor = entry.successor.as_ref().map(|succ| {
                let target = succ.split('#').next().unwrap_or(succ).to_string();
                let title = data
                    .agreement(&target)
                    .map(|a| lang.pick(&a.title).into_owned())
                    .unwrap_or(target.clone());
                view! {
                    <p>
                        {s.provision_successor()} ": "
                        <a href=href(lang, &Page::Agreement(target))>{title}</a>
                    </p>
                }
            });
            let claims = entry
                .claims
                .iter()
                .map(|claim| {
                    let actor = actor_name(lang, data, &claim.actor);
                    cites.cite(&claim.sources, Some(&place));
                    view! {
                        <div class="claim">
                            <p>
                                <strong>
                                    {fill(s.claim_says(), &[("actor", &actor), ("level", s.level(claim.level))])}
                                </strong>
                            </p>
                            <p>{lang.pick(&claim.text).into_owned()}</p>
                            {citation_marks(lang, data, cites, page, &claim.sources)}
                        </div>
                    }
                })
                .collect_view();
            cites.cite(&entry.sources, Some(&place));
            view! {
                <li>
                    <p>{date_view(lang, &entry.date)} " — " {level_badge(lang, entry.level)}</p>
                    <p>{lang.pick(&entry.note).into_owned()}</p>
                    {weak_source_note(lang, entry.weak_source)}
                    {successor}
                    {claims}
                    {citation_marks(lang, data, cites, page, &entry.sources)}
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="provision" id=format!("provision-{}", p.id)>
            <h3>
                <span class="number">{lang.label(&p.number).into_owned()}</span>
                " "
                {lang.pick(&p.summary).into_owned()}
            </h3>
            <p class="meta">{s.provision_party()} ": " {s.party(p.party)}</p>
            {p
                .quote
                .as_ref()
                .map(|q| {
                    view! {
                        <figure class="quote">
                            <blockquote lang="en">{q.clone()}</blockquote>
                            <figcaption>{s.provision_quote()}</figcaption>
                        </figure>
                    }
                })}
            {current}
            <details class="history">
                <summary>{s.provision_history()} " (" {p.status.len()} ")"</summary>
                <ol class="history-list">
                    {history}
                </ol>
            </details>
        </li>
    }
}

/// How many of the agreement's events show before the rest fold away.
const EVENTS_SHOWN: usize = 10;

/// The agreement's own timeline: its events, each once, oldest first; after
/// the first ten the rest fold away. (Its provisions' assessments are in
/// each provision's history.)
fn moments_view(lang: Lang, data: &Dataset, a: &Agreement) -> impl IntoView {
    let s = strings(lang);
    let mut items: Vec<_> = timeline::agreement_moments(data, a)
        .into_iter()
        .filter_map(|moment| match moment {
            Moment::Event(e) => Some(e),
            Moment::Status { .. } => None,
        })
        .map(|e| {
            view! {
                <li>
                    <p class="meta">{date_view(lang, &e.date)} " · " {s.event_kind_name(e.kind)}</p>
                    <p>
                        <a href=href(lang, &Page::Event(e.id.clone()))>{lang.pick(&e.title).into_owned()}</a>
                    </p>
                </li>
            }
        })
        .collect();
    let total = items.len();
    let rest = (total > EVENTS_SHOWN).then(|| items.split_off(EVENTS_SHOWN));
    let list = match total {
        0 => view! { <p>{s.no_related()}</p> }.into_any(),
        _ => view! { <ol class="moments">{items}</ol> }.into_any(),
    };
    let more = rest.map(|rest| {
        view! {
            <details class="more-events">
                <summary>
                    {count(lang, s.agreement_events_all(), total, &[("n", &lang.format_number(total))])}
                </summary>
                <ol class="moments" start=(EVENTS_SHOWN + 1).to_string()>{rest}</ol>
            </details>
        }
    });
    view! {
        {list}
        {more}
        <p>
            <a href=format!("{}?agreement={}", href(lang, &Page::Timeline), a.id)>{s.on_timeline()}</a>
        </p>
    }
}

fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
