#!/usr/bin/env python3
"""Make monitor-tianjin-2025-07.xlsx: the made-up July monitoring report of data/ as a workbook;
and the same report as a Word document and as a GBK-encoded CSV.

Run:  python3 make_monitor_xlsx.py [--out DIR]       (requires: pip install openpyxl python-docx)

Input (read only): data/monitor-tianjin-2025-07.tsv of this repository.
Output: monitor-tianjin-2025-07.xlsx, two sheets:
  说明      the TSV's first line (what the file is): a sheet without a table;
  1-7月监控  a title row merged across the table, then the TSV's other lines from row 2, with the
            cells a monitoring table merges in a spreadsheet merged: each project's budget
            columns (预算数 … 预算执行纠偏措施) down over its rows, and each 一级指标 down over
            the rows under it that leave it empty. Amounts and the year are number cells.
Merged regions cover only cells that are empty in the TSV, so the sheet reads as the TSV does.
Also monitor-far-down.xlsx, the same sheet with its title at row 50 (a table far below the top),
and monitor-no-table.xlsx, the 说明 sheet alone (a workbook without a table).

monitor-tianjin-2025-07.docx: the title as a paragraph, then one Word table of the TSV's other
lines (every row as wide as the header, the text as written: amounts stay `381.00`), with the same
cells merged down as the sheet (vMerge), written by make_corpus.write_docx.
monitor-tianjin-2025-07.gbk.csv: the whole TSV as CSV (quoted where a cell needs it), in GBK with
CRLF line ends, as Excel saves a CSV on a Chinese Windows.
Deterministic: fixed document properties and zip entry times (as make_office_files.py).
"""

import argparse
import csv
import io
import os

from make_corpus import write_docx
from make_office_files import REPO, new_workbook, save_xlsx

TSV = os.path.join(REPO, "data", "monitor-tianjin-2025-07.tsv")
BUDGET_COLUMNS = range(2, 7)  # 预算数, 1-7月执行数, 全年预计执行数, 偏差原因, 纠偏措施 (1-based)
LEVEL1 = 7


def number_or_text(s):
    try:
        float(s)
    except ValueError:
        return s
    return int(s) if s.isdigit() else float(s)


TITLE = "2025年度项目支出绩效运行监控表（1-7月）"


def merges(rest):
    """The merged regions (first row, column, last row, column; 0-based indices in `rest`, in
    the order they are merged): each project's budget columns down over its rows, and each
    一级指标 down over the rows under it that leave it empty."""
    header = next(i for i, r in enumerate(rest) if r[0] == "项目名称")
    data = rest[header + 1:]
    out = []

    def merge_down(col, start, rows):
        # merge data[start] down over the following rows that leave `col` empty, within `rows`
        end = start
        while end + 1 < rows and (len(data[end + 1]) < col or data[end + 1][col - 1] == ""):
            end += 1
        if end > start:
            out.append((header + 1 + start, col - 1, header + 1 + end, col - 1))

    i = 0
    while i < len(data):
        j = i
        while j + 1 < len(data) and data[j + 1][0] == data[i][0]:
            j += 1
        for col in BUDGET_COLUMNS:
            if data[i][col - 1] != "":
                merge_down(col, i, j + 1)
        for k in range(i, j + 1):
            if data[k][LEVEL1 - 1] != "":
                merge_down(LEVEL1, k, j + 1)
        i = j + 1
    return out


def write(path, note, rest, top, with_table=True):
    """The workbook: the 说明 sheet, and the monitoring sheet with its title at row `top`."""
    wb = new_workbook()
    cover = wb.active
    cover.title = "说明"
    cover.append(note)
    if not with_table:
        save_xlsx(wb, path)
        return []
    sheet = wb.create_sheet("1-7月监控")
    width = max(len(r) for r in rest)
    sheet.cell(row=top, column=1, value=TITLE)
    sheet.merge_cells(start_row=top, start_column=1, end_row=top, end_column=width)
    header = next(i for i, r in enumerate(rest) if r[0] == "项目名称")
    for i, cells in enumerate(rest):
        for c, text in enumerate(cells, start=1):
            if text == "":
                continue
            value = number_or_text(text) if (i < header or c in BUDGET_COLUMNS) else text
            sheet.cell(row=top + 1 + i, column=c, value=value)

    for r0, c0, r1, c1 in merges(rest):
        # `rest[0]` is the sheet's row top + 1
        sheet.merge_cells(start_row=top + 1 + r0, start_column=c0 + 1, end_row=top + 1 + r1, end_column=c1 + 1)
    save_xlsx(wb, path)
    return [str(r) for r in sheet.merged_cells.ranges]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    out = ap.parse_args().out
    with open(TSV, encoding="utf-8") as f:
        lines = [line.rstrip("\n").split("\t") for line in f]
    note, rest = lines[0], lines[1:]
    for name, top, with_table in (("monitor-tianjin-2025-07.xlsx", 1, True),
                                  ("monitor-far-down.xlsx", 50, True),
                                  ("monitor-no-table.xlsx", 1, False)):
        path = os.path.join(out, name)
        merged = write(path, note, rest, top, with_table)
        print("wrote", path, "merged:", merged)
    width = max(len(r) for r in rest)
    rows = [r + [""] * (width - len(r)) for r in rest]
    path = os.path.join(out, "monitor-tianjin-2025-07.docx")
    write_docx({"heading": TITLE, "rows": rows, "merges": [list(m) for m in merges(rest)]}, path)
    print("wrote", path)
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows([note] + rest)
    path = os.path.join(out, "monitor-tianjin-2025-07.gbk.csv")
    with open(path, "wb") as f:
        f.write(text.getvalue().encode("gbk"))
    print("wrote", path)


if __name__ == "__main__":
    main()
