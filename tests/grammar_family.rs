//! The value grammar reads a form's whole family alike: every numeral script, spacing, label,
//! note and inclusion mark (issue 19). Each rule's variants are generated and must read as the
//! plain Arabic spelling does; each form named in DOMAIN.md §3 has its exact reading.

mod common;
#[path = "common/judge.rs"]
mod judge;

use common::{assert_reads, t, SPACES};
use jixiao::{Actual, Baseline, Change, Comparator, CompareError, Quantity, Relative, Threshold};
use judge::judged_alike;

/// Spellings of one number: Arabic, full-width, Chinese (and financial where it differs).
fn spellings(n: u32) -> Vec<String> {
    let arabic = n.to_string();
    let full: String = arabic.chars().map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap()).collect();
    let chinese = match n {
        3 => vec!["三", "叁"],
        20 => vec!["二十", "贰拾"],
        95 => vec!["九十五", "玖拾伍"],
        100 => vec!["一百", "壹佰"],
        8000 => vec!["八千", "捌仟"],
        _ => unreachable!(),
    };
    let mut out = vec![arabic, full];
    out.extend(chinese.into_iter().map(String::from));
    out
}

/// Every spelling × spacing × label × note × inclusion of a comparison reads as the plain form.
#[test]
fn comparisons_read_alike_in_every_spelling() {
    let mut checked = 0;
    for (n, unit, plain) in [(95, "%", "≥95%"), (8000, "人", "≥8000人"), (20, "个", "≥20个"), (3, "次", "≥3次")] {
        let expected = t(plain);
        for num in spellings(n) {
            for sp in SPACES {
                for label in ["", "满意度", "新增", "完成率：", "完成数："] {
                    // a label without a colon is told from text by the comparator after it
                    let prefixes: &[(&str, &str)] = if label.is_empty() || label.ends_with('：') {
                        &[("≥", ""), ("不低于", ""), ("", "以上"), ("", "及以上"), ("≥", "（含）"), ("", "（含）以上"), ("大于等于", "")]
                    } else {
                        &[("≥", ""), ("不低于", ""), ("≥", "（含）"), ("大于等于", "")]
                    };
                    for &(prefix, suffix) in prefixes {
                        let _ = ();
                        let units = if unit == "%" {
                            vec!["%".to_string(), "％".into(), "（%）".into()]
                        } else {
                            vec![unit.to_string(), format!("（{unit}）")]
                        };
                        for u in &units {
                            let s = format!("{label}{prefix}{sp}{num}{sp}{u}{sp}{suffix}");
                            assert_eq!(Threshold::parse(&s), Ok(expected.clone()), "{s}");
                            // an actual written the same way reads as the plain actual does
                            assert_eq!(Actual::parse(&s), Actual::parse(plain), "actual {s}");
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 2000, "{checked}");
}

/// 余 / 多 (more than), 约 / 左右 (about), 不含 (excluded) in every script and spacing.
#[test]
fn approximations_and_exclusions_read_alike() {
    for num in spellings(8000) {
        for sp in SPACES {
            assert_eq!(t(&format!("{num}{sp}余{sp}人")), t(">8000人"), "{num}余人");
            assert_eq!(t(&format!("{num}多人")), t(">8000人"), "{num}多人");
            assert_eq!(t(&format!("约{sp}{num}{sp}人")), t("约8000人"), "约{num}人");
            assert_eq!(t(&format!("{num}人{sp}左右")), t("约8000人"), "{num}人左右");
            assert_eq!(t(&format!("{num}人以下（不含{num}人）")), t("<8000人"), "{num}以下不含");
            assert_eq!(t(&format!("{num}人以上(不含)")), t(">8000人"), "{num}以上不含");
        }
    }
    assert_eq!(t("3万余人"), t(">3万人"));
    assert_eq!(t("三万多元"), t(">3万元"));
    assert_eq!(t("≥ 2 万 人"), t("≥2万人"));
    assert_eq!(t("≥两万人"), t("≥2万人"));
}

/// A unit reads alike in each of its spellings, Chinese and Latin (`h` is 小时, `min` 分钟,
/// `自然日` 天, `ha` 公顷), after every comparator and spacing; a word of letters is whole, kept
/// as written (`mol`, `ms`, `dB`: no 米 or 秒 in them).
#[test]
fn units_read_alike_in_every_spelling() {
    let families = [
        ("小时", &["小时", "个小时", "h", "时"][..]),
        ("分钟", &["分钟", "min"][..]),
        ("天", &["天", "日", "自然日", "个自然日"][..]),
        ("公顷", &["公顷", "ha"][..]),
        ("工作日", &["工作日", "个工作日"][..]),
    ];
    for (canonical, spellings) in families {
        for spelling in spellings {
            for sp in SPACES {
                for (op, printed) in [("≤", "≤"), ("不超过", "≤"), ("", "="), ("≥", "≥")] {
                    let s = format!("{op}{sp}24{sp}{spelling}");
                    assert_eq!(t(&s).to_string(), format!("{printed}24{canonical}"), "{s}");
                }
            }
        }
    }
    for word in ["mol", "ms", "dB", "MB/s", "header"] {
        let s = format!("≤5{word}");
        assert_eq!(t(&s).to_string(), s, "{s}");
    }
}

/// Half of a duration (半) reads in every numeral script, with 个 before 半 or 半 after the unit,
/// after every comparator and before every suffix: `半年` is 0.5年, `一个半月` 1.5个月, `1年半`
/// 1.5年; a half of anything but time, or 半 inside a word, is not read as a number.
#[test]
fn halves_of_durations_in_every_spelling() {
    for (written, read) in [
        ("半年", "0.5年"),
        ("半个月", "0.5个月"),
        ("半小时", "0.5小时"),
        ("半个小时", "0.5小时"),
        ("半天", "0.5天"),
        ("一年半", "1.5年"),
        ("1年半", "1.5年"),
        ("１年半", "1.5年"),
        ("一个半月", "1.5个月"),
        ("1个半月", "1.5个月"),
        ("两个半小时", "2.5小时"),
        ("2个半小时", "2.5小时"),
        ("三天半", "3.5天"),
    ] {
        for sp in SPACES {
            for (before, after, op) in
                [("", "", "="), ("≤", "", "≤"), ("不超过", "", "≤"), ("", "内", "≤"), ("", "以内", "≤"), ("", "以上", "≥")]
            {
                let s = format!("{before}{sp}{written}{sp}{after}");
                assert_eq!(t(&s).to_string(), format!("{op}{read}"), "{s}");
                assert_eq!(Threshold::parse(&format!("{op}{read}")), Ok(t(&s)), "{s} reads as its canonical text");
            }
        }
    }
    for text in ["半数以上", "过半", "半月", "上半年", "半年度考核"] {
        assert!(!matches!(t(text), Threshold::Compare(_)), "{text}");
    }
}

/// Every date form in Arabic, full-width and Chinese numerals reads alike.
#[test]
fn deadlines_read_alike_in_every_script() {
    for (year, month, day) in [("2025", "12", "31"), ("２０２５", "１２", "３１"), ("二〇二五", "十二", "三十一")] {
        {
            assert_eq!(t(&format!("{year}年{month}月底前")).to_string(), "2025年12月底前", "{year}");
            assert_eq!(t(&format!("{year}年{month}月{day}日前")).to_string(), "2025年12月31日前", "{year}");
            assert_eq!(t(&format!("{month}月{day}日前完成")).to_string(), "12月31日前", "{month}");
            assert_eq!(t(&format!("完成时限：{year}年{month}月")).to_string(), "2025年12月底前", "{year}");
        }
    }
}

/// Spaces between the parts of a date, in every script, read as the date without them; a
/// space between two digits still separates two numbers.
#[test]
fn deadlines_read_alike_with_spaces_between_their_parts() {
    let forms = [
        ("{y}年{m}月底前", "2025年12月底前"),
        ("{y}年{m}月{d}日前", "2025年12月31日前"),
        ("{m}月{d}日前", "12月31日前"),
        ("{y}年", "2025年12月底前"),
        ("{y}年1月-{y}年{m}月", "2025年1月-2025年12月"),
    ];
    for (year, month, day) in [("2025", "12", "31"), ("２０２５", "１２", "３１"), ("二〇二五", "十二", "三十一")] {
        for (form, expected) in forms {
            let plain = form.replace("{y}", year).replace("{m}", month).replace("{d}", day);
            for space in [" ", "\u{3000}", "  "] {
                // a space at every boundary but inside a run of digits
                let chars: Vec<char> = plain.chars().collect();
                let mut spaced = String::new();
                for (i, c) in chars.iter().enumerate() {
                    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
                    if i > 0 && !(digit(chars[i - 1]) && digit(*c)) {
                        spaced.push_str(space);
                    }
                    spaced.push(*c);
                }
                assert_eq!(t(&spaced).to_string(), expected, "{spaced:?}");
            }
        }
    }
    assert!(Threshold::parse("2025 12").is_err(), "two numbers are no date");
    assert!(matches!(t("2023.07 - 2024.01"), Threshold::Range(_)), "how a range of decimals prints");
    assert_eq!(t("2025.12 前").to_string(), "2025年12月底前");
    assert_eq!(t("6. 30前").to_string(), "6月30日前");
}

/// Numeric dates read alike with every separator, in ASCII and full-width digits: `2025-12` is
/// December 2025 as `2025.12` and `2025/12` are (and `2025／12`, with the slash Word writes
/// full-width), and two of them joined by a dash are a period.
#[test]
fn numeric_dates_read_alike_with_every_separator() {
    for (y, m, d) in [("2025", "12", "31"), ("２０２５", "１２", "３１")] {
        for sep in [".", "．", "/", "／", "-", "－"] {
            let month = format!("{y}{sep}{m}");
            for form in
                [month.clone(), format!("{month}前"), format!("{month}底前"), format!("完成时限：{month}"), format!("于{month}前完成")]
            {
                assert_eq!(t(&form).to_string(), "2025年12月底前", "{form}");
            }
            assert_eq!(t(&format!("{month}{sep}{d}")).to_string(), "2025年12月31日前", "{month}{sep}{d}");
            for dash in ["-", "至", "—"] {
                let period = format!("{y}{sep}1{dash}{month}");
                assert_eq!(t(&period).to_string(), "2025年1月-2025年12月", "{period}");
            }
        }
    }
    // no date: ranges of numbers, a month that is none, a day without its year
    assert!(matches!(t("2020-2025"), Threshold::Range(_)));
    assert!(matches!(t("1-6期"), Threshold::Range(_)));
    assert!(matches!(t("12-31"), Threshold::Range(_)));
    assert!(Threshold::parse("2025-13").is_err());
    assert!(Threshold::parse("12-31前").is_err());
}

/// Periods of months and of whole years read alike with every dash, in every script, with
/// spaces and labels: `1—12月` as `1-12月`, `2020至2025年` as `2020年1月-2025年12月` (not a range
/// of 2 020 to 2 025 years), and a year alone begins a period in its January.
#[test]
fn periods_of_months_and_years_read_alike_with_every_dash() {
    let dashes = ["-", "—", "–", "－", "～", "~", "〜", "至", "到", "--", "——"];
    let years = [("2020", "2025"), ("２０２０", "２０２５"), ("二〇二〇", "二〇二五")];
    let months = [("1", "12"), ("１", "１２"), ("一", "十二")];
    let spaces = ["", " ", "\u{3000}"];
    let labels = ["", "完成时间：", "完成时限为"];
    let mut n = 0;
    for dash in dashes {
        for space in spaces {
            for label in labels {
                for (a, b) in years {
                    for form in ["{a}{s}{d}{s}{b}{s}年", "{a}年{s}{d}{s}{b}年", "{a}{s}{d}{s}{b}年度", "{a}{d}{b}年底前"] {
                        let s = label.to_string() + &form.replace("{a}", a).replace("{b}", b).replace("{d}", dash).replace("{s}", space);
                        assert_eq!(t(&s).to_string(), "2020年1月-2025年12月", "{s:?}");
                        n += 1;
                    }
                }
                for (a, b) in months {
                    for form in ["{a}{s}{d}{s}{b}{s}月", "{a}月{s}{d}{s}{b}月", "2025年{a}{d}{b}月"] {
                        let s = label.to_string() + &form.replace("{a}", a).replace("{b}", b).replace("{d}", dash).replace("{s}", space);
                        let expected = if form.starts_with("2025") { "2025年1月-2025年12月" } else { "1月-12月" };
                        assert_eq!(t(&s).to_string(), expected, "{s:?}");
                        n += 1;
                    }
                }
            }
        }
    }
    assert_eq!(n, dashes.len() * spaces.len() * labels.len() * 3 * 7);
    // any label with a colon, and 期间 or 间 after the period
    for s in ["实施期限：2020-2025年", "项目周期：2020年-2025年", "时间：2020至2025年", "2020至2025年期间", "2020-2025年间"]
    {
        assert_eq!(t(s).to_string(), "2020年1月-2025年12月", "{s}");
    }
    assert_eq!(t("时间：1-12月").to_string(), "1月-12月");
    // 年度 names the year of a season or month; quarters listed one after another are a period
    for (s, read) in [
        ("2025年度上半年", "2025年1月-2025年6月"),
        ("2025年度1-6月", "2025年1月-2025年6月"),
        ("2025年度第一季度", "2025年1月-2025年3月"),
        ("一、二季度", "1月-6月"),
        ("第三、四季度", "7月-12月"),
        ("1、2季度", "1月-6月"),
        ("2025年一、二、三季度", "2025年1月-2025年9月"),
    ] {
        assert_eq!(t(s).to_string(), read, "{s}");
    }
    assert!(!matches!(t("一、三季度"), Threshold::Deadline(_)), "a list with a gap is no period");
    // a year of the calendar before words is no duration with a note (a table's title, a
    // sentence); with a comparator or a suffix it is a number of years as written
    for s in ["2025年实施", "2022年度项目支出绩效自评表", "2023年目标值"] {
        assert!(t(s).is_unread(), "{s}");
    }
    assert_eq!(t("=2025年").to_string(), "=2025年");
    // a range of years as a duration stays one, and so do years no table names and a range of
    // decimals as printed; a double dash between two numbers of no sign is one dash
    assert!(matches!(t("1-3年"), Threshold::Range(_)));
    assert!(matches!(t("1000-2000年"), Threshold::Range(_)));
    assert_eq!(t("1--12个月").to_string(), "1-12个月");
    assert_eq!(t("-10--5%").to_string(), "-10～-5%");
    assert!(matches!(t("2 - 3 年"), Threshold::Range(_)));
    assert!(matches!(t("2023.07 - 2024.01"), Threshold::Range(_)));
    // a later year first is an error, as a reversed range is
    assert!(Threshold::parse("2025-2020年").is_err());
    // the canonical text reads back to the same period
    let d = t("2020—2025年");
    assert_eq!(t(&d.to_string()), d);
    // and a year alone ends a deadline at its end, as before
    assert_eq!(t("2025年").to_string(), "2025年12月底前");
}

/// Quarters as `6月` is a month: `3季度`, `第三季度`, `三季度` are the third quarter, and quarters
/// sharing their 季度 (`1-2季度`, `第一至第二季度`) the months from the first to the last, in
/// every dash and script; `3个季度` is a duration, and prints so, so that it reads back as one.
#[test]
fn quarters_are_periods_and_durations_say_so() {
    let dashes = ["-", "—", "～", "至", "到", "--"];
    let numbers = [("1", "2"), ("１", "２"), ("一", "二")];
    for dash in dashes {
        for (a, b) in numbers {
            for form in ["{a}{d}{b}季度", "第{a}{d}第{b}季度", "第{a}{d}{b}季度", "{a}{d}{b}季"] {
                let s = form.replace("{a}", a).replace("{b}", b).replace("{d}", dash);
                assert_eq!(t(&s).to_string(), "1月-6月", "{s}");
                assert_eq!(t(&format!("2025年{s}")).to_string(), "2025年1月-2025年6月", "{s}");
            }
        }
    }
    for s in ["3季度", "第三季度", "三季度", "第3季度", "３季度"] {
        assert_eq!(t(s).to_string(), "7月-9月", "{s}");
    }
    // durations: 个季度, or a comparator before the number
    for (s, printed) in [("3个季度", "=3个季度"), ("≥2季度", "≥2个季度"), ("3-4个季度", "3-4个季度"), ("≥1批/季度", "≥1批/季度")]
    {
        let v = t(s);
        assert_eq!(v.to_string(), printed, "{s}");
        assert_eq!(t(&v.to_string()), v, "{s} reads back");
    }
    assert!(matches!(t("3-4个季度"), Threshold::Range(_)));
    // the same as actuals: done some time in the third quarter (July to September), the
    // duration is three quarters
    assert_eq!(Actual::parse("3季度").unwrap().to_string(), "7月-9月");
    assert_eq!(Actual::parse("3个季度").unwrap().to_string(), "3个季度");
}

/// `每X` before a count is what it is counted per, in every period, comparator and script:
/// `每季度1次` is `1次/季度` as written with a slash (it was read as `=1次`, the period lost);
/// `每年≥95%` stays the target of each year, and `每台5套` is not read as alternatives.
#[test]
fn counts_per_period_read_as_rates() {
    for (per, slash) in [("年", "年"), ("半年", "半年"), ("季度", "季度"), ("月", "月"), ("周", "周"), ("天", "天"), ("人", "人")]
    {
        for (ops, op) in [("", "="), ("不少于", "≥"), ("至少", "≥"), ("≥", "≥"), ("不超过", "≤")] {
            for (n, space) in [("2", ""), ("２", " "), ("两", ""), ("二", "\u{3000}")] {
                let s = format!("每{per}{space}{ops}{n}次");
                assert_eq!(t(&s).to_string(), format!("{op}2次/{slash}"), "{s}");
                assert_eq!(t(&s), t(&format!("{op}2次/{slash}")), "{s}");
            }
        }
    }
    assert_eq!(t("每月至少开展1次").to_string(), "≥1次/月");
    assert_eq!(t("每年2-3次").to_string(), "2-3次/年");
    assert_eq!(t("每人500元").to_string(), "=500元/人");
    assert_eq!(Actual::parse("每季度1次").unwrap().to_string(), "1次/季度");
    // per two things, after a colon, after the words a sentence puts before its number
    assert_eq!(t("每户每年≥1次").to_string(), "≥1次/(户·年)");
    assert_eq!(t("每季度：1次").to_string(), "=1次/季度");
    assert_eq!(t("每月开展不少于1次").to_string(), "≥1次/月");
    // each year's rate, not a rate per year, and each year's number of no unit
    for (s, read) in [("每年≥95%", "≥95%"), ("每年95%以上", "≥95%"), ("每年100%", "=100%"), ("每年不少于12", "≥12"), ("每年2", "=2")]
    {
        assert_eq!(t(s).to_string(), read, "{s}");
    }
    // per a word the crate cannot count in as a period, per a quarter of no unit, two items:
    // unread, never a bare count that lost its period
    for s in ["每学期不少于2次", "检查频次每季度1次", "每季度2", "每台5套"] {
        assert!(t(s).is_unread(), "{s}");
    }
    // 季 alone is a quarter, counted per as 季度 is (`每季≥1次` was text, `1次/季` a unit 次/季
    // that no answer per 季度 could meet)
    for s in ["每季≥1次", "≥1次/季", "每季 不少于1次"] {
        assert_eq!(t(s), t("≥1次/季度"), "{s}");
    }
    // per two things in either order is one rate
    assert_eq!(t("3300元/人/年").is_met(&Actual::parse("每年每人3300元").unwrap()), Ok(true));
    // per a word the crate keeps as written: the unit per it, as after a slash
    assert_eq!(t("每班≤45人"), t("≤45人/班"));
    assert_eq!(t("每班≤45人").to_string(), "≤45人/班");
}

/// A word saying the number was reached (`完成100%`, `已完成95%`) reads as the number, and a
/// note after it keeps the sentence unread; 九成五 is 95% as 九成 is 90%.
#[test]
fn numbers_after_a_word_of_completion() {
    for (s, read) in [
        ("完成100%", "=100%"),
        ("已完成95%", "=95%"),
        ("实际完成1.2万人次", "=1.2万人次"),
        ("完成 98.5%", "=98.5%"),
        ("累计完成2万人", "=2万人"),
        ("全年完成1.2万人次", "=1.2万人次"),
        ("已完成九成五", "=95%"),
    ] {
        assert_eq!(t(s).to_string(), read, "{s}");
        assert_eq!(Actual::parse(s).unwrap().to_string(), read.trim_start_matches('='), "{s}");
    }
    assert!(t("完成3个项目的建设").is_unread());
    assert_eq!(t("完成率95%").to_string(), "=95%");
    for (s, read) in [("九成五", "=95%"), ("九成半", "=95%"), ("九成九", "=99%"), ("九成五以上", "≥95%"), ("不低于九成五", "≥95%")]
    {
        assert_eq!(t(s).to_string(), read, "{s}");
    }
    assert!(!matches!(t("九成九成"), Threshold::Compare(_)));
}

/// `（含N）` after a suffix repeats the number included, as `（不含N）` repeats the one excluded.
#[test]
fn inclusion_marks_that_repeat_the_number() {
    for s in
        ["95%以上（含95%）", "95%以上(含95%)", "95%及以上（含95%）", "≥95%（含95%）", "95%（含95%）以上", "百分之九十五以上（含九十五%）"]
    {
        assert_eq!(t(s).to_string(), "≥95%", "{s}");
    }
    assert_eq!(t("100人以下（含100人）").to_string(), "≤100人");
    // after a strict comparator, the number included makes it inclusive, as 不含 makes it strict
    for (s, read) in [(">95%（含95%）", "≥95%"), ("超过95%（含95%）", "≥95%"), ("少于3次（含3次）", "≤3次"), (">95%（含）", "≥95%")]
    {
        assert_eq!(t(s).to_string(), read, "{s}");
    }
    // a count per something repeats as the count
    for s in ["1次/季度以上（含1次）", "每季度1次以上（含1次）", "每季度不少于1次（含1次）"] {
        assert_eq!(t(s).to_string(), "≥1次/季度", "{s}");
    }
    // another number is no mark: the value has text after it
    assert!(Threshold::parse("95%以上（含90%）").is_err());
}

/// An inclusion mark reads alike in every bracket, word and spacing, with the number repeated
/// in any script or as 本数 (the number itself): 含 / 包含 / 包括 include it, 不含 / 不包含 /
/// 不包括 exclude it, and either wins over the comparator it qualifies.
#[test]
fn inclusion_marks_in_every_bracket_and_word() {
    let brackets = [("（", "）"), ("(", ")"), ("【", "】"), ("[", "]"), ("［", "］"), ("〔", "〕"), ("（", ")")];
    let mut checked = 0;
    for (open, close) in brackets {
        for sp in SPACES {
            for number in ["", "95%", "九十五%", "本数"] {
                for word in ["含", "包含", "包括"] {
                    let mark = format!("{open}{sp}{word}{number}{sp}{close}");
                    for (s, read) in [
                        (format!("95%以上{mark}"), "≥95%"),
                        (format!("≥95%{mark}"), "≥95%"),
                        (format!("超过95%{mark}"), "≥95%"),
                        (format!("95%{mark}以上"), "≥95%"),
                        (format!("低于95%{mark}"), "≤95%"),
                    ] {
                        assert_eq!(t(&s).to_string(), read, "{s}");
                        checked += 1;
                    }
                }
                for word in ["不含", "不包含", "不包括"] {
                    let mark = format!("{open}{sp}{word}{number}{sp}{close}");
                    for (s, read) in
                        [(format!("95%以上{mark}"), ">95%"), (format!("95%以下{mark}"), "<95%"), (format!("≤95%{mark}"), "<95%")]
                    {
                        assert_eq!(t(&s).to_string(), read, "{s}");
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 500, "{checked}");
    // something else included is a note, kept; another number is no mark
    assert_eq!(t("≥95%（含税）").to_string(), "≥95%（含税）");
    assert_eq!(t("≥95%（包括培训）").to_string(), "≥95%（包括培训）");
    assert!(Threshold::parse("95%以上【含90%】").is_err());
    // a mark never stays a note: built by hand, it is refused
    let c = jixiao::Comparison::new(Comparator::Ge, "95%".parse::<Quantity>().unwrap());
    for mark in ["（含本数）", "（包含）", "【含】"] {
        assert!(c.clone().with_note(mark).is_err(), "{mark}");
    }
}

/// A measure's name right before its digits is a label (`满意度90%`); a sentence is not.
#[test]
fn labels_without_a_comparator() {
    for (value, expected) in [
        ("满意度90%", "=90%"),
        ("满意度 90%", "=90%"),
        ("覆盖率　95%", "=95%"),
        ("新增100人", "=100人"),
        ("受益人数2000人", "=2000人"),
        ("培训人次 300人次", "=300人次"),
        ("满意度 ≥ 90%", "≥90%"),
    ] {
        assert_eq!(t(value).to_string(), expected, "{value}");
    }
    for sentence in ["覆盖3个乡镇", "完成3项改造"] {
        assert!(t(sentence).is_unread(), "{sentence}: {:?}", t(sentence));
    }
}

#[test]
fn the_forms_of_domain_section_3() {
    assert_reads(&[
        // （不含N） excludes the number and wins over the suffix; 不超 is 不超过; labels
        ("3次以下（不含3次）", "<3次"),
        ("95%以上（不含95%）", ">95%"),
        ("不超30万元", "≤30万元"),
        ("满意度≥90%", "≥90%"),
        ("新增≥100人", "≥100人"),
        ("完成率：≥95%", "≥95%"),
        // Chinese numerals
        ("八千余人", ">8000人"),
        ("约八千人", "约8000人"),
        ("三万多元", ">3万元"),
        ("二〇二五年十二月底前", "2025年12月底前"),
        // dates
        ("2025.12", "2025年12月底前"),
        ("2025.06", "2025年6月底前"),
        ("12.31前", "12月31日前"),
        ("6.30前", "6月30日前"),
        ("2025年", "2025年12月底前"),
        ("年底前", "当年12月底前"),
        ("当年完成", "当年12月底前"),
        ("年内完成", "当年1月-当年12月"),
        ("本年度内完成", "当年1月-当年12月"),
        ("2020年1月--2020年11月", "2020年1月-2020年11月"),
        // units
        ("≥20（个）", "≥20个"),
        ("≥95（%）", "≥95%"),
        ("≥5‱", "≥5‱"),
        ("≥2个百分点", "≥2个百分点"),
        ("≥2百分点", "≥2个百分点"),
        ("≥80人数", "≥80人"),
        ("780元/生/年", "=780元/(生·年)"),
        ("≥10台/套", "≥10台/套"),
        ("≥10台（套）", "≥10台/套"),
        // numbers with a dot stay numbers where they cannot be dates
        ("98.5%", "=98.5%"),
        ("12.5万元", "=12.5万元"),
        ("2025.5吨", "=2025.5吨"),
    ]);
    // 百分点 is its own unit, never %; 台/套 names alternatives, never a rate
    assert_ne!(t("≥2个百分点").unit(), t("≥2%").unit());
    assert!(matches!(t("≥10台/套").unit(), Some(jixiao::Unit::Either(..))));
    assert_eq!(t("≥10台/套").is_met(&"10套".parse().unwrap()), Ok(true));
    assert_eq!(t("≥10台/套").is_met(&"9台".parse().unwrap()), Ok(false));
}

#[test]
fn relative_targets_are_their_own_kind() {
    let rel = |s: &str| match t(s) {
        Threshold::Relative(r) => r,
        other => panic!("{s}: {other:?}"),
    };
    for (s, baseline, change, canonical) in [
        ("较上年增长5%", Baseline::PreviousYear, Some(Change::Increase), "较上年增长5%"),
        ("同比下降10%", Baseline::SamePeriod, Some(Change::Decrease), "较上年同期下降10%"),
        ("不低于上年", Baseline::PreviousYear, None, "≥上年"),
        ("比上年提高2个百分点", Baseline::PreviousYear, Some(Change::Increase), "较上年增长2个百分点"),
        ("≤预算数", Baseline::Budget, None, "≤预算数"),
        ("不超过批复数", Baseline::Approved, None, "≤批复数"),
        ("控制在预算数以内", Baseline::Budget, None, "≤预算数"),
        ("同比增长 5% 以上", Baseline::SamePeriod, Some(Change::Increase), "较上年同期增长5%"),
    ] {
        let r = rel(s);
        assert_eq!((r.baseline(), r.change(), r.to_string().as_str()), (baseline, change, canonical), "{s}");
        assert_eq!(rel(canonical), r, "{s}: reads back");
        // judged only once the baseline is given
        assert_eq!(t(s).is_met(&"5%".parse().unwrap()), Err(CompareError::NeedsBaseline), "{s}");
    }
    let q = |s: &str| s.parse::<Quantity>().unwrap();
    assert_eq!(rel("较上年增长5%").resolve(&q("200人")).unwrap().to_string(), "≥210人");
    assert_eq!(rel("同比下降10%").resolve(&q("50万元")).unwrap().to_string(), "≤450000元");
    assert_eq!(rel("比上年提高2个百分点").resolve(&q("90%")).unwrap().to_string(), "≥92%");
    assert!(rel("比上年提高2个百分点").resolve(&q("90人")).is_err());
    assert_eq!(rel("≤预算数").resolve(&q("30万元")).unwrap().comparator(), Comparator::Le);
    // flat against the baseline (持平, 相当), in every wording of it: equal to it
    for s in ["与上年持平", "与上年相比持平", "较上年度持平", "比去年相当", "与上年 持平", "=上年"] {
        assert_eq!(rel(s), Relative::against(Comparator::Eq, Baseline::PreviousYear), "{s}");
    }
    assert_eq!(rel("同比持平"), Relative::against(Comparator::Eq, Baseline::SamePeriod));
    assert_eq!(rel("与上年持平").resolve(&q("200人")).unwrap().to_string(), "=200人");
}

/// Text with numbers the rules do not read is never plain qualitative text, and the two cannot
/// be confused: they are different variants.
#[test]
fn text_with_numbers_is_marked_unread() {
    for s in ["完成3个项目的建设", "三个项目全部完成", "8千 九天月时三过", "七成月以两", "覆盖2个乡镇的全部村庄"]
    {
        let v = t(s);
        assert!(v.is_unread() && !v.is_qualitative(), "{s}: {v:?}");
        assert_eq!(v.to_string(), s);
    }
    for s in ["进一步提升服务水平", "一次性补助发放到位", "持续保障", "统一规范管理", "三农工作稳步推进"]
    {
        let v = t(s);
        assert!(v.is_qualitative() && !v.is_unread(), "{s}: {v:?}");
    }
    // and a qualitative value built by hand cannot hold unread numbers
    assert!(jixiao::Qualitative::new("完成3个项目的建设").is_err());
}

/// Canonical text reads back to the same value: the cases random inputs found.
#[test]
fn canonical_text_reads_back() {
    for s in [
        "0 百",
        "8千 九天月时三过",
        "七成月以两",
        "3次以下（不含3次）",
        "≥85%（满意度）",
        "100%覆盖",
        "一万二",
        "3千万元",
        // found by the property over the grammar's tokens (checks/tests/threshold_props.rs)
        "约3万余人",
        "约八千余人",
        "0个左右小时≥",
        "0余 百",
        "0余 余",
        "0左右（含）",
        "0左右（含）%）",
        "0左右(天)",
        // found over the equivalence corpus of this change: an approximate value under a
        // comparator column, and a number of years the date rules refuse as a year
        "≥|1左右|人/年",
        "八千年",
        "八千百年",
        // found by the fuzz target: a magnitude before a space and a word of no known unit
        "6\t-59千 挐",
        "59千 挐",
        "59千m",
        "2- 04季",
        // and the forms this change reads
        "每户每年≥1次",
        "每季度1次以上（含1次）",
        "一、二季度",
        "2025年度上半年",
        "实施期限：2020-2025年",
        "3-4个季度",
        "1--12个月",
        "九成五",
        // found by the fuzz targets in this change: a magnitude from the value column before a
        // unit written otherwise, and 仟 (printed 千) before a unit it would print into
        "|0百|\t牾分",
        "|3千|株",
        "92仟g",
        "92佰g",
        "92仟克",
        "02000-2000年",
        "3左右(不含\u{c}\u{c})",
        // and the forms of this change
        "2025-12",
        "２０２５．１２",
        "2025-01-2025-12",
        "超过95%（含本数）",
        "95%以上【含】",
        "3次以下〔不含〕",
        "发生1起",
        "不到95%",
        "接近2万人",
        "与上年持平",
        "≤2h",
        "≤3个自然日",
        "≥100MB/s",
        "一个半月",
        "半年内",
        "两个半小时",
    ] {
        if let Ok(v) = Threshold::parse(s) {
            assert_eq!(Threshold::parse(&v.to_string()), Ok(v.clone()), "{s} printed as {v}");
        }
        if let Ok(a) = Actual::parse(s) {
            assert_eq!(Actual::parse(&a.to_string()), Ok(a.clone()), "actual {s} printed as {a}");
        }
    }
    // what cannot be printed to read back is an error, never a value that prints otherwise
    assert_eq!(Threshold::parse("|0百|\t牾分").map_err(|e| e.kind()), Err(jixiao::ParseErrorKind::UnitColumnConflict));
    assert!(Threshold::parse("92仟g").is_err() && Threshold::parse("59千m").is_err());
    assert_eq!(t("|3千|株").to_string(), "=3千株");
    // a range of years a table names would print as a period: neither read nor built
    assert_eq!(Threshold::parse("02000-2000年").map_err(|e| e.kind()), Err(jixiao::ParseErrorKind::Contradiction));
    let year = jixiao::Unit::parse("年").unwrap();
    assert!(jixiao::Range::new(2020.into(), 2025.into(), jixiao::Magnitude::One, year.clone()).is_err());
    assert!(jixiao::Range::new(1.into(), 3.into(), jixiao::Magnitude::One, year).is_ok());
}

/// Judging (DOMAIN.md §5): `is_met` and the scorer give the same answer on every pair.
#[test]
fn is_met_and_the_scorer_agree_on_the_judging_pairs() {
    let p = jixiao::score::Profile::central();
    for (target, actual, met) in [
        ("无重大安全事故", "无", Some(true)),
        ("无违规", "未发生", Some(true)),
        ("杜绝", "有", Some(false)),
        ("杜绝", "没有", Some(true)),
        ("0起", "无", Some(true)),
        ("0起", "有", Some(false)),
        ("≤1起", "没有", Some(true)),
        ("否", "是", Some(false)),
        ("否", "否", Some(true)),
        ("是", "否", Some(false)),
        ("否", "无", Some(true)),
        // a band answered to a yes/no target is its band in both (the scorer turned 不合格
        // against 否 into full marks, where is_met said missed)
        ("否", "不合格", Some(false)),
        ("否", "差", Some(false)),
        ("是", "已完成", Some(true)),
        ("≥95%", "<95%", Some(false)),
        ("≥2万人", "不足2万人", Some(false)),
        ("≥95%", "95%以下", Some(false)),
        ("≤30万元", "超过30万元", Some(false)),
        ("≤5%", "≥3%", None),
        ("≥2万人", "近2万人", Some(false)),
        // approximately the target's own number may lie either side of it
        ("≥2万人", "约2万人", None),
        ("<2小时", "<2小时", Some(true)),
        // a count against an avoidance target in words
        ("零事故", "0起", Some(true)),
        ("杜绝安全事故", "0", Some(true)),
        ("无重大安全事故", "1起", Some(false)),
        ("零投诉", "0次", Some(true)),
        ("杜绝", "2例", Some(false)),
        ("无违规", "0%", None),
        // an equality with a note, a number after 完成, 九成五: values
        ("≥95%", "100%完成", Some(true)),
        ("≥95%", "完成100%", Some(true)),
        ("≥95%", "已完成94%", Some(false)),
        ("≥95%", "九成五", Some(true)),
        ("≥95%", "九成", Some(false)),
        // a bare 96 is read in the target's unit (a bare fraction is scored as written and
        // flagged on the scorecard: BareFraction, tests/scorecards.rs)
        ("≥95%", "96", Some(true)),
        // a count against a count per year is the year's; per a quarter it says nothing
        ("每年≥4次", "5次", Some(true)),
        ("每年≥4次", "3次", Some(false)),
        ("每季度1次", "1次", None),
        ("每人≥500元", "600元", None),
    ] {
        judged_alike(&p, target, actual, met);
    }
}

/// Answers about incidents in every wording: each word that denies or affirms composed with
/// each verb of occurring, and a count after one, judged alike by `is_met` and the scorer
/// against avoidance targets in words and zero or ceiling counts.
#[test]
fn incidents_answered_in_every_wording() {
    let p = jixiao::score::Profile::central();
    let verbs = ["发生", "出现", "存在", "发现"];
    let mut checked = 0;
    for target in ["杜绝安全事故", "无重大安全事故", "零事故", "不发生安全事故", "未出现重大问题", "0起", "≤1起"]
    {
        for verb in verbs {
            for after in ["", "过"] {
                for deny in ["未", "没有", "没", "从未", "不", "无"] {
                    judged_alike(&p, target, &format!("{deny}{verb}{after}"), Some(true));
                    checked += 1;
                }
                for affirm in ["", "已", "有", "曾", "已经"] {
                    // one occurred: a zero target and the avoidance words are missed; a
                    // ceiling of one cannot tell how many
                    let met = if target == "≤1起" { None } else { Some(false) };
                    judged_alike(&p, target, &format!("{affirm}{verb}{after}"), met);
                    checked += 1;
                }
            }
        }
        // 起 is a known count (incidents), so it follows Chinese numerals too (`一起`, `两起`)
        for (count, n) in [("0起", 0), ("1起", 1), ("2起", 2), ("3 起", 3), ("一起", 1), ("两起", 2), ("零起", 0)] {
            for word in ["", "发生", "共发生", "累计发生", "出现", "实际发生", "全年共发生"] {
                let met = match target {
                    "≤1起" => n <= 1,
                    _ => n == 0,
                };
                judged_alike(&p, target, &format!("{word}{count}"), Some(met));
                checked += 1;
            }
        }
    }
    // what occurred may be named after the verb, and the target's own words after a word of
    // none say that it did not occur
    for (target, answer, met) in [
        ("无重大安全事故", "未发生重大安全事故", Some(true)),
        ("≤1起", "未发生安全事故", Some(true)),
        ("杜绝违规", "无违规", Some(true)),
        ("零事故", "无事故", Some(true)),
        ("无重大安全事故", "无安全事故", Some(true)),
        // other words after 无 are no answer about incidents
        ("无重大安全事故", "无法统计", None),
        // the review of this change: what occurred named after an affirming verb, a verb of
        // occurring before a number or a rate, the avoidance word itself negated, a word of no
        // noun, and a verb of occurring denied against a ceiling of hours or percent say
        // nothing certain
        ("杜绝违规", "存在违规行为", None),
        ("0起", "出现投诉", None),
        // (a measure's name and 为 before a number is a label: `发生率为0` answers 0, none)
        ("杜绝安全事故", "发生率为0", Some(true)),
        ("杜绝安全事故", "发生率为2%", None),
        ("零投诉", "发生投诉0起", None),
        ("0起", "发现问题已整改", None),
        ("杜绝违规", "未杜绝违规", None),
        ("杜绝违规", "没杜绝", None),
        ("避免返贫", "未避免返贫", None),
        ("杜绝安全事故", "不安全", None),
        ("零事故", "不事故", None),
        ("≤24小时", "未发生安全事故", None),
        ("≤5%", "不存在问题", None),
        // while 无 is none of whatever a ceiling measures, as before
        ("≤5%", "无", Some(true)),
    ] {
        judged_alike(&p, target, answer, met);
    }
    assert!(checked > 500, "{checked}");
}

/// An avoidance target whose word of none is not its first (`安全事故零发生`, `全年无安全事故`,
/// `确保零事故`, `安全事故为零`, `重大安全事故：无`) is judged as one: `无`, `未发生` and `0起` meet
/// it, `有` and `1起` miss it. Before, only the start was looked at: these were bands, `无`
/// missing them and `有` meeting them.
#[test]
fn avoidance_words_after_what_they_avoid() {
    let p = jixiao::score::Profile::central();
    let mut checked = 0;
    for before in ["", "全年", "确保", "力争", "实现", "项目实施期间", "年内"] {
        for avoided in ["安全事故零发生", "人员零伤亡", "无安全事故", "无重大安全事故", "零事故", "不发生安全事故", "安全事故为零"]
        {
            for sp in SPACES {
                let target = format!("{before}{sp}{avoided}");
                for (answer, met) in
                    [("无", true), ("没有", true), ("未发生", true), ("0起", true), ("有", false), ("1起", false), ("发生2起", false)]
                {
                    judged_alike(&p, &target, answer, Some(met));
                    checked += 1;
                }
            }
        }
    }
    for target in ["重大安全事故：无", "有效投诉：无", "安全事故: 零", "为零"] {
        judged_alike(&p, target, "无", Some(true));
        judged_alike(&p, target, "有", Some(false));
    }
    // words with 无 or 零 in them that avoid nothing stay bands, wherever they stand
    for target in ["实现无障碍通行", "零售额增长", "完成无害化处理", "无论如何完成"] {
        judged_alike(&p, target, "有", Some(true));
        judged_alike(&p, target, "无", Some(false));
    }
    assert!(checked > 1000, "{checked}");
}

/// An answer that denies a qualitative target in its own words misses it: `无效` against `有效`,
/// `未提升` against `明显提升`, with every negation; a target that is itself a negation is not
/// denied by one. 基本 or 部分 before a word of achievement is the partly achieved band, and
/// `优良` answered meets a target that accepts 良.
#[test]
fn answers_that_deny_or_qualify_the_target() {
    let p = jixiao::score::Profile::central();
    for (target, said) in [("有效", "效"), ("明显提升", "提升"), ("持续保障", "保障"), ("规范", "规范"), ("是", "是"), ("安全", "安全")]
    {
        for negation in ["未", "不", "没有", "尚未", "未能", "没", "不能", "从未", "无"] {
            let answer = format!("{negation}{said}");
            // 效 alone follows 有 (有效 → 无效); the others follow any negation
            if said == "效" && negation != "无" {
                continue;
            }
            judged_alike(&p, target, &answer, Some(false));
        }
    }
    judged_alike(&p, "有效", "有效", Some(true));
    // a target that names what it reduces, prevents or forbids is met by none of it, or at
    // least not denied by it (the review of this change found these missed)
    for (target, answer) in [
        ("减少投诉", "无投诉"),
        ("降低风险", "无风险"),
        ("消除隐患", "无隐患"),
        ("防止返贫", "未返贫"),
        ("严控超支", "未超支"),
        ("禁止违规", "无违规"),
        ("有效遏制违法", "无违法"),
        ("全年无安全事故", "无安全事故"),
        ("确保零事故", "无事故"),
        ("安全事故零发生", "未发生"),
        ("资金使用无违规", "无违规"),
        ("无偿", "非无偿"),
    ] {
        assert_ne!(t(target).is_met(&Actual::parse(answer).unwrap()), Ok(false), "{target} / {answer}");
    }
    for (target, answer) in [("合格", "基本合格"), ("达标", "基本达标"), ("完成建设", "部分完成"), ("按时完成", "基本按时完成")]
    {
        assert!(!t(target).is_met(&Actual::parse(answer).unwrap()).unwrap(), "{target} / {answer}");
        let s = p.score_indicator(&t(target), &Actual::parse(answer).unwrap(), jixiao::Decimal::from(10)).unwrap();
        assert!(!s.met && s.score > jixiao::Decimal::ZERO && s.score < jixiao::Decimal::from(10), "{target} / {answer}: {}", s.score);
    }
    judged_alike(&p, "良好及以上", "优良", Some(true));
    judged_alike(&p, "合格", "优良", Some(true));
    judged_alike(&p, "优秀", "优良", None);
}

/// A word of achievement negated is the not-achieved band, with every negation and word:
/// `未按时完成` against `按时完成` is missed, not "needs a band".
#[test]
fn achievement_negated_in_every_wording() {
    let p = jixiao::score::Profile::central();
    for target in ["按时完成", "完成建设任务", "及时", "达到预期目标", "≥95%"] {
        for negation in ["未", "没有", "尚未", "未能", "没", "不能"] {
            for word in ["完成", "按时完成", "按期完成", "达到", "达到预期目标", "实现", "达成", "及时", "完成建设任务"]
            {
                judged_alike(&p, target, &format!("{negation}{word}"), Some(false));
            }
        }
    }
    // the negation of a word of the other bands is none: 不差 says nothing certain
    assert!(t("合格").is_met(&Actual::parse("不差").unwrap()).is_err());
    // and an answer of achievement still meets
    judged_alike(&p, "按时完成", "按时完成", Some(true));
}

/// 不到 is 不足 (less than) and 接近 is 近 (short of the number), as targets and actuals.
#[test]
fn short_of_a_number_in_every_wording() {
    let p = jixiao::score::Profile::central();
    for word in ["不足", "不到", "少于", "低于"] {
        assert_eq!(t(&format!("{word}5%")).to_string(), "<5%", "{word}");
        judged_alike(&p, "≥95%", &format!("{word}95%"), Some(false));
    }
    for word in ["近", "接近"] {
        assert_eq!(t(&format!("{word}2万人")).to_string(), "约2万人", "{word}");
        judged_alike(&p, "≥2万人", &format!("{word}2万人"), Some(false));
        judged_alike(&p, "≥2万人", &format!("{word}两万人"), Some(false));
    }
    assert!(t("不到位").is_qualitative());
}

/// The families the review of this change found: a note that starts with 不含 but names no
/// number, notes that start with a unit's character, and the project's year in every wording.
#[test]
fn review_siblings() {
    // （不含税） is a note, not "excluding the number"; （不含N） in any spelling of N excludes it
    let Threshold::Compare(c) = t("≤30万元（不含税）") else { panic!() };
    assert_eq!((c.comparator(), c.note()), (Comparator::Le, Some("（不含税）")));
    assert_eq!(t("3次以下（不含三次）"), t("<3次"));
    assert!(t("95%以上（不含90%）").is_unread(), "a contradictory mark is not quietly dropped");
    // a word that merely starts with a unit's character is a note (人员, 生态)
    for (s, note) in [("100%人员到位", "人员到位"), ("100%生态环境改善", "生态环境改善")] {
        let Threshold::Compare(c) = t(s) else { panic!("{s}") };
        assert_eq!(c.note(), Some(note), "{s}");
    }
    assert_eq!(t("≥5人次").to_string(), "≥5人次");
    // the project's year, as 2025年 reads: its end, or the whole year as 2025年度 is
    assert_reads(&[
        ("当年完成", "当年12月底前"),
        ("年底前", "当年12月底前"),
        ("年末", "当年12月底前"),
        ("次年", "次年12月底前"),
        ("本年度", "当年1月-当年12月"),
        ("当年度内", "当年1月-当年12月"),
        ("2025年度", "2025年1月-2025年12月"),
    ]);
    assert!(!matches!(t("年均增长5%"), Threshold::Deadline(_)));
}

/// An actual bound short of the target says so on the scorecard, where it said the bound's
/// number reached the target and got full marks.
#[test]
fn a_bound_short_of_the_target_says_why() {
    let p = jixiao::score::Profile::central();
    for answer in ["不到95%", "<95%", "不足95%", "近95%"] {
        let s = p.score_indicator(&t("≥95%"), &Actual::parse(answer).unwrap(), jixiao::Decimal::from(10)).unwrap();
        assert!(!s.met && s.score < jixiao::Decimal::from(10), "{answer}");
        let why = s.rule_zh();
        assert!(why.contains("未达到") && !why.contains("满分，") && !why.contains(", 满分"), "{answer}: {why}");
    }
}

/// A run of Chinese numerals whose places do not fall (`一万二万`, `三百五百`, `五十三百`) is no
/// numeral: text with numbers not read, never a number made of its parts (`一万二万项` read as
/// 100 020 000项). Well-formed numerals keep reading, and `百分百` is a hundred percent as
/// `百分之百` is.
#[test]
fn chinese_numerals_whose_places_do_not_fall() {
    for s in ["一万二万项", "三百五百人", "五十三百", "最多一万二万", "贰拾百㎡", "三万万元"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
        assert!(matches!(Actual::parse(s), Ok(Actual::Text(_))), "actual {s}");
    }
    for (s, n) in [
        ("一万二千", "12000"),
        ("一千二百万", "12000000"),
        ("一亿一千万", "110000000"),
        ("一百一十", "110"),
        ("三百零五", "305"),
        ("两万五", "25000"),
        ("一千零一十", "1010"),
    ] {
        assert_eq!(t(s).quantity().map(|q| q.normalized().to_string()), Some(n.to_string()), "{s}");
    }
    for sp in SPACES {
        for label in ["", "满意度", "满意度："] {
            assert_eq!(t(&format!("{label}{sp}百分百")), t("100%"), "{label}{sp}百分百");
        }
    }
    assert_eq!(t("百分百"), t("百分之百"));
    assert_eq!(t("≥百分百"), t("≥100%"));
    assert!(t("百分百五").is_unread());
}

/// A magnitude and unit in parentheses after the number (`≥5（万元）`, `100(万人)`,
/// `5（万元/公里）`) read as written without them, as `≥20（个）` does: before, a note, and
/// the value lost its 万 (`≥100（万元）` was met by a bare 150).
#[test]
fn magnitudes_and_units_in_parentheses() {
    for (op, num) in [("≥", "5"), ("", "100"), ("不低于", "五"), ("≤", "0.5")] {
        for (open, close) in [("（", "）"), ("(", ")"), ("（ ", " ）")] {
            for (unit, plain) in [("万元", "万元"), ("万人", "万人"), ("亿元", "亿元"), ("万", "万"), ("万元/公里", "万元/公里")]
            {
                for after in ["", "以上", "（2024年）"] {
                    let s = format!("{op}{num}{open}{unit}{close}{after}");
                    let plain = format!("{op}{num}{plain}{after}");
                    match (Threshold::parse(&s), Threshold::parse(&plain)) {
                        // (an error is at another place of the longer text)
                        (Err(a), Err(b)) => assert_eq!(a.kind(), b.kind(), "{s}"),
                        (a, b) => assert_eq!(a, b, "{s}"),
                    }
                }
            }
        }
    }
}

/// Relative targets in the spellings the review of issue 19 found read as text or errors: an
/// inclusion mark after the baseline or the amount (`不低于上年（含）`, `较上年增长5%（含）`),
/// 突破 (to break through: `不得突破预算` is ≤ the budget), 保持 and the baseline (`保持上年水平`
/// keeps the baseline, at least), and spaces between every part (`较上年 增长 5%`). As text, any
/// answer of achievement met them; now they need their baseline, as their siblings do.
#[test]
fn relative_targets_with_marks_negations_and_spaces() {
    let rel = |s: &str| match t(s) {
        Threshold::Relative(r) => r,
        other => panic!("{s}: {other:?}"),
    };
    for sp in SPACES {
        for (s, plain) in [
            (format!("不低于{sp}上年{sp}（含）"), "≥上年"),
            (format!("≥{sp}上年水平{sp}(含)"), "≥上年"),
            ("不低于上年（含本数）".to_string(), "≥上年"),
            (format!("超过上年{sp}（不含）"), ">上年"),
            (format!("不得{sp}突破预算"), "≤预算数"),
            (format!("不突破{sp}预算"), "≤预算数"),
            ("未突破批复数".to_string(), "≤批复数"),
            (format!("严禁突破{sp}年度预算"), "≤预算数"),
            (format!("保持{sp}上年水平"), "≥上年"),
            (format!("较{sp}上年{sp}增长{sp}5%"), "较上年增长5%"),
            (format!("比上年{sp}提高{sp}2个百分点"), "较上年增长2个百分点"),
            (format!("较上年增长5%{sp}（含）"), "较上年增长5%"),
        ] {
            assert_eq!(rel(&s), rel(plain), "{s}");
            assert_eq!(t(&s).is_met(&Actual::parse("完成").unwrap()), Err(CompareError::NeedsQuantity), "{s}");
        }
    }
    // 突破 before a number reaches past it, from the number itself
    assert_eq!(t("突破100万人"), t("≥100万人"));
    // text that starts with 突 or 保持 and names no baseline stays text
    assert!(t("突出重点").is_qualitative());
    assert!(t("保持稳定").is_qualitative());
}

/// 号 after a number is an ordinal (`3号楼`, `1号线`, `2号文件`): no count of a unit `号楼建设完成`,
/// as it read; text with its numbers not read. A day of the month (`12月3号前`) is still a date.
#[test]
fn ordinals_with_hao_are_no_counts() {
    for s in ["3号楼建设完成", "2号文件落实", "1号线开通", "3 号楼主体完工"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
    }
    assert!(Threshold::parse("3号").is_err());
    assert_eq!(t("12月3号前"), t("12月3日前"));
}

/// A period of two compact dates (`202001-202012`, `20200101-20201231`), as a 项目起止时间 cell
/// writes it, is that period, with every separator (before, a range of two numbers); a single
/// compact date stays a number, and digits that are no date stay a range.
#[test]
fn periods_of_compact_dates() {
    for sep in ["-", "--", "—", "–", "~", "～", "至"] {
        assert_eq!(t(&format!("202001{sep}202012")), t("2020年1月-2020年12月"), "{sep}");
        assert_eq!(t(&format!("20200101{sep}20201231")), t("2020年1月1日-2020年12月31日"), "{sep}");
        assert_eq!(t(&format!("201907{sep}202006")), t("2019年7月-2020年6月"), "{sep}");
    }
    assert!(t("202312").is_quantitative());
    assert!(matches!(t("202001-202313"), Threshold::Range(_)));
    assert!(matches!(t("123456-123457"), Threshold::Range(_)));
    assert!(Threshold::parse("202012-202001").is_err());
}

/// Digits with a smaller place after 万 or 亿 (`1万2千人`, `3亿5千万元`) read as the Chinese numeral
/// does (`一万二千人`): they were an error. 日历天 (calendar days) is days (`180日历天` printed as
/// `=180天历天`).
#[test]
fn digits_with_two_places_and_calendar_days() {
    for sp in ["", " "] {
        assert_eq!(t(&format!("1万{sp}2千人")), t("1.2万人"));
        assert_eq!(t(&format!("≥3亿{sp}5千万元")), t("≥3.5亿元"));
    }
    assert_eq!(t("1万2千人").quantity().unwrap().normalized(), t("一万二千人").quantity().unwrap().normalized());
    assert_eq!(t("1万2百元").to_string(), "=1.02万元");
    for s in ["180日历天", "180个日历天"] {
        assert_eq!(t(s), t("180天"), "{s}");
    }
}

/// The review of this pass: what the new forms read wrongly, and their siblings.
#[test]
fn review_of_the_eleventh_pass() {
    // a bound name before a year of the calendar is a label: the deadline it was
    for s in ["上限：2025年", "最低：2025年", "下限: 2025年"] {
        assert_eq!(t(s), t("2025年"), "{s}");
    }
    // 突破 alone reaches from the number itself; negated it is not going over
    assert_eq!(t("突破100万人次"), t("≥100万人次"));
    assert_eq!(t("不得突破100万元"), t("≤100万元"));
    // included after a strict relative word, as after a number (`高于95%（含）` is ≥95%)
    assert_eq!(t("高于上年（含）"), t("≥上年"));
    assert_eq!(t("保持上年水平"), t("≥上年"));
    // named limits and symbols in brackets
    for (s, plain) in [
        ("100人（不超过，含）", "≤100人"),
        ("100人（≤）", "≤100人"),
        ("30万元（预算上限）", "≤30万元"),
        ("30万元（最高补助）", "≤30万元"),
        ("95%（最低要求）", "≥95%"),
    ] {
        assert_eq!(t(s), t(plain), "{s}");
    }
    // an average and a change is a growth, no level per each
    for s in ["户均收入增长5%", "人均收入提高5%", "村均增长5%"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
    }
    // spaced or full-width, a compact period reads as one, so that every spelling agrees
    for s in ["202401 - 202412", "２０２４０１－２０２４１２", "202401到202412"] {
        assert_eq!(t(s), t("2024年1月-2024年12月"), "{s}");
    }
    // a magnitude in brackets after a space
    assert_eq!(t("5 （万元）"), t("5万元"));
    // traditional text keeps its note as written, and a label in traditional characters is read
    assert_eq!(t("≥95%（問卷調查結果）").to_string(), "≥95%（問卷調查結果）");
    assert_eq!(t("較上年增長≥5%"), t("较上年增长≥5%"));
    assert_eq!(t("180個日历天"), t("180天"));
}

/// 无 inside a name names a thing (`无房户`, `无业人员`): no avoidance target; after words of
/// time or intent it avoids (`全年无安全事故`).
#[test]
fn wu_inside_a_name_is_no_avoidance() {
    let p = jixiao::score::Profile::central();
    for target in ["对无房户实施安置", "帮扶无业人员就业", "推进无废城市建设", "推广无接触服务", "群众办事无需跑腿"]
    {
        judge::judged_alike(&p, target, "有", Some(true));
        judge::judged_alike(&p, target, "无", Some(false));
    }
    judge::judged_alike(&p, "全年无安全事故", "无", Some(true));
}
