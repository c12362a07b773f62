//! The columns `parse_many` fills, with the caches that make one Python object serve every equal
//! decimal and unit.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyString};

use jixiao::{Decimal, Threshold as RThreshold};

use crate::convert::DECIMAL;

/// A multiplicative hash for the per-call caches, keyed by a decimal's 16 bytes or a unit's few
/// fields: SipHash would cost more than the lookup saves.
#[derive(Default)]
pub(crate) struct Quick(u64);

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

pub(crate) type QuickMap<K, V> = HashMap<K, V, BuildHasherDefault<Quick>>;

/// The `Decimal` objects made by earlier calls, by their exact bits: the values of one column
/// repeat across calls (`≥95%`, `100%`), and a `Decimal` is immutable, so one object serves all.
/// Making one from its text costs about 250 ns, more than parsing the value; the cache keeps
/// the cost of a call of a few hundred values near the Rust parse. Bounded: emptied when full.
pub(crate) static SHARED_DECIMALS: std::sync::Mutex<Option<HashMap<u128, Py<PyAny>>>> = std::sync::Mutex::new(None);

/// How many decimals [`SHARED_DECIMALS`] keeps before it starts again.
pub(crate) const SHARED_DECIMALS_MAX: usize = 1 << 16;

/// The `Decimal` of `d` (whose exact bits are `key`), from the cache or made and kept.
pub(crate) fn shared_decimal<'py>(py: Python<'py>, decimal: &Bound<'py, PyAny>, key: u128, d: Decimal) -> PyResult<Bound<'py, PyAny>> {
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

/// A list of `n` Nones, made by the list's own repetition (`[None] * n`).
fn nones(py: Python<'_>, n: usize) -> PyResult<Bound<'_, PyList>> {
    Ok(PyList::new(py, [py.None()])?.as_sequence().repeat(n)?.cast_into::<PyList>()?)
}

/// The words of the `kind` and `comparator` columns, made once: a call of a few values would
/// otherwise spend more on interning them than on its values.
static KINDS: PyOnceLock<[Py<PyString>; 7]> = PyOnceLock::new();
static COMPARATORS: PyOnceLock<[Py<PyString>; 6]> = PyOnceLock::new();

/// The five columns of parse_many, as lists of the right length filled in place. Equal decimals
/// and units are one Python object each (they are immutable), made once per call.
pub(crate) struct Columns<'py> {
    lists: [Bound<'py, PyList>; 5],
    kinds: [Bound<'py, PyAny>; 7],
    comparators: [Bound<'py, PyAny>; 6],
    decimal: Bound<'py, PyAny>,
    decimals: QuickMap<(u128, jixiao::Magnitude), Bound<'py, PyAny>>,
    units: QuickMap<jixiao::Unit, Bound<'py, PyAny>>,
}

impl<'py> Columns<'py> {
    pub(crate) fn new(py: Python<'py>, n: usize) -> PyResult<Columns<'py>> {
        Ok(Columns {
            // lists of None made whole at once (no item is ever missing, whatever Python code runs
            // while they are filled, such as a `Decimal` made), each item then set: the error
            // column's only where a value fails
            lists: [nones(py, n)?, nones(py, n)?, nones(py, n)?, nones(py, n)?, nones(py, n)?],
            kinds: KINDS
                .get_or_init(py, || {
                    ["comparison", "range", "deadline", "qualitative", "relative", "unread", "other"]
                        .map(|k| PyString::intern(py, k).unbind())
                })
                .each_ref()
                .map(|k| k.bind(py).clone().into_any()),
            comparators: COMPARATORS
                .get_or_init(py, || ["ge", "gt", "le", "lt", "eq", "other"].map(|k| PyString::intern(py, k).unbind()))
                .each_ref()
                .map(|k| k.bind(py).clone().into_any()),
            decimal: DECIMAL.import(py, "decimal", "Decimal")?.clone(),
            decimals: QuickMap::with_capacity_and_hasher(64, Default::default()),
            units: QuickMap::with_capacity_and_hasher(64, Default::default()),
        })
    }

    /// Sets item `row` of column `col` to `v`.
    fn set(&self, col: usize, row: usize, v: &Bound<'py, PyAny>) {
        // SAFETY: the list has `n` items and `row < n`; PyList_SetItem steals the new reference
        // made by into_ptr (of a clone) and releases the item it replaces (a None)
        unsafe {
            pyo3::ffi::PyList_SetItem(self.lists[col].as_ptr(), row as isize, v.clone().into_ptr());
        }
    }

    pub(crate) fn push(&mut self, py: Python<'py>, row: usize, p: Option<&Result<RThreshold, jixiao::ParseError>>) -> PyResult<()> {
        let t = match p {
            Some(Ok(t)) => t,
            // the other columns are None already
            Some(Err(e)) => {
                self.set(4, row, PyString::new(py, &e.to_string()).as_any());
                return Ok(());
            }
            None => return Ok(()),
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
        // the columns a value has no part for stay None
        if let Some(c) = t.comparator() {
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
        if let Some(q) = t.quantity() {
            // keyed by the number as written and its magnitude, so that a value seen before in
            // this call costs a lookup, not the multiplication into base units
            let key = (u128::from_le_bytes(q.value().serialize()), q.magnitude());
            match self.decimals.get(&key) {
                Some(v) => self.set(2, row, v),
                None => {
                    let d = q.normalized();
                    // the exact bits (mantissa, scale, sign): 0.1 and 0.10 stay apart
                    let v = shared_decimal(py, &self.decimal, u128::from_le_bytes(d.serialize()), d)?;
                    self.set(2, row, &v);
                    self.decimals.insert(key, v);
                }
            }
        }
        if let Some(u) = t.unit() {
            match self.units.get(u) {
                Some(v) => self.set(3, row, v),
                None => {
                    let v = PyString::new(py, &u.to_string()).into_any();
                    self.set(3, row, &v);
                    self.units.insert(u.clone(), v);
                }
            }
        }
        Ok(())
    }

    pub(crate) fn finish(self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
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
