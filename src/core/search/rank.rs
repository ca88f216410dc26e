//! Matching and ranking: documents must match every query word; BM25 scores
//! weighted by how each word matched and by the record's kind, exact phrases
//! and exact diacritics first.

use super::query::{TermMatch, PREFIX};
use super::{Filters, Hit, Results, SearchIndex};
use crate::core::model::Dataset;
use crate::core::order;

const K1: f32 = 1.2;
const B: f32 = 0.75;

/// Candidates checked for an exact phrase (positions are costlier than scores).
const PHRASE_CANDIDATES: usize = 200;

/// A match being ranked.
struct Ranked {
    phrase: bool,
    exact: bool,
    score: f32,
    doc: u32,
}

impl SearchIndex {
    /// Records matching every word of `query` (in any field and language),
    /// best first, at most `limit`, with facets, a "did you mean" when
    /// nothing matched and the terms to highlight. A query without words
    /// (empty, spaces, punctuation, emoji) gives empty results.
    pub fn search(&self, data: &Dataset, query: &str, filters: &Filters, limit: usize) -> Results {
        // The dataset is only needed to know it matches the index; records
        // are reached through `RecordRef`.
        debug_assert!(self.docs.len() >= data.agreements.len() + data.events.len());
        let terms = self.parse_query(query);
        if terms.is_empty() {
            return Results::default();
        }
        let matches: Vec<TermMatch> = terms
            .iter()
            .enumerate()
            .map(|(i, term)| self.term_match(term, i + 1 == terms.len()))
            .collect();

        // Documents must match every term; a term scores by its best variant.
        let doc_count = self.docs.len();
        let mut matched_terms = vec![0u8; doc_count];
        let mut term_best = vec![0f32; doc_count];
        let mut scores = vec![0f32; doc_count];
        let mut candidates: Vec<u32> = Vec::new();
        let mut next_candidates: Vec<u32> = Vec::new();
        let mut empty_terms = Vec::new();
        for (t, term_match) in matches.iter().enumerate() {
            let before = t as u8;
            let mut any = false;
            let mut visit = |doc: u32, score: f32| {
                let d = doc as usize;
                if matched_terms[d] == before {
                    matched_terms[d] = before + 1;
                    term_best[d] = score;
                    next_candidates.push(doc);
                } else if matched_terms[d] == before + 1 && score > term_best[d] {
                    term_best[d] = score;
                }
            };
            for &(stem, weight) in &term_match.stems {
                let postings = &self.postings[stem as usize];
                any |= !postings.docs.is_empty();
                let idf = self.idf(postings.docs.len());
                for (&doc, &tf) in postings.docs.iter().zip(&postings.weights) {
                    visit(doc, weight * idf * self.saturate(tf, doc));
                }
            }
            for (phrase, weight, _) in &term_match.phrases {
                let idf = phrase
                    .iter()
                    .map(|&s| self.idf(self.postings[s as usize].docs.len()))
                    .fold(0.0, f32::max);
                for (doc, count) in self.phrase_counts(phrase) {
                    any = true;
                    visit(doc, weight * idf * self.saturate(count as f32, doc));
                }
            }
            if !any {
                empty_terms.push(t);
            }
            for &doc in &next_candidates {
                scores[doc as usize] += term_best[doc as usize];
            }
            std::mem::swap(&mut candidates, &mut next_candidates);
            next_candidates.clear();
        }

        let all_terms = terms.len() as u8;
        let parsed = self.parse_filters(filters);
        let facets = self.facets(&candidates, &parsed);
        let suggestion = if candidates.is_empty() {
            self.suggestion(&terms, &empty_terms)
        } else {
            None
        };
        let mut filtered: Vec<u32> = candidates
            .iter()
            .copied()
            .filter(|&d| self.passes(d, &parsed, (true, true, true)))
            .collect();
        let total = filtered.len();

        // Exact diacritics outrank folded-only matches.
        let surfaces: Vec<&Vec<u32>> = terms
            .iter()
            .filter_map(|t| t.surface.as_ref())
            .map(|s| self.surface_docs.get(s).unwrap_or(&EMPTY))
            .collect();
        let is_exact = |doc: u32| surfaces.iter().all(|docs| docs.binary_search(&doc).is_ok());
        let mut ranked: Vec<Ranked> = filtered
            .drain(..)
            .map(|doc| Ranked {
                phrase: false,
                exact: is_exact(doc),
                score: scores[doc as usize] * self.docs[doc as usize].record.kind.weight(),
                doc,
            })
            .collect();
        let newest = filters.sort.as_deref() == Some("newest");
        // Best first: phrase, exact diacritics, score, newer, then stable.
        let best_first = |a: &Ranked, b: &Ranked| {
            let by_date = self.docs[b.doc as usize].date.cmp(&self.docs[a.doc as usize].date);
            (if newest { by_date } else { std::cmp::Ordering::Equal })
                .then(b.phrase.cmp(&a.phrase))
                .then(b.exact.cmp(&a.exact))
                .then(b.score.total_cmp(&a.score))
                .then(self.docs[b.doc as usize].date.cmp(&self.docs[a.doc as usize].date))
                .then(a.doc.cmp(&b.doc))
        };
        let keep = limit.max(PHRASE_CANDIDATES).min(ranked.len());
        if keep < ranked.len() {
            order::keep_best(&mut ranked, keep, best_first);
        }
        // An exact phrase (the query's words adjacent in one field) outranks
        // everything else. Checked on the best candidates only: positions
        // cost more than scores, and a phrase match rarely scores low.
        if terms.len() > 1 {
            for entry in &mut ranked {
                entry.phrase = self.has_phrase(entry.doc, &matches);
            }
        }
        order::sort_by(&mut ranked, best_first);
        ranked.truncate(limit);
        let hits = ranked
            .iter()
            .map(|r| Hit {
                record: self.docs[r.doc as usize].record,
                score: r.score,
            })
            .collect();

        let highlight_terms = self.highlight_terms(&terms, &matches, &matched_terms, all_terms);
        Results {
            hits,
            total,
            facets,
            suggestion,
            terms: highlight_terms,
        }
    }

    fn idf(&self, df: usize) -> f32 {
        let n = self.docs.len() as f32;
        let df = df as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// BM25 term-frequency saturation with length normalisation.
    fn saturate(&self, tf: f32, doc: u32) -> f32 {
        let length = self.docs[doc as usize].length;
        let norm = K1 * (1.0 - B + B * length / self.average_length);
        tf * (K1 + 1.0) / (tf + norm)
    }

    /// Documents containing the stems in sequence, with how often.
    pub(super) fn phrase_counts(&self, phrase: &[u32]) -> Vec<(u32, u32)> {
        let mut found = Vec::new();
        // Walk the documents of the rarest word; look the others up.
        let Some(rarest) = phrase
            .iter()
            .map(|&stem| &self.postings[stem as usize])
            .min_by_key(|postings| postings.docs.len())
        else {
            return found;
        };
        let mut positions: Vec<&[u32]> = Vec::with_capacity(phrase.len());
        'docs: for &doc in &rarest.docs {
            positions.clear();
            for &stem in phrase {
                match self.postings[stem as usize].positions_in(doc) {
                    Some(p) => positions.push(p),
                    None => continue 'docs,
                }
            }
            let count = positions[0]
                .iter()
                .filter(|&&start| {
                    positions[1..]
                        .iter()
                        .enumerate()
                        .all(|(k, p)| p.binary_search(&(start + k as u32 + 1)).is_ok())
                })
                .count();
            if count > 0 {
                found.push((doc, count as u32));
            }
        }
        found
    }

    /// Whether the query's words (exact or prefix forms) appear adjacent.
    fn has_phrase(&self, doc: u32, matches: &[TermMatch]) -> bool {
        let positions_of = |term_match: &TermMatch| -> Vec<u32> {
            let mut positions: Vec<u32> = term_match
                .stems
                .iter()
                .filter(|(_, weight)| *weight >= PREFIX)
                .filter_map(|&(stem, _)| self.postings[stem as usize].positions_in(doc))
                .flatten()
                .copied()
                .collect();
            // std's sort here (see core::order): a query sorts these for every candidate.
            positions.sort_unstable();
            positions
        };
        let mut starts = positions_of(&matches[0]);
        for (offset, term_match) in matches.iter().enumerate().skip(1) {
            if starts.is_empty() {
                return false;
            }
            let next = positions_of(term_match);
            starts.retain(|&p| next.binary_search(&(p + offset as u32)).is_ok());
        }
        !starts.is_empty()
    }
}

static EMPTY: Vec<u32> = Vec::new();
