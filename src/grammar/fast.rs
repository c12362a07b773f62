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
use super::value::{apply_unit_column, Numeric};
use super::{numeral, Value};
use crate::comparator::Comparator;
use crate::quantity::Quantity;
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
    let (op, mut i) = match bytes.first()? {
        b'0'..=b'9' => (None, 0),
        _ => {
            let (rest, op) = comparator(s).ok()?;
            (Some(op), s.len() - rest.len())
        }
    };
    // the number: ASCII digits with at most one point between digits
    let start = i;
    let (mut mantissa, mut scale, mut digits, mut point) = (0u64, 0u32, 0u32, false);
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                digits += 1;
                if digits > MAX_DIGITS {
                    return None;
                }
                mantissa = mantissa * 10 + u64::from(b - b'0');
                scale += u32::from(point);
            }
            b'.' if !point && i > start && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => point = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    let rest = &s[i..];
    // `2025.12`, `2025.06` alone may be a year and month: the full grammar decides
    if op.is_none() && point && rest.is_empty() && digits - scale == 4 {
        return None;
    }
    // `2025年…`, `12月…` may be dates: the full grammar decides
    if rest.starts_with(['年', '月']) {
        return None;
    }
    // at most 18 digits: the mantissa fits 64 bits and the scale is at most 17 (from_parts
    // asserts at most 28); built from its parts, the value comes back in registers
    let value = Decimal::from_parts(mantissa as u32, (mantissa >> 32) as u32, 0, false, scale);
    let (magnitude, m) = numeral::magnitude(rest);
    check_range(value, magnitude, 0).ok()?;
    let unit = known_unit(&rest[m..])?;
    Some((op, Quantity::new_unchecked(value, magnitude, unit)))
}

/// The whole of `s` as no unit, a known unit, or a rate of two known units.
#[inline(always)]
fn known_unit(s: &str) -> Option<Unit> {
    match s {
        "" => return Some(Unit::None),
        // the commonest unit, without the table
        "%" => return Some(Unit::Known(KnownUnit::Percent)),
        _ => {}
    }
    let (u, n) = KnownUnit::parse_prefix(s)?;
    let rest = &s[n..];
    if rest.is_empty() {
        return Some(Unit::Known(u));
    }
    let (d, k) = KnownUnit::parse_prefix(rest.strip_prefix('/')?)?;
    (k + 1 == rest.len()).then_some(Unit::per(u, d))
}

/// The split-column form `symbol|number|unit` (`≧|735|人次`, `|100|%`, `≤|101400|元`) when
/// each cell has the fast shape and needs no trimming; `None` otherwise.
pub(super) fn split(s: &str) -> Option<(Comparator, Quantity)> {
    let (op_cell, rest) = s.split_once('|')?;
    let (value_cell, unit_cell) = rest.split_once('|')?;
    let op = match op_cell {
        "" => None,
        _ => match comparator(op_cell) {
            Ok(("", c)) => Some(c),
            _ => return None,
        },
    };
    let (written, mut quantity) = common(value_cell)?;
    let mut o = written.unwrap_or(Comparator::Eq);
    if let Some(c) = op {
        if written.is_some_and(|w| w != c) {
            return None;
        }
        o = c;
    }
    if !unit_cell.is_empty() {
        let (magnitude, m) = numeral::magnitude(unit_cell);
        let unit = known_unit(&unit_cell[m..])?;
        let (magnitude, unit) = apply_unit_column(quantity.magnitude(), quantity.unit(), Some((magnitude, unit)), 0).ok()?;
        check_range(quantity.value(), magnitude, 0).ok()?;
        quantity = Quantity::new_unchecked(quantity.value(), magnitude, unit);
    }
    Some((o, quantity))
}

#[cfg(test)]
mod tests {
    //! The fast path is a shortcut, never a second grammar: wherever it answers, the full
    //! grammar gives the same answer.

    use super::super::value::full;
    use super::super::Value;
    use super::{compare, split};

    fn agrees(s: &str) {
        if let Some(fast) = compare(s) {
            let slow = full(s, 0).unwrap_or_else(|e| panic!("{s}: fast {:?}, full {e}", fast.value));
            assert_eq!((&fast.value, fast.explicit_op), (&slow.value, slow.explicit_op), "{s}");
        }
        split_agrees(s);
    }

    /// The fast split form against the full split reader.
    fn split_agrees(s: &str) {
        if let Some((op, quantity)) = split(s) {
            let slow = super::super::value::split(s, 0).unwrap_or_else(|e| panic!("{s}: fast {op}{quantity}, full {e}"));
            assert_eq!(Value::Compare { op, quantity, approximate: false, note: None }, slow, "{s}");
        }
    }

    #[test]
    fn the_fast_path_agrees_with_the_full_grammar_on_real_values() {
        let real = include_str!("../../data/real-values.tsv");
        let mut fast = 0;
        for row in real.lines().skip(1) {
            let target = row.split('\t').nth(4).unwrap_or_default();
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
            "", "%", "人", "人次", "个月", "月", "年", "元/人", "次/月", "千克", "分", "分钟", "小时", "以上", "内", "-5", "x", "课时",
            "余人",
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
    }
}
