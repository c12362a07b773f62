//! The rules that light one line: [`Profile::budget_signal`] and [`Profile::judge`].

use core::cmp::Ordering;

use rust_decimal::{Decimal, RoundingStrategy};

use super::error::CannotJudge;
use super::light::{Light, LightRule, Signal};
use super::profile::{BudgetRule, Profile};
use super::why::{DeadlineState, InsideKind, Why};
use crate::actual::{Actual, Band};
use crate::date::{Deadline, PartialDate};
use crate::error::CompareError;
use crate::indicator::Indicator;
use crate::level::{Level1, Level2};
use crate::quantity::Quantity;
use crate::threshold::{bare_in, Comparator, Comparison, Threshold};
use crate::unit::Dimension;

/// Progress words that say work on a deadline is under way and not done (进行中).
const UNDER_WAY: &[&str] = &[
    "进行中",
    "推进中",
    "实施中",
    "建设中",
    "开发中",
    "正在实施",
    "正在推进",
    "正在进行",
    "尚未完成",
    "未开始",
    "未启动",
    "按计划推进",
    "按计划推进中",
    "正常推进",
    "有序推进",
    "稳步推进",
];

/// A value rounded down to two decimals, for show: a value shown as 59.99 is below 60.
pub(crate) fn floor2(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::ToNegativeInfinity).normalize()
}

fn check(month: u8) -> Result<u8, CannotJudge> {
    if (1..=12).contains(&month) {
        Ok(month)
    } else {
        Err(CannotJudge::InvalidMonth(month))
    }
}

fn signal(light: Light, rule: LightRule, value: Option<Decimal>, why: Why) -> Signal {
    Signal { light, rule, value, why }
}

/// `q` with its number times `k`, checked to fit.
fn scaled(q: &Quantity, k: Decimal) -> Result<Quantity, CannotJudge> {
    let v = q.value().checked_mul(k).ok_or(CannotJudge::Overflow)?;
    v.checked_mul(q.magnitude().factor()).ok_or(CannotJudge::Overflow)?;
    Ok(Quantity::new_unchecked(v, q.magnitude(), q.unit().clone()))
}

impl Profile {
    /// The light of budget execution (预算执行) at the end of `month`: `executed` of `budget`
    /// (the same money unit).
    ///
    /// - [`BudgetRule::Pace`]: value = executed ÷ budget ÷ (month/12) × 100, against the bands
    ///   (central: red below 60, yellow 60 to below 80, green from 80).
    /// - [`BudgetRule::Checkpoints`]: green when executed ÷ budget reaches the latest checkpoint
    ///   at or before `month`, red when not; green before the first.
    ///
    /// Decided exactly (by cross-multiplying), never on a rounded value.
    ///
    /// ```
    /// use jixiao::monitor::{Light, Profile};
    /// use jixiao::Decimal;
    ///
    /// let s = Profile::central().budget_signal(Decimal::from(200), "59.99".parse()?, 6)?;
    /// assert_eq!(s.light, Light::Red);
    /// assert_eq!(s.rule_zh(), "预算执行进度 = 执行数 59.99 ÷ 预算数 200 ÷ 序时进度 6/12 × 100 = 59.99 (<60), 红灯");
    /// let s = Profile::checkpoints().budget_signal(Decimal::from(200), Decimal::from(50), 4)?;
    /// assert_eq!(s.rule_en(), "execution rate = executed 50 ÷ budget 200 × 100 = 25%, reaches the checkpoint of 25% by the end of month 4: green");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`CannotJudge::NoBudget`] for a budget of zero or below, [`CannotJudge::InvalidMonth`],
    /// [`CannotJudge::Overflow`].
    pub fn budget_signal(&self, budget: Decimal, executed: Decimal, month: u8) -> Result<Signal, CannotJudge> {
        let month = check(month)?;
        if budget <= Decimal::ZERO {
            return Err(CannotJudge::NoBudget);
        }
        let overflow = || CannotJudge::Overflow;
        match &self.budget {
            BudgetRule::Pace { bands } => {
                // value = executed × 1200 ÷ (budget × month)
                let lhs = executed.checked_mul(Decimal::from(1200)).ok_or_else(overflow)?;
                let den = budget.checked_mul(Decimal::from(month)).ok_or_else(overflow)?;
                let light = bands.light(|b| Ok::<_, CannotJudge>(lhs >= den.checked_mul(b).ok_or_else(overflow)?))?;
                let value = floor2(lhs.checked_div(den).ok_or_else(overflow)?);
                let why = Why::BudgetPace { executed, budget, month, bands: *bands };
                Ok(signal(light, LightRule::BudgetPace, Some(value), why))
            }
            BudgetRule::Checkpoints { checkpoints } => {
                let hundred = executed.checked_mul(Decimal::ONE_HUNDRED).ok_or_else(overflow)?;
                let checkpoint = checkpoints.iter().rev().find(|c| c.month <= month).copied();
                let light = match checkpoint {
                    Some(c) if hundred < budget.checked_mul(c.rate).ok_or_else(overflow)? => Light::Red,
                    _ => Light::Green,
                };
                let value = floor2(hundred.checked_div(budget).ok_or_else(overflow)?);
                let first = checkpoints.first().map_or(12, |c| c.month);
                let why = Why::BudgetCheckpoint { executed, budget, month, checkpoint, first };
                Ok(signal(light, LightRule::BudgetCheckpoint, Some(value), why))
            }
        }
    }

    /// The light of one indicator whose progress at the end of `month` is `progress`, in a
    /// project of `year` (needed for deadlines).
    ///
    /// - A higher-is-better target (`≥`, `>`, `=`, a bare value) of 数量, 效益, 满意度 and other
    ///   level-2 kinds: standard = target × month/12, value = progress ÷ standard × 100; red
    ///   below 60, yellow 60 to below 80, green 80 to below 120, blue from 120 (the profile's
    ///   bands); nothing done is red. Ratios and points are paced too unless the profile says
    ///   otherwise; a target of 0 or below has no pace and is judged inside or not.
    /// - Lower-is-better targets (`≤`, `<`), every 质量, 时效 and 成本 target, and ranges:
    ///   green inside the target, red outside ([`Threshold::is_met_in`]).
    /// - A target of 0 (`=0`, `0起`, `≤0次`): green only while the progress is 0.
    /// - A deadline: green while ahead or done on time, yellow when due in `month` and not done,
    ///   red once passed and not done, or done late.
    /// - A band the unit states (达到预期 / 部分达到并具备一定效果 / 未达到): green / yellow / red,
    ///   for a qualitative target or any other; a qualitative target repeated word for word is
    ///   green.
    ///
    /// Units convert as everywhere (`2万人` against `20000人`), exactly.
    ///
    /// ```
    /// use jixiao::monitor::{Light, LightRule, Profile};
    /// use jixiao::{Indicator, Level1, Level2};
    /// let response = Indicator::new(Some(Level1::Output), Some(Level2::Timeliness), "系统运行维护响应时间", "≤60分钟");
    /// let s = Profile::central().judge(&response, &"1.5小时".parse()?, 7, Some(2025))?;
    /// assert_eq!((s.light, s.rule), (Light::Red, LightRule::Inside));
    /// assert_eq!(s.rule_zh(), "反向指标 ≤60分钟: 完成值 1.5小时 超出目标, 红灯");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// What cannot be judged, and why ([`CannotJudge`]): a target that does not parse, a
    /// progress of the wrong kind or in units that do not convert, 不适用, a deadline without
    /// the project's year, and so on.
    pub fn judge(&self, indicator: &Indicator, progress: &Actual, month: u8, year: Option<u16>) -> Result<Signal, CannotJudge> {
        let month = check(month)?;
        let target = &indicator.target().map_err(|e| CannotJudge::Target(e.clone()))?;
        if let Actual::NotApplicable = progress {
            return Err(CompareError::NotApplicable.into());
        }
        match target {
            Threshold::Deadline(d) => return deadline(d, progress, month, year),
            Threshold::Qualitative(q) | Threshold::Unread(q) => {
                if progress.repeats(q.as_str()) {
                    return Ok(signal(Light::Green, LightRule::Stated, None, Why::Repeats(q.as_str().into())));
                }
                // a grade against a grade target (`良好` for `优秀`): on the ladder of grades
                if let Some((lowest, said)) = crate::threshold::grades(target, progress) {
                    return Ok(stated(crate::threshold::grade_band(lowest, said).0, true));
                }
                let band = progress.band().ok_or(CompareError::NeedsBand)?;
                return Ok(stated(band, true));
            }
            _ => {}
        }
        if let Some(band) = progress.band() {
            return Ok(stated(band, false));
        }
        let c = match target {
            Threshold::Compare(c) => c,
            _ => return inside(InsideKind::Range, target, progress, year),
        };
        let t = c.quantity();
        let tn = t.normalized();
        // a bare or `=` target is reached from below (`≥`), except a target of 0
        if tn.is_zero() && matches!(c.comparator(), Comparator::Eq | Comparator::Le) {
            return zero(target, t, progress);
        }
        if matches!(c.comparator(), Comparator::Le | Comparator::Lt) {
            return inside(InsideKind::Lower, target, progress, year);
        }
        if let Some(kind) = level_kind(indicator) {
            return inside(kind, target, progress, year);
        }
        if tn <= Decimal::ZERO {
            return inside(InsideKind::NotPositive, target, progress, year);
        }
        // a count per a time (`≥1次/季度`, `日均≥1000人次`) is a level kept all year, as a rate
        let per_time = matches!(t.unit(), crate::unit::Unit::Rate(r) if r.per().dimension() == Dimension::Duration);
        if !self.pace_ratios && (per_time || matches!(t.unit().dimension(), Some(Dimension::Ratio | Dimension::Points))) {
            return inside(InsideKind::Ratio, target, progress, year);
        }
        self.pace(c, tn, progress, month)
    }

    /// A higher-is-better target (normalised `tn`) paced by the calendar.
    fn pace(&self, c: &Comparison, tn: Decimal, progress: &Actual, month: u8) -> Result<Signal, CannotJudge> {
        let t = c.quantity();
        let written = progress.quantity().ok_or(CompareError::NeedsQuantity)?;
        crate::threshold::unit_stated(t, written)?;
        let a = bare_in(written, t)?;
        let one_unit = a.unit() == t.unit() || a.unit().is_none() || t.unit().is_none();
        // the progress in the target's unit; units that do not convert are an error here
        let an = if one_unit { a.normalized() } else { a.value_in(t.unit())? };
        if an.is_zero() {
            return Ok(signal(Light::Red, LightRule::NothingDone, Some(Decimal::ZERO), Why::NothingDone { completed: a }));
        }
        let overflow = || CannotJudge::Overflow;
        let den = tn.checked_mul(Decimal::from(month)).ok_or_else(overflow)?;
        let lhs = an.checked_mul(Decimal::from(1200)).ok_or_else(overflow)?;
        // value ≥ b  ⇔  a × 1200 ≥ t × month × b
        let light = if one_unit {
            // one unit: the normalised values compare as they are
            self.pace.light(|b| Ok::<_, CannotJudge>(lhs >= den.checked_mul(b).ok_or_else(overflow)?))?
        } else {
            // units that convert: compared exactly by `Quantity::compare`
            let exact = scaled(&a, Decimal::from(1200))?;
            self.pace.light(|b| {
                let k = Decimal::from(month).checked_mul(b).ok_or_else(overflow)?;
                Ok::<_, CannotJudge>(exact.compare(&scaled(t, k)?)?.is_ge())
            })?
        };
        let value = lhs.checked_div(den).ok_or_else(overflow)?;
        let why = Why::Pace { completed: a, target: t.clone(), month, bands: self.pace };
        Ok(signal(light, LightRule::Pace, Some(floor2(value)), why))
    }
}

/// The inside-or-not kind an indicator's level gives a higher-is-better target: 质量, 时效, 成本.
fn level_kind(ind: &Indicator) -> Option<InsideKind> {
    match (&ind.level1, &ind.level2) {
        (_, Some(Level2::Quality)) => Some(InsideKind::Quality),
        (_, Some(Level2::Timeliness)) => Some(InsideKind::Timeliness),
        (_, Some(Level2::Cost | Level2::EconomicCost | Level2::SocialCost | Level2::EcologicalCost)) | (Some(Level1::Cost), _) => {
            Some(InsideKind::Cost)
        }
        _ => None,
    }
}

/// A band stated by the unit.
fn stated(band: Band, qualitative: bool) -> Signal {
    let light = match band {
        Band::Achieved => Light::Green,
        Band::Partial => Light::Yellow,
        Band::NotAchieved => Light::Red,
    };
    signal(light, LightRule::Stated, None, Why::Stated { band, qualitative })
}

/// Green inside the target, red outside.
fn inside(kind: InsideKind, target: &Threshold, progress: &Actual, year: Option<u16>) -> Result<Signal, CannotJudge> {
    let met = target.is_met_in(progress, year)?;
    let light = if met { Light::Green } else { Light::Red };
    let why = Why::Inside { kind, target: Box::new(target.clone()), completed: Box::new(progress.clone()) };
    Ok(signal(light, LightRule::Inside, None, why))
}

/// A target of 0: green only while the progress is 0.
fn zero(target: &Threshold, t: &Quantity, progress: &Actual) -> Result<Signal, CannotJudge> {
    let a = bare_in(progress.quantity().ok_or(CompareError::NeedsQuantity)?, t)?;
    let light = if a.compare(t)? == Ordering::Equal { Light::Green } else { Light::Red };
    let why = Why::Zero { target: Box::new(target.clone()), completed: Box::new(progress.clone()) };
    Ok(signal(light, LightRule::ZeroTarget, None, why))
}

/// A deadline against the end of `month` of the project's `year`.
fn deadline(d: &Deadline, progress: &Actual, month: u8, year: Option<u16>) -> Result<Signal, CannotJudge> {
    let y = year.ok_or(CannotJudge::NeedsYear)?;
    let end = d.in_year(y).end();
    let end_year = end.year().ok_or(CannotJudge::NeedsYear)?;
    // where the deadline falls against the month reported: before it, in it, or after it
    let due = (end_year, end.month().unwrap_or(12)).cmp(&(y, month));
    let at = |state: DeadlineState| {
        let light = match state {
            DeadlineState::NotDue | DeadlineState::DoneOnTime(_) => Light::Green,
            DeadlineState::DueThisMonth => Light::Yellow,
            DeadlineState::Overdue | DeadlineState::DoneLate(_) => Light::Red,
        };
        Ok(signal(light, LightRule::Deadline, None, Why::Deadline { end, state, month }))
    };
    let not_done = || {
        at(match due {
            Ordering::Greater => DeadlineState::NotDue,
            Ordering::Equal => DeadlineState::DueThisMonth,
            Ordering::Less => DeadlineState::Overdue,
        })
    };
    match progress {
        // a date, or a span done some day of (`第二季度`, and a year alone, `2025年`, January to
        // December): in the future if it starts after the month reported; reported as done, it
        // was done by then, so a span that runs past that month ends there (`第三季度` in a July
        // report is July)
        Actual::Date(_) | Actual::Period(_) => {
            let report_end = PartialDate::new(Some(y), Some(month), None).map_err(|_| CannotJudge::NeedsYear)?;
            let (start, end) = match progress {
                Actual::Period(p) => (p.start().unwrap_or(p.end()).in_year(y), p.end().in_year(y)),
                Actual::Date(date) if date.month().is_none() => {
                    let year = date.in_year(y);
                    (year.january(), year)
                }
                Actual::Date(date) => (date.in_year(y), date.in_year(y)),
                _ => return Err(CannotJudge::NeedsDate),
            };
            if start.starts_after(&report_end) {
                return Err(CannotJudge::FutureDate(start));
            }
            let (end, done) = match (end.cmp_latest(&report_end), progress) {
                (Some(Ordering::Greater), _) => {
                    (report_end, Actual::Period(Deadline::period(start, report_end).map_err(|_| CannotJudge::FutureDate(start))?))
                }
                (_, Actual::Date(date)) if date.month().is_some() => (end, progress.clone()),
                _ => (end, Actual::Period(Deadline::period(start, end).map_err(|_| CannotJudge::FutureDate(start))?)),
            };
            if Threshold::Deadline(*d).is_met_in(&done, Some(y))? {
                at(DeadlineState::DoneOnTime(Some(end)))
            } else {
                at(DeadlineState::DoneLate(end))
            }
        }
        Actual::Text(t) if UNDER_WAY.contains(&t.as_str()) => not_done(),
        _ => match progress.band() {
            Some(Band::Achieved) if due == Ordering::Less => Err(CannotJudge::DoneDateUnknown),
            Some(Band::Achieved) => at(DeadlineState::DoneOnTime(None)),
            Some(Band::Partial | Band::NotAchieved) => not_done(),
            None => Err(CannotJudge::NeedsDate),
        },
    }
}
