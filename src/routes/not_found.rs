//! Not found: any unknown path or record id, in the current language.

use crate::components::use_lang;
use crate::core::routes::Page;
use crate::i18n::strings;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let lang = use_lang();
    {
        let s = strings(lang);
        view! {
            <section class="not-found">
                <h1>{s.not_found_title()}</h1>
                <p>{s.not_found_text()}</p>
                <p>
                    <a class="button" href=crate::href(lang, &Page::Home)>{s.not_found_back()}</a>
                </p>
            </section>
        }
    }
}
