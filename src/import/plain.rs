//! A byte-level test that lets label and header folding borrow the text instead of copying it.

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

#[cfg(test)]
mod tests {
    use super::may_fold;

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
