//! One table analysed (分析): imported, each project reviewed (绩效目标审核), and lit
//! (运行监控) where the file is a monitoring table.

use std::path::Path;

use jixiao::import::{Code as ImportCode, Imported};
use jixiao::monitor::{self, Profile as MonitorProfile};
use jixiao::review::Review;
use serde::Serialize;

use crate::errors::Message;
use crate::input;

/// What one file holds, as `report` prints it and `--json` / `--jsonl` write it.
#[derive(Debug, Serialize)]
pub struct Analysis {
    /// The file, as given or found.
    pub path: String,
    /// Projects in the file.
    pub projects: usize,
    /// Indicators in all its projects.
    pub indicators: usize,
    /// The imported document, with the importer's diagnostics.
    pub imported: Imported,
    /// The review of each project, in order.
    pub reviews: Vec<Review>,
    /// The lights of each project, when the file is a monitoring table (it has 1-X月执行情况).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monitoring: Option<Vec<monitor::Summary>>,
}

impl Analysis {
    /// Reviews every project of `imported`; `monitoring` as found.
    pub fn new(path: String, imported: Imported, monitoring: Option<Vec<monitor::Summary>>) -> Analysis {
        let reviews = imported.projects.iter().map(jixiao::review::review).collect();
        let projects = imported.projects.len();
        let indicators = imported.projects.iter().map(|p| p.indicators.len()).sum();
        Analysis { path, projects, indicators, imported, reviews, monitoring }
    }
}

/// Reads, imports and reviews the file at `path`.
pub fn file(path: &Path) -> Result<Analysis, Message> {
    let bytes = input::read(path)?;
    let imported = input::targets_in(path, &bytes)?;
    // most files are target tables: read as monitoring only what has a progress column
    let monitoring = if has_progress_column(&imported) { monitoring_in(path, &bytes) } else { None };
    Ok(Analysis::new(path.display().to_string(), imported, monitoring))
}

/// Whether any indicator row kept a column of monitoring, as the monitoring importer reads one
/// (`1-7月执行情况`, `1—7月完成值`, `全年预计完成情况`): the target importer keeps them in `extra`.
fn has_progress_column(imported: &Imported) -> bool {
    imported.projects.iter().flat_map(|p| &p.indicators).any(|i| i.extra.keys().any(|k| monitor::import::is_monitoring_column(k)))
}

/// The lights of a monitoring table (central rules), or `None` when `bytes` is not one: the
/// monitoring importer finds no progress column (1-X月执行情况), no month, or no table.
fn monitoring_in(path: &Path, bytes: &[u8]) -> Option<Vec<monitor::Summary>> {
    let doc = monitor::import::parse_bytes(bytes, &input::file_name(path), None).ok()?;
    if doc.reports.is_empty() || doc.diagnostics.iter().any(|d| d.code() == ImportCode::NoProgressColumn) {
        return None;
    }
    let profile = MonitorProfile::central();
    Some(doc.reports.iter().map(|r| profile.monitor(r)).collect())
}

/// A file that could not be analysed, as `--json` and `--jsonl` write it:
/// `{"path": …, "error": {"zh": …, "en": …}}`.
#[derive(Debug, Clone, Serialize)]
pub struct Failure {
    /// The file.
    pub path: String,
    /// Why, in both languages.
    pub error: Reason,
}

/// Why a file failed, in Chinese and English.
#[derive(Debug, Clone, Serialize)]
pub struct Reason {
    /// 中文.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Failure {
    /// The failure of `path` with `why`.
    pub fn new(path: &Path, why: Message) -> Failure {
        Failure { path: path.display().to_string(), error: Reason { zh: why.zh, en: why.en } }
    }
}
