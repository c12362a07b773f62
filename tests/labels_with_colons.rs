//! A label with a colon and then a copula or frame (`完成率：在95%以上`, `目标值：为100%`,
//! `完成时间：在2025年12月底前`): each read without the colon, none with it (unread).

mod common;

use common::{t, SPACES};
use jixiao::Actual;

/// A value after a colon label and 在 or 为 reads as the value alone, in every colon, spacing
/// and form of value.
#[test]
fn a_copula_after_a_colon_label_is_the_labels() {
    let mut checked = 0;
    for label in ["完成率", "满意度", "目标值", "指标值"] {
        for colon in ["：", ":"] {
            for sp in SPACES {
                for (value, plain) in [
                    ("在95%以上", "95%以上"),
                    ("在90-100%之间", "90-100%"),
                    ("在90%至100%之间", "90%-100%"),
                    ("在30万元以内", "30万元以内"),
                    ("为100%", "100%"),
                    ("为≥95%", "≥95%"),
                    ("在九十五%以上", "95%以上"),
                ] {
                    let s = format!("{label}{colon}{sp}{value}");
                    assert_eq!(t(&s), t(plain), "{s}");
                    // (a range achieved is kept as its text, which differs)
                    match Actual::parse(plain) {
                        Ok(Actual::Text(_)) => assert!(matches!(Actual::parse(&s), Ok(Actual::Text(_))), "actual {s}"),
                        read => assert_eq!(Actual::parse(&s), read, "actual {s}"),
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 168, "{checked}");
    // a time after the copula is when, not the value
    assert!(!t("完成率：在3年内").is_quantitative());
}

/// A deadline after a colon label and a label word (于, 在, 截至) reads as the deadline alone.
#[test]
fn a_label_word_after_a_colon_label_is_the_labels() {
    for label in ["完成时间", "实施期限", "时间"] {
        for colon in ["：", ":"] {
            for word in ["于", "在", "截至", ""] {
                for sp in SPACES {
                    for (date, plain) in
                        [("2025年12月底前", "2025年12月底前"), ("二〇二五年十二月底前", "2025年12月底前"), ("12月31日前", "12月31日前")]
                    {
                        let s = format!("{label}{colon}{sp}{word}{sp}{date}");
                        assert_eq!(t(&s), t(plain), "{s}");
                    }
                }
            }
        }
    }
}
