//! Every rule at its boundaries, with worked numbers, the exact light and the exact rule text.

use rust_decimal::Decimal;

use super::*;
use crate::error::CompareError;
use crate::{Actual, Budget, Indicator, Level1, Level2, Project, Subject};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn ind(level1: Level1, level2: Level2, value: &str) -> Indicator {
    Indicator::new(Some(level1), Some(level2), "指标", value)
}

fn quantity(value: &str) -> Indicator {
    ind(Level1::Output, Level2::Quantity, value)
}

/// The light and Chinese rule of `progress` against `indicator` at `month` of 2025.
fn judge_with(p: &Profile, indicator: &Indicator, progress: &str, month: u8) -> (Light, String) {
    let s = p.judge(indicator, &Actual::parse(progress).unwrap(), month, Some(2025)).unwrap();
    (s.light, s.rule_zh())
}

fn judge(indicator: &Indicator, progress: &str, month: u8) -> (Light, String) {
    judge_with(&Profile::central(), indicator, progress, month)
}

fn budget(p: &Profile, executed: &str, month: u8) -> (Light, String) {
    let s = p.budget_signal(d("200"), d(executed), month).unwrap();
    (s.light, s.rule_zh())
}

#[test]
fn budget_pace_at_each_boundary() {
    // budget 200 in June (6/12): the value is the executed amount itself
    let p = Profile::central();
    let rule = |e: &str, v: &str, band: &str, light: &str| {
        format!("预算执行进度 = 执行数 {e} ÷ 预算数 200 ÷ 序时进度 6/12 × 100 = {v} {band}, {light}")
    };
    assert_eq!(budget(&p, "59.99", 6), (Light::Red, rule("59.99", "59.99", "(<60)", "红灯")));
    assert_eq!(budget(&p, "59.995", 6), (Light::Red, rule("59.995", "59.99", "(<60)", "红灯")));
    assert_eq!(budget(&p, "60", 6), (Light::Yellow, rule("60", "60", "(≥60, <80)", "黄灯")));
    assert_eq!(budget(&p, "79.99", 6), (Light::Yellow, rule("79.99", "79.99", "(≥60, <80)", "黄灯")));
    assert_eq!(budget(&p, "80", 6), (Light::Green, rule("80", "80", "(≥80)", "绿灯")));
    assert_eq!(budget(&p, "119.99", 6), (Light::Green, rule("119.99", "119.99", "(≥80)", "绿灯")));
    // the budget line has no blue light unless the profile gives one
    assert_eq!(budget(&p, "120", 6), (Light::Green, rule("120", "120", "(≥80)", "绿灯")));
    let blue = Profile::builder().budget_pace_bands(Bands::central()).build().unwrap();
    assert_eq!(budget(&blue, "119.99", 6), (Light::Green, rule("119.99", "119.99", "(≥80, <120)", "绿灯")));
    assert_eq!(budget(&blue, "120", 6), (Light::Blue, rule("120", "120", "(≥120)", "蓝灯")));
    let s = p.budget_signal(d("200"), d("59.99"), 6).unwrap();
    assert_eq!(s.rule, LightRule::BudgetPace);
    assert_eq!(s.value, Some(d("59.99")));
    assert_eq!(s.rule_en(), "budget execution = executed 59.99 ÷ budget 200 ÷ time elapsed 6/12 × 100 = 59.99 (<60): red");
    // 381 万元 with 190.50 executed by July: 50% of the budget against 58.33% of the year
    let s = p.budget_signal(d("381.00"), d("190.50"), 7).unwrap();
    assert_eq!((s.light, s.value), (Light::Green, Some(d("85.71"))));
}

#[test]
fn budget_checkpoints_at_each_boundary() {
    let p = Profile::checkpoints();
    let rule = |e: &str, rate: &str, word: &str, m: u8, cp: u8, light: &str| {
        format!("预算执行率 = 执行数 {e} ÷ 预算数 200 × 100 = {rate}%, {word} {m}月底节点 {cp}%, {light}")
    };
    assert_eq!(budget(&p, "49.98", 4), (Light::Red, rule("49.98", "24.99", "低于", 4, 25, "红灯")));
    assert_eq!(budget(&p, "50", 4), (Light::Green, rule("50", "25", "达到", 4, 25, "绿灯")));
    assert_eq!(budget(&p, "79.98", 7), (Light::Red, rule("79.98", "39.99", "低于", 6, 40, "红灯")));
    assert_eq!(budget(&p, "80", 6), (Light::Green, rule("80", "40", "达到", 6, 40, "绿灯")));
    // the August and October checkpoints are 60% and 80%
    assert_eq!(budget(&p, "119.98", 8), (Light::Red, rule("119.98", "59.99", "低于", 8, 60, "红灯")));
    assert_eq!(budget(&p, "120", 9), (Light::Green, rule("120", "60", "达到", 8, 60, "绿灯")));
    assert_eq!(budget(&p, "159.98", 10), (Light::Red, rule("159.98", "79.99", "低于", 10, 80, "红灯")));
    assert_eq!(budget(&p, "160", 12), (Light::Green, rule("160", "80", "达到", 10, 80, "绿灯")));
    assert_eq!(
        budget(&p, "10", 3),
        (Light::Green, "预算执行率 = 执行数 10 ÷ 预算数 200 × 100 = 5%, 3月尚无节点要求（首个节点为4月底）, 绿灯".to_string())
    );
    let s = p.budget_signal(d("200"), d("49.98"), 4).unwrap();
    assert_eq!(
        s.rule_en(),
        "execution rate = executed 49.98 ÷ budget 200 × 100 = 24.99%, is below the checkpoint of 25% by the end of month 4: red"
    );
    assert_eq!((s.rule, s.value), (LightRule::BudgetCheckpoint, Some(d("24.99"))));
}

#[test]
fn budget_errors() {
    let p = Profile::central();
    assert_eq!(p.budget_signal(Decimal::ZERO, d("1"), 6).unwrap_err(), CannotJudge::NoBudget);
    assert_eq!(p.budget_signal(d("1"), d("1"), 13).unwrap_err(), CannotJudge::InvalidMonth(13));
    assert_eq!(p.budget_signal(d("1"), d("1"), 0).unwrap_err(), CannotJudge::InvalidMonth(0));
    assert_eq!(p.budget_signal(Decimal::MAX, Decimal::MAX, 6).unwrap_err(), CannotJudge::Overflow);
}

#[test]
fn higher_is_better_paced_at_each_boundary() {
    // 1000人 in June: the standard is 500人, the value is completed ÷ 5
    let t = quantity("≥1000人");
    let rule = |c: &str, v: &str, band: &str, light: &str| {
        format!("正向指标: 完成值 {c} ÷ (年度指标值 1000人 × 6/12) × 100 = {v} {band}, {light}")
    };
    assert_eq!(judge(&t, "299.95人", 6), (Light::Red, rule("299.95人", "59.99", "(<60)", "红灯")));
    assert_eq!(judge(&t, "300人", 6), (Light::Yellow, rule("300人", "60", "(≥60, <80)", "黄灯")));
    assert_eq!(judge(&t, "399.95人", 6), (Light::Yellow, rule("399.95人", "79.99", "(≥60, <80)", "黄灯")));
    assert_eq!(judge(&t, "400人", 6), (Light::Green, rule("400人", "80", "(≥80, <120)", "绿灯")));
    assert_eq!(judge(&t, "599.95人", 6), (Light::Green, rule("599.95人", "119.99", "(≥80, <120)", "绿灯")));
    assert_eq!(judge(&t, "600人", 6), (Light::Blue, rule("600人", "120", "(≥120)", "蓝灯")));
    // decided exactly: 59.9975 shows as 59.99 and is red
    assert_eq!(judge(&t, "299.99875人", 6).0, Light::Red);
    assert_eq!(judge(&t, "0人", 6), (Light::Red, "正向指标: 完成值为 0 (0人), 红灯".to_string()));
    let s = Profile::central().judge(&t, &"0".parse().unwrap(), 6, None).unwrap();
    assert_eq!((s.rule, s.value), (LightRule::NothingDone, Some(Decimal::ZERO)));
    assert_eq!(s.rule_en(), "higher is better: nothing completed (0人): red");
    let s = Profile::central().judge(&t, &"599.95人".parse().unwrap(), 6, None).unwrap();
    assert_eq!(s.rule_en(), "higher is better: completed 599.95人 ÷ (annual target 1000人 × 6/12) × 100 = 119.99 (≥80, <120): green");
}

#[test]
fn pacing_converts_units_and_takes_the_targets_unit_for_a_bare_number() {
    // 2万人 by July: the standard is 11666.67人
    let t = ind(Level1::Benefit, Level2::Social, "≥2万人");
    assert_eq!(judge(&t, "9000人", 7).0, Light::Yellow);
    assert_eq!(judge(&t, "0.9万人", 7).0, Light::Yellow);
    // a bare number takes the target's unit and magnitude: 0.9 is 0.9万人
    assert_eq!(judge(&t, "0.9", 7), judge(&t, "0.9万人", 7));
    let target_in_people = ind(Level1::Benefit, Level2::Social, "≥20000人");
    assert_eq!(judge(&target_in_people, "9000人", 7).0, Light::Yellow);
    // durations convert: 3 days are 72 hours, against a standard of 60 hours
    let hours = quantity("≥120小时");
    assert_eq!(
        judge(&hours, "3天", 6),
        (Light::Blue, "正向指标: 完成值 3天 ÷ (年度指标值 120小时 × 6/12) × 100 = 120 (≥120), 蓝灯".to_string())
    );
    assert_eq!(judge(&hours, "2.99天", 6).0, Light::Green);
    let err = Profile::central().judge(&quantity("≥1000家"), &"500人".parse().unwrap(), 6, None).unwrap_err();
    assert!(matches!(err, CannotJudge::Compare(CompareError::IncompatibleUnits { .. })), "{err:?}");
    assert_eq!(err.zh(), "单位不同，无法比较：完成值为人，目标为家");
    let err = Profile::central().judge(&quantity("≥1000人"), &"建设中".parse().unwrap(), 6, None).unwrap_err();
    assert_eq!(err, CannotJudge::Compare(CompareError::NeedsQuantity));
}

#[test]
fn rates_are_judged_whole_unless_the_profile_paces_them() {
    let s = ind(Level1::Satisfaction, Level2::Satisfaction, "≥85%");
    assert_eq!(judge(&s, "85%", 7), (Light::Green, "比率指标 ≥85%: 完成值 85% 达到目标, 绿灯".to_string()));
    assert_eq!(judge(&s, "84.99%", 7), (Light::Red, "比率指标 ≥85%: 完成值 84.99% 未达到目标, 红灯".to_string()));
    // 88% against ≥90% in July is behind, not ahead of the calendar
    assert_eq!(judge(&quantity("≥90%"), "88%", 7).0, Light::Red);
    let paced = Profile::builder().pace_ratios(true).build().unwrap();
    assert_eq!(
        judge_with(&paced, &s, "86%", 7),
        (Light::Blue, "正向指标: 完成值 86% ÷ (年度指标值 85% × 7/12) × 100 = 173.44 (≥120), 蓝灯".to_string())
    );
    let whole = Profile::builder().build().unwrap();
    // counts are paced either way
    assert_eq!(judge_with(&whole, &quantity("≥1000人"), "300人", 6).0, Light::Yellow);
}

#[test]
fn lower_is_better_quality_timeliness_cost_and_ranges_inside_or_not() {
    let rate = ind(Level1::Output, Level2::Quality, "≤5%");
    assert_eq!(judge(&rate, "5%", 7), (Light::Green, "反向指标 ≤5%: 完成值 5% 在目标之内, 绿灯".to_string()));
    assert_eq!(judge(&rate, "5.01%", 7), (Light::Red, "反向指标 ≤5%: 完成值 5.01% 超出目标, 红灯".to_string()));
    let within = ind(Level1::Output, Level2::Timeliness, "<2小时");
    assert_eq!(judge(&within, "119分钟", 7), (Light::Green, "反向指标 <2小时: 完成值 119分钟 在目标之内, 绿灯".to_string()));
    assert_eq!(judge(&within, "120分钟", 7), (Light::Red, "反向指标 <2小时: 完成值 120分钟 超出目标, 红灯".to_string()));
    let cost = ind(Level1::Output, Level2::Cost, "≤381万元");
    assert_eq!(judge(&cost, "3810000元", 7).0, Light::Green);
    assert_eq!(judge(&cost, "3810001元", 7), (Light::Red, "反向指标 ≤381万元: 完成值 3810001元 超出目标, 红灯".to_string()));
    // a higher-is-better quality target is judged against the full target, not paced
    let pass = ind(Level1::Output, Level2::Quality, "≥95%");
    assert_eq!(judge(&pass, "94.99%", 7), (Light::Red, "质量指标 ≥95%: 完成值 94.99% 未达到目标, 红灯".to_string()));
    assert_eq!(judge(&pass, "95%", 7), (Light::Green, "质量指标 ≥95%: 完成值 95% 达到目标, 绿灯".to_string()));
    let on_time = ind(Level1::Output, Level2::Timeliness, "100%");
    assert_eq!(judge(&on_time, "99.99%", 7), (Light::Red, "时效指标 =100%: 完成值 99.99% 未达到目标, 红灯".to_string()));
    let new_cost = ind(Level1::Cost, Level2::EconomicCost, "≥50万元");
    assert_eq!(judge(&new_cost, "50万元", 7), (Light::Green, "成本指标 ≥50万元: 完成值 50万元 达到目标, 绿灯".to_string()));
    let range = quantity("90%-100%");
    assert_eq!(judge(&range, "89.99%", 7), (Light::Red, "区间 90-100%: 完成值 89.99% 在区间之外, 红灯".to_string()));
    assert_eq!(judge(&range, "90%", 7), (Light::Green, "区间 90-100%: 完成值 90% 在区间之内, 绿灯".to_string()));
    assert_eq!(judge(&range, "100%", 7).0, Light::Green);
    assert_eq!(judge(&range, "100.01%", 7).0, Light::Red);
    let s = Profile::central().judge(&rate, &"5.01%".parse().unwrap(), 7, None).unwrap();
    assert_eq!((s.rule, s.value), (LightRule::Inside, None));
    assert_eq!(s.rule_en(), "lower is better ≤5%: completed 5.01% beyond the target: red");
    // a higher-is-better target of 0 or below has no pace
    assert_eq!(judge(&quantity("≥-5%"), "-4%", 7), (Light::Green, "正向指标 ≥-5%: 完成值 -4% 达到目标, 绿灯".to_string()));
}

#[test]
fn zero_targets_green_only_at_zero() {
    let accidents = ind(Level1::Benefit, Level2::Social, "0起");
    assert_eq!(judge(&accidents, "0起", 7), (Light::Green, "目标为 0 (=0起): 完成值 0起, 绿灯".to_string()));
    assert_eq!(judge(&accidents, "1起", 7), (Light::Red, "目标为 0 (=0起): 完成值 1起 不为 0, 红灯".to_string()));
    assert_eq!(judge(&accidents, "0", 7).0, Light::Green);
    let none = ind(Level1::Benefit, Level2::Social, "≤0次");
    assert_eq!(judge(&none, "0次", 7).0, Light::Green);
    assert_eq!(judge(&none, "0.01次", 7).0, Light::Red);
    let s = Profile::central().judge(&none, &"2次".parse().unwrap(), 7, None).unwrap();
    assert_eq!(s.rule, LightRule::ZeroTarget);
    assert_eq!(s.rule_en(), "target of 0 (≤0次): completed 2次 is not 0: red");
}

#[test]
fn deadlines_against_the_month_reported() {
    let by = |v: &str| ind(Level1::Output, Level2::Timeliness, v);
    assert_eq!(judge(&by("12月底前"), "未完成", 7), (Light::Green, "时限 2025年12月: 7月尚未到期, 绿灯".to_string()));
    assert_eq!(judge(&by("7月底前"), "进行中", 7), (Light::Yellow, "时限 2025年7月: 本月（7月）到期且未完成, 黄灯".to_string()));
    assert_eq!(judge(&by("2025年7月15日前"), "未完成", 7).0, Light::Yellow);
    assert_eq!(judge(&by("2025年7月15日前"), "未完成", 8), (Light::Red, "时限 2025年7月15日: 已逾期且未完成, 红灯".to_string()));
    assert_eq!(judge(&by("6月底前"), "部分完成", 7), (Light::Red, "时限 2025年6月: 已逾期且未完成, 红灯".to_string()));
    assert_eq!(
        judge(&by("6月底前"), "2025年6月15日", 7),
        (Light::Green, "时限 2025年6月: 完成于 2025年6月15日, 按期完成, 绿灯".to_string())
    );
    assert_eq!(judge(&by("6月底前"), "6月30日", 7).0, Light::Green);
    assert_eq!(judge(&by("6月底前"), "2025年7月1日", 7), (Light::Red, "时限 2025年6月: 完成于 2025年7月1日, 晚于时限, 红灯".to_string()));
    assert_eq!(judge(&by("9月底前"), "已完成", 7), (Light::Green, "时限 2025年9月: 截至7月已完成, 按期完成, 绿灯".to_string()));
    // a deadline of the year after (次年3月) is ahead all year
    assert_eq!(judge(&by("次年3月底前"), "未完成", 12).0, Light::Green);
    let p = Profile::central();
    let at = |v: &str, a: &str, m: u8, y: Option<u16>| p.judge(&by(v), &a.parse().unwrap(), m, y);
    assert_eq!(at("6月底前", "已完成", 7, Some(2025)).unwrap_err(), CannotJudge::DoneDateUnknown);
    assert_eq!(at("12月底前", "未完成", 7, None).unwrap_err(), CannotJudge::NeedsYear);
    assert_eq!(at("2025年12月底前", "未完成", 7, None).unwrap_err(), CannotJudge::NeedsYear);
    assert_eq!(
        at("12月底前", "2025年9月", 7, Some(2025)).unwrap_err(),
        CannotJudge::FutureDate(crate::PartialDate::new(Some(2025), Some(9), None).unwrap())
    );
    assert_eq!(at("12月底前", "50%", 7, Some(2025)).unwrap_err(), CannotJudge::NeedsDate);
    assert_eq!(at("12月底前", "有所进展", 7, Some(2025)).unwrap_err(), CannotJudge::NeedsDate);
    let s = at("7月底前", "进行中", 7, Some(2025)).unwrap();
    assert_eq!(s.rule, LightRule::Deadline);
    assert_eq!(s.rule_en(), "deadline 2025年7月: due this month (month 7) and not done: yellow");
}

#[test]
fn qualitative_by_the_band_stated() {
    let q = ind(Level1::Benefit, Level2::Sustainability, "持续保持");
    assert_eq!(judge(&q, "达到预期", 7), (Light::Green, "定性: 达到预期, 绿灯".to_string()));
    assert_eq!(judge(&q, "部分达到并具备一定效果", 7), (Light::Yellow, "定性: 部分达到并具备一定效果, 黄灯".to_string()));
    assert_eq!(judge(&q, "未达到", 7), (Light::Red, "定性: 未达到, 红灯".to_string()));
    assert_eq!(judge(&q, "持续保持", 7), (Light::Green, "定性: 完成情况与目标一致（持续保持）, 绿灯".to_string()));
    let s = Profile::central().judge(&q, &"部分达到并具备一定效果".parse().unwrap(), 7, None).unwrap();
    assert_eq!(s.rule_en(), "qualitative: partly achieved, with some effect: yellow");
    let err = Profile::central().judge(&q, &"有所改善".parse().unwrap(), 7, None).unwrap_err();
    assert_eq!(err, CannotJudge::Compare(CompareError::NeedsBand));
    // a band answers a numeric target too
    assert_eq!(judge(&quantity("≥19个"), "部分达到", 7), (Light::Yellow, "档次: 部分达到并具备一定效果, 黄灯".to_string()));
    // 不适用 is no light
    let err = Profile::central().judge(&q, &Actual::NotApplicable, 7, None).unwrap_err();
    assert_eq!(err.to_string(), "the indicator does not apply");
}

#[test]
fn a_target_that_does_not_parse_is_flagged_with_its_error() {
    let bad = quantity("≥2x万");
    let err = Profile::central().judge(&bad, &"1".parse().unwrap(), 7, None).unwrap_err();
    assert_eq!(err.to_string(), "the annual target (年度指标值) does not parse");
    assert_eq!(std::error::Error::source(&err).unwrap().to_string(), "expected a unit, a range or the end at character 3 (byte offset 4)");
    assert_eq!(err.zh(), "年度指标值无法解析：第3个字符处应为单位、区间或结尾");
}

/// A project of three indicators and a 100 万元 budget, reported in July.
fn report() -> Report {
    let mut p = Project::new("示例项目");
    p.set_year(2025).unwrap();
    p.budget = Budget::fiscal_only(d("100"));
    p.indicators.push(quantity("≥1200人")); // 700人 by July is on pace
    p.indicators.push(ind(Level1::Output, Level2::Timeliness, "≤24小时"));
    p.indicators.push(ind(Level1::Satisfaction, Level2::Satisfaction, "≥90%"));
    let mut r = Report::new(p, 7).unwrap();
    r.budget.executed = Some(d("50"));
    r.set_progress(Progress::new(0).completed("700人").forecast("1200人"));
    r.set_progress(Progress::new(1).completed("30小时"));
    r.set_progress(Progress::new(2).completed("90%")); // a rate: judged whole, not paced
    r
}

fn codes(s: &Summary) -> Vec<(&'static str, String)> {
    s.findings.iter().map(|f| (f.code().as_str(), f.subject().to_string())).collect()
}

#[test]
fn reasons_by_light_by_red_only_and_by_possibility() {
    let mut r = report();
    let s = Profile::central().monitor(&r);
    // July: 90% meets ≥90% (a rate is judged whole); 30 hours is red
    let lights: Vec<Light> = s.items.iter().map(|i| i.signal.as_ref().unwrap().light).collect();
    assert_eq!(lights, [Light::Green, Light::Red, Light::Green]);
    assert_eq!(s.budget.signal.as_ref().unwrap().light, Light::Green); // 50 ÷ 100 ÷ 7/12 = 85.71
    assert_eq!(codes(&s), [("M001", "指标2「指标」".to_string()), ("M002", "指标2「指标」".to_string())]);
    assert_eq!(s.findings[0].zh(), "红灯需填写偏差原因分析: 反向指标 ≤24小时: 完成值 30小时 超出目标, 红灯");
    assert_eq!(
        s.findings[0].en(),
        "a red light needs a reason for the deviation: lower is better ≤24小时: completed 30小时 beyond the target: red"
    );
    assert_eq!(s.findings[0].severity(), crate::Severity::Error);
    assert_eq!(s.findings[1].zh(), "红灯需填写纠偏措施");
    assert!(s.items[1].reason_required && !s.items[0].reason_required);

    // a reason and a measure given: nothing to say; a yellow light without either
    r.set_progress(Progress::new(1).completed("30小时").reasons("硬件条件保障：备件不足").remedy("8月补充备件"));
    r.set_progress(Progress::new(0).completed("500人").forecast("1200人")); // 500 ÷ 700 = 71.42: yellow
    let s = Profile::central().monitor(&r);
    assert_eq!(codes(&s), [("M001", "指标1「指标」".to_string()), ("M002", "指标1「指标」".to_string())]);
    // red only: the yellow needs nothing
    let red_only = Profile::builder().reasons(ReasonRule::RedOnly).build().unwrap();
    assert!(red_only.monitor(&r).findings.is_empty());
    // no measure asked for
    let no_remedy = Profile::builder().remedy_required(false).build().unwrap();
    assert_eq!(codes(&no_remedy.monitor(&r)), [("M001", "指标1「指标」".to_string())]);

    // by possibility: a green line that may miss needs a reason; a red one that will not, none
    let by = Profile::builder().reasons(ReasonRule::ByPossibility).build().unwrap();
    let mut r = report();
    r.set_progress(Progress::new(0).completed("700人").possibility(Possibility::Possible));
    r.set_progress(Progress::new(1).completed("30小时").possibility(Possibility::Certain));
    let s = by.monitor(&r);
    assert_eq!(
        codes(&s),
        [("M001", "指标1「指标」".to_string()), ("M002", "指标1「指标」".to_string()), ("M008", "指标3「指标」".to_string())]
    );
    assert_eq!(s.findings[0].zh(), "完成目标可能性为“有可能”, 需填写偏差原因分析");
    assert_eq!(s.findings[0].en(), "a target that is possible to reach needs a reason for the deviation");
    assert_eq!(s.findings[1].zh(), "完成目标可能性为“有可能”, 需填写纠偏措施");
    assert_eq!(s.findings[2].zh(), "未填写完成目标可能性（确定能 / 有可能 / 完全不可能）, 无法判断是否需说明偏差原因");
}

#[test]
fn a_forecast_that_misses_is_a_finding_even_under_a_green_light() {
    let mut r = report();
    r.set_progress(Progress::new(0).completed("700人").forecast("1000人"));
    r.set_progress(Progress::new(1).completed("20小时").forecast("≤24小时"));
    // (`约九成` now reads as about 90%: a forecast in words the crate cannot read stays unjudged)
    r.set_progress(Progress::new(2).completed("90%").forecast("尚难预计"));
    let s = Profile::central().monitor(&r);
    assert_eq!(s.items[0].signal.as_ref().unwrap().light, Light::Green);
    assert_eq!(s.items.iter().map(|i| i.forecast_met).collect::<Vec<_>>(), [Some(false), Some(true), None]);
    assert_eq!(codes(&s), [("M003", "指标1「指标」".to_string()), ("M007", "指标3「指标」".to_string())]);
    // scored as the self-evaluation will: 100 × 1000 ÷ 1200
    assert_eq!(s.findings[0].zh(), "全年预计完成 1000人, 未达到年度指标值 ≥1200人（按自评规则得分率 83.33%）");
    assert_eq!(
        s.findings[0].en(),
        "the year-end forecast 1000人 misses the annual target ≥1200人 (it would score 83.33% by the self-evaluation rules)"
    );
    assert!(s.findings[1].zh().starts_with("无法判断全年预计完成情况: "), "{}", s.findings[1].zh());
    // at exactly the target it meets it
    r.set_progress(Progress::new(0).completed("700人").forecast("1200人"));
    assert_eq!(Profile::central().monitor(&r).items[0].forecast_met, Some(true));
}

#[test]
fn budget_findings_forecast_rate_and_rectification() {
    let mut r = report();
    r.budget.forecast = Some(d("99.99"));
    r.budget.rate = Some(d("50.01"));
    let mut p = Progress::new(0).completed("700人");
    p.rectify = Some(true);
    r.set_progress(p);
    let s = Profile::central().monitor(&r);
    assert_eq!(
        codes(&s),
        [
            ("M004", "预算执行".to_string()),
            ("M010", "预算执行".to_string()),
            ("M009", "指标1「指标」".to_string()),
            ("M001", "指标2「指标」".to_string()),
            ("M002", "指标2「指标」".to_string())
        ]
    );
    assert_eq!(s.findings[0].zh(), "全年预计执行数 99.99 低于预算数 100（预计执行率 99.99%）");
    assert_eq!(s.findings[1].zh(), "填报执行率 50.01% 与 执行数 ÷ 预算数 = 50.00% 不符");
    assert_eq!(s.findings[1].severity(), crate::Severity::Note);
    // the stated rate is compared at its own places: 50% and 50.0% both match 50 ÷ 100
    r.budget.rate = Some(d("50.0"));
    r.budget.forecast = Some(d("100"));
    let s = Profile::central().monitor(&r);
    assert!(!s.findings.iter().any(|f| matches!(f.code(), Code::RateMismatch | Code::BudgetForecastShort)));
}

#[test]
fn divergence_of_goal_completion_and_budget_execution() {
    let p = Profile::checkpoints();
    let mut r = report();
    // executed 50 of 100: 50%; the stated goal completion 60% is 10 points away: allowed
    r.goal_completion = Some(d("60"));
    assert!(!p.monitor(&r).findings.iter().any(|f| f.code() == Code::Divergence));
    r.goal_completion = Some(d("60.01"));
    let s = p.monitor(&r);
    let f = s.findings.iter().find(|f| f.code() == Code::Divergence).unwrap();
    assert_eq!(f.zh(), "目标完成进度 60.01% 与预算执行率 50% 相差 10.01 个百分点, 超过 10 个百分点");
    assert_eq!(f.subject(), &Subject::Project);
    // computed from the paced indicators: 700 ÷ 1200 = 58.33% (the rate ≥90% is not paced)
    r.goal_completion = None;
    assert!(!p.monitor(&r).findings.iter().any(|f| f.code() == Code::Divergence));
    r.budget.executed = Some(d("40"));
    let s = p.monitor(&r);
    let f = s.findings.iter().find(|f| f.code() == Code::Divergence).unwrap();
    assert_eq!(f.zh(), "目标完成进度 58.33% 与预算执行率 40% 相差 18.33 个百分点, 超过 10 个百分点（目标完成进度按正向指标 完成值 ÷ 年度指标值 的平均计, 每项至多100%）");
    // with nothing to take it from, a flag
    r.set_progress(Progress::new(0).completed("未完成"));
    r.set_progress(Progress::new(2).completed("/"));
    let s = p.monitor(&r);
    let f = s.findings.iter().find(|f| f.subject() == &Subject::Project).unwrap();
    assert_eq!((f.code(), f.zh()), (Code::NotJudged, "无法判断预警灯: 缺少目标完成进度：未填报，也没有可计算的正向指标"));
}

#[test]
fn what_cannot_be_judged_is_flagged_and_counted() {
    let mut r = report();
    r.budget.executed = None;
    r.set_progress(Progress::new(0)); // nothing written
    r.set_progress(Progress::new(1).completed("≥2x万"));
    r.set_progress(Progress::new(9).completed("1人"));
    let s = Profile::central().monitor(&r);
    assert_eq!(s.counts, LightCounts { red: 0, yellow: 0, green: 1, blue: 0, unjudged: 3 });
    assert_eq!(s.worst, Some(Light::Green));
    let flags: Vec<(String, String)> = s.findings.iter().map(|f| (f.subject().to_string(), f.zh().to_string())).collect();
    assert_eq!(
        flags,
        [
            ("预算执行".to_string(), "无法判断预警灯: 未填报1–X月执行数".to_string()),
            ("指标1「指标」".to_string(), "无法判断预警灯: 未填报1–X月执行情况".to_string()),
            ("指标2「指标」".to_string(), "无法判断预警灯: 1–X月执行情况无法解析：第3个字符处应为单位、区间或结尾".to_string()),
            ("项目".to_string(), "无法判断预警灯: 项目没有第10个指标，其执行情况无从对应".to_string()),
        ]
    );
    assert_eq!(
        s.findings[2].en(),
        "no light: the progress (1–X月执行情况) does not parse: expected a unit, a range or the end at character 3 (byte offset 4)"
    );
}

#[test]
fn the_summary_prints_the_monitoring_table() {
    let s = Profile::central().monitor(&report());
    assert_eq!(
        s.to_string(),
        "示例项目 — 绩效运行监控 2025年1–7月 (序时进度 7/12, 方案 central)
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1–7月完成 | 全年预计 | 预警 | 判断依据 | 偏差原因 | 完成可能性 | 纠偏措施 |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| 预算执行 |  |  | 100万元 | 50 (50%) |  | 绿灯 | 预算执行进度 = 执行数 50 ÷ 预算数 100 ÷ 序时进度 7/12 × 100 = 85.71 (≥80), 绿灯 |  |  |  |
| 产出指标 | 数量指标 | 指标 | ≥1200人 | 700人 | 1200人 | 绿灯 | 正向指标: 完成值 700人 ÷ (年度指标值 1200人 × 7/12) × 100 = 100 (≥80, <120), 绿灯 |  |  |  |
| 产出指标 | 时效指标 | 指标 | ≤24小时 | 30小时 |  | 红灯 | 反向指标 ≤24小时: 完成值 30小时 超出目标, 红灯 | （缺, 需填写） |  | （缺, 需填写） |
| 满意度指标 | 服务对象满意度指标 | 指标 | ≥90% | 90% |  | 绿灯 | 比率指标 ≥90%: 完成值 90% 达到目标, 绿灯 |  |  |  |
预警灯: 红灯 1, 黄灯 0, 绿灯 3, 蓝灯 0, 无法判断 0; 最差: 红灯
发现 (findings):
- M001 错误 指标2「指标」：红灯需填写偏差原因分析: 反向指标 ≤24小时: 完成值 30小时 超出目标, 红灯
- M002 警告 指标2「指标」：红灯需填写纠偏措施
"
    );
}

#[test]
fn months_and_profiles_are_checked() {
    assert_eq!(Report::new(Project::new("x"), 0).unwrap_err(), MonitorError::InvalidMonth(0));
    assert_eq!(MonitorError::InvalidMonth(13).to_string(), "month 13 is outside 1–12");
    assert_eq!(MonitorError::InvalidMonth(13).zh(), "月份13不在1–12之间");
    let mut r = report();
    assert!(r.set_month(12).is_ok() && r.set_month(13).is_err());
    assert_eq!(r.month(), 12);
    let err = |b: ProfileBuilder| b.build().unwrap_err().to_string();
    assert_eq!(
        err(Profile::builder().pace_bands(d("80"), d("60"), None)),
        "invalid profile: indicator bands must satisfy 0 ≤ red ≤ green ≤ blue"
    );
    assert_eq!(err(Profile::builder().budget_pace(d("-1"), d("60"))), "invalid profile: budget bands must satisfy 0 ≤ red ≤ green ≤ blue");
    assert_eq!(err(Profile::builder().budget_checkpoints(vec![])), "invalid profile: no budget checkpoint");
    let backwards = vec![Checkpoint::new(6, d("40")), Checkpoint::new(4, d("25"))];
    assert_eq!(
        err(Profile::builder().budget_checkpoints(backwards)),
        "invalid profile: checkpoints must come in month order with rates that do not fall"
    );
    assert_eq!(
        err(Profile::builder().budget_checkpoints(vec![Checkpoint::new(13, d("40"))])),
        "invalid profile: a checkpoint needs a month 1–12 and a rate from 0 to 100"
    );
    assert_eq!(err(Profile::builder().divergence(Some(d("-1")))), "invalid profile: negative divergence");
    assert_eq!(Profile::default(), Profile::central());
    assert_eq!(Profile::checkpoints().to_builder().build().unwrap(), Profile::checkpoints());
}

#[test]
fn lights_codes_and_answers_read_back() {
    for l in Light::ALL {
        assert_eq!(Light::parse(l.zh()).unwrap(), l);
        assert_eq!(Light::parse(l.en()).unwrap(), l);
    }
    assert_eq!(Light::parse("红").unwrap(), Light::Red);
    assert_eq!(Light::parse("灯").unwrap_err().kind(), crate::ParseErrorKind::UnknownAnswer);
    for c in Code::ALL {
        assert_eq!(Code::parse(c.as_str()), Ok(*c));
    }
    assert_eq!(Code::parse("m003"), Ok(Code::ForecastMisses));
    assert!(Code::parse("J001").is_err());
    assert_eq!(Possibility::parse(" 完全不可能 ").unwrap(), Possibility::Impossible);
    assert_eq!(Possibility::parse("能").unwrap(), Possibility::Certain);
    let e = Possibility::parse("大概").unwrap_err();
    assert_eq!(
        (e.to_string().as_str(), e.zh().as_str()),
        ("not one of the answers the form allows at character 1 (byte offset 0)", "第1个字符处不是表中可选的答案")
    );
    let r = Reasons::from_text("硬件保障、其它");
    assert_eq!(r.categories, [ReasonCategory::Hardware, ReasonCategory::Other]);
    assert!(Reasons::from_text("制度保障").categories == [ReasonCategory::Institutional]);
    assert!(!Reasons::from_text(" 无 ").is_given());
}
