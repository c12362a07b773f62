//! Values and answers in traditional characters (繁体字), as tables copied through a converter
//! write them, read and judge as their simplified spellings do (issue 19: every script). Before,
//! `30萬元以內` read `以內` as a note, and the ceiling was lost: 35萬元 met it. The traditional
//! spellings below were made with a converter (OpenCC, `s2t` and `s2tw`) from the simplified ones,
//! not by the crate's own table.

mod common;
#[path = "common/judge.rs"]
mod judge;

use common::t;
use jixiao::{Actual, Threshold};
use judge::judged_alike;

/// Each simplified value and a traditional spelling of it.
const VALUES: &[(&str, &str)] = &[
    ("30万元以内", "30萬元以內"),
    ("3万余人", "3萬餘人"),
    ("3天以内", "3天以內"),
    ("5个百分点", "5個百分點"),
    ("5台", "5臺"),
    ("≥20（个）", "≥20（個）"),
    ("≥3台/套", "≥3臺/套"),
    ("上限为5%", "上限為5%"),
    ("上限为5%", "上限爲5%"),
    ("不低于90%", "不低於90%"),
    ("不少于2万人", "不少於2萬人"),
    ("不得低于95%", "不得低於95%"),
    ("不超过5%", "不超過5%"),
    ("两万元", "兩萬元"),
    ("严禁超过批复数", "嚴禁超過批覆數"),
    ("以5%为上限", "以5%為上限"),
    ("以5%为上限", "以5%爲上限"),
    ("八千余人", "八千餘人"),
    ("年内完成", "年內完成"),
    ("比上年提高2个百分点", "比上年提高2個百分點"),
    ("满意度≥90%", "滿意度≥90%"),
    ("确保95%以上", "確保95%以上"),
    ("约3万人", "約3萬人"),
    ("较上年增长5%", "較上年增長5%"),
    ("达到95%", "達到95%"),
    ("近2万人", "近2萬人"),
];

#[test]
fn traditional_spellings_read_as_simplified_ones() {
    for &(simplified, traditional) in VALUES {
        let (s, tr) = (t(simplified), t(traditional));
        match s {
            // text is kept as written
            Threshold::Qualitative(_) | Threshold::Unread(_) => {
                assert_eq!((tr.is_qualitative(), tr.is_unread()), (s.is_qualitative(), s.is_unread()), "{traditional}");
                assert_eq!(tr.to_string(), traditional, "{traditional}");
            }
            _ => assert_eq!(tr, s, "{traditional}"),
        }
        match Actual::parse(simplified).unwrap() {
            Actual::Text(_) => assert!(matches!(Actual::parse(traditional), Ok(Actual::Text(_))), "actual {traditional}"),
            a => assert_eq!(Actual::parse(traditional), Ok(a), "actual {traditional}"),
        }
    }
}

#[test]
fn traditional_words_are_judged_as_simplified_ones() {
    let p = jixiao::score::Profile::central();
    for &(target, answer, met) in &[
        ("30万元以内", "25萬元", true),
        ("30万元以内", "35萬元", false),
        ("30萬元以內", "25万元", true),
        ("30萬元以內", "25萬元", true),
        ("30萬元以內", "35万元", false),
        ("30萬元以內", "35萬元", false),
        ("≥95%", "未达成", false),
        ("≥95%", "未達成", false),
        ("优秀", "良好", false),
        ("優秀", "良好", false),
        ("按时完成", "已完成", true),
        ("按時完成", "已完成", true),
        ("无重大安全事故", "有", false),
        ("无重大安全事故", "未發生", true),
        ("有效", "无效", false),
        ("有效", "無效", false),
        ("杜絕安全事故", "沒有發生", true),
        ("杜絕安全事故", "没有发生", true),
        ("杜绝安全事故", "沒有發生", true),
        ("無重大安全事故", "有", false),
        ("無重大安全事故", "未发生", true),
        ("無重大安全事故", "未發生", true),
        ("良好", "优秀", true),
        ("良好", "優秀", true),
        ("良好及以上", "合格", false),
        ("較上年增長5%", "增長6%", true),
        ("較上年增長5%", "增长6%", true),
        ("较上年增长5%", "增長6%", true),
    ] {
        judged_alike(&p, target, answer, Some(met));
    }
}
