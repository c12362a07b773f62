//! Completeness of each row: J005 no 三级 name, J006 no value, J007 a value that did not parse.

use crate::error::ParseErrorKind;
use crate::review::{Code, Ctx, Finding, Subject};

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    for (i, ind) in ctx.project.indicators.iter().enumerate() {
        let subject = || Subject::indicator(i, ind);
        if ind.name.trim().is_empty() {
            out.push(Finding::new(
                Code::MissingName,
                subject(),
                format!("三级指标名称为空（指标值「{}」）；请写明衡量什么，如「设备更新数量」。", ind.value().trim()),
                format!("the indicator has no 三级 name (value `{}`); say what is measured, e.g. 设备更新数量.", ind.value().trim()),
            ));
        }
        match ind.parsed() {
            Ok(_) => {}
            Err(e) if e.kind() == ParseErrorKind::Empty => out.push(Finding::new(
                Code::MissingValue,
                subject(),
                "指标值为空；请填写可衡量的目标值，如「≥95%」「≥3套」「12月底前」。",
                "the target value is empty; fill in a measurable target such as ≥95%, ≥3套 or 12月底前.",
            )),
            Err(e) => out.push(Finding::new(
                Code::UnparsedValue,
                subject(),
                format!("指标值「{}」无法解析（{e}）；请写成「比较符+数值+单位」，如「≥95%」「≤30万元」。", ind.value()),
                format!(
                    "the target value `{}` does not parse ({e}); write comparator, number and unit, e.g. ≥95% or ≤30万元.",
                    ind.value()
                ),
            )),
        }
    }
}
