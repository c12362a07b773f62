//! Column headers of indicator tables (表头): which column holds what.

use std::borrow::Cow;

use super::cells::Cell;
use super::diagnostic::{Diagnostic, Severity};
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
        Some(Columns { columns })
    }

    /// Notes for the columns that are kept in `extra`.
    pub(super) fn notes(&self, line: usize) -> Vec<Diagnostic> {
        self.columns
            .iter()
            .enumerate()
            .filter(|(_, (role, name))| role.is_none() && !name.is_empty())
            .map(|(i, (_, name))| {
                Diagnostic::new(Severity::Note, line, format!("column `{name}` is not an indicator field; its cells are kept in `extra`"))
                    .at_cell(i + 1)
                    .with_field(name.clone())
            })
            .collect()
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
