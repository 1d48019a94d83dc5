//! Date and time formatting and parsing (pure functions over plain numbers), shared by
//! `String`, `Date`, `Time`, `Time string`, `Timestamp` and JSON.
//!
//! fourd pins the "system" regional settings to en-US: short date `MM/DD/YYYY`, long date
//! `Sunday, December 29, 2006`, 12-hour clock with AM/PM for the system time formats.
//! Dates are `(year, month, day)` with `(0, 0, 0)` as the null date; times are seconds.
//! Time zone conversions take the UTC offset in seconds (`local = utc + offset`).

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

pub type Ymd = (i32, u32, u32);
pub const NULL_YMD: Ymd = (0, 0, 0);

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

fn naive(d: Ymd) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(d.0, d.1, d.2)
}

fn month_name(m: u32) -> &'static str {
    MONTHS
        .get(m.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("")
}

fn abbr(s: &str) -> &str {
    s.get(..3).unwrap_or(s)
}

/// 1 = Sunday ... 7 = Saturday (`Day number`).
pub fn day_number(d: Ymd) -> i64 {
    naive(d)
        .map(|n| n.weekday().num_days_from_sunday() as i64 + 1)
        .unwrap_or(0)
}

/// A local date and time of day as a naive date-time (time may exceed a day).
fn local_dt(d: Ymd, secs: i64) -> Option<NaiveDateTime> {
    let base = naive(d)?.and_hms_opt(0, 0, 0)?;
    base.checked_add_signed(chrono::Duration::try_seconds(secs)?)
}

/// `String(date; format {; time})` with a numeric format constant.
pub fn format_date(d: Ymd, format: i64, time: Option<i64>, offset: i32) -> String {
    let blank = format >= 100;
    let f = format % 100;
    if d == NULL_YMD {
        if blank {
            return String::new();
        }
        return match f {
            8 => "0000-00-00T00:00:00".into(),
            9 => "0000-00-00T00:00:00Z".into(),
            2 | 3 | 5 | 6 | 10 => String::new(),
            _ => "00/00/00".into(),
        };
    }
    let Some(n) = naive(d) else {
        return String::new();
    };
    let wd = DAYS[n.weekday().num_days_from_sunday() as usize];
    let (y, m, day) = d;
    match f {
        2 => format!("{}, {} {}, {}", abbr(wd), abbr(month_name(m)), day, y),
        3 => format!("{wd}, {} {day}, {y}", month_name(m)),
        4 => {
            if (1930..2030).contains(&y) {
                format!("{m:02}/{day:02}/{:02}", y % 100)
            } else {
                format!("{m:02}/{day:02}/{y:04}")
            }
        }
        5 => format!("{} {day}, {y}", month_name(m)),
        6 => format!("{} {day}, {y}", abbr(month_name(m))),
        8 => {
            let dt = local_dt(d, time.unwrap_or(0));
            dt.map(|t| t.format("%Y-%m-%dT%H:%M:%S").to_string())
                .unwrap_or_default()
        }
        9 => {
            let dt = local_dt(d, time.unwrap_or(0) - offset as i64);
            dt.map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
                .unwrap_or_default()
        }
        10 => {
            let dt = local_dt(d, time.unwrap_or(0) - offset as i64);
            dt.map(|t| t.format("%a, %d %b %Y %H:%M:%S GMT").to_string())
                .unwrap_or_default()
        }
        // 1 System date short, 7 Internal date short, and anything unknown.
        _ => format!("{m:02}/{day:02}/{y:04}"),
    }
}

/// `HH:MM:SS` style helpers.
fn hms(secs: i64) -> (i64, i64, i64) {
    let s = secs.abs();
    (s / 3600, (s / 60) % 60, s % 60)
}

fn plural(n: i64, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

fn words(parts: &[(i64, &str)]) -> String {
    let shown: Vec<String> = parts
        .iter()
        .filter(|(n, _)| *n != 0)
        .map(|(n, u)| plural(*n, u))
        .collect();
    if shown.is_empty() {
        plural(0, parts.last().map(|p| p.1).unwrap_or("second"))
    } else {
        shown.join(" ")
    }
}

fn am_pm(h: i64) -> (i64, &'static str) {
    let h24 = h % 24;
    let ampm = if h24 < 12 { "AM" } else { "PM" };
    let h12 = if h24 % 12 == 0 { 12 } else { h24 % 12 };
    (h12, ampm)
}

/// `String(time; format)` with a numeric format constant.
pub fn format_time(secs: i64, format: i64) -> String {
    let blank = format >= 100;
    if blank && secs == 0 {
        return String::new();
    }
    let sign = if secs < 0 { "-" } else { "" };
    let (h, m, s) = hms(secs);
    match format % 100 {
        2 => format!("{sign}{h:02}:{m:02}"),
        3 => format!(
            "{sign}{}",
            words(&[(h, "hour"), (m, "minute"), (s, "second")])
        ),
        4 => format!("{sign}{}", words(&[(h, "hour"), (m, "minute")])),
        5 => {
            let (h12, ap) = am_pm(h);
            format!("{h12}:{m:02} {ap}")
        }
        6 => format!("{sign}{:02}:{s:02}", h * 60 + m),
        7 => format!("{sign}{}", words(&[(h * 60 + m, "minute"), (s, "second")])),
        8 => format!("0000-00-00T{h:02}:{m:02}:{s:02}"),
        10 | 11 => {
            let (h12, ap) = am_pm(h);
            format!("{h12}:{m:02}:{s:02} {ap}")
        }
        // 1 HH MM SS, 9 System time short, default.
        _ => format!("{sign}{h:02}:{m:02}:{s:02}"),
    }
}

/// Format a UTC offset: `GMT+1`, `GMT+01:00` (long), `+0100` (basic).
fn gmt(offset: i32, long: bool) -> String {
    let sign = if offset < 0 { '-' } else { '+' };
    let a = offset.unsigned_abs();
    let (h, m) = (a / 3600, (a / 60) % 60);
    if offset == 0 && !long {
        return "GMT".into();
    }
    if long {
        format!("GMT{sign}{h:02}:{m:02}")
    } else if m == 0 {
        format!("GMT{sign}{h}")
    } else {
        format!("GMT{sign}{h}:{m:02}")
    }
}

/// A date/time pattern (ICU-style letters: `y M L d D E e c G Q q a h H K k m s S z O X x Z`),
/// applied to a local date and time of day. Text in single quotes is literal (`''` is a
/// quote); spaces at the ends of the pattern (outside quotes) are trimmed.
pub fn format_pattern(pattern: &str, d: Ymd, secs: i64, offset: i32) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::new();
    let dt = local_dt(d, secs);
    let (y, mo, day) = d;
    let (h, mi, s) = hms(secs);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' {
            if chars.get(i + 1) == Some(&'\'') {
                out.push('\'');
                i += 2;
                continue;
            }
            i += 1;
            while i < chars.len() {
                if chars[i] == '\'' {
                    if chars.get(i + 1) == Some(&'\'') {
                        out.push('\'');
                        i += 2;
                        continue;
                    }
                    break;
                }
                out.push(chars[i]);
                i += 1;
            }
            i += 1;
            continue;
        }
        if !c.is_ascii_alphabetic() {
            out.push(c);
            i += 1;
            continue;
        }
        let mut n = 1;
        while i + n < chars.len() && chars[i + n] == c {
            n += 1;
        }
        i += n;
        let wd = dt
            .map(|t| DAYS[t.weekday().num_days_from_sunday() as usize])
            .unwrap_or("");
        let piece = match c {
            'G' => match n {
                1..=3 => "AD".to_string(),
                4 => "Anno Domini".to_string(),
                _ => "A".to_string(),
            },
            'Q' | 'q' => {
                let q = mo.div_ceil(3);
                match n {
                    1 | 5.. => q.to_string(),
                    2 => format!("{q:02}"),
                    3 => format!("Q{q}"),
                    _ => format!("{q}{} quarter", ["st", "nd", "rd", "th"][q as usize - 1]),
                }
            }
            'y' | 'Y' | 'u' => {
                if n == 2 {
                    format!("{:02}", y.rem_euclid(100))
                } else {
                    format!("{:0width$}", y, width = n)
                }
            }
            'M' | 'L' => match n {
                1 => mo.to_string(),
                2 => format!("{mo:02}"),
                3 => abbr(month_name(mo)).to_string(),
                4 => month_name(mo).to_string(),
                _ => month_name(mo).chars().take(1).collect(),
            },
            'd' => {
                if n >= 2 {
                    format!("{day:02}")
                } else {
                    day.to_string()
                }
            }
            'D' => dt
                .map(|t| format!("{:0width$}", t.ordinal(), width = n))
                .unwrap_or_default(),
            'E' | 'e' | 'c' => match n {
                1..=3 => abbr(wd).to_string(),
                4 => wd.to_string(),
                5 => wd.chars().take(1).collect(),
                _ => wd.chars().take(2).collect(),
            },
            'a' if n >= 5 => am_pm(h).1[..1].to_lowercase(),
            'a' => am_pm(h).1.to_string(),
            'h' => pad(am_pm(h).0, n),
            'H' => pad(h, n),
            'K' => pad(h % 12, n),
            'k' => pad(if h % 24 == 0 { 24 } else { h % 24 }, n),
            'm' => pad(mi, n),
            's' => pad(s, n),
            'S' => "0".repeat(n),
            'z' | 'O' | 'v' | 'V' => gmt(offset, n >= 4),
            'X' if offset == 0 => "Z".to_string(),
            'x' | 'X' => {
                let sign = if offset < 0 { '-' } else { '+' };
                let a = offset.unsigned_abs();
                let (oh, om) = (a / 3600, (a / 60) % 60);
                match n {
                    1 if om == 0 => format!("{sign}{oh:02}"),
                    1 | 2 | 4 => format!("{sign}{oh:02}{om:02}"),
                    _ => format!("{sign}{oh:02}:{om:02}"),
                }
            }
            'Z' => {
                let sign = if offset < 0 { '-' } else { '+' };
                let a = offset.unsigned_abs();
                format!("{sign}{:02}{:02}", a / 3600, (a / 60) % 60)
            }
            _ => std::iter::repeat_n(c, n).collect(),
        };
        out.push_str(&piece);
    }
    // Unquoted spaces at the ends of the pattern were copied to the ends of `out`: drop
    // them (quoted ones are kept).
    let lead = pattern.len() - pattern.trim_start_matches(' ').len();
    let trail = pattern.len() - pattern.trim_end_matches(' ').len();
    let end = out.len().saturating_sub(trail).max(lead.min(out.len()));
    out[lead.min(out.len())..end].to_string()
}

fn pad(v: i64, n: usize) -> String {
    format!("{v:0n$}")
}

/// `Date(text)`: ISO `YYYY-MM-DD{THH:MM:SS{.fff}{Z}}` (a `Z` time is converted to local),
/// otherwise the first three numbers in short-date order (month, day, year; two-digit
/// years pivot at 30). Invalid → the null date.
pub fn parse_date(s: &str, offset: i32) -> Ymd {
    let t = s.trim();
    let groups: Vec<(usize, &str)> = number_groups(t);
    if let Some((pos, first)) = groups.first()
        && first.len() == 4
        && t[pos + 4..].starts_with('-')
        && groups.len() >= 3
    {
        let y: i32 = first.parse().unwrap_or(0);
        let m: u32 = groups[1].1.parse().unwrap_or(0);
        let d: u32 = groups[2].1.parse().unwrap_or(0);
        if naive((y, m, d)).is_none() {
            return NULL_YMD;
        }
        if t.ends_with('Z') && t.contains('T') && groups.len() >= 5 {
            let h: i64 = groups[3].1.parse().unwrap_or(0);
            let mi: i64 = groups[4].1.parse().unwrap_or(0);
            let sec: i64 = groups.get(5).and_then(|g| g.1.parse().ok()).unwrap_or(0);
            if let Some(dt) = local_dt((y, m, d), h * 3600 + mi * 60 + sec + offset as i64) {
                return (dt.year(), dt.month(), dt.day());
            }
        }
        return (y, m, d);
    }
    if groups.len() < 3 {
        return NULL_YMD;
    }
    let m: u32 = groups[0].1.parse().unwrap_or(0);
    let d: u32 = groups[1].1.parse().unwrap_or(0);
    let ytext = groups[2].1;
    let mut y: i32 = ytext.parse().unwrap_or(0);
    if ytext.len() <= 2 {
        y += if y >= 30 { 1900 } else { 2000 };
    }
    if naive((y, m, d)).is_none() {
        NULL_YMD
    } else {
        (y, m, d)
    }
}

fn number_groups(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            out.push((start, &s[start..i]));
        } else {
            i += 1;
        }
    }
    out
}

/// `Time(text)`: `HH:MM{:SS}` with an optional AM/PM, or the time part of an ISO
/// date-time. Returns seconds.
pub fn parse_time(s: &str) -> i64 {
    let t = s.trim();
    let t = match t.find('T') {
        Some(p) if t[..p].contains('-') => &t[p + 1..],
        _ => t,
    };
    let groups = number_groups(t);
    let get = |i: usize| {
        groups
            .get(i)
            .and_then(|g| g.1.parse::<i64>().ok())
            .unwrap_or(0)
    };
    let mut h = get(0);
    let upper = t.to_ascii_uppercase();
    if upper.contains("PM") && h < 12 {
        h += 12;
    } else if upper.contains("AM") && h == 12 {
        h = 0;
    }
    let sign = if t.starts_with('-') { -1 } else { 1 };
    sign * (h * 3600 + get(1) * 60 + get(2))
}

/// `Add to date(date; years; months; days)`: months overflow into the next month
/// (`2023-01-31` + 1 month = `2023-03-03`).
///
/// The null date (`NULL_YMD`) counts as year 0, month 0, day 0, so `Add to date(!00-00-00!; y; m; d)`
/// builds the date y-m-d (a common 4D idiom).
pub fn add_to_date(d: Ymd, years: i64, months: i64, days: i64) -> Ymd {
    // Checked arithmetic: absurd amounts give the null date, never an overflow.
    let total = (d.0 as i64 * 12 + (d.1 as i64 - 1))
        .checked_add(years.saturating_mul(12))
        .and_then(|t| t.checked_add(months));
    let Some(total) = total else {
        return NULL_YMD;
    };
    let Ok(y) = i32::try_from(total.div_euclid(12)) else {
        return NULL_YMD;
    };
    let m = total.rem_euclid(12) as u32 + 1;
    let Some(first) = NaiveDate::from_ymd_opt(y, m, 1) else {
        return NULL_YMD;
    };
    let target = (d.2 as i64 - 1)
        .checked_add(days)
        .and_then(chrono::Duration::try_days)
        .and_then(|delta| first.checked_add_signed(delta));
    match target {
        Some(t) if (1..=32767).contains(&t.year()) => (t.year(), t.month(), t.day()),
        _ => NULL_YMD,
    }
}

/// A naive date-time as `(date, seconds since midnight)`.
pub fn split_datetime(dt: NaiveDateTime) -> (Ymd, i64) {
    let d = dt.date();
    let t: NaiveTime = dt.time();
    (
        (d.year(), d.month(), d.day()),
        chrono::Timelike::num_seconds_from_midnight(&t) as i64,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_constants() {
        let d = (2006, 12, 29);
        assert_eq!(format_date(d, 1, None, 0), "12/29/2006");
        assert_eq!(format_date(d, 2, None, 0), "Fri, Dec 29, 2006");
        assert_eq!(format_date(d, 3, None, 0), "Friday, December 29, 2006");
        assert_eq!(format_date(d, 4, None, 0), "12/29/06");
        assert_eq!(format_date((1896, 12, 29), 4, None, 0), "12/29/1896");
        assert_eq!(format_date(d, 5, None, 0), "December 29, 2006");
        assert_eq!(format_date(d, 6, None, 0), "Dec 29, 2006");
        assert_eq!(format_date(d, 7, None, 0), "12/29/2006");
        assert_eq!(
            format_date((2010, 9, 13), 8, None, 7200),
            "2010-09-13T00:00:00"
        );
        assert_eq!(
            format_date((2010, 9, 13), 9, None, 7200),
            "2010-09-12T22:00:00Z"
        );
        assert_eq!(
            format_date((2010, 9, 9), 10, None, 7200),
            "Wed, 08 Sep 2010 22:00:00 GMT"
        );
        assert_eq!(
            format_date((2010, 9, 13), 8, Some(18 * 3600 + 11 * 60 + 53), 0),
            "2010-09-13T18:11:53"
        );
        assert_eq!(format_date(NULL_YMD, 101, None, 0), "");
        assert_eq!(format_date(NULL_YMD, 1, None, 0), "00/00/00");
    }

    #[test]
    fn time_constants() {
        let t = 3600 + 2 * 60 + 3;
        assert_eq!(format_time(t, 1), "01:02:03");
        assert_eq!(format_time(t, 2), "01:02");
        assert_eq!(format_time(t, 3), "1 hour 2 minutes 3 seconds");
        assert_eq!(format_time(t, 4), "1 hour 2 minutes");
        assert_eq!(format_time(t, 5), "1:02 AM");
        assert_eq!(format_time(t, 6), "62:03");
        assert_eq!(format_time(t, 7), "62 minutes 3 seconds");
        assert_eq!(format_time(t, 8), "0000-00-00T01:02:03");
        let t2 = 17 * 3600 + 30 * 60 + 45;
        assert_eq!(format_time(t2, 5), "5:30 PM");
        assert_eq!(format_time(t2, 3), "17 hours 30 minutes 45 seconds");
        assert_eq!(format_time(0, 101), "");
    }

    #[test]
    fn patterns() {
        let d = (2023, 11, 27);
        assert_eq!(
            format_pattern("EEEE d MMMM y GGGG", d, 0, 3600),
            "Monday 27 November 2023 Anno Domini"
        );
        assert_eq!(
            format_pattern("E dd/MM/yyyy zzzz", d, 0, 3600),
            "Mon 27/11/2023 GMT+01:00"
        );
        let t = 17 * 3600 + 30 * 60 + 45;
        assert_eq!(format_pattern("hh:mm aa O", d, t, 3600), "05:30 PM GMT+1");
        assert_eq!(format_pattern("'It is' K a", d, t, 3600), "It is 5 PM");
    }

    #[test]
    fn parsing() {
        assert_eq!(parse_date("12/25/94", 0), (1994, 12, 25));
        assert_eq!(parse_date("40/40/94", 0), NULL_YMD);
        assert_eq!(
            parse_date("It was the 6/30, we were in 2016", 0),
            (2016, 6, 30)
        );
        assert_eq!(parse_date("2020-11-17T00:00:00.0000", 0), (2020, 11, 17));
        assert_eq!(parse_date("2013-06-05", 0), (2013, 6, 5));
        assert_eq!(parse_date("2013-06-05T23:30:00Z", 3600), (2013, 6, 6));
        assert_eq!(parse_date("", 0), NULL_YMD);
        assert_eq!(parse_time("01:02:03"), 3723);
        assert_eq!(parse_time("2:30 PM"), 14 * 3600 + 1800);
        assert_eq!(parse_time("2013-06-05T20:00:00"), 72000);
    }

    #[test]
    fn date_arithmetic() {
        assert_eq!(add_to_date((2023, 1, 31), 0, 1, 0), (2023, 3, 3));
        assert_eq!(add_to_date((2024, 2, 29), 1, 0, 0), (2025, 3, 1));
        assert_eq!(add_to_date((2023, 12, 31), 0, 0, 1), (2024, 1, 1));
        assert_eq!(add_to_date((2023, 3, 15), 0, -3, 0), (2022, 12, 15));
        assert_eq!(day_number((2023, 11, 27)), 2);
    }
}
