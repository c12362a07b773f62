//! Importers (导入): published target tables, as the files units publish or as text, to
//! [`Project`]s.
//!
//! - [`parse_file`] / [`parse_bytes`] read any of them, telling the format by content
//!   ([`sniff`]): a zip archive holding `word/document.xml` is a DOCX, one holding
//!   `xl/workbook.xml` an XLSX, an OLE file an XLS, anything else text in UTF-8, UTF-16 (with a
//!   byte order mark) or GBK/GB18030.
//! - [`docx::parse`] (feature `docx`) reads every table of a `.docx` with `zip` and
//!   `quick-xml`; [`xlsx::parse`] (feature `xlsx`) every sheet of an `.xlsx` or `.xls` with
//!   `calamine`.
//! - [`docx_text::parse`] reads the text extracted from a published DOCX (the layout of the
//!   Tianjin sample: one cell a tab-led line, one row a block of lines).
//! - [`table::parse`] reads TSV or CSV rows with a Chinese header (一级指标, 二级指标, 三级指标,
//!   指标值, …), one indicator a row; quoted cells as Excel writes them, in TSV as in CSV.
//! - [`parse`] tells the two text layouts apart and calls the right one.
//!
//! All four inputs feed one table model: rows of cells, each cell with its place as the user
//! sees it (line and cell of a text, `Sheet1!F12` of a workbook, table, row and cell of a
//! DOCX), merged cells empty and filled down where the layout means it: the levels, and a
//! 三级指标, 指标值 or 实际完成值 merged down over several rows, which is each row's (I038). Two readers of that
//! model share the header, fill-down, amount, money-unit and diagnostic code: the form reader
//! (DOCX and its text: heading, unit, 项目名称, budget, purpose, goals, indicators) and the
//! sheet reader (TSV, CSV, workbooks: a preamble above a header row, a 总分 row ending a table,
//! several tables one under another). Each returns an [`Imported`] document: every project
//! found, and [`Diagnostic`]s with their places. Nothing is dropped: a value that does not
//! parse stays on its indicator with its raw text and error, an unknown column is kept in
//! [`crate::Indicator::extra`], and a broken project does not stop the next one. Input that is
//! no such document at all (empty, binary, damaged, over the [`Limits`], unrelated text) is an
//! [`ImportError`].
//!
//! Amounts: a money unit written in a cell (`381万元`) wins over the table's (`单位：元`,
//! `（单位：元）`, `项目资金（元）`), and a label's own unit (`预算数（万元）`) applies where the
//! table states none; converted amounts are noted ([`Code::AmountConverted`]). The year (年度)
//! of a project is read from its title, heading or name (`2022年度项目支出绩效自评表`,
//! `(2022年度)`, `2025年…项目`) and set with [`Project::set_year`].
//!
//! ## Diagnostic codes
//!
//! Every [`Diagnostic`] carries a stable [`Code`]; numbers are never reused.
//!
//! | code | severity | what |
//! |---|---|---|
//! | I001 | error | a quoted CSV/TSV cell is not closed |
//! | I002 | note | a column that is no indicator field, kept in `extra` |
//! | I003 | warning | a row with more cells than the header |
//! | I004 | error | a 分值 or 得分 cell that is not a number |
//! | I005 | warning | an empty 一级指标 with no row above to take it from |
//! | I006 | warning | an empty 二级指标 under another 一级指标 |
//! | I007 | warning | an empty 指标值 |
//! | I008 | error | a 指标值 that does not parse |
//! | I009 | warning | an empty 预算数 (or other amount) |
//! | I010 | error | an amount that is not an exact number |
//! | I011 | warning | a cell of a budget row that names no budget field |
//! | I012 | note | a cell beside the 项目名称 that is not read |
//! | I013 | warning | an empty 项目名称 |
//! | I014 | warning | a row that is not recognised |
//! | I015 | warning | a heading cell that is neither the unit nor the money unit |
//! | I016 | warning | text outside any table |
//! | I017 | warning | a unit line with no table under it |
//! | I018 | warning | no 项目名称 row: the name is taken from the heading |
//! | I019 | warning | a project without a budget row |
//! | I020 | warning | a project without indicator rows |
//! | I021 | note | a row above the header that is not read |
//! | I022 | note | a project without a 项目名称 |
//! | I023 | warning | a header with no indicator rows under it |
//! | I024 | error | a required column is missing (三级指标, 指标值; 实际完成值 where there is a 得分 column) |
//! | I025 | error | an actual value (实际完成值) that does not parse (`5=50%`) |
//! | I026 | note | an amount in another money unit than the table's, converted |
//! | I027 | note | the text was not UTF-8 and was read as GB18030 or UTF-16 |
//! | I028 | warning | a monitoring table ([`crate::monitor::import`]) without a progress column (1-X月执行情况) |
//! | I029 | warning | a monitoring value read but worth a look: a progress that does not parse (kept as written), a rate without %, a budget figure that differs between a project's rows, a 指标值 cell merged across the progress column (a statement read as the progress too, a number or date target not) |
//! | I030 | error | a monitoring value not read (an answer the form does not allow, an amount that is not a number, a year or month that cannot be); kept in `extra` |
//! | I031 | error | rows of a monitoring table with monitoring cells written that give no indicator (a template's empty slot, a row after a table no 总分 row ended) |
//! | I032 | warning | a monitoring header naming another month than the one reported |
//! | I033 | warning | budget and goal rows above the header of a monitoring table that holds several projects: unused |
//! | I034 | warning | no 项目名称: the name was taken from the table's title (`XX项目绩效目标表`) |
//! | I035 | note | first when the file was only partly understood: what was read, and where the rows and cells not understood or the guesses are |
//! | I036 | note | an amount given with its breakdown in the cell (`854万(高标准农田建设400万元,…)`), read as the amount since the parts add up to it |
//! | I037 | note | hidden rows, columns or sheets of a workbook that hold text, not read |
//! | I038 | note | a cell merged with the one above (a region over several rows): a 三级指标 or 指标值, a statement of 实际完成值, progress or forecast, or a monitoring reason, answer or remark read for each row; a figure of 实际完成值, progress or forecast read for the first row only |
//!
//! ```
//! let text = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t设备更新改造\t≥1套\n\t质量指标\t验收通过率\t≥95%\n";
//! let doc = jixiao::import::parse_text(text)?;
//! let p = &doc.projects[0];
//! assert_eq!(p.indicators[1].level1, Some(jixiao::Level1::Output)); // filled down
//! assert_eq!(p.indicators[1].threshold().unwrap().to_string(), "≥95%");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod amount;
#[cfg(any(feature = "docx", feature = "xlsx"))]
mod archive;
pub(crate) mod bytes;
#[cfg(feature = "xlsx")]
mod cell_refs;
mod cells;
mod code;
mod diagnostic;
#[cfg(feature = "docx")]
pub mod docx;
mod docx_head;
#[cfg(feature = "docx")]
mod docx_rows;
pub mod docx_text;
pub(crate) mod error;
mod header;
mod indicator_row;
mod limits;
#[cfg(feature = "xlsx")]
mod number_format;
mod options;
pub(crate) mod rows;
mod summary;
pub mod table;
#[cfg(feature = "xlsx")]
mod xls_format;
#[cfg(feature = "xlsx")]
pub mod xlsx;
#[cfg(feature = "xlsx")]
mod xlsx_format;
mod year;

pub use bytes::{parse_bytes, parse_bytes_with, parse_file, parse_file_with, sniff, Format};
pub use code::Code;
pub use diagnostic::Diagnostic;
pub use error::{ImportError, ImportErrorKind};
pub use limits::Limits;
pub use options::Options;
pub(crate) use year::set_year;

use crate::project::Project;

/// An imported document (导入结果): the projects found and what the importer noticed.
///
/// ```
/// let text = "项目名称\t中小企业服务\n三级指标\t指标值\n验收通过率\t≥95%\n服务企业数量\t≥2x万家\n";
/// let doc = jixiao::import::parse_text(text)?;
/// assert_eq!(doc.projects[0].indicators.len(), 2);
/// assert!(doc.has_errors()); // ≥2x万家 does not parse: kept, with an I008 error
/// assert_eq!(doc.diagnostics_of(0).count(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
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
        self.diagnostics.iter().any(|d| d.severity() == crate::Severity::Error)
    }
}

/// The layouts the importers read.
///
/// ```
/// use jixiao::import::{detect, Layout};
/// let text = include_str!("../../data/tianjin-2025-emergency-center.txt");
/// assert_eq!(detect(text), Layout::DocxText);
/// assert_eq!(detect("三级指标\t指标值\n验收通过率\t≥95%\n"), Layout::Table);
/// ```
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

/// Imports text in whichever layout it is ([`detect`]): the text of a DOCX, or TSV/CSV rows.
/// One of the three entry points, with [`parse_bytes`] (any file's bytes) and [`parse_file`];
/// each has a `_with` form that takes [`Options`].
///
/// ```
/// let doc = jixiao::import::parse_text("项目名称\t培训项目\n三级指标\t指标值\n培训人数\t≥2万人\n")?;
/// assert_eq!(doc.projects[0].name, "培训项目");
/// assert_eq!(doc.projects[0].indicators[0].value(), "≥2万人");
/// # Ok::<(), jixiao::import::ImportError>(())
/// ```
///
/// # Errors
/// An empty or binary input, or text that is not a target table ([`ImportError`]).
pub fn parse_text(input: &str) -> Result<Imported, ImportError> {
    parse_text_with(input, &Options::DEFAULT)
}

/// [`parse_text`] with [`Options`].
///
/// ```
/// use jixiao::import::{parse_text_with, Options};
/// let text = "三级指标\t指标值\n完成时间\t12月底前\n";
/// let doc = parse_text_with(text, &Options::new().year(2025))?;
/// let done = "2025年11月".parse()?;
/// assert!(doc.projects[0].indicators[0].target().map_err(Clone::clone)?.is_met_in(&done, doc.projects[0].year())?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// As [`parse_text`], and [`ImportError::InvalidOption`] for an option out of range.
pub fn parse_text_with(input: &str, options: &Options) -> Result<Imported, ImportError> {
    let doc = match detect(input) {
        Layout::DocxText => docx_text::parse(input),
        Layout::Table => table::parse(input),
    }?;
    options.finish(doc)
}

/// The former name of [`parse_text`].
///
/// # Errors
/// As [`parse_text`].
#[deprecated(since = "0.3.0", note = "use `import::parse_text`, one of the three entry points with `parse_bytes` and `parse_file`")]
pub fn parse(input: &str) -> Result<Imported, ImportError> {
    parse_text(input)
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
        self.list.sort_by_key(|d| (d.table, d.line));
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
