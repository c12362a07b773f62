//! Judging helpers shared by the integration tests of `is_met` and the scorer.

use jixiao::Actual;

/// `is_met` and the scorer give `met` for `target` answered `actual` (`None`: both say they
/// cannot judge), and full marks only when met.
pub fn judged_alike(p: &jixiao::score::Profile, target: &str, actual: &str, met: Option<bool>) {
    use jixiao::Decimal;
    let t = jixiao::Threshold::parse(target).unwrap_or_else(|e| panic!("{target}: {e}"));
    let a = Actual::parse(actual).unwrap();
    let judged = t.is_met(&a);
    let scored = p.score_indicator(&t, &a, Decimal::from(10));
    match met {
        Some(m) => {
            assert_eq!(judged, Ok(m), "{target} / {actual}");
            let s = scored.unwrap_or_else(|e| panic!("{target} / {actual}: {e}"));
            assert_eq!(s.met, m, "{target} / {actual}: scorer");
            assert_eq!(s.score == Decimal::from(10), m, "{target} / {actual}: full marks only when met");
        }
        None => {
            assert!(judged.is_err(), "{target} / {actual}: {judged:?}");
            assert!(scored.is_err(), "{target} / {actual}: scorer {scored:?}");
        }
    }
}
