//! [`Actual`] (完成值 / 实际完成值): what was achieved, as self-evaluation tables write it.

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;

use crate::date::{Deadline, PartialDate};
use crate::error::{ParseError, ParseErrorKind};
use crate::grammar::{self, Value};
use crate::quantity::Quantity;
use crate::text::{eq_without_spaces, is_no_value_mark, trim_value};
use crate::threshold::{Comparator, Comparison};

/// The assessor's band for a target (完成情况档次), as 绩效自评 uses it.
///
/// ```
/// use jixiao::{Actual, Band};
/// let a: Actual = "部分达成年度指标并具有一定效果（7分）".parse()?;
/// assert_eq!(a.band(), Some(Band::Partial));
/// assert_eq!(Band::Partial.en(), "partly achieved");
/// assert_eq!(Band::Achieved.as_str(), "达成年度指标");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Band {
    /// 达成年度指标 (achieved).
    Achieved,
    /// 部分达成年度指标并具有一定效果 (partly achieved).
    Partial,
    /// 未达成年度指标且效果较差 (not achieved).
    NotAchieved,
}

impl Band {
    /// The Chinese wording of the band.
    pub const fn as_str(self) -> &'static str {
        match self {
            Band::Achieved => "达成年度指标",
            Band::Partial => "部分达成年度指标并具有一定效果",
            Band::NotAchieved => "未达成年度指标且效果较差",
        }
    }

    /// The band in English (`achieved`, `partly achieved`, `not achieved`).
    pub const fn en(self) -> &'static str {
        match self {
            Band::Achieved => "achieved",
            Band::Partial => "partly achieved",
            Band::NotAchieved => "not achieved",
        }
    }

    /// The band an assessor's words state (达成, 基本完成, 未达到, 良好, 一般, 较差 …), where
    /// they state one.
    ///
    /// ```
    /// use jixiao::Band;
    /// assert_eq!(Band::of_words("基本完成"), Some(Band::Partial));
    /// assert_eq!(Band::of_words("效果明显"), Some(Band::Achieved));
    /// assert_eq!(Band::of_words("建设中"), None);
    /// ```
    pub fn of_words(text: &str) -> Option<Band> {
        band_of(text)
    }
}

impl fmt::Display for Band {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Text of an actual that is no number, date or band (`建设中`, `有效减轻`, `是`, `否`), kept as
/// written. It always reads back as text: [`ActualText::new`] refuses one that does not.
///
/// ```
/// use jixiao::{Actual, ActualText};
/// let Actual::Text(t) = "建设中".parse::<Actual>()? else { panic!() };
/// assert_eq!(t.as_str(), "建设中");
/// assert!(ActualText::new("是")?.is_yes_no());
/// assert!(ActualText::new("98%").is_err()); // a number, not text
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ActualText(Box<str>);

impl ActualText {
    /// Text taken as it is, unchecked (the crate's own, already read).
    pub(crate) fn new_unchecked(text: &str) -> ActualText {
        ActualText(text.into())
    }

    /// Text kept as written.
    ///
    /// # Errors
    /// [`ParseErrorKind::Contradiction`] when `text` reads as another kind of actual (a number,
    /// a date, a band, 不适用) or is not trimmed.
    pub fn new(text: &str) -> Result<ActualText, ParseError> {
        match Actual::parse(text)? {
            Actual::Text(t) if *t.0 == *text => Ok(t),
            _ => Err(ParseError::new(ParseErrorKind::Contradiction, 0)),
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the text is a yes/no answer (是, 否, 有, 无, 没有, 不是).
    pub fn is_yes_no(&self) -> bool {
        yes_no(&self.0).is_some()
    }
}

impl fmt::Display for ActualText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What was achieved for one indicator (完成值).
///
/// Actuals are written like targets and read the same way: `735`, `98%`, `12万元`, `≥266米`,
/// `<2小时` (a bound: "within the target"), `2024年11月`, a span (`2022年第三季度`), a band with or
/// without a score (`部分达成（7分）`), `不适用`, or text.
///
/// ```
/// use jixiao::{Actual, Band};
/// assert!(matches!("23333.56".parse::<Actual>()?, Actual::Quantity(_)));
/// assert!(matches!("达成预期指标".parse::<Actual>()?, Actual::Band { band: Band::Achieved, .. }));
/// assert_eq!("部分达成（7分）".parse::<Actual>()?, Actual::Band { band: Band::Partial, score: Some(7.into()) });
/// assert!(matches!("2024年11月".parse::<Actual>()?, Actual::Date(_)));
/// assert!(matches!("2024年第三季度".parse::<Actual>()?, Actual::Period(_)));
/// assert!(matches!("<2小时".parse::<Actual>()?, Actual::Bound(_)));
/// assert!(matches!("否".parse::<Actual>()?, Actual::Text(_))); // compared with the target first
/// assert_eq!("不适用".parse::<Actual>()?, Actual::NotApplicable);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Actual {
    /// A quantity, possibly without unit (`735`, `98%`, `12万元`).
    Quantity(Quantity),
    /// A quantity written with a comparator or as approximate (`≥266米`, `<2小时`, `约2000人`):
    /// the achieved value is known to lie within the bound.
    Bound(Comparison),
    /// A band stated by the assessor, with the score given inside it if any.
    Band {
        /// The band.
        band: Band,
        /// The score the assessor gave inside the band (`部分达成（7分）`).
        score: Option<Decimal>,
    },
    /// A completion date.
    Date(PartialDate),
    /// A span the work was done in, some day of it (`2022年第三季度`, `2022年7月-9月`,
    /// `2021.1.1-12.31`, `10月中旬`): a deadline inside it cannot tell on time from late.
    Period(Deadline),
    /// The indicator does not apply (不适用); it is dropped from scoring.
    NotApplicable,
    /// Other text (`建设中`, `有效减轻`, `是`), kept as written; it meets a qualitative target
    /// when it repeats the target's text.
    Text(ActualText),
}

/// Answers that say the indicator does not apply, beside the no-value marks (`/`, `—`).
const NOT_APPLICABLE: &[&str] = &["不适用", "不涉及", "无此项", "不适用本项目"];

impl Actual {
    /// Parses an actual value. See [`Actual`] for the forms.
    ///
    /// ```
    /// use jixiao::Actual;
    /// assert_eq!(Actual::parse("735人次")?.quantity().unwrap().to_string(), "735人次");
    /// assert_eq!(Actual::parse("不适用")?, Actual::NotApplicable);
    /// assert!(Actual::parse("").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// An empty value, or one that looks numeric but is malformed (`5=50%`), with its position.
    pub fn parse(s: &str) -> Result<Actual, ParseError> {
        // traditional characters (`未達成`, `不超過5%`) are read as their simplified ones, the
        // text kept as written
        match grammar::fold_traditional(s) {
            None => Actual::parse_once(s),
            Some(folded) => Ok(match Actual::parse_once(&folded)? {
                Actual::Text(_) => Actual::Text(ActualText(trim_value(s).0.into())),
                Actual::Bound(c) => match c.note() {
                    Some(note) => {
                        let written = folded.find(note).and_then(|i| s.get(i..i + note.len())).unwrap_or(note);
                        Actual::Bound(Comparison::from_parts(c.comparator(), c.quantity().clone(), c.is_approximate(), Some(written)))
                    }
                    None => Actual::Bound(c),
                },
                other => other,
            }),
        }
    }

    /// [`Actual::parse`] of a text without traditional characters.
    fn parse_once(s: &str) -> Result<Actual, ParseError> {
        let (t, start) = trim_value(s);
        if t.is_empty() {
            return Err(ParseError::new(ParseErrorKind::Empty, start).located(s));
        }
        if is_no_value_mark(t) || NOT_APPLICABLE.contains(&t) {
            return Ok(Actual::NotApplicable);
        }
        if let Some((band, score)) = band_with_score(t) {
            return Ok(Actual::Band { band, score: Some(score) });
        }
        // a grade word (良好, 合格) is kept as written: against a grade target it is compared on
        // the ladder of grades, elsewhere it states its band
        if yes_no(t).is_none() && crate::Grade::from_word(t).is_none() {
            if let Some(band) = band_of(t) {
                return Ok(Actual::Band { band, score: None });
            }
        }
        if let Some(d) = grammar::actual_when(t) {
            return Ok(Actual::when(d));
        }
        Ok(match grammar::actual_value(t, start, s)? {
            Value::Compare { op: Comparator::Eq, quantity, approximate: false, note: None } => Actual::Quantity(quantity),
            // 近2万人 (接近2万人, 将近2万人, 新增近2万人) as an achieved value is short of 2万人
            Value::Compare { quantity, approximate: true, note, .. } if near_before_number(t) => {
                Actual::Bound(Comparison::from_parts(Comparator::Lt, quantity, false, note))
            }
            Value::Compare { op, quantity, approximate, note } => Actual::Bound(Comparison::from_parts(op, quantity, approximate, note)),
            Value::Deadline(d) if d.is_every_year() => Actual::Date(d.end()),
            Value::Deadline(d) => Actual::when(d),
            Value::Text(text) | Value::Unread(text) => Actual::Text(ActualText(text.into())),
            // a change from a baseline achieved (`较上年增长5%`) is no value on its own: kept as text
            Value::Relative(_) => Actual::Text(ActualText(t.into())),
            // a range achieved is no single value: kept as text
            Value::Range { .. } => Actual::Text(ActualText(t.into())),
        })
    }

    /// A completion date, or the period of a deadline with a start.
    fn when(d: Deadline) -> Actual {
        match d.start() {
            Some(_) => Actual::Period(d),
            None => Actual::Date(d.end()),
        }
    }

    /// The quantity, if the actual is one (a bound's quantity too).
    ///
    /// ```
    /// use jixiao::Actual;
    /// assert_eq!("<2小时".parse::<Actual>()?.quantity().unwrap().to_string(), "2小时"); // a bound's quantity
    /// assert_eq!("建设中".parse::<Actual>()?.quantity(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn quantity(&self) -> Option<&Quantity> {
        match self {
            Actual::Quantity(q) => Some(q),
            Actual::Bound(c) => Some(c.quantity()),
            _ => None,
        }
    }

    /// The band the actual states: a band, or a yes/no answer (是/有 achieved, 否/无 not).
    ///
    /// ```
    /// use jixiao::{Actual, Band};
    /// assert_eq!("未达成".parse::<Actual>()?.band(), Some(Band::NotAchieved));
    /// assert_eq!("有".parse::<Actual>()?.band(), Some(Band::Achieved)); // a yes/no answer
    /// assert_eq!("98%".parse::<Actual>()?.band(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn band(&self) -> Option<Band> {
        match self {
            Actual::Band { band, .. } => Some(*band),
            Actual::Text(t) => match yes_no(&t.0) {
                Some(yes) => Some(if yes { Band::Achieved } else { Band::NotAchieved }),
                None => crate::Grade::from_word(&t.0).and_then(|_| band_of(t.0.trim())),
            },
            _ => None,
        }
    }

    /// Whether the actual is text that repeats `target` (spaces aside).
    ///
    /// ```
    /// use jixiao::{Actual, Threshold};
    /// let target: Threshold = "持续保障".parse()?;
    /// let answer: Actual = "持续 保障".parse()?;
    /// assert!(answer.repeats("持续保障")); // spaces aside
    /// assert!(target.is_met(&answer)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn repeats(&self, target: &str) -> bool {
        matches!(self, Actual::Text(t) if eq_without_spaces(&t.0, target))
    }
}

/// 是 / 是的 / 有 (true), 否 / 不是 / 无 / 没有 (false).
pub(crate) fn yes_no(t: &str) -> Option<bool> {
    match t {
        "是" | "是的" | "有" => Some(true),
        "否" | "不是" | "无" | "没有" => Some(false),
        _ => None,
    }
}

/// A band with the assessor's score after it: `部分达成（7分）`, `达成年度指标(10分)`,
/// `部分达成年度指标并具有一定效果（7分）`.
fn band_with_score(t: &str) -> Option<(Band, Decimal)> {
    let open = t.rfind(['（', '('])?;
    let inner = t[open..].trim_start_matches(['（', '(']);
    let inner = inner.strip_suffix(['）', ')'])?;
    let number = inner.trim().strip_suffix('分').unwrap_or(inner).trim();
    let score = Decimal::from_str_exact(number).ok()?;
    let band = band_of(t[..open].trim())?;
    Some((band, score))
}

/// Words that state the achieved band, whole.
const ACHIEVED: &[&str] = &[
    "达成",
    "已达成",
    "达成年度指标",
    "达成预期指标",
    "达成预期目标",
    "达成目标",
    "完成",
    "已完成",
    "全部完成",
    "按时完成",
    "按期完成",
    "如期完成",
    "达到",
    "已达到",
    "达到预期",
    "达到预期目标",
    "合格",
    "达标",
    "符合",
    "符合要求",
    "按时",
    "及时",
    "良好",
    "较好",
    "好",
    "优",
    "优秀",
    "程度较高",
    "效果明显",
    "效果显著",
    "显著",
    "明显",
];

/// Words that state the partly achieved band, whole.
const PARTIAL: &[&str] = &["一般", "部分完成", "基本完成", "基本达到", "基本达成", "基本实现", "部分达到", "部分实现", "中"];

/// Words that state the not-achieved band, whole.
const NOT_ACHIEVED: &[&str] = &["未完成", "未达到", "未达成", "未达标", "不合格", "不达标", "较差", "差", "未实现"];

/// Words of timing: on time or ahead of it, and late.
const ON_TIME: [&str; 6] = ["按时", "按期", "如期", "提前", "准时", "及时"];
const LATE: [&str; 5] = ["延期", "逾期", "延迟", "推迟", "滞后"];

/// The band a word of timing states, alone or before a verb of completion, after 已 or 均已 or
/// not: on time or ahead (`提前完成`, `已如期实现`, `按期交付`) is achieved, late (`延期完成`,
/// `逾期`, `滞后`) is not. Composed, so that each word of timing reads with each verb. It
/// answers a deadline (or a target of timing, `按时完成`) only: `提前完成` says nothing of 2万人.
pub(crate) fn timing(t: &str) -> Option<Band> {
    let t = t.trim();
    const DONE: [&str; 6] = ["完成", "实现", "达成", "到位", "交付", "办结"];
    let t = crate::grammar::strip_any(t, &["均已", "已经", "全部", "已", "均"]).unwrap_or(t);
    let (band, rest) = match crate::grammar::strip_any(t, &ON_TIME) {
        Some(rest) => (Band::Achieved, rest),
        None => (Band::NotAchieved, crate::grammar::strip_any(t, &LATE)?),
    };
    (rest.is_empty() || DONE.contains(&rest)).then_some(band)
}

/// Recognises the wording of a band.
fn band_of(t: &str) -> Option<Band> {
    if ACHIEVED.contains(&t) {
        return Some(Band::Achieved);
    }
    if PARTIAL.contains(&t) || qualified_achievement(t) {
        return Some(Band::Partial);
    }
    if NOT_ACHIEVED.contains(&t) || negated_achievement(t) {
        return Some(Band::NotAchieved);
    }
    None
}

/// Whether `t` is a word of achievement said of a part or nearly (基本, 部分): `基本合格`,
/// `基本达标`, `部分完成建设任务`, `基本按时完成`.
fn qualified_achievement(t: &str) -> bool {
    achievement_after(t, &["基本", "部分"])
}

/// Words of negation (`未按时完成`, `没有达到`, `尚未实现`, `不及时`, `从未发生`); the one list of
/// them, also for answers about incidents.
pub(crate) const NEGATIONS: [&str; 9] = ["尚未", "未能", "没有", "不能", "从未", "从没", "未", "没", "不"];

/// Verbs of achievement that a word before them qualifies with whatever follows them
/// (`未完成建设任务`, `基本按时完成`).
const ACHIEVING: [&str; 7] = ["完成", "达到", "达成", "实现", "按时", "按期", "及时"];

/// Whether `t` is a word of achievement negated: a negation, then a word that states the
/// achieved band ([`ACHIEVED`]) or starts with a verb of achievement. Composed, so that every
/// negation reads with every word (`未及时`, `没有按期完成`, `尚未达到预期目标`); the negation of
/// a word of the other bands is none (`不差` is not the achieved band either).
fn negated_achievement(t: &str) -> bool {
    achievement_after(t, &NEGATIONS)
}

/// Whether `t` is one of `words`, then a word of the achieved band or a verb of achievement.
fn achievement_after(t: &str, words: &[&str]) -> bool {
    words.iter().any(|w| t.strip_prefix(w).is_some_and(|rest| ACHIEVED.contains(&rest) || ACHIEVING.iter().any(|v| rest.starts_with(v))))
}

impl FromStr for Actual {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Actual::parse(s)
    }
}

impl fmt::Display for Actual {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Actual::Quantity(q) => {
                // `2023.07` or `2025年` alone would read back as a date (and `8000年` as a date
                // refused): an `=` keeps the number
                let plain = q.to_string();
                if grammar::read_by_dates(&plain) {
                    f.write_str("=")?;
                }
                f.write_str(&plain)
            }
            Actual::Bound(c) => write!(f, "{c}"),
            Actual::Band { band, score: Some(s) } => write!(f, "{band}（{s}分）"),
            Actual::Band { band, score: None } => write!(f, "{band}"),
            Actual::Date(d) => write!(f, "{d}"),
            Actual::Period(p) => write!(f, "{p}"),
            Actual::NotApplicable => f.write_str("不适用"),
            Actual::Text(t) => f.write_str(t.as_str()),
        }
    }
}

/// Whether the word of approximation before the number of `t` is one of nearness (近, 接近, 将近:
/// each ends in 近), after any label (`新增近2万人`): an achieved value short of its number.
fn near_before_number(t: &str) -> bool {
    // the number is the first digit, or a magnitude without its 一 right after the word (a
    // magnitude may start a label: `千人口床位数近5张`)
    for (i, c) in t.char_indices() {
        let digit = grammar::numeral::may_start_number(c);
        if digit || grammar::numeral::bare_magnitude(&t[i..]).is_some() {
            if t[..i].trim_end_matches(|c: char| c.is_whitespace()).ends_with('近') {
                return true;
            }
            if digit {
                return false;
            }
        }
    }
    false
}
