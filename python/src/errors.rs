//! The exception classes, and the crate's errors made into them with their attributes (`code`,
//! `en`, `zh` …).

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::convert::tag;

create_exception!(jixiao, Error, PyValueError, "Every error jixiao raises (a ValueError).");
create_exception!(jixiao, ParseError, Error, "A 指标值 or 完成值 that does not parse, with its code and position.");
create_exception!(jixiao, ImportFailed, Error, "An input that is no document the importers read at all (导入失败).");
create_exception!(jixiao, CompareError, Error, "An actual that cannot be compared with the target.");
create_exception!(jixiao, ScoreError, Error, "A project that cannot be scored.");
create_exception!(jixiao, MonitorError, Error, "A monitoring report that cannot be made.");

pub(crate) fn parse_error(py: Python<'_>, e: &jixiao::ParseError, text: &str) -> PyErr {
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

pub(crate) fn compare_error(py: Python<'_>, e: &jixiao::CompareError) -> PyErr {
    use jixiao::CompareError as C;
    let code = match e {
        C::IncompatibleUnits { .. } => "incompatible_units",
        C::NeedsQuantity => "needs_quantity",
        C::NeedsDate => "needs_date",
        C::NeedsYear => "needs_year",
        C::NeedsBand => "needs_band",
        C::UnsettledBound => "unsettled_bound",
        C::UnsettledDate => "unsettled_date",
        C::BareMagnitude { .. } => "bare_magnitude",
        C::NeedsBaseline => "needs_baseline",
        C::NeedsTolerance => "needs_tolerance",
        C::UnitOnlyInActual { .. } => "unit_only_in_actual",
        C::NotApplicable => "not_applicable",
        C::Overflow => "overflow",
        _ => "other",
    };
    with_attrs(py, CompareError::new_err(e.to_string()), code, e.to_string(), e.zh(), &[])
}

pub(crate) fn import_error(py: Python<'_>, e: &jixiao::import::ImportError) -> PyErr {
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

pub(crate) fn monitor_error(py: Python<'_>, e: &jixiao::monitor::MonitorError) -> PyErr {
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

pub(crate) fn score_error(py: Python<'_>, e: &jixiao::score::ScoreError) -> PyErr {
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

pub(crate) fn with_attrs(py: Python<'_>, err: PyErr, code: &str, en: String, zh: String, more: &[(&str, Py<PyAny>)]) -> PyErr {
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
