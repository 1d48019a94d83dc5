//! Robustness: the lexer and parser never panic and never overflow the stack, on arbitrary
//! bytes, on random token soup and on mutated 4D snippets (proptest), and absurd nesting
//! is rejected quickly with a diagnostic. Rendering every diagnostic must not panic either.

mod common;

use fourd::{ast_dump, diagnostics, lexer, parser};
use proptest::prelude::*;
use std::time::{Duration, Instant};

/// Lex, parse, dump and render everything: none of it may panic.
fn exercise(src: &str) {
    let lexed = lexer::lex(src, None);
    for (_, span) in &lexed.tokens {
        assert!(span.start <= span.end && span.end <= src.len());
    }
    let parsed = parser::parse(src, None);
    let _ = ast_dump::dump(&parsed.file);
    for d in &parsed.diagnostics {
        let _ = diagnostics::render(d, "prop.4dm", src, false);
    }
}

const TOKENS: &[&str] = &[
    "If",
    "Else",
    "End if",
    "Case of",
    "End case",
    ":",
    "While",
    "End while",
    "Repeat",
    "Until",
    "For",
    "End for",
    "For each",
    "End for each",
    "Use",
    "End use",
    "Try",
    "Catch",
    "End try",
    "Begin SQL",
    "End SQL",
    "var",
    "return",
    "break",
    "continue",
    "Function",
    "Class constructor",
    "Class extends",
    "property",
    "#DECLARE",
    "...",
    "$x",
    "$1",
    "${",
    "<>ip",
    "$",
    "ALERT",
    "New object",
    "Current date",
    "cs",
    "4D",
    "This",
    "Super",
    "[T]",
    "[T:3]F:2",
    "ALERT:C41",
    "Is text:K8:3",
    "\"text\"",
    "\"unterminated",
    "12",
    "1.5e3",
    "0x1F",
    "!2024-01-31!",
    "!99-99-99!",
    "?12:00:00?",
    ":=",
    "+=",
    "-=",
    "*=",
    "/=",
    "+",
    "-",
    "*",
    "/",
    "\\",
    "%",
    "^",
    "=",
    "#",
    "<",
    ">",
    "<=",
    ">=",
    "&",
    "|",
    "&&",
    "||",
    "^|",
    "<<",
    ">>",
    "?+",
    "?-",
    "??",
    "*+",
    "*|",
    "->",
    ".",
    "[",
    "]",
    "[[",
    "]]",
    "(",
    ")",
    "{",
    "}",
    ";",
    "?",
    "//c",
    "/*",
    "*/",
    "`",
    "\n",
    "\r\n",
    "\r",
    "\\\n",
    " ",
    "\t",
    "@",
    "“",
    "é",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec((0..TOKENS.len(), prop::bool::ANY), 0..80).prop_map(|v| {
        let mut s = String::new();
        for (i, space) in v {
            s.push_str(TOKENS[i]);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

const SNIPPETS: &[&str] = &[
    "#DECLARE($a : Text; $b : Integer) -> $r : Text\n$r:=$a*$b\n",
    "If ($x>1) & ($y<2)\n\tALERT(\"a\")\nElse\n\t$z:=-$x+1\nEnd if\n",
    "Case of\n\t: ($a=1)\n\t\t$b:=[1; 2; {c: 3}]\n\tElse\n\t\t$b:=Null\nEnd case\n",
    "For each ($item; $col; 0; 5) Until ($n>3)\n\t$n+=$item.value\nEnd for each\n",
    "Class extends Base\nproperty a : Integer:=1\nFunction get b() : Text\n\treturn This.a ? \"x\" : \"y\"\n",
    "Try\n\tthrow(1; \"e\")\nCatch\n\t$e:=Last errors\nEnd try\n$v:=Try($o.f())\n",
    "QUERY([T:3]; & [T:3]F:2=1; *)\nSORT ARRAY($a; >)\n$p:=->[T]F\n$p->:=1\n$t[[1]]:=\"a\"\n",
    "Use (Storage)\n\tStorage.x:=New shared object(\"a\"; 1)\nEnd use\n/* nested /* c */ */\n",
];

fn mutated() -> impl Strategy<Value = String> {
    (
        0..SNIPPETS.len(),
        prop::collection::vec((0usize..400, 0usize..8, 0..TOKENS.len()), 1..6),
    )
        .prop_map(|(i, edits)| {
            let mut s: Vec<char> = SNIPPETS[i].chars().collect();
            for (at, len, tok) in edits {
                let at = at % (s.len() + 1);
                let end = (at + len).min(s.len());
                if len % 2 == 0 {
                    s.drain(at..end);
                } else {
                    let ins: Vec<char> = TOKENS[tok].chars().collect();
                    s.splice(at..at, ins);
                }
            }
            s.into_iter().collect()
        })
}

proptest! {
    #![proptest_config(common::config(1_000_000))]

    #[test]
    fn never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        exercise(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn never_panics_on_token_soup(src in soup()) {
        exercise(&src);
    }

    #[test]
    fn never_panics_on_mutated_snippets(src in mutated()) {
        exercise(&src);
    }
}

/// Deep nesting must give a diagnostic, quickly, even on a test thread's small stack.
fn rejects_quickly(src: &str) {
    let start = Instant::now();
    let parsed = parser::parse(src, None);
    let elapsed = start.elapsed();
    assert!(!parsed.diagnostics.is_empty(), "expected a diagnostic");
    assert!(elapsed < Duration::from_secs(5), "took {elapsed:?}");
    drop(parsed);
}

#[test]
fn deep_parentheses() {
    rejects_quickly(&format!(
        "$x:={}1{}\n",
        "(".repeat(10_000),
        ")".repeat(10_000)
    ));
}

#[test]
fn deep_collections() {
    rejects_quickly(&format!(
        "$x:={}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    ));
}

#[test]
fn deep_unary() {
    rejects_quickly(&format!("$x:={}1\n", "-".repeat(10_000)));
    rejects_quickly(&format!("$x:={}$y\n", "->".repeat(10_000)));
}

#[test]
fn deep_ternary() {
    rejects_quickly(&format!("$x:={}c\n", "a ? b : ".repeat(5_000)));
}

#[test]
fn deep_blocks() {
    rejects_quickly(&format!(
        "{}{}",
        "If (True)\n".repeat(10_000),
        "End if\n".repeat(10_000)
    ));
    rejects_quickly(&"Repeat\n".repeat(10_000));
}

#[test]
fn long_operator_chain() {
    rejects_quickly(&format!("$x:=1{}\n", "+1".repeat(20_000)));
    rejects_quickly(&format!(
        "$x:=1{}\n",
        "+1".repeat(parser::MAX_OPERATORS + 1)
    ));
}

#[test]
fn just_under_the_limits_parses() {
    let depth = parser::MAX_BRACKET_DEPTH;
    let src = format!("$x:={}1{}\n", "(".repeat(depth), ")".repeat(depth));
    assert!(parser::parse(&src, None).diagnostics.is_empty());
    let src = format!("$x:=1{}\n", "+1".repeat(parser::MAX_OPERATORS - 1));
    let parsed = parser::parse(&src, None);
    assert!(parsed.diagnostics.is_empty());
    let _ = ast_dump::dump(&parsed.file);
    let blocks = parser::MAX_BLOCK_DEPTH;
    let src = format!(
        "{}{}",
        "If (True)\n".repeat(blocks),
        "End if\n".repeat(blocks)
    );
    assert!(parser::parse(&src, None).diagnostics.is_empty());
}
