//! The imported documents: `Imported`, its `Project`s and their `Indicator`s, and the import
//! functions.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::convert::{dict_of, json_methods, opt_decimal, path_of};
use crate::errors::{import_error, parse_error};
use crate::finding::{findings, Finding};
use crate::values::Threshold;

/// One indicator (三级指标) of a project.
#[pyclass(module = "jixiao", name = "Indicator", frozen)]
pub(crate) struct Indicator {
    pub(crate) inner: jixiao::Indicator,
}

json_methods! {
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
        fn __repr__(&self) -> String {
            format!("Indicator({:?}, {:?})", self.inner.name, self.inner.value())
        }
    }
}

/// A project (项目): its budget and indicators.
#[pyclass(module = "jixiao", name = "Project", frozen)]
pub(crate) struct Project {
    pub(crate) inner: jixiao::Project,
}

json_methods! {
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
        fn __repr__(&self) -> String {
            format!("Project({:?}, {} indicators)", self.inner.name, self.inner.indicators.len())
        }
    }
}

/// An imported document (导入结果): the projects found and the diagnostics.
#[pyclass(module = "jixiao", name = "Imported", frozen)]
pub(crate) struct Imported {
    pub(crate) inner: jixiao::import::Imported,
}

json_methods! {
    impl Imported {
        #[getter]
        fn projects(&self) -> Vec<Project> {
            self.inner.projects.iter().map(|p| Project { inner: p.clone() }).collect()
        }
        #[getter]
        fn diagnostics(&self) -> PyResult<Vec<Finding>> {
            findings(&self.inner.diagnostics)
        }
        /// Whether any diagnostic is an error.
        #[getter]
        fn has_errors(&self) -> bool {
            self.inner.has_errors()
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
}

/// Imports a target table or self-evaluation from a file: .docx, .xlsx, .xls, or text (TSV, CSV,
/// the text of a DOCX) in UTF-8, UTF-16 or GBK, told by content.
#[pyfunction]
pub(crate) fn import_file(py: Python<'_>, path: &Bound<'_, PyAny>) -> PyResult<Imported> {
    let path = path_of(path)?;
    let r = py.detach(|| jixiao::import::parse_file(&path));
    r.map(|inner| Imported { inner }).map_err(|e| import_error(py, &e))
}

/// Imports a document from its bytes; `name` (the file name) helps tell the format.
#[pyfunction]
#[pyo3(signature = (data, name = ""))]
pub(crate) fn import_bytes(py: Python<'_>, data: &Bound<'_, PyBytes>, name: &str) -> PyResult<Imported> {
    let bytes = data.as_bytes();
    let r = py.detach(|| jixiao::import::parse_bytes(bytes, name));
    r.map(|inner| Imported { inner }).map_err(|e| import_error(py, &e))
}

/// Imports a table from text (TSV, CSV or the text of a DOCX).
#[pyfunction]
pub(crate) fn import_text(py: Python<'_>, text: &str) -> PyResult<Imported> {
    let r = py.detach(|| jixiao::import::parse_text(text));
    r.map(|inner| Imported { inner }).map_err(|e| import_error(py, &e))
}

pub(crate) fn project_of(v: &Bound<'_, PyAny>) -> PyResult<jixiao::Project> {
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
