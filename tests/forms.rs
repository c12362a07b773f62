//! Every form of 指标值 and 完成值 that real tables write and that an earlier version read wrongly,
//! with its exact reading: points are no minutes, dates are no numbers, approximations are no
//! units, and what cannot be read is an error that says so.

mod common;

use std::time::{Duration, Instant};

use common::{assert_reads, t};

use jixiao::score::Profile;
use jixiao::{
    Actual, Comparator, CompareError, Comparison, Decimal, Dimension, Level1, Magnitude, ParseErrorKind, QualitativeKind, Quantity, Range,
    Threshold, Unit,
};

fn a(s: &str) -> Actual {
    Actual::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn error_kind(s: &str) -> ParseErrorKind {
    Threshold::parse(s).map(|t| panic!("{s} read as {t:?}")).unwrap_err().kind()
}

#[test]
fn points_are_not_minutes() {
    let score = t("≥90分");
    assert_eq!(score.to_string(), "≥90分");
    assert_eq!(score.unit().and_then(Unit::dimension), Some(Dimension::Points));
    assert!(matches!(score.is_met(&a("1.5小时")), Err(CompareError::IncompatibleUnits { .. })));
    assert_eq!(score.is_met(&a("92分")), Ok(true));
    assert_eq!(t("≤60分钟").unit().and_then(Unit::dimension), Some(Dimension::Duration));
    assert_eq!(t("≤60分钟").is_met(&a("1小时")), Ok(true));
}

#[test]
fn dates_and_periods_are_deadlines() {
    assert_reads(&[
        ("2025年第三季度", "2025年7月-2025年9月"),
        ("2025年上半年", "2025年1月-2025年6月"),
        ("2025年度", "2025年1月-2025年12月"),
        ("12月份前", "12月底前"),
        ("2025年底以内", "2025年12月底前"),
        ("四季度", "10月-12月"),
        ("1-12月", "1月-12月"),
        ("6月", "6月底前"),
        ("12月31日", "12月31日前"),
        ("2025-12-31", "2025年12月31日前"),
        ("2025/12/31", "2025年12月31日前"),
        ("2025.12.31", "2025年12月31日前"),
        ("2025年1-12月", "2025年1月-2025年12月"),
        ("次年3月", "次年3月底前"),
        ("6月上旬", "6月10日前"),
        ("12月中旬前", "12月20日前"),
        ("2025年年底前", "2025年12月底前"),
        ("每年12月底前", "每年12月底前"),
        ("完成时间为2025年12月30日", "2025年12月30日前"),
        ("于2025年6月底前完成", "2025年6月底前"),
    ]);
    // a month is a date; a duration is written 个月
    assert_eq!(t("6个月").unit().and_then(Unit::dimension), Some(Dimension::Duration));
    assert_eq!(error_kind("≥6月"), ParseErrorKind::MonthWithComparator);
    assert_eq!(error_kind("13月"), ParseErrorKind::InvalidDate);
    // an actual date written with dots
    assert_eq!(a("2025.6.30").to_string(), "2025年6月30日");
    assert!(matches!(a("2025.6.30"), Actual::Date(_)));
}

#[test]
fn deadlines_without_a_year_need_the_project_year() {
    let by_december = t("12月底前");
    // without the year nobody can say whether January 2026 is late
    assert_eq!(by_december.is_met(&a("2026年1月")), Err(CompareError::NeedsYear));
    // in a 2025 table it is late; December 2025 is on time
    assert_eq!(by_december.is_met_in(&a("2026年1月"), Some(2025)), Ok(false));
    assert_eq!(by_december.is_met_in(&a("2025年12月"), Some(2025)), Ok(true));
    // both without a year: the same year
    assert_eq!(by_december.is_met(&a("11月")), Ok(true));
    // 次年3月 in a 2025 table is March 2026
    assert_eq!(t("次年3月底前").is_met_in(&a("2026年3月20日"), Some(2025)), Ok(true));
    assert_eq!(t("次年3月底前").is_met_in(&a("2026年4月"), Some(2025)), Ok(false));
    // every year: the deadline of the actual's year
    assert_eq!(t("每年12月底前").is_met(&a("2027年12月")), Ok(true));
}

#[test]
fn approximations_and_open_ends_are_comparisons() {
    assert_reads(&[
        ("2000人左右", "约2000人"),
        ("约2000人", "约2000人"),
        ("近2000人", "约2000人"),
        ("大约2000人", "约2000人"),
        ("3万余人", ">3万人"),
        ("2000多人", ">2000人"),
        ("超2000人", ">2000人"),
        ("达2000人", "≥2000人"),
    ]);
    let about = t("2000人左右");
    let Threshold::Compare(c) = &about else { panic!() };
    assert!(c.is_approximate());
    assert_eq!((c.comparator(), c.effective_comparator()), (Comparator::Eq, Comparator::Ge));
    // 余人 is no unit: the count compares with 人
    assert_eq!(t("3万余人").is_met(&a("30001人")), Ok(true));
    assert_eq!(t("3万余人").is_met(&a("3万人")), Ok(false));
}

#[test]
fn inclusive_marks_and_between() {
    assert_reads(&[
        ("≥98%（含）", "≥98%"),
        ("95%（含）以上", "≥95%"),
        ("5人以下（含）", "≤5人"),
        ("30万元（含）以内", "≤30万元"),
        ("90%-100%之间", "90-100%"),
        ("在90%-100%之间", "90-100%"),
    ]);
}

#[test]
fn numerals_as_people_say_them() {
    assert_reads(&[
        ("一万二", "=12000"),
        ("三千五", "=3500"),
        ("两万五千人", "=25000人"),
        ("百分之百", "=100%"),
        ("十成", "=100%"),
        ("≥3千人", "≥3千人"),
        ("≥3千万元", "≥3千万元"),
    ]);
    assert_eq!(t("≥3千人").quantity().map(Quantity::normalized), Some(Decimal::from(3000)));
    assert_eq!(t("≥3千万元").quantity().map(Quantity::normalized), Some(Decimal::from(30_000_000)));
    // 拾, the formal 十, is a magnitude as 十 is
    assert_eq!(t("≥5拾万元").quantity().map(Quantity::normalized), Some(Decimal::from(500_000)));
    // 千克 and 千米 stay units
    assert_eq!(t("≥5千克").quantity().map(Quantity::magnitude), Some(Magnitude::One));
}

#[test]
fn negative_ranges_keep_their_signs() {
    let falling = t("-10～-5%");
    let Threshold::Range(r) = &falling else { panic!("{falling:?}") };
    assert_eq!((r.low(), r.high()), (Decimal::from(-10), Decimal::from(-5)));
    let by_hand = Range::new(Decimal::from(-10), Decimal::from(-5), Magnitude::One, "%".parse().unwrap()).unwrap();
    assert_eq!(by_hand.to_string(), "-10～-5%");
    assert_eq!(t(&by_hand.to_string()), Threshold::Range(by_hand));
}

#[test]
fn compound_units_and_units_without_numbers() {
    assert_reads(&[("≥530元/人*月", "≥530元/(人·月)"), ("17元/人.每天", "=17元/(人·天)"), ("≥2次/月", "≥2次/月")]);
    assert_eq!(t("≥530元/人*月").is_met(&a("600元/(人·月)")), Ok(true));
    for s in ["公里", "万人", "≥%"] {
        assert_eq!(error_kind(s), ParseErrorKind::MissingNumber, "{s}");
    }
}

#[test]
fn notes_keep_the_number() {
    let noted = t("≥85%（满意度）");
    let Threshold::Compare(c) = &noted else { panic!("{noted:?}") };
    assert_eq!((c.comparator(), c.quantity().to_string().as_str(), c.note()), (Comparator::Ge, "85%", Some("（满意度）")));
    let Threshold::Compare(c) = t("100%覆盖") else { panic!() };
    assert_eq!((c.quantity().to_string().as_str(), c.note()), ("100%", Some("覆盖")));
    assert_reads(&[("≥85%（满意度）", "≥85%（满意度）"), ("100%覆盖", "=100%覆盖")]);
    // a note never makes text of a sentence that merely starts with a number
    assert!(t("一次性通过省文物局验收").is_qualitative());
    // text holding numbers the rules do not read is marked so (issue 19)
    assert!(t("12月底前100%到位").is_unread());
}

#[test]
fn actuals_read_like_targets() {
    // repeating the target's strict comparator means "within the target" (the Tianjin sample)
    assert_eq!(t("<2小时").is_met(&a("<2小时")), Ok(true));
    assert_eq!(t("超过100人").is_met(&a("超过100人")), Ok(true));
    // at most 2 hours may be under 2 hours or exactly 2: it cannot settle `<2小时`
    assert_eq!(t("<2小时").is_met(&a("≤2小时")), Err(jixiao::CompareError::UnsettledBound));
    // a bare number takes the target's unit and magnitude
    assert_eq!(t("≥2万人").is_met(&a("2.1")), Ok(true));
    assert_eq!(t("≤30万元").is_met(&a("31")), Ok(false));
    let p = Profile::central();
    assert_eq!(p.score_indicator(&t("≥2万人"), &a("2.1"), Decimal::TEN).unwrap().score, Decimal::TEN);
    // （含） in an actual
    assert_eq!(a("95%（含）"), a("95%"));
}

#[test]
fn qualitative_kinds_are_words() {
    assert_eq!(QualitativeKind::of("优化营商环境"), QualitativeKind::Improvement);
    assert_eq!(QualitativeKind::of("良性循环"), QualitativeKind::Other);
    assert_eq!(QualitativeKind::of("优良"), QualitativeKind::Grade);
    assert_eq!(QualitativeKind::of("良"), QualitativeKind::Grade);
}

#[test]
fn overflow_is_an_error_never_saturation_or_a_panic() {
    let huge = a("6000000000000000000000000000平方公里");
    assert_eq!(t("≤7000000000000000000000000000公顷").is_met(&huge), Err(CompareError::Overflow));
    assert_eq!(t("≥7000000000000000000000000000公顷").is_met(&huge), Err(CompareError::Overflow));
    let per = t("≥1元/公顷");
    let actual = a("79228162514264337593543950335元/平方米");
    assert_eq!(per.is_met(&actual), Err(CompareError::Overflow));
    assert!(Profile::central().score_indicator(&per, &actual, Decimal::TEN).is_err());
}

#[test]
fn is_met_and_the_scorer_agree_on_bare_targets() {
    // a bare value is reached from below: both say met
    let bare = t("百分之九十五");
    assert_eq!(bare.is_met(&a("96%")), Ok(true));
    assert!(Profile::central().score_indicator(&bare, &a("96%"), Decimal::TEN).unwrap().met);
    // a bare 0 (accidents) is met only by 0, by both
    let zero = t("0起");
    assert_eq!(zero.is_met(&a("1起")), Ok(false));
    assert_eq!(zero.is_met(&a("0起")), Ok(true));
}

#[test]
fn by_hand_thresholds_read_back() {
    let c = Comparison::new(Comparator::Le, "5%".parse().unwrap());
    assert_eq!(t(&c.to_string()), Threshold::Compare(c));
    assert!(jixiao::Qualitative::new("≥5%").is_err());
    assert!(Comparison::new(Comparator::Ge, "5%".parse().unwrap()).with_note("-8%").is_err());
}

/// Level names are folded in time linear in their length, whatever they hold.
#[test]
fn level_names_fold_in_linear_time() {
    let time = |n: usize| {
        let name = "(".repeat(n);
        (0..5)
            .map(|_| {
                let start = Instant::now();
                let _ = Level1::parse(&name);
                start.elapsed()
            })
            .min()
            .unwrap_or(Duration::ZERO)
    };
    let (small, large) = (time(20_000), time(40_000));
    assert!(large < small * 4 + Duration::from_millis(5), "20 000: {small:?}, 40 000: {large:?}");
}

/// Forms found while reading the whole change: the suffix 及其以上 (in grades too), a mark with
/// spaces inside, a measure's name before a Chinese numeral, the tolerance in its ASCII spellings,
/// and the range dashes that dates and ranges share.
#[test]
fn forms_found_in_review() {
    let read = |s: &str| jixiao::Threshold::parse(s).map(|t| t.to_string()).unwrap_or_else(|e| format!("error: {e}"));
    assert_eq!(read("95%及其以上"), "≥95%");
    assert_eq!(read("5%及其以下"), "≤5%");
    assert_eq!(read("95%（ 含 ）"), read("95%（含）"));
    assert_eq!(read("满意度九十%"), "=90%");
    assert_eq!(read("新增一百人"), "=100人");
    for tolerance in ["±3%", "+/-3%", "+-3%", "＋／－3%", "正负3%", "±3%以内"] {
        assert_eq!(read(tolerance), "-3-3%", "{tolerance}");
    }
    // after the name of what it bounds, and spaced; never negative, and ±0 is 0 to 0
    for tolerance in ["误差±3%", "偏差±3%以内", "满意度±3%", "价格浮动±3%", "误差 ± 3%", "偏差正负3%"] {
        assert_eq!(read(tolerance), "-3-3%", "{tolerance}");
    }
    assert_eq!(read("±0%"), "0-0%");
    assert!(read("±-3%").starts_with("error"));
    // against a baseline the table does not state, not a tolerance read alone
    assert_ne!(read("预算数±10%"), "-10-10%");
    // the excluding mark with spaces inside, in either bracket, as the including one
    for mark in ["（ 不含 ）", "( 不含 )", "（不含）"] {
        assert_eq!(read(&format!("≥95%{mark}")), ">95%", "{mark}");
    }
    assert_eq!(read("3次以下（ 不含3次 ）"), "<3次");
    // spaced, every dash and word reads alike, as written without spaces: a period; only
    // ` - ` is the range of decimals, as a range prints (and reads back)
    let spaced: Vec<String> = ["～", "〜", "至", "到", "—", "–", "－", "~"].iter().map(|d| read(&format!("2024.01 {d} 2024.12"))).collect();
    assert!(spaced.iter().all(|s| s == &spaced[0]), "{spaced:?}");
    assert_eq!(spaced[0], read("2024.01～2024.12"));
    assert_eq!(read("2024.01 - 2024.12"), "2024.01 - 2024.12");
    // and a date of three parts is never a decimal, spaced or not, whatever the separator
    for d in ["-", "至", "～"] {
        assert_eq!(read(&format!("2023.7.1 {d} 2023.12.31")), "2023年7月1日-2023年12月31日", "{d}");
    }
    // a grade target 良好及其以上 refuses 合格
    let t: jixiao::Threshold = "良好及其以上".parse().unwrap();
    assert!(!t.is_met(&"合格".parse().unwrap()).unwrap_or(false));
    assert!(t.is_met(&"优秀".parse().unwrap()).unwrap_or(false));
}
