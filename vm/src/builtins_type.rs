//! `type` and `object`: instance creation (`type.__call__`), class creation
//! (`__build_class__`, `type.__new__`), `super`, and the default behaviour every
//! object inherits from `object`.

use crate::call::call_function;
use crate::object::dict::PyDict;
use crate::object::function::{Binding, PyBuiltinFunction, PyCell, PyClassMethod, PyFunction, PyStaticMethod, PySuper};
use crate::object::singletons::PyBaseObject;
use crate::object::str::PyStr;
use crate::object::tuple::PyTuple;
use crate::object::typ::attr_name;
use crate::object::PyObjectRef;
use crate::vm::{Args, PyResult, Vm};

/// `cls(*args, **kwargs)`: `__new__`, then `__init__` if the result is an instance.
pub fn type_call(vm: &mut Vm, cls: &PyObjectRef, args: Args) -> PyResult {
    if args.pos().len() == 1 && !args.has_kwargs() {
        if cls.is(&vm.types.type_) {
            return Ok(args.pos()[0].class().clone());
        }
        // `str(x)`: `str.__new__` and `object.__init__`, which cannot be
        // replaced on the built-in type, without the argument parsing.
        if cls.is(&vm.types.str) {
            return crate::object::str::str_of(vm, &args.pos()[0]);
        }
    }
    let t = cls.ty_payload();
    let Some(new) = t.lookup(&vm.names.__new__) else {
        return Err(vm.new_type_error(format!("cannot create '{}' instances", t.name())));
    };
    if let Some(r) = new_plain_instance(vm, cls, &new, &args) {
        return r;
    }
    let mut buf: crate::vm::ArgVec = smallvec::SmallVec::with_capacity(args.items().len() + 1);
    buf.push(cls.clone());
    buf.extend(args.items().iter().cloned());
    let new = match new.downcast_ref::<PyStaticMethod>() {
        Some(sm) => sm.func.clone(),
        None => new,
    };
    let obj = vm.call(&new, Args::new(&buf, args.kwnames()))?;
    if !obj.is_instance_of(cls) {
        return Ok(obj);
    }
    if let Some(init) = obj.ty().lookup(&vm.names.__init__) {
        if is_object_init(vm, &init) {
            return Ok(obj);
        }
        buf[0] = obj.clone();
        let r = match init.downcast_ref::<PyFunction>() {
            Some(f) => call_function(vm, &init, f, Args::new(&buf, args.kwnames()), None)?,
            // A built-in `__init__` (dict, list, set, ...) gets the keyword arguments too.
            None if init
                .downcast_ref::<PyBuiltinFunction>()
                .is_some_and(|b| b.binding == Binding::Method && b.self_.is_none()) =>
            {
                vm.call(&init, Args::new(&buf, args.kwnames()))?
            }
            None => vm.call_with_self(&init, &obj, args.pos())?,
        };
        if !vm.is_none(&r) {
            return Err(vm.new_type_error(format!("__init__() should return None, not '{}'", r.ty().name())));
        }
    }
    Ok(obj)
}

/// For a flat call of class `cls` (`eval.rs`): when `cls(...)` would make
/// its instance with `object.__new__` and then run a Python `__init__`
/// (the path of [`new_plain_instance`]; `cls`'s metaclass is `type`),
/// that `__init__` and a new instance, for the caller to run `__init__` on
/// it in place. `None` for any other class; `Some(Err)` when the class is
/// abstract.
pub(crate) fn plain_instance_init(vm: &mut Vm, cls: &PyObjectRef) -> Option<PyResult<(PyObjectRef, PyObjectRef)>> {
    if !cls.class().is(&vm.types.type_) {
        return None;
    }
    let t = cls.ty_payload();
    if t.vtable.type_id != std::any::TypeId::of::<PyBaseObject>() {
        return None;
    }
    let new = t.lookup(&vm.names.__new__)?;
    if !is_object_new(vm, &new) {
        return None;
    }
    let init = t.lookup(&vm.names.__init__)?;
    if !init.payload_is::<PyFunction>() {
        return None;
    }
    if t.flags.heaptype {
        if let Some(am) = t.get_own(&vm.names.__abstractmethods__) {
            if let Err(e) = abstract_check(vm, t.name(), &am) {
                return Some(Err(e));
            }
        }
    }
    let obj = vm.new_instance(PyBaseObject, cls);
    Some(Ok((init, obj)))
}

/// The common case of `type_call`: a class whose `__new__` is
/// `object.__new__` and whose `__init__` is a Python function (the instances
/// of an ordinary class). The instance is made directly, as `object.__new__`
/// would make it (its argument checks pass: `__init__` is not `object`'s),
/// and `__init__` runs through the simple-call path when its parameters are
/// exactly the positional arguments. `None`: another kind of class, for the
/// general path.
#[inline]
fn new_plain_instance(vm: &mut Vm, cls: &PyObjectRef, new: &PyObjectRef, args: &Args) -> Option<PyResult> {
    let t = cls.ty_payload();
    if t.vtable.type_id != std::any::TypeId::of::<PyBaseObject>() || !is_object_new(vm, new) {
        return None;
    }
    let init = t.lookup(&vm.names.__init__)?;
    let f = init.downcast_ref::<PyFunction>()?;
    if t.flags.heaptype {
        if let Some(am) = t.get_own(&vm.names.__abstractmethods__) {
            if let Err(e) = abstract_check(vm, t.name(), &am) {
                return Some(Err(e));
            }
        }
    }
    let obj = vm.new_instance(PyBaseObject, cls);
    let simple = if args.has_kwargs() {
        None
    } else {
        crate::call::call_simple_function(vm, &init, Some(&obj), args.pos())
    };
    let r = match simple {
        Some(r) => r,
        None => {
            let mut buf: crate::vm::ArgVec = smallvec::SmallVec::with_capacity(args.items().len() + 1);
            buf.push(obj.clone());
            buf.extend(args.items().iter().cloned());
            call_function(vm, &init, f, Args::new(&buf, args.kwnames()), None)
        }
    };
    Some(match r {
        Ok(r) if vm.is_none(&r) => Ok(obj),
        Ok(r) => Err(vm.new_type_error(format!("__init__() should return None, not '{}'", r.ty().name()))),
        Err(e) => Err(e),
    })
}

/// `type.__call__(cls, *args, **kwargs)`, for a metaclass's `super().__call__`.
fn type_call_method(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos().first().cloned() else {
        return Err(vm.new_type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    if cls.as_type().is_none() {
        return Err(vm.new_type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            cls.ty().name()
        )));
    }
    type_call(vm, &cls, Args::new(&args.items()[1..], args.kwnames()))
}

/// Whether `f` is `type.__call__` itself (not a metaclass's override).
pub(crate) fn is_type_call(vm: &Vm, f: &PyObjectRef) -> bool {
    vm.types
        .type_
        .ty_payload()
        .get_own(&vm.names.__call__)
        .is_some_and(|o| o.is(f))
}

fn is_object_init(vm: &Vm, f: &PyObjectRef) -> bool {
    vm.types
        .object
        .ty_payload()
        .get_own(&vm.names.__init__)
        .is_some_and(|o| o.is(f))
}

fn is_object_new(vm: &Vm, f: &PyObjectRef) -> bool {
    vm.types
        .object
        .ty_payload()
        .get_own(&vm.names.__new__)
        .is_some_and(|o| o.is(f))
}

fn excess_args(args: &Args) -> bool {
    args.pos().len() > 1 || args.has_kwargs()
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos().first().cloned() else {
        return Err(vm.new_type_error("object.__new__(): not enough arguments"));
    };
    let Some(t) = cls.as_type() else {
        return Err(vm.new_type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            cls.ty().name()
        )));
    };
    if excess_args(&args) {
        let new = t.lookup(&vm.names.__new__);
        let init = t.lookup(&vm.names.__init__);
        if new.as_ref().is_some_and(|n| !is_object_new(vm, n)) {
            return Err(vm.new_type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if init.as_ref().is_some_and(|i| is_object_init(vm, i)) {
            return Err(vm.new_type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    if t.flags.heaptype {
        if let Some(am) = t.get_own(&vm.names.__abstractmethods__) {
            abstract_check(vm, t.name(), &am)?;
        }
    }
    if t.vtable.type_id != std::any::TypeId::of::<PyBaseObject>() {
        return Err(vm.new_type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            t.name(),
            t.name()
        )));
    }
    Ok(vm.new_instance(PyBaseObject, &cls))
}

/// Refuse to instantiate a class whose own `__abstractmethods__` (set by
/// `abc.ABCMeta`) is non-empty, with CPython 3.11's message.
fn abstract_check(vm: &mut Vm, name: &str, am: &PyObjectRef) -> PyResult<()> {
    if !vm.is_true(am)? {
        return Ok(());
    }
    let mut names = Vec::new();
    for (i, m) in vm.collect(am)?.iter().enumerate() {
        match m.downcast_ref::<PyStr>() {
            Some(s) => names.push(s.as_str().to_string()),
            None => {
                return Err(vm.new_type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    m.ty().name()
                )))
            }
        }
    }
    names.sort();
    Err(vm.new_type_error(format!(
        "Can't instantiate abstract class {name} with abstract method{} {}",
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    )))
}

fn object_init(vm: &mut Vm, args: Args) -> PyResult {
    if excess_args(&args) {
        let obj = &args.pos()[0];
        let t = obj.ty();
        let init = t.lookup(&vm.names.__init__);
        let new = t.lookup(&vm.names.__new__);
        if init.as_ref().is_some_and(|i| !is_object_init(vm, i)) {
            return Err(vm.new_type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if new.as_ref().is_some_and(|n| is_object_new(vm, n)) {
            return Err(vm.new_type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    Ok(vm.none())
}

/// The class argument of a built-in type's `__new__` (`base.__new__(cls,
/// ...)`), checked as CPython's `tp_new` wrapper does: it must be a type and
/// a subtype of `base`, else `TypeError` with CPython's message. A payload
/// made for `base` must never be given a class of another layout.
pub fn new_cls_arg<'a>(vm: &mut Vm, args: &Args<'a>, base: &PyObjectRef) -> PyResult<&'a PyObjectRef> {
    let name = base.ty_payload().name().to_string();
    let Some(cls) = args.pos().first() else {
        return Err(vm.new_type_error(format!("{name}.__new__(): not enough arguments")));
    };
    if cls.as_type().is_none() {
        return Err(vm.new_type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            cls.ty().name()
        )));
    }
    if !cls.is_subtype(base) {
        let n = type_display_name(vm, cls);
        return Err(vm.new_type_error(format!("{name}.__new__({n}): {n} is not a subtype of {name}")));
    }
    Ok(cls)
}

/// The most derived metaclass among `meta` and the bases' metaclasses
/// (CPython's `_PyType_CalculateMetaclass`), or CPython's "metaclass
/// conflict" error.
fn most_derived_metaclass(vm: &mut Vm, meta: PyObjectRef, bases: &[PyObjectRef]) -> PyResult {
    let mut winner = meta;
    for b in bases {
        let bm = b.class().clone();
        if winner.is_subtype(&bm) {
            continue;
        }
        if bm.is_subtype(&winner) {
            winner = bm;
            continue;
        }
        return Err(vm.new_type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// The `module.Name` prefix CPython shows in reprs of user classes.
pub fn type_display_name(vm: &mut Vm, cls: &PyObjectRef) -> String {
    let t = cls.ty_payload();
    let module = t
        .get_own(&vm.names.__module__)
        .and_then(|m| m.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()));
    let qual = t.qualname.borrow().clone();
    match module {
        Some(m) if m != "builtins" => format!("{m}.{qual}"),
        _ => qual,
    }
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__repr__")?;
    let name = type_display_name(vm, &o.class().clone());
    Ok(vm.new_str(format!("<{} object at {:#x}>", name, o.id())))
}

/// `object.__sizeof__()`: Kaa's real size of the object (see `object::size`).
fn object_sizeof(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__sizeof__")?;
    Ok(vm.new_int(crate::object::size::sizeof(o) as i64))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__str__")?;
    vm.repr(o)
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    Ok(if a.is(b) {
        vm.true_.clone()
    } else {
        vm.not_implemented.clone()
    })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__ne__")?;
    let eq = vm.names.__eq__.clone();
    match vm.call_special(a, &eq, std::slice::from_ref(b)) {
        Some(r) => {
            let r = r?;
            if r.is(&vm.not_implemented) {
                return Ok(r);
            }
            let t = vm.is_true(&r)?;
            Ok(vm.new_bool(!t))
        }
        None => Ok(vm.not_implemented.clone()),
    }
}

fn object_not_implemented(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.not_implemented.clone())
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__hash__")?;
    // As CPython: the address rotated by 4 bits.
    let id = o.id();
    Ok(vm.new_int((id >> 4 | id << (usize::BITS - 4)) as i64 & i64::MAX))
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult {
    let [o, spec] = args.exact::<2>(vm, "__format__")?;
    let empty = spec.downcast_ref::<PyStr>().is_some_and(|s| s.as_str().is_empty());
    if !empty {
        let name = o.ty().name().to_string();
        return Err(vm.new_type_error(format!("unsupported format string passed to {name}.__format__")));
    }
    vm.str(o)
}

/// What `object.__setattr__(o, n, ...)` and `object.__delattr__` check
/// first, as CPython does: `o` is not a class (a class's attributes are set
/// by `type.__setattr__`, which keeps the type's caches right; CPython
/// refuses the generic one there, naming the metaclass), and the name is a
/// `str`.
fn check_object_setattr(vm: &mut Vm, o: &PyObjectRef, n: &PyObjectRef, what: &str) -> PyResult<()> {
    if o.as_type().is_some() {
        let meta = o.class().ty_payload().name().to_string();
        return Err(vm.new_type_error(format!("can't apply this {what} to {meta} object")));
    }
    if !n.payload_is::<PyStr>() {
        return Err(vm.new_type_error(format!("attribute name must be string, not '{}'", n.ty().name())));
    }
    Ok(())
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult {
    let [o, n, v] = args.exact::<3>(vm, "__setattr__")?;
    check_object_setattr(vm, o, n, "__setattr__")?;
    let n = vm.intern_obj(n);
    vm.generic_set_attr(o, &n, Some(v.clone()))?;
    Ok(vm.none())
}

/// `type.__setattr__` / `type.__delattr__` (value `None` deletes): the
/// generic assignment, which for a class sets its own dict (refusing a
/// built-in type) or a data descriptor of the metaclass. Without them
/// `type.__setattr__` would be `object.__setattr__`, which refuses classes.
fn type_set_or_del_attr(vm: &mut Vm, o: &PyObjectRef, n: &PyObjectRef, v: Option<PyObjectRef>, what: &str) -> PyResult {
    if o.as_type().is_none() {
        let got = o.ty().name().to_string();
        return Err(vm.new_type_error(format!(
            "descriptor '{what}' requires a 'type' object but received a '{got}'"
        )));
    }
    if !n.payload_is::<PyStr>() {
        return Err(vm.new_type_error(format!("attribute name must be string, not '{}'", n.ty().name())));
    }
    let n = vm.intern_obj(n);
    vm.generic_set_attr(o, &n, v)?;
    Ok(vm.none())
}

fn type_setattr(vm: &mut Vm, args: Args) -> PyResult {
    let [o, n, v] = args.exact::<3>(vm, "__setattr__")?;
    type_set_or_del_attr(vm, o, n, Some(v.clone()), "__setattr__")
}

fn type_delattr(vm: &mut Vm, args: Args) -> PyResult {
    let [o, n] = args.exact::<2>(vm, "__delattr__")?;
    type_set_or_del_attr(vm, o, n, None, "__delattr__")
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult {
    let [o, n] = args.exact::<2>(vm, "__delattr__")?;
    check_object_setattr(vm, o, n, "__delattr__")?;
    let n = vm.intern_obj(n);
    vm.generic_set_attr(o, &n, None)?;
    Ok(vm.none())
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult {
    let [o, n] = args.exact::<2>(vm, "__getattribute__")?;
    let n = vm.intern_obj(n);
    // The generic algorithm, skipping any user __getattribute__.
    let cls = o.class().clone();
    if let Some(attr) = cls.ty_payload().lookup(&n) {
        let is_data = attr.payload_is::<crate::object::function::PyProperty>()
            || attr.payload_is::<crate::object::function::PyGetSet>()
            || attr.payload_is::<crate::object::member::PyMemberDescr>();
        if is_data {
            return vm.bind_descriptor(&attr, Some(o), &cls);
        }
    }
    if let Some(v) = vm.instance_get(o, &n)? {
        return Ok(v);
    }
    match cls.ty_payload().lookup(&n) {
        Some(attr) => vm.bind_descriptor(&attr, Some(o), &cls),
        None => Err(vm.attribute_error(o, &n)),
    }
}

fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        let (k, _) = args.kwargs().next().unwrap_or(("", &vm.none));
        let cls = args
            .pos()
            .first()
            .map(|c| c.ty_payload().name().to_string())
            .unwrap_or_default();
        let _ = cls;
        return Err(vm.new_type_error(format!("__init_subclass__() takes no keyword arguments ({k})")));
    }
    Ok(vm.none())
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__dir__")?;
    let mut names: Vec<PyObjectRef> = Vec::new();
    names.extend(vm.instance_keys(o));
    let cls = o.class().clone();
    for c in cls.mro() {
        for (k, _) in c.ty_payload().attrs.borrow().iter() {
            names.push(k.clone());
        }
    }
    Ok(vm.new_list(names))
}

fn object_class(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let _ = vm;
    Ok(o.class().clone())
}

fn object_dict(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    if let Some(t) = o.as_type() {
        // A snapshot (CPython returns a read-only mappingproxy).
        let d = vm.new_dict();
        let entries: Vec<(PyObjectRef, PyObjectRef)> =
            t.attrs.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in entries {
            vm.dict_set(&d, k, v)?;
        }
        return Ok(d);
    }
    if let Some(d) = vm.instance_dict(o) {
        return Ok(d);
    }
    if let Some(m) = o.downcast_ref::<crate::object::module::PyModule>() {
        return Ok(m.dict.clone());
    }
    let n = vm.names.__dict__.clone();
    Err(vm.attribute_error(o, &n))
}

/// `obj.__dict__ = d` (a dict, or a dict subclass) and `del obj.__dict__`
/// (a new empty dict), as CPython's `subtype_setdict`.
fn object_set_dict(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    if o.instance_dict().is_none() {
        if o.payload_is::<crate::object::module::PyModule>() {
            return Err(vm.new_type_error("readonly attribute"));
        }
        let n = vm.names.__dict__.clone();
        return Err(vm.attribute_error(o, &n));
    }
    let d = match v {
        Some(d) if d.class().is_subtype(&vm.types.dict) && d.payload_is::<PyDict>() => d,
        Some(d) => {
            return Err(vm.new_type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                d.ty().name()
            )))
        }
        None => vm.new_dict(),
    };
    vm.instance_replace_dict(o, d);
    Ok(())
}

// ----- type -----

/// `type.<name>(x, ...)` called with an `x` that is not a type: CPython's
/// error, in its wording for a slot wrapper (`slot`: `__repr__`, `__or__`)
/// or for a method (`mro`, `__instancecheck__`).
fn check_type_self(vm: &Vm, args: &Args, name: &str, slot: bool) -> PyResult<()> {
    match args.pos().first() {
        Some(o) if o.as_type().is_none() => Err(vm.new_type_error(if slot {
            format!(
                "descriptor '{name}' requires a 'type' object but received a '{}'",
                o.ty().name()
            )
        } else {
            format!(
                "descriptor '{name}' for 'type' objects doesn't apply to a '{}' object",
                o.ty().name()
            )
        })),
        _ => Ok(()),
    }
}

fn type_repr(vm: &mut Vm, args: Args) -> PyResult {
    check_type_self(vm, &args, "__repr__", true)?;
    let [c] = args.exact::<1>(vm, "__repr__")?;
    let name = type_display_name(vm, c);
    Ok(vm.new_str(format!("<class '{name}'>")))
}

/// Read `__slots__` from a class namespace, with CPython's checks and name
/// mangling (`__x` becomes `_Class__x`).
fn parse_slots(vm: &mut Vm, class_name: &str, ns: &PyDict) -> PyResult<Option<crate::vm::SlotSpec>> {
    let entries = ns.items_vec();
    let is_name = |k: &PyObjectRef, n: &str| k.downcast_ref::<PyStr>().is_some_and(|s| s.as_str() == n);
    let Some(v) = entries
        .iter()
        .find(|(k, _)| is_name(k, "__slots__"))
        .map(|(_, v)| v.clone())
    else {
        return Ok(None);
    };
    let items = if v.payload_is::<PyStr>() {
        vec![v]
    } else {
        vm.collect(&v)?
    };
    let mut spec = crate::vm::SlotSpec {
        names: Vec::new(),
        dict: false,
        weakref: false,
    };
    let stripped = class_name.trim_start_matches('_');
    for it in &items {
        let Some(s) = it.downcast_ref::<PyStr>() else {
            return Err(vm.new_type_error(format!("__slots__ items must be strings, not '{}'", it.ty().name())));
        };
        let n = s.as_str();
        let ident = n.chars().next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && n.chars().all(|c| c == '_' || c.is_alphanumeric());
        if !ident {
            return Err(vm.new_type_error("__slots__ must be identifiers"));
        }
        match n {
            "__dict__" => {
                if spec.dict {
                    return Err(vm.new_type_error("__dict__ slot disallowed: we already got one"));
                }
                spec.dict = true;
                continue;
            }
            "__weakref__" => {
                if spec.weakref {
                    return Err(vm.new_type_error(
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                    ));
                }
                spec.weakref = true;
                continue;
            }
            _ => {}
        }
        let mangled = if n.starts_with("__") && !n.ends_with("__") && !stripped.is_empty() {
            format!("_{stripped}{n}")
        } else {
            n.to_string()
        };
        if entries.iter().any(|(k, _)| is_name(k, &mangled)) {
            return Err(vm.new_value_error(format!("'{n}' in __slots__ conflicts with class variable")));
        }
        if !spec.names.contains(&mangled) {
            spec.names.push(mangled);
        }
    }
    Ok(Some(spec))
}

fn type_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() == 2 {
        return Ok(pos[1].class().clone());
    }
    if pos.len() != 4 {
        return Err(vm.new_type_error("type() takes 1 or 3 arguments"));
    }
    let (meta, name, bases, ns) = (&pos[0], &pos[1], &pos[2], &pos[3]);
    let Some(name) = name.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()) else {
        return Err(vm.new_type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            pos[1].ty().name()
        )));
    };
    let Some(bases) = bases.downcast_ref::<PyTuple>().map(|t| t.as_slice().to_vec()) else {
        return Err(vm.new_type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            pos[2].ty().name()
        )));
    };
    let Some(nsd) = ns.downcast_ref::<PyDict>() else {
        return Err(vm.new_type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            pos[3].ty().name()
        )));
    };
    let winner = most_derived_metaclass(vm, meta.clone(), &bases)?;
    let slots = parse_slots(vm, &name, nsd)?;
    let cls = vm.new_class_with_slots(&name, bases, &winner, slots.as_ref())?;
    let t = cls.ty_payload();
    if let Some(spec) = &slots {
        // One member descriptor per new slot, after the inherited ones.
        let first = t.nslots - spec.names.len();
        for (i, n) in spec.names.iter().enumerate() {
            let key = vm.intern(n);
            let d = PyObjectRef::new(
                crate::object::member::PyMemberDescr {
                    name: key.clone(),
                    index: first + i,
                    owner: cls.clone(),
                },
                &vm.types.member_descriptor,
            );
            t.set_attr(key, d);
        }
    }
    let items = nsd.items_vec();
    let mut classcell = None;
    let mut has_eq = false;
    let mut has_hash = false;
    for (k, v) in &items {
        let Some(ks) = k.downcast_ref::<PyStr>() else { continue };
        match ks.as_str() {
            "__qualname__" => {
                match v.downcast_ref::<PyStr>() {
                    Some(q) => *t.qualname.borrow_mut() = q.as_str().to_string(),
                    None => {
                        return Err(vm.new_type_error(format!("type __qualname__ must be a str, not {}", v.ty().name())))
                    }
                }
                continue;
            }
            "__classcell__" => {
                classcell = Some(v.clone());
                continue;
            }
            "__eq__" => has_eq = true,
            "__hash__" => has_hash = true,
            _ => {}
        }
        let key = vm.intern_obj(k);
        let v = match ks.as_str() {
            "__new__" if v.payload_is::<PyFunction>() => {
                PyObjectRef::new(PyStaticMethod { func: v.clone() }, &vm.types.staticmethod)
            }
            "__init_subclass__" | "__class_getitem__" if v.payload_is::<PyFunction>() => {
                PyObjectRef::new(PyClassMethod { func: v.clone() }, &vm.types.classmethod)
            }
            _ => v.clone(),
        };
        t.set_attr(key, v);
    }
    // `__module__` defaults to the `__name__` of the globals of the running
    // Python code (CPython's `PyEval_GetGlobals`): `type('T', (), {})` in a
    // script is `__main__.T`.
    if t.get_own(&vm.names.__module__).is_none() {
        if let Some(g) = vm.current_globals() {
            if let Some(n) = vm.dict_get_item_opt(&g, &vm.names.__name__.clone())? {
                t.set_attr(vm.names.__module__.clone(), n);
            }
        }
    }
    if t.get_own(&vm.names.__doc__).is_none() {
        let (k, n) = (vm.names.__doc__.clone(), vm.none());
        t.set_attr(k, n);
    }
    if has_eq && !has_hash {
        let (k, n) = (vm.names.__hash__.clone(), vm.none());
        t.set_attr(k, n);
    }
    if let Some(cell) = classcell {
        if let Some(c) = cell.downcast_ref::<PyCell>() {
            *c.value.borrow_mut() = Some(cls.clone());
        }
    }
    // __set_name__ on descriptors.
    let set_name = vm.names.__set_name__.clone();
    for (k, v) in &items {
        if v.ty().flags.heaptype {
            if let Some(f) = v.ty().lookup(&set_name) {
                if let Err(e) = vm.call_with_self(&f, v, &[cls.clone(), k.clone()]) {
                    return Err(set_name_error(vm, e, v, k, &cls));
                }
            }
        } else if let (Some(p), Some(name)) = (
            v.downcast_ref::<crate::object::function::PyProperty>(),
            k.downcast_ref::<PyStr>(),
        ) {
            // `property.__set_name__`, without the call.
            *p.name.borrow_mut() = Some(name.as_str().into());
        }
    }
    // __init_subclass__ of the parent, with the class keywords.
    let init_sub = vm.names.__init_subclass__.clone();
    let parent = t.mro_tail.iter().find_map(|c| c.ty_payload().get_own(&init_sub));
    if let Some(f) = parent {
        let bound = vm.bind_descriptor(&f, None, &cls)?;
        let bound = if bound.is(&f) && f.payload_is::<PyBuiltinFunction>() {
            // object.__init_subclass__ is a plain builtin here: pass the class.
            let mut items = vec![cls.clone()];
            items.extend(args.items()[pos.len()..].iter().cloned());
            let r = vm.call(&f, Args::new(&items, args.kwnames()));
            r?;
            return Ok(cls);
        } else {
            bound
        };
        vm.call(&bound, Args::new(&args.items()[pos.len()..], args.kwnames()))?;
    }
    Ok(cls)
}

/// `type.__prepare__(name, bases, **kwds)`: a new dict for the class body
/// (any arguments accepted, as in CPython).
fn type_prepare(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.new_dict())
}

fn type_init(vm: &mut Vm, args: Args) -> PyResult {
    check_type_self(vm, &args, "__init__", true)?;
    Ok(vm.none())
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult {
    check_type_self(vm, &args, "mro", false)?;
    let [c] = args.exact::<1>(vm, "mro")?;
    Ok(vm.new_list(c.mro()))
}

fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult {
    check_type_self(vm, &args, "__subclasscheck__", false)?;
    let [c, sub] = args.exact::<2>(vm, "__subclasscheck__")?;
    let r = vm.issubclass(sub, c)?;
    Ok(vm.new_bool(r))
}

fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult {
    check_type_self(vm, &args, "__instancecheck__", false)?;
    let [c, o] = args.exact::<2>(vm, "__instancecheck__")?;
    Ok(vm.new_bool(o.is_instance_of(c)))
}

/// `int | None`: a `types.UnionType` (PEP 604).
fn type_or(vm: &mut Vm, args: Args) -> PyResult {
    check_type_self(vm, &args, "__or__", true)?;
    let [a, b] = args.exact::<2>(vm, "__or__")?;
    crate::builtins::call_stdlib(vm, "_generic_alias", "_union", &[a.clone(), b.clone()])
}

fn type_ror(vm: &mut Vm, args: Args) -> PyResult {
    check_type_self(vm, &args, "__ror__", true)?;
    let [a, b] = args.exact::<2>(vm, "__ror__")?;
    crate::builtins::call_stdlib(vm, "_generic_alias", "_union", &[b.clone(), a.clone()])
}

/// CPython 3.11 wraps an exception from `__set_name__` during class
/// creation: `RuntimeError: Error calling __set_name__ on 'D' instance 'd'
/// in 'A'`, with the original as its `__cause__`.
#[cold]
fn set_name_error(vm: &mut Vm, e: PyObjectRef, v: &PyObjectRef, k: &PyObjectRef, cls: &PyObjectRef) -> PyObjectRef {
    let key = vm.repr_string(k).unwrap_or_default();
    let msg = format!(
        "Error calling __set_name__ on '{}' instance {} in '{}'",
        v.ty().name(),
        key,
        cls.ty_payload().name()
    );
    let err = vm.new_runtime_error(msg);
    if let Some(x) = err.downcast_ref::<crate::object::exception::PyBaseException>() {
        *x.cause.borrow_mut() = Some(e.clone());
        x.suppress_context.set(true);
        *x.context.borrow_mut() = Some(e);
    }
    err
}

fn type_get_name(vm: &mut Vm, c: &PyObjectRef) -> PyResult {
    let t = c.ty_payload();
    // A built-in type's name may carry its module (`weakref.ReferenceType`), as
    // CPython's `tp_name`; `__name__` is the last part.
    let n = if t.flags.heaptype {
        t.name()
    } else {
        t.name().rsplit('.').next().unwrap_or_default()
    };
    Ok(vm.new_str(n.to_string()))
}
fn type_get_qualname(vm: &mut Vm, c: &PyObjectRef) -> PyResult {
    let q = c.ty_payload().qualname.borrow().clone();
    Ok(vm.new_str(q))
}

/// What every setter of a special class attribute checks first: the class is
/// a heap type (`generic_set_attr` refuses built-in types before), and the
/// attribute is not being deleted. Returns the value.
fn special_type_attr_value(vm: &mut Vm, c: &PyObjectRef, v: Option<PyObjectRef>, attr: &str) -> PyResult<PyObjectRef> {
    let t = c.ty_payload();
    if !t.flags.heaptype {
        return Err(vm.new_type_error(format!(
            "cannot set '{attr}' attribute of immutable type '{}'",
            t.name()
        )));
    }
    v.ok_or_else(|| {
        vm.new_type_error(format!(
            "cannot delete '{attr}' attribute of immutable type '{}'",
            t.name()
        ))
    })
}

/// The text of a value assigned to `__name__` or `__qualname__`.
fn type_name_value(vm: &mut Vm, c: &PyObjectRef, v: Option<PyObjectRef>, attr: &str) -> PyResult<String> {
    let v = special_type_attr_value(vm, c, v, attr)?;
    match v.downcast_ref::<PyStr>() {
        Some(s) => Ok(s.as_str().to_string()),
        None => Err(vm.new_type_error(format!(
            "can only assign string to {}.{attr}, not '{}'",
            c.ty_payload().name(),
            v.ty().name()
        ))),
    }
}

fn type_set_name(vm: &mut Vm, c: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let name = type_name_value(vm, c, v, "__name__")?;
    if name.contains('\0') {
        return Err(vm.new_value_error("type name must not contain null characters"));
    }
    c.ty_payload().set_name(&name);
    Ok(())
}

fn type_set_qualname(vm: &mut Vm, c: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let q = type_name_value(vm, c, v, "__qualname__")?;
    *c.ty_payload().qualname.borrow_mut() = q;
    Ok(())
}

/// `cls.__module__ = v` and `cls.__doc__ = v` store into the class's own table.
fn type_set_in_dict(vm: &mut Vm, c: &PyObjectRef, v: Option<PyObjectRef>, key: PyObjectRef) -> PyResult<()> {
    let v = special_type_attr_value(vm, c, v, attr_name(&key))?;
    c.ty_payload().set_attr(key, v);
    Ok(())
}

fn type_set_module(vm: &mut Vm, c: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let k = vm.names.__module__.clone();
    type_set_in_dict(vm, c, v, k)
}

fn type_set_doc(vm: &mut Vm, c: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let k = vm.names.__doc__.clone();
    type_set_in_dict(vm, c, v, k)
}

/// `cls.__bases__ = bases`: Kaa cannot change a class's MRO; giving the
/// same bases again is allowed.
fn type_set_bases(vm: &mut Vm, c: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let v = special_type_attr_value(vm, c, v, "__bases__")?;
    let same = v.downcast_ref::<PyTuple>().is_some_and(|t| {
        let old = &c.ty_payload().bases;
        t.as_slice().len() == old.len() && t.as_slice().iter().zip(old).all(|(a, b)| a.is(b))
    });
    if same {
        return Ok(());
    }
    Err(vm.new_type_error("Kaa does not support assigning to __bases__"))
}

/// `cls.__subclasses__()`: the live direct subclasses, oldest first.
fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult {
    let Some(c) = args.pos().first() else {
        return Err(vm.new_type_error("unbound method type.__subclasses__() needs an argument"));
    };
    let Some(t) = c.as_type() else {
        return Err(vm.new_type_error(format!(
            "descriptor '__subclasses__' for 'type' objects doesn't apply to a '{}' object",
            c.ty().name()
        )));
    };
    let extra = args.items().len() - 1;
    if extra > 0 {
        return Err(vm.new_type_error(format!(
            "{}.__subclasses__() takes no arguments ({extra} given)",
            t.name()
        )));
    }
    let subs = t.live_subclasses();
    Ok(vm.new_list(subs))
}

/// `cls.__flags__`: the bits of CPython's `tp_flags` that say something
/// about a Kaa class (heap type, subclassable, collectable, abstract, and
/// which built-in type it derives from), as `copyreg` and `inspect` test them.
fn type_get_flags(vm: &mut Vm, c: &PyObjectRef) -> PyResult {
    let t = c.ty_payload();
    let mut f: i64 = 0;
    if t.flags.heaptype {
        f |= 1 << 9;
    } else {
        f |= 1 << 8; // immutable
    }
    if t.flags.basetype {
        f |= 1 << 10;
    }
    if t.gc {
        f |= 1 << 14;
    }
    f |= 1 << 12; // ready
    let abstract_ = t.get_own(&vm.names.__abstractmethods__).is_some();
    if abstract_ {
        f |= 1 << 20;
    }
    let types = &vm.types;
    let bits: [(&PyObjectRef, i64); 8] = [
        (&types.int, 1 << 24),
        (&types.list, 1 << 25),
        (&types.tuple, 1 << 26),
        (&types.bytes, 1 << 27),
        (&types.str, 1 << 28),
        (&types.dict, 1 << 29),
        (&vm.exc.base_exception, 1 << 30),
        (&types.type_, 1 << 31),
    ];
    for (base, bit) in bits {
        if c.is_subtype(base) {
            f |= bit;
        }
    }
    Ok(vm.new_int(f))
}
fn type_get_module(vm: &mut Vm, c: &PyObjectRef) -> PyResult {
    // A built-in type's own table holds descriptors (`type` holds this very
    // getset), not its module: only classes keep `__module__` there.
    match c.ty_payload().get_own(&vm.names.__module__) {
        Some(m) if c.ty_payload().flags.heaptype => Ok(m),
        // A built-in type made by a module (a struct sequence such as
        // `time.struct_time`) names its module with a str.
        Some(m) if m.payload_is::<PyStr>() => Ok(m),
        // `tp_name` carries the module of a built-in type outside builtins
        // (`weakref.ReferenceType`), as in CPython.
        _ => match c.ty_payload().name().rsplit_once('.') {
            Some((module, _)) => Ok(vm.new_str(module.to_string())),
            None => Ok(vm.new_str("builtins")),
        },
    }
}
fn type_get_mro(vm: &mut Vm, c: &PyObjectRef) -> PyResult {
    Ok(vm.new_tuple(c.mro()))
}
fn type_get_bases(vm: &mut Vm, c: &PyObjectRef) -> PyResult {
    Ok(vm.new_tuple(c.ty_payload().bases.clone()))
}
fn type_get_base(vm: &mut Vm, c: &PyObjectRef) -> PyResult {
    Ok(c.ty_payload().base.clone().unwrap_or_else(|| vm.none()))
}
fn type_get_doc(vm: &mut Vm, c: &PyObjectRef) -> PyResult {
    Ok(c.ty_payload().get_own(&vm.names.__doc__).unwrap_or_else(|| vm.none()))
}

// ----- __class__ assignment -----

/// The `__slots__` of a class as its instances lay them out: each member
/// descriptor along the MRO as (name, index), sorted.
fn slot_layout(cls: &PyObjectRef) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for c in cls.mro() {
        for (k, v) in c.ty_payload().attrs.borrow().iter() {
            if let Some(m) = v.downcast_ref::<crate::object::member::PyMemberDescr>() {
                if m.owner.is(&c) {
                    out.push((attr_name(k).to_string(), m.index));
                }
            }
        }
    }
    out.sort();
    out
}

/// `obj.__class__ = cls`, with CPython's rules: both classes are heap types
/// (or both derive from `module`), and their instances have the same layout
/// (the same built-in base, `__dict__`, weak-reference support and slots).
fn object_set_class(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let Some(new) = v else {
        return Err(vm.new_type_error("can't delete __class__ attribute"));
    };
    let Some(nt) = new.as_type() else {
        return Err(vm.new_type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            new.ty().name()
        )));
    };
    let old = o.class().clone();
    let ot = old.ty_payload();
    let module = vm.types.module.clone();
    let modules = new.is_subtype(&module) && old.is_subtype(&module);
    if !modules && (!nt.flags.heaptype || !ot.flags.heaptype) {
        return Err(vm.new_type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    let layout_error = |vm: &mut Vm| {
        vm.new_type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            nt.name(),
            ot.name()
        ))
    };
    // Variable-size instances (int, tuple, bytes) keep their dict at an
    // offset from the end in CPython: never compatible.
    if is_var_sized(&old) || nt.weakrefable.get() != ot.weakrefable.get() || slot_layout(&new) != slot_layout(&old) {
        return Err(layout_error(vm));
    }
    // Inline values follow the old class's key table: the instance keeps
    // its attributes in a dict of its own from now on.
    let _ = vm.instance_dict(o);
    match o.set_class(&new) {
        Ok(prev) => {
            let mut retired = vm.retired_classes.borrow_mut();
            if !retired.iter().any(|c| c.is(&prev)) {
                retired.push(prev);
            }
            Ok(())
        }
        Err(()) => Err(layout_error(vm)),
    }
}

// ----- pickling support: __reduce_ex__, __reduce__, __getstate__ -----

fn is_object_method(vm: &mut Vm, f: &PyObjectRef, name: &str) -> bool {
    let key = vm.intern(name);
    vm.types.object.ty_payload().get_own(&key).is_some_and(|o| o.is(f))
}

/// Instances of `cls` have a variable size in CPython (`tp_itemsize`).
fn is_var_sized(cls: &PyObjectRef) -> bool {
    use std::any::TypeId;
    let id = cls.ty_payload().vtable.type_id;
    id == TypeId::of::<crate::object::int::PyInt>()
        || id == TypeId::of::<PyTuple>()
        || id == TypeId::of::<crate::object::bytes::PyBytes>()
}

/// A built-in type that cannot make instances from Python (CPython's
/// `tp_new == NULL`): its own payload, but `object.__new__` along its MRO.
fn has_no_new(vm: &Vm, cls: &PyObjectRef) -> bool {
    let t = cls.ty_payload();
    !t.flags.heaptype
        && t.vtable.type_id != std::any::TypeId::of::<PyBaseObject>()
        && t.lookup(&vm.names.__new__).is_some_and(|n| is_object_new(vm, &n))
}

/// `cls.__slotnames__`, computed (and cached on the class) by
/// `copyreg._slotnames` when the class does not have it yet.
fn slot_names(vm: &mut Vm, cls: &PyObjectRef) -> PyResult<Vec<PyObjectRef>> {
    let key = vm.intern("__slotnames__");
    let names = match cls.ty_payload().get_own(&key) {
        Some(n) => {
            if !vm.is_none(&n) && !n.payload_is::<crate::object::list::PyList>() {
                return Err(vm.new_type_error(format!(
                    "{}.__slotnames__ should be a list or None, not {}",
                    cls.ty_payload().name(),
                    n.ty().name()
                )));
            }
            n
        }
        None => {
            let n = crate::builtins::call_stdlib(vm, "copyreg", "_slotnames", std::slice::from_ref(cls))?;
            if !vm.is_none(&n) && !n.payload_is::<crate::object::list::PyList>() {
                return Err(vm.new_type_error("copyreg._slotnames didn't return a list or None"));
            }
            n
        }
    };
    Ok(match names.downcast_ref::<crate::object::list::PyList>() {
        Some(l) => l.items.borrow().clone(),
        None => Vec::new(),
    })
}

/// `object.__getstate__()` (with `required`, as pickling asks for it): the
/// instance `__dict__` (None if it is empty), paired with a dict of the
/// `__slots__` that are set, if any.
fn default_state(vm: &mut Vm, o: &PyObjectRef, required: bool) -> PyResult {
    let cls = o.class().clone();
    if required && is_var_sized(&cls) {
        return Err(vm.new_type_error(format!("cannot pickle {} objects", cls.ty_payload().name())));
    }
    let mut state = match vm.instance_len(o) {
        0 => vm.none(),
        _ => vm.instance_dict(o).unwrap_or_else(|| vm.none()),
    };
    let names = slot_names(vm, &cls)?;
    if required && cls.ty_payload().vtable.type_id != std::any::TypeId::of::<PyBaseObject>() {
        return Err(vm.new_type_error(format!("cannot pickle '{}' object", cls.ty_payload().name())));
    }
    if !names.is_empty() {
        let slots = vm.new_dict();
        for n in names {
            let Some(s) = n.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()) else {
                continue;
            };
            let key = vm.intern(&s);
            if let Some(v) = vm.get_attr_opt(o, &key)? {
                vm.dict_set(&slots, n.clone(), v)?;
            }
        }
        if slots.downcast_ref::<PyDict>().is_some_and(|d| d.len() > 0) {
            state = vm.new_tuple(vec![state, slots]);
        }
    }
    Ok(state)
}

fn object_getstate(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__getstate__")?;
    default_state(vm, o, false)
}

/// The state pickling saves: `obj.__getstate__()`, or the default state
/// with `required` when the class does not override `__getstate__`.
fn pickle_state(vm: &mut Vm, o: &PyObjectRef, required: bool) -> PyResult {
    let key = vm.intern("__getstate__");
    let own = o.ty().lookup(&key);
    if own.as_ref().is_some_and(|f| is_object_method(vm, f, "__getstate__")) {
        return default_state(vm, o, required);
    }
    let f = vm.get_attr(o, &key)?;
    vm.call_positional(&f, &[])
}

/// The arguments `cls.__new__` needs again: from `__getnewargs_ex__` or
/// `__getnewargs__`, checked as CPython checks them.
fn new_arguments(vm: &mut Vm, o: &PyObjectRef) -> PyResult<(Option<PyObjectRef>, Option<PyObjectRef>)> {
    let key = vm.intern("__getnewargs_ex__");
    if let Some(f) = vm.get_attr_opt(o, &key)? {
        let r = vm.call_positional(&f, &[])?;
        let Some(t) = r
            .downcast_ref::<PyTuple>()
            .filter(|_| r.is_instance_of(&vm.types.tuple))
        else {
            return Err(vm.new_type_error(format!(
                "__getnewargs_ex__ should return a tuple, not '{}'",
                r.ty().name()
            )));
        };
        if t.as_slice().len() != 2 {
            return Err(vm.new_value_error(format!(
                "__getnewargs_ex__ should return a tuple of length 2, not {}",
                t.as_slice().len()
            )));
        }
        let (args, kwargs) = (t.as_slice()[0].clone(), t.as_slice()[1].clone());
        if !args.is_instance_of(&vm.types.tuple) {
            return Err(vm.new_type_error(format!(
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                args.ty().name()
            )));
        }
        if !kwargs.is_instance_of(&vm.types.dict) {
            return Err(vm.new_type_error(format!(
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                kwargs.ty().name()
            )));
        }
        return Ok((Some(args), Some(kwargs)));
    }
    let key = vm.intern("__getnewargs__");
    if let Some(f) = vm.get_attr_opt(o, &key)? {
        let r = vm.call_positional(&f, &[])?;
        if !r.is_instance_of(&vm.types.tuple) {
            return Err(vm.new_type_error(format!("__getnewargs__ should return a tuple, not '{}'", r.ty().name())));
        }
        return Ok((Some(r), None));
    }
    Ok((None, None))
}

/// `object.__reduce_ex__(2)` and higher: `(copyreg.__newobj__, (cls, *args),
/// state, listitems, dictitems)`, or `copyreg.__newobj_ex__` with keyword
/// arguments.
fn reduce_newobj(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let cls = o.class().clone();
    if has_no_new(vm, &cls) {
        return Err(vm.new_type_error(format!("cannot pickle '{}' object", cls.ty_payload().name())));
    }
    let (args, kwargs) = new_arguments(vm, o)?;
    let has_args = args.is_some();
    let args: Vec<PyObjectRef> = match &args {
        Some(a) => vm.collect(a)?,
        None => Vec::new(),
    };
    let copyreg = crate::import::import_module(vm, "copyreg")?;
    let plain = kwargs
        .as_ref()
        .is_none_or(|k| k.downcast_ref::<PyDict>().is_some_and(|d| d.len() == 0));
    let (newobj, newargs) = if plain {
        let f = vm.intern("__newobj__");
        let f = vm.get_attr(&copyreg, &f)?;
        let mut items = vec![cls.clone()];
        items.extend(args);
        (f, vm.new_tuple(items))
    } else {
        let f = vm.intern("__newobj_ex__");
        let f = vm.get_attr(&copyreg, &f)?;
        let a = vm.new_tuple(args);
        (
            f,
            vm.new_tuple(vec![cls.clone(), a, kwargs.unwrap_or_else(|| vm.none())]),
        )
    };
    let is_list = o.is_instance_of(&vm.types.list);
    let is_dict = o.is_instance_of(&vm.types.dict);
    let state = pickle_state(vm, o, !has_args && !is_list && !is_dict)?;
    let listitems = if is_list { vm.get_iter(o)? } else { vm.none() };
    let dictitems = if is_dict {
        let items = vm.call_method(o, "items", &[])?;
        vm.get_iter(&items)?
    } else {
        vm.none()
    };
    Ok(vm.new_tuple(vec![newobj, newargs, state, listitems, dictitems]))
}

/// What `__reduce_ex__(protocol)` gives when nothing overrides `__reduce__`.
fn common_reduce(vm: &mut Vm, o: &PyObjectRef, protocol: i64) -> PyResult {
    if protocol >= 2 {
        return reduce_newobj(vm, o);
    }
    let p = vm.new_int(protocol);
    crate::builtins::call_stdlib(vm, "copyreg", "_reduce_ex", &[o.clone(), p])
}

fn object_reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if args.has_kwargs() || pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "object.__reduce_ex__() takes exactly one argument ({} given)",
            args.items().len().saturating_sub(1)
        )));
    }
    let (o, proto) = (pos[0].clone(), pos[1].clone());
    let protocol = match vm.to_index_value(&proto)? {
        crate::object::int::IntValue::Small(p) if i32::try_from(p).is_ok() => p,
        _ => return Err(vm.new_overflow_error("Python int too large to convert to C int")),
    };
    // A class that overrides `__reduce__` is reduced by it.
    let key = vm.intern("__reduce__");
    if let Some(r) = o.ty().lookup(&key) {
        if !is_object_method(vm, &r, "__reduce__") {
            let f = vm.get_attr(&o, &key)?;
            return vm.call_positional(&f, &[]);
        }
    }
    common_reduce(vm, &o, protocol)
}

fn object_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__reduce__")?;
    common_reduce(vm, o, 0)
}

/// `set.__reduce__()` and `frozenset.__reduce__()`: `(cls, (list(self),), state)`.
fn set_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__reduce__")?;
    let items = vm.collect(o)?;
    let items = vm.new_list(items);
    let state = pickle_state(vm, o, false)?;
    let a = vm.new_tuple(vec![items]);
    Ok(vm.new_tuple(vec![o.class().clone(), a, state]))
}

/// `int.__getnewargs__()` and its kin on `float`, `str`, `bytes`, `tuple`:
/// a one-tuple holding an exact copy of the value.
fn builtin_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    use crate::object::{bytes::PyBytes, float::PyFloat, int::PyInt};
    let [o] = args.exact::<1>(vm, "__getnewargs__")?;
    let v = if let Some(i) = o.downcast_ref::<PyInt>() {
        vm.new_int_value(i.value.clone())
    } else if let Some(f) = o.downcast_ref::<PyFloat>() {
        vm.new_float(f.value)
    } else if let Some(s) = o.downcast_ref::<PyStr>() {
        vm.new_str(s.as_str())
    } else if let Some(b) = o.downcast_ref::<PyBytes>() {
        vm.new_bytes(b.value.to_vec())
    } else if let Some(t) = o.downcast_ref::<PyTuple>() {
        vm.new_tuple(t.as_slice().to_vec())
    } else {
        return Err(vm.new_type_error(format!(
            "descriptor '__getnewargs__' doesn't apply to a '{}' object",
            o.ty().name()
        )));
    };
    Ok(vm.new_tuple(vec![v]))
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
fn build_class(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.new_type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    let name = pos[1].clone();
    let mut bases: Vec<PyObjectRef> = pos[2..].to_vec();
    // PEP 560: __mro_entries__ on non-class bases.
    let mut resolved = Vec::with_capacity(bases.len());
    let orig_bases = vm.new_tuple(bases.clone());
    let mut changed = false;
    for b in &bases {
        if b.as_type().is_none() {
            // An ordinary attribute lookup, as in CPython: a function with a
            // `__mro_entries__` attribute (typing.NamedTuple) counts too.
            if let Some(f) = vm.get_attr_opt(b, &vm.names.__mro_entries__.clone())? {
                let r = vm.call_positional(&f, std::slice::from_ref(&orig_bases))?;
                resolved.extend(vm.collect(&r)?);
                changed = true;
                continue;
            }
        }
        resolved.push(b.clone());
    }
    bases = resolved;
    let mut meta: Option<PyObjectRef> = None;
    let mut kwnames = Vec::new();
    let mut kwvals = Vec::new();
    for (k, v) in args.kwargs() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwnames.push(vm.new_str(k));
            kwvals.push(v.clone());
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => b.class().clone(),
            None => vm.types.type_.clone(),
        },
    };
    // The most derived metaclass (CPython's _PyType_CalculateMetaclass), so that
    // `class X(int, SomeEnum)` is made by SomeEnum's metaclass.
    let meta = if meta.as_type().is_some() {
        most_derived_metaclass(vm, meta, &bases)?
    } else {
        meta
    };
    let bases_t = vm.new_tuple(bases);
    // The class namespace: `meta.__prepare__(name, bases, **kwds)` when the
    // metaclass has one, else a new dict.
    let prepare = vm.names.__prepare__.clone();
    let ns = match vm.get_attr_opt(&meta, &prepare)? {
        Some(p) => {
            let mut items = vec![name.clone(), bases_t.clone()];
            items.extend(kwvals.iter().cloned());
            let ns = vm.call(&p, Args::new(&items, &kwnames))?;
            if ns.downcast_ref::<PyDict>().is_none() && vm.lookup_special(&ns, &vm.names.__getitem__.clone()).is_none()
            {
                let m = if meta.as_type().is_some() {
                    meta.ty_payload().name().to_string()
                } else {
                    "<metaclass>".to_string()
                };
                return Err(vm.new_type_error(format!(
                    "{m}.__prepare__() must return a mapping, not {}",
                    ns.ty().name()
                )));
            }
            ns
        }
        None => vm.new_dict(),
    };
    let Some(f) = func.downcast_ref::<PyFunction>() else {
        return Err(vm.new_type_error("__build_class__: func must be a function"));
    };
    let cell = call_function(vm, &func, f, Args::positional(&[]), Some(ns.clone()))?;
    if changed {
        let k = vm.intern("__orig_bases__");
        vm.set_item(&ns, &k, orig_bases)?;
    }
    let mut items = vec![name, bases_t, ns];
    items.extend(kwvals);
    let cls = vm.call(&meta, Args::new(&items, &kwnames))?;
    if let Some(c) = cell.downcast_ref::<PyCell>() {
        if c.value.borrow().is_none() {
            *c.value.borrow_mut() = Some(cls.clone());
        }
    }
    Ok(cls)
}

// ----- super -----

fn super_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let cls = pos[0].clone();
    if pos.len() == 1 {
        return Err(vm.new_runtime_error("super(): no arguments"));
    }
    let typ = pos[1].clone();
    if typ.as_type().is_none() {
        return Err(vm.new_type_error(format!("super() argument 1 must be a type, not {}", typ.ty().name())));
    }
    let (obj, obj_type) = match pos.get(2) {
        None => (None, None),
        Some(o) => {
            let ot = if o.as_type().is_some() && o.is_subtype(&typ) {
                o.clone()
            } else if o.is_instance_of(&typ) {
                o.class().clone()
            } else {
                return Err(vm.new_type_error("super(type, obj): obj must be an instance or subtype of type"));
            };
            (Some(o.clone()), Some(ot))
        }
    };
    let _ = cls;
    Ok(PyObjectRef::new(PySuper { typ, obj, obj_type }, &vm.types.super_))
}

/// Attribute lookup on a `super` object: search the MRO after `typ`.
pub fn super_getattr(vm: &mut Vm, sup: &PyObjectRef, name: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
    let Some(s) = sup.downcast_ref::<PySuper>() else {
        return Ok(None);
    };
    let (Some(obj), Some(obj_type)) = (&s.obj, &s.obj_type) else {
        return Ok(None);
    };
    if attr_name(name) == "__class__" {
        return Ok(None);
    }
    let mro = obj_type.mro();
    let start = mro.iter().position(|c| c.is(&s.typ)).map_or(mro.len(), |i| i + 1);
    for c in &mro[start..] {
        if let Some(v) = c.ty_payload().get_own(name) {
            let inst = if obj.is(obj_type) { None } else { Some(obj) };
            return vm.bind_descriptor(&v, inst, obj_type).map(Some);
        }
    }
    Ok(None)
}

fn super_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "__repr__")?;
    let Some(p) = s.downcast_ref::<PySuper>() else {
        return Ok(vm.new_str("<super>"));
    };
    let t = p.typ.ty_payload().name().to_string();
    let o = match &p.obj_type {
        Some(ot) => format!("<{} object>", ot.ty_payload().name()),
        None => "NULL".to_string(),
    };
    Ok(vm.new_str(format!("<super: <class '{t}'>, {o}>")))
}

pub(crate) fn init(vm: &mut Vm) {
    let o = vm.types.object.clone();
    vm.add_static(&o, "__new__", object_new);
    vm.add_method(&o, "__init__", object_init);
    vm.add_method(&o, "__repr__", object_repr);
    vm.add_method(&o, "__sizeof__", object_sizeof);
    vm.add_method(&o, "__str__", object_str);
    vm.add_method(&o, "__eq__", object_eq);
    vm.add_method(&o, "__ne__", object_ne);
    vm.add_method(&o, "__lt__", object_not_implemented);
    vm.add_method(&o, "__le__", object_not_implemented);
    vm.add_method(&o, "__gt__", object_not_implemented);
    vm.add_method(&o, "__ge__", object_not_implemented);
    vm.add_method(&o, "__hash__", object_hash);
    vm.add_method(&o, "__format__", object_format);
    vm.add_method(&o, "__setattr__", object_setattr);
    vm.add_method(&o, "__delattr__", object_delattr);
    vm.add_method(&o, "__getattribute__", object_getattribute);
    vm.add_classmethod(&o, "__init_subclass__", object_init_subclass);
    vm.add_classmethod(&o, "__subclasshook__", object_not_implemented);
    vm.add_method(&o, "__dir__", object_dir);
    vm.add_getset(&o, "__class__", object_class, Some(object_set_class));
    vm.add_method(&o, "__reduce_ex__", object_reduce_ex);
    vm.add_method(&o, "__reduce__", object_reduce);
    vm.add_method(&o, "__getstate__", object_getstate);
    vm.add_getset(&o, "__dict__", object_dict, Some(object_set_dict));
    vm.set_type_attr(&o, "__doc__", {
        let s = vm.new_str("The base class of the class hierarchy.");
        s
    });

    let t = vm.types.type_.clone();
    vm.add_static(&t, "__new__", type_new);
    vm.add_method(&t, "__init__", type_init);
    vm.add_method(&t, "__repr__", type_repr);
    vm.add_method(&t, "mro", type_mro);
    vm.add_method(&t, "__setattr__", type_setattr);
    vm.add_method(&t, "__delattr__", type_delattr);
    vm.add_method(&t, "__call__", type_call_method);
    vm.add_method(&t, "__subclasscheck__", type_subclasscheck);
    vm.add_method(&t, "__instancecheck__", type_instancecheck);
    vm.add_method(&t, "__or__", type_or);
    vm.add_method(&t, "__ror__", type_ror);
    vm.add_method(&t, "__subclasses__", type_subclasses);
    vm.add_classmethod(&t, "__prepare__", type_prepare);
    vm.add_getset(&t, "__name__", type_get_name, Some(type_set_name));
    vm.add_getset(&t, "__qualname__", type_get_qualname, Some(type_set_qualname));
    vm.add_getset(&t, "__module__", type_get_module, Some(type_set_module));
    vm.add_getset(&t, "__mro__", type_get_mro, None);
    vm.add_getset(&t, "__bases__", type_get_bases, Some(type_set_bases));
    vm.add_getset(&t, "__base__", type_get_base, None);
    vm.add_getset(&t, "__doc__", type_get_doc, Some(type_set_doc));
    vm.add_getset(&t, "__flags__", type_get_flags, None);
    for base in [
        vm.types.int.clone(),
        vm.types.float.clone(),
        vm.types.str.clone(),
        vm.types.bytes.clone(),
        vm.types.tuple.clone(),
    ] {
        vm.add_method(&base, "__getnewargs__", builtin_getnewargs);
    }
    for set in [vm.types.set.clone(), vm.types.frozenset.clone()] {
        vm.add_method(&set, "__reduce__", set_reduce);
    }
    vm.add_getset(&t, "__dict__", object_dict, None);

    let s = vm.types.super_.clone();
    vm.add_static(&s, "__new__", super_new);
    vm.add_method(&s, "__repr__", super_repr);

    let bc = PyObjectRef::new(
        PyBuiltinFunction {
            name: "__build_class__",
            owner: None,
            func: build_class,
            binding: Binding::Function,
            self_: None,
            needs_frame: false,
            data: None,
        },
        &vm.types.builtin_function,
    );
    let bd = vm.builtins_dict.clone();
    let k = vm.names.__build_class__.clone();
    let _ = vm.dict_set(&bd, k, bc);
}
