//! Deciding between qualitative text and a malformed number: a value that fails the numeric
//! grammar is qualitative unless it looks numeric.

use super::comparator::{suffix, symbol, symbol_once, word, word_table};
use super::numeral;
use crate::unit::KnownUnit;

/// Whether `s` holds an ASCII or full-width digit ([`numeral::is_digit`]), by its bytes: an
/// ASCII digit, or `EF BC 90`–`EF BC 99` (U+FF10–U+FF19). In UTF-8 no byte of another
/// character is one of `30`–`39` or `EF`, so the bytes are tested eight at a time for those
/// (most values ask it of Chinese words before their first digit, where a character at a
/// time cost about twenty instructions each), and a word that holds one is looked at a byte
/// at a time.
pub(super) fn has_digit(s: &str) -> bool {
    let b = s.as_bytes();
    // (a value that starts with its number, the commonest, is told by its first byte)
    if b.first().is_some_and(u8::is_ascii_digit) {
        return true;
    }
    let mut chunks = b.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        if may_hold_digit(u64::from_le_bytes(bytes)) && (at..at + 8).any(|i| digit_at(b, i)) {
            return true;
        }
        at += 8;
    }
    (at..b.len()).any(|i| digit_at(b, i))
}

/// Whether a word of eight bytes may hold a byte of `30`–`39` or `EF`: never false where one
/// does (the test of the range is exact for each byte; that of `EF` may also flag a byte above
/// one).
#[inline(always)]
fn may_hold_digit(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // (a byte between 2F and 3A exclusive, of those below 80: Bit Twiddling Hacks' hasbetween)
    let low = w & (ONES * 0x7f);
    let digit = (ONES * (0x7f + 0x3a)).wrapping_sub(low) & !w & low.wrapping_add(ONES * (0x7f - 0x2f)) & HIGHS;
    let x = w ^ (ONES * 0xef);
    let ef = x.wrapping_sub(ONES) & !x & HIGHS;
    digit | ef != 0
}

/// Whether a digit starts at byte `i` of `b` (an ASCII one, or a full-width one's `EF BC 9x`).
#[inline(always)]
fn digit_at(b: &[u8], i: usize) -> bool {
    match b[i] {
        b'0'..=b'9' => true,
        0xef => b.get(i + 1) == Some(&0xbc) && matches!(b.get(i + 2), Some(0x90..=0x99)),
        _ => false,
    }
}

/// Whether a run of Chinese characters is made only of comparator words, magnitudes, units,
/// suffixes and numeral characters (`万元`, `以上`, `人次`), as opposed to ordinary text.
fn is_value_vocabulary(mut run: &str) -> bool {
    while !run.is_empty() {
        // a comparator word of one character fused with a next that is no magnitude is a word of
        // its own (逾期, 超期: overdue), no value's vocabulary
        let fused = |r: &str| run.len() - r.len() == 3 && !r.is_empty() && super::numeral::bare_magnitude(r).is_none();
        if let Some(r) = word(run).ok().map(|(r, _)| r).filter(|r| !fused(r)) {
            run = r;
        } else if let Ok((r, _)) = suffix(run) {
            run = r;
        } else if let Some((_, n)) = KnownUnit::parse_prefix(run).filter(|(u, _)| *u != KnownUnit::Incident) {
            // (起 after a date or an amount says "from": `2025年7月1日起` is words, not a count)
            run = &run[n..];
        } else if let Some(r) = run.strip_prefix(['万', '亿', '萬', '億', '百', '千', '十', '之', '分']) {
            run = r;
        } else {
            return false;
        }
    }
    true
}

/// Every character of the words [`is_value_vocabulary`] reads: comparator words, suffixes, unit
/// spellings, magnitudes, 之 and 分 (a test checks it against the readers). A run holding any
/// other character is ordinary text, told without reading it word by word.
static VOCABULARY: super::chars::CharSet = super::chars::CharSet::of(concat!(
    "大于或等于不低少小高超过出多足满至达到控制在逾最突破额度值",
    "得能应可宜准许会允严禁止杜绝避免防并从尚未没有",
    "及以上下内其或之为限封顶起步",
    "万亿萬億百千十分"
))
.with_words(crate::unit::spellings());

/// True when `s` contains a run of two or more Chinese characters that is ordinary text.
pub(crate) fn has_text_run(s: &str) -> bool {
    // by bytes: every Chinese character of `is_cjk` has three, and is told by its code point
    // without the general decoder; a run of two or more is six bytes or more
    let b = s.as_bytes();
    let mut start = None;
    // whether the run so far holds a character of no value word
    let mut other = false;
    let mut i = 0;
    loop {
        let cjk = match b.get(i..i + 3) {
            Some(&[a @ 0xe0..=0xef, b1, b2]) => {
                let cp = (u32::from(a & 0x0f) << 12) | (u32::from(b1 & 0x3f) << 6) | u32::from(b2 & 0x3f);
                let cjk = matches!(cp, 0x4e00..=0x9fff | 0x3400..=0x4dbf | 0xf900..=0xfaff);
                other |= cjk && !VOCABULARY.has(cp);
                cjk
            }
            _ => false,
        };
        if cjk {
            let st = *start.get_or_insert(i);
            i += 3;
            // a run of two or more that holds a character of no value word is ordinary text
            // however it goes on: told here, without reading to its end (a sentence's first
            // run is most of it)
            if other && i - st >= 6 {
                return true;
            }
            continue;
        }
        if let Some(st) = start.take() {
            if i - st >= 6 && (other || !is_value_vocabulary(&s[st..i])) {
                return true;
            }
        }
        other = false;
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
            || matches!(c, '-' | '－' | '+' | '约' | '近' | '半' | '≈')
            || !word_table(c).is_empty()
            || symbol_once(s).is_ok()
            || super::relative::starts_with_relative_word(s)
            || super::comparator::starts_negated_word(s)
    })
}

/// A value looks numeric when it has a digit or starts with a comparator symbol, and no
/// ordinary text: its errors are reported instead of keeping it as qualitative text. `digit`
/// is [`has_digit`] of `s`, which the caller asks once for this and for what it does next.
pub(super) fn looks_numeric(s: &str, digit: bool) -> bool {
    (digit || symbol(s).is_ok()) && !has_text_run(s)
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
        // at every place of words of every length, around the eight bytes of a word, with the
        // bytes the word test may flag wrongly (`EF` of other characters, bytes below 80 that
        // border the digits)
        let parts = ["明", "a", "/", ":", "５", "5", "０", "9", "0", "９", "ｆ", "．", "€", "𠀀", "\u{7f}"];
        for n in 0..12 {
            for a in parts {
                for b in parts {
                    let s = format!("{}{a}{}{b}", "x".repeat(n), "显".repeat(n % 4));
                    assert_eq!(has_digit(&s), s.chars().any(super::numeral::is_digit), "{s:?}");
                }
            }
        }
    }

    /// The word test misses no digit byte nor `EF`, at any place, beside any other bytes.
    #[test]
    fn the_word_test_misses_no_digit() {
        for v in 0..=255u8 {
            for at in 0..8 {
                for fill in 0..=255u8 {
                    let mut bytes = [fill; 8];
                    bytes[at] = v;
                    if v.is_ascii_digit() || v == 0xef {
                        assert!(super::may_hold_digit(u64::from_le_bytes(bytes)), "{bytes:?}");
                    }
                }
            }
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

    /// Every character of every word the vocabulary reads is in [`super::VOCABULARY`].
    #[test]
    fn the_vocabulary_holds_every_character_of_its_words() {
        let mut words: Vec<String> = [
            "及以上",
            "及以下",
            "及以内",
            "及其以上",
            "及其以下",
            "以上",
            "以下",
            "以内",
            "或以上",
            "或以下",
            "之内",
            "内",
            "为上限",
            "为下限",
            "上限",
            "下限",
            "封顶",
            "起步",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        // (and the words that negate a comparator word before it)
        words.extend(super::super::comparator::MUST_NOT.iter().map(|w| w.to_string()));
        words.extend(crate::unit::spellings().iter().map(|(w, _)| w.to_string()));
        words.extend(["万", "亿", "萬", "億", "百", "千", "十", "之", "分"].iter().map(|w| w.to_string()));
        for c in '\0'..=char::MAX {
            words.extend(super::word_table(c).iter().map(|(w, _)| w.to_string()));
        }
        for w in &words {
            // the suffixes and words are what the readers take (a word they do not take is no test)
            assert!(w.chars().all(|c| c as u32 >= 0x1_0000 || super::VOCABULARY.has(c as u32)), "{w}");
        }
        // and a run with any other character is no value vocabulary
        for c in ('\u{3400}'..='\u{4dbf}').chain('\u{4e00}'..='\u{9fff}') {
            if !super::VOCABULARY.has(c as u32) {
                for run in [format!("{c}以上"), format!("万{c}"), format!("人{c}次")] {
                    assert!(!super::is_value_vocabulary(&run), "{run}");
                }
            }
        }
    }

    #[test]
    fn text_runs() {
        assert!(has_text_run("1-6期培训结束后及时考核"));
        assert!(!has_text_run("M.8万元"));
        assert!(!has_text_run("不低于5%以上"));
        assert!(has_text_run("12月底前100%到位"));
    }
}
