//! The JSON Schema is a published contract: checked in, described field by field, and in step
//! with the code.

use serde_json::Value;

const CHECKED_IN: &str = include_str!("../../schema/jixiao.schema.json");

#[test]
fn checked_in_schema_matches_the_code() {
    let generated = serde_json::to_string_pretty(&jixiao::schema::json_schema()).unwrap() + "\n";
    assert!(generated == CHECKED_IN, "schema/jixiao.schema.json is stale: run `cargo run --example schema -- --write` and commit it");
}

#[test]
fn schema_is_draft_2020_12_for_a_project() {
    let s = jixiao::schema::json_schema();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["title"], "Project");
    assert_eq!(s["$defs"]["Decimal"]["type"], "string");
    assert_eq!(s["$defs"]["Decimal"]["pattern"], "^-?[0-9]+(\\.[0-9]+)?$");
}

/// Every property and every enum value carries a description.
fn check_descriptions(path: &str, v: &Value, missing: &mut Vec<String>) {
    if let Some(props) = v.get("properties").and_then(Value::as_object) {
        for (name, p) in props {
            if p.get("description").is_none() && name != "kind" {
                missing.push(format!("{path}.{name}"));
            }
            check_descriptions(&format!("{path}.{name}"), p, missing);
        }
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(items) = v.get(key).and_then(Value::as_array) {
            for (i, item) in items.iter().enumerate() {
                if item.get("const").is_some() && item.get("description").is_none() {
                    missing.push(format!("{path}.{key}[{i}]"));
                }
                check_descriptions(&format!("{path}.{key}[{i}]"), item, missing);
            }
        }
    }
}

#[test]
fn every_field_and_value_is_described() {
    let s = jixiao::schema::json_schema();
    let mut missing = Vec::new();
    for (name, def) in s["$defs"].as_object().unwrap() {
        if def.get("description").is_none() {
            missing.push(name.clone());
        }
        check_descriptions(name, def, &mut missing);
    }
    check_descriptions("Project", &s, &mut missing);
    assert!(missing.is_empty(), "undescribed: {missing:?}");
}

const IMPORTED_SAMPLE: &str = include_str!("../../schema/examples/imported-sample.json");
const PROJECT_SAMPLE: &str = include_str!("../../schema/examples/project-sample.json");
const SCORECARD: &str = include_str!("../../schema/examples/scorecard-yongde.json");
const MONITOR_IMPORTED: &str = include_str!("../../schema/examples/monitor-imported-tianjin.json");
const MONITOR_SUMMARY: &str = include_str!("../../schema/examples/monitor-summary-tianjin.json");

#[test]
fn example_documents_are_current_and_read_back() {
    use jixiao::import::Imported;
    use jixiao::score::{Actuals, Profile, Scorecard};

    let sample = jixiao::import::parse_text(include_str!("../../data/tianjin-2025-emergency-center.txt")).unwrap();
    let read: Imported = serde_json::from_str(IMPORTED_SAMPLE).unwrap();
    assert_eq!(read, sample, "schema/examples/imported-sample.json is stale: run `cargo run --example schema -- --write`");
    let first: jixiao::Project = serde_json::from_str(PROJECT_SAMPLE).unwrap();
    assert_eq!(first, sample.projects[0]);

    let table = jixiao::import::parse_text(include_str!("../../data/self_eval/01-yongde.tsv")).unwrap();
    let project = &table.projects[0];
    let card = Profile::central().score(project, &Actuals::from_project(project)).unwrap();
    let read: Scorecard = serde_json::from_str(SCORECARD).unwrap();
    assert_eq!(read, card, "schema/examples/scorecard-yongde.json is stale");
    assert_eq!(serde_json::to_string_pretty(&card).unwrap() + "\n", SCORECARD);
}

#[test]
fn examples_validate_against_the_schema_in_rust_too() {
    let root = jixiao::schema::json_schema();
    let of = |def: &str| serde_json::json!({"$schema": root["$schema"], "$defs": root["$defs"], "$ref": format!("#/$defs/{def}")});
    for (text, schema) in [
        (PROJECT_SAMPLE, root.clone()),
        (IMPORTED_SAMPLE, of("Imported")),
        (SCORECARD, of("Scorecard")),
        (MONITOR_IMPORTED, of("ImportedReports")),
        (MONITOR_SUMMARY, of("MonitorSummary")),
    ] {
        let doc: Value = serde_json::from_str(text).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
}

#[test]
fn monitoring_documents_are_current_and_read_back() {
    use jixiao::monitor::import::ImportedReports;
    use jixiao::monitor::{Profile, Summary};

    let imported = jixiao::monitor::import::parse(include_str!("../../data/monitor-tianjin-2025-07.tsv"), None).unwrap();
    let read: ImportedReports = serde_json::from_str(MONITOR_IMPORTED).unwrap();
    assert_eq!(read, imported, "schema/examples/monitor-imported-tianjin.json is stale: run `cargo run --example schema -- --write`");
    let summary = Profile::central().monitor(&imported.reports[0]);
    let read: Summary = serde_json::from_str(MONITOR_SUMMARY).unwrap();
    // a signal read back keeps its rule's words
    assert_eq!(read, summary, "schema/examples/monitor-summary-tianjin.json is stale");
    assert_eq!(serde_json::to_string_pretty(&read).unwrap() + "\n", MONITOR_SUMMARY);
    // the report read back is monitored the same
    assert_eq!(Profile::central().monitor(&read_report(&imported.reports[0])), summary);
}

fn read_report(r: &jixiao::monitor::Report) -> jixiao::monitor::Report {
    serde_json::from_str(&serde_json::to_string(r).unwrap()).unwrap()
}

#[test]
fn a_monitoring_document_validates_and_broken_ones_do_not() {
    let root = jixiao::schema::json_schema();
    let of = |def: &str| serde_json::json!({"$schema": root["$schema"], "$defs": root["$defs"], "$ref": format!("#/$defs/{def}")});
    let imported: Value = serde_json::from_str(MONITOR_IMPORTED).unwrap();
    let report = imported["reports"][0].clone();
    let reports = jsonschema::validator_for(&of("MonitorReport")).unwrap();
    assert!(reports.is_valid(&report));
    let summaries = jsonschema::validator_for(&of("MonitorSummary")).unwrap();
    let summary: Value = serde_json::from_str(MONITOR_SUMMARY).unwrap();
    assert!(summaries.is_valid(&summary));
    let broken = |doc: &Value, path: &[&str], value: Value| {
        let mut d = doc.clone();
        let mut at = &mut d;
        for p in path {
            at = match p.parse::<usize>() {
                Ok(i) => &mut at[i],
                Err(_) => &mut at[*p],
            };
        }
        *at = value;
        d
    };
    for (what, doc) in [
        ("month 13", broken(&report, &["month"], 13.into())),
        ("month 0", broken(&report, &["month"], 0.into())),
        ("an executed amount as a JSON number", broken(&report, &["budget", "executed"], 190.5.into())),
        ("an unknown possibility", broken(&report, &["progress", "1", "possibility"], "likely".into())),
        ("an unknown reason category", broken(&report, &["progress", "1", "reasons", "categories", "0"], "money".into())),
    ] {
        assert!(!reports.is_valid(&doc), "{what} should be rejected");
        // and serde refuses it too
        assert!(serde_json::from_value::<jixiao::monitor::Report>(doc).is_err(), "{what} should not read");
    }
    for (what, doc) in [
        ("an orange light", broken(&summary, &["worst"], "orange".into())),
        ("an unknown code", broken(&summary, &["findings", "0", "code"], "M999".into())),
        ("a signal without its rule's words", {
            let mut d = summary.clone();
            d["budget"]["signal"].as_object_mut().unwrap().remove("rule_zh");
            d
        }),
    ] {
        assert!(!summaries.is_valid(&doc), "{what} should be rejected");
    }
}

#[test]
fn monitoring_profiles_read_back_through_their_checks() {
    use jixiao::monitor::Profile;
    for p in [Profile::central(), Profile::checkpoints()] {
        let json = serde_json::to_value(&p).unwrap();
        let validator = jsonschema::validator_for(&serde_json::json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$defs": jixiao::schema::json_schema()["$defs"],
            "$ref": "#/$defs/MonitorProfile"
        }))
        .unwrap();
        assert!(validator.is_valid(&json), "{json}");
        assert_eq!(serde_json::from_value::<Profile>(json).unwrap(), p);
    }
    let mut bad = serde_json::to_value(Profile::central()).unwrap();
    bad["pace"]["red_below"] = "90".into();
    let err = serde_json::from_value::<Profile>(bad).unwrap_err();
    assert_eq!(err.to_string(), "invalid profile: indicator bands must satisfy 0 ≤ red ≤ green ≤ blue");
}
