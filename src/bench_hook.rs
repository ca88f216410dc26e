//! A hook for `make bench` only: times the search core inside the browser's
//! wasm engine, on a dataset and queries the benchmark passes in, so it can
//! be compared with a JavaScript library in the same page. Compiled only
//! with the `bench` feature, which `make bench` turns on for its own build
//! (target/dist-bench): the release site does not carry it.

use crate::core::search::{Filters, SearchIndex};
use wasm_bindgen::prelude::wasm_bindgen;

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Milliseconds: the index build first, then every query of every round
/// (empty if the input is not a dataset and a list of queries). Raw times,
/// so the benchmark computes its statistics in JavaScript and the app needs
/// no float formatting.
#[wasm_bindgen]
pub fn bench_search(dataset_json: &str, queries_json: &str, rounds: u32) -> Vec<f64> {
    let (Ok(data), Ok(queries)) = (
        crate::data::decode_dataset(dataset_json),
        serde_json::from_str::<Vec<String>>(queries_json),
    ) else {
        return Vec::new();
    };
    let start = now_ms();
    let index = SearchIndex::build(&data);
    let mut times = vec![now_ms() - start];
    let filters = Filters::default();
    for _ in 0..rounds {
        for query in &queries {
            let start = now_ms();
            let results = index.search(&data, query, &filters, 20);
            std::hint::black_box(results.total);
            times.push(now_ms() - start);
        }
    }
    times
}
