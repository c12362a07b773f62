//! Judging in families (issue 19, DOMAIN.md §5–§6): grades on one ladder in every wording, units
//! that must agree, and what an indicator's row says about its target (the name's unit, 时效,
//! weights written as percentages or not at all). `is_met` and the scorer agree on each.

#[path = "common/judge.rs"]
mod judge;

use jixiao::score::{FlagCode, Profile};
use jixiao::{Actual, CompareError, Decimal, Grade, Indicator, Level1, Level2, Threshold};

/// The words of each grade, best first: both scales, one ladder.
const LADDER: [(Grade, &[&str]); 4] = [
    (Grade::Excellent, &["优秀", "优"]),
    (Grade::Good, &["良好", "良"]),
    (Grade::Fair, &["合格", "中", "中等", "及格"]),
    (Grade::Poor, &["不合格", "差", "较差"]),
];

/// How a grade target is written around its word: comparators and suffixes, inclusion marks
/// (`良好（含）以上`), a suffix in brackets, and the name of what is graded before it
/// (`评价等级：良好`, `考核结果为良好`), which before made no grade target of it (a lower grade met
/// it).
const TARGET_FORMS: [&str; 20] = [
    "{}（含）以上",
    "{}以上（含）",
    "{}（以上）",
    "评价等级{}",
    "评价等级：{}",
    "验收等级: {}",
    "考核结果为{}",
    "绩效评价{}",
    "{}",
    "{}及以上",
    "{}以上",
    "达到{}",
    "≥{}",
    "评为{}",
    "{}等级",
    "不低于{}",
    "达到{}及以上等级",
    "≧{}",
    "{}等级及以上",
    "评定为{}以上",
];

#[test]
fn grades_are_judged_on_one_ladder_in_every_wording() {
    let p = Profile::central();
    let ten = Decimal::from(10);
    let mut pairs = 0;
    for (want, target_words) in LADDER {
        for word in target_words {
            for form in TARGET_FORMS {
                let target = Threshold::parse(&form.replace("{}", word)).unwrap();
                for (got, answers) in LADDER {
                    for answer in answers.iter() {
                        let actual = Actual::parse(answer).unwrap();
                        let met = got <= want;
                        assert_eq!(target.is_met(&actual), Ok(met), "{target} / {answer}");
                        let s = p.score_indicator(&target, &actual, ten).unwrap();
                        assert_eq!(s.met, met, "{target} / {answer}: scorer");
                        // a grade below is never full marks: one below is 部分达成 (60% of the
                        // weight under the central bands), two or more 未达成 (0)
                        let expected = match (got as u8).saturating_sub(want as u8) {
                            0 => ten,
                            1 => Decimal::from(6),
                            _ => Decimal::ZERO,
                        };
                        assert_eq!(s.score, expected, "{target} / {answer}: {}", s.rule_zh());
                        pairs += 1;
                    }
                }
            }
        }
    }
    assert_eq!(pairs, 11 * TARGET_FORMS.len() * 11);
}

#[test]
fn 优良_accepts_the_two_best_grades() {
    let t = Threshold::parse("优良").unwrap();
    for (answer, met) in [("优秀", true), ("良好", true), ("良", true), ("中", false), ("合格", false), ("差", false)] {
        assert_eq!(t.is_met(&Actual::parse(answer).unwrap()), Ok(met), "{answer}");
    }
}

#[test]
fn a_grade_word_is_not_a_grade_target_inside_other_text() {
    // 效果良好 states a quality, not a grade: 良好 repeats its word and meets it as before
    let t = Threshold::parse("效果良好").unwrap();
    assert_eq!(t.is_met(&Actual::parse("良好").unwrap()), Ok(true));
    assert_eq!(t.is_met(&Actual::parse("较差").unwrap()), Ok(false));
    // 合格 against 验收合格 still states the band achieved
    assert_eq!(Threshold::parse("验收合格").unwrap().is_met(&Actual::parse("合格").unwrap()), Ok(true));
}

#[test]
fn a_grade_against_a_number_is_flagged_on_the_scorecard() {
    let mut project = jixiao::Project::new("p");
    let mut ind = Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "培训人数", "≥100人");
    ind.weight = Some(Decimal::from(100));
    ind.actual = Some("良好".into());
    project.indicators.push(ind);
    let card = Profile::builder()
        .budget_points(Decimal::ZERO)
        .build()
        .unwrap()
        .score(&project, &jixiao::score::Actuals::from_project(&project))
        .unwrap();
    assert!(card.flags.iter().any(|f| f.code() == FlagCode::TextForNumber), "{:?}", card.flags);
}

#[test]
fn a_target_takes_its_unit_from_the_table_never_from_the_answer() {
    let p = Profile::central();
    for (target, actual) in [("≥20", "25人"), ("≥0.95", "90%"), ("20-30", "25人"), ("≥20", "≥25个")] {
        let t = Threshold::parse(target).unwrap();
        let a = Actual::parse(actual).unwrap();
        assert!(matches!(t.is_met(&a), Err(CompareError::UnitOnlyInActual { .. })), "{target} / {actual}: {:?}", t.is_met(&a));
        assert!(p.score_indicator(&t, &a, Decimal::TEN).is_err(), "{target} / {actual}: scorer");
    }
    // a bare answer still takes the target's unit, and a target of 0 is 0 in any unit
    assert_eq!(Threshold::parse("≥20人").unwrap().is_met(&Actual::parse("25").unwrap()), Ok(true));
    assert_eq!(Threshold::parse("0").unwrap().is_met(&Actual::parse("0起").unwrap()), Ok(true));
    // the name's unit, in either kind of parentheses, is the table's
    for name in ["培训人数（人）", "培训人数(人)", "培训人数（人） "] {
        let ind = Indicator::new(None, None, name, "≥20");
        assert_eq!(ind.unit_in_name().map(|(_, u)| u.to_string()), Some("人".to_string()), "{name}");
        let t = ind.target().unwrap();
        assert_eq!(t.is_met(&Actual::parse("25人").unwrap()), Ok(true), "{name}");
        assert_eq!(t.is_met(&Actual::parse("19人").unwrap()), Ok(false), "{name}");
    }
    // words in parentheses are no unit
    assert_eq!(Indicator::new(None, None, "覆盖乡镇数（含县级）", "≥20").unit_in_name(), None);
    // a magnitude with the unit, as a 度量单位 column gives it
    for name in ["项目总成本（万元）", "项目总成本(万元)", "项目总成本（ 万元 ）"] {
        assert_eq!(Indicator::new(None, None, name, "≤50").target().unwrap().to_string(), "≤50万元", "{name}");
    }
    assert_eq!(Indicator::new(None, None, "项目总成本（万元）", "≤50元").target().unwrap().to_string(), "≤50元");
    assert_eq!(Indicator::new(None, None, "资金到位率(%)", "≥95").target().unwrap().to_string(), "≥95%");
    // a value with its own unit keeps it
    assert_eq!(Indicator::new(None, None, "设备数量（台）", "≥5套").target().unwrap().to_string(), "≥5套");
}

#[test]
fn a_bare_duration_under_timeliness_is_a_ceiling() {
    let timely = Indicator::new(Some(Level1::Output), Some(Level2::Timeliness), "响应时间", "48小时");
    let t = timely.target().unwrap();
    assert_eq!(t.to_string(), "≤48小时");
    assert_eq!(t.is_met(&Actual::parse("50小时").unwrap()), Ok(false));
    assert_eq!(t.is_met(&Actual::parse("1天").unwrap()), Ok(true));
    // elsewhere a bare duration is reached from below, as any bare value
    let training = Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "培训时长", "48小时");
    assert_eq!(training.target().unwrap().is_met(&Actual::parse("50小时").unwrap()), Ok(true));
}

#[test]
fn a_recurring_deadline_is_judged_in_the_tables_year() {
    let t = Threshold::parse("每年12月底前").unwrap();
    let late = Actual::parse("2026年1月").unwrap();
    assert_eq!(t.is_met_in(&late, Some(2025)), Ok(false));
    assert_eq!(t.is_met_in(&Actual::parse("2025年11月").unwrap(), Some(2025)), Ok(true));
    let s = Profile::central().score_indicator_in(&t, &late, Decimal::TEN, Some(2025)).unwrap();
    assert_eq!((s.met, s.score), (false, Decimal::ZERO));
    // in a table of no known year, the deadline of the answer's own year
    assert_eq!(t.is_met(&late), Ok(true));
}

const WEIGHTS: &str = "项目名称\t一级指标\t二级指标\t三级指标\t指标值\t分值\t实际完成值
示例项目\t产出指标\t数量指标\t培训人数\t≥100人\t50%\t120人
示例项目\t效益指标\t社会效益指标\t受益人数\t≥1000人\t五十分\t900人
";

#[test]
fn weights_are_points_and_an_unread_weight_is_flagged_never_replaced() {
    let imported = jixiao::import::parse_text(WEIGHTS).unwrap();
    let project = &imported.projects[0];
    assert_eq!(project.indicators[0].weight, Some(Decimal::from(50)), "`50%` in a 分值 column is 50 points");
    assert_eq!((project.indicators[1].weight, project.indicators[1].weight_text.as_deref()), (None, Some("五十分")));
    assert!(imported.diagnostics.iter().any(|d| d.zh().contains("五十分")), "{:?}", imported.diagnostics);
    let card = Profile::builder()
        .budget_points(Decimal::ZERO)
        .build()
        .unwrap()
        .score(project, &jixiao::score::Actuals::from_project(project))
        .unwrap();
    let codes: Vec<(FlagCode, Option<usize>)> = card.flags.iter().map(|f| (f.code(), f.index())).collect();
    assert!(codes.contains(&(FlagCode::UnreadWeight, Some(1))), "{codes:?}");
    // the item is not scored: its weight is not replaced by a default split
    assert_eq!(card.items[1].weight, None);
    assert_eq!(card.items[0].score.as_ref().map(|s| s.score), Some(Decimal::from(50)));
    assert_eq!(card.total, None);
}

/// A bare answer against a target in 万 (or 千, 亿) is read in the target's magnitude when within
/// ten times its number (`2.1` against `≥2万人`), and in units when near the target counted in
/// units (`19999`: before, 19999万人, and met); between the two nobody can tell
/// ([`CompareError::BareMagnitude`]). `is_met` and the scorer agree on each.
#[test]
fn bare_answers_against_a_target_in_wan() {
    let p = Profile::central();
    for (target, answer, met) in [
        ("≥2万人", "2.1", Some(true)),
        ("≥2万人", "1.9", Some(false)),
        ("≥2万人", "19999", Some(false)),
        ("≥2万人", "25000", Some(true)),
        ("≥2万人", "150", None),
        ("≥1万亩", "8000", Some(false)),
        ("≥1万亩", "0.8", Some(false)),
        ("≤202.6万元", "132.9", Some(true)),
        ("≤202.6万元", "2100000", Some(false)),
        ("≥3千人", "2500", Some(false)),
        ("≥3千人", "3.5", Some(true)),
        ("≥5亿元", "6", Some(true)),
        ("≥5亿元", "600000000", Some(true)),
        ("1-3万人", "15000", Some(true)),
    ] {
        judge::judged_alike(&p, target, answer, met);
    }
    let e = Threshold::parse("≥2万人").unwrap().is_met(&Actual::parse("150").unwrap());
    assert_eq!(e, Err(CompareError::BareMagnitude { magnitude: jixiao::Magnitude::Wan }));
}

/// A dotted number that reads as a year and month (`2036.8`) is a number in a row that counts no
/// time: one whose name names a unit that is no duration (`项目总投入（万元）`), or a cost row
/// (成本指标). It was a deadline in the year 2036, and an amount answered could not be judged.
/// Elsewhere it stays the date it reads as (`2025.12` under 时效指标).
#[test]
fn dotted_numbers_in_rows_that_count_no_time() {
    let row =
        |l2: Level2, name: &str, value: &str| Indicator::new(Some(Level1::Output), Some(l2), name, value).target().unwrap().to_string();
    assert_eq!(row(Level2::Cost, "项目总投入（万元）", "2036.8"), "≤2036.8万元");
    assert_eq!(row(Level2::Quantity, "项目总投入（万元）", "1980.12"), "=1980.12万元");
    assert_eq!(row(Level2::Cost, "项目总投入", "2024.5"), "=2024.5");
    assert_eq!(row(Level2::Timeliness, "完成时间", "2025.12"), "2025年12月底前");
    let cost = Indicator::new(Some(Level1::Output), Some(Level2::Cost), "项目总投入（万元）", "2036.8").target().unwrap();
    assert_eq!(cost.is_met(&Actual::parse("2000万元").unwrap()), Ok(true));
}

/// Grades with an exclusion mark accept only the grades above (`良好（不含）以上`); a time-named
/// cost row keeps its dotted date; an average per a word in a cost row is a ceiling.
#[test]
fn review_of_the_eleventh_pass_judging() {
    let p = Profile::central();
    for target in ["良好（不含）以上", "良好以上（不含良好）"] {
        judge::judged_alike(&p, target, "良好", Some(false));
        judge::judged_alike(&p, target, "优秀", Some(true));
    }
    let row =
        |l2: Level2, name: &str, value: &str| Indicator::new(Some(Level1::Output), Some(l2), name, value).target().unwrap().to_string();
    assert_eq!(row(Level2::Cost, "资金支付完成时间", "2024.12"), "2024年12月底前");
    assert_eq!(row(Level2::Cost, "补助标准", "村均4400元"), "≤4400元/村");
}
