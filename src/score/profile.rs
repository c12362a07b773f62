//! [`Profile`] (评分方案): the rules of one scoring scheme, and its [`ProfileBuilder`].

use rust_decimal::{Decimal, RoundingStrategy};

use super::error::ScoreError;
use crate::grade::{Grade, GradeBands};

/// How a lower-is-better target (反向指标: `≤`, `<`) that was missed is scored.
///
/// ```
/// use jixiao::score::{LowerRule, Profile};
/// use jixiao::Decimal;
/// let (target, actual) = ("≤5%".parse()?, "8%".parse()?);
/// let ratio = Profile::central().score_indicator(&target, &actual, Decimal::TEN)?;
/// assert_eq!(ratio.score.to_string(), "6.25"); // 10 × 5 ÷ 8
/// let linear = Profile::builder().lower_rule(LowerRule::Linear).build()?;
/// assert_eq!(linear.score_indicator(&target, &actual, Decimal::TEN)?.score.to_string(), "4.00"); // 10 × (1 − 3 ÷ 5)
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum LowerRule {
    /// weight × target ÷ actual (Hubei, most published notes). The default.
    #[default]
    Ratio,
    /// weight × (1 − (actual − target) ÷ target), reaching 0 at twice the target.
    Linear,
}

/// What happens when a higher-is-better target is exceeded (超额完成).
///
/// ```
/// use jixiao::score::{OverAchievement, Profile, Rule};
/// use jixiao::Decimal;
/// let (target, actual) = ("≥100人".parse()?, "150人".parse()?);
/// assert_eq!(Profile::central().score_indicator(&target, &actual, Decimal::TEN)?.score, Decimal::TEN); // capped
/// let strict = Profile::builder().over_achievement(OverAchievement::ZeroAbove("0.3".parse()?)).build()?;
/// let s = strict.score_indicator(&target, &actual, Decimal::TEN)?;
/// assert_eq!((s.rule, s.score), (Rule::OverLimit, Decimal::ZERO)); // +50% > +30%: the target was too low
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum OverAchievement {
    /// Full marks, never more (the default).
    #[default]
    Cap,
    /// Zero when the actual exceeds the target by more than this fraction (`0.3` is +30%), as
    /// one local scheme does for quantities (not for percentages): the target was set too low.
    ZeroAbove(
        #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
        #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
        Decimal,
    ),
}

/// How scores are rounded (half-up) and written: two decimals (`9.80`, `10.00`) or whole points.
///
/// A missed target never rounds up to full marks: with whole points 9.95 of 10 is 9, with two
/// decimals 9.995 is 9.99. An assessor's own score inside a band is kept as given.
///
/// ```
/// use jixiao::score::Rounding;
/// assert_eq!(Rounding::Hundredths.round("8.625".parse()?).to_string(), "8.63");
/// assert_eq!(Rounding::Whole.round("8.5".parse()?).to_string(), "9");
/// assert_eq!(Rounding::Hundredths.written(jixiao::Decimal::TEN).to_string(), "10.00");
/// assert_eq!(Rounding::Whole.step(), jixiao::Decimal::ONE);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Rounding {
    /// Two decimals (保留两位小数), the default.
    #[default]
    Hundredths,
    /// Whole points (取整).
    Whole,
}

impl Rounding {
    /// The number of decimals kept.
    pub const fn places(self) -> u32 {
        match self {
            Rounding::Hundredths => 2,
            Rounding::Whole => 0,
        }
    }

    /// The smallest step: 0.01 or 1.
    pub fn step(self) -> Decimal {
        Decimal::new(1, self.places())
    }

    /// Rounds half-up (`8.625` → `8.63`, `8.5` → `9` in whole points).
    pub fn round(self, x: Decimal) -> Decimal {
        x.round_dp_with_strategy(self.places(), RoundingStrategy::MidpointAwayFromZero)
    }

    /// `x` written with the places kept (`10` → `10.00`, `5.0` → `5.00` in hundredths); a score
    /// given with more places (an assessor's `7.5` in whole points) is kept as given.
    pub fn written(self, mut x: Decimal) -> Decimal {
        if x.scale() < self.places() {
            x.rescale(self.places());
        }
        x
    }
}

/// Where the score of a qualitative band (档次) falls when the assessor gives none.
///
/// 达成 always gives full marks; this chooses the point inside 部分达成 and 未达成.
///
/// ```
/// use jixiao::score::{BandPoint, Profile};
/// use jixiao::Decimal;
/// let (target, partly) = ("按时完成".parse()?, "部分达成".parse()?);
/// assert_eq!(Profile::central().score_indicator(&target, &partly, Decimal::TEN)?.score.to_string(), "6.00");
/// let middle = Profile::builder().band_point(BandPoint::Middle).build()?;
/// assert_eq!(middle.score_indicator(&target, &partly, Decimal::TEN)?.score.to_string(), "7.00");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum BandPoint {
    /// The band's lowest score (部分达成 60%, 未达成 0 under central bands). The default.
    #[default]
    Lower,
    /// The middle of the band (部分达成 70%, 未达成 30% under central bands).
    Middle,
}

/// The qualitative bands (定性指标档次) as percentages of the weight: 达成 from `achieved` to
/// 100, 部分达成 from `partial` to below `achieved`, 未达成 below `partial`.
///
/// ```
/// use jixiao::score::Profile;
/// use jixiao::Decimal;
/// let b = Profile::hubei().qualitative_bands();
/// assert_eq!((b.achieved, b.partial), (Decimal::from(80), Decimal::from(50)));
/// let mine = Profile::builder().qualitative_bands(Decimal::from(90), Decimal::from(60)).build()?;
/// assert_eq!(mine.qualitative_bands().achieved, Decimal::from(90));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct QualitativeBands {
    /// Lowest percentage of 达成年度指标 (80).
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub achieved: Decimal,
    /// Lowest percentage of 部分达成年度指标 (60 central, 50 Hubei).
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub partial: Decimal,
}

/// The weights (分值) used when indicators carry none of their own.
///
/// ```
/// use jixiao::score::{DefaultWeights, Profile};
/// use jixiao::Decimal;
/// assert_eq!(Profile::central().default_weights().total(), Decimal::from(90)); // 产出50 + 效益30 + 满意度10
/// assert_eq!(Profile::hubei().default_weights(), DefaultWeights::Even(Decimal::from(80)));
/// let p = Profile::builder().even_weights(Decimal::from(90)).build()?;
/// assert_eq!(p.default_weights().total() + p.budget_points(), Decimal::from(100));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum DefaultWeights {
    /// A block per level 1, split evenly among its indicators. A level-1 成本指标 (newer
    /// templates) shares the 产出 block; other level-1 names have no default weight.
    ByLevel1 {
        /// 产出指标 (50).
        #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
        #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
        output: Decimal,
        /// 效益指标 (30).
        #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
        #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
        benefit: Decimal,
        /// 满意度指标 (10).
        #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
        #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
        satisfaction: Decimal,
    },
    /// One total split evenly over all indicators (Hubei 80, Sichuan 90).
    Even(
        #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
        #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
        Decimal,
    ),
}

impl DefaultWeights {
    /// The points all indicators together are worth.
    pub fn total(&self) -> Decimal {
        match *self {
            DefaultWeights::ByLevel1 { output, benefit, satisfaction } => output.saturating_add(benefit).saturating_add(satisfaction),
            DefaultWeights::Even(t) => t,
        }
    }
}

/// A scoring scheme (评分方案) for 绩效自评; the rules in brief are in the [module docs](crate::score).
///
/// ```
/// use jixiao::score::{LowerRule, Profile, Rounding};
/// use jixiao::Grade;
/// use jixiao::Decimal;
///
/// let central = Profile::central();
/// assert_eq!(central.budget_points(), Decimal::from(10));
/// assert_eq!(central.grade(Decimal::from(96)), Grade::Excellent);
///
/// let whole = Profile::builder().name("整数计分").rounding(Rounding::Whole).lower_rule(LowerRule::Linear).build()?;
/// assert_eq!(whole.rounding(), Rounding::Whole);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Profile {
    pub(crate) name: String,
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub(crate) budget_points: Decimal,
    pub(crate) default_weights: DefaultWeights,
    pub(crate) lower_rule: LowerRule,
    pub(crate) bands: QualitativeBands,
    pub(crate) band_point: BandPoint,
    pub(crate) over_achievement: OverAchievement,
    pub(crate) rounding: Rounding,
    pub(crate) grades: GradeBands,
}

impl Default for Profile {
    /// [`Profile::central`].
    fn default() -> Self {
        Profile::central()
    }
}

impl Profile {
    /// The central-type scheme (中央部门, Anhui and most provinces): 预算执行率 10 points
    /// (10 × rate, rate capped at 100%); 产出 50, 效益 30, 满意度 10 when indicators carry no
    /// weights; lower-is-better by ratio; bands 80% / 60%; over-achievement capped; two
    /// decimals; 优 ≥ 90, 良 ≥ 80, 中 ≥ 60.
    ///
    /// ```
    /// use jixiao::score::{DefaultWeights, Profile};
    /// use jixiao::Decimal;
    /// let p = Profile::central();
    /// assert_eq!((p.name(), p.budget_points()), ("central", Decimal::TEN));
    /// assert!(matches!(p.default_weights(), DefaultWeights::ByLevel1 { .. }));
    /// ```
    pub fn central() -> Profile {
        Profile {
            name: "central".to_string(),
            budget_points: Decimal::from(10),
            default_weights: DefaultWeights::ByLevel1 {
                output: Decimal::from(50),
                benefit: Decimal::from(30),
                satisfaction: Decimal::from(10),
            },
            lower_rule: LowerRule::Ratio,
            bands: QualitativeBands { achieved: Decimal::from(80), partial: Decimal::from(60) },
            band_point: BandPoint::Lower,
            over_achievement: OverAchievement::Cap,
            rounding: Rounding::Hundredths,
            grades: GradeBands::default(),
        }
    }

    /// The Hubei-style scheme: 预算执行率 20 points, 80 points split evenly over the targets
    /// when they carry no weights, bands 80% / 50%; otherwise as [`Profile::central`].
    ///
    /// ```
    /// use jixiao::score::{Actuals, Profile};
    /// use jixiao::Decimal;
    /// let doc = jixiao::import::table::parse(include_str!("../../data/self_eval/01-yongde.tsv"))?;
    /// let p = &doc.projects[0];
    /// assert_eq!(Profile::hubei().budget_points(), Decimal::from(20));
    /// // the table's own 分值 (10 each) and 10 budget points add up to 100, not 110: no total
    /// assert_eq!(Profile::hubei().score(p, &Actuals::from_project(p))?.total, None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn hubei() -> Profile {
        Profile {
            name: "hubei".to_string(),
            budget_points: Decimal::from(20),
            default_weights: DefaultWeights::Even(Decimal::from(80)),
            bands: QualitativeBands { achieved: Decimal::from(80), partial: Decimal::from(50) },
            ..Profile::central()
        }
    }

    /// The Sichuan-style scheme: 预算执行率 10 points, 90 points over the indicators (their own
    /// weights, or split evenly when they carry none); otherwise as [`Profile::central`].
    ///
    /// ```
    /// use jixiao::score::{DefaultWeights, Profile};
    /// use jixiao::Decimal;
    /// assert_eq!(Profile::sichuan().default_weights(), DefaultWeights::Even(Decimal::from(90)));
    /// ```
    pub fn sichuan() -> Profile {
        Profile { name: "sichuan".to_string(), default_weights: DefaultWeights::Even(Decimal::from(90)), ..Profile::central() }
    }

    /// A builder starting from [`Profile::central`].
    pub fn builder() -> ProfileBuilder {
        ProfileBuilder { profile: Profile::central() }
    }

    /// A builder starting from this profile.
    pub fn to_builder(&self) -> ProfileBuilder {
        ProfileBuilder { profile: self.clone() }
    }

    /// The profile's name (`central`, `hubei`, `sichuan`, or as built).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Points for budget execution (预算执行率分值).
    pub fn budget_points(&self) -> Decimal {
        self.budget_points
    }

    /// Weights used when indicators carry none.
    pub fn default_weights(&self) -> DefaultWeights {
        self.default_weights
    }

    /// The rule for missed lower-is-better targets.
    pub fn lower_rule(&self) -> LowerRule {
        self.lower_rule
    }

    /// The qualitative bands.
    pub fn qualitative_bands(&self) -> QualitativeBands {
        self.bands
    }

    /// The default point inside a band.
    pub fn band_point(&self) -> BandPoint {
        self.band_point
    }

    /// The over-achievement rule.
    pub fn over_achievement(&self) -> OverAchievement {
        self.over_achievement
    }

    /// The rounding of scores.
    pub fn rounding(&self) -> Rounding {
        self.rounding
    }

    /// The grade bands.
    pub fn grade_bands(&self) -> GradeBands {
        self.grades
    }

    /// The grade of a total under this profile.
    ///
    /// ```
    /// use jixiao::score::Profile;
    /// use jixiao::{Grade, GradeBands};
    /// let strict = Profile::builder().grade_bands(GradeBands { excellent: 95.into(), good: 85.into(), fair: 60.into() }).build()?;
    /// assert_eq!(Profile::central().grade(92.into()), Grade::Excellent);
    /// assert_eq!(strict.grade(92.into()), Grade::Good);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn grade(&self, total: Decimal) -> Grade {
        self.grades.grade(total)
    }
}

/// Builds a [`Profile`]; [`ProfileBuilder::build`] checks the settings agree.
///
/// ```
/// use jixiao::score::{Profile, Rounding};
/// use jixiao::Decimal;
/// let local = Profile::hubei().to_builder().name("某市方案").rounding(Rounding::Whole).build()?;
/// assert_eq!((local.name(), local.budget_points()), ("某市方案", Decimal::from(20)));
/// assert!(Profile::builder().budget_points(Decimal::from(-10)).build().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct ProfileBuilder {
    profile: Profile,
}

impl ProfileBuilder {
    /// The name shown on scorecards.
    pub fn name(mut self, name: &str) -> Self {
        self.profile.name = name.to_string();
        self
    }

    /// Points for budget execution: points × executed ÷ budget, the rate capped at 100%.
    pub fn budget_points(mut self, points: Decimal) -> Self {
        self.profile.budget_points = points;
        self
    }

    /// Level-1 blocks (产出, 效益, 满意度) split evenly inside each block, for indicators without
    /// weights.
    pub fn level1_weights(mut self, output: Decimal, benefit: Decimal, satisfaction: Decimal) -> Self {
        self.profile.default_weights = DefaultWeights::ByLevel1 { output, benefit, satisfaction };
        self
    }

    /// One total split evenly over all indicators without weights.
    pub fn even_weights(mut self, total: Decimal) -> Self {
        self.profile.default_weights = DefaultWeights::Even(total);
        self
    }

    /// The rule for missed lower-is-better targets.
    pub fn lower_rule(mut self, rule: LowerRule) -> Self {
        self.profile.lower_rule = rule;
        self
    }

    /// Qualitative bands in percent of the weight (`80`, `60`).
    pub fn qualitative_bands(mut self, achieved: Decimal, partial: Decimal) -> Self {
        self.profile.bands = QualitativeBands { achieved, partial };
        self
    }

    /// The default point inside a band.
    pub fn band_point(mut self, point: BandPoint) -> Self {
        self.profile.band_point = point;
        self
    }

    /// The over-achievement rule.
    pub fn over_achievement(mut self, rule: OverAchievement) -> Self {
        self.profile.over_achievement = rule;
        self
    }

    /// The rounding of scores.
    pub fn rounding(mut self, rounding: Rounding) -> Self {
        self.profile.rounding = rounding;
        self
    }

    /// The grade bands.
    pub fn grade_bands(mut self, grades: GradeBands) -> Self {
        self.profile.grades = grades;
        self
    }

    /// The profile.
    ///
    /// # Errors
    /// [`ScoreError::InvalidProfile`] for negative points or weights, bands outside
    /// 0 ≤ partial ≤ achieved ≤ 100, a negative over-achievement margin, or grade bands out of
    /// order.
    pub fn build(self) -> Result<Profile, ScoreError> {
        let p = self.profile;
        let bad = |problem: ProfileProblem| Err(ScoreError::InvalidProfile(problem));
        if p.budget_points.is_sign_negative() {
            return bad(ProfileProblem::NegativeBudgetPoints);
        }
        let weights_ok = match p.default_weights {
            DefaultWeights::ByLevel1 { output, benefit, satisfaction } => {
                [output, benefit, satisfaction].iter().all(|w| !w.is_sign_negative())
            }
            DefaultWeights::Even(t) => !t.is_sign_negative(),
        };
        if !weights_ok {
            return bad(ProfileProblem::NegativeDefaultWeight);
        }
        let b = p.bands;
        if b.partial.is_sign_negative() || b.partial > b.achieved || b.achieved > Decimal::ONE_HUNDRED {
            return bad(ProfileProblem::BandsOutOfOrder);
        }
        if let OverAchievement::ZeroAbove(m) = p.over_achievement {
            if m.is_sign_negative() {
                return bad(ProfileProblem::NegativeMargin);
            }
        }
        let g = p.grades;
        if !(g.excellent >= g.good && g.good >= g.fair) {
            return bad(ProfileProblem::GradesOutOfOrder);
        }
        Ok(p)
    }
}

/// What is wrong with a profile's settings ([`ScoreError::InvalidProfile`]).
///
/// ```
/// use jixiao::score::{Profile, ProfileProblem, ScoreError};
/// use jixiao::Decimal;
/// let e = Profile::builder().qualitative_bands(Decimal::from(60), Decimal::from(80)).build().unwrap_err();
/// assert_eq!(e, ScoreError::InvalidProfile(ProfileProblem::BandsOutOfOrder));
/// assert_eq!(e.zh(), "评分方案设置矛盾：定性档次须满足 0 ≤ 部分达成 ≤ 达成 ≤ 100");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProfileProblem {
    /// Budget-execution points below zero.
    NegativeBudgetPoints,
    /// A default weight below zero.
    NegativeDefaultWeight,
    /// Qualitative bands outside 0 ≤ partial ≤ achieved ≤ 100.
    BandsOutOfOrder,
    /// An over-achievement margin below zero.
    NegativeMargin,
    /// Grade bands not in the order 优 ≥ 良 ≥ 中.
    GradesOutOfOrder,
}

impl ProfileProblem {
    /// In English.
    pub const fn en(self) -> &'static str {
        match self {
            ProfileProblem::NegativeBudgetPoints => "negative budget points",
            ProfileProblem::NegativeDefaultWeight => "negative default weight",
            ProfileProblem::BandsOutOfOrder => "qualitative bands must satisfy 0 ≤ partial ≤ achieved ≤ 100",
            ProfileProblem::NegativeMargin => "negative over-achievement margin",
            ProfileProblem::GradesOutOfOrder => "grade bands must satisfy 优 ≥ 良 ≥ 中",
        }
    }

    /// In Chinese.
    pub const fn zh(self) -> &'static str {
        match self {
            ProfileProblem::NegativeBudgetPoints => "预算执行率分值为负数",
            ProfileProblem::NegativeDefaultWeight => "默认分值为负数",
            ProfileProblem::BandsOutOfOrder => "定性档次须满足 0 ≤ 部分达成 ≤ 达成 ≤ 100",
            ProfileProblem::NegativeMargin => "超额完成的限度为负数",
            ProfileProblem::GradesOutOfOrder => "等级分数线须满足 优 ≥ 良 ≥ 中",
        }
    }
}

impl core::fmt::Display for ProfileProblem {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.en())
    }
}
