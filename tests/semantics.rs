//! What thresholds mean: is_met, direction and units, on values from real tables.

use jixiao::{Actual, Band, CompareError, Direction, KnownUnit, Threshold, Unit};

fn t(s: &str) -> Threshold {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn a(s: &str) -> Actual {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

#[test]
fn comparisons_from_real_tables() {
    let cases = [
        ("≥50个", "50个", true),
        ("≤90万元", "90万元", true),
        ("≥20000人", "23333.56", true),
        ("不低于180人", "164人", false),
        ("60%及以上", "53.53%", false),
        ("≥95%", "98%", true),
        (">=2個", "0個", false),
        ("<=0%", "0%", true),
        ("<2小时", "2小时", false),
        ("<2小时", "119分钟", true),
        ("≤24小时", "1天", true),
        ("≤24小时", "2天", false),
        ("≥2万人", "20000人", true),
        ("≥2万人", "19999人", false),
        ("≤71.7万元", "717000元", true),
        ("≤71.7万元", "717001元", false),
        ("=100%", "100%", true),
        ("=100%", "98%", false),
        ("≥2倍", "250%", true),
        ("8755", "8676", false),
        ("≥3万条", "三万条", true),
    ];
    for (target, actual, met) in cases {
        assert_eq!(t(target).is_met(&a(actual)), Ok(met), "{target} with {actual}");
    }
}

#[test]
fn incompatible_units_are_errors() {
    let err = t("≥20000家").is_met(&a("20001人")).unwrap_err();
    assert_eq!(err, CompareError::IncompatibleUnits { target: Unit::Known(KnownUnit::Jia), actual: Unit::Known(KnownUnit::Ren) });
    assert_eq!(err.to_string(), "cannot compare 人 with 家: different units");
    // 工作日 does not convert to hours
    assert!(t("≤5工作日").is_met(&a("100小时")).is_err());
    // months and days do not convert exactly
    assert!(t("≤1个月").is_met(&a("30天")).is_err());
    // an actual without unit takes the target's unit
    assert_eq!(t("≥85%").is_met(&a("86")), Ok(true));
}

#[test]
fn ranges_hold_their_ends() {
    let r = t("90%-100%");
    assert_eq!(r.direction(), Direction::Within);
    assert_eq!(r.is_met(&a("90%")), Ok(true));
    assert_eq!(r.is_met(&a("100%")), Ok(true));
    assert_eq!(r.is_met(&a("89.99%")), Ok(false));
    // a bare actual takes the target's magnitude and unit: 1.5 against 1-3万 is 1.5万; a number
    // too large for that is in units (15000 is 1.5万, not 15000万), and one between cannot tell
    assert_eq!(t("1-3万").is_met(&a("1.5")), Ok(true));
    assert_eq!(t("1-3万").is_met(&a("15000")), Ok(true));
    assert_eq!(t("1-3万").is_met(&a("35000")), Ok(false));
    assert_eq!(t("1-3万").is_met(&a("300")), Err(CompareError::BareMagnitude { magnitude: jixiao::Magnitude::Wan }));
    // a unit only the actual names does not stand in for the target's
    assert!(matches!(t("1-3万").is_met(&a("15000元")), Err(CompareError::UnitOnlyInActual { .. })));
    assert_eq!(t("1-3万元").is_met(&a("15000元")), Ok(true));
    assert_eq!(t("18—54周岁").is_met(&a("55岁")), Ok(false));
}

#[test]
fn deadlines() {
    assert_eq!(t("9月前").is_met(&a("7月")), Ok(true));
    assert_eq!(t("11月前").is_met(&a("10月")), Ok(true));
    assert_eq!(t("2023年12月前").is_met(&a("2023年12月前")), Ok(true));
    assert_eq!(t("2023年12月前").is_met(&a("2024年1月")), Ok(false));
    assert_eq!(t("2025年6月30日前").is_met(&a("2025年6月30日")), Ok(true));
    assert_eq!(t("2025年6月30日前").is_met(&a("2025年7月1日")), Ok(false));
    assert_eq!(t("12月底前").is_met(&a("按时完成")), Ok(true));
    assert_eq!(t("12月底前").is_met(&a("100%")), Err(CompareError::NeedsDate));
    assert_eq!(t("12月底前").direction(), Direction::ByDeadline);
}

#[test]
fn qualitative_targets() {
    let q = t("有效减轻");
    assert_eq!(q.direction(), Direction::Qualitative);
    assert_eq!(q.is_met(&a("有效减轻")), Ok(true));
    assert_eq!(q.is_met(&a("达成年度指标")), Ok(true));
    assert_eq!(q.is_met(&a("部分达成年度指标并具有一定效果")), Ok(false));
    assert_eq!(q.is_met(&a("建设中")), Err(CompareError::NeedsBand));
    assert_eq!(t("是").is_met(&a("是")), Ok(true));
    assert_eq!(t("是").is_met(&a("基本达到")), Ok(false));
}

#[test]
fn bands_and_not_applicable() {
    // a band claiming a number reached cannot be checked without the number: never met
    assert_eq!(t("≥95%").is_met(&Actual::Band { band: Band::Achieved, score: None }), Err(CompareError::NeedsQuantity));
    assert_eq!(t("≥95%").is_met(&Actual::Band { band: Band::NotAchieved, score: None }), Ok(false));
    assert_eq!(t("≥95%").is_met(&a("不适用")), Err(CompareError::NotApplicable));
    assert_eq!(t("≥95%").is_met(&a("建设中")), Err(CompareError::NeedsQuantity));
}

#[test]
fn directions() {
    assert_eq!(t("≥95%").direction(), Direction::HigherIsBetter);
    assert_eq!(t("100%").direction(), Direction::HigherIsBetter);
    assert_eq!(t("≤5%").direction(), Direction::LowerIsBetter);
    assert_eq!(t("<2小时").direction(), Direction::LowerIsBetter);
    assert_eq!(t("控制在30万元以内").direction(), Direction::LowerIsBetter);
}

#[test]
fn word_forms_follow_the_statute() {
    // 以上 / 以下 / 以内 include the number; 不满 / 超过 exclude it (民法典 第一千二百五十九条)
    assert_eq!(t("10人以上").is_met(&a("10人")), Ok(true));
    assert_eq!(t("10人以下").is_met(&a("10人")), Ok(true));
    assert_eq!(t("24小时以内").is_met(&a("24小时")), Ok(true));
    assert_eq!(t("不满10人").is_met(&a("10人")), Ok(false));
    assert_eq!(t("超过10人").is_met(&a("10人")), Ok(false));
    assert_eq!(t("至少3份").is_met(&a("3份")), Ok(true));
}

#[test]
fn numerals_and_magnitudes() {
    let cases = [
        ("两万人", "=2万人", "20000"),
        ("一万二千人", "=12000人", "12000"),
        ("百分之九十五", "=95%", "95"),
        ("九成", "=90%", "90"),
        ("１．５亿元", "=1.5亿元", "150000000"),
        ("≥101,400元", "≥101400元", "101400"),
        ("≥２０％", "≥20%", "20"),
        ("3万亿元", "=3万亿元", "3000000000000"),
        ("≤30万元/个", "≤30万元/个", "300000"),
        ("＞＝5次/月", "≥5次/月", "5"),
        ("100百分比", "=100%", "100"),
        ("95%(百分比)", "=95%", "95"),
    ];
    for (written, canonical, normalized) in cases {
        let th = t(written);
        assert_eq!(th.to_string(), canonical, "{written}");
        assert_eq!(th.quantity().unwrap().normalized().normalize().to_string(), normalized, "{written}");
    }
    assert_eq!(t("≤30万元/个").quantity().unwrap().unit().to_string(), "元/个");
}

#[test]
fn dotted_periods_and_decimal_ranges_stay_apart() {
    // a period of months, written with dots
    assert!(matches!(t("2023.07-2024.01"), Threshold::Deadline(_)));
    // numbers that cannot be dates are a range, and print so that they read back as one
    for s in ["2022.7-2224.01", "2023.0-2023.1", "2023.13-2024.01"] {
        let r = t(s);
        assert!(matches!(r, Threshold::Range(_)), "{s}: {r:?}");
        assert_eq!(t(&r.to_string()), r, "{s} printed as {r}");
    }
    // a range of decimals that look like year.month prints spaced and reads back as a range
    let r = Threshold::Range(
        jixiao::Range::new("2023.07".parse().unwrap(), "2024.01".parse().unwrap(), jixiao::Magnitude::One, Unit::None).unwrap(),
    );
    assert_eq!(r.to_string(), "2023.07 - 2024.01");
    assert_eq!(t(&r.to_string()), r);
}
