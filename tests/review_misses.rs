//! Problems finance reviewers raise that the review used to miss (J024 onwards, and the wider
//! J013 and J018), each on a table with the findings listed exactly, and near misses that stay
//! quiet. Rows marked "real" are values from `data/`.

use jixiao::review::{review, Code, Finding};
use jixiao::Severity;
use jixiao::{Budget, Decimal, Indicator, Level1, Level2, Project};

fn row(l1: &str, l2: &str, name: &str, value: &str) -> Indicator {
    Indicator::new(Some(Level1::parse(l1).unwrap()), Some(Level2::parse(l2).unwrap()), name, value)
}

/// A clean table (budget 57.40 万元, the sample's project 4) and one more row.
fn with(l1: &str, l2: &str, name: &str, value: &str) -> Vec<Finding> {
    let mut p = Project::new("天津市危险废物综合监管信息系统升级改造");
    p.budget = Budget::fiscal_only(Decimal::new(5740, 2));
    p.indicators = vec![
        row("产出指标", "数量指标", "服务企业数量", "≥20000家"),
        row("效益指标", "生态效益指标", "规范化环境管理达标率", "≥90%"),
        row("满意度指标", "服务对象满意度指标", "危险废物产生单位满意度", "≥85%"),
    ];
    p.indicators.push(row(l1, l2, name, value));
    review(&p).into_findings()
}

fn codes(l1: &str, l2: &str, name: &str, value: &str) -> Vec<Code> {
    with(l1, l2, name, value).iter().map(|f| f.code()).collect()
}

#[test]
fn j025_reverse_indicator_with_a_floor() {
    let q = |name: &str, value: &str| codes("产出指标", "质量指标", name, value);
    assert_eq!(q("安全事故发生率", "≥1%"), [Code::ReverseFloor]);
    assert_eq!(q("有效投诉次数", "3次"), [Code::ReverseFloor]); // a bare value is scored as a floor
    assert_eq!(q("贷款逾期率", "100%"), [Code::ReverseFloor]); // a floor of 100%
    assert_eq!(q("食品变质率", "=100%"), [Code::ReverseFloor]);
    assert_eq!(q("人才流失率", ">5%"), [Code::ReverseFloor]);
    assert_eq!(q("财务差错次数", "不少于1次"), [Code::ReverseFloor]);
    let f = with("产出指标", "质量指标", "安全事故发生率", "≥1%");
    assert_eq!(f[0].severity(), Severity::Error);
    assert_eq!(
        f[0].zh(),
        "「安全事故发生率」是反向指标（事故越少越好），指标值「≥1%」却是下限，事故越多越达标；请写成上限，如「≤1%」或「=0」。"
    );
    // near misses: ceilings, zero, and names about handling the bad thing or its absence
    assert_eq!(q("安全事故发生率", "<=0%"), []); // real: m.bidcenter.com.cn
    assert_eq!(q("安全事故发生率", "≤1%"), []);
    assert_eq!(q("安全事故发生次数", "0次"), []);
    assert_eq!(q("投诉处理率", "≥95%"), []);
    assert_eq!(q("事故调查完成率", "100%"), []);
    assert_eq!(q("减少投诉次数", "≥10次"), []);
    assert_eq!(q("无重大安全事故", "是"), []);
}

#[test]
fn j026_a_ceiling_on_a_quantity() {
    // real: www.ahjinzhai.gov.cn (unit added here; the real row has none, J030)
    let f = with("产出指标", "数量指标", "指标1:开展精品示范村建设数量", "≤4个");
    assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::QuantityCeiling]);
    assert!(
        f[0].zh()
            .starts_with("数量指标「指标1:开展精品示范村建设数量」的指标值「≤4个」是上限，完成0也达标；数量指标应写成下限，如「≥4个」"),
        "{}",
        f[0].zh()
    );
    assert_eq!(codes("产出指标", "数量指标", "指标1:开展精品示范村建设数量", "≤4"), [Code::QuantityCeiling, Code::MissingUnit]);
    // real: dyrmt.com, a reverse count under 数量指标 (the message says where it belongs)
    assert_eq!(codes("产出指标", "数量指标", "科目调整次数", "≤10次"), [Code::QuantityCeiling]);
    // near misses: a floor, a reverse indicator, a ceiling under 质量
    assert_eq!(codes("产出指标", "数量指标", "示范村建设数量", "≥4个"), []);
    assert_eq!(codes("产出指标", "数量指标", "安全事故次数", "≤1次"), []);
    assert_eq!(codes("产出指标", "质量指标", "返工次数", "≤2次"), []);
}

#[test]
fn j027_a_quantity_in_money_or_time() {
    assert_eq!(codes("产出指标", "数量指标", "业务工作支出安排金额", "28.8万元"), [Code::QuantityNotCount]);
    assert_eq!(codes("产出指标", "数量指标", "项目实施时间", "12个月"), [Code::QuantityNotCount]);
    // near misses: money that is the product (real: www.hanyin.gov.cn), days counted (real:
    // fyfantasy.com), a count in money (J018)
    assert_eq!(codes("产出指标", "数量指标", "本年度创业担保贷款发放额", "4000万元"), []);
    assert_eq!(codes("产出指标", "数量指标", "忠烈祠免费开放", "=365天"), []);
    assert_eq!(codes("产出指标", "数量指标", "场馆免费开放时间", "≥300天"), []);
    assert_eq!(codes("产出指标", "数量指标", "补助资金发放数量", "50万元"), [Code::UnitMismatch]);
}

#[test]
fn j018_a_count_of_something_else() {
    // real: www.tongxin.gov.cn, 人口数 in 户
    let f = with("效益指标", "社会效益指标", "★★★受益脱贫户、监测户人口数(≥**户)", "≥10户");
    assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::UnitMismatch]);
    assert!(f[0].zh().contains("按名称应以「人」计，却用了「户」"), "{}", f[0].zh());
    assert_eq!(codes("效益指标", "社会效益指标", "受益农户户数", "≥300人次"), [Code::UnitMismatch]);
    assert_eq!(codes("产出指标", "数量指标", "帮扶贫困户数", "≥30人"), [Code::UnitMismatch]);
    // near misses: 人次 counted in 人 (real: www.whjhq.gov.cn), 人口数 in 人 (real:
    // chacewang.com), a generic 个
    assert_eq!(codes("产出指标", "数量指标", "资助接受托养服务人次数", "不低于105人"), []);
    assert_eq!(codes("效益指标", "社会效益指标", "受益脱贫(含监测对象)户人口数", "≥1000人"), []);
    assert_eq!(codes("产出指标", "数量指标", "受益户数", "≥30个"), []);
    assert_eq!(codes("产出指标", "数量指标", "培训企业家数", "≥30人"), []); // firms or entrepreneurs: 家 says neither
}

#[test]
fn j028_satisfaction_filed_elsewhere() {
    // real: xtcg.xiangtan.gov.cn (data/tables/09.txt)
    let f = with("效益指标", "社会效益指标", "服务周期内,市民对空气质量改善的满意程度", "≥85%");
    assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::SatisfactionMisfiled]);
    assert_eq!(
        f[0].zh(),
        "「服务周期内,市民对空气质量改善的满意程度」是满意度指标，却列在「社会效益指标」下；请移到「满意度指标—服务对象满意度指标」下。"
    );
    assert_eq!(codes("产出指标", "质量指标", "用户满意率", "≥90%"), [Code::SatisfactionMisfiled]);
    // near misses: under 满意度, and the older template's 满意度 under 效益 (real:
    // m.bidcenter.com.cn); a count of surveys
    assert_eq!(codes("满意度指标", "服务对象满意度指标", "用户满意率", "≥90%"), []);
    assert_eq!(codes("效益指标", "满意度", "参培学员满意度", "95%及以上"), []);
    assert_eq!(codes("产出指标", "数量指标", "满意度调查次数", "≥2次"), []);
}

#[test]
fn j029_an_output_filed_as_a_benefit() {
    assert_eq!(codes("效益指标", "社会效益指标", "道路维修次数", "≥10次"), [Code::OutputAsBenefit]);
    assert_eq!(codes("效益指标", "经济效益指标", "新建水泥路", "2km"), [Code::OutputAsBenefit]);
    // near misses: beneficiaries (real: hljfy.gov.cn), an effect, the same count under 产出
    assert_eq!(codes("效益指标", "社会效益指标", "解决贫困人口饮水安全问题人数", "≥27人"), []);
    assert_eq!(codes("效益指标", "经济效益指标", "脱贫地区特色产业产值(≥**万元)", "≥80万元"), []);
    assert_eq!(codes("产出指标", "数量指标", "道路维修次数", "≥10次"), []);
}

#[test]
fn j013_proportions_and_coverage_are_rates() {
    // real: www.bigxun.com (written 80%; here without the sign)
    assert_eq!(codes("效益指标", "社会效益指标", "指标1一级种薯推广面积占总面积比例", "80"), [Code::RateNotPercentage]);
    assert_eq!(codes("效益指标", "社会效益指标", "宣传覆盖面", "全县"), [Code::RateNotPercentage]);
    assert_eq!(codes("效益指标", "社会效益指标", "本地生源占比", "≥110%"), [Code::RateAbove100]);
    assert_eq!(codes("效益指标", "社会效益指标", "财政资金比重", "≤100%"), [Code::CannotFail]);
    // near misses (real: www.whjhq.gov.cn, www.bigxun.com)
    assert_eq!(codes("产出指标", "数量指标", "有需求的困难残疾人得到残疾人基本康复服务比例", "不低于85%"), []);
    assert_eq!(codes("效益指标", "社会效益指标", "指标1一级种薯推广面积占总面积比例", "80%"), []);
}

#[test]
fn j030_a_number_without_a_unit() {
    // real: keke.chddh.cn (data/self_eval/04-jishan.tsv), www.gyct.gov.cn
    let f = with("产出指标", "数量指标", "指标1:全县参合人数", "8755");
    assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::MissingUnit]);
    assert_eq!(f[0].zh(), "指标值「8755」只有数字，没有计量单位；请写明单位，如「8755人」。");
    assert_eq!(codes("产出指标", "数量指标", "新建全民健身中心数量", "1"), [Code::MissingUnit]);
    assert_eq!(codes("产出指标", "数量指标", "建设美丽宜居自然村庄数量", "≥200"), [Code::MissingUnit]);
    assert_eq!(codes("产出指标", "数量指标", "培训人数", "100-200"), [Code::MissingUnit]);
    // near misses: a unit, a rate without % (J013, real: www.tongxin.gov.cn), `≥0` (J015), a
    // bare 万 in a cost row (read as 元, real: xtcg.xiangtan.gov.cn)
    assert_eq!(codes("产出指标", "数量指标", "建设美丽宜居自然村庄数量", "≥200个"), []);
    assert_eq!(codes("产出指标", "质量指标", "种植作物成活率", ">=85"), [Code::RateNotPercentage]);
    // the template's hint in the name gives the unit (real: www.tongxin.gov.cn, www.yzh.gov.cn)
    assert_eq!(codes("产出指标", "质量指标", "种植作物成活率(≥**%)", ">=85"), []);
    assert_eq!(codes("产出指标", "成本指标", "项目总投入(≥**万元)", "6070"), []);
    assert_eq!(codes("产出指标", "时效指标", "任务完成时限(月)", "10"), []);
    assert_eq!(codes("产出指标", "数量指标", "设备数量", "≥0"), [Code::CannotFail]);
    assert_eq!(codes("满意度指标", "服务对象满意度指标", "服务质量评价", "90"), [Code::RateNotPercentage]);
    assert_eq!(codes("产出指标", "成本指标", "控制在预算成本内", "50万"), []);
}

#[test]
fn j031_cost_stated_as_text_or_percentage() {
    let cost = |v: &str| codes("产出指标", "成本指标", "项目成本", v);
    assert_eq!(cost("按标准执行"), [Code::CostNotAmount]);
    assert_eq!(cost("100%"), [Code::CostNotAmount]);
    // real: www.yongde.gov.cn (data/self_eval/01-yongde.tsv), www.bigxun.com
    assert_eq!(codes("产出指标", "成本指标", "生均补助标准达标率", "═|100|%"), [Code::CostNotAmount]);
    assert_eq!(codes("产出指标", "成本指标", "指标1种薯采购价格不高于市场价", "是"), [Code::CostNotAmount]);
    assert_eq!(codes("成本指标", "经济成本指标", "设备购置成本", "控制在预算内"), [Code::CostNotAmount]);
    // near misses: amounts and standards per unit (real: www.whjhq.gov.cn, m.bidcenter.com.cn)
    assert_eq!(cost("≤30万元"), []);
    assert_eq!(codes("产出指标", "成本指标", "残疾人机动轮椅车燃油补贴年均补助标准", "260元/辆"), []);
    assert_eq!(codes("产出指标", "成本指标", "吕梁山护工培训补贴标准达标", "3000元/人"), []);
}

#[test]
fn j032_a_placeholder_benefit() {
    assert_eq!(codes("效益指标", "经济效益指标", "带动农户增收", "否"), [Code::PlaceholderBenefit]);
    assert_eq!(codes("效益指标", "生态效益指标", "生态效益", "无"), [Code::PlaceholderBenefit]);
    // near misses: a stated effect (real: m.bidcenter.com.cn), a yes (real: www.bigxun.com), 否
    // on an output
    assert_eq!(codes("效益指标", "经济效益指标", "减轻参训人员经济负担", "有效减轻"), []);
    assert_eq!(codes("效益指标", "可持续影响指标", "持续完善马铃薯种薯繁育体系", "是"), []);
    assert_eq!(codes("产出指标", "质量指标", "是否发生质量问题", "否"), []);
    // a question or a bad event answered no is a target
    assert_eq!(codes("效益指标", "生态效益指标", "是否造成环境污染", "否"), []);
    assert_eq!(codes("效益指标", "社会效益指标", "安全生产事件", "无"), []);
}

#[test]
fn j033_near_duplicates() {
    let mut p = Project::new("x");
    p.budget = Budget::fiscal_only(Decimal::new(100, 0));
    p.indicators = vec![
        row("产出指标", "时效指标", "项目完成及时率", "100%"),
        row("产出指标", "时效指标", "完成及时率", "100%"),
        row("产出指标", "数量指标", "指标1:全县参合人数", "8755人"),
        row("产出指标", "数量指标", "全县参合人数", "≥8755人"),
        // real: chacewang.com (data/self_eval/03-zhongjiang.tsv): two indicators, not one
        row("产出指标", "时效指标", "及时(按期)开工率", "≥90%"),
        row("产出指标", "时效指标", "及时(按期)完工率", "≥90%"),
        // nearly the same name, another value
        row("效益指标", "社会效益指标", "受益人口数量", "90人"),
        row("效益指标", "社会效益指标", "其中受益人口数量(脱贫户)", "30人"),
        row("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ];
    let f = review(&p).into_findings();
    let got: Vec<(Option<usize>, Code)> = f.iter().map(|f| (f.subject().index(), f.code())).collect();
    assert_eq!(got, [(Some(1), Code::NearDuplicate), (Some(3), Code::NearDuplicate)]);
    assert_eq!(
        f[0].zh(),
        "与指标1「项目完成及时率」名称相近、指标值同为「100%」，疑为同一指标重复填报；请合并，或写明两者衡量的不同内容。"
    );
}

#[test]
fn j012_a_spending_floor_at_the_whole_budget_under_a_template_note() {
    let f = with("产出指标(必填)", "成本指标（必填）", "项目资金投入", "≥57.4万元");
    assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::CostLowerBound]);
    assert_eq!(
        f[0].zh(),
        "成本指标「≥57.4万元」是下限（≥），且达到项目全部预算57.40万元，等于要求把预算全部花完；成本越低越好，应写成上限，如「≤57.4万元」，或按支出标准测算成本。"
    );
    // below the budget: the plain lower-bound message
    let f = with("产出指标(必填)", "成本指标（必填）", "项目资金投入", "≥20万元");
    assert_eq!(f[0].zh(), "成本指标「≥20万元」写成下限（≥）；成本越低越好，应写成上限，如「≤20万元」。");
}

/// Issue 21's misses: a reverse rate with a floor in more wordings, the template's placeholder
/// left in, a dash standing for an empty value.
#[test]
fn issue_21_misses_are_caught() {
    for name in ["逾期发放率", "差错发生率", "违规率", "系统故障率", "投诉发生率"] {
        assert_eq!(codes("产出指标", "质量指标", name, "≥95%"), [Code::ReverseFloor], "{name}");
    }
    // rates of handling what went wrong: more is better
    for name in ["故障修复率", "违规整改率", "投诉办结率"] {
        assert_eq!(codes("产出指标", "质量指标", name, "≥95%"), [], "{name}");
    }
    // the template's placeholder in the value, or in the name outside its hint
    for (name, value) in [("受益人数", "≥**人"), ("项目总成本", "≤**万元"), ("XX社区服务次数", "≥10次"), ("培训人数", "≥XX人")]
    {
        let f = with("产出指标", "数量指标", name, value);
        assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::TemplatePlaceholder], "{name} = {value}");
        assert!(f[0].zh().contains("仍含模板占位符") && f[0].en().contains("placeholder"), "{}", f[0].zh());
    }
    // a hint in the name with the value filled in is the template's own text
    assert_eq!(codes("产出指标", "数量指标", "受益人数(≥**人)", "≥132人"), []);
    // a dash as OCR reads it is an empty value
    for dash in ["一", "一一"] {
        let f = with("效益指标", "社会效益指标", "群众知晓度", dash);
        assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::MissingValue], "{dash}");
    }
}

/// A deadline outside the project's year, in every form a deadline takes; text with a count in
/// it is said to be not understood, with the number offered.
#[test]
fn issue_21_deadlines_outside_the_year_and_unread_counts() {
    let review_of = |title: &str, value: &str| {
        let text = format!("{title}\n项目名称\t测试项目\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t时效指标\t完成时间\t{value}\n");
        let doc = jixiao::import::parse_text(&text).unwrap();
        review(&doc.projects[0]).into_findings().into_iter().filter(|f| f.subject().index().is_some()).map(|f| f.code()).collect::<Vec<_>>()
    };
    for title in ["2025年度项目支出绩效目标表", "年度\t2025"] {
        for late in ["2026年12月底前", "2026年6月30日前", "次年6月底前", "2026.06"] {
            assert_eq!(review_of(title, late), [Code::DeadlineOutsideYear], "{title}: {late}");
        }
        assert_eq!(review_of(title, "2024年12月底前"), [Code::DeadlineOutsideYear], "{title}: before the year");
        for within in ["2025年12月底前", "12月底前", "年底前", "2025年6月-2025年12月"] {
            assert_eq!(review_of(title, within), [], "{title}: {within}");
        }
    }
    let f = with("产出指标", "数量指标", "基本药物补助", "实施基本药物制度补助村卫生室352个。");
    assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::QualitativeQuantity]);
    assert!(f[0].zh().contains("未能识别") && f[0].zh().contains("「≥352个」"), "{}", f[0].zh());
    assert!(f[0].en().contains("not understood") && f[0].en().contains("≥352个"), "{}", f[0].en());
}

/// A count per something counts what its numerator counts: `户数` in `人/次` is people, not
/// households.
#[test]
fn issue_21_a_count_per_something_against_the_name() {
    assert_eq!(codes("效益指标", "社会效益指标", "年度申请就学补助户数", "≥20人/次"), [Code::UnitMismatch]);
    assert_eq!(codes("产出指标", "数量指标", "培训人数", "≥20户/年"), [Code::UnitMismatch]);
    assert_eq!(codes("效益指标", "社会效益指标", "年度申请就学补助户数", "≥20户/年"), []);
    assert_eq!(codes("产出指标", "数量指标", "培训人数", "≥20人/次"), []);
}

/// A count given as a duration (`制作宣传横幅、公益宣传牌等 =1年`), and a timeliness row given
/// as a count per year (`按时发放 ≥1人/年`): units that do not fit the name. Names that measure
/// time keep their durations, and events per a period stay a frequency.
#[test]
fn issue_21_units_against_the_name() {
    for value in ["=1年", "1年", "≥6个月", "2个季度", "一年"] {
        let f = with("产出指标", "数量指标", "制作宣传横幅、公益宣传牌等", value);
        assert_eq!(f.iter().map(|f| f.code()).collect::<Vec<_>>(), [Code::UnitMismatch], "{value}");
        assert!(f[0].zh().contains("却是时长") && f[0].en().contains("is a duration"), "{}", f[0].zh());
    }
    for (name, value) in [("开放天数", "≥300天"), ("培训时长", "≥40小时"), ("运行月数", "12个月"), ("忠烈祠免费开放", "=365天")]
    {
        assert_eq!(codes("产出指标", "数量指标", name, value), [], "{name} = {value}");
    }
    for value in ["≥1人/年", "≥100户/年", "≥2个/月"] {
        assert_eq!(codes("产出指标", "时效指标", "按时发放", value), [Code::TimelinessUnmeasured], "{value}");
    }
    for value in ["1次/月", "≥2次/年", "4期/年", "≥1批/季度"] {
        assert_eq!(codes("产出指标", "时效指标", "按时发放", value), [], "{value}");
    }
}

/// The same count on three rows of the published Nanyue table (target-hunan-nanyue-2018-b, in
/// every file format): two outputs that count the same 贫困人口, and a benefit that only repeats
/// them.
#[cfg(all(feature = "docx", feature = "xlsx"))]
#[test]
fn issue_21_near_duplicates_across_blocks_in_a_real_table() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/office/corpus");
    for ext in ["docx", "xlsx", "xls"] {
        let doc = jixiao::import::parse_file(dir.join(format!("target-hunan-nanyue-2018-b.{ext}"))).unwrap();
        let p = &doc.projects[0];
        let near: Vec<(usize, &str)> = review(p)
            .into_findings()
            .iter()
            .filter(|f| f.code() == Code::NearDuplicate)
            .map(|f| (f.subject().index().unwrap(), if f.zh().starts_with("效益指标") { "benefit" } else { "output" }))
            .collect();
        let rows: Vec<usize> = near.iter().map(|(i, _)| *i).collect();
        assert_eq!(p.indicators[rows[0]].name, "资产入股贫困人口总数(≥**人)", "{ext}");
        assert_eq!(p.indicators[rows[1]].name, "受益建档立卡贫困人口数(≥**人)", "{ext}");
        assert_eq!(near.iter().map(|(_, k)| *k).collect::<Vec<_>>(), ["output", "benefit"], "{ext}");
    }
    // the family: a benefit repeating an output's count in other words; not a rate, not one
    let table = |output: (&str, &str), benefit: (&str, &str)| {
        let mut p = Project::new("x");
        p.budget = Budget::fiscal_only(Decimal::new(100, 0));
        p.indicators = vec![
            row("产出指标", "数量指标", output.0, output.1),
            row("效益指标", "社会效益指标", benefit.0, benefit.1),
            row("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
        ];
        review(&p).into_findings().iter().map(|f| (f.subject().index(), f.code())).collect::<Vec<_>>()
    };
    let repeat = [(Some(1), Code::NearDuplicate)];
    assert_eq!(table(("培训农村劳动力人数", "≥500人"), ("受益农村劳动力", "≥500人")), repeat);
    assert_eq!(table(("改造农村危房户数", "30户"), ("受益危房户数", "≥30户")), repeat);
    assert_eq!(table(("培训农村劳动力人数", "≥500人"), ("带动农村劳动力增收", "≥500人")), repeat);
    assert_eq!(table(("培训农村劳动力人数", "≥500人"), ("受益农村劳动力", "≥400人")), []); // another number
    assert_eq!(table(("培训农村劳动力人数", "≥500人"), ("新增就业岗位", "≥500个")), []); // nothing shared
    assert_eq!(table(("设备完好率", "≥95%"), ("设备使用率", "≥95%")), []); // rates, not counts
}

/// Numbers in names are compared by value, in any script: `7天`, `七天` and `７天` are one
/// number, so two names that differ only in how it is written are near-duplicates (J033), and
/// names with different numbers are not.
#[test]
fn names_with_one_number_in_other_scripts_are_near_duplicates() {
    let table = |a: &str, b: &str| {
        let mut p = Project::new("x");
        p.budget = Budget::fiscal_only(Decimal::new(100, 0));
        p.indicators = vec![
            row("产出指标", "数量指标", a, "≥100人"),
            row("产出指标", "数量指标", b, "≥100人"),
            row("效益指标", "社会效益指标", "受益群众", "≥100人"),
            row("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
        ];
        review(&p).into_findings().iter().filter(|f| f.code() == Code::NearDuplicate).map(|f| f.subject().index()).collect::<Vec<_>>()
    };
    for b in ["贫困人口7天访视人次", "贫困人口七天访视人次", "贫困人口７天访视人次"] {
        assert_eq!(table("贫困人口7天访视人数", b), [Some(1)], "{b}");
    }
    for b in ["贫困人口42天访视人次", "贫困人口四十二天访视人次"] {
        assert_eq!(table("贫困人口7天访视人数", b), [], "{b}");
    }
}

/// A satisfaction is named in every spelling, with its standard after it too, wherever it is
/// filed: it satisfies J022 and, under another level, gets J028; a count of surveys is none.
#[test]
fn satisfaction_names_with_their_standard() {
    for name in ["资助对象满意度达到目标值", "资助对象满意率达到目标值", "资助对象满意程度达标"] {
        let got = codes("产出指标", "质量指标", name, "≥90%");
        assert!(got.contains(&Code::SatisfactionMisfiled), "{name}: {got:?}");
    }
    let mut p = Project::new("x");
    p.budget = Budget::fiscal_only(Decimal::new(100, 0));
    p.indicators = vec![row("产出指标", "数量指标", "满意度调查次数", "≥2次"), row("效益指标", "社会效益指标", "受益群众", "≥100人")];
    let got: Vec<Code> = review(&p).into_findings().iter().map(|f| f.code()).collect();
    assert!(got.contains(&Code::NoSatisfaction), "{got:?}");
}
