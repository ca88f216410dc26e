//! One HTML page per route: Trunk's `index.html` with the route's language,
//! head (title, description, canonical and alternate links, Open Graph, the
//! Content-Security-Policy) and its content, rendered at build time by the
//! same components the browser runs (`dialogue_explorer::prerender`).

use crate::{escape, fnv1a, Site};
use dialogue_explorer::core::lang::Lang;
use dialogue_explorer::core::routes::Page;
use dialogue_explorer::i18n::strings;
use dialogue_explorer::meta::page_meta;
use dialogue_explorer::prerender::render_app;

/// Only this site's own files, and wasm compiled from them. No inline script
/// or style anywhere: styles set by code go through the CSSOM.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/// Trunk's page made CSP-clean: its inline loader moved to a file of its own
/// (which also registers the service worker), the placeholder title and
/// description removed so each page writes its own.
pub struct Template {
    html: String,
    /// File name and contents of the external loader.
    pub loader: (String, String),
}

impl Template {
    pub fn new(trunk_html: &str, base: &str) -> Result<Self, String> {
        let open = "<script type=\"module\">";
        let start = trunk_html
            .find(open)
            .ok_or("index.html: Trunk's loader script not found")?;
        let end = start
            + trunk_html[start..]
                .find("</script>")
                .ok_or("index.html: unclosed loader script")?;
        let script = after_first_paint(trunk_html[start + open.len()..end].trim())?;
        let loader = format!(
            "{script}\n\n// Offline copies of the app and dataset (see sw.js).\n\
             if ('serviceWorker' in navigator) {{\n  \
             navigator.serviceWorker.register('{base}sw.js', {{ scope: '{base}' }}).catch(() => {{}});\n  \
             // What this page loads before the worker takes over: keep it too. The\n  \
             // dataset always; the sources once the page has fetched them (if ever).\n  \
             navigator.serviceWorker.ready.then((r) => {{\n    \
             const keep = (url) => r.active && r.active.postMessage({{ keep: url }});\n    \
             const meta = document.querySelector('meta[name=dataset]');\n    \
             if (meta) keep(meta.content);\n    \
             const sources = document.querySelector('meta[name=dataset-sources]');\n    \
             if (!sources) return;\n    \
             const url = new URL(sources.content, document.baseURI).href;\n    \
             new PerformanceObserver((list, observer) => {{\n      \
             if (list.getEntriesByName(url).length) {{ keep(url); observer.disconnect(); }}\n    \
             }}).observe({{ type: 'resource', buffered: true }});\n  \
             }});\n}}\n"
        );
        let loader_name = format!("loader-{:016x}.js", fnv1a(loader.as_bytes()));
        let html = format!(
            "{}<script type=\"module\" src=\"{base}{loader_name}\"></script>{}",
            &trunk_html[..start],
            &trunk_html[end + "</script>".len()..]
        );
        // Nothing but the page itself before its first paint: the app's
        // files are fetched by the loader once the content is on screen.
        let html = remove_element(&html, "<link rel=\"modulepreload\"", ">");
        let html = remove_element(&html, "<link rel=\"preload\"", ">");
        let html = remove_element(&html, "<title>", "</title>");
        let html = remove_element(&html, "<meta name=\"description\"", ">");
        let csp = format!(
            "<meta charset=\"utf-8\">\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{CONTENT_SECURITY_POLICY}\">"
        );
        let html = html.replacen("<meta charset=\"utf-8\">", &csp, 1);
        if !html.contains("Content-Security-Policy") || !html.contains("<body></body>") {
            return Err("index.html: expected <meta charset=\"utf-8\"> and an empty <body></body>".into());
        }
        Ok(Template {
            html,
            loader: (loader_name, loader),
        })
    }

    /// The page at `path` (below the base) for `page` in `lang`.
    /// `lang` is `None` for pages of no single language (the root and
    /// 404.html): drawn in English, they load the full dataset.
    pub fn render(&self, site: &Site, lang: Option<Lang>, page: &Page, path: &str) -> String {
        let head = head_tags(site, lang, page);
        let lang = lang.unwrap_or(Lang::En);
        let body = conforming(&without_style_attributes(&render_app(
            &site.base,
            path,
            site.dataset.clone(),
        )));
        // The head's links go after <base>, so every relative address in them
        // resolves against it (the HTML standard wants <base> first).
        let html = self
            .html
            .replacen("<html lang=\"en\">", &format!("<html lang=\"{}\">", lang.code()), 1);
        let after_base = html
            .find("<base ")
            .and_then(|at| html[at..].find('>').map(|end| at + end + 1))
            .unwrap_or(0);
        format!("{}\n{head}{}", &html[..after_base], &html[after_base..]).replacen(
            "<body></body>",
            &format!("<body>\n{body}\n</body>"),
            1,
        )
    }
}

fn head_tags(site: &Site, own_lang: Option<Lang>, page: &Page) -> String {
    let lang = own_lang.unwrap_or(Lang::En);
    let meta = page_meta(lang, page, Some(&site.dataset));
    let s = strings(lang);
    let mut head = String::new();
    let mut tag = |line: String| {
        head.push_str(&line);
        head.push('\n');
    };
    tag(format!("<title>{}</title>", escape(&meta.title)));
    tag(format!(
        "<meta name=\"description\" content=\"{}\">",
        escape(&meta.description)
    ));
    tag(format!(
        "<meta name=\"dataset\" content=\"{}\">",
        escape(site.page_dataset_url(own_lang))
    ));
    tag(format!(
        "<meta name=\"dataset-all\" content=\"{}\">",
        escape(&site.dataset_url)
    ));
    // The split build: the files of the page's route group (see PRELOAD).
    if let Some(files) = site.page_code(own_lang, page) {
        tag(format!("<meta name=\"app-code\" content=\"{}\">", escape(&files)));
    }
    // Pages of one language load a file without the sources; these are here.
    if own_lang.is_some() {
        tag(format!(
            "<meta name=\"dataset-sources\" content=\"{}\">",
            escape(&site.sources_url)
        ));
    }
    tag(format!(
        "<link rel=\"manifest\" href=\"{}\">",
        escape(&site.path(&format!("/{}/manifest.webmanifest", lang.code())))
    ));
    tag("<meta name=\"theme-color\" content=\"#2f5d7c\">".into());
    tag(format!(
        "<link rel=\"apple-touch-icon\" href=\"{}\">",
        escape(&site.path("/icons/icon-192.png"))
    ));
    tag(format!(
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{}\" href=\"{}\">",
        escape(s.feed_title()),
        escape(&site.path(&format!("/{}/feed.xml", lang.code())))
    ));
    if *page != Page::NotFound {
        tag(format!(
            "<link rel=\"canonical\" href=\"{}\">",
            escape(&site.url(&page.path(lang)))
        ));
        for alt in Lang::ALL {
            tag(format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
                alt.code(),
                escape(&site.url(&page.path(alt)))
            ));
        }
        // The site root sends each reader to their own language.
        tag(format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
            escape(&site.url("/"))
        ));
        // Link previews (Open Graph): absolute addresses.
        let kind = match page {
            Page::Agreement(_) | Page::Event(_) => "article",
            _ => "website",
        };
        for (property, value) in [
            ("og:type", kind.to_string()),
            ("og:site_name", s.site_name().to_string()),
            ("og:title", meta.title.clone()),
            ("og:description", meta.description.clone()),
            ("og:url", site.url(&page.path(lang))),
            ("og:image", site.url("/icons/icon-512.png")),
        ] {
            tag(format!("<meta property=\"{property}\" content=\"{}\">", escape(&value)));
        }
        tag("<meta name=\"twitter:card\" content=\"summary\">".into());
    }
    head
}

/// Trunk's loader imports the app at once; this one waits for the first
/// paint, then imports it (the page is readable meanwhile).
fn after_first_paint(script: &str) -> Result<String, String> {
    let import = "import init, * as bindings from '";
    let start = script
        .find(import)
        .ok_or("index.html: Trunk's loader has no `import init`")?;
    let rest = &script[start + import.len()..];
    let end = rest
        .find("';")
        .ok_or("index.html: Trunk's loader import is not closed")?;
    let wasm_key = "module_or_path: '";
    let wasm = rest
        .find(wasm_key)
        .map(|at| &rest[at + wasm_key.len()..])
        .and_then(|tail| tail.find('\'').map(|close| &tail[..close]))
        .ok_or("index.html: Trunk's loader names no wasm (`module_or_path`)")?;
    Ok(format!(
        "{}await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));\n\
         {}\
         const bindings = await import('{}');\nconst init = bindings.default;{}",
        &script[..start],
        PRELOAD.replace("{wasm}", wasm),
        &rest[..end],
        &rest[end + 2..]
    ))
}

/// Everything a page needs, requested at once after its first paint: the
/// main module, the page's dataset, the sources when the page shows them
/// and, in the split build, the page's own code (`<meta name="app-code">`).
/// Without it each request waited for the step before it (the wasm for its
/// script, the dataset and the page's code for the wasm to start). The app's
/// own requests (same address, same mode) are served from these preloads.
const PRELOAD: &str = "const preload = (href) => {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
};
const named = (name) => document.querySelector(`meta[name=${name}]`)?.content;
preload('{wasm}');
if (named('dataset')) preload(named('dataset'));
if (named('dataset-sources') && document.querySelector('ol.sources')) preload(named('dataset-sources'));
for (const file of (named('app-code') ?? '').split(' ').filter(Boolean)) preload(file);
";

/// Sizes the app sets from code (the timeline's bars and spacer) arrive as
/// `style` attributes, which the CSP refuses in markup. In the browser the
/// app sets them through the CSSOM, which the CSP allows; the page before the
/// wasm does without them.
/// The rendered app as the HTML standard writes it: parsed by an HTML5
/// parser and serialized again without comment nodes. The renderer marks
/// text and list boundaries with empty comments (`<!>`) for hydration; the
/// app replaces the pre-rendered body instead, so they serve no purpose and
/// are not valid HTML.
///
/// Parsed with scripting off, as a browser without JavaScript reads the
/// page: `<noscript>` then holds elements (serialized as markup), where a
/// scripting parser would keep it as text and escape it.
fn conforming(fragment: &str) -> String {
    use html5ever::tendril::TendrilSink;
    let options = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    let mut html = html5ever::driver::parse_fragment(
        scraper::HtmlTreeSink::new(scraper::Html::new_fragment()),
        options,
        html5ever::QualName::new(None, html5ever::ns!(html), html5ever::local_name!("body")),
        Vec::new(),
        false,
    )
    .one(fragment);
    let comments: Vec<_> = html
        .tree
        .nodes()
        .filter(|node| node.value().is_comment())
        .map(|node| node.id())
        .collect();
    for id in comments {
        if let Some(mut node) = html.tree.get_mut(id) {
            node.detach();
        }
    }
    html.root_element().inner_html()
}

fn without_style_attributes(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(" style=\"") {
        out.push_str(&rest[..at]);
        let value = &rest[at + " style=\"".len()..];
        rest = value.find('"').map_or("", |end| &value[end + 1..]);
    }
    out.push_str(rest);
    out
}

/// Removes the first element that starts with `open` and ends with `close`
/// (and the line break after it).
fn remove_element(html: &str, open: &str, close: &str) -> String {
    let Some(start) = html.find(open) else {
        return html.to_string();
    };
    match html[start..].find(close) {
        Some(len) => {
            let rest = &html[start + len + close.len()..];
            format!(
                "{}{}",
                html[..start].trim_end_matches(' '),
                rest.trim_start_matches('\n')
            )
        }
        None => html.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn style_attributes_are_left_out_and_text_is_kept() {
        let html = r#"<ol class="rows" style="padding-top: 64px"><li>a style=&quot;x&quot;</li></ol><span style="height: 50%"></span>"#;
        assert_eq!(
            without_style_attributes(html),
            r#"<ol class="rows"><li>a style=&quot;x&quot;</li></ol><span></span>"#
        );
    }

    #[test]
    fn markers_go_and_noscript_stays_markup() {
        let html = r#"<p>a<!>b</p><noscript><p class="notice">x<!> <a href="/en/">y</a></p></noscript>"#;
        assert_eq!(
            conforming(html),
            r#"<p>ab</p><noscript><p class="notice">x <a href="/en/">y</a></p></noscript>"#
        );
    }

    #[test]
    fn trunk_loader_moves_to_a_file_and_the_csp_comes_first() {
        let trunk = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>X</title>\n  \
            <meta name=\"description\" content=\"d\">\n  <base href=\"/\">\n<script type=\"module\">\nimport init, * as bindings from '/a.js';\n\
            const wasm = await init({ module_or_path: '/a_bg.wasm' });\n</script>\n</head>\n<body></body>\n</html>";
        let template = Template::new(trunk, "/").unwrap();
        let loader = &template.loader.1;
        assert!(loader.contains(
            "await import('/a.js');\nconst init = bindings.default;\nconst wasm = await init({ module_or_path: '/a_bg.wasm' });"
        ));
        // The wasm and the page's other files are asked for before the script that starts them.
        let preload = loader.find("preload('/a_bg.wasm');").expect("the wasm is preloaded");
        assert!(preload < loader.find("await import('/a.js')").unwrap());
        assert!(
            loader.find("requestAnimationFrame").unwrap() < preload,
            "after the first paint"
        );
        assert!(Template::new(&trunk.replace("module_or_path", "path"), "/").is_err());
        assert!(template.loader.1.contains("serviceWorker.register('/sw.js'"));
        assert!(!template.html.contains("<title>") && !template.html.contains("name=\"description\""));
        assert!(template.html.contains(&format!(
            "<script type=\"module\" src=\"/{}\"></script>",
            template.loader.0
        )));
        assert!(template.html.find("Content-Security-Policy") < template.html.find("<script"));
    }
}
