//! Deciding between qualitative text and a malformed number: a value that fails the numeric
//! grammar is qualitative unless it looks numeric.

use super::comparator::{suffix, symbol, symbol_once, word, word_table};
use super::numeral;
use crate::unit::KnownUnit;

/// Whether `s` holds an ASCII or full-width digit ([`numeral::is_digit`]), by its bytes: an
/// ASCII digit, or `EF BC 90`–`EF BC 99` (U+FF10–U+FF19). Characters are stepped over by the
/// length their lead byte gives, not decoded.
pub(super) fn has_digit(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(&lead) = b.get(i) {
        i += match lead {
            b'0'..=b'9' => return true,
            0x00..=0x7f => 1,
            0xc0..=0xdf => 2,
            0xef if b.get(i + 1) == Some(&0xbc) && matches!(b.get(i + 2), Some(0x90..=0x99)) => return true,
            0xe0..=0xef => 3,
            _ => 4,
        };
    }
    false
}

/// Whether a run of Chinese characters is made only of comparator words, magnitudes, units,
/// suffixes and numeral characters (`万元`, `以上`, `人次`), as opposed to ordinary text.
fn is_value_vocabulary(mut run: &str) -> bool {
    while !run.is_empty() {
        if let Ok((r, _)) = word(run) {
            run = r;
        } else if let Ok((r, _)) = suffix(run) {
            run = r;
        } else if let Some((_, n)) = KnownUnit::parse_prefix(run) {
            run = &run[n..];
        } else if let Some(r) = run.strip_prefix(['万', '亿', '萬', '億', '百', '千', '十', '之', '分']) {
            run = r;
        } else {
            return false;
        }
    }
    true
}

/// True when `s` contains a run of two or more Chinese characters that is ordinary text.
pub(crate) fn has_text_run(s: &str) -> bool {
    // by bytes: every Chinese character of `is_cjk` has three, and is told by its code point
    // without the general decoder; a run of two or more is six bytes or more
    let b = s.as_bytes();
    let mut start = None;
    let mut i = 0;
    loop {
        let cjk = match b.get(i..i + 3) {
            Some(&[a @ 0xe0..=0xef, b1, b2]) => {
                let cp = (u32::from(a & 0x0f) << 12) | (u32::from(b1 & 0x3f) << 6) | u32::from(b2 & 0x3f);
                matches!(cp, 0x4e00..=0x9fff | 0x3400..=0x4dbf | 0xf900..=0xfaff)
            }
            _ => false,
        };
        if cjk {
            start.get_or_insert(i);
            i += 3;
            continue;
        }
        if let Some(st) = start.take() {
            if i - st >= 6 && !is_value_vocabulary(&s[st..i]) {
                return true;
            }
        }
        match b.get(i) {
            None => return false,
            Some(&lead) => {
                i += match lead {
                    0x00..=0x7f => 1,
                    0xc0..=0xdf => 2,
                    0xe0..=0xef => 3,
                    _ => 4,
                }
            }
        }
    }
}

/// Whether a numeric value could start at `s`: a comparator symbol or word, a sign, or a number.
pub(super) fn may_start_numeric(s: &str) -> bool {
    s.chars().next().is_some_and(|c| {
        numeral::may_start_number(c)
            || matches!(c, '-' | '－' | '+' | '约' | '近')
            || !word_table(c).is_empty()
            || symbol_once(s).is_ok()
            || super::relative::starts_with_relative_word(s)
    })
}

/// A value looks numeric when it has a digit or starts with a comparator symbol, and no
/// ordinary text: its errors are reported instead of keeping it as qualitative text.
pub(super) fn looks_numeric(s: &str) -> bool {
    (has_digit(s) || symbol(s).is_ok()) && !has_text_run(s)
}

#[cfg(test)]
mod tests {
    use super::{has_digit, has_text_run};

    #[test]
    fn digits_by_bytes_are_digits_by_characters() {
        for c in '\0'..=char::MAX {
            let s = format!("明{c}显");
            assert_eq!(has_digit(&s), s.chars().any(super::numeral::is_digit), "{c:?}");
        }
    }

    /// The char-by-char reading the byte scan replaced.
    fn text_run_by_chars(s: &str) -> bool {
        let mut start = None;
        for (i, c) in s.char_indices().chain(core::iter::once((s.len(), ' '))) {
            if crate::text::is_cjk(c) && i < s.len() {
                start.get_or_insert(i);
            } else if let Some(st) = start.take() {
                let run = &s[st..i];
                if run.chars().count() >= 2 && !super::is_value_vocabulary(run) {
                    return true;
                }
            }
        }
        false
    }

    #[test]
    fn text_runs_by_bytes_are_text_runs_by_characters() {
        let parts =
            ["明显", "提升", "万", "以上", "不低于", "人次", "5", "%", "a", "é", "𠀀", "㐀", "豈", "，", " ", "一", "元/人", "\u{9fff}"];
        let mut n = 0;
        for a in parts {
            for b in parts {
                for c in parts {
                    let s = format!("{a}{b}{c}");
                    assert_eq!(has_text_run(&s), text_run_by_chars(&s), "{s}");
                    n += 1;
                }
            }
        }
        for c in '\0'..=char::MAX {
            for s in [format!("明{c}"), format!("{c}显"), format!("{c}{c}"), format!("5{c}明")] {
                assert_eq!(has_text_run(&s), text_run_by_chars(&s), "{c:?}");
            }
        }
        assert_eq!(n, parts.len().pow(3));
    }

    #[test]
    fn text_runs() {
        assert!(has_text_run("1-6期培训结束后及时考核"));
        assert!(!has_text_run("M.8万元"));
        assert!(!has_text_run("不低于5%以上"));
        assert!(has_text_run("12月底前100%到位"));
    }
}
