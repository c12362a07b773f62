//! The JSON Schema of the types the crate writes.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::convert::dict_of;

/// The JSON Schema of a type the crate writes, rooted at it (`Threshold`, `Imported`,
/// `Scorecard` …), as jixiao::schema::document_schema gives it.
#[pyfunction]
#[pyo3(signature = (name = "Project"))]
pub(crate) fn json_schema<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
    let s = jixiao::schema::document_schema(name).ok_or_else(|| PyValueError::new_err(format!("the schema holds no type {name:?}")))?;
    dict_of(py, &s)
}
