//! `sys`: the interpreter's own state as Python sees it — `argv`, `path`,
//! `modules`, the standard streams, the recursion limit, version information.
//!
//! `sys.stdout` and friends are `_io.TextIOWrapper` objects over the VM's
//! output sinks (`io/stdio.rs`), so an embedder that captures output
//! captures `sys.stdout.write` as well as `print`.

use kaa_vm::builtins::PyStdStream;
use kaa_vm::object::dict::PyDict;
use kaa_vm::object::int::IntValue;
use kaa_vm::object::singletons::PyBaseObject;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::typ::{PyType, TypeFlags};
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

/// The CPython version Kaa follows.
pub const PYTHON_VERSION: (i64, i64, i64) = (3, 11, 7);

// ----- struct sequences (`sys.version_info`, `sys.float_info`, `time.struct_time`) -----

/// A named-tuple-like type (CPython's "struct sequence"): a `tuple` subclass whose
/// items are also attributes named by `fields` (kept in `__match_args__`).
/// `module` only prefixes the repr: `sys.version_info(major=3, ...)`.
pub fn new_struct_seq_type(vm: &mut Vm, module: &str, name: &str, fields: &[&str]) -> PyObjectRef {
    struct_seq_type(vm, module, name, fields, false)
}

/// A struct-sequence type whose instances also have a `__dict__`, for fields that
/// are attributes but not items (`time.struct_time.tm_zone`).
pub fn new_struct_seq_type_with_dict(vm: &mut Vm, module: &str, name: &str, fields: &[&str]) -> PyObjectRef {
    struct_seq_type(vm, module, name, fields, true)
}

fn struct_seq_type(vm: &mut Vm, module: &str, name: &str, fields: &[&str], has_dict: bool) -> PyObjectRef {
    let tuple = vm.types.tuple.clone();
    let ty = PyType::new(
        name,
        Some(tuple.clone()),
        vec![tuple.clone()],
        tuple.mro(),
        &<PyTuple as kaa_vm::object::PyPayload>::VTABLE,
        TypeFlags {
            has_dict,
            basetype: false,
            heaptype: false,
        },
    );
    let cls = PyObjectRef::new_type(ty, &vm.types.type_);
    let names: Vec<PyObjectRef> = fields.iter().map(|f| vm.intern(f)).collect();
    let names = vm.new_tuple(names);
    vm.set_type_attr(&cls, "__match_args__", names);
    let m = vm.new_str(module.to_string());
    vm.set_type_attr(&cls, "__module__", m);
    let n = vm.new_int(fields.len() as i64);
    vm.set_type_attr(&cls, "n_fields", n.clone());
    vm.set_type_attr(&cls, "n_sequence_fields", n);
    let z = vm.new_int(0);
    vm.set_type_attr(&cls, "n_unnamed_fields", z);
    vm.add_method(&cls, "__getattr__", struct_seq_getattr);
    vm.add_method(&cls, "__repr__", struct_seq_repr);
    vm.add_method(&cls, "__reduce__", struct_seq_reduce);
    cls
}

/// An instance of a struct-sequence type.
pub fn new_struct_seq(vm: &Vm, cls: &PyObjectRef, items: Vec<PyObjectRef>) -> PyObjectRef {
    vm.new_instance(PyTuple::boxed(items), cls)
}

fn struct_seq_fields(vm: &mut Vm, cls: &PyObjectRef) -> Vec<PyObjectRef> {
    let k = vm.intern("__match_args__");
    cls.ty_payload()
        .lookup(&k)
        .and_then(|t| t.downcast_ref::<PyTuple>().map(|t| t.as_slice().to_vec()))
        .unwrap_or_default()
}

fn struct_seq_getattr(vm: &mut Vm, args: Args) -> PyResult {
    let [this, name] = args.exact::<2>(vm, "__getattr__")?;
    let fields = struct_seq_fields(vm, this.class());
    let wanted = name.downcast_ref::<PyStr>().map(|s| s.as_str()).unwrap_or("");
    let idx = fields
        .iter()
        .position(|f| f.downcast_ref::<PyStr>().is_some_and(|s| s.as_str() == wanted));
    let item = idx.and_then(|i| {
        this.downcast_ref::<PyTuple>()
            .and_then(|t| t.as_slice().get(i).cloned())
    });
    match item {
        Some(v) => Ok(v),
        None => {
            let cls = this.class().clone();
            let tname = qualified_type_name(vm, &cls);
            Err(vm.new_attribute_error(format!("'{tname}' object has no attribute '{wanted}'")))
        }
    }
}

/// `module.name` of a struct-sequence type, as CPython's `tp_name`.
fn qualified_type_name(vm: &mut Vm, cls: &PyObjectRef) -> String {
    let mk = vm.intern("__module__");
    let module = cls
        .ty_payload()
        .get_own(&mk)
        .and_then(|m| m.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()));
    match module {
        // A type of no module (`asyncgen_hooks`) reports `builtins`, and its
        // repr has no prefix.
        Some(m) if m != "builtins" => format!("{m}.{}", cls.ty_payload().name()),
        _ => cls.ty_payload().name().to_string(),
    }
}

fn struct_seq_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let cls = this.class().clone();
    let fields = struct_seq_fields(vm, &cls);
    let items = this
        .downcast_ref::<PyTuple>()
        .map(|t| t.as_slice().to_vec())
        .unwrap_or_default();
    let mut out = format!("{}(", qualified_type_name(vm, &cls));
    for (i, (f, v)) in fields.iter().zip(items.iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(f.downcast_ref::<PyStr>().map_or("?", |s| s.as_str()));
        out.push('=');
        out.push_str(&vm.repr_string(v)?);
    }
    out.push(')');
    Ok(vm.new_str(out))
}

fn struct_seq_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "__reduce__")?;
    let items = this
        .downcast_ref::<PyTuple>()
        .map(|t| t.as_slice().to_vec())
        .unwrap_or_default();
    let t = vm.new_tuple(items);
    let a = vm.new_tuple(vec![t]);
    Ok(vm.new_tuple(vec![this.class().clone(), a]))
}

// ----- a simple namespace (`sys.implementation`) -----

/// A `types.SimpleNamespace`-like object holding `attrs`.
fn new_namespace(vm: &mut Vm, attrs: Vec<(&str, PyObjectRef)>) -> PyResult {
    let object = vm.types.object.clone();
    let ty = PyType::new(
        "SimpleNamespace",
        Some(object.clone()),
        vec![object.clone()],
        vec![object],
        &<PyBaseObject as kaa_vm::object::PyPayload>::VTABLE,
        TypeFlags {
            has_dict: true,
            basetype: false,
            heaptype: false,
        },
    );
    let cls = PyObjectRef::new_type(ty, &vm.types.type_);
    let m = vm.new_str("types");
    vm.set_type_attr(&cls, "__module__", m);
    vm.add_method(&cls, "__repr__", namespace_repr);
    let ns = vm.new_instance(PyBaseObject, &cls);
    let d = vm.instance_dict(&ns).expect("namespaces have a dict");
    for (k, v) in attrs {
        vm.dict_set_str(&d, k, v)?;
    }
    Ok(ns)
}

fn namespace_repr(vm: &mut Vm, args: Args) -> PyResult {
    use kaa_vm::object::list::{repr_enter, repr_leave};
    let [this] = args.exact::<1>(vm, "__repr__")?;
    // A namespace inside itself shows as `namespace(...)`, as CPython's.
    if !repr_enter(vm, this) {
        return Ok(vm.new_str("namespace(...)"));
    }
    let parts = namespace_items(vm, this);
    repr_leave(vm, this);
    Ok(vm.new_str(format!("namespace({})", parts?.join(", "))))
}

fn namespace_items(vm: &mut Vm, this: &PyObjectRef) -> PyResult<Vec<String>> {
    let items = vm
        .instance_dict(this)
        .and_then(|d| d.downcast_ref::<PyDict>().map(|d| d.items_vec()))
        .unwrap_or_default();
    let mut parts = Vec::with_capacity(items.len());
    for (k, v) in items {
        let k = k
            .downcast_ref::<PyStr>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        parts.push(format!("{k}={}", vm.repr_string(&v)?));
    }
    Ok(parts)
}

// ----- functions -----

/// `sys.exit([status])`: raise `SystemExit(status)` (a tuple status becomes the
/// exception's arguments, as CPython's `PyErr_SetObject`).
fn sys_exit(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "exit", 0, 1)?;
    let cls = vm.exc.system_exit.clone();
    let e = match pos.first().and_then(|s| s.downcast_ref::<PyTuple>()) {
        Some(t) => {
            let items = t.as_slice().to_vec();
            vm.call_positional(&cls, &items)?
        }
        None => vm.call_positional(&cls, pos)?,
    };
    Err(e)
}

fn sys_getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "getrecursionlimit")?;
    Ok(vm.new_int(vm.recursion_limit.get() as i64))
}

/// `sys.setrecursionlimit(n)`.
fn sys_setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "setrecursionlimit")?;
    if n.payload_is::<kaa_vm::object::float::PyFloat>() {
        return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = match vm.to_index_value(n)? {
        IntValue::Small(v) if i32::try_from(v).is_ok() => v,
        _ => return Err(vm.new_overflow_error("Python int too large to convert to C int")),
    };
    if n < 1 {
        return Err(vm.new_value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.recursion_depth;
    if (n as usize) <= depth {
        let cls = vm.exc.recursion_error.clone();
        return Err(vm.new_exception_msg(
            &cls,
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    vm.recursion_limit.set(n as usize);
    Ok(vm.none())
}

/// `sys.get_int_max_str_digits()`.
fn sys_get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(vm.new_type_error("sys.get_int_max_str_digits() takes no keyword arguments"));
    }
    if !args.pos().is_empty() {
        let n = args.pos().len();
        return Err(vm.new_type_error(format!("sys.get_int_max_str_digits() takes no arguments ({n} given)")));
    }
    Ok(vm.new_int(kaa_vm::object::int::max_str_digits(vm) as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or above
/// `sys.int_info.str_digits_check_threshold` (640).
fn sys_set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult {
    const FNAME: &str = "set_int_max_str_digits";
    let items = args.items();
    if items.len() > 1 {
        return Err(vm.new_type_error(format!("{FNAME}() takes at most 1 argument ({} given)", items.len())));
    }
    let n = match (args.pos().first(), args.kwargs().next()) {
        (Some(n), _) => n,
        (None, Some(("maxdigits", n))) => n,
        _ => return Err(vm.new_type_error(format!("{FNAME}() missing required argument 'maxdigits' (pos 1)"))),
    };
    if n.payload_is::<kaa_vm::object::float::PyFloat>() {
        return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = match vm.to_index_value(n)? {
        IntValue::Small(v) if i32::try_from(v).is_ok() => v,
        _ => return Err(vm.new_overflow_error("Python int too large to convert to C int")),
    };
    if n != 0 && n < 640 {
        return Err(vm.new_value_error("maxdigits must be 0 or larger than 640"));
    }
    kaa_vm::object::int::set_max_str_digits(vm, n as usize);
    Ok(vm.none())
}

/// `sys.intern(s)`.
fn sys_intern(vm: &mut Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "sys.intern")?;
    if !s.payload_is::<PyStr>() {
        // CPython's `_PyArg_BadArgument` names `None` itself, not its type.
        let got = if vm.is_none(s) { "None" } else { s.ty().name() };
        return Err(vm.new_type_error(format!("intern() argument must be str, not {got}")));
    }
    if !s.class().is(&vm.types.str) {
        return Err(vm.new_type_error(format!("can't intern {}", s.ty().name())));
    }
    Ok(vm.intern_obj(s))
}

/// `sys.getrefcount(obj)`: the count includes the argument's own reference.
fn sys_getrefcount(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "sys.getrefcount")?;
    Ok(vm.new_int(o.refcount() as i64))
}

/// `sys.getsizeof(obj[, default])`: the object's allocation plus the storage its
/// payload owns (text, items, digits) — an estimate in Kaa's own layout.
fn sys_getsizeof(vm: &mut Vm, args: Args) -> PyResult {
    let [o, default] = args.bind(vm, "getsizeof", ["object", "default"], 2, 1)?;
    let o = o.expect("required");
    // As CPython: `__sizeof__()` plus the GC head of collectable objects.
    let sizeof = vm.intern("__sizeof__");
    let r = match o.ty().lookup(&sizeof) {
        Some(f) => vm.call_with_self(&f, &o, &[]),
        None => Err(vm.new_type_error(format!("Type {} doesn't define __sizeof__", o.ty().name()))),
    };
    let r = match (r, default) {
        (Ok(r), _) => r,
        (Err(e), Some(d)) if e.is_instance_of(&vm.exc.type_error.clone()) => return Ok(d),
        (Err(e), _) => return Err(e),
    };
    let n = vm.to_index(&r)?;
    if n < 0 {
        return Err(vm.new_value_error("__sizeof__() should return >= 0"));
    }
    let total = n as usize + kaa_vm::object::size::gc_head_size(&o);
    Ok(vm.new_int(total as i64))
}

/// The exception being handled, or None.
fn current_exception(vm: &mut Vm) -> PyObjectRef {
    vm.exc_info.clone().unwrap_or_else(|| vm.none())
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being handled.
fn sys_exc_info(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "exc_info")?;
    let e = current_exception(vm);
    if vm.is_none(&e) {
        let n = vm.none();
        return Ok(vm.new_tuple(vec![n.clone(), n.clone(), n]));
    }
    let tb_name = vm.intern("__traceback__");
    let tb = vm
        .get_attr_opt(&e, &tb_name)
        .ok()
        .flatten()
        .unwrap_or_else(|| vm.none());
    Ok(vm.new_tuple(vec![e.class().clone(), e, tb]))
}

/// `sys.exception()` (3.11): the exception being handled, or None.
fn sys_exception(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "exception")?;
    Ok(current_exception(vm))
}

/// `sys.settrace(func)`: the trace function of this thread (`vm/src/trace.rs`).
fn sys_settrace(vm: &mut Vm, args: Args) -> PyResult {
    let [f] = args.exact::<1>(vm, "settrace")?;
    let f = (!vm.is_none(f)).then(|| f.clone());
    kaa_vm::trace::settrace(vm, f);
    Ok(vm.none())
}

/// `sys.setprofile(func)`: the profile function of this thread.
fn sys_setprofile(vm: &mut Vm, args: Args) -> PyResult {
    let [f] = args.exact::<1>(vm, "setprofile")?;
    let f = (!vm.is_none(f)).then(|| f.clone());
    kaa_vm::trace::setprofile(vm, f);
    Ok(vm.none())
}

fn sys_gettrace(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "gettrace")?;
    Ok(kaa_vm::trace::gettrace(vm).unwrap_or_else(|| vm.none()))
}

fn sys_getprofile(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "getprofile")?;
    Ok(kaa_vm::trace::getprofile(vm).unwrap_or_else(|| vm.none()))
}

fn sys_getswitchinterval(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "getswitchinterval")?;
    Ok(vm.new_float(vm.gil.switch_interval()))
}

/// `sys.setswitchinterval(interval)`.
fn sys_setswitchinterval(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "setswitchinterval")?;
    let v = kaa_vm::format::number_to_f64(vm, x)?;
    if v.is_nan() || v <= 0.0 {
        return Err(vm.new_value_error("switch interval must be strictly positive"));
    }
    vm.gil.set_switch_interval(v);
    Ok(vm.none())
}

fn sys_getdefaultencoding(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "getdefaultencoding")?;
    Ok(vm.new_str("utf-8"))
}

/// `sys.displayhook(value)`: print `repr(value)` and keep it in `builtins._`.
fn sys_displayhook(vm: &mut Vm, args: Args) -> PyResult {
    let [v] = args.exact::<1>(vm, "displayhook")?;
    if vm.is_none(v) {
        return Ok(vm.none());
    }
    let bd = vm.builtins_dict.clone();
    let underscore = vm.intern("_");
    let none = vm.none();
    vm.dict_set(&bd, underscore.clone(), none)?;
    let r = vm.repr_string(v)?;
    let out = format!("{r}\n");
    match kaa_vm::builtins::sys_attr(vm, "stdout") {
        Some(f) if !f.payload_is::<PyStdStream>() && !vm.is_none(&f) => {
            let s = vm.new_str(out);
            vm.call_method(&f, "write", &[s])?;
        }
        _ => vm.write_stdout(&out)?,
    }
    vm.dict_set(&bd, underscore, v.clone())?;
    Ok(vm.none())
}

/// `sys._getframe(depth=0)`: the frame `depth` calls below the caller
/// (`vm/src/object/frameobj.rs`). A frame-aware built-in, so that the
/// caller's frame shows its locals.
fn sys_getframe(vm: &mut Vm, args: Args) -> PyResult {
    let caller = vm.caller.take();
    if !args.kwnames().is_empty() {
        return Err(vm.new_type_error("sys._getframe() takes no keyword arguments"));
    }
    let depth = match args.pos() {
        [] => 0,
        [d] => vm.to_index(d)?,
        more => return Err(vm.new_type_error(format!("_getframe expected at most 1 argument, got {}", more.len()))),
    };
    let locals = caller.map(|c| c.locals);
    let frame = usize::try_from(depth).ok().and_then(|d| vm.frame_object(d, locals));
    frame.ok_or_else(|| vm.new_value_error("call stack is not deep enough"))
}

/// `sys.excepthook(type, value, traceback)`: print the exception to stderr.
fn sys_excepthook(vm: &mut Vm, args: Args) -> PyResult {
    let [_t, v, _tb] = args.exact::<3>(vm, "excepthook")?;
    vm.print_exception(v);
    Ok(vm.none())
}

/// `sys.set_asyncgen_hooks(firstiter, finalizer)` (kept by the VM, `coroutine.rs`).
fn sys_set_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult {
    kaa_vm::coroutine::set_asyncgen_hooks(vm, &args)?;
    Ok(vm.none())
}

/// `sys.get_asyncgen_hooks()`: `asyncgen_hooks(firstiter=..., finalizer=...)`.
fn sys_get_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "get_asyncgen_hooks")?;
    let key = "sys.asyncgen_hooks";
    let existing = vm.module_state.borrow().get(key).cloned();
    let cls = match existing {
        Some(c) => c,
        None => {
            let c = new_struct_seq_type(vm, "builtins", "asyncgen_hooks", &["firstiter", "finalizer"]);
            vm.module_state.borrow_mut().insert(key.to_string(), c.clone());
            c
        }
    };
    let (firstiter, finalizer) = kaa_vm::coroutine::asyncgen_hooks(vm);
    let items = vec![
        firstiter.unwrap_or_else(|| vm.none()),
        finalizer.unwrap_or_else(|| vm.none()),
    ];
    Ok(new_struct_seq(vm, &cls, items))
}

/// `sys.breakpointhook(*args, **kws)`, what `breakpoint()` calls: the
/// function `PYTHONBREAKPOINT` names (`pdb.set_trace` when unset or empty,
/// nothing for `0`), as CPython; one that cannot be imported is a
/// RuntimeWarning, and nothing runs.
fn sys_breakpointhook(vm: &mut Vm, args: Args) -> PyResult {
    let ignore_env = sys_flag(vm, "ignore_environment");
    let spec = if ignore_env {
        String::new()
    } else {
        std::env::var("PYTHONBREAKPOINT").unwrap_or_default()
    };
    if spec == "0" {
        return Ok(vm.none());
    }
    let spec = if spec.is_empty() {
        "pdb.set_trace".to_string()
    } else {
        spec
    };
    let (module, attr) = match spec.rsplit_once('.') {
        Some((m, a)) => (m.to_string(), a.to_string()),
        None => ("builtins".to_string(), spec.clone()),
    };
    let hook = kaa_vm::import::import_module(vm, &module).and_then(|m| {
        let n = vm.new_str(attr);
        vm.get_attr(&m, &n)
    });
    match hook {
        Ok(h) => vm.call(&h, args),
        Err(e)
            if e.is_instance_of(&vm.exc.import_error.clone()) || e.is_instance_of(&vm.exc.attribute_error.clone()) =>
        {
            let warnings = kaa_vm::import::import_module(vm, "warnings")?;
            let warn = vm.intern("warn");
            let warn = vm.get_attr(&warnings, &warn)?;
            let msg = vm.new_str(format!("Ignoring unimportable $PYTHONBREAKPOINT: \"{spec}\""));
            let cat = vm.exc.runtime_warning.clone();
            vm.call(&warn, Args::positional(&[msg, cat]))?;
            Ok(vm.none())
        }
        Err(e) => Err(e),
    }
}

/// A field of `sys.flags` as a bool (false if it cannot be read).
fn sys_flag(vm: &mut Vm, name: &str) -> bool {
    let Ok(sys) = kaa_vm::import::import_module(vm, "sys") else {
        return false;
    };
    let n = vm.intern("flags");
    let Ok(flags) = vm.get_attr(&sys, &n) else {
        return false;
    };
    let n = vm.intern(name);
    vm.get_attr(&flags, &n)
        .ok()
        .is_some_and(|v| vm.is_true(&v).unwrap_or(false))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exit", sys_exit),
    ("breakpointhook", sys_breakpointhook),
    ("set_asyncgen_hooks", sys_set_asyncgen_hooks),
    ("get_asyncgen_hooks", sys_get_asyncgen_hooks),
    ("getrecursionlimit", sys_getrecursionlimit),
    ("setrecursionlimit", sys_setrecursionlimit),
    ("get_int_max_str_digits", sys_get_int_max_str_digits),
    ("set_int_max_str_digits", sys_set_int_max_str_digits),
    ("intern", sys_intern),
    ("getrefcount", sys_getrefcount),
    ("getsizeof", sys_getsizeof),
    ("exc_info", sys_exc_info),
    ("exception", sys_exception),
    ("getswitchinterval", sys_getswitchinterval),
    ("setswitchinterval", sys_setswitchinterval),
    ("getdefaultencoding", sys_getdefaultencoding),
    ("displayhook", sys_displayhook),
    ("excepthook", sys_excepthook),
    ("settrace", sys_settrace),
    ("setprofile", sys_setprofile),
    ("gettrace", sys_gettrace),
    ("getprofile", sys_getprofile),
];

// ----- the module -----

fn str_list(vm: &mut Vm, items: &[String]) -> PyObjectRef {
    let v = items.iter().map(|s| vm.new_str(s.clone())).collect();
    vm.new_list(v)
}

/// `sys.platform` as CPython spells it.
fn platform() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    }
}

fn version_string() -> String {
    let (a, b, c) = PYTHON_VERSION;
    format!("{a}.{b}.{c} (kaa {})", env!("CARGO_PKG_VERSION"))
}

/// A `version_info`-shaped tuple `(major, minor, micro, releaselevel, serial)`.
fn version_tuple(vm: &mut Vm, cls: &PyObjectRef, v: (i64, i64, i64)) -> PyObjectRef {
    let items = vec![
        vm.new_int(v.0),
        vm.new_int(v.1),
        vm.new_int(v.2),
        vm.new_str("final"),
        vm.new_int(0),
    ];
    new_struct_seq(vm, cls, items)
}

fn kaa_version() -> (i64, i64, i64) {
    let mut parts = env!("CARGO_PKG_VERSION")
        .split('.')
        .map(|p| p.parse::<i64>().unwrap_or(0));
    (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    )
}

/// `sys.float_info`.
fn float_info(vm: &mut Vm) -> PyObjectRef {
    let fields = [
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ];
    let cls = new_struct_seq_type(vm, "sys", "float_info", &fields);
    let items = vec![
        vm.new_float(f64::MAX),
        vm.new_int(i64::from(f64::MAX_EXP)),
        vm.new_int(i64::from(f64::MAX_10_EXP)),
        vm.new_float(f64::MIN_POSITIVE),
        vm.new_int(i64::from(f64::MIN_EXP)),
        vm.new_int(i64::from(f64::MIN_10_EXP)),
        vm.new_int(i64::from(f64::DIGITS)),
        vm.new_int(i64::from(f64::MANTISSA_DIGITS)),
        vm.new_float(f64::EPSILON),
        vm.new_int(i64::from(f64::RADIX)),
        vm.new_int(1),
    ];
    new_struct_seq(vm, &cls, items)
}

/// `sys.int_info`.
fn int_info(vm: &mut Vm) -> PyObjectRef {
    let fields = [
        "bits_per_digit",
        "sizeof_digit",
        "default_max_str_digits",
        "str_digits_check_threshold",
    ];
    let cls = new_struct_seq_type(vm, "sys", "int_info", &fields);
    let items = vec![vm.new_int(30), vm.new_int(4), vm.new_int(4300), vm.new_int(640)];
    new_struct_seq(vm, &cls, items)
}

/// `sys.hash_info` (Kaa's `str` hash is ahash with fixed keys, not siphash).
fn hash_info(vm: &mut Vm) -> PyObjectRef {
    let fields = [
        "width",
        "modulus",
        "inf",
        "nan",
        "imag",
        "algorithm",
        "hash_bits",
        "seed_bits",
        "cutoff",
    ];
    let cls = new_struct_seq_type(vm, "sys", "hash_info", &fields);
    let items = vec![
        vm.new_int(64),
        vm.new_int(kaa_vm::protocol::HASH_MODULUS),
        vm.new_int(314_159),
        vm.new_int(0),
        vm.new_int(1_000_003),
        vm.new_str("ahash"),
        vm.new_int(64),
        vm.new_int(256),
        vm.new_int(0),
    ];
    new_struct_seq(vm, &cls, items)
}

/// `sys.flags`: every flag off (Kaa has no command-line options that set them).
fn flags(vm: &mut Vm) -> PyObjectRef {
    let fields = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let cls = new_struct_seq_type(vm, "sys", "flags", &fields);
    let mut items: Vec<PyObjectRef> = fields.iter().map(|_| vm.new_int(0)).collect();
    items[13] = vm.new_bool(false); // dev_mode
    items[16] = vm.new_bool(false); // safe_path
    items[17] = vm.new_int(-1); // int_max_str_digits
    new_struct_seq(vm, &cls, items)
}

/// Create the `sys` module.
pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("sys", None)?;
    for &(name, f) in FUNCTIONS {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    let getframe = PyObjectRef::new(
        kaa_vm::object::function::PyBuiltinFunction {
            name: "_getframe",
            owner: None,
            func: sys_getframe,
            binding: kaa_vm::object::function::Binding::Function,
            self_: None,
            needs_frame: true,
            data: None,
        },
        &vm.types.builtin_function,
    );
    vm.dict_set_str(&d, "_getframe", getframe)?;
    let orig = vm.argv.borrow().clone();
    let argv = if orig.is_empty() {
        vec![String::new()]
    } else {
        orig.clone()
    };
    let argv = str_list(vm, &argv);
    vm.dict_set_str(&d, "argv", argv)?;
    let orig = str_list(vm, &orig);
    vm.dict_set_str(&d, "orig_argv", orig)?;
    let path = vm.path.borrow().clone();
    let path = str_list(vm, &path);
    vm.dict_set_str(&d, "path", path)?;
    // `-W` options (the CLI has none yet): read by `warnings` at import.
    let warnoptions = vm.new_list(Vec::new());
    vm.dict_set_str(&d, "warnoptions", warnoptions)?;
    let modules = vm.modules.clone();
    vm.dict_set_str(&d, "modules", modules)?;
    // The modules compiled into Kaa in Rust (CPython: in C), and every
    // top-level module name of the standard library Kaa ships.
    let mut builtin: Vec<&str> = crate::NATIVE.iter().map(|m| m.0).collect();
    builtin.push("builtins");
    builtin.sort_unstable();
    let names: Vec<PyObjectRef> = builtin.iter().map(|n| vm.new_str(*n)).collect();
    let names = vm.new_tuple(names);
    let mut top: Vec<&str> = crate::module_names()
        .into_iter()
        .chain(["builtins"])
        .map(|n| n.split('.').next().unwrap_or(n))
        .collect();
    top.dedup();
    let top: Vec<PyObjectRef> = top.iter().map(|n| vm.new_str(*n)).collect();
    let top = kaa_vm::object::set::new_frozenset(vm, top)?;
    vm.dict_set_str(&d, "stdlib_module_names", top)?;
    vm.dict_set_str(&d, "builtin_module_names", names)?;

    crate::io::stdio::install_streams(vm, &d, &crate::io::stdio::StdOptions::default())?;

    let vi_cls = new_struct_seq_type(
        vm,
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let vi = version_tuple(vm, &vi_cls, PYTHON_VERSION);
    vm.dict_set_str(&d, "version_info", vi)?;
    let v = vm.new_str(version_string());
    vm.dict_set_str(&d, "version", v)?;
    let (a, b, c) = PYTHON_VERSION;
    let hex = vm.new_int((a << 24) | (b << 16) | (c << 8) | 0xf0);
    vm.dict_set_str(&d, "hexversion", hex)?;
    let impl_version = version_tuple(vm, &vi_cls, kaa_version());
    let attrs = vec![
        ("name", vm.new_str("kaa")),
        ("cache_tag", vm.new_str(kaa_vm::import_cache::CACHE_TAG)),
        ("version", impl_version),
        ("hexversion", vm.new_int(0)),
    ];
    let implementation = new_namespace(vm, attrs)?;
    vm.dict_set_str(&d, "implementation", implementation)?;

    let fi = float_info(vm);
    vm.dict_set_str(&d, "float_info", fi)?;
    let ii = int_info(vm);
    vm.dict_set_str(&d, "int_info", ii)?;
    let hi = hash_info(vm);
    vm.dict_set_str(&d, "hash_info", hi)?;
    let fl = flags(vm);
    vm.dict_set_str(&d, "flags", fl)?;

    // The program's path is part of the environment: only with that grant.
    let exe = if vm.limits.grants.get().environment {
        std::env::current_exe()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else {
        String::new()
    };
    let strs = [
        ("platform", platform().to_string()),
        (
            "byteorder",
            if cfg!(target_endian = "little") {
                "little"
            } else {
                "big"
            }
            .to_string(),
        ),
        ("executable", exe),
        ("prefix", String::new()),
        ("base_prefix", String::new()),
        ("exec_prefix", String::new()),
        (
            "copyright",
            "Copyright (c) the Kaa authors. Python is Copyright (c) Python Software Foundation.".to_string(),
        ),
        ("float_repr_style", "short".to_string()),
    ];
    for (k, v) in strs {
        let v = vm.new_str(v);
        vm.dict_set_str(&d, k, v)?;
    }
    let ints = [("maxsize", i64::MAX), ("maxunicode", 0x10ffff), ("api_version", 1013)];
    for (k, v) in ints {
        let v = vm.new_int(v);
        vm.dict_set_str(&d, k, v)?;
    }
    let f = vm.new_bool(false);
    vm.dict_set_str(&d, "dont_write_bytecode", f)?;
    // The import system's hooks: `_frozen_importlib` puts Kaa's finders in
    // the lists when it loads (kaa_vm::import).
    let meta_path = vm.new_list(Vec::new());
    vm.dict_set_str(&d, "meta_path", meta_path)?;
    let path_hooks = vm.new_list(Vec::new());
    vm.dict_set_str(&d, "path_hooks", path_hooks)?;
    let cache = vm.new_dict();
    vm.dict_set_str(&d, "path_importer_cache", cache)?;
    let none = vm.none();
    vm.dict_set_str(&d, "pycache_prefix", none)?;
    for hook in ["displayhook", "excepthook", "breakpointhook"] {
        let k = vm.intern(hook);
        let f = vm.dict_get_item_opt(&d, &k)?.unwrap_or_else(|| vm.none());
        vm.dict_set_str(&d, &format!("__{hook}__"), f)?;
    }
    Ok(m)
}
