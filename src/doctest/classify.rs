//! Classifying documentation blocks before running them: blocks that need a database, a
//! window, files or the network (skipped with the reason), syntax outlines, class and method
//! definitions (named by their header comment or the prose before them), and the variables
//! a fragment uses without defining.

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
            code.split('[').skip(1).any(|rest| {
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
            code.contains(word)
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
        if let Some((name, said)) = comment_text(line).and_then(method_header) {
            let declares =
                next_code(i + 1).is_some_and(|l| l.to_lowercase().starts_with("#declare"));
            if declares || said {
                heads.push((i, name));
            }
        }
    }
    if heads.is_empty() {
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

/// Variables a failing block uses but never defines: locals (`$c`) and process variables
/// (`myCol[`, `employee.`). A block that uses them continues an example shown elsewhere.
pub(super) fn free_variables(code: &str) -> Vec<String> {
    let mut defined = std::collections::HashSet::new();
    let mut used = Vec::new();
    for line in code.lines() {
        let code_part = line.split("//").next().unwrap_or("");
        let t = code_part.trim();
        let lower = t.to_lowercase();
        let declaring = [
            "var ", "c_", "array ", "#declare", "for(", "for (", "for each",
        ]
        .iter()
        .any(|k| lower.starts_with(k))
            || lower.starts_with("function")
            || lower.starts_with("class constructor");
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
            let starts_name = c == '$'
                || (c.is_ascii_lowercase()
                    && (i == 0
                        || !(chars[i - 1].is_alphanumeric()
                            || matches!(chars[i - 1], '_' | '.' | '$'))));
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
            let is_process = !name.starts_with('$');
            if is_process {
                // Only names used as objects, collections or arrays count, and not the
                // class stores.
                if !(after.starts_with('.') || after.starts_with('[') || after.starts_with('{'))
                    || ["cs", "ds"].contains(&name.as_str())
                {
                    continue;
                }
            }
            used.push(name);
        }
    }
    let mut free: Vec<String> = used
        .into_iter()
        .filter(|n| !defined.contains(&n.to_lowercase()))
        .collect();
    free.dedup();
    free
}
