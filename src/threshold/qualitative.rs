//! [`Qualitative`] (定性) targets and their [`QualitativeKind`].

use core::fmt;

use crate::error::{ParseError, ParseErrorKind};

/// The common kinds of qualitative (定性) targets, recognised from the words of the text.
///
/// Words, not characters: 优 in `优化营商环境` or 良 in `良性循环` is no grade.
///
/// ```
/// use jixiao::QualitativeKind;
/// assert_eq!(QualitativeKind::of("按时完成"), QualitativeKind::Completion);
/// assert_eq!(QualitativeKind::of("优良"), QualitativeKind::Grade);
/// assert_eq!(QualitativeKind::of("优化营商环境"), QualitativeKind::Improvement);
/// assert_eq!(QualitativeKind::of("良性循环"), QualitativeKind::Other);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum QualitativeKind {
    /// 是 / 否, 有 / 无.
    YesNo,
    /// Completion: 按时完成, 按期完工, 到位.
    Completion,
    /// Maintenance: 持续保障, 持续保持, 应保尽保, 正常运转.
    Maintenance,
    /// Improvement: 有所提升, 明显增加, 有效减轻, 优化.
    Improvement,
    /// Compliance: 符合相关规定, 严格按照….
    Compliance,
    /// A grade: 合格, 优良, 良好, 达标, 优.
    Grade,
    /// Effect: 有效, 效果明显.
    Effect,
    /// Anything else.
    Other,
}

/// Grades written as words of their own (a single 优 or 良 only when it is the whole text).
const GRADE_WORDS: &[&str] = &["合格", "优良", "优秀", "良好", "达标", "优等", "良等", "较好"];

impl QualitativeKind {
    /// Recognises the kind of a qualitative text.
    ///
    /// ```
    /// use jixiao::{Qualitative, QualitativeKind};
    /// assert_eq!(QualitativeKind::of("有效减轻"), QualitativeKind::Improvement);
    /// assert_eq!(Qualitative::new("符合相关规定")?.kind(), QualitativeKind::Compliance);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn of(text: &str) -> QualitativeKind {
        let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
        if matches!(text, "是" | "否" | "有" | "无") {
            QualitativeKind::YesNo
        } else if matches!(text, "优" | "良" | "中" | "差" | "好") {
            QualitativeKind::Grade
        } else if has(&["完成", "完工", "到位", "按时", "按期", "及时", "办结", "验收"]) {
            QualitativeKind::Completion
        } else if has(&["持续", "保障", "保持", "应保尽保", "稳定", "正常运", "长期"]) {
            QualitativeKind::Maintenance
        } else if has(&["提升", "提高", "增强", "增加", "改善", "加强", "减少", "降低", "减轻", "巩固", "促进", "优化"])
        {
            QualitativeKind::Improvement
        } else if has(&["符合", "按照", "规定", "规范", "严格", "遵守"]) {
            QualitativeKind::Compliance
        } else if has(GRADE_WORDS) {
            QualitativeKind::Grade
        } else if has(&["有效", "明显", "显著", "效果"]) {
            QualitativeKind::Effect
        } else {
            QualitativeKind::Other
        }
    }
}

/// A qualitative (定性) target, kept as written.
///
/// Its text always reads back as qualitative: [`Qualitative::new`] refuses a text that reads
/// as a number, a range or a date.
///
/// ```
/// use jixiao::Qualitative;
/// assert_eq!(Qualitative::new("持续保障")?.as_str(), "持续保障");
/// assert!(Qualitative::new("≥5%").is_err());
/// # Ok::<(), jixiao::ParseError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Qualitative {
    text: super::short_text::ShortText,
}

impl Qualitative {
    /// A qualitative statement.
    ///
    /// # Errors
    /// [`ParseErrorKind::Contradiction`] when `text` reads as another kind of 指标值 (a number, a
    /// range, a deadline), or is not the trimmed text ([`ParseErrorKind::Empty`] when empty).
    pub fn new(text: &str) -> Result<Qualitative, ParseError> {
        match crate::Threshold::parse(text)? {
            crate::Threshold::Qualitative(q) if q.as_str() == text => Ok(q),
            _ => Err(ParseError::new(ParseErrorKind::Contradiction, 0)),
        }
    }

    /// Made by the grammar from a text it read as qualitative.
    pub(crate) fn new_unchecked(text: &str) -> Qualitative {
        Qualitative { text: super::short_text::ShortText::new(text) }
    }

    /// The text as written (trimmed).
    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }

    /// The bytes of the text, for a look at them that need not read them back as `str` (which
    /// checks them again).
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.text.as_bytes()
    }

    /// The recognised kind of the text.
    pub fn kind(&self) -> QualitativeKind {
        QualitativeKind::of(self.as_str())
    }
}

impl fmt::Display for Qualitative {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
