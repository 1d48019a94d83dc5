//! `fourd test [PATH]`: discover, run and report the tests of a 4D project (or a folder of
//! golden scripts).
//!
//! - `discover.rs`: `*Test` classes, `test_` functions, `#tags`, golden `.4dm`/`.out` files;
//! - `runner.rs`: runs suites on a pool of threads (one 4D process per test, a fresh
//!   runtime per suite) and collects results, never crashing on an uncaught error;
//! - `report.rs`: human text, JSON, JUnit XML, and GitHub annotations.
//!
//! The assertion helpers every test receives (`$t`, `$t.assert`) are 4D classes in
//! `stdlib/testing/` (`_Testing`, `_Assert`), added to the project's class store for the
//! run unless the project defines classes of those names.
//!
//! Options:
//!
//! | option | |
//! |---|---|
//! | `--format human\|json\|junit` | report format on stdout (default human) |
//! | `--annotations github` | also print `::error file=…,line=…::message` lines for failures |
//! | `--filter P1,P2` | run suites/tests matching a pattern (`Suite`, `test_x`, `Suite.test_x`, `*` wildcards) |
//! | `--tags T1,T2` | only tests with any of these tags |
//! | `--exclude-tags T1,T2` | never tests with any of these tags (wins over the others) |
//! | `--require-tags T1,T2` | only tests with all of these tags |
//! | `--jobs N` | threads (default: available cores) |
//! | `--user-param TEXT` | what `Get database parameter(User param value)` reads |
//! | `--output FILE` | write the report to FILE instead of stdout |
//!
//! Exit codes: 0 all passed, 1 a test failed, 2 usage, 3 syntax errors in the project.

pub mod discover;
pub mod report;
pub mod runner;

use crate::cli::{EXIT_OK, EXIT_RUNTIME, EXIT_SYNTAX, EXIT_USAGE};
use std::path::PathBuf;

/// Report format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Junit,
}

/// Options of `fourd test`.
#[derive(Clone, Debug)]
pub struct Options {
    pub path: PathBuf,
    pub format: Format,
    pub github: bool,
    pub filter: Vec<String>,
    pub tags: Vec<String>,
    pub exclude_tags: Vec<String>,
    pub require_tags: Vec<String>,
    pub jobs: usize,
    pub user_param: String,
    pub output: Option<PathBuf>,
}

const USAGE: &str = "usage: fourd test [PATH] [--format human|json|junit] [--annotations github] \
[--filter PATTERNS] [--tags T] [--exclude-tags T] [--require-tags T] [--jobs N] [--user-param TEXT] \
[--output FILE]";

fn list(v: &str) -> Vec<String> {
    v.split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

pub fn parse_args(args: Vec<std::ffi::OsString>) -> Result<Options, String> {
    use lexopt::prelude::*;
    let mut o = Options {
        path: PathBuf::from("."),
        format: Format::Human,
        github: false,
        filter: Vec::new(),
        tags: Vec::new(),
        exclude_tags: Vec::new(),
        require_tags: Vec::new(),
        jobs: std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
        user_param: String::new(),
        output: None,
    };
    let mut path_seen = false;
    let mut p = lexopt::Parser::from_args(args);
    let text = |p: &mut lexopt::Parser| -> Result<String, String> {
        p.value()
            .map_err(|e| e.to_string())?
            .into_string()
            .map_err(|v| format!("not UTF-8: {v:?}"))
    };
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Long("format") => {
                o.format = match text(&mut p)?.to_lowercase().as_str() {
                    "human" | "text" => Format::Human,
                    "json" => Format::Json,
                    "junit" | "xml" => Format::Junit,
                    other => return Err(format!("unknown format {other:?}")),
                }
            }
            Long("annotations") => match text(&mut p)?.as_str() {
                "github" => o.github = true,
                "none" => o.github = false,
                other => return Err(format!("unknown annotations {other:?} (github)")),
            },
            Long("filter") | Long("test") => o.filter.extend(list(&text(&mut p)?)),
            Long("tags") => o.tags.extend(list(&text(&mut p)?)),
            Long("exclude-tags") => o.exclude_tags.extend(list(&text(&mut p)?)),
            Long("require-tags") => o.require_tags.extend(list(&text(&mut p)?)),
            Long("jobs") | Short('j') => {
                o.jobs = text(&mut p)?
                    .parse::<usize>()
                    .map_err(|_| "--jobs takes a number".to_string())?
                    .max(1)
            }
            Long("user-param") => o.user_param = text(&mut p)?,
            Long("output") | Short('o') => o.output = Some(PathBuf::from(text(&mut p)?)),
            Value(v) if !path_seen => {
                o.path = PathBuf::from(v);
                path_seen = true;
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    Ok(o)
}

/// `*` wildcard match (case-sensitive, as the community runner).
pub fn wildcard(text: &str, pattern: &str) -> bool {
    fn go(t: &[char], p: &[char]) -> bool {
        match p.split_first() {
            None => t.is_empty(),
            Some(('*', rest)) => (0..=t.len()).any(|i| go(&t[i..], rest)),
            Some((c, rest)) => t.first() == Some(c) && go(&t[1..], rest),
        }
    }
    let t: Vec<char> = text.chars().collect();
    let p: Vec<char> = pattern.chars().collect();
    go(&t, &p)
}

impl Options {
    /// Does the name filter select this test?
    pub fn selects(&self, suite: &str, test: &str) -> bool {
        if self.filter.is_empty() {
            return true;
        }
        let full = format!("{suite}.{test}");
        self.filter
            .iter()
            .any(|p| wildcard(suite, p) || wildcard(test, p) || wildcard(&full, p))
    }

    /// Do the tag filters select a test with these tags? Exclusion wins, then
    /// require-all, then include-any.
    pub fn tags_select(&self, tags: &[String]) -> bool {
        let has = |t: &String| tags.iter().any(|x| x == t);
        if self.exclude_tags.iter().any(has) {
            return false;
        }
        if !self.require_tags.iter().all(has) {
            return false;
        }
        self.tags.is_empty() || self.tags.iter().any(has)
    }
}

pub fn main(args: Vec<std::ffi::OsString>) -> i32 {
    let opts = match parse_args(args) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("fourd test: {msg}\n{USAGE}");
            return EXIT_USAGE;
        }
    };
    if !opts.path.exists() {
        eprintln!(
            "fourd test: {}: no such file or folder",
            opts.path.display()
        );
        return EXIT_USAGE;
    }
    let outcome = match runner::run(&opts) {
        Ok(o) => o,
        Err(runner::Stop::Syntax) => return EXIT_SYNTAX,
        Err(runner::Stop::Usage(msg)) => {
            eprintln!("fourd test: {msg}");
            return EXIT_USAGE;
        }
    };
    let text = match opts.format {
        Format::Human => report::human(&outcome),
        Format::Json => report::json(&outcome),
        Format::Junit => report::junit(&outcome),
    };
    match &opts.output {
        Some(path) => {
            if let Err(e) = std::fs::write(path, &text) {
                eprintln!("fourd test: cannot write {}: {e}", path.display());
                return EXIT_USAGE;
            }
        }
        None => print!("{text}"),
    }
    if opts.github {
        print!("{}", report::github_annotations(&outcome));
    }
    if outcome.failed() > 0 {
        EXIT_RUNTIME
    } else {
        EXIT_OK
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(args: &[&str]) -> Options {
        parse_args(args.iter().map(|s| s.into()).collect()).unwrap()
    }

    #[test]
    fn wildcards() {
        assert!(wildcard("ErrorTest", "*Error*"));
        assert!(wildcard("ExampleTest", "ExampleTest"));
        assert!(!wildcard("ExampleTest", "exampletest"));
        assert!(wildcard("test_setup_a", "test_setup*"));
    }

    #[test]
    fn name_and_tag_filters() {
        let o = opts(&["--filter=MathTest.test_add,*Error*", "--format", "json"]);
        assert_eq!(o.format, Format::Json);
        assert!(o.selects("MathTest", "test_add"));
        assert!(o.selects("ErrorTest", "test_x"));
        assert!(!o.selects("MathTest", "test_sub"));
        let o = opts(&["--tags", "unit,integration", "--exclude-tags=slow"]);
        let t = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(o.tags_select(&t(&["unit"])));
        assert!(!o.tags_select(&t(&["unit", "slow"])));
        assert!(!o.tags_select(&t(&["e2e"])));
        let o = opts(&["--require-tags", "a,b"]);
        assert!(o.tags_select(&t(&["a", "b", "c"])));
        assert!(!o.tags_select(&t(&["a"])));
    }

    #[test]
    fn bad_options_are_usage_errors() {
        assert!(parse_args(vec!["--format".into(), "yaml".into()]).is_err());
        assert!(parse_args(vec!["--annotations".into(), "gitlab".into()]).is_err());
        assert!(parse_args(vec!["a".into(), "b".into()]).is_err());
    }
}
