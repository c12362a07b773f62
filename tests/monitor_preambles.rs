//! The rows above a monitoring table's header (its preamble) in files of one table and of
//! several: each table's budget in its own money unit, as the target importer reads it; a
//! header with no rows keeps the file's budget; rows under the last table that no table
//! follows are reported, not dropped.

use jixiao::import::Code;
use jixiao::monitor::import;
use jixiao::Decimal;

const HEADER: &str = "一级指标\t二级指标\t三级指标\t年度指标值\t1-7月执行情况\n";

/// A report's name, its project's budget, and the monitoring budget and amount executed.
type Funds<'a> = (&'a str, Option<Decimal>, Option<Decimal>, Option<Decimal>);

fn d(s: &str) -> Option<Decimal> {
    Some(s.parse().unwrap())
}

#[test]
fn each_tables_amounts_are_read_in_its_own_money_unit_by_both_readers() {
    let tsv = format!(
        "单位：元\n项目名称\t项目甲\n预算数\t300000\n1-7月执行数\t100000\n{HEADER}产出指标\t数量指标\t完成工作目标\t≥3份\t1份\n\
         项目名称\t项目乙\n预算数\t50万元\n1-7月执行数\t10万元\n{HEADER}产出指标\t数量指标\t培训人数\t≥100人\t60人\n"
    );
    let doc = import::parse(&tsv, None).unwrap();
    let got: Vec<Funds<'_>> =
        doc.reports.iter().map(|r| (r.project.name.as_str(), r.project.budget.total, r.budget.budget, r.budget.executed)).collect();
    assert_eq!(got, [("项目甲", d("300000"), d("300000"), d("100000")), ("项目乙", d("50"), d("50"), d("10"))]);
    // the project's budget and the monitoring budget are in one unit: 乙's table states none, so
    // both read its amounts in 万元
    let units: Vec<&str> = doc.reports.iter().map(|r| r.project.budget.money_unit.as_str()).collect();
    assert_eq!(units, ["元", "万元"]);
}

#[test]
fn a_header_with_no_rows_keeps_the_files_budget() {
    let tsv = format!("项目名称\t甲\n年度\t2025\n预算数\t30\n1-7月执行数\t18\n{HEADER}");
    let doc = import::parse(&tsv, None).unwrap();
    assert_eq!(doc.reports.len(), 1);
    let r = &doc.reports[0];
    assert_eq!((r.project.name.as_str(), r.budget.budget, r.budget.executed), ("甲", d("30"), d("18")));
}

#[test]
fn rows_under_the_last_table_are_reported_not_dropped() {
    let tsv = format!(
        "项目名称\t甲\n{HEADER}产出指标\t数量指标\t完成工作目标\t≥3份\t1份\n合计\t\t\t\t\n1-7月执行数\t18.00\n年度总体目标完成情况\t已完成大部分\n"
    );
    let doc = import::parse(&tsv, None).unwrap();
    let r = &doc.reports[0];
    // not read: they are no preamble of a table
    assert_eq!(r.budget.executed, None);
    let skipped: Vec<usize> = doc.diagnostics.iter().filter(|d| d.code() == Code::SkippedRow).map(|d| d.line).collect();
    assert_eq!(skipped, [5, 6], "{:#?}", doc.diagnostics);
}

#[cfg(feature = "xlsx")]
#[test]
fn a_table_only_on_a_hidden_sheet_is_refused_with_the_reason() {
    let bytes = include_bytes!("data/office/hidden-only.xlsx");
    let e = jixiao::import::parse_bytes(bytes, "hidden-only.xlsx").unwrap_err();
    assert!(e.to_string().contains("hidden sheets"), "{e}");
    let e = import::parse_bytes(bytes, "hidden-only.xlsx", Some(7)).unwrap_err();
    let cause = std::error::Error::source(&e).map(ToString::to_string).unwrap_or_default();
    assert!(cause.contains("hidden sheets"), "{e}: {cause}");
}
