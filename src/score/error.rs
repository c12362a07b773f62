//! [`ScoreError`]: why an indicator or a project could not be scored.

use rust_decimal::Decimal;

use crate::actual::Band;
use crate::error::{CompareError, ParseError};

/// Why scoring (绩效自评打分) failed, and where.
///
/// [`Profile::score`](super::Profile::score) scores every item it can and marks the others
/// with the reason (a [`Flag`](super::Flag) with the indicator's position); it fails as a whole
/// only for a profile that contradicts itself or numbers too large to add.
/// [`Profile::score_indicator`](super::Profile::score_indicator) fails for the one indicator it
/// scores. A parse error behind [`ScoreError::Target`] or [`ScoreError::Actual`] is its
/// [`source`](std::error::Error::source), not repeated in its message.
///
/// `Display` gives the English message, [`ScoreError::zh`] the Chinese one.
///
/// ```
/// use std::error::Error;
/// use jixiao::score::{Profile, ScoreError};
/// use jixiao::Decimal;
///
/// let e = Profile::central().score_indicator(&"≥2万人".parse()?, &"2万家".parse()?, Decimal::TEN).unwrap_err();
/// assert_eq!(e.to_string(), "cannot compare 家 with 人: different units");
/// assert_eq!(e.zh(), "单位不同，无法比较：完成值为家，目标为人");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ScoreError {
    /// The actual cannot be compared with the target (different units, a date for a number…).
    #[error(transparent)]
    Compare(#[from] CompareError),
    /// A score given inside a band (档次) lies outside that band.
    #[error("score {score} is outside the band {band} ({low} to {high} of weight {weight})", band = band.en())]
    BandScoreOutOfRange {
        /// The band stated.
        band: Band,
        /// The score given.
        score: Decimal,
        /// The lowest score of the band.
        low: Decimal,
        /// The highest score of the band (exclusive except for 达成).
        high: Decimal,
        /// The indicator's weight.
        weight: Decimal,
    },
    /// The actual says the indicator does not apply (不适用); it has no score of its own.
    #[error("the indicator does not apply (不适用)")]
    NotApplicable,
    /// A weight (分值) below zero.
    #[error("negative weight {0}")]
    NegativeWeight(Decimal),
    /// The 指标值 of an indicator did not parse.
    #[error("the target (指标值) does not parse")]
    Target(#[source] ParseError),
    /// The recorded 实际完成值 of an indicator did not parse.
    #[error("the actual (实际完成值) does not parse")]
    Actual(#[source] ParseError),
    /// No actual was given for an indicator.
    #[error("no actual (实际完成值) given")]
    MissingActual,
    /// An answer that states no band and does not repeat a qualitative target.
    #[error("the answer `{0}` states no band (达成 / 部分达成 / 未达成) and does not repeat the target")]
    UnrecognisedAnswer(String),
    /// Some indicators carry a weight (分值) and others do not.
    #[error("no weight (分值) while other indicators have one")]
    MissingWeight,
    /// Default weights are split by level 1 and this indicator has no level 1 the profile weighs.
    #[error("no default weight for level 1 `{0}`: give the indicators weights (分值)")]
    NoDefaultWeight(String),
    /// The budget lacks its total (全年预算数) or the executed amount (全年执行数).
    #[error("the budget needs a total (全年预算数) above zero and an executed amount (全年执行数)")]
    MissingBudget,
    /// A profile whose settings contradict each other.
    #[error("invalid profile: {0}")]
    InvalidProfile(super::ProfileProblem),
    /// An amount too large for exact arithmetic.
    #[error("amount too large to score exactly")]
    Overflow,
}

impl ScoreError {
    /// The message in Chinese, with its cause where it has one.
    pub fn zh(&self) -> String {
        match self {
            ScoreError::Compare(e) => e.zh(),
            ScoreError::BandScoreOutOfRange { band, score, low, high, weight } => {
                format!("得分{score}不在档次「{band}」的范围内（分值{weight}的{low}至{high}）")
            }
            ScoreError::NotApplicable => "该指标不适用".to_string(),
            ScoreError::NegativeWeight(w) => format!("分值为负数（{w}）"),
            ScoreError::Target(e) => format!("指标值无法解析：{}", e.zh()),
            ScoreError::Actual(e) => format!("实际完成值无法解析：{}", e.zh()),
            ScoreError::MissingActual => "未填写实际完成值".to_string(),
            ScoreError::UnrecognisedAnswer(a) => format!("完成情况「{a}」未说明达成档次，也与指标值不同"),
            ScoreError::MissingWeight => "其他指标有分值而本指标没有".to_string(),
            ScoreError::NoDefaultWeight(l) => format!("一级指标「{l}」没有默认分值，请为指标填写分值"),
            ScoreError::MissingBudget => "预算需要大于0的全年预算数和全年执行数".to_string(),
            ScoreError::InvalidProfile(m) => format!("评分方案设置矛盾：{}", m.zh()),
            ScoreError::Overflow => "数额过大，无法精确计算".to_string(),
        }
    }

    /// The English message with its causes (`the actual (实际完成值) does not parse: expected a
    /// number at character 1 (byte offset 0)`), for a reader that shows one line.
    ///
    /// ```
    /// use jixiao::score::{Actuals, Profile, ScoreError};
    /// use jixiao::Decimal;
    /// let e = Profile::central().score_indicator(&"≥95%".parse()?, &jixiao::Actual::NotApplicable, Decimal::TEN).unwrap_err();
    /// assert_eq!(e, ScoreError::NotApplicable);
    /// assert_eq!(e.with_causes(), e.to_string()); // no cause behind it
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_causes(&self) -> String {
        let mut out = self.to_string();
        let mut cause = std::error::Error::source(self);
        while let Some(e) = cause {
            out.push_str(": ");
            out.push_str(&e.to_string());
            cause = e.source();
        }
        out
    }
}
