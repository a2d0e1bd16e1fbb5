//! `_abc`: the accelerator of `abc.py`, as CPython has one. `ABCMeta` keeps
//! its per-class state in `cls._abc_impl` (an `_abc_data`): the registry of
//! virtual subclasses and the positive and negative caches of
//! `isinstance`/`issubclass` answers, all holding classes by weak reference.
//! An invalidation counter per interpreter (the *cache token*) is bumped by every
//! `register()`: a negative cache older than it is emptied before use.
//!
//! `collections.abc.Sequence` and `Mapping` declare `__abc_tpflags__`;
//! `_abc_init` gives such a class the flag, and `_abc_register` passes an
//! ABC's flag on to the registered class, so that `match` treats their
//! instances as sequences or mappings (CPython's `Py_TPFLAGS_SEQUENCE`/
//! `Py_TPFLAGS_MAPPING`, see `vm/src/pattern.rs`).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use kaa_vm::builtins::new_native_type;
use kaa_vm::object::core::PyPayload;
use kaa_vm::object::weakref::{new_weakref, PyWeakRef};
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

/// Where the interpreter keeps its cache token (bumped by every `register()`
/// on any ABC): the `negative_cache_version` of an `_abc_data` object of its
/// own, stored in the interpreter's module state by `init`.
const TOKEN_KEY: &str = "_abc.token";

fn token_cell<R>(vm: &Vm, f: impl FnOnce(&Cell<u64>) -> R) -> Option<R> {
    let state = vm.module_state.borrow();
    let holder = state.get(TOKEN_KEY)?;
    holder.downcast_ref::<AbcData>().map(|d| f(&d.negative_cache_version))
}

fn counter(vm: &Vm) -> u64 {
    token_cell(vm, |c| c.get()).unwrap_or(0)
}

fn bump_counter(vm: &Vm) {
    token_cell(vm, |c| c.set(c.get() + 1));
}

/// A set of classes held by weak references, keyed by the class's address.
/// A class that dies leaves a dead entry, which never matches (a new class at
/// the same address replaces it) and is swept when the table has doubled
/// since the last sweep.
struct ClassSet {
    refs: HashMap<usize, PyObjectRef>,
    limit: usize,
}

impl Default for ClassSet {
    fn default() -> Self {
        ClassSet {
            refs: HashMap::new(),
            limit: 16,
        }
    }
}

fn referent(w: &PyObjectRef) -> Option<PyObjectRef> {
    w.downcast_ref::<PyWeakRef>()?.slot.get()
}

impl ClassSet {
    fn contains(&self, cls: &PyObjectRef) -> bool {
        self.refs.get(&cls.id()).and_then(referent).is_some_and(|c| c.is(cls))
    }

    /// The live classes, in no particular order.
    fn live(&self) -> Vec<PyObjectRef> {
        self.refs.values().filter_map(referent).collect()
    }

    /// The weak references to the live classes.
    fn live_refs(&self) -> Vec<PyObjectRef> {
        self.refs.values().filter(|w| referent(w).is_some()).cloned().collect()
    }
}

/// `_abc._abc_data`: one ABC's registry and caches.
#[derive(Default)]
pub struct AbcData {
    registry: RefCell<ClassSet>,
    cache: RefCell<ClassSet>,
    negative_cache: RefCell<ClassSet>,
    negative_cache_version: Cell<u64>,
}

// Only weak references (whose referents it does not own) are held: no cycles.
impl PyPayload for AbcData {}

/// Add `cls` to one of `data`'s sets (no Python code runs meanwhile).
fn add_to(vm: &mut Vm, set: &RefCell<ClassSet>, cls: &PyObjectRef) -> PyResult<()> {
    if set.borrow().contains(cls) {
        return Ok(());
    }
    let wtype = vm.types.weakref.clone();
    let w = new_weakref(vm, &wtype, cls, None)?;
    let old = {
        let mut s = set.borrow_mut();
        let old = s.refs.insert(cls.id(), w);
        let mut swept = Vec::new();
        if s.refs.len() > s.limit {
            let dead: Vec<usize> = s
                .refs
                .iter()
                .filter(|(_, w)| referent(w).is_none())
                .map(|(k, _)| *k)
                .collect();
            for k in dead {
                swept.extend(s.refs.remove(&k));
            }
            s.limit = (2 * s.refs.len()).max(16);
        }
        (old, swept)
    };
    drop(old);
    Ok(())
}

fn clear(set: &RefCell<ClassSet>) {
    let old = std::mem::take(&mut set.borrow_mut().refs);
    drop(old);
}

fn state_type(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get("_abc._abc_data").cloned();
    found.ok_or_else(|| vm.new_runtime_error("_abc is not initialized"))
}

fn abc_data_new(vm: &mut Vm, _args: Args) -> PyResult {
    let cls = state_type(vm)?;
    Ok(PyObjectRef::new(AbcData::default(), &cls))
}

/// `cls._abc_impl`, which must be an `_abc_data`.
fn get_impl(vm: &mut Vm, cls: &PyObjectRef) -> PyResult<PyObjectRef> {
    let name = vm.intern("_abc_impl");
    let imp = vm.get_attr(cls, &name)?;
    if !imp.payload_is::<AbcData>() {
        return Err(vm.new_type_error("_abc_impl is set to a wrong type"));
    }
    Ok(imp)
}

/// The payload of an `_abc_data` that `get_impl` returned.
fn data<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a AbcData> {
    o.downcast_ref::<AbcData>()
        .ok_or_else(|| vm.new_type_error("_abc_impl is set to a wrong type"))
}

/// Whether `getattr(value, '__isabstractmethod__', False)` is true.
fn is_abstract(vm: &mut Vm, value: &PyObjectRef) -> PyResult<bool> {
    let name = vm.intern("__isabstractmethod__");
    match vm.get_attr_or_none(value, &name)? {
        Some(v) => vm.is_true(&v),
        None => Ok(false),
    }
}

/// The names of `cls`'s abstract methods: those abstract in its own
/// namespace and those its bases declare abstract that are still abstract
/// on `cls`.
fn abstract_names(vm: &mut Vm, cls: &PyObjectRef) -> PyResult<PyObjectRef> {
    let mut names: Vec<PyObjectRef> = Vec::new();
    let own: Vec<(PyObjectRef, PyObjectRef)> = match cls.as_type() {
        Some(t) => t.attrs.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        None => Vec::new(),
    };
    for (k, v) in &own {
        if is_abstract(vm, v)? {
            names.push(k.clone());
        }
    }
    let bases_name = vm.intern("__bases__");
    let bases = vm.get_attr(cls, &bases_name)?;
    let bases = vm.collect(&bases)?;
    let am = vm.intern("__abstractmethods__");
    for base in &bases {
        let Some(inherited) = vm.get_attr_or_none(base, &am)? else {
            continue;
        };
        for name in vm.collect(&inherited)? {
            let Some(s) = name.downcast_ref::<kaa_vm::object::str::PyStr>() else {
                return Err(vm.new_type_error(format!("attribute name must be string, not '{}'", name.ty().name())));
            };
            let n = vm.intern(s.as_str());
            if let Some(v) = vm.get_attr_or_none(cls, &n)? {
                if is_abstract(vm, &v)? {
                    names.push(n);
                }
            }
        }
    }
    kaa_vm::object::set::new_frozenset(vm, names)
}

/// `_abc_init(cls)`: `__abstractmethods__`, a fresh `_abc_impl`, and the
/// collection flag from `__abc_tpflags__`.
fn abc_init(vm: &mut Vm, args: Args) -> PyResult {
    let [cls] = args.exact::<1>(vm, "_abc._abc_init")?;
    if cls.as_type().is_none() {
        let name = vm.intern("__dict__");
        return Err(vm.attribute_error(cls, &name));
    }
    let abstracts = abstract_names(vm, cls)?;
    let am = vm.intern("__abstractmethods__");
    vm.set_attr(cls, &am, abstracts)?;
    let dtype = state_type(vm)?;
    let imp = PyObjectRef::new(AbcData::default(), &dtype);
    data(vm, &imp)?.negative_cache_version.set(counter(vm));
    let name = vm.intern("_abc_impl");
    vm.set_attr(cls, &name, imp)?;
    if let Some(t) = cls.as_type() {
        let fname = vm.intern("__abc_tpflags__");
        let flags = t.get_own(&fname);
        if let Some(flags) = flags {
            if flags.payload_is::<kaa_vm::object::int::PyInt>() {
                let f = vm.to_index(&flags)?;
                let flag = (f & i64::from(kaa_vm::pattern::SEQUENCE | kaa_vm::pattern::MAPPING)) as u8;
                kaa_vm::pattern::set_collection_flag(vm, cls, flag);
            }
            vm.del_attr(cls, &fname)?;
        }
    }
    Ok(vm.none())
}

/// `_abc_register(cls, subclass)`: `ABCMeta.register`.
fn abc_register(vm: &mut Vm, args: Args) -> PyResult {
    let [cls, sub] = args.exact::<2>(vm, "_abc_register")?;
    if sub.as_type().is_none() {
        return Err(vm.new_type_error("Can only register classes"));
    }
    if kaa_vm::builtins::issubclass_check(vm, sub, cls)? {
        return Ok(sub.clone());
    }
    if kaa_vm::builtins::issubclass_check(vm, cls, sub)? {
        return Err(vm.new_runtime_error("Refusing to create an inheritance cycle"));
    }
    let imp = get_impl(vm, cls)?;
    let d = data(vm, &imp)?;
    add_to(vm, &d.registry, sub)?;
    bump_counter(vm);
    if cls.as_type().is_some() {
        let flag = kaa_vm::pattern::collection_kind(vm, cls);
        if flag != 0 {
            kaa_vm::pattern::set_collection_flag(vm, sub, flag);
        }
    }
    Ok(sub.clone())
}

/// `cls.__subclasscheck__(sub)` as a bool (the metaclass's method).
fn call_subclasscheck(vm: &mut Vm, cls: &PyObjectRef, sub: &PyObjectRef) -> PyResult<bool> {
    let r = vm.call_method(cls, "__subclasscheck__", std::slice::from_ref(sub))?;
    vm.is_true(&r)
}

/// `_abc_instancecheck(cls, instance)`: `ABCMeta.__instancecheck__`.
fn abc_instancecheck(vm: &mut Vm, args: Args) -> PyResult {
    let [cls, instance] = args.exact::<2>(vm, "_abc_instancecheck")?;
    let imp = get_impl(vm, cls)?;
    let class_name = vm.names.__class__.clone();
    let subclass = vm.get_attr(instance, &class_name)?;
    let d = data(vm, &imp)?;
    if d.cache.borrow().contains(&subclass) {
        return Ok(vm.true_.clone());
    }
    let subtype = instance.class().clone();
    if subtype.is(&subclass) {
        if d.negative_cache_version.get() == counter(vm) && d.negative_cache.borrow().contains(&subclass) {
            return Ok(vm.false_.clone());
        }
        let r = call_subclasscheck(vm, cls, &subclass)?;
        return Ok(vm.new_bool(r));
    }
    let r = call_subclasscheck(vm, cls, &subclass)? || call_subclasscheck(vm, cls, &subtype)?;
    Ok(vm.new_bool(r))
}

/// `_abc_subclasscheck(cls, subclass)`: `ABCMeta.__subclasscheck__`.
fn abc_subclasscheck(vm: &mut Vm, args: Args) -> PyResult {
    let [cls, sub] = args.exact::<2>(vm, "_abc_subclasscheck")?;
    if sub.as_type().is_none() {
        return Err(vm.new_type_error("issubclass() arg 1 must be a class"));
    }
    let imp = get_impl(vm, cls)?;
    let d = data(vm, &imp)?;
    if d.cache.borrow().contains(sub) {
        return Ok(vm.true_.clone());
    }
    let now = counter(vm);
    if d.negative_cache_version.get() < now {
        clear(&d.negative_cache);
        d.negative_cache_version.set(now);
    } else if d.negative_cache.borrow().contains(sub) {
        return Ok(vm.false_.clone());
    }
    // 1. The subclass hook.
    let ok = vm.call_method(cls, "__subclasshook__", std::slice::from_ref(sub))?;
    if !ok.is(&vm.not_implemented) {
        if !ok.is(&vm.true_) && !ok.is(&vm.false_) {
            let cls_ = vm.exc.assertion_error.clone();
            return Err(vm.new_exception_msg(
                &cls_,
                "__subclasshook__ must return either False, True, or NotImplemented",
            ));
        }
        if ok.is(&vm.true_) {
            add_to(vm, &d.cache, sub)?;
        } else {
            add_to(vm, &d.negative_cache, sub)?;
        }
        return Ok(ok);
    }
    // 2. A direct subclass.
    if sub.is_subtype(cls) {
        add_to(vm, &d.cache, sub)?;
        return Ok(vm.true_.clone());
    }
    // 3. A registered class itself is answered without being cached.
    if d.registry.borrow().contains(sub) {
        return Ok(vm.true_.clone());
    }
    // 4. A subclass of a registered class.
    let registered = d.registry.borrow().live();
    for rcls in &registered {
        if kaa_vm::builtins::issubclass_check(vm, sub, rcls)? {
            add_to(vm, &d.cache, sub)?;
            return Ok(vm.true_.clone());
        }
    }
    // 5. A subclass of a subclass.
    let subs = vm.call_method(cls, "__subclasses__", &[])?;
    for scls in vm.collect(&subs)? {
        if kaa_vm::builtins::issubclass_check(vm, sub, &scls)? {
            add_to(vm, &d.cache, sub)?;
            return Ok(vm.true_.clone());
        }
    }
    add_to(vm, &d.negative_cache, sub)?;
    Ok(vm.false_.clone())
}

/// `_get_dump(cls)`: the registry, cache and negative cache as sets of weak
/// references, and the negative cache's version.
fn get_dump(vm: &mut Vm, args: Args) -> PyResult {
    let [cls] = args.exact::<1>(vm, "_abc._get_dump")?;
    let imp = get_impl(vm, cls)?;
    let d = data(vm, &imp)?;
    let (r, c, n) = (
        d.registry.borrow().live_refs(),
        d.cache.borrow().live_refs(),
        d.negative_cache.borrow().live_refs(),
    );
    let version = vm.new_int(d.negative_cache_version.get() as i64);
    let items = vec![
        kaa_vm::object::set::new_set(vm, r)?,
        kaa_vm::object::set::new_set(vm, c)?,
        kaa_vm::object::set::new_set(vm, n)?,
        version,
    ];
    Ok(vm.new_tuple(items))
}

/// `_reset_registry(cls)`: forget the virtual subclasses.
fn reset_registry(vm: &mut Vm, args: Args) -> PyResult {
    let [cls] = args.exact::<1>(vm, "_abc._reset_registry")?;
    let imp = get_impl(vm, cls)?;
    clear(&data(vm, &imp)?.registry);
    Ok(vm.none())
}

/// `_reset_caches(cls)`: forget the cached answers.
fn reset_caches(vm: &mut Vm, args: Args) -> PyResult {
    let [cls] = args.exact::<1>(vm, "_abc._reset_caches")?;
    let imp = get_impl(vm, cls)?;
    let d = data(vm, &imp)?;
    clear(&d.cache);
    clear(&d.negative_cache);
    Ok(vm.none())
}

/// `get_cache_token()`: the invalidation counter.
fn get_cache_token(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "_abc.get_cache_token")?;
    Ok(vm.new_int(counter(vm) as i64))
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_abc", None)?;
    let dtype = new_native_type::<AbcData>(vm, "_abc_data", None);
    vm.add_static(&dtype, "__new__", abc_data_new);
    let modname = vm.new_str("_abc");
    vm.set_type_attr(&dtype, "__module__", modname);
    let token = PyObjectRef::new(AbcData::default(), &dtype);
    vm.module_state.borrow_mut().insert(TOKEN_KEY.to_string(), token);
    vm.module_state.borrow_mut().insert("_abc._abc_data".to_string(), dtype);
    for (name, f) in [
        ("_abc_init", abc_init as NativeFn),
        ("_abc_register", abc_register),
        ("_abc_instancecheck", abc_instancecheck),
        ("_abc_subclasscheck", abc_subclasscheck),
        ("_get_dump", get_dump),
        ("_reset_registry", reset_registry),
        ("_reset_caches", reset_caches),
        ("get_cache_token", get_cache_token),
    ] {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    Ok(m)
}
