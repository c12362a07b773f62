//! `jixiao-checks` holds the tests and benches that exercise `jixiao` with the heavy
//! dependencies (proptest, jsonschema, criterion, regex) that the main crate's examples do not
//! need, so that `cargo run --example report` builds quickly. Its one module is the regex
//! reference the threshold bench and the `per_value` example compare `jixiao` with.

pub mod reference;
