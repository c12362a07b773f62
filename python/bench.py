#!/usr/bin/env python3
"""parse_many on the real target values against the Rust parse loop, per value.

    python python/bench.py              # both sides, in one run (the Rust side with cargo bench)
    python python/bench.py --rust-ns 64 # the Python side only, against a Rust figure given

The Rust side is criterion's `threshold/jixiao` (checks/benches/threshold.rs): Threshold::parse
over the 163 values of data/real-values.tsv's target column, one pass after another. The Python
side is parse_many over the same values, two ways:

- `column`: one call on the 163 values repeated 100 times (16 300 rows, as parse_loop reads
  them): a data frame's column. The crossing into Python is paid once per call, and each
  distinct decimal and unit is made into a Python object once per call.
- `fresh`: the same column made of new `str` objects before each timing (as a file reader makes
  them): CPython makes each one's UTF-8 on the first request, inside the time.
- `call`: one call per pass of the 163 values: the per-call costs (the join, the GIL released
  and taken back, the 59 distinct decimals made anew) spread over 163 rows only.

Each figure is the best of several rounds (the machine is shared), in ns per value, with the
result columns built and freed as a caller would.
"""

import argparse
import pathlib
import re
import statistics
import subprocess
import sys
import timeit

# the script's folder holds the package's sources (jixiao/ without its compiled module): use the
# installed wheel
sys.path = [p for p in sys.path if pathlib.Path(p or ".").resolve() != pathlib.Path(__file__).resolve().parent]
import jixiao  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[1]


def real_values():
    lines = (ROOT / "data" / "real-values.tsv").read_text(encoding="utf-8").splitlines()[1:]
    values = [line.split("\t")[4] for line in lines if len(line.split("\t")) > 4]
    assert len(values) == 163, len(values)
    return values


def fresh_column_ns(column):
    """One call on a column of new str objects (as a file reader makes them), whose UTF-8 CPython
    has not made yet: the setup of each timing makes them, outside the time."""
    env = {"jixiao": jixiao, "column": column}
    setup = "fresh = [v.encode().decode() for v in column]"
    return min(timeit.repeat("jixiao.parse_many(fresh)", setup=setup, globals=env, number=1, repeat=10)) / len(column) * 1e9


def python_ns(values, rounds):
    column = values * 100
    per_column, per_call, per_fresh = [], [], []
    for _ in range(rounds):
        per_column.append(min(timeit.repeat(lambda: jixiao.parse_many(column), number=10, repeat=5)) / 10 / len(column) * 1e9)
        per_call.append(min(timeit.repeat(lambda: jixiao.parse_many(values), number=1000, repeat=5)) / 1000 / len(values) * 1e9)
        per_fresh.append(fresh_column_ns(column))
    return per_column, per_call, per_fresh


UNITS = {"ns": 1.0, "µs": 1e3, "us": 1e3, "ms": 1e6}


def rust_ns(values):
    cmd = [
        "cargo", "bench", "-p", "jixiao-checks", "--bench", "threshold", "--",
        "threshold/jixiao", "--warm-up-time", "2", "--measurement-time", "5",
    ]
    print("$", " ".join(cmd), file=sys.stderr)
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    m = re.search(r"threshold/jixiao\s+time:\s+\[\S+ \S+ (\S+) (\S+) \S+ \S+\]", out)
    if not m:
        sys.exit("no criterion estimate in the output:\n" + out)
    return float(m.group(1)) * UNITS[m.group(2)] / len(values)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rust-ns", type=float, help="the Rust loop's ns per value, instead of running cargo bench")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    values = real_values()
    jixiao.parse_many(values * 100)  # warm up
    col1, call1, fresh1 = python_ns(values, args.rounds)
    rust = args.rust_ns if args.rust_ns is not None else rust_ns(values)
    col2, call2, fresh2 = python_ns(values, args.rounds)
    column, call, fresh = min(col1 + col2), min(call1 + call2), min(fresh1 + fresh2)
    print(f"values: {len(values)} real target values (data/real-values.tsv), jixiao {jixiao.__version__}, Python {sys.version.split()[0]}")
    print(f"Rust Threshold::parse loop (criterion threshold/jixiao): {rust:.1f} ns/value")
    print(f"parse_many, one call of 16 300 values:   {column:.1f} ns/value = {column / rust:.2f}x the Rust loop"
          f" (median of rounds {statistics.median(col1 + col2):.1f})")
    print(f"parse_many, the same on new str objects: {fresh:.1f} ns/value = {fresh / rust:.2f}x the Rust loop"
          f" (median of rounds {statistics.median(fresh1 + fresh2):.1f})")
    print(f"parse_many, one call per 163 values:    {call:.1f} ns/value = {call / rust:.2f}x the Rust loop"
          f" (median of rounds {statistics.median(call1 + call2):.1f})")


if __name__ == "__main__":
    main()
