//! Meta-commands: entries that start with `:` talk to the REPL, not to 4D.
//!
//! | command | does |
//! |---|---|
//! | `:help` | lists these commands and the editing keys |
//! | `:vars` | the session's locals: `$name : Type = value` (`$name = Undefined` if untyped and unset) |
//! | `:type EXPR` | evaluates `EXPR` and prints its type |
//! | `:load FILE` | runs a `.4dm` file in the session (its locals stay) |
//! | `:reset` | a fresh session: locals, process variables, `Storage` cleared; methods and classes reloaded |
//! | `:processes` | the process table |
//! | `:echo on\|off` | show the value of a lone assignment (off by default) |
//! | `:quit` | leaves (also `:q`, `:exit`, Ctrl-D) |

use super::print;
use super::session::Session;

/// What the front end does after a meta-command.
#[derive(Debug, PartialEq, Eq)]
pub enum Action {
    Continue,
    /// Replace the session by a fresh one.
    Reset,
    Quit,
}

/// The result of a meta-command: text for stdout, a report for stderr, what next.
pub struct Reply {
    pub out: String,
    pub err: String,
    pub action: Action,
}

impl Reply {
    fn out(s: impl Into<String>) -> Reply {
        Reply {
            out: s.into(),
            err: String::new(),
            action: Action::Continue,
        }
    }
    fn err(s: impl Into<String>) -> Reply {
        Reply {
            out: String::new(),
            err: s.into(),
            action: Action::Continue,
        }
    }
    fn action(action: Action) -> Reply {
        Reply {
            out: String::new(),
            err: String::new(),
            action,
        }
    }
}

/// Is this entry a meta-command? (No 4D statement starts with `:`.)
pub fn is_meta(entry: &str) -> bool {
    entry.trim_start().starts_with(':')
}

pub const HELP: &str = "\
Type 4D code; an expression alone prints its value and type. Blocks (If, For each,
Case of, Use, Try, ...) and open brackets continue on the next line.

  :help            this help
  :vars            locals with their types and values
  :type EXPR       the type of EXPR's value
  :load FILE       run a .4dm file in this session
  :reset           start a fresh session (reloads ./*.4dm methods and ./Classes)
  :processes       the process table
  :echo on|off     print the value of a lone assignment
  :quit            leave (or Ctrl-D)

Keys: Tab completes commands, constants, keywords, $locals and .members;
Ctrl-R searches the history; Ctrl-C cancels the entry being typed.
";

/// Run a meta-command.
pub fn run(session: &mut Session, entry: &str) -> Reply {
    let entry = entry.trim();
    let (cmd, arg) = match entry.split_once(char::is_whitespace) {
        Some((c, a)) => (c, a.trim()),
        None => (entry, ""),
    };
    match cmd.to_lowercase().as_str() {
        ":help" | ":h" | ":?" => Reply::out(HELP),
        ":quit" | ":q" | ":exit" => Reply::action(Action::Quit),
        ":reset" => Reply::action(Action::Reset),
        ":vars" => Reply::out(vars(session)),
        ":processes" | ":ps" => Reply::out(processes(session)),
        ":echo" => match arg.to_lowercase().as_str() {
            "on" => {
                session.echo = true;
                Reply::out("echo on\n")
            }
            "off" => {
                session.echo = false;
                Reply::out("echo off\n")
            }
            "" => Reply::out(format!(
                "echo {}\n",
                if session.echo { "on" } else { "off" }
            )),
            _ => Reply::err("usage: :echo on|off\n"),
        },
        ":type" => {
            if arg.is_empty() {
                return Reply::err("usage: :type EXPR\n");
            }
            match session.eval(arg) {
                Ok(v) => Reply::out(format!("{}\n", print::type_label(&v))),
                Err(report) => Reply::err(report),
            }
        }
        ":load" => {
            if arg.is_empty() {
                return Reply::err("usage: :load FILE\n");
            }
            let path = std::path::Path::new(arg);
            match crate::program::read_source(path) {
                Ok(text) => match session.run(&text, Some(arg)) {
                    Ok(_) => Reply::out(""),
                    Err(report) => Reply::err(report),
                },
                Err(e) => Reply::err(format!(":load: cannot read {arg}: {e}\n")),
            }
        }
        _ => Reply::err(format!("unknown meta-command {cmd} (:help lists them)\n")),
    }
}

/// `:vars`: `$name : Type = value`, in the order the locals first appeared. The type is
/// the declared one, or the value's for untyped locals.
fn vars(session: &Session) -> String {
    let mut out = String::new();
    for (name, declared, value) in session.locals() {
        let ty = match &declared {
            Some(t) => t.name(),
            None if value.is_undefined() => {
                out.push_str(&format!("${name} = Undefined\n"));
                continue;
            }
            None => print::type_label(&value),
        };
        out.push_str(&format!("${name} : {ty} = {}\n", print::display(&value)));
    }
    if out.is_empty() {
        out.push_str("(no locals yet)\n");
    }
    out
}

/// `:processes`: number, state, type, name, as `Process activity` sees them.
fn processes(session: &Session) -> String {
    let mut out = format!("{:>4}  {:<10} {:<6} {}\n", "#", "state", "type", "name");
    for row in session.rt().processes.rows() {
        use crate::interp::process as p;
        let state = match row.state {
            _ if !row.alive => "ended",
            p::STATE_EXECUTING => "executing",
            p::STATE_DELAYED => "delayed",
            p::STATE_WAITING_INTERNAL => "waiting",
            p::STATE_ABORTED => "aborted",
            _ => "other",
        };
        let kind = match row.kind {
            p::TYPE_MAIN => "main",
            p::TYPE_WORKER => "worker",
            p::TYPE_WEB => "web",
            p::TYPE_OTHER_USER => "process",
            _ => "other",
        };
        let pre = if row.preemptive { " (preemptive)" } else { "" };
        out.push_str(&format!(
            "{:>4}  {state:<10} {kind:<6} {}{pre}\n",
            row.number, row.name
        ));
    }
    out
}
