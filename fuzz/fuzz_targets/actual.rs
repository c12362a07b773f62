//! `Actual::parse` on arbitrary text: no panic, errors inside the input, and whatever parses prints
//! back to itself.
#![no_main]

use jixiao::Actual;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    match Actual::parse(s) {
        Err(e) => assert!(e.offset() <= s.len() && s.is_char_boundary(e.offset()), "{e:?} for {s:?}"),
        Ok(a) => assert_eq!(Actual::parse(&a.to_string()), Ok(a), "round trip of {s:?}"),
    }
});
