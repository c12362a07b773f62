//! Parses the real target values 100 times over, for instruction counts that do not depend on
//! the machine's load (BENCHMARKS.md):
//!
//! ```sh
//! cargo build --release -p jixiao-checks --example parse_loop
//! valgrind --tool=cachegrind --cache-sim=no --branch-sim=yes target/release/examples/parse_loop all
//! ```
//!
//! The argument picks the values: `all`, `fast` (a number or comparator first, no range, date or
//! suffix word), `pipes` (split columns), `rest` (neither), `none` (the harness alone), or
//! `=VALUE` for one value; `regex` runs the regex reference over all of them instead.

use std::hint::black_box;

const REAL: &str = include_str!("../../data/real-values.tsv");

fn main() {
    let values: Vec<&str> = REAL.lines().skip(1).filter_map(|l| l.split('\t').nth(4)).collect();
    let which = std::env::args().nth(1).unwrap_or_default();
    let is_fast = |v: &&str| {
        (v.starts_with(|c: char| c.is_ascii_digit()) || v.starts_with(['≥', '≤', '<', '>', '=']))
            && !v.contains(['|', '-', '—', '年', '月', '及', '以'])
    };
    let all = values.clone();
    let set: Vec<&str> = match which.as_str() {
        "fast" => values.iter().copied().filter(is_fast).collect(),
        "pipes" => values.iter().copied().filter(|v| v.contains('|')).collect(),
        "rest" => values.iter().copied().filter(|v| !is_fast(v) && !v.contains('|')).collect(),
        "none" | "regex" => Vec::new(),
        s if s.starts_with('=') => vec![&s[1..]],
        _ => values,
    };
    if which == "regex" {
        // the regex reference over every value, for its count beside jixiao's
        let re = jixiao_checks::reference::regex();
        for _ in 0..100 {
            for v in &all {
                black_box(jixiao_checks::reference::parse(&re, black_box(v)));
            }
        }
        return;
    }
    for _ in 0..100 {
        for v in &set {
            let _ = black_box(jixiao::Threshold::parse(black_box(v)));
        }
    }
}
