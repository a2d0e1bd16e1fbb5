//! `binascii`: conversions between binary data and ASCII encodings (hex,
//! base64, uuencode, quoted-printable) and the CRCs `crc32`/`crc_hqx`, with
//! CPython 3.11's arguments, messages and the exceptions `Error` (a
//! `ValueError`) and `Incomplete`.

use kaa_vm::object::buffer;
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::str::PyStr;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

/// `binascii.Error(msg)`.
fn error(vm: &mut Vm, msg: &str) -> PyObjectRef {
    let cls = vm.module_state.borrow().get("binascii.Error").cloned();
    match cls {
        Some(c) => vm.new_exception_msg(&c, msg),
        None => vm.new_value_error(msg),
    }
}

/// Bind `args` as a clinic signature: the first `posonly` parameters are
/// positional-only, the first `npos` may be positional, the rest are
/// keyword-only; the first `required` are required.
fn bind<const N: usize>(
    vm: &mut Vm,
    args: &Args,
    fname: &str,
    names: [&str; N],
    posonly: usize,
    npos: usize,
    required: usize,
) -> PyResult<[Option<PyObjectRef>; N]> {
    let pos = args.pos();
    let mut out: [Option<PyObjectRef>; N] = std::array::from_fn(|_| None);
    if pos.len() > npos || (pos.len() < required && npos == posonly && npos < N) {
        return Err(vm.new_type_error(if npos < N && npos == posonly {
            format!(
                "{fname}() takes exactly {npos} positional argument{} ({} given)",
                if npos == 1 { "" } else { "s" },
                pos.len()
            )
        } else {
            format!("{fname}() takes at most {N} arguments ({} given)", args.items().len())
        }));
    }
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k) {
            Some(i) if i >= posonly && out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) if i >= posonly => {
                return Err(vm.new_type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            _ => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for {fname}()"))),
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.new_type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// A one-argument positional-only function's argument.
fn one<'a>(vm: &mut Vm, args: &Args<'a>, fname: &str) -> PyResult<&'a PyObjectRef> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("binascii.{fname}() takes no keyword arguments")));
    }
    match args.pos() {
        [a] => Ok(a),
        p => Err(vm.new_type_error(format!(
            "binascii.{fname}() takes exactly one argument ({} given)",
            p.len()
        ))),
    }
}

/// Data for the `b2a_*` functions: any bytes-like object.
fn binary(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    let v = buffer::bytes_like(vm, o)?.into_vec();
    vm.charge_bytes(v.len())?;
    Ok(v)
}

/// Data for the `a2b_*` functions: bytes-like or an ASCII-only str.
fn ascii(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    if let Some(s) = o.downcast_ref::<PyStr>() {
        if !s.as_str().is_ascii() {
            return Err(vm.new_value_error("string argument should contain only ASCII characters"));
        }
        vm.charge_bytes(s.as_str().len())?;
        return Ok(s.as_str().as_bytes().to_vec());
    }
    match buffer::read(vm, o)? {
        Some(b) => {
            vm.charge_bytes(b.len())?;
            Ok(b.into_vec())
        }
        None => Err(vm.new_type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            o.ty().name()
        ))),
    }
}

/// An int flag (clinic's `i` converter): `0` is false.
fn flag(vm: &mut Vm, o: &Option<PyObjectRef>, default: bool) -> PyResult<bool> {
    match o {
        None => Ok(default),
        Some(o) => Ok(vm.to_index_value(o)?.as_i64().map_or(true, |v| v != 0)),
    }
}

/// An unsigned int taken modulo 2**32 (clinic's `I` converter).
fn uint_mask(vm: &mut Vm, o: &PyObjectRef) -> PyResult<u32> {
    if o.downcast_ref::<PyInt>().is_none() {
        // `I` accepts ints only (no `__index__`).
        vm.to_index_value(o)?;
    }
    let v = vm.to_index_value(o)?;
    Ok(match v {
        IntValue::Small(i) => i as u32,
        IntValue::Big(b) => {
            let m: num_bigint::BigInt = b.as_ref() & num_bigint::BigInt::from(u32::MAX);
            u32::try_from(&m).unwrap_or(0)
        }
    })
}

fn bytes(vm: &mut Vm, v: Vec<u8>) -> PyResult {
    Ok(vm.new_bytes(v))
}

// ----- hex -----

const HEX: &[u8; 16] = b"0123456789abcdef";

fn hexlify_impl(vm: &mut Vm, args: Args, fname: &str) -> PyResult {
    let [data, sep, per] = bind(vm, &args, fname, ["data", "sep", "bytes_per_sep"], 0, 3, 1)?;
    let data = data.unwrap_or_else(|| vm.none());
    let data = binary(vm, &data)?;
    let sep = match sep {
        None => None,
        Some(s) => {
            let b: Vec<u8> = if let Some(st) = s.downcast_ref::<PyStr>() {
                st.as_str().chars().map(|c| c as u32 as u8).collect()
            } else if let Some(b) = buffer::read(vm, &s)? {
                b.into_vec()
            } else {
                return Err(vm.new_type_error(format!("object of type '{}' has no len()", s.ty().name())));
            };
            if b.len() != 1 {
                return Err(vm.new_value_error("sep must be length 1."));
            }
            Some(b[0])
        }
    };
    let per = match per {
        None => 1,
        Some(p) => match vm.to_index_value(&p)? {
            IntValue::Small(i) if i32::try_from(i).is_ok() => i,
            _ => return Err(vm.new_overflow_error("Python int too large to convert to C int")),
        },
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    let n = data.len();
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if group > 0 && i > 0 {
                // Positive: groups counted from the right; negative: from the left.
                let boundary = if per > 0 { (n - i) % group == 0 } else { i % group == 0 };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(HEX[usize::from(b >> 4)]);
        out.push(HEX[usize::from(b & 15)]);
    }
    bytes(vm, out)
}

fn hexlify(vm: &mut Vm, args: Args) -> PyResult {
    hexlify_impl(vm, args, "hexlify")
}

fn b2a_hex(vm: &mut Vm, args: Args) -> PyResult {
    hexlify_impl(vm, args, "b2a_hex")
}

fn hex_value(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

fn unhexlify_impl(vm: &mut Vm, args: Args, fname: &str) -> PyResult {
    let data = one(vm, &args, fname)?;
    let data = ascii(vm, data)?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (hex_value(pair[0]), hex_value(pair[1])) {
            (Some(a), Some(b)) => out.push(a << 4 | b),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    bytes(vm, out)
}

fn unhexlify(vm: &mut Vm, args: Args) -> PyResult {
    unhexlify_impl(vm, args, "unhexlify")
}

fn a2b_hex(vm: &mut Vm, args: Args) -> PyResult {
    unhexlify_impl(vm, args, "a2b_hex")
}

// ----- base64 -----

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u8> {
    B64.iter().position(|&x| x == c).map(|p| p as u8)
}

fn b2a_base64(vm: &mut Vm, args: Args) -> PyResult {
    let [data, newline] = bind(vm, &args, "b2a_base64", ["data", "newline"], 1, 1, 1)?;
    let data = data.unwrap_or_else(|| vm.none());
    let data = binary(vm, &data)?;
    let newline = flag(vm, &newline, true)?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let w = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[((w >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    bytes(vm, out)
}

fn a2b_base64(vm: &mut Vm, args: Args) -> PyResult {
    let [data, strict] = bind(vm, &args, "a2b_base64", ["data", "strict_mode"], 1, 1, 1)?;
    let data = data.unwrap_or_else(|| vm.none());
    let data = ascii(vm, &data)?;
    let strict = match strict {
        Some(s) => vm.is_true(&s)?,
        None => false,
    };
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut quad_pos, mut pads, mut left, mut count) = (0u8, 0usize, 0u32, 0usize);
    let mut padding_started = false;
    let mut done = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if strict && i == 0 {
                return Err(error(vm, "Leading padding not allowed"));
            }
            pads += 1;
            if quad_pos >= 2 && quad_pos as usize + pads >= 4 {
                if strict && i + 1 < data.len() {
                    return Err(error(vm, "Excess data after padding"));
                }
                done = true;
                break;
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(vm, "Discontinuous padding not allowed"));
        }
        pads = 0;
        count += 1;
        let v = u32::from(v);
        match quad_pos {
            0 => {
                left = v;
                quad_pos = 1;
            }
            1 => {
                out.push((left << 2 | v >> 4) as u8);
                left = v & 0xf;
                quad_pos = 2;
            }
            2 => {
                out.push((left << 4 | v >> 2) as u8);
                left = v & 3;
                quad_pos = 3;
            }
            _ => {
                out.push((left << 6 | v) as u8);
                quad_pos = 0;
            }
        }
    }
    if !done && quad_pos != 0 {
        return Err(error(
            vm,
            &if quad_pos == 1 {
                format!(
                    "Invalid base64-encoded string: number of data characters ({count}) cannot be 1 more than a multiple of 4"
                )
            } else {
                "Incorrect padding".to_string()
            },
        ));
    }
    bytes(vm, out)
}

// ----- uuencode -----

fn b2a_uu(vm: &mut Vm, args: Args) -> PyResult {
    let [data, backtick] = bind(vm, &args, "b2a_uu", ["data", "backtick"], 1, 1, 1)?;
    let data = data.unwrap_or_else(|| vm.none());
    let data = binary(vm, &data)?;
    let backtick = flag(vm, &backtick, false)?;
    if data.len() > 45 {
        return Err(error(vm, "At most 45 bytes at once"));
    }
    let ch = |v: u32| -> u8 {
        if backtick && v == 0 {
            b'`'
        } else {
            b' ' + v as u8
        }
    };
    let mut out = vec![ch(data.len() as u32)];
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let w = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for k in 0..4 {
            out.push(ch((w >> (18 - 6 * k)) & 63));
        }
    }
    out.push(b'\n');
    bytes(vm, out)
}

fn a2b_uu(vm: &mut Vm, args: Args) -> PyResult {
    let data = one(vm, &args, "a2b_uu")?;
    let data = ascii(vm, data)?;
    let first = data.first().copied().unwrap_or(0);
    let bin_len = usize::from(first.wrapping_sub(b' ') & 0o77);
    let mut out = Vec::with_capacity(bin_len);
    let (mut i, mut left, mut bits) = (1usize, 0u32, 0u32);
    while out.len() < bin_len {
        let v = match data.get(i) {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(&c) => {
                if !(b' '..=b' ' + 64).contains(&c) {
                    return Err(error(vm, "Illegal char"));
                }
                u32::from(c.wrapping_sub(b' ') & 0o77)
            }
        };
        i += 1;
        left = (left << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((left >> bits) as u8);
            left &= (1 << bits) - 1;
        }
    }
    for &c in data.iter().skip(i) {
        if !matches!(c, b' ' | b'`' | b'\n' | b'\r') {
            return Err(error(vm, "Trailing garbage"));
        }
    }
    bytes(vm, out)
}

// ----- CRCs -----

fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    crc = !crc;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn crc32(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(vm.new_type_error("binascii.crc32() takes no keyword arguments"));
    }
    let pos = args.range(vm, "crc32", 1, 2)?;
    let data = binary(vm, &pos[0])?;
    let start = match pos.get(1) {
        Some(c) => uint_mask(vm, c)?,
        None => 0,
    };
    Ok(vm.new_int(i64::from(crc32_update(start, &data))))
}

fn crc_hqx(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(vm.new_type_error("binascii.crc_hqx() takes no keyword arguments"));
    }
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(vm.new_type_error(format!("crc_hqx expected 2 arguments, got {}", pos.len())));
    }
    let data = binary(vm, &pos[0])?;
    let mut crc = (uint_mask(vm, &pos[1])? & 0xffff) as u16;
    for &b in &data {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    Ok(vm.new_int(i64::from(crc)))
}

// ----- quoted-printable -----

const MAXLINESIZE: usize = 76;

fn b2a_qp(vm: &mut Vm, args: Args) -> PyResult {
    let [data, quotetabs, istext, header] =
        bind(vm, &args, "b2a_qp", ["data", "quotetabs", "istext", "header"], 0, 4, 1)?;
    let data = data.unwrap_or_else(|| vm.none());
    let data = binary(vm, &data)?;
    let quotetabs = flag(vm, &quotetabs, false)?;
    let istext = flag(vm, &istext, true)?;
    let header = flag(vm, &header, false)?;
    // Lines end as the first line does.
    let crlf = data
        .iter()
        .position(|&c| c == b'\n')
        .is_some_and(|p| p > 0 && data[p - 1] == b'\r');
    let eol: &[u8] = if crlf { b"\r\n" } else { b"\n" };
    let soft: &[u8] = if crlf { b"=\r\n" } else { b"=\n" };
    let upper = b"0123456789ABCDEF";
    let mut out: Vec<u8> = Vec::with_capacity(data.len() * 2);
    let mut linelen = 0usize;
    let n = data.len();
    let mut i = 0;
    while i < n {
        let c = data[i];
        let next = data.get(i + 1).copied();
        let quote = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.' && linelen == 0 && matches!(next, None | Some(b'\n') | Some(b'\r') | Some(0)))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && i + 1 == n)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if quote {
            if linelen + 3 >= MAXLINESIZE {
                out.extend_from_slice(soft);
                linelen = 0;
            }
            out.extend_from_slice(&[b'=', upper[usize::from(c >> 4)], upper[usize::from(c & 15)]]);
            linelen += 3;
            i += 1;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            linelen = 0;
            // Whitespace at the end of a line is protected.
            if let Some(&last) = out.last() {
                if last == b' ' || last == b'\t' {
                    out.pop();
                    out.extend_from_slice(&[b'=', upper[usize::from(last >> 4)], upper[usize::from(last & 15)]]);
                }
            }
            out.extend_from_slice(eol);
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if i + 1 != n && next != Some(b'\n') && linelen + 1 >= MAXLINESIZE {
                out.extend_from_slice(soft);
                linelen = 0;
            }
            linelen += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    bytes(vm, out)
}

fn a2b_qp(vm: &mut Vm, args: Args) -> PyResult {
    let [data, header] = bind(vm, &args, "a2b_qp", ["data", "header"], 0, 2, 1)?;
    let data = data.unwrap_or_else(|| vm.none());
    let data = ascii(vm, &data)?;
    let header = flag(vm, &header, false)?;
    let n = data.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        if data[i] == b'=' {
            i += 1;
            if i >= n {
                break;
            }
            if data[i] == b'\n' || data[i] == b'\r' {
                // A soft line break.
                while i < n && data[i] != b'\n' {
                    i += 1;
                }
                i += 1;
            } else if data[i] == b'=' {
                out.push(b'=');
                i += 1;
            } else if let (Some(a), Some(b)) = (hex_value(data[i]), data.get(i + 1).and_then(|&c| hex_value(c))) {
                out.push(a << 4 | b);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && data[i] == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    bytes(vm, out)
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("binascii", None)?;
    let type_ = vm.types.type_.clone();
    let modname = vm.new_str("binascii");
    let value_error = vm.exc.value_error.clone();
    let err = vm.new_class("Error", vec![value_error], &type_)?;
    vm.set_type_attr(&err, "__module__", modname.clone());
    let exception = vm.exc.exception.clone();
    let incomplete = vm.new_class("Incomplete", vec![exception], &type_)?;
    vm.set_type_attr(&incomplete, "__module__", modname);
    vm.module_state
        .borrow_mut()
        .insert("binascii.Error".to_string(), err.clone());
    vm.dict_set_str(&d, "Error", err)?;
    vm.dict_set_str(&d, "Incomplete", incomplete)?;
    let functions: &[(&'static str, NativeFn)] = &[
        ("hexlify", hexlify),
        ("b2a_hex", b2a_hex),
        ("unhexlify", unhexlify),
        ("a2b_hex", a2b_hex),
        ("b2a_base64", b2a_base64),
        ("a2b_base64", a2b_base64),
        ("b2a_uu", b2a_uu),
        ("a2b_uu", a2b_uu),
        ("crc32", crc32),
        ("crc_hqx", crc_hqx),
        ("b2a_qp", b2a_qp),
        ("a2b_qp", a2b_qp),
    ];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    Ok(m)
}
