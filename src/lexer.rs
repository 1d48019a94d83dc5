//! Lexer: source text → tokens with byte spans. Owns the token type [`Tok`] (with the
//! `Display` used in diagnostics) and every lexical rule of `grammar/README.md`.
//!
//! The raw scanner is a logos automaton ([`Raw`]); [`lex`] flattens its output into
//! [`Tok`]s, dropping comments and continuations, keeping the `//%attributes` JSON, and
//! splitting the `<<>Var` trap into `<` and `<>Var`. Lexing never fails: bad input becomes
//! a [`Tok::Error`] with a span, and the parser reports it.
//!
//! Multi-word names (`New shared object`, `End for each`, project methods such as
//! `HDI menu`) are glued by the word callback: starting from an identifier it looks ahead
//! in the remainder for `" word"` pieces while the lower-cased text is still a prefix of a
//! known name, and keeps the longest full match. Words right after a `.` are property
//! names and are never glued nor turned into keywords.

use crate::names::{self, NameSet};
use chumsky::span::SimpleSpan;
use logos::{FilterResult, Logos};
use std::fmt;

mod fixups;

/// What went wrong in a [`Tok::Error`] token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LexError {
    /// A character that starts no token (`@`, `'`, a lone `!`...).
    #[default]
    BadChar,
    /// A `"` with no closing `"` on the same line.
    UnterminatedText,
    /// A `/*` with no matching `*/`.
    UnterminatedComment,
}

/// Language keywords: dedicated tokens so that `End if` never parses as a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kw {
    If,
    Else,
    EndIf,
    CaseOf,
    EndCase,
    While,
    EndWhile,
    Repeat,
    Until,
    For,
    EndFor,
    ForEach,
    EndForEach,
    BeginSql,
    EndSql,
    Use,
    EndUse,
    Try,
    Catch,
    EndTry,
    Var,
    Return,
    Break,
    Continue,
    ClassConstructor,
    ClassExtends,
    Function,
    Property,
}

impl Kw {
    /// The keyword for a lower-cased name, if it is one.
    pub fn from_lower(lower: &str) -> Option<Kw> {
        use Kw::*;
        Some(match lower {
            "if" => If,
            "else" => Else,
            "end if" => EndIf,
            "case of" => CaseOf,
            "end case" => EndCase,
            "while" => While,
            "end while" => EndWhile,
            "repeat" => Repeat,
            "until" => Until,
            "for" => For,
            "end for" => EndFor,
            "for each" => ForEach,
            "end for each" => EndForEach,
            "begin sql" => BeginSql,
            "end sql" => EndSql,
            "use" => Use,
            "end use" => EndUse,
            "try" => Try,
            "catch" => Catch,
            "end try" => EndTry,
            "var" => Var,
            "return" => Return,
            "break" => Break,
            "continue" => Continue,
            "class constructor" => ClassConstructor,
            "class extends" => ClassExtends,
            "function" => Function,
            "property" => Property,
            _ => return None,
        })
    }

    /// The keyword as 4D writes it.
    pub fn as_str(self) -> &'static str {
        use Kw::*;
        match self {
            If => "If",
            Else => "Else",
            EndIf => "End if",
            CaseOf => "Case of",
            EndCase => "End case",
            While => "While",
            EndWhile => "End while",
            Repeat => "Repeat",
            Until => "Until",
            For => "For",
            EndFor => "End for",
            ForEach => "For each",
            EndForEach => "End for each",
            BeginSql => "Begin SQL",
            EndSql => "End SQL",
            Use => "Use",
            EndUse => "End use",
            Try => "Try",
            Catch => "Catch",
            EndTry => "End try",
            Var => "var",
            Return => "return",
            Break => "break",
            Continue => "continue",
            ClassConstructor => "Class constructor",
            ClassExtends => "Class extends",
            Function => "Function",
            Property => "property",
        }
    }
}

/// A token as the parser sees it. Payloads borrow the source text; `Copy`, so the
/// parser's many look-aheads cost a plain copy.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tok<'s> {
    /// End of a line (LF, CRLF or CR); ends a statement.
    Newline,
    /// A name, possibly several words glued (`Current date`, `HDI menu`).
    Name(&'s str),
    /// A keyword, with its text as written.
    Kw(Kw, &'s str),
    /// `Name:C123`: the name as written and the command number.
    Cmd(&'s str, u32),
    /// `Name:K12:3`: the name, the theme and the number.
    Const(&'s str, u32, u32),
    /// `$name` (also `$1`): the text after the `$`.
    Local(&'s str),
    /// A lone `$` (a property may be named `$`).
    Dollar,
    /// `${` opening a parameter indirection.
    DollarBrace,
    /// `<>name`: the text after the `<>`.
    Interprocess(&'s str),
    /// A decimal number as written (`12`, `1.5`, `2e-3`).
    Num(&'s str),
    /// A hexadecimal number as written (`0x1F`).
    Hex(&'s str),
    /// A text literal: the raw text between the quotes, escapes not yet decoded.
    Str(&'s str),
    /// A date literal: the text between the `!`.
    Date(&'s str),
    /// A time literal: the text between the `?`.
    Time(&'s str),
    /// `#DECLARE`
    Declare,
    /// `...`
    Ellipsis,
    Assign,
    AddAssign,
    SubAssign,
    MulAssign,
    DivAssign,
    Plus,
    Minus,
    Star,
    Slash,
    Backslash,
    Percent,
    Caret,
    Eq,
    Hash,
    Lt,
    Gt,
    Le,
    Ge,
    Amp,
    Pipe,
    AmpAmp,
    PipePipe,
    CaretPipe,
    Shl,
    Shr,
    QPlus,
    QMinus,
    QQ,
    /// `*+` (picture horizontal scaling)
    StarPlus,
    /// `*|` (picture vertical scaling)
    StarPipe,
    Arrow,
    Dot,
    LBracket,
    RBracket,
    LParen,
    RParen,
    LBrace,
    RBrace,
    Semi,
    Colon,
    Question,
    /// `[Table]` or tokenized `[Table:3]` (made by [`fixups`] from `[`, name, `]`).
    Table(&'s str, Option<u32>),
    /// `[Table]Field` or tokenized `[Table:3]Field:2` (made by [`fixups`]).
    Field(&'s str, Option<u32>, &'s str, Option<u32>),
    /// Input that is no token; the parser reports it.
    Error(LexError),
}

impl Tok<'_> {
    /// The operator or punctuation text of a payload-free token.
    pub fn punct(&self) -> Option<&'static str> {
        use Tok::*;
        Some(match self {
            Declare => "#DECLARE",
            Ellipsis => "...",
            Dollar => "$",
            DollarBrace => "${",
            Assign => ":=",
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            DivAssign => "/=",
            Plus => "+",
            Minus => "-",
            Star => "*",
            Slash => "/",
            Backslash => "\\",
            Percent => "%",
            Caret => "^",
            Eq => "=",
            Hash => "#",
            Lt => "<",
            Gt => ">",
            Le => "<=",
            Ge => ">=",
            Amp => "&",
            Pipe => "|",
            AmpAmp => "&&",
            PipePipe => "||",
            CaretPipe => "^|",
            Shl => "<<",
            Shr => ">>",
            QPlus => "?+",
            QMinus => "?-",
            QQ => "??",
            StarPlus => "*+",
            StarPipe => "*|",
            Arrow => "->",
            Dot => ".",
            LBracket => "[",
            RBracket => "]",
            LParen => "(",
            RParen => ")",
            LBrace => "{",
            RBrace => "}",
            Semi => ";",
            Colon => ":",
            Question => "?",
            _ => return None,
        })
    }
}

impl fmt::Display for Tok<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = self.punct() {
            return write!(f, "`{p}`");
        }
        match self {
            Tok::Newline => write!(f, "end of line"),
            Tok::Name(n) => write!(f, "`{n}`"),
            Tok::Kw(_, n) => write!(f, "keyword `{n}`"),
            Tok::Cmd(n, c) => write!(f, "`{n}:C{c}`"),
            Tok::Const(n, t, c) => write!(f, "`{n}:K{t}:{c}`"),
            Tok::Local(n) => write!(f, "`${n}`"),
            Tok::Interprocess(n) => write!(f, "`<>{n}`"),
            Tok::Num(n) | Tok::Hex(n) => write!(f, "number `{n}`"),
            Tok::Str(_) => write!(f, "text literal"),
            Tok::Date(d) => write!(f, "date `!{d}!`"),
            Tok::Time(t) => write!(f, "time `?{t}?`"),
            Tok::Table(t, _) => write!(f, "table `[{t}]`"),
            Tok::Field(t, _, n, _) => write!(f, "field `[{t}]{n}`"),
            Tok::Error(LexError::BadChar) => write!(f, "invalid character"),
            Tok::Error(LexError::UnterminatedText) => write!(f, "unterminated text"),
            Tok::Error(LexError::UnterminatedComment) => write!(f, "unterminated comment"),
            _ => write!(f, "{self:?}"),
        }
    }
}

/// The name tables the word callback consults.
pub struct Extras<'s> {
    std: &'s NameSet,
    extra: Option<&'s NameSet>,
    attributes: Option<&'s str>,
}

impl Extras<'_> {
    fn contains(&self, lower: &str) -> bool {
        self.std.contains(lower) || self.extra.is_some_and(|e| e.contains(lower))
    }
    fn is_prefix(&self, lower: &str) -> bool {
        self.std.is_prefix(lower) || self.extra.is_some_and(|e| e.is_prefix(lower))
    }
}

/// What the word callback found.
#[derive(Clone, Debug, PartialEq)]
pub enum Word<'s> {
    Name(&'s str),
    Kw(Kw, &'s str),
    Cmd(&'s str, u32),
    Const(&'s str, u32, u32),
}

/// The logos scanner. [`lex`] turns its output into [`Tok`]s.
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(extras = Extras<'s>)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\x0C\u{A0}\u{FEFF}]+")]
#[logos(subpattern letter = r"[A-Za-z_\u{AA}\u{B0}\u{B5}\u{BA}\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{1FFF}\u{2C00}-\u{2FFF}\u{3040}-\u{D7FF}\u{F900}-\u{FDCF}\u{FE70}-\u{FEFE}\u{FF10}-\u{FFEF}\u{10000}-\u{10FFFF}]")]
#[logos(subpattern wordch = r"((?&letter)|[0-9])")]
pub enum Raw<'s> {
    #[regex(r"\r\n|\r|\n")]
    Newline,
    #[regex(r"\\[ \t]*(\r\n|\r|\n)", logos::skip)]
    Continuation,
    #[regex(r"//[^\r\n]*", line_comment, allow_greedy = true)]
    LineComment,
    #[regex(r"`[^\r\n]*", logos::skip, allow_greedy = true)]
    Backquote,
    #[token("/*", block_comment)]
    BlockComment,
    #[regex(r"(?&letter)(?&wordch)*", word)]
    #[regex(r"[0-9]+(?&letter)(?&wordch)*", word, priority = 1)]
    Word(Word<'s>),
    #[regex(r"\$(?&wordch)+", |l| &l.slice()[1..])]
    Local(&'s str),
    #[token("$")]
    Dollar,
    #[token("${")]
    DollarBrace,
    #[regex(r"<>(?&wordch)+", |l| &l.slice()[2..])]
    Interprocess(&'s str),
    /// `<<>Var`: `<` followed by an interprocess variable (split by [`lex`]).
    #[regex(r"<<>(?&wordch)+", |l| &l.slice()[3..])]
    LtInterprocess(&'s str),
    #[regex(r"[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?", |l| l.slice(), priority = 3)]
    Num(&'s str),
    #[regex(r"0[xX][0-9a-fA-F]+", |l| l.slice(), priority = 4)]
    Hex(&'s str),
    #[regex(r#""([^"\\\r\n]|\\[^\r\n])*""#, |l| { let s = l.slice(); &s[1..s.len() - 1] })]
    Str(&'s str),
    #[regex(r#""([^"\\\r\n]|\\[^\r\n])*\\?"#, unterminated_text)]
    UnterminatedStr,
    #[regex(r"![0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}!", |l| { let s = l.slice(); &s[1..s.len() - 1] })]
    Date(&'s str),
    #[regex(r"\?[0-9]{1,6}:[0-9]{1,2}:[0-9]{1,2}\?", |l| { let s = l.slice(); &s[1..s.len() - 1] })]
    Time(&'s str),
    #[regex("#[dD][eE][cC][lL][aA][rR][eE]")]
    Declare,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    Assign,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    DivAssign,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("\\")]
    Backslash,
    #[token("%")]
    Percent,
    #[token("^")]
    Caret,
    #[token("=")]
    Eq,
    #[token("#")]
    Hash,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("<=")]
    Le,
    #[token(">=")]
    Ge,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("&&")]
    AmpAmp,
    #[token("||")]
    PipePipe,
    #[token("^|")]
    CaretPipe,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("?+")]
    QPlus,
    #[token("?-")]
    QMinus,
    #[token("??")]
    QQ,
    #[token("*+")]
    StarPlus,
    #[token("*|")]
    StarPipe,
    #[token("->")]
    Arrow,
    #[token(".")]
    Dot,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(";")]
    Semi,
    #[token(":")]
    Colon,
    #[token("?")]
    Question,
}

/// True for characters that may appear in a word (same classes as the logos patterns).
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '_'
        || matches!(c as u32,
            0xAA | 0xB0 | 0xB5 | 0xBA | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x1FFF | 0x2C00..=0x2FFF
            | 0x3040..=0xD7FF | 0xF900..=0xFDCF | 0xFE70..=0xFEFE | 0xFF10..=0xFFEF | 0x10000..)
}

/// Byte length of the word at the start of `s` (0 if none).
fn word_len(s: &str) -> usize {
    s.char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map(|(i, _)| i)
        .unwrap_or(s.len())
}

/// `:C123` at the start of `s` → (number, bytes).
fn tokenized_command(s: &str) -> Option<(u32, usize)> {
    let rest = s.strip_prefix(":C")?;
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || rest[n..].starts_with(|c: char| is_word_char(c)) {
        return None;
    }
    Some((rest[..n].parse().ok()?, 2 + n))
}

/// `:K12:3` at the start of `s` → (theme, number, bytes).
fn tokenized_constant(s: &str) -> Option<(u32, u32, usize)> {
    let rest = s.strip_prefix(":K")?;
    let a = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest[a..].strip_prefix(':')?;
    let b = after.bytes().take_while(u8::is_ascii_digit).count();
    if a == 0 || b == 0 || after[b..].starts_with(|c: char| is_word_char(c)) {
        return None;
    }
    Some((
        rest[..a].parse().ok()?,
        after[..b].parse().ok()?,
        2 + a + 1 + b,
    ))
}

/// Most words an unknown tokenized name (`QUERY BY ATTRIBUTE:C1331`) may have.
const MAX_UNKNOWN_WORDS: usize = 8;

fn word<'s>(lex: &mut logos::Lexer<'s, Raw<'s>>) -> Word<'s> {
    let src: &'s str = lex.source();
    let start = lex.span().start;
    let first: &'s str = lex.slice();
    // A property name after `.`: taken as is.
    if start > 0 && src.as_bytes()[start - 1] == b'.' {
        return Word::Name(first);
    }
    let rem: &'s str = lex.remainder();
    let mut lower = first.to_lowercase();
    let mut best: Option<usize> = lex.extras.contains(&lower).then_some(0);
    let mut pos = 0;
    while lex.extras.is_prefix(&lower) {
        let r = &rem[pos..];
        let Some(after_space) = r.strip_prefix(' ') else {
            break;
        };
        let w = word_len(after_space);
        if w == 0 {
            break;
        }
        lower.push(' ');
        lower.push_str(&after_space[..w].to_lowercase());
        pos += 1 + w;
        if lex.extras.contains(&lower) {
            best = Some(pos);
        }
    }
    let ext = best.unwrap_or(0);
    let text = &src[start..start + first.len() + ext];
    let kw = if best.is_some() {
        Kw::from_lower(&text.to_lowercase())
    } else {
        None
    };
    let after = &rem[ext..];
    if let Some((n, used)) = tokenized_command(after) {
        lex.bump(ext + used);
        return Word::Cmd(text, n);
    }
    if let Some((t, n, used)) = tokenized_constant(after) {
        lex.bump(ext + used);
        return Word::Const(text, t, n);
    }
    // An unknown multi-word name in tokenized form: `QUERY BY ATTRIBUTE:C1331`. Never
    // starting from a keyword that takes an expression (`return Current date:C33`);
    // keywords that stand alone may begin a command (`USE SET:C118`, `BREAK LEVEL:C302`).
    if !matches!(
        kw,
        Some(
            Kw::If
                | Kw::While
                | Kw::Until
                | Kw::Return
                | Kw::For
                | Kw::ForEach
                | Kw::Var
                | Kw::Function
                | Kw::Property
                | Kw::ClassConstructor
                | Kw::ClassExtends
        )
    ) {
        let mut p = ext;
        for _ in 0..MAX_UNKNOWN_WORDS {
            let Some(after_space) = rem[p..].strip_prefix(' ') else {
                break;
            };
            let w = word_len(after_space);
            if w == 0 {
                break;
            }
            p += 1 + w;
            let tail = &rem[p..];
            let whole = &src[start..start + first.len() + p];
            if let Some((n, used)) = tokenized_command(tail) {
                lex.bump(p + used);
                return Word::Cmd(whole, n);
            }
            if let Some((t, n, used)) = tokenized_constant(tail) {
                lex.bump(p + used);
                return Word::Const(whole, t, n);
            }
        }
    }
    lex.bump(ext);
    match kw {
        Some(k) => Word::Kw(k, text),
        None => Word::Name(text),
    }
}

fn unterminated_text<'s>(_: &mut logos::Lexer<'s, Raw<'s>>) -> FilterResult<(), LexError> {
    FilterResult::Error(LexError::UnterminatedText)
}

fn line_comment<'s>(lex: &mut logos::Lexer<'s, Raw<'s>>) -> logos::Skip {
    let s: &'s str = lex.slice();
    if lex.extras.attributes.is_none()
        && let Some(rest) = s.strip_prefix("//%attributes")
    {
        let json = rest.trim_start().strip_prefix('=').unwrap_or(rest);
        lex.extras.attributes = Some(json.trim());
    }
    // A `\` ending a comment line continues the comment on the next line.
    while lex.slice().trim_end_matches([' ', '\t']).ends_with('\\') {
        let rem = lex.remainder();
        let nl = if rem.starts_with("\r\n") {
            2
        } else if rem.starts_with(['\n', '\r']) {
            1
        } else {
            break;
        };
        let rest = rem[nl..].find(['\r', '\n']).unwrap_or(rem.len() - nl);
        lex.bump(nl + rest);
    }
    logos::Skip
}

fn block_comment<'s>(lex: &mut logos::Lexer<'s, Raw<'s>>) -> FilterResult<(), LexError> {
    let rem = lex.remainder().as_bytes();
    let mut depth = 1usize;
    let mut i = 0;
    while i < rem.len() {
        match (rem[i], rem.get(i + 1)) {
            (b'/', Some(b'*')) => {
                depth += 1;
                i += 2;
            }
            (b'*', Some(b'/')) => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    lex.bump(i);
                    return FilterResult::Skip;
                }
            }
            _ => i += 1,
        }
    }
    lex.bump(rem.len());
    FilterResult::Error(LexError::UnterminatedComment)
}

/// The output of [`lex`].
pub struct Lexed<'s> {
    pub tokens: Vec<(Tok<'s>, SimpleSpan)>,
    /// The JSON text of the `//%attributes = {...}` header, if any.
    pub attributes: Option<&'s str>,
}

/// Lex a whole file. `extra` holds names beyond the standard ones (the project's methods).
pub fn lex<'s>(src: &'s str, extra: Option<&'s NameSet>) -> Lexed<'s> {
    let extras = Extras {
        std: names::standard_names(),
        extra,
        attributes: None,
    };
    let mut lexer = Raw::lexer_with_extras(src, extras);
    let mut tokens: Vec<(Tok<'s>, SimpleSpan)> = Vec::with_capacity(src.len() / 4);
    while let Some(raw) = lexer.next() {
        let span = lexer.span();
        let sp = |a: usize, b: usize| SimpleSpan::from(a..b);
        let tok = match raw {
            Ok(r) => match r {
                Raw::Newline => Tok::Newline,
                Raw::Word(Word::Name(n)) => Tok::Name(n),
                // `property` declares only at the start of a line; elsewhere it is a name
                // (`For each(property;vObject)`).
                Raw::Word(Word::Kw(Kw::Property, n))
                    if !matches!(tokens.last(), None | Some((Tok::Newline, _))) =>
                {
                    Tok::Name(n)
                }
                Raw::Word(Word::Kw(k, n)) => Tok::Kw(k, n),
                Raw::Word(Word::Cmd(n, c)) => Tok::Cmd(n, c),
                Raw::Word(Word::Const(n, t, c)) => Tok::Const(n, t, c),
                Raw::Local(n) => Tok::Local(n),
                Raw::Dollar => Tok::Dollar,
                Raw::DollarBrace => Tok::DollarBrace,
                Raw::Interprocess(n) => Tok::Interprocess(n),
                Raw::LtInterprocess(n) => {
                    tokens.push((Tok::Lt, sp(span.start, span.start + 1)));
                    tokens.push((Tok::Interprocess(n), sp(span.start + 1, span.end)));
                    continue;
                }
                Raw::Num(n) => Tok::Num(n),
                Raw::Hex(n) => Tok::Hex(n),
                Raw::Str(s) => Tok::Str(s),
                Raw::Date(d) => Tok::Date(d),
                Raw::Time(t) => Tok::Time(t),
                Raw::Declare => Tok::Declare,
                Raw::Ellipsis => Tok::Ellipsis,
                Raw::Assign => Tok::Assign,
                Raw::AddAssign => Tok::AddAssign,
                Raw::SubAssign => Tok::SubAssign,
                Raw::MulAssign => Tok::MulAssign,
                Raw::DivAssign => Tok::DivAssign,
                Raw::Plus => Tok::Plus,
                Raw::Minus => Tok::Minus,
                Raw::Star => Tok::Star,
                Raw::Slash => Tok::Slash,
                Raw::Backslash => Tok::Backslash,
                Raw::Percent => Tok::Percent,
                Raw::Caret => Tok::Caret,
                Raw::Eq => Tok::Eq,
                Raw::Hash => Tok::Hash,
                Raw::Lt => Tok::Lt,
                Raw::Gt => Tok::Gt,
                Raw::Le => Tok::Le,
                Raw::Ge => Tok::Ge,
                Raw::Amp => Tok::Amp,
                Raw::Pipe => Tok::Pipe,
                Raw::AmpAmp => Tok::AmpAmp,
                Raw::PipePipe => Tok::PipePipe,
                Raw::CaretPipe => Tok::CaretPipe,
                Raw::Shl => Tok::Shl,
                Raw::Shr => Tok::Shr,
                Raw::QPlus => Tok::QPlus,
                Raw::QMinus => Tok::QMinus,
                Raw::QQ => Tok::QQ,
                Raw::StarPlus => Tok::StarPlus,
                Raw::StarPipe => Tok::StarPipe,
                Raw::Arrow => Tok::Arrow,
                Raw::Dot => Tok::Dot,
                Raw::LBracket => Tok::LBracket,
                Raw::RBracket => Tok::RBracket,
                Raw::LParen => Tok::LParen,
                Raw::RParen => Tok::RParen,
                Raw::LBrace => Tok::LBrace,
                Raw::RBrace => Tok::RBrace,
                Raw::Semi => Tok::Semi,
                Raw::Colon => Tok::Colon,
                Raw::Question => Tok::Question,
                // Skipped by their callbacks; never produced.
                Raw::Continuation
                | Raw::LineComment
                | Raw::Backquote
                | Raw::BlockComment
                | Raw::UnterminatedStr => {
                    continue;
                }
            },
            Err(LexError::UnterminatedComment) => {
                // Point at the `/*`, not at the rest of the file.
                tokens.push((
                    Tok::Error(LexError::UnterminatedComment),
                    sp(span.start, span.start + 2),
                ));
                continue;
            }
            Err(e) => {
                // Merge runs of bad characters into one token.
                if e == LexError::BadChar
                    && let Some((Tok::Error(LexError::BadChar), prev)) = tokens.last_mut()
                    && prev.end == span.start
                {
                    *prev = sp(prev.start, span.end);
                    continue;
                }
                Tok::Error(e)
            }
        };
        tokens.push((tok, sp(span.start, span.end)));
    }
    fixups::glue_unknown_names(src, &mut tokens);
    fixups::tables_and_fields(&mut tokens);
    Lexed {
        tokens,
        attributes: lexer.extras.attributes,
    }
}

#[cfg(test)]
mod tests;
