//! `_json`: the hot core of `json` (`py/json/`), as CPython's C accelerator
//! of the same name.
//!
//! - `scanstring(s, end, strict=True)`: one JSON string body, unescaped;
//! - `make_scanner(context)` (the `Scanner` type): called as
//!   `scanner(s, idx)`, it parses the JSON value at `idx` and returns
//!   `(value, end)`, or raises `StopIteration(idx)` when no value starts
//!   there (`JSONDecoder.raw_decode` turns that into "Expecting value");
//! - `make_encoder(markers, default, encoder, indent, key_separator,
//!   item_separator, sort_keys, skipkeys, allow_nan)` (the `Encoder` type):
//!   called as `encoder(obj, level)`, it returns `[text]`, the whole
//!   document (`JSONEncoder.encode` uses it; with an `indent` too, which
//!   CPython 3.11 leaves to its pure-Python encoder: the text is the same,
//!   and so are the error messages, which follow that encoder's then);
//! - `encode_basestring(s)`, `encode_basestring_ascii(s)`: a quoted string;
//! - `_decode_utf(data, encoding)` (Kaa's own): UTF-16/UTF-32 bytes as text,
//!   for `json.loads` of bytes (Kaa's codecs have UTF-8 only).
//!
//! Unlike CPython 3.11's C encoder, which ignores `indent`, the encoder
//! honours an `indent` str (CPython 3.11 writes indented text with its
//! pure-Python encoder instead; `json.encoder` passes the str only for that).
//!
//! Positions in the Python API are code-point indices; the text is UTF-8,
//! so the scanner works in byte offsets and converts at its edges (ASCII
//! text, the common case, needs no conversion). Syntax errors are
//! `json.decoder.JSONDecodeError(msg, doc, pos)` with CPython's messages and
//! positions.
//!
//! Nesting is handled with explicit stacks, not Rust recursion, so no
//! document can overflow the native stack; each open array, object (and,
//! when encoding, each `default()` result) counts one level against the
//! recursion limit, and going past it raises CPython's `RecursionError`
//! ("maximum recursion depth exceeded while decoding a JSON array from a
//! unicode string").
//!
//! Kaa's `str` cannot hold lone surrogates, so a `\ud800` escape that is not
//! half of a pair is a `JSONDecodeError` here (CPython returns the lone
//! surrogate).

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use kaa_vm::object::core::{PyPayload, Visit};
use kaa_vm::object::dict::PyDict;
use kaa_vm::object::float::{float_repr, PyFloat};
use kaa_vm::object::int::{decimal_string, parse_int_in, IntValue, ParseIntError, PyInt};
use kaa_vm::object::list::PyList;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::typ::{PyType, TypeFlags};
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

/// Keys of this module's objects in `Vm::module_state`.
const SCANNER: &str = "_json.Scanner";
const ENCODER: &str = "_json.Encoder";
const ENCODE_ASCII: &str = "_json.encode_basestring_ascii";
const ENCODE_UNICODE: &str = "_json.encode_basestring";

fn state(vm: &mut Vm, key: &str) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get(key).cloned();
    found.ok_or_else(|| vm.new_runtime_error("_json is not initialized"))
}

/// The text of a `str` argument: `first argument must be a string, not bytes`.
fn str_arg<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a PyStr> {
    o.downcast_ref::<PyStr>()
        .ok_or_else(|| vm.new_type_error(format!("first argument must be a string, not {}", o.ty().name())))
}

/// A `Py_ssize_t` argument (`__index__`), with CPython's overflow message.
fn ssize_arg(vm: &mut Vm, o: &PyObjectRef) -> PyResult<i64> {
    match vm.to_index_value(o)? {
        IntValue::Small(i) => Ok(i),
        IntValue::Big(_) => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// `RecursionError` with the reason CPython gives after the usual message.
fn recursion_error(vm: &Vm, what: &str) -> PyObjectRef {
    vm.new_exception_msg(
        &vm.exc.recursion_error,
        format!("maximum recursion depth exceeded while {what}"),
    )
}

/// A small fast hasher (FNV-1a) for the key memo and the markers.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
    fn write_usize(&mut self, n: usize) {
        // Addresses: mix the bits that vary.
        self.0 = (n as u64 ^ (n as u64 >> 17)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type FastHash = BuildHasherDefault<Fnv>;

// ===================================================================
// Decoding
// ===================================================================

const UNTERMINATED: &str = "Unterminated string starting at";
const BAD_UNICODE_ESCAPE: &str = "Invalid \\uXXXX escape";
const LONE_SURROGATE: &str = "Unpaired surrogate escape, which Kaa's str cannot hold";

/// Why a scan stopped.
enum Fail {
    /// A Python exception (from a hook, `parse_int`, the recursion limit).
    Py(PyObjectRef),
    /// No JSON value starts at this byte offset (`StopIteration`).
    Stop(usize),
    /// `JSONDecodeError(msg, doc, pos)` at this byte offset (-1 only for an
    /// unterminated string "starting" before the text).
    Syntax(&'static str, isize),
}

impl From<PyObjectRef> for Fail {
    fn from(e: PyObjectRef) -> Fail {
        Fail::Py(e)
    }
}

/// The code point of the four hex digits after the `u` at byte `u`; CPython
/// also wants one more character after them (a string must still close).
fn hex4(b: &[u8], u: usize) -> Result<u32, (&'static str, isize)> {
    let bad = (BAD_UNICODE_ESCAPE, u as isize);
    if u + 5 >= b.len() {
        return Err(bad);
    }
    let mut v = 0u32;
    for &c in &b[u + 1..u + 5] {
        let d = (c as char).to_digit(16).ok_or(bad)?;
        v = (v << 4) | d;
    }
    Ok(v)
}

/// The body of the string whose opening quote is just before byte `begin`:
/// the unescaped text and the offset after the closing quote.
fn scan_string(s: &str, begin: usize, strict: bool) -> Result<(Cow<'_, str>, usize), (&'static str, isize)> {
    let b = s.as_bytes();
    let n = b.len();
    let unterminated = (UNTERMINATED, begin as isize - 1);
    let mut out: Option<String> = None;
    let mut run = begin;
    let mut i = begin;
    let mut lone: Option<usize> = None;
    loop {
        while i < n {
            let c = b[i];
            if c == b'"' || c == b'\\' || (c < 0x20 && strict) {
                break;
            }
            i += 1;
        }
        if i >= n {
            return Err(unterminated);
        }
        if b[i] == b'"' {
            if let Some(p) = lone {
                return Err((LONE_SURROGATE, p as isize));
            }
            let text = match out {
                None => Cow::Borrowed(&s[run..i]),
                Some(mut o) => {
                    o.push_str(&s[run..i]);
                    Cow::Owned(o)
                }
            };
            return Ok((text, i + 1));
        }
        if b[i] != b'\\' {
            return Err(("Invalid control character at", i as isize));
        }
        let o = out.get_or_insert_with(String::new);
        o.push_str(&s[run..i]);
        let Some(&e) = b.get(i + 1) else {
            return Err(unterminated);
        };
        let c = match e {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let mut cp = hex4(b, i + 1)?;
                let mut next = i + 6;
                if (0xd800..0xdc00).contains(&cp) && b.get(next) == Some(&b'\\') && b.get(next + 1) == Some(&b'u') {
                    let low = hex4(b, next + 1)?;
                    if (0xdc00..0xe000).contains(&low) {
                        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                        next += 6;
                    }
                }
                match char::from_u32(cp) {
                    Some(c) => o.push(c),
                    None => {
                        lone.get_or_insert(i);
                    }
                }
                i = next;
                run = next;
                continue;
            }
            _ => return Err(("Invalid \\escape", i as isize)),
        };
        o.push(c);
        i += 2;
        run = i;
    }
}

/// What a `Scanner` reads from its context object once.
#[derive(Clone)]
struct ScanContext {
    strict: bool,
    object_hook: Option<PyObjectRef>,
    object_pairs_hook: Option<PyObjectRef>,
    /// `None` when it is `float` itself (parsed here).
    parse_float: Option<PyObjectRef>,
    /// `None` when it is `int` itself.
    parse_int: Option<PyObjectRef>,
    parse_constant: PyObjectRef,
}

impl ScanContext {
    fn visit(&self, visit: &mut Visit<'_>) {
        visit.visit_opt(&self.object_hook);
        visit.visit_opt(&self.object_pairs_hook);
        visit.visit_opt(&self.parse_float);
        visit.visit_opt(&self.parse_int);
        visit.visit(&self.parse_constant);
    }
}

/// `_json.Scanner`: `None` only after the collector cleared it.
struct Scanner {
    ctx: RefCell<Option<ScanContext>>,
}

impl PyPayload for Scanner {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.ctx, |c, visit| {
            if let Some(c) = c {
                c.visit(visit);
            }
        });
    }

    fn clear(&self) {
        let old = self.ctx.try_borrow_mut().map(|mut c| c.take());
        drop(old);
    }
}

/// An array or object being filled.
enum Open {
    Array(Vec<PyObjectRef>),
    /// A dict, filled directly (no `object_pairs_hook`).
    Dict {
        dict: PyObjectRef,
        key: PyObjectRef,
    },
    /// The pairs for `object_pairs_hook`.
    Pairs {
        pairs: Vec<PyObjectRef>,
        key: PyObjectRef,
    },
}

/// One scan of one document.
struct Parser<'s> {
    s: &'s str,
    b: &'s [u8],
    ctx: ScanContext,
    /// Object keys seen so far, shared as CPython's memo does.
    memo: HashMap<&'s str, PyObjectRef, FastHash>,
    stack: Vec<Open>,
}

#[inline]
fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

impl<'s> Parser<'s> {
    fn string_at(&mut self, vm: &mut Vm, begin: usize) -> Result<(PyObjectRef, usize), Fail> {
        let (text, end) = scan_string(self.s, begin, self.ctx.strict).map_err(|(m, p)| Fail::Syntax(m, p))?;
        Ok((vm.new_str(text), end))
    }

    /// An object key: memoized when it has no escapes.
    fn key_at(&mut self, vm: &mut Vm, begin: usize) -> Result<(PyObjectRef, usize), Fail> {
        let (text, end) = scan_string(self.s, begin, self.ctx.strict).map_err(|(m, p)| Fail::Syntax(m, p))?;
        let key = match text {
            Cow::Borrowed(t) => {
                if let Some(k) = self.memo.get(t) {
                    k.clone()
                } else {
                    let k = vm.new_str(t);
                    if let Some(ks) = k.downcast_ref::<PyStr>() {
                        ks.hash_with(&vm.str_hasher);
                    }
                    self.memo.insert(t, k.clone());
                    k
                }
            }
            Cow::Owned(t) => vm.new_str(t),
        };
        Ok((key, end))
    }

    fn number_at(&mut self, vm: &mut Vm, start: usize) -> Result<(PyObjectRef, usize), Fail> {
        let b = self.b;
        let n = b.len();
        let mut j = start;
        if b.get(j) == Some(&b'-') {
            j += 1;
        }
        match b.get(j) {
            Some(b'0') => j += 1,
            Some(b'1'..=b'9') => {
                j += 1;
                while j < n && b[j].is_ascii_digit() {
                    j += 1;
                }
            }
            _ => return Err(Fail::Stop(start)),
        }
        let mut is_float = false;
        if j + 1 < n && b[j] == b'.' && b[j + 1].is_ascii_digit() {
            j += 2;
            while j < n && b[j].is_ascii_digit() {
                j += 1;
            }
            is_float = true;
        }
        if j < n && (b[j] == b'e' || b[j] == b'E') {
            let e = j;
            j += 1;
            if j < n && (b[j] == b'-' || b[j] == b'+') {
                j += 1;
            }
            let digits = j;
            while j < n && b[j].is_ascii_digit() {
                j += 1;
            }
            if j > digits {
                is_float = true;
            } else {
                j = e;
            }
        }
        let text = &self.s[start..j];
        let v = if is_float {
            match &self.ctx.parse_float {
                Some(f) => {
                    let arg = vm.new_str(text);
                    vm.call_positional(f, &[arg])?
                }
                None => vm.new_float(text.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match &self.ctx.parse_int {
                Some(f) => {
                    let arg = vm.new_str(text);
                    vm.call_positional(f, &[arg])?
                }
                None if text.len() <= 18 => match text.parse::<i64>() {
                    Ok(i) => vm.new_int(i),
                    Err(_) => return Err(Fail::Stop(start)),
                },
                // A long text is converted in steps the limits can stop.
                None => match parse_int_in(Some(vm), text, 10, kaa_vm::object::int::max_str_digits(vm)) {
                    Ok(v) => vm.new_int_value(v),
                    Err(ParseIntError::TooManyDigits(n)) => {
                        return Err(Fail::Py(kaa_vm::object::int::int_digits_error(vm, n)))
                    }
                    Err(ParseIntError::Invalid) => match vm.limits.tripped.get() {
                        Some(limit) => return Err(Fail::Py(vm.limit_exception(limit))),
                        None => return Err(Fail::Stop(start)),
                    },
                },
            }
        };
        Ok((v, j))
    }

    fn constant(&mut self, vm: &mut Vm, name: &str) -> Result<PyObjectRef, Fail> {
        let f = self.ctx.parse_constant.clone();
        let arg = vm.new_str(name);
        Ok(vm.call_positional(&f, &[arg])?)
    }

    /// Open a container: one level of recursion.
    fn open(&mut self, vm: &mut Vm, what: &str, c: Open) -> Result<(), Fail> {
        if vm.enter_recursion().is_err() {
            return Err(Fail::Py(recursion_error(vm, what)));
        }
        self.stack.push(c);
        Ok(())
    }

    /// A new object to fill: a dict, or the pairs for `object_pairs_hook`.
    fn new_object(&self, vm: &Vm) -> Open {
        if self.ctx.object_pairs_hook.is_some() {
            Open::Pairs {
                pairs: Vec::new(),
                key: vm.none(),
            }
        } else {
            Open::Dict {
                dict: vm.new_dict(),
                key: vm.none(),
            }
        }
    }

    /// The key of the next member of the innermost object.
    fn set_key(&mut self, key: PyObjectRef) {
        if let Some(Open::Dict { key: k, .. } | Open::Pairs { key: k, .. }) = self.stack.last_mut() {
            *k = key;
        }
    }

    /// Close the innermost container: its value (an object goes through
    /// the hooks, if any).
    fn close(&mut self, vm: &mut Vm) -> Result<PyObjectRef, Fail> {
        let Some(o) = self.stack.pop() else {
            return Ok(vm.none());
        };
        vm.leave_recursion();
        let v = match o {
            Open::Array(items) => vm.new_list(items),
            Open::Pairs { pairs, .. } => {
                let list = vm.new_list(pairs);
                match self.ctx.object_pairs_hook.clone() {
                    Some(h) => vm.call_positional(&h, &[list])?,
                    None => list,
                }
            }
            Open::Dict { dict, .. } => match self.ctx.object_hook.clone() {
                Some(h) => vm.call_positional(&h, &[dict])?,
                None => dict,
            },
        };
        Ok(v)
    }

    /// After `{` and whitespace, or after `,` and whitespace: a key and its
    /// colon; returns the offset of the value.
    fn key_colon(&mut self, vm: &mut Vm, i: usize) -> Result<(PyObjectRef, usize), Fail> {
        if self.b.get(i) != Some(&b'"') {
            return Err(Fail::Syntax(
                "Expecting property name enclosed in double quotes",
                i as isize,
            ));
        }
        let (key, end) = self.key_at(vm, i + 1)?;
        let i = skip_ws(self.b, end);
        if self.b.get(i) != Some(&b':') {
            return Err(Fail::Syntax("Expecting ':' delimiter", i as isize));
        }
        Ok((key, skip_ws(self.b, i + 1)))
    }

    /// The value at byte `i` (no whitespace skipped) and the offset after it.
    fn parse(&mut self, vm: &mut Vm, mut i: usize) -> Result<(PyObjectRef, usize), Fail> {
        let b = self.b;
        'value: loop {
            let mut value = match b.get(i) {
                None => return Err(Fail::Stop(i)),
                Some(b'"') => {
                    let (v, end) = self.string_at(vm, i + 1)?;
                    i = end;
                    v
                }
                Some(b'{') => {
                    let o = self.new_object(vm);
                    self.open(vm, "decoding a JSON object from a unicode string", o)?;
                    let j = skip_ws(b, i + 1);
                    if b.get(j) == Some(&b'}') {
                        i = j + 1;
                        self.close(vm)?
                    } else {
                        let (key, at) = self.key_colon(vm, j)?;
                        self.set_key(key);
                        i = at;
                        continue 'value;
                    }
                }
                Some(b'[') => {
                    self.open(
                        vm,
                        "decoding a JSON array from a unicode string",
                        Open::Array(Vec::new()),
                    )?;
                    let j = skip_ws(b, i + 1);
                    if b.get(j) == Some(&b']') {
                        i = j + 1;
                        self.close(vm)?
                    } else {
                        i = j;
                        continue 'value;
                    }
                }
                Some(b'n') if b[i..].starts_with(b"null") => {
                    i += 4;
                    vm.none()
                }
                Some(b't') if b[i..].starts_with(b"true") => {
                    i += 4;
                    vm.new_bool(true)
                }
                Some(b'f') if b[i..].starts_with(b"false") => {
                    i += 5;
                    vm.new_bool(false)
                }
                Some(b'N') if b[i..].starts_with(b"NaN") => {
                    i += 3;
                    self.constant(vm, "NaN")?
                }
                Some(b'I') if b[i..].starts_with(b"Infinity") => {
                    i += 8;
                    self.constant(vm, "Infinity")?
                }
                Some(b'-') if b[i..].starts_with(b"-Infinity") => {
                    i += 9;
                    self.constant(vm, "-Infinity")?
                }
                Some(b'-' | b'0'..=b'9') => {
                    let (v, end) = self.number_at(vm, i)?;
                    i = end;
                    v
                }
                Some(_) => return Err(Fail::Stop(i)),
            };
            // Put the value into the innermost open container; close the
            // containers that end here.
            loop {
                let Some(top) = self.stack.last_mut() else {
                    return Ok((value, i));
                };
                let is_array = matches!(top, Open::Array(_));
                match top {
                    Open::Array(items) => items.push(value),
                    Open::Dict { dict, key } => {
                        let (d, k) = (dict.clone(), std::mem::replace(key, vm.none()));
                        vm.dict_set(&d, k, value)?;
                    }
                    Open::Pairs { pairs, key } => {
                        let k = std::mem::replace(key, vm.none());
                        pairs.push(vm.new_tuple(vec![k, value]));
                    }
                }
                i = skip_ws(b, i);
                let close = if is_array { b']' } else { b'}' };
                match b.get(i) {
                    Some(&c) if c == close => {
                        i += 1;
                        value = self.close(vm)?;
                    }
                    Some(b',') => {
                        i = skip_ws(b, i + 1);
                        if !is_array {
                            let (key, at) = self.key_colon(vm, i)?;
                            self.set_key(key);
                            i = at;
                        }
                        continue 'value;
                    }
                    _ => return Err(Fail::Syntax("Expecting ',' delimiter", i as isize)),
                }
            }
        }
    }
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)`.
fn decode_error(vm: &mut Vm, msg: &str, doc: &PyObjectRef, pos: isize) -> PyObjectRef {
    let made = (|| -> PyResult {
        let m = kaa_vm::import::import_module(vm, "json.decoder")?;
        let cls = vm.get_attr_str(&m, "JSONDecodeError")?;
        let args = [vm.new_str(msg), doc.clone(), vm.new_int(pos as i64)];
        vm.call_positional(&cls, &args)
    })();
    match made {
        Ok(e) | Err(e) => e,
    }
}

/// The code-point index of byte offset `byte` of `s`.
fn char_pos(s: &PyStr, byte: isize) -> isize {
    if byte <= 0 || s.is_ascii() {
        return byte;
    }
    let text = s.as_str();
    let byte = (byte as usize).min(text.len());
    // Count whichever side is shorter.
    if byte > text.len() / 2 {
        (s.char_len() - text[byte..].chars().count()) as isize
    } else {
        text[..byte].chars().count() as isize
    }
}

/// The Python exception for a failed scan of `doc`.
fn fail_to_exc(vm: &mut Vm, f: Fail, doc: &PyObjectRef, s: &PyStr) -> PyObjectRef {
    match f {
        Fail::Py(e) => e,
        Fail::Stop(b) => {
            let at = vm.new_int(char_pos(s, b as isize) as i64);
            vm.new_stop_iteration(Some(at))
        }
        Fail::Syntax(msg, b) => {
            let at = char_pos(s, b);
            decode_error(vm, msg, doc, at)
        }
    }
}

/// The byte offset of code point `idx` (`idx < char_len`).
fn byte_pos(s: &PyStr, idx: usize) -> usize {
    if s.is_ascii() {
        idx
    } else {
        s.byte_offset(idx)
    }
}

/// `scanner(string, idx)`.
fn scanner_call(vm: &mut Vm, args: Args) -> PyResult {
    let Some(this) = args.pos().first() else {
        return Err(vm.new_type_error("descriptor '__call__' of '_json.Scanner' object needs an argument"));
    };
    let Some(sc) = this.downcast_ref::<Scanner>() else {
        return Err(vm.new_type_error("descriptor '__call__' requires a '_json.Scanner' object"));
    };
    let rest = Args::new(&args.items()[1..], args.kwnames());
    let [string, idx] = rest.bind(vm, "scan_once", ["string", "idx"], 2, 2)?;
    let (Some(string), Some(idx)) = (string, idx) else {
        return Err(vm.new_type_error("scan_once() missing required argument"));
    };
    let idx = ssize_arg(vm, &idx)?;
    let s = str_arg(vm, &string)?;
    let Some(ctx) = sc.ctx.borrow().clone() else {
        return Err(vm.new_type_error("the scanner was cleared"));
    };
    if idx < 0 {
        return Err(vm.new_value_error("idx cannot be negative"));
    }
    let idx = idx as usize;
    if idx >= s.char_len() {
        let at = vm.new_int(idx as i64);
        return Err(vm.new_stop_iteration(Some(at)));
    }
    let text = s.as_str();
    let mut p = Parser {
        s: text,
        b: text.as_bytes(),
        ctx,
        memo: HashMap::default(),
        stack: Vec::new(),
    };
    let r = p.parse(vm, byte_pos(s, idx));
    for _ in 0..p.stack.len() {
        vm.leave_recursion();
    }
    drop(p);
    match r {
        Ok((v, end)) => {
            let end = vm.new_int(char_pos(s, end as isize) as i64);
            Ok(vm.new_tuple(vec![v, end]))
        }
        Err(f) => Err(fail_to_exc(vm, f, &string, s)),
    }
}

/// `make_scanner(context)`: the scanner reads the context's options once.
fn scanner_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let Some(cls) = pos.first().cloned() else {
        return Err(vm.new_type_error("_json.Scanner.__new__(): not enough arguments"));
    };
    let rest = Args::new(&args.items()[1..], args.kwnames());
    let [ctx] = rest.bind(vm, "make_scanner", ["context"], 1, 1)?;
    let Some(ctx) = ctx else {
        return Err(vm.new_type_error("make_scanner() missing required argument 'context' (pos 1)"));
    };
    let strict = vm.get_attr_str(&ctx, "strict")?;
    let strict = vm.is_true(&strict)?;
    let object_hook = vm.get_attr_str(&ctx, "object_hook")?;
    let object_pairs_hook = vm.get_attr_str(&ctx, "object_pairs_hook")?;
    let parse_float = vm.get_attr_str(&ctx, "parse_float")?;
    let parse_int = vm.get_attr_str(&ctx, "parse_int")?;
    let parse_constant = vm.get_attr_str(&ctx, "parse_constant")?;
    let not_none = |vm: &Vm, o: PyObjectRef| if vm.is_none(&o) { None } else { Some(o) };
    let (object_hook, object_pairs_hook) = if object_pairs_hook.is(&vm.types.dict) {
        // `dict(pairs)` is the dict the scanner builds without hooks (and a
        // pairs hook makes the object hook unused).
        (None, None)
    } else {
        (not_none(vm, object_hook), not_none(vm, object_pairs_hook))
    };
    let ctx = ScanContext {
        strict,
        object_hook,
        object_pairs_hook,
        parse_float: if parse_float.is(&vm.types.float) {
            None
        } else {
            Some(parse_float)
        },
        parse_int: if parse_int.is(&vm.types.int) {
            None
        } else {
            Some(parse_int)
        },
        parse_constant,
    };
    Ok(vm.new_instance(
        Scanner {
            ctx: RefCell::new(Some(ctx)),
        },
        &cls,
    ))
}

/// `scanstring(string, end, strict=True)`: `(text, end)` for the string body
/// starting at `end` (just after its opening quote).
fn scanstring(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "scanstring")?;
    let pos = args.pos();
    if pos.len() < 2 || pos.len() > 3 {
        return Err(vm.new_type_error(format!(
            "scanstring expected {} arguments, got {}",
            if pos.len() < 2 { "at least 2" } else { "at most 3" },
            pos.len()
        )));
    }
    let end = ssize_arg(vm, &pos[1])?;
    let strict = match pos.get(2) {
        Some(o) => vm.is_true(o)?,
        None => true,
    };
    let s = str_arg(vm, &pos[0])?;
    if end < 0 || end as usize > s.char_len() {
        return Err(vm.new_value_error("end is out of bounds"));
    }
    let begin = if end as usize == s.char_len() {
        s.as_str().len()
    } else {
        byte_pos(s, end as usize)
    };
    match scan_string(s.as_str(), begin, strict) {
        Ok((text, after)) => {
            let text = vm.new_str(text);
            let after = vm.new_int(char_pos(s, after as isize) as i64);
            Ok(vm.new_tuple(vec![text, after]))
        }
        Err((msg, at)) => {
            let at = char_pos(s, at);
            Err(decode_error(vm, msg, &pos[0], at))
        }
    }
}

// ===================================================================
// Encoding
// ===================================================================

/// Append `s` quoted, escaped as `json.encoder.encode_basestring(_ascii)`.
fn write_quoted(out: &mut String, s: &str, ascii: bool) {
    out.reserve(s.len() + 2);
    out.push('"');
    let b = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let plain = if ascii {
            (0x20..0x7f).contains(&c) && c != b'"' && c != b'\\'
        } else {
            c >= 0x20 && c != b'"' && c != b'\\'
        };
        if plain {
            i += 1;
            continue;
        }
        out.push_str(&s[run..i]);
        if c < 0x80 {
            match c {
                b'"' => out.push_str("\\\""),
                b'\\' => out.push_str("\\\\"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                b'\t' => out.push_str("\\t"),
                0x08 => out.push_str("\\b"),
                0x0c => out.push_str("\\f"),
                _ => push_u_escape(out, u32::from(c)),
            }
            i += 1;
        } else {
            // A non-ASCII character (only in ASCII mode).
            let ch = s[i..].chars().next().unwrap_or('\u{fffd}');
            let cp = ch as u32;
            if cp >= 0x10000 {
                let v = cp - 0x10000;
                push_u_escape(out, 0xd800 | (v >> 10));
                push_u_escape(out, 0xdc00 | (v & 0x3ff));
            } else {
                push_u_escape(out, cp);
            }
            i += ch.len_utf8();
        }
        run = i;
    }
    out.push_str(&s[run..]);
    out.push('"');
}

fn push_u_escape(out: &mut String, cp: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((cp >> shift) & 0xf) as usize] as char);
    }
}

fn encode_basestring_ascii(vm: &mut Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "encode_basestring_ascii")?;
    let s = str_arg(vm, s)?;
    let mut out = String::new();
    write_quoted(&mut out, s.as_str(), true);
    Ok(vm.new_str(out))
}

fn encode_basestring(vm: &mut Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "encode_basestring")?;
    let s = str_arg(vm, s)?;
    let mut out = String::new();
    write_quoted(&mut out, s.as_str(), false);
    Ok(vm.new_str(out))
}

/// How strings are quoted.
#[derive(Clone)]
enum Quote {
    /// By this module's `encode_basestring_ascii` (`true`) or
    /// `encode_basestring` (`false`), without a call.
    Native(bool),
    /// By calling a Python function.
    Call(PyObjectRef),
}

#[derive(Clone)]
struct EncoderConf {
    markers: PyObjectRef,
    check_circular: bool,
    default: PyObjectRef,
    encoder: PyObjectRef,
    quote: Quote,
    indent: PyObjectRef,
    /// The indent text, when `indent` is a str: then values are laid out one
    /// per line, and errors read as those of CPython's pure-Python encoder
    /// (which is what CPython 3.11 uses for an indent).
    indent_text: Option<String>,
    key_separator: String,
    item_separator: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
}

/// `_json.Encoder`: `None` only after the collector cleared it.
struct Encoder {
    conf: RefCell<Option<EncoderConf>>,
}

impl PyPayload for Encoder {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.conf, |c, visit| {
            if let Some(c) = c {
                visit.visit(&c.markers);
                visit.visit(&c.default);
                visit.visit(&c.encoder);
                visit.visit(&c.indent);
            }
        });
    }

    fn clear(&self) {
        let old = self.conf.try_borrow_mut().map(|mut c| c.take());
        drop(old);
    }
}

/// `make_encoder(markers, default, encoder, indent, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan)`. An `indent` that is a
/// str lays the output out (`json.encoder` passes one already made from an
/// int); any other `indent` is ignored, as CPython 3.11's C encoder does.
fn encoder_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let Some(cls) = pos.first().cloned() else {
        return Err(vm.new_type_error("_json.Encoder.__new__(): not enough arguments"));
    };
    let rest = Args::new(&args.items()[1..], args.kwnames());
    let names = [
        "markers",
        "default",
        "encoder",
        "indent",
        "key_separator",
        "item_separator",
        "sort_keys",
        "skipkeys",
        "allow_nan",
    ];
    let given = rest.bind(vm, "make_encoder", names, 9, 9)?;
    let mut a: Vec<PyObjectRef> = Vec::with_capacity(9);
    for g in given {
        match g {
            Some(o) => a.push(o),
            None => return Err(vm.new_type_error("make_encoder() missing required argument")),
        }
    }
    let markers = a[0].clone();
    if !vm.is_none(&markers) && !markers.payload_is::<PyDict>() {
        return Err(vm.new_type_error(format!(
            "make_encoder() argument 1 must be dict or None, not {}",
            markers.ty().name()
        )));
    }
    let mut seps = Vec::with_capacity(2);
    for (n, o) in [(5, &a[4]), (6, &a[5])] {
        match o.downcast_ref::<PyStr>() {
            Some(s) => seps.push(s.as_str().to_string()),
            None => {
                return Err(vm.new_type_error(format!(
                    "make_encoder() argument {n} must be str, not {}",
                    o.ty().name()
                )))
            }
        }
    }
    let sort_keys = vm.is_true(&a[6])?;
    let skipkeys = vm.is_true(&a[7])?;
    let allow_nan = vm.is_true(&a[8])?;
    let encoder = a[2].clone();
    let quote = if encoder.is(&state(vm, ENCODE_ASCII)?) {
        Quote::Native(true)
    } else if encoder.is(&state(vm, ENCODE_UNICODE)?) {
        Quote::Native(false)
    } else {
        Quote::Call(encoder.clone())
    };
    let item_separator = seps.pop().unwrap_or_default();
    let key_separator = seps.pop().unwrap_or_default();
    let indent_text = a[3].downcast_ref::<PyStr>().map(|s| s.as_str().to_string());
    let conf = EncoderConf {
        check_circular: !vm.is_none(&markers),
        markers,
        default: a[1].clone(),
        encoder,
        quote,
        indent: a[3].clone(),
        indent_text,
        key_separator,
        item_separator,
        sort_keys,
        skipkeys,
        allow_nan,
    };
    Ok(vm.new_instance(
        Encoder {
            conf: RefCell::new(Some(conf)),
        },
        &cls,
    ))
}

/// A container being written.
enum Pending {
    /// A list (read live, as CPython does) or a snapshot of a tuple or of a
    /// list subclass's iteration.
    Seq {
        list: Option<PyObjectRef>,
        items: Vec<PyObjectRef>,
        next: usize,
        mark: Option<usize>,
    },
    Map {
        items: Vec<(PyObjectRef, PyObjectRef)>,
        next: usize,
        first: bool,
        mark: Option<usize>,
    },
    /// The result of `default(obj)` is being written; `obj` stays marked.
    Default { mark: Option<usize>, _obj: PyObjectRef },
}

struct Writer<'c> {
    conf: &'c EncoderConf,
    out: String,
    stack: Vec<Pending>,
    markers: HashSet<usize, FastHash>,
    /// The indent level (containers open, plus the caller's start level).
    level: i64,
    /// Counts the values written: the text so far counts against the memory
    /// cap (a list holding one long string a million times), and the
    /// limits are looked at every so many values.
    pace: kaa_vm::limits::Pace,
}

/// Past this many bytes, one line's indentation is a `MemoryError`.
const MAX_INDENT_BYTES: i64 = 1 << 30;

impl Writer<'_> {
    fn recursion_error(&self, vm: &Vm) -> PyObjectRef {
        if self.conf.indent_text.is_some() {
            recursion_error(vm, "calling a Python object")
        } else {
            recursion_error(vm, "encoding a JSON object")
        }
    }

    /// A newline and the indentation of the current level (nothing without
    /// an indent).
    fn newline(&mut self, vm: &mut Vm) -> PyResult<()> {
        let Some(ind) = &self.conf.indent_text else {
            return Ok(());
        };
        self.out.push('\n');
        if self.level > 0 && !ind.is_empty() {
            if self.level.saturating_mul(ind.len() as i64) > MAX_INDENT_BYTES {
                return Err(vm.new_memory_error());
            }
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
        Ok(())
    }

    /// The separator between two items of a container.
    fn separator(&mut self, vm: &mut Vm) -> PyResult<()> {
        self.out.push_str(&self.conf.item_separator);
        self.newline(vm)
    }

    /// The text of a float (`obj` is the float object, for messages).
    fn float_text(&self, vm: &mut Vm, obj: &PyObjectRef, v: f64) -> PyResult<Cow<'static, str>> {
        if v.is_finite() {
            return Ok(Cow::Owned(float_repr(v)));
        }
        if !self.conf.allow_nan {
            let msg = "Out of range float values are not JSON compliant";
            if self.conf.indent_text.is_some() {
                let r = vm.repr_string(obj)?;
                return Err(vm.new_value_error(format!("{msg}: {r}")));
            }
            return Err(vm.new_value_error(msg));
        }
        Ok(Cow::Borrowed(if v.is_nan() {
            "NaN"
        } else if v > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }))
    }

    fn quoted(&mut self, vm: &mut Vm, obj: &PyObjectRef, text: &str) -> PyResult<()> {
        match &self.conf.quote {
            Quote::Native(ascii) => {
                write_quoted(&mut self.out, text, *ascii);
                Ok(())
            }
            Quote::Call(f) => {
                let f = f.clone();
                let r = vm.call_positional(&f, &[obj.clone()])?;
                match r.downcast_ref::<PyStr>() {
                    Some(s) => {
                        self.out.push_str(s.as_str());
                        Ok(())
                    }
                    None => Err(vm.new_type_error(format!("encoder() must return a string, not {}", r.ty().name()))),
                }
            }
        }
    }

    /// Mark `obj` as being written (`Circular reference detected` if it is).
    fn mark(&mut self, vm: &mut Vm, obj: &PyObjectRef) -> PyResult<Option<usize>> {
        if !self.conf.check_circular {
            return Ok(None);
        }
        let id = obj.id();
        if !self.markers.insert(id) {
            return Err(vm.new_value_error("Circular reference detected"));
        }
        Ok(Some(id))
    }

    fn unmark(&mut self, mark: Option<usize>) {
        if let Some(id) = mark {
            self.markers.remove(&id);
        }
    }

    /// One level deeper (`RecursionError` past the limit).
    fn enter(&mut self, vm: &mut Vm) -> PyResult<()> {
        if vm.enter_recursion().is_err() {
            return Err(self.recursion_error(vm));
        }
        Ok(())
    }

    /// The items of a dict, sorted if asked.
    fn dict_items(&mut self, vm: &mut Vm, obj: &PyObjectRef) -> PyResult<Vec<(PyObjectRef, PyObjectRef)>> {
        let exact = obj.class().is(&vm.types.dict);
        let mut pairs: Vec<(PyObjectRef, PyObjectRef)> = match obj.downcast_ref::<PyDict>() {
            Some(d) if exact => d.items_vec(),
            _ => {
                let items = vm.call_method(obj, "items", &[])?;
                let items = vm.collect(&items)?;
                let mut pairs = Vec::with_capacity(items.len());
                for it in items {
                    match it.downcast_ref::<PyTuple>().map(|t| t.as_slice()) {
                        Some([k, v]) => pairs.push((k.clone(), v.clone())),
                        _ => return Err(vm.new_value_error("items must return 2-tuples")),
                    }
                }
                pairs
            }
        };
        if !self.conf.sort_keys {
            return Ok(pairs);
        }
        // Sorting the (key, value) tuples compares keys only when they
        // differ: true of a dict's exact-str keys, which sort by code point.
        let str_type = &vm.types.str;
        if exact && pairs.iter().all(|(k, _)| k.class().is(str_type)) {
            fn text(k: &PyObjectRef) -> Option<&str> {
                k.downcast_ref::<PyStr>().map(|s| s.as_str())
            }
            pairs.sort_by(|(a, _), (b, _)| text(a).cmp(&text(b)));
            return Ok(pairs);
        }
        let tuples: Vec<PyObjectRef> = pairs.into_iter().map(|(k, v)| vm.new_tuple(vec![k, v])).collect();
        let list = vm.new_list(tuples);
        vm.call_method(&list, "sort", &[])?;
        let sorted: Vec<PyObjectRef> = list
            .downcast_ref::<PyList>()
            .map(|l| l.items.borrow().clone())
            .unwrap_or_default();
        Ok(sorted
            .into_iter()
            .filter_map(|t| match t.downcast_ref::<PyTuple>().map(|t| t.as_slice()) {
                Some([k, v]) => Some((k.clone(), v.clone())),
                _ => None,
            })
            .collect())
    }

    /// Write `obj` if it is a scalar, or open it; `Ok(Some(x))` when `x`
    /// (the result of `default`) must be written next.
    fn start(&mut self, vm: &mut Vm, obj: PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        self.pace.step_building(vm, self.out.len())?;
        if vm.is_none(&obj) {
            self.out.push_str("null");
        } else if obj.is(&vm.true_) {
            self.out.push_str("true");
        } else if obj.is(&vm.false_) {
            self.out.push_str("false");
        } else if let Some(s) = obj.downcast_ref::<PyStr>() {
            self.quoted(vm, &obj, s.as_str())?;
        } else if let Some(i) = obj.downcast_ref::<PyInt>() {
            let text = decimal_string(vm, &i.value)?;
            self.out.push_str(&text);
        } else if let Some(f) = obj.downcast_ref::<PyFloat>() {
            let text = self.float_text(vm, &obj, f.value)?;
            self.out.push_str(&text);
        } else if obj.payload_is::<PyList>() || obj.payload_is::<PyTuple>() {
            let (list, items) = if obj.class().is(&vm.types.list) {
                (Some(obj.clone()), Vec::new())
            } else if let (true, Some(t)) = (obj.class().is(&vm.types.tuple), obj.downcast_ref::<PyTuple>()) {
                (None, t.as_slice().to_vec())
            } else {
                (None, vm.collect(&obj)?)
            };
            let empty = match &list {
                Some(l) => l.downcast_ref::<PyList>().is_none_or(|l| l.is_empty()),
                None => items.is_empty(),
            };
            self.enter(vm)?;
            if empty {
                vm.leave_recursion();
                self.out.push_str("[]");
                return Ok(None);
            }
            let mark = match self.mark(vm, &obj) {
                Ok(m) => m,
                Err(e) => {
                    vm.leave_recursion();
                    return Err(e);
                }
            };
            self.stack.push(Pending::Seq {
                list,
                items,
                next: 0,
                mark,
            });
            self.out.push('[');
            self.level += 1;
            self.newline(vm)?;
        } else if let Some(d) = obj.downcast_ref::<PyDict>() {
            let empty = d.is_empty();
            self.enter(vm)?;
            if empty {
                vm.leave_recursion();
                self.out.push_str("{}");
                return Ok(None);
            }
            let mark = match self.mark(vm, &obj) {
                Ok(m) => m,
                Err(e) => {
                    vm.leave_recursion();
                    return Err(e);
                }
            };
            self.stack.push(Pending::Map {
                items: Vec::new(),
                next: 0,
                first: true,
                mark,
            });
            self.out.push('{');
            self.level += 1;
            self.newline(vm)?;
            let items = self.dict_items(vm, &obj)?;
            if let Some(Pending::Map { items: slot, .. }) = self.stack.last_mut() {
                *slot = items;
            }
        } else {
            let mark = self.mark(vm, &obj)?;
            let default = self.conf.default.clone();
            let new = match vm.call_positional(&default, &[obj.clone()]) {
                Ok(new) => new,
                Err(e) => {
                    self.unmark(mark);
                    return Err(e);
                }
            };
            if let Err(e) = self.enter(vm) {
                self.unmark(mark);
                return Err(e);
            }
            self.stack.push(Pending::Default { mark, _obj: obj });
            return Ok(Some(new));
        }
        Ok(None)
    }

    /// The text of a dict key, or `None` to skip it.
    fn key_text(&mut self, vm: &mut Vm, key: &PyObjectRef) -> PyResult<Option<Cow<'static, str>>> {
        if let Some(s) = key.downcast_ref::<PyStr>() {
            return Ok(Some(Cow::Owned(s.as_str().to_string())));
        }
        if let Some(f) = key.downcast_ref::<PyFloat>() {
            return self.float_text(vm, key, f.value).map(Some);
        }
        if key.is(&vm.true_) {
            return Ok(Some(Cow::Borrowed("true")));
        }
        if key.is(&vm.false_) {
            return Ok(Some(Cow::Borrowed("false")));
        }
        if vm.is_none(key) {
            return Ok(Some(Cow::Borrowed("null")));
        }
        if let Some(i) = key.downcast_ref::<PyInt>() {
            return Ok(Some(Cow::Owned(decimal_string(vm, &i.value)?)));
        }
        if self.conf.skipkeys {
            return Ok(None);
        }
        Err(vm.new_type_error(format!(
            "keys must be str, int, float, bool or None, not {}",
            key.ty().name()
        )))
    }

    /// Close the innermost container: its closing bracket on its own line
    /// when indenting.
    fn close(&mut self, vm: &mut Vm, bracket: Option<char>) -> PyResult<()> {
        let mark = match self.stack.pop() {
            Some(Pending::Seq { mark, .. } | Pending::Map { mark, .. } | Pending::Default { mark, .. }) => mark,
            None => None,
        };
        vm.leave_recursion();
        self.unmark(mark);
        if let Some(b) = bracket {
            self.level -= 1;
            self.newline(vm)?;
            self.out.push(b);
        }
        Ok(())
    }

    /// The next value to write, from the innermost open container (closing
    /// the ones that are done); `None` when everything is written.
    fn advance(&mut self, vm: &mut Vm) -> PyResult<Option<PyObjectRef>> {
        loop {
            let Some(top) = self.stack.last_mut() else {
                return Ok(None);
            };
            match top {
                Pending::Seq { list, items, next, .. } => {
                    let item = match list {
                        Some(l) => l.downcast_ref::<PyList>().and_then(|l| l.get(*next)),
                        None => items.get(*next).cloned(),
                    };
                    let Some(item) = item else {
                        self.close(vm, Some(']'))?;
                        continue;
                    };
                    let first = *next == 0;
                    *next += 1;
                    if !first {
                        self.separator(vm)?;
                    }
                    return Ok(Some(item));
                }
                Pending::Map { items, next, first, .. } => {
                    let Some((k, v)) = items.get(*next).cloned() else {
                        self.close(vm, Some('}'))?;
                        continue;
                    };
                    *next += 1;
                    let was_first = *first;
                    let Some(text) = self.key_text(vm, &k)? else {
                        continue;
                    };
                    if let Some(Pending::Map { first, .. }) = self.stack.last_mut() {
                        *first = false;
                    }
                    if !was_first {
                        self.separator(vm)?;
                    }
                    if k.payload_is::<PyStr>() {
                        self.quoted(vm, &k, &text)?;
                    } else {
                        let ko = vm.new_str(text.as_ref());
                        self.quoted(vm, &ko, &text)?;
                    }
                    self.out.push_str(&self.conf.key_separator);
                    return Ok(Some(v));
                }
                Pending::Default { .. } => self.close(vm, None)?,
            }
        }
    }

    fn run(&mut self, vm: &mut Vm, obj: PyObjectRef) -> PyResult<()> {
        let mut next = Some(obj);
        loop {
            while let Some(o) = next.take() {
                next = self.start(vm, o)?;
            }
            match self.advance(vm)? {
                Some(o) => next = Some(o),
                None => return Ok(()),
            }
        }
    }
}

/// `encoder(obj, _current_indent_level)`: `[text]`.
fn encoder_call(vm: &mut Vm, args: Args) -> PyResult {
    let Some(this) = args.pos().first() else {
        return Err(vm.new_type_error("descriptor '__call__' of '_json.Encoder' object needs an argument"));
    };
    let Some(enc) = this.downcast_ref::<Encoder>() else {
        return Err(vm.new_type_error("descriptor '__call__' requires a '_json.Encoder' object"));
    };
    let rest = Args::new(&args.items()[1..], args.kwnames());
    let [obj, level] = rest.bind(vm, "_iterencode", ["obj", "_current_indent_level"], 2, 2)?;
    let (Some(obj), Some(level)) = (obj, level) else {
        return Err(vm.new_type_error("_iterencode() missing required argument"));
    };
    let level = ssize_arg(vm, &level)?;
    let Some(conf) = enc.conf.borrow().clone() else {
        return Err(vm.new_type_error("the encoder was cleared"));
    };
    let mut w = Writer {
        conf: &conf,
        out: String::new(),
        stack: Vec::new(),
        markers: HashSet::default(),
        level,
        pace: kaa_vm::limits::Pace::default(),
    };
    let r = w.run(vm, obj);
    for _ in 0..w.stack.len() {
        vm.leave_recursion();
    }
    r?;
    let text = vm.new_str(std::mem::take(&mut w.out));
    Ok(vm.new_list(vec![text]))
}

// ===================================================================
// The module
// ===================================================================

fn new_type<T: PyPayload>(
    vm: &mut Vm,
    name: &str,
    qualname: &str,
    doc: &str,
    methods: &[(&'static str, NativeFn)],
) -> PyObjectRef {
    let base = vm.types.object.clone();
    let ty = PyType::new(
        name,
        Some(base.clone()),
        vec![base.clone()],
        base.mro(),
        &T::VTABLE,
        TypeFlags {
            has_dict: false,
            basetype: true,
            heaptype: false,
        },
    );
    *ty.qualname.borrow_mut() = qualname.to_string();
    let cls = PyObjectRef::new_type(ty, &vm.types.type_);
    for &(name, f) in methods {
        if name == "__new__" {
            vm.add_static(&cls, name, f);
        } else {
            vm.add_method(&cls, name, f);
        }
    }
    let module = vm.new_str("_json");
    vm.set_type_attr(&cls, "__module__", module);
    let doc = vm.new_str(doc);
    vm.set_type_attr(&cls, "__doc__", doc);
    cls
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_json", None)?;
    let scanner = new_type::<Scanner>(
        vm,
        "_json.Scanner",
        "Scanner",
        "JSON scanner object",
        &[("__new__", scanner_new), ("__call__", scanner_call)],
    );
    let encoder = new_type::<Encoder>(
        vm,
        "_json.Encoder",
        "Encoder",
        "_iterencode(obj, _current_indent_level) -> iterable",
        &[("__new__", encoder_new), ("__call__", encoder_call)],
    );
    let ascii = vm.new_builtin_function("encode_basestring_ascii", encode_basestring_ascii);
    let unicode = vm.new_builtin_function("encode_basestring", encode_basestring);
    {
        let mut st = vm.module_state.borrow_mut();
        st.insert(SCANNER.to_string(), scanner.clone());
        st.insert(ENCODER.to_string(), encoder.clone());
        st.insert(ENCODE_ASCII.to_string(), ascii.clone());
        st.insert(ENCODE_UNICODE.to_string(), unicode.clone());
    }
    vm.dict_set_str(&d, "make_scanner", scanner)?;
    vm.dict_set_str(&d, "make_encoder", encoder)?;
    vm.dict_set_str(&d, "encode_basestring_ascii", ascii)?;
    vm.dict_set_str(&d, "encode_basestring", unicode)?;
    let f = vm.new_builtin_function("scanstring", scanstring);
    vm.dict_set_str(&d, "scanstring", f)?;
    let f = vm.new_builtin_function("_decode_utf", decode_utf);
    vm.dict_set_str(&d, "_decode_utf", f)?;
    Ok(m)
}

// ===================================================================
// UTF-16 and UTF-32 input (`json.loads` of bytes)
// ===================================================================

/// `_decode_utf(data, encoding)`: bytes in `utf-16`, `utf-16-le`,
/// `utf-16-be`, `utf-32`, `utf-32-le` or `utf-32-be` (what
/// `json.detect_encoding` returns besides UTF-8) as a `str`; Kaa's codecs
/// do not have these. A BOM is skipped for the plain names.
fn decode_utf(vm: &mut Vm, args: Args) -> PyResult {
    let [data, encoding] = args.exact::<2>(vm, "_decode_utf")?;
    let bytes: Vec<u8> = match data.downcast_ref::<kaa_vm::object::bytes::PyBytes>() {
        Some(b) => b.value.to_vec(),
        None => {
            let items = vm.collect(data)?;
            let mut v = Vec::with_capacity(items.len());
            for it in items {
                let i = vm.to_index(&it)?;
                v.push(u8::try_from(i).map_err(|_| vm.new_value_error("bytes must be in range(0, 256)"))?);
            }
            v
        }
    };
    let enc = str_arg(vm, encoding)?.as_str().to_string();
    let (unit, mut big, bom) = match enc.as_str() {
        "utf-16" => (2, false, true),
        "utf-16-le" => (2, false, false),
        "utf-16-be" => (2, true, false),
        "utf-32" => (4, false, true),
        "utf-32-le" => (4, false, false),
        "utf-32-be" => (4, true, false),
        _ => return Err(vm.new_exception_msg(&vm.exc.lookup_error, format!("unknown encoding: {enc}"))),
    };
    let mut start = 0;
    if bom {
        if unit == 2 && bytes.starts_with(&[0xfe, 0xff]) {
            big = true;
            start = 2;
        } else if unit == 2 && bytes.starts_with(&[0xff, 0xfe]) {
            start = 2;
        } else if unit == 4 && bytes.starts_with(&[0, 0, 0xfe, 0xff]) {
            big = true;
            start = 4;
        } else if unit == 4 && bytes.starts_with(&[0xff, 0xfe, 0, 0]) {
            start = 4;
        }
    }
    let err_name = if unit == 2 {
        if big {
            "utf-16-be"
        } else {
            "utf-16-le"
        }
    } else if big {
        "utf-32-be"
    } else {
        "utf-32-le"
    };
    let fail = |vm: &mut Vm, s: usize, e: usize, reason: &str| -> PyObjectRef {
        let cls = vm.exc.unicode_decode_error.clone();
        let args = [
            vm.new_str(err_name),
            data.clone(),
            vm.new_int(s as i64),
            vm.new_int(e as i64),
            vm.new_str(reason),
        ];
        match vm.call_positional(&cls, &args) {
            Ok(e) | Err(e) => e,
        }
    };
    let unit_at = |i: usize| -> u32 {
        let u = &bytes[i..i + unit];
        let mut v = 0u32;
        if big {
            for &x in u {
                v = (v << 8) | u32::from(x);
            }
        } else {
            for &x in u.iter().rev() {
                v = (v << 8) | u32::from(x);
            }
        }
        v
    };
    let mut out = String::with_capacity(bytes.len() / unit);
    let mut i = start;
    while i < bytes.len() {
        if i + unit > bytes.len() {
            return Err(fail(vm, i, bytes.len(), "truncated data"));
        }
        let mut cp = unit_at(i);
        let mut next = i + unit;
        if unit == 2 && (0xd800..0xdc00).contains(&cp) {
            if next + 2 > bytes.len() {
                return Err(fail(vm, i, bytes.len(), "unexpected end of data"));
            }
            let low = unit_at(next);
            if (0xdc00..0xe000).contains(&low) {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                next += 2;
            }
        }
        match char::from_u32(cp) {
            Some(c) => out.push(c),
            None if cp >= 0x110000 => return Err(fail(vm, i, next, "code point not in range(0x110000)")),
            None => return Err(fail(vm, i, next, "surrogates not allowed")),
        }
        i = next;
    }
    Ok(vm.new_str(out))
}
