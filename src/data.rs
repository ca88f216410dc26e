//! Fetching the compiled dataset: one request at start, shared through
//! context. Loading shows a status line; any failure shows a message in the
//! reader's language with a retry, never a blank page.

use crate::core::model::Dataset;
use crate::core::validate::check;
use crate::i18n::strings;
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

/// The dataset, if its records hold together. (Dates are checked at build
/// time; "9999-12-31" as today leaves them alone here.)
pub fn check_dataset(dataset: Dataset) -> Result<Dataset, LoadError> {
    let problems = check(&dataset, "9999-12-31");
    match problems.first() {
        None => Ok(dataset),
        Some(first) => Err(LoadError::Invalid {
            problems: problems.len(),
            first: first.to_string(),
        }),
    }
}

pub type DatasetResult = Result<Arc<Dataset>, LoadError>;

/// Where the views get the dataset. Usually handed over whole: by `main.rs`,
/// which fetches it before mounting the app, and by the site generator at
/// build time. After a failed first load the app fetches it itself, with a
/// loading line, the error and a retry.
#[derive(Clone)]
pub enum DatasetSource {
    Remote(LocalResource<DatasetResult>),
    Fixed(Arc<Dataset>),
}

/// Fetches the dataset, unless it was handed over already.
pub fn provide_dataset() {
    if use_context::<DatasetSource>().is_none() {
        provide_context(DatasetSource::Remote(LocalResource::new(fetch_dataset)));
    }
}

fn use_dataset() -> DatasetSource {
    expect_context::<DatasetSource>()
}

/// The dataset once loaded (reactive); `None` while loading or after an error.
pub fn loaded_dataset() -> Option<Arc<Dataset>> {
    match use_dataset() {
        DatasetSource::Remote(resource) => resource.get().and_then(Result::ok),
        DatasetSource::Fixed(data) => Some(data),
    }
}

/// The dataset's address, written into every page by the site generator.
fn dataset_url() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=dataset]").ok().flatten())
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_else(|| format!("{}data/dialogue.json", crate::base_path()))
}

async fn fetch_dataset() -> DatasetResult {
    let text = fetch_dataset_text().await?;
    parse_dataset(&text).map(Arc::new)
}

/// The compiled dataset as text, before parsing (start-up parses it in a
/// task of its own, so no single task blocks the page for long).
pub async fn fetch_dataset_text() -> Result<String, LoadError> {
    let response = gloo_net::http::Request::get(&dataset_url())
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    response.text().await.map_err(|e| LoadError::Network(e.to_string()))
}

/// Renders `view` once the dataset is loaded; a loading line before, and the
/// error message with a retry button if it failed.
pub fn with_dataset<V, F>(view: F) -> impl IntoView
where
    F: Fn(Arc<Dataset>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let data = match use_dataset() {
        DatasetSource::Fixed(data) => return view(data).into_any(),
        DatasetSource::Remote(resource) => resource,
    };
    let lang = crate::components::use_lang();
    view! {
        <Suspense fallback=move || {
            view! { <p class="loading" role="status">{strings(lang.get()).loading}</p> }
        }>
            <ErrorBoundary fallback=move |errors| {
                view! { <LoadFailed errors /> }
            }>
                {move || data.get().map(|result| result.map(&view))}
            </ErrorBoundary>
        </Suspense>
    }
    .into_any()
}

#[component]
fn LoadFailed(errors: ArcRwSignal<Errors>) -> impl IntoView {
    let source = use_dataset();
    let retry = move |_| {
        if let DatasetSource::Remote(resource) = &source {
            resource.refetch();
        }
    };
    let lang = crate::components::use_lang();
    let detail = move || {
        errors
            .get()
            .into_iter()
            .map(|(_, e)| e.to_string())
            .collect::<Vec<_>>()
            .join("; ")
    };
    view! {
        <section class="load-error" role="alert" aria-labelledby="load-error-title">
            <h1 id="load-error-title">{move || strings(lang.get()).error_title}</h1>
            <p>{move || strings(lang.get()).error_text}</p>
            <button type="button" class="button" on:click=retry>
                {move || strings(lang.get()).error_retry}
            </button>
            <details>
                <summary>{move || strings(lang.get()).error_detail}</summary>
                <p class="detail">{detail}</p>
            </details>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
