//! The grammar of 指标值 (target values), written with nom 8.
//!
//! ```text
//! value      = split | deadline | numeric | qualitative
//! split      = cell "|" cell "|" cell               指标性质 | 指标值 | 度量单位
//! numeric    = [comparator] quantity [range-tail] [suffix]
//! comparator = symbol{1,2} | word                   ≥ ≧ ⩾ >= ＞＝ … | 不低于 至少 控制在 …
//! quantity   = number [magnitude] [unit]            2万人, 百分之九十五, 九成, 381.00万元
//! range-tail = ("-" | "—" | "～" | "至" | …) quantity
//! suffix     = 以上 | 及以上 | 以下 | 及以下 | 以内 | 之内 | 内
//! deadline   = [于|截至] date [sep date] [底|末] [前|之前|以前] [完成|完工|…]
//! ```
//!
//! A value that fails the numeric grammar is qualitative unless it looks numeric (it has a
//! digit or starts with a comparator symbol, and no run of ordinary Chinese text): then the
//! error is returned with its byte offset.

use nom::branch::alt;
use nom::{IResult, Parser};
use rust_decimal::Decimal;

use super::{Comparator, Qualitative, Range, Threshold};

use crate::error::{ParseError, ParseErrorKind as K};
use crate::numeral;
use crate::quantity::{Magnitude, Quantity};
use crate::unit::{KnownUnit, Unit};

mod deadline;
mod fast;
mod text;

pub(crate) use deadline::actual_date;
use deadline::deadline;
use text::{has_digit, looks_numeric, may_start_numeric};

type NomResult<'a, T> = IResult<&'a str, T, ()>;

fn err(kind: K, offset: usize) -> ParseError {
    ParseError::new(kind, offset)
}

/// Whitespace of all widths, and the quotes and punctuation that cling to cells.
#[inline]
fn is_trim_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '“' | '”' | '"' | '‘' | '’' | '\'' | '「' | '」' | '。' | '；' | ';' | '\u{feff}')
}

/// Whether `s` may start with a character [`is_trim_char`] accepts, from its first two bytes:
/// every such character is ASCII whitespace or a quote, or starts with `C2`, `E1`, `E2 80`,
/// `E2 81`, `E3 80`, `EF BB` or `EF BC` (most values start with a digit, `≥` or a Chinese
/// character, and skip the decoding).
fn starts_with_trim_char(s: &str) -> bool {
    let b = s.as_bytes();
    match b.first() {
        None => false,
        Some(&c) if c < 0x80 => is_trim_char(char::from(c)),
        Some(0xc2 | 0xe1) => true,
        Some(0xe2) => matches!(b.get(1), Some(0x80 | 0x81)),
        Some(0xe3) => b.get(1) == Some(&0x80),
        Some(0xef) => matches!(b.get(1), Some(0xbb | 0xbc)),
        Some(_) => false,
    }
}

/// Trims `s`; returns the trimmed text and its byte offset in `s`.
pub(crate) fn trim(s: &str) -> (&str, usize) {
    if !starts_with_trim_char(s) && !s.chars().next_back().is_some_and(is_trim_char) {
        return (s, 0);
    }
    let start = s.len() - s.trim_start_matches(is_trim_char).len();
    let t = s[start..].trim_end_matches(is_trim_char);
    (t, start)
}

/// Placeholders that mean "no value".
fn is_placeholder(s: &str) -> bool {
    // every placeholder starts with `/`, `-`, `\\` or a character encoded from 0xE2 or 0xEF
    matches!(s.as_bytes().first(), Some(b'/' | b'-' | b'\\' | 0xe2 | 0xef))
        && matches!(s, "/" | "／" | "-" | "—" | "——" | "--" | "–" | "－" | "\\" | "…" | "……")
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}' || c == '\t' || c == '\u{a0}'
}

fn skip_spaces(s: &str, pos: usize) -> usize {
    pos + (s[pos..].len() - s[pos..].trim_start_matches(is_space).len())
}

// ---------------------------------------------------------------------------------------------
// Comparators
// ---------------------------------------------------------------------------------------------

/// The first entry of `table` that `s` starts with: its value and the rest of `s`. Tables list
/// the longer of two words sharing a prefix first.
fn first_of<'a, T: Copy>(s: &'a str, table: &[(&str, T)]) -> NomResult<'a, T> {
    for &(w, v) in table {
        if let Some(rest) = s.strip_prefix(w) {
            return Ok((rest, v));
        }
    }
    Err(nom::Err::Error(()))
}

fn symbol_once(s: &str) -> NomResult<'_, Comparator> {
    use Comparator::*;
    // every symbol starts with `<`, `=`, `>` or a character encoded from E2 or EF
    if !matches!(s.as_bytes().first(), Some(b'<' | b'=' | b'>' | 0xe2 | 0xef)) {
        return Err(nom::Err::Error(()));
    }
    let mut it = s.chars();
    let first = it.next().ok_or(nom::Err::Error(()))?;
    let second = it.next();
    // ≥ (>= ＞＝ => ≮), ≤ (<= ＜＝ =< ≯), >, <, = (== ＝ ﹦ ═)
    let (op, two) = match (first, second) {
        ('≥' | '≧' | '⩾' | '≮', _) => (Ge, false),
        ('≤' | '≦' | '⩽' | '≯', _) => (Le, false),
        ('>' | '＞', Some('=' | '＝')) => (Ge, true),
        ('<' | '＜', Some('=' | '＝')) => (Le, true),
        ('>' | '＞', _) => (Gt, false),
        ('<' | '＜', _) => (Lt, false),
        ('=', Some('>')) => (Ge, true),
        ('=', Some('<')) => (Le, true),
        ('=', Some('=')) => (Eq, true),
        ('=' | '＝' | '﹦' | '═', _) => (Eq, false),
        _ => return Err(nom::Err::Error(())),
    };
    let mut len = first.len_utf8();
    if two {
        len += second.map_or(0, char::len_utf8);
    }
    Ok((&s[len..], op))
}

/// A comparator symbol, possibly doubled by a typo (`≥≥98%`).
fn symbol(s: &str) -> NomResult<'_, Comparator> {
    let (mut rest, op) = symbol_once(s)?;
    while let Ok((r, again)) = symbol_once(rest) {
        if again != op {
            break;
        }
        rest = r;
    }
    Ok((rest, op))
}

fn word(s: &str) -> NomResult<'_, Comparator> {
    first_of(s, s.chars().next().map_or(&[], word_table))
}

/// The comparator words starting with `c`; within one character, longer words first (大于等于
/// before 大于).
fn word_table(c: char) -> &'static [(&'static str, Comparator)] {
    use Comparator::*;
    match c {
        '大' => &[("大于或等于", Ge), ("大于等于", Ge), ("大于", Gt)],
        '不' => &[
            ("不低于", Ge),
            ("不少于", Ge),
            ("不小于", Ge),
            ("不高于", Le),
            ("不超过", Le),
            ("不多于", Le),
            ("不大于", Le),
            ("不足", Lt),
            ("不满", Lt),
        ],
        '至' => &[("至少", Ge), ("至多", Le)],
        '达' => &[("达到", Ge)],
        '高' => &[("高于或等于", Ge), ("高于", Gt)],
        '小' => &[("小于或等于", Le), ("小于等于", Le), ("小于", Lt)],
        '控' => &[("控制在", Le)],
        '低' => &[("低于或等于", Le), ("低于", Lt)],
        '超' => &[("超过", Gt)],
        '多' => &[("多于", Gt)],
        '少' => &[("少于", Lt)],
        '等' => &[("等于", Eq)],
        _ => &[],
    }
}

/// A comparator written as a symbol or a word.
pub(crate) fn comparator(s: &str) -> NomResult<'_, Comparator> {
    alt((symbol, word)).parse_complete(s)
}

/// 以上 / 以下 / 以内 after a quantity (inclusive, 民法典 第一千二百五十九条).
fn suffix(s: &str) -> NomResult<'_, Comparator> {
    use Comparator::*;
    let table: &[(&str, Comparator)] = match s.chars().next() {
        Some('及') => &[("及以上", Ge), ("及以下", Le)],
        Some('以') => &[("以上", Ge), ("以下", Le), ("以内", Le)],
        Some('或') => &[("或以上", Ge), ("或以下", Le)],
        Some('之') => &[("之内", Le)],
        Some('内') => &[("内", Le)],
        _ => &[],
    };
    first_of(s, table)
}

fn range_separator(s: &str) -> NomResult<'_, ()> {
    let is_dash = |c: char| matches!(c, '-' | '—' | '–');
    let first = s.chars().next().ok_or(nom::Err::Error(()))?;
    if !(is_dash(first) || matches!(first, '－' | '～' | '~' | '〜' | '至' | '到')) {
        return Err(nom::Err::Error(()));
    }
    // a doubled dash (——) is one separator
    Ok((s[first.len_utf8()..].trim_start_matches(is_dash), ()))
}

fn starts_with_stop(s: &str) -> bool {
    s.is_empty() || range_separator(s).is_ok() || suffix(s).is_ok() || s.starts_with(is_space) || s.starts_with('|')
}

// ---------------------------------------------------------------------------------------------
// Quantities
// ---------------------------------------------------------------------------------------------

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
}

/// A unit at the start of `s` (after the magnitude). Known units first, a rate of two known
/// units, else a short run of letters kept as written. Returns the unit and bytes used; `None`
/// for a unit written otherwise (the bytes used are its text), so that nothing is allocated
/// for a unit a caller may refuse.
fn unit(s: &str, offset: usize) -> Result<(Option<Unit>, usize), ParseError> {
    if starts_with_stop(s) {
        return Ok((Some(Unit::None), 0));
    }
    if let Some((u, n)) = KnownUnit::parse_prefix(s) {
        let mut parsed = (Unit::Known(u), n);
        if let Some(rest) = s[n..].strip_prefix('/') {
            if let Some((d, m)) = KnownUnit::parse_prefix(rest) {
                parsed = (Unit::Per(u, d), n + 1 + m);
            }
        }
        if starts_with_stop(&s[parsed.1..]) {
            return Ok((Some(parsed.0), parsed.1));
        }
    }
    // a unit written otherwise: letters only, no digits, at most six characters
    let mut end = 0;
    let (mut cjk, mut latin, mut count) = (false, false, 0);
    for (i, c) in s.char_indices() {
        if starts_with_stop(&s[i..]) {
            break;
        }
        let ok = if is_cjk(c) {
            cjk = true;
            !matches!(c, '万' | '亿' | '萬' | '億')
        } else if c.is_ascii_alphabetic() {
            latin = true;
            true
        } else {
            matches!(c, '/' | '·' | '²' | '³' | '㎡' | '㎞' | '℃')
        };
        if !ok {
            return Err(err(K::ExpectedUnitOrEnd, offset));
        }
        end = i + c.len_utf8();
        count += 1;
    }
    if end == 0 || count > 6 || (cjk && latin) || s[..end].chars().all(|c| c == '/') {
        return Err(err(K::ExpectedUnitOrEnd, offset));
    }
    Ok((None, end))
}

/// How a quantity was written, for the range rules.
struct Written {
    quantity: Quantity,
    /// Bytes used.
    len: usize,
    /// The magnitude was written (not taken from the other end of a range).
    has_magnitude: bool,
}

/// A number with its magnitude and unit, at `s` (which is `offset` bytes into the value).
fn quantity(s: &str, offset: usize) -> Result<Written, ParseError> {
    // 百分之九十五, 九成: percentages in words
    if let Some((v, n)) = numeral::percent_words(s).map_err(|e| e.shifted(offset))? {
        return Ok(Written { quantity: Quantity::new(v, Unit::Known(KnownUnit::Percent)), len: n, has_magnitude: false });
    }
    if let Some((v, n)) = numeral::cheng(s) {
        return Ok(Written { quantity: Quantity::new(v, Unit::Known(KnownUnit::Percent)), len: n, has_magnitude: false });
    }
    let (negative, sign_len) = match s.chars().next() {
        Some('-') => (true, 1),
        Some('－') => (true, 3),
        Some('+') => (false, 1),
        _ => (false, 0),
    };
    let body = &s[sign_len..];
    if let Some((mut v, n)) = numeral::arabic(body).map_err(|e| e.shifted(offset + sign_len))? {
        if negative {
            v.set_sign_negative(true);
        }
        let mut pos = sign_len + n;
        let (magnitude, m) = numeral::magnitude(&s[pos..]);
        pos += m;
        check_range(v, magnitude, offset)?;
        let spaced = skip_spaces(s, pos);
        let (unit, u) = unit(&s[spaced..], offset + spaced)?;
        let unit = unit.unwrap_or_else(|| Unit::Other(s[spaced..spaced + u].into()));
        if u > 0 {
            pos = spaced + u;
        }
        return Ok(Written { quantity: Quantity { value: v, magnitude, unit }, len: pos, has_magnitude: m > 0 });
    }
    if sign_len == 0 {
        if let Some((v, magnitude, n)) = numeral::chinese(s) {
            // Chinese numerals take only known units, so that 一次性 stays text
            if let Ok((Some(unit), u)) = unit(&s[n..], offset + n) {
                check_range(v, magnitude, offset)?;
                return Ok(Written {
                    quantity: Quantity { value: v, magnitude, unit },
                    len: n + u,
                    has_magnitude: magnitude != Magnitude::One,
                });
            }
        }
    }
    Err(err(K::ExpectedNumber, offset))
}

/// The value times its magnitude must fit a [`Decimal`].
fn check_range(v: Decimal, m: Magnitude, offset: usize) -> Result<(), ParseError> {
    if m == Magnitude::One {
        return Ok(());
    }
    v.checked_mul(m.factor()).map(|_| ()).ok_or(err(K::NumberTooLarge, offset))
}

/// Parses a whole string as a plain quantity (no comparator).
pub(crate) fn quantity_only(input: &str) -> Result<Quantity, ParseError> {
    let (s, start) = trim(input);
    if s.is_empty() {
        return Err(err(K::Empty, start));
    }
    let w = quantity(s, start)?;
    if w.len != s.len() {
        return Err(err(K::ExpectedUnitOrEnd, start + w.len));
    }
    Ok(w.quantity)
}

// ---------------------------------------------------------------------------------------------
// Numeric values: comparisons and ranges
// ---------------------------------------------------------------------------------------------

/// A numeric value and whether its comparator was written.
struct Numeric {
    threshold: Threshold,
    explicit_op: bool,
}

fn numeric(s: &str, offset: usize) -> Result<Numeric, ParseError> {
    let mut pos = 0;
    let mut op = None;
    if let Ok((rest, c)) = comparator(s) {
        op = Some(c);
        pos = skip_spaces(s, s.len() - rest.len());
    }
    let low = quantity(&s[pos..], offset + pos)?;
    pos += low.len;
    pos = skip_spaces(s, pos);
    // a range
    if let Ok((rest, ())) = range_separator(&s[pos..]) {
        if op.is_some() {
            return Err(err(K::ComparatorOnRange, offset));
        }
        let at = skip_spaces(s, s.len() - rest.len());
        let high = quantity(&s[at..], offset + at)?;
        let end = skip_spaces(s, at + high.len);
        if end != s.len() {
            return Err(err(K::ExpectedUnitOrEnd, offset + end));
        }
        let range = make_range(low, high, offset)?;
        return Ok(Numeric { threshold: Threshold::Range(range), explicit_op: false });
    }
    // a suffix such as 以上
    if let Ok((rest, suffix_op)) = suffix(&s[pos..]) {
        // a prefix and suffix that point the same way keep the prefix (超过5人以上 is > 5)
        let same_way = |o: Comparator| {
            matches!((o, suffix_op), (Comparator::Ge | Comparator::Gt, Comparator::Ge) | (Comparator::Le | Comparator::Lt, Comparator::Le))
        };
        match op {
            Some(o) if same_way(o) => {}
            Some(_) => return Err(err(K::ConflictingComparators, offset + pos)),
            None => op = Some(suffix_op),
        }
        pos = skip_spaces(s, s.len() - rest.len());
    }
    if pos != s.len() {
        let kind = if low.quantity.unit.is_none() { K::ExpectedUnitOrEnd } else { K::TrailingText };
        return Err(err(kind, offset + pos));
    }
    Ok(Numeric { threshold: Threshold::Compare { op: op.unwrap_or(Comparator::Eq), quantity: low.quantity }, explicit_op: op.is_some() })
}

fn make_range(low: Written, high: Written, offset: usize) -> Result<Range, ParseError> {
    let Written { quantity: h, .. } = high;
    let l = low.quantity;
    if !l.unit.is_none() && l.unit != h.unit {
        return Err(err(K::RangeUnitMismatch, offset));
    }
    // the low end takes the high end's magnitude unless it wrote its own (1-3万 is 1万-3万);
    // a low end that would then exceed the high end is read as written (5000-2万)
    let factor = h.magnitude.factor();
    let low_value = if low.has_magnitude || l.magnitude != Magnitude::One {
        l.normalized().checked_div(factor)
    } else if l.value.checked_mul(factor).is_some_and(|v| v <= h.normalized()) {
        Some(l.value)
    } else {
        l.value.checked_div(factor)
    };
    let low_value = low_value.ok_or(err(K::NumberTooLarge, offset))?;
    if low_value > h.value {
        return Err(err(K::RangeReversed, offset));
    }
    Ok(Range { low: low_value, high: h.value, magnitude: h.magnitude, unit: h.unit })
}

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------

/// Parses a trimmed, non-empty value at `offset`; `explicit_op` tells whether a comparator was
/// written.
fn single(s: &str, offset: usize) -> Result<Numeric, ParseError> {
    if let Some(n) = fast::compare(s) {
        return Ok(n);
    }
    full(s, offset)
}

/// [`single`] without its fast path (for callers that tried it already).
fn full(s: &str, offset: usize) -> Result<Numeric, ParseError> {
    if let Some(d) = deadline(s, offset) {
        return d.map(|d| Numeric { threshold: Threshold::Deadline(d), explicit_op: false });
    }
    // text that starts with neither a comparator nor a number, and has no digit, is qualitative
    // (what `numeric` and `looks_numeric` below would conclude, without trying every rule)
    if !may_start_numeric(s) && !has_digit(s) {
        return Ok(Numeric { threshold: Threshold::Qualitative(Qualitative { text: s.into() }), explicit_op: false });
    }
    match numeric(s, offset) {
        Ok(n) => Ok(n),
        Err(e) if looks_numeric(s) => Err(e),
        Err(_) => Ok(Numeric { threshold: Threshold::Qualitative(Qualitative { text: s.into() }), explicit_op: false }),
    }
}

/// Parses a 指标值.
pub(crate) fn threshold(input: &str) -> Result<Threshold, ParseError> {
    let (s, start) = trim(input);
    if s.is_empty() || is_placeholder(s) {
        return Err(err(K::Empty, start));
    }
    if let Some(n) = fast::compare(s) {
        return Ok(n.threshold);
    }
    if has_two_pipes(s) {
        if let Some(t) = fast::split(s) {
            return Ok(t);
        }
        return split(s, start);
    }
    full(s, start).map(|n| n.threshold)
}

/// Whether `s` holds exactly two `|` (the split-column form).
fn has_two_pipes(s: &str) -> bool {
    let Some((_, rest)) = s.split_once('|') else { return false };
    rest.split_once('|').is_some_and(|(_, unit)| !unit.contains('|'))
}

/// The split-column form `指标性质|指标值|度量单位` (`≧|735|人次`, `|100|%`, `定性|优良中低差|`).
fn split(s: &str, offset: usize) -> Result<Threshold, ParseError> {
    let (op_cell, rest) = s.split_once('|').unwrap_or((s, ""));
    let (value_cell, unit_cell) = rest.split_once('|').unwrap_or((rest, ""));
    let value_at = op_cell.len() + 1;
    let unit_at = value_at + value_cell.len() + 1;
    let (op_text, _) = trim(op_cell);
    let op = match op_text {
        "" | "定性" | "定量" => None,
        "正向" => Some(Comparator::Ge),
        "反向" => Some(Comparator::Le),
        _ => match comparator(op_text) {
            Ok(("", c)) => Some(c),
            _ => return Err(err(K::BadComparatorColumn, offset)),
        },
    };
    let (v, v_start) = trim(value_cell);
    if v.is_empty() || is_placeholder(v) {
        return Err(err(K::Empty, offset + value_at));
    }
    let parsed = single(v, offset + value_at + v_start)?;
    let (u, u_start) = trim(unit_cell);
    let unit_offset = offset + unit_at + u_start;
    let mut t = parsed.threshold;
    match &mut t {
        Threshold::Compare { op: o, quantity } => {
            if let Some(c) = op {
                if parsed.explicit_op && *o != c {
                    return Err(err(K::ConflictingComparators, offset));
                }
                *o = c;
            }
            apply_unit_column(&mut quantity.magnitude, &mut quantity.unit, unit_column(u, unit_offset)?, unit_offset)?;
            check_range(quantity.value, quantity.magnitude, unit_offset)?;
        }
        Threshold::Range(r) => {
            if op.is_some() {
                return Err(err(K::ComparatorOnRange, offset));
            }
            apply_unit_column(&mut r.magnitude, &mut r.unit, unit_column(u, unit_offset)?, unit_offset)?;
            check_range(r.low, r.magnitude, unit_offset)?;
            check_range(r.high, r.magnitude, unit_offset)?;
        }
        Threshold::Deadline(_) | Threshold::Qualitative(_) => {}
    }
    Ok(t)
}

/// The 度量单位 column (trimmed, at `at`): a magnitude and a unit as the value itself would
/// write them (`万元`, `人次`, `元/人`), so that the threshold prints back to itself.
fn unit_column(u: &str, at: usize) -> Result<Option<(Magnitude, Unit)>, ParseError> {
    if u.is_empty() {
        return Ok(None);
    }
    let (mag, m) = numeral::magnitude(u);
    let m = skip_spaces(u, m);
    match unit(&u[m..], at + m) {
        Ok((Some(unit), n)) if m + n == u.len() => Ok(Some((mag, unit))),
        Ok((None, n)) if m + n == u.len() => Ok(Some((mag, Unit::Other(u[m..].into())))),
        _ => Err(err(K::ExpectedUnitOrEnd, at + m)),
    }
}

fn apply_unit_column(magnitude: &mut Magnitude, unit: &mut Unit, column: Option<(Magnitude, Unit)>, at: usize) -> Result<(), ParseError> {
    let Some((mag, u)) = column else { return Ok(()) };
    if unit.is_none() && *magnitude == Magnitude::One {
        *magnitude = mag;
        *unit = u;
        Ok(())
    } else if unit.is_none() && mag == Magnitude::One {
        *unit = u;
        Ok(())
    } else if *unit == u && (mag == Magnitude::One || mag == *magnitude) {
        Ok(())
    } else {
        Err(err(K::UnitColumnConflict, at))
    }
}

/// Parses a value as a threshold for [`crate::Actual`]: the same grammar, no split form.
pub(crate) fn actual_threshold(s: &str, offset: usize) -> Result<Threshold, ParseError> {
    single(s, offset).map(|n| n.threshold)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_quotes_and_spaces() {
        assert_eq!(trim("  “≥5%”\u{3000}"), ("≥5%", 5));
    }

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
            assert_eq!(comparator(s), Ok(("", c)), "{s}");
        }
    }

    #[test]
    fn full_width_points_in_dates() {
        // the third part of a dotted date after a three-byte `．` (found by fuzzing: a panic)
        for s in ["1886.988．8", "2021.1．1", "2021．1．1-2021．12．31"] {
            let _ = threshold(s);
            let _ = actual_date(s);
        }
        assert!(matches!(threshold("2021．1．1-2021．12．31"), Ok(Threshold::Deadline(_))));
    }

    #[test]
    fn trim_characters_are_seen_from_their_first_bytes() {
        for c in ('\0'..=char::MAX).filter(|&c| is_trim_char(c)) {
            assert!(starts_with_trim_char(&format!("{c}5")), "{c:?}");
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
                    !matches!(c, '≥' | '≧' | '⩾' | '≮' | '≤' | '≦' | '⩽' | '≯' | '>' | '＞' | '<' | '＜' | '=' | '＝' | '﹦' | '═'),
                    "{c:?}"
                );
            }
        }
    }
}
