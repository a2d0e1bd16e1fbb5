//! `array`: compact arrays of C numbers (and `u`, UCS-4 characters), with
//! CPython 3.11's methods, conversions and messages.
//!
//! An array is its type code and a `Vec<u8>` of items in native byte order.
//! It exports that memory through the VM's buffer protocol
//! (`buffer::register_exporter`), so `bytes(a)`, `memoryview(a)`,
//! `struct.pack_into(.., a, ..)` and file writes see and change it; while a
//! view is alive the array refuses to resize (`BufferError`).
//!
//! Values are converted before the storage is borrowed (`__index__` and
//! `__float__` may run Python code), and no borrow is held across a call.

use std::cell::{Cell, RefCell, RefMut};

use kaa_compiler::bytecode::CompareOp;
use kaa_vm::object::buffer::{self, BufView, Exporter};
use kaa_vm::object::bytearray::PyByteArray;
use kaa_vm::object::bytes::PyBytes;
use kaa_vm::object::core::PyPayload;
use kaa_vm::object::float::{float_from_object, float_repr, PyFloat};
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::list::PyList;
use kaa_vm::object::slice::{resolve_slice, PySlice};
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

const ARRAY: &str = "array.array";
const ARRAY_ITER: &str = "array.arrayiterator";

pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// The size of one item of type code `c`.
fn itemsize(c: u8) -> usize {
    match c {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

pub struct PyArray {
    code: u8,
    data: RefCell<Vec<u8>>,
    exports: Cell<usize>,
    charged: Cell<usize>,
}

impl PyPayload for PyArray {
    fn heap_bytes(&self) -> usize {
        self.charged.get()
    }
}

impl Exporter for PyArray {
    fn read(&self) -> Option<BufView<'_>> {
        self.data
            .try_borrow()
            .ok()
            .map(|r| BufView::Shared(std::cell::Ref::map(r, |v| &v[..])))
    }
    fn write(&self) -> Option<RefMut<'_, [u8]>> {
        self.data.try_borrow_mut().ok().map(|r| RefMut::map(r, |v| &mut v[..]))
    }
    fn readonly(&self) -> bool {
        false
    }
    fn format(&self) -> (&'static str, usize) {
        let f = match self.code {
            b'b' => "b",
            b'B' => "B",
            b'u' => "w",
            b'h' => "h",
            b'H' => "H",
            b'i' => "i",
            b'I' => "I",
            b'l' => "l",
            b'L' => "L",
            b'q' => "q",
            b'Q' => "Q",
            b'f' => "f",
            _ => "d",
        };
        (f, itemsize(self.code))
    }
    fn exports(&self) -> Option<&Cell<usize>> {
        Some(&self.exports)
    }
}

fn lookup_exporter(o: &PyObjectRef) -> Option<&dyn Exporter> {
    o.downcast_ref::<PyArray>().map(|a| a as &dyn Exporter)
}

impl PyArray {
    fn new(code: u8, data: Vec<u8>) -> PyArray {
        let charged = Cell::new(data.capacity());
        PyArray {
            code,
            data: RefCell::new(data),
            exports: Cell::new(0),
            charged,
        }
    }

    fn size(&self) -> usize {
        itemsize(self.code)
    }

    fn len(&self) -> usize {
        self.data.try_borrow().map_or(0, |d| d.len()) / self.size()
    }

    fn bytes(&self) -> Vec<u8> {
        self.data.try_borrow().map(|d| d.clone()).unwrap_or_default()
    }

    /// Change the contents with `f`, which may resize them: refused while
    /// buffers are exported.
    fn resize_with<R>(&self, vm: &Vm, f: impl FnOnce(&mut Vec<u8>) -> R) -> PyResult<R> {
        if self.exports.get() > 0 {
            return Err(resize_error(vm));
        }
        let r = {
            let mut d = self.data.try_borrow_mut().map_err(|_| resize_error(vm))?;
            f(&mut d)
        };
        if let Ok(d) = self.data.try_borrow() {
            vm.heap.recharge(&self.charged, d.capacity());
        }
        Ok(r)
    }

    fn modify<R>(&self, vm: &Vm, f: impl FnOnce(&mut [u8]) -> R) -> PyResult<R> {
        let mut d = self.data.try_borrow_mut().map_err(|_| buffer::resize_error(vm))?;
        Ok(f(&mut d))
    }

    fn item(&self, vm: &mut Vm, i: usize) -> Option<PyObjectRef> {
        let n = self.size();
        let raw = {
            let d = self.data.try_borrow().ok()?;
            let mut b = [0u8; 8];
            b[..n].copy_from_slice(d.get(i * n..i * n + n)?);
            b
        };
        Some(decode(vm, self.code, &raw[..n]))
    }
}

fn resize_error(vm: &Vm) -> PyObjectRef {
    vm.new_exception_msg(&vm.exc.buffer_error, "cannot resize an array that is exporting buffers")
}

// ----- items -----

/// One item's bytes (native order) as a Python object.
fn decode(vm: &mut Vm, code: u8, b: &[u8]) -> PyObjectRef {
    let mut w = [0u8; 8];
    w[..b.len()].copy_from_slice(b);
    let u = u64::from_ne_bytes(w);
    match code {
        b'b' => vm.new_int(i64::from(b[0] as i8)),
        b'B' => vm.new_int(i64::from(b[0])),
        b'h' => vm.new_int(i64::from(i16::from_ne_bytes([b[0], b[1]]))),
        b'H' => vm.new_int(i64::from(u16::from_ne_bytes([b[0], b[1]]))),
        b'i' => vm.new_int(i64::from(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]))),
        b'I' => vm.new_int(i64::from(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))),
        b'l' | b'q' => vm.new_int(i64::from_ne_bytes(w)),
        b'L' | b'Q' => match i64::try_from(u) {
            Ok(n) => vm.new_int(n),
            Err(_) => vm.new_bigint(num_bigint::BigInt::from(u)),
        },
        b'f' => vm.new_float(f64::from(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]))),
        b'd' => vm.new_float(f64::from_ne_bytes(w)),
        _ => {
            let c = u32::from_ne_bytes([b[0], b[1], b[2], b[3]]);
            match char::from_u32(c) {
                Some(ch) => vm.new_str(ch.to_string()),
                None => vm.new_str("\u{fffd}"),
            }
        }
    }
}

fn int_of(vm: &mut Vm, v: &PyObjectRef) -> PyResult<IntValue> {
    if let Some(i) = v.downcast_ref::<PyInt>() {
        return Ok(i.value.clone());
    }
    vm.to_index_value(v)
}

/// A Python value as one item of type code `code` (into `out`, `itemsize` bytes).
fn encode(vm: &mut Vm, code: u8, v: &PyObjectRef, out: &mut [u8]) -> PyResult<()> {
    match code {
        b'f' | b'd' => {
            let x = match v.downcast_ref::<PyFloat>() {
                Some(f) => f.value,
                None => {
                    if v.payload_is::<PyStr>()
                        || (!v.payload_is::<PyInt>() && {
                            let (f, i) = (vm.names.__float__.clone(), vm.names.__index__.clone());
                            vm.lookup_special(v, &f).is_none() && vm.lookup_special(v, &i).is_none()
                        })
                    {
                        return Err(vm.new_type_error(format!("must be real number, not {}", v.ty().name())));
                    }
                    float_from_object(vm, v)?
                }
            };
            if code == b'f' {
                out.copy_from_slice(&(x as f32).to_ne_bytes());
            } else {
                out.copy_from_slice(&x.to_ne_bytes());
            }
        }
        b'u' => {
            let ch = v
                .downcast_ref::<PyStr>()
                .and_then(|s| {
                    let mut it = s.as_str().chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Some(c),
                        _ => None,
                    }
                })
                .ok_or_else(|| vm.new_type_error("array item must be unicode character"))?;
            out.copy_from_slice(&(ch as u32).to_ne_bytes());
        }
        _ => {
            let i = int_of(vm, v)?;
            encode_int(vm, code, &i, out)?;
        }
    }
    Ok(())
}

fn encode_int(vm: &mut Vm, code: u8, i: &IntValue, out: &mut [u8]) -> PyResult<()> {
    let unsigned = matches!(code, b'I' | b'L' | b'Q');
    if unsigned {
        let n: u64 = match i {
            IntValue::Small(n) if *n >= 0 => *n as u64,
            IntValue::Big(b) if b.sign() != num_bigint::Sign::Minus => match u64::try_from(&**b) {
                Ok(n) => n,
                Err(_) => {
                    return Err(vm.new_overflow_error(if code == b'Q' {
                        "int too big to convert"
                    } else {
                        "Python int too large to convert to C unsigned long"
                    }))
                }
            },
            _ => {
                return Err(vm.new_overflow_error(if code == b'Q' {
                    "can't convert negative int to unsigned"
                } else {
                    "can't convert negative value to unsigned int"
                }))
            }
        };
        if code == b'I' {
            if n > u64::from(u32::MAX) {
                return Err(vm.new_overflow_error("unsigned int is greater than maximum"));
            }
            out.copy_from_slice(&(n as u32).to_ne_bytes());
        } else {
            out.copy_from_slice(&n.to_ne_bytes());
        }
        return Ok(());
    }
    let n: i64 = match i {
        IntValue::Small(n) => *n,
        IntValue::Big(b) => match i64::try_from(&**b) {
            Ok(n) => n,
            Err(_) => {
                return Err(vm.new_overflow_error(if code == b'q' {
                    "int too big to convert"
                } else {
                    "Python int too large to convert to C long"
                }))
            }
        },
    };
    // CPython converts `b` as a C short and `H` as a C int first.
    let (lo, hi, name): (i64, i64, &str) = match code {
        b'b' if n < -32768 || n > 32767 => (-32768, 32767, "signed short integer"),
        b'H' if n < i64::from(i32::MIN) || n > i64::from(i32::MAX) => {
            (i64::from(i32::MIN), i64::from(i32::MAX), "signed integer")
        }
        b'b' => (-128, 127, "signed char"),
        b'B' => (0, 255, "unsigned byte integer"),
        b'h' => (-32768, 32767, "signed short integer"),
        b'H' => (0, 65535, "unsigned short"),
        b'i' => (i64::from(i32::MIN), i64::from(i32::MAX), "signed integer"),
        _ => (i64::MIN, i64::MAX, ""),
    };
    if n < lo {
        return Err(vm.new_overflow_error(format!("{name} is less than minimum")));
    }
    if n > hi {
        return Err(vm.new_overflow_error(format!("{name} is greater than maximum")));
    }
    let b = n.to_ne_bytes();
    let size = itemsize(code);
    if cfg!(target_endian = "little") {
        out.copy_from_slice(&b[..size]);
    } else {
        out.copy_from_slice(&b[8 - size..]);
    }
    Ok(())
}

/// Encode every value of `values`.
fn encode_all(vm: &mut Vm, code: u8, values: &[PyObjectRef]) -> PyResult<Vec<u8>> {
    let n = itemsize(code);
    let mut out = crate::r#struct::zeroed(vm, values.len() * n)?;
    for (v, dst) in values.iter().zip(out.chunks_mut(n)) {
        encode(vm, code, v, dst)?;
    }
    Ok(out)
}

// ----- helpers -----

fn state_type(vm: &mut Vm, key: &str) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get(key).cloned();
    found.ok_or_else(|| vm.new_runtime_error("array is not initialized"))
}

fn this<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyObjectRef, &'a PyArray)> {
    match args.pos().first() {
        Some(o) => match o.downcast_ref::<PyArray>() {
            Some(a) => Ok((o, a)),
            None => Err(vm.new_type_error(format!(
                "descriptor '{name}' for 'array.array' objects doesn't apply to a '{}' object",
                o.ty().name()
            ))),
        },
        None => Err(vm.new_type_error(format!("descriptor '{name}' of 'array.array' object needs an argument"))),
    }
}

fn arg_n<'a>(vm: &mut Vm, args: &Args<'a>, qual: &str, min: usize, max: usize) -> PyResult<&'a [PyObjectRef]> {
    args.no_kwargs(vm, qual)?;
    let rest = &args.pos()[1..];
    if rest.len() < min || rest.len() > max {
        let msg = if min == max && min == 1 {
            format!("{qual}() takes exactly one argument ({} given)", rest.len())
        } else if max == 0 {
            format!("{qual}() takes no arguments ({} given)", rest.len())
        } else if rest.len() < min {
            format!(
                "{qual} expected at least {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                rest.len()
            )
        } else {
            format!(
                "{qual} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                rest.len()
            )
        };
        return Err(vm.new_type_error(msg));
    }
    Ok(rest)
}

fn new_array(vm: &mut Vm, cls: &PyObjectRef, code: u8, data: Vec<u8>) -> PyObjectRef {
    vm.new_instance(PyArray::new(code, data), cls)
}

fn same_class_new(vm: &mut Vm, o: &PyObjectRef, code: u8, data: Vec<u8>) -> PyResult {
    let cls = state_type(vm, ARRAY)?;
    let _ = o;
    Ok(new_array(vm, &cls, code, data))
}

/// Append the items of `init` (any initializer but `str`/bytes) to `a`.
fn extend_from(vm: &mut Vm, a: &PyArray, init: &PyObjectRef, same_kind_only: bool) -> PyResult<()> {
    if let Some(b) = init.downcast_ref::<PyArray>() {
        if b.code == a.code {
            let data = b.bytes();
            return a.resize_with(vm, |d| d.extend_from_slice(&data));
        }
        if same_kind_only {
            return Err(vm.new_type_error("can only extend with array of same kind"));
        }
    }
    // As CPython's `array_iter_extend`, items go in one by one: those before
    // one that does not fit stay appended, and its error is raised.
    let mut data = Vec::new();
    let r = if let Some(items) = init
        .downcast_ref::<PyList>()
        .map(|l| l.items.borrow().clone())
        .or_else(|| init.downcast_ref::<PyTuple>().map(|t| t.as_slice().to_vec()))
    {
        vm.check_alloc((items.len() as u128) * (a.size() as u128))?;
        data.reserve_exact(items.len() * a.size());
        items.iter().try_for_each(|v| encode_push(vm, a.code, v, &mut data))
    } else {
        encode_iterable(vm, a.code, init, &mut data)
    };
    a.resize_with(vm, |d| d.extend_from_slice(&data))?;
    r
}

/// Append `v` encoded to `out`.
fn encode_push(vm: &mut Vm, code: u8, v: &PyObjectRef, out: &mut Vec<u8>) -> PyResult<()> {
    let at = out.len();
    out.resize(at + itemsize(code), 0);
    let r = encode(vm, code, v, &mut out[at..]);
    if r.is_err() {
        out.truncate(at);
    }
    r
}

/// Append the items of any iterable to `out`, encoded as they come: the
/// objects are not kept (`array('i', range(n))` held n ints at once, 40
/// bytes an item where the array takes 4: `docs/performance.md`, "Session
/// 16: peak memory"). Stops at the first error, keeping what came before.
fn encode_iterable(vm: &mut Vm, code: u8, init: &PyObjectRef, out: &mut Vec<u8>) -> PyResult<()> {
    // A known length is checked before anything is made (`limits.rs`).
    vm.check_materialise(init, itemsize(code), true)?;
    let it = vm.get_iter(init)?;
    let mut count = 0usize;
    while let Some(v) = vm.iter_next(&it)? {
        encode_push(vm, code, &v, out)?;
        count += 1;
        if count % kaa_vm::limits::LONG_LOOP == 0 {
            // An endless iterator must not outrun the limits (`limits.rs`).
            vm.check_long_loop(out.capacity())?;
        }
    }
    Ok(())
}

fn frombytes_into(vm: &mut Vm, a: &PyArray, b: &PyObjectRef) -> PyResult<()> {
    let data = buffer::bytes_like(vm, b)?.into_vec();
    if data.len() % a.size() != 0 {
        return Err(vm.new_value_error("bytes length not a multiple of item size"));
    }
    a.resize_with(vm, |d| d.extend_from_slice(&data))
}

fn unicode_bytes(s: &str) -> Vec<u8> {
    s.chars().flat_map(|c| (c as u32).to_ne_bytes()).collect()
}

// ----- construction -----

fn array_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos().first().cloned() else {
        return Err(vm.new_type_error("array.__new__(): not enough arguments"));
    };
    let base = state_type(vm, ARRAY)?;
    if cls.is(&base) && args.has_kwargs() {
        return Err(vm.new_type_error("array.array() takes no keyword arguments"));
    }
    let rest = &args.pos()[1..];
    if rest.is_empty() {
        return Err(vm.new_type_error("array() takes at least 1 argument (0 given)"));
    }
    if rest.len() > 2 {
        return Err(vm.new_type_error(format!("array() takes at most 2 arguments ({} given)", rest.len())));
    }
    let tc = &rest[0];
    let code = match tc.downcast_ref::<PyStr>() {
        Some(s) if s.char_len() == 1 => s.as_str().as_bytes()[0],
        Some(_) => {
            return Err(vm.new_type_error("array() argument 1 must be a unicode character, not str"));
        }
        None => {
            return Err(vm.new_type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                tc.ty().name()
            )))
        }
    };
    if !TYPECODES.as_bytes().contains(&code) {
        return Err(vm.new_value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
    }
    let a = PyArray::new(code, Vec::new());
    if let Some(init) = rest.get(1) {
        if let Some(s) = init.downcast_ref::<PyStr>() {
            if code != b'u' {
                return Err(vm.new_type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    code as char
                )));
            }
            let data = unicode_bytes(s.as_str());
            a.resize_with(vm, |d| d.extend_from_slice(&data))?;
        } else if init.payload_is::<PyBytes>() || init.payload_is::<PyByteArray>() {
            frombytes_into(vm, &a, init)?;
        } else {
            if let Some(b) = init.downcast_ref::<PyArray>() {
                if b.code == b'u' && code != b'u' {
                    return Err(vm.new_type_error(format!(
                        "cannot use a unicode array to initialize an array with typecode '{}'",
                        code as char
                    )));
                }
            }
            extend_from(vm, &a, init, false)?;
        }
    }
    Ok(vm.new_instance(a, &cls))
}

// ----- sequence protocol -----

fn array_len(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "__len__")?;
    Ok(vm.new_int(a.len() as i64))
}

fn index_of(vm: &mut Vm, key: &PyObjectRef, len: usize, msg: &str) -> PyResult<usize> {
    let i = match key.downcast_ref::<PyInt>() {
        Some(i) => i.value.clone(),
        None => {
            let index = vm.names.__index__.clone();
            if vm.lookup_special(key, &index).is_none() {
                return Err(vm.new_type_error("array indices must be integers"));
            }
            vm.to_index_value(key)?
        }
    };
    let n = match i {
        IntValue::Small(n) => n,
        IntValue::Big(_) => return Err(vm.new_index_error(msg)),
    };
    let n = if n < 0 { n + len as i64 } else { n };
    if n < 0 || n >= len as i64 {
        return Err(vm.new_index_error(msg));
    }
    Ok(n as usize)
}

fn slice_positions(start: isize, step: isize, count: usize) -> impl Iterator<Item = usize> {
    (0..count).map(move |k| (start + step * k as isize) as usize)
}

fn array_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (o, a) = this(vm, &args, "__getitem__")?;
    let [key] = arg_n(vm, &args, "__getitem__", 1, 1)? else {
        unreachable!()
    };
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let (start, _stop, step, count) = resolve_slice(vm, s, a.len())?;
        let n = a.size();
        let data = a.bytes();
        let mut out = Vec::with_capacity(count * n);
        for p in slice_positions(start, step, count) {
            out.extend_from_slice(&data[p * n..p * n + n]);
        }
        return same_class_new(vm, o, a.code, out);
    }
    let i = index_of(vm, key, a.len(), "array index out of range")?;
    a.item(vm, i)
        .ok_or_else(|| vm.new_index_error("array index out of range"))
}

fn array_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let (o, a) = this(vm, &args, "__setitem__")?;
    let rest = &args.pos()[1..];
    let (key, value) = match rest {
        [k, v] => (k, v),
        _ => return Err(vm.new_type_error(format!("expected 2 arguments, got {}", rest.len()))),
    };
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let Some(src) = value.downcast_ref::<PyArray>() else {
            return Err(vm.new_type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                value.ty().name()
            )));
        };
        if src.code != a.code {
            return Err(vm.new_type_error("bad argument type for built-in operation"));
        }
        let src_data = src.bytes();
        let len = a.len();
        let n = a.size();
        let (start, stop, step, count) = resolve_slice(vm, s, len)?;
        let m = src_data.len() / n;
        if step == 1 {
            let start = start.max(0) as usize;
            let stop = (stop.max(start as isize) as usize).max(start);
            if m == stop - start {
                return a
                    .modify(vm, |d| d[start * n..stop * n].copy_from_slice(&src_data))
                    .map(|_| vm.none());
            }
            a.resize_with(vm, |d| {
                d.splice(start * n..stop * n, src_data.iter().copied());
            })?;
            return Ok(vm.none());
        }
        if m != count {
            return Err(vm.new_value_error(format!(
                "attempt to assign array of size {m} to extended slice of size {count}"
            )));
        }
        a.modify(vm, |d| {
            for (k, p) in slice_positions(start, step, count).enumerate() {
                d[p * n..p * n + n].copy_from_slice(&src_data[k * n..k * n + n]);
            }
        })?;
        let _ = o;
        return Ok(vm.none());
    }
    let i = index_of(vm, key, a.len(), "array assignment index out of range")?;
    let mut buf = [0u8; 8];
    let n = a.size();
    encode(vm, a.code, value, &mut buf[..n])?;
    a.modify(vm, |d| {
        if let Some(dst) = d.get_mut(i * n..i * n + n) {
            dst.copy_from_slice(&buf[..n]);
        }
    })?;
    Ok(vm.none())
}

fn array_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "__delitem__")?;
    let [key] = arg_n(vm, &args, "__delitem__", 1, 1)? else {
        unreachable!()
    };
    let n = a.size();
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let (start, _stop, step, count) = resolve_slice(vm, s, a.len())?;
        if count == 0 {
            return Ok(vm.none());
        }
        let mut doomed: Vec<usize> = slice_positions(start, step, count).collect();
        doomed.sort_unstable();
        a.resize_with(vm, |d| {
            let mut out = Vec::with_capacity(d.len() - count * n);
            let mut k = 0;
            for (i, chunk) in d.chunks(n).enumerate() {
                if k < doomed.len() && doomed[k] == i {
                    k += 1;
                } else {
                    out.extend_from_slice(chunk);
                }
            }
            *d = out;
        })?;
        return Ok(vm.none());
    }
    let i = index_of(vm, key, a.len(), "array assignment index out of range")?;
    a.resize_with(vm, |d| {
        d.drain(i * n..i * n + n);
    })?;
    Ok(vm.none())
}

fn array_contains(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "__contains__")?;
    let [x] = arg_n(vm, &args, "__contains__", 1, 1)? else {
        unreachable!()
    };
    let found = find(vm, a, x, 0, usize::MAX)?.is_some();
    Ok(vm.new_bool(found))
}

/// The first index in `start..stop` whose item equals `x`.
fn find(vm: &mut Vm, a: &PyArray, x: &PyObjectRef, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(a.len()) {
        let Some(v) = a.item(vm, i) else { break };
        if vm.eq(&v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

// ----- the iterator -----

struct PyArrayIter {
    array: RefCell<Option<PyObjectRef>>,
    index: Cell<usize>,
}

impl PyPayload for PyArrayIter {
    const GC: bool = true;
    fn traverse(&self, visit: &mut kaa_vm::object::core::Visit<'_>) {
        visit.visit_cell(&self.array, |a, visit| {
            if let Some(a) = a {
                visit.visit(a)
            }
        });
    }
    fn clear(&self) {
        let old = self.array.try_borrow_mut().map(|mut a| a.take());
        drop(old);
    }
}

fn array_iter(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = this(vm, &args, "__iter__")?;
    let cls = state_type(vm, ARRAY_ITER)?;
    Ok(PyObjectRef::new(
        PyArrayIter {
            array: RefCell::new(Some(o.clone())),
            index: Cell::new(0),
        },
        &cls,
    ))
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult {
    let Some(it) = args.pos().first().and_then(|o| o.downcast_ref::<PyArrayIter>()) else {
        return Err(vm.new_type_error("descriptor '__next__' requires a 'array.arrayiterator' object"));
    };
    let Some(o) = it.array.borrow().clone() else {
        return Err(vm.new_stop_iteration(None));
    };
    let i = it.index.get();
    let item = o.downcast_ref::<PyArray>().and_then(|a| a.item(vm, i));
    match item {
        Some(v) => {
            it.index.set(i + 1);
            Ok(v)
        }
        None => {
            *it.array.borrow_mut() = None;
            Err(vm.new_stop_iteration(None))
        }
    }
}

fn iter_iter(vm: &mut Vm, args: Args) -> PyResult {
    match args.pos().first() {
        Some(o) if o.payload_is::<PyArrayIter>() => Ok(o.clone()),
        _ => Err(vm.new_type_error("descriptor '__iter__' requires a 'array.arrayiterator' object")),
    }
}

// ----- methods -----

fn array_append(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "append")?;
    let [v] = arg_n(vm, &args, "array.append", 1, 1)? else {
        unreachable!()
    };
    let n = a.size();
    let mut buf = [0u8; 8];
    encode(vm, a.code, v, &mut buf[..n])?;
    a.resize_with(vm, |d| d.extend_from_slice(&buf[..n]))?;
    Ok(vm.none())
}

fn array_extend(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "extend")?;
    let [v] = arg_n(vm, &args, "array.extend", 1, 1)? else {
        unreachable!()
    };
    extend_from(vm, a, v, true)?;
    Ok(vm.none())
}

fn array_insert(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "insert")?;
    let rest = arg_n(vm, &args, "insert", 2, 2)?;
    let i = vm.to_index(&rest[0])?;
    let len = a.len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let n = a.size();
    let mut buf = [0u8; 8];
    encode(vm, a.code, &rest[1], &mut buf[..n])?;
    a.resize_with(vm, |d| {
        d.splice(i * n..i * n, buf[..n].iter().copied());
    })?;
    Ok(vm.none())
}

fn array_pop(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "pop")?;
    let rest = arg_n(vm, &args, "pop", 0, 1)?;
    let i = match rest.first() {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let len = a.len() as i64;
    if len == 0 {
        return Err(vm.new_index_error("pop from empty array"));
    }
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return Err(vm.new_index_error("pop index out of range"));
    }
    let i = i as usize;
    let v = a
        .item(vm, i)
        .ok_or_else(|| vm.new_index_error("pop index out of range"))?;
    let n = a.size();
    a.resize_with(vm, |d| {
        d.drain(i * n..i * n + n);
    })?;
    Ok(v)
}

fn array_remove(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "remove")?;
    let [x] = arg_n(vm, &args, "array.remove", 1, 1)? else {
        unreachable!()
    };
    match find(vm, a, x, 0, usize::MAX)? {
        Some(i) => {
            let n = a.size();
            a.resize_with(vm, |d| {
                d.drain(i * n..i * n + n);
            })?;
            Ok(vm.none())
        }
        None => Err(vm.new_value_error("array.remove(x): x not in array")),
    }
}

fn clamp(vm: &mut Vm, v: Option<&PyObjectRef>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else { return Ok(default) };
    let i = match vm.to_index_value(v)? {
        IntValue::Small(i) => i,
        IntValue::Big(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
        IntValue::Big(_) => i64::MAX,
    };
    let len = len as i64;
    Ok(if i < 0 {
        (i.saturating_add(len)).max(0)
    } else {
        i.min(len)
    } as usize)
}

fn array_index(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "index")?;
    let rest = arg_n(vm, &args, "index", 1, 3)?;
    let len = a.len();
    let start = clamp(vm, rest.get(1), len, 0)?;
    let stop = clamp(vm, rest.get(2), len, len)?;
    match find(vm, a, &rest[0], start, stop)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.new_value_error("array.index(x): x not in array")),
    }
}

fn array_count(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "count")?;
    let [x] = arg_n(vm, &args, "array.count", 1, 1)? else {
        unreachable!()
    };
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = a.item(vm, i) {
        if vm.eq(&v, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(vm.new_int(n))
}

fn array_reverse(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "reverse")?;
    arg_n(vm, &args, "array.reverse", 0, 0)?;
    let n = a.size();
    a.modify(vm, |d| {
        let items: Vec<u8> = d.chunks(n).rev().flatten().copied().collect();
        d.copy_from_slice(&items);
    })?;
    Ok(vm.none())
}

fn array_byteswap(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "byteswap")?;
    arg_n(vm, &args, "array.byteswap", 0, 0)?;
    let n = a.size();
    a.modify(vm, |d| d.chunks_mut(n).for_each(|c| c.reverse()))?;
    Ok(vm.none())
}

fn array_buffer_info(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "buffer_info")?;
    arg_n(vm, &args, "array.buffer_info", 0, 0)?;
    let addr = a.data.try_borrow().map_or(0, |d| d.as_ptr() as usize);
    let items = vec![vm.new_int(addr as i64), vm.new_int(a.len() as i64)];
    Ok(vm.new_tuple(items))
}

fn array_frombytes(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "frombytes")?;
    let [b] = arg_n(vm, &args, "array.frombytes", 1, 1)? else {
        unreachable!()
    };
    frombytes_into(vm, a, b)?;
    Ok(vm.none())
}

fn array_tobytes(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "tobytes")?;
    arg_n(vm, &args, "array.tobytes", 0, 0)?;
    Ok(vm.new_bytes(a.bytes()))
}

fn array_fromlist(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "fromlist")?;
    let [l] = arg_n(vm, &args, "array.fromlist", 1, 1)? else {
        unreachable!()
    };
    let Some(list) = l.downcast_ref::<PyList>() else {
        return Err(vm.new_type_error("arg must be list"));
    };
    let items = list.items.borrow().clone();
    let data = encode_all(vm, a.code, &items)?;
    a.resize_with(vm, |d| d.extend_from_slice(&data))?;
    Ok(vm.none())
}

fn array_tolist(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "tolist")?;
    arg_n(vm, &args, "array.tolist", 0, 0)?;
    let data = a.bytes();
    let items: Vec<PyObjectRef> = data.chunks(a.size()).map(|c| decode(vm, a.code, c)).collect();
    Ok(vm.new_list(items))
}

fn array_fromunicode(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "fromunicode")?;
    let [s] = arg_n(vm, &args, "array.fromunicode", 1, 1)? else {
        unreachable!()
    };
    let Some(s) = s.downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!("fromunicode() argument must be str, not {}", s.ty().name())));
    };
    if a.code != b'u' {
        return Err(vm.new_value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let data = unicode_bytes(s.as_str());
    a.resize_with(vm, |d| d.extend_from_slice(&data))?;
    Ok(vm.none())
}

fn to_text(a: &PyArray) -> String {
    a.bytes()
        .chunks(4)
        .map(|c| char::from_u32(u32::from_ne_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{fffd}'))
        .collect()
}

fn array_tounicode(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "tounicode")?;
    arg_n(vm, &args, "array.tounicode", 0, 0)?;
    if a.code != b'u' {
        return Err(vm.new_value_error("tounicode() may only be called on unicode type arrays"));
    }
    Ok(vm.new_str(to_text(a)))
}

fn array_fromfile(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "fromfile")?;
    let rest = arg_n(vm, &args, "fromfile", 2, 2)?;
    let n = vm.to_index(&rest[1])?;
    if n < 0 {
        return Err(vm.new_value_error("negative count"));
    }
    let want = (n as u128) * a.size() as u128;
    if want > isize::MAX as u128 {
        return Err(vm.new_memory_error());
    }
    let want_obj = vm.new_int(want as i64);
    let got = vm.call_method(&rest[0], "read", &[want_obj])?;
    let Some(b) = got.downcast_ref::<PyBytes>() else {
        return Err(vm.new_type_error("read() didn't return bytes"));
    };
    let data = b.value.to_vec();
    if data.len() % a.size() != 0 {
        return Err(vm.new_value_error("bytes length not a multiple of item size"));
    }
    a.resize_with(vm, |d| d.extend_from_slice(&data))?;
    if (data.len() as u128) < want {
        return Err(vm.new_exception_msg(&vm.exc.eof_error, "read() didn't return enough bytes"));
    }
    Ok(vm.none())
}

fn array_tofile(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "tofile")?;
    let [f] = arg_n(vm, &args, "array.tofile", 1, 1)? else {
        unreachable!()
    };
    let data = a.bytes();
    // CPython writes in blocks of 64 KiB.
    for chunk in data.chunks(64 * 1024) {
        let b = vm.new_bytes(chunk.to_vec());
        vm.call_method(f, "write", &[b])?;
    }
    Ok(vm.none())
}

// ----- operators -----

fn array_add(vm: &mut Vm, args: Args) -> PyResult {
    let (o, a) = this(vm, &args, "__add__")?;
    let [other] = arg_n(vm, &args, "__add__", 1, 1)? else {
        unreachable!()
    };
    let Some(b) = other.downcast_ref::<PyArray>() else {
        return Err(vm.new_type_error(format!(
            "can only append array (not \"{}\") to array",
            other.ty().name()
        )));
    };
    if a.code != b.code {
        return Err(vm.new_type_error("bad argument type for built-in operation"));
    }
    let mut data = a.bytes();
    data.extend_from_slice(&b.bytes());
    same_class_new(vm, o, a.code, data)
}

fn array_iadd(vm: &mut Vm, args: Args) -> PyResult {
    let (o, a) = this(vm, &args, "__iadd__")?;
    let [other] = arg_n(vm, &args, "__iadd__", 1, 1)? else {
        unreachable!()
    };
    let Some(b) = other.downcast_ref::<PyArray>() else {
        return Err(vm.new_type_error(format!(
            "can only extend array with array (not \"{}\")",
            other.ty().name()
        )));
    };
    if a.code != b.code {
        return Err(vm.new_type_error("can only extend with array of same kind"));
    }
    let data = b.bytes();
    a.resize_with(vm, |d| d.extend_from_slice(&data))?;
    Ok(o.clone())
}

fn repeat_count(vm: &mut Vm, n: &PyObjectRef) -> PyResult<usize> {
    let index = vm.names.__index__.clone();
    if !n.payload_is::<PyInt>() && vm.lookup_special(n, &index).is_none() {
        return Err(vm.new_type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().name()
        )));
    }
    Ok(match vm.to_index_value(n)? {
        IntValue::Small(i) if i <= 0 => 0,
        IntValue::Small(i) => i as usize,
        IntValue::Big(b) if b.sign() == num_bigint::Sign::Minus => 0,
        IntValue::Big(_) => usize::MAX,
    })
}

fn repeated(vm: &mut Vm, data: &[u8], k: usize) -> PyResult<Vec<u8>> {
    let total = (data.len() as u128) * k as u128;
    if total > isize::MAX as u128 {
        return Err(vm.new_memory_error());
    }
    vm.check_alloc(total)?;
    let mut out = Vec::new();
    out.try_reserve_exact(total as usize)
        .map_err(|_| vm.new_memory_error())?;
    for _ in 0..if data.is_empty() { 0 } else { k } {
        out.extend_from_slice(data);
    }
    Ok(out)
}

fn array_mul(vm: &mut Vm, args: Args) -> PyResult {
    let (o, a) = this(vm, &args, "__mul__")?;
    let [n] = arg_n(vm, &args, "__mul__", 1, 1)? else {
        unreachable!()
    };
    let k = repeat_count(vm, n)?;
    let data = repeated(vm, &a.bytes(), k)?;
    same_class_new(vm, o, a.code, data)
}

fn array_imul(vm: &mut Vm, args: Args) -> PyResult {
    let (o, a) = this(vm, &args, "__imul__")?;
    let [n] = arg_n(vm, &args, "__imul__", 1, 1)? else {
        unreachable!()
    };
    let k = repeat_count(vm, n)?;
    let data = repeated(vm, &a.bytes(), k)?;
    a.resize_with(vm, |d| *d = data)?;
    Ok(o.clone())
}

fn compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult {
    let (_, a) = this(vm, &args, "__eq__")?;
    let [other] = arg_n(vm, &args, "__eq__", 1, 1)? else {
        unreachable!()
    };
    let Some(b) = other.downcast_ref::<PyArray>() else {
        return Ok(vm.not_implemented.clone());
    };
    let (la, lb) = (a.len(), b.len());
    if la != lb && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.new_bool(op == CompareOp::Ne));
    }
    let mut i = 0;
    while i < la && i < lb {
        let (Some(x), Some(y)) = (a.item(vm, i), b.item(vm, i)) else {
            break;
        };
        if !vm.eq(&x, &y)? {
            return match op {
                CompareOp::Eq => Ok(vm.new_bool(false)),
                CompareOp::Ne => Ok(vm.new_bool(true)),
                _ => vm.rich_compare(&x, &y, op),
            };
        }
        i += 1;
    }
    let r = match op {
        CompareOp::Lt => la < lb,
        CompareOp::Le => la <= lb,
        CompareOp::Eq => la == lb,
        CompareOp::Ne => la != lb,
        CompareOp::Gt => la > lb,
        CompareOp::Ge => la >= lb,
    };
    Ok(vm.new_bool(r))
}

fn array_lt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Lt)
}
fn array_le(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Le)
}
fn array_eq(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Eq)
}
fn array_ne(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Ne)
}
fn array_gt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Gt)
}
fn array_ge(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Ge)
}

fn array_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (o, a) = this(vm, &args, "__repr__")?;
    let name = o.ty().name().rsplit('.').next().unwrap_or("array").to_string();
    let code = a.code as char;
    if a.len() == 0 {
        return Ok(vm.new_str(format!("{name}('{code}')")));
    }
    let body = if a.code == b'u' {
        let s = vm.new_str(to_text(a));
        vm.repr_string(&s)?
    } else {
        let data = a.bytes();
        let mut parts = Vec::with_capacity(data.len() / a.size());
        for c in data.chunks(a.size()) {
            let v = decode(vm, a.code, c);
            parts.push(match v.downcast_ref::<PyFloat>() {
                Some(f) => float_repr(f.value),
                None => vm.repr_string(&v)?,
            });
        }
        format!("[{}]", parts.join(", "))
    };
    Ok(vm.new_str(format!("{name}('{code}', {body})")))
}

fn array_copy(vm: &mut Vm, args: Args) -> PyResult {
    let (o, a) = this(vm, &args, "__copy__")?;
    let rest = &args.pos()[1..];
    if rest.len() > 1 {
        return Err(vm.new_type_error(format!("expected at most 1 argument, got {}", rest.len())));
    }
    same_class_new(vm, o, a.code, a.bytes())
}

/// The machine format code of `_array_reconstructor` for `code` (native order).
fn mformat(code: u8) -> i64 {
    let le = cfg!(target_endian = "little");
    let base = match code {
        b'B' => return 0,
        b'b' => return 1,
        b'H' => 2,
        b'h' => 4,
        b'I' => 6,
        b'i' => 8,
        b'L' | b'Q' => 10,
        b'l' | b'q' => 12,
        b'f' => 14,
        b'd' => 16,
        _ => 20,
    };
    if le {
        base
    } else {
        base + 1
    }
}

fn array_reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    let (o, a) = this(vm, &args, "__reduce_ex__")?;
    let [proto] = arg_n(vm, &args, "array.__reduce_ex__", 1, 1)? else {
        unreachable!()
    };
    let proto = vm.to_index(proto)?;
    let cls = o.class().clone();
    let dict_name = vm.intern("__dict__");
    let dict = match vm.get_attr_opt(o, &dict_name)? {
        Some(d) => d,
        None => vm.none(),
    };
    let code = vm.new_str((a.code as char).to_string());
    if proto < 3 {
        let data = a.bytes();
        let items: Vec<PyObjectRef> = data.chunks(a.size()).map(|c| decode(vm, a.code, c)).collect();
        let list = vm.new_list(items);
        let inner = vm.new_tuple(vec![code, list]);
        return Ok(vm.new_tuple(vec![cls, inner, dict]));
    }
    let recon = state_type(vm, "array._array_reconstructor")?;
    let mf = vm.new_int(mformat(a.code));
    let b = vm.new_bytes(a.bytes());
    let inner = vm.new_tuple(vec![cls, code, mf, b]);
    Ok(vm.new_tuple(vec![recon, inner, dict]))
}

/// `_array_reconstructor(cls, typecode, mformat_code, items)` for pickles of
/// protocol 3 and later (native machine formats only, or their byte swaps).
fn array_reconstructor(vm: &mut Vm, args: Args) -> PyResult {
    let [cls, tc, mf, items] = args.exact::<4>(vm, "_array_reconstructor")?;
    let base = state_type(vm, ARRAY)?;
    if cls.as_type().is_none() || !cls.is_subtype(&base) {
        return Err(vm.new_type_error("first argument must be a type object, not an array.array subtype"));
    }
    let code = match tc.downcast_ref::<PyStr>() {
        Some(s) if s.char_len() == 1 && TYPECODES.contains(s.as_str()) => s.as_str().as_bytes()[0],
        _ => return Err(vm.new_value_error("second argument must be a valid type code")),
    };
    let mf = vm.to_index(mf)?;
    let Some(b) = items.downcast_ref::<PyBytes>() else {
        return Err(vm.new_type_error(format!("fourth argument should be bytes, not {}", items.ty().name())));
    };
    let mut data = b.value.to_vec();
    let native = mformat(code);
    if mf != native {
        if mf == (native ^ 1) && itemsize(code) > 1 {
            data.chunks_mut(itemsize(code)).for_each(|c| c.reverse());
        } else {
            return Err(vm.new_value_error("third argument must be a valid machine format code."));
        }
    }
    if data.len() % itemsize(code) != 0 {
        return Err(vm.new_value_error("bytes length not a multiple of item size"));
    }
    Ok(new_array(vm, cls, code, data))
}

fn array_sizeof(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a) = this(vm, &args, "__sizeof__")?;
    let cap = a.data.try_borrow().map_or(0, |d| d.capacity());
    Ok(vm.new_int(64 + cap as i64))
}

fn get_typecode(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    match o.downcast_ref::<PyArray>() {
        Some(a) => Ok(vm.new_str((a.code as char).to_string())),
        None => Err(vm.new_type_error("descriptor 'typecode' requires a 'array.array' object")),
    }
}

fn get_itemsize(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    match o.downcast_ref::<PyArray>() {
        Some(a) => Ok(vm.new_int(a.size() as i64)),
        None => Err(vm.new_type_error("descriptor 'itemsize' requires a 'array.array' object")),
    }
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    buffer::register_exporter(lookup_exporter);
    let (m, d) = vm.new_module_with_dict("array", None)?;
    let cls = kaa_vm::builtins::new_module_class::<PyArray>(vm, ARRAY, true);
    cls.ty_payload().weakrefable.set(true);
    cls.ty_payload().collection_flags.set(kaa_vm::pattern::SEQUENCE);
    vm.add_static(&cls, "__new__", array_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__repr__", array_repr),
        ("__len__", array_len),
        ("__getitem__", array_getitem),
        ("__setitem__", array_setitem),
        ("__delitem__", array_delitem),
        ("__contains__", array_contains),
        ("__iter__", array_iter),
        ("__add__", array_add),
        ("__iadd__", array_iadd),
        ("__mul__", array_mul),
        ("__rmul__", array_mul),
        ("__imul__", array_imul),
        ("__lt__", array_lt),
        ("__le__", array_le),
        ("__eq__", array_eq),
        ("__ne__", array_ne),
        ("__gt__", array_gt),
        ("__ge__", array_ge),
        ("__copy__", array_copy),
        ("__deepcopy__", array_copy),
        ("__reduce_ex__", array_reduce_ex),
        ("__sizeof__", array_sizeof),
        ("append", array_append),
        ("extend", array_extend),
        ("insert", array_insert),
        ("pop", array_pop),
        ("remove", array_remove),
        ("index", array_index),
        ("count", array_count),
        ("reverse", array_reverse),
        ("byteswap", array_byteswap),
        ("buffer_info", array_buffer_info),
        ("frombytes", array_frombytes),
        ("tobytes", array_tobytes),
        ("fromlist", array_fromlist),
        ("tolist", array_tolist),
        ("fromunicode", array_fromunicode),
        ("tounicode", array_tounicode),
        ("fromfile", array_fromfile),
        ("tofile", array_tofile),
    ];
    for &(name, f) in methods {
        vm.add_method(&cls, name, f);
    }
    vm.add_getset(&cls, "typecode", get_typecode, None);
    vm.add_getset(&cls, "itemsize", get_itemsize, None);
    let none = vm.none();
    vm.set_type_attr(&cls, "__hash__", none);
    vm.add_classmethod(&cls, "__class_getitem__", kaa_vm::builtins::generic_alias);
    let modname = vm.new_str("array");
    vm.set_type_attr(&cls, "__module__", modname.clone());
    vm.module_state.borrow_mut().insert(ARRAY.to_string(), cls.clone());

    let it = kaa_vm::builtins::new_module_class::<PyArrayIter>(vm, ARRAY_ITER, false);
    vm.add_method(&it, "__next__", iter_next);
    vm.add_method(&it, "__iter__", iter_iter);
    vm.set_type_attr(&it, "__module__", modname);
    vm.module_state.borrow_mut().insert(ARRAY_ITER.to_string(), it);

    let recon = vm.new_builtin_function("_array_reconstructor", array_reconstructor);
    vm.module_state
        .borrow_mut()
        .insert("array._array_reconstructor".to_string(), recon.clone());
    vm.dict_set_str(&d, "_array_reconstructor", recon)?;
    vm.dict_set_str(&d, "array", cls.clone())?;
    vm.dict_set_str(&d, "ArrayType", cls)?;
    let tc = vm.new_str(TYPECODES);
    vm.dict_set_str(&d, "typecodes", tc)?;
    Ok(m)
}
