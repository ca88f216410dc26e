//! The files around the pages: Atom feeds, the sitemap, robots.txt, web app
//! manifests and the service worker.

use crate::{escape, fnv1a, Site};
use dialogue_explorer::core::lang::Lang;
use dialogue_explorer::core::model::{Dataset, Text};
use dialogue_explorer::core::routes::Page;
use dialogue_explorer::core::status::recent_changes;
use dialogue_explorer::data::parse_dataset;
use dialogue_explorer::i18n::strings;
use serde::Serialize;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

/// Entries per feed: enough for a reader who checks monthly.
const FEED_ENTRIES: usize = 60;

/// Text for XML (feeds, sitemap): escaped, and without the characters XML
/// 1.0 does not allow, so one stray character in the data cannot make a
/// whole feed unreadable. Dropped: C0 controls other than tab, line feed
/// and carriage return, and the non-characters U+FFFE and U+FFFF. (The
/// validator already refuses control characters in the data.)
fn xml_text(text: &str) -> String {
    let allowed =
        |c: char| !matches!(c, '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}');
    let text = match text.chars().all(allowed) {
        true => Cow::Borrowed(text),
        false => Cow::Owned(text.chars().filter(|&c| allowed(c)).collect()),
    };
    escape(&text)
}

struct Entry {
    id: String,
    date: String,
    title: String,
    link: String,
    summary: String,
}

/// An Atom feed of the newest events and status changes in one language,
/// published at `self_path` (below the base).
pub fn atom_feed(site: &Site, lang: Lang, self_path: &str) -> String {
    let data = &site.dataset;
    let s = strings(lang);
    let events = data.events.iter().map(|e| Entry {
        id: format!("urn:dialogue-explorer:event:{}", e.id),
        date: e.date.clone(),
        title: lang.pick(&e.title).into_owned(),
        link: site.url(&Page::Event(e.id.clone()).path(lang)),
        summary: lang.pick(&e.summary).into_owned(),
    });
    let changes = recent_changes(data, FEED_ENTRIES).into_iter().map(|c| Entry {
        id: format!("urn:dialogue-explorer:status:{}:{}", c.provision.id, c.entry.date),
        date: c.entry.date.clone(),
        title: format!(
            "{} · {}: {}",
            lang.pick(&c.agreement.title),
            lang.label(&c.provision.number),
            s.level(c.entry.level)
        ),
        link: format!(
            "{}#provision-{}",
            site.url(&Page::Agreement(c.agreement.id.clone()).path(lang)),
            c.provision.id
        ),
        summary: lang.pick(&c.entry.note).into_owned(),
    });
    let mut entries: Vec<Entry> = events.chain(changes).collect();
    entries.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    entries.truncate(FEED_ENTRIES);
    let updated = xml_text(entries.first().map(|e| e.date.as_str()).unwrap_or("2011-03-08"));
    let self_url = site.url(self_path);
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n\
         <id>urn:dialogue-explorer:feed:{}</id>\n<title>{}</title>\n<subtitle>{}</subtitle>\n\
         <updated>{updated}T00:00:00Z</updated>\n<author><name>{}</name></author>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        lang.code(),
        lang.code(),
        xml_text(s.feed_title()),
        xml_text(s.feed_subtitle()),
        xml_text(s.site_name()),
        xml_text(&self_url),
        xml_text(&site.url(&Page::Timeline.path(lang))),
    );
    for e in entries {
        xml.push_str(&format!(
            "<entry>\n  <id>{}</id>\n  <title>{}</title>\n  <updated>{}T00:00:00Z</updated>\n  \
             <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n  <summary>{}</summary>\n</entry>\n",
            xml_text(&e.id),
            xml_text(&e.title),
            xml_text(&e.date),
            xml_text(&e.link),
            xml_text(&e.summary)
        ));
    }
    xml.push_str("</feed>\n");
    xml
}

/// Every route in every language, each with its alternates.
pub fn sitemap(site: &Site, pages: &[Page]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in pages {
        for lang in Lang::ALL {
            xml.push_str(&format!("<url><loc>{}</loc>", xml_text(&site.url(&page.path(lang)))));
            for alt in Lang::ALL {
                xml.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    alt.code(),
                    xml_text(&site.url(&page.path(alt)))
                ));
            }
            xml.push_str("</url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots(site: &Site) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}\n", site.url("/sitemap.xml"))
}

/// A web app manifest per language: installing from an Albanian page gives
/// the Albanian name and start page.
pub fn manifest(site: &Site, lang: Lang) -> String {
    let s = strings(lang);
    let icon = |file: &str, sizes: &str, kind: &str, purpose: &str| {
        format!(
            "{{\"src\":{},\"sizes\":\"{sizes}\",\"type\":\"{kind}\",\"purpose\":\"{purpose}\"}}",
            json_string(&site.path(file))
        )
    };
    let icons = [
        icon("/icons/icon-192.png", "192x192", "image/png", "any"),
        icon("/icons/icon-512.png", "512x512", "image/png", "any"),
        icon("/icons/maskable-512.png", "512x512", "image/png", "maskable"),
        icon("/favicon.svg", "any", "image/svg+xml", "any"),
    ];
    format!(
        "{{\"name\":{},\"short_name\":{},\"description\":{},\"lang\":\"{}\",\"start_url\":{},\"scope\":{},\
         \"display\":\"standalone\",\"background_color\":\"#ffffff\",\"theme_color\":\"#2f5d7c\",\"icons\":[{}]}}\n",
        json_string(s.site_name()),
        json_string(s.site_name()),
        json_string(s.home_description()),
        lang.code(),
        json_string(&site.path(&Page::Home.path(lang))),
        json_string(&site.path("/")),
        icons.join(",")
    )
}

/// The service worker: `sw.js` beside this file, as it is, after one line
/// that sets `CONFIG` (see [`ServiceWorkerConfig`]). `precache` are paths
/// below the base: the hashed app files, icons and each language's home page.
pub fn service_worker(site: &Site, precache: &[String]) -> String {
    let mut datasets = BTreeMap::from([("", site.dataset_url.as_str())]);
    for (key, url) in &site.language_dataset_urls {
        datasets.insert(*key, url.as_str());
    }
    datasets.insert("sources", site.sources_url.as_str());
    let mut config = ServiceWorkerConfig {
        version: String::new(),
        base: &site.base,
        precache: precache.iter().map(|p| site.path(p)).collect(),
        datasets,
    };
    // A hash of both lists, so a deploy with a new app or dataset installs a
    // new worker, which caches the new files and drops the old cache.
    let files = serde_json::to_string(&(&config.precache, &config.datasets)).unwrap_or_default();
    config.version = format!("{:016x}", fnv1a(files.as_bytes()));
    let config = serde_json::to_string(&config).unwrap_or_default();
    format!("const CONFIG = {config};\n{SERVICE_WORKER}")
}

/// What the service worker needs to know of a deploy: the one line the site
/// tool writes before `sw.js`, as `const CONFIG = {…};`.
#[derive(Serialize)]
struct ServiceWorkerConfig<'a> {
    /// 16 hex digits; the cache is named `dialogue-<version>`.
    version: String,
    /// "/" or "/sub/path/".
    base: &'a str,
    /// Paths with the base, cached when the worker installs.
    precache: Vec<String>,
    /// This deploy's dataset files by text language ("" holds every
    /// language), and "sources", the sources the one-language files leave out.
    datasets: BTreeMap<&'a str, &'a str>,
}

/// The service worker's code, a plain JavaScript file (`node --check` in
/// `make lint`); it reads this deploy's values from `CONFIG`.
const SERVICE_WORKER: &str = include_str!("sw.js");

/// The compiled dataset with the texts of one language (`en`, `sq` or `sr`)
/// only, marked as such: what pages in that language load first. Texts are
/// the objects whose keys are languages and whose values are strings; the
/// glossary's aliases (lists) stay whole, since every page shows them all.
/// The sources are left out (they are the same in every language, and kept
/// in a file of their own; references name their position in it), and of the
/// interface texts only the language's own table is kept. Checked as the app will check it.
pub fn one_language_dataset(dataset: &Dataset, key: &str) -> Result<String, String> {
    fn keep_language(value: &mut Value, key: &str) {
        match value {
            Value::Object(map) => {
                let is_text = !map.is_empty()
                    && map
                        .iter()
                        .all(|(k, v)| Text::LANGUAGES.contains(&k.as_str()) && v.is_string());
                if is_text {
                    map.retain(|k, _| k == key);
                } else {
                    map.values_mut().for_each(|v| keep_language(v, key));
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|v| keep_language(v, key)),
            _ => {}
        }
    }
    // Sources by position in the sources file (written in this order).
    let mut slim = dataset.clone();
    let positions: HashMap<&str, String> = dataset
        .sources
        .iter()
        .enumerate()
        .map(|(i, source)| (source.id.as_str(), i.to_string()))
        .collect();
    slim.for_each_source_ref(|id| {
        if let Some(position) = positions.get(id.as_str()) {
            *id = position.clone();
        }
    });
    slim.sources.clear();
    slim.sources_apart = Some(dataset.sources.len());
    slim.texts_only_in = Some(key.into());
    slim.interface.retain(|language, _| language == key);
    let mut value = serde_json::to_value(&slim).map_err(|e| e.to_string())?;
    keep_language(&mut value, key);
    let json = value.to_string();
    parse_dataset(&json).map_err(|e| format!("the {key} dataset: {e}"))?;
    Ok(json)
}

/// A JSON string literal.
pub fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use dialogue_explorer::core::validate::load;
    use dialogue_explorer::data_dir::read_data_dir;
    use std::sync::Arc;

    fn site(dataset: Dataset) -> Site {
        Site {
            base: "/sub/".into(),
            origin: "https://example.org".into(),
            dataset: Arc::new(dataset),
            dataset_url: "/sub/data/dialogue.00000000000000a1.json".into(),
            language_dataset_urls: vec![
                ("en", "/sub/data/dialogue.en.00000000000000a2.json".into()),
                ("sq", "/sub/data/dialogue.sq.00000000000000a3.json".into()),
                ("sr", "/sub/data/dialogue.sr.00000000000000a4.json".into()),
            ],
            sources_url: "/sub/data/sources.00000000000000a5.json".into(),
            route_code: [(
                "records".to_string(),
                vec![
                    "split_records-00000000000000b1.wasm".to_string(),
                    "chunk_9-00000000000000b2.wasm".to_string(),
                ],
            )]
            .into(),
        }
    }

    #[test]
    fn a_page_names_its_route_groups_files_below_the_base_and_the_root_names_none() {
        let site = site(Dataset::default());
        assert_eq!(
            site.page_code(Some(Lang::Sq), &Page::Agreements).as_deref(),
            Some("/sub/split_records-00000000000000b1.wasm /sub/chunk_9-00000000000000b2.wasm")
        );
        assert_eq!(
            site.page_code(None, &Page::Home),
            None,
            "the root only sends the reader on"
        );
        assert_eq!(
            site.page_code(Some(Lang::En), &Page::Timeline),
            None,
            "no files listed for its group"
        );
    }

    /// Characters XML 1.0 does not allow in a document.
    fn not_xml(c: char) -> bool {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}')
    }

    #[test]
    fn service_worker_is_the_javascript_file_after_one_config_line() {
        let precache = ["/".to_string(), "/app-0123456789abcdef.js".into(), "/en/".into()];
        let sw = service_worker(&site(Dataset::default()), &precache);
        // The file as it is, unchanged, after exactly one line.
        let (first, rest) = sw.split_once('\n').unwrap();
        assert_eq!(rest, include_str!("sw.js"));
        // The file declares no CONFIG of its own and has no placeholders left.
        assert!(!SERVICE_WORKER.lines().any(|l| l.starts_with("const CONFIG")) && !SERVICE_WORKER.contains("__"));
        assert!(SERVICE_WORKER.contains("const PRECACHE = CONFIG.precache;"));
        // The line: `const CONFIG = <JSON>;`, with every value the worker reads.
        let json = first
            .strip_prefix("const CONFIG = ")
            .unwrap()
            .strip_suffix(';')
            .unwrap();
        let config: Value = serde_json::from_str(json).unwrap();
        let version = config["version"].as_str().unwrap();
        assert!(
            version.len() == 16 && version.chars().all(|c| c.is_ascii_hexdigit()),
            "{version}"
        );
        assert_eq!(config["base"], "/sub/");
        assert_eq!(
            config["precache"],
            serde_json::json!(["/sub/", "/sub/app-0123456789abcdef.js", "/sub/en/"])
        );
        assert_eq!(
            config["datasets"],
            serde_json::json!({
                "": "/sub/data/dialogue.00000000000000a1.json",
                "en": "/sub/data/dialogue.en.00000000000000a2.json",
                "sq": "/sub/data/dialogue.sq.00000000000000a3.json",
                "sr": "/sub/data/dialogue.sr.00000000000000a4.json",
                "sources": "/sub/data/sources.00000000000000a5.json",
            })
        );
        assert_eq!(config.as_object().unwrap().len(), 4, "{json}");
        // Every name the file reads from CONFIG is in the line.
        for name in SERVICE_WORKER.split("CONFIG.").skip(1) {
            let name: String = name.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            assert!(config.get(&name).is_some(), "CONFIG.{name}");
        }
        // A new file list is a new version (a new cache); the same, the same.
        let again = service_worker(&site(Dataset::default()), &precache);
        assert_eq!(again, sw);
        let other = service_worker(&site(Dataset::default()), &precache[..2]);
        assert!(!other.contains(version));
    }

    #[test]
    fn xml_text_escapes_and_drops_what_xml_forbids() {
        let every_control: String = ('\0'..=' ').collect();
        let text = format!("a<b>&\"c\"{every_control}\u{fffe}\u{ffff}\u{7f}é\u{10ffff}");
        let out = xml_text(&text);
        assert_eq!(out, "a&lt;b&gt;&amp;&quot;c&quot;\t\n\r \u{7f}é\u{10ffff}");
        assert!(!out.chars().any(not_xml));
        assert_eq!(xml_text("plain text"), "plain text");
    }

    #[test]
    fn feeds_and_sitemap_never_carry_control_characters() {
        let files = read_data_dir(std::path::Path::new("data")).unwrap();
        let (mut data, _) = load(&files, "9999-12-31");
        let newest = data.events.iter_mut().max_by(|a, b| a.date.cmp(&b.date)).unwrap();
        newest.title.en = "Bell\u{7}, escape\u{1b} and NUL\u{0} in a title".into();
        newest.summary.en = "Vertical\u{b}tab\u{c}feed, and\ttab kept".into();
        let mut site = site(data);
        site.origin = "https://example\u{1}.org".into();
        let feed = atom_feed(&site, Lang::En, "/en/feed.xml");
        assert!(
            feed.contains("<title>Bell, escape and NUL in a title</title>"),
            "{feed}"
        );
        assert!(
            feed.contains("<summary>Verticaltabfeed, and\ttab kept</summary>"),
            "{feed}"
        );
        assert!(feed.contains("href=\"https://example.org/sub/en/feed.xml\""));
        assert!(!feed.chars().any(not_xml));
        let sitemap = sitemap(&site, &[Page::Home, Page::Timeline]);
        assert!(sitemap.contains("<loc>https://example.org/sub/en/</loc>"), "{sitemap}");
        assert!(!sitemap.chars().any(not_xml));
    }

    #[test]
    fn one_language_files_keep_their_language_and_every_alias_but_no_sources() {
        let files = read_data_dir(std::path::Path::new("data")).unwrap();
        let (mut full, problems) = load(&files, "9999-12-31");
        assert!(problems.is_empty());
        full.interface = dialogue_explorer::i18n::interface_tables();
        let full_size = serde_json::to_string(&full).unwrap().len();
        for (key, lang) in [("en", Lang::En), ("sq", Lang::Sq), ("sr", Lang::SrCyrl)] {
            let json = one_language_dataset(&full, key).unwrap();
            assert!(
                json.len() < full_size * 2 / 3,
                "{key}: {} of {full_size} bytes",
                json.len()
            );
            let one = parse_dataset(&json).unwrap();
            assert_eq!(one.texts_only_in.as_deref(), Some(key));
            // The file a page in `lang` loads, and English texts only in English's.
            assert_eq!(lang.text_key(), key);
            assert_eq!(one.agreements[0].title.en.is_empty(), key != "en");
            // Same records in the same order, this language's texts intact.
            assert_eq!(one.events.len(), full.events.len());
            for (a, b) in one.events.iter().zip(&full.events) {
                assert_eq!(a.id, b.id);
                assert_eq!(a.title.in_language(key), b.title.in_language(key));
                assert_eq!(a.summary.in_language(key), b.summary.in_language(key));
            }
            let others: Vec<&str> = Text::LANGUAGES.into_iter().filter(|k| *k != key).collect();
            assert!(one
                .agreements
                .iter()
                .all(|a| others.iter().all(|k| a.title.in_language(k).is_empty())));
            assert_eq!(
                one.glossary.iter().map(|g| &g.aliases).collect::<Vec<_>>(),
                full.glossary.iter().map(|g| &g.aliases).collect::<Vec<_>>()
            );
            // The language's own interface texts, every key, as compiled.
            assert_eq!(one.interface.keys().collect::<Vec<_>>(), [key]);
            let own = dialogue_explorer::i18n::Strings::from_table(&one.interface[key]).unwrap();
            let compiled = strings(if key == "sr" { Lang::SrLatn } else { lang });
            // (Serbian spans that stay Latin in Cyrillic carry their marks in
            // the table; the Latin pages show them without.)
            let shown: Vec<(&str, String)> = own
                .entries()
                .into_iter()
                .map(|(k, text)| {
                    (
                        k,
                        dialogue_explorer::core::translit::strip_latin_marks(text).into_owned(),
                    )
                })
                .collect();
            let expected: Vec<(&str, String)> = compiled
                .entries()
                .into_iter()
                .map(|(k, t)| (k, t.to_string()))
                .collect();
            assert_eq!(shown, expected);
            // The sources are left out, and counted for the home page's figure.
            assert!(one.sources.is_empty());
            assert_eq!(one.source_count(), full.sources.len());
            // Every reference names its source by position in the sources
            // file (the full list, in order): the same sources, in order.
            let refs = |mut d: Dataset| {
                let mut ids = Vec::new();
                d.for_each_source_ref(|id| ids.push(id.clone()));
                ids
            };
            let positions = refs(one.clone());
            assert!(positions.len() > 1000);
            let named: Vec<String> = positions
                .iter()
                .map(|p| full.sources[p.parse::<usize>().unwrap()].id.clone())
                .collect();
            assert_eq!(named, refs(full.clone()));
            // No citing field is missed: every string under a citing key in
            // the file as written is a position.
            fn cited<'v>(value: &'v Value, out: &mut Vec<&'v str>) {
                match value {
                    Value::Object(map) => map.iter().for_each(|(k, v)| match (k.as_str(), v) {
                        ("sources" | "documents", Value::Array(ids)) => {
                            ids.iter().filter_map(Value::as_str).for_each(|id| out.push(id))
                        }
                        ("quote_source", Value::String(id)) => out.push(id),
                        _ => cited(v, out),
                    }),
                    Value::Array(items) => items.iter().for_each(|v| cited(v, out)),
                    _ => {}
                }
            }
            let written: Value = serde_json::from_str(&json).unwrap();
            let mut strings_cited = Vec::new();
            cited(&written, &mut strings_cited);
            assert_eq!(strings_cited.len(), positions.len());
            assert!(strings_cited.iter().all(|p| p.parse::<usize>().is_ok()));
        }
    }
}
