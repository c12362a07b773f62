//! The workbook importer (.xlsx, .xls) and `parse_bytes` on arbitrary bytes: no panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = jixiao::import::xlsx::parse(bytes);
    let _ = jixiao::import::parse_bytes(bytes, "fuzz.xlsx");
});
