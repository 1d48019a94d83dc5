//! Resource limits of a run: memory (`--max-memory`), time (`--timeout`), and the one
//! cheap check the evaluator makes to notice either (`Ctx::poll_limits`, called once at
//! the top of every `exec_block`, so at every loop iteration and every method call).
//!
//! - **Memory.** The `fourd` binary installs [`CountingAlloc`] as its global allocator:
//!   the system allocator plus a per-thread byte count, added to a global atomic every
//!   256 KB (see `BATCH`), so [`allocated`] is the number of live heap bytes (to within
//!   256 KB per thread). When an allocation takes
//!   the total over the limit, the allocator raises the global [`MEMORY_PENDING`] flag; the
//!   evaluator's next poll turns it into 4D-style error -108 "Not enough memory" in the
//!   process that allocates (catchable with `Try`; memory freed by unwinding clears the
//!   flag). An allocation cannot fail gracefully in Rust (the allocator would abort), so
//!   builtins that size a buffer from a 4D value (`"x"*n`, `resize`, `ARRAY ...`) ask
//!   [`reserve`] first and raise the same error before allocating.
//!   Default limit: [`default_max_memory`] (3/4 of physical memory, 4 GiB when unknown).
//! - **Time.** `--timeout SECONDS` starts a watchdog thread ([`Watchdog`]); when the time
//!   is up it sets the runtime's [`Interrupt`], and every process's next poll raises error
//!   -10791 "Time limit exceeded". That error cannot be caught for long: the flag stays
//!   set, so the first statement block of a `Catch` or handler raises it again. A process
//!   blocked outside the evaluator (a `DELAY PROCESS`, a signal wait) does not poll: after
//!   a grace period the watchdog flushes the output, reports, and exits the process itself.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicUsize, Ordering};

/// Live heap bytes (counted only when [`CountingAlloc`] is the global allocator). Signed:
/// a thread may free what another allocated before either has flushed its batch.
static ALLOCATED: AtomicIsize = AtomicIsize::new(0);
/// The memory limit in bytes (`usize::MAX`: none).
static LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);
/// Set by the allocator when [`ALLOCATED`] goes over [`LIMIT`]; cleared by the poll once
/// usage is back under the limit.
pub static MEMORY_PENDING: AtomicBool = AtomicBool::new(false);

/// 4D's "Not enough memory to perform this operation" (OS error -108, as 4D reports it).
pub const ERR_MEMORY: i64 = -108;
/// fourd's own: the `--timeout` limit was reached (4D has no such limit).
pub const ERR_TIMEOUT: i64 = -10791;

/// Exit code of a run stopped by `--timeout` or by the memory limit.
pub const EXIT_LIMIT: i32 = 4;
/// Exit code of an internal error (a bug in fourd: a Rust panic), as sysexits' EX_SOFTWARE.
pub const EXIT_INTERNAL: i32 = 70;

/// The system allocator, counting live bytes (see the module documentation).
pub struct CountingAlloc;

/// Each thread sums its allocations and releases locally and adds them to [`ALLOCATED`]
/// once they reach this many bytes either way: one shared atomic add per allocation made
/// allocation-heavy 4D code ~20% slower on two threads; batching makes the count exact to
/// within this much per thread (allocations at least this big are counted at once).
const BATCH: isize = 256 * 1024;

thread_local! {
    static LOCAL: Cell<isize> = const { Cell::new(0) };
}

#[inline]
fn account(delta: isize) {
    let full = LOCAL.try_with(|l| {
        let v = l.get() + delta;
        if v >= BATCH || v <= -BATCH {
            l.set(0);
            Some(v)
        } else {
            l.set(v);
            None
        }
    });
    match full {
        Ok(None) => {}
        Ok(Some(v)) => apply(v),
        // The thread is ending and its local counter is gone: count directly.
        Err(_) => apply(delta),
    }
}

#[cold]
fn apply(v: isize) {
    let now = ALLOCATED.fetch_add(v, Ordering::Relaxed) + v;
    if v > 0 && now.max(0) as usize > LIMIT.load(Ordering::Relaxed) {
        MEMORY_PENDING.store(true, Ordering::Relaxed);
    }
}

#[inline]
fn added(size: usize) {
    account(size as isize);
}

#[inline]
fn removed(size: usize) {
    account(-(size as isize));
}

// SAFETY: every method forwards to `System` with the same arguments and only updates
// counters; the returned pointers and their validity are `System`'s.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            added(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            added(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as is.
        unsafe { System.dealloc(ptr, layout) };
        removed(layout.size());
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as is.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                added(new_size - layout.size());
            } else {
                removed(layout.size() - new_size);
            }
        }
        p
    }
}

/// Live heap bytes (0 when the counting allocator is not installed, as in most tests).
pub fn allocated() -> usize {
    ALLOCATED.load(Ordering::Relaxed).max(0) as usize
}

/// The memory limit in bytes (`usize::MAX` when none).
pub fn max_memory() -> usize {
    LIMIT.load(Ordering::Relaxed)
}

/// Set the memory limit (`usize::MAX`: none).
pub fn set_max_memory(bytes: usize) {
    LIMIT.store(bytes, Ordering::Relaxed);
    MEMORY_PENDING.store(allocated() > bytes, Ordering::Relaxed);
}

/// The limit used when `--max-memory` is not given: 3/4 of the physical memory
/// (`/proc/meminfo`), or 4 GiB where that cannot be read.
pub fn default_max_memory() -> usize {
    let total = std::fs::read_to_string("/proc/meminfo").ok().and_then(|s| {
        let line = s.lines().find(|l| l.starts_with("MemTotal:"))?;
        let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
        kb.checked_mul(1024)
    });
    match total {
        Some(t) => t / 4 * 3,
        None => 4 << 30,
    }
}

/// Parse a memory size: a number of bytes with an optional K, M, G suffix (powers of
/// 1024, optional trailing `B`), or `none`.
pub fn parse_size(text: &str) -> Option<usize> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("none") {
        return Some(usize::MAX);
    }
    let upper = t.to_ascii_uppercase();
    let t = upper.strip_suffix('B').unwrap_or(&upper);
    let (num, mult) = match t.chars().last()? {
        'K' => (&t[..t.len() - 1], 1usize << 10),
        'M' => (&t[..t.len() - 1], 1 << 20),
        'G' => (&t[..t.len() - 1], 1 << 30),
        _ => (t, 1),
    };
    let n: f64 = num.trim().parse().ok()?;
    if !n.is_finite() || n <= 0.0 {
        return None;
    }
    let bytes = n * mult as f64;
    (bytes < usize::MAX as f64).then_some(bytes as usize)
}

/// A size for messages: "512 MB".
pub fn describe(bytes: usize) -> String {
    if bytes == usize::MAX {
        "no limit".into()
    } else if bytes >= 1 << 30 && bytes.is_multiple_of(1 << 30) {
        format!("{} GB", bytes >> 30)
    } else {
        format!("{} MB", bytes.div_ceil(1 << 20))
    }
}

/// Can `bytes` more be allocated without going over the limit? Builtins that size a
/// buffer from a 4D value call this first; the error text is the -108 message.
pub fn reserve(bytes: usize) -> Result<(), String> {
    let limit = max_memory();
    if allocated().saturating_add(bytes) > limit {
        return Err(memory_message(Some(bytes)));
    }
    Ok(())
}

/// [`reserve`] for `count` items of `size` bytes each.
pub fn reserve_items(count: usize, size: usize) -> Result<(), String> {
    reserve(count.saturating_mul(size))
}

/// The text of error -108.
pub fn memory_message(request: Option<usize>) -> String {
    let what = match request {
        Some(b) => format!(" (asked for {} more)", describe(b)),
        None => String::new(),
    };
    format!(
        "Not enough memory to perform this operation: fourd's memory limit of {} is reached{what} (see --max-memory)",
        describe(max_memory())
    )
}

/// Is the memory limit exceeded now? Clears the pending flag when it no longer is.
pub fn memory_exceeded() -> bool {
    if allocated() > max_memory() {
        true
    } else {
        MEMORY_PENDING.store(false, Ordering::Relaxed);
        false
    }
}

/// A runtime's stop request (`--timeout`), polled by its processes.
#[derive(Default)]
pub struct Interrupt {
    /// Set when the time limit is reached; stays set.
    pub timed_out: AtomicBool,
    /// The limit, in seconds, for the message.
    pub seconds: parking_lot::Mutex<f64>,
    /// One process already reported the timeout (others stay quiet).
    pub reported: AtomicBool,
}

impl Interrupt {
    /// True when something needs the slow path: a timeout or the memory limit.
    #[inline(always)]
    pub fn pending(&self) -> bool {
        self.timed_out.load(Ordering::Relaxed) | MEMORY_PENDING.load(Ordering::Relaxed)
    }
    /// The text of error -10791.
    pub fn timeout_message(&self) -> String {
        format!(
            "Time limit exceeded: the run was stopped after {}s (--timeout)",
            *self.seconds.lock()
        )
    }
}

/// The `--timeout` watchdog: a thread that sets the runtime's interrupt when the time is
/// up, then, if the run has not ended after [`GRACE`], runs `on_stuck` (which reports and
/// exits the process). Dropping the watchdog (the run ended) stops the thread.
pub struct Watchdog {
    done: std::sync::mpsc::Sender<()>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// How long processes get to notice the timeout before the watchdog ends the run itself.
pub const GRACE: std::time::Duration = std::time::Duration::from_secs(2);

impl Watchdog {
    pub fn start(
        interrupt: std::sync::Arc<crate::interp::Runtime>,
        after: std::time::Duration,
        on_stuck: impl FnOnce() + Send + 'static,
    ) -> Watchdog {
        use std::sync::mpsc::RecvTimeoutError;
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        *interrupt.interrupt.seconds.lock() = after.as_secs_f64();
        let thread = std::thread::Builder::new()
            .name("fourd-watchdog".into())
            .spawn(move || {
                if rx.recv_timeout(after) != Err(RecvTimeoutError::Timeout) {
                    return;
                }
                interrupt.interrupt.timed_out.store(true, Ordering::Relaxed);
                interrupt.processes.notify();
                if rx.recv_timeout(GRACE) == Err(RecvTimeoutError::Timeout) {
                    on_stuck();
                }
            })
            .ok();
        Watchdog { done: tx, thread }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        let _ = self.done.send(());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Install the panic hook of the `fourd` binary: a panic anywhere (a bug in fourd) prints
/// one "internal error" report asking to report it, then exits with [`EXIT_INTERNAL`]
/// instead of unwinding into a half-dead run or printing a backtrace.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let thread = std::thread::current()
            .name()
            .map(|n| format!(" in thread {n}"))
            .unwrap_or_default();
        let text = format!(
            "fourd: internal error: {msg}{place}{thread}\n\
             This is a bug in fourd, not in your program: please report it to the fourd \
             issue tracker, with the script that triggers it.\n"
        );
        use std::io::Write;
        flush_output();
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
        std::process::exit(EXIT_INTERNAL);
    }));
}

/// The runtime whose buffered output must reach stdout even when the run ends abruptly
/// (panic hook, stuck timeout).
static OUTPUT: parking_lot::Mutex<Option<std::sync::Weak<crate::interp::Runtime>>> =
    parking_lot::Mutex::new(None);

/// Register the runtime whose output [`flush_output`] flushes.
pub fn register_output(rt: &std::sync::Arc<crate::interp::Runtime>) {
    *OUTPUT.lock() = Some(std::sync::Arc::downgrade(rt));
}

/// Flush the registered runtime's buffered output, unless its lock stays busy (the thread
/// that holds it may be the one that panicked).
pub fn flush_output() {
    let rt = OUTPUT
        .try_lock_for(std::time::Duration::from_millis(100))
        .and_then(|o| o.as_ref().and_then(|w| w.upgrade()));
    if let Some(rt) = rt {
        rt.flush_within(std::time::Duration::from_millis(200));
    }
}
