#!/usr/bin/env bash
# The schema contract from other languages: Python validation, then the TypeScript check when npm
# can install its two packages. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")"

python3 check.py

if ! command -v npm >/dev/null 2>&1; then
  echo "typescript: skipped (npm is not installed)"
  exit 0
fi
cd ts
if ! timeout 300 npm install --silent --no-audit --no-fund --no-package-lock >/dev/null 2>&1; then
  echo "typescript: skipped (npm could not install json-schema-to-typescript and typescript)"
  exit 0
fi
npm run --silent check
# the checked-in types must be what the schema generates
if command -v git >/dev/null 2>&1 && git rev-parse --git-dir >/dev/null 2>&1; then
  git diff --exit-code -- jixiao.d.ts || { echo "schema/ts/jixiao.d.ts is stale: run 'npm run generate' in schema/ts and commit it"; exit 1; }
fi
