//! The validator as editors meet it: a minimal valid data folder, broken
//! one way at a time, and the message each break gives.

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
