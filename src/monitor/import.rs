//! Monitoring tables (绩效监控表), from any file: [`parse_file`] and [`parse_bytes`] read a
//! `.docx` (feature `docx`), an `.xlsx` or `.xls` (feature `xlsx`), or TSV or CSV text in any
//! encoding the target importer reads; [`parse`] reads TSV or CSV text, and `parse_xlsx`
//! (feature `xlsx`) a workbook.
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
//! Each file is split into rows of cells once, in the target importer's table model (a
//! workbook's sheets and a Word document's tables as they are, merged cells and all), and each
//! row is read once: the target importer reads the indicator from it and hands the row on to
//! this importer, which reads the monitoring cells of the same row. An indicator's progress is
//! so always its own row's. The monitoring columns are read here, not kept in the indicators'
//! `extra` (as [`crate::import`] keeps them when it reads the same table).
//!
//! The month reported is the one given, else the one a header names (`1-7月执行情况` is July);
//! a header that names another month than the one given is reported. A progress or forecast
//! that does not parse is kept as written and reported (the summary flags it too); an answer
//! the form does not allow (完成可能性 `大概`) is kept in the indicator's `extra` and reported.
//! A 指标值 cell merged across the progress (or forecast) column is read as the progress too
//! when it is a statement (`开展…工作，举办活动5场`: the light takes a progress that repeats a
//! qualitative target as stated), and not when it is a number or a date, which would be judged
//! against itself; either way it is reported.
//!
//! A cell merged down over several rows (one 偏差原因分析 for a block of indicators, one
//! 完成目标可能性 for two) is each row's: the reasons, answers and remarks are read in every row
//! the region covers, and so is a progress or forecast that is a statement (`已开展宣传活动`); a
//! figure (`1.2万人` over two indicators) is read for the first row only. Each cell read
//! from above, or not, is reported (I038).
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
//!
//! [`Progress::completed`]: super::Progress::completed
//! [`Progress::forecast`]: super::Progress::forecast
//! [`Progress::reasons`]: super::Progress::reasons
//! [`Progress::possibility`]: super::Progress::possibility
//! [`Progress::remedy`]: super::Progress::remedy
//! [`Progress::note`]: super::Progress::note
//! [`Progress::rectify`]: super::Progress::rectify
//! [`Progress::rectification`]: super::Progress::rectification
//! [`BudgetProgress`]: super::BudgetProgress

#[cfg(feature = "docx")]
mod document;
mod file;
mod preamble;
mod reader;
mod value;
#[cfg(feature = "xlsx")]
mod workbook;

use crate::message::Message;

use super::error::{check_month, MonitorError};
use super::report::Report;
use crate::import::rows::{self, Role, Row};
use crate::import::{Code, Diagnostic};
use reader::Reader;
use value::fill;

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
    let (rows, notes) = rows::text_rows(input).map_err(MonitorError::Import)?;
    read(&rows, notes, month)
}

/// Reads the rows of one text, sheet or document, with the `notes` made splitting it into
/// rows; `month`, if given, is checked.
///
/// # Errors
/// As [`parse`]; [`MonitorError::Import`] with [`crate::import::ImportError::NotRecognised`]
/// when no row is a header.
fn read(rows: &[Row<'_>], notes: Vec<Diagnostic>, month: Option<u8>) -> Result<ImportedReports, MonitorError> {
    let mut reader = Reader::default();
    let doc = rows::read_all(rows, notes, Some(&mut reader)).map_err(MonitorError::Import)?;
    reader.finish();
    let Reader { sections, months: header_months, mut notes, progress, budgets, unmatched, last_line, .. } = reader;
    let mut projects = doc.projects;
    if unmatched > 0 {
        // rows with progress written that gave no indicator: say so, never guess
        notes.push(Diagnostic::new(
            Code::UnmatchedRows,
            last_line,
            Message::chinese(format!("有{unmatched}行未能对应到指标，其执行情况未读取"))
                .english(format!("{unmatched} rows were not matched to an indicator; their progress is not read")),
        ));
    }
    // the month and year a file gives once, above its first table, hold for every table
    let mut months: Vec<(u8, usize, String)> = sections.iter().flat_map(|s| s.pre.months.iter().cloned()).collect();
    months.extend(header_months);
    let month = resolve_month(month, &months, sections.iter().find_map(|s| s.pre.month), &mut notes)?;
    let first_year = sections.iter().find_map(|s| s.pre.year);
    // each project's table's preamble: the one it was read under, or, for a header with no
    // rows under it (a project without indicators), the next preamble no table took
    let mut spare = sections.iter().enumerate().filter(|(_, s)| s.projects.is_empty()).map(|(i, _)| i);
    let of_project: Vec<Option<usize>> =
        (0..projects.len()).map(|p| sections.iter().position(|s| s.projects.contains(&p)).or_else(|| spare.next())).collect();
    // (the rows of a preamble no table follows, under the last table, are not read: the target
    // importer's notes about them stand)
    let used = |i: &usize| of_project.contains(&Some(*i));
    let mut diagnostics: Vec<Diagnostic> =
        doc.diagnostics.into_iter().filter(|d| !(0..sections.len()).filter(used).any(|i| sections[i].pre.covers(d))).collect();
    for s in sections.iter().filter(|s| s.projects.len() > 1 && s.pre.has_project_fields()) {
        notes.push(Diagnostic::new(
            Code::UnusedPreamble,
            s.pre.read.first().map_or(1, |r| r.0),
            Message::chinese(format!("表头以上的行给出的是一个项目的预算和目标，而表中有{}个项目：未使用", s.projects.len())).english(
                format!(
                    "the rows above the header give one project's budget and goals, and the table holds {}: they are not used",
                    s.projects.len()
                ),
            ),
        ));
    }
    // by project index; a project no indicator was read from has none
    let (mut progress, mut budgets) = (progress.into_iter(), budgets.into_iter());
    let mut reports = Vec::with_capacity(projects.len());
    for (p, mut project) in projects.drain(..).enumerate() {
        let (prog, mut budget) = (progress.next().unwrap_or_default(), budgets.next().unwrap_or_default());
        // the preamble of this project's table, if it is the table's only project (a header
        // with no rows under it, the file's one project, takes the file's one preamble)
        let section = of_project[p].map(|i| &sections[i]);
        let own = section.filter(|s| s.projects.len() <= 1).map(|s| &s.pre);
        if let Some((y, line)) = section.and_then(|s| s.pre.year).or(first_year) {
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
        if let Some(pre) = own {
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
        report.set_all_progress(prog);
        if let Some(pre) = own {
            report.goal_progress.clone_from(&pre.goal_progress);
            report.goal_completion = pre.goal_completion;
        }
        reports.push(report);
    }
    diagnostics.append(&mut notes);
    diagnostics.sort_by_key(|d| d.line);
    Ok(ImportedReports { reports, diagnostics })
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
