//! [`Actuals`]: what was achieved for a project (实际完成情况), to score it against.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::actual::Actual;
use crate::error::ParseError;
use crate::project::Project;
use crate::text::without_spaces;

/// What was achieved (实际完成情况), the one way to give it to a scorer: the executed budget
/// (全年执行数) and an [`Actual`] per indicator, given by position in `Project::indicators` or by
/// 三级指标 name (a position wins over a name). Build it by hand, from a self-evaluation table
/// ([`Actuals::from_project`]), or from a separate one matched with the targets
/// ([`join`](super::join)).
///
/// ```
/// use jixiao::score::Actuals;
/// use jixiao::{Actual, Decimal};
///
/// let a = Actuals::new()
///     .executed(Decimal::from(37))
///     .at(0, "735人次".parse()?)
///     .named("政策知晓率", "98%".parse()?);
/// assert_eq!(a.for_indicator(1, "政策知晓率"), Some(&"98%".parse::<Actual>()?));
/// assert_eq!(a.for_indicator(1, "其他"), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Actuals {
    /// 全年执行数, in the project budget's money unit.
    executed: Option<Decimal>,
    by_position: BTreeMap<usize, Actual>,
    by_name: BTreeMap<String, Actual>,
    /// Recorded actuals that did not read, by position: reported by the scorer.
    unreadable: BTreeMap<usize, ParseError>,
}

impl Actuals {
    /// No actuals yet.
    pub fn new() -> Actuals {
        Actuals::default()
    }

    /// The executed amount (全年执行数) the budget item is scored with, if given.
    pub fn executed_amount(&self) -> Option<Decimal> {
        self.executed
    }

    /// Sets the executed amount (全年执行数), in the project budget's money unit. The one way
    /// to give it: a scorecard reads no other ([`Actuals::from_project`] takes the project's
    /// `budget.executed`).
    pub fn executed(mut self, executed: Decimal) -> Actuals {
        self.executed = Some(executed);
        self
    }

    /// Sets the actual of the indicator at `index` (0-based, in table order).
    pub fn at(mut self, index: usize, actual: Actual) -> Actuals {
        self.by_position.insert(index, actual);
        self
    }

    /// Sets the actual of the indicator named `name` (三级指标; spaces ignored).
    pub fn named(mut self, name: &str, actual: Actual) -> Actuals {
        self.by_name.insert(without_spaces(name), actual);
        self
    }

    /// The actual for the indicator at `index` named `name`: by position, else by name.
    pub fn for_indicator(&self, index: usize, name: &str) -> Option<&Actual> {
        self.by_position.get(&index).or_else(|| self.by_name.get(&without_spaces(name)))
    }

    /// Why the recorded actual of the indicator at `index` did not read, if it did not.
    ///
    /// ```
    /// use jixiao::score::Actuals;
    /// use jixiao::Project;
    /// let mut p = Project::new("培训项目");
    /// p.indicators.push(jixiao::Indicator::new(None, None, "培训人数", "≥2万人"));
    /// p.indicators[0].actual = Some("≥2x万人".into());
    /// let a = Actuals::from_project(&p);
    /// assert_eq!(a.for_indicator(0, "培训人数"), None);
    /// assert_eq!(a.unreadable(0).unwrap().char_offset(), 2);
    /// ```
    pub fn unreadable(&self, index: usize) -> Option<&ParseError> {
        self.unreadable.get(&index)
    }

    /// Records the actual `ind` gives (实际完成值) for the indicator at `index`: read, or kept
    /// with its error when it does not read; nothing when it has none. How both a
    /// self-evaluation's own actuals ([`Actuals::from_project`]) and the rows matched to a
    /// target table ([`super::join`]) are taken.
    pub(crate) fn record(&mut self, index: usize, ind: &crate::Indicator) {
        match ind.parsed_actual() {
            Some(Ok(actual)) => {
                self.unreadable.remove(&index);
                self.by_position.insert(index, actual);
            }
            Some(Err(e)) => {
                self.by_position.remove(&index);
                self.unreadable.insert(index, e);
            }
            None => {}
        }
    }

    /// The actuals a self-evaluation records on the project itself: each `Indicator::actual`
    /// text (实际完成值) by position, and `budget.executed`. Indicators without an actual are
    /// left out, and an actual that does not read is kept with its error
    /// ([`Actuals::unreadable`]): scoring marks those items and scores the others.
    ///
    /// ```
    /// use jixiao::score::{Actuals, Profile};
    /// use jixiao::{Budget, Decimal, Indicator, Level1, Level2, Project};
    ///
    /// let mut p = Project::new("义务教育营养改善计划专项资金");
    /// p.budget = Budget { executed: Some(Decimal::from(100)), ..Budget::fiscal_only(Decimal::from(100)) };
    /// let mut i = Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "学生受资助人数", "≥735人次");
    /// i.actual = Some("735".into());
    /// i.weight = Some(Decimal::from(90));
    /// p.indicators.push(i);
    /// let card = Profile::central().score(&p, &Actuals::from_project(&p))?;
    /// assert_eq!(card.total, Some(Decimal::from(100)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_project(project: &Project) -> Actuals {
        let mut a = Actuals { executed: project.budget.executed, ..Actuals::default() };
        for (i, ind) in project.indicators.iter().enumerate() {
            a.record(i, ind);
        }
        a
    }
}
