//! Traditional characters (繁体字) folded to the simplified ones the grammar reads: tables
//! copied through a converter write `30萬元以內`, `不超過5%`, `較上年增長5%`. The grammar's own
//! words are written simplified; rather than spell each word twice, a value that holds one of
//! these characters and did not read cleanly is read again with each folded (every pair is one
//! character of three bytes for one of three, so every offset stays where it was).
//!
//! The pairs are those of the characters in the grammar's words (comparators, suffixes, units,
//! dates, relative targets, grades, answers) whose traditional form differs; those the grammar
//! reads as well (萬 億 個 兩) fold too, so that a word with one of them and another (`個百分點`)
//! reads whole.

use super::chars::CharSet;

/// The traditional characters, in the order of [`SIMPLIFIED`].
const TRADITIONAL: &str = concat!(
    "並佔個價億償優內兩冊別劃動叄員噸嚴圍場塊壓實將對張後從復態應戶採換數斷於時會條棟業標機歲沒減準滯滿為",
    "無煙爭爲獲現環畝畢當發確礎礙種穩範約紙級組結絕經網線縫縮織續臺與萬處號計訓設許評課論證負貳購較輛辦農",
    "進過達適遲釐長開間陸際離頂頃項須預頭額顯餘駕駛驗體點",
);

/// The simplified character of each of [`TRADITIONAL`].
const SIMPLIFIED: &str = concat!(
    "并占个价亿偿优内两册别划动叁员吨严围场块压实将对张后从复态应户采换数断于时会条栋业标机岁没减准滞满为",
    "无烟争为获现环亩毕当发确础碍种稳范约纸级组结绝经网线缝缩织续台与万处号计训设许评课论证负贰购较辆办农",
    "进过达适迟厘长开间陆际离顶顷项须预头额显余驾驶验体点",
);

/// The characters that fold, and 覆, which folds only in 批覆 (批复, approved: 覆 is a simplified
/// character of its own, 覆盖 coverage).
static FOLDED: CharSet = CharSet::of(TRADITIONAL).with_words(&[("覆", ())]);

/// The characters of [`TRADITIONAL`] that the grammar reads as they are (萬 億 個 兩 and the
/// financial numerals): they fold with the others, but alone ask for no second reading (a value
/// with 萬 that did not read, `|28.8萬元|%`, reads no better folded).
static READ_AS_THEY_ARE: CharSet = CharSet::of("萬億個兩貳陸");

/// `s` with each traditional character of the table folded to its simplified one, or `None`
/// when it holds none that asks for a second reading (the common case, told by one lookup per
/// character of three bytes).
pub(crate) fn fold(s: &str) -> Option<Folded> {
    let b = s.as_bytes();
    let holds = (0..b.len()).any(|i| super::chars::three(b, i).is_some_and(|cp| FOLDED.has(cp) && !READ_AS_THEY_ARE.has(cp)));
    if !holds {
        return None;
    }
    // every pair is three bytes for three: the folded text has the length of `s`, and a short
    // one is folded on the stack (the slow path of a value allocates nothing, as the rest)
    let mut folded = if s.len() <= INLINE { Folded::Inline { bytes: [0; INLINE], len: s.len() } } else { Folded::Heap(vec![0; s.len()]) };
    let out = folded.bytes_mut();
    let mut at = 0;
    for c in s.chars() {
        let c = match TRADITIONAL.chars().position(|t| t == c) {
            Some(i) => SIMPLIFIED.chars().nth(i).unwrap_or(c),
            None => c,
        };
        at += c.encode_utf8(&mut out[at..]).len();
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
        for (t, s) in TRADITIONAL.chars().zip(SIMPLIFIED.chars()) {
            assert_eq!((t.len_utf8(), s.len_utf8()), (3, 3), "{t} {s}");
            assert_ne!(t, s);
            // folding once is enough: no simplified character folds again
            assert!(!TRADITIONAL.contains(s), "{s}");
        }
    }

    #[test]
    fn folds_what_the_table_holds_and_keeps_offsets() {
        assert_eq!(fold("30萬元以內").as_deref(), Some("30万元以内"));
        assert_eq!(fold("不超過5%").as_deref(), Some("不超过5%"));
        assert!(fold("≥95%").is_none());
        assert!(fold("|28.8萬元|%").is_none());
        assert!(fold("覆盖率100%").is_none());
        assert_eq!(fold("萬元以內").as_deref(), Some("万元以内"));
        let s = "較上年增長5%";
        assert_eq!(fold(s).map(|f| f.len()), Some(s.len()));
    }
}
