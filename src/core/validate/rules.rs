//! The checks of the whole dataset: unique ids, references that resolve,
//! and the editors' wording rules, record by record.

use super::{Checker, Origins, RecordIds};
use crate::core::model::*;
use std::collections::HashSet;

impl<'a> Checker<'a> {
    pub(super) fn new(d: &'a Dataset, today: &'a str, origins: &'a Origins) -> Self {
        Checker {
            problems: Vec::new(),
            today,
            origins,
            only_language: d.texts_only_in.as_deref(),
            sources_apart: d.sources_apart,
        }
    }

    pub(super) fn record_ids<'d>(&mut self, d: &'d Dataset) -> RecordIds<'d> {
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
    pub(super) fn references(&mut self, d: &Dataset, ids: &RecordIds<'_>) {
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
    pub(super) fn wording(&mut self, d: &Dataset) {
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
