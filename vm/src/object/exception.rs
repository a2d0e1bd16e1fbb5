//! `BaseException` and its subclasses.
//!
//! Every exception is an instance (with a `__dict__`) whose payload holds the fields
//! CPython keeps in C: `args`, the traceback, `__cause__`, `__context__` and
//! `__suppress_context__`. Subclass-specific attributes (`StopIteration.value`,
//! `KeyError`'s key, `SystemExit.code`, `SyntaxError.lineno`, ...) live in the dict.

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use kaa_compiler::CodeObject;

use super::core::{PyObjectRef, PyPayload, Visit};

/// One traceback entry: a frame's code, the line it was executing and the
/// instruction (for the `^^^^` markers under the failing expression).
#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Arc<CodeObject>,
    pub lineno: u32,
    pub lasti: u32,
}

pub struct PyBaseException {
    /// The `args` tuple.
    pub args: RefCell<PyObjectRef>,
    /// Frames the exception passed through, innermost first (printed in reverse).
    pub traceback: RefCell<Vec<TracebackEntry>>,
    pub cause: RefCell<Option<PyObjectRef>>,
    pub context: RefCell<Option<PyObjectRef>>,
    pub suppress_context: Cell<bool>,
    /// For a `NameError` raised by the interpreter: the globals of the frame
    /// that looked the name up, for the "Did you mean" of its traceback
    /// (CPython reads them from the traceback's frame).
    pub globals: RefCell<Option<PyObjectRef>>,
    /// For a `BaseExceptionGroup`: its `message` and its `exceptions` tuple
    /// (`exception_group.rs`).
    pub group: RefCell<Option<Box<(PyObjectRef, PyObjectRef)>>>,
}

impl PyPayload for PyBaseException {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.args, |o, visit| visit.visit(o));
        visit.visit_cell(&self.cause, |o, visit| visit.visit_opt(o));
        visit.visit_cell(&self.context, |o, visit| visit.visit_opt(o));
        visit.visit_cell(&self.globals, |o, visit| visit.visit_opt(o));
        visit.visit_cell(&self.group, |g, visit| {
            if let Some(g) = g {
                visit.visit(&g.0);
                visit.visit(&g.1);
            }
        });
    }

    fn clear(&self) {
        for c in [&self.cause, &self.context, &self.globals] {
            let old = c.try_borrow_mut().map(|mut v| v.take());
            drop(old);
        }
        let old = self.group.try_borrow_mut().map(|mut v| v.take());
        drop(old);
    }
}

impl PyBaseException {
    pub fn new(args: PyObjectRef) -> PyBaseException {
        PyBaseException {
            args: RefCell::new(args),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            globals: RefCell::new(None),
            group: RefCell::new(None),
        }
    }
}

/// A `traceback` object: a view of one entry of an exception's traceback, with
/// `tb_next` leading towards the frame that raised.
pub struct PyTraceback {
    pub entries: std::rc::Rc<[TracebackEntry]>,
    /// Index into `entries` (which are innermost first).
    pub index: usize,
}

impl PyPayload for PyTraceback {}
