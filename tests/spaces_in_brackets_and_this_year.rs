//! Three siblings a new user's tables write: spaces inside the parentheses of a unit
//! (`≥20（ 个 ）`, `5台 ( 套 )`: the unit was kept as a note), 今年 for the project's year
//! (`今年底前`, `今年内完成`: plain text, where `本年底前` and `当年完成` were deadlines), and spaces
//! after 分之 (`百分之 九十五`: unread).

mod common;

use common::{t, SPACES};

/// A unit in parentheses reads alike with spaces anywhere inside or before the brackets, in
/// either script of bracket.
#[test]
fn a_unit_in_brackets_reads_with_spaces() {
    let mut checked = 0;
    for (unit, plain) in [("个", "个"), ("%", "%"), ("％", "%"), ("万元", "万元"), ("人次", "人次")] {
        for (open, close) in [("（", "）"), ("(", ")"), ("（", ")"), ("(", "）")] {
            for a in SPACES {
                for b in SPACES {
                    for c in SPACES {
                        for (before, after) in [("≥", ""), ("", "以上"), ("", "")] {
                            let s = format!("{before}20{a}{open}{b}{unit}{c}{close}{after}");
                            assert_eq!(t(&s), t(&format!("{before}20{plain}{after}")), "{s}");
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 1000, "{checked}");
    // alternatives too (台 or 套)
    for s in ["5台 （套）", "5台( 套 )", "5台 ( 套 )", "5台（ 套）"] {
        assert_eq!(t(s), t("5台（套）"), "{s}");
    }
}

/// 今年 is the project's year as 本年 and 当年 are, in every deadline and period it starts.
#[test]
fn this_year_reads_as_the_projects_year() {
    let mut checked = 0;
    for tail in ["底前", "年底前", "内完成", "度内", "完成", "12月底前", "6月30日前", "上半年", "第三季度末", "内"]
    {
        for sp in SPACES {
            let s = format!("今年{sp}{tail}");
            let plain = format!("本年{sp}{tail}");
            assert_eq!(t(&s), t(&plain), "{s}");
            assert!(matches!(t(&s), jixiao::Threshold::Deadline(_)), "{s}: {:?}", t(&s));
            assert_eq!(jixiao::Actual::parse(&s), jixiao::Actual::parse(&plain), "actual {s}");
            checked += 1;
        }
    }
    assert!(checked >= 30, "{checked}");
    // a word that starts with 今 and names no year stays text
    assert!(t("今后持续推进").is_qualitative());
}

/// A share in words reads alike with spaces after 分之 (`百分之 九十五`), in every scale and
/// script of its number.
#[test]
fn a_share_in_words_reads_with_spaces() {
    for (scale, unit) in [("百分之", "%"), ("千分之", "‰"), ("万分之", "‱")] {
        for (num, arabic) in [("九十五", "95"), ("95", "95"), ("五", "5"), ("玖拾伍", "95")] {
            for sp in SPACES {
                for before in ["", "≥", "满意度"] {
                    let s = format!("{before}{scale}{sp}{num}");
                    assert_eq!(t(&s), t(&format!("{before}{arabic}{unit}")), "{s}");
                }
            }
        }
    }
}
