//! Is an entry finished? The REPL reads lines until the entry is complete: every block
//! opened (`If`, `For each`, `Case of`, `Use`, `Try`, `While`, `Repeat`, `For`,
//! `Begin SQL`) is closed, every `(`/`[`/`{` is closed, the last line does not end with
//! the continuation `\`, and no `/* comment` is left open.
//!
//! The decision is made on the lexer's tokens (so `End if` inside a text literal or a
//! comment counts for nothing, and `Try(expr)` is an expression, not a block), reduced
//! to [`Piece`]s so the rules are testable without the lexer.
//!
//! 4D statements are one line each; brackets left open at the end of a line make the
//! REPL join the next line. [`parse_text`] gives the text handed to the parser, where
//! such line breaks are replaced by spaces (same length, so spans still point into the
//! entry as typed).

use crate::lexer::{self, Kw, LexError, Tok};
use crate::names::NameSet;

/// A block that must be closed before the entry can run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    If,
    Case,
    While,
    Repeat,
    For,
    ForEach,
    Sql,
    Use,
    Try,
}

impl Block {
    /// The keyword that closes the block.
    pub fn closer(self) -> &'static str {
        match self {
            Block::If => "End if",
            Block::Case => "End case",
            Block::While => "End while",
            Block::Repeat => "Until",
            Block::For => "End for",
            Block::ForEach => "End for each",
            Block::Sql => "End SQL",
            Block::Use => "End use",
            Block::Try => "End try",
        }
    }
}

/// What the completeness check needs to know about one token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    /// A keyword that opens a block (`Try` is given as [`Piece::Try`]).
    Open(Block),
    /// A keyword that closes a block.
    Close(Block),
    /// `Try`: a block, unless `(` follows (then it is the `Try(expr)` expression).
    Try,
    /// `(`, `[`, `{`, `${`.
    OpenBracket,
    /// `)`, `]`, `}`.
    CloseBracket,
    /// A `\` token (the lexer drops `\` + line break, so this one ends the entry).
    Backslash,
    /// An unterminated `/*` comment.
    OpenComment,
    /// End of a line.
    Newline,
    /// Anything else.
    Other,
}

/// The verdict on an entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Completeness {
    /// Run it (it may still have syntax errors: the parser reports them).
    Complete,
    /// Read another line. The blocks still open, innermost last.
    Incomplete(Vec<Block>),
}

/// Decide from the pieces of the whole entry.
pub fn check(pieces: &[Piece]) -> Completeness {
    let mut blocks: Vec<Block> = Vec::new();
    let mut brackets: i64 = 0;
    let mut broken = false;
    for (i, p) in pieces.iter().enumerate() {
        match p {
            Piece::Open(b) => blocks.push(*b),
            Piece::Try => {
                if pieces.get(i + 1) != Some(&Piece::OpenBracket) {
                    blocks.push(Block::Try);
                }
            }
            Piece::Close(b) => {
                if blocks.last() == Some(b) {
                    blocks.pop();
                } else {
                    // A stray or mismatched closer: let the parser explain.
                    broken = true;
                }
            }
            Piece::OpenBracket => brackets += 1,
            Piece::CloseBracket => {
                brackets -= 1;
                if brackets < 0 {
                    broken = true;
                }
            }
            Piece::OpenComment => return Completeness::Incomplete(blocks),
            Piece::Backslash | Piece::Newline | Piece::Other => {}
        }
    }
    if broken {
        return Completeness::Complete;
    }
    let last = pieces.iter().rev().find(|p| **p != Piece::Newline);
    if !blocks.is_empty() || brackets > 0 || last == Some(&Piece::Backslash) {
        Completeness::Incomplete(blocks)
    } else {
        Completeness::Complete
    }
}

/// Byte offsets of the line breaks that fall inside open brackets (the parser must see
/// them as spaces). `pieces` and `offsets` run in parallel; `offsets[i]` is where piece
/// `i` starts.
pub fn breaks_inside_brackets(pieces: &[Piece], offsets: &[usize]) -> Vec<usize> {
    let mut depth: i64 = 0;
    let mut out = Vec::new();
    for (p, &at) in pieces.iter().zip(offsets) {
        match p {
            Piece::OpenBracket => depth += 1,
            Piece::CloseBracket => depth = (depth - 1).max(0),
            Piece::Newline if depth > 0 => out.push(at),
            _ => {}
        }
    }
    out
}

/// The pieces of `src` (with their start offsets), from the lexer's tokens.
pub fn pieces(src: &str, names: Option<&NameSet>) -> (Vec<Piece>, Vec<usize>) {
    let lexed = lexer::lex(src, names);
    let mut pieces = Vec::with_capacity(lexed.tokens.len());
    let mut offsets = Vec::with_capacity(lexed.tokens.len());
    for (tok, span) in &lexed.tokens {
        let piece = match tok {
            Tok::Kw(kw, _) => match kw {
                Kw::If => Piece::Open(Block::If),
                Kw::EndIf => Piece::Close(Block::If),
                Kw::CaseOf => Piece::Open(Block::Case),
                Kw::EndCase => Piece::Close(Block::Case),
                Kw::While => Piece::Open(Block::While),
                Kw::EndWhile => Piece::Close(Block::While),
                Kw::Repeat => Piece::Open(Block::Repeat),
                Kw::Until => Piece::Close(Block::Repeat),
                Kw::For => Piece::Open(Block::For),
                Kw::EndFor => Piece::Close(Block::For),
                Kw::ForEach => Piece::Open(Block::ForEach),
                Kw::EndForEach => Piece::Close(Block::ForEach),
                Kw::BeginSql => Piece::Open(Block::Sql),
                Kw::EndSql => Piece::Close(Block::Sql),
                Kw::Use => Piece::Open(Block::Use),
                Kw::EndUse => Piece::Close(Block::Use),
                Kw::Try => Piece::Try,
                Kw::EndTry => Piece::Close(Block::Try),
                _ => Piece::Other,
            },
            Tok::LParen | Tok::LBracket | Tok::LBrace | Tok::DollarBrace => Piece::OpenBracket,
            Tok::RParen | Tok::RBracket | Tok::RBrace => Piece::CloseBracket,
            Tok::Backslash => Piece::Backslash,
            Tok::Error(LexError::UnterminatedComment) => Piece::OpenComment,
            Tok::Newline => Piece::Newline,
            _ => Piece::Other,
        };
        pieces.push(piece);
        offsets.push(span.start);
    }
    (pieces, offsets)
}

/// Is the entry `src` complete?
pub fn completeness(src: &str, names: Option<&NameSet>) -> Completeness {
    check(&pieces(src, names).0)
}

/// The text the parser gets for an entry: line breaks inside open brackets become
/// spaces (a CR LF pair becomes two), so every byte offset is unchanged.
pub fn parse_text(src: &str, names: Option<&NameSet>) -> String {
    let (pieces, offsets) = pieces(src, names);
    let breaks = breaks_inside_brackets(&pieces, &offsets);
    if breaks.is_empty() {
        return src.to_string();
    }
    let mut bytes = src.as_bytes().to_vec();
    for at in breaks {
        let crlf = bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n');
        bytes[at] = b' ';
        if crlf {
            bytes[at + 1] = b' ';
        }
    }
    String::from_utf8(bytes).unwrap_or_else(|_| src.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use Piece::*;

    #[test]
    fn a_plain_line_is_complete() {
        assert_eq!(check(&[Other, Other, Other]), Completeness::Complete);
        assert_eq!(check(&[]), Completeness::Complete);
    }

    #[test]
    fn an_open_if_waits_for_end_if() {
        let open = [Open(Block::If), Other, Newline, Other];
        assert_eq!(check(&open), Completeness::Incomplete(vec![Block::If]));
        let closed = [
            Open(Block::If),
            Other,
            Newline,
            Other,
            Newline,
            Close(Block::If),
        ];
        assert_eq!(check(&closed), Completeness::Complete);
    }

    #[test]
    fn nested_blocks_report_innermost_last() {
        let p = [Open(Block::ForEach), Newline, Open(Block::Case), Newline];
        assert_eq!(
            check(&p),
            Completeness::Incomplete(vec![Block::ForEach, Block::Case])
        );
    }

    #[test]
    fn try_with_a_parenthesis_is_an_expression() {
        assert_eq!(
            check(&[Try, OpenBracket, Other, CloseBracket]),
            Completeness::Complete
        );
        assert_eq!(
            check(&[Try, Newline]),
            Completeness::Incomplete(vec![Block::Try])
        );
    }

    #[test]
    fn open_brackets_and_continuations_continue() {
        assert_eq!(
            check(&[Other, OpenBracket, Other]),
            Completeness::Incomplete(vec![])
        );
        assert_eq!(check(&[Other, Backslash]), Completeness::Incomplete(vec![]));
        assert_eq!(
            check(&[Other, Backslash, Newline]),
            Completeness::Incomplete(vec![])
        );
        assert_eq!(check(&[OpenComment]), Completeness::Incomplete(vec![]));
    }

    #[test]
    fn stray_closers_are_left_to_the_parser() {
        assert_eq!(check(&[Close(Block::If)]), Completeness::Complete);
        assert_eq!(
            check(&[Open(Block::If), Close(Block::Use)]),
            Completeness::Complete
        );
        assert_eq!(check(&[CloseBracket, OpenBracket]), Completeness::Complete);
    }

    #[test]
    fn the_lexer_decides() {
        let c = |s: &str| completeness(s, None);
        assert_eq!(c("$x:=1"), Completeness::Complete);
        assert_eq!(c("If (True)"), Completeness::Incomplete(vec![Block::If]));
        assert_eq!(c("If (True)\n$x:=1\nEnd if"), Completeness::Complete);
        assert_eq!(c("$t:=\"End if\""), Completeness::Complete);
        assert_eq!(c("$t:=\"If\" // If"), Completeness::Complete);
        assert_eq!(c("$x:=Try(1/0)"), Completeness::Complete);
        assert_eq!(c("Try"), Completeness::Incomplete(vec![Block::Try]));
        assert_eq!(
            c("For each ($v; $c)\nCase of"),
            Completeness::Incomplete(vec![Block::ForEach, Block::Case])
        );
        assert_eq!(c("Repeat\n$i:=$i+1\nUntil ($i>3)"), Completeness::Complete);
        assert_eq!(c("$o:={a: 1;"), Completeness::Incomplete(vec![]));
        assert_eq!(c("$x:=1+\\"), Completeness::Incomplete(vec![]));
        assert_eq!(c("/* open"), Completeness::Incomplete(vec![]));
        assert_eq!(c("Use ($s)\nEnd use"), Completeness::Complete);
    }

    #[test]
    fn parse_text_keeps_offsets() {
        let src = "$o:={a: 1;\nb: 2}\n$x:=1";
        let t = parse_text(src, None);
        assert_eq!(t.len(), src.len());
        assert_eq!(t, "$o:={a: 1; b: 2}\n$x:=1");
        assert_eq!(parse_text("f(1;\r\n2)", None), "f(1;  2)");
    }

    #[test]
    fn breaks_inside_brackets_are_found() {
        let p = [Other, OpenBracket, Newline, Other, CloseBracket, Newline];
        let at = [0, 1, 2, 3, 4, 5];
        assert_eq!(breaks_inside_brackets(&p, &at), vec![2]);
    }
}
