//! [`Diagnostic`] (导入提示): what an importer noticed, with the line and cell it concerns.

use core::fmt;

pub use crate::severity::Severity;

/// One thing an importer noticed (导入提示): where (line, cell, field, project) and what.
///
/// ```
/// let text = "三级指标,指标值\n服务企业数量,≥2x万家\n";
/// let doc = jixiao::import::table::parse(text)?;
/// let d = &doc.diagnostics[0];
/// assert_eq!((d.line, d.cell), (2, Some(2)));
/// assert_eq!(d.severity, jixiao::import::Severity::Error);
/// assert_eq!(d.to_string(), "line 2, cell 2: error: 指标值 `≥2x万家` does not parse: expected a unit, a range or the end at character 3 (byte offset 4)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Diagnostic {
    /// The line of the input (1-based) where the row or cell starts.
    pub line: usize,
    /// The cell (1-based, counted from the left of the row), where one cell is concerned.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub cell: Option<usize>,
    /// The field or column name concerned (`指标值`, `预算数`, a header as written).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub field: Option<String>,
    /// The index (0-based) in [`crate::import::Imported::projects`] of the project concerned.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub project: Option<usize>,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong, or what the importer did about it.
    pub message: String,
}

impl Diagnostic {
    /// A diagnostic about a whole line.
    pub fn new(severity: Severity, line: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic { line, cell: None, field: None, project: None, severity, message: message.into() }
    }

    /// The same diagnostic about one cell (1-based).
    #[must_use]
    pub fn at_cell(mut self, cell: usize) -> Diagnostic {
        self.cell = Some(cell);
        self
    }

    /// The same diagnostic naming its field.
    #[must_use]
    pub fn with_field(mut self, field: impl Into<String>) -> Diagnostic {
        self.field = Some(field.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}", self.line)?;
        if let Some(c) = self.cell {
            write!(f, ", cell {c}")?;
        }
        write!(f, ": {}: {}", self.severity, self.message)
    }
}
