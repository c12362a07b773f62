//! The table (TSV/CSV) importer on arbitrary text: no panic, diagnostics on lines of the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    if let Ok(doc) = jixiao::import::table::parse(s) {
        let lines = s.lines().count().max(1);
        for d in &doc.diagnostics {
            assert!(d.line >= 1 && d.line <= lines + 1, "{d} in {lines} lines");
        }
    }
});
