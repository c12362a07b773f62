//! [`Summary`] (监控结果): a report's lights, counted, with the worst and the findings; its
//! `Display` prints the monitoring table (see `display.rs`).

use rust_decimal::Decimal;

use super::finding::Finding;
use super::light::{Light, Signal};
use super::reason::{Possibility, Reasons};
use crate::level::{Level1, Level2};
use crate::project::MoneyUnit;

/// The budget line of a summary (预算执行).
///
/// ```
/// use jixiao::monitor::{import, Light, Profile};
/// use jixiao::MoneyUnit;
/// let doc = import::parse(include_str!("../../data/monitor-tianjin-2025-07.tsv"), None)?;
/// let line = Profile::central().monitor(&doc.reports[0]).budget;
/// assert_eq!((line.budget, line.executed), (Some("381.00".parse()?), Some("190.50".parse()?)));
/// assert_eq!((line.rate, line.money_unit), (Some("50".parse()?), MoneyUnit::WanYuan));
/// assert_eq!(line.signal.unwrap().light, Light::Green);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct BudgetLine {
    /// 年初预算数 / 全年预算数.
    #[cfg_attr(feature = "serde", serde(default, with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub budget: Option<Decimal>,
    /// 1–X月执行数.
    #[cfg_attr(feature = "serde", serde(default, with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub executed: Option<Decimal>,
    /// 执行率 = executed ÷ budget in percent, rounded down to two decimals.
    #[cfg_attr(feature = "serde", serde(default, with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub rate: Option<Decimal>,
    /// 全年预计执行数.
    #[cfg_attr(feature = "serde", serde(default, with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub forecast: Option<Decimal>,
    /// The money unit of the amounts.
    pub money_unit: MoneyUnit,
    /// The light and its rule; `None` when it could not be judged (a finding says why).
    #[cfg_attr(feature = "serde", serde(default))]
    pub signal: Option<Signal>,
    /// Whether the profile asks for a reason here.
    pub reason_required: bool,
    /// 偏差原因分析, as given.
    #[cfg_attr(feature = "serde", serde(default))]
    pub reasons: Option<Reasons>,
    /// 纠偏措施, as given.
    #[cfg_attr(feature = "serde", serde(default))]
    pub remedy: Option<String>,
}

/// One indicator line of a summary.
///
/// ```
/// use jixiao::monitor::{import, Light, Profile};
/// let doc = import::parse(include_str!("../../data/monitor-tianjin-2025-07.tsv"), None)?;
/// let s = Profile::central().monitor(&doc.reports[0]);
/// let served = &s.items[6];
/// assert_eq!((served.target.as_str(), served.completed.as_deref()), ("≥2万人", Some("9000人")));
/// assert_eq!(served.signal.as_ref().unwrap().light, Light::Yellow);
/// assert_eq!(served.forecast_met, Some(false)); // 1.8万人 by December
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ItemLine {
    /// 0-based position in the project.
    pub index: usize,
    /// 一级指标.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub level1: Option<Level1>,
    /// 二级指标.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub level2: Option<Level2>,
    /// 三级指标.
    pub name: String,
    /// 年度指标值 as written.
    pub target: String,
    /// 1–X月执行情况 as written.
    #[cfg_attr(feature = "serde", serde(default))]
    pub completed: Option<String>,
    /// 全年预计完成情况 as written.
    #[cfg_attr(feature = "serde", serde(default))]
    pub forecast: Option<String>,
    /// The light and its rule; `None` when it could not be judged (a finding says why).
    #[cfg_attr(feature = "serde", serde(default))]
    pub signal: Option<Signal>,
    /// Whether the forecast meets the annual target; `None` without a forecast, or when it
    /// could not be judged.
    #[cfg_attr(feature = "serde", serde(default))]
    pub forecast_met: Option<bool>,
    /// Whether the profile asks for a reason here.
    pub reason_required: bool,
    /// 偏差原因分析, as given.
    #[cfg_attr(feature = "serde", serde(default))]
    pub reasons: Option<Reasons>,
    /// 完成目标可能性, as given.
    #[cfg_attr(feature = "serde", serde(default))]
    pub possibility: Option<Possibility>,
    /// 纠偏措施, as given.
    #[cfg_attr(feature = "serde", serde(default))]
    pub remedy: Option<String>,
}

/// How many lines got each light (the budget line included), and how many none.
///
/// ```
/// use jixiao::monitor::{import, Light, LightCounts, Profile};
/// let doc = import::parse(include_str!("../../data/monitor-tianjin-2025-07.tsv"), None)?;
/// let counts: LightCounts = doc.reports.iter().map(|r| Profile::central().monitor(r).counts).sum();
/// assert_eq!(counts.of(Light::Red), 7); // over the four projects
/// assert_eq!(counts.total(), 34); // every budget line and indicator, judged or not
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct LightCounts {
    /// 红灯.
    pub red: usize,
    /// 黄灯.
    pub yellow: usize,
    /// 绿灯.
    pub green: usize,
    /// 蓝灯.
    pub blue: usize,
    /// Lines that could not be judged (无法判断).
    pub unjudged: usize,
}

impl LightCounts {
    /// Counts one line.
    pub(crate) fn count(&mut self, light: Option<Light>) {
        match light {
            Some(Light::Red) => self.red += 1,
            Some(Light::Yellow) => self.yellow += 1,
            Some(Light::Green) => self.green += 1,
            Some(Light::Blue) => self.blue += 1,
            None => self.unjudged += 1,
        }
    }

    /// The number of lines with `light`.
    ///
    /// ```
    /// use jixiao::monitor::{import, Light, Profile};
    /// let doc = import::parse(include_str!("../../data/monitor-tianjin-2025-07.tsv"), None)?;
    /// let counts = Profile::central().monitor(&doc.reports[0]).counts;
    /// assert_eq!((counts.of(Light::Red), counts.of(Light::Yellow), counts.of(Light::Green)), (1, 2, 6));
    /// assert_eq!(counts.total(), 10); // the budget line and nine indicators, one not judged
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn of(&self, light: Light) -> usize {
        match light {
            Light::Red => self.red,
            Light::Yellow => self.yellow,
            Light::Green => self.green,
            Light::Blue => self.blue,
        }
    }

    /// All lines counted, judged or not.
    pub fn total(&self) -> usize {
        self.red + self.yellow + self.green + self.blue + self.unjudged
    }
}

/// Counts of several projects added up (a directory of monitoring tables).
///
/// ```
/// use jixiao::monitor::{import, Profile};
/// let doc = import::parse(include_str!("../../data/monitor-tianjin-2025-07.tsv"), None)?;
/// let all: jixiao::monitor::LightCounts = doc.reports.iter().map(|r| Profile::central().monitor(r).counts).sum();
/// assert_eq!(all.total(), doc.reports.iter().map(|r| r.project.indicators.len() + 1).sum::<usize>());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl core::ops::AddAssign for LightCounts {
    fn add_assign(&mut self, other: LightCounts) {
        self.red += other.red;
        self.yellow += other.yellow;
        self.green += other.green;
        self.blue += other.blue;
        self.unjudged += other.unjudged;
    }
}

impl core::ops::Add for LightCounts {
    type Output = LightCounts;
    fn add(mut self, other: LightCounts) -> LightCounts {
        self += other;
        self
    }
}

impl core::iter::Sum for LightCounts {
    fn sum<I: Iterator<Item = LightCounts>>(iter: I) -> LightCounts {
        iter.fold(LightCounts::default(), |a, b| a + b)
    }
}

/// A monitored project (监控结果), from [`super::Profile::monitor`]: the budget line and each
/// indicator with its light and the rule that gave it, the lights counted, the worst light, and
/// the findings (missing reasons, forecasts that miss, flags for what could not be judged).
///
/// `Display` prints the monitoring table: 一级 二级 三级 年度指标值 1–X月完成 全年预计 预警 判断依据
/// 偏差原因 完成可能性 纠偏措施, then the counts and the findings.
///
/// ```
/// use jixiao::monitor::{import, Light, Profile};
/// let doc = import::parse(include_str!("../../data/monitor-tianjin-2025-07.tsv"), None)?;
/// let s = Profile::central().monitor(&doc.reports[0]);
/// assert_eq!((s.year, s.month, s.profile.as_str()), (Some(2025), 7, "central"));
/// assert_eq!(s.signals().filter(|sig| sig.light == Light::Green).count(), 6); // the budget line and five indicators
/// assert!(s.to_string().contains("绿灯"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(rename = "MonitorSummary"))]
#[non_exhaustive]
pub struct Summary {
    /// 项目名称.
    pub project: String,
    /// The project's year, when known.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub year: Option<u16>,
    /// The month reported (1–12).
    pub month: u8,
    /// The profile's name.
    pub profile: String,
    /// 预算执行.
    pub budget: BudgetLine,
    /// Every indicator, in table order.
    pub items: Vec<ItemLine>,
    /// The lights counted.
    pub counts: LightCounts,
    /// The worst light (the least: red before yellow before green before blue); `None` when no
    /// line was judged.
    #[cfg_attr(feature = "serde", serde(default))]
    pub worst: Option<Light>,
    /// What the report lacks or warns of, budget first, then by indicator.
    pub findings: Vec<Finding>,
}

impl Summary {
    /// The lines' signals: the budget line's first, then the indicators'.
    pub fn signals(&self) -> impl Iterator<Item = &Signal> {
        self.budget.signal.iter().chain(self.items.iter().filter_map(|i| i.signal.as_ref()))
    }
}
