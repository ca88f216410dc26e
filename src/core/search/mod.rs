//! Full-text search over every record in all three languages, whatever the
//! interface language: folding (case, diacritics, Serbian Cyrillic), light
//! stemming, prefix and typo matching, glossary synonyms, BM25 ranking,
//! facets and "did you mean". Pure Rust (std and rustc-hash): it runs natively in
//! tests and in wasm.
//!
//! The index is built once from the dataset; a query touches only postings
//! lists (u32 document ids) and a few dense per-query arrays.
//!
//! By responsibility: [`fold`] (case, diacritics, script, words, stems),
//! `index` (building), `query` (what each query word can match), `rank`
//! (matching and BM25 ranking), `facets`, `snippet` (highlighting) and
//! `suggest` (typo matching and "did you mean").

mod facets;
mod fold;
mod index;
mod query;
mod rank;
mod snippet;
mod suggest;
#[cfg(test)]
mod tests;

pub use fold::fold;
pub use snippet::{highlight, snippet};

use crate::core::model::keyed_enum;
use index::{Doc, Postings, SynonymEntry, Word};
use std::collections::HashMap;

/// FxHash, as in rustc (the `rustc-hash` crate). Building the index hashes
/// every word of every text; std's SipHash resists hash flooding, which buys
/// nothing for our own texts and costs several times more. The maps are only
/// looked up, never iterated, so the hash cannot change any result.
type FastMap<K, V> = HashMap<K, V, rustc_hash::FxBuildHasher>;

// ---------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKind {
    // In the order of `ALL`, which is the order of the kind facet (its
    // counts are kept by discriminant).
    Guide,
    Theme,
    Agreement,
    Provision,
    Event,
    Actor,
    Glossary,
}

keyed_enum!(RecordKind {
    Guide = "guide",
    Theme = "theme",
    Agreement = "agreement",
    Provision = "provision",
    Event = "event",
    Actor = "actor",
    Glossary = "glossary",
});

impl RecordKind {
    /// How much a match in this kind of record counts: a reader's question
    /// is best answered by a guide, a topic by its page, an agreement's name
    /// by the agreement rather than by a glossary entry that defines it.
    fn weight(self) -> f32 {
        match self {
            RecordKind::Guide => 3.0,
            RecordKind::Theme => 2.5,
            RecordKind::Agreement => 1.5,
            RecordKind::Glossary => 0.8,
            RecordKind::Provision | RecordKind::Event | RecordKind::Actor => 1.0,
        }
    }
}

/// Where a hit lives: `index` into `data.agreements/events/actors/glossary`;
/// `sub` is the provision index for provisions, else 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RecordRef {
    pub kind: RecordKind,
    pub index: usize,
    pub sub: usize,
}

/// Facet filters with the values used in the URL. An empty string is no
/// filter; an unknown value matches nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub kind: Option<String>,
    pub year: Option<String>,
    pub theme: Option<String>,
    /// `newest`: by date, newest first, instead of by relevance.
    pub sort: Option<String>,
}

impl Filters {
    /// Reads the query pairs (`kind`, `year`, `theme`, `sort`); empty values
    /// are no filter.
    pub fn from_pairs<'a>(get: impl Fn(&str) -> Option<&'a str>) -> Filters {
        let value = |key: &str| get(key).filter(|v| !v.is_empty()).map(str::to_string);
        Filters {
            kind: value("kind"),
            year: value("year"),
            theme: value("theme"),
            sort: value("sort"),
        }
    }

    /// The search page's query for the words `q` under these filters, which
    /// `from_pairs` (and `q`) read back; "" when both are empty.
    pub fn to_query(&self, q: &str) -> String {
        let value = |v: &Option<String>| v.clone().unwrap_or_default();
        let (kind, year, theme, sort) = (
            value(&self.kind),
            value(&self.year),
            value(&self.theme),
            value(&self.sort),
        );
        crate::core::routes::build_query(&[
            ("q", q),
            ("kind", &kind),
            ("year", &year),
            ("theme", &theme),
            ("sort", &sort),
        ])
    }

    /// These filters with one replaced (`None` or "" clears it).
    pub fn with(&self, key: &str, value: Option<&str>) -> Filters {
        let value = value.filter(|v| !v.is_empty()).map(str::to_string);
        let mut next = self.clone();
        match key {
            "kind" => next.kind = value,
            "year" => next.year = value,
            "theme" => next.theme = value,
            "sort" => next.sort = value,
            _ => {}
        }
        next
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    pub record: RecordRef,
    pub score: f32,
}

/// Counts over the query's matches; each dimension ignores its own filter
/// (so the user can switch between its values) but applies the others.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    pub kind: Vec<(String, usize)>,
    pub year: Vec<(String, usize)>,
    pub theme: Vec<(String, usize)>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Results {
    /// Best first, at most `limit`.
    pub hits: Vec<Hit>,
    /// Matches after filters.
    pub total: usize,
    pub facets: Facets,
    /// A corrected query when nothing matched.
    pub suggestion: Option<String>,
    /// Folded terms to highlight (query stems plus synonyms and typo
    /// corrections that matched); use with [`highlight`] and [`snippet`].
    pub terms: Vec<String>,
}

pub struct SearchIndex {
    docs: Vec<Doc>,
    /// `doc_themes[theme_starts[d]..theme_starts[d + 1]]`: theme ids of doc d.
    theme_starts: Vec<u32>,
    doc_themes: Vec<u16>,
    theme_names: Vec<String>,
    average_length: f32,
    stem_ids: FastMap<String, u32>,
    stem_texts: Vec<String>,
    postings: Vec<Postings>,
    /// Sorted by text, for prefix ranges.
    words: Vec<Word>,
    /// Word indices by length in characters (words without digits), for typos.
    words_by_length: Vec<Vec<u32>>,
    /// Lowercase words written with diacritics → documents containing them,
    /// to rank exact-diacritics matches first.
    surface_docs: FastMap<String, Vec<u32>>,
    /// Stem of an alias or acronym → glossary entries it names.
    synonym_keys: FastMap<String, Vec<u32>>,
    synonym_entries: Vec<SynonymEntry>,
    /// Glossary entry `i` is document `first_glossary_doc + i`.
    first_glossary_doc: u32,
}
