//! Scoring one indicator: [`Profile::score_indicator`] and its result [`ItemScore`].

use rust_decimal::{Decimal, RoundingStrategy};

use super::error::ScoreError;
use super::profile::{BandPoint, LowerRule, OverAchievement, Profile};
use crate::actual::{Actual, Band};
use crate::error::CompareError;
use crate::quantity::Quantity;
use crate::threshold::{Comparator, Range, Threshold};

/// The rule that gave an item its score.
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
    /// A target of 0 (`≤0次`) missed: 0.
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
/// ```
/// use jixiao::score::{Profile, Rule};
/// use jixiao::{Actual, Decimal, Threshold};
///
/// let p = Profile::central();
/// let s = p.score_indicator(&"≥50个".parse()?, &"50".parse()?, Decimal::from(8))?;
/// assert!(s.met);
/// assert_eq!(s.score, Decimal::from(8));
/// assert_eq!(s.rule_zh, "≥: 完成值 50 ≥ 目标 50个, 满分");
///
/// let s = p.score_indicator(&"≥2万人".parse()?, &"15000人".parse()?, Decimal::from(10))?;
/// assert_eq!((s.met, s.rule, s.score.to_string().as_str()), (false, Rule::Proportional, "7.50"));
///
/// // units that measure different things are an error
/// assert!(p.score_indicator(&"≥20000家".parse()?, &"20001人".parse()?, Decimal::TEN).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct ItemScore {
    /// 得分: between 0 and `weight`; full marks exactly when `met` (except an assessor's own
    /// score inside 达成).
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_util::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_util::DecimalString"))]
    pub score: Decimal,
    /// 分值: the weight scored against.
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_util::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_util::DecimalString"))]
    pub weight: Decimal,
    /// Whether the target was met (达成). `=` and bare values count as `≥`.
    pub met: bool,
    /// The rule applied.
    pub rule: Rule,
    /// The rule applied, in Chinese (`≥: 完成值 50 ≥ 目标 50个, 满分`).
    pub rule_zh: String,
    /// The rule applied, in English (`≥: actual 50 ≥ target 50个, full marks`).
    pub rule_en: String,
}

impl Profile {
    /// Scores one indicator (DOMAIN §5) against `weight` (分值).
    ///
    /// - Higher is better (`≥`, `>`, `=`, a bare value): met → full; otherwise
    ///   weight × actual ÷ target. Over-achievement is capped (or zeroed, see
    ///   [`OverAchievement`]).
    /// - Lower is better (`≤`, `<`): met → full; otherwise by the profile's [`LowerRule`].
    /// - A target of 0 and deadlines: met → full, otherwise 0.
    /// - A range: inside → full; below as `≥ low`, above as `≤ high`.
    /// - A band (达成 / 部分达成 / 未达成), for any target: the score given (which must lie in
    ///   the band) or the profile's [`BandPoint`]; 达成 without a score is full marks.
    /// - A qualitative target is met by an actual repeating its text; other text needs a band.
    ///
    /// An actual without unit takes the target's; convertible units convert (`1天` meets
    /// `≤24小时`). A missed target never gets full marks: its rounded score stays one rounding
    /// step below the weight.
    ///
    /// # Errors
    /// [`ScoreError::Compare`] for units of different dimensions or an actual of the wrong kind,
    /// [`ScoreError::BandScoreOutOfRange`], [`ScoreError::NotApplicable`],
    /// [`ScoreError::NegativeWeight`], [`ScoreError::Overflow`].
    pub fn score_indicator(&self, target: &Threshold, actual: &Actual, weight: Decimal) -> Result<ItemScore, ScoreError> {
        if weight.is_sign_negative() && !weight.is_zero() {
            return Err(ScoreError::NegativeWeight(weight));
        }
        match actual {
            Actual::NotApplicable => return Err(ScoreError::NotApplicable),
            Actual::Band { band, score } => return self.band_score(*band, *score, weight),
            _ => {}
        }
        match target {
            Threshold::Compare { op, quantity } => self.compare_score(*op, quantity, actual, weight, ""),
            Threshold::Range(r) => self.range_score(r, actual, weight),
            Threshold::Deadline(d) => {
                let met = target.is_met(actual)?;
                let (zh, en) = if met {
                    (format!("时限: 完成于 {actual}, 不晚于 {}, 满分", d.end), format!("deadline: done {actual}, by {}, full marks", d.end))
                } else {
                    (
                        format!("时限: 完成于 {actual}, 晚于 {}, 逾期 0分", d.end),
                        format!("deadline: done {actual}, after {}: overdue, 0 points", d.end),
                    )
                };
                Ok(self.item(met, weight, if met { Rule::Full } else { Rule::Overdue }, Decimal::ZERO, zh, en))
            }
            Threshold::Qualitative(q) => {
                // met only by the same text; anything else is an error asking for a band
                target.is_met(actual)?;
                Ok(self.item(
                    true,
                    weight,
                    Rule::Full,
                    Decimal::ZERO,
                    format!("定性: 完成值与目标一致（{}）, 满分", q.text),
                    format!("qualitative: the actual repeats the target ({}), full marks", q.text),
                ))
            }
        }
    }

    /// An item; `partial` is the unrounded score when not met.
    fn item(&self, met: bool, weight: Decimal, rule: Rule, partial: Decimal, zh: String, en: String) -> ItemScore {
        let score = if met { weight } else { self.unmet(partial, weight) };
        ItemScore { score, weight, met, rule, rule_zh: zh, rule_en: en }
    }

    /// Rounds a score of a missed target into [0, weight): never full marks.
    pub(super) fn unmet(&self, x: Decimal, weight: Decimal) -> Decimal {
        let r = self.rounding.round(x.max(Decimal::ZERO));
        if r < weight {
            return r;
        }
        let below = weight.round_dp_with_strategy(self.rounding.places(), RoundingStrategy::ToNegativeInfinity);
        let below = if below >= weight { below.saturating_sub(self.rounding.step()) } else { below };
        below.max(Decimal::ZERO)
    }

    fn compare_score(&self, op: Comparator, t: &Quantity, actual: &Actual, weight: Decimal, label: &str) -> Result<ItemScore, ScoreError> {
        let a = actual.quantity().ok_or(CompareError::NeedsQuantity)?;
        let ord = a.compare(t)?;
        let av = a.value_in(&t.unit)?.normalize();
        let tv = t.normalized().normalize();
        let eff = if op == Comparator::Eq { Comparator::Ge } else { op };
        let met = eff.holds(ord);
        let sym = if op == Comparator::Eq { "=（按≥计分）".to_string() } else { op.symbol().to_string() };
        let sym_en = if op == Comparator::Eq { "= (scored as ≥)".to_string() } else { op.symbol().to_string() };
        let head = format!("{label}{sym}: 完成值 {a} {} 目标 {t}", relation(eff, met));
        let head_en = format!("{label}{sym_en}: actual {a} {} target {t}", relation(eff, met));
        let higher = matches!(eff, Comparator::Ge | Comparator::Gt);
        if met {
            if let (true, OverAchievement::ZeroAbove(m)) = (higher, self.over_achievement) {
                let limit = m.checked_add(Decimal::ONE).and_then(|f| tv.checked_mul(f)).ok_or(ScoreError::Overflow)?;
                if !t.unit.is_percentage() && tv > Decimal::ZERO && av > limit {
                    let pct = m.checked_mul(Decimal::ONE_HUNDRED).ok_or(ScoreError::Overflow)?.normalize();
                    return Ok(self.item(
                        false,
                        weight,
                        Rule::OverLimit,
                        Decimal::ZERO,
                        format!("{head}, 超过目标 {pct}% 以上, 0分"),
                        format!("{head_en}, exceeding the target by more than {pct}%: 0 points"),
                    ));
                }
            }
            return Ok(self.item(true, weight, Rule::Full, Decimal::ZERO, format!("{head}, 满分"), format!("{head_en}, full marks")));
        }
        if tv <= Decimal::ZERO {
            return Ok(self.item(
                false,
                weight,
                Rule::ZeroTarget,
                Decimal::ZERO,
                format!("{head}, 目标为 0 未达成, 0分"),
                format!("{head_en}, a target of 0 missed: 0 points"),
            ));
        }
        let (rule, raw, zh_formula) = if higher {
            let ratio = av.checked_div(tv).ok_or(ScoreError::Overflow)?.clamp(Decimal::ZERO, Decimal::ONE);
            (Rule::Proportional, ratio, format!("{weight} × {av} ÷ {tv}"))
        } else {
            match self.lower_rule {
                LowerRule::Ratio => {
                    let ratio = if av.is_zero() { Decimal::ONE } else { tv.checked_div(av).ok_or(ScoreError::Overflow)? };
                    (Rule::LowerRatio, ratio.clamp(Decimal::ZERO, Decimal::ONE), format!("{weight} × {tv} ÷ {av}"))
                }
                LowerRule::Linear => {
                    let over = av.checked_sub(tv).and_then(|d| d.checked_div(tv)).ok_or(ScoreError::Overflow)?;
                    let ratio = Decimal::ONE.saturating_sub(over.min(Decimal::ONE)).clamp(Decimal::ZERO, Decimal::ONE);
                    (Rule::LowerLinear, ratio, format!("{weight} × (1 − ({av} − {tv}) ÷ {tv})"))
                }
            }
        };
        let raw = weight.checked_mul(raw).ok_or(ScoreError::Overflow)?;
        let score = self.unmet(raw, weight);
        let capped = self.rounding.round(raw) != score;
        let (note, note_en) = if capped { ("（未达成不得满分）", " (a missed target never gets full marks)") } else { ("", "") };
        Ok(ItemScore {
            score,
            weight,
            met: false,
            rule,
            rule_zh: format!("{head}, 得分 = {zh_formula} = {score}{note}"),
            rule_en: format!("{head_en}, score = {zh_formula} = {score}{note_en}"),
        })
    }

    fn range_score(&self, r: &Range, actual: &Actual, weight: Decimal) -> Result<ItemScore, ScoreError> {
        let a = actual.quantity().ok_or(CompareError::NeedsQuantity)?;
        let label = format!("区间 {}-{}{}{}: ", r.low, r.high, r.magnitude, r.unit);
        if a.compare(&r.low_quantity())?.is_lt() {
            return self.compare_score(Comparator::Ge, &r.low_quantity(), actual, weight, &label);
        }
        if a.compare(&r.high_quantity())?.is_gt() {
            return self.compare_score(Comparator::Le, &r.high_quantity(), actual, weight, &label);
        }
        Ok(self.item(
            true,
            weight,
            Rule::Full,
            Decimal::ZERO,
            format!("{label}完成值 {a} 在区间之内, 满分"),
            format!("{label}actual {a} inside the range, full marks"),
        ))
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
            return Ok(ItemScore {
                score: s,
                weight,
                met,
                rule,
                rule_zh: format!("档次: {band}, 评价人给分 {s}（档次 {low}–{high}）"),
                rule_en: format!("band: {}, assessor's score {s} (band {low} to {high})", band_en(band)),
            });
        }
        if met {
            return Ok(self.item(
                true,
                weight,
                rule,
                Decimal::ZERO,
                format!("档次: {band}, 满分"),
                format!("band: {}, full marks", band_en(band)),
            ));
        }
        let (point, zh, en) = match self.band_point {
            BandPoint::Lower => (low, "按档次下限", "at the band's lower end"),
            BandPoint::Middle => (low.saturating_add(high.saturating_sub(low) / Decimal::TWO), "按档次中点", "at the band's middle"),
        };
        let score = self.unmet(point, weight);
        Ok(ItemScore {
            score,
            weight,
            met: false,
            rule,
            rule_zh: format!("档次: {band}, {zh}计 {score}"),
            rule_en: format!("band: {}, {en}: {score}", band_en(band)),
        })
    }
}

/// The relation written between actual and target.
fn relation(eff: Comparator, met: bool) -> &'static str {
    match (eff, met) {
        (Comparator::Ge, true) | (Comparator::Lt, false) => "≥",
        (Comparator::Gt, true) | (Comparator::Le, false) => ">",
        (Comparator::Le, true) | (Comparator::Gt, false) => "≤",
        (Comparator::Lt, true) | (Comparator::Ge, false) => "<",
        (Comparator::Eq, _) => "=",
    }
}

fn band_en(band: Band) -> &'static str {
    match band {
        Band::Achieved => "achieved",
        Band::Partial => "partly achieved",
        Band::NotAchieved => "not achieved",
    }
}
