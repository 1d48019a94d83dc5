//! The persistent REPL session: one [`Runtime`] and one main process ([`Ctx`], process
//! number 1) that live as long as the REPL.
//!
//! Every entry is parsed, resolved against the locals of the previous entries
//! ([`Resolver::continuing`]) and run in one persistent frame at the bottom of the value
//! stack, so `$locals` keep their values and declared types between entries; process
//! variables, shared objects, `Storage` and started processes persist too. The methods of
//! the current folder and its `Classes/` are loaded once at start (and again by
//! `:reset`).
//!
//! The program is immutable while code runs, so each entry gets a new [`Program`] (the
//! same methods and classes, one more source: the entry, named `<entry N>`), swapped into
//! the context before the entry runs. Reports point into the entry as typed.

use crate::ast::Span;
use crate::code::{Code, Expr, Place, Slot, Stmt, StmtKind as S};
use crate::diagnostics::render;
use crate::interp::{Ctx, Flow, Frame, FrameCode, Program, Runtime, Sink, Source};
use crate::names::NameSet;
use crate::resolve::{Globals, Resolver};
use crate::value::Value;
use rustc_hash::FxHashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What an entry produced.
#[derive(Debug)]
pub enum Outcome {
    /// Statements ran; nothing to show.
    Done,
    /// An expression entered alone: its value.
    Value(Value),
    /// An assignment to a variable with `:echo on`: its name and new value.
    Assigned(String, Value),
}

/// The session: the main process and what its entries have declared.
pub struct Session {
    pub ctx: Ctx,
    /// Methods, process and interprocess variables, grown by each entry.
    globals: Globals,
    /// The code of the last entry: its slot table is the session's locals.
    code: Arc<Code>,
    /// Lower-cased local name → slot.
    locals: FxHashMap<String, Slot>,
    /// The folder's method names (for the lexer's multi-word names).
    names: NameSet,
    /// Entries run so far (`<entry N>` names).
    pub entries: u32,
    /// Folder whose methods and classes are loaded.
    pub dir: PathBuf,
    /// Colour in reports.
    pub color: bool,
    /// Show the value of an assignment (`:echo on`).
    pub echo: bool,
}

impl Session {
    /// A session over `dir`'s methods and `Classes/`; `sink` receives 4D output. Returns
    /// the reports of files that did not load cleanly, too.
    pub fn new(dir: &Path, sink: Sink, color: bool) -> (Session, Vec<String>) {
        let mut sources = crate::program::snippet_sources("", dir);
        sources.main = None;
        let loaded = crate::program::load(sources);
        let mut warnings = Vec::new();
        for d in &loaded.diagnostics {
            let src = &loaded.program.sources[d.source as usize];
            warnings.push(render(&d.diagnostic, &src.name, &src.text, color));
        }
        let program = loaded.program;
        let mut names = NameSet::new();
        for name in program.globals.methods.keys() {
            names.insert(name);
        }
        let globals = program.globals.clone();
        let env = crate::interp::env::Env::from_environment();
        let created = env.start_utc();
        let rt = Runtime::new(env, sink, crate::interp::session::Sessions::standalone());
        let number =
            rt.processes
                .register("Main process", crate::interp::process::TYPE_MAIN, created);
        rt.processes.attach_thread(number);
        crate::interp::worker::register_main(&rt, number);
        let mut ctx = Ctx::new(rt, Arc::new(program), number);
        let code = Arc::new(Code {
            name: "<session>".into(),
            ..Code::default()
        });
        let serial = ctx.next_serial();
        ctx.frames.push(Frame {
            code: FrameCode::owned(code.clone()),
            base: 0,
            nargs: 0,
            this: Value::Null,
            serial,
            class: None,
            call_span: Span::default(),
        });
        let session = Session {
            ctx,
            globals,
            code,
            locals: FxHashMap::default(),
            names,
            entries: 0,
            dir: dir.to_path_buf(),
            color,
            echo: false,
        };
        (session, warnings)
    }

    /// End the session as `fourd run` ends: wait up to `timeout` for started processes
    /// and worker mailboxes, then stop the workers. Returns the processes still running
    /// (number, name).
    pub fn close(&mut self, timeout: std::time::Duration) -> Vec<(u32, String)> {
        let late = crate::interp::worker::wait_for_quiet(&mut self.ctx, timeout);
        self.ctx.rt.flush();
        late
    }

    pub fn rt(&self) -> &Arc<Runtime> {
        &self.ctx.rt
    }

    /// The project's method names (for the lexer and completion).
    pub fn names(&self) -> &NameSet {
        &self.names
    }

    /// Run one entry (`text` as typed). `name` is the source name in reports (`None`:
    /// `<entry N>`). Errors come back as rendered reports.
    pub fn run(&mut self, text: &str, name: Option<&str>) -> Result<Outcome, String> {
        self.run_entry(text, name, false)
    }

    /// Run an entry that must be a lone expression and return its value, even when it
    /// is a call that returned nothing (`:type`).
    pub fn eval(&mut self, text: &str) -> Result<Value, String> {
        match self.run_entry(text, None, true)? {
            Outcome::Value(v) => Ok(v),
            _ => Err("not an expression: give one expression\n".into()),
        }
    }

    fn run_entry(
        &mut self,
        text: &str,
        name: Option<&str>,
        always_value: bool,
    ) -> Result<Outcome, String> {
        self.entries += 1;
        let name = name
            .map(str::to_string)
            .unwrap_or_else(|| format!("<entry {}>", self.entries));
        let parse_text = super::input::parse_text(text, Some(&self.names));
        let parsed = crate::parser::parse(&parse_text, Some(&self.names));
        if !parsed.diagnostics.is_empty() {
            return Err(parsed
                .diagnostics
                .iter()
                .map(|d| render(d, &name, text, self.color))
                .collect());
        }
        if let Some(m) = parsed.file.members.first() {
            let d = crate::diagnostics::Diagnostic::error(
                m.span,
                "class members cannot be entered in the REPL",
            )
            .with_label("write classes in Classes/<Name>.4dm, then :reset");
            return Err(render(&d, &name, text, self.color));
        }
        // Messages posted to the main process while the prompt waited.
        crate::interp::worker::run_own_mailbox(&mut self.ctx);
        let source = self.ctx.program.sources.len() as u32;
        let lone_expr = parsed.file.body.len() == 1
            && matches!(parsed.file.body[0].kind, crate::ast::StmtKind::Expr(_));
        if always_value && !lone_expr {
            return Err("not an expression: give one expression\n".into());
        }
        let (code, mut shape) = self.resolve(&parsed.file, &name, source, &parse_text);
        if let Shape::Expression { quiet_if_undefined } = &mut shape
            && always_value
        {
            *quiet_if_undefined = false;
        }
        self.install_program(&name, text);
        self.execute(code, shape)
    }

    /// Resolve an entry with the session's locals; turn a lone expression into `return`.
    fn resolve(
        &mut self,
        file: &crate::ast::File,
        name: &str,
        source: u32,
        text: &str,
    ) -> (Arc<Code>, Shape) {
        let prev = &self.code;
        let base = Code {
            name: name.to_string(),
            source,
            nslots: prev.nslots,
            slot_names: prev.slot_names.clone(),
            slot_types: prev.slot_types.clone(),
            declared: prev.declared.clone(),
            ..Code::default()
        };
        let locals = std::mem::take(&mut self.locals);
        let r = Resolver::continuing(&mut self.globals, base, locals, text);
        let (mut code, locals) = r.finish_continued(&file.body, Span::new(0, text.len()));
        self.locals = locals;
        let mut shape = Shape::Statements;
        if code.body.len() == 1 {
            let stmt = code.body.pop().expect("one statement");
            let kind = match stmt.kind {
                S::Expr(e) => {
                    shape = Shape::Expression {
                        quiet_if_undefined: is_call(&e),
                    };
                    S::Return(Some(e))
                }
                S::SetLocal { slot, value, ty } => {
                    shape = Shape::Assigns(Place::Local(slot));
                    S::SetLocal { slot, value, ty }
                }
                S::AppendLocal { slot, parts } => {
                    shape = Shape::Assigns(Place::Local(slot));
                    S::AppendLocal { slot, parts }
                }
                S::Assign { target, op, value } => {
                    if let Place::Local(_) | Place::Process(_) | Place::Interprocess(_) = target {
                        shape = Shape::Assigns(clone_place(&target));
                    }
                    S::Assign { target, op, value }
                }
                S::Declare { target, ty, init } => {
                    if init.is_some()
                        && let Place::Local(_) | Place::Process(_) | Place::Interprocess(_) = target
                    {
                        shape = Shape::Assigns(clone_place(&target));
                    }
                    S::Declare { target, ty, init }
                }
                other => other,
            };
            code.body.push(Stmt {
                kind,
                span: stmt.span,
            });
        }
        (Arc::new(code), shape)
    }

    /// A new program: the current one plus the entry's source.
    fn install_program(&mut self, name: &str, text: &str) {
        let p = &self.ctx.program;
        let mut sources: Vec<Source> = p
            .sources
            .iter()
            .map(|s| Source {
                name: s.name.clone(),
                text: s.text.clone(),
            })
            .collect();
        sources.push(Source {
            name: name.to_string(),
            text: text.to_string(),
        });
        let program = Program {
            sources,
            methods: p.methods.clone(),
            method_attrs: p.method_attrs.clone(),
            globals: self.globals.clone(),
            classes: p.classes.clone(),
            class_store: p.class_store.clone(),
            main: None,
            project: p.project.clone(),
        };
        // Frames borrow their methods from the program (`FrameCode::borrowed`): only the
        // session frame may exist when it is replaced.
        assert!(
            self.ctx.frames.len() <= 1,
            "program replaced under a running method"
        );
        self.ctx.program = Arc::new(program);
    }

    /// Run the entry's code in the persistent frame.
    fn execute(&mut self, code: Arc<Code>, shape: Shape) -> Result<Outcome, String> {
        let n = code.nslots as usize;
        let ctx = &mut self.ctx;
        ctx.frames.truncate(1);
        ctx.frames[0].code = FrameCode::owned(code.clone());
        ctx.base = 0;
        ctx.stack.resize(n, Value::Undefined);
        ctx.ret = Value::Undefined;
        let result = ctx.exec_block(&code.body);
        // Whatever happened, the session frame is the only one left.
        ctx.frames.truncate(1);
        ctx.stack.truncate(n);
        ctx.base = 0;
        ctx.errors.try_depth = 0;
        ctx.errors.in_handler = false;
        self.code = code;
        // Messages the entry's workers sent back to the main process.
        crate::interp::worker::run_own_mailbox(&mut self.ctx);
        match result {
            Err(e) => {
                self.ctx.rt.flush();
                Err(crate::cli::run::render_runtime_error(
                    &self.ctx, &e, self.color,
                ))
            }
            Ok(flow) => Ok(match shape {
                Shape::Expression { quiet_if_undefined } if flow == Flow::Return => {
                    let v = std::mem::take(&mut self.ctx.ret);
                    if quiet_if_undefined && v.is_undefined() {
                        Outcome::Done
                    } else {
                        Outcome::Value(v)
                    }
                }
                Shape::Assigns(place) if self.echo => {
                    let (name, v) = self.read_place(&place);
                    Outcome::Assigned(name, v)
                }
                _ => Outcome::Done,
            }),
        }
    }

    fn read_place(&self, place: &Place) -> (String, Value) {
        match place {
            Place::Local(slot) => (
                format!("${}", self.code.slot_names[*slot as usize]),
                self.ctx
                    .stack
                    .get(*slot as usize)
                    .cloned()
                    .unwrap_or_default(),
            ),
            Place::Process(slot) => (
                self.globals.process_names[*slot as usize].clone(),
                self.ctx.process_var(*slot),
            ),
            Place::Interprocess(slot) => (
                format!("<>{}", self.globals.inter_names[*slot as usize]),
                self.ctx
                    .rt
                    .interprocess
                    .lock()
                    .get(*slot as usize)
                    .cloned()
                    .unwrap_or_default(),
            ),
            _ => (String::new(), Value::Undefined),
        }
    }

    /// The session's locals: (name without `$`, declared type, value), in slot order.
    pub fn locals(&self) -> Vec<(String, Option<crate::code::VarType>, Value)> {
        let code = &self.code;
        (0..code.nslots as usize)
            .map(|i| {
                (
                    code.slot_names[i].clone(),
                    code.slot_types[i].clone(),
                    self.ctx.stack.get(i).cloned().unwrap_or_default(),
                )
            })
            .collect()
    }

    /// The value of a local by name (without `$`, any case).
    pub fn local(&self, name: &str) -> Option<Value> {
        let slot = *self.locals.get(&name.to_lowercase())?;
        self.ctx.stack.get(slot as usize).cloned()
    }

    /// The value of a process variable by name, if one exists.
    pub fn process_var(&self, name: &str) -> Option<Value> {
        let slot = *self.globals.process_vars.get(&name.to_lowercase())?;
        Some(self.ctx.process_var(slot))
    }

    /// Names of process variables known to the session.
    pub fn process_var_names(&self) -> &[String] {
        &self.globals.process_names
    }
}

/// What kind of entry ran (decides what is printed).
enum Shape {
    Statements,
    /// A lone expression; calls that return nothing print nothing.
    Expression {
        quiet_if_undefined: bool,
    },
    /// A lone assignment or `var` with a value, to this variable.
    Assigns(Place),
}

/// A call whose Undefined result means "returns nothing" (`ALERT("x")`, a method).
fn is_call(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Command { .. }
            | Expr::Method { .. }
            | Expr::MemberCall { .. }
            | Expr::CallValue { .. }
            | Expr::SuperCall { .. }
            | Expr::SuperConstructor(_)
            | Expr::Unimplemented(_)
    )
}

fn clone_place(p: &Place) -> Place {
    match p {
        Place::Local(s) => Place::Local(*s),
        Place::Process(s) => Place::Process(*s),
        Place::Interprocess(s) => Place::Interprocess(*s),
        _ => Place::Local(0),
    }
}
