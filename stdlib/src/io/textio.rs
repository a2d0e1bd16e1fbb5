//! `_io.TextIOWrapper`: text over a buffered byte stream — decoding in
//! chunks, universal newlines, encoding on write.
//!
//! Reading keeps the decoded text of the last chunks (`decoded`, consumed up
//! to `dpos`). `tell()` is the buffer's position minus what was read from it
//! but not yet returned (the unconsumed text re-measured in bytes, the
//! undecoded tail, a held-back `\r`, and each `\r\n` that translation made
//! one `\n`): a plain byte offset, which `seek()` accepts back.
//!
//! Writes are encoded and handed to the buffer at once (straight into its
//! Rust buffer when it is one of ours), so nothing is pending at this layer.

use std::cell::{RefCell, RefMut};

use kaa_vm::object::core::Visit;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::PyObjectRef;
use kaa_vm::object::PyPayload;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

use super::buffered::{self, Buffered};
use super::codecs::{self, Decoder, Enc, Encoder};
use super::{add_methods, closed_error, dict_attr, int_arg, make_type, new_cls, rest, self_arg, size_arg, unsupported};

const KEY: &str = "_io.TextIOWrapper";

/// Bytes asked of the buffer per chunk (CPython's `_CHUNK_SIZE`).
const CHUNK: i64 = 8192;

const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

/// How a stream (text file or `StringIO`) treats newlines.
#[derive(Clone, Debug)]
pub struct Newlines {
    /// Any of `\r`, `\n`, `\r\n` ends a line on input (`newline=None` or `''`).
    pub universal: bool,
    /// ... and is translated to `\n` (`newline=None`).
    pub translate: bool,
    /// The line end on input when not universal.
    pub readnl: &'static str,
    /// What `\n` becomes on output (`None`: unchanged).
    pub writenl: Option<&'static str>,
}

impl Newlines {
    /// From the `newline` argument (`None` for `newline=None`).
    pub fn from_arg(vm: &mut Vm, newline: Option<&str>) -> PyResult<Newlines> {
        Ok(match newline {
            None => Newlines {
                universal: true,
                translate: true,
                readnl: "\n",
                writenl: None,
            },
            Some("") => Newlines {
                universal: true,
                translate: false,
                readnl: "\n",
                writenl: None,
            },
            Some("\n") => Newlines {
                universal: false,
                translate: false,
                readnl: "\n",
                writenl: None,
            },
            Some("\r") => Newlines {
                universal: false,
                translate: false,
                readnl: "\r",
                writenl: Some("\r"),
            },
            Some("\r\n") => Newlines {
                universal: false,
                translate: false,
                readnl: "\r\n",
                writenl: Some("\r\n"),
            },
            Some(other) => return Err(vm.new_value_error(format!("illegal newline value: {other}"))),
        })
    }

    /// Where the first line of `s` ends (a byte offset past its newline).
    /// `at_end`: no more text follows `s` (a final `\r` ends a line).
    pub fn line_end(&self, s: &str) -> Option<usize> {
        let b = s.as_bytes();
        if self.translate || (!self.universal && self.readnl == "\n") {
            return memchr(b'\n', b).map(|i| i + 1);
        }
        if !self.universal {
            return s.find(self.readnl).map(|i| i + self.readnl.len());
        }
        let i = memchr::memchr2(b'\r', b'\n', b)?;
        if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
            return Some(i + 2);
        }
        Some(i + 1)
    }
}

/// The first `c` in `b` (vectorised: lines are searched for once each).
#[inline]
pub(super) fn memchr(c: u8, b: &[u8]) -> Option<usize> {
    memchr::memchr(c, b)
}

/// `.newlines`: the kinds of newline seen.
pub fn seen_newlines(vm: &mut Vm, seen: u8) -> PyObjectRef {
    let mut kinds = Vec::new();
    if seen & SEEN_CR != 0 {
        kinds.push("\r");
    }
    if seen & SEEN_LF != 0 {
        kinds.push("\n");
    }
    if seen & SEEN_CRLF != 0 {
        kinds.push("\r\n");
    }
    match kinds.len() {
        0 => vm.none(),
        1 => vm.new_str(kinds[0]),
        _ => {
            let items = kinds.iter().map(|k| vm.new_str(*k)).collect();
            vm.new_tuple(items)
        }
    }
}

/// Universal-newline processing of decoded text: note the newlines seen,
/// translate them to `\n` if asked. Returns the text and the offsets (in it)
/// of each `\n` that was a `\r\n`.
pub fn universal(t: &str, translate: bool, seen: &mut u8) -> (String, Vec<usize>) {
    let b = t.as_bytes();
    if !b.contains(&b'\r') {
        if *seen & SEEN_LF == 0 && b.contains(&b'\n') {
            *seen |= SEEN_LF;
        }
        return (t.to_string(), Vec::new());
    }
    let mut out = String::with_capacity(t.len());
    let mut crlf = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\r' => {
                out.push_str(&t[start..i]);
                if b.get(i + 1) == Some(&b'\n') {
                    *seen |= SEEN_CRLF;
                    if translate {
                        crlf.push(out.len());
                        out.push('\n');
                    } else {
                        out.push_str("\r\n");
                    }
                    i += 2;
                } else {
                    *seen |= SEEN_CR;
                    out.push(if translate { '\n' } else { '\r' });
                    i += 1;
                }
                start = i;
            }
            b'\n' => {
                *seen |= SEEN_LF;
                i += 1;
            }
            _ => i += 1,
        }
    }
    out.push_str(&t[start..]);
    (out, crlf)
}

/// Note the kinds of newline in `b` (what [`universal`] notes, without
/// building a copy of the text).
fn note_seen(b: &[u8], seen: &mut u8) {
    let all = SEEN_CR | SEEN_LF | SEEN_CRLF;
    let mut i = 0;
    while i < b.len() && *seen != all {
        match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => {
                *seen |= SEEN_CRLF;
                i += 2;
            }
            b'\r' => {
                *seen |= SEEN_CR;
                i += 1;
            }
            b'\n' => {
                *seen |= SEEN_LF;
                i += 1;
            }
            _ => i += 1,
        }
    }
}

/// The byte offset of the `n`-th character of `s` (or its length).
pub fn char_offset(s: &str, n: usize) -> usize {
    if s.len() <= n {
        // Fewer bytes than `n`: fewer characters too.
        return s.len();
    }
    if s.as_bytes()[..n].is_ascii() {
        return n;
    }
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

pub struct TextState {
    buffer: Option<PyObjectRef>,
    encoding: String,
    errors: String,
    enc: Enc,
    decoder: Decoder,
    encoder: Encoder,
    nl: Newlines,
    line_buffering: bool,
    write_through: bool,
    readable: bool,
    writable: bool,
    seekable: bool,
    has_read1: bool,
    /// Decoded text; `decoded[dpos..]` not yet returned.
    decoded: String,
    dpos: usize,
    /// Offsets in `decoded` of `\n`s that were `\r\n` in the file.
    crlf: Vec<usize>,
    /// Bytes read but not decoded yet (an incomplete character).
    pending: Vec<u8>,
    /// A `\r` held back until the next chunk tells whether `\n` follows.
    pending_cr: bool,
    seen: u8,
    /// `tell()` is refused while iterating with `next()`.
    telling: bool,
    /// Encoded text not yet handed to the buffer (CPython's `pending_bytes`):
    /// it goes there when it reaches [`CHUNK`] bytes, at a newline when line
    /// buffered, and before anything else touches the buffer through this
    /// object (so bytes written to `.buffer` directly may come first, as in
    /// CPython).
    pending_out: Vec<u8>,
    /// The standard stream this is (`stdio`): over an embedder's sink it
    /// writes through.
    pub std: Option<kaa_vm::builtins::StdStreamKind>,
}

/// The payload of `_io.TextIOWrapper`.
pub struct TextIO {
    st: RefCell<Option<Box<TextState>>>,
    detached: std::cell::Cell<bool>,
}

impl PyPayload for TextIO {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.st, |st, visit| {
            if let Some(st) = st {
                visit.visit_opt(&st.buffer);
            }
        });
    }

    fn clear(&self) {
        if let Ok(mut st) = self.st.try_borrow_mut() {
            if let Some(s) = st.as_mut() {
                pending_on_drop(s);
            }
            let b = st.as_mut().and_then(|s| s.buffer.take());
            drop(st);
            drop(b);
        }
    }
}

/// Hand the pending text to a buffer of ours when the object is freed (the
/// buffer writes it out when it is freed in turn).
fn pending_on_drop(st: &mut TextState) {
    if st.pending_out.is_empty() {
        return;
    }
    let data = std::mem::take(&mut st.pending_out);
    if let Some(b) = st.buffer.as_ref().and_then(|b| b.downcast_ref::<Buffered>()) {
        buffered::append_pending(b, &data);
    }
}

impl Drop for TextIO {
    fn drop(&mut self) {
        if let Some(st) = self.st.get_mut().as_mut() {
            pending_on_drop(st);
        }
    }
}

/// Hand the pending encoded text to the buffer.
fn push_pending(vm: &mut Vm, t: &TextIO, buffer: &PyObjectRef) -> PyResult<()> {
    let data = match t.st.try_borrow_mut() {
        Ok(mut st) => match st.as_mut() {
            Some(s) if !s.pending_out.is_empty() => std::mem::take(&mut s.pending_out),
            _ => return Ok(()),
        },
        Err(_) => return Err(vm.new_runtime_error("reentrant call inside TextIOWrapper")),
    };
    match buffer.downcast_ref::<Buffered>() {
        Some(b) => buffered::write_bytes(vm, b, &data).map(|_| ()),
        None => {
            let b = vm.new_bytes(data);
            vm.call_method(buffer, "write", &[b]).map(|_| ())
        }
    }
}

/// Push the pending text, then flush the buffer.
fn flush_text(vm: &mut Vm, t: &TextIO, buffer: &PyObjectRef) -> PyResult<()> {
    push_pending(vm, t, buffer)?;
    flush_buffer(vm, buffer)
}

fn this<'a>(vm: &mut Vm, o: &'a PyObjectRef, name: &str) -> PyResult<&'a TextIO> {
    match o.downcast_ref::<TextIO>() {
        Some(t) => Ok(t),
        None => Err(vm.new_type_error(format!(
            "descriptor '{name}' for '_io.TextIOWrapper' objects doesn't apply to a '{}' object",
            o.ty().name()
        ))),
    }
}

/// The state of an initialised, attached wrapper.
fn state<'a>(vm: &mut Vm, t: &'a TextIO) -> PyResult<RefMut<'a, TextState>> {
    if t.detached.get() {
        return Err(vm.new_value_error("underlying buffer has been detached"));
    }
    let Ok(st) = t.st.try_borrow_mut() else {
        return Err(vm.new_runtime_error("reentrant call inside TextIOWrapper"));
    };
    match RefMut::filter_map(st, |s| s.as_deref_mut()) {
        Ok(s) => Ok(s),
        Err(_) => Err(vm.new_value_error("I/O operation on uninitialized object")),
    }
}

/// The state even when detached (for `encoding`, `errors`, ...).
fn state_any<'a>(vm: &mut Vm, t: &'a TextIO) -> PyResult<RefMut<'a, TextState>> {
    let Ok(st) = t.st.try_borrow_mut() else {
        return Err(vm.new_runtime_error("reentrant call inside TextIOWrapper"));
    };
    match RefMut::filter_map(st, |s| s.as_deref_mut()) {
        Ok(s) => Ok(s),
        Err(_) => Err(vm.new_value_error("I/O operation on uninitialized object")),
    }
}

fn buffer_of(vm: &mut Vm, t: &TextIO) -> PyResult<PyObjectRef> {
    let st = state(vm, t)?;
    let b = st.buffer.clone();
    drop(st);
    b.ok_or_else(|| vm.new_value_error("underlying buffer has been detached"))
}

/// Whether `buffer` is a built-in buffered file known to be open without
/// asking it in Python (the fast paths' condition).
fn buffer_known_open(buffer: Option<&PyObjectRef>) -> bool {
    buffer
        .and_then(|b| b.downcast_ref::<Buffered>())
        .and_then(buffered::closed_fast)
        == Some(false)
}

fn is_closed(vm: &mut Vm, buffer: &PyObjectRef) -> PyResult<bool> {
    if let Some(c) = buffer.downcast_ref::<Buffered>().and_then(buffered::closed_fast) {
        return Ok(c);
    }
    let c = vm.get_attr_str(buffer, "closed")?;
    vm.is_true(&c)
}

/// The buffer of an open, attached wrapper.
fn open_buffer(vm: &mut Vm, t: &TextIO) -> PyResult<PyObjectRef> {
    let b = buffer_of(vm, t)?;
    if is_closed(vm, &b)? {
        return Err(closed_error(vm, true));
    }
    Ok(b)
}

// ----- construction -----

/// A new `TextIOWrapper` over `buffer` (as `open` makes it).
pub fn new_text(
    vm: &mut Vm,
    buffer: PyObjectRef,
    encoding: Option<&str>,
    errors: Option<&str>,
    newline: Option<String>,
    line_buffering: bool,
) -> PyResult<PyObjectRef> {
    let cls = super::state_type(vm, KEY)?;
    let o = vm.new_instance(
        TextIO {
            st: RefCell::new(None),
            detached: std::cell::Cell::new(false),
        },
        &cls,
    );
    init_text(
        vm,
        &o,
        buffer,
        encoding,
        errors,
        newline.as_deref(),
        line_buffering,
        false,
    )?;
    Ok(o)
}

/// [`new_text`] for a standard stream, with `write_through`.
#[allow(clippy::too_many_arguments)]
pub fn new_std_text(
    vm: &mut Vm,
    buffer: PyObjectRef,
    encoding: Option<&str>,
    errors: Option<&str>,
    newline: Option<String>,
    line_buffering: bool,
    write_through: bool,
    std: kaa_vm::builtins::StdStreamKind,
) -> PyResult<PyObjectRef> {
    let o = new_text(vm, buffer, encoding, errors, newline, line_buffering)?;
    if let Some(t) = o.downcast_ref::<TextIO>() {
        if let Ok(Some(st)) = t.st.try_borrow_mut().as_deref_mut() {
            st.write_through = write_through;
            st.std = Some(std);
        }
    }
    Ok(o)
}

/// Whether the stream is closed, when that needs no Python code (`None`:
/// detached, uninitialised or over a buffer of another kind).
pub fn closed_fast(t: &TextIO) -> Option<bool> {
    if t.detached.get() {
        return None;
    }
    let st = t.st.try_borrow().ok()?;
    let b = st.as_ref()?.buffer.as_ref()?;
    if let Some(bb) = b.downcast_ref::<Buffered>() {
        return buffered::closed_fast(bb);
    }
    let f = b.downcast_ref::<super::fileio::FileIO>()?;
    let closed = f.st.borrow().fd < 0;
    Some(closed)
}

#[allow(clippy::too_many_arguments)]
fn init_text(
    vm: &mut Vm,
    o: &PyObjectRef,
    buffer: PyObjectRef,
    encoding: Option<&str>,
    errors: Option<&str>,
    newline: Option<&str>,
    line_buffering: bool,
    write_through: bool,
) -> PyResult<()> {
    let t = this(vm, o, "__init__")?;
    let nl = Newlines::from_arg(vm, newline)?;
    let encoding = encoding.unwrap_or("utf-8").to_string();
    let Some(enc) = codecs::lookup(&encoding) else {
        return Err(vm.new_exception_msg(&vm.exc.lookup_error.clone(), format!("unknown encoding: {encoding}")));
    };
    let errors = errors.unwrap_or("strict").to_string();
    let ask = |vm: &mut Vm, name: &str| -> PyResult<bool> {
        let r = vm.call_method(&buffer, name, &[])?;
        vm.is_true(&r)
    };
    let readable = ask(vm, "readable")?;
    let writable = ask(vm, "writable")?;
    let seekable = ask(vm, "seekable")?;
    let has_read1 = buffer.payload_is::<Buffered>() || {
        let k = vm.intern("read1");
        vm.get_attr_opt(&buffer, &k)?.is_some()
    };
    let mut encoder = Encoder::new(enc, &errors);
    if writable && seekable && enc.has_bom() {
        let p = vm.call_method(&buffer, "tell", &[])?;
        if int_arg(vm, &p)? != 0 {
            encoder.bom_pending = false;
        }
    }
    let st = TextState {
        buffer: Some(buffer),
        encoding,
        errors: errors.clone(),
        enc,
        decoder: Decoder::new(enc, &errors),
        encoder,
        nl,
        line_buffering,
        write_through,
        readable,
        writable,
        seekable,
        has_read1,
        decoded: String::new(),
        dpos: 0,
        crlf: Vec::new(),
        pending: Vec::new(),
        pending_cr: false,
        seen: 0,
        telling: seekable,
        pending_out: Vec::new(),
        std: None,
    };
    let Ok(mut slot) = t.st.try_borrow_mut() else {
        return Err(vm.new_runtime_error("reentrant call inside TextIOWrapper"));
    };
    *slot = Some(Box::new(st));
    t.detached.set(false);
    Ok(())
}

fn text_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = new_cls(vm, &args, KEY)?;
    Ok(vm.new_instance(
        TextIO {
            st: RefCell::new(None),
            detached: std::cell::Cell::new(false),
        },
        &cls,
    ))
}

fn opt_str(vm: &mut Vm, o: &Option<PyObjectRef>, name: &str) -> PyResult<Option<String>> {
    match o {
        None => Ok(None),
        Some(o) if vm.is_none(o) => Ok(None),
        Some(o) => match o.downcast_ref::<PyStr>() {
            Some(s) => Ok(Some(s.as_str().to_string())),
            None => Err(vm.new_type_error(format!(
                "TextIOWrapper() argument '{name}' must be str or None, not {}",
                o.ty().name()
            ))),
        },
    }
}

/// `TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
/// line_buffering=False, write_through=False)`.
fn text_init(vm: &mut Vm, args: Args) -> PyResult {
    let o = self_arg(vm, &args, "__init__")?.clone();
    let [buffer, encoding, errors, newline, line_buffering, write_through] = rest(&args).bind(
        vm,
        "TextIOWrapper",
        [
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        6,
        1,
    )?;
    let buffer = buffer.expect("required");
    let encoding = opt_str(vm, &encoding, "encoding")?;
    let errors = opt_str(vm, &errors, "errors")?;
    let newline = opt_str(vm, &newline, "newline")?;
    let lb = match &line_buffering {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let wt = match &write_through {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let encoding = match encoding.as_deref() {
        Some("locale") | None => None,
        Some(e) => Some(e.to_string()),
    };
    init_text(
        vm,
        &o,
        buffer,
        encoding.as_deref(),
        errors.as_deref(),
        newline.as_deref(),
        lb,
        wt,
    )?;
    Ok(vm.none())
}

// ----- reading -----

/// Read and decode one more chunk into `decoded`; `false` at end of file.
fn read_chunk(vm: &mut Vm, t: &TextIO, buffer: &PyObjectRef) -> PyResult<bool> {
    let has_read1 = state(vm, t)?.has_read1;
    let data: Vec<u8> = match buffer.downcast_ref::<Buffered>() {
        Some(b) => buffered::read1_bytes(vm, b, CHUNK)?,
        None => {
            let n = vm.new_int(CHUNK);
            let r = vm.call_method(buffer, if has_read1 { "read1" } else { "read" }, &[n])?;
            if vm.is_none(&r) {
                Vec::new()
            } else {
                super::bytes_like(vm, &r).map_err(|_| {
                    vm.new_type_error(format!(
                        "underlying {}() should have returned a bytes-like object, not '{}'",
                        if has_read1 { "read1" } else { "read" },
                        r.ty().name()
                    ))
                })?
            }
        }
    };
    let eof = data.is_empty();
    let mut st = state(vm, t)?;
    let st = &mut *st;
    let input: Vec<u8> = if st.pending.is_empty() {
        data
    } else {
        let mut p = std::mem::take(&mut st.pending);
        p.extend_from_slice(&data);
        p
    };
    let (text, used, _bom) = st.decoder.decode(vm, &input, eof)?;
    st.pending = input[used..].to_vec();
    add_decoded(st, text, eof);
    Ok(!eof)
}

/// Append newly decoded text (newline processing included), dropping what
/// was already consumed.
fn add_decoded(st: &mut TextState, text: String, last: bool) {
    let mut text = text;
    if st.nl.universal {
        if st.pending_cr {
            text.insert(0, '\r');
            st.pending_cr = false;
        }
        if !last && text.ends_with('\r') {
            text.pop();
            st.pending_cr = true;
        }
    }
    let (text, crlf) = if st.nl.universal && !st.nl.translate && text.as_bytes().contains(&b'\r') {
        // `newline=''`: the text stays as it is; only note what was seen.
        note_seen(text.as_bytes(), &mut st.seen);
        (text, Vec::new())
    } else if st.nl.universal && text.as_bytes().contains(&b'\r') {
        universal(&text, st.nl.translate, &mut st.seen)
    } else {
        if st.nl.universal && st.seen & SEEN_LF == 0 && text.as_bytes().contains(&b'\n') {
            st.seen |= SEEN_LF;
        }
        (text, Vec::new())
    };
    if st.dpos > 0 {
        let d = st.dpos;
        st.decoded.drain(..d);
        st.crlf.retain(|&p| p >= d);
        st.crlf.iter_mut().for_each(|p| *p -= d);
        st.dpos = 0;
    }
    let base = st.decoded.len();
    st.crlf.extend(crlf.into_iter().map(|p| p + base));
    if st.decoded.is_empty() {
        st.decoded = text;
    } else {
        st.decoded.push_str(&text);
    }
}

fn take_text(st: &mut TextState, end: usize) -> String {
    let s = st.decoded[st.dpos..st.dpos + end].to_string();
    st.dpos += end;
    s
}

fn reset_read(st: &mut TextState) {
    st.decoded.clear();
    st.dpos = 0;
    st.crlf.clear();
    st.pending.clear();
    st.pending_cr = false;
}

fn check_readable(vm: &mut Vm, t: &TextIO) -> PyResult<PyObjectRef> {
    let b = open_buffer(vm, t)?;
    push_pending(vm, t, &b)?;
    if !state(vm, t)?.readable {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(b)
}

/// `read(size=-1)`.
pub fn read_text(vm: &mut Vm, t: &TextIO, n: i64) -> PyResult<String> {
    let buffer = check_readable(vm, t)?;
    if n < 0 {
        let data = match buffer.downcast_ref::<Buffered>() {
            Some(b) => buffered::read_bytes(vm, b, -1)?.unwrap_or_default(),
            None => {
                let r = vm.call_method(&buffer, "read", &[])?;
                if vm.is_none(&r) {
                    Vec::new()
                } else {
                    super::bytes_like(vm, &r)?
                }
            }
        };
        let mut st = state(vm, t)?;
        let st = &mut *st;
        // The common case, without a copy: all of a UTF-8 file at once.
        let fast = st.dpos == st.decoded.len()
            && st.pending.is_empty()
            && !st.pending_cr
            && st.enc == Enc::Utf8
            && !(st.nl.universal && data.contains(&b'\r'));
        let data = if fast {
            match String::from_utf8(data) {
                Ok(text) => {
                    if st.nl.universal && text.as_bytes().contains(&b'\n') {
                        st.seen |= SEEN_LF;
                    }
                    reset_read(st);
                    return Ok(text);
                }
                Err(e) => e.into_bytes(),
            }
        } else {
            data
        };
        let mut input = std::mem::take(&mut st.pending);
        input.extend_from_slice(&data);
        let (text, _, _) = st.decoder.decode(vm, &input, true)?;
        add_decoded(st, text, true);
        let d = st.dpos;
        let out = if d == 0 {
            std::mem::take(&mut st.decoded)
        } else {
            st.decoded[d..].to_string()
        };
        st.decoded.clear();
        st.dpos = 0;
        st.crlf.clear();
        return Ok(out);
    }
    let n = n as usize;
    let mut have = {
        let st = state(vm, t)?;
        st.decoded[st.dpos..].chars().count()
    };
    while have < n {
        let before = {
            let st = state(vm, t)?;
            st.decoded.len() - st.dpos
        };
        let more = read_chunk(vm, t, &buffer)?;
        {
            let st = state(vm, t)?;
            let tail = &st.decoded[st.dpos..];
            have += tail[before.min(tail.len())..].chars().count();
        }
        if !more {
            break;
        }
    }
    let mut st = state(vm, t)?;
    let end = char_offset(&st.decoded[st.dpos..], n);
    Ok(take_text(&mut st, end))
}

/// A whole line already decoded, when nothing needs checking beyond what
/// the state says (`readline()` without a limit on an open file of ours,
/// nothing pending to write): what iterating over a file mostly does.
/// `next`: the line is taken by iteration (`tell()` is refused after it).
fn decoded_line(t: &TextIO, next: bool) -> Option<String> {
    if t.detached.get() {
        return None;
    }
    let mut st = t.st.try_borrow_mut().ok()?;
    let st = st.as_deref_mut()?;
    if !st.readable || !st.pending_out.is_empty() {
        return None;
    }
    if !buffer_known_open(st.buffer.as_ref()) {
        return None;
    }
    let end = st.nl.line_end(&st.decoded[st.dpos..])?;
    if next {
        st.telling = false;
    }
    Some(take_text(st, end))
}

/// `readline(size=-1)`.
pub fn readline_text(vm: &mut Vm, t: &TextIO, limit: i64) -> PyResult<String> {
    if limit < 0 {
        if let Some(line) = decoded_line(t, false) {
            return Ok(line);
        }
    }
    let buffer = check_readable(vm, t)?;
    loop {
        {
            let mut st = state(vm, t)?;
            let rest = &st.decoded[st.dpos..];
            let found = st.nl.line_end(rest);
            let cut = match found {
                Some(end) if limit < 0 => Some(end),
                Some(end) => Some(char_offset(&rest[..end], limit as usize)),
                None if limit >= 0 && rest.len() >= limit as usize => {
                    let off = char_offset(rest, limit as usize);
                    (off < rest.len() || rest.chars().count() == limit as usize).then_some(off)
                }
                None => None,
            };
            if let Some(end) = cut {
                return Ok(take_text(&mut st, end));
            }
        }
        if !read_chunk(vm, t, &buffer)? {
            let mut st = state(vm, t)?;
            let rest_len = st.decoded.len() - st.dpos;
            let end = if limit >= 0 {
                char_offset(&st.decoded[st.dpos..], limit as usize)
            } else {
                rest_len
            };
            return Ok(take_text(&mut st, end));
        }
    }
}

fn m_read(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "read", 1, 2)?;
    let t = this(vm, &pos[0], "read")?;
    let n = size_arg(vm, pos.get(1))?;
    let s = read_text(vm, t, n)?;
    Ok(vm.new_str(s))
}

fn m_readline(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "readline", 1, 2)?;
    let t = this(vm, &pos[0], "readline")?;
    let n = match pos.get(1) {
        Some(o) if !vm.is_none(o) => int_arg(vm, o)?,
        _ => -1,
    };
    let s = readline_text(vm, t, n)?;
    Ok(vm.new_str(s))
}

/// `readlines(hint=-1)`.
fn m_readlines(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "readlines", 1, 2)?;
    let t = this(vm, &pos[0], "readlines")?;
    let hint = size_arg(vm, pos.get(1))?;
    let mut out = Vec::new();
    let mut total = 0i64;
    loop {
        let line = readline_text(vm, t, -1)?;
        if line.is_empty() {
            break;
        }
        let line = vm.new_str(line);
        if hint > 0 {
            total += line.downcast_ref::<PyStr>().map_or(0, |s| s.char_len()) as i64;
            out.push(line);
            if total >= hint {
                break;
            }
        } else {
            out.push(line);
        }
    }
    Ok(vm.new_list(out))
}

fn m_next(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__next__")?;
    let t = this(vm, o, "__next__")?;
    match next_line(vm, t)? {
        Some(line) => Ok(line),
        None => Err(vm.new_stop_iteration(None)),
    }
}

/// `next(f)`: the next line, `None` at the end (also what `for line in f`
/// calls without a method call, `crate::native_next`).
pub fn next_line(vm: &mut Vm, t: &TextIO) -> PyResult<Option<PyObjectRef>> {
    if let Some(line) = decoded_line(t, true) {
        return Ok(Some(vm.new_str(line)));
    }
    state(vm, t)?.telling = false;
    let s = readline_text(vm, t, -1)?;
    if s.is_empty() {
        let mut st = state(vm, t)?;
        st.telling = st.seekable;
        return Ok(None);
    }
    Ok(Some(vm.new_str(s)))
}

// ----- writing -----

/// [`write_text`] in the common case, with one look at the state: an open
/// UTF-8 file of ours, written to without newline translation, line
/// buffering or write-through, and not being read. `None` when some of that
/// does not hold (nothing done then); `Some(full)` when the text was
/// buffered, `full` saying the pending bytes should go to the buffer.
fn write_fast(t: &TextIO, s: &str) -> Option<bool> {
    if t.detached.get() {
        return None;
    }
    let mut st = t.st.try_borrow_mut().ok()?;
    let st = st.as_deref_mut()?;
    let plain = st.writable
        && st.enc == Enc::Utf8
        && st.nl.writenl.is_none()
        && !st.line_buffering
        && !st.write_through
        && st.std.is_none()
        && st.decoded.is_empty()
        && st.pending.is_empty()
        && !st.pending_cr;
    if !plain {
        return None;
    }
    if !buffer_known_open(st.buffer.as_ref()) {
        return None;
    }
    st.pending_out.extend_from_slice(s.as_bytes());
    Some(st.pending_out.len() >= CHUNK as usize)
}

/// `write(s)`: the number of characters written.
pub fn write_text(vm: &mut Vm, t: &TextIO, s: &str) -> PyResult<()> {
    match write_fast(t, s) {
        Some(false) => return Ok(()),
        Some(true) => {
            let buffer = buffer_of(vm, t)?;
            return push_pending(vm, t, &buffer);
        }
        None => {}
    }
    let buffer = open_buffer(vm, t)?;
    let translated;
    let (push, flush) = {
        let mut st = state(vm, t)?;
        let st = &mut *st;
        if !st.writable {
            return Err(unsupported(vm, "not writable"));
        }
        let s = match st.nl.writenl {
            Some(nl) if s.contains('\n') => {
                translated = s.replace('\n', nl);
                translated.as_str()
            }
            _ => s,
        };
        let flush = st.line_buffering && (s.contains('\n') || s.contains('\r'));
        if !st.decoded.is_empty() || !st.pending.is_empty() || st.pending_cr {
            reset_read(st);
            st.decoder.reset();
            st.decoder.bom_pending = false;
        }
        let direct = matches!(st.enc, Enc::Utf8) || (st.enc == Enc::Utf8Sig && !st.encoder.bom_pending);
        if direct {
            st.pending_out.extend_from_slice(s.as_bytes());
        } else {
            let data = st.encoder.encode(vm, s)?;
            st.pending_out.extend_from_slice(&data);
        }
        let through = st.write_through || st.std.is_some_and(|k| super::stdio::write_through(vm, k));
        (flush || through || st.pending_out.len() >= CHUNK as usize, flush)
    };
    if push {
        push_pending(vm, t, &buffer)?;
    }
    if flush {
        flush_buffer(vm, &buffer)?;
    }
    Ok(())
}

fn m_write(vm: &mut Vm, args: Args) -> PyResult {
    let [o, s] = args.exact::<2>(vm, "write")?;
    let t = this(vm, o, "write")?;
    let Some(text) = s.downcast_ref::<PyStr>() else {
        let what = if vm.is_none(s) { "None" } else { s.ty().name() };
        return Err(vm.new_type_error(format!("write() argument must be str, not {what}")));
    };
    write_text(vm, t, text.as_str())?;
    Ok(vm.new_int(text.char_len() as i64))
}

/// The text file whose built-in `write` the bound method `f` is (what
/// `f = file.write` gives), for callers that write many short strings
/// (`csv.writer`) and can call [`write_text`] instead.
pub fn native_write_target(f: &PyObjectRef) -> Option<&TextIO> {
    let b = f.downcast_ref::<kaa_vm::object::function::PyBuiltinFunction>()?;
    if !std::ptr::fn_addr_eq(b.func, m_write as NativeFn) {
        return None;
    }
    b.self_.as_ref()?.downcast_ref::<TextIO>()
}

fn flush_buffer(vm: &mut Vm, buffer: &PyObjectRef) -> PyResult<()> {
    match buffer.downcast_ref::<Buffered>() {
        Some(b) => buffered::flush(vm, b),
        None => vm.call_method(buffer, "flush", &[]).map(|_| ()),
    }
}

fn m_flush(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "flush")?;
    let t = this(vm, o, "flush")?;
    let b = open_buffer(vm, t)?;
    {
        let mut st = state(vm, t)?;
        st.telling = st.seekable;
    }
    flush_text(vm, t, &b)?;
    Ok(vm.none())
}

fn m_close(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "close")?;
    let t = this(vm, o, "close")?;
    let b = buffer_of(vm, t)?;
    if is_closed(vm, &b)? {
        return Ok(vm.none());
    }
    let flushed = flush_text(vm, t, &b);
    vm.call_method(&b, "close", &[])?;
    flushed?;
    Ok(vm.none())
}

// ----- positions -----

fn check_seekable(vm: &mut Vm, t: &TextIO) -> PyResult<PyObjectRef> {
    let b = open_buffer(vm, t)?;
    if !state(vm, t)?.seekable {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    Ok(b)
}

/// `tell()`: the byte offset of the next character to read.
pub fn tell_text(vm: &mut Vm, t: &TextIO) -> PyResult<i64> {
    let b = check_seekable(vm, t)?;
    if !state(vm, t)?.telling {
        return Err(vm.new_exception_msg(&vm.exc.os_error.clone(), "telling position disabled by next() call"));
    }
    flush_text(vm, t, &b)?;
    let pos = match b.downcast_ref::<Buffered>() {
        Some(bb) => buffered::tell(vm, bb)?,
        None => {
            let p = vm.call_method(&b, "tell", &[])?;
            int_arg(vm, &p)?
        }
    };
    let st = state(vm, t)?;
    let rest = &st.decoded[st.dpos..];
    let unit = st.enc.unit();
    let crlf = st.crlf.iter().filter(|&&p| p >= st.dpos).count();
    let unread = st.enc.encoded_len(rest) + crlf * unit + st.pending.len() + if st.pending_cr { unit } else { 0 };
    Ok((pos - unread as i64).max(0))
}

fn m_tell(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "tell")?;
    let t = this(vm, o, "tell")?;
    let p = tell_text(vm, t)?;
    Ok(vm.new_int(p))
}

fn buffer_seek(vm: &mut Vm, b: &PyObjectRef, pos: i64, whence: i64) -> PyResult<i64> {
    match b.downcast_ref::<Buffered>() {
        Some(bb) => buffered::seek(vm, bb, pos, whence),
        None => {
            let (p, w) = (vm.new_int(pos), vm.new_int(whence));
            let r = vm.call_method(b, "seek", &[p, w])?;
            int_arg(vm, &r)
        }
    }
}

/// `seek(cookie, whence=0)`.
fn m_seek(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "seek", 2, 3)?;
    let t = this(vm, &pos[0], "seek")?;
    let mut cookie = int_arg(vm, &pos[1])?;
    let whence = match pos.get(2) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    let b = check_seekable(vm, t)?;
    match whence {
        0 => {}
        1 => {
            if cookie != 0 {
                return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
            }
            cookie = tell_text(vm, t)?;
        }
        2 => {
            if cookie != 0 {
                return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
            }
            flush_text(vm, t, &b)?;
            let p = buffer_seek(vm, &b, 0, 2)?;
            let mut st = state(vm, t)?;
            reset_read(&mut st);
            st.decoder.reset();
            st.decoder.bom_pending = false;
            st.encoder.bom_pending = p == 0 && st.enc.has_bom();
            return Ok(vm.new_int(p));
        }
        w => return Err(vm.new_value_error(format!("invalid whence ({w}, should be 0, 1 or 2)"))),
    }
    if cookie < 0 {
        return Err(vm.new_value_error(format!("negative seek position {cookie}")));
    }
    flush_text(vm, t, &b)?;
    buffer_seek(vm, &b, cookie, 0)?;
    let mut st = state(vm, t)?;
    reset_read(&mut st);
    st.decoder.reset();
    if cookie != 0 {
        st.decoder.bom_pending = false;
    }
    st.encoder.bom_pending = cookie == 0 && st.enc.has_bom();
    Ok(vm.new_int(cookie))
}

fn m_truncate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "truncate", 1, 2)?;
    let t = this(vm, &pos[0], "truncate")?;
    let b = open_buffer(vm, t)?;
    flush_text(vm, t, &b)?;
    let p = match pos.get(1).filter(|p| !vm.is_none(p)) {
        Some(p) => p.clone(),
        None => {
            let p = tell_text(vm, t)?;
            vm.new_int(p)
        }
    };
    vm.call_method(&b, "truncate", &[p])
}

fn m_detach(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "detach")?;
    let t = this(vm, o, "detach")?;
    let b = buffer_of(vm, t)?;
    flush_text(vm, t, &b)?;
    state(vm, t)?.buffer = None;
    t.detached.set(true);
    Ok(b)
}

/// `reconfigure(*, encoding=None, errors=None, newline=..., line_buffering=None, write_through=None)`.
fn m_reconfigure(vm: &mut Vm, args: Args) -> PyResult {
    let o = self_arg(vm, &args, "reconfigure")?.clone();
    let t = this(vm, &o, "reconfigure")?;
    let r = rest(&args);
    let [encoding, errors, newline, line_buffering, write_through] = r.bind(
        vm,
        "reconfigure",
        ["encoding", "errors", "newline", "line_buffering", "write_through"],
        0,
        0,
    )?;
    let encoding = opt_str(vm, &encoding, "encoding")?;
    let errors = opt_str(vm, &errors, "errors")?;
    let nl = match &newline {
        None => None,
        Some(n) if vm.is_none(n) => Some(Newlines::from_arg(vm, None)?),
        Some(n) => match n.downcast_ref::<PyStr>() {
            Some(s) => {
                let s = s.as_str().to_string();
                Some(Newlines::from_arg(vm, Some(&s))?)
            }
            None => {
                return Err(vm.new_type_error(format!(
                    "reconfigure() argument 'newline' must be str or None, not {}",
                    n.ty().name()
                )))
            }
        },
    };
    let lb = match &line_buffering {
        Some(v) if !vm.is_none(v) => Some(vm.is_true(v)?),
        _ => None,
    };
    let wt = match &write_through {
        Some(v) if !vm.is_none(v) => Some(vm.is_true(v)?),
        _ => None,
    };
    let b = open_buffer(vm, t)?;
    flush_text(vm, t, &b)?;
    let enc = match &encoding {
        Some(e) => match codecs::lookup(e) {
            Some(c) => Some(c),
            None => return Err(vm.new_exception_msg(&vm.exc.lookup_error.clone(), format!("unknown encoding: {e}"))),
        },
        None => None,
    };
    let mut st = state(vm, t)?;
    if let (Some(name), Some(c)) = (encoding, enc) {
        st.encoding = name;
        st.enc = c;
        st.errors = errors.clone().unwrap_or_else(|| "strict".to_string());
    } else if let Some(e) = &errors {
        st.errors = e.clone();
    }
    let (c, e) = (st.enc, st.errors.clone());
    st.decoder.enc = c;
    st.decoder.errors = e.clone();
    let bom = st.encoder.bom_pending && c.has_bom();
    st.encoder = Encoder::new(c, &e);
    st.encoder.bom_pending = bom;
    if let Some(nl) = nl {
        st.nl = nl;
    }
    if let Some(lb) = lb {
        st.line_buffering = lb;
    }
    if let Some(wt) = wt {
        st.write_through = wt;
    }
    Ok(vm.none())
}

// ----- attributes -----

fn forward(vm: &mut Vm, args: Args, name: &'static str) -> PyResult {
    let [o] = args.exact::<1>(vm, name)?;
    let t = this(vm, o, name)?;
    let b = buffer_of(vm, t)?;
    vm.call_method(&b, name, &[])
}

fn m_fileno(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "fileno")
}
fn m_isatty(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "isatty")
}
fn m_readable(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "readable")
}
fn m_writable(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "writable")
}
fn m_seekable(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "seekable")
}

fn m_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__repr__")?;
    let t = this(vm, o, "__repr__")?;
    let mut out = String::from("<_io.TextIOWrapper");
    if !t.detached.get() {
        if let Ok(n) = vm.get_attr_str(o, "name") {
            out.push_str(&format!(" name={}", vm.repr_string(&n)?));
        }
    }
    if let Some(m) = dict_attr(vm, o, "mode") {
        out.push_str(&format!(" mode={}", vm.repr_string(&m)?));
    }
    let enc =
        t.st.try_borrow()
            .ok()
            .and_then(|s| s.as_ref().map(|s| s.encoding.clone()));
    if let Some(e) = enc {
        out.push_str(&format!(" encoding={}", kaa_vm::object::str::repr_text(&e)));
    }
    out.push('>');
    Ok(vm.new_str(out))
}

fn get_buffer(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let t = this(vm, o, "buffer")?;
    buffer_of(vm, t)
}

fn get_closed(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let t = this(vm, o, "closed")?;
    let b = buffer_of(vm, t)?;
    let c = is_closed(vm, &b)?;
    Ok(vm.new_bool(c))
}

fn get_name(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let t = this(vm, o, "name")?;
    let b = buffer_of(vm, t)?;
    vm.get_attr_str(&b, "name")
}

fn get_encoding(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let t = this(vm, o, "encoding")?;
    let e = state_any(vm, t)?.encoding.clone();
    Ok(vm.new_str(e))
}

fn get_errors(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let t = this(vm, o, "errors")?;
    let e = state_any(vm, t)?.errors.clone();
    Ok(vm.new_str(e))
}

fn get_newlines(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let t = this(vm, o, "newlines")?;
    let (universal, seen) = {
        let st = state(vm, t)?;
        (st.nl.universal, st.seen)
    };
    if !universal {
        return Ok(vm.none());
    }
    Ok(seen_newlines(vm, seen))
}

fn get_line_buffering(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let t = this(vm, o, "line_buffering")?;
    let v = state_any(vm, t)?.line_buffering;
    Ok(vm.new_bool(v))
}

fn get_write_through(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let t = this(vm, o, "write_through")?;
    let v = state_any(vm, t)?.write_through;
    Ok(vm.new_bool(v))
}

pub fn init_type(vm: &mut Vm) -> PyObjectRef {
    let cls = make_type::<TextIO>(vm, "TextIOWrapper", true);
    vm.add_static(&cls, "__new__", text_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", text_init),
        ("read", m_read),
        ("readline", m_readline),
        ("readlines", m_readlines),
        ("__next__", m_next),
        ("__iter__", super::generic_iter),
        ("write", m_write),
        ("writelines", super::generic_writelines),
        ("flush", m_flush),
        ("close", m_close),
        ("tell", m_tell),
        ("seek", m_seek),
        ("truncate", m_truncate),
        ("detach", m_detach),
        ("reconfigure", m_reconfigure),
        ("fileno", m_fileno),
        ("isatty", m_isatty),
        ("readable", m_readable),
        ("writable", m_writable),
        ("seekable", m_seekable),
        ("__enter__", super::generic_enter),
        ("__exit__", super::generic_exit),
        ("__repr__", m_repr),
    ];
    add_methods(vm, &cls, methods);
    vm.add_getset(&cls, "buffer", get_buffer, None);
    vm.add_getset(&cls, "closed", get_closed, None);
    vm.add_getset(&cls, "name", get_name, None);
    vm.add_getset(&cls, "encoding", get_encoding, None);
    vm.add_getset(&cls, "errors", get_errors, None);
    vm.add_getset(&cls, "newlines", get_newlines, None);
    vm.add_getset(&cls, "line_buffering", get_line_buffering, None);
    vm.add_getset(&cls, "write_through", get_write_through, None);
    cls
}
