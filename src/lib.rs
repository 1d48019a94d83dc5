//! fourd: an interpreter for the 4D language.
//!
//! The pipeline is source → [`lexer`] → [`parser`] → [`ast`] → resolver → evaluator;
//! every stage reports [`diagnostics::Diagnostic`]s. See `src/README.md` for the module map.

pub mod ast;
pub mod ast_dump;
pub mod builtins;
pub mod catalog;
pub mod check_static;
pub mod cli;
pub mod code;
pub mod diagnostics;
pub mod doctest;
pub mod interp;
pub mod keys;
pub mod lexer;
pub mod limits;
pub mod names;
pub mod numeric;
pub mod ops;
pub mod parser;
pub mod program;
pub mod project;
pub mod repl;
pub mod resolve;
pub mod testing;
pub mod value;
