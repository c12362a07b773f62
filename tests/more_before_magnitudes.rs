//! Two families a new user's tables write that read as text before: 余 or 多 between a number
//! and its magnitude (`30余万元`, `三十多万人`: more than 30万), and a measure's name before an
//! approximate number (`满意度约95%`, `新增近100人`). Each is generated over its spellings and
//! must read as its plain form does, as a target and as an actual.

mod common;
#[path = "common/judge.rs"]
mod judge;

use common::{assert_reads, t, SPACES};
use jixiao::{Actual, Threshold};
use judge::judged_alike;

/// Spellings of a number: Arabic, full-width, Chinese and financial.
fn spellings(n: u32) -> Vec<String> {
    let arabic = n.to_string();
    let full: String = arabic.chars().map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap()).collect();
    let chinese: &[&str] = match n {
        8 => &["八", "捌"],
        30 => &["三十", "叁拾"],
        300 => &["三百", "叁佰"],
        _ => unreachable!(),
    };
    let mut out = vec![arabic, full];
    out.extend(chinese.iter().map(|s| s.to_string()));
    out
}

/// `N余万元` in every script, spacing, word of more, magnitude, unit, comparator and suffix
/// reads as `>N万元`, target and actual alike.
#[test]
fn more_before_a_magnitude_reads_in_every_spelling() {
    let mut checked = 0;
    for n in [8, 30, 300] {
        for num in spellings(n) {
            for more in ["余", "多"] {
                for (mag, plain_mag) in [("万", "万"), ("萬", "万"), ("亿", "亿"), ("億", "亿")] {
                    for unit in ["元", "人", "人次", "亩", ""] {
                        for sp in SPACES {
                            // `≥` and `以上` point the same way as 余: the value stays more than N
                            for (before, after) in [("", ""), ("≥", ""), ("", "以上"), ("投资额：", "")] {
                                let s = format!("{before}{num}{sp}{more}{sp}{mag}{unit}{after}");
                                let plain = format!(">{n}{plain_mag}{unit}");
                                assert_eq!(Threshold::parse(&s), Ok(t(&plain)), "{s}");
                                assert_eq!(Actual::parse(&s), Actual::parse(&plain), "actual {s}");
                                checked += 1;
                            }
                            // about N万 (约 wins over 余, as `约3万余人` does)
                            let s = format!("约{sp}{num}{more}{mag}{unit}");
                            assert_eq!(Threshold::parse(&s), Ok(t(&format!("约{n}{plain_mag}{unit}"))), "{s}");
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 4000, "{checked}");
    // the canonical text reads back
    assert_reads(&[("30余万元", ">30万元"), ("三十多万人", ">30万人"), ("300余亿元", ">300亿元"), ("约30余万元", "约30万元")]);
}

/// 余 before 百 or 千 is no way of writing a number (`30余千米` is more than 30 千米, a unit), a
/// comparator that points the other way conflicts, and numerals before 余 and a magnitude in a
/// sentence are numbers not read, never plain text.
#[test]
fn more_before_a_magnitude_is_no_guess() {
    assert_eq!(t("30余千米"), t(">30千米"));
    // ≤ and 余 point opposite ways: no comparison, as `≤3万余元` is none
    for s in ["≤30余万元", "≤3万余元"] {
        assert!(!Threshold::parse(s).is_ok_and(|t| t.is_quantitative()), "{s}");
    }
    for s in ["完成三十余万元的投资项目", "三十 多 万能", "带动三百多万人次增收致富"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
    }
}

/// An actual of `N余万元` against a target in 万元 is judged by its bound: more than 30万 meets
/// `≥30万元` and misses `≥50万元`; against `≥35万元` it cannot be known.
#[test]
fn more_before_a_magnitude_is_judged_by_its_bound() {
    let p = jixiao::score::Profile::default();
    judged_alike(&p, "≥30万元", "30余万元", Some(true));
    judged_alike(&p, "≥30万元", "三十多万元", Some(true));
    judged_alike(&p, "≥20万元", "30余万元", Some(true));
    judged_alike(&p, "≤20万元", "30余万元", Some(false));
    judged_alike(&p, "≥35万元", "30余万元", None);
}

/// A measure's name before an approximate number reads as the approximate number, in every
/// word of approximation, script and spacing; a sentence before one stays unread.
#[test]
fn labels_before_an_approximate_number() {
    let mut checked = 0;
    for label in ["满意度", "新增", "受益人数", "完成率：", "培训人次"] {
        for approx in ["约", "大约", "约为", "近", "将近", "接近"] {
            for sp in SPACES {
                for (n, unit) in [(30, "%"), (300, "人"), (8, "个")] {
                    for num in spellings(n) {
                        let s = format!("{label}{sp}{approx}{sp}{num}{unit}");
                        let plain = format!("{approx}{n}{unit}");
                        assert_eq!(Threshold::parse(&s), Ok(t(&plain)), "{s}");
                        assert_eq!(Actual::parse(&s), Actual::parse(&plain), "actual {s}");
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 1000, "{checked}");
    assert_eq!(t("满意度约95%").to_string(), "约95%");
    for sentence in ["覆盖约3个乡镇", "惠及近3000户群众"] {
        assert!(t(sentence).is_unread(), "{sentence}: {:?}", t(sentence));
    }
}

/// Split into columns (指标性质 | 指标值 | 度量单位), the forms read as in one cell: a comparator
/// column and a cell that point the same way keep the strict one, as one cell does.
#[test]
fn split_columns_read_as_one_cell() {
    for (split, cell) in [
        ("≥|30余|万元", "≥30余万元"),
        ("|30余|万元", "30余万元"),
        ("≥|3万余|人", "≥3万余人"),
        ("≧|三十多|万人", "三十多万人"),
        ("|千余|人", "千余人"),
        (">|95%以上|", ">95%以上"),
        ("<|5%以下|", "<5%以下"),
        ("≤|5%以下|", "5%以下"),
    ] {
        assert_eq!(t(split), t(cell), "{split}");
    }
    // the other way is a conflict, in columns as in one cell
    assert!(Threshold::parse("≤|30余|万元").is_err());
}
