//! `jixiao monitor`: a mid-year monitoring table (绩效监控表) lit with the central rules:
//! 红灯/黄灯/绿灯/蓝灯, the rule of each light, and the findings (reasons missing, forecasts
//! short of the target).

use std::io::{self, Write};

use jixiao::import::Diagnostic;
use jixiao::monitor::{LightCounts, Profile, Summary};
use serde::Serialize;

use crate::args::{Mode, MonitorArgs};
use crate::errors::{Error, Message};
use crate::{input, output, xlsx};

/// A monitoring table lit, as `--json` writes it.
#[derive(Debug, Serialize)]
pub struct Lit {
    /// The table.
    pub path: String,
    /// The importer's diagnostics.
    pub diagnostics: Vec<Diagnostic>,
    /// One summary per project: its lights, counts and findings.
    pub summaries: Vec<Summary>,
}

/// `jixiao monitor`.
pub fn run(args: &MonitorArgs, out: &mut dyn Write) -> Result<(), Error> {
    let (path, doc) = input::monitoring(args.file.as_deref(), args.month)?;
    if doc.reports.is_empty() {
        return Err(Message::new(format!("{path} 中没有监控表"), format!("no monitoring table in {path}")).into());
    }
    let profile = Profile::central();
    let summaries: Vec<Summary> = doc.reports.iter().map(|r| profile.monitor(r)).collect();
    let lit = Lit { path, diagnostics: doc.diagnostics, summaries };
    if let Some(out_path) = &args.xlsx {
        xlsx::write_monitoring(out_path, &lit.summaries)?;
    }
    match args.format.mode() {
        Mode::Text => write(out, &lit)?,
        Mode::Json => output::json(out, &lit)?,
        Mode::JsonLines => output::json_line(out, &lit)?,
    }
    Ok(())
}

/// The lit tables as text: the library's table of each project, then the lights counted.
fn write(out: &mut dyn Write, lit: &Lit) -> io::Result<()> {
    writeln!(out, "文件 file: {}", lit.path)?;
    output::diagnostics(out, lit.diagnostics.iter(), false)?;
    let mut total = LightCounts::default();
    for s in &lit.summaries {
        writeln!(out)?;
        writeln!(out, "{}", s.to_string().trim_end())?;
        total += s.counts;
    }
    writeln!(out)?;
    writeln!(
        out,
        "合计 total: {} 个项目 projects；红灯 red {}，黄灯 yellow {}，绿灯 green {}，蓝灯 blue {}，无法判断 unjudged {}",
        lit.summaries.len(),
        total.red,
        total.yellow,
        total.green,
        total.blue,
        total.unjudged
    )
}
