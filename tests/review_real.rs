//! The review over the crate's real tables, every finding judged by hand once.
//!
//! Sources: the 163 rows of `data/real-values.tsv`, one project per run of rows with the same
//! source page (22 projects; the TSV carries no budget, so budget checks are off); the four
//! projects of `data/tianjin-2025-emergency-center.txt`; and the self-evaluation tables of
//! `data/tables/` as transcribed in `data/self_eval/` (with their budgets). `data/tables/09.txt`
//! is the `xtcg.xiangtan.gov.cn` rows of the TSV.
//!
//! `tests/data/review-real-expected.tsv` holds one line per finding: source, row (`项目` for the
//! project, else the indicator's number from 1), code, verdict (`real`, `false`, or `unknown`:
//! cannot be judged from what the source shows) and the reason. Lines starting `#excerpt` name
//! the sources that are excerpts (one block of a larger table, or rows quoted from prose); they
//! are reviewed with `Reviewer::whole_table(false)`. The test checks the findings are exactly the
//! file's, and prints the counts per code and verdict and the precision, real ÷ (real + false):
//!
//! ```text
//! cargo test --test review_real -- --nocapture
//! ```

use std::collections::BTreeMap;

use jixiao::import::{self, docx_text};
use jixiao::review::{Code, Finding, Reviewer};
use jixiao::{Decimal, Indicator, Level1, Level2, Project};

const TSV: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/real-values.tsv"));
const TIANJIN: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/tianjin-2025-emergency-center.txt"));
const SELF_EVAL: [(&str, &str); 4] = [
    ("self_eval/01-yongde.tsv", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/self_eval/01-yongde.tsv"))),
    ("self_eval/03-zhongjiang.tsv", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/self_eval/03-zhongjiang.tsv"))),
    ("self_eval/04-jishan.tsv", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/self_eval/04-jishan.tsv"))),
    ("self_eval/07-tianchang.tsv", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/self_eval/07-tianchang.tsv"))),
];
const NEW_TSV: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/review-new.tsv"));
const EXPECTED: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/review-real-expected.tsv"));

/// The TSV's projects, each named `real-values.tsv:LINE HOST` after the line of its first row.
fn tsv_projects() -> Vec<(String, Project)> {
    projects_of("real-values.tsv", TSV).into_iter().map(|(name, p, _)| (name, p)).collect()
}

/// The projects of a TSV in the columns of `data/real-values.tsv`, one per run of rows with the
/// same source page, each named `FILE:LINE HOST` after the line of its first row, with the
/// notes of that first row (the new tables say `whole` or `excerpt` there).
fn projects_of(file: &str, tsv: &str) -> Vec<(String, Project, String)> {
    let mut out: Vec<(String, String, Project, String)> = Vec::new();
    let mut lines = tsv.lines().enumerate();
    let (_, header) = lines.next().expect("header");
    let header: Vec<&str> = header.split('\t').collect();
    assert_eq!(header[..5], ["source_url", "level1", "level2", "level3", "target"]);
    for (n, line) in lines.filter(|(_, l)| !l.trim().is_empty()) {
        let cells: Vec<&str> = line.split('\t').collect();
        let l1 = Some(cells[1]).filter(|s| !s.trim().is_empty()).map(|s| Level1::parse(s).unwrap());
        let l2 = Some(cells[2]).filter(|s| !s.trim().is_empty()).map(|s| Level2::parse(s).unwrap());
        let ind = Indicator::new(l1, l2, cells[3], cells[4]);
        match out.last_mut() {
            Some((url, _, p, _)) if url == cells[0] => p.indicators.push(ind),
            _ => {
                let host = cells[0].split('/').nth(2).unwrap_or_default();
                let mut p = Project::new(cells[0]);
                p.indicators.push(ind);
                let notes = cells.get(8).copied().unwrap_or_default().to_string();
                out.push((cells[0].to_string(), format!("{file}:{} {host}", n + 1), p, notes));
            }
        }
    }
    out.into_iter().map(|(_, name, p, notes)| (name, p, notes)).collect()
}

/// The tables added for issue 21 (`data/review-new.tsv`): published tables from provinces and
/// templates not in the other files, each reviewed as a whole table or as an excerpt as its
/// first row's notes say.
fn new_projects() -> Vec<(String, Project, bool)> {
    projects_of("review-new.tsv", NEW_TSV)
        .into_iter()
        .map(|(name, p, notes)| {
            let whole = notes.split(';').any(|part| part.trim() == "whole");
            (name, p, whole)
        })
        .collect()
}

/// Every source: its name, its project, and whether it carries a budget.
fn sources() -> Vec<(String, Project, bool)> {
    let mut out: Vec<(String, Project, bool)> = tsv_projects().into_iter().map(|(n, p)| (n, p, false)).collect();
    let doc = docx_text::parse(TIANJIN).expect("the sample imports");
    for (i, p) in doc.projects.into_iter().enumerate() {
        out.push((format!("tianjin-2025-emergency-center.txt#{}", i + 1), p, true));
    }
    for (name, text) in SELF_EVAL {
        let doc = import::parse_text(text).expect("the table imports");
        assert_eq!(doc.projects.len(), 1, "{name}");
        out.push((name.to_string(), doc.projects.into_iter().next().unwrap(), true));
    }
    out
}

/// One judged finding of the expected file.
struct Judged {
    source: String,
    row: String,
    code: String,
    verdict: String,
    reason: String,
}

/// The expected file: the excerpts and the judged findings.
fn expected() -> (Vec<String>, Vec<Judged>) {
    let mut excerpts = Vec::new();
    let mut judged = Vec::new();
    for line in EXPECTED.lines().filter(|l| !l.trim().is_empty()) {
        let cells: Vec<&str> = line.split('\t').collect();
        if cells[0] == "#excerpt" {
            assert_eq!(cells.len(), 3, "#excerpt, source, why: {line}");
            excerpts.push(cells[1].to_string());
            continue;
        }
        if cells[0].starts_with('#') {
            continue;
        }
        assert_eq!(cells.len(), 5, "source, row, code, verdict, reason: {line}");
        assert!(["real", "false", "unknown"].contains(&cells[3]), "verdict: {line}");
        assert!(!cells[4].trim().is_empty(), "a reason: {line}");
        judged.push(Judged {
            source: cells[0].into(),
            row: cells[1].into(),
            code: cells[2].into(),
            verdict: cells[3].into(),
            reason: cells[4].into(),
        });
    }
    (excerpts, judged)
}

/// `(source, row, code)` of every finding on every source, in source order.
fn findings(excerpts: &[String]) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let old = sources().into_iter().map(|(name, p, budget)| {
        let whole = !excerpts.contains(&name);
        (name, p, budget, whole)
    });
    let new = new_projects().into_iter().map(|(name, p, whole)| (name, p, false, whole));
    for (name, p, budget, whole) in old.chain(new) {
        let reviewer = Reviewer::new().check_budget(budget).whole_table(whole);
        for f in reviewer.review(&p).into_findings() {
            let f: Finding = f;
            let row = f.subject().index().map_or_else(|| "项目".to_string(), |i| (i + 1).to_string());
            out.push((name.clone(), row, f.code().as_str().to_string()));
        }
    }
    out
}

#[test]
fn twenty_two_sources_163_rows() {
    let ps = tsv_projects();
    assert_eq!(ps.len(), 22);
    assert_eq!(ps.iter().map(|(_, p)| p.indicators.len()).sum::<usize>(), 163);
    assert_eq!(sources().len(), 30);
}

#[test]
fn every_excerpt_is_a_source() {
    let (excerpts, judged) = expected();
    let names: Vec<String> = sources().into_iter().map(|(n, _, _)| n).chain(new_projects().into_iter().map(|(n, _, _)| n)).collect();
    for e in excerpts.iter().chain(judged.iter().map(|j| &j.source)) {
        assert!(names.contains(e), "{e} is no source");
    }
}

/// The findings are exactly the judged ones, and at least nine in ten of those that can be
/// judged are real problems.
#[test]
fn precision_on_the_real_tables() {
    let (excerpts, judged) = expected();
    let got = findings(&excerpts);
    let want: Vec<(String, String, String)> = judged.iter().map(|j| (j.source.clone(), j.row.clone(), j.code.clone())).collect();
    if got != want {
        let missing: Vec<_> = want.iter().filter(|w| !got.contains(w)).collect();
        let extra: Vec<_> = got.iter().filter(|g| !want.contains(g)).collect();
        panic!("findings differ from the judged file\n  not found any more: {missing:#?}\n  not judged yet: {extra:#?}");
    }
    let old: Vec<&Judged> = judged.iter().filter(|j| !j.source.starts_with("review-new.tsv:")).collect();
    let new: Vec<&Judged> = judged.iter().filter(|j| j.source.starts_with("review-new.tsv:")).collect();
    let tables = new_projects().len();
    for (group, judged, tables) in [("the crate's own real tables", &old, sources().len()), ("the tables added for issue 21", &new, tables)]
    {
        let (real, false_) = report(group, judged, tables);
        assert!(real * 10 >= (real + false_) * 9, "{group}: precision {real}/{} is below 90%", real + false_);
    }
    println!("({} sources reviewed as excerpts in the first group)", excerpts.len());
}

/// Prints the counts per code and verdict, the precision, the findings per table and the false
/// alarms of one group of sources; returns the real and false counts.
fn report(group: &str, judged: &[&Judged], tables: usize) -> (usize, usize) {
    let mut table: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
    let col = |v: &str| match v {
        "real" => 0,
        "false" => 1,
        _ => 2,
    };
    for j in judged {
        table.entry(j.code.as_str()).or_default()[col(&j.verdict)] += 1;
    }
    let total = |k: usize| table.values().map(|c| c[k]).sum::<usize>();
    let (real, false_, unknown) = (total(0), total(1), total(2));
    println!("\n{group}: {tables} tables\ncode   real  false  unknown  title");
    for (code, [r, f, u]) in &table {
        println!("{code}  {r:>5}  {f:>5}  {u:>7}  {}", Code::parse(code).map_or("", Code::title));
    }
    println!("total  {real:>5}  {false_:>5}  {unknown:>7}");
    // exact, as everything in the crate: a percentage with one decimal
    let precision = (Decimal::from(real) * Decimal::ONE_HUNDRED / Decimal::from((real + false_).max(1))).round_dp(1);
    let per_table = (Decimal::from(real) / Decimal::from(tables.max(1))).round_dp(2);
    println!("precision: {real} / ({real} + {false_}) = {precision:.1}%  ({} findings; {per_table} real problems per table)", judged.len());
    for j in judged.iter().filter(|j| j.verdict == "false") {
        println!("false alarm: {} {} {}: {}", j.source, j.row, j.code, j.reason);
    }
    (real, false_)
}

/// Rows that look like traps but are fine: none of them raises a finding.
#[test]
fn no_false_alarm_on_known_good_rows() {
    let ps = tsv_projects();
    let reviewer = Reviewer::new().check_budget(false);
    let quiet = [
        "≥100%",    // 受益贫困人口满意度 (reachable)
        "<=0%",     // 安全事故发生率: a zero target can fail
        "≥2倍",     // 放大倍数 is not a rate
        "260元/辆", // a cost standard, not an amount
        "12月底前100%到位",
        "2023.07-2024.01",
        "=365天",      // 免费开放 days, not a count name
        "不低于105人", // 人次数 with 人
        "4000万元",    // loans issued: money is the product
        "≥1000人",     // 人口数 in 人
    ];
    for value in quiet {
        let (p, i) = ps
            .iter()
            .find_map(|(_, p)| p.indicators.iter().position(|i| i.value().trim() == value).map(|i| (p, i)))
            .unwrap_or_else(|| panic!("{value} is in the data"));
        let on_row: Vec<Finding> = reviewer.review(p).into_findings().into_iter().filter(|f| f.subject().index() == Some(i)).collect();
        assert_eq!(on_row, vec![], "{value}");
    }
}

const BEFORE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/review-new-before.tsv"));

/// The record of the review on the new tables before the checks were changed for them
/// (`tests/data/review-new-before.tsv`): the tables of `a.tsv` and `c.tsv` as the checks first
/// saw them, and those of `b.tsv`, `d.tsv` and `e.tsv` held out until the changes for the first
/// ones were made. The held-out precision is the issue's measure: at least nine in ten.
#[test]
fn precision_before_the_checks_were_tuned() {
    let mut sets: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
    for line in BEFORE.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(cells.len(), 6, "set, source, row, code, verdict, reason: {line}");
        assert!(cells[1].starts_with("review-new.tsv:"), "{line}");
        let k = match cells[4] {
            "real" => 0,
            "false" => 1,
            "unknown" => 2,
            v => panic!("verdict {v}: {line}"),
        };
        sets.entry(cells[0]).or_default()[k] += 1;
    }
    for (set, [r, f, u]) in &sets {
        let precision = (Decimal::from(*r) * Decimal::ONE_HUNDRED / Decimal::from((r + f).max(1))).round_dp(1);
        println!("before, set {set}: {r} real, {f} false, {u} unknown: precision {precision:.1}%");
    }
    let [r, f, _] = sets["bde"];
    assert!(r * 10 >= (r + f) * 9, "held-out precision {r}/{} is below 90%", r + f);
    assert_eq!(sets.keys().copied().collect::<Vec<_>>(), ["ac", "bde"]);
}
