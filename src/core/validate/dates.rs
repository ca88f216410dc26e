//! Calendar dates as the data writes them (YYYY-MM-DD), and today's.

/// How many days a month has (leap years included); `None` for no month.
pub fn days_in_month(year: u32, month: u32) -> Option<u32> {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 if leap => Some(29),
        2 => Some(28),
        _ => None,
    }
}

/// A real YYYY-MM-DD date (leap years included).
pub fn is_calendar_date(date: &str) -> bool {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |s: &str| s.parse::<u32>().ok().filter(|_| s.chars().all(|c| c.is_ascii_digit()));
    let (Some(y), Some(m), Some(d)) = (num(&date[..4]), num(&date[5..7]), num(&date[8..])) else {
        return false;
    };
    days_in_month(y, m).is_some_and(|days| (1..=days).contains(&d))
}

/// The last day of a month, `YYYY-MM-DD`.
pub fn month_end(year: u32, month: u32) -> Option<String> {
    days_in_month(year, month).map(|days| format!("{year:04}-{month:02}-{days:02}"))
}

/// Today's date (UTC) as YYYY-MM-DD, from days since 1970-01-01.
pub fn civil_date(days_since_epoch: i64) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let z = days_since_epoch + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn month_ends() {
        use super::month_end;
        assert_eq!(month_end(2016, 12).as_deref(), Some("2016-12-31"));
        assert_eq!(month_end(2015, 4).as_deref(), Some("2015-04-30"));
        assert_eq!(month_end(2016, 2).as_deref(), Some("2016-02-29"));
        assert_eq!(month_end(2100, 2).as_deref(), Some("2100-02-28"));
        assert_eq!(month_end(2000, 2).as_deref(), Some("2000-02-29"));
        assert_eq!(month_end(2015, 13), None);
    }

    use super::*;

    #[test]
    fn calendar_dates() {
        assert!(is_calendar_date("2024-02-29"));
        assert!(!is_calendar_date("2023-02-29"));
        assert!(!is_calendar_date("2023-2-01"));
        assert!(!is_calendar_date("2023-04-31"));
        assert!(!is_calendar_date("+023-04-01"));
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(20_783), "2026-11-26");
        assert_eq!(civil_date(11_016), "2000-02-29");
    }
}
