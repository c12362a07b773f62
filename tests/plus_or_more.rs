//! A plus sign that ends a value says "or more" (`98%+`, `100+`, `3000人+`, `5万+`), as 以上
//! does: half- or full-width, after a space or not, as a target and as an actual. A plus
//! before a number stays its sign, and one between two numbers is no value.

mod common;

use common::t;
use jixiao::{Actual, Threshold};

#[test]
fn a_plus_at_the_end_reads_as_or_more() {
    let mut checked = 0;
    for n in ["98", "100", "5.5", "3000", "0"] {
        for unit in ["%", "％", "人", "人次", "万元", "万", "个", "", "小时", "元/人"] {
            let plain = t(&format!("{n}{unit}以上"));
            for plus in ["+", "＋"] {
                for space in ["", " "] {
                    let s = format!("{n}{unit}{space}{plus}");
                    assert_eq!(Threshold::parse(&s), Ok(plain.clone()), "{s}");
                    assert_eq!(Actual::parse(&s), Actual::parse(&format!("{n}{unit}以上")), "actual {s}");
                    // the canonical text (`≥98%`) reads back as itself
                    assert_eq!(t(&plain.to_string()), plain, "{s}");
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 5 * 10 * 2 * 2);
    assert_eq!(t("98%+").to_string(), "≥98%");
}

#[test]
fn a_plus_elsewhere_is_no_or_more() {
    // the sign of a number
    assert_eq!(t("+5%").to_string(), t("5%").to_string());
    // between two numbers, and before the unit: not read (an error that says where)
    for s in ["1+1", "98+%", "5+3人"] {
        assert!(Threshold::parse(s).is_err(), "{s}");
    }
    // a comparator the other way, or an approximation, conflicts with it
    for s in ["≤5%+", "约98%+"] {
        assert_eq!(Threshold::parse(s).unwrap_err().kind(), jixiao::ParseErrorKind::ConflictingComparators, "{s}");
    }
    // the same way, it says it again
    assert_eq!(t("≥98%+"), t("≥98%"));
}

#[test]
fn a_target_with_a_plus_is_judged_as_or_more() {
    let met = |target: &str, actual: &str| t(target).is_met(&actual.parse::<Actual>().unwrap());
    assert_eq!(met("98%+", "98%"), Ok(true));
    assert_eq!(met("98%+", "97.9%"), Ok(false));
    assert_eq!(met("3000人+", "3200人"), Ok(true));
}
