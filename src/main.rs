//! The `fourd` binary: everything lives in the library; this only forwards the arguments
//! and installs the memory-counting allocator behind `--max-memory` (`fourd::limits`).

#[global_allocator]
static ALLOC: fourd::limits::CountingAlloc = fourd::limits::CountingAlloc;

fn main() {
    let code = fourd::cli::main(std::env::args_os().skip(1).collect());
    std::process::exit(code);
}
