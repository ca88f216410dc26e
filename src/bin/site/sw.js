// Dialogue Explorer service worker.
// The site tool (src/bin/site/publish.rs) publishes this file as sw.js, as it
// is, after a single line with this deploy's settings, as JSON:
//   const CONFIG = {"version": "<16 hex digits>", "base": "/", "precache": [...], "datasets": {...}};
// Nothing else is filled in, so `node --check` and linters read this file as
// it is (with CONFIG a global).
/* global CONFIG */
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

// A hash of this deploy's files: a new app or dataset is a new cache.
const VERSION = CONFIG.version;
const CACHE = "dialogue-" + VERSION;
// The site's base path, "/" or "/sub/path/".
const BASE = CONFIG.base;
// Paths cached at install: the hashed app files, icons and each language's
// home page.
const PRECACHE = CONFIG.precache;
// This deploy's datasets by text language ("" holds every language), and
// the sources the one-language files leave out.
const DATASETS = CONFIG.datasets;

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
