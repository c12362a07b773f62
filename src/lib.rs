//! # jixiao — 预算绩效目标 (budget performance targets), typed and exact
//!
//! Every budget-funded project in China files a 绩效目标表 (performance target table): a
//! project, its budget, and indicators in three levels with target values (指标值) such as
//! `≥2万人`, `≤5%`, `<2小时` or `持续保障`. During the year its progress is monitored
//! (绩效运行监控), and after it the same indicators are scored in a 绩效自评表
//! (self-evaluation). `jixiao` is the typed, exact model of those tables. Every amount is a
//! [`Decimal`]; nothing is a float. Nothing panics on any input, and what the crate cannot be
//! sure of is an error or a flag that says why, never a quiet guess.
//!
//! # The map
//!
//! Four layers, each built on the one before:
//!
//! | layer | what | where |
//! |---|---|---|
//! | values | a 指标值 or 完成值 read into types | [`Threshold`] ([`Comparison`], [`Range`], [`Deadline`], [`Qualitative`]), [`Actual`], [`Quantity`], [`Unit`], [`PartialDate`] |
//! | tables | projects, their budgets and indicators, read from published tables | [`Project`], [`Budget`], [`Indicator`], [`Level1`], [`Level2`]; [`import`] |
//! | judgement | the checks of a finance reviewer before the year (绩效目标审核), the lights of mid-year monitoring (绩效运行监控), the score after it (绩效自评) | [`review`], [`monitor`], [`score`] |
//! | JSON | every type in JSON, described by a JSON Schema for other languages | feature `serde`; [`schema`] (feature `schemars`) |
//!
//! `use jixiao::prelude::*;` is the way in: the common types under names that never collide
//! (the [`prelude`] names each report kind's `Code`, `Finding` and `Profile` for its module).
//! Each task has one entry point: [`import::parse_file`] (and `parse_bytes`, `parse_text`),
//! [`review::review`] (or [`review::Reviewer`] with local rules), [`score::Profile::score`] with
//! [`score::join`] to match a separate self-evaluation, and [`monitor::Profile::monitor`].
//!
//! ## Values
//!
//! ```
//! use jixiao::{Actual, Comparator, Threshold};
//!
//! let t: Threshold = "不低于95%".parse()?;
//! assert_eq!(t.comparator(), Some(Comparator::Ge));
//! assert_eq!(t.to_string(), "≥95%");
//! assert!(t.is_met(&"98%".parse::<Actual>()?)?);
//!
//! // magnitudes and units convert; counts of different things never compare
//! assert!("≥2万人".parse::<Threshold>()?.is_met(&"20000人".parse::<Actual>()?)?);
//! assert!("≤24小时".parse::<Threshold>()?.is_met(&"1天".parse::<Actual>()?)?);
//! assert!("≥2万人".parse::<Threshold>()?.is_met(&"2万家".parse::<Actual>()?).is_err());
//!
//! // dates are deadlines, 分 is points, approximations are no units
//! assert_eq!("2025年第三季度".parse::<Threshold>()?.to_string(), "2025年7月-2025年9月");
//! assert_eq!("≥90分".parse::<Threshold>()?.to_string(), "≥90分");
//! assert_eq!("2000人左右".parse::<Threshold>()?.to_string(), "约2000人");
//!
//! // a malformed number is an error with its position, in English and Chinese
//! let e = "≥2x万".parse::<Threshold>().unwrap_err();
//! assert_eq!(e.to_string(), "expected a unit, a range or the end at character 3 (byte offset 4)");
//! assert_eq!(e.zh(), "第3个字符处应为单位、区间或结尾");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The types have private fields behind checked constructors, so that a value built by hand
//! prints and reads back like a parsed one: [`Comparison::new`], [`Range::new`],
//! [`Quantity::new`], [`PartialDate::new`], [`Deadline::period`], [`Qualitative::new`].
//!
//! ## Tables
//!
//! ```
//! let text = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t设备更新改造\t≥1套\n\t质量指标\t验收通过率\t≥95%\n";
//! let doc = jixiao::import::parse_text(text)?;
//! let p = &doc.projects[0];
//! assert_eq!(p.indicators[1].level1, Some(jixiao::Level1::Output)); // a merged cell, filled down
//! assert_eq!(p.indicators[1].threshold().unwrap().to_string(), "≥95%");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Review and score
//!
//! ```
//! use jixiao::review::review;
//! use jixiao::score::{Actuals, Profile};
//! use jixiao::{Budget, Decimal, Grade, Indicator, Level1, Level2, Project};
//!
//! let mut p = Project::new("示例项目");
//! p.budget = Budget::fiscal_only(Decimal::from(100));
//! p.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "服务人数", "≥2万人"));
//! p.indicators.push(Indicator::new(Some(Level1::Benefit), Some(Level2::Social), "政策知晓率", "≥95%"));
//! p.indicators.push(Indicator::new(Some(Level1::Satisfaction), Some(Level2::Satisfaction), "满意度", "≥90%"));
//! assert!(review(&p).is_empty());
//!
//! // what was achieved: the executed budget (全年执行数) and each indicator's actual
//! let actuals = Actuals::new().executed(Decimal::from(95)).at(0, "20000人".parse()?).at(1, "76%".parse()?).at(2, "92%".parse()?);
//! let card = Profile::central().score(&p, &actuals)?;
//! assert_eq!((card.total, card.grade), (Some("93.50".parse()?), Some(Grade::Excellent)));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Monitoring during the year
//!
//! Between the targets and the scores, the progress of each indicator is lit against the
//! calendar (序时进度 = month ÷ 12): 红/黄/绿/蓝灯, with the rule that gave the light and the
//! reasons a red or yellow light needs.
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
//! ## JSON
//!
//! Decimals are strings (`"381.00"`), a threshold is an object with its `kind` and canonical
//! text (read also from a plain string), levels are `{kind, name}`. Reading checks what a
//! constructor checks: a date that cannot exist, a range upside down or an indicator whose value
//! contradicts its threshold is refused with a message in the reader's terms.
//!
//! # Errors
//!
//! One design for every error of the crate. Each stage has its error:
//!
//! | stage | error | position |
//! |---|---|---|
//! | reading a value | [`ParseError`], kinds [`ParseErrorKind`] | byte and character offset in the value |
//! | comparing an actual with a target | [`CompareError`] | — |
//! | importing a document | [`import::ImportError`]; problems inside a document are [`import::Diagnostic`]s with stable codes | line (and cell) of the document |
//! | scoring | [`score::ScoreError`]; on a whole scorecard, [`score::Flag`]s with stable codes | the indicator's position |
//!
//! Each is `#[non_exhaustive]` and has a kind to match on (the enum itself, or
//! [`ParseError::kind`]). `Display` gives the message in English, and a `zh()` method the same
//! in Chinese, everywhere. Positions in messages count characters from 1, as people do. An
//! error caused by another returns it from [`source`](std::error::Error::source) and does not
//! repeat it in its own message, so a chain printed by `anyhow` or `eyre` reads once
//! (`the actual (实际完成值) does not parse: expected a number at character 1 (byte offset 0)`).
//! Every message is pinned by a snapshot test.
//!
//! # Crate features
//!
//! - `serde` (default): `Serialize`/`Deserialize` for every public type.
//! - `schemars` (default): JSON Schema (draft 2020-12) of every document; see
//!   [`schema::json_schema`].
//! - `proptest`: [`arbitrary`] strategies and `Arbitrary` for [`Threshold`], [`Quantity`] and
//!   [`Actual`], for property tests of code that uses them.
//! - `docx`: [`import::docx`], Word documents (`.docx`) read straight from the file.
//! - `xlsx`: [`import::xlsx`], workbooks (`.xlsx`, `.xls`) read with calamine.
//!
//! Without `docx` or `xlsx`, [`import::parse_file`] still recognises those files and answers
//! with an error that names the feature to turn on.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod actual;
mod codes;
mod comparator;
mod date;
mod error;
mod finding_type;
mod grade;
mod grammar;
pub mod import;
mod indicator;
mod latin_units;
mod level;
mod markdown;
mod message;
pub mod monitor;
pub mod prelude;
mod project;
mod quantity;
mod reverse;
pub mod review;
pub mod score;
#[cfg(feature = "serde")]
mod serde_impls;
mod severity;
mod subject;
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
pub use grade::{Grade, GradeBands};
pub use indicator::Indicator;
pub use level::{Level1, Level2, OtherName};
pub use message::{Chinese, Message};
pub use project::{Budget, BudgetUnit, MoneyUnit, Project};
pub use quantity::{Magnitude, Quantity};
pub use severity::Severity;
pub use subject::Subject;
pub use threshold::{Baseline, Change, Comparison, Direction, Qualitative, QualitativeKind, Range, Relative, Threshold};
pub use unit::{Dimension, KnownUnit, OtherUnit, Rate, Unit};

/// Re-export of the decimal type used for every amount.
pub use rust_decimal::Decimal;

/// The README's examples, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
