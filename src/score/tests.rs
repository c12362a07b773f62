//! Rule by rule, with the words each rule writes.

use rust_decimal::Decimal;

use super::*;
use crate::{Actual, Band, Budget, Grade, Indicator, Level1, Level2, Project, Threshold};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn item(p: &Profile, t: &str, a: &str, w: &str) -> ItemScore {
    p.score_indicator(&Threshold::parse(t).unwrap(), &Actual::parse(a).unwrap(), d(w)).unwrap()
}

fn err(p: &Profile, t: &str, a: Actual, w: &str) -> String {
    p.score_indicator(&Threshold::parse(t).unwrap(), &a, d(w)).unwrap_err().to_string()
}

#[test]
fn higher_is_better() {
    let p = Profile::central();
    let s = item(&p, "≥50个", "50", "8");
    assert_eq!((s.score, s.met, s.rule), (d("8"), true, Rule::Full));
    assert_eq!(s.rule_zh(), "≥: 完成值 50个 ≥ 目标 50个, 满分");
    assert_eq!(s.rule_en(), "≥: actual 50个 ≥ target 50个, full marks");
    let s = item(&p, "≥20000", "23333.56", "10");
    assert_eq!(s.score, d("10"));
    let s = item(&p, "≥2万人", "1.5万人", "10");
    assert_eq!(s.rule_zh(), "≥: 完成值 1.5万人 < 目标 2万人, 得分 = 10 × 15000 ÷ 20000 = 7.50");
    assert_eq!(s.rule_en(), "≥: actual 1.5万人 < target 2万人, score = 10 × 15000 ÷ 20000 = 7.50");
    // > at the bound is missed, and never full marks
    let s = item(&p, ">90%", "90%", "10");
    assert_eq!((s.score, s.met), (d("9.99"), false));
    assert!(s.rule_zh().ends_with("（未达成不得满分）"), "{}", s.rule_zh());
    // 19999 of 20000 rounds to 10.00 but stays below full marks
    assert_eq!(item(&p, "≥20000", "19999", "10").score, d("9.99"));
    let whole = Profile::builder().rounding(Rounding::Whole).build().unwrap();
    assert_eq!(item(&whole, "≥100%", "98%", "10").score, d("9"));
    assert_eq!(item(&whole, "≥100%", "84%", "10").score, d("8"));
    assert_eq!(item(&whole, "≥100%", "85%", "10").score, d("9"));
}

#[test]
fn bare_values_and_equals_score_as_at_least() {
    let p = Profile::central();
    let s = item(&p, "100%", "100%", "10");
    assert!(s.met);
    assert_eq!(s.rule_en(), "= (scored as ≥): actual 100% ≥ target 100%, full marks");
    assert!(item(&p, "=3份", "4份", "10").met);
}

#[test]
fn lower_is_better_both_rules() {
    let ratio = Profile::central();
    let s = item(&ratio, "≤10万元", "12万元", "10");
    assert_eq!((s.score, s.rule), (d("8.33"), Rule::LowerRatio));
    assert_eq!(s.rule_zh(), "≤: 完成值 12万元 > 目标 10万元, 得分 = 10 × 100000 ÷ 120000 = 8.33");
    let linear = Profile::builder().lower_rule(LowerRule::Linear).build().unwrap();
    let s = item(&linear, "≤10万元", "12万元", "10");
    assert_eq!((s.score, s.rule), (d("8.00"), Rule::LowerLinear));
    assert_eq!(item(&linear, "≤10万元", "20万元", "10").score, Decimal::ZERO);
    assert_eq!(item(&linear, "≤10万元", "35万元", "10").score, Decimal::ZERO);
    assert_eq!(item(&ratio, "≤10万元", "20万元", "10").score, d("5.00"));
    // ≤90万元 with 90 spent
    assert!(item(&ratio, "≤90万元", "90万元", "8").met);
    // converted: 1天 meets ≤24小时, 2天 is half
    assert!(item(&ratio, "≤24小时", "1天", "10").met);
    assert_eq!(item(&ratio, "≤24小时", "2天", "10").score, d("5.00"));
}

#[test]
fn a_target_of_zero_is_all_or_nothing() {
    let p = Profile::central();
    assert!(item(&p, "≤0次", "0", "10").met);
    let s = item(&p, "≤0次", "1次", "10");
    assert_eq!((s.score, s.rule), (Decimal::ZERO, Rule::ZeroTarget));
    assert_eq!(s.rule_zh(), "≤: 完成值 1次 > 目标 0次, 目标为 0 未达成, 0分");
}

#[test]
fn deadlines_are_all_or_nothing() {
    let p = Profile::central();
    let s = item(&p, "2025年6月30日前", "2025年6月20日", "5");
    assert!(s.met);
    let s = item(&p, "6月底前", "7月", "5");
    assert_eq!((s.score, s.rule), (Decimal::ZERO, Rule::Overdue));
    assert_eq!(s.rule_en(), "deadline: done 7月, after 6月: overdue, 0 points");
    // a year-less deadline against a dated actual needs the table's year
    assert!(err(&p, "6月底前", Actual::parse("2025年7月").unwrap(), "5").contains("year"));
    assert!(err(&p, "6月底前", Actual::parse("建设中").unwrap(), "5").contains("deadline"));
}

#[test]
fn ranges() {
    let p = Profile::central();
    assert!(item(&p, "90%-100%", "95%", "10").met);
    let s = item(&p, "90%-100%", "81%", "10");
    assert_eq!(s.score, d("9.00"));
    assert!(s.rule_zh().starts_with("区间 90-100%: ≥: 完成值 81% < 目标 90%"), "{}", s.rule_zh());
    assert_eq!(item(&p, "1-3天", "4天", "10").score, d("7.50"));
}

#[test]
fn over_achievement_option() {
    let zero = Profile::builder().over_achievement(OverAchievement::ZeroAbove(d("0.3"))).build().unwrap();
    let s = item(&zero, "≥100个", "131个", "10");
    assert_eq!((s.score, s.met, s.rule), (Decimal::ZERO, false, Rule::OverLimit));
    assert_eq!(s.rule_zh(), "≥: 完成值 131个 ≥ 目标 100个, 超过目标 30% 以上, 0分");
    assert!(item(&zero, "≥100个", "130个", "10").met);
    // percentages are not zeroed
    assert!(item(&zero, "≥50%", "90%", "10").met);
}

#[test]
fn bands() {
    let central = Profile::central();
    let hubei = Profile::hubei();
    let t = "持续保障";
    let band = |b, s: Option<&str>| Actual::Band { band: b, score: s.map(d) };
    let go = |p: &Profile, a: Actual| p.score_indicator(&Threshold::parse(t).unwrap(), &a, d("10")).unwrap();
    assert_eq!(go(&central, band(Band::Achieved, None)).score, d("10"));
    assert_eq!(go(&central, band(Band::Partial, None)).score, d("6.00"));
    assert_eq!(go(&hubei, band(Band::Partial, None)).score, d("5.00"));
    assert_eq!(go(&central, band(Band::NotAchieved, None)).score, Decimal::ZERO);
    let middle = Profile::builder().band_point(BandPoint::Middle).build().unwrap();
    assert_eq!(go(&middle, band(Band::Partial, None)).score, d("7.00"));
    assert_eq!(go(&middle, band(Band::NotAchieved, None)).score, d("3.00"));
    let s = go(&central, band(Band::Achieved, Some("9")));
    assert_eq!((s.score, s.met), (d("9"), true));
    assert_eq!(go(&hubei, band(Band::Partial, Some("5"))).score, d("5"));
    // outside the band: 8 is 达成 under central bands, 5 is 未达成
    let e = err(&central, t, band(Band::Partial, Some("8")), "10");
    assert_eq!(e, "score 8 is outside the band partly achieved (6 to 8 of weight 10)");
    assert!(err(&central, t, band(Band::Partial, Some("5")), "10").starts_with("score 5 is outside"));
    assert!(err(&central, t, band(Band::Achieved, Some("10.5")), "10").starts_with("score 10.5 is outside"));
}

#[test]
fn qualitative_and_kind_errors() {
    let p = Profile::central();
    assert!(item(&p, "有效", "有效", "10").met);
    assert_eq!(
        err(&p, "持续保障", Actual::parse("建设中").unwrap(), "10"),
        "the answer `建设中` states no band (达成 / 部分达成 / 未达成) and does not repeat the target"
    );
    assert_eq!(err(&p, "≥20000家", Actual::parse("20001人").unwrap(), "10"), "cannot compare 人 with 家: different units");
    assert_eq!(err(&p, "≥5个", Actual::NotApplicable, "10"), "the indicator does not apply (不适用)");
    assert_eq!(err(&p, "≥5个", Actual::parse("5个").unwrap(), "-1"), "negative weight -1");
}

fn project(rows: &[(Level1, Level2, &str, &str, Option<&str>)]) -> Project {
    let mut p = Project::new("测试项目");
    p.budget = Budget { executed: Some(d("86.2")), ..Budget::fiscal_only(d("100")) };
    for (l1, l2, name, value, w) in rows {
        let mut i = Indicator::new(Some(l1.clone()), Some(l2.clone()), name, value);
        i.weight = w.map(d);
        p.indicators.push(i);
    }
    p
}

fn weights(c: &Scorecard) -> Vec<Option<String>> {
    c.items.iter().map(|i| i.weight.map(|w| w.to_string())).collect()
}

fn codes(c: &Scorecard) -> Vec<(FlagCode, Option<usize>)> {
    c.flags.iter().map(|f| (f.code(), f.index())).collect()
}

#[test]
fn default_weights_by_level1_and_even() {
    use Level1::*;
    let p = project(&[
        (Output, Level2::Quantity, "a", "≥1个", None),
        (Output, Level2::Quality, "b", "≥1个", None),
        (Output, Level2::Timeliness, "c", "≥1个", None),
        (Benefit, Level2::Social, "d", "≥1个", None),
        (Satisfaction, Level2::Satisfaction, "e", "≥1个", None),
    ]);
    let a = (0..5).fold(Actuals::from_project(&p), |a, i| a.at(i, Actual::parse("1个").unwrap()));
    let c = Profile::central().score(&p, &a).unwrap();
    // 50 split three ways: 16.66 each and the two cents left to the first two, said in a flag
    let some = |v: &[&str]| v.iter().map(|s| Some(s.to_string())).collect::<Vec<_>>();
    assert_eq!(weights(&c), some(&["16.67", "16.67", "16.66", "30", "10"]));
    assert_eq!(codes(&c), [(FlagCode::Remainder, None)]);
    assert_eq!(c.flags[0].zh(), "分值50按两位小数分配后余0.02分，依表中顺序各加0.01分给指标1、指标2");
    assert_eq!(c.budget.score.as_ref().unwrap().score, d("8.62"));
    assert_eq!((c.total, c.grade), (Some(d("98.62")), Some(Grade::Excellent)));
    let c = Profile::hubei().score(&p, &a).unwrap();
    assert_eq!(weights(&c), some(&["16", "16", "16", "16", "16"]));
    assert_eq!(c.budget.score.as_ref().unwrap().score, d("17.24"));
    // 86.2% in whole points is 9: a missed target scores weight × actual ÷ target, to the profile's places
    let whole = Profile::builder().rounding(Rounding::Whole).build().unwrap();
    assert_eq!(whole.score(&p, &a).unwrap().budget.score.unwrap().score, d("9"));
    // a block without indicators gives its points to the others: 50 and 30 become 56.25 and 33.75
    let two = project(&[(Output, Level2::Quantity, "a", "≥1个", None), (Benefit, Level2::Social, "d", "≥1个", None)]);
    let c = Profile::central().score(&two, &a).unwrap();
    assert_eq!(weights(&c), some(&["56.25", "33.75"]));
    // the only satisfaction indicator does not apply: its 10 points go to the other blocks
    let c = Profile::central().score(&p, &a.clone().at(4, Actual::NotApplicable)).unwrap();
    assert_eq!(weights(&c), [Some("18.75".into()), Some("18.75".into()), Some("18.75".into()), Some("33.75".into()), None]);
    assert_eq!((c.total_weight, c.items[4].status), (d("100"), ItemStatus::NotApplicable));
    // a 满意度 level 2 filed under 效益 (the older template) is in the satisfaction block
    let old = project(&[
        (Output, Level2::Quantity, "a", "≥1个", None),
        (Benefit, Level2::Social, "d", "≥1个", None),
        (Benefit, Level2::Satisfaction, "e", "≥1个", None),
    ]);
    assert_eq!(weights(&Profile::central().score(&old, &a).unwrap()), some(&["50", "30", "10"]));
}

#[test]
fn not_applicable_rows_rescale_inside_their_block() {
    use Level1::*;
    let p = project(&[
        (Output, Level2::Quantity, "a", "≥1个", Some("40")),
        (Benefit, Level2::Social, "b", "≥1个", Some("40")),
        (Benefit, Level2::Ecological, "c", "≥1个", Some("10")),
    ]);
    let a = Actuals::new()
        .executed(d("100"))
        .at(0, Actual::parse("1个").unwrap())
        .named("b", Actual::parse("1个").unwrap())
        .at(2, Actual::NotApplicable);
    let c = Profile::central().score(&p, &a).unwrap();
    // c's 10 points stay in 效益: b takes them, a keeps its 40
    assert_eq!(weights(&c), [Some("40".to_string()), Some("50".to_string()), None]);
    assert_eq!(c.total, Some(d("100")));
    let shown = c.to_string();
    assert!(shown.contains("| 不适用 | — | — | 不适用, 不计分, 同一一级指标内其余指标按比例折算 |"), "{shown}");
    // one 产出 item of three out: the other two share the block's weight, 效益 and 满意度 keep theirs
    let q = project(&[
        (Output, Level2::Quantity, "a", "≥1个", Some("20")),
        (Output, Level2::Quality, "b", "≥1个", Some("20")),
        (Output, Level2::Timeliness, "c", "≥1个", Some("10")),
        (Benefit, Level2::Social, "d", "≥1个", Some("30")),
        (Satisfaction, Level2::Satisfaction, "e", "≥1个", Some("10")),
    ]);
    let a = (0..5).fold(Actuals::from_project(&q), |a, i| a.at(i, Actual::parse("1个").unwrap())).at(2, Actual::NotApplicable);
    let c = Profile::central().score(&q, &a).unwrap();
    assert_eq!(weights(&c), [Some("25".into()), Some("25".into()), None, Some("30".into()), Some("10".into())]);
}

#[test]
fn one_item_never_stops_the_others() {
    use Level1::*;
    let p = project(&[(Output, Level2::Quantity, "a", "≥1个", Some("40")), (Benefit, Level2::Social, "b", "≥1个", None)]);
    let a = Actuals::from_project(&p).at(0, Actual::parse("1个").unwrap()).at(1, Actual::parse("1个").unwrap());
    let c = Profile::central().score(&p, &a).unwrap();
    assert_eq!(c.items[0].score.as_ref().unwrap().score, d("40"));
    assert_eq!(c.items[1].status, ItemStatus::Unscored);
    assert_eq!(codes(&c), [(FlagCode::WeightsNot100, None), (FlagCode::MissingWeight, Some(1))]);
    assert_eq!(c.flags[1].en(), "no weight (分值) while other indicators have one");
    assert_eq!((c.total, c.grade), (None, None));
    // a missing actual: that item is undecided, the others scored
    let c = Profile::central().score(&p, &Actuals::new().at(0, Actual::parse("1个").unwrap())).unwrap();
    assert_eq!(c.flags.iter().find(|f| f.index() == Some(1)).map(|f| f.zh()), Some("其他指标有分值而本指标没有"));
    let q = project(&[(Level1::parse("过程指标").unwrap(), Level2::parse("资金管理").unwrap(), "x", "≥1个", None)]);
    let c = Profile::central().score(&q, &Actuals::new().at(0, Actual::parse("1个").unwrap())).unwrap();
    assert_eq!(
        c.flags.iter().find(|f| f.index() == Some(0)).map(|f| f.en()),
        Some("no default weight for level 1 `过程指标`: give the indicators weights (分值)")
    );
    // an even split has no such problem
    let c = Profile::sichuan().score(&q, &Actuals::from_project(&q).at(0, Actual::parse("1个").unwrap())).unwrap();
    assert_eq!((c.total, c.grade), (Some(d("98.62")), Some(Grade::Excellent)));
    // the project's own executed amount is read only through the actuals
    let c = Profile::sichuan().score(&q, &Actuals::new().at(0, Actual::parse("1个").unwrap())).unwrap();
    assert_eq!(codes(&c), [(FlagCode::BudgetUndecided, None)]);
    // no executed amount: the budget's points are undecided, the grade still known when certain
    let mut r = q.clone();
    r.budget.executed = None;
    let c = Profile::sichuan().score(&r, &Actuals::new().at(0, Actual::parse("1个").unwrap())).unwrap();
    assert_eq!(codes(&c), [(FlagCode::BudgetUndecided, None)]);
    assert_eq!((c.scored, c.undecided, c.total, c.grade), (d("90"), d("10"), None, Some(Grade::Excellent)));
}

#[test]
fn builder_checks_its_settings() {
    assert!(Profile::builder().qualitative_bands(d("50"), d("60")).build().is_err());
    assert!(Profile::builder().budget_points(d("-1")).build().is_err());
    assert!(Profile::builder().even_weights(d("-90")).build().is_err());
    let bad = GradeBands { excellent: d("80"), good: d("90"), fair: d("60") };
    assert_eq!(
        Profile::builder().grade_bands(bad).build().unwrap_err().to_string(),
        "invalid profile: grade bands must satisfy 优 ≥ 良 ≥ 中"
    );
    let p = Profile::builder().name("x").budget_points(d("20")).level1_weights(d("40"), d("30"), d("10")).build().unwrap();
    assert_eq!((p.name(), p.budget_points(), p.default_weights().total()), ("x", d("20"), d("80")));
}
