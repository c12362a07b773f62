//! The reference `Threshold::parse` is measured against: the way most developers would write it,
//! one regex with captures (comparator, number, unit), the number read with
//! `Decimal::from_str`, the unit kept as a `String`. It understands fewer forms than `jixiao`
//! (no words but four, ranges, dates, Chinese numerals or split columns) and gives up on the
//! rest.

use std::str::FromStr;

use jixiao::Decimal;
use regex::Regex;

/// What the reference produces: comparator, number and unit.
#[derive(Debug)]
pub struct Reference {
    pub op: Option<&'static str>,
    pub number: Decimal,
    pub unit: String,
}

/// The reference's regex, compiled once by the caller.
pub fn regex() -> Regex {
    Regex::new(r"^\s*(>=|<=|≥|≤|≧|≦|>|<|=|＞|＜|＝|不低于|不少于|不高于|不超过)?\s*([0-9]+(?:\.[0-9]+)?)\s*(\S*)\s*$")
        .expect("the reference regex compiles")
}

/// Reads `s` with `re` (from [`regex`]); `None` for a value the reference does not understand.
pub fn parse(re: &Regex, s: &str) -> Option<Reference> {
    let caps = re.captures(s)?;
    let op = caps.get(1).map(|m| match m.as_str() {
        ">=" | "≥" | "≧" | "不低于" | "不少于" => "≥",
        "<=" | "≤" | "≦" | "不高于" | "不超过" => "≤",
        ">" | "＞" => ">",
        "<" | "＜" => "<",
        _ => "=",
    });
    let number = Decimal::from_str(caps.get(2)?.as_str()).ok()?;
    let unit = caps.get(3).map_or_else(String::new, |m| m.as_str().to_string());
    Some(Reference { op, number, unit })
}
