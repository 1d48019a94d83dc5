//! The evaluator: runs resolved code (`code.rs`) in a process context.
//!
//! - [`Runtime`]: what every process shares (environment, output, interprocess variables,
//!   `Storage`, the process table, the session).
//! - [`Program`]: the loaded, resolved, immutable code (methods, classes, names).
//! - [`Ctx`]: one 4D process: its value stack (frames are windows on it), process
//!   variables, error-handling state. Builtins receive `&mut Ctx`.
//!
//! Submodules: `eval` (expressions), `exec` (statements and error handling), `place`
//! (assignment targets), `call` (methods, commands, members, formulas), `class`,
//! `formula`, `shared` (shared objects and `Use`), `process`, `session`, `env`.

pub mod activity;
pub mod call;
pub mod class;
pub mod cryptokey;
pub mod env;
pub mod error;
pub mod eval;
pub mod exec;
pub mod formula;
pub mod native;
pub mod place;
pub mod privileges;
pub mod process;
pub mod session;
pub mod shared;
pub mod signal;
pub mod worker;

use crate::ast::Span;
use crate::code::Code;
use crate::resolve::Globals;
use crate::value::{Obj, Value};
use error::{R, RtError};
use parking_lot::Mutex;
use rustc_hash::FxHashMap;
use std::io::Write;
use std::sync::Arc;

/// Deepest call nesting before 4D's "stack full" error (the main thread runs on a stack
/// large enough for it; see `cli::run`).
pub const MAX_CALL_DEPTH: usize = 2000;

/// One source file of the program.
pub struct Source {
    /// Path as shown in reports.
    pub name: String,
    pub text: String,
}

/// Per-method attributes from the `//%attributes` header.
#[derive(Clone, Debug, Default)]
pub struct MethodAttrs {
    pub shared: bool,
    pub preemptive: bool,
}

/// The loaded program: resolved methods and classes. Immutable once built (the REPL builds
/// a new one per entry and swaps it in).
#[derive(Default)]
pub struct Program {
    pub sources: Vec<Source>,
    pub methods: Vec<Arc<Code>>,
    pub method_attrs: Vec<MethodAttrs>,
    pub globals: Globals,
    /// Classes by exact (case-sensitive) name.
    pub classes: FxHashMap<String, Arc<class::Class>>,
    /// The `cs` class store object, built at load.
    pub class_store: Option<Obj>,
    /// The code of the main method (script) when running a file.
    pub main: Option<Arc<Code>>,
    /// The project and how it was started (project mode, `fourd test`); `None` for scripts.
    pub project: Option<Arc<crate::project::ProjectInfo>>,
}

impl Program {
    pub fn method_id(&self, name: &str) -> Option<crate::code::MethodId> {
        self.globals.methods.get(&name.to_lowercase()).copied()
    }
}

/// Where printed output goes.
pub enum Sink {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    /// Captured (tests, doctest).
    Buffer(Vec<u8>),
}

/// State shared by every process.
pub struct Runtime {
    pub env: env::Env,
    pub out: Mutex<Sink>,
    pub interprocess: Mutex<Vec<Value>>,
    pub storage: Obj,
    pub processes: process::Table,
    pub session: session::Sessions,
    /// Stop request of `--timeout` (see `crate::limits`).
    pub interrupt: crate::limits::Interrupt,
    /// `SET ASSERT ENABLED(on)` for every process (a process's own setting wins).
    pub assert_enabled: std::sync::atomic::AtomicBool,
}

impl Runtime {
    pub fn new(env: env::Env, sink: Sink, session: session::Sessions) -> Arc<Runtime> {
        let storage = Obj::new_shared(shared::SharedGroup::new(), true);
        Arc::new(Runtime {
            env,
            out: Mutex::new(sink),
            interprocess: Mutex::new(Vec::new()),
            storage,
            processes: process::Table::new(),
            session,
            interrupt: Default::default(),
            assert_enabled: std::sync::atomic::AtomicBool::new(true),
        })
    }
    pub fn write_stdout(&self, s: &str) {
        let mut out = self.out.lock();
        let _ = match &mut *out {
            Sink::Stdout(w) => w.write_all(s.as_bytes()),
            Sink::Buffer(b) => b.write_all(s.as_bytes()),
        };
    }
    pub fn flush(&self) {
        if let Sink::Stdout(w) = &mut *self.out.lock() {
            let _ = w.flush();
        }
    }
    /// [`Runtime::flush`], giving up if the output lock stays busy longer than `wait`.
    pub fn flush_within(&self, wait: std::time::Duration) {
        if let Some(mut out) = self.out.try_lock_for(wait)
            && let Sink::Stdout(w) = &mut *out
        {
            let _ = w.flush();
        }
    }
    /// Everything captured so far (empty for stdout).
    pub fn take_captured(&self) -> String {
        match &mut *self.out.lock() {
            Sink::Buffer(b) => String::from_utf8_lossy(&std::mem::take(b)).into_owned(),
            Sink::Stdout(_) => String::new(),
        }
    }
}

/// The code a frame runs. A project method's `Code` is borrowed from the `Program` the
/// context holds (no reference count to touch per call: an atomic increment and
/// decrement were a tenth of a call's time); formulas, class functions and the main
/// method keep their own `Arc`, since the value holding them may be dropped while
/// they run.
pub struct FrameCode {
    ptr: std::ptr::NonNull<Code>,
    _owner: Option<Arc<Code>>,
}

impl FrameCode {
    pub fn owned(code: Arc<Code>) -> FrameCode {
        FrameCode {
            ptr: std::ptr::NonNull::from(&*code),
            _owner: Some(code),
        }
    }
    /// A method of `ctx.program`.
    ///
    /// SAFETY (the caller's): `ctx.program` is not replaced while the frame exists. The
    /// only place that replaces it, the REPL between entries, runs with no method frame
    /// (it asserts so), and a `Program` never drops or moves a method while held.
    pub(crate) unsafe fn borrowed(code: &Code) -> FrameCode {
        FrameCode {
            ptr: std::ptr::NonNull::from(code),
            _owner: None,
        }
    }
}

impl std::ops::Deref for FrameCode {
    type Target = Code;
    #[inline(always)]
    fn deref(&self) -> &Code {
        // SAFETY: see `borrowed`; an owned frame code keeps its `Arc`.
        unsafe { self.ptr.as_ref() }
    }
}

// SAFETY: `Code` is `Sync` and the pointer is either owned through the `Arc` or borrowed
// from the context's `Arc<Program>`, which moves with the context.
unsafe impl Send for FrameCode {}

// Pushes of a value made in registers, each its own function on purpose: inlined side by
// side, LLVM merges them into one push from a stack temporary written piece by piece
// (tag, then payload), and the whole-value read of that temporary stalls the CPU's store
// forwarding (measured on method arguments: the stall was a third of the call).

#[inline(never)]
pub(crate) fn push_real(stack: &mut Vec<Value>, x: f64) {
    stack.push(Value::Real(x));
}
#[inline(never)]
pub(crate) fn push_int(stack: &mut Vec<Value>, x: i32) {
    stack.push(Value::Int(x));
}
#[inline(never)]
pub(crate) fn push_bool(stack: &mut Vec<Value>, x: bool) {
    stack.push(Value::Bool(x));
}
/// Push `n` Undefined values, each written whole (16 zero bytes: `Value` is
/// `repr(C, u8)` and `Undefined` its first variant, so its tag is 0; a test checks it).
#[inline(always)]
pub(crate) fn push_undefined(stack: &mut Vec<Value>, n: usize) {
    stack.reserve(n);
    let len = stack.len();
    // SAFETY: the capacity is reserved; an all-zero `Value` is `Undefined` (see above);
    // the length is set after the writes.
    unsafe {
        let p = stack.as_mut_ptr().add(len).cast::<u128>();
        for i in 0..n {
            p.add(i).write_unaligned(0);
        }
        stack.set_len(len + n);
    }
}

#[inline(never)]
fn push_clone_of(stack: &mut Vec<Value>, idx: usize) {
    let v = stack[idx].clone();
    stack.push(v);
}

/// One call frame: a window on the value stack.
pub struct Frame {
    pub code: FrameCode,
    pub base: usize,
    /// Arguments actually passed (`Count parameters`).
    pub nargs: u32,
    pub this: Value,
    /// Unique per call, to detect pointers to dead locals.
    pub serial: u64,
    /// The class whose function or constructor runs (for `Super`).
    pub class: Option<Arc<class::Class>>,
    /// The caller's current statement span (for the call chain).
    pub call_span: Span,
}

/// Error-handling state of a process.
#[derive(Default)]
pub struct ErrorState {
    /// `ON ERR CALL` method name (empty = none).
    pub handler: String,
    pub in_handler: bool,
    /// Depth of active `Try` blocks and `Try(...)` expressions.
    pub try_depth: u32,
    /// `Last errors`.
    pub last: Vec<Box<RtError>>,
    /// Deferred errors (`throw({deferred: True})`) waiting for their method to end, with
    /// the frame depth that raised them.
    pub deferred: Vec<(usize, Box<RtError>)>,
}

/// Control flow out of a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    Next,
    Break,
    Continue,
    Return,
}

/// One 4D process.
pub struct Ctx {
    pub rt: Arc<Runtime>,
    pub program: Arc<Program>,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// Base of the current frame on `stack`.
    pub base: usize,
    /// Process variables.
    pub globals: Vec<Value>,
    /// Process number.
    pub process: u32,
    pub errors: ErrorState,
    /// Span of the statement being executed.
    pub span: Span,
    /// Value of the last `return expr` when the body has no result variable.
    pub ret: Value,
    serial: u64,
    arg_pool: Vec<Vec<Value>>,
    /// Formula captures to copy into the next frame (see `call_value`).
    pub(crate) pending_captures: Vec<(crate::code::Slot, Value)>,
    /// Keep the main method's locals after it returns (`--dump`).
    pub keep_main_locals: bool,
    pub main_locals: Vec<Value>,
    /// `fourd run`: the main method's locals are left to the OS at exit instead of being
    /// freed value by value (a 10 MB document takes longer to free than to parse).
    pub leak_main_locals: bool,
    /// Values recorded by `fourd doctest`'s hidden checks: (claim id, value).
    pub doctest_records: Vec<(usize, Value)>,
    /// Per-process singletons (`singleton Class constructor`).
    pub singletons: FxHashMap<String, Obj>,
    /// Constructors running on new objects (for `Super()` and `This`).
    pub constructing: Vec<class::Construction>,
    /// `SET ASSERT ENABLED(on; *)`: this process's own setting (None: the runtime's).
    pub assert_enabled: Option<bool>,
}

impl Ctx {
    pub fn new(rt: Arc<Runtime>, program: Arc<Program>, process: u32) -> Ctx {
        let globals = vec![Value::Undefined; program.globals.process_names.len()];
        Ctx {
            rt,
            program,
            stack: Vec::with_capacity(1024),
            frames: Vec::new(),
            base: 0,
            globals,
            process,
            errors: ErrorState::default(),
            span: Span::default(),
            ret: Value::Undefined,
            serial: 0,
            arg_pool: Vec::new(),
            pending_captures: Vec::new(),
            keep_main_locals: false,
            leak_main_locals: false,
            doctest_records: Vec::new(),
            main_locals: Vec::new(),
            singletons: FxHashMap::default(),
            constructing: Vec::new(),
            assert_enabled: None,
        }
    }

    // ------------------------------------------------------------------ services

    pub fn write_stdout(&mut self, s: &str) {
        self.rt.write_stdout(s);
    }
    pub fn write_stderr(&mut self, s: &str) {
        self.rt.flush();
        let _ = std::io::stderr().write_all(s.as_bytes());
    }
    pub fn env(&self) -> &env::Env {
        &self.rt.env
    }
    pub fn new_shared_object(&mut self) -> Obj {
        Obj::new_shared(shared::SharedGroup::new(), false)
    }
    pub fn new_shared_collection(&mut self) -> crate::value::Coll {
        crate::value::Coll::new_shared(shared::SharedGroup::new())
    }

    /// The evaluator's only resource check, made at the top of every statement block
    /// (so at every loop iteration and every call): one or two relaxed atomic loads; the
    /// work happens in [`Ctx::limit_error`] when `--timeout` fired or memory is over the
    /// limit (see `crate::limits`).
    #[inline(always)]
    pub fn poll_limits(&self) -> R<()> {
        if self.rt.interrupt.pending() {
            return self.limit_error();
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn limit_error(&self) -> R<()> {
        use std::sync::atomic::Ordering;
        if self.rt.interrupt.timed_out.load(Ordering::Relaxed) {
            return error::err(
                crate::limits::ERR_TIMEOUT,
                self.rt.interrupt.timeout_message(),
            );
        }
        if crate::limits::memory_exceeded() {
            return error::err(
                crate::limits::ERR_MEMORY,
                crate::limits::memory_message(None),
            );
        }
        Ok(())
    }

    // ------------------------------------------------------------------ frames

    pub fn frame(&self) -> Option<&Frame> {
        self.frames.last()
    }
    /// Drop the values above `len` (a frame's slots), skipping drop glue for numbers.
    #[inline]
    pub fn pop_stack_to(&mut self, len: usize) {
        // The values are only looked at in place (their tag byte): reading a just-written
        // value whole stalls the CPU's store forwarding.
        if self
            .stack
            .get(len..)
            .is_some_and(|s| s.iter().all(Value::is_scalar))
        {
            // SAFETY: the values above `len` need no drop, and `len` is within the length.
            unsafe { self.stack.set_len(len) }
        } else {
            self.stack.truncate(len);
        }
    }
    /// Push a copy of the stack value at `idx` (a local, as an argument).
    #[inline(always)]
    pub(crate) fn push_copy_of(&mut self, idx: usize) {
        if self.stack[idx].is_scalar() {
            // SAFETY: a scalar owns nothing: the bitwise copy is a clone. Copied whole,
            // from a slot written long before, straight onto the stack.
            let v = unsafe { std::ptr::read(&self.stack[idx]) };
            self.stack.push(v);
        } else {
            push_clone_of(&mut self.stack, idx);
        }
    }
    pub fn next_serial(&mut self) -> u64 {
        self.serial += 1;
        self.serial
    }
    /// A reusable argument buffer (no allocation per call in steady state).
    pub(crate) fn take_buffer(&mut self) -> Vec<Value> {
        self.arg_pool.pop().unwrap_or_default()
    }
    pub(crate) fn give_buffer(&mut self, mut buf: Vec<Value>) {
        buf.clear();
        self.arg_pool.push(buf);
    }

    /// A process variable's value.
    pub fn process_var(&self, slot: u32) -> Value {
        self.globals
            .get(slot as usize)
            .cloned()
            .unwrap_or(Value::Undefined)
    }
    pub fn set_process_var(&mut self, slot: u32, v: Value) {
        let i = slot as usize;
        if i >= self.globals.len() {
            self.globals.resize(i + 1, Value::Undefined);
        }
        self.globals[i] = v;
    }

    /// Run the program's main method (a script). Returns the uncaught error, if any.
    pub fn run_main(&mut self) -> R<Value> {
        let Some(main) = self.program.main.clone() else {
            return Ok(Value::Undefined);
        };
        self.invoke(&main, 0, Value::Null, None)
    }

    /// Source text and display name of a source file.
    pub fn source(&self, id: u32) -> Option<&Source> {
        self.program.sources.get(id as usize)
    }
}
