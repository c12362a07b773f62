//! Column headers of indicator tables (表头): which column holds what.

use std::borrow::Cow;

use super::cells::Cell;
use super::diagnostic::{Code, Diagnostic};
use crate::text::fold_label;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Role {
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

/// The first characters of the headers [`role`] knows, so that most cells (indicator rows are
/// tried as headers too) are turned down without folding them. A header may also start with a
/// mark that folding drops (`*`, `★`, a colon). The test below checks every known header.
const FIRST: [char; 20] =
    ['项', '一', '二', '三', '指', '绩', '年', '目', '预', '全', '度', '计', '单', '分', '权', '实', '完', '得', '自', '评'];

/// The role of a header, if it names one.
pub(super) fn role(header: &str) -> Option<Role> {
    let first = header.trim_start().chars().next()?;
    if !(FIRST.contains(&first) || matches!(first, '*' | '★' | '：' | ':')) {
        return None;
    }
    Some(match &*fold(header) {
        "项目名称" | "项目" => Role::Project,
        "一级指标" | "一级指标名称" => Role::Level1,
        "二级指标" | "二级指标名称" => Role::Level2,
        "三级指标" | "三级指标名称" | "指标名称" | "绩效指标名称" => Role::Level3,
        "绩效指标描述" | "指标描述" | "指标解释" | "指标内容" | "指标说明" => Role::Description,
        "指标值"
        | "年度指标值"
        | "年初目标值"
        | "目标值"
        | "年度目标值"
        | "指标值及单位"
        | "预期指标值"
        | "预期目标值"
        | "绩效指标值"
        | "全年指标值"
        | "年度绩效指标值" => Role::Value,
        "指标性质" | "指标方向" => Role::Comparator,
        "度量单位" | "计量单位" | "单位" => Role::Unit,
        "分值" | "权重" | "指标分值" | "指标权重" => Role::Weight,
        "实际完成值" | "全年实际值" | "完成值" | "实际值" | "实际完成指标值" | "年度实际完成值" | "全年实际完成值" => {
            Role::Actual
        }
        "得分" | "自评得分" | "评价得分" | "实际得分" => Role::Score,
        _ => return None,
    })
}

/// The columns of an indicator table, from its header row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Columns {
    /// Each column's role (`None` for a column kept in `extra`) and its header as written.
    pub(super) columns: Vec<(Option<Role>, String)>,
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
        let mut columns = Vec::with_capacity(cells.len());
        for cell in cells {
            let role = role(&cell.text);
            // a second column of the same role is kept as an extra column
            let role = role.filter(|r| !columns.iter().any(|(seen, _)| *seen == Some(*r)));
            columns.push((role, cell.text.trim().to_string()));
        }
        Some(Columns { columns, cols: cells.iter().map(|c| c.col).collect() })
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

    /// Notes for the columns that are kept in `extra`, and errors for the columns the table
    /// needs and lacks: 三级指标, 指标值 (or its split 指标性质/度量单位 parts), and in a
    /// self-evaluation (a table with a 得分 column) 实际完成值.
    pub(super) fn notes(&self, line: usize) -> Vec<Diagnostic> {
        let col = |i: usize| self.cols.get(i).copied().unwrap_or(i + 1);
        let mut out: Vec<Diagnostic> = self
            .columns
            .iter()
            .enumerate()
            .filter(|(_, (role, name))| role.is_none() && !name.is_empty())
            .map(|(i, (_, name))| {
                Diagnostic::new(
                    Code::ExtraColumn,
                    line,
                    format!("column `{name}` is not an indicator field; its cells are kept in `extra`"),
                    format!("“{name}”列不是指标字段，其内容保留在 extra 中"),
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
                Diagnostic::new(Code::MissingColumn, line, format!("the header has no {name} column"), format!("表头缺少“{name}”列"))
                    .with_field(name),
            );
        }
        out
    }

    /// The index of the column with `role`.
    pub(super) fn index_of(&self, role: Role) -> Option<usize> {
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
        assert_eq!(role("偏差原因分析"), None);
        assert_eq!(fold("(x)"), "(x)");
    }

    #[test]
    fn every_known_header_passes_the_first_char_test() {
        let source = include_str!("header.rs");
        let body = source.split("Some(match &*fold(header) {").nth(1).and_then(|b| b.split("_ => return None").next()).unwrap();
        let names: Vec<&str> = body.split('"').skip(1).step_by(2).collect();
        assert!(names.len() > 40, "{names:?}");
        for name in names {
            assert!(role(name).is_some(), "{name}");
            assert!(role(&format!(" *{name}(10分)")).is_some(), "{name}");
        }
        assert_eq!(role("产出指标"), None);
    }
}
