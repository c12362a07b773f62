//! A fast path for the commonest shape of 指标值: `[comparator] digits[.digits] [万|亿] [known
//! unit]` (`≥95%`, `100%`, `≤10次`, `不低于85%`, `381.00万元`, `3000元/人`), filling the whole
//! value.
//!
//! It reads the value in one pass without backtracking and gives up (returns `None`) on anything
//! else, leaving it to the full grammar. What it returns is what the full grammar returns for the
//! same text: it accepts only text where no other rule (deadline, range, suffix, space,
//! Chinese numeral, unit written otherwise) could apply.

use rust_decimal::Decimal;

use super::comparator::comparator;
use super::quantity::check_range;
use super::value::{apply_unit_column, plain_text, Numeric, Plain};
use super::{numeral, Value};
use crate::comparator::Comparator;
use crate::quantity::{Magnitude, Quantity};
use crate::text::trim_value;
use crate::unit::{KnownUnit, Unit};

/// Digits the fast path reads at most (the mantissa then fits a `u64`).
const MAX_DIGITS: u32 = 18;

/// Parses `s` (trimmed, non-empty) when it has the common shape; `None` otherwise.
#[inline(always)]
pub(super) fn compare(s: &str) -> Option<Numeric<'_>> {
    let (op, quantity) = common(s)?;
    let value = Value::Compare { op: op.unwrap_or(Comparator::Eq), quantity, approximate: false, note: None };
    Some(Numeric { value, explicit_op: op.is_some() })
}

/// The comparator as written and the quantity of a value of the common shape; `None` otherwise.
/// Returned as two small parts so that [`crate::Threshold::parse`] builds its value in place.
#[inline(always)]
pub(super) fn common(s: &str) -> Option<(Option<Comparator>, Quantity)> {
    let bytes = s.as_bytes();
    let (op, i) = match bytes.first()? {
        b'0'..=b'9' => (None, 0),
        _ => match common_symbol(bytes) {
            Some((op, n)) => (Some(op), n),
            // words (`不低于`) and the rarer symbols; most text starts with neither, and is
            // turned away by its first character
            None if !super::first::may_start_comparator(s) => return None,
            // a comparator column (`≧|95|%`): the split form is read elsewhere
            None if bytes.contains(&b'|') => return None,
            None => {
                let (rest, op) = comparator(s).ok()?;
                (Some(op), s.len() - rest.len())
            }
        },
    };
    let (value, end, int_digits, point) = number(bytes, i)?;
    let (magnitude, unit) = match &bytes[end..] {
        // `2025.12`, `2025.06` alone may be a year and month: the full grammar decides
        [] if op.is_none() && point && int_digits == 4 => return None,
        [] => (Magnitude::One, Unit::None),
        // the commonest unit, without the tables
        [b'%'] => (Magnitude::One, Unit::Known(KnownUnit::Percent)),
        // eight digits before 日 may be a date that lost its 年 and 月 (`20211031日`): the full
        // grammar decides (日 by its bytes, E6 97 A5)
        [0xe6, 0x97, 0xa5, ..] if int_digits == 8 => return None,
        // the commoner units, one character (`人`, `亩`, `元`), in one lookup: none of them
        // is a magnitude, 月 or 季 (the test below checks every one), and 年 after a comparator
        // is a duration (`≥15年`, `不低于3年`, what the full grammar reads), alone maybe a date
        rest => match KnownUnit::single_char(rest) {
            Some(KnownUnit::Year) if op.is_none() => return None,
            // and so may `2025.12间` (during December 2025), as the full grammar reads it spaced
            Some(KnownUnit::JianRoom) if op.is_none() && point && int_digits == 4 => return None,
            Some(u) => (Magnitude::One, Unit::Known(u)),
            None => magnitude_and_unit(&s[end..], value, op.is_some())?,
        },
    };
    Some((op, Quantity::new_unchecked(value, magnitude, unit)))
}

/// The magnitude and unit that fill `rest`, after the number `value` (written after a
/// comparator when `op`) and not one character; `None` for anything else. (Left to the
/// compiler, which builds it out of line: inlined always, it made the path of the commoner
/// values through [`common`] longer, a unit of one character by a tenth of its time.)
#[inline]
fn magnitude_and_unit(rest: &str, value: Decimal, op: bool) -> Option<(Magnitude, Unit)> {
    // `2025年…`, `12月…` may be dates, and so may `3季度` (the third quarter) without a
    // comparator: the full grammar decides (年 月 季 by their bytes, E5 B9 B4, E6 9C 88,
    // E5 AD A3: the decoder of a character cost more)
    if matches!(rest.as_bytes(), [0xe5, 0xb9, 0xb4, ..] | [0xe6, 0x9c, 0x88, ..])
        || (!op && rest.as_bytes().starts_with(&[0xe5, 0xad, 0xa3]))
    {
        return None;
    }
    let (magnitude, m) = numeral::magnitude(rest);
    check_range(value, magnitude, 0).ok()?;
    Some((magnitude, known_unit(&rest[m..])?))
}

/// A range of the commonest shape, filling `s`: whole numbers joined by a dash or tilde, then
/// no unit, `%` or a known unit (`18—54周岁`, `1-3天`, `90-100分`): its ends and unit. `None`
/// for anything else, which the full grammar reads: decimals (`2023.07-2024.01` is a period),
/// 年, 月 and 季 after the numbers (`1-6月`, `1-2季度` are periods too), magnitudes, units on both ends, a low end
/// above the high one (an error).
#[inline(never)]
pub(super) fn range(s: &str) -> Option<(Decimal, Decimal, Unit)> {
    let b = s.as_bytes();
    if !b.first()?.is_ascii_digit() {
        return None;
    }
    let (low, end, _, point) = number(b, 0)?;
    // the dashes and tildes of the range rule, each written once: - — – ～ ~
    let sep = match b.get(end..)? {
        [b'-' | b'~', ..] => 1,
        [0xe2, 0x80, 0x94 | 0x93, ..] | [0xef, 0xbd, 0x9e, ..] => 3,
        _ => return None,
    };
    let (high, end, _, high_point) = number(b, end + sep)?;
    // (whole numbers, of scale 0 both: ordered as their mantissas, without the general
    // comparison of decimals, which cost a range a tenth of its time)
    if point || high_point || low.mantissa() > high.mantissa() {
        return None;
    }
    let rest = &s[end..];
    // 年 月 季 by their bytes (E5 B9 B4, E6 9C 88, E5 AD A3): the searcher of a set of
    // characters cost more than the bytes' test
    // (and 日 after eight digits or more, which may write a date: `202191-20211031日`; the
    // full grammar tells which)
    if matches!(rest.as_bytes(), [0xe5, 0xb9, 0xb4, ..] | [0xe6, 0x9c, 0x88, ..] | [0xe5, 0xad, 0xa3, ..])
        || numeral::magnitude(rest).1 > 0
        || (rest.as_bytes().starts_with(&[0xe6, 0x97, 0xa5]) && high.mantissa() >= 10_000_000)
    {
        return None;
    }
    Some((low, high, known_unit(rest)?))
}

/// A value of the common shape with no unit or `%`, then a suffix that ends it (`95%及以上`,
/// `3万以上`, `≥5以下` is a conflict and `None`): its comparator and quantity. `以内` is left to
/// the full grammar (it also ends deadlines), and so is a number that may be a year and month
/// (`2025.12以上`).
pub(super) fn suffixed(s: &str) -> Option<(Comparator, Quantity)> {
    // every suffix here ends with 上 or 下 (E4 B8 8A, E4 B8 8B): most values are turned away by
    // their last byte
    if !matches!(s.as_bytes().last(), Some(0x8a | 0x8b)) {
        return None;
    }
    // the longer suffixes first: `及以上` ends with `以上`
    let (head, suffix_op) = [("及以上", Comparator::Ge), ("及以下", Comparator::Le), ("以上", Comparator::Ge), ("以下", Comparator::Le)]
        .iter()
        .find_map(|&(w, op)| s.strip_suffix(w).map(|head| (head, op)))?;
    let (op, quantity) = common(head)?;
    if !matches!(quantity.unit(), Unit::None | Unit::Known(KnownUnit::Percent)) || may_be_year_and_month(head) {
        return None;
    }
    Some((with_suffix(op, suffix_op)?, quantity))
}

/// Whether the number in `head` has four digits, a point and more digits (`2025.12`).
fn may_be_year_and_month(head: &str) -> bool {
    let digits = head.trim_start_matches(|c: char| !c.is_ascii_digit());
    let int = digits.bytes().take_while(u8::is_ascii_digit).count();
    int == 4 && digits.as_bytes().get(4) == Some(&b'.')
}

/// The comparator of a value written with `op` before it (if any) and `suffix` after it, as
/// the full grammar reads them: the suffix alone, or a prefix pointing the same way, which is
/// kept (`超过5人以上` is > 5); `None` for a conflict, which the full grammar reports.
fn with_suffix(op: Option<Comparator>, suffix: Comparator) -> Option<Comparator> {
    use Comparator::*;
    match (op, suffix) {
        (None, s) => Some(s),
        (Some(o @ (Ge | Gt)), Ge) | (Some(o @ (Le | Lt)), Le) => Some(o),
        _ => None,
    }
}

/// The commonest comparator symbols (`≥ ≤ >= <= > < =`), read from their bytes when a digit
/// follows, so that nothing else (`≥≥`, `=>`) can be read there; `None` leaves the symbol, if
/// any, to [`comparator`], which reads every spelling.
#[inline(always)]
pub(super) fn common_symbol(b: &[u8]) -> Option<(Comparator, usize)> {
    let (op, n) = match b {
        // ≥ (U+2265) and ≤ (U+2264)
        [0xe2, 0x89, 0xa5, ..] => (Comparator::Ge, 3),
        [0xe2, 0x89, 0xa4, ..] => (Comparator::Le, 3),
        [b'>', b'=', ..] => (Comparator::Ge, 2),
        [b'<', b'=', ..] => (Comparator::Le, 2),
        [b'>', ..] => (Comparator::Gt, 1),
        [b'<', ..] => (Comparator::Lt, 1),
        [b'=', ..] => (Comparator::Eq, 1),
        _ => return None,
    };
    match b.get(n..) {
        Some([d, ..]) if d.is_ascii_digit() => Some((op, n)),
        // ≥ or ≤ doubled by a typo (`≥≥98%`), which `comparator` reads as one; looked for only
        // where no digit follows the first
        Some([0xe2, 0x89, 0xa4 | 0xa5, d, ..]) if n == 3 && b[..3] == b[n..n + 3] && d.is_ascii_digit() => Some((op, 6)),
        _ => None,
    }
}

/// The ASCII number at `b[i..]`: digits with at most one point between digits, at most
/// [`MAX_DIGITS`] of them. Returns its value, where it ends, its digits before the point and
/// whether it has a point; `None` without a digit or with too many.
#[inline(always)]
pub(super) fn number(b: &[u8], mut i: usize) -> Option<(Decimal, usize, usize, bool)> {
    let start = i;
    // wrapping: a number of more than 18 digits is turned away below, whatever it wrapped to
    let mut mantissa = 0u64;
    while let Some(&d @ b'0'..=b'9') = b.get(i) {
        mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(d - b'0'));
        i += 1;
    }
    let int_digits = i - start;
    if int_digits == 0 {
        return None;
    }
    let point = b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit);
    let mut scale = 0u32;
    if point {
        i += 1;
        while let Some(&d @ b'0'..=b'9') = b.get(i) {
            mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(d - b'0'));
            scale += 1;
            i += 1;
        }
    }
    if int_digits + scale as usize > MAX_DIGITS as usize {
        return None;
    }
    // at most 18 digits: the mantissa fits 64 bits and the scale is at most 17 (from_parts
    // asserts at most 28); built from its parts, the value comes back in registers
    let value = Decimal::from_parts(mantissa as u32, (mantissa >> 32) as u32, 0, false, scale);
    Some((value, i, int_digits, point))
}

/// The whole of `s` as no unit, a known unit, or a rate of two known units.
#[inline(always)]
fn known_unit(s: &str) -> Option<Unit> {
    let b = s.as_bytes();
    if b.is_empty() {
        return Some(Unit::None);
    }
    if let Some(u) = KnownUnit::single_char(b) {
        return Some(Unit::Known(u));
    }
    // no spelling holds a slash but the scales (`/10万`), which start with one and are no part
    // of a rate (a test below checks it): a rate whose first unit is one character or three
    // bytes (`元/人`, `min/人`) is split at its slash, and each unit found whole, without
    // reading the prefixes of the first
    let (u, n) = match b {
        [_, b'/', ..] => (whole_unit(&s[..1])?, 1),
        [_, _, _, b'/', ..] => (whole_unit(&s[..3])?, 3),
        _ => KnownUnit::parse_prefix(s)?,
    };
    let rest = &s[n..];
    if rest.is_empty() {
        return Some(Unit::Known(u));
    }
    Some(Unit::per(u, whole_unit(rest.strip_prefix('/')?)?))
}

/// The known unit spelled exactly `s`.
fn whole_unit(s: &str) -> Option<KnownUnit> {
    if let Some(u) = KnownUnit::single_char(s.as_bytes()) {
        return Some(u);
    }
    KnownUnit::parse_prefix(s).and_then(|(u, n)| (n == s.len()).then_some(u))
}

/// The three cells of `s` when it is split into columns (`指标性质|指标值|度量单位`): it has
/// exactly two pipes, the first at byte `first`; the text before the first, between the two and
/// after the second. The bytes after the first are looked at once (counting the pipes of the
/// whole value, then finding them again, cost a split value a tenth of its time).
#[inline(always)]
pub(super) fn cells(s: &str, first: usize) -> Option<(&str, &str, &str)> {
    let b = s.as_bytes();
    let second = first + 1 + b.get(first + 1..)?.iter().position(|&c| c == b'|')?;
    // (the bytes one by one: the unit cell is short, and a slice's `contains` costs a call to
    // its search of long slices)
    if !b[second + 1..].iter().all(|&c| c != b'|') {
        return None;
    }
    Some((&s[..first], &s[first + 1..second], &s[second + 1..]))
}

/// What [`split`] read of a value.
#[derive(Debug, PartialEq)]
pub(crate) enum Split<'a> {
    /// Not split into columns: it has not exactly two pipes.
    Not,
    /// A comparison: each cell has the fast shape and needs no trimming (`≧|735|人次`,
    /// `|100|%`, `≤|101400|元`).
    Compare(Comparator, Quantity),
    /// Ordinary text in the value cell (`定性|优良中低差|`, `|有效|`), which the full split reader
    /// keeps as it is whatever the unit column says; and whether the value from its first pipe
    /// holds a traditional character that folds ([`super::traditional::holds`]).
    Text { text: &'a str, folds: bool },
    /// Split, and left to the full split reader.
    Full,
    /// Split into cells of the fast shape that do not join: the full split reader's error, at a
    /// byte of `s`.
    Error(crate::error::ParseError),
}

/// The split-column form (`≧|735|人次`, `|有效|`) of `s`, whose first pipe is at byte `first`:
/// a comparison of the fast shape, ordinary text, or left to the full reader; or not split at
/// all. Out of line: inlined into the reader of the values off the fast path, it made
/// the compiler build the fast path of [`crate::Threshold::parse`] worse (a value with a unit
/// of the table, `3亩`, cost a tenth more), which the call it costs a split value (a
/// twentieth) does not make up for.
#[inline(never)]
pub(super) fn split(s: &str, first: usize) -> Split<'_> {
    // (a `Split` is returned from every branch, never through an `Option`: unwrapping one
    // copied the comparison field by field, a tenth of the time of a split value)
    let Some((op_cell, value_cell, unit_cell)) = cells(s, first) else { return Split::Not };
    let op = match op_cell.as_bytes() {
        [] => None,
        // the symbols of the real columns by their bytes: ≥ ≤ ≧ ≦ ═ (U+2265, 2264, 2267, 2266,
        // 2550) and the ASCII ones; any other cell is read by `comparator`
        [0xe2, 0x89, 0xa5 | 0xa7] | [b'>', b'='] => Some(Comparator::Ge),
        [0xe2, 0x89, 0xa4 | 0xa6] | [b'<', b'='] => Some(Comparator::Le),
        [0xe2, 0x95, 0x90] | [b'='] => Some(Comparator::Eq),
        [b'>'] => Some(Comparator::Gt),
        [b'<'] => Some(Comparator::Lt),
        _ => match column_comparator(op_cell) {
            Some(op) => op,
            None => return Split::Full,
        },
    };
    // a cell that starts with a Chinese character (or a full-width one) is text, or left to the
    // full reader (`不低于95`, rare in a cell of its own): the fast reader is not asked
    if value_cell.as_bytes().first() >= Some(&0xe3) {
        return text_cell(value_cell, unit_cell);
    }
    let Some((written, quantity)) = common(value_cell) else { return text_cell(value_cell, unit_cell) };
    let o = match (op, written) {
        (Some(c), Some(w)) if w != c => return Split::Full,
        (Some(c), _) => c,
        (None, w) => w.unwrap_or(Comparator::Eq),
    };
    if unit_cell.is_empty() {
        return Split::Compare(o, quantity);
    }
    let column = match unit_cell {
        "%" => (Magnitude::One, Unit::Known(KnownUnit::Percent)),
        _ => {
            let (magnitude, m) = numeral::magnitude(unit_cell);
            let Some(unit) = known_unit(&unit_cell[m..]) else { return Split::Full };
            (magnitude, unit)
        }
    };
    // a bare number takes the column's magnitude and unit (what `apply_unit_column` does
    // first); the quantity is built once, in place (reassigning it cost a fifth of the time of
    // a split value)
    let (magnitude, unit) = if quantity.unit().is_none() && quantity.magnitude() == Magnitude::One {
        column
    } else {
        // a value and a column that do not join (`|28.8万元|%`) are the error the full reader
        // comes to, at the unit cell: it reads the cells as here, and joins them the same way
        match apply_unit_column(quantity.magnitude(), quantity.unit(), Some(column), s.len() - unit_cell.len()) {
            Ok(joined) => joined,
            Err(e) => return Split::Error(e),
        }
    };
    if magnitude != Magnitude::One {
        if let Err(e) = check_range(quantity.value(), magnitude, s.len() - unit_cell.len()) {
            return Split::Error(e);
        }
    }
    Split::Compare(o, Quantity::new_unchecked(quantity.value(), magnitude, unit))
}

/// A value cell of ordinary text (`优良中低差`), trimmed as the full split reader trims it: the
/// full reader keeps it as it is (its value cell is read as a value of its own, which
/// [`plain_text`] says is text, and text ignores the unit column). Anything else is left to
/// the full reader.
#[inline(never)]
fn text_cell<'a>(cell: &'a str, unit_cell: &str) -> Split<'a> {
    let (text, _) = trim_value(cell);
    match plain_text(text) {
        // (the scan of the text says whether it holds a character that folds; the pipes and the
        // characters trimmed are none, and no character of the unit cell follows a 批 of the
        // text: the value from the first pipe holds one where the text or the unit cell does)
        Plain::Text { folds } => Split::Text { text, folds: folds || super::traditional::holds(unit_cell) },
        _ => Split::Full,
    }
}

/// The comparator of a 指标性质 cell other than the common symbols: a word of the column as the
/// full reader takes it, or any spelling [`comparator`] reads whole; `None` leaves the value to
/// the full reader. Out of line: the common symbols' path stays small.
#[inline(never)]
fn column_comparator(cell: &str) -> Option<Option<Comparator>> {
    match cell {
        // (`comparator` reads none of these: the value went to the full reader for its column
        // alone)
        "定性" | "定量" => Some(None),
        "正向" => Some(Some(Comparator::Ge)),
        "反向" => Some(Some(Comparator::Le)),
        _ => match comparator(cell) {
            Ok(("", c)) => Some(Some(c)),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    //! The fast path is a shortcut, never a second grammar: wherever it answers, the full
    //! grammar gives the same answer.

    use super::super::value::full;
    use super::super::Value;
    use super::{cells, compare, Split};

    /// The fast split reader of `s`, when it read it.
    fn split(s: &str) -> Option<Split<'_>> {
        Some(super::split(s, s.find('|')?)).filter(|read| matches!(read, Split::Compare(..) | Split::Text { .. }))
    }

    fn agrees(s: &str) {
        if let Some(fast) = compare(s) {
            let slow = full(s, 0).unwrap_or_else(|e| panic!("{s}: fast {:?}, full {e}", fast.value));
            assert_eq!((&fast.value, fast.explicit_op), (&slow.value, slow.explicit_op), "{s}");
        }
        split_agrees(s);
    }

    /// The suffixed form against the full grammar.
    fn suffix_agrees(s: &str) {
        if let Some((op, quantity)) = super::suffixed(s) {
            let slow = full(s, 0).unwrap_or_else(|e| panic!("{s}: fast {op}{quantity}, full {e}"));
            assert_eq!((Value::Compare { op, quantity, approximate: false, note: None }, true), (slow.value, slow.explicit_op), "{s}");
        }
    }

    /// The fast split form against the full split reader.
    fn split_agrees(s: &str) {
        let Some(first) = s.find('|') else { return };
        let read = super::split(s, first);
        let fast = match read {
            Split::Compare(op, quantity) => Ok(Value::Compare { op, quantity, approximate: false, note: None }),
            Split::Text { text, folds } => {
                assert_eq!(folds, crate::grammar::traditional::holds(&s[first..]), "{s}");
                Ok(Value::Text(text))
            }
            Split::Error(e) => Err(e),
            Split::Not | Split::Full => return,
        };
        assert_eq!(fast, super::super::value::split(s, 0), "{s}");
    }

    #[test]
    fn the_fast_path_agrees_with_the_full_grammar_on_real_values() {
        let mut fast = 0;
        for target in super::super::real_targets() {
            agrees(target);
            fast += usize::from(compare(target).is_some() || split(target).is_some());
        }
        // the commonest shapes take the fast path
        assert!(fast >= 80, "{fast} real values took the fast path");
    }

    #[test]
    fn the_fast_path_agrees_with_the_full_grammar_on_every_shape() {
        let ops = ["", "≥", ">", "≤", "<", "=", ">=", "不低于", "≥≥"];
        let numbers = ["0", "5", "95", "100", "2.5", "381.00", "2025", "12", "999999999999999999", "1234567890123456789"];
        let magnitudes = ["", "万", "亿", "万亿", "千", "百", "百万", "千万", "十万"];
        let units = [
            "",
            "%",
            "人",
            "人次",
            "个月",
            "月",
            "年",
            "元/人",
            "次/月",
            "千克",
            "分",
            "分钟",
            "小时",
            "以上",
            "内",
            "-5",
            "x",
            "课时",
            "余人",
            "季度",
            "个季度",
            "季",
        ];
        let mut n = 0;
        for op in ops {
            for number in numbers {
                for magnitude in magnitudes {
                    for unit in units {
                        agrees(&format!("{op}{number}{magnitude}{unit}"));
                        split_agrees(&format!("{op}|{number}{magnitude}|{unit}"));
                        split_agrees(&format!("{op}|{number}|{magnitude}{unit}"));
                        n += 1;
                    }
                }
            }
        }
        assert_eq!(n, ops.len() * numbers.len() * magnitudes.len() * units.len());
        // the words of a 指标性质 column, before a cell with a comparator or none
        for word in ["定性", "定量", "正向", "反向", " 定性", "正向 "] {
            for op in ["", "≥", "≤", "="] {
                for number in numbers {
                    for unit in units {
                        split_agrees(&format!("{word}|{op}{number}|{unit}"));
                    }
                }
            }
        }
        for s in ["定性|100|%", "定量|95|%", "正向|≥95|%", "反向|5|天"] {
            assert!(split(s).is_some(), "{s}");
        }
        // cells that do not join are the full reader's error, found fast
        for s in ["|28.8万元|%", "≥|3万人|元"] {
            assert!(matches!(super::split(s, s.find('|').unwrap_or_default()), Split::Error(_)), "{s}");
            split_agrees(s);
        }
        // years after a comparator take the fast path; alone, a year may be a date
        for s in ["≥15年", "不低于3年", "<1年", "≥2025年", "≥≥2年"] {
            assert!(compare(s).is_some(), "{s}");
        }
        assert!(compare("2025年").is_none() && compare("15年").is_none());
    }

    /// Every spelling of every unit after a number, alone and in rates, against the full
    /// grammar: one character (found in one lookup, and taken for no magnitude, 月 or 季), and
    /// the slash that splits a rate found in no spelling but the scales, at their start.
    #[test]
    fn the_fast_path_agrees_with_the_full_grammar_on_every_unit() {
        let spellings = crate::unit::spellings();
        for (w, _) in spellings {
            assert!(!w.chars().skip(1).any(|c| c == '/'), "{w}");
        }
        let mut one_char = 0;
        for op in ["", "≥", "<", "≥≥", "≤≤"] {
            for number in ["0", "5", "12", "2025", "2.5", "12.31"] {
                for (w, u) in spellings {
                    let s = format!("{op}{number}{w}");
                    agrees(&s);
                    if w.chars().count() == 1 && !(op.is_empty() && *w == "年") {
                        let fast = compare(&s).unwrap_or_else(|| panic!("{s}"));
                        assert!(matches!(fast.value, Value::Compare { quantity, .. } if *quantity.unit() == crate::Unit::Known(*u)), "{s}");
                        one_char += 1;
                    }
                    for magnitude in ["", "万", "萬"] {
                        for (d, _) in spellings.iter().step_by(3) {
                            agrees(&format!("{op}{number}{magnitude}{w}/{d}"));
                        }
                        agrees(&format!("{op}{number}{magnitude}{w}/"));
                        agrees(&format!("{op}{number}{magnitude}/{w}"));
                    }
                }
            }
        }
        assert!(one_char > 1000, "{one_char}");
    }

    /// The cells are found where a value has exactly two pipes, wherever they fall, and are what
    /// `split_once` twice finds.
    #[test]
    fn cells_are_cut_at_exactly_two_pipes() {
        for len in 0..30 {
            for i in 0..len {
                for j in i..len {
                    for k in j..len {
                        let mut bytes = vec![b'a'; len];
                        for p in [i, j, k] {
                            bytes[p] = b'|';
                        }
                        // other byte values next to them
                        for (n, byte) in bytes.iter_mut().enumerate() {
                            if *byte != b'|' {
                                *byte = [b'a', 0x7c ^ 0x80, 0x7d, 0x7b, 0xfc, 0x00][(n + len) % 6];
                            }
                        }
                        let s: String = bytes.iter().map(|&b| if b < 0x80 { b as char } else { '明' }).collect();
                        let cells = s.find('|').and_then(|first| cells(&s, first));
                        let expected = (s.matches('|').count() == 2).then(|| {
                            let (op, rest) = s.split_once('|').unwrap_or_default();
                            let (value, unit) = rest.split_once('|').unwrap_or_default();
                            (op, value, unit)
                        });
                        assert_eq!(cells, expected, "{s:?}");
                    }
                }
            }
        }
        assert_eq!(cells("≧|735|人次", 3), Some(("≧", "735", "人次")));
        assert!(cells("|||", 0).is_none());
        assert_eq!(super::split("1|2", 1), Split::Not);
    }

    /// Text in the value cell, read fast, against the full split reader: every column of
    /// comparators, every unit column, and cells that are text, trimmed text, or not text.
    #[test]
    fn the_fast_split_agrees_with_the_full_reader_on_text_cells() {
        let ops = ["", "≥", "≧", "=", "═", "定性", "定量", "正向", "反向", " 定性", "不低于", "x", "≥≥"];
        let values = [
            "有效",
            "优良中低差",
            "應(yīng)保盡保",
            "明显提升",
            " 有效",
            "有效 ",
            "“有效”",
            "良好。",
            "",
            " ",
            "-",
            "/",
            "——",
            "年底前",
            "年底前完成",
            "公里",
            "万人",
            "不低于良好",
            "良好及以上",
            "良好以上",
            "严禁超标",
            "未发生",
            "千餘",
            "千余人",
            "三个",
            "兩萬",
            "12月底前",
            "abc",
            "达到",
            "≥良好",
            "是",
        ];
        let units = ["", "%", "人", "万元", "x", "年", "萬元"];
        let mut text = 0;
        for op in ops {
            for value in values {
                for unit in units {
                    let s = format!("{op}|{value}|{unit}");
                    split_agrees(&s);
                    text += usize::from(matches!(split(&s), Some(Split::Text { .. })));
                }
            }
        }
        assert!(text > 500, "{text}");
        for s in ["|有效|", "定性|优良中低差|", "|應(yīng)保盡保|%", "正向|良好|万元"] {
            assert!(matches!(split(s), Some(Split::Text { .. })), "{s}");
        }
    }

    /// The fast range against the full grammar, for every spelling of every unit.
    #[test]
    fn the_fast_range_agrees_with_the_full_grammar() {
        let mut units: Vec<&str> = vec!["", "%", "年", "月", "个月", "万", "万元", "千", "x", "号", "日"];
        units.extend(crate::unit::spellings().iter().map(|(w, _)| *w));
        let mut read = 0;
        for (low, high) in
            [("18", "54"), ("1", "3"), ("0", "0"), ("5", "3"), ("2023", "2024"), ("1.5", "3"), ("1", "2.5"), ("2023.07", "2024.01")]
        {
            for sep in ["-", "—", "–", "～", "~", "--", "——", "至", " - "] {
                for unit in &units {
                    let s = format!("{low}{sep}{high}{unit}");
                    if let Some((lo, hi, u)) = super::range(&s) {
                        let slow = full(&s, 0).unwrap_or_else(|e| panic!("{s}: fast {lo}-{hi}{u}, full {e}"));
                        let expected = Value::Range { low: lo, high: hi, magnitude: crate::quantity::Magnitude::One, unit: u };
                        assert_eq!(slow.value, expected, "{s}");
                        read += 1;
                    }
                }
            }
        }
        assert!(read > 500, "{read}");
        for s in ["18—54周岁", "1-3天", "90-100分", "1～3个"] {
            assert!(super::range(s).is_some(), "{s}");
        }
        for s in ["1-6月", "2020-2025年", "2023.07-2024.01", "5-3人", "1-3万元"] {
            assert!(super::range(s).is_none(), "{s}");
        }
    }

    #[test]
    fn the_fast_path_agrees_with_the_full_grammar_on_suffixes() {
        let ops = ["", "≥", ">", "≤", "<", "=", "≧", "不低于", "不超过", "超过", "约"];
        let numbers = ["0", "5", "95", "12", "2025", "2.5", "2025.12", "2025.06", "12.31", "6.30", "0.95"];
        let magnitudes = ["", "万", "千", "百万"];
        let units = ["", "%", "人", "元", "个月", "天", "年", "月"];
        let suffixes = ["以上", "及以上", "以下", "及以下", "以内", "之内", "内", "或以上", "以上（含）", "以上 ", "及以上%"];
        for op in ops {
            for number in numbers {
                for magnitude in magnitudes {
                    for unit in units {
                        for suffix in suffixes {
                            let s = format!("{op}{number}{magnitude}{unit}{suffix}");
                            agrees(&s);
                            suffix_agrees(&s);
                            split_agrees(&format!("{op}|{number}{magnitude}{unit}{suffix}|"));
                            split_agrees(&format!("{op}|{number}{suffix}|{magnitude}{unit}"));
                        }
                    }
                }
            }
        }
        // the real ones take the fast path
        for s in ["95%及以上", "60%及以上", "3万以上", "5以下"] {
            assert!(super::suffixed(s).is_some(), "{s}");
        }
    }
}
