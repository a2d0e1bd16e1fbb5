//! `_bisect`: binary search in a sorted sequence and insertion that keeps it
//! sorted, the C accelerator of `bisect` (`py/bisect.py`), with CPython
//! 3.11's arguments (`lo`, `hi`, keyword-only `key`) and messages.
//!
//! Items are compared with `<` only. Exact lists and tuples are read in
//! place; other sequences go through `__getitem__`.

use crate::heapq::{lt, lt_scalar};
use kaa_vm::object::dict::PyDict;
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::list::PyList;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

/// The parameters of all four functions.
const PARAMS: [&str; 5] = ["a", "x", "lo", "hi", "key"];

/// The arguments, bound as CPython's argument clinic binds
/// `(a, x, lo=0, hi=None, *, key=None)`, with its messages.
struct Bound {
    a: PyObjectRef,
    x: PyObjectRef,
    lo: i64,
    /// -1: the sequence's length.
    hi: i64,
    key: Option<PyObjectRef>,
}

fn bind(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<Bound> {
    let items = args.items();
    let names = args.kwnames();
    let npos = items.len() - names.len();
    if items.len() > 5 {
        return Err(vm.new_type_error(format!("{fname}() takes at most 5 arguments ({} given)", items.len())));
    }
    if npos > 4 {
        return Err(vm.new_type_error(format!("{fname}() takes at most 4 positional arguments ({npos} given)")));
    }
    let name_of = |n: &PyObjectRef| n.downcast_ref::<PyStr>().map_or("", |s| s.as_str()).to_string();
    let mut slots: [Option<PyObjectRef>; 5] = Default::default();
    for (slot, v) in slots.iter_mut().zip(&items[..npos]) {
        *slot = Some(v.clone());
    }
    let mut extra: Vec<(String, usize)> = Vec::new();
    for (n, v) in names.iter().zip(&items[npos..]) {
        let k = name_of(n);
        match PARAMS.iter().position(|p| *p == k) {
            // `key` is keyword-only, the others may come either way.
            Some(i) if slots[i].is_none() => slots[i] = Some(v.clone()),
            Some(i) => extra.push((k, i)),
            None => extra.push((k, usize::MAX)),
        }
    }
    for (i, p) in PARAMS.iter().enumerate().take(2) {
        if slots[i].is_none() {
            return Err(vm.new_type_error(format!("{fname}() missing required argument '{p}' (pos {})", i + 1)));
        }
    }
    if let Some((k, i)) = extra.into_iter().next() {
        return Err(vm.new_type_error(if i == usize::MAX {
            format!("'{k}' is an invalid keyword argument for {fname}()")
        } else {
            format!("argument for {fname}() given by name ('{k}') and position ({})", i + 1)
        }));
    }
    let [a, x, lo, hi, key] = slots;
    let (Some(a), Some(x)) = (a, x) else {
        return Err(vm.new_type_error(format!("{fname}() missing required argument 'a' (pos 1)")));
    };
    let lo = lo_value(vm, &lo)?;
    let hi = hi_value(vm, &hi)?;
    let key = key.filter(|k| !vm.is_none(k));
    Ok(Bound { a, x, lo, hi, key })
}

/// `lo`, converted as C's `Py_ssize_t` ("n").
fn lo_value(vm: &mut Vm, lo: &Option<PyObjectRef>) -> PyResult<i64> {
    let Some(lo) = lo else { return Ok(0) };
    match vm.to_index_value(lo)? {
        IntValue::Small(n) => Ok(n),
        IntValue::Big(_) => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// `hi`: `None` (or -1) means the sequence's length.
fn hi_value(vm: &mut Vm, hi: &Option<PyObjectRef>) -> PyResult<i64> {
    let hi = match hi {
        Some(h) if !vm.is_none(h) => h,
        _ => return Ok(-1),
    };
    let is_index = hi.payload_is::<PyInt>() || vm.lookup_special(hi, &vm.names.__index__.clone()).is_some();
    if !is_index {
        return Err(vm.new_type_error(format!("argument should be integer or None, not '{}'", hi.ty().name())));
    }
    match vm.to_index_value(hi)? {
        IntValue::Small(n) => Ok(n),
        IntValue::Big(_) => {
            Err(vm.new_overflow_error(format!("cannot fit '{}' into an index-sized integer", hi.ty().name())))
        }
    }
}

/// `a[i]` as C's `PySequence_GetItem` does it.
fn seq_item(vm: &mut Vm, a: &PyObjectRef, i: i64) -> PyResult {
    let cls = a.class();
    if cls.is(&vm.types.list) {
        if let Some(l) = a.downcast_ref::<PyList>() {
            let found = usize::try_from(i).ok().and_then(|i| l.get(i));
            return found.ok_or_else(|| vm.new_index_error("list index out of range"));
        }
    }
    if cls.is(&vm.types.tuple) {
        if let Some(t) = a.downcast_ref::<PyTuple>() {
            let found = usize::try_from(i).ok().and_then(|i| t.as_slice().get(i).cloned());
            return found.ok_or_else(|| vm.new_index_error("tuple index out of range"));
        }
    }
    if a.payload_is::<PyDict>() {
        return Err(vm.new_type_error(format!("{} is not a sequence", a.ty().name())));
    }
    if vm.lookup_special(a, &vm.names.__getitem__.clone()).is_none() {
        return Err(vm.new_type_error(format!("'{}' object does not support indexing", a.ty().name())));
    }
    let key = vm.new_int(i);
    vm.get_item(a, &key)
}

/// Whether the search goes left at item `i` of an exact list, when that
/// needs no Python code (`None` otherwise).
#[inline]
fn in_place(vm: &Vm, a: &PyObjectRef, i: i64, x: &PyObjectRef, right: bool) -> Option<bool> {
    if !a.class().is(&vm.types.list) {
        return None;
    }
    let items = a.downcast_ref::<PyList>()?.items.borrow();
    let item = items.get(usize::try_from(i).ok()?)?;
    if right {
        lt_scalar(vm, x, item)
    } else {
        lt_scalar(vm, item, x).map(|less| !less)
    }
}

/// The search itself: the first index whose item is not `< x` (left), or
/// the first whose item is `> x` (right), within `[lo, hi)`.
fn search(vm: &mut Vm, b: &Bound, x: &PyObjectRef, right: bool) -> PyResult<i64> {
    let (mut lo, mut hi) = (b.lo, b.hi);
    if lo < 0 {
        return Err(vm.new_value_error("lo must be non-negative"));
    }
    if hi == -1 {
        hi = vm.len(&b.a)? as i64;
    }
    let key = b.key.clone();
    while lo < hi {
        // No overflow: both are non-negative i64 here.
        let mid = lo + (hi - lo) / 2;
        if key.is_none() {
            // Exact ints, floats, strs in an exact list: compared in place.
            if let Some(go_left) = in_place(vm, &b.a, mid, x, right) {
                if go_left {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
                continue;
            }
        }
        let mut item = seq_item(vm, &b.a, mid)?;
        if let Some(k) = &key {
            item = vm.call(k, Args::positional(std::slice::from_ref(&item)))?;
        }
        let go_left = if right { lt(vm, x, &item)? } else { !lt(vm, &item, x)? };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_as(vm: &mut Vm, args: Args, fname: &str, right: bool) -> PyResult {
    let b = bind(vm, &args, fname)?;
    let x = b.x.clone();
    let i = search(vm, &b, &x, right)?;
    Ok(vm.new_int(i))
}

fn bisect_right(vm: &mut Vm, args: Args) -> PyResult {
    bisect_as(vm, args, "bisect_right", true)
}

fn bisect_left(vm: &mut Vm, args: Args) -> PyResult {
    bisect_as(vm, args, "bisect_left", false)
}

fn insort_as(vm: &mut Vm, args: Args, fname: &str, right: bool) -> PyResult {
    let b = bind(vm, &args, fname)?;
    let probe = match &b.key {
        Some(k) => vm.call(k, Args::positional(std::slice::from_ref(&b.x)))?,
        None => b.x.clone(),
    };
    let i = search(vm, &b, &probe, right)?;
    if b.a.class().is(&vm.types.list) {
        if let Some(l) = b.a.downcast_ref::<PyList>() {
            {
                let mut items = l.items.borrow_mut();
                let at = usize::try_from(i).unwrap_or(0).min(items.len());
                items.insert(at, b.x.clone());
            }
            l.recharge(&vm.heap);
            return Ok(vm.none());
        }
    }
    let index = vm.new_int(i);
    vm.call_method(&b.a, "insert", &[index, b.x.clone()])?;
    Ok(vm.none())
}

fn insort_right(vm: &mut Vm, args: Args) -> PyResult {
    insort_as(vm, args, "insort_right", true)
}

fn insort_left(vm: &mut Vm, args: Args) -> PyResult {
    insort_as(vm, args, "insort_left", false)
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_bisect", None)?;
    let functions: &[(&'static str, NativeFn)] = &[
        ("bisect_right", bisect_right),
        ("insort_right", insort_right),
        ("bisect_left", bisect_left),
        ("insort_left", insort_left),
    ];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    Ok(m)
}
