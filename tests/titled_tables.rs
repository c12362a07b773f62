//! Reports of several projects, one table each, a title before each table and a note under the
//! last (`tests/data/office/make_titled_tables.py`): Word files with a paragraph before each
//! table, and workbooks with the tables one under another on one sheet, a title row above each,
//! as written and as LibreOffice re-saves them. Each table is its own project, named by its
//! 项目名称 row or else by its title, with its own budget and goals from the rows above its
//! header, in the target importer and in the monitoring importer (which reads a Word file as a
//! grid); no title or note is read as an indicator.
#![cfg(all(feature = "docx", feature = "xlsx"))]

use jixiao::import::Code;
use jixiao::Decimal;

const FILES: [(&str, &[u8], bool); 10] = [
    ("titled-tables.docx", include_bytes!("data/office/titled-tables.docx"), false),
    ("titled-tables.lo.docx", include_bytes!("data/office/titled-tables.lo.docx"), false),
    ("titled-tables.xlsx", include_bytes!("data/office/titled-tables.xlsx"), false),
    ("titled-tables.lo.xlsx", include_bytes!("data/office/titled-tables.lo.xlsx"), false),
    ("named-tables.docx", include_bytes!("data/office/named-tables.docx"), true),
    ("named-tables.lo.docx", include_bytes!("data/office/named-tables.lo.docx"), true),
    ("budgeted-tables.docx", include_bytes!("data/office/budgeted-tables.docx"), true),
    ("budgeted-tables.lo.docx", include_bytes!("data/office/budgeted-tables.lo.docx"), true),
    ("budgeted-tables.xlsx", include_bytes!("data/office/budgeted-tables.xlsx"), true),
    ("budgeted-tables.lo.xlsx", include_bytes!("data/office/budgeted-tables.lo.xlsx"), true),
];

/// A report as the test reads it: the project's name, and each indicator's name and progress.
type Report<'a> = (&'a str, Vec<(&'a str, Option<&'a str>)>);

/// A project's funds as the test reads them: 预算数, 1-6月执行数, 执行率 and 年度总体目标.
type Funds<'a> = (Option<Decimal>, Option<Decimal>, Option<Decimal>, Vec<&'a str>);

/// The names each file gives: a 项目名称 row's, else the title's (its 项目 kept, 支出 and the
/// kind of table left out).
fn names(named: bool) -> [&'static str; 2] {
    if named {
        ["文化遗产保护利用", "基层应急能力提升"]
    } else {
        ["文化遗产保护利用项目", "基层应急能力提升项目"]
    }
}

#[test]
fn each_table_is_its_own_project_in_the_target_importer() {
    for (file, bytes, named) in FILES {
        let doc = jixiao::import::parse_bytes(bytes, file).unwrap();
        let got: Vec<(&str, Vec<&str>)> =
            doc.projects.iter().map(|p| (p.name.as_str(), p.indicators.iter().map(|i| i.name.as_str()).collect())).collect();
        let [a, b] = names(named);
        assert_eq!(got, [(a, vec!["培训人数", "宣传推广"]), (b, vec!["演练次数", "群众满意度"])], "{file}");
    }
}

#[test]
fn each_table_is_its_own_report_in_the_monitoring_importer() {
    for (file, bytes, named) in FILES {
        let doc = jixiao::monitor::import::parse_bytes(bytes, file, None).unwrap();
        let got: Vec<Report<'_>> = doc
            .reports
            .iter()
            .map(|r| {
                let rows = r.project.indicators.iter().zip(r.progress()).map(|(i, p)| (i.name.as_str(), p.completed.as_deref()));
                (r.project.name.as_str(), rows.collect())
            })
            .collect();
        let [a, b] = names(named);
        assert_eq!(
            got,
            [
                (a, vec![("培训人数", Some("1.2万人")), ("宣传推广", Some("已开展宣传活动"))]),
                (b, vec![("演练次数", Some("2次")), ("群众满意度", Some("92%"))])
            ],
            "{file}"
        );
        assert_eq!(doc.reports.iter().map(|r| r.month()).collect::<Vec<_>>(), [6, 6], "{file}");
        // a name from a title is a guess, and said to be; a 项目名称 row's is not
        let guessed = doc.diagnostics.iter().filter(|d| d.code() == Code::NameFromTitle).count();
        assert_eq!(guessed, if named { 0 } else { 2 }, "{file}: {:#?}", doc.diagnostics);
        assert!(doc.diagnostics.iter().all(|d| d.code() != Code::UnmatchedRows), "{file}");
    }
}

/// Each table's budget row and goals, above its own header, are its project's: 预算数 and
/// 1-6月执行数 (the budget's progress, in the monitoring importer) and 年度总体目标.
#[test]
fn each_tables_budget_and_goals_are_its_projects() {
    for (file, bytes, _) in FILES.iter().filter(|f| f.0.starts_with("budgeted")) {
        let doc = jixiao::monitor::import::parse_bytes(bytes, file, None).unwrap();
        let got: Vec<Funds<'_>> = doc
            .reports
            .iter()
            .map(|r| (r.project.budget.total, r.budget.executed, r.budget.rate, r.project.goals.iter().map(String::as_str).collect()))
            .collect();
        let d = |n: i64| Some(Decimal::from(n));
        assert_eq!(
            got,
            [(d(100), d(40), d(40), vec!["完成馆藏文物修缮，开展宣传活动"]), (d(200), d(150), d(75), vec!["提升基层应急处置能力"])],
            "{file}"
        );
        // nothing about them is left unread or unmatched
        let codes: Vec<Code> = doc.diagnostics.iter().map(|d| d.code()).filter(|c| *c != Code::SkippedRow).collect();
        assert!(codes.is_empty(), "{file}: {:#?}", doc.diagnostics);
        let target = jixiao::import::parse_bytes(bytes, file).unwrap();
        let budgets: Vec<(Option<Decimal>, usize)> = target.projects.iter().map(|p| (p.budget.total, p.goals.len())).collect();
        assert_eq!(budgets, [(d(100), 1), (d(200), 1)], "{file}");
    }
}

/// A table split across pages into Word tables, a paragraph between them that is no title
/// (`续表`, `（续）`), its header repeated or not: one project, its indicators in order, in both
/// importers.
#[test]
fn a_table_continued_in_the_next_word_table_is_one() {
    for (file, bytes) in [
        ("continued-table.docx", &include_bytes!("data/office/continued-table.docx")[..]),
        ("continued-table.lo.docx", &include_bytes!("data/office/continued-table.lo.docx")[..]),
    ] {
        let names = ["培训人数", "宣传推广", "演练次数", "群众满意度"];
        let doc = jixiao::monitor::import::parse_bytes(bytes, file, None).unwrap();
        let got: Vec<(&str, Vec<&str>)> =
            doc.reports.iter().map(|r| (r.project.name.as_str(), r.project.indicators.iter().map(|i| i.name.as_str()).collect())).collect();
        assert_eq!(got, [("文化遗产保护利用", names.to_vec())], "{file}: {:#?}", doc.diagnostics);
        let done: Vec<Option<&str>> = doc.reports[0].progress().iter().map(|p| p.completed.as_deref()).collect();
        assert_eq!(done, [Some("1.2万人"), Some("已开展宣传活动"), Some("2次"), Some("92%")], "{file}");
        assert!(doc.diagnostics.iter().all(|d| d.code() != Code::UnmatchedRows), "{file}");
        let target = jixiao::import::parse_bytes(bytes, file).unwrap();
        let got: Vec<(&str, usize)> = target.projects.iter().map(|p| (p.name.as_str(), p.indicators.len())).collect();
        assert_eq!(got, [("文化遗产保护利用", 4)], "{file}");
    }
}

/// Paragraphs between Word tables that are no titles of a kind of table still end a table:
/// `单位：元` over each (each table's amounts in its own unit, in both readers), numbered
/// headings that are the projects' names (`1.XX项目`, a guess said as one), and a note under
/// a table whose header has no rows yet (its budget kept).
#[test]
fn other_paragraphs_between_word_tables() {
    for (file, bytes) in [
        ("unit-paragraphs.docx", &include_bytes!("data/office/unit-paragraphs.docx")[..]),
        ("unit-paragraphs.lo.docx", &include_bytes!("data/office/unit-paragraphs.lo.docx")[..]),
    ] {
        let doc = jixiao::monitor::import::parse_bytes(bytes, file, None).unwrap();
        let got: Vec<Funds<'_>> = doc
            .reports
            .iter()
            .map(|r| (r.project.budget.total, r.budget.budget, r.budget.executed, vec![r.project.name.as_str()]))
            .collect();
        let d = |n: i64| Some(Decimal::from(n));
        assert_eq!(
            got,
            [
                (d(1_000_000), d(1_000_000), d(400_000), vec!["文化遗产保护利用"]),
                (d(2_000_000), d(2_000_000), d(1_500_000), vec!["基层应急能力提升"])
            ],
            "{file}"
        );
        let units: Vec<&str> = doc.reports.iter().map(|r| r.project.budget.money_unit.as_str()).collect();
        assert_eq!(units, ["元", "元"], "{file}");
    }
    for (file, bytes) in [
        ("numbered-paragraphs.docx", &include_bytes!("data/office/numbered-paragraphs.docx")[..]),
        ("numbered-paragraphs.lo.docx", &include_bytes!("data/office/numbered-paragraphs.lo.docx")[..]),
    ] {
        let doc = jixiao::monitor::import::parse_bytes(bytes, file, None).unwrap();
        let names: Vec<(&str, usize)> = doc.reports.iter().map(|r| (r.project.name.as_str(), r.project.indicators.len())).collect();
        assert_eq!(names, [("文化遗产保护利用项目", 2), ("基层应急能力提升项目", 2)], "{file}");
        assert_eq!(doc.diagnostics.iter().filter(|d| d.code() == Code::NameFromTitle).count(), 2, "{file}");
        let target = jixiao::import::parse_bytes(bytes, file).unwrap();
        let names: Vec<&str> = target.projects.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["文化遗产保护利用项目", "基层应急能力提升项目"], "{file}");
    }
    for (file, bytes) in [
        ("budget-only.docx", &include_bytes!("data/office/budget-only.docx")[..]),
        ("budget-only.lo.docx", &include_bytes!("data/office/budget-only.lo.docx")[..]),
    ] {
        let doc = jixiao::monitor::import::parse_bytes(bytes, file, None).unwrap();
        let r = &doc.reports[0];
        assert_eq!(
            (doc.reports.len(), r.budget.budget, r.budget.executed),
            (1, Some(Decimal::from(100)), Some(Decimal::from(40))),
            "{file}"
        );
        assert!(doc.diagnostics.iter().all(|d| d.code() != Code::UnexpectedBudgetCell), "{file}: {:#?}", doc.diagnostics);
    }
}
