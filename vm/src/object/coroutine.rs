//! The helper objects of coroutines and async generators: the iterator
//! `coro.__await__()` returns, the awaitables `asend`/`athrow`/`aclose` of an
//! async generator return, `anext(it, default)`'s awaitable, and the marker an
//! async generator's own `yield` puts around its value (`ASYNC_GEN_WRAP`).
//! Coroutines and async generators themselves are `PyGenerator`s
//! (`object/generator.rs`); their behaviour is in `vm/src/coroutine.rs`.

use std::cell::{Cell, RefCell};

use super::core::{PyObjectRef, PyPayload, Visit};

/// `coroutine_wrapper`: what `coro.__await__()` returns.
pub struct PyCoroWrapper {
    pub coro: PyObjectRef,
}

impl PyPayload for PyCoroWrapper {
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.coro);
    }
}

/// A value yielded by an async generator's own `yield` (not passed through
/// from an `await`).
pub struct PyAsyncGenWrapped {
    pub value: PyObjectRef,
}

impl PyPayload for PyAsyncGenWrapped {
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.value);
    }
}

/// Where an `asend`/`athrow` awaitable is (CPython's `AWAITABLE_STATE_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AwaitableState {
    Init,
    Iter,
    Closed,
}

/// `async_generator_asend`: `agen.asend(v)` and `agen.__anext__()`.
pub struct PyAsyncGenASend {
    pub gen: PyObjectRef,
    pub sendval: RefCell<Option<PyObjectRef>>,
    pub state: Cell<AwaitableState>,
}

impl PyPayload for PyAsyncGenASend {
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.gen);
        visit.visit_cell(&self.sendval, |v, visit| visit.visit_opt(v));
    }
    fn clear(&self) {
        let old = self.sendval.try_borrow_mut().map(|mut v| v.take());
        drop(old);
    }
}

/// `async_generator_athrow`: `agen.athrow(...)`, and `agen.aclose()` when
/// `exc` is `None` (it throws GeneratorExit).
pub struct PyAsyncGenAThrow {
    pub gen: PyObjectRef,
    pub exc: RefCell<Option<PyObjectRef>>,
    pub is_close: bool,
    pub state: Cell<AwaitableState>,
}

impl PyPayload for PyAsyncGenAThrow {
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.gen);
        visit.visit_cell(&self.exc, |v, visit| visit.visit_opt(v));
    }
    fn clear(&self) {
        let old = self.exc.try_borrow_mut().map(|mut v| v.take());
        drop(old);
    }
}

/// `anext_awaitable`: `anext(it, default)`, which awaits `it.__anext__()`
/// and turns its StopAsyncIteration into the default.
pub struct PyANextAwaitable {
    pub wrapped: PyObjectRef,
    pub default: PyObjectRef,
    /// The iterator of `wrapped`'s `__await__`, once started.
    pub iter: RefCell<Option<PyObjectRef>>,
}

impl PyPayload for PyANextAwaitable {
    const GC: bool = true;
    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.wrapped);
        visit.visit(&self.default);
        visit.visit_cell(&self.iter, |v, visit| visit.visit_opt(v));
    }
    fn clear(&self) {
        let old = self.iter.try_borrow_mut().map(|mut v| v.take());
        drop(old);
    }
}
