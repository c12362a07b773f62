//! 间 after a dotted year and month (`2025.12间`, "during December 2025") is the span of that
//! month, as `2025年12月间` and `1-12月间` are, in every spacing and script, as a target and as
//! an actual. Before, the fast path read `2025.12间` as 2025.12 rooms while `2025.12 间` was the
//! month and the actual `2025.12间` a date.

mod common;

use common::{alike, t, SPACES};
use jixiao::Threshold;

#[test]
fn jian_after_a_dotted_month_is_the_month() {
    let mut checked = 0;
    for year in ["2025", "2023", "1999", "2030"] {
        for month in ["1", "6", "06", "12"] {
            let plain = format!("{year}年{month}月前");
            for sp in SPACES {
                for jian in ["间", "間", "期间"] {
                    let s = format!("{year}.{month}{sp}{jian}");
                    assert!(matches!(t(&s), Threshold::Deadline(_)), "{s}: {:?}", t(&s));
                    assert_eq!(t(&s), t(&format!("{year}.{month}")), "{s}");
                    assert_eq!(t(&s).to_string(), t(&plain).to_string(), "{s}");
                    alike(&s, &format!("{year}.{month}{sp}间"));
                    checked += 1;
                }
                // a period of dotted months, in either script
                let period = format!("{year}.1-{year}.{month}{sp}間");
                alike(&period, &format!("{year}.1-{year}.{month}间"));
            }
        }
    }
    assert!(checked >= 144, "{checked}");
}

/// A count of rooms stays one: an integer, a number that is no year and month, or a comparator.
#[test]
fn rooms_stay_rooms() {
    for s in ["3间", "12.5间", "3.5 间", "≥2025.12间", "不少于20间", "20間"] {
        match t(s) {
            Threshold::Compare(c) => assert_eq!(c.quantity().unit().to_string(), "间", "{s}"),
            other => panic!("{s}: {other:?}"),
        }
    }
}
