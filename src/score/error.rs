//! [`ScoreError`]: why an indicator or a project could not be scored.

use rust_decimal::Decimal;

use crate::actual::Band;
use crate::error::{CompareError, ParseError};

/// Why scoring (绩效自评打分) failed, and where.
///
/// Errors about one indicator are wrapped in [`ScoreError::At`], which names the row (0-based
/// position in the project and the 三级指标 name).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ScoreError {
    /// The actual cannot be compared with the target (different units, a date for a number…).
    #[error(transparent)]
    Compare(#[from] CompareError),
    /// A score given inside a band (档次) lies outside that band.
    #[error("score {score} is outside the band {band} ({low} to {high} of weight {weight})")]
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
    #[error("the target (指标值) does not parse: {0}")]
    Target(ParseError),
    /// The recorded 实际完成值 of an indicator did not parse.
    #[error("the actual (实际完成值) does not parse: {0}")]
    Actual(ParseError),
    /// No actual was given for an indicator.
    #[error("no actual (实际完成值) given")]
    MissingActual,
    /// Some indicators carry a weight (分值) and others do not.
    #[error("no weight (分值) while other indicators have one")]
    MissingWeight,
    /// Default weights are split by level 1 and this indicator has no level 1 the profile weighs.
    #[error("no default weight for level 1 `{0}`: give the indicators weights (分值)")]
    NoDefaultWeight(String),
    /// The budget lacks its total (全年预算数) or the executed amount (全年执行数).
    #[error("the budget needs a total (全年预算数) above zero and an executed amount (全年执行数)")]
    MissingBudget,
    /// Every indicator was marked not applicable, or the project has none.
    #[error("no applicable indicator to score")]
    NothingToScore,
    /// A profile whose settings contradict each other.
    #[error("invalid profile: {0}")]
    InvalidProfile(String),
    /// An amount too large for exact arithmetic.
    #[error("amount too large to score exactly")]
    Overflow,
    /// An error about one indicator.
    #[error("indicator {index} ({name}): {source}")]
    At {
        /// The 0-based position of the indicator in the project.
        index: usize,
        /// The 三级指标 name.
        name: String,
        /// What went wrong.
        source: Box<ScoreError>,
    },
}

impl ScoreError {
    /// Wraps the error with the indicator it concerns.
    pub(crate) fn at(self, index: usize, name: &str) -> ScoreError {
        ScoreError::At { index, name: name.to_string(), source: Box::new(self) }
    }
}
