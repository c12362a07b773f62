//! Importing a DOCX-text document: the Tianjin sample repeated to about 10 MB, beside a plain
//! split of the same text into lines (the floor), measured in the same run.
//!
//! Run with `cargo bench --bench import`; see BENCHMARKS.md for the figures.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use jixiao::import::docx_text;

const SAMPLE: &str = include_str!("../../data/tianjin-2025-emergency-center.txt");

fn bench(c: &mut Criterion) {
    let copies = (10 << 20) / SAMPLE.len();
    let text = SAMPLE.repeat(copies);
    let one = docx_text::parse(SAMPLE).expect("the sample imports").projects.len();
    let all = docx_text::parse(&text).expect("the repeated sample imports").projects.len();
    assert_eq!(all, one * copies, "every copy imports");

    let mut g = c.benchmark_group("import");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("docx_text", |b| b.iter(|| docx_text::parse(black_box(&text))));
    g.bench_function("lines", |b| {
        b.iter(|| {
            for line in black_box(&text).lines() {
                black_box(line);
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
