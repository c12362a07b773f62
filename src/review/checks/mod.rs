//! The checks, one file per group. Each `check` reads the [`Ctx`] and pushes findings.

mod budget;
mod cost;
mod deadlines;
mod direction;
mod levels;
mod measurable;
mod placement;
mod quantities;
mod rates;
mod table;
mod values;

use super::{Ctx, Finding};

/// Runs every group.
pub(super) fn run(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    if ctx.rules.check_budget {
        budget::check(ctx, out);
        cost::over_budget(ctx, out);
    }
    cost::lower_bound(ctx, out);
    cost::not_amount(ctx, out);
    values::check(ctx, out);
    levels::check(ctx, out);
    rates::check(ctx, out);
    measurable::check(ctx, out);
    deadlines::check(ctx, out);
    quantities::check(ctx, out);
    direction::check(ctx, out);
    placement::check(ctx, out);
    table::check(ctx, out);
}
