#!/usr/bin/env python3
"""Make hidden-sheet.xlsx and hidden-sheet.xls: a made-up target table on a visible sheet, and
two hidden sheets as templates and re-used files carry them: `下拉选项`, the lists a template's
drop-downs take their levels from (a header-like row of 一级指标 | 二级指标 | 三级指标 | 指标值
over the level names), and `2023年（旧）`, last year's version of the table. A reader of the
workbook sees one table. hidden-only.xlsx has the table on a hidden sheet only, under a visible
sheet of instructions: no table to read, and the refusal says why.

Run:  python3 make_hidden_sheet.py           (needs: pip install openpyxl xlwt)

Deterministic: fixed properties and zip times (make_corpus.py's writer).
"""

import io
import os

import openpyxl
import xlwt

from make_corpus import FIXED, fixed_zip

HERE = os.path.dirname(os.path.abspath(__file__))
SHEETS = [
    ("目标表", False, [
        ["2024年度项目绩效目标表"],
        ["项目名称", "基层应急能力提升"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "≥2万人"],
        ["效益指标", "社会效益指标", "应急响应时间", "≤2小时"],
    ]),
    ("下拉选项", True, [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "", ""],
        ["产出指标", "质量指标", "", ""],
        ["效益指标", "社会效益指标", "", ""],
        ["满意度指标", "服务对象满意度指标", "", ""],
    ]),
    ("2023年（旧）", True, [
        ["2023年度项目绩效目标表"],
        ["项目名称", "基层应急能力提升"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "≥1.5万人"],
    ]),
]


def write_xlsx(path):
    wb = openpyxl.Workbook()
    wb.properties.creator = "jixiao corpus"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.remove(wb.active)
    for title, hidden, rows in SHEETS:
        ws = wb.create_sheet(title)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                if text:
                    cell = ws.cell(row=r + 1, column=c + 1)
                    cell.value = text
                    cell.data_type = "s"
        if hidden:
            ws.sheet_state = "hidden"
    buf = io.BytesIO()
    wb.save(buf)
    fixed_zip(buf.getvalue(), path)
    print("wrote", os.path.relpath(path, HERE))


def write_xls(path):
    wb = xlwt.Workbook(encoding="utf-8")
    for title, hidden, rows in SHEETS:
        ws = wb.add_sheet(title)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                if text:
                    ws.write(r, c, text)
        if hidden:
            ws.visibility = 1
    wb.save(path)
    print("wrote", os.path.relpath(path, HERE))


def main():
    write_xlsx(os.path.join(HERE, "hidden-sheet.xlsx"))
    write_xls(os.path.join(HERE, "hidden-sheet.xls"))
    # the table only on a hidden sheet, the visible one holding the instructions
    global SHEETS
    SHEETS = [("填表说明", False, [["填表说明"], ["1.指标值应当可衡量"]]), ("目标表", True, SHEETS[0][2])]
    write_xlsx(os.path.join(HERE, "hidden-only.xlsx"))


if __name__ == "__main__":
    main()
