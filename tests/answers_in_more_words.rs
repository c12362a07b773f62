//! Values and answers in more of the words tables use: the sign ≈ as 约 (`≈98%`), 超额完成
//! before a number as 完成 (`超额完成120%`), and a date with 已完成 after it as with 完成
//! (`2025年10月已完成`, as `已于2025年10月完成`), each judged by `is_met` and the scorer alike.

#[path = "common/judge.rs"]
mod judge;

use jixiao::score::Profile;
use jixiao::{Actual, Threshold};
use judge::judged_alike;

#[test]
fn the_sign_of_approximating_as_its_words() {
    let p = Profile::central();
    for (value, number) in [("98%", "98%"), ("2万人", "2万人"), ("3.5小时", "3.5小时")] {
        for space in ["", " "] {
            let s = format!("≈{space}{value}");
            assert_eq!(Threshold::parse(&s).unwrap().to_string(), format!("约{number}"), "{s}");
            assert_eq!(format!("{:?}", Actual::parse(&s)), format!("{:?}", Actual::parse(&format!("约{value}"))), "{s}");
        }
    }
    // as an answer it is judged as 约 is: about a number past the target meets it, about the
    // target's own number cannot settle it
    for (target, answer, met) in [("≥95%", "≈98%", Some(true)), ("≥95%", "≈95%", None), ("≤5%", "≈3%", Some(true))] {
        judged_alike(&p, target, answer, met);
        judged_alike(&p, target, &answer.replace('≈', "约"), met);
    }
}

#[test]
fn done_beyond_the_target() {
    let p = Profile::central();
    assert_eq!(Actual::parse("超额完成120%").unwrap(), Actual::parse("完成120%").unwrap());
    judged_alike(&p, "≥95%", "超额完成120%", Some(true));
    judged_alike(&p, "≥100个", "超额完成120个", Some(true));
    // 超额 before an amount is an overrun, no number done
    assert!(matches!(Threshold::parse("超额1万元"), Ok(Threshold::Unread(_))));
}

#[test]
fn a_date_then_done() {
    for (s, plain) in [
        ("2025年10月已完成", "已于2025年10月完成"),
        ("2025年10月已经完成", "2025年10月完成"),
        ("10月中旬已完成", "10月中旬完成"),
        ("2025年12月31日前已完成", "2025年12月31日前完成"),
        ("2025.6.30已完成", "2025.6.30完成"),
    ] {
        assert_eq!(Actual::parse(s).unwrap(), Actual::parse(plain).unwrap(), "{s}");
        assert!(matches!(Actual::parse(s).unwrap(), Actual::Date(_) | Actual::Period(_)), "{s}");
    }
    // judged in the table's year
    let t: Threshold = "12月底前".parse().unwrap();
    assert_eq!(t.is_met_in(&"2025年10月已完成".parse().unwrap(), Some(2025)), Ok(true));
    assert_eq!(t.is_met_in(&"2026年1月已完成".parse().unwrap(), Some(2025)), Ok(false));
}

/// A word that qualifies the doing and a word of a total, together before the verb, read as
/// each alone does (`已累计完成50%` as `累计完成50%`; before, text).
#[test]
fn a_qualifier_and_a_total_together() {
    let p = Profile::central();
    let mut checked = 0;
    for qualifier in ["已", "已经", "实际", "全年"] {
        for total in ["累计", "共计", "合计"] {
            for (verb, number, plain) in [("完成", "50%", "50%"), ("完成", "1.2万人次", "1.2万人次"), ("发生", "2起", "2起")]
            {
                let s = format!("{qualifier}{total}{verb}{number}");
                assert_eq!(Actual::parse(&s).unwrap(), Actual::parse(plain).unwrap(), "{s}");
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 4 * 3 * 3);
    judged_alike(&p, "≤1起", "已累计发生2起", Some(false));
    judged_alike(&p, "≥40%", "已累计完成50%", Some(true));
}
