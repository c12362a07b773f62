//! A fast path for periods written in ASCII digits, one date to another (时间段):
//! `2021年1月-12月`, `2020年1月--2020年11月`, `2023.07-2024.01`, `2021.1.1-12.31`.
//!
//! ```text
//! period  = date sep date
//! date    = YYYY "年" M "月" [D "日"]  |  YYYY "." M ["." D]     (the second may omit its year;
//!                                                                a dotted one then needs its day)
//! sep     = ("-" | "—" | "–")+ | "～" | "~" | "至"
//! ```
//!
//! Both dates in one style, nothing before or after: no other rule of the full grammar can
//! apply, so where this answers, [`super::date::deadline`] answers the same (a test checks it on
//! the family: every style, separator, year, month and day, with and without the second year).
//! Anything else (a word after the period, full-width digits, an impossible date, an end before
//! the start) is left to the full grammar, which also reports the errors.

use crate::date::{Deadline, PartialDate};

/// The period `s` (trimmed) writes, when it has the shape above and both dates are real and in
/// order; `None` otherwise.
pub(super) fn digit_period(s: &str) -> Option<Deadline> {
    let b = s.as_bytes();
    if b.len() >= 13 && b[..6].iter().all(u8::is_ascii_digit) {
        return compact_period(s);
    }
    // most values are turned away here: four digits, then 年 (E5 B9 B4) or a point
    let chinese = match b.get(4) {
        Some(0xe5) => true,
        Some(b'.') => false,
        _ => return None,
    };
    let (first, at) = date(b, 0, chinese, true)?;
    let at = separator(b, at)?;
    let (second, end) = date(b, at, chinese, false)?;
    // a dotted end without its year is a month and day (`12.31`), read only after a day: `2023.7-12`
    // is left to the full grammar
    if end != b.len() || (!chinese && second.year.is_none() && (second.day.is_none() || first.day.is_none())) {
        return None;
    }
    let start = PartialDate::new(Some(first.year?), Some(first.month), first.day).ok()?;
    // the end takes the start's year where it writes none, as the full grammar's does
    let end = PartialDate::new(second.year.or(first.year), Some(second.month), second.day).ok()?;
    Deadline::period_of_years(start, end)
}

/// A period of two compact dates, `YYYYMM` or `YYYYMMDD` each (`202001-202012`,
/// `20200101-20201231`): a 项目起止时间 as tables write it, read as the period of those months or
/// days (before, a range of two numbers). Both dates of one length, real (a year of 1900 to
/// 2100), and in order; a single compact date (`202312`) stays a number. Asked by the fast path
/// and by the date rules alike.
pub(super) fn compact_period(s: &str) -> Option<Deadline> {
    // (in ASCII or full-width digits, spaces around the separator or not: every spelling that
    // a range of the two numbers would print as this one)
    let (first, n, rest) = compact_date(s)?;
    // (the separators of every range and period, from their one list: a run of dashes is one)
    let mut after = rest.trim_start_matches(super::is_space).chars();
    let sep = after.next().filter(|&c| super::comparator::is_range_dash(c))?;
    const DASHES: [char; 4] = ['-', '－', '—', '–'];
    let rest = if DASHES.contains(&sep) { after.as_str().trim_start_matches(DASHES) } else { after.as_str() };
    let (second, m, rest) = compact_date(rest.trim_start_matches(super::is_space))?;
    (rest.is_empty() && m == n).then_some(())?;
    Deadline::period_of_years(first, second)
}

/// A compact date of six or eight digits (ASCII or full-width) at the start of `s`: the date,
/// its number of digits and the rest after it.
fn compact_date(s: &str) -> Option<(PartialDate, usize, &str)> {
    let mut digits = [0u16; 8];
    let mut n = 0;
    let mut end = 0;
    for (i, c) in s.char_indices() {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '０'..='９' => c as u32 - '０' as u32,
            _ => break,
        };
        if n == 8 {
            return None;
        }
        digits[n] = d as u16;
        n += 1;
        end = i + c.len_utf8();
    }
    let number = |from: usize, to: usize| digits[from..to].iter().fold(0u16, |v, d| v * 10 + d);
    let day = match n {
        6 => None,
        8 => Some(u8::try_from(number(6, 8)).ok()?),
        _ => return None,
    };
    let year = number(0, 4);
    if !(1900..=2100).contains(&year) {
        return None;
    }
    let date = PartialDate::new(Some(year), Some(u8::try_from(number(4, 6)).ok()?), day).ok()?;
    Some((date, n, &s[end..]))
}

/// A date as written: its parts.
struct Written {
    year: Option<u16>,
    month: u8,
    day: Option<u8>,
}

/// The date at byte `at` of `b` in one style (`chinese`: 年 月 日, else points), its year
/// required when `year_needed`, and the byte after it.
fn date(b: &[u8], at: usize, chinese: bool, year_needed: bool) -> Option<(Written, usize)> {
    let (year, at) = match (digits(b, at), chinese) {
        // 年 is E5 B9 B4; a dotted year is a table's (1900 to 2100) or the point is a decimal's,
        // as in the full grammar; a year of 年 out of that range is refused by `PartialDate`
        (Some((y, 4, n)), true) if b.get(n..n + 3) == Some(&[0xe5, 0xb9, 0xb4]) => (Some(y), n + 3),
        (Some((y, 4, n)), false) if b.get(n) == Some(&b'.') && (1900..=2100).contains(&y) => (Some(y), n + 1),
        _ if year_needed => return None,
        _ => (None, at),
    };
    let (month, at) = match digits(b, at)? {
        (m, 1 | 2, n) => (m, n),
        _ => return None,
    };
    let month = u8::try_from(month).ok()?;
    if chinese {
        // 月 is E6 9C 88, 日 E6 97 A5
        let at = at + 3;
        if b.get(at - 3..at) != Some(&[0xe6, 0x9c, 0x88]) {
            return None;
        }
        match digits(b, at) {
            Some((d, 1 | 2, n)) if b.get(n..n + 3) == Some(&[0xe6, 0x97, 0xa5]) => {
                Some((Written { year, month, day: Some(u8::try_from(d).ok()?) }, n + 3))
            }
            Some(_) => None,
            None => Some((Written { year, month, day: None }, at)),
        }
    } else {
        match b.get(at) {
            Some(b'.') => match digits(b, at + 1)? {
                (d, 1 | 2, n) => Some((Written { year, month, day: Some(u8::try_from(d).ok()?) }, n)),
                _ => None,
            },
            _ => Some((Written { year, month, day: None }, at)),
        }
    }
}

/// The separator of a period at byte `at`: a run of dashes (`-`, `—`, `–`: `--` and `——` are
/// one), or one tilde (`～`, `~`) or 至; the byte after it, which must start a digit.
fn separator(b: &[u8], at: usize) -> Option<usize> {
    let end = match b.get(at..)? {
        [b'~', ..] => at + 1,
        // ～ EF BD 9E, 至 E8 87 B3
        [0xef, 0xbd, 0x9e, ..] | [0xe8, 0x87, 0xb3, ..] => at + 3,
        _ => {
            let mut i = at;
            loop {
                // — E2 80 94, – E2 80 93
                match b.get(i..)? {
                    [b'-', ..] => i += 1,
                    [0xe2, 0x80, 0x94 | 0x93, ..] => i += 3,
                    _ => break,
                }
            }
            i
        }
    };
    (end > at && b.get(end).is_some_and(u8::is_ascii_digit)).then_some(end)
}

/// The ASCII digits at byte `at` of `b`, at most four: their value, how many, and the byte after.
fn digits(b: &[u8], at: usize) -> Option<(u16, usize, usize)> {
    let mut v = 0u16;
    let mut i = at;
    while let Some(d @ b'0'..=b'9') = b.get(i) {
        if i - at == 4 {
            return None;
        }
        v = v * 10 + u16::from(d - b'0');
        i += 1;
    }
    (i > at).then_some((v, i - at, i))
}

#[cfg(test)]
mod tests {
    use super::digit_period;

    /// Where the fast path reads a period, the date grammar reads the same; on the family of
    /// periods, it reads most.
    #[test]
    fn the_fast_path_agrees_with_the_date_grammar() {
        let years = ["2021", "2020", "2023", "1900", "2000", "1899", "2100", "2101", "0000"];
        let parts = ["1", "01", "2", "02", "4", "6", "7", "07", "9", "11", "12", "13", "0", "31", "30", "29", "28", "123"];
        let seps = ["-", "--", "—", "——", "–", "～", "~", "至", "-—", "~~", "至至", "", " - ", "到", "－"];
        let mut dates = Vec::new();
        for y in years {
            for m in parts {
                dates.push(format!("{y}年{m}月"));
                dates.push(format!("{y}.{m}"));
                dates.push(format!("{m}月"));
                dates.push(m.to_string());
                for d in ["1", "31", "30", "29", "01", "32"] {
                    dates.push(format!("{y}年{m}月{d}日"));
                    dates.push(format!("{y}.{m}.{d}"));
                    dates.push(format!("{m}月{d}日"));
                    dates.push(format!("{m}.{d}"));
                }
            }
        }
        dates.sort();
        dates.dedup();
        // every start with a year, against a sample of ends (one in 29: all pairs would be 10⁸ values)
        let starts: Vec<&String> = dates.iter().filter(|d| d.len() > 4).collect();
        let (mut read, mut tried) = (0, 0);
        for (i, a) in starts.iter().enumerate() {
            for (k, sep) in seps.iter().enumerate() {
                for b in dates.iter().skip((i * 7 + k) % 29).step_by(29) {
                    for tail in ["", "前", "年"] {
                        let s = format!("{a}{sep}{b}{tail}");
                        tried += 1;
                        if let Some(d) = digit_period(&s) {
                            read += 1;
                            assert_eq!(super::super::date::deadline(&s, 0), Some(Ok(d)), "{s}");
                        }
                    }
                }
            }
        }
        assert!(read > 5_000, "{read} of {tried}");
        for s in ["2021年1月-12月", "2020年1月--2020年11月", "2023.07-2024.01", "2021.1.1-12.31", "2025年1月1日至12月31日"] {
            assert!(digit_period(s).is_some(), "{s}");
        }
    }
}
