//! A unit per a word the crate does not know (`元/村`, `人/班`, `元/项目`), in every way a table
//! writes it: spaces around the slash, `每` and the word before the value (with or without the
//! measure word 个), and split columns whose value cell holds 百 or 千 before a 万 or 亿
//! column. Each spelling must read as its plain form, target and actual alike (issue 19).

mod common;

use common::{alike, assert_reads, t};
use jixiao::{Actual, Threshold};

const WORDS: &[&str] = &["村", "班", "床", "项目", "行政村"];
const SLASHES: &[&str] = &["/", " /", "/ ", " / ", "／", " ／ ", "\u{3000}/\u{3000}"];

/// Spaces around the slash of a unit per a word read as the unit without them (`704元/ 村`
/// is `704元/村`), for every slash, word, unit, comparator and numeral script.
#[test]
fn spaces_around_the_slash_of_a_unit_per_a_word() {
    let mut checked = 0;
    for word in WORDS {
        for unit in ["元", "人", "次", "万元"] {
            for slash in SLASHES {
                for (op, num) in [("", "704"), ("≥", "704"), ("不低于", "七百零四"), ("≤ ", "704")] {
                    let plain = format!("{op}{num}{unit}/{word}");
                    // the plain form reads the unit as written
                    let read = t(&plain);
                    assert_eq!(read.unit().map(|u| u.to_string()), Some(format!("{}/{word}", unit.trim_start_matches('万'))), "{plain}");
                    alike(&format!("{op}{num}{unit}{slash}{word}"), &plain);
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 500, "{checked}");
    // a date after the slash stays no unit, spaced or not
    for s in ["704元/ 年底前", "3次 / 季度末", "1次/ 全年"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
    }
    // and a known unit after a spaced slash is still the rate it was
    assert_eq!(t("704元 / 人").to_string(), "=704元/人");
}

/// `每` and a word before the value count it per the word (`每村4400元` is `4400元/村`), as
/// `700元每村` and `4400元/村` do, for every word, spacing, comparator, suffix and script.
#[test]
fn mei_and_a_word_before_the_value() {
    let mut checked = 0;
    for word in ["村", "班", "校"] {
        for mei in ["每", "每个"] {
            for sp in ["", " "] {
                for (op, num, suffix, plain_op) in [
                    ("", "4400", "", "="),
                    ("≥", "4400", "", "≥"),
                    ("不少于", "4400", "", "≥"),
                    ("约", "4400", "", "约"),
                    ("", "四千四百", "", "="),
                    ("", "4400", "以上", "≥"),
                    ("", "4400", "（含）", "="),
                ] {
                    for unit in ["元", "人", "次"] {
                        let s = format!("{mei}{word}{sp}{op}{num}{unit}{suffix}");
                        let plain = format!("{plain_op}4400{unit}/{word}");
                        assert_eq!(Threshold::parse(&s), Ok(t(&plain)), "{s}");
                        assert_eq!(t(&s).to_string(), plain, "{s}");
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 200, "{checked}");
    // ranges, and the actual
    assert_eq!(t("每村3000-5000元"), t("3000-5000元/村"));
    assert_eq!(Actual::parse("每村4400元"), Actual::parse("4400元/村"));
    // a rate or score each is the target of each, as after a known unit (`每户100%`)
    assert_eq!(t("每村100%"), t("100%"));
    assert_eq!(t("每户100%"), t("100%"));
    // the measure word before a known unit (`每个人` is `每人`); 个月 stays the month
    alike("每个人500元", "每人500元");
    alike("每个人每年500元", "每人每年500元");
    assert_eq!(t("每个月2次").to_string(), "=2次/月");
}

/// What 每 and a word do not make: no comparator word is a word counted per, a word after
/// which no value starts is a sentence, and a period word keeps its rule.
#[test]
fn mei_and_a_word_that_is_none() {
    // `不` is no word per which `低于85%` holds
    assert_ne!(t("每不低于85%").comparator(), Some(jixiao::Comparator::Lt));
    // nor a word of two characters, which may end with a verb or a copula (`每村配1名` is no
    // count per 村配), nor one after a known unit (`每人补500元` is no count per 人补)
    for s in ["每人补500元", "每户发1000元", "每村配1名", "每村为4400元", "每户均1000元", "每亩地500元", "每个项目4400元"]
    {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
    }
    for s in ["每村补助4400元", "每村4400元/人", "每村4400", "每季≥1次", "每学期不少于2次", "每十村4400元"] {
        assert!(!matches!(t(s), Threshold::Compare(ref c) if c.quantity().unit().to_string().ends_with('村')), "{s}: {:?}", t(s));
    }
    for s in ["每村补助4400元", "每村4400"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
    }
    // (季 alone is a quarter, as 季度 is)
    assert_eq!(t("每季≥1次"), t("≥1次/季度"));
}

/// A split value whose cell holds 百 or 千 after its digits before a 万 or 亿 column reads as
/// the two in one cell (`≥|3千|万元` is `≥3千万元`), with 余 too; the same magnitude twice stays
/// a conflict.
#[test]
fn places_in_the_value_cell_before_a_magnitude_column() {
    for (place, printed) in [("百", "百"), ("千", "千"), ("佰", "百"), ("仟", "千")] {
        for column in ["万元", "亿元", "万"] {
            for (op, more) in [("≥", ""), ("", ""), ("≥", "余")] {
                let s = format!("{op}|3{place}{more}|{column}");
                let plain = format!("{op}3{printed}{more}{column}");
                assert_eq!(Threshold::parse(&s), Ok(t(&plain)), "{s}");
            }
        }
    }
    assert_eq!(t("≥|3千|万元").quantity().unwrap().normalized(), rust_decimal::Decimal::from(30_000_000));
    for s in ["≥|3万|万元", "≥|3千|千元", "≥|3亿|万元"] {
        assert!(Threshold::parse(s).is_err(), "{s}: {:?}", Threshold::parse(s));
    }
}

/// Each form's canonical text, which reads back to the same value.
#[test]
fn canonical_texts_read_back() {
    assert_reads(&[
        ("704元/ 村", "=704元/村"),
        ("704 元 ／ 行政村", "=704元/行政村"),
        ("七百零四元/村", "=704元/村"),
        ("每村4400元", "=4400元/村"),
        ("每个村 不少于 4400元", "≥4400元/村"),
        ("每个人500元", "=500元/人"),
        ("≥|3千|万元", "≥3千万元"),
        ("|5百余|亿元", ">5百亿元"),
    ]);
}

/// An average per a word (`村均4400元`, `班均≤45人`) reads as `每` and the word do, and what is
/// averaged may be named between the average and its value (`村均增收1000元`, `户均增收≥1000元`,
/// `人均补助≥1000元`): the value is per each, never a total (before, the average was dropped
/// with a label, and `村均4400元` was met by 50000元 in all).
#[test]
fn averages_per_a_word_and_what_is_averaged() {
    let mut checked = 0;
    for word in ["村", "班", "床", "校"] {
        for (op, num, unit) in [("", "4400", "元"), ("≤", "45", "人"), ("不低于", "两千", "元"), ("约", "5", "万元")] {
            for what in ["", "增收", "补助", "收入", "："] {
                let plain = format!("每{word}{op}{num}{unit}");
                alike(&format!("{word}均{what}{op}{num}{unit}"), &plain);
                checked += 1;
            }
        }
    }
    for (unit, per) in [("人", "人"), ("户", "户"), ("亩", "亩"), ("生", "生")] {
        for what in ["增收", "补助", "可支配收入", "增产"] {
            let read = t(&format!("{unit}均{what}≥1000元"));
            assert_eq!(read, t(&format!("每{per}≥1000元")), "{unit}均{what}");
            checked += 1;
        }
    }
    assert!(checked >= 96, "{checked}");
    // a period before 均 counts per it as before, and 平均 is no word (`平均500元` is 500元)
    assert_eq!(t("平均500元").to_string(), "=500元");
    assert!(t("年均增长5%").is_unread());
    assert!(!t("均衡发展").is_quantitative());
}
