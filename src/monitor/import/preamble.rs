//! The rows above a monitoring table's header: `label, value` pairs (年度, 监控月份, 预算数,
//! 1-7月执行数 …) and funds blocks (`项目资金 | 年初预算数 | 1-6月执行数 | 全年预计执行数` over a
//! `年度资金总额` row), for a file of one project.

use rust_decimal::Decimal;

use super::value::{cell, msg, percent, Msg};
use crate::import::rows::{self, MonitorColumn as M, Role, Row};
use crate::import::{Code, Diagnostic};
use crate::message::Message;
use crate::monitor::report::{BudgetProgress, Progress};
use crate::text::{fold_label, trim};
use crate::MoneyUnit;

/// The fields rows above the header may give.
#[derive(Default)]
pub(super) struct Preamble {
    pub(super) budget: BudgetProgress,
    pub(super) year: Option<(u16, usize)>,
    pub(super) month: Option<(u8, usize)>,
    /// The header month a label names (`1-7月执行数`), with its line and text.
    pub(super) months: Vec<(u8, usize, String)>,
    pub(super) goals: Vec<String>,
    pub(super) goal_progress: Option<String>,
    pub(super) goal_completion: Option<Decimal>,
    /// Whether `执行数` was read, which the target importer takes for 全年执行数.
    pub(super) executed_label: bool,
    /// The money unit the rows state (`单位：万元`), else 万元 as the target importer takes it:
    /// an amount written in another is converted.
    pub(super) money: MoneyUnit,
    /// Lines whose first label was read, and the cells read, by line.
    pub(super) read: Vec<(usize, String)>,
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

impl Preamble {
    /// Reads the head of a funds block, or its total row; true when the row was one.
    fn block_row(&mut self, row: &Row<'_>, notes: &mut Vec<Diagnostic>) -> bool {
        let budget_column = |t: &str| match field(t) {
            Some(Field::Column(m @ (M::Budget | M::Executed | M::BudgetForecast | M::Rate))) => Some(m),
            _ => None,
        };
        let columns: Vec<(usize, M)> =
            row.cells.iter().enumerate().filter_map(|(c, cell)| budget_column(trim(&cell.text)).map(|m| (c, m))).collect();
        let numbers = row.texts().any(|t| rows::amount(t, self.money).is_ok_and(|v| v.is_some()));
        if columns.len() >= 2 && !numbers {
            for (c, _) in &columns {
                if let Some(cell) = row.cells.get(*c) {
                    if let Some(m) = rows::month_of(&cell.text) {
                        self.months.push((m, cell.line, cell.text.trim().to_string()));
                    }
                }
            }
            self.block = Some(columns);
            self.first_read.push(row.line);
            return true;
        }
        let Some(block) = self.block.clone() else { return false };
        let first = row.cells.iter().map(|c| fold_label(&c.text)).find(|l| !l.is_empty()).unwrap_or_default();
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
            let Some(at) = row.cells.get(c) else { continue };
            let text = trim(&at.text);
            if text.is_empty() {
                continue;
            }
            self.read.push((at.line, text.to_string()));
            let mut unused = Progress::default();
            if let Err(e) = cell(col, text, &mut unused, &mut self.budget, self.money) {
                notes.push(Diagnostic::new(Code::BadMonitoringValue, at.line, Message::chinese(e.zh).english(e.en)));
            }
        }
        true
    }

    /// Reads the `label, value` pairs of a row above the header that it knows.
    pub(super) fn read(&mut self, row: &Row<'_>, notes: &mut Vec<Diagnostic>) {
        if let Some(m) = row.texts().find_map(rows::money_unit) {
            self.money = m;
        }
        if self.block_row(row, notes) {
            return;
        }
        let cells: Vec<(usize, &str)> = row.cells.iter().map(|c| (c.line, trim(&c.text))).filter(|(_, t)| !t.is_empty()).collect();
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
                    match cell(col, text, &mut unused, &mut self.budget, self.money) {
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
    pub(super) fn has_project_fields(&self) -> bool {
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
    pub(super) fn covers(&self, d: &Diagnostic) -> bool {
        let about = |text: &str| self.read.iter().any(|(line, t)| *line == d.line && text == t);
        match d.code() {
            Code::SkippedRow => self.first_read.contains(&d.line),
            // the cell is named in the message (`unexpected cell `…` in the budget row`); an
            // amount this reader reads too (and converts or reports itself) is noted once
            Code::UnexpectedBudgetCell | Code::AmountConverted | Code::BadAmount => d.en().split('`').nth(1).is_some_and(about),
            _ => false,
        }
    }
}
