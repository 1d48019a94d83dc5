//! Unit tests for the lexer: name gluing, tokenized forms, line ends, comments, literals
//! and the traps of real code.

use super::*;

fn toks(src: &str) -> Vec<Tok<'_>> {
    lex(src, None).tokens.into_iter().map(|(t, _)| t).collect()
}

fn toks_with<'s>(src: &'s str, extra: &'s NameSet) -> Vec<Tok<'s>> {
    lex(src, Some(extra))
        .tokens
        .into_iter()
        .map(|(t, _)| t)
        .collect()
}

#[test]
fn simple_assignment() {
    assert_eq!(
        toks("$x:=1"),
        vec![Tok::Local("x"), Tok::Assign, Tok::Num("1")]
    );
}

#[test]
fn keywords_are_tokens_and_glue_longest() {
    assert_eq!(toks("End if"), vec![Tok::Kw(Kw::EndIf, "End if")]);
    assert_eq!(
        toks("End for each"),
        vec![Tok::Kw(Kw::EndForEach, "End for each")]
    );
    assert_eq!(toks("end FOR"), vec![Tok::Kw(Kw::EndFor, "end FOR")]);
    assert_eq!(toks("For each"), vec![Tok::Kw(Kw::ForEach, "For each")]);
    assert_eq!(
        toks("Class constructor"),
        vec![Tok::Kw(Kw::ClassConstructor, "Class constructor")]
    );
}

#[test]
fn gluing_uses_the_name_tables() {
    let mut extra = NameSet::new();
    extra.insert("New shared object");
    extra.insert("HDI menu");
    extra.insert("HDI menu bar");
    assert_eq!(
        toks_with("$o:=New shared object(\"a\")", &extra),
        vec![
            Tok::Local("o"),
            Tok::Assign,
            Tok::Name("New shared object"),
            Tok::LParen,
            Tok::Str("a"),
            Tok::RParen
        ]
    );
    // Longest match, case-insensitively, and only when complete.
    assert_eq!(
        toks_with("hdi MENU bar", &extra),
        vec![Tok::Name("hdi MENU bar")]
    );
    assert_eq!(toks_with("HDI menu", &extra), vec![Tok::Name("HDI menu")]);
    assert_eq!(
        toks_with("HDI menu+1", &extra),
        vec![Tok::Name("HDI menu"), Tok::Plus, Tok::Num("1")]
    );
    // Two spaces never glue.
    assert_eq!(
        toks_with("HDI  menu", &extra),
        vec![Tok::Name("HDI"), Tok::Name("menu")]
    );
}

#[test]
fn names_may_start_with_keywords_or_commands() {
    assert_eq!(toks("Storage_ToNew"), vec![Tok::Name("Storage_ToNew")]);
    assert_eq!(toks("Use_Something"), vec![Tok::Name("Use_Something")]);
    assert_eq!(toks("If2"), vec![Tok::Name("If2")]);
    assert_eq!(toks("19Convert"), vec![Tok::Name("19Convert")]);
}

#[test]
fn no_gluing_or_keywords_after_a_dot() {
    assert_eq!(
        toks("$o.If"),
        vec![Tok::Local("o"), Tok::Dot, Tok::Name("If")]
    );
    assert_eq!(
        toks("$o.End if"),
        vec![
            Tok::Local("o"),
            Tok::Dot,
            Tok::Name("End"),
            Tok::Kw(Kw::If, "if")
        ]
    );
    assert_eq!(toks("$o.$"), vec![Tok::Local("o"), Tok::Dot, Tok::Dollar]);
}

#[test]
fn tokenized_commands_and_constants() {
    assert_eq!(toks("ALERT:C41(1)")[0], Tok::Cmd("ALERT", 41));
    assert_eq!(toks("Current date:C33")[0], Tok::Cmd("Current date", 33));
    assert_eq!(toks("Is text:K8:3"), vec![Tok::Const("Is text", 8, 3)]);
    // Unknown multi-word names in tokenized form glue on their own.
    assert_eq!(
        toks("QUERY BY ATTRIBUTE:C1331")[0],
        Tok::Cmd("QUERY BY ATTRIBUTE", 1331)
    );
    assert_eq!(toks("BREAK LEVEL:C302")[0], Tok::Cmd("BREAK LEVEL", 302));
    // ... but never from a keyword that takes an expression.
    assert_eq!(
        toks("return Current date:C33"),
        vec![Tok::Kw(Kw::Return, "return"), Tok::Cmd("Current date", 33)]
    );
    // `:C` must be followed by digits only.
    assert_eq!(
        toks("a:Cb"),
        vec![Tok::Name("a"), Tok::Colon, Tok::Name("Cb")]
    );
}

#[test]
fn tables_and_fields() {
    assert_eq!(toks("[Customers]"), vec![Tok::Table("Customers", None)]);
    assert_eq!(
        toks("[Customers:2]Name:3"),
        vec![Tok::Field("Customers", Some(2), "Name", Some(3))]
    );
    assert_eq!(
        toks("[Customers]Name"),
        vec![Tok::Field("Customers", None, "Name", None)]
    );
    assert_eq!(toks("[A B]C D"), vec![Tok::Field("A B", None, "C D", None)]);
    // After an operand, `[` indexes.
    assert_eq!(
        toks("$c[i]"),
        vec![
            Tok::Local("c"),
            Tok::LBracket,
            Tok::Name("i"),
            Tok::RBracket
        ]
    );
    // `->[T]F` points at a field.
    assert_eq!(
        toks("->[T]F"),
        vec![Tok::Arrow, Tok::Field("T", None, "F", None)]
    );
}

#[test]
fn locals_interprocess_and_the_shift_trap() {
    assert_eq!(toks("$1"), vec![Tok::Local("1")]);
    assert_eq!(toks("<>x"), vec![Tok::Interprocess("x")]);
    assert_eq!(toks("<>4dx"), vec![Tok::Interprocess("4dx")]);
    assert_eq!(
        toks("$x<<>Var"),
        vec![Tok::Local("x"), Tok::Lt, Tok::Interprocess("Var")]
    );
    assert_eq!(
        toks("$x<<2"),
        vec![Tok::Local("x"), Tok::Shl, Tok::Num("2")]
    );
    assert_eq!(
        toks("${1}"),
        vec![Tok::DollarBrace, Tok::Num("1"), Tok::RBrace]
    );
}

#[test]
fn line_ends() {
    let nl = |src| toks(src).iter().filter(|t| **t == Tok::Newline).count();
    assert_eq!(nl("a\nb\n"), 2);
    assert_eq!(nl("a\r\nb\r\n"), 2);
    assert_eq!(nl("a\rb\r"), 2);
    assert_eq!(nl("a\r\n\r\nb"), 2);
    // A backslash at the end of a line continues the statement.
    assert_eq!(
        toks("1+\\\n2"),
        vec![Tok::Num("1"), Tok::Plus, Tok::Num("2")]
    );
    assert_eq!(
        toks("1+\\  \r\n2"),
        vec![Tok::Num("1"), Tok::Plus, Tok::Num("2")]
    );
    // A BOM is skipped.
    assert_eq!(toks("\u{FEFF}$a"), vec![Tok::Local("a")]);
}

#[test]
fn comments() {
    assert_eq!(toks("// c\n$a"), vec![Tok::Newline, Tok::Local("a")]);
    assert_eq!(toks("/* a /* b */ c */$a"), vec![Tok::Local("a")]);
    assert_eq!(
        toks("`old comment\n$a"),
        vec![Tok::Newline, Tok::Local("a")]
    );
    assert_eq!(
        toks("// go on \\\nstill comment\n$a"),
        vec![Tok::Newline, Tok::Local("a")]
    );
    let bad = lex("$a /* open", None).tokens;
    assert_eq!(
        bad.last().map(|t| &t.0),
        Some(&Tok::Error(LexError::UnterminatedComment))
    );
    assert_eq!(bad.last().map(|t| t.1.into_range()), Some(3..5));
}

#[test]
fn attributes_header() {
    let l = lex("//%attributes = {\"lang\":\"en\"}\n$a:=1", None);
    assert_eq!(l.attributes, Some("{\"lang\":\"en\"}"));
    assert_eq!(lex("//%W-518.1\n", None).attributes, None);
}

#[test]
fn literals() {
    assert_eq!(toks(r#""a\"b""#), vec![Tok::Str(r#"a\"b"#)]);
    assert_eq!(toks("\"open"), vec![Tok::Error(LexError::UnterminatedText)]);
    assert_eq!(toks("!2024-01-31!"), vec![Tok::Date("2024-01-31")]);
    assert_eq!(toks("?8:05:30?"), vec![Tok::Time("8:05:30")]);
    assert_eq!(toks("0x1F"), vec![Tok::Hex("0x1F")]);
    assert_eq!(toks("1.5e-3"), vec![Tok::Num("1.5e-3")]);
    assert_eq!(toks("1e3"), vec![Tok::Num("1e3")]);
}

#[test]
fn operators() {
    assert_eq!(
        toks(":= += -= *= /= ^| ?+ ?- ?? -> && || <= >= *+ *| ..."),
        vec![
            Tok::Assign,
            Tok::AddAssign,
            Tok::SubAssign,
            Tok::MulAssign,
            Tok::DivAssign,
            Tok::CaretPipe,
            Tok::QPlus,
            Tok::QMinus,
            Tok::QQ,
            Tok::Arrow,
            Tok::AmpAmp,
            Tok::PipePipe,
            Tok::Le,
            Tok::Ge,
            Tok::StarPlus,
            Tok::StarPipe,
            Tok::Ellipsis
        ]
    );
    assert_eq!(toks("#DECLARE"), vec![Tok::Declare]);
    assert_eq!(
        toks("$a#1"),
        vec![Tok::Local("a"), Tok::Hash, Tok::Num("1")]
    );
}

#[test]
fn bad_characters_become_one_error_token() {
    assert_eq!(toks("@@@"), vec![Tok::Error(LexError::BadChar)]);
    assert_eq!(
        toks("$a:=“x”")
            .iter()
            .filter(|t| matches!(t, Tok::Error(_)))
            .count(),
        2
    );
}

#[test]
fn unknown_multiword_names_glue_when_the_first_word_is_not_standard() {
    assert_eq!(
        toks("DatePicker SET MIN DATE"),
        vec![Tok::Name("DatePicker SET MIN DATE")]
    );
    assert_eq!(toks("Carriage return"), vec![Tok::Name("Carriage return")]);
    assert_eq!(toks("$end found"), vec![Tok::Local("end found")]);
    // `ALERT x` stays two tokens: a command name never starts an unknown name.
    assert_eq!(toks("ALERT x"), vec![Tok::Name("ALERT"), Tok::Name("x")]);
    // Class-member headers keep their words apart.
    assert_eq!(
        toks("Function get fullName"),
        vec![
            Tok::Kw(Kw::Function, "Function"),
            Tok::Name("get"),
            Tok::Name("fullName")
        ]
    );
}
