//! Reading the results a documentation block states in its comments, and preparing the
//! block so each stated result is recorded where the comment stands.
//!
//! Understood forms (spaces optional): `//$x=7`, `// $x: [1,2]`, `//$o.a = "b"`,
//! `//returns true`, `// result: 5`, a bare value `// false` / `// 42` / `// "text"` /
//! `// [1,2]` after an assignment or an expression, and `//displays "..."` after `ALERT`.
//! Prose comments are ignored; a comment that looks like a claim but whose value cannot be
//! read is reported as not understood.

use crate::value::Value;

#[derive(Clone, Debug, PartialEq)]
pub enum Expected {
    Json(serde_json::Value),
    Text(String),
    Undefined,
}

#[derive(Clone, Debug)]
pub enum Claim {
    /// The value recorded under `id` must match.
    Value {
        id: usize,
        expected: Expected,
        text: String,
    },
    /// The next line printed by `ALERT` must match.
    Displays { expected: String, text: String },
}

pub struct Prepared {
    pub code: String,
    pub claims: Vec<Claim>,
    pub uninterpreted: Vec<String>,
}

/// Name of the hidden command that records a value for a claim.
pub const RECORD: &str = "__doctest_record";

/// Instrument `code`: a `__doctest_record(id; expr)` line after each line with a claim.
pub fn prepare(code: &str) -> Prepared {
    let mut out = String::new();
    let mut claims = Vec::new();
    let mut uninterpreted = Vec::new();
    for line in code.lines() {
        out.push_str(line);
        out.push('\n');
        let Some((stmt, comment)) = split_comment(line) else {
            continue;
        };
        let stmt = stmt.trim();
        let comment = comment.trim();
        match read_claim(stmt, comment) {
            Reading::None => {}
            Reading::NotUnderstood => uninterpreted.push(comment.to_string()),
            Reading::Displays(text) => claims.push(Claim::Displays {
                expected: text,
                text: comment.to_string(),
            }),
            Reading::Value { subject, expected } => {
                let id = claims.len();
                // Keep the statement's indentation so the record lands in the same block.
                out.push_str(&format!("{RECORD}({id}; {subject})\n"));
                claims.push(Claim::Value {
                    id,
                    expected,
                    text: comment.to_string(),
                });
            }
        }
    }
    Prepared {
        code: out,
        claims,
        uninterpreted,
    }
}

enum Reading {
    None,
    NotUnderstood,
    Displays(String),
    Value { subject: String, expected: Expected },
}

/// Split `code // comment` at the first `//` outside a string.
fn split_comment(line: &str) -> Option<(&str, &str)> {
    let mut in_string = false;
    let bytes = line.as_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() {
        match bytes[i] {
            b'"' => in_string = !in_string,
            b'\\' if in_string => i += 1,
            b'/' if !in_string && bytes[i + 1] == b'/' => {
                return Some((&line[..i], &line[i + 2..]));
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn read_claim(stmt: &str, comment: &str) -> Reading {
    if stmt.is_empty() {
        return Reading::None;
    }
    let lower = comment.to_lowercase();
    if let Some(rest) = strip_word(&lower, comment, &["displays", "display", "shows"]) {
        return match parse_expected(rest) {
            Some(Expected::Text(t)) => Reading::Displays(t),
            Some(Expected::Json(j)) => Reading::Displays(json_display(&j)),
            _ => Reading::NotUnderstood,
        };
    }
    // `$x = value`, `$x: value`, `$o.prop = value`
    if comment.starts_with('$') {
        let end = comment
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$' || c == '.'))
            .unwrap_or(comment.len());
        let subject = &comment[..end];
        let rest = comment[end..].trim_start();
        let rest = rest
            .strip_prefix('=')
            .or_else(|| rest.strip_prefix(':'))
            .map(str::trim);
        return match rest {
            Some(v) if !subject.is_empty() => match parse_expected(v) {
                Some(expected) => Reading::Value {
                    subject: subject.to_string(),
                    expected,
                },
                None => Reading::NotUnderstood,
            },
            _ => Reading::None,
        };
    }
    let value_text = match strip_word(
        &lower,
        comment,
        &["returns", "return", "result:", "result =", "gives", "->"],
    ) {
        Some(rest) => rest.trim_start_matches(':').trim(),
        None => {
            // A bare literal comment.
            if !looks_literal(comment) {
                return Reading::None;
            }
            comment
        }
    };
    let Some(expected) = parse_expected(value_text) else {
        return Reading::NotUnderstood;
    };
    match subject_of(stmt) {
        Some(subject) => Reading::Value { subject, expected },
        None => Reading::None,
    }
}

/// What a statement's value is: the assigned variable, or the expression itself.
fn subject_of(stmt: &str) -> Option<String> {
    if let Some(i) = stmt.find(":=") {
        let target = stmt[..i].trim();
        return (!target.is_empty()).then(|| target.to_string());
    }
    let first = stmt.split_whitespace().next()?;
    let keyword = [
        "If", "Else", "End", "For", "While", "Repeat", "Until", "Case", "var", "return", "Use",
        "Try", "Catch",
    ]
    .iter()
    .any(|k| {
        first.eq_ignore_ascii_case(k)
            || first
                .to_lowercase()
                .starts_with(&format!("{}(", k.to_lowercase()))
    });
    (!keyword && !stmt.starts_with(':')).then(|| stmt.to_string())
}

fn strip_word<'a>(lower: &str, original: &'a str, words: &[&str]) -> Option<&'a str> {
    for w in words {
        if lower.starts_with(w) {
            return Some(original[w.len()..].trim());
        }
    }
    None
}

fn looks_literal(s: &str) -> bool {
    let s = s.trim();
    let lower = s.to_lowercase();
    matches!(lower.as_str(), "true" | "false" | "null" | "undefined")
        || s.starts_with('"')
        || (s.starts_with('[') && s.ends_with(']'))
        || (s.starts_with('{') && s.ends_with('}'))
        || s.parse::<f64>().is_ok()
}

/// Read an expected value: JSON (with bare keys or single quotes tolerated), True/False,
/// undefined, a quoted text, or a bare word (taken as text).
pub fn parse_expected(s: &str) -> Option<Expected> {
    let s = s.trim().trim_end_matches(';').trim();
    if s.is_empty() {
        return None;
    }
    let lower = s.to_lowercase();
    match lower.as_str() {
        "true" => return Some(Expected::Json(serde_json::Value::Bool(true))),
        "false" => return Some(Expected::Json(serde_json::Value::Bool(false))),
        "null" => return Some(Expected::Json(serde_json::Value::Null)),
        "undefined" => return Some(Expected::Undefined),
        _ => {}
    }
    if let Some(inner) = s.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        return Some(Expected::Text(inner.replace("\\\"", "\"")));
    }
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(s) {
        return Some(Expected::Json(v));
    }
    if s.starts_with('[') || s.starts_with('{') {
        let fixed = quote_bare_keys(&s.replace('\'', "\""));
        return serde_json::from_str::<serde_json::Value>(&fixed)
            .ok()
            .map(Expected::Json);
    }
    if s.split_whitespace().count() <= 3 {
        return Some(Expected::Text(s.to_string()));
    }
    None
}

/// `{a:1}` → `{"a":1}` (documentation often omits key quotes).
fn quote_bare_keys(s: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut in_string = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '"' {
            in_string = !in_string;
        }
        if !in_string && (c.is_alphabetic() || c == '_') && out.trim_end().ends_with(['{', ',']) {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let next = chars[i..].iter().find(|c| !c.is_whitespace());
            if next == Some(&':') {
                out.push('"');
                out.push_str(&word);
                out.push('"');
            } else {
                out.push_str(&word);
            }
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

fn json_display(j: &serde_json::Value) -> String {
    match j {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

impl Expected {
    pub fn matches(&self, actual: &Value) -> bool {
        match self {
            Expected::Undefined => actual.is_undefined(),
            Expected::Text(t) => match actual {
                Value::Text(a) => a.as_str() == t,
                other => crate::builtins::text::to_text(other) == *t,
            },
            Expected::Json(j) => {
                let text = crate::builtins::json::stringify(actual, false);
                match serde_json::from_str::<serde_json::Value>(&text) {
                    Ok(a) => json_equal(&a, j),
                    Err(_) => false,
                }
            }
        }
    }
}

fn json_equal(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value as J;
    match (a, b) {
        (J::Number(x), J::Number(y)) => {
            let (x, y) = (
                x.as_f64().unwrap_or(f64::NAN),
                y.as_f64().unwrap_or(f64::NAN),
            );
            (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0)
        }
        (J::Array(x), J::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| json_equal(p, q))
        }
        (J::Object(x), J::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| json_equal(v, w)))
        }
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_claims() {
        let p = prepare(
            "$a:=1+2 //$a=3\n$b:=\"x\" // returns \"x\"\n$c:=[1;2] // [1,2]\nALERT(\"hi\") //displays \"hi\"\n// just prose\n$d:=1 // add one\n",
        );
        assert_eq!(p.claims.len(), 4);
        assert!(p.code.contains("__doctest_record(0; $a)"));
        assert!(p.code.contains("__doctest_record(1; $b)"));
        assert!(p.code.contains("__doctest_record(2; $c)"));
        assert!(p.uninterpreted.is_empty());
    }

    #[test]
    fn bare_keys_are_tolerated() {
        assert_eq!(
            parse_expected("{a:1, b:[1,2]}"),
            Some(Expected::Json(serde_json::json!({"a": 1, "b": [1, 2]})))
        );
        assert_eq!(
            parse_expected("True"),
            Some(Expected::Json(serde_json::Value::Bool(true)))
        );
    }

    #[test]
    fn comments_inside_strings_are_not_comments() {
        assert_eq!(split_comment("$a:=\"http://x\""), None);
        assert_eq!(split_comment("$a:=1 // one").map(|(_, c)| c), Some(" one"));
    }
}
