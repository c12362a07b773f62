//! [`Relative`] targets: a value set against a baseline the table does not state (`较上年增长5%`,
//! `不低于上年`, `≤预算数`).

use core::fmt;

use rust_decimal::Decimal;

use crate::comparator::Comparator;
use crate::error::CompareError;
use crate::quantity::{Magnitude, Quantity};
use crate::threshold::Comparison;
use crate::unit::{KnownUnit, Unit};

/// What a relative target is measured against (基数).
///
/// ```
/// use jixiao::{Baseline, Threshold};
/// let Threshold::Relative(r) = Threshold::parse("同比下降10%")? else { panic!() };
/// assert_eq!(r.baseline(), Baseline::SamePeriod);
/// assert_eq!(Baseline::Budget.as_str(), "预算数");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Baseline {
    /// The year before (上年, 上年度, 去年).
    PreviousYear,
    /// The same period of the year before (同比, 上年同期).
    SamePeriod,
    /// The period before (环比, 上期).
    PreviousPeriod,
    /// The budget (预算数, 预算).
    Budget,
    /// The approved amount (批复数).
    Approved,
    /// The plan (计划数).
    Plan,
    /// The market price (市场价, 市场平均价格): a cost target `不高于市场价`.
    MarketPrice,
}

impl Baseline {
    /// The canonical word (`上年`, `同期`, `预算数` …).
    pub fn as_str(self) -> &'static str {
        match self {
            Baseline::PreviousYear => "上年",
            Baseline::SamePeriod => "上年同期",
            Baseline::PreviousPeriod => "上期",
            Baseline::Budget => "预算数",
            Baseline::Approved => "批复数",
            Baseline::Plan => "计划数",
            Baseline::MarketPrice => "市场价",
        }
    }
}

/// Which way a relative target moves from its baseline.
///
/// ```
/// use jixiao::{Change, Quantity, Threshold};
/// let Threshold::Relative(r) = Threshold::parse("较上年下降10%")? else { panic!() };
/// assert_eq!(r.change(), Some(Change::Decrease));
/// // a decrease bounds from above: at most 90% of last year's 50起
/// assert_eq!(r.resolve(&"50起".parse::<Quantity>()?)?.to_string(), "≤45起");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Change {
    /// 增长, 提高, 增加, 上升.
    Increase,
    /// 下降, 降低, 减少.
    Decrease,
}

/// A target relative to a baseline (相对目标): `较上年增长5%`, `同比下降10%`, `不低于上年`,
/// `比上年提高2个百分点`, `≤预算数`, `不超过批复数`.
///
/// It is judged only once the baseline is known: [`Relative::resolve`] turns it into a plain
/// comparison; without a baseline, judging says [`CompareError::NeedsBaseline`].
///
/// ```
/// use jixiao::{Baseline, Change, Comparator, Quantity, Threshold};
/// let Threshold::Relative(r) = Threshold::parse("较上年增长5%")? else { panic!() };
/// assert_eq!((r.baseline(), r.change()), (Baseline::PreviousYear, Some(Change::Increase)));
/// // last year 200人: the target is at least 210人
/// let c = r.resolve(&"200人".parse::<Quantity>()?)?;
/// assert_eq!(c.to_string(), "≥210人");
/// assert_eq!(Threshold::parse("不超过批复数")?.to_string(), "≤批复数");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Relative {
    op: Comparator,
    baseline: Baseline,
    change: Option<Change>,
    amount: Option<Quantity>,
    /// About the baseline (`与上年基本持平`): only with `op` `=` and no change.
    approximate: bool,
}

impl Relative {
    /// A target compared with its baseline itself (`≥上年`, `≤预算数`).
    ///
    /// ```
    /// use jixiao::{Baseline, Comparator, Relative, Threshold};
    /// let r = Relative::against(Comparator::Le, Baseline::Budget);
    /// assert_eq!(r.to_string(), "≤预算数");
    /// assert_eq!(Threshold::Relative(r), "不超过预算数".parse()?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn against(op: Comparator, baseline: Baseline) -> Relative {
        Relative { op, baseline, change: None, amount: None, approximate: false }
    }

    /// About the baseline itself, either way (`与上年基本持平`, `同比基本持平`). An answer in
    /// words is judged (`基本持平` meets it); a number is not, even with the baseline known, as
    /// the table does not say how far from it is still about it
    /// ([`CompareError::NeedsTolerance`]).
    ///
    /// ```
    /// use jixiao::{Actual, Baseline, CompareError, Quantity, Relative, Threshold};
    /// let r = Relative::about(Baseline::PreviousYear);
    /// assert_eq!(r.to_string(), "与上年基本持平");
    /// let t: Threshold = "较上年基本持平".parse()?;
    /// assert_eq!(t, Threshold::Relative(r.clone()));
    /// assert_eq!(t.is_met(&"基本持平".parse::<Actual>()?), Ok(true));
    /// assert_eq!(r.resolve(&"200人".parse::<Quantity>()?), Err(CompareError::NeedsTolerance));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn about(baseline: Baseline) -> Relative {
        Relative { op: Comparator::Eq, baseline, change: None, amount: None, approximate: true }
    }

    /// Whether the target is about its baseline ([`Relative::about`]) rather than exactly on it.
    pub fn is_approximate(&self) -> bool {
        self.approximate
    }

    /// A change from the baseline by `amount` (`较上年增长5%`); `op` says how the change is bounded
    /// (`≥` for "at least 5% more", the usual reading). Without an amount (`较上年有所提高`) the
    /// change is any amount and `op` is `≥`, so that the target prints and reads back the same.
    ///
    /// ```
    /// use jixiao::{Baseline, Change, Comparator, Relative, Threshold};
    /// let r = Relative::changed(Baseline::PreviousYear, Change::Increase, Comparator::Ge, Some("5%".parse()?));
    /// assert_eq!(Threshold::Relative(r.clone()), "较上年增长5%".parse()?);
    /// assert_eq!(r.resolve(&"90%".parse()?)?.to_string(), "≥94.5%"); // 5% more than 90%
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn changed(baseline: Baseline, change: Change, op: Comparator, amount: Option<Quantity>) -> Relative {
        let op = if amount.is_some() { op } else { Comparator::Ge };
        Relative { op, baseline, change: Some(change), amount, approximate: false }
    }

    /// The comparator: on the change when there is one (`增长≥5%`), else on the baseline.
    pub fn comparator(&self) -> Comparator {
        self.op
    }

    /// What the target is measured against.
    pub fn baseline(&self) -> Baseline {
        self.baseline
    }

    /// The direction of the change, if the target states one.
    pub fn change(&self) -> Option<Change> {
        self.change
    }

    /// The amount of the change (`5%`, `2个百分点`, `100人`), if stated.
    pub fn amount(&self) -> Option<&Quantity> {
        self.amount.as_ref()
    }

    /// The plain comparison this target means once the baseline's value is known.
    ///
    /// A change in `%` scales the baseline (增长5% of 200人 is 210人); in 个百分点 it adds points
    /// to a percentage baseline (90% 提高2个百分点 is 92%); in the baseline's own unit it adds
    /// the amount. A decrease bounds from above: `下降10%` is at most 90% of the baseline.
    ///
    /// # Errors
    /// [`CompareError::IncompatibleUnits`] when the amount cannot apply to the baseline (points
    /// on a count), [`CompareError::Overflow`] when the result does not fit,
    /// [`CompareError::NeedsTolerance`] for a target about its baseline ([`Relative::about`]).
    pub fn resolve(&self, baseline: &Quantity) -> Result<Comparison, CompareError> {
        let Some(change) = self.change else {
            // about the baseline, either way, by an amount the table does not give
            if self.approximate {
                return Err(CompareError::NeedsTolerance);
            }
            return Ok(Comparison::new(self.op, baseline.clone()));
        };
        let sign = if change == Change::Increase { Decimal::ONE } else { -Decimal::ONE };
        // the comparator bounds the change: at least 5% more is ≥, at least 10% less is ≤
        let op = match (change, self.op) {
            (Change::Increase, o) => o,
            (Change::Decrease, Comparator::Ge) => Comparator::Le,
            (Change::Decrease, Comparator::Gt) => Comparator::Lt,
            (Change::Decrease, Comparator::Le) => Comparator::Ge,
            (Change::Decrease, Comparator::Lt) => Comparator::Gt,
            (Change::Decrease, o) => o,
        };
        let base = baseline.normalized();
        let incompatible = || CompareError::IncompatibleUnits {
            target: self.amount.as_ref().map_or(Unit::None, |a| a.unit().clone()),
            actual: baseline.unit().clone(),
        };
        let target = match &self.amount {
            // 有所提高: more than the baseline, by any amount
            None => {
                let op = if change == Change::Increase { Comparator::Gt } else { Comparator::Lt };
                return Ok(Comparison::new(op, baseline.clone()));
            }
            Some(a) if a.unit().is_percentage() => {
                let pct = a.value_in(&Unit::Known(KnownUnit::Percent)).map_err(|_| incompatible())?;
                let factor = Decimal::ONE_HUNDRED.checked_add(sign * pct).ok_or(CompareError::Overflow)?;
                base.checked_mul(factor).and_then(|v| v.checked_div(Decimal::ONE_HUNDRED)).ok_or(CompareError::Overflow)?
            }
            Some(a) if a.unit() == &Unit::Known(KnownUnit::PercentagePoint) => {
                if !baseline.unit().is_percentage() {
                    return Err(incompatible());
                }
                base.checked_add(sign * a.normalized()).ok_or(CompareError::Overflow)?
            }
            Some(a) => {
                let v = a.value_in(baseline.unit()).map_err(|_| incompatible())?;
                base.checked_add(sign * v).ok_or(CompareError::Overflow)?
            }
        };
        let q = Quantity::new(target.normalize(), Magnitude::One, baseline.unit().clone()).map_err(|_| CompareError::Overflow)?;
        Ok(Comparison::new(op, q))
    }
}

impl fmt::Display for Relative {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(change) = self.change else {
            return match self.approximate {
                true => write!(f, "与{}基本持平", self.baseline.as_str()),
                false => write!(f, "{}{}", self.op, self.baseline.as_str()),
            };
        };
        let word = if change == Change::Increase { "增长" } else { "下降" };
        write!(f, "较{}{word}", self.baseline.as_str())?;
        if let Some(a) = &self.amount {
            if self.op != Comparator::Ge {
                write!(f, "{}", self.op)?;
            }
            write!(f, "{a}")?;
        }
        Ok(())
    }
}
