//! A template that prints the comparator and unit in the 三级指标 name as a placeholder
//! (`公猪舍(≥**平方米)`, `项目总成本(≤**万元)`, `种公猪(≥头)`), the filer writing only the number in
//! the 指标值 cell: the importer reads the value as the template means it (`≥22.8平方米`), with a
//! note (I039). A value with its own comparator or unit is read as written.

use jixiao::import::{parse_text, Code};
use jixiao::{Actual, Threshold};

const REAL: &str = include_str!("../data/real-values-judged-2.tsv");

/// The rows of one published self-evaluation (云南 昌宁县, 2022年度项目支出绩效自评表), whose
/// names hold the template's placeholders, with what each 指标值 means, written from the page.
const YNCN: &[(&str, &str)] = &[
    ("公猪舍(≥**平方米)", "≥22.8平方米"),
    ("母猪、保育猪舍(≥**平方米)", "≥180平方米"),
    ("管理用房及消通道(≥**平方米)", "≥76.44平方米"),
    ("化粪池(≥**立方米)", "≥63立方米"),
    ("排污沟(≥米)", "≥50米"),
    ("粉碎拌合机(11kw)(≥台)", "≥1台"),
    ("产床(全复合双体产床)(≥套)", "≥2套"),
    ("种公猪(≥头)", "≥2头"),
    ("种母猪(≥头)", "≥20头"),
];

/// A table of `(三级指标, 指标值, 实际完成值)` rows, imported.
fn import(rows: &[(String, String, String)]) -> jixiao::import::Imported {
    let mut text = String::from("三级指标\t指标值\t实际完成值\n");
    for (name, value, actual) in rows {
        text.push_str(&format!("{name}\t{value}\t{actual}\n"));
    }
    parse_text(&text).unwrap()
}

#[test]
fn the_real_table_reads_as_its_template_means() {
    let rows: Vec<(String, String, String)> = REAL
        .lines()
        .filter(|l| l.starts_with("https://yncn.gov.cn/info/5102/8340150.htm"))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[1].to_string(), f[2].to_string(), f[3].to_string())
        })
        .collect();
    assert_eq!(rows.len(), YNCN.len(), "the rows of the page");
    let doc = import(&rows);
    let inds = &doc.projects[0].indicators;
    for ((name, meant), ind) in YNCN.iter().zip(inds) {
        assert_eq!(ind.name, *name);
        assert_eq!(ind.threshold().map(ToString::to_string).as_deref(), Some(*meant), "{name}");
        // the actual, a bare number as well, is the target's unit, and meets it
        let actual: Actual = ind.actual.as_deref().unwrap().parse().unwrap();
        assert_eq!(ind.threshold().unwrap().is_met(&actual), Ok(true), "{name}");
    }
    let noted = doc.diagnostics.iter().filter(|d| d.code() == Code::ValueFromNameTemplate).count();
    assert_eq!(noted, YNCN.len(), "each value read from the template is noted");
}

#[test]
fn a_value_with_its_own_comparator_or_unit_is_read_as_written() {
    // (rows of two other published tables: the value states its comparator)
    let rows = [
        ("指标1:项目总成本(≤**万元)", "≤1125万元", "≤1125万元"),
        ("指标1:小区居民满意度(≥**%)", "≥90%", "≥90%"),
        ("*贫困地区贫困人口加入合作社、村集体经济组织人数(≥**人)", ">=1102人", "≥1102人"),
        // and where the value contradicts the name, the value wins (a review may ask)
        ("投诉率(≥**%)", "≤5%", "≤5%"),
        ("完成数量(≥**个)", "5台", "=5台"),
    ];
    let doc = import(&rows.iter().map(|(n, v, _)| (n.to_string(), v.to_string(), String::new())).collect::<Vec<_>>());
    for ((name, _, meant), ind) in rows.iter().zip(&doc.projects[0].indicators) {
        assert_eq!(ind.threshold().map(ToString::to_string).as_deref(), Some(*meant), "{name}");
    }
    assert!(doc.diagnostics.iter().all(|d| d.code() != Code::ValueFromNameTemplate), "{:?}", doc.diagnostics);
}

#[test]
fn every_spelling_of_a_placeholder_gives_its_comparator_and_unit() {
    let brackets = [("(", ")"), ("（", "）"), ("(", "）")];
    let marks = ["**", "＊＊", "XX", "××", "__", "……", "*", ""];
    let comparators = [("≥", "≥"), ("≤", "≤"), (">", ">"), ("<", "<"), ("≧", "≥"), ("＞", ">"), ("＜", "<")];
    let units = ["%", "万元", "人", "平方米", "人次", "小时", ""];
    let mut rows = Vec::new();
    let mut meant = Vec::new();
    for (open, close) in brackets {
        for mark in marks {
            for (written, op) in comparators {
                for unit in units {
                    for (space, end) in [("", ""), (" ", "。")] {
                        rows.push((
                            format!("受益对象{open}{written}{space}{mark}{space}{unit}{close}{end}"),
                            "5".to_string(),
                            String::new(),
                        ));
                        meant.push(Threshold::parse(&format!("{op}5{unit}")).unwrap());
                    }
                }
            }
        }
    }
    let doc = import(&rows);
    let inds = &doc.projects[0].indicators;
    assert_eq!(inds.len(), rows.len());
    for ((row, meant), ind) in rows.iter().zip(&meant).zip(inds) {
        assert_eq!(ind.threshold(), Some(meant), "{}", row.0);
    }
}

#[test]
fn names_with_no_placeholder_leave_the_bare_value() {
    let names = ["公猪舍", "粉碎拌合机(11kw)", "产床(全复合双体产床)", "完成率(**%)", "满意度(≥95%)", "人数(≥**人左右)", "项目(一期)"];
    let doc = import(&names.iter().map(|n| (n.to_string(), "5".to_string(), String::new())).collect::<Vec<_>>());
    for (name, ind) in names.iter().zip(&doc.projects[0].indicators) {
        assert_eq!(ind.threshold().map(ToString::to_string).as_deref(), Some("=5"), "{name}");
    }
}
