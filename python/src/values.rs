//! The values: `Threshold` (指标值) and `Actual` (完成值), and the functions that parse them.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;

use jixiao::Threshold as RThreshold;

use crate::convert::{json_methods, opt_decimal, tag};
use crate::errors::{compare_error, parse_error};

/// `json_methods!` with `str`, and the getters of the quantity a value may hold (`inner.quantity()`):
/// `value`, its number in base units (value × magnitude), and `number`, as written; each with the
/// doc comment given before its name.
macro_rules! quantity_methods {
    (impl $ty:ident { $(#[doc = $value:tt])* value, $(#[doc = $number:tt])* number, $($body:tt)* }) => {
        json_methods! {
            impl $ty with str {
                $(#[doc = $value])*
                #[getter]
                fn value<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
                    opt_decimal(py, self.inner.quantity().map(|q| q.normalized()))
                }

                $(#[doc = $number])*
                #[getter]
                fn number<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
                    opt_decimal(py, self.inner.quantity().map(|q| q.value()))
                }

                $($body)*
            }
        }
    };
}

/// The `kind` of a threshold, as its JSON names it.
pub(crate) fn threshold_kind(t: &RThreshold) -> &'static str {
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

pub(crate) fn comparator_name(c: jixiao::Comparator) -> &'static str {
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
pub(crate) struct Threshold {
    pub(crate) inner: RThreshold,
}

quantity_methods! {
    impl Threshold {
        /// The number of a comparison in base units (value × magnitude: 20000 for 2万人).
        value,
        /// The number of a comparison as written (2 for 2万人).
        number,

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

        fn __repr__(&self) -> String {
            format!("Threshold({:?})", self.inner.to_string())
        }

        fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
            Ok((py.get_type::<Threshold>().into_any(), (self.inner.to_string(),)))
        }
    }
}

/// An Actual from a Python `Actual` or `str`.
pub(crate) fn actual_of(py: Python<'_>, v: &Bound<'_, PyAny>) -> PyResult<jixiao::Actual> {
    if let Ok(a) = v.cast::<Actual>() {
        return Ok(a.get().inner.clone());
    }
    let s: String = v.extract().map_err(|_| PyTypeError::new_err("an actual is a jixiao.Actual or a str"))?;
    jixiao::Actual::parse(&s).map_err(|e| parse_error(py, &e, &s))
}

/// What was achieved for one indicator (完成值).
#[pyclass(module = "jixiao", name = "Actual", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct Actual {
    pub(crate) inner: jixiao::Actual,
}

quantity_methods! {
    impl Actual {
        /// The number of a quantity or bound in base units.
        value,
        /// The number as written.
        number,

        #[new]
        fn py_new(py: Python<'_>, text: &str) -> PyResult<Actual> {
            parse_actual(py, text)
        }

        /// quantity, bound, band, date, period, not_applicable or text.
        #[getter]
        fn kind(&self) -> &'static str {
            use jixiao::Actual as A;
            match &self.inner {
                A::Quantity(_) => "quantity",
                A::Bound(_) => "bound",
                A::Band { .. } => "band",
                A::Date(_) => "date",
                A::Period(_) => "period",
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

        fn __repr__(&self) -> String {
            format!("Actual({:?})", self.inner.to_string())
        }
    }
}

/// Parses a 指标值. A deadline without a year (12月底前) is placed in `year` when given.
#[pyfunction]
#[pyo3(signature = (text, year = None))]
pub(crate) fn parse_threshold(py: Python<'_>, text: &str, year: Option<u16>) -> PyResult<Threshold> {
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
pub(crate) fn parse_actual(py: Python<'_>, text: &str) -> PyResult<Actual> {
    jixiao::Actual::parse(text).map(|inner| Actual { inner }).map_err(|e| parse_error(py, &e, text))
}
