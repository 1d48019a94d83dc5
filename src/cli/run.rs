//! `fourd run FILE.4dm [ARG...]`, `fourd run -e CODE`: run a script as the main method.
//!
//! Options:
//! - `--dump` prints every declared local of the main method after the run
//!   (`$name = value`, JSON-style, declaration order);
//! - `--session KIND` selects the session the processes run in: `standalone` (default),
//!   `web`, `remote`, `stored-procedure`, `none` (see `interp::session`);
//! - `--roles FILE` gives the `roles.json` of web sessions (default: `roles.json` beside
//!   the script, else `Project/Sources/roles.json` under the current folder, else none);
//! - `--before CODE` runs a 4D expression in the main process before the script, in the
//!   same session (like an earlier request: `--before ds.authentify("Medium")`);
//!   repeatable;
//! - `--wait-timeout SECONDS` (default 60): when the main method has returned, fourd waits
//!   for the processes it started and for worker mailboxes to drain; after this long it
//!   names the processes still running and exits with 1.
//! - `--timeout SECONDS`: stop the run after this long (error -10791 in every running
//!   process, exit code 4); a process blocked outside 4D code is stopped 2 s later by the
//!   watchdog itself (see `crate::limits`). Default: none.
//! - `--max-memory SIZE` (bytes, or with K/M/G; `none`): above this many live heap bytes
//!   the allocating process gets error -108 "Not enough memory" (exit code 4 when
//!   uncaught). Default: 3/4 of physical memory.
//!
//! Exit codes as in `cli`; an uncaught error in any process gives 1; a time or memory
//! limit gives 4.

use super::{EXIT_OK, EXIT_RUNTIME, EXIT_SYNTAX, EXIT_USAGE};
use crate::diagnostics::{Diagnostic, render};
use crate::interp::error::RtError;
use crate::interp::{Ctx, Runtime, Sink};
use crate::program::{self, Loaded};
use crate::value::Value;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;

/// Stack size of the thread that runs 4D code: deep 4D recursion must end in 4D's
/// "stack full" error (`interp::MAX_CALL_DEPTH`), never in a Rust stack overflow.
pub const RUN_STACK_BYTES: usize = 512 * 1024 * 1024;

pub struct RunOptions {
    pub file: Option<PathBuf>,
    pub code: Option<String>,
    pub args: Vec<String>,
    pub dump: bool,
    pub session: crate::interp::session::Kind,
    pub roles: Option<PathBuf>,
    pub before: Vec<String>,
    pub wait_timeout: std::time::Duration,
    pub timeout: Option<std::time::Duration>,
    pub max_memory: Option<usize>,
}

/// Default of `--wait-timeout`, in seconds.
pub const DEFAULT_WAIT_TIMEOUT_SECS: f64 = 60.0;

/// How a run is set up beyond the program itself.
pub struct RunSetup {
    pub dump: bool,
    pub session: crate::interp::session::Kind,
    pub roles: crate::interp::privileges::Roles,
    pub before: Vec<String>,
    pub wait_timeout: std::time::Duration,
    /// `--timeout`.
    pub timeout: Option<std::time::Duration>,
}

pub fn main(args: Vec<std::ffi::OsString>) -> i32 {
    let opts = match parse_args(args) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!(
                "fourd run: {msg}\nusage: fourd run [--dump] [--session standalone|web|remote|stored-procedure|none] [--roles FILE] [--before CODE] [--wait-timeout SECONDS] [--timeout SECONDS] [--max-memory SIZE] FILE.4dm [ARG...] | fourd run [OPTIONS] -e CODE"
            );
            return EXIT_USAGE;
        }
    };
    if let Some(bytes) = opts.max_memory {
        crate::limits::set_max_memory(bytes);
    }
    let sources = match (&opts.file, &opts.code) {
        (Some(f), _) => match program::script_sources(f) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("fourd run: cannot read {}: {e}", f.display());
                return EXIT_USAGE;
            }
        },
        (None, Some(code)) => {
            program::snippet_sources(code, &std::env::current_dir().unwrap_or_default())
        }
        (None, None) => {
            eprintln!("fourd run: nothing to run (give a FILE or -e CODE)");
            return EXIT_USAGE;
        }
    };
    let roles_path = opts.roles.clone().or_else(|| {
        let beside = opts
            .file
            .as_ref()
            .and_then(|f| f.parent())
            .map(|d| d.join("roles.json"));
        [beside, Some(PathBuf::from("Project/Sources/roles.json"))]
            .into_iter()
            .flatten()
            .find(|p| p.is_file())
    });
    let roles = match roles_path {
        Some(p) => match crate::interp::privileges::Roles::load(&p) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("fourd run: roles: {e}");
                return EXIT_USAGE;
            }
        },
        None => Default::default(),
    };
    let loaded = program::load(sources);
    let setup = RunSetup {
        dump: opts.dump,
        session: opts.session,
        roles,
        before: opts.before,
        wait_timeout: opts.wait_timeout,
        timeout: opts.timeout,
    };
    run_loaded_with(loaded, opts.args, setup)
}

fn parse_args(args: Vec<std::ffi::OsString>) -> Result<RunOptions, String> {
    use lexopt::prelude::*;
    let mut opts = RunOptions {
        file: None,
        code: None,
        args: Vec::new(),
        dump: false,
        session: crate::interp::session::Kind::Standalone,
        roles: None,
        before: Vec::new(),
        wait_timeout: std::time::Duration::from_secs_f64(DEFAULT_WAIT_TIMEOUT_SECS),
        timeout: None,
        max_memory: None,
    };
    let text = |p: &mut lexopt::Parser| -> Result<String, String> {
        p.value()
            .map_err(|e| e.to_string())?
            .string()
            .map_err(|e| format!("{e:?}"))
    };
    let mut p = lexopt::Parser::from_args(args);
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Long("dump") => opts.dump = true,
            Long("session") => {
                let v = text(&mut p)?;
                opts.session = crate::interp::session::Kind::parse(&v).ok_or_else(|| {
                    format!(
                        "unknown session kind `{v}` (standalone, web, remote, stored-procedure, none)"
                    )
                })?;
            }
            Long("roles") => opts.roles = Some(PathBuf::from(text(&mut p)?)),
            Long("before") => opts.before.push(text(&mut p)?),
            Long("wait-timeout") => {
                let v = text(&mut p)?;
                let secs: f64 = v
                    .parse()
                    .ok()
                    .filter(|s: &f64| s.is_finite() && *s >= 0.0)
                    .ok_or_else(|| {
                        format!("--wait-timeout needs a number of seconds, not `{v}`")
                    })?;
                opts.wait_timeout = std::time::Duration::from_secs_f64(secs);
            }
            Long("timeout") => {
                let v = text(&mut p)?;
                let secs: f64 = v
                    .parse()
                    .ok()
                    .filter(|s: &f64| s.is_finite() && *s > 0.0 && *s < 1e9)
                    .ok_or_else(|| format!("--timeout needs a number of seconds, not `{v}`"))?;
                opts.timeout = Some(std::time::Duration::from_secs_f64(secs));
            }
            Long("max-memory") => {
                let v = text(&mut p)?;
                opts.max_memory = Some(crate::limits::parse_size(&v).ok_or_else(|| {
                    format!("--max-memory needs a size such as 512M or 2G (or none), not `{v}`")
                })?);
            }
            Short('e') | Long("eval") => {
                opts.code = Some(
                    p.value()
                        .map_err(|e| e.to_string())?
                        .string()
                        .map_err(|e| format!("{e:?}"))?,
                )
            }
            Value(v) if opts.file.is_none() && opts.code.is_none() => {
                opts.file = Some(PathBuf::from(v))
            }
            Value(v) => opts.args.push(v.string().map_err(|e| format!("{e:?}"))?),
            other => return Err(other.unexpected().to_string()),
        }
    }
    Ok(opts)
}

/// Run a loaded program (standalone session, default wait); returns the exit code.
pub fn run_loaded(loaded: Loaded, args: Vec<String>, dump: bool) -> i32 {
    run_loaded_with(
        loaded,
        args,
        RunSetup {
            dump,
            session: crate::interp::session::Kind::Standalone,
            roles: Default::default(),
            before: Vec::new(),
            wait_timeout: std::time::Duration::from_secs_f64(DEFAULT_WAIT_TIMEOUT_SECS),
            timeout: None,
        },
    )
}

/// Run a loaded program; returns the exit code.
pub fn run_loaded_with(loaded: Loaded, args: Vec<String>, setup: RunSetup) -> i32 {
    let color = std::io::stderr().is_terminal();
    if !loaded.diagnostics.is_empty() {
        for d in &loaded.diagnostics {
            let src = &loaded.program.sources[d.source as usize];
            eprint!("{}", render(&d.diagnostic, &src.name, &src.text, color));
        }
        return EXIT_SYNTAX;
    }
    let program = Arc::new(loaded.program);
    let handle = std::thread::Builder::new()
        .name("fourd-main".into())
        .stack_size(RUN_STACK_BYTES)
        .spawn(move || run_main_process(program, args, setup, color));
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("fourd: internal error: the main process stopped unexpectedly");
            crate::limits::EXIT_INTERNAL
        }
    }
}

fn run_main_process(
    program: Arc<crate::interp::Program>,
    args: Vec<String>,
    setup: RunSetup,
    color: bool,
) -> i32 {
    use crate::interp::{process, session, worker};
    let dump = setup.dump;
    let env = crate::interp::env::Env::from_environment();
    let created = env.start_utc();
    let rt = Runtime::new(
        env,
        Sink::Stdout(std::io::BufWriter::new(std::io::stdout())),
        session::Sessions::new(setup.session, setup.roles),
    );
    crate::limits::register_output(&rt);
    let _watchdog = setup.timeout.map(|after| {
        let rt2 = rt.clone();
        crate::limits::Watchdog::start(rt.clone(), after, move || {
            rt2.flush_within(std::time::Duration::from_millis(200));
            eprintln!(
                "fourd: {} ; a process blocked outside 4D code did not stop within {}s, exiting",
                rt2.interrupt.timeout_message(),
                crate::limits::GRACE.as_secs()
            );
            std::process::exit(crate::limits::EXIT_LIMIT);
        })
    });
    // In a web session the main process plays the web process serving the request.
    let (name, kind) = if setup.session == session::Kind::Web {
        ("Web process", process::TYPE_WEB)
    } else {
        ("Main process", process::TYPE_MAIN)
    };
    let number = rt.processes.register(name, kind, created);
    if setup.session == session::Kind::Web {
        rt.processes.set_url(number, Some("/".into()));
    }
    rt.processes.attach_thread(number);
    worker::register_main(&rt, number);
    let mut ctx = Ctx::new(rt.clone(), program.clone(), number);
    let mut result = Ok(Value::Undefined);
    for code in &setup.before {
        result = crate::program::formula_from_string(&mut ctx, code)
            .and_then(|f| ctx.call_value(&f, Value::Null, Vec::new()));
        if result.is_err() {
            break;
        }
    }
    ctx.keep_main_locals = dump;
    let nargs = args.len();
    if result.is_ok() {
        for a in args {
            ctx.stack.push(Value::text(a));
        }
        ctx.leak_main_locals = true;
        result = match program.main.clone() {
            Some(main) => ctx.invoke(&main, nargs, Value::Null, None),
            None => Ok(Value::Undefined),
        };
        ctx.leak_main_locals = false;
    }
    let mut code = match result {
        Ok(_) => EXIT_OK,
        Err(e) => {
            rt.flush();
            eprint!("{}", render_runtime_error(&ctx, &e, color));
            if e.code == crate::limits::ERR_TIMEOUT {
                rt.interrupt
                    .reported
                    .store(true, std::sync::atomic::Ordering::Relaxed);
            }
            if e.code == crate::limits::ERR_MEMORY || e.code == crate::limits::ERR_TIMEOUT {
                crate::limits::EXIT_LIMIT
            } else {
                EXIT_RUNTIME
            }
        }
    };
    ctx.keep_main_locals = false;
    // Test hook of the panic report (tests/reliability.rs): a deliberate bug after the
    // main method wrote its output.
    if std::env::var_os("FOURD_DEBUG_PANIC").is_some() {
        panic!("FOURD_DEBUG_PANIC is set (a deliberate panic to test the report)");
    }
    if !worker::wait_and_report(&mut ctx, setup.wait_timeout) {
        code = EXIT_RUNTIME;
    }
    if rt
        .processes
        .failed
        .load(std::sync::atomic::Ordering::Acquire)
        && code == EXIT_OK
    {
        code = EXIT_RUNTIME;
    }
    if rt
        .interrupt
        .timed_out
        .load(std::sync::atomic::Ordering::Relaxed)
    {
        if !rt
            .interrupt
            .reported
            .swap(true, std::sync::atomic::Ordering::Relaxed)
        {
            rt.flush();
            eprintln!("fourd: {}", rt.interrupt.timeout_message());
        }
        code = crate::limits::EXIT_LIMIT;
    }
    if dump && let Some(main) = &program.main {
        let mut out = String::new();
        for &slot in &main.declared {
            let name = &main.slot_names[slot as usize];
            let v = ctx
                .main_locals
                .get(slot as usize)
                .cloned()
                .unwrap_or_default();
            out.push_str(&format!("${name} = {}\n", dump_value(&v)));
        }
        rt.write_stdout(&out);
    }
    rt.flush();
    code
}

/// A value as `--dump` and the REPL show it.
pub fn dump_value(v: &Value) -> String {
    match v {
        Value::Undefined => "undefined".into(),
        Value::Text(_) | Value::Date(_) => crate::builtins::json::stringify(v, false),
        Value::Time(t) => format!("?{}?", crate::value::format_time(*t)),
        Value::Pointer(p) => format!("->{}", p.describe()),
        Value::Array(a) => {
            let a = a.lock();
            let items: Vec<String> = a.items.iter().skip(1).map(dump_value).collect();
            format!("array [{}]", items.join(","))
        }
        _ => crate::builtins::json::stringify(v, false),
    }
}

/// The report for an uncaught runtime error: code, message, where, and the call chain.
pub fn render_runtime_error(ctx: &Ctx, e: &RtError, color: bool) -> String {
    let Some(loc) = &e.location else {
        return format!("Error [{}]: {}\n", e.code, e.message);
    };
    let Some(src) = ctx.source(loc.source) else {
        return format!("Error [{}]: {} (in {})\n", e.code, e.message, loc.method);
    };
    let line = crate::diagnostics::line_col(&src.text, loc.span.start as usize).0;
    let mut d = Diagnostic::error(loc.span, e.message.clone())
        .with_code(e.code)
        .with_label(format!(
            "error {} raised here, in {} line {line}",
            e.code, loc.method
        ));
    for note in call_chain_notes(ctx, &e.chain) {
        d = d.with_note(note);
    }
    render(&d, &src.name, &src.text, color)
}

/// Most call-chain lines shown; deeper chains are summarised.
const MAX_CHAIN_NOTES: usize = 12;

/// "called from M (file:line)" lines, innermost first; runs of the same caller (deep
/// recursion) are folded into one line with a count.
fn call_chain_notes(ctx: &Ctx, chain: &[crate::interp::error::Location]) -> Vec<String> {
    let mut notes: Vec<(String, usize)> = Vec::new();
    for c in chain {
        let (name, line) = match ctx.source(c.source) {
            Some(s) => (
                s.name.as_str(),
                crate::diagnostics::line_col(&s.text, c.span.start as usize).0,
            ),
            None => ("?", 0),
        };
        let text = format!("called from {} ({name}:{line})", c.method);
        match notes.last_mut() {
            Some((last, n)) if *last == text => *n += 1,
            _ => notes.push((text, 1)),
        }
    }
    let total = notes.len();
    let mut out: Vec<String> = notes
        .into_iter()
        .take(MAX_CHAIN_NOTES)
        .map(|(text, n)| {
            if n > 1 {
                format!("{text}, {n} times")
            } else {
                text
            }
        })
        .collect();
    if total > MAX_CHAIN_NOTES {
        out.push(format!("... and {} more callers", total - MAX_CHAIN_NOTES));
    }
    out
}
