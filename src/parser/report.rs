//! Syntax diagnostics of one line: the checks made before the grammar runs (bad tokens,
//! unbalanced brackets, nesting limits) and the translation of chumsky's `Rich` errors
//! into readable [`Diagnostic`]s.

use crate::ast::Span;
use crate::diagnostics::Diagnostic;
use crate::lexer::{LexError, Tok};
use chumsky::error::{Rich, RichPattern, RichReason};
use chumsky::span::SimpleSpan;

/// Deepest bracket nesting accepted inside one line (`((((x))))`).
pub const MAX_BRACKET_DEPTH: usize = 128;
/// Longest run of prefix operators (`- - - x`, `->->x`) and most `?` in one line.
pub const MAX_PREFIX_RUN: usize = 128;
/// Most binary operators in one statement: each makes the (left-nested) tree one level
/// deeper. Real code stays under 100; 4D's own limit is 32,000 characters a line.
pub const MAX_OPERATORS: usize = 1000;

pub type Toks<'s> = [(Tok<'s>, SimpleSpan)];

fn span(s: SimpleSpan) -> Span {
    Span::new(s.start, s.end)
}

fn closer(t: &Tok<'_>) -> &'static str {
    match t {
        Tok::LParen => "`)`",
        Tok::LBracket => "`]`",
        _ => "`}`",
    }
}

fn is_name(t: &Tok<'_>) -> Option<String> {
    match t {
        Tok::Name(n) | Tok::Cmd(n, _) => Some(n.to_string()),
        _ => None,
    }
}

/// Problems found without the grammar: a lexical error token, unbalanced or too deeply
/// nested brackets, absurdly long operator chains. At most one diagnostic.
pub fn precheck(line: &Toks<'_>, line_end: usize) -> Option<Diagnostic> {
    let mut stack: Vec<usize> = Vec::new();
    let mut prefix_run = 0usize;
    let mut questions = 0usize;
    let mut operators = 0usize;
    for (i, (t, s)) in line.iter().enumerate() {
        match t {
            Tok::Error(e) => return Some(lex_error(*e, *s)),
            Tok::LParen | Tok::LBracket | Tok::LBrace | Tok::DollarBrace => {
                stack.push(i);
                if stack.len() > MAX_BRACKET_DEPTH {
                    return Some(
                        Diagnostic::error(
                            span(*s),
                            format!("brackets nested more than {MAX_BRACKET_DEPTH} deep"),
                        )
                        .with_label("too deep here")
                        .with_note("split the expression into several statements"),
                    );
                }
            }
            Tok::RParen | Tok::RBracket | Tok::RBrace => {
                let Some(open) = stack.pop() else {
                    return Some(
                        Diagnostic::error(
                            span(*s),
                            format!("unexpected {t}: there is no matching opening bracket"),
                        )
                        .with_label("nothing to close here"),
                    );
                };
                let (o, os) = &line[open];
                let expected = closer(o);
                let matches = matches!(
                    (o, t),
                    (Tok::LParen, Tok::RParen)
                        | (Tok::LBracket, Tok::RBracket)
                        | (Tok::LBrace | Tok::DollarBrace, Tok::RBrace)
                );
                if !matches {
                    return Some(
                        Diagnostic::error(span(*s), format!("expected {expected} but found {t}"))
                            .with_label(format!("this {t} does not close the {o}"))
                            .with_secondary(span(*os), format!("{o} opened here")),
                    );
                }
            }
            _ => {}
        }
        let prefix_like = matches!(t, Tok::Minus | Tok::Arrow);
        prefix_run = if prefix_like { prefix_run + 1 } else { 0 };
        if *t == Tok::Question {
            questions += 1;
        }
        if is_binary_operator(t) {
            operators += 1;
        }
        if prefix_run > MAX_PREFIX_RUN || questions > MAX_PREFIX_RUN || operators > MAX_OPERATORS {
            return Some(
                Diagnostic::error(span(*s), "expression too complex for one line")
                    .with_label("the limit is reached here")
                    .with_note(format!(
                        "fourd accepts at most {MAX_PREFIX_RUN} prefix operators in a row, \
                         {MAX_PREFIX_RUN} `?` and {MAX_OPERATORS} operators in one line"
                    )),
            );
        }
    }
    let &open = stack.last()?;
    let (o, os) = &line[open];
    let expected = closer(o);
    let before = open.checked_sub(1).map(|p| &line[p].0);
    let what = match (o, before.and_then(is_name), before) {
        (Tok::LParen, Some(name), _) => {
            format!("expected {expected} to close the call to `{name}`")
        }
        (Tok::LParen, None, Some(Tok::Kw(_, k))) => {
            format!("expected {expected} to close the `(` after `{k}`")
        }
        _ => format!("expected {expected} to close this {o}"),
    };
    let at = Span::new(line_end, line_end);
    Some(
        Diagnostic::error(at, what)
            .with_label("the line ends here")
            .with_secondary(span(*os), format!("{o} opened here is never closed")),
    )
}

fn is_binary_operator(t: &Tok<'_>) -> bool {
    use Tok::*;
    matches!(
        t,
        Plus | Minus
            | Star
            | Slash
            | Backslash
            | Percent
            | Caret
            | Eq
            | Hash
            | Lt
            | Gt
            | Le
            | Ge
            | Amp
            | Pipe
            | AmpAmp
            | PipePipe
            | CaretPipe
            | Shl
            | Shr
            | QPlus
            | QMinus
            | QQ
            | StarPlus
            | StarPipe
    )
}

fn lex_error(e: LexError, s: SimpleSpan) -> Diagnostic {
    match e {
        LexError::BadChar => {
            Diagnostic::error(span(s), "invalid character").with_label("no 4D token starts here")
        }
        LexError::UnterminatedText => Diagnostic::error(span(s), "unterminated text literal")
            .with_label("this text has no closing `\"` on its line")
            .with_note("write a quote inside text as `\\\"`"),
        LexError::UnterminatedComment => Diagnostic::error(span(s), "unterminated comment")
            .with_label("this `/*` has no matching `*/`"),
    }
}

fn pattern(p: &RichPattern<'_, Tok<'_>>) -> Option<String> {
    match p {
        RichPattern::Token(t) => Some(t.to_string()),
        RichPattern::Label(l) => Some(l.to_string()),
        RichPattern::Identifier(i) => Some(format!("`{i}`")),
        RichPattern::EndOfInput => Some("the end of the line".into()),
        RichPattern::Any => Some("something".into()),
        RichPattern::SomethingElse => None,
        _ => None,
    }
}

/// "a, b or c"
fn or_list(items: &[String]) -> String {
    match items {
        [] => "something else".into(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// Translate a chumsky error on `line` into a diagnostic.
pub fn from_rich(err: &Rich<'_, Tok<'_>, SimpleSpan>, line: &Toks<'_>) -> Diagnostic {
    let at = *err.span();
    let prev = line
        .iter()
        .rev()
        .find(|(_, s)| s.end <= at.start)
        .map(|(t, _)| t.to_string());
    let after = prev.map(|p| format!(" after {p}")).unwrap_or_default();
    match err.reason() {
        RichReason::Custom(msg) => Diagnostic::error(span(at), msg.clone()).with_label("here"),
        RichReason::ExpectedFound { .. } => {
            let mut expected: Vec<String> = err.expected().filter_map(pattern).collect();
            // Collapse the operator alternatives into one word.
            let ops = expected.iter().filter(|e| e.as_str() == "operator").count();
            expected.retain(|e| e != "operator");
            expected.retain(|e| e != "something");
            if ops > 0 {
                expected.retain(|e| {
                    !matches!(e.as_str(), "`.`" | "`[`" | "`{`" | "`(`" | "`->`" | "`?`")
                });
                expected.insert(0, "an operator".into());
            }
            expected.sort_by_key(|e| (e == "the end of the line", e.clone()));
            expected.dedup();
            let list = or_list(&expected);
            match err.found() {
                None => Diagnostic::error(
                    span(at),
                    format!("expected {list}{after}, found the end of the line"),
                )
                .with_label(format!("expected {list}")),
                Some(found) => Diagnostic::error(span(at), format!("unexpected {found}{after}"))
                    .with_label(format!("expected {list}")),
            }
        }
    }
}
