//! serde for every type whose JSON differs from its Rust shape, in one place: decimals as
//! strings, units and thresholds with their canonical text, levels as `{kind, name}`, and the
//! checked types (dates, ranges, indicators) read through their constructors, so that JSON
//! can never make a value the crate itself could not.
//!
//! | file | types |
//! |---|---|
//! | `mod.rs` | decimals (`"381.00"`, never a JSON number, which readers turn into floats) and years |
//! | `values.rs` | [`Unit`](crate::Unit), [`Quantity`](crate::Quantity), [`PartialDate`](crate::PartialDate), [`Deadline`](crate::Deadline), [`Actual`](crate::Actual) |
//! | `levels.rs` | [`Level1`](crate::Level1), [`Level2`](crate::Level2) |
//! | `threshold.rs` | [`Threshold`](crate::Threshold) |
//! | `indicator.rs` | [`Indicator`](crate::Indicator) |
//! | `item_score.rs` | [`ItemScore`](crate::score::ItemScore) |
//! | `monitor.rs` | [`Signal`](crate::monitor::Signal), the monitoring [`Profile`](crate::monitor::Profile), a report's month |

/// `impl JsonSchema for $ty` as the schema of the private type it is written through (its
/// `Repr`), under the public type's name.
#[cfg(feature = "schemars")]
macro_rules! schema_of_repr {
    ($ty:ty, $name:literal, $repr:ty) => {
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                $name.into()
            }
            fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
                <$repr as schemars::JsonSchema>::json_schema(generator)
            }
        }
    };
}

mod indicator;
mod item_score;
mod levels;
mod monitor;
mod threshold;
mod values;

pub(crate) use monitor::month;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serializer};

/// Parses the decimal pattern `-?[0-9]+(\.[0-9]+)?` exactly (no exponent, no rounding).
pub(crate) fn parse_decimal(s: &str) -> Result<Decimal, String> {
    let body = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || frac.is_some_and(|f| !digits(f)) {
        return Err(format!("invalid decimal `{s}`: expected digits with an optional `.` and fraction"));
    }
    Decimal::from_str_exact(s).map_err(|e| format!("invalid decimal `{s}`: {e}"))
}

/// `#[serde(with = "decimal")]` for a `Decimal` field.
pub(crate) mod decimal {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(d)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        parse_decimal(&s).map_err(serde::de::Error::custom)
    }
}

/// `#[serde(with = "opt_decimal")]` for an `Option<Decimal>` field (`null` or absent is `None`).
pub(crate) mod opt_decimal {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.collect_str(d),
            None => s.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        let s = <Option<std::borrow::Cow<'de, str>>>::deserialize(d)?;
        s.map(|s| parse_decimal(&s).map_err(serde::de::Error::custom)).transpose()
    }
}

/// `#[serde(with = "year")]` for an `Option<u16>` year (年度): 1900–2100 or absent.
pub(crate) mod year {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(y: &Option<u16>, s: S) -> Result<S::Ok, S::Error> {
        match y {
            Some(y) => s.serialize_u16(*y),
            None => s.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u16>, D::Error> {
        let y = <Option<u16>>::deserialize(d)?;
        match y {
            Some(y) if !(1900..=2100).contains(&y) => Err(serde::de::Error::custom(format!("year {y} is outside 1900–2100"))),
            y => Ok(y),
        }
    }
}

/// The JSON Schema of a decimal: a string of digits.
#[cfg(feature = "schemars")]
pub(crate) struct DecimalString;

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for DecimalString {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
            "description": "An exact decimal written as a string (\"381.00\"); never a JSON number.",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::parse_decimal;

    #[test]
    fn exact_decimals_only() {
        assert_eq!(parse_decimal("381.00").unwrap().to_string(), "381.00");
        assert_eq!(parse_decimal("-0.5").unwrap().to_string(), "-0.5");
        assert!(parse_decimal("1e5").is_err());
        assert!(parse_decimal("1.").is_err());
        assert!(parse_decimal(".5").is_err());
        assert!(parse_decimal("").is_err());
        assert!(parse_decimal("1.00000000000000000000000000001").is_err());
    }
}
