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
pub fn json_schema() -> Value {
    let mut generator = SchemaSettings::draft2020_12().for_serialize().into_generator();
    generator.subschema_for::<Imported>();
    generator.subschema_for::<Scorecard>();
    generator.subschema_for::<Review>();
    generator.subschema_for::<monitor::Report>();
    generator.subschema_for::<monitor::Summary>();
    generator.subschema_for::<monitor::import::ImportedReports>();
    generator.subschema_for::<monitor::Profile>();
    generator.into_root_schema_for::<Project>().to_value()
}

/// The JSON Schema of any jixiao type (`schema_of::<jixiao::Threshold>()`).
pub fn schema_of<T: schemars::JsonSchema>() -> Value {
    let generator = SchemaSettings::draft2020_12().for_serialize().into_generator();
    generator.into_root_schema_for::<T>().to_value()
}
