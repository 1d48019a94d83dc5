//! The chumsky grammar of one logical line (grammar/4d.ebnf, "Lines"): a simple
//! statement, a block keyword line (`If (c)`, `Else`, `End if`, `: (c)`, ...), a
//! declaration (`#DECLARE`, `var`) or a class-member header. Lines are assembled into
//! blocks by `blocks.rs`, so this grammar never recurses through statements.

use super::expr::{SynErr, assign_op, expr, ident, property_name, sp};
use crate::ast::{
    Accessor, ClassMemberKind, Declare, Expr, ExprKind, Ident, LoopCond, Modifiers, Param,
    ResultDecl, StmtKind, TypeRef,
};
use crate::lexer::{Kw, Tok};
use chumsky::input::ValueInput;
use chumsky::prelude::*;

/// What one line says.
pub(crate) enum Line {
    Empty,
    /// A statement complete on its line (expression, assignment, `var`, `break`, ...).
    Simple(StmtKind),
    If(Expr),
    Else,
    EndIf,
    CaseOf,
    Branch(Expr),
    EndCase,
    While(Expr),
    EndWhile,
    Repeat,
    Until(Expr),
    For {
        counter: Expr,
        start: Expr,
        end: Expr,
        step: Option<Expr>,
    },
    EndFor,
    ForEach {
        item: Expr,
        source: Expr,
        begin: Option<Expr>,
        end: Option<Expr>,
        cond: Option<(LoopCond, Expr)>,
    },
    EndForEach,
    Use(Expr),
    EndUse,
    Try,
    Catch,
    EndTry,
    BeginSql,
    EndSql,
    Declare(Declare),
    /// A class-member header; `Constructor` and `Function` bodies are still empty.
    Member(ClassMemberKind),
}

fn kw<'t, 's: 't, I, PE>(k: Kw) -> impl Parser<'t, I, (), extra::Err<PE>> + Clone
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    PE: SynErr<'t, 's, I>,
{
    select! { Tok::Kw(x, _) if x == k => () }.labelled(k.as_str())
}

/// A type after `:`: a scalar type name, or `cs.X`, `4D.X` (any depth).
fn type_ref<'t, 's: 't, I, PE>() -> impl Parser<'t, I, TypeRef, extra::Err<PE>> + Clone
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    PE: SynErr<'t, 's, I>,
{
    let store = select! {
        Tok::Name(n) if n.eq_ignore_ascii_case("cs") => "cs",
        Tok::Name(n) if n.eq_ignore_ascii_case("4d") => "4D",
        Tok::Cmd(_, 1710) => "cs",
        Tok::Cmd(_, 1709) => "4D",
    };
    let segment = select! { Tok::Name(n) => n.to_string(), Tok::Kw(_, n) => n.to_string() };
    let class = store
        .then(
            just(Tok::Dot)
                .ignore_then(segment)
                .repeated()
                .at_least(1)
                .collect::<Vec<_>>(),
        )
        .map(|(store, path)| TypeRef::Class {
            store: store.to_string(),
            path,
        });
    // An unknown type name is reported but parses (as Variant), so the line still counts.
    let scalar = select! { Tok::Name(n) => n, Tok::Cmd(n, _) => n }.validate(|n, e, emitter| {
        match n.to_ascii_lowercase().as_str() {
            "text" => TypeRef::Text,
            "integer" => TypeRef::Integer,
            "real" => TypeRef::Real,
            "boolean" => TypeRef::Boolean,
            "date" => TypeRef::Date,
            "time" => TypeRef::Time,
            "object" => TypeRef::Object,
            "collection" => TypeRef::Collection,
            "variant" => TypeRef::Variant,
            "pointer" => TypeRef::Pointer,
            "picture" => TypeRef::Picture,
            "blob" => TypeRef::Blob,
            _ => {
                emitter.emit(PE::custom(
                    e.span(),
                    format!(
                        "unknown type `{n}`: expected Text, Integer, Real, Boolean, Date, Time, Object, \
                         Collection, Variant, Pointer, Picture, Blob, cs.Class or 4D.Class"
                    ),
                ));
                TypeRef::Variant
            }
        }
    });
    class.or(scalar).labelled("a type")
}

/// `$name` as a parameter: the name without the `$`.
fn param_name<'t, 's: 't, I, PE>() -> impl Parser<'t, I, Ident, extra::Err<PE>> + Clone
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    PE: SynErr<'t, 's, I>,
{
    select! { Tok::Local(n) = e => ident(n, e.span()) }.labelled("a parameter `$name`")
}

enum ParamItem {
    Named(Ident, Option<TypeRef>),
    Variadic(Option<TypeRef>),
}

/// `( params ) {result}` of `#DECLARE`, `Function` and `Class constructor`.
fn declaration<'t, 's: 't, I, PE>() -> impl Parser<'t, I, Declare, extra::Err<PE>> + Clone
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    PE: SynErr<'t, 's, I>,
{
    let typed = just(Tok::Colon).ignore_then(type_ref());
    let item = choice((
        just(Tok::Ellipsis)
            .ignore_then(typed.clone().or_not())
            .map(ParamItem::Variadic),
        param_name()
            .then(typed.clone().or_not())
            .map(|(n, t)| ParamItem::Named(n, t)),
    ));
    let params = item
        .separated_by(just(Tok::Semi))
        .collect::<Vec<_>>()
        .delimited_by(just(Tok::LParen), just(Tok::RParen))
        .validate(|items, e, emitter| {
            let mut params: Vec<Param> = Vec::new();
            let mut variadic = None;
            let mut untyped_from = 0;
            for item in items {
                if variadic.is_some() {
                    emitter.emit(PE::custom(
                        e.span(),
                        "the variadic `...` parameter must come last",
                    ));
                }
                match item {
                    ParamItem::Named(name, ty) => {
                        let typed = ty.is_some();
                        params.push(Param {
                            name,
                            ty: ty.clone(),
                        });
                        if typed {
                            // `$a; $b : T` shares T.
                            for p in &mut params[untyped_from..] {
                                p.ty = ty.clone();
                            }
                            untyped_from = params.len();
                        }
                    }
                    ParamItem::Variadic(ty) => variadic = Some(ty),
                }
            }
            (params, variadic)
        });
    let result = choice((
        just(Tok::Arrow)
            .ignore_then(param_name())
            .then(typed.clone().or_not())
            .map(|(n, ty)| ResultDecl { name: Some(n), ty }),
        typed.map(|ty| ResultDecl {
            name: None,
            ty: Some(ty),
        }),
    ));
    params
        .or_not()
        .then(result.or_not())
        .map_with(|(p, result), e| {
            let (params, variadic) = p.unwrap_or_default();
            Declare {
                params,
                variadic,
                result,
                span: sp(e.span()),
            }
        })
}

/// Modifier words before `Function` / `Class constructor`.
fn modifiers<'t, 's: 't, I, PE>() -> impl Parser<'t, I, Modifiers, extra::Err<PE>> + Clone
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    PE: SynErr<'t, 's, I>,
{
    select! {
        Tok::Name(n) if matches!(n.to_ascii_lowercase().as_str(),
            "shared" | "singleton" | "session" | "exposed" | "local" | "onhttpget") => n.to_ascii_lowercase(),
    }
        .repeated()
        .collect::<Vec<_>>()
        .map(|words| {
            let mut m = Modifiers::default();
            for w in words {
                match w.as_str() {
                    "shared" => m.shared = true,
                    "singleton" => m.singleton = true,
                    "session" => m.session = true,
                    "exposed" => m.exposed = true,
                    "local" => m.local = true,
                    _ => m.on_http_get = true,
                }
            }
            m
        })
}

/// A name for `var`, `property` and `Class extends`: as written (`$x`, `<>x`, `x`).
fn decl_name<'t, 's: 't, I, PE>() -> impl Parser<'t, I, Ident, extra::Err<PE>> + Clone
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    PE: SynErr<'t, 's, I>,
{
    select! {
        Tok::Local(n) = e => ident(format!("${n}"), e.span()),
        Tok::Interprocess(n) = e => ident(format!("<>{n}"), e.span()),
        Tok::Name(n) = e => ident(n, e.span()),
    }
    .or(just(Tok::DollarBrace)
        .ignore_then(select! { Tok::Num(n) => n })
        .then_ignore(just(Tok::RBrace))
        .map_with(|n, e| ident(format!("${{{n}}}"), e.span())))
    .labelled("a variable name")
}
/// True when `e` may stand left of `:=`.
pub(crate) fn assignable(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Local(_)
            | ExprKind::Interprocess(_)
            | ExprKind::ParamIndirect(_)
            | ExprKind::Name(_)
            | ExprKind::CommandRef { .. }
            | ExprKind::Field { .. }
            | ExprKind::Member { .. }
            | ExprKind::Index { .. }
            | ExprKind::Element { .. }
            | ExprKind::CharAt { .. }
            | ExprKind::Deref(_)
            | ExprKind::Error
    )
}

/// `( p )`
fn parens<'t, 's: 't, I, PE, O, P>(p: P) -> impl Parser<'t, I, O, extra::Err<PE>> + Clone
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    PE: SynErr<'t, 's, I>,
    P: Parser<'t, I, O, extra::Err<PE>> + Clone,
{
    just(Tok::LParen)
        .ignore_then(p)
        .then_ignore(just(Tok::RParen))
}

/// The parser of one line (its tokens, without the newline).
pub(crate) fn line<'t, 's: 't, I, PE>() -> impl Parser<'t, I, Line, extra::Err<PE>>
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    PE: SynErr<'t, 's, I>,
{
    let e = expr().boxed();
    let semi = || just(Tok::Semi);

    let simple_kw = select! {
        Tok::Kw(Kw::Else, _) => Line::Else,
        Tok::Kw(Kw::EndIf, _) => Line::EndIf,
        Tok::Kw(Kw::CaseOf, _) => Line::CaseOf,
        Tok::Kw(Kw::EndCase, _) => Line::EndCase,
        Tok::Kw(Kw::EndWhile, _) => Line::EndWhile,
        Tok::Kw(Kw::Repeat, _) => Line::Repeat,
        Tok::Kw(Kw::EndFor, _) => Line::EndFor,
        Tok::Kw(Kw::EndForEach, _) => Line::EndForEach,
        Tok::Kw(Kw::EndUse, _) => Line::EndUse,
        Tok::Kw(Kw::Catch, _) => Line::Catch,
        Tok::Kw(Kw::EndTry, _) => Line::EndTry,
        Tok::Kw(Kw::BeginSql, _) => Line::BeginSql,
        Tok::Kw(Kw::EndSql, _) => Line::EndSql,
        Tok::Kw(Kw::Break, _) => Line::Simple(StmtKind::Break),
        Tok::Kw(Kw::Continue, _) => Line::Simple(StmtKind::Continue),
        Tok::Ellipsis => Line::Simple(StmtKind::Ellipsis),
    };
    // `Try` alone opens a block; `Try(expr)` is an expression statement (below).
    let try_block = kw(Kw::Try).then_ignore(end()).map(|_| Line::Try);
    let cond_kw = select! {
        Tok::Kw(Kw::If, _) => Kw::If,
        Tok::Kw(Kw::While, _) => Kw::While,
        Tok::Kw(Kw::Until, _) => Kw::Until,
        Tok::Kw(Kw::Use, _) => Kw::Use,
        Tok::Colon => Kw::CaseOf,
    }
    .then(e.clone())
    .map(|(k, c)| match k {
        Kw::If => Line::If(c),
        Kw::While => Line::While(c),
        Kw::Until => Line::Until(c),
        Kw::Use => Line::Use(c),
        _ => Line::Branch(c),
    });
    let for_loop = kw(Kw::For)
        .ignore_then(parens(
            e.clone()
                .then_ignore(semi())
                .then(e.clone())
                .then_ignore(semi())
                .then(e.clone())
                .then(semi().ignore_then(e.clone()).or_not()),
        ))
        .map(|(((counter, start), end), step)| Line::For {
            counter,
            start,
            end,
            step,
        });
    let loop_cond = select! { Tok::Kw(Kw::Until, _) => LoopCond::Until, Tok::Kw(Kw::While, _) => LoopCond::While }
        .then(e.clone());
    let for_each = kw(Kw::ForEach)
        .ignore_then(parens(
            e.clone()
                .then_ignore(semi())
                .then(e.clone())
                .then(semi().ignore_then(e.clone()).or_not())
                .then(semi().ignore_then(e.clone()).or_not()),
        ))
        .then(loop_cond.or_not())
        .map(|((((item, source), begin), end), cond)| Line::ForEach {
            item,
            source,
            begin,
            end,
            cond,
        });
    let ret = kw(Kw::Return)
        .ignore_then(e.clone().or_not())
        .map(|x| Line::Simple(StmtKind::Return(x)));
    let typed = just(Tok::Colon).ignore_then(type_ref());
    let var = kw(Kw::Var)
        .ignore_then(
            decl_name()
                .separated_by(semi())
                .at_least(1)
                .collect::<Vec<_>>(),
        )
        .then(typed.clone().or_not())
        .then(just(Tok::Assign).ignore_then(e.clone()).or_not())
        .validate(|((names, ty), init), x, emitter| {
            if init.is_some() && names.len() > 1 {
                emitter.emit(PE::custom(
                    x.span(),
                    "`var` with an initial value declares a single variable",
                ));
            }
            Line::Simple(StmtKind::Var { names, ty, init })
        });
    let declare = just(Tok::Declare)
        .ignore_then(declaration())
        .map(Line::Declare);
    let extends = kw(Kw::ClassExtends)
        .ignore_then(
            select! {
                Tok::Name(n) = x => ident(n, x.span()),
                Tok::Cmd(n, _) = x => ident(n, x.span()),
            }
            .labelled("a class name")
            .separated_by(just(Tok::Dot))
            .at_least(1)
            .collect::<Vec<_>>(),
        )
        .map(|path| Line::Member(ClassMemberKind::Extends(path)));
    let property = kw(Kw::Property)
        .ignore_then(
            property_name()
                .separated_by(semi())
                .at_least(1)
                .collect::<Vec<_>>(),
        )
        .then(typed.or_not())
        .then(just(Tok::Assign).ignore_then(e.clone()).or_not())
        .validate(|((names, ty), init), x, emitter| {
            if init.is_some() && names.len() > 1 {
                emitter.emit(PE::custom(
                    x.span(),
                    "`property` with an initial value declares a single property",
                ));
            }
            Line::Member(ClassMemberKind::Property { names, ty, init })
        });
    let constructor = modifiers()
        .then_ignore(kw(Kw::ClassConstructor))
        .then(declaration())
        .map(|(modifiers, declare)| {
            Line::Member(ClassMemberKind::Constructor {
                modifiers,
                declare,
                body: Vec::new(),
            })
        });
    let accessor = select! {
        Tok::Name(n) if n.eq_ignore_ascii_case("get") => Accessor::Get,
        Tok::Name(n) if n.eq_ignore_ascii_case("set") => Accessor::Set,
        Tok::Name(n) if n.eq_ignore_ascii_case("query") => Accessor::Query,
        Tok::Name(n) if n.eq_ignore_ascii_case("orderby") => Accessor::OrderBy,
    };
    let fn_name = property_name().labelled("a function name");
    let function = modifiers()
        .then_ignore(kw(Kw::Function))
        .then(
            accessor
                .then(fn_name.clone())
                .or(fn_name.map(|n| (Accessor::Normal, n))),
        )
        .then(declaration())
        .map(|((modifiers, (accessor, name)), declare)| {
            Line::Member(ClassMemberKind::Function {
                modifiers,
                accessor,
                name,
                declare,
                body: Vec::new(),
            })
        });
    let statement = e
        .clone()
        .then(assign_op().then(e.clone()).or_not())
        .validate(|(target, assign), _, emitter| match assign {
            None => Line::Simple(StmtKind::Expr(target)),
            Some((op, value)) => {
                if !assignable(&target) {
                    emitter.emit(PE::custom(
                        chumsky::span::SimpleSpan::from(target.span.range()),
                        "cannot assign to this expression: the left of `:=` must be a variable, field, \
                         property, element or dereferenced pointer",
                    ));
                }
                Line::Simple(StmtKind::Assign { target, op, value })
            }
        });
    let eol = || end().labelled("the end of the line");
    let keyword_line = choice((
        simple_kw,
        try_block,
        cond_kw,
        for_loop,
        for_each,
        ret,
        var,
        declare,
        extends,
        property,
        constructor,
        function,
    ))
    .then_ignore(eol())
    .boxed();
    // Dispatch on the first token: a line starting with a keyword, `:` or `#DECLARE` is
    // tried as a keyword line first; other lines as statements first. `Try(x)` starts
    // with a keyword but is a statement, and `shared Function f` starts with a name but
    // is a header: each falls through to the other kind.
    let keyword_first = select! {
        Tok::Kw(..) => (), Tok::Colon => (), Tok::Declare => (), Tok::Ellipsis => (),
    }
    .rewind();
    choice((
        keyword_first.ignore_then(keyword_line.clone()),
        statement.then_ignore(eol()),
        keyword_line,
        eol().map(|_| Line::Empty),
    ))
}
