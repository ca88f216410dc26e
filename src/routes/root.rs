//! `/`: sends the visitor to the best language from the browser's
//! preferences, English when none fits.

use crate::core::lang::Lang;
use crate::core::routes::Page;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

fn browser_languages() -> Vec<String> {
    // At build time (native) there is no browser to ask.
    if cfg!(not(target_arch = "wasm32")) {
        return Vec::new();
    }
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

#[component]
pub fn LanguageRedirect() -> impl IntoView {
    let navigate = use_navigate();
    let lang = Lang::negotiate(&browser_languages());
    Effect::new(move |_| {
        navigate(
            &Page::Home.path(lang),
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
    });
    view! {
        <nav class="language-choice" aria-label="Language / Gjuha / Jezik">
            <ul>
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <li>
                                <a href=crate::href(l, &Page::Home) lang=l.code()>{l.native_name()}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
