//! The TSV/CSV importer on tables built from the real rows of `real-values.tsv`.

use jixiao::import::{self, table, Imported, Layout};
use jixiao::Severity;
use jixiao::{Decimal, Level1, Level2};

const REAL: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/real-values.tsv"));
const SELF_EVALUATION: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/self-evaluation.tsv"));

/// One row of `real-values.tsv`.
struct Real {
    source: String,
    cells: Vec<String>,
}

impl Real {
    fn get(&self, i: usize) -> &str {
        self.cells.get(i).map_or("", String::as_str)
    }
}

/// The rows of `real-values.tsv` (columns: source_url level1 level2 level3 target actual
/// weight score notes).
fn real_rows() -> Vec<Real> {
    REAL.lines()
        .skip(1)
        .map(|l| Real { source: l.split('\t').next().unwrap_or("").to_string(), cells: l.split('\t').map(String::from).collect() })
        .collect()
}

/// The real rows under a Chinese header, the source URL as 项目名称 and the notes as 备注.
fn real_table(delimiter: &str, quote: fn(&str) -> String) -> String {
    let header = ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "备注"];
    let mut out = header.join(delimiter) + "\n";
    for row in real_rows() {
        let cells: Vec<String> = (0..9).map(|i| quote(row.get(i))).collect();
        out.push_str(&cells.join(delimiter));
        out.push('\n');
    }
    out
}

fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str_exact(s).expect("a test decimal")
}

fn real_tsv() -> Imported {
    table::parse(&real_table("\t", str::to_string)).expect("the real rows import")
}

#[test]
fn real_rows_as_tsv_keep_every_value_actual_weight_and_score() {
    let doc = real_tsv();
    let rows = real_rows();
    let mut sources: Vec<&str> = rows.iter().map(|r| r.source.as_str()).collect();
    sources.dedup();
    assert_eq!(doc.projects.len(), sources.len());
    assert_eq!(doc.projects.len(), 22);
    let names: Vec<&str> = doc.projects.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, sources);

    let indicators: Vec<_> = doc.projects.iter().flat_map(|p| &p.indicators).collect();
    assert_eq!(indicators.len(), rows.len());
    for (ind, row) in indicators.iter().zip(&rows) {
        assert_eq!(ind.name, row.get(3).trim());
        assert_eq!(ind.value(), row.get(4), "nothing dropped: the value as written");
        assert!(ind.threshold().is_some() != ind.error().is_some(), "{}: parsed or an error", ind.value());
        assert_eq!(ind.actual.as_deref(), Some(row.get(5)).filter(|a| !a.is_empty()));
        assert_eq!(ind.weight, Decimal::from_str_exact(row.get(6)).ok());
        assert_eq!(ind.score, Decimal::from_str_exact(row.get(7)).ok());
        assert_eq!(ind.extra.get("备注").map(String::as_str), Some(row.get(8)).filter(|n| !n.is_empty()));
    }

    // 永德县明朗中学 self-evaluation: split columns joined, weights and scores as recorded
    let yongde = doc.projects.iter().find(|p| p.name.contains("yongde")).expect("the yongde table");
    let scores: Vec<String> = yongde.indicators.iter().map(|i| i.score.map(|s| s.to_string()).unwrap_or_default()).collect();
    assert_eq!(scores, ["10", "10", "7", "10", "10", "9", "10", "10", "10"]);
    assert!(yongde.indicators.iter().all(|i| i.weight == Some(dec("10"))));
    assert_eq!(yongde.indicators[0].threshold().map(ToString::to_string).as_deref(), Some("≥735人次"));
    assert_eq!(yongde.indicators[5].actual.as_deref(), Some("98%"));
    assert_eq!(yongde.indicators[7].level2, Some(Level2::Satisfaction), "服务对象满意度指标等");

    // traditional characters with pinyin artifacts still give the taxonomy
    let mirror = &doc.projects[1];
    assert_eq!((mirror.indicators[0].level1.clone(), mirror.indicators[0].level2.clone()), (Some(Level1::Output), Some(Level2::Quantity)));
    // `产出指标(40分)` keeps its weight beside the level
    let bigxun = doc.projects.iter().find(|p| p.name.contains("bigxun")).expect("the bigxun table");
    assert_eq!(bigxun.indicators[0].extra.get("一级指标分值").map(String::as_str), Some("40"));
}

#[test]
fn unknown_columns_are_kept_and_noted_and_bad_values_reported() {
    let doc = real_tsv();
    let note = doc.diagnostics.iter().find(|d| d.field.as_deref() == Some("备注")).expect("a note on 备注");
    assert_eq!((note.line, note.cell, note.severity()), (1, Some(9), Severity::Note));
    assert_eq!(note.en(), "column `备注` is not an indicator field; its cells are kept in `extra`");
    // every indicator whose value did not parse has an error diagnostic on its line and cell
    let mut line = 1;
    for (p_index, p) in doc.projects.iter().enumerate() {
        for ind in &p.indicators {
            line += 1;
            if let Some(e) = &ind.error() {
                let d = doc.diagnostics.iter().find(|d| d.line == line && d.field.as_deref() == Some("指标值")).expect("a diagnostic");
                assert_eq!((d.cell, d.project), (Some(5), Some(p_index)));
                assert!(d.en().contains(&e.to_string()), "{}", d.en());
            }
        }
    }
    assert!(doc.diagnostics.iter().any(|d| d.severity() == Severity::Error), "the OCR-damaged rows do not all parse");
}

#[test]
fn empty_level_cells_fill_down_within_a_project_only() {
    let doc = real_tsv();
    // whjhq.gov.cn writes no 一级指标 at all: nothing above to fill from, so none
    let whjhq = doc.projects.iter().find(|p| p.name.contains("whjhq")).expect("the whjhq rows");
    assert!(whjhq.indicators.iter().all(|i| i.level1.is_none()));
    let warned = doc.diagnostics.iter().filter(|d| d.en().starts_with("一级指标 is empty")).count();
    assert!(warned >= whjhq.indicators.len());

    let tsv = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t开展精品示范村建设数量\t≤4\n\t\t建设美丽宜居自然村庄数量\t≥200\n\t质量指标\t美丽宜居自然村庄验收通过率\t≥95%\n";
    assert_eq!(import::detect(tsv), Layout::Table, "rows that start with an empty cell are still TSV");
    let p = &import::parse_text(tsv).expect("imports").projects[0];
    let levels: Vec<_> = p.indicators.iter().map(|i| (i.level1.clone(), i.level2.clone())).collect();
    assert_eq!(
        levels,
        [
            (Some(Level1::Output), Some(Level2::Quantity)),
            (Some(Level1::Output), Some(Level2::Quantity)),
            (Some(Level1::Output), Some(Level2::Quality)),
        ]
    );
}

#[test]
fn csv_with_quoted_cells_imports_like_the_tsv() {
    let csv = real_table(",", csv_cell);
    assert!(csv.contains("\"严控成本,严格按照项目资金落实各项工作,不扩大,不增债\""), "commas inside quotes");
    assert!(csv.contains("\"\"═\"\""), "quotes inside quotes");
    assert_eq!(import::detect(&csv), Layout::Table);
    let doc = table::parse(&csv).expect("the CSV imports");
    assert_eq!(doc.projects, real_tsv().projects);
    let zh = &doc.projects[2];
    assert_eq!(zh.indicators[6].name, "严控成本,严格按照项目资金落实各项工作,不扩大,不增债");
}

#[test]
fn a_quoted_cell_across_lines_keeps_its_line_break_and_later_lines_count_right() {
    let csv = "三级指标,指标值,绩效指标描述\n学生满意度,≧95%,\"问卷调查\n家长与学生\"\n安全事故发生率,<=0x%,\n";
    let doc = table::parse(csv).expect("imports");
    let p = &doc.projects[0];
    assert_eq!(p.indicators[0].description.as_deref(), Some("问卷调查\n家长与学生"));
    let d = doc.diagnostics.iter().find(|d| d.severity() == Severity::Error).expect("the bad value");
    assert_eq!((d.line, d.cell), (4, Some(2)));
    assert_eq!(p.indicators[1].value(), "<=0x%");
}

#[test]
fn split_columns_join_into_one_value() {
    let doc = table::parse(SELF_EVALUATION).expect("the bundled self-evaluation imports");
    assert_eq!(doc.projects.len(), 2);
    let p = &doc.projects[0];
    assert_eq!(p.name, "义务教育营养改善计划专项资金");
    let values: Vec<&str> = p.indicators.iter().map(|i| i.value()).collect();
    assert_eq!(values, ["≧|735|人次", "≧|100|%", "≧|100|%", "═|100|%", "有效", "═|100|%", "≧|100|%", "≧|95|%", "≧|95|%"]);
    let parsed: Vec<String> = p.indicators.iter().map(|i| i.threshold().map(ToString::to_string).unwrap_or_default()).collect();
    assert_eq!(parsed, ["≥735人次", "≥100%", "≥100%", "=100%", "有效", "=100%", "≥100%", "≥95%", "≥95%"]);
    assert_eq!(p.indicators[8].level1, Some(Level1::Satisfaction), "filled down two rows");
    assert_eq!(p.indicators[2].score, Some(dec("7")));
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);

    // 计量单位 and 年度指标值 spellings, with an empty comparator column
    let tsv =
        "三级指标\t指标性质\t年度指标值\t计量单位\n业务工作支出安排金额\t\t28.8万元\t%\n城乡居民医保参保工作经费发放成本\t=\t1\t元/人\n";
    let doc = table::parse(tsv).expect("imports");
    let [a, b] = &doc.projects[0].indicators[..] else { panic!("two rows") };
    assert_eq!(a.value(), "|28.8万元|%");
    assert!(a.error().is_some(), "the unit column contradicts the value");
    assert_eq!(b.threshold().map(ToString::to_string).as_deref(), Some("=1元/人"));
}

#[test]
fn headers_with_spaces_and_weights_are_recognised() {
    // rows of the 中江县 self-evaluation (tables/03.txt), headers as such tables write them
    let tsv = "一级指标(50分)\t 二级 指标 \t三级指标\t分值（100分）\t年度指标值\t全年实际值\t得分\t未完成原因\n\
               产出指标(70分)\t数量指标\t安装坡面水标尺\t10\t≥266米\t≥266米\t10\t\n\
               \t\t水标尺宽度\t10\t≥50厘米\t≥50厘米\t10\t\n\
               效益指标(20分)\t社会效益指标\t受益脱贫(含监测对象)户人口数\t10\t≥1000人\t≥1000人\t10\t无\n";
    let doc = table::parse(tsv).expect("imports");
    let rows = &doc.projects[0].indicators;
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1].level2, Some(Level2::Quantity));
    assert_eq!(rows[1].weight, Some(dec("10")));
    assert_eq!(rows[2].actual.as_deref(), Some("≥1000人"));
    assert_eq!(rows[0].extra.get("一级指标分值").map(String::as_str), Some("70"));
    assert_eq!(rows[2].extra.get("未完成原因").map(String::as_str), Some("无"));
    assert_eq!(rows[2].level1, Some(Level1::Benefit));
    let notes: Vec<_> = doc.diagnostics.iter().map(|d| (d.severity(), d.field.as_deref())).collect();
    assert_eq!(notes, [(Severity::Note, Some("未完成原因")), (Severity::Note, Some("项目名称"))]);
}

#[test]
fn a_project_name_above_the_header_names_the_project() {
    let csv = "2022年度项目支出绩效自评表\n项目名称,义务教育营养改善计划专项资金\n三级指标,指标值\n学生受资助人数,≥735人次\n";
    let doc = table::parse(csv).expect("imports");
    assert_eq!(doc.projects[0].name, "义务教育营养改善计划专项资金");
    let d = &doc.diagnostics[0];
    assert_eq!((d.line, d.severity(), d.en()), (1, Severity::Note, "row above the header not read: `2022年度项目支出绩效自评表`"));
}

#[test]
fn rows_above_the_header_give_the_project_unit_and_budget() {
    // 稷山县 self-evaluation (tables/04.txt): the six real rows of real-values.tsv under the
    // table's own project lines
    let mut csv = String::from(
        "稷山县项目支出绩效自评表 (2020年度)\n项目名称,建档立卡个人缴费县级配套资金\n实施单位,稷山县医疗保险服务中心\n单位：万元\n\
         全年预算数,65.66,全年执行数,65.07\n一级指标,二级指标,三级指标,指标值,实际完成值,分值,得分\n",
    );
    for row in real_rows().iter().filter(|r| r.source.contains("bqg98jldqdz7y2xm7pe6")) {
        let cells: Vec<String> = (1..8).map(|i| csv_cell(row.get(i))).collect();
        csv.push_str(&cells.join(","));
        csv.push('\n');
    }
    let doc = table::parse(&csv).expect("imports");
    assert_eq!(doc.projects.len(), 1);
    let p = &doc.projects[0];
    assert_eq!(p.name, "建档立卡个人缴费县级配套资金");
    assert_eq!(p.unit.as_ref().map(|u| u.name.as_str()), Some("稷山县医疗保险服务中心"));
    assert_eq!((p.budget.total, p.budget.executed), (Some(dec("65.66")), Some(dec("65.07"))));
    let weights: Vec<String> = p.indicators.iter().map(|i| i.weight.map(|w| w.to_string()).unwrap_or_default()).collect();
    let scores: Vec<String> = p.indicators.iter().map(|i| i.score.map(|w| w.to_string()).unwrap_or_default()).collect();
    assert_eq!(weights, ["15", "15", "10", "10", "30", "10"]);
    assert_eq!(scores, ["13", "15", "10", "10", "27", "9"]);
    let level1: Vec<Option<Level1>> = p.indicators.iter().map(|i| i.level1.clone()).collect();
    assert_eq!(
        level1,
        [
            Some(Level1::Output),
            Some(Level1::Output),
            Some(Level1::Output),
            Some(Level1::Output),
            Some(Level1::Benefit),
            Some(Level1::Satisfaction)
        ]
    );
    assert_eq!(p.indicators[0].extra.get("一级指标分值").map(String::as_str), Some("50"));
    assert_eq!(p.indicators[4].extra.get("一级指标分值").map(String::as_str), Some("30"));
    assert_eq!(p.indicators[0].actual.as_deref(), Some("8676"));
    let d = &doc.diagnostics[0];
    assert_eq!((d.line, d.en()), (1, "row above the header not read: `稷山县项目支出绩效自评表 (2020年度)`"));
    assert_eq!(doc.diagnostics.len(), 1);
}
