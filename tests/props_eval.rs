//! Robustness of the whole pipeline — lexer, parser, resolver, evaluator — on generated
//! programs (proptest): random bytes, random statement streams built from 4D expressions,
//! and mutated real 4D snippets are loaded and *run*. Every outcome must be diagnostics or
//! a 4D error (or a normal end), never a Rust panic or abort. Each run gets a time budget
//! (the `--timeout` machinery) and the test binary counts memory like `fourd` does
//! (`--max-memory` machinery, 256 MB here), so runaway loops and allocations end as 4D
//! errors too.
//!
//! Cases per strategy: 1,000 by default (CI); `FOURD_LONG_TESTS=1` raises it to 100,000;
//! `FOURD_PROPTEST_CASES=N` sets it exactly (README "Reliability").

mod common;

use fourd::interp::{Ctx, Runtime, Sink};
use fourd::limits::{self, CountingAlloc, Watchdog};
use proptest::prelude::*;
use std::sync::Arc;
use std::time::Duration;

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

/// Load and run `src` as a script; panics (test failure) only if fourd panics.
fn run(src: &str) {
    limits::set_max_memory(256 << 20);
    let sources = fourd::program::snippet_sources(src, &std::env::temp_dir());
    let loaded = fourd::program::load(sources);
    for d in &loaded.diagnostics {
        let s = &loaded.program.sources[d.source as usize];
        let _ = fourd::diagnostics::render(&d.diagnostic, &s.name, &s.text, false);
    }
    if !loaded.diagnostics.is_empty() {
        return;
    }
    let program = Arc::new(loaded.program);
    let rt = Runtime::new(
        fourd::interp::env::Env::from_environment(),
        Sink::Buffer(Vec::new()),
        fourd::interp::session::Sessions::standalone(),
    );
    let number = rt.processes.register(
        "Main process",
        fourd::interp::process::TYPE_MAIN,
        rt.env.start_utc(),
    );
    let _watchdog = Watchdog::start(rt.clone(), Duration::from_millis(300), || {});
    let rt2 = rt.clone();
    let outcome = std::thread::Builder::new()
        .stack_size(fourd::cli::run::RUN_STACK_BYTES)
        .spawn(move || {
            let mut ctx = Ctx::new(rt2.clone(), program, number);
            if let Err(e) = ctx.run_main() {
                let _ = fourd::cli::run::render_runtime_error(&ctx, &e, false);
            }
        })
        .unwrap()
        .join();
    let _ = rt.take_captured();
    assert!(outcome.is_ok(), "fourd panicked on:\n{src}");
}

/// Building blocks of generated statements.
const ATOMS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2.5",
    "1e308",
    "-1e308",
    "0x7FFFFFFF",
    "\"\"",
    "\"abc\"",
    "\"é@\"",
    "!2024-02-29!",
    "!00-00-00!",
    "?23:59:59?",
    "True",
    "False",
    "Null",
    "$a",
    "$b",
    "$c",
    "$o",
    "$t",
    "$o.x",
    "$c[0]",
    "$c[-1]",
    "$c[1000000]",
    "$t[[1]]",
    "$t[[0]]",
    "$o[\"k\"]",
    "New object",
    "New collection",
    "[]",
    "[1; 2; 3]",
    "{}",
    "{x: 1; y: [1]}",
    "New shared object",
    "New shared collection",
    "Current date",
    "Current time",
    "Storage",
    "This",
    "->$a",
    "$p->",
    "Formula(1)",
    "Formula($1+1)",
    "cs",
    "4D",
    "Pi",
    "MAXLONG",
    "Char(0)",
    "Char(65)",
    "Timestamp",
    "Is text",
    "Is object",
];
const OPS: &[&str] = &[
    "+", "-", "*", "/", "\\", "%", "^", "=", "#", "<", ">", "<=", ">=", "&", "|", "&&", "||", "<<",
    ">>", "?+", "?-", "??", "*+", "*|", "^|",
];
const FUNCS: &[&str] = &[
    "String",
    "Num",
    "Length",
    "Substring",
    "Position",
    "Replace string",
    "Uppercase",
    "Abs",
    "Round",
    "Int",
    "Mod",
    "Random",
    "Date",
    "Time",
    "Add to date",
    "Day of",
    "Year of",
    "JSON Stringify",
    "JSON Parse",
    "OB Copy",
    "OB Keys",
    "OB Values",
    "OB Is empty",
    "Value type",
    "Type",
    "Bool",
    "Undefined",
    "Null",
    "Split string",
    "Char",
    "Character code",
    "Match regex",
    "Lowercase",
    "Trim",
    "Count parameters",
    "Error",
    "Last errors",
    "Formula from string",
    "New collection",
    "New object",
    "Is nil pointer",
    "Get pointer",
    "Dec",
    "Sqrt",
    "Log",
    "Exp",
    "Sin",
    "Insert string",
    "Delete string",
    "Change string",
    "Compare strings",
    "Storage",
    "Current method name",
];
const MEMBERS: &[&str] = &[
    "push", "pop", "length", "slice", "map", "filter", "reduce", "sort", "orderBy", "indexOf",
    "join", "copy", "equal", "resize", "fill", "insert", "remove", "sum", "min", "max", "first",
    "last", "reverse", "flat", "distinct", "query", "call", "apply", "new", "x", "trigger", "wait",
    "every", "some", "find", "includes", "combine",
];

fn expr(depth: u32) -> BoxedStrategy<String> {
    let atom = prop::sample::select(ATOMS).prop_map(str::to_string);
    if depth == 0 {
        return atom.boxed();
    }
    let sub = || expr(depth - 1);
    prop_oneof![
        4 => atom,
        2 => (sub(), prop::sample::select(OPS), sub()).prop_map(|(a, o, b)| format!("({a}{o}{b})")),
        2 => (prop::sample::select(FUNCS), prop::collection::vec(sub(), 0..4))
            .prop_map(|(f, args)| format!("{f}({})", args.join("; "))),
        2 => (sub(), prop::sample::select(MEMBERS), prop::collection::vec(sub(), 0..3))
            .prop_map(|(r, m, args)| format!("{r}.{m}({})", args.join("; "))),
        1 => (sub(), sub(), sub()).prop_map(|(c, a, b)| format!("({c} ? {a} : {b})")),
        1 => sub().prop_map(|e| format!("Try({e})")),
    ]
    .boxed()
}

fn statement() -> BoxedStrategy<String> {
    let var = prop::sample::select(&["$a", "$b", "$c", "$o", "$t", "$o.x", "$c[0]", "$p->"][..]);
    prop_oneof![
        3 => (var.clone(), expr(3)).prop_map(|(v, e)| format!("{v}:={e}")),
        1 => (var, prop::sample::select(&["+=", "-=", "*=", "/="][..]), expr(2))
            .prop_map(|(v, o, e)| format!("{v}{o}{e}")),
        2 => expr(3),
        1 => expr(2).prop_map(|e| format!("If ({e})\n$a:=1\nElse\n$a:=2\nEnd if")),
        1 => expr(2).prop_map(|e| format!("For each ($v; {e})\n$b:=$v\nEnd for each")),
        1 => expr(2).prop_map(|e| format!("For ($i; 1; {e})\n$b:=$i\nEnd for")),
        1 => expr(2).prop_map(|e| format!("While ({e})\n$a:=$a+1\nEnd while")),
        1 => expr(2).prop_map(|e| format!("Use ({e})\n$o.x:=1\nEnd use")),
        1 => expr(2).prop_map(|e| format!("Try\n$a:={e}\nCatch\n$b:=Last errors\nEnd try")),
        1 => expr(2).prop_map(|e| format!("throw({e})")),
        1 => expr(2).prop_map(|e| format!("$p:=->{e}")),
        1 => expr(2).prop_map(|e| format!("EXECUTE FORMULA(String({e}))")),
        1 => Just("ARRAY TEXT($arr; 3)\n$arr{2}:=\"x\"\nSORT ARRAY($arr; >)".to_string()),
    ]
    .boxed()
}

fn program() -> impl Strategy<Value = String> {
    prop::collection::vec(statement(), 1..12).prop_map(|v| {
        let mut s = String::from(
            "var $a; $b : Variant\nvar $c : Collection\nvar $o : Object\nvar $t : Text\nvar $p : Pointer\n$c:=[1; \"two\"; {three: 3}]\n$o:={x: 1}\n$t:=\"text\"\n",
        );
        for st in v {
            s.push_str(&st);
            s.push('\n');
        }
        s
    })
}

/// Real-looking 4D, mutated by deleting ranges and inserting fragments.
const SNIPPETS: &[&str] = &[
    "#DECLARE($a : Text; $b : Integer) -> $r : Text\n$r:=$a*$b\nALERT($r)\n",
    "var $i; $sum : Integer\nFor ($i; 1; 10)\n\t$sum+=$i\nEnd for\nALERT(String($sum))\n",
    "var $c : Collection\n$c:=New collection(3; 1; 2)\n$c:=$c.sort().map(Formula($1.value*2))\nALERT(JSON Stringify($c))\n",
    "var $o : Object\n$o:=New object(\"a\"; 1; \"b\"; New object(\"c\"; [1; 2]))\n$o.b.c.push(3)\nALERT(JSON Stringify($o))\n",
    "Case of\n\t: (1=2)\n\t\t$b:=[1; 2; {c: 3}]\n\tElse\n\t\t$b:=Null\nEnd case\n",
    "var $n : Integer\nRepeat\n\t$n:=$n+1\nUntil ($n>5)\nWhile ($n>0)\n\t$n:=$n-1\nEnd while\n",
    "Try\n\tthrow(1; \"e\")\nCatch\n\t$e:=Last errors\nEnd try\n$v:=Try($o.f())\n",
    "var $s : Object\n$s:=New shared object(\"n\"; 0)\nUse ($s)\n\t$s.n:=$s.n+1\nEnd use\nALERT(String($s.n))\n",
    "var $t : Text\n$t:=\"Hello world\"\n$t:=Replace string($t; \"o\"; \"0\")\nALERT(Substring($t; 2; 3)+String(Position(\"w\"; $t)))\n",
    "ARRAY LONGINT($a; 5)\n$a{1}:=3\nSORT ARRAY($a; <)\nALERT(String($a{1}))\n",
    "var $f : 4D.Function\n$f:=Formula($1+$2)\nALERT(String($f.call(Null; 1; 2)))\n",
    "var $d : Date\n$d:=Add to date(!2024-01-31!; 0; 1; 0)\nALERT(String($d))\n",
];

const FRAGMENTS: &[&str] = &[
    "If (True)\n",
    "End if\n",
    "While (True)\n",
    "End while\n",
    "For each ($x; $c)\n",
    "End for each\n",
    "Use (Storage)\n",
    "End use\n",
    "Try\n",
    "Catch\n",
    "End try\n",
    "$c",
    "$o",
    "$t",
    "$i",
    "$1",
    "$0",
    "${2}",
    "->",
    "[",
    "]",
    "{",
    "}",
    "(",
    ")",
    ";",
    ":=",
    "\"",
    "\n",
    ".",
    ".push(1)",
    ".length",
    "*1000000",
    "+",
    "-",
    "/0",
    "\\0",
    "%0",
    "Null",
    "New collection",
    "Formula($1)",
    "This",
    "Super",
    "return",
    "break",
    "continue",
    "1e400",
    "!2024-13-01!",
    "?99:00:00?",
    "0x",
    "[[0]]",
    "{0}",
    "ALERT(",
    "JSON Parse(\"",
    "/*",
    "*/",
];

fn mutated() -> impl Strategy<Value = String> {
    (
        0..SNIPPETS.len(),
        prop::collection::vec((0usize..400, 0usize..8, 0..FRAGMENTS.len()), 1..6),
    )
        .prop_map(|(i, edits)| {
            let mut s: Vec<char> = SNIPPETS[i].chars().collect();
            for (at, len, frag) in edits {
                let at = at % (s.len() + 1);
                let end = (at + len).min(s.len());
                if len % 2 == 0 {
                    s.drain(at..end);
                } else {
                    s.splice(at..at, FRAGMENTS[frag].chars());
                }
            }
            s.into_iter().collect()
        })
}

proptest! {
    #![proptest_config(common::config(100_000))]

    #[test]
    fn running_random_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        run(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn running_random_statements_never_panics(src in program()) {
        run(&src);
    }

    #[test]
    fn running_mutated_snippets_never_panics(src in mutated()) {
        run(&src);
    }
}

/// Every snippet runs as written (the mutations start from working code).
#[test]
fn snippets_run_unmutated() {
    for s in SNIPPETS {
        run(s);
    }
}
