//! Mid-year monitoring beside the work it builds on, measured in the same run.
//!
//! - `judge` / `score_indicator`: `monitor::Profile::judge` (the light of a target against a
//!   progress value, month 7) and `score::Profile::score_indicator` (the score of the same
//!   target against the same value) on the real (target, actual) rows of `real-values.tsv` that
//!   both can judge, cycled to 100 000.
//! - `monitor_import` / `table_import`: `monitor::import::parse` and the target importer,
//!   `import::table::parse`, on the bundled monitoring sample's rows repeated to about 1 MB:
//!   the cost of reading the monitoring columns beside the indicators, as the rows are read.
//!
//! Run with `cargo bench -p jixiao-checks --bench monitor`; see BENCHMARKS.md for the figures.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use jixiao::{monitor, score, Actual, Decimal, Indicator, Level1, Level2};

const REAL_VALUES: &str = include_str!("../../data/real-values.tsv");
const MONITORING: &str = include_str!("../../data/monitor-tianjin-2025-07.tsv");
const N: usize = 100_000;

/// (indicator, actual) of every real row both the monitor and the scorer can judge.
fn real_pairs() -> Vec<(Indicator, Actual)> {
    let (lights, scores) = (monitor::Profile::central(), score::Profile::central());
    REAL_VALUES
        .lines()
        .skip(1)
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            let ind = Indicator::new(Level1::parse(c.get(1)?).ok(), Level2::parse(c.get(2)?).ok(), c.get(3)?, c.get(4)?);
            let a = Actual::parse(c.get(5)?).ok()?;
            lights.judge(&ind, &a, 7, Some(2025)).ok()?;
            scores.score_indicator(ind.threshold()?, &a, Decimal::TEN).ok()?;
            Some((ind, a))
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let pairs = real_pairs();
    assert!(pairs.len() >= 40, "{} real rows judged", pairs.len());
    let many: Vec<_> = pairs.iter().cycle().take(N).collect();
    let (lights, scores) = (monitor::Profile::central(), score::Profile::central());
    let mut g = c.benchmark_group("monitor");
    g.throughput(Throughput::Elements(N as u64));
    g.sample_size(10);
    g.bench_function("judge", |b| {
        b.iter(|| {
            for (ind, a) in &many {
                let _ = black_box(lights.judge(black_box(ind), black_box(a), 7, Some(2025)));
            }
        })
    });
    g.bench_function("score_indicator", |b| {
        b.iter(|| {
            for (ind, a) in &many {
                if let Some(t) = ind.threshold() {
                    let _ = black_box(scores.score_indicator(black_box(t), black_box(a), Decimal::TEN));
                }
            }
        })
    });
    g.finish();

    // the header and rows above it once, then the data rows repeated
    let head_end = MONITORING.find("\n天津市").expect("the sample's first data row") + 1;
    let (head, rows) = MONITORING.split_at(head_end);
    let text = format!("{head}{}", rows.repeat((1 << 20) / rows.len()));
    let reports = monitor::import::parse(&text, None).expect("the repeated sample imports").reports.len();
    assert!(reports >= 4, "{reports} reports");
    let mut g = c.benchmark_group("monitor_import");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("monitor_import", |b| b.iter(|| monitor::import::parse(black_box(&text), None)));
    g.bench_function("table_import", |b| b.iter(|| jixiao::import::table::parse(black_box(&text))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
