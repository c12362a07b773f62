#!/usr/bin/env python3
"""Write nested-table.docx: a 绩效目标表 laid out as one big Word table whose 绩效指标 cell holds
the indicators as a table of their own (a nested table), as some units' forms are drawn, for
tests/import_office.rs. Run: python3 make_nested_docx.py (needs python-docx); the LibreOffice
re-save (nested-table.lo.docx) is made by resave_corpus.py.

The content follows the national 项目支出绩效目标表 (项目名称, 主管部门, 资金, 总体目标, then the
indicators in three levels); the figures are made up for the test.
"""

import os

import docx

from make_office_files import normalize_zip

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nested-table.docx")

INDICATORS = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "培训人数", "≥500人"],
    ["产出指标", "质量指标", "培训合格率", "≥95%"],
    ["产出指标", "时效指标", "完成时间", "2025年12月底前"],
    ["效益指标", "社会效益指标", "就业率", "≥80%"],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
]

document = docx.Document()
document.core_properties.author = "jixiao test fixtures"
document.add_paragraph("职业技能培训项目绩效目标表")
outer = document.add_table(rows=6, cols=2)
outer.style = "Table Grid"
for r, (label, value) in enumerate([
    ("项目名称", "职业技能培训项目"),
    ("主管部门", "某市人力资源和社会保障局"),
    ("项目资金（万元）", "年度资金总额：120"),
    ("年度总体目标", "完成500人的职业技能培训，合格率不低于95%。"),
]):
    outer.cell(r, 0).text = label
    outer.cell(r, 1).text = value
outer.cell(4, 0).text = "绩效指标"
holder = outer.cell(4, 1)
inner = holder.add_table(rows=len(INDICATORS), cols=4)
inner.style = "Table Grid"
for r, row in enumerate(INDICATORS):
    for c, text in enumerate(row):
        inner.cell(r, c).text = text
# a row of the outer table after the one that holds the indicators
outer.cell(5, 0).text = "备注"
outer.cell(5, 1).text = "资金按进度拨付"
document.add_paragraph("填报人：张三")
document.save(OUT)
normalize_zip(OUT)
print(os.path.relpath(OUT, HERE))
