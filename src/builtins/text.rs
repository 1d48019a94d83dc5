//! Text commands: `String`, `Num`, `Bool`, `Length`, `Substring`, `Position`,
//! `Replace string`, `Uppercase`, `Lowercase`, `Trim`, `Trim start`, `Trim end`, `Char`,
//! `Character code`, `Split string`,
//! `Match regex`, `Change string`, `Insert string`, `Delete string`, `Compare strings`.
//!
//! Positions are 1-based and counted in characters. Comparisons follow 4D's defaults
//! (case- and accent-insensitive) through [`textcmp`]; number formats live in [`numfmt`],
//! date/time formats in [`datefmt`].
//!
//! Output parameters (`Position`'s *lengthFound*, `Match regex`'s *pos_found* and
//! *length_found*) are written back to the variables (or arrays) passed.

use super::datefmt;
use super::numfmt;
use super::textcmp::{self, Mode};
use super::{Args, Command, Imp};
use crate::code::Expr;
use crate::interp::Ctx;
use crate::interp::error::{R, RtError, codes};
use crate::value::{Coll, Date, Value};

pub static COMMANDS: &[Command] = &[
    Command {
        name: "GET TEXT KEYWORDS",
        number: 1141,
        params: "text : Text; arrKeywords : Text array {; *}",
        result: "",
        min_args: 2,
        max_args: 3,
        imp: Imp::Raw(get_text_keywords),
    },
    cmd(
        "String",
        10,
        "expression : any {; format : Text|Integer {; addTime : Time}}",
        "Text",
        1,
        3,
        string,
    ),
    cmd(
        "Num",
        11,
        "expression : any {; separator : Text}",
        "Real",
        1,
        2,
        num,
    ),
    cmd("Bool", 1537, "expression : any", "Boolean", 1, 1, bool_),
    cmd("Length", 16, "text : Text", "Integer", 1, 1, length),
    cmd(
        "Substring",
        12,
        "source : Text; firstChar : Integer {; numChars : Integer}",
        "Text",
        2,
        3,
        substring,
    ),
    Command {
        name: "Position",
        number: 15,
        params: "find : Text; in : Text {; start : Integer {; lengthFound : Integer {; options : Integer}}} {; *}",
        result: "Integer",
        min_args: 2,
        max_args: 5,
        imp: Imp::Raw(position),
    },
    cmd(
        "Replace string",
        233,
        "source : Text; oldString : Text; newString : Text {; howMany : Integer} {; *}",
        "Text",
        3,
        4,
        replace_string,
    ),
    cmd(
        "Uppercase",
        13,
        "text : Text {; *}",
        "Text",
        1,
        1,
        uppercase,
    ),
    cmd(
        "Lowercase",
        14,
        "text : Text {; *}",
        "Text",
        1,
        1,
        lowercase,
    ),
    cmd("Char", 90, "charCode : Integer", "Text", 1, 1, char),
    cmd("Trim", 1853, "text : Text", "Text", 1, 1, trim),
    cmd("Trim start", 1854, "text : Text", "Text", 1, 1, trim_start),
    cmd("Trim end", 1855, "text : Text", "Text", 1, 1, trim_end),
    cmd(
        "Character code",
        91,
        "character : Text",
        "Integer",
        1,
        1,
        character_code,
    ),
    cmd(
        "Split string",
        1554,
        "stringToSplit : Text; separator : Text {; options : Integer}",
        "Collection",
        2,
        3,
        split_string,
    ),
    Command {
        name: "Match regex",
        number: 1019,
        params: "pattern : Text; aString : Text {; start : Integer {; posFound; lengthFound}} {; *}",
        result: "Boolean",
        min_args: 2,
        max_args: 6,
        imp: Imp::Raw(match_regex),
    },
    cmd(
        "Change string",
        234,
        "source : Text; newChars : Text; where : Integer",
        "Text",
        3,
        3,
        change_string,
    ),
    cmd(
        "Insert string",
        231,
        "source : Text; what : Text; where : Integer",
        "Text",
        3,
        3,
        insert_string,
    ),
    cmd(
        "Delete string",
        232,
        "source : Text; where : Integer; numChars : Integer",
        "Text",
        3,
        3,
        delete_string,
    ),
    cmd(
        "Compare strings",
        0,
        "aString : Text; bString : Text {; options : Integer}",
        "Integer",
        2,
        3,
        compare_strings,
    ),
];

use crate::builtins::values_row as cmd;

// ---------------------------------------------------------------------------------------
// Conversions
// ---------------------------------------------------------------------------------------

pub fn ymd(d: Date) -> datefmt::Ymd {
    (d.year as i32, d.month as u32, d.day as u32)
}

pub fn date_of(d: datefmt::Ymd) -> Date {
    if d == datefmt::NULL_YMD || !(1..=32767).contains(&d.0) {
        return Date::NULL;
    }
    Date::new(d.0 as u16, d.1 as u8, d.2 as u8)
}

/// `String(v)` with no format: numbers with 13 significant digits, dates in the system
/// short format, times `HH:MM:SS`, `"True"`/`"False"`, Undefined `""`, Null `"null"`,
/// objects and collections as compact JSON.
pub fn to_text(v: &Value) -> String {
    match v {
        Value::Undefined => String::new(),
        Value::Null => "null".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::Real(r) => numfmt::real_to_text(*r),
        Value::Text(t) => t.as_str().to_string(),
        Value::Date(d) => datefmt::format_date(ymd(*d), 1, None, 0),
        Value::Time(t) => datefmt::format_time(*t, 1),
        Value::Object(_) | Value::Collection(_) => super::json::stringify(v, false),
        Value::Pointer(p) => format!("->{}", p.describe()),
        Value::Formula(_) => "[object Formula]".into(),
        Value::Blob(_) | Value::Array(_) => String::new(),
    }
}

fn text_value(s: impl Into<String>) -> R {
    Ok(Value::text(s.into()))
}

fn string(ctx: &mut Ctx, args: &mut Args) -> R {
    let v = args.get(0).clone();
    if !args.has(1) {
        return text_value(to_text(&v));
    }
    let format = args.get(1).clone();
    let offset = ctx.env().utc_offset_seconds();
    let out = match (&v, &format) {
        (Value::Int(_) | Value::Real(_), Value::Text(f)) => {
            numfmt::format_number(v.as_number().unwrap_or(0.0), f)
        }
        (Value::Date(d), Value::Text(f)) => {
            let t = if args.has(2) { args.time(2)? } else { 0 };
            if d.is_null() {
                String::new()
            } else {
                datefmt::format_pattern(f, ymd(*d), t, offset)
            }
        }
        (Value::Date(d), _) => {
            let f = args.int(1)?;
            let t = if args.has(2) {
                Some(args.time(2)?)
            } else {
                None
            };
            datefmt::format_date(ymd(*d), f, t, offset)
        }
        (Value::Time(t), Value::Text(f)) => datefmt::format_pattern(f, (2000, 1, 1), *t, offset),
        (Value::Time(t), _) => datefmt::format_time(*t, args.int(1)?),
        _ => to_text(&v),
    };
    text_value(out)
}

/// The decimal separator fourd uses as the "system" one.
pub const DECIMAL_SEPARATOR: char = '.';

/// `Num(v)` without a separator.
pub fn to_num(v: &Value) -> R<f64> {
    Ok(match v {
        Value::Undefined | Value::Null => 0.0,
        Value::Bool(b) => *b as i32 as f64,
        Value::Int(i) => *i as f64,
        Value::Real(r) => *r,
        Value::Text(t) => numfmt::parse_num(t, DECIMAL_SEPARATOR),
        Value::Time(t) => *t as f64,
        Value::Date(_) => 0.0,
        other => {
            return Err(RtError::new(
                codes::TYPE_MISMATCH,
                format!("Num cannot convert a value of type {}", other.type_name()),
            ));
        }
    })
}

fn num(_ctx: &mut Ctx, args: &mut Args) -> R {
    if let (Value::Text(t), true) = (args.get(0), args.has(1)) {
        let sep = args.text(1)?.chars().next().unwrap_or(DECIMAL_SEPARATOR);
        return Ok(Value::Real(numfmt::parse_num(t, sep)));
    }
    Ok(Value::Real(to_num(args.get(0))?))
}

fn bool_(_ctx: &mut Ctx, args: &mut Args) -> R {
    Ok(Value::Bool(match args.get(0) {
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Real(r) => *r != 0.0,
        _ => false,
    }))
}

// ---------------------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------------------

fn chars_of(args: &Args, i: usize) -> R<Vec<char>> {
    Ok(args.text(i)?.chars().collect())
}

fn length(_ctx: &mut Ctx, args: &mut Args) -> R {
    Ok(Value::Real(args.text(0)?.chars().count() as f64))
}

fn substring(_ctx: &mut Ctx, args: &mut Args) -> R {
    let s = chars_of(args, 0)?;
    let first = args.int(1)?.max(1) as usize - 1;
    let count = if args.has(2) { args.int(2)? } else { i64::MAX };
    if first >= s.len() || count <= 0 {
        return text_value("");
    }
    let end = first
        .saturating_add(count.min(s.len() as i64) as usize)
        .min(s.len());
    text_value(s[first..end].iter().collect::<String>())
}

/// The comparison mode of a command: `*` → exact; an options argument → its flags.
fn mode_of(args: &Args, options_index: Option<usize>) -> R<Mode> {
    if args.star {
        return Ok(Mode::EXACT);
    }
    if let Some(i) = options_index
        && args.has(i)
    {
        return Ok(Mode::from_options(args.int(i)?));
    }
    Ok(Mode::DEFAULT)
}

/// `Position(find; in {; start {; lengthFound}} {; *})` or `(...; start; lengthFound;
/// options)`: `lengthFound` (a variable) receives the length matched in `in`.
fn position(ctx: &mut Ctx, exprs: &[Expr]) -> R {
    let star = matches!(exprs.last(), Some(Expr::Star));
    let exprs = &exprs[..exprs.len() - star as usize];
    let mut vals = Vec::with_capacity(exprs.len());
    for (i, e) in exprs.iter().enumerate() {
        vals.push(if i == 3 {
            Value::Undefined
        } else {
            ctx.eval(e)?
        });
    }
    let args = Args::new(&mut vals, star);
    let find = args.text(0)?;
    let hay = chars_of(&args, 1)?;
    let mut start = if args.has(2) {
        (args.int(2)?.max(1) - 1) as usize
    } else {
        0
    };
    let mode = mode_of(&args, Some(4))?;
    let whole_word = !star && args.has(4) && args.int(4)? & 32 != 0;
    let word = |i: usize| hay.get(i).is_some_and(|c| c.is_alphanumeric() || *c == '_');
    let found = loop {
        match textcmp::find(&hay, &find, start, mode) {
            Some((p, n)) if whole_word && (p > 0 && word(p - 1) || word(p + n)) => start = p + 1,
            other => break other,
        }
    };
    if let Some(target) = exprs.get(3) {
        let n = found.map_or(0, |(_, n)| n as i32);
        crate::builtins::array::assign_expr(ctx, target, Value::Int(n))?;
    }
    Ok(Value::Real(found.map_or(0, |(p, _)| p + 1) as f64))
}

/// Replace up to `how_many` occurrences (all when `None`).
pub fn replace(source: &str, old: &str, new: &str, how_many: Option<i64>, mode: Mode) -> String {
    if old.is_empty() {
        return source.to_string();
    }
    let hay: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut pos = 0;
    let mut done = 0;
    while how_many.is_none_or(|n| done < n) {
        let Some((p, len)) = textcmp::find(&hay, old, pos, mode) else {
            break;
        };
        out.extend(&hay[pos..p]);
        out.push_str(new);
        pos = p + len.max(1);
        done += 1;
        if pos >= hay.len() {
            break;
        }
    }
    out.extend(&hay[pos.min(hay.len())..]);
    out
}

fn replace_string(_ctx: &mut Ctx, args: &mut Args) -> R {
    let source = args.text(0)?;
    let old = args.text(1)?;
    let new = args.text(2)?;
    let how_many = if args.has(3) {
        Some(args.int(3)?)
    } else {
        None
    };
    let mode = mode_of(args, None)?;
    text_value(replace(&source, &old, &new, how_many, mode))
}

fn uppercase(_ctx: &mut Ctx, args: &mut Args) -> R {
    let t = args.text(0)?;
    let base = if args.star {
        t.to_string()
    } else {
        textcmp::strip_accents(&t)
    };
    text_value(base.to_uppercase())
}

/// ECMAScript's whitespace and line terminators (`TrimString`), which `Trim` removes.
fn is_trim_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}'
}

fn trim(_ctx: &mut Ctx, args: &mut Args) -> R {
    text_value(args.text(0)?.trim_matches(is_trim_space).to_string())
}

fn trim_start(_ctx: &mut Ctx, args: &mut Args) -> R {
    text_value(args.text(0)?.trim_start_matches(is_trim_space).to_string())
}

fn trim_end(_ctx: &mut Ctx, args: &mut Args) -> R {
    text_value(args.text(0)?.trim_end_matches(is_trim_space).to_string())
}

fn lowercase(_ctx: &mut Ctx, args: &mut Args) -> R {
    let t = args.text(0)?;
    let base = if args.star {
        t.to_string()
    } else {
        textcmp::strip_accents(&t)
    };
    text_value(base.to_lowercase())
}

fn char(_ctx: &mut Ctx, args: &mut Args) -> R {
    let code = args.int(0)?;
    let s = u32::try_from(code)
        .ok()
        .and_then(char::from_u32)
        .map(String::from)
        .unwrap_or_default();
    text_value(s)
}

fn character_code(_ctx: &mut Ctx, args: &mut Args) -> R {
    let t = args.text(0)?;
    Ok(Value::Real(
        t.chars().next().map(|c| c as u32 as f64).unwrap_or(0.0),
    ))
}

/// `sk ignore empty strings`.
pub const SK_IGNORE_EMPTY_STRINGS: i64 = 1;
/// `sk trim spaces`.
pub const SK_TRIM_SPACES: i64 = 2;

/// `Split string` on plain strings.
pub fn split(text: &str, sep: &str, options: i64) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    let parts: Vec<String> = if sep.is_empty() {
        text.chars().map(String::from).collect()
    } else {
        text.split(sep).map(String::from).collect()
    };
    parts
        .into_iter()
        .map(|p| {
            if options & SK_TRIM_SPACES != 0 {
                p.trim_matches(' ').to_string()
            } else {
                p
            }
        })
        .filter(|p| options & SK_IGNORE_EMPTY_STRINGS == 0 || !p.is_empty())
        .collect()
}

fn split_string(_ctx: &mut Ctx, args: &mut Args) -> R {
    let text = args.text(0)?;
    let sep = args.text(1)?;
    let options = args.int_or(2, 0)?;
    let items = split(&text, &sep, options)
        .into_iter()
        .map(Value::text)
        .collect();
    Ok(Value::Collection(Coll::from_vec(items)))
}

/// `Match regex(pattern; text {; start {; posFound; lengthFound}} {; *})`. The output
/// arguments are variables (the match's position and length) or Longint arrays (element
/// 0 the whole match, elements 1..N the groups; an unmatched group gets 0 and 0).
fn match_regex(ctx: &mut Ctx, args: &[Expr]) -> R {
    let star = matches!(args.last(), Some(Expr::Star));
    let args = &args[..args.len() - star as usize];
    let mut vals = Vec::with_capacity(3);
    for e in args.iter().take(3) {
        vals.push(ctx.eval(e)?);
    }
    let spans = regex_spans(&mut Args::new(&mut vals, star))?;
    if let (Some(pos), Some(len)) = (args.get(3), args.get(4)) {
        regex_output(ctx, pos, spans.as_deref(), |(p, _)| p)?;
        regex_output(ctx, len, spans.as_deref(), |(_, l)| l)?;
    }
    Ok(Value::Bool(spans.is_some()))
}

/// An ICU pattern (4D's regex flavour) in the syntax of `regex_lite`: `\\Z` (end of
/// input, before a final line end) becomes `\\z` (exact when the text has no final
/// line end).
fn icu_pattern(p: &str) -> std::borrow::Cow<'_, str> {
    if !p.contains("\\Z") {
        return p.into();
    }
    let mut out = String::with_capacity(p.len());
    let mut chars = p.chars();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '\\'
            && let Some(n) = chars.next()
        {
            out.push(if n == 'Z' { 'z' } else { n });
        }
    }
    out.into()
}

/// `GET TEXT KEYWORDS(text; array {; *})`: the words of the text (runs of letters and
/// digits, an apostrophe inside a word kept) into a Text array; `*` keeps each word once
/// (compared without case).
fn get_text_keywords(ctx: &mut Ctx, args: &[Expr]) -> R {
    let star = matches!(args.last(), Some(Expr::Star));
    let (Some(text), Some(target)) = (args.first(), args.get(1)) else {
        return Err(RtError::new(
            codes::GENERIC,
            "GET TEXT KEYWORDS needs a text and an array",
        ));
    };
    let text = match ctx.eval(text)? {
        Value::Text(t) => t.to_string(),
        _ => String::new(),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let inner_quote = (c == '\'' || c == '’')
            && !word.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_quote {
            word.push(c);
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    if star {
        let mut seen = std::collections::HashSet::new();
        words.retain(|w| seen.insert(w.to_lowercase()));
    }
    let mut data = crate::value::ArrayData::new(crate::code::VarType::Text, 0);
    data.items.extend(words.into_iter().map(Value::text));
    let array = Value::Array(std::sync::Arc::new(parking_lot::Mutex::new(data)));
    crate::builtins::array::assign_expr(ctx, target, array)?;
    Ok(Value::Undefined)
}

/// Write one output argument of `Match regex`.
fn regex_output(
    ctx: &mut Ctx,
    target: &Expr,
    spans: Option<&[(i32, i32)]>,
    pick: fn((i32, i32)) -> i32,
) -> R<()> {
    if let Ok(Value::Array(a)) = ctx.eval(target) {
        let mut a = a.lock();
        let spans = spans.unwrap_or(&[]);
        a.items.clear();
        a.items
            .push(Value::Int(spans.first().map_or(0, |s| pick(*s))));
        a.items
            .extend(spans.iter().skip(1).map(|s| Value::Int(pick(*s))));
        return Ok(());
    }
    let v = spans.and_then(|s| s.first()).map_or(0, |s| pick(*s));
    crate::builtins::array::assign_expr(ctx, target, Value::Int(v))
}

/// The match of `Match regex` as (1-based character position, length in characters) of
/// the whole match then of each group, or None when nothing matches.
fn regex_spans(args: &mut Args) -> R<Option<Vec<(i32, i32)>>> {
    let pattern = args.text(0)?;
    let s = args.text(1)?;
    let start = if args.has(2) {
        (args.int(2)?.max(1) - 1) as usize
    } else {
        0
    };
    let re = regex_lite::Regex::new(&icu_pattern(&pattern)).map_err(|e| {
        RtError::new(
            codes::REGEX_INVALID,
            format!("Invalid regular expression pattern: {e}"),
        )
    })?;
    let byte_start = s
        .char_indices()
        .nth(start)
        .map(|(b, _)| b)
        .unwrap_or(s.len());
    let Some(caps) = re.captures_at(&s, byte_start) else {
        return Ok(None);
    };
    if args.star && caps.get(0).is_some_and(|m| m.start() != byte_start) {
        // `*`: the match must begin exactly at *start*.
        return Ok(None);
    }
    let chars = |b: usize| s[..b].chars().count() as i32;
    Ok(Some(
        caps.iter()
            .map(|m| match m {
                Some(m) => (chars(m.start()) + 1, s[m.range()].chars().count() as i32),
                None => (0, 0),
            })
            .collect(),
    ))
}

fn change_string(_ctx: &mut Ctx, args: &mut Args) -> R {
    let mut s = chars_of(args, 0)?;
    let new = chars_of(args, 1)?;
    let at = args.int(2)?;
    if at < 1 || at as usize > s.len() {
        return text_value(s.iter().collect::<String>());
    }
    for (i, c) in new.into_iter().enumerate() {
        let p = at as usize - 1 + i;
        if p < s.len() {
            s[p] = c;
        } else {
            s.push(c);
        }
    }
    text_value(s.iter().collect::<String>())
}

fn insert_string(_ctx: &mut Ctx, args: &mut Args) -> R {
    let mut s = chars_of(args, 0)?;
    let what = chars_of(args, 1)?;
    let at = args.int(2)?;
    let idx = if at < 1 {
        0
    } else {
        ((at - 1) as usize).min(s.len())
    };
    s.splice(idx..idx, what);
    text_value(s.iter().collect::<String>())
}

fn delete_string(_ctx: &mut Ctx, args: &mut Args) -> R {
    let mut s = chars_of(args, 0)?;
    let at = args.int(1)?;
    let n = args.int(2)?;
    if at >= 1 && (at as usize) <= s.len() && n > 0 {
        let start = at as usize - 1;
        let end = start.saturating_add(n as usize).min(s.len());
        s.drain(start..end);
    }
    text_value(s.iter().collect::<String>())
}

fn compare_strings(_ctx: &mut Ctx, args: &mut Args) -> R {
    let a = args.text(0)?;
    let b = args.text(1)?;
    let mode = if args.has(2) {
        Mode::from_options(args.int(2)?)
    } else {
        Mode::DEFAULT
    };
    let ord = textcmp::compare(&a, &b, mode);
    Ok(Value::Real(ord as i32 as f64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replace_follows_the_default_comparison() {
        assert_eq!(
            replace("Crème brûlée", "Brulee", "tart", None, Mode::DEFAULT),
            "Crème tart"
        );
        assert_eq!(replace("aaa", "a", "b", Some(2), Mode::DEFAULT), "bba");
        assert_eq!(replace("abc", "", "x", None, Mode::DEFAULT), "abc");
        assert_eq!(replace("Willow", "ll", "d", None, Mode::DEFAULT), "Widow");
        assert_eq!(replace("AbAb", "a", "", None, Mode::EXACT), "AbAb");
        assert_eq!(replace("AbAb", "A", "", None, Mode::EXACT), "bb");
    }

    #[test]
    fn split_options() {
        assert_eq!(split("a, b,,c", ",", 0), vec!["a", " b", "", "c"]);
        assert_eq!(split("a, b,,c", ",", 3), vec!["a", "b", "c"]);
        assert_eq!(split("abc", "", 0), vec!["a", "b", "c"]);
        assert_eq!(split("abc", ";", 0), vec!["abc"]);
    }

    #[test]
    fn to_text_of_scalars() {
        assert_eq!(to_text(&Value::Real(1.0 / 3.0)), "0.3333333333333");
        assert_eq!(to_text(&Value::Bool(true)), "True");
        assert_eq!(to_text(&Value::Null), "null");
        assert_eq!(to_text(&Value::Undefined), "");
        assert_eq!(to_text(&Value::Time(3723)), "01:02:03");
        assert_eq!(to_text(&Value::Date(Date::new(2023, 11, 27))), "11/27/2023");
    }
}
