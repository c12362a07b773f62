//! The monitoring columns of each row, read as the table reader reads the row: the reader is
//! told of every row with what the target importer made of it, so an indicator and its row's
//! progress come out together, and nothing is matched afterwards.

use super::preamble::Preamble;
use super::value::{self, msg, Msg};
use crate::import::rows::{self, Beside, Cell, Columns, MonitorColumn as M, Role, Row, Seen};
use crate::import::{Code, Diagnostic};
use crate::indicator::Indicator;
use crate::message::Message;
use crate::monitor::report::{BudgetProgress, Progress};
use crate::text::trim;
use crate::threshold::Threshold;
use crate::MoneyUnit;

/// The rows above one table's header (its preamble), and the projects read under that header.
#[derive(Default)]
pub(super) struct Section {
    pub(super) pre: Preamble,
    /// Indexes of the projects the table gave.
    pub(super) projects: Vec<usize>,
}

/// What the monitoring columns of a text, sheet or document give, as its rows are read.
#[derive(Default)]
pub(super) struct Reader {
    /// Each table's preamble, with its projects: the rows above the first header, then, in a
    /// file of several tables (a Word report of several projects), those above each next one.
    pub(super) sections: Vec<Section>,
    /// Whether the last section's rows are still read: no header has come under them yet.
    open: bool,
    /// Whether a header was seen: the rows above the first one are the preamble's.
    in_tables: bool,
    /// The last header's columns: each one's role and its header as written.
    columns: Vec<(Option<Role>, String)>,
    /// The line of a header whose progress column is still to be looked for: once the header's
    /// rows are all read, since the lower row of a two-row header may name it.
    unchecked: Option<usize>,
    /// Under a table's 总分 row (the notes under it), until the next header.
    past_end: bool,
    /// The months the headers name (`1-7月执行情况`), with their lines and texts.
    pub(super) months: Vec<(u8, usize, String)>,
    pub(super) notes: Vec<Diagnostic>,
    /// Each project's progress, one an indicator, and its budget figures, by project index.
    pub(super) progress: Vec<Vec<Progress>>,
    pub(super) budgets: Vec<BudgetProgress>,
    /// Rows with a monitoring cell written that gave no indicator.
    pub(super) unmatched: usize,
    /// The line of the last row read.
    pub(super) last_line: usize,
}

impl Beside for Reader {
    fn row(&mut self, row: &Row<'_>, seen: Seen<'_>) {
        self.last_line = row.line;
        if !matches!(seen, Seen::Header(_)) {
            self.check_progress_column();
        }
        match seen {
            Seen::Header(columns) => {
                self.in_tables = true;
                if self.sections.is_empty() {
                    self.sections.push(Section::default());
                }
                self.open = false;
                self.past_end = false;
                self.columns.clone_from(&columns.columns);
                self.months
                    .extend(row.cells.iter().filter_map(|c| rows::month_of(&c.text).map(|m| (m, c.line, c.text.trim().to_string()))));
                self.unchecked.get_or_insert(row.line);
            }
            Seen::Preamble if !self.in_tables => {
                self.read_preamble(row);
            }
            // a row after a table (a title, a 项目名称 row that ended it, the budget rows under
            // it): the next table's preamble; a row it reads nothing from that has monitoring
            // cells written was a table's row that gave no indicator
            Seen::Preamble => {
                if !self.open {
                    // (each table's money unit is its own, as the target importer reads its
                    // preamble: the two readers agree on every amount)
                    self.sections.push(Section::default());
                    self.open = true;
                }
                if !self.read_preamble(row) && !self.past_end && monitoring_written(row, &self.columns) {
                    self.unmatched += 1;
                }
            }
            // a table's row that gave no indicator (a template's empty slot)
            Seen::Unread(columns) => {
                if monitoring_written(row, &columns.columns) {
                    self.unmatched += 1;
                }
            }
            Seen::End => self.past_end = true,
            Seen::Indicator { columns, project, index, indicator } => self.indicator(row, columns, project, index, indicator),
        }
    }
}

impl Reader {
    /// Reads a row into the preamble being read (the first one is made for it); whether a
    /// field of it was read.
    fn read_preamble(&mut self, row: &Row<'_>) -> bool {
        if self.sections.is_empty() {
            self.sections.push(Section::default());
            self.open = true;
        }
        let Some(section) = self.sections.last_mut() else { return false };
        let before = section.pre.read.len();
        section.pre.read(row, &mut self.notes);
        section.pre.read.len() > before
    }

    /// Ends the reading: a header with no rows under it is checked too.
    pub(super) fn finish(&mut self) {
        self.check_progress_column();
    }

    /// Notes a header without a progress column, once its rows are read.
    fn check_progress_column(&mut self) {
        let Some(line) = self.unchecked.take() else { return };
        if !self.columns.iter().any(|(r, _)| *r == Some(Role::Monitor(M::Progress))) {
            self.notes.push(Diagnostic::new(
                Code::NoProgressColumn,
                line,
                Message::chinese("表头没有执行情况列（1-X月执行情况／当前完成值），无法亮灯")
                    .english("the header has no progress column (1-X月执行情况 / 当前完成值): no indicator can be lit"),
            ));
        }
    }

    /// Reads the monitoring cells of the row the `index`-th indicator of project `p` was read
    /// from. A value that is not read is kept in the indicator's `extra`, and reported.
    fn indicator(&mut self, row: &Row<'_>, columns: &Columns, p: usize, index: usize, ind: &mut Indicator) {
        if self.progress.len() <= p {
            self.progress.resize_with(p + 1, Vec::new);
            self.budgets.resize_with(p + 1, BudgetProgress::default);
        }
        if let Some(section) = self.sections.last_mut() {
            if !section.projects.contains(&p) {
                section.projects.push(p);
            }
        }
        let money = self.sections.last().map_or_else(MoneyUnit::default, |s| s.pre.money);
        let mut prog = Progress::new(index);
        for (c, cell) in row.cells.iter().enumerate() {
            let Some((Some(Role::Monitor(col)), header)) = columns.columns.get(c) else { continue };
            // a note about a merged region names the cell the region starts at
            let at_cell = |code, m: Msg, place: &Cell<'_>| {
                let mut d = Diagnostic::new(
                    code,
                    cell.line,
                    Message::chinese(format!("{header}：{}", m.zh)).english(format!("{header}: {}", m.en)),
                )
                .at_cell(place.col)
                .with_field(header.clone());
                d.project = Some(p);
                d
            };
            let mut text = trim(&cell.text);
            let from_above = cell.above.as_deref().map(trim).filter(|a| !a.is_empty() && cell.merged_from.is_none());
            if let (true, Some(a)) = (text.is_empty(), from_above) {
                let Some(read_here) = rows::merged_down_read(Some(Role::Monitor(*col)), a) else { continue };
                let (en, zh) = rows::merged_down_words(a, read_here);
                self.notes.push(at_cell(Code::MergedDown, msg(en, zh), cell));
                if !read_here {
                    continue;
                }
                text = a;
            } else if text.is_empty() {
                match merged_target(row, columns, cell.merged_from, *col, ind) {
                    Merged::Nothing => continue,
                    Merged::Statement(start, statement) => {
                        text = statement;
                        let m = msg(
                            "merged with the 指标值 cell: its statement is read here too".to_string(),
                            "与指标值单元格合并：其表述一并读作本列的值".to_string(),
                        );
                        self.notes.push(at_cell(Code::MonitoringValue, m, start));
                    }
                    Merged::Target(start, target) => {
                        let m = msg(
                            format!("merged with the 指标值 cell `{target}`, a target to measure against, not a value reached: left empty"),
                            format!("与指标值单元格“{target}”合并；该值是衡量用的目标，不是完成值：留空"),
                        );
                        self.notes.push(at_cell(Code::MonitoringValue, m, start));
                        continue;
                    }
                }
            }
            match value::cell(*col, text, &mut prog, &mut self.budgets[p], money) {
                Ok(None) => {}
                Ok(Some(warning)) => self.notes.push(at_cell(Code::MonitoringValue, warning, cell)),
                Err(why) => {
                    ind.extra.insert(header.clone(), text.to_string());
                    self.notes.push(at_cell(Code::BadMonitoringValue, why, cell));
                }
            }
        }
        self.progress[p].push(prog);
    }
}

/// Whether a row has text in a column `columns` name as a monitoring column.
fn monitoring_written(row: &Row<'_>, columns: &[(Option<Role>, String)]) -> bool {
    row.cells
        .iter()
        .enumerate()
        .any(|(c, cell)| matches!(columns.get(c), Some((Some(Role::Monitor(_)), _))) && !trim(&cell.text).is_empty())
}

/// What an empty monitoring cell that a merged region covers holds.
enum Merged<'r, 'a> {
    /// Nothing: the cell is empty, or covered by a region that holds no value of its column.
    Nothing,
    /// A 指标值 cell (the region's first) holding a statement, run over the column: read as
    /// this column's value too.
    Statement(&'r Cell<'a>, &'r str),
    /// A 指标值 cell holding a number or date target, run over the column: not read as the
    /// value reached.
    Target(&'r Cell<'a>, &'r str),
}

/// What an empty monitoring cell takes from a merged region that starts to its left
/// (`merged_from`, in the same row).
///
/// A 指标值 cell merged across the progress (or forecast) column is one text for both, as
/// published tables write a qualitative target and what was done in one statement (黄石's
/// 社会效益 row: `开展…等工作，先后举办有社会影响力的活动5场；…`): the statement is read as the
/// progress too, and the light takes a progress that repeats a qualitative target as stated.
/// A number or date target is never its own progress: a copy would light the target against
/// itself. The reasons, answers and remarks of the form are never a target's text, and a
/// region starting in another column (a name run over the row) gives no value.
fn merged_target<'r, 'a>(row: &'r Row<'a>, columns: &Columns, merged_from: Option<usize>, col: M, ind: &Indicator) -> Merged<'r, 'a> {
    let Some(from) = merged_from else { return Merged::Nothing };
    let from_value = matches!(columns.columns.get(from), Some((Some(Role::Value), _)));
    if !from_value || !matches!(col, M::Progress | M::Forecast) {
        return Merged::Nothing;
    }
    let Some(start) = row.cells.get(from) else { return Merged::Nothing };
    // the region's text: in its first row the cell's own, in a row below (a region merged down
    // and across) the text the region carries down
    let text = Some(trim(&start.text)).filter(|t| !t.is_empty()).or_else(|| start.above.as_deref().map(trim).filter(|t| !t.is_empty()));
    let Some(text) = text else { return Merged::Nothing };
    match ind.threshold() {
        Some(Threshold::Qualitative(_) | Threshold::Unread(_)) => Merged::Statement(start, text),
        _ => Merged::Target(start, text),
    }
}
