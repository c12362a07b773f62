//! Monitoring tables in Word documents (`.docx`, feature `docx`).

use super::{read, ImportedReports};
use crate::import::rows::grid_rows;
use crate::import::{ImportError, Limits};
use crate::monitor::error::{check_month, MonitorError};

/// Reads the monitoring tables of a `.docx` laid out as a sheet: each paragraph between tables
/// a row of one cell (a title), each table row a row, its cells at their grid columns. A
/// diagnostic names the table (1-based, in document order), its row and the cell as Word
/// counts them, or outside any table the paragraph's number.
pub(super) fn parse_docx(bytes: &[u8], month: Option<u8>, limits: &Limits) -> Result<ImportedReports, MonitorError> {
    if let Some(m) = month {
        check_month(m)?;
    }
    let mut rows = grid_rows(bytes, limits).map_err(MonitorError::Import)?;
    if !rows.iter().any(|r| r.part > 0) {
        return Err(MonitorError::Import(ImportError::NotRecognised { reason: "no table in the document" }));
    }
    // each table numbers its rows from 1: the rows are read numbered in document order, so that
    // the diagnostics sort and tell rows apart, and get their table and row back after
    let places: Vec<(usize, usize)> = rows.iter().map(|r| (r.part, r.line)).collect();
    for (i, row) in rows.iter_mut().enumerate() {
        row.line = i + 1;
        for cell in &mut row.cells {
            cell.line = i + 1;
        }
    }
    let mut doc = read(&rows, Vec::new(), month)?;
    for d in &mut doc.diagnostics {
        if let Some(&(part, line)) = d.line.checked_sub(1).and_then(|i| places.get(i)) {
            d.line = line;
            d.table = (part > 0).then_some(part);
        }
    }
    Ok(doc)
}
