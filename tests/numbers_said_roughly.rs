//! Numbers said roughly (概数) are numbers not read, never a number nor plain text: `数十人`
//! (some tens) read as 10人 and `数千余人` as more than 1000人, while `十来人`, `十几人`,
//! `百来人` were plain text and `100来人` a count in a unit `来人`. Each form is generated in
//! every script, with a unit, a magnitude, a comparator and a label.

use jixiao::Threshold;

/// Whether `s` reads as text holding numbers not read.
fn unread(s: &str) -> bool {
    matches!(Threshold::parse(s), Ok(Threshold::Unread(_)))
}

/// (After a label that ends with 数 the same characters are ambiguous, `受益数十人` may be a
/// count of ten: the label's reading is kept, and not tested here.)
#[test]
fn a_word_of_some_before_a_place() {
    let mut checked = 0;
    for some in ["数", "几"] {
        for place in ["十", "百", "千", "万", "拾", "佰", "仟"] {
            for more in ["", "余", "多"] {
                for unit in ["人", "万元", "个", "家"] {
                    for before in ["", "≥", "约", "达到"] {
                        let s = format!("{before}{some}{place}{more}{unit}");
                        assert!(unread(&s), "{s}: {:?}", Threshold::parse(&s));
                        checked += 1;
                    }
                }
            }
        }
    }
    assert_eq!(checked, 2 * 7 * 3 * 4 * 4);
}

#[test]
fn a_round_number_then_lai_or_ji() {
    let mut checked = 0;
    for number in ["十", "二十", "三十", "百", "千", "一百", "两千", "10", "100", "１００"] {
        for rough in ["来", "几"] {
            for unit in ["人", "个", "年", "万元", "家"] {
                let s = format!("{number}{rough}{unit}");
                assert!(unread(&s), "{s}: {:?}", Threshold::parse(&s));
                checked += 1;
            }
        }
    }
    // 千把元, 百把人: about a thousand
    for s in ["千把元", "百把人", "百几十人"] {
        assert!(unread(s), "{s}: {:?}", Threshold::parse(s));
    }
    assert_eq!(checked, 10 * 2 * 5);
}

#[test]
fn the_same_characters_in_words_are_words() {
    // 一来 (for one thing), 来 after a digit that is no round number: no number said roughly
    for s in ["一来方便群众", "年终考核"] {
        assert!(matches!(Threshold::parse(s), Ok(Threshold::Qualitative(_))), "{s}: {:?}", Threshold::parse(s));
    }
    // and the numbers said exactly still read
    for (s, printed) in [("十余人", ">10人"), ("三千多元", ">3000元"), ("数量100人", "=100人"), ("受益人数十万人", "=10万人")]
    {
        assert_eq!(Threshold::parse(s).unwrap().to_string(), printed, "{s}");
    }
}

/// Two digits side by side with no place between them say one or the other (`三五个`, a few;
/// `两三人`; `一两个月`, one or two months), as `三四十人` does: numbers not read. Before, they
/// read as a digit string: `一两个月` as 12个月, `三五年内完成` as ≤35年, `三五万元` as 35万元
/// (while `三五千元` was unread). Every pair of digits in every script, with units, magnitudes,
/// comparators, approximations, labels and a split column, as target and as actual.
#[test]
fn two_digits_side_by_side_are_one_or_the_other() {
    let digits = ["一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "壹", "贰", "叁", "兩"];
    let mut checked = 0;
    for a in digits {
        for b in digits {
            for unit in ["个", "人", "次", "天", "个月", "年", "万元", "亿元", "%"] {
                for before in ["", "≥", "约", "不少于", "受益人数"] {
                    let s = format!("{before}{a}{b}{unit}");
                    assert!(unread(&s), "{s}: {:?}", Threshold::parse(&s));
                    assert!(matches!(jixiao::Actual::parse(&s), Ok(jixiao::Actual::Text(_))), "{s} as an actual");
                    checked += 1;
                }
            }
            let split = format!("≥|{a}{b}|人");
            assert!(unread(&split), "{split}: {:?}", Threshold::parse(&split));
        }
    }
    assert_eq!(checked, 14 * 14 * 9 * 5);
    // a digit string with a zero is positional, and longer ones are years; one digit, or
    // digits with their places, are numbers said exactly
    for (s, printed) in [
        ("一〇〇人", "=100人"),
        ("二〇二五年", "2025年12月底前"),
        ("一九九八年", "1998年12月底前"),
        ("两个", "=2个"),
        ("三十五个", "=35个"),
    ] {
        assert_eq!(Threshold::parse(s).map(|t| t.to_string()), Ok(printed.to_string()), "{s}");
    }
}
