//! Values of a symbol, a number and a unit of a slash and a word the crate does not know
//! (`≤28.40/株`), which the unit rule keeps as written: read without the full grammar, as it
//! reads them.

use super::fast::{common_symbol, number};
use super::numeral;
use crate::comparator::Comparator;
use crate::quantity::{Magnitude, Quantity};
use crate::unit::{OtherUnit, Unit};

/// A comparison of a symbol, a number and a slash before a word the crate does not know,
/// filling `s` (`≤28.40/株`, `≥5／村`): its comparator and quantity, the unit kept as written
/// (a full-width slash as the slash), as the full grammar reads it. `None` for anything else,
/// which the full grammar reads: a word it may refuse, end early or take a stop, a note, a date
/// or a scale from. (A symbol first: no date starts with one.) A magnitude before the slash
/// (`≥5万/村`) is left to the full grammar too: read here, with the magnitude's lookup and range
/// check called from here, the compiler built the split values' path dearer (by a third of a
/// percent), for a form no real value has.
#[inline(never)]
pub(super) fn per_unknown_word(s: &str) -> Option<(Comparator, Quantity)> {
    let b = s.as_bytes();
    let (op, i) = common_symbol(b)?;
    let (value, end, _, _) = number(b, i)?;
    let unit = &s[end..];
    let word = unit.strip_prefix('/').or_else(|| unit.strip_prefix('／'))?;
    // (nor the name of a measure, which the unit rule refuses: `/预批复数`, `/率`)
    if !unknown_word(word) || super::quantity::names_a_measure_not_grade(unit) {
        return None;
    }
    let unit = match unit.len() - word.len() {
        1 => OtherUnit::new_unchecked(unit),
        _ => OtherUnit::new_unchecked(&format!("/{word}")),
    };
    Some((op, Quantity::new_unchecked(value, Magnitude::One, Unit::Other(unit))))
}

/// Whether `word`, after a slash, is one the unit rule keeps whole as written: one to five
/// Chinese characters (the slash is the sixth it takes), none a magnitude, a place or a digit,
/// none that may start a stop (a suffix, 至, 左右: [`super::comparator::may_start_stop_word`]),
/// the last none of a time (`/月底前`). 半 is left out too, so that no half of a duration is
/// looked for.
fn unknown_word(word: &str) -> bool {
    let mut count = 0;
    for c in word.chars() {
        count += 1;
        let refused = numeral::is_place(c) || numeral::is_chinese_digit(c) || c == '半' || super::comparator::may_start_stop_word(c);
        if count > 5 || refused || !crate::text::is_cjk(c) {
            return false;
        }
    }
    count > 0 && !word.ends_with(['前', '后', '底', '止'])
}

#[cfg(test)]
mod tests {
    //! A shortcut, never a second grammar: wherever it answers, the full grammar gives the same
    //! answer.

    use super::super::value::full;
    use super::super::Value;
    use super::per_unknown_word;
    use crate::comparator::Comparator;

    #[test]
    fn the_slash_word_agrees_with_the_full_grammar() {
        let ops = ["", "≥", "≤", ">", "<", "=", ">=", "<=", "≥≥", "≤≤", "≧", "不低于", "=>"];
        let numbers = ["0", "5", "28.40", "28.", "2025", "12.31", "999999999999999999", "1234567890123456789", "２８"];
        let magnitudes = ["", "万", "千"];
        let slashes = ["/", "／", "//", " /", "/ "];
        let words = [
            "株",
            "村",
            "人",
            "次",
            "年",
            "月",
            "季度",
            "月底前",
            "以上",
            "内",
            "左右",
            "万",
            "一",
            "半",
            "半年",
            "户·年",
            "株以上",
            "株(含)",
            "株。",
            "kg",
            "株kg",
            "株株株株株",
            "株株株株株株",
            "全年",
            "上",
            "起",
            "每",
            "每人",
            "戶",
            "株前",
            "元/村",
            "到位",
            "完成",
            "至",
            "人员",
            "(株)",
            "十",
            "两",
            "株半",
            "年底前",
            "株%",
            "株1",
            "村·年",
            "预批复数",
            "数",
            "率",
            "满意度",
            "良好",
            "完成值",
            "新增",
            "",
        ];
        let mut read = 0;
        for op in ops {
            for number in numbers {
                for magnitude in magnitudes {
                    for slash in slashes {
                        for word in words {
                            let s = format!("{op}{number}{magnitude}{slash}{word}");
                            let Some((op, quantity)) = per_unknown_word(&s) else { continue };
                            // (the full grammar takes this shortcut for a value that starts with a
                            // symbol: asked of the value without it, the unit rule answers)
                            let bare = format!("{number}{magnitude}{slash}{word}");
                            let slow = full(&bare, 0).unwrap_or_else(|e| panic!("{s}: fast {op}{quantity}, full {e}"));
                            assert_eq!(Value::Compare { op: Comparator::Eq, quantity, approximate: false, note: None }, slow.value, "{s}");
                            read += 1;
                        }
                    }
                }
            }
        }
        assert!(read > 300, "{read}");
        // the real one and its full-width slash are read here; a word with a mark in it is left
        for s in ["≤28.40/株", "≥5／村"] {
            assert!(per_unknown_word(s).is_some(), "{s}");
        }
        assert!(per_unknown_word("<3/户·年").is_none());
    }

    /// No word after a slash names a grade: the shortcut asks the unit rule's test of a
    /// measure's name without the grades.
    #[test]
    fn no_grade_starts_with_a_slash() {
        for w in ["优秀", "优", "良好", "良", "合格", "中", "中等", "及格", "一般", "不合格", "差", "较差", "不及格", "良好等级", "优等"]
        {
            assert!(crate::Grade::from_word(w).is_some(), "{w}");
            for slash in ["/", "／"] {
                let word = format!("{slash}{w}");
                assert!(crate::Grade::from_word(&word).is_none(), "{word}");
                assert_eq!(super::super::quantity::names_a_measure(&word), super::super::quantity::names_a_measure_not_grade(&word));
            }
        }
    }
}
