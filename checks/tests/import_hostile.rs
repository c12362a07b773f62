//! Hostile files: zip bombs, truncated and corrupt archives, XML entity bombs, deep nesting and
//! a 100 000-row sheet. Each gives an error or a result quickly, and nothing panics. The files
//! are made here, not committed.

use std::io::{Cursor, Write};
use std::time::{Duration, Instant};

use jixiao::import::{docx, parse_bytes, xlsx, Code, ImportError, ImportErrorKind, Limits};
use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

const TIANJIN_DOCX: &[u8] = include_bytes!("../../tests/data/office/tianjin-2025-targets.docx");
const YONGDE_XLSX: &[u8] = include_bytes!("../../tests/data/office/self-eval-01-yongde.xlsx");

/// A zip archive of `entries`, deflated.
fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, bytes) in entries {
        w.start_file(*name, options).expect("an entry");
        w.write_all(bytes).expect("written");
    }
    w.finish().expect("finished").into_inner()
}

/// A DOCX body holding one table of `rows` (cells as given) and nothing else.
fn document(body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    )
}

fn table(rows: &[&[&str]]) -> String {
    let mut xml = String::from("<w:tbl>");
    for row in rows {
        xml.push_str("<w:tr>");
        for cell in *row {
            xml.push_str(&format!("<w:tc><w:p><w:r><w:t>{cell}</w:t></w:r></w:p></w:tc>"));
        }
        xml.push_str("</w:tr>");
    }
    xml.push_str("</w:tbl>");
    xml
}

fn quick<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    // generous: the tests run unoptimised on 2 shared cores (the 100 000-row sheet takes about
    // 25 s there, 3 s optimised)
    assert!(start.elapsed() < Duration::from_secs(90), "{what} took {:?}", start.elapsed());
    out
}

#[test]
fn a_zip_with_too_many_entries_is_refused() {
    let names: Vec<String> = (0..10_001).map(|i| format!("f{i}")).collect();
    let entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    let bytes = zip_of(&entries);
    let err = quick("entries", || docx::parse(&bytes)).unwrap_err();
    assert_eq!(err, ImportError::TooLarge { what: "entries", limit: 10_000 });
    assert_eq!(err.to_string(), "the file is too large to import: entries over the limit of 10000");
    assert_eq!(err.zh(), "文件过大，无法导入：压缩包条目数超过上限10000");
    assert_eq!(xlsx::parse(&bytes).unwrap_err().kind(), ImportErrorKind::TooLarge);
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_inflated() {
    // 8 MiB of zeros deflate to a few kilobytes; with a limit of 1 MiB it is refused from the
    // sizes the archive declares
    let zeros = vec![b' '; 8 << 20];
    let bytes = zip_of(&[("word/document.xml", &zeros)]);
    assert!(bytes.len() < 64 << 10, "{}", bytes.len());
    let mut limits = Limits::DEFAULT;
    limits.max_uncompressed = 1 << 20;
    let err = quick("bomb", || docx::parse_with(&bytes, &limits)).unwrap_err();
    assert_eq!(err, ImportError::TooLarge { what: "uncompressed bytes", limit: 1 << 20 });
    assert_eq!(xlsx::parse_with(&bytes, &limits).unwrap_err().kind(), ImportErrorKind::TooLarge);
    // under the default limit (100 MiB) the same file is read: spaces are no table
    let err = quick("spaces", || docx::parse(&bytes)).unwrap_err();
    assert_eq!(err.kind(), ImportErrorKind::NotRecognised);
}

#[test]
fn an_entry_larger_than_it_declares_is_an_error() {
    // the central directory says 100 bytes; the entry inflates to 4 MiB
    let body = document(&table(&[&["三级指标", "指标值"], &["系统故障率", "≤5%"]]));
    let mut big = body.clone().into_bytes();
    big.extend(std::iter::repeat_n(b' ', 4 << 20));
    let mut bytes = zip_of(&[("word/document.xml", &big)]);
    let size = u32::try_from(big.len()).expect("small").to_le_bytes();
    let lie = 100u32.to_le_bytes();
    // patch every copy of the uncompressed size (local header and central directory)
    let mut at = 0;
    let mut patched = 0;
    while let Some(i) = bytes[at..].windows(4).position(|w| w == size) {
        bytes[at + i..at + i + 4].copy_from_slice(&lie);
        at += i + 4;
        patched += 1;
    }
    assert!(patched >= 1);
    let err = quick("lying sizes", || docx::parse(&bytes)).unwrap_err();
    assert_eq!(err.kind(), ImportErrorKind::Corrupt, "{err}");
    assert_eq!(err.to_string(), "the file is damaged: cannot read word/document.xml");
    assert!(std::error::Error::source(&err).is_some());
}

#[test]
fn truncated_and_corrupt_archives_never_panic() {
    for (name, file) in [("docx", TIANJIN_DOCX), ("xlsx", YONGDE_XLSX)] {
        let mut errors = 0;
        for cut in (0..file.len()).step_by(97) {
            match parse_bytes(&file[..cut], name) {
                Ok(_) => {}
                Err(e) => {
                    errors += 1;
                    assert!(
                        matches!(
                            e.kind(),
                            ImportErrorKind::Corrupt | ImportErrorKind::Empty | ImportErrorKind::NotRecognised | ImportErrorKind::Binary
                        ),
                        "{name} cut at {cut}: {e}"
                    );
                }
            }
        }
        assert!(errors > 10, "{name}");
        // bytes flipped through the file
        for seed in 0..200usize {
            let mut bytes = file.to_vec();
            for k in 0..8 {
                let at = (seed * 7919 + k * 104_729) % bytes.len();
                bytes[at] ^= 0x5a;
            }
            let _ = parse_bytes(&bytes, name);
        }
    }
}

#[test]
fn a_billion_laughs_entity_is_never_expanded() {
    let mut dtd = String::from("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for i in 1..10 {
        let prev = if i == 1 { "lol".to_string() } else { format!("lol{}", i - 1) };
        dtd.push_str(&format!("<!ENTITY lol{i} \"{}\">", format!("&{prev};").repeat(10)));
    }
    dtd.push(']');
    dtd.push('>');
    let body = table(&[&["三级指标", "指标值"], &["&lol9;", "≥95%"]]);
    let xml = document(&body).replacen("?>", &format!("?>{dtd}"), 1);
    let bytes = zip_of(&[("word/document.xml", xml.as_bytes())]);
    let doc = quick("laughs", || docx::parse(&bytes)).expect("a table");
    let ind = &doc.projects[0].indicators[0];
    assert_eq!(ind.name, "&lol9;", "kept as written");
    assert_eq!(ind.value(), "≥95%");
}

#[test]
fn deep_xml_nesting_is_refused() {
    let body = format!("{}{}", "<w:x>".repeat(5000), "</w:x>".repeat(5000));
    let bytes = zip_of(&[("word/document.xml", document(&body).as_bytes())]);
    let err = quick("nesting", || docx::parse(&bytes)).unwrap_err();
    assert_eq!(err, ImportError::TooLarge { what: "XML nesting", limit: 256 });
}

#[test]
fn a_docx_diagnostic_names_its_table_row_and_cell() {
    let body = format!(
        "<w:p><w:r><w:t>1.示例项目绩效目标表</w:t></w:r></w:p>{}",
        table(&[
            &["项目名称", "示例项目"],
            &["一级指标", "二级指标", "三级指标", "指标值"],
            &["产出指标", "数量指标", "培训人数", "≥2x万人"]
        ])
    );
    let bytes = zip_of(&[("word/document.xml", document(&body).as_bytes())]);
    let doc = docx::parse(&bytes).expect("imports");
    let d = doc.diagnostics.iter().find(|d| d.code() == Code::BadValue).expect("the bad value");
    assert_eq!((d.table, d.line, d.cell), (Some(1), 3, Some(4)));
    assert_eq!(
        english(d),
        "table 1, row 3, cell 4: error I008: 指标值 `≥2x万人` does not parse: expected a unit, a range or the end at character 3 (byte offset 4)"
    );
    assert_eq!(d.to_string(), "表1第3行第4格：错误 I008：指标值“≥2x万人”无法解析：第3个字符处应为单位、区间或结尾");
    assert_eq!(doc.projects[0].title.as_deref(), Some("1.示例项目绩效目标表"));
}

/// A workbook of one sheet of `rows` (inline strings), as the XLSX parts Excel needs.
fn workbook(rows: impl Iterator<Item = Vec<String>>) -> Vec<u8> {
    workbook_with(rows, "")
}

/// [`workbook`] with `after` written after the sheet's data (merged regions).
fn workbook_with(rows: impl Iterator<Item = Vec<String>>, after: &str) -> Vec<u8> {
    let mut sheet = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
    );
    for (r, cells) in rows.enumerate() {
        sheet.push_str(&format!("<row r=\"{}\">", r + 1));
        for (c, text) in cells.iter().enumerate() {
            let col = char::from(b'A' + c as u8);
            sheet.push_str(&format!("<c r=\"{col}{}\" t=\"inlineStr\"><is><t>{text}</t></is></c>", r + 1));
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData>");
    sheet.push_str(after);
    sheet.push_str("</worksheet>");
    let content_types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
        <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
        <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
        <Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>\
        <Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>";
    let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
        <Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    let book = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" \
        xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    let book_rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
        <Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
    zip_of(&[
        ("[Content_Types].xml", content_types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("xl/workbook.xml", book.as_bytes()),
        ("xl/_rels/workbook.xml.rels", book_rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ])
}

#[test]
fn a_sheet_of_100_000_rows_imports() {
    let header = vec!["一级指标".to_string(), "二级指标".to_string(), "三级指标".to_string(), "指标值".to_string()];
    let rows = std::iter::once(header)
        .chain((0..100_000).map(|i| vec!["产出指标".into(), "数量指标".into(), format!("指标{i}"), format!("≥{i}个")]));
    let bytes = workbook(rows);
    let doc = quick("100 000 rows", || xlsx::parse(&bytes)).expect("imports");
    assert_eq!(doc.projects[0].indicators.len(), 100_000);
    assert_eq!(doc.projects[0].indicators[99_999].value(), "≥99999个");
    let mut limits = Limits::DEFAULT;
    limits.max_rows = 50_000;
    assert_eq!(xlsx::parse_with(&bytes, &limits).unwrap_err(), ImportError::TooLarge { what: "rows", limit: 50_000 });
}

/// A diagnostic's English line (`line 2, cell 3: error I008: …`): the second line of `{:#}`.
fn english(d: &jixiao::import::Diagnostic) -> String {
    format!("{d:#}").lines().nth(1).unwrap_or_default().trim().to_string()
}

/// A cell reference beyond the sheet's limits (the reader computes positions in 32 bits, which
/// one of seven letters overflows: the fuzz target found `ref="BCmergeCell…"`), or a range that
/// ends before it starts, is a corrupt workbook, said before it is read; within the limits the
/// same workbook imports.
#[test]
fn a_cell_reference_beyond_the_sheets_limits_is_an_error() {
    let rows = || {
        let header = vec!["一级指标".to_string(), "二级指标".to_string(), "三级指标".to_string(), "指标值".to_string()];
        std::iter::once(header).chain((0..3).map(|i| vec!["产出指标".into(), "数量指标".into(), format!("指标{i}"), format!("≥{i}个")]))
    };
    let fine = workbook_with(rows(), "<mergeCells count=\"1\"><mergeCell ref=\"A2:A4\"/></mergeCells>");
    assert_eq!(xlsx::parse(&fine).expect("imports").projects[0].indicators.len(), 3);
    for (bad, said) in [
        ("BCmergeCellX1:A4", "beyond the sheet's limits"),
        ("A2:XFDA4", "beyond the sheet's limits"),
        ("A2:A123456789012", "beyond the sheet's limits"),
        // (a range that ends before it starts: its size overflowed the same way)
        ("B4:A2", "ends before it starts"),
    ] {
        let bytes = workbook_with(rows(), &format!("<mergeCells count=\"1\"><mergeCell ref=\"{bad}\"/></mergeCells>"));
        let e = quick(bad, || xlsx::parse(&bytes)).expect_err(bad);
        assert_eq!(e.kind(), ImportErrorKind::Corrupt, "{bad}");
        let cause = std::error::Error::source(&e).map(ToString::to_string).unwrap_or_default();
        assert!(cause.contains(said) && cause.contains(&bad[..5]), "{bad}: {e}: {cause}");
    }
}

/// The same with the checksum of the sheet's entry wrong: the reader reads a part whatever its
/// checksum, and the reference is looked for in what was read (the fuzz target found it).
#[test]
fn a_cell_reference_beyond_the_limits_in_a_part_with_a_bad_checksum_is_an_error() {
    let header = vec!["一级指标".to_string(), "二级指标".to_string(), "三级指标".to_string(), "指标值".to_string()];
    let rows =
        std::iter::once(header).chain((0..3).map(|i| vec!["产出指标".into(), "数量指标".into(), format!("指标{i}"), format!("≥{i}个")]));
    let mut bytes = workbook_with(rows, "<mergeCells count=\"1\"><mergeCell ref=\"B17:rgeCellgeC16\"/></mergeCells>");
    // the CRC-32 of the sheet's entry, in its local header (14 bytes in) and its central
    // directory header (16 bytes in), each found before the entry's name
    let name = b"xl/worksheets/sheet1.xml";
    let names: Vec<usize> = bytes.windows(name.len()).enumerate().filter(|(_, w)| *w == name).map(|(i, _)| i).collect();
    assert_eq!(names.len(), 2, "the name in the local and the central header");
    for (at, crc_at) in [(names[0], 30 - 14), (names[1], 46 - 16)] {
        bytes[at - crc_at] ^= 0xff;
    }
    let e = quick("a bad checksum", || xlsx::parse(&bytes)).expect_err("corrupt");
    assert_eq!(e.kind(), ImportErrorKind::Corrupt);
    // and after a byte before the archive, which the reader skips (the fuzz target found it)
    bytes.insert(0, b'x');
    assert!(xlsx::parse(&bytes).is_err());
}
