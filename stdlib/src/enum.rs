//! `_enum`: the hot method of `enum` (`py/enum.py`) in Rust.
//!
//! `Enum.__hash__` is `hash(self._name_)`. Every dict or set keyed by
//! members (`transitions[state]`, `counts[state] += 1`) hashes its key, and
//! as a Python method each hash ran a frame: about 1,600 instructions,
//! against about 250 for this built-in method. CPython's is Python code
//! too; the value is the same.

use kaa_vm::object::function::{Binding, PyBuiltinFunction};
use kaa_vm::object::PyObjectRef;
use kaa_vm::{Args, PyResult, Vm};

/// `Enum.__hash__(self)`: the hash of the member's name.
fn member_hash(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "__hash__")?;
    let key = vm.intern("_name_");
    let name = vm.get_attr(this, &key)?;
    let h = vm.hash(&name)?;
    Ok(vm.new_int(h))
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_enum", None)?;
    // A method descriptor (it binds `self`, as `Enum.__hash__` must).
    let hash = PyObjectRef::new(
        PyBuiltinFunction {
            name: "__hash__",
            owner: Some("Enum".into()),
            func: member_hash,
            binding: Binding::Method,
            self_: None,
            needs_frame: false,
            data: None,
        },
        &vm.types.builtin_function,
    );
    vm.dict_set_str(&d, "member_hash", hash)?;
    Ok(m)
}
