//! The corpus of real published tables (`tests/data/office/corpus/`, made by `make_corpus.py`
//! from the transcriptions in `specs/`, and each file again as LibreOffice re-saves it,
//! `<stem>.lo.<ext>`): every file imports to what its transcription says, field by field. The expected values were written from the published tables, not from the
//! importer. The share read right is printed per file (`cargo test --test import_corpus --
//! --nocapture`); any miss fails, but for the tables listed in `NOT_YET` with what they miss.
#![cfg(all(feature = "docx", feature = "xlsx", feature = "serde"))]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use jixiao::{Decimal, Indicator, Level1, Level2, Project, Threshold};
use serde_json::Value;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/office")
}

/// The spec's id of a corpus file: its stem, or for a LibreOffice re-save (`<id>.lo.xlsx`,
/// made by `resave_corpus.py`) the stem of the file it re-saves, so both are checked alike.
fn spec_id(path: &Path) -> &str {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    stem.strip_suffix(".lo").unwrap_or(stem)
}

/// The spec of a corpus file, by its id.
fn spec(id: &str) -> Value {
    let path = corpus().join("specs").join(format!("{id}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn decimal(v: &Value) -> Option<Decimal> {
    v.as_str().map(|s| Decimal::from_str_exact(s).unwrap_or_else(|e| panic!("expected decimal {s}: {e}")))
}

/// Compares one field; a miss is written to `misses`.
fn field<T: PartialEq + std::fmt::Debug>(misses: &mut String, what: &str, got: T, want: T) -> bool {
    let ok = got == want;
    if !ok {
        let _ = writeln!(misses, "    {what}: got {got:?}, expected {want:?}");
    }
    ok
}

/// The target as the table means it: the expected text parsed as a 指标值.
fn target_of(text: &str) -> Result<Threshold, String> {
    Threshold::parse(text).map_err(|e| format!("expected target {text:?} does not parse: {e}"))
}

/// Checks one indicator; returns whether every field is right.
fn indicator(misses: &mut String, at: &str, got: Option<&Indicator>, want: &Value) -> bool {
    let Some(got) = got else {
        let _ = writeln!(misses, "  {at}: missing ({})", want["name"]);
        return false;
    };
    let mut ok = true;
    let mut m = String::new();
    let name = want["name"].as_str().unwrap_or_default();
    ok &= field(&mut m, "name", got.name.as_str(), name);
    // a level as the table writes it (`满意度指标`, `经济效益\n指标`) is the level its name means
    if let Some(l1) = want["level1"].as_str() {
        ok &= field(&mut m, "level1", got.level1.clone(), Level1::parse(l1).ok());
    }
    if let Some(l2) = want["level2"].as_str() {
        ok &= field(&mut m, "level2", got.level2.clone(), Level2::parse(l2).ok());
    }
    match want["target"].as_str().map(target_of) {
        // the value as written, or as its row means it (the name's unit, 时效)
        Some(Ok(t)) if got.threshold() == Some(&t) => {}
        Some(Ok(t)) => ok &= field(&mut m, "target", got.target().ok(), Some(t)),
        Some(Err(e)) => {
            let _ = writeln!(m, "    {e}");
            ok = false;
        }
        None => {}
    }
    ok &= field(&mut m, "weight", got.weight, decimal(&want["weight"]));
    ok &= field(&mut m, "actual", got.actual.as_deref().map(str::trim), want["actual"].as_str().map(str::trim));
    ok &= field(&mut m, "score", got.score, decimal(&want["score"]));
    if !ok {
        let _ = writeln!(misses, "  {at} {name}:\n{m}");
    }
    ok
}

/// Checks a project's name, year and budget; returns (right, checked).
fn project(misses: &mut String, got: &Project, want: &Value) -> (usize, usize) {
    let mut m = String::new();
    let mut right = 0;
    let mut checked = 0;
    let mut count = |ok: bool| {
        checked += 1;
        right += usize::from(ok);
    };
    count(field(&mut m, "project name", got.name.as_str(), want["name"].as_str().unwrap_or_default()));
    if let Some(y) = want["year"].as_u64() {
        count(field(&mut m, "year", got.year(), u16::try_from(y).ok()));
    }
    let b = &want["budget"];
    if b.is_object() {
        let unit = b["unit"].as_str().unwrap_or("万元");
        count(field(&mut m, "money unit", got.budget.money_unit.as_str(), unit));
        count(field(&mut m, "budget total", got.budget.total, decimal(&b["total"])));
        if !b["fiscal"].is_null() {
            count(field(&mut m, "fiscal", got.budget.fiscal, decimal(&b["fiscal"])));
        }
        if !b["executed"].is_null() {
            count(field(&mut m, "executed", got.budget.executed, decimal(&b["executed"])));
        }
    }
    if !m.is_empty() {
        let _ = writeln!(misses, "  project {}:\n{m}", got.name);
    }
    (right, checked)
}

/// Tables not yet read right, with what is missed: a file here (in any format, re-saved or
/// not) must fail (else it leaves the list), and every other file must be read right.
const NOT_YET: &[(&str, &str)] = &[];

#[test]
fn every_corpus_file_imports_as_its_transcription_says() {
    let dir = corpus().join("corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .collect();
    files.sort();
    // 16 tables × (.xlsx, .xls, .docx) × (as written, as LibreOffice re-saves them)
    assert!(files.len() >= 90, "the corpus has {} files", files.len());
    for path in &files {
        let ext = path.extension().and_then(|s| s.to_str()).unwrap_or_default();
        let resave = dir.join(format!("{}.lo.{ext}", spec_id(path)));
        assert!(resave.exists(), "{} has no LibreOffice re-save {}", path.display(), resave.display());
    }
    let mut report = String::new();
    let mut failed = 0;
    for path in &files {
        let id = spec_id(path);
        let spec = spec(id);
        let kind = spec["kind"].as_str().unwrap_or_default();
        let imported = if kind == "monitor" {
            // a monitoring table's progress is the indicators' actual so far, and the budget
            // executed so far its executed amount
            jixiao::monitor::import::parse_file(path, None)
                .map(|r| {
                    r.reports
                        .into_iter()
                        .map(|r| {
                            let mut p = r.project.clone();
                            p.budget.executed = r.budget.executed.or(p.budget.executed);
                            for (i, ind) in p.indicators.iter_mut().enumerate() {
                                if let Some(done) = r.progress_of(i).and_then(|g| g.completed.clone()) {
                                    ind.actual = Some(done);
                                }
                            }
                            p
                        })
                        .collect()
                })
                .map_err(|e| e.to_string())
        } else {
            jixiao::import::parse_file(path).map(|i| i.projects).map_err(|e| e.to_string())
        };
        let mut misses = String::new();
        let (mut right, mut checked) = (0usize, 0usize);
        match imported {
            Err(e) => {
                let _ = writeln!(misses, "  does not import: {e}");
                checked = 1;
            }
            Ok(projects) => {
                let want = spec["expected"]["projects"].as_array().cloned().unwrap_or_default();
                right += usize::from(field(&mut misses, "projects", projects.len(), want.len()));
                checked += 1;
                for (i, w) in want.iter().enumerate() {
                    let Some(got) = projects.get(i) else { continue };
                    let (r, c) = project(&mut misses, got, w);
                    right += r;
                    checked += c;
                    let inds = w["indicators"].as_array().cloned().unwrap_or_default();
                    right += usize::from(field(&mut misses, "indicators", got.indicators.len(), inds.len()));
                    checked += 1;
                    for (j, wi) in inds.iter().enumerate() {
                        checked += 1;
                        right += usize::from(indicator(&mut misses, &format!("#{}", j + 1), got.indicators.get(j), wi));
                    }
                }
            }
        }
        let share = right * 100 / checked.max(1);
        let name = path.file_name().and_then(|s| s.to_str()).unwrap_or_default();
        let _ = writeln!(report, "{share:>3}% right ({right}/{checked})  {name}");
        let known = NOT_YET.iter().find(|(stem, _)| *stem == id);
        match (right < checked, known) {
            (true, None) => {
                failed += 1;
                report.push_str(&misses);
            }
            (true, Some((_, why))) => {
                let _ = writeln!(report, "      (not yet: {why})");
            }
            (false, Some(_)) => {
                failed += 1;
                let _ = writeln!(report, "      {name} is read right now: take {id} off NOT_YET");
            }
            (false, None) => {}
        }
    }
    println!("{report}");
    assert_eq!(failed, 0, "{failed} of {} corpus files are not read right:\n{report}", files.len());
}
