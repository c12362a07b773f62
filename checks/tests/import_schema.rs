//! The JSON of imported documents: valid against the crate's JSON Schema, and read back equal.

use jixiao::import::{self, docx_text, table, Imported};
use jixiao::schema;
use serde_json::{json, Value};

const SAMPLE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/tianjin-2025-emergency-center.txt"));
const SELF_EVALUATION: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/self-evaluation.tsv"));

fn validate(schema: &Value, instance: &Value) -> Vec<String> {
    let validator = jsonschema::validator_for(schema).expect("the schema compiles");
    validator.iter_errors(instance).map(|e| format!("{} at {}", e, e.instance_path)).collect()
}

/// Documents with every field in use: the sample, a self-evaluation with weights, scores and
/// extra columns, and a sample with a bad value and a bad budget (errors and diagnostics).
fn documents() -> Vec<Imported> {
    let broken = SAMPLE.replacen("\t≥513个", "\t≥5x13个", 1).replacen("\t381.00", "\t三百八十一", 1);
    vec![
        docx_text::parse(SAMPLE).expect("the sample"),
        table::parse(SELF_EVALUATION).expect("the self-evaluation"),
        docx_text::parse(&broken).expect("the broken sample"),
    ]
}

#[test]
fn every_imported_project_validates_against_the_project_schema() {
    let schema = schema::json_schema();
    for doc in documents() {
        for p in &doc.projects {
            let value = serde_json::to_value(p).expect("serialises");
            assert_eq!(validate(&schema, &value), Vec::<String>::new(), "{}", p.name);
        }
    }
}

#[test]
fn the_imported_document_validates_against_its_own_schema() {
    let schema = schema::document_schema("Imported").unwrap();
    assert_eq!(schema["title"], "Imported");
    for doc in documents() {
        let value = serde_json::to_value(&doc).expect("serialises");
        assert_eq!(validate(&schema, &value), Vec::<String>::new());
    }
    // the schema is not a rubber stamp: a number where a decimal string belongs, or an unknown
    // severity, fails
    let mut value = serde_json::to_value(&documents()[0]).expect("serialises");
    value["projects"][0]["budget"]["total"] = json!(381.0);
    assert!(!validate(&schema, &value).is_empty());
    let bad = json!({"projects": [], "diagnostics": [{"line": 1, "severity": "fatal", "message": "x"}]});
    assert!(!validate(&schema, &bad).is_empty());
}

#[test]
fn imported_documents_round_trip_through_json() {
    for doc in documents() {
        let text = serde_json::to_string(&doc).expect("serialises");
        let back: Imported = serde_json::from_str(&text).expect("deserialises");
        assert_eq!(back, doc);
    }
}

#[test]
fn the_json_keeps_exact_decimals_and_diagnostics() {
    let docs = documents();
    let sample = serde_json::to_value(&docs[0]).expect("serialises");
    assert_eq!(sample["projects"][1]["budget"]["total"], "71.70");
    assert_eq!(sample["projects"][0]["indicators"][6]["threshold"]["normalized"], "20000");
    assert_eq!(sample["diagnostics"], json!([]));

    let broken = serde_json::to_value(&docs[2]).expect("serialises");
    assert_eq!(
        broken["diagnostics"][0],
        json!({"line": 10, "cell": 3, "code": "I010", "field": "预算数", "project": 0, "severity": "error", "en": "预算数: `三百八十一` is not a number", "zh": "预算数：“三百八十一”不是数字"})
    );
    assert_eq!(broken["projects"][0]["indicators"][0]["value"], "≥5x13个");
    assert_eq!(broken["projects"][0]["indicators"][0]["error"]["offset"], 4);

    let self_evaluation = serde_json::to_value(&docs[1]).expect("serialises");
    let row = &self_evaluation["projects"][0]["indicators"][2];
    assert_eq!((&row["weight"], &row["actual"], &row["score"]), (&json!("10"), &json!("100%"), &json!("7")));
    assert_eq!(import::parse_text(SELF_EVALUATION).expect("detected"), docs[1]);
}
