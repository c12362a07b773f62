//! `jixiao review`: the target review (绩效目标审核) of each project — findings with stable codes
//! (J001…), in Chinese and English, and the grade 优/良/中/差.

use std::io::{self, Write};

use jixiao::review::Review;
use jixiao::Severity;
use serde::Serialize;

use crate::analysis::Analysis;
use crate::args::{Mode, ReviewArgs};
use crate::errors::Error;
use crate::{input, output, xlsx};

/// The reviews of one table, as `--json` writes them.
#[derive(Debug, Serialize)]
pub struct Reviewed<'a> {
    /// The table.
    pub path: &'a str,
    /// One review per project.
    pub reviews: &'a [Review],
}

/// `jixiao review`.
pub fn run(args: &ReviewArgs, out: &mut dyn Write) -> Result<(), Error> {
    let (path, doc) = input::targets(args.file.as_deref(), (input::SAMPLE, input::SAMPLE_NAME))?;
    let a = Analysis::new(path, doc, None);
    if let Some(out_path) = &args.xlsx {
        xlsx::write_analyses(out_path, std::slice::from_ref(&a))?;
    }
    let reviewed = Reviewed { path: &a.path, reviews: &a.reviews };
    match args.format.mode() {
        Mode::Text => write(out, &a)?,
        Mode::Json => output::json(out, &reviewed)?,
        Mode::JsonLines => output::json_line(out, &reviewed)?,
    }
    Ok(())
}

/// Each project's review, the import problems under it, then the grades counted.
fn write(out: &mut dyn Write, a: &Analysis) -> io::Result<()> {
    writeln!(out, "文件 file: {}", a.path)?;
    for (index, review) in a.reviews.iter().enumerate() {
        writeln!(out)?;
        writeln!(out, "{}", review.to_string().trim_end())?;
        output::diagnostics(out, a.imported.diagnostics_of(index), false)?;
    }
    output::diagnostics(out, a.imported.diagnostics.iter().filter(|d| d.project.is_none()), false)?;
    let count = |s: Severity| a.reviews.iter().map(|r| r.count(s)).sum::<usize>();
    let grade = |g: &str| a.reviews.iter().filter(|r| r.grade().as_str() == g).count();
    writeln!(out)?;
    writeln!(
        out,
        "共 {} 个项目 projects：优 {}，良 {}，中 {}，差 {}；错误 errors {}，警告 warnings {}，提示 notes {}",
        a.reviews.len(),
        grade("优"),
        grade("良"),
        grade("中"),
        grade("差"),
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Note)
    )
}
