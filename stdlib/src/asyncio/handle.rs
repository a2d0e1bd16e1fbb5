//! `_asyncio.Handle`: a callback the event loop will call, with its
//! arguments and context (`asyncio.events.Handle`, which uses this class
//! when `_asyncio` is there; `TimerHandle` stays a Python subclass).
//!
//! Creating a handle (`loop.call_soon`) and running it (`_run`, from the
//! loop's `_run_once`) happen once per task step, so both are native; an
//! exception from the callback goes to the Python function `_setup_handle`
//! gave (`events._handle_error`), which reports it through the loop's
//! exception handler with CPython's message.

use std::cell::{Cell, RefCell};

use kaa_vm::object::core::{PyPayload, Visit};
use kaa_vm::object::typ::{PyType, TypeFlags};
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

pub(crate) const HANDLE: &str = "_asyncio.Handle";
const ERROR_HOOK: &str = "_asyncio.handle_error";
/// The `_run` method object of `Handle`, to tell when a subclass overrides it.
const NATIVE_RUN: &str = "_asyncio.Handle._run";

#[derive(Default)]
struct Fields {
    callback: Option<PyObjectRef>,
    args: Option<PyObjectRef>,
    loop_: Option<PyObjectRef>,
    context: Option<PyObjectRef>,
    source_traceback: Option<PyObjectRef>,
    repr: Option<PyObjectRef>,
}

/// The payload of `_asyncio.Handle` (and of `TimerHandle`, its subclass).
pub struct PyHandle {
    cancelled: Cell<bool>,
    /// The callback is a Task's `__step`, and `callback` holds the task: the
    /// bound method is made when the handle runs or `_callback` is read, so
    /// that a task waiting in the ready queue (a `sleep(0)`) holds no
    /// 112-byte bound method (CPython's step wrapper has one field).
    task_step: Cell<bool>,
    f: RefCell<Fields>,
}

impl PyPayload for PyHandle {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.f, |f, v| {
            for o in [&f.callback, &f.args, &f.loop_, &f.context, &f.source_traceback, &f.repr] {
                v.visit_opt(o);
            }
        });
    }

    fn clear(&self) {
        let old = self.f.try_borrow_mut().ok().map(|mut f| std::mem::take(&mut *f));
        drop(old);
    }
}

fn this<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyObjectRef, &'a PyHandle)> {
    if let Some(o) = args.pos().first() {
        if let Some(h) = o.downcast_ref::<PyHandle>() {
            return Ok((o, h));
        }
        return Err(vm.new_type_error(format!(
            "descriptor '{name}' for '_asyncio.Handle' objects doesn't apply to a '{}' object",
            o.ty().name()
        )));
    }
    Err(vm.new_type_error(format!(
        "descriptor '{name}' of '_asyncio.Handle' object needs an argument"
    )))
}

fn handle_of<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a PyHandle> {
    o.downcast_ref::<PyHandle>()
        .ok_or_else(|| vm.new_type_error("an _asyncio.Handle was expected"))
}

fn handle_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos().first().cloned() else {
        return Err(vm.new_type_error("_asyncio.Handle.__new__(): not enough arguments"));
    };
    let found = vm.module_state.borrow().get(HANDLE).cloned();
    let Some(base) = found else {
        return Err(vm.new_runtime_error("_asyncio is not initialized"));
    };
    if cls.as_type().is_none() || !cls.is_subtype(&base) {
        return Err(vm.new_type_error("_asyncio.Handle.__new__(X): X is not a subtype of _asyncio.Handle"));
    }
    Ok(vm.new_instance(
        PyHandle {
            cancelled: Cell::new(false),
            task_step: Cell::new(false),
            f: RefCell::new(Fields::default()),
        },
        &cls,
    ))
}

/// `Handle(callback, args, loop, context=None)`.
fn handle_init(vm: &mut Vm, args: Args) -> PyResult {
    let (_, h) = this(vm, &args, "__init__")?;
    let b = args.bind(vm, "__init__", ["self", "callback", "args", "loop", "context"], 5, 4)?;
    let [_, callback, cargs, loop_, context] = b;
    let context = match context.filter(|c| !vm.is_none(c)) {
        Some(c) => c,
        None => crate::contextvars::copy_current(vm)?,
    };
    h.cancelled.set(false);
    h.task_step.set(false);
    *h.f.borrow_mut() = Fields {
        callback,
        args: cargs,
        loop_,
        context: Some(context),
        source_traceback: None,
        repr: None,
    };
    Ok(vm.none())
}

fn handle_cancel(vm: &mut Vm, args: Args) -> PyResult {
    let (_, h) = this(vm, &args, "cancel")?;
    args.exact::<1>(vm, "cancel")?;
    if !h.cancelled.get() {
        h.cancelled.set(true);
        h.task_step.set(false);
        let old = {
            let mut f = h.f.borrow_mut();
            (f.callback.take(), f.args.take())
        };
        drop(old);
    }
    Ok(vm.none())
}

fn handle_cancelled(vm: &mut Vm, args: Args) -> PyResult {
    let (_, h) = this(vm, &args, "cancelled")?;
    Ok(vm.new_bool(h.cancelled.get()))
}

fn handle_get_context(vm: &mut Vm, args: Args) -> PyResult {
    let (_, h) = this(vm, &args, "get_context")?;
    let c = h.f.borrow().context.clone();
    Ok(c.unwrap_or_else(|| vm.none()))
}

/// A new `Handle(callback, args, loop, context)` (what `loop.call_soon`
/// makes), without running `__init__` through a call. `task_step`: the
/// callback is the `__step` of `callback`, a Task (see [`PyHandle`]).
pub(crate) fn new_handle(
    vm: &mut Vm,
    callback: PyObjectRef,
    task_step: bool,
    args: PyObjectRef,
    loop_: PyObjectRef,
    context: PyObjectRef,
) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get(HANDLE).cloned();
    let Some(cls) = found else {
        return Err(vm.new_runtime_error("_asyncio is not initialized"));
    };
    Ok(vm.new_instance(
        PyHandle {
            cancelled: Cell::new(false),
            task_step: Cell::new(task_step),
            f: RefCell::new(Fields {
                callback: Some(callback),
                args: Some(args),
                loop_: Some(loop_),
                context: Some(context),
                source_traceback: None,
                repr: None,
            }),
        },
        &cls,
    ))
}

/// `_run()`: `context.run(callback, *args)`; an exception other than
/// SystemExit and KeyboardInterrupt goes to the loop's exception handler.
fn handle_run(vm: &mut Vm, args: Args) -> PyResult {
    let (o, h) = this(vm, &args, "_run")?;
    run(vm, o, h)?;
    Ok(vm.none())
}

/// What `_run` does, for the loop's native ready queue (`run_ready`).
fn run(vm: &mut Vm, o: &PyObjectRef, h: &PyHandle) -> PyResult<()> {
    let (cb, cargs, ctx) = {
        let f = h.f.borrow();
        (f.callback.clone(), f.args.clone(), f.context.clone())
    };
    let (Some(cb), Some(ctx)) = (cb, ctx) else {
        return Err(vm.new_type_error("'NoneType' object is not callable"));
    };
    let cb = callback_of(vm, h, cb);
    let mut items = vec![cb];
    if let Some(a) = &cargs {
        if let Some(t) = a.downcast_ref::<kaa_vm::object::tuple::PyTuple>() {
            items.extend(t.as_slice().iter().cloned());
        } else if !vm.is_none(a) {
            let v = vm.collect(a)?;
            items.extend(v);
        }
    }
    let r = if crate::contextvars::is_context(&ctx) {
        let (cb, rest) = items.split_at(1);
        crate::contextvars::run_in(vm, &ctx, &cb[0], Args::positional(rest))
    } else {
        let run = vm.get_attr_str(&ctx, "run")?;
        vm.call(&run, Args::positional(&items))
    };
    match r {
        Ok(_) => Ok(()),
        Err(e) => {
            if e.is_instance_of(&vm.exc.system_exit) || e.is_instance_of(&vm.exc.keyboard_interrupt) {
                return Err(e);
            }
            let found = vm.module_state.borrow().get(ERROR_HOOK).cloned();
            match found {
                Some(hook) => {
                    vm.call(&hook, Args::positional(&[o.clone(), e]))?;
                    Ok(())
                }
                None => Err(e),
            }
        }
    }
}

/// `_run_ready(ready, ntodo)`: the end of `BaseEventLoop._run_once` when the
/// loop is not in debug mode: pop `ntodo` handles from the `ready` deque
/// and run each that is not cancelled, as the Python loop does
/// (`handle._cancelled`, `handle._run()`), natively for this module's
/// handles whose `_run` is not overridden.
fn run_ready(vm: &mut Vm, args: Args) -> PyResult {
    let [ready, ntodo] = args.exact::<2>(vm, "_run_ready")?.clone();
    let n = vm.to_index_value(&ntodo)?.as_i64().unwrap_or(0);
    let native_run = vm.module_state.borrow().get(NATIVE_RUN).cloned();
    let run_name = vm.intern("_run");
    let cancelled_name = vm.intern("_cancelled");
    for _ in 0..n {
        let handle = match crate::collections::deque_pop_front(&ready) {
            Some(Ok(h)) => h,
            Some(Err(())) => return Err(vm.new_index_error("pop from an empty deque")),
            None => vm.call_method(&ready, "popleft", &[])?,
        };
        if let Some(h) = handle.downcast_ref::<PyHandle>() {
            if h.cancelled.get() {
                continue;
            }
            let meth = handle.class().ty_payload().lookup(&run_name);
            if meth.as_ref().zip(native_run.as_ref()).is_some_and(|(a, b)| a.is(b)) {
                run(vm, &handle, h)?;
                continue;
            }
        } else {
            let c = vm.get_attr(&handle, &cancelled_name)?;
            if vm.is_true(&c)? {
                continue;
            }
        }
        let meth = vm.get_attr(&handle, &run_name)?;
        vm.call(&meth, Args::positional(&[]))?;
    }
    Ok(vm.none())
}

macro_rules! field {
    ($get:ident, $set:ident, $field:ident) => {
        fn $get(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
            let h = handle_of(vm, o)?;
            let v = h.f.borrow().$field.clone();
            Ok(v.unwrap_or_else(|| vm.none()))
        }

        fn $set(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
            let h = handle_of(vm, o)?;
            let old = std::mem::replace(&mut h.f.borrow_mut().$field, v);
            drop(old);
            Ok(())
        }
    };
}

/// The callable a handle's `callback` field stands for.
fn callback_of(vm: &Vm, h: &PyHandle, cb: PyObjectRef) -> PyObjectRef {
    if h.task_step.get() {
        super::task_step_bound(vm, &cb)
    } else {
        cb
    }
}

/// `_callback`: a step handle's bound `__step` is made here once and kept,
/// so that reading it twice gives the same object.
fn get_callback(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let h = handle_of(vm, o)?;
    let v = h.f.borrow().callback.clone();
    let Some(cb) = v else {
        return Ok(vm.none());
    };
    if !h.task_step.replace(false) {
        return Ok(cb);
    }
    let step = super::task_step_bound(vm, &cb);
    let old = h.f.borrow_mut().callback.replace(step.clone());
    drop(old);
    Ok(step)
}

fn set_callback(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let h = handle_of(vm, o)?;
    h.task_step.set(false);
    let old = std::mem::replace(&mut h.f.borrow_mut().callback, v);
    drop(old);
    Ok(())
}

field!(get_args, set_args, args);
field!(get_loop, set_loop, loop_);
field!(get_context, set_context, context);
field!(get_source_traceback, set_source_traceback, source_traceback);
field!(get_repr, set_repr, repr);

fn get_cancelled(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let h = handle_of(vm, o)?;
    Ok(vm.new_bool(h.cancelled.get()))
}

fn set_cancelled(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let h = handle_of(vm, o)?;
    let b = match v {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    h.cancelled.set(b);
    Ok(())
}

/// `_setup_handle(error_hook)`: the Python function that reports an
/// exception from a callback.
fn setup_handle(vm: &mut Vm, args: Args) -> PyResult {
    let [hook] = args.exact::<1>(vm, "_setup_handle")?.clone();
    vm.module_state.borrow_mut().insert(ERROR_HOOK.to_string(), hook);
    Ok(vm.none())
}

/// Make the `Handle` type; returns it and the module functions to add.
pub(crate) fn init(vm: &mut Vm) -> (PyObjectRef, &'static [(&'static str, NativeFn)]) {
    let object = vm.types.object.clone();
    let ty = PyType::new(
        HANDLE,
        Some(object.clone()),
        vec![object.clone()],
        object.mro(),
        &PyHandle::VTABLE,
        TypeFlags {
            has_dict: false,
            basetype: true,
            heaptype: false,
        },
    );
    *ty.qualname.borrow_mut() = "Handle".to_string();
    let cls = PyObjectRef::new_type(ty, &vm.types.type_);
    cls.ty_payload().weakrefable.set(true);
    let module = vm.new_str("asyncio.events");
    vm.set_type_attr(&cls, "__module__", module);
    vm.module_state.borrow_mut().insert(HANDLE.to_string(), cls.clone());
    vm.add_static(&cls, "__new__", handle_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", handle_init),
        ("cancel", handle_cancel),
        ("cancelled", handle_cancelled),
        ("get_context", handle_get_context),
        ("_run", handle_run),
    ];
    for &(name, f) in methods {
        vm.add_method(&cls, name, f);
    }
    let run_name = vm.intern("_run");
    if let Some(r) = cls.ty_payload().get_own(&run_name) {
        vm.module_state.borrow_mut().insert(NATIVE_RUN.to_string(), r);
    }
    vm.add_getset(&cls, "_callback", get_callback, Some(set_callback));
    vm.add_getset(&cls, "_args", get_args, Some(set_args));
    vm.add_getset(&cls, "_loop", get_loop, Some(set_loop));
    vm.add_getset(&cls, "_context", get_context, Some(set_context));
    vm.add_getset(
        &cls,
        "_source_traceback",
        get_source_traceback,
        Some(set_source_traceback),
    );
    vm.add_getset(&cls, "_repr", get_repr, Some(set_repr));
    vm.add_getset(&cls, "_cancelled", get_cancelled, Some(set_cancelled));
    (cls, &[("_setup_handle", setup_handle), ("_run_ready", run_ready)])
}
