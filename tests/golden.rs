//! Golden tests: every `tests/golden/<area>/<case>.4dm` is one named test (`parse::if_else`,
//! `parse::errors::x` for nested folders). An area's runner turns a case into
//! `(suffix, actual text)` pairs compared with the files next to it (`<case><suffix>`).
//! `UPDATE_GOLDEN=1 cargo test --test golden` rewrites the expected files (and deletes
//! the expected files of suffixes a case no longer produces); review them in the diff.
//!
//! Files whose name starts with `_` are helpers (project methods used by other cases),
//! not cases. Areas without a runner are skipped: add one arm to [`runner`].

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};

/// What a case produces: `(suffix, text)` pairs, e.g. `(".ast", dump)`.
type Outputs = Vec<(&'static str, String)>;

/// Every suffix a runner may produce (stale expected files of these are removed on update).
const SUFFIXES: &[&str] = &[".ast", ".err"];

/// The runner of an area, if this harness knows it.
fn runner(area: &str) -> Option<fn(&Path, &str) -> Outputs> {
    match area {
        "parse" => Some(parse_case),
        _ => None,
    }
}

/// `parse`: the AST dump when the file parses cleanly, otherwise the rendered diagnostics.
fn parse_case(path: &Path, shown: &str) -> Outputs {
    let src = std::fs::read_to_string(path).expect("read case");
    let dir = path.parent().unwrap_or(Path::new("."));
    let names = fourd::cli::check::method_names(dir);
    let parsed = fourd::parser::parse(&src, Some(&names));
    if parsed.diagnostics.is_empty() {
        vec![(".ast", fourd::ast_dump::dump(&parsed.file))]
    } else {
        let text: String = parsed
            .diagnostics
            .iter()
            .map(|d| fourd::diagnostics::render(d, shown, &src, false))
            .collect();
        vec![(".err", text)]
    }
}

fn discover(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            discover(&p, out);
        } else if p.extension().is_some_and(|e| e == "4dm")
            && !p
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('_'))
        {
            out.push(p);
        }
    }
}

fn check(path: &Path, shown: &str, run: fn(&Path, &str) -> Outputs) -> Result<(), Failed> {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1");
    let outputs = run(path, shown);
    let stem = path.with_extension("");
    let expected_path = |suffix: &str| PathBuf::from(format!("{}{suffix}", stem.display()));
    if update {
        for suffix in SUFFIXES {
            if !outputs.iter().any(|(s, _)| s == suffix) {
                let _ = std::fs::remove_file(expected_path(suffix));
            }
        }
        for (suffix, actual) in &outputs {
            std::fs::write(expected_path(suffix), actual)
                .map_err(|e| Failed::from(e.to_string()))?;
        }
        return Ok(());
    }
    let mut problems = String::new();
    for suffix in SUFFIXES {
        if !outputs.iter().any(|(s, _)| s == suffix) && expected_path(suffix).exists() {
            problems.push_str(&format!(
                "{shown}: expected `{suffix}` output, but the case produced none\n"
            ));
        }
    }
    for (suffix, actual) in &outputs {
        match std::fs::read_to_string(expected_path(suffix)) {
            Err(_) => problems.push_str(&format!(
                "{shown}: no expected `{suffix}` file (run with UPDATE_GOLDEN=1); actual:\n{actual}\n"
            )),
            Ok(expected) if expected != *actual => {
                let diff = similar::TextDiff::from_lines(&expected, actual);
                problems.push_str(&format!(
                    "{shown}: `{suffix}` differs\n{}",
                    diff.unified_diff().context_radius(3).header("expected", "actual")
                ));
            }
            Ok(_) => {}
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = manifest.join("tests/golden");
    let mut cases = Vec::new();
    discover(&root, &mut cases);
    let mut trials = Vec::new();
    for path in cases {
        let rel = path.strip_prefix(&root).expect("under root").to_path_buf();
        let mut parts: Vec<String> = rel
            .with_extension("")
            .iter()
            .map(|c| c.to_string_lossy().into_owned())
            .collect();
        let area = parts.first().cloned().unwrap_or_default();
        let Some(run) = runner(&area) else { continue };
        let name = std::mem::take(&mut parts).join("::");
        let shown = path
            .strip_prefix(manifest)
            .unwrap_or(&path)
            .display()
            .to_string()
            .replace('\\', "/");
        trials.push(Trial::test(name, move || check(&path, &shown, run)));
    }
    libtest_mimic::run(&args, trials).exit();
}
