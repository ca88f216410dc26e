//! Parsing the data files into one dataset: each file by where it lives,
//! each parse error with its line and a fix an editor can follow.

use super::{check_with_origins, Checker, DataFile, Editorial, Origins, Problem, TermBase};
use crate::core::model::*;

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
