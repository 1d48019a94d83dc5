//! `fourd run FILE.4dm [ARG...]`, `fourd run -e CODE`: run a script as the main method.
//!
//! Options: `--dump` prints every declared local of the main method after the run
//! (`$name = value`, JSON-style, declaration order). Exit codes as in `cli`.

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
}

pub fn main(args: Vec<std::ffi::OsString>) -> i32 {
    let opts = match parse_args(args) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!(
                "fourd run: {msg}\nusage: fourd run [--dump] FILE.4dm [ARG...] | fourd run [--dump] -e CODE"
            );
            return EXIT_USAGE;
        }
    };
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
    let loaded = program::load(sources);
    run_loaded(loaded, opts.args, opts.dump)
}

fn parse_args(args: Vec<std::ffi::OsString>) -> Result<RunOptions, String> {
    use lexopt::prelude::*;
    let mut opts = RunOptions {
        file: None,
        code: None,
        args: Vec::new(),
        dump: false,
    };
    let mut p = lexopt::Parser::from_args(args);
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Long("dump") => opts.dump = true,
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

/// Run a loaded program; returns the exit code.
pub fn run_loaded(loaded: Loaded, args: Vec<String>, dump: bool) -> i32 {
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
        .spawn(move || run_main_process(program, args, dump, color));
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("fourd: internal error: the main process stopped unexpectedly");
            70
        }
    }
}

fn run_main_process(
    program: Arc<crate::interp::Program>,
    args: Vec<String>,
    dump: bool,
    color: bool,
) -> i32 {
    let env = crate::interp::env::Env::from_environment();
    let created = env.start_utc();
    let rt = Runtime::new(
        env,
        Sink::Stdout(std::io::BufWriter::new(std::io::stdout())),
        crate::interp::session::Sessions::standalone(),
    );
    let number = rt
        .processes
        .register("Main process", crate::interp::process::TYPE_MAIN, created);
    let mut ctx = Ctx::new(rt.clone(), program.clone(), number);
    ctx.keep_main_locals = dump;
    let nargs = args.len();
    for a in args {
        ctx.stack.push(Value::text(a));
    }
    let result = match program.main.clone() {
        Some(main) => ctx.invoke(&main, nargs, Value::Null, None),
        None => Ok(Value::Undefined),
    };
    let code = match result {
        Ok(_) => EXIT_OK,
        Err(e) => {
            rt.flush();
            eprint!("{}", render_runtime_error(&ctx, &e, color));
            EXIT_RUNTIME
        }
    };
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
