//! Scoring one indicator: [`Profile::score_indicator`] and its result [`ItemScore`].

use core::fmt;

use rust_decimal::{Decimal, RoundingStrategy};

use super::error::ScoreError;
use super::profile::{BandPoint, LowerRule, OverAchievement, Profile};
use super::why::{Formula, Lang, Outcome, RangeEnd, Why};
use crate::actual::{Actual, Band};
use crate::error::CompareError;
use crate::quantity::Quantity;
use crate::threshold::{bare_in, Comparator, Comparison, Range, Threshold};

/// The rule that gave an item its score.
///
/// ```
/// use jixiao::score::{Profile, Rule};
/// use jixiao::Decimal;
/// let p = Profile::central();
/// let s = p.score_indicator(&"≤5%".parse()?, &"8%".parse()?, Decimal::TEN)?;
/// assert_eq!((s.rule, s.score.to_string()), (Rule::LowerRatio, "6.25".to_string())); // 10 × 5 ÷ 8
/// let s = p.score_indicator(&"0起".parse()?, &"1起".parse()?, Decimal::TEN)?;
/// assert_eq!((s.rule, s.score), (Rule::ZeroTarget, Decimal::ZERO));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Rule {
    /// The target was met: full marks (满分), over-achievement capped.
    Full,
    /// A higher-is-better target missed: weight × actual ÷ target.
    Proportional,
    /// A lower-is-better target missed, [`LowerRule::Ratio`]: weight × target ÷ actual.
    LowerRatio,
    /// A lower-is-better target missed, [`LowerRule::Linear`]: weight × (1 − (actual − target) ÷ target).
    LowerLinear,
    /// A target of 0 (`≤0次`, a bare `0起`) missed: 0.
    ZeroTarget,
    /// A deadline missed (逾期): 0.
    Overdue,
    /// Exceeded by more than the profile's margin ([`OverAchievement::ZeroAbove`]): 0.
    OverLimit,
    /// The assessor's band (档次), at the score given or the profile's point inside it.
    Band,
}

/// The score of one indicator (单项得分), with the rule applied in Chinese and English.
///
/// The explanation is kept as the rule's numbers and written out on demand by
/// [`ItemScore::rule_zh`] and [`ItemScore::rule_en`] (JSON carries both texts).
///
/// ```
/// use jixiao::score::{Profile, Rule};
/// use jixiao::{Actual, Decimal, Threshold};
///
/// let p = Profile::central();
/// let s = p.score_indicator(&"≥50个".parse()?, &"50".parse()?, Decimal::from(8))?;
/// assert!(s.met);
/// assert_eq!(s.score, Decimal::from(8));
/// assert_eq!(s.rule_zh(), "≥: 完成值 50个 ≥ 目标 50个, 满分");
///
/// let s = p.score_indicator(&"≥2万人".parse()?, &"15000人".parse()?, Decimal::from(10))?;
/// assert_eq!((s.met, s.rule, s.score.to_string().as_str()), (false, Rule::Proportional, "7.50"));
///
/// // units that measure different things are an error
/// assert!(p.score_indicator(&"≥20000家".parse()?, &"20001人".parse()?, Decimal::TEN).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
#[non_exhaustive]
pub struct ItemScore {
    /// 得分: between 0 and `weight`; full marks exactly when `met` (except an assessor's own
    /// score inside 达成).
    pub score: Decimal,
    /// 分值: the weight scored against.
    pub weight: Decimal,
    /// Whether the target was met (达成). `=` and bare values count as `≥`.
    pub met: bool,
    /// The rule applied.
    pub rule: Rule,
    /// The numbers the explanation is written from.
    pub(crate) why: Why,
}

impl ItemScore {
    /// The rule applied, in Chinese (`≥: 完成值 50个 ≥ 目标 50个, 满分`).
    pub fn rule_zh(&self) -> String {
        self.why.text(self, Lang::Zh)
    }

    /// The rule applied, in English (`≥: actual 50个 ≥ target 50个, full marks`).
    ///
    /// ```
    /// use jixiao::score::Profile;
    /// use jixiao::Decimal;
    /// let s = Profile::central().score_indicator(&"≥2万人".parse()?, &"15000人".parse()?, Decimal::TEN)?;
    /// assert_eq!(s.rule_en(), "≥: actual 15000人 < target 2万人, score = 10 × 15000 ÷ 20000 = 7.50");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rule_en(&self) -> String {
        self.why.text(self, Lang::En)
    }
}

/// Equal when score, weight, `met`, rule and both texts are.
impl PartialEq for ItemScore {
    fn eq(&self, other: &Self) -> bool {
        (self.score, self.weight, self.met, self.rule) == (other.score, other.weight, other.met, other.rule)
            && self.rule_zh() == other.rule_zh()
            && self.rule_en() == other.rule_en()
    }
}

impl Eq for ItemScore {}

impl fmt::Debug for ItemScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ItemScore")
            .field("score", &self.score)
            .field("weight", &self.weight)
            .field("met", &self.met)
            .field("rule", &self.rule)
            .field("rule_zh", &self.rule_zh())
            .field("rule_en", &self.rule_en())
            .finish()
    }
}

/// What an indicator's row says about how its target reads, beyond the target itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Sense {
    /// The project's year (年度), for deadlines without one. (What the row's block adds to a
    /// bare value, a ceiling under 成本 or 时效, is in [`crate::Indicator::target`].)
    pub(crate) year: Option<u16>,
}

impl Profile {
    /// Scores one indicator against `weight` (分值), in a table of no known year (the rules are
    /// in the [module docs](crate::score)). See [`Profile::score_indicator_in`].
    ///
    /// # Errors
    /// As [`Profile::score_indicator_in`].
    pub fn score_indicator(&self, target: &Threshold, actual: &Actual, weight: Decimal) -> Result<ItemScore, ScoreError> {
        self.score_target(target, actual, weight, Sense::default())
    }

    /// Scores one indicator against `weight` (分值) in a table of `year` (年度), when known.
    ///
    /// - Higher is better (`≥`, `>`, `=`, a bare value): met → full; otherwise
    ///   weight × actual ÷ target. Over-achievement is capped (or zeroed, see
    ///   [`OverAchievement`]).
    /// - Lower is better (`≤`, `<`): met → full; otherwise by the profile's [`LowerRule`].
    /// - A target of 0 (`≤0次`, a bare `0起`): met → full, otherwise 0. Deadlines likewise
    ///   (a deadline without a year is in `year`).
    /// - A range: inside → full; below as `≥ low`, above as `≤ high`.
    /// - A band (达成 / 部分达成 / 未达成) for a qualitative target or a deadline: the score given
    ///   (which must lie in the band) or the profile's [`BandPoint`]; 达成 without a score is full
    ///   marks. Against a number, a word that claims it reached (`完成`, `良好`, `是`) is not
    ///   scored ([`CompareError::NeedsQuantity`]); one that admits falling short (`基本完成`) is
    ///   scored in its band.
    /// - A qualitative target is met by an actual repeating its text; a yes/no target (是/否) by
    ///   the same answer in any wording (否, 无, 没有, 不是, 未发生), and missed by the other; a
    ///   grade or a level of satisfaction by its ladder (`满意` answered `基本满意` is one below);
    ///   other words state a band (基本完成, 较差 …). A bare 是 or 否 against a ceiling or an
    ///   avoidance target (`0起`, `无违规`) is not scored: the question's way is not known.
    ///
    /// A bare value is scored as the target is written; what a row adds (a bare amount under
    /// 成本指标 or a bare duration under 时效指标 is a ceiling) is in
    /// [`Indicator::target`](crate::Indicator::target), which [`Profile::score`] scores.
    ///
    /// An actual written without unit takes the target's unit and magnitude (`2.1` against
    /// `≥2万人` is 2.1万人), or is in units when too large for that (`19999`; between the two,
    /// [`CompareError::BareMagnitude`]); convertible units convert (`1天` meets `≤24小时`); an actual written
    /// as a bound that lies within the target meets it (`<2小时` for `<2小时`). A missed target
    /// never gets full marks: its rounded score stays one rounding step below the weight (with
    /// whole points, 9.95 of 10 is 9).
    ///
    /// ```
    /// use jixiao::score::{Profile, Rule};
    /// use jixiao::Decimal;
    /// let (target, late) = ("12月底前".parse()?, "2026年1月".parse()?);
    /// let s = Profile::central().score_indicator_in(&target, &late, Decimal::from(5), Some(2025))?;
    /// assert_eq!((s.met, s.rule, s.score), (false, Rule::Overdue, Decimal::ZERO));
    /// assert!(Profile::central().score_indicator(&target, &late, Decimal::from(5)).is_err()); // which year?
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`ScoreError::Compare`] for units of different dimensions, an actual of the wrong kind
    /// (a word for a number), a year-less deadline without a year, or an answer that cannot
    /// settle the target (as [`Threshold::is_met_in`]); [`ScoreError::UnrecognisedAnswer`],
    /// [`ScoreError::BandScoreOutOfRange`], [`ScoreError::NotApplicable`],
    /// [`ScoreError::NegativeWeight`], [`ScoreError::Overflow`].
    pub fn score_indicator_in(
        &self,
        target: &Threshold,
        actual: &Actual,
        weight: Decimal,
        year: Option<u16>,
    ) -> Result<ItemScore, ScoreError> {
        self.score_target(target, actual, weight, Sense { year })
    }

    /// Scores a target read in the sense of its row; the score is written with the profile's
    /// decimals (`10.00`, `5.00` in hundredths).
    pub(crate) fn score_target(&self, target: &Threshold, actual: &Actual, weight: Decimal, sense: Sense) -> Result<ItemScore, ScoreError> {
        let mut s = self.score_unscaled(target, actual, weight, sense)?;
        s.score = self.rounding.written(s.score);
        Ok(s)
    }

    fn score_unscaled(&self, target: &Threshold, actual: &Actual, weight: Decimal, sense: Sense) -> Result<ItemScore, ScoreError> {
        if weight.is_sign_negative() && !weight.is_zero() {
            return Err(ScoreError::NegativeWeight(weight));
        }
        match actual {
            Actual::NotApplicable => return Err(ScoreError::NotApplicable),
            // 达成 against a number: the number is needed (as `is_met` judges it)
            Actual::Band { .. } if crate::threshold::claims_reached(target, actual) => return Err(CompareError::NeedsQuantity.into()),
            Actual::Band { band, score } => return self.band_score(*band, *score, weight),
            _ => {}
        }
        // `无` against `0起` is a count of 0, scored as that number (as `is_met` judges it)
        let zero;
        let actual = match crate::threshold::none_as_zero(target, actual) {
            Some(z) => {
                zero = z;
                &zero
            }
            None => actual,
        };
        // words in traditional characters, folded (as `is_met` judges them)
        if let Some((target, actual)) = crate::threshold::folded(target, actual) {
            return self.score_unscaled(&target, &actual, weight, sense);
        }
        // the verdicts `is_met` gives before any number is compared, given here alike
        if let Some(verdict) = crate::threshold::settled(target, actual) {
            let met = verdict?;
            match (target, actual) {
                // a bound within the target (`≥96%` against `≥95%`): full marks
                (Threshold::Compare(_), Actual::Bound(b)) if met => {
                    let why = Why::Text {
                        zh: format!("完成值{b}在目标{target}之内, 满分").into(),
                        en: format!("the actual {b} lies within the target {target}: full marks").into(),
                    };
                    return Ok(self.item(true, weight, Rule::Full, Decimal::ZERO, why));
                }
                // a bound short of the target scores as at most the bound
                (Threshold::Compare(c), Actual::Bound(b)) => {
                    let mut s = self.compare_score(c, c.effective_comparator(), &Actual::Quantity(b.quantity().clone()), weight, None)?;
                    s.met = false;
                    s.score = self.unmet(s.score, weight);
                    // the comparison scored says the bound's number reached the target: say why
                    // it did not (`不到95%` is short of `≥95%`, not 95% and full marks)
                    s.why = Why::Text {
                        zh: format!("完成值{b}未达到目标{target}: 按{}计, 未满分", b.quantity()).into(),
                        en: format!(
                            "the actual {b} falls short of the target {target}: scored as at most {}, below full marks",
                            b.quantity()
                        )
                        .into(),
                    };
                    return Ok(s);
                }
                // `有` (`发生`, `存在`…) against a target of none (`0起`): it happened
                (Threshold::Compare(_), _) => {
                    let why = Why::Text {
                        zh: format!("完成值为“{actual}”, 目标为{target}: 未达到, 0分").into(),
                        en: format!("the actual says it happened, against the target {target}: missed, 0 points").into(),
                    };
                    return Ok(self.item(met, weight, Rule::ZeroTarget, Decimal::ZERO, why));
                }
                // the same words: the repeat rule below says why
                (Threshold::Qualitative(q), _) if met && actual.repeats(q.as_str()) => {}
                (Threshold::Qualitative(_), _) if crate::threshold::grades(target, actual).is_some() => {
                    return self.grade_score(target, actual, weight);
                }
                _ => return self.band_score(if met { Band::Achieved } else { Band::NotAchieved }, None, weight),
            }
        }
        // (text holding numbers the grammar did not read is met by its own words too, as
        // `is_met` judges it)
        if let Threshold::Qualitative(q) | Threshold::Unread(q) = target {
            if actual.repeats(q.as_str()) {
                return Ok(self.item(true, weight, Rule::Full, Decimal::ZERO, Why::Qualitative(q.as_str().into())));
            }
        }
        if let Some(band) = actual.band() {
            if crate::threshold::claims_reached(target, actual) {
                return Err(CompareError::NeedsQuantity.into());
            }
            return self.band_score(band, None, weight);
        }
        match target {
            Threshold::Compare(c) => self.compare_score(c, c.effective_comparator(), actual, weight, None),
            Threshold::Range(r) => self.range_score(r, actual, weight),
            Threshold::Deadline(d) => {
                let met = target.is_met_in(actual, sense.year)?;
                let why = Why::Deadline { actual: actual.clone(), end: d.end() };
                Ok(self.item(met, weight, if met { Rule::Full } else { Rule::Overdue }, Decimal::ZERO, why))
            }
            Threshold::Qualitative(_) | Threshold::Unread(_) => match actual {
                Actual::Text(t) => Err(ScoreError::UnrecognisedAnswer(t.as_str().to_string())),
                _ => Err(CompareError::NeedsBand.into()),
            },
            Threshold::Relative(_) => Err(CompareError::NeedsBaseline.into()),
        }
    }

    /// A grade answered against a grade target (`良好` against `优秀`): met at or above the
    /// lowest grade accepted; one grade below is scored as 部分达成, two or more as 未达成, at
    /// the profile's point in that band.
    fn grade_score(&self, target: &Threshold, actual: &Actual, weight: Decimal) -> Result<ItemScore, ScoreError> {
        let Some((lowest, said)) = crate::threshold::grades(target, actual) else { return Err(CompareError::NeedsBand.into()) };
        let (band, below) = crate::threshold::grade_band(lowest, said);
        let mut s = self.band_score(band, None, weight)?;
        let (zh, en) = if below == 0 {
            (
                format!("等级: 完成等级“{actual}”（{said}）, 不低于目标{target}, 满分"),
                format!("grade: `{actual}` ({said}) is not below the target {target}, full marks"),
            )
        } else {
            (
                format!("等级: 完成等级“{actual}”（{said}）, 低于目标{target}{below}级, 按{}计 {}", band.as_str(), s.score),
                format!("grade: `{actual}` ({said}) is {below} grade(s) below the target {target}, scored as {} at {}", band.en(), s.score),
            )
        };
        s.why = Why::Text { zh: zh.into(), en: en.into() };
        Ok(s)
    }

    /// An item; `partial` is the unrounded score when not met.
    fn item(&self, met: bool, weight: Decimal, rule: Rule, partial: Decimal, why: Why) -> ItemScore {
        let score = if met { weight } else { self.unmet(partial, weight) };
        ItemScore { score, weight, met, rule, why }
    }

    /// Rounds a score of a missed target into [0, weight): never full marks.
    pub(super) fn unmet(&self, x: Decimal, weight: Decimal) -> Decimal {
        self.unmet_rounded(x, weight).0
    }

    /// [`Profile::unmet`], and `x` (at least 0) rounded: they differ when the score was held
    /// below full marks.
    fn unmet_rounded(&self, x: Decimal, weight: Decimal) -> (Decimal, Decimal) {
        let r = self.rounding.round(x.max(Decimal::ZERO));
        if r < weight {
            return (r, r);
        }
        let below = weight.round_dp_with_strategy(self.rounding.places(), RoundingStrategy::ToNegativeInfinity);
        let below = if below >= weight { below.saturating_sub(self.rounding.step()) } else { below };
        (below.max(Decimal::ZERO), r)
    }

    /// The comparison `c`, scored as `op` (its effective comparator, or `≤` for a bare cost);
    /// `range` when `c` is an end of a range.
    fn compare_score(
        &self,
        c: &Comparison,
        op: Comparator,
        actual: &Actual,
        weight: Decimal,
        range: Option<RangeEnd>,
    ) -> Result<ItemScore, ScoreError> {
        let t = c.quantity();
        let written = actual.quantity().ok_or(CompareError::NeedsQuantity)?;
        crate::threshold::unit_stated(t, written)?;
        let a = bare_in(written, t)?;
        let tn = t.normalized();
        // in one unit (or where a side has none) `Quantity::compare` and `value_in` come down to
        // the normalised values: compute them once
        let (ord, an) = if a.unit().is_none() || t.unit().is_none() || a.unit() == t.unit() {
            let an = a.normalized();
            (an.cmp(&tn), an)
        } else {
            (a.compare(t)?, a.value_in(t.unit())?)
        };
        // an actual bound that lies within the target meets it (`<2小时` for `<2小时`)
        let holds = match actual {
            Actual::Bound(b) if b.comparator() != Comparator::Eq && !b.is_approximate() => {
                Threshold::Compare(Comparison::new(op, t.clone())).is_met(actual).unwrap_or_else(|_| op.holds(ord))
            }
            _ => op.holds(ord),
        };
        let (met, rule, score, outcome) = self.outcome(op, holds, an, tn, t, weight)?;
        // built once, in place: the explanation is large enough for moves to cost
        let why = Why::Compare { range, op: c.comparator(), scored_as: op, holds, actual: a, target: t.clone(), outcome };
        Ok(ItemScore { score, weight, met, rule, why })
    }

    /// Whether met, the rule, the score and the outcome of a comparison that `holds` or not;
    /// `an` is the actual in the target's unit, `tn` the target, both as values.
    fn outcome(
        &self,
        eff: Comparator,
        holds: bool,
        an: Decimal,
        tn: Decimal,
        t: &Quantity,
        weight: Decimal,
    ) -> Result<(bool, Rule, Decimal, Outcome), ScoreError> {
        let higher = matches!(eff, Comparator::Ge | Comparator::Gt);
        if holds {
            if let (true, OverAchievement::ZeroAbove(m)) = (higher, self.over_achievement) {
                let (av, tv) = (an.normalize(), tn.normalize());
                let limit = m.checked_add(Decimal::ONE).and_then(|f| tv.checked_mul(f)).ok_or(ScoreError::Overflow)?;
                if !t.unit().is_percentage() && tv > Decimal::ZERO && av > limit {
                    let pct = m.checked_mul(Decimal::ONE_HUNDRED).ok_or(ScoreError::Overflow)?.normalize();
                    return Ok((false, Rule::OverLimit, self.unmet(Decimal::ZERO, weight), Outcome::OverLimit(pct)));
                }
            }
            return Ok((true, Rule::Full, weight, Outcome::Full));
        }
        let (av, tv) = (an.normalize(), tn.normalize());
        if tv <= Decimal::ZERO {
            return Ok((false, Rule::ZeroTarget, self.unmet(Decimal::ZERO, weight), Outcome::ZeroTarget));
        }
        let (rule, raw, formula) = if higher {
            let ratio = av.checked_div(tv).ok_or(ScoreError::Overflow)?.clamp(Decimal::ZERO, Decimal::ONE);
            (Rule::Proportional, ratio, Formula::Proportional)
        } else {
            match self.lower_rule {
                LowerRule::Ratio => {
                    let ratio = if av.is_zero() { Decimal::ONE } else { tv.checked_div(av).ok_or(ScoreError::Overflow)? };
                    (Rule::LowerRatio, ratio.clamp(Decimal::ZERO, Decimal::ONE), Formula::Ratio)
                }
                LowerRule::Linear => {
                    let over = av.checked_sub(tv).and_then(|d| d.checked_div(tv)).ok_or(ScoreError::Overflow)?;
                    let ratio = Decimal::ONE.saturating_sub(over.min(Decimal::ONE)).clamp(Decimal::ZERO, Decimal::ONE);
                    (Rule::LowerLinear, ratio, Formula::Linear)
                }
            }
        };
        let raw = weight.checked_mul(raw).ok_or(ScoreError::Overflow)?;
        // raw ≥ 0 (a weight ≥ 0 times a ratio in [0, 1]): its rounding is the one `unmet` made
        let (score, rounded) = self.unmet_rounded(raw, weight);
        let capped = rounded != score;
        Ok((false, rule, score, Outcome::Formula { formula, capped }))
    }

    fn range_score(&self, r: &Range, actual: &Actual, weight: Decimal) -> Result<ItemScore, ScoreError> {
        let written = actual.quantity().ok_or(CompareError::NeedsQuantity)?;
        let low = r.low_quantity();
        crate::threshold::unit_stated(&low, written)?;
        let a = bare_in(written, &low)?;
        if a.compare(&low)?.is_lt() {
            let c = Comparison::new(Comparator::Ge, low);
            return self.compare_score(&c, Comparator::Ge, actual, weight, Some(RangeEnd::Low(r.high())));
        }
        let high = r.high_quantity();
        if a.compare(&high)?.is_gt() {
            let c = Comparison::new(Comparator::Le, high);
            return self.compare_score(&c, Comparator::Le, actual, weight, Some(RangeEnd::High(r.low())));
        }
        Ok(self.item(true, weight, Rule::Full, Decimal::ZERO, Why::Inside { range: r.clone(), actual: a }))
    }

    /// The score range of a band: (low, high, high included).
    pub(crate) fn band_range(&self, band: Band, weight: Decimal) -> Result<(Decimal, Decimal, bool), ScoreError> {
        let pct = |p: Decimal| weight.checked_mul(p).map(|x| x / Decimal::ONE_HUNDRED).ok_or(ScoreError::Overflow);
        Ok(match band {
            Band::Achieved => (pct(self.bands.achieved)?, weight, true),
            Band::Partial => (pct(self.bands.partial)?, pct(self.bands.achieved)?, false),
            Band::NotAchieved => (Decimal::ZERO, pct(self.bands.partial)?, false),
        })
    }

    pub(super) fn band_score(&self, band: Band, given: Option<Decimal>, weight: Decimal) -> Result<ItemScore, ScoreError> {
        let (low, high, closed) = self.band_range(band, weight)?;
        let met = band == Band::Achieved;
        let rule = Rule::Band;
        if let Some(s) = given {
            let inside = s >= low && (s < high || (closed && s == high));
            if !inside {
                return Err(ScoreError::BandScoreOutOfRange { band, score: s, low, high, weight });
            }
            return Ok(ItemScore { score: s, weight, met, rule, why: Why::BandGiven { band, low, high } });
        }
        if met {
            return Ok(self.item(true, weight, rule, Decimal::ZERO, Why::BandFull(band)));
        }
        let point = match self.band_point {
            BandPoint::Lower => low,
            BandPoint::Middle => low.saturating_add(high.saturating_sub(low) / Decimal::TWO),
        };
        let score = self.unmet(point, weight);
        Ok(ItemScore { score, weight, met: false, rule, why: Why::BandPoint(band, self.band_point) })
    }
}
