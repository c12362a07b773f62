//! A 指标值 cell merged across monitoring columns, in every format that merges cells
//! (`tests/data/office/make_monitor_merged.py`: Excel merged regions in `.xlsx` and `.xls`, Word
//! `gridSpan`): a statement is the target and the progress alike, as the published 黄石 table
//! of the corpus writes its 社会效益 row; a number target is never its own progress; nothing is
//! copied into the reasons; and a name run over the row gives no progress.
#![cfg(all(feature = "xlsx", feature = "docx"))]

use jixiao::import::Code;
use jixiao::monitor::{import, Light, LightRule, Profile};

const FILES: [(&str, &[u8]); 3] = [
    ("xlsx", include_bytes!("data/office/monitor-merged.xlsx")),
    ("xls", include_bytes!("data/office/monitor-merged.xls")),
    ("docx", include_bytes!("data/office/monitor-merged.docx")),
];

const REPAIR: &str = "完成馆藏文物修缮，修缮质量符合文物保护要求";
const PUBLICITY: &str = "开展文化遗产宣传活动，先后举办有社会影响力的活动5场";
const MECHANISM: &str = "建立文化遗产保护长效机制";

#[test]
fn a_statement_merged_across_the_progress_is_the_progress_too() {
    for (format, bytes) in FILES {
        let doc = import::parse_bytes(bytes, &format!("监控表.{format}"), None).unwrap();
        let r = &doc.reports[0];
        assert_eq!((r.month(), r.project.year(), r.project.indicators.len()), (6, Some(2025), 6), "{format}");
        let read: Vec<(Option<&str>, Option<&str>)> =
            r.progress().iter().map(|p| (p.completed.as_deref(), p.forecast.as_deref())).collect();
        assert_eq!(
            read,
            [
                (Some("1.2万人"), Some("2万人")),
                // over 指标值 and 1-6月执行情况; the forecast is its own
                (Some(REPAIR), Some("按计划完成")),
                // over 指标值, 1-6月执行情况 and 全年预计完成情况
                (Some(PUBLICITY), Some(PUBLICITY)),
                // `≥500人次` over 指标值 and 1-6月执行情况: the target, not a progress
                (None, Some("600人次")),
                // over 指标值 … 偏差原因分析: not a reason
                (Some(MECHANISM), Some(MECHANISM)),
                // the name over 三级指标, 指标值 and 1-6月执行情况
                (None, Some("90%")),
            ],
            "{format}"
        );
        assert!(r.progress().iter().all(|p| p.reasons.is_none()), "{format}");
        // the targets are the merged cells' text, as the target importer reads them
        let values: Vec<&str> = r.project.indicators.iter().map(|i| i.value()).collect();
        assert_eq!(values, ["≥2万人", REPAIR, PUBLICITY, "≥500人次", MECHANISM, ""], "{format}");
        assert!(r.project.indicators.iter().all(|i| i.extra.is_empty()), "{format}");
    }
}

#[test]
fn each_merged_cell_read_or_not_is_reported_at_the_merged_cell() {
    for (format, bytes) in FILES {
        let doc = import::parse_bytes(bytes, &format!("监控表.{format}"), None).unwrap();
        // the sheet's row and column (D is 4), or the Word table's row and cell (the 4th)
        let notes: Vec<(usize, Option<usize>, &str)> =
            doc.diagnostics.iter().filter(|d| d.code() == Code::MonitoringValue).map(|d| (d.line, d.cell, d.en())).collect();
        let statement = "merged with the 指标值 cell: its statement is read here too";
        let progress = format!("1-6月执行情况: {statement}");
        let forecast = format!("全年预计完成情况: {statement}");
        let target = "1-6月执行情况: merged with the 指标值 cell `≥500人次`, a target to measure against, not a value reached: left empty";
        assert_eq!(
            notes,
            [
                (6, Some(4), progress.as_str()),
                (7, Some(4), progress.as_str()),
                (7, Some(4), forecast.as_str()),
                (8, Some(4), target),
                (9, Some(4), progress.as_str()),
                (9, Some(4), forecast.as_str()),
            ],
            "{format}"
        );
        assert!(doc.diagnostics.iter().all(|d| d.code() != Code::UnmatchedRows), "{format}");
    }
}

#[test]
fn the_light_never_judges_a_number_target_against_itself() {
    for (format, bytes) in FILES {
        let doc = import::parse_bytes(bytes, &format!("监控表.{format}"), None).unwrap();
        let s = Profile::central().monitor(&doc.reports[0]);
        let lights: Vec<Option<(Light, LightRule)>> = s.items.iter().map(|i| i.signal.as_ref().map(|g| (g.light, g.rule))).collect();
        let stated = Some((Light::Green, LightRule::Stated));
        assert_eq!(
            lights,
            [
                // 1.2万人 of ≥2万人 by June: 1.2 ÷ (2 × 6/12) × 100 = 120, ahead
                Some((Light::Blue, LightRule::Pace)),
                // a progress that repeats a qualitative target is stated as done
                stated,
                stated,
                // no progress: not lit
                None,
                stated,
                // no target
                None,
            ],
            "{format}"
        );
    }
}

#[test]
fn the_target_importer_reads_the_merged_cells_as_targets_alone() {
    for (format, bytes) in FILES {
        let doc = jixiao::import::parse_bytes(bytes, &format!("目标表.{format}")).unwrap();
        let inds = &doc.projects[0].indicators;
        assert_eq!(inds[0].extra.get("1-6月执行情况").map(String::as_str), Some("1.2万人"), "{format}");
        // a covered cell holds nothing of its own
        assert!(inds[1..].iter().all(|i| !i.extra.contains_key("1-6月执行情况")), "{format}");
        assert_eq!(inds[2].value(), PUBLICITY, "{format}");
    }
}
