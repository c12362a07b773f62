//! Prints the projects of a published target table (绩效目标表) with what each 指标值 means.
//!
//! ```text
//! cargo run --example report                     # the bundled Tianjin sample
//! cargo run --example report -- FILE             # a .docx, .xlsx or .xls (features `docx`,
//!                                                # `xlsx`), a DOCX-text file, a TSV or a CSV
//! cargo run --example report -- FILE --json      # the imported document as JSON
//! cargo run --example report -- FILE --actuals SELF_EVAL.tsv   # and score it (central profile)
//! cargo run --example report -- '≥2万人' '<2小时' # what single values mean
//! ```
//!
//! Without FILE it reads the sample bundled in `data/` (compiled in), so it works from
//! any directory. The format of FILE is told by its content (`jixiao::import::parse_file`):
//! Word and Excel files, or text in any encoding (UTF-8, UTF-16, GBK/GB18030). Under each project
//! it prints the target review (绩效目标审核); with `--actuals` it matches the projects and
//! indicators of a self-evaluation table with the targets (`jixiao::score::join`), scores each
//! project against the actual values (实际完成值) and executed budget matched with it, prints the
//! scorecard, and says what did not match.

use std::process::ExitCode;

use jixiao::import::{Diagnostic, ImportErrorKind, Imported};
use jixiao::score::{join, Join, Profile};
use jixiao::{Budget, Direction, Indicator, Project, QualitativeKind, Threshold};
use unicode_width::UnicodeWidthStr;

/// The bundled sample: four projects of 天津市环境应急与事故调查中心.
const SAMPLE: &str = include_str!("../data/tianjin-2025-emergency-center.txt");

const USAGE: &str = "usage: report [FILE] [--json] [--actuals SELF_EVAL]\n       report VALUE...   (what each 指标值 means)";

/// What the command line asks for.
struct Options {
    file: Option<String>,
    json: bool,
    actuals: Option<String>,
    /// 指标值 given on the command line instead of a file.
    values: Vec<String>,
}

fn options(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut opts = Options { file: None, json: false, actuals: None, values: Vec::new() };
    let mut args = args.peekable();
    let mut positional = Vec::new();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => opts.json = true,
            "--actuals" => opts.actuals = Some(args.next().ok_or_else(|| format!("--actuals needs a FILE\n{USAGE}"))?),
            "-h" | "--help" => return Err(USAGE.to_string()),
            a if a.starts_with("--") => return Err(format!("unknown option `{a}`\n{USAGE}")),
            _ => positional.push(arg),
        }
    }
    // one existing file is a document; anything else is a list of values
    match positional.as_slice() {
        [] => {}
        [one] if std::path::Path::new(one).is_file() => opts.file = Some(one.clone()),
        _ => opts.values = positional,
    }
    Ok(opts)
}

/// The document: FILE, read by content (DOCX, XLSX, XLS or text in any encoding), or the
/// bundled sample.
fn import(opts: &Options) -> Result<Imported, String> {
    match &opts.file {
        Some(path) => jixiao::import::parse_file(path).map_err(|e| file_error(path, &e)),
        None => jixiao::import::parse_text(SAMPLE).map_err(|e| e.to_string()),
    }
}

/// The error of a file that did not import, with the command that reads it when a feature is
/// missing.
fn file_error(path: &str, e: &jixiao::import::ImportError) -> String {
    match e.kind() {
        ImportErrorKind::NeedsFeature => {
            format!("{path}: {e}\nrun it with the features on: cargo run --example report --features docx,xlsx -- {path}")
        }
        _ => format!("{path}: {e}"),
    }
}

fn main() -> ExitCode {
    let run = || -> Result<(), String> {
        let opts = options(std::env::args().skip(1))?;
        if !opts.values.is_empty() {
            print_values(&opts.values);
            return Ok(());
        }
        let doc = import(&opts)?;
        let evaluation = opts.actuals.as_deref().map(read_evaluation).transpose()?;
        if opts.json {
            print_json(&doc)
        } else {
            let joined = evaluation.as_ref().map(|e| join(&doc.projects, &e.projects));
            print_report(&doc, joined.as_ref());
            if let (Some(e), Some(j)) = (&evaluation, &joined) {
                print_unmatched(&doc, e, j);
            }
            Ok(())
        }
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(feature = "serde")]
fn print_json(doc: &Imported) -> Result<(), String> {
    let json = serde_json::to_string_pretty(doc).map_err(|e| e.to_string())?;
    println!("{json}");
    Ok(())
}

#[cfg(not(feature = "serde"))]
fn print_json(_: &Imported) -> Result<(), String> {
    Err("--json needs the `serde` feature".to_string())
}

/// The whole report: each project with its review (and scorecard), then what the importer
/// noticed outside any project.
fn print_report(doc: &Imported, joined: Option<&Join>) {
    for (index, project) in doc.projects.iter().enumerate() {
        if index > 0 {
            println!();
        }
        print_project(index + 1, project);
        print_diagnostics(doc.diagnostics_of(index));
        print_review(project);
        if let Some(m) = joined.map(|j| &j.projects[index]) {
            println!();
            match m.evaluation {
                None => println!("   cannot score: no project of the self-evaluation matches this one"),
                Some(_) => print_scorecard(project, m.actuals()),
            }
        }
    }
    print_diagnostics(doc.diagnostics.iter().filter(|d| d.project.is_none()));
}

/// The target review (绩效目标审核) of one project, indented under it.
fn print_review(project: &Project) {
    let review = jixiao::review::review(project);
    println!();
    for line in review.to_string().lines() {
        println!("   {line}");
    }
}

/// Reads a self-evaluation table (绩效自评表).
fn read_evaluation(path: &str) -> Result<Imported, String> {
    jixiao::import::parse_file(path).map_err(|e| file_error(path, &e))
}

/// What of the self-evaluation matched nothing, on stderr: the user should know what was left out.
fn print_unmatched(doc: &Imported, evaluation: &Imported, joined: &Join) {
    for e in &joined.unmatched_evaluations {
        eprintln!("warning: self-evaluation project `{}` matches no target project", evaluation.projects[*e].name);
    }
    for m in &joined.projects {
        let Some((e, _)) = m.evaluation else { continue };
        for &r in &m.unmatched_evaluations {
            eprintln!(
                "warning: `{}`: self-evaluation row `{}` matches no target indicator",
                doc.projects[m.target].name, evaluation.projects[e].indicators[r].name
            );
        }
        for &i in &m.unmatched_targets {
            eprintln!(
                "warning: `{}`: target indicator `{}` has no self-evaluation row",
                doc.projects[m.target].name, doc.projects[m.target].indicators[i].name
            );
        }
    }
}

/// The scorecard of one project under the central profile, or why it cannot be scored.
fn print_scorecard(project: &Project, actuals: &jixiao::score::Actuals) {
    match Profile::central().score(project, actuals) {
        Ok(card) => {
            for line in card.to_string().lines() {
                println!("   {line}");
            }
        }
        Err(e) => println!("   cannot score: {e}"),
    }
}

/// What each value given on the command line means.
fn print_values(values: &[String]) {
    let rows: Vec<Vec<String>> = values
        .iter()
        .map(|v| {
            let i = Indicator::new(None, None, "", v);
            vec![one_line(v), i.threshold().map_or_else(String::new, ToString::to_string), meaning(&i)]
        })
        .collect();
    print_table(&["指标值", "canonical", "meaning"], &rows);
}

/// One project: heading, unit, budget, goals count and the indicator table.
fn print_project(number: usize, p: &Project) {
    println!("{number}. {}", p.name);
    if let Some(unit) = &p.unit {
        println!("   单位 unit:    {} {}", unit.code.as_deref().unwrap_or(""), unit.name);
    }
    println!("   预算 budget:  {}", budget_line(&p.budget));
    if !p.goals.is_empty() {
        println!("   绩效目标 goals: {}", p.goals.len());
    }
    println!();
    if p.indicators.is_empty() {
        println!("   (no indicator rows)");
        return;
    }
    let mut header = vec!["一级指标", "二级指标", "三级指标", "指标值", "meaning"];
    let mut rows: Vec<Vec<String>> = p.indicators.iter().map(indicator_row).collect();
    if p.indicators.iter().any(|i| i.actual.is_some() || i.score.is_some()) {
        header.extend(["分值", "实际完成值", "得分"]);
        for (row, i) in rows.iter_mut().zip(&p.indicators) {
            row.extend(self_evaluation_cells(i));
        }
    }
    print_table(&header, &rows);
}

/// `381.00 万元 (财政 381.00 + 其他 0)`, flagging a budget that does not add up.
fn budget_line(b: &Budget) -> String {
    if b.total.is_none() && b.fiscal.is_none() && b.other.is_none() && b.executed.is_none() {
        return "not stated".to_string();
    }
    let show = |d: Option<jixiao::Decimal>| d.map_or_else(|| "—".to_string(), |d| d.to_string());
    let mut line = format!("{} {} (财政 {} + 其他 {})", show(b.total), b.money_unit.as_str(), show(b.fiscal), show(b.other));
    if let Some(executed) = b.executed {
        line.push_str(&format!(", 执行 {executed}"));
    }
    if b.adds_up() == Some(false) {
        line.push_str("  ! does not add up");
    }
    line
}

/// The cells of one indicator row.
fn indicator_row(i: &Indicator) -> Vec<String> {
    let level = |name: Option<&str>| name.unwrap_or("—").to_string();
    vec![
        level(i.level1.as_ref().map(|l| l.name())),
        level(i.level2.as_ref().map(|l| l.name())),
        one_line(&i.name),
        one_line(i.value()),
        meaning(i),
    ]
}

/// Weight, actual and recorded score of a self-evaluation row.
fn self_evaluation_cells(i: &Indicator) -> [String; 3] {
    let show = |d: Option<jixiao::Decimal>| d.map_or_else(|| "—".to_string(), |d| d.to_string());
    [show(i.weight), i.actual.as_deref().map_or_else(|| "—".to_string(), one_line), show(i.score)]
}

/// What a 指标值 means, in a few words: comparator, normalised value and unit, direction; or
/// the range, deadline or qualitative kind; or why it did not parse.
fn meaning(i: &Indicator) -> String {
    let parsed = match i.parsed() {
        Ok(t) => t,
        Err(e) => return format!("error: {e}"),
    };
    let t = parsed;
    match t {
        Threshold::Compare(c) => {
            let quantity = c.quantity();
            format!("{} {} {} · {}", c.comparator(), quantity.normalized().normalize(), quantity.unit(), direction(t.direction()))
        }
        Threshold::Range(r) => {
            format!("{} to {} {} · {}", r.low_quantity().normalized(), r.high_quantity().normalized(), r.unit(), direction(t.direction()))
        }
        Threshold::Deadline(d) => format!("deadline {d}"),
        Threshold::Qualitative(q) => format!("qualitative: {}", kind(q.kind())),
        _ => t.to_string(),
    }
}

fn direction(d: Direction) -> &'static str {
    match d {
        Direction::HigherIsBetter => "higher is better",
        Direction::LowerIsBetter => "lower is better",
        Direction::Within => "within the range",
        Direction::ByDeadline => "by the deadline",
        _ => "judged",
    }
}

fn kind(k: QualitativeKind) -> &'static str {
    match k {
        QualitativeKind::YesNo => "yes/no",
        QualitativeKind::Completion => "completion",
        QualitativeKind::Maintenance => "maintenance",
        QualitativeKind::Improvement => "improvement",
        QualitativeKind::Compliance => "compliance",
        QualitativeKind::Grade => "grade",
        QualitativeKind::Effect => "effect",
        _ => "other",
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Prints rows under a header, each column padded to its widest cell by display width (a
/// Chinese character is two columns wide).
fn print_table(header: &[&str], rows: &[Vec<String>]) {
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells.iter().zip(&widths).map(|(c, w)| pad(c, *w)).collect();
        println!("   {}", padded.join("  ").trim_end());
    };
    line(header.to_vec());
    line(widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>().iter().map(String::as_str).collect());
    for row in rows {
        line(row.iter().map(String::as_str).collect());
    }
}

fn pad(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

fn print_diagnostics<'a>(diagnostics: impl Iterator<Item = &'a Diagnostic>) {
    let mut first = true;
    for d in diagnostics {
        if first {
            println!();
            first = false;
        }
        println!("   {d}");
    }
}
