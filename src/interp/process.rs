//! Processes: the process table (what `Process activity`, `Process info`, `Process state`,
//! `Current process` read) and the small process commands.
//!
//! Each 4D process is an OS thread running its own `Ctx` over the shared program and
//! runtime (`worker.rs` starts them). The table records, per process: number, name, type,
//! state, creation time, the OS thread id (for the real CPU time, read from `/proc` on
//! Linux), the preemptive and visible flags, and whether it is still alive.
//!
//! Choices where 4D's documentation is silent (recorded in the tests):
//! - process numbers are never reused (4D may reuse the number of an ended process); the
//!   unique `ID` equals the number;
//! - an ended process reads as `Does not exist` (-100) in `Process state`, and
//!   `Process info` returns Null for it;
//! - an idle worker (empty mailbox) and a process blocked in `Use` or `signal.wait()` are
//!   `Waiting for internal flag` (4); a process in `DELAY PROCESS` is `Delayed` (1).

use super::Ctx;
use super::error::R;
use crate::builtins::{Args, Command, Imp, Member};
use crate::keys::Key;
use crate::value::{Obj, Value};
use parking_lot::{Condvar, Mutex};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

pub const STATE_ABORTED: i32 = -1;
pub const STATE_EXECUTING: i32 = 0;
pub const STATE_DELAYED: i32 = 1;
pub const STATE_WAITING_INTERNAL: i32 = 4;
pub const STATE_DOES_NOT_EXIST: i32 = -100;
/// Process type of the main process.
pub const TYPE_MAIN: i32 = -1;
/// `Web process with no context` (the main process of `--session web`).
pub const TYPE_WEB: i32 = -3;
/// `Other user process` (`New process`).
pub const TYPE_OTHER_USER: i32 = 4;
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
    pub created_at: Instant,
    pub alive: bool,
    /// OS thread id (Linux tid), 0 until the thread has started.
    pub tid: u32,
    /// CPU seconds when the process ended (the thread is gone then).
    pub final_cpu: f64,
    /// `url` of a web process (`Process activity`).
    pub url: Option<String>,
    /// End of a pending `DELAY PROCESS` (set by any process, honoured by the target).
    pub delay_until: Option<Instant>,
}

impl ProcessRow {
    /// CPU seconds used so far (real figures from the OS where available).
    pub fn cpu_time(&self) -> f64 {
        if !self.alive {
            return self.final_cpu;
        }
        thread_cpu_seconds(self.tid).unwrap_or(0.0)
    }
    /// Share of the process's lifetime spent on a CPU (0..1).
    pub fn cpu_usage(&self) -> f64 {
        let wall = self.created_at.elapsed().as_secs_f64();
        if wall <= 0.0 {
            return 0.0;
        }
        (self.cpu_time() / wall).clamp(0.0, 1.0)
    }
}

/// CPU time of an OS thread of this process, in seconds.
#[cfg(target_os = "linux")]
pub fn thread_cpu_seconds(tid: u32) -> Option<f64> {
    if tid == 0 {
        return None;
    }
    // schedstat: "<ns on cpu> <ns waiting> <timeslices>"
    let s = std::fs::read_to_string(format!("/proc/self/task/{tid}/schedstat")).ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

#[cfg(not(target_os = "linux"))]
pub fn thread_cpu_seconds(_tid: u32) -> Option<f64> {
    None
}

/// The OS id of the calling thread (0 where unknown).
pub fn current_tid() -> u32 {
    #[cfg(target_os = "linux")]
    {
        // /proc/thread-self -> "<pid>/task/<tid>"
        if let Ok(p) = std::fs::read_link("/proc/thread-self")
            && let Some(t) = p.file_name().and_then(|s| s.to_str())
        {
            return t.parse().unwrap_or(0);
        }
    }
    0
}

/// The process table, plus what the runtime needs to run and wait for processes:
/// worker mailboxes, thread handles, and the "something failed" flag for the exit code.
#[derive(Default)]
pub struct Table {
    rows: Mutex<Vec<ProcessRow>>,
    /// Workers' mailboxes (including the main process, worker 1).
    pub mailboxes: Mutex<Vec<std::sync::Arc<super::worker::Mailbox>>>,
    /// Threads started by `New process` and `CALL WORKER`.
    pub handles: Mutex<Vec<std::thread::JoinHandle<()>>>,
    /// Set when any process other than the main one ended with an uncaught error.
    pub failed: AtomicBool,
    /// Set when fourd is shutting down: idle workers end.
    pub shutdown: AtomicBool,
    /// Notified whenever a process ends, a message is posted or finished, or a delay
    /// changes (the main process's exit wait and `DELAY PROCESS` sleep on it).
    pub changed: Condvar,
    pub changed_lock: Mutex<()>,
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
            visible: !name.starts_with('$'),
            created_utc,
            created_at: Instant::now(),
            alive: true,
            tid: 0,
            final_cpu: 0.0,
            url: None,
            delay_until: None,
        });
        number
    }
    fn with_row<T>(&self, number: u32, f: impl FnOnce(&mut ProcessRow) -> T) -> Option<T> {
        self.rows
            .lock()
            .get_mut(number.wrapping_sub(1) as usize)
            .map(f)
    }
    /// Called on the process's own thread when it starts.
    pub fn attach_thread(&self, number: u32) {
        let tid = current_tid();
        self.with_row(number, |r| r.tid = tid);
    }
    pub fn set_preemptive(&self, number: u32, preemptive: bool) {
        self.with_row(number, |r| r.preemptive = preemptive);
    }
    pub fn set_url(&self, number: u32, url: Option<String>) {
        self.with_row(number, |r| r.url = url);
    }
    /// Called on the process's own thread when it ends.
    pub fn end(&self, number: u32) {
        let cpu = self
            .row(number)
            .and_then(|r| thread_cpu_seconds(r.tid))
            .unwrap_or(0.0);
        self.with_row(number, |r| {
            r.final_cpu = cpu;
            r.alive = false;
            r.state = STATE_DOES_NOT_EXIST;
        });
        self.notify();
    }
    pub fn name_of(&self, number: u32) -> String {
        self.with_row(number, |r| r.name.clone())
            .unwrap_or_default()
    }
    pub fn set_state(&self, number: u32, state: i32) {
        self.with_row(number, |r| {
            if r.alive {
                r.state = state
            }
        });
    }
    pub fn row(&self, number: u32) -> Option<ProcessRow> {
        self.rows
            .lock()
            .get(number.wrapping_sub(1) as usize)
            .cloned()
    }
    pub fn rows(&self) -> Vec<ProcessRow> {
        self.rows.lock().clone()
    }
    /// The live process with this name (exact match), if any.
    pub fn number_of(&self, name: &str) -> Option<u32> {
        self.rows
            .lock()
            .iter()
            .find(|r| r.alive && r.name == name)
            .map(|r| r.number)
    }
    /// Highest live process number (`Count tasks`).
    pub fn count_tasks(&self) -> u32 {
        self.rows
            .lock()
            .iter()
            .filter(|r| r.alive)
            .map(|r| r.number)
            .max()
            .unwrap_or(0)
    }
    pub fn notify(&self) {
        let _g = self.changed_lock.lock();
        self.changed.notify_all();
    }
    /// Sleep until notified or `timeout` passes.
    pub fn wait_changed(&self, timeout: Duration) {
        let mut g = self.changed_lock.lock();
        self.changed.wait_for(&mut g, timeout);
    }
}

// ---------------------------------------------------------------------------- commands

fn current_process(ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::Int(ctx.process as i32))
}

fn current_process_name(ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::text(ctx.rt.processes.name_of(ctx.process)))
}

/// `Process number(name {; *})`: 0 when no live process has that name.
fn process_number(ctx: &mut Ctx, args: &mut Args) -> R {
    let name = args.text(0)?;
    Ok(Value::Int(
        ctx.rt.processes.number_of(&name).unwrap_or(0) as i32
    ))
}

/// `Process state(number)`.
fn process_state(ctx: &mut Ctx, args: &mut Args) -> R {
    let n = args.int(0)?;
    if n < 1 || n > u32::MAX as i64 {
        return Ok(Value::Int(STATE_DOES_NOT_EXIST));
    }
    Ok(Value::Int(match ctx.rt.processes.row(n as u32) {
        Some(r) if r.alive => r.state,
        _ => STATE_DOES_NOT_EXIST,
    }))
}

fn count_tasks(ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::Int(ctx.rt.processes.count_tasks() as i32))
}

/// ISO 8601 UTC with milliseconds, as 4D writes `creationDateTime`.
pub fn iso_utc(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// The description of one process, as `Process info` and `Process activity` give it.
pub fn process_object(ctx: &mut Ctx, r: &ProcessRow, with_creation: bool) -> Obj {
    let o = Obj::new();
    let set = |k: &str, v: Value| o.set_raw(Key::intern(k), v);
    set("name", Value::text(r.name.clone()));
    set("sessionID", Value::text(super::session::current_id(ctx)));
    set("number", Value::Int(r.number as i32));
    set("ID", Value::Int(r.number as i32));
    set("visible", Value::Bool(r.visible));
    set("systemID", Value::text(r.tid.to_string()));
    set("type", Value::Int(r.kind));
    set("state", Value::Int(r.state));
    set("cpuUsage", Value::Real(r.cpu_usage()));
    set("cpuTime", Value::Real(r.cpu_time()));
    set("preemptive", Value::Bool(r.preemptive));
    if with_creation {
        set("creationDateTime", Value::text(iso_utc(r.created_utc)));
    }
    if let Some(url) = &r.url {
        set("url", Value::text(url.clone()));
    }
    o
}

/// `Process info(number)`: Null for a number that is not a live process.
fn process_info(ctx: &mut Ctx, args: &mut Args) -> R {
    let n = args.int(0)?;
    if n < 1 || n > u32::MAX as i64 {
        return Ok(Value::Null);
    }
    match ctx.rt.processes.row(n as u32) {
        Some(r) if r.alive => Ok(Value::Object(process_object(ctx, &r, true))),
        _ => Ok(Value::Null),
    }
}

/// `DELAY PROCESS(process; ticks)`: a new call replaces the remaining delay, 0 cancels;
/// an unknown process is ignored. The calling process sleeps at once when it delays
/// itself; another process is delayed the next time it reaches a delay point (its next
/// worker message, or when it is already sleeping in `DELAY PROCESS`).
fn delay_process(ctx: &mut Ctx, args: &mut Args) -> R {
    let n = args.int(0)?;
    let ticks = args.real(1)?;
    if n < 1 || n > u32::MAX as i64 {
        return Ok(Value::Undefined);
    }
    let n = n as u32;
    let until = if ticks > 0.0 {
        Some(Instant::now() + Duration::from_secs_f64(ticks / 60.0))
    } else {
        None
    };
    let table = &ctx.rt.processes;
    if table.with_row(n, |r| {
        r.alive && {
            r.delay_until = until;
            true
        }
    }) != Some(true)
    {
        return Ok(Value::Undefined);
    }
    table.notify();
    if n == ctx.process {
        honour_delay(ctx);
    }
    Ok(Value::Undefined)
}

/// Sleep while this process has a pending delay (state `Delayed`).
pub fn honour_delay(ctx: &Ctx) {
    let table = &ctx.rt.processes;
    while let Some(until) = table.row(ctx.process).and_then(|r| r.delay_until) {
        let now = Instant::now();
        if now >= until || table.shutdown.load(Ordering::Acquire) {
            table.with_row(ctx.process, |r| r.delay_until = None);
            break;
        }
        table.set_state(ctx.process, STATE_DELAYED);
        table.wait_changed((until - now).min(Duration::from_millis(100)));
    }
    table.set_state(ctx.process, STATE_EXECUTING);
}

/// Properties of a signal object (see `signal.rs`).
pub fn signal_property(ctx: &mut Ctx, o: &Obj, key: Key) -> R<Option<Value>> {
    super::signal::property(ctx, o, key)
}

/// `New signal` / `4D.Signal.new()` (see `signal.rs`).
pub fn new_signal(ctx: &mut Ctx, description: Option<Value>) -> R {
    super::signal::new_signal(ctx, description)
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
        number: 1392,
        params: "",
        result: "Text",
        min_args: 0,
        max_args: 0,
        imp: Imp::Values(current_process_name),
    },
    Command {
        name: "Process number",
        number: 372,
        params: "name : Text {; *}",
        result: "Integer",
        min_args: 1,
        max_args: 1,
        imp: Imp::Values(process_number),
    },
    Command {
        name: "Process state",
        number: 330,
        params: "process : Integer",
        result: "Integer",
        min_args: 1,
        max_args: 1,
        imp: Imp::Values(process_state),
    },
    Command {
        name: "Process info",
        number: 1843,
        params: "processNumber : Integer",
        result: "Object",
        min_args: 1,
        max_args: 1,
        imp: Imp::Values(process_info),
    },
    Command {
        name: "Count tasks",
        number: 335,
        params: "",
        result: "Integer",
        min_args: 0,
        max_args: 0,
        imp: Imp::Values(count_tasks),
    },
    Command {
        name: "DELAY PROCESS",
        number: 323,
        params: "process : Integer; duration : Real",
        result: "",
        min_args: 2,
        max_args: 2,
        imp: Imp::Values(delay_process),
    },
];

pub const MEMBERS: &[Member] = &[];

#[cfg(test)]
#[path = "process_tests.rs"]
mod tests;
