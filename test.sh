#!/usr/bin/env bash
# The project's test command: every gate CI runs, in order. Fails on the first failure.
set -euo pipefail
cd "$(dirname "$0")"

step() { printf '\n==> %s\n' "$*"; }

step "format";                 cargo fmt --all -- --check
step "clippy";                 cargo clippy --all-targets --all-features -- -D warnings
step "tests, all features";    cargo test --all-features
step "tests, no default features"; cargo test --no-default-features
step "benches build";          cargo bench --no-run --all-features
for ex in examples/*.rs; do
  name=$(basename "$ex" .rs)
  step "example $name";        cargo run --quiet --all-features --example "$name" > /dev/null
done
if [ -f schema/check.sh ]; then
  step "schema contract";      bash schema/check.sh
fi
echo
echo "all checks passed"
