//! Numbers to text and text to numbers, as `String` and `Num` do (pure functions).
//!
//! * [`real_to_text`]: 4D's default conversion, 13 significant digits, `%g`-like
//!   (`1/3` → `0.3333333333333`, `Arctan(1)*4` → `3.14159265359`, `2^15` → `32768`,
//!   `1/0` → `INF`, NaN → `""`).
//! * [`format_number`]: display formats (`"###,##0.00"`, `"&x"`, `"&$"`, `"&xml"`, `"&3"`,
//!   `"True;;False"`): positive;negative;zero parts, `#` (digit or nothing), `0` (digit or
//!   zero), `^` (digit or space), `,` thousands, `.` decimal point, anything else literal.
//! * [`parse_num`]: `Num(text)`: non-numeric characters are skipped, a leading `-` negates,
//!   an embedded `-` ends the number, `e`/`E` starts an exponent.
//!
//! fourd pins the "system" number settings to en-US: `.` decimal point, `,` thousands.

/// Significant digits of 4D's default real-to-text conversion.
pub const SIGNIFICANT_DIGITS: usize = 13;

/// `String(real)` with no format.
pub fn real_to_text(r: f64) -> String {
    if r.is_nan() {
        return String::new();
    }
    if r.is_infinite() {
        return if r > 0.0 { "INF".into() } else { "-INF".into() };
    }
    if r == 0.0 {
        return "0".into();
    }
    // Whole numbers below 10^13 print as integers (what `%.13g` gives), without the
    // float formatter: `String($i)` on a counter is a hot path.
    if r.fract() == 0.0 && r.abs() < 1e13 {
        return (r as i64).to_string();
    }
    general(r, SIGNIFICANT_DIGITS)
}

/// `%.{p}g` formatting with trailing zeros removed.
pub fn general(r: f64, p: usize) -> String {
    let sci = format!("{:.*e}", p - 1, r);
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if exp < -4 || exp >= p as i32 {
        let mant = strip_zeros(mant);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mant}e{sign}{:02}", exp.unsigned_abs())
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        strip_zeros(&format!("{:.*}", decimals, r)).to_string()
    }
}

fn strip_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// Round half away from zero to `places` decimals (negative places round left of the point).
pub fn round_places(r: f64, places: i32) -> f64 {
    if !r.is_finite() {
        return r;
    }
    let f = 10f64.powi(places.abs());
    if places >= 0 {
        let scaled = r * f;
        // Correct representation noise (1.005*100 = 100.49999...) before rounding.
        let nudged = (scaled * 1e9).round() / 1e9;
        nudged.round() / f
    } else {
        (r / f).round() * f
    }
}

/// `String(number; format)`.
pub fn format_number(r: f64, fmt: &str) -> String {
    if fmt.is_empty() || fmt.starts_with('|') {
        return real_to_text(r);
    }
    if let Some(rest) = fmt.strip_prefix('&') {
        return special_format(r, rest);
    }
    let parts: Vec<&str> = fmt.split(';').collect();
    let pos = parts[0];
    let neg = parts.get(1).copied().filter(|p| !p.is_empty());
    let zero = parts.get(2).copied().filter(|p| !p.is_empty());
    if r == 0.0 {
        if let Some(z) = zero {
            return apply_pattern(0.0, z);
        }
        return apply_pattern(0.0, pos);
    }
    if r < 0.0 {
        if let Some(n) = neg {
            return apply_pattern(-r, n);
        }
        let body = apply_pattern(-r, pos);
        // A pattern without placeholders ("True;;False") has no sign to show.
        return if has_placeholder(pos) {
            format!("-{body}")
        } else {
            body
        };
    }
    apply_pattern(r, pos)
}

fn special_format(r: f64, rest: &str) -> String {
    let as_u32 = (r.trunc() as i64) as u32;
    match rest {
        "x" => {
            if as_u32 <= 0xFFFF {
                format!("0x{as_u32:04X}")
            } else {
                format!("0x{as_u32:08X}")
            }
        }
        "$" => format!("${as_u32:X}"),
        "xml" => real_to_text(r),
        _ => match rest.parse::<usize>() {
            Ok(n) if n <= 30 => {
                if !r.is_finite() {
                    return real_to_text(r);
                }
                let s = format!("{:.*e}", n, r);
                let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
                let e: i32 = e.parse().unwrap_or(0);
                format!("{m}e{}{}", if e < 0 { '-' } else { '+' }, e.unsigned_abs())
            }
            _ => real_to_text(r),
        },
    }
}

fn is_placeholder(c: char) -> bool {
    matches!(c, '#' | '0' | '^')
}

fn has_placeholder(p: &str) -> bool {
    p.chars().any(is_placeholder)
}

/// Format a non-negative number with one pattern part.
fn apply_pattern(r: f64, part: &str) -> String {
    let chars: Vec<char> = part.chars().collect();
    let (Some(first), Some(last)) = (
        chars.iter().position(|c| is_placeholder(*c)),
        chars.iter().rposition(|c| is_placeholder(*c)),
    ) else {
        return part.to_string();
    };
    // A decimal point right after the last placeholder still belongs to the number
    // ("###." is unusual; keep it simple: only points inside the placeholder region count).
    let prefix: String = chars[..first].iter().collect();
    let suffix: String = chars[last + 1..].iter().collect();
    let region = &chars[first..=last];
    let point = region.iter().position(|c| *c == '.');
    let (int_pat, frac_pat): (&[char], &[char]) = match point {
        Some(p) => (&region[..p], &region[p + 1..]),
        None => (region, &[]),
    };
    let grouping = int_pat.contains(&',');
    let int_ph: Vec<char> = int_pat
        .iter()
        .copied()
        .filter(|c| is_placeholder(*c))
        .collect();
    let frac_ph: Vec<char> = frac_pat
        .iter()
        .copied()
        .filter(|c| is_placeholder(*c))
        .collect();
    let decimals = frac_ph.len();
    let rounded = round_places(r, decimals as i32);
    let fixed = format!("{:.*}", decimals, rounded);
    let (int_digits, frac_digits) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let int_digits = if int_digits == "0" { "" } else { int_digits };

    // Integer part: digits right-aligned on the placeholders.
    let digits: Vec<char> = int_digits.chars().collect();
    let mut out_rev: Vec<char> = Vec::new();
    let n = digits.len().max(int_ph.len());
    for i in 0..n {
        let d = if i < digits.len() {
            Some(digits[digits.len() - 1 - i])
        } else {
            None
        };
        let ph = if i < int_ph.len() {
            Some(int_ph[int_ph.len() - 1 - i])
        } else {
            None
        };
        let c = match (d, ph) {
            (Some(d), _) => Some(d),
            (None, Some('0')) => Some('0'),
            (None, Some('^')) => Some(' '),
            _ => None,
        };
        if let Some(c) = c {
            if grouping && i > 0 && i % 3 == 0 && c != ' ' {
                out_rev.push(',');
            }
            out_rev.push(c);
        }
    }
    let mut out: String = prefix;
    out.extend(out_rev.iter().rev());
    if point.is_some() {
        let mut frac: Vec<char> = frac_digits.chars().collect();
        // Trailing `#` placeholders drop trailing zeros.
        while let (Some(&d), Some(&ph)) = (frac.last(), frac_ph.get(frac.len().wrapping_sub(1))) {
            if d == '0' && ph == '#' {
                frac.pop();
            } else {
                break;
            }
        }
        if !frac.is_empty() || frac_ph.is_empty() {
            out.push('.');
            out.extend(frac);
        }
    }
    out.push_str(&suffix);
    out
}

/// `Num(text {; separator})`.
pub fn parse_num(s: &str, separator: char) -> f64 {
    let mut mant = String::new();
    let mut exp = String::new();
    let mut negative = false;
    let mut seen_digit = false;
    let mut seen_point = false;
    let mut in_exp = false;
    let mut started = false;
    for c in s.chars() {
        if c.is_ascii_digit() {
            if in_exp {
                exp.push(c);
            } else {
                mant.push(c);
                seen_digit = true;
            }
            started = true;
        } else if c == separator && !in_exp {
            if seen_point {
                continue;
            }
            seen_point = true;
            mant.push('.');
            started = true;
        } else if c == '-' {
            if in_exp && exp.is_empty() {
                exp.push('-');
            } else if !started {
                negative = !negative;
            } else {
                break;
            }
        } else if (c == 'e' || c == 'E') && seen_digit && !in_exp {
            in_exp = true;
        }
    }
    if !seen_digit {
        return 0.0;
    }
    let mut v: f64 = mant.parse().unwrap_or(0.0);
    if let Ok(e) = exp.parse::<i32>() {
        v *= 10f64.powi(e);
    }
    if negative { -v } else { v }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_conversion_uses_13_significant_digits() {
        assert_eq!(real_to_text(1.0 / 3.0), "0.3333333333333");
        assert_eq!(real_to_text(1f64.atan() * 4.0), "3.14159265359");
        assert_eq!(real_to_text(32768.0), "32768");
        assert_eq!(real_to_text(-2.5), "-2.5");
        assert_eq!(real_to_text(f64::INFINITY), "INF");
        assert_eq!(real_to_text(f64::NEG_INFINITY), "-INF");
        assert_eq!(real_to_text(f64::NAN), "");
        assert_eq!(real_to_text(0.1 + 0.2), "0.3");
        assert_eq!(real_to_text(1e20), "1e+20");
        assert_eq!(real_to_text(0.00001), "1e-05");
        assert_eq!(real_to_text(-0.0), "0");
    }

    #[test]
    fn display_formats() {
        assert_eq!(
            format_number(32768.0, "###,##0 Inhabitants"),
            "32,768 Inhabitants"
        );
        assert_eq!(format_number(1.0 / 3.0, "##0.00000"), "0.33333");
        assert_eq!(format_number(1f64.atan() * 4.0, "##0.00"), "3.14");
        assert_eq!(format_number(-1.0, "&x"), "0xFFFFFFFF");
        assert_eq!(format_number(-1.0, "&$"), "$FFFFFFFF");
        assert_eq!(format_number(128.0, "&x"), "0x0080");
        assert_eq!(format_number(128.0, "&$"), "$80");
        assert_eq!(format_number(16384.0, "&x"), "0x4000");
        assert_eq!(format_number(50.3, "&xml"), "50.3");
        assert_eq!(format_number(1.0, "True;;False"), "True");
        assert_eq!(format_number(0.0, "True;;False"), "False");
        assert_eq!(format_number(-1234.5, "###,##0.00"), "-1,234.50");
        assert_eq!(format_number(-3.0, "##0;(##0)"), "(3)");
        assert_eq!(format_number(7.0, "000"), "007");
        assert_eq!(format_number(0.5, "#.00"), ".50");
        assert_eq!(format_number(1234567.0, "#,###,##0"), "1,234,567");
        assert_eq!(format_number(2.5, "$##0.00"), "$2.50");
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(round_places(-1.5, 0), -2.0);
        assert_eq!(round_places(2.5, 0), 3.0);
        assert_eq!(round_places(32345.67, -3), 32000.0);
        assert_eq!(round_places(1.005, 2), 1.01);
        assert_eq!(round_places(16.857, 2), 16.86);
    }

    #[test]
    fn num_skips_non_numeric_characters() {
        assert_eq!(parse_num("A1B2C3", '.'), 123.0);
        assert_eq!(parse_num("ABCD", '.'), 0.0);
        assert_eq!(parse_num("123-456", '.'), 123.0);
        assert_eq!(parse_num("-12.5", '.'), -12.5);
        assert_eq!(parse_num("1e3", '.'), 1000.0);
        assert_eq!(parse_num("2.5E-1", '.'), 0.25);
        assert_eq!(parse_num("12,5", ','), 12.5);
        assert_eq!(parse_num("$1,234.50", '.'), 1234.5);
    }
}
