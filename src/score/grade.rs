//! [`Grade`] (评价等级) and the bands that give it.

use rust_decimal::Decimal;

pub use crate::grade::Grade;

/// The lowest total of each grade (等级划分): 优 ≥ `excellent`, 良 ≥ `good`, 中 ≥ `fair`, else 差.
///
/// ```
/// use jixiao::score::{Grade, GradeBands};
/// let b = GradeBands::default();
/// assert_eq!(b.grade(jixiao::Decimal::from(90)), Grade::Excellent);
/// assert_eq!(b.grade("89.99".parse()?), Grade::Good);
/// assert_eq!(b.grade(jixiao::Decimal::from(60)), Grade::Fair);
/// assert_eq!(b.grade("59.5".parse()?), Grade::Poor);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct GradeBands {
    /// Lowest total graded 优 (90).
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub excellent: Decimal,
    /// Lowest total graded 良 (80).
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub good: Decimal,
    /// Lowest total graded 中 (60).
    #[cfg_attr(feature = "serde", serde(with = "crate::serde_impls::decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_impls::DecimalString"))]
    pub fair: Decimal,
}

impl Default for GradeBands {
    /// 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below.
    fn default() -> Self {
        GradeBands { excellent: Decimal::from(90), good: Decimal::from(80), fair: Decimal::from(60) }
    }
}

impl GradeBands {
    /// The grade of a total.
    pub fn grade(&self, total: Decimal) -> Grade {
        if total >= self.excellent {
            Grade::Excellent
        } else if total >= self.good {
            Grade::Good
        } else if total >= self.fair {
            Grade::Fair
        } else {
            Grade::Poor
        }
    }
}
