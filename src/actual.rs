//! [`Actual`] (完成值 / 实际完成值): what was achieved, as self-evaluation tables write it.

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;

use crate::date::PartialDate;
use crate::error::{ParseError, ParseErrorKind};
use crate::quantity::Quantity;
use crate::threshold::{parse, Threshold};

/// The assessor's band for a target (完成情况档次), as 绩效自评 uses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Band {
    /// 达成年度指标 (achieved).
    Achieved,
    /// 部分达成年度指标并具有一定效果 (partly achieved).
    Partial,
    /// 未达成年度指标且效果较差 (not achieved).
    NotAchieved,
}

impl Band {
    /// The Chinese wording of the band.
    pub const fn as_str(self) -> &'static str {
        match self {
            Band::Achieved => "达成年度指标",
            Band::Partial => "部分达成年度指标并具有一定效果",
            Band::NotAchieved => "未达成年度指标且效果较差",
        }
    }
}

impl fmt::Display for Band {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What was achieved for one indicator.
///
/// ```
/// use jixiao::{Actual, Band};
/// assert!(matches!("23333.56".parse::<Actual>()?, Actual::Quantity(_)));
/// assert!(matches!("达成预期指标".parse::<Actual>()?, Actual::Band { band: Band::Achieved, .. }));
/// assert!(matches!("2024年11月".parse::<Actual>()?, Actual::Date(_)));
/// assert_eq!("不适用".parse::<Actual>()?, Actual::NotApplicable);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Actual {
    /// A quantity, possibly without unit (`735`, `98%`, `12万元`). A comparator written before
    /// it (`≥266米`) or 及以上 after it is dropped: the achieved value is the number.
    Quantity(Quantity),
    /// A band stated by the assessor, with the score given inside it if any.
    Band {
        /// The band.
        band: Band,
        /// The score the assessor gave inside the band.
        score: Option<Decimal>,
    },
    /// A completion date.
    Date(PartialDate),
    /// The indicator does not apply (不适用); it is dropped from scoring.
    NotApplicable,
    /// Other text (`建设中`, `有效减轻`), kept as written; it meets a qualitative target only
    /// when it repeats the target's text.
    Text(Box<str>),
}

impl Actual {
    /// Parses an actual value. See [`Actual`] for the forms.
    ///
    /// # Errors
    /// An empty value, or one that looks numeric but is malformed (`5=50%`).
    pub fn parse(s: &str) -> Result<Actual, ParseError> {
        let (t, start) = parse::trim(s);
        if t.is_empty() {
            return Err(ParseError::new(ParseErrorKind::Empty, start));
        }
        if matches!(t, "不适用" | "不涉及" | "/" | "／" | "—" | "——" | "-" | "无此项") {
            return Ok(Actual::NotApplicable);
        }
        if let Some(band) = band_of(t) {
            return Ok(Actual::Band { band, score: None });
        }
        if let Some(d) = parse::actual_date(t) {
            return Ok(Actual::Date(d));
        }
        match parse::actual_threshold(t, start)? {
            Threshold::Compare { quantity, .. } => Ok(Actual::Quantity(quantity)),
            Threshold::Deadline(d) => Ok(Actual::Date(d.end)),
            Threshold::Qualitative(q) => Ok(Actual::Text(q.text)),
            Threshold::Range(_) => Ok(Actual::Text(t.into())),
        }
    }

    /// The quantity, if the actual is one.
    pub fn quantity(&self) -> Option<&Quantity> {
        match self {
            Actual::Quantity(q) => Some(q),
            _ => None,
        }
    }
}

/// Recognises the wording of a band.
fn band_of(t: &str) -> Option<Band> {
    const ACHIEVED: &[&str] = &[
        "达成",
        "已达成",
        "达成年度指标",
        "达成预期指标",
        "达成预期目标",
        "达成目标",
        "完成",
        "已完成",
        "全部完成",
        "按时完成",
        "按期完成",
        "如期完成",
        "达到",
        "已达到",
        "达到预期",
        "达到预期目标",
        "是",
        "合格",
        "达标",
        "符合",
        "符合要求",
        "按时",
        "及时",
    ];
    if ACHIEVED.contains(&t) {
        return Some(Band::Achieved);
    }
    if t.starts_with("部分达成")
        || t.starts_with("部分完成")
        || t.starts_with("基本达成")
        || t.starts_with("基本完成")
        || t.starts_with("基本达到")
    {
        return Some(Band::Partial);
    }
    if t.starts_with("未达成") || t.starts_with("未完成") || t.starts_with("未达到") || matches!(t, "否" | "不合格" | "不达标" | "未达标")
    {
        return Some(Band::NotAchieved);
    }
    None
}

impl FromStr for Actual {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Actual::parse(s)
    }
}

impl fmt::Display for Actual {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Actual::Quantity(q) => write!(f, "{q}"),
            Actual::Band { band, score: Some(s) } => write!(f, "{band}（{s}分）"),
            Actual::Band { band, score: None } => write!(f, "{band}"),
            Actual::Date(d) => write!(f, "{d}"),
            Actual::NotApplicable => f.write_str("不适用"),
            Actual::Text(t) => f.write_str(t),
        }
    }
}
