//! What the importers read that a diagnostic used to report wrongly: money units written in a
//! cell or a label, Excel's quoted cells in TSV, the year of a table. (Every diagnostic code's
//! message is pinned in `checks/tests/import_messages.rs`.)

use jixiao::import::{docx_text, table, Code};

const SAMPLE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/tianjin-2025-emergency-center.txt"));

#[test]
fn a_unit_in_the_cell_wins_over_the_tables_and_parenthesised_units_are_seen() {
    let doc = table::parse("单位：元\n预算数\t381万元\n三级指标\t指标值\n运行维护费用\t≤381万元\n").expect("imports");
    let b = &doc.projects[0].budget;
    assert_eq!((b.money_unit, b.total.map(|t| t.to_string())), (jixiao::MoneyUnit::Yuan, Some("3810000".to_string())));
    let doc = table::parse("单位：万元\n预算数\t3810000元\n三级指标\t指标值\n运行维护费用\t≤381万元\n").expect("imports");
    assert_eq!(doc.projects[0].budget.total.map(|t| t.to_string()), Some("381".to_string()));
    let doc = table::parse("（单位：元）\n预算数\t381.00\n三级指标\t指标值\n运行维护费用\t≤381万元\n").expect("imports");
    assert_eq!(doc.projects[0].budget.money_unit, jixiao::MoneyUnit::Yuan);
    assert!(doc.diagnostics.iter().all(|d| d.code() != Code::SkippedRow), "{:?}", doc.diagnostics);
    for (label, unit) in [("预算数（万元）", jixiao::MoneyUnit::WanYuan), ("预算数（元）", jixiao::MoneyUnit::Yuan)] {
        let doc = table::parse(&format!("{label}\t381.00\n三级指标\t指标值\n运行维护费用\t≤381万元\n")).expect("imports");
        let b = &doc.projects[0].budget;
        assert_eq!((b.money_unit, b.total.map(|t| t.to_string())), (unit, Some("381.00".to_string())), "{label}");
    }
}

#[test]
fn excel_quoted_multi_line_cells_in_tsv_stay_one_cell() {
    let tsv = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t\"培训\n人数\"\t≥2万人\n\t质量指标\t验收通过率\t≥95%\n";
    let doc = table::parse(tsv).expect("imports");
    let rows = &doc.projects[0].indicators;
    assert_eq!(rows.len(), 2);
    // one cell; the line its name was wrapped at is not part of the name
    assert_eq!(rows[0].name, "培训人数");
    assert_eq!(rows[1].level1, Some(jixiao::Level1::Output));
    let d = doc.diagnostics.iter().map(|d| d.code()).collect::<Vec<_>>();
    assert_eq!(d, [Code::NoName]);
}

#[test]
fn years_are_read_from_the_titles_of_the_real_tables() {
    // the title lines of data/tables/NN.txt, above a header
    let titles = [
        ("01", "2022年度项目支出绩效自评表 | 部门:临沧市永德县明朗中学 |", 2022),
        ("03", "绩效目标自评表(2022年度)项目名称中江县农业水价综合改革精准补贴和节水奖励项目", 2022),
        ("04", "稷山县项目支出绩效自评表 (2020年度) 项目名称 建档立卡个人缴费县级配套资金", 2020),
        ("07", "(2022年度)", 2022),
        ("09", "2023年项目支出绩效目标申报表", 2023),
    ];
    for (table_no, title, year) in titles {
        let text = format!("{title}\n三级指标\t指标值\n培训人数\t≥2万人\n");
        let doc = table::parse(&text).expect("imports");
        assert_eq!(doc.projects[0].year(), Some(year), "{table_no}");
    }
    // the Tianjin sample: only project 2 names its year
    let doc = docx_text::parse(SAMPLE).expect("imports");
    let years: Vec<Option<u16>> = doc.projects.iter().map(jixiao::Project::year).collect();
    assert_eq!(years, [None, Some(2025), None, None]);
}
