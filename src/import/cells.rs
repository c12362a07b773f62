//! Splitting text into rows of cells, with the line each cell starts on.
//!
//! Two layouts: the DOCX-text layout (a row is a block of lines; a cell starts with a tab; a
//! line without a tab continues the cell before it) and delimited rows (TSV or CSV, with
//! quoted cells that may hold the delimiter, quotes and line breaks).

use crate::message::Message;
use std::borrow::Cow;

use super::diagnostic::{Code, Diagnostic};
use crate::text::trim;

/// One cell as written, with its place as the user sees it: the line (1-based) it starts on,
/// or the row of a sheet or a DOCX table, and its column `col` (1-based: the cell's number in
/// a text row, the sheet column, the cell's number in a Word row). The text is borrowed from
/// the input where it is one piece of it, owned where it had to be joined or unquoted.
///
/// A cell that a merged region (a sheet's merged cells, a Word cell's `gridSpan`) covers is
/// empty; when the region starts to its left, `merged_from` is the index in the row of the
/// region's first column, so that a reader can tell "nothing written here" from "the cell on
/// the left runs over this column". (The cell at that index holds the region's text in the
/// region's first row, and is empty in the rows below it, which give it in `above`.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Cell<'a> {
    pub(crate) text: Cow<'a, str>,
    pub(crate) line: usize,
    pub(crate) col: usize,
    pub(crate) merged_from: Option<usize>,
    /// The text of the region's first cell when a merged region that starts in a row above,
    /// in this column, covers this cell (a sheet's merged cells over several rows, a Word
    /// cell's `vMerge` continued): the cell itself is empty, as every covered cell is, and a
    /// reader that takes a region merged down as each row's reads this.
    pub(crate) above: Option<Cow<'a, str>>,
}

impl<'a> Cell<'a> {
    /// A cell at `line` and column `col`.
    pub(super) fn new(text: impl Into<Cow<'a, str>>, line: usize, col: usize) -> Cell<'a> {
        Cell { text: text.into(), line, col, merged_from: None, above: None }
    }
}

/// One row of the table model every importer feeds: the line (or sheet or table row) it starts
/// on, the part it belongs to (0 for a text; the DOCX table or the sheet, 1-based), a leading
/// text outside any cell (a heading), and its cells.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Row<'a> {
    pub(crate) line: usize,
    pub(crate) part: usize,
    pub(crate) lead: Option<Cell<'a>>,
    pub(crate) cells: Vec<Cell<'a>>,
}

impl Row<'_> {
    /// The cells' texts trimmed, for matching labels.
    pub(crate) fn texts(&self) -> impl Iterator<Item = &str> {
        self.cells.iter().map(|c| trim(&c.text))
    }

    /// True when no cell holds any text.
    pub(crate) fn is_blank(&self) -> bool {
        self.lead.is_none() && self.texts().all(str::is_empty)
    }
}

/// Rows read one at a time into a reused row.
pub(super) trait RowSource<'a> {
    /// Reads the next row into `row`, reusing its cells' storage; false at the end.
    fn read(&mut self, row: &mut Row<'a>) -> bool;
}

/// Rows already read (from a DOCX), handed out in order.
#[cfg(feature = "docx")]
pub(super) struct Rows<'a> {
    pub(super) rows: std::vec::IntoIter<Row<'a>>,
}

#[cfg(feature = "docx")]
impl<'a> RowSource<'a> for Rows<'a> {
    fn read(&mut self, row: &mut Row<'a>) -> bool {
        match self.rows.next() {
            Some(next) => {
                *row = next;
                true
            }
            None => false,
        }
    }
}

/// The rows of the DOCX-text layout, read one at a time with [`DocxRows::read`].
pub(super) fn docx_rows(input: &str) -> DocxRows<'_> {
    DocxRows { lines: input.lines().enumerate() }
}

/// The reader of [`docx_rows`].
pub(super) struct DocxRows<'a> {
    lines: std::iter::Enumerate<std::str::Lines<'a>>,
}

impl<'a> RowSource<'a> for DocxRows<'a> {
    fn read(&mut self, row: &mut Row<'a>) -> bool {
        row.lead = None;
        row.cells.clear();
        let mut started = false;
        for (i, line) in self.lines.by_ref() {
            let n = i + 1;
            if !line.contains('\t') && line.trim().is_empty() {
                if started {
                    break;
                }
                continue;
            }
            if !started {
                row.line = n;
                started = true;
            }
            if let Some(text) = line.strip_prefix('\t') {
                let col = row.cells.len() + 1;
                row.cells.push(Cell { text: Cow::Borrowed(text), line: n, col, merged_from: None, above: None });
            } else if let Some(last) = row.cells.last_mut() {
                let text = last.text.to_mut();
                text.push('\n');
                text.push_str(line);
            } else if let Some(lead) = row.lead.as_mut() {
                let text = lead.text.to_mut();
                text.push('\n');
                text.push_str(line);
            } else {
                row.lead = Some(Cell { text: Cow::Borrowed(line), line: n, col: 0, merged_from: None, above: None });
            }
        }
        started
    }
}

/// The records of a delimited text. A cell that starts with `"` is quoted as Excel writes
/// it: `""` inside it is one quote, and it may span lines (`"培训\n人数"`). In CSV a cell
/// that starts with `"` is always read so; when text follows its closing quote, the cell was
/// not quoted after all and is kept as written, and an unclosed quote is reported and keeps
/// the rest of the input. In TSV (`delimiter` `\t`) real cells also start with a quote that
/// quotes nothing (`"及以上" suffix`), so a cell is read as quoted only when a closing quote
/// followed by a tab, a line break or the end is found within [`TSV_QUOTE_LOOKAHEAD`] bytes;
/// otherwise it is taken as written.
pub(super) fn delimited_rows(input: &str, delimiter: char, diags: &mut Vec<Diagnostic>) -> Vec<Row<'static>> {
    let csv = delimiter != '\t';
    let mut rows = Vec::new();
    let mut line = 1usize;
    let mut row = Row { line, ..Row::default() };
    let empty = |line| Cell { text: Cow::Owned(String::new()), line, col: 1, merged_from: None, above: None };
    let mut cell = empty(line);
    // the cell as written, while inside quotes
    let mut raw: Option<String> = None;
    let mut at_cell_start = true;
    let mut chars = input.char_indices().peekable();
    let push = |row: &mut Row<'static>, mut cell: Cell<'static>| {
        cell.col = row.cells.len() + 1;
        row.cells.push(cell);
    };
    while let Some((at, c)) = chars.next() {
        if let Some(r) = raw.as_mut() {
            r.push(c);
            let peek = chars.peek().map(|&(_, n)| n);
            match c {
                '"' if peek == Some('"') => {
                    chars.next();
                    r.push('"');
                    cell.text.to_mut().push('"');
                }
                '"' => {
                    if !(peek.is_none() || peek == Some(delimiter) || peek == Some('\n') || peek == Some('\r')) {
                        cell.text = Cow::Owned(r.clone());
                    }
                    raw = None;
                }
                '\n' => {
                    line += 1;
                    cell.text.to_mut().push('\n');
                }
                '\r' if peek == Some('\n') => {}
                _ => cell.text.to_mut().push(c),
            }
            continue;
        }
        let peek = chars.peek().map(|&(_, n)| n);
        match c {
            '"' if at_cell_start && (csv || tsv_quote_closes(&input[at + 1..])) => {
                raw = Some(String::from('"'));
                at_cell_start = false;
            }
            '\r' if peek == Some('\n') => {}
            '\n' => {
                line += 1;
                push(&mut row, std::mem::replace(&mut cell, empty(line)));
                rows.push(std::mem::replace(&mut row, Row { line, ..Row::default() }));
                at_cell_start = true;
            }
            c if c == delimiter => {
                push(&mut row, std::mem::replace(&mut cell, empty(line)));
                at_cell_start = true;
            }
            _ => {
                cell.text.to_mut().push(c);
                at_cell_start = false;
            }
        }
    }
    if raw.is_some() {
        diags.push(
            Diagnostic::new(
                Code::UnclosedQuote,
                cell.line,
                Message::chinese("引号未闭合，该单元格一直延续到输入末尾")
                    .english("a quoted cell is not closed; it runs to the end of the input"),
            )
            .at_cell(row.cells.len() + 1),
        );
    }
    if !(row.cells.is_empty() && cell.text.is_empty()) {
        push(&mut row, cell);
        rows.push(row);
    }
    rows
}

/// How far a TSV cell that starts with `"` is searched for its closing quote.
pub(super) const TSV_QUOTE_LOOKAHEAD: usize = 64 * 1024;

/// Whether `after` (the text after a cell's opening quote) holds a closing quote followed by
/// a tab, a line break or the end, within [`TSV_QUOTE_LOOKAHEAD`] bytes.
fn tsv_quote_closes(after: &str) -> bool {
    let bytes = after.as_bytes();
    let mut i = 0;
    while i < bytes.len().min(TSV_QUOTE_LOOKAHEAD) {
        if bytes[i] == b'"' {
            if bytes.get(i + 1) == Some(&b'"') {
                i += 2;
                continue;
            }
            return matches!(bytes.get(i + 1), None | Some(b'\t' | b'\n' | b'\r'));
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docx_layout() {
        let mut reader = docx_rows(" [bookmark: x]1.标题\n\tA\n\tB\n\n\t\n\tC\nmore\n\n\n");
        let (mut rows, mut row) = (Vec::new(), Row::default());
        while reader.read(&mut row) {
            rows.push(row.clone());
        }
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].lead.as_ref().unwrap().text, " [bookmark: x]1.标题");
        assert_eq!(rows[0].texts().collect::<Vec<_>>(), ["A", "B"]);
        assert_eq!(rows[1].line, 5);
        assert_eq!(rows[1].cells[1], Cell { text: "C\nmore".into(), line: 6, col: 2, merged_from: None, above: None });
    }

    #[test]
    fn csv_quotes() {
        let mut d = Vec::new();
        let rows = delimited_rows("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\n", ',', &mut d);
        assert!(d.is_empty());
        assert_eq!(rows[0].texts().collect::<Vec<_>>(), ["a", "b,c", "say \"hi\""]);
        assert_eq!(rows[1].cells[0].text, "two\nlines");
        assert_eq!(rows[1].line, 2);
        assert_eq!(rows[1].cells[1].line, 3);
        assert_eq!(rows.len(), 2);
        let rows = delimited_rows("\"quoted\" word,b\n", ',', &mut d);
        assert_eq!(rows[0].cells[0].text, "\"quoted\" word");
        assert!(d.is_empty());
        let rows = delimited_rows("\"tsv\" cell\t\"x\n", '\t', &mut d);
        assert_eq!(rows[0].texts().collect::<Vec<_>>(), ["\"tsv\" cell", "\"x"]);
        // Excel's TSV export quotes a cell with a line break in it
        let rows = delimited_rows("三级指标\t指标值\n\"培训\n人数\"\t≥2万人\n\"\"\"及以上\"\"\"\t\"a\tb\"\n", '\t', &mut d);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1].texts().collect::<Vec<_>>(), ["培训\n人数", "≥2万人"]);
        assert_eq!((rows[1].cells[1].line, rows[1].cells[1].col), (3, 2));
        assert_eq!(rows[2].texts().collect::<Vec<_>>(), ["\"及以上\"", "a\tb"]);
        assert_eq!(rows[2].line, 4);
        let rows = delimited_rows("a,\"open", ',', &mut d);
        assert_eq!(rows[0].cells[1].text, "open");
        assert_eq!(d[0].line, 1);
    }
}
