//! The level taxonomy: J008 a level 2 under the wrong level 1; J009/J010 a name outside it and
//! J024 a likely slip of a standard name, each once per table and name.

use crate::level::{Level1, Level2, Likely};
use crate::message::Message;
use crate::review::context::shifted_level1;
use crate::review::{Code, Ctx, Finding};
use crate::subject::Subject;
use crate::text::fold_name;

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    names(ctx, out);
    for (i, ind) in ctx.project.indicators.iter().enumerate() {
        let (Some(l1), Some(l2)) = (&ind.level1, &ind.level2) else { continue };
        let Some(parent) = l2.parent() else { continue };
        // 成本指标 under level-1 成本指标 is how newer templates write it, and 满意度 under 效益
        // how the older (财预〔2015〕88号) template did.
        let allowed = (*l1 == Level1::Cost && *l2 == Level2::Cost) || (*l1 == Level1::Benefit && *l2 == Level2::Satisfaction);
        if !l1.is_other() && parent != *l1 && !allowed {
            out.push(Finding::new(Code::LevelMismatch, Subject::indicator(i, ind), Message::chinese(format!("二级指标「{l2}」应属于「{parent}」，却列在「{l1}」下；请把该指标移到「{parent}」下，或改用「{l1}」的二级指标。")).english(format!("level-2 `{l2}` belongs under `{parent}` but is filed under `{l1}`; move the row under `{parent}` or pick a level 2 of `{l1}`."))));
        }
    }
}

/// One name outside the taxonomy: where it is first seen, how many rows carry it, and what the
/// review took it for.
struct Odd {
    first: usize,
    rows: usize,
    level2: bool,
    name: String,
    likely: Option<(String, Likely)>,
}

/// J009/J010/J024: each name outside the taxonomy once, on the first row that carries it.
fn names(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let mut odd: Vec<(String, Odd)> = Vec::new();
    // the groups over level columns shifted by one (`实施效果指标` over 产出指标, 效益指标 and a
    // 满意度指标 that also reads as a level 2): the template's own, on all its rows
    let groups: Vec<&Level1> =
        ctx.project.indicators.iter().filter(|i| shifted_level1(i).is_some()).filter_map(|i| i.level1.as_ref()).collect();
    for (i, ind) in ctx.project.indicators.iter().enumerate() {
        if shifted_level1(ind).is_some() {
            continue;
        }
        let l1 = match &ind.level1 {
            Some(l @ Level1::Other(_)) if groups.contains(&l) => None,
            // the template's wording around a standard name (`预期产出指标`, `项目效益指标`)
            // (the level it holds agrees with the row's level 2: `实施效果指标` over 数量指标 is odd)
            // (a one-character slip, `顼目产出`, is still noted: J024)
            Some(l @ Level1::Other(name))
                if !matches!(l.likely(), Some((_, Likely::Slip(_))))
                    && crate::level::held_standard_level1(name.as_str())
                        .is_some_and(|held| ind.level2.as_ref().and_then(Level2::parent).is_none_or(|p| p == held)) =>
            {
                None
            }
            Some(l @ Level1::Other(name)) => Some((false, name.as_str(), l.likely().map(|(l, why)| (l.name().to_string(), why)))),
            _ => None,
        };
        let l2 = match &ind.level2 {
            Some(l @ Level2::Other(name)) => Some((true, name.as_str(), l.likely().map(|(l, why)| (l.name().to_string(), why)))),
            _ => None,
        };
        for (level2, name, likely) in [l1, l2].into_iter().flatten() {
            let key = format!("{}{}", u8::from(level2), fold_name(name));
            match odd.iter_mut().find(|(k, _)| *k == key) {
                Some((_, o)) => o.rows = o.rows.saturating_add(1),
                None => odd.push((key, Odd { first: i, rows: 1, level2, name: name.to_string(), likely })),
            }
        }
    }
    for (_, o) in odd {
        out.push(finding(ctx, &o));
    }
}

fn finding(ctx: &Ctx<'_>, o: &Odd) -> Finding {
    let subject = Subject::indicator(o.first, &ctx.project.indicators[o.first]);
    let (which, which_en) = if o.level2 { ("二级", "level-2") } else { ("一级", "level-1") };
    let name = &o.name;
    let rows = o.rows;
    let standard = if o.level2 {
        "数量指标、质量指标、时效指标、成本指标、经济效益指标、社会效益指标、生态效益指标、可持续影响指标或服务对象满意度指标"
    } else {
        "产出指标、效益指标、满意度指标或成本指标"
    };
    let code = |l2: bool| if l2 { Code::UnknownLevel2 } else { Code::UnknownLevel1 };
    match &o.likely {
        Some((level, Likely::Slip(spelling))) => Finding::new(Code::LevelNameSlip, subject, Message::chinese(format!("{which}指标「{name}」（{rows}行）与规范名称「{spelling}」只差一个字，疑为录入或识别笔误，已按「{level}」审核；请核对并改正。")).english(format!(
                "{which_en} name `{name}` ({rows} row(s)) differs from the standard `{spelling}` by one character, likely a typing or OCR slip; the rows were reviewed as `{level}`, check and correct the name."
            ))),
        Some((level, Likely::Word(word))) => Finding::new(code(o.level2), subject, Message::chinese(format!("{which}指标「{name}」（{rows}行）不在规范体系内，按名称中的「{word}」视为「{level}」审核；请改用规范名称：{standard}。")).english(format!(
                "{which_en} name `{name}` ({rows} row(s)) is outside the taxonomy; from `{word}` in it the rows were reviewed as `{level}`; use a standard name ({standard})."
            ))),
        None => Finding::new(code(o.level2), subject, Message::chinese(format!("{which}指标「{name}」（{rows}行）不在规范体系内；请改用规范名称：{standard}。")).english(format!("{which_en} name `{name}` ({rows} row(s)) is outside the taxonomy; use a standard name ({standard})."))),
    }
}
