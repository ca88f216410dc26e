//! The files around the pages: Atom feeds, the sitemap, robots.txt, web app
//! manifests and the service worker.

use crate::{escape, fnv1a, Site};
use dialogue_explorer::core::lang::Lang;
use dialogue_explorer::core::model::{Dataset, Text};
use dialogue_explorer::core::routes::Page;
use dialogue_explorer::core::status::recent_changes;
use dialogue_explorer::data::parse_dataset;
use dialogue_explorer::i18n::strings;
use serde_json::Value;
use std::collections::HashMap;

/// Entries per feed: enough for a reader who checks monthly.
const FEED_ENTRIES: usize = 60;

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
    let updated = entries.first().map(|e| e.date.as_str()).unwrap_or("2011-03-08");
    let self_url = site.url(self_path);
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n\
         <id>urn:dialogue-explorer:feed:{}</id>\n<title>{}</title>\n<subtitle>{}</subtitle>\n\
         <updated>{updated}T00:00:00Z</updated>\n<author><name>{}</name></author>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        lang.code(),
        lang.code(),
        escape(s.feed_title()),
        escape(s.feed_subtitle()),
        escape(s.site_name()),
        escape(&self_url),
        escape(&site.url(&Page::Timeline.path(lang))),
    );
    for e in entries {
        xml.push_str(&format!(
            "<entry>\n  <id>{}</id>\n  <title>{}</title>\n  <updated>{}T00:00:00Z</updated>\n  \
             <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n  <summary>{}</summary>\n</entry>\n",
            escape(&e.id),
            escape(&e.title),
            e.date,
            escape(&e.link),
            escape(&e.summary)
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
            xml.push_str(&format!("<url><loc>{}</loc>", escape(&site.url(&page.path(lang)))));
            for alt in Lang::ALL {
                xml.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    alt.code(),
                    escape(&site.url(&page.path(alt)))
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

/// The service worker. `precache` are paths below the base: the hashed app
/// files, icons and each language's home page. It also knows this deploy's
/// dataset files. Its version is a hash of both lists, so a deploy with a
/// new app or dataset installs a new worker, which caches the new files and
/// drops the old cache.
pub fn service_worker(site: &Site, precache: &[String]) -> String {
    let urls: Vec<String> = precache.iter().map(|p| json_string(&site.path(p))).collect();
    let list = urls.join(",\n  ");
    let mut datasets = vec![format!("\"\": {}", json_string(&site.dataset_url))];
    for (key, url) in &site.language_dataset_urls {
        datasets.push(format!("{}: {}", json_string(key), json_string(url)));
    }
    datasets.push(format!("\"sources\": {}", json_string(&site.sources_url)));
    let datasets = datasets.join(",\n  ");
    let version = format!("{:016x}", fnv1a(format!("{list}\n{datasets}").as_bytes()));
    SERVICE_WORKER
        .replace("__VERSION__", &version)
        .replace("__BASE__", &json_string(&site.base))
        .replace("__PRECACHE__", &list)
        .replace("__DATASETS__", &datasets)
}

const SERVICE_WORKER: &str = r#"// Dialogue Explorer service worker (generated by the site tool).
// Pages: network first, so a new deploy is seen at once; the cached copy
// when offline. Hashed files (app, datasets): cache first, they never change.
// Datasets are kept as they are loaded, so a reader stores the languages
// they read, not every file; a page tells the worker which one it loaded
// before the worker took over, and a new deploy's worker fetches the new
// files of the languages its predecessor kept.
// A new deploy's worker takes over once no tab uses the old one. It does not
// skip the wait: Chromium stalls a takeover (and a navigation meanwhile) when
// an open page's request reaches the old worker as it hands over. Until then
// the old worker also keeps the newer hashed files those pages load, so they
// work offline.
const VERSION = "__VERSION__";
const CACHE = "dialogue-" + VERSION;
const BASE = __BASE__;
const PRECACHE = [
  __PRECACHE__
];
// This deploy's datasets by text language ("" holds every language), and
// the sources the one-language files leave out.
const DATASETS = {
  __DATASETS__
};

// A dataset file of this deploy or a newer one.
function isDataset(url) {
  return url.origin === self.location.origin && url.pathname.startsWith(BASE + "data/")
    && datasetLanguage(url.href) !== null;
}

// The app's files, named by their content's hash, of this deploy or a newer one.
function isAppFile(url) {
  return url.origin === self.location.origin && url.pathname.startsWith(BASE)
    && /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(url.pathname);
}

// Writes to this worker's cache while it is current. Once a newer worker
// has taken over and deleted it, writing would create it again, and it
// would stay until the next deploy.
async function store(request, response) {
  if (await caches.has(CACHE)) await (await caches.open(CACHE)).put(request, response);
}

// "en", "sq", "sr", "" (all), "sources" or null: which dataset file a cached address is.
function datasetLanguage(url) {
  const match = /\/data\/(?:dialogue(?:\.([a-z]+))?|(sources))\.[0-9a-f]{16}\.json$/.exec(new URL(url).pathname);
  return match ? match[1] || match[2] || "" : null;
}

async function languagesKept() {
  const kept = new Set();
  for (const key of await caches.keys()) {
    if (!key.startsWith("dialogue-") || key === CACHE) continue;
    for (const request of await (await caches.open(key)).keys()) {
      const language = datasetLanguage(request.url);
      if (language !== null && language in DATASETS) kept.add(DATASETS[language]);
    }
  }
  return [...kept];
}

self.addEventListener("message", (event) => {
  const keep = event.data && event.data.keep;
  if (typeof keep !== "string") return;
  const url = new URL(keep, self.location.href);
  if (!isDataset(url)) return;
  event.waitUntil(caches.match(url).then((hit) => hit || fetch(url).then((response) => response.ok && store(url, response))));
});

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(PRECACHE).then(languagesKept).then((kept) => cache.addAll(kept)))
  );
});

// This deploy's datasets that the old worker stored while this one waited
// (pages in use loaded them) move across before the old cache goes.
async function adopt(olderCaches) {
  const cache = await caches.open(CACHE);
  const wanted = Object.values(DATASETS);
  for (const key of olderCaches) {
    const older = await caches.open(key);
    for (const request of await older.keys()) {
      if (wanted.includes(new URL(request.url).pathname) && !(await cache.match(request))) {
        await cache.put(request, await older.match(request));
      }
    }
  }
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => keys.filter((k) => k.startsWith("dialogue-") && k !== CACHE))
      .then((older) => adopt(older).then(() => Promise.all(older.map((k) => caches.delete(k)))))
      .then(() => self.clients.claim())
  );
});

// The home page of the address's language: every page boots the same app,
// which then draws the page the address names.
function fallbackPage(url) {
  const rest = url.pathname.slice(BASE.length);
  const lang = rest.split("/")[0];
  return ["en", "sq", "sr-Latn", "sr-Cyrl"].includes(lang) ? BASE + lang + "/" : BASE;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) event.waitUntil(store(request, response.clone()));
          return response;
        })
        .catch(() =>
          caches.match(request, { ignoreSearch: true })
            .then((hit) => hit || caches.match(fallbackPage(url)))
            .then((hit) => hit || caches.match(BASE))
        )
    );
    return;
  }
  event.respondWith(
    caches.match(request).then((hit) => hit || fetch(request).then((response) => {
      if (response.ok && (PRECACHE.includes(url.pathname) || isAppFile(url) || isDataset(url))) {
        event.waitUntil(store(request, response.clone()));
      }
      return response;
    }))
  );
});
"#;

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
    use dialogue_explorer::core::validate::{load, read_data_dir};

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
            assert_eq!(own.entries(), compiled.entries());
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
