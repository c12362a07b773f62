//! Monitoring (绩效运行监控): the imported monitoring tables, their reports and the lights.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyList;

use crate::convert::{dict_of, json_methods, path_of, tag};
use crate::documents::Project;
use crate::errors::monitor_error;
use crate::finding::{findings, Finding};

/// A monitoring report (绩效监控表) of one project.
#[pyclass(module = "jixiao", name = "MonitorReport", frozen)]
pub(crate) struct MonitorReport {
    pub(crate) inner: jixiao::monitor::Report,
}

json_methods! {
    impl MonitorReport {
        #[getter]
        fn project(&self) -> Project {
            Project { inner: self.inner.project.clone() }
        }
        #[getter]
        fn month(&self) -> u8 {
            self.inner.month()
        }
        fn __repr__(&self) -> String {
            format!("MonitorReport({:?}, month={})", self.inner.project.name, self.inner.month())
        }
    }
}

/// Imported monitoring tables: a report per project, and the diagnostics.
#[pyclass(module = "jixiao", name = "MonitorImported", frozen)]
pub(crate) struct MonitorImported {
    pub(crate) inner: jixiao::monitor::import::ImportedReports,
}

json_methods! {
    impl MonitorImported {
        #[getter]
        fn reports(&self) -> Vec<MonitorReport> {
            self.inner.reports.iter().map(|r| MonitorReport { inner: r.clone() }).collect()
        }
        #[getter]
        fn diagnostics(&self) -> PyResult<Vec<Finding>> {
            findings(&self.inner.diagnostics)
        }
        fn __len__(&self) -> usize {
            self.inner.reports.len()
        }
        fn __repr__(&self) -> String {
            format!("MonitorImported({} reports, {} diagnostics)", self.inner.reports.len(), self.inner.diagnostics.len())
        }
    }
}

/// The lights of one monitoring report (预警灯), and its findings.
#[pyclass(module = "jixiao", name = "MonitorSummary", frozen)]
pub(crate) struct MonitorSummary {
    pub(crate) inner: jixiao::monitor::Summary,
}

json_methods! {
    impl MonitorSummary with str {
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
            findings(&self.inner.findings)
        }
        fn __repr__(&self) -> String {
            let worst = self.worst().map_or("None".to_string(), |w| format!("{w:?}"));
            format!("MonitorSummary({:?}, month={}, worst={worst})", self.inner.project, self.inner.month)
        }
    }
}

pub(crate) fn monitor_profile(name: &str) -> PyResult<jixiao::monitor::Profile> {
    match name {
        "central" => Ok(jixiao::monitor::Profile::central()),
        "checkpoints" => Ok(jixiao::monitor::Profile::checkpoints()),
        other => Err(PyValueError::new_err(format!("no monitoring profile {other:?}: central or checkpoints"))),
    }
}

/// Imports monitoring tables (绩效监控表) from a file (TSV, CSV, .xlsx, .xls, .docx).
#[pyfunction]
#[pyo3(signature = (path, month = None))]
pub(crate) fn import_monitor(py: Python<'_>, path: &Bound<'_, PyAny>, month: Option<u8>) -> PyResult<MonitorImported> {
    let path = path_of(path)?;
    let r = py.detach(|| jixiao::monitor::import::parse_file(&path, month));
    r.map(|inner| MonitorImported { inner }).map_err(|e| monitor_error(py, &e))
}

/// Lights a monitoring report (绩效运行监控): a MonitorReport gives its MonitorSummary; a path
/// (str or os.PathLike) is imported first (import_monitor) and gives a list, one per project.
/// `month` overrides the month reported.
#[pyfunction]
#[pyo3(signature = (report_or_path, month = None, profile = "central"))]
pub(crate) fn monitor<'py>(
    py: Python<'py>,
    report_or_path: &Bound<'py, PyAny>,
    month: Option<u8>,
    profile: &str,
) -> PyResult<Bound<'py, PyAny>> {
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
