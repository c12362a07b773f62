//! The words tables put around a comparator, in every spelling (issue 19): must-not, prohibition
//! and not-done before a comparator word turn it around (`不得低于95%` and `未低于95%` are `≥95%`,
//! never `<95%`; `严禁超过5%` is `≤5%`), words of intent are
//! read past (`确保95%以上`), at most and at least before a number compare it (`最多5人`), a
//! second comparator the same way says the first again (`至多不超过5人`), and a word of
//! comparing is never a unit (`12不高于`).

mod common;
#[path = "common/judge.rs"]
mod judge;

use common::{alike, assert_reads, t, SPACES};
use jixiao::{Actual, Comparator, Threshold};
use judge::judged_alike;

/// Must-not before each comparator word gives the other side, for every modal, spacing, label,
/// numeral script and unit.
#[test]
fn must_not_turns_the_comparator_word_around() {
    let words = [
        ("低于", "≥"),
        ("少于", "≥"),
        ("小于", "≥"),
        ("高于", "≤"),
        ("超过", "≤"),
        ("超出", "≤"),
        ("超", "≤"),
        ("多于", "≤"),
        ("大于", "≤"),
        ("低于或等于", ">"),
        ("大于等于", "<"),
        ("达到", "<"),
    ];
    let mut checked = 0;
    let negations = [
        "不得",
        "不能",
        "不应",
        "不可",
        "不宜",
        "不准",
        "不许",
        "不会",
        "不允许",
        "严禁",
        "禁止",
        "杜绝",
        "避免",
        "防止",
        "未",
        "没有",
        "没",
        "并未",
        "尚未",
        "从未",
    ];
    for modal in negations {
        for (word, printed) in words {
            for sp in SPACES {
                for label in ["", "满意度", "投诉率"] {
                    for (num, unit, n) in [("95", "%", "95"), ("九十五", "%", "95"), ("3", "次", "3"), ("2", "万元", "2")] {
                        let (s, plain) = (format!("{label}{modal}{sp}{word}{sp}{num}{unit}"), format!("{printed}{n}{unit}"));
                        assert_eq!(Threshold::parse(&s), Ok(t(&plain)), "{s}");
                        // (an actual of not reaching, `不能达到95%`, `未达到95%`, is the band of
                        // not reached)
                        if word != "达到" {
                            assert_eq!(Actual::parse(&s), Actual::parse(&plain), "actual {s}");
                        }
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 7000, "{checked}");
    // a space inside 不 and its word (justified text): the word as written together
    for sp in [" ", "\u{3000}", "  "] {
        for (word, plain) in [("超过5%", "≤5%"), ("低于95%", "≥95%"), ("少于100人", "≥100人"), ("高于5%", "≤5%"), ("大于5%", "≤5%")]
        {
            alike(&format!("不{sp}{word}"), plain);
            alike(&format!("投诉率不{sp}{word}"), plain);
        }
    }
    // what did not happen, a quiet `=100` before: no comparator says "not equal"
    assert!(t("分值合计不等于100").is_unread());
    // relative targets and split columns take it too, after every negation (they were plain
    // text after those that do not start with 不); ordinary text that starts with their characters
    // stays text
    assert_eq!(t("不得低于上年"), t("不低于上年"));
    for (s, plain) in
        [("未低于上年", "不低于上年"), ("没有超过上年", "不超过上年"), ("严禁超过批复数", "不超过批复数"), ("未超预算", "不超预算")]
    {
        assert_eq!(t(s), t(plain), "{s}");
    }
    for s in ["严格执行相关制度规定", "未发生", "防范风险", "从严管理"] {
        assert!(t(s).is_qualitative(), "{s}");
    }
    assert_eq!(t("不得低于|95|%"), t("≥95%"));
    // a label that starts with a negation and a word fused with the next (未达标, 不达标, 未逾期)
    // is a label, as 达标率 is
    for (s, plain) in [("未达标率≤5%", "≤5%"), ("不达标天数≤10天", "≤10天"), ("未逾期率100%", "=100%"), ("未超标排放次数0次", "=0次")]
    {
        alike(s, plain);
    }
    // no comparator says "not equal", and a double negation is none of these: never `=5`
    for s in ["不得等于5", "满意度不得等于5"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
    }
    // the words alone are text
    for s in ["不得", "不得违规", "不能"] {
        assert!(t(s).is_qualitative(), "{s}");
    }
}

/// The answers are judged against the target's side: `不得低于95%` is met by 96% and missed by
/// 94%, `不得超过5%` the other way round.
#[test]
fn must_not_is_judged_on_its_side() {
    let p = jixiao::score::Profile::default();
    judged_alike(&p, "不得低于95%", "96%", Some(true));
    judged_alike(&p, "不得低于95%", "94%", Some(false));
    judged_alike(&p, "不得超过5%", "3%", Some(true));
    judged_alike(&p, "不得超过5%", "6%", Some(false));
    judged_alike(&p, "不能少于3次", "3次", Some(true));
}

/// Words of intent before the value, or between a measure's name and its value, are read
/// past, in every spelling; before a deadline too.
#[test]
fn words_of_intent_are_read_past() {
    let mut checked = 0;
    for intent in ["确保", "力争", "争取", "保证", "力求", "努力"] {
        for sp in SPACES {
            for (value, plain) in [
                ("95%以上", "≥95%"),
                ("95%", "=95%"),
                ("不低于95%", "≥95%"),
                ("达到九十五%", "≥95%"),
                ("完成100%", "=100%"),
                ("约3万人", "约3万人"),
            ] {
                alike(&format!("{intent}{sp}{value}"), plain);
                // after a name, as the name before the value without it reads
                let named = t(&format!("满意度{sp}{value}"));
                let with = t(&format!("满意度{sp}{intent}{sp}{value}"));
                match named.is_unread() {
                    true => assert!(with.is_unread(), "{intent}{value}: {with:?}"),
                    false => assert_eq!(with, named, "{intent}{value}"),
                }
                checked += 2;
            }
            assert_eq!(t(&format!("{intent}{sp}2025年底前完成")), t("2025年底前完成"), "{intent}");
        }
    }
    assert!(checked > 200, "{checked}");
    // a word that only starts like one is no word of intent
    assert!(t("保证金10万元").is_unread());
    for s in ["确保安全", "保持稳定", "努力提升", "确保完成"] {
        assert!(t(s).is_qualitative(), "{s}");
    }
}

/// 最多 and 最少 (at most, at least), 最高 and 最低, 上限 and 下限 (the ceiling, the floor) compare a
/// number after them, in every script and spacing, after a label, and with a copula or colon
/// between (`上限为5%`, `最高：5%`: before, the colon made a label of the word and the value
/// `=5%`); before a word they name it (`最多跑一次`, `最低生活保障`).
#[test]
fn at_most_and_at_least_before_a_number() {
    for (word, printed) in
        [("最多", "≤"), ("最少", "≥"), ("至多", "≤"), ("至少", "≥"), ("最高", "≤"), ("最低", "≥"), ("上限", "≤"), ("下限", "≥")]
    {
        for sp in SPACES {
            for (num, n) in [("5", "5"), ("五", "5"), ("５", "5")] {
                alike(&format!("{word}{sp}{num}人"), &format!("{printed}{n}人"));
            }
        }
    }
    for (word, printed) in [("最高", "≤"), ("最低", "≥"), ("上限", "≤"), ("下限", "≥"), ("最多", "≤"), ("最少", "≥")]
    {
        for mark in ["为", "是", "：", ":"] {
            for sp in SPACES {
                for label in ["", "满意度", "补助标准"] {
                    alike(&format!("{label}{word}{sp}{mark}{sp}90%"), &format!("{printed}90%"));
                    alike(&format!("{label}{word}{mark}{sp}九十%"), &format!("{printed}90%"));
                }
            }
        }
    }
    // the ceiling or floor named after the value, framed by 以 (`以5%为上限`); 为限 is a ceiling
    for sp in SPACES {
        alike(&format!("以{sp}5%{sp}为上限"), "≤5%");
        alike(&format!("以{sp}500元{sp}为下限"), "≥500元");
        alike(&format!("以{sp}3年{sp}为限"), "≤3年");
        alike(&format!("3年{sp}为限"), "≤3年");
    }
    assert!(Threshold::parse("以5%").is_err());
    // the name of a ceiling before a unit is no number without its 一 (`上限万元` is no ≤1万元);
    // 最多 before a magnitude is (`最多千人`)
    assert!(t("上限万元").is_unread());
    // the limit named whole (`最高限额5万元`, `上限额度`, `上限值为5%`: a label before, and `=`)
    for (s, plain) in [
        ("最高限额5万元", "≤5万元"),
        ("上限额度 5万元", "≤5万元"),
        ("上限值为5%", "≤5%"),
        ("最低限额：100元", "≥100元"),
        ("下限值90%", "≥90%"),
    ] {
        alike(s, plain);
    }
    assert_eq!(t("最多千人"), t("≤1000人"));
    // a name that starts with one stays a name
    assert!(!matches!(t("最多跑一次"), Threshold::Compare(_)));
    assert_eq!(t("最多跑一次事项占比≥90%").comparator(), None);
    assert_eq!(t("最低生活保障标准≥500元"), t("≥500元"));
}

/// A word of at most or at least, then a comparator the same way, is that comparator
/// (`至多不超过5人` is `≤5人`, `至少超过5人` `>5人`); the other way is no value.
#[test]
fn a_second_comparator_the_same_way() {
    for (outer, up) in [("至多", false), ("最多", false), ("不超过", false), ("至少", true), ("最少", true), ("不低于", true)]
    {
        for (inner, inner_up, printed) in [
            ("不超过", false, "≤"),
            ("不高于", false, "≤"),
            ("低于", false, "<"),
            ("≤", false, "≤"),
            ("不低于", true, "≥"),
            ("超过", true, ">"),
            ("≥", true, "≥"),
        ] {
            for sp in ["", " "] {
                let s = format!("{outer}{sp}{inner}{sp}5人");
                if up == inner_up {
                    alike(&s, &format!("{printed}5人"));
                } else {
                    assert!(!matches!(Threshold::parse(&s), Ok(Threshold::Compare(_))), "{s}: {:?}", Threshold::parse(&s));
                }
            }
        }
    }
}

/// A word of comparing after a number is no unit: `12不高于` was 12 of a unit `不高于`.
#[test]
fn a_word_of_comparing_is_no_unit() {
    for word in ["不高于", "不低于", "超过", "逾", "至少", "最多"] {
        for num in ["12", "0.5", "1-6"] {
            let s = format!("{num}{word}");
            let read = Threshold::parse(&s);
            let unit_is_word = match &read {
                Ok(Threshold::Compare(c)) => c.quantity().unit().to_string() == word,
                Ok(Threshold::Range(r)) => r.unit().to_string() == word,
                _ => false,
            };
            assert!(!unit_is_word, "{s}: {read:?}");
        }
    }
    assert_ne!(t("不得低于95%").comparator(), Some(Comparator::Lt));
    // nor a word of doing, one that ends with a word of time, or 起 ("from") after a rate
    for s in ["100完成", "1到位", "17点前", "500元/人起", "3验收"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
    }
    // units kept as written still read
    assert_eq!(t("3株").to_string(), "=3株");
    assert_eq!(t("704元/村").to_string(), "=704元/村");
}

/// Each form's canonical text, which reads back to the same value.
#[test]
fn canonical_texts_read_back() {
    assert_reads(&[
        ("不得低于95%", "≥95%"),
        ("满意度不得 超过 5%", "≤5%"),
        ("确保95%以上", "≥95%"),
        ("满意度力争达到95%", "≥95%"),
        ("最多5人", "≤5人"),
        ("至多不超过5人", "≤5人"),
    ]);
}

/// A suffix in brackets, 及以内, and the words of a ceiling or floor after the quantity compare
/// it as the suffix does (`5%（以下）` is `≤5%`, `100人封顶` `≤100人`), for every quantity and
/// bracket; a suffix that contradicts a comparator is still a conflict.
#[test]
fn suffixes_in_brackets_and_words_of_a_ceiling() {
    let mut checked = 0;
    for (quantity, n) in [("5%", "5%"), ("100人", "100人"), ("3天", "3天"), ("12万元", "12万元"), ("九十五%", "95%")] {
        for (written, printed) in [
            ("（以下）", "≤"),
            ("(以下)", "≤"),
            ("（以内）", "≤"),
            ("（ 以上 ）", "≥"),
            ("(及以上)", "≥"),
            ("及以内", "≤"),
            ("为上限", "≤"),
            ("上限", "≤"),
            ("（上限）", "≤"),
            ("封顶", "≤"),
            ("为下限", "≥"),
            ("下限", "≥"),
            ("起步", "≥"),
            ("为限", "≤"),
            // comparator words and named limits in brackets (before, notes: `30万元（不超过）` was
            // reached from below, and 35万元 met it)
            ("（最多）", "≤"),
            ("（不超过）", "≤"),
            ("( 不高于 )", "≤"),
            ("（最高）", "≤"),
            ("（限额）", "≤"),
            ("（最高限额）", "≤"),
            ("（不低于）", "≥"),
            ("（至少）", "≥"),
            ("(最低)", "≥"),
            ("（超过）", ">"),
        ] {
            alike(&format!("{quantity}{written}"), &format!("{printed}{n}"));
            checked += 1;
        }
    }
    assert!(checked >= 115, "{checked}");
    assert!(Threshold::parse("≤12万元（以上）").is_err());
    assert!(Threshold::parse("≤5%（不低于）").is_err());
    assert!(Threshold::parse("≥95%为上限").is_err());
    // a suffix in brackets after another is no note (found by fuzzing: `2A以上(封顶)` kept
    // `(封顶)` as a note, and printed a value of two suffixes that read back as a conflict)
    for s in ["2A以上(封顶)", "2人以上（以下）"] {
        assert!(Threshold::parse(s).is_err(), "{s}");
        assert!(Actual::parse(s).is_err(), "{s}");
    }
    // a bracket of anything else is still a note
    assert_eq!(t("5%（下降）").comparator(), Some(Comparator::Eq));
    assert_eq!(t("95%（等于）").comparator(), Some(Comparator::Eq));
}

/// Counts and shares that read as their siblings do: 两 before 月 counts months (`两月内` is
/// `两个月内`, never February), tenths after digits are a share (`8成以上` is `八成以上`), an average per a unit counts per it (`人均500元` is `平均每人500元`), and a note
/// that ends with a suffix leaves the value unread (`10个村以下` was `=10个` noted `村以下`).
#[test]
fn counts_and_shares_read_as_their_siblings() {
    for sp in ["", " "] {
        for (s, plain) in [
            (format!("两{sp}月内"), "两个月内"),
            (format!("两{sp}月以内"), "≤2个月"),
            (format!("≤两{sp}月"), "≤2个月"),
            (format!("8{sp}成以上"), "八成以上"),
            (format!("≥9.5{sp}成"), "≥九成五"),
            (format!("3{sp}成"), "三成"),
            (format!("人均{sp}500元"), "平均每人500元"),
            (format!("户均{sp}不低于2亩"), "平均每户不低于2亩"),
        ] {
            alike(&s, plain);
        }
    }
    // February is written with 二, and stays a deadline
    assert!(matches!(t("二月底前"), Threshold::Deadline(_)));
    // 成 that starts a word is no tenth (`8成本` is no 80%)
    assert_ne!(t("8成本").unit().map(|u| u.to_string()), Some("%".to_string()));
    // (and `年间` is during the years: a round-trip sweep found `执行数2020-2025年间` read as a range
    // of a unit 年间, which printed as the period `2020-2025年间`)
    assert!(matches!(t("2020-2025年间"), Threshold::Deadline(_)));
    // (and 年期间 likewise: `全年实际完成值2020至2025年期间`)
    for s in ["执行数2020-2025年间", "5年间", "全年实际完成值2020至2025年期间", "执行数2020-2025年期间", "5年期间"]
    {
        let read = Threshold::parse(s);
        assert!(!matches!(read, Ok(Threshold::Range(_) | Threshold::Compare(_))), "{s}: {read:?}");
    }
    for s in ["10个村以下", "3个乡镇以内", "3年级以上", "100人规模以下", "5个项目以内"] {
        assert!(t(s).is_unread(), "{s}: {:?}", t(s));
    }
    // a note that ends otherwise keeps the value, and so does one that ends with a floor (it says
    // what is counted, and the bare number is judged as a floor anyway), or `上不封顶`
    assert_eq!(t("100%覆盖").comparator(), Some(Comparator::Eq));
    assert_eq!(t("≥2篇省级以上").comparator(), Some(Comparator::Ge));
    assert_eq!(t("2名中级以上").comparator(), Some(Comparator::Eq));
    assert_eq!(t("100%上不封顶").comparator(), Some(Comparator::Eq));
    // a second suffix the same way says it again; the other way is a conflict
    assert_eq!(t("5万元以内（封顶）"), t("≤5万元"));
    assert_eq!(t("95%以上（以上）"), t("≥95%"));
    assert_eq!(t("95%以上的群众满意").comparator(), Some(Comparator::Ge));
}

/// 近 before a span of the calendar is "in the last" (`近3年`, `近两个月`): a window of time, no
/// approximate number; text with numbers not read, in every script and spacing. Before other
/// units, and 将近 or 接近 before any, it is about the number (`近2万人`, `将近3年`).
#[test]
fn near_before_a_span_of_the_calendar_is_a_window() {
    for span in ["年", "个月", "天", "日", "周", "个季度", "个工作日"] {
        for (num, _) in [("3", 3), ("三", 3), ("３", 3)] {
            for sp in SPACES {
                for label in ["", "满意度"] {
                    let v = format!("{label}近{sp}{num}{sp}{span}");
                    assert!(t(&v).is_unread(), "{v}: {:?}", t(&v));
                    assert!(matches!(Actual::parse(&v), Ok(Actual::Text(_))), "actual {v}");
                }
            }
        }
    }
    // (as an actual 近 is short of the number: `近2万人` is under 2万人)
    assert_eq!(t("近2万人"), t("约2万人"));
    assert_eq!(t("将近3年"), t("约3年"));
    assert_eq!(t("接近3年"), t("约3年"));
    assert!(t("近3小时").to_string().starts_with('约'));
}
