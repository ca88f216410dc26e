//! Dialogue Explorer. `core` is the pure, natively tested heart (model,
//! validation, languages, routes); `i18n` and `meta` are shared with the
//! site generator; `data`, `components` and `routes` are the thin view layer.

#![recursion_limit = "256"]

#[cfg(feature = "bench")]
pub mod bench_hook;
pub mod boot;
pub mod components;
pub mod core;
pub mod data;
#[cfg(not(target_arch = "wasm32"))]
pub mod data_dir;
pub mod i18n;
pub mod meta;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod routes;

use crate::core::lang::Lang;
use crate::core::routes::{with_base, Page};
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;
use std::sync::OnceLock;

static BASE_PATH: OnceLock<String> = OnceLock::new();

/// The deployment base path ("/" or "/sub/path/"), from the `<base>` element
/// Trunk writes from its `public_url` setting.
pub fn base_path() -> &'static str {
    BASE_PATH.get_or_init(|| {
        let href = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("base[href]").ok().flatten())
            .and_then(|b| b.get_attribute("href"))
            .unwrap_or_else(|| "/".into());
        if href.ends_with('/') {
            href
        } else {
            format!("{href}/")
        }
    })
}

/// The address of a page, base path included, for `href`s.
pub fn href(lang: Lang, page: &Page) -> String {
    with_base(base_path(), &page.path(lang))
}

#[component]
pub fn App() -> impl IntoView {
    let base = base_path().trim_end_matches('/').to_string();
    view! {
        <Router base=base>
            <Routes fallback=|| view! { <components::Shell /> }>
                <Route path=path!("/") view=routes::root::LanguageRedirect />
                <ParentRoute path=path!("/:lang") view=components::Shell>
                    <Route path=path!("") view=routes::chunks::home() />
                    <Route path=path!("agreements") view=routes::chunks::agreements() />
                    <Route path=path!("agreements/:id") view=routes::chunks::agreement() />
                    <Route path=path!("events/:id") view=routes::chunks::event() />
                    <Route path=path!("actors/:id") view=routes::chunks::actor() />
                    <Route path=path!("timeline") view=routes::chunks::timeline() />
                    <Route path=path!("search") view=routes::chunks::search() />
                    <Route path=path!("status") view=routes::chunks::status() />
                    <Route path=path!("glossary") view=routes::chunks::glossary() />
                    <Route path=path!("about") view=routes::chunks::about() />
                    <Route path=path!("guides") view=routes::chunks::guides() />
                    <Route path=path!("guides/:id") view=routes::chunks::guide() />
                    <Route path=path!("themes") view=routes::chunks::themes() />
                    <Route path=path!("themes/:id") view=routes::chunks::theme() />
                    <Route path=path!("*any") view=routes::chunks::not_found() />
                </ParentRoute>
            </Routes>
        </Router>
    }
}
