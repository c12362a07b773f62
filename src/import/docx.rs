//! Word documents (`.docx`, feature `docx`): every table of `word/document.xml`, read with
//! `zip` and `quick-xml`, into the rows the DOCX-text layout gives, then imported as
//! [`docx_text`] imports that text.
//!
//! - A row is a `w:tr`; its cells stand at their grid columns (`w:tblGrid`), so that a cell
//!   spanning columns (`w:gridSpan`, a label over two columns) and a row that starts to the
//!   right (`w:gridBefore`) line up with the header. A cell covered by a vertical merge
//!   (`w:vMerge` without `restart`) reads as empty, as in the text layout, and level cells take
//!   the value above (fill-down).
//! - The paragraphs of a cell are joined with line breaks, as the text layout joins the lines
//!   of a cell; a `w:br` is a line break, a `w:tab` a space.
//! - A paragraph between tables (a heading such as `1.某项目绩效目标表`) starts the next
//!   project, and gives its number and name where the table lacks a 项目名称 row.
//! - A table inside a cell (a form drawn as one big table, its indicators a table in the
//!   绩效指标 cell) is read as a table of its own, after the row of the cell that holds it.
//! - Places: a diagnostic names the table (1-based, in document order), its row and the cell
//!   as Word shows it (the n-th cell of the row). Outside any table, `line` is the paragraph's
//!   number in the document body.
//!
//! The archive and the XML are bounded by [`Limits`]: entries, uncompressed size, nesting.
//! Entities are never expanded.
//!
//! ```no_run
//! let bytes = std::fs::read("绩效目标表.docx")?;
//! let doc = jixiao::import::docx::parse(&bytes)?;
//! for p in &doc.projects {
//!     println!("{}: {} indicators", p.name, p.indicators.len());
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::io::Read;

use super::archive::open_archive;
use super::cells::{Row, Rows};
use super::docx_rows::rows;
use super::{docx_text, ImportError, Imported, Limits};

/// Imports every table of a `.docx` ([`Limits::DEFAULT`]).
///
/// ```
/// let bytes = include_bytes!("../../tests/data/office/tianjin-2025-targets.docx");
/// let doc = jixiao::import::docx::parse(bytes)?;
/// assert_eq!(doc.projects.len(), 4); // one Word table a project
/// assert_eq!(doc.projects[0].budget.total, Some("381.00".parse()?));
/// assert_eq!(doc.projects[0].indicators[0].value(), "≥513个");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// A damaged archive or XML ([`ImportError::Corrupt`]), a file over the limits
/// ([`ImportError::TooLarge`]), or a document without a target table
/// ([`ImportError::NotRecognised`]).
pub fn parse(bytes: &[u8]) -> Result<Imported, ImportError> {
    parse_with(bytes, &Limits::DEFAULT)
}

/// [`parse`] with other limits.
///
/// ```
/// use jixiao::import::{docx, ImportErrorKind, Limits};
/// let bytes = include_bytes!("../../tests/data/office/tianjin-2025-targets.docx");
/// let mut limits = Limits::DEFAULT;
/// limits.max_entries = 2;
/// assert_eq!(docx::parse_with(bytes, &limits).unwrap_err().kind(), ImportErrorKind::TooLarge);
/// ```
///
/// # Errors
/// As [`parse`].
pub fn parse_with(bytes: &[u8], limits: &Limits) -> Result<Imported, ImportError> {
    read_with(bytes, limits).map(|mut doc| {
        super::summary::add(&mut doc);
        doc
    })
}

fn read_with(bytes: &[u8], limits: &Limits) -> Result<Imported, ImportError> {
    let xml = document_xml(bytes, limits)?;
    let read = rows(&xml, limits)?;
    if !read.iter().any(|r| r.part > 0) {
        return Err(ImportError::NotRecognised { reason: "no table in the document" });
    }
    // Two readers know Word tables: the target-table layout (a preamble of label rows in each
    // table, as the Tianjin tables) and the grid layout that workbooks have (a title, a
    // preamble, one header row and indicator rows, possibly a two-row header). Each reads the
    // other's documents badly; the document's layout is the one whose reading is the better:
    // more indicators with a number or a date for a target, fewer indicators with an empty
    // value, fewer projects without indicators or without a name (the target-table reader on
    // a tie).
    let as_text = docx_text::read(&mut Rows { rows: read.into_iter() });
    // a clean reading (every project named, with indicators, every value there) is not
    // second-guessed: the grid reader runs only where the first one struggled
    let clean = as_text.as_ref().is_ok_and(|d| {
        d.projects.iter().all(|p| !p.name.is_empty() && !p.indicators.is_empty() && p.indicators.iter().all(|i| i.error().is_none()))
    });
    if clean {
        return as_text;
    }
    // (the rows are read again: rare, and cheaper than keeping a copy of every document's)
    let as_grid = grid(rows(&xml, limits)?);
    let count = |d: &Imported| {
        let inds = d.projects.iter().flat_map(|p| &p.indicators);
        let read = inds
            .clone()
            .filter(|i| i.threshold().is_some_and(|t| t.is_quantitative() || matches!(t, crate::Threshold::Deadline(_))))
            .count();
        let empty = inds.filter(|i| i.error().is_some()).count();
        let hollow = d.projects.iter().filter(|p| p.indicators.is_empty()).count();
        let unnamed = d.projects.iter().filter(|p| p.name.is_empty()).count();
        read as i64 - empty as i64 - 5 * hollow as i64 - 5 * unnamed as i64
    };
    match (as_text, as_grid) {
        (Ok(t), Some(g)) if count(&g) > count(&t) => Ok(g),
        (Err(_), Some(g)) => Ok(g),
        (t, _) => t,
    }
}

/// The document read as [`super::table`] reads a sheet ([`as_grid`]). `None` when it holds
/// no header row.
fn grid(rows: Vec<Row<'static>>) -> Option<Imported> {
    let rows = as_grid(rows);
    let mut out = Imported::default();
    let mut notes = Vec::new();
    if !super::table::read(&rows, &mut out, &mut notes) {
        return None;
    }
    notes.append(&mut out.diagnostics);
    notes.sort_by_key(|d| d.line);
    out.diagnostics = notes;
    Some(out)
}

/// The rows of a document laid out as a sheet's: a paragraph between tables is a row of one
/// cell (a title above a table, as a workbook's title row), a table row as it is.
fn as_grid(rows: Vec<Row<'static>>) -> Vec<Row<'static>> {
    rows.into_iter()
        .map(|r| match r.lead {
            Some(lead) if r.part == 0 => Row { line: r.line, part: 0, lead: None, cells: vec![lead] },
            lead => Row { lead, ..r },
        })
        .collect()
}

/// The paragraphs and table rows of a `.docx` as [`as_grid`] lays them out: how the
/// monitoring importer reads a Word file, as a sheet. A row's `line` is its number in its
/// table (`part`), or a paragraph's number in the body (`part` 0).
pub(crate) fn grid_rows(bytes: &[u8], limits: &Limits) -> Result<Vec<Row<'static>>, ImportError> {
    let xml = document_xml(bytes, limits)?;
    Ok(as_grid(rows(&xml, limits)?))
}

/// The text of `word/document.xml`, after checking the archive against `limits`.
pub(super) fn document_xml(bytes: &[u8], limits: &Limits) -> Result<String, ImportError> {
    let mut archive = open_archive(bytes, limits)?;
    let mut file = archive.by_name("word/document.xml").map_err(|e| ImportError::corrupt("word/document.xml", e))?;
    let mut xml = String::with_capacity(usize::try_from(file.size()).unwrap_or(0).min(limits.max_uncompressed as usize));
    file.read_to_string(&mut xml).map_err(|e| ImportError::corrupt("word/document.xml", e))?;
    Ok(xml)
}
