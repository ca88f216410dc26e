//! The checks of one field (id, text, date, references, sources), each
//! recording a problem that names the file, the record and the fix.

use super::dates::is_calendar_date;
use super::{Checker, Problem};
use crate::core::model::*;
use std::collections::HashSet;

impl<'a> Checker<'a> {
    /// "kind id" plus the file it came from, packed for `push`.
    pub(super) fn at(&self, kind: &'static str, id: &str) -> String {
        format!("{}\u{0}{kind} {id}", self.origins.file(kind, id))
    }

    /// A problem in a file that holds no records of the dataset (the
    /// registry, the terms files).
    pub(super) fn push_in(&mut self, file: &str, record: &str, message: String, fix: String) {
        self.push(&format!("{file}\u{0}{record}"), message, fix);
    }

    pub(super) fn push(&mut self, at: &str, message: String, fix: String) {
        let (file, record) = at.split_once('\u{0}').unwrap_or(("", at));
        self.problems.push(Problem {
            file: file.to_string(),
            record: record.to_string(),
            message,
            fix,
        });
    }

    pub(super) fn unique_ids<'d>(
        &mut self,
        kind: &'static str,
        ids: impl Iterator<Item = &'d str>,
    ) -> HashSet<&'d str> {
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

    pub(super) fn id_format(&mut self, at: &str, id: &str) {
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

    pub(super) fn text(&mut self, at: &str, field: &str, text: &Text) {
        for (lang, value) in text.by_language() {
            if value.trim().is_empty() && self.only_language.is_none_or(|only| only == lang) {
                self.push(
                    at,
                    format!("`{field}.{lang}` is empty"),
                    format!("write the {} text of `{field}`", language_name(lang)),
                );
            }
        }
    }

    pub(super) fn date(&mut self, at: &str, field: &str, date: &str) {
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

    pub(super) fn partial_date(&mut self, at: &str, field: &str, date: &str) {
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

    pub(super) fn refs(
        &mut self,
        at: &str,
        field: &str,
        ids: &[String],
        known: &HashSet<&str>,
        kind: &str,
        home: &str,
    ) {
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
    pub(super) fn sourced(&mut self, at: &str, field: &str, ids: &[String]) {
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
