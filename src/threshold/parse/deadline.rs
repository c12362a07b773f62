//! Deadlines and periods (完成时限): `12月底前`, `2025年6月30日前`, `2023年底`, `2021年1月-12月`,
//! `2023.07-2024.01`.

use super::{err, range_separator, K};
use crate::date::{Deadline, PartialDate};
use crate::error::ParseError;
use crate::numeral;

/// Reads ASCII or full-width digits as a number (at most 4).
fn small_number(s: &str) -> Option<(u32, usize)> {
    let mut v = 0u32;
    let mut end = 0;
    for (count, (i, c)) in s.char_indices().enumerate() {
        match numeral::digit_value(c) {
            // more than four digits is no part of a date
            Some(_) if count == 4 => return None,
            Some(d) => {
                v = v * 10 + d;
                end = i + c.len_utf8();
            }
            None => break,
        }
    }
    (end > 0).then_some((v, end))
}

#[derive(Clone, Copy)]
enum DateStyle {
    Chinese,
    Dotted,
}

struct DateParse {
    date: PartialDate,
    len: usize,
    style: DateStyle,
    /// The date was invalid (`13月`): report it rather than fall back to a number.
    invalid: bool,
}

fn opt_tag<'a>(s: &'a str, words: &[&str]) -> (&'a str, bool) {
    for w in words {
        if let Some(r) = s.strip_prefix(w) {
            return (r, true);
        }
    }
    (s, false)
}

/// A date in Chinese (`2025年6月30日`, `12月`, `2023年`) or dotted (`2023.07`, `2021.1.1`)
/// form. `year_required_for_dots` is false for the end of a period (`12.31`).
fn date(s: &str, dotted_without_year: bool) -> Option<DateParse> {
    let (first, n) = small_number(s)?;
    let rest = &s[n..];
    // dotted: Y.M[.D], or M.D at the end of a period
    if let Some(r) = rest.strip_prefix('.').or_else(|| rest.strip_prefix('．')).or_else(|| rest.strip_prefix('/')) {
        let (second, m) = small_number(r)?;
        let mut len = n + (rest.len() - r.len()) + m;
        let after = &s[len..];
        let sep = after.strip_prefix('.').or_else(|| after.strip_prefix('．')).or_else(|| after.strip_prefix('/'));
        // the separator's own length: `．` is three bytes
        let third = sep.and_then(|r| small_number(r).map(|(t, k)| (t, after.len() - r.len() + k)));
        let (y, mo, d) = if n == 4 {
            if let Some((t, k)) = third {
                len += k;
                (Some(first), second, Some(t))
            } else {
                (Some(first), second, None)
            }
        } else if dotted_without_year && third.is_none() {
            (None, first, Some(second))
        } else {
            return None;
        };
        // an impossible dotted date (2023.13, 2224.01) is a decimal, not a date
        if y.is_some_and(|y| !(1900..=2100).contains(&y)) {
            return None;
        }
        let date = PartialDate::new(y.map(|y| y as u16), u8::try_from(mo).ok(), d.and_then(|d| u8::try_from(d).ok()))?;
        return Some(DateParse { date, len, style: DateStyle::Dotted, invalid: false });
    }
    // Chinese: [Y年][M月[D日]]
    let (mut year, mut month, mut day) = (None, None, None);
    let mut len;
    if let Some(r) = rest.strip_prefix('年') {
        if n != 4 {
            return None;
        }
        year = Some(first);
        len = n + 3;
        if let Some((m, k)) = small_number(r) {
            if let Some(r2) = r[k..].strip_prefix('月') {
                month = Some(m);
                len += k + 3;
                if let Some((d, j)) = small_number(r2) {
                    if r2[j..].starts_with('日') || r2[j..].starts_with('号') {
                        day = Some(d);
                        len += j + 3;
                    }
                }
            }
        }
    } else if let Some(r) = rest.strip_prefix('月') {
        month = Some(first);
        len = n + 3;
        if let Some((d, j)) = small_number(r) {
            if r[j..].starts_with('日') || r[j..].starts_with('号') {
                day = Some(d);
                len += j + 3;
            }
        }
    } else {
        return None;
    }
    let date = PartialDate::new(year.map(|y| y as u16), month.and_then(|m| u8::try_from(m).ok()), day.and_then(|d| u8::try_from(d).ok()));
    Some(DateParse { date: date.unwrap_or_default(), len, style: DateStyle::Chinese, invalid: date.is_none() })
}

/// A deadline or period filling the whole of `s`; `None` when `s` is not one.
pub(super) fn deadline(s: &str, offset: usize) -> Option<Result<Deadline, ParseError>> {
    let (rest, _) = if s.starts_with(['截', '于', '在']) {
        opt_tag(s, &["截止到", "截止至", "截至", "截止", "于", "在"])
    } else {
        (s, false)
    };
    let head = s.len() - rest.len();
    let first = date(rest, false)?;
    let mut pos = head + first.len;
    let mut start = None;
    let mut end = first.date;
    let mut invalid = first.invalid;
    let mut is_period = false;
    if let Ok((r, ())) = range_separator(&s[pos..]) {
        let at = s.len() - r.len();
        let second = date(r, matches!(first.style, DateStyle::Dotted) && first.date.day.is_some());
        let second = second.filter(|d| {
            matches!((first.style, d.style), (DateStyle::Chinese, DateStyle::Chinese) | (DateStyle::Dotted, DateStyle::Dotted))
        })?;
        let mut e = second.date;
        if e.year.is_none() {
            e.year = first.date.year;
        }
        invalid |= second.invalid;
        start = Some(first.date);
        end = e;
        pos = at + second.len;
        is_period = true;
    }
    let tail = &s[pos..];
    let (t, end_word) = opt_tag(tail, &["底", "末", "月底", "下旬", "中旬", "上旬"]);
    let (t, before) = opt_tag(t, &["之前", "以前", "前"]);
    let (t, done) = opt_tag(t, &["前完成", "完成", "完工", "结束", "到位", "办结", "实施完毕", "止"]);
    if !t.is_empty() {
        return None;
    }
    let marked = end_word || before || done;
    let dotted = matches!(first.style, DateStyle::Dotted);
    // a bare month (12月) is a duration, a bare dotted pair (2023.12) a decimal
    let accept = is_period || (end.year.is_some() && !dotted) || marked;
    if !accept {
        return None;
    }
    if invalid {
        return Some(Err(err(K::InvalidDate, offset + head)));
    }
    if let Some(st) = start {
        if let (Some(_), Some(_)) = (st.year, end.year) {
            if !st.is_on_or_before(&end) && st != end {
                // a period whose end lies before its start
                return Some(Err(err(K::RangeReversed, offset + head)));
            }
        }
    }
    Some(Ok(Deadline { start, end }))
}

/// Reads a date at the start of the whole of `s` for actuals (`2024年11月`, `7月`, `2021.1.1-12.31`).
pub(crate) fn actual_date(s: &str) -> Option<PartialDate> {
    match deadline(s, 0) {
        Some(Ok(d)) => Some(d.end),
        _ => {
            let d = date(s, false)?;
            (d.len == s.len() && !d.invalid && matches!(d.style, DateStyle::Chinese)).then_some(d.date)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::date;

    #[test]
    fn a_full_width_point_is_three_bytes() {
        assert_eq!(date("2021．1．1", false).map(|d| d.len), Some(12));
    }
}
