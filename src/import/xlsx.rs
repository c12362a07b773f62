//! Workbooks (`.xlsx`, `.xls`, feature `xlsx`): every sheet read with `calamine`, into the
//! rows of the table model, then imported as [`table`] imports TSV.
//!
//! - A sheet's rows and columns are the sheet's own (row 12 is row 12, column F is cell 6), so a
//!   diagnostic names the place as Excel shows it: `Sheet1!F12`.
//! - A merged region keeps its text in its first cell; the cells it covers are empty, and take
//!   the text above where that is the rule: level cells (一级/二级指标 merged down) are filled
//!   down, a header cell merged down over a two-row header names the column.
//! - The header row may be anywhere near the top, under a title and a preamble (项目名称,
//!   主管部门/实施单位, the funds block `年初预算数 | 全年预算数 | 全年执行数` with rows
//!   `年度资金总额 | 其中：财政拨款 | 其他资金`, and a money unit such as `项目资金（元）`). A
//!   table ends at its 总分 row; another project may follow in the same sheet, with its own
//!   title, preamble and header. Sheets without a table are skipped.
//! - Numbers are read as Excel shows them: `387664.62` and `735` (at most 15 significant
//!   digits, so never a float artefact such as `0.30000000000000004`), a date cell as
//!   `2025-06-30`, and a number shown through a percentage format (`0%`, `0.00%`) as that
//!   percentage: a stored `1` is `100%`, `0.2` is `20%` (a weight of `20%` is 20 points); a
//!   format that writes text around the digits gives it too (`0"%"` shows `95%`, `0"人"`
//!   `120人`). (In `.xls` files too: the formats are read from the workbook's BIFF8 records.)
//! - Rows and columns the sheet hides are not read, as a reader of the sheet does not see them
//!   (a template's example row, a column of codes): the cells of a hidden column read as empty
//!   and a hidden row is left out, with a note (I037) naming those that hold text.
//!
//! A `.xlsx` is a zip archive, bounded by [`Limits`] as a DOCX is; a sheet may hold at most
//! [`Limits::max_rows`] rows.

use std::borrow::Cow;
use std::io::{Cursor, Read};

use calamine::{open_workbook_auto_from_rs, Data, Dimensions, Reader, Sheets};

use super::cells::{Cell, Row};
use super::diagnostic::{column_name, Code, Diagnostic};
use super::xlsx_format::SheetView;
use super::{table, ImportError, Imported, Limits};
use crate::message::Message;

/// Imports every sheet of an `.xlsx` or `.xls` ([`Limits::DEFAULT`]).
///
/// ```
/// use jixiao::MoneyUnit;
/// let bytes = include_bytes!("../../tests/data/office/self-eval-01-yongde.xlsx");
/// let doc = jixiao::import::xlsx::parse(bytes)?;
/// let p = &doc.projects[0];
/// assert_eq!(p.unit.as_ref().unwrap().name, "永德县明朗中学");
/// assert_eq!((p.budget.money_unit, p.budget.executed), (MoneyUnit::Yuan, Some("387664.62".parse()?)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// A damaged file ([`ImportError::Corrupt`]), a file over the limits
/// ([`ImportError::TooLarge`]), or a workbook without a target table in any sheet
/// ([`ImportError::NotRecognised`]).
pub fn parse(bytes: &[u8]) -> Result<Imported, ImportError> {
    parse_with(bytes, &Limits::DEFAULT)
}

/// [`parse`] with other limits.
///
/// ```
/// use jixiao::import::{xlsx, ImportErrorKind, Limits};
/// let bytes = include_bytes!("../../tests/data/office/self-eval-01-yongde.xlsx");
/// let mut limits = Limits::DEFAULT;
/// limits.max_rows = 10;
/// assert_eq!(xlsx::parse_with(bytes, &limits).unwrap_err().kind(), ImportErrorKind::TooLarge);
/// ```
///
/// # Errors
/// As [`parse`].
pub fn parse_with(bytes: &[u8], limits: &Limits) -> Result<Imported, ImportError> {
    let mut out = Imported::default();
    let mut any = false;
    let hidden = for_each_sheet(bytes, limits, |name, rows, mut notes| {
        let before = out.diagnostics.len();
        if !table::read(&rows, &mut out, &mut notes) {
            // a sheet without a header row holds no table: its preamble notes say nothing
            return;
        }
        any = true;
        notes.extend(out.diagnostics.drain(before..));
        notes.sort_by_key(|d| d.line);
        for d in &mut notes {
            d.sheet = Some(name.clone());
        }
        out.diagnostics.append(&mut notes);
    })?;
    if !any {
        let reason = if hidden.is_empty() {
            "no sheet holds a target table"
        } else {
            "no visible sheet holds a target table (hidden sheets, which hold text, are not read)"
        };
        return Err(ImportError::NotRecognised { reason });
    }
    out.diagnostics.extend(hidden);
    super::summary::add(&mut out);
    Ok(out)
}

/// Calls `f` with each sheet of a workbook, by name, as rows of the table model (see
/// [`sheet_rows`]), one sheet at a time: the target importer's reader, and the monitoring
/// importer's. Hidden sheets are not read; the notes that say so (the sheets that hold text)
/// are returned.
pub(crate) fn for_each_sheet(
    bytes: &[u8],
    limits: &Limits,
    mut f: impl FnMut(String, Vec<Row<'static>>, Vec<Diagnostic>),
) -> Result<Vec<Diagnostic>, ImportError> {
    // calamine reads a sheet's merged regions by parsing the sheet again; a workbook with
    // no `<mergeCell` in any sheet (most large ones) skips that, and one that hides no row or
    // column is not read for them
    let mut merged = true;
    let views;
    // (an archive after other bytes is read as a workbook too, by the reader, which finds its
    // directory from the end: it is checked as one that starts the file)
    if bytes.starts_with(b"PK") || zip::ZipArchive::new(Cursor::new(bytes)).is_ok() {
        let mut archive = super::archive::open_archive(bytes, limits)?;
        let hidden;
        (merged, hidden) = scan_sheets(&mut archive)?;
        views = super::xlsx_format::sheet_views(&mut archive, hidden);
    } else {
        views = super::xls_format::sheet_views(bytes);
    }
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| ImportError::corrupt("the workbook", e))?;
    let mut notes_of_book = Vec::new();
    let sheets: Vec<(String, bool)> =
        book.sheets_metadata().iter().map(|s| (s.name.clone(), s.visible != calamine::SheetVisible::Visible)).collect();
    for (name, hidden) in sheets {
        let range = book.worksheet_range(&name).map_err(|e| ImportError::corrupt(format!("sheet {name}"), e))?;
        // a sheet Excel hides (the lists of a template's drop-downs, an old version) is not
        // read, as a reader of the workbook does not see it; said when it holds text
        if hidden {
            if range.used_cells().any(|(_, _, d)| !text_of(d).trim().is_empty()) {
                let mut d = Diagnostic::new(
                    Code::Hidden,
                    range.start().map_or(1, |(r, _)| r as usize + 1),
                    Message::chinese(format!("隐藏的工作表“{name}”未读取")).english(format!("the hidden sheet `{name}` was not read")),
                );
                d.sheet = Some(name.clone());
                notes_of_book.push(d);
            }
            continue;
        }
        let merges = match &mut book {
            Sheets::Xlsx(_) if !merged => Vec::new(),
            Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(&name).map_err(|e| ImportError::corrupt(format!("sheet {name}"), e))?,
            Sheets::Xls(x) => x.merge_cells_by_sheet_name(&name).map_err(|e| ImportError::corrupt(format!("sheet {name}"), e))?,
            _ => Vec::new(),
        };
        let view = views.get(&name);
        let rows = sheet_rows(&range, &merges, view, limits)?;
        let notes = view.and_then(|v| hidden_note(&range, v, &merges)).into_iter().collect();
        f(name, rows, notes);
    }
    Ok(notes_of_book)
}

/// What the worksheets of the archive hold that the reading must be told of: (a merged region,
/// a hidden row or column) in any of them; both when one cannot be read (calamine then says
/// what is wrong). A worksheet or table that holds a cell reference beyond the sheet's limits
/// is an error ([`super::cell_refs`]).
fn scan_sheets(archive: &mut zip::ZipArchive<Cursor<&[u8]>>) -> Result<(bool, bool), ImportError> {
    use memchr::memmem;
    // found with a vectorised search: the sheets of a large workbook are megabytes of XML
    let (merge, hide) = (memmem::Finder::new(b"<mergeCell"), memmem::Finder::new(b"hidden=\""));
    let (mut merged, mut hidden) = (false, false);
    // (an entry that cannot be read leaves both unknown, and the others are still checked)
    let mut unknown = false;
    for i in 0..archive.len() {
        let Ok(mut file) = archive.by_index(i) else {
            unknown = true;
            continue;
        };
        let name = file.name().map(|n| n.into_owned()).unwrap_or_default();
        let (sheet, table) = (name.starts_with("xl/worksheets/"), name.starts_with("xl/tables/"));
        if !(sheet || table) {
            continue;
        }
        let mut xml = Vec::new();
        // (what was read before an error is checked too: a part whose checksum is wrong is
        // read whole by the reader, which looks at no checksum)
        let read = file.read_to_end(&mut xml);
        super::cell_refs::check(&xml).map_err(|e| ImportError::corrupt(name, e))?;
        if read.is_err() {
            unknown = true;
            continue;
        }
        if table {
            continue;
        }
        merged = merged || merge.find(&xml).is_some();
        // `hidden="1"` or `hidden="true"`, not the `hidden="false"` LibreOffice writes on every row
        hidden = hidden || hide.find_iter(&xml).any(|at| matches!(xml.get(at + 8..at + 10), Some(b"1\"" | b"tr")));
    }
    Ok((merged || unknown, hidden || unknown))
}

/// A note naming the hidden rows and columns that hold text (a reader of the sheet does not see
/// them, and the importer does not read them); `None` when none holds any.
fn hidden_note(range: &calamine::Range<Data>, view: &SheetView, merges: &[Dimensions]) -> Option<Diagnostic> {
    // the first cell of a merged region that shows elsewhere: its text is read there
    let shown_elsewhere = |r: u32, c: u32| {
        merges.iter().any(|m| {
            m.start == (r, c)
                && (m.start.0..=m.end.0).any(|r| !view.hidden_rows.contains(&r))
                && (m.start.1..=m.end.1).any(|c| !view.hidden_cols.contains(&c))
        })
    };
    let holds_text = |r: u32, c: u32| !shown_elsewhere(r, c) && range.get_value((r, c)).is_some_and(|d| !text_of(d).trim().is_empty());
    let (Some((r0, _)), Some((r1, c1))) = (range.start(), range.end()) else { return None };
    let rows: Vec<u32> =
        view.hidden_rows.iter().copied().filter(|&r| (r0..=r1).contains(&r) && (0..=c1).any(|c| holds_text(r, c))).collect();
    let cols: Vec<u32> = view.hidden_cols.iter().copied().filter(|&c| c <= c1 && (r0..=r1).any(|r| holds_text(r, c))).collect();
    if rows.is_empty() && cols.is_empty() {
        return None;
    }
    let row_list = |sep: &str| rows.iter().map(|r| (r + 1).to_string()).collect::<Vec<_>>().join(sep);
    let col_list = |sep: &str| cols.iter().map(|&c| column_name(c as usize + 1)).collect::<Vec<_>>().join(sep);
    let mut zh = Vec::new();
    let mut en = Vec::new();
    if !rows.is_empty() {
        zh.push(format!("第{}行", row_list("、")));
        en.push(format!("{} {}", if rows.len() == 1 { "row" } else { "rows" }, row_list(", ")));
    }
    if !cols.is_empty() {
        zh.push(format!("{}列", col_list("、")));
        en.push(format!("{} {}", if cols.len() == 1 { "column" } else { "columns" }, col_list(", ")));
    }
    let (zh, en) = (format!("隐藏的{}未读取", zh.join("和")), format!("hidden {} not read", en.join(" and ")));
    let line = rows.first().map_or(r0 as usize + 1, |r| *r as usize + 1);
    Some(Diagnostic::new(Code::Hidden, line, Message::chinese(zh).english(en)))
}

/// The rows of a sheet, from its first used row and from column A, merged regions' covered
/// cells empty (and marked when the region starts to their left).
fn sheet_rows(
    range: &calamine::Range<Data>,
    merges: &[Dimensions],
    view: Option<&SheetView>,
    limits: &Limits,
) -> Result<Vec<Row<'static>>, ImportError> {
    let (Some((r0, _)), Some((r1, c1))) = (range.start(), range.end()) else { return Ok(Vec::new()) };
    let height = (r1 - r0) as usize + 1;
    if height > limits.max_rows {
        return Err(ImportError::TooLarge { what: "rows", limit: limits.max_rows as u64 });
    }
    // the region that covers a cell other than its first
    let covering =
        |r: u32, c: u32| merges.iter().find(|m| m.start.0 <= r && r <= m.end.0 && m.start.1 <= c && c <= m.end.1 && (r, c) != m.start);
    let any_merge_in_row = |r: u32| merges.iter().any(|m| m.start.0 <= r && r <= m.end.0);
    let mut rows = Vec::with_capacity(height);
    let hidden_row = |r: u32| view.is_some_and(|v| v.hidden_rows.contains(&r));
    let hidden_col = |c: u32| view.is_some_and(|v| v.hidden_cols.contains(&c));
    let first_visible = |m: &Dimensions| {
        let r = (m.start.0..=m.end.0).find(|&r| !hidden_row(r))?;
        let c = (m.start.1..=m.end.1).find(|&c| !hidden_col(c))?;
        Some((r, c))
    };
    // a number is read as Excel shows it: a stored 1 under `0%` is `100%`, a 95 under
    // `0"%"` is `95%`, a 120 under `0"人"` is `120人`
    let text_at = |at: (u32, u32)| match range.get_value(at) {
        Some(d @ (Data::Float(_) | Data::Int(_))) => match (view.and_then(|v| v.shown.get(&at)), d) {
            (Some(s), Data::Float(f)) => Cow::Owned(s.show(*f, float)),
            (Some(s), Data::Int(i)) => Cow::Owned(s.show(*i as f64, float)),
            _ => text_of(d),
        },
        Some(d) => text_of(d),
        None => Cow::Borrowed(""),
    };
    for r in (r0..=r1).filter(|&r| !hidden_row(r)) {
        let line = r as usize + 1;
        let check = any_merge_in_row(r);
        let mut cells = Vec::with_capacity(c1 as usize + 1);
        for c in 0..=c1 {
            let mut region = if check { covering(r, c) } else { None };
            // a region whose first cell is hidden shows its text in its first visible cell
            let at = match region {
                Some(m) if (hidden_row(m.start.0) || hidden_col(m.start.1)) && first_visible(m) == Some((r, c)) => {
                    region = None;
                    m.start
                }
                _ => (r, c),
            };
            // a hidden column reads as empty, so that the others keep their places
            let text = if region.is_some() || hidden_col(c) { Cow::Borrowed("") } else { text_at(at) };
            let mut cell = Cell::new(text, line, c as usize + 1);
            // the row's cells start at column A: a column's index is its number less one
            cell.merged_from = region.filter(|m| m.start.1 < c).map(|m| m.start.1 as usize);
            // a region merged down this column from a row above: its first cell's text
            cell.above = region.filter(|m| m.start.0 < r && m.start.1 == c && !hidden_col(c)).map(|m| text_at(m.start));
            cells.push(cell);
        }
        rows.push(Row { line, part: 0, lead: None, cells });
    }
    Ok(rows)
}

/// A cell's text as the table model reads it.
fn text_of(d: &Data) -> Cow<'static, str> {
    match d {
        Data::Empty => Cow::Borrowed(""),
        Data::String(s) => Cow::Owned(without_controls(s)),
        Data::Float(f) => Cow::Owned(float(*f)),
        Data::DateTime(dt) if !dt.is_duration() => Cow::Owned(date(dt.as_f64()).unwrap_or_else(|| dt.to_string())),
        other => Cow::Owned(other.to_string()),
    }
}

/// A cell's text as a reader sees it: a vertical tab (`_x000B_` in the file, a line break
/// pasted from Word) is a line break, any other control character but a tab or a line break a
/// space.
fn without_controls(s: &str) -> String {
    let control = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    if !s.contains(control) {
        return s.to_string();
    }
    s.chars()
        .map(|c| {
            if c == '\u{b}' {
                '\n'
            } else if control(c) {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// A float as Excel shows it at most: 15 significant digits, no trailing zeros (`387664.62`,
/// `10` for `10.0`, `0.3` for the `0.30000000000000004` that `0.1 + 0.2` stores, `57` for the
/// `56.99999999999999` that `0.57 × 100` gives).
fn float(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        return format!("{}", f as i64);
    }
    if !f.is_finite() || f == 0.0 {
        return format!("{f}");
    }
    // the digits after the point that leave 15 significant digits
    let magnitude = f.abs().log10().floor() as i32 + 1;
    let places = usize::try_from((15 - magnitude).clamp(0, 20)).unwrap_or(0);
    let s = format!("{f:.places$}");
    let s = if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.') } else { &s };
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// An Excel date serial (days since 1899-12-30) as `2025-06-30`; the time of day, if any, is
/// dropped (a target's date has none).
fn date(serial: f64) -> Option<String> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    // days from 1970-01-01, then the civil date (Howard Hinnant's days_from_civil, inverted)
    let z = serial.floor() as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_as_a_reader_sees_them() {
        // the target importer and the monitoring importer read a sheet's cells alike
        assert_eq!(without_controls("培训\u{b}人数"), "培训\n人数");
        assert_eq!(without_controls("目标\u{1}一\t二"), "目标 一\t二");
        assert_eq!(text_of(&Data::String("甲\u{b}乙".into())), "甲\n乙");
    }

    #[test]
    fn covered_cells_are_empty_and_say_where_their_region_starts() {
        // rows 2–3 of a sheet: `目标` merged across B2:C2, `一级` down A2:A3, a region B3:C3 with
        // nothing in it, D3 on its own
        let mut range = calamine::Range::new((1, 0), (2, 3));
        range.set_value((1, 0), Data::String("一级".into()));
        range.set_value((1, 1), Data::String("目标".into()));
        range.set_value((1, 3), Data::String("x".into()));
        range.set_value((2, 3), Data::String("y".into()));
        let merges = [Dimensions::new((1, 1), (1, 2)), Dimensions::new((1, 0), (2, 0)), Dimensions::new((2, 1), (2, 2))];
        let rows = sheet_rows(&range, &merges, None, &Limits::DEFAULT).unwrap();
        let cells = |r: &Row<'_>| r.cells.iter().map(|c| (c.text.to_string(), c.merged_from)).collect::<Vec<_>>();
        let s = |t: &str| t.to_string();
        assert_eq!((rows[0].line, rows[1].line), (2, 3));
        assert_eq!(cells(&rows[0]), [(s("一级"), None), (s("目标"), None), (s(""), Some(1)), (s("x"), None)]);
        // covered from above: empty, with nothing to its left
        assert_eq!(cells(&rows[1]), [(s(""), None), (s(""), None), (s(""), Some(1)), (s("y"), None)]);
    }

    #[test]
    fn numbers_and_dates() {
        assert_eq!(float(387_664.62), "387664.62");
        assert_eq!(float(10.0), "10");
        assert_eq!(float(0.99), "0.99");
        assert_eq!(float(0.1 + 0.2), "0.3");
        assert_eq!(float(0.57 * 100.0), "57");
        assert_eq!(float(1e-7), "0.0000001");
        assert_eq!(float(-2.5), "-2.5");
        assert_eq!(date(45_838.0).as_deref(), Some("2025-06-30"));
        assert_eq!(date(1.0).as_deref(), Some("1899-12-31"));
        assert_eq!(date(0.5), None);
    }
}
