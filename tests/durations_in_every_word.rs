//! Durations in every word tables use for their unit: hours as 小时, 个小时, 时, h and H (`24H`,
//! in either width), weeks as 周, 星期 and 个星期 (`1个星期` was a unit kept as written, while
//! `一星期` was a week), each with every number script, comparator and suffix.

use jixiao::Threshold;

#[test]
fn hours_and_weeks_in_every_word() {
    let mut checked = 0;
    for (words, name) in
        [(&["小时", "个小时", "小時", "h", "H", "ｈ", "Ｈ"][..], "小时"), (&["周", "星期", "个星期", "個星期", "週"][..], "周")]
    {
        for word in words {
            for (number, n) in [("2", "2"), ("两", "2"), ("２", "2"), ("1.5", "1.5")] {
                for (before, after, printed) in [("", "", "="), ("≤", "", "≤"), ("", "内", "≤"), ("", "以上", "≥"), ("不超过", "", "≤")]
                {
                    let s = format!("{before}{number}{word}{after}");
                    let t = Threshold::parse(&s).unwrap_or_else(|e| panic!("{s}: {e}"));
                    assert_eq!(t.to_string(), format!("{printed}{n}{name}"), "{s}");
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 12 * 4 * 5);
}
