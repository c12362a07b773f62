//! Helpers shared by the integration tests of the value grammar.

use jixiao::{Actual, Threshold};

/// The spacings a value's parts may have between them: none, a space, a full-width space.
#[allow(dead_code)]
pub const SPACES: &[&str] = &["", " ", "\u{3000}"];

/// Parses a 指标值 that must read.
pub fn t(s: &str) -> Threshold {
    Threshold::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// Each input, its canonical text, and that the canonical text reads back to the same value.
#[allow(dead_code)]
pub fn assert_reads(cases: &[(&str, &str)]) {
    for &(input, canonical) in cases {
        let parsed = t(input);
        assert_eq!(parsed.to_string(), canonical, "{input}");
        assert_eq!(t(canonical), parsed, "{input}: {canonical} reads back");
    }
}

/// Both readings of `s`, as a target and as an actual, equal those of `plain`.
#[allow(dead_code)]
pub fn alike(s: &str, plain: &str) {
    assert_eq!(Threshold::parse(s), Ok(t(plain)), "{s}");
    assert_eq!(Actual::parse(s), Actual::parse(plain), "actual {s}");
}
