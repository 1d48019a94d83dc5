//! Processes: the process table (what `Process activity`, `Process info`, `Current process`
//! read), and process commands. Each 4D process is an OS thread running its own `Ctx`.

use super::Ctx;
use super::error::{R, codes, err};
use crate::builtins::{Args, Command, Imp, Member};
use crate::keys::Key;
use crate::value::{Obj, Value};
use parking_lot::Mutex;

pub const STATE_EXECUTING: i32 = 0;
pub const STATE_DELAYED: i32 = 1;
pub const STATE_WAITING_INTERNAL: i32 = 4;
pub const STATE_DOES_NOT_EXIST: i32 = -100;
/// Process type of the main process.
pub const TYPE_MAIN: i32 = -1;
pub const TYPE_WORKER: i32 = 5;

/// One row of the process table.
#[derive(Clone, Debug)]
pub struct ProcessRow {
    pub number: u32,
    pub name: String,
    pub kind: i32,
    pub state: i32,
    pub preemptive: bool,
    pub visible: bool,
    pub created_utc: chrono::DateTime<chrono::Utc>,
    pub alive: bool,
}

#[derive(Default)]
pub struct Table {
    rows: Mutex<Vec<ProcessRow>>,
}

impl Table {
    pub fn new() -> Table {
        Table::default()
    }
    /// Register a process; returns its number (1 for the first).
    pub fn register(
        &self,
        name: &str,
        kind: i32,
        created_utc: chrono::DateTime<chrono::Utc>,
    ) -> u32 {
        let mut rows = self.rows.lock();
        let number = rows.len() as u32 + 1;
        rows.push(ProcessRow {
            number,
            name: name.to_string(),
            kind,
            state: STATE_EXECUTING,
            preemptive: false,
            visible: true,
            created_utc,
            alive: true,
        });
        number
    }
    pub fn name_of(&self, number: u32) -> String {
        self.rows
            .lock()
            .get(number.wrapping_sub(1) as usize)
            .map(|r| r.name.clone())
            .unwrap_or_default()
    }
    pub fn set_state(&self, number: u32, state: i32) {
        if let Some(r) = self.rows.lock().get_mut(number.wrapping_sub(1) as usize) {
            r.state = state;
        }
    }
    pub fn rows(&self) -> Vec<ProcessRow> {
        self.rows.lock().clone()
    }
}

fn current_process(ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::Int(ctx.process as i32))
}

fn current_process_name(ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::text(ctx.rt.processes.name_of(ctx.process)))
}

pub const COMMANDS: &[Command] = &[
    Command {
        name: "Current process",
        number: 322,
        params: "",
        result: "Integer",
        min_args: 0,
        max_args: 0,
        imp: Imp::Values(current_process),
    },
    Command {
        name: "Current process name",
        number: 0,
        params: "",
        result: "Text",
        min_args: 0,
        max_args: 0,
        imp: Imp::Values(current_process_name),
    },
];

pub const MEMBERS: &[Member] = &[];

/// Properties of a signal object.
pub fn signal_property(_ctx: &mut Ctx, _o: &Obj, _key: Key) -> R<Option<Value>> {
    Ok(None)
}

/// `New signal` / `4D.Signal.new()`.
pub fn new_signal(_ctx: &mut Ctx, _description: Option<Value>) -> R {
    err(codes::NOT_IMPLEMENTED, "signals are not implemented yet")
}
