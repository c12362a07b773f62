//! JSON Schema (draft 2020-12) of jixiao's documents (feature `schemars`).
//!
//! Other languages read jixiao's JSON through this schema: decimals are strings, a threshold
//! is an object with its `kind`, levels are `{kind, name}`. The root describes a `Project`; the
//! other documents jixiao writes are under `$defs`: `Imported` (an imported table with its
//! diagnostics), `Scorecard` (a scored self-evaluation), `Review` (a target review), and for
//! mid-year monitoring `MonitorReport` (a 绩效监控表), `MonitorSummary` (its lights and
//! findings), `ImportedReports` (imported monitoring tables) and `MonitorProfile`.
//!
//! ```
//! let schema = jixiao::schema::json_schema();
//! assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! assert_eq!(schema["title"], "Project");
//! assert!(schema["$defs"]["Scorecard"].is_object());
//! ```

use schemars::generate::SchemaSettings;
use serde_json::Value;

use crate::import::Imported;
use crate::monitor;
use crate::project::Project;
use crate::review::Review;
use crate::score::Scorecard;

/// The JSON Schema of a [`Project`] document, with every type it uses under `$defs`, and the
/// other documents (`Imported`, `Scorecard`, `Review`, `MonitorReport`, `MonitorSummary`,
/// `ImportedReports`, `MonitorProfile`) there too.
///
/// ```
/// let schema = jixiao::schema::json_schema();
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert!(schema["$defs"]["Scorecard"].is_object() && schema["$defs"]["Threshold"].is_object());
/// ```
pub fn json_schema() -> Value {
    let mut generator = SchemaSettings::draft2020_12().for_serialize().into_generator();
    generator.subschema_for::<Imported>();
    generator.subschema_for::<Scorecard>();
    generator.subschema_for::<Review>();
    generator.subschema_for::<monitor::Report>();
    generator.subschema_for::<monitor::Summary>();
    generator.subschema_for::<monitor::import::ImportedReports>();
    generator.subschema_for::<monitor::Profile>();
    // an actual value (完成值) on its own, as other languages parse one
    generator.subschema_for::<crate::Actual>();
    let mut schema = generator.into_root_schema_for::<Project>().to_value();
    strip_code(&mut schema);
    schema
}

/// Removes the Rust examples (fenced code blocks) from every `description`: the schema is read
/// from other languages, and the doc comments it is made from teach the Rust API with them.
fn strip_code(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                match child {
                    Value::String(text) if k == "description" && text.contains("```") => *text = without_code_blocks(text),
                    _ => strip_code(child),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(strip_code),
        _ => {}
    }
}

/// `text` without its fenced blocks, and without the blank lines they leave at the end.
fn without_code_blocks(text: &str) -> String {
    let mut out = Vec::new();
    let mut fenced = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if !fenced {
            out.push(line);
        }
    }
    while out.last().is_some_and(|l| l.trim().is_empty()) {
        out.pop();
    }
    out.join("\n")
}

/// The JSON Schema rooted at any type the schema holds, by its name in `$defs`: a document
/// (`Project`, `Imported`, `Scorecard`, `Review`, `MonitorReport`, `MonitorSummary`,
/// `ImportedReports`, `MonitorProfile`) or any type in them (`Threshold`, `Diagnostic`,
/// `ReviewCode` …), with every type under `$defs`. `None` for a name the schema does not hold
/// ([`type_names`] lists them).
///
/// ```
/// let schema = jixiao::schema::document_schema("Scorecard").unwrap();
/// // descriptions are prose: the Rust examples of the doc comments are left out
/// assert!(!schema.to_string().contains("```"));
/// assert_eq!(schema["$ref"], "#/$defs/Scorecard");
/// assert!(schema["$defs"]["ItemScore"].is_object());
/// assert_eq!(jixiao::schema::document_schema("Threshold").unwrap()["$ref"], "#/$defs/Threshold");
/// assert!(jixiao::schema::document_schema("NoSuchType").is_none());
/// ```
pub fn document_schema(name: &str) -> Option<Value> {
    let mut schema = json_schema();
    if name == "Project" {
        return Some(schema);
    }
    if !schema["$defs"].as_object().is_some_and(|defs| defs.contains_key(name)) {
        return None;
    }
    let map = schema.as_object_mut()?;
    // the root's own keywords describe a Project: keep only what every document shares
    map.retain(|k, _| matches!(k.as_str(), "$schema" | "$defs"));
    map.insert("title".into(), Value::String(name.to_string()));
    map.insert("$ref".into(), Value::String(format!("#/$defs/{name}")));
    Some(schema)
}

/// The name of every type the schema holds (`Project` and each of `$defs`), sorted: what
/// [`document_schema`] accepts.
///
/// ```
/// let names = jixiao::schema::type_names();
/// assert!(names.iter().any(|n| n == "MonitorSummary") && names.iter().any(|n| n == "Threshold"));
/// assert!(names.iter().all(|n| jixiao::schema::document_schema(n).is_some()));
/// ```
pub fn type_names() -> Vec<String> {
    let schema = json_schema();
    let mut names: Vec<String> = schema["$defs"].as_object().map(|d| d.keys().cloned().collect()).unwrap_or_default();
    if !names.iter().any(|n| n == "Project") {
        names.push("Project".to_string());
    }
    names.sort();
    names
}
