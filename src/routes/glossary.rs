//! `/{lang}/glossary`: the terms of the dialogue, with each side's names and
//! acronyms for the same thing. Each term has an anchor for linking.

use crate::components::{citation_marks, reference_list, titled_section, use_lang};
use crate::core::citations::{Citations, Place};
use crate::core::lang::Lang;
use crate::core::order;
use crate::core::routes::Page;
use crate::data::use_record;
use crate::href;
use crate::i18n::strings;
use leptos::prelude::*;

#[component]
pub fn Glossary() -> impl IntoView {
    let lang = use_lang();
    let heading = {
        let s = strings(lang);
        view! {
            <h1>{s.glossary_title()}</h1>
            <p class="lead">{s.glossary_intro()}</p>
        }
    };
    let body = use_record().with_dataset(move |data| {
        {
            let s = strings(lang);
            let mut entries: Vec<_> = data.glossary.iter().collect();
            order::sort_by_key(&mut entries, |g| lang.pick(&g.term).to_lowercase());
            // Terms cite by number; the page lists each source once.
            let page = href(lang, &Page::Glossary);
            let mut cites = Citations::default();
            let items = entries
                .into_iter()
                .map(|entry| {
                    let place = Place {
                        anchor: entry.id.clone(),
                        label: lang.pick(&entry.term).into_owned(),
                    };
                    cites.cite(&entry.sources, Some(&place));
                    // Every side's names, shown whatever the interface language,
                    // each in its own language (only Serbian takes the page's script).
                    let aliases: Vec<_> = [
                        ("en", &entry.aliases.en),
                        ("sq", &entry.aliases.sq),
                        ("sr", &entry.aliases.sr),
                    ]
                    .into_iter()
                    .flat_map(|(code, names)| names.iter().map(move |name| (code, name)))
                    .enumerate()
                    .map(|(i, (code, name))| {
                        let (code, name) = match code {
                            "sr" if lang == Lang::SrCyrl => ("sr-Cyrl", lang.script(name).into_owned()),
                            "sr" => ("sr-Latn", name.clone()),
                            _ => (code, name.clone()),
                        };
                        view! { {(i > 0).then_some(", ")} <span lang=code>{name}</span> }
                    })
                    .collect();
                    view! {
                        <div class="glossary-entry" id=entry.id.clone()>
                            <dt>{lang.pick(&entry.term).into_owned()}</dt>
                            <dd>
                                {(!aliases.is_empty())
                                    .then(|| {
                                        view! {
                                            <p class="aliases">
                                                {s.glossary_aliases()} ": " {aliases}
                                            </p>
                                        }
                                    })}
                                <p>{lang.pick(&entry.definition).into_owned()}</p>
                                {citation_marks(lang, &data, &cites, &page, &entry.sources)}
                            </dd>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <dl class="glossary">{items}</dl>
                {titled_section("sources", s.glossary_sources(), view! {
                    {reference_list(lang, &data, &cites, &page, 0..cites.cited().len())}
                })}
            }
        }
    });
    view! { <div class="glossary-page">{heading} {body}</div> }
}
