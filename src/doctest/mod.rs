//! `fourd doctest FILE.md...`: run the ```` ```4d ```` blocks of Markdown pages and check
//! the results they state in trailing comments.
//!
//! A block is prepared line by line (`expect.rs` reads the comments): after a line whose
//! comment states a result, a hidden statement records the value the comment is about
//! (`$x` for `//$x=7`, the assigned variable for `//returns true`, the expression itself
//! for a bare expression line), so each claim is checked at that point of the run. `ALERT`
//! lines with `//displays "..."` are checked against the text the alert printed.
//! Blocks that need a database, forms, the web server or files are skipped with the
//! reason, never counted as passed.

pub mod expect;
pub mod markdown;

use crate::interp::{Ctx, Runtime, Sink};
use crate::value::Value;
use expect::{Claim, Expected};
use std::sync::Arc;

/// How one block went.
#[derive(Debug, Default)]
pub struct BlockReport {
    /// 1-based line of the block's opening fence.
    pub line: usize,
    pub parsed: bool,
    pub ran: bool,
    pub skipped: Option<String>,
    pub passed: usize,
    pub failed: Vec<String>,
    /// Comments that look like claims but could not be read.
    pub uninterpreted: Vec<String>,
    pub error: Option<String>,
}

impl BlockReport {
    pub fn ok(&self) -> bool {
        self.skipped.is_none() && self.parsed && self.failed.is_empty()
    }
}

/// Words that mark a block as needing what fourd does not have.
const NEEDS: &[(&str, &str)] = &[
    ("ds.", "needs a datastore"),
    ("QUERY", "needs a database"),
    ("ALL RECORDS", "needs a database"),
    ("[", "needs a database table"),
    ("Form.", "needs a form"),
    ("Form:", "needs a form"),
    ("OBJECT ", "needs a form"),
    ("WEB ", "needs the web server"),
    ("HTTP ", "needs the network"),
    ("4D.HTTP", "needs the network"),
    ("File(", "needs files"),
    ("Folder(", "needs files"),
    ("DIALOG", "needs a window"),
    ("Open window", "needs a window"),
];

/// Why a block cannot run here, if it cannot.
fn skip_reason(code: &str) -> Option<String> {
    for (word, reason) in NEEDS {
        let hit = if *word == "[" {
            // `[Table]Field`, not collection literals: a `[` followed by a letter and `]`
            // then a letter.
            code.split('[').skip(1).any(|rest| {
                let name: String = rest.chars().take_while(|c| *c != ']').collect();
                rest.len() > name.len()
                    && name.chars().next().is_some_and(|c| c.is_alphabetic())
                    && name
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == ' ')
                    && rest[name.len() + 1..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_alphabetic())
            })
        } else {
            code.contains(word)
        };
        if hit {
            return Some(reason.to_string());
        }
    }
    None
}

/// Run every 4D block of one Markdown text.
pub fn run_page(markdown_text: &str, name: &str) -> Vec<BlockReport> {
    markdown::blocks(markdown_text)
        .into_iter()
        .map(|b| run_block(&b.code, b.line, name))
        .collect()
}

fn run_block(code: &str, line: usize, page: &str) -> BlockReport {
    let mut report = BlockReport {
        line,
        ..BlockReport::default()
    };
    let prepared = expect::prepare(code);
    report.uninterpreted = prepared.uninterpreted.clone();
    let parsed = crate::parser::parse(&prepared.code, None);
    if let Some(d) = parsed.diagnostics.first() {
        let (l, c) = crate::diagnostics::line_col(&prepared.code, d.span.start as usize);
        report.error = Some(format!("syntax error at {l}:{c}: {}", d.message));
        return report;
    }
    report.parsed = true;
    if let Some(reason) = skip_reason(code) {
        report.skipped = Some(reason);
        return report;
    }
    let sources = crate::program::Sources {
        main: Some((format!("{page}:{line}"), prepared.code.clone())),
        ..Default::default()
    };
    let loaded = crate::program::load(sources);
    let program = Arc::new(loaded.program);
    let env = crate::interp::env::Env::from_environment();
    let rt = Runtime::new(
        env,
        Sink::Buffer(Vec::new()),
        crate::interp::session::Sessions::standalone(),
    );
    let number = rt.processes.register(
        "Main process",
        crate::interp::process::TYPE_MAIN,
        rt.env.start_utc(),
    );
    let claims = prepared.claims.clone();
    let outcome = std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(crate::cli::run::RUN_STACK_BYTES)
            .spawn_scoped(s, || {
                let mut ctx = Ctx::new(rt.clone(), program.clone(), number);
                let r = ctx.run_main();
                let recorded = std::mem::take(&mut ctx.doctest_records);
                (
                    r.err().map(|e| format!("error {}: {}", e.code, e.message)),
                    recorded,
                )
            })
            .map(|h| h.join())
    });
    let (error, recorded) = match outcome {
        Ok(Ok(v)) => v,
        _ => (
            Some("internal error while running the block".into()),
            Vec::new(),
        ),
    };
    report.ran = error.is_none();
    report.error = error;
    let printed = rt.take_captured();
    let mut alerts = printed.lines();
    for claim in &claims {
        match claim {
            Claim::Value { id, expected, text } => match recorded.iter().find(|(i, _)| i == id) {
                Some((_, actual)) => {
                    if expected.matches(actual) {
                        report.passed += 1;
                    } else {
                        report.failed.push(format!(
                            "{text}: got {}",
                            crate::cli::run::dump_value(actual)
                        ));
                    }
                }
                None => report
                    .failed
                    .push(format!("{text}: the line was not reached")),
            },
            Claim::Displays { expected, text } => {
                let shown = alerts.next().unwrap_or("");
                if Expected::Text(expected.clone()).matches(&Value::text(shown)) {
                    report.passed += 1;
                } else {
                    report.failed.push(format!("{text}: displayed {shown:?}"));
                }
            }
        }
    }
    report
}

/// The CLI: `fourd doctest FILE.md...`.
pub fn main(args: Vec<std::ffi::OsString>) -> i32 {
    if args.is_empty() {
        eprintln!("usage: fourd doctest FILE.md...");
        return crate::cli::EXIT_USAGE;
    }
    let (mut total, mut passed, mut failed, mut skipped) = (0, 0, 0, 0);
    for a in &args {
        let path = std::path::PathBuf::from(a);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("fourd doctest: cannot read {}: {e}", path.display());
                return crate::cli::EXIT_USAGE;
            }
        };
        let name = path.display().to_string();
        for r in run_page(&text, &name) {
            total += 1;
            let checks = r.passed + r.failed.len();
            let status = if let Some(reason) = &r.skipped {
                skipped += 1;
                format!("skipped ({reason})")
            } else if r.ok() && r.error.is_none() {
                passed += 1;
                format!("ok ({checks} checks)")
            } else {
                failed += 1;
                "FAILED".to_string()
            };
            println!(
                "{name}:{} parsed={} ran={} checks {}/{} {status}",
                r.line,
                yes(r.parsed),
                yes(r.ran),
                r.passed,
                checks
            );
            if let Some(e) = &r.error {
                println!("    {e}");
            }
            for f in &r.failed {
                println!("    failed: {f}");
            }
            for u in &r.uninterpreted {
                println!("    not understood: {u}");
            }
        }
    }
    println!("{total} blocks: {passed} passed, {failed} failed, {skipped} skipped");
    if failed > 0 {
        crate::cli::EXIT_RUNTIME
    } else {
        crate::cli::EXIT_OK
    }
}

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

fn record(ctx: &mut Ctx, args: &mut crate::builtins::Args) -> crate::interp::error::R {
    let id = args.int(0)? as usize;
    let v = args.take(1);
    ctx.doctest_records.push((id, v));
    Ok(Value::Undefined)
}

/// The hidden command the prepared blocks call.
pub const COMMANDS: &[crate::builtins::Command] = &[crate::builtins::Command {
    name: expect::RECORD,
    number: 0,
    params: "id : Integer; value : any",
    result: "",
    min_args: 2,
    max_args: 2,
    imp: crate::builtins::Imp::Values(record),
}];
