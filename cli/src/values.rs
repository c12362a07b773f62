//! `jixiao values`: what each 指标值 (target value) means — kind, comparator, value, unit,
//! direction and canonical text — or where it goes wrong.

use std::io::Write;

use jixiao::{Direction, Indicator, ParseError, QualitativeKind, Threshold};
use serde::Serialize;

use crate::args::{Mode, ValuesArgs};
use crate::errors::Error;
use crate::output;

/// One value, described for text and JSON.
#[derive(Debug, Serialize)]
pub struct Described {
    /// The value as given.
    pub input: String,
    /// `comparison`, `range`, `deadline`, `qualitative`, `relative`, `unread`; absent on an error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// `≥`, `≤`, `<`, `=` …
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comparator: Option<String>,
    /// The number as written, with its magnitude (`2万`), or the two ends of a range (`90–100`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The number with its magnitude applied (`20000`), where it differs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub normalized: Option<String>,
    /// The unit (`人`, `%`, `元/(人·月)`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// `higher_is_better`, `lower_is_better`, `within`, `by_deadline`, `qualitative`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// What kind of qualitative text (`maintenance`, `completion` …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualitative: Option<QualitativeKind>,
    /// The canonical text, which parses back to the same threshold.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// The threshold as the library serialises it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold: Option<Threshold>,
    /// Why it does not parse, and where.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ValueError>,
}

/// A value that does not parse: the message in both languages and the position.
#[derive(Debug, Serialize)]
pub struct ValueError {
    /// 中文.
    pub zh: String,
    /// English.
    pub en: String,
    /// The character (from 1) where it goes wrong.
    pub character: usize,
    /// The byte offset (from 0).
    pub byte_offset: usize,
}

impl From<&ParseError> for ValueError {
    fn from(e: &ParseError) -> ValueError {
        ValueError { zh: e.zh(), en: e.to_string(), character: e.char_offset() + 1, byte_offset: e.offset() }
    }
}

/// Describes one value, read as a table cell is (split columns `≧|735|人次` included).
pub fn describe(input: &str) -> Described {
    let indicator = Indicator::new(None, None, "", input);
    let mut d = Described {
        input: input.to_string(),
        kind: None,
        comparator: None,
        value: None,
        normalized: None,
        unit: None,
        direction: None,
        qualitative: None,
        canonical: None,
        threshold: None,
        error: None,
    };
    let t = match indicator.parsed() {
        Ok(t) => t,
        Err(e) => {
            d.error = Some(e.into());
            return d;
        }
    };
    d.kind = Some(kind(t));
    d.comparator = t.comparator().map(|c| c.to_string());
    if let Some(q) = t.quantity() {
        d.value = Some(format!("{}{}", q.value(), q.magnitude()));
        let n = q.normalized().normalize();
        if n != q.value().normalize() {
            d.normalized = Some(n.to_string());
        }
    }
    if let Threshold::Range(r) = t {
        d.value = Some(format!("{}{m}–{}{m}", r.low(), r.high(), m = r.magnitude()));
    }
    if let Threshold::Relative(r) = t {
        d.comparator = Some(r.comparator().to_string());
    }
    d.unit = t.unit().filter(|u| !u.is_none()).map(|u| u.to_string());
    d.direction = Some(t.direction());
    if let Threshold::Qualitative(q) | Threshold::Unread(q) = t {
        d.qualitative = Some(q.kind());
    }
    d.canonical = Some(t.to_string());
    d.threshold = Some(t.clone());
    d
}

/// The kind's name.
fn kind(t: &Threshold) -> &'static str {
    match t {
        Threshold::Compare(_) => "comparison",
        Threshold::Range(_) => "range",
        Threshold::Deadline(_) => "deadline",
        Threshold::Qualitative(_) => "qualitative",
        Threshold::Relative(_) => "relative",
        Threshold::Unread(_) => "unread",
        _ => "other",
    }
}

/// The kind in Chinese and English: `比较 comparison`.
fn kind_text(kind: &str) -> String {
    let zh = match kind {
        "comparison" => "比较",
        "range" => "区间",
        "deadline" => "时限",
        "qualitative" => "定性",
        "relative" => "相对上年或预算",
        "unread" => "含未读懂数字的文字",
        _ => "其他",
    };
    format!("{zh} {kind}")
}

/// A direction in Chinese and English: `越高越好 higher is better`.
pub fn direction_text(d: Direction) -> &'static str {
    match d {
        Direction::HigherIsBetter => "越高越好 higher is better",
        Direction::LowerIsBetter => "越低越好 lower is better",
        Direction::Within => "在区间内 within the range",
        Direction::ByDeadline => "按时限 by the deadline",
        _ => "定性判断 judged",
    }
}

/// A qualitative kind in Chinese and English.
pub fn qualitative_text(k: QualitativeKind) -> &'static str {
    match k {
        QualitativeKind::YesNo => "是否 yes/no",
        QualitativeKind::Completion => "完成 completion",
        QualitativeKind::Maintenance => "保持 maintenance",
        QualitativeKind::Improvement => "提升 improvement",
        QualitativeKind::Compliance => "合规 compliance",
        QualitativeKind::Grade => "等级 grade",
        QualitativeKind::Effect => "成效 effect",
        _ => "其他 other",
    }
}

/// Writes one description as text.
fn write_text(out: &mut dyn Write, d: &Described) -> std::io::Result<()> {
    writeln!(out, "{}", d.input)?;
    if let Some(e) = &d.error {
        writeln!(out, "  错误 error: {} / {}", e.zh, e.en)?;
        return writeln!(out, "  位置 position: 第{}个字符 character {} (byte offset {})", e.character, e.character, e.byte_offset);
    }
    let mut line = |label: &str, value: &str| writeln!(out, "  {label}: {value}");
    line("类型 kind", &kind_text(d.kind.unwrap_or("other")))?;
    if let Some(c) = &d.comparator {
        line("比较符 comparator", c)?;
    }
    if let Some(v) = &d.value {
        match &d.normalized {
            Some(n) => line("数值 value", &format!("{v} (= {n})"))?,
            None => line("数值 value", v)?,
        }
    }
    if let Some(u) = &d.unit {
        line("单位 unit", u)?;
    }
    if let Some(k) = d.qualitative {
        line("定性类别 qualitative", qualitative_text(k))?;
    }
    if let Some(dir) = d.direction {
        line("方向 direction", direction_text(dir))?;
    }
    if let Some(c) = &d.canonical {
        line("规范写法 canonical", c)?;
    }
    Ok(())
}

/// `jixiao values`: every value described; exit status 1 when one does not parse.
pub fn run(args: &ValuesArgs, out: &mut dyn Write) -> Result<(), Error> {
    let described: Vec<Described> = args.values.iter().map(|v| describe(v)).collect();
    match args.format.mode() {
        Mode::Text => {
            for (i, d) in described.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                write_text(out, d)?;
            }
        }
        Mode::Json => output::json(out, &described)?,
        Mode::JsonLines => {
            for d in &described {
                output::json_line(out, d)?;
            }
        }
    }
    if described.iter().any(|d| d.error.is_some()) {
        return Err(Error::Reported);
    }
    Ok(())
}
