//! Golden tests: one named test per `.4dm` case (libtest-mimic, so the usual
//! `test result: ok. N passed` line closes the run).
//!
//! - `tests/golden/parse/<case>.4dm`: parsed in-process; expected `<case>.ast` (the AST
//!   dump) when it parses cleanly, `<case>.err` (rendered diagnostics) when it does not.
//! - every other `tests/golden/<area>/<case>.4dm`, and `examples/<case>.4dm`: run through
//!   the `fourd` binary with a pinned environment; stdout, stderr and the exit code are
//!   compared with `<case>.out`, `<case>.err` and `<case>.code` (a missing file means
//!   empty output / exit code 0). A first line `//! run --dump` (or `//! fourd run ...`)
//!   gives the command line; `{file}` stands for the case's path, which is otherwise
//!   appended. Files whose name starts with `_` are methods the cases call, not cases.
//!
//! `UPDATE_GOLDEN=1 cargo test --test golden` rewrites the expected files.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The environment every run case gets, so dates, ids and names are stable.
const PINNED_ENV: &[(&str, &str)] = &[
    ("FOURD_NOW", "2024-01-15T10:30:00"),
    ("FOURD_TZ", "+01:00"),
    ("FOURD_SEED", "42"),
    ("FOURD_MACHINE", "fourd-test"),
    ("FOURD_USER", "tester"),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn updating() -> bool {
    std::env::var("UPDATE_GOLDEN").is_ok_and(|v| !v.is_empty() && v != "0")
}

/// Cases under `dir`, recursively: `.4dm` files not starting with `_`, outside `Classes/`.
fn cases(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if p.is_dir() {
            if name != "Classes" && name != "Project" {
                cases(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "4dm") && !name.starts_with('_') {
            out.push(p);
        }
    }
}

fn relative(p: &Path) -> String {
    p.strip_prefix(root())
        .unwrap_or(p)
        .to_string_lossy()
        .replace('\\', "/")
}

fn sibling(p: &Path, ext: &str) -> PathBuf {
    p.with_extension(ext)
}

fn read_opt(p: &Path) -> Option<String> {
    std::fs::read_to_string(p).ok()
}

/// Compare `actual` with the expected file (missing = `default`); rewrite it when updating.
fn check(path: &Path, actual: &str, default: &str, what: &str) -> Result<(), String> {
    let expected = read_opt(path);
    if updating() {
        if actual == default {
            let _ = std::fs::remove_file(path);
        } else if expected.as_deref() != Some(actual) {
            std::fs::write(path, actual).map_err(|e| e.to_string())?;
        }
        return Ok(());
    }
    let expected = expected.unwrap_or_else(|| default.to_string());
    if expected == actual {
        return Ok(());
    }
    let diff = similar::TextDiff::from_lines(&expected, actual);
    let mut text = format!(
        "{what} differs from {} (- expected, + actual):\n",
        relative(path)
    );
    for change in diff.iter_all_changes() {
        let sign = match change.tag() {
            similar::ChangeTag::Delete => "-",
            similar::ChangeTag::Insert => "+",
            similar::ChangeTag::Equal => " ",
        };
        text.push_str(&format!("{sign}{change}"));
        if change.missing_newline() {
            text.push('\n');
        }
    }
    Err(text)
}

fn parse_case(path: &Path) -> Result<(), String> {
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    // Method names of the case's folder glue like in `fourd check`.
    let names = fourd::cli::check::method_names(path.parent().unwrap_or(Path::new(".")));
    let parsed = fourd::parser::parse(&src, Some(&names));
    let name = relative(path);
    let (ast_expected, err_expected) = if parsed.diagnostics.is_empty() {
        (fourd::ast_dump::dump(&parsed.file), String::new())
    } else {
        let mut text = String::new();
        for d in &parsed.diagnostics {
            text.push_str(&fourd::diagnostics::render(d, &name, &src, false));
        }
        (String::new(), text)
    };
    let a = check(&sibling(path, "ast"), &ast_expected, "", "AST dump");
    let e = check(&sibling(path, "err"), &err_expected, "", "diagnostics");
    a.and(e)
}

/// The command line of a run case, from its `//!` header.
fn command_line(path: &Path, src: &str) -> Vec<String> {
    let file = relative(path);
    let header = src
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("//!"))
        .map(str::trim);
    let mut words: Vec<String> = match header {
        Some(h) => h.split_whitespace().map(str::to_string).collect(),
        None => vec!["run".to_string()],
    };
    if words.first().is_some_and(|w| w == "fourd") {
        words.remove(0);
    }
    if words.iter().any(|w| w == "{file}") {
        for w in &mut words {
            if w == "{file}" {
                *w = file.clone();
            }
        }
    } else {
        words.push(file);
    }
    words
}

fn run_case(path: &Path) -> Result<(), String> {
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let args = command_line(path, &src);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_fourd"));
    cmd.args(&args).current_dir(root()).env_remove("NO_COLOR");
    for (k, v) in PINNED_ENV {
        cmd.env(k, v);
    }
    let out = cmd.output().map_err(|e| format!("cannot run fourd: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let code = out
        .status
        .code()
        .map(|c| format!("{c}\n"))
        .unwrap_or_else(|| "signal\n".into());
    let results = [
        check(&sibling(path, "out"), &stdout, "", "stdout"),
        check(&sibling(path, "err"), &stderr, "", "stderr"),
        check(&sibling(path, "code"), &code, "0\n", "exit code"),
    ];
    let errors: Vec<String> = results.into_iter().filter_map(Result::err).collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!("fourd {}\n{}", args.join(" "), errors.join("\n")))
    }
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    let golden = root().join("tests").join("golden");
    let mut files = Vec::new();
    cases(&golden, &mut files);
    for path in files {
        let rel = path.strip_prefix(&golden).unwrap_or(&path).to_path_buf();
        let area = rel
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = rel
            .with_extension("")
            .to_string_lossy()
            .replace(['/', '\\'], "::");
        let p = path.clone();
        let trial = if area == "parse" {
            Trial::test(name, move || parse_case(&p).map_err(Failed::from))
        } else {
            Trial::test(name, move || run_case(&p).map_err(Failed::from))
        };
        trials.push(trial);
    }
    // Examples are golden-tested so they never rot.
    let mut examples = Vec::new();
    cases(&root().join("examples"), &mut examples);
    for path in examples {
        let name = format!(
            "examples::{}",
            path.file_stem().unwrap_or_default().to_string_lossy()
        );
        let p = path.clone();
        trials.push(Trial::test(name, move || {
            run_case(&p).map_err(Failed::from)
        }));
    }
    libtest_mimic::run(&args, trials).exit();
}
