//! Quantities (数量): a number as written, its magnitude (万, 亿) and its unit.

use core::cmp::Ordering;
use core::fmt;

use rust_decimal::Decimal;

use crate::error::{CompareError, ParseError};
use crate::unit::Unit;

/// A magnitude word that scales the number before it (数量级): `2万人` is 2 × 万 人, `3千人` is
/// 3 × 千 人.
///
/// ```
/// use jixiao::{Magnitude, Quantity};
/// assert_eq!(Magnitude::Wan.factor().to_string(), "10000");
/// let q: Quantity = "3千万元".parse()?;
/// assert_eq!((q.magnitude(), q.normalized().to_string().as_str()), (Magnitude::QianWan, "30000000"));
/// # Ok::<(), jixiao::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Magnitude {
    /// No magnitude word (× 1).
    #[default]
    One,
    /// 百 (× 10²), after Arabic digits (`5百人`).
    Bai,
    /// 千 (× 10³), after Arabic digits (`3千人`).
    Qian,
    /// 万 (× 10⁴).
    Wan,
    /// 十万 (× 10⁵).
    ShiWan,
    /// 百万 (× 10⁶).
    BaiWan,
    /// 千万 (× 10⁷).
    QianWan,
    /// 亿 (× 10⁸).
    Yi,
    /// 十亿 (× 10⁹).
    ShiYi,
    /// 百亿 (× 10¹⁰).
    BaiYi,
    /// 千亿 (× 10¹¹).
    QianYi,
    /// 万亿 (× 10¹²).
    WanYi,
}

impl Magnitude {
    /// Every magnitude, smallest first.
    pub const ALL: &'static [Magnitude] = &[
        Magnitude::One,
        Magnitude::Bai,
        Magnitude::Qian,
        Magnitude::Wan,
        Magnitude::ShiWan,
        Magnitude::BaiWan,
        Magnitude::QianWan,
        Magnitude::Yi,
        Magnitude::ShiYi,
        Magnitude::BaiYi,
        Magnitude::QianYi,
        Magnitude::WanYi,
    ];

    /// The power of ten the magnitude stands for.
    pub const fn exponent(self) -> u32 {
        match self {
            Magnitude::One => 0,
            Magnitude::Bai => 2,
            Magnitude::Qian => 3,
            Magnitude::Wan => 4,
            Magnitude::ShiWan => 5,
            Magnitude::BaiWan => 6,
            Magnitude::QianWan => 7,
            Magnitude::Yi => 8,
            Magnitude::ShiYi => 9,
            Magnitude::BaiYi => 10,
            Magnitude::QianYi => 11,
            Magnitude::WanYi => 12,
        }
    }

    /// The factor: 1, 100, 1000, 10⁴, … 10¹².
    ///
    /// ```
    /// use jixiao::{Decimal, Magnitude};
    /// assert_eq!(Magnitude::Wan.factor(), Decimal::from(10_000));
    /// assert_eq!((Magnitude::Yi.exponent(), Magnitude::Yi.as_str()), (8, "亿"));
    /// ```
    pub fn factor(self) -> Decimal {
        Decimal::from(10u64.pow(self.exponent()))
    }

    /// The word as printed: `""`, `百`, `千`, `万`, `十万`, …, `万亿`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Magnitude::One => "",
            Magnitude::Bai => "百",
            Magnitude::Qian => "千",
            Magnitude::Wan => "万",
            Magnitude::ShiWan => "十万",
            Magnitude::BaiWan => "百万",
            Magnitude::QianWan => "千万",
            Magnitude::Yi => "亿",
            Magnitude::ShiYi => "十亿",
            Magnitude::BaiYi => "百亿",
            Magnitude::QianYi => "千亿",
            Magnitude::WanYi => "万亿",
        }
    }
}

impl fmt::Display for Magnitude {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A number with its magnitude and unit, as written: `2万人` keeps the value 2, [`Magnitude::Wan`]
/// and the unit `人`; [`Quantity::normalized`] gives 20000.
///
/// The value times its magnitude always fits a [`Decimal`]: [`Quantity::new`] checks it.
///
/// ```
/// use jixiao::{Magnitude, Quantity, Unit};
/// let q: Quantity = "381万元".parse()?;
/// assert_eq!(q.value().to_string(), "381");
/// assert_eq!(q.magnitude(), Magnitude::Wan);
/// assert_eq!(q.unit().to_string(), "元");
/// assert_eq!(q.normalized().to_string(), "3810000");
///
/// let built = Quantity::new("381".parse()?, Magnitude::Wan, "元".parse()?)?;
/// assert_eq!(built, q);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Quantity {
    value: Decimal,
    magnitude: Magnitude,
    unit: Unit,
}

impl Quantity {
    /// A quantity of `value` × `magnitude` in `unit`.
    ///
    /// ```
    /// use jixiao::{Decimal, KnownUnit, Magnitude, Quantity, Unit};
    /// let q = Quantity::new(Decimal::from(2), Magnitude::Wan, Unit::Known(KnownUnit::Ren))?;
    /// assert_eq!(q.to_string(), "2万人");
    /// assert_eq!(q.normalized(), Decimal::from(20_000));
    /// assert_eq!(q, "2万人".parse()?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`ParseErrorKind::NumberTooLarge`](crate::ParseErrorKind::NumberTooLarge) when value ×
    /// magnitude does not fit a [`Decimal`];
    /// [`ParseErrorKind::Contradiction`](crate::ParseErrorKind::Contradiction) when the
    /// magnitude and unit would read back as something else (`千` before `克` reads as `千克`,
    /// `百` before the unknown unit `课时` as the unit `百课时`).
    pub fn new(value: Decimal, magnitude: Magnitude, unit: Unit) -> Result<Quantity, ParseError> {
        value.checked_mul(magnitude.factor()).ok_or(ParseError::new(crate::ParseErrorKind::NumberTooLarge, 0))?;
        let q = Quantity { value, magnitude, unit };
        // a magnitude before a unit can merge with it (千 and 克 read as 千克): read it back
        if q.magnitude != Magnitude::One && !q.unit.is_none() {
            let probe = Quantity { value: Decimal::ONE, ..q.clone() };
            match Quantity::parse(&probe.to_string()) {
                Ok(back) if back == probe => {}
                _ => return Err(ParseError::new(crate::ParseErrorKind::Contradiction, 0)),
            }
        }
        Ok(q)
    }

    /// A quantity without magnitude (`Quantity::plain(dec!(5), Unit::Known(KnownUnit::Ren))`).
    pub fn plain(value: Decimal, unit: Unit) -> Quantity {
        Quantity { value, magnitude: Magnitude::One, unit }
    }

    /// Made by code that has checked value × magnitude.
    pub(crate) const fn new_unchecked(value: Decimal, magnitude: Magnitude, unit: Unit) -> Quantity {
        Quantity { value, magnitude, unit }
    }

    /// Parses a plain quantity (`2万人`, `381.00`, `1天`): a number, a magnitude and a unit.
    ///
    /// ```
    /// use jixiao::{Magnitude, Quantity};
    /// let q = Quantity::parse("12.5万元")?;
    /// assert_eq!((q.value().to_string(), q.magnitude(), q.unit().to_string()), ("12.5".to_string(), Magnitude::Wan, "元".to_string()));
    /// assert!(Quantity::parse("≥5%").is_err()); // a threshold, not a quantity
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// An empty or malformed text, with its position.
    pub fn parse(s: &str) -> Result<Quantity, ParseError> {
        crate::grammar::quantity_whole(s)
    }

    /// The number as written, with its scale (`381.00` stays `381.00`).
    pub fn value(&self) -> Decimal {
        self.value
    }

    /// The magnitude word after the number.
    pub fn magnitude(&self) -> Magnitude {
        self.magnitude
    }

    /// The unit, without magnitude (`元` for `万元`).
    pub fn unit(&self) -> &Unit {
        &self.unit
    }

    /// The same number and magnitude in another unit (an actual written bare takes the target's
    /// unit).
    ///
    /// ```
    /// use jixiao::{Quantity, Unit};
    /// let bare: Quantity = "20".parse()?; // `≥20` in a column headed 度量单位 `人`
    /// assert_eq!(bare.with_unit(Unit::parse("人")?).to_string(), "20人");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_unit(&self, unit: Unit) -> Quantity {
        Quantity { unit, ..self.clone() }
    }

    /// The value times its magnitude (`2万` is 20000). Always fits: [`Quantity::new`] checks it.
    pub fn normalized(&self) -> Decimal {
        self.value.checked_mul(self.magnitude.factor()).unwrap_or(self.value)
    }

    /// The value in `unit`, converting within a dimension (`1天` in `小时` is 24). A quantity or
    /// unit without unit is taken to be in the other's unit.
    ///
    /// ```
    /// use jixiao::{Quantity, Unit};
    /// let q: Quantity = "1.5小时".parse()?;
    /// assert_eq!(q.value_in(&Unit::parse("分钟")?)?.to_string(), "90.0");
    /// assert!(q.value_in(&Unit::parse("人")?).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// Units that do not convert, or a converted value beyond the range of a [`Decimal`].
    pub fn value_in(&self, unit: &Unit) -> Result<Decimal, CompareError> {
        let v = self.normalized();
        if unit.is_none() || self.unit.is_none() || *unit == self.unit || unit.is_alternative_of(&self.unit) {
            return Ok(v);
        }
        let (fa_n, fa_d, fb_n, fb_d) = self.conversion(unit)?;
        // v × fa_n / fa_d expressed in b: ÷ (fb_n / fb_d)
        let num = v.checked_mul(fa_n).and_then(|x| x.checked_mul(fb_d));
        let den = fa_d.checked_mul(fb_n);
        match (num, den) {
            (Some(n), Some(d)) if !d.is_zero() => n.checked_div(d).ok_or(CompareError::Overflow),
            _ => Err(CompareError::Overflow),
        }
    }

    /// The factors of this unit and of `other`, which must convert into one another.
    fn conversion(&self, other: &Unit) -> Result<(Decimal, Decimal, Decimal, Decimal), CompareError> {
        let incompatible = || CompareError::IncompatibleUnits { target: other.clone(), actual: self.unit.clone() };
        let (fa_n, fa_d, ka) = self.unit.factors().ok_or_else(incompatible)?;
        let (fb_n, fb_d, kb) = other.factors().ok_or_else(incompatible)?;
        if ka != kb {
            return Err(incompatible());
        }
        Ok((fa_n, fa_d, fb_n, fb_d))
    }

    /// Compares two quantities in a common unit (`1天` equals `24小时`, `2万人` equals `20000人`).
    /// A side without unit takes the other's unit. Exact: compares by cross-multiplying.
    ///
    /// ```
    /// use core::cmp::Ordering;
    /// use jixiao::Quantity;
    /// let (a, b): (Quantity, Quantity) = ("2万人".parse()?, "19999人".parse()?);
    /// assert_eq!(a.compare(&b)?, Ordering::Greater);
    /// assert!(a.compare(&"2万家".parse()?).is_err()); // counts of different things never compare
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// Units that do not convert, or values too large to compare exactly (never a guess).
    pub fn compare(&self, other: &Quantity) -> Result<Ordering, CompareError> {
        let a = self.normalized();
        let b = other.normalized();
        if self.unit.is_none() || other.unit.is_none() || self.unit == other.unit || self.unit.is_alternative_of(&other.unit) {
            return Ok(a.cmp(&b));
        }
        let (fa_n, fa_d, fb_n, fb_d) = self.conversion(&other.unit)?;
        // a·fa_n/fa_d  vs  b·fb_n/fb_d   ⇔   a·fa_n·fb_d  vs  b·fb_n·fa_d  (all factors > 0)
        let lhs = a.checked_mul(fa_n).and_then(|x| x.checked_mul(fb_d));
        let rhs = b.checked_mul(fb_n).and_then(|x| x.checked_mul(fa_d));
        match (lhs, rhs) {
            (Some(l), Some(r)) => Ok(l.cmp(&r)),
            // saturating both sides would call unequal values equal: refuse instead
            _ => Err(CompareError::Overflow),
        }
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}{}", self.value, self.magnitude, self.unit)
    }
}

impl core::str::FromStr for Quantity {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Quantity::parse(s)
    }
}
