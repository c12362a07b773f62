//! J035: a deadline outside the project's year (年度): an annual target table's deadlines fall
//! in its year.

use crate::message::Message;
use crate::review::{Code, Ctx, Finding};
use crate::subject::Subject;
use crate::threshold::Threshold;

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let Some(year) = ctx.project.year() else { return };
    for (i, ind, t) in ctx.parsed_indicators() {
        let Threshold::Deadline(d) = t else { continue };
        let end = d.end();
        let (late, early) = match (end.year(), end.years_after_project()) {
            (Some(y), _) => (y > year, y < year),
            (None, Some(n)) => (n > 0, false),
            (None, None) => (false, false),
        };
        if !(late || early) {
            continue;
        }
        let value = ind.value().trim();
        let (zh, en) = if late { ("晚于", "after") } else { ("早于", "before") };
        out.push(Finding::new(Code::DeadlineOutsideYear, Subject::indicator(i, ind), Message::chinese(format!("时限「{value}」{zh}项目年度{year}年，年度绩效目标应在当年完成；请改为{year}年内的时限，或核对项目年度。")).english(format!("the deadline `{value}` falls {en} the project's year {year}; an annual target is met within its year: set a deadline in {year}, or check the project's year."))));
    }
}
