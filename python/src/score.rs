//! Scoring a self-evaluation (绩效自评).

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::convert::{dict_of, json_methods, opt_decimal, py_decimal, tag};
use crate::documents::{project_of, Imported, Project};
use crate::errors::score_error;
use crate::finding::{findings, Finding};
use crate::values::actual_of;

/// A scored self-evaluation (绩效自评).
#[pyclass(module = "jixiao", name = "Scorecard", frozen)]
pub(crate) struct Scorecard {
    pub(crate) inner: jixiao::score::Scorecard,
}

json_methods! {
    impl Scorecard with str {
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
            findings(&self.inner.flags)
        }
        fn __repr__(&self) -> String {
            let total = self.inner.total.map_or("None".to_string(), |t| t.to_string());
            format!("Scorecard({:?}, total={total})", self.inner.project)
        }
    }
}

pub(crate) fn score_profile(name: &str) -> PyResult<jixiao::score::Profile> {
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
pub(crate) fn score(py: Python<'_>, project: &Bound<'_, PyAny>, actuals: Option<&Bound<'_, PyAny>>, profile: &str) -> PyResult<Scorecard> {
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
