//! How the REPL shows a value: the value, then its 4D type in parentheses.
//!
//! | value | shown as |
//! |---|---|
//! | Text | `"abc" (Text)` — quoted, JSON escapes |
//! | Real, Integer | `42 (Real)`, `7 (Integer)` — numbers as `String` writes them |
//! | Boolean | `True (Boolean)` |
//! | Date | `2024-01-31 (Date)` — ISO; the null date is `0000-00-00` |
//! | Time | `10:30:00 (Time)` — `HH:MM:SS`, hours may pass 24 |
//! | Undefined, Null | `Undefined`, `Null` (the type is the value) |
//! | Object, Collection | indented JSON-like text, then `(Object)`, `(Collection)`, `(cs.Person)`, `(Object, shared)` |
//! | Formula | `Formula($1+1) (4D.Function)` |
//! | Pointer | `->$x (Pointer)` |
//! | Array | `[1, 2] (Array of Text)` (elements 1..N) |
//! | Blob | `Blob of 12 bytes (Blob)` |
//!
//! Inside objects and collections values are JSON-like: texts, dates (`"2024-01-31"`) and
//! times (`"10:30:00"`) quoted, `true`/`false`, `null` for Null and Undefined, nested
//! class instances shown by their properties. A value met again while it is being shown
//! (a cycle) is written `[circular]`; nesting deeper than [`MAX_DEPTH`] is written `…`.

use crate::value::{Obj, Value};

/// Deepest nesting shown in full.
pub const MAX_DEPTH: usize = 32;

/// The REPL's line for a value: `value (Type)`.
pub fn show(v: &Value) -> String {
    match v {
        Value::Undefined => "Undefined".into(),
        Value::Null => "Null".into(),
        _ => format!("{} ({})", display(v), type_label(v)),
    }
}

/// The value alone (no type), as [`show`] writes it.
pub fn display(v: &Value) -> String {
    match v {
        Value::Undefined => "Undefined".into(),
        Value::Null => "Null".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(_) | Value::Real(_) => number(v),
        Value::Text(t) => quote(t.as_str()),
        Value::Date(d) => d.to_string(),
        Value::Time(t) => crate::value::format_time(*t),
        Value::Formula(f) => format!("Formula({})", f.source),
        Value::Pointer(p) => format!("->{}", p.describe()),
        Value::Blob(b) => format!("Blob of {} bytes", b.len()),
        Value::Array(a) => {
            let a = a.lock();
            let items: Vec<String> = a
                .items
                .iter()
                .skip(1)
                .map(|v| nested(v, 0, &mut Vec::new(), false))
                .collect();
            format!("[{}]", items.join(", "))
        }
        Value::Object(_) | Value::Collection(_) => nested(v, 0, &mut Vec::new(), true),
    }
}

/// The type written after a value: `Text`, `Object`, `cs.Person`, `Collection, shared`.
pub fn type_label(v: &Value) -> String {
    match v {
        Value::Object(o) => {
            let base = match (o.native(), o.class()) {
                (Some(crate::interp::native::Native::Class(_)), _) => "Class".to_string(),
                (_, Some(c)) => format!("{}.{}", c.store, c.name),
                (Some(n), None) => format!("4D.{}", n.kind()),
                (None, None) => "Object".to_string(),
            };
            if o.is_shared() && o.native().is_none() {
                format!("{base}, shared")
            } else {
                base
            }
        }
        Value::Collection(c) if c.is_shared() => "Collection, shared".into(),
        Value::Formula(_) => "4D.Function".into(),
        Value::Array(a) => format!("Array of {}", a.lock().elem.name()),
        _ => v.type_name().to_string(),
    }
}

fn number(v: &Value) -> String {
    crate::builtins::text::to_text(v)
}

/// A text as a JSON string literal.
pub fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""))
}

/// JSON-like text of a value nested at `depth`; `seen` holds the containers being shown.
fn nested(v: &Value, depth: usize, seen: &mut Vec<usize>, pretty: bool) -> String {
    match v {
        Value::Undefined | Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(_) | Value::Real(_) => number(v),
        Value::Text(t) => quote(t.as_str()),
        Value::Date(d) => quote(&d.to_string()),
        Value::Time(t) => quote(&crate::value::format_time(*t)),
        Value::Object(o) => {
            if let Some(crate::interp::native::Native::Class(c)) = o.native() {
                return format!("[class {}.{}]", c.store, c.name);
            }
            let addr = o.addr();
            if seen.contains(&addr) {
                return "\"[circular]\"".into();
            }
            if depth >= MAX_DEPTH {
                return "{…}".into();
            }
            seen.push(addr);
            let s = object(o, depth, seen, pretty);
            seen.pop();
            s
        }
        Value::Collection(c) => {
            let addr = c.addr();
            if seen.contains(&addr) {
                return "\"[circular]\"".into();
            }
            if depth >= MAX_DEPTH {
                return "[…]".into();
            }
            seen.push(addr);
            let values = c.to_vec();
            let items: Vec<String> = values
                .iter()
                .map(|x| nested(x, depth + 1, seen, pretty))
                .collect();
            seen.pop();
            let deep = values.iter().any(is_container);
            container('[', ']', items, depth, pretty, deep)
        }
        other => quote(&display(other)),
    }
}

fn object(o: &Obj, depth: usize, seen: &mut Vec<usize>, pretty: bool) -> String {
    let entries = o.entries();
    let deep = entries.iter().any(|(_, x)| is_container(x));
    let items: Vec<String> = entries
        .iter()
        .map(|(k, x)| {
            format!(
                "{}: {}",
                quote(k.as_str()),
                nested(x, depth + 1, seen, pretty)
            )
        })
        .collect();
    container('{', '}', items, depth, pretty, deep)
}

/// A non-empty object or collection (whose presence makes the parent multi-line).
fn is_container(v: &Value) -> bool {
    match v {
        Value::Object(o) => !o.is_empty() || o.native().is_some(),
        Value::Collection(c) => !c.is_empty(),
        _ => false,
    }
}

/// Items joined on one line when `pretty` is off, or when the line is short and holds no
/// nested (`deep`) container; otherwise one item per line, indented by depth.
fn container(
    open: char,
    close: char,
    items: Vec<String>,
    depth: usize,
    pretty: bool,
    deep: bool,
) -> String {
    if items.is_empty() {
        return format!("{open}{close}");
    }
    let flat = format!("{open}{}{close}", items.join(", "));
    if !pretty || (!deep && flat.len() <= 72) {
        return flat;
    }
    let pad = "  ".repeat(depth + 1);
    let end_pad = "  ".repeat(depth);
    format!(
        "{open}\n{pad}{}\n{end_pad}{close}",
        items.join(&format!(",\n{pad}"))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::Key;
    use crate::value::{Coll, Date};

    #[test]
    fn scalars_show_their_type() {
        assert_eq!(show(&Value::text("a\"b")), r#""a\"b" (Text)"#);
        assert_eq!(show(&Value::Bool(true)), "True (Boolean)");
        assert_eq!(show(&Value::Int(7)), "7 (Integer)");
        assert_eq!(
            show(&Value::Date(Date::new(2024, 1, 31))),
            "2024-01-31 (Date)"
        );
        assert_eq!(show(&Value::Time(3600 + 61)), "01:01:01 (Time)");
        assert_eq!(show(&Value::Undefined), "Undefined");
        assert_eq!(show(&Value::Null), "Null");
    }

    #[test]
    fn containers_are_json_like() {
        let o = Obj::new();
        o.set_raw(Key::intern("name"), Value::text("Ann"));
        o.set_raw(Key::intern("born"), Value::Date(Date::new(1990, 5, 2)));
        assert_eq!(
            show(&Value::Object(o.clone())),
            r#"{"name": "Ann", "born": "1990-05-02"} (Object)"#
        );
        let c = Coll::from_vec(vec![Value::Object(o.clone()), Value::Null]);
        assert_eq!(
            show(&Value::Collection(c)),
            "[\n  {\"name\": \"Ann\", \"born\": \"1990-05-02\"},\n  null\n] (Collection)"
        );
        assert_eq!(show(&Value::Object(Obj::new())), "{} (Object)");
    }

    #[test]
    fn cycles_do_not_loop() {
        let o = Obj::new();
        o.set_raw(Key::intern("me"), Value::Object(o.clone()));
        assert_eq!(display(&Value::Object(o)), "{\n  \"me\": \"[circular]\"\n}");
    }
}
