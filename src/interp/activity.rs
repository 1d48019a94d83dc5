//! `Process activity` and its legacy name `Get process activity`: a snapshot of the
//! processes fourd is running and, when fourd plays a server (`--session remote`,
//! `stored-procedure` or `web`), of the user sessions.
//!
//! The result follows the documentation (`commands/process-activity.md`,
//! `commands-legacy/get-process-activity.md`):
//! - `processes`: one object per live process: `name`, `sessionID`, `number`, `ID`,
//!   `visible`, `systemID` (the OS thread id), `type`, `state`, `cpuUsage`, `cpuTime` (real
//!   figures), `preemptive`, on a server `session` (that session's `.info`, not with
//!   `Processes only`), and `url` for web processes;
//! - `sessions` (server only): the sessions, as `Session info` describes them.
//!
//! Standalone (the default) and `--session none` behave like 4D single-user: the process
//! list only, the parameters ignored. On a server: `options` = 0 both lists, 1
//! (`Processes only`) processes without `session`, 2 (`Sessions only`) sessions only; a
//! session id restricts both lists to that session, and an unknown id gives Null.

use super::Ctx;
use super::error::R;
use crate::builtins::{Args, Command, Imp};
use crate::keys::Key;
use crate::value::{Coll, Obj, Value};

pub const PROCESSES_AND_SESSIONS: i64 = 0;
pub const PROCESSES_ONLY: i64 = 1;
pub const SESSIONS_ONLY: i64 = 2;

/// The activity object for `session_filter` (None = all) and `options`.
pub fn activity(ctx: &mut Ctx, session_filter: Option<&str>, options: i64) -> Value {
    let server = super::session::is_server(ctx);
    let current = super::session::current_id(ctx);
    if server
        && let Some(id) = session_filter
        && id != current
    {
        return Value::Null;
    }
    let (want_processes, want_sessions) = if !server {
        (true, false)
    } else {
        match options {
            PROCESSES_ONLY => (true, false),
            SESSIONS_ONLY => (false, true),
            _ => (true, true),
        }
    };
    let result = Obj::new();
    if want_processes {
        let rows = ctx.rt.processes.rows();
        let mut items = Vec::new();
        for r in rows.iter().filter(|r| r.alive) {
            let o = super::process::process_object(ctx, r, false);
            if server
                && options != PROCESSES_ONLY
                && let Some(info) = super::session::current_info(ctx)
            {
                o.set_raw(Key::intern("session"), info);
            }
            items.push(Value::Object(o));
        }
        result.set_raw(
            Key::intern("processes"),
            Value::Collection(Coll::from_vec(items)),
        );
    }
    if want_sessions {
        let sessions = super::session::current_info(ctx).into_iter().collect();
        result.set_raw(
            Key::intern("sessions"),
            Value::Collection(Coll::from_vec(sessions)),
        );
    }
    Value::Object(result)
}

/// `Process activity {( {sessionID ;} {options} )}`.
fn process_activity(ctx: &mut Ctx, args: &mut Args) -> R {
    let (filter, options) = match (args.get(0), args.len()) {
        (Value::Text(t), 1) => (Some(t.to_string()), PROCESSES_AND_SESSIONS),
        (Value::Text(t), _) => (Some(t.to_string()), args.int(1)?),
        (_, 0) => (None, PROCESSES_AND_SESSIONS),
        _ => (None, args.int(0)?),
    };
    Ok(activity(ctx, filter.as_deref(), options))
}

/// `Get process activity {(options)}`.
fn get_process_activity(ctx: &mut Ctx, args: &mut Args) -> R {
    let options = args.int_or(0, PROCESSES_AND_SESSIONS)?;
    Ok(activity(ctx, None, options))
}

pub const COMMANDS: &[Command] = &[
    Command {
        name: "Process activity",
        number: 1495,
        params: "{sessionID : Text ;} {options : Integer}",
        result: "Object",
        min_args: 0,
        max_args: 2,
        imp: Imp::Values(process_activity),
    },
    Command {
        name: "Get process activity",
        number: 0,
        params: "{options : Integer}",
        result: "Object",
        min_args: 0,
        max_args: 1,
        imp: Imp::Values(get_process_activity),
    },
];
