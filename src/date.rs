//! A calendar date without time or zone: the only kind of date the vangnet rules know
//! (deadlines, signing dates, dates a measure was taken).
//!
//! Written here instead of pulling in `chrono`/`time`: we need about 60 lines of it, and every
//! dependency costs wasm bytes (issue 6).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A valid Gregorian calendar date between the years 1900 and 2200.
///
/// It cannot hold an impossible date: [`Date::new`] refuses 31 February.
///
/// ```
/// use vangnet::date::Date;
/// let d = Date::new(2026, 8, 15).unwrap();
/// assert_eq!(d.to_string(), "2026-08-15");
/// assert!(Date::new(2024, 2, 30).is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Earliest and latest year a [`Date`] may have; outside this range an input is a typo.
pub const MIN_YEAR: i32 = 1900;
/// See [`MIN_YEAR`].
pub const MAX_YEAR: i32 = 2200;

impl Date {
    /// The date `year-month-day`, or `None` if no such day exists (or the year is outside
    /// [`MIN_YEAR`]..=[`MAX_YEAR`]).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || !(1..=12).contains(&month) || day < 1 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month: month as u8, day: day as u8 })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }
    /// The month, 1–12.
    pub fn month(self) -> u32 {
        self.month as u32
    }
    /// The day of the month, 1–31.
    pub fn day(self) -> u32 {
        self.day as u32
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
    // A `Date` holds a year of 1900–2200, a month 1–12 and a day 1–31 (see `new`): every
    // intermediate below is a few million at most, far from i64's range.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01; `None` outside the supported years.
    // `days` is first bounded to the days of MIN_YEAR..=MAX_YEAR, so every intermediate below is
    // a few million at most, far from i64's range.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let eerste = Date { year: MIN_YEAR, month: 1, day: 1 }.days_since_epoch();
        let laatste = Date { year: MAX_YEAR, month: 12, day: 31 }.days_since_epoch();
        if !(eerste..=laatste).contains(&days) {
            return None;
        }
        let z = days + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(i32::try_from(y).ok()?, m as u32, d as u32)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    ///
    /// ```
    /// use vangnet::date::Date;
    /// let a = Date::new(2026, 8, 1).unwrap();
    /// let b = Date::new(2026, 8, 15).unwrap();
    /// assert_eq!(a.days_until(b), 14);
    /// ```
    pub fn days_until(self, other: Date) -> i64 {
        // Both lie within the days of 1900–2200: never saturates.
        other.days_since_epoch().saturating_sub(self.days_since_epoch())
    }

    /// ISO 1=Monday … 7=Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        (self.days_since_epoch().rem_euclid(7).saturating_add(3) % 7).saturating_add(1) as u32
    }

    /// Parses the ISO form `YYYY-MM-DD` used in the JSON file.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            s.get(r.clone())?.chars().all(|c| c.is_ascii_digit()).then(|| s[r].parse().ok())?
        };
        Date::new(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
    }
}

/// Days in `month` of `year`, for a month 1–12.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

impl fmt::Display for Date {
    /// ISO `YYYY-MM-DD`. The Dutch display form is `nl::format_date`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse_iso(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{}\" is geen geldige datum (verwacht JJJJ-MM-DD, bijvoorbeeld 2026-08-15)",
                s.chars().take(40).collect::<String>()
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_epoch_days() {
        for days in -25_000..80_000 {
            if let Some(d) = Date::from_days_since_epoch(days) {
                assert_eq!(d.days_since_epoch(), days);
            }
        }
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
    }

    #[test]
    fn knows_leap_years_and_weekdays() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(2100, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        // 15 August 2026 is a Saturday, 2027 a Sunday (rulebook §2 deadline notes).
        assert_eq!(Date::new(2026, 8, 15).unwrap().weekday(), 6);
        assert_eq!(Date::new(2027, 8, 15).unwrap().weekday(), 7);
    }

    #[test]
    fn parses_only_strict_iso() {
        assert_eq!(Date::parse_iso("2026-08-15"), Date::new(2026, 8, 15));
        for bad in ["2026-8-15", "2026-02-30", "15-08-2026", "2026-08-1x", "", "+026-08-15"] {
            assert!(Date::parse_iso(bad).is_none(), "{bad}");
        }
    }
}
