//! Dates in the other words tables use for them: a day written with its 日 or 号 after a
//! dotted date (`12.31日前`, `2025.12.31日`, `2021.1.1日-12.31日`), and the year's end as 年终 or
//! 年尾 (`年终前`, `2025年终`), read as `12.31前` and `年底前` are, targets and actuals.

use jixiao::{Actual, Threshold};

fn printed(s: &str) -> String {
    Threshold::parse(s).unwrap_or_else(|e| panic!("{s}: {e}")).to_string()
}

#[test]
fn a_day_with_its_mark_after_a_dotted_date() {
    let mut checked = 0;
    for mark in ["日", "号"] {
        for before in ["前", "之前", "以前"] {
            for (date, plain) in [("12.31", "12.31"), ("6.30", "6.30"), ("2025.12.31", "2025.12.31"), ("2025.6.30", "2025.6.30")] {
                let s = format!("{date}{mark}{before}");
                assert_eq!(printed(&s), printed(&format!("{plain}{before}")), "{s}");
                assert!(matches!(Threshold::parse(&s), Ok(Threshold::Deadline(_))), "{s}");
                checked += 1;
            }
        }
        // a whole date with its mark, and a period with marks at either end
        assert_eq!(printed(&format!("2025.12.31{mark}")), printed("2025.12.31"));
        for (a, b) in [(mark, mark), (mark, ""), ("", mark)] {
            let s = format!("2021.1.1{a}-12.31{b}");
            assert_eq!(printed(&s), printed("2021.1.1-12.31"), "{s}");
            assert!(matches!(Actual::parse(&s), Ok(Actual::Period(_))), "{s} as an actual");
            checked += 1;
        }
    }
    assert_eq!(checked, 2 * (3 * 4 + 3));
    // a month and day with 日 and no word of before stays a number of days, as before
    assert_eq!(printed("12.31日"), "=12.31天");
}

#[test]
fn the_years_end_in_every_word() {
    for end in ["年终", "年尾"] {
        for (s, plain) in [
            (end.to_string(), "年底"),
            (format!("{end}前"), "年底前"),
            (format!("{end}之前"), "年底之前"),
            (format!("2025{end}"), "2025年底"),
            (format!("2025{end}前"), "2025年底前"),
            (format!("{end}完成"), "年底完成"),
        ] {
            assert_eq!(printed(&s), printed(plain), "{s}");
        }
    }
}

/// A month and day with a slash before a word of before, as with a dot: `12/31前` as `12.31前`
/// (before, an error), and with the full-width slash `／` as with `/` (before, an error), as
/// target and as actual. Without the word it stays no date (`12/31`, `12／31`).
#[test]
fn a_month_and_day_with_a_slash() {
    let mut checked = 0;
    for slash in ["/", "／"] {
        for before in ["前", "之前", "以前", "日前"] {
            for (month, day) in [("12", "31"), ("6", "30"), ("1", "15"), ("１２", "３１")] {
                let s = format!("{month}{slash}{day}{before}");
                assert_eq!(printed(&s), printed(&format!("{month}.{day}{before}")), "{s}");
                assert_eq!(
                    Actual::parse(&s).map(|a| a.to_string()),
                    Actual::parse(&format!("{month}.{day}{before}")).map(|a| a.to_string()),
                    "{s}"
                );
                checked += 1;
            }
        }
        // a whole date, and a period of two
        assert_eq!(printed(&format!("2025{slash}12{slash}31")), printed("2025.12.31"), "{slash}");
        assert_eq!(printed(&format!("2025{slash}1-2025{slash}12")), printed("2025.1-2025.12"), "{slash}");
        assert!(Threshold::parse(&format!("12{slash}31")).is_err(), "{slash}");
    }
    assert_eq!(checked, 2 * 4 * 4);
}
