//! proptest strategies and `Arbitrary` implementations (feature `proptest`) for users' own
//! property tests.
//!
//! Every value these strategies make is built with the public constructors and parses back from
//! its [`Display`](core::fmt::Display) form, so they suit round-trip tests of code that stores or
//! transmits thresholds and actuals.
//!
//! ```
//! use proptest::prelude::*;
//! use jixiao::arbitrary::threshold;
//!
//! proptest!(|(t in threshold())| {
//!     prop_assert_eq!(t.to_string().parse::<jixiao::Threshold>().unwrap(), t);
//! });
//! ```

use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::actual::{Actual, ActualText, Band};
use crate::date::{Deadline, PartialDate};
use crate::quantity::{Magnitude, Quantity};
use crate::threshold::{Comparator, Comparison, Qualitative, Range, Threshold};
use crate::unit::{KnownUnit, Rate, Unit};

/// Non-negative decimals with up to four decimal places.
pub fn decimal() -> impl Strategy<Value = Decimal> {
    (0u64..10_000_000_000, 0u32..=4).prop_map(|(m, s)| Decimal::new(m as i64, s))
}

/// Decimals of either sign with up to four decimal places (changes, falls: `-5%`).
pub fn signed_decimal() -> impl Strategy<Value = Decimal> {
    (-10_000_000_000i64..10_000_000_000, 0u32..=4).prop_map(|(m, s)| Decimal::new(m, s))
}

/// A comparator.
pub fn comparator() -> impl Strategy<Value = Comparator> {
    prop_oneof![Just(Comparator::Ge), Just(Comparator::Gt), Just(Comparator::Le), Just(Comparator::Lt), Just(Comparator::Eq)]
}

/// A magnitude.
pub fn magnitude() -> impl Strategy<Value = Magnitude> {
    prop_oneof![8 => Just(Magnitude::One), 1 => proptest::sample::select(Magnitude::ALL)]
}

/// Units written otherwise than the crate knows them, seen in real tables.
const OTHER_UNITS: &[&str] = &["课时", "kWh", "亩次", "人月", "车次", "公斤/亩"];

/// A unit: none, any known unit, a rate of known units (or two items as alternatives, `台/套`,
/// as the grammar reads them), or an unknown word.
pub fn unit() -> impl Strategy<Value = Unit> {
    let known = proptest::sample::select(KnownUnit::ALL);
    // the scales a share is per (`/10万`) are units of their own, never a part of a rate
    let part = proptest::sample::select(KnownUnit::ALL.iter().copied().filter(|u| !u.is_scale()).collect::<Vec<_>>());
    prop_oneof![
        2 => Just(Unit::None),
        6 => known.prop_map(Unit::Known),
        1 => (part.clone(), part.clone()).prop_map(|(a, b)| Unit::per(a, b)),
        1 => (part.clone(), part.clone(), part).prop_map(|(a, b, c)| Unit::Rate(Rate::per_two(a, b, c))),
        1 => proptest::sample::select(OTHER_UNITS).prop_map(|s| s.parse::<Unit>().unwrap_or_default()),
    ]
}

/// A quantity (any sign; value × magnitude always fits).
pub fn quantity() -> impl Strategy<Value = Quantity> {
    (signed_decimal(), magnitude(), unit())
        .prop_map(|(value, magnitude, unit)| Quantity::new(value, magnitude, unit.clone()).unwrap_or_else(|_| Quantity::plain(value, unit)))
}

/// A date: in a calendar year, without year, or in the project's or the next year.
pub fn partial_date() -> impl Strategy<Value = PartialDate> {
    (0u8..4, 1900u16..=2100, 1u8..=12, proptest::option::of(1u8..=28)).prop_map(|(year, y, month, day)| {
        let made = match year {
            0 => PartialDate::new(Some(y), Some(month), day),
            1 => PartialDate::new(None, Some(month), day),
            2 => PartialDate::this_year(Some(month), day),
            _ => PartialDate::next_year(Some(month), day),
        };
        made.unwrap_or_else(|_| PartialDate::new(None, Some(month), None).expect("a month is a date"))
    })
}

/// A deadline: by a date, a period within or across years, or every year.
pub fn deadline() -> impl Strategy<Value = Deadline> {
    prop_oneof![
        3 => partial_date().prop_map(Deadline::by),
        2 => (2000u16..2090, 1u8..=12, 0u16..3, 1u8..=12).prop_map(|(y, m, add, m2)| {
            let start = PartialDate::new(Some(y), Some(m), None).expect("a month is a date");
            let end = PartialDate::new(Some(y + add), Some(if add == 0 { m.max(m2) } else { m2 }), None).expect("a month is a date");
            Deadline::period(start, end).unwrap_or(Deadline::by(end))
        }),
        1 => (1u8..=12, proptest::option::of(1u8..=28)).prop_map(|(m, d)| {
            let end = PartialDate::new(None, Some(m), d).expect("a day up to 28 is in every month");
            Deadline::every_year(end).unwrap_or(Deadline::by(end))
        }),
    ]
}

/// Qualitative texts seen in real tables.
pub const QUALITATIVE_TEXTS: &[&str] = &[
    "持续保障",
    "持续保持",
    "按时完成",
    "有所提升",
    "效果明显",
    "应保尽保",
    "是",
    "合格",
    "优良",
    "符合相关规定",
    "明显提升",
    "有效减轻",
    "覆盖全区所有人员",
    "按月安排",
    "良好",
    "显著提升",
    "优化营商环境",
];

/// Notes written after a quantity, seen in real tables.
const NOTES: &[&str] = &["（满意度）", "覆盖", "(含)以上部分", "（抽查）"];

/// A comparison: plain, approximate, or with a note.
pub fn comparison() -> impl Strategy<Value = Comparison> {
    prop_oneof![
        6 => (comparator(), quantity()).prop_map(|(op, q)| Comparison::new(op, q)),
        1 => quantity().prop_map(Comparison::about),
        1 => (comparator(), quantity(), proptest::sample::select(NOTES)).prop_map(|(op, q, n)| {
            let plain = Comparison::new(op, q);
            plain.clone().with_note(n).unwrap_or(plain)
        }),
    ]
}

/// A range (ends of either sign, low ≤ high).
pub fn range() -> impl Strategy<Value = Range> {
    (signed_decimal(), signed_decimal(), magnitude(), unit()).prop_map(|(a, b, magnitude, unit)| {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        // a magnitude may overflow, and years a table names (2020-2025年) are a period: fall
        // back to no magnitude, then no unit
        Range::new(low, high, magnitude, unit.clone())
            .or_else(|_| Range::new(low, high, Magnitude::One, unit))
            .or_else(|_| Range::new(low, high, Magnitude::One, Unit::None))
            .expect("low ≤ high")
    })
}

/// A threshold of any kind.
pub fn threshold() -> impl Strategy<Value = Threshold> {
    prop_oneof![
        6 => comparison().prop_map(Threshold::Compare),
        2 => range().prop_map(Threshold::Range),
        2 => deadline().prop_map(Threshold::Deadline),
        2 => proptest::sample::select(QUALITATIVE_TEXTS).prop_map(|t| Threshold::Qualitative(Qualitative::new(t).expect("a qualitative text"))),
    ]
}

/// A band.
pub fn band() -> impl Strategy<Value = Band> {
    prop_oneof![Just(Band::Achieved), Just(Band::Partial), Just(Band::NotAchieved)]
}

/// Texts of actuals seen in real tables.
const ACTUAL_TEXTS: &[&str] = &["建设中", "有效减轻", "是", "否", "持续保障", "显著提升"];

/// An actual value of any kind.
pub fn actual() -> impl Strategy<Value = Actual> {
    prop_oneof![
        6 => quantity().prop_map(Actual::Quantity),
        1 => (prop_oneof![Just(Comparator::Ge), Just(Comparator::Gt), Just(Comparator::Le), Just(Comparator::Lt)], quantity())
            .prop_map(|(op, q)| Actual::Bound(Comparison::new(op, q))),
        2 => (band(), proptest::option::of(decimal())).prop_map(|(band, score)| Actual::Band { band, score }),
        1 => partial_date().prop_map(Actual::Date),
        1 => deadline().prop_filter("a period", |d| d.start().is_some() && !d.is_every_year()).prop_map(Actual::Period),
        1 => Just(Actual::NotApplicable),
        1 => proptest::sample::select(ACTUAL_TEXTS).prop_map(|t| Actual::Text(ActualText::new(t).expect("a text actual"))),
    ]
}

/// `any::<Threshold>()` is [`threshold()`].
///
/// ```
/// use proptest::prelude::*;
/// proptest!(|(t in any::<jixiao::Threshold>(), a in any::<jixiao::Actual>())| {
///     let _ = t.is_met(&a); // never panics
/// });
/// ```
impl Arbitrary for Threshold {
    type Parameters = ();
    type Strategy = BoxedStrategy<Threshold>;
    fn arbitrary_with(_: ()) -> Self::Strategy {
        threshold().boxed()
    }
}

/// `any::<Quantity>()` is [`quantity()`].
impl Arbitrary for Quantity {
    type Parameters = ();
    type Strategy = BoxedStrategy<Quantity>;
    fn arbitrary_with(_: ()) -> Self::Strategy {
        quantity().boxed()
    }
}

/// `any::<Actual>()` is [`actual()`].
impl Arbitrary for Actual {
    type Parameters = ();
    type Strategy = BoxedStrategy<Actual>;
    fn arbitrary_with(_: ()) -> Self::Strategy {
        actual().boxed()
    }
}
