//! Interface strings. Each language is one struct literal of [`Strings`], so a
//! key missing in any language fails the build; Serbian Cyrillic is generated
//! from Serbian Latin once, at first use. Pure Rust: the site generator and
//! the app share it, so generated titles match what the app shows.
//!
//! The literals are compiled into the site generator only. It writes each
//! language's table into that language's dataset file, and the app reads it
//! from there ([`install`]): a page needs one language, and three compiled in
//! were about 18 kB of the brotli'd wasm. Only the load-error message, shown when there is
//! no dataset, is compiled into the app ([`LoadErrorTexts`]).
//!
//! Placeholders are written `{name}` and filled by [`fill`].

#[cfg(not(target_arch = "wasm32"))]
mod en;
#[cfg(not(target_arch = "wasm32"))]
mod sq;
#[cfg(not(target_arch = "wasm32"))]
mod sr;

use crate::core::lang::Lang;
use crate::core::model::{
    ActorKind, Adoption, AgreementKind, EventKind, InterfaceTables, Level, Party, Phase, SourceKind,
};
use crate::core::translit::to_cyrillic;
use std::collections::BTreeMap;
use std::sync::OnceLock;

macro_rules! catalog {
    ($($key:ident),* $(,)?) => {
        /// Every interface string, one field per key. In declaration order
        /// (`repr(C)`), so moving to and from an array of the texts is one
        /// copy rather than one per key.
        #[repr(C)]
        pub struct Strings {
            $(pub $key: &'static str,)*
        }

        impl Strings {
            const KEYS: [&'static str; [$(stringify!($key)),*].len()] = [$(stringify!($key)),*];

            /// All keys with their text, for tests and checks.
            #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                Self::KEYS.into_iter().zip(self.texts()).collect()
            }

            /// The strings from a table of key and text, as a dataset file
            /// carries them; the first key it lacks is the error. Read once
            /// per page, so the texts are kept for the page's life.
            pub fn from_table(table: &BTreeMap<String, String>) -> Result<Strings, String> {
                let mut texts = Vec::with_capacity(Self::KEYS.len());
                for key in Self::KEYS {
                    let found = table
                        .get(key)
                        .ok_or_else(|| format!("the interface text `{key}` is missing"))?;
                    texts.push(leak(found.clone()));
                }
                Ok(Self::from_vec(texts))
            }

            /// Every text empty: what a page shows of the interface if the
            /// dataset it has carries none (it is refused before that).
            #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
            fn blank() -> Strings {
                Self::from_vec(vec![""; Self::KEYS.len()])
            }

            // `Strings` is `repr(C)` with one `&'static str` field per key, so
            // it has the layout of an array of them. Moving between the two
            // is then one copy: done field by field, it was 14 kB of raw wasm.
            fn texts(&self) -> [&'static str; Self::KEYS.len()] {
                // SAFETY: same size (checked by `transmute` below) and layout.
                unsafe { std::mem::transmute_copy(self) }
            }

            /// `texts` in the order of the keys (as many as there are keys).
            fn from_vec(texts: Vec<&'static str>) -> Strings {
                let texts: [&'static str; Self::KEYS.len()] = texts.try_into().unwrap_or([""; Self::KEYS.len()]);
                // SAFETY: see above; `transmute` refuses to compile if the
                // sizes differ.
                unsafe { std::mem::transmute::<[&'static str; Self::KEYS.len()], Strings>(texts) }
            }

            fn transliterated(&self) -> Strings {
                Self::from_vec(self.texts().iter().map(|text| leak(to_cyrillic(text))).collect())
            }
        }
    };
}

catalog! {
    site_name, site_tagline, skip_to_content, nav_label, nav_home, nav_agreements, nav_glossary, nav_about,
    language_label, footer_text, footer_licence,
    not_found_title, not_found_text, not_found_back,
    home_title, home_description, home_intro_1, home_intro_2, home_intro_3, home_figures,
    figure_agreements, figure_provisions, figure_events, figure_implemented, figure_sources,
    home_latest, home_all_agreements, home_ways_in, way_agreements, way_glossary, way_about,
    agreements_title, agreements_description, agreements_intro, filter_phase, filter_theme, filter_all,
    filter_reset, filter_submit, agreements_count, agreements_none,
    agreement_date, agreement_place, agreement_parties, agreement_facilitator, agreement_adoption,
    agreement_summary, agreement_citizens, agreement_provisions, agreement_provisions_count, agreement_related,
    agreement_events, agreement_documents, agreement_sources, agreement_themes, agreement_kind, agreement_phase,
    disputed_label, provision_party, provision_quote, provision_status, provision_history, provision_as_of,
    provision_successor, claim_says, no_related, print_hint,
    event_kind, event_place, event_agreements, event_actors, event_themes, event_sources, event_context,
    event_before, event_after,
    actor_roles, actor_events, actor_kind, actor_agreements, role_since, role_until,
    glossary_title, glossary_description, glossary_intro, glossary_aliases, glossary_sources,
    sources_heading, source_opens_new_tab, source_kind_label,
    about_title, about_description, about_what_heading, about_what, about_who_heading, about_who,
    about_method_heading, about_method, about_scale_heading, about_scale_intro, about_evidence_heading,
    about_evidence, about_claims, about_languages_heading, about_languages, about_cite_heading, about_cite,
    about_licence_heading, about_licence, about_codebook_heading, about_codebook, about_download,
    phase_technical, phase_high_level, phase_us_brokered, phase_normalisation,
    kind_agreement, kind_conclusions, kind_arrangement, kind_declaration, kind_roadmap, kind_annex,
    kind_implementation_plan, kind_letter_of_intent, kind_commitments,
    adoption_signed, adoption_initialled, adoption_verbal, adoption_announced, adoption_separately,
    event_dialogue, event_agreement, event_ratification, event_court, event_implementation, event_crisis,
    event_election, event_civil_society, event_statement,
    level_not_started, level_minimal, level_partial, level_implemented, level_reversed, level_superseded,
    level_not_started_help, level_minimal_help, level_partial_help, level_implemented_help, level_reversed_help,
    level_superseded_help,
    party_kosovo, party_serbia, party_both, party_eu,
    actor_participant, actor_person, actor_institution, actor_state, actor_organisation, actor_party,
    source_primary, source_reference, source_reporting, source_analysis,
    nav_status, status_title, status_description, status_intro, status_asof_label, status_asof_latest, status_asof_apply, status_showing_asof, status_showing_latest, status_overall, status_weighted, status_weighted_help, status_method_link, status_provisions_n, status_none_yet, status_over_time, status_chart_desc, status_chart_table, status_by_agreement, status_by_theme, status_by_party, status_sort_label, status_sort_date, status_sort_percent, status_sort_provisions, status_matrix, status_matrix_intro, status_recent, status_first_assessment, status_claims, status_claims_intro, status_assessment, status_claim, status_download_csv, col_name, col_provisions, col_year_end, col_percent, col_levels, not_assessed,
    nav_timeline, timeline_title, timeline_description, timeline_intro, tl_order, tl_newest, tl_oldest, tl_kind, tl_kind_agreement_text, tl_actor, tl_agreement, tl_from, tl_to, tl_text, tl_count, tl_none, tl_overview, tl_overview_months, tl_zoom_out, tl_years, tl_keyboard_hint, agreement_timeline, moment_status, on_timeline,
    search_label, search_placeholder, search_submit, search_title, search_description, search_intro, search_results_count, search_no_results, search_did_you_mean, search_hint, search_type_something, search_languages_loading, search_languages_failed, sources_loading, sources_failed, facet_kind, facet_year, facet_theme, facet_clear, record_agreement, record_provision, record_event, record_actor, record_glossary,
    download_json, download_schema, download_agreements, download_provisions, download_status, download_events,
    download_changelog, download_feed, feed_title, feed_subtitle,
}

/// The interface strings of a language.
#[cfg(not(target_arch = "wasm32"))]
pub fn strings(lang: Lang) -> &'static Strings {
    static CYRILLIC: OnceLock<Strings> = OnceLock::new();
    match lang {
        Lang::En => &en::STRINGS,
        Lang::Sq => &sq::STRINGS,
        Lang::SrLatn => &sr::STRINGS,
        Lang::SrCyrl => CYRILLIC.get_or_init(|| sr::STRINGS.transliterated()),
    }
}

/// Every language's table, as the site generator writes them into the
/// dataset files: text language (`en`, `sq`, `sr`) to key to text.
#[cfg(not(target_arch = "wasm32"))]
pub fn interface_tables() -> InterfaceTables {
    [("en", Lang::En), ("sq", Lang::Sq), ("sr", Lang::SrLatn)]
        .into_iter()
        .map(|(key, lang)| {
            let table = strings(lang)
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
    let installed = INSTALLED.get().map(Vec::as_slice).unwrap_or_default();
    let own = installed.iter().find(|(key, _)| key == lang.text_key());
    match (own, installed.first()) {
        (Some((_, latin)), _) if lang == Lang::SrCyrl => CYRILLIC.get_or_init(|| latin.transliterated()),
        (Some((_, strings)), _) | (None, Some((_, strings))) => strings,
        (None, None) => EMPTY.get_or_init(Strings::blank),
    }
}

/// What the page says when the dataset could not be loaded. Compiled into
/// the app, unlike the other interface texts, which arrive with the dataset.
pub struct LoadErrorTexts {
    pub title: &'static str,
    pub text: &'static str,
    pub page_readable: &'static str,
    pub retry: &'static str,
    pub detail: &'static str,
}

impl LoadErrorTexts {
    /// In `lang`; Serbian Cyrillic transliterated from the Latin.
    pub fn of(lang: Lang) -> [String; 5] {
        let texts = match lang {
            Lang::En => &LOAD_ERROR_EN,
            Lang::Sq => &LOAD_ERROR_SQ,
            Lang::SrLatn | Lang::SrCyrl => &LOAD_ERROR_SR,
        };
        [texts.title, texts.text, texts.page_readable, texts.retry, texts.detail].map(|text| match lang {
            Lang::SrCyrl => to_cyrillic(text),
            _ => text.to_string(),
        })
    }
}

static LOAD_ERROR_EN: LoadErrorTexts = LoadErrorTexts {
    title: "The data could not be loaded",
    text: "Your connection may have dropped, or the file arrived damaged. Nothing is wrong with your device.",
    page_readable: "You can still read this page and follow its links; searching and filtering need the data.",
    retry: "Try again",
    detail: "Technical detail",
};

static LOAD_ERROR_SQ: LoadErrorTexts = LoadErrorTexts {
    title: "Të dhënat nuk u ngarkuan",
    text: "Ndoshta lidhja u ndërpre ose skedari mbërriti i dëmtuar. Pajisja juaj nuk ka asnjë problem.",
    page_readable:
        "Këtë faqe mund ta lexoni ende dhe t’i ndiqni lidhjet e saj; kërkimi dhe filtrimi kanë nevojë për të dhënat.",
    retry: "Provo përsëri",
    detail: "Hollësi teknike",
};

static LOAD_ERROR_SR: LoadErrorTexts = LoadErrorTexts {
        title: "Podaci nisu mogli da se učitaju",
        text: "Možda je veza prekinuta ili je datoteka stigla oštećena. Sa vašim uređajem je sve u redu.",
        page_readable: "Ovu stranicu i dalje možete da čitate i da pratite njene linkove; za pretragu i filtriranje potrebni su podaci.",
        retry: "Pokušaj ponovo",
        detail: "Tehnički detalji",
    };

/// A text kept for the life of the page (interface texts are read once).
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
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
            Phase::Technical => self.phase_technical,
            Phase::HighLevel => self.phase_high_level,
            Phase::UsBrokered => self.phase_us_brokered,
            Phase::Normalisation => self.phase_normalisation,
        }
    }

    pub fn agreement_kind(&self, kind: AgreementKind) -> &'static str {
        match kind {
            AgreementKind::Agreement => self.kind_agreement,
            AgreementKind::Conclusions => self.kind_conclusions,
            AgreementKind::Arrangement => self.kind_arrangement,
            AgreementKind::Declaration => self.kind_declaration,
            AgreementKind::Roadmap => self.kind_roadmap,
            AgreementKind::Annex => self.kind_annex,
            AgreementKind::ImplementationPlan => self.kind_implementation_plan,
            AgreementKind::LetterOfIntent => self.kind_letter_of_intent,
            AgreementKind::Commitments => self.kind_commitments,
        }
    }

    pub fn adoption(&self, adoption: Adoption) -> &'static str {
        match adoption {
            Adoption::Signed => self.adoption_signed,
            Adoption::Initialled => self.adoption_initialled,
            Adoption::Verbal => self.adoption_verbal,
            Adoption::Announced => self.adoption_announced,
            Adoption::Separately => self.adoption_separately,
        }
    }

    pub fn event_kind(&self, kind: EventKind) -> &'static str {
        match kind {
            EventKind::Dialogue => self.event_dialogue,
            EventKind::Agreement => self.event_agreement,
            EventKind::Ratification => self.event_ratification,
            EventKind::Court => self.event_court,
            EventKind::Implementation => self.event_implementation,
            EventKind::Crisis => self.event_crisis,
            EventKind::Election => self.event_election,
            EventKind::CivilSociety => self.event_civil_society,
            EventKind::Statement => self.event_statement,
        }
    }

    pub fn level(&self, level: Level) -> &'static str {
        match level {
            Level::NotStarted => self.level_not_started,
            Level::Minimal => self.level_minimal,
            Level::Partial => self.level_partial,
            Level::Implemented => self.level_implemented,
            Level::Reversed => self.level_reversed,
            Level::Superseded => self.level_superseded,
        }
    }

    pub fn level_help(&self, level: Level) -> &'static str {
        match level {
            Level::NotStarted => self.level_not_started_help,
            Level::Minimal => self.level_minimal_help,
            Level::Partial => self.level_partial_help,
            Level::Implemented => self.level_implemented_help,
            Level::Reversed => self.level_reversed_help,
            Level::Superseded => self.level_superseded_help,
        }
    }

    pub fn party(&self, party: Party) -> &'static str {
        match party {
            Party::Kosovo => self.party_kosovo,
            Party::Serbia => self.party_serbia,
            Party::Both => self.party_both,
            Party::Eu => self.party_eu,
        }
    }

    pub fn actor_kind(&self, kind: ActorKind) -> &'static str {
        match kind {
            ActorKind::Participant => self.actor_participant,
            ActorKind::Person => self.actor_person,
            ActorKind::Institution => self.actor_institution,
            ActorKind::State => self.actor_state,
            ActorKind::Organisation => self.actor_organisation,
            ActorKind::Party => self.actor_party,
        }
    }

    pub fn source_kind(&self, kind: SourceKind) -> &'static str {
        match kind {
            SourceKind::Primary => self.source_primary,
            SourceKind::Reference => self.source_reference,
            SourceKind::Reporting => self.source_reporting,
            SourceKind::Analysis => self.source_analysis,
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
        assert_eq!(
            strings(Lang::SrCyrl).nav_agreements,
            to_cyrillic(strings(Lang::SrLatn).nav_agreements)
        );
        assert!(strings(Lang::SrCyrl)
            .nav_agreements
            .chars()
            .any(|c| ('\u{400}'..='\u{4ff}').contains(&c)));
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
