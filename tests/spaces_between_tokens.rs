//! Spaces between two parts of a value change nothing, where a sweep that put a space at each
//! place between parts of 30 000 values found that they did: before a label's colon
//! (`项目周期 ：98.5%` was a number not read), after the slash of a word the crate keeps as
//! written (`2.5/ 株` was an error), inside the brackets of a rate and around its mark
//! (`≥1次/( 户·年)` was an error), before the slash of a unit alone (`元 /人` was text,
//! not a unit whose number is missing), and inside a date refused (`95 月底前完成` was a number
//! not read, `95月底前完成` an invalid date).

mod common;

use common::{t, SPACES};
use jixiao::{ParseErrorKind, Threshold};

#[test]
fn spaces_before_a_labels_colon() {
    let mut checked = 0;
    for label in ["项目周期", "满意度", "完成率", "覆盖率", "受益人数"] {
        for colon in ["：", ":"] {
            for value in ["98.5%", "≥90%", "在95%以上", "1000人"] {
                let plain = t(&format!("{label}{colon}{value}"));
                for a in SPACES {
                    for b in SPACES {
                        let s = format!("{label}{a}{colon}{b}{value}");
                        assert_eq!(t(&s), plain, "{s}");
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked >= 360, "{checked}");
    assert_eq!(t("完成时间 ：2025年12月底前"), t("2025年12月底前"));
}

#[test]
fn spaces_around_the_slash_of_a_word_kept_as_written() {
    for (op, n) in [("", "2.5"), ("≥", "28.40"), ("不超过", "3"), ("约", "1.5")] {
        for word in ["株", "村", "床"] {
            let plain = t(&format!("{op}{n}/{word}"));
            for a in SPACES {
                for b in SPACES {
                    for slash in ["/", "／"] {
                        let s = format!("{op}{n}{a}{slash}{b}{word}");
                        assert_eq!(t(&s), plain, "{s}");
                        assert_eq!(Threshold::parse(&t(&s).to_string()), Ok(plain.clone()), "{s} reads back");
                    }
                }
            }
        }
    }
}

#[test]
fn spaces_inside_a_rates_brackets() {
    let plain = t("≥1次/(户·年)");
    for a in SPACES {
        for b in SPACES {
            for c in SPACES {
                for mark in ["·", "*", "×"] {
                    for (open, close) in [("(", ")"), ("（", "）")] {
                        let s = format!("≥1次/{a}{open}{b}户{c}{mark}{c}年{b}{close}");
                        assert_eq!(t(&s), plain, "{s}");
                    }
                }
            }
        }
    }
}

#[test]
fn spaces_in_a_unit_alone() {
    for unit in ["元/人", "台/套", "万元/人", "次/年"] {
        let (a, b) = unit.split_once('/').unwrap();
        for x in SPACES {
            for y in SPACES {
                let s = format!("{a}{x}/{y}{b}");
                let e = Threshold::parse(&s).expect_err(&s);
                assert_eq!(e.kind(), ParseErrorKind::MissingNumber, "{s}");
            }
        }
    }
}

/// A date refused for its parts (a month of 95, a day of 30 in February, a year no table has,
/// a period that ends before it starts) is refused as it is written without spaces, wherever
/// the spaces fall: before, a space made it a number not read (`95 月底前完成`), the unspaced
/// value an error. Targets and actuals alike.
#[test]
fn spaces_in_a_date_refused() {
    let mut checked = 0;
    for (parts, kind) in [
        (&["95", "月底前完成"][..], ParseErrorKind::InvalidDate),
        (&["13", "月", "底前"][..], ParseErrorKind::InvalidDate),
        (&["2025", "年", "13", "月底前"][..], ParseErrorKind::InvalidDate),
        (&["2", "月", "30", "日前"][..], ParseErrorKind::InvalidDate),
        (&["2101", "年底前"][..], ParseErrorKind::InvalidDate),
        (&["0", "-", "5", "月"][..], ParseErrorKind::InvalidDate),
        (&["2024.12", "-", "2024.01"][..], ParseErrorKind::RangeReversed),
    ] {
        let unspaced = parts.concat();
        assert_eq!(Threshold::parse(&unspaced).unwrap_err().kind(), kind, "{unspaced}");
        for space in SPACES {
            // a space at each place between two parts, and at all of them
            let mut values: Vec<String> =
                (1..parts.len()).map(|k| format!("{}{space}{}", parts[..k].concat(), parts[k..].concat())).collect();
            values.push(parts.join(space));
            for s in values {
                assert_eq!(Threshold::parse(&s).map_err(|e| e.kind()), Err(kind), "{s}");
                assert_eq!(jixiao::Actual::parse(&s).map_err(|e| e.kind()), Err(kind), "{s} as an actual");
                checked += 1;
            }
        }
    }
    assert!(checked >= 7 * SPACES.len() * 2, "{checked}");
}
