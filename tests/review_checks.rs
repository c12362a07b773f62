//! Each review check: a case that triggers it and a near miss that does not.

use jixiao::review::{review, Code, Finding, Review, Reviewer};
use jixiao::Grade;
use jixiao::{Budget, Decimal, Indicator, Level1, Level2, Message, MoneyUnit, Project};
use jixiao::{Severity, Subject};

fn dec(s: &str) -> Decimal {
    Decimal::from_str_exact(s).unwrap()
}

fn row(l1: &str, l2: &str, name: &str, value: &str) -> Indicator {
    Indicator::new(Some(Level1::parse(l1).unwrap()), Some(Level2::parse(l2).unwrap()), name, value)
}

/// A clean table modelled on the sample's project 4 (budget 57.40 万元).
fn base() -> Project {
    let mut p = Project::new("天津市危险废物综合监管信息系统升级改造");
    p.budget = Budget::fiscal_only(dec("57.40"));
    p.indicators = vec![
        row("产出指标", "数量指标", "服务企业数量", "≥20000家"),
        row("效益指标", "生态效益指标", "规范化环境管理达标率", "≥90%"),
        row("满意度指标", "服务对象满意度指标", "危险废物产生单位满意度", "≥85%"),
    ];
    p
}

fn codes_of(p: &Project) -> Vec<Code> {
    review(p).into_findings().iter().map(|f| f.code()).collect()
}

/// The codes raised by the base table plus one row.
fn with(l1: &str, l2: &str, name: &str, value: &str) -> Vec<Code> {
    let mut p = base();
    p.indicators.push(row(l1, l2, name, value));
    codes_of(&p)
}

fn cost(value: &str) -> Vec<Code> {
    with("产出指标", "成本指标", "项目支出", value)
}

fn rate(value: &str) -> Vec<Code> {
    with("产出指标", "质量指标", "设备完好率", value)
}

#[test]
fn base_table_is_clean() {
    assert_eq!(review(&base()).into_findings(), vec![]);
    assert_eq!(review(&base()).grade(), Grade::Excellent);
}

#[test]
fn j001_budget_does_not_add_up() {
    let mut p = base();
    p.budget = Budget { total: Some(dec("100")), fiscal: Some(dec("80")), other: Some(dec("10")), ..Budget::default() };
    let f = review(&p).into_findings();
    assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::BudgetSum]);
    assert_eq!(f[0].subject(), &Subject::Project);
    assert!(f[0].zh().contains("预算数100万元不等于财政资金80万元与其他资金10万元之和（90万元）"), "{}", f[0].zh());
    assert!(f[0].en().contains("(= 90 万元)"), "{}", f[0].en());
    // near misses: parts that add up, scale ignored; no breakdown at all
    p.budget.other = Some(dec("20.00"));
    assert_eq!(codes_of(&p), []);
    p.budget.fiscal = None;
    p.budget.other = None;
    assert_eq!(codes_of(&p), []);
}

#[test]
fn j002_negative_amount() {
    let mut p = base();
    p.budget = Budget { total: Some(dec("95")), fiscal: Some(dec("100")), other: Some(dec("-5")), ..Budget::default() };
    let f = review(&p).into_findings();
    assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::NegativeAmount]);
    assert!(f[0].zh().starts_with("其他资金为负数（-5万元）"), "{}", f[0].zh());
    p.budget = Budget { total: Some(dec("95")), fiscal: Some(dec("95")), other: Some(dec("-0")), ..Budget::default() };
    assert_eq!(codes_of(&p), []);
}

#[test]
fn j003_missing_or_zero_budget() {
    let mut p = base();
    p.budget = Budget::default();
    assert_eq!(codes_of(&p), [Code::MissingBudget]);
    p.budget = Budget::fiscal_only(Decimal::ZERO);
    assert_eq!(codes_of(&p), [Code::MissingBudget]);
    // near miss: a source without a budget, reviewed with budget checks off
    assert_eq!(Reviewer::new().check_budget(false).review(&p).into_findings(), vec![]);
}

#[test]
fn j004_no_indicators() {
    let mut p = base();
    p.indicators.clear();
    assert_eq!(codes_of(&p), [Code::NoIndicators]);
    assert_eq!(review(&p).grade(), Grade::Poor);
    p.indicators.push(row("产出指标", "数量指标", "设备数量", "≥1套"));
    assert!(!codes_of(&p).contains(&Code::NoIndicators));
}

#[test]
fn j005_missing_name() {
    assert_eq!(with("效益指标", "生态效益指标", "", "生态修复功能提高"), [Code::MissingName]);
    assert_eq!(with("效益指标", "生态效益指标", "生态修复功能", "生态修复功能提高"), []);
}

#[test]
fn j006_missing_value() {
    assert_eq!(with("产出指标", "数量指标", "设备更新改造", ""), [Code::MissingValue]);
    assert_eq!(with("产出指标", "数量指标", "设备更新改造", "/"), [Code::MissingValue]);
    assert_eq!(with("产出指标", "数量指标", "设备更新改造", "≥1套"), []);
}

#[test]
fn j007_unparsed_value_quotes_the_parser() {
    let mut p = base();
    p.indicators.push(row("产出指标", "数量指标", "服务对象数量", "≥2x万"));
    let f = review(&p).into_findings();
    assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::UnparsedValue]);
    // the Chinese text says where in Chinese: no English inside it
    assert!(f[0].zh().contains("「≥2x万」无法解析（第3个字符处"), "{}", f[0].zh());
    assert!(!f[0].zh().contains("expected"), "{}", f[0].zh());
    assert!(f[0].en().contains("(expected a unit, a range or the end at character 3 (byte offset 4))"), "{}", f[0].en());
    assert_eq!(with("产出指标", "数量指标", "服务对象数量", "≥2万人"), []);
}

#[test]
fn j008_level2_under_the_wrong_level1() {
    let mut p = base();
    p.indicators.push(row("效益指标", "数量指标", "培训人数", "≥100人"));
    let f = review(&p).into_findings();
    assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::LevelMismatch]);
    assert!(f[0].zh().starts_with("二级指标「数量指标」应属于「产出指标」，却列在「效益指标」下"), "{}", f[0].zh());
    assert_eq!(with("产出指标", "数量指标", "培训人数", "≥100人"), []);
    // the older template's 满意度 under 效益, and 成本 under level-1 成本
    assert_eq!(with("效益指标", "服务对象满意度指标", "学员满意度", "≥95%"), []);
    assert_eq!(with("成本指标", "成本指标", "项目支出", "≤50万元"), []);
}

#[test]
fn j009_j010_unknown_level_names() {
    assert_eq!(with("过程指标", "数量指标", "设备数量", "≥1套"), [Code::UnknownLevel1]);
    assert_eq!(with("产出指标", "过程管理", "设备数量", "≥1套"), [Code::UnknownLevel2]);
    // near misses: spaces, weights, traditional characters and pinyin artifacts
    assert_eq!(with("产 出 指 标 (50分)", "數(shù)量指標(biāo)", "设备数量", "≥1套"), []);
    assert_eq!(with("產(chǎn)出指標(biāo)", "数量指标", "设备数量", "≥1套"), []);
}

#[test]
fn j011_cost_above_the_budget() {
    // 57.40 万元 budget
    assert_eq!(cost("≤55.8万元"), []);
    assert_eq!(cost("≤57.40万元"), []);
    assert_eq!(cost("≤574000元"), []);
    assert_eq!(cost("≤57.41万元"), [Code::CostOverBudget]);
    assert_eq!(cost("≤574001元"), [Code::CostOverBudget]);
    assert_eq!(cost("50-60万元"), [Code::CostOverBudget]);
    // a standard per person is not an amount
    assert_eq!(cost("3000元/人"), []);
    // a bare 万 in a cost row is 元; a bare number is not compared (it lacks its unit: J030)
    assert_eq!(cost("≤60万"), [Code::CostOverBudget]);
    assert_eq!(cost("≤50万"), []);
    assert_eq!(cost("≤600000"), [Code::MissingUnit]);
    let mut p = base();
    p.budget = Budget::fiscal_only(dec("381"));
    p.indicators.push(row("产出指标", "成本指标", "运行维护费用", "≤620万元"));
    let f = review(&p).into_findings();
    assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::CostOverBudget]);
    assert_eq!(f[0].subject(), &Subject::Indicator { index: 3, name: "运行维护费用".into() });
    assert!(f[0].zh().contains("为620万元，超过项目预算数381万元"), "{}", f[0].zh());
    // a budget in 元
    p.budget = Budget { money_unit: MoneyUnit::Yuan, ..Budget::fiscal_only(dec("6200000")) };
    assert_eq!(codes_of(&p), []);
    // under level-1 成本指标
    assert_eq!(with("成本指标", "经济成本指标", "设备购置成本", "≤60万元"), [Code::CostOverBudget]);
}

#[test]
fn j012_cost_written_as_a_lower_bound() {
    let f = cost("≥50万元");
    assert_eq!(f, [Code::CostLowerBound]);
    assert_eq!(cost(">3000元/人"), [Code::CostLowerBound]);
    assert_eq!(cost("≤50万元"), []);
    assert_eq!(cost("50万元"), []);
    assert_eq!(cost("≥50万"), [Code::CostLowerBound]);
    // a rate under 成本指标 is not money (no J012), and no cost either (J031)
    assert_eq!(with("产出指标", "成本指标", "生均补助标准达标率", "≥95%"), [Code::CostNotAmount]);
}

#[test]
fn j013_rate_not_a_percentage() {
    let mut p = base();
    p.indicators.push(row("产出指标", "时效指标", "响应及时率", "<2小时"));
    let f = review(&p).into_findings();
    assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::RateNotPercentage]);
    assert!(f[0].zh().contains("指标值「<2小时」用的是时间单位"), "{}", f[0].zh());
    assert_eq!(rate("≥85"), [Code::RateNotPercentage]);
    assert_eq!(rate("有所降低"), [Code::RateNotPercentage]);
    assert_eq!(with("满意度指标", "服务对象满意度指标", "群众幸福感", "明显提升"), [Code::RateNotPercentage]);
    // (filed under 社会效益, it is also misfiled: J028)
    assert_eq!(with("效益指标", "社会效益指标", "群众满意程度", "较高"), [Code::RateNotPercentage, Code::SatisfactionMisfiled]);
    // near misses
    assert_eq!(rate("≤5%"), []);
    assert_eq!(rate("≤5‰"), []);
    assert_eq!(with("产出指标", "时效指标", "响应时间", "<2小时"), []);
    assert_eq!(with("产出指标", "质量指标", "巡查频率", "≥1次/月"), []);
    assert_eq!(with("效益指标", "经济效益指标", "基金放大倍数", "≥2倍"), []);
    assert_eq!(with("满意度指标", "服务对象满意度指标", "有效投诉次数", "≤3次"), []);
}

#[test]
fn j014_rate_above_100() {
    assert_eq!(rate("≥105%"), [Code::RateAbove100]);
    assert_eq!(rate(">100%"), [Code::RateAbove100]);
    assert_eq!(rate("90%-110%"), [Code::RateAbove100]);
    assert_eq!(with("满意度指标", "服务对象满意度指标", "学生满意度", "≥100.5%"), [Code::RateAbove100]);
    assert_eq!(rate("≥100%"), []);
    assert_eq!(rate("100%"), []);
    assert_eq!(with("效益指标", "经济效益指标", "产值增长率", "≥120%"), []);
}

#[test]
fn j015_target_that_cannot_fail() {
    assert_eq!(with("产出指标", "数量指标", "设备数量", "≥0"), [Code::CannotFail]);
    assert_eq!(with("产出指标", "数量指标", "设备数量", "≥0套"), [Code::CannotFail]);
    assert_eq!(rate("≥0%"), [Code::CannotFail]);
    assert_eq!(rate("≤100%"), [Code::CannotFail]);
    assert_eq!(rate("0%-100%"), [Code::CannotFail]);
    // near misses
    assert_eq!(with("产出指标", "数量指标", "设备数量", ">0套"), []);
    assert_eq!(rate("<100%"), []);
    assert_eq!(rate("≤99%"), []);
    assert_eq!(rate("≤0%"), []);
    assert_eq!(rate("0%-99%"), []);
}

#[test]
fn j016_quantity_stated_as_text() {
    assert_eq!(with("产出指标", "数量指标", "宣传教育", "覆盖全区所有人员"), [Code::QualitativeQuantity]);
    assert_eq!(with("产出指标", "数量指标", "宣传教育", "≥3场"), []);
    assert_eq!(with("产出指标", "质量指标", "宣传教育", "覆盖全区所有人员"), []);
}

#[test]
fn j017_timeliness_without_date_duration_or_rate() {
    let t = |v: &str| with("产出指标", "时效指标", "系统升级改造", v);
    assert_eq!(t("按时完成"), [Code::TimelinessUnmeasured]);
    assert_eq!(t("≥3次"), [Code::TimelinessUnmeasured]);
    assert_eq!(t("1-6期培训结束后及时考核"), [Code::TimelinessUnmeasured]);
    assert_eq!(t("12月底前"), []);
    assert_eq!(t("2023.07-2024.01"), []);
    assert_eq!(t("≤24小时"), []);
    assert_eq!(t("≤3个工作日"), []);
    assert_eq!(t("100%"), []);
    assert_eq!(t("12月底前100%到位"), []);
    assert_eq!(t("3个工作日内办结"), []);
}

#[test]
fn j018_money_or_time_on_a_count() {
    let mut p = base();
    p.indicators.push(row("效益指标", "社会效益指标", "受益人数", "≥5万元"));
    let f = review(&p).into_findings();
    assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::UnitMismatch]);
    assert!(f[0].zh().contains("却用了金额单位"), "{}", f[0].zh());
    assert_eq!(with("产出指标", "数量指标", "巡查次数", "≤2小时"), [Code::UnitMismatch]);
    assert_eq!(with("产出指标", "数量指标", "培训人次", "≥3天"), [Code::UnitMismatch]);
    // near misses
    assert_eq!(with("效益指标", "社会效益指标", "受益人数", "≥5万人"), []);
    assert_eq!(with("产出指标", "数量指标", "免费开放天数", "≥300天"), []);
    assert_eq!(with("产出指标", "成本指标", "不超过预算数", "≤50万元"), []);
    assert_eq!(with("产出指标", "数量指标", "贷款发放额", "4000万元"), []);
}

#[test]
fn j019_j020_duplicates() {
    let mut p = base();
    p.indicators.push(row("产出指标", "数量指标", "服务企业数量", "≥20000家"));
    let f = review(&p).into_findings();
    assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::DuplicateIndicator]);
    assert_eq!(f[0].subject().index(), Some(3));
    assert!(f[0].zh().starts_with("与指标1重复"), "{}", f[0].zh());
    // same meaning, written differently
    assert_eq!(with("产出指标", "数量指标", "服务企业 数量", "不少于20000家"), [Code::DuplicateIndicator]);
    // same name, another value: a note
    let f = with("产出指标", "数量指标", "服务企业数量", "≥30000家");
    assert_eq!(f, [Code::SameName]);
    assert_eq!(Code::SameName.severity(), Severity::Note);
    // near miss: another name; two empty names are not duplicates of each other
    assert_eq!(with("产出指标", "数量指标", "服务单位数量", "≥20000家"), []);
    let mut p = base();
    p.indicators.push(row("效益指标", "生态效益指标", "", "持续发展"));
    p.indicators.push(row("效益指标", "生态效益指标", "", "持续发展"));
    assert_eq!(codes_of(&p), [Code::MissingName, Code::MissingName]);
}

#[test]
fn j021_j022_no_benefit_or_satisfaction() {
    let mut p = base();
    p.indicators.push(row("产出指标", "质量指标", "验收通过率", "≥95%"));
    p.indicators.remove(1);
    assert_eq!(codes_of(&p), [Code::NoBenefit]);
    p.indicators.remove(1);
    assert_eq!(codes_of(&p), [Code::NoBenefit, Code::NoSatisfaction, Code::TooFewIndicators]);
    // near misses: the level 1 inferred from the level 2; 满意度 as a level 2 under 效益
    let mut q = base();
    q.indicators[1].level1 = None;
    q.indicators[2] = row("效益指标", "服务对象满意度指标", "学员满意度", "≥95%");
    assert_eq!(codes_of(&q), []);
}

#[test]
fn j023_too_few_indicators_is_a_local_rule() {
    let mut p = base();
    assert_eq!(codes_of(&p), []);
    assert_eq!(
        Reviewer::new().min_indicators(4).review(&p).into_findings().iter().map(|f| f.code()).collect::<Vec<_>>(),
        [Code::TooFewIndicators]
    );
    p.indicators.push(row("产出指标", "质量指标", "验收通过率", "≥95%"));
    assert_eq!(Reviewer::new().min_indicators(4).review(&p).into_findings(), vec![]);
    p.indicators.truncate(2);
    let f = Reviewer::new().review(&p).into_findings();
    assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::NoSatisfaction, Code::TooFewIndicators]);
    assert!(f[1].zh().starts_with("只有2个绩效指标，少于要求的3个"), "{}", f[1].zh());
    assert_eq!(Reviewer::new().min_indicators(0).skip(Code::NoSatisfaction).review(&p).into_findings(), vec![]);
}

#[test]
fn findings_are_ordered_project_first_then_by_row() {
    let mut p = base();
    p.budget.total = None;
    p.indicators.insert(0, row("效益指标", "数量指标", "培训人数", "≥0人"));
    p.indicators.push(row("产出指标", "时效指标", "响应及时率", "按时完成"));
    let f = review(&p).into_findings();
    let got: Vec<(Option<usize>, Code)> = f.iter().map(|f| (f.subject().index(), f.code())).collect();
    assert_eq!(
        got,
        [
            (None, Code::MissingBudget),
            (Some(0), Code::LevelMismatch),
            (Some(0), Code::CannotFail),
            (Some(4), Code::RateNotPercentage),
            (Some(4), Code::TimelinessUnmeasured),
        ]
    );
}

#[test]
fn codes_are_stable_and_numbered_without_gaps() {
    let printed: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    let expected: Vec<String> = (1..=35).map(|n| format!("J{n:03}")).collect();
    assert_eq!(printed, expected);
    for c in Code::ALL {
        assert_eq!(Code::parse(c.as_str()), Ok(*c));
        assert_eq!(Code::parse(&c.as_str().to_lowercase()), Ok(*c));
        assert!(!c.title().is_empty());
    }
    assert_eq!(Code::parse("J036").map_err(|e| e.kind()), Err(jixiao::ParseErrorKind::UnknownCode));
    assert_eq!("j013".parse::<Code>(), Ok(Code::RateNotPercentage));
    let errors: Vec<&str> = Code::ALL.iter().filter(|c| c.severity() == Severity::Error).map(|c| c.as_str()).collect();
    assert_eq!(errors, ["J001", "J002", "J003", "J004", "J005", "J006", "J007", "J008", "J011", "J014", "J025", "J034"]);
}

#[test]
fn every_message_is_bilingual() {
    let mut p = base();
    p.budget = Budget { total: Some(dec("-1")), fiscal: Some(dec("2")), other: None, ..Budget::default() };
    for (l1, l2, name, value) in [
        ("过程指标", "过程管理", "", ""),
        ("产出指标", "数量指标", "x", "≥2x万"),
        ("效益指标", "数量指标", "受益人数", "≥5万元"),
        ("产出指标", "成本指标", "支出", "≥60万元"),
        ("产出指标", "时效指标", "响应及时率", "<2小时"),
        ("产出指标", "质量指标", "合格率", "≥105%"),
        ("产出指标", "质量指标", "合格率", "≤100%"),
        ("产出指标", "数量指标", "宣传", "持续开展"),
        ("产出指标", "时效指标", "完成", "按时"),
        ("产出指标", "数量指标", "宣传", "持续开展"),
        ("顼目产出", "工作时效性", "完成时间", "12月底前"),
        ("产出指标", "质量指标", "安全事故发生率", "≥1%"),
        ("产出指标", "数量指标", "示范村数量", "≤4个"),
        ("产出指标", "数量指标", "业务工作支出安排金额", "28.8万元"),
        ("产出指标", "质量指标", "用户满意率", "≥90%"),
        ("效益指标", "社会效益指标", "道路维修次数", "≥10次"),
        ("产出指标", "数量指标", "新建中心数量", "1"),
        ("产出指标", "成本指标", "项目成本", "按标准执行"),
        ("效益指标", "经济效益指标", "带动农户增收", "否"),
        ("产出指标", "时效指标", "项目完成及时率", "100%"),
        ("产出指标", "时效指标", "完成及时率", "100%"),
        ("效益指标", "社会效益指标", "受益农户户数", "≥300人次"),
        ("产出指标", "数量指标", "", "≥1套"),
        ("产出指标", "数量指标", "设备更新数量", ""),
    ] {
        p.indicators.push(row(l1, l2, name, value));
    }
    let f = review(&p).into_findings();
    let seen: std::collections::BTreeSet<Code> = f.iter().map(|f| f.code()).collect();
    assert!(seen.len() >= 28, "{seen:?}");
    for f in &f {
        assert!(f.zh().chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{f}");
        assert!(f.en().split_whitespace().filter(|w| w.chars().all(|c| c.is_ascii_alphabetic())).count() >= 4, "{}", f.en());
        assert!(f.en().starts_with(|c: char| c.is_ascii_lowercase() || c == '`'), "{}", f.en());
        assert_eq!(f.severity(), f.code().severity());
    }
}

#[test]
fn grade_rule() {
    let f = |code: Code| Finding::new(code, Subject::Project, Message::chinese("").english(""));
    let n = |code: Code, k: usize| vec![f(code); k];
    assert_eq!(Review::grade_of(&n(Code::SameName, 10)), Grade::Excellent);
    assert_eq!(Review::grade_of(&n(Code::NoBenefit, 3)), Grade::Good);
    assert_eq!(Review::grade_of(&n(Code::NoBenefit, 4)), Grade::Fair);
    assert_eq!(Review::grade_of(&n(Code::BudgetSum, 1)), Grade::Fair);
    assert_eq!(Review::grade_of(&n(Code::BudgetSum, 2)), Grade::Fair);
    assert_eq!(Review::grade_of(&n(Code::BudgetSum, 3)), Grade::Poor);
    assert_eq!(Review::grade_of(&n(Code::NoIndicators, 1)), Grade::Poor);
    assert_eq!([Grade::Excellent, Grade::Good, Grade::Fair, Grade::Poor].map(|g| g.to_string()), ["优", "良", "中", "差"]);
    assert!(!Grade::Good.needs_revision() && Grade::Fair.needs_revision());
}

#[test]
fn review_display_lists_findings() {
    let mut p = base();
    p.indicators.push(row("产出指标", "时效指标", "响应及时率", "<2小时"));
    let text = review(&p).to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "「天津市危险废物综合监管信息系统升级改造」审核结论：良（错误0，警告1，提示0）");
    assert!(lines[1].starts_with("  1. J013 警告 指标4「响应及时率」：「响应及时率」是比率或满意度指标"), "{}", lines[1]);
    assert!(lines[2].starts_with("     `响应及时率` is a rate or satisfaction indicator"), "{}", lines[2]);
    assert_eq!(lines.len(), 3);
    assert_eq!(
        review(&base()).to_string(),
        "「天津市危险废物综合监管信息系统升级改造」审核结论：优（错误0，警告0，提示0）\n  未发现问题 / no findings\n"
    );
}

#[test]
fn extreme_amounts_do_not_panic() {
    let mut p = base();
    p.budget = Budget {
        total: Some(Decimal::MAX),
        fiscal: Some(Decimal::MAX),
        other: Some(Decimal::MAX),
        executed: Some(Decimal::MIN),
        money_unit: MoneyUnit::WanYuan,
    };
    p.indicators.push(row("产出指标", "成本指标", "支出", "≤79228162514264337593543950335亿元"));
    p.indicators.push(row("产出指标", "质量指标", "合格率", "≥79228162514264337593543950335%"));
    let codes = codes_of(&p);
    assert!(codes.contains(&Code::BudgetSum) && codes.contains(&Code::NegativeAmount), "{codes:?}");
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Finding>();
    check::<Review>();
    check::<Reviewer>();
    check::<Code>();
}

#[cfg(feature = "serde")]
#[test]
fn serde_uses_the_code_string() {
    let mut p = base();
    p.indicators.push(row("产出指标", "时效指标", "响应及时率", "<2小时"));
    let r = review(&p);
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["grade"], "good");
    assert_eq!(json["findings"][0]["code"], "J013");
    assert_eq!(json["findings"][0]["severity"], "warning");
    assert_eq!(json["findings"][0]["subject"], serde_json::json!({"kind": "indicator", "index": 3, "name": "响应及时率"}));
    let back: Review = serde_json::from_value(json).unwrap();
    assert_eq!(back, r);
}

#[cfg(feature = "schemars")]
#[test]
fn review_has_a_json_schema_listing_the_codes() {
    let schema = jixiao::schema::document_schema("Review").unwrap().to_string();
    for code in Code::ALL {
        assert!(schema.contains(&format!("\"{}\"", code.as_str())), "{code}");
    }
    assert!(schema.contains("\"excellent\"") && schema.contains("\"indicator\""), "{schema}");
}
