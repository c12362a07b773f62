//! Counts per a power of ten of people (`15/10万`, `1例/万人`, `≤3/千人口`) and shares in words
//! (`千分之三`, `万分之五`, `十万分之十五`) are shares: health tables write 孕产妇死亡率 and
//! 传染病发病率 so. Each spelling of a scale reads as the share per 千, 万, 10万 or 100万 (‰, ‱,
//! `/10万`, `/100万`), the number as written, with every numeral script, comparator, suffix and
//! spacing; it used to be an error, or (`千分之三`) plain text.

mod common;

#[path = "common/judge.rs"]
mod judge;

use common::{assert_reads, t};
use jixiao::Threshold;

/// Ways of writing "per a scale of people": the text after the number, and the unit of the
/// share (the number is kept as written).
const SCALES: &[(&str, &str)] = &[
    ("/万", "‱"),
    ("／万人", "‱"),
    ("/1万", "‱"),
    ("/10万", "/10万"),
    ("/十万", "/10万"),
    ("/10万人", "/10万"),
    ("/10万人口", "/10万"),
    ("/十萬人", "/10万"),
    ("/千", "‰"),
    ("/千人", "‰"),
    ("/千人口", "‰"),
    ("/100万", "/100万"),
    ("/百万", "/100万"),
];

#[test]
fn counts_per_a_scale_read_as_shares() {
    let mut checked = 0;
    for &(scale, unit) in SCALES {
        for (n, value) in [("15", "15"), ("１５", "15"), ("1", "1"), ("9.61", "9.61"), ("十五", "15")] {
            for counted in ["", "例", "人"] {
                for (op, suffix, canonical_op) in [("", "", "="), ("≤", "", "≤"), ("", "以下", "≤"), ("不高于", "", "≤"), ("≥", "", "≥")]
                {
                    for sp in ["", " "] {
                        // a Chinese numeral takes its unit at once (`十五例/10万`)
                        if n == "十五" && !sp.is_empty() {
                            continue;
                        }
                        let s = format!("{op}{sp}{n}{counted}{scale}{suffix}");
                        let canonical = format!("{canonical_op}{value}{unit}");
                        assert_eq!(t(&s).to_string(), canonical, "{s}");
                        assert_eq!(t(&canonical), t(&s), "{s}: reads back");
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 1500, "{checked}");
    // spaces around the slash, an approximation before a share in words, and a decimal in
    // words, which does not read: unread, never plain text
    assert_reads(&[("≤15 / 10万", "≤15/10万"), ("约千分之三", "约3‰")]);
    // a share in words wherever a number may stand: after a measure's name, a colon, a word of
    // reaching, 每 and a period
    assert_reads(&[("发病率千分之三", "=3‰"), ("发病率：万分之五以下", "≤5‱"), ("完成千分之三", "=3‰"), ("每季度千分之三", "=3‰")]);
    assert_eq!(t("千分之三点五").to_string(), "=3.5‰");
    // a note in brackets after the scale, as after ‰
    assert_reads(&[("≤15/10万（孕产妇）", "≤15/10万（孕产妇）"), ("≤5‰（孕产妇）", "≤5‰（孕产妇）")]);
    // in split columns, the scale in the unit column (度量单位)
    assert_reads(&[("≤|15|/10万", "≤15/10万"), ("≤|3|例/千人", "≤3‰")]);
    // a range of such counts is a range of the share
    assert_reads(&[("1-15/10万", "1-15/10万"), ("1至15/10万", "1-15/10万"), ("2～5‰", "2-5‰")]);
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
        ("十万分之十五", "=15/10万"),
        ("≤十万分之15", "≤15/10万"),
        ("百万分之一", "=1/100万"),
        ("百分之九十五", "=95%"),
        ("百分之百", "=100%"),
    ]);
    // the numeral must be whole: 千分之百 is no share (百 alone is a number only after 百分之);
    // a fraction of digits that does not read is unread, never plain text
    assert!(!matches!(t("千分之百"), Threshold::Compare(_)));
    for s in ["三分之二", "≥三分之二"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
    }
    // (found by the fuzz target: a split column of such words reads back from its text)
    for s in ["|}=)=,百萬分之|}=", "千分之百", "|千分之百|"] {
        assert_eq!(t(&t(s).to_string()), t(s), "{s}");
    }
    // a share in words is never plain text (it was, before it read)
    for s in ["千分之三", "万分之一", "十万分之十五"] {
        assert!(!matches!(t(s), Threshold::Qualitative(_)), "{s}");
    }
}

#[test]
fn other_slashes_are_no_shares() {
    // a fraction, a scale written in digits alone (points of 100, a map's 1/1000), an amount per
    // an amount, a unit of a magnitude (千克, 万吨): no shares
    for s in ["2/3", "3/1000", "≥90/100", "5/1000元", "≤2元/万元", "5/千克", "3/万吨"] {
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
    // a bare number answers in the target's scale, as the table reports it
    judge::judged_alike(&p, "≤15/10万", "12", Some(true));
    judge::judged_alike(&p, "≤15/10万", "16", Some(false));
    // the same share in another scale or as a percentage
    judge::judged_alike(&p, "≤15/10万", "1.2/万", Some(true));
    judge::judged_alike(&p, "≤15/10万", "0.012%", Some(true));
    judge::judged_alike(&p, "≤5‰", "千分之六", Some(false));
    judge::judged_alike(&p, "≤1例/万人", "0例/万人", Some(true));
    // a share per 10万 is a percentage as ‰ and ‱ are (over-achievement rules, relative targets)
    let Threshold::Compare(c) = t("≤15/10万") else { panic!() };
    assert!(c.quantity().unit().is_percentage());
}
