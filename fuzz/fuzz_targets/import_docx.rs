//! The DOCX importer on arbitrary bytes (a zip archive or not): no panic, bounded work.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = jixiao::import::docx::parse(bytes);
});
