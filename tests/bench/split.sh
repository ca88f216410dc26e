#!/bin/sh
# The route-split build of issue 17, step by step, as cargo-leptos's --split
# runs it, then its sizes (make bench-split). Not the published build yet:
# see README, "Splitting the wasm by route".
#   1. cargo with --cfg dialogue_split (src/routes/chunks.rs) and --emit-relocs
#   2. wasm-split-cli on the raw cargo output
#   3. wasm-bindgen --keep-lld-exports --no-demangle on the main module
#   4. wasm-opt on every .wasm, with the site's parameters (index.html)
set -eu
out=target/split-bench
params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg dialogue_split -Clink-args=--emit-relocs" \
  cargo build --quiet --release --target wasm32-unknown-unknown --bin dialogue-explorer --target-dir target/split
rm -rf "$out" && mkdir -p "$out/split" "$out/bindgen" "$out/opt"
wasm-split-cli target/split/wasm32-unknown-unknown/release/dialogue-explorer.wasm "$out/split" \
  --out-name dialogue-explorer --target web
wasm-bindgen --target web --no-typescript --keep-lld-exports --no-demangle \
  --out-dir "$out/bindgen" --out-name dialogue-explorer "$out/split/dialogue-explorer.wasm"
for f in "$out/bindgen/dialogue-explorer_bg.wasm" "$out"/split/split_*.wasm "$out"/split/chunk_*.wasm; do
  # shellcheck disable=SC2086
  wasm-opt -Oz $params "$f" -o "$out/opt/$(basename "$f")" 2>/dev/null
done
node tests/bench/split-sizes.mjs "$out/opt" "$out/split/__wasm_split.js"
