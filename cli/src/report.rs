//! `jixiao report`: each project of a target table (绩效目标表) with what each 指标值 means and
//! the review; a directory, or several paths, read in parallel and summarised (see [`crate::dir`]).

use std::io::Write;
use std::path::Path;

use jixiao::{Indicator, Project};

use crate::analysis::{self, Analysis};
use crate::args::{Mode, ReportArgs};
use crate::errors::{Error, Message};
use crate::{dir, input, output, xlsx};

/// `jixiao report`.
pub fn run(args: &ReportArgs, out: &mut dyn Write) -> Result<(), Error> {
    for path in &args.paths {
        input::exists(path)?;
    }
    let single = match args.paths.as_slice() {
        [] => Some(sample()?),
        [one] if !one.is_dir() => Some(analysis::file(one)?),
        _ => None,
    };
    let Some(analysis) = single else {
        return dir::run(&args.paths, args.format.mode(), args.xlsx.as_deref(), out);
    };
    if let Some(path) = &args.xlsx {
        xlsx::write_analyses(path, std::slice::from_ref(&analysis))?;
    }
    match args.format.mode() {
        Mode::Text => write(out, &analysis)?,
        Mode::Json => output::json(out, &analysis)?,
        Mode::JsonLines => output::json_line(out, &analysis)?,
    }
    Ok(())
}

/// The bundled sample, analysed.
fn sample() -> Result<Analysis, Message> {
    let (name, doc) = input::targets(None, (input::SAMPLE, input::SAMPLE_NAME))?;
    Ok(Analysis::new(name, doc, None))
}

/// The whole report of one file: each project with its diagnostics and review, what the
/// importer noticed outside any project, and the counts.
pub fn write(out: &mut dyn Write, a: &Analysis) -> std::io::Result<()> {
    writeln!(out, "文件 file: {}", a.path)?;
    for (index, project) in a.imported.projects.iter().enumerate() {
        writeln!(out)?;
        write_project(out, index + 1, project)?;
        output::diagnostics(out, a.imported.diagnostics_of(index), true)?;
        writeln!(out)?;
        output::indented(out, &a.reviews[index].to_string(), "   ")?;
    }
    output::diagnostics(out, a.imported.diagnostics.iter().filter(|d| d.project.is_none()), true)?;
    writeln!(out)?;
    writeln!(out, "共 {} 个项目、{} 个指标 / {} projects, {} indicators", a.projects, a.indicators, a.projects, a.indicators)?;
    if a.monitoring.is_some() {
        let p = Path::new(&a.path).display();
        writeln!(out, "这是绩效监控表：预警灯见 jixiao monitor {p} / a monitoring table: jixiao monitor {p} shows its lights")?;
    }
    Ok(())
}

/// One project: heading, unit, budget, goals and the indicator table.
fn write_project(out: &mut dyn Write, number: usize, p: &Project) -> std::io::Result<()> {
    writeln!(out, "{number}. {}", p.name)?;
    if let Some(unit) = &p.unit {
        writeln!(out, "   单位 unit: {} {}", unit.code.as_deref().unwrap_or(""), unit.name)?;
    }
    writeln!(out, "   预算 budget: {}", output::budget_line(&p.budget))?;
    if !p.goals.is_empty() {
        writeln!(out, "   绩效目标 goals: {}", p.goals.len())?;
    }
    writeln!(out)?;
    if p.indicators.is_empty() {
        return writeln!(out, "   （没有指标行 no indicator rows）");
    }
    let mut header = vec!["一级指标", "二级指标", "三级指标", "指标值", "含义 meaning"];
    let mut rows: Vec<Vec<String>> = p.indicators.iter().map(row).collect();
    if p.indicators.iter().any(|i| i.actual.is_some() || i.score.is_some()) {
        header.extend(["分值", "实际完成值", "得分"]);
        for (row, i) in rows.iter_mut().zip(&p.indicators) {
            row.extend([
                output::amount(i.weight),
                i.actual.as_deref().map_or_else(|| "—".to_string(), output::one_line),
                output::amount(i.score),
            ]);
        }
    }
    output::table(out, &header, &rows)
}

/// The cells of one indicator row.
fn row(i: &Indicator) -> Vec<String> {
    let level = |name: Option<&str>| name.unwrap_or("—").to_string();
    vec![
        level(i.level1.as_ref().map(|l| l.name())),
        level(i.level2.as_ref().map(|l| l.name())),
        output::one_line(&i.name),
        output::one_line(i.value()),
        output::meaning(i),
    ]
}
