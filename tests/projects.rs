//! Project mode, `fourd test` and `fourd check` end to end, on the small projects under
//! `tests/projects/`: every tool4d flag, the run order, exit codes, the three report
//! formats and GitHub annotations.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fourd(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fourd"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("FOURD_4D_VERSION")
        .output()
        .expect("fourd runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const RUNORDER: &str = "tests/projects/runorder/Project/runorder.4DProject";

#[test]
fn run_order_is_on_startup_then_the_method_then_on_exit() {
    let o = fourd(&[
        "--project",
        RUNORDER,
        "--startup-method",
        "main",
        "--user-param",
        "format=json tags=unit",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "On Startup\nmain: user param=[format=json tags=unit] started=True\ntype=6 version=2100\nOn Exit\n"
    );
}

#[test]
fn equals_spellings_folder_path_and_accepted_flags() {
    let o = fourd(&[
        "tests/projects/runorder",
        "--startup-method=main",
        "--user-param=x",
        "--skip-onstartup",
        "--dataless",
        "--headless",
        "--opening-mode=compiled",
        "--create-data",
        "--utility",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "main: user param=[x] started=False\ntype=6 version=2100\nOn Exit\n"
    );
}

#[test]
fn project_folder_and_project_subfolder_are_accepted() {
    for p in ["tests/projects/runorder", "tests/projects/runorder/Project"] {
        let o = fourd(&[
            "--project",
            p,
            "--skip-onstartup",
            "--startup-method",
            "shop",
        ]);
        assert_eq!(o.status.code(), Some(0), "{p}: {}", stderr(&o));
        // cs.Shop is the component store name from settings.4DSettings.
        assert_eq!(stdout(&o), "7\n1\nOn Exit\n");
    }
}

#[test]
fn project_classes_load_from_sources_classes() {
    // Class extends, Super(...), property initialisers and a computed property, all from
    // Project/Sources/Classes.
    let o = fourd(&[
        "--project",
        "tests/projects/classes/Project/classes.4DProject",
        "--startup-method",
        "main",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "IDA 40 20\nSavings < Account\nTrue\n");
}

#[test]
fn without_a_startup_method_only_the_database_methods_run() {
    let o = fourd(&["--project", RUNORDER]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "On Startup\nOn Exit\n");
}

#[test]
fn uncaught_errors_and_failed_asserts_exit_1_after_on_exit() {
    for (method, message) in [
        ("fails", "-10706"),
        ("assertion", "one plus one is three"),
        ("data", "[Customers]Name"),
    ] {
        let o = fourd(&["--project", RUNORDER, "--startup-method", method]);
        assert_eq!(o.status.code(), Some(1), "{method}");
        assert!(
            stdout(&o).ends_with("On Exit\n"),
            "{method}: {}",
            stdout(&o)
        );
        assert!(stderr(&o).contains(message), "{method}: {}", stderr(&o));
    }
}

#[test]
fn quit_4d_lets_the_method_finish_then_runs_on_exit() {
    let o = fourd(&["--project", RUNORDER, "--startup-method", "quits"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o),
        "On Startup\nthe method finishes after QUIT 4D\nOn Exit\n"
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        vec!["--project", RUNORDER, "--startup-method", "nope"],
        vec!["--project", RUNORDER, "--bogus"],
        vec!["--project", "tests/projects/nothere"],
        vec!["--startup-method", "main"],
        vec!["--project", RUNORDER, "--opening-mode", "fast"],
    ] {
        let o = fourd(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn syntax_errors_exit_3_unless_lenient() {
    let o = fourd(&[
        "--project",
        "tests/projects/syntax",
        "--startup-method",
        "ok",
    ]);
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("broken.4dm"), "{}", stderr(&o));
    let o = fourd(&[
        "--project",
        "tests/projects/syntax",
        "--startup-method",
        "ok",
        "--lenient",
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "fine\n");
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("fourd-projects-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn error_flag_file_is_written_on_failure_and_honoured_when_the_code_writes_it() {
    let dir = scratch("flag");
    let project = Path::new(env!("CARGO_MANIFEST_DIR")).join(RUNORDER);
    let run = |method: &str, flag: &str| {
        Command::new(env!("CARGO_BIN_EXE_fourd"))
            .args([
                "--project",
                project.to_str().unwrap(),
                "--startup-method",
                method,
            ])
            .arg(flag)
            .current_dir(&dir)
            .output()
            .unwrap()
    };
    let o = run("fails", "--error-flag");
    assert_eq!(o.status.code(), Some(1));
    assert!(dir.join("error").is_file());
    std::fs::remove_file(dir.join("error")).unwrap();
    let o = run("main", "--error-flag=failed.flag");
    assert_eq!(o.status.code(), Some(0));
    assert!(!dir.join("failed.flag").exists());
    // A flag file left from an earlier run (not touched by this one) is ignored.
    std::fs::write(dir.join("error"), "old").unwrap();
    let o = run("main", "--error-flag");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn fourd_test_passes_a_passing_project() {
    let o = fourd(&["test", "tests/projects/suite"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}{}", stderr(&o));
    assert!(out.contains("✓ test_add"), "{out}");
    assert!(out.contains("- test_not_ready (skipped)"), "{out}");
    assert!(out.contains("✓ test_second"), "{out}");
    assert!(out.contains("✓ hello"), "{out}");
    assert!(out.contains("✓ greet"), "{out}");
    assert!(out.contains("✓ crash"), "{out}");
    assert!(
        out.contains("12 tests: 11 passed, 0 failed, 1 skipped"),
        "{out}"
    );
}

#[test]
fn fourd_test_json_report_and_tag_filters() {
    let o = fourd(&[
        "test",
        "tests/projects/suite",
        "--format",
        "json",
        "--tags",
        "unit",
        "--exclude-tags=fast",
        "--jobs",
        "1",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["status"], "success");
    // test_divide, test_booleans_and_nulls, test_deep_equality and LifecycleTest's three
    // (untagged tests are "unit"); test_add is fast, test_plain_assert slow.
    assert_eq!(v["totalTests"], 6, "{v}");
    assert_eq!(v["suites"][0]["name"], "CalculatorTest");
    let o = fourd(&[
        "test",
        "tests/projects/suite",
        "--format=json",
        "--filter",
        "CalculatorTest.test_add",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["totalTests"], 1);
    assert_eq!(v["assertions"], 2);
}

#[test]
fn fourd_test_reports_every_kind_of_failure_with_its_location() {
    let o = fourd(&["test", "tests/projects/failing", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["status"], "failure");
    assert_eq!(v["totalTests"], 6);
    assert_eq!(v["passed"], 1);
    assert_eq!(v["failed"], 5);
    let failures: Vec<(String, u64, String)> = v["failedTests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let f = &t["failures"][0];
            (
                t["name"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        failures,
        vec![
            ("test_wrong_sum".into(), 8, "assertion".into()),
            ("test_uncaught_error".into(), 14, "error".into()),
            ("test_failed_assert".into(), 18, "error".into()),
            ("test_calls_fail".into(), 22, "assertion".into()),
            ("wrong_output".into(), 1, "output".into()),
        ]
    );
}

#[test]
fn fourd_test_junit_and_github_annotations() {
    let o = fourd(&[
        "test",
        "tests/projects/failing",
        "--format",
        "junit",
        "--annotations",
        "github",
        "--filter",
        "BrokenTest",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.starts_with("<?xml"), "{out}");
    assert!(
        out.contains("<testsuite name=\"BrokenTest\" tests=\"5\" failures=\"2\" errors=\"2\""),
        "{out}"
    );
    assert!(out.contains("two plus two (expected 5, actual 4)"), "{out}");
    assert!(
        out.contains("::error file=tests/projects/failing/Project/Sources/Classes/BrokenTest.4dm,line=8,title=BrokenTest.test_wrong_sum::two plus two (expected 5, actual 4)\n"),
        "{out}"
    );
    assert!(out.contains(",line=14,title=BrokenTest.test_uncaught_error::Error -10706"));
}

#[test]
fn fourd_test_on_a_folder_runs_golden_scripts() {
    let o = fourd(&["test", "tests/projects/suite/golden"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("2 tests: 2 passed"), "{}", stdout(&o));
}

#[test]
fn fourd_test_usage_errors() {
    assert_eq!(fourd(&["test", "--format", "yaml"]).status.code(), Some(2));
    assert_eq!(
        fourd(&["test", "tests/projects/nothere"]).status.code(),
        Some(2)
    );
    assert_eq!(
        fourd(&["test", "tests/projects/syntax"]).status.code(),
        Some(3)
    );
}

#[test]
fn fourd_check_reports_static_errors_of_a_project_with_annotations() {
    let o = fourd(&["check", "tests/projects/static", "--annotations", "github"]);
    assert_eq!(o.status.code(), Some(3));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().filter(|l| l.starts_with("::error")).collect();
    assert_eq!(lines.len(), 6, "{out}");
    assert!(lines[0].contains("caller.4dm,line=5::the method `greet` declares 1"));
    assert!(lines[1].contains("line=6::unknown method or command `no_such_method`"));
    assert!(lines[2].contains("line=7::`ALERT` called with 0"));
    assert!(lines[3].contains("line=8::`ALERT` called with 3"));
    assert!(lines[4].contains("line=9::unknown class `cs.Nobody`"));
    assert!(lines[5].contains("Person.4dm,line=7::`Uppercase` called with 3"));
    let o = fourd(&["check", "tests/projects/suite", "tests/projects/runorder"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}
