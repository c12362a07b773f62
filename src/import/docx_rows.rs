//! The rows of `word/document.xml`: each table row (`w:tr`) with its cells at their grid
//! columns, and each paragraph between tables as a row of its own.
//!
//! A table inside a cell (a form drawn as one big table, with the indicators as a table in its
//! 绩效指标 cell) is a table of its own when it is one (two rows or more, of two cells or more):
//! its rows follow the table that holds it, numbered as the next table, and the holding cell
//! keeps only its own paragraphs. (Right after the holding row, the holder's later rows, a
//! `备注` say, would be read under the nested table's header.) A smaller one (a box drawn around a cell's text) and any table
//! nested deeper are read as the text of the cell that holds them, as before.

use std::borrow::Cow;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::cells::{Cell, Row};
use super::{ImportError, Limits};

/// A table being read: the outermost, or one nested in a cell of it.
#[derive(Default)]
struct Table {
    /// The table's number, for places (0 for a nested table until its rows are placed).
    part: usize,
    /// The row being read, and the number of the rows started.
    row: Option<Row<'static>>,
    row_number: usize,
    /// The grid column of the next cell, and the number of cells read in the row.
    grid: usize,
    cells_in_row: usize,
    /// The last cell of the row when it spans columns: its index in the row and the grid
    /// column after its span.
    spanning: Option<(usize, usize)>,
    /// The cell being read: its paragraphs so far, its span, whether a vertical merge covers it.
    cell: Option<CellDraft>,
    /// The rows read (of a nested table: kept until it ends, when it is known whether it is
    /// a table of its own).
    rows: Vec<Row<'static>>,
    /// Tables nested in its cells that are tables of their own: their rows, to follow the
    /// table.
    nested: Vec<Row<'static>>,
    /// The regions merged down (`vMerge` restarted) still open: their grid column and text.
    down: Vec<(usize, String)>,
}

/// Where the reader is inside the body.
#[derive(Default)]
struct State {
    /// The tables open: the outermost first, then one nested in it.
    tables: Vec<Table>,
    /// Tables open inside a nested one: read as the text of its cell.
    deeper: usize,
    /// Tables numbered so far, for places (the outermost ones, and the nested ones that are
    /// tables of their own, in the order their rows come).
    table_number: usize,
    /// The paragraph being read.
    paragraph: String,
    in_paragraph: bool,
    in_text: bool,
    in_properties: bool,
    /// Body paragraphs outside tables, counted for places.
    paragraph_number: usize,
    depth: usize,
}

#[derive(Default)]
struct CellDraft {
    paragraphs: Vec<String>,
    span: usize,
    /// `vMerge` continued: the cell above runs down over this one.
    covered: bool,
    /// `vMerge` restarted: this cell runs down over those below.
    restart: bool,
}

/// Tables open at once that make rows: the outermost and one nested in it.
const LEVELS: usize = 2;

/// The rows of every table, and the paragraphs between them as heading rows.
pub(super) fn rows(xml: &str, limits: &Limits) -> Result<Vec<Row<'static>>, ImportError> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut st = State::default();
    let bad = |e: quick_xml::Error| ImportError::corrupt("word/document.xml", e);
    loop {
        let event = reader.read_event().map_err(bad)?;
        match event {
            Event::Start(e) => {
                st.depth += 1;
                if st.depth > limits.max_depth {
                    return Err(ImportError::TooLarge { what: "XML nesting", limit: limits.max_depth as u64 });
                }
                start(&mut st, &e);
            }
            Event::Empty(e) => {
                start(&mut st, &e);
                end(&mut st, e.local_name().as_ref(), &mut out);
            }
            Event::End(e) => {
                st.depth = st.depth.saturating_sub(1);
                end(&mut st, e.local_name().as_ref(), &mut out);
            }
            Event::Text(t) if st.in_text => st.paragraph.push_str(&t.xml10_content()),
            Event::CData(t) if st.in_text => st.paragraph.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if st.in_text => match r.resolve_char_ref() {
                Ok(Some(c)) => st.paragraph.push(c),
                _ => match &*r.into_inner() {
                    "lt" => st.paragraph.push('<'),
                    "gt" => st.paragraph.push('>'),
                    "amp" => st.paragraph.push('&'),
                    "apos" => st.paragraph.push('\''),
                    "quot" => st.paragraph.push('"'),
                    // no entity is declared in a DOCX; one that is stays as written, unexpanded
                    other => {
                        st.paragraph.push('&');
                        st.paragraph.push_str(other);
                        st.paragraph.push(';');
                    }
                },
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// The `w:val` of an element, as a number.
fn val(e: &BytesStart<'_>) -> Option<usize> {
    let a = e.try_get_attribute("w:val").ok()??;
    a.value.trim().parse().ok()
}

impl State {
    /// The innermost table that makes rows, unless the reader is in a table nested deeper.
    fn table(&mut self) -> Option<&mut Table> {
        if self.deeper > 0 {
            return None;
        }
        self.tables.last_mut()
    }
}

fn start(st: &mut State, e: &BytesStart<'_>) {
    match e.local_name().as_ref() {
        "tbl" if st.deeper > 0 || st.tables.len() == LEVELS => st.deeper += 1,
        "tbl" => {
            let mut table = Table::default();
            if st.tables.is_empty() {
                st.table_number += 1;
                table.part = st.table_number;
            }
            st.tables.push(table);
        }
        "tr" => {
            if let Some(t) = st.table() {
                t.row_number += 1;
                // the part is set when the table's number is known (at once for the outermost)
                t.row = Some(Row { line: t.row_number, part: 0, lead: None, cells: Vec::new() });
                t.grid = 0;
                t.cells_in_row = 0;
                t.spanning = None;
            }
        }
        "gridBefore" => {
            if let Some(t) = st.table().filter(|t| t.cell.is_none()) {
                t.grid += val(e).unwrap_or(0).min(64);
            }
        }
        "tc" => {
            if let Some(t) = st.table() {
                t.cell = Some(CellDraft { span: 1, ..CellDraft::default() });
            }
        }
        "gridSpan" => {
            if let Some(c) = st.table().and_then(|t| t.cell.as_mut()) {
                c.span = val(e).unwrap_or(1).clamp(1, 64);
            }
        }
        "vMerge" => {
            let restart = e.try_get_attribute("w:val").ok().flatten().is_some_and(|a| &*a.value == "restart");
            if let Some(c) = st.table().and_then(|t| t.cell.as_mut()) {
                c.covered = !restart;
                c.restart = restart;
            }
        }
        "p" => {
            st.in_paragraph = true;
            st.paragraph.clear();
        }
        "t" if st.in_paragraph => st.in_text = true,
        "br" | "cr" if st.in_paragraph => st.paragraph.push('\n'),
        // a `w:tab` in a run is a tab character; in `w:pPr/w:tabs` it is a tab stop
        "tab" if st.in_paragraph && !st.in_properties => st.paragraph.push(' '),
        "pPr" => st.in_properties = true,
        _ => {}
    }
}

fn end(st: &mut State, name: &str, out: &mut Vec<Row<'static>>) {
    match name {
        "t" => st.in_text = false,
        "pPr" => st.in_properties = false,
        "p" => {
            st.in_paragraph = false;
            let text = std::mem::take(&mut st.paragraph);
            // a paragraph of a table nested deeper goes to the cell that holds it
            if let Some(cell) = st.tables.last_mut().and_then(|t| t.cell.as_mut()) {
                cell.paragraphs.push(text);
            } else if st.tables.is_empty() {
                st.paragraph_number += 1;
                if !text.trim().is_empty() {
                    let lead = Cell::new(text, st.paragraph_number, 0);
                    out.push(Row { line: st.paragraph_number, part: 0, lead: Some(lead), cells: Vec::new() });
                }
            }
        }
        "tc" => {
            if let Some(t) = st.table() {
                end_cell(t);
            }
        }
        "tr" => {
            let outermost = st.tables.len() == 1;
            let Some(t) = st.table() else { return };
            let Some(mut row) = t.row.take() else { return };
            if outermost {
                row.part = t.part;
                out.push(row);
            } else {
                t.rows.push(row);
            }
        }
        "tbl" if st.deeper > 0 => st.deeper -= 1,
        "tbl" => {
            let Some(mut table) = st.tables.pop() else { return };
            let Some(holder) = st.tables.last_mut() else {
                // the outermost table ends: the tables nested in its cells follow it, each
                // numbered as the next table (after the holder's rows, so that the holder's
                // label rows are read before them and none of its rows after)
                let mut part = 0;
                for mut r in std::mem::take(&mut table.nested) {
                    if r.line == 1 {
                        st.table_number += 1;
                        part = st.table_number;
                    }
                    r.part = part;
                    out.push(r);
                }
                return;
            };
            let own_table = table.rows.len() >= 2 && table.rows.iter().filter(|r| r.cells.len() >= 2).count() >= 2;
            if own_table {
                holder.nested.extend(table.rows);
            } else if let Some(cell) = holder.cell.as_mut() {
                // a box around a cell's text: its text is the cell's
                cell.paragraphs.extend(table.rows.into_iter().flat_map(|r| r.cells).map(|c| c.text.into_owned()).filter(|t| !t.is_empty()));
            }
        }
        _ => {}
    }
}

/// Ends the cell being read in `t`, placing it at its grid column.
fn end_cell(t: &mut Table) {
    let Some(cell) = t.cell.take() else { return };
    t.cells_in_row += 1;
    let Some(row) = t.row.as_mut() else { return };
    let mut paragraphs = cell.paragraphs;
    while paragraphs.last().is_some_and(|p| p.trim().is_empty()) {
        paragraphs.pop();
    }
    let text = if cell.covered { String::new() } else { paragraphs.join("\n") };
    while row.cells.len() < t.grid {
        let mut filler = Cell::new(Cow::Borrowed(""), row.line, t.cells_in_row);
        // a column the cell on the left spans (not one `w:gridBefore` skips)
        filler.merged_from = t.spanning.filter(|&(_, end)| row.cells.len() < end).map(|(start, _)| start);
        row.cells.push(filler);
    }
    let start = row.cells.len();
    // a region merged down: its first cell's text, by grid column, for the cells it covers
    let mut first = Cell::new(text, row.line, t.cells_in_row);
    if cell.restart {
        t.down.retain(|(col, _)| *col != start);
        t.down.push((start, first.text.to_string()));
    } else if cell.covered {
        first.above = t.down.iter().find(|(col, _)| *col == start).map(|(_, text)| Cow::Owned(text.clone()));
    } else {
        t.down.retain(|(col, _)| *col != start);
    }
    row.cells.push(first);
    // the columns a span covers stay empty, so that the next cell sits at its grid column
    t.grid += cell.span;
    t.spanning = (cell.span > 1).then_some((start, start + cell.span));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_leaves_its_columns_empty_and_marked() {
        // a row that starts one grid column in, a cell spanning two columns, and one after it
        let xml = r#"<w:document xmlns:w="w"><w:body><w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>
            <w:tc><w:p><w:r><w:t>名称</w:t></w:r></w:p></w:tc>
            <w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>开展宣传</w:t></w:r></w:p></w:tc>
            <w:tc><w:p><w:r><w:t>确定能</w:t></w:r></w:p></w:tc>
            </w:tr></w:tbl></w:body></w:document>"#;
        let rows = rows(xml, &Limits::DEFAULT).unwrap();
        let cells: Vec<(&str, usize, Option<usize>)> = rows[0].cells.iter().map(|c| (&*c.text, c.col, c.merged_from)).collect();
        // the column `w:gridBefore` skips is empty and no merge; the spanned one says where its
        // span starts
        assert_eq!(cells, [("", 1, None), ("名称", 1, None), ("开展宣传", 2, None), ("", 3, Some(2)), ("确定能", 3, None)]);
    }

    /// `<w:tr>` of `cells`, each a paragraph (or raw XML when it starts with `<`).
    fn tr(cells: &[&str]) -> String {
        let tc = |c: &&str| {
            if c.starts_with('<') {
                format!("<w:tc>{c}</w:tc>")
            } else {
                format!("<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>")
            }
        };
        format!("<w:tr>{}</w:tr>", cells.iter().map(tc).collect::<String>())
    }

    fn document(body: &str) -> Vec<(usize, usize, Vec<String>)> {
        let xml = format!(r#"<w:document xmlns:w="w"><w:body>{body}</w:body></w:document>"#);
        rows(&xml, &Limits::DEFAULT)
            .unwrap()
            .into_iter()
            .map(|r| (r.part, r.line, r.cells.iter().map(|c| c.text.to_string()).collect()))
            .collect()
    }

    #[test]
    fn a_table_in_a_cell_is_a_table_of_its_own() {
        let inner =
            format!("<w:p><w:r><w:t>见下表</w:t></w:r></w:p><w:tbl>{}{}</w:tbl>", tr(&["三级指标", "指标值"]), tr(&["培训人数", "≥500人"]));
        let body = format!(
            "<w:tbl>{}{}{}</w:tbl><w:tbl>{}</w:tbl>",
            tr(&["项目名称", "培训"]),
            tr(&["绩效指标", &inner]),
            tr(&["备注", "无"]),
            tr(&["甲", "乙"])
        );
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            document(&body),
            [
                (1, 1, v(&["项目名称", "培训"])),
                // the holding cell keeps its own paragraph
                (1, 2, v(&["绩效指标", "见下表"])),
                (1, 3, v(&["备注", "无"])),
                // the nested rows follow the table that holds them
                (2, 1, v(&["三级指标", "指标值"])),
                (2, 2, v(&["培训人数", "≥500人"])),
                (3, 1, v(&["甲", "乙"])),
            ]
        );
    }

    #[test]
    fn a_box_in_a_cell_and_deeper_tables_are_its_text() {
        // one row of one cell: a box drawn around the text
        let boxed = format!("<w:tbl>{}</w:tbl>", tr(&["≥500人"]));
        // a table in a nested table: the nested table's cell text
        let deep = format!(
            "<w:tbl>{}{}</w:tbl>",
            tr(&["三级指标", &format!("<w:tbl>{}</w:tbl>", tr(&["指标", "值"]))]),
            tr(&["培训人数", "≥500人"])
        );
        let body = format!("<w:tbl>{}{}</w:tbl>", tr(&["培训人数", &boxed]), tr(&["绩效指标", &deep]));
        let got = document(&body);
        assert_eq!(got[0], (1, 1, vec!["培训人数".to_string(), "≥500人".to_string()]));
        assert_eq!(got[1].2[1], "");
        assert_eq!(got[2], (2, 1, vec!["三级指标".to_string(), "指标\n值".to_string()]));
        assert_eq!(got.len(), 4);
    }
}
