//! What the unit writes beside a light: [`Reasons`] for the deviation (偏差原因分析) with their
//! [`ReasonCategory`], and the [`Possibility`] of reaching the target (完成目标可能性).

use core::fmt;
use core::str::FromStr;

use crate::error::{ParseError, ParseErrorKind};
use crate::text::{fold_label, is_no_value_mark};

/// The categories of a reason for a deviation (偏差原因分析), as the forms list them.
///
/// ```
/// use jixiao::monitor::{ReasonCategory, Reasons};
/// let r = Reasons::from_text("硬件条件保障：服务器到货延迟");
/// assert_eq!(r.categories, [ReasonCategory::Hardware]);
/// assert_eq!(ReasonCategory::Hardware.zh(), "硬件条件保障");
/// assert_eq!(ReasonCategory::ALL.len(), 5);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum ReasonCategory {
    /// 经费保障: money (funds late or short).
    Funding,
    /// 制度保障: rules and procedures (procurement, approval).
    Institutional,
    /// 人员保障: staff.
    Staffing,
    /// 硬件条件保障: equipment and facilities.
    Hardware,
    /// 其他: anything else.
    Other,
}

impl ReasonCategory {
    /// Every category, in the forms' order.
    pub const ALL: [ReasonCategory; 5] =
        [ReasonCategory::Funding, ReasonCategory::Institutional, ReasonCategory::Staffing, ReasonCategory::Hardware, ReasonCategory::Other];

    /// The category as the forms write it (`经费保障`).
    pub const fn zh(self) -> &'static str {
        match self {
            ReasonCategory::Funding => "经费保障",
            ReasonCategory::Institutional => "制度保障",
            ReasonCategory::Staffing => "人员保障",
            ReasonCategory::Hardware => "硬件条件保障",
            ReasonCategory::Other => "其他",
        }
    }

    /// The words that name the category in a reason's text.
    const fn words(self) -> &'static [&'static str] {
        match self {
            ReasonCategory::Funding => &["经费保障"],
            ReasonCategory::Institutional => &["制度保障"],
            ReasonCategory::Staffing => &["人员保障"],
            ReasonCategory::Hardware => &["硬件条件保障", "硬件保障"],
            ReasonCategory::Other => &["其他", "其它"],
        }
    }
}

impl fmt::Display for ReasonCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.zh())
    }
}

/// A reason for a deviation (偏差原因分析): the text as written, and the categories it names.
///
/// ```
/// use jixiao::monitor::{ReasonCategory, Reasons};
/// let r = Reasons::from_text("经费保障、人员保障：资金7月才到位，技术人员调整");
/// assert_eq!(r.categories, [ReasonCategory::Funding, ReasonCategory::Staffing]);
/// assert!(r.is_given());
/// assert!(!Reasons::from_text("/").is_given());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Reasons {
    /// The categories the text names (经费保障, 制度保障, 人员保障, 硬件条件保障, 其他), in the
    /// forms' order.
    #[cfg_attr(feature = "serde", serde(default))]
    pub categories: Vec<ReasonCategory>,
    /// The reason as written.
    pub text: String,
}

impl Reasons {
    /// The reason written in `text`, with the categories it names.
    pub fn from_text(text: &str) -> Reasons {
        let folded = fold_label(text);
        let categories = ReasonCategory::ALL.into_iter().filter(|c| c.words().iter().any(|w| folded.contains(w))).collect();
        Reasons { categories, text: text.trim().to_string() }
    }

    /// Whether a reason is given: some text that is not a no-value mark (`/`, `—`, `无`).
    ///
    /// ```
    /// use jixiao::monitor::Reasons;
    /// assert!(Reasons::from_text("资金7月才到位").is_given());
    /// assert!(!Reasons::from_text("无").is_given());
    /// ```
    pub fn is_given(&self) -> bool {
        is_given(&self.text)
    }
}

impl From<&str> for Reasons {
    fn from(text: &str) -> Reasons {
        Reasons::from_text(text)
    }
}

/// Whether a free text says something: not empty, not `/`, `—`, `无` or `空`.
pub(crate) fn is_given(text: &str) -> bool {
    let t = text.trim();
    !(t.is_empty() || is_no_value_mark(t) || matches!(t, "无" | "空" | "暂无"))
}

/// The possibility of reaching the target by the end of the year (完成目标可能性).
///
/// ```
/// use jixiao::monitor::Possibility;
/// assert_eq!("有可能".parse::<Possibility>()?, Possibility::Possible);
/// assert_eq!(Possibility::Impossible.zh(), "完全不可能");
/// assert!("大概".parse::<Possibility>().is_err());
/// # Ok::<(), jixiao::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Possibility {
    /// 确定能: the target will be reached.
    Certain,
    /// 有可能: it may be reached.
    Possible,
    /// 完全不可能: it cannot be reached.
    Impossible,
}

impl Possibility {
    /// `确定能`, `有可能` or `完全不可能`.
    pub const fn zh(self) -> &'static str {
        match self {
            Possibility::Certain => "确定能",
            Possibility::Possible => "有可能",
            Possibility::Impossible => "完全不可能",
        }
    }

    /// `certain`, `possible` or `impossible`.
    pub const fn en(self) -> &'static str {
        match self {
            Possibility::Certain => "certain",
            Possibility::Possible => "possible",
            Possibility::Impossible => "impossible",
        }
    }

    /// Reads the answer as forms write it: 确定能 (确定能完成, 能), 有可能 (可能, 基本能),
    /// 完全不可能 (不可能, 无法完成), or the English word.
    ///
    /// # Errors
    /// [`ParseErrorKind::UnknownAnswer`] for anything else.
    pub fn parse(s: &str) -> Result<Possibility, ParseError> {
        let f = fold_label(s);
        Ok(match &*f {
            "确定能" | "确定能完成" | "确定" | "能" | "能完成" | "可以完成" | "certain" => Possibility::Certain,
            "有可能" | "有可能完成" | "可能" | "基本能" | "基本能完成" | "possible" => Possibility::Possible,
            "完全不可能" | "不可能" | "无法完成" | "不能完成" | "不能" | "impossible" => Possibility::Impossible,
            _ => return Err(ParseError::new(ParseErrorKind::UnknownAnswer, 0)),
        })
    }
}

impl FromStr for Possibility {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Possibility::parse(s)
    }
}

impl fmt::Display for Possibility {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.zh())
    }
}
