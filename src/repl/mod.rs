//! The interactive REPL: `fourd` with no file (or `fourd repl`).
//!
//! - `session.rs`: the persistent main process every entry runs in.
//! - `input.rs`: when an entry is complete (block keywords, brackets, `\`), from the lexer.
//! - `print.rs`: how values are shown (`value (Type)`).
//! - `meta.rs`: `:help`, `:vars`, `:type`, `:load`, `:reset`, `:processes`, `:quit`, `:echo`.
//! - `helper.rs`: rustyline completion and hints.
//! - `front.rs`: the two front ends: the terminal prompt and the stdin transcript reader.

pub mod front;
pub mod helper;
pub mod input;
pub mod meta;
pub mod print;
pub mod session;

/// `fourd` with no arguments, or `fourd repl`: the prompt when stdin and stdout are
/// terminals, the transcript reader otherwise. Runs on a thread with a big stack, as
/// `fourd run` does.
pub fn main(args: Vec<std::ffi::OsString>) -> i32 {
    use std::io::IsTerminal;
    if let Some(a) = args.first() {
        eprintln!(
            "fourd repl: unexpected argument {a:?}\nusage: fourd repl (in the folder whose methods and Classes/ to load)"
        );
        return crate::cli::EXIT_USAGE;
    }
    let dir = std::env::current_dir().unwrap_or_else(|_| std::path::PathBuf::from("."));
    let tty = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let handle = std::thread::Builder::new()
        .name("fourd-main".into())
        .stack_size(crate::cli::run::RUN_STACK_BYTES)
        .spawn(move || {
            if tty {
                front::interactive(&dir)
            } else {
                front::piped(&dir)
            }
        });
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("fourd: internal error: the REPL stopped unexpectedly");
            70
        }
    }
}
