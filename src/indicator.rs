//! [`Indicator`] (绩效指标): one row of a target or self-evaluation table.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::actual::Actual;
use crate::error::{ParseError, ParseErrorKind};
use crate::level::{Level1, Level2};
use crate::quantity::{Magnitude, Quantity};
use crate::threshold::{Comparison, Range, Threshold};
use crate::unit::Unit;

/// One indicator row (绩效指标): levels, the 三级 name, the target value as written and as
/// parsed, and for self-evaluations the actual and the recorded score.
///
/// Nothing is lost: [`Indicator::value`] keeps the text as written, and [`Indicator::parsed`]
/// gives what it parsed to or why it did not. The two cannot disagree: the value is parsed
/// whenever it is set.
///
/// ```
/// use jixiao::{Indicator, Level1, Level2};
/// let i = Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "服务企业数量", "≥20000家");
/// assert_eq!(i.threshold().unwrap().to_string(), "≥20000家");
/// let bad = Indicator::new(None, None, "x", "≥2x万");
/// assert!(bad.threshold().is_none() && bad.error().is_some());
/// assert_eq!(bad.value(), "≥2x万");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Indicator {
    /// 一级指标.
    pub level1: Option<Level1>,
    /// 二级指标.
    pub level2: Option<Level2>,
    /// 三级指标: the indicator's own name.
    pub name: String,
    /// 绩效指标描述 / 指标解释, where the table has one.
    pub description: Option<String>,
    /// 指标值 as written.
    value: String,
    /// What `value` parsed to.
    parsed: Result<Threshold, ParseError>,
    /// 分值 / 权重, where given (a cell of `10%` is 10 points).
    pub weight: Option<Decimal>,
    /// 分值 as written, when the cell did not read as a number (`十分`, `10分/项`): the item
    /// is not scored and no default weight stands in for it.
    pub weight_text: Option<String>,
    /// 实际完成值 as written (self-evaluations); read with [`Indicator::parsed_actual`].
    pub actual: Option<String>,
    /// 得分 as recorded in the table (self-evaluations).
    pub score: Option<Decimal>,
    /// Other columns of the row, by header (绩效标准, 偏差原因分析, …).
    pub extra: BTreeMap<String, String>,
}

impl Default for Indicator {
    /// An indicator with no name and an empty value.
    fn default() -> Self {
        Indicator {
            level1: None,
            level2: None,
            name: String::new(),
            description: None,
            value: String::new(),
            parsed: Err(ParseError::new(ParseErrorKind::Empty, 0)),
            weight: None,
            weight_text: None,
            actual: None,
            score: None,
            extra: BTreeMap::new(),
        }
    }
}

/// The marks a template leaves in a name's hint where the number goes (`(≥**%)`, `(≥XX人)`,
/// `(≥__万元)`, `(≥……个)`, `(≥...个)`, `(≥——个)`, `(≥○○台)`), and spaces between them.
const HINT_MARKS: [char; 14] = ['*', '＊', 'X', 'x', '×', '_', '＿', '…', '.', '．', '—', '○', ' ', '　'];

impl Indicator {
    /// An indicator whose value is parsed now.
    ///
    /// ```
    /// use jixiao::{Indicator, Level1, Level2};
    /// let i = Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "硬件采购（维护）数量", "≥513个");
    /// assert_eq!(i.value(), "≥513个");
    /// assert_eq!(i.threshold().unwrap().to_string(), "≥513个");
    /// assert!(i.error().is_none());
    /// ```
    pub fn new(level1: Option<Level1>, level2: Option<Level2>, name: &str, value: &str) -> Indicator {
        let mut i = Indicator { level1, level2, name: name.trim().to_string(), ..Indicator::default() };
        i.set_value(value);
        i
    }

    /// Sets the 指标值 text and parses it.
    ///
    /// ```
    /// use jixiao::Indicator;
    /// let mut i = Indicator::new(None, None, "服务企业数量", "≥2x万家");
    /// assert_eq!(i.error().unwrap().char_offset(), 2); // kept as written, with its error
    /// i.set_value("≥2万家");
    /// assert_eq!(i.parsed().map(ToString::to_string), Ok("≥2万家".to_string()));
    /// ```
    pub fn set_value(&mut self, value: &str) {
        self.value = value.to_string();
        self.parsed = Threshold::parse(value);
    }

    /// Sets a threshold built by hand; the value becomes its canonical text.
    ///
    /// ```
    /// use jixiao::{Comparator, Comparison, Indicator, Threshold};
    /// let mut i = Indicator::default();
    /// i.set_threshold(Comparison::new(Comparator::Le, "5%".parse()?).into());
    /// assert_eq!(i.value(), "≤5%");
    /// # Ok::<(), jixiao::ParseError>(())
    /// ```
    pub fn set_threshold(&mut self, threshold: Threshold) {
        self.value = threshold.to_string();
        self.parsed = Ok(threshold);
    }

    /// 指标值 as written.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The parsed 指标值, or why it did not parse.
    pub fn parsed(&self) -> Result<&Threshold, &ParseError> {
        self.parsed.as_ref()
    }

    /// The parsed 指标值, when it parsed.
    pub fn threshold(&self) -> Option<&Threshold> {
        self.parsed.as_ref().ok()
    }

    /// Why 指标值 did not parse, when it did not.
    pub fn error(&self) -> Option<&ParseError> {
        self.parsed.as_ref().err()
    }

    /// The recorded actual, parsed.
    ///
    /// ```
    /// use jixiao::Indicator;
    /// let mut i = Indicator::new(None, None, "学生受资助人数", "≥735人次");
    /// assert!(i.parsed_actual().is_none());
    /// i.actual = Some("735人次".into());
    /// assert!(i.target().map_err(Clone::clone)?.is_met(&i.parsed_actual().unwrap()?)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parsed_actual(&self) -> Option<Result<Actual, ParseError>> {
        self.actual.as_deref().map(Actual::parse)
    }

    /// The magnitude and unit the name gives in its closing parentheses (`培训人数（人）`,
    /// `覆盖率(%)`, `项目总成本（万元）`, `设备数量（台/套）`), read as a 度量单位 column is, when
    /// the unit is one the crate knows; never other words (`（含县级）`).
    ///
    /// ```
    /// use jixiao::{Indicator, Magnitude, Unit};
    /// let cost = Indicator::new(None, None, "项目总成本（万元）", "≤381");
    /// assert_eq!(cost.unit_in_name(), Some((Magnitude::Wan, Unit::parse("元")?)));
    /// assert_eq!(cost.target().map_err(Clone::clone)?.to_string(), "≤381万元");
    /// assert_eq!(Indicator::new(None, None, "覆盖率（含县级）", "≥90%").unit_in_name(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unit_in_name(&self) -> Option<(Magnitude, Unit)> {
        self.name_hint().map(|(_, m, u)| (m, u)).filter(|(_, u)| !u.is_none())
    }

    /// What the name's closing brackets say of the value: the comparator of a template's hint
    /// (`(≥**%)`, `(不低于**人)`, `（≤**万元）`, `(≥台)`, `（**人以上）`) and the magnitude and unit
    /// (`（万元）`, `(单位:万元)`, `(月)` in a name of a duration). A hint of a comparator alone
    /// (`(≥**)`) gives no unit.
    fn name_hint(&self) -> Option<(Option<crate::Comparator>, Magnitude, Unit)> {
        let inner = self.name_trimmed().strip_suffix(['）', ')'])?;
        let open = inner.rfind(['（', '('])?;
        let inner = inner[open..].trim_start_matches(['（', '(']).trim();
        // `单位：万元`
        let inner = inner.strip_prefix("单位").map_or(inner, |u| u.trim_start_matches([':', '：', ' ', '　']));
        // the template's hint: a comparator as the value grammar reads one, before or after the
        // placeholder (the marks where the number goes, or none: `(≥台)`), then the unit
        let (word, before, after) = crate::grammar::word_between_comparators(inner);
        let unit = word.trim_start_matches(HINT_MARKS).trim_end();
        let marked = unit.len() < word.trim_end().len();
        // (a comparator after the unit is the template's only with the marks: `（**人以上）`;
        // without them, `（亿元以上）` qualifies what is counted, `招商引资项目数（亿元以上）`)
        let (op, inner) = match (before, after) {
            (Some(op), _) => (Some(op), unit),
            (None, Some(op)) if marked => (Some(op), unit),
            (None, _) if marked => (None, unit),
            (None, _) => (None, inner),
        };
        if op.is_some() && inner.is_empty() {
            return Some((op, Magnitude::One, Unit::None));
        }
        // `（月）`: months, in the name of a duration (`任务完成时限(月)`); in another name
        // (`完成时间(月)` = `12`) it may be the month itself, which is not guessed
        if inner == "月" {
            let duration = ["时限", "期限", "周期", "时长", "工期", "月数", "历时", "时间长"].iter().any(|w| self.name.contains(w));
            return duration.then_some((op, Magnitude::One, Unit::Known(crate::unit::KnownUnit::Month)));
        }
        match crate::grammar::magnitude_and_unit(inner)? {
            (_, Unit::None | Unit::Other(_)) => None,
            (m, u) => Some((op, m, u)),
        }
    }

    /// The target as its table means it (目标值): the parsed 指标值, in the unit of the name
    /// (`培训人数（人）`) where the value names none; under 时效指标 a bare duration (`48小时`)
    /// is a ceiling (`≤48小时`: finishing sooner is fine), and so is a bare amount of money under
    /// 成本指标 (`20万元` is `≤20万元`: spending less is fine), and a bare value of a reverse
    /// indicator (反向指标: `预算调整率` `3%` is `≤3%`, `有效投诉次数` `5次` is `≤5次`: fewer is
    /// better; a value of 0 is a ceiling already). Scoring and monitoring judge this;
    /// an actual's own unit never stands in for a missing one ([`crate::CompareError::UnitOnlyInActual`]).
    ///
    /// ```
    /// use jixiao::Indicator;
    /// let i = Indicator::new(None, None, "培训人数（人）", "≥20");
    /// let target = i.target().map_err(Clone::clone)?;
    /// assert_eq!(target.to_string(), "≥20人");
    /// assert!(target.is_met(&"25人".parse()?)?);
    /// // without the name's unit, the answer's `人` does not stand in for it
    /// let bare = Indicator::new(None, None, "培训人数", "≥20");
    /// assert!(bare.target().map_err(Clone::clone)?.is_met(&"25人".parse()?).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// Why 指标值 did not parse.
    pub fn target(&self) -> Result<Threshold, &ParseError> {
        let parsed = self.parsed()?;
        let number;
        // a dotted number that reads as a year and month (`2036.8`, `1980.12`) is a number in a
        // row whose unit is no time (`项目总投入（万元）`) or under 成本指标: an amount, not a
        // deadline in the year 2036
        let parsed = match self.dotted_number_meant(parsed) {
            Some(n) => {
                number = n;
                &number
            }
            None => parsed,
        };
        let t = self.with_unit_of_name(parsed);
        // under 时效指标 a bare duration (`48小时`) is the time allowed, under 成本指标 a bare
        // amount (`20万元`) the most to spend: ceilings
        if let Threshold::Compare(c) = &t {
            // what the quantity measures, also per something (`300元/亩` is money, `2小时/次` time)
            let dimension = match c.quantity().unit() {
                crate::Unit::Rate(r) => Some(r.numerator().dimension()),
                // (per a word kept as written, `元/村`: what its first part measures)
                crate::Unit::Other(o) => {
                    o.as_str().split_once('/').and_then(|(n, _)| n.parse::<crate::Unit>().ok()).and_then(|u| u.dimension())
                }
                u => u.dimension(),
            };
            let ceiling = (self.level2_meant() == Some(Level2::Timeliness) && dimension == Some(crate::Dimension::Duration))
                || (self.is_cost() && dimension == Some(crate::Dimension::Money))
                // a reverse indicator (反向指标: `安全事故发生率`, `有效投诉次数`, `预算调整率`),
                // where less is better: a bare value is the most allowed, as its table means it
                // (the review asks for the `≤` all the same, J025); an `=` written stays one
                || (!self.value.trim_start().starts_with(['=', '＝'])
                    && crate::reverse::counts_what_went_wrong(crate::review::text::without_label(&crate::review::text::core_name(self.name_trimmed()))));
            if ceiling && c.comparator() == crate::Comparator::Eq && !c.is_approximate() {
                return Ok(Threshold::Compare(Comparison::from_parts(crate::Comparator::Le, c.quantity().clone(), false, c.note())));
            }
        }
        Ok(t)
    }

    /// The name without the marks that may end it after its brackets (`物业费(≥**%)。`).
    fn name_trimmed(&self) -> &str {
        self.name.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '。' | '.' | '；' | ';' | '，' | ','))
    }

    /// The number a dotted value read as a year and month (`2036.8`) means in a row that counts
    /// no time: one whose name's unit is not a duration, or a cost row.
    fn dotted_number_meant(&self, parsed: &Threshold) -> Option<Threshold> {
        let Threshold::Deadline(_) = parsed else { return None };
        // (a name that says a time keeps it: `资金支付完成时间`, `拨付时限`)
        if ["时间", "时限", "期限", "日期", "时点", "进度"].iter().any(|w| self.name.contains(w)) {
            return None;
        }
        let v = self.value.trim();
        let (year, month) = v.split_once('.')?;
        let digits = |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(year, 4..=4) || !digits(month, 1..=2) {
            return None;
        }
        // (a hint of a comparator alone, `(≤**)`, names no unit: it says nothing of time)
        let counts_no_time = match self.name_hint().filter(|(_, _, unit)| !unit.is_none()) {
            Some((_, _, unit)) => unit.dimension() != Some(crate::Dimension::Duration),
            None => self.is_cost(),
        };
        let q = crate::grammar::quantity_whole(v).ok()?;
        counts_no_time.then(|| Threshold::Compare(Comparison::new(crate::Comparator::Eq, q)))
    }

    /// Whether the row is a cost indicator (成本指标): level 2 成本 (or its economic, social or
    /// ecological kinds), or anything under level 1 成本.
    pub(crate) fn is_cost(&self) -> bool {
        let level1 = match &self.level1 {
            Some(l @ crate::Level1::Other(_)) => l.likely().filter(|(_, how)| how.is_word()).map(|(l, _)| l),
            other => other.clone(),
        };
        matches!(self.level2_meant(), Some(Level2::Cost | Level2::EconomicCost | Level2::SocialCost | Level2::EcologicalCost))
            || level1 == Some(crate::Level1::Cost)
    }

    /// The level 2 the row means: its own, or for a name outside the taxonomy the one whose key
    /// word it holds (`成本控制指标` is 成本指标, `时效性指标` 时效指标), as the review reads it.
    /// A one-character slip (`成果指标`) is only a guess, which the review shows and a bare value
    /// does not follow.
    fn level2_meant(&self) -> Option<Level2> {
        match &self.level2 {
            Some(l @ Level2::Other(_)) => l.likely().filter(|(_, how)| how.is_word()).map(|(l, _)| l),
            other => other.clone(),
        }
    }

    /// `t` in the unit of the name where `t` has none.
    fn with_unit_of_name(&self, t: &Threshold) -> Threshold {
        let Some((hint_op, magnitude, unit)) = self.name_hint() else { return t.clone() };
        // the name's magnitude applies to a number written without one (`≤50` under `（万元）`)
        match t {
            Threshold::Compare(c) if c.quantity().unit().is_none() => {
                let q = c.quantity();
                let magnitude = if q.magnitude() == Magnitude::One { magnitude } else { q.magnitude() };
                // a bare number takes the hint's comparator too: `50` under `（≤**万元）` is a
                // ceiling, as the template asks
                let op = match (c.comparator(), hint_op) {
                    (crate::Comparator::Eq, Some(h)) if !c.is_approximate() => h,
                    (op, _) => op,
                };
                match Quantity::new(q.value(), magnitude, unit) {
                    Ok(q) => Threshold::Compare(Comparison::from_parts(op, q, c.is_approximate(), c.note())),
                    Err(_) => t.clone(),
                }
            }
            Threshold::Range(r) if r.unit().is_none() => {
                let magnitude = if r.magnitude() == Magnitude::One { magnitude } else { r.magnitude() };
                Range::new(r.low(), r.high(), magnitude, unit).map_or_else(|_| t.clone(), Threshold::Range)
            }
            _ => t.clone(),
        }
    }
}
