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
    // a score each period is the score of every period, as after 每
    assert_reads(&[("季度≥90分", "≥90分"), ("月均≥4.5分", "≥4.5分"), ("每季度≥90分", "≥90分")]);
    // a rate that names the period again is that rate; per anything else (a price, a count per
    // person) the period would make a rate per two things that the table may not mean: unread
    assert_reads(&[("日均1000人次/天", "=1000人次/天")]);
    for s in ["月均≥3000元/人", "季度≥1次/户", "月均≥3.5元/公斤", "每月3.5元/斤", "每年≤2元/吨"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
    }
    // 年 and 年度 name the table's own year: the year's count, as 全年
    assert_reads(&[("年度1次", "=1次"), ("年均3300元", "=3300元"), ("全年1次", "=1次")]);
}

#[test]
fn other_words_before_a_count_are_unchanged() {
    // averages per person, household or mu are counted per each, as after 平均每 (they were
    // labelled amounts, which an answer per person could not be compared with)
    assert_reads(&[("人均3300元", "=3300元/人"), ("户均1000元", "=1000元/户"), ("亩均500元", "=500元/亩"), ("满意度90%", "=90%")]);
    assert_eq!(t("人均3300元"), t("平均每人3300元"));
    // what is averaged may be named between the average and its value (`人均收入≥1万元` is an
    // income of 1万元 a person; it was read as a label and a total)
    assert_reads(&[("人均收入≥1万元", "≥1万元/人"), ("户均增收≥1000元", "≥1000元/户"), ("亩均增产 ≥200公斤", "≥200千克/亩")]);
    // a period that is not alone before the count, or a duration word, reads as no rate; a
    // period or an average per one that ends a label is not dropped with it
    for s in [
        "季度检查1次",
        "一季度1次",
        "第一季度1次",
        "检查频次季度1次",
        "检查频率季度≥1次",
        "门诊量日均≥1000人次",
        "走访月均≥2次",
        "检查频次月≥1次",
        "巡查频次日≥2次",
        "督查季≥1次",
        "收入月均≥3000元",
    ] {
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
    // and what a period before it keeps from reading is unread, not a malformed value
    for s in ["季度15日内", "日≥8小时", "季度≥1", "月≥3次/年", "日≥2班", "周≤3000"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
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

#[test]
fn a_count_per_period_is_a_level_in_monitoring() {
    use jixiao::monitor::{Light, Profile};
    use jixiao::Indicator;
    // once a quarter, done once a quarter by July: on track, not far ahead (it was paced as a
    // total for the year: 171%, blue); 600 a day against at least 1000 a day is behind, however
    // far into the year
    let judge = |target: &str, progress: &str| {
        let i = Indicator::new(None, None, "x", target);
        Profile::central().judge(&i, &progress.parse().unwrap(), 7, Some(2025)).unwrap().light
    };
    assert_eq!(judge("季度1次", "1次/季度"), Light::Green);
    assert_eq!(judge("日均≥1000人次", "600人次/天"), Light::Red);
    assert_eq!(judge("每月≥2次", "2次/月"), Light::Green);
}
