//! Importing large documents, each beside its floor measured in the same run:
//!
//! - `docx_text`: the Tianjin sample text repeated to about 10 MB, beside a plain split of the
//!   same text into lines;
//! - `docx`: the Tianjin DOCX with its four tables repeated to about 10 MB of
//!   `word/document.xml`, beside unzipping that part and walking its XML events with
//!   quick-xml alone;
//! - `xlsx`: a workbook whose sheet holds the Tianjin indicator rows repeated to about 10 MB
//!   of sheet XML, beside calamine's own read of the sheet's cell range.
//!
//! Run with `cargo bench --bench import`; see BENCHMARKS.md for the figures.

use std::hint::black_box;
use std::io::{Cursor, Read, Write};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use jixiao::import::{docx, docx_text, xlsx};
use zip::write::SimpleFileOptions;

const SAMPLE: &str = include_str!("../../data/tianjin-2025-emergency-center.txt");
const TIANJIN_DOCX: &[u8] = include_bytes!("../../tests/data/office/tianjin-2025-targets.docx");
const SIZE: usize = 10 << 20;

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        w.start_file(*name, options).expect("an entry");
        w.write_all(bytes).expect("written");
    }
    w.finish().expect("finished").into_inner()
}

/// The Tianjin DOCX with its body repeated to about `SIZE` bytes of XML.
fn large_docx() -> (Vec<u8>, usize) {
    let mut archive = zip::ZipArchive::new(Cursor::new(TIANJIN_DOCX)).expect("the docx");
    let mut xml = String::new();
    archive.by_name("word/document.xml").expect("the body").read_to_string(&mut xml).expect("read");
    let start = xml.find("<w:body>").expect("a body") + "<w:body>".len();
    let end = xml.find("<w:sectPr").unwrap_or_else(|| xml.find("</w:body>").expect("its end"));
    let body = &xml[start..end];
    let copies = SIZE / body.len();
    let big = format!("{}{}{}", &xml[..start], body.repeat(copies), &xml[end..]);
    (zip_of(&[("word/document.xml", big.as_bytes())]), copies)
}

/// A workbook of the Tianjin indicator rows repeated to about `SIZE` bytes of sheet XML.
fn large_xlsx() -> (Vec<u8>, usize) {
    let doc = docx_text::parse(SAMPLE).expect("the sample");
    let mut rows: Vec<[String; 5]> = Vec::new();
    for p in &doc.projects {
        for i in &p.indicators {
            let l1 = i.level1.as_ref().map_or("", |l| l.name()).to_string();
            let l2 = i.level2.as_ref().map_or("", |l| l.name()).to_string();
            rows.push([l1, l2, i.name.clone(), i.description.clone().unwrap_or_default(), i.value().to_string()]);
        }
    }
    let cell =
        |r: usize, c: usize, t: &str| format!("<c r=\"{}{}\" t=\"inlineStr\"><is><t>{t}</t></is></c>", char::from(b'A' + c as u8), r);
    let mut sheet = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    let header = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"];
    sheet.push_str("<row r=\"1\">");
    for (c, h) in header.iter().enumerate() {
        sheet.push_str(&cell(1, c, h));
    }
    sheet.push_str("</row>");
    let mut r = 1;
    while sheet.len() < SIZE {
        for row in &rows {
            r += 1;
            sheet.push_str(&format!("<row r=\"{r}\">"));
            for (c, t) in row.iter().enumerate() {
                sheet.push_str(&cell(r, c, t));
            }
            sheet.push_str("</row>");
        }
    }
    sheet.push_str("</sheetData></worksheet>");
    let ns = "http://schemas.openxmlformats.org";
    let types = format!("<?xml version=\"1.0\"?><Types xmlns=\"{ns}/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
    let rels = format!("<?xml version=\"1.0\"?><Relationships xmlns=\"{ns}/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{ns}/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    let book = format!("<?xml version=\"1.0\"?><workbook xmlns=\"{ns}/spreadsheetml/2006/main\" xmlns:r=\"{ns}/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    let book_rels = format!("<?xml version=\"1.0\"?><Relationships xmlns=\"{ns}/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{ns}/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
    let bytes = zip_of(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("xl/workbook.xml", book.as_bytes()),
        ("xl/_rels/workbook.xml.rels", book_rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ]);
    (bytes, r - 1)
}

/// The floor of the DOCX: unzip `word/document.xml` and walk its XML events.
fn docx_floor(bytes: &[u8]) -> usize {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut xml = String::new();
    archive.by_name("word/document.xml").expect("body").read_to_string(&mut xml).expect("read");
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut events = 0usize;
    loop {
        match reader.read_event().expect("xml") {
            quick_xml::events::Event::Eof => break,
            e => {
                black_box(&e);
                events += 1;
            }
        }
    }
    events
}

/// The floor of the workbook: calamine's read of the first sheet's range.
fn xlsx_floor(bytes: &[u8]) -> usize {
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).expect("a workbook");
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).expect("the sheet");
    range.get_size().0
}

fn bench(c: &mut Criterion) {
    let copies = SIZE / SAMPLE.len();
    let text = SAMPLE.repeat(copies);
    let one = docx_text::parse(SAMPLE).expect("the sample imports").projects.len();
    let all = docx_text::parse(&text).expect("the repeated sample imports").projects.len();
    assert_eq!(all, one * copies, "every copy imports");

    let mut g = c.benchmark_group("import");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("docx_text", |b| b.iter(|| docx_text::parse(black_box(&text))));
    g.bench_function("lines", |b| {
        b.iter(|| {
            for line in black_box(&text).lines() {
                black_box(line);
            }
        })
    });
    g.finish();

    let (docx_bytes, docx_copies) = large_docx();
    assert_eq!(docx::parse(&docx_bytes).expect("the large docx").projects.len(), 4 * docx_copies, "every copy imports");
    let mut g = c.benchmark_group("import_docx");
    g.throughput(Throughput::Bytes(SIZE as u64));
    g.sample_size(10);
    g.bench_function("docx", |b| b.iter(|| docx::parse(black_box(&docx_bytes))));
    g.bench_function("unzip_and_xml_events", |b| b.iter(|| docx_floor(black_box(&docx_bytes))));
    g.finish();

    let (xlsx_bytes, rows) = large_xlsx();
    let doc = xlsx::parse(&xlsx_bytes).expect("the large workbook");
    assert_eq!(doc.projects[0].indicators.len(), rows, "every row imports");
    let mut g = c.benchmark_group("import_xlsx");
    g.throughput(Throughput::Bytes(SIZE as u64));
    g.sample_size(10);
    g.bench_function("xlsx", |b| b.iter(|| xlsx::parse(black_box(&xlsx_bytes))));
    g.bench_function("calamine_range", |b| b.iter(|| xlsx_floor(black_box(&xlsx_bytes))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
