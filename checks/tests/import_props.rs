//! Importers on arbitrary text and on the sample with random edits: never a panic, and every
//! result keeps its invariants.

use jixiao::import::{self, docx_text, table, ImportError, Imported};

const SAMPLE: &str = include_str!("../../data/tianjin-2025-emergency-center.txt");

type Importer = fn(&str) -> Result<Imported, ImportError>;
const IMPORTERS: [(&str, Importer); 3] = [("docx_text", docx_text::parse), ("table", table::parse), ("detect", import::parse_text)];

/// What every import result must satisfy: each indicator parsed or carrying its error, and
/// each diagnostic on a line of the input.
fn check_invariants(text: &str, doc: &Imported) {
    let lines = text.lines().count().max(1);
    for i in doc.projects.iter().flat_map(|p| &p.indicators) {
        assert!(i.threshold().is_some() != i.error().is_some(), "{:?}", i.value());
    }
    for d in &doc.diagnostics {
        assert!((1..=lines + 1).contains(&d.line), "line {} of {lines}: {d}", d.line);
        assert!(d.project.is_none_or(|p| p < doc.projects.len()));
    }
}

proptest::proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,300}") {
        for (_, parse) in IMPORTERS {
            if let Ok(doc) = parse(&text) {
                check_invariants(&text, &doc);
            }
        }
    }

    #[test]
    fn the_sample_with_a_random_edit_never_panics(at in 0usize..6100, insert in "[\t\n\",，|≥≤0-9.a-z一二万%]{0,16}") {
        let cut = (0..=at.min(SAMPLE.len())).rev().find(|i| SAMPLE.is_char_boundary(*i)).unwrap_or(0);
        let (head, tail) = SAMPLE.split_at(cut);
        let text = format!("{head}{insert}{tail}");
        for (_, parse) in IMPORTERS {
            if let Ok(doc) = parse(&text) {
                check_invariants(&text, &doc);
            }
        }
    }
}
