//! Attributes and methods of functions, built-in functions, bound methods,
//! `staticmethod`, `classmethod`, `property`, cells, code objects, modules and the
//! singletons (`None`, `NotImplemented`, `...`).

use super::function::{
    Binding, PyBoundMethod, PyBuiltinFunction, PyCell, PyClassMethod, PyCode, PyFunction, PyProperty, PyStaticMethod,
};
use super::module::PyModule;
use super::str::PyStr;
use super::PyObjectRef;
use crate::vm::{Args, PyResult, Vm};

fn func<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a PyFunction> {
    o.downcast_ref::<PyFunction>()
        .ok_or_else(|| vm.new_type_error("expected a function"))
}

fn f_name(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(func(vm, o)?.name.borrow().clone())
}
fn f_set_name(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    match v.filter(|v| v.payload_is::<PyStr>()) {
        Some(v) => {
            *func(vm, o)?.name.borrow_mut() = v;
            Ok(())
        }
        None => Err(vm.new_type_error("__name__ must be set to a string object")),
    }
}
fn f_qualname(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(func(vm, o)?.qualname.borrow().clone())
}
fn f_set_qualname(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    match v.filter(|v| v.payload_is::<PyStr>()) {
        Some(v) => {
            *func(vm, o)?.qualname.borrow_mut() = v;
            Ok(())
        }
        None => Err(vm.new_type_error("__qualname__ must be set to a string object")),
    }
}
fn f_doc(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(func(vm, o)?.doc.borrow().clone())
}
fn f_set_doc(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let v = v.unwrap_or_else(|| vm.none());
    *func(vm, o)?.doc.borrow_mut() = v;
    Ok(())
}
fn f_module(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(func(vm, o)?.module.borrow().clone())
}
fn f_set_module(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let v = v.unwrap_or_else(|| vm.none());
    *func(vm, o)?.module.borrow_mut() = v;
    Ok(())
}
fn f_defaults(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let d = func(vm, o)?.defaults.borrow().clone();
    Ok(d.unwrap_or_else(|| vm.none()))
}
fn f_set_defaults(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let v = v.filter(|v| !vm.is_none(v));
    *func(vm, o)?.defaults.borrow_mut() = v;
    Ok(())
}
fn f_kwdefaults(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let d = func(vm, o)?.kwdefaults.borrow().clone();
    Ok(d.unwrap_or_else(|| vm.none()))
}
fn f_set_kwdefaults(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let v = v.filter(|v| !vm.is_none(v));
    *func(vm, o)?.kwdefaults.borrow_mut() = v;
    Ok(())
}
fn f_code(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(func(vm, o)?.code.clone())
}
fn f_globals(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(func(vm, o)?.globals.clone())
}
fn f_closure(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let c = func(vm, o)?.closure.clone();
    Ok(c.unwrap_or_else(|| vm.none()))
}
fn f_annotations(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let f = func(vm, o)?;
    let a = f.annotations.borrow().clone();
    match a {
        Some(a) => Ok(a),
        None => {
            let d = vm.new_dict();
            *func(vm, o)?.annotations.borrow_mut() = Some(d.clone());
            Ok(d)
        }
    }
}
fn f_set_annotations(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    *func(vm, o)?.annotations.borrow_mut() = v;
    Ok(())
}
fn f_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__repr__")?;
    let q = func(vm, o)?.qualname.borrow().clone();
    let q = vm.str_string(&q)?;
    Ok(vm.new_str(format!("<function {} at {:#x}>", q, o.id())))
}
fn f_get(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "__get__", 2, 3)?;
    if vm.is_none(&pos[1]) {
        return Ok(pos[0].clone());
    }
    Ok(vm.new_bound_method(pos[0].clone(), pos[1].clone()))
}

/// `f.__call__(*args, **kwargs)` of a function, built-in function or bound
/// method: CPython's `tp_call` slot seen as a method (the call itself never
/// looks `__call__` up for these).
fn call_self(vm: &mut Vm, args: Args, owner: &str, is: fn(&PyObjectRef) -> bool) -> PyResult {
    let Some(f) = args.pos().first().cloned() else {
        return Err(vm.new_type_error(format!("descriptor '__call__' of '{owner}' object needs an argument")));
    };
    if !is(&f) {
        return Err(vm.new_type_error(format!(
            "descriptor '__call__' requires a '{owner}' object but received a '{}'",
            f.ty().name()
        )));
    }
    // `f.__call__.__call__...` nests one native call per level.
    vm.guarded(crate::recursion::CALLING, |vm| {
        vm.call(&f, Args::new(&args.items()[1..], args.kwnames()))
    })
}
fn f_call(vm: &mut Vm, args: Args) -> PyResult {
    call_self(vm, args, "function", |o| o.payload_is::<PyFunction>())
}
fn b_call(vm: &mut Vm, args: Args) -> PyResult {
    call_self(vm, args, "builtin_function_or_method", |o| {
        o.payload_is::<PyBuiltinFunction>()
    })
}
fn m_call(vm: &mut Vm, args: Args) -> PyResult {
    call_self(vm, args, "method", |o| o.payload_is::<PyBoundMethod>())
}

/// The special methods CPython implements as type slots: unbound, they are
/// `slot wrapper`s rather than `method`s.
#[rustfmt::skip]
const SLOT_METHODS: &[&str] = &[
    "__repr__", "__str__", "__hash__", "__call__", "__getattribute__", "__setattr__", "__delattr__",
    "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__",
    "__set__", "__delete__", "__init__", "__del__", "__len__", "__contains__", "__setitem__",
    "__delitem__", "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__",
    "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__",
    "__bool__", "__invert__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__",
    "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__", "__iadd__",
    "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__",
    "__ixor__", "__ior__", "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__",
    "__ifloordiv__", "__itruediv__", "__index__", "__matmul__", "__rmatmul__", "__imatmul__",
];

fn b_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__repr__")?;
    let b = o
        .downcast_ref::<PyBuiltinFunction>()
        .ok_or_else(|| vm.new_type_error("expected a builtin"))?;
    if let (None, Some(owner), Binding::Method | Binding::ClassMethod) = (&b.self_, &b.owner, b.binding) {
        // An unbound method of a built-in type (`list.append`).
        let kind = if b.binding == Binding::Method && SLOT_METHODS.contains(&b.name) {
            "slot wrapper"
        } else {
            "method"
        };
        return Ok(vm.new_str(format!("<{kind} '{}' of '{owner}' objects>", b.name)));
    }
    Ok(match &b.self_ {
        Some(s) if !s.payload_is::<PyModule>() => {
            let owner = b.owner.as_deref().unwrap_or(s.ty().name()).to_string();
            vm.new_str(format!(
                "<built-in method {} of {} object at {:#x}>",
                b.name,
                owner,
                s.id()
            ))
        }
        _ => vm.new_str(format!("<built-in function {}>", b.name)),
    })
}
fn b_name(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let n = o.downcast_ref::<PyBuiltinFunction>().map_or("", |b| b.name);
    Ok(vm.new_str(n))
}
fn b_qualname(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let Some(b) = o.downcast_ref::<PyBuiltinFunction>() else {
        return Ok(vm.none());
    };
    Ok(match &b.owner {
        Some(ow) => vm.new_str(format!("{}.{}", ow, b.name)),
        None => vm.new_str(b.name),
    })
}
/// `__module__` of a built-in function: its module's name (a module-level
/// function's `__self__` is its module); None for methods.
fn b_module(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let module = o
        .downcast_ref::<PyBuiltinFunction>()
        .and_then(|b| b.self_.as_ref())
        .and_then(|s| s.downcast_ref::<PyModule>().map(|m| m.dict.clone()));
    match module {
        Some(d) => Ok(vm
            .dict_get_item_opt(&d, &vm.names.__name__.clone())?
            .unwrap_or_else(|| vm.none())),
        None => Ok(vm.none()),
    }
}
fn b_self(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let s = o.downcast_ref::<PyBuiltinFunction>().and_then(|b| b.self_.clone());
    Ok(s.unwrap_or_else(|| vm.none()))
}

fn m_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__repr__")?;
    let m = o
        .downcast_ref::<PyBoundMethod>()
        .ok_or_else(|| vm.new_type_error("expected a method"))?;
    let (f, s) = (m.func.clone(), m.self_.clone());
    let qn = vm.intern("__qualname__");
    let q = match vm.get_attr_opt(&f, &qn)? {
        Some(q) => vm.str_string(&q)?,
        None => "?".to_string(),
    };
    let sr = vm.repr_string(&s)?;
    Ok(vm.new_str(format!("<bound method {q} of {sr}>")))
}
fn m_func(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let _ = vm;
    Ok(o.downcast_ref::<PyBoundMethod>()
        .map(|m| m.func.clone())
        .unwrap_or_else(|| o.clone()))
}
fn m_self(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let _ = vm;
    Ok(o.downcast_ref::<PyBoundMethod>()
        .map(|m| m.self_.clone())
        .unwrap_or_else(|| o.clone()))
}
fn m_getattr_forward(vm: &mut Vm, o: &PyObjectRef, name: &str) -> PyResult {
    let f = o
        .downcast_ref::<PyBoundMethod>()
        .map(|m| m.func.clone())
        .unwrap_or_else(|| o.clone());
    let n = vm.intern(name);
    vm.get_attr(&f, &n)
}
fn m_name(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    m_getattr_forward(vm, o, "__name__")
}
fn m_qualname(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    m_getattr_forward(vm, o, "__qualname__")
}
fn m_doc(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    m_getattr_forward(vm, o, "__doc__")
}
fn m_eq(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    match (a.downcast_ref::<PyBoundMethod>(), b.downcast_ref::<PyBoundMethod>()) {
        (Some(x), Some(y)) => Ok(vm.new_bool(x.func.is(&y.func) && x.self_.is(&y.self_))),
        _ => Ok(vm.not_implemented.clone()),
    }
}
fn m_hash(vm: &mut Vm, args: Args) -> PyResult {
    let [a] = args.exact::<1>(vm, "__hash__")?;
    let h = a
        .downcast_ref::<PyBoundMethod>()
        .map_or(0, |m| (m.func.id() ^ m.self_.id()) as i64 >> 4);
    Ok(vm.new_int(h))
}

/// `method.__reduce__()`: `(getattr, (self.__self__, self.__func__.__name__))`.
fn m_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__reduce__")?;
    let m = o
        .downcast_ref::<PyBoundMethod>()
        .ok_or_else(|| vm.new_type_error("expected a method"))?;
    let (f, s) = (m.func.clone(), m.self_.clone());
    let name = vm.get_attr(&f, &vm.names.__name__.clone())?;
    reduce_to_getattr(vm, s, name)
}

/// `(getattr, (obj, name))`, how bound methods pickle.
fn reduce_to_getattr(vm: &mut Vm, obj: PyObjectRef, name: PyObjectRef) -> PyResult {
    let getattr = vm.intern("getattr");
    let bd = vm.builtins_dict.clone();
    let g = vm.dict_get_item_opt(&bd, &getattr)?.unwrap_or_else(|| vm.none());
    let a = vm.new_tuple(vec![obj, name]);
    Ok(vm.new_tuple(vec![g, a]))
}

/// `builtin.__reduce__()`: a module-level function pickles as its name, a
/// method bound to an object as `getattr(obj, name)`.
fn b_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__reduce__")?;
    let b = o
        .downcast_ref::<PyBuiltinFunction>()
        .ok_or_else(|| vm.new_type_error("expected a builtin"))?;
    let name = vm.new_str(b.name);
    match &b.self_ {
        Some(s) if !s.payload_is::<PyModule>() => reduce_to_getattr(vm, s.clone(), name),
        _ => Ok(name),
    }
}

/// `types.MethodType(func, obj)`: bind a callable to an object.
fn m_new(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(vm.new_type_error("method() takes no keyword arguments"));
    }
    let pos = args.pos();
    if pos.len() != 3 {
        return Err(vm.new_type_error(format!(
            "method expected 2 arguments, got {}",
            pos.len().saturating_sub(1)
        )));
    }
    if !crate::builtins::is_callable(vm, &pos[1]) {
        return Err(vm.new_type_error("first argument must be callable"));
    }
    if vm.is_none(&pos[2]) {
        return Err(vm.new_type_error("instance must not be None"));
    }
    let m = PyBoundMethod {
        func: pos[1].clone(),
        self_: pos[2].clone(),
    };
    Ok(PyObjectRef::new(m, &vm.types.method))
}

fn sm_new(vm: &mut Vm, args: Args) -> PyResult {
    let [cls, f] = args.exact::<2>(vm, "staticmethod")?;
    Ok(vm.new_instance(PyStaticMethod { func: f.clone() }, cls))
}
fn cm_new(vm: &mut Vm, args: Args) -> PyResult {
    let [cls, f] = args.exact::<2>(vm, "classmethod")?;
    Ok(vm.new_instance(PyClassMethod { func: f.clone() }, cls))
}
fn sm_func(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let _ = vm;
    Ok(o.downcast_ref::<PyStaticMethod>()
        .map(|s| s.func.clone())
        .or_else(|| o.downcast_ref::<PyClassMethod>().map(|c| c.func.clone()))
        .unwrap_or_else(|| o.clone()))
}
fn sm_get(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "__get__", 2, 3)?;
    let o = &pos[0];
    if let Some(s) = o.downcast_ref::<PyStaticMethod>() {
        return Ok(s.func.clone());
    }
    if let Some(c) = o.downcast_ref::<PyClassMethod>() {
        let cls = match pos.get(2) {
            Some(c) if !vm.is_none(c) => c.clone(),
            _ => pos[1].class().clone(),
        };
        return Ok(vm.new_bound_method(c.func.clone(), cls));
    }
    Ok(o.clone())
}
/// Whether `f.__isabstractmethod__` is true (missing counts as false).
fn is_abstract(vm: &mut Vm, f: &PyObjectRef) -> PyResult<bool> {
    let key = vm.intern("__isabstractmethod__");
    match vm.get_attr_opt(f, &key)? {
        Some(v) => vm.is_true(&v),
        None => Ok(false),
    }
}
/// `staticmethod`/`classmethod`'s `__isabstractmethod__`: the wrapped
/// function's, so that `@abstractmethod` may sit under them.
fn sm_isabstract(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let f = sm_func(vm, o)?;
    let r = is_abstract(vm, &f)?;
    Ok(vm.new_bool(r))
}
/// `property.__isabstractmethod__`: true if its getter, setter or deleter is.
fn prop_isabstract(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let funcs: Vec<PyObjectRef> = match o.downcast_ref::<PyProperty>() {
        Some(p) => [&p.fget, &p.fset, &p.fdel].into_iter().flatten().cloned().collect(),
        None => Vec::new(),
    };
    for f in funcs {
        if is_abstract(vm, &f)? {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}
fn sm_call(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let f = pos[0]
        .downcast_ref::<PyStaticMethod>()
        .map(|s| s.func.clone())
        .ok_or_else(|| vm.new_type_error("not a staticmethod"))?;
    vm.guarded(crate::recursion::CALLING, |vm| {
        vm.call(&f, Args::new(&args.items()[1..], args.kwnames()))
    })
}

fn prop_new(vm: &mut Vm, args: Args) -> PyResult {
    let property_type = vm.types.property.clone();
    let cls = crate::builtins_type::new_cls_arg(vm, &args, &property_type)?.clone();
    let rest = Args::new(&args.items()[1..], args.kwnames());
    let [fget, fset, fdel, doc] = rest.bind(vm, "property", ["fget", "fset", "fdel", "doc"], 4, 0)?;
    let none = |v: Option<PyObjectRef>, vm: &Vm| v.filter(|v| !vm.is_none(v));
    let mut doc = none(doc, vm);
    if doc.is_none() {
        if let Some(g) = &fget {
            let dn = vm.names.__doc__.clone();
            doc = vm.get_attr_opt(g, &dn)?.filter(|d| !vm.is_none(d));
        }
    }
    let p = PyProperty {
        fget: none(fget, vm),
        fset: none(fset, vm),
        fdel: none(fdel, vm),
        doc,
        name: Default::default(),
        tuple_field: false,
    };
    Ok(vm.new_instance(p, &cls))
}
fn prop_init(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}
fn prop_copy(vm: &mut Vm, args: Args, which: usize) -> PyResult {
    let [o, f] = args.exact::<2>(vm, "property")?;
    let p = o
        .downcast_ref::<PyProperty>()
        .ok_or_else(|| vm.new_type_error("expected a property"))?;
    let mut n = PyProperty {
        fget: p.fget.clone(),
        fset: p.fset.clone(),
        fdel: p.fdel.clone(),
        doc: p.doc.clone(),
        name: p.name.clone(),
        tuple_field: p.tuple_field,
    };
    match which {
        0 => n.fget = Some(f.clone()),
        1 => n.fset = Some(f.clone()),
        _ => n.fdel = Some(f.clone()),
    }
    let cls = o.class().clone();
    Ok(vm.new_instance(n, &cls))
}
/// `property.__set_name__(owner, name)`: remember the name for messages.
fn prop_set_name(vm: &mut Vm, args: Args) -> PyResult {
    let [o, _owner, name] = args.exact::<3>(vm, "__set_name__")?;
    if let (Some(p), Some(n)) = (o.downcast_ref::<PyProperty>(), name.downcast_ref::<PyStr>()) {
        *p.name.borrow_mut() = Some(n.as_str().into());
    }
    Ok(vm.none())
}
fn prop_getter(vm: &mut Vm, args: Args) -> PyResult {
    prop_copy(vm, args, 0)
}
fn prop_setter(vm: &mut Vm, args: Args) -> PyResult {
    prop_copy(vm, args, 1)
}
fn prop_deleter(vm: &mut Vm, args: Args) -> PyResult {
    prop_copy(vm, args, 2)
}
fn prop_field(vm: &mut Vm, o: &PyObjectRef, which: usize) -> PyResult {
    let p = o.downcast_ref::<PyProperty>();
    let v = p.and_then(|p| match which {
        0 => p.fget.clone(),
        1 => p.fset.clone(),
        2 => p.fdel.clone(),
        _ => p.doc.clone(),
    });
    Ok(v.unwrap_or_else(|| vm.none()))
}
fn prop_fget(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    prop_field(vm, o, 0)
}
fn prop_fset(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    prop_field(vm, o, 1)
}
fn prop_fdel(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    prop_field(vm, o, 2)
}
fn prop_doc(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    prop_field(vm, o, 3)
}
fn prop_get(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "__get__", 2, 3)?;
    if vm.is_none(&pos[1]) {
        return Ok(pos[0].clone());
    }
    let cls = pos[1].class().clone();
    // `property(p.__get__)` chains nest one native level per property.
    vm.guarded(crate::recursion::CALLING, |vm| {
        vm.bind_descriptor(&pos[0], Some(&pos[1]), &cls)
    })
}

fn code_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__repr__")?;
    let c = o
        .downcast_ref::<PyCode>()
        .ok_or_else(|| vm.new_type_error("expected code"))?;
    Ok(vm.new_str(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.code.co_name,
        o.id(),
        c.code.co_filename,
        c.code.co_firstlineno
    )))
}
fn code_name(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let n = o
        .downcast_ref::<PyCode>()
        .map(|c| c.code.co_name.to_string())
        .unwrap_or_default();
    Ok(vm.new_str(n))
}
fn code_filename(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let n = o
        .downcast_ref::<PyCode>()
        .map(|c| c.code.co_filename.to_string())
        .unwrap_or_default();
    Ok(vm.new_str(n))
}
fn code_varnames(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let n = o
        .downcast_ref::<PyCode>()
        .map(|c| c.varnames.to_vec())
        .unwrap_or_default();
    Ok(vm.new_tuple(n))
}
fn code_argcount(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let n = o.downcast_ref::<PyCode>().map_or(0, |c| c.code.co_argcount);
    Ok(vm.new_int(n as i64))
}
/// The integer attributes of a code object (`co_flags`, `co_firstlineno`, ...).
macro_rules! code_int_getters {
    ($($name:ident => $field:ident),* $(,)?) => {$(
        fn $name(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
            let n = o.downcast_ref::<PyCode>().map_or(0, |c| c.code.$field);
            Ok(vm.new_int(i64::from(n)))
        }
    )*};
}
code_int_getters! {
    code_flags => co_flags,
    code_firstlineno => co_firstlineno,
    code_posonlyargcount => co_posonlyargcount,
    code_kwonlyargcount => co_kwonlyargcount,
    code_stacksize => co_stacksize,
}
/// `co_positions()`: `(lineno, end_lineno, col_offset, end_col_offset)` for
/// each instruction word (columns in UTF-8 bytes; None when unknown).
fn code_positions(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "co_positions")?;
    let Some(c) = o.downcast_ref::<PyCode>() else {
        return Err(vm.new_type_error("descriptor 'co_positions' requires a 'code' object"));
    };
    let code = c.code.clone();
    let mut items = Vec::with_capacity(code.co_code.len());
    let opt = |vm: &Vm, v: Option<u32>| v.map_or_else(|| vm.none(), |v| vm.new_int(i64::from(v)));
    for p in code.linetable.decode_positions() {
        let t = vm.new_tuple(vec![
            vm.new_int(i64::from(p.line)),
            vm.new_int(i64::from(p.end_line)),
            opt(vm, p.col),
            opt(vm, p.end_col),
        ]);
        items.push(t);
    }
    let l = vm.new_list(items);
    vm.get_iter(&l)
}
fn code_nlocals(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let n = o.downcast_ref::<PyCode>().map_or(0, |c| c.code.co_varnames.len());
    Ok(vm.new_int(n as i64))
}
fn code_qualname(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let n = o
        .downcast_ref::<PyCode>()
        .map(|c| c.code.co_qualname.to_string())
        .unwrap_or_default();
    Ok(vm.new_str(n))
}
fn code_cellvars(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let names = o
        .downcast_ref::<PyCode>()
        .map(|c| c.code.co_cellvars.clone())
        .unwrap_or_default();
    let items = names.iter().map(|n| vm.intern(n)).collect();
    Ok(vm.new_tuple(items))
}
fn code_freevars(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let names = o
        .downcast_ref::<PyCode>()
        .map(|c| c.code.co_freevars.clone())
        .unwrap_or_default();
    let items = names.iter().map(|n| vm.intern(n)).collect();
    Ok(vm.new_tuple(items))
}
fn code_consts(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let n = o
        .downcast_ref::<PyCode>()
        .map(|c| c.consts.to_vec())
        .unwrap_or_default();
    Ok(vm.new_tuple(n))
}
fn code_names(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let n = o.downcast_ref::<PyCode>().map(|c| c.names.to_vec()).unwrap_or_default();
    Ok(vm.new_tuple(n))
}

/// `repr(module)`, by CPython 3.11's rules: from `__spec__` when there is
/// one (`name`, `origin`, `has_location`), else `from '__file__'`, else the
/// loader's repr in parentheses, else just the name. Kaa's own modules have
/// no spec or loader: one that `import` made from Rust says `(built-in)`,
/// one from the standard library compiled into Kaa says `(frozen)`.
fn module_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__repr__")?;
    let Some(d) = o.downcast_ref::<PyModule>().map(|m| m.dict.clone()) else {
        return Ok(vm.new_str("<module '?'>"));
    };
    let get = |vm: &mut Vm, key: &str| -> PyResult<Option<PyObjectRef>> {
        let k = vm.intern(key);
        Ok(vm.dict_get_item_opt(&d, &k)?.filter(|v| !vm.is_none(v)))
    };
    let loader = get(vm, "__loader__")?;
    if let Some(spec) = get(vm, "__spec__")? {
        let k = vm.intern("name");
        let name = vm.get_attr(&spec, &k)?;
        let name = vm.repr_string(&name)?;
        let k = vm.intern("origin");
        let origin = vm.get_attr_opt(&spec, &k)?.filter(|v| !vm.is_none(v));
        let text = match origin {
            None => {
                let k = vm.intern("loader");
                match Some(vm.get_attr(&spec, &k)?).filter(|l| !vm.is_none(l)) {
                    Some(l) => format!("<module {name} ({})>", vm.repr_string(&l)?),
                    None => format!("<module {name}>"),
                }
            }
            Some(origin) => {
                let k = vm.intern("has_location");
                let located = match vm.get_attr_opt(&spec, &k)? {
                    Some(v) => vm.is_true(&v)?,
                    None => false,
                };
                if located {
                    format!("<module {name} from {}>", vm.repr_string(&origin)?)
                } else {
                    format!("<module {name} ({})>", vm.str_string(&origin)?)
                }
            }
        };
        return Ok(vm.new_str(text));
    }
    let name_obj = get(vm, "__name__")?;
    let name = match &name_obj {
        Some(n) => vm.repr_string(n)?,
        None => "'?'".to_string(),
    };
    if let Some(f) = get(vm, "__file__")? {
        let f = vm.repr_string(&f)?;
        return Ok(vm.new_str(format!("<module {name} from {f}>")));
    }
    if let Some(l) = loader {
        let l = vm.repr_string(&l)?;
        return Ok(vm.new_str(format!("<module {name} ({l})>")));
    }
    let kind = match name_obj.as_ref().and_then(|n| n.downcast_ref::<PyStr>()) {
        Some(n) => kaa_origin(vm, o, n.as_str())?,
        None => None,
    };
    Ok(match kind {
        Some(kind) => vm.new_str(format!("<module {name} ({kind})>")),
        None => vm.new_str(format!("<module {name}>")),
    })
}

/// `built-in` or `frozen` for the module `import` made under `name` (the
/// one in `sys.modules`), None for any other module object.
fn kaa_origin(vm: &mut Vm, m: &PyObjectRef, name: &str) -> PyResult<Option<&'static str>> {
    let key = vm.new_str(name);
    let mods = vm.modules.clone();
    if !vm.dict_get_item_opt(&mods, &key)?.is_some_and(|x| x.is(m)) {
        return Ok(None);
    }
    if name == "builtins" || vm.native_modules.borrow().contains_key(name) {
        return Ok(Some("built-in"));
    }
    if vm.frozen_modules.get().iter().any(|f| f.name == name) {
        return Ok(Some("frozen"));
    }
    Ok(None)
}
fn module_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos().first().cloned() else {
        return Err(vm.new_type_error("module.__new__(): not enough arguments"));
    };
    let rest = Args::new(&args.items()[1..], args.kwnames());
    let given = rest.items().len();
    if given > 2 {
        return Err(vm.new_type_error(format!("module() takes at most 2 arguments ({given} given)")));
    }
    let [name, doc] = rest.bind(vm, "module", ["name", "doc"], 2, 1)?;
    let name = name.unwrap_or_else(|| vm.none());
    if !name.payload_is::<PyStr>() {
        return Err(vm.new_type_error(format!(
            "module() argument 'name' must be str, not {}",
            name.ty().name()
        )));
    }
    let d = vm.new_dict();
    vm.dict_set_str(&d, "__name__", name)?;
    let doc = doc.unwrap_or_else(|| vm.none());
    vm.dict_set_str(&d, "__doc__", doc)?;
    for key in ["__package__", "__loader__", "__spec__"] {
        let none = vm.none();
        vm.dict_set_str(&d, key, none)?;
    }
    let m = PyModule { dict: d };
    Ok(vm.new_instance(m, &cls))
}
fn module_dir(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__dir__")?;
    // A module's own `__dir__` (PEP 562) answers for it.
    if let Some(m) = o.downcast_ref::<PyModule>() {
        let d = m.dict.clone();
        let key = vm.intern("__dir__");
        if let Some(f) = vm.dict_get_item_opt(&d, &key)? {
            return vm.call(&f, Args::positional(&[]));
        }
    }
    let keys = o
        .downcast_ref::<PyModule>()
        .and_then(|m| m.dict.downcast_ref::<super::dict::PyDict>().map(|d| d.keys_vec()))
        .unwrap_or_default();
    Ok(vm.new_list(keys))
}

fn singleton_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__repr__")?;
    let s = if vm.is_none(o) {
        "None"
    } else if o.is(&vm.not_implemented) {
        "NotImplemented"
    } else {
        "Ellipsis"
    };
    Ok(vm.new_str(s))
}
fn none_bool(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.false_.clone())
}
fn none_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(vm.new_type_error("NoneType takes no arguments"));
    }
    Ok(vm.none())
}

/// `cell.cell_contents`: the value, or `ValueError` for an empty cell.
fn cell_contents(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let value = match o.downcast_ref::<PyCell>() {
        Some(c) => c.value.borrow().clone(),
        None => return Err(vm.new_type_error("descriptor 'cell_contents' requires a 'cell' object")),
    };
    value.ok_or_else(|| vm.new_value_error("Cell is empty"))
}

/// Assigning `cell.cell_contents` fills the cell; `del` empties it.
fn cell_set_contents(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let Some(c) = o.downcast_ref::<PyCell>() else {
        return Err(vm.new_type_error("descriptor 'cell_contents' requires a 'cell' object"));
    };
    let old = c.value.replace(v);
    drop(old);
    Ok(())
}

/// A built-in function's `__doc__`: CPython's for the functions of
/// `builtins` (`crate::builtins_doc`), else None (without this,
/// `object.__doc__` showed through).
fn b_doc(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(match builtins_doc(vm, o).and_then(|(_, doc)| doc) {
        Some(d) => vm.new_str(d),
        None => vm.none(),
    })
}

/// `__text_signature__`, which `inspect.signature` reads: CPython's for the
/// functions of `builtins`, else None.
fn b_text_signature(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(match builtins_doc(vm, o).and_then(|(sig, _)| sig) {
        Some(s) => vm.new_str(s),
        None => vm.none(),
    })
}

/// The documentation of `o` if it is a function of the `builtins` module
/// (defined there, or bound there under its name, as `open` from `io`).
fn builtins_doc(vm: &mut Vm, o: &PyObjectRef) -> Option<(Option<&'static str>, Option<&'static str>)> {
    let b = o.downcast_ref::<PyBuiltinFunction>()?;
    let doc = crate::builtins_doc::lookup(b.name)?;
    if b.self_.as_ref().is_some_and(|s| s.is(&vm.builtins)) {
        return Some(doc);
    }
    let d = vm.builtins_dict.clone();
    let bound = d.downcast_ref::<super::dict::PyDict>()?.get_str(vm, b.name)?;
    bound.is(o).then_some(doc)
}

pub(crate) fn init(vm: &mut Vm) {
    let f = vm.types.function.clone();
    let cell = vm.types.cell.clone();
    vm.add_getset(&cell, "cell_contents", cell_contents, Some(cell_set_contents));
    vm.add_getset(&f, "__name__", f_name, Some(f_set_name));
    vm.add_getset(&f, "__qualname__", f_qualname, Some(f_set_qualname));
    vm.add_getset(&f, "__doc__", f_doc, Some(f_set_doc));
    vm.add_getset(&f, "__module__", f_module, Some(f_set_module));
    vm.add_getset(&f, "__defaults__", f_defaults, Some(f_set_defaults));
    vm.add_getset(&f, "__kwdefaults__", f_kwdefaults, Some(f_set_kwdefaults));
    vm.add_getset(&f, "__code__", f_code, None);
    vm.add_getset(&f, "__globals__", f_globals, None);
    vm.add_getset(&f, "__closure__", f_closure, None);
    vm.add_getset(&f, "__annotations__", f_annotations, Some(f_set_annotations));
    vm.add_method(&f, "__repr__", f_repr);
    vm.add_method(&f, "__get__", f_get);
    vm.add_method(&f, "__call__", f_call);

    let b = vm.types.builtin_function.clone();
    vm.add_method(&b, "__repr__", b_repr);
    vm.add_getset(&b, "__name__", b_name, None);
    vm.add_getset(&b, "__qualname__", b_qualname, None);
    vm.add_getset(&b, "__self__", b_self, None);
    vm.add_getset(&b, "__module__", b_module, None);
    vm.add_getset(&b, "__doc__", b_doc, None);
    vm.add_getset(&b, "__text_signature__", b_text_signature, None);
    vm.add_method(&b, "__call__", b_call);
    vm.add_method(&b, "__reduce__", b_reduce);

    let m = vm.types.method.clone();
    vm.add_static(&m, "__new__", m_new);
    vm.add_method(&m, "__repr__", m_repr);
    vm.add_method(&m, "__eq__", m_eq);
    vm.add_method(&m, "__hash__", m_hash);
    vm.add_method(&m, "__call__", m_call);
    vm.add_method(&m, "__reduce__", m_reduce);
    vm.add_getset(&m, "__func__", m_func, None);
    vm.add_getset(&m, "__self__", m_self, None);
    vm.add_getset(&m, "__name__", m_name, None);
    vm.add_getset(&m, "__qualname__", m_qualname, None);
    vm.add_getset(&m, "__doc__", m_doc, None);

    let sm = vm.types.staticmethod.clone();
    vm.add_static(&sm, "__new__", sm_new);
    vm.add_method(&sm, "__get__", sm_get);
    vm.add_method(&sm, "__call__", sm_call);
    vm.add_getset(&sm, "__func__", sm_func, None);
    vm.add_getset(&sm, "__isabstractmethod__", sm_isabstract, None);
    let cm = vm.types.classmethod.clone();
    vm.add_static(&cm, "__new__", cm_new);
    vm.add_method(&cm, "__get__", sm_get);
    vm.add_getset(&cm, "__func__", sm_func, None);
    vm.add_getset(&cm, "__isabstractmethod__", sm_isabstract, None);

    let p = vm.types.property.clone();
    vm.add_static(&p, "__new__", prop_new);
    vm.add_method(&p, "__init__", prop_init);
    vm.add_method(&p, "getter", prop_getter);
    vm.add_method(&p, "__set_name__", prop_set_name);
    vm.add_method(&p, "setter", prop_setter);
    vm.add_method(&p, "deleter", prop_deleter);
    vm.add_method(&p, "__get__", prop_get);
    vm.add_getset(&p, "fget", prop_fget, None);
    vm.add_getset(&p, "fset", prop_fset, None);
    vm.add_getset(&p, "fdel", prop_fdel, None);
    vm.add_getset(&p, "__doc__", prop_doc, None);
    vm.add_getset(&p, "__isabstractmethod__", prop_isabstract, None);

    let c = vm.types.code.clone();
    vm.add_method(&c, "__repr__", code_repr);
    vm.add_getset(&c, "co_name", code_name, None);
    vm.add_getset(&c, "co_filename", code_filename, None);
    vm.add_getset(&c, "co_varnames", code_varnames, None);
    vm.add_getset(&c, "co_argcount", code_argcount, None);
    vm.add_getset(&c, "co_consts", code_consts, None);
    vm.add_getset(&c, "co_names", code_names, None);
    vm.add_getset(&c, "co_flags", code_flags, None);
    vm.add_getset(&c, "co_firstlineno", code_firstlineno, None);
    vm.add_method(&c, "co_positions", code_positions);
    vm.add_getset(&c, "co_posonlyargcount", code_posonlyargcount, None);
    vm.add_getset(&c, "co_kwonlyargcount", code_kwonlyargcount, None);
    vm.add_getset(&c, "co_stacksize", code_stacksize, None);
    vm.add_getset(&c, "co_nlocals", code_nlocals, None);
    vm.add_getset(&c, "co_qualname", code_qualname, None);
    vm.add_getset(&c, "co_cellvars", code_cellvars, None);
    vm.add_getset(&c, "co_freevars", code_freevars, None);

    let md = vm.types.module.clone();
    vm.add_method(&md, "__repr__", module_repr);
    vm.add_static(&md, "__new__", module_new);
    vm.add_method(&md, "__dir__", module_dir);

    for t in [
        vm.types.none_type.clone(),
        vm.types.not_implemented_type.clone(),
        vm.types.ellipsis_type.clone(),
    ] {
        vm.add_method(&t, "__repr__", singleton_repr);
    }
    let n = vm.types.none_type.clone();
    vm.add_method(&n, "__bool__", none_bool);
    vm.add_static(&n, "__new__", none_new);
}

/// `code.replace(**changes)`: a copy with some fields replaced. Kaa can
/// replace `co_flags`, `co_firstlineno`, `co_name` and `co_qualname` (what
/// `types.coroutine` and decorators need); the other fields are compiled
/// bytecode and tables that Kaa does not rebuild.
fn code_replace(vm: &mut Vm, args: Args) -> PyResult {
    let Some(pc) = args.pos().first().and_then(|c| c.downcast_ref::<PyCode>()) else {
        return Err(vm.new_type_error("descriptor 'replace' requires a 'code' object"));
    };
    if args.pos().len() > 1 {
        return Err(vm.new_type_error(format!(
            "replace() takes exactly 0 positional arguments ({} given)",
            args.pos().len() - 1
        )));
    }
    let mut code = (*pc.code).clone();
    for (name, v) in args.kwargs() {
        let int = || v.downcast_ref::<super::int::PyInt>().and_then(|i| i.value.as_i64());
        let text = || {
            v.downcast_ref::<PyStr>()
                .map(|s| std::sync::Arc::<str>::from(s.as_str()))
        };
        match name {
            "co_flags" | "co_firstlineno" => {
                let Some(n) = int().and_then(|n| u32::try_from(n).ok()) else {
                    return Err(vm.new_type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        v.ty().name()
                    )));
                };
                if name == "co_flags" {
                    code.co_flags = n;
                } else {
                    code.co_firstlineno = n;
                }
            }
            "co_name" | "co_qualname" => {
                let Some(s) = text() else {
                    return Err(vm.new_type_error(format!(
                        "replace() argument '{name}' must be str, not {}",
                        v.ty().name()
                    )));
                };
                if name == "co_name" {
                    code.co_name = s;
                } else {
                    code.co_qualname = s;
                }
            }
            n if n.starts_with("co_") => {
                return Err(vm.new_exception_msg(
                    &vm.exc.not_implemented_error.clone(),
                    format!("Kaa's code.replace() cannot replace {n}"),
                ));
            }
            n => return Err(vm.new_type_error(format!("'{n}' is an invalid keyword argument for replace()"))),
        }
    }
    let code_len = code.co_code.len();
    let new = PyCode {
        simple_argc: PyCode::simple_argc_of(&code),
        code: std::sync::Arc::new(code),
        consts: pc.consts.clone(),
        names: pc.names.clone(),
        varnames: pc.varnames.clone(),
        global_cache: (0..pc.names.len()).map(|_| std::cell::Cell::default()).collect(),
        attr_cache: (0..pc.names.len()).map(|_| std::cell::Cell::default()).collect(),
        last_way: crate::adaptive::new_last_way(vm, code_len),
        // The same bytecode: its verification stands.
        stack_checked: std::cell::Cell::new(pc.stack_checked.get()),
    };
    Ok(PyObjectRef::new(new, &vm.types.code.clone()))
}

/// `function(code, globals, name=None, argdefs=None, closure=None)`.
fn function_new(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "function")?;
    let pos = args.pos();
    if pos.len() < 3 || pos.len() > 6 {
        return Err(vm.new_type_error(format!(
            "function() takes from 2 to 5 positional arguments but {} were given",
            pos.len().saturating_sub(1)
        )));
    }
    let (code, globals) = (pos[1].clone(), pos[2].clone());
    let Some(pc) = code.downcast_ref::<PyCode>() else {
        return Err(vm.new_type_error(format!(
            "function() argument 'code' must be code, not {}",
            code.ty().name()
        )));
    };
    if !globals.payload_is::<super::dict::PyDict>() {
        return Err(vm.new_type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            globals.ty().name()
        )));
    }
    let nfree = pc.code.co_freevars.len();
    let opt = |i: usize| pos.get(i).filter(|v| !vm.is_none(v)).cloned();
    let (name, defaults, closure) = (opt(3), opt(4), opt(5));
    let ncells = closure
        .as_ref()
        .and_then(|c| c.downcast_ref::<super::tuple::PyTuple>().map(|t| t.as_slice().len()));
    if (closure.is_some() || nfree > 0) && ncells.is_none() {
        return Err(vm.new_type_error("arg 5 (closure) must be tuple"));
    }
    if ncells.unwrap_or(0) != nfree {
        return Err(vm.new_value_error(format!(
            "{} requires closure of length {nfree}, not {}",
            pc.code.co_name,
            ncells.unwrap_or(0)
        )));
    }
    let parts = crate::eval::FunctionParts {
        defaults,
        closure,
        ..Default::default()
    };
    let f = crate::eval::new_function(vm, code, globals, parts)?;
    if let (Some(n), Some(func)) = (name, f.downcast_ref::<PyFunction>()) {
        *func.name.borrow_mut() = n;
    }
    Ok(f)
}

/// `code.replace` and `function.__new__` (used by `types.coroutine`).
pub(crate) fn init_constructors(vm: &mut Vm) {
    let c = vm.types.code.clone();
    vm.add_method(&c, "replace", code_replace);
    let f = vm.types.function.clone();
    vm.add_static(&f, "__new__", function_new);
}
