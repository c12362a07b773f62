//! Quantities: a number as written, its magnitude (万, 亿) and its unit.

use core::cmp::Ordering;
use core::fmt;

use rust_decimal::Decimal;

use crate::error::CompareError;
use crate::unit::Unit;

/// A magnitude word that scales the number before it (数量级): `2万人` is 2 × 万 人.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Magnitude {
    /// No magnitude word (× 1).
    #[default]
    One,
    /// 万 (× 10⁴).
    Wan,
    /// 亿 (× 10⁸).
    Yi,
    /// 万亿 (× 10¹²).
    WanYi,
}

impl Magnitude {
    /// The factor: 1, 10⁴, 10⁸ or 10¹².
    pub fn factor(self) -> Decimal {
        match self {
            Magnitude::One => Decimal::ONE,
            Magnitude::Wan => Decimal::from(10_000u64),
            Magnitude::Yi => Decimal::from(100_000_000u64),
            Magnitude::WanYi => Decimal::from(1_000_000_000_000u64),
        }
    }

    /// The word as printed: `""`, `万`, `亿`, `万亿`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Magnitude::One => "",
            Magnitude::Wan => "万",
            Magnitude::Yi => "亿",
            Magnitude::WanYi => "万亿",
        }
    }
}

impl fmt::Display for Magnitude {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A number with its magnitude and unit, as written: `2万人` keeps `value` 2, [`Magnitude::Wan`]
/// and the unit `人`; [`Quantity::normalized`] gives 20000.
///
/// ```
/// use jixiao::{Quantity, Magnitude};
/// let q: Quantity = "381万元".parse()?;
/// assert_eq!(q.value.to_string(), "381");
/// assert_eq!(q.magnitude, Magnitude::Wan);
/// assert_eq!(q.unit().to_string(), "元");
/// assert_eq!(q.normalized().to_string(), "3810000");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Quantity {
    /// The number as written, with its scale (`381.00` stays `381.00`).
    pub value: Decimal,
    /// The magnitude word after the number.
    pub magnitude: Magnitude,
    /// The unit after the magnitude.
    pub unit: Unit,
}

impl Quantity {
    /// A quantity without magnitude.
    pub fn new(value: Decimal, unit: Unit) -> Self {
        Quantity { value, magnitude: Magnitude::One, unit }
    }

    /// The unit, without magnitude (`元` for `万元`).
    pub fn unit(&self) -> &Unit {
        &self.unit
    }

    /// The value times its magnitude (`2万` is 20000). Saturates at the limits of [`Decimal`]
    /// (the parser never produces a quantity that would).
    pub fn normalized(&self) -> Decimal {
        self.value.saturating_mul(self.magnitude.factor())
    }

    /// The value in `unit`, converting within a dimension (`1天` in `小时` is 24). A quantity or
    /// unit without unit is taken to be in the other's unit.
    pub fn value_in(&self, unit: &Unit) -> Result<Decimal, CompareError> {
        let v = self.normalized();
        if unit.is_none() || self.unit.is_none() || *unit == self.unit {
            return Ok(v);
        }
        let incompatible = || CompareError::IncompatibleUnits { target: unit.clone(), actual: self.unit.clone() };
        let (fa_n, fa_d, ka) = self.unit.factors().ok_or_else(incompatible)?;
        let (fb_n, fb_d, kb) = unit.factors().ok_or_else(incompatible)?;
        if ka != kb {
            return Err(incompatible());
        }
        // v × fa_n / fa_d expressed in b: ÷ (fb_n / fb_d)
        let num = v.checked_mul(fa_n).and_then(|x| x.checked_mul(fb_d));
        let den = fa_d.checked_mul(fb_n);
        match (num, den) {
            (Some(n), Some(d)) if !d.is_zero() => n.checked_div(d).ok_or_else(incompatible),
            _ => Err(incompatible()),
        }
    }

    /// Compares two quantities in a common unit (`1天` equals `24小时`, `2万人` equals `20000人`).
    /// A side without unit takes the other's unit. Exact: compares by cross-multiplying.
    pub fn compare(&self, other: &Quantity) -> Result<Ordering, CompareError> {
        let a = self.normalized();
        let b = other.normalized();
        if self.unit.is_none() || other.unit.is_none() || self.unit == other.unit {
            return Ok(a.cmp(&b));
        }
        let incompatible = || CompareError::IncompatibleUnits { target: other.unit.clone(), actual: self.unit.clone() };
        let (fa_n, fa_d, ka) = self.unit.factors().ok_or_else(incompatible)?;
        let (fb_n, fb_d, kb) = other.unit.factors().ok_or_else(incompatible)?;
        if ka != kb {
            return Err(incompatible());
        }
        // a·fa_n/fa_d  vs  b·fb_n/fb_d   ⇔   a·fa_n·fb_d  vs  b·fb_n·fa_d  (all factors > 0)
        let lhs = a.checked_mul(fa_n).and_then(|x| x.checked_mul(fb_d));
        let rhs = b.checked_mul(fb_n).and_then(|x| x.checked_mul(fa_d));
        match (lhs, rhs) {
            (Some(l), Some(r)) => Ok(l.cmp(&r)),
            _ => {
                let l = a.saturating_mul(fa_n) / fa_d;
                let r = b.saturating_mul(fb_n) / fb_d;
                Ok(l.cmp(&r))
            }
        }
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}{}", self.value, self.magnitude, self.unit)
    }
}

impl core::str::FromStr for Quantity {
    type Err = crate::error::ParseError;
    /// Parses a plain quantity (`2万人`, `381.00`, `1天`): a number, a magnitude and a unit.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::threshold::parse::quantity_only(s)
    }
}
