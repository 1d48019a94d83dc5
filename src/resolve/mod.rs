//! Resolver: AST → resolved tree (`code.rs`).
//!
//! Decides what every name is, once, before anything runs: `$locals` become frame slots
//! (parameters first), bare names become commands, project methods, constants or process
//! variables (in 4D's order: command, method, constant, variable), literal property names
//! are interned, and `$t:=$t+…` chains become in-place appends. Problems that 4D reports
//! when the code runs (an unimplemented command, an unknown method called with arguments)
//! become `Fail` nodes, so the rest of the file still runs.

mod assign;
mod globals;
mod scan;
mod types;

pub use globals::{
    Globals, SLOT_ERROR, SLOT_ERROR_FORMULA, SLOT_ERROR_LINE, SLOT_ERROR_METHOD, SLOT_OK,
    SYSTEM_VARIABLES,
};

use scan::{max_numbered_param, max_numbered_param_expr};
pub use scan::{visit_expr, visit_stmt};
pub use types::var_type;
use types::{fold_constant_command, infer_type};

use crate::ast::{self, BinOp, ExprKind, Span, StmtKind};
use crate::builtins::registry;
use crate::catalog::{ConstValue, catalog};
use crate::code::{Code, Expr, FormulaTemplate, Place, Slot, Stmt, StmtKind as S, VarType};
use crate::keys::Key;
use crate::numeric;
use crate::value::{Date, Value};
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// What kind of body is being resolved (changes what `This`, `Super` and `return` mean).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    Method,
    Constructor,
    Function,
    Formula,
}

/// Resolves one body (method, function, constructor, formula).
pub struct Resolver<'g> {
    globals: &'g mut Globals,
    code: Code,
    locals: FxHashMap<String, Slot>,
    kind: BodyKind,
    /// For formulas: locals of the enclosing body, captured by value.
    outer: Option<&'g mut dyn FnMut(&str) -> Slot>,
    captures: Vec<(Slot, Slot)>,
    /// The body has a `#DECLARE`/`Function`/constructor parameter list.
    has_declare: bool,
    /// Source text (for `Formula(...).source`).
    src: &'g str,
    /// Static diagnostics (unknown commands in `check`, ...).
    pub warnings: Vec<(Span, String)>,
}

impl<'g> Resolver<'g> {
    pub fn new(
        globals: &'g mut Globals,
        name: &str,
        source: u32,
        src: &'g str,
        kind: BodyKind,
    ) -> Resolver<'g> {
        Resolver {
            globals,
            code: Code {
                name: name.to_string(),
                source,
                ..Code::default()
            },
            locals: FxHashMap::default(),
            kind,
            outer: None,
            captures: Vec::new(),
            has_declare: false,
            src,
            warnings: Vec::new(),
        }
    }

    /// Resolve more code into a body that already has locals (the REPL: every entry runs
    /// in one persistent main method). `code` brings the slots (`nslots`, `slot_names`,
    /// `slot_types`, `declared`; its `body` is replaced) and `locals` maps lower-cased
    /// local names to those slots. Finish with [`Resolver::finish_continued`].
    pub fn continuing(
        globals: &'g mut Globals,
        code: Code,
        locals: FxHashMap<String, Slot>,
        src: &'g str,
    ) -> Resolver<'g> {
        Resolver {
            globals,
            code,
            locals,
            kind: BodyKind::Method,
            outer: None,
            captures: Vec::new(),
            has_declare: false,
            src,
            warnings: Vec::new(),
        }
    }

    /// [`Resolver::finish`] for a [`Resolver::continuing`] body: no slots are reserved for
    /// legacy `$1..$n` parameters (there are none), there is no result variable, and the
    /// locals map is handed back for the next entry.
    pub fn finish_continued(
        mut self,
        body: &[ast::Stmt],
        span: Span,
    ) -> (Code, FxHashMap<String, Slot>) {
        let stmts = self.block(body);
        self.code.body = stmts;
        self.code.span = span;
        self.code.nparams = 0;
        self.code.result = None;
        (self.code, self.locals)
    }

    /// Declare parameters and result from `#DECLARE` / `Function` / `Class constructor`.
    pub fn declare(&mut self, decl: &ast::Declare) {
        self.has_declare = true;
        for p in &decl.params {
            let slot = self.local(&p.name.name);
            self.code.slot_types[slot as usize] = p.ty.as_ref().map(var_type);
            self.code.declared.push(slot);
        }
        self.code.nparams = decl.params.len() as u32;
        self.code.variadic = decl.variadic.as_ref().map(|t| t.as_ref().map(var_type));
        if let Some(res) = &decl.result {
            self.code.result_type = res.ty.as_ref().map(var_type);
            if let Some(name) = &res.name {
                let slot = self.local(&name.name);
                self.code.slot_types[slot as usize] = self.code.result_type.clone();
                self.code.declared.push(slot);
                self.code.result = Some(slot);
            }
        }
    }

    /// Resolve the body and return the finished code.
    pub fn finish(mut self, body: &[ast::Stmt], span: Span) -> Code {
        // Legacy numbered parameters `$1..$n` occupy the first slots when there is no
        // #DECLARE: reserve them before anything else is numbered.
        if !self.has_declare {
            let max = max_numbered_param(body);
            for n in 1..=max {
                self.local(&n.to_string());
            }
            self.code.nparams = max;
        }
        let stmts = self.block(body);
        if self.code.result.is_none()
            && let Some(&slot) = self.locals.get("0")
        {
            self.code.result = Some(slot);
        }
        self.code.body = stmts;
        self.code.span = span;
        self.code
    }

    // ---------------------------------------------------------------- locals

    fn local(&mut self, name: &str) -> Slot {
        let lower = name.to_lowercase();
        if let Some(&s) = self.locals.get(&lower) {
            return s;
        }
        // Numbered parameters map to parameter slots.
        if let Ok(n) = lower.parse::<u32>()
            && n >= 1
            && n <= self.code.nparams
        {
            return n - 1;
        }
        let slot = self.code.nslots;
        self.code.nslots += 1;
        self.code.slot_names.push(name.to_string());
        self.code.slot_types.push(None);
        self.locals.insert(lower.clone(), slot);
        if self.kind == BodyKind::Formula
            && lower.parse::<u32>().is_err()
            && let Some(outer) = self.outer.as_mut()
        {
            let outer_slot = outer(name);
            self.captures.push((outer_slot, slot));
        }
        slot
    }

    /// `$N` beyond the declared parameters of a body with `#DECLARE`: an extra argument.
    fn extra_param(&self, name: &str) -> Option<u32> {
        let n: u32 = name.parse().ok()?;
        (n >= 1 && n > self.code.nparams && self.has_declare).then_some(n)
    }

    // ---------------------------------------------------------------- statements

    fn block(&mut self, stmts: &[ast::Stmt]) -> Vec<Stmt> {
        let mut out = Vec::with_capacity(stmts.len());
        for s in stmts {
            self.stmt(s, &mut out);
        }
        out
    }

    fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<Stmt>) {
        let span = s.span;
        let kind = match &s.kind {
            StmtKind::Expr(e) => match self.legacy_declaration(e) {
                Some(kinds) => {
                    out.extend(kinds.into_iter().map(|kind| Stmt { kind, span }));
                    return;
                }
                None => S::Expr(self.expr(e)),
            },
            StmtKind::Assign { target, op, value } => self.assign(target, *op, value),
            StmtKind::Var { names, ty, init } => {
                let vt = match (ty, init) {
                    (Some(t), _) => var_type(t),
                    (None, Some(e)) => infer_type(e),
                    (None, None) => VarType::Variant,
                };
                for (i, n) in names.iter().enumerate() {
                    let target = self.var_place(&n.name);
                    if let Place::Local(slot) = target {
                        self.code.slot_types[slot as usize] = Some(vt.clone());
                        if !self.code.declared.contains(&slot) {
                            self.code.declared.push(slot);
                        }
                    }
                    let init = if i + 1 == names.len() {
                        init.as_ref().map(|e| self.expr(e))
                    } else {
                        None
                    };
                    out.push(Stmt {
                        kind: S::Declare {
                            target,
                            ty: vt.clone(),
                            init,
                        },
                        span,
                    });
                }
                return;
            }
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => S::If {
                cond: self.expr(cond),
                then: self.block(then),
                otherwise: otherwise
                    .as_ref()
                    .map(|b| self.block(b))
                    .unwrap_or_default(),
            },
            StmtKind::Case {
                branches,
                otherwise,
            } => S::Case {
                branches: branches
                    .iter()
                    .map(|(c, b)| (self.expr(c), self.block(b)))
                    .collect(),
                otherwise: otherwise
                    .as_ref()
                    .map(|b| self.block(b))
                    .unwrap_or_default(),
            },
            StmtKind::While { cond, body } => S::While {
                cond: self.expr(cond),
                body: self.block(body),
            },
            StmtKind::Repeat { body, until } => S::Repeat {
                body: self.block(body),
                until: self.expr(until),
            },
            StmtKind::For {
                counter,
                start,
                end,
                step,
                body,
            } => S::For {
                counter: self.place(counter),
                start: self.expr(start),
                end: self.expr(end),
                step: step.as_ref().map(|e| self.expr(e)),
                body: self.block(body),
            },
            StmtKind::ForEach {
                item,
                source,
                begin,
                end,
                cond,
                body,
            } => {
                let (mut until, mut while_) = (None, None);
                if let Some((c, e)) = cond {
                    match c {
                        ast::LoopCond::Until => until = Some(self.expr(e)),
                        ast::LoopCond::While => while_ = Some(self.expr(e)),
                    }
                }
                S::ForEach {
                    item: self.place(item),
                    source: self.expr(source),
                    begin: begin.as_ref().map(|e| self.expr(e)),
                    end: end.as_ref().map(|e| self.expr(e)),
                    until,
                    while_,
                    body: self.block(body),
                }
            }
            StmtKind::Break => S::Break,
            StmtKind::Continue => S::Continue,
            StmtKind::Return(e) => S::Return(e.as_ref().map(|e| self.expr(e))),
            StmtKind::Try { body, catch } => S::Try {
                body: self.block(body),
                catch: catch.as_ref().map(|b| self.block(b)),
            },
            StmtKind::Use { target, body } => S::Use {
                target: self.expr(target),
                body: self.block(body),
            },
            StmtKind::Sql | StmtKind::Ellipsis => S::Nop,
            StmtKind::Error => S::Fail {
                code: -1,
                message: "this line has a syntax error".into(),
            },
        };
        out.push(Stmt { kind, span });
    }

    /// `C_TEXT($a; $b)`, `C_LONGINT(...)`: declarations with a type, as `var`.
    fn legacy_declaration(&mut self, e: &ast::Expr) -> Option<Vec<S>> {
        let ExprKind::Call { callee, args } = &e.kind else {
            return None;
        };
        let name = match &callee.kind {
            ExprKind::Name(n) | ExprKind::CommandRef { name: n, .. } => n.to_lowercase(),
            _ => return None,
        };
        let ty = match name.as_str() {
            "c_text" | "c_string" | "_o_c_string" => VarType::Text,
            "c_longint" | "c_integer" | "_o_c_integer" => VarType::Integer,
            "c_real" => VarType::Real,
            "c_boolean" => VarType::Boolean,
            "c_date" => VarType::Date,
            "c_time" => VarType::Time,
            "c_object" => VarType::Object,
            "c_collection" => VarType::Collection,
            "c_pointer" => VarType::Pointer,
            "c_picture" => VarType::Picture,
            "c_blob" => VarType::Blob,
            "c_variant" => VarType::Variant,
            _ => return None,
        };
        let mut out = Vec::new();
        // `C_STRING(31; $s)`: the length comes first and declares nothing.
        let skip = usize::from(
            matches!(name.as_str(), "c_string" | "_o_c_string")
                && args
                    .first()
                    .is_some_and(|a| matches!(a.kind, ExprKind::Number { .. })),
        );
        for a in &args[skip..] {
            match &a.kind {
                ExprKind::Local(n) => {
                    let slot = self.local(n);
                    self.code.slot_types[slot as usize] = Some(ty.clone());
                    if !self.code.declared.contains(&slot) {
                        self.code.declared.push(slot);
                    }
                    out.push(S::Declare {
                        target: Place::Local(slot),
                        ty: ty.clone(),
                        init: None,
                    });
                }
                ExprKind::ParamIndirect(_) => {} // C_TEXT(${2}): types variadic parameters
                _ => {
                    let target = self.place(a);
                    out.push(S::Declare {
                        target,
                        ty: ty.clone(),
                        init: None,
                    });
                }
            }
        }
        Some(out)
    }

    // ---------------------------------------------------------------- places

    fn var_place(&mut self, name: &str) -> Place {
        if let Some(local) = name.strip_prefix('$') {
            Place::Local(self.local(local))
        } else if let Some(inter) = name.strip_prefix("<>") {
            Place::Interprocess(self.globals.inter_slot(inter))
        } else {
            Place::Process(self.globals.process_slot(name))
        }
    }

    pub fn place(&mut self, e: &ast::Expr) -> Place {
        match &e.kind {
            ExprKind::Local(n) => match self.extra_param(n) {
                Some(k) => Place::Param(Box::new(Expr::Const(Value::Real(k as f64)))),
                None => Place::Local(self.local(n)),
            },
            ExprKind::Interprocess(n) => Place::Interprocess(self.globals.inter_slot(n)),
            ExprKind::Name(n) => self.name_place(n),
            ExprKind::CommandRef { name, .. } => self.name_place(name),
            ExprKind::ParamIndirect(i) => Place::Param(Box::new(self.expr(i))),
            ExprKind::Member { object, name } => Place::Member {
                object: Box::new(self.expr(object)),
                key: Key::intern(&name.name),
            },
            ExprKind::Index { object, index } => Place::Index {
                object: Box::new(self.expr(object)),
                index: Box::new(self.expr(index)),
            },
            ExprKind::Element { array, index } => Place::Element {
                array: Box::new(self.place(array)),
                index: Box::new(self.expr(index)),
            },
            ExprKind::CharAt { text, index } => Place::CharAt {
                text: Box::new(self.place(text)),
                index: Box::new(self.expr(index)),
            },
            ExprKind::Deref(p) => Place::Deref(Box::new(self.expr(p))),
            ExprKind::Field { table, field, .. } => Place::Field {
                table: table.clone(),
                field: field.clone(),
            },
            _ => Place::Invalid(self.snippet(e.span)),
        }
    }

    fn name_place(&mut self, name: &str) -> Place {
        // An assignment target that is a command or constant name is a mistake; a method
        // name shadows nothing here (interpreted 4D lets a variable share a method's name).
        if registry().by_name(name).is_some() {
            return Place::Invalid(name.to_string());
        }
        Place::Process(self.globals.process_slot(name))
    }

    fn snippet(&self, span: Span) -> String {
        self.src
            .get(span.range())
            .unwrap_or("expression")
            .to_string()
    }

    // ---------------------------------------------------------------- expressions

    fn exprs(&mut self, es: &[ast::Expr]) -> Box<[Expr]> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    /// Arguments of a command: a trailing bare `*` stays as `Expr::Star` for the evaluator
    /// to turn into `Args::star`.
    pub fn expr(&mut self, e: &ast::Expr) -> Expr {
        match &e.kind {
            // Interpreted 4D keeps number literals as Real.
            ExprKind::Number { value, .. } => Expr::Const(Value::Real(*value)),
            ExprKind::Text(t) => Expr::Const(Value::text(t.clone())),
            ExprKind::Date { year, month, day } => {
                Expr::Const(Value::Date(Date::new(*year, *month, *day)))
            }
            ExprKind::Time(t) => Expr::Const(Value::Time(*t)),
            ExprKind::Local(n) => match self.extra_param(n) {
                Some(k) => Expr::Param(Box::new(Expr::Const(Value::Real(k as f64)))),
                None => Expr::Local(self.local(n)),
            },
            ExprKind::Interprocess(n) => Expr::Interprocess(self.globals.inter_slot(n)),
            ExprKind::ParamIndirect(i) => Expr::Param(Box::new(self.expr(i))),
            ExprKind::Name(n) => self.bare_name(n, None, &[], e.span),
            ExprKind::CommandRef { name, number } => {
                self.bare_name(name, Some(*number), &[], e.span)
            }
            ExprKind::ConstantRef {
                name,
                theme,
                number,
            } => self.constant(name, Some((*theme, *number))),
            ExprKind::Table { name, .. } => Expr::Table(name.as_str().into()),
            ExprKind::Field { table, field, .. } => Expr::Field {
                table: table.as_str().into(),
                field: field.as_str().into(),
            },
            ExprKind::Call { callee, args } => self.call(callee, args, e.span),
            ExprKind::Member { object, name } => Expr::Member {
                object: Box::new(self.expr(object)),
                key: Key::intern(&name.name),
            },
            ExprKind::Index { object, index } => Expr::Index {
                object: Box::new(self.expr(object)),
                index: Box::new(self.expr(index)),
            },
            ExprKind::Element { array, index } => Expr::Element {
                array: Box::new(self.place(array)),
                index: Box::new(self.expr(index)),
            },
            ExprKind::CharAt { text, index } => Expr::CharAt {
                text: Box::new(self.expr(text)),
                index: Box::new(self.expr(index)),
            },
            ExprKind::Neg(x) => match self.expr(x) {
                Expr::Const(Value::Real(r)) => Expr::Const(Value::Real(-r)),
                other => Expr::Neg(Box::new(other)),
            },
            ExprKind::Binary { op, lhs, rhs } => {
                let mut l = Box::new(self.expr(lhs));
                let mut r = Box::new(self.expr(rhs));
                let fast = numeric::compile_logic(*op, &mut l, &mut r).or_else(|| {
                    numeric::compile_binary(*op, &mut l, &mut r, &self.code.slot_types)
                });
                let slow = match op {
                    BinOp::And => Expr::And(l, r),
                    BinOp::Or => Expr::Or(l, r),
                    _ => Expr::Binary {
                        op: *op,
                        lhs: l,
                        rhs: r,
                    },
                };
                match fast {
                    Some(fast) => Expr::Num(Box::new(numeric::NumCode { fast, slow })),
                    None => slow,
                }
            }
            ExprKind::Ternary {
                cond,
                then,
                otherwise,
            } => Expr::Ternary {
                cond: Box::new(self.expr(cond)),
                then: Box::new(self.expr(then)),
                otherwise: Box::new(self.expr(otherwise)),
            },
            ExprKind::PointerTo(t) => Expr::PointerTo(Box::new(self.place(t))),
            ExprKind::Deref(p) => Expr::Deref(Box::new(self.expr(p))),
            ExprKind::ObjectLit(props) => Expr::ObjectLit(
                props
                    .iter()
                    .map(|(k, v)| (Key::intern(&k.name), self.expr(v)))
                    .collect(),
            ),
            ExprKind::CollectionLit(items) => Expr::CollectionLit(self.exprs(items)),
            ExprKind::This => Expr::This,
            ExprKind::Super => Expr::Super,
            ExprKind::ClassStore => Expr::ClassStore,
            ExprKind::BuiltinStore => Expr::BuiltinStore,
            ExprKind::TryExpr(x) => Expr::TryExpr(Box::new(self.expr(x))),
            ExprKind::Star => Expr::Star,
            ExprKind::BareOp(op) => Expr::BareOp(op.as_str().into()),
            ExprKind::Assign { target, op, value } => Expr::Assign {
                target: Box::new(self.place(target)),
                op: *op,
                value: Box::new(self.expr(value)),
            },
            ExprKind::Error => Expr::Fail {
                code: -1,
                message: "this expression has a syntax error".into(),
            },
        }
    }

    fn call(&mut self, callee: &ast::Expr, args: &[ast::Expr], span: Span) -> Expr {
        match &callee.kind {
            ExprKind::Name(n) => self.bare_name(n, None, args, span),
            ExprKind::CommandRef { name, number } => {
                self.bare_name(name, Some(*number), args, span)
            }
            ExprKind::Member { object, name } => {
                if matches!(object.kind, ExprKind::Super) {
                    return Expr::SuperCall {
                        name: Key::intern(&name.name),
                        args: self.exprs(args),
                    };
                }
                Expr::MemberCall {
                    object: Box::new(self.expr(object)),
                    name: Key::intern(&name.name),
                    args: self.exprs(args),
                }
            }
            ExprKind::Super => Expr::SuperConstructor(self.exprs(args)),
            _ => Expr::CallValue {
                callee: Box::new(self.expr(callee)),
                args: self.exprs(args),
            },
        }
    }

    /// A bare name, with or without arguments: command, method, constant or variable.
    fn bare_name(
        &mut self,
        name: &str,
        number: Option<u32>,
        args: &[ast::Expr],
        span: Span,
    ) -> Expr {
        let reg = registry();
        let command = match number {
            Some(n) => reg.by_number(n).or_else(|| reg.by_name(name)),
            None => reg.by_name(name),
        };
        if let Some(id) = command {
            let cmd = reg.get(id);
            if cmd.name.eq_ignore_ascii_case("Formula") && args.len() == 1 {
                return self.formula(&args[0]);
            }
            if let Some(folded) = fold_constant_command(cmd.name, args) {
                return folded;
            }
            return Expr::Command {
                id,
                args: self.exprs(args),
            };
        }
        let lower = name.to_lowercase();
        if let Some(&id) = self.globals.methods.get(&lower) {
            return Expr::Method {
                id,
                args: self.exprs(args),
            };
        }
        let known_command = match number {
            Some(n) => catalog()
                .commands
                .iter()
                .find(|c| c.number == n)
                .map(|c| c.name.clone()),
            None => catalog()
                .commands
                .iter()
                .find(|c| c.name.eq_ignore_ascii_case(name))
                .map(|c| c.name.clone()),
        };
        if let Some(cmd_name) = known_command {
            self.warnings.push((
                span,
                format!("the command `{cmd_name}` is not implemented by fourd"),
            ));
            return Expr::Unimplemented(cmd_name.into());
        }
        if args.is_empty()
            && let Some(c) = self.constant_value(name, None)
        {
            return Expr::Const(c);
        }
        if !args.is_empty() {
            return Expr::Fail {
                code: crate::interp::error::codes::METHOD_NOT_FOUND,
                message: format!("The method `{name}` does not exist").into(),
            };
        }
        Expr::Process(self.globals.process_slot(name))
    }

    fn constant(&mut self, name: &str, token: Option<(u32, u32)>) -> Expr {
        match self.constant_value(name, token) {
            Some(v) => Expr::Const(v),
            None => Expr::Fail {
                code: -1,
                message: format!("unknown constant `{name}`").into(),
            },
        }
    }

    fn constant_value(&self, name: &str, token: Option<(u32, u32)>) -> Option<Value> {
        let cat = catalog();
        let row = token
            .and_then(|t| cat.constants.iter().find(|c| c.token == Some(t)))
            .or_else(|| {
                cat.constants
                    .iter()
                    .find(|c| c.name.eq_ignore_ascii_case(name))
            })?;
        Some(match &row.value {
            ConstValue::Integer(i) => match i32::try_from(*i) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::Real(*i as f64),
            },
            ConstValue::Real(r) => Value::Real(*r),
            ConstValue::Text(t) => Value::text(t.clone()),
            ConstValue::Boolean(b) => Value::Bool(*b),
        })
    }

    /// `Formula(expr)`: compile `expr` as its own body; its `$locals` capture the enclosing
    /// body's locals of the same name by value when the formula is created.
    fn formula(&mut self, e: &ast::Expr) -> Expr {
        let source = self.snippet(e.span);
        let method = match &e.kind {
            ExprKind::Name(n) => self.globals.methods.get(&n.to_lowercase()).copied(),
            _ => None,
        };
        let src = self.src;
        let source_id = self.code.source;
        let name = format!("Formula({source})");
        // Split borrows: the nested resolver needs our globals and a way to create our locals.
        let mut outer_locals = std::mem::take(&mut self.locals);
        let mut outer_code = std::mem::take(&mut self.code);
        let (code, captures) = {
            let mut make_outer = |n: &str| -> Slot {
                let lower = n.to_lowercase();
                if let Some(&s) = outer_locals.get(&lower) {
                    return s;
                }
                let slot = outer_code.nslots;
                outer_code.nslots += 1;
                outer_code.slot_names.push(n.to_string());
                outer_code.slot_types.push(None);
                outer_locals.insert(lower, slot);
                slot
            };
            let mut inner = Resolver::new(self.globals, &name, source_id, src, BodyKind::Formula);
            inner.outer = Some(&mut make_outer);
            let max = max_numbered_param_expr(e);
            for n in 1..=max {
                inner.local(&n.to_string());
            }
            inner.code.nparams = max;
            let body_expr = inner.expr(e);
            let captures = std::mem::take(&mut inner.captures);
            let mut code = inner.code;
            code.body = vec![Stmt {
                kind: S::Return(Some(body_expr)),
                span: e.span,
            }];
            code.span = e.span;
            (code, captures)
        };
        self.locals = outer_locals;
        self.code = outer_code;
        Expr::Formula(Arc::new(FormulaTemplate {
            code: Arc::new(code),
            captures,
            source,
            method,
        }))
    }
}
