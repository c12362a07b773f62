//! `Threshold::parse` on arbitrary text: no panic, errors inside the input, and whatever parses
//! prints back to itself.
#![no_main]

use jixiao::Threshold;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    match Threshold::parse(s) {
        Err(e) => assert!(e.offset() <= s.len() && s.is_char_boundary(e.offset()), "{e:?} for {s:?}"),
        Ok(t) => assert_eq!(Threshold::parse(&t.to_string()), Ok(t), "round trip of {s:?}"),
    }
});
