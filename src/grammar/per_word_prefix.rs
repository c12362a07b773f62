//! `每` and a word the crate does not know before a value (`每村4400元`, `每校不少于2次`): the
//! value counted per that word, as `4400元/村` and `700元每村` read. A known unit after 每
//! (`每人500元`, `每季度1次`) is read by the rules of counting per a unit; this rule takes only
//! a word of one Chinese character they leave, which names no date, number or unit, right
//! before the value (two characters may end with a verb: `每村配1名` is no count per 村配).

use super::quantity::{is_cjk, unit};
use super::Value;
use crate::quantity::Quantity;
use crate::unit::{KnownUnit, OtherUnit, Unit};

/// The word after `每` at the start of `s` and the bytes up to the value after it, when a number,
/// a comparator or an approximation follows the word.
pub(super) fn mei_word(s: &str) -> Option<(&str, usize)> {
    let after = s.strip_prefix('每')?;
    // the measure word 个 may come first (`每个村`)
    let rest = after.strip_prefix(['个', '個']).unwrap_or(after);
    let start = s.len() - rest.len();
    // a word of comparing or approximating is no word counted per (`每不低于85%` reads no
    // `不` per which `低于85%` holds)
    if super::value::starts_value(rest) {
        return None;
    }
    // one character, the value right after it: a second character may as well be a verb or a
    // copula (`每村配1名`, `每村为4400元`, `每人补500元`), which would make a unit of it; and a
    // known unit first is read by the rules of counting per a unit, or not at all
    let c = rest.chars().next().filter(|&c| is_word_char(c))?;
    if KnownUnit::parse_prefix(rest).is_some() {
        return None;
    }
    let at = super::skip_spaces(s, start + c.len_utf8());
    super::value::starts_value(&s[at..]).then(|| (&rest[..c.len_utf8()], at))
}

/// An average per a word the crate does not know, named before the value (`村均4400元`,
/// `班均≤45人`, `村均增收1000元`): the word and the bytes up to the value, as [`mei_word`] gives
/// them. Before, the average was dropped with a label, and `村均4400元` read as 4400元 in all.
pub(super) fn average_word(s: &str) -> Option<(&str, usize)> {
    // (the word is a Chinese character, [`is_word_char`]: text that starts with an ASCII byte,
    // a number, is turned away by that byte, before a character is decoded)
    if !matches!(s.as_bytes().first(), Some(0x80..)) {
        return None;
    }
    let c = s.chars().next().filter(|&c| is_word_char(c) && c != '平')?;
    // 均 asked first: most values have none there, and the unit lookup below costs more
    let rest = s[c.len_utf8()..].strip_prefix('均')?;
    // a known unit is read by the rules of counting per a unit (`人均`, `户均`)
    if KnownUnit::parse_prefix(s).is_some() {
        return None;
    }
    let at = s.len() - rest.len();
    let at = if super::value::starts_value(rest) { at } else { at + what_is_averaged(rest)? };
    let at = super::skip_spaces(s, at);
    super::value::starts_value(&s[at..]).then(|| (&s[..c.len_utf8()], at))
}

/// The words between an average and its value, naming what is averaged (`增收`, `补助`,
/// `可支配收入`): their bytes, when a value follows them; a few Chinese characters that hold no
/// number or date, or a colon.
pub(super) fn what_is_averaged(s: &str) -> Option<usize> {
    for (n, (i, c)) in s.char_indices().enumerate() {
        // a word of change is no name of what is averaged (`户均收入增长5%` is a growth, which a
        // level per household would lose)
        if super::relative::starts_with_change(&s[i..]) {
            return None;
        }
        // (a word of must-not belongs to the comparator after it: `不低于` is no word 不 and a
        // value 低于)
        if i > 0
            && super::value::starts_value(s[i..].trim_start_matches(super::is_space))
            && !super::comparator::MUST_NOT.iter().any(|w| s[..i].ends_with(w))
        {
            return Some(i);
        }
        if n >= 6 || !(is_word_char(c) || matches!(c, '：' | ':')) {
            return None;
        }
    }
    None
}

/// A character a word after 每 may hold: Chinese, and no numeral, magnitude, date word or 每.
fn is_word_char(c: char) -> bool {
    is_cjk(c)
        && !super::numeral::is_chinese_digit(c)
        && !matches!(c, '万' | '亿' | '萬' | '億' | '十' | '拾' | '百' | '佰' | '千' | '仟' | '半' | '两' | '兩')
        && !matches!(c, '年' | '月' | '日' | '天' | '周' | '季' | '旬' | '前' | '底' | '末' | '止' | '内' | '每' | '期')
}

/// `value` (read after `每` and `word`) counted per `word`: its known unit per the word, kept as
/// `元/村` is; a rate or score (`每村100%`) is the target of each, as after a known unit.
/// `None` when the value has no known unit of its own or the unit would not read back as itself.
pub(super) fn counted_per_word<'a>(value: Value<'a>, word: &str) -> Option<Value<'a>> {
    let per = |unit: &Unit| -> Option<Unit> {
        let Unit::Known(u) = unit else { return None };
        if u.is_scale() {
            return None;
        }
        // a rate or score each village is the target of every village (as `每户100%`)
        if super::value::is_target_of_each(*u) {
            return Some(unit.clone());
        }
        // ([`mei_word`] took no known unit) the whole must read back as one unit kept as written
        let joined = format!("{u}/{word}");
        matches!(unit_whole(&joined), Some(None)).then(|| Unit::Other(OtherUnit::new_unchecked(&joined)))
    };
    match value {
        Value::Compare { op, quantity, approximate, note: None } => {
            let unit = per(quantity.unit())?;
            let quantity = Quantity::new_unchecked(quantity.value(), quantity.magnitude(), unit);
            Some(Value::Compare { op, quantity, approximate, note: None })
        }
        Value::Range { low, high, magnitude, unit } => Some(Value::Range { low, high, magnitude, unit: per(&unit)? }),
        _ => None,
    }
}

/// The unit `s` is read as when it fills `s`: `Some(None)` for a unit kept as written.
fn unit_whole(s: &str) -> Option<Option<Unit>> {
    match unit(s, 0) {
        Ok((u, n)) if n == s.len() => Some(u),
        _ => None,
    }
}
