//! A compact, stable text form of an [`ast::File`] for golden tests: one statement per
//! line, blocks indented by two spaces, expressions as S-expressions that make the
//! operator structure visible (`3+4*5` dumps as `(* (+ 3 4) 5)`). Spans are omitted.
//!
//! Atoms: `$x` local, `<>x` interprocess, names as written (`|New object|` when they
//! contain spaces), `|Name|:C123` and `|Name|:K12:3` for tokenized forms, `[T]` and
//! `[T]F` (with `:n` numbers when tokenized), numbers as values (`31`, `1.5`), text in
//! double quotes with Rust escapes, `!YYYY-MM-DD!`, `?HH:MM:SS?`.

use crate::ast::*;
use std::fmt::Write as _;

/// Dump a whole file.
pub fn dump(file: &File) -> String {
    let mut out = String::new();
    if let Some(a) = &file.attributes {
        let _ = writeln!(out, "attributes {a}");
    }
    if let Some(d) = &file.declare {
        let _ = writeln!(out, "#declare{}", declare(d));
    }
    block(&mut out, &file.body, 0);
    for m in &file.members {
        member(&mut out, m);
    }
    out
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

fn line(out: &mut String, depth: usize, text: &str) {
    indent(out, depth);
    out.push_str(text);
    out.push('\n');
}

fn name(n: &str) -> String {
    if n.is_empty() || n.contains(|c: char| c.is_whitespace() || "()|;\"".contains(c)) {
        format!("|{n}|")
    } else {
        n.to_string()
    }
}

fn ty(t: &TypeRef) -> String {
    match t {
        TypeRef::Class { store, path } => format!("{store}.{}", path.join(".")),
        other => format!("{other:?}"),
    }
}

fn declare(d: &Declare) -> String {
    let mut s = String::from(" (");
    let parts: Vec<String> = d
        .params
        .iter()
        .map(|p| match &p.ty {
            Some(t) => format!("${} : {}", p.name.name, ty(t)),
            None => format!("${}", p.name.name),
        })
        .chain(d.variadic.iter().map(|v| match v {
            Some(t) => format!("... : {}", ty(t)),
            None => "...".to_string(),
        }))
        .collect();
    s.push_str(&parts.join("; "));
    s.push(')');
    if let Some(r) = &d.result {
        s.push_str(" ->");
        if let Some(n) = &r.name {
            let _ = write!(s, " ${}", n.name);
        }
        if let Some(t) = &r.ty {
            let _ = write!(s, " : {}", ty(t));
        }
    }
    s
}

fn modifiers(m: &Modifiers) -> String {
    let mut s = String::new();
    for (on, word) in [
        (m.shared, "shared "),
        (m.session, "session "),
        (m.singleton, "singleton "),
        (m.exposed, "exposed "),
        (m.local, "local "),
        (m.on_http_get, "onHTTPGet "),
    ] {
        if on {
            s.push_str(word);
        }
    }
    s
}

fn member(out: &mut String, m: &ClassMember) {
    match &m.kind {
        ClassMemberKind::Extends(path) => {
            let p: Vec<&str> = path.iter().map(|i| i.name.as_str()).collect();
            line(out, 0, &format!("class extends {}", p.join(".")));
        }
        ClassMemberKind::Constructor {
            modifiers: mods,
            declare: d,
            body,
        } => {
            line(
                out,
                0,
                &format!("{}class constructor{}", modifiers(mods), declare(d)),
            );
            block(out, body, 1);
        }
        ClassMemberKind::Function {
            modifiers: mods,
            accessor,
            name: n,
            declare: d,
            body,
        } => {
            let acc = match accessor {
                Accessor::Normal => "",
                Accessor::Get => "get ",
                Accessor::Set => "set ",
                Accessor::Query => "query ",
                Accessor::OrderBy => "orderBy ",
            };
            line(
                out,
                0,
                &format!(
                    "{}function {acc}{}{}",
                    modifiers(mods),
                    name(&n.name),
                    declare(d)
                ),
            );
            block(out, body, 1);
        }
        ClassMemberKind::Property { names, ty: t, init } => {
            let n: Vec<String> = names.iter().map(|i| name(&i.name)).collect();
            let mut s = format!("property {}", n.join("; "));
            if let Some(t) = t {
                let _ = write!(s, " : {}", ty(t));
            }
            if let Some(i) = init {
                let _ = write!(s, " := {}", expr(i));
            }
            line(out, 0, &s);
        }
    }
}

fn block(out: &mut String, b: &Block, depth: usize) {
    for s in b {
        stmt(out, s, depth);
    }
}

fn stmt(out: &mut String, s: &Stmt, d: usize) {
    match &s.kind {
        StmtKind::Expr(e) => line(out, d, &expr(e)),
        StmtKind::Assign { target, op, value } => {
            line(
                out,
                d,
                &format!("({} {} {})", assign_symbol(*op), expr(target), expr(value)),
            );
        }
        StmtKind::Var { names, ty: t, init } => {
            let n: Vec<&str> = names.iter().map(|i| i.name.as_str()).collect();
            let mut text = format!("var {}", n.join("; "));
            if let Some(t) = t {
                let _ = write!(text, " : {}", ty(t));
            }
            if let Some(i) = init {
                let _ = write!(text, " := {}", expr(i));
            }
            line(out, d, &text);
        }
        StmtKind::If {
            cond,
            then,
            otherwise,
        } => {
            line(out, d, &format!("if {}", expr(cond)));
            block(out, then, d + 1);
            if let Some(o) = otherwise {
                line(out, d, "else");
                block(out, o, d + 1);
            }
            line(out, d, "end if");
        }
        StmtKind::Case {
            branches,
            otherwise,
        } => {
            line(out, d, "case of");
            for (c, b) in branches {
                line(out, d, &format!(": {}", expr(c)));
                block(out, b, d + 1);
            }
            if let Some(o) = otherwise {
                line(out, d, "else");
                block(out, o, d + 1);
            }
            line(out, d, "end case");
        }
        StmtKind::While { cond, body } => {
            line(out, d, &format!("while {}", expr(cond)));
            block(out, body, d + 1);
            line(out, d, "end while");
        }
        StmtKind::Repeat { body, until } => {
            line(out, d, "repeat");
            block(out, body, d + 1);
            line(out, d, &format!("until {}", expr(until)));
        }
        StmtKind::For {
            counter,
            start,
            end,
            step,
            body,
        } => {
            let step = step
                .as_ref()
                .map(|s| format!(" {}", expr(s)))
                .unwrap_or_default();
            line(
                out,
                d,
                &format!("for {} {} {}{step}", expr(counter), expr(start), expr(end)),
            );
            block(out, body, d + 1);
            line(out, d, "end for");
        }
        StmtKind::ForEach {
            item,
            source,
            begin,
            end,
            cond,
            body,
        } => {
            let mut text = format!("for each {} {}", expr(item), expr(source));
            if let Some(b) = begin {
                let _ = write!(text, " begin {}", expr(b));
            }
            if let Some(e) = end {
                let _ = write!(text, " end {}", expr(e));
            }
            if let Some((k, c)) = cond {
                let k = match k {
                    LoopCond::Until => "until",
                    LoopCond::While => "while",
                };
                let _ = write!(text, " {k} {}", expr(c));
            }
            line(out, d, &text);
            block(out, body, d + 1);
            line(out, d, "end for each");
        }
        StmtKind::Break => line(out, d, "break"),
        StmtKind::Continue => line(out, d, "continue"),
        StmtKind::Return(e) => match e {
            Some(e) => line(out, d, &format!("return {}", expr(e))),
            None => line(out, d, "return"),
        },
        StmtKind::Try { body, catch } => {
            line(out, d, "try");
            block(out, body, d + 1);
            if let Some(c) = catch {
                line(out, d, "catch");
                block(out, c, d + 1);
            }
            line(out, d, "end try");
        }
        StmtKind::Use { target, body } => {
            line(out, d, &format!("use {}", expr(target)));
            block(out, body, d + 1);
            line(out, d, "end use");
        }
        StmtKind::Sql => line(out, d, "sql"),
        StmtKind::Ellipsis => line(out, d, "..."),
        StmtKind::Error => line(out, d, "<error>"),
    }
}

/// A left-nested operator chain (`1+2+3+...`), dumped without recursing down its spine.
fn binary_chain(e: &Expr) -> String {
    let mut spine = Vec::new();
    let mut cur = e;
    while let ExprKind::Binary { op, lhs, rhs } = &cur.kind {
        spine.push((op, rhs));
        cur = lhs;
    }
    let mut out = String::new();
    for (op, _) in &spine {
        let _ = write!(out, "({} ", op.symbol());
    }
    out.push_str(&expr(cur));
    for (_, rhs) in spine.iter().rev() {
        let _ = write!(out, " {})", expr(rhs));
    }
    out
}

fn assign_symbol(op: AssignOp) -> &'static str {
    match op {
        AssignOp::Set => ":=",
        AssignOp::Add => "+=",
        AssignOp::Sub => "-=",
        AssignOp::Mul => "*=",
        AssignOp::Div => "/=",
    }
}

fn list(items: &[Expr]) -> String {
    items.iter().map(|e| format!(" {}", expr(e))).collect()
}

/// Dump one expression.
pub fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Number { value, int } => match int {
            Some(i) => i.to_string(),
            None => format!("{value:?}"),
        },
        ExprKind::Text(t) => format!("{t:?}"),
        ExprKind::Date { year, month, day } => format!("!{year:04}-{month:02}-{day:02}!"),
        ExprKind::Time(secs) => format!(
            "?{:02}:{:02}:{:02}?",
            secs / 3600,
            secs / 60 % 60,
            secs % 60
        ),
        ExprKind::Local(n) if n.contains(' ') => format!("|${n}|"),
        ExprKind::Local(n) => format!("${n}"),
        ExprKind::Interprocess(n) => format!("<>{n}"),
        ExprKind::ParamIndirect(x) => format!("(${{}} {})", expr(x)),
        ExprKind::Name(n) => name(n),
        ExprKind::CommandRef { name: n, number } => format!("{}:C{number}", name(n)),
        ExprKind::ConstantRef {
            name: n,
            theme,
            number,
        } => format!("{}:K{theme}:{number}", name(n)),
        ExprKind::Table { name: n, number } => match number {
            Some(k) => format!("[{n}:{k}]"),
            None => format!("[{n}]"),
        },
        ExprKind::Field {
            table,
            field,
            table_number,
            field_number,
        } => {
            let tn = table_number.map(|n| format!(":{n}")).unwrap_or_default();
            let fnum = field_number.map(|n| format!(":{n}")).unwrap_or_default();
            format!("[{table}{tn}]{}{fnum}", name(field))
        }
        ExprKind::Call { callee, args } => format!("(call {}{})", expr(callee), list(args)),
        ExprKind::Member { object, name: n } => format!("(. {} {})", expr(object), name(&n.name)),
        ExprKind::Index { object, index } => format!("([] {} {})", expr(object), expr(index)),
        ExprKind::Element { array, index } => format!("({{}} {} {})", expr(array), expr(index)),
        ExprKind::CharAt { text, index } => format!("([[]] {} {})", expr(text), expr(index)),
        ExprKind::Neg(x) => format!("(neg {})", expr(x)),
        ExprKind::Binary { .. } => binary_chain(e),
        ExprKind::Ternary {
            cond,
            then,
            otherwise,
        } => {
            format!("(? {} {} {})", expr(cond), expr(then), expr(otherwise))
        }
        ExprKind::PointerTo(x) => format!("(-> {})", expr(x)),
        ExprKind::Deref(x) => format!("(deref {})", expr(x)),
        ExprKind::ObjectLit(pairs) => {
            let p: String = pairs
                .iter()
                .map(|(k, v)| format!(" ({:?} {})", k.name, expr(v)))
                .collect();
            format!("(object{p})")
        }
        ExprKind::CollectionLit(items) => format!("(collection{})", list(items)),
        ExprKind::This => "This".into(),
        ExprKind::Super => "Super".into(),
        ExprKind::ClassStore => "cs".into(),
        ExprKind::BuiltinStore => "4D".into(),
        ExprKind::TryExpr(x) => format!("(try {})", expr(x)),
        ExprKind::Assign { target, op, value } => {
            format!("({} {} {})", assign_symbol(*op), expr(target), expr(value))
        }
        ExprKind::Star => "*".into(),
        ExprKind::BareOp(op) => format!("(op {op})"),
        ExprKind::Error => "<error>".into(),
    }
}
