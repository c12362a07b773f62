//! The `jixiao` binary, run as a user runs it: output, exit status, errors, directory mode,
//! closed pipes and workbooks read back.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_jixiao");

/// The repository root (the library's directory).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Runs `jixiao args…` in the repository root.
fn jixiao(args: &[&str]) -> Output {
    Command::new(BIN).args(args).current_dir(root()).output().expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn report_prints_the_bundled_sample() {
    let o = jixiao(&["report"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    for name in [
        "天津市生态环境信息网络、设备及系统运行维护",
        "2025年环境安全基础能力提升项目",
        "环境应急与事故调查",
        "天津市危险废物综合监管信息系统升级改造",
    ] {
        assert!(text.contains(&format!(". {name}\n")), "{name} missing:\n{text}");
    }
    assert!(text.contains("≥2万人    ≥ 20000 人 · 越高越好 higher is better"), "{text}");
    assert!(text.contains("J017 警告"), "{text}");
    assert!(text.ends_with("共 4 个项目、30 个指标 / 4 projects, 30 indicators\n"), "{text}");
    assert!(stderr(&o).is_empty());
}

#[test]
fn values_prints_what_each_value_means() {
    let o = jixiao(&["values", "≥2万人", "≤5%"]);
    assert!(o.status.success());
    let expected = "\
≥2万人
  类型 kind: 比较 comparison
  比较符 comparator: ≥
  数值 value: 2万 (= 20000)
  单位 unit: 人
  方向 direction: 越高越好 higher is better
  规范写法 canonical: ≥2万人

≤5%
  类型 kind: 比较 comparison
  比较符 comparator: ≤
  数值 value: 5
  单位 unit: %
  方向 direction: 越低越好 lower is better
  规范写法 canonical: ≤5%
";
    assert_eq!(stdout(&o), expected);
}

#[test]
fn a_bad_value_says_where_and_exits_1() {
    let o = jixiao(&["values", "≥2x万", "≥95%"]);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(text.contains("错误 error: 第3个字符处应为单位、区间或结尾 / expected a unit, a range or the end at character 3"), "{text}");
    assert!(text.contains("规范写法 canonical: ≥95%"), "{text}");
}

#[test]
fn json_has_the_documents() {
    let o = jixiao(&["report", "--json"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["projects"], 4);
    assert_eq!(v["indicators"], 30);
    assert_eq!(v["imported"]["projects"].as_array().unwrap().len(), 4);
    assert_eq!(v["imported"]["projects"][0]["budget"]["total"], "381.00");
    assert_eq!(v["reviews"][1]["findings"][0]["code"], "J013");

    let o = jixiao(&["values", "--json", "≥2万人"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let one = &v[0];
    assert_eq!(one["input"], "≥2万人");
    assert_eq!(one["kind"], "comparison");
    assert_eq!(one["comparator"], "≥");
    assert_eq!(one["value"], "2万");
    assert_eq!(one["normalized"], "20000");
    assert_eq!(one["unit"], "人");
    assert_eq!(one["canonical"], "≥2万人");

    for args in [&["review", "--json"][..], &["score", "--json"], &["monitor", "--json"], &["schema"]] {
        let o = jixiao(args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert!(v.is_object(), "{args:?}");
    }
    let v: serde_json::Value = serde_json::from_slice(&jixiao(&["score", "--json"]).stdout).unwrap();
    assert_eq!(v["scorecards"][0]["total"], "99.80");
    let v: serde_json::Value = serde_json::from_slice(&jixiao(&["monitor", "--json"]).stdout).unwrap();
    assert_eq!(v["summaries"][0]["counts"]["red"], 1);
}

#[test]
fn a_missing_path_is_an_error_in_both_languages() {
    let missing = "no/such/table.tsv";
    for args in [
        &["report", missing][..],
        &["report", "data", missing],
        &["review", missing],
        &["score", missing],
        &["score", "data/tianjin-2025-emergency-center.txt", "--actuals", missing],
        &["monitor", missing],
    ] {
        let o = jixiao(args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let err = stderr(&o);
        assert!(err.contains(&format!("错误：文件不存在：{missing}")), "{args:?}: {err}");
        assert!(err.contains(&format!("error: no such file: {missing}")), "{args:?}: {err}");
        assert!(o.stdout.is_empty(), "{args:?}: {}", stdout(&o));
    }
}

#[test]
fn a_file_that_is_no_table_is_an_error() {
    let dir = scratch("not-a-table");
    let notes = dir.join("notes.txt");
    std::fs::write(&notes, "这不是表格。\n").unwrap();
    let o = jixiao(&["review", notes.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("不是绩效目标表") && err.contains("not a performance target table"), "{err}");
}

#[test]
fn a_usage_error_exits_2() {
    for args in [&["report", "--bogus"][..], &["values"], &["monitor", "--month", "13"], &["frobnicate"]] {
        let o = jixiao(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn a_closed_pipe_ends_quietly() {
    // the corpus as JSON Lines is far larger than a pipe's buffer: the writes after the reader
    // goes away fail with a broken pipe
    for args in [&["report"][..], &["report", "tests/data/office/corpus", "--jsonl"], &["schema"]] {
        let mut child = Command::new(BIN).args(args).current_dir(root()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        reader.read_line(&mut first).unwrap();
        assert!(!first.is_empty());
        drop(reader);
        let o = child.wait_with_output().unwrap();
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

/// The files directory mode reads under `dir`, counted independently of the tool.
fn tables_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(tables_under(&path));
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("docx" | "xlsx" | "xls" | "txt" | "tsv" | "csv")) {
            out.push(path);
        }
    }
    out
}

#[test]
fn directory_mode_reads_and_summarises_every_file() {
    let corpus = root().join("tests/data/office/corpus");
    let mut files = tables_under(&corpus);
    files.sort();
    assert!(files.len() >= 10);
    let o = jixiao(&["report", "tests/data/office/corpus"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().take(files.len()).collect();
    for (line, file) in lines.iter().zip(&files) {
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        assert!(line.starts_with(&format!("✓ {name}: ")), "{line} is not {name}");
    }
    let n = files.len();
    assert!(text.contains(&format!("文件 files: {n}（导入 imported {n}，失败 failed 0）")), "{text}");
    assert!(text.contains("审核发现 review findings by code:\n    J"), "{text}");
    // the corpus's monitoring tables are named so (`monitor-…`), each in three formats and their
    // LibreOffice re-saves
    let monitoring = files.iter().filter(|f| f.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("monitor-"))).count();
    assert_eq!(monitoring, 6);
    assert!(text.contains(&format!("预警灯 lights ({monitoring} 个监控表 monitoring tables)")), "{text}");
    // the same order on every run, and one JSON object per file with --jsonl
    assert_eq!(stdout(&jixiao(&["report", "tests/data/office/corpus"])), text);
    let o = jixiao(&["report", "tests/data/office/corpus", "--jsonl"]);
    let objects: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(objects.len(), n);
    assert!(objects.iter().all(|v| v["projects"].as_u64() == Some(1)));
}

#[test]
fn directory_mode_lists_the_files_that_failed() {
    let dir = scratch("dir-with-junk");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/junk.txt"), "这不是表格。\n").unwrap();
    std::fs::write(dir.join("readme.md"), "not read: no table extension\n").unwrap();
    std::fs::copy(root().join("data/self_eval/01-yongde.tsv"), dir.join("01-yongde.tsv")).unwrap();
    let o = jixiao(&["report", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(text.contains("文件 files: 2（导入 imported 1，失败 failed 1）"), "{text}");
    assert!(text.contains("junk.txt: 无法导入"), "{text}");
    assert!(!text.contains("readme.md"), "{text}");
    assert!(!text.contains("预警灯"), "no monitoring table, no lights: {text}");
    assert!(stderr(&o).contains("error: files that could not be imported: 1"));
}

#[test]
fn xlsx_writes_a_workbook_with_lights_as_colours() {
    use calamine::{open_workbook_auto, Data, Reader};
    let dir = scratch("xlsx");
    let monitor = dir.join("monitor.xlsx");
    let o = jixiao(&["monitor", "--xlsx", monitor.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut book = open_workbook_auto(&monitor).unwrap();
    assert_eq!(book.sheet_names(), ["监控表 Monitoring", "监控发现 Findings"]);
    let sheet = book.worksheet_range("监控表 Monitoring").unwrap();
    assert_eq!(sheet.get_value((0, 8)), Some(&Data::String("预警 Light".into())));
    let lights: Vec<String> = sheet.rows().skip(1).map(|r| r[8].to_string()).collect();
    assert!(lights.contains(&"红灯".to_string()) && lights.contains(&"绿灯".to_string()), "{lights:?}");

    let review = dir.join("review.xlsx");
    assert!(jixiao(&["review", "--xlsx", review.to_str().unwrap()]).status.success());
    let mut book = open_workbook_auto(&review).unwrap();
    assert_eq!(book.sheet_names(), ["审核意见 Review"]);
    let sheet = book.worksheet_range("审核意见 Review").unwrap();
    assert!(sheet.rows().any(|r| r[3] == Data::String("J013".into())));

    let score = dir.join("score.xlsx");
    assert!(jixiao(&["score", "--xlsx", score.to_str().unwrap()]).status.success());
    let mut book = open_workbook_auto(&score).unwrap();
    assert_eq!(book.sheet_names(), ["评分表 Scorecard"]);
    let sheet = book.worksheet_range("评分表 Scorecard").unwrap();
    let total = sheet.rows().find(|r| r[1] == Data::String("总分 Total".into())).unwrap();
    assert_eq!(total[7], Data::Float(99.8));

    let corpus = dir.join("corpus.xlsx");
    assert!(jixiao(&["report", "tests/data/office/corpus", "--xlsx", corpus.to_str().unwrap()]).status.success());
    let book = open_workbook_auto(&corpus).unwrap();
    assert_eq!(book.sheet_names(), ["审核意见 Review", "监控表 Monitoring", "监控发现 Findings"]);
}

#[test]
fn actuals_that_match_nothing_warn() {
    let o = jixiao(&["score", "data/tianjin-2025-emergency-center.txt", "--actuals", "data/self-evaluation.tsv"]);
    let err = stderr(&o);
    assert!(err.contains("警告：--actuals data/self-evaluation.tsv 中没有任何指标与目标表匹配"), "{err}");
    assert!(err.contains("warning: no indicator of --actuals data/self-evaluation.tsv matched the targets"), "{err}");
    assert!(err.contains("义务教育营养改善计划专项资金：学生受资助人数"), "{err}");
    assert!(stdout(&o).contains("未填写实际完成值"), "the items are flagged, not guessed");
}

#[test]
fn actuals_are_joined_by_project_and_indicator() {
    let o = jixiao(&["score", "data/self-evaluation.tsv", "--actuals", "data/self_eval/01-yongde.tsv", "--json"]);
    let err = stderr(&o);
    assert!(!err.contains("没有任何指标"), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let card = &v["scorecards"][0];
    assert_eq!(card["project"], "义务教育营养改善计划专项资金");
    assert_eq!(card["items"][0]["actual"], "735");
}
