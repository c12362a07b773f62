//! [`Severity`] (严重程度): how serious an import diagnostic or a review finding is.

use core::fmt;

/// How serious a diagnostic ([`crate::import::Diagnostic`]) or a review finding
/// ([`crate::review::Finding`]) is.
///
/// Ordered from the least to the most serious, so `Severity::Error > Severity::Note`.
///
/// ```
/// use jixiao::Severity;
/// assert!(Severity::Error > Severity::Warning && Severity::Warning > Severity::Note);
/// assert_eq!((Severity::Warning.zh(), Severity::Warning.as_str()), ("警告", "warning"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Severity {
    /// 提示: worth a look. For an import, something was kept in an unusual place (an unknown
    /// column kept in [`crate::Indicator::extra`]); for a review, it does not change the grade.
    Note,
    /// 警告: something is missing or weak (an importer's guess, a target that is not
    /// measurable, cannot fail or is mislabelled); should be revised.
    Warning,
    /// 错误: a value could not be read (kept as written beside the error), or the table is
    /// wrong or incomplete (money does not add up, a value is missing).
    Error,
}

impl Severity {
    /// `提示`, `警告` or `错误`.
    pub const fn zh(self) -> &'static str {
        match self {
            Severity::Note => "提示",
            Severity::Warning => "警告",
            Severity::Error => "错误",
        }
    }

    /// `note`, `warning` or `error`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
