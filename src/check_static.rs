//! Static checks of a whole project, for `fourd check`: besides syntax errors, every call
//! of something that does not exist and every call with the wrong number of arguments.
//!
//! Over the AST of each method, class and database method of the project:
//!
//! - a name called with arguments (or standing alone as a statement) must be a command or
//!   a project method: otherwise "unknown method or command";
//! - a command fourd knows by its table row must get between `min_args` and `max_args`
//!   arguments (a final bare `*` does not count, as at run time);
//! - a project method declaring its parameters with `#DECLARE` (and no `...`) must not get
//!   more arguments than it declares;
//! - `cs.Name` must name a class of the project (or the project's component store name);
//! - a command of 4D that fourd does not implement is a warning, not an error: the code is
//!   valid 4D.
//!
//! A project that uses components (a `Components/` folder or a `dependencies.json`) may
//! call their shared methods and classes, which fourd cannot see: unknown names are then
//! warnings.

use crate::ast::{self, Expr, ExprKind, Span, Stmt, StmtKind};
use crate::builtins::{Imp, registry};
use crate::catalog::catalog;
use crate::diagnostics::{Diagnostic, Severity};
use crate::names::NameSet;
use crate::project::Layout;
use std::collections::{HashMap, HashSet};

/// What the project defines.
#[derive(Default)]
pub struct ProjectNames {
    /// Lower-cased method name → the most arguments it accepts (`None`: any number).
    pub methods: HashMap<String, Option<usize>>,
    /// Class names (case-sensitive, as 4D).
    pub classes: HashSet<String>,
    /// True when the project uses components: unknown names are warnings.
    pub has_components: bool,
}

/// One checked file.
pub struct FileReport {
    pub path: String,
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
}

fn warning(span: Span, message: impl Into<String>) -> Diagnostic {
    let mut d = Diagnostic::error(span, message);
    d.severity = Severity::Warning;
    d
}

/// Check every source of a project: syntax errors and static errors, file by file.
pub fn check_project(layout: &Layout) -> Vec<FileReport> {
    let sources = crate::project::project_sources(layout);
    let mut names = NameSet::new();
    for (name, _, _) in &sources.methods {
        names.insert(name);
    }
    let mut project = ProjectNames {
        has_components: layout.root.join("Components").is_dir()
            || layout.root.join("Project/Components").is_dir()
            || layout.sources().join("dependencies.json").is_file(),
        ..ProjectNames::default()
    };
    let parse = |text: &str| crate::parser::parse(text, Some(&names));
    let methods: Vec<_> = sources
        .methods
        .iter()
        .map(|(name, path, text)| (name.clone(), path.clone(), text.clone(), parse(text)))
        .collect();
    let classes: Vec<_> = sources
        .classes
        .iter()
        .map(|(name, path, text)| (name.clone(), path.clone(), text.clone(), parse(text)))
        .collect();
    for (name, _, _, parsed) in &methods {
        let max = parsed
            .file
            .declare
            .as_ref()
            .filter(|d| d.variadic.is_none())
            .map(|d| d.params.len());
        project.methods.insert(name.to_lowercase(), max);
    }
    for (name, _, _, _) in &classes {
        project.classes.insert(name.clone());
    }
    if let Some(alias) = crate::project::component_store_name(layout) {
        project.classes.insert(alias);
    }
    let mut inheritance = check_extends(
        &classes
            .iter()
            .map(|(name, _, _, parsed)| (name.clone(), &parsed.file))
            .collect::<Vec<_>>(),
    );
    let methods = methods.into_iter().map(|m| (m, false));
    methods
        .chain(classes.into_iter().map(|c| (c, true)))
        .map(|((name, path, text, parsed), is_class)| {
            let mut diagnostics = parsed.diagnostics;
            diagnostics.extend(check_file(&parsed.file, &project));
            if is_class {
                diagnostics.extend(inheritance.remove(&name).unwrap_or_default());
            }
            diagnostics.sort_by_key(|d| d.span.start);
            FileReport {
                path,
                text,
                diagnostics,
            }
        })
        .collect()
}

/// `Class extends` rules that 4D's "check syntax" enforces (the interpreter does not): the
/// parent must be a class of the project or `4D.Object`, not the class itself, not part of
/// a cycle, and a shared class cannot extend a non-shared one. Diagnostics by class name.
pub fn check_extends(classes: &[(String, &ast::File)]) -> HashMap<String, Vec<Diagnostic>> {
    let mut parent: HashMap<&str, (&str, Span)> = HashMap::new();
    let mut shared: HashSet<&str> = HashSet::new();
    let mut out: HashMap<String, Vec<Diagnostic>> = HashMap::new();
    for (name, file) in classes {
        for m in &file.members {
            match &m.kind {
                ast::ClassMemberKind::Constructor { modifiers, .. }
                    if modifiers.shared || modifiers.session =>
                {
                    shared.insert(name);
                }
                ast::ClassMemberKind::Extends(path) => {
                    let Some(last) = path.last() else { continue };
                    let store = (path.len() > 1).then(|| path[0].name.as_str());
                    let known = classes.iter().any(|(n, _)| *n == last.name);
                    let problem = match store {
                        Some(s) if s.eq_ignore_ascii_case("4D") => {
                            (last.name != "Object").then(|| {
                                format!(
                                    "a class cannot extend the built-in class `4D.{}`",
                                    last.name
                                )
                            })
                        }
                        _ if last.name == *name => {
                            Some(format!("the class `{name}` cannot extend itself"))
                        }
                        _ if !known => Some(format!(
                            "unknown class `{}` in `Class extends`: the project has no class of that name",
                            last.name
                        )),
                        _ => {
                            parent.insert(name, (&last.name, m.span));
                            None
                        }
                    };
                    if let Some(p) = problem {
                        out.entry(name.clone())
                            .or_default()
                            .push(Diagnostic::error(m.span, p));
                    }
                }
                _ => {}
            }
        }
    }
    for (&name, &(first, span)) in &parent {
        // Follow the chain: a cycle comes back to `name`.
        let mut seen = vec![name];
        let mut cur = first;
        let cycle = loop {
            if cur == name {
                break true;
            }
            if seen.contains(&cur) {
                break false;
            }
            seen.push(cur);
            match parent.get(cur) {
                Some(&(p, _)) => cur = p,
                None => break false,
            }
        };
        let diag = if cycle {
            seen.push(name);
            Some(format!(
                "circular inheritance: {}",
                seen.iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(" extends ")
            ))
        } else if shared.contains(name) && !shared.contains(first) {
            Some(format!(
                "the shared class `{name}` cannot extend the non-shared class `{first}`"
            ))
        } else {
            None
        };
        if let Some(d) = diag {
            out.entry(name.to_string())
                .or_default()
                .push(Diagnostic::error(span, d));
        }
    }
    out
}

/// Static diagnostics of one parsed file.
pub fn check_file(file: &ast::File, project: &ProjectNames) -> Vec<Diagnostic> {
    let mut c = Checker {
        project,
        out: Vec::new(),
    };
    c.block(&file.body);
    for m in &file.members {
        match &m.kind {
            ast::ClassMemberKind::Constructor { body, .. }
            | ast::ClassMemberKind::Function { body, .. } => c.block(body),
            ast::ClassMemberKind::Property { init: Some(e), .. } => c.expr(e),
            _ => {}
        }
    }
    c.out
}

struct Checker<'a> {
    project: &'a ProjectNames,
    out: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn block(&mut self, b: &[Stmt]) {
        for s in b {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => {
                if let ExprKind::Name(n) = &e.kind {
                    // A bare name on its own line is a call without arguments.
                    self.call(n, None, &[], e.span, true);
                } else {
                    self.expr(e);
                }
            }
            StmtKind::Assign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::Var { init, .. } => self.opt(init.as_ref()),
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                self.expr(cond);
                self.block(then);
                if let Some(b) = otherwise {
                    self.block(b);
                }
            }
            StmtKind::Case {
                branches,
                otherwise,
            } => {
                for (c, b) in branches {
                    self.expr(c);
                    self.block(b);
                }
                if let Some(b) = otherwise {
                    self.block(b);
                }
            }
            StmtKind::While { cond, body } => {
                self.expr(cond);
                self.block(body);
            }
            StmtKind::Repeat { body, until } => {
                self.block(body);
                self.expr(until);
            }
            StmtKind::For {
                counter,
                start,
                end,
                step,
                body,
            } => {
                for e in [counter, start, end] {
                    self.expr(e);
                }
                self.opt(step.as_ref());
                self.block(body);
            }
            StmtKind::ForEach {
                item,
                source,
                begin,
                end,
                cond,
                body,
            } => {
                self.expr(item);
                self.expr(source);
                self.opt(begin.as_ref());
                self.opt(end.as_ref());
                if let Some((_, e)) = cond {
                    self.expr(e);
                }
                self.block(body);
            }
            StmtKind::Return(e) => self.opt(e.as_ref()),
            StmtKind::Try { body, catch } => {
                self.block(body);
                if let Some(b) = catch {
                    self.block(b);
                }
            }
            StmtKind::Use { target, body } => {
                self.expr(target);
                self.block(body);
            }
            StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Sql
            | StmtKind::Ellipsis
            | StmtKind::Error => {}
        }
    }

    fn opt(&mut self, e: Option<&Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn exprs(&mut self, es: &[Expr]) {
        for e in es {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Call { callee, args } => {
                match &callee.kind {
                    ExprKind::Name(n) => self.call(n, None, args, e.span, false),
                    ExprKind::CommandRef { name, number } => {
                        self.call(name, Some(*number), args, e.span, false)
                    }
                    _ => self.expr(callee),
                }
                self.exprs(args);
            }
            ExprKind::Member { object, name } => {
                if matches!(object.kind, ExprKind::ClassStore) {
                    self.class_ref(&name.name, e.span);
                }
                self.expr(object);
            }
            ExprKind::ParamIndirect(x)
            | ExprKind::Neg(x)
            | ExprKind::PointerTo(x)
            | ExprKind::Deref(x)
            | ExprKind::TryExpr(x) => self.expr(x),
            ExprKind::Index { object, index } => {
                self.expr(object);
                self.expr(index);
            }
            ExprKind::Element { array, index } => {
                self.expr(array);
                self.expr(index);
            }
            ExprKind::CharAt { text, index } => {
                self.expr(text);
                self.expr(index);
            }
            ExprKind::Binary { lhs, rhs, .. } => {
                self.expr(lhs);
                self.expr(rhs);
            }
            ExprKind::Ternary {
                cond,
                then,
                otherwise,
            } => {
                self.expr(cond);
                self.expr(then);
                self.expr(otherwise);
            }
            ExprKind::ObjectLit(props) => {
                for (_, v) in props {
                    self.expr(v);
                }
            }
            ExprKind::CollectionLit(items) => self.exprs(items),
            ExprKind::Assign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            _ => {}
        }
    }

    fn unknown(&mut self, span: Span, message: String) {
        if self.project.has_components {
            self.out.push(warning(
                span,
                format!("{message} (it may come from a component)"),
            ));
        } else {
            self.out.push(Diagnostic::error(span, message));
        }
    }

    fn class_ref(&mut self, name: &str, span: Span) {
        if !self.project.classes.contains(name) {
            self.unknown(
                span,
                format!("unknown class `cs.{name}`: the project has no class of that name"),
            );
        }
    }

    /// A call of `name` with `args` (`statement`: a bare name standing as a statement).
    fn call(
        &mut self,
        name: &str,
        number: Option<u32>,
        args: &[Expr],
        span: Span,
        statement: bool,
    ) {
        let reg = registry();
        let id = match number {
            Some(n) => reg.by_number(n).or_else(|| reg.by_name(name)),
            None => reg.by_name(name),
        };
        if let Some(id) = id {
            let cmd = reg.get(id);
            let star_last = matches!(args.last().map(|a| &a.kind), Some(ExprKind::Star));
            let n = match cmd.imp {
                Imp::Values(_) if star_last => args.len() - 1,
                _ => args.len(),
            };
            if n < cmd.min_args as usize || (cmd.max_args != u8::MAX && n > cmd.max_args as usize) {
                self.out.push(
                    Diagnostic::error(
                        span,
                        format!(
                            "`{}` called with {} argument(s); it takes {}",
                            cmd.name,
                            n,
                            arity(cmd.min_args, cmd.max_args)
                        ),
                    )
                    .with_label(format!("{}({})", cmd.name, cmd.params)),
                );
            }
            return;
        }
        let lower = name.to_lowercase();
        if let Some(max) = self.project.methods.get(&lower) {
            if let Some(max) = max
                && args.len() > *max
            {
                self.out.push(Diagnostic::error(
                    span,
                    format!(
                        "the method `{name}` declares {max} parameter(s) but is called with {}",
                        args.len()
                    ),
                ));
            }
            return;
        }
        let cat = catalog();
        let known = match number {
            Some(n) => cat.commands.iter().find(|c| c.number == n),
            None => cat
                .commands
                .iter()
                .find(|c| c.name.eq_ignore_ascii_case(name)),
        };
        if let Some(c) = known {
            self.out.push(warning(
                span,
                format!("the 4D command `{}` is not implemented by fourd", c.name),
            ));
            return;
        }
        if !statement && args.is_empty() {
            return;
        }
        if statement
            && cat
                .constants
                .iter()
                .any(|c| c.name.eq_ignore_ascii_case(name))
        {
            return;
        }
        self.unknown(span, format!("unknown method or command `{name}`"));
    }
}

/// The project `path` designates, when it is one (a `.4DProject` file or a folder holding
/// `Project/`); plain folders of `.4dm` files are not projects.
pub fn project_at(path: &std::path::Path) -> Option<Layout> {
    let is_project = (path.is_file()
        && path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("4DProject")))
        || (path.is_dir() && path.join("Project").join("Sources").is_dir());
    if is_project {
        crate::project::locate(path).ok()
    } else {
        None
    }
}

/// Check a project and print its diagnostics (rendered on stderr, or only the paths of
/// files with errors when `quiet`; with `github`, also `::error`/`::warning` lines on
/// stdout). Returns (files checked, files with errors).
pub fn report_project(layout: &Layout, quiet: bool, github: bool, color: bool) -> (usize, usize) {
    use std::io::Write;
    let reports = check_project(layout);
    let mut with_errors = 0;
    let stderr = std::io::stderr();
    for r in &reports {
        let errors = r.diagnostics.iter().any(|d| d.severity == Severity::Error);
        if errors {
            with_errors += 1;
        }
        if r.diagnostics.is_empty() {
            continue;
        }
        {
            let mut err = stderr.lock();
            if quiet {
                if errors {
                    let _ = writeln!(err, "{}", r.path);
                }
            } else {
                for d in &r.diagnostics {
                    let _ = write!(
                        err,
                        "{}",
                        crate::diagnostics::render(d, &r.path, &r.text, color)
                    );
                }
            }
        }
        if github {
            for d in &r.diagnostics {
                print!("{}", annotation(d, &r.path, &r.text));
            }
        }
    }
    (reports.len(), with_errors)
}

/// A diagnostic as a GitHub workflow annotation line.
pub fn annotation(d: &Diagnostic, path: &str, text: &str) -> String {
    let line = crate::diagnostics::line_col(text, d.span.start as usize).0;
    let line_text = crate::testing::report::github_error(path, line, None, &d.message);
    match d.severity {
        Severity::Error => line_text,
        Severity::Warning => line_text.replacen("::error ", "::warning ", 1),
    }
}

fn arity(min: u8, max: u8) -> String {
    match (min, max) {
        (a, b) if a == b => format!("{a}"),
        (a, u8::MAX) => format!("at least {a}"),
        (a, b) => format!("{a} to {b}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(src: &str) -> Vec<String> {
        let mut project = ProjectNames::default();
        project.methods.insert("helper".into(), Some(1));
        project.methods.insert("legacy".into(), None);
        project.classes.insert("Person".into());
        let mut names = NameSet::new();
        names.insert("helper");
        names.insert("legacy");
        let parsed = crate::parser::parse(src, Some(&names));
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        check_file(&parsed.file, &project)
            .into_iter()
            .map(|d| {
                let sev = if d.severity == Severity::Error {
                    "E"
                } else {
                    "W"
                };
                format!("{sev}: {}", d.message)
            })
            .collect()
    }

    #[test]
    fn clean_code_has_no_diagnostics() {
        let d = check(
            "var $p : Object\n$p:=cs.Person.new()\nhelper(1)\nlegacy(1; 2; 3)\nALERT(String(Length(\"abc\")))\n",
        );
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn unknown_names_arity_and_classes() {
        let d = check("nosuch(1)\nnosuch2\nhelper(1; 2)\nALERT\ncs.Nobody.new()\n");
        assert_eq!(d.len(), 5, "{d:?}");
        assert!(d[0].contains("unknown method or command `nosuch`"), "{d:?}");
        assert!(d[1].contains("`nosuch2`"), "{d:?}");
        assert!(d[2].contains("declares 1 parameter(s)"), "{d:?}");
        assert!(d[3].starts_with("E: `ALERT` called with 0"), "{d:?}");
        assert!(d[4].contains("cs.Nobody"), "{d:?}");
    }
}
