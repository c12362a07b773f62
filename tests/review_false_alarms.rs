//! False alarms the review no longer raises, each on a table of the shape real tables have, with
//! the findings it does raise listed exactly.

use jixiao::import;
use jixiao::review::{review, Code, Finding, Reviewer};
use jixiao::{Budget, Decimal, Indicator, Level1, Level2, Project};

fn codes(findings: &[Finding]) -> Vec<(Option<usize>, Code)> {
    findings.iter().map(|f| (f.subject().index(), f.code())).collect()
}

fn row(l1: &str, l2: &str, name: &str, value: &str) -> Indicator {
    let l1 = (!l1.is_empty()).then(|| Level1::parse(l1).unwrap());
    let l2 = (!l2.is_empty()).then(|| Level2::parse(l2).unwrap());
    Indicator::new(l1, l2, name, value)
}

fn project(rows: Vec<Indicator>) -> Project {
    let mut p = Project::new("x");
    p.budget = Budget::fiscal_only(Decimal::new(880, 0));
    p.indicators = rows;
    p
}

/// The table of 天长市 (data/tables/07.txt): the level-1 names were lost on the page and only
/// the weights `(50分)`, `（30分）` stand in their cells. They are empty cells with a weight: the
/// level 1 comes from the level 2, the weight is kept, and no name is reported as non-standard.
#[test]
fn a_level1_cell_holding_only_a_weight() {
    let text = "项目名称\t水旱灾害防御经费\n\
        一级指标\t二级指标\t三级指标\t指标值\t分值\n\
        (50分)\t数量指标\t指标1:完成中型灌区节水改造项目数量\t1个\t10\n\
        \t质量指标\t指标1:工程质量合格\t合格\t10\n\
        \t成本指标\t指标1:资金执行在预算范围内\t≤880万元\t10\n\
        （30分）\t经济效益指标\t指标1:全市安全度汛\t安全度汛\t10\n\
        \t社会效益指标\t指标1:保护全市人口财产不受损失\t不受损失\t10\n\
        满意度指标(10分)\t服务对象满意度指标\t指标1:服务对象满意度\t90%\t10\n";
    let doc = import::parse_text(text).unwrap();
    assert_eq!(doc.diagnostics, vec![]);
    let p = &doc.projects[0];
    let levels: Vec<(Option<&Level1>, Option<&Level2>)> = p.indicators.iter().map(|i| (i.level1.as_ref(), i.level2.as_ref())).collect();
    use Level1::*;
    assert_eq!(
        levels,
        [
            (Some(&Output), Some(&Level2::Quantity)),
            (Some(&Output), Some(&Level2::Quality)),
            (Some(&Output), Some(&Level2::Cost)),
            (Some(&Benefit), Some(&Level2::Economic)),
            (Some(&Benefit), Some(&Level2::Social)),
            (Some(&Satisfaction), Some(&Level2::Satisfaction)),
        ]
    );
    let weights: Vec<Option<&str>> = p.indicators.iter().map(|i| i.extra.get("一级指标分值").map(String::as_str)).collect();
    assert_eq!(weights, [Some("50"), None, None, Some("30"), None, Some("10")]);
    assert_eq!(codes(&Reviewer::new().check_budget(false).review(p).into_findings()), []);
}

/// Template notes left in level names (`数量指标(必填硬性指标)`, `质量指标（选填）`, `(必填)`).
#[test]
fn template_notes_in_level_names() {
    let p = project(vec![
        row("产出指标(必填)", "数量指标(必填硬性指标)", "设备更新改造", "≥1套"),
        row("产出指标(必填)", "质量指标（选填）", "验收通过率", "≥95%"),
        row("产出指标(必填)", "时效指标(必填)", "完成时间", "12月底前"),
        row("产出指标(必填)", "成本指标（必填）", "设备购置成本", "≤880万元"),
        row("效益指标（必填）", "社会效益指标(选填)", "受益人数", "≥1000人"),
        row("满意度指标(必填)", "服务对象满意度指标(必填)", "服务对象满意度", "≥90%"),
    ]);
    assert_eq!(codes(&review(&p).into_findings()), []);
    // a cell holding only the note is no name: the importer fills it from the row above
    let text =
        "项目名称\tx\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t设备更新改造\t≥1套\n(必填)\t(必填)\t设备验收数量\t≥1套\n";
    let doc = import::parse_text(text).unwrap();
    assert_eq!(doc.diagnostics, vec![]);
    let second = &doc.projects[0].indicators[1];
    assert_eq!((second.level1.as_ref(), second.level2.as_ref()), (Some(&Level1::Output), Some(&Level2::Quantity)));
}

/// Near-standard names and the `…值` forms.
#[test]
fn near_standard_level_names() {
    let p = project(vec![
        row("产出值", "数量指标", "设备更新改造", "≥1套"),
        row("效益值", "可持续性发展影响指标", "设备使用年限", "≥5年"),
        row("效益值", "社会效益指标", "受益人数", "≥1000人"),
        row("满意度指标", "服务对象或受益者满意度指标", "受益者满意度", "≥90%"),
    ]);
    assert_eq!(codes(&review(&p).into_findings()), []);
    let levels: Vec<(Level1, Level2)> = p.indicators.iter().map(|i| (i.level1.clone().unwrap(), i.level2.clone().unwrap())).collect();
    assert_eq!(levels[1], (Level1::Benefit, Level2::Sustainability));
    assert_eq!(levels[3], (Level1::Satisfaction, Level2::Satisfaction));
}

/// `顼目产出` for 项目产出 on every row of the 产出 block: one note naming the name assumed, and
/// the rows are reviewed as 产出 (the cost floor below is still caught).
#[test]
fn a_one_character_slip_is_one_note() {
    let p = project(vec![
        row("顼目产出", "数量指标", "设备更新改造", "≥1套"),
        row("顼目产出", "质量指标", "验收通过率", "≥95%"),
        row("顼目产出", "成本指标", "设备购置成本", "≥10万元"),
        row("效益指标", "社会效益指标", "受益人数", "≥1000人"),
        row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ]);
    let f = review(&p).into_findings();
    assert_eq!(codes(&f), [(Some(0), Code::LevelNameSlip), (Some(2), Code::CostLowerBound)]);
    assert_eq!(
        f[0].zh(),
        "一级指标「顼目产出」（3行）与规范名称「项目产出」只差一个字，疑为录入或识别笔误，已按「产出指标」审核；请核对并改正。"
    );
    assert_eq!(f[0].severity(), jixiao::Severity::Note);
}

/// A non-standard name is reported once per table and name, on its first row, with the count.
#[test]
fn a_non_standard_name_once_per_table() {
    let p = project(vec![
        row("产出指标", "数量指标", "设备更新改造", "≥1套"),
        row("过程指标", "资金管理", "资金到位率", "100%"),
        row("过程指标", "资金管理", "资金支出合规率", "100%"),
        row("过 程 指 标", "组织实施", "制度执行率", "100%"),
        row("效益指标", "社会效益指标", "受益人数", "≥1000人"),
        row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ]);
    let f = review(&p).into_findings();
    assert_eq!(codes(&f), [(Some(1), Code::UnknownLevel1), (Some(1), Code::UnknownLevel2), (Some(3), Code::UnknownLevel2)]);
    assert!(f[0].zh().starts_with("一级指标「过程指标」（3行）不在规范体系内"), "{}", f[0].zh());
    assert!(f[1].zh().starts_with("二级指标「资金管理」（2行）不在规范体系内"), "{}", f[1].zh());
}

/// An unrecognised level name keeps the level-based checks on for the rows under it: the level
/// is read from a key word in the name (`时效` in `工作时效性`, `成本` in `项目成本控制`), or, for an
/// odd level 1, from its level 2.
#[test]
fn an_odd_level_name_keeps_the_level_checks() {
    let p = project(vec![
        row("产出指标", "数量指标", "设备更新改造", "≥1套"),
        row("产出指标", "工作时效性", "完成时间", "按时完成"),
        row("项目成本控制", "资金使用", "设备购置成本", "≥10万元"),
        row("过程指标", "成本指标", "运维成本", "≥5万元"),
        row("效益指标", "社会效益指标", "受益人数", "≥1000人"),
        row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ]);
    let f = review(&p).into_findings();
    assert_eq!(
        codes(&f),
        [
            (Some(1), Code::UnknownLevel2),
            (Some(1), Code::TimelinessUnmeasured),
            (Some(2), Code::UnknownLevel1),
            (Some(2), Code::UnknownLevel2),
            (Some(2), Code::CostLowerBound),
            (Some(3), Code::UnknownLevel1),
            (Some(3), Code::CostLowerBound),
        ]
    );
    assert!(f[0].zh().contains("按名称中的「时效」视为「时效指标」审核"), "{}", f[0].zh());
    assert!(f[2].zh().contains("按名称中的「成本」视为「成本指标」审核"), "{}", f[2].zh());
}

/// A table without level columns: 效益 and 满意度 indicators are recognised by their names before
/// the table is said to have none.
#[test]
fn whole_table_checks_read_names_when_there_are_no_levels() {
    let p =
        project(vec![row("", "", "新建水泥路长度", "≥2km"), row("", "", "带动就业人数", "≥50人"), row("", "", "受益群众满意率", "≥90%")]);
    assert_eq!(codes(&review(&p).into_findings()), []);
    // without them, both are missing
    let q = project(vec![row("", "", "新建水泥路长度", "≥2km"), row("", "", "验收合格率", "100%"), row("", "", "完成时间", "12月底前")]);
    assert_eq!(codes(&review(&q).into_findings()), [(None, Code::NoBenefit), (None, Code::NoSatisfaction)]);
}

/// An excerpt (one block of a larger table) is reviewed with `whole_table(false)`: what may be
/// in the part not seen is not reported.
#[test]
fn excerpts_skip_the_whole_table_checks() {
    // the 产出 block of www.ahjinzhai.gov.cn (real-values.tsv), units added
    let p = project(vec![
        row("产出指标", "数量指标", "指标2:建设美丽宜居自然村庄数量", "≥200个"),
        row("产出指标", "质量指标", "指标1:美丽宜居自然村庄验收通过率", "≥95%"),
    ]);
    assert_eq!(codes(&review(&p).into_findings()), [(None, Code::NoBenefit), (None, Code::NoSatisfaction), (None, Code::TooFewIndicators)]);
    assert_eq!(codes(&Reviewer::new().whole_table(false).review(&p).into_findings()), []);
}

/// A parent row whose value sits on the rows under it (其中…) is not missing a value; a
/// template row left blank (`指标1:` and `/`, a level the project does not use) is no
/// indicator at all.
#[test]
fn parent_rows_and_blank_template_rows() {
    // www.ahxx.gov.cn (real-values.tsv), with the parent's total left to its children
    let p = project(vec![
        row("产出指标", "数量指标", "★补助各类瓜果蔬菜种植面积", ""),
        row("产出指标", "数量指标", "其中桃树种植面积", "1.5亩"),
        row("产出指标", "数量指标", "其中苹果树种植面积", "5亩"),
        row("产出指标", "数量指标", "★补助家畜家禽养殖数量", ""),
        row("产出指标", "数量指标", "（1）羊养殖数量", "180只"),
        row("产出指标", "数量指标", "（2）猪养殖数量", "12头"),
        // data/self_eval/07-tianchang.tsv: 生态效益 not used
        row("效益指标", "生态效益指标", "指标1:", "/"),
        row("效益指标", "经济效益指标", "特色产业带动增加受益农户收入", "≥11.376万元"),
        row("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥95%"),
    ]);
    assert_eq!(codes(&review(&p).into_findings()), []);
    // near misses: an empty row with nothing under it, and a named row with `/`
    let mut q = p.clone();
    q.indicators.remove(1);
    q.indicators.remove(1);
    q.indicators.push(row("效益指标", "社会效益指标", "群众生活条件改善", "/"));
    assert_eq!(codes(&review(&q).into_findings()), [(Some(0), Code::MissingValue), (Some(7), Code::MissingValue)]);
}

/// A rate per time (`1次/月`, `2次/年`) is a time standard for a 时效指标.
#[test]
fn rates_per_time_are_timeliness() {
    let t = |v: &str| {
        let p = project(vec![
            row("产出指标", "时效指标", "设备巡检频次", v),
            row("效益指标", "社会效益指标", "受益人数", "≥1000人"),
            row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
        ]);
        codes(&review(&p).into_findings())
    };
    assert_eq!(t("1次/月"), []);
    assert_eq!(t("≥2次/年"), []);
    assert_eq!(t("≥1次/周"), []);
    // and in words (real: monopolymediamarketing.com)
    assert_eq!(t("按月安排"), []);
    assert_eq!(t("每季度巡检一次"), []);
    assert_eq!(t("≥3次"), [(Some(0), Code::TimelinessUnmeasured)]);
    assert_eq!(t("定期巡检"), [(Some(0), Code::TimelinessUnmeasured)]);
    assert_eq!(t("≥3次/人"), [(Some(0), Code::TimelinessUnmeasured)]);
}

/// A unit with no number (`公里`) is a value that does not parse (J007), not a qualitative one
/// (J016).
#[test]
fn a_unit_without_its_number_is_unparsed() {
    let p = project(vec![
        row("产出指标", "数量指标", "新建水泥路长度", "公里"),
        row("效益指标", "社会效益指标", "受益人数", "≥1000人"),
        row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ]);
    let f = review(&p).into_findings();
    assert_eq!(codes(&f), [(Some(0), Code::UnparsedValue)]);
    assert_eq!(p.indicators[0].error().map(|e| e.kind()), Some(jixiao::ParseErrorKind::MissingNumber));
    assert!(f[0].zh().contains("「公里」无法解析（第1个字符处"), "{}", f[0].zh());
}

/// Issue 21's false alarms, each in its family of spellings: the unit in the template's name,
/// a zero rate, a cost sentence that states the amount, a row that does not apply.
#[test]
fn issue_21_false_alarms_are_gone() {
    // the findings on the row (a table of one row lacks benefit and satisfaction rows as well)
    let only =
        |rows: Vec<Indicator>| codes(&review(&project(rows)).into_findings()).into_iter().filter(|(i, _)| i.is_some()).collect::<Vec<_>>();
    // the unit in the name, in either kind of parentheses
    for (name, value) in
        [("实施营造林总面积(亩)", "80000"), ("修建作业道长度（公里）", "30"), ("受益人数(人)", "132"), ("资金到位率(%)", "100")]
    {
        let r = row("产出指标", "数量指标", name, value);
        assert_eq!(only(vec![r.clone()]), [], "{name} = {value}");
        assert!(r.target().unwrap().unit().is_some_and(|u| !u.is_none()), "{name}: the scorer and monitor see the unit");
    }
    // a zero needs no %
    for name in ["明显变质比例", "粮食霉变率", "安全事故发生率"] {
        assert_eq!(only(vec![row("产出指标", "质量指标", name, "0")]), [], "{name}");
    }
    // a cost sentence that states the amount
    for value in ["严格按照预算标准1000元/人给补助对象兑付补助", "按每人每年1.2万元标准发放"] {
        assert_eq!(only(vec![row("产出指标", "成本指标", "补助标准", value)]), [], "{value}");
    }
    // a row that says it does not apply
    assert_eq!(only(vec![row("效益指标", "生态效益指标", "本项目不适用此指标", "无")]), []);
}

/// A parent row that holds only its weight, its children marked with ★ or 其中, is a group, not
/// an empty indicator.
#[test]
fn issue_21_parent_rows_are_groups() {
    for mark in ["★", "☆", "其中：", "（1）"] {
        let mut parent = row("产出指标", "数量指标", "发放补助", "");
        parent.weight = Some(Decimal::from(20));
        let child = row("产出指标", "数量指标", &format!("{mark}发放人数"), "≥50人");
        let found: Vec<_> =
            codes(&review(&project(vec![parent, child])).into_findings()).into_iter().filter(|(i, _)| *i == Some(0)).collect();
        assert_eq!(found, [], "{mark}");
    }
}

/// The 中央预算内投资 target table (real: www.tyc-yl.com, 宝坻区 2022) and its kin put a group in
/// the level-1 column and the level 1 in the level-2 column: `实施效果指标 | 产出指标 | …`. The
/// rows are reviewed under the level 1 their level-2 cell names, and no name is odd; a group
/// with another name reads alike, and a real level 2 under an odd level 1 is still reported.
#[test]
fn level_columns_shifted_by_one() {
    for group in ["实施效果指标", "绩效指标", "年度绩效指标", ""] {
        let p = project(vec![
            row(group, "产出指标", "建设项目个数(含续建)", "1个"),
            row(group, "产出指标", "竣工验收合格率", "100%"),
            row(group, "效益指标", "完工项目县畜禽粪污综合利用率", "≥90%"),
            row(group, "满意度指标", "受益群众满意度", "≥90%"),
        ]);
        assert_eq!(codes(&review(&p).into_findings()), [], "{group}");
    }
    // an odd level 1 over real level 2s is still odd
    let p = project(vec![
        row("实施效果指标", "数量指标", "建设项目个数", "1个"),
        row("实施效果指标", "社会效益指标", "受益人口", "≥100人"),
        row("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ]);
    assert_eq!(codes(&review(&p).into_findings()), [(Some(0), Code::UnknownLevel1)]);
}

/// A unit in the template's hint inside the name (`(≥**%)`, `（≤**万元）`, real:
/// www.yzh.gov.cn) or a bare `(月)` (real: www.ynnh.gov.cn) is the unit of a bare number.
#[test]
fn units_in_the_names_hint() {
    for (l2, name, value) in [
        ("质量指标", "苗木成活率(≥**%)", "85"),
        ("质量指标", "苗木成活率（≥ ** %）", "85"),
        ("成本指标", "项目总投入(≥**万元)", "6070"),
        ("成本指标", "项目总投入（≤**万元）", "6070"),
        ("数量指标", "受益人数(≥XX人)", "132"),
        ("时效指标", "任务完成时限(月)", "10"),
        ("时效指标", "任务完成时限（月）", "≤10"),
    ] {
        let p = project(vec![
            row("产出指标", l2, name, value),
            row("效益指标", "社会效益指标", "受益人口", "≥100人"),
            row("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
        ]);
        assert_eq!(codes(&review(&p).into_findings()), [], "{name} = {value}");
    }
    let i = Indicator::new(None, Some(Level2::Timeliness), "任务完成时限(月)", "10");
    assert_eq!(i.target().unwrap().to_string(), "≤10个月");
    let i = Indicator::new(None, None, "苗木成活率(≥**%)", "85");
    assert_eq!(i.target().unwrap().to_string(), "≥85%"); // the hint's comparator too
}

/// A satisfaction indicator whose name goes on after 满意度 (`资助对象满意度达到目标值`, real:
/// www.ningjin.gov.cn) is one: the table does not lack a satisfaction indicator.
#[test]
fn a_satisfaction_name_with_words_after_it() {
    let p = project(vec![
        row("产出指标", "数量指标", "享受资助人数达到预计值", "2100人"),
        row("产出指标", "质量指标", "资助对象满意度达到目标值", "95%以上"),
        row("效益指标", "社会效益指标", "受益学生人数", "≥2000人"),
    ]);
    assert!(!codes(&review(&p).into_findings()).contains(&(None, Code::NoSatisfaction)));
}

/// False alarms found on the held-out tables of issue 21 (tests/data/review-new-before.tsv), each
/// with its family: names that differ by a number (real: keke.chddh.cn), social and ecological
/// costs in words (real: bigxun.com, 嘉峪关), a level-1 name holding the standard one (real:
/// gdyinping.com, 东莞), a tolerance (`±3%以内`, real: gdyinping.com).
#[test]
fn held_out_false_alarms() {
    let quiet = |rows: Vec<Indicator>| codes(&review(&project(rows)).into_findings());
    let satisfied = || row("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%");
    let benefit = || row("效益指标", "社会效益指标", "受益人口", "≥100人");
    // two visits to the same women, and the family: other numbers, other units of time
    for (a, b) in
        [("孕产妇7天访视数", "孕产妇42天访视数"), ("0-6岁儿童健康管理数", "0-36月龄儿童健康管理数"), ("1号泵站维修数量", "2号泵站维修数量")]
    {
        let rows = vec![row("产出指标", "数量指标", a, "214人"), row("产出指标", "数量指标", b, "214人"), benefit(), satisfied()];
        assert_eq!(quiet(rows), [], "{a} / {b}");
    }
    // without a number to tell them apart, the same count is still a near-duplicate
    let rows = vec![
        row("产出指标", "数量指标", "孕产妇访视数", "214人"),
        row("产出指标", "数量指标", "孕产妇访视人数", "214人"),
        benefit(),
        satisfied(),
    ];
    assert_eq!(quiet(rows), [(Some(1), Code::NearDuplicate)]);
    for (l2, value) in [("社会成本指标", "长远"), ("生态环境成本指标", "提升"), ("社会成本指标", "无负面影响")]
    {
        let rows =
            vec![row("产出指标", "数量指标", "免费开放天数", "=300天"), row("成本指标", l2, "对当地的影响", value), benefit(), satisfied()];
        assert_eq!(quiet(rows), [], "{l2} = {value}");
    }
    let rows = vec![
        row("产出指标", "数量指标", "免费开放天数", "=300天"),
        row("成本指标", "经济成本指标", "资金使用", "提升"),
        benefit(),
        satisfied(),
    ];
    assert_eq!(quiet(rows), [(Some(1), Code::CostNotAmount)]);
    for group in ["预期产出指标", "项目产出指标", "年度产出指标"] {
        let rows = vec![row(group, "数量指标", "结算项目数", "3个"), benefit(), satisfied()];
        assert_eq!(quiet(rows), [], "{group}");
    }
    for value in ["±3%以内", "±3%", "正负3%", "± 3%"] {
        let rows = vec![row("产出指标", "质量指标", "补助款结算误差率", value), benefit(), satisfied()];
        assert_eq!(quiet(rows), [], "{value}");
        let t: jixiao::Threshold = value.parse().unwrap();
        assert!(t.is_met(&"-2%".parse().unwrap()).unwrap() && !t.is_met(&"4%".parse().unwrap()).unwrap(), "{value}");
    }
}

/// Mends from reading the whole change, each in its family: counts done on time are counts;
/// time is named by words, not characters; numbers in names in any script; two counts share
/// their count word; a local level-1 name that holds a standard one agrees with its level 2; the
/// hint's comparator and `单位：` in a name.
#[test]
fn families_found_in_review() {
    let one = |l2: &str, name: &str, value: &str| {
        let p = project(vec![
            row("产出指标", l2, name, value),
            row("效益指标", "社会效益指标", "受益人口", "≥100人"),
            row("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
        ]);
        codes(&review(&p).into_findings())
    };
    // counts of what was done on time are counts (J018 only for a name that asks when)
    assert_eq!(one("质量指标", "按时足额发放人数", "≥100人"), []);
    assert_eq!(one("质量指标", "及时救助人数", "≥100人"), []);
    assert_eq!(one("质量指标", "限期整改", "≥1人/年"), [(Some(0), Code::UnitMismatch)]);
    // 年 in 老年人 and 期 in 期刊 are no time; work that goes on over a time takes a duration
    assert_eq!(one("数量指标", "老年人活动中心建设", "=1年"), [(Some(0), Code::UnitMismatch)]);
    assert_eq!(one("数量指标", "期刊订阅", "=1年"), [(Some(0), Code::UnitMismatch)]);
    for name in ["免费开放", "设备运行维护", "日常巡查"] {
        assert_eq!(one("数量指标", name, "=12个月"), [], "{name}");
    }
    let pair = |a: &str, b: &str, value: &str| {
        let p = project(vec![
            row("产出指标", "数量指标", a, value),
            row("产出指标", "数量指标", b, value),
            row("效益指标", "社会效益指标", "受益人口", "≥100人"),
            row("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
        ]);
        codes(&review(&p).into_findings())
    };
    for (a, b) in
        [("孕产妇七天访视数", "孕产妇四十二天访视数"), ("孕产妇７天访视数", "孕产妇４２天访视数"), ("农民培训人数", "教师培训人数")]
    {
        assert_eq!(pair(a, b, "214人"), [], "{a} / {b}");
    }
    assert_eq!(pair("贫困人口加入合作社人数", "资产入股贫困人口总数", "≥1102人"), [(Some(1), Code::NearDuplicate)]);
    // local level-1 names that hold a standard one, over the level 2s of that block
    for group in ["预期效果指标", "年度效益目标", "预期效益"] {
        let p = project(vec![
            row("产出指标", "数量指标", "结算项目数", "3个"),
            row(group, "社会效益指标", "受益人口", "≥100人"),
            row("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
        ]);
        assert_eq!(codes(&review(&p).into_findings()), [], "{group}");
    }
    // the hint's comparator, and 单位：
    assert_eq!(Indicator::new(None, None, "项目成本（≤**万元）", "50").target().unwrap().to_string(), "≤50万元");
    assert_eq!(Indicator::new(None, None, "受益人数(不低于**人)", "132").target().unwrap().to_string(), "≥132人");
    assert_eq!(Indicator::new(None, None, "项目总投入（单位：万元）", "6070").target().unwrap().to_string(), "=6070万元");
    // `(月)` is months only in the name of a duration: `完成时间(月)` = `12` may be December
    assert_eq!(Indicator::new(None, None, "完成时间(月)", "12").unit_in_name(), None);
}
