//! `bool`: the subclass of `int` whose only instances are `True` and `False`
//! (`vm.true_`, `vm.false_`, payloads `PyInt` 1 and 0).
//!
//! It inherits everything from `int` except its constructor, its repr and the
//! three bitwise operators, which give a `bool` when both operands are bools.

use kaa_compiler::bytecode::BinaryOp;

use super::core::PyObjectRef;
use super::int::{binary_int, int_value, unpack, IntValue, Kind, PyInt};
use crate::vm::{Args, PyResult, Vm};

/// `bool.__new__(cls, x=False, /)`: the truth value of `x`.
fn bool_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    args.no_kwargs(vm, "bool")?;
    if pos.len() > 2 {
        return Err(vm.new_type_error(format!("bool expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let b = match pos.get(1) {
        Some(x) => vm.is_true(x)?,
        None => false,
    };
    Ok(vm.new_bool(b))
}

/// Whether `o` is `True` or `False` (and its value).
fn as_bool(vm: &Vm, o: &PyObjectRef) -> Option<bool> {
    if !o.class().is(&vm.types.bool) {
        return None;
    }
    o.downcast_ref::<PyInt>().map(|i| !i.value.is_zero())
}

/// `self` (which must be a bool) and the arguments of a `bool` slot wrapper.
fn slot<'a, const N: usize>(vm: &mut Vm, args: Args<'a>, name: &str) -> PyResult<(bool, &'a [PyObjectRef; N])> {
    let (_, a) = unpack::<PyInt, N>(vm, args, Kind::Slot, "bool", name)?;
    match as_bool(vm, &a[0]) {
        Some(b) => Ok((b, a)),
        None => Err(vm.new_type_error(format!(
            "descriptor '{name}' requires a 'bool' object but received a '{}'",
            a[0].ty().name()
        ))),
    }
}

/// `bool.__repr__`: `'True'` or `'False'`.
fn bool_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (v, _) = slot::<1>(vm, args, "__repr__")?;
    Ok(vm.new_str(if v { "True" } else { "False" }))
}

/// `&`, `|`, `^`: a bool for two bools, else the int operation.
fn bool_bitwise(vm: &mut Vm, args: Args, op: BinaryOp, reflected: bool) -> PyResult {
    let name = if reflected { op.rdunder() } else { op.dunder() };
    let (x, [a, b]) = slot::<2>(vm, args, name)?;
    if let Some(y) = as_bool(vm, b) {
        let r = match op {
            BinaryOp::And => x & y,
            BinaryOp::Or => x | y,
            _ => x ^ y,
        };
        return Ok(vm.new_bool(r));
    }
    let (Some(x), Some(y)) = (int_value(a).cloned(), int_value(b).cloned()) else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y): (IntValue, IntValue) = if reflected { (y, x) } else { (x, y) };
    binary_int(vm, op, &x, &y)
}

fn bool_and(vm: &mut Vm, args: Args) -> PyResult {
    bool_bitwise(vm, args, BinaryOp::And, false)
}
fn bool_rand(vm: &mut Vm, args: Args) -> PyResult {
    bool_bitwise(vm, args, BinaryOp::And, true)
}
fn bool_or(vm: &mut Vm, args: Args) -> PyResult {
    bool_bitwise(vm, args, BinaryOp::Or, false)
}
fn bool_ror(vm: &mut Vm, args: Args) -> PyResult {
    bool_bitwise(vm, args, BinaryOp::Or, true)
}
fn bool_xor(vm: &mut Vm, args: Args) -> PyResult {
    bool_bitwise(vm, args, BinaryOp::Xor, false)
}
fn bool_rxor(vm: &mut Vm, args: Args) -> PyResult {
    bool_bitwise(vm, args, BinaryOp::Xor, true)
}

/// Install `bool`'s methods (called from `int::init`).
pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types.bool.clone();
    vm.add_static(&t, "__new__", bool_new);
    vm.add_method(&t, "__repr__", bool_repr);
    vm.add_method(&t, "__and__", bool_and);
    vm.add_method(&t, "__rand__", bool_rand);
    vm.add_method(&t, "__or__", bool_or);
    vm.add_method(&t, "__ror__", bool_ror);
    vm.add_method(&t, "__xor__", bool_xor);
    vm.add_method(&t, "__rxor__", bool_rxor);
}
