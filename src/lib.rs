//! # jixiao — 预算绩效目标 (budget performance targets), typed and exact
//!
//! ## Overview
//!
//! Every budget-funded project in China files a 绩效目标表 (performance target table): a
//! project, its budget, and indicators in three levels with target values (指标值) such as
//! `≥2万人`, `≤5%`, `<2小时` or `持续保障`. After the year the same indicators are scored in a
//! 绩效自评表 (self-evaluation). `jixiao` is the typed model of those tables:
//!
//! - [`Threshold`] — a parsed 指标值: a comparison ([`Comparator`] + [`Quantity`]), a range, a
//!   [`Deadline`], or a qualitative statement; with [`Threshold::is_met`].
//! - [`Quantity`], [`Magnitude`] (万, 亿), [`Unit`] and [`Dimension`]: exact decimals with units
//!   that convert within a dimension (`1天` = `24小时`) and refuse to compare across (`人` vs `家`).
//! - [`Actual`] — what was achieved (完成值).
//! - [`Indicator`], [`Level1`], [`Level2`], [`Project`], [`Budget`], [`BudgetUnit`].
//! - The year of a project, step by step: [`import`] reads the target table (绩效目标表),
//!   [`review`] checks it (绩效目标审核), [`monitor`] lights its progress during the year
//!   (绩效运行监控: 红/黄/绿/蓝灯), [`score`] scores it after the year (绩效自评).
//!
//! ```
//! use jixiao::monitor::{Light, Profile, Progress, Report};
//! use jixiao::{Indicator, Level1, Level2, Project};
//!
//! let mut p = Project::new("环境应急与事故调查");
//! p.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "完成工作目标", "≥3份"));
//! let mut report = Report::new(p, 7)?; // 1–7月: 序时进度 7/12
//! report.set_progress(Progress::new(0).completed("1份"));
//! let item = &Profile::central().monitor(&report).items[0];
//! assert_eq!(item.signal.as_ref().unwrap().light, Light::Red); // 1 ÷ (3 × 7/12) = 57.14% < 60
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! All amounts are [`rust_decimal::Decimal`]; nothing is a float. Parsers never panic and
//! report errors with byte offsets.
//!
//! ## Examples
//!
//! ```
//! use jixiao::{Actual, Comparator, Threshold};
//!
//! let t: Threshold = "不低于95%".parse()?;
//! assert_eq!(t.comparator(), Some(Comparator::Ge));
//! assert_eq!(t.to_string(), "≥95%");
//! assert!(t.is_met(&"98%".parse::<Actual>()?)?);
//! assert!(!t.is_met(&"94.5%".parse::<Actual>()?)?);
//!
//! // magnitudes and units convert
//! let t: Threshold = "≥2万人".parse()?;
//! assert!(t.is_met(&"20000人".parse::<Actual>()?)?);
//!
//! // the split-column form 指标性质 | 指标值 | 度量单位
//! let t: Threshold = "≧|735|人次".parse()?;
//! assert_eq!(t.to_string(), "≥735人次");
//!
//! // malformed numbers are errors with their position
//! let e = "≥2x万".parse::<Threshold>().unwrap_err();
//! assert_eq!((e.offset(), e.char_offset()), (4, 2));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Crate features
//!
//! - `serde` (default): `Serialize`/`Deserialize` for every public type. Decimals are JSON
//!   strings; a threshold is an object with its kind and canonical text, and deserialises from
//!   that object or from a plain string.
//! - `schemars` (default): JSON Schema (draft 2020-12) of every type; see `schema::json_schema`.
//! - `proptest`: `arbitrary` strategies for [`Threshold`], [`Quantity`] and [`Actual`].

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod actual;
mod comparator;
mod date;
mod error;
mod grade;
mod grammar;
pub mod import;
mod indicator;
mod level;
pub mod monitor;
mod project;
mod quantity;
pub mod review;
pub mod score;
#[cfg(feature = "serde")]
mod serde_impls;
mod severity;
mod text;
mod threshold;
mod unit;

#[cfg(feature = "proptest")]
pub mod arbitrary;
#[cfg(feature = "schemars")]
pub mod schema;

pub use actual::{Actual, ActualText, Band};
pub use comparator::Comparator;
pub use date::{Deadline, PartialDate};
pub use error::{CompareError, ParseError, ParseErrorKind};
pub use grade::Grade;
pub use indicator::Indicator;
pub use level::{Level1, Level2, OtherName};
pub use project::{Budget, BudgetUnit, MoneyUnit, Project};
pub use quantity::{Magnitude, Quantity};
pub use severity::Severity;
pub use threshold::{Comparison, Direction, Qualitative, QualitativeKind, Range, Threshold};
pub use unit::{Dimension, KnownUnit, OtherUnit, Rate, Unit};

/// Re-export of the decimal type used for every amount.
pub use rust_decimal::Decimal;

/// The README's examples, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
