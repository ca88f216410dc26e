//! Facet filters (kind, year, theme) and their counts over a query's matches.

use super::{Facets, Filters, RecordKind, SearchIndex};
use crate::core::order;
use std::collections::HashMap;

/// A parsed filter: `None` = no filter, `Some(None)` = a value that matches
/// nothing.
pub(super) struct ParsedFilters {
    pub(super) kind: Option<Option<RecordKind>>,
    pub(super) year: Option<Option<u16>>,
    pub(super) theme: Option<Option<u16>>,
}

fn non_empty(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl SearchIndex {
    pub(super) fn parse_filters(&self, filters: &Filters) -> ParsedFilters {
        ParsedFilters {
            kind: non_empty(&filters.kind).map(RecordKind::from_key),
            year: non_empty(&filters.year).map(|y| y.parse::<u16>().ok().filter(|&y| y > 0)),
            theme: non_empty(&filters.theme).map(|t| self.theme_names.iter().position(|n| n == t).map(|i| i as u16)),
        }
    }

    fn themes_of(&self, doc: u32) -> &[u16] {
        let d = doc as usize;
        &self.doc_themes[self.theme_starts[d] as usize..self.theme_starts[d + 1] as usize]
    }

    /// Whether `doc` passes the filters, each dimension only if asked
    /// (kind, year, theme).
    pub(super) fn passes(&self, doc: u32, filters: &ParsedFilters, check: (bool, bool, bool)) -> bool {
        let meta = &self.docs[doc as usize];
        let kind_ok = !check.0 || filters.kind.is_none_or(|k| k == Some(meta.record.kind));
        let year_ok = !check.1 || filters.year.is_none_or(|y| y == Some(meta.year));
        let theme_ok = !check.2
            || filters
                .theme
                .is_none_or(|t| t.is_some_and(|t| self.themes_of(doc).contains(&t)));
        kind_ok && year_ok && theme_ok
    }

    pub(super) fn facets(&self, candidates: &[u32], filters: &ParsedFilters) -> Facets {
        let mut kinds = [0usize; RecordKind::ALL.len()];
        let mut years: HashMap<u16, usize> = HashMap::new();
        let mut themes = vec![0usize; self.theme_names.len()];
        for &doc in candidates {
            let meta = &self.docs[doc as usize];
            if self.passes(doc, filters, (false, true, true)) {
                kinds[meta.record.kind as usize] += 1;
            }
            if meta.year > 0 && self.passes(doc, filters, (true, false, true)) {
                *years.entry(meta.year).or_default() += 1;
            }
            if self.passes(doc, filters, (true, true, false)) {
                for &t in self.themes_of(doc) {
                    themes[t as usize] += 1;
                }
            }
        }
        let kind = RecordKind::ALL
            .iter()
            .zip(kinds)
            .filter(|(_, n)| *n > 0)
            .map(|(k, n)| (k.key().to_string(), n))
            .collect();
        let mut year: Vec<(u16, usize)> = years.into_iter().collect();
        order::sort_by_key(&mut year, |&(y, _)| std::cmp::Reverse(y));
        let mut theme: Vec<(String, usize)> = self
            .theme_names
            .iter()
            .zip(themes)
            .filter(|(_, n)| *n > 0)
            .map(|(name, n)| (name.clone(), n))
            .collect();
        order::sort_by(&mut theme, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Facets {
            kind,
            year: year.into_iter().map(|(y, n)| (format!("{y:04}"), n)).collect(),
            theme,
        }
    }
}
