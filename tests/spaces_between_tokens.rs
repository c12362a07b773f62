//! Spaces between two parts of a value change nothing, where a sweep that put a space at each
//! place between parts of 30 000 values found that they did: before a label's colon
//! (`项目周期 ：98.5%` was a number not read), after the slash of a word the crate keeps as
//! written (`2.5/ 株` was an error), inside the brackets of a rate and around its mark
//! (`≥1次/( 户·年)` was an error), and before the slash of a unit alone (`元 /人` was text,
//! not a unit whose number is missing).

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
