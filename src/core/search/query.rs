//! A query's words, and what each can match: its stem, longer words it
//! starts, close spellings and glossary synonyms, each with its weight.

use super::fold::{fold, for_each_word, stem, surface_form};
use super::{SearchIndex, Word};
use crate::core::order;

/// Weight of a match by how it was found.
pub(super) const EXACT: f32 = 1.0;
pub(super) const SYNONYM: f32 = 0.9;
pub(super) const PREFIX: f32 = 0.7;
pub(super) const ONE_TYPO: f32 = 0.5;
pub(super) const TWO_TYPOS: f32 = 0.3;

/// Longer queries are cut: nobody types more words, and it bounds the work.
const MAX_QUERY_TERMS: usize = 16;
/// A short prefix ("a") expands to its most frequent words only.
const MAX_PREFIX_WORDS: usize = 48;
const MAX_TYPO_WORDS: usize = 16;

/// One word of the query.
pub(super) struct QueryTerm<'q> {
    pub(super) typed: &'q str,
    pub(super) folded: String,
    pub(super) stem: String,
    /// Lowercase with diacritics, when the word has any (else every folded
    /// match counts as exact).
    pub(super) surface: Option<String>,
}

/// How one query term can match: stems and phrases with their weights.
#[derive(Default)]
pub(super) struct TermMatch {
    pub(super) stems: Vec<(u32, f32)>,
    /// Glossary names of several words, with the document of their entry.
    pub(super) phrases: Vec<(Vec<u32>, f32, u32)>,
    /// Stems from typos and synonyms (with the glossary document that
    /// defines a synonym), reported for highlighting if they matched.
    pub(super) expansions: Vec<(u32, Option<u32>)>,
}

impl TermMatch {
    fn add_stem(&mut self, stem: u32, weight: f32) {
        match self.stems.iter_mut().find(|(s, _)| *s == stem) {
            Some(existing) => existing.1 = existing.1.max(weight),
            None => self.stems.push((stem, weight)),
        }
    }
}

impl SearchIndex {
    pub(super) fn parse_query<'q>(&self, query: &'q str) -> Vec<QueryTerm<'q>> {
        let mut terms = Vec::new();
        for_each_word(query, |start, end| {
            if terms.len() >= MAX_QUERY_TERMS {
                return;
            }
            let typed = &query[start..end];
            let folded = fold(typed);
            if folded.is_empty() {
                return;
            }
            let surface = surface_form(typed);
            terms.push(QueryTerm {
                typed,
                stem: stem(&folded),
                surface: (!surface.is_ascii()).then_some(surface),
                folded,
            });
        });
        terms
    }

    pub(super) fn term_match(&self, term: &QueryTerm, is_last: bool) -> TermMatch {
        let mut result = TermMatch::default();
        if let Some(&id) = self.stem_ids.get(&term.stem) {
            result.add_stem(id, EXACT);
        }
        let length = term.folded.chars().count();
        // The last word may be half typed; longer words may be truncated.
        if is_last || length >= 3 {
            for word in self.prefix_words(&term.folded) {
                result.add_stem(word.stem, PREFIX);
            }
        }
        // A word the texts contain is taken as meant; only unknown words
        // are corrected (else "pristina" would also find "pristupa").
        let known = result
            .stems
            .first()
            .is_some_and(|&(stem, _)| !self.postings[stem as usize].docs.is_empty());
        if !known && (4..=40).contains(&length) {
            let max = if length >= 8 { 2 } else { 1 };
            let found = self.similar_words(&term.folded, max);
            // Only the closest corrections.
            let closest = found.first().map_or(0, |f| f.1);
            for (word, _) in found.into_iter().take_while(|f| f.1 == closest).take(MAX_TYPO_WORDS) {
                let weight = if closest == 1 { ONE_TYPO } else { TWO_TYPOS };
                let before = result.stems.len();
                result.add_stem(word.stem, weight);
                if result.stems.len() > before {
                    result.expansions.push((word.stem, None));
                }
            }
        }
        if let Some(entries) = self.synonym_keys.get(&term.stem) {
            for &entry in entries {
                let expansion = &self.synonym_entries[entry as usize];
                let own_doc = self.first_glossary_doc + entry;
                for &stem in &expansion.single_stems {
                    let before = result.stems.len();
                    result.add_stem(stem, SYNONYM);
                    if result.stems.len() > before {
                        result.expansions.push((stem, Some(own_doc)));
                    }
                }
                for phrase in &expansion.phrases {
                    result.phrases.push((phrase.clone(), SYNONYM, own_doc));
                }
            }
        }
        result
    }

    /// Words starting with `prefix`, the most frequent first if there are many.
    fn prefix_words(&self, prefix: &str) -> Vec<&Word> {
        let start = self.words.partition_point(|w| w.text.as_str() < prefix);
        let mut found: Vec<&Word> = self.words[start..]
            .iter()
            .take_while(|w| w.text.starts_with(prefix))
            .collect();
        if found.len() > MAX_PREFIX_WORDS {
            order::keep_best(&mut found, MAX_PREFIX_WORDS, |a, b| b.count.cmp(&a.count));
        }
        found
    }
}
