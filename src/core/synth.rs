//! Generated datasets for scale tests and `make bench`: the real dataset plus
//! `n` synthetic events recombined from its own words, dates and links, so
//! text, languages and distributions stay realistic. Deterministic per seed.
//! Never shipped as content: only tests and benchmarks call it.

use super::model::{Dataset, Event, Text};

/// A small, fast, deterministic generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in 0..n (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// `base` plus `extra` generated events (ids `synthetic-N`), sorted as the
/// app expects. The base must have at least one event.
pub fn with_synthetic_events(base: &Dataset, extra: usize, seed: u64) -> Dataset {
    let mut rng = Rng::new(seed);
    let mut data = base.clone();
    let real = &base.events;
    assert!(!real.is_empty(), "the base dataset needs events to recombine");
    let words = |rng: &mut Rng, pick: fn(&Text) -> &str, count: usize| -> String {
        (0..count)
            .map(|_| {
                let source = pick(&real[rng.below(real.len())].summary);
                let tokens: Vec<&str> = source.split_whitespace().collect();
                tokens[rng.below(tokens.len().max(1)).min(tokens.len().saturating_sub(1))].to_string()
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    for i in 0..extra {
        let template = &real[rng.below(real.len())];
        let year = 2010 + rng.below(17);
        let month = 1 + rng.below(12);
        let day = 1 + rng.below(28);
        let date = format!("{year:04}-{month:02}-{day:02}").min("2026-11-26".to_string());
        let title = Text {
            en: format!("{} {} {i}", template.title.en, words(&mut rng, |t| &t.en, 2)),
            sq: format!("{} {} {i}", template.title.sq, words(&mut rng, |t| &t.sq, 2)),
            sr: format!("{} {} {i}", template.title.sr, words(&mut rng, |t| &t.sr, 2)),
        };
        let summary = Text {
            en: words(&mut rng, |t| &t.en, 24),
            sq: words(&mut rng, |t| &t.sq, 24),
            sr: words(&mut rng, |t| &t.sr, 24),
        };
        data.events.push(Event {
            id: format!("synthetic-{i}"),
            date,
            kind: template.kind,
            title,
            summary,
            place: template.place.clone(),
            agreements: template.agreements.clone(),
            actors: template.actors.clone(),
            themes: template.themes.clone(),
            sources: template.sources.clone(),
            disputed: None,
            weak_source: false,
        });
    }
    data.sort();
    data
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::EventKind;
    use crate::core::validate::check;

    fn base() -> Dataset {
        let t = |s: &str| Text {
            en: s.into(),
            sq: s.into(),
            sr: s.into(),
        };
        Dataset {
            events: vec![Event {
                id: "e".into(),
                date: "2013-04-19".into(),
                kind: EventKind::Agreement,
                title: t("First Agreement"),
                summary: t("Prime ministers initialled the agreement in Brussels"),
                place: None,
                agreements: vec![],
                actors: vec![],
                themes: vec![],
                sources: vec!["s".into()],
                disputed: None,
                weak_source: false,
            }],
            sources: vec![crate::core::model::Source {
                id: "s".into(),
                publisher: "p".into(),
                title: "t".into(),
                date: "2013".into(),
                url: None,
                kind: crate::core::model::SourceKind::Primary,
                language: None,
                agency: None,
                accessed: None,
                tier: None,
            }],
            ..Dataset::default()
        }
    }

    #[test]
    fn generated_data_is_valid_deterministic_and_sorted() {
        let a = with_synthetic_events(&base(), 500, 7);
        let b = with_synthetic_events(&base(), 500, 7);
        assert_eq!(a, b);
        assert_eq!(a.events.len(), 501);
        assert!(a.events.windows(2).all(|w| w[0].date >= w[1].date));
        assert!(
            check(&a, "2026-11-26").is_empty(),
            "{:?}",
            check(&a, "2026-11-26").first()
        );
        assert_ne!(
            with_synthetic_events(&base(), 10, 8),
            with_synthetic_events(&base(), 10, 7)
        );
    }
}
