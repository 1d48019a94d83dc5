//! Classifying documentation blocks before running them: blocks that need a database, a
//! window, files or the network (skipped with the reason), syntax outlines, class and method
//! definitions (named by their header comment or the prose before them), what a fragment
//! uses that the page never defines (variables, project methods, classes, `Storage`
//! entries), and blocks the prose says never end.

use super::BlockKind;

/// Words that mark a block as needing what fourd does not have.
pub(super) const NEEDS: &[(&str, &str)] = &[
    ("ds.", "needs a datastore"),
    ("QUERY", "needs a database"),
    ("ALL RECORDS", "needs a database"),
    ("ADD RECORD", "needs a database"),
    ("Get database measures", "needs a database"),
    ("Get last table number", "needs a database"),
    ("[", "needs a database table"),
    ("Form.", "needs a form"),
    ("Form:", "needs a form"),
    ("OBJECT ", "needs a form"),
    ("WEB ", "needs the web server"),
    ("HTTP ", "needs the network"),
    ("4D.HTTP", "needs the network"),
    ("File(", "needs files"),
    ("Folder(", "needs files"),
    ("Document to text", "needs files"),
    ("Open document", "needs files"),
    ("Get 4D folder", "needs files"),
    ("Create document", "needs files"),
    ("Append document", "needs files"),
    ("SEND PACKET", "needs files"),
    ("CLOSE DOCUMENT", "needs files"),
    ("DIALOG", "needs a window"),
    ("Open window", "needs a window"),
    ("Request(", "needs a window"),
    ("CONFIRM(", "needs a window"),
];

/// Marks of a formal syntax outline rather than code.
pub(super) const OUTLINE: &[&str] = &[
    "statement(s)",
    "_Expression",
    "Shared_object_or_Shared_collection",
    "{shared}",
    "{;",
    "{Until",
    "<name>",
    "<ParentClass>",
    "collectionRef[expression]",
    "propertyPath comparator value",
    "Expr1",
];

/// Why a block cannot run here, if it cannot.
pub(super) fn skip_reason(code: &str) -> Option<String> {
    for (word, reason) in NEEDS {
        let hit = if *word == "[" {
            // `[Table]Field` or `([Table])`, not collection literals: a `[` followed by a
            // name and `]`, then a letter or `)`.
            code.match_indices('[').any(|(at, _)| {
                // Not an element of an object or collection (`vObject[property]`).
                if code[..at].chars().next_back().is_some_and(|c| {
                    c.is_alphanumeric() || matches!(c, '_' | ')' | ']' | '}' | '.')
                }) {
                    return false;
                }
                let rest = &code[at + 1..];
                let name: String = rest.chars().take_while(|c| *c != ']').collect();
                rest.len() > name.len()
                    && name.chars().next().is_some_and(|c| c.is_alphabetic())
                    && name
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == ' ')
                    && rest[name.len() + 1..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_alphabetic() || c == ')' || c == ';')
            })
        } else {
            // A whole word: `ds.` is not the end of `seconds.`.
            code.match_indices(word).any(|(at, _)| {
                !word.starts_with(|c: char| c.is_alphanumeric())
                    || !code[..at]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphanumeric() || c == '_')
            })
        };
        if hit {
            return Some(reason.to_string());
        }
    }
    None
}

pub(super) fn comment_text(line: &str) -> Option<&str> {
    line.trim().strip_prefix("//").map(str::trim)
}

/// `//Class: Person.4dm`, `// Class: Rectangle`, `//shared class Foo` → the class name.
pub(super) fn class_header(comment: &str) -> Option<String> {
    let lower = comment.to_lowercase();
    let rest = lower.strip_prefix("shared ").unwrap_or(&lower);
    let rest = rest.strip_prefix("class")?;
    if !rest.starts_with([':', ' ']) {
        return None;
    }
    let offset = comment.len() - rest.len();
    let name = comment[offset..].trim_start_matches([':', ' ']).trim();
    let name = name.strip_suffix(".4dm").unwrap_or(name);
    (!name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_'))
        .then(|| name.to_string())
}

/// `//Flatten project method`, `// MyMethod1`, `//In mymethod method` → (name, whether the
/// comment says it is a method).
pub(super) fn method_header(comment: &str) -> Option<(String, bool)> {
    let words: Vec<&str> = comment.split_whitespace().collect();
    let ident = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            && w.chars().all(|c| c.is_alphanumeric() || c == '_')
    };
    // `//Create doc project method`, `// Sys date format global function`: 4D method
    // names may hold spaces.
    if let [name @ .., a, b] = words.as_slice()
        && matches!((*a, *b), ("project", "method") | ("global", "function"))
        && !name.is_empty()
        && name.iter().all(|w| ident(w))
        // `// In a project method` says where the code stands.
        && !["in", "a", "the", "this", "any", "from", "within"]
            .iter()
            .any(|w| name[0].eq_ignore_ascii_case(w))
    {
        return Some((name.join(" "), true));
    }
    match words.as_slice() {
        [name] if ident(name) => Some((name.to_string(), false)),
        [name, "project", "method"] | [name, "method"] if ident(name) => {
            Some((name.to_string(), true))
        }
        [i, name, "method"] if i.eq_ignore_ascii_case("in") && ident(name) => {
            Some((name.to_string(), true))
        }
        _ => None,
    }
}

/// `// $Object = {"FirstName":"John"}` as the first line of a block that uses `$Object`
/// without defining it (`free`, lower-cased): the page states the value the block starts
/// from, not a result of the block.
pub(super) fn stated_start(code: &str, free: &[String]) -> Option<String> {
    let first = code.lines().map(str::trim).find(|l| !l.is_empty())?;
    let claim = comment_text(first)?;
    let name: String = claim
        .chars()
        .enumerate()
        .take_while(|(i, c)| {
            (*i == 0 && *c == '$') || (*i > 0 && (c.is_alphanumeric() || *c == '_'))
        })
        .map(|(_, c)| c)
        .collect();
    let rest = claim[name.len()..].trim_start();
    (name.len() > 1
        && (rest.starts_with('=') || rest.starts_with(":="))
        && free.contains(&name.to_lowercase()))
    .then_some(name)
}

/// `// EXTRACT PARAGRAPHS` followed by the comment `// EXTRACT PARAGRAPHS ( text ; Pointer )`:
/// a method named by its first comment and described by its call syntax.
fn signature_header(lines: &[&str], i: usize) -> Option<(String, bool)> {
    let name = comment_text(lines[i])?;
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty()
        || !words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '_'))
    {
        return None;
    }
    let next = comment_text(lines.get(i + 1)?)?;
    let after = next.strip_prefix(name)?.trim_start();
    after.starts_with('(').then(|| (words.join(" "), true))
}

/// Whether a block declares parameters it receives: `var $1 : Text`, `var $1;$2 : Integer`,
/// `C_TEXT($1)`, `C_STRING(63;$1;$x)`, `#DECLARE ($name : Text)` (not `$0` or a
/// `#DECLARE` that only names a result: those receive nothing).
pub(super) fn declares_parameters(code: &str) -> bool {
    let input = |names: &str| {
        names.split([';', ',', '(', ')', ' ']).any(|n| {
            n.strip_prefix('$')
                .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()) && d != "0")
        })
    };
    code.lines().any(|line| {
        // Code only: a comment's text is not a declaration.
        let l = line.split("//").next().unwrap_or("").trim();
        let lower = l.to_lowercase();
        if let Some(rest) = lower.strip_prefix("var ") {
            return input(rest.split(':').next().unwrap_or(""));
        }
        if lower.starts_with("c_") && l.contains('(') {
            return input(&l[l.find('(').unwrap_or(0)..]);
        }
        if let Some(rest) = lower.strip_prefix("#declare") {
            let rest = rest.trim_start();
            return rest.starts_with('(') && !rest[1..].trim_start().starts_with(')');
        }
        false
    })
}

/// The method a block defines, from the prose before it (`the following ***Flatten***
/// method`, `The ***sortCollection*** method:`).
pub(super) fn method_from_prose(before: &str) -> Option<String> {
    if !before.to_lowercase().contains("method") {
        return None;
    }
    let start = before.find("***")? + 3;
    let end = before[start..].find("***")? + start;
    let name = &before[start..end];
    (!name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_'))
        .then(|| name.to_string())
}

pub(super) const CLASS_WORDS: &[&str] = &[
    "function ",
    "class constructor",
    "class extends",
    "property ",
    "shared function",
    "shared class",
    "shared singleton",
    "singleton class",
    "session singleton",
];

pub(super) fn is_class_line(line: &str) -> bool {
    let l = line.trim().to_lowercase();
    CLASS_WORDS.iter().any(|w| l.starts_with(w))
}

/// A block split into what it is: the kind, the code to run (for `Code`), and the
/// project methods it defines on the way (`//myMethod` then `#DECLARE`).
pub(super) struct Classified {
    pub(super) kind: BlockKind,
    pub(super) code: String,
    pub(super) methods: Vec<(String, String)>,
}

pub(super) fn classify(code: &str, before: &str) -> Classified {
    let plain = |kind| Classified {
        kind,
        code: code.to_string(),
        methods: Vec::new(),
    };
    if OUTLINE.iter().any(|m| code.contains(m)) {
        return plain(BlockKind::Outline);
    }
    let first_code = code
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("//"));
    let code_lines = code
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim().starts_with("//"))
        .count();
    if first_code.is_some_and(|l| l.starts_with('{') && code.contains("\":"))
        || (code_lines == 1 && first_code.is_some_and(|l| l.starts_with(":(")))
    {
        return plain(BlockKind::Outline);
    }
    if code.lines().any(is_class_line) {
        let name = code.lines().filter_map(comment_text).find_map(class_header);
        return match name {
            Some(n) => plain(BlockKind::Class(n)),
            None if first_code.is_some_and(is_class_line) => plain(BlockKind::ClassFragment),
            None => plain(BlockKind::Code),
        };
    }
    if let Some(name) = method_from_prose(before) {
        return plain(BlockKind::Method(name));
    }
    // Segments headed by a method comment.
    let lines: Vec<&str> = code.lines().collect();
    let next_code = |from: usize| {
        lines[from..]
            .iter()
            .map(|l| l.trim())
            .find(|l| !l.is_empty() && !l.starts_with("//"))
    };
    let mut heads = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some((name, said)) = comment_text(line)
            .and_then(method_header)
            .or_else(|| signature_header(&lines, i))
        {
            let declares =
                next_code(i + 1).is_some_and(|l| l.to_lowercase().starts_with("#declare"));
            if declares || said {
                heads.push((i, name));
            }
        }
    }
    if heads.is_empty() {
        // Parameters come from a caller: a block that declares the ones it receives is the
        // body of a method the page does not name, not code to run on its own.
        if declares_parameters(code) {
            return plain(BlockKind::Method(String::new()));
        }
        return plain(BlockKind::Code);
    }
    let mut methods = Vec::new();
    for (k, (i, name)) in heads.iter().enumerate() {
        let end = heads.get(k + 1).map(|h| h.0).unwrap_or(lines.len());
        // A method runs to the next header or, with `#DECLARE`, to a header-less comment
        // like `//myMethod2` that starts caller code again.
        let mut stop = end;
        for (j, line) in lines.iter().enumerate().take(end).skip(i + 1) {
            if comment_text(line)
                .and_then(method_header)
                .is_some_and(|(_, said)| !said)
                && next_code(j + 1).is_some_and(|l| !l.to_lowercase().starts_with("#declare"))
            {
                stop = j;
                break;
            }
        }
        methods.push((name.clone(), lines[*i..stop].join("\n"), (*i, stop)));
    }
    // What is left runs.
    let mut rest = Vec::new();
    for (j, line) in lines.iter().enumerate() {
        let inside = methods.iter().any(|(_, _, (a, b))| j >= *a && j < *b);
        rest.push(if inside { "" } else { line });
    }
    let rest = rest.join("\n");
    let methods: Vec<(String, String)> = methods.into_iter().map(|(n, c, _)| (n, c)).collect();
    if rest
        .lines()
        .all(|l| l.trim().is_empty() || l.trim().starts_with("//"))
    {
        let (name, body) = methods.into_iter().next().unwrap_or_default();
        return Classified {
            kind: BlockKind::Method(name),
            code: body,
            methods: Vec::new(),
        };
    }
    Classified {
        kind: BlockKind::Code,
        code: rest,
        methods,
    }
}

/// Names a failing block uses but never defines: locals (`$c`), process variables used as
/// objects, collections or arrays (`myCol[`, `employee.`), and the bare names in `unknown`
/// (see [`unknown_names`]) the block never assigns. A block that uses them continues an
/// example shown elsewhere.
#[cfg(test)]
pub(super) fn free_variables(code: &str) -> Vec<String> {
    free_names(code, &[])
}

/// [`free_variables`], with the bare names of [`unknown_names`].
pub(super) fn free_names(code: &str, unknown: &[String]) -> Vec<String> {
    let (used, defined) = scan_names(code);
    let mut free: Vec<String> = Vec::new();
    for n in used.into_iter().chain(unknown.iter().cloned()) {
        let lower = n.to_lowercase();
        if !defined.contains(&lower) && !free.iter().any(|f| f.to_lowercase() == lower) {
            free.push(n);
        }
    }
    free
}

/// The lower-cased names a block defines (assigns, declares, or loops with).
pub(super) fn defined_names(code: &str) -> std::collections::HashSet<String> {
    scan_names(code).1
}

/// The names a block uses (in order) and the lower-cased names it defines (assigns,
/// declares, or uses as a loop variable).
fn scan_names(code: &str) -> (Vec<String>, std::collections::HashSet<String>) {
    let mut defined = std::collections::HashSet::new();
    let mut used = Vec::new();
    for line in code.lines() {
        let code_part = line.split("//").next().unwrap_or("");
        let t = code_part.trim();
        let lower = t.to_lowercase();
        let declaring = ["var ", "c_", "array ", "#declare"]
            .iter()
            .any(|k| lower.starts_with(k))
            || lower.starts_with("function")
            || lower.starts_with("class constructor");
        // `For($i;...)`, `For each($item;$col)`: only the loop variable is defined.
        if ["for(", "for (", "for each"]
            .iter()
            .any(|k| lower.starts_with(k))
            && let Some(open) = t.find('(')
        {
            let var = t[open + 1..].split(';').next().unwrap_or("").trim();
            if !var.is_empty() {
                defined.insert(var.to_lowercase());
            }
        }
        let chars: Vec<char> = code_part.chars().collect();
        let mut i = 0;
        let mut in_string = false;
        while i < chars.len() {
            let c = chars[i];
            if c == '"' {
                in_string = !in_string;
                i += 1;
                continue;
            }
            if in_string {
                i += 1;
                continue;
            }
            let after_name_char = i > 0
                && (chars[i - 1].is_alphanumeric() || matches!(chars[i - 1], '_' | '.' | '$'));
            let starts_name = c == '$' || (c.is_alphabetic() && !after_name_char);
            if !starts_name {
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let name: String = chars[start..i].iter().collect();
            if name == "$" || name.chars().nth(1).is_some_and(|c| c.is_ascii_digit()) {
                continue;
            }
            let after: String = chars[i..].iter().collect::<String>();
            let after = after.trim_start();
            let assigned = [":=", "+=", "-=", "*=", "/="]
                .iter()
                .any(|op| after.starts_with(op));
            if declaring || assigned {
                defined.insert(name.to_lowercase());
                continue;
            }
            if !name.starts_with('$') {
                // Only lower-case names used as objects, collections or arrays count here
                // (others come from `unknown_names`), and not the class stores.
                if !name.starts_with(|c: char| c.is_ascii_lowercase())
                    || !(after.starts_with('.') || after.starts_with('[') || after.starts_with('{'))
                    || ["cs", "ds"].contains(&name.as_str())
                {
                    continue;
                }
            }
            used.push(name);
        }
    }
    (used, defined)
}

/// Bare names a parsed block reads that are neither commands, constants, system
/// variables nor the page's methods: process variables or project methods shown
/// elsewhere (`MethodA`, `vtSomeText`, `anArray`).
pub(super) fn unknown_names(file: &crate::ast::File, methods: &[(String, String)]) -> Vec<String> {
    let reg = crate::builtins::registry();
    let cat = crate::catalog::catalog();
    let mut out: Vec<String> = Vec::new();
    let mut visit = |e: &crate::ast::Expr| {
        let crate::ast::ExprKind::Name(n) = &e.kind else {
            return;
        };
        let is = |s: &str| s.eq_ignore_ascii_case(n);
        let known = reg.by_name(n).is_some()
            || cat.commands.iter().any(|c| is(&c.name))
            || cat.constants.iter().any(|c| is(&c.name))
            || crate::resolve::SYSTEM_VARIABLES.iter().any(|v| is(v))
            || methods.iter().any(|(m, _)| is(m))
            || [
                "true", "false", "null", "this", "super", "storage", "cs", "ds", "4d",
            ]
            .iter()
            .any(|k| is(k))
            || n.starts_with(super::expect::RECORD);
        if !known && !out.iter().any(|o| is(o)) {
            out.push(n.clone());
        }
    };
    for s in &file.body {
        crate::resolve::visit_stmt(s, &mut visit);
    }
    out
}

/// `Storage.name` entries a block reads that no block of the page (`page`, the code of
/// every block) assigns.
pub(super) fn missing_storage(code: &str, page: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in code.split("Storage.").skip(1) {
        let n: String = part
            .chars()
            .take_while(|ch| ch.is_alphanumeric() || *ch == '_')
            .collect();
        if n.is_empty() || out.iter().any(|o| o.ends_with(&format!(".{n}"))) {
            continue;
        }
        let assigned = page.split(&format!("Storage.{n}")).skip(1).any(|rest| {
            let rest = rest.trim_start();
            rest.starts_with(":=") && !rest.starts_with(":==")
        });
        if !assigned {
            out.push(format!("Storage.{n}"));
        }
    }
    out
}

/// `cs.Name` classes a block needs, directly or through the page's classes and methods it
/// uses, that the page never defines.
pub(super) fn missing_classes(
    code: &str,
    classes: &[(String, String)],
    methods: &[(String, String)],
) -> Vec<String> {
    let mut missing = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let mut work = vec![code.to_string()];
    while let Some(text) = work.pop() {
        for (m, body) in methods {
            if text.contains(m.as_str()) && !seen.contains(&format!("m:{m}")) {
                seen.push(format!("m:{m}"));
                work.push(body.clone());
            }
        }
        for part in text.split("cs.").skip(1) {
            let n: String = part
                .chars()
                .take_while(|ch| ch.is_alphanumeric() || *ch == '_')
                .collect();
            if n.is_empty() || seen.contains(&n) {
                continue;
            }
            seen.push(n.clone());
            match classes.iter().find(|(c, _)| *c == n) {
                Some((_, body)) => work.push(body.clone()),
                None => missing.push(format!("cs.{n}")),
            }
        }
    }
    missing
}

/// The prose before a block says it never ends ("The following loop continues forever").
pub(super) fn loops_forever(before: &str) -> bool {
    let l = before.to_lowercase();
    [
        "continues forever",
        "loops forever",
        "runs forever",
        "infinite loop",
        "endless loop",
    ]
    .iter()
    .any(|w| l.contains(w))
}
