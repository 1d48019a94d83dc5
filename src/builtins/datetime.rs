//! (being written on the builtins branch)

use crate::builtins::Command;

pub const COMMANDS: &[Command] = &[];
