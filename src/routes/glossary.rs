//! `/{lang}/glossary`: the terms of the dialogue, with each side's names and
//! acronyms for the same thing. Each term has an anchor for linking.

use crate::components::{source_list, use_lang};
use crate::core::lang::Lang;
use crate::core::order;
use crate::data::with_dataset;
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
    let body = with_dataset(move |data| {
        {
            let s = strings(lang);
            let mut entries: Vec<_> = data.glossary.iter().collect();
            order::sort_by_key(&mut entries, |g| lang.pick(&g.term).to_lowercase());
            let items = entries
                .into_iter()
                .map(|entry| {
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
                                <details>
                                    <summary>{s.glossary_sources()}</summary>
                                    {source_list(lang, &data, &entry.sources)}
                                </details>
                            </dd>
                        </div>
                    }
                })
                .collect_view();
            view! { <dl class="glossary">{items}</dl> }
        }
    });
    view! { <div class="glossary-page">{heading} {body}</div> }
}
