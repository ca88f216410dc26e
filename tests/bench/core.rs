//! `make bench`: timings of the pure core on the real dataset (native,
//! release build). Median and 95th percentile over repeated runs; figures
//! only, no assertions (budgets are read by people, not tests).

use dialogue_explorer::core::filters::AgreementFilter;
use dialogue_explorer::core::synth::with_synthetic_events;
use dialogue_explorer::core::timeline::{self, TimelineFilter};
use dialogue_explorer::core::translit::to_cyrillic;
use dialogue_explorer::core::validate::{check, load};
use dialogue_explorer::data_dir::read_data_dir;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

fn time<T>(name: &str, runs: usize, mut f: impl FnMut() -> T) {
    let mut samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    samples.sort();
    let median = samples[runs / 2];
    let p95 = samples[(runs * 95 / 100).min(runs - 1)];
    println!(
        "{name:<44} median {:>10.3} ms   p95 {:>10.3} ms   ({runs} runs)",
        ms(median),
        ms(p95)
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let files = read_data_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data"))).expect("data/");
    let (dataset, problems) = load(&files, "9999-12-31");
    assert!(problems.is_empty(), "the dataset has problems: run `make check`");
    let compiled = serde_json::to_string(&dataset).unwrap();
    println!(
        "Core on the real dataset: {} agreements, {} provisions, {} events, {} sources ({} kB compiled JSON)",
        dataset.agreements.len(),
        dataset.provision_count(),
        dataset.events.len(),
        dataset.sources.len(),
        compiled.len() / 1024
    );
    time("load + validate data/ (build step)", 30, || load(&files, "9999-12-31"));
    time("parse compiled dataset (app start)", 50, || {
        serde_json::from_str::<dialogue_explorer::core::model::Dataset>(&compiled).unwrap()
    });
    time("reference checks on load (app start)", 50, || {
        check(&dataset, "9999-12-31")
    });
    let filter = AgreementFilter::from_query(Some("high_level".into()), Some("energy".into()));
    time("filter agreements by phase and theme", 1000, || {
        filter.apply(&dataset).len()
    });
    let serbian: Vec<&str> = dataset
        .events
        .iter()
        .flat_map(|e| [e.title.sr.as_str(), e.summary.sr.as_str()])
        .collect();
    time("transliterate every event title+summary", 100, || {
        serbian.iter().map(|s| to_cyrillic(s).len()).sum::<usize>()
    });

    println!();
    println!("Timeline (filter + group into rows + offsets; the window itself):");
    let fold = dialogue_explorer::core::search::fold;
    for events in [dataset.events.len(), 1_000, 10_000] {
        let data = with_synthetic_events(&dataset, events.saturating_sub(dataset.events.len()), 42);
        let everything = TimelineFilter::default();
        let crises = TimelineFilter {
            kind: Some("crisis".into()),
            ..TimelineFilter::default()
        };
        let words = TimelineFilter {
            text: Some("plates".into()),
            ..TimelineFilter::default()
        };
        let label = format!("{} events", data.events.len());
        let index = timeline::TextIndex::build(&data, fold);
        for (name, filter) in [("all", &everything), ("kind=crisis", &crises), ("q=plates", &words)] {
            time(&format!("timeline {name:<12} {label}"), 50, || {
                let items = filter.apply(&data, &index);
                let rows = timeline::rows(&data, &items);
                timeline::offsets(&rows).len()
            });
        }
        let rows = timeline::rows(&data, &everything.apply(&data, &index));
        let offsets = timeline::offsets(&rows);
        time(&format!("timeline window (scroll step) {label}"), 1000, || {
            timeline::window(&offsets, 250_000, 900, 600)
        });
    }
}
