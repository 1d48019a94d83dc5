//! The abstract syntax tree: what the parser produces from one `.4dm` file.
//!
//! Plain data with byte spans, no behaviour. The resolver (`resolve.rs`) turns it into
//! the resolved tree the evaluator runs; keeping the two apart lets the evaluator change
//! without touching the parser.
//!
//! Names are kept as written (case preserved); the resolver decides what a bare name is
//! (command, project method, constant, process variable) because that depends on the
//! name tables and the project, not on syntax.

use std::fmt;

/// A byte range in one source file.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// One parsed `.4dm` file: a method, or a class (when it holds class members).
#[derive(Clone, Debug, Default)]
pub struct File {
    /// The JSON text of a `//%attributes = {...}` header, if present.
    pub attributes: Option<String>,
    /// `#DECLARE` of a method (must come first, after comments).
    pub declare: Option<Declare>,
    /// Statements of a method (or of a class file before its first member, normally empty).
    pub body: Block,
    /// Class members, in source order; non-empty means this file is a class.
    pub members: Vec<ClassMember>,
}

pub type Block = Vec<Stmt>;

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// An expression used as a statement: a command, method or member call (`ALERT("x")`,
    /// `MyMethod`, `$o.f()`), or any other expression.
    Expr(Expr),
    /// `target := value`, `target += value`, ...
    Assign {
        target: Expr,
        op: AssignOp,
        value: Expr,
    },
    /// `var $a; $b : Type := init`
    Var {
        names: Vec<Ident>,
        ty: Option<TypeRef>,
        init: Option<Expr>,
    },
    /// `If (cond)` ... `Else` ... `End if`
    If {
        cond: Expr,
        then: Block,
        otherwise: Option<Block>,
    },
    /// `Case of` `:(cond)` ... `Else` ... `End case`
    Case {
        branches: Vec<(Expr, Block)>,
        otherwise: Option<Block>,
    },
    While {
        cond: Expr,
        body: Block,
    },
    Repeat {
        body: Block,
        until: Expr,
    },
    /// `For (counter; start; end {; step})` ... `End for`
    For {
        counter: Expr,
        start: Expr,
        end: Expr,
        step: Option<Expr>,
        body: Block,
    },
    /// `For each (item; source {; begin {; end}}) {Until|While (cond)}` ... `End for each`
    ForEach {
        item: Expr,
        source: Expr,
        begin: Option<Expr>,
        end: Option<Expr>,
        cond: Option<(LoopCond, Expr)>,
        body: Block,
    },
    Break,
    Continue,
    Return(Option<Expr>),
    /// `Try` ... `Catch` ... `End try` (`catch` is `None` when there is no `Catch`).
    Try {
        body: Block,
        catch: Option<Block>,
    },
    /// `Use (target)` ... `End use`
    Use {
        target: Expr,
        body: Block,
    },
    /// `Begin SQL` ... `End SQL`, kept opaque (the span covers the SQL text).
    Sql,
    /// A line standing only for elided code in documentation samples: `...`
    Ellipsis,
    /// A line that failed to parse (a diagnostic was reported for it).
    Error,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    Set,
    Add,
    Sub,
    Mul,
    Div,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoopCond {
    Until,
    While,
}

/// A name as written in the source, with its span.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A number literal as written (`12`, `1.5`, `1e3`, `0x1F`); `int` is set when the
    /// literal has no fraction or exponent and fits in an i32 (hex literals always).
    Number {
        value: f64,
        int: Option<i32>,
    },
    /// A text literal with escapes already decoded.
    Text(String),
    /// `!2024-01-31!`; the null date `!00-00-00!` is (0, 0, 0).
    Date {
        year: u16,
        month: u8,
        day: u8,
    },
    /// `?12:30:00?` in seconds.
    Time(i64),
    /// `$name` (also `$0`, `$1`, ... as `"0"`, `"1"`): the name without the `$`.
    Local(String),
    /// `<>name`: the name without the `<>`.
    Interprocess(String),
    /// `${expr}`: a parameter chosen by number.
    ParamIndirect(Box<Expr>),
    /// A bare name (possibly several words glued by the lexer, e.g. `Current date`,
    /// `Is text`, `HDI menu`): a command, project method, constant or process variable.
    /// The resolver decides.
    Name(String),
    /// Tokenized command form `Name:C123`: the number decides.
    CommandRef {
        name: String,
        number: u32,
    },
    /// Tokenized constant form `Name:K12:3`.
    ConstantRef {
        name: String,
        theme: u32,
        number: u32,
    },
    /// `[Table]` (optionally tokenized `[Table:3]`).
    Table {
        name: String,
        number: Option<u32>,
    },
    /// `[Table]Field` (optionally tokenized `[Table:3]Field:2`).
    Field {
        table: String,
        field: String,
        table_number: Option<u32>,
        field_number: Option<u32>,
    },
    /// A call: `callee(args)`. The callee is a `Name`/`CommandRef` (command or method call),
    /// a `Member` (member function call), `Super`, or any expression yielding a formula.
    Call {
        callee: Box<Expr>,
        args: Vec<Expr>,
    },
    /// `obj.name`
    Member {
        object: Box<Expr>,
        name: Ident,
    },
    /// `obj[index]`: property by name, or collection element.
    Index {
        object: Box<Expr>,
        index: Box<Expr>,
    },
    /// `array{index}`: array element.
    Element {
        array: Box<Expr>,
        index: Box<Expr>,
    },
    /// `text[[index]]`: character reference.
    CharAt {
        text: Box<Expr>,
        index: Box<Expr>,
    },
    /// `-x`
    Neg(Box<Expr>),
    Binary {
        op: BinOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// `cond ? a : b`
    Ternary {
        cond: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
    /// `->target`: make a pointer.
    PointerTo(Box<Expr>),
    /// `ptr->`: dereference.
    Deref(Box<Expr>),
    /// `{a: 1; "b c": 2}`
    ObjectLit(Vec<(Ident, Expr)>),
    /// `[1; 2; 3]`
    CollectionLit(Vec<Expr>),
    This,
    /// `Super` on its own: `Super.fn()` or `Super(args)` (as a `Call` callee).
    Super,
    /// `cs` (the user class store)
    ClassStore,
    /// `4D` (the built-in class store)
    BuiltinStore,
    /// `Try(expr)`
    TryExpr(Box<Expr>),
    /// `target := value` (or `+=` ...) written as a call argument, as in
    /// `Formula($1.total:=$1.total+$1.value)`: 4D accepts an assignment there (the
    /// formula's body is that assignment). The parser accepts it only as an argument.
    Assign {
        target: Box<Expr>,
        op: AssignOp,
        value: Box<Expr>,
    },
    /// A bare `*` argument (`JSON Stringify($o; *)`).
    Star,
    /// A bare operator argument (`SORT ARRAY($a; >)`, `QUERY([T]; & ; ...)`).
    BareOp(String),
    /// An expression that failed to parse.
    Error,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    /// `\`
    IntDiv,
    /// `%`
    Mod,
    /// `^`
    Pow,
    /// `=`
    Eq,
    /// `#`
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
    /// `&`: logical AND on Booleans, bitwise AND on numbers.
    BitAnd,
    /// `|`: logical OR on Booleans, bitwise OR on numbers.
    BitOr,
    /// `&&`: short-circuit, returns an operand.
    And,
    /// `||`: short-circuit, returns an operand.
    Or,
    /// `^|`
    BitXor,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `?+`
    BitSet,
    /// `?-`
    BitClear,
    /// `??`
    BitTest,
    /// `*+`: picture horizontal scaling (legacy picture operator).
    HScale,
    /// `*|`: picture vertical scaling (legacy picture operator).
    VScale,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            IntDiv => "\\",
            Mod => "%",
            Pow => "^",
            Eq => "=",
            Ne => "#",
            Lt => "<",
            Gt => ">",
            Le => "<=",
            Ge => ">=",
            BitAnd => "&",
            BitOr => "|",
            And => "&&",
            Or => "||",
            BitXor => "^|",
            Shl => "<<",
            Shr => ">>",
            BitSet => "?+",
            BitClear => "?-",
            BitTest => "??",
            HScale => "*+",
            VScale => "*|",
        }
    }
}

/// A declared type: `Text`, `Integer`, ..., `cs.Person`, `4D.File`.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeRef {
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
    /// `cs.X` (store "cs") or `4D.X` (store "4D"), with any further path segments.
    Class {
        store: String,
        path: Vec<String>,
    },
}

/// Parameters and result of `#DECLARE`, `Function` or `Class constructor`.
#[derive(Clone, Debug, Default)]
pub struct Declare {
    pub params: Vec<Param>,
    /// `... : Type` as the last parameter.
    pub variadic: Option<Option<TypeRef>>,
    /// `-> $r : Type` (named) or `: Type` (anonymous).
    pub result: Option<ResultDecl>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Param {
    /// Name without the `$`.
    pub name: Ident,
    pub ty: Option<TypeRef>,
}

#[derive(Clone, Debug)]
pub struct ResultDecl {
    /// Name without the `$`, `None` for the anonymous `: Type` form.
    pub name: Option<Ident>,
    pub ty: Option<TypeRef>,
}

#[derive(Clone, Debug)]
pub struct ClassMember {
    pub kind: ClassMemberKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ClassMemberKind {
    /// `Class extends Parent` (the parent as written: `Parent`, `cs.Parent`, `4D.Object`).
    Extends(Vec<Ident>),
    /// `{shared} {{session} singleton} Class constructor({params})` and its body.
    Constructor {
        modifiers: Modifiers,
        declare: Declare,
        body: Block,
    },
    /// `{shared} {exposed} {local} Function {get|set} name({params}) {-> $r : T}` and its body.
    Function {
        modifiers: Modifiers,
        accessor: Accessor,
        name: Ident,
        declare: Declare,
        body: Block,
    },
    /// `property a; b : Type` or `property a : Type := init`.
    Property {
        names: Vec<Ident>,
        ty: Option<TypeRef>,
        init: Option<Expr>,
    },
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Modifiers {
    pub shared: bool,
    pub singleton: bool,
    pub session: bool,
    pub exposed: bool,
    pub local: bool,
    /// `onHTTPGet`
    pub on_http_get: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accessor {
    Normal,
    Get,
    Set,
    /// `Function query attr($event)`: ORDA computed attribute query.
    Query,
    /// `Function orderBy attr($event)`: ORDA computed attribute sort.
    OrderBy,
}
