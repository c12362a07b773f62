//! Every import diagnostic code, from a real input that produces it, with its exact English
//! (`Display`) and Chinese (`zh()`) message. The inputs are the Tianjin sample and the
//! self-evaluation rows of `data/`, each with one thing changed.

use jixiao::import::{self, docx_text, table, Code, Diagnostic, Imported};

const SAMPLE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/tianjin-2025-emergency-center.txt"));

/// The sample with lines `from..=to` (1-based) replaced by `replacement` (no line if empty).
fn sample_with(from: usize, to: usize, replacement: &str) -> String {
    let mut out = String::new();
    for (i, l) in SAMPLE.lines().enumerate() {
        let n = i + 1;
        if n == from && !replacement.is_empty() {
            out.push_str(replacement);
            out.push('\n');
        }
        if !(from..=to).contains(&n) {
            out.push_str(l);
            out.push('\n');
        }
    }
    out
}

/// The inputs, one (or more) per code.
fn cases() -> Vec<(Code, Imported)> {
    let text = |s: &str| docx_text::parse(s).expect("imports");
    let tsv = |s: &str| table::parse(s).expect("imports");
    // GB18030 bytes of 三级指标,指标值 / 培训人数,≥2万人
    let gbk: &[u8] =
        b"\xc8\xfd\xbc\xb6\xd6\xb8\xb1\xea,\xd6\xb8\xb1\xea\xd6\xb5\n\xc5\xe0\xd1\xb5\xc8\xcb\xca\xfd,\xa1\xdd2\xcd\xf2\xc8\xcb\n";
    vec![
        (Code::UnclosedQuote, tsv("三级指标,指标值\n系统故障率,≤5%\n\"系统故障修复处理时间,≤24小时\n")),
        (Code::ExtraColumn, tsv("三级指标\t年度指标值\t未完成原因\n安装坡面水标尺\t≥266米\t无\n")),
        (Code::SurplusCells, text(&sample_with(34, 34, "\t≥513个\n\t多出来的一格"))),
        (Code::BadNumber, tsv("三级指标\t指标值\t分值\n系统故障率\t≤5%\t十分\n")),
        (Code::NoLevel1, tsv("一级指标\t三级指标\t指标值\n\t系统故障率\t≤5%\n")),
        (
            Code::NoLevel2,
            tsv("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t设备更新改造\t≥1套\n效益指标\t\t安全使用\t持续保持\n"),
        ),
        (Code::EmptyValue, tsv("三级指标\t指标值\n指标1:工程质量合格\t\n")),
        (Code::BadValue, text(&sample_with(34, 34, "\t≥5x13个"))),
        (Code::EmptyAmount, text(&sample_with(10, 10, "\t"))),
        (Code::BadAmount, text(&sample_with(10, 10, "\t三百八十一万"))),
        (Code::UnexpectedBudgetCell, tsv("预算数\t381.00\t其中\n三级指标\t指标值\n系统故障率\t≤5%\n")),
        (Code::IgnoredCell, text(&sample_with(6, 6, "\t天津市生态环境信息网络、设备及系统运行维护\n\t主管部门"))),
        (Code::EmptyName, text(&sample_with(6, 6, "\t"))),
        (Code::UnrecognisedRow, text(&sample_with(110, 115, ""))),
        (Code::UnrecognisedHeading, text(&sample_with(3, 3, "\t单位：万元\n\t天津市生态环境局"))),
        (Code::OutsideTable, text(&format!("目录\n\n{SAMPLE}"))),
        (Code::UnitWithoutTable, text(&format!("附件\n\t362207天津市环境应急与事故调查中心\n\t单位：万元\n\n{SAMPLE}"))),
        (Code::NameFromHeading, text(&sample_with(5, 7, ""))),
        (Code::NoBudget, text(&sample_with(8, 21, ""))),
        (Code::NoIndicators, text(&SAMPLE.lines().take(96).map(|l| format!("{l}\n")).collect::<String>())),
        (
            Code::SkippedRow,
            tsv("2022年度项目支出绩效自评表\n项目名称\t义务教育营养改善计划专项资金\n三级指标\t指标值\n学生受资助人数\t≥735人次\n"),
        ),
        (Code::NoName, tsv("三级指标,指标值\n培训人数,≥2万人\n")),
        (Code::HeaderWithoutRows, tsv("一级指标,二级指标,三级指标,指标值\n")),
        (Code::MissingColumn, tsv("一级指标\t二级指标\t三级指标\t分值\t得分\n产出指标\t数量指标\t安装坡面水标尺\t10\t10\n")),
        (Code::BadActual, tsv("三级指标\t指标值\t实际完成值\n政策知晓率\t=100%\t5=50%\n")),
        (Code::AmountConverted, tsv("单位：元\n预算数\t381万元\n三级指标\t指标值\n运行维护费用\t≤381万元\n")),
        (Code::Decoded, import::parse_bytes(gbk, "table.csv").expect("imports")),
    ]
}

fn first(code: Code, doc: &Imported) -> &Diagnostic {
    doc.diagnostics.iter().find(|d| d.code == code).unwrap_or_else(|| panic!("{code}: {:#?}", doc.diagnostics))
}

#[test]
fn every_code_has_its_exact_message_in_english_and_chinese() {
    let expected: Vec<(Code, &str, &str)> = vec![
        (
            Code::UnclosedQuote,
            "line 3, cell 1: error I001: a quoted cell is not closed; it runs to the end of the input",
            "第3行第1格：错误 I001：引号未闭合，该单元格一直延续到输入末尾",
        ),
        (
            Code::ExtraColumn,
            "line 1, cell 3: note I002: column `未完成原因` is not an indicator field; its cells are kept in `extra`",
            "第1行第3格：提示 I002：“未完成原因”列不是指标字段，其内容保留在 extra 中",
        ),
        (
            Code::SurplusCells,
            "line 30: warning I003: the row has 6 cells but the header has 5; the surplus cells are kept in `extra`",
            "第30行：警告 I003：该行有6个单元格，表头只有5个；多出的单元格保留在 extra 中",
        ),
        (
            Code::BadNumber,
            "line 2, cell 3: error I004: 分值: `十分` is not a number; kept in `extra`",
            "第2行第3格：错误 I004：分值：“十分”不是数字；保留在 extra 中",
        ),
        (
            Code::NoLevel1,
            "line 2: warning I005: 一级指标 is empty and there is no row above to take it from",
            "第2行：警告 I005：一级指标为空，且上方没有可沿用的行",
        ),
        (
            Code::NoLevel2,
            "line 3: warning I006: 二级指标 is empty and the row above is in another 一级指标",
            "第3行：警告 I006：二级指标为空，且上一行属于另一个一级指标",
        ),
        (Code::EmptyValue, "line 2, cell 2: warning I007: 指标值 is empty", "第2行第2格：警告 I007：指标值为空"),
        (
            Code::BadValue,
            "line 34, cell 5: error I008: 指标值 `≥5x13个` does not parse: expected a unit, a range or the end at character 3 (byte offset 4)",
            "第34行第5格：错误 I008：指标值“≥5x13个”无法解析：第3个字符处应为单位、区间或结尾",
        ),
        (Code::EmptyAmount, "line 10: warning I009: 预算数 is empty", "第10行：警告 I009：预算数为空"),
        (
            Code::BadAmount,
            "line 10, cell 3: error I010: 预算数: `三百八十一万` is not a number",
            "第10行第3格：错误 I010：预算数：“三百八十一万”不是数字",
        ),
        (
            Code::UnexpectedBudgetCell,
            "line 1, cell 3: warning I011: unexpected cell `其中` in the budget row",
            "第1行第3格：警告 I011：预算行中有无法识别的单元格“其中”",
        ),
        (
            Code::IgnoredCell,
            "line 7, cell 3: note I012: cell `主管部门` beside the 项目名称 is not read",
            "第7行第3格：提示 I012：项目名称旁的单元格“主管部门”未读取",
        ),
        (Code::EmptyName, "line 5: warning I013: 项目名称 is empty", "第5行：警告 I013：项目名称为空"),
        (
            Code::UnrecognisedRow,
            "line 110: warning I014: unrecognised row `产出指标 | 数量指标 | 设备更新改造 | 设备更新改造 | ≥1套`",
            "第110行：警告 I014：无法识别的行“产出指标 | 数量指标 | 设备更新改造 | 设备更新改造 | ≥1套”",
        ),
        (
            Code::UnrecognisedHeading,
            "line 4: warning I015: unrecognised heading cell `天津市生态环境局`",
            "第4行：警告 I015：无法识别的表头单元格“天津市生态环境局”",
        ),
        (Code::OutsideTable, "line 1: warning I016: text outside any table: `目录`", "第1行：警告 I016：表格外的文字“目录”"),
        (
            Code::UnitWithoutTable,
            "line 1: warning I017: unit `362207天津市环境应急与事故调查中心` has no table under it",
            "第1行：警告 I017：单位“362207天津市环境应急与事故调查中心”下没有表格",
        ),
        (
            Code::NameFromHeading,
            "line 1: warning I018: no 项目名称 row; the name is taken from the heading",
            "第1行：警告 I018：没有项目名称行，名称取自标题",
        ),
        (
            Code::NoBudget,
            "line 1: warning I019: project `天津市生态环境信息网络、设备及系统运行维护` has no budget row",
            "第1行：警告 I019：项目“天津市生态环境信息网络、设备及系统运行维护”没有预算行",
        ),
        (
            Code::NoIndicators,
            "line 87: warning I020: project `2025年环境安全基础能力提升项目` has no indicator rows",
            "第87行：警告 I020：项目“2025年环境安全基础能力提升项目”没有指标行",
        ),
        (
            Code::SkippedRow,
            "line 1: note I021: row above the header not read: `2022年度项目支出绩效自评表`",
            "第1行：提示 I021：表头上方的行未读取：“2022年度项目支出绩效自评表”",
        ),
        (Code::NoName, "line 2: note I022: no 项目名称 given; the project has no name", "第2行：提示 I022：未给出项目名称，项目没有名称"),
        (Code::HeaderWithoutRows, "line 1: warning I023: the header has no indicator rows under it", "第1行：警告 I023：表头下没有指标行"),
        (Code::MissingColumn, "line 1: error I024: the header has no 指标值 column", "第1行：错误 I024：表头缺少“指标值”列"),
        (
            Code::BadActual,
            "line 2, cell 3: error I025: 实际完成值 `5=50%` does not parse: expected a unit, a range or the end at character 2 (byte offset 1)",
            "第2行第3格：错误 I025：实际完成值“5=50%”无法解析：第2个字符处应为单位、区间或结尾",
        ),
        (
            Code::AmountConverted,
            "line 2, cell 2: note I026: 预算数 `381万元` is in 万元; read as 3810000 元 like the table",
            "第2行第2格：提示 I026：预算数“381万元”的单位是万元，按表格单位读作3810000元",
        ),
        (
            Code::Decoded,
            "line 1: note I027: the text is not UTF-8; it was read as GB18030",
            "第1行：提示 I027：文本不是 UTF-8，已按 GB18030 读取",
        ),
    ];
    let cases = cases();
    assert_eq!(cases.len(), Code::ALL.len(), "one input per code");
    for ((code, doc), (want_code, en, zh)) in cases.iter().zip(&expected) {
        assert_eq!(code, want_code);
        let d = first(*code, doc);
        assert_eq!(d.severity, code.severity(), "{code}");
        assert_eq!(d.to_string(), *en, "{code}");
        assert_eq!(d.zh(), *zh, "{code}");
        assert_eq!(Code::parse(code.as_str()), Some(*code));
    }
    let codes: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    let want: Vec<String> = (1..=27).map(|n| format!("I{n:03}")).collect();
    assert_eq!(codes, want);
}

#[test]
fn a_unit_in_the_cell_wins_over_the_tables_and_parenthesised_units_are_seen() {
    let doc = table::parse("单位：元\n预算数\t381万元\n三级指标\t指标值\n运行维护费用\t≤381万元\n").expect("imports");
    let b = &doc.projects[0].budget;
    assert_eq!((b.money_unit, b.total.map(|t| t.to_string())), (jixiao::MoneyUnit::Yuan, Some("3810000".to_string())));
    let doc = table::parse("单位：万元\n预算数\t3810000元\n三级指标\t指标值\n运行维护费用\t≤381万元\n").expect("imports");
    assert_eq!(doc.projects[0].budget.total.map(|t| t.to_string()), Some("381".to_string()));
    let doc = table::parse("（单位：元）\n预算数\t381.00\n三级指标\t指标值\n运行维护费用\t≤381万元\n").expect("imports");
    assert_eq!(doc.projects[0].budget.money_unit, jixiao::MoneyUnit::Yuan);
    assert!(doc.diagnostics.iter().all(|d| d.code != Code::SkippedRow), "{:?}", doc.diagnostics);
    for (label, unit) in [("预算数（万元）", jixiao::MoneyUnit::WanYuan), ("预算数（元）", jixiao::MoneyUnit::Yuan)] {
        let doc = table::parse(&format!("{label}\t381.00\n三级指标\t指标值\n运行维护费用\t≤381万元\n")).expect("imports");
        let b = &doc.projects[0].budget;
        assert_eq!((b.money_unit, b.total.map(|t| t.to_string())), (unit, Some("381.00".to_string())), "{label}");
    }
}

#[test]
fn excel_quoted_multi_line_cells_in_tsv_stay_one_cell() {
    let tsv = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t\"培训\n人数\"\t≥2万人\n\t质量指标\t验收通过率\t≥95%\n";
    let doc = table::parse(tsv).expect("imports");
    let rows = &doc.projects[0].indicators;
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].name, "培训\n人数");
    assert_eq!(rows[1].level1, Some(jixiao::Level1::Output));
    let d = doc.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>();
    assert_eq!(d, [Code::NoName]);
}

#[test]
fn years_are_read_from_the_titles_of_the_real_tables() {
    // the title lines of data/tables/NN.txt, above a header
    let titles = [
        ("01", "2022年度项目支出绩效自评表 | 部门:临沧市永德县明朗中学 |", 2022),
        ("03", "绩效目标自评表(2022年度)项目名称中江县农业水价综合改革精准补贴和节水奖励项目", 2022),
        ("04", "稷山县项目支出绩效自评表 (2020年度) 项目名称 建档立卡个人缴费县级配套资金", 2020),
        ("07", "(2022年度)", 2022),
        ("09", "2023年项目支出绩效目标申报表", 2023),
    ];
    for (table_no, title, year) in titles {
        let text = format!("{title}\n三级指标\t指标值\n培训人数\t≥2万人\n");
        let doc = table::parse(&text).expect("imports");
        assert_eq!(doc.projects[0].year(), Some(year), "{table_no}");
    }
    // the Tianjin sample: only project 2 names its year
    let doc = docx_text::parse(SAMPLE).expect("imports");
    let years: Vec<Option<u16>> = doc.projects.iter().map(jixiao::Project::year).collect();
    assert_eq!(years, [None, Some(2025), None, None]);
}
