//! The files around the pages: Atom feeds, the sitemap, robots.txt, web app
//! manifests and the service worker.

use crate::{escape, fnv1a, Site};
use dialogue_explorer::core::lang::Lang;
use dialogue_explorer::core::routes::Page;
use dialogue_explorer::core::status::recent_changes;
use dialogue_explorer::i18n::strings;

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
            c.provision.number,
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
        escape(s.feed_title),
        escape(s.feed_subtitle),
        escape(s.site_name),
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
        json_string(s.site_name),
        json_string(s.site_name),
        json_string(s.home_description),
        lang.code(),
        json_string(&site.path(&Page::Home.path(lang))),
        json_string(&site.path("/")),
        icons.join(",")
    )
}

/// The service worker. `precache` are paths below the base: the hashed app
/// files, the dataset, icons and each language's home page. Its version is
/// a hash of that list, so a deploy with a new app or dataset installs a new
/// worker, which caches the new files and drops the old cache.
pub fn service_worker(site: &Site, precache: &[String]) -> String {
    let urls: Vec<String> = precache.iter().map(|p| json_string(&site.path(p))).collect();
    let list = urls.join(",\n  ");
    let version = format!("{:016x}", fnv1a(list.as_bytes()));
    SERVICE_WORKER
        .replace("__VERSION__", &version)
        .replace("__BASE__", &json_string(&site.base))
        .replace("__PRECACHE__", &list)
}

const SERVICE_WORKER: &str = r#"// Dialogue Explorer service worker (generated by the site tool).
// Pages: network first, so a new deploy is seen at once; the cached copy
// when offline. Hashed files (app, dataset): cache first, they never change.
const VERSION = "__VERSION__";
const CACHE = "dialogue-" + VERSION;
const BASE = __BASE__;
const PRECACHE = [
  __PRECACHE__
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("dialogue-") && k !== CACHE).map((k) => caches.delete(k))))
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
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
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
      if (response.ok && PRECACHE.includes(url.pathname)) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(request, copy));
      }
      return response;
    }))
  );
});
"#;

/// A JSON string literal.
pub fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}
