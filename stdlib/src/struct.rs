//! `_struct`: packing Python values into C structs held in bytes and back,
//! the core of `struct` (`py/struct.py`), with CPython 3.11's format language,
//! sizes, alignment and `struct.error` messages.
//!
//! - A format compiles to a [`Layout`]: the byte order, and one [`Field`] per
//!   format code with its repeat count, offset and item size (`1000i` is one
//!   field, not a thousand). Compiled layouts are cached by format text.
//! - [`pack_value`] and [`unpack_value`] convert one item; `array.rs` reuses
//!   the raw float encodings ([`f16_bits`], [`f16_value`]).
//! - No buffer borrow is held while Python code runs: values are converted
//!   first (`__index__`, `__float__` and `__bool__` may run), and the bytes are
//!   written or read afterwards.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use kaa_vm::object::buffer;
use kaa_vm::object::bytes::PyBytes;
use kaa_vm::object::core::PyPayload;
use kaa_vm::object::float::{float_from_object, PyFloat};
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::str::PyStr;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

const ERROR: &str = "_struct.error";
const STRUCT: &str = "_struct.Struct";
const UNPACK_ITER: &str = "_struct.unpack_iterator";

// ----- formats -----

/// How multi-byte items are laid out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    Little,
    Big,
}

const NATIVE_ORDER: Order = if cfg!(target_endian = "little") {
    Order::Little
} else {
    Order::Big
};

/// One format code with its repeat count.
#[derive(Clone, Debug)]
pub struct Field {
    pub code: u8,
    /// Items (for `s`/`p`: the byte length of the one item).
    pub count: usize,
    pub offset: usize,
    /// Size of one item (`s`/`p`: 1).
    pub size: usize,
}

/// A compiled format.
#[derive(Debug)]
pub struct Layout {
    pub fields: Vec<Field>,
    pub size: usize,
    /// How many values `pack` takes.
    pub nargs: usize,
    pub order: Order,
    /// `@` (native sizes and alignment).
    pub native: bool,
}

/// The size of `code` in native (`@`) mode, or `None` if it is not a code.
pub fn native_size(code: u8) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    })
}

/// The size of `code` in standard (`< > ! =`) mode.
fn standard_size(code: u8) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

fn too_long(vm: &mut Vm) -> PyObjectRef {
    struct_error(vm, "total struct size too long")
}

/// Compile `fmt` (CPython's `prepare_s`).
fn compile(vm: &mut Vm, fmt: &[u8]) -> PyResult<Layout> {
    if fmt.contains(&0) {
        return Err(struct_error(vm, "embedded null character"));
    }
    let (native, order, body) = match fmt.first() {
        Some(b'<') => (false, Order::Little, &fmt[1..]),
        Some(b'>' | b'!') => (false, Order::Big, &fmt[1..]),
        Some(b'=') => (false, NATIVE_ORDER, &fmt[1..]),
        Some(b'@') => (true, NATIVE_ORDER, &fmt[1..]),
        _ => (true, NATIVE_ORDER, fmt),
    };
    let mut fields = Vec::new();
    let mut size: usize = 0;
    let mut nargs: usize = 0;
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let mut n: usize = usize::from(c - b'0');
            loop {
                let Some(&d) = body.get(i) else {
                    return Err(struct_error(vm, "repeat count given without format specifier"));
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                n = match n.checked_mul(10).and_then(|n| n.checked_add(usize::from(d - b'0'))) {
                    Some(n) if n <= isize::MAX as usize => n,
                    _ => return Err(too_long(vm)),
                };
            }
            count = n;
        }
        let item = if native { native_size(c) } else { standard_size(c) };
        let Some(item) = item else {
            return Err(struct_error(vm, "bad char in struct format"));
        };
        if native && item > 1 {
            size = size.checked_add(item - 1).ok_or_else(|| too_long(vm))? / item * item;
        }
        let bytes = count.checked_mul(item).ok_or_else(|| too_long(vm))?;
        let offset = size;
        size = size.checked_add(bytes).ok_or_else(|| too_long(vm))?;
        if size > isize::MAX as usize {
            return Err(too_long(vm));
        }
        match c {
            b'x' => {}
            b's' | b'p' => {
                nargs += 1;
                fields.push(Field {
                    code: c,
                    count,
                    offset,
                    size: 1,
                });
            }
            _ => {
                if count > 0 {
                    nargs += count;
                    fields.push(Field {
                        code: c,
                        count,
                        offset,
                        size: item,
                    });
                }
            }
        }
    }
    Ok(Layout {
        fields,
        size,
        nargs,
        order,
        native,
    })
}

thread_local! {
    /// Compiled formats by their text (CPython's `cache`); emptied when full.
    static CACHE: RefCell<HashMap<Vec<u8>, Arc<Layout>>> = RefCell::new(HashMap::new());
}

const CACHE_MAX: usize = 100;

/// The text of a format argument (`str` or `bytes`).
fn format_text<'a>(vm: &mut Vm, fmt: &'a PyObjectRef) -> PyResult<&'a [u8]> {
    if let Some(s) = fmt.downcast_ref::<PyStr>() {
        if !s.as_str().is_ascii() {
            // CPython encodes the format as ASCII: its UnicodeEncodeError.
            let ascii = vm.new_str("ascii");
            vm.call_method(fmt, "encode", &[ascii])?;
        }
        return Ok(s.as_str().as_bytes());
    }
    if let Some(b) = fmt.downcast_ref::<PyBytes>() {
        return Ok(&b.value);
    }
    Err(vm.new_type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        fmt.ty().name()
    )))
}

/// The layout of a format argument, from the cache when it is there.
pub fn layout_of(vm: &mut Vm, fmt: &PyObjectRef) -> PyResult<Arc<Layout>> {
    let text = format_text(vm, fmt)?;
    if let Some(l) = CACHE.with(|c| c.borrow().get(text).cloned()) {
        return Ok(l);
    }
    let l = Arc::new(compile(vm, text)?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_MAX {
            c.clear();
        }
        c.insert(text.to_vec(), l.clone());
    });
    Ok(l)
}

// ----- errors -----

fn struct_error(vm: &mut Vm, msg: &str) -> PyObjectRef {
    let cls = vm.module_state.borrow().get(ERROR).cloned();
    match cls {
        Some(c) => vm.new_exception_msg(&c, msg),
        None => vm.new_runtime_error("_struct is not initialized"),
    }
}

// ----- one item -----

/// An int argument (`__index__` allowed): `required argument is not an integer`.
fn get_int(vm: &mut Vm, v: &PyObjectRef) -> PyResult<IntValue> {
    if let Some(i) = v.downcast_ref::<PyInt>() {
        return Ok(i.value.clone());
    }
    let index = vm.names.__index__.clone();
    if vm.lookup_special(v, &index).is_none() {
        return Err(struct_error(vm, "required argument is not an integer"));
    }
    vm.to_index_value(v)
}

/// A float argument: `required argument is not a float` for any failure.
fn get_float(vm: &mut Vm, v: &PyObjectRef) -> PyResult<f64> {
    if let Some(f) = v.downcast_ref::<PyFloat>() {
        return Ok(f.value);
    }
    let usable = !v.payload_is::<PyStr>() && {
        let (f, i) = (vm.names.__float__.clone(), vm.names.__index__.clone());
        v.payload_is::<PyInt>() || vm.lookup_special(v, &f).is_some() || vm.lookup_special(v, &i).is_some()
    };
    if usable {
        if let Ok(x) = float_from_object(vm, v) {
            return Ok(x);
        }
    }
    Err(struct_error(vm, "required argument is not a float"))
}

/// The bits of the IEEE half-precision float nearest to `x` (ties to even);
/// `None` if it overflows.
pub fn f16_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    let bits = a.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32 - 1023;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    // The result in units of the smallest step at this exponent.
    let (shift, base_exp) = if exp < -14 {
        // Subnormal: units of 2**-24.
        (52 - (exp + 24), 0)
    } else {
        (52 - 10, exp + 15)
    };
    let rounded = if shift >= 64 {
        0
    } else if shift <= 0 {
        mant << (-shift)
    } else {
        let q = mant >> shift;
        let rem = mant & ((1u64 << shift) - 1);
        let half = 1u64 << (shift - 1);
        if rem > half || (rem == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    if base_exp == 0 {
        // Subnormal (may round up into the normals: 0x400 is exactly that).
        return Some(sign | rounded as u16);
    }
    let mut e = base_exp as u64;
    let mut m = rounded;
    if m >= 1 << 11 {
        m >>= 1;
        e += 1;
    }
    if e >= 31 {
        return None;
    }
    Some(sign | ((e as u16) << 10) | (m as u16 & 0x3ff))
}

/// The value of a half-precision float.
pub fn f16_value(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = i32::from((h >> 10) & 0x1f);
    let m = f64::from(h & 0x3ff);
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn put(out: &mut [u8], order: Order, v: u64, size: usize) {
    let bytes = v.to_le_bytes();
    match order {
        Order::Little => out[..size].copy_from_slice(&bytes[..size]),
        Order::Big => {
            for (k, o) in out[..size].iter_mut().enumerate() {
                *o = bytes[size - 1 - k];
            }
        }
    }
}

fn get(data: &[u8], order: Order, size: usize) -> u64 {
    let mut v = 0u64;
    match order {
        Order::Little => {
            for &b in data[..size].iter().rev() {
                v = v << 8 | u64::from(b);
            }
        }
        Order::Big => {
            for &b in &data[..size] {
                v = v << 8 | u64::from(b);
            }
        }
    }
    v
}

/// An int that does not fit a C long (`int too large to convert` for the
/// 8-byte big-endian codes).
fn overflow(vm: &mut Vm, long_big: bool) -> PyObjectRef {
    struct_error(
        vm,
        if long_big {
            "int too large to convert"
        } else {
            "argument out of range"
        },
    )
}

/// The range message of a small integer code.
/// (CPython's big-endian table names `h` and `H` by their codes.)
fn range_error(vm: &mut Vm, code: u8, big: bool, lo: i128, hi: i128) -> PyObjectRef {
    let msg = match code {
        b'h' | b'H' if big => format!("'{}' format requires {lo} <= number <= {hi}", code as char),
        b'b' => "byte format requires -128 <= number <= 127".to_string(),
        b'B' => "ubyte format requires 0 <= number <= 255".to_string(),
        b'h' => "short format requires -32768 <= number <= 32767".to_string(),
        b'H' => "ushort format requires 0 <= number <= 65535".to_string(),
        _ => format!("'{}' format requires {lo} <= number <= {hi}", code as char),
    };
    struct_error(vm, &msg)
}

/// Pack one value of a numeric or `c`/`?` code into `out` (its `size` bytes).
fn pack_value(
    vm: &mut Vm,
    code: u8,
    size: usize,
    order: Order,
    native: bool,
    v: &PyObjectRef,
    out: &mut [u8],
) -> PyResult<()> {
    // CPython's big-endian table has its own messages.
    let big = !native && order == Order::Big;
    match code {
        b'c' => {
            let b = match v.downcast_ref::<PyBytes>() {
                Some(b) if b.value.len() == 1 => b.value[0],
                _ => return Err(struct_error(vm, "char format requires a bytes object of length 1")),
            };
            out[0] = b;
        }
        b'?' => out[0] = u8::from(vm.is_true(v)?),
        b'e' => {
            let x = get_float(vm, v)?;
            let Some(h) = f16_bits(x) else {
                return Err(vm.new_overflow_error("float too large to pack with e format"));
            };
            put(out, order, u64::from(h), 2);
        }
        b'f' => {
            let x = get_float(vm, v)?;
            let y = x as f32;
            if !native && y.is_infinite() && x.is_finite() {
                return Err(vm.new_overflow_error("float too large to pack with f format"));
            }
            put(out, order, u64::from(y.to_bits()), 4);
        }
        b'd' => {
            let x = get_float(vm, v)?;
            put(out, order, x.to_bits(), 8);
        }
        b'P' => {
            let i = get_int(vm, v)?;
            let bits = match &i {
                IntValue::Small(n) => *n as u64,
                IntValue::Big(b) => match (i64::try_from(&**b), u64::try_from(&**b)) {
                    (Ok(n), _) => n as u64,
                    (_, Ok(n)) => n,
                    _ => return Err(struct_error(vm, "int too large to convert")),
                },
            };
            put(out, order, bits, size);
        }
        b'I' | b'L' | b'Q' | b'N' | b'H' if code != b'H' || big => {
            let i = get_int(vm, v)?;
            let n: Option<u64> = match &i {
                IntValue::Small(n) if *n >= 0 => Some(*n as u64),
                IntValue::Big(b) => u64::try_from(&**b).ok(),
                _ => None,
            };
            let Some(n) = n else {
                return Err(overflow(vm, big && size == 8));
            };
            if size < 8 && n >> (size * 8) != 0 {
                return Err(range_error(vm, code, big, 0, (1i128 << (size * 8)) - 1));
            }
            put(out, order, n, size);
        }
        _ => {
            // b B h H i l q n: a C long first, then the item's range.
            let i = get_int(vm, v)?;
            let n: i64 = match &i {
                IntValue::Small(n) => *n,
                IntValue::Big(b) => i64::try_from(&**b).map_err(|_| overflow(vm, big && size == 8))?,
            };
            let (lo, hi): (i128, i128) = if matches!(code, b'B' | b'H') {
                (0, (1i128 << (size * 8)) - 1)
            } else {
                (-(1i128 << (size * 8 - 1)), (1i128 << (size * 8 - 1)) - 1)
            };
            if size < 8 && (i128::from(n) < lo || i128::from(n) > hi) {
                return Err(range_error(vm, code, big, lo, hi));
            }
            put(out, order, n as u64, size);
        }
    }
    Ok(())
}

/// Unpack one item of a numeric or `c`/`?` code from `data`.
fn unpack_value(vm: &mut Vm, code: u8, size: usize, order: Order, data: &[u8]) -> PyObjectRef {
    match code {
        b'c' => vm.new_bytes(vec![data[0]]),
        b'?' => vm.new_bool(data[0] != 0),
        b'e' => vm.new_float(f16_value(get(data, order, 2) as u16)),
        b'f' => vm.new_float(f64::from(f32::from_bits(get(data, order, 4) as u32))),
        b'd' => vm.new_float(f64::from_bits(get(data, order, 8))),
        b'B' | b'H' | b'I' | b'L' | b'Q' | b'N' | b'P' => {
            let n = get(data, order, size);
            match i64::try_from(n) {
                Ok(n) => vm.new_int(n),
                Err(_) => vm.new_bigint(num_bigint::BigInt::from(n)),
            }
        }
        _ => {
            let n = get(data, order, size);
            let shift = 64 - size * 8;
            vm.new_int(((n << shift) as i64) >> shift)
        }
    }
}

// ----- whole structs -----

/// The bytes of a `s`/`p` argument.
fn string_arg(vm: &mut Vm, code: u8, v: &PyObjectRef) -> PyResult<Vec<u8>> {
    if v.payload_is::<PyBytes>() || v.payload_is::<kaa_vm::object::bytearray::PyByteArray>() {
        if let Some(b) = buffer::read(vm, v)? {
            return Ok(b.to_vec());
        }
    }
    Err(struct_error(
        vm,
        &format!("argument for '{}' must be a bytes object", code as char),
    ))
}

/// Pack `values` (exactly `layout.nargs` of them) into `out` (`layout.size` bytes).
fn pack_all(vm: &mut Vm, layout: &Layout, values: &[PyObjectRef], out: &mut [u8]) -> PyResult<()> {
    let mut next = values.iter();
    for f in &layout.fields {
        match f.code {
            b's' | b'p' => {
                let Some(v) = next.next() else { break };
                let data = string_arg(vm, f.code, v)?;
                let dst = &mut out[f.offset..f.offset + f.count];
                if f.code == b's' {
                    let n = data.len().min(f.count);
                    dst[..n].copy_from_slice(&data[..n]);
                } else if f.count > 0 {
                    let n = data.len().min(f.count - 1);
                    dst[1..=n].copy_from_slice(&data[..n]);
                    dst[0] = n.min(255) as u8;
                }
            }
            code => {
                for k in 0..f.count {
                    let Some(v) = next.next() else { break };
                    let at = f.offset + k * f.size;
                    pack_value(
                        vm,
                        code,
                        f.size,
                        layout.order,
                        layout.native,
                        v,
                        &mut out[at..at + f.size],
                    )?;
                }
            }
        }
    }
    Ok(())
}

/// Unpack a whole struct from `data` (`layout.size` bytes).
fn unpack_all(vm: &mut Vm, layout: &Layout, data: &[u8]) -> PyResult {
    let mut items = Vec::with_capacity(layout.nargs);
    for f in &layout.fields {
        match f.code {
            b's' => items.push(vm.new_bytes(data[f.offset..f.offset + f.count].to_vec())),
            b'p' => {
                let n = if f.count == 0 {
                    0
                } else {
                    usize::from(data[f.offset]).min(f.count - 1)
                };
                items.push(vm.new_bytes(data[f.offset + 1..f.offset + 1 + n].to_vec()));
            }
            code => {
                for k in 0..f.count {
                    let at = f.offset + k * f.size;
                    items.push(unpack_value(vm, code, f.size, layout.order, &data[at..at + f.size]));
                }
            }
        }
    }
    Ok(vm.new_tuple(items))
}

fn check_count(vm: &mut Vm, layout: &Layout, what: &str, got: usize) -> PyResult<()> {
    if got != layout.nargs {
        return Err(struct_error(
            vm,
            &format!("{what} expected {} items for packing (got {got})", layout.nargs),
        ));
    }
    Ok(())
}

/// `n` zero bytes, or `MemoryError` (not an abort) if they cannot be had.
pub fn zeroed(vm: &Vm, n: usize) -> PyResult<Vec<u8>> {
    vm.check_alloc(n as u128)?;
    if n == 0 {
        return Ok(Vec::new());
    }
    let layout = std::alloc::Layout::array::<u8>(n).map_err(|_| vm.new_memory_error())?;
    // SAFETY: `layout` has a non-zero size; a non-null result is `n` zeroed
    // bytes from the global allocator, which is what `Vec<u8>` owns.
    unsafe {
        let p = std::alloc::alloc_zeroed(layout);
        if p.is_null() {
            return Err(vm.new_memory_error());
        }
        Ok(Vec::from_raw_parts(p, n, n))
    }
}

fn do_pack(vm: &mut Vm, layout: &Layout, values: &[PyObjectRef]) -> PyResult {
    check_count(vm, layout, "pack", values.len())?;
    let mut out = zeroed(vm, layout.size)?;
    pack_all(vm, layout, values, &mut out)?;
    Ok(vm.new_bytes(out))
}

fn do_unpack(vm: &mut Vm, layout: &Layout, buf: &PyObjectRef) -> PyResult {
    let data = buffer::bytes_like(vm, buf)?;
    if data.len() != layout.size {
        drop(data);
        return Err(struct_error(
            vm,
            &format!("unpack requires a buffer of {} bytes", layout.size),
        ));
    }
    let data = data.into_vec();
    unpack_all(vm, layout, &data)
}

/// Resolve a possibly negative `offset` into a buffer of `len` bytes for
/// `size` bytes (`pack_into`/`unpack_from`'s checks and messages).
fn place(vm: &mut Vm, layout: &Layout, offset: i64, len: usize, packing: bool) -> PyResult<usize> {
    let size = layout.size as i128;
    let len_i = len as i128;
    let mut off = i128::from(offset);
    if off < 0 {
        if off + len_i < 0 {
            return Err(struct_error(
                vm,
                &format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        if len_i - (off + len_i) < size {
            let msg = if packing {
                format!("no space to pack {size} bytes at offset {offset}")
            } else {
                format!("not enough data to unpack {size} bytes at offset {offset}")
            };
            return Err(struct_error(vm, &msg));
        }
        off += len_i;
    }
    if len_i - off < size {
        let msg = if packing {
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {off} (actual buffer size is {len})",
                size + off
            )
        } else {
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {off} (actual buffer size is {len})",
                size + off
            )
        };
        return Err(struct_error(vm, &msg));
    }
    Ok(off as usize)
}

fn do_pack_into(
    vm: &mut Vm,
    layout: &Layout,
    buf: &PyObjectRef,
    offset: &PyObjectRef,
    values: &[PyObjectRef],
) -> PyResult {
    check_count(vm, layout, "pack_into", values.len())?;
    let len = buffer::writable(vm, buf)?.len();
    let offset = vm.to_index(offset)?;
    let at = place(vm, layout, offset, len, true)?;
    let mut out = vec![0u8; layout.size];
    // CPython zeroes the target and packs item by item: on failure, the
    // items before the bad one are written.
    let packed = pack_all(vm, layout, values, &mut out);
    let mut dst = buffer::writable(vm, buf)?;
    match dst.get_mut(at..at + layout.size) {
        Some(d) => d.copy_from_slice(&out),
        None => {
            drop(dst);
            return Err(struct_error(vm, "buffer changed size while packing"));
        }
    }
    drop(dst);
    packed?;
    Ok(vm.none())
}

fn do_unpack_from(vm: &mut Vm, layout: &Layout, buf: &PyObjectRef, offset: Option<&PyObjectRef>) -> PyResult {
    let offset = match offset {
        Some(o) => vm.to_index(o)?,
        None => 0,
    };
    // Copy only the struct's bytes, not the whole buffer.
    let view = buffer::bytes_like(vm, buf)?;
    let len = view.len();
    let chunk = if len >= layout.size && i128::from(offset) >= 0 && offset as u128 + layout.size as u128 <= len as u128
    {
        let at = offset as usize;
        view[at..at + layout.size].to_vec()
    } else {
        drop(view);
        let at = place(vm, layout, offset, len, false)?;
        let view = buffer::bytes_like(vm, buf)?;
        match view.get(at..at + layout.size) {
            Some(c) => c.to_vec(),
            None => return Err(struct_error(vm, "buffer changed size while unpacking")),
        }
    };
    unpack_all(vm, layout, &chunk)
}

// ----- the iterator of iter_unpack -----

struct PyUnpackIter {
    layout: Arc<Layout>,
    buffer: RefCell<Option<PyObjectRef>>,
    pos: std::cell::Cell<usize>,
}

impl PyPayload for PyUnpackIter {
    const GC: bool = true;
    fn traverse(&self, visit: &mut kaa_vm::object::core::Visit<'_>) {
        visit.visit_cell(&self.buffer, |b, visit| {
            if let Some(b) = b {
                visit.visit(b)
            }
        });
    }
    fn clear(&self) {
        let old = self.buffer.try_borrow_mut().map(|mut b| b.take());
        drop(old);
    }
}

fn do_iter_unpack(vm: &mut Vm, layout: Arc<Layout>, buf: &PyObjectRef) -> PyResult {
    let len = buffer::bytes_like(vm, buf)?.len();
    if layout.size == 0 {
        return Err(struct_error(vm, "cannot iteratively unpack with a struct of length 0"));
    }
    if len % layout.size != 0 {
        return Err(struct_error(
            vm,
            &format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                layout.size
            ),
        ));
    }
    let cls = state_type(vm, UNPACK_ITER)?;
    Ok(PyObjectRef::new(
        PyUnpackIter {
            layout,
            buffer: RefCell::new(Some(buf.clone())),
            pos: std::cell::Cell::new(0),
        },
        &cls,
    ))
}

fn this_iter<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<&'a PyUnpackIter> {
    args.pos()
        .first()
        .and_then(|o| o.downcast_ref::<PyUnpackIter>())
        .ok_or_else(|| vm.new_type_error("descriptor requires a '_struct.unpack_iterator' object"))
}

fn unpack_iter_next(vm: &mut Vm, args: Args) -> PyResult {
    let it = this_iter(vm, &args)?;
    let Some(buf) = it.buffer.borrow().clone() else {
        return Err(vm.new_stop_iteration(None));
    };
    let size = it.layout.size;
    let at = it.pos.get();
    let chunk = {
        let data = buffer::bytes_like(vm, &buf)?;
        data.get(at..at + size).map(|c| c.to_vec())
    };
    match chunk {
        Some(c) => {
            it.pos.set(at + size);
            unpack_all(vm, &it.layout, &c)
        }
        None => {
            *it.buffer.borrow_mut() = None;
            Err(vm.new_stop_iteration(None))
        }
    }
}

fn unpack_iter_iter(vm: &mut Vm, args: Args) -> PyResult {
    this_iter(vm, &args)?;
    Ok(args.pos()[0].clone())
}

fn unpack_iter_length_hint(vm: &mut Vm, args: Args) -> PyResult {
    let it = this_iter(vm, &args)?;
    let Some(buf) = it.buffer.borrow().clone() else {
        return Ok(vm.new_int(0));
    };
    let len = buffer::bytes_like(vm, &buf)?.len();
    let left = len.saturating_sub(it.pos.get()) / it.layout.size.max(1);
    Ok(vm.new_int(left as i64))
}

// ----- the module functions -----

fn format_arg<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<&'a PyObjectRef> {
    args.pos()
        .first()
        .ok_or_else(|| vm.new_type_error("missing format argument"))
}

fn pack(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "_struct.pack")?;
    let fmt = format_arg(vm, &args)?;
    let layout = layout_of(vm, fmt)?;
    do_pack(vm, &layout, &args.pos()[1..])
}

fn pack_into(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "_struct.pack_into")?;
    let pos = args.pos();
    let fmt = format_arg(vm, &args)?;
    let layout = layout_of(vm, fmt)?;
    match pos.len() {
        1 => Err(struct_error(vm, "pack_into expected buffer argument")),
        2 => Err(struct_error(vm, "pack_into expected offset argument")),
        _ => do_pack_into(vm, &layout, &pos[1], &pos[2], &pos[3..]),
    }
}

fn unpack(vm: &mut Vm, args: Args) -> PyResult {
    let [fmt, buf] = args.exact::<2>(vm, "unpack")?;
    let layout = layout_of(vm, fmt)?;
    do_unpack(vm, &layout, buf)
}

fn unpack_from(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let Some(fmt) = pos.first() else {
        return Err(vm.new_type_error("unpack_from() missing required argument 'format' (pos 1)"));
    };
    let rest = Args::new(&args.items()[1..], args.kwnames());
    let (buf, offset) = bind_unpack_from(vm, rest, 2)?;
    let layout = layout_of(vm, fmt)?;
    do_unpack_from(vm, &layout, &buf, offset.as_ref())
}

/// `(buffer, offset=0)` of `unpack_from`, with CPython's messages; `first` is
/// the position of `buffer` in the call (2 for the function, 1 for the method).
fn bind_unpack_from(vm: &mut Vm, args: Args, first: usize) -> PyResult<(PyObjectRef, Option<PyObjectRef>)> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.new_type_error(format!(
            "unpack_from() takes at most {} arguments ({} given)",
            first + 1,
            args.items().len() + first - 1
        )));
    }
    let mut slots: [Option<PyObjectRef>; 2] = [pos.first().cloned(), pos.get(1).cloned()];
    for (k, v) in args.kwargs() {
        let i = match k {
            "buffer" => 0,
            "offset" => 1,
            _ => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for unpack_from()"))),
        };
        if slots[i].is_some() {
            return Err(vm.new_type_error(format!(
                "argument for unpack_from() given by name ('{k}') and position ({})",
                first + i
            )));
        }
        slots[i] = Some(v.clone());
    }
    let [buf, offset] = slots;
    match buf {
        Some(b) => Ok((b, offset)),
        None => Err(vm.new_type_error(format!(
            "unpack_from() missing required argument 'buffer' (pos {first})"
        ))),
    }
}

fn iter_unpack(vm: &mut Vm, args: Args) -> PyResult {
    let [fmt, buf] = args.exact::<2>(vm, "iter_unpack")?;
    let layout = layout_of(vm, fmt)?;
    do_iter_unpack(vm, layout, buf)
}

fn calcsize(vm: &mut Vm, args: Args) -> PyResult {
    let [fmt] = args.exact::<1>(vm, "_struct.calcsize")?;
    let layout = layout_of(vm, fmt)?;
    Ok(vm.new_int(layout.size as i64))
}

fn clearcache(vm: &mut Vm, _args: Args) -> PyResult {
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(vm.none())
}

// ----- Struct -----

struct PyStruct {
    /// The layout and the format as given (`str` or `bytes`).
    state: RefCell<(Arc<Layout>, PyObjectRef)>,
}

impl PyPayload for PyStruct {}

fn state_type(vm: &mut Vm, key: &str) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get(key).cloned();
    found.ok_or_else(|| vm.new_runtime_error("_struct is not initialized"))
}

fn this_struct<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(Arc<Layout>, &'a PyObjectRef)> {
    match args.pos().first() {
        Some(o) => match o.downcast_ref::<PyStruct>() {
            Some(s) => Ok((s.state.borrow().0.clone(), o)),
            None => Err(vm.new_type_error(format!(
                "descriptor '{name}' for '_struct.Struct' objects doesn't apply to a '{}' object",
                o.ty().name()
            ))),
        },
        None => Err(vm.new_type_error(format!(
            "descriptor '{name}' of '_struct.Struct' object needs an argument"
        ))),
    }
}

fn struct_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos().first().cloned() else {
        return Err(vm.new_type_error("Struct.__new__(): not enough arguments"));
    };
    let base = state_type(vm, STRUCT)?;
    if cls.as_type().is_none() || !cls.is_subtype(&base) {
        return Err(vm.new_type_error("Struct.__new__(X): X is not a subtype of _struct.Struct"));
    }
    let empty = vm.new_bytes(Vec::new());
    let layout = layout_of(vm, &empty)?;
    Ok(vm.new_instance(
        PyStruct {
            state: RefCell::new((layout, empty)),
        },
        &cls,
    ))
}

fn struct_init(vm: &mut Vm, args: Args) -> PyResult {
    this_struct(vm, &args, "__init__")?;
    let o = &args.pos()[0];
    let rest = Args::new(&args.items()[1..], args.kwnames());
    if rest.pos().len() > 1 {
        return Err(vm.new_type_error(format!(
            "Struct() takes at most 1 argument ({} given)",
            rest.items().len()
        )));
    }
    let [fmt] = rest.bind(vm, "Struct", ["format"], 1, 1)?;
    let fmt = fmt.unwrap_or_else(|| vm.none());
    let layout = layout_of(vm, &fmt)?;
    if let Some(s) = o.downcast_ref::<PyStruct>() {
        *s.state.borrow_mut() = (layout, fmt);
    }
    Ok(vm.none())
}

fn struct_format(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let Some(s) = o.downcast_ref::<PyStruct>() else {
        return Err(vm.new_type_error("descriptor 'format' requires a '_struct.Struct' object"));
    };
    let f = s.state.borrow().1.clone();
    if let Some(b) = f.downcast_ref::<PyBytes>() {
        let text: String = b.value.iter().map(|&c| c as char).collect();
        return Ok(vm.new_str(text));
    }
    Ok(f)
}

fn struct_size(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let Some(s) = o.downcast_ref::<PyStruct>() else {
        return Err(vm.new_type_error("descriptor 'size' requires a '_struct.Struct' object"));
    };
    let n = s.state.borrow().0.size;
    Ok(vm.new_int(n as i64))
}

fn struct_pack(vm: &mut Vm, args: Args) -> PyResult {
    let (layout, _) = this_struct(vm, &args, "pack")?;
    args.no_kwargs(vm, "Struct.pack")?;
    do_pack(vm, &layout, &args.pos()[1..])
}

fn struct_pack_into(vm: &mut Vm, args: Args) -> PyResult {
    let (layout, _) = this_struct(vm, &args, "pack_into")?;
    args.no_kwargs(vm, "_struct.pack_into")?;
    let pos = args.pos();
    match pos.len() {
        1 => Err(struct_error(vm, "pack_into expected buffer argument")),
        2 => Err(struct_error(vm, "pack_into expected offset argument")),
        _ => do_pack_into(vm, &layout, &pos[1], &pos[2], &pos[3..]),
    }
}

fn struct_unpack(vm: &mut Vm, args: Args) -> PyResult {
    let (layout, _) = this_struct(vm, &args, "unpack")?;
    let rest = Args::new(&args.items()[1..], args.kwnames());
    let [buf] = rest.exact::<1>(vm, "Struct.unpack")?;
    do_unpack(vm, &layout, buf)
}

fn struct_unpack_from(vm: &mut Vm, args: Args) -> PyResult {
    let (layout, _) = this_struct(vm, &args, "unpack_from")?;
    let rest = Args::new(&args.items()[1..], args.kwnames());
    let (buf, offset) = bind_unpack_from(vm, rest, 1)?;
    do_unpack_from(vm, &layout, &buf, offset.as_ref())
}

fn struct_iter_unpack(vm: &mut Vm, args: Args) -> PyResult {
    let (layout, _) = this_struct(vm, &args, "iter_unpack")?;
    let rest = Args::new(&args.items()[1..], args.kwnames());
    let [buf] = rest.exact::<1>(vm, "Struct.iter_unpack")?;
    do_iter_unpack(vm, layout, buf)
}

fn struct_sizeof(vm: &mut Vm, args: Args) -> PyResult {
    let (layout, _) = this_struct(vm, &args, "__sizeof__")?;
    let n = 48 + layout.fields.len() * std::mem::size_of::<Field>();
    Ok(vm.new_int(n as i64))
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_struct", None)?;
    let doc = vm.new_str(
        "Functions to convert between Python values and C structs.\n\
         Python bytes objects are used to hold the data representing the C struct\n\
         and also as format strings (explained below) to describe the layout of data\n\
         in the C struct.",
    );
    vm.dict_set_str(&d, "__doc__", doc)?;

    let type_ = vm.types.type_.clone();
    let exc = vm.exc.exception.clone();
    let error = vm.new_class("error", vec![exc], &type_)?;
    let modname = vm.new_str("struct");
    vm.set_type_attr(&error, "__module__", modname);
    vm.module_state.borrow_mut().insert(ERROR.to_string(), error.clone());
    vm.dict_set_str(&d, "error", error)?;

    let st = kaa_vm::builtins::new_module_class::<PyStruct>(vm, STRUCT, true);
    vm.add_static(&st, "__new__", struct_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", struct_init),
        ("pack", struct_pack),
        ("pack_into", struct_pack_into),
        ("unpack", struct_unpack),
        ("unpack_from", struct_unpack_from),
        ("iter_unpack", struct_iter_unpack),
        ("__sizeof__", struct_sizeof),
    ];
    for &(name, f) in methods {
        vm.add_method(&st, name, f);
    }
    vm.add_getset(&st, "format", struct_format, None);
    vm.add_getset(&st, "size", struct_size, None);
    let private = vm.new_str("_struct");
    vm.set_type_attr(&st, "__module__", private.clone());
    vm.module_state.borrow_mut().insert(STRUCT.to_string(), st.clone());
    vm.dict_set_str(&d, "Struct", st)?;

    let it = kaa_vm::builtins::new_module_class::<PyUnpackIter>(vm, UNPACK_ITER, false);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__next__", unpack_iter_next),
        ("__iter__", unpack_iter_iter),
        ("__length_hint__", unpack_iter_length_hint),
    ];
    for &(name, f) in methods {
        vm.add_method(&it, name, f);
    }
    vm.set_type_attr(&it, "__module__", private);
    vm.module_state.borrow_mut().insert(UNPACK_ITER.to_string(), it);

    let functions: &[(&'static str, NativeFn)] = &[
        ("pack", pack),
        ("pack_into", pack_into),
        ("unpack", unpack),
        ("unpack_from", unpack_from),
        ("iter_unpack", iter_unpack),
        ("calcsize", calcsize),
        ("_clearcache", clearcache),
    ];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    Ok(m)
}
