//! [`Profile::score`]: a whole project — weights, rescaling, the budget item, subtotals, total.

use rust_decimal::Decimal;

use super::actuals::Actuals;
use super::card::{BudgetScore, Difference, Scorecard, ScoredItem, Subtotal};
use super::error::ScoreError;
use super::item::{ItemScore, Rule};
use super::profile::{DefaultWeights, Profile};
use super::why::Why;
use crate::actual::Actual;
use crate::indicator::Indicator;
use crate::level::Level1;
use crate::project::Project;

impl Profile {
    /// Scores a self-evaluation: the budget item and every indicator (DOMAIN §5).
    ///
    /// - Budget: points × executed ÷ budget (`budget.total`, the 全年预算数), the rate capped at
    ///   100%. The executed amount is `actuals.executed`, else `budget.executed`.
    /// - Weights: the indicators' own (分值) when every applicable one has a weight; when none
    ///   has, the profile's [`DefaultWeights`]. Indicators whose actual is
    ///   [`Actual::NotApplicable`] are dropped and the others rescaled (in proportion, to two
    ///   decimals, the largest taking the remainder) so the total weight stays the same.
    ///   Default weights always add up to the profile's total: a level-1 block without
    ///   indicators gives its points to the others.
    /// - Each item by [`Profile::score_indicator`]; subtotals per level 1; total = budget +
    ///   items; the grade from the total.
    /// - Items where our score differs from the recorded `Indicator::score` are listed.
    ///
    /// # Errors
    /// [`ScoreError::MissingBudget`] (when the profile gives the budget points),
    /// [`ScoreError::NothingToScore`], and errors about one indicator wrapped in
    /// [`ScoreError::At`]: its target does not parse, no actual, a weight missing while others
    /// have one, no default weight for its level 1, or [`Profile::score_indicator`]'s errors.
    pub fn score(&self, project: &Project, actuals: &Actuals) -> Result<Scorecard, ScoreError> {
        let budget = self.budget_score(project, actuals)?;
        let inds = &project.indicators;
        let mut found: Vec<&Actual> = Vec::with_capacity(inds.len());
        for (i, ind) in inds.iter().enumerate() {
            found.push(actuals.for_indicator(i, &ind.name).ok_or_else(|| ScoreError::MissingActual.at(i, &ind.name))?);
        }
        let applies: Vec<bool> = found.iter().map(|a| **a != Actual::NotApplicable).collect();
        if !applies.contains(&true) {
            return Err(ScoreError::NothingToScore);
        }
        let weights = self.weights(inds, &applies)?;
        let mut items = Vec::with_capacity(inds.len());
        let mut subtotals: Vec<Subtotal> = Vec::new();
        let mut differences = Vec::new();
        let mut total = budget.score.score;
        for (i, ind) in inds.iter().enumerate() {
            let actual = found[i];
            let score = match weights[i] {
                None => None,
                Some(w) => {
                    // a stated band needs no parsed target (real tables write the target into the name)
                    let s = match actual {
                        Actual::Band { band, score } => self.band_score(*band, *score, w),
                        _ => ind.parsed().map_err(|e| ScoreError::Target(e.clone())).and_then(|t| self.score_indicator(t, actual, w)),
                    };
                    let s = s.map_err(|e| e.at(i, &ind.name))?;
                    total = total.checked_add(s.score).ok_or(ScoreError::Overflow)?;
                    let level1 = level1_of(ind);
                    match subtotals.iter_mut().find(|t| t.level1 == level1) {
                        Some(t) => {
                            t.weight = t.weight.checked_add(s.weight).ok_or(ScoreError::Overflow)?;
                            t.score = t.score.checked_add(s.score).ok_or(ScoreError::Overflow)?;
                        }
                        None => subtotals.push(Subtotal { level1, weight: s.weight, score: s.score }),
                    }
                    if let Some(r) = ind.score.filter(|r| *r != s.score) {
                        differences.push(Difference { index: i, name: ind.name.clone(), ours: s.score, recorded: r });
                    }
                    Some(s)
                }
            };
            items.push(ScoredItem {
                index: i,
                level1: ind.level1.clone(),
                level2: ind.level2.clone(),
                name: ind.name.clone(),
                target: ind.value().to_string(),
                actual: actual.to_string(),
                score,
                recorded: ind.score,
            });
        }
        Ok(Scorecard {
            project: project.name.clone(),
            profile: self.name.clone(),
            budget,
            items,
            subtotals,
            total,
            grade: self.grade(total),
            differences,
        })
    }

    fn budget_score(&self, project: &Project, actuals: &Actuals) -> Result<BudgetScore, ScoreError> {
        let points = self.budget_points;
        if points.is_sign_negative() && !points.is_zero() {
            return Err(ScoreError::InvalidProfile("negative budget points".into()));
        }
        let budget = project.budget.total;
        let executed = actuals.executed.or(project.budget.executed);
        let rate = match (budget, executed) {
            (Some(b), Some(e)) if b > Decimal::ZERO => e.checked_div(b),
            _ => None,
        };
        let Some(rate) = rate else {
            if points.is_zero() {
                let s = ItemScore { score: Decimal::ZERO, weight: Decimal::ZERO, met: true, rule: Rule::Full, why: Why::BudgetNotScored };
                return Ok(BudgetScore { budget, executed, rate: None, score: s });
            }
            return Err(ScoreError::MissingBudget);
        };
        let capped = rate.clamp(Decimal::ZERO, Decimal::ONE);
        let pct = rate.checked_mul(Decimal::ONE_HUNDRED).ok_or(ScoreError::Overflow)?.round_dp(2).normalize();
        let met = rate >= Decimal::ONE;
        let score = if met { points } else { self.unmet(points.checked_mul(capped).ok_or(ScoreError::Overflow)?, points) };
        let rule = if met { Rule::Full } else { Rule::Proportional };
        let s = ItemScore { score, weight: points, met, rule, why: Why::Budget(pct) };
        Ok(BudgetScore { budget, executed, rate: Some(rate), score: s })
    }

    /// The weight of each indicator; `None` for those dropped as not applicable.
    fn weights(&self, inds: &[Indicator], applies: &[bool]) -> Result<Vec<Option<Decimal>>, ScoreError> {
        let given = inds.iter().zip(applies).filter(|(_, a)| **a).any(|(i, _)| i.weight.is_some());
        let (raw, total): (Vec<Decimal>, Decimal) = if given {
            let mut raw = Vec::with_capacity(inds.len());
            for (i, (ind, a)) in inds.iter().zip(applies).enumerate() {
                match ind.weight {
                    Some(w) if w.is_sign_negative() && !w.is_zero() => return Err(ScoreError::NegativeWeight(w).at(i, &ind.name)),
                    Some(w) => raw.push(w),
                    None if *a => return Err(ScoreError::MissingWeight.at(i, &ind.name)),
                    None => raw.push(Decimal::ZERO),
                }
            }
            let total = raw.iter().try_fold(Decimal::ZERO, |s, w| s.checked_add(*w)).ok_or(ScoreError::Overflow)?;
            if applies.iter().all(|a| *a) {
                return Ok(raw.into_iter().map(Some).collect());
            }
            (raw, total)
        } else {
            let raw = self.default_split(inds)?;
            let total = self.default_weights.total();
            // kept as split when every indicator applies and every block has indicators
            if applies.iter().all(|a| *a) && raw.iter().try_fold(Decimal::ZERO, |s, w| s.checked_add(*w)) == Some(total) {
                return Ok(raw.into_iter().map(Some).collect());
            }
            (raw, total)
        };
        rescale(&raw, applies, total, WEIGHT_PLACES)
    }

    /// Default weights for every indicator (before dropping any): each block split evenly to
    /// two decimals, its last indicator taking the remainder.
    fn default_split(&self, inds: &[Indicator]) -> Result<Vec<Decimal>, ScoreError> {
        let (block, totals): (Vec<usize>, Vec<Decimal>) = match self.default_weights {
            DefaultWeights::Even(t) => (vec![0; inds.len()], vec![t]),
            DefaultWeights::ByLevel1 { output, benefit, satisfaction } => {
                let mut block = Vec::with_capacity(inds.len());
                for (i, ind) in inds.iter().enumerate() {
                    block.push(match level1_of(ind) {
                        Some(Level1::Output | Level1::Cost) => 0,
                        Some(Level1::Benefit) => 1,
                        Some(Level1::Satisfaction) => 2,
                        other => {
                            let name = other.as_ref().map(Level1::name).unwrap_or("(空)").to_string();
                            return Err(ScoreError::NoDefaultWeight(name).at(i, &ind.name));
                        }
                    });
                }
                (block, vec![output, benefit, satisfaction])
            }
        };
        let mut out = vec![Decimal::ZERO; inds.len()];
        for (b, total) in totals.iter().enumerate() {
            let members: Vec<usize> = (0..inds.len()).filter(|i| block[*i] == b).collect();
            let Some((&last, rest)) = members.split_last() else { continue };
            let share = (*total / Decimal::from(members.len())).round_dp(WEIGHT_PLACES);
            let mut left = *total;
            for &i in rest {
                out[i] = share;
                left = left.checked_sub(share).ok_or(ScoreError::Overflow)?;
            }
            out[last] = left;
        }
        Ok(out)
    }
}

/// Rescaled and default weights keep two decimals, whatever the rounding of scores.
const WEIGHT_PLACES: u32 = 2;

/// The level 1 of an indicator, from its 二级 name when the 一级 cell is empty.
fn level1_of(ind: &Indicator) -> Option<Level1> {
    ind.level1.clone().or_else(|| ind.level2.as_ref().and_then(|l| l.parent()))
}

/// Scales the applicable weights to `total`, rounded to `places`; the largest takes the
/// remainder so they add up exactly.
fn rescale(raw: &[Decimal], applies: &[bool], total: Decimal, places: u32) -> Result<Vec<Option<Decimal>>, ScoreError> {
    let kept =
        raw.iter().zip(applies).filter(|(_, a)| **a).try_fold(Decimal::ZERO, |s, (w, _)| s.checked_add(*w)).ok_or(ScoreError::Overflow)?;
    if kept <= Decimal::ZERO {
        return Err(ScoreError::NothingToScore);
    }
    let mut out: Vec<Option<Decimal>> = Vec::with_capacity(raw.len());
    let mut sum = Decimal::ZERO;
    let mut largest: Option<usize> = None;
    for (i, (w, a)) in raw.iter().zip(applies).enumerate() {
        if !*a {
            out.push(None);
            continue;
        }
        let scaled = w.checked_mul(total).and_then(|x| x.checked_div(kept)).ok_or(ScoreError::Overflow)?.round_dp(places);
        sum = sum.checked_add(scaled).ok_or(ScoreError::Overflow)?;
        if largest.is_none_or(|l| out[l].unwrap_or_default() < scaled) {
            largest = Some(i);
        }
        out.push(Some(scaled));
    }
    if let Some(l) = largest {
        if let Some(w) = out[l].as_mut() {
            *w = total.checked_sub(sum).and_then(|r| w.checked_add(r)).ok_or(ScoreError::Overflow)?;
        }
    }
    Ok(out)
}
