//! Reading an indicator's name: is it a rate, a satisfaction indicator, a count (of what), a
//! reverse indicator? The rules are documented on each function.

use crate::text::fold_name;
use crate::unit::{Dimension, KnownUnit, Unit};

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

/// `core` without a leading row label: `指标1:`, `指标2`, `1、`, `3.` (`指标1:全县参合人数` is
/// `全县参合人数`). Digits alone are a label only after 指标 or before a separator, so
/// `2020年12月完成` keeps its year.
pub(crate) fn without_label(core: &str) -> &str {
    let is_digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let seps: &[char] = &[':', '：', '、', '.', '．', ')', '）'];
    let (after_word, had_word) = match core.strip_prefix("指标") {
        Some(rest) => (rest, true),
        None => (core, false),
    };
    let after_digits = after_word.trim_start_matches(is_digit);
    if after_digits.len() == after_word.len() {
        return core;
    }
    match after_digits.strip_prefix(seps) {
        Some(rest) => rest,
        None if had_word => after_digits,
        None => core,
    }
}

/// A rate: a name ending in 率 (except 频率 and 功率, which are not percentages), 比例, 占比,
/// 比重 or 覆盖面.
pub(crate) fn is_rate(core: &str) -> bool {
    (core.ends_with('率') && !core.ends_with("频率") && !core.ends_with("功率"))
        || ["比例", "占比", "比重", "覆盖面"].iter().any(|w| core.ends_with(w))
}

/// A growth rate (增长率, 增幅): may exceed 100%.
pub(crate) fn is_growth(core: &str) -> bool {
    core.ends_with("增长率") || core.ends_with("增速") || core.ends_with("增幅")
}

/// A name that says satisfaction: it ends in 满意度, 满意率, 满意程度 or 满意 (`家长满意度`,
/// `市民对空气质量改善的满意程度`), or in one of them and its standard (`资助对象满意度达到目标值`,
/// `满意率达标`); `满意度调查次数` counts surveys and is no satisfaction.
pub(crate) fn says_satisfaction(core: &str) -> bool {
    const WORDS: [&str; 5] = ["满意度", "满意率", "满意程度", "满意", "满意度指数"];
    let core = ["达到目标值", "达到预期", "达标", "达到"].iter().find_map(|t| core.strip_suffix(t)).unwrap_or(core);
    !is_count(core) && WORDS.iter().any(|w| core.ends_with(w))
}

/// A count: the name ends in 数量, in 人次, or in a count unit followed by 数 (人数, 次数, 户数,
/// 个数, 家数, 人次数 …). 岁数 and the like are not counts.
pub(crate) fn is_count(core: &str) -> bool {
    core.ends_with("数量") || core.ends_with("人次") || counted_unit(core).is_some()
}

/// The unit a name counts in: `户` for `受益户数`, `人次` for `服务人次数`, `人` for `人口数`;
/// `None` when the name is no count of a known unit.
pub(crate) fn counted_unit(core: &str) -> Option<KnownUnit> {
    let stem = core.strip_suffix('数')?;
    if stem.ends_with("人次") {
        return Some(KnownUnit::RenCi);
    }
    if stem.ends_with("人口") {
        return Some(KnownUnit::Ren);
    }
    let last = stem.chars().last()?;
    let mut buf = [0u8; 4];
    match KnownUnit::parse_prefix(last.encode_utf8(&mut buf)) {
        Some((u, _)) if u.dimension() == Dimension::Count && u != KnownUnit::Sui => Some(u),
        _ => None,
    }
}

/// What a count unit counts, for telling counts of different things apart: people or
/// households. Other counts fit anything (家 is ambiguous: 企业家数 counts firms, 企业家 are
/// people).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Counted {
    /// 人, 人次, 名: people.
    People,
    /// 户: households.
    Households,
}

/// What `u` counts, where it says (see [`Counted`]).
pub(crate) fn counted(u: KnownUnit) -> Option<Counted> {
    match u {
        KnownUnit::Ren | KnownUnit::RenCi | KnownUnit::Ming => Some(Counted::People),
        KnownUnit::Hu => Some(Counted::Households),
        _ => None,
    }
}

/// A reverse indicator (反向指标: a count or rate of something bad, where less is better), as
/// the review reads one: [`crate::reverse::reverse_word`] of the name without its row label.
pub(crate) fn reverse_word(core: &str) -> Option<&'static str> {
    crate::reverse::reverse_word(without_label(core))
}

/// Whether a rate unit is a frequency (`1次/月`, `2期/年`): events (次, 场, 批, 期) per a
/// duration, a time standard. `1人/年` counts people, not how often: no frequency.
pub(crate) fn is_per_time(unit: &Unit) -> bool {
    match unit {
        Unit::Rate(r) => {
            let events = matches!(r.numerator(), KnownUnit::Ci | KnownUnit::Chang | KnownUnit::Pi | KnownUnit::Qi);
            let per_time = r.per().dimension() == Dimension::Duration || r.and_per().is_some_and(|u| u.dimension() == Dimension::Duration);
            events && per_time
        }
        _ => false,
    }
}

/// Two names that say nearly the same: equal once labels, marks and punctuation are gone, or
/// one holding the other whole (four characters or more). `核心名称` forms from [`core_name`].
pub(crate) fn nearly_same_name(a: &str, b: &str) -> bool {
    let strip = |s: &str| -> String {
        let s = without_label(s);
        let s = s.strip_prefix("其中").unwrap_or(s);
        s.chars().filter(|c| !matches!(c, ',' | '，' | '、' | '.' | '。' | ':' | '：' | ';' | '；' | '"' | '“' | '”')).collect()
    };
    let (a, b) = (strip(a), strip(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.chars().count() <= b.chars().count() { (&a, &b) } else { (&b, &a) };
    a == b || (short.chars().count() >= 4 && long.contains(short.as_str()))
}

/// The longest run of Chinese characters two names share (`贫困人口` in `资产入股贫困人口总数` and
/// `受益建档立卡贫困人口数`), in characters. Names are short: the table of runs is small.
pub(crate) fn shared_run(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // run[j] is the length of the common run ending at a[i] and b[j]; one row of the table
    let mut run = vec![0usize; b.len() + 1];
    let mut best = 0;
    for &x in &a {
        for j in (0..b.len()).rev() {
            run[j + 1] = if x == b[j] && crate::text::is_cjk(x) { run[j] + 1 } else { 0 };
            best = best.max(run[j + 1]);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(shared_run("资产入股贫困人口总数", "受益建档立卡贫困人口数"), 4);
        assert_eq!(shared_run("ab培训", "培训cd"), 2);
        assert_eq!(shared_run("", "培训"), 0);
        assert_eq!(core_name("种植作物成活率(≥**%)"), "种植作物成活率");
        assert_eq!(core_name("结余率(计算方法为:结余数/预算数)"), "结余率");
        assert_eq!(core_name("项目(工程)验收合格率"), "项目(工程)验收合格率");
        assert!(is_rate("响应及时率") && !is_rate("巡查频率") && !is_rate("使用人员满意度"));
        assert!(is_rate("一级种薯推广面积占总面积比例") && is_rate("宣传覆盖面") && is_rate("本地生源占比"));
        assert!(is_count("全县参合人数") && is_count("资助接受托养服务人次数") && is_count("服务企业数量"));
        assert!(!is_count("不超过预算数") && !is_count("创业担保基金放大倍数") && !is_count("服务天数"));
        assert_eq!(counted_unit("受益脱贫户、监测户人口数"), Some(KnownUnit::Ren));
        assert_eq!(counted_unit("受益农户户数"), Some(KnownUnit::Hu));
        assert_eq!(counted_unit("服务人次数"), Some(KnownUnit::RenCi));
        assert_eq!(counted_unit("年龄岁数"), None);
    }

    #[test]
    fn labels() {
        assert_eq!(without_label("指标1:全县参合人数"), "全县参合人数");
        assert_eq!(without_label("指标1种薯采购价格不高于市场价"), "种薯采购价格不高于市场价");
        assert_eq!(without_label("1、设备数量"), "设备数量");
        assert_eq!(without_label("2020年12月完成"), "2020年12月完成");
        assert_eq!(without_label("指标1:"), "");
        assert_eq!(without_label("指标说明"), "指标说明");
    }

    #[test]
    fn reverse_indicators() {
        for name in [
            "安全事故发生率",
            "有效投诉次数",
            "贷款逾期率",
            "食品变质率",
            "人才流失率",
            "差错率",
            "指标2:安全事故发生率",
            "重大事故",
            "系统故障率",
            "逾期发放率",
            "违规率",
            "差错发生率",
        ] {
            assert!(reverse_word(name).is_some(), "{name}");
        }
        for name in [
            "投诉处理率",
            "投诉办结率",
            "事故调查完成率",
            "减少投诉次数",
            "无安全事故发生",
            "环境应急与事故调查",
            "故障修复率",
            "违规整改率",
            "逾期贷款清收率",
        ] {
            assert_eq!(reverse_word(name), None, "{name}");
        }
    }

    #[test]
    fn near_names() {
        assert!(nearly_same_name("指标1:全县参合人数", "全县参合人数"));
        assert!(nearly_same_name("项目完成及时率", "完成及时率"));
        assert!(!nearly_same_name("及时(按期)开工率", "及时(按期)完工率"));
        assert!(!nearly_same_name("学生满意度", "家长满意度"));
        assert!(!nearly_same_name("危险废物产生单位", "危险废物经营单位"));
        assert!(!nearly_same_name("满意度", "学生满意度"));
    }
}
