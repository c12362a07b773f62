#!/usr/bin/env python3
"""Write percent-formats.xlsx and percent-formats.xls: a small self-evaluation table whose numbers are stored as Excel
stores them and shown through number formats (`0%`, `0.0%`, `0.00`), for
tests/import_office.rs. Run: python3 make_formats_xlsx.py (needs openpyxl)."""

import datetime
import io
import os
import zipfile

import openpyxl
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))

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
buf = io.BytesIO()
wb.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(os.path.join(HERE, "percent-formats.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    for info in src.infolist():
        z.writestr(zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0)), src.read(info.filename))

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
