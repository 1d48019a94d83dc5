//! Typed numeric expressions: arithmetic and comparisons whose operands are declared
//! `Integer`/`Real` locals and number literals, compiled by the resolver and evaluated
//! on machine numbers (`i32`, `f64`, `bool`) without building a [`Value`] per node.
//!
//! A compiled expression sits beside the general tree it came from ([`NumCode::slow`]).
//! Every leaf checks the kind of value its slot holds, and every operation that the
//! general evaluator would answer differently (an `Integer` overflow, which becomes a
//! `Real`; `\` or `%` by zero, which raise an error) gives up with `None`: the caller
//! then evaluates the general tree, which has no side effect to repeat (the leaves are
//! locals and literals). So the results are exactly those of `ops::binary`, whatever a
//! local holds at run time; the declared types only decide what gets compiled.

use crate::ast::BinOp;
use crate::code::{Expr, Slot, VarType};
use crate::value::Value;

/// A compiled numeric expression and the general tree it replaces.
#[derive(Debug)]
pub struct NumCode {
    pub fast: NumExpr,
    pub slow: Expr,
}

/// A compiled expression by result type.
#[derive(Clone, Debug)]
pub enum NumExpr {
    Int(IntExpr),
    Real(RealExpr),
    Bool(BoolExpr),
}

/// An operand of an integer operation: a local inline (no call to read it), or a
/// sub-expression.
#[derive(Clone, Debug)]
pub enum IntArg {
    Local(Slot),
    Expr(Box<IntExpr>),
}

/// An `Integer` (Longint) result: `+`, `-`, `*` of integers.
#[derive(Clone, Debug)]
pub enum IntExpr {
    Add(IntArg, IntArg),
    Sub(IntArg, IntArg),
    Mul(IntArg, IntArg),
}

/// An operand of a real operation. Integers are converted (exactly: every `i32` is an
/// `f64`). Literals and locals are read inline; only sub-expressions cost a call.
#[derive(Clone, Debug)]
pub enum RealArg {
    Const(f64),
    Local(Slot),
    IntLocal(Slot),
    Int(Box<IntExpr>),
    Expr(Box<RealExpr>),
}

/// A `Real` result.
#[derive(Clone, Debug)]
pub enum RealExpr {
    Add(RealArg, RealArg),
    Sub(RealArg, RealArg),
    Mul(RealArg, RealArg),
    Div(RealArg, RealArg),
    IntDiv(RealArg, RealArg),
    Mod(RealArg, RealArg),
    /// `$int \ k` for a whole, non-zero literal `k`: an integer division (exact: the
    /// truncated `f64` quotient of two Longints is their integer quotient).
    IntDivConst(Slot, i64),
    /// `$int % k` for a whole, non-zero literal `k`, on integers (no conversions).
    ModConst(Slot, i64),
}

/// A comparison of numbers, or a logical operator on comparisons.
#[derive(Clone, Debug)]
pub enum BoolExpr {
    /// `$int < 2`: the commonest condition, with no operand to dispatch on.
    IntLocalConst(Cmp, Slot, f64),
    Int(Cmp, IntArg, IntArg),
    Real(Cmp, RealArg, RealArg),
    Logic(Logic, Box<BoolExpr>, Box<BoolExpr>),
}

/// `&&` and `||` stop at the first operand that decides; `&` and `|` evaluate both (an
/// error on the right is raised whatever the left gives).
#[derive(Clone, Copy, Debug)]
pub enum Logic {
    AndThen,
    OrElse,
    And,
    Or,
}

#[derive(Clone, Copy, Debug)]
pub enum Cmp {
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
}

// ------------------------------------------------------------------ compiling

/// A number operand: integer or real, as far as declarations tell.
enum Operand {
    Int(IntArg),
    Real(RealArg),
}

/// Whether a resolved operand is a number by declaration: a number literal, a local
/// declared `Integer` or `Real`, or a compiled arithmetic expression.
fn is_number(e: &Expr, types: &[Option<VarType>]) -> bool {
    match e {
        Expr::Const(Value::Real(_)) => true,
        Expr::Local(s) => matches!(
            types.get(*s as usize),
            Some(Some(VarType::Integer | VarType::Real))
        ),
        Expr::Num(n) => !matches!(n.fast, NumExpr::Bool(_)),
        _ => false,
    }
}

/// The compiled form of an operand [`is_number`] accepted. A compiled sub-expression
/// moves into the new tree (no copy) and its place in the general tree gets back its own
/// general form: the general tree runs only when the compiled one gave up.
fn take_operand(e: &mut Expr, types: &[Option<VarType>]) -> Operand {
    match e {
        Expr::Const(Value::Real(r)) => Operand::Real(RealArg::Const(*r)),
        Expr::Local(s) if types[*s as usize] == Some(VarType::Integer) => {
            Operand::Int(IntArg::Local(*s))
        }
        Expr::Local(s) => Operand::Real(RealArg::Local(*s)),
        _ => {
            let Expr::Num(n) = std::mem::replace(e, Expr::Const(Value::Undefined)) else {
                unreachable!("is_number accepts only literals, locals and compiled numbers")
            };
            let NumCode { fast, slow } = *n;
            *e = slow;
            match fast {
                NumExpr::Int(i) => Operand::Int(IntArg::Expr(Box::new(i))),
                NumExpr::Real(r) => Operand::Real(RealArg::Expr(Box::new(r))),
                NumExpr::Bool(_) => unreachable!("is_number rejects comparisons"),
            }
        }
    }
}

fn as_real(o: Operand) -> RealArg {
    match o {
        Operand::Real(r) => r,
        Operand::Int(IntArg::Local(s)) => RealArg::IntLocal(s),
        Operand::Int(IntArg::Expr(i)) => RealArg::Int(i),
    }
}

/// `lhs op rhs` compiled, when both operands are numbers by declaration. Compiled
/// operands move into the result (see [`take_operand`]).
pub fn compile_binary(
    op: BinOp,
    lhs: &mut Expr,
    rhs: &mut Expr,
    types: &[Option<VarType>],
) -> Option<NumExpr> {
    let arithmetic = matches!(
        op,
        BinOp::Add
            | BinOp::Sub
            | BinOp::Mul
            | BinOp::Div
            | BinOp::IntDiv
            | BinOp::Mod
            | BinOp::Eq
            | BinOp::Ne
            | BinOp::Lt
            | BinOp::Gt
            | BinOp::Le
            | BinOp::Ge
    );
    if !arithmetic || !is_number(lhs, types) || !is_number(rhs, types) {
        return None;
    }
    let l = take_operand(lhs, types);
    let r = take_operand(rhs, types);
    let cmp = match op {
        BinOp::Eq => Some(Cmp::Eq),
        BinOp::Ne => Some(Cmp::Ne),
        BinOp::Lt => Some(Cmp::Lt),
        BinOp::Gt => Some(Cmp::Gt),
        BinOp::Le => Some(Cmp::Le),
        BinOp::Ge => Some(Cmp::Ge),
        _ => None,
    };
    let (l, r) = match (l, r) {
        (Operand::Int(a), Operand::Int(b)) => {
            if let Some(c) = cmp {
                return Some(NumExpr::Bool(BoolExpr::Int(c, a, b)));
            }
            match op {
                BinOp::Add => return Some(NumExpr::Int(IntExpr::Add(a, b))),
                BinOp::Sub => return Some(NumExpr::Int(IntExpr::Sub(a, b))),
                BinOp::Mul => return Some(NumExpr::Int(IntExpr::Mul(a, b))),
                _ => (Operand::Int(a), Operand::Int(b)),
            }
        }
        other => other,
    };
    let (a, b) = (as_real(l), as_real(r));
    if let Some(c) = cmp {
        if let (RealArg::IntLocal(s), RealArg::Const(k)) = (&a, &b) {
            return Some(NumExpr::Bool(BoolExpr::IntLocalConst(c, *s, *k)));
        }
        return Some(NumExpr::Bool(BoolExpr::Real(c, a, b)));
    }
    // `$int \ k` and `$int % k` with a whole non-zero literal: on integers.
    if let (RealArg::IntLocal(s), RealArg::Const(k)) = (&a, &b)
        && k.fract() == 0.0
        && *k != 0.0
        && k.abs() <= 2147483648.0
    {
        match op {
            BinOp::IntDiv => return Some(NumExpr::Real(RealExpr::IntDivConst(*s, *k as i64))),
            BinOp::Mod => return Some(NumExpr::Real(RealExpr::ModConst(*s, *k as i64))),
            _ => {}
        }
    }
    let real = match op {
        BinOp::Add => RealExpr::Add(a, b),
        BinOp::Sub => RealExpr::Sub(a, b),
        BinOp::Mul => RealExpr::Mul(a, b),
        BinOp::Div => RealExpr::Div(a, b),
        BinOp::IntDiv => RealExpr::IntDiv(a, b),
        BinOp::Mod => RealExpr::Mod(a, b),
        _ => return None,
    };
    Some(NumExpr::Real(real))
}

/// `lhs && rhs`, `lhs || rhs`, `lhs & rhs`, `lhs | rhs` compiled, when both sides are
/// compiled comparisons (which move into the result, as in [`compile_binary`]).
pub fn compile_logic(op: BinOp, lhs: &mut Expr, rhs: &mut Expr) -> Option<NumExpr> {
    let logic = match op {
        BinOp::And => Logic::AndThen,
        BinOp::Or => Logic::OrElse,
        BinOp::BitAnd => Logic::And,
        BinOp::BitOr => Logic::Or,
        _ => return None,
    };
    let is_test = |e: &Expr| matches!(e, Expr::Num(n) if matches!(n.fast, NumExpr::Bool(_)));
    if !is_test(lhs) || !is_test(rhs) {
        return None;
    }
    let take = |e: &mut Expr| {
        let Expr::Num(n) = std::mem::replace(e, Expr::Const(Value::Undefined)) else {
            unreachable!("checked above")
        };
        let NumCode { fast, slow } = *n;
        *e = slow;
        match fast {
            NumExpr::Bool(b) => Box::new(b),
            _ => unreachable!("checked above"),
        }
    };
    let (a, b) = (take(lhs), take(rhs));
    Some(NumExpr::Bool(BoolExpr::Logic(logic, a, b)))
}

// ------------------------------------------------------------------ evaluating

impl NumExpr {
    /// The value, or `None` when the general evaluator must answer.
    #[inline]
    pub fn eval(&self, locals: &[Value]) -> Option<Value> {
        match self {
            NumExpr::Real(r) => r.eval(locals).map(Value::Real),
            NumExpr::Int(i) => i.eval(locals).map(Value::Int),
            NumExpr::Bool(b) => b.eval(locals).map(Value::Bool),
        }
    }
}

impl IntArg {
    #[inline(always)]
    fn get(&self, locals: &[Value]) -> Option<i32> {
        match self {
            IntArg::Local(s) => match locals.get(*s as usize)? {
                Value::Int(i) => Some(*i),
                _ => None,
            },
            IntArg::Expr(e) => e.eval(locals),
        }
    }
}

impl IntExpr {
    pub fn eval(&self, locals: &[Value]) -> Option<i32> {
        match self {
            IntExpr::Add(a, b) => a.get(locals)?.checked_add(b.get(locals)?),
            IntExpr::Sub(a, b) => a.get(locals)?.checked_sub(b.get(locals)?),
            IntExpr::Mul(a, b) => a.get(locals)?.checked_mul(b.get(locals)?),
        }
    }
}

impl RealArg {
    #[inline(always)]
    fn get(&self, locals: &[Value]) -> Option<f64> {
        match self {
            RealArg::Const(c) => Some(*c),
            RealArg::Local(s) => match locals.get(*s as usize)? {
                Value::Real(r) => Some(*r),
                _ => None,
            },
            RealArg::IntLocal(s) => match locals.get(*s as usize)? {
                Value::Int(i) => Some(*i as f64),
                _ => None,
            },
            RealArg::Int(e) => e.eval(locals).map(f64::from),
            RealArg::Expr(e) => e.eval(locals),
        }
    }
}

impl RealExpr {
    pub fn eval(&self, locals: &[Value]) -> Option<f64> {
        Some(match self {
            RealExpr::Add(a, b) => a.get(locals)? + b.get(locals)?,
            RealExpr::Sub(a, b) => a.get(locals)? - b.get(locals)?,
            RealExpr::Mul(a, b) => a.get(locals)? * b.get(locals)?,
            RealExpr::Div(a, b) => a.get(locals)? / b.get(locals)?,
            RealExpr::IntDiv(a, b) => {
                let (a, b) = (a.get(locals)?, b.get(locals)?);
                if b == 0.0 {
                    return None;
                }
                crate::ops::real_int_div(a, b)
            }
            RealExpr::Mod(a, b) => {
                let (a, b) = (a.get(locals)? as i64, b.get(locals)? as i64);
                if b == 0 {
                    return None;
                }
                a.wrapping_rem(b) as f64
            }
            RealExpr::IntDivConst(s, k) => match locals.get(*s as usize)? {
                Value::Int(i) => (i64::from(*i) / k) as f64,
                _ => return None,
            },
            RealExpr::ModConst(s, k) => match locals.get(*s as usize)? {
                Value::Int(i) => (i64::from(*i) % k) as f64,
                _ => return None,
            },
        })
    }
}

impl Cmp {
    #[inline(always)]
    fn test<T: PartialOrd>(self, a: T, b: T) -> bool {
        match self {
            Cmp::Eq => a == b,
            Cmp::Ne => a != b,
            Cmp::Lt => a < b,
            Cmp::Gt => a > b,
            Cmp::Le => a <= b,
            Cmp::Ge => a >= b,
        }
    }
}

impl BoolExpr {
    pub fn eval(&self, locals: &[Value]) -> Option<bool> {
        match self {
            BoolExpr::IntLocalConst(c, s, k) => match locals.get(*s as usize)? {
                Value::Int(i) => Some(c.test(*i as f64, *k)),
                _ => None,
            },
            BoolExpr::Int(c, a, b) => Some(c.test(a.get(locals)?, b.get(locals)?)),
            BoolExpr::Real(c, a, b) => Some(c.test(a.get(locals)?, b.get(locals)?)),
            BoolExpr::Logic(logic, a, b) => Some(match logic {
                Logic::AndThen => a.eval(locals)? && b.eval(locals)?,
                Logic::OrElse => a.eval(locals)? || b.eval(locals)?,
                Logic::And => a.eval(locals)? & b.eval(locals)?,
                Logic::Or => a.eval(locals)? | b.eval(locals)?,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    //! The compiled forms must give exactly what `ops::binary` gives, or give up.
    use super::*;

    const OPS: [BinOp; 12] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::Div,
        BinOp::IntDiv,
        BinOp::Mod,
        BinOp::Eq,
        BinOp::Ne,
        BinOp::Lt,
        BinOp::Gt,
        BinOp::Le,
        BinOp::Ge,
    ];
    const INTS: [i32; 9] = [0, 1, -1, 3, -7, 46341, i32::MAX, i32::MIN, 1 << 30];
    const REALS: [f64; 11] = [
        0.0,
        -0.0,
        1.5,
        -2.5,
        3.0,
        1e300,
        -1e19,
        f64::INFINITY,
        f64::NAN,
        0.4,
        2147483648.0,
    ];

    /// Slot 0 is an Integer, slot 1 a Real, slot 2 an Integer holding a Real (a value the
    /// declarations do not promise), slot 3 a Text.
    fn types() -> Vec<Option<VarType>> {
        vec![
            Some(VarType::Integer),
            Some(VarType::Real),
            Some(VarType::Integer),
            Some(VarType::Text),
        ]
    }

    /// A copy of a leaf (`Expr` is not `Clone`: the resolver builds each node once).
    fn copy(e: &Expr) -> Expr {
        match e {
            Expr::Local(s) => Expr::Local(*s),
            Expr::Const(v) => Expr::Const(v.clone()),
            _ => unreachable!("the tests compile leaves, or pass compiled operands by hand"),
        }
    }

    fn compile(op: BinOp, lhs: &Expr, rhs: &Expr, types: &[Option<VarType>]) -> Option<NumExpr> {
        compile_binary(op, &mut copy(lhs), &mut copy(rhs), types)
    }

    fn same(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Real(x), Value::Real(y)) => {
                x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan())
            }
            (Value::Int(x), Value::Int(y)) => x == y,
            (Value::Bool(x), Value::Bool(y)) => x == y,
            _ => false,
        }
    }

    fn check(op: BinOp, lhs: &Expr, rhs: &Expr, locals: &[Value]) -> usize {
        let Some(fast) = compile(op, lhs, rhs, &types()) else {
            return 0;
        };
        let value = |e: &Expr| match e {
            Expr::Local(s) => locals[*s as usize].clone(),
            Expr::Const(v) => v.clone(),
            _ => unreachable!(),
        };
        let general = crate::ops::binary(op, &value(lhs), &value(rhs));
        match (fast.eval(locals), general) {
            (Some(f), Ok(g)) => assert!(
                same(&f, &g),
                "{op:?} {lhs:?} {rhs:?} {locals:?}: {f:?} vs {g:?}"
            ),
            (Some(f), Err(e)) => panic!("{op:?} {lhs:?} {rhs:?}: {f:?} where 4D raises {}", e.code),
            (None, _) => {}
        }
        1
    }

    #[test]
    fn every_operator_agrees_with_the_general_evaluator() {
        let mut compiled = 0;
        for &i in &INTS {
            for &r in &REALS {
                let locals = [
                    Value::Int(i),
                    Value::Real(r),
                    Value::Real(r),
                    Value::text("x"),
                ];
                let leaves = [
                    Expr::Local(0),
                    Expr::Local(1),
                    Expr::Const(Value::Real(r)),
                    Expr::Const(Value::Real(i as f64)),
                ];
                for op in OPS {
                    for l in &leaves {
                        for rhs in &leaves {
                            compiled += check(op, l, rhs, &locals);
                        }
                    }
                }
            }
        }
        assert!(compiled > 5000, "only {compiled} cases compiled");
    }

    #[test]
    fn integer_operations_stay_integers_until_they_overflow() {
        let types = types();
        let add = compile(BinOp::Add, &Expr::Local(0), &Expr::Local(0), &types).unwrap();
        assert!(matches!(add.eval(&[Value::Int(20)]), Some(Value::Int(40))));
        // Overflow: the general evaluator answers (with a Real).
        assert!(add.eval(&[Value::Int(i32::MAX)]).is_none());
        let div = compile(BinOp::Div, &Expr::Local(0), &Expr::Local(0), &types).unwrap();
        assert!(matches!(div.eval(&[Value::Int(3)]), Some(Value::Real(r)) if r == 1.0));
    }

    #[test]
    fn integer_division_by_a_whole_literal_runs_on_integers() {
        let types = types();
        let three = Expr::Const(Value::Real(3.0));
        let m = compile(BinOp::Mod, &Expr::Local(0), &three, &types).unwrap();
        let d = compile(BinOp::IntDiv, &Expr::Local(0), &three, &types).unwrap();
        assert!(matches!(m, NumExpr::Real(RealExpr::ModConst(0, 3))));
        assert!(matches!(d, NumExpr::Real(RealExpr::IntDivConst(0, 3))));
        // Results are Reals, truncated toward zero, as `ops::binary` gives them.
        assert!(matches!(m.eval(&[Value::Int(-7)]), Some(Value::Real(r)) if r == -1.0));
        assert!(matches!(d.eval(&[Value::Int(-7)]), Some(Value::Real(r)) if r == -2.0));
        // A fractional literal keeps the general form.
        let half = Expr::Const(Value::Real(1.5));
        let m = compile(BinOp::Mod, &Expr::Local(0), &half, &types).unwrap();
        assert!(matches!(m, NumExpr::Real(RealExpr::Mod(..))));
    }

    #[test]
    fn division_by_zero_and_unexpected_values_give_up() {
        let types = types();
        let zero = Expr::Const(Value::Real(0.0));
        for op in [BinOp::IntDiv, BinOp::Mod] {
            let e = compile(op, &Expr::Local(0), &zero, &types).unwrap();
            assert!(e.eval(&[Value::Int(5)]).is_none(), "{op:?} by zero");
        }
        // Slot 2 is declared Integer but holds a Real: not read as an integer.
        let e = compile(BinOp::Add, &Expr::Local(2), &Expr::Local(0), &types).unwrap();
        assert!(
            e.eval(&[Value::Int(1), Value::Real(0.0), Value::Real(2.5)])
                .is_none()
        );
        // A Text local is never compiled.
        assert!(compile(BinOp::Add, &Expr::Local(3), &Expr::Local(0), &types).is_none());
    }

    #[test]
    fn logical_operators_on_comparisons() {
        let types = types();
        let cmp = |op, c: f64| {
            let fast = compile(op, &Expr::Local(0), &Expr::Const(Value::Real(c)), &types).unwrap();
            Expr::Num(Box::new(NumCode {
                fast,
                slow: Expr::Const(Value::Undefined),
            }))
        };
        // `$i%0=0` gives up (division by zero): `&` evaluates it whatever the left gives,
        // `&&` does not reach it when the left is false.
        let by_zero = || {
            Expr::Num(Box::new(NumCode {
                fast: compile_binary(
                    BinOp::Eq,
                    &mut Expr::Num(Box::new(NumCode {
                        fast: compile(
                            BinOp::Mod,
                            &Expr::Local(0),
                            &Expr::Const(Value::Real(0.0)),
                            &types,
                        )
                        .unwrap(),
                        slow: Expr::Const(Value::Undefined),
                    })),
                    &mut Expr::Const(Value::Real(0.0)),
                    &types,
                )
                .unwrap(),
                slow: Expr::Const(Value::Undefined),
            }))
        };
        let locals = [Value::Int(5)];
        let and_then = compile_logic(BinOp::And, &mut cmp(BinOp::Gt, 9.0), &mut by_zero()).unwrap();
        assert!(matches!(and_then.eval(&locals), Some(Value::Bool(false))));
        let and = compile_logic(BinOp::BitAnd, &mut cmp(BinOp::Gt, 9.0), &mut by_zero()).unwrap();
        assert!(and.eval(&locals).is_none());
        let or = compile_logic(
            BinOp::BitOr,
            &mut cmp(BinOp::Gt, 9.0),
            &mut cmp(BinOp::Lt, 9.0),
        )
        .unwrap();
        assert!(matches!(or.eval(&locals), Some(Value::Bool(true))));
    }
}
