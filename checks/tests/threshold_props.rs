//! Properties of threshold semantics (needs the `proptest` feature: `cargo test --all-features`).

use jixiao::arbitrary::{actual, comparator, decimal, quantity, threshold};
use jixiao::{Actual, Comparator, Comparison, Decimal, KnownUnit, Magnitude, Quantity, Threshold, Unit};
use proptest::prelude::*;

fn compare(op: Comparator, q: Quantity) -> Threshold {
    Threshold::Compare(Comparison::new(op, q))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn display_round_trips(t in threshold()) {
        let text = t.to_string();
        prop_assert_eq!(Threshold::parse(&text), Ok(t), "{}", text);
    }

    #[test]
    fn actual_quantities_round_trip(q in quantity()) {
        let text = q.to_string();
        prop_assert_eq!(text.parse::<Actual>(), Ok(Actual::Quantity(q)), "{}", text);
    }

    #[test]
    fn is_met_agrees_with_the_comparator_on_normalised_values(op in comparator(), t in quantity(), a in decimal(), am in any::<bool>()) {
        let actual = Quantity::new(a, if am { Magnitude::Wan } else { Magnitude::One }, t.unit().clone()).unwrap();
        // an actual written without unit or magnitude takes the target's, when within ten times
        // the target's number; within a tenth of the target in units it is in units; between,
        // it cannot be told (DOMAIN §5: never a quiet guess)
        let bare = actual.unit().is_none() && actual.magnitude() == Magnitude::One;
        let (av, tv) = (a.abs(), t.value().abs());
        let in_magnitude = tv.checked_mul(Decimal::TEN).is_none_or(|x| av <= x);
        let in_units = tv.checked_mul(t.magnitude().factor() / Decimal::TEN).is_some_and(|x| av >= x);
        if bare && t.magnitude() != Magnitude::One && !in_magnitude && !in_units {
            prop_assert_eq!(
                compare(op, t.clone()).is_met(&Actual::Quantity(actual)),
                Err(jixiao::CompareError::BareMagnitude { magnitude: t.magnitude() })
            );
            return Ok(());
        }
        let read_as = match (bare, in_magnitude) {
            (true, true) => Quantity::new(a, t.magnitude(), Unit::None).unwrap_or(actual.clone()),
            (true, false) => Quantity::new(a, Magnitude::One, Unit::None).unwrap(),
            (false, _) => actual.clone(),
        };
        // a bare or `=` target is met like `≥` (a target of 0 like `≤`), as scoring reads it
        let effective = Comparison::new(op, t.clone()).effective_comparator();
        let expected = effective.holds(read_as.normalized().cmp(&t.normalized()));
        prop_assert_eq!(compare(op, t).is_met(&Actual::Quantity(actual)), Ok(expected));
    }

    #[test]
    fn ge_and_lt_are_complements(t in quantity(), a in quantity()) {
        let a = Actual::Quantity(a);
        match (compare(Comparator::Ge, t.clone()).is_met(&a), compare(Comparator::Lt, t.clone()).is_met(&a)) {
            (Ok(ge), Ok(lt)) => prop_assert_ne!(ge, lt),
            (Err(e1), Err(e2)) => prop_assert_eq!(e1, e2),
            other => prop_assert!(false, "one side failed: {:?}", other),
        }
        match (compare(Comparator::Le, t.clone()).is_met(&a), compare(Comparator::Gt, t).is_met(&a)) {
            (Ok(le), Ok(gt)) => prop_assert_ne!(le, gt),
            (Err(e1), Err(e2)) => prop_assert_eq!(e1, e2),
            other => prop_assert!(false, "one side failed: {:?}", other),
        }
    }

    #[test]
    fn magnitudes_do_not_change_the_verdict(op in comparator(), v in 0u32..100_000, a in 0u64..2_000_000_000) {
        // 2万人 and 20000人 are the same target
        let wan = compare(op, Quantity::new(Decimal::from(v), Magnitude::Wan, Unit::Known(KnownUnit::Ren)).unwrap());
        let plain = compare(op, Quantity::plain(Decimal::from(v) * Decimal::from(10_000), Unit::Known(KnownUnit::Ren)));
        let actual = Actual::Quantity(Quantity::plain(Decimal::from(a), Unit::Known(KnownUnit::Ren)));
        prop_assert_eq!(wan.is_met(&actual), plain.is_met(&actual));
    }

    #[test]
    fn convertible_units_do_not_change_the_verdict(op in comparator(), days in 0u32..400, hours in 0u32..10_000) {
        // ≤24小时 and ≤1天 are the same target
        let in_hours = compare(op, Quantity::plain(Decimal::from(days * 24), Unit::Known(KnownUnit::Hour)));
        let in_days = compare(op, Quantity::plain(Decimal::from(days), Unit::Known(KnownUnit::Day)));
        let actual = Actual::Quantity(Quantity::plain(Decimal::from(hours), Unit::Known(KnownUnit::Hour)));
        prop_assert_eq!(in_hours.is_met(&actual), in_days.is_met(&actual));
        let actual_minutes = Actual::Quantity(Quantity::plain(Decimal::from(hours) * Decimal::from(60), Unit::Known(KnownUnit::Minute)));
        prop_assert_eq!(in_hours.is_met(&actual_minutes), in_days.is_met(&actual));
    }

    #[test]
    fn threshold_parser_never_panics(s in "\\PC{0,40}") {
        if let Err(e) = Threshold::parse(&s) {
            prop_assert!(e.offset() <= s.len(), "{:?} for {:?}", e, s);
        }
    }

    #[test]
    fn actual_parser_never_panics(s in "\\PC{0,40}") {
        if let Err(e) = Actual::parse(&s) {
            prop_assert!(e.offset() <= s.len(), "{:?} for {:?}", e, s);
        }
    }

    #[test]
    fn parser_never_panics_on_value_like_text(s in "[≥≤<>=≧＞＝不低于以上下内万亿元人次%％0-9０-９.,，\\-—～至年月日底前一二两十百千|]{0,16}") {
        if let Err(e) = Threshold::parse(&s) {
            prop_assert!(e.offset() <= s.len(), "{:?} for {:?}", e, s);
        } else if let Ok(t) = Threshold::parse(&s) {
            prop_assert_eq!(Threshold::parse(&t.to_string()), Ok(t.clone()), "{} from {}", t, s);
        }
    }

    /// Canonical text reads back to the same value, over the grammar's own tokens: numerals in
    /// every script, magnitudes, approximations, 余/多, marks, units, date words, labels and
    /// spaces (random text of this alphabet found `约3万余人` printing as `约3万人`).
    #[test]
    fn canonical_text_reads_back_over_the_grammar_tokens(
        s in "(≥|≤|<|>|不低于|不超过|不少于|达到|约|近|满意度|新增|覆盖率|：| |　|[0-9]|[０-９]|\\.|[一二两三五八九十百千万亿〇零]|余|多|左右|以上|以下|以内|及以上|（含）|（不含[0-9三]次?）|（|）|\\(|\\)|%|％|‰|‱|个百分点|成|百分之|人|人次|个|台|套|/|元|万元|天|小时|年|月|日|底|前|内|每年|当年|季度|-|—|至|次|是|否|无|第|季度|上半年|工作日|倍|分|元/人|生|台（套）|～|之间|在|较上年|增长|下降|上年|预算数|\\.5|九成|一万二){0,8}"
    ) {
        if let Ok(t) = Threshold::parse(&s) {
            let printed = t.to_string();
            prop_assert_eq!(Threshold::parse(&printed), Ok(t.clone()), "{} printed as {}", s, printed);
        }
        if let Ok(a) = Actual::parse(&s) {
            let printed = a.to_string();
            prop_assert_eq!(Actual::parse(&printed), Ok(a.clone()), "actual {} printed as {}", s, printed);
        }
    }

    #[test]
    fn is_met_never_panics(t in threshold(), a in actual()) {
        let _ = t.is_met(&a);
    }
}
