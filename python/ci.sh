#!/usr/bin/env bash
# The Python binding as a user gets it: the wheel built with maturin, installed in a fresh virtual
# environment, and its tests run there (pytest; mypy --strict on the stubs, pandas for the
# README example). Run by test.sh; alone: bash python/ci.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

py=""
for c in python3 python3.14 python3.13 python3.12 python3.11 python3.10 python3.9; do
  if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import sys, venv; sys.exit(sys.version_info < (3, 9))' 2>/dev/null; then
    py=$c
    break
  fi
done
if [ -z "$py" ]; then
  echo "python binding: SKIPPED: no Python >= 3.9 with its venv module on this machine"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$py" -m venv "$work/venv"
bin="$work/venv/bin"
"$bin/python" -m pip install --quiet --disable-pip-version-check maturin pytest jsonschema mypy pandas
# the wheel CI ships: release, abi3 (CPython >= 3.9), built from the lock file; it shares the
# workspace's target directory, so the dependencies built by the steps before are reused
"$bin/maturin" build --quiet --release --locked -m python/Cargo.toml -o "$work/dist" --interpreter "$bin/python"
"$bin/python" -m pip install --quiet --disable-pip-version-check --no-index "$work"/dist/jixiao-*-abi3-*.whl
# from outside the repository, so that the sources in python/jixiao do not shadow the wheel
cd "$work"
"$bin/python" -c 'import jixiao; print("jixiao", jixiao.__version__, "from", jixiao.__file__)'
"$bin/python" -m pytest -q -p no:cacheprovider "$repo/python/tests"
