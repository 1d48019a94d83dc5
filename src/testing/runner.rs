//! Running tests: suites go to a pool of worker threads (the big stack of
//! `cli::run::RUN_STACK_BYTES`); each suite gets a fresh runtime (its own `Storage`,
//! interprocess variables and captured output) and each test a fresh 4D process (`Ctx`)
//! over the shared, immutable program. Tests of one class run in order in one thread,
//! because they share the class instance and its `setup`/`teardown`; classes marked
//! `#parallel: false` run after all the others, one at a time.
//!
//! A test fails when it raises an uncaught error (a failed `ASSERT` included) or when its
//! `$t` context says `failed`; either way the failure carries the file and line it comes
//! from. A panic inside fourd is caught and reported as a failure of that test.

use super::Options;
use super::discover::{self, Suite, SuiteKind};
use crate::builtins::{Args, Command, Imp};
use crate::cli::run::{RUN_STACK_BYTES, dump_value};
use crate::diagnostics::{line_col, render};
use crate::interp::error::{R, RtError};
use crate::interp::{Ctx, Program, Runtime, Sink};
use crate::keys::Key;
use crate::value::{Obj, Value};
use parking_lot::Mutex;
use std::collections::VecDeque;
use std::io::IsTerminal;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

/// Display-name prefix of the test helper classes' sources (kept out of locations).
pub const STDLIB_PREFIX: &str = "<stdlib>/";

/// The test helper classes, written in 4D.
pub fn helper_classes() -> Vec<(String, String, String)> {
    [
        (
            "_Testing",
            include_str!("../../stdlib/testing/_Testing.4dm"),
        ),
        ("_Assert", include_str!("../../stdlib/testing/_Assert.4dm")),
    ]
    .into_iter()
    .map(|(name, text)| {
        (
            name.to_string(),
            format!("{STDLIB_PREFIX}testing/{name}.4dm"),
            text.to_string(),
        )
    })
    .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Passed,
    Failed,
    Skipped,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FailureKind {
    /// A failed assertion of `$t.assert`.
    Assertion,
    /// An uncaught error (including a failed `ASSERT`).
    Error,
    /// A golden test's output or exit code differs.
    Output,
}

#[derive(Clone, Debug)]
pub struct Failure {
    pub kind: FailureKind,
    pub message: String,
    pub file: String,
    pub line: usize,
}

#[derive(Clone, Debug)]
pub struct CaseResult {
    pub name: String,
    pub line: usize,
    pub tags: Vec<String>,
    pub status: Status,
    pub duration_ms: u128,
    pub failures: Vec<Failure>,
    pub logs: Vec<String>,
    /// What the test printed.
    pub output: String,
    /// Assertions made through `$t.assert` (passed and failed).
    pub assertions: usize,
}

#[derive(Clone, Debug)]
pub struct SuiteResult {
    pub name: String,
    pub file: String,
    pub cases: Vec<CaseResult>,
    pub duration_ms: u128,
}

#[derive(Clone, Debug, Default)]
pub struct Outcome {
    pub suites: Vec<SuiteResult>,
    pub duration_ms: u128,
}

impl Outcome {
    fn count(&self, s: Status) -> usize {
        self.suites
            .iter()
            .flat_map(|x| &x.cases)
            .filter(|c| c.status == s)
            .count()
    }
    pub fn total(&self) -> usize {
        self.suites.iter().map(|s| s.cases.len()).sum()
    }
    pub fn passed(&self) -> usize {
        self.count(Status::Passed)
    }
    pub fn failed(&self) -> usize {
        self.count(Status::Failed)
    }
    pub fn skipped(&self) -> usize {
        self.count(Status::Skipped)
    }
    pub fn assertions(&self) -> usize {
        self.suites
            .iter()
            .flat_map(|x| &x.cases)
            .map(|c| c.assertions)
            .sum()
    }
}

/// Why a run could not start.
pub enum Stop {
    Syntax,
    Usage(String),
}

/// Discover and run everything `opts` selects.
pub fn run(opts: &Options) -> Result<Outcome, Stop> {
    let start = Instant::now();
    let (program, mut suites) = match crate::project::locate(&opts.path) {
        Ok(layout) => {
            let mut loaded = crate::project::load(&layout, helper_classes());
            let color = std::io::stderr().is_terminal();
            let mut syntax = false;
            for d in loaded.diagnostics.iter().chain(&loaded.method_diagnostics) {
                let src = &loaded.program.sources[d.source as usize];
                eprint!("{}", render(&d.diagnostic, &src.name, &src.text, color));
                syntax = true;
            }
            if syntax {
                return Err(Stop::Syntax);
            }
            loaded.program.project = Some(Arc::new(crate::project::ProjectInfo {
                layout: Some(layout.clone()),
                user_param: opts.user_param.clone(),
                dataless: true,
                headless: true,
                ..Default::default()
            }));
            (
                Some(Arc::new(loaded.program)),
                discover::project_suites(&layout),
            )
        }
        Err(_) if opts.path.is_dir() => {
            let mut s = Vec::new();
            discover::collect_golden_scripts(&opts.path, Path::new(""), &mut s);
            (None, s)
        }
        Err(_) => {
            let expected = opts.path.with_extension("out");
            if opts.path.extension().is_none_or(|e| e != "4dm") || !expected.is_file() {
                return Err(Stop::Usage(format!(
                    "{} is not a project, a folder, or a .4dm file with a .out beside it",
                    opts.path.display()
                )));
            }
            let mut s = Vec::new();
            discover::collect_golden_scripts(
                opts.path.parent().unwrap_or(Path::new(".")),
                Path::new(""),
                &mut s,
            );
            s.retain(|x| x.file == opts.path);
            (None, s)
        }
    };
    for s in &mut suites {
        let name = s.name.clone();
        s.cases
            .retain(|c| opts.selects(&name, &c.name) && opts.tags_select(&c.tags));
    }
    suites.retain(|s| !s.cases.is_empty());
    let results = run_suites(program, &suites, opts.jobs, &opts.user_param);
    Ok(Outcome {
        suites: results,
        duration_ms: start.elapsed().as_millis(),
    })
}

/// Run suites on `jobs` threads; results in the suites' order.
fn run_suites(
    program: Option<Arc<Program>>,
    suites: &[Suite],
    jobs: usize,
    user_param: &str,
) -> Vec<SuiteResult> {
    let slots: Vec<Mutex<Option<SuiteResult>>> = suites.iter().map(|_| Mutex::new(None)).collect();
    let parallel: VecDeque<usize> = (0..suites.len()).filter(|&i| suites[i].parallel).collect();
    let queue = Mutex::new(parallel);
    let workers = jobs.max(1).min(suites.len().max(1));
    std::thread::scope(|scope| {
        for n in 0..workers {
            let (queue, slots, program) = (&queue, &slots, program.clone());
            let spawned = std::thread::Builder::new()
                .name(format!("fourd-test-{n}"))
                .stack_size(RUN_STACK_BYTES)
                .spawn_scoped(scope, move || {
                    loop {
                        let Some(i) = queue.lock().pop_front() else {
                            break;
                        };
                        *slots[i].lock() = Some(run_suite(program.clone(), &suites[i], user_param));
                    }
                });
            if spawned.is_err() {
                break;
            }
        }
    });
    // Suites that opted out of parallel runs, one at a time.
    let sequential: Vec<usize> = (0..suites.len()).filter(|&i| !suites[i].parallel).collect();
    if !sequential.is_empty() {
        std::thread::scope(|scope| {
            let (slots, program) = (&slots, program.clone());
            let _ = std::thread::Builder::new()
                .name("fourd-test-seq".into())
                .stack_size(RUN_STACK_BYTES)
                .spawn_scoped(scope, move || {
                    for i in sequential {
                        *slots[i].lock() = Some(run_suite(program.clone(), &suites[i], user_param));
                    }
                });
        });
    }
    slots
        .into_iter()
        .zip(suites)
        .map(|(slot, suite)| {
            slot.into_inner().unwrap_or_else(|| SuiteResult {
                name: suite.name.clone(),
                file: suite.file.display().to_string(),
                cases: Vec::new(),
                duration_ms: 0,
            })
        })
        .collect()
}

fn run_suite(program: Option<Arc<Program>>, suite: &Suite, user_param: &str) -> SuiteResult {
    let start = Instant::now();
    let cases = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match &suite.kind {
        SuiteKind::Class => match &program {
            Some(p) => run_class(p.clone(), suite),
            None => Vec::new(),
        },
        SuiteKind::GoldenMethod { expected } => match &program {
            Some(p) => vec![golden_method(p.clone(), suite, expected)],
            None => Vec::new(),
        },
        SuiteKind::GoldenScript { expected } => vec![golden_script(suite, expected, user_param)],
    }))
    .unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        suite
            .cases
            .iter()
            .map(|c| {
                failed_case(
                    c,
                    Failure {
                        kind: FailureKind::Error,
                        message: format!("fourd internal error (panic): {what}"),
                        file: suite.file.display().to_string(),
                        line: c.line,
                    },
                )
            })
            .collect()
    });
    SuiteResult {
        name: suite.name.clone(),
        file: suite.file.display().to_string(),
        cases,
        duration_ms: start.elapsed().as_millis(),
    }
}

fn failed_case(c: &discover::Case, f: Failure) -> CaseResult {
    CaseResult {
        name: c.name.clone(),
        line: c.line,
        tags: c.tags.clone(),
        status: Status::Failed,
        duration_ms: 0,
        failures: vec![f],
        logs: Vec::new(),
        output: String::new(),
        assertions: 0,
    }
}

fn new_runtime() -> Arc<Runtime> {
    Runtime::new(
        crate::interp::env::Env::from_environment(),
        Sink::Buffer(Vec::new()),
        crate::interp::session::Sessions::standalone(),
    )
}

fn new_process(rt: &Arc<Runtime>, program: &Arc<Program>, name: &str) -> Ctx {
    let created = rt.env.start_utc();
    let number = rt
        .processes
        .register(name, crate::interp::process::TYPE_MAIN, created);
    Ctx::new(rt.clone(), program.clone(), number)
}

/// File and line of an error, for reports.
pub fn error_failure(ctx: &Ctx, e: &RtError, fallback_file: &str, fallback_line: usize) -> Failure {
    let (file, line) = match &e.location {
        Some(loc) => match ctx.source(loc.source) {
            Some(src) => (
                src.name.clone(),
                line_col(&src.text, loc.span.start as usize).0,
            ),
            None => (fallback_file.to_string(), fallback_line),
        },
        None => (fallback_file.to_string(), fallback_line),
    };
    let place = e
        .location
        .as_ref()
        .map(|l| format!(" (in {})", l.method))
        .unwrap_or_default();
    Failure {
        kind: FailureKind::Error,
        message: format!("Error {}: {}{place}", e.code, e.message),
        file,
        line,
    }
}

fn run_class(program: Arc<Program>, suite: &Suite) -> Vec<CaseResult> {
    let file = suite.file.display().to_string();
    let rt = new_runtime();
    let Some(class) = program.classes.get(&suite.name).cloned() else {
        return Vec::new();
    };
    let mut sctx = new_process(&rt, &program, &format!("{} setup", suite.name));
    let instance = crate::interp::class::instantiate(&mut sctx, &class, Vec::new()).and_then(|i| {
        call_hook(&mut sctx, &i, "setup")?;
        Ok(i)
    });
    let instance = match instance {
        Ok(i) => i,
        Err(e) => {
            let f = error_failure(&sctx, &e, &file, 1);
            return suite
                .cases
                .iter()
                .map(|c| failed_case(c, f.clone()))
                .collect();
        }
    };
    let _ = rt.take_captured();
    let mut out = Vec::new();
    for case in &suite.cases {
        if case.tags.iter().any(|t| t == "skip") {
            out.push(CaseResult {
                name: case.name.clone(),
                line: case.line,
                tags: case.tags.clone(),
                status: Status::Skipped,
                duration_ms: 0,
                failures: Vec::new(),
                logs: Vec::new(),
                output: String::new(),
                assertions: 0,
            });
            continue;
        }
        out.push(run_test(&rt, &program, &class, &instance, case, &file));
    }
    if let Err(e) = call_hook(&mut sctx, &instance, "teardown") {
        let f = error_failure(&sctx, &e, &file, 1);
        if let Some(last) = out.iter_mut().rev().find(|c| c.status != Status::Skipped) {
            last.status = Status::Failed;
            last.failures.push(f);
        }
    }
    out
}

/// Call `instance.name()` when the class has that function.
fn call_hook(ctx: &mut Ctx, instance: &Value, name: &str) -> R<()> {
    let Value::Object(o) = instance else {
        return Ok(());
    };
    let Some(class) = o.class() else {
        return Ok(());
    };
    if let Some((code, owner)) = class.find_function(Key::intern(name)) {
        ctx.invoke_with_args(&code, Vec::new(), instance.clone(), Some(owner))?;
    }
    Ok(())
}

/// The class of the `$t` context: the project's own `Testing` class when it is the
/// community runner's (it has a `fail` function: the runner's own project, or a copy of
/// it), else fourd's `_Testing`.
fn context_class(program: &Program) -> Option<Arc<crate::interp::class::Class>> {
    if let Some(own) = program.classes.get("Testing")
        && own.find_function(Key::intern("fail")).is_some()
    {
        return Some(own.clone());
    }
    program.classes.get("_Testing").cloned()
}

fn run_test(
    rt: &Arc<Runtime>,
    program: &Arc<Program>,
    class: &Arc<crate::interp::class::Class>,
    instance: &Value,
    case: &discover::Case,
    file: &str,
) -> CaseResult {
    let start = Instant::now();
    let mut ctx = new_process(rt, program, &format!("{}.{}", class.name, case.name));
    let mut failures = Vec::new();
    let t = match context_class(program) {
        Some(tc) => crate::interp::class::instantiate(&mut ctx, &tc, Vec::new()),
        None => Ok(Value::Object(Obj::new())),
    };
    let t = match t {
        Ok(t) => t,
        Err(e) => {
            failures.push(error_failure(&ctx, &e, file, case.line));
            Value::Object(Obj::new())
        }
    };
    if let Value::Object(o) = &t {
        o.set_raw(Key::intern("classInstance"), instance.clone());
    }
    let step = |ctx: &mut Ctx, what: &str| -> R<()> {
        match what {
            "test" => {
                let Some((code, owner)) = class.find_function(Key::intern(&case.name)) else {
                    return Err(RtError::new(
                        crate::interp::error::codes::UNKNOWN_MEMBER,
                        format!("{} has no function {}", class.name, case.name),
                    ));
                };
                ctx.invoke_with_args(&code, vec![t.clone()], instance.clone(), Some(owner))
                    .map(|_| ())
            }
            hook => call_hook(ctx, instance, hook),
        }
    };
    if failures.is_empty() {
        match step(&mut ctx, "beforeEach") {
            Err(e) => failures.push(error_failure(&ctx, &e, file, case.line)),
            Ok(()) => {
                if let Err(e) = step(&mut ctx, "test") {
                    failures.push(error_failure(&ctx, &e, file, case.line));
                }
                if let Err(e) = step(&mut ctx, "afterEach") {
                    failures.push(error_failure(&ctx, &e, file, case.line));
                }
            }
        }
    }
    let (assertion_failures, assertions, logs) = read_context(&t, file, case.line);
    // Assertion failures first: they happened before any error that ended the test.
    let mut all = assertion_failures;
    all.append(&mut failures);
    CaseResult {
        name: case.name.clone(),
        line: case.line,
        tags: case.tags.clone(),
        status: if all.is_empty() {
            Status::Passed
        } else {
            Status::Failed
        },
        duration_ms: start.elapsed().as_millis(),
        failures: all,
        logs,
        output: rt.take_captured(),
        assertions,
    }
}

/// Failed assertions, the assertion count and the log of a `$t` context.
fn read_context(t: &Value, file: &str, line: usize) -> (Vec<Failure>, usize, Vec<String>) {
    let Value::Object(t) = t else {
        return (Vec::new(), 0, Vec::new());
    };
    let mut failures = Vec::new();
    let mut count = 0;
    if let Value::Collection(c) = t.get(Key::intern("assertions")) {
        for a in c.to_vec() {
            count += 1;
            let Value::Object(a) = a else { continue };
            if matches!(a.get(Key::intern("passed")), Value::Bool(true)) {
                continue;
            }
            failures.push(assertion_failure(&a, file, line));
        }
    }
    let failed = matches!(t.get(Key::intern("failed")), Value::Bool(true));
    if failed && failures.is_empty() {
        failures.push(Failure {
            kind: FailureKind::Assertion,
            message: "the test marked itself failed".into(),
            file: file.to_string(),
            line,
        });
    }
    let logs = match t.get(Key::intern("logMessages")) {
        Value::Collection(c) => c
            .to_vec()
            .iter()
            .map(|v| match v {
                Value::Text(s) => s.to_string(),
                other => dump_value(other),
            })
            .collect(),
        _ => Vec::new(),
    };
    (failures, count, logs)
}

fn assertion_failure(a: &Obj, file: &str, line: usize) -> Failure {
    let text = |v: Value| match v {
        Value::Text(s) => s.to_string(),
        Value::Undefined | Value::Null => String::new(),
        other => dump_value(&other),
    };
    let mut message = text(a.get(Key::intern("message")));
    if message.is_empty() {
        message = "Assertion failed".into();
    }
    if a.has(Key::intern("expected")) || a.has(Key::intern("actual")) {
        message = format!(
            "{message} (expected {}, actual {})",
            dump_value(&a.get(Key::intern("expected"))),
            dump_value(&a.get(Key::intern("actual")))
        );
    }
    let (mut f, mut l) = (file.to_string(), line);
    if let Value::Object(loc) = a.get(Key::intern("location")) {
        if let Value::Text(s) = loc.get(Key::intern("file")) {
            f = s.to_string();
        }
        if let Some(n) = loc.get(Key::intern("line")).as_number() {
            l = n as usize;
        }
    }
    Failure {
        kind: FailureKind::Assertion,
        message,
        file: f,
        line: l,
    }
}

fn expected_code(expected_out: &Path) -> i32 {
    std::fs::read_to_string(expected_out.with_extension("code"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0)
}

fn golden_method(program: Arc<Program>, suite: &Suite, expected: &Path) -> CaseResult {
    let start = Instant::now();
    let rt = new_runtime();
    let mut ctx = new_process(&rt, &program, &suite.name);
    let file = suite.file.display().to_string();
    let mut error = None;
    if let Some(id) = program.method_id(&suite.name) {
        let code = program.methods[id as usize].clone();
        if let Err(e) = ctx.invoke_with_args(&code, Vec::new(), Value::Null, None) {
            error = Some(error_failure(&ctx, &e, &file, 1));
        }
    }
    let output = rt.take_captured();
    let code = if error.is_some() { 1 } else { 0 };
    compare_golden(suite, expected, output, code, error, start)
}

fn golden_script(suite: &Suite, expected: &Path, user_param: &str) -> CaseResult {
    let start = Instant::now();
    let file = suite.file.display().to_string();
    let sources = match crate::program::script_sources(&suite.file) {
        Ok(s) => s,
        Err(e) => {
            return failed_case(
                &suite.cases[0],
                Failure {
                    kind: FailureKind::Error,
                    message: format!("cannot read {file}: {e}"),
                    file: file.clone(),
                    line: 1,
                },
            );
        }
    };
    let mut loaded = crate::program::load(sources);
    if let Some(d) = loaded.diagnostics.first() {
        let src = &loaded.program.sources[d.source as usize];
        let line = line_col(&src.text, d.diagnostic.span.start as usize).0;
        let err = Failure {
            kind: FailureKind::Error,
            message: format!("syntax error: {}", d.diagnostic.message),
            file: src.name.clone(),
            line,
        };
        return compare_golden(suite, expected, String::new(), 3, Some(err), start);
    }
    loaded.program.project = Some(Arc::new(crate::project::ProjectInfo {
        user_param: user_param.to_string(),
        dataless: true,
        headless: true,
        ..Default::default()
    }));
    let program = Arc::new(loaded.program);
    let rt = new_runtime();
    let mut ctx = new_process(&rt, &program, "Main process");
    let mut error = None;
    if let Err(e) = ctx.run_main() {
        error = Some(error_failure(&ctx, &e, &file, 1));
    }
    let output = rt.take_captured();
    let code = if error.is_some() { 1 } else { 0 };
    compare_golden(suite, expected, output, code, error, start)
}

fn compare_golden(
    suite: &Suite,
    expected: &Path,
    output: String,
    code: i32,
    error: Option<Failure>,
    start: Instant,
) -> CaseResult {
    let case = &suite.cases[0];
    let file = suite.file.display().to_string();
    let want = std::fs::read_to_string(expected)
        .unwrap_or_default()
        .replace("\r\n", "\n");
    let want_code = expected_code(expected);
    let mut failures = Vec::new();
    if let Some(f) = first_difference(&want, &output) {
        failures.push(Failure {
            kind: FailureKind::Output,
            message: f,
            file: file.clone(),
            line: 1,
        });
    }
    if code != want_code {
        match error {
            Some(e) if code != 0 => failures.push(e),
            _ => {}
        }
        failures.push(Failure {
            kind: FailureKind::Output,
            message: format!("exit code {code}, expected {want_code}"),
            file: file.clone(),
            line: 1,
        });
    }
    CaseResult {
        name: case.name.clone(),
        line: 1,
        tags: case.tags.clone(),
        status: if failures.is_empty() {
            Status::Passed
        } else {
            Status::Failed
        },
        duration_ms: start.elapsed().as_millis(),
        failures,
        logs: Vec::new(),
        output,
        assertions: 0,
    }
}

/// The first line where `actual` differs from `want`, described.
pub fn first_difference(want: &str, actual: &str) -> Option<String> {
    if want == actual {
        return None;
    }
    let w: Vec<&str> = want.split('\n').collect();
    let a: Vec<&str> = actual.split('\n').collect();
    let n = w.len().max(a.len());
    for i in 0..n {
        let (x, y) = (w.get(i), a.get(i));
        if x != y {
            return Some(format!(
                "output differs at line {}: expected {:?}, got {:?}",
                i + 1,
                x.copied().unwrap_or("<end of output>"),
                y.copied().unwrap_or("<end of output>")
            ));
        }
    }
    Some("output differs (line endings)".into())
}

/// `FOURD_TEST_LOCATION`: `{file; line}` of the innermost statement running outside the
/// test helpers (where a failed `$t.assert` was called from).
fn test_location(ctx: &mut Ctx, _args: &mut Args) -> R {
    let n = ctx.frames.len();
    for k in (0..n).rev() {
        let source = ctx.frames[k].code.source;
        let Some(src) = ctx.source(source) else {
            continue;
        };
        if src.name.starts_with(STDLIB_PREFIX) {
            continue;
        }
        let span = if k + 1 == n {
            ctx.span
        } else {
            ctx.frames[k + 1].call_span
        };
        let line = line_col(&src.text, span.start as usize).0;
        let o = Obj::new();
        o.set_raw(Key::intern("file"), Value::text(src.name.clone()));
        o.set_raw(Key::intern("line"), Value::Int(line as i32));
        return Ok(Value::Object(o));
    }
    Ok(Value::Null)
}

/// Commands the test helpers use.
pub const COMMANDS: &[Command] = &[Command {
    name: "FOURD_TEST_LOCATION",
    number: 0,
    params: "",
    result: "Object",
    min_args: 0,
    max_args: 0,
    imp: Imp::Values(test_location),
}];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_name_the_first_differing_line() {
        assert_eq!(first_difference("a\nb\n", "a\nb\n"), None);
        let d = first_difference("a\nb\n", "a\nc\n").unwrap();
        assert!(d.contains("line 2"), "{d}");
        let d = first_difference("a\n", "a\nmore\n").unwrap();
        assert!(d.contains("line 2"), "{d}");
    }

    #[test]
    fn helper_classes_are_bundled() {
        let h = helper_classes();
        assert_eq!(h.len(), 2);
        assert!(
            h.iter()
                .all(|(_, path, text)| path.starts_with(STDLIB_PREFIX) && !text.is_empty())
        );
    }
}
