//! Telling ordinary text (`明显提升`, the commonest value off the fast path) from the start of
//! anything else by its first character, in one table lookup.
//!
//! Without the table, ruling a value out took seven tests of its first character (a number, a
//! sign, a comparator symbol or word, a date word, a magnitude, a unit), each a search of its
//! own. The tests stay the definition: a test below checks the table against them for every
//! character, so a new unit spelling or comparator word that the table lacks fails it.

use super::date::may_start_date;
use super::looks::may_start_numeric;
use super::value::may_start_bare_unit;

/// First characters, written in three UTF-8 bytes, of the words that start a value: Chinese
/// numerals, magnitudes, full-width digits and signs, comparator symbols and words, and date
/// words, and Latin units in full width. The first characters of unit spellings are added
/// from the unit table itself.
const STARTS: &[char] = &[
    // numerals and magnitudes, and 半 (半年, 半个月: half of a duration)
    '半', '〇', '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '拾', '百', '佰', '千', '仟', '万', '萬', '亿',
    '億', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '兩', '參', '貳', '陸', '幺', // full-width digits and signs
    '０', '１', '２', '３', '４', '５', '６', '７', '８', '９', '－', // comparator symbols
    '≤', '≥', '≦', '≧', '≮', '≯', '═', '⩽', '⩾', '＜', '＝', '＞', '﹤', '﹥', '﹦', // the sign of approximating
    '≈',  // comparator words (不低于, 至少, 控制在, 超过, …) and more-than words (多于)
    '不', '低', '大', '少', '多', '控', '等', '至', '超', '达', '高', '逾', '最', '突',
    // date words (上半年, 下半年, 截至, 当年, 今年, 第三季度, 每年, 完成时间, 力争, 于, 在, 已于)
    '上', '下', '于', '力', '在', '完', '当', '今', '已', '截', '每', '第', '约', '近', '年', '本', '较', '比', '与', '同', '环', '前',
    // words of intent (确保, 力争, 争取, 保证, 努力)
    '确', '争', '保', '努', // Latin units in full width (`ｋｍ`, `ＫＧ`, `ｍ３`: crate::latin_units)
    'Ｃ', 'Ｈ', 'Ｋ', 'Ｌ', 'Ｍ', 'ｃ', 'ｇ', 'ｈ', 'ｋ', 'ｍ', 'ｔ',
];

/// One bit per character of U+0000..U+FFFF: bit `c % 64` of word `c / 64` is set when `c` is in
/// [`STARTS`] or starts a unit spelling.
static TABLE: [u64; 1024] = {
    let mut table = [0u64; 1024];
    let mut i = 0;
    while i < STARTS.len() {
        set(&mut table, STARTS[i] as u32);
        i += 1;
    }
    let units = crate::unit::spellings();
    let mut i = 0;
    while i < units.len() {
        set(&mut table, crate::text::first_char(units[i].0));
        i += 1;
    }
    table
};

const fn set(table: &mut [u64; 1024], c: u32) {
    if c < 0x1_0000 {
        table[(c / 64) as usize] |= 1 << (c % 64);
    }
}

/// Whether `s` may start anything but ordinary text: a number, a sign, a comparator, a date, a
/// magnitude or a unit. False means that `s`, if it holds no digit, is qualitative text.
/// (The grammar asks it with the negations, [`may_start_value_or_negation`]; the tests check
/// the table by this.)
#[cfg(test)]
pub(super) fn may_start_value(s: &str) -> bool {
    match super::chars::three(s.as_bytes(), 0) {
        // a character of three bytes (every Chinese character): its bit in the table
        Some(cp) => in_table(&TABLE, cp),
        // ASCII, two- and four-byte characters are rare at the start of text: ask the rules
        None => rules_may_start(s),
    }
}

/// Whether the character `cp` of three bytes has its bit in `table`.
#[inline(always)]
fn in_table(table: &[u64; 1024], cp: u32) -> bool {
    table[(cp / 64) as usize & 1023] & (1 << (cp % 64)) != 0
}

/// [`TABLE`] with the first characters of the words that negate a comparator word
/// ([`super::comparator::MUST_NOT_STARTS`]) added: text whose first character is in neither
/// starts no value and no negated comparator word.
static TABLE_OR_NEGATION: [u64; 1024] = {
    let mut table = TABLE;
    let starts = super::comparator::MUST_NOT_STARTS;
    let mut i = 0;
    while i < starts.len() {
        set(&mut table, starts[i] as u32);
        i += 1;
    }
    table
};

/// Whether `s` may start anything but ordinary text (a number, a sign, a comparator, a date, a
/// magnitude or a unit), or starts a negated comparator word
/// ([`super::comparator::starts_negated_word`]: `严禁超过…`): false means that `s`, if it
/// holds no digit, is qualitative text. Every negation starts with a Chinese character, so
/// text whose first character is in neither table is told by one lookup (asking the negations
/// by the decoded first character cost plain text a tenth of its time). Inlined always: the
/// lookup is a few instructions (a call cost plain text a thirtieth of its time).
#[inline(always)]
pub(super) fn may_start_value_or_negation(s: &str) -> bool {
    match super::chars::three(s.as_bytes(), 0) {
        Some(cp) => in_table(&TABLE_OR_NEGATION, cp) && (in_table(&TABLE, cp) || super::comparator::starts_negated_word(s)),
        None => rules_may_start(s) || super::comparator::starts_negated_word(s),
    }
}

/// Whether a value may start with the character `cp` of three bytes, or a negated comparator
/// word: where not, [`may_start_value_or_negation`] says no of every text it starts.
pub(super) fn may_start_or_negate(cp: u32) -> bool {
    in_table(&TABLE_OR_NEGATION, cp)
}

/// Whether [`super::comparator::may_start_but_negated`] holds of the first character of `s`.
/// A character of U+3000..U+9FFF (lead byte E3–E9: most text) starts a comparator only as a
/// word, and the first character of every comparator word is in [`TABLE`] (a test checks
/// every character): one not in it is told by one lookup, without decoding it (which, with
/// the search of the words, was a tenth of the time of plain text).
#[inline(always)]
pub(super) fn may_start_comparator(s: &str) -> bool {
    let decoded = |s: &str| s.chars().next().is_some_and(super::comparator::may_start_but_negated);
    match *s.as_bytes() {
        [a @ 0xe3..=0xe9, b, c, ..] => {
            let cp = (u32::from(a & 0x0f) << 12) | (u32::from(b & 0x3f) << 6) | u32::from(c & 0x3f);
            in_table(&TABLE, cp) && decoded(s)
        }
        _ => decoded(s),
    }
}

/// Whether `s`, which starts with no character of three bytes, may start a value: asked of
/// the rules themselves.
#[inline(never)]
fn rules_may_start(s: &str) -> bool {
    may_start_numeric(s) || may_start_date(s) || may_start_bare_unit(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the rules say of text that starts with `c`, followed by anything that could make a
    /// word of it (the rest of each unit spelling that starts with `c`, a digit, a date word).
    fn rules_say(c: char) -> bool {
        let mut tails: Vec<String> = ["", "5", "年", "人"].map(String::from).to_vec();
        tails.extend(crate::unit::spellings().iter().filter_map(|(w, _)| w.strip_prefix(c)).map(String::from));
        // (and the Latin spellings in full width and either case: `ｋｍ`, `ＫＭ`)
        let wide = |w: &str| {
            w.chars().map(|c| if c.is_ascii_graphic() { char::from_u32(c as u32 + 0xfee0).unwrap() } else { c }).collect::<String>()
        };
        for (w, _) in crate::unit::spellings().iter().filter(|(w, _)| w.starts_with(|c: char| c.is_ascii_alphabetic())) {
            for w in [wide(w), wide(&w.to_ascii_uppercase()), wide(&w.to_ascii_lowercase())] {
                tails.extend(w.strip_prefix(c).map(String::from));
            }
        }
        tails.iter().any(|tail| {
            let s = format!("{c}{tail}");
            may_start_numeric(&s) || may_start_date(&s) || may_start_bare_unit(&s)
        })
    }

    #[test]
    fn the_table_is_the_rules() {
        let three_bytes = ('\u{800}'..='\u{ffff}').filter(|c| c.len_utf8() == 3);
        let mut missing = Vec::new();
        let mut extra = Vec::new();
        for c in three_bytes {
            match (may_start_value(&format!("{c}")), rules_say(c)) {
                (false, true) => missing.push(c),
                (true, false) => extra.push(c),
                _ => {}
            }
        }
        assert!(missing.is_empty(), "characters that start a value, missing from STARTS: {missing:?}");
        assert!(extra.is_empty(), "characters in STARTS that start nothing: {extra:?}");
    }

    #[test]
    fn the_negations_are_in_their_table() {
        // every character alone and before a comparator word, and every negation before one
        let negated = super::super::comparator::MUST_NOT.iter().map(|w| format!("{w}低于5"));
        let any = ('\0'..=char::MAX).flat_map(|c| [format!("{c}"), format!("{c}低于5")]);
        for s in negated.chain(any) {
            let rules = may_start_value(&s) || super::super::comparator::starts_negated_word(&s);
            assert_eq!(may_start_value_or_negation(&s), rules, "{s:?}");
        }
    }

    #[test]
    fn comparators_start_in_the_table() {
        for c in '\0'..=char::MAX {
            let s = format!("{c}");
            assert_eq!(may_start_comparator(&s), super::super::comparator::may_start_but_negated(c), "{s:?}");
        }
        assert!(!may_start_comparator(""));
    }

    #[test]
    fn digits_in_units_follow_letters() {
        // the value grammar tests for a unit alone only in text without a number (`m2` is a unit);
        // the scales a share is per (`/10万`) are read after their number, never alone
        for (w, _) in crate::unit::spellings() {
            assert!(!super::super::value::has_number_digit(w) || w.starts_with('/'), "{w}");
        }
        assert!(super::super::value::has_number_digit("≥15年"));
        assert!(super::super::value::has_number_digit("5m2"));
        assert!(!super::super::value::has_number_digit("≥km2"));
    }

    #[test]
    fn other_characters_ask_the_rules() {
        for c in ('\0'..=char::MAX).filter(|c| c.len_utf8() != 3) {
            for s in [format!("{c}"), format!("{c}5")] {
                assert_eq!(may_start_value(&s), may_start_numeric(&s) || may_start_date(&s) || may_start_bare_unit(&s), "{s:?}");
            }
        }
    }
}
