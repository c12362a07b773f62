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

#[test]
fn example_documents_are_current_and_read_back() {
    use jixiao::import::Imported;
    use jixiao::score::{Actuals, Profile, Scorecard};

    let sample = jixiao::import::parse(include_str!("../../data/tianjin-2025-emergency-center.txt")).unwrap();
    let read: Imported = serde_json::from_str(IMPORTED_SAMPLE).unwrap();
    assert_eq!(read, sample, "schema/examples/imported-sample.json is stale: run `cargo run --example schema -- --write`");
    let first: jixiao::Project = serde_json::from_str(PROJECT_SAMPLE).unwrap();
    assert_eq!(first, sample.projects[0]);

    let table = jixiao::import::parse(include_str!("../../data/self_eval/01-yongde.tsv")).unwrap();
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
    for (text, schema) in [(PROJECT_SAMPLE, root.clone()), (IMPORTED_SAMPLE, of("Imported")), (SCORECARD, of("Scorecard"))] {
        let doc: Value = serde_json::from_str(text).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
}
