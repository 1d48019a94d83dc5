//! `fourd check PATH...`: parse `.4dm` files (folders recurse, in sorted order) and report
//! syntax errors. Diagnostics go to stderr (coloured only on a terminal), one summary
//! line `checked N files: M with errors` to stdout. Exit 0 when clean, 3 when any file
//! has errors, 2 for usage errors.
//!
//! A 4D project (a `.4DProject` file or a folder holding `Project/`) is checked as a whole
//! by `check_static`: syntax errors plus static errors (unknown method or command, wrong
//! argument count, unknown class). `--annotations github` also prints every diagnostic
//! as a GitHub `::error file=…,line=…::message` line on stdout.
//!
//! Each file is parsed with the names of the project methods around it: the stems of
//! the `.4dm` files in its own folder and, inside a 4D project, in
//! `Project/Sources/Methods/`, so multi-word method names glue.

use super::{EXIT_OK, EXIT_SYNTAX, EXIT_USAGE};
use crate::diagnostics::render;
use crate::names::NameSet;
use crate::parser;
use std::collections::HashMap;
use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Most diagnostics printed for one file.
const MAX_SHOWN: usize = 50;

const USAGE: &str = "usage: fourd check [--quiet] PATH...\n\
    \n\
    Parse .4dm files (folders are searched recursively) and report syntax errors.\n\
    --quiet, -q   print only the paths of files with errors, not the diagnostics\n\
    --annotations github   also print GitHub ::error lines on stdout\n\
    A project (.4DProject file or folder holding Project/) is checked as a whole: syntax\n\
    errors, unknown methods, commands and classes, wrong argument counts.\n";

pub fn main(args: Vec<OsString>) -> i32 {
    let mut quiet = false;
    let mut github = false;
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut parser = lexopt::Parser::from_args(args);
    loop {
        match parser.next() {
            Ok(None) => break,
            Ok(Some(lexopt::Arg::Short('q') | lexopt::Arg::Long("quiet"))) => quiet = true,
            Ok(Some(lexopt::Arg::Long("annotations"))) => {
                match parser
                    .value()
                    .ok()
                    .and_then(|v| v.into_string().ok())
                    .as_deref()
                {
                    Some("github") => github = true,
                    _ => {
                        eprintln!("fourd check: --annotations takes github\n\n{USAGE}");
                        return EXIT_USAGE;
                    }
                }
            }
            Ok(Some(lexopt::Arg::Short('h') | lexopt::Arg::Long("help"))) => {
                print!("{USAGE}");
                return EXIT_OK;
            }
            Ok(Some(lexopt::Arg::Value(v))) => paths.push(PathBuf::from(v)),
            Ok(Some(other)) => {
                eprintln!(
                    "fourd check: unexpected argument {}\n\n{USAGE}",
                    other.unexpected()
                );
                return EXIT_USAGE;
            }
            Err(e) => {
                eprintln!("fourd check: {e}\n\n{USAGE}");
                return EXIT_USAGE;
            }
        }
    }
    if paths.is_empty() {
        eprintln!("fourd check: no path given\n\n{USAGE}");
        return EXIT_USAGE;
    }
    let mut files = Vec::new();
    let mut projects = Vec::new();
    for p in &paths {
        if let Some(layout) = crate::check_static::project_at(p) {
            projects.push(layout);
        } else if p.is_dir() {
            collect(p, &mut files);
        } else if p.is_file() {
            files.push(p.clone());
        } else {
            eprintln!("fourd check: {}: no such file or directory", p.display());
            return EXIT_USAGE;
        }
    }
    let color = std::io::stderr().is_terminal();
    let mut names: HashMap<PathBuf, NameSet> = HashMap::new();
    let mut with_errors = 0usize;
    let stderr = std::io::stderr();
    for file in &files {
        let shown = file.display().to_string();
        let src = match std::fs::read(file) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                let _ = writeln!(stderr.lock(), "fourd check: {shown}: {e}");
                with_errors += 1;
                continue;
            }
        };
        let dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
        let extra = names
            .entry(dir.clone())
            .or_insert_with(|| method_names(&dir));
        // The parser never panics (tests/props.rs); if it ever did, report the file
        // instead of aborting the whole run.
        let parsed = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            parser::parse(&src, Some(&*extra))
        })) {
            Ok(parsed) => parsed,
            Err(_) => {
                let _ = writeln!(
                    stderr.lock(),
                    "fourd check: {shown}: internal error in the parser"
                );
                with_errors += 1;
                continue;
            }
        };
        if parsed.diagnostics.is_empty() {
            continue;
        }
        with_errors += 1;
        let mut err = stderr.lock();
        if quiet {
            let _ = writeln!(err, "{shown}");
            continue;
        }
        // Each rendering indexes the whole source again (diagnostics::render): cap the
        // count so that a binary file renamed .4dm cannot take minutes.
        for d in parsed.diagnostics.iter().take(MAX_SHOWN) {
            let _ = write!(err, "{}", render(d, &shown, &src, color));
        }
        if parsed.diagnostics.len() > MAX_SHOWN {
            let more = parsed.diagnostics.len() - MAX_SHOWN;
            let _ = writeln!(err, "{shown}: {more} more errors not shown");
        }
        drop(err);
        if github {
            for d in &parsed.diagnostics {
                print!("{}", crate::check_static::annotation(d, &shown, &src));
            }
        }
    }
    let mut checked = files.len();
    for layout in &projects {
        let (n, bad) = crate::check_static::report_project(layout, quiet, github, color);
        checked += n;
        with_errors += bad;
    }
    println!("checked {checked} files: {with_errors} with errors");
    if with_errors > 0 {
        EXIT_SYNTAX
    } else {
        EXIT_OK
    }
}

fn is_4dm(p: &Path) -> bool {
    p.extension().is_some_and(|e| e.eq_ignore_ascii_case("4dm"))
}

/// Every `.4dm` file under `dir`, in sorted order.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if is_4dm(&p) {
            out.push(p);
        }
    }
}

fn add_stems(dir: &Path, set: &mut NameSet) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if is_4dm(&p)
            && let Some(stem) = p.file_stem().and_then(|s| s.to_str())
        {
            set.insert(stem);
        }
    }
}

/// Names of the project methods visible from files in `dir`.
pub fn method_names(dir: &Path) -> NameSet {
    let mut set = NameSet::new();
    add_stems(dir, &mut set);
    for a in dir.ancestors() {
        let methods = if a.file_name().is_some_and(|n| n == "Sources") {
            a.join("Methods")
        } else {
            a.join("Project").join("Sources").join("Methods")
        };
        if methods.is_dir() {
            if methods != dir {
                add_stems(&methods, &mut set);
            }
            break;
        }
    }
    set
}
