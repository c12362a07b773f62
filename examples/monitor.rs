//! Mid-year monitoring (绩效运行监控): lights a monitoring table and prints it.
//!
//! ```text
//! cargo run --example monitor [FILE] [--month N] [--profile central|checkpoints]
//!                             [--reasons red-yellow|red|possibility] [--json]
//! ```
//!
//! FILE is TSV or CSV (UTF-8, UTF-16 or GBK), a workbook (`.xlsx`, `.xls`; with `--features
//! xlsx`) or a Word document (`.docx`; with `--features docx`), with a Chinese header: the
//! target columns (一级指标 二级指标 三级指标 年度指标值) and the monitoring ones (1-7月执行情况
//! 全年预计完成情况 偏差原因分析 完成目标可能性 纠偏措施, and 预算数 1-7月执行数 全年预计执行数
//! per project or above the header), read by `jixiao::monitor::import::parse_bytes`, which tells
//! the format by content. The month is `--month`, else the one the header names
//! (`1-7月执行情况`). Without FILE, the bundled `data/monitor-tianjin-2025-07.tsv` is lit: a
//! made-up progress report on the real 2025 targets of the Tianjin sample.
//!
//! Each project prints as the monitoring table, then the lights that need a reason and whether
//! the unit gave one. `--json` prints the summaries as JSON instead.

use std::io::Write;
use std::process::ExitCode;

use jixiao::monitor::{import, Profile, ReasonRule, Summary};

const BUNDLED: &str = include_str!("../data/monitor-tianjin-2025-07.tsv");
const USAGE: &str = "usage: monitor [FILE] [--month N] [--profile central|checkpoints] [--reasons red-yellow|red|possibility] [--json]";

struct Options {
    file: Option<String>,
    month: Option<u8>,
    profile: Profile,
    reasons: Option<ReasonRule>,
    json: bool,
}

fn options() -> Result<Option<Options>, String> {
    let mut o = Options { file: None, month: None, profile: Profile::central(), reasons: None, json: false };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--month" => {
                let m = args.next().ok_or("--month needs a month 1–12")?;
                o.month = Some(m.parse().map_err(|_| format!("--month takes a month 1–12, not `{m}`"))?);
            }
            "--profile" => {
                o.profile = match args.next().as_deref() {
                    Some("central") => Profile::central(),
                    Some("checkpoints") => Profile::checkpoints(),
                    other => return Err(format!("--profile takes central or checkpoints, not {other:?}")),
                }
            }
            "--reasons" => {
                o.reasons = Some(match args.next().as_deref() {
                    Some("red-yellow") => ReasonRule::RedAndYellow,
                    Some("red") => ReasonRule::RedOnly,
                    Some("possibility") => ReasonRule::ByPossibility,
                    other => return Err(format!("--reasons takes red-yellow, red or possibility, not {other:?}")),
                })
            }
            "--json" => o.json = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            _ if o.file.is_none() && !a.starts_with("--") => o.file = Some(a),
            _ => return Err(format!("unexpected argument `{a}`\n{USAGE}")),
        }
    }
    if let Some(rule) = o.reasons {
        o.profile = o.profile.to_builder().reasons(rule).build().map_err(|e| e.to_string())?;
    }
    Ok(Some(o))
}

/// The lights that need a reason, and what the unit wrote.
fn reasons_needed(s: &Summary) -> String {
    let mut lines = Vec::new();
    let given = |r: Option<&jixiao::monitor::Reasons>| match r.filter(|r| r.is_given()) {
        Some(r) => format!("原因: {}", r.text),
        None => "缺少偏差原因分析".to_string(),
    };
    if let (true, Some(sig)) = (s.budget.reason_required, &s.budget.signal) {
        lines.push(format!("  预算执行 {}: {}", sig.light, given(s.budget.reasons.as_ref())));
    }
    for i in s.items.iter().filter(|i| i.reason_required) {
        let light = i.signal.as_ref().map_or("—", |sig| sig.light.zh());
        lines.push(format!("  指标{}「{}」 {light}: {}", i.index + 1, i.name, given(i.reasons.as_ref())));
    }
    if lines.is_empty() {
        "需说明原因的预警灯: 无\n".to_string()
    } else {
        format!("需说明原因的预警灯 (lights that need a reason):\n{}\n", lines.join("\n"))
    }
}

/// Writes to standard output; a reader that stops early (`| head`) ends the program quietly.
fn out(text: &str) -> Result<(), String> {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
        _ => Ok(()),
    }
}

#[cfg(feature = "serde")]
fn print_json(summaries: &[Summary]) -> Result<(), String> {
    out(&(serde_json::to_string_pretty(summaries).map_err(|e| e.to_string())? + "\n"))
}

#[cfg(not(feature = "serde"))]
fn print_json(_: &[Summary]) -> Result<(), String> {
    Err("--json needs the `serde` feature".to_string())
}

/// Reads a monitoring table from a TSV/CSV file, a workbook or a Word document, told apart by
/// content.
fn read(path: &str, month: Option<u8>) -> Result<import::ImportedReports, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    import::parse_bytes(&bytes, path, month).map_err(|e| {
        // (the cause says what is wrong: a feature this build lacks, the header not found …)
        let cause = std::error::Error::source(&e).map(|c| format!(": {c}")).unwrap_or_default();
        format!("{path}: {e}{cause} ({})", e.zh())
    })
}

fn run() -> Result<(), String> {
    let Some(o) = options()? else { return Ok(()) };
    let doc = match &o.file {
        Some(path) => read(path, o.month)?,
        None => import::parse(BUNDLED, o.month).map_err(|e| format!("{e} ({})", e.zh()))?,
    };
    for d in doc.diagnostics.iter().filter(|d| d.severity() != jixiao::Severity::Note) {
        eprintln!("{d}");
    }
    let summaries: Vec<Summary> = doc.reports.iter().map(|r| o.profile.monitor(r)).collect();
    if o.json {
        return print_json(&summaries);
    }
    let text: String = summaries.iter().map(|s| format!("{s}\n{}\n", reasons_needed(s))).collect();
    out(&text)
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
