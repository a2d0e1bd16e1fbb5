//! The run-time side of the `match` statement (PEP 634): the instructions
//! `MATCH_SEQUENCE`, `MATCH_MAPPING`, `MATCH_KEYS`, `MATCH_CLASS` and
//! `COPY_DICT_WITHOUT_KEYS`, called from small arms of the loop in `eval.rs`.
//! The compiler side is `compiler/src/codegen/pattern.rs`.
//!
//! Which objects are sequences or mappings follows CPython's type flags
//! `Py_TPFLAGS_SEQUENCE` and `Py_TPFLAGS_MAPPING`: `list`, `tuple`, `range`,
//! `memoryview` (and `array.array`, `collections.deque`) are sequences, `dict`
//! is a mapping, `str`, `bytes` and `bytearray` are neither, and a class gets
//! a flag from `collections.abc.Sequence`/`Mapping` by inheriting from them or
//! being registered with them (`abc.py` calls `_abc._set_collection_flag`,
//! which sets [`PyType::collection_flags`]). A class without a flag of its
//! own takes the first one found along its MRO.

use crate::object::tuple::PyTuple;
use crate::object::typ::PyType;
use crate::object::PyObjectRef;
use crate::vm::{PyResult, Vm};

/// CPython's `Py_TPFLAGS_SEQUENCE`.
pub const SEQUENCE: u8 = 32;
/// CPython's `Py_TPFLAGS_MAPPING`.
pub const MAPPING: u8 = 64;

/// The collection flag of `cls` for pattern matching: [`SEQUENCE`], [`MAPPING`] or 0.
pub fn collection_kind(vm: &Vm, cls: &PyObjectRef) -> u8 {
    let t = &vm.types;
    for c in std::iter::once(cls).chain(cls.ty_payload().mro_tail.iter()) {
        if c.is(&t.list) || c.is(&t.tuple) || c.is(&t.range) || c.is(&t.memoryview) {
            return SEQUENCE;
        }
        if c.is(&t.dict) {
            return MAPPING;
        }
        if c.is(&t.str) || c.is(&t.bytes) || c.is(&t.bytearray) {
            return 0;
        }
        let f = c.ty_payload().collection_flags.get();
        if f != 0 {
            return f;
        }
    }
    0
}

/// `MATCH_SEQUENCE`.
pub fn is_sequence(vm: &Vm, obj: &PyObjectRef) -> bool {
    collection_kind(vm, obj.class()) == SEQUENCE
}

/// `MATCH_MAPPING`.
pub fn is_mapping(vm: &Vm, obj: &PyObjectRef) -> bool {
    collection_kind(vm, obj.class()) == MAPPING
}

/// Set the flag of a class made or registered by `collections.abc`; built-in
/// types keep theirs (CPython leaves immutable types alone).
pub fn set_collection_flag(vm: &Vm, cls: &PyObjectRef, flag: u8) {
    let Some(t) = cls.as_type() else { return };
    let core = [
        &vm.types.str,
        &vm.types.bytes,
        &vm.types.bytearray,
        &vm.types.int,
        &vm.types.bool,
        &vm.types.float,
        &vm.types.complex,
        &vm.types.tuple,
        &vm.types.list,
        &vm.types.dict,
        &vm.types.set,
        &vm.types.frozenset,
        &vm.types.range,
        &vm.types.memoryview,
        &vm.types.object,
        &vm.types.type_,
    ];
    if core.iter().any(|c| c.is(cls)) || t.collection_flags.get() != 0 {
        return;
    }
    t.collection_flags.set(flag & (SEQUENCE | MAPPING));
}

/// `MATCH_KEYS`: the values of `keys` in the mapping `subject`, looked up with
/// its `get` method (so a `dict` subclass's `__missing__` is not called), or
/// `None` if one is missing. A key given twice is a `ValueError`.
pub fn match_keys(vm: &mut Vm, subject: &PyObjectRef, keys: &PyObjectRef) -> PyResult {
    let keys: Vec<PyObjectRef> = match keys.downcast_ref::<PyTuple>() {
        Some(t) => t.as_slice().to_vec(),
        None => return Err(vm.new_type_error("MATCH_KEYS expects a tuple of keys")),
    };
    if keys.is_empty() {
        return Ok(vm.new_tuple(Vec::new()));
    }
    let name = vm.intern("get");
    let get = vm.get_attr(subject, &name)?;
    let seen = crate::object::set::new_set(vm, Vec::new())?;
    // A fresh object no `get` can return unless it was given it.
    let dummy = vm.new_list(Vec::new());
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        if vm.contains(&seen, &key)? {
            let r = vm.repr_string(&key)?;
            return Err(vm.new_value_error(format!("mapping pattern checks duplicate key ({r})")));
        }
        crate::object::set::set_add(vm, &seen, key.clone())?;
        let v = vm.call_positional(&get, &[key, dummy.clone()])?;
        if v.is(&dummy) {
            return Ok(vm.none());
        }
        values.push(v);
    }
    Ok(vm.new_tuple(values))
}

/// `COPY_DICT_WITHOUT_KEYS`: `rest = {}; rest.update(subject)`, then delete the keys.
pub fn copy_dict_without_keys(vm: &mut Vm, subject: &PyObjectRef, keys: &PyObjectRef) -> PyResult {
    let rest = vm.new_dict();
    let name = vm.intern("update");
    let update = vm.get_attr(&rest, &name)?;
    vm.call_positional(&update, std::slice::from_ref(subject))?;
    if let Some(t) = keys.downcast_ref::<PyTuple>() {
        for key in t.as_slice().to_vec() {
            vm.del_item(&rest, &key)?;
        }
    }
    Ok(rest)
}

/// Built-in classes whose instances match `cls(x)` against themselves.
fn matches_self(vm: &Vm, cls: &PyObjectRef) -> bool {
    let t = &vm.types;
    [
        &t.bool,
        &t.bytearray,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str,
        &t.tuple,
    ]
    .iter()
    .any(|c| cls.is_subtype(c))
}

/// One attribute of a class pattern; `None` when the subject lacks it.
fn class_attr(
    vm: &mut Vm,
    subject: &PyObjectRef,
    ty: &PyType,
    name: &PyObjectRef,
    seen: &mut Vec<String>,
) -> PyResult<Option<PyObjectRef>> {
    let text = name
        .downcast_ref::<crate::object::str::PyStr>()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    if seen.contains(&text) {
        let r = vm.repr_string(name)?;
        return Err(vm.new_type_error(format!("{}() got multiple sub-patterns for attribute {r}", ty.name())));
    }
    seen.push(text);
    match vm.get_attr(subject, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_instance_of(&vm.exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `MATCH_CLASS nargs`: if `subject` is an instance of `cls`, a tuple of the
/// attributes named by `__match_args__[:nargs]` then by `names`; else `None`.
pub fn match_class(
    vm: &mut Vm,
    subject: &PyObjectRef,
    cls: &PyObjectRef,
    names: &PyObjectRef,
    nargs: usize,
) -> PyResult {
    let Some(ty) = cls.as_type() else {
        return Err(vm.new_type_error("called match pattern must be a type"));
    };
    if !crate::builtins::isinstance_check(vm, subject, cls)? {
        return Ok(vm.none());
    }
    let mut seen: Vec<String> = Vec::new();
    let mut attrs = Vec::new();
    if nargs > 0 {
        let key = vm.intern("__match_args__");
        let match_args = match vm.get_attr(cls, &key) {
            Ok(v) => Some(v),
            Err(e) if e.is_instance_of(&vm.exc.attribute_error) => None,
            Err(e) => return Err(e),
        };
        let (allowed, match_self, args) = match &match_args {
            Some(m) => match m.downcast_ref::<PyTuple>() {
                Some(t) if m.class().is(&vm.types.tuple) => (t.as_slice().len(), false, t.as_slice().to_vec()),
                _ => {
                    return Err(vm.new_type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        ty.name(),
                        m.ty().name()
                    )))
                }
            },
            None if matches_self(vm, cls) => (1, true, Vec::new()),
            None => (0, false, Vec::new()),
        };
        if nargs > allowed {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(vm.new_type_error(format!(
                "{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)",
                ty.name()
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in &args[..nargs] {
                if !name.is_instance_of(&vm.types.str) {
                    return Err(vm.new_type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        name.ty().name()
                    )));
                }
                match class_attr(vm, subject, ty, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(vm.none()),
                }
            }
        }
    }
    if let Some(t) = names.downcast_ref::<PyTuple>() {
        for name in t.as_slice().to_vec() {
            match class_attr(vm, subject, ty, &name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(vm.none()),
            }
        }
    }
    Ok(vm.new_tuple(attrs))
}
