//! [`Threshold`] (指标值): what a target says, and its parts [`Comparison`], [`Range`],
//! [`Relative`] and [`Qualitative`].
//!
//! A threshold is a comparison of a quantity (`≥2万人`, a bare `100%`), a range (`90%-100%`), a
//! deadline (`12月底前`), a target relative to a baseline (`较上年增长5%`), a qualitative
//! statement (`持续保障`), or text holding numbers the grammar did not read. Parse one
//! with [`Threshold::parse`] or [`str::parse`]; its [`Display`](core::fmt::Display) prints a
//! canonical form that parses back to the same threshold. The parts have private fields and
//! checked constructors, so a threshold built by hand reads back too.

mod eval;
mod qualitative;
mod relative;
mod relative_answer;
mod short_text;

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;

use crate::date::Deadline;
use crate::error::{ParseError, ParseErrorKind};
use crate::grammar::{self, Value};
use crate::quantity::{Magnitude, Quantity};
use crate::unit::Unit;

pub(crate) use crate::comparator::Comparator;
pub use eval::Direction;
pub(crate) use eval::{bare_in, claims_reached, folded, grade_band, grades, none_as_zero, settled, unit_stated};
pub use qualitative::{Qualitative, QualitativeKind};
pub use relative::{Baseline, Change, Relative};

/// A comparison with a quantity (`≥513个`, `<2小时`, a bare `100%`), possibly approximate
/// (`约2000人`, `2000人左右`) or followed by a note (`≥85%（满意度）`, `100%覆盖`).
///
/// ```
/// use jixiao::{Comparator, Comparison, Quantity};
/// let c = Comparison::new(Comparator::Ge, "85%".parse::<Quantity>()?).with_note("（满意度）")?;
/// assert_eq!(c.to_string(), "≥85%（满意度）");
/// assert_eq!(c.note(), Some("（满意度）"));
/// let about = Comparison::about("2000人".parse()?);
/// assert_eq!((about.comparator(), about.is_approximate(), about.to_string().as_str()), (Comparator::Eq, true, "约2000人"));
/// # Ok::<(), jixiao::ParseError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Comparison {
    op: Comparator,
    quantity: Quantity,
    approximate: bool,
    // boxed twice so that a comparison without a note stays small (a thin pointer)
    #[allow(clippy::box_collection)]
    note: Option<Box<String>>,
}

impl Comparison {
    /// `op` with `quantity`: `≥2万人`.
    ///
    /// ```
    /// use jixiao::{Comparator, Comparison, Threshold};
    /// let c = Comparison::new(Comparator::Ge, "2万人".parse()?);
    /// assert_eq!(c.to_string(), "≥2万人");
    /// assert_eq!(Threshold::Compare(c), "不少于2万人".parse()?); // built by hand, read alike
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(op: Comparator, quantity: Quantity) -> Comparison {
        Comparison { op, quantity, approximate: false, note: None }
    }

    /// About `quantity` (约, 大约, 近, 左右): an equality target that remembers it is approximate.
    ///
    /// ```
    /// use jixiao::{Comparator, Comparison, Threshold};
    /// let c = Comparison::about("2000人".parse()?);
    /// assert!(c.is_approximate());
    /// assert_eq!((c.comparator(), c.to_string()), (Comparator::Eq, "约2000人".to_string()));
    /// assert_eq!(Threshold::Compare(c), "2000人左右".parse()?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn about(quantity: Quantity) -> Comparison {
        Comparison { op: Comparator::Eq, quantity, approximate: true, note: None }
    }

    /// Made by the grammar from what it read.
    pub(crate) fn from_parts(op: Comparator, quantity: Quantity, approximate: bool, note: Option<&str>) -> Comparison {
        Comparison { op, quantity, approximate, note: note.map(|n| Box::new(n.to_string())) }
    }

    /// The same comparison with a note after the quantity (`（满意度）`, `覆盖`).
    ///
    /// ```
    /// use jixiao::{Comparator, Comparison};
    /// let c = Comparison::new(Comparator::Ge, "90%".parse()?).with_note("（满意度）")?;
    /// assert_eq!(c.note(), Some("（满意度）"));
    /// assert!(Comparison::new(Comparator::Ge, "90%".parse()?).with_note("-95%").is_err()); // would read as a range
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`ParseErrorKind::Contradiction`] when the note would change what the value reads as
    /// (a note that starts a range, a unit or another number).
    pub fn with_note(self, note: &str) -> Result<Comparison, ParseError> {
        let with = Comparison { note: Some(Box::new(note.to_string())), ..self };
        match Threshold::parse(&with.to_string()) {
            Ok(Threshold::Compare(c)) if c == with => Ok(with),
            _ => Err(ParseError::new(ParseErrorKind::Contradiction, 0)),
        }
    }

    /// The comparator (`=` for a bare or approximate value), as written; see
    /// [`Comparison::effective_comparator`] for how it is judged.
    pub fn comparator(&self) -> Comparator {
        self.op
    }

    /// The former name of [`Comparison::comparator`].
    #[deprecated(since = "0.3.0", note = "use `comparator()`, the one name of the comparator across the crate")]
    pub fn op(&self) -> Comparator {
        self.op
    }

    /// The quantity compared with.
    pub fn quantity(&self) -> &Quantity {
        &self.quantity
    }

    /// Whether the value is approximate (`约2000人`); it is then an equality target.
    pub fn is_approximate(&self) -> bool {
        self.approximate
    }

    /// The note written after the quantity, if any (`（满意度）`).
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref().map(String::as_str)
    }
}

impl fmt::Display for Comparison {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.approximate {
            write!(f, "约{}", self.quantity)?;
        } else {
            write!(f, "{}{}", self.op, self.quantity)?;
        }
        if let Some(n) = &self.note {
            f.write_str(n.as_str())?;
        }
        Ok(())
    }
}

/// A range with both ends inclusive (`90%-100%`, `1-3天`, `18—54周岁`, `-10%～-5%`). Both ends
/// share the magnitude and unit, as tables write them (`1-3万` is 1万 to 3万).
///
/// ```
/// use jixiao::{Magnitude, Range, Unit};
/// let r = Range::new("90".parse()?, "100".parse()?, Magnitude::One, "%".parse()?)?;
/// assert_eq!(r.to_string(), "90-100%");
/// assert!(Range::new("5".parse()?, "1".parse()?, Magnitude::One, Unit::None).is_err());
/// let falling = Range::new("-10".parse()?, "-5".parse()?, Magnitude::One, "%".parse()?)?;
/// assert_eq!(falling.to_string(), "-10～-5%");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Range {
    low: Decimal,
    high: Decimal,
    magnitude: Magnitude,
    unit: Unit,
}

impl Range {
    /// A range from `low` to `high` (both in `magnitude` and `unit`).
    ///
    /// ```
    /// use jixiao::{Decimal, Magnitude, Range, Threshold, Unit};
    /// let r = Range::new(Decimal::ONE, Decimal::from(3), Magnitude::One, Unit::parse("天")?)?;
    /// assert_eq!(r.to_string(), "1-3天");
    /// assert_eq!(Threshold::Range(r), "1至3天".parse()?);
    /// assert!(Range::new(Decimal::from(8), Decimal::from(5), Magnitude::One, Unit::parse("人")?).is_err()); // upside down
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`ParseErrorKind::RangeReversed`] when `low` is above `high`,
    /// [`ParseErrorKind::NumberTooLarge`] when an end times the magnitude overflows,
    /// [`ParseErrorKind::Contradiction`] for years a table names (`2020-2025年` is the period
    /// 2020年1月–2025年12月, not a range of durations).
    pub fn new(low: Decimal, high: Decimal, magnitude: Magnitude, unit: Unit) -> Result<Range, ParseError> {
        if low > high {
            return Err(ParseError::new(ParseErrorKind::RangeReversed, 0));
        }
        if Range::prints_as_period(low, high, magnitude, &unit) {
            return Err(ParseError::new(ParseErrorKind::Contradiction, 0));
        }
        for end in [low, high] {
            Quantity::new(end, magnitude, unit.clone())?;
        }
        Ok(Range { low, high, magnitude, unit })
    }

    /// Whether the range would print as two years of the calendar sharing their 年
    /// (`2020-2025年`), which read as a period: such a range cannot be written.
    pub(crate) fn prints_as_period(low: Decimal, high: Decimal, magnitude: Magnitude, unit: &Unit) -> bool {
        let year = |v: Decimal| v.scale() == 0 && (1900..=2100).contains(&v.mantissa());
        magnitude == Magnitude::One && *unit == Unit::Known(crate::unit::KnownUnit::Year) && year(low) && year(high)
    }

    /// The low end, in the range's magnitude and unit.
    pub fn low(&self) -> Decimal {
        self.low
    }

    /// The high end.
    pub fn high(&self) -> Decimal {
        self.high
    }

    /// The magnitude of both ends.
    pub fn magnitude(&self) -> Magnitude {
        self.magnitude
    }

    /// The unit of both ends.
    pub fn unit(&self) -> &Unit {
        &self.unit
    }

    /// The low end as a quantity.
    pub fn low_quantity(&self) -> Quantity {
        Quantity::new_unchecked(self.low, self.magnitude, self.unit.clone())
    }

    /// The high end as a quantity.
    pub fn high_quantity(&self) -> Quantity {
        Quantity::new_unchecked(self.high, self.magnitude, self.unit.clone())
    }
}

impl fmt::Display for Range {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Range { low, high, magnitude, unit } = self;
        if unit.is_none() && *magnitude == Magnitude::One && low.scale() > 0 && high.scale() > 0 {
            // two bare decimals joined by a dash read as a dotted period (2023.07-2024.01);
            // spaced, they stay a range
            write!(f, "{low} - {high}")
        } else if unit.is_none() && *magnitude == Magnitude::One && low.scale() == 0 && grammar::is_compact_period(&format!("{low}-{high}"))
        {
            // two bare numbers of six or eight digits that could be year-months or days read as a
            // compact period (`202001-202012`); a leading zero keeps them a range of the same
            // numbers (the fuzz target found `0204001～204001`)
            write!(f, "0{low}-{high}")
        } else if high.is_sign_negative() {
            // `-10--5%` would read as −10 to +5: a tilde keeps the sign of the high end
            write!(f, "{low}～{high}{magnitude}{unit}")
        } else {
            write!(f, "{low}-{high}{magnitude}{unit}")
        }
    }
}

/// A parsed 指标值 (target value).
///
/// ```
/// use jixiao::{Actual, Comparator, Threshold};
///
/// let t: Threshold = "≥2万人".parse()?;
/// assert_eq!(t.comparator(), Some(Comparator::Ge));
/// assert_eq!(t.quantity().unwrap().normalized().to_string(), "20000");
/// assert!(t.is_met(&"20000人".parse::<Actual>()?)?);
/// assert_eq!(t.to_string(), "≥2万人");
///
/// let q = Threshold::parse("持续保障")?;
/// assert!(q.is_qualitative());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Threshold {
    /// A comparison with a quantity: `≥513个`, `<2小时`, and bare values (`100%` is `=`).
    Compare(Comparison),
    /// A range, both ends inclusive.
    Range(Range),
    /// A deadline or period.
    Deadline(Deadline),
    /// A qualitative statement.
    Qualitative(Qualitative),
    /// A target against a baseline the table does not state (`较上年增长5%`, `≤预算数`): judged
    /// only once the baseline is given ([`Relative::resolve`]).
    Relative(Relative),
    /// Text that holds numbers the grammar did not read (`完成3个项目的建设`, `满意度90%以上的
    /// 用户占比`): kept as written, and never taken for plain qualitative text, so that review
    /// and scoring can say the numbers were not understood.
    Unread(Qualitative),
}

impl Threshold {
    /// Parses a 指标值 as real tables write it. See the crate docs for the forms.
    ///
    /// ```
    /// use jixiao::{Comparator, Threshold};
    /// let t = Threshold::parse("不低于85%")?;
    /// assert_eq!((t.comparator(), t.to_string()), (Some(Comparator::Ge), "≥85%".to_string()));
    /// assert!(Threshold::parse("持续保障")?.is_qualitative());
    /// assert_eq!(Threshold::parse("1-3天")?.to_string(), "1-3天");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// An empty value, or one that looks numeric but is malformed (`≥2x万`), with its position.
    pub fn parse(s: &str) -> Result<Threshold, ParseError> {
        // the commonest shape is built here from two small parts: going through the general
        // `Value` costs a copy of the whole value through the stack (a store-forwarding stall
        // that doubled the time of `≥95%`); everything else is read in a function of its own,
        // so that this one keeps a small frame (the registers and stack the full grammar needs
        // cost the fast path about a fifth of its instructions when inlined here)
        let (trimmed, start) = crate::text::trim_value(s);
        match grammar::common_compare(trimmed) {
            Some((op, quantity)) => Ok(Threshold::Compare(Comparison { op, quantity, approximate: false, note: None })),
            None => Threshold::parse_other(s, trimmed, start),
        }
    }

    /// [`Threshold::parse`] of a value not of the commonest shape: `s` trimmed to `trimmed`,
    /// which starts at byte `start`.
    #[inline(never)]
    fn parse_other(s: &str, trimmed: &str, start: usize) -> Result<Threshold, ParseError> {
        let mut folds = grammar::Folds::Unseen { from: 0 };
        let parsed = Threshold::parse_other_once(s, trimmed, start, &mut folds);
        // traditional characters (`30萬元以內`, `較上年增長≥5%`) are read as their simplified ones.
        // Looked for only where they may have changed the reading (a scan of every value cost a
        // sixth of the time of the real values): a value that starts with no Chinese character
        // and read cleanly has no words a fold could change
        // (a lead byte of E3 or more: a Chinese character or full-width mark)
        let starts_with_words = |t: &[u8]| t.first().is_some_and(|&b| b >= 0xe3);
        // (text that holds a dash that folds: folded, it may hold numbers, `于十多‐` as `于十多－`)
        let text_dash = |q: &Qualitative| grammar::holds_dash_bytes(q.as_bytes());
        let words_first = starts_with_words(trimmed.as_bytes());
        let look = match &parsed {
            // (the text kept of a split value, read alone as its canonical text is, where it
            // starts with words that folded are no plain text: `|千餘|人` keeps `千餘`, a number,
            // and `|低于批覆|` a relative target's words, which hold none (the fuzz target found
            // the second); `|應保盡保|` folds to plain text, and is not read again)
            Ok(Threshold::Qualitative(q)) => {
                // (whatever its first character: the fuzz target found `不超|>=\u{1f}\0万餘|`,
                // whose cell starts with `>` and holds 萬餘, more than ten thousand folded)
                words_first || (grammar::holds_traditional_bytes(q.as_bytes()) && grammar::may_fold_to_other(q.as_str())) || text_dash(q)
            }
            Ok(Threshold::Compare(c)) => words_first || c.note().is_some() || matches!(c.quantity().unit(), crate::Unit::Other(_)),
            Ok(Threshold::Range(r)) => words_first || matches!(r.unit, crate::Unit::Other(_)),
            // (a relative target's amount in a unit kept as written, as a comparison's: the fuzz
            // target found `|环比 提高 0俥分餘|`, whose unit read back folded)
            Ok(Threshold::Relative(r)) => words_first || r.amount().is_some_and(|q| matches!(q.unit(), crate::Unit::Other(_))),
            Ok(Threshold::Deadline(_)) => words_first,
            Ok(Threshold::Unread(_)) | Err(_) => true,
        };
        // (the scan for digits says whether one stands there, when it went to the end or met one;
        // the text it passed before a digit holds none, and is not looked at again)
        let holds = |folds| match folds {
            grammar::Folds::Known(f) => f,
            grammar::Folds::Unseen { from } => grammar::holds_traditional(&trimmed[from..]),
        };
        // (the dashes that fold, `5−10人`, are among them: [`grammar::holds_traditional`]; text kept
        // from a split cell is looked at apart, `定性|于十多‐|較丁`, its scan having been of the
        // value's first cell)
        let dashes = || matches!(&parsed, Ok(Threshold::Qualitative(q)) if q.as_bytes().len() != trimmed.len() && text_dash(q));
        if look && (holds(folds) || dashes()) {
            return Threshold::read_folded(s, start);
        }
        parsed
    }

    /// `s` read with its traditional characters folded to simplified ones, and the text it keeps
    /// (a qualitative text, a note) as written: the same bytes of `s`, since folding keeps every
    /// offset. Out of line: few values hold one.
    #[cold]
    #[inline(never)]
    fn read_folded(s: &str, start: usize) -> Result<Threshold, ParseError> {
        let Some(folded) = grammar::fold_traditional(s) else {
            return Threshold::parse_other_once(s, crate::text::trim_value(s).0, start, &mut grammar::Folds::Unseen { from: 0 });
        };
        let (folded_trimmed, _) = crate::text::trim_value(&folded);
        let written = |t: &str| folded.find(t).and_then(|i| s.get(i..i + t.len()));
        Ok(match Threshold::parse_other_once(&folded, folded_trimmed, start, &mut grammar::Folds::Unseen { from: 0 })? {
            Threshold::Qualitative(q) => Threshold::Qualitative(Qualitative::new_unchecked(written(q.as_str()).unwrap_or(q.as_str()))),
            Threshold::Unread(q) => Threshold::Unread(Qualitative::new_unchecked(written(q.as_str()).unwrap_or(q.as_str()))),
            Threshold::Compare(c) => match c.note().and_then(written) {
                Some(note) => {
                    Threshold::Compare(Comparison::from_parts(c.comparator(), c.quantity().clone(), c.is_approximate(), Some(note)))
                }
                None => Threshold::Compare(c),
            },
            other => other,
        })
    }

    /// [`Threshold::parse_other`] of a value without traditional characters; `folds` is set to
    /// whether `trimmed` holds one that folds, as far as the scan for digits saw (left `Unseen`
    /// from the start where it did not look). (An out parameter: returned beside the threshold, it cost a
    /// copy of the result.)
    fn parse_other_once(s: &str, trimmed: &str, start: usize, folds: &mut grammar::Folds) -> Result<Threshold, ParseError> {
        let numbers = match grammar::plain_text(trimmed) {
            grammar::Plain::Text { folds: f } => {
                *folds = grammar::Folds::Known(f);
                // (but text in brackets may wrap a value, `（年底前）`: read by the grammar)
                if !grammar::may_open_bracket(trimmed) {
                    return Ok(Threshold::Qualitative(Qualitative::new_unchecked(trimmed)));
                }
                Some(false)
            }
            // split columns go to their own reader at once (the pipes are looked for where the
            // scan stopped: at the first pipe, or at a digit before it)
            grammar::Plain::Other { numbers, folds: f, pipes_from } => {
                *folds = f;
                if numbers {
                    if let Some(t) = Threshold::parse_split(s, trimmed, start, grammar::split_after_digit(trimmed, pipes_from), None) {
                        return t;
                    }
                }
                Some(numbers)
            }
            grammar::Plain::Pipe { at, folds: f } => {
                *folds = f;
                if let Some(t) = Threshold::parse_split(s, trimmed, start, grammar::split(trimmed, at), Some(folds)) {
                    return t;
                }
                None
            }
        };
        // no digit, Chinese digit or `|` (`生态修复功能提高`, `年底前`): none of the forms below,
        // which start with digits, can be read
        if numbers == Some(false) {
            return grammar::value_trimmed(s, trimmed, start, false, numbers).map(Threshold::from);
        }
        // the suffixed form before the month deadline: no value is both (a month deadline ends
        // with no suffix)
        if let Some((op, quantity)) = grammar::suffixed(trimmed) {
            return Ok(Threshold::Compare(Comparison { op, quantity, approximate: false, note: None }));
        }
        if let Some(d) = grammar::month_deadline(trimmed).or_else(|| grammar::digit_period(trimmed)) {
            return Ok(Threshold::Deadline(d));
        }
        if let Some((low, high, unit)) = grammar::common_range(trimmed) {
            return Ok(Threshold::Range(Range { low, high, magnitude: Magnitude::One, unit }));
        }
        grammar::value_trimmed(s, trimmed, start, false, numbers).map(Threshold::from)
    }

    /// [`Threshold::parse_other_once`] of a value split into columns (`≧|735|人次`, `|有效|`), as
    /// [`grammar::split`] read it: the commonest cells read fast, the rest by the full split
    /// reader; `None` for a value not split. `folds`, where the scan stopped at the first pipe,
    /// is what it says of the text before it, and is told of the rest where the reading looked.
    #[inline(always)]
    fn parse_split(
        s: &str,
        trimmed: &str,
        start: usize,
        read: grammar::Split<'_>,
        folds: Option<&mut grammar::Folds>,
    ) -> Option<Result<Threshold, ParseError>> {
        Some(match read {
            grammar::Split::Not => return None,
            grammar::Split::Compare(op, quantity) => Ok(Threshold::Compare(Comparison { op, quantity, approximate: false, note: None })),
            grammar::Split::Text { text, folds: rest_folds } => {
                // (the text before the first pipe holds none unless the scan said so; the rest
                // does as the text and its unit cell do, and is not scanned again)
                if let Some(f @ grammar::Folds::Unseen { .. }) = folds {
                    *f = grammar::Folds::Known(rest_folds);
                }
                Ok(Threshold::Qualitative(Qualitative::new_unchecked(text)))
            }
            grammar::Split::Full => grammar::value_trimmed(s, trimmed, start, true, None).map(Threshold::from),
            // (located in `s` as the full reader's errors are)
            grammar::Split::Error(e) => Err(e.shifted(start).located(s)),
        })
    }

    /// The comparator of a comparison.
    pub fn comparator(&self) -> Option<Comparator> {
        match self {
            Threshold::Compare(c) => Some(c.op),
            _ => None,
        }
    }

    /// The quantity of a comparison.
    ///
    /// ```
    /// use jixiao::Threshold;
    /// assert_eq!(Threshold::parse("≥2万人")?.quantity().unwrap().normalized(), 20_000.into());
    /// assert_eq!(Threshold::parse("12月底前")?.quantity(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn quantity(&self) -> Option<&Quantity> {
        match self {
            Threshold::Compare(c) => Some(&c.quantity),
            _ => None,
        }
    }

    /// The unit of a comparison or range.
    pub fn unit(&self) -> Option<&Unit> {
        match self {
            Threshold::Compare(c) => Some(c.quantity.unit()),
            Threshold::Range(r) => Some(&r.unit),
            _ => None,
        }
    }

    /// True for a qualitative statement (not for [`Threshold::Unread`] text).
    pub fn is_qualitative(&self) -> bool {
        matches!(self, Threshold::Qualitative(_))
    }

    /// True for text that holds numbers the grammar did not read ([`Threshold::Unread`]).
    ///
    /// ```
    /// use jixiao::Threshold;
    /// let t = Threshold::parse("完成3个项目的建设")?; // numbers the grammar did not read
    /// assert!(t.is_unread() && !t.is_qualitative() && !t.is_quantitative());
    /// assert!(Threshold::parse("≥95%")?.is_quantitative());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_unread(&self) -> bool {
        matches!(self, Threshold::Unread(_))
    }

    /// True for a comparison or a range (定量).
    pub fn is_quantitative(&self) -> bool {
        matches!(self, Threshold::Compare(_) | Threshold::Range(_))
    }
}

impl From<Value<'_>> for Threshold {
    fn from(v: Value<'_>) -> Threshold {
        match v {
            Value::Compare { op, quantity, approximate, note } => {
                Threshold::Compare(Comparison::from_parts(op, quantity, approximate, note))
            }
            Value::Range { low, high, magnitude, unit } => Threshold::Range(Range { low, high, magnitude, unit }),
            Value::Deadline(d) => Threshold::Deadline(d),
            Value::Text(t) => Threshold::Qualitative(Qualitative::new_unchecked(t)),
            Value::Relative(r) => Threshold::Relative(r),
            Value::Unread(t) => Threshold::Unread(Qualitative::new_unchecked(t)),
        }
    }
}

impl From<Comparison> for Threshold {
    fn from(c: Comparison) -> Threshold {
        Threshold::Compare(c)
    }
}

impl From<Range> for Threshold {
    fn from(r: Range) -> Threshold {
        Threshold::Range(r)
    }
}

impl From<Deadline> for Threshold {
    fn from(d: Deadline) -> Threshold {
        Threshold::Deadline(d)
    }
}

impl From<Qualitative> for Threshold {
    fn from(q: Qualitative) -> Threshold {
        Threshold::Qualitative(q)
    }
}

impl FromStr for Threshold {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Threshold::parse(s)
    }
}

impl fmt::Display for Threshold {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Threshold::Compare(c) => write!(f, "{c}"),
            Threshold::Range(r) => write!(f, "{r}"),
            Threshold::Deadline(d) => write!(f, "{d}"),
            Threshold::Qualitative(q) | Threshold::Unread(q) => write!(f, "{q}"),
            Threshold::Relative(r) => write!(f, "{r}"),
        }
    }
}
