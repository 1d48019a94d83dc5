//! (being written on the builtins branch)

use crate::builtins::Command;

pub const COMMANDS: &[Command] = &[];

use crate::builtins::Member;

pub const MEMBERS: &[Member] = &[];
