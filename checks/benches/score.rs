//! Scoring 1 000 000 indicators, beside the bare arithmetic of the central rule (the floor),
//! measured in the same run.
//!
//! - `score_indicator`: `Profile::score_indicator` on (target, actual, weight) triples taken from
//!   the real self-evaluation rows of `real-values.tsv` (copied to `benches/data/`), cycled to
//!   1 000 000.
//! - `projects`: `Profile::score` on 1 000 projects of 1 000 indicators each (weights from the
//!   profile, a scorecard with every item).
//! - `arithmetic`: for the numeric triples among them (cycled to 1 000 000), `weight` when met, else `weight × actual /
//!   target` to two decimals, on pre-normalised `Decimal`s: what any scorer has to compute.
//!
//! Run with `cargo bench --bench score`; see BENCHMARKS.md for the figures.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use jixiao::score::{Actuals, Profile};
use jixiao::{Actual, Budget, Decimal, Indicator, Level1, Level2, Project, Threshold};

const REAL_VALUES: &str = include_str!("../../data/real-values.tsv");
const N: usize = 1_000_000;

/// (target, actual, weight) of every real row the central profile can score.
fn real_triples(profile: &Profile) -> Vec<(Threshold, Actual, Decimal)> {
    REAL_VALUES
        .lines()
        .skip(1)
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            let t = Threshold::parse(c.get(4)?).ok()?;
            let a = Actual::parse(c.get(5)?).ok()?;
            let w = c.get(6).and_then(|w| w.parse::<Decimal>().ok()).unwrap_or(Decimal::TEN);
            profile.score_indicator(&t, &a, w).ok()?;
            Some((t, a, w))
        })
        .collect()
}

fn project(triples: &[(Threshold, Actual, Decimal)], size: usize) -> (Project, Actuals) {
    let mut p = Project::new("基准项目");
    p.budget = Budget::fiscal_only(Decimal::from(100));
    let mut actuals = Actuals::new().executed(Decimal::from(95));
    let levels = [(Level1::Output, Level2::Quantity), (Level1::Benefit, Level2::Social), (Level1::Satisfaction, Level2::Satisfaction)];
    for i in 0..size {
        let (t, a, _) = &triples[i % triples.len()];
        let (l1, l2) = levels[i % levels.len()].clone();
        p.indicators.push(Indicator::new(Some(l1), Some(l2), &format!("指标{i}"), &t.to_string()));
        actuals = actuals.at(i, a.clone());
    }
    (p, actuals)
}

fn bench(c: &mut Criterion) {
    let profile = Profile::central();
    let triples = real_triples(&profile);
    assert!(triples.len() >= 40, "{} scorable real rows", triples.len());
    let many: Vec<_> = triples.iter().cycle().take(N).collect();
    let numeric: Vec<(Decimal, Decimal, Decimal)> = triples
        .iter()
        .filter_map(|(t, a, w)| Some((t.quantity()?.normalized(), a.quantity()?.normalized(), *w)))
        .filter(|(t, _, _)| !t.is_zero())
        .collect();
    let numeric: Vec<_> = numeric.iter().cycle().take(N).copied().collect();
    let (p, actuals) = project(&triples, 1_000);
    profile.score(&p, &actuals).expect("the benchmark project scores");

    let mut g = c.benchmark_group("score");
    g.throughput(Throughput::Elements(N as u64));
    g.sample_size(10);
    g.bench_function("score_indicator", |b| {
        b.iter(|| {
            for (t, a, w) in &many {
                let _ = black_box(profile.score_indicator(black_box(t), black_box(a), *w));
            }
        })
    });
    g.bench_function("projects", |b| {
        b.iter(|| {
            for _ in 0..N / 1_000 {
                let _ = black_box(profile.score(black_box(&p), black_box(&actuals)));
            }
        })
    });
    g.bench_function("arithmetic", |b| {
        b.iter(|| {
            for &(t, a, w) in &numeric {
                let s = if a >= t { w } else { (w * a / t).round_dp(2) };
                black_box(s);
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
