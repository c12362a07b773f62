//! Dashes and minus signs of every kind read as `-` does: the minus sign `−` (U+2212), the
//! hyphens `‐` and `‑` (U+2010, U+2011) as signs and range dashes, and the horizontal bar `―`
//! (U+2015, doubled `――` as `——`) as a range dash, in ranges, periods, signs and relative
//! targets, targets and actuals. Before, each was an error or a number not read.

use jixiao::{Actual, Threshold};

fn printed(s: &str) -> String {
    Threshold::parse(s).unwrap_or_else(|e| panic!("{s}: {e}")).to_string()
}

/// Values with a dash, as `-` (or `—` for the bar) writes them.
const FORMS: [&str; 9] = ["5-10人", "90%-100%", "2025.1-2025.6", "2025年1月-12月", "1-3天", "-5%", "≥-5%", "-10--5%", "较上年下降-5%"];

#[test]
fn every_dash_reads_as_the_hyphen() {
    let mut checked = 0;
    for form in FORMS {
        let plain = printed(form);
        for dash in ['−', '‐', '‑'] {
            let s = form.replace('-', &dash.to_string());
            assert_eq!(printed(&s), plain, "{s}");
            // as an actual too, alike (text is kept as written: compared with its dash as `-`)
            let actual = |v: &str| format!("{:?}", Actual::parse(v)).replace(dash, "-");
            assert_eq!(actual(&s), actual(form), "{s} as an actual");
            checked += 1;
        }
        // the bar separates, it is no sign
        if !form.starts_with('-') && !form.contains("≥-") && !form.contains("降-") && !form.contains("--") {
            for bar in ["―", "――"] {
                let s = form.replace('-', bar);
                assert_eq!(printed(&s), plain, "{s}");
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 9 * 3 + 5 * 2);
}

#[test]
fn a_dash_kept_in_text_is_kept_as_written() {
    // the note and the text keep the dash they were written with
    let Threshold::Compare(c) = Threshold::parse("5人（1−2月）").unwrap() else { panic!() };
    assert_eq!(c.note(), Some("（1−2月）"));
    assert_eq!(Threshold::parse("培训―考核").unwrap().to_string(), "培训―考核");
}

/// A tolerance's plus and minus in either width and with any minus sign, alone or after the
/// name of what it bounds, reads as `±` does (before, `误差+/-3%` was a number not read while
/// `误差±3%` read, and `+/−3%` was an error).
#[test]
fn tolerance_marks_in_every_spelling() {
    let mut checked = 0;
    for plus in ["+", "＋"] {
        for slash in ["", "/", "／"] {
            for minus in ["-", "－", "−", "‐"] {
                let mark = format!("{plus}{slash}{minus}");
                for name in ["", "误差", "偏差", "满意度", "价格浮动"] {
                    let s = format!("{name}{mark}3%");
                    assert_eq!(printed(&s), printed(&format!("{name}±3%")), "{s}");
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 2 * 3 * 4 * 5);
    // against a baseline the table does not state, no tolerance is read, in any spelling
    for mark in ["±", "+/-", "＋／－"] {
        assert!(matches!(Threshold::parse(&format!("预算数{mark}10%")), Ok(Threshold::Unread(_))), "{mark}");
    }
}
