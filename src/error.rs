//! Error types, with the byte offset of what went wrong.

use core::fmt;

use crate::unit::Unit;

/// Why a 指标值 (target value) or 完成值 (actual) did not parse.
///
/// `offset` is the byte offset in the text handed to the parser where the problem starts, so a
/// caller can point at it. Messages are short and lower-case, in the style of `semver`.
///
/// ```
/// let err = "≥2x万".parse::<jixiao::Threshold>().unwrap_err();
/// assert_eq!(err.offset, 4);
/// assert_eq!(err.to_string(), "expected a unit, a range or the end at byte 4");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct ParseError {
    /// What went wrong.
    pub kind: ParseErrorKind,
    /// Byte offset in the input where it went wrong.
    pub offset: usize,
}

impl ParseError {
    pub(crate) const fn new(kind: ParseErrorKind, offset: usize) -> Self {
        ParseError { kind, offset }
    }

    /// The same error with its offset moved by `by` bytes (for text parsed inside a larger text).
    #[must_use]
    pub fn shifted(mut self, by: usize) -> Self {
        self.offset += by;
        self
    }
}

/// The kinds of [`ParseError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The value is empty (空值).
    Empty,
    /// A number was expected (after a comparator, or in a range).
    ExpectedNumber,
    /// After a number: a unit, a range separator, a suffix such as 以上, or the end.
    ExpectedUnitOrEnd,
    /// Text follows a complete value.
    TrailingText,
    /// The number does not fit an exact decimal (more than 28 digits, or beyond ±7.9×10²⁸).
    NumberTooLarge,
    /// The number has more than 28 decimal places; it would have to be rounded.
    TooManyDecimals,
    /// A date with an impossible month or day.
    InvalidDate,
    /// A comparator prefix and suffix that disagree (`不低于5%以下`).
    ConflictingComparators,
    /// The two ends of a range carry different units (`5人-8家`).
    RangeUnitMismatch,
    /// A range whose low end is above its high end.
    RangeReversed,
    /// A comparator on a range (`≥1-3天`).
    ComparatorOnRange,
    /// In the split-column form, the value's unit and the unit column disagree
    /// (`|28.8万元|%`).
    UnitColumnConflict,
    /// The split-column form (`symbol|value|unit`) with something other than a comparator in the
    /// first column.
    BadComparatorColumn,
    /// The text is not a recognised 完成值 (actual).
    UnrecognisedActual,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            ParseErrorKind::Empty => return f.write_str("empty value"),
            ParseErrorKind::ExpectedNumber => "expected a number",
            ParseErrorKind::ExpectedUnitOrEnd => "expected a unit, a range or the end",
            ParseErrorKind::TrailingText => "unexpected text after the value",
            ParseErrorKind::NumberTooLarge => "number too large for an exact decimal",
            ParseErrorKind::TooManyDecimals => "more than 28 decimal places",
            ParseErrorKind::InvalidDate => "invalid date",
            ParseErrorKind::ConflictingComparators => "comparator prefix and suffix disagree",
            ParseErrorKind::RangeUnitMismatch => "the ends of the range have different units",
            ParseErrorKind::RangeReversed => "the low end of the range is above the high end",
            ParseErrorKind::ComparatorOnRange => "a range cannot take a comparator",
            ParseErrorKind::UnitColumnConflict => "the value's unit differs from the unit column",
            ParseErrorKind::BadComparatorColumn => "expected a comparator in the first column",
            ParseErrorKind::UnrecognisedActual => "not a recognised actual value",
        };
        write!(f, "{what} at byte {}", self.offset)
    }
}

impl std::error::Error for ParseError {}

/// Why a threshold could not be checked against an actual value ([`crate::Threshold::is_met`]).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CompareError {
    /// The units measure different things (`人` and `家`, `小时` and `工作日`).
    #[error("cannot compare {actual} with {target}: different units")]
    IncompatibleUnits {
        /// The target's unit.
        target: Unit,
        /// The actual's unit.
        actual: Unit,
    },
    /// The target needs a number and the actual is not one.
    #[error("a numeric target needs a numeric actual")]
    NeedsQuantity,
    /// A deadline needs a date (or a stated band).
    #[error("a deadline needs a completion date or a band")]
    NeedsDate,
    /// A qualitative target needs a band (达成 / 部分达成 / 未达成) or the same text.
    #[error("a qualitative target needs a band or the target's own text")]
    NeedsBand,
    /// The indicator was marked not applicable (不适用).
    #[error("the indicator does not apply")]
    NotApplicable,
}
