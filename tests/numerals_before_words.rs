//! A Chinese numeral before words holds a number as digits do: `15完成` was unread and
//! `十五完成` plain text, `95/株` a value and `九十五/株` plain text. A numeral of two characters
//! with a place, or of three or more, is a number wherever it stands; single characters still
//! make words with what follows (统一, 十分, 三农).

mod common;

use common::{t, SPACES};
use jixiao::Threshold;

/// Every spelling of a number before words that no rule reads is unread when its Arabic
/// spelling is: never plain text.
#[test]
fn numerals_before_words_are_unread_as_digits_are() {
    let mut checked = 0;
    for (arabic, chinese) in [
        ("15", &["十五", "拾伍", "壹拾伍"][..]),
        ("20", &["二十", "贰拾"]),
        ("95", &["九十五", "玖拾伍"]),
        ("381", &["三百八十一", "叁佰捌拾壹"]),
        ("8000", &["八千", "捌仟"]),
        ("2025", &["二〇二五", "二零二五"]),
    ] {
        for tail in ["完成", "到位", "验收", "项目完工", "前", "（预计）完成"] {
            for before in ["", "<", "="] {
                for sp in SPACES {
                    let plain = format!("{before}{arabic}{sp}{tail}");
                    // the Arabic spelling decides what the Chinese ones must be
                    let Ok(expected) = Threshold::parse(&plain) else { continue };
                    if !expected.is_unread() {
                        continue;
                    }
                    for c in chinese {
                        let s = format!("{before}{c}{sp}{tail}");
                        assert!(t(&s).is_unread(), "{s}: {:?} (as {plain})", t(&s));
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 200, "{checked}");
    for s in ["九十五/株", "二〇二五/株", "二十四节气"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
    }
}

/// Words made with a single numeral stay words.
#[test]
fn single_numerals_in_words_stay_words() {
    for s in ["统一", "十分满意", "三农", "一般", "一一对应", "两学一做", "三供一业", "十全十美", "一站式", "一心一意"]
    {
        assert!(t(s).is_qualitative(), "{s}: {:?}", t(s));
    }
}

/// A Chinese numeral that holds 万 or 亿 takes no second magnitude past spaces, as it takes none
/// without them: `一万五 万元` is unread as `一万五万元` is (it was 15000万元); a numeral without
/// one takes the magnitude after spaces as it does without (`三千 万元` is `三千万元`).
#[test]
fn a_numeral_with_its_magnitude_takes_no_second_one() {
    for sp in SPACES {
        for n in ["一万五", "两万", "一万二千", "三亿"] {
            let s = format!("{n}{sp}万元");
            assert!(t(&s).is_unread(), "{s}: {:?}", t(&s));
        }
        assert_eq!(t(&format!("三千{sp}万元")), t("3000万元"));
        assert_eq!(t(&format!("≥三千{sp}万元以上")), t("≥3000万元"));
    }
}

/// A unit that starts with a place (千克, 千米) after a Chinese numeral is the unit, as after
/// digits: `二十千克` is `20千克` (it was unread), `两千克` is `2千克`, `八千千米` is `8000千米`.
#[test]
fn a_unit_that_starts_with_a_place_is_a_unit_after_chinese_digits() {
    for (chinese, arabic) in [("两", "2"), ("二十", "20"), ("九十五", "95"), ("八千", "8000"), ("三百", "300")] {
        for unit in ["千克", "千米"] {
            for before in ["", "≥", "不少于", "约"] {
                let s = format!("{before}{chinese}{unit}");
                assert_eq!(t(&s), t(&format!("{before}{arabic}{unit}")), "{s}");
            }
        }
    }
    // a place before other units is a place (`三千人` is 3000人)
    assert_eq!(t("三千人"), t("3000人"));
}
