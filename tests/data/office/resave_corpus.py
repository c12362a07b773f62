#!/usr/bin/env python3
"""Re-save every corpus file with LibreOffice, in its own format, as `<stem>.lo.<ext>`.

Run:  python3 resave_corpus.py          (called by make_corpus.py; needs LibreOffice's `soffice`)

Each `corpus/<stem>.xlsx` is opened and saved again by LibreOffice Calc ("Calc MS Excel 2007
XML") as `corpus/<stem>.lo.xlsx`, each `.xls` ("MS Excel 97") as `<stem>.lo.xls` and each
`.docx` by Writer ("MS Word 2007 XML") as `<stem>.lo.docx`: the same tables as another program
writes them (shared strings, its own styles and number formats, `<w:vMerge/>`, …), which
`tests/import_corpus.rs` checks against the same spec as the originals.

The workbooks of numbers under their formats and of hidden rows (`percent-formats`,
`literal-formats`, `hidden-rows`; `.xlsx` and `.xls`, by `make_formats_xlsx.py`) are re-saved
beside them as `<stem>.lo.xlsx` / `.lo.xls`, and so is the Word form with a nested table
(`nested-table.docx`, by `make_nested_docx.py`).

Without `soffice` on PATH the committed `.lo.*` files are kept as they are (CI has no
LibreOffice). Deterministic as far as LibreOffice allows: the OOXML zips are rewritten with
fixed entry times, fixed docProps dates and no editing time; the `.xls` files are kept as
LibreOffice writes them (with LibreOffice 7.4 two runs a minute apart gave the same bytes for
all 48 files). Another LibreOffice version may write other XML.
"""

import glob
import os
import shutil
import subprocess
import sys
import tempfile

from make_office_files import normalize_zip

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")

# extension -> LibreOffice export filter for the same format
FILTERS = {
    "xlsx": "Calc MS Excel 2007 XML",
    "xls": "MS Excel 97",
    "docx": "MS Word 2007 XML",
}


def originals():
    """The corpus files written by make_corpus.py (not the re-saves), sorted."""
    out = []
    for ext in FILTERS:
        for path in glob.glob(os.path.join(OUT, f"*.{ext}")):
            if not path.endswith(f".lo.{ext}"):
                out.append(path)
    return sorted(out)


def resave(soffice, files, out=OUT):
    """Re-save `files` (all of one extension) with LibreOffice into `out`; returns the paths
    written."""
    ext = files[0].rsplit(".", 1)[1]
    written = []
    with tempfile.TemporaryDirectory(prefix="lo-resave-") as tmp:
        # a private profile: LibreOffice refuses to share one, and it runs headless as root
        profile = "file://" + os.path.join(tmp, "profile")
        outdir = os.path.join(tmp, "out")
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
             f"{ext}:{FILTERS[ext]}", "--outdir", outdir, *files],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1200,
        )
        for src in files:
            stem = os.path.basename(src)[: -len(ext) - 1]
            made = os.path.join(outdir, f"{stem}.{ext}")
            if not os.path.exists(made):
                sys.exit(f"LibreOffice did not re-save {os.path.relpath(src, HERE)}")
            dst = os.path.join(out, f"{stem}.lo.{ext}")
            shutil.move(made, dst)
            if ext != "xls":
                normalize_zip(dst)
            written.append(dst)
    return written


def main():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        kept = sorted(glob.glob(os.path.join(OUT, "*.lo.*")))
        print(f"soffice not found: kept the {len(kept)} committed LibreOffice re-saves as they are")
        return
    written = []
    for ext in FILTERS:
        files = [f for f in originals() if f.endswith(f".{ext}")]
        if files:
            written += resave(soffice, files)
    # numbers under their formats (percentages, decimals), which the corpus hardly holds: the
    # workbooks of make_formats_xlsx.py, checked by tests/import_office.rs
    for ext in ("xlsx", "xls"):
        files = [os.path.join(HERE, f"{stem}.{ext}") for stem in ("percent-formats", "literal-formats", "hidden-rows", "hidden-sheet")]
        written += resave(soffice, files, out=HERE)
    # a form drawn as one big table, its indicators a table nested in a cell (make_nested_docx.py)
    written += resave(soffice, [os.path.join(HERE, "nested-table.docx")], out=HERE)
    # a paragraph before each Word table (make_titled_tables.py)
    written += resave(soffice, [os.path.join(HERE, f"{stem}.docx") for stem in ("titled-tables", "named-tables", "budgeted-tables", "continued-table", "unit-paragraphs", "numbered-paragraphs", "budget-only")], out=HERE)
    written += resave(soffice, [os.path.join(HERE, f"{stem}.xlsx") for stem in ("titled-tables", "budgeted-tables")], out=HERE)
    # cells merged down over several rows (make_merged_down.py), in each format
    for ext in ("xlsx", "xls", "docx"):
        files = [os.path.join(HERE, f"{stem}.{ext}") for stem in ("merged-down", "monitor-merged-down")]
        written += resave(soffice, files, out=HERE)
    for w in written:
        print(os.path.relpath(w, HERE))


if __name__ == "__main__":
    main()
