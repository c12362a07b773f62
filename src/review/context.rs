//! [`Ctx`]: what every check reads — the project, the rules, and each indicator's levels as the
//! checks read them.

use crate::indicator::Indicator;
use crate::level::{Level1, Level2};
use crate::project::Project;
use crate::threshold::Threshold;

use super::text::core_name;
use super::Reviewer;

/// The project, the rules and the levels each row is reviewed under.
pub(crate) struct Ctx<'a> {
    pub(crate) project: &'a Project,
    pub(crate) rules: &'a Reviewer,
    /// Per indicator: the level 1 and level 2 it is reviewed under (see [`reviewed_levels`]).
    levels: Vec<(Option<Level1>, Option<Level2>)>,
    /// Per indicator: the 三级 name as the checks read it ([`core_name`]), folded once.
    cores: Vec<String>,
}

/// The levels a row is reviewed under. A known name is itself. A name outside the taxonomy is
/// read as the level it most likely means (a one-character slip, or one level's key word:
/// `工作时效性` is 时效指标), so that an odd name never switches off the cost, quantity or
/// timeliness checks for the rows under it. A missing or unreadable level 1 is the parent of the
/// level 2; a level 2 that is known wins over a guess at the level 1.
fn reviewed_levels(ind: &Indicator) -> (Option<Level1>, Option<Level2>) {
    if let Some(l1) = shifted_level1(ind) {
        return (Some(l1), None);
    }
    let level2 = match &ind.level2 {
        Some(l @ Level2::Other(_)) => l.likely().map(|(l, _)| l),
        other => other.clone(),
    };
    let level1 = match &ind.level1 {
        Some(l) if !l.is_other() => Some(l.clone()),
        other => ind
            .level2
            .as_ref()
            .and_then(Level2::parent)
            .or_else(|| other.as_ref().and_then(Level1::likely).map(|(l, _)| l))
            .or_else(|| level2.as_ref().and_then(Level2::parent)),
    };
    (level1, level2)
}

/// The level 1 a level-2 cell names, when the level columns are shifted by one: templates such
/// as the 中央预算内投资 target table put a group (`实施效果指标`, `绩效指标`) in the level-1
/// column and 产出指标 / 效益指标 / 满意度指标 under it. Such a row is reviewed under the level 1
/// its level-2 cell names, and neither cell is an odd name.
pub(crate) fn shifted_level1(ind: &Indicator) -> Option<Level1> {
    let Some(Level2::Other(name)) = &ind.level2 else { return None };
    if ind.level1.as_ref().is_some_and(|l| !l.is_other()) {
        return None;
    }
    Level1::parse(name.as_str()).ok().filter(|l| !l.is_other())
}

impl<'a> Ctx<'a> {
    pub(super) fn new(project: &'a Project, rules: &'a Reviewer) -> Ctx<'a> {
        let levels = project.indicators.iter().map(reviewed_levels).collect();
        let cores = project.indicators.iter().map(|i| core_name(&i.name)).collect();
        Ctx { project, rules, levels, cores }
    }

    /// Indicators whose value parsed, with their index.
    /// (A value that is a dash read as `一` by OCR is an empty value, not the number one.)
    pub(crate) fn parsed_indicators(&self) -> impl Iterator<Item = (usize, &'a Indicator, &'a Threshold)> + 'a {
        self.project
            .indicators
            .iter()
            .enumerate()
            .filter(|(_, ind)| !is_dash_mark(ind.value()))
            .filter_map(|(i, ind)| ind.threshold().map(|t| (i, ind, t)))
    }

    /// Row `i`'s 三级 name as the checks read it ([`core_name`]); empty past the end.
    pub(crate) fn core(&self, i: usize) -> &str {
        self.cores.get(i).map_or("", String::as_str)
    }

    /// The level 1 row `i` is reviewed under.
    pub(crate) fn level1(&self, i: usize) -> Option<&Level1> {
        self.levels.get(i).and_then(|l| l.0.as_ref())
    }

    /// The level 2 row `i` is reviewed under.
    pub(crate) fn level2(&self, i: usize) -> Option<&Level2> {
        self.levels.get(i).and_then(|l| l.1.as_ref())
    }

    /// Whether row `i` is a cost indicator (成本指标): level-2 成本 under 产出, or anything under
    /// level-1 成本.
    pub(crate) fn is_cost(&self, i: usize) -> bool {
        matches!(self.level2(i), Some(Level2::Cost | Level2::EconomicCost | Level2::SocialCost | Level2::EcologicalCost))
            || self.level1(i) == Some(&Level1::Cost)
    }

    /// Whether row `i` is reviewed under the level 2 `l`.
    pub(crate) fn is(&self, i: usize, l: &Level2) -> bool {
        self.level2(i) == Some(l)
    }
}

/// A value cell holding only a dash as OCR reads it (`一`, `一一`): empty.
pub(crate) fn is_dash_mark(value: &str) -> bool {
    matches!(value.trim(), "一" | "一一" | "－" | "-")
}

/// Whether a name or value still holds the template's placeholder (`≥**人`, `(≥**万元)`,
/// `XX`, `××`): the form was not filled in.
pub(crate) fn placeholder(text: &str) -> Option<&'static str> {
    ["**", "＊＊", "XX", "xx", "××", "ＸＸ"].into_iter().find(|p| text.contains(p))
}
