//! [`Report`] (绩效监控表): a project's progress at the end of a month, and its parts
//! [`BudgetProgress`] and [`Progress`].

use rust_decimal::Decimal;

use super::error::{check_month, MonitorError};
use super::reason::{Possibility, Reasons};
use crate::actual::Actual;
use crate::error::ParseError;
use crate::project::Project;

/// Budget execution so far (预算执行情况), in the project budget's money unit.
///
/// ```
/// use jixiao::monitor::{Light, Profile, Report};
/// use jixiao::{Budget, Decimal, Project};
/// let mut p = Project::new("环境应急与事故调查");
/// p.budget = Budget::fiscal_only(Decimal::from(30));
/// let mut r = Report::new(p, 6)?;
/// r.budget.executed = Some(Decimal::from(9)); // 30% of the budget at half the year: 60
/// assert_eq!(Profile::central().monitor(&r).budget.signal.unwrap().light, Light::Yellow);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct BudgetProgress {
    /// 年初预算数 / 全年预算数; `None` takes the project's `budget.total`.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none", with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub budget: Option<Decimal>,
    /// 1–X月执行数: the amount executed by the end of the month reported.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none", with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub executed: Option<Decimal>,
    /// 执行率 as the table states it, in percent (52.49 for 52.49%); checked against executed ÷
    /// budget.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none", with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub rate: Option<Decimal>,
    /// 全年预计执行数: the amount expected to be executed by the end of the year.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none", with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub forecast: Option<Decimal>,
    /// 偏差原因分析 of the budget execution.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub reasons: Option<Reasons>,
    /// 纠偏措施 of the budget execution.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub remedy: Option<String>,
}

/// One indicator's progress (指标执行情况): what was done by the end of the month reported,
/// the year-end forecast, and what the unit says about a deviation.
///
/// The progress and forecast are kept as written and read as [`Actual`]s (`9000人`, `98%`,
/// `2025年6月`, `已完成`, `部分达到并具备一定效果`) when judged.
///
/// ```
/// use jixiao::monitor::{Possibility, Progress};
/// let p = Progress::new(6).completed("9000人").forecast("1.8万人").reasons("其他：宣传推广滞后").possibility(Possibility::Possible);
/// assert_eq!(p.completed_actual().unwrap()?.to_string(), "9000人");
/// assert_eq!(p.reasons.as_ref().unwrap().text, "其他：宣传推广滞后");
/// # Ok::<(), jixiao::ParseError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Progress {
    /// The indicator's position in the project (0-based).
    pub index: usize,
    /// 1–X月执行情况 / 当前完成值, as written.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub completed: Option<String>,
    /// 全年预计完成情况, as written.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub forecast: Option<String>,
    /// 偏差原因分析.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub reasons: Option<Reasons>,
    /// 完成目标可能性.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub possibility: Option<Possibility>,
    /// 纠偏措施.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub remedy: Option<String>,
    /// 备注.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub note: Option<String>,
    /// 是否需要整改.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub rectify: Option<bool>,
    /// 整改要求.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub rectification: Option<String>,
}

impl Progress {
    /// No progress yet for the indicator at `index`.
    pub fn new(index: usize) -> Progress {
        Progress { index, ..Progress::default() }
    }

    /// Sets 1–X月执行情况.
    #[must_use]
    pub fn completed(mut self, text: &str) -> Progress {
        self.completed = Some(text.to_string());
        self
    }

    /// Sets 全年预计完成情况.
    #[must_use]
    pub fn forecast(mut self, text: &str) -> Progress {
        self.forecast = Some(text.to_string());
        self
    }

    /// Sets 偏差原因分析 (its categories read from the text).
    #[must_use]
    pub fn reasons(mut self, text: &str) -> Progress {
        self.reasons = Some(Reasons::from_text(text));
        self
    }

    /// Sets 完成目标可能性.
    #[must_use]
    pub fn possibility(mut self, possibility: Possibility) -> Progress {
        self.possibility = Some(possibility);
        self
    }

    /// Sets 纠偏措施.
    #[must_use]
    pub fn remedy(mut self, text: &str) -> Progress {
        self.remedy = Some(text.to_string());
        self
    }

    /// The progress read as an [`Actual`], when written.
    pub fn completed_actual(&self) -> Option<Result<Actual, ParseError>> {
        self.completed.as_deref().map(Actual::parse)
    }

    /// The forecast read as an [`Actual`], when written.
    pub fn forecast_actual(&self) -> Option<Result<Actual, ParseError>> {
        self.forecast.as_deref().map(Actual::parse)
    }
}

/// A monitoring report (绩效监控表, 绩效运行监控): a project — its targets and budget — and how
/// far it has come by the end of a month (1–X月).
///
/// The month is checked (1–12); 序时进度 (the share of the year gone) is month ÷ 12. Deadlines
/// are placed in the project's year ([`Project::year`]).
///
/// ```
/// use jixiao::monitor::{Profile, Progress, Report};
/// use jixiao::{Budget, Decimal, Indicator, Level1, Level2, Project};
///
/// let mut p = Project::new("环境应急与事故调查");
/// p.budget = Budget::fiscal_only(Decimal::from(30));
/// p.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "完成工作目标", "≥3份"));
/// let mut r = Report::new(p, 7)?;
/// r.budget.executed = Some(Decimal::from(18));
/// r.set_progress(Progress::new(0).completed("1份"));
/// let s = Profile::central().monitor(&r);
/// assert_eq!(s.items[0].signal.as_ref().unwrap().rule_zh(), "正向指标: 完成值 1份 ÷ (年度指标值 3份 × 7/12) × 100 = 57.14 (<60), 红灯");
/// assert!(Report::new(jixiao::Project::new("x"), 13).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(rename = "MonitorReport"))]
#[non_exhaustive]
pub struct Report {
    /// The project: its targets (年度指标值), budget and year.
    pub project: Project,
    /// The month reported (1–12): the report covers 1–X月.
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::month"))]
    #[cfg_attr(feature = "schemars", schemars(with = "u8", range(min = 1, max = 12)))]
    month: u8,
    /// Budget execution so far.
    #[cfg_attr(feature = "serde", serde(default))]
    pub budget: BudgetProgress,
    /// 年度总体目标 1–X月实际完成情况, as written.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub goal_progress: Option<String>,
    /// 总体目标完成进度 in percent, where the table states it (for the divergence check).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none", with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub goal_completion: Option<Decimal>,
    /// The indicators' progress, at most one for each position in the project
    /// ([`Report::set_progress`] keeps it so).
    #[cfg_attr(feature = "serde", serde(default))]
    progress: Vec<Progress>,
}

impl Report {
    /// A report on `project` at the end of `month`, with no progress yet.
    ///
    /// # Errors
    /// [`MonitorError::InvalidMonth`] for a month outside 1–12.
    pub fn new(project: Project, month: u8) -> Result<Report, MonitorError> {
        let month = check_month(month)?;
        Ok(Report { project, month, budget: BudgetProgress::default(), goal_progress: None, goal_completion: None, progress: Vec::new() })
    }

    /// The month reported (1–12).
    pub fn month(&self) -> u8 {
        self.month
    }

    /// Sets the month reported.
    ///
    /// ```
    /// use jixiao::monitor::Report;
    /// let mut r = Report::new(jixiao::Project::new("培训项目"), 6)?;
    /// r.set_month(9)?;
    /// assert_eq!(r.month(), 9);
    /// assert!(r.set_month(0).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`MonitorError::InvalidMonth`] for a month outside 1–12.
    pub fn set_month(&mut self, month: u8) -> Result<(), MonitorError> {
        self.month = check_month(month)?;
        Ok(())
    }

    /// Sets the progress of the indicator at `progress.index`, replacing any it had.
    ///
    /// ```
    /// use jixiao::monitor::{Progress, Report};
    /// use jixiao::{Indicator, Project};
    /// let mut p = Project::new("培训项目");
    /// p.indicators.push(Indicator::new(None, None, "培训人数", "≥2万人"));
    /// let mut r = Report::new(p, 7)?;
    /// r.set_progress(Progress::new(0).completed("9000人"));
    /// r.set_progress(Progress::new(0).completed("1.2万人")); // replaces
    /// assert_eq!(r.progress().len(), 1);
    /// assert_eq!(r.progress_of(0).unwrap().completed.as_deref(), Some("1.2万人"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn set_progress(&mut self, progress: Progress) {
        match self.progress.iter_mut().find(|p| p.index == progress.index) {
            Some(p) => *p = progress,
            None => self.progress.push(progress),
        }
    }

    /// Sets the progress of every indicator at once, `progress` holding one for each indicator
    /// at most (as the importer reads them: a row each): no search for the ones set before,
    /// which made a table of many rows quadratic.
    pub(crate) fn set_all_progress(&mut self, progress: Vec<Progress>) {
        debug_assert!({
            let mut seen = std::collections::HashSet::new();
            progress.iter().all(|p| seen.insert(p.index))
        });
        self.progress = progress;
    }

    /// The indicators' progress reported, one for each indicator at most, in the order set.
    pub fn progress(&self) -> &[Progress] {
        &self.progress
    }

    /// The progress of the indicator at `index`, if reported.
    pub fn progress_of(&self, index: usize) -> Option<&Progress> {
        self.progress.iter().find(|p| p.index == index)
    }

    /// The budget judged: `budget.budget`, else the project's total.
    ///
    /// ```
    /// use jixiao::monitor::Report;
    /// use jixiao::{Budget, Decimal, Project};
    /// let mut p = Project::new("环境应急与事故调查");
    /// p.budget = Budget::fiscal_only(Decimal::from(30));
    /// let mut r = Report::new(p, 7)?;
    /// assert_eq!(r.budget_total(), Some(Decimal::from(30))); // the project's 预算数
    /// r.budget.budget = Some(Decimal::from(36)); // 全年预算数 after an adjustment
    /// assert_eq!(r.budget_total(), Some(Decimal::from(36)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn budget_total(&self) -> Option<Decimal> {
        self.budget.budget.or(self.project.budget.total)
    }
}
