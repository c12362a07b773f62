//! Completeness of each row: J005 no 三级 name, J006 no value, J007 a value that did not parse.
//!
//! Two kinds of row are no indicator and get neither J005 nor J006: a template row left blank
//! (`指标1:` with `/` in every cell, a level the project does not use), and a parent row whose
//! value sits on the rows under it (`培训人数` followed by `其中：农民工…`).

use crate::error::ParseErrorKind;
use crate::message::Message;
use crate::review::text::without_label;
use crate::review::{Code, Ctx, Finding};
use crate::subject::Subject;

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let indicators = &ctx.project.indicators;
    for (i, ind) in indicators.iter().enumerate() {
        let subject = || Subject::indicator(i, ind);
        let empty = matches!(ind.parsed(), Err(e) if e.kind() == ParseErrorKind::Empty);
        let nameless = without_label(ctx.core(i)).is_empty();
        // (the next row's mark is looked for in its name as written: the core name drops ★)
        // (a star marks a sub-row only under a row without one: two starred rows are siblings)
        let starred = |n: &str| n.trim_start().starts_with(['★', '☆', '△', '▲']);
        let parent = i + 1 < indicators.len()
            && (is_child(ctx.core(i + 1))
                || (is_child(indicators[i + 1].name.trim()) && !(starred(&ind.name) && starred(&indicators[i + 1].name))));
        if empty && (nameless || parent) {
            continue;
        }
        if ind.name.trim().is_empty() {
            out.push(Finding::new(
                Code::MissingName,
                subject(),
                Message::chinese(format!("三级指标名称为空（指标值「{}」）；请写明衡量什么，如「设备更新数量」。", ind.value().trim()))
                    .english(format!(
                        "the indicator has no 三级 name (value `{}`); say what is measured, e.g. 设备更新数量.",
                        ind.value().trim()
                    )),
            ));
        }
        let value = ind.value().trim();
        // the template's placeholder left in (`≥**人`, `XX`): said as such, not as a value that
        // does not parse
        // (a hint the template gives in the name, `受益人数(≥**人)`, is no unfilled form when the
        // value is filled in)
        let name_outside_hints = without_hints(&ind.name);
        if let Some(mark) = crate::review::context::placeholder(value).or_else(|| crate::review::context::placeholder(&name_outside_hints))
        {
            out.push(Finding::new(Code::TemplatePlaceholder, subject(), Message::chinese(format!("「{}」（指标值「{value}」）仍含模板占位符「{mark}」，表格未填写完整；请填入实际的数值或内容。", ind.name)).english(format!("`{}` (value `{value}`) still holds the template's placeholder `{mark}`: the form was not filled in; write the real number or text.", ind.name))));
            continue;
        }
        if crate::review::context::is_dash_mark(value) {
            out.push(Finding::new(Code::MissingValue, subject(), Message::chinese(format!("指标值「{value}」是占位的横线，即为空；请填写可衡量的目标值，如「≥95%」「≥3套」「12月底前」。")).english(format!("the target value `{value}` is a dash standing for nothing: it is empty; fill in a measurable target such as ≥95%, ≥3套 or 12月底前."))));
            continue;
        }
        match ind.parsed() {
            Ok(_) => {}
            Err(e) if e.kind() == ParseErrorKind::Empty => out.push(Finding::new(
                Code::MissingValue,
                subject(),
                Message::chinese("指标值为空；请填写可衡量的目标值，如「≥95%」「≥3套」「12月底前」。")
                    .english("the target value is empty; fill in a measurable target such as ≥95%, ≥3套 or 12月底前."),
            )),
            Err(e) => out.push(Finding::new(
                Code::UnparsedValue,
                subject(),
                Message::chinese(format!(
                    "指标值「{}」无法解析（{}）；请写成「比较符+数值+单位」，如「≥95%」「≤30万元」。",
                    ind.value(),
                    e.zh()
                ))
                .english(format!(
                    "the target value `{}` does not parse ({e}); write comparator, number and unit, e.g. ≥95% or ≤30万元.",
                    ind.value()
                )),
            )),
        }
    }
}

/// The name of a row that is part of the row above: it starts with 其中, 包括, a circled number or
/// a parenthesised one (`（1）`), a dash, or the star templates mark sub-rows with (`★`).
fn is_child(name: &str) -> bool {
    ["其中", "包括", "包含", "-", "—", "·", "•", "★", "☆", "△", "▲"].iter().any(|p| name.starts_with(p))
        || name.starts_with(|c: char| ('①'..='⑳').contains(&c))
        || name.strip_prefix(['(', '（']).is_some_and(|rest| {
            rest.trim_start_matches(|c: char| c.is_ascii_digit()).starts_with([')', '）']) && rest.starts_with(|c: char| c.is_ascii_digit())
        })
}

/// A name without its parenthesised parts (`受益人数(≥**人)` is `受益人数`).
fn without_hints(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut depth = 0usize;
    for c in name.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}
