//! Rates and satisfaction: J013 not a percentage, J014 above 100%, J015 a target that cannot
//! fail. A rate is a name ending in 率, 比例, 占比, 比重 or 覆盖面.

use crate::message::Message;
use rust_decimal::Decimal;

use crate::level::Level1;
use crate::review::text::{is_count, is_growth, is_rate, says_satisfaction};
use crate::review::{Code, Ctx, Finding};
use crate::subject::Subject;
use crate::threshold::{Comparator, Threshold};
use crate::unit::{Dimension, KnownUnit, Unit};

const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

fn percent() -> Unit {
    Unit::Known(KnownUnit::Percent)
}

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    for (i, ind, t) in ctx.parsed_indicators() {
        let subject = || Subject::indicator(i, ind);
        let value = ind.value().trim();
        let core = ctx.core(i);
        let rated = is_rated(ctx, i, core);
        if let Threshold::Compare(c) = t {
            if c.comparator() == Comparator::Ge && c.quantity().normalized() <= Decimal::ZERO {
                out.push(cannot_fail(subject(), value, "任何完成值都满足", "any actual meets it"));
                continue;
            }
        }
        if !rated {
            continue;
        }
        let is_ratio = t.unit().and_then(Unit::dimension) == Some(Dimension::Ratio);
        // a rate of 0 is 0 in any unit: `明显变质比例 0` needs no `%`, nor a rate the name
        // gives its `(%)`
        let zero = matches!(t, Threshold::Compare(c) if c.quantity().unit().is_none() && c.quantity().normalized().is_zero());
        let named = ind.unit_in_name().and_then(|(_, u)| u.dimension()) == Some(Dimension::Ratio) && t.unit().is_some_and(Unit::is_none);
        if !is_ratio && !zero && !named {
            let (zh, en) = not_ratio_reason(t);
            out.push(Finding::new(Code::RateNotPercentage, subject(), Message::chinese(format!("「{}」是比率或满意度指标，指标值「{value}」{zh}；请写成百分比，如「≥95%」，或改用与指标值相符的指标名称。", ind.name)).english(format!("`{}` is a rate or satisfaction indicator but its value `{value}` {en}; write a percentage such as ≥95%, or rename the indicator to match its value.", ind.name))));
            continue;
        }
        let pct = |q: &crate::Quantity| q.value_in(&percent()).ok();
        match t {
            Threshold::Compare(c) => {
                let (op, quantity) = (c.comparator(), c.quantity());
                let Some(p) = pct(quantity) else { continue };
                let above = match op {
                    Comparator::Ge | Comparator::Eq => p > HUNDRED,
                    Comparator::Gt => p >= HUNDRED,
                    _ => false,
                };
                let slack = match op {
                    Comparator::Le => p >= HUNDRED,
                    Comparator::Lt => p > HUNDRED,
                    _ => false,
                };
                if above && !is_growth(core) {
                    out.push(above_100(subject(), value));
                } else if slack {
                    out.push(cannot_fail(subject(), value, "比率不会超过100%", "a rate never exceeds 100%"));
                }
            }
            Threshold::Range(r) => {
                let (Some(low), Some(high)) = (pct(&r.low_quantity()), pct(&r.high_quantity())) else { continue };
                if high > HUNDRED && !is_growth(core) {
                    out.push(above_100(subject(), value));
                } else if low <= Decimal::ZERO && high >= HUNDRED {
                    out.push(cannot_fail(subject(), value, "覆盖了比率的全部可能取值", "it spans every possible rate"));
                }
            }
            _ => {}
        }
    }
}

/// Whether row `i` is read as a rate or a satisfaction indicator: a rate's name (see
/// [`is_rate`]), or a satisfaction indicator, which the name says or which sits under 满意度;
/// counts are none (`有效投诉次数 ≤3次` under 满意度, `满意度调查次数`).
pub(super) fn is_rated(ctx: &Ctx<'_>, i: usize, core: &str) -> bool {
    is_rate(core) || says_satisfaction(core) || ((core.contains("满意") || ctx.level1(i) == Some(&Level1::Satisfaction)) && !is_count(core))
}

fn not_ratio_reason(t: &Threshold) -> (&'static str, &'static str) {
    match t {
        Threshold::Qualitative(_) | Threshold::Unread(_) => ("是文字表述", "is text"),
        Threshold::Deadline(_) => ("是日期", "is a date"),
        _ => match t.unit() {
            Some(Unit::None) | None => ("没有百分号", "has no % sign"),
            Some(u) if u.dimension() == Some(Dimension::Duration) => ("用的是时间单位", "is in a time unit"),
            Some(_) => ("用的不是百分比单位", "is not in percent"),
        },
    }
}

fn above_100(subject: Subject, value: &str) -> Finding {
    Finding::new(
        Code::RateAbove100,
        subject,
        Message::chinese(format!("比率目标「{value}」超过100%，无法实现；请改为不超过100%的目标，如「≥95%」或「=100%」。")).english(
            format!("the rate target `{value}` is above 100% and cannot be reached; set a target of at most 100%, such as ≥95% or =100%."),
        ),
    )
}

fn cannot_fail(subject: Subject, value: &str, why_zh: &str, why_en: &str) -> Finding {
    Finding::new(
        Code::CannotFail,
        subject,
        Message::chinese(format!("指标值「{value}」{why_zh}，起不到约束作用；请按年度任务设定可考核的目标。"))
            .english(format!("the target `{value}` cannot fail ({why_en}); set a target that the year's work can miss.")),
    )
}
