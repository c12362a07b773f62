//! Full-width digits (全角数字, as Word writes them) read as ASCII digits do, in the forms a sweep
//! found that they did not: each value of 40 000 written again in full-width digits and `％`.
//! The sign of a range's high end (`-１０９５～-５％` lost its minus and read up to +5%), a share
//! per a scale (`１５/１０万`), a number of two places (`１万２千人`), a year in brackets after a
//! value (`≥９５％（２０２３）`), and a year after the name of a bound (`最高２０２５年`).

mod common;

use common::t;
use jixiao::Threshold;

/// `s` with its digits and percent sign written in the other width: ASCII to full-width
/// (`wide`) or back.
fn width(s: &str, wide: bool) -> String {
    let (zero, percent, other_zero, other_percent) = if wide { ('0', '%', '０', '％') } else { ('０', '％', '0', '%') };
    s.chars()
        .map(|c| match c {
            _ if c == percent => other_percent,
            _ if (zero..=char::from_u32(zero as u32 + 9).unwrap()).contains(&c) => {
                char::from_u32(c as u32 - zero as u32 + other_zero as u32).unwrap()
            }
            c => c,
        })
        .collect()
}

/// Both spellings read alike, as a target (a note or text kept as written, in its own digits);
/// errors of the same kind at the same character.
fn alike(s: &str) {
    let wide = width(s, true);
    match (Threshold::parse(s), Threshold::parse(&wide)) {
        (Ok(a), Ok(b)) => assert_eq!(format!("{a:?}"), width(&format!("{b:?}"), false), "{s} / {wide}"),
        (Err(a), Err(b)) => assert_eq!((a.kind(), a.char_offset()), (b.kind(), b.char_offset()), "{s} / {wide}"),
        (a, b) => panic!("{s}: {a:?} / {wide}: {b:?}"),
    }
}

#[test]
fn the_sign_of_a_ranges_high_end() {
    for sep in ["～", "~", "--", "-", "—", "至", "到"] {
        for (low, high) in [("-1095", "-5"), ("-51", "-2"), ("-10", "-5"), ("5", "-3")] {
            for unit in ["", "%", "万元", "人"] {
                alike(&format!("{low}{sep}{high}{unit}"));
            }
        }
    }
    let r = t("-１０９５～-５％");
    assert_eq!(r, t("-1095～-5%"));
    match r {
        Threshold::Range(r) => assert!(r.high().is_sign_negative()),
        other => panic!("{other:?}"),
    }
}

#[test]
fn shares_per_a_scale() {
    for n in ["15", "2.3", "0.5"] {
        for scale in ["10万", "1万", "100万", "1千", "10萬", "1萬"] {
            for before in ["", "≤", "不超过", "有所增长="] {
                alike(&format!("{before}{n}/{scale}"));
                alike(&format!("{before}{n} / {scale}"));
            }
        }
    }
    alike("1-15/10万");
    alike("12.3/10万及以下");
}

#[test]
fn numbers_of_two_places() {
    for s in ["1万2千人", "3亿5千万元", "951万2千人", "1万952百元", "3亿5千万元完成", "1万2千人拨款"] {
        alike(s);
    }
    assert_eq!(t("１万２千人"), t("1.2万人"));
}

#[test]
fn years_in_brackets_and_after_a_bound() {
    for s in [
        "两千（2023）",
        "达标≥95%（2023）",
        "≥95%（2025）",
        "最高2025年",
        "上限：2025年",
        "下限: 2025年违规率",
        "完成最高2021年吕梁山护工培训任务",
    ] {
        alike(s);
    }
}
