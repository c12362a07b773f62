//! The DOCX-text importer on the real Tianjin sample (four projects of unit 362207).

use jixiao::import::{self, docx_text, Imported, Layout};
use jixiao::{Comparator, Decimal, Direction, MoneyUnit, Project, QualitativeKind, Threshold};

const SAMPLE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/tianjin-2025-emergency-center.txt"));

fn sample() -> Imported {
    docx_text::parse(SAMPLE).expect("the sample imports")
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str_exact(s).expect("a test decimal")
}

/// `一级/二级/三级/指标值` of each indicator row.
fn rows(p: &Project) -> Vec<String> {
    p.indicators
        .iter()
        .map(|i| {
            let l1 = i.level1.as_ref().map_or("", |l| l.name());
            let l2 = i.level2.as_ref().map_or("", |l| l.name());
            format!("{l1}/{l2}/{}/{}", i.name, i.value())
        })
        .collect()
}

#[test]
fn four_projects_with_titles_units_and_no_diagnostics() {
    let doc = sample();
    let names: Vec<&str> = doc.projects.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "天津市生态环境信息网络、设备及系统运行维护",
            "2025年环境安全基础能力提升项目",
            "环境应急与事故调查",
            "天津市危险废物综合监管信息系统升级改造"
        ]
    );
    let titles: Vec<&str> = doc.projects.iter().map(|p| p.title.as_deref().unwrap_or("")).collect();
    assert_eq!(
        titles,
        [
            "1.天津市生态环境信息网络、设备及系统运行维护绩效目标表",
            "2.2025年环境安全基础能力提升项目绩效目标表",
            "3.环境应急与事故调查绩效目标表",
            "4.天津市危险废物综合监管信息系统升级改造绩效目标表"
        ]
    );
    for p in &doc.projects {
        let unit = p.unit.as_ref().expect("a unit line");
        assert_eq!(unit.code.as_deref(), Some("362207"));
        assert_eq!(unit.name, "天津市环境应急与事故调查中心");
        assert_eq!(p.budget.money_unit, MoneyUnit::WanYuan);
    }
    assert_eq!(doc.diagnostics, []);
    assert_eq!(import::detect(SAMPLE), Layout::DocxText);
    assert_eq!(import::parse_text(SAMPLE).expect("detected"), doc);
}

#[test]
fn budgets_are_exact_with_fiscal_equal_to_total_and_other_zero() {
    let doc = sample();
    let totals: Vec<String> = doc.projects.iter().map(|p| p.budget.total.map(|t| t.to_string()).unwrap_or_default()).collect();
    assert_eq!(totals, ["381.00", "71.70", "30.00", "57.40"]);
    for p in &doc.projects {
        assert_eq!(p.budget.fiscal, p.budget.total, "{}", p.name);
        assert_eq!(p.budget.other, Some(Decimal::ZERO), "empty 其他资金 is zero in {}", p.name);
        assert_eq!(p.budget.executed, None);
        assert_eq!(p.budget.adds_up(), Some(true));
    }
    assert_eq!(doc.projects[0].budget.total_in_yuan(), Some(dec("3810000")));
}

#[test]
fn indicator_rows_have_their_levels_filled_down() {
    let doc = sample();
    assert_eq!(
        rows(&doc.projects[0]),
        [
            "产出指标/数量指标/硬件采购（维护）数量/≥513个",
            "产出指标/数量指标/软件采购（维护）数量/≥19个",
            "产出指标/质量指标/系统故障率/≤5%",
            "产出指标/时效指标/系统故障修复处理时间/≤24小时",
            "产出指标/时效指标/系统运行维护响应时间/≤60分钟",
            "产出指标/成本指标/运行维护费用/≤381万元",
            "效益指标/社会效益指标/系统服务对象数量/≥2万人",
            "效益指标/可持续影响指标/系统正常使用年限/≥5年",
            "满意度指标/服务对象满意度指标/使用人员满意度/≥85%",
        ]
    );
    assert_eq!(
        rows(&doc.projects[1]),
        [
            "产出指标/数量指标/设备更新改造/≥1套",
            "产出指标/质量指标/验收通过率/≥95%",
            "产出指标/时效指标/响应及时率/<2小时",
            "产出指标/成本指标/不超过预算数/≤71.7万元",
            "效益指标/社会效益指标/网络安全事件发生率/≤10%",
            "效益指标/生态效益指标/提高环境监管能力/持续保障",
            "效益指标/可持续影响指标/安全使用/持续保持",
            "满意度指标/服务对象满意度指标/主管部门满意度/≥95%",
        ]
    );
    assert_eq!(
        rows(&doc.projects[2]),
        [
            "产出指标/数量指标/完成工作目标/≥3份",
            "产出指标/质量指标/按项目要求实施/100%",
            "产出指标/时效指标/工作任务按时完成率/100%",
            "产出指标/成本指标/项目支出控制/≤30万元",
            "效益指标/生态效益指标/保护生态环境/≤9次",
            "满意度指标/服务对象满意度指标/主管部门满意/≥95%",
        ]
    );
    assert_eq!(
        rows(&doc.projects[3]),
        [
            "产出指标/数量指标/服务企业数量/≥20000家",
            "产出指标/质量指标/危险废物管理计划备案通过率/≥90%",
            "产出指标/时效指标/天津市危险废物综合监管信息系统升级改造/按时完成",
            "产出指标/成本指标/天津市危险废物综合监管信息系统升级改造/≤55.8万元",
            "效益指标/生态效益指标/提升我市危险废物产生单位规范化环境管理达标率/≥90%",
            "满意度指标/服务对象满意度指标/危险废物产生单位/≥85%",
            "满意度指标/服务对象满意度指标/危险废物经营单位/≥85%",
        ]
    );
    // the 绩效指标描述 column, and the trailing spaces of `项目支出控制         ` trimmed
    let p3 = &doc.projects[2];
    assert_eq!(p3.indicators[4].description.as_deref(), Some("防范较大及以上级别突发环境事件"));
    assert_eq!(p3.indicators[3].name, "项目支出控制");
    assert!(doc.projects.iter().flat_map(|p| &p.indicators).all(|i| i.extra.is_empty() && i.weight.is_none()));
}

#[test]
fn every_value_of_the_sample_parses_to_its_meaning() {
    let doc = sample();
    let all: Vec<_> = doc.projects.iter().flat_map(|p| &p.indicators).collect();
    assert_eq!(all.len(), 30);
    for i in &all {
        assert!(i.error().is_none(), "{} `{}`: {:?}", i.name, i.value(), i.error());
        assert!(i.threshold().is_some(), "{}", i.value());
    }
    let find = |value: &str| all.iter().find(|i| i.value() == value).and_then(|i| i.threshold().cloned()).expect(value);

    let t = find("≥513个");
    assert_eq!(t.comparator(), Some(Comparator::Ge));
    assert_eq!(t.quantity().map(|q| (q.normalized(), q.unit().to_string())), Some((dec("513"), "个".into())));
    assert_eq!(t.direction(), Direction::HigherIsBetter);

    let t = find("<2小时");
    assert_eq!(t.comparator(), Some(Comparator::Lt));
    assert_eq!(t.quantity().map(|q| (q.normalized(), q.unit().to_string())), Some((dec("2"), "小时".into())));
    assert_eq!(t.direction(), Direction::LowerIsBetter);

    let t = find("≥2万人");
    assert_eq!(t.quantity().map(|q| (q.value(), q.normalized(), q.unit().to_string())), Some((dec("2"), dec("20000"), "人".into())));

    let t = find("≤381万元");
    assert_eq!(t.quantity().map(|q| q.normalized()), Some(dec("3810000")));
    assert_eq!(t.direction(), Direction::LowerIsBetter);

    let t = find("100%");
    assert_eq!(t.comparator(), Some(Comparator::Eq));

    for (value, kind) in
        [("持续保障", QualitativeKind::Maintenance), ("持续保持", QualitativeKind::Maintenance), ("按时完成", QualitativeKind::Completion)]
    {
        match find(value) {
            Threshold::Qualitative(q) => assert_eq!((q.as_str(), q.kind()), (value, kind)),
            other => panic!("{value} parsed as {other:?}"),
        }
    }
}

#[test]
fn goal_lines_keep_their_numbering() {
    let doc = sample();
    assert_eq!(doc.projects[0].goals, ["1.目标内容1保证各业务系统正常运转、提高环境监管水平都会发挥重要作用。"]);
    assert_eq!(
        doc.projects[1].goals,
        ["1.有效降低网络及数据安全事件的发生，对已经产生的安全问题，根据相应预案，采取有效的措施，将安全问题造成的不良社会影响将到最低。"]
    );
    assert_eq!(
        doc.projects[2].goals,
        [
            "1.开展天津市企事业单位环境风险隐患排查抽查工作。",
            "2.按照《跨省流域上下游突发水污染事件联防联控框架协议》要求，完成京津冀联防联控相关工作。",
            "3.陆海统筹开展天津市突发环境事件应急演练。",
        ]
    );
    assert_eq!(doc.projects[3].goals.len(), 1);
    assert!(doc.projects[3].goals[0].starts_with("1.目标内容1提高当地危险废物管理科学化"));
}

#[test]
fn purpose_text_keeps_its_lines_and_stray_quotes() {
    let doc = sample();
    assert_eq!(
        doc.projects[2].purpose.lines().collect::<Vec<_>>(),
        [
            "（1）开展环境风险隐患排查抽查。",
            "（2）开展京津冀联合环境隐患排查和突发水环境事件联合应急演练。",
            "（3）陆海统筹开展天津市突发环境事件应急演练。"
        ]
    );
    assert_eq!(doc.projects[1].purpose, "用网络及数据安全保障，包括网络安全服务、安全设备特征库升级、数据备份及更换后备电池");
    assert_eq!(doc.projects[3].purpose, "完成“”天津市危险废物综合监管信息系统“”升级改造");
    assert!(doc.projects[0].purpose.starts_with("通过本项目实施，在保证各业务系统正常运转的同时"));
    assert_eq!(doc.projects[0].purpose.lines().count(), 1);
}

#[test]
fn any_number_of_projects_and_windows_line_endings() {
    let twice = format!("{SAMPLE}\n{SAMPLE}");
    let doc = docx_text::parse(&twice).expect("imports");
    assert_eq!(doc.projects.len(), 8);
    assert_eq!(doc.projects[4..], sample().projects[..]);

    let crlf = SAMPLE.replace('\n', "\r\n");
    assert_eq!(docx_text::parse(&crlf).expect("imports"), sample());
}

#[test]
fn projects_without_headings_split_at_their_name_rows() {
    let no_headings: String = SAMPLE.lines().filter(|l| !l.contains("[bookmark")).map(|l| format!("{l}\n")).collect();
    let doc = docx_text::parse(&no_headings).expect("imports");
    let full = sample();
    assert_eq!(doc.projects.len(), 4);
    for (got, want) in doc.projects.iter().zip(&full.projects) {
        assert_eq!(got.title, None);
        assert_eq!((&got.name, &got.budget, &got.indicators, &got.goals), (&want.name, &want.budget, &want.indicators, &want.goals));
    }
}

#[test]
fn import_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Imported>();
    check::<import::Diagnostic>();
    check::<import::ImportError>();
}
