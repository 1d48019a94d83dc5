//! rustyline's helper for the prompt: Tab completion and parameter hints.
//!
//! Completion (Tab), from the text before the cursor:
//! - after `$`: the session's locals;
//! - after `.`: the members of the value before the dot when the REPL can know it
//!   without running code: a local, a process variable, `cs`, `4D` or `Storage`, followed
//!   by property names (`$o.address.`). Objects offer their properties and their class's
//!   functions, collections, texts and formulas the member functions of the registry;
//! - otherwise: command names (with their spaces: `New sha` → `New shared object(`),
//!   constants, keywords, project methods and process variables. A command that takes
//!   parameters completes with its `(`.
//!
//! Hints (dimmed, after the cursor): the parameters of the command or member function
//! whose name was just typed or whose `(` is still open.
//!
//! The pure functions [`complete`] and [`hint`] do the work; the [`Helper`] holds the
//! session (shared with the prompt loop: everything runs on one thread).

use super::session::Session;
use crate::builtins::{Receiver, registry};
use crate::lexer::is_word_char;
use crate::value::Value;
use rustyline::completion::Pair;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Completer, Context};
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Helper {
    session: Rc<RefCell<Session>>,
    color: bool,
}

impl Helper {
    pub fn new(session: Rc<RefCell<Session>>, color: bool) -> Helper {
        Helper { session, color }
    }
}

impl rustyline::Helper for Helper {}

impl rustyline::completion::Completer for Helper {
    type Candidate = Pair;
    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        match self.session.try_borrow() {
            Ok(s) => Ok(complete(&s, line, pos)),
            Err(_) => Ok((pos, Vec::new())),
        }
    }
}

/// A hint that is only shown, never inserted.
pub struct ParamHint(String);

impl rustyline::hint::Hint for ParamHint {
    fn display(&self) -> &str {
        &self.0
    }
    fn completion(&self) -> Option<&str> {
        None
    }
}

impl Hinter for Helper {
    type Hint = ParamHint;
    fn hint(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> Option<ParamHint> {
        let s = self.session.try_borrow().ok()?;
        hint(&s, line, pos).map(ParamHint)
    }
}

impl Highlighter for Helper {
    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        if self.color {
            Cow::Owned(format!("\x1b[2m{hint}\x1b[0m"))
        } else {
            Cow::Borrowed(hint)
        }
    }
}

impl Validator for Helper {}

// Keep the derive macro import used (rustyline's `Completer` derive is not needed here).
#[allow(unused_imports)]
use Completer as _;

// ------------------------------------------------------------------------ completion

/// Candidates for the text before `pos`: (start of the replaced text, candidates).
pub fn complete(session: &Session, line: &str, pos: usize) -> (usize, Vec<Pair>) {
    let before = &line[..pos];
    if in_text_literal(before) {
        return (pos, Vec::new());
    }
    // Tab at the start of a line indents (4D code is indented with tabs).
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    if before[line_start..].chars().all(|c| c == ' ' || c == '\t') {
        return (pos, vec![pair("\t", false)]);
    }
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c))
        .last()
        .map_or(pos, |(i, _)| i);
    let word = &before[word_start..];
    let prev = before[..word_start].chars().next_back();
    match prev {
        Some('.') => {
            let Some(recv) = receiver(session, &before[..word_start - 1]) else {
                return (pos, Vec::new());
            };
            let mut out: Vec<Pair> = members(&recv)
                .into_iter()
                .filter(|(name, _)| name.starts_with(word))
                .map(|(name, call)| pair(&name, call))
                .collect();
            out.sort_by(|a, b| a.display.cmp(&b.display));
            out.dedup_by(|a, b| a.display == b.display);
            (word_start, out)
        }
        Some('$') => {
            let lower = word.to_lowercase();
            let mut out: Vec<Pair> = session
                .locals()
                .into_iter()
                .filter(|(n, _, _)| n.to_lowercase().starts_with(&lower))
                .map(|(n, _, _)| pair(&format!("${n}"), false))
                .collect();
            out.sort_by(|a, b| a.display.cmp(&b.display));
            (word_start - 1, out)
        }
        _ => names_completion(session, before),
    }
}

/// Command, constant, keyword, method and variable names, matched over multi-word runs.
fn names_completion(session: &Session, before: &str) -> (usize, Vec<Pair>) {
    // The run of words (single spaces between) that ends at the cursor.
    let run_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c) || c == ' ')
        .last()
        .map_or(before.len(), |(i, _)| i);
    let run = &before[run_start..];
    // Each word start in the run, earliest first: the longest text that names something wins.
    let starts: Vec<usize> = run
        .char_indices()
        .filter(|&(i, c)| is_word_char(c) && (i == 0 || run[..i].ends_with(' ')))
        .map(|(i, _)| run_start + i)
        .collect();
    let all = all_names(session);
    for start in starts {
        let prefix = before[start..].to_lowercase();
        if prefix.trim().is_empty() {
            continue;
        }
        let mut out: Vec<Pair> = all
            .iter()
            .filter(|(n, _)| n.to_lowercase().starts_with(&prefix))
            .map(|(n, call)| pair(n, *call))
            .collect();
        if !out.is_empty() {
            out.sort_by_key(|a| a.display.to_lowercase());
            out.dedup_by(|a, b| a.display.eq_ignore_ascii_case(&b.display));
            return (start, out);
        }
    }
    (before.len(), Vec::new())
}

/// Every bare name the REPL knows: (name, completes with `(`).
fn all_names(session: &Session) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    for k in crate::names::KEYWORDS {
        out.push((k.to_string(), false));
    }
    for c in &registry().commands {
        out.push((c.name.to_string(), c.max_args > 0));
    }
    for c in &crate::catalog::catalog().constants {
        out.push((c.name.clone(), false));
    }
    for m in &session.ctx.program.methods {
        out.push((m.name.clone(), false));
    }
    for v in session.process_var_names() {
        out.push((v.clone(), false));
    }
    out.push(("cs".into(), false));
    out
}

fn pair(name: &str, call: bool) -> Pair {
    Pair {
        display: name.to_string(),
        replacement: if call {
            format!("{name}(")
        } else {
            name.to_string()
        },
    }
}

/// True when `before` ends inside a `"text literal"` on its last line.
fn in_text_literal(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or(before);
    let mut inside = false;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if inside && !escaped => {
                escaped = true;
                continue;
            }
            '"' if !escaped => inside = !inside,
            _ => {}
        }
        escaped = false;
    }
    inside
}

/// The value of a receiver path written before a `.`: `$o`, `$o.address`, `cs`, `4D`,
/// `Storage`, a process variable. Nothing is evaluated: only properties are read.
fn receiver(session: &Session, text: &str) -> Option<Value> {
    let start = text
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c) || c == '.' || c == '$')
        .last()
        .map(|(i, _)| i)?;
    let path = &text[start..];
    let mut parts = path.split('.');
    let root = parts.next()?;
    let mut value = if let Some(local) = root.strip_prefix('$') {
        session.local(local)?
    } else if root == "cs" {
        Value::Object(session.ctx.program.class_store.clone()?)
    } else if root == "4D" {
        Value::Object(crate::interp::class::builtin_store())
    } else if root.eq_ignore_ascii_case("Storage") {
        Value::Object(session.rt().storage.clone())
    } else {
        session.process_var(root)?
    };
    for part in parts {
        let Value::Object(o) = &value else {
            return None;
        };
        let next = o
            .entries()
            .into_iter()
            .find(|(k, _)| k.as_str() == part)
            .map(|(_, v)| v)?;
        value = next;
    }
    Some(value)
}

/// Member names of a value: (name, is a function).
fn members(v: &Value) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let builtin = |r: Receiver, out: &mut Vec<(String, bool)>| {
        for m in registry().members() {
            if m.receiver == r {
                out.push((m.name.to_string(), true));
            }
        }
    };
    match v {
        Value::Object(o) => {
            for (k, x) in o.entries() {
                out.push((k.as_str().to_string(), matches!(x, Value::Formula(_))));
            }
            match o.native() {
                Some(crate::interp::native::Native::Class(_)) => {
                    out.push(("new".into(), true));
                    out.push(("name".into(), false));
                    out.push(("superclass".into(), false));
                }
                Some(n) => builtin(Receiver::Class(n.kind()), &mut out),
                None => {}
            }
            let mut class = o.class();
            while let Some(c) = class {
                for k in c.functions.keys() {
                    out.push((k.as_str().to_string(), true));
                }
                for k in c.getters.keys() {
                    out.push((k.as_str().to_string(), false));
                }
                class = c.parent().cloned();
            }
        }
        Value::Collection(_) => {
            out.push(("length".into(), false));
            builtin(Receiver::Collection, &mut out);
        }
        Value::Formula(_) => {
            out.push(("source".into(), false));
            builtin(Receiver::Formula, &mut out);
        }
        Value::Text(_) => builtin(Receiver::Text, &mut out),
        _ => {}
    }
    out
}

// ------------------------------------------------------------------------ hints

/// The parameter hint for the cursor at the end of `line`, if any.
pub fn hint(session: &Session, line: &str, pos: usize) -> Option<String> {
    if pos < line.len() || line.is_empty() || in_text_literal(line) {
        return None;
    }
    // A command name just typed in full: `Substring` → `(text : Text; ...) : Text`.
    let (start, candidates) = names_completion(session, line);
    if start < line.len() {
        let typed = &line[start..];
        if let Some(id) = registry().by_name(typed)
            && candidates.len() == 1
        {
            let c = registry().get(id);
            if c.max_args > 0 {
                return Some(signature("", c.params, c.result));
            }
        }
    }
    // Inside an open call: `Substring($t; ` → `  Substring(text : Text; ...) : Text`.
    let open = innermost_open_paren(line)?;
    let callee_end = open;
    let callee_start = line[..callee_end]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c) || c == ' ')
        .last()
        .map(|(i, _)| i)?;
    let callee = line[callee_start..callee_end].trim();
    if line[..callee_start].ends_with('.') {
        let recv = receiver(session, &line[..callee_start - 1])?;
        let kind = match &recv {
            Value::Collection(_) => Receiver::Collection,
            Value::Text(_) => Receiver::Text,
            Value::Formula(_) => Receiver::Formula,
            Value::Object(o) => Receiver::Class(o.native()?.kind()),
            _ => return None,
        };
        let m = registry().member(kind, callee)?;
        return Some(format!("  {}", signature(callee, m.params, m.result)));
    }
    // The callee may be the tail of a longer run (`If (Length`): try each word start.
    let mut at = 0;
    loop {
        let name = callee[at..].trim_start();
        if let Some(id) = registry().by_name(name) {
            let c = registry().get(id);
            return Some(format!("  {}", signature(c.name, c.params, c.result)));
        }
        at += callee[at..].find(' ')? + 1;
    }
}

fn signature(name: &str, params: &str, result: &str) -> String {
    if result.is_empty() {
        format!("{name}({params})")
    } else {
        format!("{name}({params}) : {result}")
    }
}

/// Byte offset of the innermost `(` still open at the end of `line`'s last line.
fn innermost_open_paren(line: &str) -> Option<usize> {
    let last_line_start = line.rfind('\n').map_or(0, |i| i + 1);
    let mut stack = Vec::new();
    let mut inside = false;
    for (i, c) in line[last_line_start..].char_indices() {
        match c {
            '"' => inside = !inside,
            '(' if !inside => stack.push(last_line_start + i),
            ')' if !inside => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.pop()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interp::Sink;

    fn session() -> Session {
        let dir = std::env::temp_dir().join("fourd-repl-helper-test-empty");
        let _ = std::fs::create_dir_all(&dir);
        Session::new(&dir, Sink::Buffer(Vec::new()), false).0
    }

    fn names(s: &Session, line: &str) -> (usize, Vec<String>) {
        let (start, c) = complete(s, line, line.len());
        (start, c.into_iter().map(|p| p.replacement).collect())
    }

    #[test]
    fn multi_word_commands_complete_with_their_spaces() {
        let s = session();
        let (start, c) = names(&s, "$o:=New sha");
        assert_eq!(start, 4);
        assert!(c.contains(&"New shared object(".to_string()), "{c:?}");
        let (start, c) = names(&s, "If (Current d");
        assert_eq!(start, 4);
        assert!(c.contains(&"Current date".to_string()), "{c:?}");
    }

    #[test]
    fn keywords_and_constants_complete() {
        let s = session();
        let (_, c) = names(&s, "End f");
        assert!(c.contains(&"End for each".to_string()), "{c:?}");
        let (_, c) = names(&s, "$t:=Is te");
        assert!(c.contains(&"Is text".to_string()), "{c:?}");
    }

    #[test]
    fn locals_and_members_complete() {
        let mut s = session();
        s.run("$person:={name: \"Ann\"; address: {city: \"Lyon\"}}", None)
            .unwrap();
        s.run("$list:=[1; 2]", None).unwrap();
        let (start, c) = names(&s, "ALERT($pe");
        assert_eq!((start, c), (6, vec!["$person".to_string()]));
        let (_, c) = names(&s, "$person.");
        assert_eq!(c, vec!["address".to_string(), "name".to_string()]);
        let (_, c) = names(&s, "$person.address.ci");
        assert_eq!(c, vec!["city".to_string()]);
        let (_, c) = names(&s, "$list.");
        assert!(c.contains(&"length".to_string()), "{c:?}");
        let (_, c) = names(&s, "$t:=\"New sha");
        assert!(c.is_empty());
    }

    #[test]
    fn tab_at_the_start_of_a_line_indents() {
        let s = session();
        assert_eq!(names(&s, ""), (0, vec!["\t".to_string()]));
        assert_eq!(names(&s, "If (True)\n\t"), (11, vec!["\t".to_string()]));
    }

    #[test]
    fn class_members_and_member_hints() {
        let dir = std::env::temp_dir().join(format!("fourd-repl-helper-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("Classes")).unwrap();
        std::fs::write(
            dir.join("Classes/Point.4dm"),
            "property x : Real\nClass constructor($x : Real)\n\tThis.x:=$x\nFunction norm() : Real\n\treturn This.x\n",
        )
        .unwrap();
        let mut s = Session::new(&dir, Sink::Buffer(Vec::new()), false).0;
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(names(&s, "cs.Po").1, vec!["Point".to_string()]);
        assert!(names(&s, "cs.Point.").1.contains(&"new(".to_string()));
        s.run("$p:=cs.Point.new(3)", None).unwrap();
        assert_eq!(
            names(&s, "$p.").1,
            vec!["norm(".to_string(), "x".to_string()]
        );
        s.run("$c:=[1]", None).unwrap();
        if let Some(m) = registry()
            .members()
            .find(|m| m.receiver == Receiver::Collection)
        {
            let line = format!("$c.{}(", m.name);
            let h = hint(&s, &line, line.len()).unwrap();
            assert!(h.contains(m.params), "{h}");
        }
    }

    #[test]
    fn hints_show_parameters() {
        let s = session();
        let c = registry()
            .commands
            .iter()
            .find(|c| c.max_args > 0 && !c.params.is_empty())
            .expect("a command with parameters");
        let h = hint(&s, &format!("$x:={}(", c.name), c.name.len() + 5).unwrap();
        assert!(h.contains(c.params), "{h}");
        assert!(hint(&s, "$x:=1", 5).is_none());
    }
}
