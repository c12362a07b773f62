//! Prints the JSON Schema (draft 2020-12) of a jixiao `Project` document.
//!
//! ```sh
//! cargo run --example schema              # print it
//! cargo run --example schema -- --write   # write schema/jixiao.schema.json
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let schema = jixiao::schema::json_schema();
    let text = match serde_json::to_string_pretty(&schema) {
        Ok(t) => t + "\n",
        Err(e) => {
            eprintln!("error: cannot print the schema: {e}");
            return ExitCode::FAILURE;
        }
    };
    if std::env::args().any(|a| a == "--write") {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/jixiao.schema.json");
        if let Err(e) = std::fs::write(path, &text) {
            eprintln!("error: cannot write {path}: {e}");
            return ExitCode::FAILURE;
        }
        eprintln!("wrote {path}");
    } else {
        print!("{text}");
    }
    ExitCode::SUCCESS
}
