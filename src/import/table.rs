//! Tabular rows (TSV or CSV), one indicator a row, under a Chinese header row.
//!
//! The header names the columns: 一级指标, 二级指标, 三级指标, 指标值 (or 年度指标值, 年初目标值),
//! and where present 项目名称, 绩效指标描述, 指标性质 and 度量单位 / 计量单位 (split value columns,
//! joined into one value `≥|30|万元`), 分值 / 权重, 实际完成值 / 全年实际值, 得分. Spaces and a
//! trailing `(50分)` in a header are ignored. Other columns are kept in
//! [`crate::Indicator::extra`] under their header, with a note. Empty level cells take the value
//! of the row above. Rows before the header may give the project: `项目名称,名称`,
//! `预算单位,名称`, `单位：万元`, and the budget (`预算数,381.00`, `其中：财政资金,381.00`,
//! `其他资金,`, `全年执行数,…`). A 项目名称 column splits the rows into projects.
//!
//! The delimiter is a tab when one of the first lines has one, otherwise a comma. Cells may be quoted
//! (`"a, b"`, `""` for a quote inside).
//!
//! ```
//! let csv = "一级指标,二级指标,三级指标,指标性质,指标值,度量单位,分值,实际完成值,得分\n\
//!            产出指标(50分),数量指标,学生受资助人数,≧,735,人次,10,735,10\n\
//!            ,质量指标,\"覆盖率, 营养改善计划\",≧,100,%,10,100%,9.5\n";
//! let doc = jixiao::import::table::parse(csv)?;
//! let rows = &doc.projects[0].indicators;
//! assert_eq!(rows[0].value(), "≧|735|人次");
//! assert_eq!(rows[0].threshold().unwrap().to_string(), "≥735人次");
//! assert_eq!(rows[1].level1, Some(jixiao::Level1::Output));
//! assert_eq!(rows[1].name, "覆盖率, 营养改善计划");
//! assert_eq!(rows[1].score, Some("9.5".parse()?));
//! assert_eq!(rows[1].actual.as_deref(), Some("100%"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use super::cells::{delimited_rows, Row};
use super::diagnostic::{Diagnostic, Severity};
use super::docx_head::{budget_row, budget_unit, is_budget_row, label, money_unit};
use super::header::{Columns, Role};
use super::indicator_row::{indicator, FillDown};
use super::{check_text, ImportError, Imported, Notes};
use crate::project::Project;

/// One project being read.
struct Draft {
    project: Project,
    line: usize,
    fill: FillDown,
    notes: Notes,
}

impl Draft {
    fn new(project: Project, line: usize) -> Draft {
        Draft { project, line, fill: FillDown::default(), notes: Notes::default() }
    }
}

/// The delimiter of the text: a tab if one of the first lines has one, else a comma.
pub(super) fn delimiter(input: &str) -> Option<char> {
    let head: Vec<&str> = input.lines().take(40).collect();
    if head.iter().any(|l| l.contains('\t')) {
        Some('\t')
    } else if head.iter().any(|l| l.contains(',')) {
        Some(',')
    } else {
        None
    }
}

/// Imports TSV or CSV rows.
///
/// # Errors
/// Empty or binary input, or text without a header row naming 三级指标 or 指标值
/// ([`ImportError`]).
pub fn parse(input: &str) -> Result<Imported, ImportError> {
    check_text(input)?;
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let mut out = Imported::default();
    let mut notes = Vec::new();
    let delimiter = delimiter(input).ok_or(ImportError::NotRecognised { reason: "no tabs or commas between cells" })?;
    let rows = delimited_rows(input, delimiter, &mut notes);
    let Some(start) = rows.iter().position(|r| Columns::from_header(&r.cells).is_some()) else {
        return Err(ImportError::NotRecognised { reason: "no header row naming 三级指标 or 指标值" });
    };
    let mut base = Project::new("");
    for row in rows.iter().take(start).filter(|r| !r.is_blank()) {
        preamble(row, &mut base, &mut notes);
    }
    let mut columns = Columns::default();
    let mut draft: Option<Draft> = None;
    for row in rows.iter().skip(start).filter(|r| !r.is_blank()) {
        if let Some(c) = Columns::from_header(&row.cells) {
            notes.extend(c.notes(row.line));
            columns = c;
            continue;
        }
        let row_name = columns.index_of(Role::Project).and_then(|i| row.cells.get(i)).map(|c| c.text.trim()).filter(|t| !t.is_empty());
        let current = draft.as_ref().map(|d| d.project.name.as_str());
        if draft.is_none() || row_name.is_some_and(|n| Some(n) != current) {
            finish(draft.take(), &mut out);
            let project = row_name.map_or_else(|| base.clone(), Project::new);
            draft = Some(Draft::new(project, row.line));
        }
        if let Some(d) = draft.as_mut() {
            let ind = indicator(&columns, &row.cells, row.line, &mut d.fill, &mut d.notes.list);
            d.project.indicators.push(ind);
        }
    }
    finish(draft, &mut out);
    notes.append(&mut out.diagnostics);
    notes.sort_by_key(|d| d.line);
    out.diagnostics = notes;
    if out.projects.is_empty() {
        out.diagnostics.push(Diagnostic::new(Severity::Warning, rows.len(), "the header has no indicator rows under it"));
        out.projects.push(base);
    }
    Ok(out)
}

/// A row above the header: `项目名称`, the unit (`预算单位`), `单位：万元` and the budget
/// (`预算数`, `财政资金`, `其他资金`, `执行数`) go to the project; anything else is reported.
fn preamble(row: &Row<'_>, base: &mut Project, notes: &mut Vec<Diagnostic>) {
    let texts: Vec<&str> = row.texts().collect();
    let first = texts.iter().map(|t| label(t)).find(|l| !l.is_empty()).unwrap_or_default();
    let next = |key: &str| {
        let at = texts.iter().position(|t| label(t) == key)?;
        texts.get(at + 1..)?.iter().find(|t| !t.is_empty()).copied()
    };
    if let Some(m) = texts.iter().find_map(|t| money_unit(t)) {
        base.budget.money_unit = m;
    } else if first == "项目名称" {
        base.name = next("项目名称").unwrap_or_default().to_string();
    } else if matches!(&*first, "预算单位" | "单位名称" | "实施单位") {
        base.unit = next(&first).map(budget_unit);
    } else if is_budget_row(&first) {
        budget_row(&row.cells, &mut base.budget, notes);
    } else {
        let shown: Vec<&str> = texts.into_iter().filter(|t| !t.is_empty()).collect();
        notes.push(Diagnostic::new(Severity::Note, row.line, format!("row above the header not read: `{}`", shown.join(" | "))));
    }
}

/// Adds a finished project.
fn finish(draft: Option<Draft>, out: &mut Imported) {
    let Some(mut d) = draft else { return };
    if d.project.name.is_empty() {
        d.notes.push(Diagnostic::new(Severity::Note, d.line, "no 项目名称 given; the project has no name").with_field("项目名称"));
    }
    d.notes.flush(Some(out.projects.len()), &mut out.diagnostics);
    out.projects.push(d.project);
}
