//! Text as tables write it: trimming, folding for comparison, and the marks that mean "no value".
//!
//! One place for the small text rules every layer uses: the value grammar trims cells the same
//! way the importers do, level names fold the same way headers do, and a dash means "nothing
//! written" wherever it stands.

use std::borrow::Cow;

/// A Chinese character (CJK unified ideographs, extension A and the compatibility block).
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
}

/// The marks a table writes in a cell that holds no value (空值): slashes, dashes, ellipses.
///
/// Each context adds its own words with a meaning of their own: an amount cell reads 无 and 空 as
/// empty, an actual reads 不适用 as "does not apply" (see [`crate::Actual`]).
pub(crate) fn is_no_value_mark(s: &str) -> bool {
    // every mark starts with `/`, `-`, `\\` or a character encoded from 0xE2 or 0xEF
    matches!(s.as_bytes().first(), Some(b'/' | b'-' | b'\\' | 0xe2 | 0xef))
        && matches!(s, "/" | "／" | "-" | "—" | "——" | "--" | "–" | "－" | "\\" | "…" | "……")
}

/// Whitespace of all widths, and the quotes and punctuation that cling to value cells.
#[inline]
pub(crate) fn is_value_trim_char(c: char) -> bool {
    // (and the commas a list leaves at a cell's end: `≥95%，`, `≥95%、`)
    c.is_whitespace() || matches!(c, '“' | '”' | '"' | '‘' | '’' | '\'' | '「' | '」' | '。' | '；' | ';' | '，' | ',' | '、' | '\u{feff}')
}

/// Whether `s` may start with a character [`is_value_trim_char`] accepts, from its first two
/// bytes: every such character is ASCII whitespace, a quote, `;` or `,`, or starts with `C2`, `E1`,
/// `E2 80`, `E2 81`, `E3 80`, `EF BB` or `EF BC` (most values start with a digit, `≥` or a
/// Chinese character, and skip the decoding).
#[inline]
fn may_start_with_value_trim_char(s: &str) -> bool {
    // The ASCII characters of `is_value_trim_char` (its whitespace, quotes and `;`) as bits.
    const ASCII: u128 = (0b11111 << b'\t') | (1 << b' ') | (1 << b'"') | (1 << b'\'') | (1 << b';') | (1 << b',');
    let b = s.as_bytes();
    let Some(&first) = b.first() else { return false };
    if first < 0x80 {
        return ASCII >> first & 1 == 1;
    }
    // no `match` here: it compiles to a jump table whose mispredictions cost more than the test
    let second = b.get(1).copied().unwrap_or(0);
    (first == 0xc2)
        | (first == 0xe1)
        | ((first == 0xe2) & ((second == 0x80) | (second == 0x81)))
        | ((first == 0xe3) & (second == 0x80))
        | ((first == 0xef) & ((second == 0xbb) | (second == 0xbc)))
}

/// The bytes that start or end no trim character: ASCII letters, digits, `%`, `<`, `=`, `>`, `|`
/// (split columns start and end with it: `|100|%`, `定性|优良中低差|`), and the lead bytes E4–E9
/// of the common CJK block. A test checks it against [`is_value_trim_char`].
static PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = c.is_ascii_alphanumeric() || matches!(c, b'%' | b'<' | b'=' | b'>' | b'|' | 0xe4..=0xe9);
        i += 1;
    }
    t
};

/// A value cell trimmed of spaces, quotes and clinging punctuation; returns the trimmed text and
/// its byte offset in `s`.
#[inline(always)]
pub(crate) fn trim_value(s: &str) -> (&str, usize) {
    // most values start with an ASCII letter, digit, `%` or comparator, a symbol such as `≥` (E2), or a
    // character of the common CJK block (lead bytes E4–E9, where no trim character lies), and end
    // with an ASCII letter, digit or `%` or such a CJK character: decided from a table, inline
    // (a call cost the commonest values a fifth of their time)
    let b = s.as_bytes();
    if let [first, ..] = b {
        let second = b.get(1).copied().unwrap_or(0);
        let last = b[b.len() - 1];
        // E2 starts a trim character only before 80 or 81 (quotes and spaces of U+2000–U+205F);
        // after any other byte it starts `≥`, `≤`, `═` and their like
        let first_plain = PLAIN[usize::from(*first)] | ((*first == 0xe2) & (second != 0x80) & (second != 0x81));
        // a last byte from 80 is the last of a character of two or more bytes: of three, from
        // E4–E9, when the byte two before it is such a lead (a two-byte character never is)
        let last_plain = if last < 0x80 { PLAIN[usize::from(last)] } else { b.len() >= 3 && (0xe4..=0xe9).contains(&b[b.len() - 3]) };
        if first_plain & last_plain {
            return (s, 0);
        }
    }
    trim_value_slow(s)
}

/// [`trim_value`] of a value that may start or end with a trim character.
#[inline(never)]
fn trim_value_slow(s: &str) -> (&str, usize) {
    // (an empty cell of a split value: nothing to look at)
    if s.is_empty() {
        return (s, 0);
    }
    // the last character is found from its lead byte and tested as the first one is
    let may_end_with = |s: &str| {
        let lead = s.as_bytes().iter().rposition(|&b| b & 0xc0 != 0x80).unwrap_or(0);
        may_start_with_value_trim_char(&s[lead..])
    };
    if !may_start_with_value_trim_char(s) && !may_end_with(s) {
        return (s, 0);
    }
    let start = s.len() - s.trim_start_matches(is_value_trim_char).len();
    let t = s[start..].trim_end_matches(is_value_trim_char);
    (t, start)
}

/// The same as `str::trim`, quicker when neither end can be a space: a space starts with one
/// of the bytes `09`–`0D`, `20`, `C2`, `E1`, `E2`, `E3` and ends with one of `09`–`0D`, `20`,
/// `80`–`8A`, `9F`, `A0`, `A8`, `A9`, `AF`.
pub(crate) fn trim(text: &str) -> &str {
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

/// Whether `text` may hold a character that label folding drops: a space (any
/// `char::is_whitespace`), a colon (`:`, `：`), `*` or `★`. False means it holds none; true asks
/// for the full check.
///
/// It looks at bytes only: the ASCII spaces and marks, and the first two bytes of every other
/// character concerned (`C2` for U+0085 and U+00A0, `E1 9A` for U+1680, `E2 80`/`E2 81` for
/// U+2000–U+205F, `E2 98` for `★`, `E3 80` for U+3000, `EF BC` for `：`).
fn may_fold(text: &str) -> bool {
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

/// Whether label folding drops `c`: spaces of every width, colons and the marks `*` and `★`.
fn is_label_noise(c: char) -> bool {
    c.is_whitespace() || matches!(c, '*' | '★' | '：' | ':')
}

/// A label or header as the importers compare it: trimmed, without spaces, colons or marks
/// (`其中：财政    资金` is `其中财政资金`). Borrowed from `text` unless something inside it has to go.
pub(crate) fn fold_label(text: &str) -> Cow<'_, str> {
    let t = trim(text);
    if may_fold(t) && t.contains(is_label_noise) {
        Cow::Owned(t.chars().filter(|&c| !is_label_noise(c)).collect())
    } else {
        Cow::Borrowed(t)
    }
}

/// `s` without any white space: how names and texts compare when a table spaced them out
/// (`财政    资金`, `指标1:资金是否全部纳入医 保统筹`).
pub(crate) fn without_spaces(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether `a` and `b` are the same text once white space is dropped; allocates nothing.
pub(crate) fn eq_without_spaces(a: &str, b: &str) -> bool {
    a.chars().filter(|c| !c.is_whitespace()).eq(b.chars().filter(|c| !c.is_whitespace()))
}

/// The simplified form of the traditional characters seen in level names (`產出指標`).
pub(crate) fn simplify(c: char) -> char {
    match c {
        '產' => '产',
        '標' => '标',
        '數' => '数',
        '質' => '质',
        '時' => '时',
        '滿' => '满',
        '經' => '经',
        '濟' => '济',
        '會' => '会',
        '態' => '态',
        '續' => '续',
        '響' => '响',
        '務' => '务',
        '對' => '对',
        '項' => '项',
        '與' => '与',
        '環' => '环',
        '應' => '应',
        '効' => '效',
        '計' => '计',
        _ => c,
    }
}

/// Whether a parenthesised text is a pinyin artifact of a copied page (`產(chǎn)`): ASCII
/// letters, tone-marked vowels and spaces only.
fn is_pinyin(inner: &str) -> bool {
    !inner.is_empty()
        && inner
            .chars()
            .all(|d| d.is_ascii_alphabetic() || ('\u{e0}'..='\u{17f}').contains(&d) || ('\u{1cd}'..='\u{1dc}').contains(&d) || d == ' ')
}

/// Whether a parenthesised text is a weight (`50分`, `30.5 分`).
pub(crate) fn is_weight_note(inner: &str) -> bool {
    let inner = inner.trim();
    inner.ends_with('分') && {
        let number = inner.trim_end_matches('分').trim();
        !number.is_empty() && number.chars().all(|d| d.is_ascii_digit() || d == '.')
    }
}

/// Normalises a level or indicator name as tables write it: no spaces, simplified characters,
/// no pinyin artifacts (`產(chǎn)`), no weight (`(50分)`), no ★ marks.
///
/// Linear in the length of `s`: the next closing parenthesis is found once and reused by every
/// opening one before it (a name of 20 000 `(` takes twice the time of 10 000, not four times).
pub(crate) fn fold_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // the byte offset in `s` of the next `)` or `）` at or after the current position
    let mut next_close: Option<Option<usize>> = None;
    let mut at = 0;
    while let Some(c) = s[at..].chars().next() {
        let after = at + c.len_utf8();
        if c == '(' || c == '（' {
            if next_close.is_some_and(|n| n.is_some_and(|n| n < after)) {
                next_close = None;
            }
            let close = *next_close.get_or_insert_with(|| s[after..].find([')', '）']).map(|i| after + i));
            if let Some(close) = close {
                let inner = s[after..close].trim();
                if is_pinyin(inner) || is_weight_note(inner) {
                    at = close + s[close..].chars().next().map_or(1, char::len_utf8);
                    next_close = None;
                    continue;
                }
            }
        }
        if !(c.is_whitespace() || matches!(c, '★' | '☆' | '*')) {
            out.push(simplify(c));
        }
        at = after;
    }
    out
}

/// The first character of a non-empty string, as a code point: a `const` decoding of UTF-8,
/// for tables of first characters built at compile time.
pub(crate) const fn first_char(s: &str) -> u32 {
    let b = s.as_bytes();
    if b[0] < 0x80 {
        b[0] as u32
    } else if b[0] < 0xe0 {
        ((b[0] as u32 & 0x1f) << 6) | (b[1] as u32 & 0x3f)
    } else if b[0] < 0xf0 {
        ((b[0] as u32 & 0x0f) << 12) | ((b[1] as u32 & 0x3f) << 6) | (b[2] as u32 & 0x3f)
    } else {
        ((b[0] as u32 & 0x07) << 18) | ((b[1] as u32 & 0x3f) << 12) | ((b[2] as u32 & 0x3f) << 6) | (b[3] as u32 & 0x3f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_trimming() {
        assert_eq!(trim_value("  “≥5%”\u{3000}"), ("≥5%", 5));
        for c in ('\0'..=char::MAX).filter(|&c| is_value_trim_char(c)) {
            assert!(may_start_with_value_trim_char(&format!("{c}5")), "{c:?}");
            assert_eq!(trim_value(&format!("5{c}")), ("5", 0), "{c:?} at the end");
            assert_eq!(trim_value(&format!("{c}5")), ("5", c.len_utf8()), "{c:?} at the start");
            // the quick test of plain ends never passes a trim character
            let mut utf8 = [0; 4];
            let lead = c.encode_utf8(&mut utf8).as_bytes()[0];
            let passes_quick_test = PLAIN[usize::from(lead)] || (lead == 0xe2 && utf8[1] == 0x89);
            assert!(!passes_quick_test, "{c:?}");
        }
        for c in '\0'..='\x7f' {
            assert_eq!(may_start_with_value_trim_char(&format!("{c}5")), is_value_trim_char(c), "{c:?}");
        }
    }

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
        for c in (0..=0x10_ffff_u32).filter_map(char::from_u32).filter(|&c| is_label_noise(c)) {
            assert!(may_fold(&format!("指标{c}值")), "{c:?}");
        }
        assert!(!may_fold("三级指标") && !may_fold("≥95%") && !may_fold("≤2小时"));
        assert_eq!(fold_label("其中：财政    资金"), "其中财政资金");
        assert!(matches!(fold_label(" 指标值 "), Cow::Borrowed("指标值")));
    }

    #[test]
    fn names_fold() {
        assert_eq!(fold_name("產(chǎn)出指標(biāo) (50分)"), "产出指标");
        assert_eq!(fold_name("★数量 指标"), "数量指标");
        assert_eq!(fold_name("数量指标(必填)"), "数量指标(必填)");
        assert_eq!(fold_name("(("), "((");
        assert_eq!(fold_name("（30分"), "（30分");
    }

    #[test]
    fn placeholders() {
        for s in ["/", "—", "——", "－", "…"] {
            assert!(is_no_value_mark(s), "{s}");
        }
        assert!(!is_no_value_mark("无") && !is_no_value_mark("-5%"));
    }
}
