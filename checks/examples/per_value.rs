//! Times `Threshold::parse`, the regex reference and the plain UTF-8 pass on each distinct real
//! target value alone, and prints where the threshold bench's time goes (BENCHMARKS.md):
//!
//! ```sh
//! cargo run --release -p jixiao-checks --example per_value
//! ```
//!
//! Each value is parsed many times in a row, so branches are predicted better than in the bench,
//! which takes the values in turn: the totals come out a little lower than the bench's, the
//! ratios close to them. Values the reference does not read are counted apart: it gives up on
//! them after a few bytes, while `jixiao` reads them.

use std::hint::black_box;
use std::time::Instant;

use jixiao_checks::reference;

const REAL: &str = include_str!("../../data/real-values.tsv");

/// Nanoseconds per call of `f`, the least of five runs of `n` calls.
fn time(n: u32, mut f: impl FnMut()) -> f64 {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..n {
                f();
            }
            t.elapsed().as_nanos() as f64 / f64::from(n)
        })
        .fold(f64::MAX, f64::min)
}

/// One distinct value and its times (nanoseconds a call).
struct Row<'a> {
    value: &'a str,
    /// How many times it occurs among the real values.
    count: f64,
    jixiao: f64,
    regex: f64,
    plain: f64,
    /// Whether the reference reads it.
    read: bool,
}

/// The times of `rows` weighted by how often each occurs: jixiao, regex, plain pass, values.
fn totals<'a>(rows: impl Iterator<Item = &'a Row<'a>>) -> (f64, f64, f64, f64) {
    rows.fold((0.0, 0.0, 0.0, 0.0), |(j, r, p, n), row| {
        (j + row.count * row.jixiao, r + row.count * row.regex, p + row.count * row.plain, n + row.count)
    })
}

fn main() {
    let re = reference::regex();
    let values: Vec<&str> = REAL.lines().skip(1).filter_map(|l| l.split('\t').nth(4)).collect();
    let mut distinct = values.clone();
    distinct.sort_unstable();
    distinct.dedup();
    let mut rows: Vec<Row> = distinct
        .into_iter()
        .map(|value| {
            let bytes = value.as_bytes();
            Row {
                value,
                count: values.iter().filter(|x| **x == value).count() as f64,
                jixiao: time(20_000, || drop(black_box(jixiao::Threshold::parse(black_box(value))))),
                regex: time(20_000, || drop(black_box(reference::parse(&re, black_box(value))))),
                plain: time(20_000, || {
                    black_box(std::str::from_utf8(black_box(bytes)).map(|s| s.chars().count()).unwrap_or(0));
                }),
                read: reference::parse(&re, value).is_some(),
            }
        })
        .collect();
    for (name, read) in [("all values", None), ("values the regex reads", Some(true)), ("values it does not read", Some(false))] {
        let (j, r, p, n) = totals(rows.iter().filter(|row| read.is_none_or(|x| row.read == x)));
        println!(
            "{name} ({n}): jixiao {j:.0} ns, regex {r:.0} ns, plain pass {p:.0} ns; regex ÷ jixiao {:.2}, jixiao ÷ plain {:.2}",
            r / j,
            j / p
        );
    }
    println!("\n  share  jixiao   regex   plain  ÷plain  value (× times it occurs)");
    let (total, ..) = totals(rows.iter());
    rows.sort_by(|a, b| (b.count * b.jixiao).total_cmp(&(a.count * a.jixiao)));
    for row in rows.iter().take(40) {
        let mark = if row.read { "" } else { "  (regex gives up)" };
        println!(
            "{:6.1}% {:7.1} {:7.1} {:7.1} {:6.1}  {} ×{}{mark}",
            100.0 * row.count * row.jixiao / total,
            row.jixiao,
            row.regex,
            row.plain,
            row.jixiao / row.plain,
            row.value,
            row.count
        );
    }
    in_turn(&values);
}

/// The values of the commonest shape (`≥95%`, `100%`, `32人`) and the others, each set parsed in
/// turn as the bench takes them, beside the sum of its values parsed one at a time and the
/// plain pass over its bytes: what taking the values in turn costs each set.
fn in_turn(values: &[&str]) {
    let common = |v: &&str| {
        let t = v.trim_start_matches(['≥', '≤', '<', '>', '=']);
        t.starts_with(|c: char| c.is_ascii_digit())
            && !v.contains(['|', '-', '—', '年', '月', '及', '以', '/', '.'])
            && t.chars().filter(|c| !c.is_ascii_digit()).count() <= 2
    };
    let parse_all = |set: &[&str]| {
        for v in set {
            drop(black_box(jixiao::Threshold::parse(black_box(v))));
        }
    };
    println!("\nvalues                       in turn  one at a time  plain pass  in turn ÷ plain");
    for (name, set) in [
        ("commonest shape", values.iter().copied().filter(common).collect::<Vec<_>>()),
        ("the others", values.iter().copied().filter(|v| !common(v)).collect()),
        ("all", values.to_vec()),
    ] {
        let turn = time(2_000, || parse_all(&set));
        let alone: f64 = set.iter().map(|v| time(2_000, || parse_all(std::slice::from_ref(v)))).sum();
        let plain = time(2_000, || {
            for v in &set {
                black_box(std::str::from_utf8(black_box(v.as_bytes())).map(|s| s.chars().count()).unwrap_or(0));
            }
        });
        println!("{name:16} ({:3}) {turn:10.0} ns {alone:10.0} ns {plain:8.0} ns {:10.2}", set.len(), turn / plain);
    }
}
