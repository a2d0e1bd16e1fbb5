//! `marshal`: CPython 3.11's serialisation of the core types, format
//! version 4 (`marshal.version`), byte for byte.
//!
//! ```text
//!  object  = type code │ payload        (type code | 0x80: FLAG_REF, the
//!                                         object gets the next ref index)
//!  'N' 'T' 'F' '.' 'S'   None True False Ellipsis StopIteration
//!  'i' int32 LE          'l' n (int32, sign of the int) │ |n| 15-bit digits (u16 LE)
//!  'g' f64 LE            'y' two f64      ('f'/'x': text, versions 0-1)
//!  's' int32 len │ bytes 'u' / 't' (interned) int32 len │ UTF-8 (surrogatepass)
//!  'z' / 'Z' u8 len │ ASCII,  'a' / 'A' int32 len │ ASCII     (version 4)
//!  ')' u8 n │ items,  '(' '[' '<' '>' int32 n │ items  (tuple list set frozenset)
//!  '{' key value ... '0'     'r' int32 index: an object written before
//!  'c' code object: Kaa's own (int32 len │ `kaa_compiler::marshal` bytes)
//! ```
//!
//! CPython marks an object with FLAG_REF when something else also holds it
//! (its reference count is above one) or it is an interned string; a second
//! occurrence of the same object is then written as `'r'`. Kaa counts
//! references too, so it decides the same way (counting out the reference
//! the writer's own snapshot of a container's items holds); where Kaa's
//! counts differ from CPython's (a function's argument is held once more
//! while the call runs), an object may get a flag CPython's would not.
//! Code objects are Kaa's bytecode, not CPython's: CPython's code bytes are
//! refused with a `ValueError`.

use std::collections::HashMap;
use std::sync::Arc;

use kaa_vm::object::bytearray::PyByteArray;
use kaa_vm::object::bytes::PyBytes;
use kaa_vm::object::complex::PyComplex;
use kaa_vm::object::dict::PyDict;
use kaa_vm::object::float::PyFloat;
use kaa_vm::object::function::PyCode;
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::list::PyList;
use kaa_vm::object::set::PySet;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};
use num_bigint::{BigInt, Sign};

/// `marshal.version`.
pub const VERSION: i64 = 4;

const FLAG_REF: u8 = 0x80;

/// Deeper nesting is refused, on both sides (CPython's limit).
const MAX_DEPTH: usize = 2000;

// ----- writing -----

struct Writer<'a> {
    vm: &'a mut Vm,
    out: Vec<u8>,
    version: i64,
    /// Object identity → ref index, for objects written with FLAG_REF.
    refs: HashMap<usize, u32>,
    /// The refs keep their objects alive while their ids are in `refs`.
    keep: Vec<PyObjectRef>,
    depth: usize,
}

fn unmarshallable(vm: &Vm) -> PyObjectRef {
    vm.new_value_error("unmarshallable object")
}

impl Writer<'_> {
    fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    fn int32(&mut self, n: i32) {
        self.out.extend_from_slice(&n.to_le_bytes());
    }

    fn size(&mut self, n: usize) -> PyResult<()> {
        match i32::try_from(n) {
            Ok(n) => {
                self.int32(n);
                Ok(())
            }
            Err(_) => Err(unmarshallable(self.vm)),
        }
    }

    fn float_text(&mut self, v: f64) -> PyResult<()> {
        let f = self.vm.new_float(v);
        let spec = self.vm.new_str(".17g");
        let s = self.vm.call_method(&f, "__format__", &[spec])?;
        let s = s
            .downcast_ref::<PyStr>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        self.byte(s.len() as u8);
        self.out.extend_from_slice(s.as_bytes());
        Ok(())
    }

    /// Whether `o` may be met again: held elsewhere (beyond `own`
    /// references of the writer), or an interned string.
    fn shared(&self, o: &PyObjectRef, own: usize) -> bool {
        if is_interned(o) {
            return true;
        }
        o.refcount() > 1 + own
    }

    /// Write `o`; `own`: references the writer holds on it itself.
    fn object(&mut self, o: &PyObjectRef, own: usize) -> PyResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(self.vm.new_value_error("object too deeply nested to marshal"));
        }
        let r = self.object_inner(o, own);
        self.depth -= 1;
        r
    }

    fn object_inner(&mut self, o: &PyObjectRef, own: usize) -> PyResult<()> {
        let vm = &*self.vm;
        if vm.is_none(o) {
            self.byte(b'N');
            return Ok(());
        }
        if o.is(&vm.exc.stop_iteration) {
            self.byte(b'S');
            return Ok(());
        }
        if o.is(&vm.ellipsis) {
            self.byte(b'.');
            return Ok(());
        }
        if o.class().is(&vm.types.bool) {
            let t = self.vm.is_true(o)?;
            self.byte(if t { b'T' } else { b'F' });
            return Ok(());
        }
        let mut flag = 0;
        if self.version >= 3 && self.shared(o, own) {
            if let Some(&i) = self.refs.get(&o.id()) {
                self.byte(b'r');
                self.int32(i as i32);
                return Ok(());
            }
            let i = self.refs.len() as u32;
            self.refs.insert(o.id(), i);
            self.keep.push(o.clone());
            flag = FLAG_REF;
        }
        let cls = o.class();
        let types = &self.vm.types;
        if cls.is(&types.int) {
            let v = o.downcast_ref::<PyInt>().map(|i| i.value.clone());
            return match v {
                Some(v) => {
                    self.int(&v, flag);
                    Ok(())
                }
                None => Err(unmarshallable(self.vm)),
            };
        }
        if cls.is(&types.float) {
            let v = o.downcast_ref::<PyFloat>().map_or(0.0, |f| f.value);
            if self.version > 1 {
                self.byte(b'g' | flag);
                self.out.extend_from_slice(&v.to_le_bytes());
                return Ok(());
            }
            self.byte(b'f' | flag);
            return self.float_text(v);
        }
        if cls.is(&types.complex) {
            let (re, im) = o.downcast_ref::<PyComplex>().map_or((0.0, 0.0), |c| (c.real, c.imag));
            if self.version > 1 {
                self.byte(b'y' | flag);
                self.out.extend_from_slice(&re.to_le_bytes());
                self.out.extend_from_slice(&im.to_le_bytes());
                return Ok(());
            }
            self.byte(b'x' | flag);
            self.float_text(re)?;
            return self.float_text(im);
        }
        if cls.is(&types.str) {
            return self.str(o, flag);
        }
        if cls.is(&types.tuple) {
            let items = o
                .downcast_ref::<PyTuple>()
                .map(|t| t.items.to_vec())
                .unwrap_or_default();
            if self.version >= 4 && items.len() < 256 {
                self.byte(b')' | flag);
                self.byte(items.len() as u8);
            } else {
                self.byte(b'(' | flag);
                self.size(items.len())?;
            }
            return items.iter().try_for_each(|i| self.object(i, 1));
        }
        if cls.is(&types.list) {
            let items = o
                .downcast_ref::<PyList>()
                .map(|l| l.items.borrow().clone())
                .unwrap_or_default();
            self.byte(b'[' | flag);
            self.size(items.len())?;
            return items.iter().try_for_each(|i| self.object(i, 1));
        }
        if cls.is(&types.dict) {
            let items = o.downcast_ref::<PyDict>().map(|d| d.items_vec()).unwrap_or_default();
            self.byte(b'{' | flag);
            for (k, v) in &items {
                self.object(k, 1)?;
                self.object(v, 1)?;
            }
            self.byte(b'0');
            return Ok(());
        }
        if cls.is(&types.set) || cls.is(&types.frozenset) {
            let items = o.downcast_ref::<PySet>().map(|s| s.keys()).unwrap_or_default();
            self.byte(if cls.is(&types.set) { b'<' } else { b'>' } | flag);
            self.size(items.len())?;
            return items.iter().try_for_each(|i| self.object(i, 1));
        }
        if cls.is(&types.code) {
            let data = match o.downcast_ref::<PyCode>() {
                Some(c) => kaa_compiler::marshal::dumps(&c.code),
                None => return Err(unmarshallable(self.vm)),
            };
            self.byte(b'c' | flag);
            self.size(data.len())?;
            self.out.extend_from_slice(&data);
            return Ok(());
        }
        // Bytes, and any other object with the buffer protocol.
        let data = if cls.is(&types.bytes) {
            o.downcast_ref::<PyBytes>().map(|b| b.value.to_vec())
        } else if let Some(b) = o.downcast_ref::<PyByteArray>() {
            Some(b.data.borrow().clone())
        } else if cls.is(&types.memoryview) {
            kaa_vm::object::buffer::bytes_like(self.vm, o).ok().map(|b| b.to_vec())
        } else {
            None
        };
        match data {
            Some(data) => {
                self.byte(b's' | flag);
                self.size(data.len())?;
                self.out.extend_from_slice(&data);
                Ok(())
            }
            None => Err(unmarshallable(self.vm)),
        }
    }

    fn int(&mut self, v: &IntValue, flag: u8) {
        if let Some(n) = v.as_i64().and_then(|n| i32::try_from(n).ok()) {
            self.byte(b'i' | flag);
            self.int32(n);
            return;
        }
        // 15-bit digits, least significant first; the count carries the sign.
        let big = v.to_big();
        let (sign, mag) = big.into_parts();
        let mut digits = Vec::new();
        let mut m = mag;
        let mask = num_bigint::BigUint::from(0x7fffu32);
        while m > num_bigint::BigUint::from(0u32) {
            let d = (&m & &mask).iter_u32_digits().next().unwrap_or(0) as u16;
            digits.push(d);
            m >>= 15;
        }
        let n = digits.len() as i32;
        self.byte(b'l' | flag);
        self.int32(if sign == Sign::Minus { -n } else { n });
        for d in digits {
            self.out.extend_from_slice(&d.to_le_bytes());
        }
    }

    fn str(&mut self, o: &PyObjectRef, flag: u8) -> PyResult<()> {
        let Some(s) = o.downcast_ref::<PyStr>() else {
            return Err(unmarshallable(self.vm));
        };
        let interned = self.version >= 3 && is_interned(o);
        if self.version >= 4 && s.is_ascii() {
            let text = s.as_str().as_bytes().to_vec();
            if text.len() < 256 {
                self.byte(if interned { b'Z' } else { b'z' } | flag);
                self.byte(text.len() as u8);
            } else {
                self.byte(if interned { b'A' } else { b'a' } | flag);
                self.size(text.len())?;
            }
            self.out.extend_from_slice(&text);
            return Ok(());
        }
        // (A Kaa string holds no lone surrogates: its UTF-8 is the data.)
        let data = s.as_str().as_bytes().to_vec();
        self.byte(if interned { b't' } else { b'u' } | flag);
        self.size(data.len())?;
        self.out.extend_from_slice(&data);
        Ok(())
    }
}

/// Whether `o` is a string CPython would have interned: Kaa's interned
/// copy of a text made of name characters (CPython interns the string
/// constants that look like names, and every name).
fn is_interned(o: &PyObjectRef) -> bool {
    o.downcast_ref::<PyStr>()
        .is_some_and(|s| s.is_interned() && s.as_str().bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_'))
}

fn dump_bytes(vm: &mut Vm, value: &PyObjectRef, version: i64) -> PyResult<Vec<u8>> {
    let mut w = Writer {
        vm,
        out: Vec::new(),
        version,
        refs: HashMap::new(),
        keep: Vec::new(),
        depth: 0,
    };
    w.object(value, 0)?;
    Ok(w.out)
}

fn version_arg(vm: &mut Vm, v: Option<&PyObjectRef>) -> PyResult<i64> {
    match v {
        None => Ok(VERSION),
        Some(v) => {
            if v.payload_is::<PyFloat>() {
                return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
            }
            match vm.to_index_value(v)? {
                IntValue::Small(n) if i32::try_from(n).is_ok() => Ok(n),
                _ => Err(vm.new_overflow_error("Python int too large to convert to C int")),
            }
        }
    }
}

/// `marshal.dumps(value, version=version, /)`.
fn marshal_dumps(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames().is_empty() {
        return Err(vm.new_type_error("dumps() takes no keyword arguments"));
    }
    let pos = args.range(vm, "dumps", 1, 2)?;
    let version = version_arg(vm, pos.get(1))?;
    let data = dump_bytes(vm, &pos[0], version)?;
    Ok(vm.new_bytes(data))
}

/// `marshal.dump(value, file, version=version, /)`: `file.write(dumps(value))`.
fn marshal_dump(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames().is_empty() {
        return Err(vm.new_type_error("dump() takes no keyword arguments"));
    }
    let pos = args.range(vm, "dump", 2, 3)?;
    let version = version_arg(vm, pos.get(2))?;
    let data = dump_bytes(vm, &pos[0], version)?;
    let b = vm.new_bytes(data);
    vm.call_method(&pos[1], "write", &[b])?;
    Ok(vm.none())
}

// ----- reading -----

enum Source<'a> {
    Bytes(&'a [u8], usize),
    /// `marshal.load`: the file's `read(n)`.
    File(PyObjectRef),
}

struct Reader<'a> {
    vm: &'a mut Vm,
    src: Source<'a>,
    /// The objects read with FLAG_REF (`None`: not finished yet).
    refs: Vec<Option<PyObjectRef>>,
    depth: usize,
}

fn bad(vm: &Vm, what: &str) -> PyObjectRef {
    vm.new_value_error(format!("bad marshal data ({what})"))
}

fn eof(vm: &Vm, msg: &str) -> PyObjectRef {
    let cls = vm.exc.eof_error.clone();
    vm.new_exception_msg(&cls, msg)
}

impl Reader<'_> {
    /// `n` bytes; `first`: the type code of an object (its absence is
    /// "EOF read where object expected").
    fn take(&mut self, n: usize, first: bool) -> PyResult<Vec<u8>> {
        match &mut self.src {
            Source::Bytes(b, pos) => {
                if b.len() - *pos < n {
                    let msg = if first && *pos == b.len() {
                        "EOF read where object expected"
                    } else {
                        "marshal data too short"
                    };
                    return Err(eof(self.vm, msg));
                }
                let out = b[*pos..*pos + n].to_vec();
                *pos += n;
                Ok(out)
            }
            Source::File(f) => {
                let f = f.clone();
                let k = self.vm.new_int(n as i64);
                let r = self.vm.call_method(&f, "read", &[k])?;
                let data = match r.downcast_ref::<PyBytes>() {
                    Some(b) => b.value.to_vec(),
                    None => {
                        return Err(self
                            .vm
                            .new_type_error(format!("file.read() returned not bytes but {}", r.ty().name())))
                    }
                };
                if data.len() != n {
                    let msg = if first && data.is_empty() {
                        "EOF read where object expected"
                    } else {
                        "EOF read where not expected"
                    };
                    return Err(eof(self.vm, msg));
                }
                Ok(data)
            }
        }
    }

    fn remaining(&self) -> usize {
        match &self.src {
            Source::Bytes(b, pos) => b.len() - pos,
            Source::File(_) => usize::MAX,
        }
    }

    fn u8(&mut self) -> PyResult<u8> {
        Ok(self.take(1, false)?[0])
    }

    fn int32(&mut self) -> PyResult<i32> {
        let b = self.take(4, false)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn f64(&mut self) -> PyResult<f64> {
        let b = self.take(8, false)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(&b);
        Ok(f64::from_le_bytes(a))
    }

    /// A count (int32, not negative): `what` names it in the error.
    fn size(&mut self, what: &str) -> PyResult<usize> {
        let n = self.int32()?;
        usize::try_from(n).map_err(|_| bad(self.vm, &format!("{what} size out of range")))
    }

    fn float_text(&mut self) -> PyResult<f64> {
        let n = self.u8()? as usize;
        let b = self.take(n, false)?;
        let s = self.vm.new_str(String::from_utf8_lossy(&b).into_owned());
        let cls = self.vm.types.float.clone();
        let f = self.vm.call_positional(&cls, &[s])?;
        Ok(f.downcast_ref::<PyFloat>().map_or(0.0, |f| f.value))
    }

    /// Reserve a ref slot when the type code had FLAG_REF.
    fn reserve(&mut self, flag: bool) -> Option<usize> {
        flag.then(|| {
            self.refs.push(None);
            self.refs.len() - 1
        })
    }

    fn set_ref(&mut self, slot: Option<usize>, o: &PyObjectRef) {
        if let Some(i) = slot {
            self.refs[i] = Some(o.clone());
        }
    }

    /// An object that may not be NULL (`container`: what the error names).
    fn element(&mut self, container: &str) -> PyResult<PyObjectRef> {
        match self.object_or_null()? {
            Some(o) => Ok(o),
            None => Err(self
                .vm
                .new_type_error(format!("NULL object in marshal data for {container}"))),
        }
    }

    /// An object, or `None` for the NULL code `'0'` (the end of a dict).
    fn object_or_null(&mut self) -> PyResult<Option<PyObjectRef>> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(self.vm.new_value_error("recursion limit exceeded"));
        }
        let r = self.object_inner();
        self.depth -= 1;
        r
    }

    fn object_inner(&mut self) -> PyResult<Option<PyObjectRef>> {
        let code = self.take(1, true)?[0];
        let flag = code & FLAG_REF != 0;
        let o = match code & !FLAG_REF {
            b'0' => return Ok(None),
            b'N' => self.vm.none(),
            b'T' => self.vm.new_bool(true),
            b'F' => self.vm.new_bool(false),
            b'.' => self.vm.ellipsis.clone(),
            b'S' => self.vm.exc.stop_iteration.clone(),
            b'i' => {
                let slot = self.reserve(flag);
                let n = self.int32()?;
                let o = self.vm.new_int(n as i64);
                self.set_ref(slot, &o);
                o
            }
            b'l' => {
                let slot = self.reserve(flag);
                let n = self.int32()?;
                let count = n.unsigned_abs() as usize;
                if count > self.remaining() / 2 + 1 && self.remaining() != usize::MAX {
                    return Err(eof(self.vm, "marshal data too short"));
                }
                let mut mag = num_bigint::BigUint::from(0u32);
                let mut digits = Vec::with_capacity(count.min(1 << 16));
                for _ in 0..count {
                    let b = self.take(2, false)?;
                    let d = u16::from_le_bytes([b[0], b[1]]);
                    if d >= 0x8000 {
                        return Err(bad(self.vm, "digit out of range in long"));
                    }
                    digits.push(d);
                }
                if digits.last() == Some(&0) {
                    return Err(bad(self.vm, "unnormalized long data"));
                }
                for &d in digits.iter().rev() {
                    mag = (mag << 15) | num_bigint::BigUint::from(d);
                }
                let sign = if n < 0 { Sign::Minus } else { Sign::Plus };
                let v = BigInt::from_biguint(sign, mag);
                let o = self.vm.new_int_value(IntValue::from_big(v));
                self.set_ref(slot, &o);
                o
            }
            b'g' | b'f' => {
                let slot = self.reserve(flag);
                let v = if code & !FLAG_REF == b'g' {
                    self.f64()?
                } else {
                    self.float_text()?
                };
                let o = self.vm.new_float(v);
                self.set_ref(slot, &o);
                o
            }
            b'y' | b'x' => {
                let slot = self.reserve(flag);
                let (re, im) = if code & !FLAG_REF == b'y' {
                    (self.f64()?, self.f64()?)
                } else {
                    (self.float_text()?, self.float_text()?)
                };
                let o = self.vm.new_complex(re, im);
                self.set_ref(slot, &o);
                o
            }
            b's' => {
                let slot = self.reserve(flag);
                let n = self.size("bytes object")?;
                let b = self.take(n, false)?;
                let o = self.vm.new_bytes(b);
                self.set_ref(slot, &o);
                o
            }
            c @ (b'u' | b't' | b'a' | b'A' | b'z' | b'Z') => {
                let slot = self.reserve(flag);
                let n = if c == b'z' || c == b'Z' {
                    self.u8()? as usize
                } else {
                    self.size("string")?
                };
                let b = self.take(n, false)?;
                let text = if c == b'u' || c == b't' {
                    let holder = self.vm.new_bytes(b.clone());
                    kaa_vm::object::str::decode_bytes(self.vm, &holder, &b, "utf-8", "strict")?
                } else {
                    b.iter().map(|&c| c as char).collect()
                };
                let o = if matches!(c, b't' | b'A' | b'Z') {
                    self.vm.intern(&text)
                } else {
                    self.vm.new_str(text)
                };
                self.set_ref(slot, &o);
                o
            }
            b'(' | b')' => {
                let slot = self.reserve(flag);
                let n = if code & !FLAG_REF == b')' {
                    self.u8()? as usize
                } else {
                    self.size("tuple")?
                };
                let mut items = Vec::with_capacity(n.min(self.remaining()).min(1 << 16));
                for _ in 0..n {
                    items.push(self.element("tuple")?);
                }
                let o = self.vm.new_tuple(items);
                self.set_ref(slot, &o);
                o
            }
            b'[' => {
                let n = self.size("list")?;
                let o = self.vm.new_list(Vec::new());
                let slot = self.reserve(flag);
                self.set_ref(slot, &o);
                for _ in 0..n {
                    let item = self.element("list")?;
                    if let Some(l) = o.downcast_ref::<PyList>() {
                        l.items.borrow_mut().push(item);
                    }
                }
                o
            }
            b'{' => {
                let o = self.vm.new_dict();
                let slot = self.reserve(flag);
                self.set_ref(slot, &o);
                loop {
                    let Some(k) = self.object_or_null()? else { break };
                    let Some(v) = self.object_or_null()? else { break };
                    self.vm.dict_set(&o, k, v)?;
                }
                o
            }
            c @ (b'<' | b'>') => {
                let n = self.size("set")?;
                if c == b'<' {
                    let o = kaa_vm::object::set::new_set(self.vm, Vec::new())?;
                    let slot = self.reserve(flag);
                    self.set_ref(slot, &o);
                    for _ in 0..n {
                        let item = self.element("set")?;
                        kaa_vm::object::set::set_add(self.vm, &o, item)?;
                    }
                    o
                } else {
                    let slot = self.reserve(flag);
                    let mut items = Vec::with_capacity(n.min(self.remaining()).min(1 << 16));
                    for _ in 0..n {
                        items.push(self.element("set")?);
                    }
                    let o = kaa_vm::object::set::new_frozenset(self.vm, items)?;
                    self.set_ref(slot, &o);
                    o
                }
            }
            b'r' => {
                let i = self.int32()?;
                let found = usize::try_from(i)
                    .ok()
                    .and_then(|i| self.refs.get(i))
                    .cloned()
                    .flatten();
                match found {
                    Some(o) => o,
                    None => return Err(bad(self.vm, "invalid reference")),
                }
            }
            b'c' => {
                let slot = self.reserve(flag);
                let n = self.size("code object")?;
                let b = self.take(n, false)?;
                if !b.starts_with(kaa_compiler::marshal::MAGIC) {
                    return Err(self.vm.new_value_error(
                        "bad marshal data (not a Kaa code object: CPython's bytecode cannot be loaded)",
                    ));
                }
                let code = match kaa_compiler::marshal::loads(&b) {
                    Ok(c) => c,
                    Err(e) => return Err(bad(self.vm, &e.to_string())),
                };
                let code: Arc<_> = code;
                let o = self.vm.load_code(&code);
                self.set_ref(slot, &o);
                o
            }
            _ => return Err(bad(self.vm, "unknown type code")),
        };
        if flag && matches!(code & !FLAG_REF, b'N' | b'T' | b'F' | b'.' | b'S') {
            // (The other types took their slot above, before their items.)
            self.refs.push(Some(o.clone()));
        }
        Ok(Some(o))
    }
}

/// `marshal.loads(bytes, /)`: the first object (the rest is ignored).
fn marshal_loads(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames().is_empty() {
        return Err(vm.new_type_error("loads() takes no keyword arguments"));
    }
    let [b] = args.exact::<1>(vm, "loads")?;
    if b.payload_is::<PyStr>() {
        return Err(vm.new_type_error("a bytes-like object is required, not 'str'"));
    }
    let data = kaa_vm::object::buffer::bytes_like(vm, b)?.to_vec();
    let mut r = Reader {
        vm,
        src: Source::Bytes(&data, 0),
        refs: Vec::new(),
        depth: 0,
    };
    r.element("object")
}

/// `marshal.load(file, /)`: one object, read with `file.read(n)`.
fn marshal_load(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames().is_empty() {
        return Err(vm.new_type_error("load() takes no keyword arguments"));
    }
    let [f] = args.exact::<1>(vm, "load")?;
    let mut r = Reader {
        vm,
        src: Source::File(f.clone()),
        refs: Vec::new(),
        depth: 0,
    };
    r.element("object")
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("marshal", None)?;
    let functions: &[(&'static str, NativeFn)] = &[
        ("dumps", marshal_dumps),
        ("dump", marshal_dump),
        ("loads", marshal_loads),
        ("load", marshal_load),
    ];
    for &(name, f) in functions {
        let o = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, o)?;
    }
    let v = vm.new_int(VERSION);
    vm.dict_set_str(&d, "version", v)?;
    Ok(m)
}
