//! The compiled dataset: fetched once at start (see `boot.rs`), checked,
//! shared through context. A failure never blanks the page: the pre-rendered
//! content stays, with a message in the reader's language and a retry.

use crate::core::lang::Lang;
use crate::core::model::{is_safe_url, Dataset, Source};
use crate::core::search::SearchIndex;
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
    /// The page's part of the app (a chunk of the split build) did not arrive.
    Code(String),
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
            LoadError::Code(e) => f.write_str(e),
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

/// The record as the app holds it, shared through one context: the page's
/// dataset (always handed over whole: by `boot.rs`, which fetches it before
/// mounting the app, and by the site generator at build time), the files a
/// view may ask for later (every language's texts, the sources), and the
/// search index, built on the first search.
#[derive(Clone, Copy)]
pub struct Record {
    loaded: StoredValue<Arc<Dataset>>,
    full: OnDemand<Dataset>,
    sources: OnDemand<Vec<Source>>,
    /// The index and the dataset it was built from.
    index: StoredValue<Option<(Arc<Dataset>, Arc<SearchIndex>)>>,
}

impl Record {
    /// The page's dataset: its language's texts (see
    /// [`Dataset::texts_only_in`]).
    pub fn dataset(self) -> Arc<Dataset> {
        self.loaded.get_value()
    }

    /// Renders `view` with the page's dataset.
    pub fn with_dataset<V>(self, view: impl Fn(Arc<Dataset>) -> V) -> V {
        view(self.dataset())
    }

    /// Every language's texts, for what searches across languages.
    pub fn all_texts(self) -> AllTexts {
        AllTexts {
            loaded: self.loaded,
            full: self.full,
        }
    }

    /// The sources, when the page's file leaves them out: fetched the first
    /// time a view cites one (start-up fetches them first when the
    /// pre-rendered page shows sources, so the live page draws the same list
    /// at once).
    pub fn sources(self) -> OnDemand<Vec<Source>> {
        self.sources
    }

    /// The search index of `data`, built once per dataset (the page's, then
    /// the full one when it arrives).
    pub fn search_index(self, data: &Arc<Dataset>) -> Arc<SearchIndex> {
        let cached = self.index.with_value(|slot| match slot {
            Some((built_from, index)) if Arc::ptr_eq(built_from, data) => Some(index.clone()),
            _ => None,
        });
        cached.unwrap_or_else(|| {
            let index = Arc::new(SearchIndex::build(data));
            self.index.set_value(Some((data.clone(), index.clone())));
            index
        })
    }
}

/// The record's context; every view reaches the data through it.
pub fn use_record() -> Record {
    expect_context::<Record>()
}

/// The record, where a view may be drawn without one (the frame around a
/// dataset that failed to load).
pub fn try_use_record() -> Option<Record> {
    use_context::<Record>()
}

/// `sources`: what start-up fetched of the sources the page's file leaves
/// out (see [`Dataset::sources_apart`]); `NotAsked` if it fetched none.
pub fn provide_dataset(data: Arc<Dataset>, sources: Fetched<Vec<Source>>) {
    let full = match data.texts_only_in {
        None => Fetched::Ready(data.clone()),
        Some(_) => Fetched::NotAsked,
    };
    provide_context(Record {
        loaded: StoredValue::new(data),
        full: OnDemand::new(DatasetFile::AllLanguages, |json| parse_dataset(&json), full),
        sources: OnDemand::new(DatasetFile::Sources, read_sources, sources),
        index: StoredValue::new(None),
    });
}

/// A file fetched the first time a view asks for it (the full dataset, the
/// sources), and where it stands, reactively.
pub enum Fetched<T> {
    NotAsked,
    Loading,
    Ready(Arc<T>),
    /// Could not be had (see [`OnDemand::request_again`]).
    Failed,
}

impl<T> Clone for Fetched<T> {
    fn clone(&self) -> Self {
        match self {
            Fetched::NotAsked => Fetched::NotAsked,
            Fetched::Loading => Fetched::Loading,
            Fetched::Ready(value) => Fetched::Ready(value.clone()),
            Fetched::Failed => Fetched::Failed,
        }
    }
}

impl<T> Fetched<T> {
    /// What a finished request gives.
    pub fn from_result(result: Result<T, LoadError>) -> Self {
        match result {
            Ok(value) => Fetched::Ready(Arc::new(value)),
            Err(_) => Fetched::Failed,
        }
    }
}

/// A file a view may ask for, shared through context.
pub struct OnDemand<T: Send + Sync + 'static> {
    file: DatasetFile,
    read: fn(String) -> Result<T, LoadError>,
    state: RwSignal<Fetched<T>>,
}

impl<T: Send + Sync + 'static> Clone for OnDemand<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for OnDemand<T> {}

impl<T: Send + Sync + 'static> OnDemand<T> {
    fn new(file: DatasetFile, read: fn(String) -> Result<T, LoadError>, state: Fetched<T>) -> Self {
        OnDemand {
            file,
            read,
            state: RwSignal::new(state),
        }
    }

    /// Starts the request if none was made. Untracked, so a view that asks
    /// and then reads the state does not run twice (nor, after a failure,
    /// ask again each time it runs).
    pub fn request(self) {
        if !matches!(self.state.get_untracked(), Fetched::NotAsked) {
            return;
        }
        self.state.set(Fetched::Loading);
        leptos::task::spawn_local(async move {
            let loaded = fetch_dataset_text(self.file).await.and_then(self.read);
            self.state.set(Fetched::from_result(loaded));
        });
    }

    /// The same, and again after a failure: for a view being created (a new
    /// page), not one re-running.
    pub fn request_again(self) {
        if matches!(self.state.get_untracked(), Fetched::Failed) {
            self.state.set(Fetched::NotAsked);
        }
        self.request();
    }

    /// Where the file stands (reactive).
    pub fn state(self) -> Fetched<T> {
        self.state.get()
    }

    pub fn state_untracked(self) -> Fetched<T> {
        self.state.get_untracked()
    }
}

/// The dataset with every language's texts, for what searches across
/// languages (search, the timeline's text filter). Pages load a file with
/// their own language's texts only, about half the download; the full file
/// is fetched the first time one of these asks, and until it arrives (or if
/// it cannot be had) they work on the page's own language.
#[derive(Clone, Copy)]
pub struct AllTexts {
    loaded: StoredValue<Arc<Dataset>>,
    full: OnDemand<Dataset>,
}

impl AllTexts {
    /// The full dataset if loaded, else the page's (and a request for the
    /// full one). Reactive: readers run again when the full one arrives.
    pub fn dataset(self) -> Arc<Dataset> {
        self.full.request();
        match self.full.state() {
            Fetched::Ready(full) => full,
            _ => self.loaded.get_value(),
        }
    }

    /// Where the full dataset stands (reactive).
    pub fn state(self) -> Fetched<Dataset> {
        self.full.state()
    }
}

/// The sources file read; refused, like a dataset, if it is damaged or any
/// address in it is not plain http(s).
pub fn read_sources(json: String) -> Result<Vec<Source>, LoadError> {
    let sources: Vec<Source> = serde_json::from_str(&json).map_err(|e| LoadError::Malformed(e.to_string()))?;
    match sources
        .iter()
        .find(|s| s.url.as_deref().is_some_and(|url| !is_safe_url(url)))
    {
        Some(unsafe_source) => Err(LoadError::Invalid {
            problems: 1,
            first: format!(
                "the source `{}` has an address that is not plain http(s)",
                unsafe_source.id
            ),
        }),
        None => Ok(sources),
    }
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

/// Shown above the pre-rendered page when the dataset could not be loaded:
/// what happened in the reader's language, that the page is still readable,
/// and a retry (which loads the page again).
#[component]
pub fn LoadFailed(error: LoadError, lang: Lang) -> impl IntoView {
    let [title, text, page_readable, retry_label, detail] =
        LoadErrorTexts::of(lang, matches!(error, LoadError::Code(_)));
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
                r#"[{{"id":"s","date":"2013","kind":"primary","language":"en","publisher":"p","title":"t","url":"{url}"}}]"#
            )
        };
        assert_eq!(read_sources(source("https://eeas.europa.eu/")).map(|s| s.len()), Ok(1));
        assert!(matches!(
            read_sources(source("javascript:alert(1)")),
            Err(LoadError::Invalid { .. })
        ));
        assert!(matches!(read_sources("[{".into()), Err(LoadError::Malformed(_))));
        assert!(matches!(Fetched::from_result(read_sources("[]".into())), Fetched::Ready(s) if s.is_empty()));
        assert!(matches!(
            Fetched::<Vec<Source>>::from_result(Err(LoadError::Status(404))),
            Fetched::Failed
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
