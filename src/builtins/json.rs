//! JSON: `JSON Stringify` and `JSON Parse`, plus [`stringify`] and [`parse`] for the REPL
//! and `--dump`.
//!
//! Conversions (fourd's choices where 4D depends on settings):
//! * dates → `"YYYY-MM-DD"` (the "date type" setting of current 4D; no time zone shift);
//! * times (in variables) → a number of seconds; times stored in objects are already
//!   milliseconds (Reals);
//! * numbers → integers without a decimal point, others in the shortest form that reads
//!   back exactly; NaN and infinities → `null`;
//! * formulas → `"[object Formula]"`, blobs → `"[object Blob]"`; `JSON Stringify`
//!   writes a pointer's target value ([`stringify`] alone, without a process, `"->name"`);
//! * Undefined properties are left out; Undefined elements become `null`;
//! * a cycle (an object containing itself) is written as `null` where it closes.
//!
//! Pretty printing (`*`): a newline after `{`, `[` and `,`, one tab per level, `": "`
//! after keys. `JSON Parse` makes numbers Reals and `"YYYY-MM-DD"` texts dates, keeps
//! property order, and with a *type* converts the result (`Is longint` truncates,
//! `Is time` reads seconds, `Is date` parses text). Its `*` option adds `__symbols` to an
//! object result (see [`symbols`]).

use super::datefmt;
use super::text::{date_of, ymd};
use super::{Args, Command, Imp};
use crate::interp::Ctx;
use crate::interp::error::{R, RtError, codes};
use crate::keys::Key;
use crate::value::{Coll, Obj, PropMap, Value};

pub static COMMANDS: &[Command] = &[
    Command {
        name: "JSON Stringify",
        number: 1217,
        params: "value : any {; *}",
        result: "Text",
        min_args: 1,
        max_args: 1,
        imp: Imp::Values(json_stringify),
    },
    Command {
        name: "JSON Parse",
        number: 1218,
        params: "jsonString : Text {; type : Integer} {; *}",
        result: "any",
        min_args: 1,
        max_args: 2,
        imp: Imp::Values(json_parse),
    },
    Command {
        name: "JSON Validate",
        number: 1456,
        params: "vJson : Object; vSchema : Object",
        result: "Object",
        min_args: 2,
        max_args: 2,
        imp: Imp::Values(json_validate),
    },
];

/// `JSON Validate(value; schema)`: `{success; errors}` after checking `value` against a
/// JSON Schema (the usual keywords: type, enum, const, required, properties,
/// additionalProperties, items, min/max(Length|Items|imum), exclusive bounds, pattern,
/// allOf/anyOf/oneOf/not).
fn json_validate(_ctx: &mut Ctx, args: &mut Args) -> R {
    let to_json = |v: &Value| {
        serde_json::from_str::<serde_json::Value>(&stringify(v, false))
            .unwrap_or(serde_json::Value::Null)
    };
    let (value, schema) = (to_json(args.get(0)), to_json(args.get(1)));
    let mut errors = Vec::new();
    schema_check(&value, &schema, "$", &mut errors);
    let errors: Vec<serde_json::Value> = errors
        .into_iter()
        .map(|(path, message)| {
            serde_json::json!({"code": 1, "jsonPath": path, "line": 0, "offset": 0, "message": message})
        })
        .collect();
    Ok(from_json(
        serde_json::json!({"success": errors.is_empty(), "errors": errors}),
    ))
}

fn schema_type_ok(v: &serde_json::Value, ty: &str) -> bool {
    use serde_json::Value as J;
    match ty {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "number" => v.is_number(),
        "integer" => v.as_f64().is_some_and(|f| f.fract() == 0.0),
        "boolean" => v.is_boolean(),
        "null" => matches!(v, J::Null),
        _ => true,
    }
}

fn schema_check(
    v: &serde_json::Value,
    schema: &serde_json::Value,
    path: &str,
    errs: &mut Vec<(String, String)>,
) {
    use serde_json::Value as J;
    let Some(s) = schema.as_object() else {
        if schema == &J::Bool(false) {
            errs.push((path.into(), "No value is allowed here".into()));
        }
        return;
    };
    let mut fail = |m: String| errs.push((path.to_string(), m));
    match s.get("type") {
        Some(J::String(t)) if !schema_type_ok(v, t) => fail(format!("Value should be of type {t}")),
        Some(J::Array(ts))
            if !ts
                .iter()
                .any(|t| t.as_str().is_some_and(|t| schema_type_ok(v, t))) =>
        {
            fail("Value has a type the schema does not allow".into())
        }
        _ => {}
    }
    if let Some(J::Array(e)) = s.get("enum")
        && !e.contains(v)
    {
        fail("Value is not in the enumeration".into());
    }
    if let Some(c) = s.get("const")
        && c != v
    {
        fail("Value differs from the constant".into());
    }
    if let Some(n) = v.as_f64() {
        let bound = |k: &str| s.get(k).and_then(|b| b.as_f64());
        if bound("minimum").is_some_and(|b| n < b)
            || bound("exclusiveMinimum").is_some_and(|b| n <= b)
        {
            fail("Value is below the minimum".into());
        }
        if bound("maximum").is_some_and(|b| n > b)
            || bound("exclusiveMaximum").is_some_and(|b| n >= b)
        {
            fail("Value is above the maximum".into());
        }
    }
    let count = |k: &str| s.get(k).and_then(|b| b.as_u64()).map(|b| b as usize);
    if let Some(t) = v.as_str() {
        let len = t.chars().count();
        if count("minLength").is_some_and(|b| len < b)
            || count("maxLength").is_some_and(|b| len > b)
        {
            fail("String length out of bounds".into());
        }
        if let Some(J::String(p)) = s.get("pattern")
            && regex_lite::Regex::new(p).is_ok_and(|re| !re.is_match(t))
        {
            fail(format!("String does not match the pattern {p}"));
        }
    }
    if let Some(items) = v.as_array() {
        if count("minItems").is_some_and(|b| items.len() < b)
            || count("maxItems").is_some_and(|b| items.len() > b)
        {
            fail("Number of items out of bounds".into());
        }
        if let Some(item_schema) = s.get("items") {
            for (i, item) in items.iter().enumerate() {
                schema_check(item, item_schema, &format!("{path}[{i}]"), errs);
            }
        }
    }
    if let Some(o) = v.as_object() {
        if let Some(J::Array(req)) = s.get("required") {
            for r in req.iter().filter_map(|r| r.as_str()) {
                if !o.contains_key(r) {
                    errs.push((path.into(), format!("Missing required property: {r}")));
                }
            }
        }
        let props = s.get("properties").and_then(|p| p.as_object());
        for (k, pv) in o {
            let sub = format!("{path}.{k}");
            match props.and_then(|p| p.get(k)) {
                Some(ps) => schema_check(pv, ps, &sub, errs),
                None => match s.get("additionalProperties") {
                    Some(J::Bool(false)) => {
                        errs.push((sub, format!("Property {k} is not allowed")))
                    }
                    Some(extra @ J::Object(_)) => schema_check(pv, extra, &sub, errs),
                    _ => {}
                },
            }
        }
    }
    let passes = |sub: &J| {
        let mut e = Vec::new();
        schema_check(v, sub, path, &mut e);
        e.is_empty()
    };
    if let Some(J::Array(all)) = s.get("allOf") {
        for sub in all {
            schema_check(v, sub, path, errs);
        }
    }
    if let Some(J::Array(any)) = s.get("anyOf")
        && !any.iter().any(passes)
    {
        errs.push((path.into(), "Value matches none of anyOf".into()));
    }
    if let Some(J::Array(one)) = s.get("oneOf")
        && one.iter().filter(|sub| passes(sub)).count() != 1
    {
        errs.push((
            path.into(),
            "Value does not match exactly one of oneOf".into(),
        ));
    }
    if let Some(not) = s.get("not")
        && passes(not)
    {
        errs.push((path.into(), "Value matches the schema of not".into()));
    }
}

fn json_stringify(ctx: &mut Ctx, args: &mut Args) -> R {
    let v = args.take(0);
    if v.is_undefined() {
        return Ok(Value::text(""));
    }
    let mut resolve = |p: &Value| ctx.deref_read(p).ok();
    let mut w = Writer {
        out: Vec::new(),
        pretty: args.star,
        stack: Vec::new(),
        resolve: Some(&mut resolve),
    };
    w.value(&v, 0);
    Ok(Value::text(w.finish()))
}

fn json_parse(ctx: &mut Ctx, args: &mut Args) -> R {
    let text = args.text(0)?;
    let mut v = parse(&text)?;
    if args.has(1) {
        v = convert(ctx, v, args.int(1)?)?;
    }
    if args.star
        && let Value::Object(o) = &v
    {
        o.set_raw(Key::intern("__symbols"), Value::Object(symbols(&text)));
    }
    Ok(v)
}

/// The `__symbols` object of `JSON Parse(text; type; *)`: for each property, by its path
/// (`a`, `b[0].c`, in text order), `{line; offset}`: the 1-based line of its name and the
/// 0-based position of the name's opening quote in that line. `text` is valid JSON.
pub fn symbols(text: &str) -> Obj {
    let chars: Vec<char> = text.chars().collect();
    let out = Obj::new();
    let mut line = 1.0;
    let mut line_start = 0usize;
    // The open containers: Some(path of the current property) for objects, and the
    // element index for collections.
    enum Open {
        Object(String, String),
        Array(String, usize),
    }
    let mut stack: Vec<Open> = Vec::new();
    let mut i = 0;
    // The path a value starting now would have.
    let value_path = |stack: &[Open]| match stack.last() {
        Some(Open::Object(_, key_path)) => key_path.clone(),
        Some(Open::Array(path, n)) => format!("{path}[{n}]"),
        None => String::new(),
    };
    let mut expect_key = false;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\n' => {
                line += 1.0;
                line_start = i + 1;
            }
            '{' => {
                stack.push(Open::Object(value_path(&stack), String::new()));
                expect_key = true;
            }
            '[' => stack.push(Open::Array(value_path(&stack), 0)),
            '}' | ']' => {
                stack.pop();
            }
            ',' => match stack.last_mut() {
                Some(Open::Array(_, n)) => *n += 1,
                _ => expect_key = true,
            },
            '"' => {
                let start = i;
                let mut name = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    if let Some(&ch) = chars.get(i) {
                        name.push(ch);
                    }
                    i += 1;
                }
                if expect_key && let Some(Open::Object(path, key_path)) = stack.last_mut() {
                    expect_key = false;
                    *key_path = if path.is_empty() {
                        name
                    } else {
                        format!("{path}.{name}")
                    };
                    let at = Obj::new();
                    at.set_raw(Key::intern("line"), Value::Real(line));
                    at.set_raw(
                        Key::intern("offset"),
                        Value::Real((start - line_start) as f64),
                    );
                    out.set_raw(Key::intern(key_path), Value::Object(at));
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// `JSON Parse(text; type)`: convert the parsed value to the requested type.
pub(crate) fn convert(ctx: &Ctx, v: Value, ty: i64) -> R {
    let num = |v: &Value| match v {
        Value::Real(r) => *r,
        Value::Bool(b) => *b as i32 as f64,
        Value::Text(t) => super::numfmt::parse_num(t, '.'),
        _ => 0.0,
    };
    Ok(match ty {
        1 => Value::Real(num(&v)),
        8 | 9 | 25 => Value::Real(num(&v).trunc()),
        2 => match v {
            Value::Text(_) => v,
            Value::Date(d) => {
                let (y, m, day) = ymd(d);
                Value::text(format!("{y:04}-{m:02}-{day:02}"))
            }
            Value::Null | Value::Undefined => Value::text(""),
            other => Value::text(super::text::to_text(&other)),
        },
        4 => match &v {
            Value::Date(_) => v,
            Value::Text(t) => Value::Date(date_of(datefmt::parse_date(
                t,
                ctx.env().utc_offset_seconds(),
            ))),
            _ => Value::Date(crate::value::Date::NULL),
        },
        6 => Value::Bool(match &v {
            Value::Bool(b) => *b,
            Value::Real(r) => *r != 0.0,
            Value::Text(t) => t.eq_ignore_ascii_case("true"),
            _ => false,
        }),
        11 => Value::Time(match &v {
            Value::Text(t) if t.contains(':') => datefmt::parse_time(t),
            other => num(other).trunc() as i64,
        }),
        38 => match v {
            Value::Object(_) => v,
            _ => Value::Null,
        },
        42 => match v {
            Value::Collection(_) => v,
            _ => Value::Null,
        },
        _ => v,
    })
}

/// Parse JSON text into 4D values (numbers are Reals).
pub fn parse(text: &str) -> R {
    super::json_read::parse_value(text).map_err(|e| {
        RtError::new(
            codes::JSON_PARSE,
            format!(
                "JSON parsing error at line {}, column {}: {}",
                e.line(),
                e.column(),
                msg_of(&e)
            ),
        )
    })
}

fn msg_of(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.find(" at line") {
        Some(p) => s[..p].to_string(),
        None => s,
    }
}

/// A serde_json value as a 4D value.
pub fn from_json(j: serde_json::Value) -> Value {
    use serde_json::Value as J;
    match j {
        J::Null => Value::Null,
        J::Bool(b) => Value::Bool(b),
        J::Number(n) => Value::Real(n.as_f64().unwrap_or(0.0)),
        J::String(s) => match iso_day(&s) {
            Some(d) => Value::Date(d),
            None => Value::text(s),
        },
        J::Array(a) => Value::Collection(Coll::from_vec(a.into_iter().map(from_json).collect())),
        J::Object(m) => {
            let mut props = PropMap::default();
            for (k, v) in m {
                props.insert(Key::intern(&k), from_json(v));
            }
            Value::Object(Obj::with_props(props))
        }
    }
}

/// A `"YYYY-MM-DD"` text is a date (4D's default "date type" setting for dates in objects).
pub(crate) fn iso_day(s: &str) -> Option<crate::value::Date> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return None;
    }
    let (y, m, d) = (
        s[0..4].parse().ok()?,
        s[5..7].parse().ok()?,
        s[8..10].parse().ok()?,
    );
    chrono::NaiveDate::from_ymd_opt(y, m, d)?;
    Some(date_of((y, m, d)))
}

/// `JSON Stringify(v)` / `JSON Stringify(v; *)`.
pub fn stringify(v: &Value, pretty: bool) -> String {
    if v.is_undefined() {
        return String::new();
    }
    let mut w = Writer {
        out: Vec::new(),
        pretty,
        stack: Vec::new(),
        resolve: None,
    };
    w.value(v, 0);
    w.finish()
}

/// Reads the value a pointer points to (None when it cannot be read).
type Resolver<'a> = dyn FnMut(&Value) -> Option<Value> + 'a;

/// Writes JSON bytes straight into one buffer (texts escaped by serde_json).
struct Writer<'a> {
    out: Vec<u8>,
    pretty: bool,
    /// Addresses of the containers being written (cycle detection).
    stack: Vec<usize>,
    /// Reads a pointer's target (`JSON Stringify` in a process).
    resolve: Option<&'a mut Resolver<'a>>,
}

/// Write a JSON number for a 4D number.
pub fn number_text(r: f64) -> String {
    let mut out = Vec::new();
    write_number(&mut out, r);
    String::from_utf8(out).expect("digits are ASCII")
}

fn write_number(out: &mut Vec<u8>, r: f64) {
    use std::io::Write;
    if !r.is_finite() {
        out.extend_from_slice(b"null");
    } else if r.fract() == 0.0 && r.abs() < 1e17 {
        let _ = write!(out, "{}", r as i64);
    } else {
        let _ = write!(out, "{r}");
    }
}

fn write_quoted(out: &mut Vec<u8>, s: &str) {
    if serde_json::to_writer(&mut *out, s).is_err() {
        out.extend_from_slice(b"\"\"");
    }
}

impl Writer<'_> {
    /// The text written (only whole UTF-8 texts and ASCII punctuation were written).
    fn finish(self) -> String {
        String::from_utf8(self.out).expect("JSON output is UTF-8")
    }

    fn newline(&mut self, depth: usize) {
        if self.pretty {
            self.out.push(b'\n');
            self.out.resize(self.out.len() + depth, b'\t');
        }
    }

    fn push_str(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
    }

    fn value(&mut self, v: &Value, depth: usize) {
        use std::io::Write;
        match v {
            Value::Undefined | Value::Null => self.push_str("null"),
            Value::Bool(b) => self.push_str(if *b { "true" } else { "false" }),
            Value::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            Value::Real(r) => write_number(&mut self.out, *r),
            Value::Text(t) => write_quoted(&mut self.out, t),
            Value::Date(d) => {
                let (y, m, day) = ymd(*d);
                write_quoted(&mut self.out, &format!("{y:04}-{m:02}-{day:02}"));
            }
            Value::Time(t) => {
                let _ = write!(self.out, "{t}");
            }
            Value::Formula(_) => self.push_str("\"[object Formula]\""),
            Value::Blob(_) => self.push_str("\"[object Blob]\""),
            Value::Array(_) => self.push_str("null"),
            Value::Pointer(p) => {
                let target = self.resolve.as_mut().and_then(|r| r(v));
                match target {
                    Some(t) if !matches!(t, Value::Pointer(_)) => self.value(&t, depth),
                    _ => write_quoted(&mut self.out, &format!("->{}", p.describe())),
                }
            }
            Value::Object(o) => {
                if self.stack.contains(&o.addr()) {
                    self.push_str("null");
                    return;
                }
                self.stack.push(o.addr());
                self.object(o, depth);
                self.stack.pop();
            }
            Value::Collection(c) => {
                if self.stack.contains(&c.addr()) {
                    self.push_str("null");
                    return;
                }
                self.stack.push(c.addr());
                self.collection(c, depth);
                self.stack.pop();
            }
        }
    }

    fn object(&mut self, o: &Obj, depth: usize) {
        // A snapshot: the object's lock is not held while its children are written.
        let mut entries = o.entries();
        entries.retain(|(_, v)| !v.is_undefined());
        if entries.is_empty() {
            self.push_str("{}");
            return;
        }
        self.out.push(b'{');
        for (i, (k, v)) in entries.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            self.newline(depth + 1);
            write_quoted(&mut self.out, k.as_str());
            self.push_str(if self.pretty { ": " } else { ":" });
            self.value(v, depth + 1);
        }
        self.newline(depth);
        self.out.push(b'}');
    }

    fn collection(&mut self, c: &Coll, depth: usize) {
        let items = c.to_vec();
        if items.is_empty() {
            self.push_str("[]");
            return;
        }
        self.out.push(b'[');
        for (i, v) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            self.newline(depth + 1);
            self.value(v, depth + 1);
        }
        self.newline(depth);
        self.out.push(b']');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(pairs: &[(&str, Value)]) -> Value {
        let mut props = PropMap::default();
        for (k, v) in pairs {
            props.insert(Key::intern(k), v.clone());
        }
        Value::Object(Obj::with_props(props))
    }

    #[test]
    fn compact_and_pretty() {
        let v = obj(&[
            ("name", Value::text("Monroe")),
            ("n", Value::Real(42.0)),
            (
                "list",
                Value::Collection(Coll::from_vec(vec![
                    Value::Real(1.5),
                    Value::Null,
                    Value::Bool(true),
                ])),
            ),
            ("skip", Value::Undefined),
        ]);
        assert_eq!(
            stringify(&v, false),
            r#"{"name":"Monroe","n":42,"list":[1.5,null,true]}"#
        );
        assert_eq!(
            stringify(&v, true),
            "{\n\t\"name\": \"Monroe\",\n\t\"n\": 42,\n\t\"list\": [\n\t\t1.5,\n\t\tnull,\n\t\ttrue\n\t]\n}"
        );
        assert_eq!(stringify(&Value::text("Eureka!"), false), "\"Eureka!\"");
        assert_eq!(stringify(&Value::Real(120.0), false), "120");
        assert_eq!(stringify(&obj(&[]), true), "{}");
    }

    #[test]
    fn parse_round_trips_in_order() {
        let v = parse(r#"{"b":1,"a":[true,"x",null],"c":{"d":2.5}}"#).unwrap();
        assert_eq!(
            stringify(&v, false),
            r#"{"b":1,"a":[true,"x",null],"c":{"d":2.5}}"#
        );
        assert!(parse("{bad json").is_err());
        assert_eq!(parse("120").unwrap().as_number(), Some(120.0));
    }

    #[test]
    fn cycles_do_not_loop() {
        let o = Obj::new();
        o.set_raw(Key::intern("self"), Value::Object(o.clone()));
        assert_eq!(stringify(&Value::Object(o), false), r#"{"self":null}"#);
    }
}
