//! `_abc`: the part of `abc.py` that touches types. `collections.abc.Sequence`
//! and `Mapping` declare `__abc_tpflags__`; `ABCMeta` passes it here when it makes
//! such a class, and `register()` passes an ABC's flag on to the registered
//! class, so that `match` treats their instances as sequences or mappings
//! (CPython's `Py_TPFLAGS_SEQUENCE`/`Py_TPFLAGS_MAPPING`, see `vm/src/pattern.rs`).

use kaa_vm::object::PyObjectRef;
use kaa_vm::{Args, PyResult, Vm};

/// `_set_collection_flag(cls, flags)`: flags is `__abc_tpflags__`.
fn set_collection_flag(vm: &mut Vm, args: Args) -> PyResult {
    let [cls, flags] = args.exact::<2>(vm, "_set_collection_flag")?;
    let flags = vm.to_index(flags)?;
    let flag = (flags & i64::from(kaa_vm::pattern::SEQUENCE | kaa_vm::pattern::MAPPING)) as u8;
    kaa_vm::pattern::set_collection_flag(vm, cls, flag);
    Ok(vm.none())
}

/// `_register_collection_flag(abc, subclass)`: `register()`'s part.
fn register_collection_flag(vm: &mut Vm, args: Args) -> PyResult {
    let [abc, sub] = args.exact::<2>(vm, "_register_collection_flag")?;
    if abc.as_type().is_some() {
        let flag = kaa_vm::pattern::collection_kind(vm, abc);
        if flag != 0 {
            kaa_vm::pattern::set_collection_flag(vm, sub, flag);
        }
    }
    Ok(vm.none())
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_abc", None)?;
    for (name, f) in [
        ("_set_collection_flag", set_collection_flag as kaa_vm::vm::NativeFn),
        ("_register_collection_flag", register_collection_flag),
    ] {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    Ok(m)
}
