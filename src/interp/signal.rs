//! Signals (`New signal`, `4D.Signal`): a shared object with a one-way flag that processes
//! wait on (`.wait({timeout})`) and one process raises (`.trigger()`).
//!
//! A signal is a shared object (custom properties and `.description` are written inside
//! `Use(signal)`), whose native payload holds the flag and the condition variable the
//! waiters sleep on. `.signaled` is read-only; a triggered signal stays triggered. While a
//! process waits, its state is `Waiting for internal flag` (4).

use super::Ctx;
use super::error::{R, codes, err};
use super::native::Native;
use crate::builtins::{Args, Command, Imp, Member, Receiver};
use crate::keys::Key;
use crate::value::{Obj, Value};
use parking_lot::{Condvar, Mutex};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The flag behind a signal object.
#[derive(Default)]
pub struct SignalState {
    signaled: Mutex<bool>,
    cond: Condvar,
}

impl SignalState {
    pub fn is_signaled(&self) -> bool {
        *self.signaled.lock()
    }
    pub fn trigger(&self) {
        let mut s = self.signaled.lock();
        *s = true;
        self.cond.notify_all();
    }
    /// Wait until triggered or until `timeout` passes (None = forever, in slices so that
    /// shutdown is noticed). Returns the flag.
    pub fn wait(&self, timeout: Option<Duration>, stop: &dyn Fn() -> bool) -> bool {
        let deadline = timeout.map(|t| Instant::now() + t);
        let mut s = self.signaled.lock();
        while !*s {
            if stop() {
                break;
            }
            let slice = Duration::from_millis(200);
            let wait = match deadline {
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        break;
                    }
                    (d - now).min(slice)
                }
                None => slice,
            };
            self.cond.wait_for(&mut s, wait);
        }
        *s
    }
}

fn state_of(o: &Obj) -> Option<Arc<SignalState>> {
    o.native().and_then(|n| n.downcast::<SignalState>())
}

/// `New signal({description})`.
pub fn new_signal(ctx: &mut Ctx, description: Option<Value>) -> R {
    let description = match description {
        None | Some(Value::Undefined) | Some(Value::Null) => String::new(),
        Some(Value::Text(t)) => t.to_string(),
        Some(other) => {
            return err(
                crate::builtins::args::TYPE_MISMATCH,
                format!(
                    "The description of a signal must be a Text, not {}",
                    other.type_name()
                ),
            );
        }
    };
    let o = ctx.new_shared_object();
    o.set_native(Native::Other("Signal", Arc::new(SignalState::default())));
    o.set_class(super::class::builtin_class("Signal"));
    o.set_raw(Key::intern("description"), Value::text(description));
    Ok(Value::Object(o))
}

/// `.signaled` (read-only; stored nowhere else).
pub fn property(_ctx: &mut Ctx, o: &Obj, key: Key) -> R<Option<Value>> {
    Ok(match key.as_str() {
        "signaled" => state_of(o).map(|s| Value::Bool(s.is_signaled())),
        _ => None,
    })
}

fn signal_of(recv: &Value) -> R<Arc<SignalState>> {
    match recv {
        Value::Object(o) => state_of(o),
        _ => None,
    }
    .map_or_else(|| err(codes::NOT_AN_OBJECT, "This is not a 4D.Signal"), Ok)
}

/// `.trigger()`.
fn trigger(ctx: &mut Ctx, recv: &Value, _args: &mut Args) -> R {
    signal_of(recv)?.trigger();
    ctx.rt.processes.notify();
    Ok(Value::Undefined)
}

/// `.wait({timeout : Real}) : Boolean` — timeout in seconds, decimals allowed.
fn wait(ctx: &mut Ctx, recv: &Value, args: &mut Args) -> R {
    let s = signal_of(recv)?;
    if s.is_signaled() {
        return Ok(Value::Bool(true));
    }
    let timeout = if args.has(0) {
        Some(Duration::from_secs_f64(args.real(0)?.max(0.0)))
    } else {
        None
    };
    let table = &ctx.rt.processes;
    table.set_state(ctx.process, super::process::STATE_WAITING_INTERNAL);
    let rt = ctx.rt.clone();
    let stop = move || {
        rt.processes
            .shutdown
            .load(std::sync::atomic::Ordering::Acquire)
    };
    let r = s.wait(timeout, &stop);
    ctx.rt
        .processes
        .set_state(ctx.process, super::process::STATE_EXECUTING);
    Ok(Value::Bool(r))
}

fn new_signal_command(ctx: &mut Ctx, args: &mut Args) -> R {
    let d = if args.has(0) {
        Some(args.take(0))
    } else {
        None
    };
    new_signal(ctx, d)
}

pub const COMMANDS: &[Command] = &[Command {
    name: "New signal",
    number: 1641,
    params: "{description : Text}",
    result: "4D.Signal",
    min_args: 0,
    max_args: 1,
    imp: Imp::Values(new_signal_command),
}];

pub const MEMBERS: &[Member] = &[
    Member {
        receiver: Receiver::Class("Signal"),
        name: "trigger",
        params: "",
        result: "",
        imp: trigger,
    },
    Member {
        receiver: Receiver::Class("Signal"),
        name: "wait",
        params: "{timeout : Real}",
        result: "Boolean",
        imp: wait,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wait_returns_at_once_when_triggered_and_times_out_otherwise() {
        let s = Arc::new(SignalState::default());
        let t0 = Instant::now();
        assert!(!s.wait(Some(Duration::from_millis(50)), &|| false));
        assert!(t0.elapsed() >= Duration::from_millis(50));
        let s2 = s.clone();
        let h = std::thread::spawn(move || s2.wait(None, &|| false));
        std::thread::sleep(Duration::from_millis(20));
        s.trigger();
        assert!(h.join().unwrap());
        assert!(s.wait(None, &|| false));
    }
}
