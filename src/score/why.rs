//! Why an item got its score: the rule's numbers, kept as they are and written out in Chinese
//! or English only when asked for ([`ItemScore::rule_zh`], [`ItemScore::rule_en`]).

use core::fmt::{self, Write};

use rust_decimal::Decimal;

use super::item::ItemScore;
use super::profile::BandPoint;
use crate::actual::{Actual, Band};
use crate::date::PartialDate;
use crate::quantity::Quantity;
use crate::threshold::{Comparator, Range};

/// The numbers behind an item's explanation; the score, weight and `met` are the item's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Why {
    /// Words given as they are (read back from JSON, or written by a rule with no numbers).
    Text {
        /// In Chinese.
        zh: Box<str>,
        /// In English.
        en: Box<str>,
    },
    /// The profile gives no points for budget execution.
    BudgetNotScored,
    /// Budget execution at `pct` percent (rounded, uncapped); the weight is the points.
    Budget(Decimal),
    /// A deadline, done at `actual`.
    Deadline {
        /// The actual as read.
        actual: Actual,
        /// The deadline's end.
        end: PartialDate,
    },
    /// A qualitative target repeated by the actual.
    Qualitative(Box<str>),
    /// A comparison of `actual` with `target` (an end of a range when `range` is set).
    Compare {
        /// The other end of the range `target` is an end of, for the label.
        range: Option<RangeEnd>,
        /// The comparator as written.
        op: Comparator,
        /// The comparator it was scored as (`≥` for a bare value, `≤` for a bare 0 or cost).
        scored_as: Comparator,
        /// Whether the comparison held.
        holds: bool,
        /// The actual.
        actual: Quantity,
        /// The target.
        target: Quantity,
        /// What followed.
        outcome: Outcome,
    },
    /// An actual inside a range.
    Inside {
        /// The range.
        range: Range,
        /// The actual.
        actual: Quantity,
    },
    /// A band with the assessor's score (the item's score) inside [`low`, `high`].
    BandGiven {
        /// The band.
        band: Band,
        /// The band's lower end.
        low: Decimal,
        /// The band's upper end.
        high: Decimal,
    },
    /// 达成 without a score: full marks.
    BandFull(Band),
    /// A band scored at the profile's point.
    BandPoint(Band, BandPoint),
}

/// What a comparison led to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Met: full marks.
    Full,
    /// Exceeded by more than `pct` percent: 0.
    OverLimit(Decimal),
    /// A target of 0 missed: 0.
    ZeroTarget,
    /// Missed: the item's score by a formula of the actual and the target, both normalised.
    Formula {
        /// Which formula.
        formula: Formula,
        /// Whether the score was held below full marks.
        capped: bool,
    },
}

/// A target that is an end of a range (magnitude and unit are the target's): the other end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RangeEnd {
    /// The target is the low end; this is the high one.
    Low(Decimal),
    /// The target is the high end; this is the low one.
    High(Decimal),
}

/// The formula of a missed target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Formula {
    /// weight × actual ÷ target.
    Proportional,
    /// weight × target ÷ actual.
    Ratio,
    /// weight × (1 − (actual − target) ÷ target).
    Linear,
}

/// The language to write in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    /// 中文.
    Zh,
    /// English.
    En,
}

impl Why {
    /// The explanation of `item` in `lang`.
    pub(crate) fn text(&self, item: &ItemScore, lang: Lang) -> String {
        let mut s = String::new();
        // writing into a String cannot fail
        let _ = self.write(item, lang, &mut s);
        s
    }

    fn write(&self, item: &ItemScore, lang: Lang, f: &mut String) -> fmt::Result {
        let zh = lang == Lang::Zh;
        let (score, weight) = (item.score, item.weight);
        match self {
            Why::Text { zh: z, en } => f.write_str(if zh { z } else { en }),
            Why::BudgetNotScored => {
                f.write_str(if zh { "本方案不计预算执行率" } else { "budget execution not scored by this profile" })
            }
            Why::Budget(pct) => match (zh, item.met) {
                (true, true) => write!(f, "执行率 {pct}% (按100%封顶), 满分"),
                (false, true) => write!(f, "execution rate {pct}% (capped at 100%), full marks"),
                (true, false) => write!(f, "执行率 {pct}%, 得分 = {weight} × {pct}% = {score}"),
                (false, false) => write!(f, "execution rate {pct}%, score = {weight} × {pct}% = {score}"),
            },
            Why::Deadline { actual, end } => match (zh, item.met) {
                (true, true) => write!(f, "时限: 完成于 {actual}, 不晚于 {end}, 满分"),
                (false, true) => write!(f, "deadline: done {actual}, by {end}, full marks"),
                (true, false) => write!(f, "时限: 完成于 {actual}, 晚于 {end}, 逾期 0分"),
                (false, false) => write!(f, "deadline: done {actual}, after {end}: overdue, 0 points"),
            },
            Why::Qualitative(text) if zh => write!(f, "定性: 完成值与目标一致（{text}）, 满分"),
            Why::Qualitative(text) => write!(f, "qualitative: the actual repeats the target ({text}), full marks"),
            Why::Compare { range, op, scored_as, holds, actual, target, outcome } => {
                match range {
                    Some(RangeEnd::Low(high)) => label(target.value(), *high, target, zh, f)?,
                    Some(RangeEnd::High(low)) => label(*low, target.value(), target, zh, f)?,
                    None => {}
                }
                let rel = relation(*scored_as, *holds);
                let as_symbol = scored_as.symbol();
                match (zh, op == scored_as) {
                    (true, false) => write!(f, "{}（按{as_symbol}计分）: 完成值 {actual} {rel} 目标 {target}", op.symbol())?,
                    (true, true) => write!(f, "{}: 完成值 {actual} {rel} 目标 {target}", op.symbol())?,
                    (false, false) => write!(f, "{} (scored as {as_symbol}): actual {actual} {rel} target {target}", op.symbol())?,
                    (false, true) => write!(f, "{}: actual {actual} {rel} target {target}", op.symbol())?,
                }
                outcome.write(zh, score, weight, (actual, target), f)
            }
            Why::Inside { range, actual } => {
                label(range.low(), range.high(), &range.low_quantity(), zh, f)?;
                if zh {
                    write!(f, "完成值 {actual} 在区间之内, 满分")
                } else {
                    write!(f, "actual {actual} inside the range, full marks")
                }
            }
            Why::BandGiven { band, low, high } if zh => write!(f, "档次: {band}, 评价人给分 {score}（档次 {low}–{high}）"),
            Why::BandGiven { band, low, high } => {
                write!(f, "band: {}, assessor's score {score} (band {low} to {high})", band.en())
            }
            Why::BandFull(band) if zh => write!(f, "档次: {band}, 满分"),
            Why::BandFull(band) => write!(f, "band: {}, full marks", band.en()),
            Why::BandPoint(band, point) => match (zh, point) {
                (true, BandPoint::Lower) => write!(f, "档次: {band}, 按档次下限计 {score}"),
                (true, BandPoint::Middle) => write!(f, "档次: {band}, 按档次中点计 {score}"),
                (false, BandPoint::Lower) => write!(f, "band: {}, at the band's lower end: {score}", band.en()),
                (false, BandPoint::Middle) => write!(f, "band: {}, at the band's middle: {score}", band.en()),
            },
        }
    }
}

impl Outcome {
    /// Writes the outcome of comparing `actual` with `target`.
    fn write(&self, zh: bool, score: Decimal, weight: Decimal, (actual, target): (&Quantity, &Quantity), f: &mut String) -> fmt::Result {
        match (self, zh) {
            (Outcome::Full, true) => f.write_str(", 满分"),
            (Outcome::Full, false) => f.write_str(", full marks"),
            (Outcome::OverLimit(pct), true) => write!(f, ", 超过目标 {pct}% 以上, 0分"),
            (Outcome::OverLimit(pct), false) => write!(f, ", exceeding the target by more than {pct}%: 0 points"),
            (Outcome::ZeroTarget, true) => f.write_str(", 目标为 0 未达成, 0分"),
            (Outcome::ZeroTarget, false) => f.write_str(", a target of 0 missed: 0 points"),
            (Outcome::Formula { formula, capped }, _) => {
                // as scored: the actual in the target's unit, both normalised (and shown to four
                // decimals at most: 121 minutes are ≈2.0167 hours, not 2.0166666666666666666666666667)
                let av = shown(actual.value_in(target.unit()).unwrap_or_default());
                let tv = shown(target.normalized());
                f.write_str(if zh { ", 得分 = " } else { ", score = " })?;
                match formula {
                    Formula::Proportional => write!(f, "{weight} × {av} ÷ {tv}")?,
                    Formula::Ratio => write!(f, "{weight} × {tv} ÷ {av}")?,
                    Formula::Linear => write!(f, "{weight} × (1 − ({av} − {tv}) ÷ {tv})")?,
                }
                write!(f, " = {score}")?;
                match (capped, zh) {
                    (false, _) => Ok(()),
                    (true, true) => f.write_str("（未达成不得满分）"),
                    (true, false) => f.write_str(" (a missed target never gets full marks)"),
                }
            }
        }
    }
}

/// `区间 90-100%: ` (`range 90-100%: `); magnitude and unit are those of `end`.
fn label(low: Decimal, high: Decimal, end: &Quantity, zh: bool, f: &mut String) -> fmt::Result {
    let word = if zh { "区间" } else { "range" };
    write!(f, "{word} {low}-{high}{}{}: ", end.magnitude(), end.unit())
}

/// A number as an explanation shows it: without trailing zeros, and rounded to four decimals
/// (marked `≈`) when it has more.
fn shown(x: Decimal) -> String {
    let x = x.normalize();
    if x.scale() > 4 {
        format!("≈{}", x.round_dp(4).normalize())
    } else {
        x.to_string()
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
