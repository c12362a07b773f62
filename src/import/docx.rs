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

use std::borrow::Cow;
use std::io::Read;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::archive::open_archive;
use super::cells::{Cell, Row, Rows};
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
    // value and fewer projects without indicators (the target-table reader on a tie).
    let as_text = docx_text::read(&mut Rows { rows: read.into_iter() });
    // a clean reading (every project with indicators, every value there) is not second-guessed:
    // the grid reader runs only where the first one struggled
    let clean = as_text
        .as_ref()
        .is_ok_and(|d| d.projects.iter().all(|p| !p.indicators.is_empty() && p.indicators.iter().all(|i| i.error().is_none())));
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
        read as i64 - empty as i64 - 5 * hollow as i64
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

/// Where the reader is inside the body.
#[derive(Default)]
struct State {
    /// Tables open (nested tables count; only the outermost makes rows).
    tables: usize,
    /// Tables started so far (the outermost ones), for places.
    table_number: usize,
    /// The row being read, with its number in the table.
    row: Option<Row<'static>>,
    row_number: usize,
    /// The grid column of the next cell, and the number of cells read in the row.
    grid: usize,
    cells_in_row: usize,
    /// The last cell of the row when it spans columns: its index in the row and the grid
    /// column after its span.
    spanning: Option<(usize, usize)>,
    /// The cell being read: its paragraphs so far, its span, whether a vertical merge covers it.
    cell: Option<CellDraft>,
    /// The paragraph being read.
    paragraph: String,
    in_paragraph: bool,
    in_text: bool,
    in_properties: bool,
    /// Body paragraphs outside tables, counted for places.
    paragraph_number: usize,
    depth: usize,
}

#[derive(Default)]
struct CellDraft {
    paragraphs: Vec<String>,
    span: usize,
    covered: bool,
}

/// The rows of every table, and the paragraphs between them as heading rows.
fn rows(xml: &str, limits: &Limits) -> Result<Vec<Row<'static>>, ImportError> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut st = State::default();
    let bad = |e: quick_xml::Error| ImportError::corrupt("word/document.xml", e);
    loop {
        let event = reader.read_event().map_err(bad)?;
        match event {
            Event::Start(e) => {
                st.depth += 1;
                if st.depth > limits.max_depth {
                    return Err(ImportError::TooLarge { what: "XML nesting", limit: limits.max_depth as u64 });
                }
                start(&mut st, &e);
            }
            Event::Empty(e) => {
                start(&mut st, &e);
                end(&mut st, e.local_name().as_ref(), &mut out);
            }
            Event::End(e) => {
                st.depth = st.depth.saturating_sub(1);
                end(&mut st, e.local_name().as_ref(), &mut out);
            }
            Event::Text(t) if st.in_text => st.paragraph.push_str(&t.xml10_content()),
            Event::CData(t) if st.in_text => st.paragraph.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if st.in_text => match r.resolve_char_ref() {
                Ok(Some(c)) => st.paragraph.push(c),
                _ => match &*r.into_inner() {
                    "lt" => st.paragraph.push('<'),
                    "gt" => st.paragraph.push('>'),
                    "amp" => st.paragraph.push('&'),
                    "apos" => st.paragraph.push('\''),
                    "quot" => st.paragraph.push('"'),
                    // no entity is declared in a DOCX; one that is stays as written, unexpanded
                    other => {
                        st.paragraph.push('&');
                        st.paragraph.push_str(other);
                        st.paragraph.push(';');
                    }
                },
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// The `w:val` of an element, as a number.
fn val(e: &BytesStart<'_>) -> Option<usize> {
    let a = e.try_get_attribute("w:val").ok()??;
    a.value.trim().parse().ok()
}

fn start(st: &mut State, e: &BytesStart<'_>) {
    match e.local_name().as_ref() {
        "tbl" => {
            st.tables += 1;
            if st.tables == 1 {
                st.table_number += 1;
                st.row_number = 0;
            }
        }
        "tr" if st.tables == 1 => {
            st.row_number += 1;
            st.row = Some(Row { line: st.row_number, part: st.table_number, lead: None, cells: Vec::new() });
            st.grid = 0;
            st.cells_in_row = 0;
            st.spanning = None;
        }
        "gridBefore" if st.tables == 1 && st.cell.is_none() => st.grid += val(e).unwrap_or(0).min(64),
        "tc" if st.tables == 1 => st.cell = Some(CellDraft { span: 1, ..CellDraft::default() }),
        "gridSpan" if st.tables == 1 => {
            if let Some(c) = st.cell.as_mut() {
                c.span = val(e).unwrap_or(1).clamp(1, 64);
            }
        }
        "vMerge" if st.tables == 1 => {
            let restart = e.try_get_attribute("w:val").ok().flatten().is_some_and(|a| &*a.value == "restart");
            if let Some(c) = st.cell.as_mut() {
                c.covered = !restart;
            }
        }
        "p" => {
            st.in_paragraph = true;
            st.paragraph.clear();
        }
        "t" if st.in_paragraph => st.in_text = true,
        "br" | "cr" if st.in_paragraph => st.paragraph.push('\n'),
        // a `w:tab` in a run is a tab character; in `w:pPr/w:tabs` it is a tab stop
        "tab" if st.in_paragraph && !st.in_properties => st.paragraph.push(' '),
        "pPr" => st.in_properties = true,
        _ => {}
    }
}

fn end(st: &mut State, name: &str, out: &mut Vec<Row<'static>>) {
    match name {
        "t" => st.in_text = false,
        "pPr" => st.in_properties = false,
        "p" => {
            st.in_paragraph = false;
            let text = std::mem::take(&mut st.paragraph);
            // a paragraph of a nested table goes to the outer cell
            if let Some(cell) = st.cell.as_mut() {
                cell.paragraphs.push(text);
            } else if st.tables == 0 {
                st.paragraph_number += 1;
                if !text.trim().is_empty() {
                    let lead = Cell::new(text, st.paragraph_number, 0);
                    out.push(Row { line: st.paragraph_number, part: 0, lead: Some(lead), cells: Vec::new() });
                }
            }
        }
        "tc" if st.tables == 1 => {
            let Some(cell) = st.cell.take() else { return };
            st.cells_in_row += 1;
            if let Some(row) = st.row.as_mut() {
                let mut paragraphs = cell.paragraphs;
                while paragraphs.last().is_some_and(|p| p.trim().is_empty()) {
                    paragraphs.pop();
                }
                let text = if cell.covered { String::new() } else { paragraphs.join("\n") };
                while row.cells.len() < st.grid {
                    let mut filler = Cell::new(Cow::Borrowed(""), row.line, st.cells_in_row);
                    // a column the cell on the left spans (not one `w:gridBefore` skips)
                    filler.merged_from = st.spanning.filter(|&(_, end)| row.cells.len() < end).map(|(start, _)| start);
                    row.cells.push(filler);
                }
                let start = row.cells.len();
                row.cells.push(Cell::new(text, row.line, st.cells_in_row));
                // the columns a span covers stay empty, so that the next cell sits at its grid column
                st.grid += cell.span;
                st.spanning = (cell.span > 1).then_some((start, start + cell.span));
            }
        }
        "tr" if st.tables == 1 => {
            if let Some(row) = st.row.take() {
                out.push(row);
            }
        }
        "tbl" => st.tables = st.tables.saturating_sub(1),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_leaves_its_columns_empty_and_marked() {
        // a row that starts one grid column in, a cell spanning two columns, and one after it
        let xml = r#"<w:document xmlns:w="w"><w:body><w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>
            <w:tc><w:p><w:r><w:t>名称</w:t></w:r></w:p></w:tc>
            <w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>开展宣传</w:t></w:r></w:p></w:tc>
            <w:tc><w:p><w:r><w:t>确定能</w:t></w:r></w:p></w:tc>
            </w:tr></w:tbl></w:body></w:document>"#;
        let rows = rows(xml, &Limits::DEFAULT).unwrap();
        let cells: Vec<(&str, usize, Option<usize>)> = rows[0].cells.iter().map(|c| (&*c.text, c.col, c.merged_from)).collect();
        // the column `w:gridBefore` skips is empty and no merge; the spanned one says where its
        // span starts
        assert_eq!(cells, [("", 1, None), ("名称", 1, None), ("开展宣传", 2, None), ("", 3, Some(2)), ("确定能", 3, None)]);
    }
}
