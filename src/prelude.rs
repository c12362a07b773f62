//! The way in (常用类型): `use jixiao::prelude::*;` brings the types a user meets together, with
//! names that do not collide. The four report kinds each have a `Code`, and review and
//! monitoring each a `Finding` and a `Profile`; here they are named for their module
//! (`ReviewCode`, `MonitorFinding`, `ScoreProfile` …). The modules keep their own names for code
//! that works in one of them.
//!
//! ```
//! use jixiao::prelude::*;
//!
//! let mut p = Project::new("社区养老服务补助");
//! p.budget = Budget::fiscal_only(Decimal::from(50));
//! p.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "服务老人数", "≥500人"));
//! let r: Review = jixiao::review::review(&p);
//! assert!(r.iter().any(|f| f.code() == ReviewCode::NoBenefit));
//! let t: Threshold = "≥500人".parse()?;
//! assert_eq!(t.comparator(), Some(Comparator::Ge));
//! let card = ScoreProfile::central().score(&p, &Actuals::new().at(0, "520人".parse()?));
//! assert!(card.is_ok());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub use crate::{
    Actual, Budget, Comparator, Comparison, Deadline, Decimal, Direction, Grade, Indicator, Level1, Level2, Project, Quantity, Severity,
    Threshold, Unit,
};

pub use crate::import::{Code as ImportCode, Diagnostic, ImportError, Imported, Options as ImportOptions};
pub use crate::monitor::{
    Code as MonitorCode, Finding as MonitorFinding, Light, Profile as MonitorProfile, Report as MonitorReport, Summary as MonitorSummary,
};
pub use crate::review::{Code as ReviewCode, Finding as ReviewFinding, Review, Reviewer};
pub use crate::score::{Actuals, Flag, FlagCode, Join, Profile as ScoreProfile, Scorecard};
