//! The table model as the crate's readers of more columns than target tables have (the
//! monitoring importer, `crate::monitor::import`) see it: the rows of a text, a sheet or a Word
//! document, split into cells once, and read once by the table reader, which tells such a
//! reader ([`Beside`]) what it made of each row.

use rust_decimal::Decimal;

use crate::message::Message;
use crate::MoneyUnit;

pub(crate) use super::bytes::decoded_note;
pub(crate) use super::cells::{Cell, Row};
#[cfg(feature = "docx")]
pub(crate) use super::docx::grid_rows;
pub(crate) use super::header::{month_of, role, Columns, MonitorColumn, Role};
pub(crate) use super::indicator_row::{merged_down_read, merged_down_words};
pub(crate) use super::table::{read_all, text_rows, Beside, Seen};
#[cfg(feature = "xlsx")]
pub(crate) use super::xlsx::for_each_sheet;

/// An amount cell read as the importers read 预算数 (`381.00`, `1,234.5`, `381万元`), in the
/// table's money unit `table`: a unit written in the cell that is another is converted, with a
/// note saying so. `Ok(None)` for an empty or placeholder cell.
///
/// # Errors
/// The cell as a message in English and Chinese when it is not an exact number.
pub(crate) fn amount(cell: &str, table: MoneyUnit) -> Result<Option<(Decimal, Option<Message>)>, Message> {
    let (value, unit) = match super::amount::decimal(cell) {
        Ok(Some(v)) => v,
        Ok(None) => return Ok(None),
        Err(e) => return Err(Message::chinese(e.zh()).english(e.en())),
    };
    match unit.filter(|&u| u != table) {
        None => Ok(Some((value, None))),
        Some(from) => {
            let converted = super::amount::convert(value, from, table).ok_or_else(|| {
                Message::chinese(format!("“{cell}”过大，无法换算为{}", table.as_str()))
                    .english(format!("`{cell}` is too large to convert to {}", table.as_str()))
            })?;
            let shown = converted.normalize();
            let note = Message::chinese(format!("“{cell}”的单位是{}，按表格单位读作{shown}{}", from.as_str(), table.as_str()))
                .english(format!("`{cell}` is in {}; read as {shown} {} like the table", from.as_str(), table.as_str()));
            Ok(Some((converted, Some(note))))
        }
    }
}

/// The money unit a cell states for its table (`单位：万元`, `项目资金（元）`), as the target
/// importer reads it.
pub(crate) fn money_unit(text: &str) -> Option<MoneyUnit> {
    super::docx_head::money_unit(text)
}
