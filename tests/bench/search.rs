//! `cargo bench --bench search`: search index build time and query latency
//! (median and 95th percentile over a fixed list of realistic queries) on the
//! real dataset and on synthetic ones with more events. Figures only, no
//! assertions; budgets: median ≤ 1 ms (real), ≤ 10 ms (10,000 events).

use dialogue_explorer::core::model::Dataset;
use dialogue_explorer::core::search::{Filters, SearchIndex};
use dialogue_explorer::core::synth::with_synthetic_events;
use dialogue_explorer::core::validate::load;
use dialogue_explorer::data_dir::read_data_dir;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

/// What people type: the documented examples, other topics in each language
/// and script, half-typed words, typos and a filter.
const QUERIES: &[&str] = &[
    "licence plates",
    "Приштина",
    "integrated boundary",
    "KEDS",
    "+383",
    "Development Fund",
    "telekomunikacije",
    "Mitrovica",
    "zso",
    "asocijacija",
    "marrëveshja",
    "bruksel",
    "agrement",
    "ibm",
    "freedom of movement",
    "energy",
    "Kurti Vučić",
    "association of serb municipalities",
    "diplomas",
    "civil registry",
    "cadastre",
    "Ohrid",
    "missing persons",
    "Jarinje",
    "telecom",
    "liason officers",
    "Брисел споразум",
    "k",
    "kos",
    "normalizimi i marrëdhënieve",
];

fn median_and_p95(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let p95 = samples[(samples.len() * 95 / 100).min(samples.len() - 1)];
    (ms(samples[samples.len() / 2]), ms(p95))
}

fn bench(label: &str, data: &Dataset) {
    let builds = if data.events.len() > 10_000 { 3 } else { 10 };
    let mut build_times = Vec::new();
    let mut index = None;
    for _ in 0..builds {
        let start = Instant::now();
        index = Some(black_box(SearchIndex::build(data)));
        build_times.push(start.elapsed());
    }
    let index = index.expect("at least one build");
    let (build_median, _) = median_and_p95(build_times);

    let rounds = if data.events.len() > 10_000 { 3 } else { 20 };
    let events_only = Filters {
        kind: Some("event".into()),
        ..Filters::default()
    };
    let mut query_times = Vec::new();
    for _ in 0..rounds {
        for (i, query) in QUERIES.iter().enumerate() {
            // Every fifth query with a facet filter, as the UI sends them.
            let filters = if i % 5 == 4 { &events_only } else { &Filters::default() };
            let start = Instant::now();
            black_box(index.search(data, query, filters, 20));
            query_times.push(start.elapsed());
        }
    }
    let (median, p95) = median_and_p95(query_times);
    println!(
        "| {label:<24} | {:>7} | {:>9} | {build_median:>10.1} | {median:>9.3} | {p95:>9.3} |",
        data.events.len(),
        data.agreements.len() + data.provision_count() + data.events.len() + data.actors.len() + data.glossary.len(),
    );
}

fn main() {
    let files = read_data_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data"))).expect("data/");
    let (real, problems) = load(&files, "9999-12-31");
    assert!(problems.is_empty(), "the dataset has problems: run `make check`");
    println!(
        "Search: {} queries per round (every 5th filtered to events), 20 hits each",
        QUERIES.len()
    );
    println!("| dataset                  | events  | records   | build (ms) | median ms | p95 ms    |");
    println!("|--------------------------|---------|-----------|------------|-----------|-----------|");
    bench("real", &real);
    for extra in [1_000, 10_000, 100_000] {
        let data = with_synthetic_events(&real, extra, 2026);
        bench(&format!("real + {extra} synthetic"), &data);
    }
}
