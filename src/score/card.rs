//! [`Scorecard`] (绩效自评表): every item's score, the budget item, subtotals, total and grade;
//! its `Display` prints the self-evaluation table.

use core::fmt;

use rust_decimal::Decimal;

use super::grade::Grade;
use super::item::ItemScore;
use crate::level::{Level1, Level2};

/// The budget-execution item (预算执行率).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct BudgetScore {
    /// 全年预算数 (A), in the budget's money unit.
    #[cfg_attr(feature = "serde", serde(default, with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub budget: Option<Decimal>,
    /// 全年执行数 (B).
    #[cfg_attr(feature = "serde", serde(default, with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub executed: Option<Decimal>,
    /// 执行率 B ÷ A, uncapped.
    #[cfg_attr(feature = "serde", serde(default, with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub rate: Option<Decimal>,
    /// The item's score, its weight (分值), whether fully executed, and the rule applied.
    pub score: ItemScore,
}

/// One indicator row of the scorecard.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct ScoredItem {
    /// 0-based position in the project.
    pub index: usize,
    /// 一级指标 as the project has it.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub level1: Option<Level1>,
    /// 二级指标.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub level2: Option<Level2>,
    /// 三级指标.
    pub name: String,
    /// 指标值 as written.
    pub target: String,
    /// 实际完成值 as read.
    pub actual: String,
    /// The score; `None` when the indicator does not apply (不适用) and was dropped.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub score: Option<ItemScore>,
    /// 得分 recorded in the table, where it has one.
    #[cfg_attr(feature = "serde", serde(default, with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub recorded: Option<Decimal>,
}

/// The subtotal of one level-1 block (一级指标小计).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Subtotal {
    /// The level 1 (from the 二级 name when the 一级 cell is empty); `None` when neither says.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub level1: Option<Level1>,
    /// The weights of its applicable items.
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub weight: Decimal,
    /// The scores of its applicable items.
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub score: Decimal,
}

/// An item whose score here differs from the one recorded in the table.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Difference {
    /// 0-based position of the indicator.
    pub index: usize,
    /// 三级指标.
    pub name: String,
    /// Our score.
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub ours: Decimal,
    /// The recorded 得分.
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub recorded: Decimal,
}

/// A scored self-evaluation (绩效自评表), from [`super::Profile::score`].
///
/// `total` is the budget item plus the sum of the item scores; `Display` prints the table
/// 一级 二级 三级 指标值 完成值 分值 得分 说明, then subtotals, the total with its grade, and the
/// items whose recorded score differs.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Scorecard {
    /// 项目名称.
    pub project: String,
    /// The profile's name.
    pub profile: String,
    /// 预算执行率.
    pub budget: BudgetScore,
    /// Every indicator, in table order, including those dropped as not applicable.
    pub items: Vec<ScoredItem>,
    /// Per level 1, in order of first appearance.
    pub subtotals: Vec<Subtotal>,
    /// 总分.
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub total: Decimal,
    /// 评价等级.
    pub grade: Grade,
    /// Items where our score and the recorded 得分 differ.
    pub differences: Vec<Difference>,
}

impl Scorecard {
    /// The total weight: budget points plus the weights of the applicable items.
    pub fn total_weight(&self) -> Decimal {
        self.items.iter().filter_map(|i| i.score.as_ref()).fold(self.budget.score.weight, |acc, s| acc.saturating_add(s.weight))
    }
}

fn cell(f: &mut fmt::Formatter<'_>, cells: &[&str]) -> fmt::Result {
    f.write_str("|")?;
    for c in cells {
        let c = c.replace('|', "/").replace('\n', " ");
        write!(f, " {c} |")?;
    }
    f.write_str("\n")
}

fn opt(d: Option<Decimal>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

impl fmt::Display for Scorecard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} — 绩效自评 ({})", self.project, self.profile)?;
        cell(f, &["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分", "说明"])?;
        cell(f, &["---"; 8])?;
        let b = &self.budget;
        let rate =
            b.rate.and_then(|r| r.checked_mul(Decimal::ONE_HUNDRED)).map(|r| format!("{}%", r.round_dp(2).normalize())).unwrap_or_default();
        let executed = format!("{} ({rate})", opt(b.executed));
        let (w, s) = (b.score.weight.to_string(), b.score.score.to_string());
        cell(f, &["预算执行率", "", "", &opt(b.budget), &executed, &w, &s, &b.score.rule_zh()])?;
        for i in &self.items {
            let l1 = i.level1.as_ref().map(Level1::name).unwrap_or("");
            let l2 = i.level2.as_ref().map(Level2::name).unwrap_or("");
            // the canonical form reads better than a split-column `≧|735|人次`
            let target = crate::threshold::Threshold::parse(&i.target).map(|t| t.to_string()).unwrap_or_else(|_| i.target.clone());
            match &i.score {
                Some(s) => {
                    let mut why = s.rule_zh();
                    if let Some(r) = i.recorded.filter(|r| *r != s.score) {
                        why.push_str(&format!("（表中得分 {r}）"));
                    }
                    cell(f, &[l1, l2, &i.name, &target, &i.actual, &s.weight.to_string(), &s.score.to_string(), &why])?
                }
                None => cell(f, &[l1, l2, &i.name, &target, &i.actual, "—", "—", "不适用, 不计分, 其余指标按比例折算"])?,
            }
        }
        for t in &self.subtotals {
            let name = t.level1.as_ref().map(Level1::name).unwrap_or("其他指标");
            cell(f, &[&format!("{name} 小计"), "", "", "", "", &t.weight.to_string(), &t.score.to_string(), ""])?;
        }
        let total_weight = self.total_weight().to_string();
        cell(f, &["总分", "", "", "", "", &total_weight, &self.total.to_string(), &format!("等级: {}", self.grade)])?;
        if !self.differences.is_empty() {
            writeln!(f, "与表中得分不同的指标 (items scored differently from the table):")?;
            for d in &self.differences {
                writeln!(f, "- {}: 本方案 {}, 表中 {}", d.name, d.ours, d.recorded)?;
            }
        }
        Ok(())
    }
}
