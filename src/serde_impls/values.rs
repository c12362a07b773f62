//! The value types: [`Unit`] (its canonical text), [`Quantity`] (value, magnitude, unit and the
//! normalised value), [`PartialDate`] and [`Deadline`] (their parts, checked), [`Actual`] (an
//! object with a `kind`).

use rust_decimal::Decimal;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::actual::{Actual, ActualText, Band};
use crate::date::{Deadline, PartialDate};
use crate::quantity::{Magnitude, Quantity};
use crate::threshold::{Comparator, Comparison};
use crate::unit::Unit;

// ---- Unit: its canonical text -----------------------------------------------------------------

impl Serialize for Unit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Unit::parse(&s).map_err(|e| D::Error::custom(format!("unit `{s}`: {e}")))
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Unit {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Unit".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "计量单位: the unit without magnitude, canonical for known units (\"%\", \"人\", \"元/人\", \"小时\"), as written otherwise; \"\" when none was written.",
        })
    }
}

// ---- Quantity ---------------------------------------------------------------------------------

/// 数量: a number as written, its magnitude and unit.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename = "Quantity")]
struct QuantityRepr {
    /// The number as written (decimal string, scale kept).
    #[serde(with = "super::decimal")]
    #[cfg_attr(feature = "schemars", schemars(with = "super::DecimalString"))]
    value: Decimal,
    /// The magnitude word (万, 亿) after the number.
    #[serde(default)]
    magnitude: Magnitude,
    /// The unit.
    #[serde(default)]
    unit: Unit,
    /// value × magnitude (written for readers; ignored when read).
    #[serde(default, skip_deserializing, with = "super::opt_decimal")]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<super::DecimalString>"))]
    normalized: Option<Decimal>,
}

impl Serialize for Quantity {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        QuantityRepr { value: self.value(), magnitude: self.magnitude(), unit: self.unit().clone(), normalized: Some(self.normalized()) }
            .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Quantity {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = QuantityRepr::deserialize(d)?;
        Quantity::new(r.value, r.magnitude, r.unit).map_err(|_| D::Error::custom("value × magnitude overflows a decimal"))
    }
}

#[cfg(feature = "schemars")]
schema_of_repr!(Quantity, "Quantity", QuantityRepr);

// ---- PartialDate and Deadline -----------------------------------------------------------------

/// A date that may lack its year, month or day; its year may count from the project's
/// (`years_after_project`: 0 for 当年, 1 for 次年).
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename = "PartialDate")]
struct DateRepr {
    /// Year (年), 1900–2100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(range(min = 1900, max = 2100)))]
    year: Option<u16>,
    /// Years after the project's year (0 当年, 1 次年), instead of a year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(range(max = 1)))]
    years_after_project: Option<u8>,
    /// Month (月), 1–12.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(range(min = 1, max = 12)))]
    month: Option<u8>,
    /// Day (日), 1–31, and a day the month has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(range(min = 1, max = 31)))]
    day: Option<u8>,
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        DateRepr { year: self.year(), years_after_project: self.years_after_project(), month: self.month(), day: self.day() }.serialize(s)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = DateRepr::deserialize(d)?;
        let made = match (r.year, r.years_after_project) {
            (Some(_), Some(_)) => return Err(D::Error::custom("a date has a year or years_after_project, not both")),
            (_, None) => PartialDate::new(r.year, r.month, r.day),
            // the project's year alone (当年, 次年 as a completion date): some time in it
            (None, Some(0)) if r.month.is_none() && r.day.is_none() => PartialDate::this_year(Some(1), None).map(|d| d.whole_year()),
            (None, Some(1)) if r.month.is_none() && r.day.is_none() => PartialDate::next_year(Some(1), None).map(|d| d.whole_year()),
            (None, Some(0)) => PartialDate::this_year(r.month, r.day),
            (None, Some(1)) => PartialDate::next_year(r.month, r.day),
            (None, Some(n)) => return Err(D::Error::custom(format!("years_after_project {n}: only 0 (当年) and 1 (次年)"))),
        };
        made.map_err(|_| {
            let parts: Vec<String> = [("year", r.year), ("month", r.month.map(u16::from)), ("day", r.day.map(u16::from))]
                .iter()
                .filter_map(|(name, v)| v.map(|v| format!("{name} {v}")))
                .collect();
            if parts.is_empty() && r.years_after_project.is_none() {
                D::Error::custom("a date needs a year or a month")
            } else {
                D::Error::custom(format!("no such date: {}", parts.join(", ")))
            }
        })
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = DateRepr::json_schema(g);
        // something must be given: a year (or years_after_project) or a month
        schema.insert(
            "anyOf".into(),
            serde_json::json!([{ "required": ["year"] }, { "required": ["years_after_project"] }, { "required": ["month"] }]),
        );
        schema
    }
}

/// 完成时限: done by `end`; a period keeps its `start`; `every_year` for 每年.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename = "Deadline")]
struct DeadlineRepr {
    /// Start of a period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    start: Option<PartialDate>,
    /// Done by this date (inclusive).
    end: PartialDate,
    /// The deadline falls in every year (每年); `end` then names no year.
    #[serde(default, skip_serializing_if = "core::ops::Not::not")]
    every_year: bool,
}

impl Serialize for Deadline {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        DeadlineRepr { start: self.start(), end: self.end(), every_year: self.is_every_year() }.serialize(s)
    }
}

pub(super) fn deadline_from<E: serde::de::Error>(start: Option<PartialDate>, end: PartialDate, every_year: bool) -> Result<Deadline, E> {
    match (start, every_year) {
        (Some(_), true) => Err(E::custom("a deadline every year has no start")),
        (Some(s), false) => Deadline::period(s, end).map_err(|_| E::custom(format!("the period ends ({end}) before it starts ({s})"))),
        (None, true) => Deadline::every_year(end).map_err(|_| E::custom("a deadline every year names a month and no year")),
        (None, false) => Ok(Deadline::by(end)),
    }
}

impl<'de> Deserialize<'de> for Deadline {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = DeadlineRepr::deserialize(d)?;
        deadline_from(r.start, r.end, r.every_year)
    }
}

#[cfg(feature = "schemars")]
schema_of_repr!(Deadline, "Deadline", DeadlineRepr);

// ---- Actual -----------------------------------------------------------------------------------

/// 完成值: what was achieved.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", rename = "Actual")]
enum ActualRepr {
    /// A quantity.
    Quantity {
        /// The number as written.
        #[serde(with = "super::decimal")]
        #[cfg_attr(feature = "schemars", schemars(with = "super::DecimalString"))]
        value: Decimal,
        /// The magnitude word.
        #[serde(default)]
        magnitude: Magnitude,
        /// The unit ("" when none).
        #[serde(default)]
        unit: Unit,
    },
    /// A quantity written with a comparator (`≥266米`) or as approximate (`约2000人`).
    Bound {
        /// ge, gt, le, lt or eq.
        comparator: Comparator,
        /// The quantity.
        quantity: Quantity,
        /// Approximate (约, 左右).
        #[serde(default, skip_serializing_if = "core::ops::Not::not")]
        approximate: bool,
        /// A note after the quantity.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// A band stated by the assessor.
    Band {
        /// 达成 / 部分达成 / 未达成.
        band: Band,
        /// The score given inside the band.
        #[serde(default, skip_serializing_if = "Option::is_none", with = "super::opt_decimal")]
        #[cfg_attr(feature = "schemars", schemars(with = "Option<super::DecimalString>"))]
        score: Option<Decimal>,
    },
    /// A completion date.
    Date {
        /// The date.
        date: PartialDate,
    },
    /// A span the work was done in, some day of it.
    Period {
        /// Its first month or day.
        start: PartialDate,
        /// Its last.
        end: PartialDate,
    },
    /// 不适用.
    NotApplicable,
    /// Other text, as written.
    Text {
        /// The text.
        text: String,
    },
}

impl Serialize for Actual {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = match self {
            Actual::Quantity(q) => ActualRepr::Quantity { value: q.value(), magnitude: q.magnitude(), unit: q.unit().clone() },
            Actual::Bound(c) => ActualRepr::Bound {
                comparator: c.comparator(),
                quantity: c.quantity().clone(),
                approximate: c.is_approximate(),
                note: c.note().map(str::to_string),
            },
            Actual::Band { band, score } => ActualRepr::Band { band: *band, score: *score },
            Actual::Date(d) => ActualRepr::Date { date: *d },
            Actual::Period(p) => ActualRepr::Period { start: p.start().unwrap_or(p.end()), end: p.end() },
            Actual::NotApplicable => ActualRepr::NotApplicable,
            Actual::Text(t) => ActualRepr::Text { text: t.as_str().to_string() },
        };
        r.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Actual {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match ActualRepr::deserialize(d)? {
            ActualRepr::Quantity { value, magnitude, unit } => Actual::Quantity(
                Quantity::new(value, magnitude, unit).map_err(|_| D::Error::custom("value × magnitude overflows a decimal"))?,
            ),
            ActualRepr::Bound { comparator, quantity, approximate, note } => {
                let c = match (approximate, comparator) {
                    (true, Comparator::Eq) => Comparison::about(quantity),
                    (true, _) => return Err(D::Error::custom("an approximate actual has the comparator eq")),
                    (false, op) => Comparison::new(op, quantity),
                };
                let c = match note {
                    Some(n) => c.with_note(&n).map_err(|_| D::Error::custom(format!("note `{n}` would read as part of the value")))?,
                    None => c,
                };
                Actual::Bound(c)
            }
            ActualRepr::Band { band, score } => Actual::Band { band, score },
            ActualRepr::Date { date } => Actual::Date(date),
            ActualRepr::Period { start, end } => {
                Actual::Period(Deadline::period(start, end).map_err(|_| D::Error::custom("a period that ends before it starts"))?)
            }
            ActualRepr::NotApplicable => Actual::NotApplicable,
            ActualRepr::Text { text } => Actual::Text(
                ActualText::new(&text).map_err(|_| D::Error::custom(format!("text `{text}` reads as another kind of actual")))?,
            ),
        })
    }
}

#[cfg(feature = "schemars")]
schema_of_repr!(Actual, "Actual", ActualRepr);
