//! Generators: a suspended frame plus its state.

use std::cell::{Cell, RefCell};

use super::core::{PyObjectRef, PyPayload, Visit};
use crate::frame::Frame;

pub struct PyGenerator {
    /// `None` once the generator has finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    /// Whether the frame has started (a non-None `send` before start is an error).
    pub started: Cell<bool>,
    pub name: PyObjectRef,
    pub qualname: PyObjectRef,
    /// The code object (`gi_code`), kept after the frame is gone.
    pub code: PyObjectRef,
}

impl PyPayload for PyGenerator {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.name);
        visit.visit(&self.qualname);
        visit.visit(&self.code);
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
        }
    }

    /// A suspended generator is closed before it is freed (its `finally` blocks
    /// run), as CPython does.
    fn wants_finalize(&self) -> bool {
        self.started.get() && self.frame.try_borrow().is_ok_and(|f| f.is_some())
    }
}
