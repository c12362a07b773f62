//! `jixiao score`: the scorecard (评分表) of each project of a self-evaluation (绩效自评表), or of
//! a target table matched with a separate self-evaluation (`--actuals`).

use std::io::{self, Write};

use jixiao::score::{join, Actuals, Join, Profile, ScoreError, Scorecard};
use jixiao::Project;
use serde::Serialize;

use crate::args::{Mode, ScoreArgs, ScoreProfile};
use crate::errors::Error;
use crate::{input, output, xlsx};

/// The scorecards of one table, as `--json` writes them.
#[derive(Debug, Serialize)]
pub struct Scored {
    /// The table scored.
    pub path: String,
    /// The self-evaluation the actuals came from, with `--actuals`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actuals: Option<String>,
    /// One scorecard per project that could be scored.
    pub scorecards: Vec<Scorecard>,
    /// The projects that could not be scored, and why.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<NotScored>,
}

/// A project that could not be scored.
#[derive(Debug, Serialize)]
pub struct NotScored {
    /// The project's name.
    pub project: String,
    /// Why, in Chinese.
    pub zh: String,
    /// Why, in English.
    pub en: String,
}

/// `jixiao score`.
pub fn run(args: &ScoreArgs, out: &mut dyn Write) -> Result<(), Error> {
    let profile = match args.profile {
        ScoreProfile::Central => Profile::central(),
        ScoreProfile::Hubei => Profile::hubei(),
        ScoreProfile::Sichuan => Profile::sichuan(),
    };
    let (path, targets) = input::targets(args.targets.as_deref(), (input::SELF_EVAL_SAMPLE, input::SELF_EVAL_SAMPLE_NAME))?;
    // each project with its actuals: its own 实际完成值, or those of the matched self-evaluation
    let pairs: Vec<(Project, Actuals)> = match &args.actuals {
        None => targets
            .projects
            .into_iter()
            .map(|p| {
                let a = Actuals::from_project(&p);
                (p, a)
            })
            .collect(),
        Some(self_path) => {
            let (_, evaluation) = input::targets(Some(self_path), (input::SAMPLE, input::SAMPLE_NAME))?;
            let joined = join(&targets.projects, &evaluation.projects);
            warn_unmatched(&joined, &evaluation.projects, &self_path.display().to_string());
            targets.projects.into_iter().zip(&joined.projects).map(|(p, m)| (p, m.actuals().clone())).collect()
        }
    };
    let scored = score_all(&profile, &pairs, path, args.actuals.as_ref().map(|p| p.display().to_string()));
    if let Some(out_path) = &args.xlsx {
        xlsx::write_scorecards(out_path, &scored.scorecards)?;
    }
    match args.format.mode() {
        Mode::Text => write(out, &scored)?,
        Mode::Json => output::json(out, &scored)?,
        Mode::JsonLines => output::json_line(out, &scored)?,
    }
    if scored.errors.is_empty() {
        Ok(())
    } else {
        Err(Error::Reported)
    }
}

/// Scores every project; one that cannot be scored does not stop the next.
fn score_all(profile: &Profile, pairs: &[(Project, Actuals)], path: String, actuals: Option<String>) -> Scored {
    let mut scored = Scored { path, actuals, scorecards: Vec::new(), errors: Vec::new() };
    for (p, a) in pairs {
        match profile.score(p, a) {
            Ok(card) => scored.scorecards.push(card),
            Err(e) => scored.errors.push(not_scored(p, &e)),
        }
    }
    scored
}

fn not_scored(p: &Project, e: &ScoreError) -> NotScored {
    NotScored { project: p.name.clone(), zh: e.zh(), en: e.to_string() }
}

/// Says on standard error what of the self-evaluation (`evaluations`) matched nothing in the
/// targets ([`jixiao::score::join`]).
fn warn_unmatched(j: &Join, evaluations: &[Project], self_path: &str) {
    let mut err = io::stderr().lock();
    let mut say = |line: String| {
        let _ = writeln!(err, "{line}");
    };
    if j.projects.iter().all(|p| p.indicators.is_empty()) {
        say(format!(
            "警告：--actuals {self_path} 中没有任何指标与目标表匹配，未取得实际完成值 / warning: no indicator of --actuals {self_path} matched the targets: no actual was taken"
        ));
    }
    let mut unmatched: Vec<(usize, usize)> = Vec::new();
    for &e in &j.unmatched_evaluations {
        let name = &evaluations[e].name;
        say(format!(
            "警告：自评表项目「{name}」与目标表的项目都不匹配 / warning: self-evaluation project `{name}` matched no target project"
        ));
        unmatched.extend((0..evaluations[e].indicators.len()).map(|i| (e, i)));
    }
    for p in &j.projects {
        if let Some((e, _)) = p.evaluation {
            unmatched.extend(p.unmatched_evaluations.iter().map(|&i| (e, i)));
        }
    }
    unmatched.sort_unstable();
    let rows: Vec<String> =
        unmatched.iter().map(|&(e, i)| format!("{}：{}", evaluations[e].name, evaluations[e].indicators[i].name)).collect();
    if !rows.is_empty() {
        say(format!(
            "警告：自评表中 {} 个指标未匹配（按项目和三级指标名称）/ warning: {} self-evaluation indicators matched no target (by project and indicator name):",
            rows.len(),
            rows.len()
        ));
        for r in rows {
            say(format!("  {r}"));
        }
    }
}

/// The scorecards as text: the library's table of each, then what could not be scored.
fn write(out: &mut dyn Write, s: &Scored) -> io::Result<()> {
    writeln!(out, "文件 file: {}", s.path)?;
    if let Some(a) = &s.actuals {
        writeln!(out, "实际完成值 actuals: {a}")?;
    }
    for card in &s.scorecards {
        let text = card.to_string();
        writeln!(out)?;
        writeln!(out, "{}", text.trim_end())?;
    }
    for e in &s.errors {
        writeln!(out)?;
        writeln!(out, "{}：无法打分：{} / cannot score: {}", e.project, e.zh, e.en)?;
    }
    Ok(())
}
