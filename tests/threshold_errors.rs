//! Error text and positions, word for word: they are part of the interface.

use jixiao::{Actual, ParseErrorKind, Threshold};

#[track_caller]
fn error_of(s: &str) -> (ParseErrorKind, usize, String) {
    let e = Threshold::parse(s).expect_err(s);
    (e.kind(), e.offset(), e.to_string())
}

#[test]
fn error_messages() {
    let cases: &[(&str, ParseErrorKind, usize, &str)] = &[
        ("", ParseErrorKind::Empty, 0, "empty value"),
        ("   ", ParseErrorKind::Empty, 3, "empty value"),
        ("—", ParseErrorKind::Empty, 0, "empty value"),
        ("≥2x万", ParseErrorKind::ExpectedUnitOrEnd, 4, "expected a unit, a range or the end at character 3 (byte offset 4)"),
        ("M.8万元", ParseErrorKind::ExpectedNumber, 0, "expected a number at character 1 (byte offset 0)"),
        ("≥", ParseErrorKind::ExpectedNumber, 3, "expected a number at character 2 (byte offset 3)"),
        ("≥**%", ParseErrorKind::ExpectedNumber, 3, "expected a number at character 2 (byte offset 3)"),
        ("5=50%", ParseErrorKind::ExpectedUnitOrEnd, 1, "expected a unit, a range or the end at character 2 (byte offset 1)"),
        ("2025年13月前", ParseErrorKind::InvalidDate, 0, "invalid date at character 1 (byte offset 0)"),
        ("2025年4月31日前", ParseErrorKind::InvalidDate, 0, "invalid date at character 1 (byte offset 0)"),
        (
            "≥9999999999999999999999999999999亿",
            ParseErrorKind::NumberTooLarge,
            3,
            "number too large for an exact decimal at character 2 (byte offset 3)",
        ),
        (
            "≥99999999999999999999999999亿",
            ParseErrorKind::NumberTooLarge,
            3,
            "number too large for an exact decimal at character 2 (byte offset 3)",
        ),
        (
            "1.00000000000000000000000000001",
            ParseErrorKind::TooManyDecimals,
            30,
            "more than 28 decimal places at character 31 (byte offset 30)",
        ),
        (
            "|28.8萬元|%",
            ParseErrorKind::UnitColumnConflict,
            12,
            "the value's unit differs from the unit column at character 9 (byte offset 12)",
        ),
        ("大约|5|人", ParseErrorKind::BadComparatorColumn, 0, "expected a comparator in the first column at character 1 (byte offset 0)"),
        ("≥|   |%", ParseErrorKind::Empty, 4, "empty value"),
        (
            "不低于5%以下",
            ParseErrorKind::ConflictingComparators,
            11,
            "comparator prefix and suffix disagree at character 6 (byte offset 11)",
        ),
        ("5人-8家", ParseErrorKind::RangeUnitMismatch, 0, "the ends of the range have different units at character 1 (byte offset 0)"),
        ("100%-90%", ParseErrorKind::RangeReversed, 0, "the low end of the range is above the high end at character 1 (byte offset 0)"),
        ("≥1-3天", ParseErrorKind::ComparatorOnRange, 0, "a range cannot take a comparator at character 1 (byte offset 0)"),
        ("≥5% x", ParseErrorKind::TrailingText, 6, "unexpected text after the value at character 5 (byte offset 6)"),
        ("≥5%x", ParseErrorKind::ExpectedUnitOrEnd, 4, "expected a unit, a range or the end at character 3 (byte offset 4)"),
    ];
    for &(input, kind, offset, message) in cases {
        let (k, o, m) = error_of(input);
        assert_eq!((k, o, m.as_str()), (kind, offset, message), "{input}");
    }
}

#[test]
fn offsets_point_into_the_input() {
    // a leading quote and spaces are trimmed, and offsets still count them
    let e = Threshold::parse("  “≥2x万”").unwrap_err();
    assert_eq!(e.offset(), 9);
    assert_eq!(&"  “≥2x万”"[e.offset()..e.offset() + 1], "x");
}

#[test]
fn malformed_actuals_are_errors() {
    for (s, kind) in [("^80%", ParseErrorKind::ExpectedNumber), ("5=50%", ParseErrorKind::ExpectedUnitOrEnd), ("", ParseErrorKind::Empty)] {
        assert_eq!(Actual::parse(s).unwrap_err().kind(), kind, "{s}");
    }
}

#[test]
fn qualitative_text_is_not_an_error() {
    for s in ["持续保障", "按时完成", "一次性通过省文物局验收", "是"] {
        assert!(Threshold::parse(s).unwrap().is_qualitative(), "{s}");
    }
    // text holding numbers the rules do not read is no error either, but marked unread
    for s in ["1-6期培训结束后及时考核", "12月底前100%到位"] {
        assert!(Threshold::parse(s).unwrap().is_unread(), "{s}");
    }
}
