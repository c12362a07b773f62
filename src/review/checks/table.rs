//! The table as a whole: J004 no indicators, J019/J020 duplicates, J021 no 效益, J022 no 满意度,
//! J023 too few indicators.

use crate::level::{Level1, Level2};
use crate::review::text::level1_of;
use crate::review::{Code, Ctx, Finding, Subject};
use crate::text::fold_name;

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let indicators = &ctx.project.indicators;
    if indicators.is_empty() {
        out.push(Finding::new(
            Code::NoIndicators,
            Subject::Project,
            "绩效目标表没有任何绩效指标；请按产出、效益、满意度设置可考核的指标。",
            "the target table has no indicators; add measurable output, benefit and satisfaction indicators.",
        ));
        return;
    }
    duplicates(ctx, out);
    let has = |l: Level1| indicators.iter().any(|i| level1_of(i) == Some(l.clone()));
    if !has(Level1::Benefit) {
        out.push(Finding::new(
            Code::NoBenefit,
            Subject::Project,
            "没有效益指标；请设置反映项目经济、社会、生态或可持续影响的效益指标。",
            "no benefit indicator (效益指标); add one for the project's economic, social, ecological or lasting effect.",
        ));
    }
    // The older template files 满意度 as a level 2 under 效益.
    if !has(Level1::Satisfaction) && !indicators.iter().any(|i| i.level2 == Some(Level2::Satisfaction)) {
        out.push(Finding::new(
            Code::NoSatisfaction,
            Subject::Project,
            "没有满意度指标；请设置服务对象满意度指标，如「服务对象满意度≥90%」。",
            "no satisfaction indicator (满意度指标); add one such as 服务对象满意度 ≥90%.",
        ));
    }
    let min = ctx.rules.min_indicators;
    if indicators.len() < min {
        let n = indicators.len();
        out.push(Finding::new(
            Code::TooFewIndicators,
            Subject::Project,
            format!("只有{n}个绩效指标，少于要求的{min}个；请补充能反映项目产出和效益的指标。"),
            format!("only {n} indicator(s), fewer than the {min} required; add indicators for the project's outputs and benefits."),
        ));
    }
}

fn duplicates(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let indicators = &ctx.project.indicators;
    let keys: Vec<String> = indicators.iter().map(|i| fold_name(&i.name)).collect();
    for (j, ind) in indicators.iter().enumerate() {
        if keys[j].is_empty() {
            continue;
        }
        let Some(first) = (0..j).find(|&k| keys[k] == keys[j]) else { continue };
        let same_value = indicators[first].value().trim() == ind.value().trim()
            || (indicators[first].threshold().is_some() && indicators[first].threshold() == ind.threshold());
        let n = first.saturating_add(1);
        let f = if same_value {
            Finding::new(
                Code::DuplicateIndicator,
                Subject::indicator(j, ind),
                format!("与指标{n}重复（名称「{}」和指标值「{}」都相同）；请删除重复的一行。", ind.name, ind.value().trim()),
                format!("repeats indicator {n} (same name `{}` and value `{}`); delete the repeated row.", ind.name, ind.value().trim()),
            )
        } else {
            Finding::new(
                Code::SameName,
                Subject::indicator(j, ind),
                format!("与指标{n}同名（「{}」）但指标值不同；请用名称区分各指标衡量的内容。", ind.name),
                format!(
                    "has the same name as indicator {n} (`{}`) with a different value; name each indicator for what it measures.",
                    ind.name
                ),
            )
        };
        out.push(f);
    }
}
