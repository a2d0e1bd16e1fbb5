//! `slice`: the object `a[i:j:k]` builds, and [`resolve_slice`], which turns it into
//! concrete indices for a sequence of a given length with CPython's clamping rules
//! (`PySlice_Unpack` + `PySlice_AdjustIndices`).

use kaa_compiler::bytecode::CompareOp;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::core::{PyObjectRef, PyPayload};
use super::int::{IntValue, PyInt};
use crate::vm::{Args, PyResult, Vm};

/// The payload of `slice`: the three bounds as given (any objects).
pub struct PySlice {
    pub start: PyObjectRef,
    pub stop: PyObjectRef,
    pub step: PyObjectRef,
}

impl PyPayload for PySlice {}

/// An index clamped into `isize` (CPython's `PyNumber_AsSsize_t(v, NULL)`), for
/// slice bounds: `None` for Python `None`.
fn slice_index(vm: &mut Vm, v: &PyObjectRef) -> PyResult<Option<isize>> {
    if vm.is_none(v) {
        return Ok(None);
    }
    if !v.payload_is::<PyInt>() && vm.lookup_special(v, &vm.names.__index__.clone()).is_none() {
        return Err(slice_index_type_error(vm));
    }
    Ok(Some(clamp_index(&vm.to_index_value(v)?)))
}

#[cold]
fn slice_index_type_error(vm: &Vm) -> PyObjectRef {
    vm.new_type_error("slice indices must be integers or None or have an __index__ method")
}

/// Clamp an int to the `isize` range (as CPython does for slice bounds).
pub fn clamp_index(v: &IntValue) -> isize {
    match v {
        IntValue::Small(i) => (*i).clamp(isize::MIN as i64, isize::MAX as i64) as isize,
        IntValue::Big(b) if b.sign() == num_bigint::Sign::Minus => isize::MIN,
        IntValue::Big(_) => isize::MAX,
    }
}

/// Resolve `slice` against a sequence of length `len`: `(start, stop, step,
/// slicelength)` with CPython's clamping rules. Raises `ValueError("slice step
/// cannot be zero")` and `TypeError` for non-integer bounds.
pub fn resolve_slice(vm: &mut Vm, slice: &PySlice, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let (start, stop, step) = unpack_slice(vm, slice)?;
    Ok(adjust_indices(len as isize, start, stop, step))
}

/// `PySlice_Unpack`: the bounds with defaults filled in for `None`.
fn unpack_slice(vm: &mut Vm, slice: &PySlice) -> PyResult<(isize, isize, isize)> {
    let step = match slice_index(vm, &slice.step)? {
        None => 1,
        Some(0) => return Err(vm.new_value_error("slice step cannot be zero")),
        // Keep -step from overflowing.
        Some(s) => s.max(-isize::MAX),
    };
    let start = slice_index(vm, &slice.start)?.unwrap_or(if step < 0 { isize::MAX } else { 0 });
    let stop = slice_index(vm, &slice.stop)?.unwrap_or(if step < 0 { isize::MIN } else { isize::MAX });
    Ok((start, stop, step))
}

/// `PySlice_AdjustIndices`.
pub fn adjust_indices(len: isize, mut start: isize, mut stop: isize, step: isize) -> (isize, isize, isize, usize) {
    let clamp = |v: isize| -> isize {
        if v < 0 {
            let v = v.saturating_add(len);
            if v < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                v
            }
        } else if v >= len {
            if step < 0 {
                len - 1
            } else {
                len
            }
        } else {
            v
        }
    };
    start = clamp(start);
    stop = clamp(stop);
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, step, n as usize)
}

fn payload<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PySlice> {
    o.downcast_ref::<PySlice>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'slice' object"))
}

/// `slice(stop)`, `slice(start, stop[, step])`.
fn slice_new(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "slice")?;
    let pos = &args.pos()[1..];
    let none = vm.none();
    let (start, stop, step) = match pos {
        [stop] => (none.clone(), stop.clone(), none),
        [start, stop] => (start.clone(), stop.clone(), none),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        [] => return Err(vm.new_type_error("slice expected at least 1 argument, got 0")),
        _ => return Err(vm.new_type_error(format!("slice expected at most 3 arguments, got {}", pos.len()))),
    };
    Ok(PyObjectRef::new(PySlice { start, stop, step }, &vm.types.slice))
}

/// `repr(slice)`: `slice(1, 2, None)`.
fn slice_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let s = payload(vm, this)?;
    let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
    let a = vm.repr_string(&a)?;
    let b = vm.repr_string(&b)?;
    let c = vm.repr_string(&c)?;
    Ok(vm.new_str(format!("slice({a}, {b}, {c})")))
}

/// The slice as a `(start, stop, step)` tuple, for comparisons.
fn as_tuple(vm: &Vm, s: &PySlice) -> PyObjectRef {
    vm.new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()])
}

/// `slice == other` and the ordering comparisons: compare as tuples (CPython).
fn slice_compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "comparison")?;
    let (Some(x), Some(y)) = (a.downcast_ref::<PySlice>(), b.downcast_ref::<PySlice>()) else {
        return Ok(vm.not_implemented.clone());
    };
    if a.is(b) && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.new_bool(op == CompareOp::Eq));
    }
    let (tx, ty) = (as_tuple(vm, x), as_tuple(vm, y));
    vm.rich_compare(&tx, &ty, op)
}

fn slice_eq(vm: &mut Vm, args: Args) -> PyResult {
    slice_compare(vm, args, CompareOp::Eq)
}
fn slice_ne(vm: &mut Vm, args: Args) -> PyResult {
    slice_compare(vm, args, CompareOp::Ne)
}
fn slice_lt(vm: &mut Vm, args: Args) -> PyResult {
    slice_compare(vm, args, CompareOp::Lt)
}
fn slice_le(vm: &mut Vm, args: Args) -> PyResult {
    slice_compare(vm, args, CompareOp::Le)
}
fn slice_gt(vm: &mut Vm, args: Args) -> PyResult {
    slice_compare(vm, args, CompareOp::Gt)
}
fn slice_ge(vm: &mut Vm, args: Args) -> PyResult {
    slice_compare(vm, args, CompareOp::Ge)
}

/// A slice bound as an arbitrary-size int (`evaluate_slice_index`).
fn big_bound(vm: &mut Vm, v: &PyObjectRef) -> PyResult<Option<BigInt>> {
    if vm.is_none(v) {
        return Ok(None);
    }
    if !v.payload_is::<PyInt>() && vm.lookup_special(v, &vm.names.__index__.clone()).is_none() {
        return Err(slice_index_type_error(vm));
    }
    Ok(Some(vm.to_index_value(v)?.to_big()))
}

/// `(start, stop, step)` of `slice` for a sequence of `length`, with arbitrary
/// ints (CPython's `_PySlice_GetLongIndices`, used by `slice.indices` and
/// `range[slice]`).
pub fn long_indices(vm: &mut Vm, s: &PySlice, length: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let step = match big_bound(vm, &s.step)? {
        None => BigInt::from(1),
        Some(v) if v.is_zero() => return Err(vm.new_value_error("slice step cannot be zero")),
        Some(v) => v,
    };
    let negative = step.is_negative();
    let (lower, upper) = if negative {
        (BigInt::from(-1), length - 1)
    } else {
        (BigInt::zero(), length.clone())
    };
    let fix = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(v) if v.is_negative() => (v + length).max(lower.clone()),
            Some(v) => v.min(upper.clone()),
        }
    };
    let start = big_bound(vm, &s.start)?;
    let start = fix(start, if negative { &upper } else { &lower });
    let stop = big_bound(vm, &s.stop)?;
    let stop = fix(stop, if negative { &lower } else { &upper });
    Ok((start, stop, step))
}

/// `slice.indices(length)`.
fn slice_indices(vm: &mut Vm, args: Args) -> PyResult {
    let [this, length] = args.exact::<2>(vm, "indices")?;
    let s = payload(vm, this)?;
    let len = vm.to_index_value(length)?.to_big();
    if len.is_negative() {
        return Err(vm.new_value_error("length should not be negative"));
    }
    let (a, b, c) = long_indices(vm, s, &len)?;
    let items = vec![vm.new_bigint(a), vm.new_bigint(b), vm.new_bigint(c)];
    Ok(vm.new_tuple(items))
}

fn slice_get_start(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(payload(vm, o)?.start.clone())
}
fn slice_get_stop(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(payload(vm, o)?.stop.clone())
}
fn slice_get_step(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(payload(vm, o)?.step.clone())
}

pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types.slice.clone();
    vm.add_static(&t, "__new__", slice_new);
    vm.add_method(&t, "__repr__", slice_repr);
    vm.add_method(&t, "__eq__", slice_eq);
    vm.add_method(&t, "__ne__", slice_ne);
    vm.add_method(&t, "__lt__", slice_lt);
    vm.add_method(&t, "__le__", slice_le);
    vm.add_method(&t, "__gt__", slice_gt);
    vm.add_method(&t, "__ge__", slice_ge);
    vm.add_method(&t, "indices", slice_indices);
    vm.set_type_attr(&t, "__hash__", vm.none());
    vm.add_getset(&t, "start", slice_get_start, None);
    vm.add_getset(&t, "stop", slice_get_stop, None);
    vm.add_getset(&t, "step", slice_get_step, None);
}

#[cfg(test)]
mod tests {
    use super::adjust_indices;

    #[test]
    fn clamping_matches_cpython() {
        assert_eq!(adjust_indices(5, 3, 1, 1), (3, 1, 1, 0));
        assert_eq!(adjust_indices(5, -10, 10, 1), (0, 5, 1, 5));
        assert_eq!(adjust_indices(5, isize::MAX, isize::MIN, -1), (4, -1, -1, 5));
        assert_eq!(adjust_indices(10, 1, 9, 3), (1, 9, 3, 3));
    }
}
