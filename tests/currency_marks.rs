//! Amounts written with a mark of their currency read as amounts in yuan: `¥`, `￥`, `人民币`,
//! `RMB` before the number (with a space or none, after a comparator or an approximation, at
//! either end of a range), and 整 after 元 as amounts in words are written (`贰拾万元整`).
//! Before, each was an error or numbers not read.

use jixiao::{Actual, Threshold};

fn printed(s: &str) -> String {
    Threshold::parse(s).unwrap_or_else(|e| panic!("{s}: {e}")).to_string()
}

#[test]
fn every_mark_in_every_form() {
    let mut checked = 0;
    for mark in ["¥", "￥", "人民币", "RMB", "RMB "] {
        for (value, plain) in [
            (format!("{mark}10万元"), "10万元"),
            (format!("{mark}10万"), "10万元"),
            (format!("{mark}5000"), "5000元"),
            (format!("{mark}1,234.5元"), "1234.5元"),
            (format!("≤{mark}5000"), "≤5000元"),
            (format!("不超过{mark}5万元"), "≤5万元"),
            (format!("约{mark}5000元"), "约5000元"),
            (format!("{mark}10-20万元"), "10-20万元"),
            (format!("{mark}10-{mark}20"), "10-20元"),
        ] {
            let expected = printed(plain);
            assert_eq!(printed(&value), expected, "{value}");
            // as an actual, the same amount
            if !value.contains('-') {
                assert_eq!(format!("{:?}", Actual::parse(&value)), format!("{:?}", Actual::parse(plain)), "{value} as an actual");
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 5 * 9);
}

#[test]
fn amounts_in_words_end_with_zheng() {
    for (s, plain) in [("贰拾万元整", "=20万元"), ("≤10万元整", "≤10万元"), ("10元整", "=10元"), ("伍仟元整", "=5000元")]
    {
        assert_eq!(printed(s), plain, "{s}");
    }
    // a mark alone, or before no number, is text
    assert!(Threshold::parse("人民币").unwrap().is_qualitative());
}
