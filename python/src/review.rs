//! The target review (绩效目标审核).

use pyo3::prelude::*;

use crate::convert::{json_methods, tag};
use crate::documents::project_of;
use crate::finding::{findings, Finding};

/// A target review (绩效目标审核): the findings and the grade.
#[pyclass(module = "jixiao", name = "Review", frozen)]
pub(crate) struct Review {
    pub(crate) inner: jixiao::review::Review,
}

json_methods! {
    impl Review with str {
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
            findings(self.inner.findings())
        }
        /// The codes of the findings, in order.
        #[getter]
        fn codes(&self) -> Vec<String> {
            self.inner.findings().iter().map(|f| f.code().as_str().to_string()).collect()
        }
        fn __len__(&self) -> usize {
            self.inner.len()
        }
        fn __repr__(&self) -> String {
            format!("Review({:?}, {} findings)", self.inner.project(), self.inner.len())
        }
    }
}

/// Reviews a target table (绩效目标审核) with the default rules.
#[pyfunction]
pub(crate) fn review(py: Python<'_>, project: &Bound<'_, PyAny>) -> PyResult<Review> {
    let p = project_of(project)?;
    Ok(Review { inner: py.detach(|| jixiao::review::review(&p)) })
}
