//! A delimited table's rows as plain text, for the crate's readers of more columns than target
//! tables have (the monitoring importer, `crate::monitor::import`). The rows are those
//! [`super::table::parse`] reads: the same delimiter, quoting and header test.

use rust_decimal::Decimal;

use super::cells::delimited_rows;
use super::header::Columns;
use super::table::delimiter;
use super::{check_text, ImportError};

pub(crate) use super::header::{month_of, role, MonitorColumn, Role};

/// One non-blank row: its line, whether it is a header row, whether it is past the end of its
/// table (a 总分 or 合计 row and the notes under it, until the next header: no indicator rows,
/// as `table::parse` reads them), and its cells (line, text).
pub(crate) struct TextRow {
    pub(crate) line: usize,
    pub(crate) header: bool,
    pub(crate) past_end: bool,
    pub(crate) cells: Vec<(usize, String)>,
}

/// The non-blank rows of a TSV or CSV text.
///
/// # Errors
/// As [`super::table::parse`]: empty or binary input, or no delimiter.
pub(crate) fn rows(input: &str) -> Result<Vec<TextRow>, ImportError> {
    check_text(input)?;
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let delimiter = delimiter(input).ok_or(ImportError::NotRecognised { reason: "no tabs or commas between cells" })?;
    // quoting problems are reported by `table::parse`, which reads the same text
    let mut notes = Vec::new();
    let rows = delimited_rows(input, delimiter, &mut notes);
    let mut past_end = false;
    Ok(rows
        .into_iter()
        .filter(|r| !r.is_blank())
        .map(|r| {
            let header = Columns::from_header(&r.cells).is_some();
            let first = r.texts().map(crate::text::fold_label).find(|l| !l.is_empty()).unwrap_or_default();
            past_end = !header && (past_end || super::table::is_end_row(&first));
            TextRow { line: r.line, header, past_end, cells: r.cells.into_iter().map(|c| (c.line, c.text.into_owned())).collect() }
        })
        .collect())
}

/// An amount cell read as the importers read 预算数 (`381.00`, `1,234.5`, `381万元`); `Ok(None)`
/// for an empty or placeholder cell. The money unit written in the cell is not applied: a
/// monitoring table's amounts are in its own unit.
///
/// # Errors
/// The cell as a message in English and Chinese when it is not an exact number.
pub(crate) fn amount(cell: &str) -> Result<Option<Decimal>, (String, String)> {
    match super::amount::decimal(cell) {
        Ok(v) => Ok(v.map(|(v, _)| v)),
        Err(e) => Err((e.en(), e.zh())),
    }
}
