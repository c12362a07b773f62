//! The grammar of values as tables write them, shared by [`crate::Threshold`] (指标值),
//! [`crate::Actual`] (完成值), [`crate::Quantity`], [`crate::Unit`] and [`crate::Comparator`].
//!
//! ```text
//! value      = split | deadline | numeric | qualitative
//! split      = cell "|" cell "|" cell               指标性质 | 指标值 | 度量单位
//! numeric    = [label] [comparator | about] quantity [range-tail] [suffix]
//! label      = words [为|是|在] | words "："        满意度, 完成率为, 达标率 (before ≥), 完成值：
//! comparator = symbol{1,2} | word                   ≥ ≧ ⩾ >= ＞＝ … | 不低于 至少 控制在 逾 …
//! about      = 约 | 大约 | 近 | 将近 | 接近 …
//! quantity   = number [magnitude] [余|多] [magnitude] [unit]   2万人, 30余万元, 百分之九十五, 九成
//!            | place-or-magnitude (余|多) [unit]    千余人, 万多元 (and 近万人, 逾千人 after a word)
//!            | (百|千) [万|亿] known [suffix]        千人, 百万元以上 (alone or after a comparator)
//! unit       = known [("/"|"每") known [("*"|"·"|".") known]] | known "/" word | word
//!                                                   元/人, 元每平方米, 元/(人·月), 元/村, 课时
//! range-tail = ("-" | "—" | "～" | "至" | …) quantity
//! suffix     = 以上 | 及以上 | 及其以上 | 以下 | 及以下 | 及其以下 | 或以上 | 或以下 | 以内 | 之内 | 内
//! deadline   = [于|截至] date [sep date] [底|末] [前|之前|以前] [完成|完工|…]
//!                                                   12月31日前, 12月31前, 三季度末, 前三季度
//! ```
//!
//! A value that fails the numeric grammar is qualitative unless it looks numeric (it has a
//! digit or starts with a comparator symbol, and no run of ordinary Chinese text): then the
//! error is returned with its position.
//!
//! The grammar depends only on the leaf data types (quantities, units, dates, comparators); the
//! types that read text call it, and it calls none of them back. It reads what it is given
//! and returns a [`Value`] that borrows from it; the types own what they keep.

mod chars;
mod comparator;
mod dashes;
pub(crate) mod date;
mod digit_period;
mod fast;
mod first;
mod looks;
mod month_deadline;
pub(crate) mod numeral;
mod per_word_prefix;
mod quantity;
mod relative;
mod slash_word;
mod traditional;
mod value;
mod wrapped;

pub(crate) use dashes::holds_bytes as holds_dash_bytes;
pub(crate) use fast::Split;
pub(crate) use traditional::{fold as fold_traditional, holds as holds_traditional, holds_bytes as holds_traditional_bytes};
pub(crate) use value::{may_fold_to_other, Folds, Plain};
pub(crate) use wrapped::may_open as may_open_bracket;

use nom::IResult;
use rust_decimal::Decimal;

use crate::comparator::Comparator;
use crate::date::Deadline;
use crate::error::{ParseError, ParseErrorKind as K};
use crate::quantity::{Magnitude, Quantity};
use crate::text::{is_no_value_mark, trim_value};
use crate::unit::Unit;

type NomResult<'a, T> = IResult<&'a str, T, ()>;

/// What a value reads as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Value<'a> {
    /// A comparison (a bare value is `=`), possibly approximate or with a note after it.
    Compare { op: Comparator, quantity: Quantity, approximate: bool, note: Option<&'a str> },
    /// A range, both ends in one magnitude and unit.
    Range { low: Decimal, high: Decimal, magnitude: Magnitude, unit: Unit },
    /// A deadline or period.
    Deadline(Deadline),
    /// A target against a baseline the table does not state (`较上年增长5%`).
    Relative(crate::threshold::Relative),
    /// Qualitative text (trimmed).
    Text(&'a str),
    /// Text that holds numbers none of the rules read (`完成3个项目的建设`).
    Unread(&'a str),
}

/// Words of intent before a target (确保 ensure, 力争 strive to, 争取, 保证, 力求, 努力): they say
/// how firmly it is meant, not what it is, and are read past before a value or a deadline
/// (`确保95%以上` is `≥95%`, `力争2025年底前完成` a deadline, `满意度确保95%以上` `≥95%`).
pub(crate) const INTENT: [&str; 6] = ["确保", "力争", "争取", "保证", "力求", "努力"];

/// The rest of `s` after the first of `words` it starts with. The last byte of each word is
/// compared before the word: most text starts with none of them, and one byte is cheaper than
/// the slice comparison (a call) that `strip_prefix` makes.
#[inline(always)]
pub(crate) fn strip_any<'a>(s: &'a str, words: &[&str]) -> Option<&'a str> {
    let b = s.as_bytes();
    words.iter().find_map(|w| {
        let n = w.len();
        let maybe = n > 0 && b.len() >= n && b[n - 1] == w.as_bytes()[n - 1];
        if maybe {
            s.strip_prefix(w)
        } else {
            None
        }
    })
}

fn err(kind: K, offset: usize) -> ParseError {
    ParseError::new(kind, offset)
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}' || c == '\t' || c == '\u{a0}'
}

#[inline]
fn skip_spaces(s: &str, pos: usize) -> usize {
    // every space of `is_space` starts with one of these bytes (` `, `\t`, U+00A0 from C2,
    // U+3000 from E3): most positions hold none, and are answered without decoding
    match s.as_bytes().get(pos) {
        Some(b' ' | b'\t' | 0xc2 | 0xe3) => pos + (s[pos..].len() - s[pos..].trim_start_matches(is_space).len()),
        _ => pos,
    }
}

/// A 指标值 of the commonest shape (`≥95%`, `100%`, `381.00万元`), `trimmed` as [`trim_value`]
/// trims it, read in one pass: its comparator (`=` when none is written) and quantity; `None`
/// leaves it to [`split`], [`suffixed`] and [`value_trimmed`].
#[inline(always)]
pub(crate) fn common_compare(trimmed: &str) -> Option<(Comparator, Quantity)> {
    fast::common(trimmed).map(|(op, q)| (op.unwrap_or(Comparator::Eq), q))
}

/// A deadline of the commonest shape (`2023年12月前`, `11月前`), read without the full grammar;
/// `None` leaves `trimmed` to it.
#[inline]
pub(crate) fn month_deadline(trimmed: &str) -> Option<Deadline> {
    month_deadline::month_deadline(trimmed)
}

/// Whether `s` is a period of two compact dates (`202001-202012`), which a range of the same two
/// numbers must not print as.
pub(crate) fn is_compact_period(s: &str) -> bool {
    digit_period::compact_period(s).is_some()
}

/// A period of the commonest shape, in ASCII digits (`2021年1月-12月`, `2023.07-2024.01`,
/// `2021.1.1-12.31`), read without the full grammar; `None` leaves `trimmed` to it.
#[inline]
pub(crate) fn digit_period(trimmed: &str) -> Option<Deadline> {
    digit_period::digit_period(trimmed)
}

/// Whether `trimmed` is ordinary text, read as it is (`明显提升`): what [`value_trimmed`]
/// would conclude after trying the split form and the first test of the full grammar; if not,
/// whether it holds a number, for [`value_trimmed`].
#[inline]
pub(crate) fn plain_text(trimmed: &str) -> Plain {
    value::plain_text(trimmed)
}

/// A range of the commonest shape (`18—54周岁`, `1-3天`), read without the full grammar:
/// its ends and unit; `None` leaves `trimmed` to it.
#[inline]
pub(crate) fn common_range(trimmed: &str) -> Option<(Decimal, Decimal, Unit)> {
    fast::range(trimmed)
}

/// `trimmed` read as a value split into columns (`指标性质|指标值|度量单位`), whose first pipe
/// is at byte `first` (where [`plain_text`] stopped): a comparison whose cells have the common
/// shape (`≧|735|人次`), ordinary text in the value cell (`|有效|`), left to [`value_trimmed`],
/// or not split.
#[inline]
pub(crate) fn split(trimmed: &str, first: usize) -> Split<'_> {
    fast::split(trimmed, first)
}

/// [`split`] of a value whose scan stopped at a digit at byte `from`, before any pipe.
#[inline]
pub(crate) fn split_after_digit(trimmed: &str, from: usize) -> Split<'_> {
    // (most values with a digit hold no pipe: a look at the bytes eight at a time turns them
    // away)
    let rest = trimmed.as_bytes().get(from..).unwrap_or_default();
    if !value::holds_pipe(rest) {
        return Split::Not;
    }
    match rest.iter().position(|&c| c == b'|') {
        Some(i) => fast::split(trimmed, from + i),
        None => Split::Not,
    }
}

/// A value of the common shape with a suffix that ends it (`95%及以上`): its comparator and
/// quantity; `None` leaves it to the other rules.
#[inline]
pub(crate) fn suffixed(trimmed: &str) -> Option<(Comparator, Quantity)> {
    fast::suffixed(trimmed)
}

/// Parses a 指标值 that the shortcuts did not read: `input` trimmed to `s` by [`trim_value`], `s`
/// starting at byte `start`, `split` whether [`split`] found columns (the caller trims and
/// looks once for both), `numbers` as [`plain_text`] found (`None`: not looked at).
// (inlined into its caller always: the test of [`unwrapped`] made the compiler leave it out of
// line, and the call cost the values read here some three hundred instructions a pass)
#[inline(always)]
pub(crate) fn value_trimmed<'a>(
    input: &str,
    s: &'a str,
    start: usize,
    split: bool,
    numbers: Option<bool>,
) -> Result<Value<'a>, ParseError> {
    if s.is_empty() || is_no_value_mark(s) {
        return Err(err(K::Empty, start).located(input));
    }
    let parsed = if split { value::split(s, start) } else { value::full_scanned(s, start, numbers).map(|n| n.value) };
    unwrapped(s, start, parsed).map_err(|e| e.located(input))
}

/// `parsed`, or the value inside brackets that wrap the whole of `s` (`（≥95%）`,
/// `【2025年12月底前】`), where `s` read as no value and the inside reads as one
/// ([`value::in_brackets`]).
#[inline(always)]
fn unwrapped<'a>(s: &'a str, offset: usize, parsed: Result<Value<'a>, ParseError>) -> Result<Value<'a>, ParseError> {
    // (by the first byte: most values start with no bracket, and pay no more than this test)
    if wrapped::may_open(s) {
        return unwrapped_cold(s, offset, parsed);
    }
    parsed
}

/// [`unwrapped`] of a value that may start with a bracket. Out of line: few values do.
#[cold]
#[inline(never)]
fn unwrapped_cold<'a>(s: &'a str, offset: usize, parsed: Result<Value<'a>, ParseError>) -> Result<Value<'a>, ParseError> {
    if matches!(parsed, Err(_) | Ok(Value::Text(_) | Value::Unread(_))) {
        if let Some(n) = value::in_brackets(s, offset) {
            return Ok(n.value);
        }
    }
    parsed
}

/// Parses a trimmed value written as an actual (完成值): the same grammar without the split
/// form. Offsets count from `offset` into `input`.
pub(crate) fn actual_value<'a>(s: &'a str, offset: usize, input: &str) -> Result<Value<'a>, ParseError> {
    unwrapped(s, offset, value::single(s, offset).map(|n| n.value)).map_err(|e| e.located(input))
}

/// A magnitude and unit written alone (`万元`, `人`, `%`, `元/人`), as a 度量单位 column is read.
pub(crate) fn magnitude_and_unit(s: &str) -> Option<(Magnitude, Unit)> {
    value::unit_column(s.trim(), 0).ok().flatten()
}

/// Whether a comparator or a comparing suffix stands anywhere in `s` (`增长5%以下`, `增长≥5%`,
/// `提高不少于2个百分点`): every spelling the value grammar reads.
pub(crate) fn states_a_bound(s: &str) -> bool {
    s.char_indices().any(|(i, _)| comparator::comparator(&s[i..]).is_ok() || comparator::suffix(&s[i..]).is_ok())
}

/// `s` without a comparator in front (`≥`, `≧`, `不低于`, `达到`) and a suffix after (`以上`,
/// `及以上`), as the value grammar reads them: the word between, and the two comparators. For
/// targets in words (`不低于良好`, `良好及以上`).
pub(crate) fn word_between_comparators(s: &str) -> (&str, Option<Comparator>, Option<Comparator>) {
    let s = s.trim_matches(is_space);
    let (s, before) = match comparator::comparator(s) {
        Ok((rest, op)) => (rest.trim_start_matches(is_space), Some(op)),
        Err(_) => (s, None),
    };
    // the suffix is at the end: the longest one (`及以上` before `以上`), from the left
    for (at, c) in s.char_indices().skip(1) {
        // the first characters of the suffixes (what `suffix` would look for first; a bracket
        // for a suffix in brackets: `良好（以上）`)
        if !matches!(c, '及' | '以' | '或' | '之' | '内' | '(' | '（') {
            continue;
        }
        if let Ok((rest, op)) = comparator::suffix(&s[at..]) {
            if rest.trim_matches(is_space).is_empty() {
                return (s[..at].trim_end_matches(is_space), before, Some(op));
            }
        }
    }
    (s, before, None)
}

/// When an actual was done: a date (`2024年11月`, `7月`, `2022年`), or the period it was done in
/// (`2021.1.1-12.31`, `第三季度`, `10月中旬`), as a deadline of that span.
pub(crate) fn actual_when(s: &str) -> Option<Deadline> {
    date::actual_when(s)
}

/// Whether the date rules read `s`, as a date or as a date they refuse (`8000年`: no table's
/// year): a number printed so would not read back as the number.
pub(crate) fn read_by_dates(s: &str) -> bool {
    date::deadline(s, 0).is_some()
}

/// Parses the whole of `input` as a quantity (no comparator).
pub(crate) fn quantity_whole(input: &str) -> Result<Quantity, ParseError> {
    let (s, start) = trim_value(input);
    if s.is_empty() {
        return Err(err(K::Empty, start).located(input));
    }
    let w = quantity::quantity(s, start).map_err(|e| e.located(input))?;
    if w.len != s.len() {
        return Err(err(K::ExpectedUnitOrEnd, start + w.len).located(input));
    }
    Ok(w.quantity)
}

/// Parses the whole of `input` as a unit: what would follow a number and read back the same.
pub(crate) fn unit_whole(input: &str) -> Result<Unit, ParseError> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(Unit::None);
    }
    let start = input.len() - input.trim_start().len();
    let bad = || err(K::InvalidUnit, start).located(input);
    // a unit is what follows a number: read it there, so that it prints back the same
    let (magnitude, m) = numeral::magnitude(s);
    if m > 0 {
        return Err(bad());
    }
    // a scale a share is per, as printed (`/10万`), which the grammar reads after a number only
    if let Some(&u) = crate::unit::KnownUnit::ALL.iter().find(|u| u.is_scale() && u.as_str() == s) {
        return Ok(Unit::Known(u));
    }
    match quantity::unit(s, start) {
        Ok((read, n)) if n == s.len() => Ok(quantity::owned_unit(s, read, n)),
        _ => Err(bad()),
    }
    .and_then(|u| if magnitude == Magnitude::One { Ok(u) } else { Err(bad()) })
}

/// Parses the whole of `input` as one comparator, symbol or word.
pub(crate) fn comparator_whole(input: &str) -> Result<Comparator, ParseError> {
    let (s, start) = trim_value(input);
    if s.is_empty() {
        return Err(err(K::Empty, start).located(input));
    }
    match comparator::comparator(s) {
        Ok(("", c)) => Ok(c),
        Ok((rest, _)) => Err(err(K::TrailingText, start + s.len() - rest.len()).located(input)),
        Err(_) => Err(err(K::BadComparatorColumn, start).located(input)),
    }
}

/// The target values (指标值, the `target` column) of the crate's real rows, for the tests of
/// the rules.
#[cfg(test)]
pub(crate) fn real_targets() -> impl Iterator<Item = &'static str> {
    include_str!("../../data/real-values.tsv").lines().skip(1).filter_map(|row| row.split('\t').nth(4))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparator_forms() {
        for (s, c) in [
            ("≥", Comparator::Ge),
            ("≧", Comparator::Ge),
            ("⩾", Comparator::Ge),
            (">=", Comparator::Ge),
            ("＞＝", Comparator::Ge),
            ("≥≥", Comparator::Ge),
            ("不低于", Comparator::Ge),
            ("≤", Comparator::Le),
            ("≦", Comparator::Le),
            ("⩽", Comparator::Le),
            ("<=", Comparator::Le),
            ("＜＝", Comparator::Le),
            ("不超过", Comparator::Le),
            (">", Comparator::Gt),
            ("＞", Comparator::Gt),
            ("超过", Comparator::Gt),
            ("<", Comparator::Lt),
            ("＜", Comparator::Lt),
            ("不满", Comparator::Lt),
            ("=", Comparator::Eq),
            ("＝", Comparator::Eq),
            ("﹦", Comparator::Eq),
            ("═", Comparator::Eq),
            ("等于", Comparator::Eq),
            ("大于等于", Comparator::Ge),
            ("小于等于", Comparator::Le),
        ] {
            assert_eq!(comparator::comparator(s), Ok(("", c)), "{s}");
        }
    }

    #[test]
    fn full_width_points_in_dates() {
        // the third part of a dotted date after a three-byte `．` (found by fuzzing: a panic)
        for s in ["1886.988．8", "2021.1．1", "2021．1．1-2021．12．31"] {
            let _ = crate::Threshold::parse(s);
            let _ = actual_when(s);
        }
        assert!(matches!(crate::Threshold::parse("2021．1．1-2021．12．31"), Ok(crate::Threshold::Deadline(_))));
    }

    #[test]
    fn comparators_start_where_may_start_says() {
        for c in '\0'..=char::MAX {
            if !comparator::may_start(c) {
                for tail in ["", "=", "于", "于5", "5", "或等于"] {
                    assert!(comparator::comparator(&format!("{c}{tail}")).is_err(), "{c:?}{tail}");
                }
            }
        }
    }

    #[test]
    fn symbols_start_where_symbol_once_looks() {
        for c in '\0'..=char::MAX {
            let s = format!("{c}");
            let bytes = s.as_bytes();
            if !matches!(bytes[0], b'<' | b'=' | b'>' | 0xe2 | 0xef) {
                // what the match below the quick reject would say
                assert!(
                    !matches!(
                        c,
                        '≥' | '≧'
                            | '⩾'
                            | '≮'
                            | '≤'
                            | '≦'
                            | '⩽'
                            | '≯'
                            | '>'
                            | '＞'
                            | '﹥'
                            | '<'
                            | '＜'
                            | '﹤'
                            | '='
                            | '＝'
                            | '﹦'
                            | '═'
                    ),
                    "{c:?}"
                );
            }
        }
    }
}
