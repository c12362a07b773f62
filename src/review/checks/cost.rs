//! 成本指标 against the money: J011 a cost target above the project budget, J012 a cost target
//! written as a lower bound (said plainly when the floor is the whole budget), J031 a cost target
//! that is no amount (text, or a percentage). Amounts are in 元 (with 万 or 亿), or a bare
//! `250万`; standards per head (`3000元/人`) are not amounts and are not compared with the budget.

use crate::message::Message;
use rust_decimal::Decimal;

use crate::level::Level2;
use crate::quantity::{Magnitude, Quantity};
use crate::review::{Code, Ctx, Finding};
use crate::subject::Subject;
use crate::threshold::{Comparator, Threshold};
use crate::unit::{Dimension, KnownUnit, Unit};

/// The largest amount in 元 a cost target allows, when it is a plain amount in 元 (not a
/// standard per person such as `3000元/人`).
fn ceiling_in_yuan(t: &Threshold) -> Option<(Decimal, Quantity)> {
    let q = match t {
        Threshold::Compare(c) => c.quantity().clone(),
        Threshold::Range(r) => r.high_quantity(),
        _ => return None,
    };
    let yuan = Unit::Known(KnownUnit::Yuan);
    if *q.unit() != yuan && !is_bare_wan(&q) {
        return None;
    }
    let v = q.value_in(&yuan).ok()?;
    Some((v, q))
}

/// `250万` in a cost row: a magnitude without unit, which cost rows mean as 元.
fn is_bare_wan(q: &Quantity) -> bool {
    q.unit().is_none() && q.magnitude() != Magnitude::One
}

pub(super) fn over_budget(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let b = &ctx.project.budget;
    let Some(budget) = b.total_in_yuan().filter(|t| !t.is_zero()) else { return };
    let total = b.total.unwrap_or_default();
    let mu = b.money_unit.as_str();
    for (i, ind, t) in ctx.parsed_indicators() {
        if !ctx.is_cost(i) {
            continue;
        }
        let Some((amount, q)) = ceiling_in_yuan(t) else { continue };
        if amount > budget {
            out.push(Finding::new(Code::CostOverBudget, Subject::indicator(i, ind), Message::chinese(format!("成本指标「{}」为{q}，超过项目预算数{total}{mu}；成本目标应不超过预算数，请按预算支出标准重新测算。", ind.value().trim())).english(format!(
                    "the cost target `{}` ({q}) exceeds the project budget of {total} {mu}; a cost target stays within the budget, recompute it from the spending standard.",
                    ind.value().trim()
                ))));
        }
    }
}

pub(super) fn lower_bound(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let b = &ctx.project.budget;
    let budget = b.total_in_yuan().filter(|t| !t.is_zero());
    let mu = b.money_unit.as_str();
    for (i, ind, t) in ctx.parsed_indicators() {
        let Threshold::Compare(c) = t else { continue };
        let (op, quantity) = (c.comparator(), c.quantity());
        if !matches!(op, Comparator::Ge | Comparator::Gt) {
            continue;
        }
        if !ctx.is_cost(i) || (quantity.unit().dimension() != Some(Dimension::Money) && !is_bare_wan(quantity)) {
            continue;
        }
        let le = if op == Comparator::Ge { "≤" } else { "<" };
        let value = ind.value().trim();
        // a floor at the whole budget asks that every yuan be spent: a budget-execution target
        // dressed as a cost one
        let whole = ceiling_in_yuan(t).zip(budget).is_some_and(|((amount, _), budget)| amount >= budget);
        let f = if whole {
            let total = b.total.unwrap_or_default();
            Finding::new(Code::CostLowerBound, Subject::indicator(i, ind), Message::chinese(format!("成本指标「{value}」是下限（{op}），且达到项目全部预算{total}{mu}，等于要求把预算全部花完；成本越低越好，应写成上限，如「{le}{quantity}」，或按支出标准测算成本。")).english(format!(
                    "the cost target `{value}` is a floor ({op}) at the whole budget of {total} {mu}, which asks that all of it be spent; lower cost is better, write a ceiling such as `{le}{quantity}` or a cost from the spending standard."
                )))
        } else {
            Finding::new(Code::CostLowerBound, Subject::indicator(i, ind), Message::chinese(format!("成本指标「{value}」写成下限（{op}）；成本越低越好，应写成上限，如「{le}{quantity}」。")).english(format!("the cost target `{value}` is a lower bound ({op}); lower cost is better, write an upper bound such as `{le}{quantity}`.")))
        };
        out.push(f);
    }
}

/// J031: a cost target stated as text (`按标准执行`) or as a percentage (`100%`): neither says
/// what the work costs.
pub(super) fn not_amount(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    for (i, ind, t) in ctx.parsed_indicators() {
        // social and ecological costs (社会成本, 生态环境成本) are effects stated in words
        if !ctx.is_cost(i) || matches!(ctx.level2(i), Some(Level2::SocialCost | Level2::EcologicalCost)) {
            continue;
        }
        let (zh, en) = match t {
            // a sentence that states the amount (`严格按照预算标准1000元/人给补助对象兑付补助`) says
            // what the work costs
            Threshold::Unread(q) if states_amount(q.as_str()) => continue,
            Threshold::Qualitative(_) | Threshold::Unread(_) => ("是文字表述", "is text"),
            Threshold::Relative(_) => ("只相对于预算或上年表述", "is only stated relative to a budget or the year before"),
            _ if t.unit().and_then(Unit::dimension) == Some(Dimension::Ratio) => ("是百分比", "is a percentage"),
            _ => continue,
        };
        let value = ind.value().trim();
        out.push(Finding::new(Code::CostNotAmount, Subject::indicator(i, ind), Message::chinese(format!("成本指标「{}」的指标值「{value}」{zh}，不反映成本多少；请按预算支出标准写成金额，如「≤30万元」「≤3000元/人」。", ind.name)).english(format!(
                "the cost indicator `{}` has the value `{value}`, which {en} and says nothing of what the work costs; write an amount from the spending standard, such as ≤30万元 or ≤3000元/人.",
                ind.name
            ))));
    }
}

/// Whether a sentence holds an amount of money: digits followed by 元 or 万元.
fn states_amount(text: &str) -> bool {
    text.match_indices('元').any(|(at, _)| {
        let before = text[..at].trim_end_matches('万');
        before.ends_with(crate::grammar::numeral::is_digit)
    })
}
