//! A calendar period named before a count says what the count is per, with or without `每`:
//! `季度1次` is once a quarter (four a year), never `=1次`. Generated over every period word,
//! `按` and `均`, comparator, numeral script, spacing and count unit, each against the reading
//! of the same value written with `每`.

mod common;

#[path = "common/judge.rs"]
mod judge;

use common::{assert_reads, t};
use jixiao::Threshold;

/// Period words as tables write them, and the same period after `每`.
const PERIODS: &[(&str, &str)] = &[
    ("季度", "每季度"),
    ("月", "每月"),
    ("月度", "每月"),
    ("周", "每周"),
    ("星期", "每周"),
    ("半年度", "每半年"),
    ("周度", "每周"),
    ("半年", "每半年"),
    ("日", "每日"),
    ("天", "每天"),
];

#[test]
fn a_period_before_a_count_reads_as_after_mei() {
    let mut checked = 0;
    for &(period, with_mei) in PERIODS {
        for (lead, avg) in [("", ""), ("按", ""), ("", "均")] {
            for (op, mei_op) in [("", ""), ("≥", "≥"), ("不少于", "不少于"), ("：", ""), ("至少", "至少"), ("不超过", "不超过")]
            {
                for n in ["1", "一", "１", "12"] {
                    for unit in ["次", "人次", "场", "期"] {
                        for sp in ["", " "] {
                            let s = format!("{lead}{period}{avg}{sp}{op}{n}{unit}");
                            let reference = format!("{with_mei}{mei_op}{n}{unit}");
                            let (got, want) = (Threshold::parse(&s), Threshold::parse(&reference));
                            let want = want.unwrap_or_else(|e| panic!("{reference}: {e}"));
                            assert_eq!(got.as_ref().ok(), Some(&want), "{s} reads as {reference}");
                            let Threshold::Compare(c) = &want else { panic!("{reference}: {want:?}") };
                            assert!(matches!(c.quantity().unit(), jixiao::Unit::Rate(_)), "{reference}: a rate");
                            assert_eq!(t(&want.to_string()), want, "{s}: reads back");
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 3000, "{checked}");
}

#[test]
fn a_period_before_a_count_prints_as_a_rate() {
    assert_reads(&[
        ("季度1次", "=1次/季度"),
        ("季度≥1次", "≥1次/季度"),
        ("季度：1次", "=1次/季度"),
        ("按季度1次", "=1次/季度"),
        ("季度1次以上", "≥1次/季度"),
        ("月不少于2次", "≥2次/月"),
        ("月均2次", "=2次/月"),
        ("日均1000人次", "=1000人次/天"),
        ("周≥1次", "≥1次/周"),
        ("月1-2次", "1-2次/月"),
        ("季度1至2次", "1-2次/季度"),
    ]);
    // a share or a level each period is the target of every period, as after 每
    assert_reads(&[("季度≥95%", "≥95%"), ("月均5%", "=5%")]);
    // a rate that names the period again, or per something else, is counted per the period too
    assert_reads(&[("日均1000人次/天", "=1000人次/天"), ("月均≥3000元/人", "≥3000元/(人·月)"), ("季度≥1次/户", "≥1次/(户·季度)")]);
    // 年 and 年度 name the table's own year: the year's count, as 全年
    assert_reads(&[("年度1次", "=1次"), ("年均3300元", "=3300元"), ("全年1次", "=1次")]);
}

#[test]
fn other_words_before_a_count_are_unchanged() {
    // averages per person, household or mu are the amount of each (a labelled value)
    assert_reads(&[("人均3300元", "=3300元"), ("户均1000元", "=1000元"), ("满意度90%", "=90%")]);
    // a period that is not alone before the count, or a duration word, reads as no rate; a
    // period that ends a label is not dropped with it
    for s in ["季度检查1次", "一季度1次", "第一季度1次", "检查频次季度1次", "检查频率季度≥1次"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
    }
    assert!(Threshold::parse("个月1次").is_err());
    // with no unit to count per month, nothing is dropped: unread, not `=8000`
    assert!(t("月均8000").is_unread(), "{:?}", t("月均8000"));
    // deadlines that start with a period word stay deadlines or text
    assert!(matches!(t("年底前"), Threshold::Deadline(_)));
    assert!(matches!(t("月底前完成"), Threshold::Qualitative(_)));
    // time after a period says when or how long, never a rate of days (周六日 is the weekend,
    // 月1日 a day of the month)
    for s in ["周六日", "月1日", "季度15日内", "月度5个工作日内", "季度3个月", "周≥1天", "年度≤5年"] {
        let r = Threshold::parse(s);
        let rate = matches!(&r, Ok(Threshold::Compare(c)) if matches!(c.quantity().unit(), jixiao::Unit::Rate(_)));
        assert!(!rate, "{s}: {r:?}");
    }
}

#[test]
fn a_count_per_period_is_not_judged_against_a_total() {
    let p = jixiao::score::Profile::default();
    // once a quarter against a count for the year: the units differ, so it is flagged, where
    // reading `=1次` met it quietly
    judge::judged_alike(&p, "季度1次", "1次", None);
    judge::judged_alike(&p, "季度1次", "每季度1次", Some(true));
    judge::judged_alike(&p, "季度≥2次", "季度1次", Some(false));
    // the year's count
    judge::judged_alike(&p, "年度≥2次", "3次", Some(true));
    judge::judged_alike(&p, "月均≥2次", "月均1.5次", Some(false));
}
