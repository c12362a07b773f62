//! Across the language boundary: JSON written by Rust and read back by Rust equals the original,
//! for every real document in `data/` that jixiao reads (the Tianjin sample, the 163 rows of
//! `real-values.tsv` as a table, and the self-evaluation tables 01, 03, 04 and 07 as
//! transcribed in `data/self_eval/`), imported and scored.
#![cfg(feature = "serde")]

use jixiao::import::{self, Imported};
use jixiao::score::{Actuals, Profile, Scorecard};
use serde::de::DeserializeOwned;
use serde::Serialize;

const SAMPLE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/tianjin-2025-emergency-center.txt"));
const REAL: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/real-values.tsv"));
const TABLES: [&str; 4] = [
    include_str!("../data/self_eval/01-yongde.tsv"),
    include_str!("../data/self_eval/03-zhongjiang.tsv"),
    include_str!("../data/self_eval/04-jishan.tsv"),
    include_str!("../data/self_eval/07-tianchang.tsv"),
];

#[track_caller]
fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: &T) {
    let text = serde_json::to_string(value).unwrap();
    let back: T = serde_json::from_str(&text).unwrap();
    assert_eq!(&back, value);
    // and once more, so that what was read writes the same text
    assert_eq!(serde_json::to_string(&back).unwrap(), text);
}

/// `real-values.tsv` with its columns under the Chinese headers a table has, one project a source.
fn real_values_as_table() -> String {
    let mut out = String::from("项目名称\t一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\t备注\n");
    for line in REAL.lines().skip(1) {
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[test]
fn the_sample_round_trips() {
    let doc = import::parse_text(SAMPLE).unwrap();
    assert_eq!(doc.projects.len(), 4);
    round_trip(&doc);
}

#[test]
fn the_real_rows_round_trip() {
    let doc: Imported = import::table::parse(&real_values_as_table()).unwrap();
    assert_eq!(doc.projects.len(), 22);
    assert_eq!(doc.projects.iter().map(|p| p.indicators.len()).sum::<usize>(), 163);
    // the two values that do not parse travel with their errors
    let errors = doc.projects.iter().flat_map(|p| &p.indicators).filter(|i| i.error().is_some()).count();
    assert_eq!(errors, 2);
    round_trip(&doc);
}

#[test]
fn the_self_evaluation_tables_round_trip_imported_and_scored() {
    let mut scored = Vec::new();
    for text in TABLES {
        let doc = import::parse_text(text).unwrap();
        round_trip(&doc);
        for p in &doc.projects {
            // every table gives a scorecard, partial where items cannot be scored
            let card = Profile::central().score(p, &Actuals::from_project(p)).unwrap();
            round_trip::<Scorecard>(&card);
            if card.undecided.is_zero() {
                scored.push(p.name.clone());
            }
        }
    }
    // table 07 writes its targets into the 三级 names and leaves value cells empty: it is scored
    // only with bands stated by the assessor (tests/score_real.rs)
    assert_eq!(scored.len(), 3, "{scored:?}");
}
