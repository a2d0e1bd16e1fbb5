//! The native recursion guard: every place where the depth of Rust recursion
//! follows a structure a script built (iterators wrapping iterators, nested
//! containers compared or printed, tuples of tuples given to `isinstance`,
//! descriptors calling descriptors, exception chains) goes through
//! [`Vm::guarded`].
//!
//! # Notes
//!
//! One counter, `Vm::recursion_depth`, counts Python frames and guarded native
//! levels together, against `sys.getrecursionlimit()`: this is CPython 3.11's
//! model (`Py_EnterRecursiveCall` and Python frames share one counter), so
//! `RecursionError` comes at the same depth as there, with the same message
//! suffix (" in comparison", " while getting the repr of an object", ...).
//!
//! The counter alone does not keep the thread's stack safe: a level can take
//! several kilobytes in a debug build, and an embedder may run Kaa on a 256 KB
//! thread. So each guarded level also runs under `stacker::maybe_grow`: when
//! less than [`RED_ZONE`] bytes of stack are left, the rest of the recursion
//! continues on a fresh [`SEGMENT`] allocated on the heap. The limit bounds how
//! many segments a script can make (about one per hundred levels; figures in
//! docs/reliability.md). The cost when nothing grows is an increment, a
//! compare, and a read of the thread's stack limit.

use crate::object::PyObjectRef;
use crate::vm::{PyResult, Vm};

/// Stack that must be left before a guarded level runs here rather than on a
/// new segment. Above the deepest unguarded work between two guard points.
pub const RED_ZONE: usize = 64 * 1024;
/// Size of a stack segment allocated when the red zone is reached.
pub const SEGMENT: usize = 1024 * 1024;

/// Message suffixes, as CPython 3.11 words them.
pub const PLAIN: &str = "";
/// Calling an object through its type's call slot (method wrappers, partials,
/// callable iterators, descriptors' `__get__`).
pub const CALLING: &str = " while calling a Python object";
/// Rich comparison of nested containers.
pub const COMPARISON: &str = " in comparison";
/// `repr()` of nested containers.
pub const REPR: &str = " while getting the repr of an object";
/// `isinstance()` with nested tuples.
pub const INSTANCECHECK: &str = " in __instancecheck__";
/// `issubclass()` with nested tuples.
pub const SUBCLASSCHECK: &str = " in __subclasscheck__";

impl Vm {
    /// Run `f` one level deeper: `RecursionError` ("maximum recursion depth
    /// exceeded" + `why`) past the recursion limit, and on a fresh stack
    /// segment when this one is nearly used up.
    #[inline]
    pub fn guarded<R>(&mut self, why: &'static str, f: impl FnOnce(&mut Vm) -> PyResult<R>) -> PyResult<R> {
        self.recursion_depth += 1;
        if self.recursion_depth > self.recursion_limit.get() {
            self.recursion_depth -= 1;
            return Err(self.new_recursion_error_why(why));
        }
        let r = stacker::maybe_grow(RED_ZONE, SEGMENT, || f(self));
        self.recursion_depth -= 1;
        r
    }

    /// `RecursionError: maximum recursion depth exceeded` + `why`.
    #[cold]
    pub fn new_recursion_error_why(&self, why: &str) -> PyObjectRef {
        if why.is_empty() {
            return self.new_recursion_error();
        }
        self.new_exception_msg(
            &self.exc.recursion_error,
            format!("maximum recursion depth exceeded{why}"),
        )
    }
}
