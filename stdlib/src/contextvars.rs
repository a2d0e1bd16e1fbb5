//! `_contextvars`: the native core of `contextvars` (PEP 567), as CPython
//! has its C module of the same name.
//!
//! asyncio runs every callback of its event loop inside a context
//! (`Handle._run` calls `context.run(callback, *args)`) and copies the
//! current context for every callback it stores, so `Context.run` and
//! `copy_context` run once per task step: they are native here, with the
//! thread's current context kept in Rust. What is not hot stays in Python
//! (`stdlib/py/contextvars.py`): `ContextVar`, `Token`, and the mapping
//! methods of `Context`, which `contextvars.py` installs on this type with
//! `_install` (as `asyncio` does with `_asyncio`).
//!
//! A context's mapping is a dict that is never changed once a context holds
//! it: `ContextVar.set` builds a new dict and stores it in `_data`, so a
//! copy (`Context.copy`, `copy_context`) shares the dict and costs nothing.
//! CPython uses a HAMT for the same promise; with the few variables real
//! programs have, copying the dict on `set` is cheaper.

use std::cell::{Cell, RefCell};

use kaa_vm::object::core::{PyPayload, Visit};
use kaa_vm::object::typ::{PyType, TypeFlags};
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

const CONTEXT: &str = "_contextvars.Context";
const STATE: &str = "_contextvars.state";

/// The payload of `_contextvars.Context`.
pub struct PyContext {
    /// The mapping (a dict, never mutated once stored here).
    data: RefCell<Option<PyObjectRef>>,
    /// Whether the context is entered (`run` is in progress) on some thread.
    entered: Cell<bool>,
}

impl PyPayload for PyContext {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.data, |d, v| v.visit_opt(d));
    }

    fn clear(&self) {
        let old = self.data.try_borrow_mut().ok().and_then(|mut d| d.take());
        drop(old);
    }
}

/// The module's state: each thread's current context, by thread.
pub struct ContextState {
    by_thread: RefCell<crate::thread::IdentMap<PyObjectRef>>,
}

impl PyPayload for ContextState {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.by_thread, |m, v| m.values().for_each(|c| v.visit(c)));
    }

    fn clear(&self) {
        let old = self
            .by_thread
            .try_borrow_mut()
            .ok()
            .map(|mut m| std::mem::take(&mut *m));
        drop(old);
    }
}

fn state(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get(STATE).cloned();
    found.ok_or_else(|| vm.new_runtime_error("_contextvars is not initialized"))
}

fn context_type(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get(CONTEXT).cloned();
    found.ok_or_else(|| vm.new_runtime_error("_contextvars is not initialized"))
}

/// A new, empty context (or one sharing `data`).
fn new_context(vm: &mut Vm, data: Option<PyObjectRef>) -> PyResult<PyObjectRef> {
    let cls = context_type(vm)?;
    let data = data.unwrap_or_else(|| vm.new_dict());
    Ok(vm.new_instance(
        PyContext {
            data: RefCell::new(Some(data)),
            entered: Cell::new(false),
        },
        &cls,
    ))
}

/// The calling thread's current context, made on first use.
pub fn current(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let st = state(vm)?;
    let Some(s) = st.downcast_ref::<ContextState>() else {
        return Err(vm.new_runtime_error("_contextvars state"));
    };
    let key = crate::thread::ident();
    if let Some(c) = s.by_thread.borrow().get(&key) {
        return Ok(c.clone());
    }
    let c = new_context(vm, None)?;
    s.by_thread.borrow_mut().insert(key, c.clone());
    Ok(c)
}

/// Make `ctx` the calling thread's current context; returns the one before
/// (a new empty context if the thread had none).
fn swap_current(vm: &mut Vm, ctx: PyObjectRef) -> PyResult<PyObjectRef> {
    let st = state(vm)?;
    let Some(s) = st.downcast_ref::<ContextState>() else {
        return Err(vm.new_runtime_error("_contextvars state"));
    };
    let old = s.by_thread.borrow_mut().insert(crate::thread::ident(), ctx);
    match old {
        Some(o) => Ok(o),
        None => new_context(vm, None),
    }
}

/// `copy_context()` for Rust callers (asyncio's handles and futures).
pub fn copy_current(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let cur = current(vm)?;
    let data = cur.downcast_ref::<PyContext>().and_then(|c| c.data.borrow().clone());
    new_context(vm, data)
}

/// `ctx.run(callable, *args, **kwargs)` for Rust callers: `ctx` must be a
/// `Context`; `call` gives the callable and its arguments.
pub fn run_in(vm: &mut Vm, ctx: &PyObjectRef, callable: &PyObjectRef, args: Args) -> PyResult {
    let Some(c) = ctx.downcast_ref::<PyContext>() else {
        return Err(vm.new_type_error("a Context was expected"));
    };
    if c.entered.get() {
        let r = vm.repr_string(ctx)?;
        return Err(vm.new_runtime_error(format!("cannot enter context: {r} is already entered")));
    }
    let prev = swap_current(vm, ctx.clone())?;
    c.entered.set(true);
    let r = vm.call(callable, args);
    c.entered.set(false);
    let restored = swap_current(vm, prev);
    drop(restored?);
    r
}

/// Whether `o` is a `Context` (the only kind: the type cannot be subclassed).
pub fn is_context(o: &PyObjectRef) -> bool {
    o.payload_is::<PyContext>()
}

fn this<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyObjectRef, &'a PyContext)> {
    if let Some(o) = args.pos().first() {
        if let Some(c) = o.downcast_ref::<PyContext>() {
            return Ok((o, c));
        }
        return Err(vm.new_type_error(format!(
            "descriptor '{name}' for '_contextvars.Context' objects doesn't apply to a '{}' object",
            o.ty().name()
        )));
    }
    Err(vm.new_type_error(format!(
        "descriptor '{name}' of '_contextvars.Context' object needs an argument"
    )))
}

fn context_new(vm: &mut Vm, args: Args) -> PyResult {
    if args.items().len() > 1 {
        return Err(vm.new_type_error("Context() does not accept any arguments"));
    }
    new_context(vm, None)
}

fn context_run(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = this(vm, &args, "run")?;
    let items = args.items();
    let npos = args.pos().len();
    if npos < 2 {
        return Err(vm.new_type_error("run() missing 1 required positional argument"));
    }
    let callable = items[1].clone();
    run_in(vm, o, &callable, Args::new(&items[2..], args.kwnames()))
}

fn context_copy(vm: &mut Vm, args: Args) -> PyResult {
    let (_, c) = this(vm, &args, "copy")?;
    if args.items().len() > 1 {
        return Err(vm.new_type_error(format!(
            "Context.copy() takes no arguments ({} given)",
            args.items().len() - 1
        )));
    }
    let data = c.data.borrow().clone();
    new_context(vm, data)
}

fn get_data(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let Some(c) = o.downcast_ref::<PyContext>() else {
        return Err(vm.new_type_error("a Context was expected"));
    };
    let d = c.data.borrow().clone();
    Ok(d.unwrap_or_else(|| vm.new_dict()))
}

/// `_data = d`: only `contextvars.py` sets it (`ContextVar.set`/`reset`),
/// always to a new dict.
fn set_data(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let Some(c) = o.downcast_ref::<PyContext>() else {
        return Err(vm.new_type_error("a Context was expected"));
    };
    let Some(v) = v else {
        return Err(vm.new_attribute_error("cannot delete attribute"));
    };
    if !v.is_instance_of(&vm.types.dict) {
        return Err(vm.new_type_error("Context._data must be a dict"));
    }
    let old = c.data.borrow_mut().replace(v);
    drop(old);
    Ok(())
}

fn get_entered(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let Some(c) = o.downcast_ref::<PyContext>() else {
        return Err(vm.new_type_error("a Context was expected"));
    };
    Ok(vm.new_bool(c.entered.get()))
}

fn copy_context_fn(vm: &mut Vm, args: Args) -> PyResult {
    if !args.items().is_empty() {
        return Err(vm.new_type_error(format!(
            "_contextvars.copy_context() takes no arguments ({} given)",
            args.items().len()
        )));
    }
    copy_current(vm)
}

/// `_current()`: the thread's current context (for `ContextVar`).
fn current_fn(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "_current")?;
    current(vm)
}

/// `_install(name, value)`: set an attribute of `Context` (the methods
/// written in Python).
fn install(vm: &mut Vm, args: Args) -> PyResult {
    let [name, value] = args.exact::<2>(vm, "_install")?.clone();
    let Some(n) = name
        .downcast_ref::<kaa_vm::object::str::PyStr>()
        .map(|s| s.as_str().to_string())
    else {
        return Err(vm.new_type_error("_install() needs a str name"));
    };
    let cls = context_type(vm)?;
    vm.set_type_attr(&cls, &n, value);
    Ok(vm.none())
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_contextvars", None)?;
    let state_cls = kaa_vm::builtins::new_module_class::<ContextState>(vm, "_contextvars._State", false);
    let st = PyObjectRef::new(
        ContextState {
            by_thread: RefCell::new(crate::thread::IdentMap::default()),
        },
        &state_cls,
    );
    vm.module_state.borrow_mut().insert(STATE.to_string(), st);

    let object = vm.types.object.clone();
    let ty = PyType::new(
        CONTEXT,
        Some(object.clone()),
        vec![object.clone()],
        object.mro(),
        &PyContext::VTABLE,
        TypeFlags {
            has_dict: false,
            basetype: false,
            heaptype: false,
        },
    );
    *ty.qualname.borrow_mut() = "Context".to_string();
    let cls = PyObjectRef::new_type(ty, &vm.types.type_);
    let module = vm.new_str("_contextvars");
    vm.set_type_attr(&cls, "__module__", module);
    vm.module_state.borrow_mut().insert(CONTEXT.to_string(), cls.clone());
    vm.add_static(&cls, "__new__", context_new);
    let methods: &[(&'static str, NativeFn)] = &[("run", context_run), ("copy", context_copy)];
    for &(name, f) in methods {
        vm.add_method(&cls, name, f);
    }
    vm.add_getset(&cls, "_data", get_data, Some(set_data));
    vm.add_getset(&cls, "_entered", get_entered, None);
    vm.dict_set_str(&d, "Context", cls)?;

    let functions: &[(&'static str, NativeFn)] = &[
        ("copy_context", copy_context_fn),
        ("_current", current_fn),
        ("_install", install),
    ];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    Ok(m)
}
