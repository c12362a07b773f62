//! Scoring a self-evaluation (绩效自评打分).
//!
//! A [`Profile`] holds one scheme's rules: budget-execution points, default weights per level 1,
//! the rule for lower-is-better targets, qualitative bands, over-achievement, rounding and grade
//! bands. [`Profile::score_indicator`] scores one target against one actual and says which rule
//! it applied; [`Profile::score`] scores a whole [`Project`](crate::Project) against its
//! [`Actuals`] into a [`Scorecard`], every item it can, and marks the rest with a [`Flag`].
//!
//! The rules (total 100: 预算执行率 10, 产出 50, 效益 30, 满意度 10 in the central-type scheme):
//! a higher-is-better target missed scores weight × actual ÷ target, a lower-is-better one by the
//! profile's [`LowerRule`], a target of 0 or a deadline missed scores 0, over-achievement is
//! capped; a qualitative target takes the assessor's band (达成 80–100%, 部分达成 60–80%, 未达成
//! below 60% of the weight in the central scheme); grades are 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below.
//!
//! # Flags
//!
//! What a scorecard asks a person to check, with stable codes:
//!
//! | code | severity | what |
//! |---|---|---|
//! | S001 | error | the weights (budget points and indicators) do not add up to 100: no total, no grade |
//! | S002 | warning | an indicator could not be scored, and why (no actual, an unreadable one, units that do not compare, a target that does not parse) |
//! | S003 | warning | an answer that states no band and does not repeat the target (`建设中` for `持续提升`) |
//! | S004 | warning | a bare fraction against a percentage (`0.96` for `≥95%`), scored as written |
//! | S005 | warning | a text answer for a number or a deadline: one claiming a number reached (`完成`, `良好`, `是` for `≥95%`) is not scored; one of falling short (`基本完成`), or any for a deadline, is scored as the band it states |
//! | S006 | warning | a recorded 得分 above its 分值 |
//! | S007 | error | a negative 分值: not scored |
//! | S008 | note | a split or rescaling left cents over, and which items got them |
//! | S009 | warning | the budget item cannot be scored (no total or no executed amount) |
//! | S010 | warning | a 分值 missing while other indicators have one: not scored |
//! | S011 | warning | a deadline without a year, and no project year (年度) to place it in |
//! | S012 | warning | a 分值 cell that is not a number: the item is not scored, no default weight stands in |
//!
//! ```
//! use jixiao::score::{Actuals, Profile};
//! use jixiao::Grade;
//! use jixiao::{Budget, Decimal, Indicator, Level1, Level2, Project};
//!
//! let mut p = Project::new("示例项目");
//! p.budget = Budget::fiscal_only(Decimal::from(100));
//! p.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "服务人数", "≥2万人"));
//! p.indicators.push(Indicator::new(Some(Level1::Benefit), Some(Level2::Social), "政策知晓率", "≥95%"));
//! p.indicators.push(Indicator::new(Some(Level1::Satisfaction), Some(Level2::Satisfaction), "满意度", "≥90%"));
//! let actuals = Actuals::new()
//!     .executed(Decimal::from(95))
//!     .at(0, "20000人".parse()?)
//!     .at(1, "76%".parse()?)
//!     .at(2, "92%".parse()?);
//! let card = Profile::central().score(&p, &actuals)?;
//! // 9.5 (budget) + 50 + 30 × 76/95 = 24 + 10
//! assert_eq!(card.total, Some("93.50".parse()?));
//! assert_eq!(card.grade, Some(Grade::Excellent));
//! println!("{card}");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod actuals;
mod card;
mod error;
mod flag;
mod item;
mod join;
mod profile;
#[cfg(test)]
mod tests;
mod total;
pub(crate) mod why;

pub use crate::grade::GradeBands;
pub use actuals::Actuals;
pub use card::{BudgetScore, Difference, ItemStatus, Scorecard, ScoredItem, Subtotal};
pub use error::ScoreError;
pub use flag::{Flag, FlagCode};
pub use item::{ItemScore, Rule};
pub use join::{join, IndicatorMatch, Join, MatchedBy, ProjectMatch};
pub use profile::{
    BandPoint, DefaultWeights, LowerRule, OverAchievement, Profile, ProfileBuilder, ProfileProblem, QualitativeBands, Rounding,
};
