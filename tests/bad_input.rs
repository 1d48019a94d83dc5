//! The bad input catalogue: malformed programs run with `fourd run`, each with its exact
//! expected diagnostics (message and `line:column`, without the ariadne drawing) and exit
//! code. Binary inputs (invalid UTF-8, NUL bytes) are byte strings; big inputs (100,000
//! lines, 10,000-deep nesting, a 1 MB line) are generated here, not committed. Every case
//! must finish within a second in an optimised build (`cargo test --release`), 5 s in
//! the debug build (see `LIMIT`): a safety net against hangs and quadratic blow-ups, not
//! a benchmark.
//!
//! To see what fourd currently reports for every case: `FOURD_BLESS=1 cargo test --test
//! bad_input -- --nocapture` prints the table rows with the actual outcome.

use std::process::Command;
use std::time::{Duration, Instant};

enum Src {
    Text(&'static str),
    Bytes(&'static [u8]),
    Gen(fn() -> Vec<u8>),
}

struct Case {
    name: &'static str,
    src: Src,
    code: i32,
    /// Every diagnostic, in order: `line:col Error: message` (`Error: [code] message` for
    /// runtime errors); more than five are summarised (see `summary`).
    diags: &'static [&'static str],
}

use Src::{Bytes, Gen, Text};

fn deep_ifs() -> Vec<u8> {
    format!(
        "{}{}",
        "If (True)\n".repeat(10_000),
        "End if\n".repeat(10_000)
    )
    .into_bytes()
}
fn deep_parens() -> Vec<u8> {
    format!("$x:={}1{}\n", "(".repeat(10_000), ")".repeat(10_000)).into_bytes()
}
fn deep_collections() -> Vec<u8> {
    format!("$x:={}{}\n", "[".repeat(10_000), "]".repeat(10_000)).into_bytes()
}
fn deep_objects() -> Vec<u8> {
    format!("$x:={}1{}\n", "{a: ".repeat(10_000), "}".repeat(10_000)).into_bytes()
}
fn deep_calls() -> Vec<u8> {
    format!("$x:={}1{}\n", "Abs(".repeat(10_000), ")".repeat(10_000)).into_bytes()
}
fn lines_100000_ok() -> Vec<u8> {
    let mut s = String::from("var $x : Integer\n");
    s.push_str(&"$x:=$x+1\n".repeat(100_000));
    s.push_str("If ($x#100000)\n\tthrow(1; \"wrong count\")\nEnd if\n");
    s.into_bytes()
}
fn lines_100000_error_at_end() -> Vec<u8> {
    let mut s = "$x:=1\n".repeat(100_000);
    s.push_str("$y:=\"never closed\n");
    s.into_bytes()
}
fn lines_100000_runtime_error_at_end() -> Vec<u8> {
    let mut s = "// comment line\n".repeat(100_000);
    s.push_str("throw(42; \"at the very end\")\n");
    s.into_bytes()
}
fn lines_100000_unclosed_blocks() -> Vec<u8> {
    "While (False)\n".repeat(100).into_bytes()
}
fn long_line() -> Vec<u8> {
    format!(
        "$x:=\"{}\"\nALERT(String(Length($x)))\n",
        "a".repeat(1 << 20)
    )
    .into_bytes()
}
fn long_operator_chain() -> Vec<u8> {
    format!("$x:=1{}\n", "+1".repeat(100_000)).into_bytes()
}
fn many_errors() -> Vec<u8> {
    "$x:=)\n".repeat(10_000).into_bytes()
}

const CASES: &[Case] = &[
    // ---------------------------------------------------------------- unterminated
    Case {
        name: "unterminated_string",
        src: Text("$x:=\"abc\nALERT($x)\n"),
        code: 3,
        diags: &["1:5 Error: unterminated text literal"],
    },
    Case {
        name: "unterminated_string_at_eof",
        src: Text("$x:=\"abc"),
        code: 3,
        diags: &["1:5 Error: unterminated text literal"],
    },
    Case {
        name: "unterminated_block_comment",
        src: Text("/* never closed\nALERT(1)\n"),
        code: 3,
        diags: &["1:1 Error: unterminated comment"],
    },
    Case {
        name: "unterminated_nested_comment",
        src: Text("/* a /* b */\nALERT(1)\n"),
        code: 3,
        diags: &["1:1 Error: unterminated comment"],
    },
    Case {
        name: "unterminated_if",
        src: Text("If (True)\n\tALERT(1)\n"),
        code: 3,
        diags: &[
            "2:10 Error: missing `End if`: `If` opened at line 1 is still open at the end of the file",
        ],
    },
    Case {
        name: "unterminated_while",
        src: Text("While (False)\n"),
        code: 3,
        diags: &[
            "1:14 Error: missing `End while`: `While` opened at line 1 is still open at the end of the file",
        ],
    },
    Case {
        name: "unterminated_for",
        src: Text("For ($i; 1; 2)\n"),
        code: 3,
        diags: &[
            "1:15 Error: missing `End for`: `For` opened at line 1 is still open at the end of the file",
        ],
    },
    Case {
        name: "unterminated_for_each",
        src: Text("For each ($v; [1])\n"),
        code: 3,
        diags: &[
            "1:19 Error: missing `End for each`: `For each` opened at line 1 is still open at the end of the file",
        ],
    },
    Case {
        name: "unterminated_case",
        src: Text("Case of\n\t: (True)\n"),
        code: 3,
        diags: &[
            "2:10 Error: missing `End case`: `Case of` opened at line 1 is still open at the end of the file",
        ],
    },
    Case {
        name: "unterminated_repeat",
        src: Text("Repeat\n\tALERT(1)\n"),
        code: 3,
        diags: &[
            "2:10 Error: missing `Until`: `Repeat` opened at line 1 is still open at the end of the file",
        ],
    },
    Case {
        name: "unterminated_use",
        src: Text("Use (Storage)\n"),
        code: 3,
        diags: &[
            "1:14 Error: missing `End use`: `Use` opened at line 1 is still open at the end of the file",
        ],
    },
    Case {
        name: "unterminated_try",
        src: Text("Try\n\tALERT(1)\nCatch\n"),
        code: 3,
        diags: &[
            "3:6 Error: missing `End try`: `Try` opened at line 1 is still open at the end of the file",
        ],
    },
    Case {
        name: "unterminated_sql",
        src: Text("Begin SQL\n\tSELECT 1\n"),
        code: 3,
        diags: &["1:1 Error: missing `End SQL`: `Begin SQL` is still open at the end of the file"],
    },
    Case {
        name: "unterminated_paren",
        src: Text("$x:=(1+2\n"),
        code: 3,
        diags: &["1:9 Error: expected `)` to close this `(`"],
    },
    Case {
        name: "unterminated_collection_literal",
        src: Text("$x:=[1; 2\n"),
        code: 3,
        diags: &["1:10 Error: expected `]` to close this `[`"],
    },
    Case {
        name: "unterminated_object_literal",
        src: Text("$x:={a: 1\n"),
        code: 3,
        diags: &["1:10 Error: expected `}` to close this `{`"],
    },
    Case {
        name: "unterminated_call",
        src: Text("ALERT(\"a\"\n"),
        code: 3,
        diags: &["1:10 Error: expected `)` to close the call to `ALERT`"],
    },
    Case {
        name: "unterminated_indexed_parameter",
        src: Text("$x:=${1\n"),
        code: 3,
        diags: &["1:8 Error: expected `}` to close this `${`"],
    },
    // ---------------------------------------------------------------- mismatched ends
    Case {
        name: "end_while_closes_if",
        src: Text("If (True)\n\tALERT(1)\nEnd while\n"),
        code: 3,
        diags: &[
            "3:1 Error: `End while` does not close `If` opened at line 1",
            "3:10 Error: missing `End if`: `If` opened at line 1 is still open at the end of the file",
        ],
    },
    Case {
        name: "end_if_without_if",
        src: Text("ALERT(1)\nEnd if\n"),
        code: 3,
        diags: &["2:1 Error: `End if` without a matching `If`"],
    },
    Case {
        name: "else_without_if",
        src: Text("Else\n"),
        code: 3,
        diags: &["1:1 Error: `Else` outside `If` or `Case of`"],
    },
    Case {
        name: "until_without_repeat",
        src: Text("Until (True)\n"),
        code: 3,
        diags: &["1:1 Error: `Until` without a matching `Repeat`"],
    },
    Case {
        name: "end_case_closes_for",
        src: Text("For ($i; 1; 2)\nEnd case\n"),
        code: 3,
        diags: &[
            "2:1 Error: `End case` does not close `For` opened at line 1",
            "2:9 Error: missing `End for`: `For` opened at line 1 is still open at the end of the file",
        ],
    },
    Case {
        name: "catch_without_try",
        src: Text("Catch\nEnd try\n"),
        code: 3,
        diags: &[
            "1:1 Error: `Catch` without `Try`",
            "2:1 Error: `End try` without a matching `Try`",
        ],
    },
    Case {
        name: "end_for_closes_for_each",
        src: Text("For each ($v; [1])\nEnd for\n"),
        code: 3,
        diags: &[
            "2:1 Error: `End for` does not close `For each` opened at line 1",
            "2:8 Error: missing `End for each`: `For each` opened at line 1 is still open at the end of the file",
        ],
    },
    Case {
        name: "end_use_closes_try",
        src: Text("Try\nEnd use\n"),
        code: 3,
        diags: &[
            "2:1 Error: `End use` does not close `Try` opened at line 1",
            "2:8 Error: missing `End try`: `Try` opened at line 1 is still open at the end of the file",
        ],
    },
    Case {
        name: "crossed_blocks",
        src: Text("If (True)\nWhile (False)\nEnd if\nEnd while\n"),
        code: 3,
        diags: &[
            "3:1 Error: `End if` does not close `While` opened at line 2",
            "4:1 Error: `End while` without a matching `While`",
        ],
    },
    Case {
        name: "extra_close_paren",
        src: Text("$x:=1+2)\n"),
        code: 3,
        diags: &["1:8 Error: unexpected `)`: there is no matching opening bracket"],
    },
    // ---------------------------------------------------------------- bad literals
    Case {
        name: "bad_date_literal",
        src: Text("$d:=!2024-13-45!\n"),
        code: 3,
        diags: &["1:5 Error: `!2024-13-45!` is not a valid date: month 13, day 45"],
    },
    Case {
        name: "bad_time_literal",
        src: Text("$t:=?25:99:99?\n"),
        code: 3,
        diags: &["1:5 Error: `?25:99:99?` is not a valid time: minutes and seconds go up to 59"],
    },
    Case {
        name: "two_decimal_points",
        src: Text("$x:=1.2.3\n"),
        code: 3,
        diags: &["1:9 Error: unexpected number `3` after `.`"],
    },
    // accepted without a diagnostic today (parser gap, reported)
    Case {
        name: "bad_hex_literal",
        src: Text("$x:=0xZZ\n"),
        code: 0,
        diags: &[],
    },
    // accepted as infinity today (parser gap, reported)
    Case {
        name: "number_too_large",
        src: Text("$x:=1e999\nALERT(String($x))\n"),
        code: 0,
        diags: &[],
    },
    Case {
        name: "bad_escape_in_text",
        src: Text("$x:=\"a\\qb\"\nALERT($x)\n"),
        code: 0,
        diags: &[],
    },
    Case {
        name: "lone_operator",
        src: Text("$x:=*\n"),
        code: 3,
        diags: &["1:5 Error: unexpected `*` after `:=`"],
    },
    Case {
        name: "missing_operand",
        src: Text("$x:=1+\n"),
        code: 3,
        diags: &["1:7 Error: expected an expression after `+`, found the end of the line"],
    },
    Case {
        name: "assign_to_literal",
        src: Text("1:=2\n"),
        code: 3,
        diags: &[
            "1:1 Error: cannot assign to this expression: the left of `:=` must be a variable, field, property, element or dereferenced pointer",
        ],
    },
    Case {
        name: "bad_tokenized_command",
        src: Text("ALERT:C(1)\n"),
        code: 3,
        diags: &["1:6 Error: unexpected `:` after `ALERT`"],
    },
    // ---------------------------------------------------------------- declarations
    Case {
        name: "unknown_type",
        src: Text("var $x : Nope\n"),
        code: 3,
        diags: &[
            "1:10 Error: unknown type `Nope`: expected Text, Integer, Real, Boolean, Date, Time, Object, Collection, Variant, Pointer, Picture, Blob, cs.Class or 4D.Class",
        ],
    },
    Case {
        name: "declare_not_first",
        src: Text("ALERT(1)\n#DECLARE($a : Integer)\n"),
        code: 3,
        diags: &["2:1 Error: `#DECLARE` must be the first line of a method"],
    },
    // accepted today (resolver gap, reported)
    Case {
        name: "function_in_a_method",
        src: Text("Function f()\n\treturn 1\n"),
        code: 0,
        diags: &[],
    },
    // accepted today (resolver gap, reported)
    Case {
        name: "break_outside_a_loop",
        src: Text("break\n"),
        code: 0,
        diags: &[],
    },
    // ---------------------------------------------------------------- runtime
    Case {
        name: "unknown_command",
        src: Text("FOO BAR(1)\n"),
        code: 1,
        diags: &["1:1 Error: [-10508] The method `FOO BAR` does not exist"],
    },
    // the name wins over an unknown number today (reported)
    Case {
        name: "unknown_command_number",
        src: Text("ALERT:C99999(\"x\")\n"),
        code: 0,
        diags: &[],
    },
    Case {
        name: "too_many_arguments",
        src: Text("ALERT(1; 2; 3)\n"),
        code: 1,
        diags: &["1:1 Error: [-1] `ALERT` called with 3 argument(s); it takes 1 to 2"],
    },
    Case {
        name: "too_few_arguments",
        src: Text("$x:=Substring(\"abc\")\n"),
        code: 1,
        diags: &["1:1 Error: [-1] `Substring` called with 1 argument(s); it takes 2 to 3"],
    },
    Case {
        name: "wrong_argument_type",
        src: Text("$x:=Length(New object)\n"),
        code: 1,
        diags: &["1:1 Error: [-10703] Parameter 1 should be of type Text but is Object"],
    },
    Case {
        name: "wrong_argument_type_member",
        src: Text("$c:=New collection(1; 2)\n$x:=$c.slice(\"a\"; New object)\n"),
        code: 1,
        diags: &["2:1 Error: [-10703] Parameter 2 should be of type Number but is Object"],
    },
    Case {
        name: "unknown_member_function",
        src: Text("$o:=New object\n$o.missing()\n"),
        code: 1,
        diags: &[
            "2:1 Error: [-10707] The member function `missing()` does not exist on this object",
        ],
    },
    Case {
        name: "unknown_class",
        src: Text("$x:=cs.Nope.new()\n"),
        code: 1,
        diags: &["1:1 Error: [-10706] Cannot call `new()` on an undefined value"],
    },
    Case {
        name: "typed_assignment_mismatch",
        src: Text("var $i : Integer\n$i:=\"text\"\n"),
        code: 1,
        diags: &[
            "2:1 Error: [-10703] Cannot assign a value of type Text to a variable of type Integer",
        ],
    },
    Case {
        name: "nil_pointer",
        src: Text("var $p : Pointer\n$p->:=1\n"),
        code: 1,
        diags: &["2:1 Error: [-10711] Dereferencing a Nil pointer"],
    },
    Case {
        name: "field_without_database",
        src: Text("$x:=[Invoices]Total\n"),
        code: 1,
        diags: &["1:1 Error: [-10714] [Invoices]Total: there is no database (fourd runs dataless)"],
    },
    Case {
        name: "json_parse_garbage",
        src: Text("$x:=JSON Parse(\"{nope\")\n"),
        code: 1,
        diags: &[
            "1:1 Error: [-10716] JSON parsing error at line 1, column 2: key must be a string",
        ],
    },
    Case {
        name: "bad_regex",
        src: Text("$x:=Match regex(\"(\"; \"abc\")\n"),
        code: 1,
        diags: &[
            "1:1 Error: [-1] Invalid regular expression pattern: found open group without closing ')'",
        ],
    },
    // ---------------------------------------------------------------- bytes
    Case {
        name: "invalid_utf8_in_text",
        src: Bytes(b"$x:=\"\xff\xfe\"\nALERT(String(Length($x)))\n"),
        code: 0,
        diags: &[],
    },
    Case {
        name: "invalid_utf8_in_code",
        src: Bytes(b"\xff\xfe:=1\n"),
        code: 3,
        diags: &["1:1 Error: invalid character"],
    },
    Case {
        name: "truncated_utf8_sequence",
        src: Bytes(b"ALERT(\"caf\xc3\")\n"),
        code: 0,
        diags: &[],
    },
    Case {
        name: "nul_byte_in_code",
        src: Bytes(b"ALERT(1)\x00\n"),
        code: 3,
        diags: &["1:9 Error: invalid character"],
    },
    Case {
        name: "nul_byte_in_text",
        src: Bytes(b"$x:=\"a\x00b\"\nALERT(String(Length($x)))\n"),
        code: 0,
        diags: &[],
    },
    Case {
        name: "only_nul_bytes",
        src: Bytes(b"\x00\x00\x00\x00"),
        code: 3,
        diags: &["1:1 Error: invalid character"],
    },
    Case {
        name: "utf16_file",
        src: Bytes(b"\xff\xfeA\x00L\x00E\x00R\x00T\x00(\x001\x00)\x00\n\x00"),
        code: 3,
        diags: &[
            "1:1 Error: invalid character",
            "2:1 Error: invalid character",
        ],
    },
    Case {
        name: "empty_file",
        src: Text(""),
        code: 0,
        diags: &[],
    },
    Case {
        name: "lone_carriage_returns",
        src: Text("ALERT(\"a\")\rALERT(\"b\")\r"),
        code: 0,
        diags: &[],
    },
    // ---------------------------------------------------------------- big
    Case {
        name: "nesting_10000_blocks",
        src: Gen(deep_ifs),
        code: 3,
        diags: &["513:1 Error: control structures nested more than 512 deep"],
    },
    Case {
        name: "nesting_10000_parentheses",
        src: Gen(deep_parens),
        code: 3,
        diags: &["1:133 Error: brackets nested more than 128 deep"],
    },
    Case {
        name: "nesting_10000_collections",
        src: Gen(deep_collections),
        code: 3,
        diags: &["1:133 Error: brackets nested more than 128 deep"],
    },
    Case {
        name: "nesting_10000_objects",
        src: Gen(deep_objects),
        code: 3,
        diags: &["1:517 Error: brackets nested more than 128 deep"],
    },
    Case {
        name: "nesting_10000_calls",
        src: Gen(deep_calls),
        code: 3,
        diags: &["1:520 Error: brackets nested more than 128 deep"],
    },
    Case {
        name: "lines_100000_run",
        src: Gen(lines_100000_ok),
        code: 0,
        diags: &[],
    },
    Case {
        name: "lines_100000_syntax_error_at_end",
        src: Gen(lines_100000_error_at_end),
        code: 3,
        diags: &["100001:5 Error: unterminated text literal"],
    },
    Case {
        name: "lines_100000_runtime_error_at_end",
        src: Gen(lines_100000_runtime_error_at_end),
        code: 1,
        diags: &["100001:1 Error: [42] at the very end"],
    },
    Case {
        name: "many_unclosed_blocks",
        src: Gen(lines_100000_unclosed_blocks),
        code: 3,
        diags: &[
            "100:14 Error: missing `End while`: `While` opened at line 100 is still open at the end of the file",
            "100:14 Error: missing `End while`: `While` opened at line 99 is still open at the end of the file",
            "... 100 diagnostics in all ...",
            "100:14 Error: missing `End while`: `While` opened at line 1 is still open at the end of the file",
        ],
    },
    Case {
        name: "line_of_one_megabyte",
        src: Gen(long_line),
        code: 0,
        diags: &[],
    },
    Case {
        name: "operator_chain_100000",
        src: Gen(long_operator_chain),
        code: 3,
        diags: &["1:2006 Error: expression too complex for one line"],
    },
    Case {
        name: "ten_thousand_errors",
        src: Gen(many_errors),
        code: 3,
        diags: &[
            "1:5 Error: unexpected `)`: there is no matching opening bracket",
            "2:5 Error: unexpected `)`: there is no matching opening bracket",
            "... 10000 diagnostics in all ...",
            "10000:5 Error: unexpected `)`: there is no matching opening bracket",
        ],
    },
];

/// The diagnostics of a report, without the drawing: `line:col Error: message`.
fn diagnostics(stderr: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut lines = stderr.lines().peekable();
    while let Some(l) = lines.next() {
        let Some(msg) = l
            .strip_prefix("Error: ")
            .map(|m| ("Error", m))
            .or_else(|| l.strip_prefix("Warning: ").map(|m| ("Warning", m)))
        else {
            if l.starts_with("Error [") || l.starts_with("fourd:") {
                out.push(l.to_string());
            }
            continue;
        };
        let at = lines
            .peek()
            .and_then(|n| n.trim_start().strip_prefix("╭─["))
            .and_then(|n| n.trim().strip_suffix(']'))
            .and_then(|n| {
                n.trim()
                    .rsplitn(3, ':')
                    .collect::<Vec<_>>()
                    .get(..2)
                    .map(|v| format!("{}:{}", v[1], v[0]))
            });
        match at {
            Some(at) => out.push(format!("{at} {}: {}", msg.0, msg.1)),
            None => out.push(format!("{}: {}", msg.0, msg.1)),
        }
    }
    out
}

/// The per-case safety net: a second in an optimised build; the debug build that plain
/// `cargo test` makes runs the 100,000-line cases in 0.3-0.5 s on an idle machine, but
/// other builds on a shared 2-core CI box can slow it several times, so it gets 5 s.
const LIMIT: Duration = if cfg!(debug_assertions) {
    Duration::from_secs(5)
} else {
    Duration::from_secs(1)
};

/// Long lists keep their first two and last entries and the count.
fn summary(d: Vec<String>) -> Vec<String> {
    if d.len() <= 5 {
        return d;
    }
    vec![
        d[0].clone(),
        d[1].clone(),
        format!("... {} diagnostics in all ...", d.len()),
        d[d.len() - 1].clone(),
    ]
}

#[test]
fn bad_input_catalogue() {
    assert!(CASES.len() >= 50, "{} cases", CASES.len());
    let bless = std::env::var_os("FOURD_BLESS").is_some();
    let dir = std::env::temp_dir().join(format!("fourd-bad-input-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut failures = Vec::new();
    for case in CASES {
        let bytes = match &case.src {
            Text(t) => t.as_bytes().to_vec(),
            Bytes(b) => b.to_vec(),
            Gen(f) => f(),
        };
        let case_dir = dir.join(case.name);
        std::fs::create_dir_all(&case_dir).unwrap();
        let file = case_dir.join("case.4dm");
        std::fs::write(&file, &bytes).unwrap();
        let t0 = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_fourd"))
            .arg("run")
            .args(["--timeout", "10"])
            .arg(&file)
            .current_dir(&case_dir)
            .env("NO_COLOR", "1")
            .output()
            .expect("run fourd");
        let elapsed = t0.elapsed();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let code = out.status.code().unwrap_or(-1);
        let diags = summary(diagnostics(&stderr));
        if bless {
            println!(
                "    Case {{\n        name: {:?},\n        code: {code},\n        diags: &{:?},\n    }}, // {elapsed:?}",
                case.name, diags
            );
            continue;
        }
        if code != case.code || diags != case.diags {
            failures.push(format!(
                "{}: exit {code} (expected {}), diagnostics {diags:#?} (expected {:#?})\n{stderr}",
                case.name, case.code, case.diags
            ));
        }
        if elapsed > LIMIT {
            failures.push(format!("{}: took {elapsed:?}", case.name));
        }
        assert!(
            !stderr.contains("internal error") && !stderr.contains("panicked"),
            "{}: {stderr}",
            case.name
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
