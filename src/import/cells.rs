//! Splitting text into rows of cells, with the line each cell starts on.
//!
//! Two layouts: the DOCX-text layout (a row is a block of lines; a cell starts with a tab; a
//! line without a tab continues the cell before it) and delimited rows (TSV or CSV, with
//! quoted cells that may hold the delimiter, quotes and line breaks).

use std::borrow::Cow;

use super::diagnostic::{Diagnostic, Severity};
use crate::text::trim;

/// One cell as written, with the line (1-based) it starts on. The text is borrowed from the
/// input where it is one piece of it, owned where it had to be joined or unquoted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Cell<'a> {
    pub(super) text: Cow<'a, str>,
    pub(super) line: usize,
}

/// One row: the line it starts on, a leading text outside any cell (a heading), and its cells.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Row<'a> {
    pub(super) line: usize,
    pub(super) lead: Option<Cell<'a>>,
    pub(super) cells: Vec<Cell<'a>>,
}

impl Row<'_> {
    /// The cells' texts trimmed, for matching labels.
    pub(super) fn texts(&self) -> impl Iterator<Item = &str> {
        self.cells.iter().map(|c| trim(&c.text))
    }

    /// True when no cell holds any text.
    pub(super) fn is_blank(&self) -> bool {
        self.lead.is_none() && self.texts().all(str::is_empty)
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

impl<'a> DocxRows<'a> {
    /// Reads the next row into `row`, reusing its cells' storage; false at the end.
    pub(super) fn read(&mut self, row: &mut Row<'a>) -> bool {
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
                row.cells.push(Cell { text: Cow::Borrowed(text), line: n });
            } else if let Some(last) = row.cells.last_mut() {
                let text = last.text.to_mut();
                text.push('\n');
                text.push_str(line);
            } else if let Some(lead) = row.lead.as_mut() {
                let text = lead.text.to_mut();
                text.push('\n');
                text.push_str(line);
            } else {
                row.lead = Some(Cell { text: Cow::Borrowed(line), line: n });
            }
        }
        started
    }
}

/// The records of a delimited text. TSV (`delimiter` `\t`) cells are taken as written, quotes
/// included (real TSV cells start with `"及以上" suffix`). In CSV a cell that starts with `"` is
/// quoted: `""` inside it is one quote, and it may span lines; when text follows its closing
/// quote, the cell was not quoted after all and is kept as written. An unclosed quote is
/// reported and keeps the rest of the input.
pub(super) fn delimited_rows(input: &str, delimiter: char, diags: &mut Vec<Diagnostic>) -> Vec<Row<'static>> {
    let quoting = delimiter != '\t';
    let mut rows = Vec::new();
    let mut line = 1usize;
    let mut row = Row { line, ..Row::default() };
    let mut cell = Cell { text: Cow::Owned(String::new()), line };
    // the cell as written, while inside quotes
    let mut raw: Option<String> = None;
    let mut at_cell_start = true;
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        if let Some(r) = raw.as_mut() {
            r.push(c);
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    r.push('"');
                    cell.text.to_mut().push('"');
                }
                '"' => {
                    let next = chars.peek().copied();
                    if !(next.is_none() || next == Some(delimiter) || next == Some('\n') || next == Some('\r')) {
                        cell.text = Cow::Owned(r.clone());
                    }
                    raw = None;
                }
                '\n' => {
                    line += 1;
                    cell.text.to_mut().push('\n');
                }
                '\r' if chars.peek() == Some(&'\n') => {}
                _ => cell.text.to_mut().push(c),
            }
            continue;
        }
        match c {
            '"' if at_cell_start && quoting => {
                raw = Some(String::from('"'));
                at_cell_start = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                line += 1;
                row.cells.push(std::mem::replace(&mut cell, Cell { text: Cow::Owned(String::new()), line }));
                rows.push(std::mem::replace(&mut row, Row { line, ..Row::default() }));
                at_cell_start = true;
            }
            c if c == delimiter => {
                row.cells.push(std::mem::replace(&mut cell, Cell { text: Cow::Owned(String::new()), line }));
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
            Diagnostic::new(Severity::Error, cell.line, "a quoted cell is not closed; it runs to the end of the input")
                .at_cell(row.cells.len() + 1),
        );
    }
    if !(row.cells.is_empty() && cell.text.is_empty()) {
        row.cells.push(cell);
        rows.push(row);
    }
    rows
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
        assert_eq!(rows[1].cells[1], Cell { text: "C\nmore".into(), line: 6 });
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
        let rows = delimited_rows("a,\"open", ',', &mut d);
        assert_eq!(rows[0].cells[1].text, "open");
        assert_eq!(d[0].line, 1);
    }
}
