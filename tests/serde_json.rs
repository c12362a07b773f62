//! JSON of the domain types: readable without our parser, read back exactly.
#![cfg(feature = "serde")]

use jixiao::{Actual, Indicator, Level1, Level2, Quantity, Threshold};
use serde_json::json;

#[test]
fn a_threshold_is_an_object_with_its_parts() {
    let t: Threshold = "≥2万人".parse().unwrap();
    let v = serde_json::to_value(&t).unwrap();
    assert_eq!(
        v,
        json!({"kind": "comparison", "comparator": "ge", "value": "2", "magnitude": "wan", "unit": "人", "normalized": "20000", "text": "≥2万人"})
    );
    assert_eq!(serde_json::from_value::<Threshold>(v).unwrap(), t);
}

#[test]
fn every_kind_round_trips_through_json() {
    for s in ["≥2万人", "<2小时", "381.00万元", "90%-100%", "2021年1月-12月", "12月底前", "持续保障", "≤30万元/个"] {
        let t: Threshold = s.parse().unwrap();
        let text = serde_json::to_string(&t).unwrap();
        let back: Threshold = serde_json::from_str(&text).unwrap();
        assert_eq!(back, t, "{s}: {text}");
    }
    let q: Threshold = "持续保障".parse().unwrap();
    assert_eq!(serde_json::to_value(&q).unwrap(), json!({"kind": "qualitative", "category": "maintenance", "text": "持续保障"}));
    let d: Threshold = "2025年6月30日前".parse().unwrap();
    assert_eq!(
        serde_json::to_value(&d).unwrap(),
        json!({"kind": "deadline", "end": {"year": 2025, "month": 6, "day": 30}, "text": "2025年6月30日前"})
    );
}

#[test]
fn a_threshold_reads_from_a_plain_string() {
    let t: Threshold = serde_json::from_str("\"≧|735|人次\"").unwrap();
    assert_eq!(t.to_string(), "≥735人次");
    let err = serde_json::from_str::<Threshold>("\"≥2x万\"").unwrap_err();
    assert!(err.to_string().contains("expected a unit, a range or the end at character 3 (byte offset 4)"), "{err}");
}

#[test]
fn decimals_are_strings_and_floats_are_refused() {
    let q: Quantity = "381.00万元".parse().unwrap();
    let v = serde_json::to_value(&q).unwrap();
    assert_eq!(v["value"], "381.00");
    assert_eq!(v["normalized"], "3810000.00");
    // a number would pass through f64; an exponent is not a decimal as tables write them
    assert!(serde_json::from_value::<Quantity>(json!({"value": 381.0, "unit": "元"})).is_err());
    assert!(serde_json::from_value::<Quantity>(json!({"value": "1e5", "unit": "元"})).is_err());
    let exact: Quantity = serde_json::from_value(json!({"value": "0.1000000000000000000000000001", "unit": "元"})).unwrap();
    assert_eq!(exact.value().to_string(), "0.1000000000000000000000000001");
}

#[test]
fn a_threshold_object_without_comparator_is_refused() {
    let v = json!({"kind": "comparison", "value": "5", "unit": "%"});
    let err = serde_json::from_value::<Threshold>(v).unwrap_err();
    assert!(err.to_string().contains("comparator"), "{err}");
}

#[test]
fn actuals_levels_and_indicators_round_trip() {
    for s in ["735", "98.79%", "达成年度指标", "2024年11月", "不适用", "建设中"] {
        let a: Actual = s.parse().unwrap();
        let back: Actual = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        assert_eq!(back, a, "{s}");
    }
    assert_eq!(serde_json::to_value(Level1::parse("效果指标").unwrap()).unwrap(), json!({"kind": "benefit", "name": "效益指标"}));
    assert_eq!(serde_json::to_value(Level2::parse("过程指标").unwrap()).unwrap(), json!({"kind": "other", "name": "过程指标"}));
    assert!(serde_json::from_value::<Level1>(json!({"kind": "process", "name": "过程指标"})).is_err());

    let mut i = Indicator::new(Some(Level1::Output), Some(Level2::Timeliness), "响应及时率", "<2小时");
    i.weight = Some("10".parse().unwrap());
    let bad = Indicator::new(None, None, "x", "≥2x万");
    for ind in [i, bad] {
        let v = serde_json::to_value(&ind).unwrap();
        let back: Indicator = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(back, ind, "{v}");
    }
}
