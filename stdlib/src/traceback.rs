//! `_traceback`: the native helper of `traceback.py`, which draws `~~^~~`
//! under a binary operation or a subscript the way the interpreter's own
//! traceback printer does (`kaa_vm::traceback::caret_anchors`): finding the
//! operator needs the parser, which Python code cannot reach (Kaa has no
//! `ast` module).

use kaa_vm::object::str::PyStr;
use kaa_vm::object::PyObjectRef;
use kaa_vm::{Args, PyResult, Vm};

/// `_caret_anchors(segment)`: `(left, right)`, in characters, of the part
/// of the expression `segment` drawn with `^`; None when it is neither a
/// binary operation nor a subscript (or does not parse).
fn caret_anchors(vm: &mut Vm, args: Args) -> PyResult {
    let [segment] = args.exact::<1>(vm, "_caret_anchors")?;
    let Some(s) = segment.downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error("_caret_anchors() argument must be str"));
    };
    Ok(match kaa_vm::traceback::caret_anchors(s.as_str()) {
        Some(a) => vm.new_tuple(vec![vm.new_int(a.left as i64), vm.new_int(a.right as i64)]),
        None => vm.none(),
    })
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_traceback", None)?;
    let f = vm.new_builtin_function("_caret_anchors", caret_anchors);
    vm.dict_set_str(&d, "_caret_anchors", f)?;
    Ok(m)
}
