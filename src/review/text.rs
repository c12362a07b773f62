//! Reading an indicator's name and levels: is it a rate, a satisfaction indicator, a count,
//! a cost? The rules are documented on each function and in the module docs.

use crate::indicator::Indicator;
use crate::level::{Level1, Level2};
use crate::text::fold_name;
use crate::unit::{Dimension, KnownUnit};

/// The 三级 name as the checks read it: no spaces, simplified characters, no trailing
/// parenthesised note (`成活率(≥**%)` is `成活率`, `结余率(计算方法为:…)` is `结余率`).
pub(crate) fn core_name(name: &str) -> String {
    let mut s = fold_name(name);
    while s.ends_with([')', '）']) {
        match s.rfind(['(', '（']) {
            Some(open) if open > 0 => s.truncate(open),
            _ => break,
        }
    }
    s
}

/// A rate (…率), except frequencies and powers (频率, 功率), which are not percentages.
pub(crate) fn is_rate(core: &str) -> bool {
    core.ends_with('率') && !core.ends_with("频率") && !core.ends_with("功率")
}

/// A growth rate (增长率, 增幅): may exceed 100%.
pub(crate) fn is_growth(core: &str) -> bool {
    core.ends_with("增长率") || core.ends_with("增速") || core.ends_with("增幅")
}

/// A satisfaction indicator: the name says 满意, or it sits under 满意度指标 and is not a count
/// (`有效投诉次数 ≤3次` under 满意度 is a count, not a satisfaction rate).
pub(crate) fn is_satisfaction(core: &str, ind: &Indicator) -> bool {
    core.contains("满意") || (level1_of(ind) == Some(Level1::Satisfaction) && !is_count(core))
}

/// A count: the name ends in 数量, in 人次, or in a count unit followed by 数 (人数, 次数, 户数,
/// 个数, 家数, 人次数 …). 岁数 and the like are not counts.
pub(crate) fn is_count(core: &str) -> bool {
    if core.ends_with("数量") || core.ends_with("人次") {
        return true;
    }
    let Some(stem) = core.strip_suffix('数') else { return false };
    let Some(last) = stem.chars().last() else { return false };
    let mut buf = [0u8; 4];
    matches!(KnownUnit::parse_prefix(last.encode_utf8(&mut buf)), Some((u, _)) if u.dimension() == Dimension::Count && u != KnownUnit::Sui)
}

/// The level 1 an indicator belongs to: as written when known, else the parent of its level 2.
pub(crate) fn level1_of(ind: &Indicator) -> Option<Level1> {
    match &ind.level1 {
        Some(l) if !l.is_other() => Some(l.clone()),
        _ => ind.level2.as_ref().and_then(Level2::parent),
    }
}

/// A cost indicator (成本指标): level-2 成本 under 产出, or anything under level-1 成本.
pub(crate) fn is_cost(ind: &Indicator) -> bool {
    matches!(ind.level2, Some(Level2::Cost | Level2::EconomicCost | Level2::SocialCost | Level2::EcologicalCost))
        || ind.level1 == Some(Level1::Cost)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(core_name("种植作物成活率(≥**%)"), "种植作物成活率");
        assert_eq!(core_name("结余率(计算方法为:结余数/预算数)"), "结余率");
        assert_eq!(core_name("项目(工程)验收合格率"), "项目(工程)验收合格率");
        assert!(is_rate("响应及时率") && !is_rate("巡查频率") && !is_rate("使用人员满意度"));
        assert!(is_count("全县参合人数") && is_count("资助接受托养服务人次数") && is_count("服务企业数量"));
        assert!(!is_count("不超过预算数") && !is_count("创业担保基金放大倍数") && !is_count("服务天数"));
    }
}
