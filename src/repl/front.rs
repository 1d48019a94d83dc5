//! The two front ends over a [`Session`]:
//!
//! - [`interactive`]: a rustyline prompt (`4D> `, continuation `... `), history in the
//!   user's data directory, completion and hints from [`super::helper`].
//! - [`piped`]: stdin is not a terminal: entries are read line by line with the same
//!   completeness rules, results are printed without prompts or colours. The exit code is
//!   1 if any entry failed (syntax or runtime error), else 0.
//!
//! Both print a result as `value (Type)` on stdout (through the runtime's output, so it
//! stays in order with what 4D code prints) and reports on stderr.

use super::input::{Completeness, completeness};
use super::meta::{self, Action};
use super::print;
use super::session::{Outcome, Session};
use crate::interp::Sink;
use std::cell::RefCell;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::Duration;

/// Print what an entry produced; returns false for an error.
fn report(session: &Session, result: Result<Outcome, String>, dim: bool) -> bool {
    let rt = session.rt();
    let ok = match result {
        Ok(Outcome::Done) => true,
        Ok(Outcome::Value(v)) => {
            rt.write_stdout(&format!("{}\n", styled(&v, dim)));
            true
        }
        Ok(Outcome::Assigned(name, v)) => {
            rt.write_stdout(&format!("{name} = {}\n", styled(&v, dim)));
            true
        }
        Err(report) => {
            rt.flush();
            eprint!("{report}");
            false
        }
    };
    rt.flush();
    let _ = std::io::stderr().flush();
    ok
}

/// `value (Type)`, the type dimmed on a terminal.
fn styled(v: &crate::value::Value, dim: bool) -> String {
    let shown = print::show(v);
    if !dim {
        return shown;
    }
    match shown.rfind(" (") {
        Some(i) if shown.ends_with(')') && !v.is_null_or_undefined() => {
            format!("{}\x1b[2m{}\x1b[0m", &shown[..i], &shown[i..])
        }
        _ => shown,
    }
}

/// Run a meta-command; returns its action and whether it succeeded.
fn meta_command(session: &mut Session, entry: &str) -> (Action, bool) {
    let reply = meta::run(session, entry);
    let rt = session.rt();
    rt.write_stdout(&reply.out);
    rt.flush();
    if !reply.err.is_empty() {
        eprint!("{}", reply.err);
    }
    (reply.action, reply.err.is_empty())
}

/// How long leaving waits for started processes: as `fourd run` in a pipe, briefly at
/// the prompt (the user asked to leave).
const PIPED_WAIT: Duration = Duration::from_secs(60);
const INTERACTIVE_WAIT: Duration = Duration::from_secs(5);

/// Close a session; name the processes still running. Returns false if there were some.
fn close(session: &mut Session, timeout: Duration) -> bool {
    let late = session.close(timeout);
    if late.is_empty() {
        return true;
    }
    let list: Vec<String> = late
        .iter()
        .map(|(n, name)| format!("process {n} \"{name}\""))
        .collect();
    eprintln!(
        "fourd: still running after {}s: {}",
        timeout.as_secs(),
        list.join(", ")
    );
    false
}

fn new_session(dir: &Path, color: bool) -> Session {
    let sink = Sink::Stdout(std::io::BufWriter::new(std::io::stdout()));
    let (session, warnings) = Session::new(dir, sink, color);
    for w in warnings {
        eprint!("{w}");
    }
    session
}

/// Read entries from stdin until EOF or `:quit`. Returns the exit code.
pub fn piped(dir: &Path) -> i32 {
    let mut session = new_session(dir, false);
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut failed = false;
    let mut buf = String::new();
    loop {
        let line = match lines.next() {
            Some(Ok(l)) => Some(l),
            Some(Err(e)) => {
                eprintln!("fourd: cannot read stdin: {e}");
                return super::super::cli::EXIT_USAGE;
            }
            None => None,
        };
        let Some(line) = line else {
            // End of input: an unfinished entry still runs (the parser says what is missing).
            if !buf.trim().is_empty() {
                let result = session.run(&buf, None);
                failed |= !report(&session, result, false);
            }
            break;
        };
        if buf.is_empty() {
            if line.trim().is_empty() {
                continue;
            }
            if meta::is_meta(&line) {
                let (action, ok) = meta_command(&mut session, &line);
                failed |= !ok;
                match action {
                    Action::Quit => break,
                    Action::Reset => {
                        close(&mut session, Duration::ZERO);
                        session = new_session(dir, false);
                    }
                    Action::Continue => {}
                }
                continue;
            }
        } else {
            buf.push('\n');
        }
        buf.push_str(&line);
        if completeness(&buf, Some(session.names())) == Completeness::Complete {
            let entry = std::mem::take(&mut buf);
            let result = session.run(&entry, None);
            failed |= !report(&session, result, false);
        }
    }
    failed |= !close(&mut session, PIPED_WAIT);
    if session
        .rt()
        .processes
        .failed
        .load(std::sync::atomic::Ordering::Acquire)
    {
        failed = true;
    }
    if failed {
        crate::cli::EXIT_RUNTIME
    } else {
        crate::cli::EXIT_OK
    }
}

/// Where the history is kept: `$FOURD_HISTORY`, else the user's data directory
/// (`$XDG_DATA_HOME` or `~/.local/share` on Linux, `~/Library/Application Support` on
/// macOS, `%APPDATA%` on Windows) + `fourd/repl_history`.
pub fn history_path() -> Option<PathBuf> {
    let var = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    if let Some(p) = var("FOURD_HISTORY") {
        return Some(PathBuf::from(p));
    }
    let data = if cfg!(windows) {
        var("APPDATA").map(PathBuf::from)
    } else if cfg!(target_os = "macos") {
        var("HOME").map(|h| PathBuf::from(h).join("Library/Application Support"))
    } else {
        var("XDG_DATA_HOME")
            .map(PathBuf::from)
            .or_else(|| var("HOME").map(|h| PathBuf::from(h).join(".local/share")))
    }?;
    Some(data.join("fourd").join("repl_history"))
}

const PROMPT: &str = "4D> ";
const CONTINUE: &str = "... ";

/// The terminal prompt. Returns the exit code.
pub fn interactive(dir: &Path) -> i32 {
    use rustyline::error::ReadlineError;
    use rustyline::history::{DefaultHistory, History};
    use rustyline::{CompletionType, Config, Editor};

    let color = std::env::var_os("NO_COLOR").is_none();
    let session = Rc::new(RefCell::new(new_session(dir, color)));
    let config = Config::builder()
        .auto_add_history(false)
        .completion_type(CompletionType::List)
        .max_history_size(10_000)
        .and_then(|b| b.history_ignore_dups(true))
        .map(|b| b.build())
        .unwrap_or_default();
    let mut editor: Editor<super::helper::Helper, DefaultHistory> =
        match Editor::with_config(config) {
            Ok(e) => e,
            Err(e) => {
                eprintln!("fourd: cannot start the prompt: {e}");
                return piped(dir);
            }
        };
    editor.set_helper(Some(super::helper::Helper::new(session.clone(), color)));
    let history = history_path();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    println!(
        "fourd {} — 4D REPL in {}. :help for help, Ctrl-D to leave.",
        env!("CARGO_PKG_VERSION"),
        dir.display()
    );
    let (prompt, cont) = if color {
        (
            (PROMPT, format!("\x1b[1;32m{PROMPT}\x1b[0m")),
            (CONTINUE, format!("\x1b[2m{CONTINUE}\x1b[0m")),
        )
    } else {
        (
            (PROMPT, PROMPT.to_string()),
            (CONTINUE, CONTINUE.to_string()),
        )
    };
    let mut buf = String::new();
    loop {
        let line = if buf.is_empty() {
            editor.readline(&prompt)
        } else {
            editor.readline(&cont)
        };
        match line {
            Ok(line) => {
                if buf.is_empty() {
                    if line.trim().is_empty() {
                        continue;
                    }
                    if meta::is_meta(&line) {
                        let _ = editor.history_mut().add(line.trim());
                        let (action, _) = meta_command(&mut session.borrow_mut(), &line);
                        match action {
                            Action::Quit => break,
                            Action::Reset => {
                                close(&mut session.borrow_mut(), Duration::ZERO);
                                *session.borrow_mut() = new_session(dir, color);
                                println!("(fresh session)");
                            }
                            Action::Continue => {}
                        }
                        continue;
                    }
                } else {
                    buf.push('\n');
                }
                buf.push_str(&line);
                let done = {
                    let s = session.borrow();
                    completeness(&buf, Some(s.names())) == Completeness::Complete
                };
                if done {
                    let entry = std::mem::take(&mut buf);
                    let _ = editor.history_mut().add(&entry);
                    let mut s = session.borrow_mut();
                    let result = s.run(&entry, None);
                    report(&s, result, color);
                }
            }
            Err(ReadlineError::Interrupted) => {
                // Ctrl-C: drop the entry being typed.
                buf.clear();
            }
            Err(ReadlineError::Eof) => {
                if buf.is_empty() {
                    break;
                }
                buf.clear();
            }
            Err(e) => {
                eprintln!("fourd: {e}");
                break;
            }
        }
    }
    if let Some(h) = &history {
        if let Some(parent) = h.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let _ = editor.save_history(h);
    }
    close(&mut session.borrow_mut(), INTERACTIVE_WAIT);
    crate::cli::EXIT_OK
}
