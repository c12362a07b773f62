//! Deadlines and periods (完成时限) as tables write them.
//!
//! ```text
//! deadline = [label] [每年] span [sep span] [part] [before] [done]
//! span     = [year] month [day] | year [season] | season | dotted | dashed
//! year     = YYYY年 | 当年 | 次年
//! month    = M月[份] (1–12), day = D日 | D号
//! months   = M sep N月 (`1-12月`, `1至12月`), years = YYYY sep YYYY年[度] (`2020—2025年`)
//! season   = 第一季度 … 第四季度 | 一季度 … 四季度 | 上半年 | 下半年 | 年度 | 年内 | 年底 | 年末
//!          | 年终 | 年尾
//! part     = 上旬 | 中旬 | 下旬 | 底 | 末 | 月底
//! dotted   = YYYY.M[.D] (a year 1900–2100 and a real month, else it is a decimal)
//! dashed   = YYYY-M[-D] | YYYY/M[/D] (`2025-12` is December 2025; `12-31` is a range)
//! before   = 前 | 之前 | 以前 | 以内 | 之内 | 内
//! done     = 完成 | 完工 | 结束 | 到位 | 办结 | 实施完毕 | 止 | …
//! ```
//!
//! A month written without 个 is a calendar month (`6月` is June); `1-12月` and `2025年1-12月`
//! are the months of a year, with any dash; `2020-2025年` is the years 2020 to 2025 (a period,
//! not a range of durations), and a year alone begins a period in its January. Parts of a month
//! and a year become the dates they end on: 上旬 ends on the 10th, 中旬 on the 20th, 下旬 at the
//! month's end; a quarter or a half is a period.

use super::comparator::range_separator;
use super::{err, K};
use crate::date::{Deadline, PartialDate};
use crate::error::ParseError;

/// Reads a number of a date (at most four digits): ASCII or full-width digits, or Chinese
/// numerals (`二〇二五`, `十二`, `三十一`), so that every date form reads in either script.
fn small_number(s: &str) -> Option<(u32, usize)> {
    let (mut v, mut end, mut count) = (0u32, 0, 0);
    // read as bytes: the dates of a value are tried many times over
    while let Some((d, n)) = digit_at(s.as_bytes(), end) {
        // more than four digits is no part of a date
        if count == 4 {
            return None;
        }
        v = v * 10 + d;
        end += n;
        count += 1;
    }
    if end > 0 {
        return Some((v, end));
    }
    // Chinese numerals start with a three-byte character: most text is turned away unread
    if !s.starts_with(super::numeral::may_start_number) {
        return None;
    }
    match super::numeral::chinese(s) {
        // 两 counts (`两月内` is within two months, `两日` two days), never names a month or a
        // day (February is 二月); a year may start with it (`两千零二十五年`)
        Some((v, crate::quantity::Magnitude::One, _)) if s.starts_with(['两', '兩']) && v < rust_decimal::Decimal::from(1000) => None,
        Some((v, crate::quantity::Magnitude::One, n)) if v <= rust_decimal::Decimal::from(9999) => {
            Some((u32::try_from(v.mantissa()).ok()?, n))
        }
        _ => None,
    }
}

/// Whether the number read by [`small_number`] from `s[..n]` has four digits (a year).
fn four_digits(s: &str, n: usize) -> bool {
    s[..n].chars().count() == 4
}

/// The digit at byte `i` of `b`, ASCII or full-width (`０`–`９` are EF BC 90–99), and its length.
#[inline]
fn digit_at(b: &[u8], i: usize) -> Option<(u32, usize)> {
    match b.get(i..) {
        Some([d @ b'0'..=b'9', ..]) => Some((u32::from(d - b'0'), 1)),
        Some([0xef, 0xbc, d @ 0x90..=0x99, ..]) => Some((u32::from(d - 0x90), 3)),
        _ => None,
    }
}

/// The first of `words` that `s` starts with, and the rest.
fn tag<'a>(s: &'a str, words: &[&str]) -> Option<&'a str> {
    super::strip_any(s, words)
}

/// How a date was written: Chinese dates and numeric ones do not mix in one period.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Chinese,
    Numeric,
}

/// A year as written.
#[derive(Clone, Copy)]
enum Year {
    Absolute(u16),
    This,
    Next,
}

/// One span: a date, or a period within one year (a quarter, a half, a whole year).
struct Span {
    start: Option<PartialDate>,
    end: PartialDate,
    /// Where the span begins when it starts a period and has no start of its own, if not at its
    /// end: a year alone (`2020年-2025年`) begins in its January.
    begins: Option<PartialDate>,
    len: usize,
    style: Style,
}

/// The date (or error) of year, month and day.
fn make(year: Option<Year>, month: Option<u32>, day: Option<u32>) -> Result<PartialDate, ParseError> {
    let bad = || err(K::InvalidDate, 0);
    let month = month.map(|m| u8::try_from(m).map_err(|_| bad())).transpose()?;
    let day = day.map(|d| u8::try_from(d).map_err(|_| bad())).transpose()?;
    match year {
        Some(Year::Absolute(y)) => PartialDate::new(Some(y), month, day),
        Some(Year::This) => PartialDate::this_year(month, day),
        Some(Year::Next) => PartialDate::next_year(month, day),
        None => PartialDate::new(None, month, day),
    }
}

/// A season of the year at the start of `s`: its first and last month, and bytes used. Quarters
/// sharing their 季度 (`第一至第四季度`, `1-2季度`) are the months from the first to the last.
fn season(s: &str) -> Option<(u32, u32, usize)> {
    let used = |r: &str| s.len() - r.len();
    // a digit starts a season only as in `3季度`, `1-2季度` or `1、2季度` (most dates start with one)
    if let Some((_, n)) = digit_at(s.as_bytes(), 0) {
        if !s[n..].starts_with(['季', '、']) && !s[n..].starts_with(super::comparator::is_range_dash) {
            return None;
        }
    }
    if let Some(r) = tag(s, &["上半年"]) {
        return Some((1, 6, used(r)));
    }
    if let Some(r) = tag(s, &["下半年"]) {
        return Some((7, 12, used(r)));
    }
    // `前三季度`, `前两个季度`: the quarters from the first
    if let Some(r) = s.strip_prefix('前') {
        let (q, rest) = match r.strip_prefix('两') {
            Some(r) => (2, r),
            None => quarter(r)?,
        };
        let rest = tag(rest.strip_prefix('个').unwrap_or(rest), &["季度", "季"]).filter(|_| q >= 2)?;
        return Some((1, q * 3, used(rest)));
    }
    let (q, mut rest) = quarter(s)?;
    // `一、二季度`, `第三、四季度`: quarters listed one after another are the months they cover
    // (a list with a gap, `一、三季度`, is no period)
    let mut last = q;
    while let Some((next, r)) = rest.strip_prefix('、').and_then(quarter) {
        if next != last + 1 {
            return None;
        }
        (last, rest) = (next, r);
    }
    if let Some(r) = tag(rest, &["季度", "季"]) {
        return Some((q * 3 - 2, last * 3, used(r)));
    }
    if last != q {
        return None;
    }
    // a quarter has no sign: `1--2季度` is one dash
    let (r, ()) = range_separator(rest).ok()?;
    let (q2, rest) = quarter(r.trim_start_matches(['-', '－']))?;
    let r = tag(rest, &["季度", "季"]).filter(|_| q2 >= q)?;
    Some((q * 3 - 2, q2 * 3, used(r)))
}

/// The number of a quarter at the start of `s` (`第一`, `一`, `1`, `１`, up to 四) and the rest.
fn quarter(s: &str) -> Option<(u32, &str)> {
    let r = s.strip_prefix('第').unwrap_or(s);
    let mut chars = r.chars();
    let q = match chars.next()? {
        '一' | '壹' | '1' | '１' => 1,
        '二' | '贰' | '貳' | '2' | '２' => 2,
        '三' | '叁' | '參' | '3' | '３' => 3,
        '四' | '肆' | '4' | '４' => 4,
        _ => return None,
    };
    Some((q, chars.as_str()))
}

/// The parts of a year after `YYYY年` that make it a whole year or its end (年度, 年内, 年底).
fn whole_year(s: &str) -> Option<(bool, usize)> {
    // (true, _) the whole year as a period; (false, _) the year's end (`年度末` is its end)
    if let Some(r) = tag(s, &["度末", "度底", "年度末", "年度底"]) {
        return Some((false, s.len() - r.len()));
    }
    if let Some(r) = tag(s, &["度", "内", "全年", "年度", "年内"]) {
        return Some((true, s.len() - r.len()));
    }
    // (年终 and 年尾 say the year's end as 年底 and 年末 do: `年终前`, `2025年终`)
    tag(s, &["年底", "年末", "年终", "年尾", "底", "末", "终", "尾"]).map(|r| (false, s.len() - r.len()))
}

/// The words for the project's year (当年12月, 本年度内, 今年底前).
const THIS_YEAR: [&str; 3] = ["当年", "本年", "今年"];

/// The words for the year after the project's (次年3月).
const NEXT_YEAR: [&str; 3] = ["次年", "下一年", "第二年"];

/// A span in Chinese at the start of `s`: `[year] [month [day]]`, `year season`, `season`;
/// `lead` is [`small_number`] of `s`.
fn chinese(s: &str, default_year: Option<Year>, lead: Option<(u32, usize)>) -> Option<Result<Span, ParseError>> {
    let mut at = 0;
    let mut year = None;
    // most dates start with digits: the year words are looked for only where they can be
    if lead.is_none() {
        // 当年, 本年, 今年, and a bare 年 (年底前, 年内完成): the project's year, read on by the
        // same rules as `2025年` (本年度 is like 2025年度, 当年完成 like 2025年完成)
        if let Some(r) = tag(s, &THIS_YEAR) {
            year = Some(Year::This);
            at = s.len() - r.len();
        } else if s.starts_with("年") {
            year = Some(Year::This);
        } else if let Some(r) = tag(s, &NEXT_YEAR) {
            year = Some(Year::Next);
            at = s.len() - r.len();
        }
    } else if let Some((y, n)) = lead {
        if let Some(r) = s[n..].strip_prefix('年') {
            if !four_digits(s, n) {
                return None;
            }
            // a four-digit year (2025年); 1000年 is no table's year
            let Ok(y) = u16::try_from(y) else { return None };
            year = Some(Year::Absolute(y));
            at = s.len() - r.len();
        }
    }
    // `2025年度上半年`, `2025年度1-6月`: 年度 names the year of a season or month as 年 does
    if matches!(year, Some(Year::Absolute(_))) {
        if let Some(r) = s[at..].strip_prefix('度').filter(|r| season(r).is_some() || small_number(r).is_some()) {
            at = s.len() - r.len();
        }
    }
    let rest = &s[at..];
    let month_year = year.or(default_year);
    if let Some((first, last, n)) = season(rest) {
        let end = make(month_year, Some(last), None);
        // the end of a quarter or half (`三季度末`, `第三季度末前`, `上半年底`) is a deadline at its
        // last month, as `9月底前` is; the season itself is a period
        if let Some(r) = rest[n..].strip_prefix(['末', '底']) {
            let len = s.len() - r.len();
            return Some(end.map(|e| Span { start: None, end: e, begins: None, len, style: Style::Chinese }));
        }
        let start = make(month_year, Some(first), None);
        return Some(start.and_then(|st| end.map(|e| Span { start: Some(st), end: e, begins: None, len: at + n, style: Style::Chinese })));
    }
    if year.is_some() {
        if let Some((period, n)) = whole_year(rest) {
            let end = make(year, Some(12), None);
            let start = if period { Some(make(year, Some(1), None)) } else { None };
            return Some(
                start.transpose().and_then(|st| end.map(|e| Span { start: st, end: e, begins: None, len: at + n, style: Style::Chinese })),
            );
        }
    }
    // months: M月, and M-N月 (the months of a year); the number read above when no year was
    let number = if at == 0 { lead } else { small_number(rest) };
    let Some((m, n)) = number else {
        // a year alone (`2025年`, `2025年前`, `当年完成`): by the end of that year
        return match year {
            Some(_) if at > 0 => Some(make(year, Some(12), None).and_then(|end| {
                let begins = Some(make(year, Some(1), None)?);
                Ok(Span { start: None, end, begins, len: at, style: Style::Chinese })
            })),
            _ => None,
        };
    };
    let after = &rest[n..];
    if let Some(r) = after.strip_prefix('月') {
        let r = r.strip_prefix('份').unwrap_or(r);
        let mut len = at + n + (after.len() - r.len());
        let mut day = None;
        if let Some((d, j)) = small_number(r) {
            if let Some(r2) = tag(&r[j..], &["日", "号"]) {
                day = Some(d);
                len += r.len() - r2.len();
            } else if (ends_before(&r[j..]) && !r[j..].starts_with('底')) || tag(&r[j..], &["以内", "之内"]).is_some() {
                // `12月31前`: the day without its 日, before a word of before (as `12.31前`)
                day = Some(d);
                len += j;
            }
        }
        let date = make(month_year, Some(m), day);
        return Some(date.map(|end| Span { start: None, end, begins: None, len, style: Style::Chinese }));
    }
    // `1-12月`: two months sharing their 月
    if let Ok((r, ())) = range_separator(after) {
        // a month or year has no sign: `1--12月` is one dash
        let r = r.trim_start_matches(['-', '－']);
        let (m2, k) = small_number(r)?;
        // `2020-2025年`, `2021—2023年度`: two years sharing their 年, the whole years between
        // (only years a table names: `1000-2000年` is a range of durations)
        let years = |y: u32| (1900..=2100).contains(&y);
        if let Some(r2) = r[k..].strip_prefix('年').filter(|_| at == 0 && four_digits(s, n) && four_digits(r, k) && years(m) && years(m2))
        {
            let r2 = r2.strip_prefix('度').unwrap_or(r2);
            let (Ok(y1), Ok(y2)) = (u16::try_from(m), u16::try_from(m2)) else { return None };
            let start = make(Some(Year::Absolute(y1)), Some(1), None);
            let end = make(Some(Year::Absolute(y2)), Some(12), None);
            let len = s.len() - r2.len();
            return Some(start.and_then(|st| end.map(|e| Span { start: Some(st), end: e, begins: None, len, style: Style::Chinese })));
        }
        let r2 = r[k..].strip_prefix('月')?;
        let r2 = r2.strip_prefix('份').unwrap_or(r2);
        let len = s.len() - r2.len();
        let start = make(month_year, Some(m), None);
        let end = make(month_year, Some(m2), None);
        return Some(start.and_then(|st| end.map(|e| Span { start: Some(st), end: e, begins: None, len, style: Style::Chinese })));
    }
    if year.is_some() && !matches!(year, Some(Year::Absolute(_))) {
        return None;
    }
    // a year alone (2025年)
    let end = make(year, None, None);
    year.map(|_| end.map(|e| Span { start: None, end: e, begins: None, len: at, style: Style::Chinese }))
}

/// A numeric date at the start of `s`: `YYYY.M[.D]`, `YYYY-M[-D]`, `YYYY/M[/D]`, or `M.D` when
/// `month_day` (the end of a period `2021.1.1-12.31`). `None` where it is no date (a decimal).
/// `lead` is [`small_number`] of `s`.
fn numeric(s: &str, month_day: bool, lead: Option<(u32, usize)>) -> Option<Span> {
    let (first, n) = lead?;
    let sep = s[n..].chars().next()?;
    if !matches!(sep, '.' | '．' | '/' | '／' | '-' | '－') {
        return None;
    }
    let r = &s[n + sep.len_utf8()..];
    let (second, m) = small_number(r)?;
    // the separator's own length: `．` and `－` are three bytes
    let mut len = n + sep.len_utf8() + m;
    // a third number above 31 is no day: the year of a second date, after a dash that joins
    // the two (`2025-01-2025-12`)
    let third = s[len..].strip_prefix(sep).and_then(|r| small_number(r).filter(|&(t, _)| t <= 31).map(|(t, k)| (t, sep.len_utf8() + k)));
    // four ASCII digits are four bytes; four full-width digits or Chinese numerals, twelve
    // (a day may be followed by its 日 or 号: `2025.12.31日`, `12.31日前`)
    fn day_mark(r: &str) -> Option<&str> {
        r.strip_prefix(['日', '号'])
    }
    let (y, mo, d) = if n == 4 || (n == 12 && four_digits(s, n)) {
        match third {
            Some((t, k)) => {
                len += k;
                if day_mark(&s[len..]).is_some() {
                    len += '日'.len_utf8();
                }
                (Some(first), second, Some(t))
            }
            // YYYY-M is a year and month as YYYY.M is (`2025-12`); a number after the dash
            // that is no month (`2020-2025`) is no date, and the range rule reads it
            None => (Some(first), second, None),
        }
    } else if (month_day || ends_before(&s[len..]) || day_mark(&s[len..]).is_some_and(ends_before))
        && third.is_none()
        && !matches!(sep, '-' | '－')
    {
        // `12.31前`, `6.30前`, `12.31日前`, `12/31前`: a month and day where a word of before
        // follows
        if day_mark(&s[len..]).is_some_and(|r| month_day || ends_before(r)) {
            len += '日'.len_utf8();
        }
        (None, first, Some(second))
    } else {
        return None;
    };
    // an impossible numeric date (2023.13, 2224.01) is a decimal, not a date
    let year = match y {
        Some(y) => Some(Year::Absolute(u16::try_from(y).ok().filter(|y| (1900..=2100).contains(y))?)),
        None => None,
    };
    let end = make(year, Some(mo), d).ok()?;
    Some(Span { start: None, end, begins: None, len, style: Style::Numeric })
}

/// Whether `s` starts with a word that ends a deadline (前, 之前, 以前, 止, 底).
pub(super) fn ends_before(s: &str) -> bool {
    s.starts_with(['前', '止', '底']) || s.starts_with("之前") || s.starts_with("以前")
}

/// One span, Chinese or numeric.
fn span(s: &str, default_year: Option<Year>, month_day: bool) -> Option<Result<Span, ParseError>> {
    // the number both forms start with, read once (a Chinese span after a failed numeric one read
    // it again: 12月底前 read 12 twice)
    let lead = small_number(s);
    if let Some(span) = numeric(s, month_day, lead) {
        return Some(Ok(span));
    }
    chinese(s, default_year, lead)
}

/// The year of a date, as the second date of a period inherits it.
fn year_of(d: &PartialDate) -> Option<Year> {
    match (d.year(), d.years_after_project()) {
        (Some(y), _) => Some(Year::Absolute(y)),
        (None, Some(0)) => Some(Year::This),
        (None, Some(_)) => Some(Year::Next),
        (None, None) => None,
    }
}

/// Labels before a deadline that are not part of it; a label written with a colon may be any
/// words ([`colon_label`]).
const LABELS: &[&str] =
    &["完成时间为", "完成时间", "完成时限为", "完成时限", "截止到", "截止至", "截至", "截止", "已于", "已在", "于", "在"];

/// A label of [`LABELS`] or a word of intent ([`super::INTENT`]: `力争`, `确保`) at the start of
/// `s`: the rest.
fn label_tag(s: &str) -> Option<&str> {
    tag(s, LABELS).or_else(|| tag(s, &super::INTENT))
}

/// `s` after its labels: one that ends in a colon, a label word ([`label_tag`]), or both
/// (`完成时间：在2025年12月底前`).
fn after_labels(s: &str) -> &str {
    match colon_label(s) {
        Some(r) => label_tag(r).unwrap_or(r),
        None => label_tag(s).unwrap_or(s),
    }
}

/// The rest after a label that ends in a colon (`实施期限：`, `项目周期:`, `时间：`): a few
/// Chinese characters, no digit among them.
fn colon_label(s: &str) -> Option<&str> {
    // one pass that stops at the first character of no label word: most values start with a
    // digit or a comparator, and are turned away at their first character
    for (i, c) in s.char_indices().take(13) {
        if matches!(c, '：' | ':') {
            return (i > 0).then(|| &s[i + c.len_utf8()..]);
        }
        if !crate::text::is_cjk(c) || super::numeral::is_chinese_digit(c) {
            return None;
        }
    }
    None
}

/// Whether `s` starts as a deadline can: with digits followed by what makes them a date part
/// (年, 月, 季 of `3季度`, or the separator of `2025.6.30`, `2025/6/30`, `2025-12-31`), a word of
/// [`chinese`] or [`season`] (当年, 次年, 下一年, 第二年, 上半年, 第三季度, 四季度), the first
/// character of a label ([`LABELS`]) or 每年. Qualitative text (`明显提升`), comparisons
/// (`不低于85%`) and numbers with a unit (`60%及以上`, `1个月`) skip the date rules, which they
/// reach more often than dates do. A test checks the set against the words it stands for.
pub(super) fn may_start_date(s: &str) -> bool {
    let b = s.as_bytes();
    let mut end = 0;
    while let Some((_, n)) = digit_at(b, end) {
        end += n;
    }
    if end > 0 {
        // a dash of any spelling joins two months or years (`1—12月`, `2020至2025年`)
        return s[end..].starts_with(['年', '月', '季', '.', '．', '/', '／', '、'])
            || s[end..].starts_with(super::comparator::is_range_dash);
    }
    // a Chinese numeral starts a date as digits do (`二〇二五年`, `十二月`), and a label with a
    // colon may come first (`实施期限：2020-2025年`)
    s.chars().next().is_some_and(|c| DATE_STARTS.contains(&c) || super::numeral::may_start_number(c))
        || colon_label(s).is_some_and(|rest| !rest.is_empty() && may_start_date(rest))
}

/// The first characters of the words that may start a deadline, besides digits.
/// (力, 确, 争, 保, 努: the words of intent, [`super::INTENT`].)
const DATE_STARTS: [char; 24] = [
    '当', '今', '已', '次', '下', '第', '上', '一', '二', '三', '四', '每', '完', '截', '力', '于', '在', '年', '本', '前', '确', '争',
    '保', '努',
];

/// A deadline or period filling the whole of `s`; `None` when `s` is not one. Spaces may fall
/// between its parts (`2025 年 12 月底前`, `2025.12 前`).
pub(super) fn deadline(s: &str, offset: usize) -> Option<Result<Deadline, ParseError>> {
    if !has_date_mark(s) || !may_start_any_date(s) {
        return None;
    }
    if let Some(d) = super::digit_period::compact_period(s) {
        return Some(Ok(d));
    }
    let found = unspaced_deadline(s, offset);
    if matches!(found, Some(Ok(_))) || !s.contains(super::is_space) {
        return found;
    }
    // the date parts read without the spaces between them; a space between two digits
    // (`2025 12`) is kept, so that it separates numbers as before. A date refused so is
    // refused as it is unspaced (`95 月底前` as `95月底前`), at its place in `s`
    let squeezed = squeeze_spaces(s);
    match unspaced_deadline(&squeezed, 0) {
        Some(Ok(d)) => Some(Ok(d)),
        Some(Err(e)) if found.is_none() => {
            let at = unsqueezed(s, &squeezed, e.offset());
            Some(Err(err(e.kind(), offset + at)))
        }
        _ => found,
    }
}

/// The byte of `s` that byte `at` of `squeezed` (`s` without some of its spaces:
/// [`squeeze_spaces`]) stands for.
fn unsqueezed(s: &str, squeezed: &str, at: usize) -> usize {
    let mut kept = squeezed.get(..at).unwrap_or(squeezed).chars().peekable();
    // (the character there, past the spaces squeezed out before it)
    let there = squeezed.get(at..).and_then(|r| r.chars().next());
    for (i, c) in s.char_indices() {
        match kept.peek() {
            None if there.is_none_or(|t| t == c) => return i,
            None => {}
            Some(&k) if k == c => {
                kept.next();
            }
            // (a space squeezed out)
            _ => {}
        }
    }
    s.len()
}

/// Whether the first character of `s` is one every reading of [`deadline`] needs: a digit or
/// a number's first character (a compact date, [`may_start_date`]'s digits and numerals), a
/// Chinese character (its words and labels) or a space, which squeezing drops. Squeezing keeps
/// any other first character, so `s` squeezed fails [`may_start_date`] as `s` does: a value
/// with a mark that starts otherwise (`≤28.40/株`, `≥1.5万元`) is turned away by one character.
fn may_start_any_date(s: &str) -> bool {
    s.chars().next().is_some_and(|c| super::numeral::may_start_number(c) || crate::text::is_cjk(c) || super::is_space(c))
}

/// Whether `s` holds a character without which no span reads: 年, 月 or 季 of a Chinese span
/// ([`chinese`], [`season`]), or the separator of a numeric one ([`numeric`]: `.` `．` `/`, or
/// `-` or `－` after a year or twice). Sentences that hold numerals (`一次性通过验收`) and ranges in sentences
/// (`1-6期培训结束后及时考核`) are turned away in one pass over their bytes, before the date
/// rules read them at every start they allow.
fn has_date_mark(s: &str) -> bool {
    // a byte at a time, through a table of the bytes that end a mark: `.`, `/` and `-`, and the
    // last bytes of 年 (E5 B9 B4), 月 (E6 9C 88), 季 (E5 AD A3), ． (EF BC 8E), ／ (EF BC 8F) and
    // － (EF BC 8D);
    // the bytes before one are compared only there (in UTF-8 a character's bytes are found
    // only where the character is). Stepping a character at a time cost three times as much.
    let b = s.as_bytes();
    let three = |i: usize, c: [u8; 3]| i >= 2 && b[i - 2..=i] == c;
    // a dash marks a date where another follows or a year comes before it
    // ([`dash_marks_date`]): one with another after it is the first of two or more, so the
    // dashes are counted as the pass meets them, and the rest after the first is not searched
    // for a second one apart from the pass (a range in a sentence, `1-6期培训…`, was read to
    // its end twice)
    let mut dash_met = false;
    let mut dash = |start: usize| {
        let marks = dash_met || year_before(&s[..start]);
        dash_met = true;
        marks
    };
    for (i, &x) in b.iter().enumerate() {
        if !ENDS_DATE_MARK[usize::from(x)] {
            continue;
        }
        let mark = match x {
            b'.' | b'/' => true,
            // a date of dashes alone starts with its year (`2025-12`, `2025-12-31`); `12-31`
            // reads as a range of numbers, so a dash after fewer digits, and none after others,
            // marks no date unless another dash follows
            b'-' => dash(i),
            0x8d if three(i, [0xef, 0xbc, 0x8d]) => dash(i - 2),
            _ => {
                three(i, [0xe5, 0xb9, 0xb4])
                    || three(i, [0xe6, 0x9c, 0x88])
                    || three(i, [0xe5, 0xad, 0xa3])
                    || three(i, [0xef, 0xbc, 0x8e])
                    || three(i, [0xef, 0xbc, 0x8f])
            }
        };
        if mark {
            return true;
        }
    }
    false
}

/// The bytes [`has_date_mark`] stops at.
static ENDS_DATE_MARK: [bool; 256] = {
    let mut table = [false; 256];
    let ends = [b'.', b'/', b'-', 0xb4, 0x88, 0xa3, 0x8e, 0x8f, 0x8d];
    let mut k = 0;
    while k < ends.len() {
        table[ends[k] as usize] = true;
        k += 1;
    }
    table
};

/// Whether the dash (`-` or `－`) at `s[start..end]` marks a date: another dash follows, or a
/// year comes before it. (The reference of [`has_date_mark`]'s count of dashes.)
#[cfg(test)]
fn dash_marks_date(s: &str, start: usize, end: usize) -> bool {
    dash_in(&s.as_bytes()[end..]) || year_before(&s[..start])
}

/// Whether `b` (the bytes of a text from a character on) holds `-` or `－`, eight bytes at a
/// time: `contains` of two characters decodes every character (the rest of a sentence after
/// the dash of a range). `－` (EF BC 8D) is told by its last byte, the two before compared only
/// there.
#[cfg(test)]
fn dash_in(b: &[u8]) -> bool {
    b.contains(&b'-') || super::chars::holds_three(b, '－')
}

/// Whether `s` ends with four digits, spaces aside: the year of a date written with dashes.
fn year_before(s: &str) -> bool {
    let b = s.trim_end_matches(super::is_space).as_bytes();
    // four ASCII digits, or four full-width ones (three bytes each)
    let digits =
        |width: usize| b.len() >= 4 * width && (0..4).all(|k| digit_at(b, b.len() - width * (k + 1)).is_some_and(|(_, n)| n == width));
    digits(1) || digits(3)
}

/// The character next to position `at` (the first after when `after`, else the last before),
/// past spaces and one `-`: what a space between them separates. Only the ASCII dash: ` - ` with
/// spaces is how a range of decimals prints (`2023.07 - 2024.01`); any other dash or word with
/// spaces around it (`2023.07 至 2024.01`, `2024.01 ～ 2024.12`) is a period, as it is written
/// without them.
fn beside(chars: &[char], at: usize, after: bool) -> Option<&char> {
    let dash = |c: &char| *c == '-';
    let mut seen_dash = false;
    let mut k = at;
    loop {
        let c = if after { chars.get(k)? } else { chars.get(k.checked_sub(1)?)? };
        if super::is_space(*c) || (dash(c) && !seen_dash) {
            seen_dash |= dash(c);
            k = if after { k + 1 } else { k - 1 };
            continue;
        }
        return Some(c);
    }
}

/// Whether the run of digits and points ending before `i`, or starting at or after `j` (past
/// spaces and one `-`), has two points: `2023.7.1`.
fn date_of_three_parts(chars: &[char], i: usize, j: usize) -> bool {
    let (before, after) = points_beside(chars, i, j);
    before >= 2 || after >= 2
}

/// The points in the runs of digits and points ending before `i` and starting at or after `j`
/// (past spaces and one `-`).
fn points_beside(chars: &[char], i: usize, j: usize) -> (usize, usize) {
    let part = |c: &char| super::numeral::is_digit(*c) || matches!(c, '.' | '．');
    let points = |run: &mut dyn Iterator<Item = &char>| run.take_while(|c| part(c)).filter(|c| matches!(c, '.' | '．')).count();
    let skip = |c: &&char| super::is_space(**c) || **c == '-';
    (points(&mut chars[..i].iter().rev().skip_while(skip)), points(&mut chars[j..].iter().skip_while(skip)))
}

/// Whether a `-` stands among the spaces around `chars[i..j]`.
fn dash_beside(chars: &[char], i: usize, j: usize) -> bool {
    let gap = |c: &&char| super::is_space(**c) || **c == '-';
    chars[..i].iter().rev().take_while(gap).any(|c| *c == '-') || chars[j..].iter().take_while(gap).any(|c| *c == '-')
}

/// `s` without the spaces that do not stand between two digits (or two digits and a dash).
fn squeeze_spaces(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let digit = |c: Option<&char>| c.is_some_and(|c| super::numeral::is_digit(*c));
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if super::is_space(chars[i]) {
            let mut j = i;
            while j < chars.len() && super::is_space(chars[j]) {
                j += 1;
            }
            // kept between two digits, and between a decimal and a dash (`2023.07 - 2024.01` is
            // how a range of decimals prints, apart from the period `2023.07-2024.01`), unless a
            // number beside is a date of three parts (`2023.7.1 - 2023.12.31`), never a decimal;
            // whole numbers about a dash are months or years (`1 - 12 月`, `2020 - 2025 年`)
            let kept = digit(beside(&chars, i, false))
                && digit(beside(&chars, j, true))
                && !date_of_three_parts(&chars, i, j)
                && (!dash_beside(&chars, i, j) || points_beside(&chars, i, j) != (0, 0));
            if kept {
                out.extend(&chars[i..j]);
            }
            i = j;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

fn unspaced_deadline(s: &str, offset: usize) -> Option<Result<Deadline, ParseError>> {
    if !may_start_date(s) {
        return None;
    }
    let at_error = |e: ParseError| e.shifted(offset);
    // labels and 每年 start with none of the digits most dates start with
    let lead_digit = digit_at(s.as_bytes(), 0).is_some();
    let mut rest = if lead_digit { s } else { after_labels(s) };
    let every_year = match if lead_digit { None } else { rest.strip_prefix("每年") } {
        Some(r) => {
            rest = r;
            true
        }
        None => false,
    };
    let head = s.len() - rest.len();
    let first = match span(rest, None, false)? {
        Ok(span) => span,
        Err(e) => return Some(Err(at_error(e.shifted(head)))),
    };
    let mut pos = head + first.len;
    let mut start = first.start;
    let mut end = first.end;
    let mut is_period = start.is_some();
    if let Ok((r, ())) = range_separator(&s[pos..]) {
        // a date has no sign: `2020年1月--2020年11月` is one dash
        let r = r.trim_start_matches(['-', '－']);
        let at = s.len() - r.len();
        let month_day = first.style == Style::Numeric && first.end.day().is_some();
        if let Some(second) = span(r, year_of(&first.end), month_day) {
            let second = match second {
                Ok(span) if span.style == first.style => span,
                Ok(_) => return None,
                Err(e) => return Some(Err(at_error(e.shifted(at)))),
            };
            start = Some(first.start.or(first.begins).unwrap_or(first.end));
            end = second.end;
            pos = at + second.len;
            is_period = true;
        }
    }
    let tail = &s[pos..];
    // parts of a month: 上旬 ends on the 10th, 中旬 on the 20th, 下旬 and 底 at the month's end
    let (tail, part) = match tag(tail, &["上旬"]) {
        Some(r) => (r, Some(10)),
        None => match tag(tail, &["中旬"]) {
            Some(r) => (r, Some(20)),
            None => (tag(tail, &["下旬", "月底", "月末", "底", "末"]).unwrap_or(tail), None),
        },
    };
    if let Some(day) = part {
        if end.day().is_some() || end.month().is_none() {
            return None;
        }
        end = match make(year_of(&end), end.month().map(u32::from), Some(day)) {
            Ok(e) => e,
            Err(e) => return Some(Err(at_error(e.shifted(head)))),
        };
    }
    // before it, or within it (`2020-2025年期间`, `1-12月间`: the period itself)
    // (間 too: after a dotted date a value may not be folded, being read as a count of rooms)
    let tail = tag(tail, &["之前", "以前", "以内", "之内", "期间", "前", "内", "间", "間"]).unwrap_or(tail);
    // (a word of doing may say it was done: `2025年10月已完成`, as `已于2025年10月完成`)
    let done = tag(tail, &["已经", "已"]).filter(|r| tag(r, &DONE).is_some()).unwrap_or(tail);
    let tail = tag(done, &["前完成"]).or_else(|| tag(done, &DONE)).unwrap_or(tail);
    if !tail.is_empty() {
        return None;
    }
    let made = if every_year {
        if is_period {
            return None;
        }
        Deadline::every_year(end)
    } else if let (true, Some(st)) = (is_period, start) {
        Deadline::period(st, end)
    } else {
        Ok(Deadline::by(end))
    };
    Some(made.map_err(|e| at_error(e.shifted(head))))
}

/// Reads when an actual was done, filling the whole of `s`: a date (`2024年11月`, `7月`,
/// `2025.6.30`; a year alone names no month: `2022年`, `当年完成`), or a period it was done in
/// (`2021.1.1-12.31`, `2022年第三季度`, `下半年`, `2022年7月-9月`, and the parts of a month
/// `10月上旬`, `中旬`, `下旬`: days 1–10, 11–20, 21 to the end), as a deadline of that span.
pub(crate) fn actual_when(s: &str) -> Option<Deadline> {
    let d = match deadline(s, 0) {
        Some(Ok(d)) if !d.is_every_year() => d,
        _ => return None,
    };
    // the words, spaces aside (`10月中旬 完成`, `2022 年`): copied only where there are spaces
    let squeezed;
    let s = if s.contains(super::is_space) {
        squeezed = crate::text::without_spaces(s);
        squeezed.as_str()
    } else {
        s
    };
    // (a year alone reads as a period too when written 2022年度: the whole of it)
    if d.end().month() == Some(12) && d.end().day().is_none() && is_year_alone(s) {
        return Some(Deadline::by(d.end().whole_year()));
    }
    // the words after the span, the word of doing aside (the deadline rules' own: `完成`, `完工`,
    // and `已完成`)
    let tail = DONE.iter().find_map(|w| s.strip_suffix(w)).unwrap_or(s);
    let tail = ["已经", "已"].iter().find_map(|w| tail.strip_suffix(w)).unwrap_or(tail);
    // done before a date or span (`12月31日前`, `第三季度前`): some time from the start of its year
    // up to it
    if ["前", "之前", "以前"].iter().any(|w| tail.ends_with(w)) {
        return Deadline::period(d.end().january(), d.end()).ok().or(Some(d));
    }
    if d.start().is_some() {
        return Some(d);
    }
    // a part of a month ends on its last day (上旬 the 10th, 中旬 the 20th, 下旬 the month's end)
    // and starts on its first
    match [("上旬", 1), ("中旬", 11), ("下旬", 21)].iter().find(|(w, _)| tail.ends_with(w)) {
        Some(&(_, day)) => Deadline::period(d.end().on_day(day), d.end()).ok(),
        None => Some(d),
    }
}

/// Words of doing after a date (`完成`, `完工`, `到位`): the deadline rules read them after a date
/// (and 前完成 before them), the actual rules before a part of a month or 前.
pub(super) const DONE: [&str; 9] = ["完成验收", "完成", "完工", "结束", "到位", "办结", "实施完毕", "验收", "止"];

/// Whether `s` (without spaces) names a year alone, in any of the ways a date is written: four
/// digits and 年 or 年度, or the project's year (当年, 本年度, 今年, 年内), after a label (`完成时间：`,
/// `于`) and before a word of doing or within (`完成`, `内`, `全年`): `2022年`, `于2022年完成`,
/// `2022年度内`, `当年完成`. Not a part of the year (`2022年底`, `年底前`).
fn is_year_alone(s: &str) -> bool {
    let mut s = after_labels(s);
    for word in ["完成", "实施", "全年", "以内", "之内", "期间", "内", "度"] {
        s = s.strip_suffix(word).unwrap_or(s);
    }
    if s == "年" || THIS_YEAR.contains(&s) || NEXT_YEAR.contains(&s) {
        return true;
    }
    let Some(year) = s.strip_suffix('年') else { return false };
    small_number_whole(year).is_some_and(|n| (1000..=9999).contains(&n))
}

/// The whole of `s` as a number of [`small_number`], when it is one.
fn small_number_whole(s: &str) -> Option<u32> {
    small_number(s).filter(|&(_, n)| n == s.len()).map(|(v, _)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every first character [`may_start_date`] takes is one [`may_start_any_date`] takes: the
    /// words of [`DATE_STARTS`] start with Chinese characters, and a value that starts otherwise
    /// reads as no date with its mark (`≤2025.12`).
    #[test]
    fn dates_start_where_deadline_looks() {
        for c in DATE_STARTS {
            assert!(may_start_any_date(&c.to_string()), "{c}");
        }
        for s in ["≤2025.12", "%2025年", "(2025.12)", "≥12月底前"] {
            assert!(!may_start_any_date(s) && deadline(s, 0).is_none(), "{s}");
        }
    }

    /// The byte scan of [`has_date_mark`] finds what a scan of the characters finds, on text made
    /// of the marks, digits, spaces and Chinese characters whose last byte is a mark's.
    #[test]
    fn date_marks_by_bytes_are_marks_by_characters() {
        let by_chars = |s: &str| {
            s.char_indices().any(|(i, c)| match c {
                '.' | '/' | '．' | '／' | '年' | '月' | '季' => true,
                '-' | '－' => dash_marks_date(s, i, i + c.len_utf8()),
                _ => false,
            })
        };
        // every Chinese character that ends with a byte of the table, and others
        let mut pool: Vec<char> =
            ('\u{4e00}'..='\u{9fff}').filter(|c| ENDS_DATE_MARK[usize::from(c.to_string().as_bytes()[2])]).step_by(7).collect();
        pool.extend(['年', '月', '季', '．', '／', '－', '-', '.', '/', '1', '2', '0', '２', '期', '　', ' ', 'a', '¬', '𠀀']);
        let mut seed = 7u64;
        let mut checked = 0;
        for len in 0..9 {
            for _ in 0..2000 {
                let s: String = (0..len)
                    .map(|_| {
                        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                        pool[(seed >> 33) as usize % pool.len()]
                    })
                    .collect();
                assert_eq!(has_date_mark(&s), by_chars(&s), "{s:?}");
                checked += 1;
            }
        }
        for s in [
            "1-6期培训结束后及时考核",
            "1-6-",
            "1-2025-",
            "2025-1-",
            "2025－1",
            "1－6期－",
            "1 -2",
            "2025 -",
            "2025-",
            "2025-12",
            "12-31",
            "2025 - 12",
            "１２－３１－",
            "二〇二五年",
            "一次性通过验收",
        ] {
            assert_eq!(has_date_mark(s), by_chars(s), "{s}");
        }
        assert!(checked > 10_000);
    }

    /// [`dash_in`] finds what `contains` of the two dashes finds, from every character on.
    #[test]
    fn dashes_by_bytes_are_dashes_by_characters() {
        let texts =
            ["", "-", "－", "1-6期培训结束后及时考核", "2025－12－31", "期－", "－期", "a\u{ff0d}b", "\u{ff8d}\u{fc8d}", "¬-", "𠀀－𠀀"];
        for s in texts.iter().map(|t| format!("{t}十二个字符以后的几个字{t}")).chain(texts.iter().map(|t| t.to_string())) {
            for (i, _) in s.char_indices() {
                assert_eq!(dash_in(&s.as_bytes()[i..]), s[i..].contains(['-', '－']), "{s:?} {i}");
            }
        }
    }

    #[test]
    fn digits_as_bytes_are_digits_as_chars() {
        for c in '\0'..=char::MAX {
            let s = format!("{c}年");
            assert_eq!(digit_at(s.as_bytes(), 0).map(|(d, _)| d), super::super::numeral::digit_value(c), "{c:?}");
        }
    }

    #[test]
    fn the_quick_start_test_admits_every_word_that_starts_a_deadline() {
        let words = ["每年", "当年", "次年", "下一年", "第二年", "上半年", "下半年", "第三季度", "一季度", "二季度", "三季度", "四季度"];
        for w in LABELS.iter().chain(&super::super::INTENT).chain(&words) {
            assert!(may_start_date(w), "{w}");
        }
        for s in ["明显提升", "不低于85%", "", "60%及以上", "1个月", "18岁", "2025"] {
            assert!(!may_start_date(s), "{s}");
        }
        // and every date the rules read starts so, whatever its dash
        for s in [
            "2025年底",
            "１２月底前",
            "12月31日",
            "2023.07-2024.01",
            "第三季度",
            "于2025年6月底前完成",
            "每年12月底前",
            "1—12月",
            "2020至2025年",
            "2020～2025年度",
        ] {
            assert!(matches!(deadline(s, 0), Some(Ok(_))), "{s}");
        }
    }

    /// The byte test of [`has_date_mark`] says what a test of characters says, for every one.
    #[test]
    fn date_marks_by_bytes_are_date_marks_by_characters() {
        for c in '\0'..=char::MAX {
            let expected = matches!(c, '年' | '月' | '季' | '.' | '．' | '/' | '／');
            assert_eq!(has_date_mark(&format!("明{c}显")), expected, "{c:?}");
            assert_eq!(has_date_mark(&format!("{c}")), expected, "{c:?}");
            assert!(has_date_mark(&format!("-{c}-")), "{c:?}");
            assert_eq!(has_date_mark(&format!("1-{c}")), expected || c == '-' || c == '－', "{c:?}");
            assert_eq!(has_date_mark(&format!("1－{c}")), expected || c == '-' || c == '－', "{c:?}");
            assert!(has_date_mark(&format!("{c}2025-")), "{c:?}");
        }
    }

    fn read(s: &str) -> String {
        match deadline(s, 0) {
            Some(Ok(d)) => d.to_string(),
            Some(Err(e)) => format!("error {:?} at {}", e.kind(), e.offset()),
            None => "none".to_string(),
        }
    }

    #[test]
    fn forms() {
        for (input, expected) in [
            ("12月底前", "12月底前"),
            ("2025年6月30日前", "2025年6月30日前"),
            ("2023年底", "2023年12月底前"),
            ("2021年1月-12月", "2021年1月-2021年12月"),
            ("2023.07-2024.01", "2023年7月-2024年1月"),
            ("2021.1.1-12.31", "2021年1月1日-2021年12月31日"),
            ("2025年第三季度", "2025年7月-2025年9月"),
            ("2025年上半年", "2025年1月-2025年6月"),
            ("2025年度", "2025年1月-2025年12月"),
            ("12月份前", "12月底前"),
            ("2025年底以内", "2025年12月底前"),
            ("2025年年底前", "2025年12月底前"),
            ("四季度", "10月-12月"),
            ("1-12月", "1月-12月"),
            ("2025年1-12月", "2025年1月-2025年12月"),
            ("6月", "6月底前"),
            ("12月31日", "12月31日前"),
            ("2025-12-31", "2025年12月31日前"),
            ("2025/12/31", "2025年12月31日前"),
            ("2025.12.31", "2025年12月31日前"),
            ("次年3月", "次年3月底前"),
            ("当年12月底前", "当年12月底前"),
            ("6月上旬", "6月10日前"),
            ("12月中旬前", "12月20日前"),
            ("每年12月底前", "每年12月底前"),
            ("完成时间为2025年12月30日", "2025年12月30日前"),
            ("完成时限：6月底前", "6月底前"),
            ("于2025年6月底前完成", "2025年6月底前"),
            ("2025年7月-2025年9月", "2025年7月-2025年9月"),
            ("13月", "error InvalidDate at 0"),
            ("2月30日", "error InvalidDate at 0"),
            ("2024年12月-2024年1月", "error RangeReversed at 0"),
            ("2023.13", "none"),
            ("2025-12", "2025年12月底前"),
            ("2020-2025", "none"),
            ("12-31", "none"),
            ("98.5", "none"),
            ("2025", "none"),
        ] {
            assert_eq!(read(input), expected, "{input}");
        }
    }

    #[test]
    fn a_full_width_point_is_three_bytes() {
        assert_eq!(read("2021．1．1"), "2021年1月1日前");
    }
}
