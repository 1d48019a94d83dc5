//! The benchmark programs still run and give the result every language agrees on
//! (`bench/expected/<name>.txt`, the output of the Python and Lua versions). Nothing here
//! is timed: speed is measured by `bench/run.py`, never in tests.

use std::path::Path;
use std::process::Command;

fn check(name: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let expected = std::fs::read_to_string(root.join("bench/expected").join(format!("{name}.txt")))
        .unwrap_or_else(|e| panic!("bench/expected/{name}.txt: {e}"));
    let out = Command::new(env!("CARGO_BIN_EXE_fourd"))
        .arg("run")
        .arg(root.join("bench/4d").join(format!("{name}.4dm")))
        .output()
        .expect("run fourd");
    assert!(
        out.status.success(),
        "{name}: exit {:?}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        expected,
        "{name}: fourd disagrees with the peers"
    );
}

#[test]
fn fib() {
    check("fib");
}

#[test]
fn loop_with_branch() {
    check("loop");
}

#[test]
fn append() {
    check("append");
}

#[test]
fn collection() {
    check("collection");
}

#[test]
fn objects() {
    check("objects");
}

#[test]
fn calls() {
    check("calls");
}

#[test]
fn empty() {
    check("empty");
}

#[test]
fn workers() {
    check("workers");
}

#[test]
fn json_roundtrip() {
    check("json_roundtrip");
}
