//! How quantities are stated: J026 a 数量指标 with a ceiling, J027 a 数量指标 in money or time,
//! J030 a number without a unit.

use super::rates::is_rated;
use crate::level::Level2;
use crate::message::Message;
use crate::quantity::Magnitude;
use crate::review::text::{counted_unit, is_count, reverse_word};
use crate::review::{Code, Ctx, Finding};
use crate::subject::Subject;
use crate::threshold::{Comparator, Threshold};
use crate::unit::{Dimension, Unit};

/// Names whose product is money: lending and financing programmes count the money lent.
const MONEY_PRODUCTS: &[&str] = &["贷款", "融资", "授信", "担保"];

/// Names that say when or how fast: a timeliness target filed under 数量指标. (`开放时间 ≥300天`
/// counts days of service, which is a quantity.)
const TIME_WORDS: &[&str] =
    &["时限", "期限", "周期", "工期", "及时", "完成时间", "完工时间", "办结时间", "响应时间", "到位时间", "实施时间", "验收时间"];

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    for (i, ind, t) in ctx.parsed_indicators() {
        let subject = || Subject::indicator(i, ind);
        let value = ind.value().trim();
        let core = ctx.core(i);
        let quantity = ctx.is(i, &Level2::Quantity);
        let dim = t.unit().and_then(Unit::dimension);
        // a ceiling in money or time is no count at all: J018 and J027 say so
        let counts = !matches!(dim, Some(Dimension::Money | Dimension::Duration));
        if let Threshold::Compare(c) = t {
            if quantity && counts && matches!(c.comparator(), Comparator::Le | Comparator::Lt) && reverse_word(core).is_none() {
                out.push(Finding::new(Code::QuantityCeiling, subject(), Message::chinese(format!("数量指标「{}」的指标值「{value}」是上限，完成0也达标；数量指标应写成下限，如「≥{}」；若该指标越少越好，它就不是产出数量，应列入质量或成本指标。", ind.name, c.quantity())).english(format!(
                        "quantity indicator `{}` has the ceiling `{value}`, which zero meets; write a floor such as `≥{}`; if less is better the row counts no output, file it under 质量 or 成本.",
                        ind.name,
                        c.quantity()
                    ))));
            }
        }
        // a count in money or time is J018's
        if quantity && !is_count(core) {
            let what = match dim {
                Some(Dimension::Money) if !MONEY_PRODUCTS.iter().any(|w| core.contains(w)) => Some(("金额", "money", "成本指标")),
                Some(Dimension::Duration) if TIME_WORDS.iter().any(|w| core.contains(w)) => Some(("时间", "time", "时效指标")),
                _ => None,
            };
            if let Some((zh, en, home)) = what {
                out.push(Finding::new(Code::QuantityNotCount, subject(), Message::chinese(format!("数量指标「{}」的指标值「{value}」是{zh}，不是产出数量；请写明完成的产出数量（个、人、次、套…），把{zh}目标列入{home}。", ind.name)).english(format!(
                        "quantity indicator `{}` has the value `{value}` in {en}, not a count of outputs; state the outputs delivered and file the {en} target under {home}.",
                        ind.name
                    ))));
            }
        }
        // a rate without its % is J013's
        if no_unit(ctx, i, t) && ind.unit_in_name().is_none() && !is_rated(ctx, i, core) {
            let hint = counted_unit(core).map_or_else(String::new, |u| format!("，如「{value}{u}」"));
            let hint_en = counted_unit(core).map_or_else(String::new, |u| format!(", such as {value}{u}"));
            out.push(Finding::new(
                Code::MissingUnit,
                subject(),
                Message::chinese(format!("指标值「{value}」只有数字，没有计量单位；请写明单位{hint}。"))
                    .english(format!("the value `{value}` is a bare number with no unit; write the unit{hint_en}.")),
            ));
        }
    }
}

/// A comparison or range with no unit at all. A bare `250万` in a cost row is read as 元 (see
/// J011), and `≥0` is J015's.
fn no_unit(ctx: &Ctx<'_>, i: usize, t: &Threshold) -> bool {
    let (unit, magnitude, zero) = match t {
        Threshold::Compare(c) => (c.quantity().unit(), c.quantity().magnitude(), c.quantity().normalized().is_zero()),
        Threshold::Range(r) => (r.unit(), r.magnitude(), false),
        _ => return false,
    };
    unit.is_none() && !zero && !(ctx.is_cost(i) && magnitude != Magnitude::One)
}
