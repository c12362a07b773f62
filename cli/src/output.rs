//! Writing (输出): JSON, JSON Lines and aligned text, every write returning `io::Result` so
//! that a closed pipe ends the program quietly instead of panicking in `println!`.

use std::io::{self, Write};

use jixiao::import::Diagnostic;
use jixiao::Severity;
use jixiao::{Budget, Decimal, Indicator, Threshold};
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::values::{direction_text, qualitative_text};

/// `value` as pretty JSON and a newline.
pub fn json(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// `value` as one line of JSON (JSON Lines).
pub fn json_line(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    writeln!(out)
}

/// `text` with every line indented by `by`.
pub fn indented(out: &mut dyn Write, text: &str, by: &str) -> io::Result<()> {
    for line in text.lines() {
        if line.is_empty() {
            writeln!(out)?;
        } else {
            writeln!(out, "{by}{line}")?;
        }
    }
    Ok(())
}

/// Rows under a header, each column padded to its widest cell by display width (a Chinese
/// character is two columns wide), indented by three spaces.
pub fn table(out: &mut dyn Write, header: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let mut line = |cells: &[&str]| {
        let padded: Vec<String> = cells.iter().zip(&widths).map(|(c, w)| pad(c, *w)).collect();
        writeln!(out, "   {}", padded.join("  ").trim_end())
    };
    line(header)?;
    let rules: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(&rules.iter().map(String::as_str).collect::<Vec<_>>())?;
    for row in rows {
        line(&row.iter().map(String::as_str).collect::<Vec<_>>())?;
    }
    Ok(())
}

fn pad(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

/// Text on one line: runs of whitespace (line breaks in a cell) become one space.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An amount, or `—`.
pub fn amount(d: Option<Decimal>) -> String {
    d.map_or_else(|| "—".to_string(), |d| d.to_string())
}

/// `381.00 万元 (财政 381.00 + 其他 0)`, flagging a budget that does not add up.
pub fn budget_line(b: &Budget) -> String {
    if b.total.is_none() && b.fiscal.is_none() && b.other.is_none() && b.executed.is_none() {
        return "未填写 not stated".to_string();
    }
    let mut line = format!("{} {} (财政 {} + 其他 {})", amount(b.total), b.money_unit.as_str(), amount(b.fiscal), amount(b.other));
    if let Some(executed) = b.executed {
        line.push_str(&format!(", 执行 {executed}"));
    }
    if b.adds_up() == Some(false) {
        line.push_str("  ！不相符 does not add up");
    }
    line
}

/// What a 指标值 means, in a few words: `≥ 20000 人 · 越高越好 higher is better`, the range,
/// deadline or qualitative kind, or why it did not parse.
pub fn meaning(i: &Indicator) -> String {
    let t = match i.parsed() {
        Ok(t) => t,
        Err(e) => return format!("错误 error: {}", e.zh()),
    };
    match t {
        Threshold::Compare(c) => {
            let q = c.quantity();
            let op = t.comparator().map(|c| c.to_string()).unwrap_or_default();
            format!("{op} {} {} · {}", q.normalized().normalize(), q.unit(), direction_text(t.direction()))
        }
        Threshold::Range(r) => format!(
            "{}–{} {} · {}",
            r.low_quantity().normalized().normalize(),
            r.high_quantity().normalized().normalize(),
            r.unit(),
            direction_text(t.direction())
        ),
        Threshold::Deadline(d) => format!("时限 deadline {d}"),
        Threshold::Qualitative(q) => format!("定性 qualitative: {}", qualitative_text(q.kind())),
        Threshold::Unread(_) => "含未读懂的数字 numbers not read".to_string(),
        _ => t.to_string(),
    }
}

/// Import diagnostics, Chinese then English, one a line, indented; notes left out unless
/// `notes`.
pub fn diagnostics<'a>(out: &mut dyn Write, list: impl Iterator<Item = &'a Diagnostic>, notes: bool) -> io::Result<()> {
    let shown: Vec<&Diagnostic> = list.filter(|d| notes || d.severity() != Severity::Note).collect();
    if shown.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "   导入提示 (import diagnostics):")?;
    for d in shown {
        // `{:#}`: the Chinese line, then the English under it
        writeln!(out, "   - {d:#}")?;
    }
    Ok(())
}
