//! The first diagnostic of a file only partly understood (I035): what was read, and where the
//! rest is, so that nobody takes a partial reading for a whole one.

use super::diagnostic::{Code, Diagnostic};
use super::Imported;
use crate::message::Message;

/// Rows the importer could not place (an unrecognised row, text outside any table).
const ROWS: [Code; 2] = [Code::UnrecognisedRow, Code::OutsideTable];
/// Cells it could not read (an unexpected budget cell or header cell, a weight that is no number).
const CELLS: [Code; 3] = [Code::UnexpectedBudgetCell, Code::UnrecognisedHeading, Code::BadNumber];
/// Places where it guessed.
const GUESSES: [Code; 1] = [Code::NameFromTitle];

/// Places shown in the summary at most; the diagnostics below have them all.
const SHOWN: usize = 5;

/// Puts a [`Code::PartlyRead`] note first when some rows or cells were not understood or a
/// guess was made: `read 12 indicators of 2 projects; 3 rows not understood (Sheet1 row 31, …)`.
pub(super) fn add(doc: &mut Imported) {
    let of = |codes: &[Code]| doc.diagnostics.iter().filter(|d| codes.contains(&d.code())).collect::<Vec<_>>();
    let (rows, cells, guesses) = (of(&ROWS), of(&CELLS), of(&GUESSES));
    if rows.is_empty() && cells.is_empty() && guesses.is_empty() {
        return;
    }
    let places = |ds: &[&Diagnostic], zh: bool| {
        let mut shown: Vec<String> = ds.iter().take(SHOWN).map(|d| if zh { d.place_zh() } else { d.place() }).collect();
        if ds.len() > SHOWN {
            shown.push("…".to_string());
        }
        shown.join(if zh { "、" } else { "; " })
    };
    let indicators: usize = doc.projects.iter().map(|p| p.indicators.len()).sum();
    let n = |count: usize, one: &str, many: &str| format!("{count} {}", if count == 1 { one } else { many });
    let mut en = vec![format!("read {} of {}", n(indicators, "indicator", "indicators"), n(doc.projects.len(), "project", "projects"))];
    let mut zh = vec![format!("读取{}个项目的{indicators}个指标", doc.projects.len())];
    if !rows.is_empty() {
        en.push(format!("{} not understood ({})", n(rows.len(), "row", "rows"), places(&rows, false)));
        zh.push(format!("{}行未能识别（{}）", rows.len(), places(&rows, true)));
    }
    if !cells.is_empty() {
        en.push(format!("{} not understood ({})", n(cells.len(), "cell", "cells"), places(&cells, false)));
        zh.push(format!("{}个单元格未能识别（{}）", cells.len(), places(&cells, true)));
    }
    if !guesses.is_empty() {
        en.push(format!("{} taken from titles ({})", n(guesses.len(), "project name", "project names"), places(&guesses, false)));
        zh.push(format!("{}个项目名称取自标题（{}）", guesses.len(), places(&guesses, true)));
    }
    let line = doc.diagnostics.iter().map(|d| d.line).min().unwrap_or(1);
    doc.diagnostics.insert(0, Diagnostic::new(Code::PartlyRead, line, Message::chinese(zh.join("；")).english(en.join("; "))));
}
