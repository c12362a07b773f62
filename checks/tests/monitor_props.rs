//! Properties of mid-year monitoring (绩效运行监控): more progress never gives a worse light, a
//! later month with the same progress never gives a better one, lights do not depend on how a
//! quantity is written (2万人 or 20000人), and nothing panics.

use jixiao::monitor::{Bands, Light, Profile, Progress, Report};
use jixiao::{Actual, Budget, Comparator, Comparison, Decimal, Indicator, KnownUnit, Level1, Level2, Magnitude, Project, Quantity, Unit};
use proptest::prelude::*;

fn dec() -> impl Strategy<Value = Decimal> {
    (0i64..5_000_000, 0u32..=2).prop_map(|(m, s)| Decimal::new(m, s))
}

fn positive() -> impl Strategy<Value = Decimal> {
    (1i64..5_000_000, 0u32..=2).prop_map(|(m, s)| Decimal::new(m, s))
}

fn month() -> impl Strategy<Value = u8> {
    1u8..=12
}

fn count_unit() -> impl Strategy<Value = Unit> {
    prop_oneof![
        Just(Unit::Known(KnownUnit::Ren)),
        Just(Unit::Known(KnownUnit::Ge)),
        Just(Unit::Known(KnownUnit::Percent)),
        Just(Unit::Known(KnownUnit::Yuan)),
        Just(Unit::Known(KnownUnit::Hour)),
        Just(Unit::None),
    ]
}

/// The levels whose higher-is-better targets are paced.
fn paced_levels() -> impl Strategy<Value = (Level1, Level2)> {
    prop_oneof![
        Just((Level1::Output, Level2::Quantity)),
        Just((Level1::Benefit, Level2::Social)),
        Just((Level1::Benefit, Level2::Economic)),
        Just((Level1::Satisfaction, Level2::Satisfaction)),
    ]
}

/// A valid profile: indicator bands in order (blue or none), ratios paced or not.
fn profile() -> impl Strategy<Value = Profile> {
    (0i64..100, 0i64..100, proptest::option::of(0i64..200), any::<bool>()).prop_map(|(a, b, blue, ratios)| {
        let (red, green) = (a.min(b), a.max(b));
        let blue = blue.map(|x| Decimal::from(x.max(green)));
        Profile::builder().pace_bands(Decimal::from(red), Decimal::from(green), blue).pace_ratios(ratios).build().unwrap()
    })
}

fn higher(op: Comparator, target: Decimal, unit: Unit, (l1, l2): (Level1, Level2)) -> Indicator {
    let mut i = Indicator::new(Some(l1), Some(l2), "指标", "");
    i.set_threshold(Comparison::new(op, Quantity::plain(target, unit)).into());
    i
}

fn light(p: &Profile, ind: &Indicator, progress: &Actual, month: u8) -> Light {
    p.judge(ind, progress, month, Some(2025)).unwrap().light
}

fn amount(v: Decimal, unit: &Unit) -> Actual {
    Actual::Quantity(Quantity::plain(v, unit.clone()))
}

proptest! {
    #[test]
    fn more_progress_never_gives_a_worse_light(
        p in profile(), op in prop_oneof![Just(Comparator::Ge), Just(Comparator::Gt), Just(Comparator::Eq)],
        t in positive(), a in dec(), b in dec(), unit in count_unit(), levels in paced_levels(), m in month(),
    ) {
        let ind = higher(op, t, unit.clone(), levels);
        let (lo, hi) = (a.min(b), a.max(b));
        let (l, h) = (light(&p, &ind, &amount(lo, &unit), m), light(&p, &ind, &amount(hi, &unit), m));
        prop_assert!(l <= h, "{lo} gives {l:?}, {hi} gives {h:?}");
    }

    #[test]
    fn less_is_never_worse_for_a_lower_is_better_target(
        t in dec(), a in dec(), b in dec(), unit in count_unit(), m in month(),
        levels in prop_oneof![Just((Level1::Output, Level2::Quality)), Just((Level1::Output, Level2::Cost)), Just((Level1::Benefit, Level2::Social))],
    ) {
        let mut ind = Indicator::new(Some(levels.0), Some(levels.1), "指标", "");
        ind.set_threshold(Comparison::new(Comparator::Le, Quantity::plain(t, unit.clone())).into());
        let (lo, hi) = (a.min(b), a.max(b));
        let p = Profile::central();
        prop_assert!(light(&p, &ind, &amount(lo, &unit), m) >= light(&p, &ind, &amount(hi, &unit), m));
    }

    #[test]
    fn a_later_month_with_the_same_progress_never_gives_a_better_light(
        p in profile(), t in positive(), a in dec(), unit in count_unit(), levels in paced_levels(), m1 in month(), m2 in month(),
    ) {
        let ind = higher(Comparator::Ge, t, unit.clone(), levels);
        let (early, late) = (m1.min(m2), m1.max(m2));
        let progress = amount(a, &unit);
        prop_assert!(light(&p, &ind, &progress, late) <= light(&p, &ind, &progress, early));
    }

    #[test]
    fn a_later_month_never_helps_a_deadline_not_done(deadline in 1u8..=12, m1 in month(), m2 in month(), done in prop_oneof![Just("未完成"), Just("进行中"), Just("部分完成")]) {
        let ind = Indicator::new(Some(Level1::Output), Some(Level2::Timeliness), "指标", &format!("{deadline}月底前"));
        let (early, late) = (m1.min(m2), m1.max(m2));
        let p = Profile::central();
        let progress: Actual = done.parse().unwrap();
        prop_assert!(light(&p, &ind, &progress, late) <= light(&p, &ind, &progress, early));
    }

    #[test]
    fn a_later_month_never_helps_the_budget(budget in positive(), executed in dec(), m1 in month(), m2 in month(), checkpoints in any::<bool>()) {
        let p = if checkpoints { Profile::checkpoints() } else { Profile::central() };
        let (early, late) = (m1.min(m2), m1.max(m2));
        let at = |m| p.budget_signal(budget, executed, m).unwrap().light;
        prop_assert!(at(late) <= at(early));
    }

    #[test]
    fn more_spent_never_gives_the_budget_a_worse_light(budget in positive(), a in dec(), b in dec(), m in month(), checkpoints in any::<bool>()) {
        let p = if checkpoints { Profile::checkpoints() } else { Profile::central() };
        let at = |e| p.budget_signal(budget, e, m).unwrap().light;
        prop_assert!(at(a.min(b)) <= at(a.max(b)));
    }

    #[test]
    fn lights_do_not_depend_on_how_a_quantity_is_written(
        p in profile(), t in 1i64..100_000, a in 0i64..200_000, levels in paced_levels(), m in month(), target_in_wan in any::<bool>(), form in 0u8..3,
    ) {
        // t and a in 万人 with up to four decimals, so that every form is exact
        let (t, a) = (Decimal::new(t, 4), Decimal::new(a, 4));
        // (a bare number in the target's magnitude is one within ten times its number: larger,
        // it may be in units, which `bare_in` decides by its size)
        prop_assume!(form != 2 || !target_in_wan || a <= t * Decimal::TEN);
        let ren = Unit::Known(KnownUnit::Ren);
        let wan = |v: Decimal| Quantity::new(v, Magnitude::Wan, ren.clone()).unwrap();
        let plain = |v: Decimal| Quantity::plain(v * Decimal::from(10_000), ren.clone());
        let mut ind = Indicator::new(Some(levels.0), Some(levels.1), "服务人数", "");
        let target = if target_in_wan { wan(t) } else { plain(t) };
        ind.set_threshold(Comparison::new(Comparator::Ge, target).into());
        let written = match form {
            0 => Actual::Quantity(wan(a)),
            1 => Actual::Quantity(plain(a)),
            // a bare number takes the target's unit and magnitude
            _ => Actual::Quantity(Quantity::plain(if target_in_wan { a } else { a * Decimal::from(10_000) }, Unit::None)),
        };
        let reference = p.judge(&ind, &Actual::Quantity(plain(a)), m, None).unwrap();
        let s = p.judge(&ind, &written, m, None).unwrap();
        prop_assert_eq!((s.light, s.value), (reference.light, reference.value));
    }

    #[test]
    fn durations_light_alike_in_hours_and_minutes(t in 1i64..10_000, a in 0i64..1_000_000, m in month()) {
        let hours = |v: Decimal| Quantity::plain(v, Unit::Known(KnownUnit::Hour));
        let minutes = |v: Decimal| Quantity::plain(v, Unit::Known(KnownUnit::Minute));
        let mut ind = Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "服务时长", "");
        ind.set_threshold(Comparison::new(Comparator::Ge, hours(Decimal::from(t))).into());
        let p = Profile::central();
        let a = Decimal::from(a);
        let in_minutes = light(&p, &ind, &Actual::Quantity(minutes(a * Decimal::from(60))), m);
        prop_assert_eq!(light(&p, &ind, &Actual::Quantity(hours(a)), m), in_minutes);
    }

    #[test]
    fn the_summary_counts_every_line_and_names_the_least_light(
        lights in proptest::collection::vec((dec(), any::<bool>()), 0..8), executed in proptest::option::of(dec()), m in month(),
    ) {
        let mut project = Project::new("性质测试");
        project.budget = Budget::fiscal_only(Decimal::from(1000));
        let mut report_progress = Vec::new();
        for (i, (a, reported)) in lights.iter().enumerate() {
            project.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "指标", "≥1200人"));
            if *reported {
                report_progress.push(Progress::new(i).completed(&format!("{a}人")));
            }
        }
        let mut r = Report::new(project, m).unwrap();
        r.budget.executed = executed;
        for p in report_progress {
            r.set_progress(p);
        }
        let s = Profile::central().monitor(&r);
        let c = s.counts;
        prop_assert_eq!(c.red + c.yellow + c.green + c.blue + c.unjudged, lights.len() + 1);
        prop_assert_eq!(s.worst, s.signals().map(|x| x.light).min());
        prop_assert_eq!(c.unjudged, s.findings.iter().filter(|f| f.code() == jixiao::monitor::Code::NotJudged).count());
    }

    #[test]
    fn judging_never_panics(t in jixiao::arbitrary::threshold(), a in jixiao::arbitrary::actual(), m in 0u8..=13, year in proptest::option::of(1900u16..=2100)) {
        let mut ind = Indicator::default();
        ind.set_threshold(t);
        let _ = Profile::central().judge(&ind, &a, m, year);
        let _ = Profile::checkpoints().to_builder().pace_ratios(false).build().unwrap().judge(&ind, &a, m, year);
    }

    #[test]
    fn importing_never_panics(s in any::<String>(), m in proptest::option::of(0u8..=13)) {
        let _ = jixiao::monitor::import::parse(&s, m);
        let header = format!("三级指标\t年度指标值\t1-7月执行情况\t完成可能性\n{s}");
        if let Ok(doc) = jixiao::monitor::import::parse(&header, m) {
            for r in &doc.reports {
                let _ = Profile::central().monitor(r).to_string();
            }
        }
    }
}

#[test]
fn the_central_bands_are_the_issues() {
    assert_eq!(Profile::central().pace_bands(), Bands { red_below: 60.into(), green_from: 80.into(), blue_from: Some(120.into()) });
}
