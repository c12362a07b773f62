//! Importers (导入): published target tables as text, to [`Project`]s.
//!
//! - [`docx_text::parse`] reads the text extracted from a published DOCX (the layout of the
//!   Tianjin sample: one cell a tab-led line, one row a block of lines).
//! - [`table::parse`] reads TSV or CSV rows with a Chinese header (一级指标, 二级指标, 三级指标,
//!   指标值, …), one indicator a row.
//! - [`parse`] tells the two apart and calls the right one.
//!
//! Both return an [`Imported`] document: every project found, and [`Diagnostic`]s with line
//! numbers. Nothing is dropped: a value that does not parse stays on its indicator with its raw
//! text and error, an unknown column is kept in [`crate::Indicator::extra`], and a broken
//! project does not stop the next one. Input that is no such document at all (empty, binary,
//! unrelated text) is an [`ImportError`].
//!
//! ```
//! let text = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t设备更新改造\t≥1套\n\t质量指标\t验收通过率\t≥95%\n";
//! let doc = jixiao::import::parse(text)?;
//! let p = &doc.projects[0];
//! assert_eq!(p.indicators[1].level1, Some(jixiao::Level1::Output)); // filled down
//! assert_eq!(p.indicators[1].threshold().unwrap().to_string(), "≥95%");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod amount;
mod cells;
mod diagnostic;
mod docx_head;
pub mod docx_text;
mod header;
mod indicator_row;
pub(crate) mod rows;
pub mod table;

pub use diagnostic::{Diagnostic, Severity};

use crate::project::Project;

/// An imported document (导入结果): the projects found and what the importer noticed.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Imported {
    /// The projects (项目), in document order.
    pub projects: Vec<Project>,
    /// What the importer noticed, in document order.
    #[cfg_attr(feature = "serde", serde(default))]
    pub diagnostics: Vec<Diagnostic>,
}

impl Imported {
    /// The diagnostics of one project (by index in [`Imported::projects`]).
    pub fn diagnostics_of(&self, project: usize) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(move |d| d.project == Some(project))
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }
}

/// Why an input is not a document the importers read at all (导入失败).
///
/// Problems inside a document are [`Diagnostic`]s, not errors.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// The input is empty or only whitespace.
    #[error("empty input: there is no text to import")]
    Empty,
    /// The input holds control characters or replacement characters (`\u{fffd}`): binary data
    /// or text in the wrong encoding.
    #[error("not text: binary or wrongly encoded data at line {line}")]
    Binary {
        /// The line (1-based) of the first bad character.
        line: usize,
    },
    /// The text is not a performance target table.
    #[error("not a performance target table: {reason}")]
    NotRecognised {
        /// What was looked for and not found.
        reason: &'static str,
    },
}

/// The layouts the importers read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Layout {
    /// Text extracted from a DOCX: cells on tab-led lines, rows separated by blank lines.
    DocxText,
    /// TSV or CSV rows with a header row.
    Table,
}

/// Which layout `input` is in: lines that hold one tab, at their start, are cells of
/// [`Layout::DocxText`]; lines with tabs between cells are TSV rows. When most lines of the
/// first forty are the first kind, the text is [`Layout::DocxText`]; otherwise it is tried as
/// a [`Layout::Table`].
///
/// ```
/// use jixiao::import::{detect, Layout};
/// assert_eq!(detect("1.项目绩效目标表\n\t单位：万元\n"), Layout::DocxText);
/// assert_eq!(detect("三级指标,指标值\n"), Layout::Table);
/// assert_eq!(detect("一级指标\t三级指标\t指标值\n\t验收通过率\t≥95%\n"), Layout::Table);
/// ```
pub fn detect(input: &str) -> Layout {
    let (mut cells, mut rows) = (0usize, 0usize);
    for line in input.lines().filter(|l| !l.trim().is_empty()).take(40) {
        match line.strip_prefix('\t') {
            Some(rest) if !rest.contains('\t') => cells += 1,
            _ if line.contains('\t') => rows += 1,
            _ => {}
        }
    }
    if cells > rows {
        Layout::DocxText
    } else {
        Layout::Table
    }
}

/// Imports `input` in whichever layout it is ([`detect`]).
///
/// # Errors
/// An empty or binary input, or text that is not a target table ([`ImportError`]).
pub fn parse(input: &str) -> Result<Imported, ImportError> {
    match detect(input) {
        Layout::DocxText => docx_text::parse(input),
        Layout::Table => table::parse(input),
    }
}

/// Refuses empty and binary input.
fn check_text(input: &str) -> Result<(), ImportError> {
    if input.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if !may_hold_bad(input.as_bytes()) {
        return Ok(());
    }
    let (mut bad, mut total, mut first_bad) = (0usize, 0usize, None);
    let mut line = 1usize;
    for c in input.chars() {
        total += 1;
        let is_bad = c == '\u{fffd}' || (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'));
        if is_bad {
            bad += 1;
            first_bad.get_or_insert(line);
            if c == '\0' {
                return Err(ImportError::Binary { line });
            }
        }
        if c == '\n' {
            line += 1;
        }
    }
    match first_bad {
        Some(line) if bad * 100 > total || bad > 16 => Err(ImportError::Binary { line }),
        _ => Ok(()),
    }
}

/// Whether the UTF-8 `bytes` may hold a character [`check_text`] refuses: a C0 control other
/// than tab, line feed, carriage return and form feed, DEL, a C1 control (`C2 80`–`C2 9F`)
/// or `\u{fffd}` (`EF BF BD`). False means the text is clean; true asks for the full check.
///
/// Each byte is tested with the one after it, without branches, a chunk at a time (the loop
/// vectorises); `EF BF` is flagged whatever follows, and the last byte is tested alone.
fn may_hold_bad(bytes: &[u8]) -> bool {
    const CHUNK: usize = 64;
    let control = |b: u8| ((b < 0x20) & !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) | (b == 0x7f);
    let rough = |b: u8, n: u8| control(b) | ((b == 0xc2) & (0x80..=0x9f).contains(&n)) | ((b == 0xef) & (n == 0xbf));
    let next = bytes.get(1..).unwrap_or_default();
    let pairs = bytes.chunks(CHUNK).zip(next.chunks(CHUNK));
    pairs.into_iter().any(|(chunk, after)| chunk.iter().zip(after).fold(false, |seen, (&b, &n)| seen | rough(b, n)))
        || bytes.last().is_some_and(|&b| control(b))
}

/// Collects the diagnostics of one project before its index is known.
#[derive(Default)]
struct Notes {
    list: Vec<Diagnostic>,
}

impl Notes {
    fn push(&mut self, d: Diagnostic) {
        self.list.push(d);
    }

    /// Moves the notes into `out`, marking them with `project`.
    fn flush(&mut self, project: Option<usize>, out: &mut Vec<Diagnostic>) {
        self.list.sort_by_key(|d| d.line);
        for mut d in self.list.drain(..) {
            d.project = project;
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::may_hold_bad;

    #[test]
    fn the_quick_check_sees_every_bad_char() {
        let bad = |c: char| c == '\u{fffd}' || (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'));
        for c in (0..=0x10_ffff_u32).filter_map(char::from_u32) {
            for at in [0, 61, 62, 63, 64] {
                for tail in ["", "指标"] {
                    let text = format!("{}{c}{tail}", "a".repeat(at));
                    if bad(c) {
                        assert!(may_hold_bad(text.as_bytes()), "{c:?} at {at}");
                    }
                }
            }
        }
        assert!(!may_hold_bad("一级指标\t二级指标：（≥95%）\r\n".repeat(9).as_bytes()));
    }
}
