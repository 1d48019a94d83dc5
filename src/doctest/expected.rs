//! Expected values as documentation writes them (JSON, 4D's debugger notation, dates and
//! times, bare words) and how an actual 4D value is matched against them.

use super::expect::{Expected, Pat, RAISED};
use crate::value::Value;

/// Read an expected value (see the module comment); prose after it is ignored.
pub fn parse_expected(s: &str) -> Option<Expected> {
    let s = s.trim().trim_end_matches(';').trim();
    if s.is_empty() {
        return None;
    }
    let lower = s.to_lowercase();
    let first: String = lower.chars().take_while(|c| c.is_alphabetic()).collect();
    let after = &s[first.len()..];
    let word_alone = after.is_empty() || after.starts_with([' ', ',', '.', ';', ')', '(']);
    if word_alone {
        match first.as_str() {
            "true" => return Some(Expected::Pat(Pat::Bool(true))),
            "false" => return Some(Expected::Pat(Pat::Bool(false))),
            "null" => return Some(Expected::Pat(Pat::Null)),
            "undefined" => return Some(Expected::Undefined),
            "error" if after.trim().is_empty() => return Some(Expected::Error),
            _ => {}
        }
    }
    for (open, close) in [('!', '!'), ('?', '?')] {
        if let Some(rest) = s.strip_prefix(open)
            && let Some(j) = rest.find(close)
        {
            let lit = &s[..j + 2];
            let inner = &rest[..j];
            if !inner.is_empty()
                && inner
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | ':' | '.'))
            {
                return Some(Expected::Code(lit.to_string()));
            }
        }
    }
    if s.starts_with(['[', '{', '"']) {
        let mut p = Lenient {
            chars: s.chars().collect(),
            pos: 0,
        };
        let v = p.value()?;
        // Prose may follow the value, but not a list of values (`"a","b"`).
        let rest: String = p.chars[p.pos..].iter().collect();
        // `"{"name":""}"`: a text shown between quotes without escaping the quotes it
        // holds; the text runs to the last quote.
        if matches!(v, Pat::Str(_))
            && rest.starts_with(|c: char| !c.is_whitespace() && !matches!(c, ',' | ')' | ';'))
            && let Some(last) = s.rfind('"')
            && last > 0
        {
            return Some(Expected::Pat(Pat::Str(s[1..last].to_string())));
        }
        if rest.trim_start().starts_with(',') && matches!(v, Pat::Str(_)) {
            return None;
        }
        return Some(Expected::Pat(v));
    }
    // A typographic minus (`–2`, `−2`) is a minus sign.
    let minus = s
        .strip_prefix(['\u{2013}', '\u{2212}'])
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        .map(|r| format!("-{r}"));
    let s = minus.as_deref().unwrap_or(s);
    // A time without its `?` delimiters (`02:46:40`).
    let b = s.as_bytes();
    if s.len() == 8
        && b[2] == b':'
        && b[5] == b':'
        && [0, 1, 3, 4, 6, 7].iter().all(|&i| b[i].is_ascii_digit())
    {
        return Some(Expected::Code(format!("?{s}?")));
    }
    // A number, alone or followed by prose.
    let num: String = s
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '-' | '.' | 'e' | 'E' | '+'))
        .collect();
    if let Ok(n) = num.parse::<f64>() {
        let rest = &s[num.len()..];
        // `65, the character code of A`
        let prose = rest
            .strip_prefix(", ")
            .is_some_and(|r| r.starts_with(|c: char| c.is_alphabetic()));
        if rest.is_empty() || rest.starts_with([' ', ';', ')']) || prose {
            return Some(Expected::Pat(Pat::Num(n)));
        }
    }
    if s.split_whitespace().count() <= 3 {
        return Some(Expected::Pat(Pat::Bare(s.to_string())));
    }
    None
}

/// A forgiving reader for JSON and 4D debugger notation.
struct Lenient {
    chars: Vec<char>,
    pos: usize,
}

impl Lenient {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.pos += 1;
        }
    }

    fn value(&mut self) -> Option<Pat> {
        self.ws();
        match self.peek()? {
            '[' => {
                self.pos += 1;
                let mut items = Vec::new();
                self.ws();
                if self.peek() == Some(']') {
                    self.pos += 1;
                    return Some(Pat::List(items));
                }
                loop {
                    items.push(self.value()?);
                    self.ws();
                    match self.peek()? {
                        ',' | ';' => self.pos += 1,
                        ']' => {
                            self.pos += 1;
                            return Some(Pat::List(items));
                        }
                        _ => return None,
                    }
                }
            }
            '{' => {
                self.pos += 1;
                let mut props = Vec::new();
                let mut partial = false;
                loop {
                    self.ws();
                    match self.peek()? {
                        '}' => {
                            self.pos += 1;
                            return Some(Pat::Obj(props, partial));
                        }
                        ',' | ';' => {
                            self.pos += 1;
                            continue;
                        }
                        _ => {}
                    }
                    let key = match self.peek()? {
                        '"' | '\'' => self.string()?,
                        _ => {
                            let start = self.pos;
                            while self
                                .peek()
                                .is_some_and(|c| !matches!(c, ':' | '}' | ',' | ';'))
                            {
                                self.pos += 1;
                            }
                            let k: String = self.chars[start..self.pos].iter().collect();
                            k.trim().trim_end_matches('"').to_string()
                        }
                    };
                    self.ws();
                    if key.starts_with("...") || key.is_empty() {
                        partial = true;
                        continue;
                    }
                    if self.peek()? != ':' {
                        return None;
                    }
                    self.pos += 1;
                    let v = self.value()?;
                    if matches!(v, Pat::Prefix(_)) {
                        partial = true;
                    }
                    props.push((key, v));
                }
            }
            '"' | '\'' => self.string().map(Pat::Str),
            _ => {
                let start = self.pos;
                let mut depth = 0;
                while let Some(c) = self.peek() {
                    match c {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        ',' | ';' | ']' | '}' if depth == 0 => break,
                        _ => {}
                    }
                    self.pos += 1;
                }
                let raw: String = self.chars[start..self.pos].iter().collect();
                let raw = raw.trim();
                if raw.is_empty() {
                    return None;
                }
                Some(match raw.to_lowercase().as_str() {
                    "true" => Pat::Bool(true),
                    "false" => Pat::Bool(false),
                    "null" => Pat::Null,
                    _ => {
                        if let Ok(n) = raw.parse::<f64>() {
                            Pat::Num(n)
                        } else if let Some(p) = raw.strip_suffix("...") {
                            Pat::Prefix(p.to_string())
                        } else {
                            Pat::Bare(raw.to_string())
                        }
                    }
                })
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        let quote = self.peek()?;
        self.pos += 1;
        let mut s = String::new();
        while let Some(c) = self.peek() {
            self.pos += 1;
            if c == '\\' {
                let n = self.peek()?;
                self.pos += 1;
                s.push(match n {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    o => o,
                });
            } else if c == quote {
                return Some(s);
            } else {
                s.push(c);
            }
        }
        None
    }
}

impl Expected {
    /// Whether `actual` matches (for `Code`, `literal` is the evaluated literal).
    pub fn matches(&self, actual: &Value, literal: Option<&Value>) -> bool {
        match self {
            Expected::Undefined => actual.is_undefined(),
            Expected::Error => matches!(actual, Value::Text(t) if t.as_str() == RAISED),
            Expected::Code(_) => {
                literal.is_some_and(|l| crate::builtins::collection::deep_equal(actual, l, true))
            }
            Expected::Pat(p @ (Pat::Str(t) | Pat::Bare(t))) => match actual {
                Value::Text(a) => a.as_str() == t,
                Value::Object(_) | Value::Collection(_) => pat_matches(p, &to_json(actual)),
                other => {
                    crate::builtins::text::to_text(other) == *t
                        || (matches!(p, Pat::Bare(_)) && pat_matches(p, &to_json(actual)))
                }
            },
            Expected::Pat(p) => !actual.is_undefined() && pat_matches(p, &to_json(actual)),
        }
    }
}

fn to_json(v: &Value) -> serde_json::Value {
    let text = crate::builtins::json::stringify(v, false);
    serde_json::from_str(&text).unwrap_or(serde_json::Value::Null)
}

fn pat_matches(p: &Pat, a: &serde_json::Value) -> bool {
    use serde_json::Value as J;
    match (p, a) {
        (Pat::Num(x), J::Number(y)) => {
            let y = y.as_f64().unwrap_or(f64::NAN);
            (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0)
        }
        (Pat::Str(s), J::String(t)) => s == t,
        (Pat::Bare(s), J::String(t)) => s == t,
        (Pat::Bare(s), J::Number(n)) => n.to_string() == *s,
        (Pat::Bare(s), J::Bool(b)) => s.eq_ignore_ascii_case(&b.to_string()),
        (Pat::Prefix(s), J::String(t)) => t.starts_with(s.as_str()),
        (Pat::Bool(x), J::Bool(y)) => x == y,
        (Pat::Null, J::Null) => true,
        (Pat::List(x), J::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| pat_matches(p, q))
        }
        (Pat::Obj(props, partial), J::Object(o)) => {
            (*partial || props.len() == o.len())
                && props
                    .iter()
                    .all(|(k, v)| o.get(k).is_some_and(|w| pat_matches(v, w)))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_values_as_pages_write_them() {
        assert_eq!(parse_expected("–2"), Some(Expected::Pat(Pat::Num(-2.0))));
        assert_eq!(
            parse_expected("\u{2212}216.9"),
            Some(Expected::Pat(Pat::Num(-216.9)))
        );
        assert_eq!(
            parse_expected("65, the character code of A"),
            Some(Expected::Pat(Pat::Num(65.0)))
        );
        assert_eq!(
            parse_expected("02:46:40"),
            Some(Expected::Code("?02:46:40?".into()))
        );
        // A text between quotes that holds unescaped quotes runs to the last quote.
        assert_eq!(
            parse_expected("\"{\"name\":\"\"}\" (string)"),
            Some(Expected::Pat(Pat::Str("{\"name\":\"\"}".into())))
        );
        assert_eq!(
            parse_expected("\"abc\""),
            Some(Expected::Pat(Pat::Str("abc".into())))
        );
    }
}
