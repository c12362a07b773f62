//! The table as a whole: J004 no indicators, J019/J020 duplicates, J033 near-duplicates, J021
//! no 效益, J022 no 满意度, J023 too few indicators (J021–J023 only for a whole table).

use crate::message::Message;
use core::cmp::Ordering;

use crate::indicator::Indicator;
use crate::level::{Level1, Level2};
use crate::review::text::{nearly_same_name, says_satisfaction, shared_run};
use crate::review::{Code, Ctx, Finding};
use crate::subject::Subject;
use crate::text::fold_name;
use crate::threshold::Threshold;
use crate::unit::Dimension;

/// Words that make a row without levels a benefit (效益): effects on income, people, the
/// environment or the long run.
const BENEFIT_WORDS: &[&str] = &[
    "效益", "效果", "收入", "增收", "受益", "就业", "知晓", "带动", "节约", "改善", "提升", "提高", "增加", "增长", "促进", "保障", "减少",
    "降低", "影响",
];

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let indicators = &ctx.project.indicators;
    if indicators.is_empty() {
        out.push(Finding::new(
            Code::NoIndicators,
            Subject::Project,
            Message::chinese("绩效目标表没有任何绩效指标；请按产出、效益、满意度设置可考核的指标。")
                .english("the target table has no indicators; add measurable output, benefit and satisfaction indicators."),
        ));
        return;
    }
    duplicates(ctx, out);
    if !ctx.rules.whole_table {
        return;
    }
    let n = indicators.len();
    // a row without any level is read from its name (a table without level columns)
    let levelless = |i: usize| ctx.level1(i).is_none();
    let benefit =
        (0..n).any(|i| ctx.level1(i) == Some(&Level1::Benefit) || (levelless(i) && BENEFIT_WORDS.iter().any(|w| ctx.core(i).contains(w))));
    if !benefit {
        out.push(Finding::new(
            Code::NoBenefit,
            Subject::Project,
            Message::chinese("没有效益指标；请设置反映项目经济、社会、生态或可持续影响的效益指标。")
                .english("no benefit indicator (效益指标); add one for the project's economic, social, ecological or lasting effect."),
        ));
    }
    // 满意度 as a level 2 under 效益 (the older template) counts, and so does a satisfaction
    // indicator filed elsewhere (J028 asks to move it)
    let satisfaction =
        (0..n).any(|i| ctx.level1(i) == Some(&Level1::Satisfaction) || ctx.is(i, &Level2::Satisfaction) || says_satisfaction(ctx.core(i)));
    if !satisfaction {
        out.push(Finding::new(
            Code::NoSatisfaction,
            Subject::Project,
            Message::chinese("没有满意度指标；请设置服务对象满意度指标，如「服务对象满意度≥90%」。")
                .english("no satisfaction indicator (满意度指标); add one such as 服务对象满意度 ≥90%."),
        ));
    }
    let min = ctx.rules.min_indicators;
    if n < min {
        out.push(Finding::new(
            Code::TooFewIndicators,
            Subject::Project,
            Message::chinese(format!("只有{n}个绩效指标，少于要求的{min}个；请补充能反映项目产出和效益的指标。")).english(format!(
                "only {n} indicator(s), fewer than the {min} required; add indicators for the project's outputs and benefits."
            )),
        ));
    }
}

fn duplicates(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let indicators = &ctx.project.indicators;
    let keys: Vec<String> = indicators.iter().map(|i| fold_name(&i.name)).collect();
    let same_value = |a: usize, b: usize| {
        indicators[a].value().trim() == indicators[b].value().trim()
            || (indicators[a].threshold().is_some() && indicators[a].threshold() == indicators[b].threshold())
    };
    for (j, ind) in indicators.iter().enumerate() {
        if keys[j].is_empty() {
            continue;
        }
        if let Some(first) = (0..j).find(|&k| keys[k] == keys[j]) {
            out.push(repeat(first, j, ind, same_value(first, j)));
            continue;
        }
        // rows with nearly the same name and the very same target: one indicator written twice
        let near = (0..j).find(|&k| {
            !keys[k].is_empty()
                && !numbers_differ(ctx.core(k), ctx.core(j))
                && ind.threshold().is_some()
                && same_target(&indicators[k], ind)
                && (nearly_same_name(ctx.core(k), ctx.core(j))
                    // the same count of the same thing (`贫困人口`) on two rows of one block
                    || (ctx.level2(k) == ctx.level2(j) && is_counted_target(ind) && shared_run(counted_thing(ctx.core(k)), counted_thing(ctx.core(j))) >= 4))
        });
        // a benefit that counts what an output already counts (`受益建档立卡贫困人口数 ≥1102人`
        // beside `资产入股贫困人口总数 ≥1102人`) repeats the output and says nothing of the effect
        if let Some(k) = near.is_none().then(|| repeats_output(ctx, &keys, j)).flatten() {
            let n = k.saturating_add(1);
            let other = &indicators[k];
            out.push(Finding::new(Code::NearDuplicate, Subject::indicator(j, ind), Message::chinese(format!(
                    "效益指标「{}」的指标值「{}」与产出指标{n}「{}」相同，只是重复了产出数量；效益指标应写项目带来的变化（如收入增加、条件改善），而不是再数一遍产出。",
                    ind.name,
                    ind.value().trim(),
                    other.name
                )).english(format!(
                    "benefit indicator `{}` has the value `{}` of output indicator {n} (`{}`): it repeats the output count; a benefit states the change the project brings (more income, better conditions), not the outputs again.",
                    ind.name,
                    ind.value().trim(),
                    other.name
                ))));
        }
        if let Some(k) = near {
            let other = &indicators[k];
            let n = k.saturating_add(1);
            out.push(Finding::new(Code::NearDuplicate, Subject::indicator(j, ind), Message::chinese(format!(
                    "与指标{n}「{}」名称相近、指标值同为「{}」，疑为同一指标重复填报；请合并，或写明两者衡量的不同内容。",
                    other.name,
                    ind.value().trim()
                )).english(format!(
                    "a name close to that of indicator {n} (`{}`) with the same value `{}`: likely one indicator entered twice; merge them or say what each measures.",
                    other.name,
                    ind.value().trim()
                ))));
        }
    }
}

/// The output row that the benefit row `j` only repeats: the same count (a number of things,
/// not a rate or a yes), and a shared term of three characters or more in the names.
fn repeats_output(ctx: &Ctx<'_>, keys: &[String], j: usize) -> Option<usize> {
    let indicators = &ctx.project.indicators;
    if ctx.level1(j) != Some(&Level1::Benefit) || !is_counted_target(&indicators[j]) {
        return None;
    }
    (0..indicators.len()).find(|&k| {
        k != j
            && !keys[k].is_empty()
            && ctx.level1(k) == Some(&Level1::Output)
            && !numbers_differ(ctx.core(k), ctx.core(j))
            && same_target(&indicators[k], &indicators[j])
            && shared_run(ctx.core(k), ctx.core(j)) >= 3
    })
}

/// Names that carry different numbers measure different things (`孕产妇7天访视数` and
/// `孕产妇42天访视数`, `七天` and `四十二天`, `0-6岁…` and `0-36月龄…`), in any script.
fn numbers_differ(a: &str, b: &str) -> bool {
    let is_numeral = |c: char| crate::grammar::numeral::may_start_number(c) || matches!(c, '千' | '仟' | '佰');
    // each run of numerals by its value (`7`, `７` and `七` are one number); a run that does not
    // read as one is compared as written
    let numbers = |s: &str| -> Vec<String> {
        s.split(|c: char| !is_numeral(c))
            .filter(|n| !n.is_empty())
            .map(|n| crate::Quantity::parse(n).map_or_else(|_| n.to_string(), |q| q.normalized().normalize().to_string()))
            .collect()
    };
    let (x, y) = (numbers(a), numbers(b));
    !x.is_empty() && !y.is_empty() && x != y
}

/// A name without the count word it ends in (`农民培训人数` → `农民培训`): two counts share
/// `人数` whatever they count, so the term they share is looked for without it.
fn counted_thing(core: &str) -> &str {
    ["人数", "人次数", "户数", "次数", "个数", "总数", "数量", "人次", "数"].iter().find_map(|w| core.strip_suffix(w)).unwrap_or(core)
}

/// A target that counts things (`≥1102人`, `=10个`): a comparison in a count unit above one.
fn is_counted_target(ind: &Indicator) -> bool {
    match ind.threshold() {
        Some(Threshold::Compare(c)) => {
            c.quantity().unit().dimension() == Some(Dimension::Count) && c.quantity().normalized() > rust_decimal::Decimal::ONE
        }
        _ => false,
    }
}

/// The same target, read as it is met: `8755人` and `≥8755人` (a bare value is a floor), `2万人`
/// and `20000人`.
fn same_target(a: &Indicator, b: &Indicator) -> bool {
    match (a.threshold(), b.threshold()) {
        (Some(Threshold::Compare(x)), Some(Threshold::Compare(y))) => {
            x.effective_comparator() == y.effective_comparator() && x.quantity().compare(y.quantity()) == Ok(Ordering::Equal)
        }
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

fn repeat(first: usize, j: usize, ind: &Indicator, same_value: bool) -> Finding {
    let n = first.saturating_add(1);
    if same_value {
        Finding::new(
            Code::DuplicateIndicator,
            Subject::indicator(j, ind),
            Message::chinese(format!("与指标{n}重复（名称「{}」和指标值「{}」都相同）；请删除重复的一行。", ind.name, ind.value().trim()))
                .english(format!(
                    "repeats indicator {n} (same name `{}` and value `{}`); delete the repeated row.",
                    ind.name,
                    ind.value().trim()
                )),
        )
    } else {
        Finding::new(
            Code::SameName,
            Subject::indicator(j, ind),
            Message::chinese(format!("与指标{n}同名（「{}」）但指标值不同；请用名称区分各指标衡量的内容。", ind.name)).english(format!(
                "has the same name as indicator {n} (`{}`) with a different value; name each indicator for what it measures.",
                ind.name
            )),
        )
    }
}
