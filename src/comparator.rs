//! [`Comparator`] (指标性质 when written alone): `≥ > ≤ < =`.

use core::fmt;
use core::str::FromStr;

use crate::error::ParseError;

/// A comparison operator (指标性质 when written alone).
///
/// Word forms map by statute (民法典 第一千二百五十九条): 以上、以下、以内 include the number,
/// 不满、超过 exclude it.
///
/// ```
/// use jixiao::Comparator;
/// assert_eq!(Comparator::parse("不低于")?, Comparator::Ge);
/// assert_eq!("＞＝".parse::<Comparator>()?.to_string(), "≥");
/// assert!(Comparator::Ge.holds(std::cmp::Ordering::Equal));
/// # Ok::<(), jixiao::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Comparator {
    /// ≥ (不低于, 不少于, 至少, 达到, …以上).
    Ge,
    /// \> (大于, 高于, 超过, 多于, …余, …多).
    Gt,
    /// ≤ (不高于, 不超过, 至多, 控制在…以内, …以下).
    Le,
    /// < (小于, 低于, 少于, 不足, 不满).
    Lt,
    /// = (等于, or a bare value such as `100%`).
    Eq,
}

impl Comparator {
    /// Reads a comparator written alone: a symbol (`≥`, `>=`, `＞＝`, `≧`) or a word (`不低于`).
    ///
    /// ```
    /// use jixiao::Comparator;
    /// assert_eq!(Comparator::parse("不低于")?, Comparator::Ge);
    /// assert_eq!(Comparator::parse("≦")?.symbol(), "≤");
    /// assert!(Comparator::Lt.holds(core::cmp::Ordering::Less));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// Text that is not one comparator.
    pub fn parse(s: &str) -> Result<Comparator, ParseError> {
        crate::grammar::comparator_whole(s)
    }

    /// The symbol: `≥ > ≤ < =`.
    pub const fn symbol(self) -> &'static str {
        match self {
            Comparator::Ge => "≥",
            Comparator::Gt => ">",
            Comparator::Le => "≤",
            Comparator::Lt => "<",
            Comparator::Eq => "=",
        }
    }

    /// Whether `ordering` (actual compared with target) satisfies the comparator.
    pub fn holds(self, ordering: core::cmp::Ordering) -> bool {
        use core::cmp::Ordering::*;
        match self {
            Comparator::Ge => ordering != Less,
            Comparator::Gt => ordering == Greater,
            Comparator::Le => ordering != Greater,
            Comparator::Lt => ordering == Less,
            Comparator::Eq => ordering == Equal,
        }
    }
}

impl fmt::Display for Comparator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.symbol())
    }
}

impl FromStr for Comparator {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Comparator::parse(s)
    }
}
