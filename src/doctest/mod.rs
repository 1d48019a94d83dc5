//! `fourd doctest FILE.md...`: run the ```` ```4d ```` blocks of Markdown pages and check
//! the results they state in trailing comments.
//!
//! A block is prepared line by line (`expect.rs` reads the comments): after a line whose
//! comment states a result, a hidden statement records the value the comment is about
//! (`$x` for `//$x=7`, the assigned variable for `//returns true`, the expression itself
//! for a bare expression line), so each claim is checked at that point of the run. `ALERT`
//! lines with `//displays "..."` are checked against the text the alert printed.
//! Blocks that need a database, forms, the web server or files are skipped with the
//! reason, never counted as passed. A block using variables another block defines runs
//! after that block's code; one failing on something the page never defines (a variable,
//! a method, a class, a `Storage` entry) is a fragment, not measured as run. A block the
//! prose says "continues forever" must not finish: it is stopped after 5 s.

mod classify;
pub mod expect;
mod expected;
pub mod markdown;

use classify::*;

use crate::interp::{Ctx, Runtime, Sink};
use crate::value::Value;
use expect::Claim;
use std::sync::Arc;

/// How one block went.
#[derive(Debug, Default)]
pub struct BlockReport {
    /// 1-based line of the block's opening fence.
    pub line: usize,
    pub kind: BlockKind,
    pub parsed: bool,
    pub ran: bool,
    pub skipped: Option<String>,
    pub passed: usize,
    pub failed: Vec<String>,
    /// Comments that look like claims but could not be read.
    pub uninterpreted: Vec<String>,
    pub error: Option<String>,
    pub note: Option<String>,
}

/// What a block is.
#[derive(Debug, Default, Clone, PartialEq)]
pub enum BlockKind {
    /// Code to run.
    #[default]
    Code,
    /// A formal syntax outline (`If(Boolean_Expression)`, `{shared} Function <name>`).
    Outline,
    /// A user class (its name from a `//Class: Name` comment), used by the page's other
    /// blocks.
    Class(String),
    /// Class code with no class name (a function shown on its own).
    ClassFragment,
    /// A project method (named in the prose before it or in its first comment), used by
    /// the page's other blocks; an empty name for the body of a method the page does not
    /// name (a block that declares the parameters it receives).
    Method(String),
}

impl BlockReport {
    pub fn ok(&self) -> bool {
        self.skipped.is_none() && self.parsed && self.failed.is_empty() && self.error.is_none()
    }

    /// Code meant to run (neither an outline nor a definition) and not skipped.
    pub fn runnable(&self) -> bool {
        self.kind == BlockKind::Code && self.skipped.is_none()
    }
}

/// Run every 4D block of one Markdown text.
pub fn run_page(markdown_text: &str, name: &str) -> Vec<BlockReport> {
    let blocks = markdown::blocks(markdown_text);
    let classified: Vec<Classified> = blocks
        .iter()
        .map(|b| classify(&b.code, &b.before))
        .collect();
    // Methods of the whole page (the later definition wins); classes as defined so far
    // (the first definition for a class used before it is shown).
    let mut methods: Vec<(String, String)> = Vec::new();
    for c in &classified {
        let mut add = |n: &str, body: &str| {
            methods.retain(|(m, _)| !m.eq_ignore_ascii_case(n));
            methods.push((n.to_string(), body.to_string()));
        };
        if let BlockKind::Method(n) = &c.kind
            && !n.is_empty()
        {
            add(n, &c.code);
        }
        for (n, body) in &c.methods {
            add(n, body);
        }
    }
    let mut names = crate::names::NameSet::new();
    for (n, _) in &methods {
        names.insert(n);
    }
    let mut classes: Vec<(String, String)> = Vec::new();
    for c in &classified {
        if let BlockKind::Class(n) = &c.kind
            && !classes.iter().any(|(m, _)| m == n)
        {
            classes.push((n.clone(), c.code.clone()));
        }
    }
    let page_code: String = blocks.iter().map(|b| b.code.as_str()).collect();
    let mut reports = Vec::new();
    // The code of the last block that ran, for blocks that continue it.
    let mut context: Option<Context> = None;
    // Each code block so far.
    let mut defs: Vec<Def> = Vec::new();
    for (b, c) in blocks.iter().zip(&classified) {
        let mut report = BlockReport {
            line: b.line,
            kind: c.kind.clone(),
            ..BlockReport::default()
        };
        match &c.kind {
            BlockKind::Outline => {
                report.skipped = Some("syntax outline, not code".into());
                reports.push(report);
                continue;
            }
            BlockKind::Class(n) => {
                classes.retain(|(m, _)| m != n);
                classes.push((n.clone(), c.code.clone()));
            }
            _ => {}
        }
        if c.kind == BlockKind::Code
            && let Some(reason) = skip_reason(&b.code)
        {
            report.skipped = Some(reason);
            defs.push(Def::new(b, &c.code, None));
            reports.push(report);
            continue;
        }
        let parse_text = if c.kind == BlockKind::Code {
            expect::prepare(&c.code).code
        } else {
            expect::prepare(&c.code).code.replace("\n...\n", "\n\n")
        };
        let parsed = crate::parser::parse(&parse_text, Some(&names));
        if let Some(d) = parsed.diagnostics.first() {
            let (l, col) = crate::diagnostics::line_col(&parse_text, d.span.start as usize);
            report.error = Some(format!("syntax error at {l}:{col}: {}", d.message));
            if c.kind == BlockKind::Code {
                defs.push(Def::new(b, &c.code, None));
            }
            reports.push(report);
            continue;
        }
        report.parsed = true;
        match &c.kind {
            BlockKind::Class(n) => {
                report.skipped = Some(format!("defines class {n} for the page's other blocks"));
                reports.push(report);
                continue;
            }
            BlockKind::Method(n) if n.is_empty() => {
                report.skipped = Some(
                    "the body of a method the page does not name: it declares the parameters it \
                     receives"
                        .into(),
                );
                reports.push(report);
                continue;
            }
            BlockKind::Method(n) => {
                report.skipped = Some(format!("defines method {n} for the page's other blocks"));
                reports.push(report);
                continue;
            }
            BlockKind::ClassFragment => {
                report.skipped = Some("class code without a class name".into());
                reports.push(report);
                continue;
            }
            _ => {}
        }
        let page = Page {
            name,
            methods: &methods,
            classes: &classes,
        };
        // What the block uses that the page never defines: variables, methods, classes
        // (also through the page's classes and methods it calls) and `Storage` entries.
        let mut free = free_names(&c.code, &[]);
        free.extend(missing_classes(&c.code, &classes, &methods));
        free.extend(missing_storage(&c.code, &page_code));
        // Bare names (process variables, methods) only make a failing block a fragment;
        // the others also make it continue the blocks defining them (`continuation`).
        let mut missing = free.clone();
        for n in free_names(&c.code, &unknown_names(&parsed.file, &methods)) {
            if !missing.contains(&n) {
                missing.push(n);
            }
        }
        let wanted: Vec<String> = free
            .iter()
            .filter(|n| n.starts_with('$') || !n.contains('.'))
            .map(|n| n.to_lowercase())
            .collect();
        if let Some(var) = stated_start(&c.code, &wanted) {
            report.skipped = Some(format!(
                "fragment: starts from the value of {var} its first comment states"
            ));
            defs.push(Def::new(b, &c.code, None));
            reports.push(report);
            continue;
        }
        let base = match continuation(&wanted, b.section, &defs, context.as_ref()) {
            Ok(base) => base,
            Err(line) => {
                report.skipped = Some(format!(
                    "fragment: continues the block at line {line}, which did not run"
                ));
                defs.push(Def::new(b, &c.code, None));
                reports.push(report);
                continue;
            }
        };
        let mut used: Option<Context> = None;
        let mut outcome = match (&base, free.is_empty()) {
            (Some(ctx), false) => {
                let mut o = run_block(&c.code, b.line, &page, Some(&ctx.code));
                o.note = Some(format!("continues the block at line {}", ctx.line));
                used = Some(ctx.clone());
                o
            }
            _ => run_block(&c.code, b.line, &page, None),
        };
        if outcome.error.is_some()
            && outcome.note.is_none()
            && let Some(ctx) = &context
        {
            let retry = run_block(&c.code, b.line, &page, Some(&ctx.code));
            if retry.error.is_none() {
                outcome = retry;
                outcome.note = Some(format!("continues the block at line {}", ctx.line));
                used = Some(ctx.clone());
            }
        }
        if c.kind == BlockKind::Code && loops_forever(&b.before) {
            // The page says the block never ends: that is its stated result.
            if outcome.error.as_deref() == Some(TIMED_OUT) {
                outcome.error = None;
                outcome.passed += 1;
                outcome.note = Some(format!(
                    "loops forever, as the page says (stopped after {BLOCK_SECONDS} s)"
                ));
            } else if outcome.error.is_none() {
                outcome
                    .failed
                    .push("the page says this loop never ends: it ended".into());
            }
        }
        if outcome.error.is_some() && !missing.is_empty() {
            report.skipped = Some(format!(
                "fragment: uses {} defined elsewhere",
                missing.join(", ")
            ));
            report.error = outcome.error;
            defs.push(Def::new(b, &c.code, None));
            reports.push(report);
            continue;
        }
        report.ran = outcome.error.is_none();
        report.error = outcome.error;
        report.passed = outcome.passed;
        report.failed = outcome.failed;
        report.uninterpreted = outcome.uninterpreted;
        report.note = outcome.note;
        if report.ran {
            let mut ctx = used.unwrap_or_default();
            ctx.line = b.line;
            ctx.lines.push(b.line);
            ctx.code.push_str(&c.code);
            ctx.code.push('\n');
            defs.push(Def::new(b, &c.code, Some(ctx.clone())));
            context = Some(ctx);
        } else {
            defs.push(Def::new(b, &c.code, None));
        }
        reports.push(report);
    }
    reports
}

/// A code block, for the blocks that continue it.
struct Def {
    line: usize,
    section: usize,
    /// The lower-cased names it defines.
    defines: std::collections::HashSet<String>,
    /// The context of a block continuing it; `None` when it did not run.
    ctx: Option<Context>,
}

impl Def {
    fn new(b: &markdown::Block, code: &str, ctx: Option<Context>) -> Def {
        Def {
            line: b.line,
            section: b.section,
            defines: defined_names(code),
            ctx,
        }
    }
}

/// What a block using the `wanted` names runs first: each name continues the last block
/// of the section defining it; the last block that ran when it includes those blocks,
/// else their code one after the other (each block once); the last block that ran when
/// no block defines them. `Err(line)`: the block defining one of them did not run.
fn continuation(
    wanted: &[String],
    section: usize,
    defs: &[Def],
    last: Option<&Context>,
) -> Result<Option<Context>, usize> {
    let mut chosen: Vec<&Context> = Vec::new();
    for n in wanted {
        let found = defs
            .iter()
            .rev()
            .find(|d| d.section == section && d.defines.contains(n));
        match found {
            Some(Def {
                ctx: None, line, ..
            }) => return Err(*line),
            Some(Def { ctx: Some(ctx), .. }) if !chosen.iter().any(|c| c.line == ctx.line) => {
                chosen.push(ctx)
            }
            _ => {}
        }
    }
    if chosen.is_empty()
        || last.is_some_and(|ctx| chosen.iter().all(|c| ctx.lines.contains(&c.line)))
    {
        return Ok(last.cloned());
    }
    chosen.sort_by_key(|c| c.line);
    let mut merged = Context::default();
    for ctx in &chosen {
        if chosen
            .iter()
            .any(|o| o.line != ctx.line && o.lines.contains(&ctx.line))
        {
            continue;
        }
        merged.line = merged.line.max(ctx.line);
        merged.lines.extend(ctx.lines.iter().copied());
        merged.code.push_str(&ctx.code);
    }
    Ok(Some(merged))
}

/// The code a block continuing another runs first.
#[derive(Clone, Default)]
struct Context {
    /// The block continued.
    line: usize,
    /// The blocks whose code it is.
    lines: Vec<usize>,
    code: String,
}

struct Page<'a> {
    name: &'a str,
    methods: &'a [(String, String)],
    classes: &'a [(String, String)],
}

struct Outcome {
    error: Option<String>,
    passed: usize,
    failed: Vec<String>,
    uninterpreted: Vec<String>,
    note: Option<String>,
}

/// How long a block may run.
const BLOCK_SECONDS: u64 = 5;

/// The error of a block stopped after [`BLOCK_SECONDS`].
const TIMED_OUT: &str = "did not finish within 5 s";

/// Offset of the ids under which `Code` claims record their evaluated literal.
const LITERAL: usize = 1 << 20;

fn run_block(code: &str, line: usize, page: &Page, context: Option<&str>) -> Outcome {
    let prepared = expect::prepare(code);
    let mut text = context.unwrap_or("").to_string();
    text.push_str(&prepared.code);
    let sources = crate::program::Sources {
        main: Some((format!("{}:{line}", page.name), text)),
        methods: page
            .methods
            .iter()
            .map(|(n, body)| (n.clone(), format!("{}:{n}", page.name), body.clone()))
            .collect(),
        classes: page
            .classes
            .iter()
            .map(|(n, body)| (n.clone(), format!("{}:{n}.4dm", page.name), body.clone()))
            .collect(),
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
    // A block may loop forever (a page showing an endless `While`): it gets a few
    // seconds, then is abandoned (the thread ends with the process).
    let (tx, rx) = std::sync::mpsc::channel();
    let (rt2, program2) = (rt.clone(), program.clone());
    let spawned = std::thread::Builder::new()
        .stack_size(crate::cli::run::RUN_STACK_BYTES)
        .spawn(move || {
            let mut ctx = Ctx::new(rt2, program2, number);
            let r = ctx.run_main();
            let recorded = std::mem::take(&mut ctx.doctest_records);
            let _ = tx.send((
                r.err().map(|e| format!("error {}: {}", e.code, e.message)),
                recorded,
            ));
        });
    let (error, recorded) = match spawned {
        Ok(_) => match rx.recv_timeout(std::time::Duration::from_secs(BLOCK_SECONDS)) {
            Ok(v) => v,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                // Stop the block (it checks the interrupt at every loop iteration) rather
                // than leave it spinning while the next blocks run.
                rt.interrupt
                    .timed_out
                    .store(true, std::sync::atomic::Ordering::Relaxed);
                rt.processes.notify();
                let _ = rx.recv_timeout(std::time::Duration::from_secs(2));
                (Some(TIMED_OUT.to_string()), Vec::new())
            }
            Err(_) => (
                Some("internal error while running the block".into()),
                Vec::new(),
            ),
        },
        Err(_) => (Some("could not start the block".into()), Vec::new()),
    };
    let mut outcome = Outcome {
        error,
        passed: 0,
        failed: Vec::new(),
        uninterpreted: prepared.uninterpreted.clone(),
        note: None,
    };
    let printed = rt.take_captured();
    let mut alerts = printed.lines();
    for claim in &prepared.claims {
        match claim {
            Claim::Value { id, expected, text } => match recorded.iter().find(|(i, _)| i == id) {
                Some((_, actual)) => {
                    let literal = recorded
                        .iter()
                        .find(|(i, _)| *i == id + LITERAL)
                        .map(|(_, v)| v);
                    if expected.matches(actual, literal) {
                        outcome.passed += 1;
                    } else {
                        let shown = if matches!(expected, expect::Expected::Error) {
                            "no error".to_string()
                        } else {
                            crate::cli::run::dump_value(actual)
                        };
                        outcome.failed.push(format!("{text}: got {shown}"));
                    }
                }
                None => outcome
                    .failed
                    .push(format!("{text}: the line was not reached")),
            },
            Claim::Displays { expected, text } => {
                let shown = alerts.next().unwrap_or("");
                if shown == expected {
                    outcome.passed += 1;
                } else {
                    outcome.failed.push(format!("{text}: displayed {shown:?}"));
                }
            }
        }
    }
    outcome
}

/// Per-page figures.
#[derive(Default)]
struct Figures {
    blocks: usize,
    outlines: usize,
    definitions: usize,
    skipped: usize,
    fragments: usize,
    parse_total: usize,
    parsed: usize,
    run_total: usize,
    ran: usize,
    passed: usize,
    failed: usize,
    not_understood: usize,
    ok_blocks: usize,
    failed_blocks: usize,
}

impl Figures {
    fn add(&mut self, r: &BlockReport) {
        self.blocks += 1;
        let mut runs = false;
        match (&r.kind, &r.skipped) {
            (BlockKind::Outline, _) => {
                self.outlines += 1;
                return;
            }
            (BlockKind::Class(_) | BlockKind::Method(_) | BlockKind::ClassFragment, _) => {
                self.definitions += 1;
            }
            (_, Some(s)) if s.starts_with("fragment") => self.fragments += 1,
            (_, Some(_)) => {
                // Needs a database, a window, files or the network: not measured.
                self.skipped += 1;
                return;
            }
            _ => runs = true,
        }
        self.parse_total += 1;
        self.parsed += r.parsed as usize;
        if runs {
            self.run_total += 1;
            self.ran += r.ran as usize;
            if r.ok() {
                self.ok_blocks += 1;
            } else {
                self.failed_blocks += 1;
            }
        } else if !r.parsed {
            self.failed_blocks += 1;
        }
        self.passed += r.passed;
        self.failed += r.failed.len();
        self.not_understood += r.uninterpreted.len();
    }

    fn merge(&mut self, o: &Figures) {
        self.blocks += o.blocks;
        self.outlines += o.outlines;
        self.definitions += o.definitions;
        self.skipped += o.skipped;
        self.fragments += o.fragments;
        self.parse_total += o.parse_total;
        self.parsed += o.parsed;
        self.run_total += o.run_total;
        self.ran += o.ran;
        self.passed += o.passed;
        self.failed += o.failed;
        self.not_understood += o.not_understood;
        self.ok_blocks += o.ok_blocks;
        self.failed_blocks += o.failed_blocks;
    }

    fn line(&self, name: &str) -> String {
        format!(
            "page {name}: {} blocks ({} outlines, {} definitions, {} skipped, {} fragments); parsed {}/{}; ran {}/{}; checks {} passed, {} failed; {} not understood",
            self.blocks,
            self.outlines,
            self.definitions,
            self.skipped,
            self.fragments,
            self.parsed,
            self.parse_total,
            self.ran,
            self.run_total,
            self.passed,
            self.failed,
            self.not_understood
        )
    }
}

/// The CLI: `fourd doctest FILE.md...`.
pub fn main(args: Vec<std::ffi::OsString>) -> i32 {
    if args.is_empty() {
        eprintln!("usage: fourd doctest FILE.md...");
        return crate::cli::EXIT_USAGE;
    }
    let mut total = Figures::default();
    let mut pages = Vec::new();
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
        let mut figures = Figures::default();
        for r in run_page(&text, &name) {
            figures.add(&r);
            let checks = r.passed + r.failed.len();
            let status = if let Some(reason) = &r.skipped {
                format!("skipped ({reason})")
            } else if r.ok() {
                format!("ok ({checks} checks)")
            } else {
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
            if let Some(n) = &r.note {
                println!("    note: {n}");
            }
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
        total.merge(&figures);
        pages.push(figures.line(&name));
    }
    for p in &pages {
        println!("{p}");
    }
    if args.len() > 1 {
        println!("{}", total.line("(all)"));
    }
    let skipped = total.blocks - total.ok_blocks - total.failed_blocks;
    println!(
        "{} blocks: {} passed, {} failed, {} skipped",
        total.blocks, total.ok_blocks, total.failed_blocks, skipped
    );
    if total.failed > 0 || total.failed_blocks > 0 {
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
    // A snapshot: later statements may change the object or collection.
    let v = crate::builtins::object::deep_copy(ctx, &v, false).unwrap_or(v);
    ctx.doctest_records.push((id, v));
    if args.len() > 2 {
        let literal = args.take(2);
        ctx.doctest_records.push((id + LITERAL, literal));
    }
    Ok(Value::Undefined)
}

/// The hidden command the prepared blocks call.
pub const COMMANDS: &[crate::builtins::Command] = &[crate::builtins::Command {
    name: expect::RECORD,
    number: 0,
    params: "id : Integer; value : any; literal : any",
    result: "",
    min_args: 2,
    max_args: 3,
    imp: crate::builtins::Imp::Values(record),
}];

#[cfg(test)]
mod tests;
