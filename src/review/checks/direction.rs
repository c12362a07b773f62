//! Which way is better: J025 a reverse indicator (less is better) written as a floor.

use crate::message::Message;
use crate::review::text::reverse_word;
use crate::review::{Code, Ctx, Finding};
use crate::subject::Subject;
use crate::threshold::{Comparator, Threshold};

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    for (i, ind, t) in ctx.parsed_indicators() {
        let Threshold::Compare(c) = t else { continue };
        // `≥0` cannot fail (J015); a bare or `=` target counts as a floor, except 0 (see
        // `Comparison::effective_op`)
        if !matches!(c.effective_comparator(), Comparator::Ge | Comparator::Gt) || c.quantity().normalized().is_zero() {
            continue;
        }
        let core = ctx.core(i);
        let Some(word) = reverse_word(core) else { continue };
        let value = ind.value().trim();
        let q = c.quantity();
        out.push(Finding::new(Code::ReverseFloor, Subject::indicator(i, ind), Message::chinese(format!("「{}」是反向指标（{word}越少越好），指标值「{value}」却是下限，{word}越多越达标；请写成上限，如「≤{q}」或「=0」。", ind.name)).english(format!(
                "`{}` is a reverse indicator (less {word} is better) but `{value}` is a floor, met by more {word}; write a ceiling such as `≤{q}` or `=0`.",
                ind.name
            ))));
    }
}
