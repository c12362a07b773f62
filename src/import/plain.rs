//! Byte-level tests that spare the char-by-char work on cells: folding that borrows the text
//! instead of copying it, and trimming that looks at one byte at each end.

use std::borrow::Cow;

/// Whether `text` may hold a character that folding drops: a space (any `char::is_whitespace`),
/// a colon (`:`, `：`), `*` or `★`. False means it holds none; true asks for the full check.
///
/// It looks at bytes only: the ASCII spaces and marks, and the first two bytes of every other
/// character concerned (`C2` for U+0085 and U+00A0, `E1 9A` for U+1680, `E2 80`/`E2 81` for
/// U+2000–U+205F, `E2 98` for `★`, `E3 80` for U+3000, `EF BC` for `：`).
pub(super) fn may_fold(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        let next = bytes.get(i + 1).copied();
        match b {
            b'\t'..=b'\r' | b' ' | b'*' | b':' | 0xc2 => true,
            0xe1 => next == Some(0x9a),
            0xe2 => matches!(next, Some(0x80 | 0x81 | 0x98)),
            0xe3 => next == Some(0x80),
            0xef => next == Some(0xbc),
            _ => false,
        }
    })
}

/// `text` trimmed and without the characters `drop` names (spaces, colons, …): borrowed unless
/// one of them stands inside it. `drop` must name only characters [`may_fold`] sees.
pub(super) fn fold_out(text: &str, drop: impl Fn(char) -> bool) -> Cow<'_, str> {
    let t = trim(text);
    if may_fold(t) && t.contains(&drop) {
        Cow::Owned(t.chars().filter(|&c| !drop(c)).collect())
    } else {
        Cow::Borrowed(t)
    }
}

/// The same as `str::trim`, quicker when neither end can be a space: a space starts with one
/// of the bytes `09`–`0D`, `20`, `C2`, `E1`, `E2`, `E3` and ends with one of `09`–`0D`, `20`,
/// `80`–`8A`, `9F`, `A0`, `A8`, `A9`, `AF`.
pub(super) fn trim(text: &str) -> &str {
    let bytes = text.as_bytes();
    let start = bytes.first().is_some_and(|b| matches!(b, b'\t'..=b'\r' | b' ' | 0xc2 | 0xe1 | 0xe2 | 0xe3));
    let end = bytes.last().is_some_and(|b| matches!(b, b'\t'..=b'\r' | b' ' | 0x80..=0x8a | 0x9f | 0xa0 | 0xa8 | 0xa9 | 0xaf));
    match (start, end) {
        (false, false) => text,
        (false, true) => text.trim_end(),
        (true, false) => text.trim_start(),
        (true, true) => text.trim(),
    }
}

#[cfg(test)]
mod tests {
    use super::{may_fold, trim};

    #[test]
    fn trim_is_str_trim() {
        for c in (0..=0x10_ffff_u32).filter_map(char::from_u32) {
            for text in [format!("{c}"), format!("{c}值"), format!("值{c}"), format!("{c}值{c}"), format!(" {c}{c} ")] {
                assert_eq!(trim(&text), text.trim(), "{c:?}");
            }
        }
        assert_eq!(trim(""), "");
    }

    #[test]
    fn every_dropped_char_is_seen() {
        let dropped = (0..=0x10_ffff_u32).filter_map(char::from_u32).filter(|c| c.is_whitespace() || matches!(c, '：' | ':' | '*' | '★'));
        for c in dropped {
            assert!(may_fold(&format!("指标{c}值")), "{c:?}");
        }
        assert!(!may_fold("三级指标"));
        assert!(!may_fold("≥95%"));
        assert!(!may_fold("≤2小时"));
    }
}
