//! `jixiao-checks` holds no code of its own: its tests and benches exercise `jixiao` with the
//! heavy dev-dependencies (proptest, jsonschema, criterion, regex) that the main crate's
//! examples do not need, so that `cargo run --example report` builds quickly.
