//! The native build step, run by Trunk after each build (see Trunk.toml):
//! validates `data/`, writes the compiled dataset under a content hash, and
//! writes one `index.html` per route of every record in every language (plus
//! `404.html`), each with its own title and description, so deep links work
//! on a bare static host with no rewrite rules.
//!
//! Usage: site OUTPUT_DIR   (OUTPUT_DIR holds Trunk's index.html)
//!        site --synthetic N FILE   (the real dataset plus N generated events,
//!        compiled, for scale tests and benchmarks; never deployed)
//! Env: TRUNK_PUBLIC_URL (base path, default "/"), DIALOGUE_TODAY (YYYY-MM-DD,
//! for reproducible checks), DIALOGUE_DATA (data folder, default ./data).

use dialogue_explorer::core::export;
use dialogue_explorer::core::lang::Lang;
use dialogue_explorer::core::model::Dataset;
use dialogue_explorer::core::routes::{with_base, Page};
use dialogue_explorer::core::synth::with_synthetic_events;
use dialogue_explorer::core::validate::{civil_date, load, read_data_dir};
use dialogue_explorer::meta::page_meta;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

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

fn run() -> Result<String, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data_dir: PathBuf = std::env::var("DIALOGUE_DATA").unwrap_or_else(|_| "data".into()).into();
    if let [flag, count, file] = args.as_slice() {
        if flag == "--synthetic" {
            return write_synthetic(&data_dir, count, Path::new(file));
        }
    }
    let out: PathBuf = args
        .first()
        .ok_or("usage: site OUTPUT_DIR | site --synthetic N FILE")?
        .into();
    let base = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    let base = if base.ends_with('/') { base } else { format!("{base}/") };

    let files = read_data_dir(&data_dir).map_err(|e| format!("cannot read {}: {e}", data_dir.display()))?;
    let (dataset, problems) = load(&files, &today());
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
        return Err(format!(
            "The dataset has {} problem(s):\n{}",
            problems.len(),
            list.join("\n")
        ));
    }

    let json = serde_json::to_string(&dataset).map_err(|e| e.to_string())?;
    let data_name = format!("dialogue.{:016x}.json", fnv1a(json.as_bytes()));
    write(&out.join("data").join(&data_name), &json)?;
    let schema = std::fs::read_to_string(data_dir.join("schema.json")).map_err(|e| format!("schema.json: {e}"))?;
    write(&out.join("data/schema.json"), &schema)?;
    // Open data under stable names, for people and scripts that reuse it.
    write(&out.join("data/dialogue.json"), &json)?;
    write(&out.join("data/agreements.csv"), &export::agreements_csv(&dataset))?;
    write(&out.join("data/provisions.csv"), &export::provisions_csv(&dataset))?;
    write(&out.join("data/status-history.csv"), &export::status_csv(&dataset))?;
    write(&out.join("data/events.csv"), &export::events_csv(&dataset))?;
    copy_dir(Path::new("public"), &out)?;

    let template =
        std::fs::read_to_string(out.join("index.html")).map_err(|e| format!("index.html in {}: {e}", out.display()))?;
    let dataset_url = with_base(&base, &format!("/data/{data_name}"));
    let pages = write_pages(&out, &template, &dataset, &base, &dataset_url)?;
    Ok(format!(
        "site: {} agreements, {} provisions, {} events, {} sources -> {}; {} pages",
        dataset.agreements.len(),
        dataset.provision_count(),
        dataset.events.len(),
        dataset.sources.len(),
        data_name,
        pages
    ))
}

fn write_synthetic(data_dir: &Path, count: &str, file: &Path) -> Result<String, String> {
    let count: usize = count.parse().map_err(|_| format!("not a number: {count}"))?;
    let files = read_data_dir(data_dir).map_err(|e| format!("cannot read {}: {e}", data_dir.display()))?;
    let (dataset, problems) = load(&files, &today());
    if let Some(problem) = problems.first() {
        return Err(problem.to_string());
    }
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
    ];
    pages.extend(dataset.agreements.iter().map(|a| Page::Agreement(a.id.clone())));
    pages.extend(dataset.events.iter().map(|e| Page::Event(e.id.clone())));
    pages.extend(dataset.actors.iter().map(|a| Page::Actor(a.id.clone())));
    pages
}

fn write_pages(out: &Path, template: &str, dataset: &Dataset, base: &str, dataset_url: &str) -> Result<usize, String> {
    let mut count = 0;
    for lang in Lang::ALL {
        for page in all_pages(dataset) {
            let html = render(template, lang, &page, Some(dataset), base, dataset_url);
            let path = page.path(lang);
            write(&out.join(path.trim_start_matches('/')).join("index.html"), &html)?;
            count += 1;
        }
    }
    // The root picks a language in the app; its own page is English.
    write(
        &out.join("index.html"),
        &render(template, Lang::En, &Page::Home, Some(dataset), base, dataset_url),
    )?;
    write(
        &out.join("404.html"),
        &render(template, Lang::En, &Page::NotFound, Some(dataset), base, dataset_url),
    )?;
    Ok(count + 2)
}

/// Trunk's index.html with this page's language, title, description,
/// canonical and alternate links, and the dataset's address.
fn render(template: &str, lang: Lang, page: &Page, dataset: Option<&Dataset>, base: &str, dataset_url: &str) -> String {
    let meta = page_meta(lang, page, dataset);
    let mut head = format!(
        "<title>{}</title>\n<meta name=\"description\" content=\"{}\">\n<meta name=\"dataset\" content=\"{}\">\n",
        escape(&meta.title),
        escape(&meta.description),
        escape(dataset_url)
    );
    if *page != Page::NotFound {
        head.push_str(&format!(
            "<link rel=\"canonical\" href=\"{}\">\n",
            escape(&with_base(base, &page.path(lang)))
        ));
        for alt in Lang::ALL {
            head.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
                alt.code(),
                escape(&with_base(base, &page.path(alt)))
            ));
        }
    }
    let html = replace_between(template, "<title>", "</title>", "");
    let html = html.replacen("<title></title>", &head, 1);
    let html = remove_tag(&html, "<meta name=\"description\"");
    html.replacen("<html lang=\"en\">", &format!("<html lang=\"{}\">", lang.code()), 1)
}

fn replace_between(text: &str, start: &str, end: &str, with: &str) -> String {
    match (text.find(start), text.find(end)) {
        (Some(s), Some(e)) if e > s => format!("{}{start}{with}{}", &text[..s], &text[e..]),
        _ => text.to_string(),
    }
}

fn remove_tag(text: &str, opening: &str) -> String {
    match text.find(opening) {
        Some(s) => match text[s..].find('>') {
            Some(len) => format!("{}{}", &text[..s], text[s + len + 1..].trim_start_matches('\n')),
            None => text.to_string(),
        },
        None => text.to_string(),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn fnv1a(bytes: &[u8]) -> u64 {
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
