//! Words a PDF broke where its cell wrapped: text taken from a PDF puts a space (or several)
//! between two characters of one word (`不 低 于 95%`, `95%以 上`, `百分 之九十`, `300 公 里`).
//! A value that does not read is read again without the spaces between Chinese characters; the
//! rules stay the same, so every form they read wrapped reads so too.

use crate::text::is_cjk;

/// The first bytes of the spaces of [`super::is_space`]: ` `, `\t`, C2 of U+00A0, E3 of U+3000.
const SPACE_STARTS: [u8; 4] = [b' ', b'\t', 0xc2, 0xe3];

/// Whether `b` may hold a space: a byte that starts one, eight bytes at a time (most text has
/// none, and this is asked of every value that reads as text).
#[inline]
pub(crate) fn may_hold_space(b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let zero = |w: u64| w.wrapping_sub(ONES) & !w & HIGHS;
    let holds = |w: u64| SPACE_STARTS.iter().fold(0, |f, &x| f | zero(w ^ (ONES * u64::from(x)))) != 0;
    let mut chunks = b.chunks_exact(8);
    for chunk in &mut chunks {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        if holds(u64::from_le_bytes(bytes)) {
            return true;
        }
    }
    // (the last bytes in a word of their own, padded with a byte that is none of them, not
    // compared one by one)
    let mut bytes = [0x80u8; 8];
    bytes[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    holds(u64::from_le_bytes(bytes))
}

/// `s` without the spaces that stand between two Chinese characters, where it has any;
/// `None` otherwise (most values: told by their bytes before any decoding, a space after a
/// Chinese character being a space's first byte, ` `, `\t`, C2 or E3, three bytes after a lead
/// byte of E3 to EF, or four after one of F0 to F4).
pub(crate) fn squeezed(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let first = super::chars::find_any(b, SPACE_STARTS)?;
    let may = (first.max(3)..b.len()).any(|i| {
        matches!(b[i], b' ' | b'\t' | 0xc2 | 0xe3) && (matches!(b[i - 3], 0xe3..=0xef) || (i >= 4 && matches!(b[i - 4], 0xf0..=0xf4)))
    });
    if !may {
        return None;
    }
    // the spaces to leave out, found before anything is built (most values the byte test lets
    // through, `、` being a byte of E3, have none, and allocate nothing)
    let parts = |i: usize, c: char, last: Option<char>| -> bool {
        if !super::is_space(c) || !last.is_some_and(is_cjk) {
            return false;
        }
        // the run of spaces, and the character after it; not between two characters of
        // numerals (`三 二两七`, `二千 百十天`), which joined would make a number neither side
        // wrote
        let rest = s[i..].trim_start_matches(super::is_space);
        let numeral = |c: char| super::numeral::is_chinese_digit(c) || super::numeral::is_place(c);
        rest.chars().next().is_some_and(|n| is_cjk(n) && !(last.is_some_and(numeral) && numeral(n)))
    };
    let mut last = None;
    let found = s.char_indices().any(|(i, c)| {
        let inside = parts(i, c, last);
        if !super::is_space(c) {
            last = Some(c);
        }
        inside
    });
    if !found {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut last = None;
    let mut skipping = false;
    for (i, c) in s.char_indices() {
        if super::is_space(c) {
            // (a run of spaces is left out whole where its first space is)
            skipping = skipping || parts(i, c, last);
            if skipping {
                continue;
            }
        } else {
            skipping = false;
            last = Some(c);
        }
        out.push(c);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::squeezed;

    #[test]
    fn spaces_between_chinese_characters_go() {
        assert_eq!(squeezed("不 低 于 95%").as_deref(), Some("不低于 95%"));
        assert_eq!(squeezed("95%以 上").as_deref(), Some("95%以上"));
        assert_eq!(squeezed("百分\u{3000}之九十").as_deref(), Some("百分之九十"));
        assert_eq!(squeezed("300  公 里").as_deref(), Some("300  公里"));
        // (nor between two characters of numerals)
        assert_eq!(squeezed("三 二两七"), None);
        assert_eq!(squeezed("五 十次 以 上").as_deref(), Some("五 十次以上"));
        // no space between two Chinese characters: nothing to do
        for s in ["≥95%", "满意度 ≥90%", "95 %以上", "5 人", "", "明显提升"] {
            assert_eq!(squeezed(s), None, "{s}");
        }
    }

    #[test]
    fn may_hold_space_finds_every_byte_that_starts_one() {
        for len in 0..20 {
            for at in 0..len {
                for x in [b' ', b'\t', 0xc2, 0xe3] {
                    let mut b = vec![0xe6u8; len];
                    b[at] = x;
                    assert!(super::may_hold_space(&b), "{len} {at} {x}");
                }
            }
            assert!(!super::may_hold_space(&vec![0xe6u8; len]), "{len}");
        }
    }

    /// The byte test finds every space between two Chinese characters that the characters show.
    #[test]
    fn the_byte_test_misses_none() {
        let parts = ["不", " ", "\u{3000}", "\u{a0}", "\t", "5", "%", "𠀀", "豈", "a", "，"];
        let by_chars = |s: &str| {
            s.char_indices().any(|(i, ch)| {
                let after = &s[i + ch.len_utf8()..];
                let rest = after.trim_start_matches(super::super::is_space);
                crate::text::is_cjk(ch) && rest.len() < after.len() && rest.chars().next().is_some_and(crate::text::is_cjk)
            })
        };
        for a in parts {
            for b in parts {
                for c in parts {
                    for d in parts {
                        let s = format!("{a}{b}{c}{d}");
                        assert_eq!(squeezed(&s).is_some(), by_chars(&s), "{s:?}");
                    }
                }
            }
        }
    }
}
