//! Passes over the token vector that need a little context the logos automaton lacks:
//! gluing unknown multi-word names (`[Friends and Relatives]`, `Part Number`, methods of
//! another project) and recognising `[Table]`, `[Table]Field` and their tokenized forms
//! `[Table:3]Field:2`.

use super::{Kw, Tok};
use crate::names;
use chumsky::span::SimpleSpan;

type Toks<'s> = Vec<(Tok<'s>, SimpleSpan)>;

/// True when `name` is a keyword, command or constant name (case-insensitive).
fn is_standard(name: &str) -> bool {
    names::standard_names().contains(&name.to_lowercase())
}

/// True when the line starting at `toks[0]` is a class-member or declaration header
/// (`{modifiers} Function get name`, `shared singleton Class constructor`), where words
/// separated by spaces are distinct.
fn is_header_line(toks: &[(Tok<'_>, SimpleSpan)]) -> bool {
    for (t, _) in toks {
        match t {
            Tok::Name(_) => continue,
            Tok::Kw(Kw::Function | Kw::ClassConstructor | Kw::ClassExtends | Kw::Property, _) => {
                return true;
            }
            _ => return false,
        }
    }
    false
}

/// Glue `Name Name…` runs separated by exactly one space into one name, when the first
/// word is not a standard name (so `ALERT x` stays an error); later words may be anything,
/// even a one-word keyword (`Carriage return`, `DatePicker SET MIN DATE`). Also
/// `$local Name` (legacy locals could contain spaces). In valid 4D two names never stand
/// side by side, so such a run can only be one name with spaces that the name tables do
/// not know (a table, a field, a plug-in command, a method of another project, a legacy
/// variable). Never after a `.` and never on class-member header lines.
pub(super) fn glue_unknown_names<'s>(src: &'s str, toks: &mut Toks<'s>) {
    let bytes = src.as_bytes();
    // The next word of a run: a name, or a one-word keyword.
    let adjacent = |toks: &Toks<'s>, i: usize, end: usize| {
        matches!(toks.get(i), Some((Tok::Name(_) | Tok::Kw(..), sp))
            if sp.start == end + 1 && bytes.get(end) == Some(&b' ') && !src[sp.start..sp.end].contains(' '))
    };
    // Fast exit: most files have no such run.
    if !(0..toks.len()).any(|i| {
        matches!(toks[i].0, Tok::Name(_) | Tok::Local(_)) && adjacent(toks, i + 1, toks[i].1.end)
    }) {
        return;
    }
    let mut out: Toks<'s> = Vec::with_capacity(toks.len());
    let mut header = is_header_line(toks);
    let mut i = 0;
    while i < toks.len() {
        let (tok, span) = toks[i];
        if i > 0 && toks[i - 1].0 == Tok::Newline {
            header = is_header_line(&toks[i..]);
        }
        let first = match tok {
            Tok::Name(n) if !is_standard(n) => Some(false),
            Tok::Local(_) => Some(true),
            _ => None,
        };
        if let Some(local) = first
            && !header
            && !matches!(out.last(), Some((Tok::Dot, _)))
            && adjacent(toks, i + 1, span.end)
        {
            let mut end = span.end;
            let mut j = i + 1;
            while adjacent(toks, j, end) {
                end = toks[j].1.end;
                j += 1;
            }
            if j > i + 1 {
                // A legacy local with spaces (`$end found`) keeps its `$` out of the text.
                let tok = if local {
                    Tok::Local(&src[span.start + 1..end])
                } else {
                    Tok::Name(&src[span.start..end])
                };
                out.push((tok, SimpleSpan::from(span.start..end)));
                i = j;
                continue;
            }
        }
        out.push((tok, span));
        i += 1;
    }
    *toks = out;
}

/// True when a token ends an operand, so that a following `[` indexes it.
fn ends_operand(t: &Tok<'_>) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Cmd(..)
            | Tok::Const(..)
            | Tok::Local(_)
            | Tok::Dollar
            | Tok::Interprocess(_)
            | Tok::Num(_)
            | Tok::Hex(_)
            | Tok::Str(_)
            | Tok::Date(_)
            | Tok::Time(_)
            | Tok::RParen
            | Tok::RBracket
            | Tok::RBrace
            | Tok::Table(..)
            | Tok::Field(..)
    )
}

/// True when a `[` following the tokens in `out` starts a primary (table, field or
/// collection literal) rather than an index.
fn primary_position(out: &[(Tok<'_>, SimpleSpan)]) -> bool {
    match out.last() {
        None => true,
        Some((Tok::Arrow, _)) => {
            // `->[T]F` makes a pointer; `$p->[1]` indexes a dereferenced pointer.
            let before = out.len().checked_sub(2).map(|i| &out[i].0);
            !before.is_some_and(ends_operand)
        }
        Some((t, _)) => !ends_operand(t),
    }
}

fn small_int(s: &str) -> Option<u32> {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

/// Turn `[` name {`:` n} `]` {field {`:` n}} in primary position into [`Tok::Table`] or
/// [`Tok::Field`]. The field name must touch the `]`, and its number the field name.
pub(super) fn tables_and_fields<'s>(toks: &mut Toks<'s>) {
    if !toks.iter().any(|(t, _)| matches!(t, Tok::LBracket)) {
        return;
    }
    // Compact in place: `toks[..w]` is the output so far, `toks[i..]` the input left.
    let mut w = 0;
    let mut i = 0;
    while i < toks.len() {
        if matches!(toks[i].0, Tok::LBracket)
            && primary_position(&toks[..w])
            && let Some((tok, span, next)) = table_at(toks, i)
        {
            toks[w] = (tok, span);
            w += 1;
            i = next;
            continue;
        }
        toks[w] = toks[i];
        w += 1;
        i += 1;
    }
    toks.truncate(w);
}

/// The table or field starting at the `[` at `i`: (token, span, index after it).
fn table_at<'s>(toks: &[(Tok<'s>, SimpleSpan)], i: usize) -> Option<(Tok<'s>, SimpleSpan, usize)> {
    let start = toks[i].1.start;
    let Some((Tok::Name(table), _)) = toks.get(i + 1) else {
        return None;
    };
    let (table_no, close) = match (toks.get(i + 2), toks.get(i + 3), toks.get(i + 4)) {
        (Some((Tok::RBracket, _)), _, _) => (None, i + 2),
        (Some((Tok::Colon, _)), Some((Tok::Num(n), _)), Some((Tok::RBracket, _))) => {
            (Some(small_int(n)?), i + 4)
        }
        _ => return None,
    };
    let mut end = toks[close].1.end;
    let field = match toks.get(close + 1) {
        Some((Tok::Name(f) | Tok::Kw(_, f), sp)) if sp.start == end => {
            end = sp.end;
            Some(*f)
        }
        _ => None,
    };
    let Some(field) = field else {
        return Some((
            Tok::Table(table, table_no),
            SimpleSpan::from(start..end),
            close + 1,
        ));
    };
    let mut next = close + 2;
    let mut field_no = None;
    if let (Some((Tok::Colon, c)), Some((Tok::Num(n), nsp))) = (toks.get(next), toks.get(next + 1))
        && c.start == end
        && nsp.start == c.end
        && let Some(n) = small_int(n)
    {
        field_no = Some(n);
        end = nsp.end;
        next += 2;
    }
    Some((
        Tok::Field(table, table_no, field, field_no),
        SimpleSpan::from(start..end),
        next,
    ))
}
