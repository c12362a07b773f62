//! The table model as the crate's readers of more columns than target tables have (the
//! monitoring importer, `crate::monitor::import`) see it: the rows of a text, a sheet or a Word
//! document, split into cells once, and read once by the table reader, which tells such a
//! reader ([`Beside`]) what it made of each row.

use rust_decimal::Decimal;

pub(crate) use super::bytes::decoded_note;
pub(crate) use super::cells::{Cell, Row};
#[cfg(feature = "docx")]
pub(crate) use super::docx::grid_rows;
pub(crate) use super::header::{month_of, role, Columns, MonitorColumn, Role};
pub(crate) use super::table::{read_all, text_rows, Beside, Seen};
#[cfg(feature = "xlsx")]
pub(crate) use super::xlsx::for_each_sheet;

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
