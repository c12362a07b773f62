//! Target review (绩效目标审核): the checks a finance reviewer makes on a target table, as
//! [`Finding`]s with stable codes.
//!
//! [`review`] runs every check with the default rules; a [`Reviewer`] sets local rules (the
//! minimum number of indicators, whether the source has a budget at all, codes to skip).
//! [`Review`] gathers the findings of one project and grades the table 优 / 良 / 中 / 差
//! (see [`Grade`] for the rule).
//!
//! ## Codes
//!
//! Codes are stable: a number is never reused for another rule, and a retired rule keeps its
//! number unused.
//!
//! | code | severity | rule |
//! |---|---|---|
//! | J001 | error | 预算数 ≠ 财政资金 + 其他资金 (checked when either part is given) |
//! | J002 | error | a negative amount in the budget |
//! | J003 | error | no 预算数, or a zero one |
//! | J004 | error | the table has no indicator |
//! | J005 | error | an indicator without a 三级 name |
//! | J006 | error | an indicator without a value (空, `/`) |
//! | J007 | error | a value that looks numeric and did not parse (the parser's error is quoted) |
//! | J008 | error | a level-2 name under the wrong level-1 (数量指标 under 效益指标); 满意度 under 效益 (the older template) and 成本 under level-1 成本 are accepted |
//! | J009 | warning | a level-1 name outside the taxonomy (过程指标) |
//! | J010 | warning | a level-2 name outside the taxonomy |
//! | J011 | error | a 成本指标 amount (元, 万元, 亿元, or a bare `250万`) above the project's 预算数, converted exactly (`≤55.8万元` fits 57.40 万元; `≤620万元` does not fit 381) |
//! | J012 | warning | a 成本指标 in money written as a lower bound (≥, >) |
//! | J013 | warning | a rate (三级 name ending in 率) or satisfaction indicator whose value is not a ratio (`<2小时`, `明显提升`, `≥85` without %) |
//! | J014 | error | a rate whose target is above 100% (`≥105%`, `>100%`); growth rates (增长率) are exempt |
//! | J015 | warning | a target that cannot fail: `≥0` in any unit, `≤100%` or `0%-100%` on a rate |
//! | J016 | warning | a 数量指标 stated only qualitatively (`覆盖全区所有人员`) |
//! | J017 | warning | a 时效指标 without a date, a duration or a rate (`按时完成`, `≥3次`) |
//! | J018 | warning | a money or time unit on a count (a name ending in 数量, 人数, 次数, …) |
//! | J019 | warning | the same indicator twice: same 三级 name and same value |
//! | J020 | note | two indicators with the same 三级 name and different values |
//! | J021 | warning | no 效益指标 in the table |
//! | J022 | warning | no 满意度指标 in the table (a 满意度 level 2 under 效益 counts) |
//! | J023 | warning | fewer indicators than the local minimum (3 by default) |
//!
//! A level-1 of 成本指标 and level-2 成本指标 under 产出 both count as cost. An indicator whose
//! value did not parse gets J006 or J007 and no other value check.
//!
//! ## Example
//!
//! ```
//! use jixiao::review::{review, Code, Grade, Review};
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
//! let r = Review::of(&p);
//! assert_eq!(r.findings[0].code, Code::CostOverBudget);
//! assert_eq!(r.grade, Grade::Fair); // 中: one error, must be revised
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod checks;
mod context;
mod finding;
mod summary;
mod text;

pub use finding::{Code, Finding, Severity, Subject};
pub use summary::{Grade, Review};

use context::Ctx;

use crate::project::Project;

/// Runs every check with the default rules ([`Reviewer::default`]).
pub fn review(project: &Project) -> Vec<Finding> {
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
/// assert!(strict.review(&p).iter().any(|f| f.code == Code::TooFewIndicators));
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

    /// Reviews one project. Findings come in a fixed order: the project's own first, then each
    /// indicator's in table order; within one subject, by code.
    pub fn review(&self, project: &Project) -> Vec<Finding> {
        let ctx = Ctx::new(project, self);
        let mut out = Vec::new();
        checks::run(&ctx, &mut out);
        out.retain(|f| !self.skip.contains(&f.code));
        out.sort_by(|a, b| (&a.subject.index(), a.code).cmp(&(&b.subject.index(), b.code)));
        out
    }

    /// Reviews one project and grades it.
    pub fn summary(&self, project: &Project) -> Review {
        Review::new(&project.name, self.review(project))
    }
}

