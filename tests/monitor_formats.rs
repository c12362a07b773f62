//! One monitoring table read from every format: the bundled sample (`data/monitor-tianjin-2025-07.tsv`)
//! as TSV, as CSV (UTF-8, with a byte order mark, and GBK as Excel saves it on a Chinese
//! Windows), as a workbook and as a Word document (`tests/data/office/make_monitor_xlsx.py`)
//! gives the same reports, each file split into cells once and each row read once.
#![cfg(all(feature = "xlsx", feature = "docx"))]

use jixiao::import::Code;
use jixiao::monitor::import;

const SAMPLE: &str = include_str!("../data/monitor-tianjin-2025-07.tsv");
const GBK_CSV: &[u8] = include_bytes!("data/office/monitor-tianjin-2025-07.gbk.csv");
const WORKBOOK: &[u8] = include_bytes!("data/office/monitor-tianjin-2025-07.xlsx");
const DOCUMENT: &[u8] = include_bytes!("data/office/monitor-tianjin-2025-07.docx");

/// The TSV as CSV: cells quoted where they hold a comma, a quote or a line break.
fn csv(tsv: &str) -> String {
    let cell = |c: &str| if c.contains([',', '"', '\n']) { format!("\"{}\"", c.replace('"', "\"\"")) } else { c.to_string() };
    tsv.lines().map(|l| l.split('\t').map(cell).collect::<Vec<_>>().join(",") + "\r\n").collect()
}

#[test]
fn every_format_gives_the_same_reports() {
    let want = import::parse(SAMPLE, None).unwrap().reports;
    assert_eq!(want.len(), 4);
    let csv = csv(SAMPLE);
    assert!(csv.lines().nth(3).unwrap().starts_with("项目名称,预算数,1-7月执行数"), "{csv}");
    let with_bom = format!("\u{feff}{csv}");
    let read = [
        ("TSV bytes", import::parse_bytes(SAMPLE.as_bytes(), "监控表.tsv", None)),
        ("CSV", import::parse(&csv, None)),
        ("CSV bytes with a byte order mark", import::parse_bytes(with_bom.as_bytes(), "监控表.csv", None)),
        ("GBK CSV bytes", import::parse_bytes(GBK_CSV, "监控表.csv", None)),
        ("XLSX", import::parse_bytes(WORKBOOK, "监控表.xlsx", None)),
        ("DOCX", import::parse_bytes(DOCUMENT, "监控表.docx", None)),
        // by content, not by name
        ("DOCX named .csv", import::parse_bytes(DOCUMENT, "监控表.csv", None)),
    ];
    for (what, doc) in read {
        let doc = doc.unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(doc.reports.len(), want.len(), "{what}");
        for (got, want) in doc.reports.iter().zip(&want) {
            assert_eq!(got, want, "{what}: {}", want.project.name);
            // the monitoring cells are read, not kept in `extra` as the target importer keeps them
            assert!(got.project.indicators.iter().all(|i| i.extra.is_empty()), "{what}");
        }
    }
}

#[test]
fn the_gbk_file_says_how_it_was_read() {
    let doc = import::parse_bytes(GBK_CSV, "监控表.csv", None).unwrap();
    assert_eq!(doc.diagnostics[0].code(), Code::Decoded);
    assert_eq!(doc.diagnostics[0].en(), "the text is not UTF-8; it was read as GB18030");
    // nothing else to say, as of the UTF-8 text
    assert_eq!(doc.diagnostics.len(), 1);
    assert!(import::parse(SAMPLE, None).unwrap().diagnostics.is_empty());
}

#[test]
fn word_diagnostics_name_the_table_row_and_cell() {
    // the title is a paragraph above the table; the headers name July, the month given is June
    let doc = import::parse_bytes(DOCUMENT, "监控表.docx", Some(6)).unwrap();
    let notes: Vec<String> = doc.diagnostics.iter().map(english).collect();
    assert_eq!(
        notes,
        [
            "line 1: note I021: row above the header not read: `2025年度项目支出绩效运行监控表（1-7月）`",
            "table 1, row 3: warning I032: `1-7月执行数` names 1–7月, and the month reported is 6; 6 is used",
            "table 1, row 3: warning I032: `1-7月执行情况` names 1–7月, and the month reported is 6; 6 is used",
        ]
    );
}

#[test]
fn the_target_importer_keeps_the_monitoring_columns_in_extra() {
    // read alone, the target importer keeps what it does not read, as it does for any column
    for (what, doc) in [
        ("TSV", jixiao::import::parse_text(SAMPLE).unwrap()),
        ("XLSX", jixiao::import::parse_bytes(WORKBOOK, "监控表.xlsx").unwrap()),
        ("DOCX", jixiao::import::parse_bytes(DOCUMENT, "监控表.docx").unwrap()),
    ] {
        let first = &doc.projects[0].indicators[0];
        assert_eq!(first.extra.get("1-7月执行情况").map(String::as_str), Some("300个"), "{what}");
        assert_eq!(first.extra.get("完成目标可能性").map(String::as_str), Some("确定能"), "{what}");
        let noted = doc.diagnostics.iter().filter(|d| d.code() == Code::ExtraColumn && d.field.as_deref() == Some("1-7月执行情况"));
        assert_eq!(noted.count(), 1, "{what}");
    }
}

/// A diagnostic's English line (`line 2, cell 3: error I008: …`): the second line of `{:#}`.
fn english(d: &jixiao::import::Diagnostic) -> String {
    format!("{d:#}").lines().nth(1).unwrap_or_default().trim().to_string()
}

/// An amount written in another money unit than the table's is converted, as the target
/// importer converts it, and said so: `1200000元` in a table in 万元 is 120, not 1200000 (which
/// lit the budget red at 60 ÷ 1200000).
#[test]
fn amounts_in_another_money_unit_are_converted() {
    for (head, budget, executed) in
        [("单位：万元", "1200000元", "60"), ("单位：万元", "120", "600000元"), ("单位：元", "120万元", "600000"), ("", "1200000元", "60")]
    {
        let text = format!(
            "项目名称\t甲\n{head}\n预算数\t{budget}\n1-7月执行数\t{executed}\n三级指标\t年度指标值\t1-7月执行情况\n培训人数\t≥500人\t300人\n"
        );
        let doc = jixiao::monitor::import::parse(&text, None).unwrap_or_else(|e| panic!("{text}: {e}"));
        let b = &doc.reports[0].budget;
        let ratio = b.executed.unwrap() / b.budget.unwrap();
        assert_eq!(ratio, jixiao::Decimal::new(5, 1), "{head} {budget} {executed}: {b:?}");
        let converted = doc.diagnostics.iter().filter(|d| d.en().contains("like the table")).count();
        assert_eq!(converted, 1, "{head} {budget} {executed}: {:#?}", doc.diagnostics);
    }
}
