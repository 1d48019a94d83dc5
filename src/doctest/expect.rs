//! Reading the results a documentation block states in its comments, and preparing the
//! block so each stated result is recorded where the comment stands.
//!
//! Understood forms (spaces optional):
//! - `//$x=7`, `// $x: [1,2]`, `//$o.a = "b"`, `// $c:=[1,2]`, `// $t2 is ?01:30:00?`,
//!   `//$col3[0]=["a"]`, several at once (`//$a=3, $b=4`), on the statement's line or on a
//!   comment line of their own (checked at that point);
//! - `//$a=$b is true`: the comparison must hold;
//! - `//returns true`, `// result: 5`, `// -> 5`, or a bare value (`// false`, `// 42`,
//!   `// "text"`, `// [1,2]`, `// sorted: [1,2]`) after an assignment (the variable) or an
//!   expression statement (its value); the value may also stand on the comment line that
//!   follows the statement;
//! - `// Error` / `//ERROR`: the line raises an error (caught, then the block goes on);
//! - `//displays "..."` after `ALERT`.
//!
//! Values are JSON or 4D's debugger notation: bare words are texts (`[Cleveland,null]`,
//! `{name:Smith}`), `Winch...` is a text prefix and marks an object as partial, `;` may
//! separate properties, prose after the value is ignored (`// $s=[1]  Returns 2`), and
//! date or time literals (`!2000-11-20!`, `?01:30:00?`) are compared as 4D values.
//! Claims marked "for example", or stated for a time zone (`in French timezone`), are not
//! checked; `X gets 3` and `X is 3` name a process variable the statement assigns
//! (`// vlResult gets 3`), and a typographic minus (`–2`) is a minus sign. Prose comments
//! are ignored; a comment that looks like a claim but whose value cannot be read is
//! reported as not understood.

/// A value pattern read from a comment.
#[derive(Clone, Debug, PartialEq)]
pub enum Pat {
    Num(f64),
    /// A quoted text.
    Str(String),
    /// An unquoted word (debugger notation): a text, or a scalar shown that way.
    Bare(String),
    Bool(bool),
    Null,
    List(Vec<Pat>),
    /// Properties in order; `partial` when the doc elides some (`...`).
    Obj(Vec<(String, Pat)>, bool),
    /// `Winch...`: a text starting with this.
    Prefix(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Expected {
    Pat(Pat),
    Undefined,
    /// A 4D literal (date or time), evaluated and compared as a 4D value.
    Code(String),
    /// The statement raises an error.
    Error,
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

/// Text recorded for an `// Error` claim when the line raised one.
pub const RAISED: &str = "__doctest_raised";

/// Instrument `code`: record the value each claim is about, where the claim stands.
pub fn prepare(code: &str) -> Prepared {
    let mut out: Vec<String> = Vec::new();
    let mut claims = Vec::new();
    let mut uninterpreted = Vec::new();
    // The last statement line, while only comment lines follow it: (index in `out`,
    // statement text, whether it was already replaced by a record).
    let mut last: Option<(usize, String, bool)> = None;
    // Values given "for example": (value, what it is the value of).
    let mut examples: Vec<(Expected, String)> = Vec::new();
    for line in code.lines() {
        let (stmt, comment) = match split_comment(line) {
            Some((s, c)) => (s, Some(c)),
            None => (line, None),
        };
        let trimmed = stmt.trim();
        // `...` stands for elided code.
        if matches!(trimmed, "..." | "…" | ".") || trimmed.ends_with(":=...") {
            out.push(String::new());
            continue;
        }
        let continued = trimmed.ends_with('\\');
        out.push(line.to_string());
        if trimmed.is_empty() && comment.is_none() {
            last = None;
            continue;
        }
        let Some(comment) = comment.map(str::trim) else {
            last = (!continued).then(|| (out.len() - 1, trimmed.to_string(), false));
            continue;
        };
        if continued {
            last = None;
            continue;
        }
        // `// $x:=$empty[0] //would return error`: a statement left commented out because
        // it fails; run it (caught) and check that it does.
        if trimmed.is_empty()
            && let Some((inner, why)) = split_comment(comment)
            && says_error(why)
            && find_assignment(inner.trim()).is_some()
        {
            let id = claims.len();
            out.push(format!(
                "Try\n{}\n{RECORD}({id}; \"no error\")\nCatch\n{RECORD}({id}; \"{RAISED}\")\nEnd try",
                inner.trim()
            ));
            claims.push(Claim::Value {
                id,
                expected: Expected::Error,
                text: comment.to_string(),
            });
            continue;
        }
        // `//$a.tag = 5425 for example`: the value is an illustration, not checked, but a
        // later claim with the same value (`//$b.tag = 5425`) says "the same as $a.tag".
        if let Some(example) = example_claim(comment) {
            examples.push(example);
            continue;
        }
        let stmt = match (&last, trimmed.is_empty()) {
            (Some((_, s, false)), true) => s.as_str(),
            _ => trimmed,
        };
        let readings =
            named_variable_claims(stmt, comment).unwrap_or_else(|| read_claims(trimmed, comment));
        for reading in readings {
            let reading = match reading {
                Reading::Subject { subject, expected } => {
                    let same = examples
                        .iter()
                        .find(|(e, s)| *e == expected && *s != subject)
                        .map(|(_, s)| Expected::Code(s.clone()));
                    Reading::Subject {
                        subject,
                        expected: same.unwrap_or(expected),
                    }
                }
                other => other,
            };
            match reading {
                Reading::None => {}
                Reading::NotUnderstood => uninterpreted.push(comment.to_string()),
                Reading::Displays(text) => claims.push(Claim::Displays {
                    expected: text,
                    text: comment.to_string(),
                }),
                Reading::Subject { subject, expected } => {
                    let id = claims.len();
                    out.push(record_line(id, &subject, &expected));
                    claims.push(Claim::Value {
                        id,
                        expected,
                        text: comment.to_string(),
                    });
                }
                Reading::OfStatement(expected) => {
                    // On a comment line of its own, the claim is about the statement above.
                    let (index, target) = if trimmed.is_empty() {
                        match &last {
                            Some((i, s, false)) => (*i, s.clone()),
                            _ => continue,
                        }
                    } else {
                        (out.len() - 1, trimmed.to_string())
                    };
                    let id = claims.len();
                    if matches!(expected, Expected::Error) {
                        out[index] = format!(
                            "Try\n{target}\n{RECORD}({id}; \"no error\")\nCatch\n{RECORD}({id}; \"{RAISED}\")\nEnd try"
                        );
                        if let Some(l) = &mut last {
                            l.2 = true;
                        }
                    } else {
                        match subject_of(&target) {
                            Subject::Assigned(var) => out.push(record_line(id, &var, &expected)),
                            Subject::Expression(e) => {
                                out[index] = record_line(id, &e, &expected);
                                if let Some(l) = &mut last {
                                    l.2 = true;
                                }
                            }
                            Subject::Condition(c) => {
                                out.insert(index, record_line(id, &c, &expected));
                            }
                            Subject::None => continue,
                        }
                    }
                    claims.push(Claim::Value {
                        id,
                        expected,
                        text: comment.to_string(),
                    });
                }
            }
        }
        if !trimmed.is_empty() {
            let replaced = out.len() >= 2 && out[out.len() - 1].starts_with(RECORD);
            last = Some((out.len() - 1, trimmed.to_string(), replaced));
        }
    }
    let mut code = out.join("\n");
    code.push('\n');
    Prepared {
        code,
        claims,
        uninterpreted,
    }
}

fn record_line(id: usize, subject: &str, expected: &Expected) -> String {
    match expected {
        Expected::Code(lit) => format!("{RECORD}({id}; {subject}; {lit})"),
        _ => format!("{RECORD}({id}; {subject})"),
    }
}

#[derive(Debug)]
enum Reading {
    None,
    NotUnderstood,
    Displays(String),
    /// The claim names what it is about (`$x=...`).
    Subject {
        subject: String,
        expected: Expected,
    },
    /// The claim is about the statement (its value, or the variable it assigns).
    OfStatement(Expected),
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

/// `would return error`, `returns an error`, `would raise an error`.
fn says_error(comment: &str) -> bool {
    let l = comment.trim().trim_end_matches(['.', '!']).to_lowercase();
    let l = l.strip_prefix("would ").unwrap_or(&l);
    [
        "return error",
        "return an error",
        "returns error",
        "returns an error",
        "raise an error",
        "raises an error",
    ]
    .contains(&l)
}

/// `$a.tag = 5425 for example` → (the value, `$a.tag`).
fn example_claim(comment: &str) -> Option<(Expected, String)> {
    let lower = comment.to_lowercase();
    let at = lower.find("for example")?;
    if !comment.starts_with('$') {
        return None;
    }
    match read_dollar_claim(comment[..at].trim()) {
        Reading::Subject { subject, expected } if !matches!(expected, Expected::Code(_)) => {
            Some((expected, subject))
        }
        _ => None,
    }
}

fn read_claims(stmt: &str, comment: &str) -> Vec<Reading> {
    let lower = comment.to_lowercase();
    if lower.contains("for example")
        || lower.contains("e.g.")
        || lower.contains("if today")
        || says_time_zone(&lower)
    {
        return vec![Reading::None];
    }
    if !stmt.is_empty()
        && let Some(rest) = strip_word(&lower, comment, &["displays", "display", "shows"])
    {
        return vec![match parse_expected(rest) {
            Some(Expected::Pat(Pat::Str(t) | Pat::Bare(t))) => Reading::Displays(t),
            _ => Reading::NotUnderstood,
        }];
    }
    if stmt.to_lowercase().starts_with("alert(")
        && looks_literal(comment)
        && let Some(Expected::Pat(Pat::Str(t) | Pat::Bare(t))) = parse_expected(comment)
    {
        return vec![Reading::Displays(t)];
    }
    if comment.starts_with('$') {
        return split_dollar_claims(comment)
            .into_iter()
            .map(read_dollar_claim)
            .collect();
    }
    let word = lower
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if word == "error" && lower.trim_end_matches(['!', '.']).trim() == "error" {
        return vec![if stmt.is_empty() {
            Reading::None
        } else {
            Reading::OfStatement(Expected::Error)
        }];
    }
    let value_text = match strip_word(
        &lower,
        comment,
        &[
            "returns", "return", "result:", "result :", "result =", "gives", "->",
        ],
    ) {
        Some(rest) => rest.trim_start_matches(':').trim(),
        None => {
            if looks_literal(comment) {
                comment
            } else if let Some(i) = comment.find(": [").or_else(|| comment.find(": {")) {
                // `sorted: [1,2]`
                let head = &comment[..i];
                if head.contains('$') || head.split_whitespace().count() > 3 {
                    return vec![Reading::None];
                }
                &comment[i + 1..]
            } else {
                return vec![Reading::None];
            }
        }
    };
    match parse_expected(value_text) {
        Some(expected) => vec![Reading::OfStatement(expected)],
        None => vec![Reading::NotUnderstood],
    }
}

/// `// vlResult gets 3`, `//vTime is 02:46:40`, `// vlResult =2, $length = 1`: a claim
/// about the variable (process or interprocess, named without `$`) the statement assigns.
/// After `gets` or `is`, only a literal is a claim (`vResult gets day of current date` is
/// prose).
fn named_variable_claims(stmt: &str, comment: &str) -> Option<Vec<Reading>> {
    let lower = comment.to_lowercase();
    if lower.contains("for example") || lower.contains("e.g.") || says_time_zone(&lower) {
        return None;
    }
    let Subject::Assigned(target) = subject_of(stmt) else {
        return None;
    };
    let word_len = comment
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(comment.len());
    let word = &comment[..word_len];
    if word.is_empty() || !word.eq_ignore_ascii_case(target.trim()) {
        return None;
    }
    let rest = comment[word_len..].trim_start();
    let (rest, is_form) = if let Some(r) = rest.strip_prefix("gets ") {
        (r, true)
    } else if let Some(r) = rest.strip_prefix("is ") {
        (r, true)
    } else if let Some(r) = rest.strip_prefix('=') {
        (r, false)
    } else {
        return None;
    };
    let mut parts = split_dollar_claims(rest.trim()).into_iter();
    let first = match parse_expected(parts.next().unwrap_or("")) {
        Some(Expected::Pat(Pat::Bare(_))) | None if is_form => Reading::None,
        Some(Expected::Error) => Reading::None,
        Some(expected) => Reading::OfStatement(expected),
        None => Reading::NotUnderstood,
    };
    Some(
        std::iter::once(first)
            .chain(parts.map(read_dollar_claim))
            .collect(),
    )
}

/// `"2023-11-26T23:00:00Z" in French timezone`, `$d=14/07/17 (Paris time zone)`,
/// `returns 2010-09-12T22:00:00Z in France`: a result for a time zone named in the
/// comment, not the one the block runs in; not checked.
fn says_time_zone(lower: &str) -> bool {
    ["timezone", "time zone", "in france"]
        .iter()
        .any(|w| lower.contains(w))
}

/// `$a=3, $b=4` → two claims.
fn split_dollar_claims(comment: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut in_string = false;
    let mut start = 0;
    let bytes = comment.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'"' => in_string = !in_string,
            b'[' | b'{' | b'(' if !in_string => depth += 1,
            b']' | b'}' | b')' if !in_string => depth -= 1,
            b',' if !in_string && depth == 0 => {
                let next = comment[i + 1..].trim_start();
                if next.starts_with('$') {
                    parts.push(comment[start..i].trim());
                    start = i + 1;
                }
            }
            _ => {}
        }
    }
    parts.push(comment[start..].trim());
    parts
}

/// The length of a `$name.prop[0]["x"]` path at the start of `s`.
fn path_len(s: &str) -> usize {
    let b = s.as_bytes();
    if b.first() != Some(&b'$') {
        return 0;
    }
    let mut i = 1;
    while i < b.len() {
        let c = b[i];
        let name_char = c.is_ascii_alphanumeric() || c == b'_';
        let dot =
            c == b'.' && i + 1 < b.len() && (b[i + 1].is_ascii_alphabetic() || b[i + 1] == b'_');
        if name_char || dot {
            i += 1;
        } else if c == b'[' {
            match s[i..].find(']') {
                Some(j) => i += j + 1,
                None => break,
            }
        } else {
            break;
        }
    }
    i
}

fn read_dollar_claim(comment: &str) -> Reading {
    let end = path_len(comment);
    if end <= 1 {
        return Reading::None;
    }
    let subject = &comment[..end];
    let rest = comment[end..].trim_start();
    let (rest, is_form) = if let Some(r) = rest.strip_prefix(":=") {
        (r, false)
    } else if let Some(r) = rest.strip_prefix("==") {
        (r, false)
    } else if let Some(r) = rest.strip_prefix('=') {
        (r, false)
    } else if let Some(r) = rest.strip_prefix(':') {
        (r, false)
    } else if let Some(r) = rest
        .strip_prefix("is ")
        .or_else(|| rest.strip_prefix("gets "))
    {
        (r, true)
    } else {
        return Reading::None;
    };
    let rest = rest.trim();
    // `$a=$b is true`
    if let Some(i) = rest.find(" is ") {
        let lhs = rest[..i].trim();
        let verdict = rest[i + 4..].trim().to_lowercase();
        if lhs.starts_with('$')
            && path_len(lhs) == lhs.len()
            && (verdict == "true" || verdict == "false")
        {
            return Reading::Subject {
                subject: format!("({subject}={lhs})"),
                expected: Expected::Pat(Pat::Bool(verdict == "true")),
            };
        }
    }
    if rest.is_empty() {
        return Reading::None;
    }
    match parse_expected(rest) {
        // After `is`, only a literal is a claim (`$x is a shared collection` is prose).
        Some(Expected::Pat(Pat::Bare(_))) if is_form => Reading::None,
        Some(Expected::Error) => Reading::None,
        Some(expected) => Reading::Subject {
            subject: subject.to_string(),
            expected,
        },
        None if is_form => Reading::None,
        None => Reading::NotUnderstood,
    }
}

enum Subject {
    Assigned(String),
    Expression(String),
    Condition(String),
    None,
}

/// What a statement's value is: the assigned variable, the expression itself, or the
/// condition of an `If`/`While`.
fn subject_of(stmt: &str) -> Subject {
    if let Some(i) = find_assignment(stmt) {
        let target = stmt[..i].trim();
        let target = target.strip_prefix("var ").map(str::trim).unwrap_or(target);
        let target = target.split(':').next().unwrap_or(target).trim();
        return if target.is_empty() {
            Subject::None
        } else {
            Subject::Assigned(target.to_string())
        };
    }
    let lower = stmt.to_lowercase();
    for k in ["if", "while"] {
        if let Some(rest) = lower.strip_prefix(k)
            && rest.trim_start().starts_with('(')
        {
            let open = stmt.find('(').unwrap_or(0);
            return Subject::Condition(format!("Bool{}", stmt[open..].trim()));
        }
    }
    let first = lower
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let keyword = [
        "else", "end", "for", "repeat", "until", "case", "var", "return", "use", "try", "catch",
        "function", "class", "property",
    ]
    .contains(&first);
    if keyword || stmt.starts_with(':') || stmt.starts_with('#') {
        Subject::None
    } else {
        Subject::Expression(stmt.to_string())
    }
}

/// Byte offset of a top-level `:=` (or compound `+=`…) in `stmt`.
fn find_assignment(stmt: &str) -> Option<usize> {
    let b = stmt.as_bytes();
    let mut in_string = false;
    let mut depth = 0i32;
    for i in 0..b.len() {
        match b[i] {
            b'"' => in_string = !in_string,
            b'(' | b'[' | b'{' if !in_string => depth += 1,
            b')' | b']' | b'}' if !in_string => depth -= 1,
            b'=' if !in_string && depth == 0 && i > 0 => {
                if matches!(b[i - 1], b':' | b'+' | b'-' | b'*' | b'/') {
                    return Some(i - 1);
                }
            }
            _ => {}
        }
    }
    None
}

fn strip_word<'a>(lower: &str, original: &'a str, words: &[&str]) -> Option<&'a str> {
    for w in words {
        if lower.starts_with(w) {
            let next = original[w.len()..].chars().next();
            if w.ends_with(|c: char| c.is_alphabetic()) && next.is_some_and(|c| c.is_alphanumeric())
            {
                continue;
            }
            return Some(original[w.len()..].trim());
        }
    }
    None
}

fn looks_literal(s: &str) -> bool {
    let s = s.trim();
    let lower = s.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    matches!(first, "true" | "false" | "null" | "undefined")
        && (lower.split_whitespace().count() == 1 || first == lower.trim_end_matches(['.', ';']))
        || s.starts_with('"')
        || (s.starts_with('[') && s.contains(']'))
        || (s.starts_with('{') && s.contains('}'))
        || (s.starts_with('!') && s[1..].contains('!'))
        || (s.starts_with('?') && s[1..].contains('?'))
        || s.parse::<f64>().is_ok()
}

pub use super::expected::parse_expected;

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(p: &Prepared) -> usize {
        p.claims.len()
    }

    #[test]
    fn reads_claims() {
        let p = prepare(
            "$a:=1+2 //$a=3\n$b:=\"x\" // returns \"x\"\n$c:=[1;2] // [1,2]\nALERT(\"hi\") //displays \"hi\"\n// just prose\n$d:=1 // add one\n",
        );
        assert_eq!(ids(&p), 4);
        assert!(p.code.contains("__doctest_record(0; $a)"));
        assert!(p.code.contains("__doctest_record(1; $b)"));
        assert!(p.code.contains("__doctest_record(2; $c)"));
        assert!(p.uninterpreted.is_empty());
    }

    #[test]
    fn reads_named_variable_claims() {
        let p = prepare(
            "vlResult:=Round(16.857;2) // vlResult gets 16.86\nvTime:=Time(10000)\n  //vTime is 02:46:40\nvR:=Int(-1.5) // vR gets –2\nvR:=Day of(Current date) // vR gets day of current date\n$s:=Lowercase(\"A\") // $s gets \"a\"\n",
        );
        assert_eq!(ids(&p), 4);
        assert!(p.code.contains("__doctest_record(0; vlResult)"));
        assert!(p.code.contains("__doctest_record(1; vTime; ?02:46:40?)"));
        assert!(p.code.contains("__doctest_record(3; $s)"));
        assert!(p.uninterpreted.is_empty());
        // Another variable than the one assigned: not a claim about it.
        assert_eq!(ids(&prepare("vA:=1 // vB gets 1\n")), 0);
    }

    #[test]
    fn time_zone_results_are_not_checked() {
        let p = prepare(
            "$d:=String(!2023-11-27!;ISO Date GMT) // \"2023-11-26T23:00:00Z\" in French timezone\n$e:=1 //$e=14/07/17 (Paris time zone)\n",
        );
        assert_eq!(ids(&p), 0);
        assert!(p.uninterpreted.is_empty());
    }

    #[test]
    fn expression_statements_are_evaluated_once() {
        let p = prepare("$c.combine($f;3) //[1,2]\n$col.flat()\n// [1, 2]\n");
        assert!(p.code.contains("__doctest_record(0; $c.combine($f;3))"));
        assert!(!p.code.contains("\n$c.combine"));
        assert!(p.code.contains("__doctest_record(1; $col.flat())"));
    }

    #[test]
    fn comment_lines_and_several_claims() {
        let p = prepare("$x:=1\n  //$x=1, $y=2\n");
        assert_eq!(ids(&p), 2);
        assert!(p.code.contains("__doctest_record(1; $y)"));
    }

    #[test]
    fn debugger_notation() {
        assert_eq!(
            parse_expected("[Cleveland,null,{name:X}]"),
            Some(Expected::Pat(Pat::List(vec![
                Pat::Bare("Cleveland".into()),
                Pat::Null,
                Pat::Obj(vec![("name".into(), Pat::Bare("X".into()))], false)
            ])))
        );
        assert_eq!(
            parse_expected("[1]  Returns 2"),
            Some(Expected::Pat(Pat::List(vec![Pat::Num(1.0)])))
        );
        assert_eq!(parse_expected("[[1,[4,5]]"), None);
        assert_eq!(
            parse_expected("!2000-11-20!"),
            Some(Expected::Code("!2000-11-20!".into()))
        );
        assert_eq!(
            parse_expected("{name:Winch...}"),
            Some(Expected::Pat(Pat::Obj(
                vec![("name".into(), Pat::Prefix("Winch".into()))],
                true
            )))
        );
    }

    #[test]
    fn error_and_comparison_claims() {
        let p = prepare("$r:=($a>$b)  //Error\n//$c[0].o=$o1 is true\n");
        assert!(p.code.contains("Try\n$r:=($a>$b)"));
        assert!(p.code.contains("__doctest_record(1; ($c[0].o=$o1))"));
    }

    #[test]
    fn prose_is_not_a_claim() {
        let p =
            prepare("$l:=JSON Parse($t) //$l is a regular collection\n$v:=1 // $v=5 for example\n");
        assert_eq!(ids(&p), 0);
        assert!(p.uninterpreted.is_empty());
    }

    #[test]
    fn conditions_are_recorded_before_the_line() {
        let p = prepare("If($o.a) // false\nEnd if\n");
        assert!(
            p.code
                .starts_with("__doctest_record(0; Bool($o.a))\nIf($o.a)")
        );
    }

    #[test]
    fn comments_inside_strings_are_not_comments() {
        assert_eq!(split_comment("$a:=\"http://x\""), None);
        assert_eq!(split_comment("$a:=1 // one").map(|(_, c)| c), Some(" one"));
    }

    #[test]
    fn a_value_given_for_example_is_reused() {
        let p = prepare("$a:=1\n//$a.tag = 5425 for example\n$b:=2\n//$b.tag = 5425\n//$c = 77\n");
        assert_eq!(ids(&p), 2);
        assert!(p.code.contains("__doctest_record(0; $b.tag; $a.tag)"));
        assert!(p.code.contains("__doctest_record(1; $c)"));
    }

    #[test]
    fn a_statement_commented_out_because_it_fails() {
        let p = prepare(
            "// $first:=$empty[0] //would return error\n// ALERT(\"x\") // returns an error\n",
        );
        assert_eq!(ids(&p), 1);
        assert!(p.code.contains("Try\n$first:=$empty[0]\n"));
        assert!(matches!(
            &p.claims[0],
            Claim::Value {
                expected: Expected::Error,
                ..
            }
        ));
        assert!(p.uninterpreted.is_empty());
    }
}
