//! One indicator row to an [`Indicator`]: levels filled down, split value columns joined,
//! numbers read exactly, everything else kept in `extra`.

use crate::message::Message;
use rust_decimal::Decimal;

use super::amount;
use super::cells::Cell;
use super::diagnostic::{Code, Diagnostic};
use super::header::{Columns, MonitorColumn as M, Role};
use crate::actual::Actual;
use crate::error::ParseErrorKind;
use crate::indicator::Indicator;
use crate::level::{Level1, Level2};
use crate::text::{is_weight_note, trim, without_spaces};

/// The levels of the row above, for merged (empty) level cells.
#[derive(Clone, Debug, Default)]
pub(super) struct FillDown {
    level1: Option<Level1>,
    level2: Option<Level2>,
}

/// How a cell of the column of `role` that a region merged down covers reads the region's
/// `text`: `Some(true)` as this row's too, `Some(false)` not (a note says so), `None` not at all
/// and nothing said. The 三级指标, 指标值 (with its split comparator and unit), a description and
/// the monitoring reasons, answers and remarks are each row's, as the table's reader reads
/// them. An 实际完成值, progress or forecast is each row's when it is a statement; a figure, date
/// or count over several indicators is the first one's only, since copied it would be judged as
/// each one's. Weights, scores and the project's budget figures are never read down (one figure
/// over several rows may be the group's), and the levels fill down on their own; a column the
/// table does not name is often the form's own label run down the rows (`绩效指标`).
pub(crate) fn merged_down_read(role: Option<Role>, text: &str) -> Option<bool> {
    if text.is_empty() {
        return None;
    }
    match role? {
        Role::Level3 | Role::Value | Role::Comparator | Role::Unit | Role::Description => Some(true),
        Role::Actual | Role::Monitor(M::Progress | M::Forecast) => Some(is_statement(text)),
        Role::Monitor(c) => (!c.is_project_level()).then_some(true),
        Role::Level1 | Role::Level2 | Role::Weight | Role::Score | Role::Project => None,
    }
}

/// The cells of one row, by role.
#[derive(Default)]
struct Parts<'a> {
    level1: Option<&'a Cell<'a>>,
    level2: Option<&'a Cell<'a>>,
    comparator: &'a str,
    value: &'a str,
    unit: &'a str,
    /// The value cell's number (1-based) and line.
    value_at: Option<(usize, usize)>,
}

/// Builds the indicator of one row. `cells` may be shorter or longer than the header: missing
/// cells are empty, surplus cells are kept in `extra` as `第N列` with a warning. The cells of
/// monitoring columns are kept in `extra` too, unless `monitoring_read` (the monitoring
/// importer reads them from the same row).
pub(super) fn indicator(
    columns: &Columns,
    cells: &[Cell<'_>],
    line: usize,
    fill: &mut FillDown,
    notes: &mut Vec<Diagnostic>,
    monitoring_read: bool,
) -> Indicator {
    let mut ind = Indicator::default();
    let mut parts = Parts::default();
    let width = columns.columns.len();
    if cells.len() > width {
        notes.push(Diagnostic::new(
            Code::SurplusCells,
            line,
            Message::chinese(format!("该行有{}个单元格，表头只有{width}个；多出的单元格保留在 extra 中", cells.len()))
                .english(format!("the row has {} cells but the header has {width}; the surplus cells are kept in `extra`", cells.len())),
        ));
    }
    for (i, cell) in cells.iter().enumerate() {
        let mut text = trim(&cell.text);
        let Some((role, header)) = columns.columns.get(i) else {
            if !text.is_empty() {
                ind.extra.insert(format!("第{}列", cell.col), text.to_string());
            }
            continue;
        };
        // (the monitoring importer reads its own columns, merged regions and all)
        let monitoring = monitoring_read && matches!(role, Some(Role::Monitor(_)));
        if text.is_empty() && cell.merged_from.is_none() && !monitoring {
            if let Some((a, read)) = cell.above.as_deref().map(trim).and_then(|a| merged_down_read(*role, a).map(|r| (a, r))) {
                notes.push(merged_down(header, a, read, cell));
                if read {
                    text = a;
                }
            }
        }
        match role {
            Some(Role::Level1) => parts.level1 = Some(cell),
            Some(Role::Level2) => parts.level2 = Some(cell),
            // a name wrapped onto two lines in its cell is one name
            Some(Role::Level3) => ind.name = unwrap_lines(text),
            Some(Role::Description) if !text.is_empty() => ind.description = Some(text.to_string()),
            Some(Role::Value) => {
                parts.value = text;
                parts.value_at = Some((cell.col, cell.line));
            }
            Some(Role::Comparator) => parts.comparator = text,
            Some(Role::Unit) => parts.unit = text,
            Some(Role::Weight) => {
                // a weight is points of 100: `10%` in a 分值 column is 10 points
                let points = text.trim().strip_suffix(crate::unit::PERCENT_SIGNS).unwrap_or(text);
                ind.weight = match amount::decimal(points) {
                    Ok(n) => n.map(|(value, _)| value),
                    Err(_) => {
                        not_a_number(text, header, cell, notes, "weight_text");
                        ind.weight_text = Some(text.to_string());
                        None
                    }
                };
            }
            Some(Role::Score) => ind.score = number(text, header, cell, &mut ind, notes),
            Some(Role::Actual) if !text.is_empty() => {
                check_actual(text, cell, notes);
                ind.actual = Some(text.to_string());
            }
            Some(Role::Project | Role::Description | Role::Actual) => {}
            Some(Role::Monitor(_)) if monitoring_read => {}
            // a monitoring column read by no one is kept as any other
            None | Some(Role::Monitor(_)) if !text.is_empty() => {
                let key = if header.is_empty() { format!("第{}列", cell.col) } else { header.clone() };
                ind.extra.insert(key, text.to_string());
            }
            None | Some(Role::Monitor(_)) => {}
        }
    }
    levels(&mut ind, &parts, line, fill, notes);
    value(&mut ind, &parts, line, notes);
    ind
}

/// Whether `text` is a statement (`已完成`, `按计划推进`), not a figure, a date or words with
/// a count in them (`完成3次`, `举办活动5场`): what a region merged down over several
/// indicators may say of each.
fn is_statement(text: &str) -> bool {
    matches!(crate::Threshold::parse(text), Ok(crate::Threshold::Qualitative(_)))
}

/// What is said of a cell that a region merged down covers, in English and Chinese: the
/// region's `text` read for this row too, or (`read` false: a figure) left empty. One wording
/// for both importers.
pub(crate) fn merged_down_words(text: &str, read: bool) -> (String, String) {
    if read {
        (format!("merged with the cell above: `{text}` is read for this row too"), format!("与上方单元格合并，本行沿用“{text}”"))
    } else {
        (
            format!("merged with the cell above, `{text}`: one figure over several indicators is read for the first only, left empty here"),
            format!("与上方单元格“{text}”合并：多个指标共用的一个数值只读入第一行，本行留空"),
        )
    }
}

/// The note (I038) of a cell of the column `header` that a region merged down covers.
fn merged_down(header: &str, text: &str, read: bool, cell: &Cell<'_>) -> Diagnostic {
    let (en, zh) = merged_down_words(text, read);
    Diagnostic::new(Code::MergedDown, cell.line, Message::chinese(format!("{header}：{zh}")).english(format!("{header}: {en}")))
        .at_cell(cell.col)
        .with_field(header.to_string())
}

/// Reads a weight or score cell; a cell that is not a number is kept in `extra` and reported.
fn number(text: &str, header: &str, cell: &Cell<'_>, ind: &mut Indicator, notes: &mut Vec<Diagnostic>) -> Option<Decimal> {
    match amount::decimal(text) {
        Ok(n) => n.map(|(value, _)| value),
        Err(_) => {
            not_a_number(text, header, cell, notes, "extra");
            ind.extra.insert(header.to_string(), text.to_string());
            None
        }
    }
}

/// Reports a cell that is not a number, kept in the field `kept`.
fn not_a_number(text: &str, header: &str, cell: &Cell<'_>, notes: &mut Vec<Diagnostic>, kept: &str) {
    let why = match amount::decimal(text) {
        Err(why) => (why.en(), why.zh()),
        Ok(_) => (format!("`{text}` is not a number"), format!("“{text}”不是数字")),
    };
    notes.push(
        Diagnostic::new(
            Code::BadNumber,
            cell.line,
            Message::chinese(format!("{header}：{}；保留在 {kept} 中", why.1)).english(format!("{header}: {}; kept in `{kept}`", why.0)),
        )
        .at_cell(cell.col)
        .with_field(header),
    );
}

/// Reports an actual value (实际完成值) that does not read as one (`5=50%`): it is kept as
/// written, and scoring will say the same, but the place is known here.
fn check_actual(text: &str, cell: &Cell<'_>, notes: &mut Vec<Diagnostic>) {
    if let Err(e) = Actual::parse(text) {
        notes.push(
            Diagnostic::new(
                Code::BadActual,
                cell.line,
                Message::chinese(format!("实际完成值“{text}”无法解析：{}", e.zh()))
                    .english(format!("实际完成值 `{text}` does not parse: {e}")),
            )
            .at_cell(cell.col)
            .with_field("实际完成值"),
        );
    }
}

/// The weight written in a level name (`产出指标(50分)` gives 50).
fn weight_in_name(s: &str) -> Option<Decimal> {
    let compact = without_spaces(s);
    let open = compact.rfind(['(', '（'])?;
    let inner = compact[open..].trim_start_matches(['(', '（']).trim_end_matches([')', '）']);
    if !is_weight_note(inner) {
        return None;
    }
    Decimal::from_str_exact(inner.strip_suffix('分')?).ok()
}

/// Sets the levels, filling empty (merged) cells from the row above, and keeps a weight
/// written in a level cell (`产出指标(50分)`) in `extra`.
fn levels(ind: &mut Indicator, parts: &Parts<'_>, line: usize, fill: &mut FillDown, notes: &mut Vec<Diagnostic>) {
    let text1 = parts.level1.map_or("", |c| trim(&c.text));
    let text2 = parts.level2.map_or("", |c| trim(&c.text));
    let level1 = if text1.is_empty() {
        fill.level1.clone()
    } else {
        // a cell holding only a weight or a template note (`(50分)`, `（必填）`) has lost its name
        // to the row above or to the page: the level 2 says which block it is
        Level1::parse(text1).ok().or_else(|| Level2::parse(text2).ok().and_then(|l| l.parent()).or_else(|| fill.level1.clone()))
    };
    let same_block = level1.is_some() && level1 == fill.level1;
    // an empty cell, or one holding only a note, is the merged cell above
    let level2 = match Level2::parse(text2) {
        Ok(l) => Some(l),
        Err(_) if same_block => fill.level2.clone(),
        Err(_) => None,
    };
    if parts.level1.is_some() && level1.is_none() {
        notes.push(
            Diagnostic::new(
                Code::NoLevel1,
                line,
                Message::chinese("一级指标为空，且上方没有可沿用的行")
                    .english("一级指标 is empty and there is no row above to take it from"),
            )
            .with_field("一级指标"),
        );
    }
    if parts.level2.is_some() && level2.is_none() {
        notes.push(
            Diagnostic::new(
                Code::NoLevel2,
                line,
                Message::chinese("二级指标为空，且上一行属于另一个一级指标")
                    .english("二级指标 is empty and the row above is in another 一级指标"),
            )
            .with_field("二级指标"),
        );
    }
    for (text, key) in [(text1, "一级指标分值"), (text2, "二级指标分值")] {
        // a weight is written in parentheses; without one there is nothing to look for
        if !text.contains(['(', '（']) {
            continue;
        }
        if let Some(w) = weight_in_name(text) {
            ind.extra.insert(key.to_string(), w.to_string());
        }
    }
    fill.level1.clone_from(&level1);
    fill.level2.clone_from(&level2);
    ind.level1 = level1;
    ind.level2 = level2;
}

/// Joins split value columns (`≥|30|万元`) and parses the value, reporting what fails.
fn value(ind: &mut Indicator, parts: &Parts<'_>, line: usize, notes: &mut Vec<Diagnostic>) {
    let joined;
    let text = if parts.comparator.is_empty() && parts.unit.is_empty() {
        parts.value
    } else {
        joined = format!("{}|{}|{}", parts.comparator, parts.value, parts.unit);
        &joined
    };
    ind.set_value(text);
    let Some(e) = ind.error() else { return };
    let (code, message, zh) = if e.kind() == ParseErrorKind::Empty {
        (Code::EmptyValue, "指标值 is empty".to_string(), "指标值为空".to_string())
    } else {
        (Code::BadValue, format!("指标值 `{text}` does not parse: {e}"), format!("指标值“{text}”无法解析：{}", e.zh()))
    };
    let d = match parts.value_at {
        Some((cell, at)) => Diagnostic::new(code, at, Message::chinese(zh).english(message)).at_cell(cell),
        None => Diagnostic::new(code, line, Message::chinese(zh).english(message)),
    };
    notes.push(d.with_field("指标值"));
}

/// `text` without the line breaks a cell wrapped it with between two Chinese characters
/// (`打造金安国际网球\n公开赛`); other line breaks (before `2.`, between Latin words) stay.
fn unwrap_lines(text: &str) -> String {
    if !text.contains('\n') {
        return text.to_string();
    }
    let cjk = |c: Option<char>| c.is_some_and(|c| crate::text::is_cjk(c) || "，、；：（）".contains(c));
    let lines: Vec<&str> = text.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect();
    let mut out = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        if i > 0 && !(cjk(out.chars().last()) && cjk(line.chars().next())) {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    /// What a region merged down over several indicators says of each: a statement, never a
    /// figure, a date or words with a count in them.
    #[test]
    fn statements_and_figures() {
        for s in ["已完成", "按计划推进", "已开展宣传活动", "有所提升"] {
            assert!(super::is_statement(s), "{s}");
        }
        for s in ["完成3次", "3次", "100%完成", "100%", "2025年6月", "举办活动5场", "≥95%", "1.2万人"] {
            assert!(!super::is_statement(s), "{s}");
        }
    }
}
