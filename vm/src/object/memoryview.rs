//! `memoryview`: a view of another object's buffer, with a `struct` item format
//! and a shape.
//!
//! A view records the object it looks at (`obj`, never another memoryview: a
//! view of a view looks at the same object), the byte offset of its first item,
//! the item format and size, and per dimension the length (`shape`) and the step
//! in bytes (`strides`). Items are read and written through the exporter
//! ([`super::buffer`]) each time, so a view of a `bytearray` sees and makes
//! changes. Each live view holds one export of its object (which then refuses
//! to resize) until it is released (`release()`, the `with` block's end) or
//! freed. After release every operation but `repr`, `==` and `release` raises
//! `ValueError: operation forbidden on released memoryview object`.
//!
//! Formats are the native single-character `struct` codes (`B b c ? h H i I l
//! L q Q n N f d P`, optionally prefixed with `@`) in native byte order.

use std::cell::{Cell, RefMut};

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::buffer::{self, BufView};
use super::bytes::PyBytes;
use super::core::{PyObjectRef, PyPayload, Visit};
use super::float::PyFloat;
use super::int::{IntValue, PyInt};
use super::slice::{resolve_slice, PySlice};
use super::str::PyStr;
use super::tuple::PyTuple;
use crate::vm::{Args, PyResult, Vm};

/// CPython's limit on the number of dimensions (`PyBUF_MAX_NDIM`).
const MAX_NDIM: usize = 64;

/// Take an export on `obj`.
fn take_export(obj: &PyObjectRef) {
    if let Some(c) = buffer::exporter(obj).and_then(|e| e.exports()) {
        c.set(c.get() + 1);
    }
}

/// The format code of `format` (`"@B"` is `B`).
fn code_of(format: &str) -> u8 {
    let f = format.strip_prefix('@').unwrap_or(format);
    f.as_bytes().first().copied().unwrap_or(b'B')
}

/// The size of a native format, or `None` if memoryview does not support it.
fn native_size(format: &str) -> Option<usize> {
    let f = format.strip_prefix('@').unwrap_or(format);
    if f.len() != 1 {
        return None;
    }
    Some(match f.as_bytes()[0] {
        b'b' | b'B' | b'c' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    })
}

fn is_byte_format(format: &str) -> bool {
    matches!(format, "B" | "b" | "c" | "@B" | "@b" | "@c")
}

/// The payload of `memoryview` objects.
pub struct PyMemoryView {
    /// The exporting object (kept until the view is freed; its export is given
    /// back at release).
    obj: PyObjectRef,
    released: Cell<bool>,
    /// Byte offset of the first item in the exporter's buffer.
    offset: isize,
    format: Box<str>,
    itemsize: usize,
    shape: Vec<usize>,
    strides: Vec<isize>,
    readonly: bool,
    /// The cached hash, or -1.
    hash: Cell<i64>,
}

impl PyPayload for PyMemoryView {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.obj);
    }

    fn clear(&self) {
        self.release();
    }
}

impl Drop for PyMemoryView {
    fn drop(&mut self) {
        self.release();
    }
}

impl PyMemoryView {
    /// A view of all of `obj`'s buffer (`None` if `obj` is not bytes-like).
    pub fn of(obj: &PyObjectRef) -> Option<PyMemoryView> {
        let e = buffer::exporter(obj)?;
        let (format, itemsize) = e.format();
        let len = e.read().map_or(0, |b| b.len()) / itemsize.max(1);
        let view = PyMemoryView {
            obj: obj.clone(),
            released: Cell::new(false),
            offset: 0,
            format: format.into(),
            itemsize,
            shape: vec![len],
            strides: vec![itemsize as isize],
            readonly: e.readonly(),
            hash: Cell::new(-1),
        };
        take_export(obj);
        Some(view)
    }

    /// A new view of the same object with another layout.
    fn derive(
        &self,
        offset: isize,
        format: &str,
        itemsize: usize,
        shape: Vec<usize>,
        strides: Vec<isize>,
    ) -> PyMemoryView {
        take_export(&self.obj);
        PyMemoryView {
            obj: self.obj.clone(),
            released: Cell::new(false),
            offset,
            format: format.into(),
            itemsize,
            shape,
            strides,
            readonly: self.readonly,
            hash: Cell::new(-1),
        }
    }

    /// Give the export back (once).
    fn release(&self) {
        if !self.released.replace(true) {
            if let Some(c) = buffer::exporter(&self.obj).and_then(|e| e.exports()) {
                c.set(c.get().saturating_sub(1));
            }
        }
    }

    fn check(&self, vm: &Vm) -> PyResult<()> {
        if self.released.get() {
            return Err(vm.new_value_error("operation forbidden on released memoryview object"));
        }
        Ok(())
    }

    fn nbytes(&self) -> usize {
        self.shape.iter().product::<usize>() * self.itemsize
    }

    fn code(&self) -> u8 {
        code_of(&self.format)
    }

    fn contiguous_in(&self, dims: impl Iterator<Item = (usize, isize)>) -> bool {
        let mut expect = self.itemsize as isize;
        for (n, s) in dims {
            if n == 0 {
                return true;
            }
            if n > 1 && s != expect {
                return false;
            }
            expect *= n as isize;
        }
        true
    }

    fn is_c_contiguous(&self) -> bool {
        self.contiguous_in(self.shape.iter().copied().zip(self.strides.iter().copied()).rev())
    }

    fn is_f_contiguous(&self) -> bool {
        self.contiguous_in(self.shape.iter().copied().zip(self.strides.iter().copied()))
    }

    /// The byte offsets of every item, in C order.
    fn item_offsets(&self) -> Vec<usize> {
        let mut out = vec![self.offset];
        for (&n, &s) in self.shape.iter().zip(&self.strides) {
            let mut next = Vec::with_capacity(out.len().saturating_mul(n));
            for &base in &out {
                for k in 0..n as isize {
                    next.push(base + k * s);
                }
            }
            out = next;
        }
        out.into_iter().map(|o| o.max(0) as usize).collect()
    }

    /// The bytes of the view in C order (see [`buffer::read`]).
    pub(crate) fn read_bytes(&self, vm: &Vm) -> PyResult<BufView<'_>> {
        self.check(vm)?;
        let Some(e) = buffer::exporter(&self.obj) else {
            return Ok(BufView::Owned(Vec::new()));
        };
        let all = e.read().ok_or_else(|| buffer::resize_error(vm))?;
        let n = self.nbytes();
        if self.is_c_contiguous() {
            let start = (self.offset.max(0) as usize).min(all.len());
            let end = start.saturating_add(n).min(all.len());
            return Ok(all.sub(start, end));
        }
        // Item by item, with a vector of their offsets: linear work
        // (`Vm::charge_copy`), charged before it is done.
        vm.charge_copy(n.saturating_add((n / self.itemsize.max(1)).saturating_mul(std::mem::size_of::<usize>())))?;
        let mut out = Vec::with_capacity(n);
        for off in self.item_offsets() {
            if let Some(b) = all.get(off..off + self.itemsize) {
                out.extend_from_slice(b);
            }
        }
        Ok(BufView::Owned(out))
    }

    /// The bytes of a writable, C-contiguous view (see [`buffer::writable`]).
    pub(crate) fn write_bytes(&self, vm: &Vm) -> PyResult<Option<RefMut<'_, [u8]>>> {
        self.check(vm)?;
        if self.readonly {
            return Ok(None);
        }
        if !self.is_c_contiguous() {
            return Err(vm.new_exception_msg(
                &vm.exc.buffer_error,
                "memoryview: underlying buffer is not C-contiguous",
            ));
        }
        let Some(e) = buffer::exporter(&self.obj) else {
            return Ok(None);
        };
        let w = e.write().ok_or_else(|| buffer::resize_error(vm))?;
        let start = self.offset.max(0) as usize;
        let n = self.nbytes();
        Ok(Some(RefMut::map(w, |s| {
            let st = start.min(s.len());
            let end = st.saturating_add(n).min(s.len());
            &mut s[st..end]
        })))
    }

    /// The bytes of the item at byte offset `off`.
    fn item_bytes(&self, vm: &Vm, off: usize) -> PyResult<Vec<u8>> {
        let e = buffer::exporter(&self.obj).ok_or_else(|| buffer::resize_error(vm))?;
        let all = e.read().ok_or_else(|| buffer::resize_error(vm))?;
        Ok(all
            .get(off..off + self.itemsize)
            .map(<[u8]>::to_vec)
            .unwrap_or_default())
    }

    /// Write `data` (packed items) at the byte offsets `offs`.
    fn write_items(&self, vm: &Vm, offs: &[usize], data: &[u8]) -> PyResult<()> {
        let e = buffer::exporter(&self.obj).ok_or_else(|| buffer::resize_error(vm))?;
        let mut w = e.write().ok_or_else(|| buffer::resize_error(vm))?;
        for (&off, item) in offs.iter().zip(data.chunks(self.itemsize)) {
            if let Some(dst) = w.get_mut(off..off + item.len()) {
                dst.copy_from_slice(item);
            }
        }
        Ok(())
    }
}

// ----- items -----

/// One unpacked item.
#[derive(Clone, Copy, PartialEq)]
enum Item {
    Int(i128),
    Float(f64),
    Char(u8),
    Bool(bool),
}

fn arr<const N: usize>(b: &[u8]) -> [u8; N] {
    let mut a = [0u8; N];
    for (d, s) in a.iter_mut().zip(b) {
        *d = *s;
    }
    a
}

fn unpack(code: u8, b: &[u8]) -> Item {
    match code {
        b'b' => Item::Int(i128::from(i8::from_ne_bytes(arr(b)))),
        b'B' => Item::Int(i128::from(u8::from_ne_bytes(arr(b)))),
        b'c' => Item::Char(b.first().copied().unwrap_or(0)),
        b'?' => Item::Bool(b.first().is_some_and(|&c| c != 0)),
        b'h' => Item::Int(i128::from(i16::from_ne_bytes(arr(b)))),
        b'H' => Item::Int(i128::from(u16::from_ne_bytes(arr(b)))),
        b'i' => Item::Int(i128::from(i32::from_ne_bytes(arr(b)))),
        b'I' => Item::Int(i128::from(u32::from_ne_bytes(arr(b)))),
        b'l' | b'q' | b'n' => Item::Int(i128::from(i64::from_ne_bytes(arr(b)))),
        b'L' | b'Q' | b'N' | b'P' => Item::Int(i128::from(u64::from_ne_bytes(arr(b)))),
        b'f' => Item::Float(f64::from(f32::from_ne_bytes(arr(b)))),
        _ => Item::Float(f64::from_ne_bytes(arr(b))),
    }
}

fn item_to_py(vm: &Vm, it: Item) -> PyObjectRef {
    match it {
        Item::Int(v) => match i64::try_from(v) {
            Ok(v) => vm.new_int(v),
            Err(_) => vm.new_bigint(BigInt::from(v)),
        },
        Item::Float(f) => vm.new_float(f),
        Item::Char(c) => vm.new_bytes(vec![c]),
        Item::Bool(b) => vm.new_bool(b),
    }
}

fn items_equal(a: Item, b: Item) -> bool {
    let num = |i: Item| match i {
        Item::Int(v) => Some(v as f64),
        Item::Float(f) => Some(f),
        Item::Bool(b) => Some(f64::from(u8::from(b))),
        Item::Char(_) => None,
    };
    match (a, b) {
        (Item::Int(x), Item::Int(y)) => x == y,
        (Item::Char(x), Item::Char(y)) => x == y,
        (Item::Char(_), _) | (_, Item::Char(_)) => false,
        _ => num(a) == num(b),
    }
}

/// Pack `v` as one item of format `code`.
fn pack(vm: &mut Vm, format: &str, v: &PyObjectRef) -> PyResult<Vec<u8>> {
    let code = code_of(format);
    let f = format.strip_prefix('@').unwrap_or(format);
    let bad_type = |vm: &Vm| vm.new_type_error(format!("memoryview: invalid type for format '{f}'"));
    let bad_value = |vm: &Vm| vm.new_value_error(format!("memoryview: invalid value for format '{f}'"));
    match code {
        b'c' => match v.downcast_ref::<PyBytes>() {
            Some(b) if b.value.len() == 1 => Ok(vec![b.value[0]]),
            Some(_) => Err(bad_value(vm)),
            None => Err(bad_type(vm)),
        },
        b'?' => Ok(vec![u8::from(vm.is_true(v)?)]),
        b'f' | b'd' => {
            let x = if let Some(fl) = v.downcast_ref::<PyFloat>() {
                fl.value
            } else if v.payload_is::<PyInt>() {
                match vm.to_index_value(v)? {
                    IntValue::Small(i) => i as f64,
                    IntValue::Big(b) => match b.to_f64().filter(|x| x.is_finite()) {
                        Some(x) => x,
                        None => return Err(bad_value(vm)),
                    },
                }
            } else {
                return Err(bad_type(vm));
            };
            Ok(if code == b'f' {
                (x as f32).to_ne_bytes().to_vec()
            } else {
                x.to_ne_bytes().to_vec()
            })
        }
        _ => {
            if !v.payload_is::<PyInt>() {
                return Err(bad_type(vm));
            }
            let n: Option<i128> = match vm.to_index_value(v)? {
                IntValue::Small(i) => Some(i128::from(i)),
                IntValue::Big(b) => b.to_i128(),
            };
            let n = n.ok_or_else(|| bad_value(vm))?;
            macro_rules! fit {
                ($t:ty) => {
                    <$t>::try_from(n)
                        .map(|x| x.to_ne_bytes().to_vec())
                        .map_err(|_| bad_value(vm))
                };
            }
            match code {
                b'b' => fit!(i8),
                b'B' => fit!(u8),
                b'h' => fit!(i16),
                b'H' => fit!(u16),
                b'i' => fit!(i32),
                b'I' => fit!(u32),
                b'l' | b'q' | b'n' => fit!(i64),
                _ => fit!(u64),
            }
        }
    }
}

// ----- arguments -----

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyObjectRef, &'a PyMemoryView)> {
    super::bytearray::this_of(vm, args, "memoryview", name)
}

fn fixed<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<(&'a PyObjectRef, &'a PyMemoryView, &'a [PyObjectRef])> {
    super::bytearray::fixed_of(vm, args, "memoryview", name, n)
}

fn new_view(vm: &Vm, m: PyMemoryView) -> PyObjectRef {
    PyObjectRef::new(m, &vm.types.memoryview)
}

// ----- construction -----

fn memoryview_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let rest = &pos[1.min(pos.len())..];
    let mut object = rest.first();
    if rest.len() + args.kwnames().len() > 1 {
        return Err(vm.new_type_error(format!(
            "memoryview() takes at most 1 argument ({} given)",
            rest.len() + args.kwnames().len()
        )));
    }
    if object.is_none() {
        object = args.kwarg("object");
    }
    let Some(obj) = object else {
        return Err(vm.new_type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    if let Some((k, _)) = args.kwargs().find(|(k, _)| *k != "object") {
        return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for memoryview()")));
    }
    new_memoryview(vm, obj)
}

/// `memoryview(obj)`.
pub fn new_memoryview(vm: &Vm, obj: &PyObjectRef) -> PyResult {
    if let Some(m) = obj.downcast_ref::<PyMemoryView>() {
        m.check(vm)?;
        let v = m.derive(m.offset, &m.format, m.itemsize, m.shape.clone(), m.strides.clone());
        return Ok(new_view(vm, v));
    }
    match PyMemoryView::of(obj) {
        Some(v) => Ok(new_view(vm, v)),
        None => Err(vm.new_type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            obj.ty().name()
        ))),
    }
}

// ----- attributes -----

fn view<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyMemoryView> {
    let m = o
        .downcast_ref::<PyMemoryView>()
        .ok_or_else(|| vm.new_type_error("descriptor for 'memoryview' objects doesn't apply"))?;
    m.check(vm)?;
    Ok(m)
}

fn int_tuple(vm: &Vm, v: impl Iterator<Item = i64>) -> PyObjectRef {
    let items = v.map(|x| vm.new_int(x)).collect();
    vm.new_tuple(items)
}

fn get_obj(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(view(vm, o)?.obj.clone())
}
fn get_nbytes(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let m = view(vm, o)?;
    Ok(vm.new_int(m.nbytes() as i64))
}
fn get_readonly(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let m = view(vm, o)?;
    Ok(vm.new_bool(m.readonly))
}
fn get_itemsize(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let m = view(vm, o)?;
    Ok(vm.new_int(m.itemsize as i64))
}
fn get_format(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let m = view(vm, o)?;
    Ok(vm.new_str(&*m.format))
}
fn get_ndim(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let m = view(vm, o)?;
    Ok(vm.new_int(m.shape.len() as i64))
}
fn get_shape(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let m = view(vm, o)?;
    Ok(int_tuple(vm, m.shape.iter().map(|&n| n as i64)))
}
fn get_strides(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let m = view(vm, o)?;
    Ok(int_tuple(vm, m.strides.iter().map(|&n| n as i64)))
}
fn get_suboffsets(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    view(vm, o)?;
    Ok(vm.new_tuple(vec![]))
}
fn get_c_contiguous(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let m = view(vm, o)?;
    Ok(vm.new_bool(m.is_c_contiguous()))
}
fn get_f_contiguous(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let m = view(vm, o)?;
    Ok(vm.new_bool(m.is_f_contiguous()))
}
fn get_contiguous(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let m = view(vm, o)?;
    Ok(vm.new_bool(m.is_c_contiguous() || m.is_f_contiguous()))
}

// ----- object protocol -----

fn memoryview_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (o, m, _) = fixed(vm, &args, "__repr__", 0)?;
    let state = if m.released.get() { "released memory" } else { "memory" };
    Ok(vm.new_str(format!("<{state} at {:#x}>", o.id())))
}

fn memoryview_len(vm: &mut Vm, args: Args) -> PyResult {
    let (_, m, _) = fixed(vm, &args, "__len__", 0)?;
    m.check(vm)?;
    // A 0-dim view has one item.
    Ok(vm.new_int(m.shape.first().map_or(1, |&n| n as i64)))
}

/// The byte offset of item `key` (an int) of a 1-D view.
fn index_offset(vm: &mut Vm, m: &PyMemoryView, key: &PyObjectRef, dim: usize) -> PyResult<isize> {
    let i = match vm.to_index_value(key)? {
        IntValue::Small(i) => i,
        IntValue::Big(_) => return Err(vm.new_index_error("cannot fit 'int' into an index-sized integer")),
    };
    let n = m.shape[dim] as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error(format!("index out of bounds on dimension {}", dim + 1)));
    }
    Ok(j as isize * m.strides[dim])
}

fn is_index(vm: &Vm, o: &PyObjectRef) -> bool {
    o.payload_is::<PyInt>() || vm.lookup_special(o, &vm.names.__index__).is_some()
}

/// Where `key` points: one item (its byte offset), or a sub-view.
enum Target {
    Item(usize),
    View(PyMemoryView),
}

fn locate(vm: &mut Vm, m: &PyMemoryView, key: &PyObjectRef) -> PyResult<Target> {
    let ndim = m.shape.len();
    if let Some(s) = key.downcast_ref::<PySlice>() {
        if ndim == 0 {
            return Err(vm.new_type_error("invalid indexing of 0-dim memory"));
        }
        let (start, _, step, n) = resolve_slice(vm, s, m.shape[0])?;
        let mut shape = m.shape.clone();
        let mut strides = m.strides.clone();
        shape[0] = n;
        strides[0] = m.strides[0] * step;
        let offset = m.offset + start * m.strides[0];
        return Ok(Target::View(m.derive(offset, &m.format, m.itemsize, shape, strides)));
    }
    if let Some(t) = key.downcast_ref::<PyTuple>() {
        let items = t.as_slice();
        if items.iter().all(|k| is_index(vm, k)) {
            if items.len() < ndim {
                return Err(vm.new_exception_msg(&vm.exc.not_implemented_error, "sub-views are not implemented"));
            }
            if items.len() > ndim {
                return Err(vm.new_type_error(format!(
                    "cannot index {ndim}-dimension view with {}-element tuple",
                    items.len()
                )));
            }
            let mut off = m.offset;
            for (d, k) in items.iter().enumerate() {
                off += index_offset(vm, m, k, d)?;
            }
            return Ok(Target::Item(off.max(0) as usize));
        }
        if items.iter().all(|k| k.payload_is::<PySlice>()) {
            return Err(vm.new_exception_msg(
                &vm.exc.not_implemented_error,
                "multi-dimensional slicing is not implemented",
            ));
        }
        return Err(vm.new_type_error("memoryview: invalid slice key"));
    }
    if is_index(vm, key) {
        if ndim == 0 {
            return Err(vm.new_type_error("invalid indexing of 0-dim memory"));
        }
        if ndim > 1 {
            return Err(vm.new_exception_msg(
                &vm.exc.not_implemented_error,
                "multi-dimensional sub-views are not implemented",
            ));
        }
        let off = m.offset + index_offset(vm, m, key, 0)?;
        return Ok(Target::Item(off.max(0) as usize));
    }
    Err(vm.new_type_error("memoryview: invalid slice key"))
}

fn memoryview_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (o, m, a) = fixed(vm, &args, "__getitem__", 1)?;
    m.check(vm)?;
    if m.shape.is_empty() && a[0].is(&vm.ellipsis) {
        return Ok(o.clone());
    }
    if m.shape.is_empty() && a[0].downcast_ref::<PyTuple>().is_some_and(|t| t.as_slice().is_empty()) {
        let b = m.item_bytes(vm, m.offset.max(0) as usize)?;
        return Ok(item_to_py(vm, unpack(m.code(), &b)));
    }
    match locate(vm, m, &a[0])? {
        Target::Item(off) => {
            let b = m.item_bytes(vm, off)?;
            Ok(item_to_py(vm, unpack(m.code(), &b)))
        }
        Target::View(v) => Ok(new_view(vm, v)),
    }
}

fn memoryview_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, m, a) = fixed(vm, &args, "__setitem__", 2)?;
    m.check(vm)?;
    if m.readonly {
        return Err(vm.new_type_error("cannot modify read-only memory"));
    }
    let (key, value) = (&a[0], &a[1]);
    if m.shape.is_empty()
        && (key.is(&vm.ellipsis) || key.downcast_ref::<PyTuple>().is_some_and(|t| t.as_slice().is_empty()))
    {
        let data = pack(vm, &m.format, value)?;
        m.write_items(vm, &[m.offset.max(0) as usize], &data)?;
        return Ok(vm.none());
    }
    if m.shape.len() > 1 && key.payload_is::<PySlice>() {
        return Err(vm.new_exception_msg(
            &vm.exc.not_implemented_error,
            "memoryview slice assignments are currently restricted to ndim = 1",
        ));
    }
    match locate(vm, m, key)? {
        Target::Item(off) => {
            let data = pack(vm, &m.format, value)?;
            m.write_items(vm, &[off], &data)?;
        }
        Target::View(v) => {
            // The source copied, then written item by item (`Vm::charge_copy`).
            vm.charge_copy(v.nbytes().saturating_mul(2))?;
            let (src_format, src) = match value.downcast_ref::<PyMemoryView>() {
                Some(sv) => (sv.format.to_string(), sv.read_bytes(vm)?.into_vec()),
                None => ("B".to_string(), buffer::bytes_like(vm, value)?.into_vec()),
            };
            let offs = v.item_offsets();
            if code_of(&src_format) != v.code() || src.len() != offs.len() * v.itemsize {
                return Err(vm.new_value_error("memoryview assignment: lvalue and rvalue have different structures"));
            }
            v.write_items(vm, &offs, &src)?;
        }
    }
    Ok(vm.none())
}

fn memoryview_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, m, _) = fixed(vm, &args, "__delitem__", 1)?;
    m.check(vm)?;
    if m.readonly {
        return Err(vm.new_type_error("cannot modify read-only memory"));
    }
    Err(vm.new_type_error("cannot delete memory"))
}

fn memoryview_iter(vm: &mut Vm, args: Args) -> PyResult {
    let (o, m, _) = fixed(vm, &args, "__iter__", 0)?;
    m.check(vm)?;
    if m.shape.is_empty() {
        return Err(vm.new_type_error("invalid indexing of 0-dim memory"));
    }
    Ok(super::bytes::index_iter(o, &vm.types.memory_iterator))
}

/// The items of a view, or of a bytes-like object seen as bytes.
fn items_of(vm: &Vm, o: &PyObjectRef) -> PyResult<Option<(Vec<usize>, Vec<Item>)>> {
    if let Some(m) = o.downcast_ref::<PyMemoryView>() {
        let data = m.read_bytes(vm)?;
        let code = m.code();
        let items = data.chunks(m.itemsize.max(1)).map(|c| unpack(code, c)).collect();
        return Ok(Some((m.shape.clone(), items)));
    }
    match buffer::read(vm, o)? {
        Some(b) => Ok(Some((
            vec![b.len()],
            b.iter().map(|&c| Item::Int(i128::from(c))).collect(),
        ))),
        None => Ok(None),
    }
}

fn equal(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<bool>> {
    let (o, m, a) = fixed(vm, args, name, 1)?;
    let other = &a[0];
    if o.is(other) {
        return Ok(Some(true));
    }
    if m.released.get() || other.downcast_ref::<PyMemoryView>().is_some_and(|v| v.released.get()) {
        return Ok(Some(false));
    }
    let Some((oshape, oitems)) = items_of(vm, other)? else {
        return Ok(None);
    };
    let Some((shape, items)) = items_of(vm, o)? else {
        return Ok(None);
    };
    if shape != oshape {
        return Ok(Some(false));
    }
    Ok(Some(
        items.len() == oitems.len() && items.iter().zip(&oitems).all(|(&x, &y)| items_equal(x, y)),
    ))
}

fn memoryview_eq(vm: &mut Vm, args: Args) -> PyResult {
    match equal(vm, &args, "__eq__")? {
        Some(b) => Ok(vm.new_bool(b)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn memoryview_ne(vm: &mut Vm, args: Args) -> PyResult {
    match equal(vm, &args, "__ne__")? {
        Some(b) => Ok(vm.new_bool(!b)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn memoryview_hash(vm: &mut Vm, args: Args) -> PyResult {
    let (_, m, _) = fixed(vm, &args, "__hash__", 0)?;
    if m.hash.get() != -1 {
        return Ok(vm.new_int(m.hash.get()));
    }
    m.check(vm)?;
    if !m.readonly {
        return Err(vm.new_value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(&m.format) {
        return Err(vm.new_value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let data = m.read_bytes(vm)?.into_vec();
    let h = super::bytes::hash_bytes(vm, &data);
    m.hash.set(h);
    Ok(vm.new_int(h))
}

// ----- methods -----

fn memoryview_release(vm: &mut Vm, args: Args) -> PyResult {
    let (_, m, _) = fixed(vm, &args, "release", 0)?;
    m.release();
    Ok(vm.none())
}

fn memoryview_enter(vm: &mut Vm, args: Args) -> PyResult {
    let (o, m, _) = fixed(vm, &args, "__enter__", 0)?;
    m.check(vm)?;
    Ok(o.clone())
}

fn memoryview_exit(vm: &mut Vm, args: Args) -> PyResult {
    let (_, m) = this(vm, &args, "__exit__")?;
    m.release();
    Ok(vm.none())
}

fn memoryview_tobytes(vm: &mut Vm, args: Args) -> PyResult {
    let (_, m) = this(vm, &args, "tobytes")?;
    let rest = Args::new(&args.items()[1..], args.kwnames());
    if rest.items().len() > 1 {
        return Err(vm.new_type_error(format!(
            "tobytes() takes at most 1 argument ({} given)",
            rest.items().len()
        )));
    }
    let order = rest.pos().first().or_else(|| rest.kwarg("order"));
    if let Some((k, _)) = rest.kwargs().find(|(k, _)| *k != "order") {
        return Err(vm.new_type_error(format!("tobytes() got an unexpected keyword argument '{k}'")));
    }
    m.check(vm)?;
    if let Some(o) = order.filter(|o| !vm.is_none(o)) {
        let ok = o
            .downcast_ref::<PyStr>()
            .is_some_and(|s| matches!(s.as_str(), "C" | "F" | "A"));
        if !ok {
            if !o.payload_is::<PyStr>() {
                return Err(vm.new_type_error(format!(
                    "tobytes() argument 'order' must be str or None, not {}",
                    o.ty().name()
                )));
            }
            return Err(vm.new_value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    let data = m.read_bytes(vm)?;
    // The copy (`Vm::charge_copy`).
    vm.charge_copy(data.len())?;
    Ok(vm.new_bytes(data.into_vec()))
}

fn tolist_dim(vm: &Vm, m: &PyMemoryView, items: &[Item], dim: usize) -> PyObjectRef {
    if dim + 1 >= m.shape.len() {
        let v = items.iter().map(|&it| item_to_py(vm, it)).collect();
        return vm.new_list(v);
    }
    let n = m.shape[dim];
    let per = if n == 0 { 0 } else { items.len() / n };
    let v = (0..n)
        .map(|k| tolist_dim(vm, m, &items[k * per..(k + 1) * per], dim + 1))
        .collect();
    vm.new_list(v)
}

fn memoryview_tolist(vm: &mut Vm, args: Args) -> PyResult {
    let (_, m, _) = fixed(vm, &args, "tolist", 0)?;
    m.check(vm)?;
    let data = m.read_bytes(vm)?;
    // An object an item (a new one unless it is a small int or a bool), in a list:
    // against the memory cap before they are made, and charged as linear
    // work (`Vm::charge_items`).
    let n = data.len() / m.itemsize.max(1);
    let per_item = std::mem::size_of::<PyObjectRef>() + if m.code() == b'B' || m.code() == b'?' { 0 } else { 32 };
    vm.check_alloc_items(n as u128, per_item)?;
    vm.charge_items(n.saturating_mul(2).saturating_add(data.len() / 8))?;
    let data = data.into_vec();
    let code = m.code();
    let items: Vec<Item> = data.chunks(m.itemsize.max(1)).map(|c| unpack(code, c)).collect();
    if m.shape.is_empty() {
        return Ok(item_to_py(vm, items.first().copied().unwrap_or(Item::Int(0))));
    }
    Ok(tolist_dim(vm, m, &items, 0))
}

fn memoryview_hex(vm: &mut Vm, args: Args) -> PyResult {
    let (_, m) = this(vm, &args, "hex")?;
    m.check(vm)?;
    let data = m.read_bytes(vm)?;
    vm.charge_copy(data.len())?;
    let mut items = vec![vm.new_bytes(data.into_vec())];
    items.extend_from_slice(&args.items()[1..]);
    super::bytes::bytes_hex(vm, Args::new(&items, args.kwnames()))
}

fn memoryview_toreadonly(vm: &mut Vm, args: Args) -> PyResult {
    let (_, m, _) = fixed(vm, &args, "toreadonly", 0)?;
    m.check(vm)?;
    let mut v = m.derive(m.offset, &m.format, m.itemsize, m.shape.clone(), m.strides.clone());
    v.readonly = true;
    Ok(new_view(vm, v))
}

fn cast_shape(vm: &mut Vm, shape: &PyObjectRef) -> PyResult<Vec<usize>> {
    let items: Vec<PyObjectRef> = if let Some(t) = shape.downcast_ref::<PyTuple>() {
        t.as_slice().to_vec()
    } else if let Some(l) = shape.downcast_ref::<super::list::PyList>() {
        l.items.borrow().clone()
    } else {
        return Err(vm.new_type_error("shape must be a list or a tuple"));
    };
    if items.len() > MAX_NDIM {
        return Err(vm.new_value_error(format!("memoryview: number of dimensions must not exceed {MAX_NDIM}")));
    }
    let mut out = Vec::with_capacity(items.len());
    let mut product: u128 = 1;
    for it in &items {
        if !it.payload_is::<PyInt>() {
            return Err(vm.new_type_error("memoryview.cast(): elements of shape must be integers"));
        }
        let n = match vm.to_index_value(it)? {
            IntValue::Small(n) => n,
            IntValue::Big(_) => return Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
        };
        if n <= 0 {
            return Err(vm.new_value_error("memoryview.cast(): elements of shape must be integers > 0"));
        }
        product = product.saturating_mul(n as u128);
        if product > isize::MAX as u128 {
            return Err(vm.new_value_error("memoryview.cast(): product(shape) > SSIZE_MAX"));
        }
        out.push(n as usize);
    }
    Ok(out)
}

fn memoryview_cast(vm: &mut Vm, args: Args) -> PyResult {
    let (_, m) = this(vm, &args, "cast")?;
    let rest = Args::new(&args.items()[1..], args.kwnames());
    let n = rest.items().len();
    if n > 2 {
        return Err(vm.new_type_error(format!("cast() takes at most 2 arguments ({n} given)")));
    }
    let mut slots: [Option<&PyObjectRef>; 2] = [rest.pos().first(), rest.pos().get(1)];
    for (k, v) in rest.kwargs() {
        match k {
            "format" if slots[0].is_none() => slots[0] = Some(v),
            "shape" if slots[1].is_none() => slots[1] = Some(v),
            _ => return Err(vm.new_type_error(format!("cast() got an unexpected keyword argument '{k}'"))),
        }
    }
    let Some(fmt) = slots[0] else {
        return Err(vm.new_type_error("cast() missing required argument 'format' (pos 1)"));
    };
    let Some(fmt) = fmt.downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!("cast() argument 'format' must be str, not {}", fmt.ty().name())));
    };
    let fmt = fmt.as_str().to_string();
    m.check(vm)?;
    if !m.is_c_contiguous() {
        return Err(vm.new_type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if slots[1].is_some() && m.shape.contains(&0) {
        return Err(vm.new_type_error("memoryview: cannot cast view with zeros in shape or strides"));
    }
    let shape = match slots[1] {
        Some(s) => Some(cast_shape(vm, s)?),
        None => None,
    };
    if let Some(s) = &shape {
        if m.shape.len() != 1 && s.len() != 1 {
            return Err(vm.new_type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
        }
    }
    let Some(itemsize) = native_size(&fmt) else {
        return Err(vm.new_value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if !is_byte_format(&m.format) && !is_byte_format(&fmt) {
        return Err(vm.new_type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.nbytes();
    let shape = match shape {
        Some(s) => {
            let product: usize = s.iter().product();
            if product.checked_mul(itemsize) != Some(nbytes) {
                return Err(vm.new_type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            s
        }
        None => {
            if nbytes % itemsize != 0 {
                return Err(vm.new_type_error("memoryview: length is not a multiple of itemsize"));
            }
            vec![nbytes / itemsize]
        }
    };
    let mut strides = vec![0isize; shape.len()];
    let mut step = itemsize as isize;
    for (st, &n) in strides.iter_mut().zip(&shape).rev() {
        *st = step;
        step *= n as isize;
    }
    let v = m.derive(m.offset, &fmt, itemsize, shape, strides);
    Ok(new_view(vm, v))
}

pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types.memoryview.clone();
    vm.add_static(&t, "__new__", memoryview_new);
    let methods: &[(&'static str, crate::vm::NativeFn)] = &[
        ("__repr__", memoryview_repr),
        ("__len__", memoryview_len),
        ("__getitem__", memoryview_getitem),
        ("__setitem__", memoryview_setitem),
        ("__delitem__", memoryview_delitem),
        ("__iter__", memoryview_iter),
        ("__eq__", memoryview_eq),
        ("__ne__", memoryview_ne),
        ("__hash__", memoryview_hash),
        ("__enter__", memoryview_enter),
        ("__exit__", memoryview_exit),
        ("release", memoryview_release),
        ("tobytes", memoryview_tobytes),
        ("tolist", memoryview_tolist),
        ("hex", memoryview_hex),
        ("toreadonly", memoryview_toreadonly),
        ("cast", memoryview_cast),
    ];
    for &(name, f) in methods {
        vm.add_method(&t, name, f);
    }
    let getters: &[(&'static str, crate::object::function::Getter)] = &[
        ("obj", get_obj),
        ("nbytes", get_nbytes),
        ("readonly", get_readonly),
        ("itemsize", get_itemsize),
        ("format", get_format),
        ("ndim", get_ndim),
        ("shape", get_shape),
        ("strides", get_strides),
        ("suboffsets", get_suboffsets),
        ("c_contiguous", get_c_contiguous),
        ("f_contiguous", get_f_contiguous),
        ("contiguous", get_contiguous),
    ];
    for &(name, g) in getters {
        vm.add_getset(&t, name, g, None);
    }
}
