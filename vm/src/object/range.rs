//! `range`: an immutable arithmetic sequence of arbitrary-size ints.
//!
//! As CPython's `rangeobject.c`, the length is computed once at creation. Ranges
//! whose values all fit in an `i64` iterate with a plain counter
//! (`range_iterator`); others with big ints (`longrange_iterator`).

use kaa_compiler::bytecode::CompareOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use super::core::{PyObjectRef, PyPayload};
use super::int::{IntValue, PyInt};
use super::slice::{long_indices, PySlice};
use crate::vm::{Args, PyResult, Vm};

/// The payload of `range`: arbitrary-size ints.
pub struct PyRange {
    pub start: IntValue,
    pub stop: IntValue,
    pub step: IntValue,
    /// `len(range)`, computed at creation.
    pub length: IntValue,
}

impl PyPayload for PyRange {}

impl PyRange {
    /// The range `start, start+step, ...` up to `stop` (`step` non-zero).
    pub fn new(start: IntValue, stop: IntValue, step: IntValue) -> PyRange {
        let length = match (&start, &stop, &step) {
            (IntValue::Small(a), IntValue::Small(b), IntValue::Small(s)) => {
                IntValue::from_big(BigInt::from(small_len(*a, *b, *s)))
            }
            _ => IntValue::from_big(big_len(&start.to_big(), &stop.to_big(), &step.to_big())),
        };
        PyRange {
            start,
            stop,
            step,
            length,
        }
    }

    /// `(start, step, len)` when every value of the range fits in an `i64`.
    pub fn as_small(&self) -> Option<(i64, i64, u64)> {
        let (IntValue::Small(start), IntValue::Small(step), IntValue::Small(len)) =
            (&self.start, &self.step, &self.length)
        else {
            return None;
        };
        if *len > 0 {
            let last = *start as i128 + (*len as i128 - 1) * *step as i128;
            i64::try_from(last).ok()?;
        }
        Some((*start, *step, *len as u64))
    }

    /// `len(range)` if it fits in a `usize`.
    pub fn len(&self) -> Option<usize> {
        self.length.as_i64().and_then(|n| usize::try_from(n).ok())
    }

    /// Whether the range has no items.
    pub fn is_empty(&self) -> bool {
        self.length == IntValue::Small(0)
    }

    /// The item at `i` (`0 <= i < len`): `start + i * step`.
    fn item(&self, i: &BigInt) -> BigInt {
        self.start.to_big() + i * self.step.to_big()
    }
}

fn small_len(lo: i64, hi: i64, step: i64) -> i128 {
    let (lo, hi, step) = (lo as i128, hi as i128, step as i128);
    if step > 0 && lo < hi {
        (hi - lo - 1) / step + 1
    } else if step < 0 && lo > hi {
        (lo - hi - 1) / (-step) + 1
    } else {
        0
    }
}

fn big_len(lo: &BigInt, hi: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && lo < hi {
        (hi - lo - 1u8) / step + 1u8
    } else if step.is_negative() && lo > hi {
        (lo - hi - 1u8) / (-step) + 1u8
    } else {
        BigInt::zero()
    }
}

fn payload<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyRange> {
    o.downcast_ref::<PyRange>().ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor requires a 'range' object but received a '{}'",
            o.ty().name()
        ))
    })
}

fn this<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a PyObjectRef, &'a PyRange)> {
    let o = args
        .pos()
        .first()
        .ok_or_else(|| vm.new_type_error("descriptor of 'range' object needs an argument"))?;
    Ok((o, payload(vm, o)?))
}

/// A new `range` object.
pub fn new_range(vm: &Vm, start: IntValue, stop: IntValue, step: IntValue) -> PyObjectRef {
    PyObjectRef::new(PyRange::new(start, stop, step), &vm.types.range)
}

/// `range(stop)`, `range(start, stop[, step])`.
fn range_new(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "range")?;
    let pos = &args.pos()[1..];
    if pos.is_empty() {
        return Err(vm.new_type_error("range expected at least 1 argument, got 0"));
    }
    if pos.len() > 3 {
        return Err(vm.new_type_error(format!("range expected at most 3 arguments, got {}", pos.len())));
    }
    let mut vals = Vec::with_capacity(3);
    for v in pos {
        vals.push(vm.to_index_value(v)?);
    }
    let (start, stop, step) = match vals.len() {
        1 => (IntValue::Small(0), vals.remove(0), IntValue::Small(1)),
        2 => {
            let stop = vals.remove(1);
            (vals.remove(0), stop, IntValue::Small(1))
        }
        _ => {
            let step = vals.remove(2);
            let stop = vals.remove(1);
            (vals.remove(0), stop, step)
        }
    };
    if step == IntValue::Small(0) {
        return Err(vm.new_value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(vm, start, stop, step))
}

fn int_repr(v: &IntValue) -> String {
    match v {
        IntValue::Small(i) => i.to_string(),
        IntValue::Big(b) => b.to_string(),
    }
}

/// `repr(range)`: `range(0, 5)`, `range(0, 5, 2)`.
fn range_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (_, r) = this(vm, &args)?;
    let s = if r.step == IntValue::Small(1) {
        format!("range({}, {})", int_repr(&r.start), int_repr(&r.stop))
    } else {
        format!(
            "range({}, {}, {})",
            int_repr(&r.start),
            int_repr(&r.stop),
            int_repr(&r.step)
        )
    };
    Ok(vm.new_str(s))
}

fn range_len(vm: &mut Vm, args: Args) -> PyResult {
    let (_, r) = this(vm, &args)?;
    match r.length {
        IntValue::Small(n) => Ok(vm.new_int(n)),
        IntValue::Big(_) => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_bool(vm: &mut Vm, args: Args) -> PyResult {
    let (_, r) = this(vm, &args)?;
    Ok(vm.new_bool(!r.is_empty()))
}

/// `range[i]` and `range[i:j:k]` (a new range).
fn range_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, r) = this(vm, &args)?;
    let [_, key] = args.pos() else {
        return Err(vm.new_type_error(format!(
            "range.__getitem__() takes exactly one argument ({} given)",
            args.pos().len() - 1
        )));
    };
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let (start, stop, step) = long_indices(vm, s, &r.length.to_big())?;
        let (rs, rstep) = (r.start.to_big(), r.step.to_big());
        let new_start = &rs + &start * &rstep;
        let new_stop = &rs + &stop * &rstep;
        let new_step = &rstep * &step;
        return Ok(new_range(
            vm,
            IntValue::from_big(new_start),
            IntValue::from_big(new_stop),
            IntValue::from_big(new_step),
        ));
    }
    if !key.payload_is::<PyInt>() && vm.lookup_special(key, &vm.names.__index__.clone()).is_none() {
        return Err(vm.new_type_error(format!(
            "range indices must be integers or slices, not {}",
            key.ty().name()
        )));
    }
    let i = vm.to_index_value(key)?;
    if let (IntValue::Small(i), Some((start, step, len))) = (&i, r.as_small()) {
        let j = if *i < 0 { *i as i128 + len as i128 } else { *i as i128 };
        if j < 0 || j >= len as i128 {
            return Err(vm.new_index_error("range object index out of range"));
        }
        return Ok(vm.new_int((start as i128 + j * step as i128) as i64));
    }
    let len = r.length.to_big();
    let mut j = i.to_big();
    if j.is_negative() {
        j += &len;
    }
    if j.is_negative() || j >= len {
        return Err(vm.new_index_error("range object index out of range"));
    }
    Ok(vm.new_bigint(r.item(&j)))
}

fn range_iter(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = this(vm, &args)?;
    Ok(super::iter::new_range_iter(vm, o, false))
}

fn range_reversed(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = this(vm, &args)?;
    Ok(super::iter::new_range_iter(vm, o, true))
}

/// Whether the int `v` is in `r`, in O(1) (`range_contains_long`).
fn contains_int(r: &PyRange, v: &IntValue) -> bool {
    if let (IntValue::Small(x), Some((start, step, len))) = (v, r.as_small()) {
        if len == 0 {
            return false;
        }
        let d = *x as i128 - start as i128;
        let q = d / step as i128;
        return d % step as i128 == 0 && q >= 0 && q < len as i128;
    }
    let (start, stop, step, x) = (r.start.to_big(), r.stop.to_big(), r.step.to_big(), v.to_big());
    let inside = if step.is_positive() {
        start <= x && x < stop
    } else {
        stop < x && x <= start
    };
    inside && (x - start).mod_floor(&step).is_zero()
}

/// Whether `v` is an exact int or a bool (the O(1) cases).
fn is_exact_int(vm: &Vm, v: &PyObjectRef) -> bool {
    v.class().is(&vm.types.int) || v.class().is(&vm.types.bool)
}

/// The position of `x` in `r` found by iterating with `==` (`_PySequence_IterSearch`).
fn search(vm: &mut Vm, o: &PyObjectRef, x: &PyObjectRef, count: bool) -> PyResult<Option<u64>> {
    let it = vm.get_iter(o)?;
    let (mut i, mut n) = (0u64, 0u64);
    while let Some(v) = vm.iter_next(&it)? {
        if vm.eq(&v, x)? {
            if !count {
                return Ok(Some(i));
            }
            n += 1;
        }
        i += 1;
        if i % crate::limits::LONG_LOOP as u64 == 0 {
            // `object() in range(10**18)` compares natively, without a tick
            // of its own: the loop checks the limits (found by fuzzing).
            vm.check_long_loop(0)?;
        }
    }
    Ok(if count { Some(n) } else { None })
}

fn range_contains(vm: &mut Vm, args: Args) -> PyResult {
    let [o, x] = args.exact::<2>(vm, "__contains__")?;
    let r = payload(vm, o)?;
    if is_exact_int(vm, x) {
        let v = x
            .downcast_ref::<PyInt>()
            .map(|i| i.value.clone())
            .unwrap_or(IntValue::Small(0));
        return Ok(vm.new_bool(contains_int(r, &v)));
    }
    let found = search(vm, o, x, false)?.is_some();
    Ok(vm.new_bool(found))
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult {
    let [o, x] = args.exact::<2>(vm, "count")?;
    let r = payload(vm, o)?;
    if is_exact_int(vm, x) {
        let v = x
            .downcast_ref::<PyInt>()
            .map(|i| i.value.clone())
            .unwrap_or(IntValue::Small(0));
        return Ok(vm.new_int(contains_int(r, &v) as i64));
    }
    let n = search(vm, o, x, true)?.unwrap_or(0);
    Ok(vm.new_int(n as i64))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult {
    let [o, x] = args.exact::<2>(vm, "index")?;
    let r = payload(vm, o)?;
    if is_exact_int(vm, x) {
        let v = x
            .downcast_ref::<PyInt>()
            .map(|i| i.value.clone())
            .unwrap_or(IntValue::Small(0));
        if !contains_int(r, &v) {
            let s = vm.repr_string(x)?;
            return Err(vm.new_value_error(format!("{s} is not in range")));
        }
        let idx = (v.to_big() - r.start.to_big()) / r.step.to_big();
        return Ok(vm.new_bigint(idx));
    }
    match search(vm, o, x, false)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.new_value_error("sequence.index(x): x not in sequence")),
    }
}

/// `range == range`: equal as sequences (`range_equals`).
fn ranges_equal(a: &PyRange, b: &PyRange) -> bool {
    if a.length != b.length {
        return false;
    }
    if a.is_empty() {
        return true;
    }
    if a.start != b.start {
        return false;
    }
    a.length == IntValue::Small(1) || a.step == b.step
}

fn range_compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "comparison")?;
    let (Some(x), Some(y)) = (a.downcast_ref::<PyRange>(), b.downcast_ref::<PyRange>()) else {
        return Ok(vm.not_implemented.clone());
    };
    match op {
        CompareOp::Eq => Ok(vm.new_bool(a.is(b) || ranges_equal(x, y))),
        CompareOp::Ne => Ok(vm.new_bool(!(a.is(b) || ranges_equal(x, y)))),
        _ => Ok(vm.not_implemented.clone()),
    }
}

/// `hash(range)`: the hash of `(len, start, step)` with `None` for what does not
/// matter, so equal ranges hash equal.
fn range_hash(vm: &mut Vm, args: Args) -> PyResult {
    let (_, r) = this(vm, &args)?;
    let len = vm.new_int_value(r.length.clone());
    let items = if r.is_empty() {
        vec![len, vm.none(), vm.none()]
    } else if r.length == IntValue::Small(1) {
        vec![len, vm.new_int_value(r.start.clone()), vm.none()]
    } else {
        vec![len, vm.new_int_value(r.start.clone()), vm.new_int_value(r.step.clone())]
    };
    let h = super::tuple::hash_items(vm, &items)?;
    Ok(vm.new_int(h))
}

fn get_start(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(vm.new_int_value(payload(vm, o)?.start.clone()))
}
fn get_stop(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(vm.new_int_value(payload(vm, o)?.stop.clone()))
}
fn get_step(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(vm.new_int_value(payload(vm, o)?.step.clone()))
}

/// The `(start, step, remaining)` of iterating `r`, forwards or backwards, with
/// big ints.
pub fn big_iter_params(r: &PyRange, reverse: bool) -> (BigInt, BigInt, BigInt) {
    let (start, step, len) = (r.start.to_big(), r.step.to_big(), r.length.to_big());
    if reverse && len.is_positive() {
        let last = &start + (&len - BigInt::one()) * &step;
        (last, -step, len)
    } else {
        (start, step, len)
    }
}

pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types.range.clone();
    vm.add_static(&t, "__new__", range_new);
    vm.add_method(&t, "__repr__", range_repr);
    vm.add_method(&t, "__len__", range_len);
    vm.add_method(&t, "__bool__", range_bool);
    vm.add_method(&t, "__getitem__", range_getitem);
    vm.add_method(&t, "__iter__", range_iter);
    vm.add_method(&t, "__reversed__", range_reversed);
    vm.add_method(&t, "__contains__", range_contains);
    super::tuple::install_compare!(vm, &t, range_compare);
    vm.add_method(&t, "__hash__", range_hash);
    vm.add_method(&t, "count", range_count);
    vm.add_method(&t, "index", range_index);
    vm.add_getset(&t, "start", get_start, None);
    vm.add_getset(&t, "stop", get_stop, None);
    vm.add_getset(&t, "step", get_step, None);
}
