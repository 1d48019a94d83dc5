//! Built-in commands and member functions, registered as table rows.
//!
//! Each theme file (`text.rs`, `math.rs`, ...) exports `COMMANDS: &[Command]` and, where
//! it has them, `MEMBERS: &[Member]`. This module concatenates the tables once into a
//! registry looked up by case-insensitive name, by 4D command number (for `Name:C123`),
//! and by (receiver kind, member name). Adding a command is one row plus one function.

pub mod args;
pub mod array;
pub mod blob;
pub mod collection;
pub mod collection_callbacks;
pub mod collection_sort;
#[cfg(test)]
mod command_tests;
pub mod core;
pub mod datefmt;
pub mod datetime;
pub mod environment;
pub mod json;
pub mod json_read;
pub mod math;
pub mod numfmt;
pub mod object;
pub mod output;
pub mod query;
pub mod system;
pub mod text;
pub mod textcmp;

pub use args::Args;

use crate::code::Expr;
use crate::interp::Ctx;
use crate::interp::error::R;
use crate::value::Value;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

pub type CommandId = u16;

/// How a command receives its arguments.
#[derive(Clone, Copy)]
pub enum Imp {
    /// Arguments are evaluated left to right and passed as values.
    Values(fn(&mut Ctx, &mut Args) -> R),
    /// Arguments are passed unevaluated: for commands that declare or assign to their
    /// arguments (`ARRAY TEXT`, `C_TEXT`, `APPEND TO ARRAY`) or evaluate them lazily.
    Raw(fn(&mut Ctx, &[Expr]) -> R),
}

/// One built-in command.
pub struct Command {
    /// Canonical English name with spaces, as 4D writes it.
    pub name: &'static str,
    /// 4D's command number (`Name:C123`); 0 if the command has none.
    pub number: u32,
    /// Parameters, for help, REPL hints and the generated reference:
    /// `"text : Text; start : Integer {; count : Integer}"`.
    pub params: &'static str,
    /// Result type, `""` for none.
    pub result: &'static str,
    /// Minimum and maximum argument counts (`u8::MAX` = any number).
    pub min_args: u8,
    pub max_args: u8,
    pub imp: Imp,
}

/// A table row for a command whose arguments are evaluated (`Imp::Values`); theme files
/// import it under a short local name (`row`, `cmd`).
#[allow(clippy::too_many_arguments)]
pub const fn values_row(
    name: &'static str,
    number: u32,
    params: &'static str,
    result: &'static str,
    min_args: u8,
    max_args: u8,
    f: fn(&mut Ctx, &mut Args) -> R,
) -> Command {
    Command {
        name,
        number,
        params,
        result,
        min_args,
        max_args,
        imp: Imp::Values(f),
    }
}

/// The kind of receiver a member function applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Receiver {
    Collection,
    /// Any object (class-independent members such as formulas' `.call`).
    Formula,
    Text,
    /// A built-in class instance, by class name (`Session`, `Signal`, ...).
    Class(&'static str),
}

/// One member function: `$col.push(...)`, `$f.call(...)`, `Session.setPrivileges(...)`.
pub struct Member {
    pub receiver: Receiver,
    pub name: &'static str,
    pub params: &'static str,
    pub result: &'static str,
    pub imp: fn(&mut Ctx, &Value, &mut Args) -> R,
}

impl Member {
    /// A table row: `Member::new(Receiver::Collection, "push", "value : any", "Collection", push)`.
    pub const fn new(
        receiver: Receiver,
        name: &'static str,
        params: &'static str,
        result: &'static str,
        imp: fn(&mut Ctx, &Value, &mut Args) -> R,
    ) -> Member {
        Member {
            receiver,
            name,
            params,
            result,
            imp,
        }
    }
}

pub struct Registry {
    pub commands: Vec<&'static Command>,
    by_name: FxHashMap<String, CommandId>,
    by_number: FxHashMap<u32, CommandId>,
    members: FxHashMap<(Receiver, &'static str), &'static Member>,
    /// The same members by interned name (what a call site holds): no string hashing.
    members_by_key: FxHashMap<(Receiver, crate::keys::Key), &'static Member>,
}

fn tables() -> Vec<&'static [Command]> {
    vec![
        core::COMMANDS,
        array::COMMANDS,
        blob::COMMANDS,
        text::COMMANDS,
        math::COMMANDS,
        datetime::COMMANDS,
        object::COMMANDS,
        collection::COMMANDS,
        json::COMMANDS,
        output::COMMANDS,
        system::COMMANDS,
        environment::COMMANDS,
        crate::interp::process::COMMANDS,
        crate::interp::shared::COMMANDS,
        crate::interp::session::COMMANDS,
        crate::interp::worker::COMMANDS,
        crate::interp::signal::COMMANDS,
        crate::interp::activity::COMMANDS,
        crate::doctest::COMMANDS,
        crate::testing::runner::COMMANDS,
    ]
}

fn member_tables() -> Vec<&'static [Member]> {
    vec![
        collection::MEMBERS,
        collection_callbacks::MEMBERS,
        collection_sort::MEMBERS,
        query::MEMBERS,
        crate::interp::formula::MEMBERS,
        crate::interp::session::MEMBERS,
        crate::interp::process::MEMBERS,
        crate::interp::signal::MEMBERS,
        crate::interp::cryptokey::MEMBERS,
    ]
}

pub fn registry() -> &'static Registry {
    static REG: OnceLock<Registry> = OnceLock::new();
    REG.get_or_init(|| {
        let mut reg = Registry {
            commands: Vec::new(),
            by_name: FxHashMap::default(),
            by_number: FxHashMap::default(),
            members: FxHashMap::default(),
            members_by_key: FxHashMap::default(),
        };
        for table in tables() {
            for cmd in table {
                let id = reg.commands.len() as CommandId;
                reg.commands.push(cmd);
                reg.by_name.insert(cmd.name.to_lowercase(), id);
                let number = if cmd.number != 0 {
                    Some(cmd.number)
                } else {
                    catalogue_number(cmd.name)
                };
                if let Some(n) = number {
                    reg.by_number.insert(n, id);
                }
            }
        }
        for table in member_tables() {
            for m in table {
                reg.members.insert((m.receiver, m.name), m);
                reg.members_by_key
                    .insert((m.receiver, crate::keys::Key::intern(m.name)), m);
            }
        }
        reg
    })
}

/// The 4D command number of `name` from `stdlib/commands.tsv`.
fn catalogue_number(name: &str) -> Option<u32> {
    static BY_NAME: OnceLock<FxHashMap<String, u32>> = OnceLock::new();
    BY_NAME
        .get_or_init(|| {
            crate::catalog::catalog()
                .commands
                .iter()
                .map(|c| (c.name.to_lowercase(), c.number))
                .collect()
        })
        .get(&name.to_lowercase())
        .copied()
}

impl Registry {
    pub fn by_name(&self, name: &str) -> Option<CommandId> {
        self.by_name.get(&name.to_lowercase()).copied()
    }
    pub fn by_number(&self, number: u32) -> Option<CommandId> {
        self.by_number.get(&number).copied()
    }
    pub fn get(&self, id: CommandId) -> &'static Command {
        self.commands[id as usize]
    }
    pub fn member(&self, receiver: Receiver, name: &str) -> Option<&'static Member> {
        self.members.get(&(receiver, name)).copied()
    }
    pub fn member_by_key(
        &self,
        receiver: Receiver,
        name: crate::keys::Key,
    ) -> Option<&'static Member> {
        self.members_by_key.get(&(receiver, name)).copied()
    }
    pub fn members(&self) -> impl Iterator<Item = &'static Member> + '_ {
        self.members.values().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_names_are_unique_case_insensitively() {
        let mut seen = std::collections::HashSet::new();
        for t in tables() {
            for c in t {
                assert!(
                    seen.insert(c.name.to_lowercase()),
                    "duplicate command {}",
                    c.name
                );
            }
        }
    }

    #[test]
    fn command_numbers_match_the_catalogue() {
        let cat = crate::catalog::catalog();
        for t in tables() {
            for c in t {
                if c.number == 0 {
                    continue;
                }
                if let Some(row) = cat.commands.iter().find(|r| r.number == c.number) {
                    assert!(
                        row.name.eq_ignore_ascii_case(c.name),
                        "{} is C{} but the catalogue says {}",
                        c.name,
                        c.number,
                        row.name
                    );
                }
            }
        }
    }
}
