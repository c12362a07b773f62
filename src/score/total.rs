//! [`Profile::score`]: a whole project — weights, rescaling, the budget item, each item scored
//! or marked with why not, subtotals, and the total and grade when they can be known.

use crate::message::Message;
use rust_decimal::{Decimal, RoundingStrategy};

use super::actuals::Actuals;
use super::card::{BudgetScore, Difference, ItemStatus, Scorecard, ScoredItem, Subtotal};
use super::error::ScoreError;
use super::flag::{Flag, FlagCode};
use super::item::{ItemScore, Rule, Sense};
use super::profile::{DefaultWeights, Profile};
use super::why::Why;
use crate::actual::Actual;
use crate::error::CompareError;
use crate::grade::Grade;
use crate::indicator::Indicator;
use crate::level::{Level1, Level2};
use crate::project::Project;
use crate::threshold::Threshold;
use crate::Subject;

/// Rescaled and default weights keep two decimals, whatever the rounding of scores.
const WEIGHT_PLACES: u32 = 2;

/// An indicator's weight before scoring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Weight {
    /// Scored against this weight.
    Is(Decimal),
    /// Does not apply (不适用).
    NotApplicable,
    /// No weight can be given (a weight missing while others have one, a negative weight, a
    /// level 1 without default weight): not scored.
    Unknown,
}

impl Profile {
    /// Scores a self-evaluation: the budget item and every indicator (the rules in brief are in
    /// the [module docs](crate::score)), never failing on one item: what cannot be scored is
    /// marked with why, and the rest is scored.
    ///
    /// - Budget: points × executed ÷ budget (`budget.total`, the 全年预算数), the rate capped at
    ///   100%. The executed amount is the one the [`Actuals`] give ([`Actuals::from_project`]
    ///   takes the project's `budget.executed`).
    /// - Weights: the indicators' own (分值) when any applicable one has a weight; when none
    ///   has, the profile's [`DefaultWeights`] split evenly inside each block. An indicator that
    ///   does not apply ([`Actual::NotApplicable`]) is dropped and the others of its level-1
    ///   block are rescaled to keep the block's weight (across all blocks when it is alone in
    ///   its own). Splits and rescaling keep two decimals; the cents left over go one each to
    ///   the first items in table order, and a flag says which.
    /// - Each item is scored as [`Profile::score_indicator_in`] scores it in the project's year,
    ///   and as its row says: a bare amount under 成本指标 is a ceiling (`20万元` is met by
    ///   spending 15万元).
    /// - The weights must add up to 100 (budget points included): otherwise the card has no
    ///   total and no grade, and a flag says so. The total is given when nothing is undecided;
    ///   the grade when the undecided weight cannot change it.
    /// - Flags mark what to check: items not scored, answers that state no band, a bare
    ///   fraction against a percentage, text for a numeric target, a recorded 得分 above its
    ///   分值, a negative 分值, remainders of splits. Differences from the recorded 得分 are listed.
    ///
    /// ```
    /// use jixiao::score::{Actuals, Profile};
    /// use jixiao::{Decimal, Grade};
    /// let doc = jixiao::import::table::parse(include_str!("../../data/self_eval/01-yongde.tsv"))?;
    /// let p = &doc.projects[0];
    /// let card = Profile::central().score(p, &Actuals::from_project(p))?;
    /// assert_eq!((card.total, card.grade), (Some("99.80".parse()?), Some(Grade::Excellent)));
    /// assert_eq!(card.total_weight, Decimal::from(100));
    /// // the executed amount given apart (全年执行数 of 80%): 8 of the 10 budget points
    /// let half = Actuals::from_project(p).executed("310131.70".parse()?);
    /// assert_eq!(Profile::central().score(p, &half)?.budget.score.unwrap().score.to_string(), "8.00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`ScoreError::InvalidProfile`] for negative budget points, [`ScoreError::Overflow`] for
    /// amounts too large to add exactly.
    pub fn score(&self, project: &Project, actuals: &Actuals) -> Result<Scorecard, ScoreError> {
        let mut flags = Vec::new();
        let budget = self.budget_score(project, actuals, &mut flags)?;
        let inds = &project.indicators;
        let weights = self.weights(inds, actuals, &mut flags)?;
        let year = project.year();
        let mut items = Vec::with_capacity(inds.len());
        let mut subtotals: Vec<Subtotal> = Vec::new();
        let mut differences = Vec::new();
        let (mut scored, mut undecided) = match &budget.score {
            Some(s) => (s.score, Decimal::ZERO),
            None => (Decimal::ZERO, budget.weight),
        };
        let mut total_weight = budget.weight;
        for (i, ind) in inds.iter().enumerate() {
            let actual = actuals.for_indicator(i, &ind.name);
            let (status, weight, score) = match weights[i] {
                Weight::NotApplicable => (ItemStatus::NotApplicable, None, None),
                Weight::Unknown => (ItemStatus::Unscored, None, None),
                Weight::Is(w) => {
                    total_weight = add(total_weight, w)?;
                    match self.score_row(i, ind, actuals, w, year, &mut flags) {
                        Some(s) => (ItemStatus::Scored, Some(w), Some(s)),
                        None => {
                            undecided = add(undecided, w)?;
                            (ItemStatus::Unscored, Some(w), None)
                        }
                    }
                }
            };
            if let Some(s) = &score {
                scored = add(scored, s.score)?;
                let level1 = level1_of(ind);
                match subtotals.iter_mut().find(|t| t.level1 == level1) {
                    Some(t) => {
                        t.weight = add(t.weight, s.weight)?;
                        t.score = add(t.score, s.score)?;
                    }
                    None => subtotals.push(Subtotal { level1, weight: s.weight, score: s.score }),
                }
                if let Some(r) = ind.score.filter(|r| *r != s.score) {
                    differences.push(Difference { index: i, name: ind.name.clone(), ours: s.score, recorded: r });
                }
            }
            if let (Some(r), Some(w)) = (ind.score, weight) {
                if r > w {
                    flags.push(Flag::at(
                        FlagCode::RecordedAboveWeight,
                        Some(i),
                        Message::chinese(format!("表中得分{r}超过分值{w}，请核对"))
                            .english(format!("the recorded score {r} is above the weight {w}; check it")),
                    ));
                }
            }
            items.push(ScoredItem {
                index: i,
                level1: ind.level1.clone(),
                level2: ind.level2.clone(),
                name: ind.name.clone(),
                target: ind.value().to_string(),
                actual: actual.map(|a| a.to_string()).or_else(|| ind.actual.clone()).unwrap_or_default(),
                status,
                weight,
                score,
                recorded: ind.score,
            });
        }
        let hundred = total_weight == Decimal::ONE_HUNDRED;
        if !hundred {
            flags.insert(
                0,
                Flag::at(
                    FlagCode::WeightsNot100,
                    None,
                    Message::chinese(format!(
                        "分值合计{total_weight}（预算执行率{}分加各指标分值），不是100：不计总分，不评等级",
                        budget.weight
                    ))
                    .english(format!(
                        "the weights add up to {total_weight} ({} budget points and the indicators'), not 100: no total and no grade",
                        budget.weight
                    )),
                ),
            );
        }
        let total = (hundred && undecided.is_zero()).then_some(scored);
        let grade = if hundred { certain_grade(self, scored, undecided) } else { None };
        flags.sort_by_key(|f| f.index().map_or(0, |i| i + 1));
        let flags = flags.into_iter().map(|f| f.named_from(inds)).collect();
        Ok(Scorecard {
            project: project.name.clone(),
            profile: self.name.clone(),
            budget,
            items,
            subtotals,
            scored,
            undecided,
            total_weight,
            total,
            grade,
            differences,
            flags,
        })
    }

    /// Scores the indicator at `i` against `weight`, flagging what to check; `None` when it
    /// cannot be scored (the flag says why).
    fn score_row(
        &self,
        i: usize,
        ind: &Indicator,
        actuals: &Actuals,
        weight: Decimal,
        year: Option<u16>,
        flags: &mut Vec<Flag>,
    ) -> Option<ItemScore> {
        let unscored = |code: FlagCode, zh: String, en: String, flags: &mut Vec<Flag>| {
            flags.push(Flag::at(code, Some(i), Message::chinese(zh).english(en)));
            None
        };
        let actual = match (actuals.for_indicator(i, &ind.name), actuals.unreadable(i)) {
            (Some(a), _) => a,
            (None, Some(e)) => {
                let e = ScoreError::Actual(e.clone());
                return unscored(FlagCode::Unscored, e.zh(), e.with_causes(), flags);
            }
            (None, None) => {
                let e = ScoreError::MissingActual;
                return unscored(FlagCode::Unscored, e.zh(), e.to_string(), flags);
            }
        };
        // a stated band needs no parsed target where the table left the value empty and the
        // name says what is meant in words (`群众满意度明显提升`); a name or value that holds a
        // number (`培训人数≥100人`, a value `人` or `≥`) asks for a number, which no band gives
        let stated =
            matches!(actual, Actual::Band { .. }) || matches!(actual, Actual::Text(t) if crate::Grade::from_word(t.as_str()).is_some());
        // (the name is read only for a target that does not parse; a deadline takes a band as
        // well: `12月底前完成` answered `完成`)
        let in_words = || {
            let name = Threshold::parse(without_item_number(&ind.name));
            ind.value().trim().is_empty() && matches!(name, Ok(Threshold::Qualitative(_) | Threshold::Deadline(_)))
        };
        let target = match (ind.target(), actual) {
            (Ok(t), _) => t,
            (Err(_), _) if stated && in_words() => Threshold::Qualitative(crate::threshold::Qualitative::new_unchecked(ind.value())),
            (Err(_), _) if stated && ind.value().trim().is_empty() => {
                let written = as_written(ind.actual.as_deref(), actual);
                return unscored(
                    FlagCode::TextForNumber,
                    format!("指标值写在指标名称「{}」中，含数值，完成值「{written}」是文字：无法核对是否达到，未计分；请填写指标值和实际数值", ind.name),
                    format!("the target is written in the name `{}`, with a number, and the actual `{written}` is a word: whether it was reached cannot be checked, so it is not scored; give the target and the number", ind.name),
                    flags,
                );
            }
            (Err(e), _) => {
                let e = ScoreError::Target(e.clone());
                return unscored(FlagCode::Unscored, e.zh(), e.with_causes(), flags);
            }
        };
        let sense = Sense { year };
        match self.score_target(&target, actual, weight, sense) {
            Ok(s) => {
                flag_reading(i, &target, actual, ind.actual.as_deref(), flags);
                Some(s)
            }
            Err(e @ ScoreError::UnrecognisedAnswer(_)) => unscored(FlagCode::UnrecognisedAnswer, e.zh(), e.to_string(), flags),
            // a word that claims a number reached (`完成` for `≥100人`): not scored, and why
            Err(ScoreError::Compare(CompareError::NeedsQuantity)) if crate::threshold::claims_reached(&target, actual) => {
                let written = as_written(ind.actual.as_deref(), actual);
                unscored(
                    FlagCode::TextForNumber,
                    format!("目标「{target}」是定量指标，完成值「{written}」是文字：无法核对是否达到，未计分；请填写实际数值"),
                    format!("the target `{target}` is a number and the actual `{written}` is a word: whether it was reached cannot be checked, so it is not scored; give the number"),
                    flags,
                )
            }
            Err(ScoreError::Compare(CompareError::NeedsYear)) => unscored(
                FlagCode::NoYear,
                format!("时限「{}」未写年份，且项目年度未知，无法判断是否按时；请设置项目年度", ind.value()),
                format!("the deadline `{}` names no year and the project's year is not known: set the project year", ind.value()),
                flags,
            ),
            Err(e) => unscored(FlagCode::Unscored, e.zh(), e.with_causes(), flags),
        }
    }

    fn budget_score(&self, project: &Project, actuals: &Actuals, flags: &mut Vec<Flag>) -> Result<BudgetScore, ScoreError> {
        let points = self.budget_points;
        if points.is_sign_negative() && !points.is_zero() {
            return Err(ScoreError::InvalidProfile(super::ProfileProblem::NegativeBudgetPoints));
        }
        let budget = project.budget.total;
        let executed = actuals.executed_amount();
        let rate = match (budget, executed) {
            (Some(b), Some(e)) if b > Decimal::ZERO => e.checked_div(b),
            _ => None,
        };
        let Some(rate) = rate else {
            if points.is_zero() {
                let s = ItemScore { score: Decimal::ZERO, weight: Decimal::ZERO, met: true, rule: Rule::Full, why: Why::BudgetNotScored };
                return Ok(BudgetScore { budget, executed, rate: None, weight: points, score: Some(s) });
            }
            let e = ScoreError::MissingBudget;
            flags.push(Flag::new(FlagCode::BudgetUndecided, Subject::Budget, Message::chinese(e.zh()).english(e.to_string())));
            return Ok(BudgetScore { budget, executed, rate: None, weight: points, score: None });
        };
        let capped = rate.clamp(Decimal::ZERO, Decimal::ONE);
        let pct = rate.checked_mul(Decimal::ONE_HUNDRED).ok_or(ScoreError::Overflow)?.round_dp(2).normalize();
        let met = rate >= Decimal::ONE;
        let score = if met { points } else { self.unmet(points.checked_mul(capped).ok_or(ScoreError::Overflow)?, points) };
        let rule = if met { Rule::Full } else { Rule::Proportional };
        let s = ItemScore { score: self.rounding.written(score), weight: points, met, rule, why: Why::Budget(pct) };
        Ok(BudgetScore { budget, executed, rate: Some(rate), weight: points, score: Some(s) })
    }

    /// The weight of each indicator.
    fn weights(&self, inds: &[Indicator], actuals: &Actuals, flags: &mut Vec<Flag>) -> Result<Vec<Weight>, ScoreError> {
        let applies: Vec<bool> =
            inds.iter().enumerate().map(|(i, ind)| actuals.for_indicator(i, &ind.name) != Some(&Actual::NotApplicable)).collect();
        // a weight cell that did not read counts as given: no default weight stands in for it
        let given = inds.iter().zip(&applies).any(|(ind, a)| *a && (ind.weight.is_some() || ind.weight_text.is_some()));
        let blocks: Vec<Option<usize>> = inds.iter().map(|ind| self.block_of(ind)).collect();
        // the weight each item would have if all applied
        let mut raw: Vec<Weight> = Vec::with_capacity(inds.len());
        if given {
            for (i, ind) in inds.iter().enumerate() {
                raw.push(match ind.weight {
                    Some(w) if w.is_sign_negative() && !w.is_zero() => {
                        flags.push(Flag::at(
                            FlagCode::NegativeWeight,
                            Some(i),
                            Message::chinese(format!("分值为负数（{w}），该指标不评分"))
                                .english(format!("the weight is negative ({w}); the indicator is not scored")),
                        ));
                        Weight::Unknown
                    }
                    Some(w) => Weight::Is(w),
                    None if applies[i] && ind.weight_text.is_some() => {
                        let text = ind.weight_text.as_deref().unwrap_or_default();
                        flags.push(Flag::at(
                            FlagCode::UnreadWeight,
                            Some(i),
                            Message::chinese(format!("分值「{text}」不是数字，该指标不评分；请填写分值"))
                                .english(format!("the weight `{text}` is not a number; the indicator is not scored: give its weight")),
                        ));
                        Weight::Unknown
                    }
                    None if applies[i] => {
                        let e = ScoreError::MissingWeight;
                        flags.push(Flag::at(FlagCode::MissingWeight, Some(i), Message::chinese(e.zh()).english(e.to_string())));
                        Weight::Unknown
                    }
                    None => Weight::Is(Decimal::ZERO),
                });
            }
        } else {
            for (i, ind) in inds.iter().enumerate() {
                if blocks[i].is_none() && applies[i] {
                    let name = level1_of(ind).as_ref().map(Level1::name).unwrap_or("(空)").to_string();
                    let e = ScoreError::NoDefaultWeight(name);
                    flags.push(Flag::at(FlagCode::Unscored, Some(i), Message::chinese(e.zh()).english(e.to_string())));
                }
            }
            let split = self.default_split(&blocks, &applies, flags)?;
            raw.extend(split);
        }
        // not applicable: drop, and rescale the rest of its block (or of all, when it was alone)
        let mut out: Vec<Weight> = raw.iter().zip(&applies).map(|(w, a)| if *a { *w } else { Weight::NotApplicable }).collect();
        if applies.iter().all(|a| *a) || !given {
            // default weights were split among the applicable items already
            return Ok(out);
        }
        let weight_of = |w: &Weight| if let Weight::Is(w) = w { Some(*w) } else { None };
        // first inside each block with a dropped item and others left
        let mut alone = false;
        let mut done: Vec<Option<usize>> = Vec::new();
        for d in (0..inds.len()).filter(|i| !applies[*i] && weight_of(&raw[*i]).is_some_and(|w| !w.is_zero())) {
            let block = blocks[d];
            let in_block = |j: &usize| block.is_some() && blocks[*j] == block;
            let mates: Vec<(usize, Decimal)> =
                (0..inds.len()).filter(|j| applies[*j] && in_block(j)).filter_map(|j| weight_of(&raw[j]).map(|w| (j, w))).collect();
            if mates.is_empty() {
                alone = true;
                continue;
            }
            if done.contains(&block) {
                continue;
            }
            done.push(block);
            let total = (0..inds.len()).filter(in_block).filter_map(|j| weight_of(&raw[j])).try_fold(Decimal::ZERO, add)?;
            for (j, w) in split_exactly(total, &mates, flags)? {
                out[j] = Weight::Is(w);
            }
        }
        // then a dropped item alone in its block gives its weight to every item left
        if alone {
            let total = raw.iter().filter_map(weight_of).try_fold(Decimal::ZERO, add)?;
            let kept: Vec<(usize, Decimal)> =
                (0..inds.len()).filter(|j| applies[*j]).filter_map(|j| weight_of(&out[j]).map(|w| (j, w))).collect();
            for (j, w) in split_exactly(total, &kept, flags)? {
                out[j] = Weight::Is(w);
            }
        }
        Ok(out)
    }

    /// The default block of an indicator: 产出 (with a level-1 成本), 效益, 满意度 (with a 满意度
    /// level 2 filed under 效益, as the older template does); `None` for other level-1 names.
    /// With an even split, every indicator is in one block.
    fn block_of(&self, ind: &Indicator) -> Option<usize> {
        match self.default_weights {
            DefaultWeights::Even(_) => Some(0),
            DefaultWeights::ByLevel1 { .. } => {
                if ind.level2 == Some(Level2::Satisfaction) {
                    return Some(2);
                }
                match level1_of(ind) {
                    Some(Level1::Output | Level1::Cost) => Some(0),
                    Some(Level1::Benefit) => Some(1),
                    Some(Level1::Satisfaction) => Some(2),
                    _ => None,
                }
            }
        }
    }

    /// Default weights: each block's points split evenly among its applicable indicators, to
    /// two decimals, the cents left over to the first in table order. A block without
    /// applicable indicators gives its points to the others, in proportion.
    fn default_split(&self, blocks: &[Option<usize>], applies: &[bool], flags: &mut Vec<Flag>) -> Result<Vec<Weight>, ScoreError> {
        let totals: Vec<Decimal> = match self.default_weights {
            DefaultWeights::Even(t) => vec![t],
            DefaultWeights::ByLevel1 { output, benefit, satisfaction } => vec![output, benefit, satisfaction],
        };
        let mut out: Vec<Weight> = blocks.iter().map(|b| if b.is_some() { Weight::Is(Decimal::ZERO) } else { Weight::Unknown }).collect();
        let members = |b: usize| -> Vec<usize> { (0..blocks.len()).filter(|i| blocks[*i] == Some(b) && applies[*i]).collect() };
        // the points of empty blocks go to the others in proportion to their points
        let live: Vec<usize> = (0..totals.len()).filter(|b| !members(*b).is_empty()).collect();
        let all: Decimal = totals.iter().copied().try_fold(Decimal::ZERO, add)?;
        let live_points: Vec<(usize, Decimal)> = live.iter().map(|b| (*b, totals[*b])).collect();
        let block_points = if live.len() == totals.len() { live_points } else { split_exactly(all, &live_points, &mut Vec::new())? };
        for (b, points) in block_points {
            let m = members(b);
            let even: Vec<(usize, Decimal)> = m.iter().map(|i| (*i, Decimal::ONE)).collect();
            for (i, w) in split_exactly(points, &even, flags)? {
                out[i] = Weight::Is(w);
            }
        }
        Ok(out)
    }
}

/// Splits `total` among `shares` in proportion to their sizes, to two decimals: each rounded
/// down, then the cents left over one each to the first in table order; a flag says which got
/// them. Shares of zero size all together get an even split.
fn split_exactly(total: Decimal, shares: &[(usize, Decimal)], flags: &mut Vec<Flag>) -> Result<Vec<(usize, Decimal)>, ScoreError> {
    if shares.is_empty() {
        return Ok(Vec::new());
    }
    let sum = shares.iter().map(|(_, s)| *s).try_fold(Decimal::ZERO, add)?;
    let even = sum.is_zero();
    let n = Decimal::from(shares.len());
    let mut out = Vec::with_capacity(shares.len());
    let mut given = Decimal::ZERO;
    for &(i, s) in shares {
        let exact = if even { total.checked_div(n) } else { total.checked_mul(s).and_then(|x| x.checked_div(sum)) };
        let w = exact.ok_or(ScoreError::Overflow)?.round_dp_with_strategy(WEIGHT_PLACES, RoundingStrategy::ToZero);
        given = add(given, w)?;
        out.push((i, w));
    }
    let cent = Decimal::new(1, WEIGHT_PLACES);
    let mut left = total.checked_sub(given).ok_or(ScoreError::Overflow)?;
    let mut got = Vec::new();
    for (i, w) in out.iter_mut() {
        if left < cent {
            break;
        }
        *w = add(*w, cent)?;
        left -= cent;
        got.push(*i);
    }
    if !got.is_empty() {
        let names: Vec<String> = got.iter().map(|i| format!("指标{}", i + 1)).collect();
        let en: Vec<String> = got.iter().map(|i| format!("{}", i + 1)).collect();
        let remainder = cent * Decimal::from(got.len());
        flags.push(Flag::at(
            FlagCode::Remainder,
            None,
            Message::chinese(format!("分值{total}按两位小数分配后余{remainder}分，依表中顺序各加0.01分给{}", names.join("、"))).english(
                format!(
                    "splitting {total} to two decimals left {remainder}; 0.01 each went to indicator {}, in table order",
                    en.join(", ")
                ),
            ),
        ));
    }
    Ok(out)
}

fn add(a: Decimal, b: Decimal) -> Result<Decimal, ScoreError> {
    a.checked_add(b).ok_or(ScoreError::Overflow)
}

/// The grade of a total that may still gain up to `undecided` points, when that cannot change
/// it.
fn certain_grade(profile: &Profile, scored: Decimal, undecided: Decimal) -> Option<Grade> {
    let low = profile.grade(scored);
    let high = profile.grade(scored.checked_add(undecided)?);
    (low == high).then_some(low)
}

/// The level 1 of an indicator, from its 二级 name when the 一级 cell is empty.
fn level1_of(ind: &Indicator) -> Option<Level1> {
    ind.level1.clone().or_else(|| ind.level2.as_ref().and_then(|l| l.parent()))
}

/// Flags for an answer scored as written that a person should check; `written` is the answer as
/// the table wrote it, where it has one.
fn flag_reading(i: usize, target: &Threshold, actual: &Actual, written: Option<&str>, flags: &mut Vec<Flag>) {
    // a bare fraction against a percentage: 0.96 may mean 96%
    if let (Some(u), Some(q)) = (target.unit(), actual.quantity()) {
        let fraction =
            q.unit().is_none() && q.magnitude() == crate::Magnitude::One && q.value() > Decimal::ZERO && q.value() <= Decimal::ONE;
        if u.is_percentage() && fraction {
            flags.push(Flag::at(
                FlagCode::BareFraction,
                Some(i),
                Message::chinese(format!(
                    "完成值{q}没有单位，目标是百分比：按{q}%计分；若指{}%，请改写完成值",
                    (q.value() * Decimal::ONE_HUNDRED).normalize()
                ))
                .english(format!(
                    "the actual {q} has no unit against a percentage target: scored as {q}%; if it means {}%, write that",
                    (q.value() * Decimal::ONE_HUNDRED).normalize()
                )),
            ));
        }
    }
    // text for a date, or a word of falling short for a number: scored as the band it states
    let textual = matches!(actual, Actual::Band { .. }) || matches!(actual, Actual::Text(_));
    if textual && !target.is_qualitative() {
        let actual = as_written(written, actual);
        flags.push(Flag::at(FlagCode::TextForNumber, Some(i), Message::chinese(format!("目标「{target}」是定量或时限，完成值「{actual}」是文字：按其表述的档次计分，请填写实际数值或日期")).english(format!("the target `{target}` is a number or a deadline and the actual `{actual}` is text: scored as the band it states; give the number or date"))));
    }
}

/// A name without the number of its item before it (`指标1:`, `指标 1：`, `指标1`, `第1项：`,
/// `1.`, `1.1 `, `1、`, `（2）`), which says nothing of the target.
fn without_item_number(name: &str) -> &str {
    let name = name.trim();
    let (labelled, rest) = match name.strip_prefix("指标").or_else(|| name.strip_prefix('第')) {
        Some(r) => (true, r.trim_start()),
        None => (false, name),
    };
    let rest = rest.strip_prefix(['（', '(']).unwrap_or(rest);
    let number = |c: char| c.is_ascii_digit() || crate::grammar::numeral::is_chinese_digit(c) || matches!(c, '十' | '.' | '．');
    let after = rest.trim_start_matches(number);
    if after.len() == rest.len() {
        return name;
    }
    let after = after.strip_prefix('项').unwrap_or(after);
    match after.strip_prefix([':', '：', '.', '．', '、', '）', ')', ' ', '\u{3000}']) {
        Some(r) if !r.trim_start().is_empty() => r.trim_start(),
        // `指标1群众满意度`: digits after 指标 number the item without a mark
        None if labelled && rest.starts_with(|c: char| c.is_ascii_digit()) && !after.is_empty() => after,
        _ => name,
    }
}

/// The answer as the table wrote it, or as the actual prints where it has no text.
fn as_written(written: Option<&str>, actual: &Actual) -> String {
    written.map_or_else(|| actual.to_string(), str::to_string)
}
