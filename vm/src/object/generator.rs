//! Generators, coroutines and async generators: a suspended frame plus its
//! state. The three share this payload and differ by `kind` (and by type).

use std::cell::{Cell, RefCell};

use super::core::{PyObjectRef, PyPayload, Visit};
use crate::frame::Frame;

/// Which of the three resumable objects a [`PyGenerator`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    /// `async def` without `yield`.
    Coroutine,
    /// `async def` with `yield`.
    AsyncGenerator,
}

impl GenKind {
    /// The word CPython's messages use (`generator already executing`, ...).
    pub fn word(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

pub struct PyGenerator {
    pub kind: GenKind,
    /// Async generators: an `asend`/`athrow` awaitable is running it (`ag_running`).
    pub running_async: Cell<bool>,
    /// Async generators: finished or closed (`aclose` then does nothing).
    pub closed: Cell<bool>,
    /// Async generators: `sys.set_asyncgen_hooks`' hooks were applied (at
    /// its first `__anext__`/`asend`/`athrow`/`aclose`).
    pub hooks_inited: Cell<bool>,
    /// Async generators: the finalizer hook, called instead of closing it
    /// when it is freed unfinished.
    pub finalizer: RefCell<Option<PyObjectRef>>,
    /// `None` once the generator has finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    /// Whether the frame has started (a non-None `send` before start is an error).
    pub started: Cell<bool>,
    pub name: PyObjectRef,
    pub qualname: PyObjectRef,
    /// The code object (`gi_code`), kept after the frame is gone.
    pub code: PyObjectRef,
    /// The exception the suspended frame is handling (it was in an `except`
    /// block when it yielded), made current again when it resumes.
    pub exc_state: RefCell<Option<PyObjectRef>>,
}

impl PyPayload for PyGenerator {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.name);
        visit.visit(&self.qualname);
        visit.visit(&self.code);
        visit.visit_cell(&self.exc_state, |e, visit| visit.visit_opt(e));
        visit.visit_cell(&self.finalizer, |e, visit| visit.visit_opt(e));
        visit.visit_cell(&self.frame, |f, visit| {
            if let Some(f) = f {
                f.traverse(visit)
            }
        });
    }

    fn clear(&self) {
        if !self.running.get() {
            let old = self.frame.try_borrow_mut().map(|mut f| f.take());
            drop(old);
            let old = self.exc_state.try_borrow_mut().map(|mut e| e.take());
            drop(old);
            let old = self.finalizer.try_borrow_mut().map(|mut e| e.take());
            drop(old);
        }
    }

    /// A suspended generator is closed before it is freed (its `finally` blocks
    /// run), as CPython does; a coroutine never started warns that it was
    /// never awaited.
    const FINALIZES: bool = true;

    fn wants_finalize(&self) -> bool {
        let hooked = self.finalizer.try_borrow().is_ok_and(|f| f.is_some());
        (self.started.get() || self.kind == GenKind::Coroutine || hooked)
            && self.frame.try_borrow().is_ok_and(|f| f.is_some())
    }
}
