//! 百 or 千 written without its 一 before a unit (`千人`, `百万元以上`, `≥千人（含）`): the number
//! the table's writer means, as `约千人` and `不少于千人` already read. Before, `千人` was plain
//! text (a quiet misread of a number), `≥千人` an error, and `上千人` or `数百人` plain text too.
//! Each spelling is generated and must read as its Arabic form does, target and actual alike.

mod common;
#[path = "common/judge.rs"]
mod judge;

use common::{assert_reads, t, SPACES};
use jixiao::{Actual, Threshold};
use judge::judged_alike;

/// `千人`, `百万元` and the rest in every spelling of the magnitude, unit, comparator, suffix,
/// inclusion mark and spacing read as the same value written with Arabic digits.
#[test]
fn a_magnitude_alone_reads_as_its_number() {
    let mut checked = 0;
    for (mag, arabic) in [
        ("千", "1000"),
        ("仟", "1000"),
        ("百", "100"),
        ("佰", "100"),
        ("百万", "100万"),
        ("百萬", "100万"),
        ("千万", "1000万"),
        ("百亿", "100亿"),
    ] {
        for unit in ["人", "人次", "元", "亩", "家", "元/人", "小时"] {
            for sp in SPACES {
                for (before, after) in [
                    ("", ""),
                    ("≥", ""),
                    ("不少于", ""),
                    ("", "以上"),
                    ("", "（含）以上"),
                    ("", "以内（含）"),
                    ("≤", "（含）"),
                    ("", "左右"),
                    ("约", ""),
                ] {
                    let s = format!("{before}{sp}{mag}{sp}{unit}{sp}{after}");
                    let plain = format!("{before}{arabic}{unit}{after}");
                    assert_eq!(Threshold::parse(&s), Ok(t(&plain)), "{s}");
                    assert_eq!(Actual::parse(&s), Actual::parse(&plain), "actual {s}");
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 1500, "{checked}");
    // the canonical text reads back, as the Arabic form
    assert_reads(&[("千人", "=1000人"), ("百万元以上", "≥100万元"), ("≥千人（含）", "≥1000人"), ("千人左右", "约1000人")]);
}

/// Words that say an amount only roughly before a magnitude (`上千人`, `过万人`, `数百人`,
/// `几千元`) hold a number that cannot be read: unread, never plain text and never a number.
#[test]
fn a_rough_amount_is_unread() {
    for word in ["上", "过", "破", "数", "几", "過", "數", "幾"] {
        for mag in ["百", "千", "万", "百万"] {
            for unit in ["人", "元", "户"] {
                for sp in SPACES {
                    let s = format!("{word}{sp}{mag}{unit}");
                    assert!(t(&s).is_unread(), "{s}: {:?}", t(&s));
                }
            }
        }
    }
}

/// What is no number stays as it was: words after the unit (`千人计划`, `百年大计`), idioms,
/// shares (`百分之九十`, `千分之三`), 百 or 千 twice (`千百年`), a unit with its magnitude whose
/// number was left out (`万人`, `≥万元`: an error that says so), and those characters ending
/// other words (`以上`, `人数`).
#[test]
fn no_number_is_made_of_words() {
    for s in ["千人计划", "百年大计", "千方百计", "千家万户", "百姓满意", "千百年", "百花齐放"] {
        assert!(t(s).is_qualitative(), "{s}: {:?}", t(s));
    }
    assert_eq!(t("百分之九十"), t("90%"));
    assert_eq!(t("千分之三"), t("3‰"));
    for s in ["万人", "≥万人", "万元", "≥万元"] {
        assert!(Threshold::parse(s).is_err(), "{s}: {:?}", Threshold::parse(s));
    }
    // after a label the magnitude may end its last word (`受益人数千人`: some thousands?): a
    // number not read, never plain text
    for s in ["受益人数千人以上", "覆盖千人", "新增百万元"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
    }
}

/// An actual of `千余人` or `千人` against a target in people is judged by its number.
#[test]
fn a_magnitude_alone_is_judged_by_its_number() {
    let p = jixiao::score::Profile::default();
    judged_alike(&p, "≥1000人", "千人", Some(true));
    judged_alike(&p, "≥2000人", "千人", Some(false));
    judged_alike(&p, "千人", "1200人", Some(true));
    judged_alike(&p, "≤百万元", "80万元", Some(true));
    judged_alike(&p, "≤百万元", "120万元", Some(false));
}
