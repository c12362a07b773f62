//! Helpers between the crate's values and Python's: decimals, the crate's JSON, tags, paths.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use serde::Serialize;

use jixiao::Decimal;

pub(crate) static DECIMAL: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
pub(crate) static JSON_LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// A Rust decimal as a Python `decimal.Decimal`, from its exact text (scale kept).
pub(crate) fn py_decimal(py: Python<'_>, d: Decimal) -> PyResult<Bound<'_, PyAny>> {
    DECIMAL.import(py, "decimal", "Decimal")?.call1((d.to_string(),))
}

pub(crate) fn opt_decimal(py: Python<'_>, d: Option<Decimal>) -> PyResult<Option<Bound<'_, PyAny>>> {
    d.map(|d| py_decimal(py, d)).transpose()
}

/// The crate's JSON of `v`.
pub(crate) fn json_of<T: Serialize>(v: &T) -> PyResult<String> {
    serde_json::to_string(v).map_err(|e| PyValueError::new_err(format!("cannot write JSON: {e}")))
}

/// The crate's JSON of `v` as Python objects (dicts, lists, str, int, bool, None), key order kept.
pub(crate) fn dict_of<'py, T: Serialize>(py: Python<'py>, v: &T) -> PyResult<Bound<'py, PyAny>> {
    let s = json_of(v)?;
    JSON_LOADS.import(py, "json", "loads")?.call1((s,))
}

/// The JSON name of a unit enum value (`ge`, `comparison`, `achieved` …).
pub(crate) fn tag<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

/// Reads a `str` or `os.PathLike` as a path.
pub(crate) fn path_of(v: &Bound<'_, PyAny>) -> PyResult<std::path::PathBuf> {
    v.extract::<std::path::PathBuf>()
}

/// A `#[pymethods]` block of a class that wraps the crate's value as `inner`, with the methods
/// every such class has added: `to_dict()` and `to_json()` (the crate's JSON of `inner`), and
/// with `str` also `__str__` (the value's own text).
macro_rules! json_methods {
    (impl $ty:ident { $($body:tt)* }) => {
        #[pyo3::pymethods]
        impl $ty {
            fn to_dict<'py>(&self, py: pyo3::Python<'py>) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::PyAny>> {
                $crate::convert::dict_of(py, &self.inner)
            }
            fn to_json(&self) -> pyo3::PyResult<String> {
                $crate::convert::json_of(&self.inner)
            }
            $($body)*
        }
    };
    (impl $ty:ident with str { $($body:tt)* }) => {
        $crate::convert::json_methods! {
            impl $ty {
                fn __str__(&self) -> String {
                    self.inner.to_string()
                }
                $($body)*
            }
        }
    };
}
pub(crate) use json_methods;
