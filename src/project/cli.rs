//! `fourd --project PATH [options]`: tool4d's command line.
//!
//! Options (`--flag value` and `--flag=value` both work; the project path may also be
//! given bare):
//!
//! | option | effect |
//! |---|---|
//! | `--project PATH` | the `.4DProject` file or the folder holding `Project/` |
//! | `--startup-method NAME` | project method run after On Startup |
//! | `--user-param TEXT` | read by `Get database parameter(User param value; $t)` |
//! | `--skip-onstartup` | do not run the On Startup database method |
//! | `--dataless` | the default: no data file; data commands raise 4D's errors |
//! | `--data PATH`, `--create-data` | accepted; fourd has no database engine, so they only set `Data file` |
//! | `--opening-mode interpreted\|compiled` | accepted; fourd always interprets |
//! | `--headless` | accepted (fourd is always headless); `Application info.headless` is true |
//! | `--utility`, `--webadmin-*` | accepted and ignored |
//! | `--error-flag[=FILE]` | fourd's CI convenience: also honour the `error` flag-file convention of the tool4d CI actions (see below) |
//! | `--lenient` | run despite syntax errors (a broken method fails when called, as in 4D) |
//! | `--wait-timeout SECONDS` | how long to wait, before On Exit, for processes the code started (default 60) |
//!
//! Run order, as tool4d: the On Startup database method (`DatabaseMethods/onStartup.4dm`,
//! unless `--skip-onstartup`), the startup method, then (once the processes and workers the code
//! started are done) the On Exit database method, then quit. `QUIT 4D` lets the current method finish and goes straight to On Exit. An uncaught
//! error ends the method it happens in (the run order goes on, as in tool4d) and makes
//! the exit code 1.
//!
//! Exit codes (design.md §4): 0 ok; 1 an uncaught error or failed `ASSERT`; 2 usage (bad
//! flag, no project, unknown startup method); 3 syntax errors in the project.
//!
//! `--error-flag[=FILE]` (default `error`, relative to the current folder): the tool4d
//! actions learn about failures from a file that the 4D code creates. With this option
//! fourd exits 1 when the code created (or rewrote) that file during the run, and writes
//! the file itself when the run ends with an uncaught error, so a pipeline that checks for
//! the flag file and one that checks the exit code both see the failure.

use super::{Layout, ON_EXIT, ON_STARTUP, OpeningMode, ProjectInfo, locate};
use crate::cli::run::{RUN_STACK_BYTES, render_runtime_error};
use crate::cli::{EXIT_OK, EXIT_RUNTIME, EXIT_SYNTAX, EXIT_USAGE};
use crate::diagnostics::render;
use crate::interp::{Ctx, Program, Runtime, Sink};
use crate::value::Value;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

const USAGE: &str = "usage: fourd --project PATH [--startup-method NAME] [--user-param TEXT] \
[--skip-onstartup] [--dataless | --data PATH [--create-data]] [--opening-mode interpreted|compiled] \
[--headless] [--error-flag[=FILE]] [--lenient]";

/// The tool4d-style options.
#[derive(Debug, Default)]
pub struct Options {
    pub project: Option<PathBuf>,
    pub startup_method: Option<String>,
    pub user_param: String,
    pub skip_onstartup: bool,
    pub data: Option<PathBuf>,
    pub create_data: bool,
    pub dataless: bool,
    pub headless: bool,
    pub opening_mode: OpeningMode,
    pub error_flag: Option<PathBuf>,
    pub lenient: bool,
    pub wait_timeout: std::time::Duration,
}

/// True when `arg` starts tool4d's command line (an option, or the project path itself:
/// a `.4DProject` file or a folder holding `Project/`), so `fourd <arg> ...` means
/// project mode.
pub fn is_project_arg(arg: &str) -> bool {
    if is_project_flag(arg) {
        return true;
    }
    let p = Path::new(arg);
    (p.is_file()
        && p.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("4DProject")))
        || (p.is_dir() && p.join("Project").is_dir())
}

/// True when `arg` is one of tool4d's options.
pub fn is_project_flag(arg: &str) -> bool {
    let name = arg.split('=').next().unwrap_or(arg);
    matches!(
        name,
        "--project"
            | "--startup-method"
            | "--user-param"
            | "--skip-onstartup"
            | "--dataless"
            | "--data"
            | "--create-data"
            | "--opening-mode"
            | "--headless"
            | "--error-flag"
            | "--utility"
            | "--wait-timeout"
    )
}

/// Parse tool4d's options.
pub fn parse_args(args: Vec<std::ffi::OsString>) -> Result<Options, String> {
    use lexopt::prelude::*;
    let mut o = Options {
        dataless: true,
        wait_timeout: std::time::Duration::from_secs(60),
        ..Options::default()
    };
    let mut p = lexopt::Parser::from_args(args);
    let text = |v: std::ffi::OsString| v.into_string().map_err(|v| format!("not UTF-8: {v:?}"));
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Long("project") => o.project = Some(PathBuf::from(p.value().map_err(str_err)?)),
            Long("startup-method") => o.startup_method = Some(text(p.value().map_err(str_err)?)?),
            Long("user-param") => o.user_param = text(p.value().map_err(str_err)?)?,
            Long("skip-onstartup") => o.skip_onstartup = true,
            Long("dataless") => o.dataless = true,
            Long("data") => {
                o.data = Some(PathBuf::from(p.value().map_err(str_err)?));
                o.dataless = false;
            }
            Long("create-data") => o.create_data = true,
            Long("headless") => o.headless = true,
            Long("utility") => {}
            Long("lenient") => o.lenient = true,
            Long("wait-timeout") => {
                let v = text(p.value().map_err(str_err)?)?;
                let secs: f64 = v
                    .parse()
                    .ok()
                    .filter(|s: &f64| s.is_finite() && *s >= 0.0)
                    .ok_or_else(|| {
                        format!("--wait-timeout needs a number of seconds, not {v:?}")
                    })?;
                o.wait_timeout = std::time::Duration::from_secs_f64(secs);
            }
            Long("opening-mode") => {
                let v = text(p.value().map_err(str_err)?)?;
                o.opening_mode = match v.to_lowercase().as_str() {
                    "interpreted" => OpeningMode::Interpreted,
                    "compiled" => OpeningMode::Compiled,
                    _ => {
                        return Err(format!(
                            "--opening-mode takes interpreted or compiled, not {v:?}"
                        ));
                    }
                };
            }
            Long("error-flag") => {
                let v = match p.optional_value() {
                    Some(v) => PathBuf::from(v),
                    None => PathBuf::from("error"),
                };
                o.error_flag = Some(v);
            }
            Long(name) if name.starts_with("webadmin-") => {
                // --webadmin-settings-file PATH, --webadmin-access-key KEY take a value;
                // --webadmin-auto-start / --webadmin-store-settings may take true/false.
                if matches!(name, "webadmin-settings-file" | "webadmin-access-key") {
                    let _ = p.value().map_err(str_err)?;
                } else {
                    let _ = p.optional_value();
                }
            }
            Value(v) if o.project.is_none() => o.project = Some(PathBuf::from(v)),
            other => return Err(other.unexpected().to_string()),
        }
    }
    if o.project.is_none() {
        return Err("no project given (--project PATH)".into());
    }
    Ok(o)
}

fn str_err(e: lexopt::Error) -> String {
    e.to_string()
}

/// `fourd --project ...`: returns the exit code.
pub fn main(args: Vec<std::ffi::OsString>) -> i32 {
    let opts = match parse_args(args) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("fourd: {msg}\n{USAGE}");
            return EXIT_USAGE;
        }
    };
    let layout = match locate(opts.project.as_deref().unwrap_or(Path::new("."))) {
        Ok(l) => l,
        Err(msg) => {
            eprintln!("fourd: {msg}");
            return EXIT_USAGE;
        }
    };
    let flag_before = opts.error_flag.as_deref().map(flag_stamp);
    let code = run_project(&layout, &opts);
    match &opts.error_flag {
        Some(flag) => honour_error_flag(flag, flag_before.flatten(), code),
        None => code,
    }
}

/// The modification time of the flag file, if it exists.
fn flag_stamp(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

fn honour_error_flag(flag: &Path, before: Option<SystemTime>, code: i32) -> i32 {
    if code == EXIT_OK {
        let after = flag_stamp(flag);
        if after.is_some() && after != before {
            eprintln!(
                "fourd: the code created the error flag file {}: failing",
                flag.display()
            );
            return EXIT_RUNTIME;
        }
        return code;
    }
    if code == EXIT_RUNTIME || code == EXIT_SYNTAX {
        let _ = std::fs::write(flag, format!("fourd exit code {code}\n"));
    }
    code
}

/// Load and run a project as tool4d does; returns the exit code.
pub fn run_project(layout: &Layout, opts: &Options) -> i32 {
    let color = std::io::stderr().is_terminal();
    let mut loaded = super::load(layout, Vec::new());
    let mut syntax = false;
    for d in loaded.diagnostics.iter().chain(&loaded.method_diagnostics) {
        let src = &loaded.program.sources[d.source as usize];
        eprint!("{}", render(&d.diagnostic, &src.name, &src.text, color));
        syntax = true;
    }
    if syntax && !opts.lenient {
        return EXIT_SYNTAX;
    }
    if let Some(name) = &opts.startup_method
        && loaded.program.method_id(name).is_none()
    {
        eprintln!(
            "fourd: the startup method {name:?} does not exist in {}",
            layout.sources().join("Methods").display()
        );
        return EXIT_USAGE;
    }
    loaded.program.project = Some(Arc::new(ProjectInfo {
        layout: Some(layout.clone()),
        user_param: opts.user_param.clone(),
        data: opts.data.clone(),
        dataless: opts.dataless,
        headless: true,
        opening_mode: opts.opening_mode,
        quit: Default::default(),
    }));
    let program = Arc::new(loaded.program);
    let order = RunOrder {
        skip_onstartup: opts.skip_onstartup,
        startup: opts.startup_method.clone(),
        wait_timeout: opts.wait_timeout,
    };
    let handle = std::thread::Builder::new()
        .name("fourd-main".into())
        .stack_size(RUN_STACK_BYTES)
        .spawn(move || run_order(program, order, color));
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("fourd: internal error: the main process stopped unexpectedly");
            70
        }
    }
}

struct RunOrder {
    skip_onstartup: bool,
    startup: Option<String>,
    wait_timeout: std::time::Duration,
}

/// On Startup, the startup method, On Exit, in the main process.
fn run_order(program: Arc<Program>, order: RunOrder, color: bool) -> i32 {
    use crate::interp::worker;
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
    rt.processes.attach_thread(number);
    worker::register_main(&rt, number);
    let mut ctx = Ctx::new(rt.clone(), program.clone(), number);
    let info = program.project.clone().unwrap_or_default();
    let mut failed = false;
    let mut steps: Vec<&str> = Vec::new();
    if !order.skip_onstartup {
        steps.push(ON_STARTUP);
    }
    if let Some(s) = &order.startup {
        steps.push(s);
    }
    for name in steps {
        if info.quit_requested() {
            break;
        }
        failed |= !run_method(&mut ctx, name, color);
    }
    failed |= !worker::wait_and_report(&mut ctx, order.wait_timeout);
    failed |= !run_method(&mut ctx, ON_EXIT, color);
    failed |= rt
        .processes
        .failed
        .load(std::sync::atomic::Ordering::Acquire);
    rt.flush();
    if failed { EXIT_RUNTIME } else { EXIT_OK }
}

/// Run one method of the run order if it exists; false when it ended in an uncaught error.
pub fn run_method(ctx: &mut Ctx, name: &str, color: bool) -> bool {
    let Some(id) = ctx.program.method_id(name) else {
        return true;
    };
    let code = ctx.program.methods[id as usize].clone();
    match ctx.invoke_with_args(&code, Vec::new(), Value::Null, None) {
        Ok(_) => true,
        Err(e) => {
            ctx.rt.flush();
            eprint!("{}", render_runtime_error(ctx, &e, color));
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<std::ffi::OsString> {
        a.iter().map(|s| s.into()).collect()
    }

    #[test]
    fn both_flag_spellings_are_accepted() {
        let o = parse_args(args(&[
            "--project=p/Project/p.4DProject",
            "--startup-method",
            "test",
            "--user-param=format=json tags=unit",
            "--skip-onstartup",
            "--opening-mode",
            "compiled",
            "--headless",
            "--dataless",
            "--create-data",
            "--error-flag",
        ]))
        .unwrap();
        assert_eq!(o.project.unwrap(), PathBuf::from("p/Project/p.4DProject"));
        assert_eq!(o.startup_method.as_deref(), Some("test"));
        assert_eq!(o.user_param, "format=json tags=unit");
        assert!(o.skip_onstartup && o.headless && o.dataless && o.create_data);
        assert_eq!(o.opening_mode, OpeningMode::Compiled);
        assert_eq!(o.error_flag.unwrap(), PathBuf::from("error"));
    }

    #[test]
    fn data_turns_dataless_off_and_bad_flags_are_usage_errors() {
        let o = parse_args(args(&["p", "--data", "x.4DD", "--error-flag=failed"])).unwrap();
        assert!(!o.dataless);
        assert_eq!(o.error_flag.unwrap(), PathBuf::from("failed"));
        assert!(parse_args(args(&["--startup-method", "x"])).is_err());
        assert!(parse_args(args(&["p", "--opening-mode", "fast"])).is_err());
        assert!(parse_args(args(&["p", "--frobnicate"])).is_err());
    }

    #[test]
    fn project_flags_are_recognised() {
        assert!(is_project_flag("--project"));
        assert!(is_project_flag("--project=x"));
        assert!(!is_project_flag("run"));
    }
}
