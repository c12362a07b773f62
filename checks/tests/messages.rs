//! Every message the crate gives, pinned: each kind of each error type and each scorecard flag,
//! from a real input that produces it, in English (`Display`) and Chinese (`zh()`), with its
//! position. A change to any message shows here as a snapshot diff (`cargo insta review`).
//!
//! And no error chain repeats itself: an error whose cause is its `source()` does not also
//! print the cause in its own message.

use std::error::Error;

use jixiao::score::{Actuals, Profile, ScoreError, Scorecard};
use jixiao::{
    Actual, Budget, CompareError, Decimal, Indicator, Level1, Level2, ParseError, ParseErrorKind, Project, Qualitative, Threshold, Unit,
};

/// A table of messages, one block per case, for a snapshot.
fn table(rows: &[(String, String)]) -> String {
    rows.iter().map(|(case, text)| format!("{case}\n{text}\n")).collect::<Vec<_>>().join("\n")
}

/// Each source in the chain of `e`, outermost first, and a check that none repeats the next.
fn chain(e: &dyn Error) -> Vec<String> {
    let mut out = vec![e.to_string()];
    let mut cause = e.source();
    while let Some(c) = cause {
        let inner = c.to_string();
        let outer = out.last().cloned().unwrap_or_default();
        assert!(!outer.contains(&inner), "`{outer}` repeats its source `{inner}`");
        out.push(inner);
        cause = c.source();
    }
    out
}

/// The parse errors, each from a real-looking input, and the kinds they cover.
fn parse_errors() -> Vec<(String, ParseError)> {
    let t = |s: &str| (format!("Threshold::parse({s:?})"), Threshold::parse(s).unwrap_err());
    vec![
        t(""),
        t("M.8万元"),
        t("公里"),
        t("≥2x万"),
        t("≥5% x"),
        t("≥99999999999999999999999999亿"),
        t("1.00000000000000000000000000001"),
        t("2025年13月前"),
        t("≥6月"),
        t("不低于5%以下"),
        t("5人-8家"),
        t("100%-90%"),
        t("≥1-3天"),
        t("|28.8萬元|%"),
        t("大约|5|人"),
        ("Unit::parse(\"5人\")".to_string(), Unit::parse("5人").unwrap_err()),
        ("Level1::parse(\" \")".to_string(), Level1::parse(" ").unwrap_err()),
        ("Qualitative::new(\"≥5%\")".to_string(), Qualitative::new("≥5%").unwrap_err()),
        ("Actual::parse(\"5=50%\")".to_string(), Actual::parse("5=50%").unwrap_err()),
        ("review::Code::parse(\"J999\")".to_string(), jixiao::review::Code::parse("J999").unwrap_err()),
    ]
}

#[test]
fn every_parse_error_kind_has_a_pinned_message() {
    let cases = parse_errors();
    let mut rows = Vec::new();
    let mut kinds = Vec::new();
    for (case, e) in &cases {
        kinds.push(e.kind());
        chain(e);
        rows.push((
            case.clone(),
            format!("kind: {:?}, byte {}, character {}\nen: {e}\nzh: {}", e.kind(), e.offset(), e.char_offset(), e.zh()),
        ));
    }
    insta::assert_snapshot!("parse_errors", table(&rows));
    // every kind is produced above
    for kind in [
        ParseErrorKind::Empty,
        ParseErrorKind::ExpectedNumber,
        ParseErrorKind::MissingNumber,
        ParseErrorKind::ExpectedUnitOrEnd,
        ParseErrorKind::TrailingText,
        ParseErrorKind::NumberTooLarge,
        ParseErrorKind::TooManyDecimals,
        ParseErrorKind::InvalidDate,
        ParseErrorKind::MonthWithComparator,
        ParseErrorKind::ConflictingComparators,
        ParseErrorKind::RangeUnitMismatch,
        ParseErrorKind::RangeReversed,
        ParseErrorKind::ComparatorOnRange,
        ParseErrorKind::UnitColumnConflict,
        ParseErrorKind::BadComparatorColumn,
        ParseErrorKind::InvalidUnit,
        ParseErrorKind::EmptyName,
        ParseErrorKind::Contradiction,
        ParseErrorKind::UnknownCode,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} has no case");
    }
}

#[test]
fn every_compare_error_has_a_pinned_message() {
    let pairs = [
        ("≥2万人", "2万家"),
        ("≥95%", "建设中"),
        ("12月底前", "5人"),
        ("12月底前", "2026年1月"),
        ("持续保障", "5人"),
        ("≥95%", "不适用"),
        ("≥1元/公顷", "79228162514264337593543950335元/平方米"),
        ("≥95%", "约95%"),
        ("2022年12月30日前", "2022年12月"),
        ("≥2万人", "150"),
    ];
    let mut rows = Vec::new();
    let mut seen = Vec::new();
    for (target, actual) in pairs {
        let e = Threshold::parse(target).unwrap().is_met(&Actual::parse(actual).unwrap()).unwrap_err();
        chain(&e);
        seen.push(std::mem::discriminant(&e));
        rows.push((format!("{target} against {actual}"), format!("{e:?}\nen: {e}\nzh: {}", e.zh())));
    }
    insta::assert_snapshot!("compare_errors", table(&rows));
    seen.dedup();
    assert_eq!(seen.len(), 10, "one case per kind");
    let _ = CompareError::Overflow; // the last kind above
}

#[test]
fn every_score_error_has_a_pinned_message() {
    let p = Profile::central();
    let score = |t: &str, a: Actual, w: &str| p.score_indicator(&t.parse().unwrap(), &a, w.parse().unwrap()).unwrap_err();
    let mut errors: Vec<(String, ScoreError)> = vec![
        ("≥2万人 against 2万家".into(), score("≥2万人", "2万家".parse().unwrap(), "10")),
        ("持续保障 against 部分达成（8分） of 10".into(), score("持续保障", "部分达成（8分）".parse().unwrap(), "10")),
        ("≥95% against 不适用".into(), score("≥95%", Actual::NotApplicable, "10")),
        ("≥95% against 98% with weight -5".into(), score("≥95%", "98%".parse().unwrap(), "-5")),
        ("持续保障 against 建设中".into(), score("持续保障", "建设中".parse().unwrap(), "10")),
        (
            "a profile with bands 50 / 60".into(),
            Profile::builder().qualitative_bands(Decimal::from(50), Decimal::from(60)).build().unwrap_err(),
        ),
        ("≥1元/公顷 against a huge amount".into(), score("≥1元/公顷", "79228162514264337593543950335元/平方米".parse().unwrap(), "10")),
    ];
    // the kinds a scorecard reports in its flags: from a project that produces each
    errors.push(("the target of a row does not parse".into(), ScoreError::Target(Threshold::parse("≥2x万").unwrap_err())));
    errors.push(("the actual of a row does not parse".into(), ScoreError::Actual(Actual::parse("5=50%").unwrap_err())));
    let mut rows = Vec::new();
    for (case, e) in &errors {
        let links = chain(e);
        rows.push((case.clone(), format!("en: {}\nchain: {}\nzh: {}", e, links.join(" ← "), e.zh())));
    }
    insta::assert_snapshot!("score_errors", table(&rows));
}

/// A project whose scorecard raises every flag code.
fn flagged() -> Vec<(String, Scorecard)> {
    let row = |l1: Level1, l2: Level2, name: &str, target: &str, weight: Option<&str>, actual: Option<&str>| {
        let mut i = Indicator::new(Some(l1), Some(l2), name, target);
        i.weight = weight.map(|w| w.parse().unwrap());
        i.actual = actual.map(str::to_string);
        i
    };
    let mut p = Project::new("核查项目");
    p.budget = Budget { executed: None, ..Budget::fiscal_only(Decimal::from(100)) };
    p.indicators = vec![
        row(Level1::Output, Level2::Quantity, "培训人数", "≥100人", Some("20"), Some("5=50%")),
        row(Level1::Output, Level2::Quality, "合格率", "≥95%", Some("10"), Some("0.96")),
        row(Level1::Output, Level2::Quantity, "服务次数", "≥10次", Some("10"), Some("完成")),
        row(Level1::Output, Level2::Timeliness, "完成时间", "12月底前", Some("10"), Some("2026年1月")),
        row(Level1::Benefit, Level2::Social, "服务水平", "持续提升", Some("20"), Some("建设中")),
        row(Level1::Benefit, Level2::Social, "知晓率", "≥90%", None, Some("95%")),
        row(Level1::Benefit, Level2::Economic, "增收", "≥5%", Some("-5"), Some("6%")),
        row(Level1::Satisfaction, Level2::Satisfaction, "满意度", "≥90%", Some("10"), Some("95%")),
    ];
    p.indicators[7].score = Some(Decimal::from(12));
    let mut unread = row(Level1::Benefit, Level2::Social, "宣传次数", "≥5次", None, Some("5次"));
    unread.weight_text = Some("十分".to_string());
    p.indicators.push(unread);
    let mut cards = vec![("a table with every problem".to_string(), Profile::central().score(&p, &Actuals::from_project(&p)).unwrap())];
    // default weights split with a remainder
    let mut q = Project::new("三项产出");
    q.budget = Budget { executed: Some(Decimal::from(100)), ..Budget::fiscal_only(Decimal::from(100)) };
    for name in ["a", "b", "c"] {
        q.indicators.push(row(Level1::Output, Level2::Quantity, name, "≥1个", None, Some("1个")));
    }
    q.indicators.push(row(Level1::Benefit, Level2::Social, "d", "≥1个", None, Some("1个")));
    q.indicators.push(row(Level1::Satisfaction, Level2::Satisfaction, "e", "≥90%", None, Some("95%")));
    cards.push(("default weights of 50 over three items".to_string(), Profile::central().score(&q, &Actuals::from_project(&q)).unwrap()));
    cards
}

#[test]
fn every_flag_code_has_a_pinned_message() {
    let mut rows = Vec::new();
    let mut codes = Vec::new();
    for (case, card) in flagged() {
        for f in &card.flags {
            codes.push(f.code());
            rows.push((
                format!("{case}: {} {}", f.code(), f.code().title()),
                format!("index: {:?}\nen: {}\nzh: {}", f.index(), f.en(), f.zh()),
            ));
        }
    }
    insta::assert_snapshot!("flags", table(&rows));
    for code in jixiao::score::FlagCode::ALL {
        assert!(codes.contains(code), "{code} has no case");
    }
}
