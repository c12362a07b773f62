//! The Markdown tables that scorecards (绩效自评表) and monitoring summaries (绩效监控表) print.

use core::fmt;

use rust_decimal::Decimal;

/// Writes one table row; a `|` or a line break inside a cell would end the cell or the row, so
/// they become `/` and a space.
pub(crate) fn row(f: &mut fmt::Formatter<'_>, cells: &[&str]) -> fmt::Result {
    f.write_str("|")?;
    for c in cells {
        let c = c.replace('|', "/").replace('\n', " ");
        write!(f, " {c} |")?;
    }
    f.write_str("\n")
}

/// A number for a cell, empty when there is none.
pub(crate) fn opt(d: Option<Decimal>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}
