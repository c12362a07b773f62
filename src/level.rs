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
///
/// ```
/// use jixiao::Level1;
/// let Level1::Other(name) = Level1::parse("过程指标")? else { panic!() };
/// assert_eq!(name.as_str(), "过程指标");
/// assert_eq!(name.to_string(), "过程指标");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
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

/// The spellings of each level-1 kind once folded and without 指标/目标/值 (`项目产出`).
const LEVEL1_SPELLINGS: &[(&str, &str)] = &[
    ("产出", "output"),
    ("项目完成", "output"),
    ("项目产出", "output"),
    ("效益", "benefit"),
    ("效果", "benefit"),
    ("项目效益", "benefit"),
    ("项目效果", "benefit"),
    ("满意度", "satisfaction"),
    ("服务对象满意度", "satisfaction"),
    ("社会公众或服务对象满意度", "satisfaction"),
    ("项目满意度", "satisfaction"),
    ("成本", "cost"),
];

/// The spellings of each level-2 kind, folded, without 指标/目标/值/等 and without a leading
/// 产出 or 项目 (`产出时效` is `时效`).
const LEVEL2_SPELLINGS: &[(&str, &str)] = &[
    ("数量", "quantity"),
    ("质量", "quality"),
    ("时效", "timeliness"),
    ("成本", "cost"),
    ("经济效益", "economic"),
    ("经济", "economic"),
    ("社会效益", "social"),
    ("社会", "social"),
    ("生态效益", "ecological"),
    ("生态", "ecological"),
    ("环境效益", "ecological"),
    ("可持续影响", "sustainability"),
    ("可持续", "sustainability"),
    ("可持续发展", "sustainability"),
    ("服务对象满意度", "satisfaction"),
    ("社会公众或服务对象满意度", "satisfaction"),
    ("满意度", "satisfaction"),
    ("社会公众满意度", "satisfaction"),
    ("服务满意度", "satisfaction"),
    ("经济成本", "economic_cost"),
    ("社会成本", "social_cost"),
    ("生态环境成本", "ecological_cost"),
    ("生态成本", "ecological_cost"),
    ("环境成本", "ecological_cost"),
];

/// Words that point to one level-1 kind inside a name outside the taxonomy.
const LEVEL1_WORDS: &[(&str, &str)] =
    &[("产出", "output"), ("效益", "benefit"), ("效果", "benefit"), ("满意", "satisfaction"), ("成本", "cost")];

/// Words that point to one level-2 kind inside a name outside the taxonomy.
const LEVEL2_WORDS: &[(&str, &str)] = &[
    ("数量", "quantity"),
    ("质量", "quality"),
    ("时效", "timeliness"),
    ("及时", "timeliness"),
    ("成本", "cost"),
    ("经济", "economic"),
    ("社会", "social"),
    ("生态", "ecological"),
    ("可持续", "sustainability"),
    ("满意", "satisfaction"),
];

/// Whether a level-1 name holds a standard one with the template's words around it
/// (`预期产出指标`, `项目实施产出指标`, `预期效果指标`, `年度产出目标`, `预期产出`): a spelling of
/// the table above, then 指标, 目标 or the end. Returns the level it holds.
pub(crate) fn held_standard_level1(name: &str) -> Option<Level1> {
    let f = fold_level(name);
    LEVEL1_SPELLINGS.iter().find_map(|(spelling, kind)| {
        f.match_indices(spelling)
            .any(|(at, _)| {
                let after = &f[at + spelling.len()..];
                after.is_empty() || after.starts_with("指标") || after.starts_with("目标")
            })
            .then(|| Level1::of_kind(kind))
    })
}

/// A level name folded for matching: spaces, weights and pinyin gone ([`fold_name`]), and every
/// bracketed note a template leaves in it (`数量指标(必填硬性指标)`, `质量指标（选填）`,
/// `【必填】`): a level name never needs brackets to say which level it is.
fn fold_level(s: &str) -> String {
    let f = fold_name(s);
    if !f.contains(['(', '（', '【', '[']) {
        return f;
    }
    let mut out = String::with_capacity(f.len());
    let mut rest = f.as_str();
    while let Some(open) = rest.find(['(', '（', '【', '[']) {
        let after = &rest[open..];
        let close = after.find([')', '）', '】', ']']);
        out.push_str(&rest[..open]);
        match close {
            Some(c) => rest = &after[c + after[c..].chars().next().map_or(1, char::len_utf8)..],
            // an unclosed bracket is kept as written
            None => {
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// How a name outside the taxonomy most likely reads, for the review: the standard spelling it
/// was taken for, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Likely {
    /// One character differs from a standard spelling (`顼目产出` for `项目产出`): an OCR or
    /// typing slip.
    Slip(String),
    /// The name holds the key word of exactly one level (`时效` in `工作时效性`).
    Word(&'static str),
}

impl Likely {
    /// Whether the name holds the level's key word (not a guess at a slip).
    pub(crate) fn is_word(&self) -> bool {
        matches!(self, Likely::Word(_))
    }
}

/// The one kind that `name` (folded, notes gone) is a one-character slip of, with the spelling
/// it was compared with. Only spellings of four characters or more count (a two-character
/// name with one wrong is half wrong), with or without the 指标/目标 suffix.
fn slip_of(name: &str, spellings: &[(&str, &'static str)]) -> Option<(&'static str, String)> {
    let n = name.chars().count();
    let mut found: Option<(&'static str, String)> = None;
    for (core, kind) in spellings {
        for suffix in ["", "指标", "目标"] {
            let candidate = format!("{core}{suffix}");
            if candidate.chars().count() != n || n < 4 {
                continue;
            }
            let differ = candidate.chars().zip(name.chars()).filter(|(a, b)| a != b).count();
            if differ == 1 {
                match &found {
                    Some((k, _)) if k != kind => return None,
                    Some(_) => {}
                    None => found = Some((kind, candidate)),
                }
            }
        }
    }
    found
}

/// The one kind whose key word `name` holds; `None` when it holds none or words of two kinds.
fn word_of(name: &str, words: &[(&'static str, &'static str)]) -> Option<(&'static str, &'static str)> {
    let mut found: Option<(&'static str, &'static str)> = None;
    for (word, kind) in words {
        if name.contains(word) {
            match found {
                Some((_, k)) if k != *kind => return None,
                Some(_) => {}
                None => found = Some((word, kind)),
            }
        }
    }
    found
}

impl Level1 {
    /// Recognises a level-1 name (aliases, traditional characters, spaces, `(50分)` weights,
    /// template notes such as `(必填)`, the `…值` form `产出值`, and near-standard names ending in
    /// 满意度); anything else is kept as [`Level1::Other`].
    ///
    /// ```
    /// use jixiao::{Level1, ParseErrorKind};
    /// assert_eq!(Level1::parse("产出指标（50分）")?.kind(), "output");
    /// assert_eq!(Level1::parse("（必填）").unwrap_err().kind(), ParseErrorKind::EmptyName);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`ParseErrorKind::EmptyName`] for a name that is empty once weights and notes are gone
    /// (`(50分)`, `（必填）`).
    pub fn parse(s: &str) -> Result<Level1, ParseError> {
        let f = fold_level(s);
        if f.is_empty() {
            return Err(ParseError::new(ParseErrorKind::EmptyName, 0));
        }
        let core = strip_suffixes(&f, &["值", "指标", "目标"]);
        if let Some((_, kind)) = LEVEL1_SPELLINGS.iter().find(|(c, _)| *c == core) {
            return Ok(Level1::of_kind(kind));
        }
        // 服务对象或受益者满意度指标 and the like
        if core.ends_with("满意度") {
            return Ok(Level1::Satisfaction);
        }
        Ok(Level1::Other(OtherName(s.trim().into())))
    }

    /// True for a name outside the taxonomy.
    pub fn is_other(&self) -> bool {
        matches!(self, Level1::Other(_))
    }

    /// For a name outside the taxonomy, the level it most likely means: a one-character slip of
    /// a standard spelling, or the key word of one level in it. `None` for a known level or a
    /// name that says nothing (过程指标).
    pub(crate) fn likely(&self) -> Option<(Level1, Likely)> {
        let Level1::Other(name) = self else { return None };
        let f = fold_level(name.as_str());
        if let Some((kind, spelling)) = slip_of(&f, LEVEL1_SPELLINGS) {
            return Some((Level1::of_kind(kind), Likely::Slip(spelling)));
        }
        word_of(&f, LEVEL1_WORDS).map(|(word, kind)| (Level1::of_kind(kind), Likely::Word(word)))
    }

    /// The known level of a kind from the spelling tables (every key there is a known kind).
    fn of_kind(kind: &str) -> Level1 {
        Level1::known_of_kind(kind).unwrap_or_else(|| Level1::Other(OtherName(kind.into())))
    }
}

impl Level2 {
    /// Recognises a level-2 name (as [`Level1::parse`] does, and also `产出时效`, `可持续性发展影响指标`
    /// and any name ending in 满意度); anything else is kept as [`Level2::Other`].
    ///
    /// # Errors
    /// [`ParseErrorKind::EmptyName`] for a name that is empty once weights and notes are gone.
    pub fn parse(s: &str) -> Result<Level2, ParseError> {
        let f = fold_level(s);
        if f.is_empty() {
            return Err(ParseError::new(ParseErrorKind::EmptyName, 0));
        }
        let core = level2_core(&f);
        if let Some((_, kind)) = LEVEL2_SPELLINGS.iter().find(|(c, _)| *c == core) {
            return Ok(Level2::of_kind(kind));
        }
        // near-standard names: 可持续性发展影响指标, 服务对象或受益者满意度指标
        if core.starts_with("可持续") && !core.contains("成本") {
            return Ok(Level2::Sustainability);
        }
        if core.ends_with("满意度") {
            return Ok(Level2::Satisfaction);
        }
        Ok(Level2::Other(OtherName(s.trim().into())))
    }

    /// True for a name outside the taxonomy.
    pub fn is_other(&self) -> bool {
        matches!(self, Level2::Other(_))
    }

    /// For a name outside the taxonomy, the level it most likely means (see
    /// [`Level1::likely`]).
    pub(crate) fn likely(&self) -> Option<(Level2, Likely)> {
        let Level2::Other(name) = self else { return None };
        let f = fold_level(name.as_str());
        let mut unprefixed = f.as_str();
        for prefix in ["产出", "项目"] {
            unprefixed = unprefixed.strip_prefix(prefix).unwrap_or(unprefixed);
        }
        if let Some((kind, spelling)) = slip_of(unprefixed, LEVEL2_SPELLINGS) {
            return Some((Level2::of_kind(kind), Likely::Slip(spelling)));
        }
        word_of(&f, LEVEL2_WORDS).map(|(word, kind)| (Level2::of_kind(kind), Likely::Word(word)))
    }

    /// The known level of a kind from the spelling tables.
    fn of_kind(kind: &str) -> Level2 {
        Level2::known_of_kind(kind).unwrap_or_else(|| Level2::Other(OtherName(kind.into())))
    }
}

/// A folded level-2 name without its suffixes (值, 等, 指标, 目标) and a leading 产出 or 项目.
fn level2_core(f: &str) -> &str {
    let mut core = strip_suffixes(f, &["值", "等", "指标", "目标"]);
    for prefix in ["产出", "项目"] {
        if core.len() > prefix.len() {
            core = core.strip_prefix(prefix).unwrap_or(core);
        }
    }
    core
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

    #[test]
    fn template_notes_weights_and_near_standard_names() {
        assert_eq!(Level2::parse("数量指标(必填硬性指标)"), Ok(Level2::Quantity));
        assert_eq!(Level2::parse("质量指标（选填）"), Ok(Level2::Quality));
        assert_eq!(Level2::parse("成本指标【必填】"), Ok(Level2::Cost));
        assert_eq!(Level1::parse("成本指标（必填）"), Ok(Level1::Cost));
        assert_eq!(Level2::parse("可持续性发展影响指标"), Ok(Level2::Sustainability));
        assert_eq!(Level2::parse("可持续性影响指标"), Ok(Level2::Sustainability));
        assert_eq!(Level2::parse("服务对象或受益者满意度指标"), Ok(Level2::Satisfaction));
        assert_eq!(Level1::parse("服务对象或受益者满意度指标"), Ok(Level1::Satisfaction));
        assert_eq!(Level1::parse("效益值"), Ok(Level1::Benefit));
        assert_eq!(Level1::parse("产出值"), Ok(Level1::Output));
        assert_eq!(Level1::parse("产出指标值"), Ok(Level1::Output));
        // only a weight or a note: no name at all
        for s in ["(50分)", "（30分）", "(必填)", "（ 10 分 ）"] {
            assert_eq!(Level1::parse(s).map_err(|e| e.kind()), Err(ParseErrorKind::EmptyName), "{s}");
            assert_eq!(Level2::parse(s).map_err(|e| e.kind()), Err(ParseErrorKind::EmptyName), "{s}");
        }
        // an unclosed bracket stays
        assert!(Level2::parse("数量指标(必填").unwrap().is_other());
        // not near enough
        assert!(Level2::parse("可持续成本").unwrap().is_other());
        assert!(Level1::parse("过程指标").unwrap().is_other());
    }

    #[test]
    fn likely_levels_of_odd_names() {
        let l1 = |s: &str| Level1::parse(s).unwrap().likely();
        let l2 = |s: &str| Level2::parse(s).unwrap().likely();
        assert_eq!(l1("顼目产出"), Some((Level1::Output, Likely::Slip("项目产出".into()))));
        assert_eq!(l1("产山指标"), Some((Level1::Output, Likely::Slip("产出指标".into()))));
        assert_eq!(l2("数暈指标"), Some((Level2::Quantity, Likely::Slip("数量指标".into()))));
        assert_eq!(l2("产出时郊指标"), Some((Level2::Timeliness, Likely::Slip("时效指标".into()))));
        assert_eq!(l2("工作时效性"), Some((Level2::Timeliness, Likely::Word("时效"))));
        assert_eq!(l1("项目成本控制"), Some((Level1::Cost, Likely::Word("成本"))));
        // nothing to go on, or words of two levels
        assert_eq!(l1("过程指标"), None);
        assert_eq!(l2("资金管理"), None);
        assert_eq!(l2("数量及质量"), None);
        assert_eq!(l1("产出及效益"), None);
        // known names need no guess
        assert_eq!(Level1::Output.likely(), None);
    }
}
