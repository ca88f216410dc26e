# Dialogue Explorer. Two commands for a newcomer: `make serve` and `make test`.
# Every target installs what it needs first and skips what is already there.

SHELL := /bin/bash
.DEFAULT_GOAL := help

CARGO_BIN   := $(HOME)/.cargo/bin
TOOLS_BIN   := $(CURDIR)/tools/node_modules/.bin
export PATH := $(TOOLS_BIN):$(CARGO_BIN):$(PATH)

TRUNK_VERSION        := 0.21.14
# The CLI must equal the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/version = "\(.*\)"/\1/p}' Cargo.lock)
# Hosting under a sub-path: make dist BASE_PATH=/dialogue/
BASE_PATH ?= /
# Scheme and host the site is served from, for absolute links in feeds,
# the sitemap and link previews: make dist SITE_URL=https://example.org
SITE_URL  ?= http://127.0.0.1:8080
export SITE_URL
# Where readers report a mistake: a mailto: address or an https:// issue
# tracker's new-issue address. Unset, pages carry no report link.
REPORT_URL ?=
export REPORT_URL
DIST      ?= dist
# The smallest app on the same stack, built as the site's wasm is (the same
# wasm-opt parameters, read from index.html), for comparison in `make bench`.
BARE_LEPTOS     := tests/bench/bare-leptos
WASM_OPT_PARAMS := $(shell sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)
SUDO      := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: help serve dist test bench check lint fmt unit markup browser-test tools test-tools clean

help:
	@echo "make serve   build and serve the app on http://127.0.0.1:8080 with reload"
	@echo "make test    lint, unit tests, dataset validation, release build, browser tests"
	@echo "make dist    write the release site to $(DIST)/ (BASE_PATH=/sub/ for a sub-path)"
	@echo "make bench   print the performance figures"
	@echo "make check   validate data/ and print the coverage report"
	@echo "make markup  check every page with the Nu HTML Checker, and the feeds and sitemap"

serve: tools
	trunk serve

dist: tools $(CARGO_BIN)/wasm-split-cli
	@if [ "$(SITE_URL)" = "http://127.0.0.1:8080" ]; then \
	  echo "warning: SITE_URL is left at http://127.0.0.1:8080: canonical links, feeds, the sitemap and citations point to this machine (make dist SITE_URL=https://…)" >&2; \
	fi
	DIALOGUE_SPLIT=1 trunk build --release --public-url "$(BASE_PATH)" --dist "$(DIST)"

test: test-tools lint unit dist markup browser-test

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --features bench -- -D warnings
# The split build's code (src/routes/chunks.rs under --cfg dialogue_split).
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg dialogue_split" \
	  cargo clippy --release --target wasm32-unknown-unknown --lib --target-dir target/split-lint -- -D warnings
	node --check src/bin/site/sw.js

unit:
	cargo test

# Every published page through the W3C Nu HTML Checker; the feeds and the
# sitemap as well-formed XML with their formats' required fields.
markup: test-tools
	node tests/markup/check.mjs $(DIST)

browser-test: test-tools $(CARGO_BIN)/wasm-split-cli
# The sub-path build also names where readers report mistakes (REPORT_URL),
# so the report link is tested in a browser both with and without it.
	REPORT_URL=mailto:corrections@example.org DIALOGUE_SPLIT=1 trunk build --release --public-url /dialogue/ --dist target/dist-subpath
	cargo run --quiet --bin site -- --synthetic 10000 target/synthetic-10000.json
	node --test --test-concurrency=1 tests/browser/

check:
	cargo run --quiet --bin site -- --check

bench: dist test-tools
	cargo run --quiet --bin site -- --synthetic 1000 target/synthetic-1000.json
	cargo run --quiet --bin site -- --synthetic 10000 target/synthetic-10000.json
	cargo bench --bench core
	cargo bench --bench search
# The search hook (src/bench_hook.rs) is in this build only, not in $(DIST).
	trunk build --release --features bench --dist target/dist-bench
	node tests/bench/search-browser.mjs target/dist-bench
	node tests/bench/timeline-browser.mjs
	CARGO_TARGET_DIR=$(CURDIR)/target cargo build --quiet --release --target wasm32-unknown-unknown \
	  --manifest-path $(BARE_LEPTOS)/Cargo.toml
	wasm-bindgen --target web --no-typescript --out-dir target/bare-leptos \
	  target/wasm32-unknown-unknown/release/bare-leptos.wasm
	wasm-opt -Oz $(WASM_OPT_PARAMS) target/bare-leptos/bare-leptos_bg.wasm -o target/bare-leptos/optimized.wasm
	node tests/bench/sizes.mjs dist target/bare-leptos/optimized.wasm
# Before and after issue 17: the same site with its wasm in one module.
	trunk build --release --dist target/dist-single
	node tests/bench/sizes.mjs target/dist-single
	node tests/bench/load-browser.mjs dist target/dist-single
	node tests/bench/lighthouse.mjs dist target/dist-single

# ---- tools -----------------------------------------------------------------

tools: $(CARGO_BIN)/trunk $(CARGO_BIN)/wasm-bindgen tools/node_modules/.installed
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

test-tools: tools /usr/bin/chromium /usr/bin/chromedriver /usr/bin/java

$(CARGO_BIN)/trunk:
	@if ! trunk --version 2>/dev/null | grep -q "$(TRUNK_VERSION)"; then \
	  echo "Installing trunk $(TRUNK_VERSION) (about 16 minutes on 2 cores, once)"; \
	  cargo install --locked trunk --version $(TRUNK_VERSION); \
	fi

# Splits the release build's wasm by route (tools/split-wasm.sh), as
# cargo-leptos's --split uses it.
$(CARGO_BIN)/wasm-split-cli:
	cargo install --locked wasm_split_cli_support --version 0.2.4 --features build-binary

# Rebuilt whenever Cargo.lock moves the wasm-bindgen crate to another version.
$(CARGO_BIN)/wasm-bindgen: Cargo.lock
	@if ! wasm-bindgen --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)$$"; then \
	  echo "Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi
	@touch $@

# npm's binaryen (wasm-opt), Playwright's driver library and axe-core, pinned
# by tools/package-lock.json. Debian's binaryen is too old: its wasm-opt
# output fails at start.
tools/node_modules/.installed: tools/package.json tools/package-lock.json
	npm ci --prefix tools --no-audit --no-fund
	@touch $@

/usr/bin/chromium /usr/bin/chromedriver:
	$(SUDO) apt-get update
	$(SUDO) apt-get install -y chromium chromium-driver

# For the HTML checker (vnu-jar, from tools/package.json).
/usr/bin/java:
	$(SUDO) apt-get update
	$(SUDO) apt-get install -y default-jre-headless

clean:
	rm -rf dist target/dist-subpath target/check-site
