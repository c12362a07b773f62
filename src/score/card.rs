//! [`Scorecard`] (绩效自评表): every item's score or why it has none, the budget item,
//! subtotals, the total and grade when they can be known, and the things to check; its
//! `Display` prints the self-evaluation table.

use core::fmt;

use rust_decimal::Decimal;

use super::flag::Flag;
use super::item::ItemScore;
use crate::grade::Grade;
use crate::level::{Level1, Level2};
use crate::markdown::{opt, row};

/// The budget-execution item (预算执行率).
///
/// ```
/// use jixiao::score::{Actuals, Profile};
/// use jixiao::Decimal;
/// let doc = jixiao::import::table::parse(include_str!("../../data/self_eval/01-yongde.tsv"))?;
/// let p = &doc.projects[0];
/// let card = Profile::central().score(p, &Actuals::from_project(p))?;
/// assert_eq!((card.budget.budget, card.budget.executed), (Some("387664.62".parse()?), Some("387664.62".parse()?)));
/// assert_eq!((card.budget.rate, card.budget.weight), (Some(Decimal::ONE), Decimal::TEN));
/// assert_eq!(card.budget.score.as_ref().unwrap().score.to_string(), "10.00");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
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
    /// The points the profile gives the item (分值).
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub weight: Decimal,
    /// The item's score and the rule applied; none when it cannot be scored (no budget total
    /// or no executed amount: a flag says so).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub score: Option<ItemScore>,
}

/// Whether an item was scored.
///
/// ```
/// use jixiao::score::{Actuals, ItemStatus, Profile};
/// let doc = jixiao::import::table::parse(include_str!("../../data/self_eval/01-yongde.tsv"))?;
/// let mut p = doc.projects[0].clone();
/// p.indicators[0].actual = Some("不适用".into()); // 学生受资助人数 dropped
/// let card = Profile::central().score(&p, &Actuals::from_project(&p))?;
/// assert_eq!(card.items[0].status, ItemStatus::NotApplicable);
/// assert_eq!(card.items[1].status, ItemStatus::Scored);
/// assert_eq!(card.items[1].weight, Some("13.34".parse()?)); // 40 of 产出 over three, cents to the first
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum ItemStatus {
    /// Scored: the item has its score.
    Scored,
    /// The indicator does not apply (不适用): dropped, its block's others rescaled.
    NotApplicable,
    /// Not scored: its weight is undecided, and a flag with its index says why.
    Unscored,
}

/// One indicator row of the scorecard.
///
/// ```
/// use jixiao::score::{Actuals, Profile, Rule};
/// let doc = jixiao::import::table::parse(include_str!("../../data/self_eval/01-yongde.tsv"))?;
/// let p = &doc.projects[0];
/// let card = Profile::central().score(p, &Actuals::from_project(p))?;
/// let item = &card.items[5];
/// assert_eq!((item.name.as_str(), item.actual.as_str()), ("政策知晓率", "98%"));
/// let score = item.score.as_ref().unwrap();
/// assert_eq!((score.score.to_string(), score.rule), ("9.80".to_string(), Rule::Proportional));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
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
    /// 实际完成值 as read (empty when none was given).
    pub actual: String,
    /// Whether it was scored.
    pub status: ItemStatus,
    /// The weight (分值) it was scored against, after rescaling; none when it does not apply or
    /// has no weight of its own.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none", with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub weight: Option<Decimal>,
    /// The score, when scored.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub score: Option<ItemScore>,
    /// 得分 recorded in the table, where it has one.
    #[cfg_attr(feature = "serde", serde(default, with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub recorded: Option<Decimal>,
}

/// The subtotal of one level-1 block (一级指标小计).
///
/// ```
/// use jixiao::score::{Actuals, Profile};
/// use jixiao::Level1;
/// let doc = jixiao::import::table::parse(include_str!("../../data/self_eval/01-yongde.tsv"))?;
/// let p = &doc.projects[0];
/// let card = Profile::central().score(p, &Actuals::from_project(p))?;
/// let benefit = &card.subtotals[1];
/// assert_eq!(benefit.level1, Some(Level1::Benefit));
/// assert_eq!((benefit.weight.to_string(), benefit.score.to_string()), ("30".to_string(), "29.80".to_string()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Subtotal {
    /// The level 1 (from the 二级 name when the 一级 cell is empty); `None` when neither says.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub level1: Option<Level1>,
    /// The weights of its scored items.
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub weight: Decimal,
    /// The scores of its scored items.
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub score: Decimal,
}

/// An item whose score here differs from the one recorded in the table.
///
/// ```
/// use jixiao::score::{Actuals, Profile};
/// let doc = jixiao::import::table::parse(include_str!("../../data/self_eval/01-yongde.tsv"))?;
/// let p = &doc.projects[0];
/// let card = Profile::central().score(p, &Actuals::from_project(p))?;
/// // the table records 9 for 政策知晓率 (98% of ≥100%); the rule gives 9.80
/// let d = &card.differences[1];
/// assert_eq!((d.name.as_str(), d.ours.to_string(), d.recorded.to_string()), ("政策知晓率", "9.80".to_string(), "9".to_string()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
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
/// Every item is scored that can be; the others are marked [`ItemStatus::Unscored`] with a
/// [`Flag`] saying why, and their weight is `undecided`. The `total` (总分) and the `grade`
/// are given only when they can be known: the total when the weights add up to 100 and every
/// item is decided, the grade when the weights add up to 100 and the undecided weight cannot
/// change it. `Display` prints the table 一级 二级 三级 指标值 完成值 分值 得分 说明, then
/// subtotals, the total with its grade, the items whose recorded score differs, and the flags.
///
/// ```
/// use jixiao::import::table;
/// use jixiao::score::{Actuals, Profile};
/// use jixiao::Grade;
///
/// // table 01 of the real data: 永德县明朗中学, 2022
/// let doc = table::parse(include_str!("../../data/self_eval/01-yongde.tsv"))?;
/// let p = &doc.projects[0];
/// let card = Profile::central().score(p, &Actuals::from_project(p))?;
/// assert_eq!(card.total, Some("99.80".parse()?));
/// assert_eq!(card.grade, Some(Grade::Excellent));
/// assert!(card.flags.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
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
    /// The scores of the budget item and the scored items.
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub scored: Decimal,
    /// The weight of the items not scored (their score is not known).
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub undecided: Decimal,
    /// The budget points and every applicable item's weight: 100 in a sound table.
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub total_weight: Decimal,
    /// 总分: `scored`, when the weights add up to 100 and nothing is undecided.
    #[cfg_attr(feature = "serde", serde(default, with = "crate::serde_impls::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_impls::DecimalString>"))]
    pub total: Option<Decimal>,
    /// 评价等级, when the weights add up to 100 and the undecided weight cannot change it.
    #[cfg_attr(feature = "serde", serde(default))]
    pub grade: Option<Grade>,
    /// Items where our score and the recorded 得分 differ.
    pub differences: Vec<Difference>,
    /// What to check (待核查事项), in table order; the card's own first.
    pub flags: Vec<Flag>,
}

impl fmt::Display for Scorecard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} — 绩效自评 ({})", self.project, self.profile)?;
        row(f, &["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分", "说明"])?;
        row(f, &["---"; 8])?;
        let b = &self.budget;
        let rate =
            b.rate.and_then(|r| r.checked_mul(Decimal::ONE_HUNDRED)).map(|r| format!("{}%", r.round_dp(2).normalize())).unwrap_or_default();
        let executed = format!("{} ({rate})", opt(b.executed));
        let w = b.weight.to_string();
        match &b.score {
            Some(s) => row(f, &["预算执行率", "", "", &opt(b.budget), &executed, &w, &s.score.to_string(), &s.rule_zh()])?,
            None => row(f, &["预算执行率", "", "", &opt(b.budget), &executed, &w, "未定", "缺少预算数或执行数"])?,
        }
        for i in &self.items {
            let l1 = i.level1.as_ref().map(Level1::name).unwrap_or("");
            let l2 = i.level2.as_ref().map(Level2::name).unwrap_or("");
            // the canonical form reads better than a split-column `≧|735|人次`
            let target = crate::threshold::Threshold::parse(&i.target).map(|t| t.to_string()).unwrap_or_else(|_| i.target.clone());
            let weight = opt(i.weight);
            match (&i.score, i.status) {
                (Some(s), _) => {
                    let mut why = s.rule_zh();
                    if let Some(r) = i.recorded.filter(|r| *r != s.score) {
                        why.push_str(&format!("（表中得分 {r}）"));
                    }
                    row(f, &[l1, l2, &i.name, &target, &i.actual, &weight, &s.score.to_string(), &why])?
                }
                (None, ItemStatus::NotApplicable) => {
                    row(f, &[l1, l2, &i.name, &target, &i.actual, "—", "—", "不适用, 不计分, 同一一级指标内其余指标按比例折算"])?
                }
                (None, _) => {
                    let why = self.flags.iter().find(|fl| fl.index() == Some(i.index)).map_or("无法评分", |fl| fl.zh());
                    row(f, &[l1, l2, &i.name, &target, &i.actual, &weight, "未定", why])?
                }
            }
        }
        for t in &self.subtotals {
            let name = t.level1.as_ref().map(Level1::name).unwrap_or("其他指标");
            row(f, &[&format!("{name} 小计"), "", "", "", "", &t.weight.to_string(), &t.score.to_string(), ""])?;
        }
        let total_weight = self.total_weight.to_string();
        let grade = self.grade.map_or_else(|| "等级: 未定".to_string(), |g| format!("等级: {g}"));
        match self.total {
            Some(t) => row(f, &["总分", "", "", "", "", &total_weight, &t.to_string(), &grade])?,
            None if self.total_weight != Decimal::ONE_HUNDRED => {
                row(f, &["总分", "", "", "", "", &total_weight, "—", &format!("分值合计{total_weight}，不是100，不计总分; {grade}")])?
            }
            None => row(
                f,
                &["总分", "", "", "", "", &total_weight, &format!("≥{}", self.scored), &format!("另有{}分未定; {grade}", self.undecided)],
            )?,
        }
        if !self.differences.is_empty() {
            writeln!(f, "与表中得分不同的指标 (items scored differently from the table):")?;
            for d in &self.differences {
                writeln!(f, "- {}: 本方案 {}, 表中 {}", d.name, d.ours, d.recorded)?;
            }
        }
        if !self.flags.is_empty() {
            writeln!(f, "待核查事项 (to check):")?;
            for fl in &self.flags {
                writeln!(f, "- {fl}")?;
            }
        }
        Ok(())
    }
}
