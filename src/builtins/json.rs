//! (being written on the builtins branch)

use crate::builtins::Command;

pub const COMMANDS: &[Command] = &[];

/// JSON text of a value (minimal until the builtins branch lands).
pub fn stringify(v: &crate::value::Value, _pretty: bool) -> String {
    crate::builtins::text::to_text(v)
}
