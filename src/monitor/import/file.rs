//! Monitoring tables in any file: `.xlsx` / `.xls`, `.docx`, and TSV or CSV text in any of the
//! encodings the target importer reads, each split into the rows of the table model once.

use std::path::Path;

use super::{parse, ImportedReports};
use crate::import::{Format, ImportError, Limits};
use crate::monitor::error::MonitorError;

/// Imports the monitoring tables in `bytes`, whichever format they are ([`crate::import::sniff`]):
/// a workbook as `parse_xlsx` reads it (feature `xlsx`), a Word document's tables and
/// paragraphs laid out as a sheet (feature `docx`: a paragraph is a row of one cell, a table
/// row a row, and a diagnostic names the table, its row and the cell as Word counts them), or
/// TSV or CSV text in UTF-8, UTF-16 or GBK/GB18030 (noted, [`crate::import::Code::Decoded`],
/// when not UTF-8). `name` is the file's name, used only where the content does not tell;
/// `month` as [`parse`] takes it.
///
/// ```
/// use jixiao::monitor::import;
/// let tsv = include_bytes!("../../../data/monitor-tianjin-2025-07.tsv");
/// let doc = import::parse_bytes(tsv, "监控表.tsv", None)?;
/// assert_eq!(doc.reports[1].project.name, "2025年环境安全基础能力提升项目");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// As [`parse`]; [`ImportError::NeedsFeature`] (inside [`MonitorError::Import`]) for a format
/// this build does not read.
pub fn parse_bytes(bytes: &[u8], name: &str, month: Option<u8>) -> Result<ImportedReports, MonitorError> {
    match crate::import::sniff(bytes, name) {
        Format::Xlsx | Format::Xls => workbook(bytes, month),
        Format::Docx => docx(bytes, month),
        Format::Text => {
            let (text, decoded) = crate::import::bytes::decode(bytes);
            let mut doc = parse(&text, month)?;
            if let Some(encoding) = decoded {
                doc.diagnostics.insert(0, crate::import::rows::decoded_note(encoding));
            }
            Ok(doc)
        }
    }
}

/// Reads the file at `path` and imports it with [`parse_bytes`].
///
/// ```
/// use jixiao::monitor::{import, Profile};
/// let doc = import::parse_file("data/monitor-tianjin-2025-07.tsv", Some(7))?;
/// let s = Profile::central().monitor(&doc.reports[0]);
/// assert_eq!((s.counts.red, s.counts.yellow, s.counts.green, s.counts.unjudged), (1, 2, 6, 1));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`ImportError::Io`] when the file cannot be read; otherwise as [`parse_bytes`].
pub fn parse_file(path: impl AsRef<Path>, month: Option<u8>) -> Result<ImportedReports, MonitorError> {
    let path = path.as_ref();
    let bytes = std::fs::read(path).map_err(|e| {
        MonitorError::Import(ImportError::Io { path: path.display().to_string(), source: crate::import::error::Cause::from(e) })
    })?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    parse_bytes(&bytes, &name, month)
}

#[cfg(feature = "xlsx")]
fn workbook(bytes: &[u8], month: Option<u8>) -> Result<ImportedReports, MonitorError> {
    super::parse_xlsx(bytes, month)
}

#[cfg(not(feature = "xlsx"))]
fn workbook(_: &[u8], _: Option<u8>) -> Result<ImportedReports, MonitorError> {
    Err(MonitorError::Import(ImportError::NeedsFeature { format: "XLSX", feature: "xlsx" }))
}

#[cfg(feature = "docx")]
fn docx(bytes: &[u8], month: Option<u8>) -> Result<ImportedReports, MonitorError> {
    super::document::parse_docx(bytes, month, &Limits::DEFAULT)
}

#[cfg(not(feature = "docx"))]
fn docx(_: &[u8], _: Option<u8>) -> Result<ImportedReports, MonitorError> {
    let _ = Limits::DEFAULT;
    Err(MonitorError::Import(ImportError::NeedsFeature { format: "DOCX", feature: "docx" }))
}
