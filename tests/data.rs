//! The real dataset under data/: every file follows data/schema.json, the
//! whole passes the validator, and the coverage the project promises is there.

use dialogue_explorer::core::validate::{civil_date, load, FileKind};
use dialogue_explorer::data_dir::read_data_dir;
use std::path::Path;

fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    civil_date((secs / 86_400) as i64)
}

fn data_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data"))
}

#[test]
fn every_file_follows_the_json_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data_dir().join("schema.json")).unwrap()).unwrap();
    let mut failures = Vec::new();
    for file in read_data_dir(data_dir()).unwrap() {
        let Some(kind) = FileKind::of(&file.path) else { continue };
        let mut wrapper = schema.clone();
        wrapper["$ref"] = format!("#/$defs/{}", kind.schema_definition()).into();
        let validator = jsonschema::validator_for(&wrapper).expect("data/schema.json is a valid JSON Schema");
        let instance: serde_json::Value = match serde_json::from_str(&file.contents) {
            Ok(v) => v,
            Err(e) => {
                failures.push(format!("data/{}: not JSON: {e}", file.path));
                continue;
            }
        };
        for error in validator.iter_errors(&instance) {
            failures.push(format!("data/{} at {}: {}", file.path, error.instance_path(), error));
        }
    }
    assert!(
        failures.is_empty(),
        "{} schema violation(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_dataset_passes_every_rule() {
    let files = read_data_dir(data_dir()).unwrap();
    let (_, problems) = load(&files, &today());
    let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(list.is_empty(), "{} problem(s):\n{}", list.len(), list.join("\n"));
}

#[test]
fn coverage_promised_by_the_project() {
    let (data, _) = load(&read_data_dir(data_dir()).unwrap(), &today());
    let required = [
        "freedom-of-movement-2011",
        "civil-registry-2011",
        "customs-stamps-2011",
        "cadastre-2011",
        "diplomas-2011",
        "ibm-2011",
        "ibm-protocol-2012",
        "regional-cooperation-2012",
        "liaison-officers-2012",
        "customs-revenue-2013",
        "first-agreement-2013",
        "implementation-plan-2013",
        "energy-telecom-2013",
        "official-visits-2013",
        "justice-2015",
        "association-2015",
        "energy-2015",
        "telecom-2015",
        "mitrovica-bridge-2015",
        "licence-plates-2016",
        "flights-loi-2020",
        "rail-highway-loi-2020",
        "washington-2020",
        "plates-deescalation-2021",
        "energy-roadmap-2022",
        "id-cards-2022",
        "licence-plates-2022",
        "path-to-normalisation-2023",
        "ohrid-annex-2023",
        "missing-persons-2023",
    ];
    let missing: Vec<_> = required.iter().filter(|id| data.agreement(id).is_none()).collect();
    assert!(missing.is_empty(), "agreements missing: {missing:?}");
    let first = data.agreement("first-agreement-2013").unwrap();
    assert_eq!(first.provisions.len(), 15, "the First Agreement has 15 points");
    let normalisation = data.agreement("path-to-normalisation-2023").unwrap();
    assert_eq!(normalisation.provisions.len(), 11, "the 2023 agreement has 11 articles");
    assert!(data.events.len() >= 150, "only {} events", data.events.len());
    assert!(
        data.glossary.len() >= 30,
        "only {} glossary entries",
        data.glossary.len()
    );
    // Every dated item of the civil-society news list the project grew from.
    for date in [
        "2022-02-24",
        "2022-01-19",
        "2021-11-30",
        "2021-03-29",
        "2021-03-16",
        "2020-09-23",
        "2020-07-24",
        "2020-04-03",
        "2020-02-21",
    ] {
        assert!(
            data.events
                .iter()
                .any(|e| e.date == date && e.kind == dialogue_explorer::core::model::EventKind::CivilSociety),
            "no civil-society event on {date} from the seed news list"
        );
    }
}
