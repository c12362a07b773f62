//! Scoring a self-evaluation (绩效自评打分), DOMAIN §5.
//!
//! A [`Profile`] holds one scheme's rules: budget-execution points, default weights per level 1,
//! the rule for lower-is-better targets, qualitative bands, over-achievement, rounding and grade
//! bands. [`Profile::score_indicator`] scores one target against one actual and says which rule
//! it applied; [`Profile::score`] scores a whole [`Project`](crate::Project) against its
//! [`Actuals`] into a [`Scorecard`].
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
pub use profile::{
    BandPoint, DefaultWeights, LowerRule, OverAchievement, Profile, ProfileBuilder, ProfileProblem, QualitativeBands, Rounding,
};
