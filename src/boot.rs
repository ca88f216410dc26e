//! Start-up in the browser. Each page arrives with its content already
//! rendered as HTML (by the site generator, from the same components). The
//! dataset is fetched first; then, in one task so no frame shows a gap, the
//! pre-rendered body is replaced by the live app drawing the same page. If
//! the dataset cannot be had, the pre-rendered page stays, with a message and
//! a retry.

use crate::core::lang::Lang;
use crate::core::routes::{strip_base, Page};
use crate::data::{
    check_dataset, decode_dataset, fetch_dataset_text, install_interface, provide_dataset, read_sources, DatasetFile,
    Fetched, LoadError, LoadFailed,
};
use crate::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Fetches, decodes and checks the dataset, then takes over the page.
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        // Fetching, decoding, checking and drawing each run in a task of
        // their own, so the page (already readable) keeps responding.
        // The sources, kept apart from the page's file, are fetched alongside
        // it when the page shows some, so the live page shows them too.
        // In the split build the page's own code is a file apart: it is
        // fetched alongside too, so the live page can be drawn in one go.
        let sources_wanted = page_shows_sources();
        let (loaded, sources, code) = futures::future::join3(
            fetch_with_retries(),
            async move {
                match sources_wanted {
                    true => Some(fetch_dataset_text(DatasetFile::Sources).await),
                    false => None,
                }
            },
            load_page_code(),
        )
        .await;
        let loaded = loaded.and_then(|text| code.map(|()| text));
        let loaded = match loaded {
            Ok(text) => {
                mark("dataset-fetched");
                next_task().await;
                let decoded = decode_dataset(&text);
                drop(text);
                mark("dataset-decoded");
                next_task().await;
                let checked = decoded
                    .and_then(check_dataset)
                    .and_then(install_interface)
                    .map(std::sync::Arc::new);
                mark("dataset-checked");
                checked
            }
            Err(e) => Err(e),
        };
        let sources = sources.map_or(Fetched::NotAsked, |text| {
            Fetched::from_result(text.and_then(read_sources))
        });
        next_task().await;
        match loaded {
            Ok(data) => {
                let handover = Handover::take();
                leptos::mount::mount_to_body(move || {
                    provide_dataset(data, sources);
                    view! { <App /> }
                });
                handover.restore();
                mark("app-drawn");
                mark_app("live");
            }
            Err(error) => {
                show_load_failed(error);
                mark_app("failed");
            }
        }
    });
}

/// The waits before the second and the third try of a start-up request.
const RETRY_WAITS_MS: [i32; 2] = [2_000, 4_000];

/// On a weak connection a request can drop: try twice more (after 2 s, then
/// 4 s) before giving up, while the pre-rendered page stays readable. A
/// server's answer (an error status, a damaged file) is not retried.
async fn fetch_with_retries() -> Result<String, LoadError> {
    let mut waits = RETRY_WAITS_MS.into_iter();
    loop {
        match fetch_dataset_text(DatasetFile::Page).await {
            Err(LoadError::Network(_)) if let Some(ms) = waits.next() => after_ms(ms).await,
            result => return result,
        }
    }
}

/// The code of the page at this address (nothing to fetch outside the split
/// build, or at the root, which only redirects), tried three times as the
/// dataset is.
async fn load_page_code() -> Result<(), LoadError> {
    let Some(page) = current_page() else { return Ok(()) };
    let mut waits = RETRY_WAITS_MS.into_iter();
    loop {
        match crate::routes::chunks::preload(&page).await {
            Ok(()) => return Ok(()),
            Err(_) if let Some(ms) = waits.next() => after_ms(ms).await,
            Err(failed) => return Err(LoadError::Code(failed.to_string())),
        }
    }
}

fn current_page() -> Option<Page> {
    let pathname = web_sys::window()?.location().pathname().ok()?;
    Page::parse(strip_base(crate::base_path(), &pathname)).map(|(_, page)| page)
}

/// Whether the pre-rendered page lists sources that the page's dataset file
/// leaves out (it then names the sources file).
fn page_shows_sources() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let present = |selector: &str| document.query_selector(selector).ok().flatten().is_some();
    present("meta[name=dataset-sources]") && present("ol.sources")
}

/// A performance mark, so `make bench` can time each start-up step.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Resolves in a later task (a zero-delay timeout), letting the browser
/// handle input and paint before the next step.
async fn next_task() {
    after_ms(0).await;
}

async fn after_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// What the reader was doing in the pre-rendered page (typing in the search
/// box, say), carried over to the same element of the live page.
struct Handover {
    focused_id: Option<String>,
    value: Option<String>,
}

impl Handover {
    /// Notes focus and typed text, then empties the body.
    fn take() -> Self {
        let document = web_sys::window().and_then(|w| w.document());
        let active = document.as_ref().and_then(|d| d.active_element());
        let focused_id = active.as_ref().map(|e| e.id()).filter(|id| !id.is_empty());
        let value = active
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value());
        if let Some(body) = document.and_then(|d| d.body()) {
            body.set_text_content(None);
        }
        Handover { focused_id, value }
    }

    fn restore(self) {
        let Some(id) = self.focused_id else { return };
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            if let (Some(value), Some(input)) = (self.value, element.dyn_ref::<web_sys::HtmlInputElement>()) {
                input.set_value(&value);
            }
            let _ = element.focus();
        }
    }
}

/// The pre-rendered page stays; the message goes at the top of its content.
fn show_load_failed(error: LoadError) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or(Lang::En);
    let (Some(main), Ok(holder)) = (
        document.query_selector("main").ok().flatten(),
        document.create_element("div"),
    ) else {
        return;
    };
    let _ = main.prepend_with_node_1(&holder);
    if let Ok(holder) = holder.dyn_into::<web_sys::HtmlElement>() {
        leptos::mount::mount_to(holder, move || view! { <LoadFailed error lang /> }).forget();
    }
}

/// `<html data-app="live">` once the page is the app, not the pre-rendered
/// copy; `"failed"` when the dataset could not be loaded (tests and the
/// benchmark wait for it).
fn mark_app(state: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-app", state);
    }
}

/// Panics end up in the browser console rather than vanishing.
pub fn log_panics() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
}
