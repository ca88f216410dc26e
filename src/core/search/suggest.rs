//! Words close to a misspelt one: typo matching for the query and the
//! "did you mean" when nothing matched.

use super::query::QueryTerm;
use super::{SearchIndex, Word};
use crate::core::order;

/// Optimal-string-alignment (Damerau) distance if it is at most `max`.
fn edit_distance_within(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // Words are short; three rolling rows on the stack avoid allocation.
    const CAP: usize = 48;
    if a.len() >= CAP || b.len() >= CAP {
        return None;
    }
    let mut before = [0usize; CAP];
    let mut previous = [0usize; CAP];
    let mut current = [0usize; CAP];
    for (j, cell) in previous.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            current[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        before = previous;
        previous = current;
    }
    let d = previous[b.len()];
    (d <= max).then_some(d)
}

/// Which letters a word contains, as bits: one edit changes at most two bits,
/// so most vocabulary words are rejected before computing a distance.
pub(super) fn letter_mask(word: &str) -> u64 {
    word.chars().fold(0u64, |mask, c| mask | 1u64 << (c as u32 % 64))
}

impl SearchIndex {
    /// Vocabulary words within `max` edits of `folded` (itself excluded),
    /// closest then most frequent first.
    pub(super) fn similar_words(&self, folded: &str, max: usize) -> Vec<(&Word, usize)> {
        let query: Vec<char> = folded.chars().collect();
        let mask = letter_mask(folded);
        let mut found = Vec::new();
        let mut chars: Vec<char> = Vec::with_capacity(48);
        let lengths = query.len().saturating_sub(max)..=query.len() + max;
        for length in lengths {
            let Some(bucket) = self.words_by_length.get(length) else {
                continue;
            };
            for &w in bucket {
                let word = &self.words[w as usize];
                if (word.mask ^ mask).count_ones() as usize > 2 * max || word.text == folded {
                    continue;
                }
                chars.clear();
                chars.extend(word.text.chars());
                if let Some(d) = edit_distance_within(&query, &chars, max) {
                    found.push((word, d));
                }
            }
        }
        order::sort_by(&mut found, |a, b| a.1.cmp(&b.1).then(b.0.count.cmp(&a.0.count)));
        found
    }

    /// The query with each word that matched nothing replaced by the closest
    /// frequent vocabulary word (up to two edits).
    pub(super) fn suggestion(&self, terms: &[QueryTerm], empty_terms: &[usize]) -> Option<String> {
        let mut corrected = false;
        let words: Vec<String> = terms
            .iter()
            .enumerate()
            .map(|(i, term)| {
                let length = term.folded.chars().count();
                if empty_terms.contains(&i) && (3..=40).contains(&length) {
                    let max = if length >= 5 { 2 } else { 1 };
                    if let Some((word, _)) = self.similar_words(&term.folded, max).first() {
                        corrected = true;
                        return word.text.clone();
                    }
                }
                term.typed.to_string()
            })
            .collect();
        corrected.then(|| words.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_is_bounded_damerau() {
        let d = |a: &str, b: &str, max| {
            let a: Vec<char> = a.chars().collect();
            let b: Vec<char> = b.chars().collect();
            edit_distance_within(&a, &b, max)
        };
        assert_eq!(d("agrement", "agreement", 2), Some(1));
        assert_eq!(d("agreemnet", "agreement", 1), Some(1));
        assert_eq!(d("kosovo", "kosovo", 1), Some(0));
        assert_eq!(d("brusels", "bruksel", 2), Some(2));
        assert_eq!(d("abcdef", "uvwxyz", 2), None);
        assert_eq!(d("a", "abcd", 2), None);
    }
}
