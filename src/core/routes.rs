//! Routes as data: which page a path names, and the path of a page. The app
//! and the static-site generator both use these, so links and generated files
//! always agree. Canonical paths end in `/` so that a bare static host serves
//! `…/index.html` for them.

use super::lang::Lang;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Home,
    Agreements,
    Agreement(String),
    Event(String),
    Actor(String),
    Glossary,
    About,
    Guides,
    Guide(String),
    Themes,
    Theme(String),
    Status,
    Timeline,
    Search,
    NotFound,
}

impl Page {
    /// The path of this page in `lang`, below the site's base path.
    pub fn path(&self, lang: Lang) -> String {
        let l = lang.code();
        match self {
            Page::Home => format!("/{l}/"),
            Page::Agreements => format!("/{l}/agreements/"),
            Page::Agreement(id) => format!("/{l}/agreements/{}/", percent_encode(id)),
            Page::Event(id) => format!("/{l}/events/{}/", percent_encode(id)),
            Page::Actor(id) => format!("/{l}/actors/{}/", percent_encode(id)),
            Page::Glossary => format!("/{l}/glossary/"),
            Page::About => format!("/{l}/about/"),
            Page::Guides => format!("/{l}/guides/"),
            Page::Guide(id) => format!("/{l}/guides/{}/", percent_encode(id)),
            Page::Themes => format!("/{l}/themes/"),
            Page::Theme(id) => format!("/{l}/themes/{}/", percent_encode(id)),
            Page::Status => format!("/{l}/status/"),
            Page::Timeline => format!("/{l}/timeline/"),
            Page::Search => format!("/{l}/search/"),
            Page::NotFound => format!("/{l}/not-found/"),
        }
    }

    /// Reads a path (below the base path, without query) into a language and
    /// a page. `None` for the root, which has no language yet.
    pub fn parse(path: &str) -> Option<(Lang, Page)> {
        let mut segments = path.split('/').filter(|s| !s.is_empty());
        let lang = Lang::from_code(segments.next()?);
        let rest: Vec<&str> = segments.collect();
        let Some(lang) = lang else {
            return Some((Lang::En, Page::NotFound));
        };
        let page = match rest.as_slice() {
            [] => Page::Home,
            ["agreements"] => Page::Agreements,
            ["agreements", id] => Page::Agreement(decode_segment(id)),
            ["events", id] => Page::Event(decode_segment(id)),
            ["actors", id] => Page::Actor(decode_segment(id)),
            ["glossary"] => Page::Glossary,
            ["about"] => Page::About,
            ["guides"] => Page::Guides,
            ["guides", id] => Page::Guide(decode_segment(id)),
            ["themes"] => Page::Themes,
            ["themes", id] => Page::Theme(decode_segment(id)),
            ["status"] => Page::Status,
            ["timeline"] => Page::Timeline,
            ["search"] => Page::Search,
            _ => Page::NotFound,
        };
        Some((lang, page))
    }
}

/// The same path in another language: the language segment is swapped, the
/// rest (and the query and fragment) kept, so the switcher keeps the page.
pub fn switch_language(path_and_query: &str, to: Lang) -> String {
    let trimmed = path_and_query.trim_start_matches('/');
    let (first, rest) = match trimmed.find(['/', '?', '#']) {
        Some(i) => (&trimmed[..i], &trimmed[i..]),
        None => (trimmed, ""),
    };
    if Lang::from_code(first).is_some() {
        let rest = if rest.is_empty() { "/" } else { rest };
        format!("/{}{}", to.code(), rest)
    } else {
        format!("/{}/", to.code())
    }
}

/// Joins the deployment base path (`/` or `/sub/path/`) and a site path.
pub fn with_base(base: &str, path: &str) -> String {
    let base = base.trim_end_matches('/');
    format!("{base}{path}")
}

/// The site path below the base path, for a location's pathname.
pub fn strip_base<'a>(base: &str, pathname: &'a str) -> &'a str {
    let base = base.trim_end_matches('/');
    pathname
        .strip_prefix(base)
        .filter(|p| p.is_empty() || p.starts_with('/'))
        .unwrap_or(pathname)
}

/// Percent-encodes everything but unreserved characters (RFC 3986): safe in a
/// path segment, a query value or a `data:` URL. Dataset ids are plain slugs;
/// this only guards against hand-typed oddities.
pub fn percent_encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn decode_segment(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(high), Some(low)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((high * 16 + low) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads a query string (`?phase=technical&theme=energy`) into pairs; `+` is
/// a space, `%XX` decoded.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (
                decode_segment(&k.replace('+', " ")),
                decode_segment(&v.replace('+', " ")),
            )
        })
        .collect()
}

/// Builds a query string from pairs, leaving out empty values; "" when none.
pub fn build_query(pairs: &[(&str, &str)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip() {
        let pages = [
            Page::Home,
            Page::Agreements,
            Page::Agreement("first-agreement-2013".into()),
            Page::Event("2013-04-19-first-agreement".into()),
            Page::Actor("eulex".into()),
            Page::Glossary,
            Page::About,
            Page::Guides,
            Page::Guide("plates".into()),
            Page::Themes,
            Page::Theme("freedom-of-movement".into()),
            Page::Status,
            Page::Timeline,
            Page::Search,
        ];
        for lang in Lang::ALL {
            for page in &pages {
                assert_eq!(
                    Page::parse(&page.path(lang)),
                    Some((lang, page.clone())),
                    "{page:?} {lang:?}"
                );
            }
        }
    }

    #[test]
    fn parse_tolerates_missing_trailing_slash_and_rejects_unknown() {
        assert_eq!(Page::parse("/sq/agreements"), Some((Lang::Sq, Page::Agreements)));
        assert_eq!(Page::parse("/en/nothing-here/"), Some((Lang::En, Page::NotFound)));
        assert_eq!(Page::parse("/de/agreements/"), Some((Lang::En, Page::NotFound)));
        assert_eq!(Page::parse("/en/agreements/a/b/"), Some((Lang::En, Page::NotFound)));
        assert_eq!(Page::parse("/"), None);
    }

    #[test]
    fn odd_ids_are_encoded() {
        let page = Page::Agreement("a b/c".into());
        assert_eq!(page.path(Lang::En), "/en/agreements/a%20b%2Fc/");
        assert_eq!(Page::parse(&page.path(Lang::En)), Some((Lang::En, page)));
        // A truncated escape is kept as written instead of panicking.
        assert_eq!(
            Page::parse("/en/events/%2/"),
            Some((Lang::En, Page::Event("%2".into())))
        );
        assert_eq!(Page::parse("/en/events/%/"), Some((Lang::En, Page::Event("%".into()))));
    }

    #[test]
    fn switcher_keeps_page_query_and_fragment() {
        assert_eq!(
            switch_language("/en/agreements/?phase=technical", Lang::Sq),
            "/sq/agreements/?phase=technical"
        );
        assert_eq!(
            switch_language("/sq/events/x/#sources", Lang::SrCyrl),
            "/sr-Cyrl/events/x/#sources"
        );
        assert_eq!(switch_language("/en", Lang::SrLatn), "/sr-Latn/");
        assert_eq!(switch_language("/", Lang::Sq), "/sq/");
        assert_eq!(switch_language("/xx/agreements/", Lang::Sq), "/sq/");
    }

    #[test]
    fn base_paths() {
        assert_eq!(with_base("/", "/en/"), "/en/");
        assert_eq!(with_base("/dialogue/", "/en/"), "/dialogue/en/");
        assert_eq!(strip_base("/dialogue/", "/dialogue/en/about/"), "/en/about/");
        assert_eq!(strip_base("/", "/en/about/"), "/en/about/");
        assert_eq!(strip_base("/dialogue", "/dialoguex/en/"), "/dialoguex/en/");
    }

    #[test]
    fn queries() {
        assert_eq!(
            parse_query("?phase=technical&theme=energy+grid&x"),
            vec![
                ("phase".into(), "technical".into()),
                ("theme".into(), "energy grid".into()),
                ("x".into(), "".into())
            ]
        );
        assert_eq!(
            build_query(&[("phase", "technical"), ("theme", "")]),
            "?phase=technical"
        );
        assert_eq!(build_query(&[("theme", "")]), "");
    }
}
