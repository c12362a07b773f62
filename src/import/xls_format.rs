//! What `.xls` (BIFF8) sheets show of their cells besides calamine's values: which cells Excel
//! shows with more than their number (a percentage, text around the digits), and which rows
//! (`ROW` records, 0x0208) and columns (`COLINFO`, 0x007D) it hides, as
//! [`super::xlsx_format`] finds them in `.xlsx`.
//!
//! The workbook stream is a run of records (`type u16, length u16, data`): the globals hold the
//! number formats (`FORMAT`, 0x041E), the cell styles in order (`XF`, 0x00E0, whose second
//! field is the format) and the sheets with their offsets (`BOUNDSHEET8`, 0x0085); each sheet's
//! number cells (`NUMBER` 0x0203, `RK` 0x027E, `MULRK` 0x00BD, `FORMULA` 0x0006) name their
//! style.

use std::collections::HashMap;
use std::io::{Cursor, Read};
use std::rc::Rc;

use super::xlsx_format::{SheetView, SheetViews, Shown};

const FORMAT: u16 = 0x041E;
const XF: u16 = 0x00E0;
const BOUNDSHEET: u16 = 0x0085;
const EOF: u16 = 0x000A;
const NUMBER: u16 = 0x0203;
const RK: u16 = 0x027E;
const MULRK: u16 = 0x00BD;
const FORMULA: u16 = 0x0006;
const ROW: u16 = 0x0208;
const COLINFO: u16 = 0x007D;

/// The views of every sheet of an `.xls`. Anything unreadable gives no view.
pub(super) fn sheet_views(bytes: &[u8]) -> SheetViews {
    let mut out = SheetViews::new();
    let Some(stream) = workbook_stream(bytes) else { return out };
    let mut codes: HashMap<u16, String> = HashMap::new();
    let mut xf_formats: Vec<u16> = Vec::new();
    let mut sheets: Vec<(usize, String)> = Vec::new();
    for (kind, data) in records(&stream, 0) {
        match kind {
            FORMAT if data.len() >= 2 => {
                codes.insert(u16_at(data, 0), unicode_string(&data[2..], true).unwrap_or_default());
            }
            XF if data.len() >= 4 => xf_formats.push(u16_at(data, 2)),
            BOUNDSHEET if data.len() >= 8 => {
                let pos = u32::from_le_bytes([data[0], data[1], data[2], data[3]]) as usize;
                if let Some(name) = unicode_string(&data[6..], false) {
                    sheets.push((pos, name));
                }
            }
            EOF => break,
            _ => {}
        }
    }
    let styles: Vec<Option<Rc<Shown>>> = xf_formats
        .iter()
        .map(|f| match codes.get(f) {
            Some(code) => Shown::of(code),
            None => Shown::builtin(u32::from(*f)),
        })
        .map(|s| s.map(Rc::new))
        .collect();
    let shown = |xf: u16| styles.get(usize::from(xf)).and_then(Option::as_ref).map(Rc::clone);
    for (pos, name) in sheets {
        let mut view = SheetView::default();
        let cells = &mut view.shown;
        for (kind, data) in records(&stream, pos) {
            match kind {
                NUMBER | RK | FORMULA if data.len() >= 6 => {
                    if let Some(s) = shown(u16_at(data, 4)) {
                        cells.insert((u32::from(u16_at(data, 0)), u32::from(u16_at(data, 2))), s);
                    }
                }
                // the row's options: bit 5 (fDyZero) hides it
                ROW if data.len() >= 14 && u16_at(data, 12) & 0x20 != 0 => {
                    view.hidden_rows.insert(u32::from(u16_at(data, 0)));
                }
                // first and last column, width, style, options: bit 0 (fHidden) hides them
                COLINFO if data.len() >= 10 && u16_at(data, 8) & 1 != 0 => {
                    view.hidden_cols.extend(u32::from(u16_at(data, 0))..=u32::from(u16_at(data, 2)).min(255));
                }
                MULRK if data.len() >= 6 => {
                    let (row, first) = (u16_at(data, 0), u16_at(data, 2));
                    // (style u16, value u32) per column, then the last column
                    for (k, cell) in data[4..data.len() - 2].chunks_exact(6).enumerate() {
                        if let Some(s) = shown(u16_at(cell, 0)) {
                            let col = u32::from(first).saturating_add(k as u32);
                            cells.insert((u32::from(row), col), s);
                        }
                    }
                }
                EOF => break,
                _ => {}
            }
        }
        if !view.shown.is_empty() || !view.hidden_rows.is_empty() || !view.hidden_cols.is_empty() {
            out.insert(name, view);
        }
    }
    out
}

/// The `Workbook` (or older `Book`) stream of the compound file.
fn workbook_stream(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).ok()?;
    let mut stream = file.open_stream("/Workbook").or_else(|_| file.open_stream("/Book")).ok()?;
    let mut out = Vec::new();
    stream.read_to_end(&mut out).ok()?;
    Some(out)
}

/// The records from byte `pos` on: (type, data), until the data runs out.
fn records(stream: &[u8], mut pos: usize) -> impl Iterator<Item = (u16, &[u8])> {
    std::iter::from_fn(move || {
        let head = stream.get(pos..pos + 4)?;
        let kind = u16::from_le_bytes([head[0], head[1]]);
        let len = usize::from(u16::from_le_bytes([head[2], head[3]]));
        let data = stream.get(pos + 4..pos + 4 + len)?;
        pos += 4 + len;
        Some((kind, data))
    })
}

fn u16_at(data: &[u8], at: usize) -> u16 {
    data.get(at..at + 2).map_or(0, |b| u16::from_le_bytes([b[0], b[1]]))
}

/// An `XLUnicodeString` (`long`: a 16-bit count) or `ShortXLUnicodeString` (an 8-bit count):
/// the count, a flags byte (bit 0: two bytes a character), the characters.
fn unicode_string(data: &[u8], long: bool) -> Option<String> {
    let (count, at) = if long { (usize::from(u16_at(data, 0)), 2) } else { (usize::from(*data.first()?), 1) };
    let wide = data.get(at)? & 1 == 1;
    let chars = data.get(at + 1..)?;
    if wide {
        let units: Vec<u16> = chars.chunks_exact(2).take(count).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        Some(String::from_utf16_lossy(&units))
    } else {
        Some(chars.iter().take(count).map(|&b| char::from(b)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_records() {
        assert_eq!(unicode_string(&[3, 0, 0, b'0', b'.', b'%'], true).as_deref(), Some("0.%"));
        assert_eq!(unicode_string(&[2, 1, 0x2d, 0x4e, 0x25, 0], false).as_deref(), Some("中%"));
        let stream = [0x0A, 0x00, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0xFF];
        let read: Vec<(u16, &[u8])> = records(&stream, 0).collect();
        assert_eq!(read, [(EOF, &[][..]), (NUMBER, &[0xFF][..])]);
        assert!(sheet_views(b"not a compound file").is_empty());
    }
}
