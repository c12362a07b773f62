//! A fast path for the commonest deadlines: a month, with or without its year, before which the
//! work is done (`2023年12月前`, `2023年12月底`, `11月前`, `9月底之前`).
//!
//! ```text
//! month-deadline = [YYYY "年"] M{1,2} "月" ["底" | "末"] ["前" | "之前" | "以前"]
//! ```
//!
//! ASCII digits only and nothing else around them, so that no other rule of the full grammar
//! can apply: where it answers, [`super::date::deadline`] answers the same (a test checks it on
//! every year, month and tail), and anything else (`年底前`, `12月31日前`, full-width digits,
//! a date that cannot be) is left to the full grammar, which also reports the errors.

use crate::date::{Deadline, PartialDate};

/// The deadline `s` (trimmed) writes, when it has the shape above and is a real date; `None`
/// otherwise.
pub(super) fn month_deadline(s: &str) -> Option<Deadline> {
    let b = s.as_bytes();
    let (year, at) = match b {
        [y0 @ b'0'..=b'9', y1 @ b'0'..=b'9', y2 @ b'0'..=b'9', y3 @ b'0'..=b'9', 0xe5, 0xb9, 0xb4, ..] => {
            // 年 is E5 B9 B4
            let digit = |d: &u8| u16::from(d - b'0');
            (Some(digit(y0) * 1000 + digit(y1) * 100 + digit(y2) * 10 + digit(y3)), 7)
        }
        _ => (None, 0),
    };
    // the month: one or two digits, then 月 (E6 9C 88)
    let (month, at) = match &b[at..] {
        [m @ b'0'..=b'9', 0xe6, 0x9c, 0x88, ..] => (m - b'0', at + 4),
        [m0 @ b'0'..=b'9', m1 @ b'0'..=b'9', 0xe6, 0x9c, 0x88, ..] => ((m0 - b'0') * 10 + (m1 - b'0'), at + 5),
        _ => return None,
    };
    let tail = &s[at..];
    let tail = tail.strip_prefix(['底', '末']).unwrap_or(tail);
    if !matches!(tail, "" | "前" | "之前" | "以前") {
        return None;
    }
    PartialDate::new(year, Some(month), None).ok().map(Deadline::by)
}

#[cfg(test)]
mod tests {
    use super::month_deadline;

    #[test]
    fn the_fast_path_agrees_with_the_date_grammar() {
        let years = ["", "2023年", "2025年", "1899年", "1900年", "2100年", "2101年", "0000年", "9999年"];
        let months = ["0", "00", "1", "01", "9", "09", "10", "12", "13", "99", "123", "１２", "十二"];
        let tails =
            ["", "底", "末", "前", "之前", "以前", "底前", "末前", "底之前", "内", "以内", "底完成", "31日", "上旬", "份", " 前", "前前"];
        let mut read = 0;
        for year in years {
            for month in months {
                for tail in tails {
                    let s = format!("{year}{month}月{tail}");
                    if let Some(d) = month_deadline(&s) {
                        read += 1;
                        assert_eq!(super::super::date::deadline(&s, 0), Some(Ok(d)), "{s}");
                    }
                }
            }
        }
        assert!(read > 100, "{read}");
        for s in ["2023年12月前", "2023年12月底", "11月前", "9月前"] {
            assert!(month_deadline(s).is_some(), "{s}");
        }
    }
}
