//! The command line (命令行参数), declared with clap's derive API.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// jixiao: 预算绩效目标表 (budget performance target tables) — read, review (审核), score (自评打分)
/// and monitor (运行监控) the tables every budget-funded project in China files.
///
/// Without a FILE each command reads the bundled sample: the 2025 target tables of
/// 天津市环境应急与事故调查中心 (a made-up July progress report on them for `monitor`; the real
/// 2022 self-evaluation of 永德县明朗中学 for `score`).
#[derive(Debug, Parser)]
#[command(name = "jixiao", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands (子命令).
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import target tables and print each project, what each 指标值 means and the review.
    /// A directory is read recursively (.docx .xlsx .xls .txt .tsv .csv), in parallel, and summarised.
    Report(ReportArgs),
    /// Parse 指标值 (target values) and print kind, comparator, value, unit and canonical text.
    Values(ValuesArgs),
    /// Review a target table (绩效目标审核): findings with stable codes and a grade 优/良/中/差.
    Review(ReviewArgs),
    /// Score a self-evaluation (绩效自评打分), or a target table against a separate self-evaluation.
    Score(ScoreArgs),
    /// Light a mid-year monitoring table (绩效运行监控): 红灯/黄灯/绿灯/蓝灯 with the rule of each.
    Monitor(MonitorArgs),
    /// Print the JSON Schema (draft 2020-12) of jixiao's JSON documents.
    Schema(SchemaArgs),
}

/// How to print (输出格式).
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct Format {
    /// Print JSON instead of text.
    #[arg(long, conflicts_with = "jsonl")]
    pub json: bool,
    /// Print one JSON object per file, one a line (JSON Lines).
    #[arg(long)]
    pub jsonl: bool,
}

impl Format {
    /// What to print.
    pub fn mode(self) -> Mode {
        if self.jsonl {
            Mode::JsonLines
        } else if self.json {
            Mode::Json
        } else {
            Mode::Text
        }
    }
}

/// The output modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Readable text, Chinese first.
    Text,
    /// One JSON document.
    Json,
    /// One JSON object a line.
    JsonLines,
}

/// `jixiao report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Files or directories; none reads the bundled sample.
    #[arg(value_name = "FILE|DIR")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub format: Format,
    /// Also write the review (and monitoring lights, where a file is a monitoring table) to a workbook.
    #[arg(long, value_name = "OUT.xlsx")]
    pub xlsx: Option<PathBuf>,
}

/// `jixiao values`.
#[derive(Debug, Args)]
pub struct ValuesArgs {
    /// The values, as tables write them: '≥2万人' '≤5%' '12月底前' '持续保障'.
    #[arg(value_name = "VALUE", required = true)]
    pub values: Vec<String>,
    #[command(flatten)]
    pub format: Format,
}

/// `jixiao review`.
#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// A target table (.docx .xlsx .xls, DOCX text, TSV, CSV); none reads the bundled sample.
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub format: Format,
    /// Also write the findings to a workbook.
    #[arg(long, value_name = "OUT.xlsx")]
    pub xlsx: Option<PathBuf>,
}

/// The scoring schemes (评分方案).
#[derive(Debug, Clone, Copy, Default, ValueEnum)]
pub enum ScoreProfile {
    /// 预算执行率 10, 产出 50, 效益 30, 满意度 10 (the central scheme).
    #[default]
    Central,
    /// The Hubei-style scheme.
    Hubei,
    /// The Sichuan-style scheme.
    Sichuan,
}

/// `jixiao score`.
#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// The table to score: a self-evaluation with its 实际完成值, or a target table with
    /// `--actuals`; none reads the bundled self-evaluation sample.
    #[arg(value_name = "TARGETS")]
    pub targets: Option<PathBuf>,
    /// A separate self-evaluation table whose 实际完成值 and 全年执行数 are matched to TARGETS
    /// by project and indicator name.
    #[arg(long, value_name = "SELF")]
    pub actuals: Option<PathBuf>,
    /// The scoring scheme.
    #[arg(long, value_enum, default_value_t)]
    pub profile: ScoreProfile,
    #[command(flatten)]
    pub format: Format,
    /// Also write the scorecards to a workbook.
    #[arg(long, value_name = "OUT.xlsx")]
    pub xlsx: Option<PathBuf>,
}

/// `jixiao monitor`.
#[derive(Debug, Args)]
pub struct MonitorArgs {
    /// A monitoring table (绩效监控表: TSV, CSV, .xlsx, .xls, .docx); none reads the bundled sample.
    pub file: Option<PathBuf>,
    /// The month reported (1–12); by default the one the header names (1-7月执行情况).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=12))]
    pub month: Option<u8>,
    #[command(flatten)]
    pub format: Format,
    /// Also write the monitoring table, lights as cell colours, to a workbook.
    #[arg(long, value_name = "OUT.xlsx")]
    pub xlsx: Option<PathBuf>,
}

/// `jixiao schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// One document as the root: Project, Imported, Scorecard or Review; by default all, under `$defs`.
    #[arg(value_name = "DOCUMENT")]
    pub document: Option<String>,
    /// Accepted for symmetry: the schema is always JSON.
    #[arg(long, hide = true)]
    pub json: bool,
}
