//! A hook for `make bench` only: times the search core inside the browser's
//! wasm engine, on a dataset and queries the benchmark passes in, so it can
//! be compared with a JavaScript library in the same page. Readers never
//! call it; it costs a few hundred bytes of wasm.

use crate::core::model::Dataset;
use crate::core::order;
use crate::core::search::{Filters, SearchIndex};
use wasm_bindgen::prelude::wasm_bindgen;

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// `{"build_ms":…,"median_ms":…,"p95_ms":…,"runs":…}` or `{"error":…}`.
#[wasm_bindgen]
pub fn bench_search(dataset_json: &str, queries_json: &str, rounds: u32) -> String {
    let (Ok(data), Ok(queries)) = (
        serde_json::from_str::<Dataset>(dataset_json),
        serde_json::from_str::<Vec<String>>(queries_json),
    ) else {
        return r#"{"error":"bad input"}"#.into();
    };
    let start = now_ms();
    let index = SearchIndex::build(&data);
    let build_ms = now_ms() - start;
    let filters = Filters::default();
    let mut times: Vec<f64> = Vec::with_capacity(queries.len() * rounds as usize);
    for _ in 0..rounds {
        for query in &queries {
            let start = now_ms();
            let results = index.search(&data, query, &filters, 20);
            std::hint::black_box(results.total);
            times.push(now_ms() - start);
        }
    }
    order::sort_by(&mut times, f64::total_cmp);
    let pick = |q: f64| {
        times
            .get(((times.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or(0.0)
    };
    format!(
        r#"{{"build_ms":{build_ms:.3},"median_ms":{:.4},"p95_ms":{:.4},"runs":{}}}"#,
        pick(0.5),
        pick(0.95),
        times.len()
    )
}
