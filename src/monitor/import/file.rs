//! Monitoring tables in any file: `.xlsx` / `.xls`, `.docx`, and TSV or CSV text in any of the
//! encodings the target importer reads.

use std::path::Path;

use super::{parse, ImportedReports};
use crate::import::{Format, ImportError, Limits};
use crate::monitor::error::MonitorError;

/// Imports the monitoring tables in `bytes`, whichever format they are ([`crate::import::sniff`]):
/// a workbook as [`super::parse_xlsx`] reads it, a Word document's tables and paragraphs, or
/// text in UTF-8, UTF-16 or GBK/GB18030. `name` is the file's name, used only where the content
/// does not tell; `month` as [`parse`] takes it.
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
            let (text, _) = crate::import::bytes::decode(bytes);
            parse(&text, month)
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
    let text = crate::import::docx::as_tsv_text(bytes, &Limits::DEFAULT).map_err(MonitorError::Import)?;
    parse(&text, month)
}

#[cfg(not(feature = "docx"))]
fn docx(_: &[u8], _: Option<u8>) -> Result<ImportedReports, MonitorError> {
    let _ = Limits::DEFAULT;
    Err(MonitorError::Import(ImportError::NeedsFeature { format: "DOCX", feature: "docx" }))
}
