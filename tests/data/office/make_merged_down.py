#!/usr/bin/env python3
"""Make merged-down.{xlsx,xls,docx} and monitor-merged-down.{xlsx,xls,docx}: made-up tables
whose cells are merged down over several rows, as published tables merge a shared 指标值, a
shared 实际完成值, one 偏差原因分析 for a block of indicators or one 完成目标可能性 for two, in
each format the importers read (Excel merged regions in .xlsx and .xls, Word vMerge).

Run:  python3 make_merged_down.py           (needs: pip install openpyxl python-docx xlwt)

merged-down (a 自评表: 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
偏差原因分析及改进措施), its indicator rows:

1. 培训人数: nothing merged but the level cells and the last column (a remark run down three rows).
2. 设备完好率: 年度指标值 `≥95%` and 实际完成值 `98%` merged down over row 3.
3. 系统正常运行率: takes the target from row 2; the actual, a figure, is row 2's alone.
4. 群众知晓率: 分值 and 得分 merged down over row 5 (one figure for two rows: not copied).
5. 服务覆盖面: its own target and actual.

monitor-merged-down (a 监控表: 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1-6月执行情况 |
全年预计完成情况 | 偏差原因分析 | 完成目标可能性 | 备注), its indicator rows:

1. 培训人数: 1-6月执行情况 `1.2万人` merged down over row 2; 偏差原因分析 over rows 2-3;
   完成目标可能性 over row 2.
2. 培训场次: its progress is row 1's figure (not its own: left empty), its reason and answer
   row 1's.
3. 培训合格率: its own progress and answer; row 1's reason.
4. 宣传推广: 1-6月执行情况 `已开展宣传活动` (a statement) merged down over row 5.
5. 政策知晓: takes the statement.
6. 学员满意度: a statement `开展满意度调查` merged down and across, over 年度指标值 and
   1-6月执行情况 of rows 6 and 7: the target and the progress of each.
7. 群众满意度: takes both.

Written with make_corpus.py's writers. Deterministic: fixed properties and zip times.
"""

import os

from make_corpus import write_docx, write_xls, write_xlsx

HERE = os.path.dirname(os.path.abspath(__file__))


def row(width, *cells):
    return list(cells) + [""] * (width - len(cells))


SELF_EVAL = {
    "sheet": "Sheet1",
    "rows": [
        row(8, "2024年度项目支出绩效自评表"),
        row(8, "项目名称", "基层应急能力提升"),
        row(8, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
        row(8, "产出指标", "数量指标", "培训人数", "≥2万人", "2.1万人", "10", "10", "无偏差"),
        row(8, "", "质量指标", "设备完好率", "≥95%", "98%", "10", "10", ""),
        row(8, "", "", "系统正常运行率", "", "", "10", "10", ""),
        row(8, "效益指标", "社会效益指标", "群众知晓率", "≥90%", "92%", "20", "18", "宣传覆盖面有待扩大"),
        row(8, "", "", "服务覆盖面", "持续提升", "有所提升", "", "", ""),
    ],
    # 0-based [first row, first column, last row, last column]
    "merges": [
        [0, 0, 0, 7],
        [1, 1, 1, 7],
        [3, 0, 5, 0],
        [4, 1, 5, 1],
        [6, 0, 7, 0],
        [6, 1, 7, 1],
        [3, 7, 5, 7],
        [4, 3, 5, 3],
        [4, 4, 5, 4],
        [6, 5, 7, 5],
        [6, 6, 7, 6],
    ],
}

MONITOR = {
    "sheet": "Sheet1",
    "rows": [
        row(9, "2025年度项目支出绩效运行监控表（1-6月）"),
        row(9, "项目名称", "基层应急能力提升"),
        row(9, "年度", "2025"),
        row(9, "一级指标", "二级指标", "三级指标", "年度指标值", "1-6月执行情况", "全年预计完成情况", "偏差原因分析", "完成目标可能性", "备注"),
        row(9, "产出指标", "数量指标", "培训人数", "≥2万人", "1.2万人", "2万人", "培训按计划分批开展", "确定能", ""),
        row(9, "", "", "培训场次", "≥40场", "", "40场", "", "", ""),
        row(9, "", "质量指标", "培训合格率", "≥95%", "96%", "96%", "", "有可能", ""),
        row(9, "效益指标", "社会效益指标", "宣传推广", "开展宣传活动", "已开展宣传活动", "全年开展", "", "确定能", ""),
        row(9, "", "", "政策知晓", "知晓度明显提升", "", "明显提升", "", "确定能", ""),
        row(9, "满意度指标", "服务对象满意度指标", "学员满意度", "开展满意度调查", "", "全年开展", "", "有可能", ""),
        row(9, "", "", "群众满意度", "", "", "全年开展", "", "有可能", ""),
    ],
    "merges": [
        [0, 0, 0, 8],
        [1, 1, 1, 8],
        [2, 1, 2, 8],
        [4, 0, 6, 0],
        [4, 1, 5, 1],
        [7, 0, 8, 0],
        [7, 1, 8, 1],
        [4, 4, 5, 4],
        [4, 6, 6, 6],
        [4, 7, 5, 7],
        [7, 4, 8, 4],
        [9, 0, 10, 0],
        [9, 1, 10, 1],
        [9, 3, 10, 4],
    ],
}


def main():
    for stem, spec in (("merged-down", SELF_EVAL), ("monitor-merged-down", MONITOR)):
        for fmt, write in (("xlsx", write_xlsx), ("xls", write_xls), ("docx", write_docx)):
            path = os.path.join(HERE, f"{stem}.{fmt}")
            write(spec, path)
            print("wrote", os.path.relpath(path, HERE))


if __name__ == "__main__":
    main()
