//! A whole value in brackets (括号), as some tables print the target column: `（≥95%）`,
//! `(≤30万元)`, `【2025年12月底前】`. The value inside is what the table means; the brackets
//! only set it apart from the indicator's name.

/// The brackets that may wrap a value, by family: round `(` `（` `)` `）`, and square `[`
/// `［` `【` `〔` `〖` `]` `］` `】` `〕` `〗`. A value opened with one of a family may close with
/// any of that family (Word mixes the half- and full-width forms in one cell).
const ROUND_OPEN: [char; 2] = ['(', '（'];
const ROUND_CLOSE: [char; 2] = [')', '）'];
const SQUARE_OPEN: [char; 5] = ['[', '［', '【', '〔', '〖'];
const SQUARE_CLOSE: [char; 5] = [']', '］', '】', '〕', '〗'];

/// Whether `s` may start with an opening bracket, by its first byte: `(`, `[`, or the lead
/// byte of the others (E3 for `【` `〔` `〖`, EF for `（` `［`). False means it starts with none.
#[inline(always)]
pub(crate) fn may_open(s: &str) -> bool {
    matches!(s.as_bytes().first(), Some(b'(' | b'[' | 0xe3 | 0xef))
}

/// The text inside brackets that wrap the whole of `s`, and its byte offset in `s`; `None` where
/// `s` does not start with an opening bracket, or its bracket closes before the end (`（含）5%`,
/// `（1）（2）`).
pub(super) fn whole(s: &str) -> Option<(&str, usize)> {
    if !may_open(s) {
        return None;
    }
    let first = s.chars().next()?;
    let (open, close): (&[char], &[char]) = if ROUND_OPEN.contains(&first) {
        (&ROUND_OPEN, &ROUND_CLOSE)
    } else if SQUARE_OPEN.contains(&first) {
        (&SQUARE_OPEN, &SQUARE_CLOSE)
    } else {
        return None;
    };
    let last = s.chars().next_back()?;
    if !close.contains(&last) {
        return None;
    }
    let inner = &s[first.len_utf8()..s.len() - last.len_utf8()];
    // the first bracket must be closed by the last: none of the family closes at depth zero
    // inside (`（1）和（2）` is two)
    let mut depth = 0usize;
    for c in inner.chars() {
        if open.contains(&c) {
            depth += 1;
        } else if close.contains(&c) {
            depth = depth.checked_sub(1)?;
        }
    }
    // (spaces inside the brackets are no part of the value: `（ ≥95% ）`)
    let value = inner.trim_start_matches(super::is_space);
    let at = first.len_utf8() + inner.len() - value.len();
    (depth == 0).then_some((value.trim_end_matches(super::is_space), at))
}

#[cfg(test)]
mod tests {
    use super::whole;

    #[test]
    fn brackets_that_wrap_the_whole_value() {
        assert_eq!(whole("（≥95%）"), Some(("≥95%", 3)));
        assert_eq!(whole("(≥95%）"), Some(("≥95%", 1)));
        assert_eq!(whole("【2025年12月底前】"), Some(("2025年12月底前", 3)));
        assert_eq!(whole("（≥95%（含））"), Some(("≥95%（含）", 3)));
        assert_eq!(whole("（含）5%"), None);
        assert_eq!(whole("（1）和（2）"), None);
        assert_eq!(whole("（≥95%】"), None);
        assert_eq!(whole("≥95%"), None);
        assert_eq!(whole("（"), None);
        assert_eq!(whole("（）"), Some(("", 3)));
        assert_eq!(whole("（ ≥95%\u{3000}）"), Some(("≥95%", 4)));
    }
}
