//! Building the index: every record's fields in all three languages, as
//! postings lists by stem, with the vocabulary, themes and glossary synonyms.

use super::fold::{fold, fold_into, for_each_word, stem, surface_form_into};
use super::suggest::letter_mask;
use super::{FastMap, RecordKind, RecordRef, SearchIndex};
use crate::core::model::{Dataset, Text};
use crate::core::order;

/// Postings of one stem: documents ascending, with the field-weighted term
/// frequency and the positions (for phrases).
#[derive(Clone, Debug, Default)]
pub(super) struct Postings {
    pub(super) docs: Vec<u32>,
    pub(super) weights: Vec<f32>,
    /// `positions[position_starts[i]..position_starts[i + 1]]` for `docs[i]`.
    pub(super) position_starts: Vec<u32>,
    pub(super) positions: Vec<u32>,
}

impl Postings {
    pub(super) fn positions_in(&self, doc: u32) -> Option<&[u32]> {
        let i = self.docs.binary_search(&doc).ok()?;
        Some(&self.positions[self.position_starts[i] as usize..self.position_starts[i + 1] as usize])
    }
}

/// A distinct folded (unstemmed) word of the vocabulary.
#[derive(Clone, Debug)]
pub(super) struct Word {
    pub(super) text: String,
    pub(super) stem: u32,
    /// Occurrences in the dataset, to prefer frequent words.
    pub(super) count: u32,
    pub(super) mask: u64,
}

#[derive(Clone, Debug)]
pub(super) struct Doc {
    pub(super) record: RecordRef,
    /// YYYYMMDD as a number (0 if undated), for recency ties.
    pub(super) date: u32,
    /// 0 if none.
    pub(super) year: u16,
    pub(super) length: f32,
}

/// What a glossary entry's names expand to.
#[derive(Clone, Debug, Default)]
pub(super) struct SynonymEntry {
    pub(super) single_stems: Vec<u32>,
    pub(super) phrases: Vec<Vec<u32>>,
}

/// Positions skipped between fields so a phrase never spans two of them.
const FIELD_GAP: u32 = 2;

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
            // Alternates joined by a slash ("Zajednica/Asocijacija opština",
            // "Prishtinë/Priština") share one position, so a phrase may run
            // through either of them.
            if !text[end..].starts_with('/') {
                self.position += 1;
            }
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
        for (_, value) in text.by_language() {
            self.field(value, weight);
        }
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
                for alias in entry.aliases.all() {
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
        let names = entry
            .term
            .by_language()
            .map(|(_, name)| name)
            .into_iter()
            .chain(entry.aliases.all().map(String::as_str));
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
