//! The skeletons that pages share: the page of one record, read from the
//! address; a section titled by its own heading; the notice a list page
//! gives a browser without JavaScript.

use super::use_lang;
use crate::core::lang::Lang;
use crate::core::model::Dataset;
use crate::core::routes::Page;
use crate::data::use_record;
use crate::href;
use crate::i18n::strings;
use crate::routes::not_found::NotFound;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The page of the record the address names (`:id`): `draw` finds it and
/// draws it, or gives `None` for an id that names none, and the reader gets
/// the not-found page in their language.
pub fn record_page(draw: impl Fn(Lang, &Dataset, &str) -> Option<AnyView> + Send + Sync + 'static) -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let draw = std::sync::Arc::new(draw);
    use_record().with_dataset(move |data| {
        let draw = draw.clone();
        move || draw(lang, &data, &id.get()).unwrap_or_else(|| view! { <NotFound /> }.into_any())
    })
}

/// A section named by its heading (`aria-labelledby`), with `id` for links
/// from a contents list: `{id}` on the section, `{id}-heading` on the `<h2>`.
pub fn titled_section(
    id: &'static str,
    heading: impl IntoView + 'static,
    body: impl IntoView + 'static,
) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section id=id aria-labelledby=labelled_by>
            <h2 id=heading_id>{heading}</h2>
            {body}
        </section>
    }
}

/// What a list page says to a browser without JavaScript: the pre-rendered
/// page cannot read its address, so it names what it ignores and links to
/// the page as it is shown.
pub fn no_script_notice(lang: Lang, page: Page) -> impl IntoView {
    let s = strings(lang);
    view! {
        <noscript>
            <p class="notice">
                {s.no_script_filters()} " " <a href=href(lang, &page)>{s.no_script_unfiltered()}</a>
            </p>
        </noscript>
    }
}
