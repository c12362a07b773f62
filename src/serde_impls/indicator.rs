//! [`Indicator`] in JSON: its fields, with the value as written beside what it parsed to (the
//! `threshold`) or why it did not (the `error`). Reading parses the value again and refuses a
//! `threshold` or `error` that contradicts it; a `threshold` alone gives the value its text.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::ParseError;
use crate::indicator::Indicator;
use crate::level::{Level1, Level2};
use crate::threshold::Threshold;

/// One indicator row (绩效指标).
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename = "Indicator")]
struct Repr {
    /// 一级指标.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    level1: Option<Level1>,
    /// 二级指标.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    level2: Option<Level2>,
    /// 三级指标: the indicator's own name.
    name: String,
    /// 绩效指标描述 / 指标解释, where the table has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    /// 指标值 as written.
    #[serde(default)]
    value: String,
    /// The parsed 指标值, when it parsed (must agree with `value` when read).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    threshold: Option<Threshold>,
    /// Why 指标值 did not parse, when it did not (must agree with `value` when read).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    error: Option<ParseError>,
    /// 分值 / 权重, where given.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "super::opt_decimal")]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<super::DecimalString>"))]
    weight: Option<Decimal>,
    /// 分值 as written, when it did not read as a number: the item is not scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    weight_text: Option<String>,
    /// 实际完成值 as written (self-evaluations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    actual: Option<String>,
    /// 得分 as recorded in the table (self-evaluations).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "super::opt_decimal")]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<super::DecimalString>"))]
    score: Option<Decimal>,
    /// Other columns of the row, by header (绩效标准, 偏差原因分析, …).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    extra: BTreeMap<String, String>,
}

impl Serialize for Indicator {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Repr {
            level1: self.level1.clone(),
            level2: self.level2.clone(),
            name: self.name.clone(),
            description: self.description.clone(),
            value: self.value().to_string(),
            threshold: self.threshold().cloned(),
            error: self.error().cloned(),
            weight: self.weight,
            weight_text: self.weight_text.clone(),
            actual: self.actual.clone(),
            score: self.score,
            extra: self.extra.clone(),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Indicator {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = Repr::deserialize(d)?;
        let mut ind = Indicator::default();
        ind.level1 = r.level1;
        ind.level2 = r.level2;
        ind.name = r.name;
        ind.description = r.description;
        ind.weight = r.weight;
        ind.weight_text = r.weight_text;
        ind.actual = r.actual;
        ind.score = r.score;
        ind.extra = r.extra;
        match (r.value.trim().is_empty(), r.threshold) {
            // a threshold alone: the value is its text
            (true, Some(t)) => ind.set_threshold(t),
            (_, given) => {
                ind.set_value(&r.value);
                if let Some(t) = given {
                    if ind.threshold() != Some(&t) {
                        return Err(D::Error::custom(format!(
                            "indicator `{}`: the value `{}` does not read as the threshold given ({t})",
                            ind.name, r.value
                        )));
                    }
                }
            }
        }
        if let Some(e) = r.error {
            if ind.error().map(ParseError::kind) != Some(e.kind()) {
                return Err(D::Error::custom(format!("indicator `{}`: the error given does not match the value `{}`", ind.name, r.value)));
            }
        }
        Ok(ind)
    }
}

#[cfg(feature = "schemars")]
schema_of_repr!(Indicator, "Indicator", Repr);
