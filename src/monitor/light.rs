//! [`Light`] (预警灯) and [`Signal`]: a light with the rule that gave it.

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;

use super::why::{Lang, Why};
use crate::error::{ParseError, ParseErrorKind};

/// A warning light (预警灯) of mid-year monitoring: 红灯, 黄灯, 绿灯, and 蓝灯 (far ahead of the
/// calendar, where the profile has it).
///
/// Lights are ordered by progress, `Red < Yellow < Green < Blue`: more progress never gives a
/// lesser light, and the worst light of a project is the least one.
///
/// ```
/// use jixiao::monitor::Light;
/// assert_eq!("黄灯".parse::<Light>()?, Light::Yellow);
/// assert_eq!((Light::Red.zh(), Light::Red.en()), ("红灯", "red"));
/// assert_eq!([Light::Green, Light::Red, Light::Blue].iter().min(), Some(&Light::Red));
/// # Ok::<(), jixiao::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Light {
    /// 红灯: far behind, outside the target, overdue, or not achieved.
    Red,
    /// 黄灯: behind, due this month, or partly achieved.
    Yellow,
    /// 绿灯: on course.
    Green,
    /// 蓝灯: far ahead of the calendar (进度超前).
    Blue,
}

impl Light {
    /// Every light, from red to blue.
    pub const ALL: [Light; 4] = [Light::Red, Light::Yellow, Light::Green, Light::Blue];

    /// `红灯`, `黄灯`, `绿灯` or `蓝灯`.
    pub const fn zh(self) -> &'static str {
        match self {
            Light::Red => "红灯",
            Light::Yellow => "黄灯",
            Light::Green => "绿灯",
            Light::Blue => "蓝灯",
        }
    }

    /// `red`, `yellow`, `green` or `blue`.
    pub const fn en(self) -> &'static str {
        match self {
            Light::Red => "red",
            Light::Yellow => "yellow",
            Light::Green => "green",
            Light::Blue => "blue",
        }
    }

    /// Reads a light as tables write it: `红灯`, `红`, `红色`, or the English name.
    ///
    /// ```
    /// use jixiao::monitor::Light;
    /// assert_eq!(Light::parse("红灯")?, Light::Red);
    /// assert_eq!(Light::parse("黄色")?, Light::Yellow);
    /// assert_eq!("green".parse::<Light>()?, Light::Green);
    /// assert!(Light::parse("紫灯").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`ParseErrorKind::UnknownAnswer`] for anything else.
    pub fn parse(s: &str) -> Result<Light, ParseError> {
        let t = s.trim();
        let t = t.strip_suffix('灯').or_else(|| t.strip_suffix('色')).unwrap_or(t);
        Light::ALL
            .into_iter()
            .find(|l| l.zh().starts_with(t) && !t.is_empty() || l.en().eq_ignore_ascii_case(t))
            .ok_or(ParseError::new(ParseErrorKind::UnknownAnswer, 0))
    }
}

impl FromStr for Light {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Light::parse(s)
    }
}

impl fmt::Display for Light {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.zh())
    }
}

/// The rule that gave a [`Signal`] its light.
///
/// ```
/// use jixiao::monitor::{import, LightRule, Profile};
/// let doc = import::parse(include_str!("../../data/monitor-tianjin-2025-07.tsv"), None)?;
/// let s = Profile::central().monitor(&doc.reports[0]);
/// assert_eq!(s.budget.signal.as_ref().unwrap().rule, LightRule::BudgetPace);
/// let rules: Vec<LightRule> = s.items[..3].iter().map(|i| i.signal.as_ref().unwrap().rule).collect();
/// assert_eq!(rules, [LightRule::Pace, LightRule::Pace, LightRule::Inside]); // ≥513个, ≥19个, ≤5%
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum LightRule {
    /// 预算执行进度: executed ÷ budget ÷ (m/12) × 100 against the profile's bands.
    BudgetPace,
    /// 预算执行率 against the latest checkpoint (节点) at or before the month reported.
    BudgetCheckpoint,
    /// 正向指标: completed ÷ (annual target × m/12) × 100 against the profile's bands.
    Pace,
    /// Nothing completed against a higher-is-better target: red.
    NothingDone,
    /// Inside the target or not: lower-is-better targets, 质量/时效/成本 indicators, ranges,
    /// and ratios where the profile does not pace them.
    Inside,
    /// A target of 0 (`0起` accidents): green only while nothing happened.
    ZeroTarget,
    /// A deadline (完成时限) against the month reported.
    Deadline,
    /// The band the unit states (达到预期 / 部分达到并具备一定效果 / 未达到), or the target's own
    /// words repeated.
    Stated,
}

/// A warning light with the rule that gave it, in Chinese and English (预警信号), as
/// [`crate::score::ItemScore`] explains a score.
///
/// ```
/// use jixiao::monitor::{Light, LightRule, Profile};
/// use jixiao::{Decimal, Indicator, Level1, Level2};
///
/// let served = Indicator::new(Some(Level1::Benefit), Some(Level2::Social), "系统服务对象数量", "≥2万人");
/// let s = Profile::central().judge(&served, &"9000人".parse()?, 7, Some(2025))?;
/// assert_eq!((s.light, s.rule), (Light::Yellow, LightRule::Pace));
/// assert_eq!(s.value, Some("77.14".parse()?));
/// assert_eq!(s.rule_zh(), "正向指标: 完成值 9000人 ÷ (年度指标值 2万人 × 7/12) × 100 = 77.14 (≥60, <80), 黄灯");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
#[non_exhaustive]
pub struct Signal {
    /// The light.
    pub light: Light,
    /// The rule that gave it.
    pub rule: LightRule,
    /// The number compared with the bands, where the rule has one: the progress value (进度值)
    /// of [`LightRule::BudgetPace`] and [`LightRule::Pace`], the execution rate in percent of
    /// [`LightRule::BudgetCheckpoint`]. Rounded down to two decimals for show; the light is
    /// decided on the exact value.
    pub value: Option<Decimal>,
    /// The numbers the explanation is written from.
    pub(crate) why: Why,
}

impl Signal {
    /// The rule applied, in Chinese (`反向指标 ≤5%: 完成值 2.1% 在目标之内, 绿灯`).
    pub fn rule_zh(&self) -> String {
        self.why.text(self, Lang::Zh)
    }

    /// The rule applied, in English (`lower is better ≤5%: completed 2.1% within the target: green`).
    ///
    /// ```
    /// use jixiao::monitor::Profile;
    /// use jixiao::{Indicator, Level1, Level2};
    /// let failures = Indicator::new(Some(Level1::Output), Some(Level2::Quality), "系统故障率", "≤5%");
    /// let s = Profile::central().judge(&failures, &"2.1%".parse()?, 7, Some(2025))?;
    /// assert_eq!(s.rule_en(), "lower is better ≤5%: completed 2.1% within the target: green");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rule_en(&self) -> String {
        self.why.text(self, Lang::En)
    }
}

/// Equal when light, rule, value and both texts are.
impl PartialEq for Signal {
    fn eq(&self, other: &Self) -> bool {
        (self.light, self.rule, self.value) == (other.light, other.rule, other.value)
            && self.rule_zh() == other.rule_zh()
            && self.rule_en() == other.rule_en()
    }
}

impl Eq for Signal {}

impl fmt::Debug for Signal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Signal")
            .field("light", &self.light)
            .field("rule", &self.rule)
            .field("value", &self.value)
            .field("rule_zh", &self.rule_zh())
            .field("rule_en", &self.rule_en())
            .finish()
    }
}

impl fmt::Display for Signal {
    /// `黄灯 (正向指标: …)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.light, self.rule_zh())
    }
}
