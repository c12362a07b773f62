//! `Threshold::parse` over every target value of `data/real-values.tsv` (its `target` column),
//! beside two references measured in the same run:
//!
//! - `regex`: the way most developers would write it (`jixiao_checks::reference`): one regex with
//!   captures (comparator, number, unit), the number read with `Decimal::from_str`, the unit kept
//!   as a `String`. It understands fewer forms (no words, ranges, dates, Chinese numerals or split
//!   columns).
//! - `plain_pass`: UTF-8 validation and a char count over the same bytes: the floor.
//!
//! The group `threshold` takes every value; `threshold_read_by_both` only those the reference
//! reads, which it does not turn away after a few bytes.
//!
//! Run with `cargo bench --bench threshold`; see BENCHMARKS.md for the ratios.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use jixiao::Threshold;
use jixiao_checks::reference;

const REAL_VALUES: &str = include_str!("../../data/real-values.tsv");

fn bench(c: &mut Criterion) {
    let values: Vec<&str> = REAL_VALUES.lines().skip(1).filter_map(|l| l.split('\t').nth(4)).collect();
    assert_eq!(values.len(), 163, "the target column of every real row");
    let re = reference::regex();

    // sanity: every value is handled, and the reference understands a good share of them
    let understood = values.iter().filter(|v| reference::parse(&re, v).is_some()).count();
    assert!(understood > values.len() / 3, "the reference regex understands {understood} values");
    let parsed = values.iter().filter(|v| Threshold::parse(v).is_ok()).count();
    assert!(parsed > values.len() * 9 / 10, "jixiao parses {parsed} values");

    three(c, "threshold", &values, &re);
    // the values the reference reads: what the two compare on when the reference is not turning
    // a value away after a few bytes (BENCHMARKS.md gives both)
    let read: Vec<&str> = values.iter().copied().filter(|v| reference::parse(&re, v).is_some()).collect();
    three(c, "threshold_read_by_both", &read, &re);
}

/// `jixiao`, `regex` and `plain_pass` over `values`, as the group `name`.
fn three(c: &mut Criterion, name: &str, values: &[&str], re: &regex::Regex) {
    let bytes: Vec<&[u8]> = values.iter().map(|v| v.as_bytes()).collect();
    let total: usize = values.iter().map(|v| v.len()).sum();
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("jixiao", |b| {
        b.iter(|| {
            for v in values {
                let _ = black_box(Threshold::parse(black_box(v)));
            }
        })
    });
    g.bench_function("regex", |b| {
        b.iter(|| {
            for v in values {
                black_box(reference::parse(re, black_box(v)));
            }
        })
    });
    g.bench_function("plain_pass", |b| {
        b.iter(|| {
            for v in &bytes {
                black_box(std::str::from_utf8(black_box(v)).map(|s| s.chars().count()).unwrap_or(0));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
