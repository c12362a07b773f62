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

use super::cells::{delimited_rows, Cell, Row};
use super::diagnostic::{Code, Diagnostic};
use super::docx_head::{budget_block_row, budget_row, budget_unit, is_budget_row, label, money_unit, BudgetBlock, Money};
use super::header::{Columns, Role};
use super::indicator_row::{indicator, FillDown};
use super::{check_text, set_year, ImportError, Imported, Notes};
use crate::indicator::Indicator;
use crate::message::Message;
use crate::project::Project;
use crate::text::trim;

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

/// What the table reader made of a row, as it tells a [`Beside`] reader.
pub(crate) enum Seen<'a> {
    /// A row outside any table: above the first header, between tables, under a table's end.
    Preamble,
    /// A header row (or the lower row of a two-row header, or a header repeated), with the
    /// table's columns as read so far.
    Header(&'a Columns),
    /// A row of a table that gave an indicator: the `index`-th of the `project`-th project of
    /// the document being read (its index in [`Imported::projects`] once added).
    Indicator { columns: &'a Columns, project: usize, index: usize, indicator: &'a mut Indicator },
    /// A row of a table that gave no indicator (a template's empty slot).
    Unread(&'a Columns),
    /// A row that ends a table: its total (总分, 合计), or the notes or signatures under it.
    End,
}

/// A reader of the columns a target table does not have (a monitoring table's), told of every
/// row as the table reader reads it: what the row is, and for an indicator row, the indicator
/// read from it. The row is read once, by both; the monitoring columns are then this reader's,
/// and neither kept in the indicators' `extra` nor noted as extra columns.
pub(crate) trait Beside {
    /// Called once for each non-blank row, in order.
    fn row(&mut self, row: &Row<'_>, seen: Seen<'_>);
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
/// ```
/// let csv = "一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,设备更新改造,≥1套\n,时效指标,完成时间,12月底前\n";
/// let doc = jixiao::import::table::parse(csv)?;
/// let i = &doc.projects[0].indicators[1];
/// assert_eq!(i.level1, Some(jixiao::Level1::Output)); // merged cell, filled down
/// assert_eq!((i.name.as_str(), i.value()), ("完成时间", "12月底前"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// Empty or binary input, or text without a header row naming 三级指标 or 指标值
/// ([`ImportError`]).
pub fn parse(input: &str) -> Result<Imported, ImportError> {
    let (rows, notes) = text_rows(input)?;
    let mut doc = read_all(&rows, notes, None)?;
    super::summary::add(&mut doc);
    Ok(doc)
}

/// The rows of a TSV or CSV text, and the notes of splitting it (a quote not closed).
///
/// # Errors
/// Empty or binary input, or text without a tab or a comma in its first lines.
pub(crate) fn text_rows(input: &str) -> Result<(Vec<Row<'static>>, Vec<Diagnostic>), ImportError> {
    check_text(input)?;
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let mut notes = Vec::new();
    let delimiter = delimiter(input).ok_or(ImportError::NotRecognised { reason: "no tabs or commas between cells" })?;
    let rows = delimited_rows(input, delimiter, &mut notes);
    Ok((rows, notes))
}

/// Reads `rows` as one text's tables ([`read_with`]), with the `notes` made before, all the
/// diagnostics in line order.
///
/// # Errors
/// [`ImportError::NotRecognised`] when no row is a header.
pub(crate) fn read_all(rows: &[Row<'_>], mut notes: Vec<Diagnostic>, beside: Option<&mut dyn Beside>) -> Result<Imported, ImportError> {
    let mut out = Imported::default();
    if !read_with(rows, &mut out, &mut notes, beside) {
        return Err(ImportError::NotRecognised { reason: "no header row naming 三级指标 or 指标值" });
    }
    notes.append(&mut out.diagnostics);
    notes.sort_by_key(|d| d.line);
    out.diagnostics = notes;
    Ok(out)
}

/// What is read above a header: the project's name, unit, money and year.
#[derive(Default)]
struct Preamble {
    project: Project,
    money_stated: bool,
    block: Option<BudgetBlock>,
    /// Title rows, where the year (`2022年度…`) is read from.
    titles: Vec<String>,
    /// Whether the row before gave goals: a row under it whose first cell is empty (the label
    /// merged down) gives more.
    goals_open: bool,
    /// Whether a table was read above these rows: a row not read is then outside the tables,
    /// not merely above a header.
    after_table: bool,
}

/// Reads the rows of one sheet (or one text) laid out as tables: rows above a header give the
/// project; the header names the columns; indicator rows follow until a 总分 row, a row that
/// starts another project's preamble (项目名称) or the end; another preamble and header may
/// follow, for another project. Adds the projects to `out` and the diagnostics outside any
/// project to `notes`; false when there is no header row at all.
#[cfg(any(feature = "xlsx", feature = "docx"))]
pub(super) fn read(rows: &[Row<'_>], out: &mut Imported, notes: &mut Vec<Diagnostic>) -> bool {
    read_with(rows, out, notes, None)
}

/// [`read`], telling `beside` of every row as it is read (see [`Beside`]).
fn read_with(rows: &[Row<'_>], out: &mut Imported, notes: &mut Vec<Diagnostic>, mut beside: Option<&mut dyn Beside>) -> bool {
    let monitoring_read = beside.is_some();
    let mut pre = Preamble::default();
    let mut columns: Option<(Columns, usize)> = None;
    let mut header_notes_due = false;
    let mut previous_was_header = false;
    let mut draft: Option<Draft> = None;
    let mut any_header = false;
    let mut rows_of_table = 0usize;
    // the Word table (`Row::part`, from 1) the header was read in; 0 for text and sheets
    let mut table_part = 0usize;
    for row in rows.iter().filter(|r| !r.is_blank()) {
        // a paragraph after a Word table ends it, as the table ends there (a title of the next
        // table, `单位：元` over it, a note under this one), and the next table's header starts
        // a table of its own; a paragraph that says the table goes on (`续表`, `（续）`) is
        // passed over, and the next Word table's rows continue this one
        if row.part == 0 && table_part != 0 && columns.is_some() {
            if super::docx_head::is_continuation(row.texts().find(|t| !t.is_empty()).unwrap_or_default()) {
                continue;
            }
            end_table(&mut draft, &mut pre, &mut columns, rows_of_table, out, notes);
            previous_was_header = false;
            table_part = 0;
        }
        // the lower row of a two-row header, even one that names no indicator column: never
        // an indicator
        let sub = if previous_was_header { Columns::sub_header(&row.cells) } else { None };
        if let Some(c) = sub.or_else(|| Columns::from_header(&row.cells)) {
            // the header repeated (a table split across pages, a sheet printed with repeated
            // header rows): the same table goes on
            // (the same columns by what they mean: `三级 指标` or `指标值（万元）` repeat them too)
            let same_roles = |cur: &Columns| cur.columns.iter().map(|c| c.0).eq(c.columns.iter().map(|c| c.0));
            if !previous_was_header {
                if let Some((cur, _)) = columns.as_ref().filter(|(cur, _)| same_roles(cur)) {
                    if let Some(b) = beside.as_mut() {
                        b.row(row, Seen::Header(cur));
                    }
                    continue;
                }
            }
            if previous_was_header {
                if let Some((upper, line)) = columns.take() {
                    columns = Some((c.under(upper), line));
                }
            } else {
                if columns.is_some() {
                    end_table(&mut draft, &mut pre, &mut columns, rows_of_table, out, notes);
                }
                columns = Some((c, row.line));
                rows_of_table = 0;
                table_part = row.part;
            }
            if let (Some(b), Some((c, _))) = (beside.as_mut(), &columns) {
                b.row(row, Seen::Header(c));
            }
            any_header = true;
            header_notes_due = true;
            previous_was_header = true;
            continue;
        }
        previous_was_header = false;
        if header_notes_due {
            if let Some((c, line)) = &columns {
                notes.extend(c.notes(*line, monitoring_read));
            }
            header_notes_due = false;
        }
        let Some((cols, _)) = &columns else {
            preamble(row, &mut pre, notes);
            if let Some(b) = beside.as_mut() {
                b.row(row, Seen::Preamble);
            }
            continue;
        };
        let written = row.texts().find(|t| !label(t).is_empty()).unwrap_or_default();
        let first = label(written);
        let project_column = cols.index_of(Role::Project).is_some();
        let title = is_title_row(row);
        if is_end_row(written, holds_value(row, cols)) || title || (first == "项目名称" && !project_column) {
            end_table(&mut draft, &mut pre, &mut columns, rows_of_table, out, notes);
            let seen = if first == "项目名称" || title {
                preamble(row, &mut pre, notes);
                Seen::Preamble
            } else {
                Seen::End
            };
            if let Some(b) = beside.as_mut() {
                b.row(row, seen);
            }
            continue;
        }
        rows_of_table += 1;
        let row_name = cols.index_of(Role::Project).and_then(|i| row.cells.get(i)).map(|c| c.text.trim()).filter(|t| !t.is_empty());
        let current = draft.as_ref().map(|d| d.project.name.as_str());
        if draft.is_none() || row_name.is_some_and(|n| Some(n) != current) {
            finish(draft.take(), out);
            let project = row_name.map_or_else(|| base_project(&pre), Project::new);
            let mut d = Draft::new(project, row.line);
            if row_name.is_none() && pre.project.name.is_empty() && !d.project.name.is_empty() {
                let name = d.project.name.clone();
                d.notes.push(
                    Diagnostic::new(
                        Code::NameFromTitle,
                        row.line,
                        Message::chinese(format!("未给出项目名称，项目名称“{name}”取自表格标题，请核对"))
                            .english(format!("no 项目名称 given; the project's name `{name}` was taken from the title")),
                    )
                    .with_field("项目名称"),
                );
            }
            draft = Some(d);
        }
        if let Some(d) = draft.as_mut() {
            let noted = d.notes.list.len();
            let mut ind = indicator(cols, &row.cells, row.line, &mut d.fill, &mut d.notes.list, monitoring_read);
            // a template's empty row (`生态效益指标` with nothing beside it, `指标2`, `……`)
            // gives its level names to the rows below and is no indicator: nor are its notes
            // (an empty 指标值) any
            if is_placeholder(&ind) {
                d.notes.list.truncate(noted);
                if let Some(b) = beside.as_mut() {
                    b.row(row, Seen::Unread(cols));
                }
            } else {
                if let Some(b) = beside.as_mut() {
                    // the draft is the next project to be added
                    let (project, index) = (out.projects.len(), d.project.indicators.len());
                    b.row(row, Seen::Indicator { columns: cols, project, index, indicator: &mut ind });
                }
                d.project.indicators.push(ind);
            }
        }
    }
    if header_notes_due {
        if let Some((c, line)) = &columns {
            notes.extend(c.notes(*line, monitoring_read));
        }
    }
    if columns.is_some() {
        end_table(&mut draft, &mut pre, &mut columns, rows_of_table, out, notes);
    }
    any_header
}

/// The project the preamble describes, with its year.
fn base_project(pre: &Preamble) -> Project {
    let mut p = pre.project.clone();
    set_year(&mut p, pre.titles.iter().map(String::as_str));
    if p.name.is_empty() {
        if let Some(name) = pre.titles.iter().find_map(|t| super::docx_head::name_in_title(t.split(" | ").next().unwrap_or(t))) {
            p.name = name;
        }
    }
    p
}

/// Ends the table under `columns`: its last project is added, or the preamble's project with
/// a warning when the header had no rows under it. The next table starts a new preamble.
fn end_table(
    draft: &mut Option<Draft>,
    pre: &mut Preamble,
    columns: &mut Option<(Columns, usize)>,
    rows_of_table: usize,
    out: &mut Imported,
    notes: &mut Vec<Diagnostic>,
) {
    let Some((_, line)) = columns.take() else { return };
    if rows_of_table == 0 && draft.is_none() {
        notes.push(Diagnostic::new(
            Code::HeaderWithoutRows,
            line,
            Message::chinese("表头下没有指标行").english("the header has no indicator rows under it"),
        ));
        let mut empty = Draft::new(base_project(pre), line);
        empty.notes.list.clear();
        out.projects.push(empty.project);
    } else {
        finish(draft.take(), out);
    }
    *pre = Preamble { after_table: true, ..Preamble::default() };
}

/// An indicator row the template left empty: no value, actual, weight or score, and no name or
/// a placeholder name (`指标2`, `……`).
fn is_placeholder(ind: &crate::Indicator) -> bool {
    // most rows have a value: decided before the name is looked at
    let empty = ind.value().trim_matches(['|', ' ']).trim().is_empty();
    if !empty || ind.actual.is_some() || ind.weight.is_some() || ind.weight_text.is_some() || ind.score.is_some() {
        return false;
    }
    let name = ind.name.trim();
    // (a level-2 name in the name column, `质量`, `时效`: the template's slot for that level)
    name.is_empty()
        || name.chars().all(|c| matches!(c, '…' | '.' | '。' | '—' | '-'))
        || crate::text::is_no_value_mark(name)
        || name.strip_prefix("指标").is_some_and(|n| !n.is_empty() && n.chars().all(crate::grammar::numeral::is_digit))
        || crate::Level2::parse(name)
            .is_ok_and(|l| !matches!(l, crate::Level2::Other(_)) && l.name().trim_end_matches("指标") == name.trim_end_matches("指标"))
}

/// Whether `row` holds a 指标值 (or a value its region merged down gives it): a row that does
/// is an indicator's, whatever its first cell says.
pub(super) fn holds_value(row: &Row<'_>, columns: &Columns) -> bool {
    columns.index_of(Role::Value).and_then(|i| row.cells.get(i)).is_some_and(|c| !trim(&c.text).is_empty() || c.above.is_some())
}

/// A row of one text, nothing merged down into it, that is a title naming a kind of table
/// (`2.XX项目绩效运行监控表`, `XX项目支出绩效自评表（2023年度）`): the next table's, as a
/// paragraph between two Word tables is. A title names a project (`项目` before the kind) or is
/// numbered; an indicator named for a table (`按时报送绩效自评表`, `部门绩效目标表编制质量`)
/// is none.
pub(super) fn is_title_row(row: &Row<'_>) -> bool {
    let mut texts = row.cells.iter().filter(|c| !trim(&c.text).is_empty() || c.above.is_some());
    let (Some(only), None) = (texts.next(), texts.next()) else { return false };
    let t = trim(&only.text);
    let numbered = super::docx_head::without_number(t).len() < t.len();
    t.ends_with(['表', '）', ')'])
        && (numbered || t.contains("项目绩效") || t.contains("项目支出绩效"))
        && super::docx_head::name_in_title(t).is_some()
}

/// A row that ends an indicator table: the total (总分, 合计), the notes under it and the
/// signature lines of the form. `first` is the row's first cell with text, as written;
/// `value` whether the row holds a 指标值, which a signature line never does unless its label
/// says so with a colon (a name such as `项目完成日期` or `明确项目负责人` is an indicator's).
pub(super) fn is_end_row(first: &str, value: bool) -> bool {
    let folded = label(first);
    // a note under the table (`备注：本表数据截至6月底`, `说明：…`), its label before a colon
    let note = ["备注", "附注", "注释", "说明", "填表说明"]
        .iter()
        .any(|w| first.trim().strip_prefix(w).is_some_and(|r| r.trim_start().starts_with(['：', ':'])));
    // (`注：…`, `注1.…`: the colon is looked for in the text as written, the label has none)
    let remark = first.trim().strip_prefix('注').and_then(|r| r.trim_start().chars().next());
    matches!(&*folded, "总分" | "合计" | "总计" | "其他需要说明事项" | "其他说明事项" | "说明")
        || remark.is_some_and(|c| matches!(c, '1' | '.' | '、' | '（' | '(' | '：' | ':'))
        || note
        || is_signature_line(first, value)
}

/// The signature lines under a form, in any of their spellings: a stamp or signature asked
/// for (`填报单位（盖章）：`, `负责人签字`, `（签章）`), or a field of who filled the form in,
/// when, and how to reach them (`填报人：张三`, `单位负责人`, `联系电话：…`, `填报日期：`,
/// `编制单位：`): before a colon, or without one a footer's own label, alone in its cell
/// (`填报人 | 张三`) or in a row that holds no 指标值 (`value`: `填报人 张三`). A stamp word
/// that ends a label counts only in a row with no 指标值 (`推行电子签章 | 100%` is an indicator).
pub(super) fn is_signature_line(first: &str, value: bool) -> bool {
    // how to reach who filled the form in, and who files it, as the form names them
    const FIELDS: [&str; 7] = ["手机", "手机号", "填报单位", "编制单位", "报送单位", "填报部门", "填表单位"];
    let t = first.trim();
    // the label: up to a colon, or to the space before what was filled in (`填报人 张三`)
    let (head, colon) = match t.split_once(['：', ':']) {
        Some((head, _)) => (head, true),
        None => (t.split(char::is_whitespace).next().unwrap_or(t), false),
    };
    // the label is the whole of its cell (`填报人 | 张三 | 审核人 | 李四`): what was filled in is
    // in the cells beside it, the 指标值 column's among them
    let alone = head.trim() == t;
    // spaces inside a label (`填 报 人`) do not count; every row of a table is asked, so nothing
    // is allocated, and most are turned away by the label's last character
    let label = || head.chars().filter(|c| !c.is_whitespace());
    let mut from_end = label().rev();
    let (last, before) = (from_end.next(), from_end.next());
    let labelled = match (before, last) {
        // who: the one who fills in, makes, checks, signs off or answers for the form (填报人,
        // 制表人, 审核人, 复核人, 经办人, 审批人, 负责人, 联系人, 填写人)
        (Some('报' | '表' | '核' | '办' | '批' | '责' | '系' | '写' | '查'), Some('人')) => true,
        // when and how to reach them (填报日期, 联系电话, 手机), and who files it (填报单位, 编制单位)
        (Some('日'), Some('期')) | (Some('电'), Some('话')) => true,
        (_, Some('机' | '号' | '位' | '门')) => FIELDS.iter().any(|w| label().eq(w.chars())),
        _ => false,
    };
    let short = (2..=8).contains(&label().count()) && label().all(crate::text::is_cjk);
    // without a colon, only a footer's own words (an indicator may end in 日期 or 负责人:
    // `项目完成日期`, `明确项目负责人`): a role and 人, an office and 负责人, an act and 日期
    let own = || {
        let l: String = label().collect();
        let of = |heads: &[&str], tail: &str| l.strip_suffix(tail).is_some_and(|h| heads.contains(&h));
        of(&["填报", "填表", "制表", "填写", "审核", "复核", "经办", "审批", "联系", "审查"], "人")
            || of(&["", "单位", "财务", "项目", "主要", "分管", "部门"], "负责人")
            || of(&["", "填报", "填表", "报送", "编制"], "日期")
            || l == "联系电话"
            || FIELDS.contains(&&*l)
    };
    // a stamp or a signature asked for: the word in brackets, before a colon or ending the
    // label (`电子签章系统建设`, `验收资料签字齐全率` hold one as a word of their name)
    let asked = |w: &str| {
        (head.trim_end().ends_with(w) && !value)
            || t.match_indices(w).any(|(i, _)| {
                let after = t[i + w.len()..].trim_start();
                after.starts_with(['：', ':', '）', ')']) || t[..i].trim_end().ends_with(['（', '('])
            })
    };
    let stamp = t.contains(['章', '字', '名']) && ["盖章", "签字", "签章", "签名"].iter().any(|w| asked(w));
    (labelled && short && (colon || ((alone || !value) && own()))) || stamp
}

/// A row above the header: `项目名称`, the unit (`预算单位`, `实施单位`), `单位：万元` and the
/// budget (`预算数`, `财政资金`, `其他资金`, `执行数`, or a funds block of columns
/// `年初预算数 | 全年预算数 | 全年执行数` and rows `年度资金总额 | 其中：财政拨款 | 其他资金`)
/// go to the project; anything else is reported (and a year in it, `2022年度`, kept).
/// The goal lines of cells, without the column labels some forms put over them (`中长期目标 |
/// 年度目标`).
fn goal_lines(cells: &[Cell<'_>]) -> Vec<String> {
    let labels = |c: &&Cell<'_>| !matches!(&*label(&c.text), "中长期目标" | "长期目标" | "年度目标" | "当年目标");
    let cells: Vec<Cell<'_>> = cells.iter().filter(labels).cloned().collect();
    super::docx_head::lines(&cells)
}

fn preamble(row: &Row<'_>, pre: &mut Preamble, notes: &mut Vec<Diagnostic>) {
    let goals_open = std::mem::take(&mut pre.goals_open);
    if goals_open && row.cells.first().is_some_and(|c| c.text.trim().is_empty()) && row.texts().any(|t| !t.trim().is_empty()) {
        pre.project.goals.extend(goal_lines(&row.cells));
        pre.goals_open = true;
        return;
    }
    let texts: Vec<&str> = row.texts().collect();
    let first = texts.iter().map(|t| label(t)).find(|l| !l.is_empty()).unwrap_or_default();
    let next = |key: &str| {
        let at = texts.iter().position(|t| label(t) == key)?;
        texts.get(at + 1..)?.iter().find(|t| !t.is_empty()).copied()
    };
    let unit_label = texts.iter().map(|t| label(t)).find(|l| matches!(&**l, "预算单位" | "单位名称" | "实施单位"));
    let stated = texts.iter().find_map(|t| money_unit(t));
    if let Some(m) = stated {
        pre.project.budget.money_unit = m;
        pre.money_stated = true;
    }
    if let Some(block) = &pre.block {
        let mut money = Money { budget: &mut pre.project.budget, stated: &mut pre.money_stated };
        if budget_block_row(&row.cells, block, &mut money, notes) {
            return;
        }
        pre.block = None;
    }
    // `项目名称 | XX` anywhere in the row, or `项目名称：XX` in one cell
    let named_in_cell = texts.iter().find_map(|t| {
        let t = t.trim();
        let rest = t.strip_prefix("项目名称")?.trim_start();
        let rest = rest.strip_prefix(['：', ':'])?.trim();
        (!rest.is_empty()).then_some(rest)
    });
    let name_label = texts.iter().map(|t| label(t)).find(|l| matches!(&**l, "项目名称" | "专项资金名称" | "资金名称"));
    if name_label.is_some() || named_in_cell.is_some() {
        let key = name_label.map_or_else(|| "项目名称".to_string(), |k| k.to_string());
        pre.project.name = named_in_cell.or_else(|| next(&key)).unwrap_or_default().to_string();
        // the unit may share the row (`项目名称 | XX | 主管部门 | YY`)
        if let Some(key) = unit_label {
            pre.project.unit = next(&key).map(budget_unit);
        }
    } else if let Some(key) = unit_label {
        pre.project.unit = next(&key).map(budget_unit);
    } else if matches!(&*first, "年度" | "预算年度" | "项目年度") {
        // `年度 | 2025`: the year, as a title would give it
        if let Some(y) = next(&first).map(|v| v.trim().trim_end_matches('年')) {
            pre.titles.push(format!("{y}年"));
        }
    } else if super::docx_head::is_goals_label(&first) {
        // `年度总体目标 | 完成500人的培训…`: the goals, a line each
        let at = row.cells.iter().position(|c| label(&c.text) == first).map_or(row.cells.len(), |i| i + 1);
        pre.project.goals.extend(goal_lines(&row.cells[at..]));
        pre.goals_open = true;
    } else if is_budget_row(&first) {
        let mut money = Money { budget: &mut pre.project.budget, stated: &mut pre.money_stated };
        pre.block = budget_row(&row.cells, &mut money, notes);
    } else if stated.is_none() {
        let shown: Vec<&str> = texts.into_iter().filter(|t| !t.is_empty()).collect();
        let shown = shown.join(" | ");
        pre.titles.push(shown.clone());
        let (zh, en) = if pre.after_table {
            (format!("表格之间或下方的行未读取：“{shown}”"), format!("row between or under the tables not read: `{shown}`"))
        } else {
            (format!("表头上方的行未读取：“{shown}”"), format!("row above the header not read: `{shown}`"))
        };
        notes.push(Diagnostic::new(Code::SkippedRow, row.line, Message::chinese(zh).english(en)));
    }
}

/// Adds a finished project.
fn finish(draft: Option<Draft>, out: &mut Imported) {
    let Some(mut d) = draft else { return };
    if d.project.name.is_empty() {
        d.notes.push(
            Diagnostic::new(
                Code::NoName,
                d.line,
                Message::chinese("未给出项目名称，项目没有名称").english("no 项目名称 given; the project has no name"),
            )
            .with_field("项目名称"),
        );
    }
    d.notes.flush(Some(out.projects.len()), &mut out.diagnostics);
    out.projects.push(d.project);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a [`Beside`] reader is told, row by row.
    #[derive(Default)]
    struct Told(Vec<(usize, String)>);

    impl Beside for Told {
        fn row(&mut self, row: &Row<'_>, seen: Seen<'_>) {
            let what = match seen {
                Seen::Preamble => "preamble".to_string(),
                Seen::Header(c) => format!("header of {}", c.columns.len()),
                Seen::Indicator { project, index, indicator, .. } => {
                    // the reader may keep what it does not read in the indicator
                    indicator.extra.insert("seen".into(), row.line.to_string());
                    format!("indicator {project}.{index} {}", indicator.name)
                }
                Seen::Unread(_) => "unread".to_string(),
                Seen::End => "end".to_string(),
            };
            self.0.push((row.line, what));
        }
    }

    #[test]
    fn a_reader_beside_is_told_of_every_row_once() {
        let text = "项目名称\t甲\n\n三级指标\t指标值\t1-7月执行情况\n培训人数\t≥2万人\t9000人\n指标2\t\t\n总分\t\t\n注：说明\n\
                    项目名称\t乙\n三级指标\t指标值\t1-7月执行情况\n覆盖率\t≥95%\t90%\n";
        let (rows, notes) = text_rows(text).unwrap();
        let mut told = Told::default();
        let doc = read_all(&rows, notes, Some(&mut told)).unwrap();
        let seen: Vec<(usize, &str)> = told.0.iter().map(|(l, w)| (*l, w.as_str())).collect();
        assert_eq!(
            seen,
            [
                (1, "preamble"),
                (3, "header of 3"),
                (4, "indicator 0.0 培训人数"),
                (5, "unread"),
                (6, "end"),
                (7, "preamble"),
                (8, "preamble"),
                (9, "header of 3"),
                (10, "indicator 1.0 覆盖率"),
            ]
        );
        // the monitoring column is the reader's: not kept in `extra`, nor noted as an extra column
        let first = &doc.projects[0].indicators[0];
        assert_eq!(first.extra.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect::<Vec<_>>(), [("seen", "4")]);
        assert!(doc.diagnostics.iter().all(|d| d.code() != Code::ExtraColumn), "{:#?}", doc.diagnostics);
        // read alone, the table keeps it and says so
        let alone = parse(text).unwrap();
        assert_eq!(alone.projects[0].indicators[0].extra.get("1-7月执行情况").map(String::as_str), Some("9000人"));
        assert_eq!(alone.diagnostics.iter().filter(|d| d.code() == Code::ExtraColumn).count(), 2);
    }
}
