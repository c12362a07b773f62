#!/usr/bin/env python3
"""The minimum supported Rust version (rust-version in Cargo.toml) against the dependencies.

Only one toolchain is available on the CI machines, so the declared MSRV cannot be compiled
with. This checks what can be checked: that no crate the library builds with (normal
dependencies, every feature) declares a rust-version above the library's own. Clippy's
`incompatible_msrv` lint checks the library's own use of the standard library.
"""
import json
import subprocess
import sys


def version(v):
    # "1.88" and "1.88.0" are the same version
    parts = [int(x) for x in v.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


meta = json.loads(
    subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--all-features", "--locked"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
)
packages = {p["id"]: p for p in meta["packages"]}
root = next(p for p in meta["packages"] if p["name"] == "jixiao")
ours = root.get("rust_version")
if not ours:
    sys.exit("jixiao declares no rust-version")
nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}

# the library's own dependency graph: normal dependencies only (no dev or build-only kinds)
seen, todo = set(), [root["id"]]
while todo:
    node = nodes[todo.pop()]
    for dep in node["deps"]:
        if any(k["kind"] is None for k in dep["dep_kinds"]) and dep["pkg"] not in seen:
            seen.add(dep["pkg"])
            todo.append(dep["pkg"])

too_new = [
    f'{packages[p]["name"]} {packages[p]["version"]} needs {packages[p]["rust_version"]}'
    for p in sorted(seen)
    if packages[p].get("rust_version") and version(packages[p]["rust_version"]) > version(ours)
]
if too_new:
    sys.exit(f"rust-version {ours} is below what these dependencies need:\n  " + "\n  ".join(too_new))
print(f"rust-version {ours}: every one of the {len(seen)} dependencies of the library allows it")
