//! Answers that state their own relation to a relative target's baseline (`增长6%` against
//! `较上年增长5%`, `未超预算` against `≤预算数`, `低于市场价` against `不高于市场价`, `基本持平`
//! against `与上年基本持平`): judged by that relation, as the reviewer reads them, with no value
//! of the baseline needed.
//!
//! Both the target and the answer are read as a set of changes `x` from the baseline: a level
//! (`≤预算数`) is `x ≤ 0`; a change of an amount (`增长5%`) is `x ≥ 5` in the amount's unit, a
//! decrease (`下降10%`) `x ≤ -10`; a change of no amount (`有所增长`) is `x > 0`. The answer
//! meets the target when its set lies within the target's, misses it when the two do not meet,
//! and cannot settle it otherwise.

use rust_decimal::Decimal;

use super::{Baseline, Change, Relative, Threshold};
use crate::comparator::Comparator;
use crate::error::CompareError;

/// The verdict on `answer` against `target`, when the answer states a relation to the target's
/// baseline; `None` when it states none (the target then needs the baseline's value).
pub(super) fn judged(target: &Relative, answer: &str) -> Option<Result<bool, CompareError>> {
    let said = stated(target.baseline(), answer)?;
    // a bound written on the change (`增长5%以下`, `下降10%以内`) is a bound, not the change made
    let bounded = crate::grammar::states_a_bound(answer);
    // the approximate level (`基本持平`): only a flat answer meets it, and a flat answer about
    // the baseline settles no exact bound
    if target.is_approximate() {
        let flat = match said.change() {
            None => said.comparator() == Comparator::Eq,
            // `增长0%`: no change
            Some(_) => said.amount().is_some_and(|a| a.normalized().is_zero()) && !bounded,
        };
        return Some(if flat { Ok(true) } else { Err(CompareError::UnsettledBound) });
    }
    if said.is_approximate() {
        return Some(Err(CompareError::UnsettledBound));
    }
    // amounts on both sides are compared only in one unit (`5%` is no `5个百分点`)
    if let (Some(a), Some(b)) = (target.amount(), said.amount()) {
        if a.unit() != b.unit() {
            return Some(Err(CompareError::IncompatibleUnits { target: a.unit().clone(), actual: b.unit().clone() }));
        }
    }
    let wanted = span(target, false);
    let stated = span(&said, !bounded);
    Some(if wanted.contains(&stated) {
        Ok(true)
    } else if wanted.meets(&stated) {
        Err(CompareError::UnsettledBound)
    } else {
        Ok(false)
    })
}

/// The relation `answer` states to `baseline`: read as a relative target is, with the baseline
/// named (`较上年增长6%`, `低于市场价`) or, for a baseline of time, left to the target's
/// (`增长6%`, `持平`: a change on a budget or a price is said against it, `较预算数下降5%`,
/// since a bare change on a cost row is commonly last year's), and `未超预算` as `不超过预算`.
fn stated(baseline: Baseline, answer: &str) -> Option<Relative> {
    let answer = answer.trim();
    let exceeded = crate::grammar::strip_any(answer, &crate::actual::NEGATIONS)
        .and_then(|rest| crate::grammar::strip_any(rest, &["超过", "超出", "突破", "超"]));
    let rewritten;
    let answer = match exceeded {
        Some(rest) => {
            rewritten = format!("不超过{rest}");
            rewritten.as_str()
        }
        None => answer,
    };
    if let Ok(Threshold::Relative(r)) = Threshold::parse(answer) {
        return (r.baseline() == baseline).then_some(r);
    }
    if !matches!(baseline, Baseline::PreviousYear | Baseline::SamePeriod | Baseline::PreviousPeriod) {
        return None;
    }
    match Threshold::parse(&format!("较{}{answer}", baseline.as_str())) {
        Ok(Threshold::Relative(r)) => Some(r),
        _ => None,
    }
}

/// A set of changes from the baseline: each end, if bounded, with whether it is included.
struct Span {
    low: Option<(Decimal, bool)>,
    high: Option<(Decimal, bool)>,
}

/// The changes `r` allows. An answer's change of an amount is the change made (`增长6%` is 6),
/// whatever comparator the grammar gives a target of that wording.
fn span(r: &Relative, answer: bool) -> Span {
    use Comparator::*;
    let Some(change) = r.change() else { return Span::of(r.comparator(), Decimal::ZERO) };
    let sign = if change == Change::Increase { Decimal::ONE } else { -Decimal::ONE };
    let Some(amount) = r.amount() else {
        // 有所增长: more than the baseline, by any amount
        return Span::of(if change == Change::Increase { Gt } else { Lt }, Decimal::ZERO);
    };
    let x = sign * amount.normalized();
    if answer {
        return Span::of(Eq, x);
    }
    // a decrease bounds from above (`下降10%` is at most -10), as `Relative::resolve` reads it
    let op = match (change, r.comparator()) {
        (Change::Increase, o) => o,
        (Change::Decrease, Ge) => Le,
        (Change::Decrease, Gt) => Lt,
        (Change::Decrease, Le) => Ge,
        (Change::Decrease, Lt) => Gt,
        (Change::Decrease, o) => o,
    };
    Span::of(op, x)
}

impl Span {
    fn of(op: Comparator, x: Decimal) -> Span {
        use Comparator::*;
        match op {
            Ge => Span { low: Some((x, true)), high: None },
            Gt => Span { low: Some((x, false)), high: None },
            Le => Span { low: None, high: Some((x, true)) },
            Lt => Span { low: None, high: Some((x, false)) },
            Eq => Span { low: Some((x, true)), high: Some((x, true)) },
        }
    }

    /// Whether every change in `other` is one of these.
    fn contains(&self, other: &Span) -> bool {
        let low_ok = match (self.low, other.low) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some((a, ai)), Some((b, bi))) => b > a || (b == a && (ai || !bi)),
        };
        let high_ok = match (self.high, other.high) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some((a, ai)), Some((b, bi))) => b < a || (b == a && (ai || !bi)),
        };
        low_ok && high_ok
    }

    /// Whether some change is in both.
    fn meets(&self, other: &Span) -> bool {
        // the greater low end and the lesser high end of the two, and whether each is included
        let low = match (self.low, other.low) {
            (Some(a), Some(b)) => Some(if a.0 > b.0 || (a.0 == b.0 && !a.1) { a } else { b }),
            (a, b) => a.or(b),
        };
        let high = match (self.high, other.high) {
            (Some(a), Some(b)) => Some(if a.0 < b.0 || (a.0 == b.0 && !a.1) { a } else { b }),
            (a, b) => a.or(b),
        };
        match (low, high) {
            (Some((l, li)), Some((h, hi))) => l < h || (l == h && li && hi),
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{judged, Relative};
    use crate::error::CompareError;
    use crate::threshold::Threshold;

    fn rel(s: &str) -> Relative {
        match Threshold::parse(s) {
            Ok(Threshold::Relative(r)) => r,
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn answers_are_judged_by_the_relation_they_state() {
        let unsettled = Some(Err(CompareError::UnsettledBound));
        for (target, answer, verdict) in [
            ("较上年增长5%", "增长6%", Some(Ok(true))),
            ("较上年增长5%", "较上年增长5%", Some(Ok(true))),
            ("较上年增长5%", "增长4%", Some(Ok(false))),
            ("较上年增长5%", "下降2%", Some(Ok(false))),
            ("较上年增长5%", "持平", Some(Ok(false))),
            ("较上年增长5%", "有所增长", unsettled.clone()),
            ("同比下降10%", "下降12%", Some(Ok(true))),
            ("同比下降10%", "同比下降8%", Some(Ok(false))),
            ("同比下降10%", "较上年下降12%", None),
            ("≤预算数", "未超预算", Some(Ok(true))),
            ("≤预算数", "没有超过预算数", Some(Ok(true))),
            ("≤预算数", "低于预算", Some(Ok(true))),
            ("≤预算数", "超过预算", Some(Ok(false))),
            ("≤预算数", "下降5%", None),
            ("≤预算数", "较预算数下降5%", Some(Ok(true))),
            ("较上年增长5%", "增长5%以下", unsettled.clone()),
            ("较上年增长5%", "增长6%以内", unsettled.clone()),
            ("较上年增长5%", "增长6%以上", Some(Ok(true))),
            ("同比下降10%", "下降10%以内", unsettled.clone()),
            ("比上年提高2个百分点", "提高2个百分点以下", unsettled.clone()),
            ("比上年提高2个百分点", "提高1个百分点以上", unsettled.clone()),
            ("≤预算数", "未超批复数", None),
            ("不高于市场价", "低于市场价", Some(Ok(true))),
            ("不高于市场价", "不高于市场价", Some(Ok(true))),
            ("≥上年", "增长6%", Some(Ok(true))),
            ("≥上年", "持平", Some(Ok(true))),
            ("≥上年", "下降1%", Some(Ok(false))),
            ("≥上年", "基本持平", unsettled.clone()),
            ("与上年基本持平", "基本持平", Some(Ok(true))),
            ("与上年基本持平", "持平", Some(Ok(true))),
            ("与上年基本持平", "增长2%", unsettled.clone()),
            ("与上年基本持平", "增长0%", Some(Ok(true))),
            ("比上年提高2个百分点", "提高3个百分点", Some(Ok(true))),
            ("比上年提高2个百分点", "提高1个百分点", Some(Ok(false))),
            (
                "比上年提高2个百分点",
                "增长3%",
                Some(Err(CompareError::IncompatibleUnits { target: "个百分点".parse().unwrap(), actual: "%".parse().unwrap() })),
            ),
            ("较上年增长5%", "完成", None),
            ("较上年增长5%", "95%", None),
        ] {
            assert_eq!(judged(&rel(target), answer), verdict, "{target} / {answer}");
        }
    }
}
