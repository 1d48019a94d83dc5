//! Reliability of `fourd run`, through the real binary (README "Reliability"):
//! - a Rust panic becomes an "internal error" report with exit code 70;
//! - unbounded recursion is 4D's "stack full" error at `MAX_CALL_DEPTH`, in the main
//!   process and in workers;
//! - `--timeout` stops runaway loops, `Try` cannot swallow it, and a process blocked
//!   outside 4D code is stopped by the watchdog;
//! - `--max-memory` turns runaway allocation into error -108; 10 million elements and a
//!   100 MB text still work under the default limit;
//! - nothing is lost: never exit 0 after an uncaught error, output written before a
//!   failure reaches stdout, a failing worker or process is named in the report.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

struct Out {
    stdout: String,
    stderr: String,
    code: i32,
    elapsed: Duration,
}

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("fourd-reliability-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Write the files, run `main.4dm` with `flags`, and collect the outcome.
fn run_env(name: &str, files: &[(&str, &str)], flags: &[&str], env: &[(&str, &str)]) -> Out {
    let d = dir(name);
    for (f, text) in files {
        if let Some(parent) = d.join(f).parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(d.join(f), text).unwrap();
    }
    let t0 = Instant::now();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_fourd"));
    cmd.arg("run").args(flags).arg(d.join("main.4dm"));
    cmd.env("FOURD_SEED", "1");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run fourd");
    let elapsed = t0.elapsed();
    let _ = std::fs::remove_dir_all(&d);
    Out {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
        elapsed,
    }
}

fn run(name: &str, files: &[(&str, &str)], flags: &[&str]) -> Out {
    run_env(name, files, flags, &[])
}

// ------------------------------------------------------------------------ panics

#[test]
fn a_panic_is_an_internal_error_with_exit_code_70_and_output_is_kept() {
    let o = run_env(
        "panic",
        &[("main.4dm", "ALERT(\"written before\")\n")],
        &[],
        &[("FOURD_DEBUG_PANIC", "1")],
    );
    assert_eq!(o.code, 70, "{}", o.stderr);
    assert_eq!(o.stdout, "written before\n");
    assert!(
        o.stderr
            .starts_with("fourd: internal error: FOURD_DEBUG_PANIC"),
        "{}",
        o.stderr
    );
    assert!(o.stderr.contains("please report it"), "{}", o.stderr);
    assert!(!o.stderr.contains("stack backtrace"), "{}", o.stderr);
}

// ------------------------------------------------------------------------ recursion

const RECURSE: &str = "\
#DECLARE($n : Integer) -> $r : Integer
$r:=recurse($n+1)
";

#[test]
fn unbounded_recursion_is_stack_full_in_the_main_process() {
    let o = run(
        "recursion",
        &[
            ("main.4dm", "ALERT(\"start\")\nrecurse(1)\n"),
            ("recurse.4dm", RECURSE),
        ],
        &[],
    );
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert_eq!(o.stdout, "start\n");
    assert!(
        o.stderr.contains("[-10710]") && o.stderr.contains("more than 2000 nested calls"),
        "{}",
        o.stderr
    );
    assert!(o.stderr.contains("times"), "recursion folded: {}", o.stderr);
}

#[test]
fn unbounded_recursion_in_a_worker_is_stack_full_and_names_the_worker() {
    let o = run(
        "recursion-worker",
        &[
            ("main.4dm", "CALL WORKER(\"deep\"; \"recurse\"; 1)\n"),
            ("recurse.4dm", RECURSE),
        ],
        &[],
    );
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(
        o.stderr.contains("uncaught error in process") && o.stderr.contains("\"deep\""),
        "{}",
        o.stderr
    );
    assert!(o.stderr.contains("[-10710]"), "{}", o.stderr);
}

#[test]
fn mutual_recursion_through_formulas_and_classes_is_stack_full() {
    let class = "\
Function down($n : Integer) : Integer
\treturn This.down($n+1)
";
    let o = run(
        "recursion-class",
        &[
            (
                "main.4dm",
                "var $f : 4D.Function\n$f:=Formula(cs.Deep.new().down(1))\n$f.call()\n",
            ),
            ("Classes/Deep.4dm", class),
        ],
        &[],
    );
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(o.stderr.contains("[-10710]"), "{}", o.stderr);
}

// ------------------------------------------------------------------------ timeout

#[test]
fn timeout_stops_a_runaway_loop() {
    let o = run(
        "timeout-loop",
        &[("main.4dm", "ALERT(\"before\")\nWhile (True)\nEnd while\n")],
        &["--timeout", "0.5"],
    );
    assert_eq!(o.code, 4, "{}", o.stderr);
    assert_eq!(o.stdout, "before\n");
    assert!(
        o.stderr.contains("[-10791]") && o.stderr.contains("Time limit exceeded"),
        "{}",
        o.stderr
    );
    assert!(o.elapsed < Duration::from_secs(5), "{:?}", o.elapsed);
}

#[test]
fn timeout_cannot_be_swallowed_by_try_or_an_error_handler() {
    let main = "\
ON ERR CALL(\"handler\")
var $i : Integer
While (True)
\tTry
\t\t$i:=$i+1
\tCatch
\t\t$i:=0
\tEnd try
End while
";
    let o = run(
        "timeout-try",
        &[("main.4dm", main), ("handler.4dm", "$x:=1\n")],
        &["--timeout", "0.5"],
    );
    assert_eq!(o.code, 4, "{}", o.stderr);
    assert!(o.stderr.contains("Time limit exceeded"), "{}", o.stderr);
    assert!(o.elapsed < Duration::from_secs(5), "{:?}", o.elapsed);
}

#[test]
fn timeout_stops_workers_and_reports_once() {
    let spin = "While (True)\nEnd while\n";
    let main = "\
var $i : Integer
For ($i; 1; 4)
\tCALL WORKER(\"spin\"+String($i); \"spin\")
End for
";
    let o = run(
        "timeout-workers",
        &[("main.4dm", main), ("spin.4dm", spin)],
        &["--timeout", "0.5"],
    );
    assert_eq!(o.code, 4, "{}", o.stderr);
    assert_eq!(
        o.stderr.matches("Time limit exceeded").count(),
        1,
        "{}",
        o.stderr
    );
    assert!(o.elapsed < Duration::from_secs(5), "{:?}", o.elapsed);
}

#[test]
fn timeout_stops_a_process_blocked_outside_4d_code() {
    let o = run(
        "timeout-blocked",
        &[(
            "main.4dm",
            "ALERT(\"waiting\")\nDELAY PROCESS(Current process; 60*60*60)\n",
        )],
        &["--timeout", "0.5"],
    );
    assert_eq!(o.code, 4, "{}", o.stderr);
    assert_eq!(o.stdout, "waiting\n");
    assert!(o.stderr.contains("Time limit exceeded"), "{}", o.stderr);
    assert!(o.elapsed < Duration::from_secs(6), "{:?}", o.elapsed);
}

#[test]
fn timeout_and_max_memory_flags_are_checked() {
    for bad in [
        &["--timeout", "soon"][..],
        &["--timeout", "-1"],
        &["--max-memory", "lots"],
    ] {
        let o = run("flags", &[("main.4dm", "")], bad);
        assert_eq!(o.code, 2, "{bad:?}: {}", o.stderr);
        assert!(o.stderr.contains(bad[0]), "{}", o.stderr);
    }
}

// ------------------------------------------------------------------------ memory

#[test]
fn a_huge_text_repetition_is_a_memory_error_not_an_abort() {
    let o = run(
        "memory-repeat",
        &[("main.4dm", "var $t : Text\n$t:=\"abc\"*1000000000000\n")],
        &[],
    );
    assert_eq!(o.code, 4, "{}", o.stderr);
    assert!(
        o.stderr.contains("[-108]") && o.stderr.contains("Not enough memory"),
        "{}",
        o.stderr
    );
}

#[test]
fn runaway_allocation_stops_at_max_memory() {
    let main = "\
var $c : Collection
$c:=New collection
ALERT(\"start\")
While (True)
\t$c.push(\"some text that grows the heap \"+String($c.length))
End while
";
    let o = run(
        "memory-loop",
        &[("main.4dm", main)],
        &["--max-memory", "64M", "--timeout", "60"],
    );
    assert_eq!(o.code, 4, "{}", o.stderr);
    assert_eq!(o.stdout, "start\n");
    assert!(
        o.stderr.contains("[-108]") && o.stderr.contains("limit of 64 MB"),
        "{}",
        o.stderr
    );
}

#[test]
fn a_memory_error_can_be_caught_and_the_run_goes_on() {
    let main = "\
var $c : Collection
Try
\t$c:=New collection.resize(1000000000000)
Catch
\tALERT(String(Last errors[0].errCode))
End try
ALERT(\"still running\")
";
    let o = run("memory-catch", &[("main.4dm", main)], &[]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert_eq!(o.stdout, "-108\nstill running\n");
}

#[test]
fn ten_million_elements_and_a_100_mb_text_work() {
    let main = "\
var $c : Collection
var $t : Text
$c:=New collection.resize(10000000; 1)
$c[9999999]:=5
ALERT(String($c.length)+\" \"+String($c.sum()))
ARRAY LONGINT($a; 10000000)
$a{10000000}:=7
ALERT(String(Size of array($a))+\" \"+String($a{10000000}))
$t:=\"0123456789\"*(10*1024*1024)
$t:=$t+\"end\"
ALERT(String(Length($t))+\" \"+Substring($t; Length($t)-2))
";
    let o = run("big", &[("main.4dm", main)], &[]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert_eq!(o.stdout, "10000000 10000004\n10000000 7\n104857603 end\n");
}

// ------------------------------------------------------------------------ nothing lost

#[test]
fn output_before_an_uncaught_error_is_flushed_and_the_exit_code_is_1() {
    let main = "\
var $i : Integer
For ($i; 1; 5000)
\tALERT(\"line \"+String($i))
End for
throw(1001; \"Disk on fire\")
";
    let o = run("flush", &[("main.4dm", main)], &[]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert_eq!(o.stdout.lines().count(), 5000);
    assert!(o.stdout.ends_with("line 5000\n"));
    assert!(o.stderr.contains("Disk on fire"), "{}", o.stderr);
}

#[test]
fn a_failing_worker_is_named_and_the_run_fails() {
    let main = "\
CALL WORKER(\"accounting\"; \"fail\")
ALERT(\"main done\")
";
    let o = run(
        "worker-fails",
        &[
            ("main.4dm", main),
            (
                "fail.4dm",
                "ALERT(\"in worker\")\nthrow(1002; \"Ledger mismatch\")\n",
            ),
        ],
        &[],
    );
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(o.stdout.contains("main done\n") && o.stdout.contains("in worker\n"));
    assert!(
        o.stderr.contains("uncaught error in process")
            && o.stderr.contains("\"accounting\"")
            && o.stderr.contains("Ledger mismatch")
            && o.stderr.contains("fail"),
        "{}",
        o.stderr
    );
}

#[test]
fn a_failing_process_is_named_and_the_run_fails() {
    let main = "$p:=New process(\"fail\"; 0; \"reporter\")\n";
    let o = run(
        "process-fails",
        &[
            ("main.4dm", main),
            ("fail.4dm", "throw(77; \"custom failure\")\n"),
        ],
        &[],
    );
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(
        o.stderr.contains("\"reporter\"") && o.stderr.contains("custom failure"),
        "{}",
        o.stderr
    );
}

#[test]
fn an_error_inside_an_error_handler_fails_the_run() {
    let main = "ON ERR CALL(\"handler\")\nthrow(1; \"first\")\nALERT(\"after\")\n";
    let o = run(
        "handler-fails",
        &[
            ("main.4dm", main),
            ("handler.4dm", "throw(2; \"in the handler\")\n"),
        ],
        &[],
    );
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert_eq!(o.stdout, "");
}

#[test]
fn an_error_in_before_code_fails_the_run() {
    let o = run(
        "before-fails",
        &[("main.4dm", "ALERT(\"main\")\n")],
        &["--before", "throw(3; \"before failed\")"],
    );
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert_eq!(o.stdout, "");
}

#[test]
fn a_worker_failing_after_the_main_method_returned_still_fails_the_run() {
    let slow = "DELAY PROCESS(Current process; 30)\nthrow(4; \"late failure\")\n";
    let o = run(
        "late-failure",
        &[
            ("main.4dm", "CALL WORKER(\"late\"; \"slow\")\n"),
            ("slow.4dm", slow),
        ],
        &[],
    );
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(o.stderr.contains("\"late\""), "{}", o.stderr);
}
