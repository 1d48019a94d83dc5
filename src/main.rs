//! The `fourd` binary: everything lives in the library; this only forwards the arguments.

fn main() {
    let code = fourd::cli::main(std::env::args_os().skip(1).collect());
    std::process::exit(code);
}
