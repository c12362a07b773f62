//! Monitoring tables in workbooks: the bundled sample as a spreadsheet writes it (a cover sheet,
//! a title row, budget and level cells merged down; `tests/data/office/make_monitor_xlsx.py`)
//! reads as its TSV does.
#![cfg(feature = "xlsx")]

use jixiao::import::{Code, ImportErrorKind};
use jixiao::monitor::{import, MonitorError, Profile};

const SAMPLE: &str = include_str!("../data/monitor-tianjin-2025-07.tsv");
const WORKBOOK: &[u8] = include_bytes!("data/office/monitor-tianjin-2025-07.xlsx");

#[test]
fn the_workbook_reads_as_its_tsv() {
    let from_tsv = import::parse(SAMPLE, None).unwrap();
    let from_xlsx = import::parse_xlsx(WORKBOOK, None).unwrap();
    assert_eq!(from_xlsx.reports.len(), 4);
    for (x, t) in from_xlsx.reports.iter().zip(&from_tsv.reports) {
        assert_eq!(x, t, "{}", t.project.name);
    }
    // the same lights, values and findings; amounts are number cells, which Excel stores without
    // their trailing zeros (381.00 is 381), so the rule texts may print them shorter
    let profile = Profile::central();
    for (x, t) in from_xlsx.reports.iter().zip(&from_tsv.reports) {
        let (x, t) = (profile.monitor(x), profile.monitor(t));
        assert_eq!((x.counts, x.worst), (t.counts, t.worst), "{}", t.project);
        let light = |s: &Option<jixiao::monitor::Signal>| s.as_ref().map(|s| (s.light, s.value));
        assert_eq!(light(&x.budget.signal), light(&t.budget.signal));
        assert_eq!(
            x.items.iter().map(|i| light(&i.signal)).collect::<Vec<_>>(),
            t.items.iter().map(|i| light(&i.signal)).collect::<Vec<_>>()
        );
        assert_eq!(x.findings.iter().map(|f| f.code()).collect::<Vec<_>>(), t.findings.iter().map(|f| f.code()).collect::<Vec<_>>());
    }
}

#[test]
fn diagnostics_name_the_sheet_and_row() {
    // the TSV reads without a word; the workbook's title row is the one thing left unread, and
    // the note names it as Excel shows it
    assert!(import::parse(SAMPLE, None).unwrap().diagnostics.is_empty());
    let from_xlsx = import::parse_xlsx(WORKBOOK, None).unwrap();
    let notes: Vec<String> = from_xlsx.diagnostics.iter().map(english).collect();
    assert_eq!(notes, ["'1-7月监控' row 1: note I021: row above the header not read: `2025年度项目支出绩效运行监控表（1-7月）`"]);
    assert_eq!(from_xlsx.diagnostics[0].code(), Code::SkippedRow);
}

#[test]
fn a_month_outside_the_year_a_self_evaluation_and_a_damaged_file() {
    assert!(matches!(import::parse_xlsx(WORKBOOK, Some(13)), Err(MonitorError::InvalidMonth(13))));
    let targets = include_bytes!("data/office/self-eval-04-jishan.xlsx");
    // a self-evaluation workbook has no progress column: it reads, and says no indicator can be lit
    let doc = import::parse_xlsx(targets, Some(7)).unwrap();
    assert!(doc.diagnostics.iter().any(|d| d.code() == Code::NoProgressColumn), "{:#?}", doc.diagnostics);
    match import::parse_xlsx(b"PK\x03\x04 not a workbook", Some(7)) {
        Err(MonitorError::Import(e)) => assert_eq!(e.kind(), ImportErrorKind::Corrupt),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_table_far_down_the_sheet() {
    // the same sheet with its title at row 50: the text importers look for their delimiter in
    // the first lines, so the sheet's text starts at its first used row
    let far = import::parse_xlsx(include_bytes!("data/office/monitor-far-down.xlsx"), None).unwrap();
    let near = import::parse_xlsx(WORKBOOK, None).unwrap();
    assert_eq!(far.reports, near.reports);
    let notes: Vec<String> = far.diagnostics.iter().map(english).collect();
    assert_eq!(notes, ["'1-7月监控' row 50: note I021: row above the header not read: `2025年度项目支出绩效运行监控表（1-7月）`"]);
}

#[test]
fn a_workbook_without_a_table() {
    match import::parse_xlsx(include_bytes!("data/office/monitor-no-table.xlsx"), None) {
        Err(e @ MonitorError::Import(_)) => {
            assert_eq!(e.to_string(), "the monitoring table cannot be read");
            let MonitorError::Import(inner) = &e else { unreachable!() };
            assert_eq!(inner.kind(), ImportErrorKind::NotRecognised);
            assert_eq!(inner.to_string(), "not a performance target table: no sheet holds a monitoring table");
        }
        other => panic!("{other:?}"),
    }
}

/// A diagnostic's English line (`line 2, cell 3: error I008: …`): the second line of `{:#}`.
fn english(d: &jixiao::import::Diagnostic) -> String {
    format!("{d:#}").lines().nth(1).unwrap_or_default().trim().to_string()
}
