//! No input makes the loader or the address parsers panic. The browser gets
//! whatever a server sends (a truncated file, an HTML error page, a tampered
//! dataset) and whatever a reader types into the address bar; every case
//! must end in a typed error or a sensible default, never a crash.

use dialogue_explorer::core::lang::Lang;
use dialogue_explorer::core::routes::{build_query, parse_query, strip_base, switch_language, Page};
use dialogue_explorer::core::search::{Filters, SearchIndex};
use dialogue_explorer::core::status::{
    by_agreement, by_party, by_theme, chart_dates, percent_over_time, recent_changes,
};
use dialogue_explorer::core::synth::Rng;
use dialogue_explorer::core::timeline::{offsets, rows, TextIndex, TimelineFilter};
use dialogue_explorer::core::validate::load;
use dialogue_explorer::data::parse_dataset;
use dialogue_explorer::data_dir::read_data_dir;
use serde_json::Value;
use std::path::Path;

/// The real dataset, compiled as the site generator writes it.
fn compiled_dataset() -> String {
    let files = read_data_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data"))).unwrap();
    let (data, problems) = load(&files, "9999-12-31");
    assert!(problems.is_empty(), "{problems:?}");
    serde_json::to_string(&data).unwrap()
}

/// Awkward values of every JSON type.
fn odd_value(rng: &mut Rng) -> Value {
    let choices: [Value; 16] = [
        Value::Null,
        Value::Bool(true),
        Value::from(-1),
        Value::from(1e300),
        Value::from(u64::MAX),
        Value::from(""),
        Value::from("2013-02-30"),
        Value::from("9999-99-99"),
        Value::from("<script>alert(1)</script>"),
        Value::from("javascript:alert(1)"),
        Value::from("\u{202e}\u{200f}\u{0}"),
        Value::from("x".repeat(20_000)),
        Value::Array(vec![]),
        Value::Array(vec![Value::from("nope")]),
        serde_json::json!({}),
        serde_json::json!({"en": "a", "sq": "b", "sr": "c"}),
    ];
    choices[rng.below(choices.len())].clone()
}

/// Replaces one randomly chosen value anywhere in the tree.
fn mutate(value: &mut Value, rng: &mut Rng, depth: usize) {
    let stop = depth > 0 && rng.below(4) == 0;
    match value {
        Value::Object(map) if !map.is_empty() && !stop => {
            let key = map.keys().nth(rng.below(map.len())).cloned().unwrap();
            if rng.below(12) == 0 {
                map.remove(&key);
            } else {
                mutate(map.get_mut(&key).unwrap(), rng, depth + 1);
            }
        }
        Value::Array(items) if !items.is_empty() && !stop => {
            let i = rng.below(items.len());
            if rng.below(12) == 0 {
                let copy = items[i].clone();
                items.push(copy); // a duplicate record
            } else {
                mutate(&mut items[i], rng, depth + 1);
            }
        }
        _ => *value = odd_value(rng),
    }
}

/// Whatever loads must also be safe for every computation the pages run.
fn exercise(json: &str) {
    let Ok(data) = parse_dataset(json) else { return };
    let _ = by_agreement(&data, None);
    let _ = by_theme(&data, Some("2015-01-01"));
    let _ = by_party(&data, None);
    let _ = percent_over_time(&data, &chart_dates(&data));
    let _ = recent_changes(&data, 10);
    let index = TextIndex::build(&data, dialogue_explorer::core::search::fold);
    let items = TimelineFilter::default().apply(&data, &index);
    let _ = offsets(&rows(&data, &items));
    let search = SearchIndex::build(&data);
    let _ = search.search(&data, "brisel", &Filters::default(), 20);
}

#[test]
fn mutated_datasets_load_or_fail_cleanly() {
    let original: Value = serde_json::from_str(&compiled_dataset()).unwrap();
    let mut rng = Rng::new(7);
    let mut loaded = 0;
    for _ in 0..300 {
        let mut value = original.clone();
        for _ in 0..=rng.below(3) {
            mutate(&mut value, &mut rng, 0);
        }
        let json = value.to_string();
        if parse_dataset(&json).is_ok() {
            loaded += 1;
        }
        exercise(&json);
    }
    // Some mutations (an extra glossary alias, a longer summary) are harmless.
    assert!(
        loaded > 0,
        "no mutated dataset loaded: the test would not exercise the pages' code"
    );
}

#[test]
fn damaged_bytes_are_typed_errors() {
    let json = compiled_dataset();
    let bytes = json.as_bytes();
    let mut rng = Rng::new(11);
    for _ in 0..300 {
        let mut damaged = bytes[..rng.below(bytes.len())].to_vec();
        for _ in 0..rng.below(5) {
            if !damaged.is_empty() {
                let at = rng.below(damaged.len());
                damaged[at] = (rng.next_u64() & 0xff) as u8;
            }
        }
        let text = String::from_utf8_lossy(&damaged);
        assert!(parse_dataset(&text).is_err() || text.len() == json.len());
    }
    for hostile in [
        String::new(),
        "null".into(),
        "<!DOCTYPE html><title>502 Bad Gateway</title>".into(),
        "[".repeat(100_000),
        "{\"agreements\":".repeat(10_000),
        "\u{feff}{}".into(),
    ] {
        assert!(parse_dataset(&hostile).is_err());
    }
}

/// Random strings built from the characters addresses are made of.
fn random_address(rng: &mut Rng) -> String {
    const PIECES: [&str; 24] = [
        "/",
        "/",
        "en",
        "sq",
        "sr-Latn",
        "sr-Cyrl",
        "agreements",
        "events",
        "timeline",
        "?",
        "&",
        "=",
        "#",
        "%",
        "%2",
        "%zz",
        "%E2%80%AE",
        "..",
        "\u{202e}",
        "ćš",
        "кирилица",
        " ",
        "q",
        "2013-04-19",
    ];
    (0..rng.below(12)).map(|_| PIECES[rng.below(PIECES.len())]).collect()
}

#[test]
fn addresses_and_queries_never_panic() {
    let mut rng = Rng::new(3);
    for _ in 0..20_000 {
        let address = random_address(&mut rng);
        let (path, query) = address.split_once('?').unwrap_or((&address, ""));
        if let Some((lang, page)) = Page::parse(path) {
            // What parses must print back to an address that parses the same.
            assert_eq!(Page::parse(&page.path(lang)), Some((lang, page.clone())), "{address:?}");
        }
        let pairs = parse_query(query);
        let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        // Building a query from parsed pairs and parsing it again keeps every
        // pair with a value (empty ones are left out by design).
        let rebuilt = build_query(&borrowed);
        let kept: Vec<(String, String)> = pairs.iter().filter(|(_, v)| !v.is_empty()).cloned().collect();
        assert_eq!(parse_query(&rebuilt), kept, "{address:?}");
        let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        let _ = TimelineFilter::from_pairs(get);
        let _ = switch_language(&address, Lang::SrCyrl);
        let _ = strip_base("/dialogue/", &address);
    }
}
