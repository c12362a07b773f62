#!/usr/bin/env python3
"""Write the corpus of real published tables (specs/*.json) as Office files in corpus/.

Run:  python3 make_corpus.py            (needs: pip install openpyxl python-docx xlwt)

Each spec (see specs/FORMAT.md) is one table transcribed from a public page, laid out as its
template lays it out. This writes it in every format (its `formats` say how it was published):

- .xlsx with openpyxl: merged regions, wrapped text, numbers with their number format;
- .xls with xlwt (BIFF8, as older finance systems write): the same;
- .docx with python-docx: the heading paragraph, then one table with horizontal merges as
  gridSpan and vertical ones as vMerge (restart / continue), as Word writes them.

Deterministic: fixed document properties and zip times, so a re-run gives the same bytes.

Then `resave_corpus.py` re-saves every file with LibreOffice as `<stem>.lo.<ext>` (when
`soffice` is on PATH; else the committed re-saves are kept).
"""

import datetime
import glob
import io
import json
import os
import re
import zipfile

import docx
import openpyxl
import resave_corpus
import xlwt
from docx.oxml.ns import qn
from openpyxl.styles import Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
SPECS = os.path.join(HERE, "specs")
OUT = os.path.join(HERE, "corpus")
FIXED = datetime.datetime(2025, 1, 1)


def number(text):
    """The stored number of a numeric cell ("1", "0.2", "381.00")."""
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


def covered(spec):
    """(row, col) of every cell inside a merge but not its first cell."""
    out = set()
    for r0, c0, r1, c1 in spec.get("merges", []):
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    out.add((r, c))
    return out


def with_heading(spec):
    """The spec with its heading as a first row, merged across: how a workbook titles a table."""
    if not spec.get("heading"):
        return spec
    width = len(spec["rows"][0])
    out = dict(spec)
    out["rows"] = [[spec["heading"]] + [""] * (width - 1)] + spec["rows"]
    out["merges"] = [[0, 0, 0, width - 1]] + [[r0 + 1, c0, r1 + 1, c1] for r0, c0, r1, c1 in spec.get("merges", [])]
    out["numbers"] = {f"{int(k.split(',')[0]) + 1},{k.split(',')[1]}": v for k, v in spec.get("numbers", {}).items()}
    return out


def write_xlsx(spec, path):
    spec = with_heading(spec)
    wb = openpyxl.Workbook()
    wb.properties.creator = "jixiao corpus"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = spec.get("sheet", "Sheet1")
    numbers = spec.get("numbers", {})
    skip = covered(spec)
    for r, row in enumerate(spec["rows"]):
        for c, text in enumerate(row):
            if (r, c) in skip or text == "":
                continue
            cell = ws.cell(row=r + 1, column=c + 1)
            fmt = numbers.get(f"{r},{c}")
            if fmt is not None:
                cell.value = number(text)
                cell.number_format = fmt
            else:
                cell.value = text
                # text that starts with `=` (`=10个`) is text, as a table typed it, not a formula
                cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    for r0, c0, r1, c1 in spec.get("merges", []):
        ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
    buf = io.BytesIO()
    wb.save(buf)
    fixed_zip(buf.getvalue(), path)


def write_xls(spec, path):
    spec = with_heading(spec)
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(spec.get("sheet", "Sheet1"))
    numbers = spec.get("numbers", {})
    skip = covered(spec)
    styles = {}

    def style(fmt):
        if fmt not in styles:
            s = xlwt.XFStyle()
            s.num_format_str = fmt or "General"
            s.alignment.wrap = 1
            styles[fmt] = s
        return styles[fmt]

    starts = {(m[0], m[1]): m for m in spec.get("merges", [])}
    for r, row in enumerate(spec["rows"]):
        for c, text in enumerate(row):
            if (r, c) in skip:
                continue
            fmt = numbers.get(f"{r},{c}")
            value = number(text) if fmt is not None else text
            if (r, c) in starts:
                r0, c0, r1, c1 = starts[(r, c)]
                ws.write_merge(r0, r1, c0, c1, value, style(fmt))
            elif text != "":
                ws.write(r, c, value, style(fmt))
    wb.save(path)


def write_docx(spec, path):
    d = docx.Document()
    d.core_properties.author = "jixiao corpus"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    if spec.get("heading"):
        d.add_paragraph(spec["heading"])
    rows = spec["rows"]
    width = len(rows[0])
    table = d.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    skip = covered(spec)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if (r, c) in skip or text == "":
                continue
            lines = text.split("\n")
            cell = table.cell(r, c)
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    for r0, c0, r1, c1 in spec.get("merges", []):
        table.cell(r0, c0).merge(table.cell(r1, c1))
    buf = io.BytesIO()
    d.save(buf)
    fixed_zip(buf.getvalue(), path)


def fixed_zip(data, path):
    """`data` (an OOXML zip) written to `path` with every entry dated 1980-01-01."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl writes the time of saving as `modified`, whatever the properties say
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>", body)
            z.writestr(entry, body)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def check(spec, name):
    rows = spec["rows"]
    width = len(rows[0])
    assert all(len(r) == width for r in rows), f"{name}: rows of different lengths"
    for m in spec.get("merges", []):
        r0, c0, r1, c1 = m
        assert 0 <= r0 <= r1 < len(rows) and 0 <= c0 <= c1 < width, f"{name}: merge {m} out of range"


def main():
    os.makedirs(OUT, exist_ok=True)
    written = []
    for path in sorted(glob.glob(os.path.join(SPECS, "*.json"))):
        with open(path, encoding="utf-8") as f:
            spec = json.load(f)
        check(spec, os.path.basename(path))
        # every table in every format: a template is read alike from Word and Excel files (the
        # spec's `formats` says how it was published; the others are written as well)
        for fmt in ["xlsx", "xls", "docx"]:
            out = os.path.join(OUT, f"{spec['id']}.{fmt}")
            {"xlsx": write_xlsx, "xls": write_xls, "docx": write_docx}[fmt](spec, out)
            written.append(out)
    for w in written:
        print(os.path.relpath(w, HERE))
    # the same files as LibreOffice saves them, after the originals they are made from
    resave_corpus.main()


if __name__ == "__main__":
    main()
