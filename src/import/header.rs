//! Column headers of indicator tables (表头): which column holds what.

use crate::message::Message;
use std::borrow::Cow;

use super::cells::Cell;
use super::diagnostic::{Code, Diagnostic};
use crate::text::{first_char, fold_label};

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// 项目名称: the project a row belongs to.
    Project,
    /// 一级指标.
    Level1,
    /// 二级指标.
    Level2,
    /// 三级指标: the indicator's name.
    Level3,
    /// 绩效指标描述 / 指标解释.
    Description,
    /// 指标值 / 年度指标值 / 年初目标值.
    Value,
    /// 指标性质: the comparator alone.
    Comparator,
    /// 度量单位 / 计量单位: the unit alone.
    Unit,
    /// 分值 / 权重.
    Weight,
    /// 实际完成值 / 全年实际值.
    Actual,
    /// 得分.
    Score,
    /// A column of a monitoring table (绩效监控表), read by [`crate::monitor::import`]; target
    /// and self-evaluation tables keep it in `extra`, as any column they do not read.
    Monitor(MonitorColumn),
}

/// The columns of a monitoring table (绩效监控表) beyond those of a target table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MonitorColumn {
    /// 1–X月执行情况 / 当前完成值: the progress so far.
    Progress,
    /// 全年预计完成情况: the year-end forecast.
    Forecast,
    /// 偏差原因分析.
    Reason,
    /// 完成目标可能性.
    Possibility,
    /// 纠偏措施.
    Remedy,
    /// 备注.
    Note,
    /// 是否需要整改.
    Rectify,
    /// 整改要求.
    Rectification,
    /// 年初预算数 / 全年预算数 (a project-level column).
    Budget,
    /// 1–X月执行数.
    Executed,
    /// 执行率.
    Rate,
    /// 全年预计执行数.
    BudgetForecast,
    /// 预算执行偏差原因.
    BudgetReason,
    /// 预算执行纠偏措施.
    BudgetRemedy,
}

impl MonitorColumn {
    /// Whether the column gives the project's budget figures (预算数, 执行数, 执行率 and their
    /// reasons), not each indicator's.
    pub(crate) fn is_project_level(self) -> bool {
        matches!(self, Self::Budget | Self::Executed | Self::Rate | Self::BudgetForecast | Self::BudgetReason | Self::BudgetRemedy)
    }
}

/// A header without spaces and without a trailing parenthesis (`分值(100分)`, `预算数（万元）`).
/// Borrowed from `header` unless a space, star or colon inside it has to go.
pub(super) fn fold(header: &str) -> Cow<'_, str> {
    let s = fold_label(header);
    let mut end = s.len();
    while let Some(head) = s.get(..end).filter(|h| h.ends_with([')', '）'])) {
        match head.rfind(['(', '（']) {
            Some(open) if open > 0 => end = open,
            _ => break,
        }
    }
    match s {
        Cow::Borrowed(b) => Cow::Borrowed(b.get(..end).unwrap_or(b)),
        Cow::Owned(mut o) => {
            if o.is_char_boundary(end) {
                o.truncate(end);
            }
            Cow::Owned(o)
        }
    }
}

/// Every header [`role`] knows, folded (no spaces, no trailing parenthesis), with its role.
/// Headers that name the months reported (`1-7月执行情况`) are read by [`split_month`].
const HEADERS: &[(&str, Role)] = &[
    ("项目名称", Role::Project),
    ("项目", Role::Project),
    ("一级指标", Role::Level1),
    ("一级指标名称", Role::Level1),
    ("二级指标", Role::Level2),
    ("二级指标名称", Role::Level2),
    ("三级指标", Role::Level3),
    ("三级指标名称", Role::Level3),
    ("指标名称", Role::Level3),
    ("绩效指标名称", Role::Level3),
    ("绩效指标描述", Role::Description),
    ("指标描述", Role::Description),
    ("指标解释", Role::Description),
    ("指标内容", Role::Description),
    ("指标说明", Role::Description),
    ("指标值", Role::Value),
    ("年度指标值", Role::Value),
    ("年初目标值", Role::Value),
    ("目标值", Role::Value),
    ("年度目标值", Role::Value),
    ("指标值及单位", Role::Value),
    ("预期指标值", Role::Value),
    ("预期目标值", Role::Value),
    ("绩效指标值", Role::Value),
    ("全年指标值", Role::Value),
    ("年度绩效指标值", Role::Value),
    ("指标性质", Role::Comparator),
    ("符号", Role::Comparator),
    ("值", Role::Value),
    ("权重占比", Role::Weight),
    ("单项指标折算得分", Role::Score),
    ("折算得分", Role::Score),
    ("指标方向", Role::Comparator),
    ("度量单位", Role::Unit),
    ("计量单位", Role::Unit),
    ("单位", Role::Unit),
    ("分值", Role::Weight),
    ("权重", Role::Weight),
    ("指标分值", Role::Weight),
    ("指标权重", Role::Weight),
    ("实际完成值", Role::Actual),
    ("全年实际值", Role::Actual),
    ("完成值", Role::Actual),
    ("实际值", Role::Actual),
    ("实际完成指标值", Role::Actual),
    ("年度实际完成值", Role::Actual),
    ("全年实际完成值", Role::Actual),
    ("全年完成值", Role::Actual),
    ("全年完成情况", Role::Actual),
    ("实际完成情况", Role::Actual),
    ("得分", Role::Score),
    ("自评得分", Role::Score),
    ("评价得分", Role::Score),
    ("实际得分", Role::Score),
    ("当前完成值", Role::Monitor(MonitorColumn::Progress)),
    ("当前完成情况", Role::Monitor(MonitorColumn::Progress)),
    ("当前执行情况", Role::Monitor(MonitorColumn::Progress)),
    ("累计完成值", Role::Monitor(MonitorColumn::Progress)),
    ("累计完成情况", Role::Monitor(MonitorColumn::Progress)),
    ("执行情况", Role::Monitor(MonitorColumn::Progress)),
    ("截至目前完成情况", Role::Monitor(MonitorColumn::Progress)),
    ("半年度指标执行情况", Role::Monitor(MonitorColumn::Progress)),
    ("半年指标执行情况", Role::Monitor(MonitorColumn::Progress)),
    ("半年度执行情况", Role::Monitor(MonitorColumn::Progress)),
    ("上半年执行情况", Role::Monitor(MonitorColumn::Progress)),
    ("全年预计完成情况", Role::Monitor(MonitorColumn::Forecast)),
    ("全年预计完成值", Role::Monitor(MonitorColumn::Forecast)),
    ("全年预计完成数", Role::Monitor(MonitorColumn::Forecast)),
    ("预计全年完成情况", Role::Monitor(MonitorColumn::Forecast)),
    ("预计全年完成值", Role::Monitor(MonitorColumn::Forecast)),
    ("全年预计完成", Role::Monitor(MonitorColumn::Forecast)),
    ("偏差原因分析", Role::Monitor(MonitorColumn::Reason)),
    ("偏差原因", Role::Monitor(MonitorColumn::Reason)),
    ("原因分析", Role::Monitor(MonitorColumn::Reason)),
    ("偏差原因说明", Role::Monitor(MonitorColumn::Reason)),
    ("偏差原因及说明", Role::Monitor(MonitorColumn::Reason)),
    ("完成目标可能性", Role::Monitor(MonitorColumn::Possibility)),
    ("完成可能性", Role::Monitor(MonitorColumn::Possibility)),
    ("目标完成可能性", Role::Monitor(MonitorColumn::Possibility)),
    ("完成目标的可能性", Role::Monitor(MonitorColumn::Possibility)),
    ("能否完成目标", Role::Monitor(MonitorColumn::Possibility)),
    ("纠偏措施", Role::Monitor(MonitorColumn::Remedy)),
    ("改进措施", Role::Monitor(MonitorColumn::Remedy)),
    ("纠偏措施/备注", Role::Monitor(MonitorColumn::Remedy)),
    ("纠偏措施及备注", Role::Monitor(MonitorColumn::Remedy)),
    ("备注", Role::Monitor(MonitorColumn::Note)),
    ("是否需要整改", Role::Monitor(MonitorColumn::Rectify)),
    ("是否整改", Role::Monitor(MonitorColumn::Rectify)),
    ("整改要求", Role::Monitor(MonitorColumn::Rectification)),
    ("年初预算数", Role::Monitor(MonitorColumn::Budget)),
    ("全年预算数", Role::Monitor(MonitorColumn::Budget)),
    ("年度预算数", Role::Monitor(MonitorColumn::Budget)),
    ("预算数", Role::Monitor(MonitorColumn::Budget)),
    ("本年预算数", Role::Monitor(MonitorColumn::Budget)),
    ("执行数", Role::Monitor(MonitorColumn::Executed)),
    ("已执行数", Role::Monitor(MonitorColumn::Executed)),
    ("截至目前执行数", Role::Monitor(MonitorColumn::Executed)),
    ("累计执行数", Role::Monitor(MonitorColumn::Executed)),
    ("执行率", Role::Monitor(MonitorColumn::Rate)),
    ("预算执行率", Role::Monitor(MonitorColumn::Rate)),
    ("全年预计执行数", Role::Monitor(MonitorColumn::BudgetForecast)),
    ("预计全年执行数", Role::Monitor(MonitorColumn::BudgetForecast)),
    ("全年预计支出", Role::Monitor(MonitorColumn::BudgetForecast)),
    ("预算执行偏差原因", Role::Monitor(MonitorColumn::BudgetReason)),
    ("执行偏差原因", Role::Monitor(MonitorColumn::BudgetReason)),
    ("资金执行偏差原因", Role::Monitor(MonitorColumn::BudgetReason)),
    ("预算执行纠偏措施", Role::Monitor(MonitorColumn::BudgetRemedy)),
    ("执行纠偏措施", Role::Monitor(MonitorColumn::BudgetRemedy)),
    ("资金执行纠偏措施", Role::Monitor(MonitorColumn::BudgetRemedy)),
];

/// Header words of a lower header row that name no column the crate reads (kept in `extra`).
const SUB_HEADERS: &[&str] =
    &["单项指标得分", "单项得分", "偏差原因分析及改进措施", "经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"];

/// The first characters of [`HEADERS`], made from the table itself, so that most cells
/// (indicator rows are tried as headers too) are turned down without folding them.
static FIRST: [u32; HEADERS.len()] = {
    let mut firsts = [0u32; HEADERS.len()];
    let mut i = 0;
    while i < firsts.len() {
        firsts[i] = first_char(HEADERS[i].0);
        i += 1;
    }
    firsts
};

/// Whether a header may start with `c`: the first character of a known header, of a header
/// naming months (`1-7月`, `截至7月`), or a mark that folding drops (`*`, `★`, a colon).
fn may_start_header(c: char) -> bool {
    FIRST.contains(&(c as u32)) || matches!(c, '1' | '１' | '2' | '２' | '上' | '去' | '调' | '截' | '*' | '★' | '：' | ':')
}

/// The role of a header, if it names one.
pub(crate) fn role(header: &str) -> Option<Role> {
    use MonitorColumn as M;
    let first = header.trim_start().chars().next()?;
    if !may_start_header(first) {
        return None;
    }
    // the columns of a mid- or long-term target beside the year's (`指标值(长期)` |
    // `指标值(年度)`) are not this year's table: kept in `extra`
    if header.contains("长期") || header.contains("中期") {
        return None;
    }
    let folded = fold(header);
    if let Some((_, rest)) = split_month(&folded) {
        return Some(Role::Monitor(match rest {
            "执行情况" | "完成情况" | "完成值" | "实际完成值" | "实际完成情况" | "指标完成情况" | "执行值" => {
                M::Progress
            }
            "执行数" | "预算执行数" | "支出数" | "实际支出" => M::Executed,
            "执行率" | "预算执行率" => M::Rate,
            _ => return None,
        }));
    }
    HEADERS.iter().find(|(h, _)| *h == folded).map(|(_, r)| *r).or_else(|| year_column(&folded).map(|(role, _)| role))
}

/// When a header names a year's value (`预期2022年实现值`, `2021年实际实现值`, `本年目标值`,
/// `上年实际值`, `调整后目标值`): its role, and the year it names (`Some(0)` for the previous
/// year, `u16::MAX` for an adjusted target, which wins over the year's first one).
fn year_column(folded: &str) -> Option<(Role, u16)> {
    let value = ["实现值", "目标值", "指标值", "完成值", "实际值", "预期值"].iter().any(|w| folded.ends_with(w));
    if !value {
        return None;
    }
    let actual = folded.contains("实际") || folded.ends_with("完成值");
    let role = if actual && !folded.contains("预期") && !folded.contains("目标") { Role::Actual } else { Role::Value };
    if folded.starts_with("上年") || folded.starts_with("去年") {
        return Some((role, 0));
    }
    if folded.starts_with("调整后") {
        return Some((role, u16::MAX));
    }
    if folded.starts_with("本年") || folded.starts_with("当年") {
        return Some((role, u16::MAX - 1));
    }
    // a written year: four digits before 年 (`2022年`, `2022年度`)
    let at = folded.find('年')?;
    let digits = folded[..at].trim_start_matches("预期").trim_start_matches("预计");
    let year: u16 = digits.get(digits.len().checked_sub(4)?..)?.parse().ok()?;
    (1990..=2100).contains(&year).then_some((role, year))
}

/// The month of a header that names the months reported: `1-7月执行情况`, `1—7月执行数`,
/// `1至7月完成值`, `截至7月底完成值` give 7. `None` for other headers, or a month outside 1–12.
pub(crate) fn month_of(header: &str) -> Option<u8> {
    split_month(&fold(header)).map(|(m, _)| m)
}

/// A folded header split after its months: (`7`, `执行情况`) for `1-7月执行情况` or
/// `截至7月底执行情况`.
fn split_month(folded: &str) -> Option<(u8, &str)> {
    let digit = |c: char| c.to_digit(10).or_else(|| ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32));
    let rest = if let Some(r) = folded.strip_prefix("截至").or_else(|| folded.strip_prefix("截止")) {
        r
    } else {
        let r = folded.strip_prefix(['1', '１'])?;
        let r = r.strip_prefix(['-', '—', '–', '－', '~', '～', '至', '到'])?;
        r.strip_prefix('—').unwrap_or(r)
    };
    let digits: String = rest.chars().take_while(|&c| digit(c).is_some()).collect();
    if digits.is_empty() || digits.chars().count() > 2 {
        return None;
    }
    let month = digits.chars().try_fold(0u32, |n, c| Some(n * 10 + digit(c)?))?;
    let rest = rest[digits.len()..].strip_prefix('月')?;
    let rest = rest.strip_prefix(['底', '末', '份']).unwrap_or(rest);
    let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
    Some((month, rest))
}

/// The role of each header cell, with the columns of several years sorted out: of the values
/// of several years (`2021年实际实现值 | 预期2022年实现值`, `上年实际值 | 本年目标值`,
/// `年初目标值 | 调整后目标值`) the target is the latest (or adjusted) year's, and an actual of an
/// earlier year than the target is kept in `extra`, never taken for this year's.
fn year_roles(cells: &[Cell<'_>]) -> Vec<Option<Role>> {
    let mut roles: Vec<Option<Role>> = cells.iter().map(|c| role(&c.text)).collect();
    let years: Vec<Option<(Role, u16)>> = cells.iter().map(|c| year_column(&fold(&c.text))).collect();
    if years.iter().flatten().count() < 2 && !cells.iter().any(|c| fold(&c.text) == "年初目标值") {
        return roles;
    }
    // `年初目标值` beside `调整后目标值`: the first target of the year
    let year_of = |i: usize| match years[i] {
        Some((_, y)) => Some(y),
        None if fold(&cells[i].text) == "年初目标值" => Some(u16::MAX - 2),
        None => None,
    };
    let target_year = (0..cells.len()).filter(|&i| roles[i] == Some(Role::Value)).filter_map(year_of).max();
    let Some(target_year) = target_year else { return roles };
    for (i, role) in roles.iter_mut().enumerate() {
        let Some(y) = year_of(i) else { continue };
        let older = y < target_year;
        if older && matches!(role, Some(Role::Value | Role::Actual)) {
            *role = None;
        }
    }
    roles
}

/// The columns of an indicator table, from its header row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Columns {
    /// Each column's role (`None` for a column kept in `extra`) and its header as written.
    pub(crate) columns: Vec<(Option<Role>, String)>,
    /// Each column's number as the user sees it (the header cell's `col`).
    cols: Vec<usize>,
}

impl Columns {
    /// Reads a header row; `None` when the cells do not look like one (a header names the
    /// indicator's name or value and at least one other known column).
    pub(super) fn from_header(cells: &[Cell<'_>]) -> Option<Columns> {
        let (mut known, mut named) = (0usize, false);
        for r in cells.iter().filter_map(|c| role(&c.text)) {
            known += 1;
            named |= matches!(r, Role::Level3 | Role::Value);
        }
        if !named || known < 2 {
            return None;
        }
        let roles = year_roles(cells);
        let mut columns = Vec::with_capacity(cells.len());
        for (cell, role) in cells.iter().zip(roles) {
            // a second column of the same role is kept as an extra column
            let role = role.filter(|r| !columns.iter().any(|(seen, _)| *seen == Some(*r)));
            columns.push((role, cell.text.trim().to_string()));
        }
        let mut columns = Columns { columns, cols: cells.iter().map(|c| c.col).collect() };
        columns.name_by_content();
        Some(columns)
    }

    /// The lower row of a two-row header that names no indicator column of its own
    /// (`单项指标得分 | 权重占比(%) | 单项指标折算得分` under 自评得分): every cell it fills is a
    /// header word. `None` for a row that holds anything else (an indicator row).
    pub(super) fn sub_header(cells: &[Cell<'_>]) -> Option<Columns> {
        let filled: Vec<&Cell<'_>> = cells.iter().filter(|c| !c.text.trim().is_empty()).collect();
        let known = filled.iter().filter(|c| role(&c.text).is_some() || SUB_HEADERS.contains(&&*fold(&c.text))).count();
        if filled.is_empty() || known < filled.len() {
            return None;
        }
        let roles = year_roles(cells);
        let columns = cells.iter().zip(roles).map(|(c, r)| (r, c.text.trim().to_string())).collect();
        Some(Columns { columns, cols: cells.iter().map(|c| c.col).collect() })
    }

    /// A table without a 三级指标 column names its indicators in `指标内容` or `指标描述`.
    fn name_by_content(&mut self) {
        if self.index_of(Role::Level3).is_none() {
            if let Some(i) = self.index_of(Role::Description) {
                self.columns[i].0 = Some(Role::Level3);
            }
        }
    }

    /// A header of two rows (`绩效指标 | 年度指标值 | 实际完成值` above `一级指标 | … | 指标值`):
    /// each column named by the lower row where it names one, else by the upper (a cell merged
    /// down over both rows is named in the upper).
    #[must_use]
    pub(super) fn under(self, upper: Columns) -> Columns {
        let width = self.columns.len().max(upper.columns.len());
        let mut merged = Columns { columns: Vec::with_capacity(width), cols: Vec::with_capacity(width) };
        for i in 0..width {
            let lower = self.columns.get(i).filter(|(_, name)| !name.is_empty());
            let (role, name) = lower.or_else(|| upper.columns.get(i)).cloned().unwrap_or_default();
            let role = role.filter(|r| !merged.columns.iter().any(|(seen, _)| *seen == Some(*r)));
            merged.columns.push((role, name));
            merged.cols.push(self.cols.get(i).or_else(|| upper.cols.get(i)).copied().unwrap_or(i + 1));
        }
        merged
    }

    /// Notes for the columns that are kept in `extra` (the monitoring columns too, unless
    /// `monitoring_read` says another reader takes them), and errors for the columns the table
    /// needs and lacks: 三级指标, 指标值 (or its split 指标性质/度量单位 parts), and in a
    /// self-evaluation (a table with a 得分 column) 实际完成值.
    pub(super) fn notes(&self, line: usize, monitoring_read: bool) -> Vec<Diagnostic> {
        let col = |i: usize| self.cols.get(i).copied().unwrap_or(i + 1);
        let mut out: Vec<Diagnostic> = self
            .columns
            .iter()
            .enumerate()
            .filter(|(_, (role, name))| match role {
                None => !name.is_empty(),
                Some(Role::Monitor(_)) => !monitoring_read,
                Some(_) => false,
            })
            .map(|(i, (_, name))| {
                Diagnostic::new(
                    Code::ExtraColumn,
                    line,
                    Message::chinese(format!("“{name}”列不是指标字段，其内容保留在 extra 中"))
                        .english(format!("column `{name}` is not an indicator field; its cells are kept in `extra`")),
                )
                .at_cell(col(i))
                .with_field(name.clone())
            })
            .collect();
        let has = |role| self.index_of(role).is_some();
        let mut missing = Vec::new();
        if !has(Role::Level3) {
            missing.push("三级指标");
        }
        if !(has(Role::Value) || has(Role::Comparator) && has(Role::Unit)) {
            missing.push("指标值");
        }
        if has(Role::Score) && !has(Role::Actual) {
            missing.push("实际完成值");
        }
        for name in missing {
            out.push(
                Diagnostic::new(
                    Code::MissingColumn,
                    line,
                    Message::chinese(format!("表头缺少“{name}”列")).english(format!("the header has no {name} column")),
                )
                .with_field(name),
            );
        }
        out
    }

    /// The index of the column with `role`.
    pub(crate) fn index_of(&self, role: Role) -> Option<usize> {
        self.columns.iter().position(|(r, _)| *r == Some(role))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers() {
        assert_eq!(role("一级指标(50分)"), Some(Role::Level1));
        assert_eq!(role("分 值（100分）"), Some(Role::Weight));
        assert_eq!(role(" 年初目标值 "), Some(Role::Value));
        assert_eq!(role("全年实际值"), Some(Role::Actual));
        assert_eq!(role("偏差原因分析"), Some(Role::Monitor(MonitorColumn::Reason)));
        assert_eq!(role("绩效指标偏离度"), None);
        assert_eq!(fold("(x)"), "(x)");
    }

    #[test]
    fn monitoring_headers_and_their_month() {
        use MonitorColumn as M;
        assert_eq!(role("1-7月执行情况"), Some(Role::Monitor(M::Progress)));
        assert_eq!(role("1—7月 执行数（万元）"), Some(Role::Monitor(M::Executed)));
        assert_eq!(role("截至7月底完成值"), Some(Role::Monitor(M::Progress)));
        assert_eq!(role("1-7月执行率"), Some(Role::Monitor(M::Rate)));
        assert_eq!(role("1-7月工作计划"), None);
        assert_eq!(month_of("1-7月执行情况"), Some(7));
        assert_eq!(month_of("１～１２月完成值"), Some(12));
        assert_eq!(month_of("1至10月执行数"), Some(10));
        assert_eq!(month_of("截止9月末执行情况"), Some(9));
        assert_eq!(month_of("1-13月执行情况"), None);
        assert_eq!(month_of("1-0月执行情况"), None);
        assert_eq!(month_of("1-123月执行情况"), None);
        assert_eq!(month_of("当前完成值"), None);
        assert_eq!(month_of("12月底前"), None);
    }

    #[test]
    fn every_known_header_is_read_with_its_marks() {
        for &(name, want) in HEADERS {
            assert_eq!(role(name), Some(want), "{name}");
            assert_eq!(role(&format!(" *{name}(10分)")), Some(want), "{name}");
            assert_eq!(fold(name), name, "{name} is written folded");
        }
        assert_eq!(role("1-7月执行情况"), Some(Role::Monitor(MonitorColumn::Progress)));
        assert_eq!(role("截至7月底执行数"), Some(Role::Monitor(MonitorColumn::Executed)));
        assert_eq!(role("产出指标"), None);
    }

    #[test]
    fn no_header_is_known_twice() {
        for (i, (name, _)) in HEADERS.iter().enumerate() {
            assert!(!HEADERS[..i].iter().any(|(n, _)| n == name), "{name}");
        }
    }
}
