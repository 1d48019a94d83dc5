//! Scans over the AST: the highest numbered parameter `$N` a body uses (its legacy
//! parameter slots), and generic statement/expression visitors.

use crate::ast::{self, ExprKind, StmtKind};

/// The highest `$N` (N ≥ 1) used in a body, for legacy parameter slots.
pub fn max_numbered_param(body: &[ast::Stmt]) -> u32 {
    let mut max = 0;
    for s in body {
        visit_stmt(s, &mut |e| {
            if let ExprKind::Local(n) = &e.kind
                && let Ok(v) = n.parse::<u32>()
            {
                max = max.max(v);
            }
        });
    }
    max
}

pub fn max_numbered_param_expr(e: &ast::Expr) -> u32 {
    let mut max = 0;
    visit_expr(e, &mut |e| {
        if let ExprKind::Local(n) = &e.kind
            && let Ok(v) = n.parse::<u32>()
        {
            max = max.max(v);
        }
    });
    max
}

pub fn visit_stmt(s: &ast::Stmt, f: &mut dyn FnMut(&ast::Expr)) {
    let block = |b: &[ast::Stmt], f: &mut dyn FnMut(&ast::Expr)| {
        for s in b {
            visit_stmt(s, f);
        }
    };
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Return(Some(e)) => visit_expr(e, f),
        StmtKind::Assign { target, value, .. } => {
            visit_expr(target, f);
            visit_expr(value, f);
        }
        StmtKind::Var { init: Some(e), .. } => visit_expr(e, f),
        StmtKind::If {
            cond,
            then,
            otherwise,
        } => {
            visit_expr(cond, f);
            block(then, f);
            if let Some(b) = otherwise {
                block(b, f);
            }
        }
        StmtKind::Case {
            branches,
            otherwise,
        } => {
            for (c, b) in branches {
                visit_expr(c, f);
                block(b, f);
            }
            if let Some(b) = otherwise {
                block(b, f);
            }
        }
        StmtKind::While { cond, body } | StmtKind::Repeat { body, until: cond } => {
            visit_expr(cond, f);
            block(body, f);
        }
        StmtKind::For {
            counter,
            start,
            end,
            step,
            body,
        } => {
            for e in [Some(counter), Some(start), Some(end), step.as_ref()]
                .into_iter()
                .flatten()
            {
                visit_expr(e, f);
            }
            block(body, f);
        }
        StmtKind::ForEach {
            item,
            source,
            begin,
            end,
            cond,
            body,
        } => {
            for e in [
                Some(item),
                Some(source),
                begin.as_ref(),
                end.as_ref(),
                cond.as_ref().map(|c| &c.1),
            ]
            .into_iter()
            .flatten()
            {
                visit_expr(e, f);
            }
            block(body, f);
        }
        StmtKind::Try { body, catch } => {
            block(body, f);
            if let Some(b) = catch {
                block(b, f);
            }
        }
        StmtKind::Use { target, body } => {
            visit_expr(target, f);
            block(body, f);
        }
        _ => {}
    }
}

/// Visit an expression and its sub-expressions, but not the insides of `Formula(...)`,
/// whose `$1..$n` belong to the formula.
pub fn visit_expr(e: &ast::Expr, f: &mut dyn FnMut(&ast::Expr)) {
    f(e);
    match &e.kind {
        ExprKind::ParamIndirect(x)
        | ExprKind::Neg(x)
        | ExprKind::PointerTo(x)
        | ExprKind::Deref(x)
        | ExprKind::TryExpr(x) => visit_expr(x, f),
        ExprKind::Call { callee, args } => {
            let is_formula = matches!(&callee.kind, ExprKind::Name(n) | ExprKind::CommandRef { name: n, .. } if n.eq_ignore_ascii_case("Formula"));
            visit_expr(callee, f);
            if !is_formula {
                for a in args {
                    visit_expr(a, f);
                }
            }
        }
        ExprKind::Member { object, .. } => visit_expr(object, f),
        ExprKind::Index {
            object: a,
            index: b,
        }
        | ExprKind::Element { array: a, index: b }
        | ExprKind::CharAt { text: a, index: b }
        | ExprKind::Binary { lhs: a, rhs: b, .. }
        | ExprKind::Assign {
            target: a,
            value: b,
            ..
        } => {
            visit_expr(a, f);
            visit_expr(b, f);
        }
        ExprKind::Ternary {
            cond,
            then,
            otherwise,
        } => {
            visit_expr(cond, f);
            visit_expr(then, f);
            visit_expr(otherwise, f);
        }
        ExprKind::ObjectLit(props) => {
            for (_, v) in props {
                visit_expr(v, f);
            }
        }
        ExprKind::CollectionLit(items) => {
            for v in items {
                visit_expr(v, f);
            }
        }
        _ => {}
    }
}
