//! Which code each route needs, and when it arrives.
//!
//! In the split release build (`make dist`, which sets `--cfg dialogue_split`;
//! see `tools/split-wasm.sh`) every route group below is a chunk of its own:
//! the main module holds start-up, the dataset, the page frame and the
//! router, and a page downloads only its group's code. Groups, not single
//! routes, because code that several groups use goes to a shared file per
//! combination of groups: with one group per route a page fetched up to 92
//! files, with these seven at most 25 (figures in the README). Elsewhere
//! (`trunk serve`, the native site generator, `cargo test`) the same functions
//! return the route's component itself, so nothing else in the app knows
//! about chunks.
//!
//! What must hold, and where it is kept:
//! - start-up fetches the current page's chunk together with the dataset
//!   ([`preload`], called by `boot.rs`), so the pre-rendered page is replaced
//!   only once the live one can be drawn at once;
//! - moving inside the app to a page whose chunk has not arrived keeps the
//!   current page on screen until it has (the router awaits
//!   `LazyRoute::preload` before it swaps the view);
//! - a chunk that cannot be fetched shows the load-error message with a retry
//!   (the `fallible` split: the failure is a value, never a panic).

use crate::core::routes::Page;
#[cfg(dialogue_split)]
use leptos::prelude::*;
use leptos_router::ChooseView;

/// Declares, for each route, `pub fn $name() -> impl ChooseView` (what a
/// `<Route view=…>` takes), in the split build in the chunk `$chunk`.
macro_rules! route_chunks {
    ($( $name:ident in $chunk:ident => $component:path ),* $(,)?) => {
        $(
            #[cfg(not(dialogue_split))]
            pub fn $name() -> impl ChooseView {
                || $component()
            }

            #[cfg(dialogue_split)]
            pub fn $name() -> impl ChooseView {
                leptos_router::Lazy::<split::$name::Route>::new()
            }
        )*

        /// A route, named as its function above.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Route {
            $( $name, )*
        }

        impl Route {
            /// Every route, in the order declared.
            pub const ALL: &'static [Route] = &[$( Route::$name, )*];

            /// The route group (the chunk) that holds this route's code.
            pub fn group(self) -> &'static str {
                match self {
                    $( Route::$name => stringify!($chunk), )*
                }
            }
        }

        #[cfg(dialogue_split)]
        mod split {
            /// Loads the chunk that holds `route`.
            pub async fn load(route: super::Route) -> Result<(), ::leptos::wasm_split::SplitLoaderError> {
                match route {
                    $( super::Route::$name => $name::load().await, )*
                }
            }

            $(
                pub mod $name {
                    use leptos::prelude::*;

                    /// The route; its view is the chunk's one entry point.
                    #[derive(Debug)]
                    pub struct Route;

                    // The split function is named after the route (the
                    // tool tells functions apart by name), the chunk after
                    // its group.
                    #[::leptos::wasm_split::wasm_split(
                        $chunk,
                        wasm_split_path = ::leptos::wasm_split,
                        fallible,
                        preload(load)
                    )]
                    pub fn $name() -> Result<AnyView, super::super::ChunkFailed> {
                        Ok($component().into_any())
                    }

                    impl leptos_router::LazyRoute for Route {
                        fn data() -> Self {
                            Route
                        }

                        async fn view(_: Self) -> AnyView {
                            match $name().await {
                                Ok(view) => view,
                                Err(failed) => super::super::failed_view(failed),
                            }
                        }

                        async fn preload() {
                            // A failure is shown by `view`, which tries again.
                            let _ = load().await;
                        }
                    }
                }
            )*
        }
    };
}

// The home page alone, as the landing page its code is kept smallest; the
// record pages share their lists and citations; the three heavy views each
// alone; the reading pages share theirs; the not-found page needs almost
// nothing.
route_chunks! {
    home in home => crate::routes::home::Home,
    agreements in records => crate::routes::agreements::AgreementList,
    agreement in records => crate::routes::agreement::AgreementPage,
    event in records => crate::routes::event::EventPage,
    actor in records => crate::routes::actor::ActorPage,
    timeline in timeline => crate::routes::timeline::Timeline,
    search in search => crate::routes::search::SearchPage,
    status in status => crate::routes::status::StatusPage,
    glossary in reading => crate::routes::glossary::Glossary,
    about in reading => crate::routes::about::About,
    guides in reading => crate::routes::guides::GuideList,
    guide in reading => crate::routes::guides::GuidePage,
    themes in reading => crate::routes::themes::ThemeList,
    theme in reading => crate::routes::themes::ThemePage,
    not_found in not_found => crate::routes::not_found::NotFound,
}

/// A route's code could not be fetched (offline before it was ever loaded,
/// or the server failed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkFailed;

impl std::fmt::Display for ChunkFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("this page's part of the app could not be fetched")
    }
}

impl std::error::Error for ChunkFailed {}

impl From<leptos::wasm_split::SplitLoaderError> for ChunkFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkFailed
    }
}

/// Fetches the code `page` needs, so start-up can draw it in one go. Without
/// the split build there is nothing to fetch.
pub async fn preload(page: &Page) -> Result<(), ChunkFailed> {
    #[cfg(dialogue_split)]
    {
        split::load(route_of(page)).await.map_err(ChunkFailed::from)
    }
    #[cfg(not(dialogue_split))]
    {
        let _ = page;
        Ok(())
    }
}

/// The route that draws `page`.
pub fn route_of(page: &Page) -> Route {
    match page {
        Page::Home => Route::home,
        Page::Agreements => Route::agreements,
        Page::Agreement(_) => Route::agreement,
        Page::Event(_) => Route::event,
        Page::Actor(_) => Route::actor,
        Page::Timeline => Route::timeline,
        Page::Search => Route::search,
        Page::Status => Route::status,
        Page::Glossary => Route::glossary,
        Page::About => Route::about,
        Page::Guides => Route::guides,
        Page::Guide(_) => Route::guide,
        Page::Themes => Route::themes,
        Page::Theme(_) => Route::theme,
        Page::NotFound => Route::not_found,
    }
}

/// The route group whose code `page` needs: the site generator names its
/// files in the page, so the loader fetches them alongside the main module.
pub fn group_of(page: &Page) -> &'static str {
    route_of(page).group()
}

/// In place of the page: what failed, that the rest of the site still
/// works, and a retry.
#[cfg(dialogue_split)]
fn failed_view(failed: ChunkFailed) -> AnyView {
    let lang = crate::components::use_lang();
    view! { <crate::data::LoadFailed error=crate::data::LoadError::Code(failed.to_string()) lang /> }.into_any()
}
