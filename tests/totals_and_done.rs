//! The words of a total before a number (`共8000人`, `总计8000人`, `一共8000人`: an error or
//! unread where `共计8000人` and `合计8000人` read) and 已 before the date a task was done
//! (`已于2025年11月完成`: unread where `于2025年11月完成` was a date), as targets and actuals.

mod common;

use common::{t, SPACES};
use jixiao::{Actual, Threshold};

/// Every word of a total, before every spelling of the number, reads as the number alone.
#[test]
fn a_total_reads_as_its_number() {
    let mut checked = 0;
    for total in ["共", "共计", "合计", "总计", "累计", "一共", "总共", "共有"] {
        for (num, plain) in [("8000人", "8000人"), ("八千人", "8000人"), ("96%", "96%"), ("2.5万元", "2.5万元"), ("≥3次", "≥3次")]
        {
            for sp in SPACES {
                let s = format!("{total}{sp}{num}");
                assert_eq!(t(&s), t(plain), "{s}");
                assert_eq!(Actual::parse(&s), Actual::parse(plain), "actual {s}");
                checked += 1;
            }
        }
    }
    assert!(checked >= 120, "{checked}");
    // in traditional script too
    for s in ["總計8000人", "總共8000人", "共計8000人", "合計8000人", "累計8000人"] {
        assert_eq!(t(s), t("8000人"), "{s}");
    }
    // with a word of doing after it, as before (`累计完成`, `已经完成`)
    for s in ["累计完成8000人", "共完成8000人", "已完成8000人", "已经完成8000人", "一共完成8000人"] {
        assert_eq!(t(s), t("8000人"), "{s}");
    }
}

/// 已于 and 已在 before a date read as 于 and 在 do.
#[test]
fn done_on_a_date_reads_as_the_date() {
    for date in ["2025年11月完成", "2025年11月30日完成", "11月底前完成", "2025.11完成", "二〇二五年十一月完成"] {
        for word in ["已于", "已在"] {
            let s = format!("{word}{date}");
            let plain = format!("于{date}");
            assert_eq!(t(&s), t(&plain), "{s}");
            assert_eq!(Actual::parse(&s), Actual::parse(&plain), "actual {s}");
        }
    }
    assert_eq!(Actual::parse("已于2025年11月完成").unwrap(), Actual::parse("2025年11月").unwrap());
    assert_eq!(t("已於2025年11月完成"), t("于2025年11月完成"));
}

/// A qualifier, a total or a verb before a word of doing that names a measure alone
/// (`培训120人`, `新增100人`, `新建5座`) reads as the word alone does: `已培训120人`, `累计新建5座`,
/// `实际完成培训120人`, targets and actuals (before, numbers not read, while `培训120人` read).
#[test]
fn words_of_doing_after_a_qualifier_a_total_or_a_verb() {
    let mut checked = 0;
    for qualifier in ["", "实际", "全年", "已经", "已"] {
        for total in ["", "共", "累计", "合计"] {
            for verb in ["", "完成"] {
                for (doing, value) in [("培训", "120人"), ("新增", "3个"), ("新建", "5座"), ("培训", "1.2万人次"), ("新增", "≥3个")]
                {
                    let s = format!("{qualifier}{total}{verb}{doing}{value}");
                    let plain = format!("{doing}{value}");
                    let expected = Threshold::parse(&plain).map(|t| t.to_string());
                    assert!(expected.is_ok(), "{plain}");
                    assert_eq!(Threshold::parse(&s).map(|t| t.to_string()), expected, "{s}");
                    assert_eq!(Actual::parse(&s).map(|a| a.to_string()), Actual::parse(&plain).map(|a| a.to_string()), "{s} as an actual");
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 5 * 4 * 2 * 5);
    // the words alone are words, and what follows the number keeps a sentence unread
    assert!(matches!(Threshold::parse("已培训"), Ok(Threshold::Qualitative(_))));
    assert!(matches!(Threshold::parse("已培训120人，合格"), Ok(Threshold::Unread(_))));
}
