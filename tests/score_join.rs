//! The library join of a target table with a separate self-evaluation table (`score::join`), on
//! the crate's real tables: the four self-evaluation tables of `data/self_eval/` hold targets and
//! actuals; `data/self-evaluation.tsv` holds the actuals of tables 01 and 03 again, as a second
//! file. Joined, the targets score exactly as the tables score themselves.

use jixiao::import;
use jixiao::score::{join, Actuals, MatchedBy, Profile};
use jixiao::Project;

const YONGDE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/self_eval/01-yongde.tsv"));
const ZHONGJIANG: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/self_eval/03-zhongjiang.tsv"));
const SELF_EVAL: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/self-evaluation.tsv"));

fn one(text: &str) -> Project {
    let mut doc = import::parse_text(text).expect("the table imports");
    assert_eq!(doc.projects.len(), 1);
    doc.projects.remove(0)
}

/// The targets alone: the table without its actuals.
fn targets_of(p: &Project) -> Project {
    let mut t = p.clone();
    for i in &mut t.indicators {
        i.actual = None;
        i.score = None;
    }
    t.budget.executed = None;
    t
}

#[test]
fn a_target_table_joined_with_its_self_evaluation_scores_as_the_table_itself() {
    let tables = [one(YONGDE), one(ZHONGJIANG)];
    let targets: Vec<Project> = tables.iter().map(targets_of).collect();
    let evaluation = import::parse_text(SELF_EVAL).expect("the self-evaluation imports").projects;
    assert_eq!(evaluation.len(), 2);
    let j = join(&targets, &evaluation);
    assert!(j.unmatched_evaluations.is_empty());
    for (p, table) in j.projects.iter().zip(&tables) {
        let (e, by) = p.evaluation.expect("the project matched");
        assert_eq!(evaluation[e].name, table.name);
        assert_eq!(by, MatchedBy::Name);
        assert_eq!(p.unmatched_targets, Vec::<usize>::new(), "{}", table.name);
        assert_eq!(p.indicators.len(), table.indicators.len());
        // every row found its own: the same name, in the same place
        for m in &p.indicators {
            assert_eq!(evaluation[e].indicators[m.evaluation].name, table.indicators[m.target].name);
        }
        // the second file has no budget rows: the executed amount is given as a user would
        let actuals = p.actuals().clone().executed(table.budget.executed.expect("the table's 全年执行数"));
        let joined = Profile::central().score(&targets[p.target], &actuals).expect("scores");
        let itself = Profile::central().score(table, &Actuals::from_project(table)).expect("scores");
        assert!(joined.items.iter().any(|i| i.score.is_some()), "{}: items scored", table.name);
        assert_eq!(joined.total, itself.total, "{}", table.name);
        assert_eq!(
            joined.items.iter().map(|i| i.score.clone()).collect::<Vec<_>>(),
            itself.items.iter().map(|i| i.score.clone()).collect::<Vec<_>>()
        );
    }
}

/// The same evaluation written otherwise: rows in another order, names with spaces, stars and
/// pinyin notes, the project renamed in a single-project file. The join reads them alike and
/// says how it matched.
#[test]
fn the_family_of_evaluation_spellings_joins_alike() {
    let table = one(YONGDE);
    let targets = [targets_of(&table)];
    let base = join(&targets, std::slice::from_ref(&table));
    let want: Vec<_> = base.projects[0].indicators.iter().map(|m| m.target).collect();
    let spell: [fn(&str) -> String; 4] = [
        |n| n.to_string(),
        |n| n.chars().map(|c| format!("{c} ")).collect::<String>().trim_end().to_string(),
        |n| format!("★{n}"),
        |n| format!("{n}（zhibiao）"),
    ];
    for (s, f) in spell.iter().enumerate() {
        for reversed in [false, true] {
            for renamed in [false, true] {
                let mut e = table.clone();
                for i in &mut e.indicators {
                    i.name = f(&i.name);
                }
                if reversed {
                    e.indicators.reverse();
                }
                if renamed {
                    e.name = format!("{}绩效自评", e.name);
                }
                let j = join(&targets, &[e.clone()]);
                let p = &j.projects[0];
                let by = if renamed { MatchedBy::OnlyProjects } else { MatchedBy::Name };
                assert_eq!(p.evaluation, Some((0, by)), "spelling {s}");
                let mut got: Vec<_> = p.indicators.iter().map(|m| m.target).collect();
                got.sort_unstable();
                assert_eq!(got, want, "spelling {s}, reversed {reversed}");
                assert!(p.unmatched_evaluations.is_empty() && p.unmatched_targets.is_empty());
                let how = if s <= 1 { MatchedBy::Name } else { MatchedBy::FoldedName };
                assert!(p.indicators.iter().all(|m| m.by == how), "spelling {s}");
                for m in &p.indicators {
                    assert_eq!(
                        p.actuals().for_indicator(m.target, ""),
                        e.indicators[m.evaluation].parsed_actual().and_then(Result::ok).as_ref()
                    );
                }
            }
        }
    }
}

/// What did not match is said: a second evaluation project with another name, a row with no
/// target, a target with no row.
#[test]
fn what_did_not_match_is_listed() {
    let table = one(YONGDE);
    let targets = [targets_of(&table)];
    let mut e = table.clone();
    let gone = e.indicators.remove(0);
    e.indicators.push(jixiao::Indicator::new(None, None, "宣传次数", ""));
    let mut other = Project::new("另一个项目");
    other.indicators.push(gone.clone());
    let j = join(&targets, &[other, e.clone()]);
    let p = &j.projects[0];
    assert_eq!(p.evaluation, Some((1, MatchedBy::Name)));
    assert_eq!(p.unmatched_targets, [0]);
    assert_eq!(p.unmatched_evaluations, [e.indicators.len() - 1]);
    assert_eq!(j.unmatched_evaluations, [0]);
    assert!(!j.is_complete());
    // two projects each side and no names in common: nothing is matched by guess
    let j = join(&[targets[0].clone(), Project::new("乙")], &[Project::new("丙"), Project::new("丁")]);
    assert!(j.projects.iter().all(|p| p.evaluation.is_none()));
    assert_eq!(j.unmatched_evaluations, [0, 1]);
}
