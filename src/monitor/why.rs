//! Why a light was given: the rule's numbers, kept as they are and written out in Chinese or
//! English only when asked for ([`Signal::rule_zh`], [`Signal::rule_en`]).

use core::fmt::{self, Write};

use rust_decimal::Decimal;

use super::light::{Light, Signal};
use super::profile::{Bands, Checkpoint};
use crate::actual::{Actual, Band};
use crate::date::PartialDate;
use crate::quantity::Quantity;
use crate::threshold::Threshold;
// explanations are written in the scorer's two languages
pub(crate) use crate::score::why::Lang;

/// The numbers behind a signal's explanation; the light and value are the signal's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Why {
    /// Words given as they are (read back from JSON).
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    Text {
        /// In Chinese.
        zh: Box<str>,
        /// In English.
        en: Box<str>,
    },
    /// Budget execution against the calendar.
    BudgetPace { executed: Decimal, budget: Decimal, month: u8, bands: Bands },
    /// Budget execution against the latest checkpoint (`None` before the first, which is `first`).
    BudgetCheckpoint { executed: Decimal, budget: Decimal, month: u8, checkpoint: Option<Checkpoint>, first: u8 },
    /// A higher-is-better target paced by the calendar.
    Pace { completed: Quantity, target: Quantity, month: u8, bands: Bands },
    /// Nothing done against a higher-is-better target.
    NothingDone { completed: Quantity },
    /// Inside the target or not.
    Inside { kind: InsideKind, target: Box<Threshold>, completed: Box<Actual> },
    /// A target of 0.
    Zero { target: Box<Threshold>, completed: Box<Actual> },
    /// A deadline (its end in the project's year) and where the work stands.
    Deadline { end: PartialDate, state: DeadlineState, month: u8 },
    /// A band stated by the unit, against a qualitative target or not.
    Stated { band: Band, qualitative: bool },
    /// The progress repeats a qualitative target's words.
    Repeats(Box<str>),
}

/// Why a target is judged inside or not, for the label of the explanation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum InsideKind {
    /// 反向指标 (≤, <).
    Lower,
    /// A range.
    Range,
    /// 质量指标.
    Quality,
    /// 时效指标.
    Timeliness,
    /// 成本指标.
    Cost,
    /// A ratio or points, where the profile does not pace them.
    Ratio,
    /// A higher-is-better target of 0 or below, which has no pace.
    NotPositive,
}

/// Where work with a deadline stands at the end of the month reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DeadlineState {
    /// Not done, due after the month reported.
    NotDue,
    /// Not done, due in the month reported.
    DueThisMonth,
    /// Not done, due before the month reported.
    Overdue,
    /// Done on time: at this date, or by the month reported (date not given).
    DoneOnTime(Option<PartialDate>),
    /// Done after the deadline, at this date.
    DoneLate(PartialDate),
}

/// The words of a stated band, as monitoring forms write them.
pub(crate) fn band_words(band: Band, lang: Lang) -> &'static str {
    match (band, lang) {
        (Band::Achieved, Lang::Zh) => "达到预期",
        (Band::Partial, Lang::Zh) => "部分达到并具备一定效果",
        (Band::NotAchieved, Lang::Zh) => "未达到",
        (Band::Achieved, Lang::En) => "as expected",
        (Band::Partial, Lang::En) => "partly achieved, with some effect",
        (Band::NotAchieved, Lang::En) => "not achieved",
    }
}

impl Why {
    /// The explanation of `signal` in `lang`.
    pub(crate) fn text(&self, signal: &Signal, lang: Lang) -> String {
        let mut s = String::new();
        // writing into a String cannot fail
        let _ = self.write(signal, lang, &mut s);
        s
    }

    fn write(&self, signal: &Signal, lang: Lang, f: &mut String) -> fmt::Result {
        let zh = lang == Lang::Zh;
        let value = signal.value.unwrap_or_default();
        match self {
            Why::Text { zh: z, en } => return f.write_str(if zh { z } else { en }),
            Why::BudgetPace { executed, budget, month, bands } => {
                if zh {
                    write!(f, "预算执行进度 = 执行数 {executed} ÷ 预算数 {budget} ÷ 序时进度 {month}/12 × 100 = {value}")?;
                } else {
                    write!(f, "budget execution = executed {executed} ÷ budget {budget} ÷ time elapsed {month}/12 × 100 = {value}")?;
                }
                band(signal.light, bands, f)?;
            }
            Why::BudgetCheckpoint { executed, budget, month, checkpoint, first } => {
                if zh {
                    write!(f, "预算执行率 = 执行数 {executed} ÷ 预算数 {budget} × 100 = {value}%")?;
                } else {
                    write!(f, "execution rate = executed {executed} ÷ budget {budget} × 100 = {value}%")?;
                }
                let reached = signal.light != Light::Red;
                match (checkpoint, zh) {
                    (Some(c), true) => write!(f, ", {} {}月底节点 {}%", if reached { "达到" } else { "低于" }, c.month, c.rate)?,
                    (Some(c), false) => {
                        let at = if reached { "reaches" } else { "is below" };
                        write!(f, ", {at} the checkpoint of {}% by the end of month {}", c.rate, c.month)?
                    }
                    (None, true) => write!(f, ", {month}月尚无节点要求（首个节点为{first}月底）")?,
                    (None, false) => write!(f, ", no checkpoint by month {month} (the first is at the end of month {first})")?,
                }
            }
            Why::Pace { completed, target, month, bands } => {
                if zh {
                    write!(f, "正向指标: 完成值 {completed} ÷ (年度指标值 {target} × {month}/12) × 100 = {value}")?;
                } else {
                    write!(f, "higher is better: completed {completed} ÷ (annual target {target} × {month}/12) × 100 = {value}")?;
                }
                band(signal.light, bands, f)?;
            }
            Why::NothingDone { completed } if zh => write!(f, "正向指标: 完成值为 0 ({completed})")?,
            Why::NothingDone { completed } => write!(f, "higher is better: nothing completed ({completed})")?,
            Why::Inside { kind, target, completed } => {
                let met = signal.light == Light::Green;
                let (label, word) = inside_words(*kind, met, lang);
                if zh {
                    write!(f, "{label} {target}: 完成值 {completed} {word}")?;
                } else {
                    write!(f, "{label} {target}: completed {completed} {word}")?;
                }
            }
            Why::Zero { target, completed } => match (zh, signal.light == Light::Green) {
                (true, true) => write!(f, "目标为 0 ({target}): 完成值 {completed}")?,
                (true, false) => write!(f, "目标为 0 ({target}): 完成值 {completed} 不为 0")?,
                (false, true) => write!(f, "target of 0 ({target}): completed {completed}")?,
                (false, false) => write!(f, "target of 0 ({target}): completed {completed} is not 0")?,
            },
            Why::Deadline { end, state, month } => {
                f.write_str(if zh { "时限 " } else { "deadline " })?;
                write!(f, "{end}: ")?;
                match (state, zh) {
                    (DeadlineState::NotDue, true) => write!(f, "{month}月尚未到期")?,
                    (DeadlineState::NotDue, false) => write!(f, "not yet due in month {month}")?,
                    (DeadlineState::DueThisMonth, true) => write!(f, "本月（{month}月）到期且未完成")?,
                    (DeadlineState::DueThisMonth, false) => write!(f, "due this month (month {month}) and not done")?,
                    (DeadlineState::Overdue, true) => f.write_str("已逾期且未完成")?,
                    (DeadlineState::Overdue, false) => f.write_str("passed and not done")?,
                    (DeadlineState::DoneOnTime(Some(d)), true) => write!(f, "完成于 {d}, 按期完成")?,
                    (DeadlineState::DoneOnTime(Some(d)), false) => write!(f, "done {d}, on time")?,
                    (DeadlineState::DoneOnTime(None), true) => write!(f, "截至{month}月已完成, 按期完成")?,
                    (DeadlineState::DoneOnTime(None), false) => write!(f, "done by month {month}, on time")?,
                    (DeadlineState::DoneLate(d), true) => write!(f, "完成于 {d}, 晚于时限")?,
                    (DeadlineState::DoneLate(d), false) => write!(f, "done {d}, after the deadline")?,
                }
            }
            Why::Stated { band, qualitative } => {
                let label = match (qualitative, zh) {
                    (true, true) => "定性",
                    (false, true) => "档次",
                    (true, false) => "qualitative",
                    (false, false) => "stated band",
                };
                write!(f, "{label}: {}", band_words(*band, lang))?;
            }
            Why::Repeats(text) if zh => write!(f, "定性: 完成情况与目标一致（{text}）")?,
            Why::Repeats(text) => write!(f, "qualitative: the progress repeats the target ({text})")?,
        }
        if zh {
            write!(f, ", {}", signal.light.zh())
        } else {
            write!(f, ": {}", signal.light.en())
        }
    }
}

/// The label of an inside-or-not judgement and the word for the outcome.
fn inside_words(kind: InsideKind, met: bool, lang: Lang) -> (&'static str, &'static str) {
    let zh = lang == Lang::Zh;
    let label = match (kind, zh) {
        (InsideKind::Lower, true) => "反向指标",
        (InsideKind::Range, true) => "区间",
        (InsideKind::Quality, true) => "质量指标",
        (InsideKind::Timeliness, true) => "时效指标",
        (InsideKind::Cost, true) => "成本指标",
        (InsideKind::Ratio, true) => "比率指标",
        (InsideKind::NotPositive, true) => "正向指标",
        (InsideKind::Lower, false) => "lower is better",
        (InsideKind::Range, false) => "range",
        (InsideKind::Quality, false) => "quality",
        (InsideKind::Timeliness, false) => "timeliness",
        (InsideKind::Cost, false) => "cost",
        (InsideKind::Ratio, false) => "ratio",
        (InsideKind::NotPositive, false) => "higher is better",
    };
    let word = match (kind, zh, met) {
        (InsideKind::Lower, true, true) => "在目标之内",
        (InsideKind::Lower, true, false) => "超出目标",
        (InsideKind::Lower, false, true) => "within the target",
        (InsideKind::Lower, false, false) => "beyond the target",
        (InsideKind::Range, true, true) => "在区间之内",
        (InsideKind::Range, true, false) => "在区间之外",
        (InsideKind::Range, false, true) => "inside the range",
        (InsideKind::Range, false, false) => "outside the range",
        (_, true, true) => "达到目标",
        (_, true, false) => "未达到目标",
        (_, false, true) => "meets the target",
        (_, false, false) => "misses the target",
    };
    (label, word)
}

/// ` (≥60, <80)`: the band the value fell in.
fn band(light: Light, bands: &Bands, f: &mut String) -> fmt::Result {
    let Bands { red_below: r, green_from: g, blue_from: b } = bands;
    match (light, b) {
        (Light::Red, _) => write!(f, " (<{r})"),
        (Light::Yellow, _) => write!(f, " (≥{r}, <{g})"),
        (Light::Green, Some(b)) => write!(f, " (≥{g}, <{b})"),
        (Light::Green, None) => write!(f, " (≥{g})"),
        (Light::Blue, Some(b)) => write!(f, " (≥{b})"),
        (Light::Blue, None) => Ok(()),
    }
}
