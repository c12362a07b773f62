//! A whole value in brackets (括号), as some tables print the 指标值 column (`（≥95%）`,
//! `(≤30万元)`, `【2025年12月底前】`), reads as the value inside: in every kind of bracket,
//! half- and full-width mixed, with spaces inside, as a target and as an actual. A bare number
//! in brackets (`（1）`) may number a list and is not read as a target; text keeps its brackets.

mod common;

use common::{t, SPACES};
use jixiao::{Actual, Threshold};

/// Every pair of brackets a table wraps a value in: the round ones half- and full-width, mixed
/// as Word mixes them, and the square ones.
const BRACKETS: &[(&str, &str)] =
    &[("（", "）"), ("(", ")"), ("(", "）"), ("（", ")"), ("【", "】"), ("[", "]"), ("［", "］"), ("〔", "〕"), ("〖", "〗")];

/// Values of every form the grammar reads: comparisons by symbol, word and suffix, with
/// magnitudes and rates, approximations, ranges, deadlines, relative targets.
const INSIDE: &[&str] = &[
    "≥95%",
    "95%以上",
    "≤30万元",
    "不低于90%",
    "<2小时",
    "≥1000人次",
    "约100人",
    "≤500元/人",
    "18-54周岁",
    "90%-100%",
    "2025年12月底前",
    "年底前",
    "较上年增长5%",
    "≥95%（含）",
    "100人",
];

#[test]
fn a_value_in_brackets_reads_as_the_value_inside() {
    let mut checked = 0;
    for &inner in INSIDE {
        let plain = t(inner);
        for &(open, close) in BRACKETS {
            for &space in SPACES {
                let s = format!("{open}{space}{inner}{space}{close}");
                assert_eq!(Threshold::parse(&s), Ok(plain.clone()), "{s}");
                // the canonical text has no brackets, and reads back as itself
                assert_eq!(t(&plain.to_string()), plain, "{s}");
                checked += 1;
            }
        }
    }
    assert_eq!(checked, INSIDE.len() * BRACKETS.len() * SPACES.len());
}

#[test]
fn an_actual_in_brackets_reads_as_the_actual_inside() {
    // (the forms an actual reads as a value: a range or a relative change is kept as text, and
    // text keeps what was written)
    for inner in ["96%", "≥95%", "2.1万人", "<2小时", "2025年11月", "1200元"] {
        let plain = Actual::parse(inner).unwrap();
        assert!(!matches!(plain, Actual::Text(_)), "{inner}");
        for &(open, close) in BRACKETS {
            let s = format!("{open}{inner}{close}");
            assert_eq!(Actual::parse(&s), Ok(plain.clone()), "{s}");
        }
    }
}

#[test]
fn what_brackets_do_not_make_a_value() {
    // a bare number in brackets numbers a list as often as it states a target: not read
    for s in ["（1）", "(2)", "【3】", "（一）", "（1-3）"] {
        assert!(!matches!(Threshold::parse(s), Ok(Threshold::Compare(_) | Threshold::Range(_))), "{s}");
        assert!(!matches!(Actual::parse(s), Ok(Actual::Quantity(_))), "{s}");
    }
    // text in brackets is text, kept with its brackets
    assert_eq!(t("（完成）").to_string(), "（完成）");
    assert_eq!(Actual::parse("（已完成）").unwrap().to_string(), "（已完成）");
    // brackets that do not wrap the whole value: as before, the value is not read
    for s in ["（1）和（2）", "（含）5%", "【≥95%】以上", "（≥95%】"] {
        assert!(Threshold::parse(s).is_err(), "{s}");
    }
}

#[test]
fn a_target_in_brackets_is_judged_as_the_target_inside() {
    let met = |target: &str, actual: &str| t(target).is_met_in(&actual.parse::<Actual>().unwrap(), Some(2025));
    assert_eq!(met("（≥95%）", "96%"), Ok(true));
    assert_eq!(met("（≥95%）", "94%"), Ok(false));
    assert_eq!(met("(≤30万元)", "(28万元)"), Ok(true));
    assert_eq!(met("(≤30万元)", "35万元"), Ok(false));
    assert_eq!(met("【2025年12月底前】", "2025年11月"), Ok(true));
    assert_eq!(met("【2025年12月底前】", "2026年1月"), Ok(false));
}

#[test]
fn an_imported_value_in_brackets_reads() {
    let doc = jixiao::import::parse_text("三级指标\t指标值\n验收合格率\t（≥95%）\n完成时间\t【2025年12月底前】\n").unwrap();
    let inds = &doc.projects[0].indicators;
    assert_eq!(inds[0].threshold().map(ToString::to_string).as_deref(), Some("≥95%"));
    assert_eq!(inds[0].value(), "（≥95%）", "the value kept as written");
    assert!(matches!(inds[1].threshold(), Some(Threshold::Deadline(_))));
    assert!(doc.diagnostics.iter().all(|d| d.code() != jixiao::import::Code::BadValue), "{:?}", doc.diagnostics);
}
