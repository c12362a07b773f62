//! Prints the JSON Schema (draft 2020-12) of a jixiao `Project` document.
//!
//! ```sh
//! cargo run --example schema              # print it
//! cargo run --example schema -- --write   # write schema/jixiao.schema.json and schema/examples/
//! ```
//!
//! The examples are the bundled sample imported (`imported-sample.json`), its first project alone
//! (`project-sample.json`), the bundled self-evaluation scored under the central profile
//! (`scorecard-yongde.json`), the bundled monitoring table imported
//! (`monitor-imported-tianjin.json`) and its first project monitored under the central profile
//! (`monitor-summary-tianjin.json`).

use std::process::ExitCode;

fn main() -> ExitCode {
    let schema = jixiao::schema::json_schema();
    let text = match serde_json::to_string_pretty(&schema) {
        Ok(t) => t + "\n",
        Err(e) => {
            eprintln!("error: cannot print the schema: {e}");
            return ExitCode::FAILURE;
        }
    };
    if std::env::args().any(|a| a == "--write") {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/jixiao.schema.json");
        if let Err(e) = std::fs::write(path, &text) {
            eprintln!("error: cannot write {path}: {e}");
            return ExitCode::FAILURE;
        }
        eprintln!("wrote {path}");
        for (name, json) in match examples() {
            Ok(e) => e,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        } {
            let path = format!("{}/schema/examples/{name}", env!("CARGO_MANIFEST_DIR"));
            if let Err(e) = std::fs::write(&path, json) {
                eprintln!("error: cannot write {path}: {e}");
                return ExitCode::FAILURE;
            }
            eprintln!("wrote {path}");
        }
    } else {
        print!("{text}");
    }
    ExitCode::SUCCESS
}

/// The example documents: file name and pretty JSON.
fn examples() -> Result<Vec<(&'static str, String)>, Box<dyn std::error::Error>> {
    use jixiao::score::{Actuals, Profile};
    let sample = jixiao::import::parse_text(include_str!("../data/tianjin-2025-emergency-center.txt"))?;
    let first = sample.projects.first().ok_or("the sample has no project")?;
    let table = jixiao::import::parse_text(include_str!("../data/self_eval/01-yongde.tsv"))?;
    let project = table.projects.first().ok_or("the self-evaluation has no project")?;
    let card = Profile::central().score(project, &Actuals::from_project(project))?;
    let monitoring = jixiao::monitor::import::parse(include_str!("../data/monitor-tianjin-2025-07.tsv"), None)?;
    let report = monitoring.reports.first().ok_or("the monitoring sample has no project")?;
    let summary = jixiao::monitor::Profile::central().monitor(report);
    Ok(vec![
        ("imported-sample.json", serde_json::to_string_pretty(&sample)? + "\n"),
        ("project-sample.json", serde_json::to_string_pretty(first)? + "\n"),
        ("scorecard-yongde.json", serde_json::to_string_pretty(&card)? + "\n"),
        ("monitor-imported-tianjin.json", serde_json::to_string_pretty(&monitoring)? + "\n"),
        ("monitor-summary-tianjin.json", serde_json::to_string_pretty(&summary)? + "\n"),
    ])
}
