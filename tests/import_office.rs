//! The published files themselves: the Tianjin target tables as DOCX (as Word writes them, as
//! LibreOffice saves them, and split into two tables per project) import to the same projects
//! as the text layout; each self-evaluation workbook imports to the same projects as the TSV
//! of the same table. The files and the script that made them are in `tests/data/office/`.
#![cfg(all(feature = "docx", feature = "xlsx"))]

use jixiao::import::{self, docx, docx_text, table, xlsx, Code, Format, Imported};
use jixiao::{Decimal, MoneyUnit, Project};

macro_rules! office {
    ($name:literal) => {
        include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/office/", $name)).as_slice()
    };
}
macro_rules! data {
    ($name:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $name))
    };
}

const SAMPLE: &str = data!("tianjin-2025-emergency-center.txt");

const DOCX: [(&str, &[u8]); 3] = [
    ("tianjin-2025-targets.docx", office!("tianjin-2025-targets.docx")),
    ("tianjin-2025-targets.lo.docx", office!("tianjin-2025-targets.lo.docx")),
    ("tianjin-2025-targets.split.docx", office!("tianjin-2025-targets.split.docx")),
];

fn dec(s: &str) -> Decimal {
    Decimal::from_str_exact(s).expect("a test decimal")
}

#[test]
fn each_docx_imports_to_the_projects_of_the_text_layout_field_by_field() {
    let text = docx_text::parse(SAMPLE).expect("the text imports");
    assert_eq!(text.projects.len(), 4);
    for (name, bytes) in DOCX {
        assert_eq!(import::sniff(bytes, "x"), Format::Docx, "{name}");
        let doc = docx::parse(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(doc.diagnostics, [], "{name}");
        assert_eq!(doc.projects.len(), text.projects.len(), "{name}");
        for (got, want) in doc.projects.iter().zip(&text.projects) {
            assert_eq!(got.title, want.title, "{name}");
            assert_eq!(got.year(), want.year(), "{name}");
            assert_eq!(got.unit, want.unit, "{name}");
            assert_eq!(got.name, want.name, "{name}");
            assert_eq!(got.budget, want.budget, "{name}");
            assert_eq!(got.purpose, want.purpose, "{name}");
            assert_eq!(got.goals, want.goals, "{name}");
            assert_eq!(got.indicators.len(), want.indicators.len(), "{name}");
            for (g, w) in got.indicators.iter().zip(&want.indicators) {
                assert_eq!(g, w, "{name}: {}", w.name);
            }
            assert_eq!(got, want, "{name}");
        }
        assert_eq!(import::parse_bytes(bytes, name).expect("by content"), doc, "{name}");
    }
}

#[test]
fn the_year_of_a_docx_project_is_in_its_heading() {
    let doc = docx::parse(DOCX[0].1).expect("imports");
    let years: Vec<Option<u16>> = doc.projects.iter().map(Project::year).collect();
    // only project 2 names its year: `2.2025年环境安全基础能力提升项目绩效目标表`
    assert_eq!(years, [None, Some(2025), None, None]);
}

/// `一级/二级/三级/指标值/分值/实际完成值/得分/描述` of each indicator.
fn indicator_fields(p: &Project) -> Vec<String> {
    let show = |d: Option<Decimal>| d.map(|d| d.to_string()).unwrap_or_default();
    p.indicators
        .iter()
        .map(|i| {
            let l1 = i.level1.as_ref().map_or("", |l| l.name());
            let l2 = i.level2.as_ref().map_or("", |l| l.name());
            format!(
                "{l1}/{l2}/{}/{}/{}/{}/{}/{}",
                i.name,
                i.value(),
                show(i.weight),
                i.actual.as_deref().unwrap_or(""),
                show(i.score),
                i.description.as_deref().unwrap_or("")
            )
        })
        .collect()
}

/// The workbook's project and the TSV's are the same project: name, money unit, budget total
/// and executed amount, and every indicator field but `extra` (the TSV has an `出处` column
/// and the workbooks a `偏差原因分析` one).
fn same_project(name: &str, got: &Project, want: &Project) {
    assert_eq!(got.name, want.name, "{name}");
    assert_eq!(got.budget.money_unit, want.budget.money_unit, "{name}");
    assert_eq!(got.budget.total, want.budget.total, "{name}");
    assert_eq!(got.budget.executed, want.budget.executed, "{name}");
    assert_eq!(indicator_fields(got), indicator_fields(want), "{name}");
    for (g, w) in got.indicators.iter().zip(&want.indicators) {
        assert_eq!((g.threshold(), g.error()), (w.threshold(), w.error()), "{name}: {}", w.name);
    }
}

fn tsv(text: &str) -> Imported {
    table::parse(text).expect("the TSV imports")
}

#[test]
fn each_workbook_imports_to_the_projects_of_its_tsv() {
    let cases: [(&str, &[u8], &str, Option<u16>); 5] = [
        ("self-eval-01-yongde.xlsx", office!("self-eval-01-yongde.xlsx"), data!("self_eval/01-yongde.tsv"), Some(2022)),
        ("self-eval-01-yongde.xls", office!("self-eval-01-yongde.xls"), data!("self_eval/01-yongde.tsv"), Some(2022)),
        ("self-eval-03-zhongjiang.xlsx", office!("self-eval-03-zhongjiang.xlsx"), data!("self_eval/03-zhongjiang.tsv"), Some(2022)),
        ("self-eval-04-jishan.xlsx", office!("self-eval-04-jishan.xlsx"), data!("self_eval/04-jishan.tsv"), Some(2020)),
        ("self-eval-07-tianchang.xlsx", office!("self-eval-07-tianchang.xlsx"), data!("self_eval/07-tianchang.tsv"), Some(2022)),
    ];
    for (name, bytes, tsv_text, year) in cases {
        let doc = xlsx::parse(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let want = tsv(tsv_text);
        assert_eq!(doc.projects.len(), 1, "{name}");
        assert_eq!(want.projects.len(), 1, "{name}");
        same_project(name, &doc.projects[0], &want.projects[0]);
        assert_eq!(doc.projects[0].year(), year, "{name}");
        assert!(!doc.has_errors(), "{name}: {:?}", doc.diagnostics);
        assert_eq!(import::parse_bytes(bytes, name).expect("by content"), doc, "{name}");
    }
}

#[test]
fn the_funds_block_gives_total_fiscal_other_executed_and_the_money_unit() {
    let doc = xlsx::parse(office!("self-eval-01-yongde.xlsx")).expect("imports");
    let b = &doc.projects[0].budget;
    assert_eq!(b.money_unit, MoneyUnit::Yuan, "项目资金\\n(元)");
    assert_eq!(
        (b.total, b.fiscal, b.other, b.executed),
        (Some(dec("387664.62")), Some(dec("387664.62")), Some(Decimal::ZERO), Some(dec("387664.62")))
    );
    let unit = doc.projects[0].unit.as_ref().expect("实施单位");
    assert_eq!(unit.name, "永德县明朗中学");

    // 稷山县: 年初预算数 empty, 全年预算数 and 全年执行数 as numbers
    let doc = xlsx::parse(office!("self-eval-04-jishan.xlsx")).expect("imports");
    let b = &doc.projects[0].budget;
    assert_eq!((b.money_unit, b.total, b.executed), (MoneyUnit::WanYuan, Some(dec("65.66")), Some(dec("65.07"))));
    assert_eq!(
        doc.projects[0].indicators[0].extra.get("偏差原因分析及改进措施").map(String::as_str),
        Some("建档立卡中有新增死亡人员,导致有偏差")
    );
}

#[test]
fn every_sheet_and_every_table_of_a_sheet_is_read() {
    let doc = xlsx::parse(office!("self-eval-multi.xlsx")).expect("imports");
    let names: Vec<&str> = doc.projects.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["义务教育营养改善计划专项资金", "建档立卡个人缴费县级配套资金", "水旱灾害防御经费"]);
    for (got, tsv_text) in
        doc.projects.iter().zip([data!("self_eval/01-yongde.tsv"), data!("self_eval/04-jishan.tsv"), data!("self_eval/07-tianchang.tsv")])
    {
        same_project("self-eval-multi.xlsx", got, &tsv(tsv_text).projects[0]);
    }
    let years: Vec<Option<u16>> = doc.projects.iter().map(Project::year).collect();
    assert_eq!(years, [Some(2022), Some(2020), Some(2022)]);
    // diagnostics name the sheet and the cell as Excel shows them
    let d = doc.diagnostics.iter().find(|d| d.project == Some(2) && d.code() == Code::EmptyValue).expect("07's empty 指标值");
    assert_eq!(d.place(), "多项目!E36");
    assert_eq!(english(d), "多项目!E36: warning I007: 指标值 is empty");
    assert_eq!(d.to_string(), "多项目!E36：警告 I007：指标值为空");
    let sheets: Vec<Option<&str>> = doc.diagnostics.iter().map(|d| d.sheet.as_deref()).collect();
    assert!(sheets.iter().all(|s| matches!(s, Some("01" | "多项目"))), "{sheets:?}");
}

/// Numbers as Excel shows them: a fraction stored under a percentage format is that percentage
/// (a target of `95%`, a weight of `20%` is 20 points), and a float artefact is not kept
/// (`percent-formats.xlsx` and `.xls`, made by `make_formats_xlsx.py`, and both re-saved by
/// LibreOffice, which writes its own number formats and styles).
#[test]
fn numbers_are_read_through_their_number_format() {
    let want: &[Shown] = &[
        ("培训合格率", "95%", Some(dec("20")), Some("98.5%")),
        ("资金到位率", "100%", Some(dec("30")), Some("100%")),
        ("设备完好率", "90%", Some(dec("50")), Some("90%")),
    ];
    for_each_saving("percent-formats", |name, doc| assert_eq!(shown(doc), want, "{name}"));
}

/// Numbers whose format writes a sign or unit as text (`0"%"`, `0\%`, `0"人"`, `#,##0"元/人"`,
/// `"≥"0"%"`) are read as a reader sees them: `95` under `0"%"` is `95%`, not the number 95
/// (`literal-formats.xlsx` and `.xls` by `make_formats_xlsx.py`, and their LibreOffice re-saves).
#[test]
fn numbers_are_read_with_the_text_their_format_writes() {
    let want: &[Shown] = &[
        ("培训人数", "120人", Some(dec("20")), Some("135人")),
        ("培训合格率", "≥95%", Some(dec("30")), Some("98.5%")),
        ("人均培训成本", "3000元/人", Some(dec("50")), Some("2900元/人")),
    ];
    for_each_saving("literal-formats", |name, doc| {
        assert_eq!(shown(doc), want, "{name}");
        let t = doc.projects[0].indicators[1].threshold().expect("the target reads");
        assert_eq!(t.to_string(), "≥95%", "{name}");
        assert!(doc.diagnostics.is_empty(), "{name}: {:?}", doc.diagnostics);
    });
}

/// An indicator as a reader of the sheet sees it: name, 指标值, weight, actual.
type Shown<'a> = (&'a str, &'a str, Option<Decimal>, Option<&'a str>);

fn shown(doc: &jixiao::import::Imported) -> Vec<Shown<'_>> {
    doc.projects[0].indicators.iter().map(|i| (i.name.as_str(), i.value(), i.weight, i.actual.as_deref())).collect()
}

/// Imports the workbook `stem` as `.xlsx` and `.xls` (BIFF8), each as written and as LibreOffice
/// saves it again, and calls `check` with each.
fn for_each_saving(stem: &str, check: impl Fn(&str, &jixiao::import::Imported)) {
    for file in [format!("{stem}.xlsx"), format!("{stem}.xls"), format!("{stem}.lo.xlsx"), format!("{stem}.lo.xls")] {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/office/").to_string() + &file;
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let doc = xlsx::parse(&bytes).unwrap_or_else(|e| panic!("{file}: {e}"));
        check(&file, &doc);
    }
}

/// A diagnostic's English line (`line 2, cell 3: error I008: …`): the second line of `{:#}`.
fn english(d: &jixiao::import::Diagnostic) -> String {
    format!("{d:#}").lines().nth(1).unwrap_or_default().trim().to_string()
}

/// A form drawn as one big Word table whose 绩效指标 cell holds the indicators as a table of
/// their own (`nested-table.docx` by `make_nested_docx.py`, and as LibreOffice saves it): the
/// nested table's rows are the indicators, the outer rows the project's name, funds (a
/// `年度资金总额：120` cell) and goals.
#[test]
fn indicators_in_a_table_nested_in_a_cell_are_read() {
    for file in ["nested-table.docx", "nested-table.lo.docx"] {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/office/").to_string() + file;
        let doc = jixiao::import::parse_file(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(doc.projects.len(), 1, "{file}");
        let p = &doc.projects[0];
        assert_eq!(p.name, "职业技能培训项目", "{file}");
        assert_eq!(p.budget.total, Some(dec("120")), "{file}");
        assert_eq!(p.goals, ["完成500人的职业技能培训，合格率不低于95%。"], "{file}");
        let read: Vec<(&str, &str, &str, &str)> = p
            .indicators
            .iter()
            .map(|i| (i.level1.as_ref().map_or("", |l| l.name()), i.level2.as_ref().map_or("", |l| l.name()), i.name.as_str(), i.value()))
            .collect();
        assert_eq!(
            read,
            [
                ("产出指标", "数量指标", "培训人数", "≥500人"),
                ("产出指标", "质量指标", "培训合格率", "≥95%"),
                ("产出指标", "时效指标", "完成时间", "2025年12月底前"),
                ("效益指标", "社会效益指标", "就业率", "≥80%"),
                ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
            ],
            "{file}"
        );
        assert!(p.indicators.iter().all(|i| i.threshold().is_some()), "{file}");
        // nothing worse than a note: the rows above the header that give nothing read
        assert!(doc.diagnostics.iter().all(|d| d.severity() == jixiao::Severity::Note), "{file}: {:#?}", doc.diagnostics);
    }
}

/// Rows and columns a sheet hides are not read, as a reader of the sheet does not see them (a
/// template's example row, a column of codes), and a note names those that hold text
/// (`hidden-rows.xlsx` and `.xls` by `make_formats_xlsx.py`, and as LibreOffice saves them; the
/// `.xlsx` writes 培训合格率 as rich text, in two runs, which LibreOffice keeps in its shared strings).
/// The project's name is merged across B1:C1, its first cell in the hidden column: it is read from
/// C1, where Excel shows it.
#[test]
fn hidden_rows_and_columns_are_not_read_and_said_so() {
    for_each_saving("hidden-rows", |name, doc| {
        assert_eq!(doc.projects[0].name, "职业技能培训", "{name}");
        let read: Vec<(&str, &str)> = doc.projects[0].indicators.iter().map(|i| (i.name.as_str(), i.value())).collect();
        assert_eq!(read, [("培训人数", "≥500人"), ("培训合格率", "≥95%")], "{name}");
        assert!(doc.projects[0].indicators.iter().all(|i| i.extra.is_empty()), "{name}: the hidden column is no extra column");
        let notes: Vec<(Code, String, String)> =
            doc.diagnostics.iter().map(|d| (d.code(), d.zh().to_string(), d.en().to_string())).collect();
        assert_eq!(
            notes,
            [(Code::Hidden, "隐藏的第4行和B列未读取".to_string(), "hidden row 4 and column B not read".to_string())],
            "{name}"
        );
        assert_eq!(doc.diagnostics[0].severity(), jixiao::Severity::Note);
    });
}

/// Sheets a workbook hides are not read, as a reader of the workbook does not see them: the
/// lists a template's drop-downs take their levels from (a row that looks like a header) and
/// last year's version of the table (`hidden-sheet.xlsx` and `.xls` by `make_hidden_sheet.py`,
/// and as LibreOffice saves them). A note names each one that holds text.
#[test]
fn hidden_sheets_are_not_read_and_said_so() {
    for_each_saving("hidden-sheet", |name, doc| {
        let projects: Vec<(&str, Vec<(&str, &str)>)> =
            doc.projects.iter().map(|p| (p.name.as_str(), p.indicators.iter().map(|i| (i.name.as_str(), i.value())).collect())).collect();
        assert_eq!(projects, [("基层应急能力提升", vec![("培训人数", "≥2万人"), ("应急响应时间", "≤2小时")])], "{name}");
        let hidden: Vec<(Option<&str>, &str)> =
            doc.diagnostics.iter().filter(|d| d.code() == Code::Hidden).map(|d| (d.sheet.as_deref(), d.zh())).collect();
        assert_eq!(
            hidden,
            [(Some("下拉选项"), "隐藏的工作表“下拉选项”未读取"), (Some("2023年（旧）"), "隐藏的工作表“2023年（旧）”未读取")],
            "{name}"
        );
    });
    // the monitoring importer reads the same sheets
    let bytes = include_bytes!("data/office/hidden-sheet.xlsx");
    let doc = jixiao::monitor::import::parse_bytes(bytes, "hidden-sheet.xlsx", Some(6)).unwrap();
    assert_eq!(doc.reports.len(), 1);
    assert_eq!(doc.diagnostics.iter().filter(|d| d.code() == Code::Hidden).count(), 2);
}
