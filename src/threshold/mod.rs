//! [`Threshold`] (指标值): what a target says, and [`Comparator`].
//!
//! A threshold is one of four things: a comparison of a quantity (`≥2万人`, a bare `100%`), a
//! range (`90%-100%`), a deadline (`12月底前`), or a qualitative statement (`持续保障`). Parse one
//! with [`Threshold::parse`] or [`str::parse`]; its [`Display`](core::fmt::Display) prints a
//! canonical form that parses back to the same threshold.

mod eval;
pub(crate) mod parse;
#[cfg(feature = "serde")]
mod serde_impl;

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;

use crate::date::Deadline;
use crate::error::ParseError;
use crate::quantity::{Magnitude, Quantity};
use crate::unit::Unit;

pub use eval::Direction;

/// A comparison operator (指标性质 when written alone).
///
/// Word forms map by statute (民法典 第一千二百五十九条): 以上、以下、以内 include the number,
/// 不满、超过 exclude it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Comparator {
    /// ≥ (不低于, 不少于, 至少, 达到, …以上).
    Ge,
    /// \> (大于, 高于, 超过, 多于).
    Gt,
    /// ≤ (不高于, 不超过, 至多, 控制在…以内, …以下).
    Le,
    /// < (小于, 低于, 少于, 不足, 不满).
    Lt,
    /// = (等于, or a bare value such as `100%`).
    Eq,
}

impl Comparator {
    /// The symbol: `≥ > ≤ < =`.
    pub const fn symbol(self) -> &'static str {
        match self {
            Comparator::Ge => "≥",
            Comparator::Gt => ">",
            Comparator::Le => "≤",
            Comparator::Lt => "<",
            Comparator::Eq => "=",
        }
    }

    /// Whether `ordering` (actual compared with target) satisfies the comparator.
    pub fn holds(self, ordering: core::cmp::Ordering) -> bool {
        use core::cmp::Ordering::*;
        match self {
            Comparator::Ge => ordering != Less,
            Comparator::Gt => ordering == Greater,
            Comparator::Le => ordering != Greater,
            Comparator::Lt => ordering == Less,
            Comparator::Eq => ordering == Equal,
        }
    }
}

impl fmt::Display for Comparator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.symbol())
    }
}

/// A range with both ends inclusive (`90%-100%`, `1-3天`, `18—54周岁`). Both ends share the
/// magnitude and unit, as tables write them (`1-3万` is 1万 to 3万).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Range {
    /// The low end, in `magnitude` and `unit`.
    pub low: Decimal,
    /// The high end.
    pub high: Decimal,
    /// The magnitude of both ends.
    pub magnitude: Magnitude,
    /// The unit of both ends.
    pub unit: Unit,
}

impl Range {
    /// The low end as a quantity.
    pub fn low_quantity(&self) -> Quantity {
        Quantity { value: self.low, magnitude: self.magnitude, unit: self.unit.clone() }
    }

    /// The high end as a quantity.
    pub fn high_quantity(&self) -> Quantity {
        Quantity { value: self.high, magnitude: self.magnitude, unit: self.unit.clone() }
    }
}

/// The common kinds of qualitative (定性) targets, recognised from the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum QualitativeKind {
    /// 是 / 否.
    YesNo,
    /// Completion: 按时完成, 按期完工, 到位.
    Completion,
    /// Maintenance: 持续保障, 持续保持, 应保尽保, 正常运转.
    Maintenance,
    /// Improvement: 有所提升, 明显增加, 有效减轻.
    Improvement,
    /// Compliance: 符合相关规定, 严格按照….
    Compliance,
    /// A grade: 合格, 优良, 良好, 达标.
    Grade,
    /// Effect: 有效, 效果明显.
    Effect,
    /// Anything else.
    Other,
}

impl QualitativeKind {
    /// Recognises the kind of a qualitative text.
    pub fn of(text: &str) -> QualitativeKind {
        let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
        if matches!(text, "是" | "否" | "有" | "无") {
            QualitativeKind::YesNo
        } else if has(&["完成", "完工", "到位", "按时", "按期", "及时", "办结", "验收"]) {
            QualitativeKind::Completion
        } else if has(&["持续", "保障", "保持", "应保尽保", "稳定", "正常运", "长期"]) {
            QualitativeKind::Maintenance
        } else if has(&["提升", "提高", "增强", "增加", "改善", "加强", "减少", "降低", "减轻", "巩固", "促进"]) {
            QualitativeKind::Improvement
        } else if has(&["符合", "按照", "规定", "规范", "严格", "遵守"]) {
            QualitativeKind::Compliance
        } else if has(&["合格", "优良", "优秀", "良好", "达标", "优", "良"]) {
            QualitativeKind::Grade
        } else if has(&["有效", "明显", "显著", "效果"]) {
            QualitativeKind::Effect
        } else {
            QualitativeKind::Other
        }
    }
}

/// A qualitative (定性) target, kept as written.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Qualitative {
    /// The text as written (trimmed).
    pub text: Box<str>,
}

impl Qualitative {
    /// The recognised kind of the text.
    pub fn kind(&self) -> QualitativeKind {
        QualitativeKind::of(&self.text)
    }
}

/// A parsed 指标值 (target value).
///
/// ```
/// use jixiao::{Actual, Comparator, Threshold};
///
/// let t: Threshold = "≥2万人".parse()?;
/// assert_eq!(t.comparator(), Some(Comparator::Ge));
/// assert_eq!(t.quantity().unwrap().normalized().to_string(), "20000");
/// assert!(t.is_met(&"20000人".parse::<Actual>()?)?);
/// assert_eq!(t.to_string(), "≥2万人");
///
/// let q = Threshold::parse("持续保障")?;
/// assert!(q.is_qualitative());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Threshold {
    /// A comparison with a quantity: `≥513个`, `<2小时`, and bare values (`100%` is `=`).
    Compare {
        /// The comparator.
        op: Comparator,
        /// The quantity compared with.
        quantity: Quantity,
    },
    /// A range, both ends inclusive.
    Range(Range),
    /// A deadline or period.
    Deadline(Deadline),
    /// A qualitative statement.
    Qualitative(Qualitative),
}

impl Threshold {
    /// Parses a 指标值 as real tables write it. See the crate docs for the forms.
    ///
    /// # Errors
    /// An empty value, or one that looks numeric but is malformed (`≥2x万`), with the byte offset.
    pub fn parse(s: &str) -> Result<Threshold, ParseError> {
        parse::threshold(s)
    }

    /// The comparator of a comparison.
    pub fn comparator(&self) -> Option<Comparator> {
        match self {
            Threshold::Compare { op, .. } => Some(*op),
            _ => None,
        }
    }

    /// The quantity of a comparison.
    pub fn quantity(&self) -> Option<&Quantity> {
        match self {
            Threshold::Compare { quantity, .. } => Some(quantity),
            _ => None,
        }
    }

    /// The unit of a comparison or range.
    pub fn unit(&self) -> Option<&Unit> {
        match self {
            Threshold::Compare { quantity, .. } => Some(&quantity.unit),
            Threshold::Range(r) => Some(&r.unit),
            _ => None,
        }
    }

    /// True for a qualitative statement.
    pub fn is_qualitative(&self) -> bool {
        matches!(self, Threshold::Qualitative(_))
    }

    /// True for a comparison or a range (定量).
    pub fn is_quantitative(&self) -> bool {
        matches!(self, Threshold::Compare { .. } | Threshold::Range(_))
    }
}

impl FromStr for Threshold {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse::threshold(s)
    }
}

impl fmt::Display for Threshold {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Threshold::Compare { op, quantity } => write!(f, "{op}{quantity}"),
            // two bare decimals joined by a dash read as a dotted period (2023.07-2024.01);
            // spaced, they stay a range
            Threshold::Range(r) if r.unit.is_none() && r.magnitude == Magnitude::One && r.low.scale() > 0 && r.high.scale() > 0 => {
                write!(f, "{} - {}", r.low, r.high)
            }
            Threshold::Range(r) => write!(f, "{}-{}{}{}", r.low, r.high, r.magnitude, r.unit),
            Threshold::Deadline(d) => write!(f, "{d}"),
            Threshold::Qualitative(q) => f.write_str(&q.text),
        }
    }
}
