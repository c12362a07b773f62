#!/usr/bin/env python3
"""Make titled-tables.docx and named-tables.docx: made-up Word monitoring reports of two
projects, one table each, with a paragraph before each table, as published reports lay them
out (`1.XX项目绩效运行监控表`, then the table), and a note paragraph under the last table.

- titled-tables.docx and .xlsx: the tables have no 项目名称 row: each title names its table's
  project (in the workbook a row of one cell above each table).
- named-tables.docx: each table starts with a 项目名称 row; the titles are headings only.
- continued-table.docx: one project's table split in two Word tables by a page break, a
  paragraph `续表` between them and the header repeated, then a paragraph `（续）` and a third
  part without the header: one project, its indicators in order.
- unit-paragraphs.docx: a paragraph `单位：元` over each of two tables; numbered-paragraphs.docx:
  numbered headings `1.XX项目` over tables that start at their header; budget-only.docx: one
  project's table with its budget and header but no indicator rows, a note paragraph under it.
- budgeted-tables.docx and .xlsx: each table starts with a 项目名称 row, its budget row
  (预算数 | 1-6月执行数 | 执行率) and its 年度总体目标 above its header: each project's own (in
  the workbook the two tables stand one under the other on one sheet, a blank row between).

Run:  python3 make_titled_tables.py           (needs: pip install python-docx openpyxl)

Written with make_corpus.py's zip writer. Deterministic: fixed properties and zip times.
"""

import io
import os

import docx

from make_corpus import FIXED, fixed_zip, write_xlsx

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月执行情况", "完成目标可能性"]
PROJECTS = [
    ("1.文化遗产保护利用项目绩效运行监控表", "文化遗产保护利用",
     [["产出指标", "数量指标", "培训人数", "≥2万人", "1.2万人", "确定能"],
      ["效益指标", "社会效益指标", "宣传推广", "开展宣传活动", "已开展宣传活动", "确定能"]]),
    ("2.基层应急能力提升项目支出绩效监控表", "基层应急能力提升",
     [["产出指标", "数量指标", "演练次数", "≥4次", "2次", "有可能"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", "确定能"]]),
]
NOTE = "备注：本表数据截至2025年6月底。"
BUDGETS = [("100", "40", "40%", "完成馆藏文物修缮，开展宣传活动"), ("200", "150", "75%", "提升基层应急处置能力")]


def add_table(d, body):
    """A Word table of `body`'s rows, its cells' text as given (empty cells left empty)."""
    table = d.add_table(rows=len(body), cols=len(HEADER))
    table.style = "Table Grid"
    for r, row in enumerate(body):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    return table


def preamble(named, budgeted, name, budget):
    rows = [["项目名称", name] + [""] * (len(HEADER) - 2)] if named or budgeted else []
    if budgeted:
        total, executed, rate, goal = budget
        rows.append(["预算数", total, "1-6月执行数", executed, "执行率", rate])
        rows.append(["年度总体目标", goal] + [""] * (len(HEADER) - 2))
    return rows


def write(path, named, budgeted=False):
    d = docx.Document()
    d.core_properties.author = "jixiao corpus"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    for (title, name, rows), budget in zip(PROJECTS, BUDGETS):
        d.add_paragraph(title)
        pre = preamble(named, budgeted, name, budget)
        table = add_table(d, pre + [HEADER] + rows)
        for r, row in enumerate(pre):
            if row[2] == "":
                table.cell(r, 1).merge(table.cell(r, len(HEADER) - 1))
    d.add_paragraph(NOTE)
    buf = io.BytesIO()
    d.save(buf)
    fixed_zip(buf.getvalue(), path)
    print("wrote", os.path.relpath(path, HERE))


def write_sheet(path, budgeted):
    rows, merges = [], []
    for (title, name, body), budget in zip(PROJECTS, BUDGETS):
        if rows:
            rows.append([""] * len(HEADER))
        rows.append([title] + [""] * (len(HEADER) - 1))
        for row in preamble(budgeted, budgeted, name, budget):
            if row[2] == "":
                merges.append([len(rows), 1, len(rows), len(HEADER) - 1])
            rows.append(row)
        rows += [HEADER] + body
    rows.append([NOTE] + [""] * (len(HEADER) - 1))
    write_xlsx({"sheet": "监控表", "rows": rows, "merges": merges}, path)
    print("wrote", os.path.relpath(path, HERE))


def write_continued(path):
    d = docx.Document()
    d.core_properties.author = "jixiao corpus"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    title, name, rows = PROJECTS[0]
    _, _, more = PROJECTS[1]
    parts = [
        (None, [["项目名称", name] + [""] * (len(HEADER) - 2), HEADER] + rows),
        ("续表", [HEADER] + more[:1]),
        ("（续）", more[1:]),
    ]
    d.add_paragraph(title)
    for para, body in parts:
        if para:
            d.add_paragraph(para)
        add_table(d, body)
    buf = io.BytesIO()
    d.save(buf)
    fixed_zip(buf.getvalue(), path)
    print("wrote", os.path.relpath(path, HERE))


def write_doc(path, parts):
    """A Word document of `parts`: paragraphs (str) and tables (lists of rows)."""
    d = docx.Document()
    d.core_properties.author = "jixiao corpus"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    for part in parts:
        if isinstance(part, str):
            d.add_paragraph(part)
        else:
            add_table(d, part)
    buf = io.BytesIO()
    d.save(buf)
    fixed_zip(buf.getvalue(), path)
    print("wrote", os.path.relpath(path, HERE))


def pad(*cells):
    return list(cells) + [""] * (len(HEADER) - len(cells))


def main():
    write(os.path.join(HERE, "titled-tables.docx"), named=False)
    write(os.path.join(HERE, "named-tables.docx"), named=True)
    write(os.path.join(HERE, "budgeted-tables.docx"), named=True, budgeted=True)
    write_continued(os.path.join(HERE, "continued-table.docx"))
    (a_title, a_name, a_rows), (b_title, b_name, b_rows) = PROJECTS
    # a paragraph `单位：元` over each table: each table's own money unit
    write_doc(os.path.join(HERE, "unit-paragraphs.docx"), [
        "单位：元", [pad("项目名称", a_name), pad("预算数", "1000000", "1-6月执行数", "400000"), HEADER] + a_rows,
        "单位：元", [pad("项目名称", b_name), pad("预算数", "2000000", "1-6月执行数", "1500000"), HEADER] + b_rows,
    ])
    # numbered headings that are the projects' names, each over a table that starts at its header
    write_doc(os.path.join(HERE, "numbered-paragraphs.docx"), [
        "1.文化遗产保护利用项目", [HEADER] + a_rows, "2.基层应急能力提升项目", [HEADER] + b_rows,
    ])
    # one project whose table has its budget and header but no indicator rows yet, a note under it
    write_doc(os.path.join(HERE, "budget-only.docx"), [
        a_title, [pad("项目名称", a_name), pad("预算数", "100", "1-6月执行数", "40"), HEADER], "备注：无",
    ])
    write_sheet(os.path.join(HERE, "budgeted-tables.xlsx"), budgeted=True)
    write_sheet(os.path.join(HERE, "titled-tables.xlsx"), budgeted=False)


if __name__ == "__main__":
    main()
