//! The compiled dataset: fetched once at start (see `main.rs`), checked,
//! shared through context. A failure never blanks the page: the pre-rendered
//! content stays, with a message in the reader's language and a retry.

use crate::core::lang::Lang;
use crate::core::model::{is_safe_url, Dataset, Source};
use crate::core::validate::check_references;
use crate::i18n::LoadErrorTexts;
use leptos::prelude::*;
use std::fmt;
use std::sync::Arc;

#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request did not complete (offline, DNS, aborted).
    Network(String),
    /// The server answered, but not with the file.
    Status(u16),
    /// The file is not a dataset (truncated, not JSON, wrong shape).
    Malformed(String),
    /// The file parsed but its records do not hold together.
    Invalid { problems: usize, first: String },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network(e) => write!(f, "network error: {e}"),
            LoadError::Status(code) => write!(f, "the server answered HTTP {code}"),
            LoadError::Malformed(e) => write!(f, "the dataset is malformed: {e}"),
            LoadError::Invalid { problems, first } => {
                write!(f, "the dataset has {problems} inconsistencies, first: {first}")
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// Parses and checks the compiled dataset (pure; also tested natively).
pub fn parse_dataset(json: &str) -> Result<Dataset, LoadError> {
    decode_dataset(json).and_then(check_dataset)
}

/// The JSON read into records, nothing checked yet.
pub fn decode_dataset(json: &str) -> Result<Dataset, LoadError> {
    serde_json::from_str(json).map_err(|e| LoadError::Malformed(e.to_string()))
}

/// The dataset, if its records hold together. (Wording, dates and
/// completeness are checked in full at build time.)
pub fn check_dataset(dataset: Dataset) -> Result<Dataset, LoadError> {
    let problems = check_references(&dataset);
    match problems.first() {
        None => Ok(dataset),
        Some(first) => Err(LoadError::Invalid {
            problems: problems.len(),
            first: first.to_string(),
        }),
    }
}

/// Reads the interface texts the dataset carries (see `i18n::install`) and
/// drops them from it: the views read them through `strings`.
pub fn install_interface(mut dataset: Dataset) -> Result<Dataset, LoadError> {
    crate::i18n::install(&std::mem::take(&mut dataset.interface)).map_err(LoadError::Malformed)?;
    Ok(dataset)
}

/// The loaded dataset, shared through context. It is always handed over
/// whole: by `main.rs`, which fetches it before mounting the app, and by the
/// site generator at build time.
#[derive(Clone)]
struct Loaded(Arc<Dataset>);

/// `sources`: what start-up fetched of the sources the page's file leaves
/// out (see [`Dataset::sources_apart`]); `NotAsked` if it fetched none.
pub fn provide_dataset(data: Arc<Dataset>, sources: SourcesState) {
    provide_context(Sources(RwSignal::new(sources)));
    let state = match data.texts_only_in {
        None => TextsState::All(data.clone()),
        Some(_) => TextsState::PageOnly,
    };
    provide_context(AllTexts {
        loaded: StoredValue::new(data.clone()),
        state: RwSignal::new(state),
    });
    provide_context(Loaded(data));
}

/// The dataset with every language's texts, for what searches across
/// languages (search, the timeline's text filter). Pages load a file with
/// their own language's texts only, about half the download; the full file
/// is fetched the first time one of these asks, and until it arrives (or if
/// it cannot be had) they work on the page's own language.
#[derive(Clone, Copy)]
pub struct AllTexts {
    loaded: StoredValue<Arc<Dataset>>,
    state: RwSignal<TextsState>,
}

/// How far the full dataset has come.
#[derive(Clone)]
pub enum TextsState {
    /// Only the page's language, the full file not asked for yet.
    PageOnly,
    Loading,
    All(Arc<Dataset>),
    /// The full file could not be had: the page's language only.
    Failed,
}

impl AllTexts {
    /// The full dataset if loaded, else the page's (and a request for the
    /// full one). Reactive: readers run again when the full one arrives.
    pub fn dataset(self) -> Arc<Dataset> {
        // Asked for before the tracked read below, so this write does not
        // run the reader a second time.
        if matches!(self.state.get_untracked(), TextsState::PageOnly) {
            self.state.set(TextsState::Loading);
            leptos::task::spawn_local(async move {
                let loaded = fetch_dataset_text(DatasetFile::AllLanguages)
                    .await
                    .and_then(|json| parse_dataset(&json));
                self.state.set(match loaded {
                    Ok(full) => TextsState::All(Arc::new(full)),
                    Err(_) => TextsState::Failed,
                });
            });
        }
        match self.state.get() {
            TextsState::All(full) => full,
            _ => self.loaded.get_value(),
        }
    }

    /// Where the full dataset stands (reactive).
    pub fn state(self) -> TextsState {
        self.state.get()
    }
}

pub fn use_all_texts() -> AllTexts {
    expect_context::<AllTexts>()
}

/// The sources, when the page's file leaves them out: fetched the first time
/// a view cites one (start-up fetches them first when the pre-rendered page
/// shows sources, so the live page draws the same list at once).
#[derive(Clone, Copy)]
pub struct Sources(RwSignal<SourcesState>);

#[derive(Clone)]
pub enum SourcesState {
    NotAsked,
    Loading,
    Ready(Arc<Vec<Source>>),
    /// Could not be had; asked again when the next page cites a source.
    Failed,
}

impl Sources {
    /// Starts the request unless it is under way or done.
    pub fn request(self) {
        if !matches!(self.0.get_untracked(), SourcesState::NotAsked | SourcesState::Failed) {
            return;
        }
        self.0.set(SourcesState::Loading);
        leptos::task::spawn_local(async move {
            let loaded = fetch_dataset_text(DatasetFile::Sources).await;
            self.0.set(decode_sources(loaded));
        });
    }

    /// Where the sources stand (reactive).
    pub fn state(self) -> SourcesState {
        self.0.get()
    }

    pub fn state_untracked(self) -> SourcesState {
        self.0.get_untracked()
    }
}

/// The sources file read; refused, like a dataset, if it is damaged or any
/// address in it is not plain http(s).
pub fn decode_sources(text: Result<String, LoadError>) -> SourcesState {
    let read = text
        .and_then(|json| serde_json::from_str::<Vec<Source>>(&json).map_err(|e| LoadError::Malformed(e.to_string())));
    match read {
        Ok(sources) if all_addresses_safe(&sources) => SourcesState::Ready(Arc::new(sources)),
        _ => SourcesState::Failed,
    }
}

fn all_addresses_safe(sources: &[Source]) -> bool {
    sources.iter().all(|s| s.url.as_deref().is_none_or(is_safe_url))
}

pub fn use_sources() -> Sources {
    expect_context::<Sources>()
}

/// The dataset, where a view needs it outside `with_dataset`.
pub fn loaded_dataset() -> Option<Arc<Dataset>> {
    use_context::<Loaded>().map(|loaded| loaded.0)
}

/// Which compiled dataset to fetch.
#[derive(Clone, Copy)]
pub enum DatasetFile {
    /// The one the page names first: its own language's texts only (the
    /// full one on pages of no single language).
    Page,
    /// Every language's texts.
    AllLanguages,
    /// The sources the one-language files leave out.
    Sources,
}

/// The dataset's address, written into every page by the site generator.
fn dataset_url(file: DatasetFile) -> String {
    let name = match file {
        DatasetFile::Page => "dataset",
        DatasetFile::AllLanguages => "dataset-all",
        DatasetFile::Sources => "dataset-sources",
    };
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!("meta[name={name}]")).ok().flatten())
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_else(|| format!("{}data/dialogue.json", crate::base_path()))
}

/// The compiled dataset as text, before parsing (start-up decodes and checks
/// it in tasks of their own, so no single task blocks the page for long).
pub async fn fetch_dataset_text(file: DatasetFile) -> Result<String, LoadError> {
    let response = gloo_net::http::Request::get(&dataset_url(file))
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    response.text().await.map_err(|e| LoadError::Network(e.to_string()))
}

/// Renders `view` with the dataset.
pub fn with_dataset<V, F>(view: F) -> V
where
    F: Fn(Arc<Dataset>) -> V,
{
    view(expect_context::<Loaded>().0)
}

/// Shown above the pre-rendered page when the dataset could not be loaded:
/// what happened in the reader's language, that the page is still readable,
/// and a retry (which loads the page again).
#[component]
pub fn LoadFailed(error: LoadError, lang: Lang) -> impl IntoView {
    let [title, text, page_readable, retry_label, detail] = LoadErrorTexts::of(lang);
    let retry = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    view! {
        <section class="load-error" role="alert" aria-labelledby="load-error-title">
            <h2 id="load-error-title">{title}</h2>
            <p>{text} " " {page_readable}</p>
            <button type="button" class="button" on:click=retry>
                {retry_label}
            </button>
            <details>
                <summary>{detail}</summary>
                <p class="detail">{error.to_string()}</p>
            </details>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sources_file_is_read_or_refused_whole() {
        let source = |url: &str| {
            format!(
                r#"{{"id":"s","date":"2013","kind":"primary","language":"en","publisher":"p","title":"t","url":"{url}"}}"#
            )
        };
        let read = |json: String| decode_sources(Ok(json));
        assert!(
            matches!(read(format!("[{}]", source("https://eeas.europa.eu/"))), SourcesState::Ready(s) if s.len() == 1)
        );
        assert!(matches!(
            read(format!("[{}]", source("javascript:alert(1)"))),
            SourcesState::Failed
        ));
        assert!(matches!(read("[{".into()), SourcesState::Failed));
        assert!(matches!(
            decode_sources(Err(LoadError::Status(404))),
            SourcesState::Failed
        ));
    }

    #[test]
    fn malformed_and_inconsistent_files_are_typed_errors() {
        assert!(matches!(parse_dataset("{"), Err(LoadError::Malformed(_))));
        assert!(matches!(parse_dataset("<html>"), Err(LoadError::Malformed(_))));
        assert!(matches!(
            parse_dataset(r#"{"agreements":[]}"#),
            Err(LoadError::Malformed(_))
        ));
        let empty = r#"{"agreements":[],"events":[],"actors":[],"themes":[],"glossary":[],"sources":[]}"#;
        assert_eq!(parse_dataset(empty).map(|d| d.events.len()), Ok(0));
        let dangling = r#"{"agreements":[],"events":[{"id":"e","date":"2013-01-01","kind":"dialogue",
            "title":{"en":"a","sq":"a","sr":"a"},"summary":{"en":"a","sq":"a","sr":"a"},"sources":["missing"]}],
            "actors":[],"themes":[],"glossary":[],"sources":[]}"#;
        assert!(matches!(
            parse_dataset(dangling),
            Err(LoadError::Invalid { problems: 1, .. })
        ));
    }
}
