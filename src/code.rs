//! The resolved tree: what the evaluator runs. Produced from the AST by `resolve.rs`.
//!
//! Every `$local` is a frame slot, every process variable a slot in the process table,
//! every command a [`CommandId`], every project method a [`MethodId`], every literal
//! property name an interned [`Key`]. Nothing here is looked up by name at run time.
//! Spans are kept on statements only: 4D reports runtime errors by method and line.

use crate::ast::{AssignOp, BinOp, Span};
use crate::builtins::CommandId;
use crate::keys::Key;
use crate::value::Value;
use std::sync::Arc;

pub type MethodId = u32;
pub type Slot = u32;

/// A declared variable or parameter type.
#[derive(Clone, Debug, PartialEq)]
pub enum VarType {
    Text,
    Integer,
    Real,
    Boolean,
    Date,
    Time,
    Object,
    Collection,
    Variant,
    Pointer,
    Picture,
    Blob,
    /// `cs.X` / `4D.X`: an object of that class (checked loosely).
    Class(Arc<str>),
    /// An array (from `ARRAY TEXT(...)` and friends) of this element type.
    Array(Box<VarType>),
}

impl VarType {
    /// The value a variable of this type starts with.
    pub fn default_value(&self) -> Value {
        match self {
            VarType::Text => Value::text(""),
            VarType::Integer => Value::Int(0),
            VarType::Real => Value::Real(0.0),
            VarType::Boolean => Value::Bool(false),
            VarType::Date => Value::Date(crate::value::Date::NULL),
            VarType::Time => Value::Time(0),
            VarType::Object | VarType::Class(_) | VarType::Collection | VarType::Pointer => {
                Value::Null
            }
            VarType::Picture | VarType::Blob => Value::Blob(Arc::new(Vec::new())),
            VarType::Variant | VarType::Array(_) => Value::Undefined,
        }
    }
    pub fn name(&self) -> String {
        match self {
            VarType::Text => "Text".into(),
            VarType::Integer => "Integer".into(),
            VarType::Real => "Real".into(),
            VarType::Boolean => "Boolean".into(),
            VarType::Date => "Date".into(),
            VarType::Time => "Time".into(),
            VarType::Object => "Object".into(),
            VarType::Collection => "Collection".into(),
            VarType::Variant => "Variant".into(),
            VarType::Pointer => "Pointer".into(),
            VarType::Picture => "Picture".into(),
            VarType::Blob => "Blob".into(),
            VarType::Class(c) => c.to_string(),
            VarType::Array(t) => format!("Array of {}", t.name()),
        }
    }
}

/// A resolved method, class function, constructor or formula body.
#[derive(Debug, Default)]
pub struct Code {
    /// `MyMethod`, `Person.greet`, `Person:constructor`, `Formula`.
    pub name: String,
    /// Index of the source file in the program's sources.
    pub source: u32,
    /// Number of local slots (parameters first).
    pub nslots: u32,
    /// Slot names without `$` (`"0"`, `"1"` for legacy parameters), for `--dump` and pointers.
    pub slot_names: Vec<String>,
    /// Declared type per slot (`None` = untyped, behaves as Variant).
    pub slot_types: Vec<Option<VarType>>,
    /// Slots that were declared with `var`/`#DECLARE`, in declaration order (for `--dump`).
    pub declared: Vec<Slot>,
    /// Number of parameter slots: declared parameters, or the highest `$N` used.
    pub nparams: u32,
    /// `... : Type` variadic parameter type (`Some(None)` = untyped variadic).
    pub variadic: Option<Option<VarType>>,
    /// Slot of the result (`-> $r`, or `$0`).
    pub result: Option<Slot>,
    pub result_type: Option<VarType>,
    pub body: Vec<Stmt>,
    /// Span of the whole method for messages.
    pub span: Span,
}

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum StmtKind {
    Expr(Expr),
    /// `$local := value` (the hot path).
    /// (with the local's declared type when known)
    SetLocal {
        slot: Slot,
        value: Expr,
        ty: Option<VarType>,
    },
    /// `$t := $t + a + b ...` on a local: append in place.
    AppendLocal {
        slot: Slot,
        parts: Vec<Expr>,
    },
    Assign {
        target: Place,
        op: AssignOp,
        value: Expr,
    },
    /// `$o.key := $o.key op x` (x a constant or a local): updated in place under one
    /// lock when the property holds a number; otherwise run as the `Assign` it is.
    UpdateMember {
        slot: Slot,
        key: Key,
        /// The place `$o.key` and the whole `$o.key op x` (a `Binary`), for the general case.
        target: Place,
        value: Expr,
    },
    /// `var` for one variable: give it its type's default value unless already set.
    Declare {
        target: Place,
        ty: VarType,
        init: Option<Expr>,
    },
    If {
        cond: Expr,
        then: Vec<Stmt>,
        otherwise: Vec<Stmt>,
    },
    Case {
        branches: Vec<(Expr, Vec<Stmt>)>,
        otherwise: Vec<Stmt>,
    },
    While {
        cond: Expr,
        body: Vec<Stmt>,
    },
    Repeat {
        body: Vec<Stmt>,
        until: Expr,
    },
    For {
        counter: Place,
        start: Expr,
        end: Expr,
        step: Option<Expr>,
        body: Vec<Stmt>,
    },
    ForEach {
        item: Place,
        source: Expr,
        begin: Option<Expr>,
        end: Option<Expr>,
        until: Option<Expr>,
        while_: Option<Expr>,
        body: Vec<Stmt>,
    },
    Break,
    Continue,
    Return(Option<Expr>),
    Try {
        body: Vec<Stmt>,
        catch: Option<Vec<Stmt>>,
    },
    Use {
        target: Expr,
        body: Vec<Stmt>,
    },
    /// A statement that does nothing (`...`, `Begin SQL`, `C_TEXT` without effect).
    Nop,
    /// A statement that raises an error when executed (resolution failed).
    Fail {
        code: i64,
        message: String,
    },
}

/// Something that can be assigned to.
#[derive(Debug)]
pub enum Place {
    Local(Slot),
    Process(Slot),
    Interprocess(Slot),
    /// `${n}`
    Param(Box<Expr>),
    /// `obj.key`
    Member {
        object: Box<Expr>,
        key: Key,
    },
    /// `obj[index]` (property by name or collection element)
    Index {
        object: Box<Expr>,
        index: Box<Expr>,
    },
    /// `array{index}`
    Element {
        array: Box<Place>,
        index: Box<Expr>,
    },
    /// `text[[index]]`
    CharAt {
        text: Box<Place>,
        index: Box<Expr>,
    },
    /// `ptr->`
    Deref(Box<Expr>),
    /// `[Table]Field`
    Field {
        table: String,
        field: String,
    },
    /// Not assignable (message for the error).
    Invalid(String),
}

#[derive(Debug)]
pub enum Expr {
    Const(Value),
    Local(Slot),
    Process(Slot),
    Interprocess(Slot),
    /// `${n}`
    Param(Box<Expr>),
    /// A built-in command call.
    Command {
        id: CommandId,
        args: Box<[Expr]>,
    },
    /// A project method call.
    Method {
        id: MethodId,
        args: Box<[Expr]>,
    },
    Member {
        object: Box<Expr>,
        key: Key,
    },
    Index {
        object: Box<Expr>,
        index: Box<Expr>,
    },
    Element {
        array: Box<Place>,
        index: Box<Expr>,
    },
    CharAt {
        text: Box<Expr>,
        index: Box<Expr>,
    },
    Neg(Box<Expr>),
    Binary {
        op: BinOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// Arithmetic or a comparison on declared numbers, compiled (`crate::numeric`).
    Num(Box<crate::numeric::NumCode>),
    /// `a && b`
    And(Box<Expr>, Box<Expr>),
    /// `a || b`
    Or(Box<Expr>, Box<Expr>),
    Ternary {
        cond: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
    PointerTo(Box<Place>),
    Deref(Box<Expr>),
    ObjectLit(Box<[(Key, Expr)]>),
    CollectionLit(Box<[Expr]>),
    /// `obj.name(args)`
    MemberCall {
        object: Box<Expr>,
        name: Key,
        args: Box<[Expr]>,
    },
    /// `expr(args)` where expr yields a formula.
    CallValue {
        callee: Box<Expr>,
        args: Box<[Expr]>,
    },
    This,
    /// `Super(args)` in a constructor.
    SuperConstructor(Box<[Expr]>),
    /// `Super.name(args)` in a function.
    SuperCall {
        name: Key,
        args: Box<[Expr]>,
    },
    /// `Super` alone (reading `Super.prop`): the superclass.
    Super,
    ClassStore,
    BuiltinStore,
    TryExpr(Box<Expr>),
    /// `Formula(expr)`: a formula over compiled code, capturing locals by value.
    Formula(Arc<FormulaTemplate>),
    /// A command fourd does not implement (error when evaluated).
    Unimplemented(Arc<str>),
    /// `[Table]Field` / `[Table]` read (no database: error when evaluated, pointer ok).
    Field {
        table: Box<str>,
        field: Box<str>,
    },
    Table(Box<str>),
    /// Bare `*` argument.
    Star,
    /// Bare operator argument (`>`, `<`, `&`, ...).
    BareOp(Arc<str>),
    /// `target := value` used as an expression (a formula body): assigns, yields the value.
    Assign {
        target: Box<Place>,
        op: AssignOp,
        value: Box<Expr>,
    },
    /// An expression that could not be resolved: raises its error when evaluated.
    Fail {
        code: i64,
        message: Arc<str>,
    },
}

/// A compiled `Formula(expr)`: its body, and which outer locals it captures.
#[derive(Debug)]
pub struct FormulaTemplate {
    pub code: Arc<Code>,
    /// `(outer slot, inner slot)` pairs copied when the formula is created.
    pub captures: Vec<(Slot, Slot)>,
    /// The expression's source text (`.source`).
    pub source: String,
    /// When the formula is a single method name: that method (arguments pass straight through).
    pub method: Option<MethodId>,
}

#[cfg(test)]
mod tests {
    /// The evaluator matches on `Expr` for every node: keep it small, with a plain tag
    /// (a `String` field would make the tag a niche in its capacity, slower to decode).
    #[test]
    fn expr_is_small() {
        assert!(std::mem::size_of::<super::Expr>() <= 40);
    }
}
