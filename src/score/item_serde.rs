//! [`ItemScore`] in JSON: the texts `rule_zh` and `rule_en` are written out when serialising
//! and kept as read when deserialising; the schema is that of the fields as they stand in JSON.

use rust_decimal::Decimal;

use super::item::{ItemScore, Rule};
use super::why::Why;

/// An [`ItemScore`] as it stands in JSON.
#[derive(serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(
        description = "The score of one indicator (单项得分), with the rule applied in Chinese and English.\n\n```\nuse jixiao::score::{Profile, Rule};\nuse jixiao::{Actual, Decimal, Threshold};\n\nlet p = Profile::central();\nlet s = p.score_indicator(&\"≥50个\".parse()?, &\"50\".parse()?, Decimal::from(8))?;\nassert!(s.met);\nassert_eq!(s.score, Decimal::from(8));\nassert_eq!(s.rule_zh, \"≥: 完成值 50 ≥ 目标 50个, 满分\");\n\nlet s = p.score_indicator(&\"≥2万人\".parse()?, &\"15000人\".parse()?, Decimal::from(10))?;\nassert_eq!((s.met, s.rule, s.score.to_string().as_str()), (false, Rule::Proportional, \"7.50\"));\n\n// units that measure different things are an error\nassert!(p.score_indicator(&\"≥20000家\".parse()?, &\"20001人\".parse()?, Decimal::TEN).is_err());\n# Ok::<(), Box<dyn std::error::Error>>(())\n```"
    )
)]
struct Repr {
    /// 得分: between 0 and `weight`; full marks exactly when `met` (except an assessor's own
    /// score inside 达成).
    #[serde(with = "crate::serde_util::decimal")]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_util::DecimalString"))]
    score: Decimal,
    /// 分值: the weight scored against.
    #[serde(with = "crate::serde_util::decimal")]
    #[cfg_attr(feature = "schemars", schemars(with = "crate::serde_util::DecimalString"))]
    weight: Decimal,
    /// Whether the target was met (达成). `=` and bare values count as `≥`.
    met: bool,
    /// The rule applied.
    rule: Rule,
    /// The rule applied, in Chinese (`≥: 完成值 50 ≥ 目标 50个, 满分`).
    rule_zh: String,
    /// The rule applied, in English (`≥: actual 50 ≥ target 50个, full marks`).
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
impl schemars::JsonSchema for ItemScore {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ItemScore".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Repr::json_schema(generator)
    }
}
