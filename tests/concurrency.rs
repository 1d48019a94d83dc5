//! Stress tests of processes and shared objects, run through the real `fourd` binary on
//! programs written to a temporary folder:
//! - 8 workers × 100,000 increments under `Use` lose nothing;
//! - writes outside `Use` from several processes always raise -10720 and never corrupt
//!   the value;
//! - a deliberate two-process deadlock is reported (error -10790) naming both processes
//!   and lines, not hung;
//! - 4 workers and 4 processes mixing `Use` increments, shared-collection pushes, signals
//!   and `KILL WORKER` give exact totals, the same on every run (3 runs; 50 with
//!   `FOURD_LONG_TESTS=1`).

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("fourd-concurrency-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Write the files and run `main.4dm`; returns (stdout, stderr, exit code, time).
fn run(name: &str, files: &[(&str, &str)], flags: &[&str]) -> (String, String, i32, Duration) {
    let d = dir(name);
    for (f, text) in files {
        std::fs::write(d.join(f), text).unwrap();
    }
    let t0 = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_fourd"))
        .arg("run")
        .args(flags)
        .arg(d.join("main.4dm"))
        .env("FOURD_SEED", "1")
        .output()
        .expect("run fourd");
    let elapsed = t0.elapsed();
    let _ = std::fs::remove_dir_all(&d);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
        elapsed,
    )
}

const INCREMENT: &str = "\
#DECLARE($counter : Object; $count : Integer; $done : Object)
var $i : Integer
For ($i; 1; $count)
\tUse ($counter)
\t\t$counter.value:=$counter.value+1
\tEnd use
End for
$done.trigger()
";

fn counter_main(workers: u32, increments: u32) -> String {
    format!(
        "\
var $counter : Object
var $signals : Collection
var $i; $t0 : Integer
$counter:=New shared object(\"value\"; 0)
$signals:=New collection
$t0:=Milliseconds
For ($i; 1; {workers})
\t$signals.push(New signal)
\tCALL WORKER(\"w\"+String($i); \"increment\"; $counter; {increments}; $signals[$i-1])
End for
For each ($s; $signals)
\t$s.wait(120)
End for each
ALERT(String($counter.value))
ALERT(String(Milliseconds-$t0))
"
    )
}

#[test]
fn eight_workers_times_100000_increments_lose_nothing() {
    let (out, err, code, _) = run(
        "counter",
        &[
            ("main.4dm", &counter_main(8, 100_000)),
            ("increment.4dm", INCREMENT),
        ],
        &["--wait-timeout", "120"],
    );
    assert_eq!(code, 0, "stderr: {err}");
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("800000"), "stdout: {out}");
    let ms: f64 = lines.next().unwrap_or("0").parse().unwrap_or(0.0);
    eprintln!(
        "8 x 100000 increments under Use: {ms} ms ({:.0} increments/s)",
        800_000.0 / (ms / 1000.0).max(1e-9)
    );
}

#[test]
fn writes_outside_use_always_fail_and_never_corrupt() {
    let writer = "\
#DECLARE($counter : Object; $count : Integer; $result : Object)
var $i; $errors : Integer
For ($i; 1; $count)
\tTry
\t\t$counter.value:=$counter.value+1
\tCatch
\t\tIf (Last errors[0].errCode=-10720)
\t\t\t$errors:=$errors+1
\t\tEnd if
\tEnd try
End for
Use ($result)
\t$result.errors:=$result.errors+$errors
End use
$result.trigger()
";
    let main = "\
var $counter : Object
var $results : Collection
var $i; $errors : Integer
$counter:=New shared object(\"value\"; 0)
$results:=New collection
For ($i; 1; 4)
\t$results.push(New signal)
\tUse ($results[$i-1])
\t\t$results[$i-1].errors:=0
\tEnd use
\tCALL WORKER(\"writer\"+String($i); \"writer\"; $counter; 5000; $results[$i-1])
End for
For each ($r; $results)
\t$r.wait(60)
\t$errors:=$errors+$r.errors
End for each
ALERT(String($errors))
ALERT(String($counter.value))
";
    let (out, err, code, _) = run(
        "outside",
        &[("main.4dm", main), ("writer.4dm", writer)],
        &[],
    );
    assert_eq!(code, 0, "stderr: {err}");
    assert_eq!(
        out, "20000\n0\n",
        "every write failed and the value is intact"
    );
}

#[test]
fn a_two_process_deadlock_is_reported_not_hung() {
    let other = "\
#DECLARE($a : Object; $b : Object; $holding : Object)
Use ($b)
\t$holding.trigger()
\tUse ($a)
\t\t$a.done:=True
\tEnd use
End use
";
    let main = "\
var $a; $b; $holding : Object
var $p : Integer
$a:=New shared object
$b:=New shared object
$holding:=New signal
Use ($a)
\t$p:=New process(\"other\"; 0; \"other\"; $a; $b; $holding)
\t$holding.wait(10)
\tWhile (Process state($p)#4)
\t\tDELAY PROCESS(Current process; 1)
\tEnd while
\tUse ($b)
\tEnd use
End use
";
    let (_, err, code, elapsed) = run(
        "deadlock",
        &[("main.4dm", main), ("other.4dm", other)],
        &["--wait-timeout", "20"],
    );
    assert_eq!(code, 1);
    assert!(err.contains("-10790") && err.contains("Deadlock"), "{err}");
    // Both processes and both lines are named.
    assert!(
        err.contains("process 1 (Main process) in main at line 12")
            && err.contains("process 2 (other) in other at line 4"),
        "{err}"
    );
    assert!(elapsed < Duration::from_secs(15), "took {elapsed:?}");
}

/// The per-process work of the mixed stress test: increments under `Use`, pushes through
/// the shared collection's member function (which takes the lock itself), then a signal.
const WORK: &str = "\
#DECLARE($counter : Object; $items : Collection; $count : Integer; $id : Text; $done : Object)
var $i : Integer
For ($i; 1; $count)
\tUse ($counter)
\t\t$counter.value:=$counter.value+1
\tEnd use
\t$items.push($id)
End for
$done.trigger()
";

/// A worker message that blocks until `$go` is triggered, then counts once.
const VICTIM: &str = "\
#DECLARE($counter : Object; $started : Object; $go : Object)
$started.trigger()
$go.wait(60)
Use ($counter)
\t$counter.value:=$counter.value+1000000
End use
";

const MIXED_MAIN: &str = "\
var $counter : Object
var $items : Collection
var $signals : Collection
var $i; $n; $p : Integer
var $started; $go; $again : Object
$counter:=New shared object(\"value\"; 0)
$items:=New shared collection
$signals:=New collection
$n:=5000
For ($i; 1; 4)
\t$signals.push(New signal)
\tCALL WORKER(\"worker\"+String($i); \"work\"; $counter; $items; $n; \"w\"+String($i); $signals[$signals.length-1])
\t$signals.push(New signal)
\t$p:=New process(\"work\"; 0; \"process\"+String($i); $counter; $items; $n; \"p\"+String($i); $signals[$signals.length-1])
End for
// KILL WORKER: the victim is blocked in its first message; five more are queued, then
// the worker is killed: the running message finishes, the queued ones are dropped.
$started:=New signal
$go:=New signal
CALL WORKER(\"victim\"; \"victim\"; $counter; $started; $go)
$started.wait(60)
For ($i; 1; 5)
\tCALL WORKER(\"victim\"; \"victim\"; $counter; New signal; New signal)
End for
KILL WORKER(\"victim\")
$go.trigger()
// A killed worker's name can be called again: a new worker runs the message.
$again:=New signal
CALL WORKER(\"victim\"; \"work\"; $counter; $items; 7; \"v\"; $again)
$signals.push($again)
For each ($s; $signals)
\tIf (Not($s.wait(120)))
\t\tALERT(\"a signal never came\")
\tEnd if
End for each
DELAY PROCESS(Current process; 10)
ALERT(String($counter.value))
ALERT(String($items.length))
For each ($id; [\"w1\"; \"w2\"; \"w3\"; \"w4\"; \"p1\"; \"p2\"; \"p3\"; \"p4\"; \"v\"])
\tALERT($id+\"=\"+String($items.countValues($id)))
End for each
";

#[test]
fn eight_processes_and_workers_mixing_use_pushes_signals_and_kill_worker_are_exact() {
    let expected = "1040007\n40007\nw1=5000\nw2=5000\nw3=5000\nw4=5000\np1=5000\np2=5000\np3=5000\np4=5000\nv=7\n";
    let runs = if std::env::var_os("FOURD_LONG_TESTS").is_some() {
        50
    } else {
        3
    };
    for run_no in 0..runs {
        let (out, err, code, _) = run(
            &format!("mixed-{run_no}"),
            &[
                ("main.4dm", MIXED_MAIN),
                ("work.4dm", WORK),
                ("victim.4dm", VICTIM),
            ],
            &["--wait-timeout", "60", "--timeout", "300"],
        );
        assert_eq!(code, 0, "run {run_no}: {err}");
        assert_eq!(out, expected, "run {run_no}: {err}");
    }
}
