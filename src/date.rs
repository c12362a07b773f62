//! Dates as targets write them: often partial (`12月底`, `2023年底`), sometimes a period.

use core::cmp::Ordering;
use core::fmt;

/// A calendar date that may lack its year, day or month: `2025年6月30日`, `12月`, `2023年`.
///
/// Ordering compares what both sides have, each side taken at the last day it can mean: `12月`
/// is the end of December, `2023年` the end of 2023.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct PartialDate {
    /// Year (年), four digits.
    pub year: Option<u16>,
    /// Month (月), 1–12.
    pub month: Option<u8>,
    /// Day (日), 1–31.
    pub day: Option<u8>,
}

impl PartialDate {
    /// A date; `None` when the month or day cannot be (a month 13, a 31 April, a day without
    /// month, nothing at all).
    pub fn new(year: Option<u16>, month: Option<u8>, day: Option<u8>) -> Option<Self> {
        if year.is_none() && month.is_none() {
            return None;
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
        }
        if let Some(d) = day {
            let m = month?;
            let max = match m {
                2 => 29,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            if d == 0 || d > max {
                return None;
            }
        }
        if let Some(y) = year {
            if !(1000..=9999).contains(&y) {
                return None;
            }
        }
        Some(PartialDate { year, month, day })
    }

    /// Whether `self`, taken at its latest, is on or before `deadline`, taken at its latest.
    /// Years are compared only when both have one.
    pub fn is_on_or_before(&self, deadline: &PartialDate) -> bool {
        self.cmp_latest(deadline) != Ordering::Greater
    }

    fn cmp_latest(&self, other: &PartialDate) -> Ordering {
        if let (Some(a), Some(b)) = (self.year, other.year) {
            match a.cmp(&b) {
                Ordering::Equal => {}
                o => return o,
            }
        }
        let a = (self.month.unwrap_or(12), self.day.unwrap_or_else(|| self.last_day()));
        let b = (other.month.unwrap_or(12), other.day.unwrap_or_else(|| other.last_day()));
        a.cmp(&b)
    }

    /// The last day of the date's month (of December without a month; 29 February without a
    /// year, since a leap year cannot be ruled out).
    fn last_day(&self) -> u8 {
        match self.month.unwrap_or(12) {
            2 => match self.year {
                Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
                _ => 29,
            },
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(y) = self.year {
            write!(f, "{y}年")?;
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
/// June). A period (`2021年1月-12月`) keeps its `start` beside the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Deadline {
    /// Start of a period, when one was written.
    pub start: Option<PartialDate>,
    /// The date by which the work is done.
    pub end: PartialDate,
}

impl fmt::Display for Deadline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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

    #[test]
    fn validity() {
        assert!(PartialDate::new(Some(2025), Some(6), Some(30)).is_some());
        assert!(PartialDate::new(Some(2025), Some(4), Some(31)).is_none());
        assert!(PartialDate::new(None, Some(13), None).is_none());
        assert!(PartialDate::new(None, None, Some(3)).is_none());
    }

    #[test]
    fn latest_ordering() {
        let d = |y, m, day| PartialDate { year: y, month: m, day };
        assert!(d(Some(2024), Some(11), None).is_on_or_before(&d(Some(2024), Some(12), None)));
        assert!(d(None, Some(7), None).is_on_or_before(&d(None, Some(9), None)));
        assert!(d(None, Some(12), Some(31)).is_on_or_before(&d(None, Some(12), None)));
        assert!(!d(Some(2025), Some(1), None).is_on_or_before(&d(Some(2024), Some(12), None)));
        // a month without day is the month's last day: June ends on the 30th
        assert!(d(Some(2025), Some(6), None).is_on_or_before(&d(Some(2025), Some(6), Some(30))));
        assert!(!d(Some(2025), Some(7), None).is_on_or_before(&d(Some(2025), Some(6), Some(30))));
        assert!(d(Some(2023), Some(2), None).is_on_or_before(&d(Some(2023), Some(2), Some(28))));
    }
}
