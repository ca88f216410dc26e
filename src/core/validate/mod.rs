//! Loading and checking the human-edited files under `data/`. Every problem
//! names the file, the record and the fix, because the people who edit the
//! data are not programmers. The same checks run in `cargo test`, in the
//! build step, and (the reference checks) in the app on load.
//!
//! By responsibility: `load` parses the files into a dataset, `rules` holds
//! the checks of the whole dataset, `fields` the checks of one field (each
//! recording a problem), `editorial` the publisher registry, terminology
//! and coverage, and `dates` calendar dates. Reading the files from disk is
//! not the core's business: see `crate::data_dir`.

mod dates;
mod editorial;
mod fields;
mod load;
mod rules;
#[cfg(test)]
mod tests;

use super::model::*;
pub use dates::{civil_date, days_in_month, is_calendar_date, month_end};
pub use editorial::{coverage_report, Editorial, PublisherRegistry, TermBase};
pub use load::{load, FileKind};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// One file's path (relative to `data/`) and contents.
pub struct DataFile {
    pub path: String,
    pub contents: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub file: String,
    pub record: String,
    pub message: String,
    pub fix: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "data/{}", self.file)?;
        if !self.record.is_empty() {
            write!(f, " [{}]", self.record)?;
        }
        write!(f, ": {}. Fix: {}", self.message, self.fix)
    }
}

/// Where each record came from, so reference errors can name the file.
#[derive(Default)]
struct Origins(HashMap<(&'static str, String), String>);

impl Origins {
    fn file(&self, kind: &'static str, id: &str) -> String {
        self.0.get(&(kind, id.to_string())).cloned().unwrap_or_default()
    }
}

/// Every record's id, per kind (duplicates reported).
struct RecordIds<'d> {
    agreements: HashSet<&'d str>,
    actors: HashSet<&'d str>,
    themes: HashSet<&'d str>,
    sources: HashSet<&'d str>,
    /// `agreement-id#provision-id`, what a `successor` may name.
    provisions: HashSet<String>,
}

struct Checker<'a> {
    problems: Vec<Problem>,
    today: &'a str,
    origins: &'a Origins,
    /// A one-language file's language: the others' texts are left out.
    only_language: Option<&'a str>,
    /// The sources are in a file of their own, this many: references are
    /// positions in it.
    sources_apart: Option<usize>,
}

/// The checks that need the whole dataset. The app runs these on the
/// compiled file too (without file names).
pub fn check(dataset: &Dataset, today: &str) -> Vec<Problem> {
    check_with_origins(dataset, today, &Origins::default(), None)
}

fn check_with_origins(d: &Dataset, today: &str, origins: &Origins, editorial: Option<&Editorial>) -> Vec<Problem> {
    if let Some(problem) = mark_problem(d) {
        return vec![problem];
    }
    let mut c = Checker::new(d, today, origins);
    let ids = c.record_ids(d);
    c.references(d, &ids);
    c.wording(d);
    if let Some(editorial) = editorial {
        editorial.check_sources(&mut c, d);
        editorial.check_wording(&mut c, d);
    }
    c.problems
}

/// What the app checks of a dataset when it loads it: that its records hold
/// together (no duplicate ids, no reference to a record that is not there)
/// and that every source address is plain http(s). The build has already
/// run the full [`check`]; this guards against a damaged or mismatched file.
pub fn check_references(d: &Dataset) -> Vec<Problem> {
    if let Some(problem) = mark_problem(d) {
        return vec![problem];
    }
    let origins = Origins::default();
    let mut c = Checker::new(d, "9999-12-31", &origins);
    let ids = c.record_ids(d);
    c.references(d, &ids);
    c.problems
}

/// A compiled file's marks (`texts_only_in`, `sources_apart`), if they do
/// not describe it: then nothing else in it can be trusted.
fn mark_problem(d: &Dataset) -> Option<Problem> {
    let problem = |record: &str, message: String, fix: &str| Problem {
        file: "the compiled dataset".into(),
        record: record.into(),
        message,
        fix: fix.into(),
    };
    if let Some(key) = d.texts_only_in.as_deref().filter(|key| !Text::LANGUAGES.contains(key)) {
        return Some(problem(
            "texts_only_in",
            format!("`texts_only_in` is `{key}`"),
            "use `en`, `sq` or `sr`, or leave it out when the file has every language",
        ));
    }
    if d.sources_apart.is_some() && !d.sources.is_empty() {
        return Some(problem(
            "sources_apart",
            "`sources_apart` is set, but the file holds sources".into(),
            "leave out either the sources or `sources_apart`",
        ));
    }
    None
}
