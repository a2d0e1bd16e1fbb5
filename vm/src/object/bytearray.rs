//! `bytearray`: a mutable byte string.
//!
//! The bytes live in a `RefCell<Vec<u8>>`. The methods it shares with `bytes`
//! (searching, splitting, case, `decode`, `hex`, ...) are `bytes.rs`'s, which
//! read either payload through the buffer protocol ([`super::buffer`]) and
//! return a `bytearray` for a `bytearray`. This file holds what is its own:
//! construction, `repr`, item and slice assignment and deletion, the in-place
//! operators and the list-like mutators. Any resize is refused while a
//! `memoryview` of the object is alive (the export count), as CPython does.
//! Values are converted (running any Python code) before the storage is
//! borrowed, so no borrow is held across a call into Python.

use std::cell::{Cell, RefCell};

use kaa_compiler::bytecode::CompareOp;

use super::buffer::{self, check_resizable, BufView, Exporter};
use super::bytes::{self as bytes_mod, byte_value, repr_bytes, ssize_arg, ByteSource};
use super::core::{PyObjectRef, PyPayload};
use super::int::{IntValue, PyInt};
use super::slice::{resolve_slice, PySlice};
use super::str::PyStr;
use crate::vm::{Args, PyResult, Vm};

/// The payload of `bytearray` objects.
pub struct PyByteArray {
    pub data: RefCell<Vec<u8>>,
    /// Live views (memoryviews) of the data: no resizing while non-zero.
    pub exports: Cell<usize>,
    /// The buffer bytes counted in the heap's live bytes (memory limits).
    charged: Cell<usize>,
}

impl PyPayload for PyByteArray {
    fn heap_bytes(&self) -> usize {
        self.charged.get()
    }
}

impl Exporter for PyByteArray {
    fn read(&self) -> Option<BufView<'_>> {
        self.data
            .try_borrow()
            .ok()
            .map(|r| BufView::Shared(std::cell::Ref::map(r, |v| &v[..])))
    }
    fn write(&self) -> Option<std::cell::RefMut<'_, [u8]>> {
        self.data
            .try_borrow_mut()
            .ok()
            .map(|r| std::cell::RefMut::map(r, |v| &mut v[..]))
    }
    fn readonly(&self) -> bool {
        false
    }
    fn exports(&self) -> Option<&Cell<usize>> {
        Some(&self.exports)
    }
}

impl PyByteArray {
    /// A payload holding `data`.
    pub fn new(data: Vec<u8>) -> PyByteArray {
        let charged = Cell::new(data.capacity());
        PyByteArray {
            data: RefCell::new(data),
            exports: Cell::new(0),
            charged,
        }
    }

    /// A copy of the contents.
    pub fn to_vec(&self) -> Vec<u8> {
        self.data.try_borrow().map(|d| d.clone()).unwrap_or_default()
    }

    fn len(&self) -> usize {
        self.data.try_borrow().map(|d| d.len()).unwrap_or(0)
    }

    /// Change the contents with `f`, which may resize them: refused while views
    /// are exported.
    fn resize_with<R>(&self, vm: &Vm, f: impl FnOnce(&mut Vec<u8>) -> R) -> PyResult<R> {
        check_resizable(vm, &self.exports)?;
        let r = {
            let mut d = self.data.try_borrow_mut().map_err(|_| buffer::resize_error(vm))?;
            f(&mut d)
        };
        if let Ok(d) = self.data.try_borrow() {
            vm.heap.recharge(&self.charged, d.capacity());
        }
        Ok(r)
    }

    /// Change the contents in place without resizing.
    fn modify<R>(&self, vm: &Vm, f: impl FnOnce(&mut [u8]) -> R) -> PyResult<R> {
        let mut d = self.data.try_borrow_mut().map_err(|_| buffer::resize_error(vm))?;
        Ok(f(&mut d))
    }
}

/// A new exact `bytearray` holding `data`.
pub fn new_bytearray(vm: &Vm, data: Vec<u8>) -> PyObjectRef {
    PyObjectRef::new(PyByteArray::new(data), &vm.types.bytearray)
}

// ----- arguments -----

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyObjectRef, &'a PyByteArray)> {
    this_of(vm, args, "bytearray", name)
}

/// `self` of a method of type `tname` whose payload is `T`.
pub(crate) fn this_of<'a, T: PyPayload>(
    vm: &Vm,
    args: &Args<'a>,
    tname: &str,
    name: &str,
) -> PyResult<(&'a PyObjectRef, &'a T)> {
    let Some(o) = args.pos().first() else {
        return Err(vm.new_type_error(format!("unbound method {tname}.{name}() needs an argument")));
    };
    match o.downcast_ref::<T>() {
        Some(b) => Ok((o, b)),
        None => Err(vm.new_type_error(format!(
            "descriptor '{name}' for '{tname}' objects doesn't apply to a '{}' object",
            o.ty().name()
        ))),
    }
}

fn fixed<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<(&'a PyObjectRef, &'a PyByteArray, &'a [PyObjectRef])> {
    fixed_of(vm, args, "bytearray", name, n)
}

/// `self` and exactly `n` positional arguments of a method of type `tname`
/// (CPython's messages).
pub(crate) fn fixed_of<'a, T: PyPayload>(
    vm: &mut Vm,
    args: &Args<'a>,
    tname: &str,
    name: &str,
    n: usize,
) -> PyResult<(&'a PyObjectRef, &'a T, &'a [PyObjectRef])> {
    let (o, b) = this_of::<T>(vm, args, tname, name)?;
    args.no_kwargs(vm, &format!("{tname}.{name}"))?;
    let a = &args.pos()[1..];
    if a.len() != n {
        let msg = match n {
            0 => format!("{tname}.{name}() takes no arguments ({} given)", a.len()),
            1 => format!("{tname}.{name}() takes exactly one argument ({} given)", a.len()),
            _ => format!("{name} expected {n} arguments, got {}", a.len()),
        };
        return Err(vm.new_type_error(msg));
    }
    Ok((o, b, a))
}

fn is_index(vm: &Vm, o: &PyObjectRef) -> bool {
    o.payload_is::<PyInt>() || vm.lookup_special(o, &vm.names.__index__).is_some()
}

/// The bytes of an iterable of ints (`bytearray.extend`, slice assignment).
fn ints_of(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    let items = vm.collect(o)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        out.push(byte_value(vm, it)?);
    }
    Ok(out)
}

// ----- construction -----

fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult {
    let base = vm.types.bytearray.clone();
    let cls = crate::builtins_type::new_cls_arg(vm, &args, &base)?.clone();
    Ok(vm.new_instance(PyByteArray::new(Vec::new()), &cls))
}

fn bytearray_init(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b) = this(vm, &args, "__init__")?;
    let rest = Args::new(&args.items()[1..], args.kwnames());
    let slots = bytes_mod::ctor_args(vm, &rest, "bytearray")?;
    let value = bytes_mod::bytes_from(vm, slots, ByteSource::ByteArray)?;
    b.resize_with(vm, |d| *d = value)?;
    Ok(vm.none())
}

fn bytearray_fromhex(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args
        .pos()
        .first()
        .cloned()
        .unwrap_or_else(|| vm.types.bytearray.clone());
    let a = &args.pos()[1.min(args.pos().len())..];
    if args.has_kwargs() || a.len() != 1 {
        return Err(vm.new_type_error(format!("fromhex() takes exactly one argument ({} given)", a.len())));
    }
    let Some(s) = a[0].downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!("fromhex() argument must be str, not {}", a[0].ty().name())));
    };
    let value = bytes_mod::parse_hex(vm, s.as_str())?;
    let b = new_bytearray(vm, value);
    if cls.is(&vm.types.bytearray) {
        return Ok(b);
    }
    vm.call_positional(&cls, &[b])
}

// ----- object protocol -----

fn bytearray_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (o, b, _) = fixed(vm, &args, "__repr__", 0)?;
    let mut r = repr_bytes(&b.to_vec());
    // Unlike bytes, a bytearray escapes `'` even inside double quotes.
    if r.starts_with("b\"") {
        r = format!("b\"{}\"", r[2..r.len() - 1].replace('\'', "\\'"));
    }
    Ok(vm.new_str(format!("{}({r})", o.ty().name())))
}

fn bytearray_len(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, _) = fixed(vm, &args, "__len__", 0)?;
    Ok(vm.new_int(b.len() as i64))
}

fn bytearray_alloc(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, _) = fixed(vm, &args, "__alloc__", 0)?;
    let cap = b.data.try_borrow().map(|d| d.capacity()).unwrap_or(0);
    Ok(vm.new_int(if cap == 0 { 0 } else { cap as i64 + 1 }))
}

fn bytearray_sizeof(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, _) = fixed(vm, &args, "__sizeof__", 0)?;
    let cap = b.data.try_borrow().map(|d| d.capacity()).unwrap_or(0);
    Ok(vm.new_int(56 + if cap == 0 { 0 } else { cap as i64 + 1 }))
}

fn reduce(vm: &mut Vm, o: &PyObjectRef, b: &PyByteArray, proto: i64) -> PyResult {
    let data = b.to_vec();
    let args = if data.is_empty() {
        vm.new_tuple(vec![])
    } else if proto < 3 {
        let s: String = data.iter().map(|&c| char::from(c)).collect();
        let s = vm.new_str(s);
        let enc = vm.new_str("latin-1");
        vm.new_tuple(vec![s, enc])
    } else {
        let bytes = vm.new_bytes(data);
        vm.new_tuple(vec![bytes])
    };
    let dict_name = vm.intern("__dict__");
    let state = match vm.get_attr(o, &dict_name) {
        Ok(d) if vm.is_true(&d)? => d,
        _ => vm.none(),
    };
    Ok(vm.new_tuple(vec![o.class().clone(), args, state]))
}

fn bytearray_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let (o, b, _) = fixed(vm, &args, "__reduce__", 0)?;
    reduce(vm, o, b, 2)
}

fn bytearray_reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    let (o, b) = this(vm, &args, "__reduce_ex__")?;
    let proto = match args.pos().get(1) {
        Some(p) => match vm.to_index_value(p)? {
            IntValue::Small(v) if i32::try_from(v).is_ok() => v,
            _ => return Err(vm.new_overflow_error("Python int too large to convert to C int")),
        },
        None => 0,
    };
    reduce(vm, o, b, proto)
}

fn compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult {
    let (_, a, other) = fixed(vm, &args, "__eq__", 1)?;
    let Some(other) = buffer::read(vm, &other[0])? else {
        return Ok(vm.not_implemented.clone());
    };
    let mine = a.read().ok_or_else(|| buffer::resize_error(vm))?;
    vm.charge_copy(mine.len().min(other.len()))?;
    Ok(vm.new_bool(bytes_mod::compare_bytes(&mine, &other, op)))
}

fn bytearray_eq(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Eq)
}
fn bytearray_ne(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Ne)
}
fn bytearray_lt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Lt)
}
fn bytearray_le(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Le)
}
fn bytearray_gt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Gt)
}
fn bytearray_ge(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Ge)
}

/// An index key as an `i64` (`IndexError` past the index range).
fn index_key(vm: &mut Vm, key: &PyObjectRef) -> PyResult<i64> {
    match vm.to_index_value(key)? {
        IntValue::Small(i) => Ok(i),
        IntValue::Big(_) => Err(vm.new_index_error("cannot fit 'int' into an index-sized integer")),
    }
}

fn position(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    usize::try_from(j).ok().filter(|&j| j < len)
}

fn key_error(vm: &Vm, key: &PyObjectRef) -> PyObjectRef {
    vm.new_type_error(format!(
        "bytearray indices must be integers or slices, not {}",
        key.ty().name()
    ))
}

/// The positions a slice selects, in order.
fn slice_positions(vm: &mut Vm, s: &PySlice, len: usize) -> PyResult<(isize, isize, usize)> {
    let (start, _, step, n) = resolve_slice(vm, s, len)?;
    Ok((start, step, n))
}

fn bytearray_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, a) = fixed(vm, &args, "__getitem__", 1)?;
    let key = &a[0];
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let (start, step, n) = slice_positions(vm, s, b.len())?;
        vm.charge_copy(n)?;
        let d = b.data.try_borrow().map_err(|_| buffer::resize_error(vm))?;
        let out: Vec<u8> = (0..n as isize)
            .filter_map(|k| d.get((start + k * step) as usize).copied())
            .collect();
        return Ok(new_bytearray(vm, out));
    }
    if !is_index(vm, key) {
        return Err(key_error(vm, key));
    }
    let i = index_key(vm, key)?;
    let d = b.data.try_borrow().map_err(|_| buffer::resize_error(vm))?;
    match position(i, d.len()) {
        Some(j) => Ok(vm.new_int(i64::from(d[j]))),
        None => Err(vm.new_index_error("bytearray index out of range")),
    }
}

/// The new contents of a slice assignment: bytes-like, or an iterable of ints.
fn slice_value(vm: &mut Vm, v: &PyObjectRef) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer::read(vm, v)? {
        vm.charge_copy(b.len())?;
        return Ok(b.into_vec());
    }
    if is_index(vm, v) || v.payload_is::<PyStr>() {
        return Err(vm.new_type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    let iterable = vm.lookup_special(v, &vm.names.__iter__.clone()).is_some()
        || vm.lookup_special(v, &vm.names.__getitem__.clone()).is_some();
    if !iterable {
        return Err(vm.new_type_error(format!("cannot convert '{}' object to bytearray", v.ty().name())));
    }
    ints_of(vm, v)
}

fn bytearray_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, a) = fixed(vm, &args, "__setitem__", 2)?;
    let (key, value) = (&a[0], &a[1]);
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let new = slice_value(vm, value)?;
        let (start, step, n) = slice_positions(vm, s, b.len())?;
        assign_slice(vm, b, start, step, n, new)?;
        return Ok(vm.none());
    }
    if !is_index(vm, key) {
        return Err(key_error(vm, key));
    }
    let i = index_key(vm, key)?;
    let v = byte_value(vm, value)?;
    let ok = b.modify(vm, |d| match position(i, d.len()) {
        Some(j) => {
            d[j] = v;
            true
        }
        None => false,
    })?;
    if !ok {
        return Err(vm.new_index_error("bytearray index out of range"));
    }
    Ok(vm.none())
}

fn assign_slice(vm: &mut Vm, b: &PyByteArray, start: isize, step: isize, n: usize, new: Vec<u8>) -> PyResult<()> {
    // The bytes written, and for a change of length the tail moved: linear
    // work, charged first (`Vm::charge_copy`).
    let moved = if step == 1 && new.len() != n {
        b.len().saturating_sub(start.max(0) as usize)
    } else {
        0
    };
    vm.charge_copy(new.len().saturating_add(moved))?;
    if step == 1 {
        if new.len() == n {
            return b.modify(vm, |d| {
                let s = (start as usize).min(d.len());
                let e = (s + n).min(d.len());
                d[s..e].copy_from_slice(&new[..e - s]);
            });
        }
        vm.check_alloc(new.len() as u128)?;
        return b.resize_with(vm, |d| {
            let s = (start as usize).min(d.len());
            let e = (s + n).min(d.len());
            d.splice(s..e, new);
        });
    }
    if new.is_empty() && n > 0 {
        return delete_positions(vm, b, start, step, n);
    }
    if new.len() != n {
        return Err(vm.new_value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {n}",
            new.len()
        )));
    }
    b.modify(vm, |d| {
        for (k, &c) in new.iter().enumerate() {
            if let Some(x) = d.get_mut((start + k as isize * step) as usize) {
                *x = c;
            }
        }
    })
}

fn delete_positions(vm: &mut Vm, b: &PyByteArray, start: isize, step: isize, n: usize) -> PyResult<()> {
    if step == 1 || step == -1 {
        // A run: the tail moves down (`Vm::charge_copy` for the bytes moved).
        let lo = if step == 1 { start } else { start - (n as isize - 1) };
        let lo = lo.max(0) as usize;
        vm.charge_copy(b.len().saturating_sub(lo))?;
        return b.resize_with(vm, |d| {
            let lo = lo.min(d.len());
            let hi = lo.saturating_add(n).min(d.len());
            d.drain(lo..hi);
        });
    }
    // Every byte is looked at (`Vm::charge_copy`).
    vm.charge_copy(b.len())?;
    b.resize_with(vm, |d| {
        let mut drop = vec![false; d.len()];
        for k in 0..n as isize {
            if let Some(x) = drop.get_mut((start + k * step) as usize) {
                *x = true;
            }
        }
        let mut it = drop.iter();
        d.retain(|_| !it.next().copied().unwrap_or(false));
    })
}

fn bytearray_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, a) = fixed(vm, &args, "__delitem__", 1)?;
    let key = &a[0];
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let (start, step, n) = slice_positions(vm, s, b.len())?;
        if n > 0 {
            delete_positions(vm, b, start, step, n)?;
        }
        return Ok(vm.none());
    }
    if !is_index(vm, key) {
        return Err(key_error(vm, key));
    }
    let i = index_key(vm, key)?;
    let Some(j) = position(i, b.len()) else {
        return Err(vm.new_index_error("bytearray index out of range"));
    };
    b.resize_with(vm, |d| {
        if j < d.len() {
            d.remove(j);
        }
    })?;
    Ok(vm.none())
}

fn bytearray_iter(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _, _) = fixed(vm, &args, "__iter__", 0)?;
    Ok(bytes_mod::index_iter(o, &vm.types.bytearray_iterator))
}

fn bytearray_add(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, a) = fixed(vm, &args, "__add__", 1)?;
    let Some(other) = buffer::read(vm, &a[0])? else {
        return Err(vm.new_type_error(format!("can't concat {} to bytearray", a[0].ty().name())));
    };
    let mut out = b.to_vec();
    vm.check_alloc(out.len() as u128 + other.len() as u128)?;
    out.extend_from_slice(&other);
    Ok(new_bytearray(vm, out))
}

fn bytearray_iadd(vm: &mut Vm, args: Args) -> PyResult {
    let (o, b, a) = fixed(vm, &args, "__iadd__", 1)?;
    let Some(other) = buffer::read(vm, &a[0])? else {
        return Err(vm.new_type_error(format!("can't concat {} to bytearray", a[0].ty().name())));
    };
    if other.is_empty() {
        return Ok(o.clone());
    }
    if a[0].is(o) {
        // CPython holds a view of the operand while it resizes: `b += b`
        // cannot grow `b`.
        return Err(buffer::resize_error(vm));
    }
    vm.check_alloc(b.len() as u128 + other.len() as u128)?;
    // The bytes appended (copied first: `b += b`): linear work (`Vm::charge_copy`).
    vm.charge_copy(other.len().saturating_mul(2))?;
    let other = other.into_vec();
    b.resize_with(vm, |d| d.extend_from_slice(&other))?;
    Ok(o.clone())
}

/// The repeat count of `*` (`OverflowError` past the index range).
fn repeat_count(vm: &mut Vm, n: &PyObjectRef) -> PyResult<i64> {
    if !is_index(vm, n) {
        return Err(vm.new_type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().name()
        )));
    }
    match vm.to_index_value(n)? {
        IntValue::Small(v) => Ok(v),
        IntValue::Big(_) => {
            Err(vm.new_overflow_error(format!("cannot fit '{}' into an index-sized integer", n.ty().name())))
        }
    }
}

fn repeated(vm: &Vm, d: &[u8], count: i64) -> PyResult<Vec<u8>> {
    if count <= 0 || d.is_empty() {
        return Ok(Vec::new());
    }
    let total = d.len() as u128 * count as u128;
    vm.check_alloc(total)?;
    if total > isize::MAX as u128 / 2 {
        return Err(vm.new_memory_error());
    }
    crate::limits::repeat_bytes(vm, d, count as usize)
}

fn bytearray_mul(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, a) = fixed(vm, &args, "__mul__", 1)?;
    let count = repeat_count(vm, &a[0])?;
    let out = repeated(vm, &b.to_vec(), count)?;
    Ok(new_bytearray(vm, out))
}

fn bytearray_imul(vm: &mut Vm, args: Args) -> PyResult {
    let (o, b, a) = fixed(vm, &args, "__imul__", 1)?;
    let count = match vm.to_index_value(&a[0])? {
        IntValue::Small(v) => v,
        IntValue::Big(_) => {
            return Err(vm.new_overflow_error(format!("cannot fit '{}' into an index-sized integer", a[0].ty().name())))
        }
    };
    let len = b.len();
    if count == 1 || len == 0 || (count <= 0 && len == 0) {
        return Ok(o.clone());
    }
    check_resizable(vm, &b.exports)?;
    // The copy of the contents, and a result below a megabyte, which
    // `repeat_bytes` does not charge (`Vm::charge_copy`).
    let total = (len as u128).saturating_mul(count.max(0) as u128);
    if total <= isize::MAX as u128 / 2 {
        let small = if total < crate::limits::COPY_CHUNK as u128 {
            total as usize
        } else {
            0
        };
        vm.charge_copy(len.saturating_add(small))?;
    }
    let out = repeated(vm, &b.to_vec(), count)?;
    b.resize_with(vm, |d| *d = out)?;
    Ok(o.clone())
}

fn bytearray_mod(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, a) = fixed(vm, &args, "__mod__", 1)?;
    let out = crate::format::percent_format_bytes(vm, &b.to_vec(), &a[0])?;
    Ok(new_bytearray(vm, out))
}

fn bytearray_rmod(vm: &mut Vm, args: Args) -> PyResult {
    fixed(vm, &args, "__rmod__", 1)?;
    Ok(vm.not_implemented.clone())
}

fn bytearray_contains(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, a) = fixed(vm, &args, "__contains__", 1)?;
    if is_index(vm, &a[0]) {
        let c = byte_value(vm, &a[0])?;
        let found = b.read().is_some_and(|d| d.contains(&c));
        return Ok(vm.new_bool(found));
    }
    let sub = buffer::bytes_like(vm, &a[0])?.into_vec();
    vm.charge_copy(b.len())?;
    let found = b.read().is_some_and(|d| bytes_mod::find_sub(&d, &sub).is_some());
    Ok(vm.new_bool(found))
}

// ----- the mutators -----

fn bytearray_append(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, a) = fixed(vm, &args, "append", 1)?;
    let c = byte_value(vm, &a[0])?;
    b.resize_with(vm, |d| d.push(c))?;
    Ok(vm.none())
}

fn bytearray_extend(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, a) = fixed(vm, &args, "extend", 1)?;
    let new = match buffer::read(vm, &a[0])? {
        Some(v) => v.into_vec(),
        None => {
            if vm.lookup_special(&a[0], &vm.names.__iter__.clone()).is_none()
                && vm.lookup_special(&a[0], &vm.names.__getitem__.clone()).is_none()
            {
                return Err(vm.new_type_error(format!("can't extend bytearray with {}", a[0].ty().name())));
            }
            ints_of(vm, &a[0])?
        }
    };
    if new.is_empty() {
        return Ok(vm.none());
    }
    vm.check_alloc(b.len() as u128 + new.len() as u128)?;
    vm.charge_copy(new.len())?;
    b.resize_with(vm, |d| d.extend_from_slice(&new))?;
    Ok(vm.none())
}

fn bytearray_insert(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, a) = fixed(vm, &args, "insert", 2)?;
    let i = ssize_arg(vm, &a[0])?;
    let c = byte_value(vm, &a[1])?;
    // The bytes after the position move up (`Vm::charge_copy`, at most the length).
    vm.charge_copy(b.len())?;
    b.resize_with(vm, |d| {
        let n = d.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        d.insert(j as usize, c);
    })?;
    Ok(vm.none())
}

fn bytearray_pop(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b) = this(vm, &args, "pop")?;
    args.no_kwargs(vm, "bytearray.pop")?;
    let a = &args.pos()[1..];
    if a.len() > 1 {
        return Err(vm.new_type_error(format!("pop expected at most 1 argument, got {}", a.len())));
    }
    let i = match a.first() {
        Some(x) => ssize_arg(vm, x)?,
        None => -1,
    };
    if b.len() == 0 {
        return Err(vm.new_index_error("pop from empty bytearray"));
    }
    let Some(j) = position(i, b.len()) else {
        return Err(vm.new_index_error("pop index out of range"));
    };
    // The bytes after the position move down (`Vm::charge_copy`).
    vm.charge_copy(b.len() - j)?;
    let c = b.resize_with(vm, |d| if j < d.len() { d.remove(j) } else { 0 })?;
    Ok(vm.new_int(i64::from(c)))
}

fn bytearray_remove(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, a) = fixed(vm, &args, "remove", 1)?;
    let c = byte_value(vm, &a[0])?;
    // A search, then the tail moved: at most the length (`Vm::charge_copy`).
    vm.charge_copy(b.len())?;
    let Some(j) = b.data.try_borrow().ok().and_then(|d| d.iter().position(|&x| x == c)) else {
        return Err(vm.new_value_error("value not found in bytearray"));
    };
    b.resize_with(vm, |d| {
        if j < d.len() {
            d.remove(j);
        }
    })?;
    Ok(vm.none())
}

fn bytearray_reverse(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, _) = fixed(vm, &args, "reverse", 0)?;
    vm.charge_copy(b.len())?;
    b.modify(vm, |d| d.reverse())?;
    Ok(vm.none())
}

fn bytearray_clear(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, _) = fixed(vm, &args, "clear", 0)?;
    b.resize_with(vm, |d| *d = Vec::new())?;
    Ok(vm.none())
}

fn bytearray_copy(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, _) = fixed(vm, &args, "copy", 0)?;
    Ok(new_bytearray(vm, b.to_vec()))
}

pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types.bytearray.clone();
    vm.add_static(&t, "__new__", bytearray_new);
    vm.add_classmethod(&t, "fromhex", bytearray_fromhex);
    vm.set_type_attr(&t, "__hash__", vm.none());
    let methods: &[(&'static str, crate::vm::NativeFn)] = &[
        ("__init__", bytearray_init),
        ("__repr__", bytearray_repr),
        ("__len__", bytearray_len),
        ("__alloc__", bytearray_alloc),
        ("__sizeof__", bytearray_sizeof),
        ("__reduce__", bytearray_reduce),
        ("__reduce_ex__", bytearray_reduce_ex),
        ("__eq__", bytearray_eq),
        ("__ne__", bytearray_ne),
        ("__lt__", bytearray_lt),
        ("__le__", bytearray_le),
        ("__gt__", bytearray_gt),
        ("__ge__", bytearray_ge),
        ("__getitem__", bytearray_getitem),
        ("__setitem__", bytearray_setitem),
        ("__delitem__", bytearray_delitem),
        ("__iter__", bytearray_iter),
        ("__contains__", bytearray_contains),
        ("__add__", bytearray_add),
        ("__iadd__", bytearray_iadd),
        ("__mul__", bytearray_mul),
        ("__rmul__", bytearray_mul),
        ("__imul__", bytearray_imul),
        ("__mod__", bytearray_mod),
        ("__rmod__", bytearray_rmod),
        ("append", bytearray_append),
        ("extend", bytearray_extend),
        ("insert", bytearray_insert),
        ("pop", bytearray_pop),
        ("remove", bytearray_remove),
        ("reverse", bytearray_reverse),
        ("clear", bytearray_clear),
        ("copy", bytearray_copy),
    ];
    for &(name, f) in methods {
        vm.add_method(&t, name, f);
    }
    bytes_mod::install_shared(vm, &t);
}
