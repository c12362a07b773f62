//! What `.xlsx` sheets show of their cells besides calamine's values: which cells Excel shows
//! with more than their number (a percentage, text around the digits: [`Shown`]), and which
//! rows and columns it hides.
//!
//! calamine gives a cell's stored number (`1`, `0.2`) but not its number format, and a table
//! that shows `100%` or `20%` means a percentage: a target of `100%`, a weight of 20 points;
//! one that shows `95%` through `0"%"`, or `120人` through `0"人"`, means that too. The formats
//! are in `xl/styles.xml` (each cell style's `numFmtId`; ids 9 and 10 are Excel's built-in
//! `0%` and `0.00%`, others are written out) and each cell names its style (`s="3"`).

use std::collections::{BTreeSet, HashMap};
use std::io::{Cursor, Read};
use std::rc::Rc;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

pub(super) use super::number_format::Shown;

/// What a sheet shows of its cells besides their values; rows and columns count from 0.
#[derive(Default)]
pub(super) struct SheetView {
    /// The cells whose format shows more than their number.
    pub(super) shown: HashMap<(u32, u32), Rc<Shown>>,
    /// The rows and columns hidden.
    pub(super) hidden_rows: BTreeSet<u32>,
    pub(super) hidden_cols: BTreeSet<u32>,
}

/// The view of each sheet, by sheet name (a sheet that shows nothing more has none).
pub(super) type SheetViews = HashMap<String, SheetView>;

/// The views of every sheet of an `.xlsx` archive; `hidden` says whether any sheet may hide
/// rows or columns (the sheets are read for them only then). Anything unreadable gives no
/// view: the numbers are then read as stored, and every row and column.
pub(super) fn sheet_views(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, hidden: bool) -> SheetViews {
    let mut out = SheetViews::new();
    let styles = read(archive, "xl/styles.xml").map(|s| shown_styles(&s)).unwrap_or_default();
    if styles.iter().all(Option::is_none) && !hidden {
        return out;
    }
    let (Some(book), Some(rels)) = (read(archive, "xl/workbook.xml"), read(archive, "xl/_rels/workbook.xml.rels")) else {
        return out;
    };
    let targets = attributes(&rels, "Relationship", &["Id", "Target"]);
    for sheet in attributes(&book, "sheet", &["name", "r:id"]) {
        let [name, id] = [&sheet[0], &sheet[1]];
        let Some(target) = targets.iter().find(|t| t[0] == *id).map(|t| t[1].clone()) else { continue };
        let path = match target.strip_prefix('/') {
            Some(absolute) => absolute.to_string(),
            None => format!("xl/{target}"),
        };
        let Some(xml) = read(archive, &path) else { continue };
        let mut view = SheetView::default();
        if styles.iter().any(Option::is_some) {
            view.shown = attributes(&xml, "c", &["r", "s"])
                .into_iter()
                .filter_map(|c| {
                    let shown = c[1].parse::<usize>().ok().and_then(|s| styles.get(s))?.as_ref()?;
                    Some((cell_ref(&c[0])?, Rc::clone(shown)))
                })
                .collect();
        }
        if hidden {
            // `hidden="1"` (Excel) or `hidden="true"`; LibreOffice writes `hidden="false"` on
            // every row
            let is_hidden = |v: &str| matches!(v, "1" | "true");
            view.hidden_rows = attributes(&xml, "row", &["r", "hidden"])
                .into_iter()
                .filter(|a| is_hidden(&a[1]))
                .filter_map(|a| a[0].parse::<u32>().ok()?.checked_sub(1))
                .collect();
            for a in attributes(&xml, "col", &["min", "max", "hidden"]).into_iter().filter(|a| is_hidden(&a[2])) {
                let (Ok(min), Ok(max)) = (a[0].parse::<u32>(), a[1].parse::<u32>()) else { continue };
                // a template may hide every column past its table (max 16384): those hold nothing
                view.hidden_cols.extend((min.max(1) - 1..max.min(16_384)).take(16_384));
            }
        }
        if !view.shown.is_empty() || !view.hidden_rows.is_empty() || !view.hidden_cols.is_empty() {
            out.insert(name.clone(), view);
        }
    }
    out
}

/// For each cell style (`cellXfs/xf`, in order), what its number format adds to a number.
fn shown_styles(styles: &str) -> Vec<Option<Rc<Shown>>> {
    let codes: HashMap<String, String> =
        attributes(styles, "numFmt", &["numFmtId", "formatCode"]).into_iter().map(|a| (a[0].clone(), a[1].clone())).collect();
    let mut reader = Reader::from_str(styles);
    let (mut inside, mut out) = (false, Vec::new());
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "cellXfs" => inside = true,
            Ok(Event::End(e)) if e.local_name().as_ref() == "cellXfs" => inside = false,
            Ok(Event::Start(e) | Event::Empty(e)) if inside && e.local_name().as_ref() == "xf" => {
                let id = attribute(&e, "numFmtId").unwrap_or_default();
                let shown = match codes.get(&id) {
                    Some(code) => Shown::of(code),
                    None => id.parse().ok().and_then(Shown::builtin),
                };
                out.push(shown.map(Rc::new));
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
}

/// The values of `names` on every element `tag` (by local name, prefixes kept in attribute
/// names such as `r:id`), for the elements that have all of them.
fn attributes(xml: &str, tag: &str, names: &[&str]) -> Vec<Vec<String>> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == tag => {
                let values: Option<Vec<String>> = names.iter().map(|n| attribute(&e, n)).collect();
                out.extend(values);
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
}

fn attribute(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok())
        .map(|v| v.into_owned())
}

/// `B12` as (11, 1).
fn cell_ref(r: &str) -> Option<(u32, u32)> {
    let split = r.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = r.split_at(split);
    // checked: a crafted reference (`AAAAAAAAA1`) is no cell, not an overflow
    let col = letters.bytes().try_fold(0u32, |n, b| {
        if b.is_ascii_uppercase() {
            n.checked_mul(26)?.checked_add(u32::from(b - b'A' + 1))
        } else {
            None
        }
    })?;
    let row: u32 = digits.parse().ok()?;
    Some((row.checked_sub(1)?, col.checked_sub(1)?))
}

/// The text of one file of the archive, if it is there and UTF-8.
fn read(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Option<String> {
    let mut file = archive.by_name(name).ok()?;
    let mut text = String::new();
    file.read_to_string(&mut text).ok()?;
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_formats_and_cell_references() {
        assert_eq!(cell_ref("A1"), Some((0, 0)));
        assert_eq!(cell_ref("AB12"), Some((11, 27)));
        assert_eq!(cell_ref("12"), None);
        assert_eq!(cell_ref("AAAAAAAAAAAA1"), None);
        let styles = r#"<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>
            <cellStyleXfs><xf numFmtId="9"/></cellStyleXfs>
            <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="2"/></cellXfs></styleSheet>"#;
        let shown: Vec<Option<bool>> = shown_styles(styles).iter().map(|s| s.as_ref().map(|s| s.is_percent())).collect();
        assert_eq!(shown, [None, Some(true), Some(true), None]);
    }
}
