//! Interface strings. Translators edit the Fluent files `en.ftl`, `sq.ftl`
//! and `sr.ftl` beside this file; `build.rs` compiles them into one static
//! table per language (a missing or extra key, a misspelled placeable or a
//! missing plural form stops the build with the file and line). Serbian
//! Cyrillic is generated from Serbian Latin once, at first use. Pure Rust:
//! the site generator and the app share it, so generated titles match what
//! the app shows.
//!
//! The tables are compiled into the site generator only. It writes each
//! language's table into that language's dataset file, and the app reads it
//! from there ([`install`]): a page needs one language, and three compiled in
//! were about 18 kB of the brotli'd wasm. Only the load-error message, shown
//! when there is no dataset, is compiled into the app ([`LoadErrorTexts`]).
//!
//! Placeholders are written `{name}` in the table and filled by [`fill`];
//! counted texts choose their plural form by [`count`].

use crate::core::lang::Lang;
use crate::core::model::{
    ActorKind, Adoption, AgreementKind, EventKind, InterfaceTables, Level, Party, Phase, SourceKind, Tier,
};
use crate::core::translit::{strip_latin_marks, to_cyrillic};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Every interface text, in the order of the keys. Read through the
/// generated accessors (`s.site_name()`), one per key of `en.ftl`.
pub struct Strings([&'static str; KEY_COUNT]);

// The keys, the accessors and (natively) each language's texts.
include!(concat!(env!("OUT_DIR"), "/strings.rs"));

/// Separates a count's plural forms (one, few, other) in a table's text.
const PLURAL_FORMS: char = '\u{1f}';

impl Strings {
    /// All keys with their text, for tests and checks.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
        KEYS.into_iter().zip(self.0).collect()
    }

    /// The strings from a table of key and text, as a dataset file carries
    /// them; the first key it lacks is the error. Read once per page, so
    /// the texts are kept for the page's life.
    pub fn from_table(table: &BTreeMap<String, String>) -> Result<Strings, String> {
        let mut texts = [""; KEY_COUNT];
        for (slot, key) in texts.iter_mut().zip(KEYS) {
            let found = table
                .get(key)
                .ok_or_else(|| format!("the interface text `{key}` is missing"))?;
            *slot = leak(found.clone());
        }
        Ok(Strings(texts))
    }

    /// Every text empty: what a page shows of the interface if the dataset
    /// it has carries none (it is refused before that).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    fn blank() -> Strings {
        Strings([""; KEY_COUNT])
    }

    fn transliterated(&self) -> Strings {
        Strings(self.0.map(|text| leak(to_cyrillic(text))))
    }

    /// The Serbian texts as shown in Latin: the marks of the spans that
    /// stay Latin in Cyrillic removed.
    fn in_latin(&self) -> Strings {
        Strings(self.0.map(|text| match strip_latin_marks(text) {
            std::borrow::Cow::Borrowed(same) => same,
            std::borrow::Cow::Owned(stripped) => leak(stripped),
        }))
    }
}

/// The interface strings of a language.
#[cfg(not(target_arch = "wasm32"))]
pub fn strings(lang: Lang) -> &'static Strings {
    static CYRILLIC: OnceLock<Strings> = OnceLock::new();
    static LATIN: OnceLock<Strings> = OnceLock::new();
    match lang {
        Lang::En => &EN,
        Lang::Sq => &SQ,
        Lang::SrLatn => LATIN.get_or_init(|| SR.in_latin()),
        Lang::SrCyrl => CYRILLIC.get_or_init(|| SR.transliterated()),
    }
}

/// Every language's table, as the site generator writes them into the
/// dataset files: text language (`en`, `sq`, `sr`) to key to text.
#[cfg(not(target_arch = "wasm32"))]
pub fn interface_tables() -> InterfaceTables {
    // Serbian as written, with its marks: the app derives both scripts.
    [("en", &EN), ("sq", &SQ), ("sr", &SR)]
        .into_iter()
        .map(|(key, strings)| {
            let table = strings
                .entries()
                .into_iter()
                .map(|(k, text)| (k.to_string(), text.to_string()))
                .collect();
            (key.to_string(), table)
        })
        .collect()
}

/// The tables read from the dataset (in the browser, by [`install`]).
static INSTALLED: OnceLock<Vec<(String, Strings)>> = OnceLock::new();

/// Reads the interface tables a dataset file carries, once per page (later
/// calls keep the first). An error names what is missing.
pub fn install(tables: &InterfaceTables) -> Result<(), String> {
    if INSTALLED.get().is_some() {
        return Ok(());
    }
    if tables.is_empty() {
        return Err("the dataset carries no interface texts".into());
    }
    let mut installed = Vec::new();
    for (key, table) in tables {
        let strings = Strings::from_table(table).map_err(|e| format!("{e} ({key})"))?;
        installed.push((key.clone(), strings));
    }
    let _ = INSTALLED.set(installed);
    Ok(())
}

/// The interface strings of a language, from the dataset's tables (the
/// first table if the language's is not there, so a page never goes blank).
#[cfg(target_arch = "wasm32")]
pub fn strings(lang: Lang) -> &'static Strings {
    static EMPTY: OnceLock<Strings> = OnceLock::new();
    static CYRILLIC: OnceLock<Strings> = OnceLock::new();
    static LATIN: OnceLock<Strings> = OnceLock::new();
    let installed = INSTALLED.get().map(Vec::as_slice).unwrap_or_default();
    let own = installed.iter().find(|(key, _)| key == lang.text_key());
    match (own, installed.first()) {
        (Some((_, latin)), _) if lang == Lang::SrCyrl => CYRILLIC.get_or_init(|| latin.transliterated()),
        (Some((_, latin)), _) if lang == Lang::SrLatn => LATIN.get_or_init(|| latin.in_latin()),
        (Some((_, strings)), _) | (None, Some((_, strings))) => strings,
        (None, None) => EMPTY.get_or_init(Strings::blank),
    }
}

/// What the page says when the dataset could not be loaded. Compiled into
/// the app, unlike the other interface texts, which arrive with the dataset.
pub struct LoadErrorTexts {
    pub title: &'static str,
    /// The title when the app's code, not the data, did not arrive.
    pub code_title: &'static str,
    pub text: &'static str,
    pub page_readable: &'static str,
    pub retry: &'static str,
    pub detail: &'static str,
}

impl LoadErrorTexts {
    /// In `lang`; Serbian Cyrillic transliterated from the Latin. `code`:
    /// what failed is the page's part of the app, not the data.
    pub fn of(lang: Lang, code: bool) -> [String; 5] {
        let texts = match lang {
            Lang::En => &LOAD_ERROR_EN,
            Lang::Sq => &LOAD_ERROR_SQ,
            Lang::SrLatn | Lang::SrCyrl => &LOAD_ERROR_SR,
        };
        [
            if code { texts.code_title } else { texts.title },
            texts.text,
            texts.page_readable,
            texts.retry,
            texts.detail,
        ]
        .map(|text| match lang {
            Lang::SrCyrl => to_cyrillic(text),
            _ => text.to_string(),
        })
    }
}

static LOAD_ERROR_EN: LoadErrorTexts = LoadErrorTexts {
    title: "The data could not be loaded",
    code_title: "This page's part of the app could not be loaded",
    text: "Your connection may have dropped, or the file arrived damaged. Nothing is wrong with your device.",
    page_readable: "You can still read this page and follow its links; searching and filtering need the data.",
    retry: "Try again",
    detail: "Technical detail",
};

static LOAD_ERROR_SQ: LoadErrorTexts = LoadErrorTexts {
    title: "Të dhënat nuk u ngarkuan",
    code_title: "Pjesa e aplikacionit për këtë faqe nuk u ngarkua",
    text: "Ndoshta lidhja u ndërpre ose skedari mbërriti i dëmtuar. Pajisja juaj nuk ka asnjë problem.",
    page_readable:
        "Këtë faqe mund ta lexoni ende dhe t’i ndiqni lidhjet e saj; kërkimi dhe filtrimi kanë nevojë për të dhënat.",
    retry: "Provo përsëri",
    detail: "Hollësi teknike",
};

static LOAD_ERROR_SR: LoadErrorTexts = LoadErrorTexts {
        title: "Podaci nisu mogli da se učitaju",
        code_title: "Deo aplikacije za ovu stranicu nije mogao da se učita",
        text: "Možda je veza prekinuta ili je datoteka stigla oštećena. Sa vašim uređajem je sve u redu.",
        page_readable: "Ovu stranicu i dalje možete da čitate i da pratite njene linkove; za pretragu i filtriranje potrebni su podaci.",
        retry: "Pokušaj ponovo",
        detail: "Tehnički detalji",
    };

/// A text kept for the life of the page (interface texts are read once).
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// A counted text: the plural form the language uses for `n`, with its
/// values filled (`n` is usually among them, formatted).
pub fn count(lang: Lang, forms: &str, n: usize, values: &[(&str, &str)]) -> String {
    let index = match lang.plural(n) {
        crate::core::lang::Plural::One => 0,
        crate::core::lang::Plural::Few => 1,
        crate::core::lang::Plural::Other => 2,
    };
    let form = forms.split(PLURAL_FORMS).nth(index).unwrap_or(forms);
    fill(form, values)
}

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

impl Strings {
    pub fn phase(&self, phase: Phase) -> &'static str {
        match phase {
            Phase::Technical => self.phase_technical(),
            Phase::HighLevel => self.phase_high_level(),
            Phase::UsBrokered => self.phase_us_brokered(),
            Phase::Normalisation => self.phase_normalisation(),
        }
    }

    pub fn agreement_kind_name(&self, kind: AgreementKind) -> &'static str {
        match kind {
            AgreementKind::Agreement => self.kind_agreement(),
            AgreementKind::Conclusions => self.kind_conclusions(),
            AgreementKind::Arrangement => self.kind_arrangement(),
            AgreementKind::Declaration => self.kind_declaration(),
            AgreementKind::Roadmap => self.kind_roadmap(),
            AgreementKind::Annex => self.kind_annex(),
            AgreementKind::ImplementationPlan => self.kind_implementation_plan(),
            AgreementKind::LetterOfIntent => self.kind_letter_of_intent(),
            AgreementKind::Commitments => self.kind_commitments(),
        }
    }

    pub fn adoption(&self, adoption: Adoption) -> &'static str {
        match adoption {
            Adoption::Signed => self.adoption_signed(),
            Adoption::Initialled => self.adoption_initialled(),
            Adoption::Verbal => self.adoption_verbal(),
            Adoption::Announced => self.adoption_announced(),
            Adoption::Separately => self.adoption_separately(),
        }
    }

    pub fn event_kind_name(&self, kind: EventKind) -> &'static str {
        match kind {
            EventKind::Dialogue => self.event_dialogue(),
            EventKind::Agreement => self.event_agreement(),
            EventKind::Ratification => self.event_ratification(),
            EventKind::Court => self.event_court(),
            EventKind::Implementation => self.event_implementation(),
            EventKind::Crisis => self.event_crisis(),
            EventKind::Election => self.event_election(),
            EventKind::CivilSociety => self.event_civil_society(),
            EventKind::Statement => self.event_statement(),
        }
    }

    pub fn level(&self, level: Level) -> &'static str {
        match level {
            Level::NotStarted => self.level_not_started(),
            Level::Minimal => self.level_minimal(),
            Level::Partial => self.level_partial(),
            Level::Implemented => self.level_implemented(),
            Level::Reversed => self.level_reversed(),
            Level::Superseded => self.level_superseded(),
        }
    }

    pub fn level_help(&self, level: Level) -> &'static str {
        match level {
            Level::NotStarted => self.level_not_started_help(),
            Level::Minimal => self.level_minimal_help(),
            Level::Partial => self.level_partial_help(),
            Level::Implemented => self.level_implemented_help(),
            Level::Reversed => self.level_reversed_help(),
            Level::Superseded => self.level_superseded_help(),
        }
    }

    pub fn party(&self, party: Party) -> &'static str {
        match party {
            Party::Kosovo => self.party_kosovo(),
            Party::Serbia => self.party_serbia(),
            Party::Both => self.party_both(),
            Party::Eu => self.party_eu(),
        }
    }

    pub fn actor_kind_name(&self, kind: ActorKind) -> &'static str {
        match kind {
            ActorKind::Participant => self.actor_participant(),
            ActorKind::Person => self.actor_person(),
            ActorKind::Institution => self.actor_institution(),
            ActorKind::State => self.actor_state(),
            ActorKind::Organisation => self.actor_organisation(),
            ActorKind::Party => self.actor_party(),
        }
    }

    pub fn source_kind(&self, kind: SourceKind) -> &'static str {
        match kind {
            SourceKind::Primary => self.source_primary(),
            SourceKind::Reference => self.source_reference(),
            SourceKind::Reporting => self.source_reporting(),
            SourceKind::Analysis => self.source_analysis(),
        }
    }

    /// A source's tier in words ("official document", "news report").
    pub fn tier(&self, tier: Tier) -> &'static str {
        match tier {
            Tier::Primary => self.tier_primary(),
            Tier::Media => self.tier_media(),
            Tier::Reference => self.tier_reference(),
            Tier::Other => self.tier_other(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_is_present_in_every_language() {
        for lang in Lang::ALL {
            for (key, text) in strings(lang).entries() {
                assert!(!text.trim().is_empty(), "{key} is empty in {}", lang.code());
            }
        }
    }

    #[test]
    fn placeholders_match_across_languages() {
        let placeholders = |s: &str| {
            let mut names: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_string()))
                .collect();
            names.sort();
            names
        };
        let english = strings(Lang::En).entries();
        for lang in [Lang::Sq, Lang::SrLatn, Lang::SrCyrl] {
            for ((key, en_text), (_, text)) in english.iter().zip(strings(lang).entries()) {
                assert_eq!(
                    placeholders(en_text),
                    placeholders(text),
                    "placeholders of {key} in {}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn cyrillic_catalog_is_generated() {
        // Written out, not the transliterator compared with itself.
        let cyrillic = strings(Lang::SrCyrl);
        assert_eq!(cyrillic.nav_agreements(), "Споразуми");
        assert_eq!(cyrillic.nav_home(), "Почетна");
        assert_eq!(cyrillic.nav_timeline(), "Хронологија");
        assert_eq!(cyrillic.site_name(), "Преглед дијалога");
        assert_eq!(strings(Lang::SrLatn).nav_home(), "Početna");
        // Every text is converted: no Serbian Latin letter is left, and the
        // marks of the spans kept in Latin are gone from both scripts.
        for ((key, latin), (_, text)) in strings(Lang::SrLatn).entries().into_iter().zip(cyrillic.entries()) {
            assert!(
                !text.contains(['č', 'ć', 'ž', 'š', 'đ', 'Č', 'Ć', 'Ž', 'Š', 'Đ']),
                "{key}: {text}"
            );
            assert!(!text.contains("{{") && !latin.contains("{{"), "{key}: {latin} / {text}");
            if latin.chars().any(|c| "čćžšđ".contains(c)) {
                assert!(
                    text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
                    "{key}: {text}"
                );
            }
        }
    }

    #[test]
    fn tables_read_back_as_compiled_and_a_missing_key_is_named() {
        let tables = interface_tables();
        assert_eq!(tables.keys().collect::<Vec<_>>(), ["en", "sq", "sr"]);
        let read = Strings::from_table(&tables["sq"]).unwrap();
        assert_eq!(read.entries(), strings(Lang::Sq).entries());
        let cyrillic = Strings::from_table(&tables["sr"]).unwrap().transliterated();
        assert_eq!(cyrillic.entries(), strings(Lang::SrCyrl).entries());
        let mut lacking = tables["en"].clone();
        lacking.remove("nav_home");
        let error = Strings::from_table(&lacking).err().unwrap();
        assert!(error.contains("`nav_home` is missing"), "{error}");
        assert!(Strings::blank().entries().iter().all(|(_, text)| text.is_empty()));
    }

    #[test]
    fn fill_replaces_named_values() {
        assert_eq!(fill("{n} of {total}", &[("n", "3"), ("total", "10")]), "3 of 10");
    }
}
