//! Scores a self-evaluation table (绩效自评表) and prints the scorecard.
//!
//! ```text
//! cargo run --example score [FILE] [--profile central|hubei|sichuan] [--whole]
//! ```
//!
//! FILE is TSV or CSV with a Chinese header (一级指标 二级指标 三级指标 指标值 实际完成值 分值
//! 得分), read by `jixiao::import::table::parse`. Rows above the header may give the budget:
//! `全年预算数`, `全年执行数` and `资金单位` (元 or 万元), each followed by its value. Without
//! FILE, the bundled `data/self_eval/01-yongde.tsv` (a real 2022 table) is scored.
//! `--whole` rounds to whole points, as many tables do.

use std::process::ExitCode;

use jixiao::import::table;
use jixiao::score::{Actuals, Profile, Rounding};
use jixiao::{Decimal, MoneyUnit, Project};

const BUNDLED: &str = include_str!("../data/self_eval/01-yongde.tsv");

/// The value after `key` in a row above the header (`全年预算数<TAB>387664.62`).
fn preamble<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.lines().find_map(|l| {
        let rest = l.strip_prefix(key)?;
        let rest = rest.strip_prefix('\t').or_else(|| rest.strip_prefix(','))?;
        rest.split(['\t', ',']).next().map(str::trim)
    })
}

/// Fills the budget from the rows above the header, where the project has none.
fn budget_from(text: &str, p: &mut Project) -> Result<(), String> {
    let amount = |key: &str| -> Result<Option<Decimal>, String> {
        preamble(text, key).map(|v| Decimal::from_str_exact(v).map_err(|e| format!("{key} `{v}`: {e}"))).transpose()
    };
    p.budget.total = p.budget.total.or(amount("全年预算数")?);
    p.budget.executed = p.budget.executed.or(amount("全年执行数")?);
    if preamble(text, "资金单位") == Some("元") {
        p.budget.money_unit = MoneyUnit::Yuan;
    }
    Ok(())
}

fn run() -> Result<(), String> {
    let mut file = None;
    let mut profile = Profile::central();
    let mut whole = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--profile" => {
                profile = match args.next().as_deref() {
                    Some("central") => Profile::central(),
                    Some("hubei") => Profile::hubei(),
                    Some("sichuan") => Profile::sichuan(),
                    other => return Err(format!("--profile takes central, hubei or sichuan, not {other:?}")),
                }
            }
            "--whole" => whole = true,
            "-h" | "--help" => {
                println!("usage: score [FILE] [--profile central|hubei|sichuan] [--whole]");
                return Ok(());
            }
            _ if file.is_none() => file = Some(a),
            _ => return Err(format!("unexpected argument `{a}`")),
        }
    }
    if whole {
        profile = profile.to_builder().rounding(Rounding::Whole).build().map_err(|e| e.to_string())?;
    }
    let text = match &file {
        Some(path) => std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?,
        None => BUNDLED.to_string(),
    };
    let doc = table::parse(&text).map_err(|e| e.to_string())?;
    for d in doc.diagnostics.iter().filter(|d| d.severity() != jixiao::Severity::Note) {
        eprintln!("{d}");
    }
    // a project that cannot be scored is reported and the next one still is
    let mut failed = Vec::new();
    for mut project in doc.projects {
        budget_from(&text, &mut project)?;
        match profile.score(&project, &Actuals::from_project(&project)) {
            Ok(card) => println!("{card}"),
            Err(e) => failed.push(format!("{}: {e}", project.name)),
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(failed.join("\nerror: "))
    }
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
