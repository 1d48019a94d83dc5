//! Loading code into a [`Program`]: a script and the project methods and classes around
//! it, parsed and resolved once.
//!
//! A script's folder supplies project methods (every other `.4dm` file, named by its file
//! stem, spaces allowed) and classes (`Classes/<Name>.4dm`). A 4D project supplies
//! `Project/Sources/Methods/` and `Project/Sources/Classes/`. Every method is parsed
//! eagerly; a method whose file has syntax errors is still registered and raises an error
//! when called, so one broken file does not stop the others.

use crate::ast::{self, ClassMemberKind, ExprKind, Ident, Span, StmtKind};
use crate::code::Code;
use crate::diagnostics::Diagnostic;
use crate::interp::class::{Class, class_object};
use crate::interp::error::{R, codes, err};
use crate::interp::{Ctx, MethodAttrs, Program, Source};
use crate::keys::Key;
use crate::names::NameSet;
use crate::resolve::{BodyKind, Globals, Resolver};
use crate::value::{Obj, Value};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Syntax errors found while loading, with the source they belong to.
pub struct LoadDiagnostic {
    pub source: u32,
    pub diagnostic: Diagnostic,
}

pub struct Loaded {
    pub program: Program,
    pub diagnostics: Vec<LoadDiagnostic>,
    /// Syntax errors of project methods (not in `diagnostics`: a broken method is still
    /// registered and fails when called; project mode and `fourd check` report them).
    pub method_diagnostics: Vec<LoadDiagnostic>,
}

/// Where code comes from.
#[derive(Default)]
pub struct Sources {
    /// The main script (display name, text), if any.
    pub main: Option<(String, String)>,
    /// Project methods: (method name, display path, text).
    pub methods: Vec<(String, String, String)>,
    /// Classes: (class name, display path, text).
    pub classes: Vec<(String, String, String)>,
}

/// `.4dm` files of a folder: (stem, path), sorted.
pub fn list_4dm(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for entry in rd.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "4dm")
                && path.is_file()
                && let Some(stem) = path.file_stem().and_then(|s| s.to_str())
            {
                out.push((stem.to_string(), path));
            }
        }
    }
    out.sort();
    out
}

/// Read a file as text, accepting any bytes (invalid UTF-8 is replaced, a BOM dropped).
pub fn read_source(path: &Path) -> std::io::Result<String> {
    let bytes = std::fs::read(path)?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text))
}

/// Sources for running `script`: its folder's other `.4dm` files and `Classes/`.
pub fn script_sources(script: &Path) -> std::io::Result<Sources> {
    let text = read_source(script)?;
    let display = script.display().to_string();
    let dir = script.parent().map(Path::to_path_buf).unwrap_or_default();
    let dir = if dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        dir
    };
    let mut sources = Sources {
        main: Some((display, text)),
        ..Sources::default()
    };
    for (stem, path) in list_4dm(&dir) {
        if let Ok(t) = read_source(&path) {
            sources.methods.push((stem, path.display().to_string(), t));
        }
    }
    for (stem, path) in list_4dm(&dir.join("Classes")) {
        if let Ok(t) = read_source(&path) {
            sources.classes.push((stem, path.display().to_string(), t));
        }
    }
    Ok(sources)
}

/// Parse and resolve everything.
pub fn load(sources: Sources) -> Loaded {
    let mut program = Program::default();
    let mut globals = Globals::new();
    let mut diagnostics = Vec::new();
    let mut method_diagnostics = Vec::new();
    let mut names = NameSet::new();
    for (name, _, _) in &sources.methods {
        names.insert(name);
    }
    // Register method ids first so every body can call every method.
    for (i, (name, _, _)) in sources.methods.iter().enumerate() {
        globals.methods.insert(name.to_lowercase(), i as u32);
    }
    let mut parsed_methods = Vec::new();
    for (name, path, text) in &sources.methods {
        let id = program.sources.len() as u32;
        program.sources.push(Source {
            name: path.clone(),
            text: text.clone(),
        });
        let parsed = crate::parser::parse(text, Some(&names));
        parsed_methods.push((name.clone(), id, parsed));
    }
    for (name, source, parsed) in parsed_methods {
        let text = &program.sources[source as usize].text;
        let attrs = attributes(parsed.file.attributes.as_deref());
        for d in &parsed.diagnostics {
            method_diagnostics.push(LoadDiagnostic {
                source,
                diagnostic: d.clone(),
            });
        }
        let code = if parsed.diagnostics.is_empty() {
            resolve_method(&mut globals, &name, source, text, &parsed.file)
        } else {
            failing_method(&name, source, &parsed.diagnostics[0])
        };
        program.methods.push(Arc::new(code));
        program.method_attrs.push(attrs);
    }
    // Classes.
    let mut classes = Vec::new();
    for (name, path, text) in &sources.classes {
        let (source, parsed) = add_parsed(&mut program, &mut diagnostics, path, text, &names);
        let class = build_class(&mut globals, name, source, text, &parsed.file);
        classes.push(Arc::new(class));
    }
    link_classes(&mut program, classes);
    // The main script.
    if let Some((path, text)) = &sources.main {
        let (source, parsed) = add_parsed(&mut program, &mut diagnostics, path, text, &names);
        let stem = Path::new(path)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("main")
            .to_string();
        let code = resolve_method(&mut globals, &stem, source, text, &parsed.file);
        program.main = Some(Arc::new(code));
    }
    program.globals = globals;
    Loaded {
        program,
        diagnostics,
        method_diagnostics,
    }
}

/// Register a source whose syntax errors stop the run (classes, the main script): parse it
/// and record its diagnostics.
fn add_parsed(
    program: &mut Program,
    diagnostics: &mut Vec<LoadDiagnostic>,
    path: &str,
    text: &str,
    names: &NameSet,
) -> (u32, crate::parser::Parsed) {
    let source = program.sources.len() as u32;
    program.sources.push(Source {
        name: path.to_string(),
        text: text.to_string(),
    });
    let parsed = crate::parser::parse(text, Some(names));
    diagnostics.extend(parsed.diagnostics.iter().map(|d| LoadDiagnostic {
        source,
        diagnostic: d.clone(),
    }));
    (source, parsed)
}

fn attributes(json: Option<&str>) -> MethodAttrs {
    let Some(json) = json else {
        return MethodAttrs::default();
    };
    let v: serde_json::Value = serde_json::from_str(json).unwrap_or(serde_json::Value::Null);
    MethodAttrs {
        shared: v.get("shared").and_then(|x| x.as_bool()).unwrap_or(false),
        preemptive: v
            .get("preemptive")
            .and_then(|x| x.as_str())
            .is_some_and(|s| s == "capable"),
    }
}

pub fn resolve_method(
    globals: &mut Globals,
    name: &str,
    source: u32,
    text: &str,
    file: &ast::File,
) -> Code {
    let mut r = Resolver::new(globals, name, source, text, BodyKind::Method);
    if let Some(d) = &file.declare {
        r.declare(d);
    }
    let span = Span::new(0, text.len());
    r.finish(&file.body, span)
}

fn failing_method(name: &str, source: u32, d: &Diagnostic) -> Code {
    use crate::code::{Stmt, StmtKind as S};
    Code {
        name: name.to_string(),
        source,
        body: vec![Stmt {
            kind: S::Fail {
                code: codes::GENERIC,
                message: format!("The method `{name}` has a syntax error: {}", d.message),
            },
            span: d.span,
        }],
        span: d.span,
        ..Code::default()
    }
}

fn build_class(
    globals: &mut Globals,
    name: &str,
    source: u32,
    text: &str,
    file: &ast::File,
) -> Class {
    let mut class = Class {
        name: name.to_string(),
        store: "cs",
        ..Class::default()
    };
    let mut init_stmts: Vec<ast::Stmt> = Vec::new();
    for m in &file.members {
        match &m.kind {
            ClassMemberKind::Extends(path) => {
                class.extends = path.last().map(|i| i.name.clone());
            }
            ClassMemberKind::Constructor {
                modifiers,
                declare,
                body,
            } => {
                class.shared |= modifiers.shared;
                class.singleton |= modifiers.singleton;
                class.session_singleton |= modifiers.session;
                let mut r = Resolver::new(
                    globals,
                    &format!("{name}:constructor"),
                    source,
                    text,
                    BodyKind::Constructor,
                );
                r.declare(declare);
                class.constructor = Some(Arc::new(r.finish(body, m.span)));
            }
            ClassMemberKind::Function {
                modifiers,
                accessor,
                name: fname,
                declare,
                body,
            } => {
                let mut r = Resolver::new(
                    globals,
                    &format!("{name}.{}", fname.name),
                    source,
                    text,
                    BodyKind::Function,
                );
                r.declare(declare);
                let code = Arc::new(r.finish(body, m.span));
                let key = Key::intern(&fname.name);
                match accessor {
                    ast::Accessor::Normal => {
                        class.functions.insert(key, code);
                    }
                    ast::Accessor::Get => {
                        class.getters.insert(key, code);
                    }
                    ast::Accessor::Set => {
                        class.setters.insert(key, code);
                    }
                    // ORDA computed-attribute hooks need a datastore; fourd runs dataless.
                    ast::Accessor::Query | ast::Accessor::OrderBy => {}
                }
                if modifiers.shared {
                    class.shared_functions.insert(key);
                }
            }
            ClassMemberKind::Property { names, init, .. } => {
                if let (Some(init), Some(n)) = (init, names.last()) {
                    init_stmts.push(assign_this(n, init.clone(), m.span));
                }
            }
        }
    }
    if !init_stmts.is_empty() {
        let r = Resolver::new(
            globals,
            &format!("{name}:properties"),
            source,
            text,
            BodyKind::Function,
        );
        class.init = Some(Arc::new(r.finish(&init_stmts, Span::default())));
    }
    class
}

/// `This.name := init` (a property initialiser as a statement).
fn assign_this(name: &Ident, init: ast::Expr, span: Span) -> ast::Stmt {
    let this = ast::Expr {
        kind: ExprKind::This,
        span,
    };
    let target = ast::Expr {
        kind: ExprKind::Member {
            object: Box::new(this),
            name: name.clone(),
        },
        span,
    };
    ast::Stmt {
        kind: StmtKind::Assign {
            target,
            op: ast::AssignOp::Set,
            value: init,
        },
        span,
    }
}

fn link_classes(program: &mut Program, classes: Vec<Arc<Class>>) {
    for c in &classes {
        program.classes.insert(c.name.clone(), c.clone());
    }
    for c in &classes {
        let parent = c.extends.as_ref().and_then(|p| {
            program
                .classes
                .get(p)
                .cloned()
                .or_else(|| crate::interp::class::builtin_class(p))
        });
        let _ = c.superclass.set(parent);
    }
    let store = Obj::new_shared(crate::interp::shared::SharedGroup::new(), true);
    for c in &classes {
        store.set_raw(Key::intern(&c.name), Value::Object(class_object(c)));
    }
    program.class_store = Some(store);
}

/// Load a snippet (`fourd run -e`) with the methods and classes of `dir`.
pub fn snippet_sources(code: &str, dir: &Path) -> Sources {
    let mut sources = script_sources_in(dir);
    sources.main = Some(("<snippet>".to_string(), code.to_string()));
    sources
}

fn script_sources_in(dir: &Path) -> Sources {
    let mut sources = Sources::default();
    for (stem, path) in list_4dm(dir) {
        if let Ok(t) = read_source(&path) {
            sources.methods.push((stem, path.display().to_string(), t));
        }
    }
    for (stem, path) in list_4dm(&dir.join("Classes")) {
        if let Ok(t) = read_source(&path) {
            sources.classes.push((stem, path.display().to_string(), t));
        }
    }
    sources
}

/// `Formula from string(text)`: parse and resolve now; local variables are not allowed
/// (error -10737).
pub fn formula_from_string(ctx: &mut Ctx, text: &str) -> R {
    let parsed = crate::parser::parse(text, None);
    if let Some(d) = parsed.diagnostics.first() {
        return err(
            codes::GENERIC,
            format!("Formula from string: {}", d.message),
        );
    }
    let Some(stmt) = parsed.file.body.first() else {
        return err(codes::GENERIC, "Formula from string: empty formula");
    };
    let StmtKind::Expr(expr) = &stmt.kind else {
        return err(
            codes::GENERIC,
            "Formula from string: the text must be an expression",
        );
    };
    if uses_named_local(expr) {
        return err(
            codes::FORMULA_LOCAL,
            "Local variables cannot be used in a formula created from a string",
        );
    }
    let call = ast::Expr {
        kind: ExprKind::Call {
            callee: Box::new(ast::Expr {
                kind: ExprKind::Name("Formula".into()),
                span: Span::default(),
            }),
            args: vec![expr.clone()],
        },
        span: expr.span,
    };
    let mut globals = ctx.program.globals.clone();
    let resolved = {
        let mut r = Resolver::new(&mut globals, "Formula", 0, text, BodyKind::Method);
        r.expr(&call)
    };
    ctx.eval(&resolved)
}

/// True when `e` uses a named local (`$name`); numbered parameters are allowed.
fn uses_named_local(e: &ast::Expr) -> bool {
    let mut found = false;
    crate::resolve::visit_expr(e, &mut |x| {
        if let ExprKind::Local(name) = &x.kind
            && name.parse::<u32>().is_err()
        {
            found = true;
        }
    });
    found
}
