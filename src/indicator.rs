//! [`Indicator`] (绩效指标): one row of a target or self-evaluation table.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::actual::Actual;
use crate::error::{ParseError, ParseErrorKind};
use crate::level::{Level1, Level2};
use crate::threshold::Threshold;

/// One indicator row (绩效指标): levels, the 三级 name, the target value as written and as
/// parsed, and for self-evaluations the actual and the recorded score.
///
/// Nothing is lost: [`Indicator::value`] keeps the text as written, and [`Indicator::parsed`]
/// gives what it parsed to or why it did not. The two cannot disagree: the value is parsed
/// whenever it is set.
///
/// ```
/// use jixiao::{Indicator, Level1, Level2};
/// let i = Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "服务企业数量", "≥20000家");
/// assert_eq!(i.threshold().unwrap().to_string(), "≥20000家");
/// let bad = Indicator::new(None, None, "x", "≥2x万");
/// assert!(bad.threshold().is_none() && bad.error().is_some());
/// assert_eq!(bad.value(), "≥2x万");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Indicator {
    /// 一级指标.
    pub level1: Option<Level1>,
    /// 二级指标.
    pub level2: Option<Level2>,
    /// 三级指标: the indicator's own name.
    pub name: String,
    /// 绩效指标描述 / 指标解释, where the table has one.
    pub description: Option<String>,
    /// 指标值 as written.
    value: String,
    /// What `value` parsed to.
    parsed: Result<Threshold, ParseError>,
    /// 分值 / 权重, where given.
    pub weight: Option<Decimal>,
    /// 实际完成值 as written (self-evaluations); read with [`Indicator::parsed_actual`].
    pub actual: Option<String>,
    /// 得分 as recorded in the table (self-evaluations).
    pub score: Option<Decimal>,
    /// Other columns of the row, by header (绩效标准, 偏差原因分析, …).
    pub extra: BTreeMap<String, String>,
}

impl Default for Indicator {
    /// An indicator with no name and an empty value.
    fn default() -> Self {
        Indicator {
            level1: None,
            level2: None,
            name: String::new(),
            description: None,
            value: String::new(),
            parsed: Err(ParseError::new(ParseErrorKind::Empty, 0)),
            weight: None,
            actual: None,
            score: None,
            extra: BTreeMap::new(),
        }
    }
}

impl Indicator {
    /// An indicator whose value is parsed now.
    pub fn new(level1: Option<Level1>, level2: Option<Level2>, name: &str, value: &str) -> Indicator {
        let mut i = Indicator { level1, level2, name: name.trim().to_string(), ..Indicator::default() };
        i.set_value(value);
        i
    }

    /// Sets the 指标值 text and parses it.
    pub fn set_value(&mut self, value: &str) {
        self.value = value.to_string();
        self.parsed = Threshold::parse(value);
    }

    /// Sets a threshold built by hand; the value becomes its canonical text.
    ///
    /// ```
    /// use jixiao::{Comparator, Comparison, Indicator, Threshold};
    /// let mut i = Indicator::default();
    /// i.set_threshold(Comparison::new(Comparator::Le, "5%".parse()?).into());
    /// assert_eq!(i.value(), "≤5%");
    /// # Ok::<(), jixiao::ParseError>(())
    /// ```
    pub fn set_threshold(&mut self, threshold: Threshold) {
        self.value = threshold.to_string();
        self.parsed = Ok(threshold);
    }

    /// 指标值 as written.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The parsed 指标值, or why it did not parse.
    pub fn parsed(&self) -> Result<&Threshold, &ParseError> {
        self.parsed.as_ref()
    }

    /// The parsed 指标值, when it parsed.
    pub fn threshold(&self) -> Option<&Threshold> {
        self.parsed.as_ref().ok()
    }

    /// Why 指标值 did not parse, when it did not.
    pub fn error(&self) -> Option<&ParseError> {
        self.parsed.as_ref().err()
    }

    /// The recorded actual, parsed.
    pub fn parsed_actual(&self) -> Option<Result<Actual, ParseError>> {
        self.actual.as_deref().map(Actual::parse)
    }
}
