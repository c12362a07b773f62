//! Budget arithmetic (预算规模): J001 total ≠ fiscal + other, J002 a negative amount, J003 no
//! total.

use crate::message::Message;
use crate::review::{Code, Ctx, Finding};
use crate::subject::Subject;

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let b = &ctx.project.budget;
    let mu = b.money_unit.as_str();
    for (zh, en, amount) in [
        ("预算数", "the total", b.total),
        ("财政资金", "fiscal funds", b.fiscal),
        ("其他资金", "other funds", b.other),
        ("执行数", "the executed amount", b.executed),
    ] {
        if let Some(a) = amount.filter(|a| a.is_sign_negative() && !a.is_zero()) {
            out.push(Finding::new(
                Code::NegativeAmount,
                Subject::Project,
                Message::chinese(format!("{zh}为负数（{a}{mu}）；金额应为零或正数，请核对录入。"))
                    .english(format!("{en} is negative ({a} {mu}); amounts are zero or more, check the entry.")),
            ));
        }
    }
    match b.total {
        None => out.push(Finding::new(
            Code::MissingBudget,
            Subject::Project,
            Message::chinese("未填写预算数；请填写项目年度预算总额（单位与表头一致）。")
                .english("no budget total (预算数); fill in the project's annual total, in the table's money unit."),
        )),
        Some(t) if t.is_zero() => out.push(Finding::new(
            Code::MissingBudget,
            Subject::Project,
            Message::chinese(format!("预算数为0{mu}；请填写项目年度预算总额。"))
                .english(format!("the budget total is 0 {mu}; fill in the project's annual total.")),
        )),
        Some(t) if b.fiscal.is_some() || b.other.is_some() => {
            let fiscal = b.fiscal.unwrap_or_default();
            let other = b.other.unwrap_or_default();
            let sum = fiscal.checked_add(other);
            if sum != Some(t) {
                // a sum beyond the decimal range cannot equal the total
                let (sum, sum_en) = match sum {
                    Some(s) => (format!("{s}{mu}"), format!("{s} {mu}")),
                    None => ("超出范围".to_string(), "out of range".to_string()),
                };
                out.push(Finding::new(Code::BudgetSum, Subject::Project, Message::chinese(format!("预算数{t}{mu}不等于财政资金{fiscal}{mu}与其他资金{other}{mu}之和（{sum}）；请使两者相等。")).english(format!(
                        "the total {t} {mu} is not fiscal {fiscal} {mu} + other {other} {mu} (= {sum_en}); make the parts add up to the total."
                    ))));
            }
        }
        Some(_) => {}
    }
}
