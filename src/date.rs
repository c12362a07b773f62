//! Dates as targets write them (日期): often partial (`12月底`, `2023年底`), sometimes relative to
//! the project's year (`次年3月`), sometimes a period (`2025年第三季度`) or recurring (`每年12月底前`).

use core::cmp::Ordering;
use core::fmt;

use crate::error::{ParseError, ParseErrorKind};

/// The year of a [`PartialDate`]: a calendar year, or one counted from the project's year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum YearRef {
    /// `2025年`.
    Absolute(u16),
    /// 当年 (0) or 次年 (1): the project's year plus this many years.
    Relative(u8),
}

/// The years a date may name: four digits, from 1900 to 2100 (a table names no other).
const YEARS: core::ops::RangeInclusive<u16> = 1900..=2100;

/// A calendar date that may lack its year, month or day: `2025年6月30日`, `12月`, `2023年`,
/// `次年3月`.
///
/// Every value is a date that can exist: a month is 1–12, a day fits its month (29 February
/// only where the year may be a leap year), a day needs a month, and something is given. The
/// constructors check it.
///
/// ```
/// use jixiao::PartialDate;
/// let d = PartialDate::new(Some(2025), Some(6), Some(30))?;
/// assert_eq!(d.to_string(), "2025年6月30日");
/// assert_eq!((d.year(), d.month(), d.day()), (Some(2025), Some(6), Some(30)));
/// assert!(PartialDate::new(Some(2025), Some(2), Some(29)).is_err()); // not a leap year
/// assert!(PartialDate::new(None, None, None).is_err());
///
/// // a year counted from the project's (次年3月 in a 2025 table is March 2026)
/// let next = PartialDate::next_year(Some(3), None)?;
/// assert_eq!(next.to_string(), "次年3月");
/// assert_eq!(next.in_year(2025).to_string(), "2026年3月");
/// # Ok::<(), jixiao::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: Option<YearRef>,
    month: Option<u8>,
    day: Option<u8>,
}

fn invalid() -> ParseError {
    ParseError::new(ParseErrorKind::InvalidDate, 0)
}

fn is_leap(y: u16) -> bool {
    y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400))
}

impl PartialDate {
    /// A date in a calendar year.
    ///
    /// # Errors
    /// [`ParseErrorKind::InvalidDate`] for a date that cannot be: nothing given, a year outside
    /// 1900–2100, a month outside 1–12, a day without month or beyond its month's end.
    pub fn new(year: Option<u16>, month: Option<u8>, day: Option<u8>) -> Result<PartialDate, ParseError> {
        if year.is_some_and(|y| !YEARS.contains(&y)) {
            return Err(invalid());
        }
        PartialDate::checked(year.map(YearRef::Absolute), month, day)
    }

    /// A date in the project's own year (当年12月).
    ///
    /// ```
    /// use jixiao::PartialDate;
    /// let d = PartialDate::this_year(Some(12), None)?; // 当年12月
    /// assert_eq!((d.year(), d.years_after_project(), d.is_yearless()), (None, Some(0), false));
    /// assert_eq!(d.in_year(2025).to_string(), "2025年12月");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// As [`PartialDate::new`]; a month is needed.
    pub fn this_year(month: Option<u8>, day: Option<u8>) -> Result<PartialDate, ParseError> {
        PartialDate::checked(Some(YearRef::Relative(0)), month.ok_or_else(invalid).map(Some)?, day)
    }

    /// A date in the year after the project's (次年3月).
    ///
    /// # Errors
    /// As [`PartialDate::new`]; a month is needed.
    pub fn next_year(month: Option<u8>, day: Option<u8>) -> Result<PartialDate, ParseError> {
        PartialDate::checked(Some(YearRef::Relative(1)), month.ok_or_else(invalid).map(Some)?, day)
    }

    fn checked(year: Option<YearRef>, month: Option<u8>, day: Option<u8>) -> Result<PartialDate, ParseError> {
        if year.is_none() && month.is_none() {
            return Err(invalid());
        }
        if month.is_some_and(|m| !(1..=12).contains(&m)) {
            return Err(invalid());
        }
        if let Some(d) = day {
            let m = month.ok_or_else(invalid)?;
            let max = match m {
                2 => match year {
                    Some(YearRef::Absolute(y)) if !is_leap(y) => 28,
                    _ => 29,
                },
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            if d == 0 || d > max {
                return Err(invalid());
            }
        }
        Ok(PartialDate { year, month, day })
    }

    /// The calendar year, when one is written.
    pub fn year(&self) -> Option<u16> {
        match self.year {
            Some(YearRef::Absolute(y)) => Some(y),
            _ => None,
        }
    }

    /// Years counted from the project's year (0 for 当年, 1 for 次年), when the date is written
    /// that way.
    pub fn years_after_project(&self) -> Option<u8> {
        match self.year {
            Some(YearRef::Relative(n)) => Some(n),
            _ => None,
        }
    }

    /// Whether the date names no year at all (`12月底`): it means the project's year.
    ///
    /// ```
    /// use jixiao::{PartialDate, Threshold};
    /// let Threshold::Deadline(d) = Threshold::parse("12月底前")? else { panic!() };
    /// assert!(d.end().is_yearless());
    /// assert!(!PartialDate::new(Some(2025), Some(12), None)?.is_yearless());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_yearless(&self) -> bool {
        self.year.is_none()
    }

    /// The month (1–12), when one is written.
    pub fn month(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month, when one is written.
    pub fn day(&self) -> Option<u8> {
        self.day
    }

    /// The date placed in a table's year: a year-less date takes `year`, a relative one counts
    /// from it; a date with its own year is kept. A year beyond 2100 is kept relative.
    #[must_use]
    pub fn in_year(&self, year: u16) -> PartialDate {
        let resolved = match self.year {
            None => Some(year),
            Some(YearRef::Relative(n)) => year.checked_add(u16::from(n)),
            Some(YearRef::Absolute(_)) => return *self,
        };
        match resolved.filter(|y| YEARS.contains(y)) {
            // the day was checked without a year: 29 February may not exist in this one
            Some(y) => PartialDate::new(Some(y), self.month, self.day).unwrap_or(PartialDate {
                year: Some(YearRef::Absolute(y)),
                month: self.month,
                day: Some(28),
            }),
            None => *self,
        }
    }

    /// The year of the date alone, its month and day dropped (a completion date of `2022年`:
    /// some time in it).
    pub(crate) fn whole_year(&self) -> PartialDate {
        PartialDate { month: None, day: None, ..*self }
    }

    /// January of the date's year (the start of a year alone).
    pub(crate) fn january(&self) -> PartialDate {
        PartialDate { month: Some(1), day: None, ..*self }
    }

    /// The date on `day` of its month (`day` 1 to 28 exists in every month).
    pub(crate) fn on_day(&self, day: u8) -> PartialDate {
        PartialDate { day: Some(day), ..*self }
    }

    /// The last day the date can mean (`12月` is the 31st; a year alone is 31 December), as
    /// (month, day).
    fn latest(&self) -> (u8, u8) {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or(match month {
            2 => match self.year {
                Some(YearRef::Absolute(y)) if !is_leap(y) => 28,
                _ => 29,
            },
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        });
        (month, day)
    }

    /// Compares the latest days two dates can mean, when they can be compared: both in the same
    /// kind of year (both calendar years, both year-less, both counted from the project's year).
    /// `None` when one names a year and the other does not: which comes first then depends on
    /// the project's year ([`PartialDate::in_year`]).
    ///
    /// ```
    /// use core::cmp::Ordering;
    /// use jixiao::PartialDate;
    /// let (june, year) = (PartialDate::new(Some(2025), Some(6), None)?, PartialDate::new(Some(2025), None, None)?);
    /// assert_eq!(june.cmp_latest(&year), Some(Ordering::Less)); // 2025年 ends on 31 December
    /// assert_eq!(june.cmp_latest(&PartialDate::this_year(Some(12), None)?), None); // which year is 12月?
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn cmp_latest(&self, other: &PartialDate) -> Option<Ordering> {
        let years = match (self.year, other.year) {
            (None, None) => Ordering::Equal,
            (Some(YearRef::Absolute(a)), Some(YearRef::Absolute(b))) => a.cmp(&b),
            (Some(YearRef::Relative(a)), Some(YearRef::Relative(b))) => a.cmp(&b),
            _ => return None,
        };
        Some(years.then_with(|| self.latest().cmp(&other.latest())))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(YearRef::Absolute(y)) => write!(f, "{y}年")?,
            Some(YearRef::Relative(0)) => f.write_str("当年")?,
            Some(YearRef::Relative(_)) => f.write_str("次年")?,
            None => {}
        }
        if let Some(m) = self.month {
            write!(f, "{m}月")?;
        }
        if let Some(d) = self.day {
            write!(f, "{d}日")?;
        }
        Ok(())
    }
}

/// A deadline (完成时限): the work is done by `end` (inclusive: `6月底前` is met by a date in
/// June). A period (`2021年1月-12月`, `2025年第三季度`) keeps its start beside the end; a
/// recurring deadline (`每年12月底前`) falls in every year.
///
/// Parts of a month and of a year become the dates they end on: `6月上旬` ends on 10 June,
/// `2025年上半年` is January to June 2025, `2025年度` the whole year.
///
/// ```
/// use jixiao::{Deadline, PartialDate, Threshold};
/// let t: Threshold = "2025年第三季度".parse()?;
/// let Threshold::Deadline(d) = &t else { panic!() };
/// assert_eq!(d.start().map(|s| s.to_string()).as_deref(), Some("2025年7月"));
/// assert_eq!(d.end().to_string(), "2025年9月");
/// assert_eq!(t.to_string(), "2025年7月-2025年9月");
///
/// let by_june = Deadline::by(PartialDate::new(None, Some(6), Some(10))?);
/// assert_eq!(by_june.to_string(), "6月10日前");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Deadline {
    start: Option<PartialDate>,
    end: PartialDate,
    every_year: bool,
}

impl Deadline {
    /// Done by `end`.
    ///
    /// ```
    /// use jixiao::{Deadline, PartialDate, Threshold};
    /// let d = Deadline::by(PartialDate::new(Some(2025), Some(6), Some(30))?);
    /// assert_eq!((d.start(), d.end().day()), (None, Some(30)));
    /// assert_eq!(Threshold::Deadline(d), "2025年6月30日前".parse()?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn by(end: PartialDate) -> Deadline {
        Deadline { start: None, end, every_year: false }
    }

    /// A period from `start` to `end`, done by its end. A year-less end takes the start's year
    /// (`2021年1月-12月`).
    ///
    /// ```
    /// use jixiao::{Deadline, PartialDate, Threshold};
    /// let d = Deadline::period(PartialDate::new(Some(2021), Some(1), None)?, PartialDate::new(None, Some(12), None)?)?;
    /// assert_eq!(d.to_string(), "2021年1月-2021年12月"); // the end takes the start's year
    /// assert_eq!(Threshold::Deadline(d), "2021年1月-12月".parse()?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`ParseErrorKind::RangeReversed`] when the end comes before the start.
    pub fn period(start: PartialDate, end: PartialDate) -> Result<Deadline, ParseError> {
        let end = match (start.year, end.year) {
            (Some(y), None) => PartialDate { year: Some(y), ..end },
            _ => end,
        };
        // a day checked without a year (29 February) must exist in the start's year
        let end = PartialDate::checked(end.year, end.month, end.day)?;
        if start.starts_after(&end) {
            return Err(ParseError::new(ParseErrorKind::RangeReversed, 0));
        }
        Ok(Deadline { start: Some(start), end, every_year: false })
    }

    /// [`Deadline::period`] of two dates made by [`PartialDate::new`], the end with its year:
    /// the end keeps it, and is not checked again (what `period` checks again is a year-less
    /// end taken into the start's year). `None` when the end comes before the start.
    pub(crate) fn period_of_years(start: PartialDate, end: PartialDate) -> Option<Deadline> {
        debug_assert!(end.year.is_some());
        (!start.starts_after(&end)).then_some(Deadline { start: Some(start), end, every_year: false })
    }

    /// Done by `end` in every year (`每年12月底前`). The end names no year.
    ///
    /// ```
    /// use jixiao::{Deadline, PartialDate};
    /// let d = Deadline::every_year(PartialDate::new(None, Some(12), None)?)?;
    /// assert!(d.is_every_year());
    /// assert_eq!(d.to_string(), "每年12月底前");
    /// assert!(Deadline::every_year(PartialDate::new(Some(2025), Some(12), None)?).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`ParseErrorKind::InvalidDate`] when `end` names a year or has no month.
    pub fn every_year(end: PartialDate) -> Result<Deadline, ParseError> {
        if end.year.is_some() || end.month.is_none() {
            return Err(invalid());
        }
        Ok(Deadline { start: None, end, every_year: true })
    }

    /// The start of a period, when one was written.
    pub fn start(&self) -> Option<PartialDate> {
        self.start
    }

    /// The date by which the work is done.
    pub fn end(&self) -> PartialDate {
        self.end
    }

    /// Whether the deadline falls in every year (每年).
    pub fn is_every_year(&self) -> bool {
        self.every_year
    }

    /// The deadline placed in a table's year (see [`PartialDate::in_year`]).
    ///
    /// ```
    /// use jixiao::{Deadline, Threshold};
    /// let Threshold::Deadline(d) = "12月底前".parse()? else { panic!() };
    /// assert_eq!(d.end().is_yearless(), true);
    /// assert_eq!(d.in_year(2025).end().year(), Some(2025));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn in_year(&self, year: u16) -> Deadline {
        Deadline { start: self.start.map(|s| s.in_year(year)), end: self.end.in_year(year), every_year: self.every_year }
    }
}

impl PartialDate {
    /// Whether `self` starts after `end` ends, by its earliest day: `2021年12月` starts after
    /// `2021年11月`, while `2021年` does not start after `2021年6月` (the year begins before June
    /// ends). False when the two cannot be compared (one names a year, the other not).
    pub(crate) fn starts_after(&self, end: &PartialDate) -> bool {
        let years = match (self.year, end.year) {
            (None, None) => Ordering::Equal,
            (Some(YearRef::Absolute(a)), Some(YearRef::Absolute(b))) => a.cmp(&b),
            (Some(YearRef::Relative(a)), Some(YearRef::Relative(b))) => a.cmp(&b),
            _ => return false,
        };
        let earliest = (self.month.unwrap_or(1), self.day.unwrap_or(1));
        years.then_with(|| earliest.cmp(&end.latest())) == Ordering::Greater
    }
}

impl fmt::Display for Deadline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.every_year {
            f.write_str("每年")?;
        }
        match self.start {
            Some(s) => write!(f, "{s}-{}", self.end),
            None if self.end.day.is_some() => write!(f, "{}前", self.end),
            None => write!(f, "{}底前", self.end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: Option<u16>, m: Option<u8>, day: Option<u8>) -> PartialDate {
        PartialDate::new(y, m, day).unwrap()
    }

    #[test]
    fn validity() {
        assert!(PartialDate::new(Some(2025), Some(6), Some(30)).is_ok());
        assert!(PartialDate::new(Some(2025), Some(4), Some(31)).is_err());
        assert!(PartialDate::new(None, Some(13), None).is_err());
        assert!(PartialDate::new(None, None, Some(3)).is_err());
        assert!(PartialDate::new(Some(0), None, None).is_err());
        assert!(PartialDate::new(Some(2024), Some(2), Some(29)).is_ok());
        assert!(PartialDate::new(None, Some(2), Some(29)).is_ok());
    }

    #[test]
    fn latest_ordering() {
        let before = |a: PartialDate, b: PartialDate| a.cmp_latest(&b).map(|o| o != Ordering::Greater);
        assert_eq!(before(d(Some(2024), Some(11), None), d(Some(2024), Some(12), None)), Some(true));
        assert_eq!(before(d(None, Some(7), None), d(None, Some(9), None)), Some(true));
        assert_eq!(before(d(None, Some(12), Some(31)), d(None, Some(12), None)), Some(true));
        assert_eq!(before(d(Some(2025), Some(1), None), d(Some(2024), Some(12), None)), Some(false));
        // a month without day is the month's last day: June ends on the 30th
        assert_eq!(before(d(Some(2025), Some(6), None), d(Some(2025), Some(6), Some(30))), Some(true));
        assert_eq!(before(d(Some(2025), Some(7), None), d(Some(2025), Some(6), Some(30))), Some(false));
        // a dated actual against a year-less deadline cannot be judged without the year
        assert_eq!(before(d(Some(2026), Some(1), None), d(None, Some(12), None)), None);
        assert_eq!(before(d(Some(2026), Some(1), None), d(None, Some(12), None).in_year(2025)), Some(false));
    }

    #[test]
    fn periods() {
        let p = Deadline::period(d(Some(2021), Some(1), None), d(None, Some(12), None)).unwrap();
        assert_eq!(p.end().year(), Some(2021));
        assert_eq!(p.to_string(), "2021年1月-2021年12月");
        assert!(Deadline::period(d(Some(2024), Some(12), None), d(Some(2024), Some(1), None)).is_err());
        assert!(Deadline::period(d(Some(2023), None, None), d(Some(2023), Some(6), None)).is_ok());
        assert!(Deadline::period(d(Some(2023), None, None), d(Some(2022), Some(6), None)).is_err());
        assert_eq!(Deadline::every_year(d(None, Some(12), None)).unwrap().to_string(), "每年12月底前");
        assert!(Deadline::every_year(d(Some(2025), Some(12), None)).is_err());
    }
}
