//! Word reports of several projects, one table each, a title paragraph before each table and a
//! note under the last (`tests/data/office/make_titled_tables.py`), as written and as LibreOffice
//! re-saves them: each table is its own project, named by its 项目名称 row or else by its title,
//! in the target importer and in the monitoring importer, which reads a Word file as a grid;
//! no paragraph is read as an indicator.
#![cfg(feature = "docx")]

use jixiao::import::Code;

const FILES: [(&str, &[u8], bool); 4] = [
    ("titled-tables.docx", include_bytes!("data/office/titled-tables.docx"), false),
    ("titled-tables.lo.docx", include_bytes!("data/office/titled-tables.lo.docx"), false),
    ("named-tables.docx", include_bytes!("data/office/named-tables.docx"), true),
    ("named-tables.lo.docx", include_bytes!("data/office/named-tables.lo.docx"), true),
];

/// A report as the test reads it: the project's name, and each indicator's name and progress.
type Report<'a> = (&'a str, Vec<(&'a str, Option<&'a str>)>);

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
