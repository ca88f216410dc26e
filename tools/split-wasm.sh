#!/bin/sh
# The release build's wasm, split by route (src/routes/chunks.rs), in place
# of the single module Trunk wrote into STAGING. Run by Trunk's post_build
# hook when DIALOGUE_SPLIT=1 (make dist); the steps are cargo-leptos's
# --split pipeline, which Trunk 0.21 has no hook for:
#   1. cargo with --cfg dialogue_split and --emit-relocs (its own target dir,
#      so `trunk serve`'s unsplit build is not rebuilt each time)
#   2. wasm-split-cli on the raw cargo output
#   3. wasm-bindgen --keep-lld-exports --no-demangle on the main module
#   4. wasm-opt on every .wasm, with index.html's parameters
#   5. tools/split-publish.mjs: content-hashed names, into STAGING
# usage: tools/split-wasm.sh STAGING [WORK_DIR]
set -eu
staging=$1
work=${2:-target/split-out}
params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg dialogue_split -Clink-args=--emit-relocs" \
  cargo build --quiet --release --target wasm32-unknown-unknown --bin dialogue-explorer --target-dir target/split
rm -rf "$work" && mkdir -p "$work/split" "$work/bindgen" "$work/opt"
wasm-split-cli target/split/wasm32-unknown-unknown/release/dialogue-explorer.wasm "$work/split" \
  --out-name dialogue-explorer --target web
wasm-bindgen --target web --no-typescript --keep-lld-exports --no-demangle \
  --out-dir "$work/bindgen" --out-name dialogue-explorer "$work/split/dialogue-explorer.wasm"
for f in "$work/bindgen/dialogue-explorer_bg.wasm" "$work"/split/split_*.wasm "$work"/split/chunk_*.wasm; do
  # shellcheck disable=SC2086
  # Its warnings about the name section it strips are noise; an error is shown.
  wasm-opt -Oz $params "$f" -o "$work/opt/$(basename "$f")" 2>"$work/wasm-opt.log" \
    || { cat "$work/wasm-opt.log" >&2; exit 1; }
done
cp "$work/bindgen/dialogue-explorer.js" "$work/split/__wasm_split.js" "$work/opt/"
node tools/split-publish.mjs "$work/opt" "$staging"
