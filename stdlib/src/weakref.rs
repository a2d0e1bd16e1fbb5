//! `_weakref` (native: `ref`, `getweakrefcount`, `getweakrefs`), which
//! `weakref` (Python, `py/weakref.py`: proxies, the weak dictionaries,
//! `WeakSet`, `WeakMethod`, `finalize`) is built on.

use kaa_vm::object::weakref::is_weakrefable;
use kaa_vm::object::PyObjectRef;
use kaa_vm::{Args, PyResult, Vm};

fn getweakrefcount(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "getweakrefcount")?;
    let n = if is_weakrefable(o) { vm.heap.weakref_count(o) } else { 0 };
    Ok(vm.new_int(n as i64))
}

fn getweakrefs(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "getweakrefs")?;
    let refs = if is_weakrefable(o) {
        vm.heap.weakrefs_of(o)
    } else {
        Vec::new()
    };
    Ok(vm.new_list(refs))
}

/// Create the `_weakref` module.
pub fn init_native(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_weakref", None)?;
    let r = vm.types.weakref.clone();
    vm.dict_set_str(&d, "ref", r.clone())?;
    vm.dict_set_str(&d, "ReferenceType", r)?;
    for (name, f) in [
        ("getweakrefcount", getweakrefcount as kaa_vm::vm::NativeFn),
        ("getweakrefs", getweakrefs),
    ] {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    Ok(m)
}
