//! Runtime errors as data: 4D's error code, message and component signature, plus where
//! it happened. Errors travel as `Box<RtError>` (cold path, small `Result`).
//!
//! The codes are 4D's own (see `codes`); each constant names the doc page or behaviour it
//! comes from so a reader can check it.

use crate::ast::Span;

#[derive(Clone, Debug, PartialEq)]
pub struct Location {
    /// Method (or `Class.function`) name.
    pub method: String,
    /// Index of the source file in the program.
    pub source: u32,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RtError {
    pub code: i64,
    pub message: String,
    /// `4DRT` for runtime errors, `host` for `throw` from user code, etc.
    pub signature: String,
    /// Set when the error leaves the statement that raised it.
    pub location: Option<Location>,
    /// Call chain, innermost first, filled while the error unwinds (method name, location).
    pub chain: Vec<Location>,
    /// `throw({deferred: True})`.
    pub deferred: bool,
    /// The whole object given to `throw(object)` (kept for `Last errors`).
    pub extra: Option<crate::value::Obj>,
    /// Frame depth where `location` was recorded (to extend `chain` once per frame).
    pub depth: usize,
}

pub type R<T = crate::value::Value> = Result<T, Box<RtError>>;

impl RtError {
    pub fn new(code: i64, message: impl Into<String>) -> Box<RtError> {
        Box::new(RtError {
            code,
            message: message.into(),
            signature: "4DRT".into(),
            location: None,
            chain: Vec::new(),
            deferred: false,
            extra: None,
            depth: 0,
        })
    }
}

/// Build an error result: `return err(codes::DIVISION_BY_ZERO, "Division by zero")`.
pub fn err<T>(code: i64, message: impl Into<String>) -> R<T> {
    Err(RtError::new(code, message))
}

/// 4D error codes used by fourd.
pub mod codes {
    /// `ASSERT` failed (error -10518, "Assert failed").
    pub const ASSERT_FAILED: i64 = -10518;
    /// Value not supported in a shared object or collection.
    pub const NOT_SHAREABLE: i64 = -10721;
    /// `Formula from string` uses a local variable.
    pub const FORMULA_LOCAL: i64 = -10737;
    /// `This` used before `Super()` in a constructor.
    pub const THIS_BEFORE_SUPER: i64 = -10743;
    /// `Super` outside an object scope or called twice.
    pub const SUPER_MISUSE: i64 = -10746;
    /// Not every constructor in the chain was called.
    pub const CONSTRUCTOR_CHAIN: i64 = -10748;
    /// Cannot call the error-handling method.
    pub const ERR_CALL_METHOD: i64 = -10532;
    /// A generic runtime error with no better code (kept distinct to be searchable).
    pub const GENERIC: i64 = -1;

    // The codes below are being checked against 4D's documentation (issue 3); each
    // names the behaviour it stands for.
    /// Operands of incompatible types for an operator.
    pub const INCOMPATIBLE_TYPES: i64 = -10701;
    /// An undefined value used in an expression.
    pub const UNDEFINED_IN_EXPRESSION: i64 = -10702;
    /// Division (`\`, `%`) by zero.
    pub const DIVISION_BY_ZERO: i64 = -10704;
    /// A value of the wrong type assigned to a declared variable or parameter.
    pub const TYPE_MISMATCH: i64 = -10703;
    /// Collection index out of range.
    pub const INDEX_OUT_OF_RANGE: i64 = -10705;
    /// Property access or member call on something that is not an object.
    pub const NOT_AN_OBJECT: i64 = -10706;
    /// Unknown member function.
    pub const UNKNOWN_MEMBER: i64 = -10707;
    /// Modifying a shared object or collection outside `Use`...`End use`.
    pub const NOT_IN_USE: i64 = -10720;
    /// Putting a shared object into another shared group.
    pub const OTHER_GROUP: i64 = -10722;
    /// `Use` on a value that is not a shared object or collection.
    pub const USE_NOT_SHARED: i64 = -10723;
    /// Method not found.
    pub const METHOD_NOT_FOUND: i64 = -20;
    /// Command not implemented by fourd.
    pub const NOT_IMPLEMENTED: i64 = -9999;
    /// Too deep recursion ("Stack full").
    pub const STACK_FULL: i64 = -10710;
    /// Dereferencing a Nil pointer or a pointer to a dead local.
    pub const NIL_POINTER: i64 = -10711;
    /// A `Use` that would close a wait cycle between processes.
    pub const DEADLOCK: i64 = -10790;
    /// Class not found / `.new()` on something that is not a class.
    pub const CLASS_NOT_FOUND: i64 = -10712;
    /// Writing a read-only property.
    pub const READ_ONLY: i64 = -10713;
    /// A database command called with no database.
    pub const NO_DATABASE: i64 = -10714;
    /// An invalid regular expression given to `Match regex`.
    pub const REGEX_INVALID: i64 = -10715;
    /// `JSON Parse` on text that is not valid JSON.
    pub const JSON_PARSE: i64 = -10716;
    /// A syntax error in a `.query()`/`.indices()` query string.
    pub const QUERY_SYNTAX: i64 = -10717;
    /// `multiSort()` with collections of different lengths.
    pub const COLLECTION_LENGTHS: i64 = -10718;
}
