//! Test reports: human text, JSON (the community runner's field names: `totalTests`,
//! `passed`, `failed`, `status`, `suites`, plus fourd's `skipped`, `assertions`, failure
//! locations), JUnit XML (the shape CI services read), and GitHub workflow annotations
//! (`::error file=…,line=…::message`).

use super::runner::{CaseResult, FailureKind, Outcome, Status};
use serde_json::{Value as J, json};

/// Human-readable report.
pub fn human(o: &Outcome) -> String {
    let mut s = String::new();
    for suite in &o.suites {
        if suite.name == suite.file {
            s.push_str(&format!("{}\n", suite.name));
        } else {
            s.push_str(&format!("{} ({})\n", suite.name, suite.file));
        }
        for c in &suite.cases {
            match c.status {
                Status::Passed => s.push_str(&format!("  ✓ {} ({}ms)\n", c.name, c.duration_ms)),
                Status::Skipped => s.push_str(&format!("  - {} (skipped)\n", c.name)),
                Status::Failed => {
                    s.push_str(&format!("  ✗ {} ({}ms)\n", c.name, c.duration_ms));
                    for f in &c.failures {
                        for (i, line) in f.message.lines().enumerate() {
                            if i == 0 {
                                s.push_str(&format!("      {}:{}: {line}\n", f.file, f.line));
                            } else {
                                s.push_str(&format!("        {line}\n"));
                            }
                        }
                    }
                    for l in &c.logs {
                        s.push_str(&format!("      log: {l}\n"));
                    }
                    if !c.output.is_empty() {
                        s.push_str("      output:\n");
                        for l in c.output.lines() {
                            s.push_str(&format!("        {l}\n"));
                        }
                    }
                }
            }
        }
    }
    let (total, passed, failed, skipped) = (o.total(), o.passed(), o.failed(), o.skipped());
    if total == 0 {
        s.push_str("no tests found\n");
        return s;
    }
    s.push_str(&format!(
        "\n{total} tests: {passed} passed, {failed} failed, {skipped} skipped ({} assertions) in {}ms\n",
        o.assertions(),
        o.duration_ms
    ));
    s.push_str(if failed == 0 {
        "All tests passed\n"
    } else {
        "Tests FAILED\n"
    });
    s
}

fn kind_name(k: &FailureKind) -> &'static str {
    match k {
        FailureKind::Assertion => "assertion",
        FailureKind::Error => "error",
        FailureKind::Output => "output",
    }
}

fn case_json(suite: &str, c: &CaseResult) -> J {
    json!({
        "name": c.name,
        "suite": suite,
        "passed": c.status == Status::Passed,
        "failed": c.status == Status::Failed,
        "skipped": c.status == Status::Skipped,
        "duration": c.duration_ms as u64,
        "line": c.line,
        "tags": c.tags,
        "assertions": c.assertions,
        "failures": c.failures.iter().map(|f| json!({
            "kind": kind_name(&f.kind),
            "message": f.message,
            "file": f.file,
            "line": f.line,
        })).collect::<Vec<_>>(),
        "logMessages": c.logs,
        "output": c.output,
    })
}

/// JSON report.
pub fn json(o: &Outcome) -> String {
    let (total, passed, failed) = (o.total(), o.passed(), o.failed());
    let ran = total - o.skipped();
    let pass_rate = if ran == 0 {
        100.0
    } else {
        (passed as f64 * 1000.0 / ran as f64).round() / 10.0
    };
    let suites: Vec<J> = o
        .suites
        .iter()
        .map(|s| {
            let count = |st: Status| s.cases.iter().filter(|c| c.status == st).count();
            json!({
                "name": s.name,
                "file": s.file,
                "passed": count(Status::Passed),
                "failed": count(Status::Failed),
                "skipped": count(Status::Skipped),
                "duration": s.duration_ms as u64,
                "tests": s.cases.iter().map(|c| case_json(&s.name, c)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let failed_tests: Vec<J> = o
        .suites
        .iter()
        .flat_map(|s| {
            s.cases
                .iter()
                .filter(|c| c.status == Status::Failed)
                .map(|c| case_json(&s.name, c))
        })
        .collect();
    let doc = json!({
        "totalTests": total,
        "passed": passed,
        "failed": failed,
        "skipped": o.skipped(),
        "assertions": o.assertions(),
        "duration": o.duration_ms as u64,
        "passRate": pass_rate,
        "status": if failed == 0 { "success" } else { "failure" },
        "suites": suites,
        "failedTests": failed_tests,
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

/// Escape text for XML content and attribute values; characters XML 1.0 cannot hold
/// become U+FFFD.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

fn secs(ms: u128) -> String {
    format!("{:.3}", ms as f64 / 1000.0)
}

/// JUnit XML report.
pub fn junit(o: &Outcome) -> String {
    let e = xml_escape;
    let errors = |c: &CaseResult| c.failures.iter().any(|f| f.kind == FailureKind::Error);
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let all_errors = o
        .suites
        .iter()
        .flat_map(|x| &x.cases)
        .filter(|c| c.status == Status::Failed && errors(c))
        .count();
    s.push_str(&format!(
        "<testsuites name=\"fourd\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"{}\">\n",
        o.total(),
        o.failed() - all_errors,
        all_errors,
        o.skipped(),
        secs(o.duration_ms)
    ));
    for suite in &o.suites {
        let failed_with_error = suite
            .cases
            .iter()
            .filter(|c| c.status == Status::Failed && errors(c))
            .count();
        let failed = suite
            .cases
            .iter()
            .filter(|c| c.status == Status::Failed)
            .count();
        let skipped = suite
            .cases
            .iter()
            .filter(|c| c.status == Status::Skipped)
            .count();
        s.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"{}\" file=\"{}\">\n",
            e(&suite.name),
            suite.cases.len(),
            failed - failed_with_error,
            failed_with_error,
            skipped,
            secs(suite.duration_ms),
            e(&suite.file)
        ));
        for c in &suite.cases {
            s.push_str(&format!(
                "    <testcase name=\"{}\" classname=\"{}\" file=\"{}\" line=\"{}\" time=\"{}\"",
                e(&c.name),
                e(&suite.name),
                e(&suite.file),
                c.line,
                secs(c.duration_ms)
            ));
            if c.status == Status::Passed && c.output.is_empty() {
                s.push_str("/>\n");
                continue;
            }
            s.push_str(">\n");
            match c.status {
                Status::Skipped => s.push_str("      <skipped/>\n"),
                Status::Failed => {
                    let tag = if errors(c) { "error" } else { "failure" };
                    let first = c.failures.first().map(|f| f.message.as_str()).unwrap_or("");
                    let body: Vec<String> = c
                        .failures
                        .iter()
                        .map(|f| format!("{}:{}: {}", f.file, f.line, f.message))
                        .chain(c.logs.iter().map(|l| format!("log: {l}")))
                        .collect();
                    s.push_str(&format!(
                        "      <{tag} message=\"{}\" type=\"{}\">{}</{tag}>\n",
                        e(first),
                        kind_name(
                            &c.failures
                                .first()
                                .map(|f| f.kind.clone())
                                .unwrap_or(FailureKind::Assertion)
                        ),
                        e(&body.join("\n"))
                    ));
                }
                Status::Passed => {}
            }
            if !c.output.is_empty() {
                s.push_str(&format!(
                    "      <system-out>{}</system-out>\n",
                    e(&c.output)
                ));
            }
            s.push_str("    </testcase>\n");
        }
        s.push_str("  </testsuite>\n");
    }
    s.push_str("</testsuites>\n");
    s
}

/// Escape a GitHub workflow command's message.
fn gh_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a GitHub workflow command's property value.
fn gh_property(s: &str) -> String {
    gh_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One `::error` line (for test failures and for `fourd check` diagnostics).
pub fn github_error(file: &str, line: usize, title: Option<&str>, message: &str) -> String {
    let mut props = format!("file={},line={}", gh_property(file), line);
    if let Some(t) = title {
        props.push_str(&format!(",title={}", gh_property(t)));
    }
    format!("::error {props}::{}\n", gh_data(message))
}

/// GitHub annotations for every failure.
pub fn github_annotations(o: &Outcome) -> String {
    let mut s = String::new();
    for suite in &o.suites {
        for c in &suite.cases {
            for f in &c.failures {
                let title = format!("{}.{}", suite.name, c.name);
                s.push_str(&github_error(&f.file, f.line, Some(&title), &f.message));
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::super::runner::{Failure, SuiteResult};
    use super::*;

    fn outcome() -> Outcome {
        let case = |name: &str, status: Status, failures: Vec<Failure>| CaseResult {
            name: name.into(),
            line: 3,
            tags: vec!["unit".into()],
            status,
            duration_ms: 1,
            failures,
            logs: Vec::new(),
            output: String::new(),
            assertions: 2,
        };
        Outcome {
            suites: vec![SuiteResult {
                name: "MathTest".into(),
                file: "Project/Sources/Classes/MathTest.4dm".into(),
                cases: vec![
                    case("test_ok", Status::Passed, vec![]),
                    case(
                        "test_bad",
                        Status::Failed,
                        vec![Failure {
                            kind: FailureKind::Assertion,
                            message: "1 <> 2, 100%\nsecond line".into(),
                            file: "a,b.4dm".into(),
                            line: 7,
                        }],
                    ),
                    case("test_later", Status::Skipped, vec![]),
                ],
                duration_ms: 3,
            }],
            duration_ms: 4,
        }
    }

    #[test]
    fn json_has_the_community_fields() {
        let v: J = serde_json::from_str(&json(&outcome())).unwrap();
        assert_eq!(v["totalTests"], 3);
        assert_eq!(v["passed"], 1);
        assert_eq!(v["failed"], 1);
        assert_eq!(v["status"], "failure");
        assert_eq!(v["suites"][0]["tests"][1]["failures"][0]["line"], 7);
        assert_eq!(v["passRate"], 50.0);
    }

    #[test]
    fn junit_escapes_and_counts() {
        let x = junit(&outcome());
        assert!(
            x.contains("tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\""),
            "{x}"
        );
        assert!(x.contains("1 &lt;&gt; 2, 100%"), "{x}");
        assert!(x.contains("<skipped/>"));
        assert_eq!(xml_escape("a\u{1}b&"), "a\u{FFFD}b&amp;");
    }

    #[test]
    fn annotations_escape_properties_and_data() {
        let a = github_annotations(&outcome());
        assert_eq!(
            a,
            "::error file=a%2Cb.4dm,line=7,title=MathTest.test_bad::1 <> 2, 100%25%0Asecond line\n"
        );
    }
}
