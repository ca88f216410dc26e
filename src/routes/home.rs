//! Home: the dialogue in a few plain sentences, key figures, the latest
//! events and ways in.

use crate::components::{event_list, record_as_of, titled_section, use_lang};
use crate::core::model::{Dataset, Level};
use crate::core::routes::Page;
use crate::data::use_record;
use crate::href;
use crate::i18n::{count, strings};
use crate::routes::guides::guide_links;
use leptos::prelude::*;

/// Provisions whose latest assessment is "implemented".
pub fn implemented_count(data: &Dataset) -> usize {
    data.agreements
        .iter()
        .flat_map(|a| &a.provisions)
        .filter(|p| p.current().is_some_and(|s| s.level == Level::Implemented))
        .count()
}

#[component]
pub fn Home() -> impl IntoView {
    let lang = use_lang();
    let intro = {
        let s = strings(lang);
        view! {
            <h1>{s.home_title()}</h1>
            <div class="intro">
                <p>{s.home_intro_1()}</p>
                <p>{s.home_intro_2()}</p>
                <p>{s.home_intro_3()}</p>
            </div>
        }
    };
    let body = use_record().with_dataset(move |data| {
        let s = strings(lang);
        let figures = [
            (data.agreements.len(), s.figure_agreements()),
            (data.provision_count(), s.figure_provisions()),
            (implemented_count(&data), s.figure_implemented()),
            (data.events.len(), s.figure_events()),
            (data.source_count(), s.figure_sources()),
        ];
        view! {
            {titled_section("figures", s.home_figures(), view! {
                <dl class="figures">
                    {figures
                        .into_iter()
                        .map(|(n, label)| {
                            view! {
                                <div>
                                    <dt>{lang.format_number(n)}</dt>
                                    <dd>{count(lang, label, n, &[])}</dd>
                                </div>
                            }
                        })
                        .collect_view()}
                </dl>
                {record_as_of(lang, &data)}
            })}
            {titled_section("latest", s.home_latest(), view! {
                {event_list(lang, data.events.iter().take(5).collect())}
            })}
        }
    });
    let questions = use_record().with_dataset(move |data| {
        let s = strings(lang);
        view! {
            {titled_section("questions", s.home_questions(), view! {
                {guide_links(lang, &data.guides.iter().collect::<Vec<_>>())}
            })}
            {titled_section("topics", s.home_topics(), view! {
                <ul class="tags">
                    {data
                        .themes
                        .iter()
                        .map(|t| {
                            view! {
                                <li class="tag">
                                    <a href=href(lang, &Page::Theme(t.id.clone()))>{lang.pick(&t.name).into_owned()}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            })}
        }
    });
    let ways = {
        let s = strings(lang);
        // Every section of the site, each with what it is for.
        let ways = [
            (Page::Guides, s.nav_guides(), s.way_guides()),
            (Page::Themes, s.nav_themes(), s.way_themes()),
            (Page::Agreements, s.nav_agreements(), s.way_agreements()),
            (Page::Timeline, s.nav_timeline(), s.way_timeline()),
            (Page::Status, s.nav_status(), s.way_status()),
            (Page::Search, s.search_title(), s.way_search()),
            (Page::Glossary, s.nav_glossary(), s.way_glossary()),
            (Page::About, s.nav_about(), s.way_about()),
        ]
        .into_iter()
        .map(|(page, name, what)| {
            view! {
                <li>
                    <a href=href(lang, &page)>{name}</a>
                    <p>{what}</p>
                </li>
            }
        })
        .collect_view();
        view! {
            {titled_section("ways", s.home_ways_in(), view! {
                <ul class="ways">{ways}</ul>
            })}
        }
    };
    view! { <div class="home">{intro} {questions} {body} {ways}</div> }
}
