//! Where a row is filed: J028 a satisfaction indicator outside 满意度, J029 an output under 效益,
//! J032 a placeholder (`否`, `无`) as a benefit.

use crate::level::{Level1, Level2};
use crate::message::Message;
use crate::review::text::says_satisfaction;
use crate::review::{Code, Ctx, Finding};
use crate::subject::Subject;
use crate::text::without_spaces;
use crate::threshold::Threshold;
use crate::unit::{Dimension, Unit};

/// Verbs of work done: a count of them is an output (产出), whatever block it is filed in.
const OUTPUT_VERBS: &[&str] = &[
    "维修", "修缮", "修复", "维护", "建设", "新建", "改造", "采购", "购置", "安装", "培训", "举办", "开展", "印发", "发放", "制作", "检查",
    "巡查", "宣传", "召开",
];

/// Answers that state no benefit at all.
const PLACEHOLDERS: &[&str] = &["否", "无", "没有", "暂无", "不适用", "不涉及", "无此项"];

/// Words of a bad event in a name: there 否 or 无 is a target (`环境污染事件` = `无`).
const BAD_EVENTS: &[&str] =
    &["污染", "事故", "事件", "违规", "违法", "投诉", "损失", "破坏", "隐患", "风险", "负面", "不良", "纠纷", "逾期", "流失", "差错"];

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    for (i, ind, t) in ctx.parsed_indicators() {
        let subject = || Subject::indicator(i, ind);
        let value = ind.value().trim();
        let core = ctx.core(i);
        let level1 = ctx.level1(i);
        let satisfaction = says_satisfaction(core);
        let filed_under_satisfaction = level1 == Some(&Level1::Satisfaction) || ctx.is(i, &Level2::Satisfaction);
        if satisfaction && level1.is_some() && !filed_under_satisfaction {
            let place = ctx.level2(i).map_or_else(|| level1.map(Level1::name).unwrap_or_default(), Level2::name);
            out.push(Finding::new(
                Code::SatisfactionMisfiled,
                subject(),
                Message::chinese(format!("「{}」是满意度指标，却列在「{place}」下；请移到「满意度指标—服务对象满意度指标」下。", ind.name))
                    .english(format!(
                        "`{}` is a satisfaction indicator filed under `{place}`; move it under 满意度指标 / 服务对象满意度指标.",
                        ind.name
                    )),
            ));
        }
        if level1 != Some(&Level1::Benefit) || satisfaction || ctx.is(i, &Level2::Satisfaction) {
            continue;
        }
        if let Some(verb) = output_count(core, t) {
            out.push(Finding::new(Code::OutputAsBenefit, subject(), Message::chinese(format!("「{}」（{value}）计的是{verb}的工作量，属于产出，却列在效益指标下；请移到产出指标，并在效益指标中写明它带来的效果。", ind.name)).english(format!(
                    "`{}` ({value}) counts work done ({verb}), an output, but is filed under 效益指标; move it to 产出指标 and state the effect it brings as the benefit.",
                    ind.name
                ))));
        }
        if let Threshold::Qualitative(q) = t {
            // a question (是否…, 有无…) or a bad event answered 否 or 无 is a target met by its
            // absence
            // (and a row that says it does not apply, `本项目不适用此指标` = `无`, promises nothing)
            let answers_no = core.starts_with("是否")
                || core.starts_with("有无")
                || BAD_EVENTS.iter().any(|w| core.contains(w))
                || core.contains("不适用");
            if !answers_no && PLACEHOLDERS.contains(&without_spaces(q.as_str()).as_str()) {
                out.push(Finding::new(Code::PlaceholderBenefit, subject(), Message::chinese(format!("效益指标「{}」的指标值为「{value}」，没有说明任何效益；请写明可衡量的效果，或删除该行。", ind.name)).english(format!("benefit indicator `{}` has the value `{value}`, which states no benefit; state a measurable effect or delete the row.", ind.name))));
            }
        }
    }
}

/// The verb of work done in a name whose value counts things (not people or households, who
/// are beneficiaries) or lengths and areas built: `维修次数 ≥10次`, `新建道路 5公里`.
fn output_count(core: &str, t: &Threshold) -> Option<&'static str> {
    let unit = t.unit()?;
    let things = match unit {
        Unit::Known(u) => match u.dimension() {
            Dimension::Count => crate::review::text::counted(*u).is_none(),
            Dimension::Length | Dimension::Area => true,
            _ => false,
        },
        _ => false,
    };
    if !things {
        return None;
    }
    OUTPUT_VERBS.iter().copied().find(|v| core.contains(v))
}
