//! Small records for unit tests: one place to build them, so each test
//! states only what it is about.

use super::model::*;

/// The same text in every language.
pub fn text(s: &str) -> Text {
    Text {
        en: s.into(),
        sq: s.into(),
        sr: s.into(),
    }
}

/// An assessment with a note and one source.
pub fn entry(date: &str, level: Level) -> StatusEntry {
    StatusEntry {
        date: date.into(),
        level,
        successor: None,
        note: text("n"),
        sources: vec!["s".into()],
        claims: vec![],
        weak_source: false,
    }
}

/// A provision numbered by its id.
pub fn provision(id: &str, party: Party, status: Vec<StatusEntry>) -> Provision {
    Provision {
        id: id.into(),
        number: Label::Plain(id.into()),
        summary: text(id),
        quote: None,
        quote_source: None,
        party,
        themes: vec![],
        status,
    }
}

/// A signed high-level agreement; override fields with struct update syntax.
pub fn agreement(id: &str, date: &str, themes: &[&str], provisions: Vec<Provision>) -> Agreement {
    Agreement {
        schema: None,
        id: id.into(),
        title: text(id),
        date: date.into(),
        place: text("p"),
        phase: Phase::HighLevel,
        kind: AgreementKind::Agreement,
        adoption: Adoption::Signed,
        adoption_note: None,
        parties: vec![],
        facilitator: vec![],
        themes: themes.iter().map(|t| t.to_string()).collect(),
        summary: text("s"),
        citizens: text("c"),
        provisions,
        related: vec![],
        documents: vec![],
        sources: vec![],
        disputed: None,
    }
}
