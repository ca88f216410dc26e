//! Search as a reader meets it: queries against a small sample dataset and
//! against the real `data/`.

use super::*;
use crate::core::fixtures;
use crate::core::model::{Agreement, Aliases, Dataset, Event, EventKind, GlossaryEntry, Party, Provision, Text};
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
    use crate::core::validate::load;
    use crate::data_dir::read_data_dir;
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
    // Slash alternates share a position: the theme named
    // "Zajednica/Asocijacija opština …" holds the phrase.
    let (found, _) = top("zajednica opština");
    assert_eq!(found[0], "serb-municipalities", "{found:?}");
    top("marrëveshja");
    top("bruksel");
    let (_, results) = top("agrement");
    assert!(
        results.terms.iter().any(|t| t.starts_with("agreement")),
        "{:?}",
        results.terms
    );
}

#[test]
fn filter_addresses_round_trip() {
    use crate::core::routes::parse_query;
    let filters = Filters {
        kind: Some("event".into()),
        year: Some("2013".into()),
        theme: Some("licence-plates".into()),
        sort: Some("newest".into()),
    };
    let query = filters.to_query("tablice & RKS");
    assert!(query.starts_with("?q=tablice%20%26%20RKS&"), "{query}");
    let pairs = parse_query(&query);
    let get = |k: &str| pairs.iter().find(|(pk, _)| pk == k).map(|(_, v)| v.as_str());
    assert_eq!(Filters::from_pairs(get), filters);
    assert_eq!(get("q"), Some("tablice & RKS"));
    assert_eq!(Filters::default().to_query(""), "");
    let cleared = filters.with("year", None);
    assert_eq!(cleared.year, None);
    assert_eq!(cleared.kind, filters.kind);
    assert_eq!(filters.with("kind", Some("")).kind, None);
    assert_eq!(filters.with("theme", Some("energy")).theme.as_deref(), Some("energy"));
}
