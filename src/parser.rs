//! Parser: tokens → [`crate::ast::File`], with error recovery line by line.
//!
//! A 4D statement is one line, so the file is parsed line by line: `report.rs` checks a
//! line's tokens (lexical errors, brackets, nesting limits), the chumsky grammar in
//! `line.rs`/`expr.rs` parses it into a [`line::Line`], and `blocks.rs` assembles lines
//! into nested blocks and class members without recursion. A bad line yields one
//! diagnostic and becomes `StmtKind::Error` (or, when it opens or closes a block, still
//! opens or closes it), so the rest of the file parses normally.
//!
//! Each line is parsed twice only when it is wrong: first with chumsky's `EmptyErr`
//! (no expected-token bookkeeping, fast), then, on failure, with `Rich` errors to explain
//! it. Lines made of one keyword (`End if`, `Else`) skip the grammar.
//!
//! Limits (each gives a diagnostic, never a crash): 512 nested control structures,
//! 128 nested brackets in a line, 128 prefix operators in a row and 128 `?`, 1000 binary
//! operators in a statement.

mod blocks;
mod expr;
pub mod line;
pub mod literals;
mod report;

use crate::ast::{
    ClassMemberKind, Declare, Expr, ExprKind, File, Ident, Modifiers, Span, StmtKind,
};
use crate::diagnostics::Diagnostic;
use crate::lexer::{self, Kw, Tok};
use crate::names::NameSet;
use chumsky::error::EmptyErr;
use chumsky::input::Input as _;
use chumsky::prelude::*;
use line::Line;

pub use blocks::MAX_BLOCK_DEPTH;
pub use report::{MAX_BRACKET_DEPTH, MAX_OPERATORS, MAX_PREFIX_RUN};

/// The outcome of parsing one file: the tree (with `Error` nodes where recovery
/// happened) and every diagnostic.
pub struct Parsed {
    pub file: File,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parse one file. `extra` holds names beyond the standard ones (the project's methods).
pub fn parse(src: &str, extra: Option<&NameSet>) -> Parsed {
    let lexed = lexer::lex(src, extra);
    let toks = &lexed.tokens;
    let fast = line::line::<_, EmptyErr>();
    let rich = line::line::<_, Rich<'_, Tok<'_>, SimpleSpan>>();
    let mut b = blocks::Builder::new(src);
    let mut i = 0;
    while i < toks.len() {
        let j = toks[i..]
            .iter()
            .position(|(t, _)| *t == Tok::Newline)
            .map_or(toks.len(), |p| i + p);
        let line_toks = &toks[i..j];
        i = j + 1;
        let Some(first) = line_toks.first() else {
            continue;
        };
        let span = Span::new(first.1.start, line_toks[line_toks.len() - 1].1.end);
        if matches!(first.0, Tok::Kw(Kw::BeginSql, _)) {
            // Opaque until `End SQL` (the SQL text need not be 4D tokens).
            let mut end = span;
            let mut closed = false;
            while i < toks.len() {
                let j = toks[i..]
                    .iter()
                    .position(|(t, _)| *t == Tok::Newline)
                    .map_or(toks.len(), |p| i + p);
                let l = &toks[i..j];
                i = j + 1;
                if let Some((t, s)) = l.first() {
                    end = Span::new(s.start, l[l.len() - 1].1.end);
                    if matches!(t, Tok::Kw(Kw::EndSql, _)) {
                        closed = true;
                        break;
                    }
                }
            }
            if !closed {
                b.diagnostics.push(
                    Diagnostic::error(
                        span,
                        "missing `End SQL`: `Begin SQL` is still open at the end of the file",
                    )
                    .with_label("this `Begin SQL` is never closed"),
                );
            }
            b.sql(span.to(end));
            continue;
        }
        let line = parse_line(&fast, &rich, line_toks, &mut b.diagnostics);
        b.line(line, span);
    }
    let eof = toks
        .iter()
        .rev()
        .find(|(t, _)| *t != Tok::Newline)
        .map_or(Span::new(0, 0), |(_, s)| Span::new(s.start, s.end));
    let (body, members, declare, diagnostics) = b.finish(eof);
    let file = File {
        attributes: lexed.attributes.map(str::to_string),
        declare,
        body,
        members,
    };
    Parsed { file, diagnostics }
}

type LineInput<'t, 's> =
    chumsky::input::MappedInput<'t, Tok<'s>, SimpleSpan, &'t [(Tok<'s>, SimpleSpan)]>;

/// Parse one line's tokens; on failure report one diagnostic and fall back to what the
/// first keyword says, so that block structure survives. The line is parsed with the
/// cheap error type first and again with `Rich` only when something is wrong.
fn parse_line<'t, 's: 't, F, R>(
    fast: &F,
    rich: &R,
    toks: &'t [(Tok<'s>, SimpleSpan)],
    diags: &mut Vec<Diagnostic>,
) -> Line
where
    F: Parser<'t, LineInput<'t, 's>, Line, extra::Err<EmptyErr>>,
    R: Parser<'t, LineInput<'t, 's>, Line, extra::Err<Rich<'t, Tok<'s>, SimpleSpan>>>,
{
    let line_end = toks.last().map_or(0, |(_, s)| s.end);
    if let Some(d) = report::precheck(toks, line_end) {
        diags.push(d);
        return fallback(toks);
    }
    // A keyword standing alone (`End if`, `Else`, `Repeat`...) needs no grammar run.
    if let [(Tok::Kw(k, _), _)] = toks
        && let Some(line) = lone_keyword(*k)
    {
        return line;
    }
    let eoi = SimpleSpan::from(line_end..line_end);
    let (out, errs) = fast.parse(toks.split_token_span(eoi)).into_output_errors();
    if errs.is_empty()
        && let Some(line) = out
    {
        return line;
    }
    let (out, errs) = rich.parse(toks.split_token_span(eoi)).into_output_errors();
    if let Some(e) = errs.first() {
        diags.push(report::from_rich(e, toks));
    }
    match out {
        Some(line) => line,
        None => fallback(toks),
    }
}

/// The line made of keyword `k` alone, when that is a complete line.
fn lone_keyword(k: Kw) -> Option<Line> {
    Some(match k {
        Kw::Else => Line::Else,
        Kw::EndIf => Line::EndIf,
        Kw::CaseOf => Line::CaseOf,
        Kw::EndCase => Line::EndCase,
        Kw::EndWhile => Line::EndWhile,
        Kw::Repeat => Line::Repeat,
        Kw::EndFor => Line::EndFor,
        Kw::EndForEach => Line::EndForEach,
        Kw::EndUse => Line::EndUse,
        Kw::Try => Line::Try,
        Kw::Catch => Line::Catch,
        Kw::EndTry => Line::EndTry,
        Kw::EndSql => Line::EndSql,
        Kw::Break => Line::Simple(StmtKind::Break),
        Kw::Continue => Line::Simple(StmtKind::Continue),
        Kw::Return => Line::Simple(StmtKind::Return(None)),
        _ => return None,
    })
}

fn error_expr(toks: &[(Tok<'_>, SimpleSpan)]) -> Expr {
    let s = toks.first().map_or(Span::new(0, 0), |(_, s)| {
        Span::new(s.start, toks[toks.len() - 1].1.end)
    });
    Expr {
        kind: ExprKind::Error,
        span: s,
    }
}

/// What a line that failed to parse still means for the block structure.
fn fallback(toks: &[(Tok<'_>, SimpleSpan)]) -> Line {
    let err = || error_expr(toks);
    let first_kw = toks.iter().find_map(|(t, _)| match t {
        Tok::Name(_) => None,
        Tok::Kw(k, _) => Some(Some(*k)),
        _ => Some(None),
    });
    let starts_with = |k: Kw| matches!(toks.first(), Some((Tok::Kw(x, _), _)) if *x == k);
    if matches!(toks.first(), Some((Tok::Colon, _))) {
        return Line::Branch(err());
    }
    if let Some(Some(k @ (Kw::Function | Kw::ClassConstructor))) = first_kw {
        let at = toks
            .iter()
            .position(|(t, _)| matches!(t, Tok::Kw(..)))
            .unwrap_or(0);
        let name = match toks.get(at + 1) {
            Some((Tok::Name(n), s)) => Ident {
                name: n.to_string(),
                span: Span::new(s.start, s.end),
            },
            _ => Ident {
                name: String::new(),
                span: err().span,
            },
        };
        let declare = Declare {
            span: err().span,
            ..Declare::default()
        };
        let modifiers = Modifiers::default();
        return Line::Member(if k == Kw::Function {
            ClassMemberKind::Function {
                modifiers,
                accessor: crate::ast::Accessor::Normal,
                name,
                declare,
                body: Vec::new(),
            }
        } else {
            ClassMemberKind::Constructor {
                modifiers,
                declare,
                body: Vec::new(),
            }
        });
    }
    let Some((Tok::Kw(k, _), _)) = toks.first() else {
        return Line::Simple(StmtKind::Error);
    };
    match k {
        Kw::If => Line::If(err()),
        Kw::Else => Line::Else,
        Kw::EndIf => Line::EndIf,
        Kw::CaseOf => Line::CaseOf,
        Kw::EndCase => Line::EndCase,
        Kw::While => Line::While(err()),
        Kw::EndWhile => Line::EndWhile,
        Kw::Repeat => Line::Repeat,
        Kw::Until => Line::Until(err()),
        Kw::For => Line::For {
            counter: err(),
            start: err(),
            end: err(),
            step: None,
        },
        Kw::EndFor => Line::EndFor,
        Kw::ForEach => Line::ForEach {
            item: err(),
            source: err(),
            begin: None,
            end: None,
            cond: None,
        },
        Kw::EndForEach => Line::EndForEach,
        Kw::Use => Line::Use(err()),
        Kw::EndUse => Line::EndUse,
        Kw::Try if !matches!(toks.get(1), Some((Tok::LParen, _))) && starts_with(Kw::Try) => {
            Line::Try
        }
        Kw::Catch => Line::Catch,
        Kw::EndTry => Line::EndTry,
        Kw::EndSql => Line::EndSql,
        _ => Line::Simple(StmtKind::Error),
    }
}
