//! 成本指标 against the money: J011 a cost target above the project budget, J012 a cost target
//! written as a lower bound. Amounts are in 元 (with 万 or 亿), or a bare `250万`; standards per
//! head (`3000元/人`) are not amounts and are not compared with the budget.

use rust_decimal::Decimal;

use crate::quantity::{Magnitude, Quantity};
use crate::review::text::is_cost;
use crate::review::{Code, Ctx, Finding, Subject};
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
        if !is_cost(ind) {
            continue;
        }
        let Some((amount, q)) = ceiling_in_yuan(t) else { continue };
        if amount > budget {
            out.push(Finding::new(
                Code::CostOverBudget,
                Subject::indicator(i, ind),
                format!("成本指标「{}」为{q}，超过项目预算数{total}{mu}；成本目标应不超过预算数，请按预算支出标准重新测算。", ind.value().trim()),
                format!(
                    "the cost target `{}` ({q}) exceeds the project budget of {total} {mu}; a cost target stays within the budget, recompute it from the spending standard.",
                    ind.value().trim()
                ),
            ));
        }
    }
}

pub(super) fn lower_bound(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    for (i, ind, t) in ctx.parsed_indicators() {
        let Threshold::Compare(c) = t else { continue };
        let (op, quantity) = (c.op(), c.quantity());
        if !matches!(op, Comparator::Ge | Comparator::Gt) {
            continue;
        }
        if !is_cost(ind) || (quantity.unit().dimension() != Some(Dimension::Money) && !is_bare_wan(quantity)) {
            continue;
        }
        let le = if op == Comparator::Ge { "≤" } else { "<" };
        out.push(Finding::new(
            Code::CostLowerBound,
            Subject::indicator(i, ind),
            format!("成本指标「{}」写成下限（{op}）；成本越低越好，应写成上限，如「{le}{quantity}」。", ind.value().trim()),
            format!(
                "the cost target `{}` is a lower bound ({op}); lower cost is better, write an upper bound such as `{le}{quantity}`.",
                ind.value().trim()
            ),
        ));
    }
}
