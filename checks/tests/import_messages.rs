//! Every import diagnostic code, from a real input that produces it, with its place, severity
//! and message in English (`Display`) and Chinese (`zh()`), pinned by a snapshot; and every
//! kind of `ImportError`. The inputs are the Tianjin sample and the self-evaluation rows of
//! `data/`, each with one thing changed.

use jixiao::import::{self, docx_text, table, Code, Diagnostic, ImportError};

const SAMPLE: &str = include_str!("../../data/tianjin-2025-emergency-center.txt");

/// The sample with lines `from..=to` (1-based) replaced by `replacement` (no line if empty).
fn sample_with(from: usize, to: usize, replacement: &str) -> String {
    let mut out = String::new();
    for (i, l) in SAMPLE.lines().enumerate() {
        let n = i + 1;
        if n == from && !replacement.is_empty() {
            out.push_str(replacement);
            out.push('\n');
        }
        if !(from..=to).contains(&n) {
            out.push_str(l);
            out.push('\n');
        }
    }
    out
}

/// The inputs, one (or more) per code.
fn cases() -> Vec<(Code, Vec<Diagnostic>)> {
    let text = |s: &str| docx_text::parse(s).expect("imports");
    let tsv = |s: &str| table::parse(s).expect("imports");
    // GB18030 bytes of 三级指标,指标值 / 培训人数,≥2万人
    let gbk: &[u8] =
        b"\xc8\xfd\xbc\xb6\xd6\xb8\xb1\xea,\xd6\xb8\xb1\xea\xd6\xb5\n\xc5\xe0\xd1\xb5\xc8\xcb\xca\xfd,\xa1\xdd2\xcd\xf2\xc8\xcb\n";
    vec![
        (Code::UnclosedQuote, tsv("三级指标,指标值\n系统故障率,≤5%\n\"系统故障修复处理时间,≤24小时\n")),
        (Code::ExtraColumn, tsv("三级指标\t年度指标值\t未完成原因\n安装坡面水标尺\t≥266米\t无\n")),
        (Code::SurplusCells, text(&sample_with(34, 34, "\t≥513个\n\t多出来的一格"))),
        (Code::BadNumber, tsv("三级指标\t指标值\t分值\n系统故障率\t≤5%\t十分\n")),
        (Code::NoLevel1, tsv("一级指标\t三级指标\t指标值\n\t系统故障率\t≤5%\n")),
        (
            Code::NoLevel2,
            tsv("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t设备更新改造\t≥1套\n效益指标\t\t安全使用\t持续保持\n"),
        ),
        (Code::EmptyValue, tsv("三级指标\t指标值\n指标1:工程质量合格\t\n")),
        (Code::BadValue, text(&sample_with(34, 34, "\t≥5x13个"))),
        (Code::EmptyAmount, text(&sample_with(10, 10, "\t"))),
        (Code::BadAmount, text(&sample_with(10, 10, "\t三百八十一万"))),
        (Code::UnexpectedBudgetCell, tsv("预算数\t381.00\t其中\n三级指标\t指标值\n系统故障率\t≤5%\n")),
        (Code::IgnoredCell, text(&sample_with(6, 6, "\t天津市生态环境信息网络、设备及系统运行维护\n\t主管部门"))),
        (Code::EmptyName, text(&sample_with(6, 6, "\t"))),
        (Code::UnrecognisedRow, text(&sample_with(110, 115, ""))),
        (Code::UnrecognisedHeading, text(&sample_with(3, 3, "\t单位：万元\n\t天津市生态环境局"))),
        (Code::OutsideTable, text(&format!("目录\n\n{SAMPLE}"))),
        (Code::UnitWithoutTable, text(&format!("附件\n\t362207天津市环境应急与事故调查中心\n\t单位：万元\n\n{SAMPLE}"))),
        (Code::NameFromHeading, text(&sample_with(5, 7, ""))),
        (Code::NoBudget, text(&sample_with(8, 21, ""))),
        (Code::NoIndicators, text(&SAMPLE.lines().take(96).map(|l| format!("{l}\n")).collect::<String>())),
        (
            Code::SkippedRow,
            tsv("2022年度项目支出绩效自评表\n项目名称\t义务教育营养改善计划专项资金\n三级指标\t指标值\n学生受资助人数\t≥735人次\n"),
        ),
        (Code::NoName, tsv("三级指标,指标值\n培训人数,≥2万人\n")),
        (Code::NameFromTitle, tsv("1.职业技能培训项目绩效目标表\n三级指标\t指标值\n培训人数\t≥2万人\n")),
        (Code::PartlyRead, text(&format!("目录\n\n{SAMPLE}"))),
        // the published 岳阳县 table of the corpus (tests/data/office)
        (
            Code::AmountWithBreakdown,
            import::parse_bytes(include_bytes!("../../tests/data/office/corpus/target-transfer-yueyang-2022-a.xlsx"), "a.xlsx")
                .expect("imports"),
        ),
        // a hidden example row and a hidden column of codes (tests/data/office)
        (
            Code::Hidden,
            import::parse_bytes(include_bytes!("../../tests/data/office/hidden-rows.xlsx"), "hidden-rows.xlsx").expect("imports"),
        ),
        // a 指标值 and a 实际完成值 shared by two indicators (tests/data/office)
        (
            Code::MergedDown,
            import::parse_bytes(include_bytes!("../../tests/data/office/merged-down.xlsx"), "merged-down.xlsx").expect("imports"),
        ),
        (Code::HeaderWithoutRows, tsv("一级指标,二级指标,三级指标,指标值\n")),
        (Code::MissingColumn, tsv("一级指标\t二级指标\t三级指标\t分值\t得分\n产出指标\t数量指标\t安装坡面水标尺\t10\t10\n")),
        (Code::BadActual, tsv("三级指标\t指标值\t实际完成值\n政策知晓率\t=100%\t5=50%\n")),
        (Code::AmountConverted, tsv("单位：元\n预算数\t381万元\n三级指标\t指标值\n运行维护费用\t≤381万元\n")),
        (Code::Decoded, import::parse_bytes(gbk, "table.csv").expect("imports")),
    ]
    .into_iter()
    .map(|(code, doc)| (code, doc.diagnostics))
    .chain(monitoring_cases())
    .collect()
}

/// The monitoring importer's codes, from the bundled (made-up) progress report, each with one
/// thing changed.
fn monitoring_cases() -> Vec<(Code, Vec<Diagnostic>)> {
    let monitor = |s: &str, month: Option<u8>| jixiao::monitor::import::parse(s, month).expect("imports").diagnostics;
    let header = "一级指标\t二级指标\t三级指标\t年度指标值\t1-7月执行情况\t完成可能性\t全年预计执行数\n";
    vec![
        (Code::NoProgressColumn, monitor("一级指标\t二级指标\t三级指标\t年度指标值\n产出指标\t数量指标\t完成工作目标\t≥3份\n", Some(7))),
        (Code::MonitoringValue, monitor(&format!("{header}产出指标\t数量指标\t完成工作目标\t≥3份\t≥2x万\t有可能\t\n"), None)),
        (Code::BadMonitoringValue, monitor(&format!("{header}产出指标\t数量指标\t完成工作目标\t≥3份\t1份\t大概\t\n"), None)),
        // a second project's name row in a table without a 项目名称 column
        (Code::UnmatchedRows, monitor(&format!("{header}产出指标\t数量指标\t完成工作目标\t≥3份\t1份\t有可能\t\n项目名称\t乙\n\t\t\t\t2份\t\t\n"), None)),
        (Code::OtherMonth, monitor(&format!("{header}产出指标\t数量指标\t完成工作目标\t≥3份\t1份\t有可能\t\n"), Some(6))),
        (
            Code::UnusedPreamble,
            monitor(
                "预算数\t30.00\n项目名称\t一级指标\t二级指标\t三级指标\t年度指标值\t1-7月执行情况\n甲\t产出指标\t数量指标\t完成工作目标\t≥3份\t1份\n乙\t产出指标\t数量指标\t完成工作目标\t≥3份\t1份\n",
                None,
            ),
        ),
    ]
}

fn first(code: Code, diagnostics: &[Diagnostic]) -> &Diagnostic {
    diagnostics.iter().find(|d| d.code() == code).unwrap_or_else(|| panic!("{code}: {diagnostics:#?}"))
}

#[test]
fn every_diagnostic_code_has_a_pinned_message() {
    let cases = cases();
    assert_eq!(cases.len(), Code::ALL.len(), "one input per code");
    let mut out = String::new();
    for (code, doc) in &cases {
        let d = first(*code, doc);
        assert_eq!(d.severity(), code.severity(), "{code}");
        out.push_str(&format!("{code} {}\n{d:#}\n\n", code.title()));
    }
    insta::assert_snapshot!("import_diagnostics", out);
    let codes: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    let want: Vec<String> = (1..=Code::ALL.len()).map(|n| format!("I{n:03}")).collect();
    assert_eq!(codes, want);
}

#[test]
fn every_import_error_has_a_pinned_message() {
    let mut out = String::new();
    let mut show = |case: &str, e: ImportError| {
        let mut chain = vec![e.to_string()];
        let mut cause = std::error::Error::source(&e);
        while let Some(c) = cause {
            let inner = c.to_string();
            assert!(!chain.last().unwrap().contains(&inner), "`{}` repeats its source `{inner}`", chain.last().unwrap());
            chain.push(inner);
            cause = c.source();
        }
        out.push_str(&format!("{case}\nkind: {:?}\nen: {}\nzh: {}\n\n", e.kind(), chain.join(" ← "), e.zh()));
    };
    show("an empty input", import::parse_text("").unwrap_err());
    show("binary bytes", import::parse_text("\u{0}\u{1}\u{2}").unwrap_err());
    show("prose, no table", import::parse_text(include_str!("../../data/README.md")).unwrap_err());
    show("a zip that is cut short", import::parse_bytes(b"PK\x03\x04\x14\x00\x00\x00", "table.docx").unwrap_err());
    insta::assert_snapshot!("import_errors", out);
}
