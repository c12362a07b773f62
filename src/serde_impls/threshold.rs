//! A threshold in JSON: an object with its `kind`, the parts another language needs without our
//! parser, and its canonical `text`. Reading accepts that object or a plain string (`"≥2万人"`).

use core::fmt;

use rust_decimal::Decimal;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::date::PartialDate;
use crate::quantity::{Magnitude, Quantity};
use crate::threshold::{Baseline, Change, Comparator, Comparison, Qualitative, QualitativeKind, Range, Relative, Threshold};
use crate::unit::Unit;

/// 指标值: a parsed target value.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", rename = "ThresholdObject")]
enum Repr {
    /// A comparison: comparator, value, magnitude, unit.
    Comparison {
        /// ge, gt, le, lt or eq (a bare value is eq).
        comparator: Comparator,
        /// The number as written.
        #[serde(with = "super::decimal")]
        #[cfg_attr(feature = "schemars", schemars(with = "super::DecimalString"))]
        value: Decimal,
        /// The magnitude word (万, 亿).
        #[serde(default)]
        magnitude: Magnitude,
        /// The unit ("" when none).
        #[serde(default)]
        unit: Unit,
        /// value × magnitude (written for readers; ignored when read).
        #[serde(default, skip_deserializing, with = "super::opt_decimal")]
        #[cfg_attr(feature = "schemars", schemars(with = "Option<super::DecimalString>"))]
        normalized: Option<Decimal>,
        /// Approximate (约, 大约, 近, 左右): an equality target that is not exact.
        #[serde(default, skip_serializing_if = "core::ops::Not::not")]
        approximate: bool,
        /// A note written after the quantity (`（满意度）`, `覆盖`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        /// The canonical text (ignored when read).
        #[serde(default, skip_deserializing)]
        text: String,
    },
    /// A range, both ends inclusive, sharing magnitude and unit.
    Range {
        /// The low end.
        #[serde(with = "super::decimal")]
        #[cfg_attr(feature = "schemars", schemars(with = "super::DecimalString"))]
        low: Decimal,
        /// The high end.
        #[serde(with = "super::decimal")]
        #[cfg_attr(feature = "schemars", schemars(with = "super::DecimalString"))]
        high: Decimal,
        /// The magnitude of both ends.
        #[serde(default)]
        magnitude: Magnitude,
        /// The unit of both ends.
        #[serde(default)]
        unit: Unit,
        /// The canonical text (ignored when read).
        #[serde(default, skip_deserializing)]
        text: String,
    },
    /// A deadline (完成时限) or period.
    Deadline {
        /// Start of a period.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        start: Option<PartialDate>,
        /// Done by this date (inclusive).
        end: PartialDate,
        /// The deadline falls in every year (每年).
        #[serde(default, skip_serializing_if = "core::ops::Not::not")]
        every_year: bool,
        /// The canonical text (ignored when read).
        #[serde(default, skip_deserializing)]
        text: String,
    },
    /// A qualitative statement (定性), kept as written.
    /// A target against a baseline the table does not state (`较上年增长5%`).
    Relative {
        /// On the change when there is one, else on the baseline.
        comparator: Comparator,
        /// What it is measured against.
        baseline: Baseline,
        /// Increase or decrease, if the target states one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        change: Option<Change>,
        /// The amount of the change (`5%`, `2个百分点`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        amount: Option<Quantity>,
        /// About the baseline (`与上年基本持平`): with comparator `=` and no change only.
        #[serde(default, skip_serializing_if = "core::ops::Not::not")]
        approximate: bool,
        /// The canonical text (ignored when read).
        #[serde(default, skip_deserializing)]
        text: String,
    },
    /// Text holding numbers the grammar did not read (`完成3个项目的建设`).
    Unread {
        /// The text as written.
        text: String,
    },
    Qualitative {
        /// The recognised kind of statement (ignored when read: derived from the text).
        #[serde(default = "other_kind", skip_deserializing)]
        category: QualitativeKind,
        /// The text as written.
        text: String,
    },
}

fn other_kind() -> QualitativeKind {
    QualitativeKind::Other
}

impl Serialize for Threshold {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let text = self.to_string();
        let r = match self {
            Threshold::Compare(c) => {
                let q = c.quantity();
                Repr::Comparison {
                    comparator: c.comparator(),
                    value: q.value(),
                    magnitude: q.magnitude(),
                    unit: q.unit().clone(),
                    normalized: Some(q.normalized()),
                    approximate: c.is_approximate(),
                    note: c.note().map(str::to_string),
                    text,
                }
            }
            Threshold::Range(r) => Repr::Range { low: r.low(), high: r.high(), magnitude: r.magnitude(), unit: r.unit().clone(), text },
            Threshold::Deadline(d) => Repr::Deadline { start: d.start(), end: d.end(), every_year: d.is_every_year(), text },
            Threshold::Qualitative(q) => Repr::Qualitative { category: q.kind(), text },
            Threshold::Unread(_) => Repr::Unread { text },
            Threshold::Relative(r) => Repr::Relative {
                comparator: r.comparator(),
                baseline: r.baseline(),
                change: r.change(),
                amount: r.amount().cloned(),
                approximate: r.is_approximate(),
                text,
            },
        };
        r.serialize(s)
    }
}

fn from_repr<E: de::Error>(r: Repr) -> Result<Threshold, E> {
    Ok(match r {
        Repr::Comparison { comparator, value, magnitude, unit, approximate, note, .. } => {
            let quantity = Quantity::new(value, magnitude, unit).map_err(|_| E::custom("value × magnitude overflows a decimal"))?;
            let c = match (approximate, comparator) {
                (true, Comparator::Eq) => Comparison::about(quantity),
                (true, _) => return Err(E::custom("an approximate comparison has the comparator eq")),
                (false, op) => Comparison::new(op, quantity),
            };
            let c = match note {
                Some(n) => c.with_note(&n).map_err(|_| E::custom(format!("note `{n}` would read as part of the value")))?,
                None => c,
            };
            Threshold::Compare(c)
        }
        Repr::Range { low, high, magnitude, unit, .. } => Threshold::Range(Range::new(low, high, magnitude, unit).map_err(|e| {
            E::custom(match e.kind() {
                crate::ParseErrorKind::RangeReversed => "range low end above high end",
                _ => "range end × magnitude overflows a decimal",
            })
        })?),
        Repr::Deadline { start, end, every_year, .. } => Threshold::Deadline(super::values::deadline_from(start, end, every_year)?),
        Repr::Relative { comparator, baseline, change, amount, approximate, .. } => {
            let r = match change {
                None if approximate && amount.is_none() && comparator == Comparator::Eq => Relative::about(baseline),
                _ if approximate => return Err(E::custom("an approximate relative target is `=` its baseline, with no change")),
                Some(c) => Relative::changed(baseline, c, comparator, amount),
                None if amount.is_none() => Relative::against(comparator, baseline),
                None => return Err(E::custom("a relative amount needs its change (increase or decrease)")),
            };
            match Threshold::parse(&r.to_string()) {
                Ok(Threshold::Relative(back)) if back == r => Threshold::Relative(r),
                _ => return Err(E::custom(format!("relative target `{r}` does not read back as itself"))),
            }
        }
        Repr::Unread { text } => match Threshold::parse(&text) {
            Ok(t @ Threshold::Unread(_)) => t,
            _ => return Err(E::custom(format!("text `{text}` holds no unread numbers"))),
        },
        Repr::Qualitative { text, .. } => Threshold::Qualitative(
            Qualitative::new(&text).map_err(|_| E::custom(format!("qualitative text `{text}` reads as another kind of 指标值")))?,
        ),
    })
}

impl<'de> Deserialize<'de> for Threshold {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Threshold;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a threshold object or a 指标值 string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Threshold, E> {
                Threshold::parse(v).map_err(|e| E::custom(format!("指标值 `{v}`: {e}")))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Threshold, A::Error> {
                let r = Repr::deserialize(de::value::MapAccessDeserializer::new(map))?;
                from_repr(r)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Threshold {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Threshold".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let object = g.subschema_for::<Repr>();
        schemars::json_schema!({
            "description": "指标值: a parsed target value. Written as an object; read from the object or from the text as written (\"≥2万人\").",
            "anyOf": [
                object,
                { "type": "string", "minLength": 1, "description": "A 指标值 as written, parsed on reading." }
            ]
        })
    }
}
