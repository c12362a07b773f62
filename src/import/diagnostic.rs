//! [`Diagnostic`] (导入提示): what an importer noticed, with the place it concerns as the user
//! sees it: line and cell of a text, `Sheet1!F12` of a workbook, table, row and cell of a DOCX.

use core::fmt;

pub use super::code::Code;
use crate::severity::Severity;

use crate::message::Message;

/// One thing an importer noticed (导入提示): its [`Code`], where (line or row, cell, sheet or
/// table, field, project) and what, in Chinese ([`Diagnostic::zh`]) and English
/// ([`Diagnostic::en`]). `Display` gives the whole diagnostic in Chinese, and `{:#}` adds the
/// English below, as every report of the crate does.
///
/// ```
/// let text = "三级指标,指标值\n服务企业数量,≥2x万家\n";
/// let doc = jixiao::import::table::parse(text)?;
/// let d = &doc.diagnostics[0];
/// assert_eq!((d.line, d.cell), (2, Some(2)));
/// assert_eq!(d.code(), jixiao::import::Code::BadValue);
/// assert_eq!(d.severity(), jixiao::Severity::Error);
/// assert_eq!(d.to_string(), "第2行第2格：错误 I008：指标值“≥2x万家”无法解析：第3个字符处应为单位、区间或结尾");
/// assert_eq!(d.place(), "line 2, cell 2");
/// assert_eq!(d.en(), "指标值 `≥2x万家` does not parse: expected a unit, a range or the end at character 3 (byte offset 4)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Diagnostic {
    /// The stable code of this kind of diagnostic (`I008`).
    code: Code,
    /// Where the row or cell starts: the line of a text (1-based), the row of a sheet (as
    /// Excel numbers it) or the row of a DOCX table (1-based).
    pub line: usize,
    /// The cell (1-based): counted from the left of the row in a text or a DOCX table row (as
    /// Word shows the cells), the column of a sheet (1 is `A`).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub cell: Option<usize>,
    /// The sheet of a workbook, where the input is one.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub sheet: Option<String>,
    /// The table (1-based, in document order) of a DOCX, where the input is one.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub table: Option<usize>,
    /// The field or column name concerned (`指标值`, `预算数`, a header as written).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub field: Option<String>,
    /// The index (0-based) in [`crate::import::Imported::projects`] of the project concerned.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub project: Option<usize>,
    /// How serious it is: the code's severity (written out for JSON readers).
    severity: Severity,
    /// The same in Chinese.
    zh: String,
    /// What is wrong, or what the importer did about it, in English.
    en: String,
}

impl Diagnostic {
    /// A diagnostic about a whole line (or row), with its message.
    ///
    /// ```
    /// use jixiao::import::{Code, Diagnostic};
    /// use jixiao::Message;
    /// let d = Diagnostic::new(Code::EmptyValue, 12, Message::chinese("指标值为空").english("the target value is empty"))
    ///     .at_cell(4)
    ///     .with_field("指标值");
    /// assert_eq!((d.place(), d.place_zh()), ("line 12, cell 4".to_string(), "第12行第4格".to_string()));
    /// assert_eq!((d.zh(), d.en()), ("指标值为空", "the target value is empty"));
    /// assert_eq!(d.field.as_deref(), Some("指标值"));
    /// ```
    pub fn new(code: Code, line: usize, message: Message) -> Diagnostic {
        let (zh, en) = message.into_parts();
        Diagnostic { code, line, cell: None, sheet: None, table: None, field: None, project: None, severity: code.severity(), zh, en }
    }

    /// The stable code of this kind of diagnostic (`I008`).
    pub fn code(&self) -> Code {
        self.code
    }

    /// How serious it is: always the code's ([`Code::severity`]).
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// What is wrong, or what the importer did about it, in Chinese.
    pub fn zh(&self) -> &str {
        &self.zh
    }

    /// The same in English.
    pub fn en(&self) -> &str {
        &self.en
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

    /// The place as the user sees it, in English: `line 2, cell 3`, `Sheet1!F12`,
    /// `Sheet1 row 12`, `table 2, row 7, cell 5`.
    pub fn place(&self) -> String {
        let mut s = String::new();
        match (&self.sheet, self.cell) {
            (Some(sheet), Some(c)) => s = format!("{}!{}{}", sheet_ref(sheet), column_name(c), self.line),
            (Some(sheet), None) => s = format!("{} row {}", sheet_ref(sheet), self.line),
            (None, cell) => {
                match self.table {
                    Some(t) => s.push_str(&format!("table {t}, row {}", self.line)),
                    None => s.push_str(&format!("line {}", self.line)),
                }
                if let Some(c) = cell {
                    s.push_str(&format!(", cell {c}"));
                }
            }
        }
        s
    }

    /// The place in Chinese: `第2行第3格`, `Sheet1!F12`, `Sheet1 第12行`, `表2第7行第5格`.
    pub fn place_zh(&self) -> String {
        match (&self.sheet, self.cell) {
            (Some(sheet), Some(c)) => format!("{}!{}{}", sheet_ref(sheet), column_name(c), self.line),
            (Some(sheet), None) => format!("{} 第{}行", sheet_ref(sheet), self.line),
            (None, cell) => {
                let table = self.table.map(|t| format!("表{t}")).unwrap_or_default();
                let cell = cell.map(|c| format!("第{c}格")).unwrap_or_default();
                format!("{table}第{}行{cell}", self.line)
            }
        }
    }
}

/// `A` for column 1, `Z` for 26, `AA` for 27.
pub(crate) fn column_name(mut n: usize) -> String {
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// A sheet name as a formula writes it: quoted when it holds anything but letters (Chinese
/// included), digits and `_`.
fn sheet_ref(name: &str) -> String {
    let plain = name.chars().all(|c| c.is_alphanumeric() || c == '_');
    if plain && !name.starts_with(|c: char| c.is_ascii_digit()) {
        name.to_string()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}

impl fmt::Display for Diagnostic {
    /// `第2行第2格：错误 I008：…`; with `{:#}` the English follows on the next line,
    /// `line 2, cell 2: error I008: …`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}：{} {}：{}", self.place_zh(), self.severity().zh(), self.code, self.zh)?;
        if f.alternate() {
            write!(f, "\n      {}: {} {}: {}", self.place(), self.severity(), self.code, self.en)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places() {
        assert_eq!(column_name(1), "A");
        assert_eq!(column_name(6), "F");
        assert_eq!(column_name(26), "Z");
        assert_eq!(column_name(27), "AA");
        assert_eq!(column_name(703), "AAA");
        let mut d = Diagnostic::new(Code::BadValue, 12, Message::chinese("甲").english("x")).at_cell(6);
        d.sheet = Some("Sheet1".into());
        assert_eq!(d.place(), "Sheet1!F12");
        d.sheet = Some("My sheet".into());
        assert_eq!(d.place(), "'My sheet'!F12");
        d.sheet = Some("01".into());
        assert_eq!(d.place(), "'01'!F12");
        d.sheet = None;
        d.table = Some(2);
        assert_eq!(d.place(), "table 2, row 12, cell 6");
        assert_eq!(d.place_zh(), "表2第12行第6格");
    }
}
