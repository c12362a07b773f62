#!/usr/bin/env python3
"""Make monitor-merged.{xlsx,xls,docx}: a made-up monitoring table whose 指标值 cells are merged
across the monitoring columns, as published tables merge them (黄石's 社会效益 statement, in the
corpus, runs over 指标值 and 半年度指标执行情况), in each format the importer reads.

Run:  python3 make_monitor_merged.py           (needs: pip install openpyxl python-docx xlwt)

The table (9 columns: 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1-6月执行情况 |
全年预计完成情况 | 偏差原因分析 | 完成目标可能性 | 备注), its indicator rows:

1. 培训人数: nothing merged.
2. 文物修缮: a statement merged over 指标值 and 1-6月执行情况; its own 全年预计.
3. 宣传推广: a statement (with a number in it) over 指标值, 1-6月执行情况 and 全年预计完成情况.
4. 服务人次: a number target `≥500人次` over 指标值 and 1-6月执行情况; its own 全年预计.
5. 长效机制: a statement over 指标值 through 偏差原因分析.
6. a name merged over 三级指标, 指标值 and 1-6月执行情况 (no target); its own 全年预计.

Written with make_corpus.py's writers: .xlsx (openpyxl) and .xls (xlwt) merged regions, .docx
(python-docx) gridSpan and vMerge. Deterministic: fixed properties and zip times.
"""

import os

from make_corpus import write_docx, write_xls, write_xlsx

HERE = os.path.dirname(os.path.abspath(__file__))
WIDTH = 9


def row(*cells):
    return list(cells) + [""] * (WIDTH - len(cells))


SPEC = {
    "sheet": "Sheet1",
    "rows": [
        row("2025年度项目支出绩效运行监控表（1-6月）"),
        row("项目名称", "文化遗产保护利用"),
        row("年度", "2025"),
        row("一级指标", "二级指标", "三级指标", "年度指标值", "1-6月执行情况", "全年预计完成情况", "偏差原因分析", "完成目标可能性", "备注"),
        row("产出指标", "数量指标", "培训人数", "≥2万人", "1.2万人", "2万人", "", "确定能", ""),
        row("", "质量指标", "文物修缮", "完成馆藏文物修缮，修缮质量符合文物保护要求", "", "按计划完成", "", "确定能", ""),
        row("效益指标", "社会效益指标", "宣传推广", "开展文化遗产宣传活动，先后举办有社会影响力的活动5场", "", "", "", "确定能", ""),
        row("", "", "服务人次", "≥500人次", "", "600人次", "", "有可能", ""),
        row("", "可持续影响指标", "长效机制", "建立文化遗产保护长效机制", "", "", "", "确定能", ""),
        row("满意度指标", "服务对象满意度指标", "游客满意度调查（下半年开展）", "", "", "90%", "", "有可能", ""),
    ],
    # 0-based [first row, first column, last row, last column]
    "merges": [
        [0, 0, 0, 8],
        [1, 1, 1, 8],
        [2, 1, 2, 8],
        [4, 0, 5, 0],
        [6, 0, 8, 0],
        [6, 1, 7, 1],
        [5, 3, 5, 4],
        [6, 3, 6, 5],
        [7, 3, 7, 4],
        [8, 3, 8, 6],
        [9, 2, 9, 4],
    ],
}


def main():
    for fmt, write in (("xlsx", write_xlsx), ("xls", write_xls), ("docx", write_docx)):
        path = os.path.join(HERE, f"monitor-merged.{fmt}")
        write(SPEC, path)
        print("wrote", os.path.relpath(path, HERE))


if __name__ == "__main__":
    main()
