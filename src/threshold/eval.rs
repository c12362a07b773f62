//! What a threshold means: whether an actual value meets it, and which way is better.

use super::{Comparator, Threshold};
use crate::actual::{Actual, Band};
use crate::date::PartialDate;
use crate::error::CompareError;
use crate::indicator::eq_without_spaces;
use crate::quantity::{Magnitude, Quantity};
use crate::unit::{KnownUnit, Unit};

/// Which way an indicator improves (指标方向).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Direction {
    /// 正向: more is better (≥, >, =, a bare value).
    HigherIsBetter,
    /// 反向: less is better (≤, <).
    LowerIsBetter,
    /// Inside a range.
    Within,
    /// Done by a date.
    ByDeadline,
    /// Judged by the assessor.
    Qualitative,
}

impl Threshold {
    /// Which way is better. A bare value or `=` counts as higher-is-better, as scoring treats it.
    pub fn direction(&self) -> Direction {
        match self {
            Threshold::Compare { op: Comparator::Le | Comparator::Lt, .. } => Direction::LowerIsBetter,
            Threshold::Compare { .. } => Direction::HigherIsBetter,
            Threshold::Range(_) => Direction::Within,
            Threshold::Deadline(_) => Direction::ByDeadline,
            Threshold::Qualitative(_) => Direction::Qualitative,
        }
    }

    /// Whether `actual` meets the threshold.
    ///
    /// - A comparison compares the actual with the target in a common unit (`1天` meets
    ///   `≤24小时`; `20000人` meets `≥2万人`); an actual without unit takes the target's unit.
    ///   `=` means equal here; scoring treats a bare value like `≥` (see [`crate::score`]).
    /// - A range holds its ends.
    /// - A deadline is met by a date on or before it (a bare month such as `7月` counts as a
    ///   date).
    /// - A band (达成 / 部分达成 / 未达成) answers any kind: only 达成 meets. A qualitative target
    ///   is also met by an actual that repeats its text.
    ///
    /// # Errors
    /// Units that measure different things, an actual of the wrong kind, or not applicable.
    ///
    /// ```
    /// use jixiao::{Actual, Threshold};
    /// let t: Threshold = "≤24小时".parse()?;
    /// assert!(t.is_met(&"1天".parse::<Actual>()?)?);
    /// let t: Threshold = "≥20000家".parse()?;
    /// assert!(t.is_met(&"20001人".parse::<Actual>()?).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_met(&self, actual: &Actual) -> Result<bool, CompareError> {
        match actual {
            Actual::NotApplicable => return Err(CompareError::NotApplicable),
            Actual::Band { band, .. } => return Ok(*band == Band::Achieved),
            _ => {}
        }
        match self {
            Threshold::Compare { op, quantity } => {
                let a = actual.quantity().ok_or(CompareError::NeedsQuantity)?;
                Ok(op.holds(a.compare(quantity)?))
            }
            Threshold::Range(r) => {
                let a = actual.quantity().ok_or(CompareError::NeedsQuantity)?;
                let low = a.compare(&r.low_quantity())?;
                let high = a.compare(&r.high_quantity())?;
                Ok(low.is_ge() && high.is_le())
            }
            Threshold::Deadline(d) => {
                let date = match actual {
                    Actual::Date(date) => *date,
                    Actual::Quantity(q) => month_as_date(q).ok_or(CompareError::NeedsDate)?,
                    _ => return Err(CompareError::NeedsDate),
                };
                Ok(date.is_on_or_before(&d.end))
            }
            Threshold::Qualitative(q) => match actual {
                Actual::Text(t) if eq_without_spaces(t, &q.text) => Ok(true),
                _ => Err(CompareError::NeedsBand),
            },
        }
    }
}

/// `7月` written as an actual for a deadline is the month, not a duration.
fn month_as_date(q: &Quantity) -> Option<PartialDate> {
    if q.magnitude != Magnitude::One || q.unit != Unit::Known(KnownUnit::Month) || q.value.scale() != 0 {
        return None;
    }
    let m = u8::try_from(q.value.mantissa()).ok()?;
    PartialDate::new(None, Some(m), None)
}
