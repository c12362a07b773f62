//! Every target and actual value of the real data parses into the expected structure, or is
//! reported with the expected error. Expectations live in `tests/data/*-expected.tsv`, checked by
//! hand against the source pages.

use std::collections::BTreeMap;

use jixiao::{Actual, Threshold};

const REAL_VALUES: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/real-values.tsv"));
const SAMPLE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/tianjin-2025-emergency-center.txt"));
const TARGETS: &str = include_str!("data/real-targets-expected.tsv");
const ACTUALS: &str = include_str!("data/real-actuals-expected.tsv");

fn expectations(text: &str) -> BTreeMap<&str, Vec<&str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let mut cells = l.split('\t');
            let key = cells.next().unwrap();
            (key, cells.collect())
        })
        .collect()
}

fn describe_target(s: &str) -> Vec<String> {
    match Threshold::parse(s) {
        Ok(Threshold::Compare(c)) => {
            let q = c.quantity();
            vec!["compare".into(), c.comparator().to_string(), q.normalized().normalize().to_string(), q.unit().to_string()]
        }
        Ok(Threshold::Range(r)) => vec![
            "range".into(),
            String::new(),
            format!("{}..{}", r.low_quantity().normalized().normalize(), r.high_quantity().normalized().normalize()),
            r.unit().to_string(),
        ],
        Ok(t @ Threshold::Deadline(_)) => vec!["deadline".into(), String::new(), t.to_string(), String::new()],
        Ok(Threshold::Qualitative(q)) => vec!["qualitative".into(), String::new(), format!("{:?}", q.kind()), String::new()],
        Ok(Threshold::Unread(q)) => vec!["unread".into(), String::new(), format!("{:?}", q.kind()), String::new()],
        Ok(other) => panic!("unexpected threshold {other:?}"),
        Err(e) => vec!["error".into(), String::new(), format!("{:?}@{}", e.kind(), e.offset()), String::new()],
    }
}

fn describe_actual(s: &str) -> Vec<String> {
    match Actual::parse(s) {
        Ok(Actual::Quantity(q)) => vec!["quantity".into(), q.normalized().normalize().to_string(), q.unit().to_string()],
        Ok(Actual::Bound(c)) => {
            let q = c.quantity();
            vec!["bound".into(), format!("{}{}", c.comparator(), q.normalized().normalize()), q.unit().to_string()]
        }
        Ok(Actual::Band { band, .. }) => vec!["band".into(), format!("{band:?}"), String::new()],
        Ok(Actual::Date(d)) => vec!["date".into(), d.to_string(), String::new()],
        Ok(Actual::Period(p)) => vec!["period".into(), p.to_string(), String::new()],
        Ok(Actual::NotApplicable) => vec!["not_applicable".into(), String::new(), String::new()],
        Ok(Actual::Text(_)) => vec!["text".into(), String::new(), String::new()],
        Ok(other) => panic!("unexpected actual {other:?}"),
        Err(e) => vec!["error".into(), format!("{:?}@{}", e.kind(), e.offset()), String::new()],
    }
}

/// With `JIXIAO_BLESS=1`, writes what the crate reads now into `file` (under `tests/data/`),
/// keeping its header, for a person to compare with the source pages (`git diff`) before it is
/// committed. Returns whether it wrote.
fn bless(file: &str, header_of: &str, rows: &[(String, Vec<String>)]) -> bool {
    if std::env::var_os("JIXIAO_BLESS").is_none() {
        return false;
    }
    let mut out: String = header_of.lines().take_while(|l| l.starts_with('#')).map(|l| format!("{l}\n")).collect();
    let mut seen = std::collections::BTreeSet::new();
    for (key, cells) in rows {
        if seen.insert(key.clone()) {
            out.push_str(&format!("{key}\t{}\n", cells.join("\t")));
        }
    }
    std::fs::write(format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR")), out).expect("writes the expectations");
    true
}

/// The 指标值 of the sample document: rows are runs of tab-led lines separated by blank lines,
/// and indicator rows have five cells.
fn sample_values() -> Vec<&'static str> {
    let mut values = Vec::new();
    for block in SAMPLE.split("\n\n") {
        let cells: Vec<&str> = block.lines().filter_map(|l| l.strip_prefix('\t')).collect();
        if cells.len() == 5 && cells[0] != "一级指标" {
            values.push(cells[4].trim());
        }
    }
    values
}

fn rows() -> impl Iterator<Item = Vec<&'static str>> {
    REAL_VALUES.lines().skip(1).map(|l| l.split('\t').collect::<Vec<_>>())
}

#[test]
fn every_real_target_has_the_expected_structure() {
    let values = rows().map(|r| r[4]).chain(sample_values());
    let now: Vec<(String, Vec<String>)> = values.map(|v| (v.to_string(), describe_target(v))).collect();
    if bless("real-targets-expected.tsv", TARGETS, &now) {
        return;
    }
    let expected = expectations(TARGETS);
    let mut by_kind: BTreeMap<String, usize> = BTreeMap::new();
    let mut n = 0;
    for row in rows() {
        let target = row[4];
        let want = expected.get(target).unwrap_or_else(|| panic!("no expectation for `{target}`"));
        let got = describe_target(target);
        assert_eq!(got, *want, "target `{target}`");
        *by_kind.entry(got[0].clone()).or_default() += 1;
        n += 1;
    }
    assert_eq!(n, 163);
    // the share of each kind among the real targets (CHANGELOG and the README quote the forms)
    assert_eq!(by_kind.get("compare"), Some(&128));
    // three texts hold numbers the rules do not read (`12月底前100%到位`): unread, not qualitative
    assert_eq!(by_kind.get("qualitative"), Some(&22));
    assert_eq!(by_kind.get("unread"), Some(&3));
    assert_eq!(by_kind.get("deadline"), Some(&7));
    assert_eq!(by_kind.get("range"), Some(&1));
    assert_eq!(by_kind.get("error"), Some(&2));
}

#[test]
fn every_real_actual_has_the_expected_structure() {
    let now: Vec<(String, Vec<String>)> = rows().filter(|r| !r[5].is_empty()).map(|r| (r[5].to_string(), describe_actual(r[5]))).collect();
    if bless("real-actuals-expected.tsv", ACTUALS, &now) {
        return;
    }
    let expected = expectations(ACTUALS);
    for row in rows().filter(|r| !r[5].is_empty()) {
        let actual = row[5];
        let want = expected.get(actual).unwrap_or_else(|| panic!("no expectation for `{actual}`"));
        assert_eq!(describe_actual(actual), *want, "actual `{actual}`");
    }
}

#[test]
fn every_value_of_the_sample_document_parses() {
    let expected = expectations(TARGETS);
    let values = sample_values();
    assert_eq!(values.len(), 30, "{values:?}");
    for v in values {
        let want = expected.get(v).unwrap_or_else(|| panic!("no expectation for sample value `{v}`"));
        let got = describe_target(v);
        assert_ne!(got[0], "error", "{v}");
        assert_eq!(got, *want, "sample value `{v}`");
    }
}

#[test]
fn writing_forms_are_all_covered() {
    // one value per writing form present in the real data (the README's table of forms), with
    // its meaning
    for (written, canonical) in [
        ("≧|735|人次", "≥735人次"),  // split columns, full-width ≧
        ("═|100|%", "=100%"),        // box-drawing equals
        (">=2個", "≥2个"),           // ASCII >=, traditional 個
        ("≥≥98%", "≥98%"),           // doubled symbol
        ("不低于105人", "≥105人"),   // word comparator
        ("60%及以上", "≥60%"),       // 及以上 suffix
        ("<=0%", "≤0%"),             // ASCII <=
        ("10萬元", "=10万元"),       // traditional magnitude
        ("≥3万条", "≥3万条"),        // magnitude with count
        ("≤28.40/株", "≤28.40/株"),  // unit kept as written
        ("3000元/人", "=3000元/人"), // compound unit
        ("≥80M", "≥80米"),           // Latin M for metres
        ("300㎡", "=300平方米"),     // single code point unit
        ("2km", "=2公里"),
        ("1个月", "=1个月"),
        ("18—54周岁", "18-54岁"), // range with em dash
        ("2023.07-2024.01", "2023年7月-2024年1月"),
        ("2021年1月-12月", "2021年1月-2021年12月"),
        ("2023年12月底", "2023年12月底前"),
        ("9月前", "9月底前"),
        ("8755", "=8755"), // bare number
        ("持续加强", "持续加强"),
    ] {
        assert_eq!(Threshold::parse(written).unwrap().to_string(), canonical, "{written}");
    }
}

#[test]
fn canonical_forms_of_real_values_parse_back() {
    for row in rows() {
        if let Ok(t) = Threshold::parse(row[4]) {
            assert_eq!(Threshold::parse(&t.to_string()), Ok(t.clone()), "{} printed as {t}", row[4]);
        }
        if !row[5].is_empty() {
            if let Ok(Actual::Quantity(q)) = Actual::parse(row[5]) {
                assert_eq!(Actual::parse(&q.to_string()), Ok(Actual::Quantity(q.clone())), "{}", row[5]);
            }
        }
    }
}
