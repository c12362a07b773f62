//! `Actual::parse` on arbitrary text: no panic, errors inside the input.
#![no_main]

use jixiao::Actual;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    if let Err(e) = Actual::parse(s) {
        assert!(e.offset() <= s.len() && s.is_char_boundary(e.offset()), "{e:?} for {s:?}");
    }
});
