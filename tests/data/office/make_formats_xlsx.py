#!/usr/bin/env python3
"""Write percent-formats.xlsx and percent-formats.xls: a small self-evaluation table whose numbers are stored as Excel
stores them and shown through number formats (`0%`, `0.0%`, `0.00`), and literal-formats.xlsx
and .xls, whose formats write a sign or unit as text (`0"%"`, `0"人"`), for
tests/import_office.rs. Run: python3 make_formats_xlsx.py (needs openpyxl and xlwt); the
LibreOffice re-saves (`*.lo.xlsx`, `*.lo.xls`) are made by resave_corpus.py."""

import datetime
import io
import os
import re
import zipfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))


def save(wb, name):
    """Save `wb` as `name`, with fixed zip times and dates: a re-run gives the same bytes."""
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0)), fixed_dates(info.filename, src.read(info.filename)))


def fixed_dates(name, data):
    """openpyxl writes the time of saving as the modified date, whatever the properties say:
    a fixed one, so that a re-run gives the same bytes."""
    if name == "docProps/core.xml":
        data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-01T00:00:00Z", data)
    return data


wb = openpyxl.Workbook()
wb.properties.creator = "jixiao test fixtures"
wb.properties.created = wb.properties.modified = datetime.datetime(2025, 1, 1)
ws = wb.active
ws.title = "自评表"
rows = [
    ["项目名称", "职业技能培训", "", "", "", ""],
    ["三级指标", "指标值", "权重", "实际完成值", "得分", "说明"],
    ["培训合格率", 0.95, 0.2, 0.985, 20, "stored 0.95 0.2 0.985 as 0% 0% 0.0%"],
    ["资金到位率", 1, 0.3, 1, 30, "stored 1 as 0%"],
    ["设备完好率", 0.9, 0.5, 0.1 + 0.2 + 0.6, 50, "a float artefact 0.8999999999999999 shown 0%"],
]
for r, row in enumerate(rows, start=1):
    for c, v in enumerate(row, start=1):
        if v != "":
            ws.cell(row=r, column=c, value=v)
for r in (3, 4, 5):
    ws.cell(row=r, column=2).number_format = "0%"
    ws.cell(row=r, column=3).number_format = "0%"
    ws.cell(row=r, column=4).number_format = "0.0%"
    ws.cell(row=r, column=5).number_format = "0.00"
save(wb, "percent-formats.xlsx")

# the same table as BIFF8 (.xls), as older finance systems write it
book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("自评表")
formats = {2: "0%", 3: "0%", 4: "0.0%", 5: "0.00"}
for r, row in enumerate(rows):
    for c, v in enumerate(row):
        if v == "":
            continue
        style = xlwt.XFStyle()
        if r >= 2 and (c + 1) in formats:
            style.num_format_str = formats[c + 1]
        sheet.write(r, c, v, style)
book.save(os.path.join(HERE, "percent-formats.xls"))


# literal-formats.xlsx / .xls: numbers whose format writes text around them, a sign or a unit
# as literal text (`0"%"`, `0\%`, `0"人"`, `#,##0"元/人"`, `"≥"0"%"`), as finance systems export
# a table whose cells they keep numeric: a reader sees `95%`, `120人`, `≥95%`.
literal_rows = [
    ["项目名称", "职业技能培训", "", "", ""],
    ["三级指标", "指标值", "权重", "实际完成值", "得分"],
    ["培训人数", 120, 20, 135, 20],
    ["培训合格率", 95, 30, 98.5, 30],
    ["人均培训成本", 3000, 50, 2900, 50],
]
literal_formats = {
    (2, 2): '0"人"', (2, 3): '0"分"', (2, 4): '0"人"',
    (3, 2): '"≥"0"%"', (3, 3): "0", (3, 4): "0.0\\%",
    (4, 2): '#,##0"元/人"', (4, 3): "0", (4, 4): '#,##0"元/人";-#,##0"元/人"',
}
wb = openpyxl.Workbook()
wb.properties.creator = "jixiao test fixtures"
wb.properties.created = wb.properties.modified = datetime.datetime(2025, 1, 1)
ws = wb.active
ws.title = "自评表"
for r, row in enumerate(literal_rows):
    for c, v in enumerate(row):
        if v != "":
            cell = ws.cell(row=r + 1, column=c + 1, value=v)
            if (r, c + 1) in literal_formats:
                cell.number_format = literal_formats[(r, c + 1)]
save(wb, "literal-formats.xlsx")

book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("自评表")
for r, row in enumerate(literal_rows):
    for c, v in enumerate(row):
        if v == "":
            continue
        style = xlwt.XFStyle()
        if (r, c + 1) in literal_formats:
            style.num_format_str = literal_formats[(r, c + 1)]
        sheet.write(r, c, v, style)
book.save(os.path.join(HERE, "literal-formats.xls"))


# hidden-rows.xlsx / .xls: a table with a hidden column (指标代码) and a hidden row (the
# template's example row), as units publish their filled templates: the reader sees neither.
# The project's name is merged across B1:C1, its first cell in the hidden column. (The .xlsx
# also writes one name as rich text, in two runs.)
hidden_rows = [
    ["项目名称", "职业技能培训", ""],
    ["三级指标", "指标代码", "指标值"],
    ["培训人数", "X01", "≥500人"],
    ["示例：XX人数", "X00", "≥N人"],
    ["培训合格率", "X02", "≥95%"],
]
wb = openpyxl.Workbook()
wb.properties.creator = "jixiao test fixtures"
wb.properties.created = wb.properties.modified = datetime.datetime(2025, 1, 1)
ws = wb.active
ws.title = "目标表"
for r, row in enumerate(hidden_rows, start=1):
    for c, v in enumerate(row, start=1):
        if v != "":
            ws.cell(row=r, column=c, value=v)
# a name written in two runs of different fonts (rich text in the shared strings), as Excel,
# WPS and LibreOffice write a cell edited in parts
ws.cell(row=5, column=1).value = CellRichText("培训", TextBlock(InlineFont(b=True), "合格率"))
# the name merged across B1:C1, its first cell in the hidden column: Excel shows it in C1
ws.merge_cells("B1:C1")
ws.column_dimensions["B"].hidden = True
ws.row_dimensions[4].hidden = True
save(wb, "hidden-rows.xlsx")

book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("目标表")
for r, row in enumerate(hidden_rows):
    for c, v in enumerate(row):
        if v != "" and (r, c) != (0, 1):
            sheet.write(r, c, v)
sheet.write_merge(0, 0, 1, 2, hidden_rows[0][1])
sheet.col(1).hidden = True
sheet.row(3).hidden = True
book.save(os.path.join(HERE, "hidden-rows.xls"))
