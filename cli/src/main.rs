//! `jixiao`: the command-line tool of the jixiao library — read, review (审核), score (自评打分)
//! and monitor (运行监控) Chinese budget performance target tables (预算绩效目标表).
//!
//! Exit status: 0 on success (and when the reader of the output goes away, `| head`), 1 when a
//! path does not exist, a file cannot be read or imported, a value does not parse or a project
//! cannot be scored (the reason on standard error, in Chinese and English), 2 on a usage error.

mod analysis;
mod args;
mod dir;
mod errors;
mod input;
mod monitor;
mod output;
mod report;
mod review;
mod score;
mod values;
mod xlsx;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Command, SchemaArgs};
use crate::errors::{is_closed_pipe, Error, Message};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = run(&cli.command, &mut out).and_then(|()| out.flush().map_err(Error::from));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Error::Io(e)) if is_closed_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            // whatever was written before the error goes out first; a closed pipe is ignored here
            let _ = out.flush();
            report_error(&e);
            ExitCode::FAILURE
        }
    }
}

/// Runs one subcommand, writing to `out`.
fn run(command: &Command, out: &mut dyn Write) -> Result<(), Error> {
    match command {
        Command::Report(a) => report::run(a, out),
        Command::Values(a) => values::run(a, out),
        Command::Review(a) => review::run(a, out),
        Command::Score(a) => score::run(a, out),
        Command::Monitor(a) => monitor::run(a, out),
        Command::Schema(a) => schema(a, out),
    }
}

/// `jixiao schema`: the JSON Schema of every document, or of one as the root.
fn schema(args: &SchemaArgs, out: &mut dyn Write) -> Result<(), Error> {
    let schema = match &args.document {
        None => jixiao::schema::json_schema(),
        Some(name) => jixiao::schema::document_schema(name).ok_or_else(|| {
            let names = jixiao::schema::type_names().join(", ");
            Message::new(
                format!("模式中没有名为「{name}」的类型：可选 {names}"),
                format!("the schema holds no type named `{name}`: one of {names}"),
            )
        })?,
    };
    output::json(out, &schema)?;
    Ok(())
}

/// Prints why the command failed on standard error.
fn report_error(e: &Error) {
    let mut err = io::stderr().lock();
    let _ = match e {
        Error::Message(m) => writeln!(err, "{m}"),
        Error::Io(e) => writeln!(err, "错误：写入输出失败 / error: cannot write the output: {e}"),
        Error::Reported => Ok(()),
    };
}
