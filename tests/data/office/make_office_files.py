#!/usr/bin/env python3
"""Make the Office test files for jixiao (预算绩效目标表 / 绩效自评表).

Run:  python3 make_office_files.py [--out DIR] [--no-lo] [--no-verify]

Inputs (read only, from the repository this script sits in, three folders up):
  data/tianjin-2025-emergency-center.txt   (text of a real published DOCX)
  data/self_eval/01-yongde.tsv 03-zhongjiang.tsv 04-jishan.tsv 07-tianchang.tsv

Outputs (in --out, default: the folder of this script):
  tianjin-2025-targets.docx         four target tables, one Word table per project
  tianjin-2025-targets.split.docx   same, but each project as two tables (preamble + indicators)
                                    with the empty paragraphs of the original: read the way the
                                    text file was extracted, it gives the text file byte for byte
  tianjin-2025-targets.lo.docx      tianjin-2025-targets.docx re-saved by LibreOffice (if soffice)
  self-eval-01-yongde.xlsx  self-eval-03-zhongjiang.xlsx  self-eval-04-jishan.xlsx
  self-eval-07-tianchang.xlsx  self-eval-multi.xlsx  self-eval-01-yongde.xls
  README.md

Deterministic: fixed document properties, fixed zip entry times (1980-01-01), so a re-run gives
the same bytes for everything except the LibreOffice file (see README).

Requires: pip install python-docx openpyxl xlwt xlrd ; LibreOffice (soffice) optional.
"""

import argparse
import copy
import datetime
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
TIANJIN_TXT = os.path.join(REPO, "data", "tianjin-2025-emergency-center.txt")
TSV_DIR = os.path.join(REPO, "data", "self_eval")
FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)
FIXED_ISO = "2025-01-01T00:00:00Z"
AUTHOR = "jixiao test fixtures"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % W_NS


# --------------------------------------------------------------------------------------------
# zip normalisation (fixed timestamps, fixed core.xml dates)
# --------------------------------------------------------------------------------------------

def normalize_zip(path, drop=()):
    """Rewrite an OOXML zip with fixed entry times and fixed dcterms dates; leave out `drop`."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist() if i.filename not in drop]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for name, data in entries:
            if name == "_rels/.rels" and drop:
                for d in drop:
                    data = re.sub(rb'<Relationship [^>]*Target="/?' + re.escape(d.encode()) + rb'"/>', b"", data)
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                              lambda m: m.group(1) + FIXED_ISO.encode() + m.group(3), data)
            if name == "docProps/app.xml":
                # the total editing time varies from run to run (LibreOffice writes it)
                data = re.sub(rb"<TotalTime>[^<]*</TotalTime>", b"<TotalTime>0</TotalTime>", data)
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            out.writestr(zi, data, compresslevel=9)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------------------------
# Tianjin text -> projects
# --------------------------------------------------------------------------------------------

def parse_tianjin(path):
    """Parse the extracted text into projects.

    Returns a list of dicts: bookmark, heading, tables (list of tables, each a list of rows,
    each row a list of cells, each cell a list of paragraph strings), and the number of empty
    paragraphs that follow each table (`after`).
    """
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    projects = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        m = re.match(r"^ ?\[bookmark: ([^\]]+)\](.*)$", line)
        assert m, "expected a heading at line %d: %r" % (i + 1, line)
        proj = {"bookmark": m.group(1), "heading": m.group(2), "tables": [], "after": []}
        projects.append(proj)
        i += 1
        # tables follow until the next heading
        while i < n and not lines[i].lstrip(" ").startswith("[bookmark:"):
            rows = []
            while True:
                # one row: cell lines until a blank line
                row = []
                while True:
                    if lines[i] == "":
                        # A blank line right after a continued cell, followed by one more blank
                        # line and then a cell: the cell ends with an empty paragraph (project 3's
                        # purpose cell: "(1)…(2)…(3)…" and an empty 4th paragraph). Read as row end
                        # + table end instead, it would make two tables touching with no
                        # paragraph between them, which Word does not keep.
                        if (row and not lines[i - 1].startswith("\t") and i + 2 < n
                                and lines[i + 1] == "" and lines[i + 2].startswith("\t")):
                            row[-1].append("")
                            i += 1
                            continue
                        break
                    if lines[i].startswith("\t"):
                        row.append([lines[i][1:]])
                    else:
                        row[-1].append(lines[i])      # paragraph break inside the cell
                    i += 1
                rows.append(row)
                i += 1                                # the row's own newline
                if lines[i] == "":                    # the table's own newline
                    i += 1
                    break
            proj["tables"].append(rows)
            empties = 0
            while i < n and lines[i] == "":
                empties += 1
                i += 1
            proj["after"].append(empties)
    return projects, text


# --------------------------------------------------------------------------------------------
# DOCX building (raw WordprocessingML inside a python-docx package)
# --------------------------------------------------------------------------------------------

def _t(text):
    sp = ' xml:space="preserve"' if (text != text.strip() or "  " in text) else ""
    return "<w:t%s>%s</w:t>" % (sp, escape(text))


RPR = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>'


def para_xml(text, jc=None, bold=False, size=21, bookmark=None, spacing=True):
    ppr = []
    if spacing:
        ppr.append('<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>')
    if jc:
        ppr.append('<w:jc w:val="%s"/>' % jc)
    rpr = RPR % ("<w:b/><w:bCs/>" if bold else "", size, size)
    body = ""
    if text:
        body = "<w:r>%s%s</w:r>" % (rpr, _t(text))
    if bookmark:
        bid, name = bookmark
        body = '<w:bookmarkStart w:id="%d" w:name="%s"/>%s<w:bookmarkEnd w:id="%d"/>' % (
            bid, name, body, bid)
    return "<w:p><w:pPr>%s%s</w:pPr>%s</w:p>" % ("".join(ppr), rpr, body)


BORDERS = ('<w:tblBorders>' + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % s
                                      for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
           + '</w:tblBorders>')


def tc_xml(paras, width, span=1, vmerge=None, jc="center", borders=None):
    pr = ['<w:tcW w:w="%d" w:type="dxa"/>' % width]
    if span > 1:
        pr.append('<w:gridSpan w:val="%d"/>' % span)
    if vmerge == "restart":
        pr.append('<w:vMerge w:val="restart"/>')
    elif vmerge == "continue":
        pr.append('<w:vMerge/>')                 # no w:val = continue, as Word writes it
    if borders:
        pr.append(borders)
    pr.append('<w:vAlign w:val="center"/>')
    ps = "".join(para_xml(p, jc=jc) for p in paras)
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % ("".join(pr), ps)


NO_BORDER_TOP_SIDES = ('<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/>'
                       '<w:right w:val="nil"/></w:tcBorders>')


def tbl_xml(grid, rows):
    """rows: list of dicts {cells: [(paras, span, vmerge, jc, borders)], grid_after, height}"""
    out = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>%s'
           '<w:tblLayout w:type="fixed"/>'
           '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
           '</w:tblPr>' % (sum(grid), BORDERS)]
    out.append("<w:tblGrid>%s</w:tblGrid>" % "".join('<w:gridCol w:w="%d"/>' % g for g in grid))
    for r in rows:
        trpr = []
        if r.get("grid_after"):
            ga = r["grid_after"]
            trpr.append('<w:gridAfter w:val="%d"/><w:wAfter w:w="%d" w:type="dxa"/>'
                        % (ga, sum(grid[len(grid) - ga:])))
        trpr.append('<w:trHeight w:val="%d"/>' % r.get("height", 397))
        if r.get("header"):
            trpr.append("<w:tblHeader/>")
        if r.get("cant_split"):
            trpr.append("<w:cantSplit/>")
        out.append("<w:tr><w:trPr>%s</w:trPr>" % "".join(trpr))
        col = 0
        for paras, span, vmerge, jc, borders in r["cells"]:
            width = sum(grid[col:col + span])
            out.append(tc_xml(paras, width, span, vmerge, jc, borders))
            col += span
        assert col + r.get("grid_after", 0) == len(grid), (col, r)
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def cell_jc(paras):
    text = "".join(paras)
    return "both" if len(text) > 24 or len(paras) > 1 else "center"


# grid of the one-table layout (twips); text width of A4 with 1800/1800 margins is 8306
GRID7 = [1300, 1100, 1000, 1400, 1000, 1200, 1300]
# indicator rows on GRID7: 一级 | 二级 | 三级 (2 cols) | 绩效指标描述 (2 cols) | 指标值
IND_SPANS7 = [1, 1, 2, 2, 1]
GRID5 = [1300, 1100, 2400, 2200, 1300]      # the separate indicator table of the split variant


def tianjin_rows(project, split):
    """Lay out one project's rows. Returns a list of tables: (grid, rows)."""
    tables = project["tables"]
    assert len(tables) == 2, "expected preamble + indicator table in the text"
    pre, ind = tables
    # ---- preamble (5 rows) ----
    assert [len(r) for r in pre] == [2, 2, 7, 2, 2], [len(r) for r in pre]
    assert pre[1][0] == ["项目名称"] and pre[2][0] == ["预算规模及资金用途"] and pre[3][0] == [""]
    assert pre[4][0] == ["绩效目标"] and pre[0][1] == ["单位：万元"]
    rows = []
    # unit line: unit name over 4 columns, 单位 over 2, and the last grid column left out of the
    # row (w:gridAfter=1): the unit line does not reach the table's right edge
    rows.append({"cells": [(pre[0][0], 4, None, "left", NO_BORDER_TOP_SIDES),
                           (pre[0][1], 2, None, "right", NO_BORDER_TOP_SIDES)],
                 "grid_after": 1})
    rows.append({"cells": [(pre[1][0], 1, None, "center", None),
                           (pre[1][1], 6, None, "left", None)]})
    cells = [(pre[2][0], 1, "restart", "center", None)]
    cells += [(c, 1, None, "center", None) for c in pre[2][1:]]
    rows.append({"cells": cells})
    rows.append({"cells": [(pre[3][0], 1, "continue", "center", None),
                           (pre[3][1], 6, None, "both", None)], "height": 1000})
    rows.append({"cells": [(pre[4][0], 1, None, "center", None),
                           (pre[4][1], 6, None, "both", None)], "height": 800})
    # ---- indicators ----
    assert all(len(r) == 5 for r in ind)
    assert [c[0] for c in ind[0]] == ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"]
    spans = [1] * 5 if split else IND_SPANS7
    irows = []
    for k, r in enumerate(ind):
        cells = []
        for j, c in enumerate(r):
            vm = None
            if j == 0 and k > 0:
                below_empty = k + 1 < len(ind) and ind[k + 1][0] == [""]
                if c == [""]:
                    vm = "continue"
                elif below_empty:
                    vm = "restart"
            cells.append((c, spans[j], vm, cell_jc(c), None))
        irows.append({"cells": cells, "header": k == 0, "cant_split": True})
    if split:
        return [(GRID7, rows), (GRID5, irows)]
    return [(GRID7, rows + irows)]


def build_tianjin_docx(projects, path, split):
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Twips

    d = docx.Document()
    cp = d.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.comments = "jixiao test fixture rebuilt from tianjin-2025-emergency-center.txt"
    cp.title = "2025年天津市环境应急与事故调查中心项目绩效目标表"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    sec = d.sections[0]
    sec.page_width, sec.page_height = Twips(11906), Twips(16838)
    sec.left_margin = sec.right_margin = Twips(1800)
    sec.top_margin = sec.bottom_margin = Twips(1440)
    # Normal: 宋体 for East Asian text
    normal = d.styles["Normal"].element
    rpr = normal.get_or_add_rPr()
    rfonts = rpr.find(W + "rFonts")
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts xmlns:w="%s"/>' % W_NS)
        rpr.insert(0, rfonts)
    rfonts.set(W + "eastAsia", "宋体")

    body = d.element.body
    sectpr = body[-1]
    ns = 'xmlns:w="%s"' % W_NS

    def add(xml):
        el = parse_xml(xml.replace("<w:p>", "<w:p %s>" % ns, 1) if xml.startswith("<w:p>")
                       else xml.replace("<w:tbl>", "<w:tbl %s>" % ns, 1))
        sectpr.addprevious(el)

    for k, p in enumerate(projects):
        add(para_xml(p["heading"], jc="center", bold=True, size=28,
                     bookmark=(k, p["bookmark"]), spacing=False))
        tables = tianjin_rows(p, split)
        for t, (grid, rows) in enumerate(tables):
            add(tbl_xml(grid, rows))
            if split:
                empties = p["after"][t]
            else:
                empties = p["after"][-1]
            if not split and t < len(tables) - 1:
                empties = 0
            for _ in range(empties):
                add(para_xml(""))
    d.save(path)
    # python-docx's template carries a thumbnail of its own blank page: leave it out
    normalize_zip(path, drop=("docProps/thumbnail.jpeg",))


# --------------------------------------------------------------------------------------------
# DOCX reading for verification (the way the text file was extracted)
# --------------------------------------------------------------------------------------------

def docx_text_like_extract(path):
    """Body paragraphs -> text + '\\n' (bookmarks as '[bookmark: NAME]'); tables -> per cell
    '\\t' + paragraphs joined by '\\n' + '\\n', per row '\\n', per table '\\n'."""
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")

    def ptext(p):
        out = []
        for el in p.iter(W + "t", W + "bookmarkStart", W + "tab", W + "br"):
            if el.tag == W + "t":
                out.append(el.text or "")
            elif el.tag == W + "bookmarkStart":
                name = el.get(W + "name")
                if name != "_GoBack":
                    out.append("[bookmark: %s]" % name)
            else:
                out.append("\t" if el.tag == W + "tab" else "\n")
        return "".join(out)

    buf = []
    for el in body:
        if el.tag == W + "p":
            buf.append(ptext(el) + "\n")
        elif el.tag == W + "tbl":
            for tr in el.findall(W + "tr"):
                for tc in tr.findall(W + "tc"):
                    buf.append("\t" + "\n".join(ptext(p) for p in tc.findall(W + "p")) + "\n")
                buf.append("\n")
            buf.append("\n")
    return "".join(buf)


def docx_tables(path):
    """Tables as lists of rows of cells (cell = tuple of paragraph texts), plus merge info."""
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    res = []
    for tbl in root.iter(W + "tbl"):
        rows = []
        for tr in tbl.findall(W + "tr"):
            row = []
            for tc in tr.findall(W + "tc"):
                paras = tuple("".join(t.text or "" for t in p.iter(W + "t")) for p in tc.findall(W + "p"))
                row.append(paras)
            rows.append(row)
        res.append(rows)
    return res


def verify_docx(path, projects, original_text, exact, loose=False):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    stats = {
        "gridSpan": len(re.findall(r"<w:gridSpan ", xml)),
        "vMerge restart": len(re.findall(r'<w:vMerge w:val="restart"/>', xml)),
        "vMerge continue": len(re.findall(r'<w:vMerge/>|<w:vMerge w:val="continue"/>', xml)),
        "gridAfter": len(re.findall(r"<w:gridAfter ", xml)),
        "gridBefore": len(re.findall(r"<w:gridBefore ", xml)),
        "tables": len(re.findall(r"<w:tbl[ >]", xml)),
        "bookmarks": len(re.findall(r"<w:bookmarkStart ", xml)),
    }
    # rows and cells: every project's rows (preamble + indicators) in order
    want = []
    for p in projects:
        for t in p["tables"]:
            want.extend([tuple(tuple(c) for c in r) for r in t])
    got = []
    for t in docx_tables(path):
        got.extend([tuple(r) for r in t])
    # LibreOffice may turn an empty cell into one empty paragraph; both read as ("",)
    norm = lambda rows: [tuple(c if c != () else ("",) for c in r) for r in rows]
    got, want = norm(got), norm(want)
    if loose:
        # what LibreOffice changes: the row with w:gridAfter gets a real (empty) cell instead,
        # and trailing spaces at the end of a paragraph are dropped
        diffs = []
        assert len(got) == len(want), "row count differs"
        for g, w in zip(got, want):
            if g == w:
                continue
            g2 = list(g)
            if len(g2) == len(w) + 1 and g2[-1] == ("",):
                g2.pop()
                diffs.append("gridAfter row got an extra empty cell")
            if tuple(g2) != w:
                assert [tuple(x.rstrip() for x in c) for c in g2] == [tuple(x.rstrip() for x in c) for c in w], (g, w)
                diffs.append("trailing spaces dropped: %r -> %r" % (w, tuple(g2)))
        stats["differences from the source"] = "; ".join(sorted(set(d for d in diffs if "gridAfter" in d))) + \
            ("; " + "; ".join(sorted(set(d for d in diffs if "gridAfter" not in d))) if any("gridAfter" not in d for d in diffs) else "")
        stats["rows"] = "same rows as the text otherwise"
        return stats
    assert got == want, "rows differ"
    if exact:
        extracted = docx_text_like_extract(path)
        assert extracted == original_text.lstrip(" "), "text layout differs"
        stats["text layout"] = "identical to the .txt (but its leading space)"
    return stats


# --------------------------------------------------------------------------------------------
# Self-evaluation tables: TSV -> sheet layout
# --------------------------------------------------------------------------------------------

def read_tsv(name):
    with open(os.path.join(TSV_DIR, name), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f if l.strip("\n")]
    kv = {}
    ind_header = None
    inds = []
    for r in rows:
        if r[0] == "一级指标":
            ind_header = r
        elif ind_header is not None:
            inds.append(dict(zip(ind_header, r)))
        else:
            kv[r[0]] = r[1]
    return kv, ind_header, inds


def as_number(s):
    """'735' -> 735, '387664.62' -> 387664.62; anything else stays text."""
    if re.fullmatch(r"\d+", s):
        return int(s)
    if re.fullmatch(r"\d+\.\d+", s):
        v = float(s)
        assert repr(v) == s, s
        return v
    return s


class Layout:
    """Cells and merges of one table, row/col 1-based, relative to the table's top-left."""

    def __init__(self, key, ncols, numeric):
        self.key = key
        self.ncols = ncols
        self.numeric = numeric
        self.cells = {}      # (r, c) -> (value, kind)
        self.merges = []     # (r1, c1, r2, c2)
        self.nrows = 0
        self.widths = {}
        self.heights = {}
        self.notes = {}      # info for the README

    def put(self, r, c, value, kind="value", rs=1, cs=1):
        assert (r, c) not in self.cells, (self.key, r, c)
        self.cells[(r, c)] = (value, kind)
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                if (rr, cc) != (r, c):
                    self.cells[(rr, cc)] = (None, kind)     # covered: keep borders
        if rs > 1 or cs > 1:
            self.merges.append((r, c, r + rs - 1, c + cs - 1))
        self.nrows = max(self.nrows, r + rs - 1)
        assert c + cs - 1 <= self.ncols

    def amount(self, s):
        return float(s) if self.numeric else s

    def num(self, s):
        return as_number(s) if self.numeric else s


def indicator_block(L, first_row, first_col, cols, inds, deviation=None):
    """Place indicator rows. cols: list of (tsv field or None). 一级 (cols[0]) and 二级 (cols[1])
    cells left empty in the TSV continue the cell above: they become vertical merges."""
    n = len(inds)
    r0 = first_row
    # runs for 一级
    def runs(field, within=None):
        out = []
        k = 0
        while k < n:
            j = k + 1
            while j < n and inds[j][field] == "" and (within is None or not within(j)):
                j += 1
            out.append((k, j))
            k = j
        return out
    lvl1 = runs("一级指标")
    lvl1_starts = {a for a, _ in lvl1}
    lvl2 = runs("二级指标", within=lambda j: j in lvl1_starts)
    for a, b in lvl1:
        assert inds[a]["一级指标"] != ""
        L.put(r0 + a, first_col, inds[a]["一级指标"], "label", rs=b - a)
    for a, b in lvl2:
        assert inds[a]["二级指标"] != ""
        L.put(r0 + a, first_col + 1, inds[a]["二级指标"], "value", rs=b - a)
    for k, ind in enumerate(inds):
        for j, field in enumerate(cols):
            if j < 2:
                continue
            c = first_col + j
            if field is None:
                v = (deviation or {}).get(k)
                L.put(r0 + k, c, v, "long")
                continue
            s = ind[field]
            if s == "":
                L.put(r0 + k, c, None, "value")
            elif field == "三级指标" or field == "指标性质" or field == "度量单位":
                L.put(r0 + k, c, s, "value")
            else:
                L.put(r0 + k, c, L.num(s), "value")
    return r0 + n


def layout_01(numeric=True):
    kv, hdr, inds = read_tsv("01-yongde.tsv")
    L = Layout("01", 10, numeric)
    A, B, C, D, E, F, G, H, I, J = range(1, 11)
    L.put(1, A, "2022年度项目支出绩效自评表", "title", cs=10)
    L.put(2, A, "部门:临沧市永德县明朗中学", "plain", cs=5)
    L.put(2, J, "公开14表", "plain_right")
    L.put(3, A, "项目名称", "label", cs=2)
    L.put(3, C, kv["项目名称"], "value", cs=8)
    L.put(4, A, "主管部门", "label", cs=2)
    L.put(4, C, "永德县教育体育局", "value", cs=3)
    L.put(4, F, "实施单位", "label", cs=2)
    L.put(4, H, "永德县明朗中学", "value", cs=3)
    assert kv["资金单位"] == "元"
    L.put(5, A, "项目资金\n(元)", "label", rs=5, cs=2)
    L.put(5, C, None, "label")
    for c, t in zip((D, E, F, G, H), ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率")):
        L.put(5, c, t, "label")
    L.put(5, I, "得分", "label", cs=2)
    bud, exe = kv["全年预算数"], kv["全年执行数"]
    L.put(6, C, "年度资金总额", "label")
    L.put(6, D, L.amount(bud), "amount")          # 年初预算数: same as 全年 on the page
    L.put(6, E, L.amount(bud), "amount")
    L.put(6, F, L.amount(exe), "amount")          # lost in the page text; TSV value
    L.put(6, G, L.num(kv["预算执行率分值"]), "value")
    L.put(6, H, "100%", "value")
    L.put(6, I, L.num(kv["预算执行率得分"]), "value", cs=2)
    L.put(7, C, "其中:当年财政拨款", "label")
    L.put(7, D, L.amount(bud), "amount")
    L.put(7, E, L.amount(bud), "amount")
    L.put(7, F, L.amount(exe), "amount")
    for c in (G, H):
        L.put(7, c, "—", "value")
    L.put(7, I, "—", "value", cs=2)
    for r, lab in ((8, "上年结转资金"), (9, "其他资金")):
        L.put(r, C, lab, "label")
        for c in (D, E, F, G, H):
            L.put(r, c, "—", "value")
        L.put(r, I, "—", "value", cs=2)
    L.put(10, A, "年度总体目标", "label", rs=2, cs=2)
    L.put(10, C, "预期目标", "label", cs=4)
    L.put(10, G, "实际完成情况", "label", cs=4)
    goal = "确保每一个学生都能享受到国家政策福利,改善学生体质"
    L.put(11, C, goal, "long", cs=4)
    L.put(11, G, goal, "long", cs=4)
    # two header rows
    L.put(12, A, "绩效指标", "label", cs=3)
    L.put(12, D, "年度指标值", "label", cs=3)
    L.put(12, G, "实际完成值", "label", rs=2)
    L.put(12, H, "分值", "label", rs=2)
    L.put(12, I, "得分", "label", rs=2)
    L.put(12, J, "偏差原因分析及改进措施", "label", rs=2)
    for c, t in zip(range(A, G), ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位")):
        L.put(13, c, t, "label")
    cols = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分", None]
    end = indicator_block(L, 14, A, cols, inds)
    L.put(end, A, "其他需要说明事项", "label", cs=3)
    L.put(end, D, "无", "value", cs=7)
    L.put(end + 1, A, "总分", "label", cs=7)
    L.put(end + 1, H, L.num("100"), "value")          # 分值 total as on the page
    L.put(end + 1, I, L.num(kv["总分"]), "value")
    L.put(end + 1, J, kv["等级"], "value")
    L.widths = {A: 11, B: 13, C: 22, D: 11, E: 11, F: 11, G: 12, H: 8, I: 8, J: 16}
    L.heights = {1: 30, 11: 42, 12: 20, 13: 20}
    L.notes = dict(title_rows=[1], header_rows=[12, 13], label_row=13, first_ind=14, last_ind=end - 1,
                   total_row=end + 1, first_col="A", kv=kv, inds=inds, cols=cols, ind_col=A)
    return L


def layout_03(numeric=False):
    kv, hdr, inds = read_tsv("03-zhongjiang.tsv")
    L = Layout("03", 9, numeric)
    A, B, C, D, E, F, G, H, I = range(1, 10)
    L.put(1, A, "绩效目标自评表(2022年度)", "title", cs=9)
    L.put(2, A, "项目名称", "label", cs=2)
    L.put(2, C, kv["项目名称"], "value", cs=7)
    L.put(3, A, "项目负责人及电话", "label", cs=2)
    L.put(3, C, "谢凯", "value", cs=7)     # the page adds a telephone number: left out here
    L.put(4, A, "主管部门", "label", cs=2)
    L.put(4, C, "中江县水利局", "value", cs=3)
    L.put(4, F, "实施单位", "label", cs=2)
    L.put(4, H, "中江县水利局", "value", cs=2)
    assert kv["资金单位"] == "万元"
    L.put(5, A, "资金情况(万元)", "label", rs=4, cs=2)
    L.put(5, C, None, "label", cs=2)
    for c, t in zip((E, F, G, H, I), ("全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分")):
        L.put(5, c, t, "label")
    L.put(6, C, "年度资金总额:", "label", cs=2)
    L.put(6, E, L.amount(kv["全年预算数"]), "amount")
    L.put(6, F, L.amount(kv["全年执行数"]), "amount")
    L.put(6, G, L.num(kv["预算执行率分值"]), "value")
    L.put(6, H, "100.00%", "value")
    L.put(6, I, L.num(kv["预算执行率得分"]), "value")
    L.put(7, C, "其中:本年财政拨款", "label", cs=2)
    L.put(7, E, L.amount(kv["全年预算数"]), "amount")
    L.put(7, F, L.amount(kv["全年执行数"]), "amount")
    for c in (G, H, I):
        L.put(7, c, None, "value")
    L.put(8, C, "其他资金", "label", cs=2)
    for c in (E, F, G, H, I):
        L.put(8, c, None, "value")
    L.put(9, A, "年度总体目标", "label", rs=2, cs=2)
    L.put(9, C, "年初设定目标", "label", cs=3)
    L.put(9, F, "年度总体目标完成情况综述", "label", cs=4)
    L.put(10, C, "对农村地区供水计量设施设备进行改进,对项目区农业用水计量,为项目区农业生产夯实基础,", "long", cs=3)
    L.put(10, F, "对项目区农业用水计量,为项目区农业生产夯实基础,", "long", cs=4)
    # header row 11; a vertical 绩效指标 label in column A over the header and indicator rows
    L.put(11, A, "绩效指标", "label", rs=1 + len(inds))
    for c, t in zip(range(B, I + 1), ("一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分",
                                      "未完成原因及拟采取的改进措施")):
        L.put(11, c, t, "label")
    cols = ["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分", None]
    end = indicator_block(L, 12, B, cols, inds)
    L.put(end, A, "总分", "label", cs=4)
    L.put(end, E, L.num("100"), "value")    # as on the page (the 分值 column adds up to 100 + 10)
    L.put(end, F, None, "value", cs=2)
    L.put(end, H, L.num(kv["总分"]), "value")
    L.put(end, I, None, "value")
    L.widths = {A: 5, B: 12, C: 13, D: 26, E: 7, F: 12, G: 12, H: 7, I: 16}
    L.heights = {1: 30, 5: 28, 10: 45}
    L.notes = dict(title_rows=[1], header_rows=[11], label_row=11, first_ind=12, last_ind=end - 1,
                   total_row=end, first_col="B", kv=kv, inds=inds, cols=cols, ind_col=B)
    return L


def layout_04(numeric=True):
    kv, hdr, inds = read_tsv("04-jishan.tsv")
    L = Layout("04", 9, numeric)
    A, B, C, D, E, F, G, H, I = range(1, 10)
    L.put(1, A, "稷山县项目支出绩效自评表", "title", cs=9)
    L.put(2, A, "(2020年度)", "subtitle", cs=9)
    L.put(3, A, "项目名称", "label", cs=2)
    L.put(3, C, kv["项目名称"], "value", cs=7)
    L.put(4, A, "主管部门", "label", cs=2)
    L.put(4, C, "稷山县医疗保障局", "value", cs=3)
    L.put(4, F, "实施单位", "label", cs=2)
    L.put(4, H, "稷山县医疗保险服务中心", "value", cs=2)
    assert kv["资金单位"] == "万元"
    L.put(5, A, "项目资金(万元)", "label", rs=5, cs=2)
    L.put(5, C, None, "label")
    for c, t in zip((D, E, F, G, H, I), ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        L.put(5, c, t, "label")
    for r, lab in ((6, "年度资金总额"), (7, "其中:当年财政拨款")):
        L.put(r, C, lab, "label")
        L.put(r, D, None, "amount")                      # 年初预算数: empty on the page
        L.put(r, E, L.amount(kv["全年预算数"]), "amount")
        L.put(r, F, L.amount(kv["全年执行数"]), "amount")
        # 执行率: a number with a percent format in the numeric workbook (0.99 shown as 99%)
        L.put(r, H, 0.99 if numeric else "99%", "pct")
    L.put(6, G, L.num(kv["预算执行率分值"]), "value")
    L.put(6, I, L.num(kv["预算执行率得分"]), "value")
    L.put(7, G, "—", "value")
    L.put(7, I, "—", "value")
    for r, lab in ((8, "上年结转资金"), (9, "其他资金")):
        L.put(r, C, lab, "label")
        for c in (D, E, F, H):
            L.put(r, c, None, "value")
        L.put(r, G, "—", "value")
        L.put(r, I, "—", "value")
    L.put(10, A, "年度总体目标", "label", rs=2, cs=2)
    L.put(10, C, "预期目标", "label", cs=3)
    L.put(10, F, "实际完成情况", "label", cs=4)
    L.put(11, C, "提高医疗保障水平,推进因病致贫问题的根本性解决", "long", cs=3)
    L.put(11, F, "提高医疗保障水平,推进了因病致贫问题的基本性解决", "long", cs=4)
    L.put(12, A, "绩效指标", "label", rs=1 + len(inds))
    for c, t in zip(range(B, I + 1), ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                      "偏差原因分析及改进措施")):
        L.put(12, c, t, "label")
    cols = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", None]
    end = indicator_block(L, 13, B, cols, inds, deviation={0: "建档立卡中有新增死亡人员,导致有偏差"})
    L.put(end, A, "总分", "label", cs=6)
    L.put(end, G, L.num("100"), "value")
    L.put(end, H, L.num(kv["总分"]), "value")
    L.put(end, I, None, "value")
    L.widths = {A: 5, B: 12, C: 13, D: 30, E: 11, F: 11, G: 8, H: 8, I: 18}
    L.heights = {1: 30, 11: 36}
    L.notes = dict(title_rows=[1, 2], header_rows=[12], label_row=12, first_ind=13, last_ind=end - 1,
                   total_row=end, first_col="B", kv=kv, inds=inds, cols=cols, ind_col=B)
    return L


def layout_07(numeric=False):
    kv, hdr, inds = read_tsv("07-tianchang.tsv")
    L = Layout("07", 9, numeric)
    A, B, C, D, E, F, G, H, I = range(1, 10)
    L.put(1, A, "项目支出绩效自评表", "title", cs=9)
    L.put(2, A, "(2022年度)", "subtitle", cs=9)
    L.put(3, A, "项目名称", "label", cs=2)
    L.put(3, C, kv["项目名称"], "value", cs=7)
    L.put(4, A, "主管部门", "label", cs=2)
    L.put(4, C, None, "value", cs=3)                     # empty on the page
    L.put(4, F, "实施单位", "label", cs=2)
    L.put(4, H, "天长市水利局", "value", cs=2)
    assert kv["资金单位"] == "万元"
    L.put(5, A, "项目资金\n(万元)", "label", rs=5, cs=2)
    L.put(5, C, None, "label")
    for c, t in zip((D, E, F, G, H, I), ("年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分")):
        L.put(5, c, t, "label")
    L.put(6, C, "年度资金总额:", "label")
    L.put(7, C, "其中:本年财政拨款", "label")
    for r in (6, 7):
        L.put(r, D, L.amount(kv["全年预算数"]), "amount")     # 年初 = 全年 on the page
        L.put(r, E, L.amount(kv["全年预算数"]), "amount")
        L.put(r, F, L.amount(kv["全年执行数"]), "amount")
        L.put(r, H, None, "value")                           # 执行率 empty on the page
    L.put(6, G, L.num(kv["预算执行率分值"]), "value")
    L.put(6, I, L.num(kv["预算执行率得分"]), "value")
    L.put(7, G, "-", "value")
    L.put(7, I, "-", "value")
    for r, lab in ((8, "上年结转资金"), (9, "其他资金")):
        L.put(r, C, lab, "label")
        for c in (D, E, F, H):
            L.put(r, c, None, "value")
        L.put(r, G, "-", "value")
        L.put(r, I, "-", "value")
    L.put(10, A, "年度总体目标完成情况", "label", rs=2, cs=2)
    L.put(10, C, "预期目标", "label", cs=3)
    L.put(10, F, "实际完成情况", "label", cs=4)
    L.put(11, C, "完成年度防汛工作,完成中型灌区节水改造项目和农业综合水价改革项目。", "long", cs=3)
    L.put(11, F, "完成年度目标。", "long", cs=4)
    L.put(12, A, "年度绩效指标完成情况", "label", rs=1 + len(inds))
    for c, t in zip(range(B, I + 1), ("一级\n指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                      "偏差原因分析及改进措施")):
        L.put(12, c, t, "label")
    cols = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", None]
    end = indicator_block(L, 13, B, cols, inds)
    L.put(end, A, "总分", "label", cs=6)
    L.put(end, G, L.num("100"), "value")
    L.put(end, H, L.num(kv["总分"]), "value")
    L.put(end, I, None, "value")
    L.widths = {A: 5, B: 12, C: 14, D: 34, E: 11, F: 11, G: 8, H: 8, I: 16}
    L.heights = {1: 30, 5: 28, 11: 36, 12: 28}
    L.notes = dict(title_rows=[1, 2], header_rows=[12], label_row=12, first_ind=13, last_ind=end - 1,
                   total_row=end, first_col="B", kv=kv, inds=inds, cols=cols, ind_col=B)
    return L


# --------------------------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------------------------

def col_letter(c):
    s = ""
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def ref(r, c):
    return "%s%d" % (col_letter(c), r)


def rng(r1, c1, r2, c2):
    return ref(r1, c1) if (r1, c1) == (r2, c2) else "%s:%s" % (ref(r1, c1), ref(r2, c2))


def xlsx_style(kind, value, numeric):
    from openpyxl.styles import Alignment, Border, Font, Side
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(name="宋体", size=10)
    if kind == "title":
        return dict(font=Font(name="宋体", size=16, bold=True),
                    alignment=Alignment(horizontal="center", vertical="center"))
    if kind == "subtitle":
        return dict(font=Font(name="宋体", size=11), alignment=Alignment(horizontal="center", vertical="center"))
    if kind in ("plain", "plain_right"):
        return dict(font=font, alignment=Alignment(horizontal="right" if kind == "plain_right" else "left",
                                                   vertical="center"))
    st = dict(font=Font(name="宋体", size=10, bold=(kind == "label")), border=border,
              alignment=Alignment(horizontal="left" if kind == "long" else "center", vertical="center",
                                  wrap_text=True))
    if kind == "amount" and isinstance(value, float):
        st["number_format"] = "#,##0.00"
    elif kind == "pct" and isinstance(value, float):
        st["number_format"] = "0%"
    elif not numeric and kind in ("value", "amount", "pct"):
        st["number_format"] = "@"          # cells formatted as text, as typed into a text-formatted sheet
    return st


def write_layout_xlsx(ws, L, row_off=0, widths=None):
    from openpyxl.utils import get_column_letter
    for (r, c), (v, kind) in sorted(L.cells.items()):
        cell = ws.cell(row=r + row_off, column=c)
        if v is not None:
            cell.value = v
        for k, val in xlsx_style(kind, v, L.numeric).items():
            setattr(cell, k, val)
    for r1, c1, r2, c2 in L.merges:
        ws.merge_cells(start_row=r1 + row_off, start_column=c1, end_row=r2 + row_off, end_column=c2)
    for c, w in (widths or L.widths).items():
        ws.column_dimensions[get_column_letter(c)].width = w
    for r, h in L.heights.items():
        ws.row_dimensions[r + row_off].height = h


def new_workbook():
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


def save_xlsx(wb, path):
    wb.save(path)
    normalize_zip(path)


def page_setup(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def write_single_xlsx(L, path, sheet_name, extra_empty_sheets=()):
    wb = new_workbook()
    ws = wb.active
    ws.title = sheet_name
    write_layout_xlsx(ws, L)
    page_setup(ws)
    for name in extra_empty_sheets:
        wb.create_sheet(name)
    save_xlsx(wb, path)


def write_multi_xlsx(path):
    wb = new_workbook()
    ws = wb.active
    ws.title = "01"
    l01 = layout_01(numeric=True)
    write_layout_xlsx(ws, l01)
    page_setup(ws)
    ws2 = wb.create_sheet("多项目")
    page_setup(ws2)
    l04 = layout_04(numeric=True)
    l07 = layout_07(numeric=False)
    widths = {c: max(l04.widths.get(c, 0), l07.widths.get(c, 0)) for c in set(l04.widths) | set(l07.widths)}
    write_layout_xlsx(ws2, l04, 0, widths)
    off = l04.nrows + 2                 # two blank rows between the tables
    write_layout_xlsx(ws2, l07, off, widths)
    save_xlsx(wb, path)
    return [("01", l01, 0), ("多项目", l04, 0), ("多项目", l07, off)]


def write_xls(L, path, sheet_name):
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet_name)
    base = "font: name 宋体, height 200%s; align: wrap on, vert centre, horiz %s; " \
           "borders: left thin, right thin, top thin, bottom thin"
    styles = {}

    def style(kind, v):
        key = (kind, type(v).__name__)
        if key in styles:
            return styles[key]
        if kind == "title":
            st = xlwt.easyxf("font: name 宋体, height 320, bold on; align: vert centre, horiz centre")
        elif kind == "subtitle":
            st = xlwt.easyxf("font: name 宋体, height 220; align: vert centre, horiz centre")
        elif kind in ("plain", "plain_right"):
            st = xlwt.easyxf("font: name 宋体, height 200; align: vert centre, horiz %s"
                             % ("right" if kind == "plain_right" else "left"))
        else:
            fmt = None
            if kind == "amount" and isinstance(v, float):
                fmt = "#,##0.00"
            elif kind == "pct" and isinstance(v, float):
                fmt = "0%"
            st = xlwt.easyxf(base % (", bold on" if kind == "label" else "",
                                     "left" if kind == "long" else "centre"),
                             num_format_str=fmt)
        styles[key] = st
        return st

    merged_tl = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in L.merges}
    covered = set()
    for r1, c1, r2, c2 in L.merges:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    covered.add((r, c))
    for (r, c), (v, kind) in sorted(L.cells.items()):
        if (r, c) in covered:
            continue
        val = "" if v is None else v
        if (r, c) in merged_tl:
            r2, c2 = merged_tl[(r, c)]
            ws.write_merge(r - 1, r2 - 1, c - 1, c2 - 1, val, style(kind, v))
        else:
            ws.write(r - 1, c - 1, val, style(kind, v))
    for c, w in L.widths.items():
        ws.col(c - 1).width = int(w * 256)
    for r, h in L.heights.items():
        ws.row(r - 1).height_mismatch = True
        ws.row(r - 1).height = int(h * 20)
    wb.save(path)


# --------------------------------------------------------------------------------------------
# verification of the workbooks
# --------------------------------------------------------------------------------------------

def cell_as_tsv(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        raise AssertionError(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    return v


def check_values(get, merged, L, row_off, label):
    """get(r, c) -> value at 1-based sheet coordinates; merged: set of 'A1:B2' strings."""
    n = L.notes
    want_merges = {rng(r1 + row_off, c1, r2 + row_off, c2) for r1, c1, r2, c2 in L.merges}
    missing = want_merges - merged
    assert not missing, (label, "missing merges", sorted(missing))
    c0 = n["ind_col"]
    # indicator values: 一级/二级 read through their merges (a covered cell reads as empty)
    for k, ind in enumerate(n["inds"]):
        r = n["first_ind"] + k + row_off
        for j, field in enumerate(n["cols"]):
            if field is None:
                continue
            got = cell_as_tsv(get(r, c0 + j))
            assert got == ind[field], (label, r, field, got, ind[field])
    kv = n["kv"]
    assert get(n["total_row"] + row_off, {"01": 9, "03": 8, "04": 8, "07": 8}[L.key]) is not None
    tot = cell_as_tsv(get(n["total_row"] + row_off, {"01": 9, "03": 8, "04": 8, "07": 8}[L.key]))
    assert tot == kv["总分"], (label, tot, kv["总分"])
    return len(want_merges)


def verify_xlsx(path, tables):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    out = []
    for sheet, L, off in tables:
        ws = wb[sheet]
        merged = {str(m) for m in ws.merged_cells.ranges}
        nm = check_values(lambda r, c: ws.cell(row=r, column=c).value, merged, L, off, path)
        # types: amounts
        kinds = set()
        for (r, c), (v, kind) in L.cells.items():
            if kind == "amount" and v is not None:
                kinds.add(type(ws.cell(row=r + off, column=c).value).__name__)
        out.append("%s!%s: %d merges ok, indicator values = TSV, amount cells are %s"
                   % (sheet, rng(1 + off, 1, L.nrows + off, L.ncols), nm, "/".join(sorted(kinds))))
    return out


def verify_xls(path, L, sheet):
    import xlrd
    bk = xlrd.open_workbook(path, formatting_info=True)
    sh = bk.sheet_by_name(sheet)
    merged = {rng(r1 + 1, c1 + 1, r2, c2) for r1, r2, c1, c2 in sh.merged_cells}

    def get(r, c):
        if r - 1 >= sh.nrows or c - 1 >= sh.ncols:
            return None
        cell = sh.cell(r - 1, c - 1)
        if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
            return None
        return cell.value
    nm = check_values(get, merged, L, 0, path)
    return ["%s!%s: %d merges ok (xlrd), indicator values = TSV" % (sheet, rng(1, 1, L.nrows, L.ncols), nm)]


# --------------------------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------------------------

def describe_layout(L, off, numeric_desc):
    n = L.notes
    o = lambda r: r + off
    lines = []
    lines.append("- table range `%s`; title row(s) %s; indicator header row(s) %s (the row with 一级指标 is %d); "
                 "indicator rows %d–%d; 总分 row %d; indicator table starts in column %s."
                 % (rng(o(1), 1, o(L.nrows), L.ncols), ", ".join(str(o(r)) for r in n["title_rows"]),
                    ", ".join(str(o(r)) for r in n["header_rows"]), o(n["label_row"]),
                    o(n["first_ind"]), o(n["last_ind"]), o(n["total_row"]), n["first_col"]))
    ind_cols = {n["ind_col"], n["ind_col"] + 1}
    vm = [rng(o(r1), c1, o(r2), c2) for r1, c1, r2, c2 in L.merges
          if c1 == c2 and c1 in ind_cols and r1 >= n["first_ind"] and r2 > r1]
    lines.append("- vertical merges of 一级/二级指标: %s" % ", ".join("`%s`" % m for m in vm))
    other = [rng(o(r1), c1, o(r2), c2) for r1, c1, r2, c2 in L.merges
             if rng(o(r1), c1, o(r2), c2) not in vm]
    lines.append("- other merged ranges: %s" % ", ".join("`%s`" % m for m in other))
    lines.append("- values: %s" % numeric_desc)
    return "\n".join(lines)


NUMERIC_01 = ("numbers: amounts are floats with format `#,##0.00` (387664.62), 分值/得分/总分 and plain integer "
              "指标值/实际完成值 (735, 100, 95) are integers; text: 指标性质 (≧ ═), 度量单位, `100%`-style "
              "实际完成值, 执行率 `100%`, dashes `—`, 等级 `优`.")
NUMERIC_04 = ("numbers: amounts 65.66/65.07 are floats (format `#,##0.00`), 执行率 is the number 0.99 with "
              "format `0%` (Excel shows 99%), 分值/得分/总分 and 8755/8676 are integers; 年初预算数 is empty; "
              "text: `100%`, `75元`, `95%`, dashes `—`, the 偏差 note in I13.")
TEXT_03 = ("all text (number format `@`): amounts `20`, 分值/得分 `10`, `100.00%`, 总分 `100`; "
           "其中/其他资金 value cells are empty.")
TEXT_07 = ("all text (number format `@`): amounts `880`, 分值/得分 `10`, `/` in the 生态效益 row, `-` dashes; "
           "主管部门 value and 执行率 cells are empty (as on the page); the header cell for 一级指标 reads `一级\\n指标` "
           "(a line break inside the cell).")


def write_readme(path, out_dir, docx_stats, lo_info, layouts, multi):
    L01, L03, L04, L07 = layouts

    def size(name):
        p = os.path.join(out_dir, name)
        return "%d bytes" % os.path.getsize(p) if os.path.exists(p) else "not made"

    s = []
    s.append("""# Office test files for jixiao

Made by `make_office_files.py` (`python3 make_office_files.py`; needs `pip install python-docx openpyxl
xlwt xlrd`, and LibreOffice's `soffice` for the `.lo.docx`). Inputs: the Tianjin text
the repository's `data/tianjin-2025-emergency-center.txt` and the self-evaluation transcriptions
`data/self_eval/*.tsv`. Every value placed in an indicator row
comes from those files; the script re-reads every output and checks it (see the end of this file).

Deterministic: document properties are fixed (author `%s`, created/modified %s) and every zip entry
gets the time 1980-01-01 00:00, so re-running gives identical bytes. That held for every file here,
the LibreOffice one included (its zip times and core dates are fixed the same way), but
LibreOffice's output is its own and may change with another LibreOffice version.
""" % (AUTHOR, FIXED_ISO))

    s.append("""## tianjin-2025-targets.docx (%s)

The four target tables of unit 362207 天津市环境应急与事故调查中心, one Word table per project. Before
each table a normal centred bold paragraph `1.天津市生态环境信息网络、设备及系统运行维护绩效目标表`
etc., wrapped in a bookmark named as in the text (`_Toc_4_4_0000000055` … `58`); after each table two
empty paragraphs (one after the last), as in the text.

Grid: 7 columns (`w:tblGrid` 1300/1100/1000/1400/1000/1200/1300 twips). Rows per table:

| row | cells (reading order) | Word structure |
|---|---|---|
| 1 unit line | `362207天津市环境应急与事故调查中心`, `单位：万元` | gridSpan 4 + gridSpan 2, then **`w:gridAfter w:val="1"`** (+ `w:wAfter`): the row stops one grid column short of the right edge; top/left/right borders off |
| 2 | `项目名称`, name | name `w:gridSpan w:val="6"` |
| 3 | `预算规模及资金用途`, `预算数`, amount, `其中：财政    资金` (4 spaces kept, `xml:space="preserve"`), amount, `其他资金`, empty | 7 single cells; the first is `w:vMerge w:val="restart"` |
| 4 | empty, purpose text | first cell `<w:vMerge/>` (continue, reads as empty); text gridSpan 6; project 3's purpose cell has 4 paragraphs: `（1）…`, `（2）…`, `（3）…` and an empty one (see below) |
| 5 | `绩效目标`, target text | text gridSpan 6; project 3's has 3 paragraphs |
| 6 header | `一级指标`, `二级指标`, `三级指标`, `绩效指标描述`, `指标值` | spans 1,1,2,2,1 (`w:tblHeader`) |
| 7… indicators | 5 cells | spans 1,1,2,2,1; `一级指标` is `vMerge restart` where the text's next rows have an empty first cell, those rows `<w:vMerge/>` |

No row uses `w:gridBefore`: no row of these tables starts to the right of the left edge, so it
would not be natural; `w:gridAfter` is used on the unit line only.

Only 一级指标 is merged vertically: the text has no empty 二级指标 cell (repeated 二级 labels such as
two `数量指标` rows are separate cells in the source, so they stay separate here). Trailing spaces
(`项目支出控制         `) and odd quotes (`完成“”天津市…系统“”升级改造`) are kept.

XML counts: %s.

Read row by row (cells in order, a vMerge-continue cell read as empty), the tables give exactly the
rows of the text file, project after project.

## tianjin-2025-targets.split.docx (%s)

The same content laid out as the text file really shows it: the text has three line breaks between
the `绩效目标` row and the indicator header (row end, table end, one empty paragraph), so the
published DOCX most likely had **two tables per project**: the preamble (rows 1–5 above, same 7-column
grid, same gridSpan/gridAfter/vMerge) and, after one empty paragraph, an indicator table on its own
5-column grid (no gridSpan; 一级指标 vMerge as above). Extracting it the way the text was extracted
(paragraph → text + newline, cell → tab + paragraphs + newline, row end → newline, table end →
newline, bookmark → `[bookmark: NAME]`) gives the text file byte for byte (except the single leading
space of its first line). XML counts: %s.

One place of the text is ambiguous: after project 3's purpose cell (`（3）陆海统筹…演练。`) come two
blank lines and then the `绩效目标` row. Read as "empty last paragraph in the cell + row end" it
keeps one table; read as "row end + table end" it would need two tables touching with no paragraph
between them, which Word does not keep. Both files take the first reading (the cell has an empty 4th
paragraph). Project 3's `绩效目标` cell is followed by three blank lines like the other projects, so it
is read as 3 paragraphs + row end + table end + empty paragraph.

## tianjin-2025-targets.lo.docx (%s)

%s

""" % (size("tianjin-2025-targets.docx"), ", ".join("%s %s" % (v, k) for k, v in docx_stats["one"].items()),
       size("tianjin-2025-targets.split.docx"),
       ", ".join("%s %s" % (v, k) for k, v in docx_stats["split"].items() if k != "text layout"),
       size("tianjin-2025-targets.lo.docx"), lo_info))

    s.append("""## Self-evaluation workbooks

Rows and columns are 1-based as Excel shows them. Labels and preamble values come from the page
(the repository's `data/tables/NN.txt`); every indicator value, 一级/二级 label, budget amount, score
and 总分 comes from the TSV. Placeholder rows of the pages (`指标2:`/`……`, empty 生态效益指标 /
经济效益指标 rows) are left out, so the indicator rows are exactly the TSV's rows. A TSV row with an
empty 一级指标 or 二级指标 continues the cell above: it is a vertical merge, and the covered cell is
empty. Borders: thin on every table cell; title/unit rows have none.

### self-eval-01-yongde.xlsx (%s) — sheet `公开14表`

Yunnan 公开14表 layout, 10 columns A–J. Row 2: `部门:临沧市永德县明朗中学` (A2:E2) and `公开14表` (J2).
Funds block rows 5–9 (`项目资金\\n(元)` A5:B9 with a line break inside; labels in C; 年初预算数,
全年预算数, 全年执行数, 分值, 执行率, 得分 in D–I, 得分 over I:J); 年度总体目标 rows 10–11. Two header rows:
row 12 `绩效指标` (A12:C12), `年度指标值` (D12:F12), and 实际完成值/分值/得分/偏差原因分析及改进措施 merged
down over rows 12–13; row 13 `一级指标 二级指标 三级指标 指标性质 指标值 度量单位`. Row 23
`其他需要说明事项`/`无`; row 24 `总分` (A24:G24), 分值 total 100 in H24, 得分 96 in I24, 等级 `优` in J24.
The page lost the 全年执行数 cell; the TSV value 387664.62 is used (also for 其中:当年财政拨款). Labels
follow the TSV where the page differs (`服务对象满意度指标` for the page's `服务对象满意度指标等`,
`经济效益指标` for `经济效益 指标`).
%s

### self-eval-03-zhongjiang.xlsx (%s) — sheets `Sheet1` (the table) and `Sheet2` (empty)

Sichuan layout, 9 columns A–I, one title row. Row 3 项目负责人及电话 holds only the name (the page's
telephone number is left out). Funds rows 5–8 (`资金情况(万元)` A5:B8; 全年预算数(A), 全年执行数(B),
分值, 执行率(B/A), 得分 in E–I). A vertical `绩效指标` label in column A (A11:A20) runs down beside the
header row and the indicator rows, so the indicator table starts in column B. Header row 11 in the
page's order: `一级指标 二级指标 三级指标 分值 年度指标值 全年实际值 得分 未完成原因及拟采取的改进措施`
(分值 before the target; no 指标性质/度量单位 columns). 总分 row: A21:D21, 分值 total in E21, 得分 in H21.
Both totals are `100` as on the page, although the 分值 column plus the 10 of 预算执行率 adds up to 110
(the page gives 产出指标 70 points): a real inconsistency, kept.
%s

### self-eval-04-jishan.xlsx (%s) — sheet `自评表`

Shanxi layout, 9 columns A–I, title in row 1 and `(2020年度)` in row 2. Funds rows 5–9 (`项目资金(万元)`
A5:B9; 年初预算数…得分 in D–I). Vertical `绩效指标` label A12:A18; header row 12 `一级指标 二级指标 三级指标
年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施`; the first indicator row has the deviation note
`建档立卡中有新增死亡人员,导致有偏差` in I13. 总分 row 19: A19:F19, 分值 total in G19, 得分 94 in H19.
%s

### self-eval-07-tianchang.xlsx (%s) — sheet `项目支出绩效自评表`

Anhui layout, 9 columns A–I, title row 1 and `(2022年度)` row 2, `年度总体目标完成情况` rows 10–11,
vertical `年度绩效指标完成情况` label A12:A22, header row 12 (columns as in 04), 总分 row 23.
%s

### self-eval-multi.xlsx (%s)

- sheet `01`: table 01 exactly as in `self-eval-01-yongde.xlsx` (A1:J24, same merges, numbers).
- sheet `多项目`: table 04 in A1:I19 (as `self-eval-04-jishan.xlsx`, numbers), rows 20–21 empty, then
  table 07 in A22:I44 (as `self-eval-07-tianchang.xlsx` shifted down 21 rows, text). Each has its own
  title rows and header row: 04's header is row 12, 07's header is row 33, 07's title rows 22–23,
  indicator rows 34–43, 总分 row 44.

### self-eval-01-yongde.xls (%s) — sheet `公开14表`

Table 01 as a BIFF8 `.xls` (xlwt), the same cells, merges (`write_merge`), numbers and text as
`self-eval-01-yongde.xlsx`; amounts carry the number format `#,##0.00`.

## self-eval-multi.xlsx cell maps
""" % (size("self-eval-01-yongde.xlsx"), describe_layout(L01, 0, NUMERIC_01),
       size("self-eval-03-zhongjiang.xlsx"), describe_layout(L03, 0, TEXT_03),
       size("self-eval-04-jishan.xlsx"), describe_layout(L04, 0, NUMERIC_04),
       size("self-eval-07-tianchang.xlsx"), describe_layout(L07, 0, TEXT_07),
       size("self-eval-multi.xlsx"), size("self-eval-01-yongde.xls")))
    for sheet, L, off in multi:
        s.append("\n`self-eval-multi.xlsx` sheet `%s`, table %s:\n\n%s\n" % (
            sheet, L.key, describe_layout(L, off, NUMERIC_01 if L.key == "01" else
                                          NUMERIC_04 if L.key == "04" else TEXT_07)))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(s))


# --------------------------------------------------------------------------------------------
# LibreOffice round trip
# --------------------------------------------------------------------------------------------

def libreoffice_roundtrip(src, dst):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "in")
        os.mkdir(inp)
        shutil.copy(src, os.path.join(inp, "t.docx"))
        outd = os.path.join(tmp, "out")
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless", "--convert-to",
                        "docx:MS Word 2007 XML", "--outdir", outd, os.path.join(inp, "t.docx")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copy(os.path.join(outd, "t.docx"), dst)
    normalize_zip(dst)
    return soffice


# --------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--no-lo", action="store_true")
    ap.add_argument("--no-verify", action="store_true")
    a = ap.parse_args()
    out = a.out
    os.makedirs(out, exist_ok=True)
    P = lambda n: os.path.join(out, n)

    projects, original = parse_tianjin(TIANJIN_TXT)
    assert len(projects) == 4
    build_tianjin_docx(projects, P("tianjin-2025-targets.docx"), split=False)
    build_tianjin_docx(projects, P("tianjin-2025-targets.split.docx"), split=True)
    lo_info = "Not made: LibreOffice (`soffice`) not found."
    lo_done = False
    if not a.no_lo:
        if libreoffice_roundtrip(P("tianjin-2025-targets.docx"), P("tianjin-2025-targets.lo.docx")):
            lo_done = True
    elif os.path.exists(P("tianjin-2025-targets.lo.docx")):
        lo_done = True

    l01, l03, l04, l07 = layout_01(True), layout_03(False), layout_04(True), layout_07(False)
    write_single_xlsx(l01, P("self-eval-01-yongde.xlsx"), "公开14表")
    write_single_xlsx(l03, P("self-eval-03-zhongjiang.xlsx"), "Sheet1", extra_empty_sheets=("Sheet2",))
    write_single_xlsx(l04, P("self-eval-04-jishan.xlsx"), "自评表")
    write_single_xlsx(l07, P("self-eval-07-tianchang.xlsx"), "项目支出绩效自评表")
    multi = write_multi_xlsx(P("self-eval-multi.xlsx"))
    write_xls(l01, P("self-eval-01-yongde.xls"), "公开14表")

    docx_stats = {"one": verify_docx(P("tianjin-2025-targets.docx"), projects, original, exact=False),
                  "split": verify_docx(P("tianjin-2025-targets.split.docx"), projects, original, exact=True)}
    report = ["tianjin-2025-targets.docx: %s" % docx_stats["one"],
              "tianjin-2025-targets.split.docx: %s" % docx_stats["split"]]
    if lo_done:
        st = verify_docx(P("tianjin-2025-targets.lo.docx"), projects, original, exact=False, loose=True)
        report.append("tianjin-2025-targets.lo.docx: %s" % st)
        counts = ", ".join("%s %s" % (v, k) for k, v in st.items() if k not in ("differences from the source", "rows"))
        lo_info = ("`tianjin-2025-targets.docx` opened and saved again by LibreOffice 7.4 "
                   "(`soffice --headless --convert-to \"docx:MS Word 2007 XML\"`), so the XML is as an office "
                   "suite writes it (its own styles, settings, run properties, `w14` attributes). XML counts "
                   "after the round trip: %s. What LibreOffice changed, left as it wrote it:\n\n"
                   "- the unit line's `w:gridAfter` is gone: LibreOffice writes a real third cell instead (empty, "
                   "no text), so that row reads as three cells `362207…中心`, `单位：万元`, ``;\n"
                   "- the trailing spaces of `项目支出控制         ` (project 3, 成本指标 row, two cells) are "
                   "dropped: the cells read `项目支出控制`;\n"
                   "- the East Asian font of the runs is dropped (the paragraph marks keep it).\n\n"
                   "Otherwise, read row by row it gives the text file's rows; gridSpan and vMerge "
                   "restart/continue are all still there." % counts)

    if not a.no_verify:
        for name, L, sheet in (("self-eval-01-yongde.xlsx", l01, "公开14表"),
                               ("self-eval-03-zhongjiang.xlsx", l03, "Sheet1"),
                               ("self-eval-04-jishan.xlsx", l04, "自评表"),
                               ("self-eval-07-tianchang.xlsx", l07, "项目支出绩效自评表")):
            report += ["%s %s" % (name, x) for x in verify_xlsx(P(name), [(sheet, L, 0)])]
        report += ["self-eval-multi.xlsx %s" % x for x in verify_xlsx(P("self-eval-multi.xlsx"), multi)]
        report += ["self-eval-01-yongde.xls %s" % x for x in verify_xls(P("self-eval-01-yongde.xls"), l01, "公开14表")]

    write_readme(P("README.md"), out, docx_stats, lo_info, (l01, l03, l04, l07), multi)
    with open(P("README.md"), "a", encoding="utf-8") as f:
        f.write("\n## Checks run by the script\n\n" + "\n".join("- " + r for r in report) + "\n")
    print("\n".join(report))


if __name__ == "__main__":
    main()
