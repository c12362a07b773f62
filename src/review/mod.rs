//! Target review (绩效目标审核): the checks a finance reviewer makes on a target table, as
//! [`Finding`]s with stable codes.
//!
//! [`review`] runs every check with the default rules; a [`Reviewer`] sets local rules (the
//! minimum number of indicators, whether the source has a budget at all, whether it is a whole
//! table or an excerpt, codes to skip).
//! [`Review`] gathers the findings of one project and grades the table 优 / 良 / 中 / 差
//! (see [`Review::grade_of`] for the rule).
//!
//! ## Codes
//!
//! Codes are stable: a number is never reused for another rule, and a retired rule keeps its
//! number unused. Each rule has an example; "real" marks a value from the crate's real tables
//! (`data/`), where one exists, with its source.
//!
//! | code | severity | rule | example |
//! |---|---|---|---|
//! | J001 | error | 预算数 ≠ 财政资金 + 其他资金 (checked when either part is given) | 预算数 100, 财政资金 80, 其他资金 10 |
//! | J002 | error | a negative amount in the budget | 其他资金 -5 |
//! | J003 | error | no 预算数, or a zero one | 预算数 0 |
//! | J004 | error | the table has no indicator | a table with its rows lost |
//! | J005 | error | an indicator without a 三级 name (a row with neither name nor value is a blank template row, no indicator) | real: 生态效益 row `生态修复功能提高` without a name (www.tongxin.gov.cn) |
//! | J006 | error | an indicator without a value (空, `/`); a parent row whose value sits on its child rows (`其中…`, `（1）…`) is none | real: `指标1:工程质量合格` with an empty value cell (data/tables/07.txt) |
//! | J007 | error | a value that did not parse, the parser's error quoted (a unit without its number, `公里`, is one) | real: `\|28.8萬元\|%`, value and unit column disagree (monopolymediamarketing.com) |
//! | J008 | error | a level-2 name under the wrong level-1; 满意度 under 效益 (the older template) and 成本 under level-1 成本 are accepted | 数量指标 under 效益指标 |
//! | J009 | warning | a level-1 name outside the taxonomy, once per table and name; a key word of one level in it (`成本` in `项目成本控制`) keeps that level's checks on | 过程指标 |
//! | J010 | warning | a level-2 name outside the taxonomy, as J009 (`时效` in `工作时效性`) | 资金管理 |
//! | J011 | error | a 成本指标 amount (元, 万元, 亿元, or a bare `250万`) above the project's 预算数, converted exactly (`≤55.8万元` fits 57.40 万元) | `≤620万元` against a budget of 381 万元 |
//! | J012 | warning | a 成本指标 in money written as a lower bound (≥, >), said plainly when the floor is the whole budget | `≥57.4万元` with a budget of 57.40 万元 |
//! | J013 | warning | a rate (三级 name ending in 率, 比例, 占比, 比重 or 覆盖面) or satisfaction indicator whose value is not a ratio (`≥85` without %) | real: `响应及时率 <2小时` (the sample); `种植作物成活率 >=85` (www.tongxin.gov.cn) |
//! | J014 | error | a rate whose target is above 100%; growth rates (增长率) are exempt | `≥105%` |
//! | J015 | warning | a target that cannot fail: `≥0` in any unit, `≤100%` or `0%-100%` on a rate | `≥0套` |
//! | J016 | warning | a 数量指标 stated only qualitatively | real: `宣传教育` = `覆盖全区所有人员` (zhmail.cnzh.gov.cn) |
//! | J017 | warning | a 时效指标 without a date, a duration, a rate or a frequency (`1次/月`, `按月` are time standards) | real: `按时完成` (the sample's project 4); `按期完工` (keke.chddh.cn) |
//! | J018 | warning | a unit that does not fit what the name counts: money or time on a count (数量, 人数, 次数, …), or people counted in households and back (`户数` in `人次`) | real: `受益脱贫户、监测户人口数` = `≥10户` (www.tongxin.gov.cn) |
//! | J019 | warning | the same indicator twice: same 三级 name and same value | `服务企业数量 ≥20000家` twice |
//! | J020 | note | two indicators with the same 三级 name and different values | real: the project's name as the name of its 时效 and 成本 rows (the sample's project 4) |
//! | J021 | warning | no 效益指标 in the table (rows without levels are read by name: 收入, 受益, 就业 …); whole tables only | a table of 产出 rows only |
//! | J022 | warning | no 满意度指标 in the table (a 满意度 level 2 under 效益 counts, and so does a name ending in 满意度 or 满意率); whole tables only | real: 产出 and 效益 blocks adding to 100 with the budget, no 满意度 (dyrmt.com) |
//! | J023 | warning | fewer indicators than the local minimum (3 by default); whole tables only | a table of 2 rows |
//! | J024 | note | a level name one character off a standard one, read as that one, once per table and name | 顼目产出 (项目产出) |
//! | J025 | error | a reverse indicator (逾期, 事故, 投诉, 差错, 变质, 流失 and a rate or count of it) with a floor: ≥, >, or a bare or `=` value other than 0 | `安全事故发生率 ≥1%`, `贷款逾期率 100%` |
//! | J026 | warning | a 数量指标 with a ceiling (≤, <): zero meets it | real: `开展精品示范村建设数量 ≤4` (www.ahjinzhai.gov.cn) |
//! | J027 | warning | a 数量指标 in money, or in time where the name says when or how fast (时限, 完成时间 …); lending programmes, whose product is money, are exempt | `业务工作支出安排金额 28.8万元` (the monopolymediamarketing.com row without its unit column) |
//! | J028 | warning | a satisfaction indicator (name ending in 满意度, 满意率, 满意程度) filed outside 满意度 | real: `市民对空气质量改善的满意程度 ≥85%` under 社会效益 (xtcg.xiangtan.gov.cn) |
//! | J029 | warning | an output filed under 效益: a count of things (not people or households) or a length or area, with a verb of work done (维修, 建设, 培训 …) | `道路维修次数 ≥10次` under 社会效益 |
//! | J030 | warning | a number with no unit (`10`, `≥2000`); rates are J013's, a bare `250万` in a cost row is read as 元 | real: `全县参合人数 8755` (data/tables/04.txt) |
//! | J031 | warning | a 成本指标 stated as text or as a percentage | real: `生均补助标准达标率 ═100%` (data/tables/01.txt); `严格按照指标任务落实工作` (zhmail.cnzh.gov.cn) |
//! | J032 | warning | a placeholder (`否`, `无`, `不适用` …) as the value of a 效益指标, unless the name asks a question (是否…) or names a bad event (污染, 事故 …) | `带动农户增收` = `否` |
//! | J033 | warning | the same target on rows with nearly the same name (equal once labels such as `指标1:` are gone, or one holding the other) | `项目完成及时率 100%` and `完成及时率 100%` |
//! | J034 | error | the template's placeholder left in a value, or in a name outside its hint | `≥**人`, `≤**万元`, `XX社区服务次数` |
//! | J035 | warning | a deadline after or before the project's year (年度) | `2026年12月底前` in a 2025 table |
//!
//! A level-1 of 成本指标 and level-2 成本指标 under 产出 both count as cost. An indicator whose
//! value did not parse gets J006 or J007 and no other value check. Level-based checks read a
//! row's levels as [J009](Code::UnknownLevel1) describes: a name outside the taxonomy never turns
//! them off where it says which level it means, and a missing level 1 is the parent of the
//! level 2.
//!
//! How often each rule is right on real tables is measured by `tests/review_real.rs` (every
//! finding on the crate's real tables judged by hand in `tests/data/review-real-expected.tsv`;
//! `cargo test --test review_real -- --nocapture` prints the counts and the precision).
//! Precision is real ÷ (real + false), from findings a finance reviewer would raise:
//!
//! | tables | findings | real | false | cannot be judged | precision | real problems per table |
//! |---|---|---|---|---|---|---|
//! | the crate's own 30 sources | 52 | 37 | 0 | 15 | 100% | 1.23 |
//! | 43 tables added for issue 21, before the checks were changed for them (16 seen first) | 36 | 27 | 8 | 1 | 77.1% | |
//! | the same, the 27 held out until those changes were made | 55 | 46 | 5 | 4 | 90.2% | |
//! | all 43 now | 79 | 74 | 0 | 5 | 100% | 1.72 |
//!
//! Where a row holds more than one level of the taxonomy shifted by a column (`实施效果指标 |
//! 产出指标 | …`, the 中央预算内投资 target table), it is reviewed under the level 1 its level-2
//! cell names. A bare number takes the unit of its name, the template's hint included
//! (`苗木成活率(≥**%)` = `85`, `任务完成时限(月)` = `10`).
//!
//! ## Example
//!
//! ```
//! use jixiao::review::{review, Code};
//! use jixiao::Grade;
//! use jixiao::{Budget, Decimal, Indicator, Level1, Level2, Project};
//!
//! let mut p = Project::new("天津市危险废物综合监管信息系统升级改造");
//! p.budget = Budget::fiscal_only(Decimal::new(5740, 2)); // 57.40 万元
//! p.indicators = vec![
//!     Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "服务企业数量", "≥20000家"),
//!     Indicator::new(Some(Level1::Output), Some(Level2::Cost), "项目支出", "≤55.8万元"),
//!     Indicator::new(Some(Level1::Benefit), Some(Level2::Ecological), "达标率", "≥90%"),
//!     Indicator::new(Some(Level1::Satisfaction), Some(Level2::Satisfaction), "满意度", "≥85%"),
//! ];
//! assert!(review(&p).is_empty());
//!
//! p.indicators[1].set_value("≤620万元");
//! let r = review(&p);
//! assert_eq!(r.findings()[0].code(), Code::CostOverBudget);
//! assert_eq!(r.grade(), Grade::Fair); // 中: one error, must be revised
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod checks;
mod context;
mod finding;
mod summary;
pub(crate) mod text;

pub use finding::{Code, Finding};
pub use summary::Review;

use context::Ctx;

use crate::project::Project;

/// Reviews `project` with the default rules ([`Reviewer::default`]); [`Reviewer`] sets other
/// rules. The one entry point of the review, as `Reviewer::review` is with rules.
///
/// ```
/// use jixiao::review::{review, Code};
/// use jixiao::{Indicator, Level1, Level2, Project};
///
/// let mut p = Project::new("设备购置");
/// p.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "设备数量", "≤5台"));
/// let r = review(&p);
/// assert!(r.iter().any(|f| f.code() == Code::QuantityCeiling)); // a ceiling on a count
/// println!("{r}");
/// ```
pub fn review(project: &Project) -> Review {
    Reviewer::default().review(project)
}

/// The review with local rules (地方审核规则).
///
/// ```
/// use jixiao::review::{Code, Reviewer};
/// use jixiao::{Indicator, Level1, Level2, Project};
///
/// let mut p = Project::new("x");
/// p.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "设备数量", "≥1套"));
/// let strict = Reviewer::new().min_indicators(5).check_budget(false);
/// assert!(strict.review(&p).iter().any(|f| f.code() == Code::TooFewIndicators));
/// let relaxed = strict.min_indicators(0).skip(Code::NoBenefit).skip(Code::NoSatisfaction);
/// assert!(relaxed.review(&p).is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reviewer {
    min_indicators: usize,
    check_budget: bool,
    whole_table: bool,
    skip: Vec<Code>,
}

impl Default for Reviewer {
    /// At least three indicators, budget checked, a whole table, nothing skipped.
    fn default() -> Self {
        Reviewer { min_indicators: 3, check_budget: true, whole_table: true, skip: Vec::new() }
    }
}

impl Reviewer {
    /// The default rules.
    pub fn new() -> Reviewer {
        Reviewer::default()
    }

    /// The minimum number of indicators (J023); `0` turns the rule off.
    #[must_use]
    pub fn min_indicators(mut self, n: usize) -> Reviewer {
        self.min_indicators = n;
        self
    }

    /// Whether to check the budget (J001–J003, J011). Turn it off for sources that carry no
    /// budget (an indicator list cut from a larger page).
    #[must_use]
    pub fn check_budget(mut self, on: bool) -> Reviewer {
        self.check_budget = on;
        self
    }

    /// Whether the source is a whole table (J021–J023: no 效益, no 满意度, too few indicators).
    /// Turn it off for an excerpt (节选): one block of a larger table, or the rows a page quotes,
    /// where what is missing may stand in the part not seen.
    ///
    /// ```
    /// use jixiao::review::Reviewer;
    /// use jixiao::{Indicator, Level1, Level2, Project};
    ///
    /// let mut p = Project::new("产出指标一节");
    /// p.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "设备数量", "≥1套"));
    /// let excerpt = Reviewer::new().check_budget(false).whole_table(false);
    /// assert!(excerpt.review(&p).is_empty());
    /// assert_eq!(Reviewer::new().check_budget(false).review(&p).len(), 3); // J021, J022, J023
    /// ```
    #[must_use]
    pub fn whole_table(mut self, on: bool) -> Reviewer {
        self.whole_table = on;
        self
    }

    /// Never reports `code`.
    #[must_use]
    pub fn skip(mut self, code: Code) -> Reviewer {
        if !self.skip.contains(&code) {
            self.skip.push(code);
        }
        self
    }

    /// Reviews one project and grades it ([`Review`]). Findings come in a fixed order: the project's own first, then each
    /// indicator's in table order; within one subject, by code.
    ///
    /// ```
    /// use jixiao::review::{Code, Reviewer};
    /// use jixiao::{Budget, Decimal, Indicator, Level1, Level2, Project};
    /// let mut p = Project::new("环境应急与事故调查");
    /// p.budget = Budget::fiscal_only(Decimal::from(30));
    /// p.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Cost), "项目支出控制", "≤30万元"));
    /// let r = Reviewer::new().min_indicators(1).review(&p);
    /// assert_eq!(r.project(), "环境应急与事故调查");
    /// assert!(!r.iter().any(|f| f.code() == Code::TooFewIndicators));
    /// ```
    pub fn review(&self, project: &Project) -> Review {
        let ctx = Ctx::new(project, self);
        let mut out = Vec::new();
        checks::run(&ctx, &mut out);
        out.retain(|f| !self.skip.contains(&f.code()));
        out.sort_by(|a, b| (&a.subject().index(), a.code()).cmp(&(&b.subject().index(), b.code())));
        Review::new(&project.name, out)
    }
}
