//! A template that prints the comparator and unit in the 三级指标 name as a hint to fill in
//! (`公猪舍(≥**平方米)`, `项目总成本(≤**万元)`, `种公猪(≥头)`), the filer writing only the number
//! in the 指标值 cell: [`Indicator::target`] reads the value as the template means it
//! (`≥22.8平方米`), as the importer's indicators and the scorer do. The value as written stays
//! what it was (`=22.8`). A value with its own comparator or unit is read as written.

use jixiao::import::parse_text;
use jixiao::{Actual, Indicator, Threshold};

const REAL: &str = include_str!("../data/real-values-judged-2.tsv");

/// The rows of one published self-evaluation (云南 昌宁县, 2022年度项目支出绩效自评表), whose
/// names hold the template's hints, with what each 指标值 means, written from the page.
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

fn target(ind: &Indicator) -> String {
    ind.target().map(|t| t.to_string()).unwrap_or_else(|e| format!("error {e}"))
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
        assert_eq!(target(ind), *meant, "{name}");
        // the value as written is the bare number
        assert_eq!(ind.threshold().unwrap().to_string(), format!("={}", ind.value()), "{name}");
        // the actual, a bare number as well, is in the target's unit, and meets it
        let actual: Actual = ind.actual.as_deref().unwrap().parse().unwrap();
        assert_eq!(ind.target().unwrap().is_met(&actual), Ok(true), "{name}");
    }
}

#[test]
fn a_value_with_its_own_comparator_or_unit_is_read_as_written() {
    // (rows of two other published tables, whose values state their comparators, and two
    // made from them)
    let rows = [
        ("指标1:项目总成本(≤**万元)", "≤1125万元", "≤1125万元"),
        ("指标1:小区居民满意度(≥**%)", "≥90%", "≥90%"),
        ("*贫困地区贫困人口加入合作社、村集体经济组织人数(≥**人)", ">=1102人", "≥1102人"),
        ("投诉率(≥**%)", "≤5%", "≤5%"),
        ("完成数量(≥**个)", "5台", "=5台"),
    ];
    for (name, value, meant) in rows {
        assert_eq!(target(&Indicator::new(None, None, name, value)), meant, "{name}");
    }
}

#[test]
fn every_spelling_of_a_hint_gives_its_comparator_and_unit() {
    let brackets = [("(", ")"), ("（", "）"), ("(", "）")];
    let marks = ["**", "＊＊", "XX", "××", "__", "……", "...", "——", "○○", "*", ""];
    let comparators = [("≥", "≥"), ("≤", "≤"), (">", ">"), ("<", "<"), ("≧", "≥"), ("＞", ">"), ("不低于", "≥"), ("不超过", "≤")];
    let units = ["%", "万元", "人", "平方米", "人次", "小时", ""];
    let mut checked = 0;
    for (open, close) in brackets {
        for mark in marks {
            for (written, op) in comparators {
                for unit in units {
                    for (space, end) in [("", ""), (" ", "。")] {
                        let name = format!("受益对象{open}{written}{space}{mark}{space}{unit}{close}{end}");
                        let meant = Threshold::parse(&format!("{op}5{unit}")).unwrap();
                        let ind = Indicator::new(None, None, &name, "5");
                        assert_eq!(ind.target(), Ok(meant), "{name}");
                        checked += 1;
                    }
                }
            }
        }
    }
    // and a suffix after the hint (`（**人以上）`)
    for (name, meant) in [("培训人数（**人以上）", "≥5人"), ("成本（**万元以内）", "≤5万元"), ("时长(**小时以下)", "≤5小时")]
    {
        assert_eq!(target(&Indicator::new(None, None, name, "5")), meant, "{name}");
    }
    assert_eq!(checked, 3 * 11 * 8 * 7 * 2);
}

#[test]
fn names_with_no_hint_leave_the_bare_value() {
    for name in ["公猪舍", "粉碎拌合机(11kw)", "产床(全复合双体产床)", "满意度(≥95%)", "覆盖率（含县级）", "项目(一期)"]
    {
        assert_eq!(target(&Indicator::new(None, None, name, "5")), "=5", "{name}");
    }
    // a unit alone in the brackets gives the unit, no comparator
    assert_eq!(target(&Indicator::new(None, None, "完成率(**%)", "5")), "=5%");
    assert_eq!(target(&Indicator::new(None, None, "培训人数（人）", "5")), "=5人");
    // a qualifier in brackets with a suffix and no marks is no template's hint: what is counted
    assert_eq!(target(&Indicator::new(None, None, "招商引资项目数（亿元以上）", "3")), "=3");
    assert_eq!(target(&Indicator::new(None, None, "重点项目（千万元以上）", "5")), "=5");
    // the marks are trimmed before the unit only: `Lx` keeps its x (no litres)
    assert!(!target(&Indicator::new(None, None, "照度(≥**Lx)", "300")).contains('升'));
    // a hint of a comparator alone says nothing of time: a dotted year and month stays a date
    assert!(matches!(Indicator::new(None, None, "项目验收(≤**)", "2025.6").target(), Ok(Threshold::Deadline(_))));
    // a hint of a comparator alone names no unit
    assert_eq!(Indicator::new(None, None, "培训次数(≥**)", "5").unit_in_name(), None);
    assert_eq!(target(&Indicator::new(None, None, "培训次数(≥**)", "5")), "≥5");
}

#[test]
fn the_scorer_scores_the_target_the_template_means() {
    // `1200` against `≤1125` under `(≤**万元)`: over the ceiling, missed (as `≥`, it was met)
    let text = "项目名称\t测试\n预算数\t100\n执行数\t100\n一级指标\t二级指标\t三级指标\t指标值\t分值\t实际完成值\t得分\n\
                产出指标\t成本指标\t项目总成本(≤**万元)\t1125\t90\t1200\t90\n";
    let doc = parse_text(text).unwrap();
    let p = &doc.projects[0];
    let card = jixiao::score::Profile::central().score(p, &jixiao::score::Actuals::from_project(p)).unwrap();
    let item = card.items.iter().find(|i| i.name == "项目总成本(≤**万元)").unwrap();
    assert!(!item.score.as_ref().unwrap().met, "{item:?}");
}
