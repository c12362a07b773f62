//! Directory mode (目录模式): every readable table under the paths given (.docx .xlsx .xls .txt
//! .tsv .csv, recursively), imported in parallel with rayon, a progress bar on a terminal only,
//! then a summary. Output is in path order, whatever order the threads finish in.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use jixiao::monitor::LightCounts;
use rayon::prelude::*;
use serde::Serialize;

use crate::analysis::{self, Analysis, Failure};
use crate::args::Mode;
use crate::errors::{Error, Message};
use crate::{output, xlsx};

/// The extensions read from a directory (a file named on the command line is read whatever its
/// name).
const EXTENSIONS: &[&str] = &["docx", "xlsx", "xls", "txt", "tsv", "csv"];

/// One file's outcome.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Entry {
    /// Imported and reviewed.
    Read(Box<Analysis>),
    /// Not read, and why.
    Failed(Failure),
}

/// The summary (汇总) of a run.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    /// Files found.
    pub files: usize,
    /// Files imported.
    pub imported: usize,
    /// Projects in them.
    pub projects: usize,
    /// Indicators in them.
    pub indicators: usize,
    /// Projects by review grade (优/良/中/差).
    pub grades: BTreeMap<String, usize>,
    /// Review findings by code (`J013`).
    pub findings: BTreeMap<String, usize>,
    /// Files that are monitoring tables.
    pub monitoring_tables: usize,
    /// Lights by colour over the monitoring tables; absent when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lights: Option<BTreeMap<&'static str, usize>>,
    /// The files that failed, and why.
    pub failed: Vec<Failure>,
}

/// Reads `paths` (files and directories), prints each file's line and the summary.
pub fn run(paths: &[PathBuf], mode: Mode, xlsx_out: Option<&Path>, out: &mut dyn Write) -> Result<(), Error> {
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut files, &mut unreadable);
        } else {
            files.push(path.clone());
        }
    }
    files.sort();
    files.dedup();
    let entries = read_all(files, unreadable);
    let summary = summarise(&entries);
    if let Some(path) = xlsx_out {
        let read: Vec<&Analysis> = entries.iter().filter_map(|e| if let Entry::Read(a) = e { Some(&**a) } else { None }).collect();
        xlsx::write_analyses_ref(path, &read)?;
    }
    match mode {
        Mode::Text => {
            for e in &entries {
                write_line(out, e)?;
            }
            writeln!(out)?;
            write_summary(out, &summary)?;
        }
        Mode::Json => output::json(out, &serde_json::json!({ "files": entries, "summary": summary }))?,
        Mode::JsonLines => {
            for e in &entries {
                output::json_line(out, e)?;
            }
        }
    }
    if summary.failed.is_empty() {
        return Ok(());
    }
    out.flush()?;
    let n = summary.failed.len();
    Err(Message::new(format!("{n} 个文件无法导入（见上文）"), format!("files that could not be imported: {n} (see above)")).into())
}

/// Every file under `dir` with one of the [`EXTENSIONS`]; directories that cannot be listed go
/// to `unreadable`. Symbolic links to directories are not followed (no loops).
fn walk(dir: &Path, files: &mut Vec<PathBuf>, unreadable: &mut Vec<(PathBuf, Message)>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return unreadable.push((dir.to_path_buf(), Message::unreadable(dir, &e))),
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                unreadable.push((dir.to_path_buf(), Message::unreadable(dir, &e)));
                continue;
            }
        };
        let path = entry.path();
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() {
            walk(&path, files, unreadable);
        } else if has_table_extension(&path) && (kind.is_file() || path.is_file()) {
            files.push(path);
        }
    }
}

fn has_table_extension(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// Analyses `files` in parallel; the entries in path order.
fn read_all(files: Vec<PathBuf>, unreadable: Vec<(PathBuf, Message)>) -> Vec<Entry> {
    let bar = progress(files.len() as u64);
    let mut entries: Vec<(PathBuf, Entry)> = files
        .into_par_iter()
        .map(|path| {
            let entry = match analysis::file(&path) {
                Ok(a) => Entry::Read(Box::new(a)),
                Err(why) => failed(&path, why),
            };
            bar.inc(1);
            (path, entry)
        })
        .collect();
    bar.finish_and_clear();
    entries.extend(unreadable.into_iter().map(|(path, why)| {
        let entry = failed(&path, why);
        (path, entry)
    }));
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    entries.into_iter().map(|(_, e)| e).collect()
}

fn failed(path: &Path, why: Message) -> Entry {
    Entry::Failed(Failure::new(path, why))
}

/// A progress bar on standard error when it is a terminal; a hidden one in a pipe or a file.
fn progress(len: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} 个文件 files {elapsed}") {
        bar.set_style(style);
    }
    bar
}

/// Counts the entries.
fn summarise(entries: &[Entry]) -> Summary {
    let mut s = Summary { files: entries.len(), ..Summary::default() };
    let mut lights = LightCounts::default();
    for e in entries {
        let a = match e {
            Entry::Read(a) => a,
            Entry::Failed(f) => {
                s.failed.push(f.clone());
                continue;
            }
        };
        s.imported += 1;
        s.projects += a.projects;
        s.indicators += a.indicators;
        for r in &a.reviews {
            *s.grades.entry(r.grade().as_str().to_string()).or_default() += 1;
            for f in r.findings() {
                *s.findings.entry(f.code().to_string()).or_default() += 1;
            }
        }
        if let Some(summaries) = &a.monitoring {
            s.monitoring_tables += 1;
            lights += summaries.iter().map(|m| m.counts).sum();
        }
    }
    if s.monitoring_tables > 0 {
        s.lights = Some(BTreeMap::from([
            ("red", lights.red),
            ("yellow", lights.yellow),
            ("green", lights.green),
            ("blue", lights.blue),
            ("unjudged", lights.unjudged),
        ]));
    }
    s
}

/// One line per file: `✓ path: 2 个项目 projects, 18 个指标 indicators, 审核 review 良, 中`.
fn write_line(out: &mut dyn Write, e: &Entry) -> std::io::Result<()> {
    match e {
        Entry::Read(a) => {
            let grades: Vec<&str> = a.reviews.iter().map(|r| r.grade().as_str()).collect();
            let findings: usize = a.reviews.iter().map(|r| r.findings().len()).sum();
            write!(
                out,
                "✓ {}: {} 个项目 projects, {} 个指标 indicators, 审核 review {}, {} 条发现 findings",
                a.path,
                a.projects,
                a.indicators,
                if grades.is_empty() { "—".to_string() } else { grades.join("/") },
                findings
            )?;
            if let Some(m) = &a.monitoring {
                let c = |f: fn(&LightCounts) -> usize| m.iter().map(|s| f(&s.counts)).sum::<usize>();
                write!(out, ", 预警灯 lights 红 {} 黄 {} 绿 {} 蓝 {}", c(|l| l.red), c(|l| l.yellow), c(|l| l.green), c(|l| l.blue))?;
            }
            writeln!(out)
        }
        Entry::Failed(f) => writeln!(out, "✗ {}: {} / {}", f.path, f.error.zh, f.error.en),
    }
}

/// The summary as text, Chinese first.
fn write_summary(out: &mut dyn Write, s: &Summary) -> std::io::Result<()> {
    writeln!(out, "汇总 summary")?;
    writeln!(out, "  文件 files: {}（导入 imported {}，失败 failed {}）", s.files, s.imported, s.failed.len())?;
    writeln!(out, "  项目 projects: {}", s.projects)?;
    writeln!(out, "  指标 indicators: {}", s.indicators)?;
    let grades: Vec<String> = ["优", "良", "中", "差"].iter().map(|g| format!("{g} {}", s.grades.get(*g).copied().unwrap_or(0))).collect();
    writeln!(out, "  审核结论 review grades: {}", grades.join("，"))?;
    if s.findings.is_empty() {
        writeln!(out, "  审核发现 review findings: 无 none")?;
    } else {
        writeln!(out, "  审核发现 review findings by code:")?;
        for (code, n) in &s.findings {
            let title = jixiao::review::Code::parse(code).map(|c| format!(" {} {}", c.severity().zh(), c.title())).unwrap_or_default();
            writeln!(out, "    {code}{title}: {n}")?;
        }
    }
    if let Some(l) = &s.lights {
        let n = |k: &str| l.get(k).copied().unwrap_or(0);
        writeln!(
            out,
            "  预警灯 lights ({} 个监控表 monitoring tables): 红灯 red {}，黄灯 yellow {}，绿灯 green {}，蓝灯 blue {}，无法判断 unjudged {}",
            s.monitoring_tables,
            n("red"),
            n("yellow"),
            n("green"),
            n("blue"),
            n("unjudged")
        )?;
    }
    if !s.failed.is_empty() {
        writeln!(out, "  无法导入的文件 files that failed: {}", s.failed.len())?;
        for f in &s.failed {
            writeln!(out, "    {}: {} / {}", f.path, f.error.zh, f.error.en)?;
        }
    }
    Ok(())
}
