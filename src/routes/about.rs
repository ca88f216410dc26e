//! `/{lang}/about`: what this is, for whom, the methodology and scale, what
//! counts as evidence, how to cite it, the licence and the codebook.

use crate::base_path;
use crate::components::{level_badge, use_lang};
use crate::core::model::Level;
use crate::i18n::strings;
use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
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
                <h1>{s.about_title}</h1>
                <section>
                    <h2>{s.about_what_heading}</h2>
                    <p>{s.about_what}</p>
                </section>
                <section>
                    <h2>{s.about_who_heading}</h2>
                    <p>{s.about_who}</p>
                </section>
                <section id="methodology">
                    <h2>{s.about_method_heading}</h2>
                    <p>{s.about_method}</p>
                    <h3>{s.about_scale_heading}</h3>
                    <p>{s.about_scale_intro}</p>
                    <dl class="scale">{scale}</dl>
                    <h3>{s.about_evidence_heading}</h3>
                    <p>{s.about_evidence}</p>
                    <p>{s.about_claims}</p>
                </section>
                <section>
                    <h2>{s.about_languages_heading}</h2>
                    <p>{s.about_languages}</p>
                </section>
                <section id="cite">
                    <h2>{s.about_cite_heading}</h2>
                    <p>{s.about_cite}</p>
                </section>
                <section id="licence">
                    <h2>{s.about_licence_heading}</h2>
                    <p>{s.about_licence}</p>
                    <p>
                        <a href=format!("{}data/schema.json", base_path())>{s.about_download}</a>
                    </p>
                </section>
                <section id="codebook">
                    <h2>{s.about_codebook_heading}</h2>
                    <p>{s.about_codebook}</p>
                </section>
            </article>
        }
    }
}
