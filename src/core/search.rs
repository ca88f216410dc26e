//! Full-text search over every record in all three languages, whatever the
//! interface language: folding (case, diacritics, Serbian Cyrillic), light
//! stemming, prefix and typo matching, glossary synonyms, BM25 ranking,
//! facets and "did you mean". Pure Rust (std and rustc-hash): it runs natively in
//! tests and in wasm.
//!
//! The index is built once from the dataset; a query touches only postings
//! lists (u32 document ids) and a few dense per-query arrays.

use super::model::{Dataset, Text};
use super::order;
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
    // In the order of `ALL` (the facet counts are kept by discriminant).
    Guide,
    Theme,
    Agreement,
    Provision,
    Event,
    Actor,
    Glossary,
}

impl RecordKind {
    /// Also the order of the kind facet.
    pub const ALL: [RecordKind; 7] = [
        RecordKind::Guide,
        RecordKind::Theme,
        RecordKind::Agreement,
        RecordKind::Provision,
        RecordKind::Event,
        RecordKind::Actor,
        RecordKind::Glossary,
    ];

    pub fn key(self) -> &'static str {
        match self {
            RecordKind::Agreement => "agreement",
            RecordKind::Provision => "provision",
            RecordKind::Event => "event",
            RecordKind::Actor => "actor",
            RecordKind::Glossary => "glossary",
            RecordKind::Guide => "guide",
            RecordKind::Theme => "theme",
        }
    }

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

    pub fn from_key(key: &str) -> Option<RecordKind> {
        RecordKind::ALL.into_iter().find(|k| k.key() == key)
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

// ---------------------------------------------------------------------------
// Folding and tokenising
// ---------------------------------------------------------------------------

/// Lowercase, without diacritics, Serbian Cyrillic in Latin: `Приштина`,
/// `Priština` and `pristina` all fold to `pristina`. Other characters
/// (punctuation, other scripts) are kept.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_folded(c, &mut out);
    }
    out
}

fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for lower in c.to_lowercase() {
        if let Some(latin) = cyrillic_to_latin(lower) {
            for l in latin.chars() {
                push_folded_latin(l, out);
            }
        } else {
            push_folded_latin(lower, out);
        }
    }
}

fn push_folded_latin(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c);
    } else if is_combining_mark(c) {
        // Decomposed accents (e + U+0308) fold like precomposed ones.
    } else if let Some(plain) = latin_without_diacritics(c) {
        out.push_str(plain);
    } else {
        out.push(c);
    }
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// Characters that make up words in the original text.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Lowercase accented Latin letters (Latin-1 and Latin Extended-A, plus the
/// Romanian commas) without their marks. `đ` is `dj`, as Serbian writes it
/// when diacritics are missing.
fn latin_without_diacritics(c: char) -> Option<&'static str> {
    Some(match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ð' | 'ď' => "d",
        'đ' => "dj",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' => "n",
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ß' => "ss",
        'þ' => "th",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ŵ' => "w",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// Lowercase Cyrillic in Serbian Latin, diacritics kept (the reverse of
/// `translit::to_cyrillic`), plus a few Russian letters so pasted names work.
fn cyrillic_to_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'ђ' => "đ",
        'е' | 'ё' | 'э' => "e",
        'ж' => "ž",
        'з' => "z",
        'и' => "i",
        'ј' | 'й' => "j",
        'к' => "k",
        'л' => "l",
        'љ' => "lj",
        'м' => "m",
        'н' => "n",
        'њ' => "nj",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ћ' => "ć",
        'у' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "c",
        'ч' => "č",
        'џ' => "dž",
        'ш' => "š",
        'щ' => "šč",
        'ы' => "y",
        'ю' => "ju",
        'я' => "ja",
        'ъ' | 'ь' => "",
        _ => return None,
    })
}

/// `text` lowercased with Cyrillic in Latin but diacritics kept: what the
/// query "as typed" looks like in the stored (Latin) texts.
fn surface_form(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    surface_form_into(word, &mut out);
    out
}

fn surface_form_into(word: &str, out: &mut String) {
    out.clear();
    for c in word.chars() {
        for lower in c.to_lowercase() {
            match cyrillic_to_latin(lower) {
                Some(latin) => out.push_str(latin),
                None => out.push(lower),
            }
        }
    }
}

/// Calls `f(start, end)` with the byte span of every word of `text`. A `+`
/// or any other punctuation separates words, so `+383` is the word `383`.
fn for_each_word(text: &str, mut f: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let mut start = None;
    let mut i = 0;
    while i < bytes.len() {
        // Most text is ASCII: decode characters only when it is not.
        let (is_word, width) = if bytes[i].is_ascii() {
            (bytes[i].is_ascii_alphanumeric(), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (is_word_char(c), c.len_utf8())
        };
        match (is_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                f(s, i);
                start = None;
            }
            _ => {}
        }
        i += width;
    }
    if let Some(s) = start {
        f(s, text.len());
    }
}

fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        push_folded(c, out);
    }
}

// ---------------------------------------------------------------------------
// Stemming
// ---------------------------------------------------------------------------

/// Stems are never shorter than this (in characters).
const MIN_STEM: usize = 3;

/// Common inflection endings of English, Albanian and Serbian (folded),
/// longest first so the longest applicable one wins. Deliberately few: the
/// same stemmer runs on the index and the query, so a rough cut is enough for
/// word families to meet, and prefix and typo matching cover the rest.
const SUFFIXES: &[&str] = &[
    "ijama", "ijima", // sr: -ija nouns, dative/instrumental plural
    "ijom", "jeve", "ings", // sr instr.; sq gen. pl. (marrëveshjeve); en
    "ija", "ije", "iji", "iju", // sr -ija nouns (telekomunikacija)
    "ima", "ama", // sr plural
    "ave", "eve", "jes", "jet", "jen", // sq plural and definite forms
    "ing", // en
    // Not "ve" or "ova": Kosovë, Kosova and Kosovo must stay "kosov".
    "om", "es", "ed", "it", "in", "et", "at", "en", "ja", "je", // en/sq/sr
    "s", "a", "e", "i", "u", "o", // plural and case endings
];

/// The stem of a folded word. Words with digits (years, `383`) stay whole.
pub(crate) fn stem(word: &str) -> String {
    if word.bytes().any(|b| b.is_ascii_digit()) {
        return word.to_string();
    }
    // en: boundaries → boundary, as the singular is written.
    if let Some(base) = word.strip_suffix("ies") {
        if base.chars().count() >= MIN_STEM {
            return format!("{base}y");
        }
    }
    // Two rounds so stacked endings meet (meetings → meeting → meet,
    // marrëveshjet → marrëveshje... → marrevesh).
    let mut current = word;
    for _ in 0..2 {
        let stripped = SUFFIXES
            .iter()
            .find_map(|s| current.strip_suffix(s).filter(|rest| rest.chars().count() >= MIN_STEM));
        match stripped {
            Some(rest) => current = rest,
            None => break,
        }
    }
    current.to_string()
}

// ---------------------------------------------------------------------------
// Edit distance
// ---------------------------------------------------------------------------

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
fn letter_mask(word: &str) -> u64 {
    word.chars().fold(0u64, |mask, c| mask | 1u64 << (c as u32 % 64))
}

// ---------------------------------------------------------------------------
// The index
// ---------------------------------------------------------------------------

/// Postings of one stem: documents ascending, with the field-weighted term
/// frequency and the positions (for phrases).
#[derive(Clone, Debug, Default)]
struct Postings {
    docs: Vec<u32>,
    weights: Vec<f32>,
    /// `positions[position_starts[i]..position_starts[i + 1]]` for `docs[i]`.
    position_starts: Vec<u32>,
    positions: Vec<u32>,
}

impl Postings {
    fn positions_in(&self, doc: u32) -> Option<&[u32]> {
        let i = self.docs.binary_search(&doc).ok()?;
        Some(&self.positions[self.position_starts[i] as usize..self.position_starts[i + 1] as usize])
    }
}

/// A distinct folded (unstemmed) word of the vocabulary.
#[derive(Clone, Debug)]
struct Word {
    text: String,
    stem: u32,
    /// Occurrences in the dataset, to prefer frequent words.
    count: u32,
    mask: u64,
}

#[derive(Clone, Debug)]
struct Doc {
    record: RecordRef,
    /// YYYYMMDD as a number (0 if undated), for recency ties.
    date: u32,
    /// 0 if none.
    year: u16,
    length: f32,
}

/// What a glossary entry's names expand to.
#[derive(Clone, Debug, Default)]
struct SynonymEntry {
    single_stems: Vec<u32>,
    phrases: Vec<Vec<u32>>,
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

const K1: f32 = 1.2;
const B: f32 = 0.75;

/// Positions skipped between fields so a phrase never spans two of them.
const FIELD_GAP: u32 = 2;

/// Weight of a match by how it was found.
const EXACT: f32 = 1.0;
const SYNONYM: f32 = 0.9;
const PREFIX: f32 = 0.7;
const ONE_TYPO: f32 = 0.5;
const TWO_TYPOS: f32 = 0.3;

/// Longer queries are cut: nobody types more words, and it bounds the work.
const MAX_QUERY_TERMS: usize = 16;
/// A short prefix ("a") expands to its most frequent words only.
const MAX_PREFIX_WORDS: usize = 48;
const MAX_TYPO_WORDS: usize = 16;
/// Candidates checked for an exact phrase (positions are costlier than scores).
const PHRASE_CANDIDATES: usize = 200;

/// Collects one document's tokens while the index is built.
struct DocBuilder<'a> {
    builder: &'a mut IndexBuilder,
    doc: u32,
    position: u32,
    length: f32,
}

#[derive(Default)]
struct IndexBuilder {
    word_ids: FastMap<String, u32>,
    /// (text, stem id, count) by word id.
    words: Vec<(String, u32, u32)>,
    stem_ids: FastMap<String, u32>,
    stem_texts: Vec<String>,
    postings: Vec<Postings>,
    surface_docs: FastMap<String, Vec<u32>>,
    /// (stem, position, weight) of the current document.
    tokens: Vec<(u32, u32, f32)>,
    folded: String,
    surface: String,
}

impl IndexBuilder {
    fn stem_of_word(&mut self, folded: &str) -> u32 {
        if let Some(&id) = self.word_ids.get(folded) {
            self.words[id as usize].2 += 1;
            return self.words[id as usize].1;
        }
        let stem_text = stem(folded);
        let stem_id = self.intern_stem(stem_text);
        self.word_ids.insert(folded.to_string(), self.words.len() as u32);
        self.words.push((folded.to_string(), stem_id, 1));
        stem_id
    }

    fn intern_stem(&mut self, stem_text: String) -> u32 {
        if let Some(&id) = self.stem_ids.get(&stem_text) {
            return id;
        }
        let id = self.stem_texts.len() as u32;
        self.stem_ids.insert(stem_text.clone(), id);
        self.stem_texts.push(stem_text);
        self.postings.push(Postings::default());
        id
    }
}

impl DocBuilder<'_> {
    fn field(&mut self, text: &str, weight: f32) {
        let b = &mut *self.builder;
        let mut folded = std::mem::take(&mut b.folded);
        let mut surface = std::mem::take(&mut b.surface);
        for_each_word(text, |start, end| {
            let word = &text[start..end];
            fold_into(word, &mut folded);
            if folded.is_empty() {
                return;
            }
            let stem_id = b.stem_of_word(&folded);
            b.tokens.push((stem_id, self.position, weight));
            self.position += 1;
            self.length += weight;
            if !word.is_ascii() {
                surface_form_into(word, &mut surface);
                match b.surface_docs.get_mut(surface.as_str()) {
                    Some(docs) if docs.last() == Some(&self.doc) => {}
                    Some(docs) => docs.push(self.doc),
                    None => {
                        b.surface_docs.insert(surface.clone(), vec![self.doc]);
                    }
                }
            }
        });
        b.folded = folded;
        b.surface = surface;
        self.position += FIELD_GAP;
    }

    fn text(&mut self, text: &Text, weight: f32) {
        self.field(&text.en, weight);
        self.field(&text.sq, weight);
        self.field(&text.sr, weight);
    }

    /// Moves the document's tokens into the postings lists.
    fn finish(self) -> f32 {
        let b = self.builder;
        // std's sort here (see core::order): the index build sorts every token.
        b.tokens.sort_unstable_by_key(|&(stem, position, _)| (stem, position));
        let mut i = 0;
        while i < b.tokens.len() {
            let stem = b.tokens[i].0;
            let postings = &mut b.postings[stem as usize];
            if postings.position_starts.is_empty() {
                postings.position_starts.push(0);
            }
            let mut weight = 0.0;
            while i < b.tokens.len() && b.tokens[i].0 == stem {
                weight += b.tokens[i].2;
                postings.positions.push(b.tokens[i].1);
                i += 1;
            }
            postings.docs.push(self.doc);
            postings.weights.push(weight);
            postings.position_starts.push(postings.positions.len() as u32);
        }
        b.tokens.clear();
        self.length
    }
}

fn date_number(date: &str) -> u32 {
    let digits: String = date.chars().filter(|c| c.is_ascii_digit()).take(8).collect();
    let padded = format!("{digits:0<8}");
    padded.parse().unwrap_or(0)
}

fn year_number(date: &str) -> u16 {
    date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0)
}

impl SearchIndex {
    /// Indexes every record in all three languages. Build once per dataset:
    /// it costs tens of milliseconds on the real data (see the bench).
    pub fn build(data: &Dataset) -> SearchIndex {
        let mut builder = IndexBuilder::default();
        let mut docs = Vec::new();
        let mut theme_ids: FastMap<String, u16> = FastMap::default();
        let mut theme_names: Vec<String> = Vec::new();
        let mut theme_starts = vec![0u32];
        let mut doc_themes: Vec<u16> = Vec::new();
        let mut add_doc = |record: RecordRef,
                           date: &str,
                           themes: &[String],
                           builder: &mut IndexBuilder,
                           index_fields: &mut dyn FnMut(&mut DocBuilder)| {
            let doc = docs.len() as u32;
            let mut doc_builder = DocBuilder {
                builder,
                doc,
                position: 0,
                length: 0.0,
            };
            index_fields(&mut doc_builder);
            let length = doc_builder.finish();
            for theme in themes {
                let next = theme_names.len() as u16;
                let id = *theme_ids.entry(theme.clone()).or_insert_with(|| {
                    theme_names.push(theme.clone());
                    next
                });
                if !doc_themes[*theme_starts.last().unwrap() as usize..].contains(&id) {
                    doc_themes.push(id);
                }
            }
            theme_starts.push(doc_themes.len() as u32);
            docs.push(Doc {
                record,
                date: date_number(date),
                year: year_number(date),
                length,
            });
        };

        for (index, agreement) in data.agreements.iter().enumerate() {
            let record = RecordRef {
                kind: RecordKind::Agreement,
                index,
                sub: 0,
            };
            add_doc(record, &agreement.date, &agreement.themes, &mut builder, &mut |d| {
                d.text(&agreement.title, 3.0);
                d.text(&agreement.summary, 2.0);
                d.text(&agreement.citizens, 1.0);
                d.text(&agreement.place, 1.0);
            });
            for (sub, provision) in agreement.provisions.iter().enumerate() {
                let record = RecordRef {
                    kind: RecordKind::Provision,
                    index,
                    sub,
                };
                let themes = if provision.themes.is_empty() {
                    &agreement.themes
                } else {
                    &provision.themes
                };
                add_doc(record, &agreement.date, themes, &mut builder, &mut |d| {
                    d.text(&provision.summary, 2.0);
                    if let Some(quote) = &provision.quote {
                        d.field(quote, 1.0);
                    }
                });
            }
        }
        for (index, event) in data.events.iter().enumerate() {
            let record = RecordRef {
                kind: RecordKind::Event,
                index,
                sub: 0,
            };
            add_doc(record, &event.date, &event.themes, &mut builder, &mut |d| {
                d.text(&event.title, 3.0);
                d.text(&event.summary, 2.0);
                if let Some(place) = &event.place {
                    d.text(place, 1.0);
                }
            });
        }
        for (index, actor) in data.actors.iter().enumerate() {
            let record = RecordRef {
                kind: RecordKind::Actor,
                index,
                sub: 0,
            };
            add_doc(record, "", &[], &mut builder, &mut |d| {
                d.text(&actor.name, 3.0);
                d.text(&actor.description, 1.0);
                for role in &actor.roles {
                    d.text(&role.role, 1.0);
                }
            });
        }
        let first_glossary_doc = docs_len_before_glossary(data);
        for (index, entry) in data.glossary.iter().enumerate() {
            let record = RecordRef {
                kind: RecordKind::Glossary,
                index,
                sub: 0,
            };
            add_doc(record, "", &[], &mut builder, &mut |d| {
                d.text(&entry.term, 3.0);
                for alias in entry
                    .aliases
                    .en
                    .iter()
                    .chain(&entry.aliases.sq)
                    .chain(&entry.aliases.sr)
                {
                    d.field(alias, 3.0);
                }
                d.text(&entry.definition, 1.0);
            });
        }

        // Guides and topic pages come after the glossary, whose documents'
        // numbers the synonyms rely on.
        for (index, guide) in data.guides.iter().enumerate() {
            let record = RecordRef {
                kind: RecordKind::Guide,
                index,
                sub: 0,
            };
            add_doc(record, &guide.as_of, &guide.themes, &mut builder, &mut |d| {
                d.text(&guide.question, 4.0);
                d.text(&guide.answer, 2.0);
                for need in &guide.needs {
                    d.text(need, 1.0);
                }
            });
        }
        for (index, theme) in data.themes.iter().enumerate() {
            let record = RecordRef {
                kind: RecordKind::Theme,
                index,
                sub: 0,
            };
            add_doc(record, "", std::slice::from_ref(&theme.id), &mut builder, &mut |d| {
                d.text(&theme.name, 4.0);
                d.text(&theme.description, 2.0);
            });
        }

        let (synonym_keys, synonym_entries) = synonyms(data, &mut builder);

        let mut words: Vec<Word> = builder
            .words
            .into_iter()
            .map(|(text, stem, count)| Word {
                mask: letter_mask(&text),
                text,
                stem,
                count,
            })
            .collect();
        order::sort_by(&mut words, |a, b| a.text.cmp(&b.text));
        let mut words_by_length: Vec<Vec<u32>> = Vec::new();
        for (i, word) in words.iter().enumerate() {
            if word.text.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            let length = word.text.chars().count();
            if words_by_length.len() <= length {
                words_by_length.resize(length + 1, Vec::new());
            }
            words_by_length[length].push(i as u32);
        }
        let average_length = if docs.is_empty() {
            1.0
        } else {
            (docs.iter().map(|d| d.length).sum::<f32>() / docs.len() as f32).max(1.0)
        };
        SearchIndex {
            docs,
            theme_starts,
            doc_themes,
            theme_names,
            average_length,
            stem_ids: builder.stem_ids,
            stem_texts: builder.stem_texts,
            postings: builder.postings,
            words,
            words_by_length,
            surface_docs: builder.surface_docs,
            synonym_keys,
            synonym_entries,
            first_glossary_doc,
        }
    }
}

/// Documents are agreements (each followed by its provisions), events,
/// actors, then glossary entries.
fn docs_len_before_glossary(data: &Dataset) -> u32 {
    (data.agreements.len() + data.provision_count() + data.events.len() + data.actors.len()) as u32
}

/// Every glossary entry's names, and the keys that expand to them: names
/// that are one word (ZSO, Kosmet) and acronyms in capitals of three letters
/// or more within names ("Integrated Border Management (IBM)").
fn synonyms(data: &Dataset, builder: &mut IndexBuilder) -> (FastMap<String, Vec<u32>>, Vec<SynonymEntry>) {
    let mut keys: FastMap<String, Vec<u32>> = FastMap::default();
    let mut entries = Vec::with_capacity(data.glossary.len());
    for (entry_index, entry) in data.glossary.iter().enumerate() {
        let names = [&entry.term.en, &entry.term.sq, &entry.term.sr]
            .into_iter()
            .chain(&entry.aliases.en)
            .chain(&entry.aliases.sq)
            .chain(&entry.aliases.sr);
        let mut expansion = SynonymEntry::default();
        let mut entry_keys: Vec<String> = Vec::new();
        for name in names {
            let mut stems = Vec::new();
            for_each_word(name, |start, end| {
                let word = &name[start..end];
                let folded = fold(word);
                if folded.is_empty() {
                    return;
                }
                let stem_text = stem(&folded);
                let is_acronym = word.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
                if is_acronym {
                    entry_keys.push(stem_text.clone());
                }
                // Names may use words the texts never do: they get stems too.
                stems.push(builder.intern_stem(stem_text));
            });
            match stems.len() {
                0 => {}
                1 => {
                    entry_keys.push(builder.stem_texts[stems[0] as usize].clone());
                    expansion.single_stems.push(stems[0]);
                }
                _ => expansion.phrases.push(stems),
            }
        }
        for key in entry_keys {
            if let Some(&id) = builder.stem_ids.get(&key) {
                expansion.single_stems.push(id);
            }
            let list = keys.entry(key).or_default();
            if !list.contains(&(entry_index as u32)) {
                list.push(entry_index as u32);
            }
        }
        order::sort(&mut expansion.single_stems);
        expansion.single_stems.dedup();
        order::sort(&mut expansion.phrases);
        expansion.phrases.dedup();
        entries.push(expansion);
    }
    (keys, entries)
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

/// One word of the query.
struct QueryTerm<'q> {
    typed: &'q str,
    folded: String,
    stem: String,
    /// Lowercase with diacritics, when the word has any (else every folded
    /// match counts as exact).
    surface: Option<String>,
}

/// How one query term can match: stems and phrases with their weights.
#[derive(Default)]
struct TermMatch {
    stems: Vec<(u32, f32)>,
    /// Glossary names of several words, with the document of their entry.
    phrases: Vec<(Vec<u32>, f32, u32)>,
    /// Stems from typos and synonyms (with the glossary document that
    /// defines a synonym), reported for highlighting if they matched.
    expansions: Vec<(u32, Option<u32>)>,
}

impl TermMatch {
    fn add_stem(&mut self, stem: u32, weight: f32) {
        match self.stems.iter_mut().find(|(s, _)| *s == stem) {
            Some(existing) => existing.1 = existing.1.max(weight),
            None => self.stems.push((stem, weight)),
        }
    }
}

/// A parsed filter: `None` = no filter, `Some(None)` = a value that matches
/// nothing.
struct ParsedFilters {
    kind: Option<Option<RecordKind>>,
    year: Option<Option<u16>>,
    theme: Option<Option<u16>>,
}

/// A match being ranked.
struct Ranked {
    phrase: bool,
    exact: bool,
    score: f32,
    doc: u32,
}

fn non_empty(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
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

    fn parse_query<'q>(&self, query: &'q str) -> Vec<QueryTerm<'q>> {
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

    fn term_match(&self, term: &QueryTerm, is_last: bool) -> TermMatch {
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

    /// Vocabulary words within `max` edits of `folded` (itself excluded),
    /// closest then most frequent first.
    fn similar_words(&self, folded: &str, max: usize) -> Vec<(&Word, usize)> {
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
    fn phrase_counts(&self, phrase: &[u32]) -> Vec<(u32, u32)> {
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

    fn parse_filters(&self, filters: &Filters) -> ParsedFilters {
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
    fn passes(&self, doc: u32, filters: &ParsedFilters, check: (bool, bool, bool)) -> bool {
        let meta = &self.docs[doc as usize];
        let kind_ok = !check.0 || filters.kind.is_none_or(|k| k == Some(meta.record.kind));
        let year_ok = !check.1 || filters.year.is_none_or(|y| y == Some(meta.year));
        let theme_ok = !check.2
            || filters
                .theme
                .is_none_or(|t| t.is_some_and(|t| self.themes_of(doc).contains(&t)));
        kind_ok && year_ok && theme_ok
    }

    fn facets(&self, candidates: &[u32], filters: &ParsedFilters) -> Facets {
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

    /// The query with each word that matched nothing replaced by the closest
    /// frequent vocabulary word (up to two edits).
    fn suggestion(&self, terms: &[QueryTerm], empty_terms: &[usize]) -> Option<String> {
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

    /// Query stems, plus typo and synonym stems that occur in a final match.
    fn highlight_terms(
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

static EMPTY: Vec<u32> = Vec::new();

// ---------------------------------------------------------------------------
// Highlighting
// ---------------------------------------------------------------------------

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
    use crate::core::fixtures;
    use crate::core::model::{Agreement, Aliases, Event, EventKind, GlossaryEntry, Party, Provision};
    use crate::core::synth::Rng;

    fn text(en: &str, sq: &str, sr: &str) -> Text {
        Text {
            en: en.into(),
            sq: sq.into(),
            sr: sr.into(),
        }
    }

    fn same(s: &str) -> Text {
        fixtures::text(s)
    }

    fn event(id: &str, date: &str, title: &str, summary: &str, themes: &[&str]) -> Event {
        Event {
            id: id.into(),
            date: date.into(),
            kind: EventKind::Dialogue,
            title: same(title),
            summary: same(summary),
            place: None,
            agreements: vec![],
            actors: vec![],
            themes: themes.iter().map(|t| t.to_string()).collect(),
            sources: vec![],
            disputed: None,
            weak_source: false,
        }
    }

    fn glossary(id: &str, term: Text, en: &[&str], sr: &[&str]) -> GlossaryEntry {
        GlossaryEntry {
            id: id.into(),
            term,
            aliases: Aliases {
                en: en.iter().map(|a| a.to_string()).collect(),
                sq: vec![],
                sr: sr.iter().map(|a| a.to_string()).collect(),
            },
            definition: same("A term."),
            sources: vec![],
        }
    }

    fn sample() -> Dataset {
        let provision = Provision {
            summary: text(
                "Licence plates: drivers switch to RKS plates.",
                "Targat e automjeteve: shoferët kalojnë në targat RKS.",
                "Registarske tablice: vozači prelaze na RKS tablice.",
            ),
            ..fixtures::provision("p1", Party::Both, vec![])
        };
        let agreement = Agreement {
            title: text(
                "Licence plates agreement",
                "Marrëveshja për targat",
                "Sporazum o registarskim tablicama",
            ),
            place: text("Brussels", "Bruksel", "Brisel"),
            summary: same("Plates for cars."),
            citizens: same("Drivers."),
            ..fixtures::agreement("plates", "2016-06-20", &["freedom_of_movement"], vec![provision])
        };
        let mut data = Dataset {
            agreements: vec![agreement],
            events: vec![
                event(
                    "e1",
                    "2013-04-19",
                    "First Agreement initialled",
                    "Prime ministers met in Brussels.",
                    &["politics"],
                ),
                event(
                    "e2",
                    "2021-09-20",
                    "Plates standoff",
                    "Police at the crossing; plates removed.",
                    &["freedom_of_movement"],
                ),
                event(
                    "e3",
                    "2015-08-25",
                    "Mitrovica bridge",
                    "The bridge in Mitrovicë was to reopen.",
                    &["politics"],
                ),
                event(
                    "e4",
                    "2012-01-01",
                    "Integrated management",
                    "Boundary crossing points: integrated boundary management begins.",
                    &[],
                ),
                event(
                    "e5",
                    "2014-01-01",
                    "Boundary points",
                    "Management was integrated at every boundary.",
                    &[],
                ),
                event(
                    "e6",
                    "2013-09-08",
                    "Energy",
                    "KEDS and Elektrosever signed.",
                    &["energy"],
                ),
                event(
                    "e7",
                    "2016-12-15",
                    "Dialling code",
                    "Kosovo got its own code +383.",
                    &["telecom"],
                ),
                event(
                    "e8",
                    "2015-08-25",
                    "Zajednica srpskih opština",
                    "Sporazum o Zajednici.",
                    &["politics"],
                ),
                event("e9", "2019-03-03", "Pristina news", "Nothing in Priština today.", &[]),
                event("e10", "2020-03-03", "Pristina again", "Nothing in Pristina today.", &[]),
            ],
            glossary: vec![glossary(
                "association-community",
                text(
                    "Association/Community of Serb-majority municipalities",
                    "Asociacioni i komunave me shumicë serbe",
                    "Zajednica/Asocijacija opština sa srpskom većinom",
                ),
                &["ASM", "Community of Serb Municipalities"],
                &["ZSO", "Zajednica srpskih opština"],
            )],
            ..Dataset::default()
        };
        data.sort();
        data
    }

    fn ids(data: &Dataset, results: &Results) -> Vec<String> {
        results
            .hits
            .iter()
            .map(|h| {
                let r = h.record;
                match r.kind {
                    RecordKind::Agreement => data.agreements[r.index].id.clone(),
                    RecordKind::Provision => data.agreements[r.index].provisions[r.sub].id.clone(),
                    RecordKind::Event => data.events[r.index].id.clone(),
                    RecordKind::Actor => data.actors[r.index].id.clone(),
                    RecordKind::Glossary => data.glossary[r.index].id.clone(),
                    RecordKind::Guide => data.guides[r.index].id.clone(),
                    RecordKind::Theme => data.themes[r.index].id.clone(),
                }
            })
            .collect()
    }

    #[test]
    fn kind_facets_count_each_kind_under_its_own_key() {
        let data = sample();
        let index = SearchIndex::build(&data);
        let results = index.search(&data, "plates", &Filters::default(), 100);
        assert!(!results.facets.kind.is_empty());
        for (key, n) in &results.facets.kind {
            let kind = RecordKind::from_key(key).unwrap();
            assert_eq!(
                results.hits.iter().filter(|h| h.record.kind == kind).count(),
                *n,
                "{key}"
            );
        }
    }

    fn run(query: &str) -> Vec<String> {
        let data = sample();
        let index = SearchIndex::build(&data);
        ids(&data, &index.search(&data, query, &Filters::default(), 50))
    }

    #[test]
    fn folding_lowercases_strips_marks_and_reads_cyrillic() {
        assert_eq!(fold("Приштина"), "pristina");
        assert_eq!(fold("Priština"), "pristina");
        assert_eq!(fold("PRISTINA"), "pristina");
        assert_eq!(fold("Marrëveshja ç"), "marreveshja c");
        assert_eq!(fold("čćšžđ ČĆŠŽĐ"), "ccszdj ccszdj");
        assert_eq!(fold("Љубљана Његош џеп ђак ћуп"), "ljubljana njegos dzep djak cup");
        assert_eq!(fold("džep"), fold("џеп"));
        assert_eq!(fold("Café Ñandú Ærø"), "cafe nandu aero");
        assert_eq!(fold("e\u{0308}"), "e");
        assert_eq!(fold("+383, KEDS!"), "+383, keds!");
    }

    #[test]
    fn words_split_on_punctuation_and_keep_digits() {
        let mut words = Vec::new();
        let text = "+383 (KEDS) Mitrovicë/Mitrovica, Kosovo's";
        for_each_word(text, |s, e| words.push(&text[s..e]));
        assert_eq!(words, ["383", "KEDS", "Mitrovicë", "Mitrovica", "Kosovo", "s"]);
    }

    #[test]
    fn stemming_brings_word_families_together() {
        let families: &[&[&str]] = &[
            &["agreement", "agreements"],
            &["plate", "plates"],
            &["licence", "licences"],
            &["meeting", "meetings", "meet"],
            &["boundary", "boundaries"],
            &[
                "marreveshje",
                "marreveshja",
                "marreveshjen",
                "marreveshjes",
                "marreveshjet",
                "marreveshjeve",
            ],
            &["komuna", "komunat", "komunave", "komunes", "komunen"],
            &[
                "sporazum",
                "sporazuma",
                "sporazumu",
                "sporazumom",
                "sporazumi",
                "sporazumima",
            ],
            &["opstina", "opstine", "opstini", "opstinom", "opstinama"],
            &[
                "telekomunikacija",
                "telekomunikacije",
                "telekomunikaciji",
                "telekomunikacijama",
            ],
            &["kosovo", "kosova", "kosovu", "kosove", "kosoves"],
            &["bruksel", "brukselit", "brukseli"],
            &["mitrovica", "mitrovice", "mitrovices"],
        ];
        for family in families {
            let first = stem(family[0]);
            for word in &family[1..] {
                assert_eq!(stem(word), first, "{word} vs {}", family[0]);
            }
        }
        // Never below three characters, digits untouched.
        assert_eq!(stem("ima"), "ima");
        assert_eq!(stem("asm"), "asm");
        assert_eq!(stem("zso"), "zso");
        assert_eq!(stem("2013"), "2013");
        assert!(stem("uses").chars().count() >= 3);
    }

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

    #[test]
    fn all_words_must_match_in_any_language() {
        assert_eq!(run("plates standoff"), ["e2"]);
        assert!(run("plates nonexistentword").is_empty());
        // Albanian and Serbian forms reach the same records.
        assert!(run("targat").contains(&"p1".to_string()));
        assert!(run("tablice").contains(&"p1".to_string()));
    }

    #[test]
    fn cyrillic_latin_and_folded_queries_match_alike() {
        for query in ["Приштина", "Priština", "pristina", "PRISTINA"] {
            let found = run(query);
            assert!(
                found.contains(&"e9".to_string()) && found.contains(&"e10".to_string()),
                "{query}: {found:?}"
            );
        }
    }

    #[test]
    fn exact_diacritics_rank_above_folded_matches() {
        // e10 is newer, but only e9 has "Priština" as typed.
        assert_eq!(run("Priština")[0], "e9");
        assert_eq!(run("Приштина")[0], "e9");
        // Typed without diacritics: both are exact, so recency decides.
        assert_eq!(run("pristina")[..2], ["e10", "e9"]);
    }

    #[test]
    fn exact_phrase_ranks_first() {
        let found = run("integrated boundary");
        assert_eq!(found[..2], ["e4", "e5"]);
    }

    #[test]
    fn prefixes_typos_and_stems() {
        assert!(run("mitrov").contains(&"e3".to_string()));
        assert!(run("Mitrovica").contains(&"e3".to_string()), "finds Mitrovicë");
        assert!(run("licence plat").contains(&"plates".to_string()));
        assert!(run("agrement").contains(&"e1".to_string()));
        assert!(run("standof").contains(&"e2".to_string()));
        // Three letters is too short for a typo.
        assert!(run("xyz").is_empty());
    }

    #[test]
    fn typo_budget_grows_with_word_length() {
        // 4–7 letters: one edit.
        assert!(run("plotes").contains(&"e2".to_string()));
        assert!(run("cide").contains(&"e7".to_string()), "code");
        assert!(run("plotas").is_empty(), "two edits in a six-letter word");
        // 8 and more: two edits.
        assert!(run("intgratd").contains(&"e4".to_string()));
        // A swap of neighbours is one edit.
        assert!(run("brdige").contains(&"e3".to_string()));
    }

    #[test]
    fn digits_and_acronyms_are_findable() {
        assert_eq!(run("+383"), ["e7"]);
        assert_eq!(run("383"), ["e7"]);
        assert_eq!(run("KEDS"), ["e6"]);
        assert_eq!(run("rks")[0], "p1");
    }

    #[test]
    fn glossary_aliases_expand_the_query() {
        let data = sample();
        let index = SearchIndex::build(&data);
        for query in ["zso", "ASM", "zso sporazum"] {
            let results = index.search(&data, query, &Filters::default(), 10);
            let found = ids(&data, &results);
            assert!(found.contains(&"e8".to_string()), "{query}: {found:?}");
            if !query.contains(' ') {
                assert!(
                    found.contains(&"association-community".to_string()),
                    "{query}: {found:?}"
                );
            }
            assert!(
                results.terms.iter().any(|t| t == "zajednic"),
                "{query}: {:?}",
                results.terms
            );
        }
    }

    #[test]
    fn filters_and_facets() {
        let data = sample();
        let index = SearchIndex::build(&data);
        let results = index.search(&data, "plates", &Filters::default(), 10);
        assert_eq!(results.total, 3);
        assert_eq!(
            results.facets.kind,
            [
                ("agreement".to_string(), 1),
                ("provision".to_string(), 1),
                ("event".to_string(), 1)
            ]
        );
        assert_eq!(results.facets.year, [("2021".to_string(), 1), ("2016".to_string(), 2)]);
        assert_eq!(results.facets.theme, [("freedom_of_movement".to_string(), 3)]);

        let only_events = Filters {
            kind: Some("event".into()),
            ..Filters::default()
        };
        let results = index.search(&data, "plates", &only_events, 10);
        assert_eq!(ids(&data, &results), ["e2"]);
        assert_eq!(results.total, 1);
        // The kind facet ignores the kind filter; the year facet applies it.
        assert_eq!(results.facets.kind.len(), 3);
        assert_eq!(results.facets.year, [("2021".to_string(), 1)]);

        let year = Filters {
            year: Some("2016".into()),
            ..Filters::default()
        };
        assert_eq!(index.search(&data, "plates", &year, 10).total, 2);
        let unknown = Filters {
            theme: Some("nope".into()),
            ..Filters::default()
        };
        assert_eq!(index.search(&data, "plates", &unknown, 10).total, 0);
        let empty = Filters {
            kind: Some(String::new()),
            ..Filters::default()
        };
        assert_eq!(index.search(&data, "plates", &empty, 10).total, 3);
        // The limit cuts hits, not the total.
        let limited = index.search(&data, "plates", &Filters::default(), 1);
        assert_eq!((limited.hits.len(), limited.total), (1, 3));
    }

    #[test]
    fn did_you_mean_when_nothing_matches() {
        let data = sample();
        let index = SearchIndex::build(&data);
        let results = index.search(&data, "brsels plates", &Filters::default(), 10);
        assert_eq!(results.total, 0, "{:?}", ids(&data, &results));
        assert_eq!(results.suggestion.as_deref(), Some("brussels plates"));
        assert_eq!(index.search(&data, "plates", &Filters::default(), 10).suggestion, None);
        assert_eq!(index.search(&data, "qqqqqqq", &Filters::default(), 10).suggestion, None);
    }

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

    #[test]
    fn no_query_panics() {
        let data = sample();
        let index = SearchIndex::build(&data);
        let alphabet: Vec<char> = "aeiklmnoprstuvzëçčćšžđ Приштнаљњџђћ+-/.,'\"()[]{}*?!0123456789\u{200F}\u{200E}\u{0308}\u{FEFF}😀🇽🇰 \t\nİßﬁ١٢٣ا中"
            .chars()
            .collect();
        let mut rng = Rng::new(42);
        let fixed = [
            String::new(),
            " ".into(),
            "\u{200F}".into(),
            "x".repeat(10_000),
            "a ".repeat(5_000),
            "😀".into(),
        ];
        let random = (0..3000).map(|_| {
            let length = rng.below(40);
            (0..length)
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect::<String>()
        });
        let filters = Filters {
            kind: Some("event".into()),
            year: Some("20x".into()),
            theme: Some("politics".into()),
            sort: Some("newest".into()),
        };
        for query in fixed.into_iter().chain(random) {
            let results = index.search(&data, &query, &Filters::default(), 5);
            assert!(results.hits.len() <= 5);
            let _ = index.search(&data, &query, &filters, 5);
            let _ = highlight(&query, &results.terms);
            let _ = snippet(&query, &[fold(&query)], 7);
            let _ = snippet(&query, &results.terms, 0);
        }
    }

    #[test]
    fn empty_dataset_and_query() {
        let data = Dataset::default();
        let index = SearchIndex::build(&data);
        assert_eq!(index.search(&data, "anything", &Filters::default(), 10).total, 0);
        let data = sample();
        let index = SearchIndex::build(&data);
        assert_eq!(index.search(&data, "  ", &Filters::default(), 10), Results::default());
    }

    /// The examples the search page promises, against the real `data/`.
    #[test]
    fn real_dataset_examples() {
        use crate::core::validate::{load, read_data_dir};
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let (data, _) = load(&read_data_dir(&root).unwrap(), "9999-12-31");
        let index = SearchIndex::build(&data);
        let top = |query: &str| -> (Vec<String>, Results) {
            let results = index.search(&data, query, &Filters::default(), 10);
            assert!(
                !results.hits.is_empty(),
                "{query}: no hits (suggestion {:?})",
                results.suggestion
            );
            (ids(&data, &results), results)
        };
        let (found, _) = top("licence plates");
        assert!(found[0].contains("plate"), "{found:?}");
        top("Приштина");
        let (found, _) = top("integrated boundary");
        assert!(found.iter().take(3).any(|id| id.contains("ibm")), "{found:?}");
        top("KEDS");
        let (found, _) = top("+383");
        assert_eq!(found[0], "phones", "the guide answers the question first: {found:?}");
        assert!(found.iter().take(5).any(|id| id.contains("383")), "{found:?}");
        let (found, _) = top("Development Fund");
        assert!(
            found.iter().take(3).any(|id| id.contains("development-fund")),
            "{found:?}"
        );
        top("telekomunikacije");
        top("Mitrovica");
        let all = |query: &str| index.search(&data, query, &Filters::default(), usize::MAX).hits;
        let with_a = all("Mitrovica");
        let with_e = all("Mitrovicë");
        assert!(!with_e.is_empty() && with_e.iter().all(|h| with_a.iter().any(|a| a.record == h.record)));
        let (found, _) = top("zso");
        assert!(found.contains(&"association-community".to_string()), "{found:?}");
        top("asocijacija");
        top("marrëveshja");
        top("bruksel");
        let (_, results) = top("agrement");
        assert!(
            results.terms.iter().any(|t| t.starts_with("agreement")),
            "{:?}",
            results.terms
        );
    }
}
