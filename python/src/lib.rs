//! The Python binding of jixiao: the `jixiao._jixiao` extension module, re-exported by the
//! `jixiao` package (`python/jixiao/__init__.py`, typed by `__init__.pyi`).
//!
//! Every object keeps the Rust value it wraps; `to_dict()` is the crate's own JSON (serde_json,
//! read back by Python's `json`), so it validates against `schema/jixiao.schema.json`. Every
//! number is a `decimal.Decimal` made from the exact decimal text, never a float.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};
use pyo3::{create_exception, intern, PyTypeInfo};
use serde::Serialize;

use jixiao::{Decimal, Threshold as RThreshold};

create_exception!(jixiao, Error, PyValueError, "Every error jixiao raises (a ValueError).");
create_exception!(jixiao, ParseError, Error, "A 指标值 or 完成值 that does not parse, with its code and position.");
create_exception!(jixiao, ImportFailed, Error, "An input that is no document the importers read at all (导入失败).");
create_exception!(jixiao, CompareError, Error, "An actual that cannot be compared with the target.");
create_exception!(jixiao, ScoreError, Error, "A project that cannot be scored.");
create_exception!(jixiao, MonitorError, Error, "A monitoring report that cannot be made.");

// ---- helpers -----------------------------------------------------------------------------------

static DECIMAL: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
static JSON_LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// A Rust decimal as a Python `decimal.Decimal`, from its exact text (scale kept).
fn py_decimal(py: Python<'_>, d: Decimal) -> PyResult<Bound<'_, PyAny>> {
    DECIMAL.import(py, "decimal", "Decimal")?.call1((d.to_string(),))
}

fn opt_decimal(py: Python<'_>, d: Option<Decimal>) -> PyResult<Option<Bound<'_, PyAny>>> {
    d.map(|d| py_decimal(py, d)).transpose()
}

/// The crate's JSON of `v`.
fn json_of<T: Serialize>(v: &T) -> PyResult<String> {
    serde_json::to_string(v).map_err(|e| PyValueError::new_err(format!("cannot write JSON: {e}")))
}

/// The crate's JSON of `v` as Python objects (dicts, lists, str, int, bool, None), key order kept.
fn dict_of<'py, T: Serialize>(py: Python<'py>, v: &T) -> PyResult<Bound<'py, PyAny>> {
    let s = json_of(v)?;
    JSON_LOADS.import(py, "json", "loads")?.call1((s,))
}

/// The JSON name of a unit enum value (`ge`, `comparison`, `achieved` …).
fn tag<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

/// Reads a `str` or `os.PathLike` as a path.
fn path_of(v: &Bound<'_, PyAny>) -> PyResult<std::path::PathBuf> {
    v.extract::<std::path::PathBuf>()
}

fn parse_error(py: Python<'_>, e: &jixiao::ParseError, text: &str) -> PyErr {
    let err = ParseError::new_err(e.to_string());
    let v = err.value(py);
    let code = tag(&e.kind());
    let set = || -> PyResult<()> {
        v.setattr("code", &code)?;
        v.setattr("kind", &code)?;
        v.setattr("offset", e.char_offset())?;
        v.setattr("char_offset", e.char_offset())?;
        v.setattr("byte_offset", e.offset())?;
        v.setattr("text", text)?;
        v.setattr("en", e.to_string())?;
        v.setattr("zh", e.zh())?;
        Ok(())
    };
    match set() {
        Ok(()) => err,
        Err(other) => other,
    }
}

fn compare_error(py: Python<'_>, e: &jixiao::CompareError) -> PyErr {
    use jixiao::CompareError as C;
    let code = match e {
        C::IncompatibleUnits { .. } => "incompatible_units",
        C::NeedsQuantity => "needs_quantity",
        C::NeedsDate => "needs_date",
        C::NeedsYear => "needs_year",
        C::NeedsBand => "needs_band",
        C::UnsettledBound => "unsettled_bound",
        C::NeedsBaseline => "needs_baseline",
        C::UnitOnlyInActual { .. } => "unit_only_in_actual",
        C::NotApplicable => "not_applicable",
        C::Overflow => "overflow",
        _ => "other",
    };
    with_attrs(py, CompareError::new_err(e.to_string()), code, e.to_string(), e.zh(), &[])
}

fn import_error(py: Python<'_>, e: &jixiao::import::ImportError) -> PyErr {
    use jixiao::import::ImportErrorKind as K;
    let code = match e.kind() {
        K::Empty => "empty",
        K::Binary => "binary",
        K::NotRecognised => "not_recognised",
        K::Corrupt => "corrupt",
        K::TooLarge => "too_large",
        K::NeedsFeature => "needs_feature",
        K::Io => "io",
        K::InvalidOption => "invalid_option",
        _ => "other",
    };
    // the message with its cause (a zip or I/O error), as the CLI prints it
    let mut en = e.to_string();
    if let Some(cause) = std::error::Error::source(e) {
        en = format!("{en}: {cause}");
    }
    let line = match e.line() {
        Some(l) => l.into_pyobject(py).map_or_else(|_| py.None(), |o| o.into_any().unbind()),
        None => py.None(),
    };
    with_attrs(py, ImportFailed::new_err(en.clone()), code, en, e.zh(), &[("line", line)])
}

fn monitor_error(py: Python<'_>, e: &jixiao::monitor::MonitorError) -> PyErr {
    use jixiao::monitor::MonitorError as M;
    if let M::Import(inner) = e {
        return import_error(py, inner);
    }
    let code = match e {
        M::InvalidMonth(_) => "invalid_month",
        M::NoMonth => "no_month",
        M::InvalidProfile(_) => "invalid_profile",
        _ => "other",
    };
    with_attrs(py, MonitorError::new_err(e.to_string()), code, e.to_string(), e.zh(), &[])
}

fn score_error(py: Python<'_>, e: &jixiao::score::ScoreError) -> PyErr {
    use jixiao::score::ScoreError as S;
    let code = match e {
        S::Compare(_) => "compare",
        S::BandScoreOutOfRange { .. } => "band_score_out_of_range",
        S::NotApplicable => "not_applicable",
        S::NegativeWeight(_) => "negative_weight",
        S::Target(_) => "target",
        S::Actual(_) => "actual",
        _ => "other",
    };
    let mut en = e.to_string();
    if let Some(cause) = std::error::Error::source(e) {
        en = format!("{en}: {cause}");
    }
    with_attrs(py, ScoreError::new_err(en.clone()), code, en, e.zh(), &[])
}

fn with_attrs(py: Python<'_>, err: PyErr, code: &str, en: String, zh: String, more: &[(&str, Py<PyAny>)]) -> PyErr {
    let v = err.value(py);
    let set = || -> PyResult<()> {
        v.setattr("code", code)?;
        v.setattr("kind", code)?;
        v.setattr("en", en)?;
        v.setattr("zh", zh)?;
        for (k, x) in more {
            v.setattr(*k, x)?;
        }
        Ok(())
    };
    match set() {
        Ok(()) => err,
        Err(other) => other,
    }
}

// ---- values ------------------------------------------------------------------------------------

/// The `kind` of a threshold, as its JSON names it.
fn threshold_kind(t: &RThreshold) -> &'static str {
    match t {
        RThreshold::Compare(_) => "comparison",
        RThreshold::Range(_) => "range",
        RThreshold::Deadline(_) => "deadline",
        RThreshold::Qualitative(_) => "qualitative",
        RThreshold::Relative(_) => "relative",
        RThreshold::Unread(_) => "unread",
        _ => "other",
    }
}

fn comparator_name(c: jixiao::Comparator) -> &'static str {
    use jixiao::Comparator as C;
    match c {
        C::Ge => "ge",
        C::Gt => "gt",
        C::Le => "le",
        C::Lt => "lt",
        C::Eq => "eq",
        _ => "other",
    }
}

/// A parsed 指标值 (target value).
#[pyclass(module = "jixiao", name = "Threshold", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
struct Threshold {
    inner: RThreshold,
}

#[pymethods]
impl Threshold {
    #[new]
    #[pyo3(signature = (text, year = None))]
    fn py_new(py: Python<'_>, text: &str, year: Option<u16>) -> PyResult<Threshold> {
        parse_threshold(py, text, year)
    }

    /// comparison, range, deadline, qualitative, relative or unread.
    #[getter]
    fn kind(&self) -> &'static str {
        threshold_kind(&self.inner)
    }

    /// ge, gt, le, lt or eq for a comparison (a bare value is eq); None otherwise.
    #[getter]
    fn comparator(&self) -> Option<&'static str> {
        self.inner.comparator().map(comparator_name)
    }

    /// The number of a comparison in base units (value × magnitude: 20000 for 2万人).
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        opt_decimal(py, self.inner.quantity().map(|q| q.normalized()))
    }

    /// The number of a comparison as written (2 for 2万人).
    #[getter]
    fn number<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        opt_decimal(py, self.inner.quantity().map(|q| q.value()))
    }

    /// The magnitude word as the JSON names it (one, wan, yi …) for a comparison or range.
    #[getter]
    fn magnitude(&self) -> Option<String> {
        match &self.inner {
            RThreshold::Compare(c) => Some(tag(&c.quantity().magnitude())),
            RThreshold::Range(r) => Some(tag(&r.magnitude())),
            _ => None,
        }
    }

    /// The unit of a comparison or range ("" when none is written); None otherwise.
    #[getter]
    fn unit(&self) -> Option<String> {
        self.inner.unit().map(|u| u.to_string())
    }

    /// The low end of a range, in base units.
    #[getter]
    fn low<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        match &self.inner {
            RThreshold::Range(r) => opt_decimal(py, Some(r.low_quantity().normalized())),
            _ => Ok(None),
        }
    }

    /// The high end of a range, in base units.
    #[getter]
    fn high<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        match &self.inner {
            RThreshold::Range(r) => opt_decimal(py, Some(r.high_quantity().normalized())),
            _ => Ok(None),
        }
    }

    /// Whether a comparison is approximate (约2000人).
    #[getter]
    fn approximate(&self) -> bool {
        matches!(&self.inner, RThreshold::Compare(c) if c.is_approximate())
    }

    /// The note after a comparison's quantity (（满意度）), if any.
    #[getter]
    fn note(&self) -> Option<String> {
        match &self.inner {
            RThreshold::Compare(c) => c.note().map(str::to_string),
            _ => None,
        }
    }

    /// The canonical text (parses back to the same threshold).
    #[getter]
    fn text(&self) -> String {
        self.inner.to_string()
    }

    /// Which way is better: higher_is_better, lower_is_better, within, by_deadline, qualitative.
    #[getter]
    fn direction(&self) -> String {
        tag(&self.inner.direction())
    }

    #[getter]
    fn is_quantitative(&self) -> bool {
        self.inner.is_quantitative()
    }

    #[getter]
    fn is_qualitative(&self) -> bool {
        self.inner.is_qualitative()
    }

    /// Whether `actual` (an Actual or its text) meets the threshold, in a table of `year`.
    #[pyo3(signature = (actual, year = None))]
    fn is_met(&self, py: Python<'_>, actual: &Bound<'_, PyAny>, year: Option<u16>) -> PyResult<bool> {
        let a = actual_of(py, actual)?;
        self.inner.is_met_in(&a, year).map_err(|e| compare_error(py, &e))
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.inner)
    }

    fn to_json(&self) -> PyResult<String> {
        json_of(&self.inner)
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self) -> String {
        format!("Threshold({:?})", self.inner.to_string())
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((py.get_type::<Threshold>().into_any(), (self.inner.to_string(),)))
    }
}

/// An Actual from a Python `Actual` or `str`.
fn actual_of(py: Python<'_>, v: &Bound<'_, PyAny>) -> PyResult<jixiao::Actual> {
    if let Ok(a) = v.cast::<Actual>() {
        return Ok(a.get().inner.clone());
    }
    let s: String = v.extract().map_err(|_| PyTypeError::new_err("an actual is a jixiao.Actual or a str"))?;
    jixiao::Actual::parse(&s).map_err(|e| parse_error(py, &e, &s))
}

/// What was achieved for one indicator (完成值).
#[pyclass(module = "jixiao", name = "Actual", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
struct Actual {
    inner: jixiao::Actual,
}

#[pymethods]
impl Actual {
    #[new]
    fn py_new(py: Python<'_>, text: &str) -> PyResult<Actual> {
        parse_actual(py, text)
    }

    /// quantity, bound, band, date, not_applicable or text.
    #[getter]
    fn kind(&self) -> &'static str {
        use jixiao::Actual as A;
        match &self.inner {
            A::Quantity(_) => "quantity",
            A::Bound(_) => "bound",
            A::Band { .. } => "band",
            A::Date(_) => "date",
            A::NotApplicable => "not_applicable",
            A::Text(_) => "text",
            _ => "other",
        }
    }

    /// The comparator of a bound (≥266米 is ge); None otherwise.
    #[getter]
    fn comparator(&self) -> Option<&'static str> {
        match &self.inner {
            jixiao::Actual::Bound(c) => Some(comparator_name(c.comparator())),
            _ => None,
        }
    }

    /// The number of a quantity or bound in base units.
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        opt_decimal(py, self.inner.quantity().map(|q| q.normalized()))
    }

    /// The number as written.
    #[getter]
    fn number<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        opt_decimal(py, self.inner.quantity().map(|q| q.value()))
    }

    #[getter]
    fn unit(&self) -> Option<String> {
        self.inner.quantity().map(|q| q.unit().to_string())
    }

    /// The band stated (achieved, partial, not_achieved), a yes/no answer's too.
    #[getter]
    fn band(&self) -> Option<String> {
        self.inner.band().map(|b| tag(&b))
    }

    /// The score given inside a band (部分达成（7分）).
    #[getter]
    fn score<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        match &self.inner {
            jixiao::Actual::Band { score, .. } => opt_decimal(py, *score),
            _ => Ok(None),
        }
    }

    /// The canonical text.
    #[getter]
    fn text(&self) -> String {
        self.inner.to_string()
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.inner)
    }

    fn to_json(&self) -> PyResult<String> {
        json_of(&self.inner)
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self) -> String {
        format!("Actual({:?})", self.inner.to_string())
    }
}

/// Parses a 指标值. A deadline without a year (12月底前) is placed in `year` when given.
#[pyfunction]
#[pyo3(signature = (text, year = None))]
fn parse_threshold(py: Python<'_>, text: &str, year: Option<u16>) -> PyResult<Threshold> {
    let t = RThreshold::parse(text).map_err(|e| parse_error(py, &e, text))?;
    let t = match (year, t) {
        (Some(y), _) if !(1900..=2100).contains(&y) => return Err(PyValueError::new_err(format!("year {y} is outside 1900–2100"))),
        (Some(y), RThreshold::Deadline(d)) => RThreshold::Deadline(d.in_year(y)),
        (_, t) => t,
    };
    Ok(Threshold { inner: t })
}

/// Parses a 完成值 (actual value).
#[pyfunction]
fn parse_actual(py: Python<'_>, text: &str) -> PyResult<Actual> {
    jixiao::Actual::parse(text).map(|inner| Actual { inner }).map_err(|e| parse_error(py, &e, text))
}

// ---- parse_many --------------------------------------------------------------------------------

/// A multiplicative hash for the per-call caches, keyed by a decimal's 16 bytes or a unit's few
/// fields: SipHash would cost more than the lookup saves.
#[derive(Default)]
struct Quick(u64);

impl Quick {
    #[inline]
    fn mix(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

impl Hasher for Quick {
    #[inline]
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 29)
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(b));
        }
    }
    #[inline]
    fn write_u8(&mut self, x: u8) {
        self.mix(u64::from(x));
    }
    #[inline]
    fn write_u32(&mut self, x: u32) {
        self.mix(u64::from(x));
    }
    #[inline]
    fn write_u64(&mut self, x: u64) {
        self.mix(x);
    }
    #[inline]
    fn write_u128(&mut self, x: u128) {
        self.mix(x as u64);
        self.mix((x >> 64) as u64);
    }
    #[inline]
    fn write_usize(&mut self, x: usize) {
        self.mix(x as u64);
    }
    #[inline]
    fn write_isize(&mut self, x: isize) {
        self.mix(x as u64);
    }
}

type QuickMap<K, V> = HashMap<K, V, BuildHasherDefault<Quick>>;

/// `values` as a list (a list as it is; a tuple, Series, generator … copied into one).
fn as_list<'py>(py: Python<'py>, values: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
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
fn joined<'py>(py: Python<'py>, list: &Bound<'py, PyList>) -> PyResult<Option<Bound<'py, PyBytes>>> {
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
fn each_text(list: &Bound<'_, PyList>) -> PyResult<Vec<Option<String>>> {
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
const CHUNK: usize = 512;

/// Parses many 指标值 at once, for data frames: a dict of equal-length lists `kind`,
/// `comparator`, `value` (Decimal in base units), `unit` and `error` (the message, or None),
/// each row as `parse_threshold` reads it. The GIL is released while Rust parses.
#[pyfunction]
fn parse_many<'py>(py: Python<'py>, values: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyDict>> {
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

/// The `Decimal` objects made by earlier calls, by their exact bits: the values of one column
/// repeat across calls (`≥95%`, `100%`), and a `Decimal` is immutable, so one object serves all.
/// Making one from its text costs about 250 ns, more than parsing the value; the cache keeps
/// the cost of a call of a few hundred values near the Rust parse. Bounded: emptied when full.
static SHARED_DECIMALS: std::sync::Mutex<Option<HashMap<u128, Py<PyAny>>>> = std::sync::Mutex::new(None);

/// How many decimals [`SHARED_DECIMALS`] keeps before it starts again.
const SHARED_DECIMALS_MAX: usize = 1 << 16;

/// The `Decimal` of `d` (whose exact bits are `key`), from the cache or made and kept.
fn shared_decimal<'py>(py: Python<'py>, decimal: &Bound<'py, PyAny>, key: u128, d: Decimal) -> PyResult<Bound<'py, PyAny>> {
    // a poisoned lock only means a panic elsewhere while it was held: the map is still whole
    let lock = || SHARED_DECIMALS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(v) = lock().as_ref().and_then(|c| c.get(&key)) {
        return Ok(v.bind(py).clone());
    }
    // made without the lock held: Python code never runs under it
    let v = decimal.call1((d.to_string(),))?;
    let mut guard = lock();
    let cache = guard.get_or_insert_with(HashMap::new);
    if cache.len() >= SHARED_DECIMALS_MAX {
        cache.clear();
    }
    cache.insert(key, v.clone().unbind());
    Ok(v)
}

/// The five columns of parse_many, as lists of the right length filled in place. Equal decimals
/// and units are one Python object each (they are immutable), made once per call.
struct Columns<'py> {
    lists: [Bound<'py, PyList>; 5],
    none: Bound<'py, PyAny>,
    kinds: [Bound<'py, PyAny>; 7],
    comparators: [Bound<'py, PyAny>; 6],
    decimal: Bound<'py, PyAny>,
    decimals: QuickMap<u128, Bound<'py, PyAny>>,
    units: QuickMap<jixiao::Unit, Bound<'py, PyAny>>,
}

impl<'py> Columns<'py> {
    fn new(py: Python<'py>, n: usize) -> PyResult<Columns<'py>> {
        let list = || -> PyResult<Bound<'py, PyList>> {
            let len = isize::try_from(n).map_err(|_| PyValueError::new_err("too many values"))?;
            // SAFETY: PyList_New returns a new reference (or NULL with an exception set); its
            // items are NULL until set below, and a list with NULL items deallocates safely
            let l = unsafe { Bound::from_owned_ptr_or_err(py, pyo3::ffi::PyList_New(len))? };
            Ok(l.cast_into::<PyList>()?)
        };
        Ok(Columns {
            lists: [list()?, list()?, list()?, list()?, list()?],
            none: py.None().into_bound(py),
            kinds: ["comparison", "range", "deadline", "qualitative", "relative", "unread", "other"]
                .map(|k| PyString::intern(py, k).into_any()),
            comparators: ["ge", "gt", "le", "lt", "eq", "other"].map(|k| PyString::intern(py, k).into_any()),
            decimal: DECIMAL.import(py, "decimal", "Decimal")?.clone(),
            decimals: QuickMap::with_capacity_and_hasher(64, Default::default()),
            units: QuickMap::with_capacity_and_hasher(64, Default::default()),
        })
    }

    /// Sets item `row` of column `col` to `v`.
    fn set(&self, col: usize, row: usize, v: &Bound<'py, PyAny>) {
        // SAFETY: the list has `n` items and `row < n`; PyList_SetItem steals the new
        // reference made by into_ptr (of a clone), and on a fresh list has no item to release
        unsafe {
            pyo3::ffi::PyList_SetItem(self.lists[col].as_ptr(), row as isize, v.clone().into_ptr());
        }
    }

    fn push(&mut self, py: Python<'py>, row: usize, p: Option<&Result<RThreshold, jixiao::ParseError>>) -> PyResult<()> {
        let t = match p {
            Some(Ok(t)) => t,
            Some(Err(e)) => {
                for col in 0..4 {
                    self.set(col, row, &self.none);
                }
                self.set(4, row, PyString::new(py, &e.to_string()).as_any());
                return Ok(());
            }
            None => {
                for col in 0..5 {
                    self.set(col, row, &self.none);
                }
                return Ok(());
            }
        };
        let kind = match t {
            RThreshold::Compare(_) => 0,
            RThreshold::Range(_) => 1,
            RThreshold::Deadline(_) => 2,
            RThreshold::Qualitative(_) => 3,
            RThreshold::Relative(_) => 4,
            RThreshold::Unread(_) => 5,
            _ => 6,
        };
        self.set(0, row, &self.kinds[kind]);
        match t.comparator() {
            Some(c) => {
                let i = match c {
                    jixiao::Comparator::Ge => 0,
                    jixiao::Comparator::Gt => 1,
                    jixiao::Comparator::Le => 2,
                    jixiao::Comparator::Lt => 3,
                    jixiao::Comparator::Eq => 4,
                    _ => 5,
                };
                self.set(1, row, &self.comparators[i]);
            }
            None => self.set(1, row, &self.none),
        }
        match t.quantity() {
            Some(q) => {
                let d = q.normalized();
                // the exact bits (mantissa, scale, sign): 0.1 and 0.10 stay apart
                let key = u128::from_le_bytes(d.serialize());
                match self.decimals.get(&key) {
                    Some(v) => self.set(2, row, v),
                    None => {
                        let v = shared_decimal(py, &self.decimal, key, d)?;
                        self.set(2, row, &v);
                        self.decimals.insert(key, v);
                    }
                }
            }
            None => self.set(2, row, &self.none),
        }
        match t.unit() {
            Some(u) => match self.units.get(u) {
                Some(v) => self.set(3, row, v),
                None => {
                    let v = PyString::new(py, &u.to_string()).into_any();
                    self.set(3, row, &v);
                    self.units.insert(u.clone(), v);
                }
            },
            None => self.set(3, row, &self.none),
        }
        self.set(4, row, &self.none);
        Ok(())
    }

    fn finish(self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let out = PyDict::new(py);
        let [kind, comparator, value, unit, error] = self.lists;
        out.set_item(intern!(py, "kind"), kind)?;
        out.set_item(intern!(py, "comparator"), comparator)?;
        out.set_item(intern!(py, "value"), value)?;
        out.set_item(intern!(py, "unit"), unit)?;
        out.set_item(intern!(py, "error"), error)?;
        Ok(out)
    }
}

// ---- documents ---------------------------------------------------------------------------------

/// One finding of any report: an import diagnostic (I…), a review finding (J…), a scoring flag
/// (S…) or a monitoring finding (M…).
#[pyclass(module = "jixiao", name = "Finding", frozen, get_all)]
struct Finding {
    /// The stable code (I008, J007, S001, M001).
    code: String,
    /// error, warning or note (None for scoring flags, which have none).
    severity: Option<String>,
    /// The message in English.
    en: String,
    /// The message in Chinese.
    zh: String,
    /// Where, as the user sees it (line 34, cell 5; Sheet1!F12), for import diagnostics.
    place: Option<String>,
    /// The project's position in its document, for import diagnostics.
    project: Option<usize>,
    /// The indicator's position, where the finding concerns one.
    index: Option<usize>,
    json: String,
}

#[pymethods]
impl Finding {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        JSON_LOADS.import(py, "json", "loads")?.call1((self.json.as_str(),))
    }
    fn to_json(&self) -> String {
        self.json.clone()
    }
    fn __str__(&self) -> String {
        match &self.place {
            Some(p) => format!("{p}: {} {}", self.code, self.en),
            None => format!("{} {}", self.code, self.en),
        }
    }
    fn __repr__(&self) -> String {
        format!("Finding({:?}, {:?})", self.code, self.en)
    }
}

fn subject_index(s: &jixiao::Subject) -> Option<usize> {
    match serde_json::to_value(s) {
        Ok(v) => v.get("index").and_then(serde_json::Value::as_u64).map(|i| i as usize),
        Err(_) => None,
    }
}

fn diagnostic(d: &jixiao::import::Diagnostic) -> PyResult<Finding> {
    Ok(Finding {
        code: d.code().as_str().to_string(),
        severity: Some(tag(&d.severity())),
        en: d.en().to_string(),
        zh: d.zh().to_string(),
        place: Some(d.place()),
        project: d.project,
        index: None,
        json: json_of(d)?,
    })
}

/// One indicator (三级指标) of a project.
#[pyclass(module = "jixiao", name = "Indicator", frozen)]
struct Indicator {
    inner: jixiao::Indicator,
}

#[pymethods]
impl Indicator {
    /// 一级指标 (产出指标 …), as written in canonical form.
    #[getter]
    fn level1(&self) -> Option<String> {
        self.inner.level1.as_ref().map(|l| l.to_string())
    }
    #[getter]
    fn level2(&self) -> Option<String> {
        self.inner.level2.as_ref().map(|l| l.to_string())
    }
    /// 三级指标.
    #[getter]
    fn name(&self) -> String {
        self.inner.name.clone()
    }
    /// The 指标值 as written.
    #[getter]
    fn value(&self) -> String {
        self.inner.value().to_string()
    }
    /// The parsed 指标值, or None when it did not parse (see `error`).
    #[getter]
    fn threshold(&self) -> Option<Threshold> {
        self.inner.threshold().map(|t| Threshold { inner: t.clone() })
    }
    /// Why the 指标值 did not parse: a ParseError (not raised), or None.
    #[getter]
    fn error(&self, py: Python<'_>) -> Option<Py<PyAny>> {
        self.inner.parsed().err().map(|e| parse_error(py, e, self.inner.value()).into_value(py).into_any())
    }
    /// 分值.
    #[getter]
    fn weight<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        opt_decimal(py, self.inner.weight)
    }
    /// 实际完成值 as written (self-evaluations).
    #[getter]
    fn actual(&self) -> Option<String> {
        self.inner.actual.clone()
    }
    /// 得分 recorded in the table.
    #[getter]
    fn score<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        opt_decimal(py, self.inner.score)
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.inner)
    }
    fn to_json(&self) -> PyResult<String> {
        json_of(&self.inner)
    }
    fn __repr__(&self) -> String {
        format!("Indicator({:?}, {:?})", self.inner.name, self.inner.value())
    }
}

/// A project (项目): its budget and indicators.
#[pyclass(module = "jixiao", name = "Project", frozen)]
struct Project {
    inner: jixiao::Project,
}

#[pymethods]
impl Project {
    #[getter]
    fn name(&self) -> String {
        self.inner.name.clone()
    }
    /// 年度, when known.
    #[getter]
    fn year(&self) -> Option<u16> {
        self.inner.year()
    }
    #[getter]
    fn purpose(&self) -> String {
        self.inner.purpose.clone()
    }
    #[getter]
    fn goals(&self) -> Vec<String> {
        self.inner.goals.clone()
    }
    /// The budget, as its JSON (decimals as strings): total, fiscal, other, executed, money_unit.
    #[getter]
    fn budget<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.inner.budget)
    }
    /// 预算数 (the total), in the budget's money unit.
    #[getter]
    fn budget_total<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        opt_decimal(py, self.inner.budget.total)
    }
    #[getter]
    fn indicators(&self) -> Vec<Indicator> {
        self.inner.indicators.iter().map(|i| Indicator { inner: i.clone() }).collect()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.inner)
    }
    fn to_json(&self) -> PyResult<String> {
        json_of(&self.inner)
    }
    fn __repr__(&self) -> String {
        format!("Project({:?}, {} indicators)", self.inner.name, self.inner.indicators.len())
    }
}

/// An imported document (导入结果): the projects found and the diagnostics.
#[pyclass(module = "jixiao", name = "Imported", frozen)]
struct Imported {
    inner: jixiao::import::Imported,
}

#[pymethods]
impl Imported {
    #[getter]
    fn projects(&self) -> Vec<Project> {
        self.inner.projects.iter().map(|p| Project { inner: p.clone() }).collect()
    }
    #[getter]
    fn diagnostics(&self) -> PyResult<Vec<Finding>> {
        self.inner.diagnostics.iter().map(diagnostic).collect()
    }
    /// Whether any diagnostic is an error.
    #[getter]
    fn has_errors(&self) -> bool {
        self.inner.has_errors()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.inner)
    }
    fn to_json(&self) -> PyResult<String> {
        json_of(&self.inner)
    }
    fn __len__(&self) -> usize {
        self.inner.projects.len()
    }
    fn __getitem__(&self, i: isize) -> PyResult<Project> {
        let n = self.inner.projects.len() as isize;
        let j = if i < 0 { i + n } else { i };
        if (0..n).contains(&j) {
            Ok(Project { inner: self.inner.projects[j as usize].clone() })
        } else {
            Err(pyo3::exceptions::PyIndexError::new_err("project index out of range"))
        }
    }
    fn __repr__(&self) -> String {
        format!("Imported({} projects, {} diagnostics)", self.inner.projects.len(), self.inner.diagnostics.len())
    }
}

/// Imports a target table or self-evaluation from a file: .docx, .xlsx, .xls, or text (TSV, CSV,
/// the text of a DOCX) in UTF-8, UTF-16 or GBK, told by content.
#[pyfunction]
fn import_file(py: Python<'_>, path: &Bound<'_, PyAny>) -> PyResult<Imported> {
    let path = path_of(path)?;
    let r = py.detach(|| jixiao::import::parse_file(&path));
    r.map(|inner| Imported { inner }).map_err(|e| import_error(py, &e))
}

/// Imports a document from its bytes; `name` (the file name) helps tell the format.
#[pyfunction]
#[pyo3(signature = (data, name = ""))]
fn import_bytes(py: Python<'_>, data: &Bound<'_, PyBytes>, name: &str) -> PyResult<Imported> {
    let bytes = data.as_bytes();
    let r = py.detach(|| jixiao::import::parse_bytes(bytes, name));
    r.map(|inner| Imported { inner }).map_err(|e| import_error(py, &e))
}

/// Imports a table from text (TSV, CSV or the text of a DOCX).
#[pyfunction]
fn import_text(py: Python<'_>, text: &str) -> PyResult<Imported> {
    let r = py.detach(|| jixiao::import::parse_text(text));
    r.map(|inner| Imported { inner }).map_err(|e| import_error(py, &e))
}

fn project_of(v: &Bound<'_, PyAny>) -> PyResult<jixiao::Project> {
    if let Ok(p) = v.cast::<Project>() {
        return Ok(p.get().inner.clone());
    }
    if let Ok(d) = v.cast::<Imported>() {
        let d = &d.get().inner;
        return match d.projects.as_slice() {
            [p] => Ok(p.clone()),
            ps => Err(PyValueError::new_err(format!("the document holds {} projects: pass one of them (doc.projects[i])", ps.len()))),
        };
    }
    Err(PyTypeError::new_err("expected a jixiao.Project (or an Imported document of one project)"))
}

// ---- review ------------------------------------------------------------------------------------

/// A target review (绩效目标审核): the findings and the grade.
#[pyclass(module = "jixiao", name = "Review", frozen)]
struct Review {
    inner: jixiao::review::Review,
}

#[pymethods]
impl Review {
    #[getter]
    fn project(&self) -> String {
        self.inner.project().to_string()
    }
    /// 优, 良, 中 or 差 as the JSON names it (excellent, good, fair, poor).
    #[getter]
    fn grade(&self) -> String {
        tag(&self.inner.grade())
    }
    #[getter]
    fn findings(&self) -> PyResult<Vec<Finding>> {
        self.inner
            .findings()
            .iter()
            .map(|f| {
                Ok(Finding {
                    code: f.code().as_str().to_string(),
                    severity: Some(tag(&f.severity())),
                    en: f.en().to_string(),
                    zh: f.zh().to_string(),
                    place: None,
                    project: None,
                    index: subject_index(f.subject()),
                    json: json_of(f)?,
                })
            })
            .collect()
    }
    /// The codes of the findings, in order.
    #[getter]
    fn codes(&self) -> Vec<String> {
        self.inner.findings().iter().map(|f| f.code().as_str().to_string()).collect()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.inner)
    }
    fn to_json(&self) -> PyResult<String> {
        json_of(&self.inner)
    }
    fn __len__(&self) -> usize {
        self.inner.len()
    }
    fn __str__(&self) -> String {
        self.inner.to_string()
    }
    fn __repr__(&self) -> String {
        format!("Review({:?}, {} findings)", self.inner.project(), self.inner.len())
    }
}

/// Reviews a target table (绩效目标审核) with the default rules.
#[pyfunction]
fn review(py: Python<'_>, project: &Bound<'_, PyAny>) -> PyResult<Review> {
    let p = project_of(project)?;
    Ok(Review { inner: py.detach(|| jixiao::review::review(&p)) })
}

// ---- score -------------------------------------------------------------------------------------

/// A scored self-evaluation (绩效自评).
#[pyclass(module = "jixiao", name = "Scorecard", frozen)]
struct Scorecard {
    inner: jixiao::score::Scorecard,
}

#[pymethods]
impl Scorecard {
    #[getter]
    fn project(&self) -> String {
        self.inner.project.clone()
    }
    #[getter]
    fn profile(&self) -> String {
        self.inner.profile.clone()
    }
    /// The total, or None when it is not certain (see `flags`).
    #[getter]
    fn total<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        opt_decimal(py, self.inner.total)
    }
    /// The points scored so far (the total when every item is decided).
    #[getter]
    fn scored<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py_decimal(py, self.inner.scored)
    }
    /// excellent, good, fair or poor (优/良/中/差), given only when the total is certain.
    #[getter]
    fn grade(&self) -> Option<String> {
        self.inner.grade.map(|g| tag(&g))
    }
    /// Each scored item, as its JSON.
    #[getter]
    fn items<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.inner.items)
    }
    #[getter]
    fn flags(&self) -> PyResult<Vec<Finding>> {
        self.inner
            .flags
            .iter()
            .map(|f| {
                Ok(Finding {
                    code: tag(&f.code()),
                    severity: None,
                    en: f.en().to_string(),
                    zh: f.zh().to_string(),
                    place: None,
                    project: None,
                    index: f.index(),
                    json: json_of(f)?,
                })
            })
            .collect()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.inner)
    }
    fn to_json(&self) -> PyResult<String> {
        json_of(&self.inner)
    }
    fn __str__(&self) -> String {
        self.inner.to_string()
    }
    fn __repr__(&self) -> String {
        let total = self.inner.total.map_or("None".to_string(), |t| t.to_string());
        format!("Scorecard({:?}, total={total})", self.inner.project)
    }
}

fn score_profile(name: &str) -> PyResult<jixiao::score::Profile> {
    match name {
        "central" => Ok(jixiao::score::Profile::central()),
        "hubei" => Ok(jixiao::score::Profile::hubei()),
        "sichuan" => Ok(jixiao::score::Profile::sichuan()),
        other => Err(PyValueError::new_err(format!("no scoring profile {other:?}: central, hubei or sichuan"))),
    }
}

/// Scores a project (绩效自评). `actuals`: None for the actuals the project records itself
/// (实际完成值, 全年执行数); an Imported self-evaluation or a Project, matched with the target by
/// name (score::join); or a dict from indicator position (int) or name (str) to an actual.
#[pyfunction]
#[pyo3(signature = (project, actuals = None, profile = "central"))]
fn score(py: Python<'_>, project: &Bound<'_, PyAny>, actuals: Option<&Bound<'_, PyAny>>, profile: &str) -> PyResult<Scorecard> {
    let p = project_of(project)?;
    let prof = score_profile(profile)?;
    let actuals = match actuals {
        None => jixiao::score::Actuals::from_project(&p),
        Some(a) if a.is_none() => jixiao::score::Actuals::from_project(&p),
        Some(a) => {
            let evaluations = if let Ok(d) = a.cast::<Imported>() {
                Some(d.get().inner.projects.clone())
            } else if let Ok(e) = a.cast::<Project>() {
                Some(vec![e.get().inner.clone()])
            } else {
                None
            };
            match evaluations {
                Some(evals) => {
                    let j = jixiao::score::join(std::slice::from_ref(&p), &evals);
                    let m = &j.projects[0];
                    if m.evaluation.is_none() {
                        let names: Vec<&str> = evals.iter().map(|e| e.name.as_str()).collect();
                        return Err(PyValueError::new_err(format!(
                            "the self-evaluation matches no project: {:?} is none of {names:?}",
                            p.name
                        )));
                    }
                    m.actuals().clone()
                }
                None => {
                    let d = a.cast::<PyDict>().map_err(|_| {
                        PyTypeError::new_err("actuals: None, an Imported self-evaluation, a Project, or a dict of index or name to actual")
                    })?;
                    let mut acts = jixiao::score::Actuals::new();
                    for (k, v) in d.iter() {
                        let actual = actual_of(py, &v)?;
                        acts = if let Ok(i) = k.extract::<usize>() {
                            acts.at(i, actual)
                        } else if let Ok(name) = k.extract::<String>() {
                            acts.named(&name, actual)
                        } else {
                            return Err(PyTypeError::new_err("an actuals key is an indicator's position (int) or name (str)"));
                        };
                    }
                    if let Some(e) = p.budget.executed {
                        acts = acts.executed(e);
                    }
                    acts
                }
            }
        }
    };
    let card = py.detach(|| prof.score(&p, &actuals));
    card.map(|inner| Scorecard { inner }).map_err(|e| score_error(py, &e))
}

// ---- monitor -----------------------------------------------------------------------------------

/// A monitoring report (绩效监控表) of one project.
#[pyclass(module = "jixiao", name = "MonitorReport", frozen)]
struct MonitorReport {
    inner: jixiao::monitor::Report,
}

#[pymethods]
impl MonitorReport {
    #[getter]
    fn project(&self) -> Project {
        Project { inner: self.inner.project.clone() }
    }
    #[getter]
    fn month(&self) -> u8 {
        self.inner.month()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.inner)
    }
    fn to_json(&self) -> PyResult<String> {
        json_of(&self.inner)
    }
    fn __repr__(&self) -> String {
        format!("MonitorReport({:?}, month={})", self.inner.project.name, self.inner.month())
    }
}

/// Imported monitoring tables: a report per project, and the diagnostics.
#[pyclass(module = "jixiao", name = "MonitorImported", frozen)]
struct MonitorImported {
    inner: jixiao::monitor::import::ImportedReports,
}

#[pymethods]
impl MonitorImported {
    #[getter]
    fn reports(&self) -> Vec<MonitorReport> {
        self.inner.reports.iter().map(|r| MonitorReport { inner: r.clone() }).collect()
    }
    #[getter]
    fn diagnostics(&self) -> PyResult<Vec<Finding>> {
        self.inner.diagnostics.iter().map(diagnostic).collect()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.inner)
    }
    fn to_json(&self) -> PyResult<String> {
        json_of(&self.inner)
    }
    fn __len__(&self) -> usize {
        self.inner.reports.len()
    }
    fn __repr__(&self) -> String {
        format!("MonitorImported({} reports, {} diagnostics)", self.inner.reports.len(), self.inner.diagnostics.len())
    }
}

/// The lights of one monitoring report (预警灯), and its findings.
#[pyclass(module = "jixiao", name = "MonitorSummary", frozen)]
struct MonitorSummary {
    inner: jixiao::monitor::Summary,
}

#[pymethods]
impl MonitorSummary {
    #[getter]
    fn project(&self) -> String {
        self.inner.project.clone()
    }
    #[getter]
    fn month(&self) -> u8 {
        self.inner.month
    }
    #[getter]
    fn year(&self) -> Option<u16> {
        self.inner.year
    }
    /// The worst light (red, yellow, green, blue), None when nothing was lit.
    #[getter]
    fn worst(&self) -> Option<String> {
        self.inner.worst.map(|l| tag(&l))
    }
    /// The light of each indicator line, in order (None where it could not be judged).
    #[getter]
    fn lights(&self) -> Vec<Option<String>> {
        self.inner.items.iter().map(|i| i.signal.as_ref().map(|s| tag(&s.light))).collect()
    }
    /// The light of the budget line.
    #[getter]
    fn budget_light(&self) -> Option<String> {
        self.inner.budget.signal.as_ref().map(|s| tag(&s.light))
    }
    /// The lights counted, as their JSON (red, yellow, green, blue, unjudged).
    #[getter]
    fn counts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.inner.counts)
    }
    /// Each indicator line, as its JSON.
    #[getter]
    fn items<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.inner.items)
    }
    #[getter]
    fn findings(&self) -> PyResult<Vec<Finding>> {
        self.inner
            .findings
            .iter()
            .map(|f| {
                Ok(Finding {
                    code: f.code().as_str().to_string(),
                    severity: Some(tag(&f.severity())),
                    en: f.en().to_string(),
                    zh: f.zh().to_string(),
                    place: None,
                    project: None,
                    index: subject_index(f.subject()),
                    json: json_of(f)?,
                })
            })
            .collect()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.inner)
    }
    fn to_json(&self) -> PyResult<String> {
        json_of(&self.inner)
    }
    fn __str__(&self) -> String {
        self.inner.to_string()
    }
    fn __repr__(&self) -> String {
        let worst = self.worst().map_or("None".to_string(), |w| format!("{w:?}"));
        format!("MonitorSummary({:?}, month={}, worst={worst})", self.inner.project, self.inner.month)
    }
}

fn monitor_profile(name: &str) -> PyResult<jixiao::monitor::Profile> {
    match name {
        "central" => Ok(jixiao::monitor::Profile::central()),
        "checkpoints" => Ok(jixiao::monitor::Profile::checkpoints()),
        other => Err(PyValueError::new_err(format!("no monitoring profile {other:?}: central or checkpoints"))),
    }
}

/// Imports monitoring tables (绩效监控表) from a file (TSV, CSV, .xlsx, .xls, .docx).
#[pyfunction]
#[pyo3(signature = (path, month = None))]
fn import_monitor(py: Python<'_>, path: &Bound<'_, PyAny>, month: Option<u8>) -> PyResult<MonitorImported> {
    let path = path_of(path)?;
    let r = py.detach(|| jixiao::monitor::import::parse_file(&path, month));
    r.map(|inner| MonitorImported { inner }).map_err(|e| monitor_error(py, &e))
}

/// Lights a monitoring report (绩效运行监控): a MonitorReport gives its MonitorSummary; a path
/// (str or os.PathLike) is imported first (import_monitor) and gives a list, one per project.
/// `month` overrides the month reported.
#[pyfunction]
#[pyo3(signature = (report_or_path, month = None, profile = "central"))]
fn monitor<'py>(py: Python<'py>, report_or_path: &Bound<'py, PyAny>, month: Option<u8>, profile: &str) -> PyResult<Bound<'py, PyAny>> {
    let prof = monitor_profile(profile)?;
    if let Ok(r) = report_or_path.cast::<MonitorReport>() {
        let mut report = r.get().inner.clone();
        if let Some(m) = month {
            report.set_month(m).map_err(|e| monitor_error(py, &e))?;
        }
        let s = py.detach(|| prof.monitor(&report));
        return Ok(Bound::new(py, MonitorSummary { inner: s })?.into_any());
    }
    let doc = import_monitor(py, report_or_path, month)?;
    let summaries: Vec<jixiao::monitor::Summary> = py.detach(|| doc.inner.reports.iter().map(|r| prof.monitor(r)).collect());
    let list = PyList::empty(py);
    for s in summaries {
        list.append(MonitorSummary { inner: s })?;
    }
    Ok(list.into_any())
}

/// The JSON Schema of a type the crate writes, rooted at it (`Threshold`, `Imported`,
/// `Scorecard` …), as jixiao::schema::document_schema gives it.
#[pyfunction]
#[pyo3(signature = (name = "Project"))]
fn json_schema<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
    let s = jixiao::schema::document_schema(name).ok_or_else(|| PyValueError::new_err(format!("the schema holds no type {name:?}")))?;
    dict_of(py, &s)
}

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
    m.add_class::<Threshold>()?;
    m.add_class::<Actual>()?;
    m.add_class::<Finding>()?;
    m.add_class::<Indicator>()?;
    m.add_class::<Project>()?;
    m.add_class::<Imported>()?;
    m.add_class::<Review>()?;
    m.add_class::<Scorecard>()?;
    m.add_class::<MonitorReport>()?;
    m.add_class::<MonitorImported>()?;
    m.add_class::<MonitorSummary>()?;
    m.add_function(wrap_pyfunction!(parse_threshold, m)?)?;
    m.add_function(wrap_pyfunction!(parse_actual, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(import_file, m)?)?;
    m.add_function(wrap_pyfunction!(import_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(import_text, m)?)?;
    m.add_function(wrap_pyfunction!(import_monitor, m)?)?;
    m.add_function(wrap_pyfunction!(review, m)?)?;
    m.add_function(wrap_pyfunction!(score, m)?)?;
    m.add_function(wrap_pyfunction!(monitor, m)?)?;
    m.add_function(wrap_pyfunction!(json_schema, m)?)?;
    Ok(())
}
