//! The layout of target tables extracted from a published DOCX (the Tianjin sample).
//!
//! A row is a block of lines ended by a blank line. Each cell starts with a tab; a line
//! without a leading tab continues the cell before it; a cell holding only the tab is empty
//! (a merged cell: same as the row above). A line before any cell is the table's heading
//! (`[bookmark: …]1.项目绩效目标表`), which starts a project.
//!
//! A project is: heading; unit line (code + name) and `单位：万元`; `项目名称`; the budget row
//! (`预算数`, `其中：财政资金`, `其他资金`); the purpose row; `绩效目标`; the indicator header
//! (`一级指标 二级指标 三级指标 绩效指标描述 指标值`) and one row per indicator.
//!
//! ```
//! let sample = "1.示例项目绩效目标表\n\t001示例单位\n\t单位：万元\n\n\t项目名称\n\t示例项目\n\n\
//!               \t预算数\n\t10.00\n\t其中：财政资金\n\t10.00\n\t其他资金\n\t\n\n\
//!               \t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n\n\
//!               \t产出指标\n\t数量指标\n\t培训人数\n\t≥2万人\n\n";
//! let doc = jixiao::import::docx_text::parse(sample)?;
//! let p = &doc.projects[0];
//! assert_eq!(p.name, "示例项目");
//! assert_eq!(p.unit.as_ref().unwrap().code.as_deref(), Some("001"));
//! assert_eq!(p.budget.total, Some("10.00".parse()?));
//! assert_eq!(p.budget.other, Some(jixiao::Decimal::ZERO));
//! assert_eq!(p.indicators[0].threshold().unwrap().to_string(), "≥2万人");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use super::cells::{docx_rows, Row, RowSource};
use super::diagnostic::{Code, Diagnostic};
use super::docx_head::{
    budget_block_row, budget_row, budget_unit, heading, is_budget_row, is_continuation, label, lines, money_unit, name_from_title,
    BudgetBlock, Money,
};
use super::header::Columns;
use super::indicator_row::{indicator, FillDown};
use super::table::{holds_value, is_end_row, is_signature_line};
use super::{check_text, set_year, ImportError, Imported, Notes};
use crate::message::Message;
use crate::project::Project;

/// Where in a project the reader is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    Head,
    Budget,
    Purpose,
    Goals,
    Indicators,
    /// Under the indicators' total (总分, 合计), notes or signature lines: no more indicators.
    End,
}

/// One project being read.
struct Draft {
    project: Project,
    line: usize,
    /// The DOCX table the project starts in (0 for text).
    part: usize,
    money_stated: bool,
    block: Option<BudgetBlock>,
    section: Section,
    columns: Option<Columns>,
    fill: FillDown,
    notes: Notes,
    has_name: bool,
    has_body: bool,
    has_budget_row: bool,
}

impl Draft {
    fn new(line: usize, part: usize, title: Option<String>) -> Draft {
        let mut project = Project::new("");
        project.title = title;
        Draft {
            project,
            line,
            part,
            money_stated: false,
            block: None,
            section: Section::Head,
            columns: None,
            fill: FillDown::default(),
            notes: Notes::default(),
            has_name: false,
            has_body: false,
            has_budget_row: false,
        }
    }
}

/// Imports a document in the DOCX-text layout.
///
/// ```
/// let text = include_str!("../../data/tianjin-2025-emergency-center.txt");
/// let doc = jixiao::import::docx_text::parse(text)?;
/// let p = &doc.projects[0];
/// assert_eq!(p.unit.as_ref().unwrap().name, "天津市环境应急与事故调查中心");
/// assert_eq!((p.budget.total, p.budget.fiscal), (Some("381.00".parse()?), Some("381.00".parse()?)));
/// assert_eq!(p.indicators[1].name, "软件采购（维护）数量");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// Empty or binary input, or text without any project ([`ImportError`]).
pub fn parse(input: &str) -> Result<Imported, ImportError> {
    check_text(input)?;
    read(&mut docx_rows(input)).map(|mut doc| {
        super::summary::add(&mut doc);
        doc
    })
}

/// Imports the rows of a document laid out as the DOCX-text layout is: the text itself, or
/// the tables and paragraphs of a DOCX.
pub(super) fn read<'a>(rows: &mut impl RowSource<'a>) -> Result<Imported, ImportError> {
    let mut out = Imported::default();
    let mut draft: Option<Draft> = None;
    let mut row = Row::default();
    while rows.read(&mut row) {
        if row.is_blank() {
            continue;
        }
        if let Some(lead) = &row.lead {
            // `续表`, `（续）` between the parts of a table split across pages: the same project
            if is_continuation(&lead.text) && draft.as_ref().is_some_and(|d| d.columns.is_some()) {
                continue;
            }
            finish(draft.take(), &mut out);
            let title = heading(&lead.text);
            draft = Some(Draft::new(lead.line, row.part, (!title.is_empty()).then_some(title)));
        }
        let first = row.texts().map(label).find(|l| !l.is_empty()).unwrap_or_default();
        let starts_table = (first == "项目名称" && draft.as_ref().is_some_and(|d| d.has_name))
            || (row.lead.is_none() && is_head_row(&row) && draft.as_ref().is_some_and(|d| d.has_body));
        if draft.is_none() || starts_table {
            finish(draft.take(), &mut out);
            draft = Some(Draft::new(row.line, row.part, None));
        }
        if let Some(d) = draft.as_mut() {
            let before = d.notes.list.len();
            read_row(d, &row, &first);
            if row.part > 0 {
                d.notes.list[before..].iter_mut().for_each(|n| n.table = Some(row.part));
            }
        }
    }
    finish(draft, &mut out);
    if out.projects.is_empty() {
        return Err(ImportError::NotRecognised { reason: "no project (项目名称, budget or indicator rows) found" });
    }
    Ok(out)
}

/// Reads one row into the project.
fn read_row(d: &mut Draft, row: &Row<'_>, first: &str) {
    let cells = &row.cells;
    if d.section == Section::Head && (row.lead.is_some() || is_head_row(row)) {
        head_cells(d, row);
        return;
    }
    d.has_body = true;
    if first == "项目名称" {
        let at = cells.iter().position(|c| label(&c.text) == "项目名称").unwrap_or_default();
        d.project.name = cells.get(at + 1).map(|c| c.text.trim().to_string()).unwrap_or_default();
        for c in cells.iter().skip(at + 2).filter(|c| !c.text.trim().is_empty()) {
            d.notes.push(
                Diagnostic::new(
                    Code::IgnoredCell,
                    c.line,
                    Message::chinese(format!("项目名称旁的单元格“{}”未读取", c.text.trim()))
                        .english(format!("cell `{}` beside the 项目名称 is not read", c.text.trim())),
                )
                .at_cell(c.col),
            );
        }
        d.has_name = true;
        if d.project.name.is_empty() {
            d.notes.push(
                Diagnostic::new(Code::EmptyName, row.line, Message::chinese("项目名称为空").english("项目名称 is empty"))
                    .with_field("项目名称"),
            );
        }
    } else if d.columns.is_none() && is_budget_row(first) {
        let mut money = Money { budget: &mut d.project.budget, stated: &mut d.money_stated };
        if let Some(m) = cells.iter().find_map(|c| money_unit(&c.text)) {
            money.state(m);
        }
        d.block = budget_row(cells, &mut money, &mut d.notes.list);
        d.has_budget_row = true;
        d.section = Section::Budget;
    } else if d.columns.is_none()
        && d.block.as_ref().is_some_and(|block| {
            let mut money = Money { budget: &mut d.project.budget, stated: &mut d.money_stated };
            budget_block_row(cells, block, &mut money, &mut d.notes.list)
        })
    {
        // a row of the funds block, read
    } else if super::docx_head::is_goals_label(first) {
        d.project.goals.extend(lines(cells.get(1..).unwrap_or_default()));
        d.section = Section::Goals;
    } else if matches!(first, "资金用途" | "项目资金用途" | "预算资金用途") {
        push_purpose(d, row, 1);
    } else if let Some(columns) = Columns::from_header(cells) {
        d.notes.list.extend(columns.notes(row.line, false));
        d.columns = Some(columns);
        d.section = Section::Indicators;
    } else if matches!(d.section, Section::Indicators | Section::End)
        && is_end_row(row.texts().find(|t| !t.is_empty()).unwrap_or_default(), d.columns.as_ref().is_some_and(|c| holds_value(row, c)))
    {
        // the total, the notes and the signature lines under the indicators (`合计`,
        // `填报单位（盖章）：… | 复核人：…`), as the sheet reader ends a table at them
        d.columns = None;
        d.section = Section::End;
    } else if let Some(columns) = &d.columns {
        let ind = indicator(columns, cells, row.line, &mut d.fill, &mut d.notes.list, false);
        d.project.indicators.push(ind);
    } else if matches!(d.section, Section::Budget | Section::Purpose) && starts_empty(row) {
        push_purpose(d, row, 0);
    } else if d.section == Section::Goals && starts_empty(row) {
        d.project.goals.extend(lines(cells));
    } else if !head_cells(d, row) {
        let text: Vec<&str> = row.texts().filter(|t| !t.is_empty()).collect();
        let text = text.join(" | ");
        // a year line inside the table (`（2020年度）`): the project's year
        let year_line = text.trim_matches(['(', ')', '（', '）', ' ']);
        if d.project.year().is_none() && year_line.chars().count() <= 8 && year_line.ends_with(['年', '度']) {
            set_year(&mut d.project, [year_line]);
            if d.project.year().is_some() {
                return;
            }
        }
        d.notes.push(Diagnostic::new(
            Code::UnrecognisedRow,
            row.line,
            Message::chinese(format!("无法识别的行“{text}”")).english(format!("unrecognised row `{text}`")),
        ));
    }
}

/// Whether the row holds `单位：万元`: the head of a table.
fn is_head_row(row: &Row<'_>) -> bool {
    row.texts().any(|t| money_unit(t).is_some())
}

/// Whether the row is an empty (merged) cell and one cell of text: the way purpose and goal
/// rows continue.
fn starts_empty(row: &Row<'_>) -> bool {
    row.cells.first().is_some_and(|c| c.text.trim().is_empty()) && row.texts().filter(|t| !t.is_empty()).count() == 1
}

/// Reads the unit line and `单位：万元`; false when a cell is neither.
fn head_cells(d: &mut Draft, row: &Row<'_>) -> bool {
    let mut all = true;
    for cell in &row.cells {
        let text = cell.text.trim();
        if text.is_empty() {
            continue;
        }
        if let Some(m) = money_unit(text) {
            d.project.budget.money_unit = m;
            d.money_stated = true;
        } else if d.project.unit.is_none() && d.section == Section::Head {
            d.project.unit = Some(budget_unit(text));
        } else {
            all = false;
            if row.lead.is_some() {
                d.notes.push(Diagnostic::new(
                    Code::UnrecognisedHeading,
                    cell.line,
                    Message::chinese(format!("无法识别的表头单元格“{text}”")).english(format!("unrecognised heading cell `{text}`")),
                ));
            }
        }
    }
    all
}

/// Appends the non-empty cells from `skip` on to the purpose, one line each.
fn push_purpose(d: &mut Draft, row: &Row<'_>, skip: usize) {
    for text in row.texts().skip(skip).filter(|t| !t.is_empty()) {
        if !d.project.purpose.is_empty() {
            d.project.purpose.push('\n');
        }
        let joined: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        d.project.purpose.push_str(&joined.join("\n"));
    }
    d.section = Section::Purpose;
}

/// Checks a finished project and adds it. Text without a 项目名称, budget or indicator header
/// is no project: it is reported, outside any project.
fn finish(draft: Option<Draft>, out: &mut Imported) {
    let Some(mut d) = draft else { return };
    let before = d.notes.list.len();
    let title = d.project.title.clone().unwrap_or_default();
    let project = d.has_name || d.has_budget_row || d.columns.is_some();
    if !project {
        if let Some(unit) = &d.project.unit {
            let code = unit.code.as_deref().unwrap_or_default();
            let unit = format!("{code}{}", unit.name);
            d.notes.push(Diagnostic::new(
                Code::UnitWithoutTable,
                d.line,
                Message::chinese(format!("单位“{unit}”下没有表格")).english(format!("unit `{unit}` has no table under it")),
            ));
        }
        // (the signature lines under a form, `经办人：王五 填报日期：…`, are where they belong)
        if !title.is_empty() && !is_signature_line(&title, false) {
            d.notes.push(Diagnostic::new(
                Code::OutsideTable,
                d.line,
                Message::chinese(format!("表格外的文字“{title}”")).english(format!("text outside any table: `{title}`")),
            ));
        }
    } else {
        let p = &mut d.project;
        if !d.has_name {
            p.name = name_from_title(&title);
            // a heading that names no project (`二、项目绩效目标`) leaves the project unnamed
            let (code, zh, en) = if p.name.is_empty() {
                (Code::NoName, "未给出项目名称，项目没有名称", "no 项目名称 given; the project has no name")
            } else {
                (Code::NameFromHeading, "没有项目名称行，名称取自标题", "no 项目名称 row; the name is taken from the heading")
            };
            d.notes.push(Diagnostic::new(code, d.line, Message::chinese(zh).english(en)).with_field("项目名称"));
        }
        if !d.has_budget_row {
            d.notes.push(
                Diagnostic::new(
                    Code::NoBudget,
                    d.line,
                    Message::chinese(format!("项目“{}”没有预算行", p.name)).english(format!("project `{}` has no budget row", p.name)),
                )
                .with_field("预算数"),
            );
        }
        if p.indicators.is_empty() {
            d.notes.push(Diagnostic::new(
                Code::NoIndicators,
                d.line,
                Message::chinese(format!("项目“{}”没有指标行", p.name)).english(format!("project `{}` has no indicator rows", p.name)),
            ));
        }
        set_year(&mut d.project, [title.as_str()]);
    }
    if d.part > 0 {
        d.notes.list[before..].iter_mut().for_each(|n| n.table = Some(d.part));
    }
    if !project {
        d.notes.flush(None, &mut out.diagnostics);
        return;
    }
    d.notes.flush(Some(out.projects.len()), &mut out.diagnostics);
    out.projects.push(d.project);
}
