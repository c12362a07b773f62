//! Decimals written in Chinese numerals (`三点五`, `九十九点五`, `零点零五`) read as their
//! Arabic spelling in every form a number takes: bare, compared, with a magnitude, a unit, a
//! share in words or an approximation. Words with 点 that hold no decimal stay words.

mod common;

use common::{assert_reads, t};
use jixiao::Threshold;

#[test]
fn chinese_decimals_read_as_arabic_ones() {
    let numbers = [("三点五", "3.5"), ("九十九点五", "99.5"), ("零点零五", "0.05"), ("十二点二五", "12.25"), ("壹点伍", "1.5")];
    let mut checked = 0;
    for (chinese, arabic) in numbers {
        for (before, after) in [
            ("", "%"),
            ("≥", "%"),
            ("不低于", "%"),
            ("≤", "‰"),
            ("约", "万元"),
            ("", "万人"),
            ("百分之", ""),
            ("千分之", ""),
            ("≥", "个百分点"),
            ("", "小时"),
        ] {
            let (c, a) = (format!("{before}{chinese}{after}"), format!("{before}{arabic}{after}"));
            assert_eq!(t(&c), t(&a), "{c} reads as {a}");
            checked += 1;
        }
    }
    assert_eq!(checked, 50);
    assert_reads(&[("三点五%", "=3.5%"), ("百分之九十九点五", "=99.5%"), ("约三点五万元", "约3.5万元")]);
}

#[test]
fn words_with_dian_are_no_decimals() {
    // 点 followed by no digit (a time, "a little", an idiom) makes no decimal
    for s in ["十点前", "一点通", "三点一线", "一点"] {
        assert!(matches!(t(s), Threshold::Qualitative(_)), "{s}: {:?}", t(s));
    }
    // 两 counts, it does not spell a place: 三点两 is no 3.2
    assert_ne!(Threshold::parse("三点两%").ok(), Threshold::parse("3.2%").ok());
}
