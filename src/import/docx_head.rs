//! The parts of a target table above its indicators: heading, unit, money unit, budget, goals.

use crate::message::Message;
use std::borrow::Cow;

use rust_decimal::Decimal;

use super::amount;
use super::cells::Cell;
use super::diagnostic::{Code, Diagnostic};
use crate::project::{Budget, BudgetUnit, MoneyUnit};
use crate::text::fold_label;

/// A label without spaces and colons (`其中：财政    资金` is `其中财政资金`). Borrowed from
/// `text` unless a space or colon inside it has to go.
pub(super) fn label(text: &str) -> Cow<'_, str> {
    fold_label(text)
}

/// Whether a row's label introduces the project's goals (年度总体目标), whose text follows it.
pub(super) fn is_goals_label(label: &str) -> bool {
    matches!(label, "绩效目标" | "年度绩效目标" | "年度总体目标" | "总体目标" | "绩效目标内容")
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
    match named_in_title(title) {
        // a section heading (`二、项目绩效目标`, `（三）部门整体绩效目标表`) names no project
        Some(name) if is_generic_name(&name) => String::new(),
        Some(name) => name,
        None => {
            let rest = without_number(title.trim());
            rest.strip_suffix("绩效目标").unwrap_or(rest).trim().to_string()
        }
    }
}

/// The project a title names (`1.XX绩效目标表`, `2.2025年XX项目绩效目标表`,
/// `2023年度XX项目支出绩效自评表（2023年度）`): the words before the kind of table, without a
/// number in front or the table's year (`2023年度`); a year that is part of the name
/// (`2025年XX项目`) stays. `None` when the title names no kind of table.
pub(super) fn name_in_title(title: &str) -> Option<String> {
    named_in_title(title).filter(|n| !is_generic_name(n))
}

/// [`name_in_title`], a generic word (`项目` of `二、项目绩效目标`) included.
fn named_in_title(title: &str) -> Option<String> {
    // the kind is 绩效 and one of these (绩效目标表, 绩效运行监控情况表, …), with 项目支出 or 项目
    // before it; the first such 绩效 in the title (a heading `二、项目绩效目标` names no table)
    const KINDS: [&str; 11] = [
        "目标申报表",
        "目标批复表",
        "目标审核表",
        "目标表",
        "自评情况表",
        "自评表",
        "运行监控情况表",
        "运行监控表",
        "监控情况表",
        "监控表",
        "评价表",
    ];
    let t = without_number(title.trim());
    // `绩效目标` names a table only at the end (`XX项目绩效目标`)
    let kind = t.match_indices("绩效").map(|(i, _)| i).find(|&i| {
        let after = &t[i + "绩效".len()..];
        KINDS.iter().any(|k| after.starts_with(k)) || after == "目标"
    });
    // a numbered heading that is a project's name (`2.XX项目`), as reports head each table
    let Some(at) = kind else {
        let numbered = t.len() < title.trim().len();
        return (numbered && t.ends_with("项目") && t.chars().count() > 3 && !t.contains(['，', '：', ':'])).then(|| t.to_string());
    };
    let mut name = &t[..at];
    // `XX项目支出` + 绩效…: the 支出 is the kind's, the 项目 the name's
    if let Some(head) = name.strip_suffix("支出").filter(|h| h.ends_with("项目")) {
        name = head;
    }
    // the table's year in front (`2023年度`): not part of the name
    if let Some(rest) = name.get(4..).and_then(|r| r.strip_prefix("年度")).filter(|_| name[..4].chars().all(|c| c.is_ascii_digit())) {
        name = rest;
    }
    let name = name.trim().to_string();
    (name.chars().count() >= 2).then_some(name)
}

/// A title without its number in front, in any numbering (`1.`, `2、`, `3．`, `二、`, `（二）`,
/// `(3)`, `2)`, `2）`, `2 `); a year (`2025年`) is no number.
pub(super) fn without_number(t: &str) -> &str {
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    // `（二）`, `(3)`
    if let Some(inner) = t.strip_prefix(['（', '(']) {
        let rest = inner.trim_start_matches(numeral);
        if rest.len() < inner.len() {
            if let Some(after) = rest.strip_prefix(['）', ')']) {
                return after.trim_start();
            }
        }
        return t;
    }
    let digits = t.trim_start_matches(numeral);
    if digits.len() == t.len() {
        return t;
    }
    match digits.strip_prefix(['.', '、', '．', ')', '）']) {
        Some(rest) => rest.trim_start(),
        // `2 XX项目…`: digits and a space
        None if t.starts_with(|c: char| c.is_ascii_digit()) && digits.starts_with(char::is_whitespace) => digits.trim_start(),
        None => t,
    }
}

/// Whether a name taken from a title is a generic word (`二、项目绩效目标` gives `项目`): a
/// section heading, no project.
fn is_generic_name(name: &str) -> bool {
    matches!(name, "项目" | "本项目" | "部门" | "部门整体" | "单位" | "整体" | "年度" | "专项" | "资金")
}

/// Whether a paragraph says that the table before it goes on in the next (`续表`, `续表1`,
/// `续表二`, `续表（二）`, `表1（续）`, `（续）`, `续上表`, `接上表`): a table split across pages.
pub(super) fn is_continuation(text: &str) -> bool {
    // the words alone: no spaces, brackets, colons, or numbers (of the table or the part)
    let t: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !"（）()：:、.".contains(*c) && !c.is_ascii_digit() && !"一二三四五六七八九十".contains(*c))
        .collect();
    matches!(&*t, "续" | "续表" | "续上表" | "接上表" | "上接" | "续前表" | "表续")
}

/// `单位：万元` or `单位：元`, also in parentheses (`（单位：元）`), after other text
/// (`填报单位：（盖章） 单位：万元`) and as the unit of a money label (`项目资金（元）`,
/// `资金情况(万元)`, `预算数（万元）`).
pub(super) fn money_unit(text: &str) -> Option<MoneyUnit> {
    // every money unit ends with 元 (or a bracket after it), which is quicker to see than to
    // fold the label
    let end = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '：' | ':' | ')' | '）'));
    if !end.ends_with('元') {
        return None;
    }
    let l = label(text);
    let bare = l.trim_start_matches(['(', '（']).trim_end_matches([')', '）']);
    match bare {
        "单位万元" | "金额单位万元" | "万元" => return Some(MoneyUnit::WanYuan),
        "单位元" | "金额单位元" | "元" => return Some(MoneyUnit::Yuan),
        _ => {}
    }
    if bare.ends_with("单位万元") {
        return Some(MoneyUnit::WanYuan);
    }
    if bare.ends_with("单位元") {
        return Some(MoneyUnit::Yuan);
    }
    let (base, unit) = split_unit(&l);
    (unit.is_some() && is_money_label(base)).then_some(unit).flatten()
}

/// A label and the money unit in its trailing parenthesis (`预算数（万元）` is `预算数` and
/// 万元); other trailing parentheses (`全年预算数(A)`) are dropped too.
pub(super) fn split_unit(label: &str) -> (&str, Option<MoneyUnit>) {
    let mut base = label;
    let mut unit = None;
    while let Some(head) = base.strip_suffix([')', '）']) {
        let Some(open) = head.rfind(['(', '（']) else { break };
        let inner = &head[open..].trim_start_matches(['(', '（']);
        match inner.trim_start_matches("单位") {
            "万元" => unit = unit.or(Some(MoneyUnit::WanYuan)),
            "元" => unit = unit.or(Some(MoneyUnit::Yuan)),
            _ => {}
        }
        base = &head[..open];
    }
    (base, unit)
}

/// Whether a label names money: a budget field or the funds block (项目资金, 资金情况).
fn is_money_label(base: &str) -> bool {
    is_budget_row(base) || matches!(base, "资金" | "金额" | "项目资金" | "资金情况" | "预算资金")
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
    /// 年初预算数: the total when the table gives no other.
    Planned,
    /// 上年结转资金: known, not kept (the budget has no field for it).
    CarriedOver,
    /// 年度财政资金总额: the total, all of it fiscal.
    FiscalTotal,
}

impl Field {
    fn of(label: &str) -> Option<Field> {
        Some(match split_unit(label).0 {
            "预算数" | "年度预算数" | "全年预算数" | "年度资金总额" | "资金总额" | "预算资金" | "项目总预算" => {
                Field::Total
            }
            // (`总额` labels the total's row of a funds block)
            "总额" | "调整后预算数" | "调整后预算" => Field::Total,
            "年初预算数" | "年初预算" => Field::Planned,
            // the total of fiscal money, the only money the table has: total and fiscal alike
            "年度财政资金总额" | "财政资金总额" => Field::FiscalTotal,
            "其中财政资金"
            | "财政资金"
            | "其中财政拨款"
            | "财政拨款"
            | "其中当年财政拨款"
            | "当年财政拨款"
            | "其中本年财政拨款"
            | "本年财政拨款" => Field::Fiscal,
            "其他资金" | "其中其他资金" => Field::Other,
            "全年执行数" | "执行数" | "预算执行数" => Field::Executed,
            "上年结转资金" | "其中上年结转资金" | "上年结转" => Field::CarriedOver,
            // `其中：中央、省、市补助县级资金`, `其中：一般公共预算拨款`: the fiscal part in other words
            other if other.starts_with("其中") && ["财政", "拨款", "补助"].iter().any(|w| other.contains(w)) => Field::Fiscal,
            _ => return None,
        })
    }

    const fn name(self) -> &'static str {
        match self {
            Field::Total => "预算数",
            Field::Planned => "年初预算数",
            Field::Fiscal => "财政资金",
            Field::Other => "其他资金",
            Field::Executed => "执行数",
            Field::CarriedOver => "上年结转资金",
            Field::FiscalTotal => "财政资金总额",
        }
    }

    fn slot(self, budget: &mut Budget) -> Option<&mut Option<Decimal>> {
        match self {
            Field::Total | Field::Planned | Field::FiscalTotal => Some(&mut budget.total),
            Field::Fiscal => Some(&mut budget.fiscal),
            Field::Other => Some(&mut budget.other),
            Field::Executed => Some(&mut budget.executed),
            Field::CarriedOver => None,
        }
    }
}

/// Whether a row's first label opens the budget block.
pub(super) fn is_budget_row(first: &str) -> bool {
    let base = split_unit(first).0;
    // a trailing note of points or a unit: `预算执行情况(万元)(20分)`, `预算执行情况(10分)`
    let base = super::header::fold(base);
    matches!(&*base, "预算规模及资金用途" | "项目资金" | "资金情况" | "预算规模" | "项目资金情况" | "预算执行情况" | "资金使用情况")
        || Field::of(&base).is_some()
}

/// The money of a project while it is read: the budget, and whether the table stated its
/// money unit (`单位：元`, `项目资金（元）`), which then wins over a label's own unit.
pub(super) struct Money<'b> {
    pub(super) budget: &'b mut Budget,
    pub(super) stated: &'b mut bool,
}

impl Money<'_> {
    /// Sets the table's money unit.
    pub(super) fn state(&mut self, unit: MoneyUnit) {
        self.budget.money_unit = unit;
        *self.stated = true;
    }

    /// Reads the amount `cell` of `field` (in `label_unit`, if the label names one) into the
    /// budget: a unit written in the cell wins, and the amount is converted to the table's unit.
    fn read(
        &mut self,
        field: Field,
        label_unit: Option<MoneyUnit>,
        cell: Option<&Cell<'_>>,
        at: (usize, usize),
        notes: &mut Vec<Diagnostic>,
    ) {
        let text = cell.map_or("", |v| v.text.trim());
        let (line, col) = cell.map_or(at, |v| (v.line, v.col));
        if field == Field::Planned && amount::is_placeholder(text) {
            return;
        }
        if !*self.stated {
            if let Some(u) = label_unit {
                self.budget.money_unit = u;
            }
        }
        let to = self.budget.money_unit;
        let read = match amount::amount(text) {
            Ok(None) if matches!(field, Field::Other | Field::CarriedOver) => Some(Decimal::ZERO),
            Ok(None) => {
                notes.push(
                    Diagnostic::new(
                        Code::EmptyAmount,
                        line,
                        Message::chinese(format!("{}为空", field.name())).english(format!("{} is empty", field.name())),
                    )
                    .with_field(field.name()),
                );
                None
            }
            Ok(Some((value, unit, with_breakdown))) => {
                if with_breakdown {
                    notes.push(
                        Diagnostic::new(
                            Code::AmountWithBreakdown,
                            line,
                            Message::chinese(format!("{}“{text}”按{value}读取：括号内的分项合计与之相符", field.name()))
                                .english(format!("{} `{text}` read as {value}: the parts in brackets add up to it", field.name())),
                        )
                        .at_cell(col)
                        .with_field(field.name()),
                    );
                }
                let from = unit.or(label_unit).unwrap_or(to);
                let converted = amount::convert(value, from, to);
                if from != to {
                    let shown = converted.map_or_else(|| "—".to_string(), |c| c.normalize().to_string());
                    notes.push(
                        Diagnostic::new(
                            Code::AmountConverted,
                            line,
                            Message::chinese(format!(
                                "{}“{text}”的单位是{}，按表格单位读作{shown}{}",
                                field.name(),
                                from.as_str(),
                                to.as_str()
                            ))
                            .english(format!(
                                "{} `{text}` is in {}; read as {shown} {} like the table",
                                field.name(),
                                from.as_str(),
                                to.as_str()
                            )),
                        )
                        .at_cell(col)
                        .with_field(field.name()),
                    );
                }
                converted
            }
            Err(why) => {
                notes.push(
                    Diagnostic::new(
                        Code::BadAmount,
                        line,
                        Message::chinese(format!("{}：{}", field.name(), why.zh())).english(format!("{}: {}", field.name(), why.en())),
                    )
                    .at_cell(col)
                    .with_field(field.name()),
                );
                None
            }
        };
        if field == Field::FiscalTotal {
            self.budget.fiscal = read;
        }
        if let Some(slot) = field.slot(self.budget) {
            // 年初预算数 gives the total only where no 全年预算数 does
            if !(field == Field::Planned && slot.is_some()) {
                *slot = read;
            }
        }
    }
}

/// Reads the label/value pairs of a budget row into the budget. An empty 其他资金 is zero.
/// A row of column labels (`年初预算数 | 全年预算数 | 全年执行数 | …`) is the head of a funds
/// block whose rows follow: it is returned, for [`budget_block_row`].
pub(super) fn budget_row(cells: &[Cell<'_>], money: &mut Money<'_>, notes: &mut Vec<Diagnostic>) -> Option<BudgetBlock> {
    if let Some(block) = BudgetBlock::from_row(cells) {
        return Some(block);
    }
    let mut i = 0;
    while let Some(cell) = cells.get(i) {
        // `年度资金总额：120` in one cell (a form's cell that holds its own labels), before the
        // label alone: `其中：财政拨款：100万元` would read as the label 其中财政拨款
        if gives_its_amounts(&cell.text) && labelled_amounts(cell, money, notes) {
            i += 1;
            continue;
        }
        let l = label(&cell.text);
        let Some(field) = Field::of(&l) else {
            if labelled_amounts(cell, money, notes) {
                i += 1;
                continue;
            }
            if !(l.is_empty() || is_budget_row(&l)) {
                notes.push(
                    Diagnostic::new(
                        Code::UnexpectedBudgetCell,
                        cell.line,
                        Message::chinese(format!("预算行中有无法识别的单元格“{}”", cell.text.trim()))
                            .english(format!("unexpected cell `{}` in the budget row", cell.text.trim())),
                    )
                    .at_cell(cell.col),
                );
            }
            i += 1;
            continue;
        };
        let label_unit = split_unit(&l).1;
        // the value is the next cell that holds anything (a label merged across columns leaves
        // empty cells before it), unless that is another label
        let skip = cells[i + 1..].iter().take_while(|v| v.text.trim().is_empty()).count();
        let at = i + 1 + skip;
        let value = cells.get(at).filter(|v| Field::of(&label(&v.text)).is_none());
        // an amount left empty is reported at its own (first empty) cell
        let place = cells.get(i + 1).map_or((cell.line, cell.col + 1), |e| (e.line, e.col));
        match value {
            Some(v) => money.read(field, label_unit, Some(v), (v.line, v.col), notes),
            None => money.read(field, label_unit, cells.get(i + 1).filter(|_| skip > 0), place, notes),
        }
        i = if value.is_some() { at + 1 } else { i + 1 };
    }
    None
}

/// Whether a cell gives an amount after its label and a colon (`年度资金总额：120`), not only a
/// label that ends in one (`其中：财政拨款`, whose amount is in the next cell).
fn gives_its_amounts(text: &str) -> bool {
    text.lines().any(|l| l.rsplit_once(['：', ':']).is_some_and(|(_, v)| amount::decimal(v).is_ok_and(|a| a.is_some())))
}

/// Reads a cell that gives its amounts with their labels, a `label：amount` a line
/// (`年度资金总额：120`, `其中：财政拨款：100`); false, reading nothing, when any line is not one.
fn labelled_amounts(cell: &Cell<'_>, money: &mut Money<'_>, notes: &mut Vec<Diagnostic>) -> bool {
    let pairs: Option<Vec<(Field, Option<MoneyUnit>, &str)>> = cell
        .text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            // the last colon: `其中：财政拨款：100` is 财政拨款
            let (name, value) = line.rsplit_once(['：', ':'])?;
            let l = label(name);
            Some((Field::of(&l)?, split_unit(&l).1, value.trim()))
        })
        .collect();
    let Some(pairs) = pairs.filter(|p| !p.is_empty()) else { return false };
    for (field, unit, value) in pairs {
        // an empty amount (`其他资金：`) is read as an empty cell is: zero, or noted
        let value = (!value.is_empty()).then(|| Cell::new(value.to_string(), cell.line, cell.col));
        money.read(field, unit, value.as_ref(), (cell.line, cell.col), notes);
    }
    true
}

/// The head of a funds block (资金情况): which column holds which amount. Its rows are
/// labelled 年度资金总额, 其中：财政拨款, 其他资金, 上年结转资金.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct BudgetBlock {
    /// (index of the column in the row, the field it holds, the money unit of its label)
    columns: Vec<(usize, Field, Option<MoneyUnit>)>,
}

impl BudgetBlock {
    /// A row with at least two amount columns (年初预算数, 全年预算数, 全年执行数) and no number.
    fn from_row(cells: &[Cell<'_>]) -> Option<BudgetBlock> {
        let mut columns = Vec::new();
        for (i, cell) in cells.iter().enumerate() {
            let l = label(&cell.text);
            match Field::of(&l) {
                Some(f @ (Field::Total | Field::Planned | Field::Executed)) => columns.push((i, f, split_unit(&l).1)),
                Some(Field::FiscalTotal) => columns.push((i, Field::Total, split_unit(&l).1)),
                _ if amount::decimal(&l).is_ok_and(|n| n.is_some()) => return None,
                _ => {}
            }
        }
        (columns.len() >= 2).then_some(BudgetBlock { columns })
    }
}

/// Reads one row of a funds block; false when the row is no such row (the block has ended).
pub(super) fn budget_block_row(cells: &[Cell<'_>], block: &BudgetBlock, money: &mut Money<'_>, notes: &mut Vec<Diagnostic>) -> bool {
    let Some((at, row_field)) = cells.iter().enumerate().find_map(|(i, c)| {
        let l = label(&c.text);
        (!l.is_empty()).then(|| (i, Field::of(&l)))
    }) else {
        return false;
    };
    let Some(row_field) = row_field else { return false };
    // 年初预算数 last: it gives the total only where 全年预算数 does not
    let planned_last = block.columns.iter().filter(|c| c.1 != Field::Planned).chain(block.columns.iter().filter(|c| c.1 == Field::Planned));
    for &(i, column, label_unit) in planned_last {
        if i <= at {
            continue;
        }
        let field = match (row_field, column) {
            (Field::Total | Field::FiscalTotal, Field::Executed) => Field::Executed,
            (Field::Total, column) => column,
            (row, Field::Total) => row,
            // 年初预算数 of a part, and the executed parts: the budget keeps totals only
            (Field::Fiscal | Field::Other, Field::Planned) if !block.columns.iter().any(|c| c.1 == Field::Total) => row_field,
            _ => continue,
        };
        let cell = cells.get(i);
        money.read(field, label_unit, cell, (cells[at].line, i + 1), notes);
    }
    true
}

/// The goal lines of a 绩效目标 row (numbering kept as written).
pub(super) fn lines(cells: &[Cell<'_>]) -> Vec<String> {
    cells.iter().flat_map(|c| c.text.lines()).map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The paragraphs that say a table goes on, in every spelling; other words with 续 do not.
    #[test]
    fn continuations() {
        for s in ["续表", "续表1", "续表二", "续表（二）", "表1（续）", "（续）", "(续)", "续上表", "接上表", "续表：", " 续 表 "]
        {
            assert!(is_continuation(s), "{s}");
        }
        for s in ["续签合同", "表1", "继续推进", "持续", "2.XX项目", "单位：万元", ""] {
            assert!(!is_continuation(s), "{s}");
        }
    }

    /// Every kind of table a title names, after every spelling of the project: the name is the
    /// words before 绩效, its 项目 kept, 支出 and the table's year left out.
    #[test]
    fn titles_of_every_kind_name_their_project() {
        let kinds = [
            "绩效目标表",
            "绩效目标申报表",
            "绩效目标批复表",
            "绩效目标审核表",
            "绩效自评表",
            "绩效自评情况表",
            "绩效运行监控表",
            "绩效运行监控情况表",
            "绩效监控表",
            "绩效监控情况表",
            "绩效评价表",
        ];
        for kind in kinds {
            for (before, name) in [
                ("职业技能培训项目支出", "职业技能培训项目"),
                ("职业技能培训项目", "职业技能培训项目"),
                ("职业技能培训", "职业技能培训"),
                ("部门整体支出", "部门整体支出"),
            ] {
                for number in ["", "1.", "2、", "3．", "2023年度", "二、", "（二）", "(3)", "十二、"] {
                    for after in ["", "（2023年度）", "（1-6月）"] {
                        let title = format!("{number}{before}{kind}{after}");
                        assert_eq!(name_in_title(&title).as_deref(), Some(name), "{title}");
                    }
                }
            }
        }
        // 绩效 inside a name does not end it
        assert_eq!(name_in_title("绩效考核奖励项目绩效自评表").as_deref(), Some("绩效考核奖励项目"));
        // section headings name no table, so no project
        for heading in ["二、项目绩效目标", "（二）部门绩效目标", "三、年度绩效目标", "一、绩效目标", "（三）部门整体绩效目标表"]
        {
            assert_eq!(name_in_title(heading), None, "{heading}");
            assert_eq!(name_from_title(heading), "", "{heading}");
        }
        // a numbered heading that is a project's name names it; a plain one does not
        assert_eq!(name_in_title("2.AA项目").as_deref(), Some("AA项目"));
        assert_eq!(name_in_title("（三）基层应急项目").as_deref(), Some("基层应急项目"));
        assert_eq!(name_in_title("AA项目"), None);
        assert_eq!(name_in_title("二、本项目"), None);
        // a title that ends with 绩效目标 names its project; every numbering goes
        assert_eq!(name_in_title("AA项目绩效目标").as_deref(), Some("AA项目"));
        for n in ["1)", "2）", "2 ", "（三）", "三.", "3."] {
            assert_eq!(name_in_title(&format!("{n}AA绩效运行监控表")).as_deref(), Some("AA"), "{n}");
        }
    }

    #[test]
    fn head_parts() {
        assert_eq!(heading(" [bookmark: _Toc_4_4_0000000055]1.天津市绩效目标表"), "1.天津市绩效目标表");
        assert_eq!(heading("[note]x"), "[note]x");
        assert_eq!(name_from_title("2.2025年环境安全基础能力提升项目绩效目标表"), "2025年环境安全基础能力提升项目");
        assert_eq!(name_from_title("环境应急与事故调查绩效目标表"), "环境应急与事故调查");
        // one reading of titles for every importer: the table's year goes, a name's year stays
        assert_eq!(name_from_title("2023年度职业技能培训项目支出绩效自评表（2023年度）"), "职业技能培训项目");
        assert_eq!(name_from_title("3、职业技能培训项目绩效目标申报表"), "职业技能培训项目");
        assert_eq!(name_in_title("（2023年度）"), None);
        let u = budget_unit("362207天津市环境应急与事故调查中心");
        assert_eq!((u.code.as_deref(), u.name.as_str()), (Some("362207"), "天津市环境应急与事故调查中心"));
        assert_eq!(budget_unit("某单位").code, None);
        assert_eq!(money_unit("单位：万元"), Some(MoneyUnit::WanYuan));
        assert_eq!(money_unit("（单位：元）"), Some(MoneyUnit::Yuan));
        assert_eq!(money_unit("填报单位:(盖章) 单位:万元"), Some(MoneyUnit::WanYuan));
        assert_eq!(money_unit("项目资金\n(元)"), Some(MoneyUnit::Yuan));
        assert_eq!(money_unit("资金情况(万元)"), Some(MoneyUnit::WanYuan));
        assert_eq!(money_unit("预算数（万元）"), Some(MoneyUnit::WanYuan));
        assert_eq!(money_unit("运行维护费用（万元）"), None);
        assert_eq!(split_unit("全年预算数(A)"), ("全年预算数", None));
        assert_eq!(split_unit("预算数（元）"), ("预算数", Some(MoneyUnit::Yuan)));
        assert_eq!(label("其中：财政    资金"), "其中财政资金");
    }
}
