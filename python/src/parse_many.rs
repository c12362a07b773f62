//! `parse_many`: many 指标值 at once, for data frames, written into columns.

use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyFloat, PyList, PyString, PyTuple};
use pyo3::PyTypeInfo;

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

/// The UTF-8 of a `str`, read in place: CPython keeps it beside the text (made once, on the first
/// request, and free for an ASCII text), so a column is read without a copy of its values.
///
/// `PyUnicode_AsUTF8AndSize` is in the stable ABI from 3.10 only, with the signature it has had
/// since 3.3; every CPython this wheel loads in (3.9 too) exports it on Linux and macOS, where an
/// extension's symbols are resolved in the running interpreter. Windows resolves them in
/// `python3.dll`, which on 3.9 lacks it: there the values are copied one by one instead.
#[cfg(not(windows))]
fn utf8_in_place<'a>(s: Borrowed<'a, '_, PyString>) -> PyResult<&'a str> {
    extern "C" {
        fn PyUnicode_AsUTF8AndSize(unicode: *mut pyo3::ffi::PyObject, size: *mut pyo3::ffi::Py_ssize_t) -> *const std::os::raw::c_char;
    }
    let mut len: pyo3::ffi::Py_ssize_t = 0;
    // SAFETY: `s` is a live str; the buffer returned belongs to it and lives as long as it does
    // (it is never changed once made), so it outlives the borrow `'a` of `s`
    let data = unsafe { PyUnicode_AsUTF8AndSize(s.as_ptr(), &mut len) };
    if data.is_null() {
        // a lone surrogate, which has no UTF-8: the exception Python set
        return Err(PyErr::fetch(s.py()));
    }
    let len = usize::try_from(len).unwrap_or(0);
    // SAFETY: CPython returns `len` bytes of valid UTF-8 at `data`
    Ok(unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(data.cast::<u8>(), len)) })
}

#[cfg(windows)]
fn utf8_in_place<'a>(s: Borrowed<'a, '_, PyString>) -> PyResult<std::borrow::Cow<'a, str>> {
    Ok(std::borrow::Cow::Owned(s.to_cow()?.into_owned()))
}

/// Each value's text, borrowed from `values` (a tuple of a slice of the caller's list: it holds
/// its strings, and nothing can change it, while the GIL is released whatever another thread
/// does): None for a missing value (None, or a float NaN as pandas writes an empty cell).
pub(crate) fn each_text<'a>(values: &'a Bound<'_, PyTuple>) -> PyResult<Vec<Option<Text<'a>>>> {
    values.iter_borrowed().map(text_of).collect()
}

#[cfg(not(windows))]
pub(crate) type Text<'a> = &'a str;
#[cfg(windows)]
pub(crate) type Text<'a> = std::borrow::Cow<'a, str>;

fn text_of<'a>(item: Borrowed<'a, '_, PyAny>) -> PyResult<Option<Text<'a>>> {
    if item.is_none() {
        Ok(None)
    } else if let Ok(s) = item.cast::<PyString>() {
        utf8_in_place(s).map(Some)
    } else if item.cast::<PyFloat>().is_ok_and(|f| f.value().is_nan()) {
        // (a float's value read without calling Python code, as `float()` would: no code of
        // the caller's runs while the columns are being filled)
        Ok(None)
    } else {
        Err(PyTypeError::new_err(format!("parse_many takes str values (None or NaN for a missing one), not {}", item.get_type().name()?)))
    }
}

/// Values parsed between two visits to Python: small enough that the parsed thresholds stay in
/// the cache while their columns are written.
pub(crate) const CHUNK: usize = 512;

/// Parses many 指标值 at once, for data frames: a dict of equal-length lists `kind`,
/// `comparator`, `value` (Decimal in base units), `unit` and `error` (the message, or None),
/// each row as `parse_threshold` reads it. The GIL is released while Rust parses.
///
/// A str's UTF-8 is read where CPython keeps it (made on the first request for a str that is
/// not ASCII, and kept with it). A value that is neither a str, None nor a float NaN is a
/// `TypeError`; a list shortened by another thread while it is read, a `RuntimeError`.
#[pyfunction]
pub(crate) fn parse_many<'py>(py: Python<'py>, values: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyDict>> {
    let list = as_list(py, values)?;
    let n = list.len();
    let mut out = Columns::new(py, n)?;
    // a chunk at a time: a slice of the list (a tuple, which holds its values), read and parsed.
    // No copy of the whole list is made (a large temporary is memory the allocator may give
    // back and fault in again at each call)
    let mut parsed: Vec<Option<Result<RThreshold, jixiao::ParseError>>> = Vec::with_capacity(CHUNK.min(n));
    let mut row = 0;
    while row < n {
        let m = CHUNK.min(n - row);
        let chunk = list.get_slice(row, row + m).to_tuple();
        if chunk.len() != m {
            return Err(PyRuntimeError::new_err("the list of values changed while parse_many read it"));
        }
        let texts = each_text(&chunk)?;
        py.detach(|| parsed.extend(texts.iter().map(|t| t.as_deref().map(RThreshold::parse))));
        for p in parsed.drain(..) {
            out.push(py, row, p.as_ref())?;
            row += 1;
        }
    }
    out.finish(py)
}
