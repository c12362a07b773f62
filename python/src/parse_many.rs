//! `parse_many`: many 指标值 at once, for data frames, written into columns.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};
use pyo3::{intern, PyTypeInfo};

use jixiao::Threshold as RThreshold;

use crate::columns::Columns;

/// `values` as a list (a list as it is; a tuple, Series, generator … copied into one).
pub(crate) fn as_list<'py>(py: Python<'py>, values: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    if let Ok(l) = values.cast::<PyList>() {
        return Ok(l.clone());
    }
    if let Ok(t) = values.cast::<PyTuple>() {
        return Ok(t.to_list());
    }
    if values.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err("parse_many takes a list of str, not one str: use parse_threshold"));
    }
    Ok(PyList::type_object(py).call1((values,))?.cast_into::<PyList>()?)
}

/// All the values joined by NUL and encoded once, when every value is a str: one UTF-8 buffer
/// for the lot, no object per value.
pub(crate) fn joined<'py>(py: Python<'py>, list: &Bound<'py, PyList>) -> PyResult<Option<Bound<'py, PyBytes>>> {
    if list.is_empty() {
        return Ok(None);
    }
    match intern!(py, "\0").call_method1(intern!(py, "join"), (list,)) {
        Ok(j) => Ok(Some(j.cast_into::<PyString>()?.encode_utf8()?)),
        // a value that is not a str: read one by one
        Err(e) if e.is_instance_of::<PyTypeError>(py) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Each value's text, one by one: None for a missing value (None, or a float NaN as pandas
/// writes an empty cell).
pub(crate) fn each_text(list: &Bound<'_, PyList>) -> PyResult<Vec<Option<String>>> {
    let mut out = Vec::with_capacity(list.len());
    for item in list.iter() {
        if item.is_none() {
            out.push(None);
        } else if let Ok(s) = item.cast::<PyString>() {
            out.push(Some(s.to_cow()?.into_owned()));
        } else if item.extract::<f64>().is_ok_and(f64::is_nan) {
            out.push(None);
        } else {
            return Err(PyTypeError::new_err(format!(
                "parse_many takes str values (None or NaN for a missing one), not {}",
                item.get_type().name()?
            )));
        }
    }
    Ok(out)
}

/// Values parsed between two visits to Python: small enough that the parsed thresholds stay in
/// the cache while their columns are written.
pub(crate) const CHUNK: usize = 512;

/// Parses many 指标值 at once, for data frames: a dict of equal-length lists `kind`,
/// `comparator`, `value` (Decimal in base units), `unit` and `error` (the message, or None),
/// each row as `parse_threshold` reads it. The GIL is released while Rust parses.
#[pyfunction]
pub(crate) fn parse_many<'py>(py: Python<'py>, values: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyDict>> {
    let list = as_list(py, values)?;
    let n = list.len();
    let bytes = joined(py, &list)?;
    // a value holding a NUL would split in two: then each is read alone
    let text = match &bytes {
        Some(b) if b.as_bytes().iter().filter(|&&c| c == 0).count() + 1 == n => {
            // SAFETY: PyUnicode_AsUTF8String returns valid UTF-8 or raises (on a lone surrogate)
            Some(unsafe { std::str::from_utf8_unchecked(b.as_bytes()) })
        }
        _ => None,
    };
    let owned = match text {
        Some(_) => Vec::new(),
        None => each_text(&list)?,
    };
    let mut out = Columns::new(py, n)?;
    let mut rest = text.unwrap_or("");
    let mut parsed: Vec<Option<Result<RThreshold, jixiao::ParseError>>> = Vec::with_capacity(CHUNK.min(n));
    let mut row = 0;
    while row < n {
        let m = CHUNK.min(n - row);
        py.detach(|| {
            if text.is_some() {
                for _ in 0..m {
                    let end = rest.as_bytes().iter().position(|&c| c == 0).unwrap_or(rest.len());
                    parsed.push(Some(RThreshold::parse(&rest[..end])));
                    rest = rest.get(end + 1..).unwrap_or("");
                }
            } else {
                parsed.extend(owned[row..row + m].iter().map(|t| t.as_deref().map(RThreshold::parse)));
            }
        });
        for p in parsed.drain(..) {
            out.push(py, row, p.as_ref())?;
            row += 1;
        }
    }
    out.finish(py)
}
