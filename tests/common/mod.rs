//! Helpers shared by the integration tests of the value grammar.

use jixiao::Threshold;

/// Parses a 指标值 that must read.
pub fn t(s: &str) -> Threshold {
    Threshold::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// Each input, its canonical text, and that the canonical text reads back to the same value.
pub fn assert_reads(cases: &[(&str, &str)]) {
    for &(input, canonical) in cases {
        let parsed = t(input);
        assert_eq!(parsed.to_string(), canonical, "{input}");
        assert_eq!(t(canonical), parsed, "{input}: {canonical} reads back");
    }
}
