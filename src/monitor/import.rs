//! Monitoring tables (绩效监控表) from TSV or CSV, and from workbooks with `parse_xlsx`
//! (feature `xlsx`).
//!
//! A monitoring table is a target table with more columns: the indicator columns are read as
//! [`crate::import::table::parse`] reads them (一级/二级/三级指标, 年度指标值 / 指标值, a 项目名称
//! column that splits projects, the rows above the header), and beside them:
//!
//! | header (spaces and a trailing `(万元)` ignored) | read into |
//! |---|---|
//! | `1-7月执行情况`, `1—7月完成值`, `截至7月底完成情况`, `当前完成值`, `累计完成值` | [`Progress::completed`] |
//! | `全年预计完成情况`, `全年预计完成值`, `预计全年完成情况` | [`Progress::forecast`] |
//! | `偏差原因分析`, `偏差原因`, `原因分析` | [`Progress::reasons`] |
//! | `完成目标可能性`, `完成可能性`, `目标完成可能性` | [`Progress::possibility`] |
//! | `纠偏措施`, `改进措施`, `纠偏措施/备注`; `备注` | [`Progress::remedy`]; [`Progress::note`] |
//! | `是否需要整改`; `整改要求` | [`Progress::rectify`]; [`Progress::rectification`] |
//! | `年初预算数`, `全年预算数`, `预算数`; `1-7月执行数`, `执行数`; `执行率`; `全年预计执行数`; `预算执行偏差原因`; `预算执行纠偏措施` | the project's [`BudgetProgress`] (the first value of each project's rows) |
//!
//! Rows above the header may give the same budget fields as `label, value` pairs (for a file
//! of one project), and `年度` (the project's year, for deadlines), `监控月份`, `年度总体目标`,
//! `1-7月实际完成情况` (the goals' progress) and `总体目标完成进度` (goal completion in percent).
//!
//! The month reported is the one given, else the one a header names (`1-7月执行情况` is July);
//! a header that names another month than the one given is reported. A progress or forecast
//! that does not parse is kept as written and reported (the summary flags it too); an answer
//! the form does not allow (完成可能性 `大概`) is kept in the indicator's `extra` and reported.
//!
//! ```
//! let tsv = "年度\t2025\n预算数\t30.00\n1-7月执行数\t18.00\n\
//!            一级指标\t二级指标\t三级指标\t年度指标值\t1-7月执行情况\t偏差原因分析\t完成可能性\n\
//!            产出指标\t数量指标\t完成工作目标\t≥3份\t1份\t人员保障：人员调整\t有可能\n";
//! let doc = jixiao::monitor::import::parse(tsv, None)?;
//! let r = &doc.reports[0];
//! assert_eq!((r.month(), r.project.year()), (7, Some(2025)));
//! assert_eq!(r.budget.executed, Some("18.00".parse()?));
//! assert_eq!(r.progress()[0].completed.as_deref(), Some("1份"));
//! assert_eq!(r.progress()[0].possibility, Some(jixiao::monitor::Possibility::Possible));
//! assert!(r.project.indicators[0].extra.is_empty());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod file;
#[cfg(feature = "xlsx")]
mod workbook;

use crate::message::Message;
use rust_decimal::Decimal;

use super::error::{check_month, MonitorError};
use super::reason::{Possibility, Reasons};
use super::report::{BudgetProgress, Progress, Report};
use crate::actual::Actual;
use crate::import::rows::{self, MonitorColumn as M, Role, TextRow};
use crate::import::{table, Code, Diagnostic};
use crate::quantity::Quantity;
use crate::text::{fold_label, trim};

pub use file::{parse_bytes, parse_file};
#[cfg(feature = "xlsx")]
pub use workbook::parse_xlsx;

/// Imported monitoring tables (监控表导入结果): a report per project, and what the importer
/// noticed.
///
/// ```
/// let doc = jixiao::monitor::import::parse(include_str!("../../data/monitor-tianjin-2025-07.tsv"), None)?;
/// assert_eq!((doc.reports.len(), doc.diagnostics.len()), (4, 0));
/// let r = &doc.reports[0];
/// assert_eq!((r.month(), r.project.year()), (7, Some(2025))); // from 1-7月执行情况 and 年度
/// assert_eq!(r.progress_of(0).unwrap().completed.as_deref(), Some("300个"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ImportedReports {
    /// One report per project, in document order.
    pub reports: Vec<Report>,
    /// What the importer noticed, by line; `project` is an index in `reports`.
    #[cfg_attr(feature = "serde", serde(default))]
    pub diagnostics: Vec<Diagnostic>,
}

/// The fields rows above the header may give.
#[derive(Default)]
struct Preamble {
    budget: BudgetProgress,
    year: Option<(u16, usize)>,
    month: Option<(u8, usize)>,
    /// The header month a label names (`1-7月执行数`), with its line and text.
    months: Vec<(u8, usize, String)>,
    goals: Vec<String>,
    goal_progress: Option<String>,
    goal_completion: Option<Decimal>,
    /// Whether `执行数` was read, which the target importer takes for 全年执行数.
    executed_label: bool,
    /// Lines whose first label was read, and the cells read, by line.
    read: Vec<(usize, String)>,
    first_read: Vec<usize>,
    /// The columns of a funds block (`项目资金 | 年初预算数 | 1-6月执行数 | 全年预计执行数`), by
    /// cell position, whose total row (`年度资金总额`) follows.
    block: Option<Vec<(usize, M)>>,
}

/// What a label above the header gives.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Column(M),
    Year,
    Month,
    Goals,
    GoalCompletion,
    Remark,
}

/// Whether `header` names a column of monitoring (`1-7月执行情况`, `1—7月完成值`,
/// `全年预计完成情况`, `1-7月执行数`, `偏差原因分析` …), as this importer reads it: a target
/// table keeps such columns in each row's `extra`, which tells a monitoring table from it.
///
/// ```
/// use jixiao::monitor::import::is_monitoring_column;
/// assert!(is_monitoring_column("1-7月执行情况") && is_monitoring_column("1—7月完成值"));
/// assert!(!is_monitoring_column("指标值") && !is_monitoring_column("备注说明"));
/// ```
pub fn is_monitoring_column(header: &str) -> bool {
    matches!(rows::role(header), Some(Role::Monitor(_)))
}

fn field(label: &str) -> Option<Field> {
    let f = fold_label(label);
    Some(match &*f {
        "年度" | "预算年度" | "项目年度" | "监控年度" => Field::Year,
        "监控月份" | "报告月份" | "月份" | "监控期间" => Field::Month,
        "年度总体目标" | "总体目标" => Field::Goals,
        "总体目标完成情况" | "年度总体目标完成情况" | "目标完成情况" => Field::Column(M::Progress),
        "总体目标完成进度" | "目标完成进度" | "总体目标完成率" => Field::GoalCompletion,
        "说明" => Field::Remark,
        _ => match rows::role(&f) {
            Some(Role::Monitor(c)) => Field::Column(c),
            _ => return None,
        },
    })
}

/// Reads monitoring tables: the target importer's projects, with each row's progress.
///
/// `month` is the month reported (1–12); `None` takes it from a header such as
/// `1-7月执行情况`.
///
/// ```
/// use jixiao::monitor::{import, Light, Profile};
/// let text = "项目名称\t培训项目\n三级指标\t年度指标值\t1-7月执行情况\n培训人数\t≥2万人\t9000人\n";
/// let doc = import::parse(text, None)?;
/// let s = Profile::central().monitor(&doc.reports[0]);
/// assert_eq!(s.month, 7);
/// assert_eq!(s.items[0].signal.as_ref().unwrap().light, Light::Yellow); // 9000 ÷ (2万 × 7/12) = 77.14
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`MonitorError::InvalidMonth`], [`MonitorError::NoMonth`] when neither `month` nor the table
/// names one, and [`MonitorError::Import`] for input that is no table at all.
pub fn parse(input: &str, month: Option<u8>) -> Result<ImportedReports, MonitorError> {
    if let Some(m) = month {
        check_month(m)?;
    }
    let (doc, lines) = table::parse_lines(input).map_err(MonitorError::Import)?;
    let rows = rows::rows(input).map_err(MonitorError::Import)?;
    let mut notes = Vec::new();
    let start = rows.iter().position(|r| r.header).unwrap_or(rows.len());
    let mut pre = Preamble::default();
    for row in &rows[..start] {
        pre.read(row, &mut notes);
    }
    let mut projects = doc.projects;
    // each indicator by the line of its row: rows the target importer skipped (a template's
    // empty slot) match none
    let slot_of: std::collections::HashMap<usize, (usize, usize)> =
        lines.iter().enumerate().flat_map(|(p, ls)| ls.iter().enumerate().map(move |(i, l)| (*l, (p, i)))).collect();
    let mut budgets = vec![BudgetProgress::default(); projects.len()];
    let mut progress: Vec<Vec<Progress>> = vec![Vec::new(); projects.len()];
    let mut months = std::mem::take(&mut pre.months);
    let mut columns: Vec<(Option<Role>, String)> = Vec::new();
    // rows with progress written that no indicator was read from
    let mut data = 0usize;
    for row in &rows[start..] {
        if row.header {
            columns = row.cells.iter().map(|(_, t)| (rows::role(t), t.trim().to_string())).collect();
            months.extend(row.cells.iter().filter_map(|(line, t)| rows::month_of(t).map(|m| (m, *line, t.trim().to_string()))));
            if !columns.iter().any(|(r, _)| *r == Some(Role::Monitor(M::Progress))) {
                notes.push(Diagnostic::new(
                    Code::NoProgressColumn,
                    row.line,
                    Message::chinese("表头没有执行情况列（1-X月执行情况／当前完成值），无法亮灯")
                        .english("the header has no progress column (1-X月执行情况 / 当前完成值): no indicator can be lit"),
                ));
            }
            continue;
        }
        if row.past_end {
            continue;
        }
        // the indicator the target importer read from this row, if any
        let Some(&(p, i)) = slot_of.get(&row.line) else {
            let progress_written = row
                .cells
                .iter()
                .enumerate()
                .any(|(c, (_, t))| matches!(columns.get(c), Some((Some(Role::Monitor(_)), _))) && !trim(t).is_empty());
            data += usize::from(progress_written);
            continue;
        };
        let ind = &mut projects[p].indicators[i];
        let mut prog = Progress::new(i);
        let mut row_notes = Vec::new();
        for (c, (line, text)) in row.cells.iter().enumerate() {
            let Some((Some(Role::Monitor(col)), header)) = columns.get(c) else { continue };
            let text = trim(text);
            if text.is_empty() {
                continue;
            }
            ind.extra.remove(header);
            let at = |code, m: Msg| {
                Diagnostic::new(code, *line, Message::chinese(format!("{header}：{}", m.zh)).english(format!("{header}: {}", m.en)))
                    .at_cell(c + 1)
                    .with_field(header.clone())
            };
            match cell(*col, text, &mut prog, &mut budgets[p]) {
                Ok(None) => {}
                Ok(Some(warning)) => row_notes.push(at(Code::MonitoringValue, warning)),
                Err(why) => {
                    ind.extra.insert(header.clone(), text.to_string());
                    row_notes.push(at(Code::BadMonitoringValue, why));
                }
            }
        }
        for mut d in row_notes {
            d.project = Some(p);
            notes.push(d);
        }
        progress[p].push(prog);
    }
    if data > 0 {
        // the rows and the target importer's indicators do not line up: say so, never guess
        notes.push(Diagnostic::new(
            Code::UnmatchedRows,
            rows.last().map_or(0, |r| r.line),
            Message::chinese(format!("有{data}行未能对应到指标，其执行情况未读取"))
                .english(format!("{data} rows were not matched to an indicator; their progress is not read")),
        ));
    }
    let month = resolve_month(month, &months, pre.month, &mut notes)?;
    let single = projects.len() == 1;
    let mut diagnostics: Vec<Diagnostic> = doc.diagnostics.into_iter().filter(|d| !pre.covers(d)).collect();
    if !single && pre.has_project_fields() {
        notes.push(Diagnostic::new(
            Code::UnusedPreamble,
            pre.read.first().map_or(1, |r| r.0),
            Message::chinese(format!("表头以上的行给出的是一个项目的预算和目标，而表中有{}个项目：未使用", projects.len())).english(
                format!(
                    "the rows above the header give one project's budget and goals, and the table holds {}: they are not used",
                    projects.len()
                ),
            ),
        ));
    }
    let mut reports = Vec::with_capacity(projects.len());
    for (mut project, (mut budget, prog)) in projects.drain(..).zip(budgets.into_iter().zip(progress)) {
        if let Some((y, line)) = pre.year {
            if let Err(e) = project.set_year(y) {
                notes.push(
                    Diagnostic::new(
                        Code::BadMonitoringValue,
                        line,
                        Message::chinese(format!("年度“{y}”：{}", e.zh())).english(format!("年度 `{y}`: {e}")),
                    )
                    .with_field("年度"),
                );
            }
        }
        if single {
            fill(&mut budget, &pre.budget);
            if pre.executed_label {
                // `执行数` above the header is the amount so far, not 全年执行数
                project.budget.executed = None;
            }
            if project.goals.is_empty() {
                project.goals.clone_from(&pre.goals);
            }
        }
        if project.budget.total.is_none() {
            // a 预算数 column is the project's budget too
            project.budget.total = budget.budget;
        }
        let mut report = Report::new(project, month)?;
        report.budget = budget;
        for p in prog {
            report.set_progress(p);
        }
        if single {
            report.goal_progress.clone_from(&pre.goal_progress);
            report.goal_completion = pre.goal_completion;
        }
        reports.push(report);
    }
    diagnostics.append(&mut notes);
    diagnostics.sort_by_key(|d| d.line);
    Ok(ImportedReports { reports, diagnostics })
}

/// A message in English and Chinese.
struct Msg {
    en: String,
    zh: String,
}

fn msg(en: String, zh: String) -> Msg {
    Msg { en, zh }
}

/// Reads one monitoring cell. `Ok(Some(_))` is a warning about a value read; `Err` a value
/// not read.
fn cell(col: M, text: &str, prog: &mut Progress, budget: &mut BudgetProgress) -> Result<Option<Msg>, Msg> {
    let owned = || Some(text.to_string());
    match col {
        M::Progress | M::Forecast => {
            let slot = if col == M::Progress { &mut prog.completed } else { &mut prog.forecast };
            *slot = owned();
            // kept as written either way: the summary flags what does not parse
            return match Actual::parse(text) {
                Ok(_) => Ok(None),
                Err(e) => Ok(Some(msg(format!("`{text}` does not parse: {e}"), format!("“{text}”无法解析：{}", e.zh())))),
            };
        }
        M::Reason => prog.reasons = Some(Reasons::from_text(text)),
        M::Possibility => {
            let p = Possibility::parse(text).map_err(|_| {
                msg(
                    format!("`{text}` is not 确定能, 有可能 or 完全不可能; kept in `extra`"),
                    format!("“{text}”不是确定能、有可能或完全不可能；保留在 extra 中"),
                )
            })?;
            prog.possibility = Some(p);
        }
        M::Remedy => prog.remedy = owned(),
        M::Note => prog.note = owned(),
        M::Rectify => {
            let answer = yes_no(text).ok_or_else(|| {
                msg(format!("`{text}` is not 是 or 否; kept in `extra`"), format!("“{text}”不是“是”或“否”；保留在 extra 中"))
            })?;
            prog.rectify = Some(answer);
        }
        M::Rectification => prog.rectification = owned(),
        M::Budget | M::Executed | M::BudgetForecast | M::Rate => {
            let value =
                if col == M::Rate { percent(text)? } else { rows::amount(text).map_err(|(en, zh)| msg(en, zh))?.map(|v| (v, None)) };
            let Some((value, warning)) = value else { return Ok(None) };
            let slot = match col {
                M::Budget => &mut budget.budget,
                M::Executed => &mut budget.executed,
                M::BudgetForecast => &mut budget.forecast,
                _ => &mut budget.rate,
            };
            match *slot {
                None => *slot = Some(value),
                Some(first) if first != value => {
                    return Ok(Some(msg(
                        format!("`{text}` differs from {first} in an earlier row of the project; {first} is used"),
                        format!("“{text}”与该项目前面一行的{first}不同；按{first}计"),
                    )))
                }
                Some(_) => {}
            }
            return Ok(warning);
        }
        M::BudgetReason => {
            budget.reasons.get_or_insert_with(|| Reasons::from_text(text));
        }
        M::BudgetRemedy => {
            budget.remedy.get_or_insert_with(|| text.to_string());
        }
    }
    Ok(None)
}

/// A rate in percent: `52.49%`, or a bare number taken as percent (with a warning when it
/// may be a fraction: `0.52`).
fn percent(text: &str) -> Result<Option<(Decimal, Option<Msg>)>, Msg> {
    if rows::amount(text) == Ok(None) {
        return Ok(None);
    }
    let q = Quantity::parse(text).map_err(|e| msg(format!("`{text}` is not a rate: {e}"), format!("“{text}”不是比率：{}", e.zh())))?;
    let v = q.normalized();
    if q.unit().is_percentage() && q.unit().to_string() == "%" {
        Ok(Some((v, None)))
    } else if q.unit().is_none() {
        let warning = (v.abs() <= Decimal::ONE).then(|| {
            msg(format!("`{text}` has no %: read as {v}%, not as a fraction"), format!("“{text}”没有百分号：按{v}%读取，而非小数"))
        });
        Ok(Some((v, warning)))
    } else {
        Err(msg(format!("`{text}` is not a rate in %"), format!("“{text}”不是百分比")))
    }
}

/// 是 / 否 as 是否需要整改 answers them.
fn yes_no(text: &str) -> Option<bool> {
    match &*fold_label(text) {
        "是" | "需要" | "需整改" | "需要整改" | "有" => Some(true),
        "否" | "不需要" | "无需" | "无需整改" | "不需要整改" | "无" => Some(false),
        _ => None,
    }
}

/// Fills the budget fields a project's rows left empty from the rows above the header.
fn fill(budget: &mut BudgetProgress, from: &BudgetProgress) {
    budget.budget = budget.budget.or(from.budget);
    budget.executed = budget.executed.or(from.executed);
    budget.rate = budget.rate.or(from.rate);
    budget.forecast = budget.forecast.or(from.forecast);
    if budget.reasons.is_none() {
        budget.reasons.clone_from(&from.reasons);
    }
    if budget.remedy.is_none() {
        budget.remedy.clone_from(&from.remedy);
    }
}

/// The month reported: the one given, else the first a header or label names, else a
/// `监控月份` row.
fn resolve_month(
    given: Option<u8>,
    named: &[(u8, usize, String)],
    row: Option<(u8, usize)>,
    notes: &mut Vec<Diagnostic>,
) -> Result<u8, MonitorError> {
    let month = given.or(named.first().map(|n| n.0)).or(row.map(|r| r.0)).ok_or(MonitorError::NoMonth)?;
    for (m, line, header) in named.iter().filter(|n| n.0 != month) {
        notes.push(
            Diagnostic::new(
                Code::OtherMonth,
                *line,
                Message::chinese(format!("“{header}”写的是1–{m}月，而监控月份是{month}月；按{month}月计"))
                    .english(format!("`{header}` names 1–{m}月, and the month reported is {month}; {month} is used")),
            )
            .with_field(header.clone()),
        );
    }
    Ok(month)
}

impl Preamble {
    /// Reads the head of a funds block, or its total row; true when the row was one.
    fn block_row(&mut self, row: &TextRow, notes: &mut Vec<Diagnostic>) -> bool {
        let budget_column = |t: &str| match field(t) {
            Some(Field::Column(m @ (M::Budget | M::Executed | M::BudgetForecast | M::Rate))) => Some(m),
            _ => None,
        };
        let columns: Vec<(usize, M)> =
            row.cells.iter().enumerate().filter_map(|(c, (_, t))| budget_column(trim(t)).map(|m| (c, m))).collect();
        let numbers = row.cells.iter().any(|(_, t)| rows::amount(trim(t)).is_ok_and(|v| v.is_some()));
        if columns.len() >= 2 && !numbers {
            for (c, _) in &columns {
                if let Some((line, t)) = row.cells.get(*c) {
                    if let Some(m) = rows::month_of(t) {
                        self.months.push((m, *line, t.trim().to_string()));
                    }
                }
            }
            self.block = Some(columns);
            self.first_read.push(row.line);
            return true;
        }
        let Some(block) = self.block.clone() else { return false };
        let first = row.cells.iter().map(|(_, t)| fold_label(t)).find(|l| !l.is_empty()).unwrap_or_default();
        if !matches!(&*first, "年度资金总额" | "资金总额" | "总额" | "合计" | "项目资金总额") {
            // the parts of the funds (其中：…) are not kept; anything else ends the block
            let part = first.starts_with("其中") || first.ends_with("资金");
            if !part {
                self.block = None;
            }
            return part;
        }
        self.first_read.push(row.line);
        for (c, col) in block {
            let Some((line, text)) = row.cells.get(c) else { continue };
            let text = trim(text);
            if text.is_empty() {
                continue;
            }
            self.read.push((*line, text.to_string()));
            let mut unused = Progress::default();
            if let Err(e) = cell(col, text, &mut unused, &mut self.budget) {
                notes.push(Diagnostic::new(Code::BadMonitoringValue, *line, Message::chinese(e.zh).english(e.en)));
            }
        }
        true
    }

    /// Reads the `label, value` pairs of a row above the header that it knows.
    fn read(&mut self, row: &TextRow, notes: &mut Vec<Diagnostic>) {
        if self.block_row(row, notes) {
            return;
        }
        let cells: Vec<(usize, &str)> = row.cells.iter().map(|(l, t)| (*l, trim(t))).filter(|(_, t)| !t.is_empty()).collect();
        let mut i = 0;
        while let Some(&(line, label)) = cells.get(i) {
            let Some(f) = field(label) else {
                i += 1;
                continue;
            };
            if i == 0 {
                self.first_read.push(row.line);
            }
            self.read.push((line, label.to_string()));
            if let Some(m) = rows::month_of(label) {
                self.months.push((m, line, label.to_string()));
            }
            let value = cells.get(i + 1).filter(|(_, v)| field(v).is_none()).copied();
            i += if value.is_some() { 2 } else { 1 };
            let Some((vline, text)) = value else { continue };
            self.read.push((vline, text.to_string()));
            let mut bad = |what: Msg| {
                notes.push(
                    Diagnostic::new(
                        Code::BadMonitoringValue,
                        vline,
                        Message::chinese(format!("{label}：{}", what.zh)).english(format!("{label}: {}", what.en)),
                    )
                    .with_field(label),
                )
            };
            match f {
                Field::Year => match text.trim_end_matches('年').parse::<u16>() {
                    Ok(y) => self.year = Some((y, vline)),
                    Err(_) => bad(msg(format!("`{text}` is not a year"), format!("“{text}”不是年份"))),
                },
                Field::Month => match rows::month_of(&format!("1-{}执行情况", text.trim_start_matches("1-")))
                    .or_else(|| text.trim_end_matches('月').parse().ok())
                {
                    Some(m) if (1..=12).contains(&m) => self.month = Some((m, vline)),
                    _ => bad(msg(format!("`{text}` is not a month 1–12"), format!("“{text}”不是1–12月"))),
                },
                Field::Goals => self.goals.extend(text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string)),
                Field::GoalCompletion => match percent(text) {
                    Ok(v) => self.goal_completion = v.map(|v| v.0),
                    Err(e) => bad(e),
                },
                Field::Remark => {}
                Field::Column(M::Progress) => self.goal_progress = Some(text.to_string()),
                Field::Column(col) => {
                    if col == M::Executed && fold_label(label) == "执行数" {
                        self.executed_label = true;
                    }
                    let mut unused = Progress::default();
                    match cell(col, text, &mut unused, &mut self.budget) {
                        Ok(None) => {}
                        Ok(Some(w)) => notes.push(
                            Diagnostic::new(
                                Code::MonitoringValue,
                                vline,
                                Message::chinese(format!("{label}：{}", w.zh)).english(format!("{label}: {}", w.en)),
                            )
                            .with_field(label),
                        ),
                        Err(e) => bad(e),
                    }
                }
            }
        }
    }

    /// Whether the rows above the header give fields of one project (budget, goals).
    fn has_project_fields(&self) -> bool {
        let b = &self.budget;
        b.budget.is_some()
            || b.executed.is_some()
            || b.rate.is_some()
            || b.forecast.is_some()
            || b.reasons.is_some()
            || b.remedy.is_some()
            || !self.goals.is_empty()
            || self.goal_progress.is_some()
            || self.goal_completion.is_some()
    }

    /// Whether a note of the target importer is about a row, cell or column read here.
    fn covers(&self, d: &Diagnostic) -> bool {
        let about = |text: &str| self.read.iter().any(|(line, t)| *line == d.line && text == t);
        let monitoring_column = d.field.as_deref().is_some_and(|f| matches!(rows::role(f), Some(Role::Monitor(_))));
        match d.code() {
            Code::ExtraColumn => monitoring_column,
            Code::SkippedRow => self.first_read.contains(&d.line),
            // the cell is named in the message (`unexpected cell `…` in the budget row`)
            Code::UnexpectedBudgetCell => d.en().split('`').nth(1).is_some_and(about),
            _ => false,
        }
    }
}
