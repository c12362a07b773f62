//! Bad input: never a panic; an error for what is no table at all, diagnostics for the rest,
//! and the good parts still import.

use jixiao::import::{self, docx_text, table, Code, ImportError, Imported};
use jixiao::Decimal;
use jixiao::Severity;

const SAMPLE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/tianjin-2025-emergency-center.txt"));
/// Prose about the data, not a table: no importer may read it as one.
const PROSE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/README.md"));

fn sample() -> Imported {
    docx_text::parse(SAMPLE).expect("the sample imports")
}

/// The sample with the `n`-th (1-based) line replaced.
fn with_line(n: usize, replacement: &str) -> String {
    SAMPLE.lines().enumerate().map(|(i, l)| if i + 1 == n { format!("{replacement}\n") } else { format!("{l}\n") }).collect()
}

/// Deterministic pseudo-random bytes (xorshift).
fn random_bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.max(1);
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x.to_le_bytes()[0]
        })
        .collect()
}

type Importer = fn(&str) -> Result<Imported, ImportError>;
const IMPORTERS: [(&str, Importer); 3] = [("docx_text", docx_text::parse), ("table", table::parse), ("detect", import::parse_text)];

#[test]
fn empty_input_is_an_error() {
    for (name, parse) in IMPORTERS {
        for text in ["", "  \n\n\t\n", "\r\n"] {
            assert_eq!(parse(text), Err(ImportError::Empty), "{name} on {text:?}");
        }
    }
    assert_eq!(ImportError::Empty.to_string(), "empty input: there is no text to import");
}

#[test]
fn random_bytes_are_refused_as_binary() {
    for seed in 1..40 {
        let bytes = random_bytes(seed, 600);
        let text = String::from_utf8_lossy(&bytes);
        for (name, parse) in IMPORTERS {
            match parse(&text) {
                Err(ImportError::Binary { line }) => assert!(line >= 1),
                other => panic!("{name}, seed {seed}: {other:?}"),
            }
        }
    }
    let mut with_nul = SAMPLE.to_string();
    let line_8 = SAMPLE.match_indices('\n').nth(6).map_or(0, |(i, _)| i + 1);
    with_nul.insert(line_8, '\0');
    assert!(matches!(docx_text::parse(&with_nul), Err(ImportError::Binary { line: 8 })));
}

#[test]
fn unrelated_text_is_not_a_table() {
    // the domain notes: prose, Markdown tables, Chinese terms, but no target table
    for (name, parse) in IMPORTERS {
        assert!(matches!(parse(PROSE), Err(ImportError::NotRecognised { .. })), "{name}");
    }
    assert!(matches!(
        table::parse("a,b,c\n1,2,3\n"),
        Err(ImportError::NotRecognised { reason: "no header row naming 三级指标 or 指标值" })
    ));
    let err = docx_text::parse("Lorem ipsum dolor sit amet.\n\nConsectetur adipiscing elit.\n").unwrap_err();
    assert_eq!(err.to_string(), "not a performance target table: no project (项目名称, budget or indicator rows) found");
}

#[test]
fn truncated_documents_keep_every_complete_project() {
    let full = sample();
    let mut boundaries: Vec<usize> = SAMPLE.char_indices().map(|(i, _)| i).step_by(13).collect();
    boundaries.push(SAMPLE.len());
    let mut imported = 0;
    for cut in boundaries {
        let Some(text) = SAMPLE.get(..cut) else { continue };
        match docx_text::parse(text) {
            Ok(doc) => {
                imported += 1;
                let n = doc.projects.len();
                assert!((1..=4).contains(&n), "cut {cut}: {n} projects");
                assert_eq!(doc.projects[..n - 1], full.projects[..n - 1], "cut {cut}: the complete projects");
                let last = &doc.projects[n - 1];
                let want = &full.projects[n - 1];
                let k = last.indicators.len();
                assert!(k <= want.indicators.len());
                // all but the last indicator row are whole; the last may be cut inside a cell
                assert_eq!(last.indicators[..k.saturating_sub(1)], want.indicators[..k.saturating_sub(1)], "cut {cut}");
                if last != want {
                    assert!(!doc.diagnostics.is_empty() || k > 0, "cut {cut}: a partial project is reported");
                }
            }
            Err(e) => assert!(matches!(e, ImportError::NotRecognised { .. } | ImportError::Empty), "cut {cut}: {e}"),
        }
    }
    assert!(imported > 100);
}

#[test]
fn a_document_cut_in_the_budget_row_reports_what_is_missing() {
    // up to `\t71.70` (line 96) of project 2
    let text: String = SAMPLE.lines().take(96).map(|l| format!("{l}\n")).collect();
    let doc = docx_text::parse(&text).expect("imports");
    assert_eq!(doc.projects.len(), 2);
    assert_eq!(doc.projects[0], sample().projects[0]);
    let p = &doc.projects[1];
    assert_eq!((p.budget.total, p.budget.fiscal), (Some(Decimal::new(7170, 2)), None));
    let messages: Vec<&str> = doc.diagnostics.iter().map(|d| d.en()).collect();
    assert_eq!(messages, ["project `2025年环境安全基础能力提升项目` has no indicator rows"]);
    assert_eq!((doc.diagnostics[0].line, doc.diagnostics[0].project), (87, Some(1)));
}

#[test]
fn a_row_with_too_many_cells_keeps_the_surplus() {
    // line 34 is `\t≥513个`, the last cell of project 1's first indicator row
    let text = with_line(34, "\t≥513个\n\t多出来的一格");
    let doc = docx_text::parse(&text).expect("imports");
    let first = &doc.projects[0].indicators[0];
    assert_eq!(first.value(), "≥513个");
    assert_eq!(first.extra.get("第6列").map(String::as_str), Some("多出来的一格"));
    let d = &doc.diagnostics[0];
    assert_eq!((d.line, d.severity(), d.project), (30, Severity::Warning, Some(0)));
    assert_eq!(d.en(), "the row has 6 cells but the header has 5; the surplus cells are kept in `extra`");
    assert_eq!(doc.diagnostics.len(), 1);
    assert_eq!(doc.projects[1..], sample().projects[1..]);

    let tsv = "三级指标\t指标值\n系统故障率\t≤5%\t多余\n";
    let doc = table::parse(tsv).expect("imports");
    assert_eq!(doc.projects[0].indicators[0].extra.get("第3列").map(String::as_str), Some("多余"));
    assert_eq!(doc.diagnostics[0].line, 2);
}

#[test]
fn a_non_numeric_budget_is_an_error_and_the_rest_imports() {
    // line 10 is `\t381.00`, the 预算数 of project 1
    let text = with_line(10, "\t三百八十一万");
    let doc = docx_text::parse(&text).expect("imports");
    let full = sample();
    let p = &doc.projects[0];
    assert_eq!(p.budget.total, None);
    assert_eq!(p.budget.fiscal, full.projects[0].budget.fiscal);
    assert_eq!(p.indicators, full.projects[0].indicators);
    assert_eq!(doc.projects[1..], full.projects[1..]);
    let d = &doc.diagnostics[0];
    assert_eq!((d.line, d.cell, d.field.as_deref(), d.severity(), d.project), (10, Some(3), Some("预算数"), Severity::Error, Some(0)));
    assert_eq!(d.en(), "预算数: `三百八十一万` is not a number");
    assert!(doc.has_errors());
}

#[test]
fn a_value_that_does_not_parse_stays_on_its_indicator() {
    let text = with_line(34, "\t≥5x13个");
    let doc = docx_text::parse(&text).expect("imports");
    let first = &doc.projects[0].indicators[0];
    assert_eq!(first.value(), "≥5x13个");
    assert_eq!(first.threshold(), None);
    assert_eq!(first.error().map(|e| e.offset()), Some(4));
    let d = &doc.diagnostics[0];
    assert_eq!((d.line, d.cell, d.severity()), (34, Some(5), Severity::Error));
    assert_eq!(d.en(), "指标值 `≥5x13个` does not parse: expected a unit, a range or the end at character 3 (byte offset 4)");
    assert_eq!(doc.projects[0].indicators[1..], sample().projects[0].indicators[1..]);
}

#[test]
fn a_broken_project_does_not_stop_the_next() {
    // drop project 2's header row (lines 110-115): its rows cannot be read as indicators
    let text: String = SAMPLE.lines().enumerate().filter(|(i, _)| !(109..115).contains(i)).map(|(_, l)| format!("{l}\n")).collect();
    let doc = docx_text::parse(&text).expect("imports");
    let full = sample();
    assert_eq!(doc.projects.len(), 4);
    assert_eq!(doc.projects[0], full.projects[0]);
    assert_eq!(doc.projects[2..], full.projects[2..]);
    assert!(doc.projects[1].indicators.is_empty());
    let of_2: Vec<&str> = doc.diagnostics_of(1).map(|d| d.en()).collect();
    assert_eq!(of_2.len(), 9, "the missing indicators, and 8 rows kept in diagnostics: {of_2:?}");
    assert_eq!(of_2[0], "project `2025年环境安全基础能力提升项目` has no indicator rows");
    assert_eq!(of_2[1], "unrecognised row `产出指标 | 数量指标 | 设备更新改造 | 设备更新改造 | ≥1套`");
    assert_eq!(of_2[8], "unrecognised row `满意度指标 | 服务对象满意度指标 | 主管部门满意度 | 主管部门满意度 | ≥95%`");
}

#[test]
fn an_unclosed_quote_is_reported_and_the_rows_before_import() {
    let csv = "三级指标,指标值\n系统故障率,≤5%\n\"系统故障修复处理时间,≤24小时\n";
    let doc = table::parse(csv).expect("imports");
    let rows = &doc.projects[0].indicators;
    assert_eq!(rows[0].value(), "≤5%");
    assert_eq!(rows[1].name, "系统故障修复处理时间,≤24小时", "the rest of the input, trimmed");
    let d = doc.diagnostics.iter().find(|d| d.severity() == Severity::Error).expect("the quote");
    assert_eq!((d.line, d.cell), (3, Some(1)));
}

#[test]
fn a_header_without_rows_gives_an_empty_project() {
    let doc = table::parse("一级指标,二级指标,三级指标,指标值\n").expect("imports");
    assert_eq!(doc.projects.len(), 1);
    assert!(doc.projects[0].indicators.is_empty());
    assert_eq!(doc.diagnostics.last().map(|d| d.en()), Some("the header has no indicator rows under it"));
}

#[test]
fn mangled_samples_never_panic() {
    // every line dropped in turn, and every line doubled in turn
    let lines: Vec<&str> = SAMPLE.lines().collect();
    for skip in 0..lines.len() {
        let dropped: String = lines.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, l)| format!("{l}\n")).collect();
        let doubled: String =
            lines.iter().enumerate().map(|(i, l)| if i == skip { format!("{l}\n{l}\n") } else { format!("{l}\n") }).collect();
        for text in [dropped, doubled] {
            for (_, parse) in IMPORTERS {
                if let Ok(doc) = parse(&text) {
                    assert!(doc.projects.iter().all(|p| p.indicators.iter().all(|i| i.threshold().is_some() || i.error().is_some())));
                }
            }
        }
    }
}

#[test]
fn text_outside_the_tables_is_reported_not_imported() {
    let text = format!("目录\n\n附件：2025年项目绩效目标表\n\n{SAMPLE}");
    let doc = docx_text::parse(&text).expect("imports");
    assert_eq!(doc.projects, sample().projects);
    let messages: Vec<(usize, &str)> = doc.diagnostics.iter().map(|d| (d.line, d.en())).collect();
    assert_eq!(
        messages,
        [
            // first, what was read and what was not (I035)
            (1, "read 30 indicators of 4 projects; 2 rows not understood (line 1; line 3)"),
            (1, "text outside any table: `目录`"),
            (3, "text outside any table: `附件：2025年项目绩效目标表`")
        ]
    );
    assert_eq!(doc.diagnostics[0].code(), Code::PartlyRead);
    assert_eq!(doc.diagnostics[0].zh(), "读取4个项目的30个指标；2行未能识别（第1行、第3行）");
    assert!(doc.diagnostics[1..].iter().all(|d| d.project.is_none() && d.severity() == Severity::Warning));

    // a heading and its unit line with no table under them is no document
    let head: String = SAMPLE.lines().take(3).map(|l| format!("{l}\n")).collect();
    assert!(matches!(docx_text::parse(&head), Err(ImportError::NotRecognised { .. })));
}

#[test]
fn cells_beside_the_project_name_are_reported() {
    // line 6 is the name of project 1; a template with 主管部门 beside it
    let text = with_line(6, "\t天津市生态环境信息网络、设备及系统运行维护\n\t主管部门\n\t天津市生态环境局");
    let doc = docx_text::parse(&text).expect("imports");
    assert_eq!(doc.projects, sample().projects);
    let notes: Vec<(usize, Option<usize>, &str)> = doc.diagnostics.iter().map(|d| (d.line, d.cell, d.en())).collect();
    assert_eq!(
        notes,
        [
            (7, Some(3), "cell `主管部门` beside the 项目名称 is not read"),
            (8, Some(4), "cell `天津市生态环境局` beside the 项目名称 is not read")
        ]
    );
}

/// The options forms of the three entry points: the year of tables that state none (a year the
/// table states wins), a year out of range refused, and limits that refuse a file.
#[test]
fn options_of_the_three_entry_points() {
    use jixiao::import::{ImportErrorKind, Options};
    let text = "项目名称\t培训项目\n三级指标\t指标值\n完成时间\t12月底前\n";
    let with_year = Options::new().year(2024);
    assert_eq!(import::parse_text_with(text, &with_year).unwrap().projects[0].year(), Some(2024));
    let stated = format!("2025年度项目支出绩效目标表\n{text}");
    assert_eq!(import::parse_text_with(&stated, &with_year).unwrap().projects[0].year(), Some(2025));
    assert_eq!(import::parse_bytes_with(text.as_bytes(), "t.tsv", &with_year).unwrap().projects[0].year(), Some(2024));
    let e = import::parse_text_with(text, &Options::new().year(3000)).unwrap_err();
    assert_eq!(e.kind(), ImportErrorKind::InvalidOption);
    assert!(e.zh().contains("年度") && e.to_string().contains("year"), "{e}");
    // a real DOCX of the corpus, refused by a row limit and read with the defaults
    #[cfg(feature = "docx")]
    {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/office/corpus/target-hunan-nanyue-2018-b.docx");
        let mut tight = jixiao::import::Limits::DEFAULT;
        tight.max_entries = 2;
        assert_eq!(import::parse_file_with(&path, &Options::new().limits(tight)).unwrap_err().kind(), ImportErrorKind::TooLarge);
        assert_eq!(import::parse_file_with(&path, &Options::new()).unwrap(), import::parse_file(&path).unwrap());
    }
}
