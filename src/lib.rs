//! fourd: an interpreter for the 4D language.
//!
//! The pipeline is source → [`lexer`] → [`parser`] → [`ast`] → resolver → evaluator;
//! every stage reports [`diagnostics::Diagnostic`]s. See `src/README.md` for the module map.

pub mod ast;
pub mod ast_dump;
pub mod catalog;
pub mod cli;
pub mod diagnostics;
pub mod lexer;
pub mod names;
pub mod parser;
