//! Inputs (输入): the bundled samples, and files read from disk with their errors in both
//! languages. A path is always a path: one that does not exist is an error, never a value.

use std::path::Path;

use jixiao::import::Imported;
use jixiao::monitor::import::ImportedReports;

use crate::errors::Message;

/// The bundled sample (内置示例): the 2025 target tables of 362207 天津市环境应急与事故调查中心,
/// four projects, as text extracted from the published DOCX.
pub const SAMPLE: &str = include_str!("../../data/tianjin-2025-emergency-center.txt");
/// The name the sample is reported under.
pub const SAMPLE_NAME: &str = "(内置示例 bundled sample) tianjin-2025-emergency-center.txt";

/// A made-up July progress report (绩效监控表) on the sample's real targets.
pub const MONITOR_SAMPLE: &str = include_str!("../../data/monitor-tianjin-2025-07.tsv");
/// The name the monitoring sample is reported under.
pub const MONITOR_SAMPLE_NAME: &str = "(内置示例 bundled sample) monitor-tianjin-2025-07.tsv";

/// A real 2022 self-evaluation (绩效自评表) of 永德县明朗中学, with its budget, 实际完成值, 分值 and 得分.
pub const SELF_EVAL_SAMPLE: &str = include_str!("../../data/self_eval/01-yongde.tsv");
/// The name the self-evaluation sample is reported under.
pub const SELF_EVAL_SAMPLE_NAME: &str = "(内置示例 bundled sample) self_eval/01-yongde.tsv";

/// The bytes of the file at `path`: an error when it does not exist, is a directory or cannot
/// be read.
pub fn read(path: &Path) -> Result<Vec<u8>, Message> {
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Message::no_such_file(path)),
        Ok(m) if m.is_dir() => {
            let p = path.display();
            return Err(Message::new(
                format!("{p} 是目录：请用 jixiao report {p} 读取目录"),
                format!("{p} is a directory: read directories with jixiao report {p}"),
            ));
        }
        _ => {}
    }
    std::fs::read(path).map_err(|e| Message::unreadable(path, &e))
}

/// Whether `path` exists; an error naming it when not.
pub fn exists(path: &Path) -> Result<(), Message> {
    match std::fs::symlink_metadata(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Message::no_such_file(path)),
        Err(e) => Err(Message::unreadable(path, &e)),
    }
}

/// The target table at `path` (any format, told by content), or `sample` when there is none;
/// with the name to report it under.
pub fn targets(path: Option<&Path>, sample: (&str, &str)) -> Result<(String, Imported), Message> {
    match path {
        Some(path) => Ok((path.display().to_string(), targets_in(path, &read(path)?)?)),
        None => {
            let doc = jixiao::import::parse_text(sample.0).map_err(|e| Message::new(e.zh(), e.to_string()))?;
            Ok((sample.1.to_string(), doc))
        }
    }
}

/// The target table in `bytes`, read from `path`.
pub fn targets_in(path: &Path, bytes: &[u8]) -> Result<Imported, Message> {
    jixiao::import::parse_bytes(bytes, &file_name(path)).map_err(|e| Message::import(path, &e))
}

/// The monitoring table at `path`, or the bundled one; `month` as the importer takes it.
pub fn monitoring(path: Option<&Path>, month: Option<u8>) -> Result<(String, ImportedReports), Message> {
    match path {
        Some(path) => {
            let bytes = read(path)?;
            let doc = jixiao::monitor::import::parse_bytes(&bytes, &file_name(path), month).map_err(|e| Message::monitor(path, &e))?;
            Ok((path.display().to_string(), doc))
        }
        None => {
            let doc = jixiao::monitor::import::parse(MONITOR_SAMPLE, month).map_err(|e| Message::new(e.zh(), e.to_string()))?;
            Ok((MONITOR_SAMPLE_NAME.to_string(), doc))
        }
    }
}

/// The file name of `path`, which tells the format where the content does not.
pub fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}
