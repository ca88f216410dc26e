//! Loading and checking the human-edited files under `data/`. Every problem
//! names the file, the record and the fix, because the people who edit the
//! data are not programmers. The same checks run in `cargo test`, in the
//! build step, and (the reference checks) in the app on load.

mod editorial;

use super::model::*;
pub use editorial::{coverage_report, Editorial, PublisherRegistry, TermBase};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// One file's path (relative to `data/`) and contents.
pub struct DataFile {
    pub path: String,
    pub contents: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub file: String,
    pub record: String,
    pub message: String,
    pub fix: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "data/{}", self.file)?;
        if !self.record.is_empty() {
            write!(f, " [{}]", self.record)?;
        }
        write!(f, ": {}. Fix: {}", self.message, self.fix)
    }
}

/// Which kind of records a file holds, from where it lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Agreement,
    Events,
    Sources,
    Actors,
    Themes,
    Glossary,
    /// `guides/<id>.json`: one citizen's question answered.
    Guide,
    /// `publishers.json`: each publisher's tier.
    Publishers,
    /// `terms/<lang>.json`: the terminology base of one language.
    Terms,
}

impl FileKind {
    pub fn of(path: &str) -> Option<FileKind> {
        if !path.ends_with(".json") {
            return None;
        }
        match path.split_once('/') {
            Some(("agreements", _)) => Some(FileKind::Agreement),
            Some(("events", _)) => Some(FileKind::Events),
            Some(("sources", _)) => Some(FileKind::Sources),
            Some(("actors", _)) => Some(FileKind::Actors),
            Some(("terms", _)) => Some(FileKind::Terms),
            Some(("guides", _)) => Some(FileKind::Guide),
            None if path == "publishers.json" => Some(FileKind::Publishers),
            None if path == "themes.json" => Some(FileKind::Themes),
            None if path == "glossary.json" => Some(FileKind::Glossary),
            _ => None,
        }
    }

    /// The definition in `data/schema.json` this file follows.
    pub fn schema_definition(self) -> &'static str {
        match self {
            FileKind::Agreement => "agreementFile",
            FileKind::Events => "eventsFile",
            FileKind::Sources => "sourcesFile",
            FileKind::Actors => "actorsFile",
            FileKind::Themes => "themesFile",
            FileKind::Glossary => "glossaryFile",
            FileKind::Guide => "guideFile",
            FileKind::Publishers => "publishersFile",
            FileKind::Terms => "termsFile",
        }
    }
}

/// Where each record came from, so reference errors can name the file.
#[derive(Default)]
struct Origins(HashMap<(&'static str, String), String>);

impl Origins {
    fn file(&self, kind: &'static str, id: &str) -> String {
        self.0.get(&(kind, id.to_string())).cloned().unwrap_or_default()
    }
}

/// Parses every file into one dataset and checks it. `today` (YYYY-MM-DD)
/// is the latest allowed date.
pub fn load(files: &[DataFile], today: &str) -> (Dataset, Vec<Problem>) {
    let mut dataset = Dataset::default();
    let mut problems = Vec::new();
    let mut origins = Origins::default();
    let mut editorial = Editorial::default();
    for file in files {
        let Some(kind) = FileKind::of(&file.path) else {
            if file.path != "schema.json" && file.path.ends_with(".json") {
                problems.push(Problem {
                    file: file.path.clone(),
                    record: String::new(),
                    message: "this file is not in a known place, so it is ignored".into(),
                    fix: "move it to agreements/, events/, sources/ or actors/, or remove it".into(),
                });
            }
            continue;
        };
        if let Err(problem) = parse_file(file, kind, &mut dataset, &mut origins, &mut editorial) {
            problems.push(problem);
        }
    }
    let empty = Dataset::default();
    let mut grading = Checker::new(&empty, today, &origins);
    editorial.grade(&mut grading, &mut dataset.sources);
    problems.extend(grading.problems);
    dataset.order_guide_sources();
    problems.extend(check_with_origins(&dataset, today, &origins, Some(&editorial)));
    dataset.sort();
    (dataset, problems)
}

fn parse_file(
    file: &DataFile,
    kind: FileKind,
    dataset: &mut Dataset,
    origins: &mut Origins,
    editorial: &mut Editorial,
) -> Result<(), Problem> {
    let parse_problem = |e: serde_json::Error| Problem {
        file: file.path.clone(),
        record: String::new(),
        message: format!("line {}, column {}: {}", e.line(), e.column(), e),
        fix: fix_for_parse_error(&e.to_string()),
    };
    fn note<T>(origins: &mut Origins, kind: &'static str, file: &str, records: &[T], id: impl Fn(&T) -> &str) {
        for r in records {
            origins
                .0
                .entry((kind, id(r).to_string()))
                .or_insert_with(|| file.to_string());
        }
    }
    let path = file.path.as_str();
    match kind {
        FileKind::Agreement => {
            let agreement: Agreement = serde_json::from_str(&file.contents).map_err(parse_problem)?;
            let expected = format!("agreements/{}.json", agreement.id);
            if path != expected {
                return Err(Problem {
                    file: path.into(),
                    record: agreement.id.clone(),
                    message: format!("the file name does not match the agreement id `{}`", agreement.id),
                    fix: format!("rename the file to data/{expected}, or change the id to match the file name"),
                });
            }
            note(origins, "agreement", path, std::slice::from_ref(&agreement), |a| &a.id);
            dataset.agreements.push(agreement);
        }
        FileKind::Events => {
            let events: Vec<Event> = serde_json::from_str(&file.contents).map_err(parse_problem)?;
            note(origins, "event", path, &events, |e| &e.id);
            dataset.events.extend(events);
        }
        FileKind::Sources => {
            let sources: Vec<Source> = serde_json::from_str(&file.contents).map_err(parse_problem)?;
            note(origins, "source", path, &sources, |s| &s.id);
            dataset.sources.extend(sources);
        }
        FileKind::Actors => {
            let actors: Vec<Actor> = serde_json::from_str(&file.contents).map_err(parse_problem)?;
            note(origins, "actor", path, &actors, |a| &a.id);
            dataset.actors.extend(actors);
        }
        FileKind::Themes => {
            let themes: Vec<Theme> = serde_json::from_str(&file.contents).map_err(parse_problem)?;
            note(origins, "theme", path, &themes, |t| &t.id);
            dataset.themes.extend(themes);
        }
        FileKind::Glossary => {
            let glossary: Vec<GlossaryEntry> = serde_json::from_str(&file.contents).map_err(parse_problem)?;
            note(origins, "glossary", path, &glossary, |g| &g.id);
            dataset.glossary.extend(glossary);
        }
        FileKind::Guide => {
            let guide: Guide = serde_json::from_str(&file.contents).map_err(parse_problem)?;
            let expected = format!("guides/{}.json", guide.id);
            if path != expected {
                return Err(Problem {
                    file: path.into(),
                    record: guide.id.clone(),
                    message: format!("the file name does not match the guide id `{}`", guide.id),
                    fix: format!("rename the file to data/{expected}, or change the id to match the file name"),
                });
            }
            note(origins, "guide", path, std::slice::from_ref(&guide), |g| &g.id);
            dataset.guides.push(guide);
        }
        FileKind::Publishers => {
            editorial.registry = Some(serde_json::from_str(&file.contents).map_err(parse_problem)?);
        }
        FileKind::Terms => {
            let base: TermBase = serde_json::from_str(&file.contents).map_err(parse_problem)?;
            let lang = path.trim_start_matches("terms/").trim_end_matches(".json");
            if !Text::LANGUAGES.contains(&lang) {
                return Err(Problem {
                    file: path.into(),
                    record: String::new(),
                    message: format!("`{lang}` is not a text language"),
                    fix: "name the file terms/en.json, terms/sq.json or terms/sr.json".into(),
                });
            }
            editorial.terms.insert(lang.to_string(), (path.to_string(), base));
        }
    }
    Ok(())
}

fn fix_for_parse_error(message: &str) -> String {
    if message.contains("missing field") {
        "add the missing field named above (see data/schema.json for what it holds)".into()
    } else if message.contains("unknown field") {
        "remove the field or correct its spelling; the accepted names are listed above".into()
    } else if message.contains("unknown variant") {
        "use one of the values listed above, spelled exactly".into()
    } else if message.contains("EOF") || message.contains("expected") || message.contains("trailing") {
        "check the JSON punctuation near that line: commas between items, none after the last, quotes closed".into()
    } else {
        "correct the value at that line to the form data/schema.json describes".into()
    }
}

/// The checks that need the whole dataset. The app runs these on the
/// compiled file too (without file names).
pub fn check(dataset: &Dataset, today: &str) -> Vec<Problem> {
    check_with_origins(dataset, today, &Origins::default(), None)
}

fn check_with_origins(d: &Dataset, today: &str, origins: &Origins, editorial: Option<&Editorial>) -> Vec<Problem> {
    if let Some(problem) = mark_problem(d) {
        return vec![problem];
    }
    let mut c = Checker::new(d, today, origins);
    let ids = c.record_ids(d);
    c.references(d, &ids);
    c.wording(d);
    if let Some(editorial) = editorial {
        editorial.check_sources(&mut c, d);
        editorial.check_wording(&mut c, d);
    }
    c.problems
}

/// What the app checks of a dataset when it loads it: that its records hold
/// together (no duplicate ids, no reference to a record that is not there)
/// and that every source address is plain http(s). The build has already
/// run the full [`check`]; this guards against a damaged or mismatched file.
pub fn check_references(d: &Dataset) -> Vec<Problem> {
    if let Some(problem) = mark_problem(d) {
        return vec![problem];
    }
    let origins = Origins::default();
    let mut c = Checker::new(d, "9999-12-31", &origins);
    let ids = c.record_ids(d);
    c.references(d, &ids);
    c.problems
}

/// A compiled file's marks (`texts_only_in`, `sources_apart`), if they do
/// not describe it: then nothing else in it can be trusted.
fn mark_problem(d: &Dataset) -> Option<Problem> {
    let problem = |record: &str, message: String, fix: &str| Problem {
        file: "the compiled dataset".into(),
        record: record.into(),
        message,
        fix: fix.into(),
    };
    if let Some(key) = d.texts_only_in.as_deref().filter(|key| !Text::LANGUAGES.contains(key)) {
        return Some(problem(
            "texts_only_in",
            format!("`texts_only_in` is `{key}`"),
            "use `en`, `sq` or `sr`, or leave it out when the file has every language",
        ));
    }
    if d.sources_apart.is_some() && !d.sources.is_empty() {
        return Some(problem(
            "sources_apart",
            "`sources_apart` is set, but the file holds sources".into(),
            "leave out either the sources or `sources_apart`",
        ));
    }
    None
}

/// Every record's id, per kind (duplicates reported).
struct RecordIds<'d> {
    agreements: HashSet<&'d str>,
    actors: HashSet<&'d str>,
    themes: HashSet<&'d str>,
    sources: HashSet<&'d str>,
    /// `agreement-id#provision-id`, what a `successor` may name.
    provisions: HashSet<String>,
}

impl<'a> Checker<'a> {
    fn new(d: &'a Dataset, today: &'a str, origins: &'a Origins) -> Self {
        Checker {
            problems: Vec::new(),
            today,
            origins,
            only_language: d.texts_only_in.as_deref(),
            sources_apart: d.sources_apart,
        }
    }

    fn record_ids<'d>(&mut self, d: &'d Dataset) -> RecordIds<'d> {
        let agreements = self.unique_ids("agreement", d.agreements.iter().map(|a| a.id.as_str()));
        self.unique_ids("event", d.events.iter().map(|e| e.id.as_str()));
        self.unique_ids("glossary", d.glossary.iter().map(|g| g.id.as_str()));
        RecordIds {
            actors: self.unique_ids("actor", d.actors.iter().map(|a| a.id.as_str())),
            themes: self.unique_ids("theme", d.themes.iter().map(|t| t.id.as_str())),
            sources: self.unique_ids("source", d.sources.iter().map(|s| s.id.as_str())),
            provisions: d
                .agreements
                .iter()
                .flat_map(|a| a.provisions.iter().map(move |p| format!("{}#{}", a.id, p.id)))
                .collect(),
            agreements,
        }
    }

    /// Every reference resolves, and source addresses are plain http(s).
    fn references(&mut self, d: &Dataset, ids: &RecordIds<'_>) {
        for source in &d.sources {
            if let Some(url) = source.url.as_deref().filter(|url| !is_safe_url(url)) {
                self.push(
                    &self.at("source", &source.id),
                    format!("the url `{url}` is not a plain http(s) address"),
                    "give an address starting with https:// or http://, or remove `url`".into(),
                );
            }
        }
        let sources = |c: &mut Self, at: &str, field: &str, list: &[String]| {
            c.refs(at, field, list, &ids.sources, "source", "data/sources/");
        };
        for actor in &d.actors {
            sources(self, &self.at("actor", &actor.id), "sources", &actor.sources);
        }
        for entry in &d.glossary {
            sources(self, &self.at("glossary", &entry.id), "sources", &entry.sources);
        }
        for a in &d.agreements {
            let at = self.at("agreement", &a.id);
            self.refs(&at, "parties", &a.parties, &ids.actors, "actor", "data/actors/");
            self.refs(&at, "facilitator", &a.facilitator, &ids.actors, "actor", "data/actors/");
            self.refs(&at, "themes", &a.themes, &ids.themes, "theme", "data/themes.json");
            self.refs(
                &at,
                "related",
                &a.related,
                &ids.agreements,
                "agreement",
                "data/agreements/",
            );
            if a.related.contains(&a.id) {
                self.push(
                    &at,
                    "`related` names the agreement itself".into(),
                    "remove its own id from `related`".into(),
                );
            }
            sources(self, &at, "documents", &a.documents);
            sources(self, &at, "sources", &a.sources);
            for p in &a.provisions {
                let at = format!("{at} provision {}", p.id);
                self.refs(&at, "themes", &p.themes, &ids.themes, "theme", "data/themes.json");
                if let Some(q) = &p.quote_source {
                    sources(self, &at, "quote_source", std::slice::from_ref(q));
                }
                for s in &p.status {
                    let at = format!("{at} status {}", s.date);
                    sources(self, &at, "sources", &s.sources);
                    if let Some(succ) = &s.successor {
                        if !(ids.agreements.contains(succ.as_str()) || ids.provisions.contains(succ)) {
                            self.push(
                                &at,
                                format!("`successor` names `{succ}`, which does not exist"),
                                "use an agreement id, or agreement-id#provision-id".into(),
                            );
                        }
                    }
                    for claim in &s.claims {
                        let actor = std::slice::from_ref(&claim.actor);
                        self.refs(&at, "claims.actor", actor, &ids.actors, "actor", "data/actors/");
                        sources(self, &at, "claims.sources", &claim.sources);
                    }
                }
            }
        }
        let event_ids: HashSet<&str> = d.events.iter().map(|e| e.id.as_str()).collect();
        for g in &d.guides {
            let at = self.at("guide", &g.id);
            for reference in g.provisions.iter().filter(|r| !ids.provisions.contains(r.as_str())) {
                self.push(
                    &at,
                    format!("`provisions` names `{reference}`, which does not exist"),
                    "write agreement-id#provision-id, as in data/agreements/".into(),
                );
            }
            self.refs(&at, "events", &g.events, &event_ids, "event", "data/events/");
            self.refs(&at, "themes", &g.themes, &ids.themes, "theme", "data/themes.json");
            sources(self, &at, "sources", &g.sources);
            for account in &g.accounts {
                let actor = std::slice::from_ref(&account.actor);
                self.refs(&at, "accounts.actor", actor, &ids.actors, "actor", "data/actors/");
                sources(self, &at, "accounts.sources", &account.sources);
            }
        }
        for e in &d.events {
            let at = self.at("event", &e.id);
            self.refs(
                &at,
                "agreements",
                &e.agreements,
                &ids.agreements,
                "agreement",
                "data/agreements/",
            );
            self.refs(&at, "actors", &e.actors, &ids.actors, "actor", "data/actors/");
            self.refs(&at, "themes", &e.themes, &ids.themes, "theme", "data/themes.json");
            sources(self, &at, "sources", &e.sources);
        }
    }

    /// What the editors' checks add: every text written, dates real and in
    /// order, every claim sourced, nothing said twice.
    fn wording(&mut self, d: &Dataset) {
        for source in &d.sources {
            let at = self.at("source", &source.id);
            if !source.date.is_empty() {
                self.partial_date(&at, "date", &source.date);
            }
            for (field, value) in [("publisher", &source.publisher), ("title", &source.title)] {
                if value.trim().is_empty() {
                    self.push(
                        &at,
                        format!("`{field}` is empty"),
                        format!("write the source's {field}"),
                    );
                }
            }
        }
        for theme in &d.themes {
            let at = self.at("theme", &theme.id);
            self.text(&at, "name", &theme.name);
            self.text(&at, "description", &theme.description);
        }
        for actor in &d.actors {
            let at = self.at("actor", &actor.id);
            self.text(&at, "name", &actor.name);
            self.text(&at, "description", &actor.description);
            self.sourced(&at, "sources", &actor.sources);
            for role in &actor.roles {
                self.text(&at, "roles.role", &role.role);
                if let Some(from) = &role.from {
                    self.partial_date(&at, "roles.from", from);
                }
                if let Some(to) = &role.to {
                    self.partial_date(&at, "roles.to", to);
                }
            }
        }
        for entry in &d.glossary {
            let at = self.at("glossary", &entry.id);
            self.text(&at, "term", &entry.term);
            self.text(&at, "definition", &entry.definition);
            self.sourced(&at, "sources", &entry.sources);
        }
        for a in &d.agreements {
            self.agreement_wording(a);
        }
        for g in &d.guides {
            let at = self.at("guide", &g.id);
            self.text(&at, "question", &g.question);
            self.text(&at, "answer", &g.answer);
            for need in &g.needs {
                self.text(&at, "needs", need);
            }
            self.date(&at, "as_of", &g.as_of);
            self.date(&at, "last_checked", &g.last_checked);
            self.sourced(&at, "sources", &g.sources);
            for account in &g.accounts {
                self.text(&at, "accounts.text", &account.text);
                self.sourced(&at, "accounts.sources", &account.sources);
            }
        }
        let mut same_day_titles: HashSet<(String, String)> = HashSet::new();
        for e in &d.events {
            let at = self.at("event", &e.id);
            self.date(&at, "date", &e.date);
            self.text(&at, "title", &e.title);
            self.text(&at, "summary", &e.summary);
            if let Some(place) = &e.place {
                self.text(&at, "place", place);
            }
            if let Some(note) = &e.disputed {
                self.text(&at, "disputed", note);
            }
            self.sourced(&at, "sources", &e.sources);
            let title = e.title.in_language(self.only_language.unwrap_or("en"));
            if !same_day_titles.insert((e.date.clone(), title.trim().to_lowercase())) {
                self.push(
                    &at,
                    format!("another event on {} has the same title", e.date),
                    "merge the two events, or give each a title that tells them apart".into(),
                );
            }
        }
    }

    fn agreement_wording(&mut self, a: &Agreement) {
        let at = self.at("agreement", &a.id);
        self.date(&at, "date", &a.date);
        for (field, text) in [
            ("title", &a.title),
            ("place", &a.place),
            ("summary", &a.summary),
            ("citizens", &a.citizens),
        ] {
            self.text(&at, field, text);
        }
        if let Some(note) = &a.adoption_note {
            self.text(&at, "adoption_note", note);
        }
        if let Some(note) = &a.disputed {
            self.text(&at, "disputed", note);
        }
        self.sourced(&at, "sources", &a.sources);
        if a.provisions.is_empty() {
            self.push(
                &at,
                "it has no provisions".into(),
                "add its numbered points or articles to `provisions`".into(),
            );
        }
        let mut seen = HashSet::new();
        for p in &a.provisions {
            let at = format!("{at} provision {}", p.id);
            if !seen.insert(p.id.as_str()) {
                self.push(
                    &at,
                    "this provision id is used twice in the agreement".into(),
                    "give each provision its own id".into(),
                );
            }
            self.id_format(&at, &p.id);
            self.text(&at, "summary", &p.summary);
            match &p.number {
                Label::Plain(plain) if plain.chars().any(char::is_alphabetic) => self.push(
                    &at,
                    format!("`number` is `{plain}`, which has words, but is shown as written in every language"),
                    r#"write it in every language, e.g. {"en": "Article 4", "sq": "Neni 4", "sr": "Član 4"}"#.into(),
                ),
                Label::Text(label) => self.text(&at, "number", label),
                Label::Plain(_) => {}
            }
            if p.status.is_empty() {
                self.push(
                    &at,
                    "it has no status history".into(),
                    "add at least one dated assessment to `status`".into(),
                );
            }
            for pair in p.status.windows(2) {
                if pair[1].date < pair[0].date {
                    self.push(
                        &at,
                        format!(
                            "the status history is out of order ({} comes after {})",
                            pair[1].date, pair[0].date
                        ),
                        "list the assessments oldest first".into(),
                    );
                }
            }
            for s in &p.status {
                let at = format!("{at} status {}", s.date);
                self.date(&at, "date", &s.date);
                if s.date < a.date {
                    self.push(
                        &at,
                        format!("the assessment ({}) is dated before the agreement ({})", s.date, a.date),
                        "correct the date of the assessment or of the agreement".into(),
                    );
                }
                self.text(&at, "note", &s.note);
                self.sourced(&at, "sources", &s.sources);
                if s.successor.is_none() && s.level == Level::Superseded {
                    self.push(
                        &at,
                        "a superseded provision must name what replaced it".into(),
                        "add `successor`: an agreement id, or agreement-id#provision-id".into(),
                    );
                }
                for claim in &s.claims {
                    self.text(&at, "claims.text", &claim.text);
                    self.sourced(&at, "claims.sources", &claim.sources);
                }
            }
        }
    }
}

struct Checker<'a> {
    problems: Vec<Problem>,
    today: &'a str,
    origins: &'a Origins,
    /// A one-language file's language: the others' texts are left out.
    only_language: Option<&'a str>,
    /// The sources are in a file of their own, this many: references are
    /// positions in it.
    sources_apart: Option<usize>,
}

impl<'a> Checker<'a> {
    /// "kind id" plus the file it came from, packed for `push`.
    fn at(&self, kind: &'static str, id: &str) -> String {
        format!("{}\u{0}{kind} {id}", self.origins.file(kind, id))
    }

    /// A problem in a file that holds no records of the dataset (the
    /// registry, the terms files).
    fn push_in(&mut self, file: &str, record: &str, message: String, fix: String) {
        self.push(&format!("{file}\u{0}{record}"), message, fix);
    }

    fn push(&mut self, at: &str, message: String, fix: String) {
        let (file, record) = at.split_once('\u{0}').unwrap_or(("", at));
        self.problems.push(Problem {
            file: file.to_string(),
            record: record.to_string(),
            message,
            fix,
        });
    }

    fn unique_ids<'d>(&mut self, kind: &'static str, ids: impl Iterator<Item = &'d str>) -> HashSet<&'d str> {
        let mut seen = HashSet::new();
        for id in ids {
            let at = self.at(kind, id);
            self.id_format(&at, id);
            if !seen.insert(id) {
                self.push(
                    &at,
                    format!("the {kind} id `{id}` is used more than once"),
                    format!("give each {kind} its own id, or merge the duplicates"),
                );
            }
        }
        seen
    }

    fn id_format(&mut self, at: &str, id: &str) {
        let ok = !id.is_empty()
            && id
                .split('-')
                .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
        if !ok {
            self.push(
                at,
                format!("the id `{id}` is not a plain slug"),
                "use lower-case letters, digits and single hyphens only, e.g. `freedom-of-movement-2011`".into(),
            );
        }
    }

    fn text(&mut self, at: &str, field: &str, text: &Text) {
        for (lang, value) in [("en", &text.en), ("sq", &text.sq), ("sr", &text.sr)] {
            if value.trim().is_empty() && self.only_language.is_none_or(|only| only == lang) {
                self.push(
                    at,
                    format!("`{field}.{lang}` is empty"),
                    format!("write the {} text of `{field}`", language_name(lang)),
                );
            }
        }
    }

    fn date(&mut self, at: &str, field: &str, date: &str) {
        if !is_calendar_date(date) {
            self.push(
                at,
                format!("`{field}` is `{date}`, not a calendar date"),
                "write it as YYYY-MM-DD, e.g. 2013-04-19".into(),
            );
        } else if date > self.today {
            self.push(
                at,
                format!("`{field}` ({date}) is in the future"),
                "record only what has happened; check the year".into(),
            );
        }
    }

    fn partial_date(&mut self, at: &str, field: &str, date: &str) {
        let ok = match date.len() {
            4 => date.chars().all(|c| c.is_ascii_digit()),
            7 => is_calendar_date(&format!("{date}-01")),
            _ => is_calendar_date(date),
        };
        if !ok {
            self.push(
                at,
                format!("`{field}` is `{date}`, not a date"),
                "write YYYY-MM-DD, or YYYY-MM or YYYY when the day is not known".into(),
            );
        } else if date > self.today {
            self.push(
                at,
                format!("`{field}` ({date}) is in the future"),
                "check the year".into(),
            );
        }
    }

    fn refs(&mut self, at: &str, field: &str, ids: &[String], known: &HashSet<&str>, kind: &str, home: &str) {
        if let (Some(count), "source") = (self.sources_apart, kind) {
            for id in ids.iter().filter(|p| p.parse::<usize>().map_or(true, |i| i >= count)) {
                self.push(
                    at,
                    format!("`{field}` names the source at `{id}`, which is not in the sources file ({count})"),
                    "rebuild the site: the dataset and the sources file must come from the same build".into(),
                );
            }
            return;
        }
        for id in ids {
            if !known.contains(id.as_str()) {
                self.push(
                    at,
                    format!("`{field}` names the {kind} `{id}`, which does not exist"),
                    format!("correct the id, or add the {kind} to {home}"),
                );
            }
        }
    }

    /// Every claim needs a source (whether the ids exist is `references`).
    fn sourced(&mut self, at: &str, field: &str, ids: &[String]) {
        if ids.is_empty() {
            self.push(
                at,
                format!("`{field}` is empty: every claim needs a source"),
                "add the id of at least one source from data/sources/".into(),
            );
        }
    }
}

fn language_name(code: &str) -> &'static str {
    match code {
        "en" => "English",
        "sq" => "Albanian",
        _ => "Serbian (Latin script)",
    }
}

/// A real YYYY-MM-DD date (leap years included).
pub fn is_calendar_date(date: &str) -> bool {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |s: &str| s.parse::<u32>().ok().filter(|_| s.chars().all(|c| c.is_ascii_digit()));
    let (Some(y), Some(m), Some(d)) = (num(&date[..4]), num(&date[5..7]), num(&date[8..])) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, contents: &str) -> DataFile {
        DataFile {
            path: path.into(),
            contents: contents.into(),
        }
    }

    const TEXT: &str = r#"{"en":"x","sq":"x","sr":"x"}"#;

    fn minimal() -> Vec<DataFile> {
        let t = TEXT;
        vec![
            file(
                "publishers.json",
                r#"{"publishers":[{"name":"EEAS","tier":"primary"},{"name":"Portal","tier":"other","hosts":["portal.example"]},
                    {"name":"Wikipedia","tier":"reference"}],
                    "banned_hosts":[{"host":"mirror.example","why":"a mirror"}]}"#,
            ),
            file(
                "terms/en.json",
                r#"{"quotes":{"open":"“","close":"”"},"terms":[{"concept":"prishtina","use":"Prishtinë/Priština","avoid":["Pristina"]}]}"#,
            ),
            file(
                "sources/a.json",
                r#"[{"id":"s1","publisher":"EEAS","title":"T","date":"2013-04","kind":"primary","language":"en"},
                    {"id":"s2","publisher":"Portal","title":"T","date":"2013-04","kind":"reporting","language":"en"}]"#,
            ),
            file(
                "themes.json",
                &format!(r#"[{{"id":"energy","name":{t},"description":{t}}}]"#),
            ),
            file(
                "actors/core.json",
                &format!(r#"[{{"id":"kosovo","kind":"state","name":{t},"description":{t},"sources":["s1"]}}]"#),
            ),
            file(
                "agreements/ag-2013.json",
                &format!(
                    r#"{{"id":"ag-2013","title":{t},"date":"2013-04-19","place":{t},"phase":"high_level","kind":"agreement",
                    "adoption":"initialled","parties":["kosovo"],"themes":["energy"],"summary":{t},"citizens":{t},
                    "provisions":[{{"id":"p1","number":"1","summary":{t},"party":"both",
                      "status":[{{"date":"2014-01-01","level":"partial","note":{t},"sources":["s1"]}}]}}],
                    "sources":["s1"]}}"#
                ),
            ),
            file(
                "events/2013.json",
                &format!(
                    r#"[{{"id":"2013-04-19-ag","date":"2013-04-19","kind":"agreement","title":{t},"summary":{t},"agreements":["ag-2013"],"sources":["s1"]}}]"#
                ),
            ),
        ]
    }

    #[test]
    fn a_valid_dataset_has_no_problems() {
        let (d, problems) = load(&minimal(), "2026-11-26");
        assert!(problems.is_empty(), "{problems:#?}");
        assert_eq!((d.agreements.len(), d.events.len(), d.sources.len()), (1, 1, 2));
        assert_eq!(
            d.sources[0].tier,
            Some(Tier::Primary),
            "the loader grades sources from the registry"
        );
    }

    #[test]
    fn publishers_must_be_registered_and_graded_there_only() {
        let p = problems_after(|f| {
            replace(
                f,
                "sources/a.json",
                r#""publisher":"Portal""#,
                r#""publisher":"Nobody""#,
            )
        });
        assert_eq!(p.len(), 1, "{p:#?}");
        assert!(
            p[0].contains("[source s2]: the publisher `Nobody` is not in data/publishers.json"),
            "{}",
            p[0]
        );
        let p = problems_after(|f| {
            replace(
                f,
                "sources/a.json",
                r#""kind":"reporting""#,
                r#""kind":"reporting","tier":"media""#,
            )
        });
        assert!(p[0].contains("`tier` is written in the source"), "{p:#?}");
    }

    #[test]
    fn every_event_and_assessment_needs_a_reliable_source_or_the_weak_mark() {
        let weak_event =
            |f: &mut Vec<DataFile>| replace(f, "events/2013.json", r#""sources":["s1"]"#, r#""sources":["s2"]"#);
        let p = problems_after(weak_event);
        assert_eq!(p.len(), 1, "{p:#?}");
        assert!(
            p[0].starts_with("data/events/2013.json [event 2013-04-19-ag]: none of its sources"),
            "{}",
            p[0]
        );
        assert!(p[0].contains(r#"mark it `"weak_source": true`"#));
        let marked = problems_after(|f| {
            weak_event(f);
            replace(
                f,
                "events/2013.json",
                r#""sources":["s2"]"#,
                r#""sources":["s2"],"weak_source":true"#,
            );
        });
        assert!(marked.is_empty(), "{marked:#?}");
        let stale = problems_after(|f| {
            replace(
                f,
                "events/2013.json",
                r#""sources":["s1"]"#,
                r#""sources":["s1"],"weak_source":true"#,
            )
        });
        assert!(
            stale[0].contains("it is marked `weak_source`, but it cites a primary or media source"),
            "{stale:#?}"
        );
        let entry = problems_after(|f| {
            replace(
                f,
                "agreements/ag-2013.json",
                r#""note":{"en":"x","sq":"x","sr":"x"},"sources":["s1"]"#,
                r#""note":{"en":"x","sq":"x","sr":"x"},"sources":["s2"]"#,
            )
        });
        assert!(
            entry[0].contains("[agreement ag-2013 provision p1 status 2014-01-01]: none of its sources"),
            "{entry:#?}"
        );
    }

    #[test]
    fn mirrors_listings_and_undated_reference_works_are_refused() {
        let p = problems_after(|f| {
            replace(
                f,
                "sources/a.json",
                r#""title":"T","date":"2013-04","kind":"reporting""#,
                r#""title":"T","date":"2013-04","url":"https://www.mirror.example/x","kind":"reporting""#,
            )
        });
        assert!(
            p[0].contains("the url is on mirror.example, which may not be cited (a mirror)"),
            "{p:#?}"
        );
        let p = problems_after(|f| {
            replace(
                f,
                "sources/a.json",
                r#""title":"T","date":"2013-04","kind":"reporting""#,
                r#""title":"T","date":"2013-04","url":"https://portal.example/tag/kosovo","kind":"reporting""#,
            )
        });
        assert!(p[0].contains("a listing page (`/tag/`)"), "{p:#?}");
        let p = problems_after(|f| {
            replace(
                f,
                "sources/a.json",
                r#""publisher":"Portal""#,
                r#""publisher":"Wikipedia""#,
            )
        });
        assert!(
            p[0].contains("neither its revision's day nor when it was read"),
            "{p:#?}"
        );
        let read = problems_after(|f| {
            replace(
                f,
                "sources/a.json",
                r#""publisher":"Portal","title":"T","date":"2013-04""#,
                r#""publisher":"Wikipedia","title":"T","accessed":"2026-11""#,
            )
        });
        assert!(read.is_empty(), "{read:#?}");
        let p = problems_after(|f| {
            replace(
                f,
                "sources/a.json",
                r#""title":"T","date":"2013-04","kind":"reporting""#,
                r#""title":"T","date":"2013-04","accessed":"2013-03-01","kind":"reporting""#,
            )
        });
        assert!(
            p[0].contains("it was published (2013-04) after it was read (2013-03-01)"),
            "{p:#?}"
        );
    }

    #[test]
    fn terms_quotes_and_control_characters() {
        let p = problems_after(|f| {
            replace(
                f,
                "events/2013.json",
                r#""summary":{"en":"x""#,
                r#""summary":{"en":"Talks in Pristina""#,
            )
        });
        assert_eq!(p.len(), 1, "{p:#?}");
        assert!(p[0].contains("[event 2013-04-19-ag]: `summary.en` writes “Pristina” (prishtina). Fix: write “Prishtinë/Priština”, the term data/terms/en.json settles"), "{}", p[0]);
        let p = problems_after(|f| {
            replace(
                f,
                "events/2013.json",
                r#""summary":{"en":"x""#,
                r#""summary":{"en":"the \"First\" one""#,
            )
        });
        assert!(p[0].contains("`summary.en` uses the quotation mark \""), "{p:#?}");
        let p = problems_after(|f| {
            replace(
                f,
                "events/2013.json",
                r#""summary":{"en":"x""#,
                r#""summary":{"en":"bad\u0007bell""#,
            )
        });
        assert!(p[0].contains("holds the control character U+0007"), "{p:#?}");
        let p = problems_after(|f| {
            f.push(file(
                "terms/sq.json",
                r#"{"quotes":{"open":"“","close":"”"},"terms":[]}"#,
            ))
        });
        assert!(
            p[0].starts_with("data/terms/sq.json [concept prishtina]: this concept is settled in another language"),
            "{p:#?}"
        );
    }

    #[test]
    fn a_label_with_words_is_written_in_every_language() {
        let p = problems_after(|f| {
            replace(
                f,
                "agreements/ag-2013.json",
                r#""number":"1""#,
                r#""number":"Article 1""#,
            )
        });
        assert!(p[0].contains("`number` is `Article 1`, which has words"), "{p:#?}");
        let ok = problems_after(|f| {
            replace(
                f,
                "agreements/ag-2013.json",
                r#""number":"1""#,
                r#""number":{"en":"Article 1","sq":"Neni 1","sr":"Član 1"}"#,
            )
        });
        assert!(ok.is_empty(), "{ok:#?}");
    }

    fn problems_after(edit: impl FnOnce(&mut Vec<DataFile>)) -> Vec<String> {
        let mut files = minimal();
        edit(&mut files);
        load(&files, "2026-11-26").1.iter().map(|p| p.to_string()).collect()
    }

    fn replace(files: &mut [DataFile], path: &str, from: &str, to: &str) {
        let f = files.iter_mut().find(|f| f.path == path).unwrap();
        assert!(f.contents.contains(from), "{from} not in {path}");
        f.contents = f.contents.replacen(from, to, 1);
    }

    #[test]
    fn unknown_reference_names_file_record_and_fix() {
        let p = problems_after(|f| {
            replace(
                f,
                "events/2013.json",
                r#""agreements":["ag-2013"]"#,
                r#""agreements":["nope"]"#,
            )
        });
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].starts_with("data/events/2013.json [event 2013-04-19-ag]: `agreements` names the agreement `nope`"),
            "{}",
            p[0]
        );
        assert!(p[0].contains("Fix: correct the id, or add the agreement to data/agreements/"));
    }

    #[test]
    fn future_and_impossible_dates() {
        let p = problems_after(|f| {
            replace(
                f,
                "events/2013.json",
                r#""date":"2013-04-19""#,
                r#""date":"2031-02-30""#,
            )
        });
        assert!(p.iter().any(|m| m.contains("not a calendar date")), "{p:?}");
        let p = problems_after(|f| {
            replace(
                f,
                "events/2013.json",
                r#""date":"2013-04-19""#,
                r#""date":"2027-01-01""#,
            )
        });
        assert!(p.iter().any(|m| m.contains("in the future")), "{p:?}");
    }

    #[test]
    fn history_order_and_sources_are_required() {
        let p = problems_after(|f| {
            replace(
                f,
                "agreements/ag-2013.json",
                r#""sources":["s1"]}]"#,
                r#""sources":["s1"]},{"date":"2013-06-01","level":"minimal","note":{"en":"x","sq":"x","sr":"x"},"sources":[]}]"#,
            )
        });
        assert!(p.iter().any(|m| m.contains("out of order")), "{p:?}");
        assert!(p.iter().any(|m| m.contains("every claim needs a source")), "{p:?}");
    }

    #[test]
    fn empty_text_duplicate_ids_and_same_day_titles() {
        let p = problems_after(|f| {
            let e = r#"{"id":"2013-04-19-ag","date":"2013-04-19","kind":"agreement","title":{"en":"x","sq":"x","sr":" "},"summary":{"en":"x","sq":"x","sr":"x"},"sources":["s1"]}"#;
            f.push(file("events/extra.json", &format!("[{e}]")));
        });
        assert!(
            p.iter()
                .any(|m| m.contains("`title.sr` is empty") && m.contains("Serbian (Latin script)")),
            "{p:?}"
        );
        assert!(p.iter().any(|m| m.contains("used more than once")), "{p:?}");
        assert!(p.iter().any(|m| m.contains("same title")), "{p:?}");
    }

    #[test]
    fn one_language_files_need_only_their_language() {
        let (full, _) = load(&minimal(), "2026-11-26");
        let mut sq_only = full.clone();
        sq_only.texts_only_in = Some("sq".into());
        for event in &mut sq_only.events {
            (event.title.en, event.title.sr) = (String::new(), String::new());
            (event.summary.en, event.summary.sr) = (String::new(), String::new());
        }
        assert!(check(&sq_only, "2026-11-26").is_empty());
        // Its own language is still required.
        sq_only.events[0].title.sq = " ".into();
        let p: Vec<String> = check(&sq_only, "2026-11-26").iter().map(|p| p.to_string()).collect();
        assert!(p.iter().any(|m| m.contains("`title.sq` is empty")), "{p:?}");
        // Without the mark, every language is required.
        let mut unmarked = full.clone();
        unmarked.events[0].title.en.clear();
        assert!(check(&unmarked, "2026-11-26")
            .iter()
            .any(|p| p.to_string().contains("`title.en` is empty")));
        // A mark that names no language is refused rather than trusted.
        let mut bogus = full;
        bogus.texts_only_in = Some("de".into());
        let p: Vec<String> = check(&bogus, "2026-11-26").iter().map(|p| p.to_string()).collect();
        assert!(p.len() == 1 && p[0].contains("`texts_only_in` is `de`"), "{p:?}");
    }

    #[test]
    fn sources_kept_apart_are_named_by_position_and_must_be_absent() {
        let (full, _) = load(&minimal(), "2026-11-26");
        assert!(!full.sources.is_empty());
        let mut apart = full.clone();
        apart.sources_apart = Some(full.sources.len());
        // Holding both the sources and the mark is refused.
        let p: Vec<String> = check(&apart, "2026-11-26").iter().map(|p| p.to_string()).collect();
        assert!(p.len() == 1 && p[0].contains("`sources_apart` is set"), "{p:?}");
        // Without them, references are positions in the sources file...
        apart.sources.clear();
        apart.for_each_source_ref(|id| *id = "0".into());
        assert!(check(&apart, "2026-11-26").is_empty());
        assert_eq!(apart.source_count(), full.sources.len());
        // ...within it...
        apart.events[0].sources = vec![full.sources.len().to_string()];
        let p: Vec<String> = check_references(&apart).iter().map(|p| p.to_string()).collect();
        assert!(p.len() == 1 && p[0].contains("not in the sources file"), "{p:?}");
        // ...and without the mark they are ids that do not exist.
        apart.sources_apart = None;
        assert!(check(&apart, "2026-11-26")
            .iter()
            .any(|p| p.to_string().contains("which does not exist")));
    }

    #[test]
    fn the_apps_check_is_references_and_addresses_only() {
        let (full, _) = load(&minimal(), "2026-11-26");
        assert!(check_references(&full).is_empty());
        // Wording is the build's: an empty text passes here, not in `check`.
        let mut unworded = full.clone();
        unworded.events[0].summary.en.clear();
        assert!(check_references(&unworded).is_empty());
        assert!(!check(&unworded, "2026-11-26").is_empty());
        // A record that is not there, a duplicate, an unsafe address: refused.
        for (damage, expected) in [
            (
                (|d: &mut Dataset| d.events[0].sources.push("nowhere".into())) as fn(&mut Dataset),
                "which does not exist",
            ),
            (|d| d.events.push(d.events[0].clone()), "used more than once"),
            (
                |d| d.sources[0].url = Some("javascript:alert(1)".into()),
                "not a plain http(s)",
            ),
        ] {
            let mut damaged = full.clone();
            damage(&mut damaged);
            let p: Vec<String> = check_references(&damaged).iter().map(|p| p.to_string()).collect();
            assert!(p.iter().any(|m| m.contains(expected)), "{expected}: {p:?}");
        }
    }

    #[test]
    fn syntax_errors_and_unknown_fields_point_at_the_line() {
        let p = problems_after(|f| replace(f, "events/2013.json", r#""sources":["s1"]}]"#, r#""sources":["s1"],}]"#));
        assert!(
            p.iter()
                .any(|m| m.starts_with("data/events/2013.json: line 1") && m.contains("JSON punctuation")),
            "{p:?}"
        );
        let p = problems_after(|f| {
            replace(
                f,
                "events/2013.json",
                r#""kind":"agreement""#,
                r#""kind":"agreement","colour":"red""#,
            )
        });
        assert!(p.iter().any(|m| m.contains("unknown field `colour`")), "{p:?}");
    }

    #[test]
    fn superseded_needs_an_existing_successor_and_urls_must_be_http() {
        let p = problems_after(|f| {
            replace(
                f,
                "agreements/ag-2013.json",
                r#""level":"partial""#,
                r#""level":"superseded""#,
            )
        });
        assert!(p.iter().any(|m| m.contains("must name what replaced it")), "{p:?}");
        let p = problems_after(|f| {
            replace(
                f,
                "sources/a.json",
                r#""kind":"primary""#,
                r#""kind":"primary","url":"javascript:alert(1)""#,
            )
        });
        assert!(p.iter().any(|m| m.contains("not a plain http(s) address")), "{p:?}");
    }

    #[test]
    fn file_name_must_match_agreement_id() {
        let p = problems_after(|f| {
            let agreement = f.iter_mut().find(|f| f.path.starts_with("agreements/")).unwrap();
            agreement.path = "agreements/other.json".into();
        });
        assert!(
            p.iter()
                .any(|m| m.contains("rename the file to data/agreements/ag-2013.json")),
            "{p:?}"
        );
    }

    #[test]
    fn calendar_dates() {
        assert!(is_calendar_date("2024-02-29"));
        assert!(!is_calendar_date("2023-02-29"));
        assert!(!is_calendar_date("2023-2-01"));
        assert!(!is_calendar_date("2023-04-31"));
        assert!(!is_calendar_date("+023-04-01"));
    }
}

/// Reads every `.json` file below `root` (the `data/` folder), sorted by path.
pub fn read_data_dir(root: &std::path::Path) -> std::io::Result<Vec<DataFile>> {
    fn walk(dir: &std::path::Path, root: &std::path::Path, out: &mut Vec<DataFile>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                walk(&path, root, out)?;
            } else if path.extension().is_some_and(|e| e == "json") {
                let rel = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push(DataFile {
                    path: rel,
                    contents: std::fs::read_to_string(&path)?,
                });
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(root, root, &mut files)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Today's date (UTC) as YYYY-MM-DD, from days since 1970-01-01.
pub fn civil_date(days_since_epoch: i64) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let z = days_since_epoch + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod date_tests {
    #[test]
    fn civil_dates() {
        assert_eq!(super::civil_date(0), "1970-01-01");
        assert_eq!(super::civil_date(20_783), "2026-11-26");
        assert_eq!(super::civil_date(11_016), "2000-02-29");
    }
}
