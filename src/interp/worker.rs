//! Starting processes and workers: `New process`, `CALL WORKER`, `KILL WORKER`, and the
//! main process's wait at exit.
//!
//! - `New process(method; stack; name; params…; *)` registers a row in the process table
//!   and starts an OS thread (stack `cli::run::RUN_STACK_BYTES`) running the method in a
//!   fresh `Ctx`. The process ends when the method returns.
//! - A worker is a process with a [`Mailbox`]: `CALL WORKER` posts a message (a formula or
//!   a method name, plus arguments) and the worker thread runs messages in order, keeping
//!   its process variables between them. A name not yet used creates the worker; a number
//!   that is not a worker does nothing. The main process is worker 1: its messages run
//!   when its own method has returned, while it waits for the others.
//! - Arguments cross processes by deep copy ([`copy_for_process`]); shared objects and
//!   collections go by reference.
//! - An uncaught error in another process is reported on stderr with that process's
//!   name and number, and makes `fourd run` exit with 1.
//! - At exit the main process waits until every process it started has ended and every
//!   mailbox is drained and idle ([`wait_for_quiet`]); after the timeout it names the
//!   processes still running.

use super::error::{R, RtError, codes, err};
use super::process::{STATE_EXECUTING, STATE_WAITING_INTERNAL, TYPE_OTHER_USER, TYPE_WORKER};
use super::{Ctx, Program, Runtime};
use crate::builtins::{Args, Command, Imp};
use crate::value::{Coll, Obj, Value};
use parking_lot::{Condvar, Mutex};
use std::collections::VecDeque;
use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// One `CALL WORKER` message.
pub struct Message {
    /// A formula, or a method name (Text).
    pub callee: Value,
    pub args: Vec<Value>,
}

#[derive(Default)]
struct MailState {
    queue: VecDeque<Message>,
    /// A message is running.
    busy: bool,
    /// `KILL WORKER`: stop after the current message.
    killed: bool,
    /// The worker thread has ended.
    ended: bool,
    /// The first method the worker ran (rerun by `CALL WORKER(w; "")`).
    startup: Option<Value>,
}

/// A worker's mailbox.
pub struct Mailbox {
    pub number: u32,
    pub name: String,
    state: Mutex<MailState>,
    cond: Condvar,
}

impl Mailbox {
    fn new(number: u32, name: &str) -> Arc<Mailbox> {
        Arc::new(Mailbox {
            number,
            name: name.to_string(),
            state: Mutex::new(MailState::default()),
            cond: Condvar::new(),
        })
    }
    /// Nothing queued and nothing running.
    pub fn idle(&self) -> bool {
        let s = self.state.lock();
        s.queue.is_empty() && !s.busy
    }
    fn post(&self, m: Message) {
        let mut s = self.state.lock();
        if s.startup.is_none() {
            s.startup = Some(m.callee.clone());
        }
        s.queue.push_back(m);
        self.cond.notify_all();
    }
    fn kill(&self) {
        let mut s = self.state.lock();
        s.queue.clear();
        s.killed = true;
        self.cond.notify_all();
    }
    /// Next message for the worker thread; `None` when it must end. Marks the mailbox busy.
    fn next(&self, rt: &Runtime) -> Option<Message> {
        let mut s = self.state.lock();
        s.busy = false;
        loop {
            if s.killed || rt.processes.shutdown.load(Ordering::Acquire) {
                s.ended = true;
                return None;
            }
            if let Some(m) = s.queue.pop_front() {
                s.busy = true;
                return Some(m);
            }
            rt.processes.notify();
            self.cond.wait_for(&mut s, Duration::from_millis(200));
        }
    }
    /// Take one message without blocking (the main process's mailbox).
    fn try_next(&self) -> Option<Message> {
        let mut s = self.state.lock();
        let m = s.queue.pop_front();
        s.busy = m.is_some();
        m
    }
    fn done(&self) {
        self.state.lock().busy = false;
    }
    fn usable(&self) -> bool {
        let s = self.state.lock();
        !s.killed && !s.ended
    }
    pub fn wake(&self) {
        let _s = self.state.lock();
        self.cond.notify_all();
    }
}

/// Give the main process (number `main`) its mailbox: it is worker 1.
pub fn register_main(rt: &Runtime, main: u32) {
    rt.processes
        .mailboxes
        .lock()
        .push(Mailbox::new(main, &rt.processes.name_of(main)));
}

/// Run the messages waiting in the calling process's own mailbox (`CALL WORKER(1; ...)`
/// to the main process), without waiting; returns how many ran. The REPL calls it around
/// each entry, as 4D's main process runs its messages when idle.
pub fn run_own_mailbox(ctx: &mut Ctx) -> usize {
    let rt = ctx.rt.clone();
    let mailbox = rt
        .processes
        .mailboxes
        .lock()
        .iter()
        .find(|m| m.number == ctx.process)
        .cloned();
    let Some(mb) = mailbox else {
        return 0;
    };
    let mut n = 0;
    while let Some(m) = mb.try_next() {
        if let Err(e) = ctx.call_value(&m.callee, Value::Null, m.args) {
            report_failure(ctx, &e);
        }
        mb.done();
        n += 1;
    }
    n
}

// ---------------------------------------------------------------------------- copying

/// A value as another process receives it: objects and collections are deep-copied unless
/// shared (shared ones are passed by reference, also inside copied ones); formulas get
/// copies of their captured values.
pub fn copy_for_process(v: &Value) -> Value {
    match v {
        Value::Object(o) if !o.is_shared() => {
            let (props, class, native) = {
                let d = o.lock();
                (
                    d.props
                        .iter()
                        .map(|(k, v)| (*k, v.clone()))
                        .collect::<Vec<_>>(),
                    d.class.clone(),
                    d.native.clone(),
                )
            };
            let copy = Obj::new();
            for (k, v) in props {
                copy.set_raw(k, copy_for_process(&v));
            }
            copy.set_class(class);
            if let Some(n) = native {
                copy.set_native(n);
            }
            Value::Object(copy)
        }
        Value::Collection(c) if !c.is_shared() => {
            let items = c.to_vec();
            Value::Collection(Coll::from_vec(items.iter().map(copy_for_process).collect()))
        }
        Value::Formula(f) if !f.captured.is_empty() => {
            let body = match &f.body {
                super::formula::FormulaBody::Code(t) => {
                    super::formula::FormulaBody::Code(t.clone())
                }
                super::formula::FormulaBody::Function { code, class } => {
                    super::formula::FormulaBody::Function {
                        code: code.clone(),
                        class: class.clone(),
                    }
                }
                super::formula::FormulaBody::Native(n) => super::formula::FormulaBody::Native(n),
            };
            Value::Formula(Arc::new(super::formula::Formula {
                body,
                captured: f
                    .captured
                    .iter()
                    .map(|(s, v)| (*s, copy_for_process(v)))
                    .collect(),
                source: f.source.clone(),
            }))
        }
        other => other.clone(),
    }
}

// ---------------------------------------------------------------------------- threads

/// Report an uncaught error of a process other than the main one and remember the failure.
pub fn report_failure(ctx: &Ctx, e: &RtError) {
    ctx.rt.processes.failed.store(true, Ordering::Release);
    // `--timeout` stops every process: one report is enough.
    if e.code == crate::limits::ERR_TIMEOUT
        && ctx.rt.interrupt.reported.swap(true, Ordering::Relaxed)
    {
        return;
    }
    let name = ctx.rt.processes.name_of(ctx.process);
    let color = std::io::stderr().is_terminal();
    let text = crate::cli::run::render_runtime_error(ctx, e, color);
    ctx.rt.flush();
    let msg = format!(
        "fourd: uncaught error in process {} \"{name}\":\n{text}",
        ctx.process
    );
    // One write so reports of different processes do not interleave.
    let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), msg.as_bytes());
}

fn spawn(rt: &Arc<Runtime>, number: u32, body: impl FnOnce() + Send + 'static) -> R<()> {
    let name = format!("fourd-p{number}");
    let rt2 = rt.clone();
    let h = std::thread::Builder::new()
        .name(name)
        .stack_size(crate::cli::run::RUN_STACK_BYTES)
        .spawn(move || {
            rt2.processes.attach_thread(number);
            body();
            rt2.processes.end(number);
        });
    match h {
        Ok(h) => {
            rt.processes.handles.lock().push(h);
            Ok(())
        }
        Err(e) => {
            rt.processes.end(number);
            err(codes::GENERIC, format!("Cannot start a process: {e}"))
        }
    }
}

fn method_attrs(program: &Program, name: &str) -> bool {
    program
        .method_id(name)
        .and_then(|id| program.method_attrs.get(id as usize))
        .is_some_and(|a| a.preemptive)
}

/// `New process(method; stack {; name {; param…}} {; *})`.
fn new_process(ctx: &mut Ctx, args: &mut Args) -> R {
    let method = args.text(0)?.to_string();
    let _stack = args.int_or(1, 0)?;
    let name = args.text_or(2, "")?.to_string();
    if args.star
        && !name.is_empty()
        && let Some(n) = ctx.rt.processes.number_of(&name)
    {
        return Ok(Value::Int(n as i32));
    }
    let Some(id) = ctx.program.method_id(&method) else {
        return err(
            codes::METHOD_NOT_FOUND,
            format!("New process: the method `{method}` does not exist"),
        );
    };
    let params: Vec<Value> = (3..args.len())
        .map(|i| copy_for_process(args.get(i)))
        .collect();
    let rt = ctx.rt.clone();
    let number = rt
        .processes
        .register(&name, TYPE_OTHER_USER, rt.env.now_utc());
    rt.processes
        .set_preemptive(number, method_attrs(&ctx.program, &method));
    let program = ctx.program.clone();
    let rt2 = rt.clone();
    spawn(&rt, number, move || {
        let mut p = Ctx::new(rt2, program, number);
        if let Err(e) = p.call_method_values(id, params) {
            report_failure(&p, &e);
        }
        p.rt.flush();
    })?;
    Ok(Value::Int(number as i32))
}

fn find_mailbox(rt: &Runtime, target: &Value) -> R<Option<Arc<Mailbox>>> {
    let boxes = rt.processes.mailboxes.lock();
    Ok(match target {
        Value::Text(name) => boxes
            .iter()
            .rev()
            .find(|m| m.name == name.as_str() && m.usable())
            .cloned(),
        Value::Int(_) | Value::Real(_) => {
            let n = target.as_number().unwrap_or(0.0) as i64;
            boxes
                .iter()
                .find(|m| m.number as i64 == n && m.usable())
                .cloned()
        }
        other => {
            return err(
                crate::builtins::args::TYPE_MISMATCH,
                format!(
                    "A worker is named by a Text or a process number, not {}",
                    other.type_name()
                ),
            );
        }
    })
}

/// Start a worker process named `name`.
fn start_worker(ctx: &mut Ctx, name: &str, preemptive: bool) -> R<Arc<Mailbox>> {
    let rt = ctx.rt.clone();
    let number = rt.processes.register(name, TYPE_WORKER, rt.env.now_utc());
    rt.processes.set_preemptive(number, preemptive);
    let mb = Mailbox::new(number, name);
    rt.processes.mailboxes.lock().push(mb.clone());
    let program = ctx.program.clone();
    let rt2 = rt.clone();
    let mb2 = mb.clone();
    spawn(&rt, number, move || {
        let mut p = Ctx::new(rt2.clone(), program, number);
        while let Some(m) = {
            p.rt.processes.set_state(number, STATE_WAITING_INTERNAL);
            mb2.next(&rt2)
        } {
            p.rt.processes.set_state(number, STATE_EXECUTING);
            super::process::honour_delay(&p);
            if let Err(e) = p.call_value(&m.callee, Value::Null, m.args) {
                report_failure(&p, &e);
            }
            p.rt.processes.notify();
        }
        mb2.done();
        p.rt.flush();
    })?;
    Ok(mb)
}

/// `CALL WORKER(process; formula {; param…})`.
fn call_worker(ctx: &mut Ctx, args: &mut Args) -> R {
    let target = args.take(0);
    let mut callee = args.take(1);
    let params: Vec<Value> = (2..args.len())
        .map(|i| copy_for_process(args.get(i)))
        .collect();
    let is_empty_name = matches!(&callee, Value::Text(t) if t.is_empty());
    match &callee {
        Value::Text(_) | Value::Formula(_) => {}
        other => {
            return err(
                crate::builtins::args::TYPE_MISMATCH,
                format!(
                    "CALL WORKER needs a formula or a method name, not {}",
                    other.type_name()
                ),
            );
        }
    }
    if let Value::Text(name) = &callee
        && !name.is_empty()
        && ctx.program.method_id(name).is_none()
    {
        return err(
            codes::METHOD_NOT_FOUND,
            format!("CALL WORKER: the method `{name}` does not exist"),
        );
    }
    let mb = match find_mailbox(&ctx.rt, &target)? {
        Some(mb) => mb,
        None => match &target {
            Value::Text(name) if !name.is_empty() => {
                let preemptive = match &callee {
                    Value::Text(m) => method_attrs(&ctx.program, m),
                    _ => false,
                };
                start_worker(ctx, name, preemptive)?
            }
            _ => return Ok(Value::Undefined),
        },
    };
    if is_empty_name {
        // Rerun the startup method; nothing for the main process or a fresh worker.
        let startup = mb.state.lock().startup.clone();
        match startup {
            Some(s) if mb.number != 1 => callee = s,
            _ => return Ok(Value::Undefined),
        }
    }
    mb.post(Message {
        callee: copy_for_process(&callee),
        args: params,
    });
    ctx.rt.processes.notify();
    Ok(Value::Undefined)
}

/// `KILL WORKER({process})`: drop pending messages and stop after the current one. On the
/// main process it only empties the mailbox.
fn kill_worker(ctx: &mut Ctx, args: &mut Args) -> R {
    let target = if args.has(0) {
        args.take(0)
    } else {
        Value::Int(ctx.process as i32)
    };
    if let Some(mb) = find_mailbox(&ctx.rt, &target)? {
        if mb.number == 1 || ctx.rt.processes.row(mb.number).map(|r| r.kind) != Some(TYPE_WORKER) {
            mb.state.lock().queue.clear();
        } else {
            mb.kill();
        }
    }
    ctx.rt.processes.notify();
    Ok(Value::Undefined)
}

// ---------------------------------------------------------------------------- exit wait

/// Every started process has ended and every mailbox is drained.
fn quiet(rt: &Runtime, main: u32) -> bool {
    let others_running = rt
        .processes
        .rows()
        .iter()
        .any(|r| r.alive && r.number != main && r.kind != TYPE_WORKER);
    if others_running {
        return false;
    }
    rt.processes.mailboxes.lock().iter().all(|m| m.idle())
}

/// [`wait_for_quiet`], then name on stderr the processes still running after `timeout`.
/// Returns false when some were (the run must then fail).
pub fn wait_and_report(ctx: &mut Ctx, timeout: Duration) -> bool {
    let late = wait_for_quiet(ctx, timeout);
    if late.is_empty() {
        return true;
    }
    ctx.rt.flush();
    let list: Vec<String> = late
        .iter()
        .map(|(n, name)| format!("process {n} \"{name}\""))
        .collect();
    eprintln!(
        "fourd: still running after --wait-timeout {}s: {}",
        timeout.as_secs_f64(),
        list.join(", ")
    );
    false
}

/// Run by the main process after its method: run its own mailbox, wait for the other
/// processes to end and the workers to go idle, then stop the workers. Returns the
/// processes still running when `timeout` expired (empty = all done).
pub fn wait_for_quiet(ctx: &mut Ctx, timeout: Duration) -> Vec<(u32, String)> {
    let rt = ctx.rt.clone();
    let deadline = Instant::now() + timeout;
    let main_box = rt
        .processes
        .mailboxes
        .lock()
        .iter()
        .find(|m| m.number == ctx.process)
        .cloned();
    let mut late = Vec::new();
    loop {
        if let Some(mb) = &main_box {
            while let Some(m) = mb.try_next() {
                if let Err(e) = ctx.call_value(&m.callee, Value::Null, m.args) {
                    report_failure(ctx, &e);
                }
                mb.done();
            }
        }
        if quiet(&rt, ctx.process) {
            break;
        }
        let now = Instant::now();
        if now >= deadline {
            late = rt
                .processes
                .rows()
                .into_iter()
                .filter(|r| r.alive && r.number != ctx.process)
                .filter(|r| {
                    r.kind != TYPE_WORKER
                        || rt
                            .processes
                            .mailboxes
                            .lock()
                            .iter()
                            .any(|m| m.number == r.number && !m.idle())
                })
                .map(|r| (r.number, r.name))
                .collect();
            break;
        }
        rt.processes.set_state(ctx.process, STATE_WAITING_INTERNAL);
        rt.processes
            .wait_changed((deadline - now).min(Duration::from_millis(20)));
    }
    rt.processes.set_state(ctx.process, STATE_EXECUTING);
    rt.processes.shutdown.store(true, Ordering::Release);
    for mb in rt.processes.mailboxes.lock().iter() {
        mb.wake();
    }
    rt.processes.notify();
    if late.is_empty() {
        let handles: Vec<_> = std::mem::take(&mut *rt.processes.handles.lock());
        for h in handles {
            let _ = h.join();
        }
    }
    late
}

pub const COMMANDS: &[Command] = &[
    Command {
        name: "New process",
        number: 317,
        params: "method : Text; stack : Integer {; name : Text {; param : any; ...}} {; *}",
        result: "Integer",
        min_args: 2,
        max_args: u8::MAX,
        imp: Imp::Values(new_process),
    },
    Command {
        name: "CALL WORKER",
        number: 1389,
        params: "process : Text | Integer; formula : 4D.Function | Text {; param : any; ...}",
        result: "",
        min_args: 2,
        max_args: u8::MAX,
        imp: Imp::Values(call_worker),
    },
    Command {
        name: "KILL WORKER",
        number: 1390,
        params: "{process : Text | Integer}",
        result: "",
        min_args: 0,
        max_args: 1,
        imp: Imp::Values(kill_worker),
    },
];
