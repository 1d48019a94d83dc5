//! (being written on the builtins branch)

use crate::builtins::Command;

pub const COMMANDS: &[Command] = &[];

/// `String(value)` with no format (minimal until the builtins branch lands).
pub fn to_text(v: &crate::value::Value) -> String {
    use crate::value::Value;
    match v {
        Value::Text(t) => t.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Real(r) => format!("{r}"),
        Value::Bool(b) => {
            if *b {
                "True".into()
            } else {
                "False".into()
            }
        }
        Value::Null => "null".into(),
        _ => String::new(),
    }
}
