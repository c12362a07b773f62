//! Counts per a power of ten of people (`15/10万`, `1例/万人`, `≤3/千人口`) and shares in words
//! (`千分之三`, `万分之五`, `十万分之十五`) are shares: health tables write 孕产妇死亡率 and
//! 传染病发病率 so. Each spelling of a scale reads as the share in ‰ or ‱, with every numeral
//! script, comparator, suffix and spacing; it used to be an error, or (`千分之三`) plain text.

mod common;

#[path = "common/judge.rs"]
mod judge;

use common::{assert_reads, t};
use jixiao::Threshold;

/// Ways of writing "per 10^k": the text after the number, and the unit and divisor of the share.
const SCALES: &[(&str, &str, u32)] = &[
    ("/万", "‱", 1),
    ("／万人", "‱", 1),
    ("/1万", "‱", 1),
    ("/10000", "‱", 1),
    ("/10万", "‱", 10),
    ("/十万", "‱", 10),
    ("/10万人", "‱", 10),
    ("/10万人口", "‱", 10),
    ("/100000", "‱", 10),
    ("/千", "‰", 1),
    ("/千人", "‰", 1),
    ("/千人口", "‰", 1),
    ("/1000", "‰", 1),
    ("/100万", "‱", 100),
];

#[test]
fn counts_per_a_scale_read_as_shares() {
    let mut checked = 0;
    for &(scale, unit, divisor) in SCALES {
        for (n, value) in [("15", 15u32), ("１５", 15), ("1", 1), ("60", 60)] {
            for counted in ["", "例", "人"] {
                for (op, suffix, canonical_op) in [("", "", "="), ("≤", "", "≤"), ("", "以下", "≤"), ("不高于", "", "≤"), ("≥", "", "≥")]
                {
                    for sp in ["", " "] {
                        let s = format!("{op}{sp}{n}{counted}{scale}{suffix}");
                        let share = jixiao::Decimal::from(value) / jixiao::Decimal::from(divisor);
                        let want = t(&format!("{canonical_op}{share}{unit}"));
                        assert_eq!(t(&s), want, "{s}");
                        assert_eq!(t(&t(&s).to_string()), want, "{s}: reads back");
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 1500, "{checked}");
}

#[test]
fn shares_in_words() {
    assert_reads(&[
        ("千分之三", "=3‰"),
        ("≤千分之三", "≤3‰"),
        ("千分之三以下", "≤3‰"),
        ("千分之3", "=3‰"),
        ("万分之一", "=1‱"),
        ("萬分之五", "=5‱"),
        ("十万分之十五", "=1.5‱"),
        ("≤十万分之15", "≤1.5‱"),
        ("百分之九十五", "=95%"),
        ("百分之百", "=100%"),
    ]);
    // the numeral must be whole: 千分之百 is no share (百 alone is a number only after 百分之),
    // and a fraction that does not read is unread, never plain text
    for s in ["千分之百", "三分之二", "≥三分之二"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
    }
    // a share in words is never plain text (it was, before it read)
    for s in ["千分之三", "万分之一", "十万分之十五"] {
        assert!(!matches!(t(s), Threshold::Qualitative(_)), "{s}");
    }
}

#[test]
fn other_slashes_are_no_shares() {
    // a fraction, an amount per an amount, a magnitude before the slash: not read as shares
    for s in ["2/3", "5/1000元", "≤2元/万元", "3万/10万"] {
        assert!(Threshold::parse(s).is_err(), "{s}: {:?}", Threshold::parse(s));
    }
    // rates per one thing stay rates
    assert_eq!(t("3000元/人").to_string(), "=3000元/人");
    assert_eq!(t("≥2次/年").to_string(), "≥2次/年");
}

#[test]
fn shares_per_a_scale_are_judged_as_shares() {
    let p = jixiao::score::Profile::default();
    judge::judged_alike(&p, "≤15/10万", "15.7/10万", Some(false));
    judge::judged_alike(&p, "≤15/10万", "12.3/10万", Some(true));
    // the same share in another scale or as a percentage
    judge::judged_alike(&p, "≤15/10万", "1.2/万", Some(true));
    judge::judged_alike(&p, "≤15/10万", "0.012%", Some(true));
    judge::judged_alike(&p, "≤5‰", "千分之六", Some(false));
    judge::judged_alike(&p, "≤1例/万人", "0例/万人", Some(true));
}
