//! `bytes`: an immutable byte string with a cached hash.
//!
//! The methods follow CPython 3.11's `Objects/bytesobject.c` and
//! `Objects/bytes_methods.c`: ASCII-only notions of case and whitespace, sub-sequence
//! arguments that may be bytes or (for searching) a single int, and CPython's
//! messages. Decoding uses the codecs of [`super::str`]; `%` uses
//! [`crate::format::percent_format_bytes`].

use std::cell::{Cell, RefCell};

use kaa_compiler::bytecode::CompareOp;

use super::buffer::{self, BufView};
use super::bytearray::{new_bytearray, PyByteArray};
use super::core::{PyObjectRef, PyPayload};
use super::int::{IntValue, PyInt};
use super::iter::{IterState, PyIterator};
use super::slice::{resolve_slice, PySlice};
use super::str::{adjust_bounds, slice_bound, PyStr};
use super::tuple::PyTuple;
use crate::format;
use crate::vm::{Args, PyResult, Vm};

/// The payload of `bytes` objects.
pub struct PyBytes {
    pub value: Box<[u8]>,
    /// The cached hash, or -1 when not computed yet.
    pub hash: Cell<i64>,
}

impl PyPayload for PyBytes {
    const LEAF: bool = true;

    /// The bytes (for memory limits; a bytes object never changes).
    fn heap_bytes(&self) -> usize {
        self.value.len()
    }
}

impl PyBytes {
    /// A payload holding `value`.
    pub fn new(value: impl Into<Box<[u8]>>) -> PyBytes {
        PyBytes {
            value: value.into(),
            hash: Cell::new(-1),
        }
    }
}

/// `repr(b)`: `b'...'` with CPython's quoting and escapes.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if char::from(c) == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(char::from(c)),
            c => {
                // No `format!` per byte: a 10 MB repr took half a second.
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\x");
                out.push(char::from(HEX[usize::from(c >> 4)]));
                out.push(char::from(HEX[usize::from(c & 15)]));
            }
        }
    }
    out.push(quote);
    out
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

// ----- arguments -----

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyObjectRef, BufView<'a>)> {
    let Some(o) = args.pos().first() else {
        return Err(vm.new_type_error(format!("unbound method bytes.{name}() needs an argument")));
    };
    if let Some(b) = o.downcast_ref::<PyBytes>() {
        return Ok((o, BufView::Slice(&b.value)));
    }
    if o.payload_is::<PyByteArray>() {
        return Ok((o, buffer::bytes_like(vm, o)?));
    }
    Err(vm.new_type_error(format!(
        "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
        o.ty().name()
    )))
}

/// `bytes` or `bytearray`, for messages.
fn tname(o: &PyObjectRef) -> &'static str {
    if o.payload_is::<PyByteArray>() {
        "bytearray"
    } else {
        "bytes"
    }
}

/// A result of the same kind as `o`: bytes for bytes, bytearray for bytearray.
fn new_like(vm: &Vm, o: &PyObjectRef, v: Vec<u8>) -> PyObjectRef {
    if o.payload_is::<PyByteArray>() {
        new_bytearray(vm, v)
    } else {
        vm.new_bytes(v)
    }
}

fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args::new(&args.items()[1..], args.kwnames())
}

/// `self` and the positional arguments after it, between `min` and `max`.
fn pos_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(&'a PyObjectRef, BufView<'a>, &'a [PyObjectRef])> {
    let (o, b) = this(vm, args, name)?;
    let t = tname(o);
    let rest = rest(args);
    if rest.has_kwargs() {
        return Err(vm.new_type_error(format!("{t}.{name}() takes no keyword arguments")));
    }
    let n = rest.pos().len();
    if n < min || n > max {
        let msg = match (min, max) {
            (0, 0) => format!("{t}.{name}() takes no arguments ({n} given)"),
            (1, 1) => format!("{t}.{name}() takes exactly one argument ({n} given)"),
            _ if n < min => {
                format!(
                    "{name} expected at least {min} argument{}, got {n}",
                    if min == 1 { "" } else { "s" }
                )
            }
            _ => format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            ),
        };
        return Err(vm.new_type_error(msg));
    }
    Ok((o, b, rest.pos()))
}

/// Arguments that may be given by keyword.
fn bind_kw<'a, const N: usize>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    names: [&str; N],
) -> PyResult<(&'a PyObjectRef, BufView<'a>, [Option<&'a PyObjectRef>; N])> {
    let (o, b) = this(vm, args, name)?;
    let rest = rest(args);
    let total = rest.items().len();
    if total > N {
        return Err(vm.new_type_error(format!(
            "{name}() takes at most {N} argument{} ({total} given)",
            if N == 1 { "" } else { "s" }
        )));
    }
    let mut out: [Option<&'a PyObjectRef>; N] = [None; N];
    for (slot, v) in out.iter_mut().zip(rest.pos()) {
        *slot = Some(v);
    }
    for (k, v) in rest.kwargs() {
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            Some(i) => {
                return Err(vm.new_type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            None => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for {name}()"))),
        }
    }
    Ok((o, b, out))
}

/// A bytes-like argument: `a bytes-like object is required, not 'str'`.
fn bytes_arg<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<BufView<'a>> {
    buffer::bytes_like(vm, o)
}

/// The sub-sequence argument of searching methods: bytes-like or one byte as an int.
fn sub_arg(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer::read(vm, o)? {
        return Ok(b.into_vec());
    }
    if o.payload_is::<PyInt>() || vm.lookup_special(o, &vm.names.__index__.clone()).is_some() {
        return Ok(vec![byte_value(vm, o)?]);
    }
    Err(vm.new_type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        o.ty().name()
    )))
}

/// An int in `range(256)`.
pub(crate) fn byte_value(vm: &mut Vm, o: &PyObjectRef) -> PyResult<u8> {
    match vm.to_index_value(o)? {
        IntValue::Small(v) if (0..256).contains(&v) => Ok(v as u8),
        _ => Err(vm.new_value_error("byte must be in range(0, 256)")),
    }
}

pub(crate) fn ssize_arg(vm: &mut Vm, o: &PyObjectRef) -> PyResult<i64> {
    match vm.to_index_value(o)? {
        IntValue::Small(v) => Ok(v),
        IntValue::Big(_) => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn check_len(vm: &Vm, n: u128) -> PyResult<()> {
    // The memory cap (`limits.rs`), before the allocation is attempted.
    vm.check_alloc(n)?;
    if n > format::MAX_FORMAT_LEN as u128 {
        return Err(vm.new_memory_error());
    }
    Ok(())
}

fn unchanged(vm: &Vm, o: &PyObjectRef, b: &[u8]) -> PyObjectRef {
    if o.class().is(&vm.types.bytes) {
        o.clone()
    } else {
        new_like(vm, o, b.to_vec())
    }
}

/// The first `sub` in `hay`, in linear time (a window-by-window search is
/// quadratic: a 10^6-byte needle that almost matches everywhere in 10^8
/// bytes would be hours in one native call).
pub(crate) fn find_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(0);
    }
    memchr::memmem::find(hay, sub)
}

fn rfind_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(hay.len());
    }
    memchr::memmem::rfind(hay, sub)
}

// ----- construction -----

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult {
    let bytes_type = vm.types.bytes.clone();
    let cls = crate::builtins_type::new_cls_arg(vm, &args, &bytes_type)?.clone();
    let slots = ctor_args(vm, &rest(&args), "bytes")?;
    // `bytes(b)` is `b` itself for an exact bytes (CPython's `bytes.__bytes__`).
    if let [Some(src), None, None] = slots {
        if cls.is(&vm.types.bytes) && src.class().is(&vm.types.bytes) {
            return Ok(src.clone());
        }
    }
    let value = bytes_from(vm, slots, ByteSource::Bytes)?;
    // A copy, linear work (`limits.rs`).
    vm.charge_bytes(value.len())?;
    if cls.is(&vm.types.bytes) {
        return Ok(vm.new_bytes(value));
    }
    Ok(vm.new_instance(PyBytes::new(value), &cls))
}

/// The `source`, `encoding`, `errors` arguments of `bytes()` / `bytearray()`.
pub(crate) fn ctor_args<'a>(vm: &Vm, rest: &Args<'a>, name: &str) -> PyResult<[Option<&'a PyObjectRef>; 3]> {
    if rest.items().len() > 3 {
        return Err(vm.new_type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            rest.items().len()
        )));
    }
    let mut slots: [Option<&PyObjectRef>; 3] = [None; 3];
    for (slot, v) in slots.iter_mut().zip(rest.pos()) {
        *slot = Some(v);
    }
    for (k, v) in rest.kwargs() {
        match ["source", "encoding", "errors"].iter().position(|n| *n == k) {
            Some(i) if slots[i].is_none() => slots[i] = Some(v),
            Some(i) => {
                return Err(vm.new_type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            None => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for {name}()"))),
        }
    }
    Ok(slots)
}

/// Which constructor [`bytes_from`] serves (their rules and messages differ a little).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ByteSource {
    Bytes,
    ByteArray,
}

/// The contents `bytes(source, encoding, errors)` or `bytearray(...)` make.
pub(crate) fn bytes_from(
    vm: &mut Vm,
    [source, encoding, errors]: [Option<&PyObjectRef>; 3],
    kind: ByteSource,
) -> PyResult<Vec<u8>> {
    let tname = if kind == ByteSource::Bytes {
        "bytes"
    } else {
        "bytearray"
    };
    let encoding_str = match encoding {
        Some(e) => Some(str_kw(vm, e, "encoding", tname)?),
        None => None,
    };
    let errors_str = match errors {
        Some(e) => Some(str_kw(vm, e, "errors", tname)?),
        None => None,
    };
    let Some(src) = source else {
        if encoding.is_some() {
            return Err(vm.new_type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.new_type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = src.downcast_ref::<PyStr>() {
        let Some(enc) = encoding_str else {
            return Err(vm.new_type_error("string argument without an encoding"));
        };
        let err = errors_str.unwrap_or_else(|| "strict".to_string());
        return super::str::encode_text(vm, src, s.as_str(), &enc, &err);
    }
    if encoding.is_some() {
        return Err(vm.new_type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.new_type_error("errors without a string argument"));
    }
    if kind == ByteSource::Bytes {
        let dunder_bytes = vm.intern("__bytes__");
        if let Some(r) = vm.call_special(src, &dunder_bytes, &[]) {
            let r = r?;
            return match r.downcast_ref::<PyBytes>() {
                Some(b) => Ok(b.value.to_vec()),
                None => Err(vm.new_type_error(format!("__bytes__ returned non-bytes (type {})", r.ty().name()))),
            };
        }
    }
    if let Some(b) = buffer::read(vm, src)? {
        return Ok(b.into_vec());
    }
    if src.payload_is::<PyInt>() || vm.lookup_special(src, &vm.names.__index__.clone()).is_some() {
        let n = match vm.to_index_value(src)? {
            IntValue::Small(v) => v,
            IntValue::Big(_) => {
                return Err(
                    vm.new_overflow_error(format!("cannot fit '{}' into an index-sized integer", src.ty().name()))
                )
            }
        };
        if n < 0 {
            return Err(vm.new_value_error("negative count"));
        }
        check_len(vm, n as u128)?;
        return Ok(vec![0; n as usize]);
    }
    let is_iterable = vm.lookup_special(src, &vm.names.__iter__.clone()).is_some()
        || vm.lookup_special(src, &vm.names.__getitem__.clone()).is_some();
    if !is_iterable {
        return Err(vm.new_type_error(format!("cannot convert '{}' object to {tname}", src.ty().name())));
    }
    let items = vm.collect(src)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        if !it.payload_is::<PyInt>() && vm.lookup_special(it, &vm.names.__index__.clone()).is_none() {
            return Err(vm.new_type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                it.ty().name()
            )));
        }
        match vm.to_index_value(it)? {
            IntValue::Small(v) if (0..256).contains(&v) => out.push(v as u8),
            _ if kind == ByteSource::Bytes => return Err(vm.new_value_error("bytes must be in range(0, 256)")),
            _ => return Err(vm.new_value_error("byte must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn str_kw(vm: &Vm, o: &PyObjectRef, arg: &str, tname: &str) -> PyResult<String> {
    match o.downcast_ref::<PyStr>() {
        Some(s) => Ok(s.as_str().to_string()),
        None => Err(vm.new_type_error(format!("{tname}() argument '{arg}' must be str, not {}", o.ty().name()))),
    }
}

fn bytes_fromhex(vm: &mut Vm, args: Args) -> PyResult {
    // A class method: pos()[0] is the class.
    let cls = args.pos().first().cloned().unwrap_or_else(|| vm.types.bytes.clone());
    let a = &args.pos()[1.min(args.pos().len())..];
    if args.has_kwargs() || a.len() != 1 {
        return Err(vm.new_type_error(format!("fromhex() takes exactly one argument ({} given)", a.len())));
    }
    let Some(s) = a[0].downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!("fromhex() argument must be str, not {}", a[0].ty().name())));
    };
    let value = parse_hex(vm, s.as_str())?;
    if cls.is(&vm.types.bytes) {
        return Ok(vm.new_bytes(value));
    }
    let b = vm.new_bytes(value);
    vm.call_positional(&cls, &[b])
}

pub(crate) fn parse_hex(vm: &Vm, s: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |pos: usize| {
        vm.new_value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

// ----- object protocol -----

fn bytes_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, _) = pos_args(vm, &args, "__repr__", 0, 0)?;
    let b: &[u8] = &b;
    // Linear work, charged across calls (`limits.rs`).
    vm.charge_bytes(b.len())?;
    Ok(vm.new_str(repr_bytes(b)))
}

fn bytes_hash(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _, _) = pos_args(vm, &args, "__hash__", 0, 0)?;
    let Some(p) = o.downcast_ref::<PyBytes>() else {
        return Ok(vm.new_int(0));
    };
    let mut h = p.hash.get();
    if h == -1 {
        h = hash_bytes(vm, &p.value);
        p.hash.set(h);
    }
    Ok(vm.new_int(h))
}

/// The hash of a byte string (`bytes` and read-only `memoryview`s agree).
pub(crate) fn hash_bytes(vm: &Vm, b: &[u8]) -> i64 {
    let h = vm.str_hasher.hash_one(b) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn bytes_len(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, _) = pos_args(vm, &args, "__len__", 0, 0)?;
    let b: &[u8] = &b;
    Ok(vm.new_int(b.len() as i64))
}

fn compare(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult {
    let (_, a, other) = pos_args(vm, &args, name, 1, 1)?;
    let Some(b) = other[0].downcast_ref::<PyBytes>() else {
        return Ok(vm.not_implemented.clone());
    };
    vm.charge_copy(a.len().min(b.value.len()))?;
    Ok(vm.new_bool(compare_bytes(&a, &b.value, op)))
}

/// `a <op> b` for byte strings.
pub(crate) fn compare_bytes(a: &[u8], b: &[u8], op: CompareOp) -> bool {
    let ord = a.cmp(b);
    match op {
        CompareOp::Lt => ord.is_lt(),
        CompareOp::Le => ord.is_le(),
        CompareOp::Eq => ord.is_eq(),
        CompareOp::Ne => ord.is_ne(),
        CompareOp::Gt => ord.is_gt(),
        CompareOp::Ge => ord.is_ge(),
    }
}

fn bytes_eq(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__eq__", CompareOp::Eq)
}
fn bytes_ne(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__ne__", CompareOp::Ne)
}
fn bytes_lt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__lt__", CompareOp::Lt)
}
fn bytes_le(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__le__", CompareOp::Le)
}
fn bytes_gt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__gt__", CompareOp::Gt)
}
fn bytes_ge(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__ge__", CompareOp::Ge)
}

fn bytes_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (o, b, a) = pos_args(vm, &args, "__getitem__", 1, 1)?;
    let b: &[u8] = &b;
    let key = &a[0];
    if let Some(slice) = key.downcast_ref::<PySlice>() {
        let (start, _, step, len) = resolve_slice(vm, slice, b.len())?;
        // A whole-bytes slice of an exact bytes is the object itself, as CPython.
        if step == 1 && len == b.len() && o.class().is(&vm.types.bytes) {
            return Ok(o.clone());
        }
        vm.charge_copy(len)?;
        let out: Vec<u8> = (0..len as isize).map(|k| b[(start + k * step) as usize]).collect();
        return Ok(vm.new_bytes(out));
    }
    if !key.payload_is::<PyInt>() && vm.lookup_special(key, &vm.names.__index__.clone()).is_none() {
        return Err(vm.new_type_error(format!(
            "byte indices must be integers or slices, not {}",
            key.ty().name()
        )));
    }
    let i = match vm.to_index_value(key)? {
        IntValue::Small(i) => i,
        IntValue::Big(_) => return Err(vm.new_index_error("cannot fit 'int' into an index-sized integer")),
    };
    let n = b.len() as i64;
    let j = if i < 0 { i + n } else { i };
    match usize::try_from(j).ok().and_then(|j| b.get(j)) {
        Some(&c) => Ok(vm.new_int(i64::from(c))),
        None => Err(vm.new_index_error("index out of range")),
    }
}

fn bytes_iter(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _, _) = pos_args(vm, &args, "__iter__", 0, 0)?;
    Ok(index_iter(o, &vm.types.bytes_iterator))
}

/// An iterator of class `cls` over `seq[0]`, `seq[1]`, ... (the iterators of
/// bytes, bytearray and memoryview).
pub(crate) fn index_iter(seq: &PyObjectRef, cls: &PyObjectRef) -> PyObjectRef {
    let state = IterState::Seq {
        seq: seq.clone(),
        index: 0,
    };
    PyObjectRef::new(
        PyIterator {
            state: RefCell::new(state),
        },
        cls,
    )
}

fn bytes_contains(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, a) = pos_args(vm, &args, "__contains__", 1, 1)?;
    let b: &[u8] = &b;
    if let Some(sub) = buffer::read(vm, &a[0])? {
        vm.charge_bytes(b.len())?;
        return Ok(vm.new_bool(find_sub(&b, &sub).is_some()));
    }
    if a[0].payload_is::<PyInt>() || vm.lookup_special(&a[0], &vm.names.__index__.clone()).is_some() {
        let c = byte_value(vm, &a[0])?;
        return Ok(vm.new_bool(b.contains(&c)));
    }
    Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", a[0].ty().name())))
}

/// `a + b` for two exact `bytes` (what `binary_op` tries before looking up
/// `__add__`); `None` for anything else.
pub fn add_fast(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef) -> Option<PyResult> {
    let cls = &vm.types.bytes;
    if !a.class().is(cls) || !b.class().is(cls) {
        return None;
    }
    let (x, y) = (&a.downcast_ref::<PyBytes>()?.value, &b.downcast_ref::<PyBytes>()?.value);
    if let Err(e) = check_len(vm, x.len() as u128 + y.len() as u128) {
        return Some(Err(e));
    }
    if let Err(e) = vm.charge_copy(x.len() + y.len()) {
        return Some(Err(e));
    }
    let mut out = Vec::with_capacity(x.len() + y.len());
    out.extend_from_slice(x);
    out.extend_from_slice(y);
    Some(Ok(vm.new_bytes(out)))
}

fn bytes_add(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a, other) = pos_args(vm, &args, "__add__", 1, 1)?;
    let Some(b) = buffer::read(vm, &other[0])? else {
        let radd = vm.intern("__radd__");
        if other[0].ty().flags.heaptype && vm.lookup_special(&other[0], &radd).is_some() {
            return Ok(vm.not_implemented.clone());
        }
        return Err(vm.new_type_error(format!("can't concat {} to bytes", other[0].ty().name())));
    };
    check_len(vm, a.len() as u128 + b.len() as u128)?;
    vm.charge_copy(a.len() + b.len())?;
    let mut out = Vec::with_capacity(a.len() + b.len());
    out.extend_from_slice(&a);
    out.extend_from_slice(&b);
    Ok(vm.new_bytes(out))
}

fn repeat(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    let (o, b, a) = pos_args(vm, &args, name, 1, 1)?;
    let b: &[u8] = &b;
    let n = &a[0];
    if !n.payload_is::<PyInt>() && vm.lookup_special(n, &vm.names.__index__.clone()).is_none() {
        let rmul = vm.intern("__rmul__");
        if n.ty().flags.heaptype && vm.lookup_special(n, &rmul).is_some() {
            return Ok(vm.not_implemented.clone());
        }
        return Err(vm.new_type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().name()
        )));
    }
    let count = match vm.to_index_value(n)? {
        IntValue::Small(v) => v,
        IntValue::Big(_) => {
            return Err(vm.new_overflow_error(format!("cannot fit '{}' into an index-sized integer", n.ty().name())))
        }
    };
    if count <= 0 || b.is_empty() {
        return Ok(vm.new_bytes(Vec::new()));
    }
    if count == 1 {
        return Ok(unchanged(vm, o, b));
    }
    let total = b.len() as u128 * count as u128;
    if total > isize::MAX as u128 {
        return Err(vm.new_overflow_error("repeated bytes are too long"));
    }
    check_len(vm, total)?;
    let out = crate::limits::repeat_bytes(vm, b, count as usize)?;
    Ok(vm.new_bytes(out))
}

fn bytes_mul(vm: &mut Vm, args: Args) -> PyResult {
    repeat(vm, args, "__mul__")
}

fn bytes_rmul(vm: &mut Vm, args: Args) -> PyResult {
    repeat(vm, args, "__rmul__")
}

fn bytes_mod(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, a) = pos_args(vm, &args, "__mod__", 1, 1)?;
    let b: &[u8] = &b;
    let out = format::percent_format_bytes(vm, b, &a[0])?;
    Ok(vm.new_bytes(out))
}

fn bytes_rmod(vm: &mut Vm, args: Args) -> PyResult {
    pos_args(vm, &args, "__rmod__", 1, 1)?;
    Ok(vm.not_implemented.clone())
}

fn bytes_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, _) = pos_args(vm, &args, "__getnewargs__", 0, 0)?;
    let b: &[u8] = &b;
    let copy = vm.new_bytes(b.to_vec());
    Ok(vm.new_tuple(vec![copy]))
}

// ----- decode, hex -----

fn bytes_decode(vm: &mut Vm, args: Args) -> PyResult {
    let (o, b, [encoding, errors]) = bind_kw(vm, &args, "decode", ["encoding", "errors"])?;
    let b: &[u8] = &b;
    let kw = |vm: &Vm, o: Option<&PyObjectRef>, arg: &str, default: &str| -> PyResult<String> {
        match o {
            None => Ok(default.to_string()),
            Some(o) => match o.downcast_ref::<PyStr>() {
                Some(s) => Ok(s.as_str().to_string()),
                None => Err(vm.new_type_error(format!("decode() argument '{arg}' must be str, not {}", o.ty().name()))),
            },
        }
    };
    let encoding = kw(vm, encoding, "encoding", "utf-8")?;
    let errors = kw(vm, errors, "errors", "strict")?;
    // A `UnicodeDecodeError`'s `object` is bytes, even for a bytearray.
    let s = if o.payload_is::<PyBytes>() {
        super::str::decode_bytes(vm, o, b, &encoding, &errors)?
    } else {
        let copy = vm.new_bytes(b.to_vec());
        super::str::decode_bytes(vm, &copy, b, &encoding, &errors)?
    };
    Ok(vm.new_str(s))
}

pub(crate) fn bytes_hex(vm: &mut Vm, args: Args) -> PyResult {
    let (_, b, [sep, per]) = bind_kw(vm, &args, "hex", ["sep", "bytes_per_sep"])?;
    let b: &[u8] = &b;
    vm.charge_bytes(b.len().saturating_mul(2))?;
    let digits: Vec<String> = b.iter().map(|c| format!("{c:02x}")).collect();
    let Some(sep) = sep else {
        return Ok(vm.new_str(digits.concat()));
    };
    let sep = if let Some(s) = sep.downcast_ref::<PyStr>() {
        s.as_str().to_string()
    } else if let Some(s) = sep.downcast_ref::<PyBytes>() {
        s.value.iter().map(|&c| char::from(c)).collect()
    } else {
        return Err(vm.new_type_error("sep must be str or bytes."));
    };
    if sep.chars().count() != 1 {
        return Err(vm.new_value_error("sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(vm.new_value_error("sep must be ASCII."));
    }
    let per = match per {
        Some(p) => match vm.to_index_value(p)? {
            IntValue::Small(v) if i32::try_from(v).is_ok() => v,
            _ => return Err(vm.new_overflow_error("Python int too large to convert to C int")),
        },
        None => 1,
    };
    if per == 0 || digits.is_empty() {
        return Ok(vm.new_str(digits.concat()));
    }
    let group = per.unsigned_abs() as usize;
    // Positive counts group from the right, negative from the left.
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let first = digits.len() % group;
        if first > 0 {
            groups.push(digits[..first].concat());
        }
        groups.extend(digits[first..].chunks(group).map(|c| c.concat()));
    } else {
        groups.extend(digits.chunks(group).map(|c| c.concat()));
    }
    Ok(vm.new_str(groups.join(&sep)))
}

// ----- searching -----

struct Search {
    sub: Vec<u8>,
    start: i64,
    end: i64,
}

fn search_args<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(BufView<'a>, Search)> {
    let (o, b) = this(vm, args, name)?;
    let rest = rest(args);
    if rest.has_kwargs() {
        return Err(vm.new_type_error(format!("{}.{name}() takes no keyword arguments", tname(o))));
    }
    let a = rest.pos();
    match a.len() {
        0 => return Err(vm.new_type_error(format!("{name}() takes at least 1 argument (0 given)"))),
        n if n > 3 => return Err(vm.new_type_error(format!("{name}() takes at most 3 arguments ({n} given)"))),
        _ => {}
    }
    let sub = sub_arg(vm, &a[0])?;
    let start = slice_bound(vm, a.get(1))?;
    let end = slice_bound(vm, a.get(2))?;
    let (start, end) = adjust_bounds(start, end, b.len());
    Ok((b, Search { sub, start, end }))
}

fn find_impl(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<i64> {
    let (b, q) = search_args(vm, args, name)?;
    if q.end - q.start < q.sub.len() as i64 {
        return Ok(-1);
    }
    let hay = &b[q.start as usize..q.end as usize];
    vm.charge_bytes(hay.len())?;
    let found = if reverse {
        rfind_sub(hay, &q.sub)
    } else {
        find_sub(hay, &q.sub)
    };
    Ok(found.map_or(-1, |i| q.start + i as i64))
}

fn bytes_find(vm: &mut Vm, args: Args) -> PyResult {
    let r = find_impl(vm, &args, "find", false)?;
    Ok(vm.new_int(r))
}

fn bytes_rfind(vm: &mut Vm, args: Args) -> PyResult {
    let r = find_impl(vm, &args, "rfind", true)?;
    Ok(vm.new_int(r))
}

fn bytes_index(vm: &mut Vm, args: Args) -> PyResult {
    match find_impl(vm, &args, "index", false)? {
        -1 => Err(vm.new_value_error("subsection not found")),
        r => Ok(vm.new_int(r)),
    }
}

fn bytes_rindex(vm: &mut Vm, args: Args) -> PyResult {
    match find_impl(vm, &args, "rindex", true)? {
        -1 => Err(vm.new_value_error("subsection not found")),
        r => Ok(vm.new_int(r)),
    }
}

fn bytes_count(vm: &mut Vm, args: Args) -> PyResult {
    let (b, q) = search_args(vm, &args, "count")?;
    if q.end - q.start < q.sub.len() as i64 {
        return Ok(vm.new_int(0));
    }
    if q.sub.is_empty() {
        return Ok(vm.new_int(q.end - q.start + 1));
    }
    let mut hay = &b[q.start as usize..q.end as usize];
    vm.charge_bytes(hay.len())?;
    let mut n = 0;
    while let Some(i) = find_sub(hay, &q.sub) {
        n += 1;
        hay = &hay[i + q.sub.len()..];
    }
    Ok(vm.new_int(n))
}

fn tail_match(vm: &mut Vm, args: &Args, name: &str, at_end: bool) -> PyResult {
    let (_, b, a) = pos_args(vm, args, name, 1, 3)?;
    let b: &[u8] = &b;
    let start = slice_bound(vm, a.get(1))?;
    let end = slice_bound(vm, a.get(2))?;
    let (start, end) = adjust_bounds(start, end, b.len());
    let matches = |sub: &[u8]| -> bool {
        if end - start < sub.len() as i64 {
            return false;
        }
        let hay = &b[start as usize..end as usize];
        if at_end {
            hay.ends_with(sub)
        } else {
            hay.starts_with(sub)
        }
    };
    // What each candidate reads is charged before it is compared
    // (`Vm::charge_copy`; in a tuple, every candidate, however short).
    if let Some(t) = a[0].downcast_ref::<PyTuple>() {
        for item in t.as_slice() {
            let sub = bytes_arg(vm, item)?;
            let sub: &[u8] = &sub;
            vm.charge_bytes(sub.len().min(b.len()) + std::mem::size_of::<PyObjectRef>())?;
            if matches(&sub) {
                return Ok(vm.new_bool(true));
            }
        }
        return Ok(vm.new_bool(false));
    }
    match buffer::read(vm, &a[0])? {
        Some(sub) => {
            vm.charge_copy(sub.len().min(b.len()))?;
            Ok(vm.new_bool(matches(&sub)))
        }
        None => Err(vm.new_type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            a[0].ty().name()
        ))),
    }
}

fn bytes_startswith(vm: &mut Vm, args: Args) -> PyResult {
    tail_match(vm, &args, "startswith", false)
}

fn bytes_endswith(vm: &mut Vm, args: Args) -> PyResult {
    tail_match(vm, &args, "endswith", true)
}

// ----- splitting and joining -----

type SplitArgs<'a> = (&'a PyObjectRef, BufView<'a>, Option<BufView<'a>>, Option<usize>);

fn split_args<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<SplitArgs<'a>> {
    let (o, b, [sep, max]) = bind_kw(vm, args, name, ["sep", "maxsplit"])?;
    let sep = match sep {
        Some(s) if !vm.is_none(s) => {
            let s = bytes_arg(vm, s)?;
            if s.is_empty() {
                return Err(vm.new_value_error("empty separator"));
            }
            Some(s)
        }
        _ => None,
    };
    let max = match max {
        Some(m) => {
            let n = ssize_arg(vm, m)?;
            if n < 0 {
                None
            } else {
                Some(n as usize)
            }
        }
        None => None,
    };
    Ok((o, b, sep, max))
}

fn split_whitespace(b: &[u8], max: Option<usize>) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut i = 0;
    let mut left = max.unwrap_or(usize::MAX);
    loop {
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        if left == 0 {
            parts.push(&b[i..]);
            break;
        }
        let j = i;
        while i < b.len() && !is_space(b[i]) {
            i += 1;
        }
        parts.push(&b[j..i]);
        left -= 1;
    }
    parts
}

fn rsplit_whitespace(b: &[u8], max: Option<usize>) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut i = b.len();
    let mut left = max.unwrap_or(usize::MAX);
    loop {
        while i > 0 && is_space(b[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if left == 0 {
            parts.push(&b[..i]);
            break;
        }
        let j = i;
        while i > 0 && !is_space(b[i - 1]) {
            i -= 1;
        }
        parts.push(&b[i..j]);
        left -= 1;
    }
    parts.reverse();
    parts
}

fn split_sep<'a>(b: &'a [u8], sep: &[u8], max: Option<usize>) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    let mut rest = b;
    let mut left = max.unwrap_or(usize::MAX);
    while left > 0 {
        let Some(i) = find_sub(rest, sep) else { break };
        parts.push(&rest[..i]);
        rest = &rest[i + sep.len()..];
        left -= 1;
    }
    parts.push(rest);
    parts
}

fn rsplit_sep<'a>(b: &'a [u8], sep: &[u8], max: Option<usize>) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    let mut rest = b;
    let mut left = max.unwrap_or(usize::MAX);
    while left > 0 {
        let Some(i) = rfind_sub(rest, sep) else { break };
        parts.push(&rest[i + sep.len()..]);
        rest = &rest[..i];
        left -= 1;
    }
    parts.push(rest);
    parts.reverse();
    parts
}

fn bytes_list(vm: &Vm, o: &PyObjectRef, parts: &[&[u8]]) -> PyObjectRef {
    let items = parts.iter().map(|p| new_like(vm, o, p.to_vec())).collect();
    vm.new_list(items)
}

fn bytes_split(vm: &mut Vm, args: Args) -> PyResult {
    let (o, b, sep, max) = split_args(vm, &args, "split")?;
    vm.charge_bytes(b.len())?;
    let parts = match &sep {
        None => split_whitespace(&b, max),
        Some(s) => split_sep(&b, s, max),
    };
    Ok(bytes_list(vm, o, &parts))
}

fn bytes_rsplit(vm: &mut Vm, args: Args) -> PyResult {
    let (o, b, sep, max) = split_args(vm, &args, "rsplit")?;
    vm.charge_bytes(b.len())?;
    let parts = match &sep {
        None => rsplit_whitespace(&b, max),
        Some(s) => rsplit_sep(&b, s, max),
    };
    Ok(bytes_list(vm, o, &parts))
}

fn bytes_splitlines(vm: &mut Vm, args: Args) -> PyResult {
    let (o, b, [keepends]) = bind_kw(vm, &args, "splitlines", ["keepends"])?;
    let b: &[u8] = &b;
    let keep = match keepends {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    vm.charge_bytes(b.len())?;
    let mut parts = Vec::new();
    let (mut i, mut start) = (0, 0);
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\n' && c != b'\r' {
            continue;
        }
        let eol = i - 1;
        if c == b'\r' && b.get(i) == Some(&b'\n') {
            i += 1;
        }
        parts.push(&b[start..if keep { i } else { eol }]);
        start = i;
    }
    if start < b.len() {
        parts.push(&b[start..]);
    }
    Ok(bytes_list(vm, o, &parts))
}

fn bytes_join(vm: &mut Vm, args: Args) -> PyResult {
    let (o, sep, a) = pos_args(vm, &args, "join", 1, 1)?;
    let items = match vm.collect(&a[0]) {
        Ok(items) => items,
        Err(e)
            if e.is_instance_of(&vm.exc.type_error)
                && vm.lookup_special(&a[0], &vm.names.__iter__.clone()).is_none() =>
        {
            return Err(vm.new_type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let mut total = sep.len() as u128 * items.len().saturating_sub(1) as u128;
    let mut parts = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        match buffer::read(vm, it)? {
            Some(b) => {
                total += b.len() as u128;
                parts.push(b);
            }
            None => {
                return Err(vm.new_type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    it.ty().name()
                )))
            }
        }
    }
    check_len(vm, total)?;
    vm.charge_bytes(total as usize)?;
    let mut out = Vec::with_capacity(total as usize);
    for (i, b) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(b);
    }
    Ok(new_like(vm, o, out))
}

fn partition_impl(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult {
    let (o, b, a) = pos_args(vm, args, name, 1, 1)?;
    let b: &[u8] = &b;
    let sep = bytes_arg(vm, &a[0])?;
    let sep: &[u8] = &sep;
    if sep.is_empty() {
        return Err(vm.new_value_error("empty separator"));
    }
    vm.charge_bytes(b.len())?;
    let found = if reverse { rfind_sub(b, sep) } else { find_sub(b, sep) };
    let parts: [&[u8]; 3] = match found {
        Some(i) => [&b[..i], sep, &b[i + sep.len()..]],
        None if reverse => [&[], &[], b],
        None => [b, &[], &[]],
    };
    let items = parts.iter().map(|p| new_like(vm, o, p.to_vec())).collect();
    Ok(vm.new_tuple(items))
}

fn bytes_partition(vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(vm, &args, "partition", false)
}

fn bytes_rpartition(vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(vm, &args, "rpartition", true)
}

// ----- stripping, replacing, padding -----

fn strip_impl(vm: &mut Vm, args: &Args, name: &str, left: bool, right: bool) -> PyResult {
    let (o, b, a) = pos_args(vm, args, name, 0, 1)?;
    let b: &[u8] = &b;
    let set: Option<BufView> = match a.first() {
        Some(c) if !vm.is_none(c) => Some(bytes_arg(vm, c)?),
        _ => None,
    };
    let strip = |c: u8| match &set {
        Some(s) => s.contains(&c),
        None => is_space(c),
    };
    let mut i = 0;
    let mut j = b.len();
    if left {
        while i < j && strip(b[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(b[j - 1]) {
            j -= 1;
        }
    }
    if i == 0 && j == b.len() {
        return Ok(unchanged(vm, o, b));
    }
    vm.charge_bytes(b.len())?;
    Ok(new_like(vm, o, b[i..j].to_vec()))
}

fn bytes_strip(vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(vm, &args, "strip", true, true)
}

fn bytes_lstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(vm, &args, "lstrip", true, false)
}

fn bytes_rstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(vm, &args, "rstrip", false, true)
}

fn bytes_replace(vm: &mut Vm, args: Args) -> PyResult {
    let (o, b, a) = pos_args(vm, &args, "replace", 2, 3)?;
    let b: &[u8] = &b;
    let old = bytes_arg(vm, &a[0])?;
    let old: &[u8] = &old;
    let new = bytes_arg(vm, &a[1])?;
    let new: &[u8] = &new;
    let count = match a.get(2) {
        Some(c) => ssize_arg(vm, c)?,
        None => -1,
    };
    let mut left = if count < 0 { usize::MAX } else { count as usize };
    if left == 0 {
        return Ok(unchanged(vm, o, b));
    }
    vm.charge_bytes(b.len())?;
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        for (i, &c) in b.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(c);
            check_len(vm, out.len() as u128 + (b.len() - i) as u128)?;
        }
        if left > 0 {
            out.extend_from_slice(new);
        }
        return Ok(new_like(vm, o, out));
    }
    let mut rest = b;
    while left > 0 {
        let Some(i) = find_sub(rest, old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(new);
        check_len(vm, out.len() as u128)?;
        rest = &rest[i + old.len()..];
        left -= 1;
    }
    out.extend_from_slice(rest);
    vm.charge_bytes(out.len())?;
    Ok(new_like(vm, o, out))
}

fn fill_byte(vm: &Vm, o: Option<&PyObjectRef>, name: &str) -> PyResult<u8> {
    let Some(o) = o else { return Ok(b' ') };
    match buffer::read(vm, o)? {
        Some(b) if b.len() == 1 && !o.payload_is::<super::memoryview::PyMemoryView>() => Ok(b[0]),
        Some(_) => Err(vm.new_type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            o.ty().name()
        ))),
        None => Err(vm.new_type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            o.ty().name()
        ))),
    }
}

fn justify(vm: &mut Vm, args: &Args, name: &str) -> PyResult {
    let (o, b, a) = pos_args(vm, args, name, 1, 2)?;
    let b: &[u8] = &b;
    let width = ssize_arg(vm, &a[0])?;
    let fill = fill_byte(vm, a.get(1), name)?;
    let len = b.len() as i64;
    if width <= len {
        return Ok(unchanged(vm, o, b));
    }
    check_len(vm, width as u128)?;
    vm.charge_bytes(width as usize)?;
    let marg = width - len;
    let left = match name {
        "ljust" => 0,
        "rjust" => marg,
        _ => marg / 2 + (marg & width & 1),
    } as usize;
    let mut out = vec![fill; left];
    out.extend_from_slice(b);
    out.resize(width as usize, fill);
    Ok(new_like(vm, o, out))
}

fn bytes_center(vm: &mut Vm, args: Args) -> PyResult {
    justify(vm, &args, "center")
}

fn bytes_ljust(vm: &mut Vm, args: Args) -> PyResult {
    justify(vm, &args, "ljust")
}

fn bytes_rjust(vm: &mut Vm, args: Args) -> PyResult {
    justify(vm, &args, "rjust")
}

fn bytes_zfill(vm: &mut Vm, args: Args) -> PyResult {
    let (o, b, a) = pos_args(vm, &args, "zfill", 1, 1)?;
    let b: &[u8] = &b;
    let width = ssize_arg(vm, &a[0])?;
    if width <= b.len() as i64 {
        return Ok(unchanged(vm, o, b));
    }
    check_len(vm, width as u128)?;
    let fill = width as usize - b.len();
    let mut out = Vec::with_capacity(width as usize);
    let body = match b.first() {
        Some(&c @ (b'+' | b'-')) => {
            out.push(c);
            &b[1..]
        }
        _ => b,
    };
    out.resize(out.len() + fill, b'0');
    out.extend_from_slice(body);
    Ok(new_like(vm, o, out))
}

// ----- case and predicates (ASCII only) -----

fn map_bytes(vm: &mut Vm, args: &Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult {
    let (o, b, _) = pos_args(vm, args, name, 0, 0)?;
    let b: &[u8] = &b;
    vm.charge_bytes(b.len())?;
    Ok(new_like(vm, o, f(&b)))
}

fn title_bytes(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn bytes_upper(vm: &mut Vm, args: Args) -> PyResult {
    map_bytes(vm, &args, "upper", |b| b.to_ascii_uppercase())
}
fn bytes_lower(vm: &mut Vm, args: Args) -> PyResult {
    map_bytes(vm, &args, "lower", |b| b.to_ascii_lowercase())
}
fn bytes_swapcase(vm: &mut Vm, args: Args) -> PyResult {
    map_bytes(vm, &args, "swapcase", |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn bytes_title(vm: &mut Vm, args: Args) -> PyResult {
    map_bytes(vm, &args, "title", title_bytes)
}
fn bytes_capitalize(vm: &mut Vm, args: Args) -> PyResult {
    map_bytes(vm, &args, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn predicate(vm: &mut Vm, args: &Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult {
    let (_, b, _) = pos_args(vm, args, name, 0, 0)?;
    let b: &[u8] = &b;
    vm.charge_bytes(b.len())?;
    Ok(vm.new_bool(f(b)))
}

fn bytes_isdigit(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isdigit", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_digit)
    })
}
fn bytes_isalpha(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isalpha", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
    })
}
fn bytes_isalnum(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isalnum", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
    })
}
fn bytes_isspace(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isspace", |b| {
        !b.is_empty() && b.iter().all(|&c| is_space(c))
    })
}
fn bytes_isupper(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}
fn bytes_islower(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}
fn bytes_isascii(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isascii", <[u8]>::is_ascii)
}
fn bytes_istitle(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "istitle", |b| {
        !b.is_empty() && b.iter().any(u8::is_ascii_alphabetic) && title_bytes(b) == b
    })
}

// ----- translate, expandtabs, prefixes -----

/// `bytes.maketrans(frm, to)`: the 256-byte table mapping each byte of `frm`
/// to the byte of `to` at the same position.
fn bytes_maketrans(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "maketrans")?;
    let a = args.pos();
    if a.len() != 2 {
        return Err(vm.new_type_error(format!("maketrans expected 2 arguments, got {}", a.len())));
    }
    let frm = bytes_arg(vm, &a[0])?;
    let frm: &[u8] = &frm;
    let to = bytes_arg(vm, &a[1])?;
    let to: &[u8] = &to;
    if frm.len() != to.len() {
        return Err(vm.new_value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(to.iter()) {
        table[usize::from(f)] = t;
    }
    Ok(vm.new_bytes(table))
}

fn bytes_translate(vm: &mut Vm, args: Args) -> PyResult {
    let (o, b) = this(vm, &args, "translate")?;
    let rest = rest(&args);
    let pos = rest.pos();
    if pos.len() > 2 {
        return Err(vm.new_type_error(format!("translate() takes at most 2 arguments ({} given)", pos.len())));
    }
    let mut delete = pos.get(1);
    for (k, v) in rest.kwargs() {
        if k == "delete" && delete.is_none() {
            delete = Some(v);
        } else {
            return Err(vm.new_type_error(format!("translate() got an unexpected keyword argument '{k}'")));
        }
    }
    let Some(table) = pos.first() else {
        return Err(vm.new_type_error("translate() takes at least 1 positional argument (0 given)"));
    };
    let table = if vm.is_none(table) {
        None
    } else {
        let t = bytes_arg(vm, table)?;
        if t.len() != 256 {
            return Err(vm.new_value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match delete {
        Some(d) => Some(bytes_arg(vm, d)?),
        None => None,
    };
    // Linear work, charged across calls (`limits.rs`); the bytes to delete
    // as a set (a search of `delete` per byte was quadratic).
    vm.charge_bytes(b.len().saturating_add(delete.as_ref().map_or(0, |d| d.len())))?;
    let mut deleted = [false; 256];
    for &c in delete.iter().flat_map(|d| d.iter()) {
        deleted[usize::from(c)] = true;
    }
    let out: Vec<u8> = b
        .iter()
        .filter(|&&c| !deleted[usize::from(c)])
        .map(|&c| table.as_ref().map_or(c, |t| t[usize::from(c)]))
        .collect();
    if table.is_none() && out.len() == b.len() {
        return Ok(unchanged(vm, o, &b));
    }
    Ok(new_like(vm, o, out))
}

fn bytes_expandtabs(vm: &mut Vm, args: Args) -> PyResult {
    let (o, b, [tabsize]) = bind_kw(vm, &args, "expandtabs", ["tabsize"])?;
    let b: &[u8] = &b;
    let tab = match tabsize {
        Some(t) => match vm.to_index_value(t)? {
            IntValue::Small(v) => v,
            IntValue::Big(_) => return Err(vm.new_overflow_error("Python int too large to convert to C int")),
        },
        None => 8,
    };
    if tab > i64::from(i32::MAX) || tab < i64::from(i32::MIN) {
        return Err(vm.new_overflow_error("Python int too large to convert to C int"));
    }
    // The scan of the input, and below the result, are linear work
    // (`Vm::charge_copy`).
    vm.charge_copy(b.len())?;
    // The result's length first, against the memory cap.
    if tab > 0 {
        let (mut total, mut col) = (0u128, 0u128);
        for &c in b.iter() {
            match c {
                b'\t' => {
                    let n = tab as u128 - col % tab as u128;
                    total += n;
                    col += n;
                }
                b'\n' | b'\r' => {
                    total += 1;
                    col = 0;
                }
                _ => {
                    total += 1;
                    col += 1;
                }
            }
        }
        check_len(vm, total)?;
        vm.charge_copy(total as usize)?;
    } else {
        vm.charge_copy(b.len())?;
    }
    let mut out = Vec::with_capacity(b.len());
    let mut col: u128 = 0;
    for &c in b.iter() {
        match c {
            b'\t' if tab > 0 => {
                let n = tab as u128 - col % tab as u128;
                check_len(vm, out.len() as u128 + n)?;
                out.resize(out.len() + n as usize, b' ');
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_like(vm, o, out))
}

fn affix_impl(vm: &mut Vm, args: &Args, name: &str, prefix: bool) -> PyResult {
    let (o, b, a) = pos_args(vm, args, name, 1, 1)?;
    let b: &[u8] = &b;
    let affix = bytes_arg(vm, &a[0])?;
    let affix: &[u8] = &affix;
    let cut = if prefix && b.starts_with(&affix) {
        &b[affix.len()..]
    } else if !prefix && b.ends_with(&affix) {
        &b[..b.len() - affix.len()]
    } else {
        &b[..]
    };
    if cut.len() == b.len() {
        return Ok(unchanged(vm, o, &b));
    }
    vm.charge_bytes(cut.len())?;
    Ok(new_like(vm, o, cut.to_vec()))
}

fn bytes_removeprefix(vm: &mut Vm, args: Args) -> PyResult {
    affix_impl(vm, &args, "removeprefix", true)
}

fn bytes_removesuffix(vm: &mut Vm, args: Args) -> PyResult {
    affix_impl(vm, &args, "removesuffix", false)
}

/// The methods `bytes` and `bytearray` share (they read `self` through the
/// buffer protocol and return an object of `self`'s kind).
const SHARED: &[(&str, crate::vm::NativeFn)] = &[
    ("decode", bytes_decode),
    ("hex", bytes_hex),
    ("find", bytes_find),
    ("rfind", bytes_rfind),
    ("index", bytes_index),
    ("rindex", bytes_rindex),
    ("count", bytes_count),
    ("startswith", bytes_startswith),
    ("endswith", bytes_endswith),
    ("split", bytes_split),
    ("rsplit", bytes_rsplit),
    ("splitlines", bytes_splitlines),
    ("join", bytes_join),
    ("partition", bytes_partition),
    ("rpartition", bytes_rpartition),
    ("strip", bytes_strip),
    ("lstrip", bytes_lstrip),
    ("rstrip", bytes_rstrip),
    ("replace", bytes_replace),
    ("center", bytes_center),
    ("ljust", bytes_ljust),
    ("rjust", bytes_rjust),
    ("zfill", bytes_zfill),
    ("upper", bytes_upper),
    ("lower", bytes_lower),
    ("swapcase", bytes_swapcase),
    ("title", bytes_title),
    ("capitalize", bytes_capitalize),
    ("isdigit", bytes_isdigit),
    ("isalpha", bytes_isalpha),
    ("isalnum", bytes_isalnum),
    ("isspace", bytes_isspace),
    ("isupper", bytes_isupper),
    ("islower", bytes_islower),
    ("isascii", bytes_isascii),
    ("istitle", bytes_istitle),
    ("translate", bytes_translate),
    ("expandtabs", bytes_expandtabs),
    ("removeprefix", bytes_removeprefix),
    ("removesuffix", bytes_removesuffix),
];

/// Install the methods shared with `bytearray` on type `t`.
pub(crate) fn install_shared(vm: &mut Vm, t: &PyObjectRef) {
    for &(name, f) in SHARED {
        vm.add_method(t, name, f);
    }
    vm.add_static(t, "maketrans", bytes_maketrans);
}

pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types.bytes.clone();
    vm.add_static(&t, "__new__", bytes_new);
    vm.add_classmethod(&t, "fromhex", bytes_fromhex);
    let methods: &[(&'static str, crate::vm::NativeFn)] = &[
        ("__repr__", bytes_repr),
        ("__hash__", bytes_hash),
        ("__len__", bytes_len),
        ("__eq__", bytes_eq),
        ("__ne__", bytes_ne),
        ("__lt__", bytes_lt),
        ("__le__", bytes_le),
        ("__gt__", bytes_gt),
        ("__ge__", bytes_ge),
        ("__getitem__", bytes_getitem),
        ("__iter__", bytes_iter),
        ("__contains__", bytes_contains),
        ("__add__", bytes_add),
        ("__mul__", bytes_mul),
        ("__rmul__", bytes_rmul),
        ("__mod__", bytes_mod),
        ("__rmod__", bytes_rmod),
        ("__getnewargs__", bytes_getnewargs),
    ];
    for &(name, f) in methods {
        vm.add_method(&t, name, f);
    }
    install_shared(vm, &t);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr() {
        assert_eq!(repr_bytes(b"plain"), "b'plain'");
        assert_eq!(repr_bytes(b"it's"), "b\"it's\"");
        assert_eq!(repr_bytes(b"both ' \""), "b'both \\' \"'");
        assert_eq!(
            repr_bytes(b"\t\n\r\\\x00\x7f\x80\xff"),
            "b'\\t\\n\\r\\\\\\x00\\x7f\\x80\\xff'"
        );
    }

    #[test]
    fn splitting() {
        assert_eq!(split_whitespace(b"  a b  ", Some(1)), vec![&b"a"[..], &b"b  "[..]]);
        assert_eq!(rsplit_whitespace(b"  a b  ", Some(1)), vec![&b"  a"[..], &b"b"[..]]);
        assert_eq!(split_sep(b"a,b,c", b",", Some(1)), vec![&b"a"[..], &b"b,c"[..]]);
        assert_eq!(rsplit_sep(b"a,b,c", b",", Some(1)), vec![&b"a,b"[..], &b"c"[..]]);
    }
}
