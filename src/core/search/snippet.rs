//! Highlighting: which terms to mark, and texts split into marked and plain
//! segments, whole or as a snippet around the first match.

use super::fold::{fold_into, for_each_word, stem};
use super::query::{QueryTerm, TermMatch};
use super::SearchIndex;

impl SearchIndex {
    /// Query stems, plus typo and synonym stems that occur in a final match.
    pub(super) fn highlight_terms(
        &self,
        terms: &[QueryTerm],
        matches: &[TermMatch],
        matched_terms: &[u8],
        all_terms: u8,
    ) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut push = |text: &str| {
            if !text.is_empty() && !out.iter().any(|t| t == text) {
                out.push(text.to_string());
            }
        };
        // A synonym counts only if it matched beyond its own glossary entry
        // (which lists every name).
        let in_results =
            |doc: u32, own_doc: Option<u32>| matched_terms[doc as usize] == all_terms && Some(doc) != own_doc;
        for (term, term_match) in terms.iter().zip(matches) {
            push(&term.stem);
            for &(stem, own_doc) in &term_match.expansions {
                if self.postings[stem as usize]
                    .docs
                    .iter()
                    .any(|&d| in_results(d, own_doc))
                {
                    push(&self.stem_texts[stem as usize]);
                }
            }
            for (phrase, _, own_doc) in &term_match.phrases {
                if self
                    .phrase_counts(phrase)
                    .iter()
                    .any(|&(d, _)| in_results(d, Some(*own_doc)))
                {
                    // Short words of a name (of, i, e) would light up everywhere.
                    for &stem in phrase
                        .iter()
                        .filter(|&&s| self.stem_texts[s as usize].chars().count() >= 4)
                    {
                        push(&self.stem_texts[stem as usize]);
                    }
                }
            }
        }
        out
    }
}

fn word_matches(word: &str, terms: &[String], folded: &mut String) -> bool {
    fold_into(word, folded);
    if folded.is_empty() {
        return false;
    }
    let stemmed = stem(folded);
    terms
        .iter()
        .any(|t| !t.is_empty() && (folded.starts_with(t.as_str()) || stemmed.starts_with(t.as_str())))
}

/// Byte spans of the words of `text` and whether each matches a term.
fn word_spans(text: &str, terms: &[String]) -> Vec<(usize, usize, bool)> {
    let mut spans = Vec::new();
    let mut folded = String::new();
    for_each_word(text, |start, end| {
        let matched = word_matches(&text[start..end], terms, &mut folded);
        spans.push((start, end, matched));
    });
    spans
}

/// Splits `text` (any script) into segments; `true` marks a word whose folded
/// form (or its stem) starts with a term. Other text is merged into
/// unmarked segments.
pub fn highlight(text: &str, terms: &[String]) -> Vec<(String, bool)> {
    segments(text, 0, text.len(), &word_spans(text, terms))
}

fn segments(text: &str, from: usize, to: usize, spans: &[(usize, usize, bool)]) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut plain_start = from;
    for &(start, end, matched) in spans {
        if !matched || start < from || end > to {
            continue;
        }
        if start > plain_start {
            out.push((text[plain_start..start].to_string(), false));
        }
        out.push((text[start..end].to_string(), true));
        plain_start = end;
    }
    if to > plain_start {
        out.push((text[plain_start..to].to_string(), false));
    }
    out
}

/// About `max_chars` characters of `text` around its first matching word,
/// cut at whole words with "…" where cut, highlighted like [`highlight`].
/// Without a match, the start of the text.
pub fn snippet(text: &str, terms: &[String], max_chars: usize) -> Vec<(String, bool)> {
    let spans = word_spans(text, terms);
    if text.chars().count() <= max_chars || spans.is_empty() {
        return segments(text, 0, text.len(), &spans);
    }
    // Character offsets of each word's start and end, in one pass.
    let mut char_offsets = Vec::with_capacity(spans.len());
    let (mut byte, mut chars) = (0usize, 0usize);
    let mut advance = |to: usize| {
        chars += text[byte..to].chars().count();
        byte = to;
        chars
    };
    for &(start, end, _) in &spans {
        let start_char = advance(start);
        char_offsets.push((start_char, advance(end)));
    }
    let first_match = spans.iter().position(|s| s.2).unwrap_or(0);
    // A few words of context before the match, about a third of the budget.
    let context = max_chars / 3;
    let match_char = char_offsets[first_match].0;
    let mut first_word = first_match;
    while first_word > 0 && match_char - char_offsets[first_word - 1].0 <= context {
        first_word -= 1;
    }
    let from_char = if first_word == 0 { 0 } else { char_offsets[first_word].0 };
    // The last word that ends within the budget (at least the first word).
    let mut last_word = first_word;
    while last_word + 1 < spans.len() && char_offsets[last_word + 1].1 - from_char <= max_chars {
        last_word += 1;
    }
    let from = if first_word == 0 { 0 } else { spans[first_word].0 };
    let to = if last_word + 1 == spans.len() {
        text.len()
    } else {
        spans[last_word].1
    };
    let mut out = segments(text, from, to, &spans);
    if from > 0 {
        out.insert(0, ("…".to_string(), false));
    }
    if to < text.len() {
        out.push(("…".to_string(), false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlight_marks_matching_words_in_any_script() {
        let terms = vec!["pristin".to_string(), "plat".to_string()];
        assert_eq!(
            highlight("Plates in Приштина.", &terms),
            [
                ("Plates".to_string(), true),
                (" in ".to_string(), false),
                ("Приштина".to_string(), true),
                (".".to_string(), false)
            ]
        );
        assert_eq!(highlight("nothing", &terms), [("nothing".to_string(), false)]);
        assert!(highlight("", &terms).is_empty());
        assert!(highlight("boundaries", &["boundary".to_string()])[0].1);
    }

    #[test]
    fn snippet_is_a_window_around_the_first_match() {
        let text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
        let terms = vec!["nine".to_string()];
        let parts = snippet(text, &terms, 30);
        let joined: String = parts.iter().map(|p| p.0.as_str()).collect();
        assert!(joined.starts_with('…') && joined.ends_with('…'), "{joined}");
        assert!(parts.contains(&("nine".to_string(), true)));
        assert!(joined.chars().count() <= 32, "{joined}");
        // No match: the start of the text.
        let start: String = snippet(text, &["zzz".to_string()], 12)
            .iter()
            .map(|p| p.0.as_str())
            .collect();
        assert_eq!(start, "one two…");
        // Short texts are whole.
        assert_eq!(snippet("one nine", &terms, 30).len(), 2);
    }
}
