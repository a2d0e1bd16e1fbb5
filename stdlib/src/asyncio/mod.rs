//! `_asyncio`: the hot core of `asyncio` (`py/asyncio/`), as CPython's C
//! accelerator of the same name: `Future`, `Task` and the iterator that
//! `await fut` runs (`FutureIter`), plus the registry of current tasks; and
//! the loop's `Handle` (`handle.rs`), which CPython keeps in Python.
//!
//! `asyncio.futures` and `asyncio.tasks` import `Future` and `Task` from here
//! when they can (`try: from _asyncio import ...`), after handing over what
//! the types need from Python with `_setup` (the exception classes,
//! `events.get_event_loop`, `contextvars.copy_context`, the registry of all
//! tasks) and installing the methods that are not hot (`__repr__`,
//! `__del__`, `get_stack`, ...) with `_install`. The pure-Python classes stay
//! the reference: every method here does what its Python twin does.
//!
//! One payload, [`PyFuture`], serves both types: a Task is a Future with a
//! coroutine, a context and the future it waits for. Stepping a task
//! ([`task_step`]) resumes the coroutine directly (`generator::resume`), so a
//! task switch runs no Python code of asyncio's own; the loop still calls
//! the step through a `Handle` and `Context.run`.
//!
//! A future with an exception nobody retrieved, and a task destroyed while
//! pending, ask to be finalized ([`PyPayload::wants_finalize`]) so that the
//! `__del__` installed from Python reports them, as CPython does.
//!
//! The counters `kaa --stats` shows (task steps; the loop counts its
//! iterations with [`loop_iteration`]) are in `HeapStats`
//! (`docs/internals/asyncio.md`).

mod fast;
mod handle;
mod queue;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use kaa_vm::generator::{resume, SendResult};
use kaa_vm::object::core::{PayloadVTable, PyPayload, Visit};
use kaa_vm::object::exception::{PyBaseException, TracebackEntry};
use kaa_vm::object::function::{Binding, PyBuiltinFunction};
use kaa_vm::object::generator::{GenKind, PyGenerator};
use kaa_vm::object::iter::PyYieldOnce;
use kaa_vm::object::typ::{PyType, TypeFlags};
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

const PENDING: u8 = 0;
const CANCELLED: u8 = 1;
const FINISHED: u8 = 2;

const FUTURE: &str = "_asyncio.Future";
const TASK: &str = "_asyncio.Task";
const FUTURE_ITER: &str = "_asyncio.FutureIter";
const SLEEP_ONCE: &str = "_asyncio._SleepOnce";
const STATE: &str = "_asyncio.state";

/// The fields a Future (and a Task) keeps behind one `RefCell`. What most
/// futures never use is in [`Rare`], so that a Task is a 128-byte object (a
/// program can hold tens of thousands of them: `docs/performance.md`,
/// "Session 15: peak memory").
#[derive(Default)]
struct Fields {
    loop_: Option<PyObjectRef>,
    result: Option<PyObjectRef>,
    /// The first `(callback, context)` pair (the only one, usually: the task
    /// waiting for this future); the others are in `Rare::callbacks`.
    callback0: Option<(PyObjectRef, PyObjectRef)>,
    // Task only.
    coro: Option<PyObjectRef>,
    context: Option<PyObjectRef>,
    /// Set by `set_name` or a `name` argument, or made from
    /// `PyFuture::number` when first asked for.
    name: Option<PyObjectRef>,
    fut_waiter: Option<PyObjectRef>,
    rare: Option<Box<Rare>>,
}

/// The fields of a future that failed, was cancelled or has more than one
/// callback.
#[derive(Default)]
struct Rare {
    exception: Option<PyObjectRef>,
    exception_tb: Vec<TracebackEntry>,
    /// The callbacks after `Fields::callback0`, in order.
    callbacks: Vec<(PyObjectRef, PyObjectRef)>,
    cancel_message: Option<PyObjectRef>,
    cancelled_exc: Option<PyObjectRef>,
}

impl Fields {
    fn rare(&mut self) -> &mut Rare {
        self.rare.get_or_insert_with(Box::default)
    }

    fn exception(&self) -> Option<&PyObjectRef> {
        self.rare.as_ref().and_then(|r| r.exception.as_ref())
    }

    fn cancel_message(&self) -> Option<PyObjectRef> {
        self.rare.as_ref().and_then(|r| r.cancel_message.clone())
    }

    fn set_cancel_message(&mut self, m: Option<PyObjectRef>) {
        if m.is_some() || self.rare.is_some() {
            self.rare().cancel_message = m;
        }
    }

    fn has_callbacks(&self) -> bool {
        self.callback0.is_some()
    }

    fn push_callback(&mut self, cb: (PyObjectRef, PyObjectRef)) {
        if self.callback0.is_none() {
            self.callback0 = Some(cb);
        } else {
            self.rare().callbacks.push(cb);
        }
    }

    /// All the callbacks, in order; none are left.
    fn take_callbacks(&mut self) -> Vec<(PyObjectRef, PyObjectRef)> {
        let Some(first) = self.callback0.take() else {
            return Vec::new();
        };
        let more = self
            .rare
            .as_mut()
            .map(|r| std::mem::take(&mut r.callbacks))
            .unwrap_or_default();
        let mut all = Vec::with_capacity(1 + more.len());
        all.push(first);
        all.extend(more);
        all
    }

    /// Replace the callbacks with `cbs`, in order.
    fn set_callbacks(&mut self, cbs: Vec<(PyObjectRef, PyObjectRef)>) {
        let old = self.take_callbacks();
        for cb in cbs {
            self.push_callback(cb);
        }
        drop(old);
    }

    fn callbacks(&self) -> impl Iterator<Item = &(PyObjectRef, PyObjectRef)> {
        let more = self.rare.as_ref().map_or(&[][..], |r| &r.callbacks[..]);
        self.callback0.iter().chain(more)
    }
}

/// The payload of `_asyncio.Future` and `_asyncio.Task` objects.
pub struct PyFuture {
    state: Cell<u8>,
    blocking: Cell<bool>,
    log_traceback: Cell<bool>,
    is_task: Cell<bool>,
    must_cancel: Cell<bool>,
    log_destroy_pending: Cell<bool>,
    /// A C `int` in CPython too.
    num_cancels_requested: Cell<i32>,
    /// A task's number N, for its default name `Task-N` (made when first
    /// asked for, as the str costs as much as a third of the task); 0 when
    /// the name is in `Fields::name` (or the number did not fit).
    number: Cell<u32>,
    f: RefCell<Fields>,
}

// A Task is a 128-byte block (with the GC head and header, 32 bytes).
const _: () = assert!(std::mem::size_of::<PyFuture>() <= 96);

impl PyFuture {
    fn new() -> PyFuture {
        PyFuture {
            state: Cell::new(PENDING),
            blocking: Cell::new(false),
            log_traceback: Cell::new(false),
            is_task: Cell::new(false),
            must_cancel: Cell::new(false),
            log_destroy_pending: Cell::new(true),
            num_cancels_requested: Cell::new(0),
            number: Cell::new(0),
            f: RefCell::new(Fields::default()),
        }
    }
}

impl PyPayload for PyFuture {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.f, |f, v| {
            for o in [&f.loop_, &f.result, &f.coro, &f.context, &f.name, &f.fut_waiter] {
                v.visit_opt(o);
            }
            if let Some(r) = &f.rare {
                for o in [&r.exception, &r.cancel_message, &r.cancelled_exc] {
                    v.visit_opt(o);
                }
            }
            for (cb, ctx) in f.callbacks() {
                v.visit(cb);
                v.visit(ctx);
            }
        });
    }

    fn clear(&self) {
        if let Ok(mut f) = self.f.try_borrow_mut() {
            let old = std::mem::take(&mut *f);
            drop(f);
            drop(old);
        }
    }

    const FINALIZES: bool = true;

    fn wants_finalize(&self) -> bool {
        self.log_traceback.get()
            || (self.is_task.get() && self.state.get() == PENDING && self.log_destroy_pending.get())
    }
}

/// The iterator `Future.__await__` returns.
pub struct PyFutureIter {
    fut: RefCell<Option<PyObjectRef>>,
    yielded: Cell<bool>,
}

impl PyPayload for PyFutureIter {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.fut, |f, v| v.visit_opt(f));
    }

    fn clear(&self) {
        let old = self.fut.try_borrow_mut().ok().and_then(|mut f| f.take());
        drop(old);
    }
}

/// What `_setup` hands over from Python.
#[derive(Default)]
struct Hooks {
    cancelled_error: Option<PyObjectRef>,
    invalid_state_error: Option<PyObjectRef>,
    get_event_loop: Option<PyObjectRef>,
    copy_context: Option<PyObjectRef>,
    iscoroutine: Option<PyObjectRef>,
    register_task: Option<PyObjectRef>,
    /// `asyncio.tasks._current_tasks`: loop -> the task it is running.
    current_tasks: Option<PyObjectRef>,
}

/// What [`call_soon_native`] checks a loop against (`_setup_loop`).
#[derive(Clone)]
struct LoopFast {
    /// `call_soon`, `_call_soon`, `_check_closed` (interned) ...
    names: [PyObjectRef; 3],
    /// ... and `BaseEventLoop`'s functions of those names.
    funcs: [PyObjectRef; 3],
    /// `_closed`, `_debug`, `_ready` (interned).
    attrs: [PyObjectRef; 3],
}

/// The module's state (one object in `Vm::module_state`).
pub struct AsyncioState {
    hooks: RefCell<Hooks>,
    loop_fast: RefCell<Option<Rc<LoopFast>>>,
    queue_fast: RefCell<Option<Rc<queue::QueueFast>>>,
    /// Loop classes that keep `BaseEventLoop`'s `call_soon` and read
    /// `_closed`, `_debug`, `_ready` from the instance dict.
    loop_memo: fast::TagMemo,
    /// Queue classes that keep `Queue`'s methods (`queue.rs`).
    queue_memo: fast::TagMemo,
    /// Event classes that keep `Event.clear` (`queue.rs`).
    event_memo: fast::TagMemo,
    /// Loop classes whose `__hash__` is `object.__hash__`: a loop's hash then
    /// depends on its address only, and `loop_hash` remembers the last one.
    hash_memo: fast::TagMemo,
    loop_hash: Cell<(usize, i64)>,
    /// Each thread's running loop, with the process id it was set in
    /// (`_set_running_loop`; a forked child sees none).
    running: RefCell<crate::thread::IdentMap<(PyObjectRef, u32)>>,
    task_counter: Cell<u64>,
    context_kw: RefCell<Option<PyObjectRef>>,
}

impl PyPayload for AsyncioState {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.hooks, |h, v| {
            for o in [
                &h.cancelled_error,
                &h.invalid_state_error,
                &h.get_event_loop,
                &h.copy_context,
                &h.iscoroutine,
                &h.register_task,
                &h.current_tasks,
            ] {
                v.visit_opt(o);
            }
        });
        visit.visit_cell(&self.running, |m, v| m.values().for_each(|(l, _)| v.visit(l)));
        visit.visit_cell(&self.queue_fast, |qf, v| {
            if let Some(qf) = qf {
                qf.objects().for_each(|o| v.visit(o));
            }
        });
        visit.visit_cell(&self.loop_fast, |lf, v| {
            if let Some(lf) = lf {
                lf.names
                    .iter()
                    .chain(&lf.funcs)
                    .chain(&lf.attrs)
                    .for_each(|o| v.visit(o));
            }
        });
    }

    fn clear(&self) {
        let old = self.hooks.try_borrow_mut().ok().map(|mut h| std::mem::take(&mut *h));
        drop(old);
        let old = self.loop_fast.try_borrow_mut().ok().and_then(|mut l| l.take());
        drop(old);
        let old = self.queue_fast.try_borrow_mut().ok().and_then(|mut q| q.take());
        drop(old);
        let old = self.running.try_borrow_mut().ok().map(|mut m| std::mem::take(&mut *m));
        drop(old);
    }
}

// ----- helpers -----

fn state_obj(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get(STATE).cloned();
    found.ok_or_else(|| vm.new_runtime_error("_asyncio is not initialized"))
}

/// One of the hooks `_setup` gave, or a RuntimeError if it was not called.
fn hook(vm: &mut Vm, pick: fn(&Hooks) -> &Option<PyObjectRef>) -> PyResult<PyObjectRef> {
    let st = state_obj(vm)?;
    let found = st
        .downcast_ref::<AsyncioState>()
        .and_then(|s| pick(&s.hooks.borrow()).clone());
    found.ok_or_else(|| vm.new_runtime_error("_asyncio._setup() was not called"))
}

fn state_type(vm: &mut Vm, key: &str) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get(key).cloned();
    found.ok_or_else(|| vm.new_runtime_error("_asyncio is not initialized"))
}

/// `self` of a Future method, with its payload.
fn this<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyObjectRef, &'a PyFuture)> {
    if let Some(o) = args.pos().first() {
        if let Some(f) = o.downcast_ref::<PyFuture>() {
            return Ok((o, f));
        }
        return Err(vm.new_type_error(format!(
            "descriptor '{name}' for '_asyncio.Future' objects doesn't apply to a '{}' object",
            o.ty().name()
        )));
    }
    Err(vm.new_type_error(format!(
        "descriptor '{name}' of '_asyncio.Future' object needs an argument"
    )))
}

fn this_task<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyObjectRef, &'a PyFuture)> {
    let (o, f) = this(vm, args, name)?;
    if !f.is_task.get() {
        let task = state_type(vm, TASK)?;
        if !o.is_instance_of(&task) {
            return Err(vm.new_type_error(format!(
                "descriptor '{name}' for '_asyncio.Task' objects doesn't apply to a '{}' object",
                o.ty().name()
            )));
        }
    }
    Ok((o, f))
}

fn fut_of<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a PyFuture> {
    o.downcast_ref::<PyFuture>()
        .ok_or_else(|| vm.new_type_error("an _asyncio.Future was expected"))
}

fn get_loop(vm: &mut Vm, f: &PyFuture) -> PyResult<PyObjectRef> {
    let l = f.f.borrow().loop_.clone();
    l.ok_or_else(|| vm.new_runtime_error("Future object is not initialized."))
}

fn invalid_state(vm: &mut Vm, msg: &str) -> PyObjectRef {
    match hook(vm, |h| &h.invalid_state_error) {
        Ok(cls) => vm.new_exception_msg(&cls, msg),
        Err(e) => e,
    }
}

/// A bound built-in method of `obj` (`task.__step`, `task.task_wakeup`), as
/// the loop's handles show them (`Task.task_wakeup`).
fn bound(vm: &Vm, obj: &PyObjectRef, name: &'static str, func: NativeFn) -> PyObjectRef {
    PyObjectRef::new(
        PyBuiltinFunction {
            name,
            owner: Some("Task".into()),
            func,
            binding: Binding::Method,
            self_: Some(obj.clone()),
            needs_frame: false,
            data: None,
        },
        &vm.types.builtin_function,
    )
}

/// The bound `task.__step` (a handle holding the task makes it when needed:
/// `handle.rs`).
pub(crate) fn task_step_bound(vm: &Vm, task: &PyObjectRef) -> PyObjectRef {
    bound(vm, task, "__step", task_step_method)
}

/// `loop.call_soon(task.__step, *args, context=ctx)`: on a loop
/// [`call_soon_native`] serves, the handle holds the task itself and no
/// bound method is made until the step runs.
fn schedule_step(
    vm: &mut Vm,
    loop_: &PyObjectRef,
    task: &PyObjectRef,
    arg: Option<PyObjectRef>,
    ctx: Option<PyObjectRef>,
) -> PyResult<()> {
    if call_soon_native(vm, loop_, task, true, arg.as_ref(), ctx.as_ref())? {
        return Ok(());
    }
    let step = task_step_bound(vm, task);
    call_soon_python(vm, loop_, step, arg, ctx)
}

/// `loop.call_soon(callback, *args, context=ctx)`.
fn call_soon(
    vm: &mut Vm,
    loop_: &PyObjectRef,
    callback: PyObjectRef,
    arg: Option<PyObjectRef>,
    ctx: Option<PyObjectRef>,
) -> PyResult<()> {
    if call_soon_native(vm, loop_, &callback, false, arg.as_ref(), ctx.as_ref())? {
        return Ok(());
    }
    call_soon_python(vm, loop_, callback, arg, ctx)
}

/// `loop.call_soon(...)` called as a method.
fn call_soon_python(
    vm: &mut Vm,
    loop_: &PyObjectRef,
    callback: PyObjectRef,
    arg: Option<PyObjectRef>,
    ctx: Option<PyObjectRef>,
) -> PyResult<()> {
    let meth = vm.get_attr_str(loop_, "call_soon")?;
    let mut items = vec![callback];
    items.extend(arg);
    match ctx {
        Some(c) => {
            let kw = context_kw(vm)?;
            items.push(c);
            let kws = [kw];
            vm.call(&meth, Args::new(&items, &kws))?;
        }
        None => {
            vm.call(&meth, Args::positional(&items))?;
        }
    }
    Ok(())
}

/// What `BaseEventLoop.call_soon` does, without its three Python frames,
/// for a loop whose class keeps `BaseEventLoop`'s `call_soon`, `_call_soon`
/// and `_check_closed` (as `_setup_loop` gave them) and which is neither
/// closed nor in debug mode: make a `Handle` and append it to `_ready`.
/// `false`: the caller must call `loop.call_soon` (which raises for a
/// closed loop, and checks the callback in debug mode).
fn call_soon_native(
    vm: &mut Vm,
    loop_: &PyObjectRef,
    callback: &PyObjectRef,
    task_step: bool,
    arg: Option<&PyObjectRef>,
    ctx: Option<&PyObjectRef>,
) -> PyResult<bool> {
    let st = state_obj(vm)?;
    let Some(s) = st.downcast_ref::<AsyncioState>() else {
        return Ok(false);
    };
    let Some(lf) = s.loop_fast.borrow().clone() else {
        return Ok(false);
    };
    let ty = loop_.class().ty_payload();
    if !s.loop_memo.known(ty) {
        for (name, func) in lf.names.iter().zip(&lf.funcs) {
            if !ty.lookup(name).is_some_and(|f| f.is(func)) {
                return Ok(false);
            }
        }
        if !fast::plain_instance_attrs(vm, ty, &lf.attrs) {
            return Ok(false);
        }
        s.loop_memo.remember(ty);
    }
    let closed = fast::read_attr(vm, loop_, &lf.attrs[0])?;
    if vm.is_true(&closed)? {
        return Ok(false);
    }
    let debug = fast::read_attr(vm, loop_, &lf.attrs[1])?;
    if vm.is_true(&debug)? {
        return Ok(false);
    }
    let ready = fast::read_attr(vm, loop_, &lf.attrs[2])?;
    let ctx = match ctx {
        Some(c) => c.clone(),
        None => crate::contextvars::copy_current(vm)?,
    };
    let args = vm.new_tuple(arg.into_iter().cloned().collect());
    let h = handle::new_handle(vm, callback.clone(), task_step, args, loop_.clone(), ctx)?;
    if !crate::collections::deque_push_back(vm, &ready, h.clone()) {
        vm.call_method(&ready, "append", &[h])?;
    }
    Ok(true)
}

fn context_kw(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let st = state_obj(vm)?;
    let s = st
        .downcast_ref::<AsyncioState>()
        .ok_or_else(|| vm.new_runtime_error("_asyncio state"))?;
    if let Some(k) = s.context_kw.borrow().clone() {
        return Ok(k);
    }
    let k = vm.intern("context");
    *s.context_kw.borrow_mut() = Some(k.clone());
    Ok(k)
}

/// Schedule the callbacks of a future that just finished.
fn schedule_callbacks(vm: &mut Vm, fut: &PyObjectRef, f: &PyFuture) -> PyResult<()> {
    let (cbs, loop_) = {
        let mut fl = f.f.borrow_mut();
        if !fl.has_callbacks() {
            return Ok(());
        }
        (fl.take_callbacks(), fl.loop_.clone())
    };
    let Some(loop_) = loop_ else {
        return Err(vm.new_runtime_error("Future object is not initialized."));
    };
    for (cb, ctx) in cbs {
        call_soon(vm, &loop_, cb, Some(fut.clone()), Some(ctx))?;
    }
    Ok(())
}

fn make_cancelled_error(vm: &mut Vm, f: &PyFuture) -> PyResult<PyObjectRef> {
    let (exc, msg) = {
        let mut fl = f.f.borrow_mut();
        (
            fl.rare.as_mut().and_then(|r| r.cancelled_exc.take()),
            fl.cancel_message(),
        )
    };
    if let Some(e) = exc {
        return Ok(e);
    }
    let cls = hook(vm, |h| &h.cancelled_error)?;
    let args = match msg {
        Some(m) if !vm.is_none(&m) => vec![m],
        _ => vec![],
    };
    Ok(vm.new_exception(&cls, args))
}

fn set_result_inner(vm: &mut Vm, fut: &PyObjectRef, f: &PyFuture, v: PyObjectRef) -> PyResult<()> {
    if f.state.get() != PENDING {
        return Err(invalid_state(vm, "invalid state"));
    }
    f.f.borrow_mut().result = Some(v);
    f.state.set(FINISHED);
    schedule_callbacks(vm, fut, f)
}

fn set_exception_inner(vm: &mut Vm, fut: &PyObjectRef, f: &PyFuture, exc: PyObjectRef) -> PyResult<()> {
    if f.state.get() != PENDING {
        return Err(invalid_state(vm, "invalid state"));
    }
    let mut exc = exc;
    if exc.as_type().is_some() {
        exc = vm.call(&exc, Args::positional(&[]))?;
    }
    if !exc.is_instance_of(&vm.exc.base_exception) {
        return Err(vm.new_type_error("invalid exception object"));
    }
    if exc.class().is(&vm.exc.stop_iteration) {
        return Err(
            vm.new_type_error("StopIteration interacts badly with generators and cannot be raised into a Future")
        );
    }
    let tb = exc
        .downcast_ref::<PyBaseException>()
        .map(|e| e.traceback.borrow().clone())
        .unwrap_or_default();
    {
        let mut fl = f.f.borrow_mut();
        let r = fl.rare();
        r.exception = Some(exc);
        r.exception_tb = tb;
    }
    f.state.set(FINISHED);
    schedule_callbacks(vm, fut, f)?;
    f.log_traceback.set(true);
    Ok(())
}

fn cancel_inner(vm: &mut Vm, fut: &PyObjectRef, f: &PyFuture, msg: Option<PyObjectRef>) -> PyResult<bool> {
    f.log_traceback.set(false);
    if f.state.get() != PENDING {
        return Ok(false);
    }
    f.state.set(CANCELLED);
    f.f.borrow_mut().set_cancel_message(msg);
    schedule_callbacks(vm, fut, f)?;
    Ok(true)
}

/// `result()`: the value, or raise the exception (with its traceback as it
/// was set) or CancelledError.
fn result_inner(vm: &mut Vm, f: &PyFuture) -> PyResult {
    match f.state.get() {
        CANCELLED => Err(make_cancelled_error(vm, f)?),
        PENDING => Err(invalid_state(vm, "Result is not set.")),
        _ => {
            f.log_traceback.set(false);
            let mut fl = f.f.borrow_mut();
            if let Some(r) = &mut fl.rare {
                if let Some(e) = &r.exception {
                    // The traceback as it was set, once: as CPython's
                    // `_asyncio`, a second `result()` raises it afresh.
                    if let Some(p) = e.downcast_ref::<PyBaseException>() {
                        *p.traceback.borrow_mut() = std::mem::take(&mut r.exception_tb);
                    }
                    return Err(e.clone());
                }
            }
            Ok(fl.result.clone().unwrap_or_else(|| vm.none()))
        }
    }
}

fn add_callback_inner(
    vm: &mut Vm,
    fut: &PyObjectRef,
    f: &PyFuture,
    cb: PyObjectRef,
    ctx: Option<PyObjectRef>,
) -> PyResult<()> {
    if f.state.get() != PENDING {
        let loop_ = get_loop(vm, f)?;
        return call_soon(vm, &loop_, cb, Some(fut.clone()), ctx);
    }
    let ctx = match ctx {
        Some(c) => c,
        None => crate::contextvars::copy_current(vm)?,
    };
    f.f.borrow_mut().push_callback((cb, ctx));
    Ok(())
}

/// `None` for a missing or None optional argument.
fn opt(vm: &Vm, o: Option<&PyObjectRef>) -> Option<PyObjectRef> {
    o.filter(|v| !vm.is_none(v)).cloned()
}

// ----- Future -----

fn future_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos().first().cloned() else {
        return Err(vm.new_type_error("_asyncio.Future.__new__(): not enough arguments"));
    };
    let base = state_type(vm, FUTURE)?;
    if cls.as_type().is_none() || !cls.is_subtype(&base) {
        return Err(vm.new_type_error("_asyncio.Future.__new__(X): X is not a subtype of _asyncio.Future"));
    }
    Ok(vm.new_instance(PyFuture::new(), &cls))
}

fn init_loop(vm: &mut Vm, f: &PyFuture, loop_: Option<PyObjectRef>) -> PyResult<()> {
    let l = match loop_ {
        Some(l) => l,
        None => {
            let gel = hook(vm, |h| &h.get_event_loop)?;
            vm.call(&gel, Args::positional(&[]))?
        }
    };
    let mut fl = f.f.borrow_mut();
    fl.loop_ = Some(l);
    let old = fl.take_callbacks();
    drop(fl);
    drop(old);
    Ok(())
}

fn future_init(vm: &mut Vm, args: Args) -> PyResult {
    let (_, f) = this(vm, &args, "__init__")?;
    if args.pos().len() > 1 {
        return Err(vm.new_type_error(format!(
            "Future.__init__() takes 0 positional arguments but {} were given",
            args.pos().len() - 1
        )));
    }
    let mut loop_ = None;
    for (k, v) in args.kwargs() {
        if k != "loop" {
            return Err(vm.new_type_error(format!("Future.__init__() got an unexpected keyword argument '{k}'")));
        }
        loop_ = opt(vm, Some(v));
    }
    init_loop(vm, f, loop_)?;
    Ok(vm.none())
}

fn future_result(vm: &mut Vm, args: Args) -> PyResult {
    let (_, f) = this(vm, &args, "result")?;
    result_inner(vm, f)
}

fn future_exception(vm: &mut Vm, args: Args) -> PyResult {
    let (_, f) = this(vm, &args, "exception")?;
    match f.state.get() {
        CANCELLED => Err(make_cancelled_error(vm, f)?),
        PENDING => Err(invalid_state(vm, "Exception is not set.")),
        _ => {
            f.log_traceback.set(false);
            let e = f.f.borrow().exception().cloned();
            Ok(e.unwrap_or_else(|| vm.none()))
        }
    }
}

fn future_set_result(vm: &mut Vm, args: Args) -> PyResult {
    let (o, f) = this(vm, &args, "set_result")?;
    let [_, v] = args.exact::<2>(vm, "set_result")?.clone();
    set_result_inner(vm, o, f, v)?;
    Ok(vm.none())
}

fn future_set_exception(vm: &mut Vm, args: Args) -> PyResult {
    let (o, f) = this(vm, &args, "set_exception")?;
    let [_, v] = args.exact::<2>(vm, "set_exception")?.clone();
    set_exception_inner(vm, o, f, v)?;
    Ok(vm.none())
}

fn future_add_done_callback(vm: &mut Vm, args: Args) -> PyResult {
    let (o, f) = this(vm, &args, "add_done_callback")?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "add_done_callback() takes exactly 1 positional argument ({} given)",
            pos.len() - 1
        )));
    }
    let mut ctx = None;
    for (k, v) in args.kwargs() {
        if k != "context" {
            return Err(vm.new_type_error(format!("add_done_callback() got an unexpected keyword argument '{k}'")));
        }
        ctx = opt(vm, Some(v));
    }
    add_callback_inner(vm, o, f, pos[1].clone(), ctx)?;
    Ok(vm.none())
}

fn future_remove_done_callback(vm: &mut Vm, args: Args) -> PyResult {
    let (_, f) = this(vm, &args, "remove_done_callback")?;
    let [_, func] = args.exact::<2>(vm, "remove_done_callback")?.clone();
    let old = f.f.borrow_mut().take_callbacks();
    let mut kept = Vec::with_capacity(old.len());
    let mut removed = 0;
    let mut err = None;
    for (cb, ctx) in old {
        let same = if err.is_some() {
            false
        } else {
            match vm.eq(&cb, &func) {
                Ok(b) => b,
                Err(e) => {
                    err = Some(e);
                    false
                }
            }
        };
        if same {
            removed += 1;
        } else {
            kept.push((cb, ctx));
        }
    }
    // Callbacks added meanwhile (by an `__eq__`) go after the kept ones.
    let mut fl = f.f.borrow_mut();
    let added = fl.take_callbacks();
    kept.extend(added);
    fl.set_callbacks(kept);
    drop(fl);
    if let Some(e) = err {
        return Err(e);
    }
    Ok(vm.new_int(removed))
}

fn cancel_args(vm: &mut Vm, args: &Args) -> PyResult<Option<PyObjectRef>> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.new_type_error(format!(
            "cancel() takes at most 1 argument ({} given)",
            pos.len() - 1 + args.kwnames().len()
        )));
    }
    let mut msg = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        if k != "msg" || msg.is_some() {
            return Err(vm.new_type_error(format!("cancel() got an unexpected keyword argument '{k}'")));
        }
        msg = Some(v.clone());
    }
    Ok(opt(vm, msg.as_ref()))
}

fn future_cancel(vm: &mut Vm, args: Args) -> PyResult {
    let (o, f) = this(vm, &args, "cancel")?;
    let msg = cancel_args(vm, &args)?;
    let r = cancel_inner(vm, o, f, msg)?;
    Ok(vm.new_bool(r))
}

fn future_cancelled(vm: &mut Vm, args: Args) -> PyResult {
    let (_, f) = this(vm, &args, "cancelled")?;
    Ok(vm.new_bool(f.state.get() == CANCELLED))
}

fn future_done(vm: &mut Vm, args: Args) -> PyResult {
    let (_, f) = this(vm, &args, "done")?;
    Ok(vm.new_bool(f.state.get() != PENDING))
}

fn future_get_loop(vm: &mut Vm, args: Args) -> PyResult {
    let (_, f) = this(vm, &args, "get_loop")?;
    get_loop(vm, f)
}

fn future_make_cancelled_error(vm: &mut Vm, args: Args) -> PyResult {
    let (_, f) = this(vm, &args, "_make_cancelled_error")?;
    make_cancelled_error(vm, f)
}

fn future_await(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = this(vm, &args, "__await__")?;
    let cls = state_type(vm, FUTURE_ITER)?;
    Ok(vm.new_instance(
        PyFutureIter {
            fut: RefCell::new(Some(o.clone())),
            yielded: Cell::new(false),
        },
        &cls,
    ))
}

// ----- the getters and setters CPython's Future has -----

fn self_fut<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a PyFuture> {
    fut_of(vm, o)
}

fn get_state(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let f = self_fut(vm, o)?;
    Ok(vm.new_str(match f.state.get() {
        PENDING => "PENDING",
        CANCELLED => "CANCELLED",
        _ => "FINISHED",
    }))
}

/// A getter for a `Cell<bool>` field of the future, as a Python bool.
macro_rules! flag_getter {
    ($name:ident, $field:ident) => {
        fn $name(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
            let f = self_fut(vm, o)?;
            Ok(vm.new_bool(f.$field.get()))
        }
    };
}

/// A setter for a `Cell<bool>` field: any value, by its truth; no `del`.
macro_rules! flag_setter {
    ($name:ident, $field:ident) => {
        fn $name(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
            let f = self_fut(vm, o)?;
            let Some(v) = v else {
                return Err(vm.new_attribute_error("cannot delete attribute"));
            };
            let b = vm.is_true(&v)?;
            f.$field.set(b);
            Ok(())
        }
    };
}

flag_getter!(get_blocking, blocking);
flag_setter!(set_blocking, blocking);
flag_getter!(get_must_cancel, must_cancel);
flag_getter!(get_log_destroy_pending, log_destroy_pending);
flag_setter!(set_log_destroy_pending, log_destroy_pending);
flag_getter!(get_log_traceback, log_traceback);

fn set_log_traceback(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let f = self_fut(vm, o)?;
    let Some(v) = v else {
        return Err(vm.new_attribute_error("cannot delete attribute"));
    };
    if vm.is_true(&v)? {
        return Err(vm.new_value_error("_log_traceback can only be set to False"));
    }
    f.log_traceback.set(false);
    Ok(())
}

macro_rules! field_getter {
    ($name:ident, $field:ident) => {
        fn $name(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
            let f = self_fut(vm, o)?;
            let v = f.f.borrow().$field.clone();
            Ok(v.unwrap_or_else(|| vm.none()))
        }
    };
}

field_getter!(get_loop_attr, loop_);
field_getter!(get_result_attr, result);

fn get_exception_attr(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let f = self_fut(vm, o)?;
    let v = f.f.borrow().exception().cloned();
    Ok(v.unwrap_or_else(|| vm.none()))
}

fn get_cancel_message(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let f = self_fut(vm, o)?;
    let v = f.f.borrow().cancel_message();
    Ok(v.unwrap_or_else(|| vm.none()))
}
field_getter!(get_coro, coro);
field_getter!(get_fut_waiter, fut_waiter);

fn set_cancel_message(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let f = self_fut(vm, o)?;
    f.f.borrow_mut().set_cancel_message(v);
    Ok(())
}

fn get_source_traceback(vm: &mut Vm, _o: &PyObjectRef) -> PyResult {
    Ok(vm.none())
}

/// `_callbacks`: a list of `(callback, context)` pairs, or None when empty.
fn get_callbacks(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let f = self_fut(vm, o)?;
    let cbs: Vec<_> = f.f.borrow().callbacks().cloned().collect();
    if cbs.is_empty() {
        return Ok(vm.none());
    }
    let items = cbs.into_iter().map(|(cb, ctx)| vm.new_tuple(vec![cb, ctx])).collect();
    Ok(vm.new_list(items))
}

// ----- FutureIter -----

fn iter_self(vm: &mut Vm, args: Args) -> PyResult {
    args.pos()
        .first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("__iter__ needs an argument"))
}

fn this_iter<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<&'a PyFutureIter> {
    args.pos()
        .first()
        .and_then(|o| o.downcast_ref::<PyFutureIter>())
        .ok_or_else(|| vm.new_type_error("a FutureIter was expected"))
}

/// One step of `await fut`: yield the future while it is pending (once),
/// then finish with its result.
fn iter_step(vm: &mut Vm, it: &PyFutureIter) -> PyResult {
    let Some(fut) = it.fut.borrow().clone() else {
        return Err(vm.new_stop_iteration(None));
    };
    let f = fut_of(vm, &fut)?;
    if f.state.get() == PENDING {
        if !it.yielded.get() {
            it.yielded.set(true);
            f.blocking.set(true);
            return Ok(fut.clone());
        }
        *it.fut.borrow_mut() = None;
        return Err(vm.new_runtime_error("await wasn't used with future"));
    }
    *it.fut.borrow_mut() = None;
    let r = result_inner(vm, f)?;
    Err(vm.new_stop_iteration(Some(r)))
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult {
    let it = this_iter(vm, &args)?;
    iter_step(vm, it)
}

fn iter_send(vm: &mut Vm, args: Args) -> PyResult {
    let it = this_iter(vm, &args)?;
    let [_, v] = args.exact::<2>(vm, "send")?.clone();
    if !it.yielded.get() && !vm.is_none(&v) && it.fut.borrow().is_some() {
        return Err(vm.new_type_error("can't send non-None value to a just-started generator"));
    }
    iter_step(vm, it)
}

fn iter_throw(vm: &mut Vm, args: Args) -> PyResult {
    let it = this_iter(vm, &args)?;
    let pos = args.pos();
    // A wrong argument count leaves the iterator as it was.
    if (2..=4).contains(&pos.len()) {
        *it.fut.borrow_mut() = None;
    }
    Err(throw_exception(vm, pos))
}

/// What `it.throw(typ[, val[, tb]])` raises (`pos[0]` is `it`), for an
/// iterator that does not catch it.
fn throw_exception(vm: &mut Vm, pos: &[PyObjectRef]) -> PyObjectRef {
    match throw_exception_inner(vm, pos) {
        Ok(e) | Err(e) => e,
    }
}

fn throw_exception_inner(vm: &mut Vm, pos: &[PyObjectRef]) -> PyResult {
    if pos.len() < 2 || pos.len() > 4 {
        return Err(vm.new_type_error(format!(
            "throw expected at least 1 argument, got {}",
            pos.len().saturating_sub(1)
        )));
    }
    let typ = pos[1].clone();
    let val = pos.get(2).cloned().filter(|v| !vm.is_none(v));
    if typ.as_type().is_some() {
        if !typ.is_subtype(&vm.exc.base_exception) {
            return Err(
                vm.new_type_error("exceptions must be classes or instances deriving from BaseException, not type")
            );
        }
        let exc = match val {
            Some(v) if v.is_instance_of(&typ) => v,
            Some(v) => vm.call(&typ, Args::positional(&[v]))?,
            None => vm.call(&typ, Args::positional(&[]))?,
        };
        return Err(exc);
    }
    if typ.is_instance_of(&vm.exc.base_exception) {
        if val.is_some() {
            return Err(vm.new_type_error("instance exception may not have a separate value"));
        }
        return Err(typ);
    }
    Err(vm.new_type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        typ.ty().name()
    )))
}

fn iter_close(vm: &mut Vm, args: Args) -> PyResult {
    let it = this_iter(vm, &args)?;
    *it.fut.borrow_mut() = None;
    Ok(vm.none())
}

// ----- sleep(0) -----

/// `_asyncio._sleep0()`: what `asyncio.sleep(0)` awaits, an object that is
/// its own awaitable and iterator and yields `None` once
/// ([`PyYieldOnce`]; CPython awaits a one-line generator). 24 bytes, where
/// an instance with a generator `__await__` held 384 for as long as the
/// task waited.
fn sleep0(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "_sleep0")?;
    if !args.pos().is_empty() {
        return Err(vm.new_type_error("_sleep0() takes no arguments"));
    }
    let cls = state_type(vm, SLEEP_ONCE)?;
    Ok(vm.new_instance(PyYieldOnce { done: Cell::new(false) }, &cls))
}

fn this_once<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<&'a PyYieldOnce> {
    args.pos()
        .first()
        .and_then(|o| o.downcast_ref::<PyYieldOnce>())
        .ok_or_else(|| vm.new_type_error("a _SleepOnce was expected"))
}

fn once_step(vm: &mut Vm, it: &PyYieldOnce) -> PyResult {
    if it.done.replace(true) {
        return Err(vm.new_stop_iteration(None));
    }
    Ok(vm.none())
}

fn once_next(vm: &mut Vm, args: Args) -> PyResult {
    let it = this_once(vm, &args)?;
    once_step(vm, it)
}

fn once_send(vm: &mut Vm, args: Args) -> PyResult {
    let it = this_once(vm, &args)?;
    let [_, v] = args.exact::<2>(vm, "send")?.clone();
    if !it.done.get() && !vm.is_none(&v) {
        return Err(vm.new_type_error("can't send non-None value to a just-started generator"));
    }
    once_step(vm, it)
}

fn once_throw(vm: &mut Vm, args: Args) -> PyResult {
    let it = this_once(vm, &args)?;
    let pos = args.pos();
    if (2..=4).contains(&pos.len()) {
        it.done.set(true);
    }
    Err(throw_exception(vm, pos))
}

fn once_close(vm: &mut Vm, args: Args) -> PyResult {
    let it = this_once(vm, &args)?;
    it.done.set(true);
    Ok(vm.none())
}

// ----- Task -----

/// A coroutine as `coroutines.iscoroutine` sees one.
fn is_coroutine(vm: &mut Vm, o: &PyObjectRef) -> PyResult<bool> {
    if let Some(g) = o.downcast_ref::<PyGenerator>() {
        if g.kind == GenKind::Coroutine {
            return Ok(true);
        }
    }
    let f = hook(vm, |h| &h.iscoroutine)?;
    let r = vm.call(&f, Args::positional(std::slice::from_ref(o)))?;
    vm.is_true(&r)
}

fn task_init(vm: &mut Vm, args: Args) -> PyResult {
    let (o, f) = this_task(vm, &args, "__init__")?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "Task.__init__() takes 1 positional argument but {} were given",
            pos.len() - 1
        )));
    }
    let coro = pos[1].clone();
    let (mut loop_, mut name, mut context) = (None, None, None);
    for (k, v) in args.kwargs() {
        let slot = match k {
            "loop" => &mut loop_,
            "name" => &mut name,
            "context" => &mut context,
            _ => return Err(vm.new_type_error(format!("Task.__init__() got an unexpected keyword argument '{k}'"))),
        };
        *slot = opt(vm, Some(v));
    }
    init_loop(vm, f, loop_)?;
    if !is_coroutine(vm, &coro)? {
        f.log_destroy_pending.set(false);
        let r = vm.repr_string(&coro)?;
        return Err(vm.new_type_error(format!("a coroutine was expected, got {r}")));
    }
    // A default name takes its number now, as in CPython 3.11 (the
    // counter counts tasks made), but its str only when asked for.
    let (name, number) = match name {
        Some(n) => (Some(vm.str(&n)?), 0),
        None => {
            let st = state_obj(vm)?;
            let n = st.downcast_ref::<AsyncioState>().map_or(1, |s| {
                let n = s.task_counter.get() + 1;
                s.task_counter.set(n);
                n
            });
            match u32::try_from(n) {
                Ok(small) => (None, small),
                Err(_) => (Some(vm.new_str(format!("Task-{n}"))), 0),
            }
        }
    };
    let context = match context {
        Some(c) => c,
        None => crate::contextvars::copy_current(vm)?,
    };
    f.must_cancel.set(false);
    f.num_cancels_requested.set(0);
    f.number.set(number);
    {
        let mut fl = f.f.borrow_mut();
        fl.name = name;
        fl.coro = Some(coro);
        fl.context = Some(context.clone());
        fl.fut_waiter = None;
    }
    let loop_ = get_loop(vm, f)?;
    schedule_step(vm, &loop_, o, None, Some(context))?;
    let reg = hook(vm, |h| &h.register_task)?;
    vm.call(&reg, Args::positional(std::slice::from_ref(o)))?;
    // Only a task that got this far is reported if destroyed while pending.
    f.is_task.set(true);
    Ok(vm.none())
}

fn task_set_result(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.new_runtime_error("Task does not support set_result operation"))
}

fn task_set_exception(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.new_runtime_error("Task does not support set_exception operation"))
}

fn task_get_coro(vm: &mut Vm, args: Args) -> PyResult {
    let (_, f) = this_task(vm, &args, "get_coro")?;
    let c = f.f.borrow().coro.clone();
    Ok(c.unwrap_or_else(|| vm.none()))
}

fn task_get_context(vm: &mut Vm, args: Args) -> PyResult {
    let (_, f) = this_task(vm, &args, "get_context")?;
    let c = f.f.borrow().context.clone();
    Ok(c.unwrap_or_else(|| vm.none()))
}

fn task_get_name(vm: &mut Vm, args: Args) -> PyResult {
    let (_, f) = this_task(vm, &args, "get_name")?;
    Ok(task_name(vm, f))
}

fn task_set_name(vm: &mut Vm, args: Args) -> PyResult {
    let (_, f) = this_task(vm, &args, "set_name")?;
    let [_, v] = args.exact::<2>(vm, "set_name")?.clone();
    let s = vm.str(&v)?;
    f.number.set(0);
    f.f.borrow_mut().name = Some(s);
    Ok(vm.none())
}

/// A task's name, made from its number the first time (see `PyFuture::number`).
fn task_name(vm: &mut Vm, f: &PyFuture) -> PyObjectRef {
    let n = f.number.get();
    if n != 0 {
        let s = vm.new_str(format!("Task-{n}"));
        f.number.set(0);
        f.f.borrow_mut().name = Some(s);
    }
    let c = f.f.borrow().name.clone();
    c.unwrap_or_else(|| vm.none())
}

fn task_cancel(vm: &mut Vm, args: Args) -> PyResult {
    let (_, f) = this_task(vm, &args, "cancel")?;
    let msg = cancel_args(vm, &args)?;
    f.log_traceback.set(false);
    if f.state.get() != PENDING {
        return Ok(vm.new_bool(false));
    }
    f.num_cancels_requested
        .set(f.num_cancels_requested.get().saturating_add(1));
    let waiter = f.f.borrow().fut_waiter.clone();
    if let Some(w) = waiter {
        let r = match msg.clone() {
            Some(m) => {
                let meth = vm.get_attr_str(&w, "cancel")?;
                let kw = [vm.intern("msg")];
                vm.call(&meth, Args::new(&[m], &kw))?
            }
            None => vm.call_method(&w, "cancel", &[])?,
        };
        if vm.is_true(&r)? {
            return Ok(vm.new_bool(true));
        }
    }
    f.must_cancel.set(true);
    f.f.borrow_mut().set_cancel_message(msg);
    Ok(vm.new_bool(true))
}

fn task_cancelling(vm: &mut Vm, args: Args) -> PyResult {
    let (_, f) = this_task(vm, &args, "cancelling")?;
    Ok(vm.new_int(i64::from(f.num_cancels_requested.get())))
}

fn task_uncancel(vm: &mut Vm, args: Args) -> PyResult {
    let (_, f) = this_task(vm, &args, "uncancel")?;
    let n = f.num_cancels_requested.get();
    if n > 0 {
        f.num_cancels_requested.set(n - 1);
    }
    Ok(vm.new_int(i64::from(f.num_cancels_requested.get())))
}

fn task_step_method(vm: &mut Vm, args: Args) -> PyResult {
    let (o, f) = this_task(vm, &args, "__step")?;
    let exc = opt(vm, args.pos().get(1));
    task_step(vm, o, f, exc)?;
    Ok(vm.none())
}

fn task_wakeup_method(vm: &mut Vm, args: Args) -> PyResult {
    let (o, f) = this_task(vm, &args, "task_wakeup")?;
    let [_, fut] = args.exact::<2>(vm, "task_wakeup")?.clone();
    let r = match fut.downcast_ref::<PyFuture>() {
        Some(ff) if !fut.ty().flags.heaptype => result_inner(vm, ff),
        _ => vm.call_method(&fut, "result", &[]),
    };
    match r {
        Ok(_) => task_step(vm, o, f, None)?,
        Err(e) => task_step(vm, o, f, Some(e))?,
    }
    Ok(vm.none())
}

/// The registry of current tasks (`asyncio.tasks._current_tasks`, a dict
/// keyed by the loop, as in CPython) and the loop's hash. A loop whose class
/// keeps `object.__hash__` hashes by its address, so the hash of the last
/// loop seen is remembered instead of calling `__hash__` three times a step.
fn current_tasks_and_hash(vm: &mut Vm, s: &AsyncioState, loop_: &PyObjectRef) -> PyResult<(PyObjectRef, i64)> {
    let Some(d) = s.hooks.borrow().current_tasks.clone() else {
        return Err(vm.new_runtime_error("_asyncio._setup() was not called"));
    };
    // The class is looked at before `__hash__` runs (which may change it, or
    // the loop's `__class__`): only a hash made by `object.__hash__` from a
    // class still in the same state is remembered.
    let tag = {
        let ty = loop_.class().ty_payload();
        if s.hash_memo.known(ty) {
            let (id, h) = s.loop_hash.get();
            if id == loop_.id() {
                return Ok((d, h));
            }
        }
        let object_hash = vm.types.object.ty_payload().lookup(&vm.names.__hash__);
        let default = object_hash.is_some_and(|oh| ty.lookup(&vm.names.__hash__).is_some_and(|f| f.is(&oh)));
        if default {
            ty.valid_cache_tag()
        } else {
            0
        }
    };
    let h = vm.hash(loop_)?;
    let ty = loop_.class().ty_payload();
    if tag != 0 && ty.has_cache_tag(tag) {
        s.hash_memo.remember(ty);
        s.loop_hash.set((loop_.id(), h));
    }
    Ok((d, h))
}

fn enter_task(vm: &mut Vm, s: &AsyncioState, loop_: &PyObjectRef, task: &PyObjectRef) -> PyResult<()> {
    let (d, h) = current_tasks_and_hash(vm, s, loop_)?;
    if !d.payload_is::<kaa_vm::object::dict::PyDict>() {
        return Err(vm.new_type_error("_current_tasks must be a dict"));
    }
    if let Some(cur) = vm.dict_get_item_hashed(&d, loop_, h)? {
        if !vm.is_none(&cur) {
            let a = vm.repr_string(task)?;
            let b = vm.repr_string(&cur)?;
            return Err(vm.new_runtime_error(format!(
                "Cannot enter into task {a} while another task {b} is being executed."
            )));
        }
    }
    vm.dict_set_hashed(&d, loop_.clone(), h, task.clone())
}

fn leave_task(vm: &mut Vm, s: &AsyncioState, loop_: &PyObjectRef, task: &PyObjectRef) -> PyResult<()> {
    let (d, h) = current_tasks_and_hash(vm, s, loop_)?;
    if !d.payload_is::<kaa_vm::object::dict::PyDict>() {
        return Err(vm.new_type_error("_current_tasks must be a dict"));
    }
    let cur = vm.dict_get_item_hashed(&d, loop_, h)?;
    if !cur.as_ref().is_some_and(|c| c.is(task)) {
        let a = vm.repr_string(task)?;
        let b = match &cur {
            Some(c) => vm.repr_string(c)?,
            None => "None".to_string(),
        };
        return Err(vm.new_runtime_error(format!("Leaving task {a} does not match the current task {b}.")));
    }
    vm.dict_pop_hashed(&d, loop_, h)?;
    Ok(())
}

/// Run the task's coroutine one step: send None (or throw `exc`) into it and
/// look at what it yields.
fn task_step(vm: &mut Vm, task: &PyObjectRef, f: &PyFuture, exc: Option<PyObjectRef>) -> PyResult<()> {
    if f.state.get() != PENDING {
        let a = vm.repr_string(task)?;
        let b = match &exc {
            Some(e) => vm.repr_string(e)?,
            None => "None".to_string(),
        };
        return Err(invalid_state(vm, &format!("_step(): already done: {a}, {b}")));
    }
    let steps = &vm.heap.stats.asyncio_task_steps;
    steps.set(steps.get() + 1);
    let mut exc = exc;
    if f.must_cancel.get() {
        let cancelled = hook(vm, |h| &h.cancelled_error)?;
        if !exc.as_ref().is_some_and(|e| e.is_instance_of(&cancelled)) {
            exc = Some(make_cancelled_error(vm, f)?);
        }
        f.must_cancel.set(false);
    }
    let (coro, loop_) = {
        let mut fl = f.f.borrow_mut();
        fl.fut_waiter = None;
        (fl.coro.clone(), fl.loop_.clone())
    };
    let (Some(coro), Some(loop_)) = (coro, loop_) else {
        return Err(vm.new_runtime_error("Task object is not initialized."));
    };
    let st = state_obj(vm)?;
    let Some(s) = st.downcast_ref::<AsyncioState>() else {
        return Err(vm.new_runtime_error("_asyncio state"));
    };
    enter_task(vm, s, &loop_, task)?;
    let r = step_coro(vm, &coro, exc);
    let r = handle_step_result(vm, task, f, &loop_, r);
    let left = leave_task(vm, s, &loop_, task);
    r?;
    left
}

/// Send into (or throw into) the coroutine: the fast path for Kaa's own
/// coroutines, `send`/`throw` methods for any other.
fn step_coro(vm: &mut Vm, coro: &PyObjectRef, exc: Option<PyObjectRef>) -> PyResult<SendResult> {
    if coro.payload_is::<PyGenerator>() {
        let none = vm.none();
        return resume(vm, coro, none, exc);
    }
    let r = match exc {
        None => {
            let none = vm.none();
            vm.call_method(coro, "send", &[none])
        }
        Some(e) => vm.call_method(coro, "throw", &[e]),
    };
    match r {
        Ok(v) => Ok(SendResult::Yielded(v)),
        Err(e) if e.is_instance_of(&vm.exc.stop_iteration) => {
            Ok(SendResult::Returned(kaa_vm::generator::stop_iteration_value(vm, &e)))
        }
        Err(e) => Err(e),
    }
}

fn reschedule_with(vm: &mut Vm, task: &PyObjectRef, f: &PyFuture, loop_: &PyObjectRef, msg: String) -> PyResult<()> {
    let e = vm.new_runtime_error(msg);
    let ctx = f.f.borrow().context.clone();
    schedule_step(vm, loop_, task, Some(e), ctx)
}

fn handle_step_result(
    vm: &mut Vm,
    task: &PyObjectRef,
    f: &PyFuture,
    loop_: &PyObjectRef,
    r: PyResult<SendResult>,
) -> PyResult<()> {
    let result = match r {
        Ok(SendResult::Returned(v)) => {
            if f.must_cancel.get() {
                f.must_cancel.set(false);
                let msg = f.f.borrow().cancel_message();
                cancel_inner(vm, task, f, msg)?;
            } else {
                set_result_inner(vm, task, f, v)?;
            }
            return Ok(());
        }
        Err(e) => {
            let cancelled = hook(vm, |h| &h.cancelled_error)?;
            if e.is_instance_of(&cancelled) {
                f.f.borrow_mut().rare().cancelled_exc = Some(e);
                cancel_inner(vm, task, f, None)?;
                return Ok(());
            }
            let fatal = e.is_instance_of(&vm.exc.keyboard_interrupt) || e.is_instance_of(&vm.exc.system_exit);
            set_exception_inner(vm, task, f, e.clone())?;
            if fatal {
                return Err(e);
            }
            return Ok(());
        }
        Ok(SendResult::Yielded(v)) => v,
    };
    // A native Future (the common case) is read directly; anything else with
    // `_asyncio_future_blocking` through attributes.
    let blocking = match result.downcast_ref::<PyFuture>() {
        Some(rf) => {
            let rl = rf.f.borrow().loop_.clone();
            if !rl.as_ref().is_some_and(|l| l.is(loop_)) {
                let a = vm.repr_string(task)?;
                let b = vm.repr_string(&result)?;
                return reschedule_with(
                    vm,
                    task,
                    f,
                    loop_,
                    format!("Task {a} got Future {b} attached to a different loop"),
                );
            }
            Some(rf.blocking.get())
        }
        None => {
            if vm.is_none(&result) {
                let ctx = f.f.borrow().context.clone();
                return schedule_step(vm, loop_, task, None, ctx);
            }
            let name = vm.intern("_asyncio_future_blocking");
            match vm.get_attr_opt(&result, &name)? {
                Some(b) if !vm.is_none(&b) => {
                    let get_loop_name = vm.intern("get_loop");
                    let rl = match vm.get_attr_opt(&result, &get_loop_name)? {
                        Some(gl) => vm.call(&gl, Args::positional(&[]))?,
                        None => vm.get_attr_str(&result, "_loop")?,
                    };
                    if !rl.is(loop_) {
                        let a = vm.repr_string(task)?;
                        let b = vm.repr_string(&result)?;
                        return reschedule_with(
                            vm,
                            task,
                            f,
                            loop_,
                            format!("Task {a} got Future {b} attached to a different loop"),
                        );
                    }
                    Some(vm.is_true(&b)?)
                }
                _ => None,
            }
        }
    };
    match blocking {
        Some(true) => {
            if result.is(task) {
                let a = vm.repr_string(task)?;
                return reschedule_with(vm, task, f, loop_, format!("Task cannot await on itself: {a}"));
            }
            let ctx = f.f.borrow().context.clone();
            let wakeup = bound(vm, task, "task_wakeup", task_wakeup_method);
            match result.downcast_ref::<PyFuture>() {
                Some(rf) if !result.ty().flags.heaptype => {
                    rf.blocking.set(false);
                    add_callback_inner(vm, &result, rf, wakeup, ctx)?;
                }
                _ => {
                    let no = vm.new_bool(false);
                    let name = vm.intern("_asyncio_future_blocking");
                    vm.set_attr(&result, &name, no)?;
                    let meth = vm.get_attr_str(&result, "add_done_callback")?;
                    match ctx {
                        Some(c) => {
                            let kw = [context_kw(vm)?];
                            vm.call(&meth, Args::new(&[wakeup, c], &kw))?;
                        }
                        None => {
                            vm.call(&meth, Args::positional(&[wakeup]))?;
                        }
                    }
                }
            }
            f.f.borrow_mut().fut_waiter = Some(result.clone());
            if f.must_cancel.get() {
                let msg = f.f.borrow().cancel_message();
                let r = match msg {
                    Some(m) => {
                        let meth = vm.get_attr_str(&result, "cancel")?;
                        let kw = [vm.intern("msg")];
                        vm.call(&meth, Args::new(&[m], &kw))?
                    }
                    None => vm.call_method(&result, "cancel", &[])?,
                };
                if vm.is_true(&r)? {
                    f.must_cancel.set(false);
                }
            }
            Ok(())
        }
        Some(false) => {
            let a = vm.repr_string(task)?;
            let b = vm.repr_string(&result)?;
            reschedule_with(
                vm,
                task,
                f,
                loop_,
                format!("yield was used instead of yield from in task {a} with {b}"),
            )
        }
        None => {
            let a = vm.repr_string(task)?;
            let b = vm.repr_string(&result)?;
            let msg = if result
                .downcast_ref::<PyGenerator>()
                .is_some_and(|g| g.kind == GenKind::Generator)
            {
                format!("yield was used instead of yield from for generator in task {a} with {b}")
            } else {
                format!("Task got bad yield: {b}")
            };
            reschedule_with(vm, task, f, loop_, msg)
        }
    }
}

// ----- module functions -----

/// `_setup(cancelled_error, invalid_state_error, get_event_loop,
/// copy_context, iscoroutine, register_task, current_tasks)`.
fn setup(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<7>(vm, "_setup")?.clone();
    let st = state_obj(vm)?;
    if let Some(s) = st.downcast_ref::<AsyncioState>() {
        let [ce, ise, gel, cc, isc, reg, cur] = a;
        *s.hooks.borrow_mut() = Hooks {
            cancelled_error: Some(ce),
            invalid_state_error: Some(ise),
            get_event_loop: Some(gel),
            copy_context: Some(cc),
            iscoroutine: Some(isc),
            register_task: Some(reg),
            current_tasks: Some(cur),
        };
    }
    Ok(vm.none())
}

/// The calling thread's running loop, if any (CPython's C
/// `_get_running_loop`; `events.py` has the Python version).
fn running_loop(vm: &mut Vm) -> PyResult<Option<PyObjectRef>> {
    let st = state_obj(vm)?;
    let Some(s) = st.downcast_ref::<AsyncioState>() else {
        return Ok(None);
    };
    let found = s.running.borrow().get(&crate::thread::ident()).cloned();
    Ok(found.filter(|(_, pid)| *pid == std::process::id()).map(|(l, _)| l))
}

fn get_running_loop_fn(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "_get_running_loop")?;
    let l = running_loop(vm)?;
    Ok(l.unwrap_or_else(|| vm.none()))
}

fn get_running_loop_or_raise(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "get_running_loop")?;
    match running_loop(vm)? {
        Some(l) => Ok(l),
        None => Err(vm.new_runtime_error("no running event loop")),
    }
}

fn set_running_loop_fn(vm: &mut Vm, args: Args) -> PyResult {
    let [l] = args.exact::<1>(vm, "_set_running_loop")?.clone();
    let st = state_obj(vm)?;
    if let Some(s) = st.downcast_ref::<AsyncioState>() {
        let key = crate::thread::ident();
        let old = if vm.is_none(&l) {
            s.running.borrow_mut().remove(&key)
        } else {
            s.running.borrow_mut().insert(key, (l, std::process::id()))
        };
        drop(old);
    }
    Ok(vm.none())
}

/// `_setup_loop(BaseEventLoop)`: the class whose `call_soon` Rust may do
/// itself ([`call_soon_native`]).
fn setup_loop(vm: &mut Vm, args: Args) -> PyResult {
    let [cls] = args.exact::<1>(vm, "_setup_loop")?.clone();
    if cls.as_type().is_none() {
        return Err(vm.new_type_error("_setup_loop() needs a class"));
    }
    let names = [
        vm.intern("call_soon"),
        vm.intern("_call_soon"),
        vm.intern("_check_closed"),
    ];
    let mut funcs = Vec::with_capacity(3);
    for n in &names {
        match cls.ty_payload().lookup(n) {
            Some(f) => funcs.push(f),
            None => return Err(vm.new_type_error("_setup_loop() needs an event loop class")),
        }
    }
    let Ok(funcs) = <[PyObjectRef; 3]>::try_from(funcs) else {
        return Err(vm.new_type_error("_setup_loop() needs an event loop class"));
    };
    let attrs = [vm.intern("_closed"), vm.intern("_debug"), vm.intern("_ready")];
    let st = state_obj(vm)?;
    if let Some(s) = st.downcast_ref::<AsyncioState>() {
        *s.loop_fast.borrow_mut() = Some(Rc::new(LoopFast { names, funcs, attrs }));
    }
    Ok(vm.none())
}

/// `_install(cls, name, value)`: set an attribute of `Future` or `Task` (the
/// methods written in Python).
fn install(vm: &mut Vm, args: Args) -> PyResult {
    let [cls, name, value] = args.exact::<3>(vm, "_install")?.clone();
    let fut = state_type(vm, FUTURE)?;
    let handle = state_type(vm, handle::HANDLE)?;
    let ours = cls.as_type().is_some_and(|t| !t.flags.heaptype);
    if !ours || !(cls.is_subtype(&fut) || cls.is_subtype(&handle)) {
        return Err(vm.new_type_error("_install() needs a type of _asyncio"));
    }
    let Some(n) = name
        .downcast_ref::<kaa_vm::object::str::PyStr>()
        .map(|s| s.as_str().to_string())
    else {
        return Err(vm.new_type_error("_install() needs a str name"));
    };
    vm.set_type_attr(&cls, &n, value);
    Ok(vm.none())
}

/// `_loop_iteration()`: counts one turn of the event loop for `kaa --stats`.
fn loop_iteration(vm: &mut Vm, _args: Args) -> PyResult {
    let s = &vm.heap.stats.asyncio_loop_iterations;
    s.set(s.get() + 1);
    Ok(vm.none())
}

/// `_task_step_count()`: the task steps so far (for tests and `--stats`).
fn task_step_count(vm: &mut Vm, _args: Args) -> PyResult {
    let n = vm.heap.stats.asyncio_task_steps.get();
    Ok(vm.new_int(n as i64))
}

fn enter_task_fn(vm: &mut Vm, args: Args) -> PyResult {
    let [l, t] = args.exact::<2>(vm, "_enter_task")?.clone();
    let st = state_obj(vm)?;
    let Some(s) = st.downcast_ref::<AsyncioState>() else {
        return Err(vm.new_runtime_error("_asyncio state"));
    };
    enter_task(vm, s, &l, &t)?;
    Ok(vm.none())
}

fn leave_task_fn(vm: &mut Vm, args: Args) -> PyResult {
    let [l, t] = args.exact::<2>(vm, "_leave_task")?.clone();
    let st = state_obj(vm)?;
    let Some(s) = st.downcast_ref::<AsyncioState>() else {
        return Err(vm.new_runtime_error("_asyncio state"));
    };
    leave_task(vm, s, &l, &t)?;
    Ok(vm.none())
}

// ----- types and module -----

fn make_type(vm: &mut Vm, name: &str, base: Option<&PyObjectRef>, basetype: bool, vtable_future: bool) -> PyObjectRef {
    let vtable = if vtable_future {
        &PyFuture::VTABLE
    } else {
        &PyFutureIter::VTABLE
    };
    make_type_with(vm, name, base, basetype, vtable)
}

fn make_type_with(
    vm: &mut Vm,
    name: &str,
    base: Option<&PyObjectRef>,
    basetype: bool,
    vtable: &'static PayloadVTable,
) -> PyObjectRef {
    let base = base.cloned().unwrap_or_else(|| vm.types.object.clone());
    let ty = PyType::new(
        name,
        Some(base.clone()),
        vec![base.clone()],
        base.mro(),
        vtable,
        TypeFlags {
            has_dict: false,
            basetype,
            heaptype: false,
        },
    );
    let short = name.rsplit('.').next().unwrap_or(name).to_string();
    *ty.qualname.borrow_mut() = short;
    let cls = PyObjectRef::new_type(ty, &vm.types.type_);
    let module = vm.new_str("_asyncio");
    vm.set_type_attr(&cls, "__module__", module);
    vm.module_state.borrow_mut().insert(name.to_string(), cls.clone());
    cls
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_asyncio", None)?;
    let state_cls = kaa_vm::builtins::new_module_class::<AsyncioState>(vm, "_asyncio._State", false);
    let st = PyObjectRef::new(
        AsyncioState {
            hooks: RefCell::new(Hooks::default()),
            loop_fast: RefCell::new(None),
            queue_fast: RefCell::new(None),
            loop_memo: fast::TagMemo::default(),
            queue_memo: fast::TagMemo::default(),
            event_memo: fast::TagMemo::default(),
            hash_memo: fast::TagMemo::default(),
            loop_hash: Cell::new((0, 0)),
            running: RefCell::new(crate::thread::IdentMap::default()),
            task_counter: Cell::new(0),
            context_kw: RefCell::new(None),
        },
        &state_cls,
    );
    vm.module_state.borrow_mut().insert(STATE.to_string(), st);

    let future = make_type(vm, FUTURE, None, true, true);
    future.ty_payload().weakrefable.set(true);
    vm.add_static(&future, "__new__", future_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", future_init),
        ("result", future_result),
        ("exception", future_exception),
        ("set_result", future_set_result),
        ("set_exception", future_set_exception),
        ("add_done_callback", future_add_done_callback),
        ("remove_done_callback", future_remove_done_callback),
        ("cancel", future_cancel),
        ("cancelled", future_cancelled),
        ("done", future_done),
        ("get_loop", future_get_loop),
        ("_make_cancelled_error", future_make_cancelled_error),
        ("__await__", future_await),
        ("__iter__", future_await),
    ];
    for &(name, f) in methods {
        vm.add_method(&future, name, f);
    }
    vm.add_classmethod(&future, "__class_getitem__", kaa_vm::builtins::generic_alias);
    vm.add_getset(&future, "_state", get_state, None);
    vm.add_getset(&future, "_asyncio_future_blocking", get_blocking, Some(set_blocking));
    vm.add_getset(&future, "_log_traceback", get_log_traceback, Some(set_log_traceback));
    vm.add_getset(&future, "_loop", get_loop_attr, None);
    vm.add_getset(&future, "_callbacks", get_callbacks, None);
    vm.add_getset(&future, "_result", get_result_attr, None);
    vm.add_getset(&future, "_exception", get_exception_attr, None);
    vm.add_getset(&future, "_source_traceback", get_source_traceback, None);
    vm.add_getset(&future, "_cancel_message", get_cancel_message, Some(set_cancel_message));

    let task = make_type(vm, TASK, Some(&future), true, true);
    task.ty_payload().weakrefable.set(true);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", task_init),
        ("set_result", task_set_result),
        ("set_exception", task_set_exception),
        ("cancel", task_cancel),
        ("cancelling", task_cancelling),
        ("uncancel", task_uncancel),
        ("get_coro", task_get_coro),
        ("get_context", task_get_context),
        ("get_name", task_get_name),
        ("set_name", task_set_name),
    ];
    for &(name, f) in methods {
        vm.add_method(&task, name, f);
    }
    vm.add_getset(&task, "_coro", get_coro, None);
    vm.add_getset(&task, "_fut_waiter", get_fut_waiter, None);
    vm.add_getset(&task, "_must_cancel", get_must_cancel, None);
    vm.add_getset(
        &task,
        "_log_destroy_pending",
        get_log_destroy_pending,
        Some(set_log_destroy_pending),
    );

    let it = make_type(vm, FUTURE_ITER, None, false, false);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__iter__", iter_self),
        ("__next__", iter_next),
        ("send", iter_send),
        ("throw", iter_throw),
        ("close", iter_close),
    ];
    for &(name, f) in methods {
        vm.add_method(&it, name, f);
    }

    let once = make_type_with(vm, SLEEP_ONCE, None, false, &PyYieldOnce::VTABLE);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__await__", iter_self),
        ("__iter__", iter_self),
        ("__next__", once_next),
        ("send", once_send),
        ("throw", once_throw),
        ("close", once_close),
    ];
    for &(name, f) in methods {
        vm.add_method(&once, name, f);
    }

    vm.dict_set_str(&d, "Future", future)?;
    vm.dict_set_str(&d, "Task", task)?;
    vm.dict_set_str(&d, "FutureIter", it)?;
    let (handle, handle_fns) = handle::init(vm);
    vm.dict_set_str(&d, "Handle", handle)?;
    for &(name, f) in handle_fns {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    let functions: &[(&'static str, NativeFn)] = &[
        ("_setup", setup),
        ("_setup_loop", setup_loop),
        ("_queue_setup", queue::queue_setup),
        ("_queue_get", queue::queue_get),
        ("_queue_put", queue::queue_put),
        ("_get_running_loop", get_running_loop_fn),
        ("_set_running_loop", set_running_loop_fn),
        ("get_running_loop", get_running_loop_or_raise),
        ("_install", install),
        ("_enter_task", enter_task_fn),
        ("_leave_task", leave_task_fn),
        ("_loop_iteration", loop_iteration),
        ("_task_step_count", task_step_count),
        ("_sleep0", sleep0),
    ];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    Ok(m)
}
