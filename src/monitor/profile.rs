//! [`Profile`] (监控规则): the rules of one monitoring scheme, and its [`ProfileBuilder`].

use rust_decimal::Decimal;

use super::error::MonitorError;
use super::light::Light;

/// The bands of a progress value (进度值, in percent of the calendar): red below `red_below`,
/// yellow below `green_from`, blue from `blue_from` where there is one, green between.
///
/// The central profile's indicator bands are 60 / 80 / 120 and its budget bands 60 / 80 with no
/// blue. A [`Profile`] checks that `0 ≤ red_below ≤ green_from ≤ blue_from`.
///
/// ```
/// use jixiao::monitor::{Bands, Profile};
/// use jixiao::Decimal;
/// let b = Bands::central();
/// assert_eq!((b.red_below, b.green_from, b.blue_from), (Decimal::from(60), Decimal::from(80), Some(Decimal::from(120))));
/// assert_eq!(Bands::central_budget().blue_from, None); // the budget line has no blue light
/// assert_eq!(Profile::central().pace_bands(), b);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Bands {
    /// Red below this value (60).
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub red_below: Decimal,
    /// Green from this value (80); yellow between `red_below` and this.
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub green_from: Decimal,
    /// Blue from this value (120), where the scheme has a blue light.
    #[cfg_attr(feature = "serde", serde(default, with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub blue_from: Option<Decimal>,
}

impl Bands {
    /// Red below 60, yellow from 60 to below 80, green from 80 to below 120, blue from 120.
    pub fn central() -> Bands {
        Bands { red_below: Decimal::from(60), green_from: Decimal::from(80), blue_from: Some(Decimal::from(120)) }
    }

    /// Red below 60, yellow from 60 to below 80, green from 80: the budget bands.
    pub fn central_budget() -> Bands {
        Bands { blue_from: None, ..Bands::central() }
    }

    /// The light of a value, given `at_least(b)`: whether the value is at least `b`. Exact
    /// comparisons stay with the caller, which knows the value's parts.
    pub(crate) fn light<E>(&self, at_least: impl Fn(Decimal) -> Result<bool, E>) -> Result<Light, E> {
        if !at_least(self.red_below)? {
            return Ok(Light::Red);
        }
        if !at_least(self.green_from)? {
            return Ok(Light::Yellow);
        }
        match self.blue_from {
            Some(b) if at_least(b)? => Ok(Light::Blue),
            _ => Ok(Light::Green),
        }
    }

    fn is_valid(&self) -> bool {
        !self.red_below.is_sign_negative() && self.red_below <= self.green_from && self.blue_from.is_none_or(|b| self.green_from <= b)
    }
}

/// A fixed checkpoint (时间节点) of budget execution: at least `rate` percent executed by the end
/// of `month`.
///
/// ```
/// use jixiao::monitor::{Checkpoint, Profile};
/// use jixiao::Decimal;
/// use jixiao::monitor::{Light, Report};
/// use jixiao::{Budget, Project};
/// let half_by_june = Profile::builder().budget_checkpoints(vec![Checkpoint::new(6, Decimal::from(50))]).build()?;
/// let mut p = Project::new("环境应急与事故调查");
/// p.budget = Budget::fiscal_only(Decimal::from(30));
/// let mut r = Report::new(p, 7)?;
/// r.budget.executed = Some(Decimal::from(12)); // 40% by July
/// assert_eq!(half_by_june.monitor(&r).budget.signal.unwrap().light, Light::Red);
/// assert!(Profile::builder().budget_checkpoints(vec![Checkpoint::new(13, Decimal::from(50))]).build().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Checkpoint {
    /// The month (1–12) by whose end the rate is due.
    #[cfg_attr(feature = "schemars", schemars(range(min = 1, max = 12)))]
    pub month: u8,
    /// The execution rate due, in percent (25 for 25%).
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub rate: Decimal,
}

impl Checkpoint {
    /// At least `rate` percent by the end of `month`.
    pub fn new(month: u8, rate: Decimal) -> Checkpoint {
        Checkpoint { month, rate }
    }
}

/// How the budget line (预算执行) gets its light.
///
/// ```
/// use jixiao::monitor::{import, BudgetRule, Light, LightRule, Profile};
/// assert!(matches!(Profile::central().budget_rule(), BudgetRule::Pace { .. }));
/// let doc = import::parse(include_str!("../../data/monitor-tianjin-2025-07.tsv"), None)?;
/// // 190.50 of 381.00 by July: 50%, past the June checkpoint of 40%
/// let s = Profile::checkpoints().monitor(&doc.reports[0]);
/// let signal = s.budget.signal.as_ref().unwrap();
/// assert_eq!((signal.light, signal.rule), (Light::Green, LightRule::BudgetCheckpoint));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum BudgetRule {
    /// Against the calendar: value = (executed ÷ budget) ÷ (m/12) × 100, lit by `bands`
    /// (central: red below 60, yellow 60 to below 80, green from 80).
    Pace {
        /// The bands of the value.
        bands: Bands,
    },
    /// Fixed checkpoints (25% by the end of April, 40% by June, 60% by August, 80% by
    /// October): green when the execution rate reaches the latest checkpoint at or before the
    /// month reported, red when it does not; green before the first checkpoint.
    Checkpoints {
        /// The checkpoints, by month.
        checkpoints: Vec<Checkpoint>,
    },
}

/// When a light needs a reason for the deviation (偏差原因分析) and a corrective measure (纠偏措施).
///
/// ```
/// use jixiao::monitor::{import, Code, Profile, ReasonRule};
/// let doc = import::parse(include_str!("../../data/monitor-tianjin-2025-07.tsv"), None)?;
/// let missing = |p: &Profile| p.monitor(&doc.reports[0]).findings.iter().filter(|f| f.code() == Code::MissingReason).count();
/// assert_eq!(missing(&Profile::central()), 1); // the red 系统运行维护响应时间; the yellows have reasons
/// assert_eq!(missing(&Profile::builder().reasons(ReasonRule::RedOnly).build()?), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum ReasonRule {
    /// Every red and yellow light (the default).
    #[default]
    RedAndYellow,
    /// Red lights only.
    RedOnly,
    /// Indicators whose 完成目标可能性 is 有可能 or 完全不可能 (a missing one is a finding);
    /// the budget line, which has none, by its light as [`ReasonRule::RedAndYellow`].
    ByPossibility,
}

/// A monitoring scheme (绩效运行监控规则): how the budget line and the indicators get their
/// lights, and when a light needs a reason.
///
/// [`Profile::central`] is the rule table of a widely used fiscal system;
/// [`Profile::checkpoints`] the published variant with fixed budget checkpoints; the builder
/// sets anything else.
///
/// ```
/// use jixiao::monitor::{Bands, Profile, ReasonRule};
/// use jixiao::Decimal;
///
/// let p = Profile::central();
/// assert_eq!(p.pace_bands(), Bands::central());
/// assert_eq!(p.reasons(), ReasonRule::RedAndYellow);
///
/// let strict = Profile::builder().name("红灯说明").reasons(ReasonRule::RedOnly).divergence(Some(Decimal::TEN)).build()?;
/// assert_eq!(strict.divergence(), Some(Decimal::TEN));
/// assert!(Profile::builder().pace_bands(Decimal::from(80), Decimal::from(60), None).build().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(rename = "MonitorProfile"))]
pub struct Profile {
    /// The profile's name, shown on summaries.
    pub(crate) name: String,
    /// How the budget line gets its light.
    pub(crate) budget: BudgetRule,
    /// The bands of a higher-is-better indicator's progress value.
    pub(crate) pace: Bands,
    /// Whether higher-is-better ratios (`%`, `‰`, `倍`) and points (`分`) are paced like
    /// counts; when not, they are judged against the full target, inside or not.
    pub(crate) pace_ratios: bool,
    /// Points by which goal completion and budget execution may differ before it is a finding.
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub(crate) divergence: Option<Decimal>,
    /// When a light needs a reason.
    pub(crate) reasons: ReasonRule,
    /// Whether a light that needs a reason needs a corrective measure (纠偏措施) too.
    pub(crate) remedy_required: bool,
}

impl Default for Profile {
    /// [`Profile::central`].
    fn default() -> Self {
        Profile::central()
    }
}

impl Profile {
    /// The rule table of a widely used fiscal system: budget execution against the calendar
    /// (red below 60, yellow 60 to below 80, green from 80); higher-is-better indicators paced
    /// (red below 60, yellow 60 to below 80, green 80 to below 120, blue from 120); rates,
    /// ratios and points (`≥90%`, `≥85分`) judged against the full target, never paced (88%
    /// against `≥90%` in July is behind, not ahead: a rate does not grow with the calendar); a
    /// reason and a corrective measure for every red and yellow light;
    /// no divergence check.
    ///
    /// ```
    /// use jixiao::monitor::{Profile, ReasonRule};
    /// let p = Profile::central();
    /// assert_eq!((p.name(), p.reasons(), p.remedy_required()), ("central", ReasonRule::RedAndYellow, true));
    /// assert!(!p.pace_ratios()); // 88% against ≥90% in July is behind, not ahead
    /// assert_eq!(p.divergence(), None);
    /// ```
    pub fn central() -> Profile {
        Profile {
            name: "central".to_string(),
            budget: BudgetRule::Pace { bands: Bands::central_budget() },
            pace: Bands::central(),
            pace_ratios: false,
            divergence: None,
            reasons: ReasonRule::RedAndYellow,
            remedy_required: true,
        }
    }

    /// The published variant with fixed budget checkpoints: 25% executed by the end of April,
    /// 40% by June, 60% by August, 80% by October, and a finding where goal completion and
    /// budget execution differ by more than 10 points; otherwise as [`Profile::central`].
    ///
    /// ```
    /// use jixiao::monitor::{BudgetRule, Profile};
    /// use jixiao::Decimal;
    /// let p = Profile::checkpoints();
    /// assert!(matches!(p.budget_rule(), BudgetRule::Checkpoints { .. }));
    /// assert_eq!(p.divergence(), Some(Decimal::TEN));
    /// ```
    pub fn checkpoints() -> Profile {
        let at = |month, rate: i64| Checkpoint { month, rate: Decimal::from(rate) };
        Profile {
            name: "checkpoints".to_string(),
            budget: BudgetRule::Checkpoints { checkpoints: vec![at(4, 25), at(6, 40), at(8, 60), at(10, 80)] },
            divergence: Some(Decimal::TEN),
            ..Profile::central()
        }
    }

    /// A builder starting from [`Profile::central`].
    pub fn builder() -> ProfileBuilder {
        ProfileBuilder { profile: Profile::central() }
    }

    /// A builder starting from this profile.
    pub fn to_builder(&self) -> ProfileBuilder {
        ProfileBuilder { profile: self.clone() }
    }

    /// The profile's name (`central`, `checkpoints`, or as built).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// How the budget line gets its light.
    pub fn budget_rule(&self) -> &BudgetRule {
        &self.budget
    }

    /// The bands of a higher-is-better indicator's progress value.
    pub fn pace_bands(&self) -> Bands {
        self.pace
    }

    /// Whether ratios, points and counts per a time (`≥2次/月`) are paced like counts.
    pub fn pace_ratios(&self) -> bool {
        self.pace_ratios
    }

    /// The points by which goal completion and budget execution may differ, if checked.
    pub fn divergence(&self) -> Option<Decimal> {
        self.divergence
    }

    /// When a light needs a reason.
    pub fn reasons(&self) -> ReasonRule {
        self.reasons
    }

    /// Whether a light that needs a reason needs a corrective measure too.
    pub fn remedy_required(&self) -> bool {
        self.remedy_required
    }
}

/// Builds a monitoring [`Profile`]; [`ProfileBuilder::build`] checks the settings agree.
///
/// ```
/// use jixiao::monitor::{Profile, ReasonRule};
/// use jixiao::Decimal;
/// let p = Profile::central().to_builder().name("省级方案").budget_pace(Decimal::from(50), Decimal::from(75)).remedy_required(false).build()?;
/// assert_eq!((p.name(), p.remedy_required()), ("省级方案", false));
/// assert_eq!(p.reasons(), ReasonRule::RedAndYellow);
/// assert!(Profile::builder().divergence(Some(Decimal::from(-1))).build().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct ProfileBuilder {
    profile: Profile,
}

impl ProfileBuilder {
    /// The name shown on summaries.
    pub fn name(mut self, name: &str) -> Self {
        self.profile.name = name.to_string();
        self
    }

    /// Budget execution against the calendar, red below `red_below`, green from `green_from`.
    pub fn budget_pace(mut self, red_below: Decimal, green_from: Decimal) -> Self {
        self.profile.budget = BudgetRule::Pace { bands: Bands { red_below, green_from, blue_from: None } };
        self
    }

    /// Budget execution against the calendar, lit by `bands` (a blue light too, where given).
    pub fn budget_pace_bands(mut self, bands: Bands) -> Self {
        self.profile.budget = BudgetRule::Pace { bands };
        self
    }

    /// Budget execution against fixed checkpoints.
    pub fn budget_checkpoints(mut self, checkpoints: Vec<Checkpoint>) -> Self {
        self.profile.budget = BudgetRule::Checkpoints { checkpoints };
        self
    }

    /// The bands of a higher-is-better indicator's progress value; `None` for no blue light.
    pub fn pace_bands(mut self, red_below: Decimal, green_from: Decimal, blue_from: Option<Decimal>) -> Self {
        self.profile.pace = Bands { red_below, green_from, blue_from };
        self
    }

    /// Whether rates, ratios (`%`, `‰`, `倍`), points (`分`) and counts per a time (`≥2次/月`,
    /// `日均≥1000人次`) are paced like counts, or judged against the full target (the default).
    pub fn pace_ratios(mut self, pace: bool) -> Self {
        self.profile.pace_ratios = pace;
        self
    }

    /// The points by which goal completion and budget execution may differ before it is a
    /// finding; `None` for no check.
    pub fn divergence(mut self, points: Option<Decimal>) -> Self {
        self.profile.divergence = points;
        self
    }

    /// When a light needs a reason.
    pub fn reasons(mut self, rule: ReasonRule) -> Self {
        self.profile.reasons = rule;
        self
    }

    /// Whether a light that needs a reason needs a corrective measure (纠偏措施) too.
    pub fn remedy_required(mut self, required: bool) -> Self {
        self.profile.remedy_required = required;
        self
    }

    /// The profile.
    ///
    /// # Errors
    /// [`MonitorError::InvalidProfile`] for bands out of order or below zero, checkpoints that
    /// are empty, outside months 1–12, not in month order or falling, or a negative divergence.
    pub fn build(self) -> Result<Profile, MonitorError> {
        let p = self.profile;
        let bad = |m: &str| Err(MonitorError::InvalidProfile(m.to_string()));
        if !p.pace.is_valid() {
            return bad("indicator bands must satisfy 0 ≤ red ≤ green ≤ blue");
        }
        match &p.budget {
            BudgetRule::Pace { bands } if !bands.is_valid() => return bad("budget bands must satisfy 0 ≤ red ≤ green ≤ blue"),
            BudgetRule::Checkpoints { checkpoints } => {
                if checkpoints.is_empty() {
                    return bad("no budget checkpoint");
                }
                if checkpoints.iter().any(|c| !(1..=12).contains(&c.month) || c.rate.is_sign_negative() || c.rate > Decimal::ONE_HUNDRED) {
                    return bad("a checkpoint needs a month 1–12 and a rate from 0 to 100");
                }
                if checkpoints.windows(2).any(|w| w[0].month >= w[1].month || w[0].rate > w[1].rate) {
                    return bad("checkpoints must come in month order with rates that do not fall");
                }
            }
            BudgetRule::Pace { .. } => {}
        }
        if p.divergence.is_some_and(|d| d.is_sign_negative()) {
            return bad("negative divergence");
        }
        Ok(p)
    }
}
