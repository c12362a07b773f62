//! [`ItemScore`] in JSON: the texts `rule_zh` and `rule_en` are written out when serialising
//! and kept as read when deserialising; the schema is that of the fields as they stand in JSON.

use rust_decimal::Decimal;

use crate::score::why::Why;
use crate::score::{ItemScore, Rule};

/// An [`ItemScore`] as it stands in JSON.
#[derive(serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(
        description = "The score of one indicator (单项得分): its score against its weight, whether the target was met, the rule applied, and the explanation of the rule in Chinese (`rule_zh`) and English (`rule_en`)."
    )
)]
struct Repr {
    /// 得分: between 0 and `weight`; full marks exactly when `met` (except an assessor's own
    /// score inside 达成).
    #[serde(with = "super::decimal")]
    #[cfg_attr(feature = "schemars", schemars(with = "super::DecimalString"))]
    score: Decimal,
    /// 分值: the weight scored against.
    #[serde(with = "super::decimal")]
    #[cfg_attr(feature = "schemars", schemars(with = "super::DecimalString"))]
    weight: Decimal,
    /// Whether the target was met (达成). `=` and bare values count as `≥`.
    met: bool,
    /// The rule applied.
    rule: Rule,
    /// The rule applied, in Chinese (`≥: 完成值 50个 ≥ 目标 50个, 满分`).
    rule_zh: String,
    /// The rule applied, in English (`≥: actual 50个 ≥ target 50个, full marks`).
    rule_en: String,
}

impl serde::Serialize for ItemScore {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = Repr {
            score: self.score,
            weight: self.weight,
            met: self.met,
            rule: self.rule,
            rule_zh: self.rule_zh(),
            rule_en: self.rule_en(),
        };
        r.serialize(s)
    }
}

impl<'de> serde::Deserialize<'de> for ItemScore {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = Repr::deserialize(d)?;
        let why = Why::Text { zh: r.rule_zh.into(), en: r.rule_en.into() };
        Ok(ItemScore { score: r.score, weight: r.weight, met: r.met, rule: r.rule, why })
    }
}

#[cfg(feature = "schemars")]
schema_of_repr!(ItemScore, "ItemScore", Repr);
