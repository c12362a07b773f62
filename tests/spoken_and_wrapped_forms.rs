//! Forms found in real tables collected for issue 19 that read otherwise than their plain
//! siblings, each generated for its family, as target and as actual:
//!
//! - hundreds of millions said aloud with 个 (`2个亿以上`, `两个亿`, `3个多亿`), as `2亿以上`;
//! - two per-units joined by 、 (`400元/人、天`), as by `·`;
//! - a known unit with spaces between its characters, as a PDF wraps a cell (`300 公 里`,
//!   `5 人 次`), as the unit unspaced;
//! - the small forms of the comparator symbols (`﹦` was found; `﹤` `﹥` are its siblings), as
//!   `<` `>` `=`;
//! - 全 (whole) after a number starts no unit (`2021全年`, `30全县`, `1,000全年`: before, counts
//!   of a unit 全年 or 全县);
//! - nor does the name of a measure or a grade, as columns run together leave them
//!   (`100覆盖率`, `6070执行数`, `10满意度`, `0.5良好以上`: before, counts of a unit 覆盖率);
//! - a word of before or after after a quantity is no note (`15日之前`, `20211231日之前`, as
//!   `15日前`: before, 15 days noted 之前).

use jixiao::{Actual, KnownUnit, Threshold};

/// `s` as a target and as an actual, printed (errors by their kind).
fn read(s: &str) -> (String, String) {
    let t = Threshold::parse(s).map(|t| t.to_string()).unwrap_or_else(|e| format!("error {:?}", e.kind()));
    let a = Actual::parse(s).map(|a| a.to_string()).unwrap_or_else(|e| format!("error {:?}", e.kind()));
    (t, a)
}

#[test]
fn hundreds_of_millions_said_with_ge() {
    let mut checked = 0;
    for (number, plain) in [("2", "2"), ("1.5", "1.5"), ("两", "2"), ("十", "10"), ("３", "3"), ("一", "1")] {
        for (ge, more) in [("个", ""), ("个多", "多"), ("个余", "余"), ("个 ", ""), ("個", "")] {
            for unit in ["", "元"] {
                for (before, after) in [("", ""), ("≥", ""), ("约", ""), ("不少于", ""), ("", "以上")] {
                    let s = format!("{before}{number}{ge}亿{unit}{after}");
                    let expected = read(&format!("{before}{plain}{more}亿{unit}{after}"));
                    assert!(!expected.0.starts_with("error"), "{s}: {expected:?}");
                    let got = read(&s);
                    // (an actual of the same value prints as it was read)
                    assert_eq!(got.0, expected.0, "{s}");
                    assert_eq!(got.1, expected.1, "{s} as an actual");
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 6 * 5 * 2 * 5);
    // 个 before anything else stays the unit 个
    assert_eq!(read("2个").0, "=2个");
    assert_eq!(Threshold::parse("2个亿以上").unwrap().to_string(), "≥2亿");
}

#[test]
fn per_units_joined_by_the_enumeration_comma() {
    for (joined, dotted) in [("400元/人、天", "400元/人·天"), ("≤2次/户、年", "≤2次/户·年"), ("50元/人、次", "50元/人·次")]
    {
        assert_eq!(read(joined), read(dotted), "{joined}");
        assert!(!read(joined).0.starts_with("error"), "{joined}");
    }
    // a list of two values stays no value
    assert!(Threshold::parse("5元/人、3元/户").is_err());
}

#[test]
fn a_known_unit_with_spaces_between_its_characters() {
    let mut checked = 0;
    for unit in KnownUnit::ALL {
        let spelled = unit.as_str();
        // units of two or more Chinese characters (a space between letters or marks is no wrap)
        if spelled.chars().count() < 2 || !spelled.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
            continue;
        }
        for space in [" ", "\u{3000}", "  "] {
            let wrapped: String = spelled.chars().map(|c| c.to_string()).collect::<Vec<_>>().join(space);
            for form in ["300{u}", "300 {u}", "≥300{u}", "300{u}以上", "约300{u}", "300{u}（含）"] {
                let s = form.replace("{u}", &wrapped);
                let plain = form.replace("{u}", spelled);
                assert_eq!(read(&s), read(&plain), "{s}");
                checked += 1;
            }
        }
    }
    assert!(checked >= 15 * 3 * 6, "{checked}");
    // a space after a unit before another word keeps the words apart
    assert_eq!(read("5人 以上").0, "≥5人");
    assert!(matches!(Threshold::parse("5人 次数"), Ok(Threshold::Unread(_))));
}

#[test]
fn the_small_comparator_symbols() {
    let mut checked = 0;
    for (small, plain) in [("﹤", "<"), ("﹥", ">"), ("﹦", "="), ("﹤﹦", "<="), ("﹥﹦", ">="), ("﹥=", ">="), ("﹤＝", "<=")] {
        for form in ["{c}95%", "{c} 95 %", "{c}|95|%", "{c}5万元", "{c}3次/年"] {
            let s = form.replace("{c}", small);
            let expected = read(&form.replace("{c}", plain));
            assert!(!expected.0.starts_with("error"), "{s}: {expected:?}");
            assert_eq!(read(&s), expected, "{s}");
            checked += 1;
        }
    }
    assert_eq!(checked, 7 * 5);
}

#[test]
fn whole_after_a_number_starts_no_unit() {
    for s in ["2021全年", "1,000全年", "30全县", "≥30全县", "10万全部", "0.9全年完成值", "54 全部"] {
        assert!(matches!(Threshold::parse(s), Ok(Threshold::Unread(_))), "{s}: {:?}", Threshold::parse(s));
        assert!(matches!(Actual::parse(s), Ok(Actual::Text(_))), "{s} as an actual");
    }
    // after a unit, the words are a note, as any words are
    assert_eq!(read("100%全覆盖").0, "=100%全覆盖");
}

#[test]
fn a_measure_name_or_grade_after_a_number_is_no_unit() {
    let mut checked = 0;
    // (the names the label rules know, 发生, 新增, 培训, 共计 among them, as the rates and counts)
    for name in
        ["覆盖率", "执行数", "满意度", "完成值", "工作量", "金额", "受益人数", "良好", "优秀", "合格", "发生", "新增", "培训", "共计"]
    {
        for number in ["100", "6070", "29.86", "3万"] {
            for before in ["", "≥", "约"] {
                let s = format!("{before}{number}{name}");
                match Threshold::parse(&s) {
                    Ok(Threshold::Compare(c)) => panic!("{s}: a count of {:?}", c.quantity().unit()),
                    Ok(Threshold::Unread(_)) | Err(_) => {}
                    other => panic!("{s}: {other:?}"),
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 14 * 4 * 3);
    // units of one character, and the periods that end in 度, stay units
    // (and a unit per a known unit ends with a unit, no measure: `元/例`, `/人次`)
    for (s, printed) in
        [("100度", "=100度"), ("3个季度", "=3个季度"), ("5次/季度", "=5次/季度"), ("500元/例", "=500元/例"), ("5/人次", "=5/人次")]
    {
        assert_eq!(read(s).0, printed, "{s}");
    }
}

#[test]
fn a_word_of_before_or_after_a_quantity_is_no_note() {
    let mut checked = 0;
    for word in ["前", "之前", "以前", "之后", "以后"] {
        for quantity in ["15日", "20211231日", "5天", "5个工作日", "100%", "≥20万人次"] {
            let s = format!("{quantity}{word}");
            if let Ok(Threshold::Compare(c)) = Threshold::parse(&s) {
                panic!("{s}: a comparison noted {:?}", c.note());
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 5 * 6);
}
