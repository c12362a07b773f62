//! Punctuation a cell keeps at its ends reads as nothing: the full stop and semicolons that
//! were trimmed before (`≥95%。`, `≥95%；`), and now the commas a list leaves (`≥95%，`,
//! `≥95%、`, `≥95%,`), with quotes and spaces around, targets and actuals alike. Before, a
//! trailing comma made `≥95%，` an error while `≥95%。` read.

use jixiao::{Actual, Threshold};

#[test]
fn commas_full_stops_and_quotes_at_either_end() {
    let mut checked = 0;
    for value in ["≥95%", "持续保障", "2025年12月底前", "90%-100%", "≧|735|人次", "较上年增长5%", "是"] {
        let plain = format!("{:?}", Threshold::parse(value).unwrap());
        // (an error as an actual at its place: compared by its kind)
        let actual = format!("{:?}", Actual::parse(value).map_err(|e| e.kind()));
        for mark in ["，", "、", ",", "。", "；", ";"] {
            for (before, after) in [("", mark), ("“", &format!("”{mark}")), ("", &format!("{mark} ")), (" ", mark)] {
                let s = format!("{before}{value}{after}");
                assert_eq!(format!("{:?}", Threshold::parse(&s).unwrap()), plain, "{s}");
                assert_eq!(format!("{:?}", Actual::parse(&s).map_err(|e| e.kind())), actual, "{s} as an actual");
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 7 * 6 * 4);
    // a comma inside a number is the number's own
    assert_eq!(Threshold::parse("1,000人，").unwrap().to_string(), "=1000人");
}
