//! Errors of reading and comparing values: [`ParseError`] (with its position in bytes and in
//! characters) and [`CompareError`]. The design shared by every error of the crate is in the
//! [crate docs](crate#errors).

use core::fmt;

use crate::unit::Unit;

/// Why a 指标值 (target value), 完成值 (actual), quantity, unit or date did not parse.
///
/// It says what was expected ([`ParseError::kind`]) and where: [`ParseError::offset`] in
/// bytes, for slicing the input, and [`ParseError::char_offset`] in characters (both from 0).
/// The messages count characters from 1, as people do: `≥2x万` goes wrong at byte 4, the
/// third character. `Display` gives the English message, [`ParseError::zh`] the Chinese one.
///
/// ```
/// let err = "≥2x万".parse::<jixiao::Threshold>().unwrap_err();
/// assert_eq!((err.offset(), err.char_offset()), (4, 2));
/// assert_eq!(err.to_string(), "expected a unit, a range or the end at character 3 (byte offset 4)");
/// assert_eq!(err.zh(), "第3个字符处应为单位、区间或结尾");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct ParseError {
    /// What went wrong.
    kind: ParseErrorKind,
    /// Byte offset in the input where it went wrong.
    offset: usize,
    /// The same position counted in characters.
    #[cfg_attr(feature = "serde", serde(default))]
    char_offset: usize,
}

impl ParseError {
    /// An error at byte `offset`; the character offset is set by [`ParseError::located`].
    pub(crate) const fn new(kind: ParseErrorKind, offset: usize) -> Self {
        ParseError { kind, offset, char_offset: offset }
    }

    /// The same error with its offset moved by `by` bytes (for text parsed inside a larger text).
    #[must_use]
    pub(crate) fn shifted(mut self, by: usize) -> Self {
        self.offset += by;
        self
    }

    /// The same error with its character offset counted in `input`, the text its byte offset
    /// points into.
    #[must_use]
    #[cold]
    pub(crate) fn located(mut self, input: &str) -> Self {
        let mut at = self.offset.min(input.len());
        while !input.is_char_boundary(at) {
            at -= 1;
        }
        self.char_offset = input[..at].chars().count();
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// The byte offset in the input where it went wrong.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The character offset in the input where it went wrong (0 for the first character).
    pub fn char_offset(&self) -> usize {
        self.char_offset
    }

    /// The message in Chinese (`第3个字符处应为单位、区间或结尾`).
    pub fn zh(&self) -> String {
        // people count characters from 1
        let n = self.char_offset + 1;
        match self.kind {
            ParseErrorKind::Empty => "值为空".to_string(),
            kind => format!("第{n}个字符处{}", kind.zh()),
        }
    }
}

/// The kinds of [`ParseError`].
///
/// ```
/// use jixiao::{ParseErrorKind, Threshold};
/// let e = Threshold::parse("8-5人").unwrap_err();
/// assert_eq!(e.kind(), ParseErrorKind::RangeReversed);
/// assert_eq!(Threshold::parse("").unwrap_err().kind(), ParseErrorKind::Empty);
/// assert_eq!(ParseErrorKind::ExpectedNumber.zh(), "应为数字");
/// ```
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
    /// A unit was written without its number (`公里`, `万人`).
    MissingNumber,
    /// After a number: a unit, a range separator, a suffix such as 以上, or the end.
    ExpectedUnitOrEnd,
    /// Text follows a complete value.
    TrailingText,
    /// The number does not fit an exact decimal (more than 28 digits, or beyond ±7.9×10²⁸).
    NumberTooLarge,
    /// The number has more than 28 decimal places; it would have to be rounded.
    TooManyDecimals,
    /// A date that cannot be (month 13, 31 April, a year outside 1900–2100).
    InvalidDate,
    /// A month with a comparator (`≥6月`): a calendar month is a date, a duration is written
    /// `6个月`.
    MonthWithComparator,
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
    /// A word or text where a unit was expected (a unit cannot hold digits, spaces or symbols).
    InvalidUnit,
    /// A text that names no level (an empty 一级指标 or 二级指标 name).
    EmptyName,
    /// A name that reads as another kind (`{"kind": "output", "name": "效益指标"}`), or a text
    /// that reads as something else than the kind it is given as (`≥5%` as a qualitative
    /// statement).
    Contradiction,
    /// The text is not a recognised review code (`J013`).
    UnknownCode,
    /// The text is none of the answers a form allows (完成目标可能性 other than 确定能, 有可能,
    /// 完全不可能; a light other than 红灯, 黄灯, 绿灯, 蓝灯).
    UnknownAnswer,
}

impl ParseErrorKind {
    /// What was expected, in English (`expected a number`).
    pub const fn en(self) -> &'static str {
        match self {
            ParseErrorKind::Empty => "empty value",
            ParseErrorKind::ExpectedNumber => "expected a number",
            ParseErrorKind::MissingNumber => "a unit without its number",
            ParseErrorKind::ExpectedUnitOrEnd => "expected a unit, a range or the end",
            ParseErrorKind::TrailingText => "unexpected text after the value",
            ParseErrorKind::NumberTooLarge => "number too large for an exact decimal",
            ParseErrorKind::TooManyDecimals => "more than 28 decimal places",
            ParseErrorKind::InvalidDate => "invalid date",
            ParseErrorKind::MonthWithComparator => "a calendar month cannot take a comparator (write 个月 for a duration)",
            ParseErrorKind::ConflictingComparators => "comparator prefix and suffix disagree",
            ParseErrorKind::RangeUnitMismatch => "the ends of the range have different units",
            ParseErrorKind::RangeReversed => "the low end of the range is above the high end",
            ParseErrorKind::ComparatorOnRange => "a range cannot take a comparator",
            ParseErrorKind::UnitColumnConflict => "the value's unit differs from the unit column",
            ParseErrorKind::BadComparatorColumn => "expected a comparator in the first column",
            ParseErrorKind::InvalidUnit => "not a unit",
            ParseErrorKind::EmptyName => "empty name",
            ParseErrorKind::Contradiction => "the text reads as another kind of value",
            ParseErrorKind::UnknownCode => "not a review code",
            ParseErrorKind::UnknownAnswer => "not one of the answers the form allows",
        }
    }

    /// What was expected, in Chinese (`应为数字`).
    pub const fn zh(self) -> &'static str {
        match self {
            ParseErrorKind::Empty => "值为空",
            ParseErrorKind::ExpectedNumber => "应为数字",
            ParseErrorKind::MissingNumber => "只有单位，缺少数值",
            ParseErrorKind::ExpectedUnitOrEnd => "应为单位、区间或结尾",
            ParseErrorKind::TrailingText => "数值后有多余文字",
            ParseErrorKind::NumberTooLarge => "数值过大，无法精确表示",
            ParseErrorKind::TooManyDecimals => "小数超过28位",
            ParseErrorKind::InvalidDate => "日期无效",
            ParseErrorKind::MonthWithComparator => "月份是日期，不能带比较符（时长请写“个月”）",
            ParseErrorKind::ConflictingComparators => "前后比较词相互矛盾",
            ParseErrorKind::RangeUnitMismatch => "区间两端单位不同",
            ParseErrorKind::RangeReversed => "区间下限大于上限",
            ParseErrorKind::ComparatorOnRange => "区间不能带比较符",
            ParseErrorKind::UnitColumnConflict => "数值的单位与度量单位列不一致",
            ParseErrorKind::BadComparatorColumn => "指标性质列应为比较符",
            ParseErrorKind::InvalidUnit => "不是计量单位",
            ParseErrorKind::EmptyName => "名称为空",
            ParseErrorKind::Contradiction => "文字与所给类型不符",
            ParseErrorKind::UnknownCode => "不是审核规则编号",
            ParseErrorKind::UnknownAnswer => "不是表中可选的答案",
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ParseErrorKind::Empty => f.write_str("empty value"),
            kind => write!(f, "{} at character {} (byte offset {})", kind.en(), self.char_offset + 1, self.offset),
        }
    }
}

impl std::error::Error for ParseError {}

/// Why a threshold could not be checked against an actual value ([`crate::Threshold::is_met`]).
///
/// `Display` gives the English message, [`CompareError::zh`] the Chinese one.
///
/// ```
/// use jixiao::{Actual, CompareError, Threshold};
/// let t: Threshold = "≥2万人".parse()?;
/// let e = t.is_met(&"2万家".parse::<Actual>()?).unwrap_err();
/// assert!(matches!(e, CompareError::IncompatibleUnits { .. }));
/// assert_eq!(e.to_string(), "cannot compare 家 with 人: different units");
/// assert_eq!(t.is_met(&Actual::NotApplicable), Err(CompareError::NotApplicable));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
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
    /// A deadline without a year against a dated actual, and no project year (年度) to place
    /// it in: which comes first cannot be known.
    #[error("the deadline names no year and the project's year is not known")]
    NeedsYear,
    /// A qualitative target needs a band (达成 / 部分达成 / 未达成) or the same text.
    #[error("a qualitative target needs a band or the target's own text")]
    NeedsBand,
    /// The actual states a bound that cannot settle the target (`≥3%` against `≤5%`), or is
    /// approximately the target's own number (`约95%` against `≥95%`: either side of it).
    #[error("the actual states a bound that cannot settle the target")]
    UnsettledBound,
    /// The completion date names a month or a year that runs past the deadline
    /// (`2022年12月` against `2022年12月30日前`): done in time or not, the date does not say.
    #[error("the completion date names only its month or year, which runs past the deadline: give the day")]
    UnsettledDate,
    /// A relative target (`较上年增长5%`, `≤预算数`) needs the value of its baseline.
    #[error("a relative target needs the value of its baseline")]
    NeedsBaseline,
    /// A target about its baseline (`与上年基本持平`) against a number: how far from the
    /// baseline is still about it, the table does not say.
    #[error("a target about its baseline needs the deviation it allows")]
    NeedsTolerance,
    /// The target names no unit and the actual does (`≥20` against `25人`, `≥0.95` against
    /// `90%`): a target's unit comes from its table (a 度量单位 column, the name's `（人）`),
    /// never from the answer.
    #[error(
        "the target names no unit and the actual is in {actual}: give the target's unit (a 度量单位 column or the name's `（{actual}）`)"
    )]
    UnitOnlyInActual {
        /// The actual's unit.
        actual: Unit,
    },
    /// The actual has no unit, and its number may be in the target's magnitude or in units:
    /// `150` against `≥2万人` may be 150万人 or 150人. (`2.1` there is 2.1万人, as the tables
    /// answer; `19999` is 19999人.)
    #[error("the actual has no unit and may be in {}, as the target is, or in units: write its unit", .magnitude.as_str())]
    BareMagnitude {
        /// The target's magnitude.
        magnitude: crate::Magnitude,
    },
    /// The indicator was marked not applicable (不适用).
    #[error("the indicator does not apply")]
    NotApplicable,
    /// The values are too large to compare exactly once converted to one unit.
    #[error("the values are too large to compare exactly")]
    Overflow,
}

impl CompareError {
    /// The message in Chinese.
    pub fn zh(&self) -> String {
        match self {
            CompareError::IncompatibleUnits { target, actual } => format!("单位不同，无法比较：完成值为{actual}，目标为{target}"),
            CompareError::NeedsQuantity => "数值目标需要数值完成值".to_string(),
            CompareError::NeedsDate => "时限目标需要完成日期或档次".to_string(),
            CompareError::NeedsYear => "时限未写年份，且不知项目年度，无法判断".to_string(),
            CompareError::NeedsBand => "定性目标需要档次或与目标相同的表述".to_string(),
            CompareError::UnsettledBound => "完成值只给出范围（如≥3%）或约数，无法判断是否达到目标".to_string(),
            CompareError::UnsettledDate => "完成日期只写到月或年，跨过时限，无法判断是否按时；请写明完成日".to_string(),
            CompareError::NeedsBaseline => "相对目标需要给出基数（如上年实际值、预算数）才能判断".to_string(),
            CompareError::NeedsTolerance => "“基本持平”类目标未写允许的偏差，无法按数值判断".to_string(),
            CompareError::UnitOnlyInActual { actual } => {
                format!(
                    "目标未写单位，完成值单位为{actual}：目标的单位应取自表格（度量单位列或指标名称中的“（{actual}）”），不从完成值推断"
                )
            }
            CompareError::BareMagnitude { magnitude } => {
                format!("完成值未写单位，可能与目标同以“{}”计，也可能是个数，无法判断：请写明单位", magnitude.as_str())
            }
            CompareError::NotApplicable => "该指标不适用".to_string(),
            CompareError::Overflow => "数值过大，无法精确比较".to_string(),
        }
    }
}
