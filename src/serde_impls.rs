//! serde for the types whose JSON differs from their Rust shape: [`Unit`] (a string),
//! [`Quantity`] (value, magnitude, unit and the normalised value), [`Actual`] (an object with a
//! `kind`), [`Level1`] / [`Level2`] (`{kind, name}`).

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::actual::{Actual, Band};
use crate::date::PartialDate;
use crate::indicator::{Level1, Level2};
use crate::quantity::{Magnitude, Quantity};
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
        Ok(Unit::parse(&s))
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
pub(crate) struct QuantityRepr {
    /// The number as written (decimal string, scale kept).
    #[serde(with = "crate::serde_util::decimal")]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_util::DecimalString"))]
    pub value: Decimal,
    /// The magnitude word (万, 亿) after the number.
    #[serde(default)]
    pub magnitude: Magnitude,
    /// The unit.
    #[serde(default)]
    pub unit: Unit,
    /// value × magnitude (written for readers; ignored when read).
    #[serde(default, skip_deserializing, with = "crate::serde_util::opt_decimal")]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_util::DecimalString>"))]
    pub normalized: Option<Decimal>,
}

impl From<&Quantity> for QuantityRepr {
    fn from(q: &Quantity) -> Self {
        QuantityRepr { value: q.value, magnitude: q.magnitude, unit: q.unit.clone(), normalized: Some(q.normalized()) }
    }
}

impl Serialize for Quantity {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        QuantityRepr::from(self).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Quantity {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = QuantityRepr::deserialize(d)?;
        if r.value.checked_mul(r.magnitude.factor()).is_none() {
            return Err(serde::de::Error::custom("value × magnitude overflows a decimal"));
        }
        Ok(Quantity { value: r.value, magnitude: r.magnitude, unit: r.unit })
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Quantity {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Quantity".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        QuantityRepr::json_schema(g)
    }
}

// ---- Actual -----------------------------------------------------------------------------------

/// 完成值: what was achieved.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", rename = "Actual")]
enum ActualRepr {
    /// A quantity.
    Quantity {
        /// The number as written.
        #[serde(with = "crate::serde_util::decimal")]
        #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_util::DecimalString"))]
        value: Decimal,
        /// The magnitude word.
        #[serde(default)]
        magnitude: Magnitude,
        /// The unit ("" when none).
        #[serde(default)]
        unit: Unit,
    },
    /// A band stated by the assessor.
    Band {
        /// 达成 / 部分达成 / 未达成.
        band: Band,
        /// The score given inside the band.
        #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::serde_util::opt_decimal")]
        #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_util::DecimalString>"))]
        score: Option<Decimal>,
    },
    /// A completion date.
    Date {
        /// The date.
        date: PartialDate,
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
            Actual::Quantity(q) => ActualRepr::Quantity { value: q.value, magnitude: q.magnitude, unit: q.unit.clone() },
            Actual::Band { band, score } => ActualRepr::Band { band: *band, score: *score },
            Actual::Date(d) => ActualRepr::Date { date: *d },
            Actual::NotApplicable => ActualRepr::NotApplicable,
            Actual::Text(t) => ActualRepr::Text { text: t.to_string() },
        };
        r.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Actual {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match ActualRepr::deserialize(d)? {
            ActualRepr::Quantity { value, magnitude, unit } => Actual::Quantity(Quantity { value, magnitude, unit }),
            ActualRepr::Band { band, score } => Actual::Band { band, score },
            ActualRepr::Date { date } => Actual::Date(date),
            ActualRepr::NotApplicable => Actual::NotApplicable,
            ActualRepr::Text { text } => Actual::Text(text.into()),
        })
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Actual {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Actual".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ActualRepr::json_schema(g)
    }
}

// ---- Level1 / Level2 --------------------------------------------------------------------------

/// The kind of a 一级指标.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
enum Level1Kind {
    /// 产出指标.
    Output,
    /// 效益指标 (效果指标).
    Benefit,
    /// 满意度指标.
    Satisfaction,
    /// 成本指标 (level 1).
    Cost,
    /// A name outside the taxonomy, kept as written.
    Other,
}

/// 一级指标: kind and name (canonical for known kinds, as written for `other`).
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename = "Level1")]
struct Level1Repr {
    /// The category.
    kind: Level1Kind,
    /// The name.
    name: String,
}

impl Serialize for Level1 {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let kind = match self {
            Level1::Output => Level1Kind::Output,
            Level1::Benefit => Level1Kind::Benefit,
            Level1::Satisfaction => Level1Kind::Satisfaction,
            Level1::Cost => Level1Kind::Cost,
            Level1::Other(_) => Level1Kind::Other,
        };
        Level1Repr { kind, name: self.name().to_string() }.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Level1 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = Level1Repr::deserialize(d)?;
        Ok(match r.kind {
            Level1Kind::Output => Level1::Output,
            Level1Kind::Benefit => Level1::Benefit,
            Level1Kind::Satisfaction => Level1::Satisfaction,
            Level1Kind::Cost => Level1::Cost,
            Level1Kind::Other => Level1::Other(r.name),
        })
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Level1 {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Level1".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Level1Repr::json_schema(g)
    }
}

/// The kind of a 二级指标.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
enum Level2Kind {
    /// 数量指标.
    Quantity,
    /// 质量指标.
    Quality,
    /// 时效指标.
    Timeliness,
    /// 成本指标 (under 产出).
    Cost,
    /// 经济效益指标.
    Economic,
    /// 社会效益指标.
    Social,
    /// 生态效益指标.
    Ecological,
    /// 可持续影响指标.
    Sustainability,
    /// 服务对象满意度指标.
    Satisfaction,
    /// 经济成本指标.
    EconomicCost,
    /// 社会成本指标.
    SocialCost,
    /// 生态环境成本指标.
    EcologicalCost,
    /// A name outside the taxonomy, kept as written.
    Other,
}

/// 二级指标: kind and name (canonical for known kinds, as written for `other`).
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename = "Level2")]
struct Level2Repr {
    /// The category.
    kind: Level2Kind,
    /// The name.
    name: String,
}

impl Serialize for Level2 {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let kind = match self {
            Level2::Quantity => Level2Kind::Quantity,
            Level2::Quality => Level2Kind::Quality,
            Level2::Timeliness => Level2Kind::Timeliness,
            Level2::Cost => Level2Kind::Cost,
            Level2::Economic => Level2Kind::Economic,
            Level2::Social => Level2Kind::Social,
            Level2::Ecological => Level2Kind::Ecological,
            Level2::Sustainability => Level2Kind::Sustainability,
            Level2::Satisfaction => Level2Kind::Satisfaction,
            Level2::EconomicCost => Level2Kind::EconomicCost,
            Level2::SocialCost => Level2Kind::SocialCost,
            Level2::EcologicalCost => Level2Kind::EcologicalCost,
            Level2::Other(_) => Level2Kind::Other,
        };
        Level2Repr { kind, name: self.name().to_string() }.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Level2 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = Level2Repr::deserialize(d)?;
        Ok(match r.kind {
            Level2Kind::Quantity => Level2::Quantity,
            Level2Kind::Quality => Level2::Quality,
            Level2Kind::Timeliness => Level2::Timeliness,
            Level2Kind::Cost => Level2::Cost,
            Level2Kind::Economic => Level2::Economic,
            Level2Kind::Social => Level2::Social,
            Level2Kind::Ecological => Level2::Ecological,
            Level2Kind::Sustainability => Level2::Sustainability,
            Level2Kind::Satisfaction => Level2::Satisfaction,
            Level2Kind::EconomicCost => Level2::EconomicCost,
            Level2Kind::SocialCost => Level2::SocialCost,
            Level2Kind::EcologicalCost => Level2::EcologicalCost,
            Level2Kind::Other => Level2::Other(r.name),
        })
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Level2 {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Level2".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Level2Repr::json_schema(g)
    }
}
