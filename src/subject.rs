//! [`Subject`] (对象): what a review finding or a monitoring finding concerns — the project, its
//! budget line, or one indicator. One type for both, so that the two kinds of report name their
//! place alike.

use core::fmt;

use crate::indicator::Indicator;

/// What a finding is about: the project as a whole (its table), its budget line (预算执行, in
/// monitoring), or one indicator.
///
/// ```
/// use jixiao::{Indicator, Subject};
/// let i = Indicator::new(None, None, "响应及时率", "≥95%");
/// let s = Subject::indicator(2, &i);
/// assert_eq!(s.index(), Some(2));
/// assert_eq!(s.to_string(), "指标3「响应及时率」"); // numbered from 1, as a reader counts rows
/// assert_eq!(Subject::Project.to_string(), "项目");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Subject {
    /// 预算执行: the budget line (monitoring).
    Budget,
    /// The project (项目) as a whole: its budget or its table.
    Project,
    /// One indicator (绩效指标).
    Indicator {
        /// Position in [`Project::indicators`](crate::Project::indicators), from 0.
        index: usize,
        /// The 三级 name as written.
        name: String,
    },
}

impl Subject {
    /// The subject for the indicator at `index`.
    pub fn indicator(index: usize, indicator: &Indicator) -> Subject {
        Subject::Indicator { index, name: indicator.name.clone() }
    }

    /// The indicator's index, if the subject is one.
    ///
    /// ```
    /// use jixiao::Subject;
    /// assert_eq!(Subject::Indicator { index: 4, name: "系统故障率".into() }.index(), Some(4));
    /// assert_eq!(Subject::Budget.index(), None);
    /// ```
    pub fn index(&self) -> Option<usize> {
        match self {
            Subject::Indicator { index, .. } => Some(*index),
            _ => None,
        }
    }
}

impl fmt::Display for Subject {
    /// `项目`, `预算执行` or `指标3「响应及时率」` (numbered from 1).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Budget => f.write_str("预算执行"),
            Subject::Project => f.write_str("项目"),
            Subject::Indicator { index, name } => write!(f, "指标{}「{}」", index.saturating_add(1), name),
        }
    }
}
