//! The monitoring types whose JSON differs from their Rust shape: a [`Signal`] writes its rule in
//! both languages and reads them back as text; a monitoring [`Profile`] is read through its
//! builder's checks; a report's month is 1–12.

use rust_decimal::Decimal;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::monitor::why::Why;
use crate::monitor::{Bands, BudgetRule, Light, LightRule, Profile, ReasonRule, Signal};

/// A [`Signal`] as it stands in JSON.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(
        description = "A warning light (预警信号) with the rule that gave it: the light, the rule, the value compared with the bands where the rule has one, and the explanation in Chinese (`rule_zh`) and English (`rule_en`)."
    )
)]
struct SignalRepr {
    /// The light.
    light: Light,
    /// The rule that gave it.
    rule: LightRule,
    /// The number compared with the bands (进度值, or the execution rate in percent), rounded
    /// down to two decimals; absent where the rule has none.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "super::opt_decimal")]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<super::DecimalString>"))]
    value: Option<Decimal>,
    /// The rule applied, in Chinese.
    rule_zh: String,
    /// The rule applied, in English.
    rule_en: String,
}

impl Serialize for Signal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        SignalRepr { light: self.light, rule: self.rule, value: self.value, rule_zh: self.rule_zh(), rule_en: self.rule_en() }.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Signal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = SignalRepr::deserialize(d)?;
        let why = Why::Text { zh: r.rule_zh.into(), en: r.rule_en.into() };
        Ok(Signal { light: r.light, rule: r.rule, value: r.value, why })
    }
}

#[cfg(feature = "schemars")]
schema_of_repr!(Signal, "Signal", SignalRepr);

/// A monitoring [`Profile`] as it is read: the same fields, checked by the builder.
#[derive(Deserialize)]
struct ProfileRepr {
    name: String,
    budget: BudgetRule,
    pace: Bands,
    pace_ratios: bool,
    #[serde(default, with = "super::opt_decimal")]
    divergence: Option<Decimal>,
    reasons: ReasonRule,
    remedy_required: bool,
}

impl<'de> Deserialize<'de> for Profile {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = ProfileRepr::deserialize(d)?;
        let builder = Profile::builder()
            .name(&r.name)
            .pace_bands(r.pace.red_below, r.pace.green_from, r.pace.blue_from)
            .pace_ratios(r.pace_ratios)
            .divergence(r.divergence)
            .reasons(r.reasons)
            .remedy_required(r.remedy_required);
        let builder = match r.budget {
            BudgetRule::Pace { bands } => builder.budget_pace_bands(bands),
            BudgetRule::Checkpoints { checkpoints } => builder.budget_checkpoints(checkpoints),
        };
        builder.build().map_err(D::Error::custom)
    }
}

/// `#[serde(with = "month")]` for a month reported (1–12).
pub(crate) mod month {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(m: &u8, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(*m)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u8, D::Error> {
        let m = u8::deserialize(d)?;
        crate::monitor::check_month(m).map_err(D::Error::custom)
    }
}
