//! Values a round-trip sweep found whose canonical text read back as another value, and their
//! siblings: the unit column in brackets after a suffix or bound (`5以内（万元）` kept `（万元）` as
//! a note, and `≤5（万元）` read back as ≤5万元), and a period of months in digits after a label
//! (`农民培训人数202401到202412` was a range of numbers, printed as the period alone), and two
//! numbers that could be compact dates written so that they are none (the fuzz target found
//! `0204001～204001`, a range printed as the period `204001-204001`).

mod common;

use common::{t, SPACES};
use jixiao::Threshold;

/// Every value here reads back as itself from its canonical text.
fn reads_back(s: &str) {
    let read = t(s);
    assert_eq!(Threshold::parse(&read.to_string()), Ok(read.clone()), "{s} → {read}");
}

/// The unit column after a suffix, bound or 左右, in every bracket and spacing, is the quantity's.
#[test]
fn a_unit_column_after_a_suffix_is_the_quantitys() {
    let mut checked = 0;
    for (tail, op) in [("以内", "≤"), ("以下", "≤"), ("以上", "≥"), (" 上限", "≤"), ("左右", "约")] {
        for (column, unit) in [("（万元）", "万元"), ("(万人)", "万人"), ("（个）", "个"), ("(天)", "天"), ("（万）", "万")]
        {
            for sp in SPACES {
                let s = format!("5{tail}{sp}{column}");
                assert_eq!(t(&s), t(&format!("{op}5{unit}")), "{s}");
                reads_back(&s);
                checked += 1;
            }
        }
    }
    assert!(checked >= 75, "{checked}");
    // after a unit, a bracketed unit is a note, kept as written
    assert_eq!(t("5人以下（万元）").to_string(), "≤5人（万元）");
    reads_back("5人以下（万元）");
}

/// A period of months in digits after a label is no range of numbers.
#[test]
fn a_period_after_a_label_is_no_range() {
    for s in ["农民培训人数202401到202412", "培训人数：202401-202412", "执行数 202301至202312"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
        reads_back(s);
    }
    assert!(matches!(t("202401到202412"), Threshold::Deadline(_)));
}

/// Two numbers that are not compact dates as written (a leading zero) stay a range, and print so
/// that they read back as one; two that are compact dates are a period with every separator of
/// ranges (`〜` was a range of numbers, `～` a period).
#[test]
fn numbers_that_look_like_compact_dates() {
    let seps = ["-", "--", "—", "——", "–", "－", "～", "~", "〜", "至", "到"];
    let pairs = [("204001", "204001"), ("202001", "202012"), ("20200101", "20201231"), ("199912", "200001")];
    let mut checked = 0;
    for (a, b) in pairs {
        for sep in seps {
            for sp in SPACES {
                let period = format!("{a}{sp}{sep}{sp}{b}");
                assert!(matches!(t(&period), Threshold::Deadline(_)), "{period}: {:?}", t(&period));
                reads_back(&period);
                let range = format!("0{a}{sp}{sep}{sp}{b}");
                match t(&range) {
                    Threshold::Range(r) => {
                        assert_eq!((r.low().to_string(), r.high().to_string()), (a.to_string(), b.to_string()), "{range}");
                    }
                    other => panic!("{range}: {other:?}"),
                }
                reads_back(&range);
                checked += 1;
            }
        }
    }
    assert!(checked >= 44, "{checked}");
    assert_eq!(t("0204001～204001").to_string(), "0204001-204001");
    // numbers that are no dates, or out of order, print as they always did
    assert_eq!(t("0204013～204020").to_string(), "204013-204020");
    assert_eq!(t("0300001-300002").to_string(), "300001-300002");
}

/// Words in a split value's cell that read as a relative target once their traditional
/// characters are folded (`|低于批覆|`) are that target, as their canonical text is (the fuzz
/// target found `|低于\t批覆|\u{f}上年计`, kept as the text `低于\t批覆`, which read back as the
/// relative target).
#[test]
fn traditional_words_in_a_split_cell() {
    for s in ["|低于\t批覆|\u{f}上年计", "|低于批覆|", "|較上年增長|", "|不低於上年|", "|不超過批覆數|"] {
        assert!(matches!(t(s), Threshold::Relative(_)), "{s}: {:?}", t(s));
        reads_back(s);
    }
    assert_eq!(t("|不低於上年|"), t("不低于上年"));
    // text that folds to text stays as written
    assert_eq!(t("|應保盡保|").to_string(), "應保盡保");
}

/// Tenths in a split value's unit column are the value's share, as in one cell (`|7|成` is 70%,
/// as `7成`); it was 7 of a unit 成, which printed as `7成` and read back as 70% (the fuzz target
/// found it). A number above ten keeps 成 as its unit, as in one cell.
#[test]
fn tenths_in_the_unit_column() {
    for (split, cell) in [
        ("|7|成", "7成"),
        ("≥|7|成", "≥7成"),
        ("|7.5|成", "7.5成"),
        ("|七|成", "七成"),
        ("|7-9|成", "7-9成"),
        ("|15|成", "15成"),
        ("|-2|成", "-2成"),
    ] {
        assert_eq!(t(split), t(cell), "{split}");
        reads_back(split);
    }
    assert_eq!(t("|7| 成 ").to_string(), "=70%");
}

/// A note that, printed after a magnitude and unit, would make a longer unit (`9(百分)` then
/// `比…` printed `9百分比…`, which reads back as 9%) is no note: the value is not read (the fuzz
/// target `actual` found it). Notes that stay notes are kept.
#[test]
fn a_note_that_would_make_a_unit_with_the_magnitude() {
    for s in ["9(百分)比每刈", "9(千分)之一"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
        reads_back(s);
        let a = jixiao::Actual::parse(s).expect(s);
        assert_eq!(jixiao::Actual::parse(&a.to_string()), Ok(a), "{s}");
    }
    for s in ["3万人完成", "5千人（2023年）", "2亿元资金", "9百分完成"] {
        assert!(matches!(t(s), Threshold::Compare(ref c) if c.note().is_some()), "{s}: {:?}", t(s));
        reads_back(s);
    }
}

/// A relative target's amount in a unit kept as written reads as a comparison's does, split or
/// not: with its traditional characters folded (the fuzz target found `|环比 提高 0俥分餘|`, whose
/// unit was kept unfolded and read back folded).
#[test]
fn a_relative_amount_in_a_unit_kept_as_written() {
    for s in ["|环比 提高 0俥分餘|", "|较上年增长5俥餘|", "较上年增长5俥餘"] {
        assert!(matches!(t(s), Threshold::Relative(_)), "{s}: {:?}", t(s));
        reads_back(s);
    }
    assert_eq!(t("|较上年增长5俥餘|"), t("较上年增长5俥余"));
}

/// Text kept from a split cell that holds a dash the grammar folds (`‐`, `−`, `―`) reads as its
/// canonical text does, alone: the fuzz target found `定性|于十多‐|較丁`, whose cell was plain
/// text while `于十多‐` alone folds to `于十多－`, numbers not read.
#[test]
fn a_dash_that_folds_in_a_split_cell() {
    // (an error, `―5` whose bar is no sign, has no text to read back)
    let back = |s: &str| {
        if let Ok(read) = Threshold::parse(s) {
            assert_eq!(Threshold::parse(&read.to_string()), Ok(read.clone()), "{s} → {read}");
            return true;
        }
        false
    };
    let mut read = 0;
    for dash in ['‐', '‑', '−', '―'] {
        for cell in [format!("于十多{dash}"), format!("有效{dash}"), format!("培训{dash}考核"), format!("{dash}5")] {
            for (before, after) in [("定性|", "|較丁"), ("|", "|"), ("定性|", "|")] {
                read += usize::from(back(&format!("{before}{cell}{after}")));
                read += usize::from(back(&cell));
            }
        }
    }
    assert!(read > 80, "{read}");
}

/// A tolerance whose amount has a sign of its own is none, zero included: the fuzz target found
/// `+--0成`, a range of 0 of a unit 成 that printed as `0-0成`, which reads as tenths.
#[test]
fn a_tolerance_of_a_signed_amount() {
    for mark in ["±", "+-", "+/-", "＋／－", "正负"] {
        for amount in ["-0成", "-0%", "-3%", "－3%", "+3%"] {
            let s = format!("{mark}{amount}");
            assert!(!matches!(Threshold::parse(&s), Ok(Threshold::Range(_))), "{s}: {:?}", Threshold::parse(&s));
        }
        // and reads a plain amount as before
        assert_eq!(t(&format!("{mark}0成")).to_string(), "0-0%");
        reads_back(&format!("{mark}3%"));
    }
}

/// Text kept from a split cell that starts with no Chinese character and holds a traditional one
/// reads as its canonical text does alone: the fuzz target found `不超|>=\u{1f}\0万餘|`, plain
/// text in the cell while alone, folded, 万余 is a number not read.
#[test]
fn traditional_characters_after_an_ascii_start() {
    for cell in [">=\u{1f}\0万餘", "a万餘", ">=萬餘", "x較上年"] {
        for (before, after) in [("不超|", "|"), ("|", "|"), ("定性|", "|较丁")] {
            let s = format!("{before}{cell}{after}");
            if let Ok(read) = Threshold::parse(&s) {
                assert_eq!(Threshold::parse(&read.to_string()), Ok(read.clone()), "{s:?} → {read}");
            }
        }
        // and the cell alone reads as it does folded (the text kept as written)
        let folded = cell.replace('餘', "余").replace('萬', "万").replace('較', "较");
        let kind = |s: &str| Threshold::parse(s).ok().map(|t| std::mem::discriminant(&t));
        assert_eq!(kind(cell), kind(&folded), "{cell:?}");
    }
}

/// A split cell of tenths and a numeral parted by a space keeps its text, which reads back
/// alone as it was kept: the fuzz target found `|三成 一|個` while a reading of words a PDF broke
/// was tried (and left out for it), its kept text `三成 一` reading alone as 31%.
#[test]
fn tenths_and_a_numeral_parted_by_a_space() {
    for s in ["|三成 一|個", "|三成 一|个", "三成 一", "三成 一个"] {
        reads_back(s);
        assert!(matches!(Threshold::parse(s), Ok(Threshold::Unread(_))), "{s}");
    }
}

/// A symbol, a number and a slash before the name of a measure reads as the same value without
/// the symbol does: the fuzz target found `=2023.7/预批复数`, read as 2023.7 of a unit
/// `/预批复数` by the shortcut for `≤28.40/株` while the unit rule refuses a measure's name, so
/// that its canonical text `2023.7/预批复数` read back as unread text.
#[test]
fn a_slash_before_the_name_of_a_measure() {
    for word in ["预批复数", "数", "率", "满意度", "完成值", "批复数"] {
        for op in ["=", "≥", "≤", "<", ">"] {
            let s = format!("{op}2023.7/{word}");
            // (unread, or an error that says where: never 2023.7 of a unit named so)
            if let Ok(read) = Threshold::parse(&s) {
                assert_eq!(Threshold::parse(&read.to_string()), Ok(read.clone()), "{s} → {read}");
            }
            assert!(!matches!(Threshold::parse(&s), Ok(Threshold::Compare(_))), "{s}");
            for as_actual in [&s, &format!("2023.7/{word}")] {
                if let Ok(a) = jixiao::Actual::parse(as_actual) {
                    assert_eq!(jixiao::Actual::parse(&a.to_string()), Ok(a.clone()), "{as_actual} → {a}");
                }
            }
        }
    }
    // a word the crate does not know stays the unit it was
    assert_eq!(Threshold::parse("≤28.40/株").unwrap().to_string(), "≤28.40/株");
}
