//! Properties of scoring (the rules of `jixiao::score`): bounds, met ⇔ full marks, monotonicity, unit invariance,
//! totals and rescaling.

use jixiao::score::{Actuals, LowerRule, OverAchievement, Profile, Rounding};
use jixiao::{
    Actual, Band, Budget, Comparator, Comparison, Decimal, Indicator, KnownUnit, Level1, Level2, Magnitude, Project, Quantity, Threshold,
    Unit,
};
use proptest::prelude::*;

fn dec() -> impl Strategy<Value = Decimal> {
    (0i64..2_000_000, 0u32..=2).prop_map(|(m, s)| Decimal::new(m, s))
}

fn weight() -> impl Strategy<Value = Decimal> {
    (1i64..3_000, 0u32..=1).prop_map(|(m, s)| Decimal::new(m, s))
}

fn unit() -> impl Strategy<Value = Unit> {
    prop_oneof![
        Just(Unit::None),
        Just(Unit::Known(KnownUnit::Ren)),
        Just(Unit::Known(KnownUnit::Percent)),
        Just(Unit::Known(KnownUnit::Yuan)),
        Just(Unit::Known(KnownUnit::Day)),
        Just(Unit::Known(KnownUnit::Hour)),
        Just(Unit::Known(KnownUnit::Mu)),
    ]
}

fn op() -> impl Strategy<Value = Comparator> {
    prop_oneof![Just(Comparator::Ge), Just(Comparator::Gt), Just(Comparator::Le), Just(Comparator::Lt), Just(Comparator::Eq)]
}

fn q(value: Decimal, unit: Unit) -> Quantity {
    Quantity::plain(value, unit)
}

/// A comparison with a quantity in `unit`, and an actual in the same unit or without unit.
fn compare_case() -> impl Strategy<Value = (Threshold, Actual)> {
    (op(), dec(), dec(), unit(), any::<bool>()).prop_map(|(op, t, a, u, bare)| {
        let au = if bare { Unit::None } else { u.clone() };
        (Threshold::Compare(Comparison::new(op, q(t, u))), Actual::Quantity(q(a, au)))
    })
}

fn band() -> impl Strategy<Value = Band> {
    prop_oneof![Just(Band::Achieved), Just(Band::Partial), Just(Band::NotAchieved)]
}

fn profile() -> impl Strategy<Value = Profile> {
    (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(linear, whole, hubei)| {
        let base = if hubei { Profile::hubei() } else { Profile::central() };
        base.to_builder()
            .lower_rule(if linear { LowerRule::Linear } else { LowerRule::Ratio })
            .rounding(if whole { Rounding::Whole } else { Rounding::Hundredths })
            .build()
            .unwrap()
    })
}

proptest! {
    #[test]
    fn score_is_between_zero_and_weight((t, a) in compare_case(), w in weight(), p in profile()) {
        let s = p.score_indicator(&t, &a, w).unwrap();
        prop_assert!(s.score >= Decimal::ZERO && s.score <= w, "{s:?}");
        prop_assert_eq!(s.weight, w);
    }

    #[test]
    fn met_iff_full_marks((t, a) in compare_case(), w in weight(), p in profile()) {
        let s = p.score_indicator(&t, &a, w).unwrap();
        prop_assert_eq!(s.met, s.score == w, "{:?}", s);
        // met agrees with Threshold::is_met (which reads = and bare values as ≥, as scoring does)
        prop_assert_eq!(s.met, t.is_met(&a).unwrap());
    }

    #[test]
    fn bands_stay_inside_and_met_iff_full(b in band(), given in proptest::option::of(dec()), w in weight(), p in profile()) {
        let t: Threshold = "持续保障".parse().unwrap();
        match p.score_indicator(&t, &Actual::Band { band: b, score: given }, w) {
            Ok(s) => {
                prop_assert!(s.score >= Decimal::ZERO && s.score <= w);
                if given.is_none() {
                    prop_assert_eq!(s.met, s.score == w);
                } else {
                    prop_assert_eq!(Some(s.score), given);
                }
            }
            Err(e) => {
                prop_assert!(given.is_some(), "{e}");
                prop_assert!(e.to_string().contains("outside the band"), "{e}");
            }
        }
    }

    #[test]
    fn higher_is_better_never_drops_with_more(op in prop_oneof![Just(Comparator::Ge), Just(Comparator::Gt), Just(Comparator::Eq)],
        t in dec(), a in dec(), extra in dec(), w in weight(), p in profile()) {
        let th = Threshold::Compare(Comparison::new(op, q(t, Unit::Known(KnownUnit::Ren))));
        let lo = p.score_indicator(&th, &Actual::Quantity(q(a, Unit::Known(KnownUnit::Ren))), w).unwrap();
        let hi = p.score_indicator(&th, &Actual::Quantity(q(a + extra, Unit::Known(KnownUnit::Ren))), w).unwrap();
        prop_assert!(hi.score >= lo.score, "{lo:?} {hi:?}");
    }

    #[test]
    fn lower_is_better_never_drops_with_less(op in prop_oneof![Just(Comparator::Le), Just(Comparator::Lt)],
        t in dec(), a in dec(), less in dec(), w in weight(), p in profile()) {
        let th = Threshold::Compare(Comparison::new(op, q(t, Unit::Known(KnownUnit::Percent))));
        let small = (a - less).max(Decimal::ZERO);
        let big = p.score_indicator(&th, &Actual::Quantity(q(a, Unit::Known(KnownUnit::Percent))), w).unwrap();
        let sm = p.score_indicator(&th, &Actual::Quantity(q(small, Unit::Known(KnownUnit::Percent))), w).unwrap();
        prop_assert!(sm.score >= big.score, "{big:?} {sm:?}");
    }

    #[test]
    fn magnitudes_do_not_change_scores(op in op(), t in 0i64..100_000, a in 0i64..100_000, w in weight(), p in profile()) {
        // t万人 against t0000人, a万人 against a0000人
        let ren = Unit::Known(KnownUnit::Ren);
        let wan = |v: i64| Quantity::new(Decimal::from(v), Magnitude::Wan, ren.clone()).unwrap();
        let one = |v: i64| q(Decimal::from(v) * Decimal::from(10_000), ren.clone());
        let s1 = p.score_indicator(&Threshold::Compare(Comparison::new(op, wan(t))), &Actual::Quantity(wan(a)), w).unwrap();
        let s2 = p.score_indicator(&Threshold::Compare(Comparison::new(op, one(t))), &Actual::Quantity(one(a)), w).unwrap();
        let s3 = p.score_indicator(&Threshold::Compare(Comparison::new(op, wan(t))), &Actual::Quantity(one(a)), w).unwrap();
        prop_assert_eq!(s1.score, s2.score);
        prop_assert_eq!(s1.score, s3.score);
        prop_assert_eq!((s1.met, s1.rule), (s2.met, s2.rule));
    }

    #[test]
    fn convertible_units_do_not_change_scores(op in op(), t in 0i64..10_000, a in 0i64..10_000, w in weight(), p in profile()) {
        // t天 against 24t小时, a天 against 24a小时
        let day = |v: i64| q(Decimal::from(v), Unit::Known(KnownUnit::Day));
        let hours = |v: i64| q(Decimal::from(v * 24), Unit::Known(KnownUnit::Hour));
        let base = p.score_indicator(&Threshold::Compare(Comparison::new(op, day(t))), &Actual::Quantity(day(a)), w).unwrap();
        for (tt, aa) in [(hours(t), hours(a)), (hours(t), day(a)), (day(t), hours(a))] {
            let s = p.score_indicator(&Threshold::Compare(Comparison::new(op, tt)), &Actual::Quantity(aa), w).unwrap();
            prop_assert_eq!(s.score, base.score);
            prop_assert_eq!(s.met, base.met);
        }
    }

    #[test]
    fn total_is_budget_plus_items_and_rescaling_keeps_weight(rows in proptest::collection::vec((0usize..3, compare_case(), weight(), any::<bool>()), 1..12),
        given in any::<bool>(), budget in 1i64..100_000, executed in 0i64..150_000, p in profile()) {
        let mut project = Project::new("性质测试");
        project.budget = Budget { executed: Some(Decimal::from(executed)), ..Budget::fiscal_only(Decimal::from(budget)) };
        let mut actuals = Actuals::new().executed(Decimal::from(executed));
        let levels = [(Level1::Output, Level2::Quantity), (Level1::Benefit, Level2::Social), (Level1::Satisfaction, Level2::Satisfaction)];
        for (i, (l, (t, a), w, na)) in rows.iter().enumerate() {
            let (l1, l2) = levels[*l].clone();
            let mut ind = Indicator::new(Some(l1), Some(l2), &format!("指标{i}"), &t.to_string());
            if given {
                ind.weight = Some(*w);
            }
            project.indicators.push(ind);
            // the first row always applies
            actuals = actuals.at(i, if *na && i > 0 { Actual::NotApplicable } else { a.clone() });
        }
        let card = p.score(&project, &actuals).unwrap();
        let items: Vec<_> = card.items.iter().filter_map(|i| i.score.as_ref()).collect();
        let budget = card.budget.score.as_ref().expect("the budget is scored");
        let sum = items.iter().fold(budget.score, |s, i| s + i.score);
        prop_assert_eq!(card.scored, sum);
        let sub: Decimal = card.subtotals.iter().map(|s| s.score).sum();
        prop_assert_eq!(sub + budget.score, card.scored);
        // the applicable weights add up to what all indicators were worth before dropping any:
        // their own weights, or the profile's total (90 central, 80 Hubei)
        let expected = if given { rows.iter().map(|r| r.2).sum::<Decimal>() } else { p.default_weights().total() };
        let kept: Decimal = items.iter().map(|i| i.weight).sum();
        prop_assert_eq!(kept, expected);
        prop_assert_eq!(card.total_weight, expected + card.budget.weight);
        // a total and a grade only on a scale of 100
        let hundred = card.total_weight == Decimal::ONE_HUNDRED;
        prop_assert_eq!(card.total, hundred.then_some(card.scored));
        prop_assert_eq!(card.grade, hundred.then(|| p.grade(card.scored)));
        prop_assert!(items.iter().all(|i| i.weight >= Decimal::ZERO));
        prop_assert!(budget.score <= budget.weight);
    }

    #[test]
    fn over_achievement_zero_is_optional(t in 1i64..10_000, a in 0i64..30_000, w in weight()) {
        let th = Threshold::Compare(Comparison::new(Comparator::Ge, q(Decimal::from(t), Unit::Known(KnownUnit::Ge))));
        let act = Actual::Quantity(q(Decimal::from(a), Unit::Known(KnownUnit::Ge)));
        let capped = Profile::central().score_indicator(&th, &act, w).unwrap();
        let strict = Profile::builder().over_achievement(OverAchievement::ZeroAbove("0.3".parse().unwrap())).build().unwrap();
        let s = strict.score_indicator(&th, &act, w).unwrap();
        if Decimal::from(a) > Decimal::from(t) * "1.3".parse::<Decimal>().unwrap() {
            prop_assert_eq!(s.score, Decimal::ZERO);
            prop_assert!(capped.met && capped.score == w);
        } else {
            prop_assert_eq!(s, capped);
        }
    }
}

/// Any decimal the type can hold, signs and scales included.
fn extreme() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (any::<u32>(), any::<u32>(), any::<u32>(), any::<bool>(), 0u32..=28)
            .prop_map(|(lo, mid, hi, neg, s)| Decimal::from_parts(lo, mid, hi, neg, s)),
        Just(Decimal::MAX),
        Just(Decimal::MIN),
        Just(Decimal::ZERO),
    ]
}

proptest! {
    #[test]
    fn never_panics_on_extreme_values(op in op(), t in extreme(), a in extreme(), w in extreme(), b in band(), given in extreme(),
        budget in extreme(), executed in extreme(), unit in unit(), p in profile()) {
        let th = Threshold::Compare(Comparison::new(op, q(t, unit.clone())));
        let _ = p.score_indicator(&th, &Actual::Quantity(q(a, unit)), w);
        let _ = p.score_indicator(&th, &Actual::Band { band: b, score: Some(given) }, w);
        let _ = p.score_indicator(&th, &Actual::Band { band: b, score: None }, w);
        let range = jixiao::Range::new(t.min(a), t.max(a), Magnitude::Yi, Unit::None)
            .or_else(|_| jixiao::Range::new(t.min(a), t.max(a), Magnitude::One, Unit::None))
            .map(Threshold::Range)
            .unwrap();
        let _ = p.score_indicator(&range, &Actual::Quantity(q(given, Unit::None)), w);
        let mut project = Project::new("极端值");
        project.budget = Budget { total: Some(budget), executed: Some(executed), ..Budget::default() };
        for (i, weight) in [w, given, t].into_iter().enumerate() {
            let mut ind = Indicator::new(Some(Level1::Output), None, &format!("指标{i}"), &th.to_string());
            ind.weight = Some(weight);
            project.indicators.push(ind);
        }
        let actuals = Actuals::new().at(0, Actual::Quantity(q(a, Unit::None))).at(1, Actual::NotApplicable).at(2, Actual::Band { band: b, score: None });
        if let Ok(card) = p.score(&project, &actuals) {
            let _ = card.to_string();
        }
    }
}
