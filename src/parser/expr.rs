//! The chumsky expression grammar (grammar/4d.ebnf, "Expressions").
//!
//! 4D has no algebraic precedence. Three binary levels, each strictly left to right:
//! level 1 (tightest) `+ - * / \ % ^ ^| << >> ?+ ?- ??`, level 2 the comparisons
//! `= # < > <= >=`, level 3 `& | && ||`; the ternary `? :` is lowest. Unary `-` and prefix
//! `->` bind to their operand only; postfix forms (`.name`, `[i]`, `[[i]]`, `{i}`,
//! `(args)`, `->`) bind tightest of all.

use super::literals;
use crate::ast::{AssignOp, BinOp, Expr, ExprKind, Ident, Span};
use crate::lexer::Tok;
use chumsky::error::EmptyErr;
use chumsky::input::{Input, ValueInput};
use chumsky::label::LabelError;
use chumsky::prelude::*;

/// The error type of the grammar. The grammar is generic over it so that a line is
/// first parsed with [`EmptyErr`] (no expected-token bookkeeping: fast), and parsed again
/// with `Rich` only when it has an error, to explain it.
pub(crate) trait SynErr<'t, 's: 't, I>:
    chumsky::error::Error<'t, I>
    + LabelError<'t, I, &'static str>
    + LabelError<'t, I, chumsky::DefaultExpected<'t, Tok<'s>>>
    + Sized
    + 't
where
    I: Input<'t, Token = Tok<'s>, Span = SimpleSpan>,
{
    /// An error with a message of our own.
    fn custom<M: ToString>(span: SimpleSpan, msg: M) -> Self;
}

impl<'t, 's: 't, I> SynErr<'t, 's, I> for Rich<'t, Tok<'s>, SimpleSpan>
where
    I: Input<'t, Token = Tok<'s>, Span = SimpleSpan>,
{
    fn custom<M: ToString>(span: SimpleSpan, msg: M) -> Self {
        Rich::custom(span, msg)
    }
}

impl<'t, 's: 't, I> SynErr<'t, 's, I> for EmptyErr
where
    I: Input<'t, Token = Tok<'s>, Span = SimpleSpan>,
{
    fn custom<M: ToString>(_: SimpleSpan, _: M) -> Self {
        EmptyErr::default()
    }
}

pub(crate) fn sp(s: SimpleSpan) -> Span {
    Span::new(s.start, s.end)
}

pub(crate) fn mk(kind: ExprKind, s: SimpleSpan) -> Expr {
    Expr { kind, span: sp(s) }
}

pub(crate) fn ident(name: impl Into<String>, s: SimpleSpan) -> Ident {
    Ident {
        name: name.into(),
        span: sp(s),
    }
}

/// A plain name: the class stores, `This` and `Super` are recognised case-insensitively.
fn name_expr(n: &str) -> ExprKind {
    if n.eq_ignore_ascii_case("this") {
        ExprKind::This
    } else if n.eq_ignore_ascii_case("super") {
        ExprKind::Super
    } else if n.eq_ignore_ascii_case("cs") {
        ExprKind::ClassStore
    } else if n.eq_ignore_ascii_case("4d") {
        ExprKind::BuiltinStore
    } else {
        ExprKind::Name(n.to_string())
    }
}

/// A tokenized command: the number decides.
fn command_expr(n: &str, number: u32) -> ExprKind {
    match number {
        1470 => ExprKind::This,
        1705 | 1706 => ExprKind::Super,
        1709 => ExprKind::BuiltinStore,
        1710 => ExprKind::ClassStore,
        _ => ExprKind::CommandRef {
            name: n.to_string(),
            number,
        },
    }
}

/// A word usable as a property name after `.` (or as an object-literal key): any name,
/// keyword, `$name` or `$`.
pub(crate) fn property_name<'t, 's: 't, I, PE>() -> impl Parser<'t, I, Ident, extra::Err<PE>> + Clone
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    PE: SynErr<'t, 's, I>,
{
    select! {
        Tok::Name(n) = e => ident(n, e.span()),
        Tok::Kw(_, n) = e => ident(n, e.span()),
        Tok::Cmd(n, _) = e => ident(n, e.span()),
        Tok::Const(n, _, _) = e => ident(n, e.span()),
        Tok::Local(n) = e => ident(format!("${n}"), e.span()),
        Tok::Dollar = e => ident("$", e.span()),
    }
    .labelled("a property name")
}

/// `:=` and the compound assignments.
pub(crate) fn assign_op<'t, 's: 't, I, PE>() -> impl Parser<'t, I, AssignOp, extra::Err<PE>> + Clone
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    PE: SynErr<'t, 's, I>,
{
    select! {
        Tok::Assign => AssignOp::Set, Tok::AddAssign => AssignOp::Add, Tok::SubAssign => AssignOp::Sub,
        Tok::MulAssign => AssignOp::Mul, Tok::DivAssign => AssignOp::Div,
    }
    .labelled("`:=`")
}

/// Build the tree of `first (op rhs)*` with 4D's three levels: level 1 binds tightest,
/// operators of one level associate left to right (shunting-yard, no recursion).
fn levels(first: Expr, rest: Vec<((u8, BinOp), Expr)>) -> Expr {
    fn reduce(out: &mut Vec<Expr>, op: BinOp) {
        let rhs = out.pop().expect("two operands");
        let lhs = out.pop().expect("two operands");
        let span = lhs.span.to(rhs.span);
        out.push(Expr {
            kind: ExprKind::Binary {
                op,
                lhs: Box::new(lhs),
                rhs: Box::new(rhs),
            },
            span,
        });
    }
    if rest.is_empty() {
        return first;
    }
    let mut out = vec![first];
    let mut ops: Vec<(u8, BinOp)> = Vec::new();
    for ((level, op), rhs) in rest {
        while let Some(&(top, top_op)) = ops.last() {
            if top > level {
                break;
            }
            ops.pop();
            reduce(&mut out, top_op);
        }
        ops.push((level, op));
        out.push(rhs);
    }
    while let Some((_, op)) = ops.pop() {
        reduce(&mut out, op);
    }
    out.pop().expect("one result")
}

enum Post {
    Member(Ident),
    Index(Expr),
    CharAt(Expr),
    Element(Expr),
    Call(Vec<Expr>),
    Deref,
    DerefMember(Ident),
}

/// The expression parser.
pub(crate) fn expr<'t, 's: 't, I, PE>() -> impl Parser<'t, I, Expr, extra::Err<PE>> + Clone
where
    I: ValueInput<'t, Token = Tok<'s>, Span = SimpleSpan>,
    PE: SynErr<'t, 's, I>,
{
    recursive(|expr| {
        let literal = select! {
            Tok::Num(n) = e => { let (value, int) = literals::number(n); mk(ExprKind::Number { value, int }, e.span()) },
            Tok::Str(s) = e => mk(ExprKind::Text(literals::text(s)), e.span()),
        };
        let checked_literal = select! {
            Tok::Hex(h) = e => (Tok::Hex(h), e.span()),
            Tok::Date(d) = e => (Tok::Date(d), e.span()),
            Tok::Time(t) = e => (Tok::Time(t), e.span()),
        }
        .validate(|(tok, span), _, emitter| {
            let kind = match tok {
                Tok::Hex(h) => literals::hex(h).map(|(value, int)| ExprKind::Number { value, int }),
                Tok::Date(d) => {
                    literals::date(d).map(|(year, month, day)| ExprKind::Date { year, month, day })
                }
                Tok::Time(t) => literals::time(t).map(ExprKind::Time),
                _ => Ok(ExprKind::Error),
            };
            match kind {
                Ok(k) => mk(k, span),
                Err(msg) => {
                    emitter.emit(PE::custom(span, msg));
                    mk(ExprKind::Error, span)
                }
            }
        });
        let word = select! {
            Tok::Name(n) = e => mk(name_expr(n), e.span()),
            Tok::Cmd(n, c) = e => mk(command_expr(n, c), e.span()),
            Tok::Const(n, t, c) = e => mk(ExprKind::ConstantRef { name: n.to_string(), theme: t, number: c }, e.span()),
            Tok::Local(n) = e => mk(ExprKind::Local(n.to_string()), e.span()),
            Tok::Interprocess(n) = e => mk(ExprKind::Interprocess(n.to_string()), e.span()),
            Tok::Table(t, n) = e => mk(ExprKind::Table { name: t.to_string(), number: n }, e.span()),
            Tok::Field(t, tn, f, fnum) = e => mk(ExprKind::Field {
                table: t.to_string(), field: f.to_string(), table_number: tn, field_number: fnum,
            }, e.span()),
        };
        let param_indirect = expr
            .clone()
            .delimited_by(just(Tok::DollarBrace), just(Tok::RBrace))
            .map_with(|x, e| mk(ExprKind::ParamIndirect(Box::new(x)), e.span()));
        let try_expr = select! { Tok::Kw(crate::lexer::Kw::Try, _) => () }
            .ignore_then(
                expr.clone()
                    .delimited_by(just(Tok::LParen), just(Tok::RParen)),
            )
            .map_with(|x, e| mk(ExprKind::TryExpr(Box::new(x)), e.span()));
        let paren = expr
            .clone()
            .delimited_by(just(Tok::LParen), just(Tok::RParen));
        let key =
            property_name().or(select! { Tok::Str(s) = e => ident(literals::text(s), e.span()) });
        let object = key
            .then_ignore(just(Tok::Colon))
            .then(expr.clone())
            .separated_by(just(Tok::Semi))
            .collect::<Vec<_>>()
            .delimited_by(just(Tok::LBrace), just(Tok::RBrace))
            .map_with(|pairs, e| mk(ExprKind::ObjectLit(pairs), e.span()));
        let collection = expr
            .clone()
            .separated_by(just(Tok::Semi))
            .collect::<Vec<_>>()
            .delimited_by(just(Tok::LBracket), just(Tok::RBracket))
            .map_with(|items, e| mk(ExprKind::CollectionLit(items), e.span()));
        let atom = choice((
            literal,
            checked_literal,
            word,
            param_indirect,
            try_expr,
            paren,
            object,
            collection,
        ))
        .boxed();

        // Arguments: expressions, or a bare `*` / operator standing alone (`SORT ARRAY($a; >)`).
        let bare = select! {
            Tok::Star => ExprKind::Star,
            Tok::Gt => ExprKind::BareOp(">".into()),
            Tok::Lt => ExprKind::BareOp("<".into()),
            Tok::Ge => ExprKind::BareOp(">=".into()),
            Tok::Le => ExprKind::BareOp("<=".into()),
            Tok::Eq => ExprKind::BareOp("=".into()),
            Tok::Hash => ExprKind::BareOp("#".into()),
            Tok::Amp => ExprKind::BareOp("&".into()),
            Tok::Pipe => ExprKind::BareOp("|".into()),
            Tok::Plus => ExprKind::BareOp("+".into()),
            Tok::Minus => ExprKind::BareOp("-".into()),
            Tok::Percent => ExprKind::BareOp("%".into()),
        }
        .map_with(|k, e| mk(k, e.span()))
        .then_ignore(one_of([Tok::Semi, Tok::RParen]).rewind());
        // An argument may be an assignment (`Formula($1.n:=$1.n+1)`).
        let arg = expr
            .clone()
            .then(assign_op().then(expr.clone()).or_not())
            .map(|(target, assign)| match assign {
                None => target,
                Some((op, value)) => {
                    let span = target.span.to(value.span);
                    Expr {
                        kind: ExprKind::Assign {
                            target: Box::new(target),
                            op,
                            value: Box::new(value),
                        },
                        span,
                    }
                }
            });
        // A query conjunction written before its argument (`QUERY([T]; & [T]F=1)`) is
        // two arguments, the same as `QUERY([T]; &; [T]F=1)`.
        let conj = select! {
            Tok::Amp => "&", Tok::Pipe => "|", Tok::Hash => "#",
        }
        .map_with(|op, e| mk(ExprKind::BareOp(op.into()), e.span()))
        .then(arg.clone())
        .map(|(a, b)| vec![a, b]);
        let args = choice((bare.map(|b| vec![b]), conj, arg.map(|a| vec![a])))
            .separated_by(just(Tok::Semi))
            .collect::<Vec<Vec<Expr>>>()
            .map(|v| v.into_iter().flatten().collect::<Vec<Expr>>())
            .delimited_by(just(Tok::LParen), just(Tok::RParen));

        // One cheap look at the next token before trying the postfix forms: most operands
        // have none, and a single failed test is much cheaper than six.
        let post_start = select! {
            Tok::Dot => (), Tok::LBracket => (), Tok::LBrace => (), Tok::LParen => (), Tok::Arrow => (),
        }
        .rewind();
        let post = post_start.ignore_then(choice((
            just(Tok::Dot)
                .ignore_then(property_name())
                .map(Post::Member),
            just(Tok::LBracket)
                .then(just(Tok::LBracket))
                .ignore_then(expr.clone())
                .then_ignore(just(Tok::RBracket))
                .then_ignore(just(Tok::RBracket))
                .map(Post::CharAt),
            expr.clone()
                .delimited_by(just(Tok::LBracket), just(Tok::RBracket))
                .map(Post::Index),
            expr.clone()
                .delimited_by(just(Tok::LBrace), just(Tok::RBrace))
                .map(Post::Element),
            args.map(Post::Call),
            just(Tok::Arrow)
                .ignore_then(select! { Tok::Name(n) = e => ident(n, e.span()) }.or_not())
                .map(|m| m.map_or(Post::Deref, Post::DerefMember)),
        )));
        let postfix = atom
            .foldl_with(post.repeated(), |lhs, p, e| {
                let b = Box::new(lhs);
                let kind = match p {
                    Post::Member(name) => ExprKind::Member { object: b, name },
                    Post::Index(i) => ExprKind::Index {
                        object: b,
                        index: Box::new(i),
                    },
                    Post::CharAt(i) => ExprKind::CharAt {
                        text: b,
                        index: Box::new(i),
                    },
                    Post::Element(i) => ExprKind::Element {
                        array: b,
                        index: Box::new(i),
                    },
                    Post::Call(args) => ExprKind::Call { callee: b, args },
                    Post::Deref => ExprKind::Deref(b),
                    Post::DerefMember(name) => {
                        let span = Span {
                            start: b.span.start,
                            end: name.span.start,
                        };
                        let deref = Expr {
                            kind: ExprKind::Deref(b),
                            span,
                        };
                        ExprKind::Member {
                            object: Box::new(deref),
                            name,
                        }
                    }
                };
                mk(kind, e.span())
            })
            .boxed();

        #[derive(Clone, Copy)]
        enum Prefix {
            Neg,
            Ptr,
        }
        let prefix = select! { Tok::Minus => Prefix::Neg, Tok::Arrow => Prefix::Ptr }
            .map_with(|p, e| (p, e.span()));
        let unary = prefix
            .repeated()
            .foldr(postfix, |(p, s): (Prefix, SimpleSpan), x: Expr| {
                let span = Span {
                    start: s.start as u32,
                    end: x.span.end,
                };
                let kind = match p {
                    Prefix::Neg => ExprKind::Neg(Box::new(x)),
                    Prefix::Ptr => ExprKind::PointerTo(Box::new(x)),
                };
                Expr { kind, span }
            })
            .labelled("an expression")
            .boxed();

        // One select for every binary operator, tagged with its level (1 tightest);
        // the levels are applied by `levels` below, each left to right.
        let binop = select! {
            Tok::Plus => (1, BinOp::Add), Tok::Minus => (1, BinOp::Sub), Tok::Star => (1, BinOp::Mul),
            Tok::Slash => (1, BinOp::Div), Tok::Backslash => (1, BinOp::IntDiv),
            Tok::Percent => (1, BinOp::Mod), Tok::Caret => (1, BinOp::Pow),
            Tok::CaretPipe => (1, BinOp::BitXor), Tok::Shl => (1, BinOp::Shl), Tok::Shr => (1, BinOp::Shr),
            Tok::QPlus => (1, BinOp::BitSet), Tok::QMinus => (1, BinOp::BitClear),
            Tok::QQ => (1, BinOp::BitTest), Tok::StarPlus => (1, BinOp::HScale),
            Tok::StarPipe => (1, BinOp::VScale),
            Tok::Eq => (2, BinOp::Eq), Tok::Hash => (2, BinOp::Ne), Tok::Lt => (2, BinOp::Lt),
            Tok::Gt => (2, BinOp::Gt), Tok::Le => (2, BinOp::Le), Tok::Ge => (2, BinOp::Ge),
            Tok::Amp => (3, BinOp::BitAnd), Tok::Pipe => (3, BinOp::BitOr),
            Tok::AmpAmp => (3, BinOp::And), Tok::PipePipe => (3, BinOp::Or),
        }
        .labelled("operator");
        let level3 = unary
            .clone()
            .then(binop.then(unary).repeated().collect::<Vec<_>>())
            .map(|(first, rest)| levels(first, rest))
            .boxed();
        level3
            .then(
                just(Tok::Question)
                    .ignore_then(expr.clone())
                    .then_ignore(just(Tok::Colon))
                    .then(expr)
                    .or_not(),
            )
            .map(|(cond, alt)| match alt {
                None => cond,
                Some((a, b)) => {
                    let span = cond.span.to(b.span);
                    Expr {
                        kind: ExprKind::Ternary {
                            cond: Box::new(cond),
                            then: Box::new(a),
                            otherwise: Box::new(b),
                        },
                        span,
                    }
                }
            })
    })
}
