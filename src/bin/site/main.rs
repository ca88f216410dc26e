//! The native build step, run by Trunk after each build (see Trunk.toml):
//! validates `data/`, writes the compiled dataset under a content hash, and
//! writes one `index.html` per route of every record in every language (plus
//! `404.html`), each with its own title and description, so deep links work
//! on a bare static host with no rewrite rules.
//!
//! Each page carries its route's content, rendered by the app's own
//! components (`page.rs`); around them go the feeds, sitemap, manifests and
//! service worker (`publish.rs`).
//!
//! Usage: site OUTPUT_DIR   (OUTPUT_DIR holds Trunk's index.html)
//!        site --check   (validates data/ and writes nothing)
//!        site --synthetic N FILE   (the real dataset plus N generated events,
//!        compiled, for scale tests and benchmarks; never deployed)
//! Env: TRUNK_PUBLIC_URL (base path, default "/"); at compile time, SITE_URL
//! (scheme and host for absolute links, default http://127.0.0.1:8080) and
//! REPORT_URL (where readers report a mistake; see core::reading); DIALOGUE_TODAY (YYYY-MM-DD,
//! for reproducible checks), DIALOGUE_DATA (data folder, default ./data).

mod page;
mod publish;

use dialogue_explorer::core::export;
use dialogue_explorer::core::lang::Lang;
use dialogue_explorer::core::model::{Dataset, Text};
use dialogue_explorer::core::reading;
use dialogue_explorer::core::routes::{with_base, Page};
use dialogue_explorer::core::synth::with_synthetic_events;
use dialogue_explorer::core::validate::{civil_date, coverage_report, load, Problem};
use dialogue_explorer::data_dir::read_data_dir;
use dialogue_explorer::i18n::interface_tables;
use dialogue_explorer::routes::chunks::{group_of, Route};
use page::Template;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    match run() {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// What every page and file of one build shares.
pub struct Site {
    /// "/" or "/sub/path/".
    pub base: String,
    /// Scheme and host for absolute addresses (feeds, sitemap, link previews).
    pub origin: String,
    pub dataset: Arc<Dataset>,
    /// The full compiled dataset, every language's texts.
    pub dataset_url: String,
    /// One file per text language (`en`, `sq`, `sr`) with its texts only:
    /// what a page in that language loads first.
    pub language_dataset_urls: Vec<(&'static str, String)>,
    /// The sources, which the one-language files leave out: fetched when a
    /// page cites them.
    pub sources_url: String,
    /// The split build only (else empty): each route group's wasm files, as
    /// tools/split-publish.mjs lists them in `split-groups.json`.
    pub route_code: BTreeMap<String, Vec<String>>,
}

impl Site {
    /// A site path (`/en/…`) with the base path.
    pub fn path(&self, path: &str) -> String {
        with_base(&self.base, path)
    }

    /// The dataset a page loads first: its language's file, or the full one
    /// for pages of no single language (the root, 404.html).
    pub fn page_dataset_url(&self, lang: Option<Lang>) -> &str {
        lang.and_then(|lang| {
            self.language_dataset_urls
                .iter()
                .find(|(key, _)| *key == lang.text_key())
        })
        .map_or(&self.dataset_url, |(_, url)| url)
    }

    /// The files of the route group `page` needs, with the base, separated by
    /// spaces; none at the root, which only sends the reader on.
    pub fn page_code(&self, lang: Option<Lang>, page: &Page) -> Option<String> {
        if lang.is_none() && *page == Page::Home {
            return None;
        }
        let files = self.route_code.get(group_of(page))?;
        Some(
            files
                .iter()
                .map(|f| self.path(&format!("/{f}")))
                .collect::<Vec<_>>()
                .join(" "),
        )
    }

    /// The same, absolute.
    pub fn url(&self, path: &str) -> String {
        reading::absolute_url(&self.origin, &self.base, path)
    }
}

fn run() -> Result<String, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data_dir: PathBuf = std::env::var("DIALOGUE_DATA").unwrap_or_else(|_| "data".into()).into();
    if let [flag, count, file] = args.as_slice() {
        if flag == "--synthetic" {
            return write_synthetic(&data_dir, count, Path::new(file));
        }
    }
    if args.first().map(String::as_str) == Some("--check") {
        let files = read_data_dir(&data_dir).map_err(|e| format!("cannot read {}: {e}", data_dir.display()))?;
        let (dataset, problems) = load(&files, &today());
        // The coverage report comes first, so editors see it with the problems.
        println!("{}", coverage_report(&dataset));
        if !problems.is_empty() {
            return Err(problem_list(&problems));
        }
        return Ok(format!(
            "data/ is valid: {} agreements, {} provisions, {} events, {} sources",
            dataset.agreements.len(),
            dataset.provision_count(),
            dataset.events.len(),
            dataset.sources.len()
        ));
    }
    let out: PathBuf = args
        .first()
        .ok_or("usage: site OUTPUT_DIR | site --check | site --synthetic N FILE")?
        .into();
    let base = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    let base = if base.ends_with('/') { base } else { format!("{base}/") };
    // Read at compile time, in the core, as the app reads it (same build).
    let origin = reading::site_origin().to_string();

    let dataset = load_checked(&data_dir)?;
    let json = serde_json::to_string(&dataset).map_err(|e| e.to_string())?;
    let data_name = format!("dialogue.{:016x}.json", fnv1a(json.as_bytes()));
    write(&out.join("data").join(&data_name), &json)?;
    let sources = serde_json::to_string(&dataset.sources).map_err(|e| e.to_string())?;
    let sources_name = format!("sources.{:016x}.json", fnv1a(sources.as_bytes()));
    write(&out.join("data").join(&sources_name), &sources)?;
    let mut language_dataset_urls = Vec::new();
    for key in Text::LANGUAGES {
        let one = publish::one_language_dataset(&dataset, key)?;
        let name = format!("dialogue.{key}.{:016x}.json", fnv1a(one.as_bytes()));
        write(&out.join("data").join(&name), &one)?;
        language_dataset_urls.push((key, with_base(&base, &format!("/data/{name}"))));
    }
    let schema = std::fs::read_to_string(data_dir.join("schema.json")).map_err(|e| format!("schema.json: {e}"))?;
    write(&out.join("data/schema.json"), &schema)?;
    // Open data under stable names, for people and scripts that reuse it.
    write(&out.join("data/dialogue.json"), &json)?;
    write(&out.join("data/agreements.csv"), &export::agreements_csv(&dataset))?;
    write(&out.join("data/provisions.csv"), &export::provisions_csv(&dataset))?;
    write(&out.join("data/status-history.csv"), &export::status_csv(&dataset))?;
    write(&out.join("data/events.csv"), &export::events_csv(&dataset))?;
    copy_file(Path::new("CHANGELOG.md"), &out.join("data/CHANGELOG.md"))?;
    copy_file(Path::new("CITATION.cff"), &out.join("CITATION.cff"))?;
    copy_dir(Path::new("public"), &out)?;

    let trunk_html =
        std::fs::read_to_string(out.join("index.html")).map_err(|e| format!("index.html in {}: {e}", out.display()))?;
    let template = Template::new(&trunk_html, &base)?;
    let route_code = read_route_code(&out)?;
    let site = Site {
        dataset_url: with_base(&base, &format!("/data/{data_name}")),
        language_dataset_urls,
        sources_url: with_base(&base, &format!("/data/{sources_name}")),
        route_code,
        base,
        origin,
        dataset: Arc::new(dataset),
    };
    let (loader_name, loader) = &template.loader;
    write(&out.join(loader_name), loader)?;

    let pages = all_pages(&site.dataset);
    let count = write_pages(&out, &template, &site, &pages)?;
    write(&out.join("sitemap.xml"), &publish::sitemap(&site, &pages))?;
    write(&out.join("robots.txt"), &publish::robots(&site))?;
    for lang in Lang::ALL {
        let folder = out.join(lang.code());
        let feed_path = format!("/{}/feed.xml", lang.code());
        write(&folder.join("feed.xml"), &publish::atom_feed(&site, lang, &feed_path))?;
        write(&folder.join("manifest.webmanifest"), &publish::manifest(&site, lang))?;
    }
    // Where feed readers look first: the English feed at the root.
    write(&out.join("feed.xml"), &publish::atom_feed(&site, Lang::En, "/feed.xml"))?;
    let precache = precache_list(&out)?;
    write(&out.join("sw.js"), &publish::service_worker(&site, &precache))?;
    Ok(format!(
        "site: {} agreements, {} provisions, {} events, {} sources -> {}; {} pages",
        site.dataset.agreements.len(),
        site.dataset.provision_count(),
        site.dataset.events.len(),
        site.dataset.sources.len(),
        data_name,
        count
    ))
}

/// The route groups' files that tools/split-publish.mjs left in `out`
/// (a split build only), checked against the groups the routes name; the
/// list itself is not published.
fn read_route_code(out: &Path) -> Result<BTreeMap<String, Vec<String>>, String> {
    let file = out.join("split-groups.json");
    let Ok(json) = std::fs::read_to_string(&file) else {
        return Ok(BTreeMap::new());
    };
    let groups: BTreeMap<String, Vec<String>> =
        serde_json::from_str(&json).map_err(|e| format!("{}: {e}", file.display()))?;
    for route in Route::ALL {
        let group = route.group();
        match groups.get(group) {
            Some(files) if files.iter().all(|f| out.join(f).is_file()) => {}
            Some(files) => {
                return Err(format!(
                    "{}: a file of group `{group}` is missing: {files:?}",
                    file.display()
                ))
            }
            None => {
                return Err(format!(
                    "{}: no files for route group `{group}`: rebuild with tools/split-wasm.sh",
                    file.display()
                ))
            }
        }
    }
    std::fs::remove_file(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(groups)
}

/// What the service worker stores at install: the app's hashed files (in the
/// split build every route's chunk too, so that after one visit every page
/// works offline), the icons and manifests, and the pages every visit can
/// fall back on. Paths
/// below the base. Datasets are kept as they are loaded (see sw.js), so a
/// reader stores the languages they read, not all four files.
fn precache_list(out: &Path) -> Result<Vec<String>, String> {
    let mut list = vec!["/".to_string(), "/404.html".to_string(), "/favicon.svg".to_string()];
    let entries = std::fs::read_dir(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut app_files: Vec<String> = entries
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| [".js", ".wasm", ".css"].iter().any(|ext| name.ends_with(ext)) && name != "sw.js")
        .map(|name| format!("/{name}"))
        .collect();
    app_files.sort();
    list.extend(app_files);
    for icon in ["icon-192.png", "icon-512.png", "maskable-512.png"] {
        list.push(format!("/icons/{icon}"));
    }
    for lang in Lang::ALL {
        list.push(Page::Home.path(lang));
        list.push(format!("/{}/manifest.webmanifest", lang.code()));
    }
    Ok(list)
}

/// `data/` read and validated, with the interface texts the app reads from
/// the compiled dataset; every problem listed when there are any.
fn load_checked(data_dir: &Path) -> Result<Dataset, String> {
    let files = read_data_dir(data_dir).map_err(|e| format!("cannot read {}: {e}", data_dir.display()))?;
    let (mut dataset, problems) = load(&files, &today());
    if problems.is_empty() {
        dataset.interface = interface_tables();
        return Ok(dataset);
    }
    Err(problem_list(&problems))
}

fn problem_list(problems: &[Problem]) -> String {
    let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
    format!("The dataset has {} problem(s):\n{}", problems.len(), list.join("\n"))
}

fn write_synthetic(data_dir: &Path, count: &str, file: &Path) -> Result<String, String> {
    let count: usize = count.parse().map_err(|_| format!("not a number: {count}"))?;
    let dataset = load_checked(data_dir)?;
    let extra = count.saturating_sub(dataset.events.len());
    let synthetic = with_synthetic_events(&dataset, extra, 42);
    write(file, &serde_json::to_string(&synthetic).map_err(|e| e.to_string())?)?;
    Ok(format!("site: {} events -> {}", synthetic.events.len(), file.display()))
}

/// Every route of every record in every language.
fn all_pages(dataset: &Dataset) -> Vec<Page> {
    let mut pages = vec![
        Page::Home,
        Page::Agreements,
        Page::Timeline,
        Page::Status,
        Page::Search,
        Page::Glossary,
        Page::About,
        Page::Guides,
        Page::Themes,
    ];
    pages.extend(dataset.agreements.iter().map(|a| Page::Agreement(a.id.clone())));
    pages.extend(dataset.events.iter().map(|e| Page::Event(e.id.clone())));
    pages.extend(dataset.actors.iter().map(|a| Page::Actor(a.id.clone())));
    pages.extend(dataset.guides.iter().map(|g| Page::Guide(g.id.clone())));
    pages.extend(dataset.themes.iter().map(|t| Page::Theme(t.id.clone())));
    pages
}

fn write_pages(out: &Path, template: &Template, site: &Site, pages: &[Page]) -> Result<usize, String> {
    let mut count = 0;
    for lang in Lang::ALL {
        for page in pages {
            let path = page.path(lang);
            let html = template.render(site, Some(lang), page, &path);
            write(&out.join(path.trim_start_matches('/')).join("index.html"), &html)?;
            count += 1;
        }
    }
    // The root picks a language in the app (its own content: the choice of
    // languages); 404.html is what static hosts serve for unknown addresses.
    write(&out.join("index.html"), &template.render(site, None, &Page::Home, "/"))?;
    let not_found = Page::NotFound;
    let html = template.render(site, None, &not_found, &not_found.path(Lang::En));
    write(&out.join("404.html"), &html)?;
    Ok(count + 2)
}

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

fn today() -> String {
    std::env::var("DIALOGUE_TODAY").unwrap_or_else(|_| {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        civil_date((secs / 86_400) as i64)
    })
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}

fn copy_file(from: &Path, to: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(from).map_err(|e| format!("{}: {e}", from.display()))?;
    write(to, &text)
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    let Ok(entries) = std::fs::read_dir(from) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            std::fs::create_dir_all(&target).map_err(|e| e.to_string())?;
            copy_dir(&path, &target)?;
        } else {
            std::fs::copy(&path, &target).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}
