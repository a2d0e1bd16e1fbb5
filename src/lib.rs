#![warn(missing_docs)]
//! Kaa: a small, fast, embeddable Python in Rust.
//!
//! This crate is the facade: it re-exports what an embedder needs and hides the
//! VM's insides: typed values both ways, host functions, native modules and
//! classes, limits. `docs/embedding.md` is the guide.
//!
//! ```
//! let mut interp = kaa::Interpreter::new();
//! interp.capture_output();
//! interp.exec("print(sum(range(10)))").unwrap();
//! assert_eq!(interp.take_output(), "45\n");
//! ```

#[doc(hidden)]
#[path = "derive.rs"]
pub mod __private;
mod collections;
mod convert;
mod error;
mod eval;
mod handle;
mod host;
mod limits;
mod loader;
mod native;
mod program;
mod run_async;
#[cfg(feature = "serde")]
mod serde;
mod value;

#[cfg(feature = "serde")]
pub use crate::serde::{from_value, to_value, Serde};
pub use collections::{AnyPy, DictBuilder, Kwargs, ValueIter};
pub use convert::{Bytes, FromPy, IntoArgs, IntoPy};
#[doc(hidden)]
pub use error::FallibleBoxed;
pub use error::{Error, Frame, SyntaxPosition, SOURCES_KEPT};
pub use eval::IntoCallable;
pub use handle::{Handle, HandleVisitor, TypedHandle};
pub use host::{Blocking, HostFn, IntoReturn, KwArgs, ModuleBuilder, VarArgs};
#[cfg(feature = "derive")]
pub use kaa_derive::{FromPy, IntoPy};
pub use limits::{InterpreterBuilder, InterruptHandle, Limit};
pub use loader::Source;
pub use native::{ClassBuilder, Constructor, Iter, Method, NativeClass, NativeRef, NativeRefMut};
pub use program::Program;
pub use run_async::CoroutineStep;
pub use value::{Context, Exception, Runtime, Value};

pub use kaa_vm::stats::{Stats, TypeCount};
use kaa_vm::vm::OutputSink;
pub use kaa_vm::{PyObjectRef, Vm};

/// One Python interpreter. Interpreters share nothing: create as many as you
/// like, and move each to the thread that runs it (`Interpreter` is `Send`),
/// so that several run in parallel on several cores.
///
/// ```
/// let mut interp = kaa::Interpreter::new();
/// let t = std::thread::spawn(move || interp.eval::<i64>("sum(range(10))").unwrap());
/// assert_eq!(t.join().unwrap(), 45);
/// ```
pub struct Interpreter {
    vm: Vm,
}

// SAFETY: the objects, `Rc`s and `Cell`s inside an interpreter may be touched
// only by a thread holding its lock (`kaa_vm::gil`). An `Interpreter` takes the
// lock on entry to every call and releases it on return (`Interpreter::vm`),
// so between calls, which is when it can be moved, no thread is inside; the
// lock's mutex orders the next call's thread after the last. The host's
// handles into it (`Value`) are not `Send`, and they take the lock themselves
// when cloned or dropped outside a call (`value.rs`); `Handle`s are `Send`,
// touch their object only on a thread holding the lock, and queue their
// release to the interpreter otherwise (`handle.rs`). Host closures and
// native values stored in it are `Send`.
unsafe impl Send for Interpreter {}

impl Drop for Interpreter {
    fn drop(&mut self) {
        // The objects are released under the lock; `Vm` gives it up last.
        self.vm.attach();
        // Python threads still running end at their next tick (a silent
        // `SystemExit`), so that a dropped interpreter leaves nothing running.
        self.vm
            .gil
            .breaker
            .fetch_or(kaa_vm::gil::breaker::FINALIZING, std::sync::atomic::Ordering::Relaxed);
        // Threads blocked in a wait (a lock, a sleep, a socket) wake for it.
        self.vm.limits.waits.wake_all();
        // As at the CLI's exit: `atexit` handlers, then `__main__`'s globals
        // are released (in order; cycles by the collector), so host values
        // held by the script (native objects with a `Drop`) are dropped now.
        // Python threads still running are not waited for.
        self.vm.finalize(false);
        // References that handles dropped on other threads left in the
        // queue are released now; later drops take the lock themselves.
        let owner = handle::close(&self.vm);
        // Give the ending threads a moment (they need the lock to end), then
        // break the interpreter's own cycles so that its memory is freed; if
        // a thread is still inside (a blocking host function), it is left as
        // it is, and the interpreter's memory with it.
        let gil = self.vm.gil.clone();
        self.vm.without_lock(move || {
            for _ in 0..400 {
                if gil.threads.load(std::sync::atomic::Ordering::SeqCst) == 0 {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
        });
        self.vm.teardown();
        // Handles the host still holds (an `Error`'s exception and classes)
        // keep what is left of the interpreter until the last one goes.
        if let Some(owner) = owner {
            handle::outlive(&self.vm, owner);
        }
    }
}

/// The interpreter, entered: the calling thread holds its lock until this is
/// dropped (see [`Interpreter::vm`]).
///
/// ```
/// let mut interp = kaa::Interpreter::new();
/// let mut vm = interp.vm(); // the lock is held from here...
/// let answer = vm.new_int(42);
/// assert_eq!(vm.str_string(&answer).unwrap(), "42");
/// drop(answer);
/// drop(vm); // ...to here
/// ```
pub struct VmGuard<'a> {
    vm: &'a mut Vm,
    was_attached: bool,
}

impl std::ops::Deref for VmGuard<'_> {
    type Target = Vm;
    fn deref(&self) -> &Vm {
        self.vm
    }
}

impl std::ops::DerefMut for VmGuard<'_> {
    fn deref_mut(&mut self) -> &mut Vm {
        self.vm
    }
}

impl Drop for VmGuard<'_> {
    fn drop(&mut self) {
        if !self.was_attached {
            self.vm.detach();
        }
    }
}

impl Default for Interpreter {
    fn default() -> Self {
        Self::new()
    }
}

impl Interpreter {
    /// A new interpreter with the built-in modules installed, sandboxed (no
    /// file system, no environment, empty stdin; see [`Interpreter::builder`]
    /// to grant them).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// assert_eq!(interp.eval::<String>("'kaa'.upper()").unwrap(), "KAA");
    /// assert_eq!(interp.exec("open('/etc/passwd')").unwrap_err().type_name, "PermissionError");
    /// ```
    pub fn new() -> Interpreter {
        let mut vm = Vm::new();
        // `sys` is made when first imported (docs/internals/interpreter-creation.md).
        kaa_stdlib::install_lazy(&mut vm);
        // What start-up made (types, built-in functions, `sys`) lives as long
        // as the interpreter: no collection needs to walk it (`gc.freeze`).
        vm.heap.freeze();
        // Sandboxed by default: no console input unless the host gives a reader.
        *vm.input() = Some(Box::new(std::io::empty()));
        // Between calls the interpreter's lock is free, for its Python threads.
        vm.detach();
        Interpreter { vm }
    }

    /// The VM, for the CLI and for advanced use, entered: this thread holds
    /// the interpreter's lock until the guard is dropped, and Python threads
    /// started by scripts wait meanwhile (except while the VM itself blocks or
    /// yields to them).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let n = interp.vm().recursion_limit.get();
    /// assert_eq!(n, 1000);
    /// ```
    pub fn vm(&mut self) -> VmGuard<'_> {
        let was_attached = self.vm.is_attached();
        self.vm.attach();
        // References dropped by `Handle`s on other threads (one load if none).
        handle::drain(&self.vm);
        VmGuard {
            vm: &mut self.vm,
            was_attached,
        }
    }

    /// Run `f` on the VM with the lock held, for the `&self` methods.
    fn with_vm<R>(&self, f: impl FnOnce(&Vm) -> R) -> R {
        let was_attached = self.vm.is_attached();
        self.vm.attach();
        let r = f(&self.vm);
        if !was_attached {
            self.vm.detach();
        }
        r
    }

    /// Send `print()` output and `sys.stdout` writes to `w` (a file, a socket,
    /// a `Vec<u8>` behind a mutex, ...).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.set_stdout(std::io::sink());
    /// interp.exec("print('nobody sees this')").unwrap();
    /// ```
    pub fn set_stdout(&mut self, w: impl std::io::Write + Send + 'static) {
        let _entered = self.vm.enter();
        *self.vm.out() = OutputSink::Writer(Box::new(w));
    }

    /// Send `sys.stderr` writes (and tracebacks printed by the VM) to `w`.
    ///
    /// ```
    /// use std::sync::{Arc, Mutex};
    /// struct Shared(Arc<Mutex<Vec<u8>>>);
    /// impl std::io::Write for Shared {
    ///     fn write(&mut self, b: &[u8]) -> std::io::Result<usize> { self.0.lock().unwrap().write(b) }
    ///     fn flush(&mut self) -> std::io::Result<()> { Ok(()) }
    /// }
    /// let buf = Arc::new(Mutex::new(Vec::new()));
    /// let mut interp = kaa::Interpreter::new();
    /// interp.set_stderr(Shared(buf.clone()));
    /// interp.exec("import sys\nsys.stderr.write('careful\\n')").unwrap();
    /// assert_eq!(&*buf.lock().unwrap(), b"careful\n");
    /// ```
    pub fn set_stderr(&mut self, w: impl std::io::Write + Send + 'static) {
        let _entered = self.vm.enter();
        *self.vm.err() = OutputSink::Writer(Box::new(w));
    }

    /// Make `input()` and `sys.stdin` read from `r`. An embedded interpreter
    /// starts with an empty reader (`input()` raises `EOFError`); the CLI reads
    /// the process's stdin.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.set_stdin(std::io::Cursor::new("Ada\n"));
    /// interp.capture_output();
    /// interp.exec("name = input('name? ')\nprint('hello', name)").unwrap();
    /// assert_eq!(interp.take_output(), "name? hello Ada\n");
    /// ```
    pub fn set_stdin(&mut self, r: impl std::io::BufRead + Send + 'static) {
        let _entered = self.vm.enter();
        *self.vm.input() = Some(Box::new(r));
    }

    /// Send `print()` output and `sys.stdout` writes to an internal buffer
    /// (read it with [`Interpreter::take_output`]).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.capture_output();
    /// interp.exec("print('a', 1)").unwrap();
    /// assert_eq!(interp.take_output(), "a 1\n");
    /// ```
    pub fn capture_output(&mut self) {
        let _entered = self.vm.enter();
        *self.vm.out() = OutputSink::Buffer(Vec::new());
    }

    /// Take what was captured since the last call (empty without
    /// [`Interpreter::capture_output`]).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.capture_output();
    /// interp.exec("print('once')").unwrap();
    /// assert_eq!(interp.take_output(), "once\n");
    /// assert_eq!(interp.take_output(), "");
    /// ```
    pub fn take_output(&mut self) -> String {
        let _entered = self.vm.enter();
        match &mut *self.vm.out() {
            OutputSink::Buffer(b) => String::from_utf8_lossy(&std::mem::take(b)).into_owned(),
            _ => String::new(),
        }
    }

    /// Run `source` as the body of the `__main__` module. Its globals stay for
    /// the next `exec`, [`Interpreter::eval`] and [`Interpreter::get_global`].
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.exec("def double(x):\n    return 2 * x").unwrap();
    /// interp.exec("y = double(21)").unwrap();
    /// assert_eq!(interp.get_global::<i64>("y").unwrap(), 42);
    /// ```
    pub fn exec(&mut self, source: &str) -> Result<(), Error> {
        let _entered = self.vm.enter();
        // Finalizers of objects freed at the very end still run before it returns.
        self.run_in_main(source, kaa_compiler::Mode::Exec)
            .map(|_| ())
            .map_err(|e| self.error(&e))
    }

    /// Count what `kaa --stats` prints from now on: live and peak objects and
    /// bytes, instructions per opcode, allocations per type, small-int cache
    /// hits, interning, hash caching and dict probes (the collector's counts are
    /// always kept). Counts start from zero when counting is turned on, so the
    /// interpreter's own start-up objects are not in them. Off by default. The
    /// per-type, small-int, interning, hash and dict counters exist only in
    /// builds with the cargo feature `stats` (see `docs/internals/stats.md`).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.enable_stats(true);
    /// interp.exec("x = [i * i for i in range(100)]").unwrap();
    /// let stats = interp.stats();
    /// assert!(stats.instructions > 100);
    /// assert!(stats.opcodes.iter().any(|(name, _)| *name == "BINARY_OP"));
    /// ```
    pub fn enable_stats(&mut self, on: bool) {
        let _entered = self.vm.enter();
        self.vm().enable_stats(on);
    }

    /// A snapshot of the interpreter's counters: live and peak objects and
    /// bytes, allocations per type, small-int cache hits, interning, hash
    /// caching, dict probes, collections, instructions.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.enable_stats(true);
    /// interp.exec("d = {str(i): i for i in range(1000)}").unwrap();
    /// let s = interp.stats();
    /// assert!(s.live_objects >= 1000); // the dict's str keys and int values
    /// if s.fine_counters {
    ///     // built with the `stats` feature
    ///     assert!(s.dict_lookups >= 1000);
    ///     assert!(s.types.iter().any(|t| t.name == "str" && t.allocated >= 900));
    /// }
    /// print!("{}", s.report());
    /// ```
    pub fn stats(&self) -> Stats {
        let _entered = self.vm.enter();
        self.with_vm(|vm| vm.stats())
    }

    /// Run a full cycle collection now; returns the number of unreachable
    /// objects found (what Python's `gc.collect()` returns).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.exec("import gc\ngc.disable()\na = []\na.append(a)\ndel a").unwrap();
    /// assert_eq!(interp.collect_garbage(), 1);
    /// ```
    pub fn collect_garbage(&mut self) -> usize {
        let _entered = self.vm.enter();
        let mut vm = self.vm();
        let n = vm.collect_garbage(2);
        let _ = vm.handle_breaker();
        n
    }

    /// Convert a Python exception into an [`Error`].
    pub(crate) fn error(&mut self, exc: &PyObjectRef) -> Error {
        let _entered = self.vm.enter();
        let vm = &mut *self.vm();
        error::from_exception(vm, exc)
    }
}
