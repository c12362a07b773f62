//! [`MonitorError`] (a report or profile that cannot be) and [`CannotJudge`] (why a line got
//! no light).

use crate::date::PartialDate;
use crate::error::{CompareError, ParseError};
use crate::import::ImportError;

/// Why a monitoring report, profile or table could not be made.
///
/// `Display` gives the English message, [`MonitorError::zh`] the Chinese one.
///
/// ```
/// use jixiao::monitor::{import, MonitorError, Report};
/// use jixiao::Project;
/// assert_eq!(Report::new(Project::new("培训项目"), 13).unwrap_err(), MonitorError::InvalidMonth(13));
/// // a table whose header names no month (1-X月执行情况), read without one
/// let err = import::parse("三级指标\t年度指标值\t执行情况\n培训人数\t≥2万人\t9000人\n", None).unwrap_err();
/// assert_eq!(err, MonitorError::NoMonth);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MonitorError {
    /// A month outside 1–12.
    #[error("month {0} is outside 1–12")]
    InvalidMonth(u8),
    /// A monitoring table that names no month, imported without one.
    #[error("no month reported: give one, or a header such as 1-7月执行情况")]
    NoMonth,
    /// A profile whose settings contradict each other.
    #[error("invalid profile: {0}")]
    InvalidProfile(String),
    /// The text is not a table the importer reads.
    #[error("the monitoring table cannot be read")]
    Import(#[source] ImportError),
}

impl MonitorError {
    /// The message in Chinese.
    pub fn zh(&self) -> String {
        match self {
            MonitorError::InvalidMonth(m) => format!("月份{m}不在1–12之间"),
            MonitorError::NoMonth => "未给出报告月份：请指定月份，或使用“1-7月执行情况”这样的表头".to_string(),
            MonitorError::InvalidProfile(m) => format!("监控规则设置有误：{m}"),
            MonitorError::Import(e) => format!("无法读取监控表：{}", e.zh()),
        }
    }
}

/// Checks a month reported (1–12).
pub(crate) fn check_month(month: u8) -> Result<u8, MonitorError> {
    if (1..=12).contains(&month) {
        Ok(month)
    } else {
        Err(MonitorError::InvalidMonth(month))
    }
}

/// Why a line of a monitoring report got no light: a flag for a person to look at, never a
/// guess.
///
/// `Display` gives the English message, [`CannotJudge::zh`] the Chinese one; the errors of the
/// target or progress text are the `source()`.
///
/// ```
/// use jixiao::monitor::{CannotJudge, Profile};
/// use jixiao::{Indicator, Level1, Level2};
/// let done = Indicator::new(Some(Level1::Output), Some(Level2::Timeliness), "完成时间", "12月底前");
/// let err = Profile::central().judge(&done, &"2025年6月".parse()?, 7, None).unwrap_err();
/// assert_eq!(err, CannotJudge::NeedsYear); // which December?
/// assert!(Profile::central().judge(&done, &"2025年6月".parse()?, 7, Some(2025)).is_ok());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CannotJudge {
    /// The annual target (年度指标值) does not parse.
    #[error("the annual target (年度指标值) does not parse")]
    Target(#[source] ParseError),
    /// No progress (1–X月执行情况) was reported.
    #[error("no progress (1–X月执行情况) reported")]
    NoProgress,
    /// The progress does not parse.
    #[error("the progress (1–X月执行情况) does not parse")]
    Progress(#[source] ParseError),
    /// The progress cannot be compared with the target (units that differ, a date for a
    /// number, text for a number).
    #[error(transparent)]
    Compare(#[from] CompareError),
    /// A deadline cannot be placed against the month reported without the project's year.
    #[error("the project's year (年度) is not known: the deadline cannot be placed against the month reported")]
    NeedsYear,
    /// The progress on a deadline is neither a date nor a statement that the work is or is
    /// not done.
    #[error("a deadline needs a completion date, or 已完成 / 未完成")]
    NeedsDate,
    /// Done (已完成) after the deadline passed, with no date: on time or not cannot be told.
    #[error("done, but without a date, and the deadline has passed: on time or not cannot be told")]
    DoneDateUnknown,
    /// A completion date after the month reported.
    #[error("the completion date {0} is after the month reported")]
    FutureDate(PartialDate),
    /// No budget (预算数) above zero.
    #[error("no budget (预算数) above zero")]
    NoBudget,
    /// No amount executed (1–X月执行数).
    #[error("no amount executed (1–X月执行数) reported")]
    NoExecuted,
    /// A progress entry for an indicator the project does not have.
    #[error("progress for indicator {0}, which the project does not have")]
    NoSuchIndicator(usize),
    /// Goal completion is needed (for the divergence check) and none can be had: none stated,
    /// and no higher-is-better indicator with progress.
    #[error("no goal completion: none stated, and no higher-is-better indicator with progress to take it from")]
    NoGoalCompletion,
    /// A month outside 1–12.
    #[error("month {0} is outside 1–12")]
    InvalidMonth(u8),
    /// Amounts too large for exact arithmetic.
    #[error("amounts too large to judge exactly")]
    Overflow,
}

impl CannotJudge {
    /// The message in Chinese.
    pub fn zh(&self) -> String {
        match self {
            CannotJudge::Target(e) => format!("年度指标值无法解析：{}", e.zh()),
            CannotJudge::NoProgress => "未填报1–X月执行情况".to_string(),
            CannotJudge::Progress(e) => format!("1–X月执行情况无法解析：{}", e.zh()),
            CannotJudge::Compare(e) => e.zh(),
            CannotJudge::NeedsYear => "不知项目年度，无法判断时限是否已到".to_string(),
            CannotJudge::NeedsDate => "时限指标需填写完成日期，或“已完成”/“未完成”".to_string(),
            CannotJudge::DoneDateUnknown => "已完成但未填写完成日期，时限已过，无法判断是否按期".to_string(),
            CannotJudge::FutureDate(d) => format!("完成日期{d}晚于报告月份"),
            CannotJudge::NoBudget => "缺少大于0的预算数".to_string(),
            CannotJudge::NoExecuted => "未填报1–X月执行数".to_string(),
            CannotJudge::NoSuchIndicator(i) => format!("项目没有第{}个指标，其执行情况无从对应", i.saturating_add(1)),
            CannotJudge::NoGoalCompletion => "缺少目标完成进度：未填报，也没有可计算的正向指标".to_string(),
            CannotJudge::InvalidMonth(m) => format!("月份{m}不在1–12之间"),
            CannotJudge::Overflow => "数值过大，无法精确判断".to_string(),
        }
    }
}
