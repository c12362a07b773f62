//! Scorecards that can run unattended: each case a user met, with its exact result. Where a
//! scorer could only guess, the item is scored as written and flagged, or not scored and
//! flagged; nothing stops the rest of the card.

use jixiao::import::table;
use jixiao::score::{Actuals, FlagCode, ItemStatus, Profile, Rounding, Rule, Scorecard};
use jixiao::{Actual, Band, Budget, Decimal, Grade, Indicator, Level1, Level2, Project, Threshold};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn t(s: &str) -> Threshold {
    s.parse().unwrap()
}

fn a(s: &str) -> Actual {
    s.parse().unwrap()
}

fn codes(c: &Scorecard) -> Vec<(FlagCode, Option<usize>)> {
    c.flags.iter().map(|f| (f.code(), f.index())).collect()
}

/// A project of rows (level 1, level 2, name, target, weight, actual) with a budget fully spent.
fn project(rows: &[(Level1, Level2, &str, &str, &str, &str)]) -> Project {
    let mut p = Project::new("核查项目");
    p.budget = Budget { executed: Some(d("100")), ..Budget::fiscal_only(d("100")) };
    for (l1, l2, name, target, weight, actual) in rows {
        let mut i = Indicator::new(Some(l1.clone()), Some(l2.clone()), name, target);
        i.weight = Some(d(weight));
        i.actual = Some(actual.to_string());
        p.indicators.push(i);
    }
    p
}

#[test]
fn a_target_of_zero_missed_scores_zero() {
    let p = Profile::central();
    for (target, actual) in [("0次", "1次"), ("=0", "1"), ("0起", "1起"), ("0%", "1%")] {
        let s = p.score_indicator(&t(target), &a(actual), Decimal::TEN).unwrap();
        assert_eq!((s.score, s.met, s.rule), (d("0.00"), false, Rule::ZeroTarget), "{target}");
        assert!(s.rule_zh().starts_with("=（按≤计分）"), "{}", s.rule_zh());
        assert!(s.rule_zh().ends_with("目标为 0 未达成, 0分"), "{}", s.rule_zh());
        assert_eq!(t(target).is_met(&a(actual)), Ok(false), "{target}");
        assert!(p.score_indicator(&t(target), &a("0"), Decimal::TEN).unwrap().met, "{target}");
    }
}

#[test]
fn a_yes_no_answer_is_compared_with_the_target() {
    let p = Profile::central();
    let s = p.score_indicator(&t("否"), &a("否"), Decimal::TEN).unwrap();
    assert_eq!((s.score, s.met), (d("10.00"), true));
    let s = p.score_indicator(&t("是"), &a("否"), Decimal::TEN).unwrap();
    assert_eq!((s.score, s.met, s.rule), (d("0.00"), false, Rule::Band));
    assert_eq!(s.rule_en(), "band: not achieved, at the band's lower end: 0.00");
    assert!(p.score_indicator(&t("是"), &a("是"), Decimal::TEN).unwrap().met);
}

#[test]
fn the_assessors_score_inside_a_band_is_used() {
    let p = Profile::central();
    assert_eq!(a("部分达成（7分）"), Actual::Band { band: Band::Partial, score: Some(d("7")) });
    let s = p.score_indicator(&t("持续保障"), &a("部分达成（70分）"), d("90")).unwrap();
    assert_eq!((s.score, s.met), (d("70.00"), false));
    // the band with its score prints and reads back
    let band = a("部分达成（7分）");
    assert_eq!(band.to_string(), "部分达成年度指标并具有一定效果（7分）");
    assert_eq!(a(&band.to_string()), band);
    // words of degree assessors write
    for (word, band) in [
        ("完成", Band::Achieved),
        ("良好", Band::Achieved),
        ("效果明显", Band::Achieved),
        ("显著", Band::Achieved),
        ("基本完成", Band::Partial),
        ("一般", Band::Partial),
        ("部分完成", Band::Partial),
        ("未完成", Band::NotAchieved),
        ("较差", Band::NotAchieved),
    ] {
        assert_eq!(a(word).band(), Some(band), "{word}");
    }
}

#[test]
fn an_answer_that_states_no_band_is_flagged_and_the_rest_scored() {
    let p = project(&[
        (Level1::Output, Level2::Quantity, "培训人数", "≥100人", "50", "120人"),
        (Level1::Benefit, Level2::Social, "服务水平", "持续提升", "30", "建设中"),
        (Level1::Satisfaction, Level2::Satisfaction, "满意度", "≥90%", "10", "95%"),
    ]);
    let c = Profile::central().score(&p, &Actuals::from_project(&p)).unwrap();
    assert_eq!(c.items.iter().map(|i| i.status).collect::<Vec<_>>(), [ItemStatus::Scored, ItemStatus::Unscored, ItemStatus::Scored]);
    assert_eq!(codes(&c), [(FlagCode::UnrecognisedAnswer, Some(1))]);
    assert_eq!(c.flags[0].zh(), "完成情况「建设中」未说明达成档次，也与指标值不同");
    // 70 decided, 30 undecided: the grade is 差 or 优 depending on it, so neither is given
    assert_eq!((c.scored, c.undecided, c.total, c.grade), (d("70.00"), d("30"), None, None));
}

#[test]
fn a_bare_cost_target_is_a_ceiling() {
    let p = project(&[
        (Level1::Output, Level2::Cost, "项目支出", "20万元", "10", "15万元"),
        (Level1::Output, Level2::Cost, "运维支出", "20万元", "10", "25万元"),
    ]);
    let c = Profile::central().score(&p, &Actuals::from_project(&p)).unwrap();
    let s0 = c.items[0].score.as_ref().unwrap();
    assert_eq!((s0.score, s0.met), (d("10.00"), true));
    // the row makes the bare amount the ceiling it means (Indicator::target): `≤20万元`
    assert_eq!(s0.rule_zh(), "≤: 完成值 15万元 ≤ 目标 20万元, 满分");
    assert_eq!(p.indicators[0].target().unwrap().to_string(), "≤20万元");
    let s1 = c.items[1].score.as_ref().unwrap();
    assert_eq!((s1.score, s1.met, s1.rule), (d("8.00"), false, Rule::LowerRatio));
    // a rate under 成本指标 is no amount: reached from below as any bare value
    let r = project(&[(Level1::Output, Level2::Cost, "补助标准达标率", "100%", "10", "98%")]);
    let c = Profile::central().score(&r, &Actuals::from_project(&r)).unwrap();
    assert_eq!(c.items[0].score.as_ref().unwrap().score, d("9.80"));
}

#[test]
fn totals_over_100_are_flagged_not_graded() {
    // project 2 of the bundled example: indicator weights 70/20/10 beside 10 budget points
    let doc = table::parse(include_str!("../data/self-evaluation.tsv")).unwrap();
    let p = &doc.projects[1];
    let mut p = p.clone();
    p.budget = Budget { executed: Some(d("20")), ..Budget::fiscal_only(d("20")) };
    let c = Profile::central().score(&p, &Actuals::from_project(&p)).unwrap();
    assert_eq!((c.total_weight, c.scored, c.total, c.grade), (d("110"), d("110.00"), None, None));
    assert_eq!(codes(&c), [(FlagCode::WeightsNot100, None)]);
    assert!(!c.to_string().contains("| 110.00 |"), "no total above 100 is printed:\n{c}");
    // weights of 120: not graded either
    let q = project(&[
        (Level1::Output, Level2::Quantity, "a", "≥1个", "60", "1个"),
        (Level1::Benefit, Level2::Social, "b", "≥1个", "40", "1个"),
        (Level1::Satisfaction, Level2::Satisfaction, "c", "≥90%", "10", "95%"),
    ]);
    let c = Profile::central().score(&q, &Actuals::from_project(&q)).unwrap();
    assert_eq!((c.total_weight, c.total, c.grade), (d("120"), None, None));
}

#[test]
fn one_bad_actual_leaves_the_others_scored() {
    let p = project(&[
        (Level1::Output, Level2::Quantity, "培训人数", "≥100人", "40", "120人"),
        (Level1::Output, Level2::Quality, "合格率", "≥90%", "10", "5=50%"),
        (Level1::Benefit, Level2::Social, "知晓率", "≥90%", "30", "95%"),
        (Level1::Satisfaction, Level2::Satisfaction, "满意度", "≥90%", "10", ""),
    ]);
    let mut p = p;
    p.indicators[3].actual = None;
    let c = Profile::central().score(&p, &Actuals::from_project(&p)).unwrap();
    assert_eq!(
        c.items.iter().map(|i| i.status).collect::<Vec<_>>(),
        [ItemStatus::Scored, ItemStatus::Unscored, ItemStatus::Scored, ItemStatus::Unscored]
    );
    assert_eq!(codes(&c), [(FlagCode::Unscored, Some(1)), (FlagCode::Unscored, Some(3))]);
    assert_eq!(
        c.flags[0].en(),
        "the actual (实际完成值) does not parse: expected a unit, a range or the end at character 2 (byte offset 1)"
    );
    assert_eq!(c.flags[0].zh(), "实际完成值无法解析：第2个字符处应为单位、区间或结尾");
    assert_eq!(c.flags[1].zh(), "未填写实际完成值");
    // 10 + 40 + 30 decided, 20 undecided: 80 to 100, 良 or 优, so no grade yet
    assert_eq!((c.scored, c.undecided, c.total, c.grade), (d("80.00"), d("20"), None, None));
    let shown = c.to_string();
    assert!(shown.contains("| 总分 |  |  |  |  | 100 | ≥80.00 | 另有20分未定; 等级: 未定 |"), "{shown}");
}

#[test]
fn answers_scored_as_written_are_flagged() {
    let p = project(&[
        (Level1::Output, Level2::Quality, "合格率", "≥95%", "40", "0.96"),
        (Level1::Output, Level2::Quantity, "培训人数", "≥100人", "10", "完成"),
        (Level1::Benefit, Level2::Social, "知晓率", "≥90%", "30", "是"),
        (Level1::Satisfaction, Level2::Satisfaction, "满意度", "≥90%", "10", "95%"),
    ]);
    let mut p = p;
    p.indicators[3].score = Some(d("12"));
    let c = Profile::central().score(&p, &Actuals::from_project(&p)).unwrap();
    // 0.96 against ≥95% is scored as 0.96%, and flagged: it may mean 96%
    assert_eq!(c.items[0].score.as_ref().unwrap().score, d("0.40"));
    assert_eq!(
        codes(&c),
        [
            (FlagCode::BareFraction, Some(0)),
            (FlagCode::TextForNumber, Some(1)),
            (FlagCode::TextForNumber, Some(2)),
            (FlagCode::RecordedAboveWeight, Some(3))
        ]
    );
    assert_eq!(c.flags[0].zh(), "完成值0.96没有单位，目标是百分比：按0.96%计分；若指96%，请改写完成值");
    assert_eq!(c.flags[3].en(), "the recorded score 12 is above the weight 10; check it");
    // a word that claims a number reached is not scored: nobody can check it (DOMAIN §5:
    // flagged, never met); the flag says what to give
    assert_eq!(c.items[1].status, ItemStatus::Unscored);
    assert!(c.items[1].score.is_none());
    assert_eq!(c.flags[1].zh(), "目标「≥100人」是定量指标，完成值「完成」是文字：无法核对是否达到，未计分；请填写实际数值");
    // one that admits falling short is scored in its band, below full marks
    let short = project(&[(Level1::Output, Level2::Quantity, "培训人数", "≥100人", "10", "基本完成")]);
    let c = Profile::central().score(&short, &Actuals::from_project(&short)).unwrap();
    let s = c.items[0].score.as_ref().unwrap();
    assert!(!s.met && s.score < d("10"), "{s:?}");
    // (the one-item table's weights do not add up to 100: S001 as well)
    assert_eq!(codes(&c), [(FlagCode::WeightsNot100, None), (FlagCode::TextForNumber, Some(0))]);
    // a negative weight: not scored, flagged
    let mut q = project(&[(Level1::Output, Level2::Quantity, "培训人数", "≥100人", "-5", "120人")]);
    q.indicators[0].weight = Some(d("-5"));
    let c = Profile::central().score(&q, &Actuals::from_project(&q)).unwrap();
    assert_eq!(c.items[0].status, ItemStatus::Unscored);
    assert!(codes(&c).contains(&(FlagCode::NegativeWeight, Some(0))));
}

#[test]
fn english_explanations_are_english() {
    let p = Profile::central();
    let s = p.score_indicator(&t("90%-100%"), &a("85%"), Decimal::TEN).unwrap();
    assert_eq!(s.rule_en(), "range 90-100%: ≥: actual 85% < target 90%, score = 10 × 85 ÷ 90 = 9.44");
    assert_eq!(s.rule_zh(), "区间 90-100%: ≥: 完成值 85% < 目标 90%, 得分 = 10 × 85 ÷ 90 = 9.44");
    // converted values are shown to four decimals, marked ≈
    let s = p.score_indicator(&t("≤2小时"), &a("121分钟"), Decimal::TEN).unwrap();
    assert_eq!(s.rule_en(), "≤: actual 121分钟 > target 2小时, score = 10 × 2 ÷ ≈2.0167 = 9.92");
    // every score is written with the profile's places
    let s = p.score_indicator(&t("90%-100%"), &a("45%"), Decimal::TEN).unwrap();
    assert_eq!(s.score.to_string(), "5.00");
    assert_eq!(p.score_indicator(&t("90%-100%"), &a("95%"), Decimal::TEN).unwrap().score.to_string(), "10.00");
}

#[test]
fn whole_points_never_round_a_miss_up_to_full_marks() {
    let central = Profile::central();
    let whole = Profile::builder().rounding(Rounding::Whole).build().unwrap();
    let target = t("≥100%");
    // 9.95 of 10: two decimals keep it; whole points hold it at 9, not 10
    assert_eq!(central.score_indicator(&target, &a("99.5%"), Decimal::TEN).unwrap().score, d("9.95"));
    let s = whole.score_indicator(&target, &a("99.5%"), Decimal::TEN).unwrap();
    assert_eq!((s.score.to_string().as_str(), s.met), ("9", false));
    assert!(s.rule_zh().ends_with("（未达成不得满分）"), "{}", s.rule_zh());
    // 9.995 in two decimals: 9.99
    assert_eq!(central.score_indicator(&target, &a("99.95%"), Decimal::TEN).unwrap().score, d("9.99"));
    // a met target is full marks in both
    assert_eq!(whole.score_indicator(&target, &a("100%"), Decimal::TEN).unwrap().score.to_string(), "10");
}

#[test]
fn year_less_deadlines_use_the_project_year() {
    let mut p = project(&[
        (Level1::Output, Level2::Timeliness, "完成时间", "12月底前", "50", "2026年1月"),
        (Level1::Benefit, Level2::Social, "知晓率", "≥90%", "30", "95%"),
        (Level1::Satisfaction, Level2::Satisfaction, "满意度", "≥90%", "10", "95%"),
    ]);
    let c = Profile::central().score(&p, &Actuals::from_project(&p)).unwrap();
    assert_eq!(codes(&c), [(FlagCode::NoYear, Some(0))]);
    p.set_year(2025).unwrap();
    let c = Profile::central().score(&p, &Actuals::from_project(&p)).unwrap();
    let s = c.items[0].score.as_ref().unwrap();
    assert_eq!((s.score, s.rule), (d("0.00"), Rule::Overdue));
    assert_eq!(c.grade, Some(Grade::Poor));
}

#[cfg(feature = "serde")]
mod json {
    use super::*;

    fn err<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        serde_json::from_str::<T>(json).map(|v| panic!("accepted {v:?}")).unwrap_err().to_string()
    }

    #[test]
    fn contradictions_are_refused() {
        let e = err::<Indicator>(r#"{"name": "x", "value": "≥5%", "threshold": "≥6%"}"#);
        assert_eq!(e, "indicator `x`: the value `≥5%` does not read as the threshold given (≥6%)");
        let e = err::<Level1>(r#"{"kind": "output", "name": "效益指标"}"#);
        assert_eq!(e, "一级指标 (level 1): the name `效益指标` is of kind `benefit`, not `output` at line 1 column 42");
        // a plain string names a level as a table would
        assert_eq!(serde_json::from_str::<Level1>(r#""产出指标""#).unwrap(), Level1::Output);
        // a threshold alone gives the value its text
        let i: Indicator = serde_json::from_str(r#"{"name": "x", "threshold": "≥5%"}"#).unwrap();
        assert_eq!(i.value(), "≥5%");
    }

    #[test]
    fn dates_that_cannot_exist_are_refused() {
        for (json, message) in [
            (r#"{"month": 13}"#, "no such date: month 13"),
            (r#"{"year": 2025, "month": 2, "day": 31}"#, "no such date: year 2025, month 2, day 31"),
            (r#"{"year": 0}"#, "no such date: year 0"),
            (r#"{}"#, "a date needs a year or a month"),
        ] {
            assert_eq!(err::<jixiao::PartialDate>(json), message, "{json}");
        }
        let e = err::<Threshold>(r#"{"kind": "deadline", "start": {"year": 2025, "month": 12}, "end": {"year": 2025, "month": 1}}"#);
        assert_eq!(e, "the period ends (2025年1月) before it starts (2025年12月) at line 1 column 93");
        let e = err::<Threshold>(r#"{"kind": "range", "low": "1", "high": "99999999999999999999999", "magnitude": "wan_yi"}"#);
        assert_eq!(e, "range end × magnitude overflows a decimal at line 1 column 87");
    }
}
