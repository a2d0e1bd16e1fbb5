//! The interpreter state (`Vm`): built-in types, interned names, modules, and the
//! constructors and error builders every other file uses.

use std::io::Write;

use ahash::AHashMap;
use smallvec::SmallVec;

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use crate::gil::Gil;

use crate::object::core::PyPayload;
use crate::object::dict::PyDict;
use crate::object::exception::PyBaseException;
use crate::object::float::PyFloat;
use crate::object::function::{Binding, PyBuiltinFunction};
use crate::object::gc::Heap;
use crate::object::int::{IntValue, PyInt};
use crate::object::list::PyList;
use crate::object::module::PyModule;
use crate::object::singletons::{PyBaseObject, PyEllipsis, PyNone, PyNotImplemented, PyNull};
use crate::object::str::PyStr;
use crate::object::tuple::PyTuple;
use crate::object::typ::{compute_mro_tail, PendingAttr, PyType, TypeFlags};
use crate::object::PyObjectRef;

/// The result of anything that can raise: the error is the exception object.
pub type PyResult<T = PyObjectRef> = Result<T, PyObjectRef>;

/// The signature of every built-in function and method.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult;

/// How an embedder's module is created on first import (see `Vm::host_modules`).
pub type HostModuleInit = std::sync::Arc<dyn Fn(&mut Vm) -> PyResult<PyObjectRef>>;

/// Arguments of a call, as they lie on the value stack: positional values, then
/// keyword values whose names are in `kwnames` (CPython's vectorcall layout).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    items: &'a [PyObjectRef],
    kwnames: &'a [PyObjectRef],
}

impl<'a> Args<'a> {
    pub fn new(items: &'a [PyObjectRef], kwnames: &'a [PyObjectRef]) -> Args<'a> {
        debug_assert!(kwnames.len() <= items.len());
        Args { items, kwnames }
    }

    pub fn positional(items: &'a [PyObjectRef]) -> Args<'a> {
        Args { items, kwnames: &[] }
    }

    /// All values, positional then keyword.
    #[inline]
    pub fn items(&self) -> &'a [PyObjectRef] {
        self.items
    }

    /// Positional arguments (for methods, the first is `self`).
    #[inline]
    pub fn pos(&self) -> &'a [PyObjectRef] {
        &self.items[..self.items.len() - self.kwnames.len()]
    }

    #[inline]
    pub fn kwnames(&self) -> &'a [PyObjectRef] {
        self.kwnames
    }

    /// Keyword arguments as `(name, value)` pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a PyObjectRef)> + 'a {
        let vals = &self.items[self.items.len() - self.kwnames.len()..];
        self.kwnames.iter().map(str_of).zip(vals.iter())
    }

    #[inline]
    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The keyword argument `name`, if given.
    pub fn kwarg(&self, name: &str) -> Option<&'a PyObjectRef> {
        self.kwargs().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    /// Fail with CPython's message if any keyword argument was given.
    pub fn no_kwargs(&self, vm: &mut Vm, fname: &str) -> PyResult<()> {
        if self.has_kwargs() {
            return Err(vm.new_type_error(format!("{fname}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// Exactly `N` positional arguments and no keywords.
    pub fn exact<const N: usize>(&self, vm: &mut Vm, fname: &str) -> PyResult<&'a [PyObjectRef; N]> {
        self.no_kwargs(vm, fname)?;
        let pos = self.pos();
        pos.try_into().map_err(|_| {
            let msg = match N {
                0 => format!("{fname}() takes no arguments ({} given)", pos.len()),
                1 => format!("{fname}() takes exactly one argument ({} given)", pos.len()),
                _ => format!("{fname} expected {N} arguments, got {}", pos.len()),
            };
            vm.new_type_error(msg)
        })
    }

    /// Between `min` and `max` positional arguments and no keywords.
    pub fn range(&self, vm: &mut Vm, fname: &str, min: usize, max: usize) -> PyResult<&'a [PyObjectRef]> {
        self.no_kwargs(vm, fname)?;
        let n = self.pos().len();
        if n < min {
            return Err(vm.new_type_error(format!(
                "{fname} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )));
        }
        if n > max {
            return Err(vm.new_type_error(format!(
                "{fname} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )));
        }
        Ok(self.pos())
    }

    /// Bind arguments to parameters `names` (the first `positional_max` may be
    /// given by position; all may be given by keyword). Missing ones are `None`;
    /// the first `required` must be present.
    pub fn bind<const N: usize>(
        &self,
        vm: &mut Vm,
        fname: &str,
        names: [&str; N],
        positional_max: usize,
        required: usize,
    ) -> PyResult<[Option<PyObjectRef>; N]> {
        let mut out: [Option<PyObjectRef>; N] = std::array::from_fn(|_| None);
        let pos = self.pos();
        if pos.len() > positional_max {
            return Err(vm.new_type_error(format!(
                "{fname}() takes at most {positional_max} positional argument{} ({} given)",
                if positional_max == 1 { "" } else { "s" },
                pos.len()
            )));
        }
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        for (k, v) in self.kwargs() {
            match names.iter().position(|n| *n == k) {
                Some(i) => {
                    if out[i].is_some() {
                        return Err(vm.new_type_error(format!(
                            "argument for {fname}() given by name ('{k}') and position ({})",
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                None => return Err(vm.new_type_error(format!("{fname}() got an unexpected keyword argument '{k}'"))),
            }
        }
        for (i, slot) in out.iter().enumerate().take(required) {
            if slot.is_none() {
                return Err(vm.new_type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }
}

fn str_of(o: &PyObjectRef) -> &str {
    o.downcast_ref::<PyStr>().map_or("", |s| s.as_str())
}

macro_rules! define_types {
    ($( $field:ident ),* $(,)?) => {
        /// The built-in types of one interpreter.
        pub struct Types {
            $( pub $field: PyObjectRef, )*
        }

        impl Types {
            /// Every built-in type (for the interpreter's teardown).
            pub fn all(&self) -> Vec<PyObjectRef> {
                vec![$( self.$field.clone(), )*]
            }
        }
    };
}

define_types! {
    object, type_, int, bool, float, complex, str, bytes, tuple, list, dict, set, frozenset,
    range, slice, function, builtin_function, method, cell, code, module, none_type,
    not_implemented_type, ellipsis_type, null_type, generator, property, staticmethod,
    classmethod, super_, getset, list_iterator, list_reverseiterator, tuple_iterator, range_iterator,
    str_iterator, bytes_iterator, dict_keyiterator, dict_valueiterator, dict_itemiterator,
    set_iterator, iterator, callable_iterator, enumerate, zip, map, filter, reversed,
    dict_keys, dict_values, dict_items,
    dict_reversekeyiterator, dict_reversevalueiterator, dict_reverseitemiterator,
    longrange_iterator, str_unicode_iterator, traceback, weakref, member_descriptor, frame,
    bytearray, bytearray_iterator, memoryview, memory_iterator,
    coroutine, async_generator, coroutine_wrapper, async_generator_asend, async_generator_athrow,
    async_generator_wrapped_value, anext_awaitable,
}

macro_rules! define_exceptions {
    ($( $field:ident : $name:literal < $parent:ident ),* $(,)?) => {
        /// The built-in exception classes.
        pub struct ExcTypes {
            pub base_exception: PyObjectRef,
            $( pub $field: PyObjectRef, )*
            pub exception_group: PyObjectRef,
        }

        impl ExcTypes {
            fn create(vm_types: &Types, make: &mut dyn FnMut(&str, &PyObjectRef) -> PyObjectRef) -> ExcTypes {
                // Parents are looked up by field name, so each class is made after its parent.
                let mut made: AHashMap<&'static str, PyObjectRef> = AHashMap::new();
                made.insert("base_exception", make("BaseException", &vm_types.object));
                $(
                    let parent = made[stringify!($parent)].clone();
                    made.insert(stringify!($field), make($name, &parent));
                )*
                // `ExceptionGroup` is the one class with two bases
                // (`BaseExceptionGroup`, `Exception`), as in CPython.
                let eg = make_exception_group(vm_types, &made["base_exception_group"], &made["exception"]);
                made.insert("exception_group", eg);
                ExcTypes {
                    base_exception: made["base_exception"].clone(),
                    $( $field: made[stringify!($field)].clone(), )*
                    exception_group: made["exception_group"].clone(),
                }
            }

            /// Every exception class with its name, for the builtins module.
            pub fn all(&self) -> Vec<(&'static str, PyObjectRef)> {
                vec![
                    ("BaseException", self.base_exception.clone()),
                    $( ($name, self.$field.clone()), )*
                    ("ExceptionGroup", self.exception_group.clone()),
                ]
            }
        }
    };
}

define_exceptions! {
    system_exit: "SystemExit" < base_exception,
    keyboard_interrupt: "KeyboardInterrupt" < base_exception,
    generator_exit: "GeneratorExit" < base_exception,
    exception: "Exception" < base_exception,
    stop_iteration: "StopIteration" < exception,
    stop_async_iteration: "StopAsyncIteration" < exception,
    arithmetic_error: "ArithmeticError" < exception,
    floating_point_error: "FloatingPointError" < arithmetic_error,
    overflow_error: "OverflowError" < arithmetic_error,
    zero_division_error: "ZeroDivisionError" < arithmetic_error,
    assertion_error: "AssertionError" < exception,
    attribute_error: "AttributeError" < exception,
    buffer_error: "BufferError" < exception,
    eof_error: "EOFError" < exception,
    import_error: "ImportError" < exception,
    module_not_found_error: "ModuleNotFoundError" < import_error,
    lookup_error: "LookupError" < exception,
    index_error: "IndexError" < lookup_error,
    key_error: "KeyError" < lookup_error,
    memory_error: "MemoryError" < exception,
    name_error: "NameError" < exception,
    unbound_local_error: "UnboundLocalError" < name_error,
    os_error: "OSError" < exception,
    file_exists_error: "FileExistsError" < os_error,
    file_not_found_error: "FileNotFoundError" < os_error,
    is_a_directory_error: "IsADirectoryError" < os_error,
    not_a_directory_error: "NotADirectoryError" < os_error,
    permission_error: "PermissionError" < os_error,
    timeout_error: "TimeoutError" < os_error,
    blocking_io_error: "BlockingIOError" < os_error,
    child_process_error: "ChildProcessError" < os_error,
    connection_error: "ConnectionError" < os_error,
    broken_pipe_error: "BrokenPipeError" < connection_error,
    connection_aborted_error: "ConnectionAbortedError" < connection_error,
    connection_refused_error: "ConnectionRefusedError" < connection_error,
    connection_reset_error: "ConnectionResetError" < connection_error,
    interrupted_error: "InterruptedError" < os_error,
    process_lookup_error: "ProcessLookupError" < os_error,
    reference_error: "ReferenceError" < exception,
    runtime_error: "RuntimeError" < exception,
    not_implemented_error: "NotImplementedError" < runtime_error,
    recursion_error: "RecursionError" < runtime_error,
    syntax_error: "SyntaxError" < exception,
    indentation_error: "IndentationError" < syntax_error,
    tab_error: "TabError" < indentation_error,
    system_error: "SystemError" < exception,
    type_error: "TypeError" < exception,
    value_error: "ValueError" < exception,
    unicode_error: "UnicodeError" < value_error,
    unicode_decode_error: "UnicodeDecodeError" < unicode_error,
    unicode_encode_error: "UnicodeEncodeError" < unicode_error,
    unicode_translate_error: "UnicodeTranslateError" < unicode_error,
    warning: "Warning" < exception,
    user_warning: "UserWarning" < warning,
    deprecation_warning: "DeprecationWarning" < warning,
    pending_deprecation_warning: "PendingDeprecationWarning" < warning,
    syntax_warning: "SyntaxWarning" < warning,
    runtime_warning: "RuntimeWarning" < warning,
    future_warning: "FutureWarning" < warning,
    import_warning: "ImportWarning" < warning,
    unicode_warning: "UnicodeWarning" < warning,
    bytes_warning: "BytesWarning" < warning,
    resource_warning: "ResourceWarning" < warning,
    encoding_warning: "EncodingWarning" < warning,
    base_exception_group: "BaseExceptionGroup" < base_exception,
}

/// `class ExceptionGroup(BaseExceptionGroup, Exception)`.
fn make_exception_group(vm_types: &Types, beg: &PyObjectRef, exception: &PyObjectRef) -> PyObjectRef {
    let bases = vec![beg.clone(), exception.clone()];
    let mro = crate::object::typ::compute_mro_tail(&bases).unwrap_or_else(|_| beg.mro());
    let ty = PyType::new(
        "ExceptionGroup",
        Some(beg.clone()),
        bases,
        mro,
        &PyBaseException::VTABLE,
        TypeFlags {
            has_dict: true,
            basetype: true,
            heaptype: false,
        },
    );
    PyObjectRef::new_type(ty, &vm_types.type_)
}

macro_rules! define_names {
    ($( $field:ident ),* $(,)?) => {
        /// Names the VM refers to, interned once per interpreter (as pocketpy's
        /// `magics.h`): the VM never builds a dunder name at run time.
        #[allow(non_snake_case)]
        pub struct Names {
            $( pub $field: PyObjectRef, )*
        }

        impl Names {
            fn create(intern: &mut dyn FnMut(&str) -> PyObjectRef) -> Names {
                Names { $( $field: intern(stringify!($field)), )* }
            }
        }
    };
}

define_names! {
    __init__, __new__, __call__, __repr__, __str__, __format__, __hash__, __eq__, __ne__,
    __lt__, __le__, __gt__, __ge__, __bool__, __len__, __getitem__, __setitem__,
    __delitem__, __contains__, __iter__, __next__, __reversed__, __getattr__,
    __getattribute__, __setattr__, __delattr__, __get__, __set__, __delete__, __enter__,
    __exit__, __neg__, __pos__, __invert__, __abs__, __index__, __int__, __float__,
    __round__, __class__, __dict__, __name__, __qualname__, __module__, __doc__,
    __classcell__, __build_class__, __builtins__, __main__, __file__, __import__,
    __annotations__, __all__, __init_subclass__, __set_name__, __mro__, __bases__,
    __base__, __slots__, __missing__, __instancecheck__, __subclasscheck__, __spec__,
    __loader__, __package__, __path__, __del__, __trunc__, __floor__, __ceil__,
    __divmod__, __rdivmod__, __mro_entries__, __prepare__, __weakref__,
    __iadd__, __isub__, __imul__, __idiv__,
    __abstractmethods__,
    args, value, code, keys, items, send, throw, close, append, write, flush, end, sep,
    file, key, reverse, default, name, obj, msg, filename, lineno, offset, text,
    end_lineno, end_offset, print_file_and_line,
}

/// Where a stream of `sys.stdout`/`sys.stderr` writes go.
pub enum OutputSink {
    Stdout,
    Stderr,
    /// Captured into a buffer (the embedding API).
    Buffer(Vec<u8>),
    Writer(Box<dyn Write + Send>),
}

impl OutputSink {
    pub fn write_all(&mut self, data: &[u8]) -> std::io::Result<()> {
        match self {
            OutputSink::Stdout => std::io::stdout().write_all(data),
            OutputSink::Stderr => std::io::stderr().write_all(data),
            OutputSink::Buffer(b) => {
                b.extend_from_slice(data);
                Ok(())
            }
            OutputSink::Writer(w) => w.write_all(data),
        }
    }

    pub fn flush(&mut self) -> std::io::Result<()> {
        match self {
            OutputSink::Stdout => std::io::stdout().flush(),
            OutputSink::Stderr => std::io::stderr().flush(),
            OutputSink::Buffer(_) => Ok(()),
            OutputSink::Writer(w) => w.flush(),
        }
    }
}

use crate::gil::lock_unpoisoned as lock_sink;

impl Shared {
    /// `sys.stdout`'s sink.
    pub fn out(&self) -> std::sync::MutexGuard<'_, OutputSink> {
        lock_sink(&self.stdout)
    }

    /// `sys.stderr`'s sink.
    pub fn err(&self) -> std::sync::MutexGuard<'_, OutputSink> {
        lock_sink(&self.stderr)
    }

    /// The host's reader for `input()` and `sys.stdin` (`None`: the process's).
    pub fn input(&self) -> std::sync::MutexGuard<'_, Option<Box<dyn std::io::BufRead + Send>>> {
        lock_sink(&self.stdin)
    }
}

/// What a frame-aware built-in learns about its caller.
pub struct CallerInfo {
    pub globals: PyObjectRef,
    /// The local namespace: the frame's mapping, or a snapshot dict of fast locals.
    pub locals: PyObjectRef,
}

/// What a class's `__slots__` asks for (names already mangled).
pub struct SlotSpec {
    pub names: Vec<String>,
    /// `'__dict__'` was among them.
    pub dict: bool,
    /// `'__weakref__'` was among them.
    pub weakref: bool,
}

/// An entry of the intern table: the interned `str` itself, hashed and
/// compared by its text, so the table is a set of objects looked up by
/// `&str` (`Borrow<str>`) and keeps no second copy of each name.
struct InternKey(PyObjectRef);

impl InternKey {
    fn text(&self) -> &str {
        // Only `str` objects are interned (`Vm::intern`, `Vm::intern_obj`).
        self.0.downcast_ref::<PyStr>().map_or("", PyStr::as_str)
    }
}

impl std::borrow::Borrow<str> for InternKey {
    fn borrow(&self) -> &str {
        self.text()
    }
}

impl std::hash::Hash for InternKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // As `str` hashes, which `Borrow<str>` requires.
        self.text().hash(state);
    }
}

impl PartialEq for InternKey {
    fn eq(&self, other: &InternKey) -> bool {
        self.text() == other.text()
    }
}

impl Eq for InternKey {}

/// The smallest and largest cached ints, as CPython (`-5..=256`).
pub const SMALL_INT_MIN: i64 = -5;
pub const SMALL_INT_MAX: i64 = 256;

/// Default for `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// What the threads of one interpreter share: its types, singletons, modules,
/// interned strings, heap, output, limits and lock. Reached from a [`Vm`]
/// (one per thread) through `Deref`, so `vm.types.int` reads as before.
///
/// Everything here that changes is behind a `Cell`/`RefCell` (or a `Mutex` for
/// what a thread uses while it does not hold the lock: the output sinks and
/// stdin). Only a thread holding [`Shared::gil`] touches it: see `gil.rs`. It
/// is neither `Send` nor `Sync`; it reaches a new thread only as a
/// [`ThreadStart`].
pub struct Shared {
    pub types: Types,
    pub exc: ExcTypes,
    pub names: Names,
    pub none: PyObjectRef,
    pub true_: PyObjectRef,
    pub false_: PyObjectRef,
    pub not_implemented: PyObjectRef,
    pub ellipsis: PyObjectRef,
    /// The marker `LOAD_METHOD` pushes for "no self".
    pub null: PyObjectRef,
    pub empty_tuple: PyObjectRef,
    pub empty_str: PyObjectRef,
    small_ints: Box<[PyObjectRef]>,
    /// Single-character strings for code points below 256, shared like
    /// CPython's, each made on first use (ASCII ones interned then).
    latin1_chars: Box<[std::cell::OnceCell<PyObjectRef>]>,
    /// The 256 one-byte bytes objects, then `b""`, each made on first use.
    byte_singletons: Box<[std::cell::OnceCell<PyObjectRef>]>,
    interned: RefCell<ahash::AHashSet<InternKey>>,
    /// Keys used for `str` hashes (fixed: Kaa's string hashes are deterministic).
    pub str_hasher: ahash::RandomState,
    /// The `builtins` module and its dict.
    pub builtins: PyObjectRef,
    pub builtins_dict: PyObjectRef,
    /// `sys.modules`.
    pub modules: PyObjectRef,
    /// Native modules that `import` can create on first use (name → initializer).
    pub native_modules: RefCell<AHashMap<String, fn(&mut Vm) -> PyResult<PyObjectRef>>>,
    /// Modules the embedder built from closures (`kaa::ModuleBuilder`), created
    /// on first import like `native_modules`; a second map because those are
    /// plain `fn` pointers and these capture the host's functions and constants.
    pub host_modules: RefCell<AHashMap<String, HostModuleInit>>,
    /// Standard-library modules written in Python and compiled when Kaa was
    /// built (`kaa-stdlib`'s table), sorted by name; `import` finds them after
    /// `native_modules`.
    pub frozen_modules: Cell<&'static [crate::import::FrozenModule]>,
    /// A developer's override (`KAA_STDLIB_DIR` in the CLI): load the
    /// standard library's Python modules from this source directory instead
    /// of the built-in bytecode, so that editing them needs no rebuild.
    pub stdlib_dir: RefCell<Option<std::path::PathBuf>>,
    /// Classes the embedder made from Rust types (`kaa::NativeClass`), by the
    /// Rust type's id: created once per interpreter, at first use.
    pub host_classes: RefCell<AHashMap<std::any::TypeId, PyObjectRef>>,
    pub recursion_limit: Cell<usize>,
    /// Where output goes; `Arc<Mutex<_>>` so that a thread writes with the
    /// interpreter lock released (`Vm::allow_threads`).
    pub stdout: Arc<Mutex<OutputSink>>,
    pub stderr: Arc<Mutex<OutputSink>>,
    /// Where `input()` and `sys.stdin` read from: the host's reader, or the
    /// process's stdin when `None` (the CLI).
    pub stdin: Arc<Mutex<Option<Box<dyn std::io::BufRead + Send>>>>,
    /// `sys.argv`, `sys.path` seeds, set by the host before running.
    pub argv: RefCell<Vec<String>>,
    pub path: RefCell<Vec<String>>,
    /// Grants: whether scripts may `sys.exit` the process (the CLI grants all;
    /// embedders choose).
    pub allow_exit: Cell<bool>,
    /// The optimisation level of `-O`/`-OO` (`sys.flags.optimize`): what
    /// `compile`, `exec` and `import` compile with unless told otherwise.
    pub optimize: Cell<u8>,
    /// The heap: allocation counters, the cycle collector, pending finalizers,
    /// weak references. Every type holds it too, so objects can reach it.
    pub heap: Rc<Heap>,
    /// The interpreter lock (`gil.rs`); the heap holds it too.
    pub gil: Arc<Gil>,
    /// Objects native modules keep per interpreter (their types, by name:
    /// `"_thread.lock"`), since nothing in Kaa is global.
    pub module_state: RefCell<AHashMap<String, PyObjectRef>>,
    /// Which thread imports which module (`import_lock.rs`).
    pub import_locks: RefCell<crate::import_lock::ImportLocks>,
    /// Rust values native modules keep per interpreter (the family of
    /// interpreters `concurrent.interpreters` made), by name.
    pub rust_state: RefCell<AHashMap<&'static str, Arc<dyn std::any::Any + Send + Sync>>>,
    /// Instructions per opcode counted by threads that have ended.
    pub ended_threads_opcodes: RefCell<Box<[u64; 256]>>,
    /// Their counts of the caches beside the bytecode (`stats::spec`).
    pub ended_threads_spec: RefCell<[[u64; crate::stats::SPEC_WAYS]; crate::stats::spec::N]>,
    /// Their general-path runs of the cached families, by reason (`stats::MissCounts`).
    pub ended_threads_misses: RefCell<crate::stats::MissCounts>,
    /// Fuel, deadline, interrupt, the memory cap's trip state, grants (`limits.rs`).
    pub limits: crate::limits::Limits,
    /// Classes that objects left by `__class__` assignment, kept alive until
    /// teardown (once each): Rust code up the stack may still hold a
    /// `&PyType` borrowed from such an object (`object_set_class`).
    pub retired_classes: RefCell<Vec<PyObjectRef>>,
    /// Frees `type`, `object` and the heap after everything else: keep it
    /// the last field (fields are dropped in order).
    _last: Bootstrap,
}

/// The last field of [`Shared`]: when it is dropped, every other object of
/// the interpreter is gone (after `Vm::teardown`), and this frees what
/// counting alone cannot: `type` (its own type) and `object` (`type`'s
/// base), then the heap. Without it each interpreter made and dropped left
/// about 110 KB behind (`docs/internals/interpreter-creation.md`).
struct Bootstrap {
    pair: Option<(PyObjectRef, PyObjectRef)>,
    /// Keeps the heap alive until both are freed (every type holds it).
    heap: Rc<Heap>,
}

impl Drop for Bootstrap {
    fn drop(&mut self) {
        let Some((type_, object)) = self.pair.take() else {
            return;
        };
        if !self.heap.gil.is_held() {
            // Not on a thread that may touch them: leave them.
            std::mem::forget((type_, object));
            return;
        }
        // SAFETY: the pair is this interpreter's `type` and `object` (set in
        // `Vm::with_io`), and this thread holds its lock. The function
        // checks that nothing else refers to them.
        if let Err(pair) = unsafe { PyObjectRef::free_bootstrap_pair(type_, object) } {
            // Still used (a host kept one of its objects): as before, they
            // stay, with the heap.
            std::mem::forget(pair);
            std::mem::forget(self.heap.clone());
        }
    }
}

/// The shared part of an interpreter on its way to a new thread, where
/// [`Vm::for_new_thread`] turns it into that thread's `Vm`.
pub struct ThreadStart(Arc<Shared>);

// SAFETY: `Shared` (its `Rc`s, `Cell`s, objects) is not `Send`, but a
// `ThreadStart` only carries the `Arc` to the new thread, which uses it only
// through `Vm::for_new_thread`, and that requires the interpreter lock: the
// invariant of `gil.rs` (every object and every `Cell` of `Shared` is touched
// only by the thread holding the lock; the lock's mutex orders the turns).
unsafe impl Send for ThreadStart {}

/// One thread's view of an interpreter (CPython's thread state): the shared
/// part behind `Deref`, and what each thread has for itself (its recursion
/// depth, the exception it handles, its counters). The thread that made the
/// interpreter has one; each Python thread gets its own.
pub struct Vm {
    shared: Arc<Shared>,
    /// Python depth of nested calls, checked against `recursion_limit`.
    pub recursion_depth: usize,
    /// The exception being handled (`sys.exc_info()`), if any.
    pub exc_info: Option<PyObjectRef>,
    /// The calling frame's namespace, set by the eval loop just before it calls a
    /// built-in marked `needs_frame`.
    pub caller: Option<CallerInfo>,
    /// The `globals` of the innermost running Python frame (what CPython's
    /// `PyEval_GetGlobals` returns), set by `call::run_new_frame` and
    /// `generator::resume` for as long as that frame runs; read through
    /// [`Vm::current_globals`].
    pub(crate) frame_globals: Option<std::ptr::NonNull<crate::object::core::Header>>,
    /// The running Python frames, outermost first, each with a serial
    /// number, for `frame` objects (`object/frameobj.rs`): pushed and popped
    /// with `frame_globals`.
    pub(crate) frame_stack: Vec<crate::object::frameobj::FrameEntry>,
    /// The serial of the last frame pushed on `frame_stack`.
    pub(crate) frame_serial: u64,
    /// `sys.settrace`/`sys.setprofile` functions (`trace.rs`).
    pub(crate) trace: crate::trace::TraceHooks,
    /// Containers whose `repr` is in progress (by id), so that a list containing
    /// itself prints `[...]` (CPython's `Py_ReprEnter`).
    pub repr_active: Vec<usize>,
    /// Count instructions per opcode (`kaa --stats`); chosen per frame, outside
    /// the instruction loop.
    pub stats_enabled: bool,
    pub opcode_counts: Box<[u64; 256]>,
    /// How each cached instruction went, per family and way (`stats::spec`;
    /// counted only under `--stats`).
    pub spec_counts: [[u64; crate::stats::SPEC_WAYS]; crate::stats::spec::N],
    /// Why the cached families took their general path, per family and
    /// reason (`stats::MissCounts`, `adaptive::count_attr_miss`; only under
    /// `--stats`).
    pub spec_misses: crate::stats::MissCounts,
    /// Buffers of finished frames (fast locals, value stack), reused by the
    /// next calls so that a call allocates nothing (`call::new_frame`).
    pub frame_pool: Vec<(Vec<Option<PyObjectRef>>, Vec<PyObjectRef>)>,
    /// Finished frames of flat calls, their buffers kept, reused by the
    /// next flat calls (`eval::flat_frame`).
    pub(crate) spare_frames: Vec<Box<crate::frame::Frame>>,
    /// Whether this is the interpreter's first thread (the one that made it):
    /// only it sees Ctrl-C as `KeyboardInterrupt`, as CPython's main thread.
    pub is_main_thread: bool,
    /// Start-up is recording the built-in types' methods, to be made on
    /// each type's first use (`Vm::add_native`, `AttrCell::fill`).
    defer_type_attrs: bool,
    /// Whether this thread holds the interpreter lock now (see
    /// [`Vm::detach`]); dropped last, releasing the lock if held.
    hold: GilHold,
}

/// The lock as a [`Vm`] holds it: released when the `Vm` is dropped, after
/// every other field (fields drop in order, this one is last).
struct GilHold {
    gil: Arc<Gil>,
    /// Shared with [`Entered`] guards.
    held: Rc<Cell<bool>>,
}

impl Drop for GilHold {
    fn drop(&mut self) {
        if self.held.get() {
            self.gil.release();
        }
    }
}

/// A [`Vm`] entered by [`Vm::enter`]: on drop, the lock is released if the
/// `Vm` was detached before.
pub struct Entered {
    gil: Arc<Gil>,
    held: Rc<Cell<bool>>,
    was_attached: bool,
}

impl Drop for Entered {
    fn drop(&mut self) {
        if !self.was_attached && self.held.get() {
            self.held.set(false);
            self.gil.release();
        }
    }
}

impl std::ops::Deref for Vm {
    type Target = Shared;
    #[inline(always)]
    fn deref(&self) -> &Shared {
        &self.shared
    }
}

fn new_static_type<T: PyPayload>(
    name: &str,
    base: &PyObjectRef,
    metatype: &PyObjectRef,
    basetype: bool,
) -> PyObjectRef {
    let mro_tail = base.mro();
    let ty = PyType::new(
        name,
        Some(base.clone()),
        vec![base.clone()],
        mro_tail,
        &T::VTABLE,
        TypeFlags {
            has_dict: false,
            basetype,
            heaptype: false,
        },
    );
    PyObjectRef::new_type(ty, metatype)
}

impl Vm {
    /// Create an interpreter with the built-in types and the `builtins` module.
    pub fn new() -> Vm {
        Vm::with_io(
            Arc::new(Mutex::new(OutputSink::Stdout)),
            Arc::new(Mutex::new(OutputSink::Stderr)),
            Arc::new(Mutex::new(None)),
        )
    }

    /// A new interpreter writing to, and reading from, the given sinks (an
    /// interpreter made by `concurrent.interpreters` shares its maker's, so
    /// that an embedder capturing output sees both).
    pub fn with_io(
        stdout: Arc<Mutex<OutputSink>>,
        stderr: Arc<Mutex<OutputSink>>,
        stdin: Arc<Mutex<Option<Box<dyn std::io::BufRead + Send>>>>,
    ) -> Vm {
        // Bootstrap `object` and `type`, which refer to each other.
        let object = PyObjectRef::new_bootstrap_type(PyType::new(
            "object",
            None,
            vec![],
            vec![],
            &PyBaseObject::VTABLE,
            TypeFlags {
                has_dict: false,
                basetype: true,
                heaptype: false,
            },
        ));
        let type_ = PyObjectRef::new_bootstrap_type(PyType::new(
            "type",
            Some(object.clone()),
            vec![object.clone()],
            vec![object.clone()],
            &PyType::VTABLE,
            TypeFlags {
                has_dict: false,
                basetype: true,
                heaptype: false,
            },
        ));
        // SAFETY: both were just created with a null type and are not used yet.
        unsafe {
            object.init_class(&type_);
            type_.init_class(&type_);
        }
        // Every type made from here on inherits the heap from its metatype.
        let heap = Rc::new(Heap::new());
        // The thread that makes an interpreter holds its lock (see `Vm::detach`).
        heap.gil.acquire();
        object.ty_payload().set_heap(heap.clone());
        type_.ty_payload().set_heap(heap.clone());
        type_.register_subclass();
        let t = |name: &str, vt: &'static crate::object::core::PayloadVTable, sub: bool| {
            PyObjectRef::new_type(
                PyType::new(
                    name,
                    Some(object.clone()),
                    vec![object.clone()],
                    vec![object.clone()],
                    vt,
                    TypeFlags {
                        has_dict: false,
                        basetype: sub,
                        heaptype: false,
                    },
                ),
                &type_,
            )
        };
        use crate::object::*;
        let int = t("int", &PyInt::VTABLE, true);
        let bool_ = new_static_type::<PyInt>("bool", &int, &type_, false);
        let function = PyObjectRef::new_type(
            PyType::new(
                "function",
                Some(object.clone()),
                vec![object.clone()],
                vec![object.clone()],
                &function::PyFunction::VTABLE,
                TypeFlags {
                    has_dict: true,
                    basetype: false,
                    heaptype: false,
                },
            ),
            &type_,
        );
        let types = Types {
            int,
            bool: bool_,
            float: t("float", &PyFloat::VTABLE, true),
            complex: t("complex", &complex::PyComplex::VTABLE, true),
            str: t("str", &PyStr::VTABLE, true),
            bytes: t("bytes", &bytes::PyBytes::VTABLE, true),
            bytearray: t("bytearray", &bytearray::PyByteArray::VTABLE, true),
            bytearray_iterator: t("bytearray_iterator", &iter::PyIterator::VTABLE, false),
            memoryview: t("memoryview", &memoryview::PyMemoryView::VTABLE, false),
            memory_iterator: t("memory_iterator", &iter::PyIterator::VTABLE, false),
            tuple: t("tuple", &PyTuple::VTABLE, true),
            list: t("list", &PyList::VTABLE, true),
            dict: t("dict", &PyDict::VTABLE, true),
            set: t("set", &set::PySet::VTABLE, true),
            frozenset: t("frozenset", &set::PySet::VTABLE, true),
            range: t("range", &range::PyRange::VTABLE, false),
            slice: t("slice", &slice::PySlice::VTABLE, false),
            function,
            builtin_function: t(
                "builtin_function_or_method",
                &function::PyBuiltinFunction::VTABLE,
                false,
            ),
            method: t("method", &function::PyBoundMethod::VTABLE, false),
            cell: t("cell", &function::PyCell::VTABLE, false),
            code: t("code", &function::PyCode::VTABLE, false),
            module: PyObjectRef::new_type(
                PyType::new(
                    "module",
                    Some(object.clone()),
                    vec![object.clone()],
                    vec![object.clone()],
                    &module::PyModule::VTABLE,
                    TypeFlags {
                        has_dict: false,
                        basetype: true,
                        heaptype: false,
                    },
                ),
                &type_,
            ),
            none_type: t("NoneType", &PyNone::VTABLE, false),
            not_implemented_type: t("NotImplementedType", &PyNotImplemented::VTABLE, false),
            ellipsis_type: t("ellipsis", &PyEllipsis::VTABLE, false),
            null_type: t("NULL", &PyNull::VTABLE, false),
            generator: t("generator", &generator::PyGenerator::VTABLE, false),
            coroutine: t("coroutine", &generator::PyGenerator::VTABLE, false),
            async_generator: t("async_generator", &generator::PyGenerator::VTABLE, false),
            coroutine_wrapper: t("coroutine_wrapper", &coroutine::PyCoroWrapper::VTABLE, false),
            async_generator_asend: t("async_generator_asend", &coroutine::PyAsyncGenASend::VTABLE, false),
            async_generator_athrow: t("async_generator_athrow", &coroutine::PyAsyncGenAThrow::VTABLE, false),
            async_generator_wrapped_value: t(
                "async_generator_wrapped_value",
                &coroutine::PyAsyncGenWrapped::VTABLE,
                false,
            ),
            anext_awaitable: t("anext_awaitable", &coroutine::PyANextAwaitable::VTABLE, false),
            weakref: t("weakref.ReferenceType", &weakref::PyWeakRef::VTABLE, true),
            member_descriptor: t("member_descriptor", &member::PyMemberDescr::VTABLE, false),
            property: t("property", &function::PyProperty::VTABLE, true),
            staticmethod: t("staticmethod", &function::PyStaticMethod::VTABLE, true),
            classmethod: t("classmethod", &function::PyClassMethod::VTABLE, true),
            super_: t("super", &function::PySuper::VTABLE, true),
            getset: t("getset_descriptor", &function::PyGetSet::VTABLE, false),
            list_iterator: t("list_iterator", &iter::PyIterator::VTABLE, false),
            list_reverseiterator: t("list_reverseiterator", &iter::PyIterator::VTABLE, false),
            tuple_iterator: t("tuple_iterator", &iter::PyIterator::VTABLE, false),
            range_iterator: t("range_iterator", &iter::PyIterator::VTABLE, false),
            str_iterator: t("str_ascii_iterator", &iter::PyIterator::VTABLE, false),
            bytes_iterator: t("bytes_iterator", &iter::PyIterator::VTABLE, false),
            dict_keyiterator: t("dict_keyiterator", &iter::PyIterator::VTABLE, false),
            dict_valueiterator: t("dict_valueiterator", &iter::PyIterator::VTABLE, false),
            dict_itemiterator: t("dict_itemiterator", &iter::PyIterator::VTABLE, false),
            set_iterator: t("set_iterator", &iter::PyIterator::VTABLE, false),
            iterator: t("iterator", &iter::PyIterator::VTABLE, false),
            callable_iterator: t("callable_iterator", &iter::PyIterator::VTABLE, false),
            enumerate: t("enumerate", &iter::PyIterator::VTABLE, true),
            zip: t("zip", &iter::PyIterator::VTABLE, true),
            map: t("map", &iter::PyIterator::VTABLE, true),
            filter: t("filter", &iter::PyIterator::VTABLE, true),
            reversed: t("reversed", &iter::PyIterator::VTABLE, true),
            dict_keys: t("dict_keys", &iter::PyDictView::VTABLE, false),
            dict_values: t("dict_values", &iter::PyDictView::VTABLE, false),
            dict_items: t("dict_items", &iter::PyDictView::VTABLE, false),
            traceback: t("traceback", &exception::PyTraceback::VTABLE, false),
            frame: t("frame", &crate::object::frameobj::PyFrame::VTABLE, false),
            dict_reversekeyiterator: t("dict_reversekeyiterator", &iter::PyIterator::VTABLE, false),
            dict_reversevalueiterator: t("dict_reversevalueiterator", &iter::PyIterator::VTABLE, false),
            dict_reverseitemiterator: t("dict_reverseitemiterator", &iter::PyIterator::VTABLE, false),
            longrange_iterator: t("longrange_iterator", &iter::PyIterator::VTABLE, false),
            str_unicode_iterator: t("str_iterator", &iter::PyIterator::VTABLE, false),
            object: object.clone(),
            type_: type_.clone(),
        };

        let exc = ExcTypes::create(&types, &mut |name, parent| {
            let ty = PyType::new(
                name,
                Some(parent.clone()),
                vec![parent.clone()],
                parent.mro(),
                &PyBaseException::VTABLE,
                TypeFlags {
                    has_dict: true,
                    basetype: true,
                    heaptype: false,
                },
            );
            PyObjectRef::new_type(ty, &type_)
        });

        let none = PyObjectRef::new(PyNone, &types.none_type);
        let mut interned: ahash::AHashSet<InternKey> = ahash::AHashSet::default();
        let mut intern = |s: &str| -> PyObjectRef {
            if let Some(o) = interned.get(s) {
                return o.0.clone();
            }
            let o = PyObjectRef::new(PyStr::new(s), &types.str);
            o.downcast_ref::<PyStr>().expect("just made a str").mark_interned();
            interned.insert(InternKey(o.clone()));
            o
        };
        let names = Names::create(&mut intern);
        let empty_str = intern("");
        // Made on first use (`Shared::latin1_char`, `Shared::byte_singleton`).
        let latin1_chars: Box<[std::cell::OnceCell<PyObjectRef>]> = (0..256).map(|_| Default::default()).collect();
        let byte_singletons: Box<[std::cell::OnceCell<PyObjectRef>]> = (0..=256).map(|_| Default::default()).collect();
        let small_ints = (SMALL_INT_MIN..=SMALL_INT_MAX)
            .map(|v| {
                PyObjectRef::new(
                    PyInt {
                        value: IntValue::Small(v),
                    },
                    &types.int,
                )
            })
            .collect();
        let true_ = PyObjectRef::new(
            PyInt {
                value: IntValue::Small(1),
            },
            &types.bool,
        );
        let false_ = PyObjectRef::new(
            PyInt {
                value: IntValue::Small(0),
            },
            &types.bool,
        );
        let not_implemented = PyObjectRef::new(PyNotImplemented, &types.not_implemented_type);
        let ellipsis = PyObjectRef::new(PyEllipsis, &types.ellipsis_type);
        let null = PyObjectRef::new(PyNull, &types.null_type);
        // Exact tuples and dicts of atoms are not tracked (`object/gc.rs`).
        heap.set_atom_types(&types.tuple, &types.dict);
        let empty_tuple = PyObjectRef::new(PyTuple::boxed(Vec::new()), &types.tuple);
        heap.untrack_new(&empty_tuple);
        let builtins_dict = PyObjectRef::new(PyDict::default(), &types.dict);
        let builtins = PyObjectRef::new(
            PyModule {
                dict: builtins_dict.clone(),
            },
            &types.module,
        );
        let modules = PyObjectRef::new(PyDict::default(), &types.dict);

        let last = Bootstrap {
            pair: Some((type_.clone(), object.clone())),
            heap: heap.clone(),
        };
        let shared = Shared {
            types,
            exc,
            names,
            none,
            true_,
            false_,
            not_implemented,
            ellipsis,
            null,
            empty_tuple,
            empty_str,
            small_ints,
            latin1_chars,
            byte_singletons,
            interned: RefCell::new(interned),
            str_hasher: ahash::RandomState::with_seeds(0x4b61_6120, 0x7079_7468, 0x6f6e_2121, 0x5f6b_6161),
            builtins,
            builtins_dict,
            modules,
            native_modules: RefCell::new(AHashMap::new()),
            host_modules: RefCell::new(AHashMap::new()),
            frozen_modules: Cell::new(&[]),
            stdlib_dir: RefCell::new(None),
            host_classes: RefCell::new(AHashMap::new()),
            recursion_limit: Cell::new(DEFAULT_RECURSION_LIMIT),
            stdout,
            stderr,
            stdin,
            argv: RefCell::new(Vec::new()),
            path: RefCell::new(Vec::new()),
            allow_exit: Cell::new(true),
            optimize: Cell::new(0),
            gil: heap.gil.clone(),
            heap,
            module_state: RefCell::new(AHashMap::new()),
            import_locks: RefCell::new(Default::default()),
            rust_state: RefCell::new(AHashMap::new()),
            ended_threads_opcodes: RefCell::new(Box::new([0; 256])),
            ended_threads_spec: RefCell::new([[0; crate::stats::SPEC_WAYS]; crate::stats::spec::N]),
            ended_threads_misses: RefCell::new(Default::default()),
            limits: crate::limits::Limits::with_gil(&last.heap.gil),
            retired_classes: RefCell::new(Vec::new()),
            _last: last,
        };
        let hold = GilHold {
            gil: shared.gil.clone(),
            held: Rc::new(Cell::new(true)),
        };
        let mut vm = Vm::with_shared(Arc::new(shared), hold);
        vm.defer_type_attrs = true;
        crate::init_builtin_types(&mut vm);
        vm.defer_type_attrs = false;
        let mut types = vm.types.all();
        types.extend(vm.exc.all().into_iter().map(|(_, t)| t));
        for t in &types {
            t.ty_payload().attrs.shrink_pending();
        }
        vm
    }

    fn with_shared(shared: Arc<Shared>, hold: GilHold) -> Vm {
        Vm {
            shared,
            recursion_depth: 0,
            exc_info: None,
            caller: None,
            frame_globals: None,
            frame_stack: Vec::new(),
            frame_serial: 0,
            trace: Default::default(),
            repr_active: Vec::new(),
            stats_enabled: false,
            opcode_counts: Box::new([0; 256]),
            spec_counts: [[0; crate::stats::SPEC_WAYS]; crate::stats::spec::N],
            spec_misses: Default::default(),
            frame_pool: Vec::new(),
            spare_frames: Vec::new(),
            is_main_thread: true,
            defer_type_attrs: false,
            hold,
        }
    }

    /// The globals of the innermost running Python frame, if one runs (the
    /// namespace whose `__name__` a class made by `type(name, bases, dict)`
    /// takes as its `__module__`).
    pub fn current_globals(&self) -> Option<PyObjectRef> {
        // SAFETY: `frame_globals` is the globals of a frame that is running
        // now, which holds a reference to them: it is set when the frame
        // starts and put back to the caller's value when it stops.
        self.frame_globals.map(|p| unsafe { PyObjectRef::from_ptr(p) })
    }

    /// A `Vm` for a new thread of this interpreter (a Python thread), holding
    /// the lock: call it on that thread, after taking the lock with
    /// [`Gil::acquire`]. The new view starts with no exception being handled
    /// and depth 0, and counts instructions if this one does.
    pub fn for_new_thread(start: ThreadStart) -> Vm {
        let shared = start.0;
        debug_assert!(shared.gil.is_held(), "a thread's Vm is made under the lock");
        let hold = GilHold {
            gil: shared.gil.clone(),
            held: Rc::new(Cell::new(true)),
        };
        let on = shared.heap.stats.on.get();
        let mut vm = Vm::with_shared(shared, hold);
        vm.stats_enabled = on;
        vm.is_main_thread = false;
        vm
    }

    /// The end of a Python thread: its instruction counts join the
    /// interpreter's, and it no longer counts as a thread that may want the
    /// lock. (The caller then drops this `Vm`, which releases the lock.)
    pub fn end_thread(&mut self) {
        let mut total = self.ended_threads_opcodes.borrow_mut();
        for (t, n) in total.iter_mut().zip(self.opcode_counts.iter()) {
            *t += n;
        }
        drop(total);
        let mut spec = self.ended_threads_spec.borrow_mut();
        for (t, n) in spec.iter_mut().flatten().zip(self.spec_counts.iter().flatten()) {
            *t += n;
        }
        drop(spec);
        self.ended_threads_misses.borrow_mut().add(&self.spec_misses);
        self.gil.threads.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }

    /// `getattr(obj, name)` with a Rust name.
    pub fn get_attr_str(&mut self, obj: &PyObjectRef, name: &str) -> PyResult {
        let n = self.intern(name);
        self.get_attr(obj, &n)
    }

    /// The shared part, to hand to a new thread ([`Vm::for_new_thread`]).
    pub fn thread_start(&self) -> ThreadStart {
        ThreadStart(self.shared.clone())
    }

    /// Whether this thread holds the interpreter lock.
    pub fn is_attached(&self) -> bool {
        self.hold.held.get()
    }

    /// Release the interpreter lock (an embedder between calls; a thread about
    /// to block). No object may be touched until [`Vm::attach`].
    pub fn detach(&self) {
        if self.hold.held.get() {
            self.hold.held.set(false);
            self.gil.release();
        }
    }

    /// Hold the lock (taking it if this `Vm` is detached) until the returned
    /// guard is dropped, without borrowing the `Vm`: an embedding API's call
    /// declares one first, so that every object it touches, down to the last
    /// local dropped, is touched under the lock.
    pub fn enter(&self) -> Entered {
        let was_attached = self.is_attached();
        self.attach();
        Entered {
            gil: self.gil.clone(),
            held: self.hold.held.clone(),
            was_attached,
        }
    }

    /// Take the interpreter lock again, waiting for other threads' turns.
    pub fn attach(&self) {
        if !self.hold.held.get() {
            self.gil.acquire();
            self.hold.held.set(true);
        }
    }

    /// Run `f` (a blocking wait: sleep, a lock, I/O) with the interpreter lock
    /// released, so that other threads of this interpreter run meanwhile. `f`
    /// is `Send`, so it cannot capture objects. Without other Python threads,
    /// nobody could use the lock, so it is kept.
    pub fn allow_threads<R>(&mut self, f: impl FnOnce() -> R + Send) -> R {
        if self.gil.threads.load(std::sync::atomic::Ordering::Relaxed) == 0 {
            return f();
        }
        self.without_lock(f)
    }

    /// Run `f` with the interpreter lock released, always (running another
    /// interpreter, whose lock `f` takes: `concurrent.interpreters`).
    pub fn without_lock<R>(&mut self, f: impl FnOnce() -> R + Send) -> R {
        if !self.hold.held.get() {
            return f();
        }
        /// Takes the lock back when `f` returns, and also when it panics (a
        /// host's `Blocking` function whose panic becomes a `RuntimeError`).
        struct Reattach<'a>(&'a Vm);
        impl Drop for Reattach<'_> {
            fn drop(&mut self) {
                self.0.attach();
            }
        }
        self.detach();
        let _again = Reattach(self);
        f()
    }

    // ----- interning -----

    /// The canonical interned `str` for `s` (CPython's `sys.intern`).
    pub fn intern(&mut self, s: &str) -> PyObjectRef {
        if let Some(o) = self.lookup_interned(s) {
            self.heap.stats.bump(&self.heap.stats.intern_hits);
            return o;
        }
        self.heap.stats.bump(&self.heap.stats.interned);
        let o = PyObjectRef::new(PyStr::new(s), &self.types.str);
        o.downcast_ref::<PyStr>().expect("just made a str").mark_interned();
        self.interned.borrow_mut().insert(InternKey(o.clone()));
        o
    }

    /// The one-character `str` of the Latin-1 code point `c`, shared.
    #[inline]
    fn latin1_char(&self, c: u8) -> PyObjectRef {
        match self.latin1_chars[usize::from(c)].get() {
            Some(o) => o.clone(),
            None => self.make_latin1_char(c),
        }
    }

    /// The first use of a one-character `str`: an ASCII one is the interned
    /// string (made now unless a name already made it), so `'a'` from
    /// indexing is `sys.intern('a')`, as when they were all made at start-up.
    #[cold]
    fn make_latin1_char(&self, c: u8) -> PyObjectRef {
        let ch = char::from(c);
        let o = if ch.is_ascii() {
            let text = ch.encode_utf8(&mut [0; 4]).to_owned();
            self.lookup_interned(&text).unwrap_or_else(|| {
                let o = PyObjectRef::new(PyStr::new(text.as_str()), &self.types.str);
                o.downcast_ref::<PyStr>().expect("just made a str").mark_interned();
                self.interned.borrow_mut().insert(InternKey(o.clone()));
                o
            })
        } else {
            PyObjectRef::new(PyStr::new(ch.to_string()), &self.types.str)
        };
        self.latin1_chars[usize::from(c)].get_or_init(|| o).clone()
    }

    /// The shared one-byte `bytes` object of byte `i` (`i == 256`: `b""`).
    #[inline]
    fn byte_singleton(&self, i: usize) -> PyObjectRef {
        self.byte_singletons[i]
            .get_or_init(|| {
                let b: Box<[u8]> = if i < 256 { Box::new([i as u8]) } else { Box::new([]) };
                PyObjectRef::new(crate::object::bytes::PyBytes::new(b), &self.types.bytes)
            })
            .clone()
    }

    /// Turn on `kaa --stats` counting: instructions per opcode and the optional
    /// counters (per-type allocations, small ints, interning, hashes, probes).
    pub fn enable_stats(&mut self, on: bool) {
        self.stats_enabled = on;
        self.heap.stats.on.set(on);
    }

    /// The hash of a `str`, computed once and cached in the object (counted for
    /// `kaa --stats`).
    #[inline]
    pub fn str_hash(&self, s: &PyStr) -> i64 {
        let h = s.cached_hash();
        if h != -1 {
            self.heap.stats.bump(&self.heap.stats.hashes_cached);
            return h;
        }
        self.heap.stats.bump(&self.heap.stats.hashes_computed);
        s.hash_with(&self.str_hasher)
    }

    /// Intern an existing `str` object: returns the canonical object for its text.
    pub fn intern_obj(&mut self, s: &PyObjectRef) -> PyObjectRef {
        match s.downcast_ref::<PyStr>() {
            Some(p) if p.is_interned() => s.clone(),
            Some(p) if s.class().is(&self.types.str) => {
                if let Some(o) = self.lookup_interned(p.as_str()) {
                    self.heap.stats.bump(&self.heap.stats.intern_hits);
                    return o;
                }
                self.heap.stats.bump(&self.heap.stats.interned);
                p.mark_interned();
                self.interned.borrow_mut().insert(InternKey(s.clone()));
                s.clone()
            }
            Some(p) => {
                let text = p.as_str().to_string();
                self.intern(&text)
            }
            None => s.clone(),
        }
    }

    /// The interned object for `s` if one exists (no allocation).
    pub fn lookup_interned(&self, s: &str) -> Option<PyObjectRef> {
        self.interned.borrow().get(s).map(|k| k.0.clone())
    }

    pub fn interned_count(&self) -> usize {
        self.interned.borrow().len()
    }

    // ----- constructors -----

    #[inline]
    pub fn none(&self) -> PyObjectRef {
        self.none.clone()
    }

    #[inline]
    pub fn new_bool(&self, b: bool) -> PyObjectRef {
        if b {
            self.true_.clone()
        } else {
            self.false_.clone()
        }
    }

    /// An int; values in `-5..=256` come from the small-int cache.
    #[inline]
    pub fn new_int(&self, v: i64) -> PyObjectRef {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
            self.heap.stats.bump(&self.heap.stats.small_int_hits);
            return self.small_ints[(v - SMALL_INT_MIN) as usize].clone();
        }
        PyObjectRef::new(
            PyInt {
                value: IntValue::Small(v),
            },
            &self.types.int,
        )
    }

    pub fn new_int_value(&self, v: IntValue) -> PyObjectRef {
        match v {
            IntValue::Small(i) => self.new_int(i),
            big => PyObjectRef::new(PyInt { value: big }, &self.types.int),
        }
    }

    pub fn new_bigint(&self, v: num_bigint::BigInt) -> PyObjectRef {
        self.new_int_value(IntValue::from_big(v))
    }

    #[inline]
    pub fn new_float(&self, v: f64) -> PyObjectRef {
        PyObjectRef::new(PyFloat { value: v }, &self.types.float)
    }

    /// A new `str` (not interned; one-character Latin-1 strings are shared).
    pub fn new_complex(&self, real: f64, imag: f64) -> PyObjectRef {
        PyObjectRef::new(crate::object::complex::PyComplex { real, imag }, &self.types.complex)
    }

    pub fn new_str(&self, s: impl Into<String> + AsRef<str>) -> PyObjectRef {
        let r = s.as_ref();
        if r.is_empty() {
            return self.empty_str.clone();
        }
        let mut it = r.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            if (c as u32) < 256 {
                return self.latin1_char(c as u8);
            }
        }
        PyObjectRef::new(PyStr::new(s.into()), &self.types.str)
    }

    pub fn new_char(&self, c: char) -> PyObjectRef {
        if (c as u32) < 256 {
            return self.latin1_char(c as u32 as u8);
        }
        PyObjectRef::new(PyStr::new(c.to_string()), &self.types.str)
    }

    /// A bytes object; the empty one and the 256 one-byte ones are shared, as
    /// in CPython.
    pub fn new_bytes(&self, b: impl Into<Box<[u8]>>) -> PyObjectRef {
        let b: Box<[u8]> = b.into();
        match b.len() {
            0 => return self.byte_singleton(256),
            1 => return self.byte_singleton(usize::from(b[0])),
            _ => {}
        }
        PyObjectRef::new(crate::object::bytes::PyBytes::new(b), &self.types.bytes)
    }

    pub fn new_tuple(&self, mut items: Vec<PyObjectRef>) -> PyObjectRef {
        self.new_tuple_from_tail(&mut items, 0)
    }

    /// A tuple of `items` (the empty tuple is shared), its items inline.
    #[inline]
    pub fn new_tuple_from<I: ExactSizeIterator<Item = PyObjectRef>>(&self, items: I) -> PyObjectRef {
        if items.len() == 0 {
            return self.empty_tuple.clone();
        }
        PyObjectRef::new_inline_tuple(items, &self.types.tuple)
    }

    /// A tuple of the items `v[at..]`, moved out of `v` (a value stack).
    #[inline]
    pub fn new_tuple_from_tail(&self, v: &mut Vec<PyObjectRef>, at: usize) -> PyObjectRef {
        if at == v.len() {
            return self.empty_tuple.clone();
        }
        PyObjectRef::new_inline_tuple_from_tail(v, at, &self.types.tuple)
    }

    pub fn new_list(&self, items: Vec<PyObjectRef>) -> PyObjectRef {
        PyObjectRef::new(PyList::new(items), &self.types.list)
    }

    /// A new empty dict, untracked until it holds something that is not an
    /// atom (`object/gc.rs`).
    pub fn new_dict(&self) -> PyObjectRef {
        let d = PyObjectRef::new(PyDict::default(), &self.types.dict);
        self.heap.untrack_new(&d);
        d
    }

    /// A built-in function (module-level: it never binds `self`).
    pub fn new_builtin_function(&self, name: &'static str, func: NativeFn) -> PyObjectRef {
        PyObjectRef::new(
            PyBuiltinFunction {
                name,
                owner: None,
                func,
                binding: Binding::Function,
                self_: None,
                needs_frame: false,
                data: None,
            },
            &self.types.builtin_function,
        )
    }

    /// Install a method on a built-in type: `cls.name = func` (binding as a method).
    pub fn add_method(&mut self, cls: &PyObjectRef, name: &'static str, func: NativeFn) {
        self.add_native(cls, name, func, Binding::Method);
    }

    /// Install a class method (`dict.fromkeys`) on a built-in type.
    pub fn add_classmethod(&mut self, cls: &PyObjectRef, name: &'static str, func: NativeFn) {
        self.add_native(cls, name, func, Binding::ClassMethod);
    }

    /// Install a static function (e.g. `__new__`, which receives the class
    /// explicitly) on a built-in type.
    pub fn add_static(&mut self, cls: &PyObjectRef, name: &'static str, func: NativeFn) {
        self.add_native(cls, name, func, Binding::Function);
    }

    fn add_native(&mut self, cls: &PyObjectRef, name: &'static str, func: NativeFn, binding: Binding) {
        if self.defer_type_attrs {
            let item = PendingAttr::Native { name, func, binding };
            let t = cls.ty_payload();
            t.attrs.defer(&self.shared, t.name(), item);
            return;
        }
        let owner: Box<str> = cls.ty_payload().name().into();
        let f = PyObjectRef::new(
            PyBuiltinFunction {
                name,
                owner: Some(owner),
                func,
                binding,
                self_: None,
                needs_frame: false,
                data: None,
            },
            &self.types.builtin_function,
        );
        let key = self.intern(name);
        cls.ty_payload().set_attr(key, f);
    }

    /// Install a built-in data descriptor (`cls.name` computed by `getter`).
    pub fn add_getset(
        &mut self,
        cls: &PyObjectRef,
        name: &'static str,
        getter: crate::object::function::Getter,
        setter: Option<crate::object::function::Setter>,
    ) {
        if self.defer_type_attrs {
            let item = PendingAttr::GetSet { name, getter, setter };
            let t = cls.ty_payload();
            t.attrs.defer(&self.shared, t.name(), item);
            return;
        }
        let d = PyObjectRef::new(
            crate::object::function::PyGetSet { name, getter, setter },
            &self.types.getset,
        );
        let key = self.intern(name);
        cls.ty_payload().set_attr(key, d);
    }

    /// Set a plain attribute on a type (`cls.name = value`).
    pub fn set_type_attr(&mut self, cls: &PyObjectRef, name: &str, value: PyObjectRef) {
        let key = self.intern(name);
        if self.defer_type_attrs {
            let t = cls.ty_payload();
            t.attrs.defer(&self.shared, t.name(), PendingAttr::Value { key, value });
            return;
        }
        cls.ty_payload().set_attr(key, value);
    }

    /// A new class object (as `class` statements and `type(name, bases, dict)` make).
    pub fn new_class(&mut self, name: &str, bases: Vec<PyObjectRef>, metatype: &PyObjectRef) -> PyResult {
        self.new_class_with_slots(name, bases, metatype, None)
    }

    /// A new class; with `slots`, instances get that many extra `__slots__`
    /// entries and a `__dict__` only if asked for or inherited.
    pub fn new_class_with_slots(
        &mut self,
        name: &str,
        bases: Vec<PyObjectRef>,
        metatype: &PyObjectRef,
        slots: Option<&SlotSpec>,
    ) -> PyResult {
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        for b in &bases {
            match b.as_type() {
                Some(t) if t.flags.basetype => {}
                Some(t) => {
                    return Err(self.new_type_error(format!("type '{}' is not an acceptable base type", t.name())))
                }
                None => return Err(self.new_type_error("bases must be types".to_string())),
            }
        }
        // The "solid base": the base whose instances have a non-object layout.
        // (Vtables are compared by payload type: a const's address is not unique.)
        let object_id = std::any::TypeId::of::<PyBaseObject>();
        let mut vtable = bases[0].ty_payload().vtable;
        let mut solid: Option<&PyObjectRef> = None;
        for b in &bases {
            let vt = b.ty_payload().vtable;
            if vt.type_id != object_id {
                match solid {
                    Some(s) if s.ty_payload().vtable.type_id != vt.type_id => {
                        return Err(self.new_type_error("multiple bases have instance lay-out conflict".to_string()))
                    }
                    _ => {
                        solid = Some(b);
                        vtable = vt;
                    }
                }
            }
        }
        let mro_tail = compute_mro_tail(&bases).map_err(|m| self.new_type_error(m))?;
        // Slots are inherited from the bases that have them, which must share
        // one layout: the base with the most slots extends the class that
        // laid out every other base's slots (as `class C(A, B)` where A and B
        // both derive from one class with `__slots__` and add none).
        let mut base_slots = 0;
        let mut slot_base: Option<&PyObjectRef> = None;
        for b in &bases {
            let n = b.ty_payload().nslots;
            if n == 0 {
                continue;
            }
            if let Some(s) = slot_base {
                let (big, small) = if n > base_slots { (b, s) } else { (s, b) };
                // The class that laid out `small`'s slots: the last one in its
                // MRO with as many slots.
                let nsmall = small.ty_payload().nslots;
                let owner = small.mro().into_iter().rev().find(|c| c.ty_payload().nslots == nsmall);
                if !owner.map_or(false, |o| big.is_subtype(&o)) {
                    return Err(self.new_type_error("multiple bases have instance lay-out conflict".to_string()));
                }
            }
            if n > base_slots {
                slot_base = Some(b);
                base_slots = n;
            }
        }
        let base_dict = bases.iter().any(|b| b.ty_payload().instances_have_dict());
        let base_weakref = bases
            .iter()
            .any(|b| b.ty_payload().weakrefable.get() && b.ty_payload().flags.heaptype);
        // CPython cannot add a weakref slot to variable-size objects (int, tuple,
        // bytes), so instances of their subclasses are not weakly referenceable.
        let first_base_name = bases[0].ty_payload().name().to_string();
        let var_sized = {
            let id = vtable.type_id;
            id == std::any::TypeId::of::<PyInt>()
                || id == std::any::TypeId::of::<PyTuple>()
                || id == std::any::TypeId::of::<crate::object::bytes::PyBytes>()
        };
        let mut ty = PyType::new(
            name,
            Some(bases[0].clone()),
            bases,
            mro_tail,
            vtable,
            TypeFlags {
                has_dict: true,
                basetype: true,
                heaptype: true,
            },
        );
        match slots {
            None => {
                if base_slots > 0 {
                    ty.set_slots(base_slots);
                }
            }
            Some(spec) => {
                if var_sized && !spec.names.is_empty() {
                    return Err(self.new_type_error(format!(
                        "nonempty __slots__ not supported for subtype of '{first_base_name}'"
                    )));
                }
                if spec.dict && base_dict {
                    return Err(self.new_type_error("__dict__ slot disallowed: we already got one"));
                }
                if spec.weakref && (base_weakref || var_sized) {
                    return Err(self.new_type_error(
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                    ));
                }
                let has_dict = spec.dict || base_dict;
                if !has_dict {
                    ty.set_no_dict();
                }
                let total = base_slots + spec.names.len();
                if !has_dict || total > 0 {
                    ty.set_slots(total);
                }
                ty.weakrefable.set(spec.weakref || base_weakref);
            }
        }
        if var_sized {
            ty.weakrefable.set(false);
        }
        if metatype.ty_payload().instances_have_dict() {
            return Ok(PyObjectRef::new_type_with_dict(
                ty,
                metatype,
                crate::object::core::InstanceDict::new(),
            ));
        }
        Ok(PyObjectRef::new_type(ty, metatype))
    }

    #[inline]
    fn count_instance_with_values(&self) {
        let stats = &self.heap.stats;
        if stats.on.get() {
            stats.instances_with_values.set(stats.instances_with_values.get() + 1);
        }
    }

    /// Allocate an instance of `cls` with `payload`, giving it a `__dict__` when the
    /// class has one (inline values at first: docs/internals/instance-values.md).
    pub fn new_instance<T: PyPayload>(&self, payload: T, cls: &PyObjectRef) -> PyObjectRef {
        use crate::object::core::{InstanceDict, Layout};
        match cls.ty_payload().layout {
            Layout::Plain => PyObjectRef::new(payload, cls),
            Layout::Dict => {
                self.count_instance_with_values();
                PyObjectRef::new_with_dict(payload, cls, InstanceDict::new())
            }
            Layout::Slots => PyObjectRef::new_with_slots(payload, cls, None),
            Layout::DictSlots => {
                self.count_instance_with_values();
                PyObjectRef::new_with_slots(payload, cls, Some(InstanceDict::new()))
            }
        }
    }

    // ----- exceptions -----

    /// An exception of class `cls` with `args`.
    pub fn new_exception(&self, cls: &PyObjectRef, args: Vec<PyObjectRef>) -> PyObjectRef {
        let args = self.new_tuple(args);
        self.new_instance(PyBaseException::new(args), cls)
    }

    /// An exception of class `cls` with one message argument.
    pub fn new_exception_msg(&self, cls: &PyObjectRef, msg: impl Into<String> + AsRef<str>) -> PyObjectRef {
        let m = self.new_str(msg);
        self.new_exception(cls, vec![m])
    }

    #[cold]
    pub fn new_type_error(&self, msg: impl Into<String> + AsRef<str>) -> PyObjectRef {
        self.new_exception_msg(&self.exc.type_error, msg)
    }
    #[cold]
    pub fn new_value_error(&self, msg: impl Into<String> + AsRef<str>) -> PyObjectRef {
        self.new_exception_msg(&self.exc.value_error, msg)
    }
    #[cold]
    pub fn new_index_error(&self, msg: impl Into<String> + AsRef<str>) -> PyObjectRef {
        self.new_exception_msg(&self.exc.index_error, msg)
    }
    #[cold]
    pub fn new_key_error(&self, key: PyObjectRef) -> PyObjectRef {
        self.new_exception(&self.exc.key_error, vec![key])
    }
    #[cold]
    pub fn new_attribute_error(&self, msg: impl Into<String> + AsRef<str>) -> PyObjectRef {
        self.new_exception_msg(&self.exc.attribute_error, msg)
    }
    #[cold]
    pub fn new_name_error(&self, msg: impl Into<String> + AsRef<str>) -> PyObjectRef {
        self.new_exception_msg(&self.exc.name_error, msg)
    }
    #[cold]
    pub fn new_overflow_error(&self, msg: impl Into<String> + AsRef<str>) -> PyObjectRef {
        self.new_exception_msg(&self.exc.overflow_error, msg)
    }
    #[cold]
    pub fn new_zero_division_error(&self, msg: impl Into<String> + AsRef<str>) -> PyObjectRef {
        self.new_exception_msg(&self.exc.zero_division_error, msg)
    }
    #[cold]
    pub fn new_runtime_error(&self, msg: impl Into<String> + AsRef<str>) -> PyObjectRef {
        self.new_exception_msg(&self.exc.runtime_error, msg)
    }
    #[cold]
    pub fn new_recursion_error(&self) -> PyObjectRef {
        self.new_exception_msg(&self.exc.recursion_error, "maximum recursion depth exceeded")
    }
    #[cold]
    pub fn new_stop_iteration(&self, value: Option<PyObjectRef>) -> PyObjectRef {
        let args = value.into_iter().collect();
        self.new_exception(&self.exc.stop_iteration, args)
    }
    #[cold]
    pub fn new_memory_error(&self) -> PyObjectRef {
        self.new_exception(&self.exc.memory_error, vec![])
    }

    /// `TypeError: unsupported operand type(s) for +: 'int' and 'str'`.
    #[cold]
    pub fn new_unsupported_operands(&self, op: &str, a: &PyObjectRef, b: &PyObjectRef) -> PyObjectRef {
        self.new_type_error(format!(
            "unsupported operand type(s) for {op}: '{}' and '{}'",
            a.ty().name(),
            b.ty().name()
        ))
    }

    // ----- small helpers used everywhere -----

    #[inline]
    pub fn is_none(&self, o: &PyObjectRef) -> bool {
        o.is(&self.none)
    }

    /// Enter one level of native or Python recursion; `RecursionError` past the limit.
    #[inline]
    pub fn enter_recursion(&mut self) -> PyResult<()> {
        self.recursion_depth += 1;
        if self.recursion_depth > self.recursion_limit.get() {
            self.recursion_depth -= 1;
            return Err(self.new_recursion_error());
        }
        Ok(())
    }

    #[inline]
    pub fn leave_recursion(&mut self) {
        self.recursion_depth -= 1;
    }

    /// Write to `sys.__stdout__` (behind what it holds in its buffer), or
    /// without one to the stdout sink.
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        if let Some(h) = crate::builtins::STD_STREAM_HOOKS.get() {
            if let Some(r) = (h.write_std)(self, crate::builtins::StdStreamKind::Stdout, s) {
                return r;
            }
        }
        self.charge_output(s.len())?;
        // Console and file writes may block: other threads run meanwhile.
        let out = self.stdout.clone();
        let r = self.allow_threads(move || lock_sink(&out).write_all(s.as_bytes()));
        if let Err(e) = r {
            return Err(crate::object::exception_methods::new_os_error(self, &e));
        }
        Ok(())
    }

    /// Write to `sys.__stderr__` (as [`Vm::write_stdout`]); errors are ignored.
    pub fn write_stderr(&mut self, s: &str) {
        if let Some(h) = crate::builtins::STD_STREAM_HOOKS.get() {
            if let Some(Ok(())) = (h.write_std)(self, crate::builtins::StdStreamKind::Stderr, s) {
                return;
            }
        }
        if self.charge_output(s.len()).is_err() {
            return;
        }
        let err = self.stderr.clone();
        let _ = self.allow_threads(move || lock_sink(&err).write_all(s.as_bytes()));
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

/// Small vector for argument buffers (bound-method calls prepend `self`).
pub type ArgVec = SmallVec<[PyObjectRef; 8]>;

/// Make the objects of a built-in type's recorded attributes
/// ([`PendingAttr`]), as `Vm::add_native`, `Vm::add_getset` and
/// `Vm::set_type_attr` would have at start-up: keys interned, in order.
/// Called by `AttrCell::fill` on the type's first use, under the lock (a
/// type is only touched by a thread holding it).
pub(crate) fn make_pending_attrs(
    shared: &Shared,
    owner: &str,
    items: Vec<PendingAttr>,
) -> Vec<(PyObjectRef, PyObjectRef)> {
    let intern = |name: &str| -> PyObjectRef {
        if let Some(o) = shared.interned.borrow().get(name) {
            return o.0.clone();
        }
        shared.heap.stats.bump(&shared.heap.stats.interned);
        let o = PyObjectRef::new(PyStr::new(name), &shared.types.str);
        o.downcast_ref::<PyStr>().expect("just made a str").mark_interned();
        shared.interned.borrow_mut().insert(InternKey(o.clone()));
        o
    };
    // What is made here would have been made at start-up, before the
    // memory a script uses was counted: it is the interpreter's, not the
    // script's, and does not count against a memory limit (`limits.rs`).
    let counting = shared.heap.stats.on.replace(false);
    let made = items
        .into_iter()
        .map(|item| match item {
            PendingAttr::Native { name, func, binding } => {
                let f = PyObjectRef::new(
                    PyBuiltinFunction {
                        name,
                        owner: Some(owner.into()),
                        func,
                        binding,
                        self_: None,
                        needs_frame: false,
                        data: None,
                    },
                    &shared.types.builtin_function,
                );
                (intern(name), f)
            }
            PendingAttr::GetSet { name, getter, setter } => {
                let d = PyObjectRef::new(
                    crate::object::function::PyGetSet { name, getter, setter },
                    &shared.types.getset,
                );
                (intern(name), d)
            }
            PendingAttr::Value { key, value } => (key, value),
        })
        .collect();
    shared.heap.stats.on.set(counting);
    made
}
