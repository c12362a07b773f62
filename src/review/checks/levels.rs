//! The level taxonomy: J008 a level 2 under the wrong level 1, J009/J010 names outside it.

use crate::level::{Level1, Level2};
use crate::review::{Code, Ctx, Finding, Subject};

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    for (i, ind) in ctx.project.indicators.iter().enumerate() {
        let subject = || Subject::indicator(i, ind);
        if let Some(Level1::Other(name)) = &ind.level1 {
            out.push(Finding::new(
                Code::UnknownLevel1,
                subject(),
                format!("一级指标「{name}」不在规范体系内；应为产出指标、效益指标、满意度指标或成本指标之一。"),
                format!("level-1 name `{name}` is outside the taxonomy; use 产出指标, 效益指标, 满意度指标 or 成本指标."),
            ));
        }
        if let Some(Level2::Other(name)) = &ind.level2 {
            out.push(Finding::new(
                Code::UnknownLevel2,
                subject(),
                format!("二级指标「{name}」不在规范体系内；请改用规范名称，如数量指标、质量指标、时效指标、成本指标、社会效益指标。"),
                format!("level-2 name `{name}` is outside the taxonomy; use a standard name such as 数量指标, 质量指标, 时效指标, 成本指标 or 社会效益指标."),
            ));
        }
        let (Some(l1), Some(l2)) = (&ind.level1, &ind.level2) else { continue };
        let Some(parent) = l2.parent() else { continue };
        // 成本指标 under level-1 成本指标 is how newer templates write it, and 满意度 under 效益
        // how the older (财预〔2015〕88号) template did.
        let allowed = (*l1 == Level1::Cost && *l2 == Level2::Cost) || (*l1 == Level1::Benefit && *l2 == Level2::Satisfaction);
        if !l1.is_other() && parent != *l1 && !allowed {
            out.push(Finding::new(
                Code::LevelMismatch,
                subject(),
                format!("二级指标「{l2}」应属于「{parent}」，却列在「{l1}」下；请把该指标移到「{parent}」下，或改用「{l1}」的二级指标。"),
                format!("level-2 `{l2}` belongs under `{parent}` but is filed under `{l1}`; move the row under `{parent}` or pick a level 2 of `{l1}`."),
            ));
        }
    }
}
