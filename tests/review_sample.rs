//! The review of the sample document (four projects of 天津市环境应急与事故调查中心, 2025),
//! imported with `import::docx_text::parse`: the exact findings, and no false alarm on the
//! other indicators.

use jixiao::import::docx_text;
use jixiao::review::{review, Code};
use jixiao::Grade;
use jixiao::Subject;
use jixiao::{Decimal, Project};

const SAMPLE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/tianjin-2025-emergency-center.txt"));

fn projects() -> Vec<Project> {
    let doc = docx_text::parse(SAMPLE).expect("the sample imports");
    assert_eq!(doc.projects.len(), 4);
    doc.projects
}

fn found(p: &Project) -> Vec<(Option<usize>, Code)> {
    review(p).into_findings().iter().map(|f| (f.subject().index(), f.code())).collect()
}

#[test]
fn exact_findings_of_the_four_projects() {
    let ps = projects();
    let got: Vec<Vec<(Option<usize>, Code)>> = ps.iter().map(found).collect();
    assert_eq!(
        got,
        [
            // 1. 信息网络运行维护: 9 indicators, ≤381万元 against a budget of 381.00
            vec![],
            // 2. 环境安全基础能力提升: 响应及时率 <2小时 is a rate with a time unit
            vec![(Some(2), Code::RateNotPercentage)],
            // 3. 环境应急与事故调查: 6 indicators, all measurable
            vec![],
            // 4. 危险废物监管系统升级改造: 时效 按时完成; the project name used as the 三级 name
            //    of both the 时效 and the 成本 row
            vec![(Some(2), Code::TimelinessUnmeasured), (Some(3), Code::SameName)],
        ]
    );
    let grades: Vec<Grade> = ps.iter().map(|p| review(p).grade()).collect();
    assert_eq!(grades, [Grade::Excellent, Grade::Good, Grade::Excellent, Grade::Good]);
}

#[test]
fn the_rate_with_a_time_unit() {
    let p = &projects()[1];
    let f = &review(p).into_findings()[0];
    assert_eq!(f.subject(), &Subject::Indicator { index: 2, name: "响应及时率".into() });
    assert_eq!(
        f.zh(),
        "「响应及时率」是比率或满意度指标，指标值「<2小时」用的是时间单位；请写成百分比，如「≥95%」，或改用与指标值相符的指标名称。"
    );
    assert_eq!(
        f.en(),
        "`响应及时率` is a rate or satisfaction indicator but its value `<2小时` is in a time unit; write a percentage such as ≥95%, or rename the indicator to match its value."
    );
}

#[test]
fn cost_targets_are_checked_against_each_budget() {
    let mut ps = projects();
    // the sample's own cost rows fit: ≤381万元 / 381.00, ≤71.7万元 / 71.70, ≤30万元 / 30.00,
    // ≤55.8万元 / 57.40
    let cost_rows: Vec<(String, String)> = ps
        .iter()
        .map(|p| {
            (
                p.indicators.iter().find(|i| i.level2 == Some(jixiao::Level2::Cost)).unwrap().value().trim().to_string(),
                p.budget.total.unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        cost_rows,
        [("≤381万元", "381.00"), ("≤71.7万元", "71.70"), ("≤30万元", "30.00"), ("≤55.8万元", "57.40")]
            .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    // ≤620万元 against 381 is not
    ps[0].indicators[5].set_value("≤620万元");
    assert_eq!(found(&ps[0]), [(Some(5), Code::CostOverBudget)]);
    // nor is ≤57.41万元 against 57.40
    ps[3].indicators[3].set_value("≤57.41万元");
    assert!(found(&ps[3]).contains(&(Some(3), Code::CostOverBudget)));
    // and a budget whose parts do not add up
    ps[2].budget.other = Some(Decimal::new(5, 0));
    assert_eq!(found(&ps[2]), [(None, Code::BudgetSum)]);
}

#[test]
fn readable_report() {
    let text: String = projects().iter().map(|p| review(p).to_string()).collect();
    let heads: Vec<&str> = text.lines().filter(|l| l.starts_with('「')).collect();
    assert_eq!(
        heads,
        [
            "「天津市生态环境信息网络、设备及系统运行维护」审核结论：优（错误0，警告0，提示0）",
            "「2025年环境安全基础能力提升项目」审核结论：良（错误0，警告1，提示0）",
            "「环境应急与事故调查」审核结论：优（错误0，警告0，提示0）",
            "「天津市危险废物综合监管信息系统升级改造」审核结论：良（错误0，警告1，提示1）",
        ]
    );
    assert!(text.contains("  2. J020 提示 指标4「天津市危险废物综合监管信息系统升级改造」：与指标3同名"), "{text}");
}
