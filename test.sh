#!/usr/bin/env bash
# The project's test command: every gate CI runs, in order. Fails on the first failure.
#
#   ./test.sh          everything
#   ./test.sh quick    format, clippy and the tests only
set -euo pipefail
cd "$(dirname "$0")"

# Debug builds of some eighty test binaries, twice over (all features, no default features),
# filled a CI disk at 16 GB: line tables keep file and line in a panic's backtrace at a fraction
# of full debug info, and incremental caches are of no use to a build run once. A developer's
# own settings win.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
export CARGO_PROFILE_DEV_DEBUG="${CARGO_PROFILE_DEV_DEBUG:-line-tables-only}"

# each step prints the seconds since the start, so that a slow step shows in CI's log
step() { printf '\n==> [%ss] %s\n' "$SECONDS" "$*"; }

# every feature of the library, each checked alone below
features=$(sed -n '/^\[features\]/,/^\[/p' Cargo.toml | grep -oE '^[a-z_]+ =' | cut -d' ' -f1 | grep -v '^default$')

step "format";                          cargo fmt --all -- --check
step "clippy";                          cargo clippy --workspace --all-targets --all-features -- -D warnings
step "tests, all features";             cargo test --workspace --all-features
step "tests, no default features";     cargo test -p jixiao --no-default-features
[ "${1:-}" = quick ] && { echo; echo "quick checks passed"; exit 0; }

for f in $features; do
  step "feature $f alone";              cargo clippy -p jixiao --no-default-features --features "$f" --all-targets -- -D warnings
done
step "docs";                            RUSTDOCFLAGS="-D warnings" cargo doc -p jixiao --all-features --no-deps
step "declared MSRV";                   python3 .ci/msrv.py
step "benches build";                   cargo bench --workspace --no-run --all-features
for ex in examples/*.rs; do
  name=$(basename "$ex" .rs)
  step "example $name";                 cargo run --quiet --all-features --example "$name" > /dev/null
done
if [ -f schema/check.sh ]; then
  step "schema contract";               bash schema/check.sh
fi
# the Python binding (python/): the wheel built with maturin, installed in a fresh virtual
# environment, its pytest and mypy checks run there
step "python binding";                  bash python/ci.sh

# the crate as crates.io would ship it: it builds, and its tests pass from the package alone
step "package"
# (--no-verify: the build below is the verification, with the tests; it shares the target
# directory so that the dependencies built above are not built again)
cargo package -p jixiao --quiet --allow-dirty --no-verify
pkg=$(mktemp -d)
trap 'rm -rf "$pkg"' EXIT
tar -xzf target/package/jixiao-*.crate -C "$pkg"
(cd "$pkg"/jixiao-* && CARGO_TARGET_DIR="$OLDPWD/target" cargo check --quiet --all-targets \
  && CARGO_TARGET_DIR="$OLDPWD/target" cargo test --quiet --all-features)

# fuzz targets build (they need a nightly toolchain and cargo-fuzz; CI installs both)
if cargo +nightly --version >/dev/null 2>&1 && cargo +nightly fuzz --version >/dev/null 2>&1; then
  step "fuzz targets build";            (cd fuzz && cargo +nightly fuzz build --dev)
else
  step "fuzz targets: skipped (needs a nightly toolchain and cargo-fuzz: cargo install cargo-fuzz)"
fi

echo
echo "all checks passed in ${SECONDS}s"
