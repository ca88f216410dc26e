//! Home: the dialogue in a few plain sentences, key figures, the latest
//! events and ways in.

use crate::components::{event_list, record_as_of, use_lang};
use crate::core::model::{Dataset, Level};
use crate::core::routes::Page;
use crate::data::with_dataset;
use crate::href;
use crate::i18n::{count, strings};
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
    let body = with_dataset(move |data| {
        let s = strings(lang);
        let figures = [
            (data.agreements.len(), s.figure_agreements()),
            (data.provision_count(), s.figure_provisions()),
            (implemented_count(&data), s.figure_implemented()),
            (data.events.len(), s.figure_events()),
            (data.source_count(), s.figure_sources()),
        ];
        view! {
            <section aria-labelledby="figures-heading">
                <h2 id="figures-heading">{s.home_figures()}</h2>
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
            </section>
            <section aria-labelledby="latest-heading">
                <h2 id="latest-heading">{s.home_latest()}</h2>
                {event_list(lang, data.events.iter().take(5).collect())}
            </section>
        }
    });
    let ways = {
        let s = strings(lang);
        view! {
            <section aria-labelledby="ways-heading">
                <h2 id="ways-heading">{s.home_ways_in()}</h2>
                <ul class="ways">
                    <li>
                        <a href=href(lang, &Page::Agreements)>{s.nav_agreements()}</a>
                        <p>{s.way_agreements()}</p>
                    </li>
                    <li>
                        <a href=href(lang, &Page::Glossary)>{s.nav_glossary()}</a>
                        <p>{s.way_glossary()}</p>
                    </li>
                    <li>
                        <a href=href(lang, &Page::About)>{s.nav_about()}</a>
                        <p>{s.way_about()}</p>
                    </li>
                </ul>
            </section>
        }
    };
    view! { <div class="home">{intro} {body} {ways}</div> }
}
