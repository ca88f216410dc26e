//! The editorial rules of the record: every source's publisher graded in
//! `data/publishers.json`, every event and status entry backed by a primary
//! or media source (or marked as resting on weak ones), no mirrors, and one
//! term per concept and language from `data/terms/`. Like the rest of the
//! validator, each problem names the file, the record and the fix.

use super::Checker;
use crate::core::model::*;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

/// `data/publishers.json`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublisherRegistry {
    pub publishers: Vec<Publisher>,
    #[serde(default)]
    pub banned_hosts: Vec<BannedHost>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publisher {
    pub name: String,
    pub tier: Tier,
    /// Where its own site lives; for the editors' reference.
    #[serde(default)]
    pub hosts: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A host whose pages may not be cited: mirrors, copies, test sites.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BannedHost {
    pub host: String,
    pub why: String,
}

/// `data/terms/<lang>.json`: one preferred term per concept.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermBase {
    pub quotes: Quotes,
    pub terms: Vec<Term>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quotes {
    pub open: String,
    pub close: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub concept: String,
    #[serde(rename = "use")]
    pub preferred: String,
    /// Variants not to use, matched case-insensitively at the start of a
    /// word, so a stem catches every case form.
    #[serde(default)]
    pub avoid: Vec<String>,
    /// Phrases in which an avoided variant is right (another concept).
    #[serde(default)]
    pub allow: Vec<String>,
    #[serde(default)]
    pub note: String,
}

/// What the editorial rules read besides the records.
#[derive(Default)]
pub struct Editorial {
    pub registry: Option<PublisherRegistry>,
    /// Per text language (`en`, `sq`, `sr`), with the file it came from.
    pub terms: BTreeMap<String, (String, TermBase)>,
}

const REGISTRY_FILE: &str = "publishers.json";

/// Quotation marks, of which a text may use only its language's pair.
const QUOTE_MARKS: &[char] = &['"', '“', '”', '„', '«', '»', '‚'];

/// Pages that list others rather than report: never a source.
const LISTING_PATHS: &[&str] = &[
    "/tag/",
    "/tags/",
    "/category/",
    "/categories/",
    "/kategorija/",
    "/kategoria/",
    "/topics/",
];

impl Editorial {
    /// Grades every source from the registry, reporting publishers it does
    /// not know and tiers written into the data.
    pub(super) fn grade(&self, c: &mut Checker<'_>, sources: &mut [Source]) {
        let Some(registry) = &self.registry else {
            c.push_in(
                REGISTRY_FILE,
                "",
                "the publisher registry is missing".into(),
                "add data/publishers.json".into(),
            );
            return;
        };
        let mut tiers: HashMap<&str, Tier> = HashMap::new();
        for p in &registry.publishers {
            if tiers.insert(p.name.as_str(), p.tier).is_some() {
                c.push_in(
                    REGISTRY_FILE,
                    &format!("publisher {}", p.name),
                    "this publisher is listed twice".into(),
                    "keep one entry per publisher".into(),
                );
            }
        }
        for source in sources {
            let at = c.at("source", &source.id);
            if source.tier.is_some() {
                c.push(
                    &at,
                    "`tier` is written in the source".into(),
                    "remove it: the tier comes from the publisher's entry in data/publishers.json".into(),
                );
            }
            source.tier = tiers.get(source.publisher.as_str()).copied();
            if source.tier.is_none() {
                c.push(
                    &at,
                    format!("the publisher `{}` is not in data/publishers.json", source.publisher),
                    "use the exact name of a publisher listed there, or add the publisher with its tier".into(),
                );
            }
        }
    }

    /// Source addresses, dates and the tier of what every claim rests on.
    pub(super) fn check_sources(&self, c: &mut Checker<'_>, d: &Dataset) {
        let banned = self.registry.as_ref().map_or(&[][..], |r| &r.banned_hosts[..]);
        let publishers: HashMap<&str, &Publisher> = self
            .registry
            .iter()
            .flat_map(|r| &r.publishers)
            .map(|p| (p.name.as_str(), p))
            .collect();
        for source in &d.sources {
            let at = c.at("source", &source.id);
            if let Some(url) = &source.url {
                let host = host_of(url);
                let banned_here = banned
                    .iter()
                    .find(|b| host == b.host || host.ends_with(&format!(".{}", b.host)));
                if let Some(b) = banned_here {
                    c.push(
                        &at,
                        format!("the url is on {}, which may not be cited ({})", b.host, b.why),
                        "cite the original; where it is not online, keep publisher, title and date and remove `url`"
                            .into(),
                    );
                }
                // A copy on another site is that site's publication: its tier
                // is the site's, not the original's.
                if let Some(p) = publishers
                    .get(source.publisher.as_str())
                    .filter(|_| banned_here.is_none())
                {
                    if !p.hosts.iter().any(|h| same_site(&host, h)) {
                        c.push(
                            &at,
                            format!("the url is on {host}, which is not a site of {} in data/publishers.json", p.name),
                            "if it is the publisher's own site, add the host to its `hosts`; if it is a copy elsewhere, \
                             name that site as `publisher` and the original as `agency`"
                                .into(),
                        );
                    }
                }
                let lower = url.to_ascii_lowercase();
                if let Some(listing) = LISTING_PATHS.iter().find(|p| lower.contains(*p)) {
                    c.push(
                        &at,
                        format!("the url is a listing page (`{listing}`), not an article"),
                        "cite the article itself".into(),
                    );
                }
            }
            if source.language.as_deref().is_none_or(|l| l.trim().is_empty()) {
                c.push(
                    &at,
                    "it does not say which language it is written in".into(),
                    "add `language`: en, sr, sq, de… (pages mark its title in that language)".into(),
                );
            }
            match (&source.accessed, source.date.is_empty()) {
                (Some(accessed), _) => {
                    c.partial_date(&at, "accessed", accessed);
                    if !source.date.is_empty() && source.date.as_str() > accessed.as_str() {
                        c.push(
                            &at,
                            format!("it was published ({}) after it was read ({accessed})", source.date),
                            "`date` is the publication date, `accessed` the day it was read: correct one".into(),
                        );
                    }
                }
                (None, true) => c.push(
                    &at,
                    "it has neither a publication `date` nor an `accessed` date".into(),
                    "give the publication date, or the day it was read as `accessed`".into(),
                ),
                (None, false) => {}
            }
            // A reference work changes: without the day of its revision, say
            // when it was read (a year alone is usually that day's year).
            if source.tier == Some(Tier::Reference) && source.accessed.is_none() && source.date.len() != 10 {
                c.push(
                    &at,
                    "a reference work changes over time, but this one gives neither its revision's day nor when it was read".into(),
                    "move a year or month that is when it was read to `accessed`, and keep `date` only for the revision's day".into(),
                );
            }
        }
        let tiers: HashMap<&str, Option<Tier>> = d.sources.iter().map(|s| (s.id.as_str(), s.tier)).collect();
        let backed = |ids: &[String]| {
            ids.iter()
                .any(|id| tiers.get(id.as_str()).copied().flatten().is_some_and(Tier::is_reliable))
        };
        for e in &d.events {
            let at = c.at("event", &e.id);
            weak_mark(c, &at, backed(&e.sources), e.weak_source);
        }
        for a in &d.agreements {
            let at = c.at("agreement", &a.id);
            if !backed(&a.sources) && !backed(&a.documents) {
                c.push(
                    &at,
                    "no source of the agreement is from a primary or media publisher".into(),
                    "add the text as published by a party or the EU, or an agency's or established outlet's report"
                        .into(),
                );
            }
            for p in &a.provisions {
                for s in &p.status {
                    let at = format!("{at} provision {} status {}", p.id, s.date);
                    weak_mark(c, &at, backed(&s.sources), s.weak_source);
                }
            }
        }
    }

    /// One term per concept: the avoided variants, foreign quotation marks
    /// and control characters, in every text of the records (the glossary
    /// excepted: it lists each side's names on purpose).
    pub(super) fn check_wording(&self, c: &mut Checker<'_>, d: &Dataset) {
        self.check_term_bases(c);
        let mut found = Vec::new();
        for_each_text(d, &mut |kind, id, field, text| {
            for key in Text::LANGUAGES {
                let value = text.in_language(key);
                if value.is_empty() {
                    continue;
                }
                if let Some(bad) = value.chars().find(|ch| ch.is_control()) {
                    found.push((
                        kind,
                        id.to_string(),
                        format!("`{field}.{key}` holds the control character U+{:04X}", bad as u32),
                        "remove it (it breaks the feeds and is invisible in editors)".to_string(),
                    ));
                }
                let Some((file, base)) = self.terms.get(key) else {
                    continue;
                };
                if kind == "glossary" {
                    continue;
                }
                if let Some(mark) = value.chars().find(|ch| {
                    QUOTE_MARKS.contains(ch) && !base.quotes.open.contains(*ch) && !base.quotes.close.contains(*ch)
                }) {
                    found.push((
                        kind,
                        id.to_string(),
                        format!("`{field}.{key}` uses the quotation mark {mark}"),
                        format!("write {}…{} (data/{file})", base.quotes.open, base.quotes.close),
                    ));
                }
                for (term, variant) in avoided_in(value, &base.terms) {
                    found.push((
                        kind,
                        id.to_string(),
                        format!("`{field}.{key}` writes “{variant}” ({})", term.concept),
                        format!("write “{}”, the term data/{file} settles", term.preferred),
                    ));
                }
            }
        });
        for (kind, id, message, fix) in found {
            let at = c.at(kind, &id);
            c.push(&at, message, fix);
        }
    }

    /// Every language's base settles the same concepts.
    fn check_term_bases(&self, c: &mut Checker<'_>) {
        let concepts = |base: &TermBase| base.terms.iter().map(|t| t.concept.clone()).collect::<Vec<_>>();
        let all: std::collections::BTreeSet<String> = self.terms.values().flat_map(|(_, b)| concepts(b)).collect();
        for (file, base) in self.terms.values() {
            let here = concepts(base);
            for concept in all.iter().filter(|concept| !here.contains(concept)) {
                c.push_in(
                    file,
                    &format!("concept {concept}"),
                    "this concept is settled in another language's terms file but not here".into(),
                    "add an entry with the same `concept` and this language's preferred term".into(),
                );
            }
        }
    }
}

fn weak_mark(c: &mut Checker<'_>, at: &str, backed: bool, marked: bool) {
    match (backed, marked) {
        (false, false) => c.push(
            at,
            "none of its sources is from a primary or media publisher".into(),
            "add such a source (see the tiers in data/publishers.json), or mark it `\"weak_source\": true`".into(),
        ),
        (true, true) => c.push(
            at,
            "it is marked `weak_source`, but it cites a primary or media source".into(),
            "remove `weak_source`".into(),
        ),
        _ => {}
    }
}

/// Whether a host is the registered one, a `www.` or `m.` form of it, or a
/// subdomain.
fn same_site(host: &str, registered: &str) -> bool {
    let bare = |h: &str| h.trim_start_matches("www.").trim_start_matches("m.").to_string();
    let (host, registered) = (bare(host), bare(&registered.to_ascii_lowercase()));
    host == registered || host.ends_with(&format!(".{registered}"))
}

/// The host of an http(s) address, lower-cased.
fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.rsplit('@')
        .next()
        .unwrap_or("")
        .split(':')
        .next()
        .unwrap_or("")
        .trim_end_matches('.')
        .to_ascii_lowercase()
}

/// The avoided variants a text uses, outside the preferred terms and the
/// allowed phrases.
pub fn avoided_in<'t>(text: &str, terms: &'t [Term]) -> Vec<(&'t Term, &'t str)> {
    let mut lower = text.to_lowercase();
    // Blank out what is right, so a variant inside it does not count.
    for phrase in terms.iter().flat_map(|t| std::iter::once(&t.preferred).chain(&t.allow)) {
        let phrase = phrase.to_lowercase();
        if !phrase.is_empty() {
            lower = lower.replace(&phrase, &" ".repeat(phrase.chars().count()));
        }
    }
    let mut found = Vec::new();
    for term in terms {
        for variant in &term.avoid {
            let v = variant.to_lowercase();
            let at_word_start = lower.match_indices(&v).any(|(i, _)| {
                lower[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|prev| !prev.is_alphanumeric())
            });
            if !v.is_empty() && at_word_start {
                found.push((term, variant.as_str()));
            }
        }
    }
    found
}

/// Every human-readable text of the records, with its record and field.
fn for_each_text(d: &Dataset, f: &mut dyn FnMut(&'static str, &str, &str, &Text)) {
    for a in &d.agreements {
        for (field, text) in [
            ("title", &a.title),
            ("place", &a.place),
            ("summary", &a.summary),
            ("citizens", &a.citizens),
        ] {
            f("agreement", &a.id, field, text);
        }
        for (field, text) in [("adoption_note", &a.adoption_note), ("disputed", &a.disputed)] {
            if let Some(text) = text {
                f("agreement", &a.id, field, text);
            }
        }
        for p in &a.provisions {
            let field = format!("provision {} summary", p.id);
            f("agreement", &a.id, &field, &p.summary);
            if let Label::Text(label) = &p.number {
                f("agreement", &a.id, &format!("provision {} number", p.id), label);
            }
            for s in &p.status {
                f(
                    "agreement",
                    &a.id,
                    &format!("provision {} status {} note", p.id, s.date),
                    &s.note,
                );
                for claim in &s.claims {
                    f(
                        "agreement",
                        &a.id,
                        &format!("provision {} status {} claim", p.id, s.date),
                        &claim.text,
                    );
                }
            }
        }
    }
    for e in &d.events {
        for (field, text) in [
            ("title", Some(&e.title)),
            ("summary", Some(&e.summary)),
            ("place", e.place.as_ref()),
            ("disputed", e.disputed.as_ref()),
        ] {
            if let Some(text) = text {
                f("event", &e.id, field, text);
            }
        }
    }
    for a in &d.actors {
        f("actor", &a.id, "name", &a.name);
        f("actor", &a.id, "description", &a.description);
        for role in &a.roles {
            f("actor", &a.id, "roles.role", &role.role);
        }
    }
    for t in &d.themes {
        f("theme", &t.id, "name", &t.name);
        f("theme", &t.id, "description", &t.description);
    }
    for g in &d.guides {
        f("guide", &g.id, "question", &g.question);
        f("guide", &g.id, "answer", &g.answer);
        for need in &g.needs {
            f("guide", &g.id, "needs", need);
        }
        for account in &g.accounts {
            f("guide", &g.id, "accounts.text", &account.text);
        }
    }
    for g in &d.glossary {
        f("glossary", &g.id, "term", &g.term);
        f("glossary", &g.id, "definition", &g.definition);
    }
}

/// What `make check` reports of the record's coverage and sourcing.
pub fn coverage_report(d: &Dataset) -> String {
    use std::fmt::Write;
    let tiers: HashMap<&str, Option<Tier>> = d.sources.iter().map(|s| (s.id.as_str(), s.tier)).collect();
    let backed = |ids: &[String]| {
        ids.iter()
            .any(|id| tiers.get(id.as_str()).copied().flatten().is_some_and(Tier::is_reliable))
    };
    let primary = |ids: &[String]| {
        ids.iter()
            .any(|id| tiers.get(id.as_str()).copied().flatten() == Some(Tier::Primary))
    };
    let mut out = String::new();
    let mut per_year: BTreeMap<&str, usize> = BTreeMap::new();
    let mut per_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &d.events {
        *per_year.entry(e.date.get(..4).unwrap_or("?")).or_default() += 1;
        *per_kind.entry(e.kind.key()).or_default() += 1;
    }
    let _ = writeln!(out, "Coverage of the record");
    let _ = writeln!(out, "  events per year: {}", join(&per_year));
    let _ = writeln!(out, "  events per kind: {}", join(&per_kind));
    let entries: Vec<&StatusEntry> = d
        .agreements
        .iter()
        .flat_map(|a| &a.provisions)
        .flat_map(|p| &p.status)
        .collect();
    let share = |n: usize, of: usize| (n * 100).checked_div(of).unwrap_or(0);
    let events_backed = d.events.iter().filter(|e| backed(&e.sources)).count();
    let entries_backed = entries.iter().filter(|s| backed(&s.sources)).count();
    let _ = writeln!(
        out,
        "  with a primary or media source: events {events_backed} of {} ({}%), status entries {entries_backed} of {} ({}%)",
        d.events.len(),
        share(events_backed, d.events.len()),
        entries.len(),
        share(entries_backed, entries.len())
    );
    let _ = writeln!(
        out,
        "  with a primary source: events {}, status entries {}",
        d.events.iter().filter(|e| primary(&e.sources)).count(),
        entries.iter().filter(|s| primary(&s.sources)).count()
    );
    let single_events: Vec<&str> = d
        .events
        .iter()
        .filter(|e| e.sources.len() == 1)
        .map(|e| e.id.as_str())
        .collect();
    let single_entries = entries.iter().filter(|s| s.sources.len() == 1).count();
    let _ = writeln!(
        out,
        "  single-source items: events {}, status entries {single_entries}",
        single_events.len()
    );
    let weak: Vec<&str> = d
        .events
        .iter()
        .filter(|e| e.weak_source)
        .map(|e| e.id.as_str())
        .collect();
    let weak_entries = entries.iter().filter(|s| s.weak_source).count();
    let _ = writeln!(
        out,
        "  marked as resting on weak sources: events {}{}, status entries {weak_entries}",
        weak.len(),
        if weak.is_empty() {
            String::new()
        } else {
            format!(" ({})", weak.join(", "))
        }
    );
    let _ = writeln!(out, "  newest dated item: {}", d.record_as_of().unwrap_or("none"));
    out
}

fn join(counts: &BTreeMap<&str, usize>) -> String {
    counts
        .iter()
        .map(|(k, n)| format!("{k} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(concept: &str, preferred: &str, avoid: &[&str], allow: &[&str]) -> Term {
        Term {
            concept: concept.into(),
            preferred: preferred.into(),
            avoid: avoid.iter().map(|s| s.to_string()).collect(),
            allow: allow.iter().map(|s| s.to_string()).collect(),
            note: String::new(),
        }
    }

    #[test]
    fn variants_match_at_word_start_outside_preferred_and_allowed_phrases() {
        let terms = [
            term("implementation", "sprovođenje", &["primen"], &["primena zakona"]),
            term("prishtina", "Prishtinë/Priština", &["Pristina", "Prishtina"], &[]),
        ];
        let hits = |text: &str| {
            avoided_in(text, &terms)
                .into_iter()
                .map(|(_, v)| v.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(hits("Primenom sporazuma"), ["primen"]);
        assert_eq!(hits("dosledna primena zakona"), Vec::<String>::new());
        assert_eq!(
            hits("neprimenjeno"),
            Vec::<String>::new(),
            "inside a word it is another word"
        );
        assert_eq!(hits("talks in Prishtinë/Priština"), Vec::<String>::new());
        assert_eq!(hits("talks in Pristina-based media"), ["Pristina"]);
        assert_eq!(hits("talks in Prishtina"), ["Prishtina"]);
    }

    #[test]
    fn hosts_are_read_from_addresses() {
        assert_eq!(host_of("https://WWW.Example.org./a?b"), "www.example.org");
        assert_eq!(
            host_of("http://user@test.pax.peaceagreements.org:8080/x"),
            "test.pax.peaceagreements.org"
        );
    }
}
