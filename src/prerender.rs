//! Build-time rendering, native only: the site generator renders the same
//! `App`, router and route components the browser runs, with the dataset
//! handed over whole, so every page carries its content as HTML before the
//! wasm arrives (and for readers, crawlers and link previews without it).

use crate::core::model::Dataset;
use crate::core::routes::with_base;
use crate::data::{provide_dataset, Fetched};
use crate::{App, BASE_PATH};
use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use leptos_router::location::RequestUrl;
use std::sync::Arc;

/// The app's HTML for `path` (below the base path, query included).
pub fn render_app(base: &str, path: &str, data: Arc<Dataset>) -> String {
    // One process renders one site, with one base: a second, different base
    // would be ignored by every link, so it stops the build instead.
    let set = BASE_PATH.get_or_init(|| base.to_string());
    assert_eq!(set, base, "the base path is already {set}: one build renders one site");
    let _ = Executor::init_custom_executor(NoEffects);
    // Rendering reads signals once, untracked, by design: no warnings for it.
    let _quiet = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(&with_base(base, path)));
        provide_dataset(data, Fetched::NotAsked);
        view! { <App /> }.to_html()
    })
}

/// Effects and fetches belong to the browser: at build time they are dropped
/// unrun, so what is rendered is exactly the first, synchronous view.
struct NoEffects;

impl CustomExecutor for NoEffects {
    fn spawn(&self, _: PinnedFuture<()>) {}
    fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real_dataset() -> Dataset {
        let files = crate::data_dir::read_data_dir(std::path::Path::new("data")).unwrap();
        crate::core::validate::load(&files, "9999-12-31").0
    }

    #[test]
    fn dataset_strings_are_escaped_text() {
        let mut data = real_dataset();
        let hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";
        data.events[0].title.en = hostile.into();
        data.events[0].summary.en = hostile.into();
        let id = data.events[0].id.clone();
        let html = render_app("/", &format!("/en/events/{id}/"), Arc::new(data));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
        assert!(!html.contains("<script") && !html.contains("<img"), "{html}");
    }

    #[test]
    fn renders_home() {
        let data = real_dataset();
        let provisions = || data.agreements.iter().flat_map(|a| &a.provisions);
        let implemented = provisions()
            .filter(|p| {
                p.status
                    .last()
                    .is_some_and(|s| s.level == crate::core::model::Level::Implemented)
            })
            .count();
        // The key figures, counted here from the dataset, in the page's order.
        let figures = [
            data.agreements.len(),
            provisions().count(),
            implemented,
            data.events.len(),
            data.sources.len(),
        ];
        assert!(figures.iter().all(|&n| n > 0), "{figures:?}");
        let html = render_app("/", "/en/", Arc::new(data));
        assert!(html.contains("<h1>Kosovo–Serbia dialogue"), "{html}");
        let list = html
            .split("<dl class=\"figures\">")
            .nth(1)
            .and_then(|rest| rest.split("</dl>").next());
        let shown: Vec<String> = list
            .unwrap_or_else(|| panic!("no figures in {html}"))
            .split("<dt>")
            .skip(1)
            .filter_map(|item| item.split_once("</dt>").map(|(n, _)| n.to_string()))
            .collect();
        let expected: Vec<String> = figures
            .iter()
            .map(|&n| crate::core::lang::Lang::En.format_number(n))
            .collect();
        assert_eq!(shown, expected, "figures rendered from the dataset");
    }
}
