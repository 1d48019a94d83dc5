//! `.query()` and `.indices()` on collections: the query language of spec builtins §9.5.
//!
//! `propertyPath comparator value {(and|or) ...}` with parentheses and `not(...)`;
//! comparators `=`/`==` (with `@` wildcard), `===`/`IS` (literal `@`), `#`/`!=`,
//! `!==`/`IS NOT`, `<` `>` `<=` `>=`, `IN` (a placeholder holding a collection, or
//! `[v1, v2]`); logical `and`/`&`/`&&`, `or`/`|`/`||`; values quoted (`'x'` or `"x"`) or
//! bare, `true`/`false`, `null` (matches null and undefined), numbers, dates as
//! `YYYY-MM-DD` text; placeholders `:1`…`:128` (the extra arguments) and `:name`
//! (`querySettings.parameters`, or `.attributes` in a path position); `path[]` walks the
//! elements of a sub-collection (any element may match); `order by path {asc|desc}, …` at
//! the end. Only object elements can match.

use super::collection::{get_path, member, this_coll};
use super::collection_sort::{Criterion, cmp_by, cmp_values};
use super::datefmt;
use super::{Args, Member};
use crate::interp::Ctx;
use crate::interp::error::{R, RtError, codes};
use crate::keys::Key;
use crate::value::{Coll, Obj, Value};
use std::cmp::Ordering;

pub static MEMBERS: &[Member] = &[
    member(
        "query",
        "queryString : Text {; ...value} | queryString : Text; querySettings : Object",
        "Collection",
        query,
    ),
    member(
        "indices",
        "queryString : Text {; ...value}",
        "Collection",
        indices,
    ),
];

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Op(&'static str),
    And,
    Or,
    Not,
    Quoted(String),
    Word(String),
    Placeholder(String),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Eq,
    EqLit,
    Ne,
    NeLit,
    Lt,
    Gt,
    Le,
    Ge,
    In,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Ph {
    Index(usize),
    Name(String),
}

#[derive(Clone, Debug)]
pub enum Operand {
    Lit(Value),
    Null,
    Placeholder(Ph),
    List(Vec<Operand>),
}

#[derive(Clone, Debug)]
pub enum PathRef {
    Path(String),
    Placeholder(Ph),
}

#[derive(Clone, Debug)]
pub enum Node {
    And(Box<Node>, Box<Node>),
    Or(Box<Node>, Box<Node>),
    Not(Box<Node>),
    Cmp {
        path: PathRef,
        op: Op,
        value: Operand,
    },
}

#[derive(Debug)]
pub struct Query {
    pub root: Node,
    pub order: Vec<Criterion>,
}

/// A token as the user wrote it, for messages.
fn describe(t: Option<&Tok>) -> String {
    match t {
        None => "the end of the query".into(),
        Some(t) => format!(
            "`{}`",
            match t {
                Tok::LParen => "(".into(),
                Tok::RParen => ")".into(),
                Tok::LBracket => "[".into(),
                Tok::RBracket => "]".into(),
                Tok::Comma => ",".into(),
                Tok::Op(o) => o.to_string(),
                Tok::And => "and".into(),
                Tok::Or => "or".into(),
                Tok::Not => "not".into(),
                Tok::Quoted(q) => format!("'{q}'"),
                Tok::Word(w) => w.clone(),
                Tok::Placeholder(p) => format!(":{p}"),
            }
        ),
    }
}

fn syntax(msg: impl Into<String>) -> Box<RtError> {
    RtError::new(
        codes::QUERY_SYNTAX,
        format!("Query syntax error: {}", msg.into()),
    )
}

/// Split off a trailing `order by ...` clause (outside quotes).
fn split_order_by(s: &str) -> (&str, Option<&str>) {
    let lower = s.to_ascii_lowercase();
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '\'' || c == '"' => quote = Some(c),
            None => {
                if lower[i..].starts_with("order by")
                    && (i == 0 || s[..i].ends_with(char::is_whitespace))
                {
                    return (&s[..i], Some(&s[i + 8..]));
                }
            }
        }
    }
    (s, None)
}

fn lex(s: &str) -> R<Vec<Tok>> {
    let chars: Vec<char> = s.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let next2 = chars.get(i + 2).copied();
        match c {
            _ if c.is_whitespace() => i += 1,
            '(' => {
                toks.push(Tok::LParen);
                i += 1
            }
            ')' => {
                toks.push(Tok::RParen);
                i += 1
            }
            '[' => {
                toks.push(Tok::LBracket);
                i += 1
            }
            ']' => {
                toks.push(Tok::RBracket);
                i += 1
            }
            ',' => {
                toks.push(Tok::Comma);
                i += 1
            }
            '&' => {
                toks.push(Tok::And);
                i += if next == Some('&') { 2 } else { 1 };
            }
            '|' => {
                toks.push(Tok::Or);
                i += if next == Some('|') { 2 } else { 1 };
            }
            '=' => {
                let (op, n) = match (next, next2) {
                    (Some('='), Some('=')) => ("===", 3),
                    (Some('='), _) => ("==", 2),
                    _ => ("=", 1),
                };
                toks.push(Tok::Op(op));
                i += n;
            }
            '!' => match (next, next2) {
                (Some('='), Some('=')) => {
                    toks.push(Tok::Op("!=="));
                    i += 3
                }
                (Some('='), _) => {
                    toks.push(Tok::Op("!="));
                    i += 2
                }
                _ => return Err(syntax("unexpected `!`")),
            },
            '#' => {
                toks.push(Tok::Op("#"));
                i += 1
            }
            '<' | '>' => {
                let op = match (c, next) {
                    ('<', Some('=')) => "<=",
                    ('>', Some('=')) => ">=",
                    ('<', _) => "<",
                    _ => ">",
                };
                i += op.len();
                toks.push(Tok::Op(op));
            }
            '\'' | '"' => {
                let mut j = i + 1;
                let mut text = String::new();
                while j < chars.len() && chars[j] != c {
                    text.push(chars[j]);
                    j += 1;
                }
                if j >= chars.len() {
                    return Err(syntax("unterminated quoted value"));
                }
                toks.push(Tok::Quoted(text));
                i = j + 1;
            }
            ':' => {
                let mut j = i + 1;
                while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                    j += 1;
                }
                if j == i + 1 {
                    return Err(syntax("empty placeholder"));
                }
                toks.push(Tok::Placeholder(chars[i + 1..j].iter().collect()));
                i = j;
            }
            _ => {
                let mut j = i;
                while j < chars.len() {
                    let d = chars[j];
                    if d == '[' && chars.get(j + 1) == Some(&']') {
                        j += 2;
                        continue;
                    }
                    if d.is_whitespace() || "()[],&|=!#<>'\"".contains(d) {
                        break;
                    }
                    j += 1;
                }
                let word: String = chars[i..j].iter().collect();
                toks.push(match word.to_ascii_lowercase().as_str() {
                    "and" => Tok::And,
                    "or" => Tok::Or,
                    "not" => Tok::Not,
                    "in" => Tok::Op("in"),
                    "is" => Tok::Op("is"),
                    _ => Tok::Word(word),
                });
                i = j;
            }
        }
    }
    Ok(toks)
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }
    fn next(&mut self) -> Option<Tok> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }
    fn or(&mut self) -> R<Node> {
        let mut left = self.and()?;
        while self.peek() == Some(&Tok::Or) {
            self.pos += 1;
            left = Node::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }
    fn and(&mut self) -> R<Node> {
        let mut left = self.unary()?;
        while self.peek() == Some(&Tok::And) {
            self.pos += 1;
            left = Node::And(Box::new(left), Box::new(self.unary()?));
        }
        Ok(left)
    }
    fn unary(&mut self) -> R<Node> {
        match self.peek() {
            Some(Tok::Not) => {
                self.pos += 1;
                Ok(Node::Not(Box::new(self.unary()?)))
            }
            Some(Tok::LParen) => {
                self.pos += 1;
                let n = self.or()?;
                if self.next() != Some(Tok::RParen) {
                    return Err(syntax("missing `)`"));
                }
                Ok(n)
            }
            _ => self.comparison(),
        }
    }
    fn comparison(&mut self) -> R<Node> {
        let path = match self.next() {
            Some(Tok::Word(w)) => PathRef::Path(w),
            Some(Tok::Quoted(w)) => PathRef::Path(w),
            Some(Tok::Placeholder(p)) => PathRef::Placeholder(placeholder(&p)),
            other => {
                return Err(syntax(format!(
                    "a property path was expected, found {}",
                    describe(other.as_ref())
                )));
            }
        };
        let op = match self.next() {
            Some(Tok::Op(o)) => match o {
                "=" | "==" => Op::Eq,
                "===" => Op::EqLit,
                "#" | "!=" => Op::Ne,
                "!==" => Op::NeLit,
                "<" => Op::Lt,
                ">" => Op::Gt,
                "<=" => Op::Le,
                ">=" => Op::Ge,
                "in" => Op::In,
                _ => {
                    if self.peek() == Some(&Tok::Not) {
                        self.pos += 1;
                        Op::NeLit
                    } else {
                        Op::EqLit
                    }
                }
            },
            other => {
                return Err(syntax(format!(
                    "a comparator was expected, found {}",
                    describe(other.as_ref())
                )));
            }
        };
        let value = self.operand()?;
        Ok(Node::Cmp { path, op, value })
    }
    fn operand(&mut self) -> R<Operand> {
        match self.next() {
            Some(Tok::Quoted(s)) => Ok(Operand::Lit(Value::text(s))),
            Some(Tok::Placeholder(p)) => Ok(Operand::Placeholder(placeholder(&p))),
            Some(Tok::Word(w)) => Ok(word_value(&w)),
            Some(Tok::LBracket) => {
                let mut items = Vec::new();
                if self.peek() == Some(&Tok::RBracket) {
                    self.pos += 1;
                    return Ok(Operand::List(items));
                }
                loop {
                    items.push(self.operand()?);
                    match self.next() {
                        Some(Tok::Comma) => continue,
                        Some(Tok::RBracket) => break,
                        _ => return Err(syntax("missing `]`")),
                    }
                }
                Ok(Operand::List(items))
            }
            other => Err(syntax(format!(
                "a value was expected, found {}",
                describe(other.as_ref())
            ))),
        }
    }
}

fn placeholder(p: &str) -> Ph {
    match p.parse::<usize>() {
        Ok(n) => Ph::Index(n),
        Err(_) => Ph::Name(p.to_string()),
    }
}

fn word_value(w: &str) -> Operand {
    match w {
        "true" => Operand::Lit(Value::Bool(true)),
        "false" => Operand::Lit(Value::Bool(false)),
        "null" => Operand::Null,
        _ => match w.parse::<f64>() {
            Ok(n) => Operand::Lit(Value::Real(n)),
            Err(_) => Operand::Lit(Value::text(w)),
        },
    }
}

/// Parse a query string.
pub fn parse(s: &str) -> R<Query> {
    let (cond, order) = split_order_by(s);
    let mut p = Parser {
        toks: lex(cond)?,
        pos: 0,
    };
    let root = p.or()?;
    if p.pos < p.toks.len() {
        return Err(syntax(format!(
            "unexpected {}",
            describe(p.toks.get(p.pos))
        )));
    }
    let order = order
        .map(super::collection_sort::parse_criteria)
        .unwrap_or_default();
    Ok(Query { root, order })
}

/// The values bound to placeholders.
pub struct Params {
    pub indexed: Vec<Value>,
    pub named: Option<Obj>,
    pub attributes: Option<Obj>,
}

impl Params {
    fn value(&self, ph: &Ph) -> Value {
        match ph {
            Ph::Index(n) => self
                .indexed
                .get(n.wrapping_sub(1))
                .cloned()
                .unwrap_or(Value::Undefined),
            Ph::Name(n) => self
                .named
                .as_ref()
                .map(|o| o.get(Key::intern(n)))
                .unwrap_or(Value::Undefined),
        }
    }
    fn path(&self, ph: &Ph) -> R<String> {
        let v = match ph {
            Ph::Index(_) => self.value(ph),
            Ph::Name(n) => self
                .attributes
                .as_ref()
                .map(|o| o.get(Key::intern(n)))
                .unwrap_or(Value::Undefined),
        };
        match v {
            Value::Text(t) => Ok(t.as_str().to_string()),
            Value::Collection(c) => Ok(c
                .to_vec()
                .iter()
                .map(super::text::to_text)
                .collect::<Vec<_>>()
                .join(".")),
            _ => Err(syntax(
                "a placeholder used as a property path must hold a text",
            )),
        }
    }
}

/// All values at a path; `seg[]` fans out over a sub-collection's elements.
fn values_at(v: &Value, path: &str) -> Vec<Value> {
    match path.find("[]") {
        None => vec![get_path(v, path)],
        Some(p) => {
            let head = &path[..p];
            let rest = path[p + 2..].trim_start_matches('.');
            match get_path(v, head) {
                Value::Collection(c) => c
                    .to_vec()
                    .iter()
                    .flat_map(|e| {
                        if rest.is_empty() {
                            vec![e.clone()]
                        } else {
                            values_at(e, rest)
                        }
                    })
                    .collect(),
                _ => vec![Value::Undefined],
            }
        }
    }
}

/// A text operand compared with a date reads as `YYYY-MM-DD`.
fn coerce(elem: &Value, operand: &Value) -> Value {
    match (elem, operand) {
        (Value::Date(_), Value::Text(t)) => {
            Value::Date(super::text::date_of(datefmt::parse_date(t, 0)))
        }
        (_, v) => v.clone().for_storage(),
    }
}

fn compare(elem: &Value, op: Op, operand: &Value) -> bool {
    let operand = coerce(elem, operand);
    let same_kind = std::mem::discriminant(elem) == std::mem::discriminant(&operand)
        || (elem.as_number().is_some() && operand.as_number().is_some());
    match op {
        Op::Eq => same_kind && crate::ops::equal(elem, &operand),
        Op::Ne => !(same_kind && crate::ops::equal(elem, &operand)),
        Op::EqLit | Op::NeLit => {
            let eq = match (elem, &operand) {
                (Value::Text(a), Value::Text(b)) => {
                    crate::ops::compare_text(a, b) == Ordering::Equal
                }
                _ => same_kind && crate::ops::equal(elem, &operand),
            };
            eq == (op == Op::EqLit)
        }
        Op::Lt | Op::Gt | Op::Le | Op::Ge => {
            if !same_kind || elem.is_null_or_undefined() {
                return false;
            }
            let o = cmp_values(elem, &operand);
            match op {
                Op::Lt => o == Ordering::Less,
                Op::Gt => o == Ordering::Greater,
                Op::Le => o != Ordering::Greater,
                _ => o != Ordering::Less,
            }
        }
        Op::In => match &operand {
            Value::Collection(c) => c.to_vec().iter().any(|x| compare(elem, Op::Eq, x)),
            _ => false,
        },
    }
}

fn operand_value(o: &Operand, params: &Params) -> Value {
    match o {
        Operand::Lit(v) => v.clone(),
        Operand::Null => Value::Null,
        Operand::Placeholder(p) => params.value(p),
        Operand::List(items) => Value::Collection(Coll::from_vec(
            items.iter().map(|i| operand_value(i, params)).collect(),
        )),
    }
}

fn eval(node: &Node, elem: &Value, params: &Params) -> R<bool> {
    Ok(match node {
        Node::And(a, b) => eval(a, elem, params)? && eval(b, elem, params)?,
        Node::Or(a, b) => eval(a, elem, params)? || eval(b, elem, params)?,
        Node::Not(a) => !eval(a, elem, params)?,
        Node::Cmp { path, op, value } => {
            let path = match path {
                PathRef::Path(p) => p.clone(),
                PathRef::Placeholder(ph) => params.path(ph)?,
            };
            let vals = values_at(elem, &path);
            if let Operand::Null = value {
                let is_null = vals.iter().any(|v| v.is_null_or_undefined());
                return Ok(match op {
                    Op::Ne | Op::NeLit => !is_null,
                    _ => is_null,
                });
            }
            let operand = operand_value(value, params);
            match op {
                Op::Ne | Op::NeLit => vals.iter().all(|v| compare(v, *op, &operand)),
                _ => vals.iter().any(|v| compare(v, *op, &operand)),
            }
        }
    })
}

/// Run a query over `items`: the indexes of matching object elements, in query order.
pub fn run(q: &Query, items: &[Value], params: &Params) -> R<Vec<usize>> {
    let mut out = Vec::new();
    for (i, v) in items.iter().enumerate() {
        if matches!(v, Value::Object(_)) && eval(&q.root, v, params)? {
            out.push(i);
        }
    }
    if !q.order.is_empty() {
        out.sort_by(|a, b| cmp_by(&items[*a], &items[*b], &q.order));
    }
    Ok(out)
}

fn params_of(args: &mut Args) -> Params {
    if args.len() == 2
        && let Value::Object(o) = args.get(1)
    {
        let (pk, ak) = (Key::intern("parameters"), Key::intern("attributes"));
        if o.has(pk) || o.has(ak) {
            let obj = |v: Value| match v {
                Value::Object(o) => Some(o),
                _ => None,
            };
            return Params {
                indexed: Vec::new(),
                named: obj(o.get(pk)),
                attributes: obj(o.get(ak)),
            };
        }
    }
    Params {
        indexed: (1..args.len()).map(|i| args.take(i)).collect(),
        named: None,
        attributes: None,
    }
}

fn prepare(this: &Value, args: &mut Args) -> R<(Coll, Vec<Value>, Vec<usize>)> {
    let c = this_coll(this)?;
    let q = parse(&args.text(0)?)?;
    let params = params_of(args);
    let items = c.to_vec();
    let idx = run(&q, &items, &params)?;
    Ok((c, items, idx))
}

fn query(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let (c, items, idx) = prepare(this, args)?;
    let found = idx.into_iter().map(|i| items[i].clone()).collect();
    Ok(Value::Collection(crate::interp::shared::new_coll_like(
        ctx, &c, found,
    )?))
}

fn indices(_ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let (_, _, mut idx) = prepare(this, args)?;
    idx.sort_unstable();
    Ok(Value::Collection(Coll::from_vec(
        idx.into_iter().map(|i| Value::Real(i as f64)).collect(),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexing() {
        let t = lex("name = 'Smith' && (age >= 18 | city IS NOT :2)").unwrap();
        assert_eq!(t[0], Tok::Word("name".into()));
        assert_eq!(t[1], Tok::Op("="));
        assert_eq!(t[2], Tok::Quoted("Smith".into()));
        assert_eq!(t[3], Tok::And);
        assert!(t.contains(&Tok::Op(">=")));
        assert!(t.contains(&Tok::Placeholder("2".into())));
        assert_eq!(
            lex("kids[].age > 3").unwrap()[0],
            Tok::Word("kids[].age".into())
        );
    }

    #[test]
    fn parsing_shapes() {
        let q = parse("a = 1 and not(b = 2) or c in [1, 'x'] order by a desc").unwrap();
        assert!(matches!(q.root, Node::Or(_, _)));
        assert_eq!(q.order.len(), 1);
        assert!(q.order[0].descending);
        assert!(parse("a = ").is_err());
        assert!(parse("(a = 1").is_err());
        assert!(parse("a 1").is_err());
        let q = parse("city IS NOT null").unwrap();
        assert!(matches!(
            q.root,
            Node::Cmp {
                op: Op::NeLit,
                value: Operand::Null,
                ..
            }
        ));
    }

    #[test]
    fn order_by_split_ignores_quotes() {
        assert_eq!(
            split_order_by("a = 'order by' order by b"),
            ("a = 'order by' ", Some(" b"))
        );
        assert_eq!(split_order_by("a = 1"), ("a = 1", None));
    }
}
