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
///
/// Sources checked (builtins branch, issue 3): the 4D documentation repository (`4d/docs`:
/// `Concepts/error-handling.md`, `commands-legacy/assert.md`, `Concepts/shared.md`,
/// `API/FunctionClass.md`, `Concepts/classes.md`) and the 4D v16.3 reference page
/// "Database Engine Errors (-10602 -> 4004)". Codes marked **fourd-assigned** have no
/// public 4D source: 4D raises an error there but its number could not be found; they sit
/// in an unused range so they are easy to find and replace once checked on real 4D.
pub mod codes {
    /// -10518 "Assert failed: {assertion}" (v16.3 "Database Engine Errors" page; `ASSERT`).
    pub const ASSERT_FAILED: i64 = -10518;
    /// -10721 "Not supported value type in a shared object or shared collection"
    /// (docs `Concepts/shared.md` / `new-shared-object.md`).
    pub const NOT_SHAREABLE: i64 = -10721;
    /// -10737: `Formula from string` uses a local variable (docs `API/FunctionClass.md`).
    pub const FORMULA_LOCAL: i64 = -10737;
    /// -10743: `This` used before `Super()` in a constructor (docs `Concepts/classes.md`).
    pub const THIS_BEFORE_SUPER: i64 = -10743;
    /// -10745: `OB Instance of` with a second parameter that is not a class (docs
    /// `commands-legacy/ob-instance-of.md`).
    pub const NOT_A_CLASS: i64 = -10745;
    /// -10746: `Super` outside an object scope or called twice (docs `classes.md`).
    pub const SUPER_MISUSE: i64 = -10746;
    /// -10748: not every constructor in the chain was called (docs `classes.md`).
    pub const CONSTRUCTOR_CHAIN: i64 = -10748;
    /// -10532 "Cannot call error handling project method 'methodName'" (docs
    /// `Concepts/preemptive.md`; v16.3 "Database Engine Errors" page).
    pub const ERR_CALL_METHOD: i64 = -10532;
    /// -1: the default `errCode` of `throw` (docs `commands/throw.md`); also fourd's
    /// generic runtime error.
    pub const GENERIC: i64 = -1;
    /// -10508 "Project method not found." (v16.3 "Database Engine Errors" page): a method
    /// called by name (`EXECUTE METHOD`, `New process`, callbacks given as text) that
    /// does not exist.
    pub const METHOD_NOT_FOUND: i64 = -10508;

    // fourd-assigned codes (see the module note above).
    /// Operands of incompatible types for an operator. **fourd-assigned**.
    pub const INCOMPATIBLE_TYPES: i64 = -10701;
    /// An undefined value used in an expression. **fourd-assigned**.
    pub const UNDEFINED_IN_EXPRESSION: i64 = -10702;
    /// A value of the wrong type given to a command parameter, or assigned to a declared
    /// variable or parameter. **fourd-assigned**.
    pub const TYPE_MISMATCH: i64 = -10703;
    /// Division (`/`, `\`, `%`, `Mod`) by zero. **fourd-assigned** (4D's compiled range
    /// checking also reports "Division by zero"; no code is documented).
    pub const DIVISION_BY_ZERO: i64 = -10704;
    /// Collection index out of range when reading with `[]`. **fourd-assigned**.
    pub const INDEX_OUT_OF_RANGE: i64 = -10705;
    /// Property access or member call on Null or a non-object. **fourd-assigned**.
    pub const NOT_AN_OBJECT: i64 = -10706;
    /// Unknown member function. **fourd-assigned**.
    pub const UNKNOWN_MEMBER: i64 = -10707;
    /// Too deep recursion ("Stack full"). **fourd-assigned**.
    pub const STACK_FULL: i64 = -10710;
    /// Dereferencing a Nil pointer or a pointer to a dead local. **fourd-assigned**.
    pub const NIL_POINTER: i64 = -10711;
    /// Class not found / `.new()` on something that is not a class. **fourd-assigned**.
    pub const CLASS_NOT_FOUND: i64 = -10712;
    /// Writing a read-only property (e.g. a computed property without setter).
    /// **fourd-assigned**.
    pub const READ_ONLY: i64 = -10713;
    /// A database command called with no database. **fourd-assigned**.
    pub const NO_DATABASE: i64 = -10714;
    /// An invalid regular expression given to `Match regex`: ERROR is -1 in 4D (what
    /// vdelachaux/classes' `test_rgx` expects from its ON ERR CALL handler).
    pub const REGEX_INVALID: i64 = -1;
    /// `JSON Parse` on text that is not valid JSON. **fourd-assigned**.
    pub const JSON_PARSE: i64 = -10716;
    /// A syntax error in a `.query()`/`.indices()` query string. **fourd-assigned**.
    pub const QUERY_SYNTAX: i64 = -10717;
    /// `multiSort()` with collections of different lengths. **fourd-assigned**.
    pub const COLLECTION_LENGTHS: i64 = -10718;
    /// Modifying a shared object or collection outside `Use`...`End use`.
    /// **fourd-assigned** (the docs say only that an error is raised).
    pub const NOT_IN_USE: i64 = -10720;
    /// Putting a shared object into another shared group. **fourd-assigned**.
    pub const OTHER_GROUP: i64 = -10722;
    /// `Use` on a value that is not a shared object or collection. **fourd-assigned**.
    pub const USE_NOT_SHARED: i64 = -10723;
    /// `4D.CryptoKey.new()` with unusable settings: no or unknown `type`, an unsupported
    /// `curve`, an RSA `size` out of range, a `pem` holding no readable key.
    /// **fourd-assigned** (the CryptoKey page documents no error codes).
    pub const CRYPTO_SETTINGS: i64 = -10724;
    /// A `4D.CryptoKey` function that cannot run: unknown `hash` or encoding option, no
    /// private key to sign or decrypt with, encryption with an ECDSA key, a message too
    /// long for the RSA key. **fourd-assigned**.
    pub const CRYPTO_OPTIONS: i64 = -10725;
    /// The `errCode` in the `errors` of a failed `.verify()` / `.decrypt()` status (the
    /// signature does not match, the message was not encrypted with this key).
    /// **fourd-assigned**.
    pub const CRYPTO_FAILED: i64 = -10726;
    /// A `Use` that would close a wait cycle between processes (fourd only: 4D hangs).
    pub const DEADLOCK: i64 = -10790;
    /// Command not implemented by fourd (fourd only).
    pub const NOT_IMPLEMENTED: i64 = -9999;
}
