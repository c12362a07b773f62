//! One monitoring cell read: a progress, a forecast, an answer of the form, an amount or a
//! rate (exact decimals), into the indicator's [`Progress`] or the project's
//! [`BudgetProgress`].

use rust_decimal::Decimal;

use crate::actual::Actual;
use crate::import::rows::{self, MonitorColumn as M};
use crate::monitor::reason::{Possibility, Reasons};
use crate::monitor::report::{BudgetProgress, Progress};
use crate::quantity::Quantity;
use crate::text::fold_label;
use crate::MoneyUnit;

/// A message in English and Chinese.
pub(super) struct Msg {
    pub(super) en: String,
    pub(super) zh: String,
}

pub(super) fn msg(en: String, zh: String) -> Msg {
    Msg { en, zh }
}

/// Reads one monitoring cell. `Ok(Some(_))` is a warning about a value read; `Err` a value
/// not read.
pub(super) fn cell(col: M, text: &str, prog: &mut Progress, budget: &mut BudgetProgress, money: MoneyUnit) -> Result<Option<Msg>, Msg> {
    let owned = || Some(text.to_string());
    match col {
        M::Progress | M::Forecast => {
            let slot = if col == M::Progress { &mut prog.completed } else { &mut prog.forecast };
            *slot = owned();
            // kept as written either way: the summary flags what does not parse
            return match Actual::parse(text) {
                Ok(_) => Ok(None),
                Err(e) => Ok(Some(msg(format!("`{text}` does not parse: {e}"), format!("“{text}”无法解析：{}", e.zh())))),
            };
        }
        M::Reason => prog.reasons = Some(Reasons::from_text(text)),
        M::Possibility => {
            let p = Possibility::parse(text).map_err(|_| {
                msg(
                    format!("`{text}` is not 确定能, 有可能 or 完全不可能; kept in `extra`"),
                    format!("“{text}”不是确定能、有可能或完全不可能；保留在 extra 中"),
                )
            })?;
            prog.possibility = Some(p);
        }
        M::Remedy => prog.remedy = owned(),
        M::Note => prog.note = owned(),
        M::Rectify => {
            let answer = yes_no(text).ok_or_else(|| {
                msg(format!("`{text}` is not 是 or 否; kept in `extra`"), format!("“{text}”不是“是”或“否”；保留在 extra 中"))
            })?;
            prog.rectify = Some(answer);
        }
        M::Rectification => prog.rectification = owned(),
        M::Budget | M::Executed | M::BudgetForecast | M::Rate => {
            let value = if col == M::Rate {
                percent(text)?
            } else {
                let as_msg = |m: crate::message::Message| msg(m.en().to_string(), m.zh().to_string());
                rows::amount(text, money).map_err(as_msg)?.map(|(v, note)| (v, note.map(as_msg)))
            };
            let Some((value, warning)) = value else { return Ok(None) };
            let slot = match col {
                M::Budget => &mut budget.budget,
                M::Executed => &mut budget.executed,
                M::BudgetForecast => &mut budget.forecast,
                _ => &mut budget.rate,
            };
            match *slot {
                None => *slot = Some(value),
                Some(first) if first != value => {
                    return Ok(Some(msg(
                        format!("`{text}` differs from {first} in an earlier row of the project; {first} is used"),
                        format!("“{text}”与该项目前面一行的{first}不同；按{first}计"),
                    )))
                }
                Some(_) => {}
            }
            return Ok(warning);
        }
        M::BudgetReason => {
            budget.reasons.get_or_insert_with(|| Reasons::from_text(text));
        }
        M::BudgetRemedy => {
            budget.remedy.get_or_insert_with(|| text.to_string());
        }
    }
    Ok(None)
}

/// A rate in percent: `52.49%`, or a bare number taken as percent (with a warning when it
/// may be a fraction: `0.52`).
pub(super) fn percent(text: &str) -> Result<Option<(Decimal, Option<Msg>)>, Msg> {
    if rows::amount(text, MoneyUnit::WanYuan) == Ok(None) {
        return Ok(None);
    }
    let q = Quantity::parse(text).map_err(|e| msg(format!("`{text}` is not a rate: {e}"), format!("“{text}”不是比率：{}", e.zh())))?;
    let v = q.normalized();
    if q.unit().is_percentage() && q.unit().to_string() == "%" {
        Ok(Some((v, None)))
    } else if q.unit().is_none() {
        let warning = (v.abs() <= Decimal::ONE).then(|| {
            msg(format!("`{text}` has no %: read as {v}%, not as a fraction"), format!("“{text}”没有百分号：按{v}%读取，而非小数"))
        });
        Ok(Some((v, warning)))
    } else {
        Err(msg(format!("`{text}` is not a rate in %"), format!("“{text}”不是百分比")))
    }
}

/// 是 / 否 as 是否需要整改 answers them.
fn yes_no(text: &str) -> Option<bool> {
    match &*fold_label(text) {
        "是" | "需要" | "需整改" | "需要整改" | "有" => Some(true),
        "否" | "不需要" | "无需" | "无需整改" | "不需要整改" | "无" => Some(false),
        _ => None,
    }
}

/// Fills the budget fields a project's rows left empty from the rows above the header.
pub(super) fn fill(budget: &mut BudgetProgress, from: &BudgetProgress) {
    budget.budget = budget.budget.or(from.budget);
    budget.executed = budget.executed.or(from.executed);
    budget.rate = budget.rate.or(from.rate);
    budget.forecast = budget.forecast.or(from.forecast);
    if budget.reasons.is_none() {
        budget.reasons.clone_from(&from.reasons);
    }
    if budget.remedy.is_none() {
        budget.remedy.clone_from(&from.remedy);
    }
}
