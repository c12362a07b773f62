//! The Python `Finding`: one class for the import diagnostics, review findings, scoring flags
//! and monitoring findings.

use pyo3::prelude::*;

use crate::convert::{json_of, tag, JSON_LOADS};

/// One finding of any report: an import diagnostic (I…), a review finding (J…), a scoring flag
/// (S…) or a monitoring finding (M…).
#[pyclass(module = "jixiao", name = "Finding", frozen, get_all)]
pub(crate) struct Finding {
    /// The stable code (I008, J007, S001, M001).
    code: String,
    /// error, warning or note: the code's.
    severity: String,
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

/// A report item of the crate that becomes a Python [`Finding`].
pub(crate) trait ToFinding {
    fn to_finding(&self) -> PyResult<Finding>;
}

/// The Python [`Finding`]s of `items`, in order.
pub(crate) fn findings<T: ToFinding>(items: &[T]) -> PyResult<Vec<Finding>> {
    items.iter().map(ToFinding::to_finding).collect()
}

/// Implements [`ToFinding`] for item types that have `code()`, `severity()`, `en()` and `zh()` and serialise as
/// their JSON; the other fields are given per type, of the item named `$f`.
macro_rules! to_finding {
    ($($t:ty => |$f:ident| { place: $place:expr, project: $project:expr, index: $index:expr $(,)? })*) => {$(
        impl ToFinding for $t {
            fn to_finding(&self) -> PyResult<Finding> {
                let $f = self;
                Ok(Finding {
                    code: $f.code().as_str().to_string(),
                    severity: tag(&$f.severity()),
                    en: $f.en().to_string(),
                    zh: $f.zh().to_string(),
                    place: $place,
                    project: $project,
                    index: $index,
                    json: json_of($f)?,
                })
            }
        }
    )*};
}

to_finding! {
    jixiao::import::Diagnostic => |d| { place: Some(d.place()), project: d.project, index: None }
    jixiao::review::Finding => |f| { place: None, project: None, index: f.index() }
    jixiao::monitor::Finding => |f| { place: None, project: None, index: f.index() }
    jixiao::score::Flag => |f| { place: None, project: None, index: f.index() }
}
