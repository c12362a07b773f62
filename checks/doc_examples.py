"""Share of the crate's public items with a doc example (a ``` block in their `///` comment).

Run from anywhere: `python3 checks/doc_examples.py` prints the share; with any argument
(`python3 checks/doc_examples.py x`) it also lists the items without an example, file:line.
A public item is a `pub fn|struct|enum|trait|const|type|mod` line of src/ outside `#[cfg(test)]`.
"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
items = 0
with_ex = 0
missing = []
for f in sorted(glob.glob(os.path.join(ROOT, 'src', '**', '*.rs'), recursive=True)):
    lines = open(f, encoding='utf-8').read().split('\n')
    doc = []
    in_test = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('#[cfg(test)]'):
            in_test = True
        if s.startswith('///'):
            doc.append(s)
            continue
        if s.startswith('#['):
            continue
        m = re.match(r'pub (fn|struct|enum|trait|const|type|mod) (\w+)', s)
        if m and not in_test and not s.startswith('pub('):
            items += 1
            if any('```' in d for d in doc):
                with_ex += 1
            else:
                missing.append(f"{os.path.relpath(f, ROOT)}:{i + 1} {m.group(1)} {m.group(2)}")
        doc = []
print(f"{with_ex}/{items} = {100 * with_ex / items:.1f}%")
if len(sys.argv) > 1:
    print('\n'.join(missing))
