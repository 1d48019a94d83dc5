//! Unit tests for the lexer: gluing, tokenized forms, line ends, comments, literals.

use super::*;

fn toks(src: &str) -> Vec<Tok<'_>> {
    lex(src, None).tokens.into_iter().map(|(t, _)| t).collect()
}

#[test]
fn smoke() {
    assert_eq!(
        toks("$x:=1"),
        vec![Tok::Local("x"), Tok::Assign, Tok::Num("1")]
    );
}
