//! `_functools`: the hot core of `functools` (`py/functools.py`), as CPython's
//! C accelerator of the same name: `partial`, `reduce`, `cmp_to_key` and the
//! cache behind `lru_cache` (`_lru_cache_wrapper`).
//!
//! Calls go straight through the VM's argument slices (`Args`): a `partial`
//! call copies its stored arguments and the caller's once into one buffer,
//! and a cached call hands the caller's arguments on untouched.
//!
//! Every `RefCell` here is borrowed only for short stretches that run no
//! Python code: a comparison, a hash or a call may re-enter the same object
//! (a cached function that calls itself, an `__eq__` that clears the cache).

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use kaa_compiler::bytecode::CompareOp;
use kaa_vm::builtins::is_callable;
use kaa_vm::object::core::{PyPayload, Visit};
use kaa_vm::object::dict::PyDict;
use kaa_vm::object::float::PyFloat;
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::list::{repr_enter, repr_leave};
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::typ::{PyType, TypeFlags};
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::{ArgVec, NativeFn};
use kaa_vm::{Args, PyResult, Vm};

// ----- types of this module -----

/// Keys of the types in `Vm::module_state`.
const PARTIAL: &str = "_functools.partial";
const KEYWRAPPER: &str = "_functools.KeyWrapper";
const LRU: &str = "_functools._lru_cache_wrapper";

/// A type of `functools` made by `init`.
fn state_type(vm: &mut Vm, key: &str) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get(key).cloned();
    found.ok_or_else(|| vm.new_runtime_error("_functools is not initialized"))
}

/// Options of a type this module makes.
struct TypeSpec {
    /// CPython's `tp_name` ("functools.partial"): the name error messages show.
    name: &'static str,
    qualname: &'static str,
    doc: &'static str,
    dict: bool,
    subclassable: bool,
    /// The VM applies `__get__` only to heap types' descriptors: a type with a
    /// `__get__` (the cache wrapper, which binds as a method) is one.
    descriptor: bool,
}

fn new_type<T: PyPayload>(vm: &mut Vm, spec: &TypeSpec, methods: &[(&'static str, NativeFn)]) -> PyObjectRef {
    let base = vm.types.object.clone();
    let ty = PyType::new(
        spec.name,
        Some(base.clone()),
        vec![base.clone()],
        base.mro(),
        &T::VTABLE,
        TypeFlags {
            has_dict: spec.dict,
            basetype: spec.subclassable,
            heaptype: spec.descriptor,
        },
    );
    *ty.qualname.borrow_mut() = spec.qualname.to_string();
    ty.weakrefable.set(true);
    let cls = PyObjectRef::new_type(ty, &vm.types.type_);
    for &(name, f) in methods {
        if name == "__new__" {
            vm.add_static(&cls, name, f);
        } else {
            vm.add_method(&cls, name, f);
        }
    }
    let module = vm.new_str("functools");
    vm.set_type_attr(&cls, "__module__", module);
    let doc = vm.new_str(spec.doc);
    vm.set_type_attr(&cls, "__doc__", doc);
    cls
}

/// The `self` of method `method` of type `what`: the first positional
/// argument, of payload `T` (CPython's messages for a misused descriptor).
fn this<'a, T: PyPayload>(
    vm: &mut Vm,
    args: &Args<'a>,
    what: &str,
    method: &str,
) -> PyResult<(&'a PyObjectRef, &'a T)> {
    let Some(o) = args.pos().first() else {
        return Err(vm.new_type_error(format!("descriptor '{method}' of '{what}' object needs an argument")));
    };
    match o.downcast_ref::<T>() {
        Some(p) => Ok((o, p)),
        // Slot wrappers word it one way, plain methods the other.
        None if method.starts_with("__") && !matches!(method, "__reduce__" | "__setstate__") => {
            Err(vm.new_type_error(format!(
                "descriptor '{method}' requires a '{what}' object but received a '{}'",
                o.ty().name()
            )))
        }
        None => Err(vm.new_type_error(format!(
            "descriptor '{method}' for '{what}' objects doesn't apply to a '{}' object",
            o.ty().name()
        ))),
    }
}

fn str_text(o: &PyObjectRef) -> Option<&str> {
    o.downcast_ref::<PyStr>().map(|s| s.as_str())
}

fn exact_dict(vm: &Vm, o: &PyObjectRef) -> bool {
    o.class().is(&vm.types.dict)
}

/// A new dict with the entries of `d` (a dict payload), in order.
fn copy_dict(vm: &mut Vm, d: &PyObjectRef) -> PyResult {
    let out = vm.new_dict();
    if let Some(src) = d.downcast_ref::<PyDict>() {
        for (k, v) in src.items_vec() {
            vm.dict_set(&out, k, v)?;
        }
    }
    Ok(out)
}

// ----- reduce -----

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(vm.new_type_error("reduce() takes no keyword arguments"));
    }
    let pos = args.range(vm, "reduce", 2, 3)?;
    let func = &pos[0];
    let it = match vm.get_iter(&pos[1]) {
        Ok(it) => it,
        Err(e) if e.is_instance_of(&vm.exc.type_error) => {
            return Err(vm.new_type_error("reduce() arg 2 must support iteration"))
        }
        Err(e) => return Err(e),
    };
    let mut acc = pos.get(2).cloned();
    while let Some(item) = vm.iter_next(&it)? {
        acc = Some(match acc {
            None => item,
            Some(a) => vm.call(func, Args::positional(&[a, item]))?,
        });
    }
    acc.ok_or_else(|| vm.new_type_error("reduce() of empty iterable with no initial value"))
}

// ----- partial -----

/// What a `partial` holds (replaced as a whole by `__setstate__`).
struct PartialState {
    func: PyObjectRef,
    /// An exact tuple.
    args: PyObjectRef,
    /// A dict (the object `partial.keywords` returns, so changes to it show).
    keywords: PyObjectRef,
}

/// `functools.partial`: `None` only after the collector cleared it.
struct Partial {
    state: RefCell<Option<PartialState>>,
}

impl PyPayload for Partial {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.state, |s, visit| {
            if let Some(s) = s {
                visit.visit(&s.func);
                visit.visit(&s.args);
                visit.visit(&s.keywords);
            }
        });
    }

    fn clear(&self) {
        let old = self.state.try_borrow_mut().map(|mut s| s.take());
        drop(old);
    }
}

impl Partial {
    /// The three parts, cloned out of the cell.
    fn parts(&self, vm: &mut Vm) -> PyResult<(PyObjectRef, PyObjectRef, PyObjectRef)> {
        match &*self.state.borrow() {
            Some(s) => Ok((s.func.clone(), s.args.clone(), s.keywords.clone())),
            None => Err(vm.new_type_error("partial object was cleared")),
        }
    }
}

/// Whether `func` is a partial that `partial(func, ...)` may flatten: its
/// type calls through `partial.__call__` and it has no attributes of its own.
fn flattenable(vm: &mut Vm, func: &PyObjectRef, partial_type: &PyObjectRef) -> bool {
    if !func.payload_is::<Partial>() {
        return false;
    }
    let name = vm.names.__call__.clone();
    let ours = partial_type.ty_payload().get_own(&name);
    let theirs = func.ty().lookup(&name);
    let same_call = matches!((ours, theirs), (Some(a), Some(b)) if a.is(&b));
    let no_attrs = vm.instance_len(func) == 0;
    same_call && no_attrs
}

/// `partial.__new__(cls, func, /, *args, **keywords)`.
fn partial_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let Some(cls) = pos.first().cloned() else {
        return Err(vm.new_type_error("functools.partial.__new__(): not enough arguments"));
    };
    let partial_type = state_type(vm, PARTIAL)?;
    match cls.as_type() {
        None => {
            return Err(vm.new_type_error(format!(
                "functools.partial.__new__(X): X is not a type object ({})",
                cls.ty().name()
            )))
        }
        Some(t) if !cls.is_subtype(&partial_type) => {
            return Err(vm.new_type_error(format!(
                "functools.partial.__new__({0}): {0} is not a subtype of functools.partial",
                t.name()
            )))
        }
        Some(_) => {}
    }
    let Some(first) = pos.get(1) else {
        return Err(vm.new_type_error("type 'partial' takes at least one argument"));
    };
    if !is_callable(vm, first) {
        return Err(vm.new_type_error("the first argument must be callable"));
    }
    let mut func = first.clone();
    let mut items: Vec<PyObjectRef> = Vec::new();
    let keywords = vm.new_dict();
    if flattenable(vm, first, &partial_type) {
        let inner = first.downcast_ref::<Partial>().map(|p| p.parts(vm)).transpose()?;
        if let Some((f, a, k)) = inner {
            func = f;
            if let Some(t) = a.downcast_ref::<PyTuple>() {
                items.extend(t.as_slice().iter().cloned());
            }
            if let Some(d) = k.downcast_ref::<PyDict>() {
                for (key, v) in d.items_vec() {
                    vm.dict_set(&keywords, key, v)?;
                }
            }
        }
    }
    items.extend(pos[2..].iter().cloned());
    for (name, v) in args.kwnames().iter().zip(&args.items()[pos.len()..]) {
        vm.dict_set(&keywords, name.clone(), v.clone())?;
    }
    let state = PartialState {
        func,
        args: vm.new_tuple(items),
        keywords,
    };
    Ok(vm.new_instance(
        Partial {
            state: RefCell::new(Some(state)),
        },
        &cls,
    ))
}

/// `partial.__call__(self, /, *args, **keywords)`: the function with the
/// stored arguments first, the stored keywords updated by the call's.
fn partial_call(vm: &mut Vm, args: Args) -> PyResult {
    let (_, p) = this::<Partial>(vm, &args, "functools.partial", "__call__")?;
    let call_items = &args.items()[1..];
    let call_names = args.kwnames();
    // Without stored keywords (the common case) the arguments are the stored
    // ones then the call's: copied under the borrow (no Python code runs).
    let simple = match &*p.state.borrow() {
        Some(s) if s.keywords.downcast_ref::<PyDict>().is_none_or(|d| d.is_empty()) => {
            let stored = s.args.downcast_ref::<PyTuple>().map_or(&[][..], |t| t.as_slice());
            let mut buf = ArgVec::new();
            if !stored.is_empty() {
                buf.reserve_exact(stored.len() + call_items.len());
                for x in stored.iter().chain(call_items) {
                    buf.push(x.clone());
                }
            }
            Some((s.func.clone(), buf))
        }
        _ => None,
    };
    if let Some((func, buf)) = simple {
        let items = if buf.is_empty() { call_items } else { &buf[..] };
        // `partial(p.__call__)` chains nest one native call per level.
        return vm.guarded(kaa_vm::recursion::CALLING, |vm| {
            vm.call(&func, Args::new(items, call_names))
        });
    }
    let (func, stored, keywords) = p.parts(vm)?;
    let stored = stored.downcast_ref::<PyTuple>().map_or(&[][..], |t| t.as_slice());
    let npos = call_items.len() - call_names.len();
    let kw = keywords.downcast_ref::<PyDict>();
    // `{**self.keywords, **kwargs}`: stored keywords in their order (a call
    // keyword of the same name replaces the value), then the call's others.
    let call_kw = &call_items[npos..];
    let mut buf = ArgVec::with_capacity(stored.len() + call_items.len() + 4);
    buf.extend(stored.iter().cloned());
    buf.extend(call_items[..npos].iter().cloned());
    let mut names = ArgVec::new();
    let mut used = vec![false; call_names.len()];
    let entries = kw.map(|d| d.items_vec()).unwrap_or_default();
    for (k, v) in entries {
        let Some(text) = str_text(&k) else {
            return Err(vm.new_type_error("keywords must be strings"));
        };
        let over = call_names.iter().position(|n| str_text(n) == Some(text));
        match over {
            Some(i) => {
                used[i] = true;
                buf.push(call_kw[i].clone());
            }
            None => buf.push(v),
        }
        names.push(k);
    }
    for (i, n) in call_names.iter().enumerate() {
        if !used[i] {
            buf.push(call_kw[i].clone());
            names.push(n.clone());
        }
    }
    vm.guarded(kaa_vm::recursion::CALLING, |vm| vm.call(&func, Args::new(&buf, &names)))
}

fn partial_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (o, p) = this::<Partial>(vm, &args, "functools.partial", "__repr__")?;
    let partial_type = state_type(vm, PARTIAL)?;
    let name = if o.class().is(&partial_type) {
        "functools.partial".to_string()
    } else {
        o.ty().name().to_string()
    };
    if !repr_enter(vm, o) {
        return Ok(vm.new_str("..."));
    }
    let r = partial_repr_parts(vm, p);
    repr_leave(vm, o);
    Ok(vm.new_str(format!("{name}({})", r?)))
}

fn partial_repr_parts(vm: &mut Vm, p: &Partial) -> PyResult<String> {
    let (func, stored, keywords) = p.parts(vm)?;
    let mut out = vm.repr_string(&func)?;
    let stored = stored
        .downcast_ref::<PyTuple>()
        .map(|t| t.as_slice().to_vec())
        .unwrap_or_default();
    for a in &stored {
        out.push_str(", ");
        out.push_str(&vm.repr_string(a)?);
    }
    let entries = keywords
        .downcast_ref::<PyDict>()
        .map(|d| d.items_vec())
        .unwrap_or_default();
    for (k, v) in &entries {
        let k = vm.str_string(k)?;
        let v = vm.repr_string(v)?;
        out.push_str(&format!(", {k}={v}"));
    }
    Ok(out)
}

fn partial_get_func(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let p = o
        .downcast_ref::<Partial>()
        .ok_or_else(|| vm.new_type_error("expected a partial"))?;
    Ok(p.parts(vm)?.0)
}

fn partial_get_args(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let p = o
        .downcast_ref::<Partial>()
        .ok_or_else(|| vm.new_type_error("expected a partial"))?;
    Ok(p.parts(vm)?.1)
}

fn partial_get_keywords(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let p = o
        .downcast_ref::<Partial>()
        .ok_or_else(|| vm.new_type_error("expected a partial"))?;
    Ok(p.parts(vm)?.2)
}

fn readonly(vm: &mut Vm, _o: &PyObjectRef, _v: Option<PyObjectRef>) -> PyResult<()> {
    Err(vm.new_attribute_error("readonly attribute"))
}

/// `partial.__reduce__()`: `(type(self), (func,), (func, args, keywords, dict))`.
fn partial_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let (o, p) = this::<Partial>(vm, &args, "functools.partial", "__reduce__")?;
    let (func, stored, keywords) = p.parts(vm)?;
    let dict = match vm.instance_len(o) {
        0 => vm.none(),
        _ => vm.instance_dict(o).unwrap_or_else(|| vm.none()),
    };
    let state = vm.new_tuple(vec![func.clone(), stored, keywords, dict]);
    let ctor_args = vm.new_tuple(vec![func]);
    Ok(vm.new_tuple(vec![o.class().clone(), ctor_args, state]))
}

/// `partial.__setstate__((func, args, keywords, dict))`.
fn partial_setstate(vm: &mut Vm, args: Args) -> PyResult {
    let (o, p) = this::<Partial>(vm, &args, "functools.partial", "__setstate__")?;
    let Some(state) = args.pos().get(1) else {
        return Err(vm.new_type_error("partial.__setstate__() takes exactly one argument (0 given)"));
    };
    let invalid = |vm: &mut Vm| vm.new_type_error("invalid partial state");
    let parts = match state.downcast_ref::<PyTuple>() {
        Some(t) if t.as_slice().len() == 4 => t.as_slice().to_vec(),
        _ => return Err(invalid(vm)),
    };
    let (func, fargs, kw, dict) = (&parts[0], &parts[1], &parts[2], &parts[3]);
    // (CPython takes any object as the dict; only a dict's entries can
    // become the instance's here, anything else empties it.)
    let kw_ok = vm.is_none(kw) || kw.payload_is::<PyDict>();
    if !is_callable(vm, func) || !fargs.payload_is::<PyTuple>() || !kw_ok {
        return Err(invalid(vm));
    }
    let fargs = if fargs.class().is(&vm.types.tuple) {
        fargs.clone()
    } else {
        let items = fargs
            .downcast_ref::<PyTuple>()
            .map(|t| t.as_slice().to_vec())
            .unwrap_or_default();
        vm.new_tuple(items)
    };
    let keywords = if vm.is_none(kw) {
        vm.new_dict()
    } else if exact_dict(vm, kw) {
        kw.clone()
    } else {
        copy_dict(vm, kw)?
    };
    let old = p.state.replace(Some(PartialState {
        func: func.clone(),
        args: fargs,
        keywords,
    }));
    drop(old);
    // The instance dict is part of the object here: empty it, then fill it.
    if let Some(own) = vm.instance_dict(&o) {
        let old = own.downcast_ref::<PyDict>().map(|d| d.keys_vec()).unwrap_or_default();
        for k in old {
            vm.dict_del(&own, &k)?;
        }
        if let Some(d) = dict.downcast_ref::<PyDict>() {
            for (k, v) in d.items_vec() {
                vm.dict_set(&own, k, v)?;
            }
        }
    }
    Ok(vm.none())
}

// ----- cmp_to_key -----

/// `functools.KeyWrapper`: what `cmp_to_key(mycmp)` returns, and (called
/// with an object) the key objects it makes, which compare by `mycmp`.
struct KeyWrapper {
    cmp: PyObjectRef,
    obj: RefCell<Option<PyObjectRef>>,
}

impl PyPayload for KeyWrapper {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.cmp);
        visit.visit_cell(&self.obj, |o, visit| visit.visit_opt(o));
    }

    fn clear(&self) {
        let old = self.obj.try_borrow_mut().map(|mut o| o.take());
        drop(old);
    }
}

/// Bind `(name,)` given by position or keyword, with the messages of
/// CPython's argument clinic for a one-parameter function.
fn one_arg(vm: &mut Vm, items: &[PyObjectRef], names: &[PyObjectRef], fname: &str, pname: &str) -> PyResult {
    let npos = items.len() - names.len();
    if items.len() > 1 {
        return Err(vm.new_type_error(format!("{fname}() takes at most 1 argument ({} given)", items.len())));
    }
    if npos == 1 {
        return Ok(items[0].clone());
    }
    if names.first().and_then(str_text) == Some(pname) {
        return Ok(items[0].clone());
    }
    Err(vm.new_type_error(format!("{fname}() missing required argument '{pname}' (pos 1)")))
}

fn cmp_to_key(vm: &mut Vm, args: Args) -> PyResult {
    let cmp = one_arg(vm, args.items(), args.kwnames(), "cmp_to_key", "mycmp")?;
    let cls = state_type(vm, KEYWRAPPER)?;
    Ok(PyObjectRef::new(
        KeyWrapper {
            cmp,
            obj: RefCell::new(None),
        },
        &cls,
    ))
}

/// `K(obj)`: a key object for `obj`.
fn keywrapper_new(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.new_type_error("cannot create 'functools.KeyWrapper' instances"))
}

fn keywrapper_call(vm: &mut Vm, args: Args) -> PyResult {
    let (_, k) = this::<KeyWrapper>(vm, &args, "functools.KeyWrapper", "__call__")?;
    let obj = one_arg(vm, &args.items()[1..], args.kwnames(), "K", "obj")?;
    let cls = state_type(vm, KEYWRAPPER)?;
    Ok(PyObjectRef::new(
        KeyWrapper {
            cmp: k.cmp.clone(),
            obj: RefCell::new(Some(obj)),
        },
        &cls,
    ))
}

fn op_name(op: CompareOp) -> &'static str {
    match op {
        CompareOp::Lt => "__lt__",
        CompareOp::Le => "__le__",
        CompareOp::Eq => "__eq__",
        CompareOp::Ne => "__ne__",
        CompareOp::Gt => "__gt__",
        CompareOp::Ge => "__ge__",
    }
}

fn keywrapper_compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult {
    let (_, a) = this::<KeyWrapper>(vm, &args, "functools.KeyWrapper", op_name(op))?;
    let [_, other] = args.exact::<2>(vm, "comparison")?;
    let Some(b) = other.downcast_ref::<KeyWrapper>() else {
        return Err(vm.new_type_error("other argument must be K instance"));
    };
    let (x, y) = (a.obj.borrow().clone(), b.obj.borrow().clone());
    let (Some(x), Some(y)) = (x, y) else {
        return Ok(vm.none());
    };
    let r = vm.call(&a.cmp, Args::positional(&[x, y]))?;
    let zero = vm.new_int(0);
    vm.rich_compare(&r, &zero, op)
}

fn keywrapper_lt(vm: &mut Vm, args: Args) -> PyResult {
    keywrapper_compare(vm, args, CompareOp::Lt)
}
fn keywrapper_le(vm: &mut Vm, args: Args) -> PyResult {
    keywrapper_compare(vm, args, CompareOp::Le)
}
fn keywrapper_eq(vm: &mut Vm, args: Args) -> PyResult {
    keywrapper_compare(vm, args, CompareOp::Eq)
}
fn keywrapper_ne(vm: &mut Vm, args: Args) -> PyResult {
    keywrapper_compare(vm, args, CompareOp::Ne)
}
fn keywrapper_gt(vm: &mut Vm, args: Args) -> PyResult {
    keywrapper_compare(vm, args, CompareOp::Gt)
}
fn keywrapper_ge(vm: &mut Vm, args: Args) -> PyResult {
    keywrapper_compare(vm, args, CompareOp::Ge)
}

fn keywrapper_get_obj(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let k = o
        .downcast_ref::<KeyWrapper>()
        .ok_or_else(|| vm.new_type_error("expected a KeyWrapper"))?;
    let v = k.obj.borrow().clone();
    // The `cmp_to_key` result itself holds no object.
    Ok(v.unwrap_or_else(|| vm.none()))
}

fn keywrapper_set_obj(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let k = o
        .downcast_ref::<KeyWrapper>()
        .ok_or_else(|| vm.new_type_error("expected a KeyWrapper"))?;
    let old = k.obj.replace(v);
    drop(old);
    Ok(())
}

// ----- the lru_cache wrapper -----

/// "No node" in [`Table`].
const NIL: usize = usize::MAX;

/// One cached call: its key and result, its neighbours in recency order
/// (bounded caches) and the next node with the same hash.
struct Node {
    hash: i64,
    /// The key stands for a single `int` or `str` argument itself (CPython's
    /// key is then the object, which never equals a tuple key).
    one: bool,
    key: Box<[PyObjectRef]>,
    result: PyObjectRef,
    /// Towards the most recently used.
    newer: usize,
    /// Towards the least recently used.
    older: usize,
    /// The next node of the same hash.
    next_same: usize,
}

/// Mixes a Python hash for the bucket index (small ints hash to themselves).
#[derive(Default, Clone, Copy)]
struct MixHasher(u64);

impl std::hash::Hasher for MixHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_i64(&mut self, h: i64) {
        self.0 = (h as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29);
    }
}

type MixState = std::hash::BuildHasherDefault<MixHasher>;

/// The cache: nodes in a slab, found by hash (a map from a hash to the
/// first of its nodes, chained through `next_same`), and doubly linked in
/// recency order.
#[derive(Default)]
struct Table {
    nodes: Vec<Option<Node>>,
    free: Vec<usize>,
    buckets: std::collections::HashMap<i64, usize, MixState>,
    /// Most recently used (NIL when empty).
    newest: usize,
    /// Least recently used (NIL when empty).
    oldest: usize,
    len: usize,
    /// The items of all keys (for the memory the table holds).
    key_items: usize,
}

impl Table {
    fn new() -> Table {
        Table {
            newest: NIL,
            oldest: NIL,
            ..Table::default()
        }
    }

    /// The bytes of the buffers the table owns.
    fn bytes(&self) -> usize {
        self.nodes.capacity() * std::mem::size_of::<Option<Node>>()
            + self.free.capacity() * std::mem::size_of::<usize>()
            + self.buckets.capacity() * 2 * std::mem::size_of::<usize>()
            + self.key_items * std::mem::size_of::<PyObjectRef>()
    }

    fn node(&self, i: usize) -> Option<&Node> {
        self.nodes.get(i)?.as_ref()
    }

    fn node_mut(&mut self, i: usize) -> Option<&mut Node> {
        self.nodes.get_mut(i)?.as_mut()
    }

    fn first_with(&self, hash: i64) -> usize {
        self.buckets.get(&hash).copied().unwrap_or(NIL)
    }

    fn unlink_order(&mut self, i: usize) {
        let Some(n) = self.node(i) else { return };
        let (newer, older) = (n.newer, n.older);
        match self.node_mut(newer) {
            Some(m) => m.older = older,
            None => self.newest = older,
        }
        match self.node_mut(older) {
            Some(m) => m.newer = newer,
            None => self.oldest = newer,
        }
    }

    fn link_newest(&mut self, i: usize) {
        let old_newest = self.newest;
        if let Some(n) = self.node_mut(i) {
            n.newer = NIL;
            n.older = old_newest;
        }
        match self.node_mut(old_newest) {
            Some(m) => m.newer = i,
            None => self.oldest = i,
        }
        self.newest = i;
    }

    /// The result at node `i`, which becomes the most recently used.
    fn touch(&mut self, i: usize) -> Option<PyObjectRef> {
        let result = self.node(i)?.result.clone();
        if self.newest != i {
            self.unlink_order(i);
            self.link_newest(i);
        }
        Some(result)
    }

    fn insert(&mut self, hash: i64, one: bool, key: Box<[PyObjectRef]>, result: PyObjectRef) {
        let next_same = self.first_with(hash);
        self.key_items += key.len();
        let node = Node {
            hash,
            one,
            key,
            result,
            newer: NIL,
            older: NIL,
            next_same,
        };
        let i = match self.free.pop() {
            Some(i) => {
                self.nodes[i] = Some(node);
                i
            }
            None => {
                self.nodes.push(Some(node));
                self.nodes.len() - 1
            }
        };
        self.buckets.insert(hash, i);
        self.link_newest(i);
        self.len += 1;
    }

    /// Take node `i` out of the table.
    fn remove(&mut self, i: usize) -> Option<Node> {
        let (hash, next_same) = {
            let n = self.node(i)?;
            (n.hash, n.next_same)
        };
        // Unchain it from its hash.
        if self.first_with(hash) == i {
            if next_same == NIL {
                self.buckets.remove(&hash);
            } else {
                self.buckets.insert(hash, next_same);
            }
        } else {
            let mut j = self.first_with(hash);
            while let Some(n) = self.node_mut(j) {
                if n.next_same == i {
                    n.next_same = next_same;
                    break;
                }
                j = n.next_same;
            }
        }
        self.unlink_order(i);
        let n = self.nodes.get_mut(i).and_then(Option::take);
        self.free.push(i);
        self.len -= 1;
        self.key_items -= n.as_ref().map_or(0, |n| n.key.len());
        n
    }

    fn take_all(&mut self) -> Vec<Option<Node>> {
        let nodes = std::mem::take(&mut self.nodes);
        *self = Table::new();
        nodes
    }
}

/// Whether two key items are equal without running Python code (`None`
/// when `__eq__` must run): identical objects, exact ints, strs, floats.
#[inline]
fn items_equal_native(vm: &Vm, a: &PyObjectRef, b: &PyObjectRef) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    let (ca, cb) = (a.class(), b.class());
    if !ca.is(cb) {
        return None;
    }
    if ca.is(&vm.types.int) {
        Some(a.downcast_ref::<PyInt>()?.value == b.downcast_ref::<PyInt>()?.value)
    } else if ca.is(&vm.types.str) {
        Some(a.downcast_ref::<PyStr>()?.as_str() == b.downcast_ref::<PyStr>()?.as_str())
    } else if ca.is(&vm.types.float) {
        Some(a.downcast_ref::<PyFloat>()?.value == b.downcast_ref::<PyFloat>()?.value)
    } else if ca.is(&vm.types.type_) {
        // Classes (the types in a typed key) compare by identity.
        Some(false)
    } else {
        None
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CacheKind {
    /// `maxsize=0`: every call is a miss.
    Uncached,
    /// `maxsize=None`: the cache only grows.
    Unbounded,
    /// Least recently used entries go once there are this many.
    Bounded(usize),
}

/// `functools._lru_cache_wrapper`.
struct LruCache {
    func: PyObjectRef,
    cache_info_type: PyObjectRef,
    kind: CacheKind,
    typed: bool,
    table: RefCell<Table>,
    hits: Cell<u64>,
    misses: Cell<u64>,
    /// Bumped on every change of the table: a lookup that ran Python code
    /// (`__eq__`) starts again if it changed meanwhile, and a miss whose
    /// call left it unchanged need not look its key up again.
    generation: Cell<u64>,
    /// Separates positional from keyword arguments in keys.
    kwd_mark: PyObjectRef,
    /// The table's bytes last counted in the heap's live bytes.
    charged: Cell<usize>,
}

impl PyPayload for LruCache {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.func);
        visit.visit(&self.cache_info_type);
        visit.visit(&self.kwd_mark);
        visit.visit_cell(&self.table, |t, visit| {
            for n in t.nodes.iter().flatten() {
                for k in n.key.iter() {
                    visit.visit(k);
                }
                visit.visit(&n.result);
            }
        });
    }

    fn clear(&self) {
        let old = self.table.try_borrow_mut().map(|mut t| t.take_all());
        drop(old);
    }

    fn heap_bytes(&self) -> usize {
        self.charged.get()
    }
}

impl LruCache {
    /// Note a change of the table.
    fn bump(&self, vm: &Vm) {
        self.generation.set(self.generation.get().wrapping_add(1));
        if let Ok(t) = self.table.try_borrow() {
            vm.heap.recharge(&self.charged, t.bytes());
        }
    }

    /// The node holding the key `(one, items)` of hash `hash`, if any. Keys
    /// compare as tuples do (item by item, identity first); when that runs
    /// Python code that changes the cache, the search starts again.
    fn find(&self, vm: &mut Vm, hash: i64, one: bool, items: &[PyObjectRef]) -> PyResult<Option<usize>> {
        'restart: loop {
            let generation = self.generation.get();
            let mut i = self.table.borrow().first_with(hash);
            while i != NIL {
                // Decide without Python code if possible, under a borrow.
                let (verdict, next, stored) = {
                    let t = self.table.borrow();
                    let Some(n) = t.node(i) else { continue 'restart };
                    if n.hash != hash || n.one != one || n.key.len() != items.len() {
                        (Some(false), n.next_same, None)
                    } else {
                        let mut verdict = Some(true);
                        for (a, b) in n.key.iter().zip(items) {
                            match items_equal_native(vm, a, b) {
                                Some(true) => {}
                                Some(false) => {
                                    verdict = Some(false);
                                    break;
                                }
                                None => {
                                    verdict = None;
                                    break;
                                }
                            }
                        }
                        let stored = if verdict.is_none() { Some(n.key.clone()) } else { None };
                        (verdict, n.next_same, stored)
                    }
                };
                let equal = match (verdict, stored) {
                    (Some(v), _) => v,
                    (None, Some(stored)) => {
                        let mut equal = true;
                        for (a, b) in stored.iter().zip(items) {
                            if !(a.is(b) || vm.eq(a, b)?) {
                                equal = false;
                                break;
                            }
                        }
                        if self.generation.get() != generation {
                            continue 'restart;
                        }
                        equal
                    }
                    (None, None) => false,
                };
                if equal {
                    return Ok(Some(i));
                }
                i = next;
            }
            return Ok(None);
        }
    }
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
fn lru_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos().first().cloned() else {
        return Err(vm.new_type_error("_lru_cache_wrapper.__new__(): not enough arguments"));
    };
    let rest = Args::new(&args.items()[1..], args.kwnames());
    let [func, maxsize, typed, info] = rest.bind::<4>(
        vm,
        "lru_cache",
        ["user_function", "maxsize", "typed", "cache_info_type"],
        4,
        4,
    )?;
    let (Some(func), Some(maxsize), Some(typed), Some(info)) = (func, maxsize, typed, info) else {
        return Err(vm.new_type_error("lru_cache() missing required argument"));
    };
    if !is_callable(vm, &func) {
        return Err(vm.new_type_error("the first argument must be callable"));
    }
    let kind = if vm.is_none(&maxsize) {
        CacheKind::Unbounded
    } else {
        match maxsize.downcast_ref::<PyInt>() {
            Some(i) => match &i.value {
                IntValue::Small(n) if *n <= 0 => CacheKind::Uncached,
                IntValue::Small(n) => CacheKind::Bounded(usize::try_from(*n).unwrap_or(usize::MAX)),
                IntValue::Big(_) => return Err(vm.new_overflow_error("cannot fit 'int' into an index-sized integer")),
            },
            None => return Err(vm.new_type_error("maxsize should be integer or None")),
        }
    };
    let typed = vm.is_true(&typed)?;
    let kwd_mark = state_type(vm, "_functools.kwd_mark")?;
    let payload = LruCache {
        func,
        cache_info_type: info,
        kind,
        typed,
        table: RefCell::new(Table::new()),
        hits: Cell::new(0),
        misses: Cell::new(0),
        generation: Cell::new(0),
        kwd_mark,
        charged: Cell::new(0),
    };
    Ok(vm.new_instance(payload, &cls))
}

/// The cache key of a call, as CPython makes it: the argument itself for a
/// single `int` or `str` (`one`), else the items of a tuple: the positional
/// arguments, then (if any) a marker and the keyword names and values, then
/// (if `typed`) the types of all the values.
fn make_key<'a>(
    c: &LruCache,
    items: &'a [PyObjectRef],
    names: &[PyObjectRef],
    vm: &Vm,
) -> (bool, Cow<'a, [PyObjectRef]>) {
    if !c.typed && names.is_empty() {
        let one = match items {
            [x] => x.class().is(&vm.types.int) || x.class().is(&vm.types.str),
            _ => false,
        };
        return (one, Cow::Borrowed(items));
    }
    let npos = items.len() - names.len();
    let mut key = Vec::with_capacity(items.len() * 2 + names.len() + 1);
    key.extend(items[..npos].iter().cloned());
    if !names.is_empty() {
        key.push(c.kwd_mark.clone());
        for (n, v) in names.iter().zip(&items[npos..]) {
            key.push(n.clone());
            key.push(v.clone());
        }
    }
    if c.typed {
        key.extend(items.iter().map(|v| v.class().clone()));
    }
    (false, Cow::Owned(key))
}

fn key_hash(vm: &mut Vm, one: bool, key: &[PyObjectRef]) -> PyResult<i64> {
    match (one, key) {
        (true, [x]) => vm.hash(x),
        _ => kaa_vm::object::tuple::hash_items(vm, key),
    }
}

fn lru_call(vm: &mut Vm, args: Args) -> PyResult {
    let (_, c) = this::<LruCache>(vm, &args, "functools._lru_cache_wrapper", "__call__")?;
    let items = &args.items()[1..];
    let names = args.kwnames();
    let call_args = Args::new(items, names);
    if c.kind == CacheKind::Uncached {
        c.misses.set(c.misses.get() + 1);
        return vm.call(&c.func, call_args);
    }
    let (one, key) = make_key(c, items, names, vm);
    let hash = key_hash(vm, one, &key)?;
    if let Some(i) = c.find(vm, hash, one, &key)? {
        let hit = match c.kind {
            CacheKind::Bounded(_) => c.table.borrow_mut().touch(i),
            _ => c.table.borrow().node(i).map(|n| n.result.clone()),
        };
        if let Some(r) = hit {
            c.hits.set(c.hits.get() + 1);
            return Ok(r);
        }
    }
    c.misses.set(c.misses.get() + 1);
    let generation = c.generation.get();
    let r = vm.call(&c.func, call_args)?;
    // The call may have cached this very key (a recursive call): then the
    // first result stays (a bounded cache) or is replaced (an unbounded one).
    if c.generation.get() != generation {
        if let Some(i) = c.find(vm, hash, one, &key)? {
            if c.kind == CacheKind::Unbounded {
                if let Some(n) = c.table.borrow_mut().node_mut(i) {
                    let old = std::mem::replace(&mut n.result, r.clone());
                    drop(old);
                }
            }
            return Ok(r);
        }
    }
    let evicted = {
        let mut t = c.table.borrow_mut();
        let evicted = match c.kind {
            CacheKind::Bounded(maxsize) if t.len >= maxsize => {
                let oldest = t.oldest;
                t.remove(oldest)
            }
            _ => None,
        };
        t.insert(hash, one, key.into_owned().into_boxed_slice(), r.clone());
        evicted
    };
    c.bump(vm);
    // Freed outside the borrow: dropping may run a finalizer later.
    drop(evicted);
    Ok(r)
}

fn lru_cache_info(vm: &mut Vm, args: Args) -> PyResult {
    let (_, c) = this::<LruCache>(vm, &args, "functools._lru_cache_wrapper", "cache_info")?;
    args.exact::<1>(vm, "cache_info")?;
    let hits = vm.new_int(c.hits.get() as i64);
    let misses = vm.new_int(c.misses.get() as i64);
    let len = c.table.borrow().len;
    let maxsize = match c.kind {
        CacheKind::Uncached => vm.new_int(0),
        CacheKind::Unbounded => vm.none(),
        CacheKind::Bounded(n) => vm.new_int(i64::try_from(n).unwrap_or(i64::MAX)),
    };
    let currsize = vm.new_int(len as i64);
    let info = c.cache_info_type.clone();
    vm.call(&info, Args::positional(&[hits, misses, maxsize, currsize]))
}

fn lru_cache_clear(vm: &mut Vm, args: Args) -> PyResult {
    let (_, c) = this::<LruCache>(vm, &args, "functools._lru_cache_wrapper", "cache_clear")?;
    args.exact::<1>(vm, "cache_clear")?;
    c.hits.set(0);
    c.misses.set(0);
    let nodes = c.table.borrow_mut().take_all();
    c.bump(vm);
    drop(nodes);
    Ok(vm.none())
}

/// `__get__`: a method when looked up on an instance, as a function is.
fn lru_get(vm: &mut Vm, args: Args) -> PyResult {
    this::<LruCache>(vm, &args, "functools._lru_cache_wrapper", "__get__")?;
    let pos = args.range(vm, "__get__", 2, 3)?;
    if vm.is_none(&pos[1]) {
        return Ok(pos[0].clone());
    }
    Ok(vm.new_bound_method(pos[0].clone(), pos[1].clone()))
}

/// `__reduce__`: pickled by qualified name, as a function is.
fn lru_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__reduce__")?;
    vm.get_attr_str(o, "__qualname__")
}

fn lru_copy(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__copy__")?;
    Ok(o.clone())
}

fn lru_deepcopy(vm: &mut Vm, args: Args) -> PyResult {
    let [o, _memo] = args.exact::<2>(vm, "__deepcopy__")?;
    Ok(o.clone())
}

// ----- the module -----

/// `kwd_mark`: a plain object that only equals itself.
struct Marker;
impl PyPayload for Marker {}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_functools", None)?;

    let partial = new_type::<Partial>(
        vm,
        &TypeSpec {
            name: "functools.partial",
            qualname: "partial",
            doc: "partial(func, *args, **keywords) - new function with partial application\n    \
                  of the given arguments and keywords.\n",
            dict: true,
            subclassable: true,
            descriptor: false,
        },
        &[
            ("__new__", partial_new),
            ("__call__", partial_call),
            ("__repr__", partial_repr),
            ("__reduce__", partial_reduce),
            ("__setstate__", partial_setstate),
        ],
    );
    vm.add_getset(&partial, "func", partial_get_func, Some(readonly));
    vm.add_getset(&partial, "args", partial_get_args, Some(readonly));
    vm.add_getset(&partial, "keywords", partial_get_keywords, Some(readonly));
    vm.add_classmethod(&partial, "__class_getitem__", kaa_vm::builtins::generic_alias);

    let keywrapper = new_type::<KeyWrapper>(
        vm,
        &TypeSpec {
            name: "functools.KeyWrapper",
            qualname: "KeyWrapper",
            doc: "",
            dict: false,
            subclassable: false,
            descriptor: false,
        },
        &[
            ("__new__", keywrapper_new),
            ("__call__", keywrapper_call),
            ("__lt__", keywrapper_lt),
            ("__le__", keywrapper_le),
            ("__eq__", keywrapper_eq),
            ("__ne__", keywrapper_ne),
            ("__gt__", keywrapper_gt),
            ("__ge__", keywrapper_ge),
        ],
    );
    vm.add_getset(&keywrapper, "obj", keywrapper_get_obj, Some(keywrapper_set_obj));
    let none = vm.none();
    vm.set_type_attr(&keywrapper, "__hash__", none.clone());
    vm.set_type_attr(&keywrapper, "__doc__", none);

    let lru = new_type::<LruCache>(
        vm,
        &TypeSpec {
            name: "functools._lru_cache_wrapper",
            qualname: "_lru_cache_wrapper",
            doc: "Create a cached callable that wraps another function.\n\n\
                  user_function:      the function being cached\n\n\
                  maxsize:  0         for no caching\n          \
                  None      for unlimited cache size\n          \
                  n         for a bounded cache\n\n\
                  typed:    False     cache f(3) and f(3.0) as identical calls\n          \
                  True      cache f(3) and f(3.0) as distinct calls\n\n\
                  cache_info_type:    namedtuple class with the fields:\n                        \
                  hits misses currsize maxsize\n",
            dict: true,
            subclassable: false,
            descriptor: true,
        },
        &[
            ("__new__", lru_new),
            ("__call__", lru_call),
            ("__get__", lru_get),
            ("cache_info", lru_cache_info),
            ("cache_clear", lru_cache_clear),
            ("__reduce__", lru_reduce),
            ("__copy__", lru_copy),
            ("__deepcopy__", lru_deepcopy),
        ],
    );

    let marker_type = kaa_vm::builtins::new_native_type::<Marker>(vm, "object", None);
    let kwd_mark = PyObjectRef::new(Marker, &marker_type);
    {
        let mut st = vm.module_state.borrow_mut();
        st.insert(PARTIAL.to_string(), partial.clone());
        st.insert(KEYWRAPPER.to_string(), keywrapper);
        st.insert(LRU.to_string(), lru.clone());
        st.insert("_functools.kwd_mark".to_string(), kwd_mark);
    }
    vm.dict_set_str(&d, "partial", partial)?;
    vm.dict_set_str(&d, "_lru_cache_wrapper", lru)?;
    let functions: &[(&'static str, NativeFn)] = &[("reduce", reduce), ("cmp_to_key", cmp_to_key)];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    Ok(m)
}
