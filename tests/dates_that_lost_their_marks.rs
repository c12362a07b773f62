//! Eight digits of a year, month and day before 日 write a date whose 年 and 月 were lost
//! (`20211031日`, and the range `202191-20211031日` of a published notice,
//! `data/real-values-judged-3.tsv`): an error that says where, never a count of some twenty
//! million days. Alone, after a comparator, as the high end of a range, spaced, in full-width
//! digits, as a target and as an actual. Numbers that are no date stay counts of days.

use jixiao::{Actual, ParseErrorKind, Threshold};

#[test]
fn a_date_without_its_marks_is_no_count_of_days() {
    let mut checked = 0;
    for date in ["20211031", "20250101", "19991231", "２０２１１０３１"] {
        for form in ["{d}日", "≥{d}日", "不超过{d}日", "1-{d}日", "202191-{d}日", "{d} 日", "{d}日历天"] {
            let s = form.replace("{d}", date);
            let t = Threshold::parse(&s);
            assert!(t.is_err(), "{s}: {t:?}");
            assert_eq!(t.unwrap_err().kind(), ParseErrorKind::ExpectedUnitOrEnd, "{s}");
            assert!(Actual::parse(&s).is_err(), "actual {s}");
            checked += 1;
        }
    }
    assert_eq!(checked, 28);
    // the error says where: at 日
    let e = Threshold::parse("202191-20211031日").unwrap_err();
    assert_eq!(e.char_offset(), "202191-20211031".chars().count());
}

#[test]
fn numbers_that_are_no_date_stay_days() {
    for (s, days) in [("30日", "30"), ("20211331日", "20211331"), ("12345678日", "12345678"), ("2021103日", "2021103"), ("≤15日", "15")]
    {
        let t = Threshold::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        let Threshold::Compare(c) = &t else { panic!("{s}: {t:?}") };
        assert_eq!(c.quantity().value().to_string(), days, "{s}");
    }
    // a date with its marks is a deadline, as before
    assert!(matches!(Threshold::parse("2021年10月31日"), Ok(Threshold::Deadline(_))));
}
