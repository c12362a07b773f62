//! JSON Schema (draft 2020-12) of jixiao's documents (feature `schemars`).
//!
//! Other languages read jixiao's JSON through this schema: decimals are strings, a threshold
//! is an object with its `kind`, levels are `{kind, name}`.
//!
//! ```
//! let schema = jixiao::schema::json_schema();
//! assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! assert_eq!(schema["title"], "Project");
//! ```

use schemars::generate::SchemaSettings;
use serde_json::Value;

use crate::project::Project;

/// The JSON Schema of a [`Project`] document, with every type it uses under `$defs`.
pub fn json_schema() -> Value {
    schema_of::<Project>()
}

/// The JSON Schema of any jixiao type (`schema_of::<jixiao::Threshold>()`).
pub fn schema_of<T: schemars::JsonSchema>() -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    generator.into_root_schema_for::<T>().to_value()
}
