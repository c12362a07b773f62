//! Traditional characters (繁体字) folded to the simplified ones the grammar reads: tables
//! copied through a converter write `30萬元以內`, `不超過5%`, `較上年增長5%`. The grammar's own
//! words are written simplified; rather than spell each word twice, a value that holds one of
//! these characters is read with each folded (every pair is one character of three bytes for
//! one of three, so every offset stays where it was, and the text a value keeps is taken from
//! the value as written).
//!
//! The pairs are those of the characters in the grammar's words (comparators, suffixes, units,
//! dates, relative targets, grades, answers) whose traditional form differs; those the grammar
//! reads as well (萬 億 個 兩) fold too, so that a word with one of them and another (`個百分點`)
//! reads whole.

use super::chars::CharSet;

/// The traditional characters, in the order of [`SIMPLIFIED`].
const TRADITIONAL: &str = concat!(
    "並佔個價億償優內兩冊別劃動叄員噸嚴圍場塊壓實將對幾張後從復態應戶採換數斷於時會條棟業標",
    "機歲沒減準滯滿為無煙爭爲獲現環畝畢當發確礎礙種穩範約紙級組結絕經網線縫縮總織續臺與萬處",
    "號計訓設許評課論證負貳購較輛辦農進過達適遲釐長開間陸際離頂頃項須預頭額顯餘駕駛驗體點",
);

/// The simplified character of each of [`TRADITIONAL`].
const SIMPLIFIED: &str = concat!(
    "并占个价亿偿优内两册别划动叁员吨严围场块压实将对几张后从复态应户采换数断于时会条栋业标",
    "机岁没减准滞满为无烟争为获现环亩毕当发确础碍种稳范约纸级组结绝经网线缝缩总织续台与万处",
    "号计训设许评课论证负贰购较辆办农进过达适迟厘长开间陆际离顶顷项须预头额显余驾驶验体点",
);

/// The characters that fold, and 覆, which folds only in 批覆 (批复, approved: 覆 is a simplified
/// character of its own, 覆盖 coverage).
static FOLDED: CharSet = CharSet::of(TRADITIONAL).with_words(&[("覆", ())]);

/// `s` with each traditional character of the table folded to its simplified one, or `None`
/// when it holds none (the common case, told by one lookup per character of three bytes).
pub(crate) fn fold(s: &str) -> Option<Folded> {
    let b = s.as_bytes();
    // ([`holds`] finds the other dashes too, [`super::dashes`], folded alike)
    if !holds(s) {
        return None;
    }
    // every pair is three bytes for three: the folded text has the length of `s`, and a short
    // one is folded on the stack (the slow path of a value allocates nothing, as the rest)
    let mut folded = if s.len() <= INLINE { Folded::Inline { bytes: [0; INLINE], len: s.len() } } else { Folded::Heap(vec![0; s.len()]) };
    let out = folded.bytes_mut();
    // character by character, each of three bytes looked up in the set and then the table
    // (binary search: the table is in code point order)
    out.copy_from_slice(b);
    let mut i = 0;
    while i < out.len() {
        match super::chars::three(b, i) {
            Some(cp) if FOLDED.has(cp) => {
                if let Ok(k) = TRADITIONAL_CODES.binary_search(&cp) {
                    out[i..i + 3].copy_from_slice(&encode(SIMPLIFIED_CODES[k]));
                }
                i += 3;
            }
            Some(_) if b[i] == 0xe2 => {
                if let Some(dash) = super::dashes::folded_at(b, i) {
                    out[i..i + 3].copy_from_slice(&dash);
                }
                i += 3;
            }
            _ => i += 1,
        }
    }
    // 覆 folds in 批覆 only (批复, approved)
    let approved = "批覆".as_bytes();
    let mut i = 0;
    while i + approved.len() <= out.len() {
        if &out[i..i + approved.len()] == approved {
            out[i + 3..i + 6].copy_from_slice("复".as_bytes());
        }
        i += 1;
    }
    // (覆 outside 批覆 stays: what did not change is no second reading, and a caller that reads
    // the folded text again would otherwise fold it for ever)
    (&*folded != s).then_some(folded)
}

/// The characters of [`TRADITIONAL`] that the grammar reads as they are (萬 億 and the
/// financial numerals): they fold with the others, but alone ask for no folding (a value with 萬
/// that did not read, `|28.8萬元|%`, reads no better folded, and was read twice).
static READ_AS_THEY_ARE: CharSet = CharSet::of("萬億貳陸");

/// The characters that ask for folding: those of [`FOLDED`] but [`READ_AS_THEY_ARE`] (覆 among
/// them, which asks only after 批).
pub(super) static ASKS: CharSet = CharSet::of(TRADITIONAL).with_words(&[("覆", ())]).without(&READ_AS_THEY_ARE);

/// Whether `s` holds a character that folds. Every character that may is a Chinese character of
/// U+4000..U+9FFF (a test checks it), whose lead byte is E4–E9: only those bytes are looked at,
/// and no byte of another character is one of them (continuation bytes are 80–BF), so the scan
/// steps a byte at a time between them without decoding the characters it passes (this runs on
/// every value that did not read, and on those the scan for digits left before their end).
pub(crate) fn holds(s: &str) -> bool {
    holds_bytes(s.as_bytes())
}

/// [`holds`] of the bytes of a text.
pub(crate) fn holds_bytes(b: &[u8]) -> bool {
    let mut i = 0;
    while i + 2 < b.len() {
        if matches!(b[i], 0xe4..=0xe9) {
            if folds_at(b, i) {
                return true;
            }
            i += 3;
        } else if b[i] == 0xe2 {
            // (and the dashes that fold alike, [`super::dashes`]: `5−10人`)
            if super::dashes::folded_at(b, i).is_some() {
                return true;
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    false
}

/// Whether the character of three bytes at `b[i..]` folds and asks for folding (not one of
/// [`READ_AS_THEY_ARE`]; 覆 only after 批).
#[inline(always)]
pub(super) fn folds_at(b: &[u8], i: usize) -> bool {
    if i + 2 >= b.len() {
        return false;
    }
    let cp = (u32::from(b[i] & 0x0f) << 12) | (u32::from(b[i + 1] & 0x3f) << 6) | u32::from(b[i + 2] & 0x3f);
    // (覆 alone is the simplified 覆 of 覆盖, coverage, common in these tables: only 批覆 folds,
    // and a value with 覆 elsewhere was read twice for nothing)
    ASKS.has(cp) && (cp != '覆' as u32 || b[..i].ends_with("批".as_bytes()))
}

/// The simplified character of the character `cp`, or `cp` where it has none (覆 stays: it
/// folds after 批 only).
pub(super) fn fold_char(cp: u32) -> u32 {
    TRADITIONAL_CODES.binary_search(&cp).map_or(cp, |k| SIMPLIFIED_CODES[k])
}

/// The number of pairs.
const PAIRS: usize = TRADITIONAL.len() / 3;

/// The code points of [`TRADITIONAL`] and [`SIMPLIFIED`], in their order (code point order of
/// the traditional ones: a test checks it).
static TRADITIONAL_CODES: [u32; PAIRS] = codes(TRADITIONAL);
static SIMPLIFIED_CODES: [u32; PAIRS] = codes(SIMPLIFIED);

/// The code points of a text of characters of three bytes each.
const fn codes(s: &str) -> [u32; PAIRS] {
    let b = s.as_bytes();
    let mut out = [0u32; PAIRS];
    let mut i = 0;
    while i < PAIRS {
        let (a, b1, b2) = (b[3 * i] as u32, b[3 * i + 1] as u32, b[3 * i + 2] as u32);
        out[i] = ((a & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
        i += 1;
    }
    out
}

/// The three UTF-8 bytes of a code point of U+0800..U+FFFF.
fn encode(cp: u32) -> [u8; 3] {
    [0xe0 | (cp >> 12) as u8, 0x80 | ((cp >> 6) & 0x3f) as u8, 0x80 | (cp & 0x3f) as u8]
}

/// The longest text folded on the stack.
const INLINE: usize = 120;

/// A text folded by [`fold`]: on the stack when short, on the heap otherwise.
pub(crate) enum Folded {
    Inline { bytes: [u8; INLINE], len: usize },
    Heap(Vec<u8>),
}

impl Folded {
    fn bytes_mut(&mut self) -> &mut [u8] {
        match self {
            Folded::Inline { bytes, len } => &mut bytes[..*len],
            Folded::Heap(v) => v,
        }
    }
}

impl core::ops::Deref for Folded {
    type Target = str;
    fn deref(&self) -> &str {
        let bytes = match self {
            Folded::Inline { bytes, len } => &bytes[..*len],
            Folded::Heap(v) => v,
        };
        // (UTF-8 by construction: characters encoded whole, replaced by characters of the
        // same length)
        core::str::from_utf8(bytes).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_one_character_of_three_bytes_each() {
        assert_eq!(TRADITIONAL.chars().count(), SIMPLIFIED.chars().count());
        assert!(TRADITIONAL_CODES.windows(2).all(|w| w[0] < w[1]), "in code point order");
        for (i, (t, s)) in TRADITIONAL.chars().zip(SIMPLIFIED.chars()).enumerate() {
            assert_eq!((TRADITIONAL_CODES[i], SIMPLIFIED_CODES[i]), (t as u32, s as u32));
            assert_eq!(encode(s as u32), s.to_string().as_bytes());
        }
        for (t, s) in TRADITIONAL.chars().zip(SIMPLIFIED.chars()) {
            assert_eq!((t.len_utf8(), s.len_utf8()), (3, 3), "{t} {s}");
            assert_ne!(t, s);
            // folding once is enough: no simplified character folds again
            assert!(!TRADITIONAL.contains(s), "{s}");
        }
    }

    #[test]
    fn every_character_that_asks_has_a_lead_byte_of_e4_to_e9() {
        // the premise of `holds`, which looks at no other lead byte
        for c in TRADITIONAL.chars().chain(['覆']) {
            assert!(('\u{4000}'..='\u{9fff}').contains(&c), "{c}");
            assert!(matches!(c.to_string().as_bytes()[0], 0xe4..=0xe9), "{c}");
        }
        // and `ASKS` is the characters of the table but those read as they are
        for cp in 0..0x1_0000u32 {
            let asks = char::from_u32(cp).is_some_and(|c| (TRADITIONAL.contains(c) || c == '覆') && !"萬億貳陸".contains(c));
            assert_eq!(ASKS.has(cp), asks, "{cp:x}");
        }
    }

    #[test]
    fn holds_is_a_search_of_every_character() {
        let each = |s: &str| {
            s.char_indices().any(|(i, c)| {
                let asks = (TRADITIONAL.contains(c) || c == '覆') && !"萬億貳陸".contains(c);
                asks && (c != '覆' || s[..i].ends_with('批'))
            })
        };
        let words = ["", "a", "≥", "較", "萬", "覆", "批覆", "批", "覆盖", "１", "𠀀", "é", "內", "以", "个", "億", "，", " "];
        for a in words {
            for b in words {
                for c in words {
                    let s = format!("{a}{b}{c}");
                    assert_eq!(holds(&s), each(&s), "{s}");
                }
            }
        }
    }

    #[test]
    fn folds_what_the_table_holds_and_keeps_offsets() {
        assert_eq!(fold("30萬元以內").as_deref(), Some("30万元以内"));
        assert_eq!(fold("不超過5%").as_deref(), Some("不超过5%"));
        assert!(fold("≥95%").is_none());
        assert!(fold("|28.8萬元|%").is_none());
        assert!(fold("覆盖率100%").is_none());
        assert!(!holds("覆盖全区所有人员") && !holds("覆盖率≥95%"), "覆 alone folds to nothing");
        assert!(holds("已批覆") && fold("已批覆").as_deref() == Some("已批复"));
        assert_eq!(fold("萬元以內").as_deref(), Some("万元以内"));
        let s = "較上年增長5%";
        assert!(holds("較上年增長5%") && holds("x萬億較") && !holds("萬億貳陸"));
        assert_eq!(fold(s).map(|f| f.len()), Some(s.len()));
    }
}
