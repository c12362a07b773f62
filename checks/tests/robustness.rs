//! Hostile input: the parsers and importers never panic, every error has a position inside the
//! input, whatever parses prints back to itself, pathological inputs return quickly, and time
//! grows linearly with the input.
//!
//! The generated inputs are arbitrary strings and texts assembled from real fragments (the
//! target values of `real-values.tsv` and the lines of the Tianjin sample).

use std::time::{Duration, Instant};

use jixiao::import::{self, docx_text, table};
use jixiao::{Actual, ParseErrorKind, Threshold};
use proptest::prelude::*;

const REAL_VALUES: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/real-values.tsv"));
const SAMPLE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/tianjin-2025-emergency-center.txt"));

/// Every target and actual cell of the real rows.
fn real_values() -> Vec<String> {
    let mut out = Vec::new();
    for line in REAL_VALUES.lines().skip(1) {
        let cells: Vec<&str> = line.split('\t').collect();
        for i in [4, 5] {
            if let Some(c) = cells.get(i).filter(|c| !c.is_empty()) {
                out.push((*c).to_string());
            }
        }
    }
    out
}

/// Pieces values are made of, beside the real values: comparators, numbers, units, separators
/// and characters that have no business in a value.
const PIECES: &[&str] = &[
    "≥",
    "≤",
    ">",
    "<",
    "=",
    "＞＝",
    "不低于",
    "控制在",
    "以上",
    "以内",
    "及以下",
    "-",
    "—",
    "～",
    "至",
    "|",
    "0",
    "5",
    "100",
    "3.5",
    "２０",
    "1,000",
    "两万",
    "百分之",
    "九成",
    "万",
    "亿",
    "万亿",
    "%",
    "人次",
    "元/人",
    "个月",
    "年",
    "月",
    "日",
    "底前",
    "完成",
    "/",
    ".",
    "．",
    " ",
    "\u{3000}",
    "\t",
    "\0",
    "\u{feff}",
    "“",
    "”",
    "(",
    "（",
    "🙂",
    "é",
    "\u{202e}",
    "٥",
    "ℳ",
    "\u{fffd}",
];

/// Checks one value against the contract; returns a description of the first breach.
fn check_value(s: &str) -> Result<(), String> {
    match Threshold::parse(s) {
        Err(e) if e.offset() > s.len() || !s.is_char_boundary(e.offset()) => return Err(format!("{e:?} outside {s:?}")),
        Err(_) => {}
        Ok(t) => {
            let text = t.to_string();
            let again = Threshold::parse(&text);
            if again.as_ref() != Ok(&t) {
                return Err(format!("{s:?} parsed to {t:?}, printed {text:?}, parsed back to {again:?}"));
            }
        }
    }
    match Actual::parse(s) {
        Err(e) if e.offset() > s.len() || !s.is_char_boundary(e.offset()) => Err(format!("actual {e:?} outside {s:?}")),
        _ => Ok(()),
    }
}

/// A value assembled from real values and pieces.
fn assembled_value() -> impl Strategy<Value = String> {
    let mut fragments = real_values();
    fragments.extend(PIECES.iter().map(|p| p.to_string()));
    prop::collection::vec(prop::sample::select(fragments), 1..6).prop_map(|v| v.concat())
}

/// A document assembled from lines of the sample (dropped, repeated, reordered) and real values.
fn assembled_document() -> impl Strategy<Value = String> {
    let lines: Vec<String> = SAMPLE.lines().map(str::to_string).collect();
    let n = lines.len();
    let mut extra = real_values();
    extra.extend(["", "\t", "\t\t", "一级指标\t二级指标\t三级指标\t指标值", "三级指标,指标值", "\"", "\t\"", "1."].map(String::from));
    let line = prop_oneof![
        4 => (0..n).prop_map(move |i| lines[i].clone()),
        1 => prop::sample::select(extra.clone()),
        1 => prop::sample::select(extra).prop_map(|v| format!("\t{v}")),
    ];
    prop::collection::vec(line, 0..120).prop_map(|v| v.join("\n"))
}

/// Imports with the three entry points; returns a description of the first breach.
fn check_document(text: &str) -> Result<(), String> {
    let lines = text.lines().count().max(1);
    for (name, parse) in [("detect", import::parse_text as fn(&str) -> _), ("docx_text", docx_text::parse), ("table", table::parse)] {
        if let Ok(doc) = parse(text) {
            for d in &doc.diagnostics {
                if d.line == 0 || d.line > lines + 1 {
                    return Err(format!("{name}: diagnostic at line {} of {lines}: {d}", d.line));
                }
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_strings(s in any::<String>()) {
        prop_assert_eq!(check_value(&s), Ok(()));
    }

    #[test]
    fn values_from_real_fragments(s in assembled_value()) {
        prop_assert_eq!(check_value(&s), Ok(()));
    }

    #[test]
    fn split_columns_from_real_fragments(a in assembled_value(), b in assembled_value(), c in assembled_value()) {
        let s = format!("{a}|{b}|{c}");
        prop_assert_eq!(check_value(&s), Ok(()));
    }

    #[test]
    fn documents_from_real_fragments(text in assembled_document()) {
        prop_assert_eq!(check_document(&text), Ok(()));
    }
}

#[test]
fn every_real_value_keeps_the_contract() {
    for v in real_values() {
        assert_eq!(check_value(&v), Ok(()));
    }
}

/// Runs `f` and fails when it takes longer than `limit` (generous: debug builds, a busy machine).
fn quickly<T>(what: &str, limit: Duration, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    assert!(took < limit, "{what} took {took:?}");
    out
}

const QUICK: Duration = Duration::from_secs(10);

#[test]
fn a_megabyte_value_returns_quickly() {
    let mb = 1 << 20;
    for unit in ["1", "一", "持", "≥", "-", "%", "万", "a", " ", "|", "5%以上", "1-", "2025年", "\0", "(", "１"] {
        let s = unit.repeat(mb / unit.len());
        quickly(&format!("a megabyte of {unit:?}"), QUICK, || check_value(&s)).unwrap();
    }
    let s = format!("≥{}万元", "9".repeat(mb));
    let e = Threshold::parse(&s).unwrap_err();
    assert_eq!(e.kind(), ParseErrorKind::NumberTooLarge);
}

#[test]
fn nested_looking_brackets_return_quickly() {
    for (open, close) in [("(", ")"), ("（", "）"), ("[", "]"), ("【", "】"), ("{", "}"), ("“", "”")] {
        let s = format!("{}≥5%{}", open.repeat(100_000), close.repeat(100_000));
        quickly(&format!("100 000 {open}"), QUICK, || check_value(&s)).unwrap();
    }
}

#[test]
fn ten_thousand_digits_are_an_error_not_a_rounding() {
    let digits = "9".repeat(10_000);
    for s in [digits.clone(), format!("≥{digits}万元"), format!("1-{digits}")] {
        let e = quickly("10 000 digits", QUICK, || Threshold::parse(&s)).unwrap_err();
        assert_eq!(e.kind(), ParseErrorKind::NumberTooLarge, "{s:.20}…");
        assert!(e.offset() <= s.len());
    }
    let fraction = format!("0.{}", "1".repeat(10_000));
    let e = Threshold::parse(&fraction).unwrap_err();
    assert_eq!(e.kind(), ParseErrorKind::TooManyDecimals);
    assert!(Actual::parse(&digits).is_err());
}

#[test]
fn decimal_overflow_is_an_error() {
    for s in [
        "≥9999999999999999999999999999999亿",
        "≥79228162514264337593543950335亿", // Decimal::MAX, times 亿
        "79228162514264337593543950336",    // Decimal::MAX + 1
        "1-79228162514264337593543950336",
    ] {
        let e = Threshold::parse(s).unwrap_err();
        assert_eq!(e.kind(), ParseErrorKind::NumberTooLarge, "{s}");
        assert!(e.offset() <= s.len(), "{s}");
    }
    // 29 significant digits with a fraction: no exact decimal holds them (reported as a precision error)
    let e = Threshold::parse("≥7922816251426433759354395.0336万亿").unwrap_err();
    assert!(matches!(e.kind(), ParseErrorKind::NumberTooLarge | ParseErrorKind::TooManyDecimals), "{e:?}");
    // a unit column's magnitude is checked like a written one
    let e = Threshold::parse("≥|79228162514264337593543950335|万元").unwrap_err();
    assert_eq!((e.kind(), e.offset()), (ParseErrorKind::NumberTooLarge, 34));
    // the largest values that fit are kept exactly
    let t = Threshold::parse("79228162514264337593543950335").unwrap();
    assert_eq!(t.quantity().unwrap().value(), jixiao::Decimal::MAX);
    let t = Threshold::parse("≥0.0000000000000000000000000001%").unwrap();
    assert_eq!(t.quantity().unwrap().value().to_string(), "0.0000000000000000000000000001");
    // one more decimal place is an error, never a rounding
    let e = Threshold::parse("≥0.00000000000000000000000000001%").unwrap_err();
    assert_eq!(e.kind(), ParseErrorKind::TooManyDecimals);
}

#[test]
fn nul_bytes_and_control_characters() {
    for s in ["\0", "≥5\0%", "\0≥5%", "≥\u{0}5%", "5%\0", "持续\0保障", "≥5|\0|%", "\u{7}\u{1b}[31m≥5%", "\r\n≥5%\r\n"] {
        check_value(s).unwrap();
    }
    assert!(Threshold::parse("≥5\0%").is_err());
}

#[test]
fn mixed_scripts() {
    for s in [
        "≥٥%",
        "≥5ℳ",
        "≥5人ab",
        "≥5%🙂",
        "١٠٠%",
        "≥5мин",
        "≥5\u{301}%",
        "\u{202e}≥5%",
        "≥5\u{200b}%",
        "ｘ≥5%",
        "≥５％",
        "≥5％以上",
        "≥5ｋｍ",
        "≥5 km",
        "≧5個",
    ] {
        check_value(s).unwrap();
    }
}

#[test]
fn a_document_of_empty_rows_returns_quickly() {
    let header = "一级指标\t二级指标\t三级指标\t指标值\n";
    for text in [
        "\n".repeat(100_000),
        "\t\n\n".repeat(100_000),
        format!("{header}{}", "\t\t\t\n".repeat(100_000)),
        format!("{SAMPLE}{}", "\t\n\n".repeat(100_000)),
    ] {
        quickly("100 000 empty rows", QUICK, || check_document(&text)).unwrap();
    }
}

/// The fastest of three runs of `f`.
fn best_of_three(f: impl Fn()) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Fails when 16× the input takes more than 16 × 4 times as long (plus a millisecond of slack).
fn assert_linear(what: &str, small: &str, large: &str, f: impl Fn(&str)) {
    let t1 = best_of_three(|| f(small));
    let t16 = best_of_three(|| f(large));
    assert!(t16 <= t1 * 64 + Duration::from_millis(1), "{what}: 1× took {t1:?}, 16× took {t16:?}");
}

#[test]
fn time_is_linear_in_the_input() {
    let n = 1 << 14;
    for unit in ["1", "一", "持续保障", "≥", "-", "万", "5%以上", "1-", "2025年", " ", "|", "a", "(", "一次性"] {
        let (small, large) = (unit.repeat(n), unit.repeat(16 * n));
        assert_linear(&format!("value of {unit:?}"), &small, &large, |s| {
            let _ = Threshold::parse(s);
            let _ = Actual::parse(s);
        });
    }
    let (small, large) = (SAMPLE.repeat(4), SAMPLE.repeat(64));
    assert_linear("the sample document", &small, &large, |s| {
        let _ = import::parse_text(s);
    });
}
