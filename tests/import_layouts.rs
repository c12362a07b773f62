//! The header layouts of common templates (issue 20), each in its family of spellings: a
//! two-row header with 指标值 over 符号 | 值 | 单位, the values of several years, a sub-header
//! row under 自评得分, 指标内容 naming the indicators, the project's name in one cell or taken
//! from the title.

use jixiao::import::{self, Code};
use jixiao::Decimal;

/// The one indicator of `tsv`, and the document.
fn only(tsv: &str) -> (jixiao::Indicator, import::Imported) {
    let doc = import::parse_text(tsv).unwrap_or_else(|e| panic!("{tsv}: {e}"));
    assert_eq!(doc.projects.len(), 1, "{tsv}");
    assert_eq!(doc.projects[0].indicators.len(), 1, "{tsv}: {:?}", doc.projects[0].indicators);
    (doc.projects[0].indicators[0].clone(), doc)
}

/// Spellings of a header word as templates write it: plain, with a line break, spaced.
fn spellings(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let half = chars.len() / 2;
    let broken: String = chars[..half].iter().chain(['\n'].iter()).chain(chars[half..].iter()).collect();
    vec![word.to_string(), format!("\"{broken}\""), format!(" {word} ")]
}

#[test]
fn a_value_over_symbol_value_and_unit() {
    for upper in ["预期指标值", "年度指标值", "指标值"] {
        for upper in spellings(upper) {
            for unit in ["单位", "单位(文字描述)", "单位（文字描述）", "度量单位"] {
                let tsv = format!(
                    "一级指标\t二级指标\t三级指标\t{upper}\t\t\n\t\t\t符号\t值\t{unit}\n产出指标\t质量指标\t验收合格率\t>=\t98\t%(百分比)\n"
                );
                let (ind, _) = only(&tsv);
                assert_eq!(ind.target().map(|t| t.to_string()), Ok("≥98%".to_string()), "{tsv}");
                assert_eq!(ind.level2.map(|l| l.name().to_string()).as_deref(), Some("质量指标"));
            }
        }
    }
}

#[test]
fn the_target_is_the_latest_or_adjusted_years_value() {
    for (older, target) in [
        ("2021年实际实现值", "预期2022年实现值"),
        ("2022年实际值", "2023年目标值"),
        ("上年实际值", "本年目标值"),
        ("上年完成值", "本年指标值"),
        ("年初目标值", "调整后目标值"),
    ] {
        for (a, b) in [(older, target), (target, older)] {
            let tsv = format!("三级指标\t{a}\t{b}\n培训人数\t{}\t{}\n", cell(a, older), cell(b, older));
            let (ind, _) = only(&tsv);
            assert_eq!(ind.value(), "≥95%", "{tsv}");
            assert_eq!(ind.extra.get(older).map(String::as_str), Some("90%"), "{tsv}: the older value is kept beside it");
            assert_eq!(ind.actual, None, "{tsv}: an earlier year's value is no actual");
        }
    }
    fn cell(header: &str, older: &str) -> &'static str {
        if header == older {
            "90%"
        } else {
            "≥95%"
        }
    }
}

#[test]
fn a_sub_header_row_is_never_an_indicator() {
    let tsv = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t自评得分\t\t\n\
               \t\t\t\t\t单项指标得分\t权重占比(%)\t单项指标折算得分\n\
               产出指标\t数量指标\t培训人数\t≥100人\t100人\t100\t20\t20\n";
    let (ind, _) = only(tsv);
    assert_eq!((ind.weight, ind.score), (Some(Decimal::from(20)), Some(Decimal::from(20))));
    assert_eq!(ind.extra.get("单项指标得分").map(String::as_str), Some("100"));
}

#[test]
fn indicators_named_in_an_indicator_content_column() {
    for header in spellings("指标内容") {
        let (ind, _) = only(&format!("一级指标\t二级指标\t{header}\t指标值\n产出指标\t数量指标\t培训人数\t≥100人\n"));
        assert_eq!(ind.name, "培训人数");
    }
    // beside a 三级指标 column it describes the indicator
    let (ind, _) = only("三级指标\t指标内容\t指标值\n培训人数\t全年培训人次\t≥100人\n");
    assert_eq!((ind.name.as_str(), ind.description.as_deref()), ("培训人数", Some("全年培训人次")));
}

#[test]
fn the_projects_name_in_one_cell_beside_others_or_from_the_title() {
    for row in [
        "项目名称：职业技能培训",
        "项目名称:职业技能培训",
        "项目名称\t职业技能培训\t主管部门\t人社局",
        "主管部门\t人社局\t项目名称\t职业技能培训",
    ] {
        let doc = import::parse_text(&format!("{row}\n三级指标\t指标值\n培训人数\t≥100人\n")).unwrap();
        assert_eq!(doc.projects[0].name, "职业技能培训", "{row}");
    }
    for title in ["1.职业技能培训项目绩效目标表", "职业技能培训项目支出绩效自评表", "2023年度职业技能培训项目绩效目标表"]
    {
        let doc = import::parse_text(&format!("{title}\n三级指标\t指标值\n培训人数\t≥100人\n")).unwrap();
        assert_eq!(doc.projects[0].name, "职业技能培训项目", "{title}");
        assert!(doc.diagnostics.iter().any(|d| d.code() == Code::NameFromTitle), "{title}: the guess is said");
    }
}

#[test]
fn a_repeated_header_continues_the_table_and_signatures_end_it() {
    for footer in ["填报人：张三\t\t联系电话：123456\t", "单位负责人：\t\t财务负责人：\t", "填表人:李四\t\t\t"]
    {
        let tsv = format!(
            "项目名称\t职业培训\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人数\t≥100人\n\
             一级指标\t二级指标\t三级指标\t指标值\n产出指标\t质量指标\t合格率\t≥95%\n{footer}\n"
        );
        let doc = import::parse_text(&tsv).unwrap();
        assert_eq!(doc.projects.len(), 1, "{footer}: one table, its header printed twice");
        let names: Vec<&str> = doc.projects[0].indicators.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["培训人数", "合格率"], "{footer}");
    }
}

/// The signature lines under a form end its table in every spelling: each label of who, when
/// and how to reach them, a stamp or signature asked for, with either colon, spaces, a value or
/// none, alone in its row or with others; and no real indicator row is taken for one.
#[test]
fn signature_lines_end_the_table_in_every_spelling() {
    let labels = [
        "填报人",
        "填表人",
        "制表人",
        "填写人",
        "审核人",
        "复核人",
        "经办人",
        "审批人",
        "联系人",
        "单位负责人",
        "财务负责人",
        "项目负责人",
        "主要负责人",
        "联系电话",
        "填报日期",
        "报送日期",
        "填报单位（盖章）",
        "填报单位(盖章)",
        "填报单位",
        "编制单位",
        "报送单位",
        "填报部门",
        "单位（盖章）",
        "负责人签字",
        "（盖章）",
    ];
    let mut n = 0;
    for label in labels {
        for (colon, value) in [("：", "张三"), (":", "李四"), ("：", ""), (" ", "王五"), ("： ", "2024年3月1日"), ("", "")] {
            for rest in ["", "\t\t联系电话：123456", "\t\t\t"] {
                let footer = format!("{label}{colon}{value}{rest}");
                let tsv = format!(
                    "项目名称\t职业培训\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人数\t≥100人\n\t质量指标\t合格率\t≥95%\n{footer}\n"
                );
                let doc = import::parse_text(&tsv).unwrap();
                let names: Vec<&str> = doc.projects[0].indicators.iter().map(|i| i.name.as_str()).collect();
                assert_eq!(names, ["培训人数", "合格率"], "{footer}");
                n += 1;
            }
        }
    }
    assert!(n > 400, "{n}");
    // names that end or hold such words are indicators, first in their row (the levels merged
    // or filled down), with or without a value written
    for name in [
        "项目完成日期",
        "开工日期",
        "资金拨付日期",
        "设立举报电话",
        "明确项目负责人",
        "配备项目联系人",
        "电子签章系统建设",
        "电子签名应用率",
        "验收资料签字齐全率",
        "合同签订率",
        "家庭医生签约率",
        "按时报送绩效自评表",
        "部门绩效目标表编制质量",
    ] {
        for value in ["2025年12月底前", ""] {
            let tsv = format!(
                "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t时效指标\t培训人数\t≥100人\n\t\t{name}\t{value}\n\t质量指标\t合格率\t≥95%\n"
            );
            let doc = import::parse_text(&tsv).unwrap();
            let names: Vec<&str> = doc.projects[0].indicators.iter().map(|i| i.name.as_str()).collect();
            // (a name with no value is an indicator whose value is missing, I007; the table goes on)
            assert_eq!(names, ["培训人数", name, "合格率"], "{name} {value}");
        }
    }
    // no real level or name is taken for one: each, first in its row, is read as an indicator
    let real = include_str!("../data/real-values.tsv");
    let mut names = 0;
    for row in real.lines().skip(1) {
        for name in row.split('\t').skip(1).take(3).filter(|t| !t.trim().is_empty()) {
            let doc = import::parse_text(&format!("三级指标\t指标值\n{name}\t≥1人\n")).unwrap();
            assert_eq!(doc.projects[0].indicators.len(), 1, "{name}");
            names += 1;
        }
    }
    assert!(names > 400, "{names}");
}

/// The form reader (a Word form, and its text) ends the indicators at the rows under them as the
/// sheet reader does: a total, a note, signature lines in any spelling, inside the form's table.
#[test]
fn the_rows_under_a_forms_indicators_are_no_indicators() {
    let sample = include_str!("../data/tianjin-2025-emergency-center.txt");
    let plain = import::docx_text::parse(sample).unwrap();
    let last = |doc: &import::Imported| doc.projects.last().map(|p| p.indicators.iter().map(|i| i.name.clone()).collect::<Vec<_>>());
    for rows in [
        "\t合计\n\t\n\t\n",
        "\t填报人：张三\n\t联系电话：123456\n",
        "\t填报单位（盖章）：天津市生态环境局\n\t\n\t复核人：李四\n",
        "\t备注：本表数据截至2025年6月底\n",
        "\t总分\n\t100\n\n\t经办人 王五\n\t填报日期：2025年3月1日\n",
    ] {
        // inside the last table: after its last row, before the blank lines that end it
        let text = format!("{}\n\n{rows}\n\n", sample.trim_end_matches('\n'));
        let doc = import::docx_text::parse(&text).unwrap();
        assert_eq!(doc.projects.len(), plain.projects.len(), "{rows}");
        assert_eq!(last(&doc), last(&plain), "{rows}");
        let new: Vec<String> = doc.diagnostics.iter().filter(|d| !plain.diagnostics.contains(d)).map(|d| d.to_string()).collect();
        assert!(new.is_empty(), "{rows}: {new:#?}");
    }
    // signature lines as paragraphs under the last table are where they belong: no note; any
    // other text there is reported
    for (after, noted) in [("经办人：王五    填报日期：2025年3月1日", false), ("单位负责人签字：", false), ("附件2：资金明细", true)]
    {
        let text = format!("{}\n\n\n{after}\n", sample.trim_end_matches('\n'));
        let doc = import::docx_text::parse(&text).unwrap();
        let outside = doc.diagnostics.iter().any(|d| d.code() == Code::OutsideTable);
        assert_eq!(outside, noted, "{after}: {:#?}", doc.diagnostics);
    }
}

/// A row of one text that names a kind of table is the next table's title, in every kind and
/// spelling, and ends the table above it; a name that only holds such words is no title.
#[test]
fn title_rows_between_tables_on_a_sheet() {
    for kind in ["绩效目标表", "绩效运行监控表", "项目支出绩效自评表", "绩效目标申报表（2025年度）", "绩效监控情况表"]
    {
        let tsv = format!("1.培训项目{kind}\n三级指标\t指标值\n培训人数\t≥100人\n2.应急项目{kind}\n三级指标\t指标值\n演练次数\t≥4次\n");
        let doc = import::parse_text(&tsv).unwrap();
        let got: Vec<(&str, usize)> = doc.projects.iter().map(|p| (p.name.as_str(), p.indicators.len())).collect();
        let stem = if kind.starts_with("项目") { "项目" } else { "" };
        assert_eq!(got, [(format!("培训项目{stem}").as_str(), 1), (format!("应急项目{stem}").as_str(), 1)], "{kind}");
    }
    // a name with no value written yet is a row of the table
    let doc = import::parse_text("三级指标\t指标值\n培训人数\t≥100人\n部门绩效目标表编制质量\t\n演练次数\t≥4次\n").unwrap();
    assert_eq!(doc.projects.len(), 1);
    assert_eq!(doc.projects[0].indicators.len(), 3);
}

/// Footers laid out across cells with no colon (`填报人 | 张三 | 审核人 | 李四`, the filled-in text
/// in the 指标值 column), and names that end in a stamp word with a value (`推行电子签章 | 100%`),
/// each first in its row: the footer ends the table, the name is an indicator.
#[test]
fn footers_across_cells_and_stamp_words_in_names() {
    let head = "项目名称\tAA项目\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人数\t≥500人\n";
    for footer in ["填报人\t张三\t审核人\t李四", "单位负责人\t\t\t王五", "联系电话\t\t\t13800000000", "填报日期\t\t\t2025年7月1日"]
    {
        let doc = import::parse_text(&format!("{head}{footer}\n")).unwrap();
        let names: Vec<&str> = doc.projects[0].indicators.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["培训人数"], "{footer}");
    }
    for name in ["推行电子签章", "合同签字", "档案盖章", "文件签名", "责任书签字"] {
        let doc = import::parse_text(&format!("{head}\t\t{name}\t100%\n\t质量指标\t合格率\t≥95%\n")).unwrap();
        let names: Vec<&str> = doc.projects[0].indicators.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["培训人数", name, "合格率"], "{name}");
    }
    // a remark under a table (`注：…`, `备注：…`) ends it too: the row under it is no indicator
    for remark in
        ["注：本表数据截至6月底", "注1.数据截至6月底", "备注：无", "附注：见附件", "注释：见附件", "说明：无", "填表说明：按实填写"]
    {
        let doc = import::parse_text(&format!("{head}{remark}\t\t\t\n补充行\tx\t\t\n")).unwrap();
        assert_eq!(doc.projects[0].indicators.len(), 1, "{remark}");
    }
    // titles between tables on a sheet, in every numbering
    for n in ["1)", "1）", "1 ", "（一）", "一."] {
        let tsv = format!(
            "{n}AA绩效运行监控表\n三级指标\t指标值\n培训人数\t≥100人\n{}BB绩效运行监控表\n三级指标\t指标值\n演练次数\t≥4次\n",
            n.replace('1', "2").replace('一', "二")
        );
        let doc = import::parse_text(&tsv).unwrap();
        let got: Vec<(&str, usize)> = doc.projects.iter().map(|p| (p.name.as_str(), p.indicators.len())).collect();
        assert_eq!(got, [("AA", 1), ("BB", 1)], "{n}");
    }
}

/// A template's empty rows leave no note behind (they are no indicators), and a header repeated
/// in another spelling continues the same table.
#[test]
fn template_rows_and_repeated_headers_in_other_spellings() {
    let tsv = "项目名称\t培训项目\n三级指标\t指标值\n培训人数\t≥100人\n指标2\t\n……\t\n/\t\n三级 指标\t指标值（人）\n培训场次\t≥3场\n";
    let doc = import::parse_text(tsv).unwrap();
    assert_eq!(doc.projects.len(), 1);
    let names: Vec<&str> = doc.projects[0].indicators.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["培训人数", "培训场次"]);
    assert!(doc.diagnostics.iter().all(|d| d.code() != jixiao::import::Code::EmptyValue), "{:?}", doc.diagnostics);
}

/// A funds cell that gives its amounts with their labels (`年度资金总额：120`, a line each, as a
/// form's one cell holds them), with either colon and an empty 其他资金 (zero), and the goals
/// of a `年度总体目标` row.
#[test]
fn amounts_labelled_inside_their_cell_and_the_goals_row() {
    for colon in ["：", ":"] {
        for other in ["其他资金：", "其他资金：0", ""] {
            let other = other.replace('：', colon);
            let cell = format!("年度资金总额{colon}120\n其中{colon}财政拨款{colon}100\n{other}");
            let tsv = format!(
                "项目名称\t职业技能培训\n项目资金（万元）\t\"{cell}\"\n年度总体目标\t完成500人的培训\n三级指标\t指标值\n培训人数\t≥500人\n"
            );
            let (_, doc) = only(&tsv);
            let b = &doc.projects[0].budget;
            assert_eq!((b.total, b.fiscal), (Some(Decimal::from(120)), Some(Decimal::from(100))), "{cell}");
            assert_eq!(doc.projects[0].goals, ["完成500人的培训"], "{cell}");
            assert!(!doc.diagnostics.iter().any(|d| d.code() == Code::UnexpectedBudgetCell), "{cell}: {:?}", doc.diagnostics);
        }
    }
    // the parts in cells of their own beside the label, with their units
    let tsv = "项目名称\t职业技能培训\n项目资金\t年度资金总额: 120万元\t其中：财政拨款：100万元\n三级指标\t指标值\n培训人数\t≥500人\n";
    let b = &only(tsv).1.projects[0].budget;
    assert_eq!((b.total, b.fiscal), (Some(Decimal::from(120)), Some(Decimal::from(100))));
}

/// Goals over two rows, the label merged down, and under column labels (`中长期目标 | 年度目标`):
/// the goals, without the labels.
#[test]
fn goals_over_rows_and_under_column_labels() {
    let tsv = "项目名称\t培训\n年度总体目标\t1.完成500人的培训\n\t2.提高合格率\n三级指标\t指标值\n培训人数\t≥500人\n";
    assert_eq!(only(tsv).1.projects[0].goals, ["1.完成500人的培训", "2.提高合格率"]);
    let tsv = "项目名称\t培训\n年度总体目标\t中长期目标\t年度目标\n\t长期提高技能\t完成500人的培训\n三级指标\t指标值\n培训人数\t≥500人\n";
    assert_eq!(only(tsv).1.projects[0].goals, ["长期提高技能", "完成500人的培训"]);
}
