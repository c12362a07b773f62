//! A threshold in JSON: an object with its `kind`, the parts another language needs without our
//! parser, and its canonical `text`. Reading accepts that object or a plain string (`"≥2万人"`).

use core::fmt;

use rust_decimal::Decimal;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Comparator, Qualitative, QualitativeKind, Range, Threshold};
use crate::date::{Deadline, PartialDate};
use crate::quantity::{Magnitude, Quantity};
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
        #[serde(with = "crate::serde_util::decimal")]
        #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_util::DecimalString"))]
        value: Decimal,
        /// The magnitude word (万, 亿).
        #[serde(default)]
        magnitude: Magnitude,
        /// The unit ("" when none).
        #[serde(default)]
        unit: Unit,
        /// value × magnitude (written for readers; ignored when read).
        #[serde(default, skip_deserializing, with = "crate::serde_util::opt_decimal")]
        #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_util::DecimalString>"))]
        normalized: Option<Decimal>,
        /// The canonical text (ignored when read).
        #[serde(default, skip_deserializing)]
        text: String,
    },
    /// A range, both ends inclusive, sharing magnitude and unit.
    Range {
        /// The low end.
        #[serde(with = "crate::serde_util::decimal")]
        #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_util::DecimalString"))]
        low: Decimal,
        /// The high end.
        #[serde(with = "crate::serde_util::decimal")]
        #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_util::DecimalString"))]
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
        /// The canonical text (ignored when read).
        #[serde(default, skip_deserializing)]
        text: String,
    },
    /// A qualitative statement (定性), kept as written.
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
            Threshold::Compare { op, quantity } => Repr::Comparison {
                comparator: *op,
                value: quantity.value,
                magnitude: quantity.magnitude,
                unit: quantity.unit.clone(),
                normalized: Some(quantity.normalized()),
                text,
            },
            Threshold::Range(r) => Repr::Range { low: r.low, high: r.high, magnitude: r.magnitude, unit: r.unit.clone(), text },
            Threshold::Deadline(d) => Repr::Deadline { start: d.start, end: d.end, text },
            Threshold::Qualitative(q) => Repr::Qualitative { category: q.kind(), text },
        };
        r.serialize(s)
    }
}

fn from_repr<E: de::Error>(r: Repr) -> Result<Threshold, E> {
    Ok(match r {
        Repr::Comparison { comparator, value, magnitude, unit, .. } => {
            if value.checked_mul(magnitude.factor()).is_none() {
                return Err(E::custom("value × magnitude overflows a decimal"));
            }
            Threshold::Compare { op: comparator, quantity: Quantity { value, magnitude, unit } }
        }
        Repr::Range { low, high, magnitude, unit, .. } => {
            if low > high {
                return Err(E::custom("range low end above high end"));
            }
            Threshold::Range(Range { low, high, magnitude, unit })
        }
        Repr::Deadline { start, end, .. } => Threshold::Deadline(Deadline { start, end }),
        Repr::Qualitative { text, .. } => Threshold::Qualitative(Qualitative { text: text.into() }),
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
                Threshold::parse(v).map_err(|e| E::custom(format!("{e} in `{v}`")))
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
