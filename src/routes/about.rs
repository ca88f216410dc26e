//! `/{lang}/about`: what this is, for whom, the methodology and scale, what
//! counts as evidence, how to cite it, the licence and the codebook.

use crate::base_path;
use crate::components::{level_badge, record_as_of, use_lang};
use crate::core::model::{Level, Tier};
use crate::data::use_record;
use crate::i18n::strings;
use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    let lang = use_lang();
    {
        let s = strings(lang);
        let scale = Level::ALL
            .into_iter()
            .map(|level| {
                view! {
                    <div>
                        <dt>{level_badge(lang, level)}</dt>
                        <dd>{s.level_help(level)}</dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <article class="about">
                <h1>{s.about_title()}</h1>
                <section>
                    <h2>{s.about_what_heading()}</h2>
                    <p>{s.about_what()}</p>
                </section>
                <section>
                    <h2>{s.about_who_heading()}</h2>
                    <p>{s.about_who()}</p>
                </section>
                <section id="methodology">
                    <h2>{s.about_method_heading()}</h2>
                    <p>{s.about_method()}</p>
                    <h3>{s.about_scale_heading()}</h3>
                    <p>{s.about_scale_intro()}</p>
                    <dl class="scale">{scale}</dl>
                    <h3>{s.about_evidence_heading()}</h3>
                    <p>{s.about_evidence()}</p>
                    <p>{s.about_claims()}</p>
                </section>
                <section id="grading">
                    <h2>{s.about_grading_heading()}</h2>
                    <p>{s.about_grading()}</p>
                    <ul class="tiers">
                        {Tier::ALL
                            .into_iter()
                            .map(|tier| view! { <li class=format!("source-tier tier-{}", tier.key())>{s.tier(tier)}</li> })
                            .collect_view()}
                    </ul>
                    {use_record().with_dataset(move |data| record_as_of(lang, &data))}
                </section>
                <section>
                    <h2>{s.about_languages_heading()}</h2>
                    <p>{s.about_languages()}</p>
                </section>
                <section id="cite">
                    <h2>{s.about_cite_heading()}</h2>
                    <p>{s.about_cite()}</p>
                </section>
                <section id="licence">
                    <h2>{s.about_licence_heading()}</h2>
                    <p>{s.about_licence()}</p>
                    <h3>{s.about_download()}</h3>
                    <ul class="downloads">
                        {[
                            ("dialogue.json", s.download_json()),
                            ("schema.json", s.download_schema()),
                            ("agreements.csv", s.download_agreements()),
                            ("provisions.csv", s.download_provisions()),
                            ("status-history.csv", s.download_status()),
                            ("events.csv", s.download_events()),
                            ("CHANGELOG.md", s.download_changelog()),
                        ]
                            .into_iter()
                            .map(|(file, label)| {
                                view! {
                                    <li>
                                        <a href=format!("{}data/{file}", base_path()) download=file>{label}</a>
                                    </li>
                                }
                            })
                            .collect_view()}
                        <li>
                            <a href=format!("{}{}/feed.xml", base_path(), lang.code()) type="application/atom+xml">
                                {s.download_feed()}
                            </a>
                        </li>
                    </ul>
                </section>
                <section id="codebook">
                    <h2>{s.about_codebook_heading()}</h2>
                    <p>{s.about_codebook()}</p>
                </section>
            </article>
        }
    }
}
