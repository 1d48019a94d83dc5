//! Decoding of literal tokens into values: text escapes, numbers, hex, dates, times.
//! Each function returns an error message for the parser to report.

/// Decode the escapes of a text literal (`\n \t \r \\ \"`, letters case-insensitive).
/// Any other backslash pair is kept as written.
pub fn text(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some('t' | 'T') => out.push('\t'),
            Some('r' | 'R') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('"') => out.push('"'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// A decimal number: its value, and the i32 when written without fraction or exponent.
pub fn number(raw: &str) -> (f64, Option<i32>) {
    let value: f64 = raw.parse().unwrap_or(f64::INFINITY);
    let int = if raw.bytes().all(|b| b.is_ascii_digit()) {
        raw.parse::<i32>().ok()
    } else {
        None
    };
    (value, int)
}

/// A hexadecimal number: 32 bits, read as a signed Longint (`0xFFFFFFFF` is -1, as in 4D).
pub fn hex(raw: &str) -> Result<(f64, Option<i32>), String> {
    let digits = &raw[2..];
    match u32::from_str_radix(digits, 16) {
        Ok(v) => {
            let i = v as i32;
            Ok((i as f64, Some(i)))
        }
        Err(_) => Err(format!(
            "hexadecimal literal `{raw}` does not fit in 32 bits"
        )),
    }
}

/// A date literal (the text between the `!`). `YYYY-MM-DD` (also with `/` or `.`) when
/// the first part has four digits; otherwise `MM/DD/YY` or `MM/DD/YYYY` (4D's US
/// system format), a two-digit year below 30 meaning 20xx. All zeros is the null date.
pub fn date(raw: &str) -> Result<(u16, u8, u8), String> {
    let parts: Vec<&str> = raw.split(['-', '/', '.']).collect();
    let [a, b, c] = parts[..] else {
        return Err(format!("`!{raw}!` is not a date: expected `!YYYY-MM-DD!`"));
    };
    let n = |s: &str| s.parse::<u32>().unwrap_or(0);
    let (mut year, month, day) = if a.len() == 4 {
        (n(a), n(b), n(c))
    } else {
        (n(c), n(a), n(b))
    };
    if year == 0 && month == 0 && day == 0 {
        return Ok((0, 0, 0));
    }
    if a.len() != 4 && c.len() <= 2 {
        year += if year < 30 { 2000 } else { 1900 };
    }
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return Err(format!(
            "`!{raw}!` is not a valid date: month {month}, day {day}"
        ));
    }
    Ok((year as u16, month as u8, day as u8))
}

/// A time literal (the text between the `?`), in seconds.
pub fn time(raw: &str) -> Result<i64, String> {
    let parts: Vec<i64> = raw.split(':').map(|p| p.parse().unwrap_or(0)).collect();
    let [h, m, s] = parts[..] else {
        return Err(format!("`?{raw}?` is not a time: expected `?HH:MM:SS?`"));
    };
    if m > 59 || s > 59 {
        return Err(format!(
            "`?{raw}?` is not a valid time: minutes and seconds go up to 59"
        ));
    }
    Ok(h * 3600 + m * 60 + s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(text(r#"a\nb\T\\\"\q"#), "a\nb\t\\\"\\q");
    }

    #[test]
    fn dates() {
        assert_eq!(date("2024-01-31"), Ok((2024, 1, 31)));
        assert_eq!(date("00-00-00"), Ok((0, 0, 0)));
        assert_eq!(date("00/00/00"), Ok((0, 0, 0)));
        assert_eq!(date("05/15/11"), Ok((2011, 5, 15)));
        assert_eq!(date("01/01/93"), Ok((1993, 1, 1)));
        assert_eq!(date("2018/01/21"), Ok((2018, 1, 21)));
        assert!(date("2024-13-01").is_err());
    }

    #[test]
    fn numbers() {
        assert_eq!(number("12"), (12.0, Some(12)));
        assert_eq!(number("1e3"), (1000.0, None));
        assert_eq!(number("99999999999"), (99999999999.0, None));
        assert_eq!(hex("0xFF"), Ok((255.0, Some(255))));
        assert_eq!(hex("0xFFFFFFFF"), Ok((-1.0, Some(-1))));
        assert_eq!(time("8:05:30"), Ok(8 * 3600 + 5 * 60 + 30));
    }
}
