//! [`join`]: a target table (绩效目标表) matched with a separate self-evaluation table (绩效自评表),
//! project by project and indicator by indicator, so that the targets can be scored against what
//! the self-evaluation records.
//!
//! Matching never guesses quietly: a project or an indicator is matched by its name as written,
//! then by its folded name (spaces, stars, full-width forms and pinyin or weight notes in
//! brackets dropped), and a pair of single projects is matched as the only ones; everything
//! that did not match is listed, so that a caller can say what was left out.

use crate::indicator::Indicator;
use crate::project::Project;
use crate::text::{fold_name, without_spaces};

use super::Actuals;

/// How a pair was matched, from the surest to the least sure.
///
/// ```
/// use jixiao::score::{join, MatchedBy};
/// use jixiao::Project;
/// let targets = [Project::new("社区养老服务补助"), Project::new("水旱灾害防御经费")];
/// let evaluations = [Project::new("水旱灾害防御 经费"), Project::new("★社区养老服务补助")];
/// let j = join(&targets, &evaluations);
/// assert_eq!(j.projects[0].evaluation, Some((1, MatchedBy::FoldedName)));
/// assert_eq!(j.projects[1].evaluation, Some((0, MatchedBy::Name))); // spaces aside
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum MatchedBy {
    /// The same name, spaces aside (`项目名称` and `项目 名称`).
    Name,
    /// The same folded name (`★受益人数(shouyi)` and `受益人数`).
    FoldedName,
    /// The only project of each table, whatever their names (a file holds one table).
    OnlyProjects,
}

/// One target indicator and the self-evaluation row matched with it.
///
/// ```
/// use jixiao::score::{join, MatchedBy};
/// use jixiao::{Indicator, Project};
/// let mut target = Project::new("培训项目");
/// target.indicators.push(Indicator::new(None, None, "培训人数", "≥2万人"));
/// let mut evaluation = Project::new("培训项目");
/// evaluation.indicators.push(Indicator::new(None, None, "培训 人数", "≥2万人"));
/// let j = join(&[target], &[evaluation]);
/// let m = &j.projects[0].indicators[0];
/// assert_eq!((m.target, m.evaluation, m.by), (0, 0, MatchedBy::Name)); // spaces aside
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct IndicatorMatch {
    /// The target indicator's position in its project, from 0.
    pub target: usize,
    /// The self-evaluation row's position in its project, from 0.
    pub evaluation: usize,
    /// How the two were matched.
    pub by: MatchedBy,
}

/// One target project and what matched it in the self-evaluation.
///
/// ```
/// use jixiao::score::join;
/// use jixiao::{Indicator, Project};
/// let mut target = Project::new("培训项目");
/// target.indicators.push(Indicator::new(None, None, "培训人数", "≥2万人"));
/// target.indicators.push(Indicator::new(None, None, "培训合格率", "≥90%"));
/// let mut evaluation = Project::new("培训项目");
/// evaluation.indicators.push(Indicator::new(None, None, "培训人数", "≥2万人"));
/// let p = &join(&[target], &[evaluation]).projects[0];
/// assert_eq!((p.target, p.unmatched_targets.as_slice()), (0, &[1][..])); // 培训合格率 has no row
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ProjectMatch {
    /// The target project's position in the target table, from 0.
    pub target: usize,
    /// The self-evaluation project matched with it and how, if any.
    pub evaluation: Option<(usize, MatchedBy)>,
    /// The matched indicators, in the target's order.
    pub indicators: Vec<IndicatorMatch>,
    /// Target indicators no self-evaluation row matched, by position.
    pub unmatched_targets: Vec<usize>,
    /// Self-evaluation rows of the matched project that matched no target, by position.
    pub unmatched_evaluations: Vec<usize>,
    actuals: Actuals,
}

impl ProjectMatch {
    /// The actuals to score the target project with ([`Profile::score`](super::Profile::score)):
    /// the 实际完成值 of each matched row by the target's position (an actual that does not
    /// read is kept with its error), and the self-evaluation's executed budget (全年执行数).
    pub fn actuals(&self) -> &Actuals {
        &self.actuals
    }
}

/// Target projects matched with the projects of a self-evaluation (see [`join`]).
///
/// ```
/// use jixiao::score::join;
/// use jixiao::Project;
/// let j = join(&[Project::new("培训项目")], &[Project::new("培训项目"), Project::new("宣传经费")]);
/// assert_eq!(j.unmatched_evaluations, [1]);
/// assert!(!j.is_complete());
/// assert!(join(&[Project::new("培训项目")], &[Project::new("培训项目")]).is_complete());
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Join {
    /// One entry per target project, in order.
    pub projects: Vec<ProjectMatch>,
    /// Self-evaluation projects that matched no target project, by position.
    pub unmatched_evaluations: Vec<usize>,
}

impl Join {
    /// Whether everything matched: every project and every indicator on both sides.
    pub fn is_complete(&self) -> bool {
        self.unmatched_evaluations.is_empty()
            && self.projects.iter().all(|p| p.evaluation.is_some() && p.unmatched_targets.is_empty() && p.unmatched_evaluations.is_empty())
    }
}

/// Matches the projects of a target table with those of a self-evaluation table, and their
/// indicators, by name as written, then by folded name; a single project on each side is
/// matched whatever its name. Each self-evaluation project and row is used once.
///
/// ```
/// use jixiao::score::{join, MatchedBy, Profile};
/// use jixiao::{Decimal, Indicator, Level1, Level2, Project};
///
/// let mut target = Project::new("社区养老服务补助");
/// target.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "服务老人数", "≥500人"));
/// target.indicators.push(Indicator::new(Some(Level1::Satisfaction), Some(Level2::Satisfaction), "老人满意度", "≥90%"));
/// let mut evaluation = Project::new("社区养老服务补助项目");
/// for (name, actual) in [("老人满意度", "93%"), ("★服务老人数", "520人"), ("宣传次数", "3次")] {
///     let mut row = Indicator::new(None, None, name, "");
///     row.actual = Some(actual.into());
///     evaluation.indicators.push(row);
/// }
/// let j = join(&[target], &[evaluation]);
/// let p = &j.projects[0];
/// assert_eq!(p.evaluation, Some((0, MatchedBy::OnlyProjects)));
/// assert_eq!((p.indicators[0].evaluation, p.indicators[0].by), (1, MatchedBy::FoldedName));
/// assert_eq!(p.unmatched_evaluations, [2]); // 宣传次数 has no target
/// assert_eq!(p.actuals().for_indicator(1, "老人满意度"), Some(&"93%".parse()?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn join(targets: &[Project], evaluations: &[Project]) -> Join {
    let (mut matched, mut used) = pair_up(targets, evaluations, |p| &p.name, |_, _| false);
    if targets.len() == 1 && evaluations.len() == 1 && matched[0].is_none() {
        used[0] = true;
        matched[0] = Some((0, MatchedBy::OnlyProjects));
    }
    let projects = matched
        .into_iter()
        .enumerate()
        .map(|(t, m)| match m {
            Some((e, by)) => project_match(t, &targets[t], &evaluations[e], (e, by)),
            None => ProjectMatch {
                target: t,
                evaluation: None,
                indicators: Vec::new(),
                unmatched_targets: (0..targets[t].indicators.len()).collect(),
                unmatched_evaluations: Vec::new(),
                actuals: Actuals::new(),
            },
        })
        .collect();
    Join { projects, unmatched_evaluations: (0..evaluations.len()).filter(|&e| !used[e]).collect() }
}

/// Pairs each of `left` with one of `right` by name: spaces aside first, then folded, so that an
/// exact pair is never taken by a folded one; among equal names the one `prefer` likes first
/// (the same level 2: a name may recur under two levels). Empty names pair with nothing. Returns
/// each left item's partner and how, and which right items were used.
fn pair_up<T>(left: &[T], right: &[T], name: fn(&T) -> &str, prefer: fn(&T, &T) -> bool) -> (Vec<Option<(usize, MatchedBy)>>, Vec<bool>) {
    let mut used = vec![false; right.len()];
    let mut found: Vec<Option<(usize, MatchedBy)>> = vec![None; left.len()];
    for (how, key) in [(MatchedBy::Name, without_spaces as fn(&str) -> String), (MatchedBy::FoldedName, fold_name)] {
        // each side's keys made once
        let right_keys: Vec<String> = right.iter().map(|r| key(name(r))).collect();
        for (i, l) in left.iter().enumerate() {
            if found[i].is_some() || name(l).trim().is_empty() {
                continue;
            }
            let k = key(name(l));
            let candidates = || (0..right.len()).filter(|&r| !used[r] && right_keys[r] == k);
            if let Some(r) = candidates().find(|&r| prefer(l, &right[r])).or_else(|| candidates().next()) {
                used[r] = true;
                found[i] = Some((r, how));
            }
        }
    }
    (found, used)
}

fn project_match(t: usize, target: &Project, evaluation: &Project, by: (usize, MatchedBy)) -> ProjectMatch {
    let rows = &evaluation.indicators;
    let (found, used) = pair_up(&target.indicators, rows, |i| &i.name, same_level2);
    let mut actuals = Actuals::new();
    if let Some(e) = evaluation.budget.executed {
        actuals = actuals.executed(e);
    }
    let mut indicators = Vec::new();
    for (i, f) in found.iter().enumerate() {
        let Some((r, how)) = *f else { continue };
        indicators.push(IndicatorMatch { target: i, evaluation: r, by: how });
        // the row's recorded actual, read as a self-evaluation's own are (Actuals::from_project)
        actuals.record(i, &rows[r]);
    }
    ProjectMatch {
        target: t,
        evaluation: Some(by),
        indicators,
        unmatched_targets: (0..found.len()).filter(|&i| found[i].is_none()).collect(),
        unmatched_evaluations: (0..rows.len()).filter(|&r| !used[r]).collect(),
        actuals,
    }
}

fn same_level2(a: &Indicator, b: &Indicator) -> bool {
    a.level2.is_some() && a.level2 == b.level2
}
