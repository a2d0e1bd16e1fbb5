//! `_io.BufferedReader`, `_io.BufferedWriter`, `_io.BufferedRandom`: a byte
//! buffer over a raw stream. Over a `FileIO` they call the system directly
//! ([`super::fileio::fd_of`]); over any other raw stream, its `read`,
//! `write`, `seek` methods. Pending writes are flushed by `flush`, `close`,
//! a read or seek, and when the object is freed.

use std::cell::RefCell;

use kaa_vm::object::bytes::PyBytes;
use kaa_vm::object::core::Visit;
use kaa_vm::object::PyObjectRef;
use kaa_vm::object::PyPayload;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

use super::fileio::{fd_of, sys_read_all, sys_read_append, sys_seek, sys_write_all};
use super::stdio;
use super::{add_methods, int_arg, make_type, os_error, rest, self_arg, size_arg, unsupported};

/// Which of the three classes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Reader,
    Writer,
    Random,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Reader => "BufferedReader",
            Kind::Writer => "BufferedWriter",
            Kind::Random => "BufferedRandom",
        }
    }
    fn key(self) -> &'static str {
        match self {
            Kind::Reader => "_io.BufferedReader",
            Kind::Writer => "_io.BufferedWriter",
            Kind::Random => "_io.BufferedRandom",
        }
    }
    fn reads(self) -> bool {
        self != Kind::Writer
    }
    fn writes(self) -> bool {
        self != Kind::Reader
    }
}

pub struct BufState {
    /// `None` before `__init__` and after `detach`.
    raw: Option<PyObjectRef>,
    detached: bool,
    size: usize,
    /// Bytes read ahead; `rbuf[rpos..]` not yet returned.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Bytes written, not yet passed to the raw stream.
    wbuf: Vec<u8>,
}

/// The payload of the three buffered classes.
pub struct Buffered {
    pub kind: Kind,
    st: RefCell<BufState>,
}

impl PyPayload for Buffered {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.st, |st, visit| visit.visit_opt(&st.raw));
    }

    fn clear(&self) {
        if let Ok(mut st) = self.st.try_borrow_mut() {
            flush_on_drop(&mut st);
            let raw = st.raw.take();
            drop(st);
            drop(raw);
        }
    }
}

/// Write what is pending straight to the file, without Python code (when
/// the object is freed).
fn flush_on_drop(st: &mut BufState) {
    if st.wbuf.is_empty() {
        return;
    }
    if let Some(fd) = st.raw.as_ref().and_then(fd_of) {
        let _ = sys_write_all(fd, &st.wbuf);
    }
    st.wbuf.clear();
}

impl Drop for Buffered {
    fn drop(&mut self) {
        flush_on_drop(self.st.get_mut());
    }
}

impl Buffered {
    fn new(kind: Kind) -> Buffered {
        Buffered {
            kind,
            st: RefCell::new(BufState {
                raw: None,
                detached: false,
                size: super::DEFAULT_BUFFER_SIZE,
                rbuf: Vec::new(),
                rpos: 0,
                wbuf: Vec::new(),
            }),
        }
    }
}

// ----- raw stream operations -----

fn raw_read(vm: &mut Vm, raw: &PyObjectRef, n: usize) -> PyResult<Option<Vec<u8>>> {
    if stdio::std_of(raw).is_some() {
        return stdio::source_read(vm, n).map(Some);
    }
    if let Some(fd) = fd_of(raw) {
        vm.check_alloc(n as u128)?;
        let mut buf = Vec::new();
        return match sys_read_append(fd, &mut buf, n) {
            Ok(_) => Ok(Some(buf)),
            Err(None) => Err(vm.new_memory_error()),
            Err(Some(e)) if e == libc::EAGAIN => Ok(None),
            Err(Some(e)) => Err(os_error(vm, e, None)),
        };
    }
    let size = vm.new_int(n as i64);
    let r = vm.call_method(raw, "read", &[size])?;
    if vm.is_none(&r) {
        return Ok(None);
    }
    match r.downcast_ref::<PyBytes>() {
        Some(b) => Ok(Some(b.value.to_vec())),
        None => super::bytes_like(vm, &r).map(Some),
    }
}

fn raw_read_all(vm: &mut Vm, raw: &PyObjectRef) -> PyResult<Option<Vec<u8>>> {
    if stdio::std_of(raw).is_some() {
        return stdio::source_read_all(vm).map(Some);
    }
    if let Some(fd) = fd_of(raw) {
        return sys_read_all(fd).map_err(|e| os_error(vm, e, None));
    }
    let r = vm.call_method(raw, "readall", &[])?;
    if vm.is_none(&r) {
        return Ok(None);
    }
    super::bytes_like(vm, &r).map(Some)
}

fn raw_write_all(vm: &mut Vm, raw: &PyObjectRef, data: &[u8]) -> PyResult<()> {
    if let Some(kind) = stdio::std_of(raw) {
        return stdio::sink_write(vm, kind, data);
    }
    if let Some(fd) = fd_of(raw) {
        return sys_write_all(fd, data).map_err(|e| os_error(vm, e, None));
    }
    let mut rest = data;
    while !rest.is_empty() {
        let b = vm.new_bytes(rest.to_vec());
        let n = vm.call_method(raw, "write", &[b])?;
        let n = if vm.is_none(&n) { 0 } else { int_arg(vm, &n)? };
        if n <= 0 || n as usize > rest.len() {
            if n as usize > rest.len() {
                return Err(vm.new_exception_msg(
                    &vm.exc.os_error.clone(),
                    format!(
                        "raw write() returned invalid length {n} (should have been between 0 and {})",
                        rest.len()
                    ),
                ));
            }
            break;
        }
        rest = &rest[n as usize..];
    }
    Ok(())
}

fn raw_seek(vm: &mut Vm, raw: &PyObjectRef, pos: i64, whence: i64) -> PyResult<i64> {
    if let Some(fd) = fd_of(raw) {
        return sys_seek(fd, pos, whence as i32).map_err(|e| os_error(vm, e, None));
    }
    let (p, w) = (vm.new_int(pos), vm.new_int(whence));
    let r = vm.call_method(raw, "seek", &[p, w])?;
    int_arg(vm, &r)
}

fn raw_closed(vm: &mut Vm, raw: &PyObjectRef) -> PyResult<bool> {
    if fd_of(raw).is_some() || stdio::std_of(raw).is_some() {
        return Ok(false);
    }
    let c = vm.get_attr_str(raw, "closed")?;
    vm.is_true(&c)
}

// ----- the buffer -----

/// The payload of a buffered method's `self`.
pub fn this<'a>(vm: &mut Vm, o: &'a PyObjectRef, name: &str) -> PyResult<&'a Buffered> {
    match o.downcast_ref::<Buffered>() {
        Some(b) => Ok(b),
        None => Err(vm.new_type_error(format!(
            "descriptor '{name}' for '_io.BufferedReader' objects doesn't apply to a '{}' object",
            o.ty().name()
        ))),
    }
}

/// The raw stream ("raw stream has been detached").
fn raw_of(vm: &Vm, b: &Buffered) -> PyResult<PyObjectRef> {
    let st = b.st.borrow();
    match &st.raw {
        Some(r) => Ok(r.clone()),
        None if st.detached => Err(vm.new_value_error("raw stream has been detached")),
        None => Err(vm.new_value_error("I/O operation on uninitialized object")),
    }
}

/// The raw stream of an open buffer.
fn open_raw(vm: &mut Vm, b: &Buffered) -> PyResult<PyObjectRef> {
    open_raw_msg(vm, b, "I/O operation on closed file.")
}

/// The raw stream of an open buffer, or `ValueError(msg)`.
fn open_raw_msg(vm: &mut Vm, b: &Buffered, msg: &str) -> PyResult<PyObjectRef> {
    let raw = raw_of(vm, b)?;
    if raw_closed(vm, &raw)? {
        return Err(vm.new_value_error(msg));
    }
    Ok(raw)
}

/// Whether the buffer's raw stream is closed, when that needs no Python
/// code (`None`: ask it).
pub fn closed_fast(b: &Buffered) -> Option<bool> {
    let st = b.st.borrow();
    let raw = st.raw.as_ref()?;
    let f = raw.downcast_ref::<super::fileio::FileIO>()?;
    let closed = f.st.borrow().fd < 0;
    Some(closed)
}

/// Pass the pending writes to the raw stream.
/// When the raw stream fails, the bytes stay buffered (as in CPython: a
/// `flush()` that raised `BrokenPipeError` fails again at exit).
fn flush_writes(vm: &mut Vm, b: &Buffered, raw: &PyObjectRef) -> PyResult<()> {
    let data = std::mem::take(&mut b.st.borrow_mut().wbuf);
    if data.is_empty() {
        return Ok(());
    }
    let r = raw_write_all(vm, raw, &data);
    if r.is_err() {
        let mut st = b.st.borrow_mut();
        let later = std::mem::replace(&mut st.wbuf, data);
        st.wbuf.extend_from_slice(&later);
    }
    r
}

/// Before a write or a seek: give back the bytes read ahead (the raw stream
/// is moved back to the logical position).
fn drop_read_ahead(vm: &mut Vm, b: &Buffered, raw: &PyObjectRef) -> PyResult<()> {
    let unread = {
        let mut st = b.st.borrow_mut();
        let u = st.rbuf.len() - st.rpos;
        st.rbuf.clear();
        st.rpos = 0;
        u
    };
    if unread > 0 {
        raw_seek(vm, raw, -(unread as i64), 1)?;
    }
    Ok(())
}

/// Read up to `want` more bytes (at least a buffer's worth) into the read
/// buffer: how many came (0 at end of file), `None` if none are available yet.
fn fill(vm: &mut Vm, b: &Buffered, raw: &PyObjectRef, want: usize) -> PyResult<Option<usize>> {
    let n = {
        let mut st = b.st.borrow_mut();
        if st.rpos > 0 {
            let rpos = st.rpos;
            st.rbuf.drain(..rpos);
            st.rpos = 0;
        }
        want.max(st.size.min(1 << 24))
    };
    if let Some(fd) = fd_of(raw) {
        // Straight into the buffer.
        vm.check_alloc(n as u128)?;
        let mut st = b.st.borrow_mut();
        let r = sys_read_append(fd, &mut st.rbuf, n);
        drop(st);
        return match r {
            Ok(k) => Ok(Some(k)),
            Err(None) => Err(vm.new_memory_error()),
            Err(Some(e)) if e == libc::EAGAIN => Ok(None),
            Err(Some(e)) => Err(os_error(vm, e, None)),
        };
    }
    match raw_read(vm, raw, n)? {
        None => Ok(None),
        Some(data) => {
            let k = data.len();
            b.st.borrow_mut().rbuf.extend_from_slice(&data);
            Ok(Some(k))
        }
    }
}

fn avail(b: &Buffered) -> usize {
    let st = b.st.borrow();
    st.rbuf.len() - st.rpos
}

fn take(b: &Buffered, n: usize) -> Vec<u8> {
    let mut st = b.st.borrow_mut();
    let end = st.rpos.saturating_add(n).min(st.rbuf.len());
    let out = st.rbuf[st.rpos..end].to_vec();
    st.rpos = end;
    if st.rpos == st.rbuf.len() {
        st.rbuf.clear();
        st.rpos = 0;
    }
    out
}

fn check_reads(vm: &mut Vm, b: &Buffered, what: &str) -> PyResult<PyObjectRef> {
    if !b.kind.reads() {
        raw_of(vm, b)?;
        return Err(unsupported(vm, what));
    }
    let raw = raw_of(vm, b)?;
    if raw_closed(vm, &raw)? {
        return Err(vm.new_value_error(format!("{what} of closed file")));
    }
    if b.kind == Kind::Random {
        flush_writes(vm, b, &raw)?;
    }
    Ok(raw)
}

/// `read(n)` for the text layer and `read`: `None` when nothing is available
/// on a non-blocking stream.
pub fn read_bytes(vm: &mut Vm, b: &Buffered, n: i64) -> PyResult<Option<Vec<u8>>> {
    let raw = check_reads(vm, b, "read")?;
    if n < 0 {
        let mut out = take(b, usize::MAX);
        match raw_read_all(vm, &raw)? {
            Some(rest) if out.is_empty() => out = rest,
            Some(rest) => out.extend_from_slice(&rest),
            None if out.is_empty() => return Ok(None),
            None => {}
        }
        return Ok(Some(out));
    }
    let n = n as usize;
    while avail(b) < n {
        let need = n - avail(b);
        match fill(vm, b, &raw, need)? {
            Some(0) => break,
            Some(_) => {}
            None if avail(b) == 0 => return Ok(None),
            None => break,
        }
    }
    Ok(Some(take(b, n)))
}

/// `read1(n)`: what is buffered, or one raw read.
pub fn read1_bytes(vm: &mut Vm, b: &Buffered, n: i64) -> PyResult<Vec<u8>> {
    let raw = check_reads(vm, b, "read")?;
    let size = b.st.borrow().size;
    let n = if n < 0 { size } else { n as usize };
    if n == 0 {
        return Ok(Vec::new());
    }
    if avail(b) == 0 {
        fill(vm, b, &raw, n)?;
    }
    Ok(take(b, n))
}

/// A whole line already in the read buffer of an open reader (what
/// iterating over a binary file mostly does), without the checks of
/// [`check_reads`], which cannot fail then.
fn buffered_line(b: &Buffered) -> Option<Vec<u8>> {
    if b.kind != Kind::Reader {
        return None;
    }
    // One borrow for the checks and the cut (this runs once a line).
    let mut st = b.st.try_borrow_mut().ok()?;
    let f = st.raw.as_ref()?.downcast_ref::<super::fileio::FileIO>()?;
    if f.st.try_borrow().ok()?.fd < 0 {
        return None;
    }
    let start = st.rpos;
    let end = start + super::textio::memchr(b'\n', &st.rbuf[start..])? + 1;
    let out = st.rbuf[start..end].to_vec();
    if end == st.rbuf.len() {
        st.rbuf.clear();
        st.rpos = 0;
    } else {
        st.rpos = end;
    }
    Some(out)
}

/// `readline(limit)`.
pub fn readline_bytes(vm: &mut Vm, b: &Buffered, limit: i64) -> PyResult<Vec<u8>> {
    if limit < 0 {
        if let Some(line) = buffered_line(b) {
            return Ok(line);
        }
    }
    let raw = check_reads(vm, b, "readline")?;
    let mut scanned = 0;
    loop {
        {
            let st = b.st.borrow();
            let data = &st.rbuf[st.rpos..];
            let hit = data[scanned..]
                .iter()
                .position(|&c| c == b'\n')
                .map(|i| scanned + i + 1);
            let cut = match (hit, limit) {
                (Some(i), l) if l < 0 || (i as i64) <= l => Some(i),
                (_, l) if l >= 0 && data.len() as i64 >= l => Some(l as usize),
                _ => None,
            };
            if let Some(cut) = cut {
                drop(st);
                return Ok(take(b, cut));
            }
            scanned = data.len();
        }
        match fill(vm, b, &raw, 0)? {
            Some(0) | None => return Ok(take(b, usize::MAX)),
            Some(_) => {}
        }
    }
}

/// `write(data)`: buffer it; the raw stream gets it when the buffer is full.
pub fn write_bytes(vm: &mut Vm, b: &Buffered, data: &[u8]) -> PyResult<usize> {
    if !b.kind.writes() {
        raw_of(vm, b)?;
        return Err(unsupported(vm, "write"));
    }
    let raw = open_raw_msg(vm, b, "write to closed file")?;
    if b.kind == Kind::Random && !b.st.borrow().rbuf.is_empty() {
        drop_read_ahead(vm, b, &raw)?;
    }
    let (direct, full) = {
        let mut st = b.st.borrow_mut();
        if st.wbuf.is_empty() && data.len() >= st.size {
            (true, true)
        } else {
            st.wbuf.extend_from_slice(data);
            (false, st.wbuf.len() >= st.size)
        }
    };
    // At least a buffer's worth with nothing buffered goes straight to the
    // raw stream (and is not kept if that fails, as in CPython).
    if direct {
        raw_write_all(vm, &raw, data)?;
        return Ok(data.len());
    }
    // An embedder's sink gets every write at once (`stdio`).
    if full || stdio::std_of(&raw).is_some_and(|k| stdio::write_through(vm, k)) {
        flush_writes(vm, b, &raw)?;
    }
    Ok(data.len())
}

/// Add `data` to the pending writes without flushing (a text layer being
/// freed hands over what it held).
pub fn append_pending(b: &Buffered, data: &[u8]) {
    if let Ok(mut st) = b.st.try_borrow_mut() {
        if b.kind.writes() {
            st.wbuf.extend_from_slice(data);
        }
    }
}

/// `flush()`.
pub fn flush(vm: &mut Vm, b: &Buffered) -> PyResult<()> {
    let raw = open_raw(vm, b)?;
    if b.kind.writes() {
        flush_writes(vm, b, &raw)?;
    }
    Ok(())
}

/// `tell()`: the logical position.
pub fn tell(vm: &mut Vm, b: &Buffered) -> PyResult<i64> {
    let raw = open_raw_msg(vm, b, "I/O operation on closed file")?;
    let p = raw_seek(vm, &raw, 0, 1)?;
    let st = b.st.borrow();
    Ok((p - (st.rbuf.len() - st.rpos) as i64 + st.wbuf.len() as i64).max(0))
}

/// `seek(pos, whence)`.
pub fn seek(vm: &mut Vm, b: &Buffered, pos: i64, whence: i64) -> PyResult<i64> {
    if !(0..=2).contains(&whence) {
        return Err(vm.new_value_error(format!("whence value {whence} unsupported")));
    }
    let raw = open_raw_msg(vm, b, "seek of closed file")?;
    if b.kind.writes() {
        flush_writes(vm, b, &raw)?;
    }
    let mut pos = pos;
    {
        let mut st = b.st.borrow_mut();
        if whence == 1 {
            pos -= (st.rbuf.len() - st.rpos) as i64;
        }
        st.rbuf.clear();
        st.rpos = 0;
    }
    raw_seek(vm, &raw, pos, whence)
}

// ----- construction -----

/// A new buffered object over `raw` (as `open` makes it).
pub fn new_buffered(vm: &mut Vm, kind: Kind, raw: PyObjectRef, size: usize) -> PyResult<PyObjectRef> {
    let cls = super::state_type(vm, kind.key())?;
    let b = Buffered::new(kind);
    {
        let mut st = b.st.borrow_mut();
        st.raw = Some(raw);
        st.size = size;
    }
    Ok(vm.new_instance(b, &cls))
}

fn buffered_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos().first().cloned() else {
        return Err(vm.new_type_error("__new__(): not enough arguments"));
    };
    for kind in [Kind::Random, Kind::Writer, Kind::Reader] {
        let base = super::state_type(vm, kind.key())?;
        if cls.as_type().is_some() && cls.is_subtype(&base) {
            return Ok(vm.new_instance(Buffered::new(kind), &cls));
        }
    }
    Err(vm.new_type_error("__new__(X): X is not a buffered type"))
}

/// `BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE)` (and the others).
fn buffered_init(vm: &mut Vm, args: Args) -> PyResult {
    let o = self_arg(vm, &args, "__init__")?.clone();
    let b = this(vm, &o, "__init__")?;
    let name = b.kind.name();
    let [raw, size] = rest(&args).bind(vm, name, ["raw", "buffer_size"], 2, 1)?;
    let raw = raw.expect("required");
    let size = match &size {
        Some(s) => int_arg(vm, s)?,
        None => super::DEFAULT_BUFFER_SIZE as i64,
    };
    if size <= 0 {
        return Err(vm.new_value_error("buffer size must be strictly positive"));
    }
    if b.kind.reads() {
        let r = vm.call_method(&raw, "readable", &[])?;
        if !vm.is_true(&r)? {
            return Err(vm.new_exception_msg(&vm.exc.os_error.clone(), "File or stream is not readable."));
        }
    }
    if b.kind.writes() {
        let r = vm.call_method(&raw, "writable", &[])?;
        if !vm.is_true(&r)? {
            return Err(vm.new_exception_msg(&vm.exc.os_error.clone(), "File or stream is not writable."));
        }
    }
    if b.kind == Kind::Random {
        let r = vm.call_method(&raw, "seekable", &[])?;
        if !vm.is_true(&r)? {
            return Err(vm.new_exception_msg(&vm.exc.os_error.clone(), "File or stream is not seekable."));
        }
    }
    let mut st = b.st.borrow_mut();
    st.raw = Some(raw);
    st.detached = false;
    st.size = size as usize;
    st.rbuf.clear();
    st.rpos = 0;
    st.wbuf.clear();
    Ok(vm.none())
}

// ----- methods -----

fn m_read(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "read", 1, 2)?;
    let b = this(vm, &pos[0], "read")?;
    let n = size_arg(vm, pos.get(1))?;
    if n < -1 {
        return Err(vm.new_value_error("read length must be non-negative or -1"));
    }
    match read_bytes(vm, b, n)? {
        Some(data) => Ok(vm.new_bytes(data)),
        None => Ok(vm.none()),
    }
}

fn m_read1(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "read1", 1, 2)?;
    let b = this(vm, &pos[0], "read1")?;
    let n = size_arg(vm, pos.get(1))?;
    let data = read1_bytes(vm, b, n)?;
    Ok(vm.new_bytes(data))
}

fn m_peek(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "peek", 1, 2)?;
    let b = this(vm, &pos[0], "peek")?;
    let raw = check_reads(vm, b, "peek")?;
    if avail(b) == 0 {
        fill(vm, b, &raw, 0)?;
    }
    let st = b.st.borrow();
    let data = st.rbuf[st.rpos..].to_vec();
    drop(st);
    Ok(vm.new_bytes(data))
}

/// Put `data` at the start of the writable buffer `target` (`target[0:n] = data`).
pub fn assign_into(vm: &mut Vm, target: &PyObjectRef, data: Vec<u8>) -> PyResult<()> {
    let n = data.len();
    let slice_cls = vm.types.slice.clone();
    let (z, e) = (vm.new_int(0), vm.new_int(n as i64));
    let sl = vm.call_positional(&slice_cls, &[z, e])?;
    let b = vm.new_bytes(data);
    vm.set_item(target, &sl, b)
}

fn readinto_impl(vm: &mut Vm, args: Args, name: &str, one: bool) -> PyResult {
    let [o, target] = args.exact::<2>(vm, name)?;
    let b = this(vm, o, name)?;
    let n = vm.len(target)? as i64;
    let data = if one {
        read1_bytes(vm, b, n)?
    } else {
        match read_bytes(vm, b, n)? {
            Some(d) => d,
            None => return Ok(vm.none()),
        }
    };
    let k = data.len();
    assign_into(vm, target, data)?;
    Ok(vm.new_int(k as i64))
}

fn m_readinto(vm: &mut Vm, args: Args) -> PyResult {
    readinto_impl(vm, args, "readinto", false)
}

fn m_readinto1(vm: &mut Vm, args: Args) -> PyResult {
    readinto_impl(vm, args, "readinto1", true)
}

fn m_readline(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "readline", 1, 2)?;
    let b = this(vm, &pos[0], "readline")?;
    let limit = size_arg(vm, pos.get(1))?;
    let data = readline_bytes(vm, b, limit)?;
    Ok(vm.new_bytes(data))
}

/// `readlines(hint=-1)`.
fn m_readlines(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "readlines", 1, 2)?;
    let b = this(vm, &pos[0], "readlines")?;
    let hint = size_arg(vm, pos.get(1))?;
    let mut out = Vec::new();
    let mut total = 0i64;
    loop {
        let line = readline_bytes(vm, b, -1)?;
        if line.is_empty() {
            break;
        }
        total += line.len() as i64;
        out.push(vm.new_bytes(line));
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(vm.new_list(out))
}

fn m_next(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__next__")?;
    let b = this(vm, o, "__next__")?;
    match next_line(vm, b)? {
        Some(line) => Ok(line),
        None => Err(vm.new_stop_iteration(None)),
    }
}

/// `next(f)`: the next line, `None` at the end (`crate::native_next`).
pub fn next_line(vm: &mut Vm, b: &Buffered) -> PyResult<Option<PyObjectRef>> {
    let data = readline_bytes(vm, b, -1)?;
    if data.is_empty() {
        return Ok(None);
    }
    Ok(Some(vm.new_bytes(data)))
}

fn m_write(vm: &mut Vm, args: Args) -> PyResult {
    let [o, data] = args.exact::<2>(vm, "write")?;
    let b = this(vm, o, "write")?;
    if !b.kind.writes() {
        raw_of(vm, b)?;
        return Err(unsupported(vm, "write"));
    }
    let n = match data.downcast_ref::<PyBytes>() {
        Some(bytes) => write_bytes(vm, b, &bytes.value)?,
        None => {
            let data = super::bytes_like(vm, data)?;
            write_bytes(vm, b, &data)?
        }
    };
    Ok(vm.new_int(n as i64))
}

fn m_flush(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "flush")?;
    let b = this(vm, o, "flush")?;
    flush(vm, b)?;
    Ok(vm.none())
}

fn m_seek(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "seek", 2, 3)?;
    let b = this(vm, &pos[0], "seek")?;
    let p = int_arg(vm, &pos[1])?;
    let whence = match pos.get(2) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    let r = seek(vm, b, p, whence)?;
    Ok(vm.new_int(r))
}

fn m_tell(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "tell")?;
    let b = this(vm, o, "tell")?;
    let p = tell(vm, b)?;
    Ok(vm.new_int(p))
}

fn m_truncate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "truncate", 1, 2)?;
    let b = this(vm, &pos[0], "truncate")?;
    if !b.kind.writes() {
        raw_of(vm, b)?;
        return Err(unsupported(vm, "truncate"));
    }
    let raw = open_raw(vm, b)?;
    flush_writes(vm, b, &raw)?;
    let size = match pos.get(1).filter(|p| !vm.is_none(p)) {
        Some(p) => p.clone(),
        None => {
            let t = tell(vm, b)?;
            vm.new_int(t)
        }
    };
    drop_read_ahead(vm, b, &raw)?;
    vm.call_method(&raw, "truncate", &[size])
}

/// `close()`: flush, then close the raw stream (again: nothing).
fn m_close(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "close")?;
    let b = this(vm, o, "close")?;
    let raw = raw_of(vm, b)?;
    if raw_closed(vm, &raw)? {
        return Ok(vm.none());
    }
    let flushed = if b.kind.writes() {
        flush_writes(vm, b, &raw)
    } else {
        Ok(())
    };
    {
        let mut st = b.st.borrow_mut();
        st.rbuf.clear();
        st.rpos = 0;
        st.wbuf.clear();
    }
    vm.call_method(&raw, "close", &[])?;
    flushed?;
    Ok(vm.none())
}

/// `detach()`: flush and hand over the raw stream.
fn m_detach(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "detach")?;
    let b = this(vm, o, "detach")?;
    let raw = raw_of(vm, b)?;
    if b.kind.writes() {
        flush(vm, b)?;
    }
    let mut st = b.st.borrow_mut();
    st.raw = None;
    st.detached = true;
    Ok(raw)
}

/// A method forwarded to the raw stream (`fileno`, `isatty`, `seekable`).
fn forward(vm: &mut Vm, args: Args, name: &'static str) -> PyResult {
    let [o] = args.exact::<1>(vm, name)?;
    let b = this(vm, o, name)?;
    let raw = raw_of(vm, b)?;
    vm.call_method(&raw, name, &[])
}

fn m_fileno(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "fileno")
}
fn m_isatty(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "isatty")
}
fn m_seekable(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "seekable")
}

fn m_readable(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "readable")?;
    let b = this(vm, o, "readable")?;
    let raw = raw_of(vm, b)?;
    if !b.kind.reads() {
        return Ok(vm.new_bool(false));
    }
    vm.call_method(&raw, "readable", &[])
}

fn m_writable(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "writable")?;
    let b = this(vm, o, "writable")?;
    let raw = raw_of(vm, b)?;
    if !b.kind.writes() {
        return Ok(vm.new_bool(false));
    }
    vm.call_method(&raw, "writable", &[])
}

fn m_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__repr__")?;
    let b = this(vm, o, "__repr__")?;
    let cls = o.ty().name().to_string();
    let cls = if o.class().ty_payload().flags.heaptype {
        cls
    } else {
        format!("_io.{cls}")
    };
    let raw = raw_of(vm, b)?;
    match vm.get_attr_str(&raw, "name") {
        Ok(n) => {
            let r = vm.repr_string(&n)?;
            Ok(vm.new_str(format!("<{cls} name={r}>")))
        }
        Err(_) => Ok(vm.new_str(format!("<{cls}>"))),
    }
}

fn get_raw(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let b = this(vm, o, "raw")?;
    raw_of(vm, b)
}

fn get_closed(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let b = this(vm, o, "closed")?;
    let raw = raw_of(vm, b)?;
    vm.get_attr_str(&raw, "closed")
}

fn get_name(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let b = this(vm, o, "name")?;
    let raw = raw_of(vm, b)?;
    vm.get_attr_str(&raw, "name")
}

fn get_mode(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let b = this(vm, o, "mode")?;
    let raw = raw_of(vm, b)?;
    vm.get_attr_str(&raw, "mode")
}

pub fn init_type(vm: &mut Vm, kind: Kind) -> PyObjectRef {
    let cls = make_type::<Buffered>(vm, kind.name(), true);
    vm.add_static(&cls, "__new__", buffered_new);
    let mut methods: Vec<(&'static str, NativeFn)> = vec![
        ("__init__", buffered_init),
        ("flush", m_flush),
        ("seek", m_seek),
        ("tell", m_tell),
        ("close", m_close),
        ("detach", m_detach),
        ("fileno", m_fileno),
        ("isatty", m_isatty),
        ("seekable", m_seekable),
        ("readable", m_readable),
        ("writable", m_writable),
        ("truncate", m_truncate),
        ("read", m_read),
        ("write", m_write),
        ("readline", m_readline),
        ("readlines", m_readlines),
        ("writelines", super::generic_writelines),
        ("__enter__", super::generic_enter),
        ("__exit__", super::generic_exit),
        ("__iter__", super::generic_iter),
        ("__next__", m_next),
        ("__repr__", m_repr),
    ];
    if kind.reads() {
        methods.extend_from_slice(&[
            ("read1", m_read1 as NativeFn),
            ("peek", m_peek),
            ("readinto", m_readinto),
            ("readinto1", m_readinto1),
        ]);
    }
    add_methods(vm, &cls, &methods);
    vm.add_getset(&cls, "raw", get_raw, None);
    vm.add_getset(&cls, "closed", get_closed, None);
    vm.add_getset(&cls, "name", get_name, None);
    vm.add_getset(&cls, "mode", get_mode, None);
    cls
}
