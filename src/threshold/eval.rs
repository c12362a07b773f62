//! What a threshold means: whether an actual value meets it, and which way is better.

use core::cmp::Ordering;

use super::{Comparator, Comparison, Qualitative, Threshold};
use crate::actual::{Actual, Band};
use crate::date::{Deadline, PartialDate};
use crate::error::CompareError;
use crate::quantity::Quantity;

/// Which way an indicator improves (指标方向).
///
/// ```
/// use jixiao::{Direction, Threshold};
/// assert_eq!("≥95%".parse::<Threshold>()?.direction(), Direction::HigherIsBetter);
/// assert_eq!("≤5%".parse::<Threshold>()?.direction(), Direction::LowerIsBetter);
/// assert_eq!("0起".parse::<Threshold>()?.direction(), Direction::LowerIsBetter); // none is the goal
/// assert_eq!("12月底前".parse::<Threshold>()?.direction(), Direction::ByDeadline);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Direction {
    /// 正向: more is better (≥, >, =, a bare value).
    HigherIsBetter,
    /// 反向: less is better (≤, <, and a bare or `=` target of 0).
    LowerIsBetter,
    /// Inside a range.
    Within,
    /// Done by a date.
    ByDeadline,
    /// Judged by the assessor.
    Qualitative,
}

impl Comparison {
    /// The comparator a bare or `=` target is judged by: `≥` (reaching it is enough), or `≤` for
    /// a target of 0 (`0起` accidents: none is the goal). Others are their own.
    pub fn effective_comparator(&self) -> Comparator {
        match self.comparator() {
            Comparator::Eq if self.quantity().normalized().is_zero() => Comparator::Le,
            Comparator::Eq => Comparator::Ge,
            op => op,
        }
    }

    /// The former name of [`Comparison::effective_comparator`].
    #[deprecated(since = "0.3.0", note = "use `effective_comparator()`")]
    pub fn effective_op(&self) -> Comparator {
        self.effective_comparator()
    }
}

impl Threshold {
    /// Which way is better. A bare value or `=` counts as higher-is-better (and a target of 0
    /// as lower-is-better), as [`Threshold::is_met`] and scoring treat them.
    pub fn direction(&self) -> Direction {
        match self {
            Threshold::Compare(c) => match c.effective_comparator() {
                Comparator::Le | Comparator::Lt => Direction::LowerIsBetter,
                _ => Direction::HigherIsBetter,
            },
            Threshold::Range(_) => Direction::Within,
            Threshold::Deadline(_) => Direction::ByDeadline,
            Threshold::Qualitative(_) | Threshold::Unread(_) => Direction::Qualitative,
            Threshold::Relative(r) => match (r.change(), r.comparator()) {
                (Some(crate::Change::Decrease), Comparator::Ge | Comparator::Gt | Comparator::Eq) => Direction::LowerIsBetter,
                (Some(crate::Change::Decrease), _) => Direction::HigherIsBetter,
                (_, Comparator::Le | Comparator::Lt) => Direction::LowerIsBetter,
                _ => Direction::HigherIsBetter,
            },
        }
    }

    /// Whether `actual` meets the threshold, in a table of no known year. See
    /// [`Threshold::is_met_in`].
    ///
    /// # Errors
    /// As [`Threshold::is_met_in`].
    ///
    /// ```
    /// use jixiao::{Actual, Threshold};
    /// let t: Threshold = "≤24小时".parse()?;
    /// assert!(t.is_met(&"1天".parse::<Actual>()?)?);
    /// let t: Threshold = "≥20000家".parse()?;
    /// assert!(t.is_met(&"20001人".parse::<Actual>()?).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_met(&self, actual: &Actual) -> Result<bool, CompareError> {
        self.is_met_in(actual, None)
    }

    /// Whether `actual` meets the threshold in a table of `year` (年度), when known.
    ///
    /// - A comparison compares the actual with the target in a common unit (`1天` meets
    ///   `≤24小时`; `20000人` meets `≥2万人`). An actual written without unit takes the target's
    ///   unit and magnitude (`2.1` against `≥2万人` is 2.1万人) when within ten times its number,
    ///   and is in units when that is near the target (`19999` is 19999人); between the two
    ///   ([`CompareError::BareMagnitude`]) it cannot be told. A bare or `=` target is reached
    ///   from below: it is met like `≥` (a target of 0 like `≤`), as scoring treats it.
    /// - An actual written as a bound meets a target it lies within (`<2小时` meets `<2小时`,
    ///   `≥266米` meets `≥266米`).
    /// - A range holds its ends.
    /// - A deadline is met by a date on or before it. A deadline without a year is in `year`;
    ///   with no year known, a dated actual cannot be judged against it ([`CompareError::NeedsYear`]).
    ///   A month, a year or a span (`2022年12月`, `2022年`, `第三季度`, `10月中旬`) is on time
    ///   when it ends by the deadline and late when it starts after it; one that runs past it
    ///   cannot tell ([`CompareError::UnsettledDate`]).
    /// - A band (达成 / 部分达成 / 未达成) answers a qualitative target or a deadline: only 达成
    ///   meets. Against a number (a comparison, range or relative target) a word that claims it
    ///   reached (`完成`, `良好`, `是`) is [`CompareError::NeedsQuantity`], never met; one that
    ///   admits falling short (`基本完成`, `未完成`) misses it. A qualitative target is also met by
    ///   an actual that repeats its text, and a yes/no target by the same word.
    /// - A bare value is judged as the table writes it. What a row adds (a bare amount under
    ///   成本指标 or a bare duration under 时效指标 is a ceiling) is in [`crate::Indicator::target`]:
    ///   judge a row's target through it.
    ///
    /// ```
    /// use jixiao::{Actual, CompareError, Threshold};
    /// let t: Threshold = "12月底前".parse()?;
    /// let done: Actual = "2025年11月".parse()?;
    /// assert_eq!(t.is_met_in(&done, Some(2025))?, true);
    /// assert_eq!(t.is_met_in(&done, None), Err(CompareError::NeedsYear));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// Units that measure different things, an actual of the wrong kind (a word for a number:
    /// [`CompareError::NeedsQuantity`]), a year-less deadline without a year, an answer that
    /// cannot settle the target ([`CompareError::UnsettledBound`] for `≥3%` against `≤5%` or
    /// `约95%` against `≥95%`, [`CompareError::UnsettledDate`] for `2022年12月` or `第三季度`
    /// against a deadline inside it), values too large to compare, or not applicable.
    pub fn is_met_in(&self, actual: &Actual, year: Option<u16>) -> Result<bool, CompareError> {
        if let Actual::NotApplicable = actual {
            return Err(CompareError::NotApplicable);
        }
        let zero;
        let actual = match none_as_zero(self, actual) {
            Some(z) => {
                zero = z;
                &zero
            }
            None => actual,
        };
        if let Some((target, actual)) = folded(self, actual) {
            return target.is_met_in(&actual, year);
        }
        if let Some(verdict) = settled(self, actual) {
            return verdict;
        }
        if let Threshold::Qualitative(q) | Threshold::Unread(q) = self {
            if actual.repeats(q.as_str()) {
                return Ok(true);
            }
        }
        if let Some(band) = actual.band() {
            if claims_reached(self, actual) {
                return Err(CompareError::NeedsQuantity);
            }
            return Ok(band == Band::Achieved);
        }
        match self {
            Threshold::Compare(c) => compare(c, actual),
            Threshold::Range(r) => {
                let written = actual.quantity().ok_or(CompareError::NeedsQuantity)?;
                unit_stated(&r.high_quantity(), written)?;
                let a = bare_in(written, &r.high_quantity())?;
                let low = a.compare(&r.low_quantity())?;
                let high = a.compare(&r.high_quantity())?;
                Ok(low.is_ge() && high.is_le())
            }
            Threshold::Deadline(d) => match actual {
                Actual::Date(date) => on_time(d, date, year),
                // done some day of a span: on time if it ends by the deadline, late if it starts
                // after it, and otherwise the day decides, unwritten
                Actual::Period(p) => match on_time(d, &p.end(), year) {
                    Ok(true) => Ok(true),
                    Err(CompareError::NeedsYear) => Err(CompareError::NeedsYear),
                    _ => match on_time(d, &p.start().unwrap_or(p.end()), year) {
                        Ok(false) => Ok(false),
                        Err(CompareError::NeedsYear) => Err(CompareError::NeedsYear),
                        _ => Err(CompareError::UnsettledDate),
                    },
                },
                _ => Err(CompareError::NeedsDate),
            },
            Threshold::Qualitative(_) | Threshold::Unread(_) => Err(CompareError::NeedsBand),
            Threshold::Relative(_) => Err(CompareError::NeedsBaseline),
        }
    }
}

/// The target's and the answer's words with traditional characters folded to simplified ones
/// (`無重大安全事故` answered `未發生`, `良好` answered `優秀`), when either holds one: the words
/// of judging are written simplified. `None` when neither does. Shared by
/// [`Threshold::is_met_in`] and the scorer, so that the two judge the folded words alike.
pub(crate) fn folded(target: &Threshold, actual: &Actual) -> Option<(Threshold, Actual)> {
    let fold_target = match target {
        Threshold::Qualitative(q) => {
            crate::grammar::fold_traditional(q.as_str()).map(|f| Threshold::Qualitative(Qualitative::new_unchecked(&f)))
        }
        Threshold::Unread(q) => crate::grammar::fold_traditional(q.as_str()).map(|f| Threshold::Unread(Qualitative::new_unchecked(&f))),
        _ => None,
    };
    let fold_actual = match actual {
        Actual::Text(t) => crate::grammar::fold_traditional(t.as_str()).map(|f| Actual::Text(crate::ActualText::new_unchecked(&f))),
        _ => None,
    };
    if fold_target.is_none() && fold_actual.is_none() {
        return None;
    }
    Some((fold_target.unwrap_or_else(|| target.clone()), fold_actual.unwrap_or_else(|| actual.clone())))
}

/// Whether `actual` is a word that claims a numeric `target` reached (`完成`, `达成`, `良好`,
/// `是` against `≥95%`, `30%-50%` or `较上年增长5%`): without the number nobody can check it,
/// so it is never met (DOMAIN §5: flagged, never met). A word that admits falling short
/// (`基本完成`, `未完成`, `否`) still says the target was missed; but a bare `否` against a
/// ceiling, which may answer `是否超支`, is flagged ([`settled`]).
pub(crate) fn claims_reached(target: &Threshold, actual: &Actual) -> bool {
    // (text holding numbers the grammar did not read is left out: its numbers may be dates or
    // names, `2022年底前完成建设`, `两个只减不增`; the scorecard flags the band it takes, S005)
    matches!(target, Threshold::Compare(_) | Threshold::Range(_) | Threshold::Relative(_)) && actual.band() == Some(Band::Achieved)
}

/// Whether `t` is a bare yes or no (`是`, `是的`, `否`, `不是`), which says nothing of what
/// occurred unless the question is known; `有`, `无` and `没有` say whether something is there.
fn bare_yes_no(t: &str) -> bool {
    matches!(t, "是" | "是的" | "否" | "不是")
}

/// Verbs of an incident's occurring: 发生, 出现, 存在, 发现.
const OCCURRING: [&str; 4] = ["发生", "出现", "存在", "发现"];
/// Answers that say none, of anything: `无`, `没有`, `零`.
const NONE_SAID: [&str; 3] = ["无", "没有", "零"];
/// Words that affirm one (`已发生`, `有出现`, `曾发生过`).
const AFFIRMING: [&str; 5] = ["已经", "已", "有", "曾", "均有"];

/// What an answer says of incidents against an avoidance or zero target: `Some(false)` that none
/// occurred (`无`, `没有`, `零`, `未发生`, `从未出现`, `不存在`, `没有发生过`, `未发生安全事故`),
/// `Some(true)` that some did (`有`, `发生`, `已出现`, `存在违规行为`), `None` for anything else. A verb of
/// occurring is composed with each word that denies or affirms it, so that every pairing reads.
fn occurrence(t: &str) -> Option<bool> {
    if t == "有" {
        return Some(true);
    }
    if NONE_SAID.contains(&t) {
        return Some(false);
    }
    let (denied, rest) = match denied(t) {
        Some(rest) => (true, rest),
        None => (false, crate::grammar::strip_any(t, &AFFIRMING).unwrap_or(t)),
    };
    let what = crate::grammar::strip_any(rest, &OCCURRING)?;
    let what = what.strip_prefix('过').unwrap_or(what);
    // denied, what did not occur may be named (`未发生安全事故`, `未发现问题`); affirmed, the verb
    // stands alone: `发生率为0`, `存在0个问题` and `发现问题已整改` say no incident occurred
    let named = what.chars().all(|c| crate::text::is_cjk(c) && !crate::grammar::numeral::is_chinese_digit(c) && c != '率');
    match (denied, what.is_empty()) {
        (_, true) => Some(!denied),
        (true, false) if named => Some(false),
        _ => None,
    }
}

/// Whether `answer` says that what an avoidance `target` names did not occur, in the target's
/// own words: a word of none or a negation before the end of what it names (`无违规` against
/// `杜绝违规`, `无事故` against `零事故`, `无安全事故` against `无重大安全事故`, `未违规使用资金`
/// against `无违规使用资金`, `未返贫` against `避免返贫`). Not the avoidance word itself negated
/// (`未杜绝违规`, `没有避免返贫` say the opposite), nor a word of no noun (`不安全`).
fn none_of_the_named(target: &str, answer: &str) -> bool {
    const NONE: [&str; 4] = ["没有", "杜绝", "无", "零"];
    let avoided = crate::grammar::strip_any(target, &AVOIDING).unwrap_or(target);
    // a verb negated (`未违规使用资金`) names the whole of what is avoided: its end alone is
    // another act (`未使用资金` is no answer to `无违规使用资金`)
    if let Some(act) = crate::grammar::strip_any(answer, &["从未", "未"]) {
        return act == avoided && crate::grammar::strip_any(act, &AVOIDING).is_none();
    }
    let Some(named) = crate::grammar::strip_any(answer, &NONE) else { return false };
    named.chars().count() >= 2 && avoided.ends_with(named) && crate::grammar::strip_any(named, &AVOIDING).is_none()
}

/// The words that start an avoidance target (杜绝安全事故, 无重大安全事故, 零事故).
const AVOIDING: [&str; 6] = ["杜绝", "没有", "严禁", "避免", "无", "零"];

/// How avoidance targets start (杜绝安全事故, 无重大安全事故, 严禁, 避免, 零事故), or a verb of
/// occurring denied (不发生, 未出现, 不存在…).
fn is_avoidance(target: &str) -> bool {
    let target = &*crate::text::without_spaces(target);
    // what follows a label and its colon (`重大安全事故：无`, `有效投诉：0`)
    let target = target.rfind(['：', ':']).map_or(target, |i| &target[i + target[i..].chars().next().map_or(0, char::len_utf8)..]);
    if starts_avoiding(target) {
        return true;
    }
    // a word of none after what it is none of, or after words of time, intent or doing
    // (`安全事故零发生`, `人员零伤亡`, `全年无安全事故`, `确保零事故`, `确保不发生安全事故`,
    // `安全事故为零`): before, only the start was looked at, and these were judged as bands, `无`
    // missing them and `有` meeting them
    let inner = |(i, _): (usize, char)| {
        let rest = &target[i..];
        match rest.chars().next() {
            Some('零') => !NOT_AVOIDING.iter().any(|w| rest.starts_with(w)) && (rest.len() > 3 || target[..i].ends_with('为')),
            // (after words of time or intent only: inside a name 无 names a thing, `无房户`,
            // `无业人员`, `无废城市`)
            Some('无') => {
                rest.len() > 3
                    && !NOT_AVOIDING.iter().any(|w| rest.starts_with(w))
                    && ["全年", "年内", "年度", "期间", "实现", "做到", "为", "内", "中"]
                        .iter()
                        .chain(&crate::grammar::INTENT)
                        .any(|w| target[..i].ends_with(w))
            }
            Some('杜' | '没' | '严' | '避' | '不' | '未') => starts_avoiding(rest),
            _ => false,
        }
    };
    target.char_indices().skip(1).any(inner)
}

/// Whether `target` starts as an avoidance target does: [`AVOIDING`] or a verb of occurring
/// denied, not a word that names a thing with 无 or 零 in it.
fn starts_avoiding(target: &str) -> bool {
    // a word of none that names a thing (`无障碍设施`, `零就业家庭`) avoids nothing itself; a
    // word of none after it may (`零就业家庭动态清零`, `无人机飞行零事故`)
    if let Some(rest) = crate::grammar::strip_any(target, &NOT_AVOIDING) {
        return ["无", "零", "杜绝", "不发生", "未发生"].iter().any(|w| rest.contains(w));
    }
    AVOIDING.iter().any(|w| target.starts_with(w)) || denied(target).is_some_and(|rest| OCCURRING.iter().any(|v| rest.starts_with(v)))
}

/// Words that start with 无 or 零 and avoid nothing: they name a thing or a way (`无障碍改造`
/// is building access, `无偿献血` giving blood, `零就业家庭帮扶` helping households).
const NOT_AVOIDING: [&str; 37] = [
    "无障碍",
    "无论",
    "无法",
    "无私",
    "无限",
    "无比",
    "无愧",
    "无偿",
    "无人机",
    "无人值守",
    "无人驾驶",
    "无线",
    "无公害",
    "无害化",
    "无纸化",
    "无缝",
    "无息",
    "无菌",
    "无土",
    "无烟",
    "无籽",
    "无感",
    "无差别",
    "无形",
    "无证明",
    "零就业",
    "零售",
    "零星",
    "零散",
    "零距离",
    "零基础",
    "零基",
    "零工",
    "零部件",
    "零利率",
    "零碳",
    "零换乘",
];

/// `t` after a word that denies what follows: a negation ([`crate::actual::NEGATIONS`]) or 无
/// (`无发生`).
fn denied(t: &str) -> Option<&str> {
    crate::grammar::strip_any(t, &crate::actual::NEGATIONS).or_else(|| t.strip_prefix('无'))
}

/// An answer that says nothing happened (`无`, `没有`, `未发生`) against a ceiling (`0起`,
/// `≤1起`): a count of 0 in the target's unit, judged and scored as that number is.
pub(crate) fn none_as_zero(target: &Threshold, actual: &Actual) -> Option<Actual> {
    let (Threshold::Compare(c), Actual::Text(t)) = (target, actual) else { return None };
    let ceiling = matches!(c.effective_comparator(), Comparator::Le | Comparator::Lt);
    // `无`, `没有`, `零` are none of whatever the ceiling measures (`≤5%` answered `无`); a verb of
    // occurring denied (`未发生安全事故`) is none of a count of incidents only (`≤1起`, `0次`),
    // not 0 hours or 0 percent
    let bare = NONE_SAID.contains(&t.as_str());
    let counted = matches!(c.quantity().unit(), crate::Unit::None | crate::Unit::Other(_))
        || c.quantity().unit().dimension() == Some(crate::unit::Dimension::Count);
    (ceiling && (bare || counted) && occurrence(t.as_str()) == Some(false))
        .then(|| Actual::Quantity(Quantity::new_unchecked(rust_decimal::Decimal::ZERO, crate::Magnitude::One, c.quantity().unit().clone())))
}

/// Verdicts that settle a target before any number is compared, shared by
/// [`Threshold::is_met_in`] and the scorer so that the two always agree:
///
/// - against an avoidance target in words (`杜绝`, `无重大安全事故`), `无` / `没有` / `未发生`
///   mean none occurred, `有` that it did; against a zero target (`0起`) `有` misses (a `无`
///   there is a count of 0: [`none_as_zero`]);
/// - a count against an avoidance target in words (`零事故` answered `0起`, `杜绝` answered
///   `1起`) meets it when it is zero, and misses it otherwise;
/// - a yes/no target answered yes or no is met by the same answer only (`否` answered `是` misses;
///   `没有`, `不是` and `未发生` answer no, and so does an avoidance statement, `无违规`, to a no);
/// - a bare yes or no (`是`, `否`) against a ceiling or a target of none (`0起`, `≤5%`,
///   `≤预算数`, `无违规`, `杜绝安全事故`) is flagged: the question may have asked whether
///   something occurred or whether the target was reached, and the table does not say;
/// - a relative target answered with a relation to its baseline (`增长6%` against `较上年增长5%`,
///   `未超预算` against `≤预算数`) is judged by that relation;
/// - an actual bound pointing away from the target (`<95%`, `不足2万人` against `≥95%`;
///   `超过30万元` against `≤30万元`) misses it where the bound excludes the target, and is
///   [`CompareError::UnsettledBound`] where it cannot tell (`≥3%` against `≤5%`).
pub(crate) fn settled(target: &Threshold, actual: &Actual) -> Option<Result<bool, CompareError>> {
    use Comparator::*;
    if let Actual::Text(t) = actual {
        let t = t.as_str();
        // an answer that states its relation to the baseline (`增长6%`, `未超预算`)
        if let Threshold::Relative(r) = target {
            if let Some(verdict) = super::relative_answer::judged(r, t) {
                return Some(verdict);
            }
        }
        // a word of timing (`提前完成`, `延期完成`) answers a deadline or a target of timing
        if let Some(band) = crate::actual::timing(t) {
            let of_timing = match target {
                Threshold::Deadline(_) => true,
                Threshold::Qualitative(q) => crate::actual::timing(q.as_str()).is_some(),
                _ => false,
            };
            if of_timing {
                return Some(Ok(band == Band::Achieved));
            }
        }
        let said = occurrence(t);
        let (none, some) = (said == Some(false), said == Some(true));
        match target {
            Threshold::Compare(c) if some && matches!(c.effective_comparator(), Le | Lt) && c.quantity().normalized().is_zero() => {
                return Some(Ok(false));
            }
            // a bare yes or no against a ceiling or a target of none (`0起`, `≤5%`, `≤预算数`):
            // which way the question was asked decides (`是否发生` met by 否, `是否达标` missed
            // by it), and the table does not say
            Threshold::Compare(c)
                if bare_yes_no(t) && (matches!(c.effective_comparator(), Le | Lt) || c.quantity().normalized().is_zero()) =>
            {
                return Some(Err(CompareError::NeedsQuantity));
            }
            Threshold::Relative(r) if bare_yes_no(t) && matches!(r.comparator(), Le | Lt) => return Some(Err(CompareError::NeedsQuantity)),
            Threshold::Qualitative(q) => {
                let text = q.as_str();
                // (an answer of occurring is a yes or a no: `未发生` answers `否`, as `无` does)
                if let Some(wanted) = crate::actual::yes_no(text) {
                    if let Some(said) = crate::actual::yes_no(t).or(said) {
                        return Some(Ok(wanted == said));
                    }
                    // no to `是否发生…` answered that none occurred (`否` answered `无违规`,
                    // `杜绝`); a yes may ask whether it complied, and is left to the bands
                    if !wanted && is_avoidance(t) {
                        return Some(Ok(true));
                    }
                }
                if let Some((lowest, said)) = grades(target, actual) {
                    return Some(Ok(said <= lowest));
                }
                // `是` or `否` against an avoidance target (`无违规`, `杜绝安全事故`): yes to
                // `是否存在违规` or to `是否合规`, the table does not say which
                if bare_yes_no(t) && is_avoidance(text) {
                    return Some(Err(CompareError::NeedsBand));
                }
                if is_avoidance(text) && (none || some || none_of_the_named(text, t)) {
                    return Some(Ok(!some));
                }
                if denies(text, t) {
                    return Some(Ok(false));
                }
            }
            // some occurred (`有`, `发生`, `已出现`) against a count other than none (`≤1起`,
            // `≥2次/年`): how many, not said
            Threshold::Compare(_) | Threshold::Range(_) if some => return Some(Err(CompareError::UnsettledBound)),
            _ => {}
        }
    }
    // a count against an avoidance target in words (`杜绝安全事故` answered `0起` or `1起`): none
    // meets it, any misses it; a count of no unit, of things counted (起, 例, 宗: what incidents
    // are counted in), or of a word the crate does not know, not `0%` (a rate of what, the
    // words do not say)
    if let (Threshold::Qualitative(q), Actual::Quantity(a)) = (target, actual) {
        let counted =
            matches!(a.unit(), crate::Unit::None | crate::Unit::Other(_)) || a.unit().dimension() == Some(crate::unit::Dimension::Count);
        if counted && is_avoidance(q.as_str()) {
            return Some(Ok(a.value().is_zero()));
        }
    }
    // a one-sided bound against a range (`≥40%` against `30%-50%`) reaches past one end of it:
    // it misses the range when it lies wholly beyond it, and cannot settle it otherwise
    if let (Threshold::Range(r), Actual::Bound(b)) = (target, actual) {
        if !b.is_approximate() && b.comparator() != Eq {
            let (end, beyond): (Quantity, fn(Ordering, Comparator) -> bool) = match b.comparator() {
                Ge | Gt => (r.high_quantity(), |o, op| o.is_gt() || (o.is_eq() && op == Gt)),
                _ => (r.low_quantity(), |o, op| o.is_lt() || (o.is_eq() && op == Lt)),
            };
            return Some(match ordering(b.quantity(), &end) {
                Ok(o) if beyond(o, b.comparator()) => Ok(false),
                Ok(_) => Err(CompareError::UnsettledBound),
                Err(e) => Err(e),
            });
        }
    }
    // an approximate actual (`约95%`, `95%左右`) may lie either side of its number: at the
    // target's own number (or a range's end) it cannot settle it; elsewhere its number is read
    if let Actual::Bound(b) = actual {
        let at = |end: &Quantity| ordering(b.quantity(), end).is_ok_and(Ordering::is_eq);
        let at_an_end = match target {
            // (an approximate target answered with its own number, `约95%` for `约95%`, repeats it)
            Threshold::Compare(c) => at(c.quantity()) && !c.is_approximate(),
            Threshold::Range(r) => at(&r.low_quantity()) || at(&r.high_quantity()),
            _ => false,
        };
        if b.is_approximate() && at_an_end {
            return Some(Err(CompareError::UnsettledBound));
        }
    }
    if let (Threshold::Compare(c), Actual::Bound(b)) = (target, actual) {
        // short of the number of an approximate target (`近万人` answering `约1万人`, or `近万人`
        // itself): within what its 约 allows, or not, the answer does not say
        if c.is_approximate() && matches!(b.comparator(), Lt | Le) && !b.is_approximate() {
            match ordering(b.quantity(), c.quantity()) {
                Ok(Ordering::Equal) => return Some(Err(CompareError::UnsettledBound)),
                Err(e) => return Some(Err(e)),
                Ok(_) => {}
            }
        }
        let op = c.effective_comparator();
        // a bound on the target's side (`≥90%` against `≥95%`, `少于2起` against `≤1起`): met when
        // every value it allows meets the target (whole counts: `少于2起` is at most 1起), and
        // unsettled otherwise, never missed (the value may lie beyond the bound)
        if let Some(rule) = bound_meets(b, op) {
            let bound = whole_count_bound(b);
            let ord = match ordering(bound.quantity(), c.quantity()) {
                Ok(o) => o,
                Err(e) => return Some(Err(e)),
            };
            let rule = bound_meets(&bound, op).unwrap_or(rule);
            return Some(if rule(ord) { Ok(true) } else { Err(CompareError::UnsettledBound) });
        }
        // an equality with a note (`100%完成`) is a value, compared as one
        if !b.is_approximate() && b.comparator() != Eq {
            let ord = match ordering(b.quantity(), c.quantity()) {
                Ok(o) => o,
                Err(e) => return Some(Err(e)),
            };
            let higher = matches!(op, Ge | Gt | Eq);
            return Some(match (higher, b.comparator()) {
                // at most a value not above the target: short of it
                (true, Lt | Le) if ord.is_le() => Ok(false),
                // at least a value not below a ceiling: over it
                (false, Gt | Ge) if ord.is_ge() => Ok(false),
                _ => Err(CompareError::UnsettledBound),
            });
        }
    }
    None
}

/// How an actual's `bound` quantity orders against the `target` quantity, the bound taking the
/// target's unit and magnitude when it has none ([`bare_in`]), a unit it alone states refused
/// ([`unit_stated`]).
fn ordering(bound: &Quantity, target: &Quantity) -> Result<Ordering, CompareError> {
    unit_stated(target, bound)?;
    bare_in(bound, target)?.compare(target)
}

/// A target of no unit against an actual in one (`≥20` against `25人`): an error, since the
/// unit would come from the answer. A target of 0 is 0 in any unit.
pub(crate) fn unit_stated(target: &Quantity, actual: &Quantity) -> Result<(), CompareError> {
    if target.unit().is_none() && !actual.unit().is_none() && !target.value().is_zero() {
        return Err(CompareError::UnitOnlyInActual { actual: actual.unit().clone() });
    }
    Ok(())
}

/// A grade target and a grade answered (`优秀` answered `良好`): the lowest grade the target
/// accepts and the grade given, on one ladder (优 > 良 > 中 > 差; 合格 is 中).
pub(crate) fn grades(target: &Threshold, actual: &Actual) -> Option<(crate::Grade, crate::Grade)> {
    let (Threshold::Qualitative(q), Actual::Text(t)) = (target, actual) else { return None };
    // a satisfaction target answered on its own ladder (`满意` answered `非常满意`)
    if let (Some(said), Some(lowest)) = (satisfaction(t.as_str()), satisfaction_target(q.as_str())) {
        return Some((lowest, said));
    }
    let lowest = crate::Grade::lowest_accepted(q.as_str())?;
    match t.as_str() {
        // 优良 answered is 优 or 良: at least 良, so it meets a target that accepts 良, and says
        // nothing certain of one that asks for 优
        "优良" if lowest >= crate::Grade::Good => Some((lowest, crate::Grade::Good)),
        "优良" => None,
        t => Some((lowest, crate::Grade::from_word(t)?)),
    }
}

/// A level of satisfaction (满意度, as surveys answer it) on the ladder of grades: 非常满意 as 优,
/// 满意 as 良, 基本满意 / 比较满意 / 一般 as 中, 不满意 as 差.
fn satisfaction(word: &str) -> Option<crate::Grade> {
    use crate::Grade::*;
    Some(match word {
        "非常满意" | "很满意" | "十分满意" => Excellent,
        "满意" => Good,
        "基本满意" | "比较满意" | "较满意" | "一般" => Fair,
        "不满意" | "不太满意" | "非常不满意" | "很不满意" => Poor,
        _ => return None,
    })
}

/// The lowest level a satisfaction target accepts: the level alone, or at least it (`满意及以上`,
/// `不低于满意`, `≥基本满意`). `None` for other targets, and for one of 一般 or 不满意 (no survey
/// asks for them; 一般 is a grade of its own ladder, [`crate::Grade`]).
fn satisfaction_target(target: &str) -> Option<crate::Grade> {
    let (word, before, after) = crate::grammar::word_between_comparators(target);
    if before.is_some_and(|op| op != Comparator::Ge) || after.is_some_and(|op| op != Comparator::Ge) || word == "一般" {
        return None;
    }
    satisfaction(word).filter(|&g| g != crate::Grade::Poor)
}

/// Whether `answer` denies what a qualitative `target` asks (`无效` against `有效`, `未提升`
/// against `明显提升`, `不规范` against `规范`, `不是` against `是`): a word of negation, then the
/// target itself, its word after 有 (`有效`), or its word after one of degree (`明显`). A target
/// that is itself a negation (杜绝, 无违规, 不发生…) is left alone: there, a negation is what it
/// asks.
fn denies(target: &str, answer: &str) -> bool {
    // words that say how much or how surely, before the word the answer negates (`明显提升`,
    // `持续保障`); a target of any other words (`减少投诉`, `有效遏制违法`) names what it reduces,
    // and `无投诉` meets it
    const DEGREES: [&str; 12] = ["进一步", "明显", "显著", "持续", "逐步", "大幅", "稳步", "不断", "全面", "切实", "有所", "得到"];
    if is_avoidance(target) {
        return false;
    }
    let Some(said) = denied(answer) else { return false };
    !said.is_empty()
        && (target == said || target.strip_prefix('有') == Some(said) || crate::grammar::strip_any(target, &DEGREES) == Some(said))
}

/// The band a grade answered states against the lowest grade accepted ([`grades`]): 达成 at or
/// above it, 部分达成 one grade below, 未达成 two or more below; with how many grades below.
pub(crate) fn grade_band(lowest: crate::Grade, said: crate::Grade) -> (Band, u8) {
    let below = (said as u8).saturating_sub(lowest as u8);
    let band = match below {
        0 => Band::Achieved,
        1 => Band::Partial,
        _ => Band::NotAchieved,
    };
    (band, below)
}

/// An actual written without unit takes the target's magnitude and unit, as the table meant;
/// a count against a count per year is the year's.
///
/// Against a target in 万 or another magnitude the size of the number tells which the table
/// meant: within ten times the target's number it is in the magnitude (`2.1` against `≥2万人`),
/// within a tenth of the target counted in units it is in units (`19999`: before, 19999万人, and
/// met); between the two (`150`) nobody can tell ([`CompareError::BareMagnitude`]).
pub(crate) fn bare_in(actual: &Quantity, target: &Quantity) -> Result<Quantity, CompareError> {
    if actual.unit().is_none() && actual.magnitude() == crate::Magnitude::One {
        let m = target.magnitude();
        let (a, v) = (actual.value().abs(), target.value().abs());
        let in_magnitude = v.checked_mul(rust_decimal::Decimal::TEN).is_none_or(|ten| a <= ten);
        let in_units = v.checked_mul(m.factor() / rust_decimal::Decimal::TEN).is_some_and(|tenth| a >= tenth);
        let magnitude = match (m, in_magnitude, in_units) {
            (crate::Magnitude::One, ..) | (_, true, _) => m,
            (_, false, true) => crate::Magnitude::One,
            (_, false, false) => return Err(CompareError::BareMagnitude { magnitude: m }),
        };
        return Ok(Quantity::new(actual.value(), magnitude, target.unit().clone()).unwrap_or_else(|_| actual.clone()));
    }
    // a count against a count per year (`5次` against `每年≥4次`): the year's count, as the
    // tables of a year answer it; per anything else (a quarter, a person) it says nothing
    if let (crate::Unit::Rate(r), crate::Unit::Known(u)) = (target.unit(), actual.unit()) {
        if r.per() == crate::KnownUnit::Year && r.and_per().is_none() && r.numerator() == *u {
            return Ok(Quantity::new_unchecked(actual.value(), actual.magnitude(), target.unit().clone()));
        }
    }
    Ok(actual.clone())
}

/// A comparison target against a quantity (a bound that is not an equality was settled before:
/// [`settled`]; an approximate one or an equality is compared as its number).
fn compare(c: &Comparison, actual: &Actual) -> Result<bool, CompareError> {
    let target = c.quantity();
    let written = actual.quantity().ok_or(CompareError::NeedsQuantity)?;
    unit_stated(target, written)?;
    let a = bare_in(written, target)?;
    Ok(c.effective_comparator().holds(a.compare(target)?))
}

/// A strict bound on a whole count as the inclusive one it means (`少于2起` is `≤1起`, `超过3人`
/// is `≥4人`); any other bound as written.
fn whole_count_bound(b: &Comparison) -> Comparison {
    use Comparator::*;
    let q = b.quantity();
    let count = q.unit().dimension() == Some(crate::unit::Dimension::Count) && q.normalized().fract().is_zero();
    let (op, step) = match b.comparator() {
        Lt if count => (Le, -rust_decimal::Decimal::ONE),
        Gt if count => (Ge, rust_decimal::Decimal::ONE),
        _ => return b.clone(),
    };
    match q.normalized().checked_add(step).and_then(|v| Quantity::new(v, crate::Magnitude::One, q.unit().clone()).ok()) {
        Some(q) => Comparison::new(op, q),
        None => b.clone(),
    }
}

/// When an actual bound lies within a target of `op`, as a test of the bound's value against
/// the target's: every value the bound allows must meet the target. `None` when the bound
/// points the other way (an upper bound says nothing of a floor): its number is then read as
/// the value.
fn bound_meets(bound: &Comparison, op: Comparator) -> Option<fn(Ordering) -> bool> {
    use Comparator::*;
    if bound.is_approximate() {
        return None;
    }
    Some(match (bound.comparator(), op) {
        // v ≥ a or v > a meets v ≥ t when a ≥ t; meets v > t when a > t (or a ≥ t for v > a)
        (Ge, Ge) | (Gt, Ge) | (Gt, Gt) => Ordering::is_ge,
        (Ge, Gt) => Ordering::is_gt,
        (Le, Le) | (Lt, Le) | (Lt, Lt) => Ordering::is_le,
        (Le, Lt) => Ordering::is_lt,
        _ => return None,
    })
}

/// Whether `date` is on or before the deadline, in `year` when the table's year is known.
fn on_time(d: &Deadline, date: &PartialDate, year: Option<u16>) -> Result<bool, CompareError> {
    let (mut end, mut date) = (d.end(), *date);
    if let (true, None) = (d.is_every_year(), year) {
        // every year, in a table of no known year: the deadline of the actual's own year
        if let Some(y) = date.year() {
            end = end.in_year(y);
        }
    } else if let Some(y) = year {
        // the table's year, also for a deadline that recurs (每年12月底前 in a 2025 table is
        // 2025年12月底前: a date in 2026 is late)
        end = end.in_year(y);
        date = date.in_year(y);
    }
    match date.cmp_latest(&end) {
        Some(o) if o != Ordering::Greater => Ok(true),
        // a month or year that runs past the deadline (`2022年12月` against `12月30日前`) is
        // late only when it starts after it; otherwise the day it was done decides, unwritten
        Some(_) if date.starts_after(&end) => Ok(false),
        Some(_) => Err(CompareError::UnsettledDate),
        None => Err(CompareError::NeedsYear),
    }
}
