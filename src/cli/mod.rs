//! Command-line front end: argument parsing and dispatch to one module per subcommand.
//! Exit codes (design.md §4): 0 ok, 1 uncaught runtime error, 2 usage, 3 syntax errors.

pub mod check;
pub mod run;

pub const EXIT_OK: i32 = 0;
pub const EXIT_RUNTIME: i32 = 1;
pub const EXIT_USAGE: i32 = 2;
pub const EXIT_SYNTAX: i32 = 3;

const HELP: &str = "\
fourd — an interpreter for the 4D language

USAGE:
    fourd                        the interactive REPL (reads entries from stdin when piped)
    fourd repl                   the same
    fourd run FILE.4dm [ARG...]  run a script (its folder's .4dm files are its methods)
    fourd run -e CODE            run a snippet
      --dump                     print the main method's declared locals after the run
      --session KIND             standalone (default), web, remote, stored-procedure, none
      --roles FILE               roles.json for web session privileges
      --before CODE              run a 4D expression first, in the same session
      --wait-timeout SECONDS     at exit, wait this long for other processes (default 60)
      --timeout SECONDS          stop the run after this long (exit code 4)
      --max-memory SIZE          heap limit, e.g. 512M, 2G, none (default: 3/4 of RAM);
                                 above it 4D code gets error -108 (exit code 4)
    fourd check PATH...          parse .4dm files (folders recurse) and report syntax errors;
                                 a project is checked whole (unknown names, argument counts);
                                 --annotations github adds ::error lines
    fourd doctest FILE.md...     run the ```4d blocks of Markdown pages, check stated results
    fourd --project PATH [--startup-method NAME] [--user-param TEXT] [--skip-onstartup]
          [--dataless | --data PATH] [--opening-mode M] [--headless] [--error-flag[=FILE]]
          [--lenient] [--wait-timeout SECONDS]
                                 run a 4D project as tool4d does (On Startup, method, On Exit)
    fourd test [PATH] [--format human|json|junit] [--annotations github] [--tags T]
          [--exclude-tags T] [--require-tags T] [--filter PATTERN] [--jobs N]
                                 run a project's *Test classes and golden .4dm/.out files
    fourd --version              print the version
    fourd --help                 print this help

EXIT CODES:
    0 success, 1 uncaught runtime error, 2 usage error, 3 syntax errors,
    4 time or memory limit reached (--timeout, --max-memory), 70 internal error (a fourd bug)
";

/// Run the CLI with the arguments after the program name; returns the exit code.
pub fn main(args: Vec<std::ffi::OsString>) -> i32 {
    crate::limits::install_panic_hook();
    crate::limits::set_max_memory(crate::limits::default_max_memory());
    let mut args = args.into_iter();
    let Some(first) = args.next() else {
        return crate::repl::main(Vec::new());
    };
    let rest: Vec<std::ffi::OsString> = args.collect();
    match first.to_str() {
        Some("--version") | Some("-V") => {
            println!("fourd {}", env!("CARGO_PKG_VERSION"));
            EXIT_OK
        }
        Some("--help") | Some("-h") | Some("help") => {
            print!("{HELP}");
            EXIT_OK
        }
        Some("check") => check::main(rest),
        Some("run") => run::main(rest),
        Some("doctest") => crate::doctest::main(rest),
        Some("repl") => crate::repl::main(rest),
        Some("test") => crate::testing::main(rest),
        Some(flag) if crate::project::cli::is_project_arg(flag) => {
            let mut all = vec![first];
            all.extend(rest);
            crate::project::cli::main(all)
        }
        _ => {
            eprintln!("fourd: unknown command {:?}\n\n{HELP}", first);
            EXIT_USAGE
        }
    }
}
