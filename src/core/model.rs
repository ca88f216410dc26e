//! The dataset as typed records: the same structs read the human-edited files
//! under `data/` and the compiled file the app fetches.

use super::order;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The one way an enum's keys are written (in the data files, the URLs and
/// the CSV downloads): `ALL` (every variant, in order), `key()` and
/// `from_key()`. Serde reads and writes the same keys through
/// `rename_all = "snake_case"`; the test `keys_are_serde_names` holds the
/// two together for every variant.
macro_rules! keyed_enum {
    ($name:ident { $($variant:ident = $key:literal),+ $(,)? }) => {
        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$($key),+].len()] = [$($name::$variant),+];

            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.key() == key)
            }
        }
    };
}
pub(crate) use keyed_enum;

/// One human-readable text in the three written languages. Serbian Cyrillic is
/// generated from `sr` (Latin), so it is never stored. A missing language
/// reads as empty, which validation reports with the fix (data files) or
/// expects (the one-language files the app loads first, see
/// [`Dataset::texts_only_in`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sq: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sr: String,
}

impl Text {
    /// The keys of the written languages, in the order of the fields.
    pub const LANGUAGES: [&'static str; 3] = ["en", "sq", "sr"];

    /// Each language's key with its text, in the order of [`Text::LANGUAGES`]:
    /// the one way to go through a text's languages.
    pub fn by_language(&self) -> [(&'static str, &str); 3] {
        [("en", &self.en), ("sq", &self.sq), ("sr", &self.sr)]
    }

    /// The text under a dataset language key (`en`, `sq`, `sr`); English for
    /// any other key.
    pub fn in_language(&self, key: &str) -> &str {
        match key {
            "sq" => &self.sq,
            "sr" => &self.sr,
            _ => &self.en,
        }
    }
}

/// A short label that is the same in every language ("4", "Article 4" is
/// not: write that as a [`Text`]). Written untagged: a string or a text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Label {
    /// Digits and punctuation only, shown as written.
    Plain(String),
    /// Words: one per language.
    Text(Text),
}

impl Label {
    /// The label under a dataset language key (see [`Text::in_language`]).
    pub fn in_language(&self, key: &str) -> &str {
        match self {
            Label::Plain(plain) => plain,
            Label::Text(text) => text.in_language(key),
        }
    }
}

/// Read by hand rather than by `#[serde(untagged)]`, which buffers every
/// label into serde's generic `Content` first and decodes it again: code in
/// the app's wasm (1.4 kB brotli) for two shapes the first token tells apart.
impl<'de> Deserialize<'de> for Label {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::{self, MapAccess, Visitor};

        struct LabelVisitor;

        impl<'de> Visitor<'de> for LabelVisitor {
            type Value = Label;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a label: a string of digits, or a text with `en`, `sq` and `sr`")
            }

            fn visit_str<E: de::Error>(self, plain: &str) -> Result<Label, E> {
                Ok(Label::Plain(plain.to_owned()))
            }

            fn visit_string<E: de::Error>(self, plain: String) -> Result<Label, E> {
                Ok(Label::Plain(plain))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Label, A::Error> {
                Text::deserialize(de::value::MapAccessDeserializer::new(map)).map(Label::Text)
            }
        }

        deserializer.deserialize_any(LabelVisitor)
    }
}

impl From<&str> for Label {
    fn from(plain: &str) -> Self {
        Label::Plain(plain.to_string())
    }
}

/// Implementation level, aligned with the Peace Accords Matrix scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    NotStarted,
    Minimal,
    Partial,
    Implemented,
    Reversed,
    Superseded,
}

keyed_enum!(Level {
    NotStarted = "not_started",
    Minimal = "minimal",
    Partial = "partial",
    Implemented = "implemented",
    Reversed = "reversed",
    Superseded = "superseded",
});

impl Level {
    /// Score on the 0–3 scale; reversed counts as not done, superseded is left
    /// out of averages (its successor carries the obligation).
    pub fn score(self) -> Option<u8> {
        match self {
            Level::NotStarted | Level::Reversed => Some(0),
            Level::Minimal => Some(1),
            Level::Partial => Some(2),
            Level::Implemented => Some(3),
            Level::Superseded => None,
        }
    }
}

/// Who must act on a provision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    Kosovo,
    Serbia,
    Both,
    Eu,
}

keyed_enum!(Party {
    Kosovo = "kosovo",
    Serbia = "serbia",
    Both = "both",
    Eu = "eu",
});

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Technical,
    HighLevel,
    UsBrokered,
    Normalisation,
}

keyed_enum!(Phase {
    Technical = "technical",
    HighLevel = "high_level",
    UsBrokered = "us_brokered",
    Normalisation = "normalisation",
});

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgreementKind {
    Agreement,
    Conclusions,
    Arrangement,
    Declaration,
    Roadmap,
    Annex,
    ImplementationPlan,
    LetterOfIntent,
    Commitments,
}

keyed_enum!(AgreementKind {
    Agreement = "agreement",
    Conclusions = "conclusions",
    Arrangement = "arrangement",
    Declaration = "declaration",
    Roadmap = "roadmap",
    Annex = "annex",
    ImplementationPlan = "implementation_plan",
    LetterOfIntent = "letter_of_intent",
    Commitments = "commitments",
});

/// How an agreement was agreed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Adoption {
    Signed,
    Initialled,
    Verbal,
    Announced,
    Separately,
}

keyed_enum!(Adoption {
    Signed = "signed",
    Initialled = "initialled",
    Verbal = "verbal",
    Announced = "announced",
    Separately = "separately",
});

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Dialogue,
    Agreement,
    Ratification,
    Court,
    Implementation,
    Crisis,
    Election,
    CivilSociety,
    Statement,
}

keyed_enum!(EventKind {
    Dialogue = "dialogue",
    Agreement = "agreement",
    Ratification = "ratification",
    Court = "court",
    Implementation = "implementation",
    Crisis = "crisis",
    Election = "election",
    CivilSociety = "civil_society",
    Statement = "statement",
});

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Primary,
    Reference,
    Reporting,
    Analysis,
}

keyed_enum!(SourceKind {
    Primary = "primary",
    Reference = "reference",
    Reporting = "reporting",
    Analysis = "analysis",
});

/// How far a publisher can be relied on alone, from the registry in
/// `data/publishers.json`: every claim needs a `Primary` or `Media` source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// EU institutions, the parties' governments and assemblies, courts,
    /// EULEX, UN, OSCE, KFOR/NATO.
    Primary,
    /// Agencies and established media from Kosovo, Serbia and abroad.
    Media,
    /// Encyclopaedias and databases.
    Reference,
    /// Aggregators, rewrites, blogs, small portals, think tanks: never alone.
    Other,
}

keyed_enum!(Tier {
    Primary = "primary",
    Media = "media",
    Reference = "reference",
    Other = "other",
});

impl Tier {
    /// Whether a claim may rest on this tier alone.
    pub fn is_reliable(self) -> bool {
        matches!(self, Tier::Primary | Tier::Media)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// Exactly a `name` in `data/publishers.json`: the one who put this copy
    /// out (for a reprint, the outlet; the agency goes in `agency`).
    pub publisher: String,
    /// The agency whose copy a reprint carries ("Tanjug", "AP").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    pub title: String,
    /// Publication date: YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown
    /// (then `accessed` says when it was read).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// When it was read (YYYY-MM-DD), kept apart from the publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessed: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub kind: SourceKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Set by the loader from the publisher registry; never written in
    /// `data/` (the validator refuses it there).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<Tier>,
}

impl Source {
    /// The URL, only if it is a plain http(s) address: anything else is never
    /// turned into a link.
    pub fn safe_url(&self) -> Option<&str> {
        self.url.as_deref().filter(|u| is_safe_url(u))
    }
}

pub fn is_safe_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub actor: String,
    pub level: Level,
    pub text: Text,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusEntry {
    pub date: String,
    pub level: Level,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub successor: Option<String>,
    pub note: Text,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<Claim>,
    /// Marked by the editors: no source of a reliable tier exists (the
    /// validator keeps the mark true to the sources).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub weak_source: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provision {
    pub id: String,
    pub number: Label,
    pub summary: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote_source: Option<String>,
    pub party: Party,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
    pub status: Vec<StatusEntry>,
}

impl Provision {
    /// The latest assessment on or before `date` (ISO dates compare as strings).
    pub fn status_on(&self, date: &str) -> Option<&StatusEntry> {
        self.status.iter().rev().find(|s| s.date.as_str() <= date)
    }

    pub fn current(&self) -> Option<&StatusEntry> {
        self.status.last()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// Editors may point their editor at the schema; ignored otherwise.
    #[serde(rename = "$schema", default, skip_serializing)]
    pub schema: Option<String>,
    pub id: String,
    pub title: Text,
    pub date: String,
    pub place: Text,
    pub phase: Phase,
    pub kind: AgreementKind,
    pub adoption: Adoption,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adoption_note: Option<Text>,
    pub parties: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facilitator: Vec<String>,
    pub themes: Vec<String>,
    pub summary: Text,
    pub citizens: Text,
    pub provisions: Vec<Provision>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<String>,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disputed: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub date: String,
    pub kind: EventKind,
    pub title: Text,
    pub summary: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agreements: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disputed: Option<Text>,
    /// As on `StatusEntry`: no source of a reliable tier exists.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub weak_source: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A party to the dialogue (Kosovo, Serbia): a label that takes no
    /// position on status.
    Participant,
    Person,
    Institution,
    State,
    Organisation,
    Party,
}

keyed_enum!(ActorKind {
    Participant = "participant",
    Person = "person",
    Institution = "institution",
    State = "state",
    Organisation = "organisation",
    Party = "party",
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub role: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: String,
    pub kind: ActorKind,
    pub name: Text,
    pub description: Text,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub id: String,
    pub name: Text,
    pub description: Text,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Aliases {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub en: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sq: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sr: Vec<String>,
}

impl Aliases {
    /// Each language's key with its aliases, in the order of [`Text::LANGUAGES`].
    pub fn by_language(&self) -> [(&'static str, &[String]); 3] {
        [("en", &self.en), ("sq", &self.sq), ("sr", &self.sr)]
    }

    /// Every alias, in every language.
    pub fn all(&self) -> impl Iterator<Item = &String> {
        self.en.iter().chain(&self.sq).chain(&self.sr)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    pub id: String,
    pub term: Text,
    #[serde(default)]
    pub aliases: Aliases,
    pub definition: Text,
    pub sources: Vec<String>,
}

/// One government's (or party's) account where the two differ: attributed
/// and sourced.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Account {
    pub actor: String,
    pub text: Text,
    pub sources: Vec<String>,
}

/// A citizen's question answered from the record: `data/guides/<id>.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    #[serde(rename = "$schema", default, skip_serializing)]
    pub schema: Option<String>,
    pub id: String,
    /// The question as a reader asks it.
    pub question: Text,
    /// The answer today, in two to four plain sentences.
    pub answer: Text,
    /// The day the answer describes.
    pub as_of: String,
    /// What a person needs (documents, fees, offices), where sources say it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<Text>,
    /// Where the two governments' accounts differ.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accounts: Vec<Account>,
    /// `agreement-id#provision-id`: what the answer rests on. Their status
    /// histories make the guide's dated history, with `events`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provisions: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
    pub sources: Vec<String>,
    pub last_checked: String,
}

/// The one way to turn a source reference into its source. A reference is
/// a source's id in the full dataset and its position in the sources file
/// in the one-language files the app loads (see `Dataset::sources_apart`);
/// the table knows which, so a view cannot look a source up by id in a file
/// that names it by position (or the other way round).
#[derive(Clone, Copy, Debug)]
pub struct SourceTable<'a> {
    sources: &'a [Source],
    by_position: bool,
}

/// How a dataset's references name their sources (see [`SourceTable`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceNaming {
    /// By id: the full dataset, which holds its sources.
    Ids,
    /// By position in the sources file: the one-language files.
    Positions,
}

impl SourceNaming {
    /// The table over `sources` that resolves references named this way.
    pub fn table(self, sources: &[Source]) -> SourceTable<'_> {
        SourceTable {
            sources,
            by_position: self == SourceNaming::Positions,
        }
    }
}

impl<'a> SourceTable<'a> {
    /// The source a reference names, `None` for one that names none.
    pub fn get(&self, reference: &str) -> Option<&'a Source> {
        if self.by_position {
            reference.parse::<usize>().ok().and_then(|i| self.sources.get(i))
        } else {
            self.sources.iter().find(|s| s.id == reference)
        }
    }
}

/// Everything the app needs, compiled from `data/` by the build step.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub agreements: Vec<Agreement>,
    pub events: Vec<Event>,
    pub actors: Vec<Actor>,
    pub themes: Vec<Theme>,
    pub glossary: Vec<GlossaryEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guides: Vec<Guide>,
    pub sources: Vec<Source>,
    /// Set only in the one-language files the app loads first (`en`, `sq` or
    /// `sr`, which serves both scripts): they carry texts in that language
    /// alone, about half the download. Absent in the full dataset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub texts_only_in: Option<String>,
    /// Set only in those one-language files: the sources are left out (a
    /// third of the download) and kept in a file of their own, fetched when a
    /// page cites them; this is how many that file holds. References to a
    /// source are then its position in that file, in decimal ("0", "17"):
    /// the ids are long, and cited over a thousand times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources_apart: Option<usize>,
    /// The interface texts, added by the build: per text language (`en`,
    /// `sq`, `sr`; a one-language file carries its own), key to text. Not
    /// part of `data/` (they live in `src/i18n/`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub interface: InterfaceTables,
}

/// Interface texts per text language, key to text (see `i18n::install`).
pub type InterfaceTables = BTreeMap<String, BTreeMap<String, String>>;

impl Dataset {
    /// Puts records in the order every view shows them: agreements and events
    /// newest first, the rest by id. Done once at build time.
    pub fn sort(&mut self) {
        order::sort_by(&mut self.agreements, |a, b| {
            b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id))
        });
        order::sort_by(&mut self.events, |a, b| {
            b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id))
        });
        order::sort_by(&mut self.actors, |a, b| a.id.cmp(&b.id));
        order::sort_by(&mut self.glossary, |a, b| a.term.en.cmp(&b.term.en));
        order::sort_by(&mut self.sources, |a, b| a.id.cmp(&b.id));
    }

    /// Each guide's sources in the order a reader should check them:
    /// official documents, then news reports, then the rest (once graded).
    pub fn order_guide_sources(&mut self) {
        let tiers: std::collections::HashMap<&str, Option<Tier>> =
            self.sources.iter().map(|s| (s.id.as_str(), s.tier)).collect();
        for guide in &mut self.guides {
            order::sort_by_key(&mut guide.sources, |id| {
                tiers.get(id.as_str()).copied().flatten().unwrap_or(Tier::Other)
            });
        }
    }

    pub fn guide(&self, id: &str) -> Option<&Guide> {
        self.guides.iter().find(|g| g.id == id)
    }

    /// The agreement and provision an `agreement-id#provision-id` names.
    pub fn provision_ref(&self, reference: &str) -> Option<(&Agreement, &Provision)> {
        let (agreement, provision) = reference.split_once('#')?;
        let a = self.agreement(agreement)?;
        Some((a, a.provisions.iter().find(|p| p.id == provision)?))
    }

    /// Guides that rest on any provision of an agreement.
    pub fn guides_of<'a>(&'a self, agreement_id: &'a str) -> impl Iterator<Item = &'a Guide> + 'a {
        self.guides.iter().filter(move |g| {
            g.provisions
                .iter()
                .any(|r| r.split_once('#').is_some_and(|(a, _)| a == agreement_id))
        })
    }

    pub fn agreement(&self, id: &str) -> Option<&Agreement> {
        self.agreements.iter().find(|a| a.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    /// Every reference to a source, to rewrite (see `sources_apart`).
    pub fn for_each_source_ref(&mut self, mut f: impl FnMut(&mut String)) {
        let mut all = |ids: &mut dyn Iterator<Item = &mut String>| ids.for_each(&mut f);
        for a in &mut self.agreements {
            all(&mut a.sources.iter_mut().chain(&mut a.documents));
            for p in &mut a.provisions {
                all(&mut p.quote_source.iter_mut());
                for entry in &mut p.status {
                    all(&mut entry.sources.iter_mut());
                    all(&mut entry.claims.iter_mut().flat_map(|c| &mut c.sources));
                }
            }
        }
        all(&mut self.events.iter_mut().flat_map(|e| &mut e.sources));
        all(&mut self.actors.iter_mut().flat_map(|a| &mut a.sources));
        all(&mut self.glossary.iter_mut().flat_map(|g| &mut g.sources));
        for g in &mut self.guides {
            all(&mut g.sources.iter_mut());
            all(&mut g.accounts.iter_mut().flat_map(|a| &mut a.sources));
        }
    }

    /// The table that resolves this dataset's source references: its own
    /// sources, or where they are kept apart `apart`, the sources file once
    /// fetched (`None` until it is).
    pub fn source_table<'a>(&'a self, apart: Option<&'a [Source]>) -> Option<SourceTable<'a>> {
        match self.source_naming() {
            SourceNaming::Ids => Some(SourceNaming::Ids.table(&self.sources)),
            SourceNaming::Positions => apart.map(|sources| SourceNaming::Positions.table(sources)),
        }
    }

    /// How this dataset's references name their sources.
    pub fn source_naming(&self) -> SourceNaming {
        match self.sources_apart {
            None => SourceNaming::Ids,
            Some(_) => SourceNaming::Positions,
        }
    }

    /// How many sources the record cites from, wherever they are kept.
    pub fn source_count(&self) -> usize {
        self.sources_apart.unwrap_or(self.sources.len())
    }

    /// Events that concern an agreement, newest first.
    pub fn events_of<'a>(&'a self, agreement_id: &'a str) -> impl Iterator<Item = &'a Event> + 'a {
        self.events
            .iter()
            .filter(move |e| e.agreements.iter().any(|a| a == agreement_id))
    }

    /// Events in which an actor took part, newest first.
    pub fn events_with_actor<'a>(&'a self, actor_id: &'a str) -> impl Iterator<Item = &'a Event> + 'a {
        self.events
            .iter()
            .filter(move |e| e.actors.iter().any(|a| a == actor_id))
    }

    /// Agreements that name `id` as related, plus those it names itself.
    pub fn related_agreements<'a>(&'a self, agreement: &'a Agreement) -> Vec<&'a Agreement> {
        self.agreements
            .iter()
            .filter(|other| {
                other.id != agreement.id
                    && (agreement.related.contains(&other.id) || other.related.contains(&agreement.id))
            })
            .collect()
    }

    /// The date of the newest dated item (event, agreement or assessment):
    /// what the record is complete to.
    pub fn record_as_of(&self) -> Option<&str> {
        let events = self.events.iter().map(|e| e.date.as_str());
        let agreements = self.agreements.iter().map(|a| a.date.as_str());
        let assessments = self
            .agreements
            .iter()
            .flat_map(|a| &a.provisions)
            .flat_map(|p| &p.status)
            .map(|s| s.date.as_str());
        events.chain(agreements).chain(assessments).max()
    }

    pub fn provision_count(&self) -> usize {
        self.agreements.iter().map(|a| a.provisions.len()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::DeserializeOwned;
    use std::fmt::Debug;

    /// `key()` is what serde reads and writes, for every variant.
    fn keys_match_serde<T: Copy + Debug + PartialEq + Serialize + DeserializeOwned>(
        all: &[T],
        key: fn(T) -> &'static str,
    ) {
        for &variant in all {
            assert_eq!(serde_json::to_value(variant).unwrap(), key(variant), "{variant:?}");
            assert_eq!(serde_json::from_value::<T>(key(variant).into()).unwrap(), variant);
        }
    }

    #[test]
    fn a_label_reads_and_writes_as_a_string_or_a_text() {
        let plain: Label = serde_json::from_str(r#""4""#).unwrap();
        assert_eq!(plain, Label::from("4"));
        let text: Label = serde_json::from_str(r#"{"en": "Annex", "sq": "Aneksi", "sr": "Aneks"}"#).unwrap();
        assert_eq!(text.in_language("sq"), "Aneksi");
        for label in [plain, text] {
            let written = serde_json::to_string(&label).unwrap();
            assert_eq!(serde_json::from_str::<Label>(&written).unwrap(), label, "{written}");
        }
        // A text keeps refusing keys it does not know, and other shapes fail
        // with what a label may be.
        assert!(serde_json::from_str::<Label>(r#"{"de": "Anhang"}"#).is_err());
        let number = serde_json::from_str::<Label>("4").unwrap_err().to_string();
        assert!(number.contains("a string of digits, or a text"), "{number}");
    }

    #[test]
    fn keys_are_serde_names() {
        keys_match_serde(&Level::ALL, Level::key);
        keys_match_serde(&Party::ALL, Party::key);
        keys_match_serde(&Phase::ALL, Phase::key);
        keys_match_serde(&AgreementKind::ALL, AgreementKind::key);
        keys_match_serde(&Adoption::ALL, Adoption::key);
        keys_match_serde(&EventKind::ALL, EventKind::key);
        keys_match_serde(&SourceKind::ALL, SourceKind::key);
        keys_match_serde(&Tier::ALL, Tier::key);
        keys_match_serde(&ActorKind::ALL, ActorKind::key);
    }

    #[test]
    fn references_resolve_by_id_or_by_position_as_the_file_says() {
        let source = |id: &str| Source {
            id: id.into(),
            publisher: "EEAS".into(),
            agency: None,
            title: "A title".into(),
            date: "2013-04-19".into(),
            accessed: None,
            url: None,
            kind: SourceKind::Primary,
            language: None,
            tier: None,
        };
        let full = Dataset {
            sources: vec![source("eeas-2013"), source("rts-2015")],
            ..Dataset::default()
        };
        let table = full.source_table(None).unwrap();
        assert_eq!(table.get("rts-2015").map(|s| s.id.as_str()), Some("rts-2015"));
        assert!(table.get("1").is_none(), "the full dataset names sources by id");
        let apart = Dataset {
            sources_apart: Some(2),
            ..Dataset::default()
        };
        assert!(
            apart.source_table(None).is_none(),
            "not until the sources file is fetched"
        );
        let file = full.sources.clone();
        let table = apart.source_table(Some(&file)).unwrap();
        assert_eq!(table.get("1").map(|s| s.id.as_str()), Some("rts-2015"));
        assert!(
            table.get("rts-2015").is_none(),
            "a one-language file names sources by position"
        );
        assert!(table.get("2").is_none());
    }

    #[test]
    fn keys_read_back() {
        assert_eq!(EventKind::from_key("civil_society"), Some(EventKind::CivilSociety));
        assert_eq!(EventKind::from_key("CivilSociety"), None);
        assert_eq!(Phase::from_key(""), None);
    }

    #[test]
    fn languages_in_field_order() {
        let text = Text {
            en: "a".into(),
            sq: "b".into(),
            sr: "c".into(),
        };
        assert_eq!(text.by_language(), [("en", "a"), ("sq", "b"), ("sr", "c")]);
        let keys: Vec<&str> = text.by_language().iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, Text::LANGUAGES);
        for (key, value) in text.by_language() {
            assert_eq!(text.in_language(key), value);
        }
    }
}
