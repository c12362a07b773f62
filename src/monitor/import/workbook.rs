//! Monitoring tables in workbooks (`.xlsx`, `.xls`; feature `xlsx`).

use super::{read, ImportedReports};
use crate::import::rows::for_each_sheet;
use crate::import::{ImportError, ImportErrorKind, Limits};
use crate::monitor::error::{check_month, MonitorError};

/// Reads the monitoring tables of every sheet of an `.xlsx` or `.xls` workbook, as [`super::parse`]
/// reads a TSV: each sheet's rows of cells (merged regions as the target importer reads them)
/// are read, and the reports of all sheets are returned in sheet order.
///
/// A diagnostic names its place as Excel shows it (`Sheet1!K5`); `project` indexes the
/// returned reports. A sheet that holds no table (no header row naming 三级指标 or 指标值, or
/// nothing at all) is skipped, and so is a hidden sheet (noted, I037, when it holds text). A vertical tab in a cell (a line break pasted from Word) is read
/// as a line break, and other control characters as spaces.
///
/// ```
/// let bytes = include_bytes!("../../../tests/data/office/monitor-tianjin-2025-07.xlsx");
/// let doc = jixiao::monitor::import::parse_xlsx(bytes, None)?;
/// assert_eq!(doc.reports[0].month(), 7);
/// assert_eq!(doc.reports[0].project.name, "天津市生态环境信息网络、设备及系统运行维护");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`MonitorError::InvalidMonth`]; [`MonitorError::NoMonth`] when a sheet's table names no
/// month and none is given; [`MonitorError::Import`] for a damaged workbook, one over the
/// [`Limits`], or one in which no sheet holds a table.
pub fn parse_xlsx(bytes: &[u8], month: Option<u8>) -> Result<ImportedReports, MonitorError> {
    if let Some(m) = month {
        check_month(m)?;
    }
    let mut out = ImportedReports::default();
    let mut failed = None;
    let hidden = for_each_sheet(bytes, &Limits::DEFAULT, |name, rows, notes| {
        if failed.is_some() {
            return;
        }
        let doc = match read(&rows, notes, month) {
            Ok(doc) => doc,
            // a sheet with no table in it (a cover sheet, notes, nothing)
            Err(MonitorError::Import(e)) if e.kind() == ImportErrorKind::NotRecognised => return,
            Err(e) => {
                failed = Some(e);
                return;
            }
        };
        let first = out.reports.len();
        for mut d in doc.diagnostics {
            d.sheet = Some(name.clone());
            d.project = d.project.map(|p| p + first);
            out.diagnostics.push(d);
        }
        out.reports.extend(doc.reports);
    })
    .map_err(MonitorError::Import)?;
    let hidden_sheets = !hidden.is_empty();
    out.diagnostics.extend(hidden);
    if let Some(e) = failed {
        return Err(e);
    }
    if out.reports.is_empty() {
        let reason = if hidden_sheets {
            "no visible sheet holds a monitoring table (hidden sheets, which hold text, are not read)"
        } else {
            "no sheet holds a monitoring table"
        };
        return Err(MonitorError::Import(ImportError::NotRecognised { reason }));
    }
    Ok(out)
}
