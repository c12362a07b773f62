//! 十 (and its financial form 拾) alone is the number ten wherever it stands, as 五 is: before a
//! unit or magnitude with words after it (`十人完成`, `十万元完成`, `≥十人完成`, `完成十人培训`),
//! a value holds a number that was not read, never plain text; after a label it reads as a
//! digit would (`资金到位率十万` as `资金到位率10万`). The adverb 十分 (very) and words such as
//! 十足 stay words. Before, every one of these was plain qualitative text. And a note after a
//! quantity in Chinese numerals is text whether a space stands before it or not (`五% 完成`
//! read as 5% with a note, `五%完成` as a number not read).

mod common;

use common::{t, SPACES};
use jixiao::Threshold;

#[test]
fn ten_before_a_unit_and_words_is_a_number_not_read() {
    let mut checked = 0;
    for ten in ["十", "拾"] {
        for unit in ["人", "个", "次", "万元", "%", "％", "亿元", "天", "公里"] {
            for before in ["", "≥", "约", "完成", "培训"] {
                for sp in SPACES {
                    for words in ["完成", "到位", "培训结束", "全部验收"] {
                        let s = format!("{before}{ten}{unit}{sp}{words}");
                        assert!(t(&s).is_unread(), "{s}: {:?}", t(&s));
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked >= 1000, "{checked}");
    // (a share in 成 takes a note, in every numeral: `九成完成` is 90% done)
    for sp in SPACES {
        assert_eq!(t(&format!("十成{sp}完成")).quantity(), t("100%完成").quantity());
    }
}

#[test]
fn ten_reads_as_a_digit_does() {
    for (chinese, digits) in [
        ("十人", "10人"),
        ("拾人", "10人"),
        ("≥十人", "≥10人"),
        ("资金到位率十万", "资金到位率10万"),
        ("完成十", "完成10"),
        ("从未发生十成", "从未发生100%"),
        ("万分之十", "万分之10"),
        ("十余人", "10余人"),
        ("十分钟", "10分钟"),
        ("十分", "10分"),
    ] {
        assert_eq!(t(chinese), t(digits), "{chinese}");
    }
}

#[test]
fn words_with_ten_stay_words() {
    for s in ["十分满意", "十分 满意", "满意度十分高", "十足", "十全十美", "工作十分扎实"] {
        assert!(matches!(t(s), Threshold::Qualitative(_)), "{s}: {:?}", t(s));
    }
    // (a tenth is a number, written in a way not read)
    assert!(t("十分之一").is_unread());
}

/// Chinese numerals before a unit and a note: spaced or not, the same reading.
#[test]
fn a_space_before_the_note_changes_nothing() {
    for n in ["五", "十", "二十", "两万", "三百"] {
        for unit in ["%", "人", "个", "元"] {
            for words in ["完成", "到位", "定性"] {
                let close = t(&format!("{n}{unit}{words}"));
                for sp in SPACES {
                    let s = format!("{n}{unit}{sp}{words}");
                    assert_eq!(t(&s).is_unread(), close.is_unread(), "{s}: {:?}", t(&s));
                    assert!(t(&s).is_unread(), "{s}");
                }
            }
        }
    }
}
