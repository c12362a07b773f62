//! Cells merged down over several rows (`tests/data/office/make_merged_down.py`), in every format
//! that merges cells and in LibreOffice's re-saves: Excel merged regions in `.xlsx` and `.xls`,
//! Word `vMerge`. A 指标值 shared by two indicators is each one's standard; a 实际完成值 figure
//! shared by two is the first one's; a weight or score over two rows is not copied; a monitoring reason or answer run down a block is each row's; a
//! progress figure over two indicators is neither's, and a progress statement is each one's.
//! Each cell read from above (or not) is reported where it is.
#![cfg(all(feature = "xlsx", feature = "docx"))]

use jixiao::import::Code;
use jixiao::monitor::Possibility;
use jixiao::Decimal;

const SELF_EVAL: [(&str, &[u8]); 6] = [
    ("xlsx", include_bytes!("data/office/merged-down.xlsx")),
    ("xls", include_bytes!("data/office/merged-down.xls")),
    ("docx", include_bytes!("data/office/merged-down.docx")),
    ("lo.xlsx", include_bytes!("data/office/merged-down.lo.xlsx")),
    ("lo.xls", include_bytes!("data/office/merged-down.lo.xls")),
    ("lo.docx", include_bytes!("data/office/merged-down.lo.docx")),
];

const MONITOR: [(&str, &[u8]); 6] = [
    ("xlsx", include_bytes!("data/office/monitor-merged-down.xlsx")),
    ("xls", include_bytes!("data/office/monitor-merged-down.xls")),
    ("docx", include_bytes!("data/office/monitor-merged-down.docx")),
    ("lo.xlsx", include_bytes!("data/office/monitor-merged-down.lo.xlsx")),
    ("lo.xls", include_bytes!("data/office/monitor-merged-down.lo.xls")),
    ("lo.docx", include_bytes!("data/office/monitor-merged-down.lo.docx")),
];

/// An indicator as the tests read it: name, 指标值, 实际完成值, 分值, 得分.
type Read<'a> = (&'a str, &'a str, Option<&'a str>, Option<Decimal>, Option<Decimal>);
/// A row's monitoring: progress, forecast, reasons, answer.
type Monitored<'a> = (Option<&'a str>, Option<&'a str>, Option<&'a str>, Option<Possibility>);

fn d(n: i64) -> Option<Decimal> {
    Some(Decimal::from(n))
}

#[test]
fn a_target_or_actual_merged_down_is_each_rows() {
    for (format, bytes) in SELF_EVAL {
        let doc = jixiao::import::parse_bytes(bytes, &format!("自评表.{format}")).unwrap();
        assert_eq!(doc.projects.len(), 1, "{format}");
        let p = &doc.projects[0];
        assert_eq!(p.name, "基层应急能力提升", "{format}");
        let rows: Vec<Read<'_>> =
            p.indicators.iter().map(|i| (i.name.as_str(), i.value(), i.actual.as_deref(), i.weight, i.score)).collect();
        assert_eq!(
            rows,
            [
                ("培训人数", "≥2万人", Some("2.1万人"), d(10), d(10)),
                ("设备完好率", "≥95%", Some("98%"), d(10), d(10)),
                // 年度指标值 and 实际完成值 merged down from the row above: the target is each
                // one's standard; the figure achieved is the first one's only
                ("系统正常运行率", "≥95%", None, d(10), d(10)),
                ("群众知晓率", "≥90%", Some("92%"), d(20), d(18)),
                // 分值 and 得分 merged down: one figure for two rows is not copied
                ("服务覆盖面", "持续提升", Some("有所提升"), None, None),
            ],
            "{format}"
        );
        // the levels fill down as before
        let levels: Vec<(String, String)> = p
            .indicators
            .iter()
            .map(|i| {
                (i.level1.as_ref().map(|l| l.to_string()).unwrap_or_default(), i.level2.as_ref().map(|l| l.to_string()).unwrap_or_default())
            })
            .collect();
        assert_eq!(levels[2], ("产出指标".to_string(), "质量指标".to_string()), "{format}");
        assert_eq!(levels[4], ("效益指标".to_string(), "社会效益指标".to_string()), "{format}");
        // a column the table does not name, run down three rows, stays with its first row
        let remarks: Vec<Option<&str>> = p.indicators.iter().map(|i| i.extra.get("偏差原因分析及改进措施").map(String::as_str)).collect();
        assert_eq!(remarks, [Some("无偏差"), None, None, Some("宣传覆盖面有待扩大"), None], "{format}");
        // one note at each cell read from above: row 6, columns D and E (the 4th and 5th cells)
        let notes: Vec<(usize, Option<usize>, Option<&str>)> =
            doc.diagnostics.iter().filter(|d| d.code() == Code::MergedDown).map(|d| (d.line, d.cell, d.field.as_deref())).collect();
        assert_eq!(notes, [(6, Some(4), Some("年度指标值")), (6, Some(5), Some("实际完成值"))], "{format}");
        let said: Vec<&str> = doc.diagnostics.iter().filter(|d| d.code() == Code::MergedDown).map(|d| d.en()).collect();
        assert!(said[0].contains("`≥95%` is read for this row too"), "{format}: {}", said[0]);
        assert!(said[1].contains("`98%`") && said[1].contains("left empty here"), "{format}: {}", said[1]);
        assert!(doc.diagnostics.iter().all(|d| d.code() != Code::EmptyValue), "{format}: {:#?}", doc.diagnostics);
    }
}

#[test]
fn monitoring_reasons_and_answers_merged_down_are_each_rows() {
    for (format, bytes) in MONITOR {
        let doc = jixiao::monitor::import::parse_bytes(bytes, &format!("监控表.{format}"), None).unwrap();
        let r = &doc.reports[0];
        assert_eq!((r.month(), r.project.year(), r.project.indicators.len()), (6, Some(2025), 7), "{format}");
        let read: Vec<Monitored<'_>> = r
            .progress()
            .iter()
            .map(|p| (p.completed.as_deref(), p.forecast.as_deref(), p.reasons.as_ref().map(|r| r.text.as_str()), p.possibility))
            .collect();
        let reason = Some("培训按计划分批开展");
        let done = Some("已开展宣传活动");
        let survey = Some("开展满意度调查");
        assert_eq!(
            read,
            [
                (Some("1.2万人"), Some("2万人"), reason, Some(Possibility::Certain)),
                // `1.2万人` over two indicators is neither's; the reason and the answer are
                (None, Some("40场"), reason, Some(Possibility::Certain)),
                (Some("96%"), Some("96%"), reason, Some(Possibility::Possible)),
                (done, Some("全年开展"), None, Some(Possibility::Certain)),
                // a statement over two indicators is each one's
                (done, Some("明显提升"), None, Some(Possibility::Certain)),
                // a statement over 年度指标值 and 1-6月执行情况 of two rows: each one's
                (survey, Some("全年开展"), None, Some(Possibility::Possible)),
                (survey, Some("全年开展"), None, Some(Possibility::Possible)),
            ],
            "{format}"
        );
        assert!(r.project.indicators.iter().all(|i| i.extra.is_empty()), "{format}");
        assert_eq!(r.project.indicators[6].value(), "开展满意度调查", "{format}");
        let notes: Vec<(usize, Option<usize>, &str)> =
            doc.diagnostics.iter().filter(|d| d.code() == Code::MergedDown).map(|d| (d.line, d.cell, d.en())).collect();
        let place: Vec<(usize, Option<usize>)> = notes.iter().map(|n| (n.0, n.1)).collect();
        assert_eq!(place, [(6, Some(5)), (6, Some(7)), (6, Some(8)), (7, Some(7)), (9, Some(5)), (11, Some(4))], "{format}: {notes:#?}");
        assert!(notes[0].2.contains("`1.2万人`") && notes[0].2.contains("left empty"), "{format}: {}", notes[0].2);
        // the progress of the region merged down and across is said where it is read, each row
        let across: Vec<(usize, Option<usize>)> =
            doc.diagnostics.iter().filter(|d| d.code() == Code::MonitoringValue).map(|d| (d.line, d.cell)).collect();
        assert_eq!(across, [(10, Some(4)), (11, Some(4))], "{format}");
        assert!(notes[4].2.contains("read for this row too"), "{format}: {}", notes[4].2);
    }
}
