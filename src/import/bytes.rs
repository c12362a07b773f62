//! Files as bytes: which format they are (by content, not only by name), and text in any
//! encoding.

use crate::message::Message;
use std::borrow::Cow;
use std::path::Path;

use super::code::Code;
use super::diagnostic::Diagnostic;
use super::error::Cause;
use super::{ImportError, Imported, Options};

/// The formats [`parse_bytes`] reads.
///
/// ```
/// use jixiao::import::{sniff, Format};
/// let docx = include_bytes!("../../tests/data/office/tianjin-2025-targets.docx");
/// assert_eq!(sniff(docx, "targets.bin"), Format::Docx); // by content, not by name
/// assert_eq!(sniff("三级指标\t指标值\n".as_bytes(), "t.docx"), Format::Text);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// A Word document: a zip archive holding `word/document.xml`.
    Docx,
    /// An Excel workbook: a zip archive holding `xl/workbook.xml`.
    Xlsx,
    /// An Excel 97–2003 workbook: an OLE compound file.
    Xls,
    /// Anything else is read as text: the DOCX-text layout, TSV or CSV.
    Text,
}

/// The signature of a zip archive's first local file header.
const ZIP: &[u8] = b"PK\x03\x04";
/// The signature of an OLE compound file (`.xls`, `.doc`).
const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Which format `bytes` are in, by content: a zip archive with `word/document.xml` is a DOCX,
/// one with `xl/workbook.xml` an XLSX (the names are looked for in the archive's headers, where
/// they are stored uncompressed); an OLE file is an XLS; anything else is text. A zip archive
/// that names neither is taken by `name`'s extension, and is a DOCX otherwise (the reader
/// then says what is missing).
///
/// ```
/// use jixiao::import::{sniff, Format};
/// assert_eq!(sniff(b"\xef\xbb\xbf\xe4\xb8\x80\xe7\xba\xa7\xe6\x8c\x87\xe6\xa0\x87,\xe6\x8c\x87\xe6\xa0\x87\xe5\x80\xbc\n", "t.xlsx"), Format::Text);
/// ```
pub fn sniff(bytes: &[u8], name: &str) -> Format {
    if bytes.starts_with(OLE) {
        return Format::Xls;
    }
    if !bytes.starts_with(ZIP) {
        return Format::Text;
    }
    let holds = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    if holds(b"word/document.xml") {
        Format::Docx
    } else if holds(b"xl/workbook.xml") || holds(b"xl/workbook.bin") || name.to_ascii_lowercase().ends_with(".xlsx") {
        Format::Xlsx
    } else {
        Format::Docx
    }
}

/// Imports a file given as bytes, whatever its format ([`sniff`]): a `.docx` (feature `docx`),
/// an `.xlsx` or `.xls` (feature `xlsx`), or text in the DOCX-text layout, TSV or CSV, in
/// UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark, or GBK/GB18030
/// (decoded with `encoding_rs`, and said in an [`Code::Decoded`] note). `name` is the file's
/// name, used only where the content does not tell.
///
/// ```
/// // 三级指标,指标值 / 培训人数,≥2万人 in GB18030, as Excel saves a CSV on a Chinese Windows
/// let gbk = b"\xc8\xfd\xbc\xb6\xd6\xb8\xb1\xea,\xd6\xb8\xb1\xea\xd6\xb5\n\xc5\xe0\xd1\xb5\xc8\xcb\xca\xfd,\xa1\xdd2\xcd\xf2\xc8\xcb\n";
/// let doc = jixiao::import::parse_bytes(gbk, "table.csv")?;
/// assert_eq!(doc.projects[0].indicators[0].name, "培训人数");
/// assert_eq!(doc.projects[0].indicators[0].value(), "≥2万人");
/// assert_eq!(doc.diagnostics[0].en(), "the text is not UTF-8; it was read as GB18030");
/// # Ok::<(), jixiao::import::ImportError>(())
/// ```
///
/// # Errors
/// As the importer of the format ([`ImportError`]); [`ImportError::NeedsFeature`] for a format
/// this build does not read.
pub fn parse_bytes(bytes: &[u8], name: &str) -> Result<Imported, ImportError> {
    parse_bytes_with(bytes, name, &Options::DEFAULT)
}

/// [`parse_bytes`] with [`Options`] (the [`Limits`](super::Limits) of what is read from a
/// DOCX or workbook, the year of tables that state none).
///
/// ```
/// use jixiao::import::{parse_bytes_with, ImportErrorKind, Options};
/// let tsv = "三级指标\t指标值\n完成时间\t12月底前\n".as_bytes();
/// let doc = parse_bytes_with(tsv, "t.tsv", &Options::new().year(2025))?;
/// assert_eq!(doc.projects[0].year(), Some(2025));
/// let err = parse_bytes_with(tsv, "t.tsv", &Options::new().year(25)).unwrap_err();
/// assert_eq!(err.kind(), ImportErrorKind::InvalidOption);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// As [`parse_bytes`], and [`ImportError::InvalidOption`] for an option out of range.
pub fn parse_bytes_with(bytes: &[u8], name: &str, options: &Options) -> Result<Imported, ImportError> {
    let doc = match sniff(bytes, name) {
        Format::Docx => docx(bytes, options.get_limits()),
        Format::Xlsx | Format::Xls => workbook(bytes, options.get_limits()),
        Format::Text => text(bytes),
    }?;
    options.finish(doc)
}

fn text(bytes: &[u8]) -> Result<Imported, ImportError> {
    let (text, decoded) = decode(bytes);
    let mut doc = super::parse_text(&text)?;
    if let Some(encoding) = decoded {
        doc.diagnostics.insert(0, decoded_note(encoding));
    }
    Ok(doc)
}

/// The note that a text was read as `encoding`, not as UTF-8 ([`Code::Decoded`]).
pub(crate) fn decoded_note(encoding: &str) -> Diagnostic {
    Diagnostic::new(
        Code::Decoded,
        1,
        Message::chinese(format!("文本不是 UTF-8，已按 {encoding} 读取"))
            .english(format!("the text is not UTF-8; it was read as {encoding}")),
    )
}

/// Reads the file at `path` and imports it with [`parse_bytes`].
///
/// ```
/// let doc = jixiao::import::parse_file("data/tianjin-2025-emergency-center.txt")?;
/// assert_eq!(doc.projects[0].name, "天津市生态环境信息网络、设备及系统运行维护");
/// assert_eq!(doc.projects[0].indicators[0].value(), "≥513个");
/// let err = jixiao::import::parse_file("data/no-such-table.tsv").unwrap_err();
/// assert_eq!(err.kind(), jixiao::import::ImportErrorKind::Io);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`ImportError::Io`] when the file cannot be read; otherwise as [`parse_bytes`].
pub fn parse_file(path: impl AsRef<Path>) -> Result<Imported, ImportError> {
    parse_file_with(path, &Options::DEFAULT)
}

/// [`parse_file`] with [`Options`].
///
/// ```
/// use jixiao::import::{parse_file_with, Options};
/// // the Tianjin tables state no year: give the one they were filed for
/// let doc = parse_file_with("data/tianjin-2025-emergency-center.txt", &Options::new().year(2025))?;
/// assert_eq!(doc.projects[0].year(), Some(2025));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// As [`parse_file`], and [`ImportError::InvalidOption`] for an option out of range.
pub fn parse_file_with(path: impl AsRef<Path>, options: &Options) -> Result<Imported, ImportError> {
    let path = path.as_ref();
    let bytes = std::fs::read(path).map_err(|e| ImportError::Io { path: path.display().to_string(), source: Cause::from(e) })?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    parse_bytes_with(&bytes, &name, options)
}

#[cfg(feature = "docx")]
fn docx(bytes: &[u8], limits: &super::Limits) -> Result<Imported, ImportError> {
    super::docx::parse_with(bytes, limits)
}

#[cfg(not(feature = "docx"))]
fn docx(_: &[u8], _: &super::Limits) -> Result<Imported, ImportError> {
    Err(ImportError::NeedsFeature { format: "DOCX", feature: "docx" })
}

#[cfg(feature = "xlsx")]
fn workbook(bytes: &[u8], limits: &super::Limits) -> Result<Imported, ImportError> {
    super::xlsx::parse_with(bytes, limits)
}

#[cfg(not(feature = "xlsx"))]
fn workbook(bytes: &[u8], _: &super::Limits) -> Result<Imported, ImportError> {
    let format = if bytes.starts_with(OLE) { "XLS" } else { "XLSX" };
    Err(ImportError::NeedsFeature { format, feature: "xlsx" })
}

/// The text of `bytes`, and the encoding it was decoded from when that is not UTF-8. Bytes
/// that are no text in any of the encodings tried are decoded as UTF-8 with replacement
/// characters, which the importers then refuse as binary.
pub(crate) fn decode(bytes: &[u8]) -> (Cow<'_, str>, Option<&'static str>) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let name = (encoding != encoding_rs::UTF_8).then(|| encoding.name());
        return (text, name);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (Cow::Borrowed(text), None);
    }
    match encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => (text, Some("GB18030")),
        None => (String::from_utf8_lossy(bytes), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        let (text, enc) = decode(b"\xef\xbb\xbfabc");
        assert_eq!((text.as_ref(), enc), ("abc", None));
        let (text, enc) = decode(b"\xff\xfea\x00b\x00");
        assert_eq!((text.as_ref(), enc), ("ab", Some("UTF-16LE")));
        let (text, enc) = decode(b"\xd6\xb8\xb1\xea\xd6\xb5");
        assert_eq!((text.as_ref(), enc), ("指标值", Some("GB18030")));
        assert_eq!(sniff(b"PK\x03\x04....xl/workbook.xml", "a"), Format::Xlsx);
        assert_eq!(sniff(b"PK\x03\x04....word/document.xml", "a.xlsx"), Format::Docx);
        assert_eq!(sniff(b"PK\x03\x04....", "a.XLSX"), Format::Xlsx);
        assert_eq!(sniff(OLE, "a"), Format::Xls);
    }
}
