//! The Python binding of jixiao: the `jixiao._jixiao` extension module, re-exported by the
//! `jixiao` package (`python/jixiao/__init__.py`, typed by `__init__.pyi`).
//!
//! Every object keeps the Rust value it wraps; `to_dict()` is the crate's own JSON (serde_json,
//! read back by Python's `json`), so it validates against `schema/jixiao.schema.json`. Every
//! number is a `decimal.Decimal` made from the exact decimal text, never a float.

mod columns;
mod convert;
mod documents;
mod errors;
mod finding;
mod monitor;
mod parse_many;
mod review;
mod schema;
mod score;
mod values;

use pyo3::prelude::*;

use errors::{CompareError, Error, ImportFailed, MonitorError, ParseError, ScoreError};

#[pymodule]
fn _jixiao(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("Error", py.get_type::<Error>())?;
    m.add("ParseError", py.get_type::<ParseError>())?;
    m.add("ImportFailed", py.get_type::<ImportFailed>())?;
    m.add("CompareError", py.get_type::<CompareError>())?;
    m.add("ScoreError", py.get_type::<ScoreError>())?;
    m.add("MonitorError", py.get_type::<MonitorError>())?;
    m.add_class::<values::Threshold>()?;
    m.add_class::<values::Actual>()?;
    m.add_class::<finding::Finding>()?;
    m.add_class::<documents::Indicator>()?;
    m.add_class::<documents::Project>()?;
    m.add_class::<documents::Imported>()?;
    m.add_class::<review::Review>()?;
    m.add_class::<score::Scorecard>()?;
    m.add_class::<monitor::MonitorReport>()?;
    m.add_class::<monitor::MonitorImported>()?;
    m.add_class::<monitor::MonitorSummary>()?;
    m.add_function(wrap_pyfunction!(values::parse_threshold, m)?)?;
    m.add_function(wrap_pyfunction!(values::parse_actual, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many::parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(documents::import_file, m)?)?;
    m.add_function(wrap_pyfunction!(documents::import_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(documents::import_text, m)?)?;
    m.add_function(wrap_pyfunction!(monitor::import_monitor, m)?)?;
    m.add_function(wrap_pyfunction!(review::review, m)?)?;
    m.add_function(wrap_pyfunction!(score::score, m)?)?;
    m.add_function(wrap_pyfunction!(monitor::monitor, m)?)?;
    m.add_function(wrap_pyfunction!(schema::json_schema, m)?)?;
    Ok(())
}
