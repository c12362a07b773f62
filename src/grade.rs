//! [`Grade`] (等级): 优, 良, 中 or 差, the four grades of both a target review (审核结论) and a
//! self-evaluation (自评等级), and the [`GradeBands`] that grade a self-evaluation's total.

use core::fmt;

use rust_decimal::Decimal;

/// 优 / 良 / 中 / 差.
///
/// A self-evaluation total is graded by [`GradeBands`] (优 ≥ 90, 良 ≥ 80,
/// 中 ≥ 60 by default); a reviewed target table by its findings ([`crate::review::Review::grade_of`]). Ordered from the best, so
/// `Grade::Excellent < Grade::Poor`.
///
/// ```
/// use jixiao::{Grade, GradeBands};
/// let g = GradeBands::default().grade("85.5".parse()?);
/// assert_eq!(g, Grade::Good);
/// assert_eq!(g.as_str(), "良");
/// assert!(!g.needs_revision() && Grade::Fair.needs_revision());
/// assert!(!Grade::Poor.can_enter_budget()); // 差: 不得纳入预算安排
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Grade {
    /// 优 (excellent): a total of 90 and above by default; a review without errors or warnings.
    Excellent,
    /// 良 (good): 80 to below 90 by default.
    Good,
    /// 中 (fair): 60 to below 80 by default; a reviewed table graded 中 must be revised
    /// (应调整完善).
    Fair,
    /// 差 (poor): below 60 by default; a reviewed table graded 差 cannot enter the budget
    /// (不得纳入预算安排).
    Poor,
}

impl Grade {
    /// The Chinese word: `优`, `良`, `中`, `差`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Grade::Excellent => "优",
            Grade::Good => "良",
            Grade::Fair => "中",
            Grade::Poor => "差",
        }
    }

    /// 中 and 差: a reviewed table must be revised.
    pub fn needs_revision(self) -> bool {
        self >= Grade::Fair
    }

    /// Everything but 差 may enter the budget (中 after revision).
    pub fn can_enter_budget(self) -> bool {
        self != Grade::Poor
    }
}

impl Grade {
    /// The grade a word names, on the one ladder of both scales (等级): 优秀 / 优 → 优,
    /// 良好 / 良 → 良, 合格 / 中 / 中等 / 及格 / 一般 → 中, 不合格 / 差 / 较差 / 不及格 → 差.
    /// A grade target or answer may add 等 / 等级 / 级 (`良好等级`).
    ///
    /// ```
    /// use jixiao::Grade;
    /// assert_eq!(Grade::from_word("良好"), Some(Grade::Good));
    /// assert_eq!(Grade::from_word("合格"), Some(Grade::Fair));
    /// assert!(Grade::from_word("良好") > Grade::from_word("优秀")); // ordered from the best
    /// assert_eq!(Grade::from_word("效果良好"), None);
    /// ```
    pub fn from_word(word: &str) -> Option<Grade> {
        let w = word.trim();
        let w = ["等级", "等次", "级", "等"].iter().find_map(|s| w.strip_suffix(s)).unwrap_or(w);
        Some(match w {
            "优秀" | "优" => Grade::Excellent,
            "良好" | "良" => Grade::Good,
            "合格" | "中" | "中等" | "及格" | "一般" => Grade::Fair,
            "不合格" | "差" | "较差" | "不及格" => Grade::Poor,
            _ => return None,
        })
    }

    /// The lowest grade a qualitative target of grades accepts: `优秀` (优 only), `良好及以上`,
    /// `良好以上`, `达到良好`, `评为优秀`, `优良` (优 or 良), `≥良好`. `None` for any other text
    /// (`效果良好` is no grade target).
    pub(crate) fn lowest_accepted(target: &str) -> Option<Grade> {
        // every grade word holds one of these: other text is turned away in one scan
        if target.len() > 48 || !target.contains(['优', '良', '中', '差', '格']) {
            return None;
        }
        // the words around a grade, in any order (`达到良好及以上等级`, `评为优秀`, `≧良好`)
        const LABELS: [&str; 6] = ["评定为", "等级为", "评为", "获评", "等级", "为"];
        const TAILS: [&str; 3] = ["等级", "等次", "级"];
        // an inclusion mark says the grade itself is accepted, as 以上 does (`良好（含）以上`,
        // `良好以上（含）`): before, it made no grade of the target, and a lower grade met it
        let unmarked;
        let mut t = target.trim();
        // an exclusion mark takes the grade itself out (`良好（不含）以上`: above 良好 only)
        let mut excluded = false;
        if t.contains('含') {
            let mut u = ["（含）", "(含)", "【含】", "（含本级）", "（含本数）"].iter().fold(t.to_string(), |t, m| t.replace(m, ""));
            for open in ['（', '('] {
                if let Some(at) = u.find(&format!("{open}不含")) {
                    if let Some(len) = u[at..].find(['）', ')']) {
                        u.replace_range(at..at + len + u[at + len..].chars().next().map_or(0, char::len_utf8), "");
                        excluded = true;
                    }
                }
            }
            unmarked = u;
            t = unmarked.trim();
        }
        if excluded {
            return Self::lowest_accepted(t).and_then(Grade::above);
        }
        // what a grade is of, named before it (`评价等级：良好`, `考核结果为良好`, `绩效评价良好`):
        // the grade after the name
        if let Some(grade) = Self::after_name_of_grade(t) {
            return Self::lowest_accepted(grade);
        }
        loop {
            let (word, before, after) = crate::grammar::word_between_comparators(t);
            // a comparator says at least (`≥`, `不低于`, `达到`, `以上`); any other is no grade target
            if before.is_some_and(|op| op != crate::Comparator::Ge) || after.is_some_and(|op| op != crate::Comparator::Ge) {
                return None;
            }
            let next = LABELS.iter().find_map(|l| word.strip_prefix(l)).unwrap_or(word);
            let next = TAILS.iter().find_map(|l| next.strip_suffix(l)).unwrap_or(next).trim();
            if next == t {
                break;
            }
            t = next;
        }
        match t {
            // 优良: either of the two best
            "优良" => Some(Grade::Good),
            _ => Grade::from_word(t),
        }
    }
}

impl Grade {
    /// The grade above this one (`None` above 优).
    fn above(self) -> Option<Grade> {
        match self {
            Grade::Excellent => None,
            Grade::Good => Some(Grade::Excellent),
            Grade::Fair => Some(Grade::Good),
            Grade::Poor => Some(Grade::Fair),
        }
    }

    /// The text after a name of what is graded and its copula or colon (`评价等级：良好` →
    /// `良好`, `考核结果为优秀` → `优秀`); `None` when `t` starts with no such name or is a grade
    /// word itself. Only names that say a grading (等级, 结果, 评价 …): `效果良好` says how good
    /// an effect was, no grade.
    fn after_name_of_grade(t: &str) -> Option<&str> {
        const NAMES: [&str; 11] = ["等级", "等次", "级别", "结果", "结论", "评价", "评定", "评级", "评估", "考核", "验收"];
        const MARKS: [&str; 7] = ["：", ":", "为", "是", "达到", "达", "获"];
        // the last name that is followed by a grade: `评价等级良好` is 良好 after 评价等级
        t.char_indices().rev().find_map(|(i, _)| {
            let (name, rest) = t.split_at(i);
            if name.is_empty() || !NAMES.iter().any(|n| name.trim_end().ends_with(n)) {
                return None;
            }
            let rest = rest.trim_start();
            let rest = MARKS.iter().find_map(|m| rest.strip_prefix(m)).unwrap_or(rest).trim_start();
            (!rest.is_empty() && Self::lowest_accepted(rest).is_some()).then_some(rest)
        })
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The lowest total of each grade (等级划分): 优 ≥ `excellent`, 良 ≥ `good`, 中 ≥ `fair`, else 差.
///
/// ```
/// use jixiao::{Grade, GradeBands};
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
