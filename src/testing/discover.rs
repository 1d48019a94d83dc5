//! Test discovery, following the community 4D test runner's conventions:
//!
//! - a **test class** is a project class whose name ends in `Test` (any case);
//! - a **test** is one of its functions whose name starts with `test_`, in source order;
//! - **tags** come from a `// #tags: a, b` comment in the comment lines just above the
//!   `Function` line (or the first comment lines of its body); a test without tags is
//!   tagged `unit`; the `skip` tag reports the test as skipped without running it;
//! - a class holding `// #parallel: false` (before its first function) runs its tests
//!   after the parallel ones, alone;
//! - lifecycle functions of the class, when present: `setup` and `teardown` (once per
//!   class), `beforeEach` and `afterEach` (around every test).
//!
//! fourd adds **golden tests**: a `.4dm` file with a `.out` file beside it (and optionally
//! a `.code` file holding the expected exit code). A project method with a `.out` beside
//! it runs inside the project; any other `.4dm` (outside `Project/Sources`) runs as a
//! script with its folder's methods, like `fourd run`.

use std::path::{Path, PathBuf};

/// One test to run.
#[derive(Clone, Debug)]
pub struct Case {
    pub name: String,
    /// 1-based line of the `Function` (or 1 for golden files).
    pub line: usize,
    pub tags: Vec<String>,
}

#[derive(Clone, Debug)]
pub enum SuiteKind {
    /// A `*Test` class of the project.
    Class,
    /// A project method with a `.out` beside it.
    GoldenMethod { expected: PathBuf },
    /// A standalone script with a `.out` beside it.
    GoldenScript { expected: PathBuf },
}

/// A group of tests that run in order, in one thread.
#[derive(Clone, Debug)]
pub struct Suite {
    /// Class name, method name, or script path.
    pub name: String,
    /// Source file, as shown in reports.
    pub file: PathBuf,
    pub kind: SuiteKind,
    pub parallel: bool,
    pub cases: Vec<Case>,
}

/// Test functions and the class-level `#parallel` flag of a class source.
pub fn scan_class(text: &str) -> (Vec<Case>, bool) {
    let lines: Vec<&str> = text.lines().collect();
    let mut cases = Vec::new();
    let mut parallel = true;
    let mut seen_function = false;
    for (i, raw) in lines.iter().enumerate() {
        let line = raw.trim();
        if !seen_function && is_comment(line) && line.contains("#parallel:") {
            let v = line.split("#parallel:").nth(1).unwrap_or("").trim();
            parallel = !v.eq_ignore_ascii_case("false");
        }
        let Some(name) = function_name(line) else {
            continue;
        };
        seen_function = true;
        if !name.starts_with("test_") {
            continue;
        }
        let mut tags = tags_above(&lines, i)
            .or_else(|| tags_below(&lines, i))
            .unwrap_or_default();
        if tags.is_empty() {
            tags.push("unit".to_string());
        }
        cases.push(Case {
            name: name.to_string(),
            line: i + 1,
            tags,
        });
    }
    (cases, parallel)
}

fn is_comment(line: &str) -> bool {
    line.starts_with("//")
}

/// The name declared by a `Function` line (`Function name(…)`, `shared Function get x`…),
/// `None` for other lines and for computed-property accessors.
fn function_name(line: &str) -> Option<&str> {
    let mut words = line.split_whitespace().peekable();
    loop {
        let w = words.next()?;
        if w.eq_ignore_ascii_case("Function") {
            break;
        }
        if !matches!(
            w.to_ascii_lowercase().as_str(),
            "shared" | "exposed" | "local" | "server" | "onhttpget"
        ) {
            return None;
        }
    }
    let rest = line[line.to_ascii_lowercase().find("function")? + "function".len()..].trim_start();
    let lower = rest.to_ascii_lowercase();
    if lower.starts_with("get ") || lower.starts_with("set ") {
        return None;
    }
    let end = rest
        .find(|c: char| c == '(' || c.is_whitespace() || c == ':' || c == '-')
        .unwrap_or(rest.len());
    let name = &rest[..end];
    (!name.is_empty()).then_some(name)
}

fn parse_tags(line: &str) -> Option<Vec<String>> {
    let after = line.split("#tags:").nth(1)?;
    Some(
        after
            .split(',')
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect(),
    )
}

/// Tags in the comment block just above line `i`.
fn tags_above(lines: &[&str], i: usize) -> Option<Vec<String>> {
    for line in lines[..i].iter().rev() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !is_comment(line) {
            return None;
        }
        if line.contains("#tags:") {
            return parse_tags(line);
        }
    }
    None
}

/// Tags in the first comment lines of the function's body.
fn tags_below(lines: &[&str], i: usize) -> Option<Vec<String>> {
    for line in &lines[i + 1..] {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !is_comment(line) {
            return None;
        }
        if line.contains("#tags:") {
            return parse_tags(line);
        }
    }
    None
}

/// Is this class a test class?
pub fn is_test_class(name: &str) -> bool {
    name.len() > 4 && name.to_ascii_lowercase().ends_with("test")
}

/// The suites of a project: its test classes and golden files.
pub fn project_suites(layout: &crate::project::Layout) -> Vec<Suite> {
    let sources = layout.sources();
    let mut suites = Vec::new();
    for (name, path) in crate::program::list_4dm(&sources.join("Classes")) {
        if !is_test_class(&name) {
            continue;
        }
        let Ok(text) = crate::program::read_source(&path) else {
            continue;
        };
        let (cases, parallel) = scan_class(&text);
        if cases.is_empty() {
            continue;
        }
        suites.push(Suite {
            name,
            file: path,
            kind: SuiteKind::Class,
            parallel,
            cases,
        });
    }
    for (name, path) in crate::program::list_4dm(&sources.join("Methods")) {
        let expected = path.with_extension("out");
        if expected.is_file() {
            suites.push(golden(name, path, SuiteKind::GoldenMethod { expected }));
        }
    }
    let mut scripts = Vec::new();
    collect_golden_scripts(&layout.root, &sources, &mut scripts);
    suites.extend(scripts);
    suites
}

/// Golden scripts under `dir` (recursively), skipping `skip` and hidden folders.
pub fn collect_golden_scripts(dir: &Path, skip: &Path, out: &mut Vec<Suite>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.') || n == "target" || n == "node_modules");
        if hidden {
            continue;
        }
        if path.is_dir() {
            if path != skip {
                collect_golden_scripts(&path, skip, out);
            }
        } else if path.extension().is_some_and(|e| e == "4dm") {
            let expected = path.with_extension("out");
            if expected.is_file() {
                let name = path.display().to_string();
                out.push(golden(name, path, SuiteKind::GoldenScript { expected }));
            }
        }
    }
}

fn golden(name: String, file: PathBuf, kind: SuiteKind) -> Suite {
    let case_name = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.clone());
    Suite {
        name,
        file,
        kind,
        parallel: true,
        cases: vec![Case {
            name: case_name,
            line: 1,
            tags: vec!["golden".to_string()],
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_test_functions_their_lines_and_tags() {
        let src = "\
// #parallel: false
Class constructor()

// #tags: unit, fast
Function test_add($t : cs.Testing)
\t$t.assert.areEqual($t; 2; 1+1)

Function helper()

Function test_untagged($t : Object)

shared Function test_body_tags($t : Object)
\t// #tags: slow ,skip
\tvar $x : Integer

Function get test_prop() : Integer
";
        let (cases, parallel) = scan_class(src);
        assert!(!parallel);
        let names: Vec<_> = cases.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, vec!["test_add", "test_untagged", "test_body_tags"]);
        assert_eq!(cases[0].line, 5);
        assert_eq!(cases[0].tags, vec!["unit", "fast"]);
        assert_eq!(cases[1].tags, vec!["unit"]);
        assert_eq!(cases[2].tags, vec!["slow", "skip"]);
    }

    #[test]
    fn test_classes_end_in_test() {
        assert!(is_test_class("MathTest"));
        assert!(is_test_class("_AssertTest"));
        assert!(!is_test_class("Test"));
        assert!(!is_test_class("Testing"));
    }
}
