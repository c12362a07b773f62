//! The parts of a target table above its indicators: heading, unit, money unit, budget, goals.

use std::borrow::Cow;

use rust_decimal::Decimal;

use super::amount;
use super::cells::Cell;
use super::diagnostic::{Diagnostic, Severity};
use crate::project::{Budget, BudgetUnit, MoneyUnit};
use crate::text::fold_label;

/// A label without spaces and colons (`其中：财政    资金` is `其中财政资金`). Borrowed from
/// `text` unless a space or colon inside it has to go.
pub(super) fn label(text: &str) -> Cow<'_, str> {
    fold_label(text)
}

/// The heading without the `[bookmark: …]` noise of the DOCX extraction.
pub(super) fn heading(lead: &str) -> String {
    let mut s = lead.trim();
    while let Some(rest) = s.strip_prefix('[') {
        match rest.split_once(']') {
            Some((inside, after)) if inside.trim_start().to_lowercase().starts_with("bookmark") => s = after.trim_start(),
            _ => break,
        }
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The project name in a heading: no leading number (`1.`), no `绩效目标表` at the end.
pub(super) fn name_from_title(title: &str) -> String {
    let digits = title.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = if digits.len() < title.len() { digits.trim_start_matches(['.', '、', '．', ' ']) } else { title };
    let rest = ["绩效目标申报表", "绩效目标表", "绩效自评表", "绩效目标"].iter().find_map(|s| rest.strip_suffix(s)).unwrap_or(rest);
    rest.trim().to_string()
}

/// `单位：万元` or `单位：元`.
pub(super) fn money_unit(text: &str) -> Option<MoneyUnit> {
    // every money unit ends with 元, which is quicker to see than to fold the label
    if !text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '：' | ':')).ends_with('元') {
        return None;
    }
    match &*label(text) {
        "单位万元" | "金额单位万元" | "万元" => Some(MoneyUnit::WanYuan),
        "单位元" | "金额单位元" | "元" => Some(MoneyUnit::Yuan),
        _ => None,
    }
}

/// The unit line: a code of digits, then the name (`362207天津市环境应急与事故调查中心`).
pub(super) fn budget_unit(text: &str) -> BudgetUnit {
    let t = text.trim();
    let t =
        ["预算单位", "单位名称", "实施单位"].iter().find_map(|p| t.strip_prefix(p)).map_or(t, |r| r.trim_start_matches(['：', ':', ' ']));
    let name = t.trim_start_matches(|c: char| c.is_ascii_digit());
    let code = t.get(..t.len() - name.len()).unwrap_or_default();
    BudgetUnit { code: (!code.is_empty()).then(|| code.to_string()), name: name.trim().to_string() }
}

/// The budget fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Total,
    Fiscal,
    Other,
    Executed,
}

impl Field {
    fn of(label: &str) -> Option<Field> {
        Some(match label {
            "预算数" | "年度预算数" | "全年预算数" | "年度资金总额" | "资金总额" | "预算资金" | "年初预算数" => {
                Field::Total
            }
            "其中财政资金" | "财政资金" | "其中财政拨款" | "财政拨款" | "其中当年财政拨款" | "当年财政拨款" => {
                Field::Fiscal
            }
            "其他资金" | "其中其他资金" => Field::Other,
            "全年执行数" | "执行数" => Field::Executed,
            _ => return None,
        })
    }

    const fn name(self) -> &'static str {
        match self {
            Field::Total => "预算数",
            Field::Fiscal => "财政资金",
            Field::Other => "其他资金",
            Field::Executed => "执行数",
        }
    }
}

/// Whether a row's first label opens the budget block.
pub(super) fn is_budget_row(first: &str) -> bool {
    matches!(first, "预算规模及资金用途" | "项目资金" | "资金情况" | "预算规模") || Field::of(first).is_some()
}

/// Reads the label/value pairs of a budget row into `budget`. An empty 其他资金 is zero.
pub(super) fn budget_row(cells: &[Cell<'_>], budget: &mut Budget, notes: &mut Vec<Diagnostic>) {
    let mut i = 0;
    while let Some(cell) = cells.get(i) {
        let l = label(&cell.text);
        let Some(field) = Field::of(&l) else {
            if !(l.is_empty() || is_budget_row(&l)) {
                notes.push(
                    Diagnostic::new(Severity::Warning, cell.line, format!("unexpected cell `{}` in the budget row", cell.text.trim()))
                        .at_cell(i + 1),
                );
            }
            i += 1;
            continue;
        };
        let value = cells.get(i + 1).filter(|v| Field::of(&label(&v.text)).is_none());
        let text = value.map_or("", |v| v.text.trim());
        let line = value.map_or(cell.line, |v| v.line);
        let read = match amount::decimal(text) {
            Ok(None) if field == Field::Other => Some(Decimal::ZERO),
            Ok(None) => {
                notes.push(Diagnostic::new(Severity::Warning, line, format!("{} is empty", field.name())).with_field(field.name()));
                None
            }
            Ok(some) => some,
            Err(why) => {
                notes.push(
                    Diagnostic::new(Severity::Error, line, format!("{}: {why}", field.name())).at_cell(i + 2).with_field(field.name()),
                );
                None
            }
        };
        let slot = match field {
            Field::Total => &mut budget.total,
            Field::Fiscal => &mut budget.fiscal,
            Field::Other => &mut budget.other,
            Field::Executed => &mut budget.executed,
        };
        *slot = read;
        i += if value.is_some() { 2 } else { 1 };
    }
}

/// The goal lines of a 绩效目标 row (numbering kept as written).
pub(super) fn lines(cells: &[Cell<'_>]) -> Vec<String> {
    cells.iter().flat_map(|c| c.text.lines()).map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_parts() {
        assert_eq!(heading(" [bookmark: _Toc_4_4_0000000055]1.天津市绩效目标表"), "1.天津市绩效目标表");
        assert_eq!(heading("[note]x"), "[note]x");
        assert_eq!(name_from_title("2.2025年环境安全基础能力提升项目绩效目标表"), "2025年环境安全基础能力提升项目");
        assert_eq!(name_from_title("环境应急与事故调查绩效目标表"), "环境应急与事故调查");
        let u = budget_unit("362207天津市环境应急与事故调查中心");
        assert_eq!((u.code.as_deref(), u.name.as_str()), (Some("362207"), "天津市环境应急与事故调查中心"));
        assert_eq!(budget_unit("某单位").code, None);
        assert_eq!(money_unit("单位：万元"), Some(MoneyUnit::WanYuan));
        assert_eq!(label("其中：财政    资金"), "其中财政资金");
    }
}
