//! `str`: immutable Unicode text with a cached hash and an O(1) length.
//!
//! The text is stored as UTF-8. `char_len` is counted once at creation, so `len(s)`
//! is O(1); when the string is ASCII (`char_len == byte length`) indexing and slicing
//! are O(1) too, and several methods take ASCII fast paths. For other strings,
//! indices are code-point positions that are turned into byte offsets by walking
//! the text. `binary_fast`, `getitem_fast` and `contains_fast` let the protocol
//! (`vm.binary_op`, `vm.get_item`, `vm.contains`) skip the method call for exact
//! `str` operands. The hash is computed on first use and cached (`hash` holds -1 until
//! then, as CPython's `unicode_hash`).
//!
//! The methods reproduce CPython 3.11's `Objects/unicodeobject.c`, including its
//! argument-parsing messages (which differ between methods converted to Argument
//! Clinic and older ones: see the helpers under "arguments"). Character properties
//! that Rust's standard library lacks come from the generated `unicode_tables`;
//! encoding and decoding live in `codec`; `%` and `str.format` in
//! [`crate::format`].

mod codec;
#[rustfmt::skip]
mod unicode_tables;

use std::cell::Cell;

use kaa_compiler::bytecode::{BinaryOp, CompareOp};

use super::bytes::PyBytes;
use super::core::{PyObjectRef, PyPayload};
use super::dict::PyDict;
use super::int::{IntValue, PyInt};
use super::slice::{clamp_index, resolve_slice, PySlice};
use super::tuple::PyTuple;
use crate::format;
use crate::vm::{Args, PyResult, Vm};

/// The payload of `str` objects (and of instances of `str` subclasses).
pub struct PyStr {
    s: Box<str>,
    hash: Cell<i64>,
    /// The code-point count, or for a text of `u32::MAX` code points or more
    /// [`HUGE_ASCII`] or [`HUGE_OTHER`] (then counted when asked): four bytes
    /// rather than eight keep the object in mimalloc's 48-byte size class,
    /// not the 56-byte one (`docs/performance.md`, "Session 14").
    char_len: u32,
    /// Set when this object is the canonical interned copy of its text.
    interned: Cell<bool>,
}

/// `PyStr::char_len` of a huge ASCII text (its length is its byte length).
const HUGE_ASCII: u32 = u32::MAX;
/// `PyStr::char_len` of a huge text that is not ASCII.
const HUGE_OTHER: u32 = u32::MAX - 1;

/// The stored form of a code-point count (see `PyStr::char_len`).
#[inline]
fn pack_char_len(char_len: usize, byte_len: usize) -> u32 {
    match u32::try_from(char_len) {
        Ok(n) if n < HUGE_OTHER => n,
        _ if char_len == byte_len => HUGE_ASCII,
        _ => HUGE_OTHER,
    }
}

impl PyPayload for PyStr {
    const LEAF: bool = true;

    /// The text (for memory limits; a str never changes).
    fn heap_bytes(&self) -> usize {
        self.s.len()
    }
}

impl PyStr {
    /// A payload for `s` (counts its code points once).
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        let s: Box<str> = s.into();
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr {
            char_len: pack_char_len(char_len, s.len()),
            s,
            hash: Cell::new(-1),
            interned: Cell::new(false),
        }
    }

    /// A payload for `s` whose code-point count is already known (`char_len` must
    /// equal `s.chars().count()`).
    pub(crate) fn with_char_len(s: String, char_len: usize) -> PyStr {
        debug_assert_eq!(s.chars().count(), char_len);
        PyStr {
            char_len: pack_char_len(char_len, s.len()),
            s: s.into_boxed_str(),
            hash: Cell::new(-1),
            interned: Cell::new(false),
        }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Number of code points: `len(s)`.
    #[inline]
    pub fn char_len(&self) -> usize {
        match self.char_len {
            HUGE_ASCII => self.s.len(),
            HUGE_OTHER => self.s.chars().count(),
            n => n as usize,
        }
    }

    /// Whether every code point is ASCII (then byte offsets are indices).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        match self.char_len {
            HUGE_ASCII => true,
            HUGE_OTHER => false,
            n => n as usize == self.s.len(),
        }
    }

    /// The cached hash, or -1 when it has not been computed yet.
    #[inline]
    pub fn cached_hash(&self) -> i64 {
        self.hash.get()
    }

    /// The hash, computed on first use with `hasher` and then cached.
    #[inline]
    pub fn hash_with(&self, hasher: &ahash::RandomState) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let mut h = hasher.hash_one(self.as_str()) as i64;
        if h == -1 {
            h = -2;
        }
        self.hash.set(h);
        h
    }

    /// Whether this object is the canonical interned copy of its text.
    pub fn is_interned(&self) -> bool {
        self.interned.get()
    }

    pub(crate) fn mark_interned(&self) {
        self.interned.set(true);
    }

    /// The byte offset of code point `index` (`index <= char_len`).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            index
        } else {
            self.s.char_indices().nth(index).map_or(self.s.len(), |(b, _)| b)
        }
    }

    /// The code point at `index` (`index < char_len`).
    pub fn char_at(&self, index: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes().get(index).map_or('\0', |&b| char::from(b))
        } else {
            self.s.chars().nth(index).unwrap_or('\0')
        }
    }

    /// The text between code points `start` and `end` (`start <= end <= char_len`).
    pub fn substring(&self, start: usize, end: usize) -> &str {
        let (b0, b1) = self.byte_range(start, end);
        &self.s[b0..b1]
    }

    /// Byte offsets of code points `start` and `end` in one walk.
    pub fn byte_range(&self, start: usize, end: usize) -> (usize, usize) {
        if self.is_ascii() {
            return (start.min(self.s.len()), end.min(self.s.len()));
        }
        let mut b0 = self.s.len();
        let mut b1 = self.s.len();
        // An end at (or past) the last code point needs no walk to it.
        let to_end = end >= self.char_len();
        for (i, (b, _)) in self.s.char_indices().enumerate() {
            if i == start {
                b0 = b;
                if to_end {
                    break;
                }
            }
            if i == end {
                b1 = b;
                break;
            }
        }
        (b0, b1.max(b0))
    }

    /// The code-point index of byte offset `byte` (a char boundary).
    pub fn char_index(&self, byte: usize) -> usize {
        if self.is_ascii() {
            byte
        } else {
            self.s[..byte].chars().count()
        }
    }
}

// ----- character properties (Python's definitions) -----

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `str.isspace` for one character (Unicode White_Space plus the bidi B/S
/// separators U+001C..U+001F).
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `str.isalpha` for one character.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(&unicode_tables::ALPHA, c)
}

/// `str.isdecimal` for one character.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(&unicode_tables::DECIMAL, c)
}

/// `str.isdigit` for one character.
pub fn is_digit(c: char) -> bool {
    is_decimal(c) || (!c.is_ascii() && in_table(&unicode_tables::DIGIT_EXTRA, c))
}

/// `str.isnumeric` for one character.
pub fn is_numeric(c: char) -> bool {
    is_digit(c) || (!c.is_ascii() && in_table(&unicode_tables::NUMERIC_EXTRA, c))
}

/// `str.isprintable` for one character.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(&unicode_tables::PRINTABLE, c)
}

fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    (is_alpha(c) && !in_table(&unicode_tables::ID_START_EXCLUDED, c)) || in_table(&unicode_tables::ID_START_EXTRA, c)
}

fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    is_id_start(c) || is_decimal(c) || in_table(&unicode_tables::ID_CONTINUE_EXTRA, c)
}

fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_table(&unicode_tables::TITLECASE_LETTERS, c)
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Case-ignorable characters (approximately: apostrophes, periods, colons, the
/// middle dot, modifier letters and combining marks).
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{b7}' | '\u{ad}' | '\u{2019}' | '\u{2018}' | '\u{2024}'
    ) || ('\u{300}'..='\u{36f}').contains(&c)
        || ('\u{2b0}'..='\u{2ff}').contains(&c)
}

/// Line boundaries of `str.splitlines`.
fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{1c}' | '\u{1d}' | '\u{1e}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

fn push_title(out: &mut String, c: char) {
    let n = c as u32;
    if !c.is_ascii() {
        if let Ok(i) = unicode_tables::TITLE_MAP.binary_search_by_key(&n, |&(k, _)| k) {
            out.push_str(unicode_tables::TITLE_MAP[i].1);
            return;
        }
    }
    out.extend(c.to_uppercase());
}

/// Lower-case `chars[i]` into `out`, with the Greek final-sigma rule.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3a3}' {
        out.extend(c.to_lowercase());
        return;
    }
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    let mut final_sigma = before.is_some_and(|&c| is_cased(c));
    if final_sigma {
        let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
        final_sigma = after.map_or(true, |&c| !is_cased(c));
    }
    out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
}

fn push_casefold(out: &mut String, c: char) {
    if !c.is_ascii() {
        if let Ok(i) = unicode_tables::CASEFOLD_MAP.binary_search_by_key(&(c as u32), |&(k, _)| k) {
            out.push_str(unicode_tables::CASEFOLD_MAP[i].1);
            return;
        }
    }
    out.extend(c.to_lowercase());
}

// ----- repr -----

/// `repr(s)`: CPython's quoting and escaping (`unicode_repr`).
pub fn repr_text(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_ascii() => {
                if (' '..='~').contains(&c) {
                    out.push(c);
                } else {
                    out.push_str(&format!("\\x{:02x}", c as u32));
                }
            }
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

// ----- arguments -----

/// `self` of a `str` method, with CPython's messages for a missing or wrong self.
fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyObjectRef, &'a PyStr)> {
    let Some(o) = args.pos().first() else {
        return Err(vm.new_type_error(format!("unbound method str.{name}() needs an argument")));
    };
    match o.downcast_ref::<PyStr>() {
        Some(s) => Ok((o, s)),
        None => Err(vm.new_type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            o.ty().name()
        ))),
    }
}

/// The arguments after `self`.
fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args::new(&args.items()[1..], args.kwnames())
}

/// Methods without arguments (`METH_NOARGS`): `str.upper() takes no arguments (1 given)`.
fn no_args<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyObjectRef, &'a PyStr)> {
    let r = this(vm, args, name)?;
    let rest = rest(args);
    if rest.has_kwargs() {
        return Err(vm.new_type_error(format!("str.{name}() takes no keyword arguments")));
    }
    if !rest.pos().is_empty() {
        return Err(vm.new_type_error(format!("str.{name}() takes no arguments ({} given)", rest.pos().len())));
    }
    Ok(r)
}

/// Methods of one argument (`METH_O`): `str.zfill() takes exactly one argument (0 given)`.
fn one_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyObjectRef, &'a PyStr, &'a PyObjectRef)> {
    let (o, s) = this(vm, args, name)?;
    let rest = rest(args);
    if rest.has_kwargs() {
        return Err(vm.new_type_error(format!("str.{name}() takes no keyword arguments")));
    }
    match rest.pos() {
        [a] => Ok((o, s, a)),
        p => Err(vm.new_type_error(format!("str.{name}() takes exactly one argument ({} given)", p.len()))),
    }
}

/// Wrapper-style arity check of special methods: `expected 1 argument, got 0`.
fn dunder_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyObjectRef, &'a PyStr, &'a PyObjectRef)> {
    let (o, s) = this(vm, args, name)?;
    let rest = rest(args);
    if rest.has_kwargs() {
        return Err(vm.new_type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    match rest.pos() {
        [a] => Ok((o, s, a)),
        p => Err(vm.new_type_error(format!("expected 1 argument, got {}", p.len()))),
    }
}

/// Positional-only arguments between `min` and `max`, with Argument Clinic's
/// wording (`center expected at least 1 argument, got 0`) or, when `old_style`,
/// `PyArg_ParseTuple`'s (`find() takes at least 1 argument (0 given)`).
fn pos_range<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
    old_style: bool,
) -> PyResult<(&'a PyObjectRef, &'a PyStr, &'a [PyObjectRef])> {
    let (o, s) = this(vm, args, name)?;
    let rest = rest(args);
    if rest.has_kwargs() {
        return Err(vm.new_type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let n = rest.pos().len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min || n > max {
        let (which, k) = if n < min { ("least", min) } else { ("most", max) };
        return Err(vm.new_type_error(if old_style {
            format!("{name}() takes at {which} {k} argument{} ({n} given)", plural(k))
        } else {
            format!("{name} expected at {which} {k} argument{}, got {n}", plural(k))
        }));
    }
    Ok((o, s, rest.pos()))
}

/// Arguments that may be given by keyword (Argument Clinic with keywords).
fn bind_kw<'a, const N: usize>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    names: [&str; N],
) -> PyResult<(&'a PyObjectRef, &'a PyStr, [Option<&'a PyObjectRef>; N])> {
    let (o, s) = this(vm, args, name)?;
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
            Some(i) if out[i].is_some() => {
                return Err(vm.new_type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v),
            None => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for {name}()"))),
        }
    }
    Ok((o, s, out))
}

/// A `str` argument: `must be str, not int` (`prefix` replaces "must be").
fn str_arg<'a>(vm: &Vm, o: &'a PyObjectRef, prefix: &str) -> PyResult<&'a PyStr> {
    o.downcast_ref::<PyStr>().ok_or_else(|| {
        vm.new_type_error(
            format!("{prefix} must be str, not {}", o.ty().name())
                .trim_start()
                .to_string(),
        )
    })
}

/// An index-sized integer argument (`PyNumber_AsSsize_t` with `OverflowError`).
fn ssize_arg(vm: &mut Vm, o: &PyObjectRef) -> PyResult<i64> {
    match vm.to_index_value(o)? {
        IntValue::Small(v) => Ok(v),
        IntValue::Big(_) => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// A slice bound of `find`, `count`, `startswith`... (`_PyEval_SliceIndex`).
pub(crate) fn slice_bound(vm: &mut Vm, o: Option<&PyObjectRef>) -> PyResult<Option<i64>> {
    let Some(o) = o else { return Ok(None) };
    if vm.is_none(o) {
        return Ok(None);
    }
    if !o.payload_is::<PyInt>() && vm.lookup_special(o, &vm.names.__index__.clone()).is_none() {
        return Err(vm.new_type_error("slice indices must be integers or None or have an __index__ method"));
    }
    let v = vm.to_index_value(o)?;
    Ok(Some(clamp_index(&v) as i64))
}

/// `ADJUST_INDICES`: clamp `start`/`end` (code points) into `0..=len`; the
/// result may have `start > end`.
pub(crate) fn adjust_bounds(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// Build the result of a method: `self` itself if unchanged and exactly `str`.
fn unchanged(vm: &Vm, o: &PyObjectRef, s: &PyStr) -> PyObjectRef {
    if o.class().is(&vm.types.str) {
        o.clone()
    } else {
        vm.new_str(s.as_str())
    }
}

/// `MemoryError` for a string longer than any we are willing to build.
fn check_len(vm: &Vm, bytes: u128) -> PyResult<()> {
    // The memory cap (`limits.rs`), before the allocation is attempted.
    vm.check_alloc(bytes)?;
    if bytes > format::MAX_FORMAT_LEN as u128 {
        return Err(vm.new_memory_error());
    }
    Ok(())
}

// ----- construction, conversion, hashing, comparison -----

/// `str(o)` (the exact type, one argument): what `str.__new__` makes of it,
/// for ints and floats without the call of their `__str__`.
pub(crate) fn str_of(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let cls = o.class();
    if cls.is(&vm.types.int) || cls.is(&vm.types.float) {
        // What `int.__str__`/`float.__str__` return.
        let spec = vm.empty_str.clone();
        return format::format_obj(vm, o, &spec);
    }
    vm.str(o)
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos().first() else {
        return Err(vm.new_type_error("str.__new__(): not enough arguments"));
    };
    let base = vm.types.str.clone();
    crate::builtins_type::new_cls_arg(vm, &args, &base)?;
    let rest = rest(&args);
    if rest.items().len() > 3 {
        return Err(vm.new_type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            rest.items().len()
        )));
    }
    let mut slots: [Option<&PyObjectRef>; 3] = [None; 3];
    for (slot, v) in slots.iter_mut().zip(rest.pos()) {
        *slot = Some(v);
    }
    for (k, v) in rest.kwargs() {
        match ["object", "encoding", "errors"].iter().position(|n| *n == k) {
            Some(i) if slots[i].is_some() => {
                return Err(vm.new_type_error(format!(
                    "argument for str() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => slots[i] = Some(v),
            None => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for str()"))),
        }
    }
    let [object, encoding, errors] = slots;
    let text = if encoding.is_none() && errors.is_none() {
        match object {
            None => vm.empty_str.clone(),
            Some(o) => str_of(vm, o)?,
        }
    } else {
        let enc = opt_str_kw(vm, encoding, "str", "encoding")?.unwrap_or("utf-8");
        let err = opt_str_kw(vm, errors, "str", "errors")?.unwrap_or("strict");
        let o = object.cloned().unwrap_or_else(|| vm.new_bytes(Vec::new()));
        let s = decode_object(vm, &o, enc, err)?;
        vm.new_str(s)
    };
    if cls.is(&vm.types.str) {
        return Ok(text);
    }
    let s = text
        .downcast_ref::<PyStr>()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    Ok(vm.new_instance(PyStr::new(s), cls))
}

/// An optional `str` keyword of `name()`: `str() argument 'encoding' must be str, not int`.
fn opt_str_kw<'a>(vm: &Vm, o: Option<&'a PyObjectRef>, name: &str, arg: &str) -> PyResult<Option<&'a str>> {
    match o {
        None => Ok(None),
        Some(o) => match o.downcast_ref::<PyStr>() {
            Some(s) => Ok(Some(s.as_str())),
            None => Err(vm.new_type_error(format!("{name}() argument '{arg}' must be str, not {}", o.ty().name()))),
        },
    }
}

/// `str(obj, encoding, errors)`: decode a bytes-like object.
fn decode_object(vm: &mut Vm, o: &PyObjectRef, encoding: &str, errors: &str) -> PyResult<String> {
    if o.payload_is::<PyStr>() {
        return Err(vm.new_type_error("decoding str is not supported"));
    }
    let Some(b) = super::buffer::read(vm, o)? else {
        return Err(vm.new_type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            o.ty().name()
        )));
    };
    let codec = codec::lookup(vm, encoding)?;
    // A copy: error handlers run Python code. The error's `object` is bytes.
    let data = b.into_vec();
    let obj = if o.payload_is::<PyBytes>() {
        o.clone()
    } else {
        vm.new_bytes(data.clone())
    };
    codec::decode(vm, &obj, &data, codec, errors)
}

/// Decode `data` (the payload of `obj`) with `encoding` and `errors`.
pub fn decode_bytes(vm: &mut Vm, obj: &PyObjectRef, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = codec::lookup(vm, encoding)?;
    codec::decode(vm, obj, data, codec, errors)
}

fn str_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = no_args(vm, &args, "__repr__")?;
    Ok(vm.new_str(repr_text(s.as_str())))
}

fn str_str(vm: &mut Vm, args: Args) -> PyResult {
    let (o, s) = no_args(vm, &args, "__str__")?;
    Ok(unchanged(vm, o, s))
}

fn str_hash(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = no_args(vm, &args, "__hash__")?;
    Ok(vm.new_int(vm.str_hash(s)))
}

fn str_len(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = no_args(vm, &args, "__len__")?;
    Ok(vm.new_int(s.char_len() as i64))
}

fn compare(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult {
    let (_, a, other) = dunder_arg(vm, &args, name)?;
    let Some(b) = other.downcast_ref::<PyStr>() else {
        return Ok(vm.not_implemented.clone());
    };
    vm.charge_copy(a.as_str().len().min(b.as_str().len()))?;
    let ord = a.as_str().cmp(b.as_str());
    Ok(vm.new_bool(match op {
        CompareOp::Lt => ord.is_lt(),
        CompareOp::Le => ord.is_le(),
        CompareOp::Eq => ord.is_eq(),
        CompareOp::Ne => ord.is_ne(),
        CompareOp::Gt => ord.is_gt(),
        CompareOp::Ge => ord.is_ge(),
    }))
}

fn str_eq(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__eq__", CompareOp::Eq)
}
fn str_ne(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__ne__", CompareOp::Ne)
}
fn str_lt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__lt__", CompareOp::Lt)
}
fn str_le(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__le__", CompareOp::Le)
}
fn str_gt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__gt__", CompareOp::Gt)
}
fn str_ge(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__ge__", CompareOp::Ge)
}

fn str_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = no_args(vm, &args, "__getnewargs__")?;
    let copy = vm.new_str(s.as_str());
    Ok(vm.new_tuple(vec![copy]))
}

// ----- fast paths for the protocol (exact `str` only: subclasses may override) -----

/// `BUILD_STRING` (an f-string's parts joined): the concatenation of the
/// `str` objects among `items`, in one allocation of the right size and
/// without scanning the text again for its code-point count.
pub fn build_string(vm: &Vm, items: &[PyObjectRef]) -> PyResult {
    let (mut bytes, mut chars) = (0usize, 0usize);
    for i in items {
        if let Some(p) = i.downcast_ref::<PyStr>() {
            bytes = bytes.saturating_add(p.s.len());
            chars += p.char_len();
        }
    }
    // The copy is linear work (`Vm::charge_copy`), and the result must fit
    // under the memory cap before it is made.
    vm.charge_copy(bytes)?;
    vm.check_alloc(bytes as u128)?;
    let mut s = String::with_capacity(bytes);
    for i in items {
        if let Some(p) = i.downcast_ref::<PyStr>() {
            s.push_str(&p.s);
        }
    }
    Ok(new_str_len(vm, s, chars))
}

/// A new exact `str` from text whose code-point count is known.
fn new_str_len(vm: &Vm, s: String, char_len: usize) -> PyObjectRef {
    if char_len <= 1 {
        return vm.new_str(s);
    }
    PyObjectRef::new(PyStr::with_char_len(s, char_len), &vm.types.str)
}

/// `a + b`, `a * n`, `n * a` and `a % args` with an exact `str` operand, without
/// a method lookup; `None` when the general protocol must run.
#[inline]
pub fn binary_fast(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef, op: BinaryOp) -> Option<PyResult> {
    let str_cls = &vm.types.str;
    match op {
        BinaryOp::Add if a.class().is(str_cls) && b.class().is(str_cls) => Some(concat(vm, a, b)),
        BinaryOp::Multiply if a.class().is(str_cls) && b.class().is(&vm.types.int) => {
            Some(repeat(vm, a, a.downcast_ref::<PyStr>()?, b))
        }
        BinaryOp::Multiply if b.class().is(str_cls) && a.class().is(&vm.types.int) => {
            Some(repeat(vm, b, b.downcast_ref::<PyStr>()?, a))
        }
        BinaryOp::Remainder if a.class().is(str_cls) && !b.ty().flags.heaptype => {
            let fmt = a.downcast_ref::<PyStr>()?;
            Some(format::percent_format(vm, fmt.as_str(), b).map(|t| vm.new_str(t)))
        }
        _ => None,
    }
}

/// `s[i]` and `s[i:j:k]` for an exact `str`; `None` for other keys or objects.
#[inline]
pub fn getitem_fast(vm: &mut Vm, obj: &PyObjectRef, key: &PyObjectRef) -> Option<PyResult> {
    if !obj.class().is(&vm.types.str) {
        return None;
    }
    let s = obj.downcast_ref::<PyStr>()?;
    if let Some(IntValue::Small(i)) = key.downcast_ref::<PyInt>().map(|k| &k.value) {
        let n = s.char_len() as i64;
        let j = if *i < 0 { i + n } else { *i };
        if (0..n).contains(&j) {
            return Some(Ok(vm.new_char(s.char_at(j as usize))));
        }
        return Some(Err(vm.new_index_error("string index out of range")));
    }
    let slice = key.downcast_ref::<PySlice>()?;
    Some(str_slice(vm, obj, s, slice))
}

/// `item in s` for an exact `str` container; `None` otherwise.
#[inline]
pub fn contains_fast(vm: &Vm, container: &PyObjectRef, item: &PyObjectRef) -> Option<bool> {
    if !container.class().is(&vm.types.str) {
        return None;
    }
    let (s, sub) = (container.downcast_ref::<PyStr>()?, item.downcast_ref::<PyStr>()?);
    // Long texts go to `str.__contains__`, which charges the search.
    if s.as_str().len() >= crate::limits::LONG_TEXT {
        return None;
    }
    Some(s.as_str().contains(sub.as_str()))
}

// ----- sequence protocol -----

fn str_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (o, s, key) = dunder_arg(vm, &args, "__getitem__")?;
    if let Some(slice) = key.downcast_ref::<PySlice>() {
        return str_slice(vm, o, s, slice);
    }
    if !key.payload_is::<PyInt>() && vm.lookup_special(key, &vm.names.__index__.clone()).is_none() {
        return Err(vm.new_type_error(format!("string indices must be integers, not '{}'", key.ty().name())));
    }
    let i = match vm.to_index_value(key)? {
        IntValue::Small(i) => i,
        IntValue::Big(_) => return Err(vm.new_index_error("cannot fit 'int' into an index-sized integer")),
    };
    let n = s.char_len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(vm.new_index_error("string index out of range"));
    }
    Ok(vm.new_char(s.char_at(j as usize)))
}

fn str_slice(vm: &mut Vm, o: &PyObjectRef, s: &PyStr, slice: &PySlice) -> PyResult {
    let (start, _stop, step, len) = resolve_slice(vm, slice, s.char_len())?;
    if len == 0 {
        return Ok(vm.empty_str.clone());
    }
    // Linear in the slice (and, for other than ASCII, in the text it walks).
    vm.charge_copy(if s.is_ascii() { len } else { s.as_str().len() })?;
    if step == 1 {
        let start = start as usize;
        if start == 0 && len == s.char_len() && o.class().is(&vm.types.str) {
            return Ok(o.clone());
        }
        return Ok(new_str_len(vm, s.substring(start, start + len).to_string(), len));
    }
    let mut out = String::with_capacity(len);
    if s.is_ascii() {
        let b = s.as_str().as_bytes();
        for k in 0..len as isize {
            out.push(char::from(b[(start + k * step) as usize]));
        }
    } else {
        let chars: Vec<char> = s.as_str().chars().collect();
        for k in 0..len as isize {
            out.push(chars[(start + k * step) as usize]);
        }
    }
    Ok(new_str_len(vm, out, len))
}

fn str_contains(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s, item) = dunder_arg(vm, &args, "__contains__")?;
    match item.downcast_ref::<PyStr>() {
        Some(sub) => {
            vm.charge_copy(s.as_str().len())?;
            Ok(vm.new_bool(s.as_str().contains(sub.as_str())))
        }
        None => Err(vm.new_type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            item.ty().name()
        ))),
    }
}

fn str_iter(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = no_args(vm, &args, "__iter__")?;
    Ok(super::iter::new_str_iter(vm, o.clone()))
}

fn str_add(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _, other) = dunder_arg(vm, &args, "__add__")?;
    if !other.payload_is::<PyStr>() {
        let radd = vm.intern("__radd__");
        if other.ty().flags.heaptype && vm.lookup_special(other, &radd).is_some() {
            return Ok(vm.not_implemented.clone());
        }
        return Err(vm.new_type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            other.ty().name()
        )));
    }
    concat(vm, o, other)
}

/// `a + b` for two strings (both hold a `PyStr` payload). As CPython's
/// `PyUnicode_Concat`, adding an empty string returns the other operand itself
/// when it is an exact `str`; otherwise the result is a new string.
fn concat(vm: &Vm, ao: &PyObjectRef, bo: &PyObjectRef) -> PyResult {
    let (Some(a), Some(b)) = (ao.downcast_ref::<PyStr>(), bo.downcast_ref::<PyStr>()) else {
        return Err(vm.new_type_error("can only concatenate str to str"));
    };
    if a.as_str().is_empty() {
        return Ok(unchanged(vm, bo, b));
    }
    if b.as_str().is_empty() {
        return Ok(unchanged(vm, ao, a));
    }
    check_len(vm, a.as_str().len() as u128 + b.as_str().len() as u128)?;
    vm.charge_copy(a.as_str().len() + b.as_str().len())?;
    let mut out = String::with_capacity(a.as_str().len() + b.as_str().len());
    out.push_str(a.as_str());
    out.push_str(b.as_str());
    Ok(new_str_len(vm, out, a.char_len() + b.char_len()))
}

fn str_mul(vm: &mut Vm, args: Args) -> PyResult {
    let (o, s, n) = dunder_arg(vm, &args, "__mul__")?;
    repeat(vm, o, s, n)
}

fn str_rmul(vm: &mut Vm, args: Args) -> PyResult {
    let (o, s, n) = dunder_arg(vm, &args, "__rmul__")?;
    repeat(vm, o, s, n)
}

/// `s * n` (`unicode_repeat`).
fn repeat(vm: &mut Vm, o: &PyObjectRef, s: &PyStr, n: &PyObjectRef) -> PyResult {
    if !n.payload_is::<PyInt>() && vm.lookup_special(n, &vm.names.__index__.clone()).is_none() {
        // Let `n.__rmul__` have its turn (the protocol calls it on NotImplemented).
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
    if count <= 0 || s.char_len() == 0 {
        return Ok(vm.empty_str.clone());
    }
    if count == 1 {
        return Ok(unchanged(vm, o, s));
    }
    let total = s.as_str().len() as u128 * count as u128;
    if s.char_len() as u128 * count as u128 > isize::MAX as u128 {
        return Err(vm.new_overflow_error("repeated string is too long"));
    }
    check_len(vm, total)?;
    let text = crate::limits::repeat_str(vm, s.as_str(), count as usize)?;
    Ok(new_str_len(vm, text, s.char_len() * count as usize))
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s, values) = dunder_arg(vm, &args, "__mod__")?;
    let text = format::percent_format(vm, s.as_str(), values)?;
    Ok(vm.new_str(text))
}

fn str_rmod(vm: &mut Vm, args: Args) -> PyResult {
    dunder_arg(vm, &args, "__rmod__")?;
    Ok(vm.not_implemented.clone())
}

fn str_format_spec(vm: &mut Vm, args: Args) -> PyResult {
    let (o, s, spec) = one_arg(vm, &args, "__format__")?;
    let Some(spec) = spec.downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!("__format__() argument must be str, not {}", spec.ty().name())));
    };
    if spec.as_str().is_empty() {
        // CPython's `str.__format__('')`: an exact str is itself, a subclass
        // instance is formatted as `str(self)`.
        if o.class().is(&vm.types.str) {
            return Ok(o.clone());
        }
        return vm.str(o);
    }
    let text = format::format_str(vm, s.as_str(), spec.as_str())?;
    Ok(vm.new_str(text))
}

// ----- str.format -----

fn str_format_method(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args, "format")?;
    let rest = rest(&args);
    let kwargs = format::FormatKwargs::Pairs(rest.kwargs().collect());
    let text = format::str_format(vm, s.as_str(), Some(rest.pos()), &kwargs)?;
    Ok(vm.new_str(text))
}

fn str_format_map(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s, mapping) = one_arg(vm, &args, "format_map")?;
    let kwargs = format::FormatKwargs::Mapping(mapping.clone());
    let text = format::str_format(vm, s.as_str(), None, &kwargs)?;
    Ok(vm.new_str(text))
}

// ----- searching -----

/// The `(sub[, start[, end]])` arguments of `find`, `count`, `index`...: the text
/// and the byte range of `self` they search.
struct Search<'a> {
    s: &'a PyStr,
    sub: &'a PyStr,
    /// Code-point bounds after `ADJUST_INDICES` (`start` may exceed `end`).
    start: i64,
    end: i64,
}

impl Search<'_> {
    /// The searched slice and the code-point index of its first byte; `None` when
    /// the range is too short to contain `sub`.
    fn haystack(&self) -> Option<(&str, usize)> {
        if self.end - self.start < self.sub.char_len() as i64 {
            return None;
        }
        Some((
            self.s.substring(self.start as usize, self.end as usize),
            self.start as usize,
        ))
    }

    /// Code-point index of `byte` within the haystack starting at code point `base`.
    fn index_of(&self, hay: &str, base: usize, byte: usize) -> i64 {
        if self.s.is_ascii() {
            (base + byte) as i64
        } else {
            (base + hay[..byte].chars().count()) as i64
        }
    }
}

fn search_args<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<Search<'a>> {
    let (_, s, a) = pos_range(vm, args, name, 1, 3, true)?;
    vm.charge_bytes(s.as_str().len())?;
    let sub = str_arg(vm, &a[0], "")?;
    let start = slice_bound(vm, a.get(1))?;
    let end = slice_bound(vm, a.get(2))?;
    let (start, end) = adjust_bounds(start, end, s.char_len());
    Ok(Search { s, sub, start, end })
}

fn find_impl(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<i64> {
    let q = search_args(vm, args, name)?;
    let Some((hay, base)) = q.haystack() else { return Ok(-1) };
    let found = if reverse {
        hay.rfind(q.sub.as_str())
    } else {
        hay.find(q.sub.as_str())
    };
    Ok(found.map_or(-1, |b| q.index_of(hay, base, b)))
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult {
    let r = find_impl(vm, &args, "find", false)?;
    Ok(vm.new_int(r))
}

fn str_rfind(vm: &mut Vm, args: Args) -> PyResult {
    let r = find_impl(vm, &args, "rfind", true)?;
    Ok(vm.new_int(r))
}

fn str_index(vm: &mut Vm, args: Args) -> PyResult {
    match find_impl(vm, &args, "index", false)? {
        -1 => Err(vm.new_value_error("substring not found")),
        r => Ok(vm.new_int(r)),
    }
}

fn str_rindex(vm: &mut Vm, args: Args) -> PyResult {
    match find_impl(vm, &args, "rindex", true)? {
        -1 => Err(vm.new_value_error("substring not found")),
        r => Ok(vm.new_int(r)),
    }
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult {
    let q = search_args(vm, &args, "count")?;
    let Some((hay, _)) = q.haystack() else {
        return Ok(vm.new_int(0));
    };
    let sub = q.sub.as_str();
    let n = if sub.is_empty() {
        (q.end - q.start + 1) as usize
    } else if let [c] = sub.as_bytes() {
        // One ASCII character (`s.count("\n")`): count bytes (a UTF-8
        // continuation or lead byte is never ASCII).
        hay.as_bytes().iter().filter(|&&b| b == *c).count()
    } else {
        hay.matches(sub).count()
    };
    Ok(vm.new_int(n as i64))
}

/// `startswith`/`endswith` (`tailmatch`). The part of `s` between the
/// bounds is found once; each candidate then reads at most its own length.
/// What the call reads (the walk to the bounds of a non-ASCII `s`, and
/// every candidate of a tuple) is charged first (`Vm::charge_copy`), so a
/// loop of them on long texts is counted by its length.
fn tail_match(vm: &mut Vm, args: &Args, name: &str, at_end: bool) -> PyResult {
    let (_, s, a) = pos_range(vm, args, name, 1, 3, true)?;
    let start = slice_bound(vm, a.get(1))?;
    let end = slice_bound(vm, a.get(2))?;
    let (start, end) = adjust_bounds(start, end, s.char_len());
    let hay = if start > s.char_len() as i64 || end < start {
        None
    } else {
        Some(s.substring(start as usize, end as usize))
    };
    // A non-ASCII text is walked to its bounds (to the start only when
    // the end is the text's end).
    let walked = if s.is_ascii() || start == 0 && end == s.char_len() as i64 {
        0
    } else {
        s.as_str().len()
    };
    let matches = |sub: &PyStr| -> bool {
        let Some(hay) = hay else { return false };
        if end - start < sub.char_len() as i64 {
            return false;
        }
        if at_end {
            hay.ends_with(sub.as_str())
        } else {
            hay.starts_with(sub.as_str())
        }
    };
    if let Some(t) = a[0].downcast_ref::<PyTuple>() {
        let items = t.as_slice();
        let mut read = walked.saturating_add(items.len() * std::mem::size_of::<PyObjectRef>());
        for item in items {
            if let Some(sub) = item.downcast_ref::<PyStr>() {
                read = read.saturating_add(sub.as_str().len().min(s.as_str().len()));
            }
        }
        vm.charge_copy(read)?;
        for item in items {
            let Some(sub) = item.downcast_ref::<PyStr>() else {
                return Err(vm.new_type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    item.ty().name()
                )));
            };
            if matches(sub) {
                return Ok(vm.new_bool(true));
            }
        }
        return Ok(vm.new_bool(false));
    }
    match a[0].downcast_ref::<PyStr>() {
        Some(sub) => {
            vm.charge_copy(walked.saturating_add(sub.as_str().len().min(s.as_str().len())))?;
            Ok(vm.new_bool(matches(sub)))
        }
        None => Err(vm.new_type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            a[0].ty().name()
        ))),
    }
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult {
    tail_match(vm, &args, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: Args) -> PyResult {
    tail_match(vm, &args, "endswith", true)
}

// ----- splitting and joining -----

/// `maxsplit` as a count of splits (`None` = unlimited).
fn maxsplit_arg(vm: &mut Vm, o: Option<&PyObjectRef>) -> PyResult<Option<usize>> {
    match o {
        None => Ok(None),
        Some(o) => {
            let n = ssize_arg(vm, o)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

/// `sep` of `split`: `None` for whitespace.
fn sep_arg<'a>(vm: &Vm, o: Option<&'a PyObjectRef>) -> PyResult<Option<&'a str>> {
    match o {
        None => Ok(None),
        Some(o) if vm.is_none(o) => Ok(None),
        Some(o) => match o.downcast_ref::<PyStr>() {
            Some(s) if s.as_str().is_empty() => Err(vm.new_value_error("empty separator")),
            Some(s) => Ok(Some(s.as_str())),
            None => Err(vm.new_type_error(format!("must be str or None, not {}", o.ty().name()))),
        },
    }
}

/// Whitespace splitting (`split_whitespace`): runs of whitespace separate words,
/// leading whitespace is dropped, and after `max` splits the rest is kept whole.
fn split_whitespace(s: &str, max: Option<usize>) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut it = s.char_indices().peekable();
    let mut left = max.unwrap_or(usize::MAX);
    loop {
        while it.next_if(|&(_, c)| is_space(c)).is_some() {}
        let Some(&(start, _)) = it.peek() else { break };
        if left == 0 {
            parts.push(&s[start..]);
            break;
        }
        let mut end = s.len();
        while let Some(&(b, c)) = it.peek() {
            if is_space(c) {
                end = b;
                break;
            }
            it.next();
        }
        parts.push(&s[start..end]);
        left -= 1;
    }
    parts
}

/// Whitespace splitting from the right (`rsplit_whitespace`).
fn rsplit_whitespace(s: &str, max: Option<usize>) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut it = s.char_indices().rev().peekable();
    let mut left = max.unwrap_or(usize::MAX);
    loop {
        while it.next_if(|&(_, c)| is_space(c)).is_some() {}
        let Some(&(b, c)) = it.peek() else { break };
        let end = b + c.len_utf8();
        if left == 0 {
            parts.push(&s[..end]);
            break;
        }
        let mut start = 0;
        while let Some(&(b, c)) = it.peek() {
            if is_space(c) {
                start = b + c.len_utf8();
                break;
            }
            it.next();
        }
        parts.push(&s[start..end]);
        left -= 1;
    }
    parts.reverse();
    parts
}

fn new_str_list(vm: &Vm, parts: &[&str]) -> PyObjectRef {
    let items = parts.iter().map(|p| vm.new_str(*p)).collect();
    vm.new_list(items)
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s, [sep, max]) = bind_kw(vm, &args, "split", ["sep", "maxsplit"])?;
    let sep = sep_arg(vm, sep)?;
    let max = maxsplit_arg(vm, max)?;
    let text = s.as_str();
    vm.charge_bytes(text.len())?;
    let parts: Vec<&str> = match (sep, max) {
        (None, _) => split_whitespace(text, max),
        (Some(sep), None) => text.split(sep).collect(),
        (Some(sep), Some(n)) => text.splitn(n.saturating_add(1), sep).collect(),
    };
    Ok(new_str_list(vm, &parts))
}

fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s, [sep, max]) = bind_kw(vm, &args, "rsplit", ["sep", "maxsplit"])?;
    let sep = sep_arg(vm, sep)?;
    let max = maxsplit_arg(vm, max)?;
    let text = s.as_str();
    vm.charge_bytes(text.len())?;
    let mut parts: Vec<&str> = match (sep, max) {
        (None, _) => return Ok(new_str_list(vm, &rsplit_whitespace(text, max))),
        (Some(sep), None) => text.rsplit(sep).collect(),
        (Some(sep), Some(n)) => text.rsplitn(n.saturating_add(1), sep).collect(),
    };
    parts.reverse();
    Ok(new_str_list(vm, &parts))
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s, [keepends]) = bind_kw(vm, &args, "splitlines", ["keepends"])?;
    let keep = match keepends {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let text = s.as_str();
    vm.charge_bytes(text.len())?;
    let mut parts = Vec::new();
    let mut it = text.char_indices().peekable();
    let mut start = 0;
    while let Some((b, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut end = b + c.len_utf8();
        if c == '\r' && it.peek().is_some_and(|&(_, n)| n == '\n') {
            it.next();
            end += 1;
        }
        parts.push(&text[start..if keep { end } else { b }]);
        start = end;
    }
    if start < text.len() {
        parts.push(&text[start..]);
    }
    Ok(new_str_list(vm, &parts))
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult {
    let (_, sep, iterable) = one_arg(vm, &args, "join")?;
    let items = match vm.collect(iterable) {
        Ok(items) => items,
        Err(e)
            if e.is_instance_of(&vm.exc.type_error)
                && vm.lookup_special(iterable, &vm.names.__iter__.clone()).is_none() =>
        {
            return Err(vm.new_type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let mut total: u128 = sep.as_str().len() as u128 * items.len().saturating_sub(1) as u128;
    for (i, item) in items.iter().enumerate() {
        match item.downcast_ref::<PyStr>() {
            Some(s) => total += s.as_str().len() as u128,
            None => {
                return Err(vm.new_type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    item.ty().name()
                )))
            }
        }
    }
    check_len(vm, total)?;
    vm.charge_bytes(total as usize)?;
    if items.len() == 1 && items[0].class().is(&vm.types.str) {
        return Ok(items[0].clone());
    }
    let mut out = String::with_capacity(total as usize);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        if let Some(s) = item.downcast_ref::<PyStr>() {
            out.push_str(s.as_str());
        }
    }
    Ok(vm.new_str(out))
}

fn partition_impl(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult {
    let (_, s, sep) = one_arg(vm, args, name)?;
    let sep = str_arg(vm, sep, "")?;
    if sep.as_str().is_empty() {
        return Err(vm.new_value_error("empty separator"));
    }
    let text = s.as_str();
    vm.charge_bytes(text.len())?;
    let found = if reverse {
        text.rfind(sep.as_str())
    } else {
        text.find(sep.as_str())
    };
    let parts = match found {
        Some(b) => [&text[..b], sep.as_str(), &text[b + sep.as_str().len()..]],
        None if reverse => ["", "", text],
        None => [text, "", ""],
    };
    let items = parts.iter().map(|p| vm.new_str(*p)).collect();
    Ok(vm.new_tuple(items))
}

fn str_partition(vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(vm, &args, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(vm, &args, "rpartition", true)
}

// ----- stripping, replacing -----

fn strip_impl(vm: &mut Vm, args: &Args, name: &str, left: bool, right: bool) -> PyResult {
    let (o, s, a) = pos_range(vm, args, name, 0, 1, false)?;
    let text = s.as_str();
    let out = match a.first() {
        None => strip_with(text, left, right, is_space),
        Some(c) if vm.is_none(c) => strip_with(text, left, right, is_space),
        Some(c) => match c.downcast_ref::<PyStr>() {
            Some(chars) => {
                let set = chars.as_str();
                strip_with(text, left, right, |c| set.contains(c))
            }
            None => return Err(vm.new_type_error(format!("{name} arg must be None or str"))),
        },
    };
    if out.len() == text.len() {
        return Ok(unchanged(vm, o, s));
    }
    vm.charge_copy(text.len())?;
    Ok(vm.new_str(out))
}

fn strip_with(text: &str, left: bool, right: bool, pred: impl Fn(char) -> bool) -> &str {
    let t = if left { text.trim_start_matches(&pred) } else { text };
    if right {
        t.trim_end_matches(&pred)
    } else {
        t
    }
}

fn str_strip(vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(vm, &args, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(vm, &args, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(vm, &args, "rstrip", false, true)
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult {
    let (o, s, a) = pos_range(vm, &args, "replace", 2, 3, false)?;
    let old = str_arg(vm, &a[0], "replace() argument 1")?;
    let new = str_arg(vm, &a[1], "replace() argument 2")?;
    let count = match a.get(2) {
        Some(c) => ssize_arg(vm, c)?,
        None => -1,
    };
    let text = s.as_str();
    vm.charge_bytes(text.len())?;
    let limit = if count < 0 { usize::MAX } else { count as usize };
    let matches = if old.as_str().is_empty() {
        (s.char_len() + 1).min(limit)
    } else {
        text.matches(old.as_str()).take(limit).count()
    };
    if matches == 0 {
        return Ok(unchanged(vm, o, s));
    }
    let grow = new.as_str().len() as i128 - old.as_str().len() as i128;
    let out_len = (text.len() as i128 + grow * matches as i128).max(0) as u128;
    check_len(vm, out_len)?;
    vm.charge_bytes(out_len as usize)?;
    Ok(vm.new_str(text.replacen(old.as_str(), new.as_str(), matches)))
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult {
    let (o, s, p) = one_arg(vm, &args, "removeprefix")?;
    let p = str_arg(vm, p, "removeprefix() argument")?;
    match s.as_str().strip_prefix(p.as_str()) {
        Some(r) if !p.as_str().is_empty() => {
            vm.charge_copy(r.len())?;
            Ok(vm.new_str(r))
        }
        _ => Ok(unchanged(vm, o, s)),
    }
}

fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult {
    let (o, s, p) = one_arg(vm, &args, "removesuffix")?;
    let p = str_arg(vm, p, "removesuffix() argument")?;
    match s.as_str().strip_suffix(p.as_str()) {
        Some(r) if !p.as_str().is_empty() => {
            vm.charge_copy(r.len())?;
            Ok(vm.new_str(r))
        }
        _ => Ok(unchanged(vm, o, s)),
    }
}

// ----- case -----

fn map_text(vm: &mut Vm, args: &Args, name: &str, f: fn(&str) -> String) -> PyResult {
    let (o, s) = no_args(vm, args, name)?;
    // Linear work: charged across calls (`limits.rs`).
    vm.charge_bytes(s.as_str().len())?;
    let out = f(s.as_str());
    if out == s.as_str() {
        return Ok(unchanged(vm, o, s));
    }
    Ok(vm.new_str(out))
}

fn upper_text(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_uppercase()
    } else {
        s.to_uppercase()
    }
}

fn lower_text(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}

fn casefold_text(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_casefold(&mut out, c);
    }
    out
}

fn swapcase_text(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn title_text(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

fn capitalize_text(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

fn str_upper(vm: &mut Vm, args: Args) -> PyResult {
    map_text(vm, &args, "upper", upper_text)
}
fn str_lower(vm: &mut Vm, args: Args) -> PyResult {
    map_text(vm, &args, "lower", lower_text)
}
fn str_casefold(vm: &mut Vm, args: Args) -> PyResult {
    map_text(vm, &args, "casefold", casefold_text)
}
fn str_swapcase(vm: &mut Vm, args: Args) -> PyResult {
    map_text(vm, &args, "swapcase", swapcase_text)
}
fn str_title(vm: &mut Vm, args: Args) -> PyResult {
    map_text(vm, &args, "title", title_text)
}
fn str_capitalize(vm: &mut Vm, args: Args) -> PyResult {
    map_text(vm, &args, "capitalize", capitalize_text)
}

// ----- padding -----

/// The fill character of `center`/`ljust`/`rjust`.
fn fill_arg(vm: &Vm, o: Option<&PyObjectRef>) -> PyResult<char> {
    let Some(o) = o else { return Ok(' ') };
    match o.downcast_ref::<PyStr>() {
        Some(s) if s.char_len() == 1 => Ok(s.char_at(0)),
        Some(_) => Err(vm.new_type_error("The fill character must be exactly one character long")),
        None => Err(vm.new_type_error(format!(
            "The fill character must be a unicode character, not {}",
            o.ty().name()
        ))),
    }
}

/// `pad(self, left, right, fill)`.
fn pad(vm: &Vm, s: &PyStr, left: usize, right: usize, fill: char) -> PyResult {
    check_len(
        vm,
        s.as_str().len() as u128 + (left as u128 + right as u128) * fill.len_utf8() as u128,
    )?;
    vm.charge_copy(s.as_str().len() + (left + right) * fill.len_utf8())?;
    let mut out = String::with_capacity(s.as_str().len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat(fill).take(left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat(fill).take(right));
    Ok(vm.new_str(out))
}

fn justify(vm: &mut Vm, args: &Args, name: &str) -> PyResult {
    let (o, s, a) = pos_range(vm, args, name, 1, 2, false)?;
    let width = ssize_arg(vm, &a[0])?;
    let fill = fill_arg(vm, a.get(1))?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(unchanged(vm, o, s));
    }
    let marg = width - len;
    let (left, right) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    pad(vm, s, left as usize, right as usize, fill)
}

fn str_center(vm: &mut Vm, args: Args) -> PyResult {
    justify(vm, &args, "center")
}
fn str_ljust(vm: &mut Vm, args: Args) -> PyResult {
    justify(vm, &args, "ljust")
}
fn str_rjust(vm: &mut Vm, args: Args) -> PyResult {
    justify(vm, &args, "rjust")
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult {
    let (o, s, w) = one_arg(vm, &args, "zfill")?;
    let width = ssize_arg(vm, w)?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(unchanged(vm, o, s));
    }
    let fill = (width - len) as usize;
    check_len(vm, s.as_str().len() as u128 + fill as u128)?;
    vm.charge_copy(s.as_str().len() + fill)?;
    let text = s.as_str();
    let mut out = String::with_capacity(text.len() + fill);
    let body = match text.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &text[1..]
        }
        _ => text,
    };
    out.extend(std::iter::repeat('0').take(fill));
    out.push_str(body);
    Ok(vm.new_str(out))
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult {
    let (o, s, [tabsize]) = bind_kw(vm, &args, "expandtabs", ["tabsize"])?;
    let tabsize = match tabsize {
        Some(t) => match ssize_arg(vm, t) {
            Ok(n) if i32::try_from(n).is_ok() => n,
            Ok(_) => return Err(vm.new_overflow_error("Python int too large to convert to C int")),
            Err(e) if e.is_instance_of(&vm.exc.overflow_error) => {
                return Err(vm.new_overflow_error("Python int too large to convert to C int"))
            }
            Err(e) => return Err(e),
        },
        None => 8,
    };
    // The scans of the text, and below the result, are linear work
    // (`Vm::charge_copy`).
    vm.charge_copy(s.as_str().len())?;
    if !s.as_str().contains('\t') {
        return Ok(unchanged(vm, o, s));
    }
    // The result's length first, against the memory cap (a thousand tabs
    // of a huge size would otherwise be written one after the other).
    if tabsize > 0 {
        let mut total: u128 = 0;
        let mut col: i64 = 0;
        for c in s.as_str().chars() {
            match c {
                '\t' => {
                    let incr = tabsize - col % tabsize;
                    total += incr as u128;
                    col += incr;
                }
                '\n' | '\r' => {
                    total += 1;
                    col = 0;
                }
                c => {
                    total += c.len_utf8() as u128;
                    col += 1;
                }
            }
        }
        check_len(vm, total)?;
        vm.charge_copy(total as usize)?;
    } else {
        vm.charge_copy(s.as_str().len())?;
    }
    let mut out = String::with_capacity(s.as_str().len());
    let mut col: i64 = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let incr = tabsize - col % tabsize;
                    check_len(vm, out.len() as u128 + incr as u128)?;
                    out.extend(std::iter::repeat(' ').take(incr as usize));
                    col += incr;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}

// ----- predicates -----

fn predicate(vm: &mut Vm, args: &Args, name: &str, f: fn(&str) -> bool) -> PyResult {
    let (_, s) = no_args(vm, args, name)?;
    vm.charge_copy(s.as_str().len())?;
    Ok(vm.new_bool(f(s.as_str())))
}

fn all_nonempty(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn isupper_text(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

fn islower_text(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
}

fn istitle_text(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `str.isidentifier`.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_id_start(c) => it.all(is_id_continue),
        _ => false,
    }
}

fn str_isdigit(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isdigit", |s| all_nonempty(s, is_digit))
}
fn str_isdecimal(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isdecimal", |s| all_nonempty(s, is_decimal))
}
fn str_isnumeric(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isnumeric", |s| all_nonempty(s, is_numeric))
}
fn str_isalpha(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isalpha", |s| all_nonempty(s, is_alpha))
}
fn str_isalnum(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isalnum", |s| {
        all_nonempty(s, |c| is_alpha(c) || is_numeric(c))
    })
}
fn str_isspace(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isspace", |s| all_nonempty(s, is_space))
}
fn str_isupper(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isupper", isupper_text)
}
fn str_islower(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "islower", islower_text)
}
fn str_istitle(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "istitle", istitle_text)
}
fn str_isidentifier(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isidentifier", is_identifier)
}
fn str_isprintable(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isprintable", |s| s.chars().all(is_printable))
}
fn str_isascii(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isascii", |s| s.is_ascii())
}

// ----- encode, translate -----

fn str_encode(vm: &mut Vm, args: Args) -> PyResult {
    // `s.encode()`: UTF-8, which cannot fail (no lone surrogates in a str).
    if let ([o], false) = (args.pos(), args.has_kwargs()) {
        if let Some(s) = o.downcast_ref::<PyStr>() {
            return Ok(vm.new_bytes(s.as_str().as_bytes()));
        }
    }
    let (o, s, [encoding, errors]) = bind_kw(vm, &args, "encode", ["encoding", "errors"])?;
    let encoding = opt_str_kw(vm, encoding, "encode", "encoding")?.unwrap_or("utf-8");
    let errors = opt_str_kw(vm, errors, "encode", "errors")?.unwrap_or("strict");
    let codec = codec::lookup(vm, encoding)?;
    vm.charge_bytes(s.as_str().len())?;
    let bytes = codec::encode(vm, o, s.as_str(), codec, errors)?;
    Ok(vm.new_bytes(bytes))
}

/// `str.encode` for Rust callers.
pub fn encode_text(vm: &mut Vm, obj: &PyObjectRef, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = codec::lookup(vm, encoding)?;
    codec::encode(vm, obj, text, codec, errors)
}

fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "str.maketrans")?;
    let a = args.range(vm, "maketrans", 1, 3)?;
    let table = vm.new_dict();
    if a.len() == 1 {
        let Some(d) = a[0].downcast_ref::<PyDict>().map(|_| a[0].clone()) else {
            return Err(vm.new_type_error("if you give only one argument to maketrans it must be a dict"));
        };
        let items = vm.call_method(&d, "items", &[])?;
        for pair in vm.collect(&items)? {
            let kv = vm.collect(&pair)?;
            let (k, v) = (kv[0].clone(), kv[1].clone());
            let key = if let Some(s) = k.downcast_ref::<PyStr>() {
                if s.char_len() != 1 {
                    return Err(vm.new_value_error("string keys in translate table must be of length 1"));
                }
                vm.new_int(s.char_at(0) as i64)
            } else if k.payload_is::<PyInt>() {
                k.clone()
            } else {
                return Err(vm.new_type_error("keys in translate table must be strings or integers"));
            };
            vm.dict_set(&table, key, v)?;
        }
        return Ok(table);
    }
    let x = str_arg(vm, &a[0], "maketrans() argument 1")?;
    let y = str_arg(vm, &a[1], "maketrans() argument 2")?;
    if x.char_len() != y.char_len() {
        return Err(vm.new_value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in x.as_str().chars().zip(y.as_str().chars()) {
        let (k, v) = (vm.new_int(cx as i64), vm.new_int(cy as i64));
        vm.dict_set(&table, k, v)?;
    }
    if let Some(z) = a.get(2) {
        let z = str_arg(vm, z, "maketrans() argument 3")?;
        for c in z.as_str().chars() {
            let k = vm.new_int(c as i64);
            let none = vm.none();
            vm.dict_set(&table, k, none)?;
        }
    }
    Ok(table)
}

fn str_translate(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s, table) = one_arg(vm, &args, "translate")?;
    let mut out = String::with_capacity(s.as_str().len());
    // A lookup per character, native when the table is a dict: a loop.
    let mut pace = crate::limits::Pace::default();
    for c in s.as_str().chars() {
        pace.step(vm)?;
        let key = vm.new_int(c as i64);
        let v = match vm.get_item(table, &key) {
            Ok(v) => v,
            Err(e) if e.is_instance_of(&vm.exc.lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if vm.is_none(&v) {
            continue;
        }
        if let Some(i) = v.downcast_ref::<PyInt>() {
            match i.value.as_i64().filter(|n| (0..=0x10FFFF).contains(n)) {
                Some(n) => out.push(char::from_u32(n as u32).unwrap_or('\u{FFFD}')),
                None => return Err(vm.new_value_error("character mapping must be in range(0x110000)")),
            }
        } else if let Some(r) = v.downcast_ref::<PyStr>() {
            out.push_str(r.as_str());
        } else {
            return Err(vm.new_type_error("character mapping must return integer, None or str"));
        }
        check_len(vm, out.len() as u128)?;
    }
    Ok(vm.new_str(out))
}

pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types.str.clone();
    vm.add_static(&t, "__new__", str_new);
    let methods: &[(&'static str, crate::vm::NativeFn)] = &[
        ("__repr__", str_repr),
        ("__str__", str_str),
        ("__hash__", str_hash),
        ("__len__", str_len),
        ("__eq__", str_eq),
        ("__ne__", str_ne),
        ("__lt__", str_lt),
        ("__le__", str_le),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__getitem__", str_getitem),
        ("__contains__", str_contains),
        ("__iter__", str_iter),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_rmul),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__format__", str_format_spec),
        ("__getnewargs__", str_getnewargs),
        ("format", str_format_method),
        ("format_map", str_format_map),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("join", str_join),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("swapcase", str_swapcase),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("isascii", str_isascii),
        ("encode", str_encode),
        ("translate", str_translate),
    ];
    for &(name, f) in methods {
        vm.add_method(&t, name, f);
    }
    vm.add_static(&t, "maketrans", str_maketrans);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_is_four_words() {
        // Header (16) + payload: mimalloc's 48-byte class (see `PyStr`).
        assert_eq!(std::mem::size_of::<PyStr>(), 32);
    }

    #[test]
    fn huge_code_point_counts() {
        assert_eq!(pack_char_len(5, 5), 5);
        assert_eq!(pack_char_len(3, 7), 3);
        let big = u32::MAX as usize + 10;
        assert_eq!(pack_char_len(big, big), HUGE_ASCII);
        assert_eq!(pack_char_len(big, big + 3), HUGE_OTHER);
        assert_eq!(pack_char_len(HUGE_OTHER as usize, HUGE_OTHER as usize + 1), HUGE_OTHER);
        assert_eq!(
            pack_char_len(HUGE_OTHER as usize - 1, HUGE_OTHER as usize),
            HUGE_OTHER - 1
        );
        let s = PyStr::new("héllo");
        assert_eq!((s.char_len(), s.is_ascii()), (5, false));
        let s = PyStr::new("hello");
        assert_eq!((s.char_len(), s.is_ascii()), (5, true));
    }

    #[test]
    fn repr_quoting() {
        assert_eq!(repr_text("abc"), "'abc'");
        assert_eq!(repr_text("it's"), "\"it's\"");
        assert_eq!(repr_text("'\""), "'\\'\"'");
        assert_eq!(repr_text("a\nb\t\\\r\x07\x7f"), "'a\\nb\\t\\\\\\r\\x07\\x7f'");
        assert_eq!(repr_text("é日本😀"), "'é日本😀'");
        assert_eq!(repr_text("\u{a0}\u{200b}\u{e000}"), "'\\xa0\\u200b\\ue000'");
    }

    #[test]
    fn whitespace_split() {
        assert_eq!(split_whitespace("  a b  c  ", None), vec!["a", "b", "c"]);
        assert_eq!(split_whitespace("  a b  c  ", Some(1)), vec!["a", "b  c  "]);
        assert_eq!(rsplit_whitespace("  a b  c  ", Some(1)), vec!["  a b", "c"]);
        assert_eq!(split_whitespace("   ", Some(0)), Vec::<&str>::new());
        assert_eq!(split_whitespace(" a ", Some(0)), vec!["a "]);
    }

    #[test]
    fn casing() {
        assert_eq!(title_text("they're bill's"), "They'Re Bill'S");
        assert_eq!(title_text("x1y2"), "X1Y2");
        assert_eq!(capitalize_text("ßa"), "Ssa");
        assert_eq!(casefold_text("straße"), "strasse");
        assert_eq!(lower_text("ΑΣ"), "ας");
        assert_eq!(swapcase_text("aΣ"), "Aς");
        assert!(istitle_text("Title Case"));
        assert!(!istitle_text("not Title"));
        assert!(isupper_text("ÉCOLE"));
    }

    #[test]
    fn predicates() {
        assert!(is_numeric('½') && !is_digit('½'));
        assert!(is_decimal('٣'));
        assert!(is_numeric('Ⅻ') && is_alpha('é') && !is_alpha('Ⅻ'));
        assert!(is_identifier("Ⅻ") && !is_identifier("٣") && is_identifier("_x1"));
        assert!(is_space('\u{1c}') && is_space('\u{a0}') && !is_printable('\u{a0}'));
    }
}
