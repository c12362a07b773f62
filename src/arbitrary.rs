//! proptest strategies and `Arbitrary` implementations (feature `proptest`) for users' own
//! property tests.
//!
//! Every threshold these strategies make parses back from its [`Display`](core::fmt::Display)
//! form, so they suit round-trip tests of code that stores or transmits thresholds.
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

use crate::actual::{Actual, Band};
use crate::date::{Deadline, PartialDate};
use crate::quantity::{Magnitude, Quantity};
use crate::threshold::{Comparator, Qualitative, Range, Threshold};
use crate::unit::{KnownUnit, Unit};

/// Non-negative decimals with up to four decimal places.
pub fn decimal() -> impl Strategy<Value = Decimal> {
    (0u64..10_000_000_000, 0u32..=4).prop_map(|(m, s)| Decimal::new(m as i64, s))
}

/// A comparator.
pub fn comparator() -> impl Strategy<Value = Comparator> {
    prop_oneof![Just(Comparator::Ge), Just(Comparator::Gt), Just(Comparator::Le), Just(Comparator::Lt), Just(Comparator::Eq)]
}

/// A magnitude.
pub fn magnitude() -> impl Strategy<Value = Magnitude> {
    prop_oneof![4 => Just(Magnitude::One), 2 => Just(Magnitude::Wan), 1 => Just(Magnitude::Yi), 1 => Just(Magnitude::WanYi)]
}

/// A unit: none, any known unit, a rate of two known units, or an unknown word.
pub fn unit() -> impl Strategy<Value = Unit> {
    let known = proptest::sample::select(KnownUnit::ALL);
    prop_oneof![
        2 => Just(Unit::None),
        6 => known.clone().prop_map(Unit::Known),
        1 => (known.clone(), known).prop_map(|(a, b)| Unit::Per(a, b)),
        1 => proptest::sample::select(&["/株", "课时", "kWh", "亩次"][..]).prop_map(|s| Unit::Other(s.into())),
    ]
}

/// A quantity.
pub fn quantity() -> impl Strategy<Value = Quantity> {
    (decimal(), magnitude(), unit()).prop_map(|(value, magnitude, unit)| Quantity { value, magnitude, unit })
}

/// A partial date.
pub fn partial_date() -> impl Strategy<Value = PartialDate> {
    (proptest::option::of(2000u16..2100), 1u8..=12, proptest::option::of(1u8..=28)).prop_map(|(year, month, day)| PartialDate {
        year,
        month: Some(month),
        day,
    })
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
];

/// A threshold of any kind.
pub fn threshold() -> impl Strategy<Value = Threshold> {
    prop_oneof![
        6 => (comparator(), quantity()).prop_map(|(op, quantity)| Threshold::Compare { op, quantity }),
        2 => (decimal(), decimal(), magnitude(), unit()).prop_map(|(a, b, magnitude, unit)| {
            let (low, high) = if a <= b { (a, b) } else { (b, a) };
            Threshold::Range(Range { low, high, magnitude, unit })
        }),
        1 => partial_date().prop_map(|end| Threshold::Deadline(Deadline { start: None, end })),
        1 => (partial_date(), 0u16..3).prop_map(|(start, add)| {
            let start = PartialDate { year: Some(start.year.unwrap_or(2021)), ..start };
            let end = PartialDate { year: start.year.map(|y| y + add), month: Some(12), day: None };
            Threshold::Deadline(Deadline { start: Some(start), end })
        }),
        2 => proptest::sample::select(QUALITATIVE_TEXTS).prop_map(|t| Threshold::Qualitative(Qualitative { text: t.into() })),
    ]
}

/// An actual value of any kind.
pub fn actual() -> impl Strategy<Value = Actual> {
    prop_oneof![
        6 => quantity().prop_map(Actual::Quantity),
        2 => (prop_oneof![Just(Band::Achieved), Just(Band::Partial), Just(Band::NotAchieved)], proptest::option::of(decimal())).prop_map(|(band, score)| Actual::Band { band, score }),
        1 => partial_date().prop_map(Actual::Date),
        1 => Just(Actual::NotApplicable),
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
