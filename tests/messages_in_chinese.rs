//! Every Chinese message is Chinese: the review findings, import diagnostics, monitoring findings
//! and scorecard flags that the crate's real documents produce say nothing in English inside
//! their Chinese text (a cause with a Chinese text of its own is given in Chinese).
#![cfg(all(feature = "docx", feature = "xlsx"))]

use jixiao::import;
use jixiao::review::Reviewer;
use jixiao::score::{Actuals, Profile};

/// Words of the English messages; none may appear in a Chinese one.
const ENGLISH: &[&str] = &["expected", "does not", "cannot", "invalid", "byte offset", "character", " the ", "error:", "unexpected"];

fn assert_chinese(what: &str, zh: &str) {
    // what the message quotes from the document (“…”, 「…」) is the document's own text
    let mut own = String::new();
    let mut depth = 0usize;
    for c in zh.chars() {
        match c {
            '“' | '「' => depth += 1,
            '”' | '」' => depth = depth.saturating_sub(1),
            _ if depth == 0 => own.push(c),
            _ => {}
        }
    }
    for w in ENGLISH {
        assert!(!own.to_lowercase().contains(w), "{what}: English `{w}` in the Chinese text: {zh}");
    }
}

#[test]
fn messages_of_the_real_documents_are_chinese() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(dir.join("tests/data/office/corpus")).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.extend(
        [
            "data/tianjin-2025-emergency-center.txt",
            "data/self-evaluation.tsv",
            "data/self_eval/01-yongde.tsv",
            "data/self_eval/03-zhongjiang.tsv",
        ]
        .map(|f| dir.join(f)),
    );
    let mut seen = 0;
    for path in &files {
        let name = path.display().to_string();
        let Ok(doc) = import::parse_file(path) else { continue };
        for d in &doc.diagnostics {
            assert_chinese(&name, d.zh());
            seen += 1;
        }
        for p in &doc.projects {
            for f in Reviewer::new().review(p).into_findings() {
                assert_chinese(&name, f.zh());
                seen += 1;
            }
            if let Ok(card) = Profile::central().score(p, &Actuals::from_project(p)) {
                for flag in &card.flags {
                    assert_chinese(&name, flag.zh());
                    seen += 1;
                }
            }
        }
    }
    let monitoring = jixiao::monitor::import::parse_file(dir.join("data/monitor-tianjin-2025-07.tsv"), None).unwrap();
    for r in &monitoring.reports {
        for f in jixiao::monitor::Profile::default().monitor(r).findings {
            assert_chinese("monitor sample", f.zh());
            seen += 1;
        }
    }
    // review findings on values that do not parse, in every way the grammar refuses them
    for value in ["≥2x万", "≥%", "12月32日前", "≥|abc|人", "1--2"] {
        let mut p = jixiao::Project::new("x");
        p.indicators.push(jixiao::Indicator::new(None, None, "服务人数", value));
        for f in Reviewer::new().review(&p).into_findings() {
            assert_chinese(value, f.zh());
            seen += 1;
        }
    }
    assert!(seen > 300, "{seen} messages checked");
}
