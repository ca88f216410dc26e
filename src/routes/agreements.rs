//! `/{lang}/agreements`: every agreement, newest first, filterable by phase
//! and theme. The filters live in the query string, so a filtered list can be
//! bookmarked and shared.

use crate::components::{date_view, no_script_notice, use_lang};
use crate::core::filters::{agreement_themes, AgreementFilter};
use crate::core::model::Phase;
use crate::core::routes::Page;
use crate::data::use_record;
use crate::href;
use crate::i18n::{count, strings};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

#[component]
pub fn AgreementList() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let q = query.read();
        AgreementFilter::from_query(q.get("phase"), q.get("theme"))
    });
    let navigate = use_navigate();
    let set_filter = move |phase: Option<String>, theme: Option<String>| {
        let current = filter.get_untracked();
        let next = AgreementFilter::from_query(phase.or(current.phase), theme.or(current.theme));
        navigate(
            &format!("{}{}", Page::Agreements.path(lang), next.to_query()),
            Default::default(),
        );
    };

    let heading = {
        let s = strings(lang);
        view! {
            <h1>{s.agreements_title()}</h1>
            <p class="lead">{s.agreements_intro()}</p>
        }
    };
    let body = use_record().with_dataset(move |data| {
        let set_filter = set_filter.clone();
        let data_for_list = data.clone();
        let matching = Memo::new(move |_| {
            filter.with(|f| f.apply(&data_for_list).iter().map(|a| a.id.clone()).collect::<Vec<_>>())
        });
        let controls = {
            let data = data.clone();
            move || {
                let s = strings(lang);
                let current = filter.get();
                let on_phase = {
                    let set_filter = set_filter.clone();
                    move |ev| set_filter(Some(event_target_value(&ev)), None)
                };
                let on_theme = {
                    let set_filter = set_filter.clone();
                    move |ev| set_filter(None, Some(event_target_value(&ev)))
                };
                let phase_options = Phase::ALL
                    .into_iter()
                    .map(|p| {
                        let selected = current.phase.as_deref() == Some(p.key());
                        view! { <option value=p.key() selected=selected>{s.phase(p)}</option> }
                    })
                    .collect_view();
                let theme_options = agreement_themes(&data)
                    .into_iter()
                    .map(|t| {
                        let selected = current.theme.as_deref() == Some(t.id.as_str());
                        view! { <option value=t.id.clone() selected=selected>{lang.pick(&t.name).into_owned()}</option> }
                    })
                    .collect_view();
                view! {
                    // A plain GET form: without the app, Apply sends the filters
                    // in the address, which the app applies when it runs.
                    <form class="filters" role="search" method="get" action=href(lang, &Page::Agreements) on:submit=|ev| ev.prevent_default()>
                        <label>
                            <span>{s.filter_phase()}</span>
                            <select name="phase" on:change=on_phase>
                                <option value="" selected=current.phase.is_none()>{s.filter_all()}</option>
                                {phase_options}
                            </select>
                        </label>
                        <label>
                            <span>{s.filter_theme()}</span>
                            <select name="theme" on:change=on_theme>
                                <option value="" selected=current.theme.is_none()>{s.filter_all()}</option>
                                {theme_options}
                            </select>
                        </label>
                        <a class="reset" href=href(lang, &Page::Agreements) hidden=current.is_empty()>{s.filter_reset()}</a>
                        <noscript>
                            <button type="submit" class="button">{s.filter_submit()}</button>
                        </noscript>
                    </form>
                    {no_script_notice(lang, Page::Agreements)}
                }
            }
        };
        let count = {
            let total = data.agreements.len();
            move || {
                let text = count(
                    lang,
                    strings(lang).agreements_count(),
                    total,
                    &[
                        ("n", &lang.format_number(matching.read().len())),
                        ("total", &lang.format_number(total)),
                    ],
                );
                view! { <p class="count" role="status">{text}</p> }
            }
        };
        let list = move || {
            let data = data.clone();
            if matching.read().is_empty() {
                return view! { <p class="empty">{strings(lang).agreements_none()}</p> }.into_any();
            }
            view! {
                <ol class="agreement-list">
                    <For each=move || matching.get() key=|id| id.clone() let:id>
                        {agreement_card(lang, &data, &id)}
                    </For>
                </ol>
            }
            .into_any()
        };
        view! { {controls} {count} {list} }
    });
    view! { <div class="agreements">{heading} {body}</div> }
}

fn agreement_card(lang: crate::core::lang::Lang, data: &crate::core::model::Dataset, id: &str) -> impl IntoView {
    let s = strings(lang);
    data.agreement(id).map(|a| {
        view! {
            <li class="agreement-card">
                <p class="meta">
                    {date_view(lang, &a.date)}
                    " · "
                    {s.agreement_kind_name(a.kind)}
                    " · "
                    {s.phase(a.phase)}
                </p>
                <h2>
                    <a href=href(lang, &Page::Agreement(a.id.clone()))>{lang.pick(&a.title).into_owned()}</a>
                </h2>
                <p>{lang.pick(&a.summary).into_owned()}</p>
                <p class="meta provisions-count">
                    {count(lang, s.agreement_provisions_count(), a.provisions.len(), &[("n", &lang.format_number(a.provisions.len()))])}
                </p>
            </li>
        }
    })
}
