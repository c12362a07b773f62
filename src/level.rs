//! The indicator taxonomy: [`Level1`] (一级指标) and [`Level2`] (二级指标), each from one table
//! that gives the variant, its key in JSON, its canonical name and (for level 2) its parent.

use core::fmt;
use core::str::FromStr;

use crate::error::{ParseError, ParseErrorKind};
use crate::text::fold_name;

/// A level name outside the taxonomy, kept as written (过程指标).
///
/// Made only by [`Level1::parse`] or [`Level2::parse`], so it never holds a name the taxonomy
/// knows (`产出指标` is always [`Level1::Output`]).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OtherName(Box<str>);

impl OtherName {
    /// The name as written (trimmed).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for OtherName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn strip_suffixes<'a>(s: &'a str, words: &[&str]) -> &'a str {
    let mut s = s;
    for w in words {
        s = s.strip_suffix(w).unwrap_or(s);
    }
    s
}

macro_rules! levels {
    (
        $(#[$doc1:meta])* enum Level1 { $( $(#[$d1:meta])* $v1:ident = $k1:literal, $n1:literal; )* }
        $(#[$doc2:meta])* enum Level2 { $( $(#[$d2:meta])* $v2:ident = $k2:literal, $n2:literal, $p2:ident; )* }
    ) => {
        $(#[$doc1])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Level1 {
            $( $(#[$d1])* $v1, )*
            /// Any other name, kept as written (a local 过程指标 row).
            Other(OtherName),
        }

        impl Level1 {
            /// The canonical name (`产出指标`), or the name as written for [`Level1::Other`].
            pub fn name(&self) -> &str {
                match self { $(Level1::$v1 => $n1,)* Level1::Other(s) => s.as_str() }
            }

            /// The key of the kind in JSON (`output`, `benefit`, …, `other`).
            pub fn kind(&self) -> &'static str {
                match self { $(Level1::$v1 => $k1,)* Level1::Other(_) => "other" }
            }

            /// The known level with JSON key `kind`; `None` for `other` or an unknown key.
            #[cfg(test)]
            fn known_of_kind(kind: &str) -> Option<Level1> {
                match kind { $($k1 => Some(Level1::$v1),)* _ => None }
            }

            /// Every known kind's key.
            #[cfg(any(test, feature = "serde"))]
            pub(crate) const KINDS: &'static [&'static str] = &[$($k1,)* "other"];
        }

        $(#[$doc2])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Level2 {
            $( $(#[$d2])* $v2, )*
            /// Any other name, kept as written.
            Other(OtherName),
        }

        impl Level2 {
            /// The canonical name, or the name as written for [`Level2::Other`].
            pub fn name(&self) -> &str {
                match self { $(Level2::$v2 => $n2,)* Level2::Other(s) => s.as_str() }
            }

            /// The key of the kind in JSON (`quantity`, `social`, …, `other`).
            pub fn kind(&self) -> &'static str {
                match self { $(Level2::$v2 => $k2,)* Level2::Other(_) => "other" }
            }

            /// The level 1 this level 2 belongs under; `None` for [`Level2::Other`].
            pub fn parent(&self) -> Option<Level1> {
                match self { $(Level2::$v2 => Some(Level1::$p2),)* Level2::Other(_) => None }
            }

            /// The known level with JSON key `kind`; `None` for `other` or an unknown key.
            #[cfg(test)]
            fn known_of_kind(kind: &str) -> Option<Level2> {
                match kind { $($k2 => Some(Level2::$v2),)* _ => None }
            }

            /// Every known kind's key.
            #[cfg(any(test, feature = "serde"))]
            pub(crate) const KINDS: &'static [&'static str] = &[$($k2,)* "other"];
        }
    };
}

levels! {
    /// 一级指标: the level-1 category of an indicator.
    ///
    /// ```
    /// use jixiao::Level1;
    /// assert_eq!(Level1::parse("产 出 指 标 (50分)")?, Level1::Output);
    /// assert_eq!(Level1::parse("效果指标")?, Level1::Benefit);
    /// assert_eq!(Level1::parse("过程指标")?.name(), "过程指标");
    /// assert!(Level1::parse("过程指标")?.is_other());
    /// # Ok::<(), jixiao::ParseError>(())
    /// ```
    enum Level1 {
        /// 产出指标 (output).
        Output = "output", "产出指标";
        /// 效益指标, formerly 效果指标 (benefit).
        Benefit = "benefit", "效益指标";
        /// 满意度指标 (satisfaction).
        Satisfaction = "satisfaction", "满意度指标";
        /// 成本指标 at level 1 (newer central templates).
        Cost = "cost", "成本指标";
    }

    /// 二级指标: the level-2 category of an indicator.
    ///
    /// ```
    /// use jixiao::{Level1, Level2};
    /// assert_eq!(Level2::parse("數(shù)量指標(biāo)")?, Level2::Quantity);
    /// assert_eq!(Level2::parse("产出时效")?, Level2::Timeliness);
    /// assert_eq!(Level2::parse("社会公众或服务对象满意度指标")?.parent(), Some(Level1::Satisfaction));
    /// # Ok::<(), jixiao::ParseError>(())
    /// ```
    enum Level2 {
        /// 数量指标 (quantity), under 产出.
        Quantity = "quantity", "数量指标", Output;
        /// 质量指标 (quality), under 产出.
        Quality = "quality", "质量指标", Output;
        /// 时效指标 (timeliness), under 产出.
        Timeliness = "timeliness", "时效指标", Output;
        /// 成本指标 (cost), under 产出.
        Cost = "cost", "成本指标", Output;
        /// 经济效益指标, under 效益.
        Economic = "economic", "经济效益指标", Benefit;
        /// 社会效益指标, under 效益.
        Social = "social", "社会效益指标", Benefit;
        /// 生态效益指标, under 效益.
        Ecological = "ecological", "生态效益指标", Benefit;
        /// 可持续影响指标, under 效益.
        Sustainability = "sustainability", "可持续影响指标", Benefit;
        /// 服务对象满意度指标 (also 社会公众或服务对象满意度指标), under 满意度.
        Satisfaction = "satisfaction", "服务对象满意度指标", Satisfaction;
        /// 经济成本指标, under level-1 成本.
        EconomicCost = "economic_cost", "经济成本指标", Cost;
        /// 社会成本指标, under level-1 成本.
        SocialCost = "social_cost", "社会成本指标", Cost;
        /// 生态环境成本指标, under level-1 成本.
        EcologicalCost = "ecological_cost", "生态环境成本指标", Cost;
    }
}

impl Level1 {
    /// Recognises a level-1 name (aliases, traditional characters, spaces and `(50分)`
    /// suffixes allowed); anything else is kept as [`Level1::Other`].
    ///
    /// # Errors
    /// [`ParseErrorKind::EmptyName`] for an empty name.
    pub fn parse(s: &str) -> Result<Level1, ParseError> {
        let f = fold_name(s);
        if f.is_empty() {
            return Err(ParseError::new(ParseErrorKind::EmptyName, 0));
        }
        let core = strip_suffixes(&f, &["指标", "目标"]);
        Ok(match core {
            "产出" | "项目完成" | "项目产出" => Level1::Output,
            "效益" | "效果" | "项目效益" | "项目效果" => Level1::Benefit,
            "满意度" | "服务对象满意度" | "社会公众或服务对象满意度" | "项目满意度" => Level1::Satisfaction,
            "成本" => Level1::Cost,
            _ => Level1::Other(OtherName(s.trim().into())),
        })
    }

    /// True for a name outside the taxonomy.
    pub fn is_other(&self) -> bool {
        matches!(self, Level1::Other(_))
    }
}

impl Level2 {
    /// Recognises a level-2 name; anything else is kept as [`Level2::Other`].
    ///
    /// # Errors
    /// [`ParseErrorKind::EmptyName`] for an empty name.
    pub fn parse(s: &str) -> Result<Level2, ParseError> {
        let f = fold_name(s);
        if f.is_empty() {
            return Err(ParseError::new(ParseErrorKind::EmptyName, 0));
        }
        let mut core = strip_suffixes(&f, &["等", "指标", "目标"]);
        for prefix in ["产出", "项目"] {
            if core.len() > prefix.len() {
                core = core.strip_prefix(prefix).unwrap_or(core);
            }
        }
        Ok(match core {
            "数量" => Level2::Quantity,
            "质量" => Level2::Quality,
            "时效" => Level2::Timeliness,
            "成本" => Level2::Cost,
            "经济效益" | "经济" => Level2::Economic,
            "社会效益" | "社会" => Level2::Social,
            "生态效益" | "生态" | "环境效益" => Level2::Ecological,
            "可持续影响" | "可持续" | "可持续发展" => Level2::Sustainability,
            "服务对象满意度" | "社会公众或服务对象满意度" | "满意度" | "社会公众满意度" | "服务满意度" => {
                Level2::Satisfaction
            }
            "经济成本" => Level2::EconomicCost,
            "社会成本" => Level2::SocialCost,
            "生态环境成本" | "生态成本" | "环境成本" => Level2::EcologicalCost,
            _ => Level2::Other(OtherName(s.trim().into())),
        })
    }

    /// True for a name outside the taxonomy.
    pub fn is_other(&self) -> bool {
        matches!(self, Level2::Other(_))
    }
}

impl fmt::Display for Level1 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for Level2 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Level1 {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Level1::parse(s)
    }
}

impl FromStr for Level2 {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Level2::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back() {
        for kind in Level1::KINDS.iter().filter(|k| **k != "other") {
            let l = Level1::known_of_kind(kind).unwrap();
            assert_eq!(Level1::parse(l.name()), Ok(l.clone()), "{kind}");
            assert_eq!(l.kind(), *kind);
        }
        for kind in Level2::KINDS.iter().filter(|k| **k != "other") {
            let l = Level2::known_of_kind(kind).unwrap();
            assert_eq!(Level2::parse(l.name()), Ok(l.clone()), "{kind}");
            assert_eq!(l.kind(), *kind);
        }
        assert!(Level1::parse("  ").is_err());
    }
}
