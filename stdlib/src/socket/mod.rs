//! `_socket`: the socket type and the name functions behind `py/socket.py`.
//!
//! A `_socket.socket` holds a descriptor, its family, type and protocol, and
//! its timeout (CPython's model: `None` keeps the descriptor blocking, any
//! number makes it non-blocking). Every wait happens here, with the
//! interpreter lock released ([`wait_fd`]), asleep in `poll` with the
//! interpreter's wake-up descriptor in the set, so that other Python threads
//! run and an embedder's deadline or interrupt stops a script blocked in
//! `accept` or `recv` without waking up in slices; the calls themselves never block
//! (`MSG_DONTWAIT`, or a descriptor that `poll` said was ready).
//!
//! Sockets are a capability: creating one, and resolving names, need the
//! host's network grant (`PermissionError: network access not granted by
//! the host`). The system calls are in `sys.rs`, the only `unsafe` code.

pub(crate) mod sys;

use std::cell::Cell;
use std::collections::HashSet;
use std::ffi::CString;
use std::io;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kaa_vm::limits::Access;
use kaa_vm::object::buffer;
use kaa_vm::object::bytearray::PyByteArray;
use kaa_vm::object::bytes::PyBytes;
use kaa_vm::object::core::PyPayload;
use kaa_vm::object::float::PyFloat;
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

use sys::{Addr, Decoded};

/// The default timeout of new sockets, as `f64` bits (negative: `None`).
static DEFAULT_TIMEOUT: AtomicU64 = AtomicU64::new(0xBFF0_0000_0000_0000); // -1.0

fn default_timeout() -> f64 {
    f64::from_bits(DEFAULT_TIMEOUT.load(Ordering::Relaxed))
}

/// `_socket.socket`.
struct PySocket {
    fd: Cell<i32>,
    family: Cell<i32>,
    kind: Cell<i32>,
    proto: Cell<i32>,
    /// Seconds; negative for `None` (blocking).
    timeout: Cell<f64>,
}

impl PyPayload for PySocket {}

impl Default for PySocket {
    fn default() -> Self {
        PySocket {
            fd: Cell::new(-1),
            family: Cell::new(libc::AF_INET),
            kind: Cell::new(libc::SOCK_STREAM),
            proto: Cell::new(0),
            timeout: Cell::new(-1.0),
        }
    }
}

impl Drop for PySocket {
    fn drop(&mut self) {
        let fd = self.fd.replace(-1);
        if fd >= 0 {
            let _ = sys::close(fd);
        }
    }
}

// ----- errors -----

/// `OSError` (the subclass for the errno) for a failed call.
fn os_err(vm: &mut Vm, e: &io::Error) -> PyObjectRef {
    let code = e.raw_os_error().unwrap_or(libc::EIO);
    crate::posix::os_error(vm, code, None, None)
}

/// `cls(msg)`, built through the class so that `OSError`'s attributes
/// (`errno`, `strerror`: `None` here) are set.
fn exc_with_msg(vm: &mut Vm, cls: PyObjectRef, msg: &str) -> PyObjectRef {
    let args = [vm.new_str(msg)];
    match vm.call(&cls, Args::positional(&args)) {
        Ok(e) | Err(e) => e,
    }
}

fn os_err_msg(vm: &mut Vm, msg: &str) -> PyObjectRef {
    let cls = vm.exc.os_error.clone();
    exc_with_msg(vm, cls, msg)
}

fn timeout_err(vm: &mut Vm) -> PyObjectRef {
    let cls = vm.exc.timeout_error.clone();
    exc_with_msg(vm, cls, "timed out")
}

/// A class of this module (`gaierror`, `herror`) kept in the module state.
fn state(vm: &mut Vm, key: &str) -> PyResult<PyObjectRef> {
    match vm.module_state.borrow().get(key) {
        Some(c) => Ok(c.clone()),
        None => Err(vm.new_runtime_error(format!("{key} is missing"))),
    }
}

/// `socket.gaierror(code, message)`; `EAI_SYSTEM` is the errno's `OSError`.
fn gai_error(vm: &mut Vm, code: i32, errno: i32) -> PyObjectRef {
    if code == libc::EAI_SYSTEM {
        return crate::posix::os_error(vm, errno, None, None);
    }
    let cls = match state(vm, "_socket.gaierror") {
        Ok(c) => c,
        Err(e) => return e,
    };
    let args = [vm.new_int(i64::from(code)), vm.new_str(sys::gai_strerror(code))];
    match vm.call(&cls, Args::positional(&args)) {
        Ok(e) | Err(e) => e,
    }
}

fn herror(vm: &mut Vm, code: i32, msg: &str) -> PyObjectRef {
    let cls = match state(vm, "_socket.herror") {
        Ok(c) => c,
        Err(e) => return e,
    };
    let args = [vm.new_int(i64::from(code)), vm.new_str(msg)];
    match vm.call(&cls, Args::positional(&args)) {
        Ok(e) | Err(e) => e,
    }
}

/// The descriptors of private socket pairs (connected Unix stream sockets
/// made by `socketpair` without the network grant) not yet adopted by a
/// `socket(fileno=...)`: the one way a sandboxed script may adopt a socket.
fn private_fds(vm: &Vm) -> Arc<Mutex<HashSet<i32>>> {
    let mut states = vm.rust_state.borrow_mut();
    let entry = states
        .entry("socket.private_fds")
        .or_insert_with(|| Arc::new(Mutex::new(HashSet::<i32>::new())));
    match Arc::clone(entry).downcast::<Mutex<HashSet<i32>>>() {
        Ok(set) => set,
        Err(_) => Arc::new(Mutex::new(HashSet::new())),
    }
}

/// Whether `fd` is one end of a private pair (and forget it: a descriptor is
/// adopted once). It must still be a Unix stream socket: a closed end's
/// number may since have been reused.
fn take_private_fd(vm: &Vm, fd: i32) -> bool {
    let set = private_fds(vm);
    let was = set.lock().unwrap_or_else(|e| e.into_inner()).remove(&fd);
    was && sys::getsockname(fd).is_ok_and(|a| a.family() == libc::AF_UNIX)
}

/// Sockets and name lookups need the host's network grant.
fn check_network(vm: &mut Vm) -> PyResult<()> {
    let granted = vm.limits.grants.get().network;
    vm.check_grant(granted, "network access")
}

// ----- arguments -----

use crate::posix::{given, int_arg, parse};

/// Between `min` and `max` positional arguments, with the messages of
/// CPython's `PyArg_ParseTuple` (`recv() takes at least 1 argument (0 given)`).
fn nargs<'a>(vm: &mut Vm, args: &Args<'a>, fname: &str, min: usize, max: usize) -> PyResult<&'a [PyObjectRef]> {
    args.no_kwargs(vm, fname)?;
    let pos = args.pos();
    let n = pos.len();
    if (min..=max).contains(&n) {
        return Ok(pos);
    }
    let (how, count) = if min == max {
        ("exactly", min)
    } else if n < min {
        ("at least", min)
    } else {
        ("at most", max)
    };
    let s = if count == 1 { "" } else { "s" };
    Err(vm.new_type_error(format!("{fname}() takes {how} {count} argument{s} ({n} given)")))
}

/// [`nargs`] for a method of `socket`, whose keyword message names the class.
fn method_nargs<'a>(vm: &mut Vm, args: &Args<'a>, fname: &str, min: usize, max: usize) -> PyResult<&'a [PyObjectRef]> {
    args.no_kwargs(vm, &format!("socket.{fname}"))?;
    nargs(vm, args, fname, min, max)
}

/// Exactly `N` positional arguments, with `PyArg_ParseTuple`'s messages.
fn exactly<'a, const N: usize>(vm: &mut Vm, args: &Args<'a>, fname: &str) -> PyResult<&'a [PyObjectRef; N]> {
    let pos = nargs(vm, args, fname, N, N)?;
    pos.try_into()
        .map_err(|_| vm.new_type_error(format!("{fname}() takes exactly {N} arguments")))
}

fn c_int(vm: &mut Vm, o: &PyObjectRef) -> PyResult<i32> {
    int_arg(vm, o, "int", i64::from(i32::MIN), i64::from(i32::MAX)).map(|v| v as i32)
}

fn int_or(vm: &mut Vm, o: &Option<PyObjectRef>, default: i32) -> PyResult<i32> {
    match o {
        Some(o) => c_int(vm, o),
        None => Ok(default),
    }
}

/// A buffer size argument (`recv(bufsize)`): negative is `ValueError`.
fn size_arg(vm: &mut Vm, o: &PyObjectRef, what: &str) -> PyResult<usize> {
    let v = match vm.to_index_value(o)? {
        IntValue::Small(v) => v,
        IntValue::Big(b) if b.sign() == num_bigint::Sign::Minus => -1,
        IntValue::Big(_) => return Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    };
    if v < 0 {
        return Err(vm.new_value_error(format!("negative buffersize in {what}")));
    }
    Ok(v as usize)
}

/// An empty buffer with room for `n` bytes (not touched: the kernel fills
/// only what arrives), within the interpreter's memory limit.
fn alloc(vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
    vm.check_alloc(n as u128)?;
    let mut v = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        return Err(vm.new_memory_error());
    }
    Ok(v)
}

/// The bytes of a data argument: `a bytes-like object is required, not 'str'`.
fn data_arg(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    Ok(buffer::bytes_like(vm, o)?.to_vec())
}

/// A timeout in seconds (`None` → negative), with CPython's messages.
fn timeout_arg(vm: &mut Vm, o: &PyObjectRef) -> PyResult<f64> {
    if vm.is_none(o) {
        return Ok(-1.0);
    }
    let v = if let Some(f) = o.downcast_ref::<PyFloat>() {
        f.value
    } else {
        match vm.to_index_value(o)? {
            IntValue::Small(v) => v as f64,
            IntValue::Big(_) => return Err(vm.new_overflow_error("timestamp too large to convert to C _PyTime_t")),
        }
    };
    if v.is_nan() {
        return Err(vm.new_value_error("Invalid value NaN (not a number)"));
    }
    if v < 0.0 {
        return Err(vm.new_value_error("Timeout value out of range"));
    }
    if v > 9.2e9 {
        return Err(vm.new_overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    Ok(v)
}

fn timeout_obj(vm: &Vm, t: f64) -> PyObjectRef {
    if t < 0.0 {
        vm.none()
    } else {
        vm.new_float(t)
    }
}

// ----- addresses -----

/// The host part of an address: `str`, `bytes` or `bytearray`.
fn host_arg(vm: &mut Vm, o: &PyObjectRef) -> PyResult<String> {
    if let Some(s) = o.downcast_ref::<PyStr>() {
        return Ok(s.as_str().to_string());
    }
    if o.payload_is::<PyBytes>() || o.payload_is::<PyByteArray>() {
        let b = buffer::bytes_like(vm, o)?.to_vec();
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    Err(vm.new_type_error(format!("str, bytes or bytearray expected, not {}", o.ty().name())))
}

fn cstring(vm: &mut Vm, s: &str) -> PyResult<CString> {
    CString::new(s).map_err(|_| vm.new_value_error("embedded null character"))
}

/// Resolve `host` for `family` as CPython's `setipaddr` does: `''` is any
/// address, `'<broadcast>'` the broadcast one, numbers are parsed, names
/// go through `getaddrinfo`.
fn resolve(vm: &mut Vm, host: &str, family: i32) -> PyResult<Addr> {
    if host.is_empty() {
        return Ok(if family == libc::AF_INET6 {
            Addr::v6([0; 16], 0, 0, 0)
        } else {
            Addr::v4([0; 4], 0)
        });
    }
    if family == libc::AF_INET {
        if host == "<broadcast>" || host == "255.255.255.255" {
            return Ok(Addr::v4([255; 4], 0));
        }
        if let Ok(ip) = host.parse::<std::net::Ipv4Addr>() {
            return Ok(Addr::v4(ip.octets(), 0));
        }
    } else if family == libc::AF_INET6 {
        if let Ok(ip) = host.parse::<std::net::Ipv6Addr>() {
            return Ok(Addr::v6(ip.octets(), 0, 0, 0));
        }
    }
    check_network(vm)?;
    let h = cstring(vm, host)?;
    let r =
        vm.allow_threads(move || sys::getaddrinfo(Some(&h), None, family, 0, 0, 0).map(|v| v.first().map(|a| a.addr)));
    match r {
        Ok(Some(a)) => Ok(a),
        Ok(None) => Err(gai_error(vm, libc::EAI_NONAME, 0)),
        Err((code, errno)) => Err(gai_error(vm, code, errno)),
    }
}

/// A Python address for `family` as a kernel address (`bind`, `connect`,
/// `sendto`), with CPython's messages naming `fname`.
fn addr_arg(vm: &mut Vm, family: i32, o: &PyObjectRef, fname: &str) -> PyResult<Addr> {
    match family {
        libc::AF_INET | libc::AF_INET6 => {
            let name = if family == libc::AF_INET { "AF_INET" } else { "AF_INET6" };
            let Some(t) = o.downcast_ref::<PyTuple>() else {
                return Err(vm.new_type_error(format!(
                    "{fname}(): {name} address must be tuple, not {}",
                    o.ty().name()
                )));
            };
            let items = t.as_slice().to_vec();
            let ok = if family == libc::AF_INET {
                items.len() == 2
            } else {
                (2..=4).contains(&items.len())
            };
            if !ok {
                return Err(vm.new_type_error(if family == libc::AF_INET {
                    "AF_INET address must be a pair (host, port)".to_string()
                } else {
                    "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])".to_string()
                }));
            }
            let host = host_arg(vm, &items[0])?;
            let port = match vm.to_index_value(&items[1])? {
                IntValue::Small(v) => v,
                IntValue::Big(_) => -1,
            };
            if !(0..=65535).contains(&port) {
                return Err(vm.new_overflow_error(format!("{fname}(): port must be 0-65535.")));
            }
            let mut flowinfo = 0u32;
            let mut scope = 0u32;
            if let Some(f) = items.get(2) {
                let v = int_arg(vm, f, "unsigned int", 0, i64::from(u32::MAX))?;
                if v > 0xfffff {
                    return Err(vm.new_overflow_error(format!("{fname}(): flowinfo must be 0-1048575.")));
                }
                flowinfo = v as u32;
            }
            if let Some(s) = items.get(3) {
                scope = int_arg(vm, s, "unsigned int", 0, i64::from(u32::MAX))? as u32;
            }
            let a = resolve(vm, &host, family)?;
            Ok(match a.decode() {
                Decoded::V4(ip, _) => Addr::v4(ip, port as u16),
                Decoded::V6(ip, _, _, s) => Addr::v6(ip, port as u16, flowinfo, if scope != 0 { scope } else { s }),
                _ => a,
            })
        }
        libc::AF_UNIX => {
            let path = match crate::posix::fspath_opt(vm, o)? {
                Some(p) if p.downcast_ref::<PyStr>().is_some() => p
                    .downcast_ref::<PyStr>()
                    .map(|s| s.as_str().as_bytes().to_vec())
                    .unwrap_or_default(),
                Some(p) => data_arg(vm, &p)?,
                None => data_arg(vm, o)?,
            };
            if path.first() != Some(&0) && !path.is_empty() {
                use std::os::unix::ffi::OsStrExt;
                let p = std::path::Path::new(std::ffi::OsStr::from_bytes(&path)).to_path_buf();
                vm.check_path(&p, Access::Write)?;
            }
            match Addr::unix(&path) {
                Some(a) => Ok(a),
                None => Err(os_err_msg(vm, "AF_UNIX path too long")),
            }
        }
        _ => Err(os_err_msg(vm, &format!("{fname}(): bad family"))),
    }
}

fn ipv6_text(ip: [u8; 16]) -> String {
    std::net::Ipv6Addr::from(ip).to_string()
}

/// A kernel address as CPython shows it: `(host, port)`, `(host, port,
/// flowinfo, scope_id)`, a Unix path (`str`, or `bytes` for an abstract
/// name).
fn addr_obj(vm: &mut Vm, a: &Addr) -> PyObjectRef {
    match a.decode() {
        Decoded::V4(ip, port) => {
            let h = vm.new_str(std::net::Ipv4Addr::from(ip).to_string());
            let p = vm.new_int(i64::from(port));
            vm.new_tuple(vec![h, p])
        }
        Decoded::V6(ip, port, flow, scope) => {
            let items = vec![
                vm.new_str(ipv6_text(ip)),
                vm.new_int(i64::from(port)),
                vm.new_int(i64::from(flow)),
                vm.new_int(i64::from(scope)),
            ];
            vm.new_tuple(items)
        }
        Decoded::Unix(p) => {
            if p.first() == Some(&0) {
                vm.new_bytes(p)
            } else {
                vm.new_str(String::from_utf8_lossy(&p).into_owned())
            }
        }
        Decoded::Other(f) => {
            let items = vec![vm.new_int(i64::from(f)), vm.new_bytes(Vec::new())];
            vm.new_tuple(items)
        }
    }
}

// ----- waiting -----

/// Wait until `fd` has one of `events` (or an error), with the interpreter
/// lock released, asleep until then, `deadline`, the interpreter's deadline
/// or a wake-up of its waiters (`kaa_vm::wait`; the limits are checked
/// after each). `false` when `deadline` passed first.
fn wait_fd(vm: &mut Vm, fd: i32, events: i16, deadline: Option<Instant>) -> PyResult<bool> {
    loop {
        let ticket = vm.begin_fd_wait(deadline)?;
        let r = vm.allow_threads(move || {
            let mut fds = vec![sys::PollFd { fd, events, revents: 0 }];
            crate::select::poll_woken(&ticket, &mut fds)
        });
        match r {
            Ok(0) => {}
            Ok(_) => return Ok(true),
            Err(e) if e.raw_os_error() == Some(libc::EINTR) => {}
            Err(e) => return Err(os_err(vm, &e)),
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(false);
        }
    }
}

fn would_block(e: &io::Error) -> bool {
    matches!(e.raw_os_error(), Some(libc::EAGAIN) | Some(libc::EINPROGRESS))
}

impl PySocket {
    fn deadline(&self) -> Option<Instant> {
        let t = self.timeout.get();
        (t > 0.0).then(|| Instant::now() + Duration::from_secs_f64(t))
    }
}

/// Run `op` (`accept`) on the socket until it succeeds: a non-blocking
/// socket tries once, the others wait for `events` (up to their timeout:
/// `TimeoutError`) and try again while the call would block. A blocking
/// descriptor is waited for first, so that `op` never blocks.
fn sock_call<R>(
    vm: &mut Vm,
    s: &PySocket,
    events: i16,
    deadline: Option<Instant>,
    mut op: impl FnMut(i32) -> io::Result<R>,
) -> PyResult<R> {
    let fd_blocks = s.timeout.get() < 0.0;
    call_loop(vm, s, events, deadline, true, !fd_blocks, &mut op)
}

/// [`sock_call`] for a call given `flags` (`send`, `recv`...), which `op`
/// makes with `MSG_DONTWAIT` and so tries before any wait; with
/// `MSG_DONTWAIT` among the caller's flags it never waits, as on a
/// non-blocking socket.
fn sock_call_flags<R>(
    vm: &mut Vm,
    s: &PySocket,
    events: i16,
    deadline: Option<Instant>,
    flags: i32,
    op: &mut impl FnMut(i32) -> io::Result<R>,
) -> PyResult<R> {
    call_loop(vm, s, events, deadline, flags & libc::MSG_DONTWAIT == 0, true, op)
}

/// The loop behind [`sock_call`]: `may_wait` says whether the call waits at
/// all, `try_first` whether `op` runs before the first wait.
fn call_loop<R>(
    vm: &mut Vm,
    s: &PySocket,
    events: i16,
    deadline: Option<Instant>,
    may_wait: bool,
    try_first: bool,
    op: &mut impl FnMut(i32) -> io::Result<R>,
) -> PyResult<R> {
    let waits = may_wait && s.timeout.get() != 0.0;
    let mut first = true;
    loop {
        let fd = s.fd.get();
        let skip = first && try_first;
        first = false;
        if waits && fd >= 0 && !skip && !wait_fd(vm, fd, events, deadline)? {
            return Err(timeout_err(vm));
        }
        match op(fd) {
            Ok(r) => return Ok(r),
            Err(e) if e.raw_os_error() == Some(libc::EINTR) => vm.check_limits()?,
            Err(e) if waits && would_block(&e) => {}
            Err(e) => return Err(os_err(vm, &e)),
        }
    }
}

// ----- the socket type -----

fn this<'a>(vm: &mut Vm, args: &'a Args) -> PyResult<(&'a PyObjectRef, &'a PySocket)> {
    let Some(o) = args.pos().first() else {
        return Err(vm.new_type_error("descriptor needs a '_socket.socket' object"));
    };
    match o.downcast_ref::<PySocket>() {
        Some(s) => Ok((o, s)),
        None => Err(vm.new_type_error(format!(
            "descriptor requires a '_socket.socket' object but received a '{}'",
            o.ty().name()
        ))),
    }
}

/// The arguments after `self`.
fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    let items = args.items();
    Args::new(items.get(1..).unwrap_or(&[]), args.kwnames())
}

fn sock_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos().first().cloned() else {
        return Err(vm.new_type_error("socket.__new__(): not enough arguments"));
    };
    Ok(vm.new_instance(PySocket::default(), &cls))
}

/// `socket.__init__(family=-1, type=-1, proto=-1, fileno=None)`.
fn sock_init(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    let a = rest(&args);
    let [family, kind, proto, fileno] = parse(vm, &a, "socket", ["family", "type", "proto", "fileno"], 4, 0)?;
    let mut family = int_or(vm, &family, -1)?;
    let mut kind = int_or(vm, &kind, -1)?;
    let mut proto = int_or(vm, &proto, -1)?;
    // Adopting one end of a private pair (socket.py's `socketpair` wraps
    // `_socket.socketpair`'s sockets this way) needs no grant; any other
    // socket does.
    let adopts_private = match given(vm, &fileno).map(|f| vm.to_index_value(f)) {
        Some(Ok(IntValue::Small(fd))) => i32::try_from(fd).is_ok_and(|fd| take_private_fd(vm, fd)),
        _ => false,
    };
    if !adopts_private {
        check_network(vm)?;
    }
    let fd = match given(vm, &fileno) {
        Some(f) => {
            let f = f.clone();
            if f.downcast_ref::<PyFloat>().is_some() {
                return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
            }
            let fd = match vm.to_index_value(&f)? {
                IntValue::Small(v) => v,
                IntValue::Big(_) => return Err(vm.new_overflow_error("fd is too large")),
            };
            if fd < 0 {
                return Err(vm.new_value_error("negative file descriptor"));
            }
            let fd = i32::try_from(fd).map_err(|_| vm.new_overflow_error("fd is too large"))?;
            if family == -1 {
                family = match sys::getsockname(fd) {
                    Ok(a) => a.family(),
                    Err(e) => return Err(os_err(vm, &e)),
                };
            }
            if kind == -1 {
                kind = sys::getsockopt_int(fd, libc::SOL_SOCKET, libc::SO_TYPE).map_err(|e| os_err(vm, &e))?;
            }
            if proto == -1 {
                proto = sys::getsockopt_int(fd, libc::SOL_SOCKET, libc::SO_PROTOCOL).map_err(|e| os_err(vm, &e))?;
            }
            fd
        }
        None => {
            if family == -1 {
                family = libc::AF_INET;
            }
            if kind == -1 {
                kind = libc::SOCK_STREAM;
            }
            if proto == -1 {
                proto = 0;
            }
            sys::socket(family, kind, proto).map_err(|e| os_err(vm, &e))?
        }
    };
    let old = s.fd.replace(fd);
    if old >= 0 && old != fd {
        let _ = sys::close(old);
    }
    s.family.set(family);
    s.kind.set(kind & !(libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC));
    s.proto.set(proto);
    let t = if kind & libc::SOCK_NONBLOCK != 0 {
        0.0
    } else {
        default_timeout()
    };
    s.timeout.set(t);
    if t >= 0.0 {
        sys::set_nonblocking(fd, true).map_err(|e| os_err(vm, &e))?;
    }
    Ok(vm.none())
}

fn sock_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    Ok(vm.new_str(format!(
        "<socket object, fd={}, family={}, type={}, proto={}>",
        s.fd.get(),
        s.family.get(),
        s.kind.get(),
        s.proto.get()
    )))
}

fn get_family(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let v = o.downcast_ref::<PySocket>().map_or(0, |s| s.family.get());
    Ok(vm.new_int(i64::from(v)))
}

fn get_type(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let v = o.downcast_ref::<PySocket>().map_or(0, |s| s.kind.get());
    Ok(vm.new_int(i64::from(v)))
}

fn get_proto(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let v = o.downcast_ref::<PySocket>().map_or(0, |s| s.proto.get());
    Ok(vm.new_int(i64::from(v)))
}

fn get_timeout(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let v = o.downcast_ref::<PySocket>().map_or(-1.0, |s| s.timeout.get());
    Ok(timeout_obj(vm, v))
}

fn sock_fileno(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    rest(&args).exact::<0>(vm, "socket.fileno")?;
    Ok(vm.new_int(i64::from(s.fd.get())))
}

fn sock_close(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    rest(&args).exact::<0>(vm, "socket.close")?;
    let fd = s.fd.replace(-1);
    if fd >= 0 {
        if let Err(e) = sys::close(fd) {
            // A reset connection is closed all the same (as in CPython).
            if e.raw_os_error() != Some(libc::ECONNRESET) {
                return Err(os_err(vm, &e));
            }
        }
    }
    Ok(vm.none())
}

fn sock_detach(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    rest(&args).exact::<0>(vm, "socket.detach")?;
    Ok(vm.new_int(i64::from(s.fd.replace(-1))))
}

fn set_timeout_value(vm: &mut Vm, s: &PySocket, t: f64) -> PyResult<()> {
    s.timeout.set(t);
    let fd = s.fd.get();
    if fd >= 0 {
        sys::set_nonblocking(fd, t >= 0.0).map_err(|e| os_err(vm, &e))?;
    }
    Ok(())
}

fn sock_settimeout(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    let [v] = rest(&args).exact::<1>(vm, "socket.settimeout")?;
    let t = timeout_arg(vm, v)?;
    set_timeout_value(vm, s, t)?;
    Ok(vm.none())
}

fn sock_gettimeout(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    rest(&args).exact::<0>(vm, "socket.gettimeout")?;
    Ok(timeout_obj(vm, s.timeout.get()))
}

fn sock_setblocking(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    let [flag] = rest(&args).exact::<1>(vm, "socket.setblocking")?;
    let block = if flag.downcast_ref::<PyFloat>().is_some() {
        return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
    } else {
        vm.is_true(flag)?
    };
    set_timeout_value(vm, s, if block { -1.0 } else { 0.0 })?;
    Ok(vm.none())
}

fn sock_getblocking(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    rest(&args).exact::<0>(vm, "socket.getblocking")?;
    Ok(vm.new_bool(s.timeout.get() != 0.0))
}

fn sock_bind(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    let [a] = rest(&args).exact::<1>(vm, "socket.bind")?;
    let addr = addr_arg(vm, s.family.get(), a, "bind")?;
    sys::bind(s.fd.get(), &addr).map_err(|e| os_err(vm, &e))?;
    Ok(vm.none())
}

fn sock_listen(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    let a = rest(&args);
    let pos = method_nargs(vm, &a, "listen", 0, 1)?;
    let backlog = match pos.first() {
        Some(b) => c_int(vm, b)?.max(0),
        None => libc::SOMAXCONN.min(128),
    };
    sys::listen(s.fd.get(), backlog).map_err(|e| os_err(vm, &e))?;
    Ok(vm.none())
}

/// `connect`, waiting for the connection under the socket's timeout: the
/// errno (0 on success), or a Python error for time-outs and limits.
fn do_connect(vm: &mut Vm, s: &PySocket, addr: &Addr) -> PyResult<Result<i32, PyObjectRef>> {
    let fd = s.fd.get();
    let blocking = s.timeout.get() < 0.0;
    // A blocking socket connects without blocking too, so that the wait
    // below can be interrupted.
    if blocking && fd >= 0 {
        sys::set_nonblocking(fd, true).map_err(|e| os_err(vm, &e))?;
    }
    let r = connect_wait(vm, s, addr);
    if blocking && fd >= 0 {
        let _ = sys::set_nonblocking(fd, false);
    }
    r
}

/// The errno of the connection (0 when made), or the time-out error (an
/// `Ok(Err(..))`, which `connect_ex` turns into `EWOULDBLOCK`).
fn connect_wait(vm: &mut Vm, s: &PySocket, addr: &Addr) -> PyResult<Result<i32, PyObjectRef>> {
    let fd = s.fd.get();
    let deadline = s.deadline();
    loop {
        let err = match sys::connect(fd, addr) {
            Ok(()) => return Ok(Ok(0)),
            Err(e) => e.raw_os_error().unwrap_or(libc::EIO),
        };
        let in_progress = err == libc::EINPROGRESS || err == libc::EINTR;
        if s.timeout.get() == 0.0 || !(in_progress || err == libc::EAGAIN) {
            return Ok(Ok(err));
        }
        if !wait_fd(vm, fd, libc::POLLOUT, deadline)? {
            return Ok(Err(timeout_err(vm)));
        }
        if in_progress {
            let e = sys::getsockopt_int(fd, libc::SOL_SOCKET, libc::SO_ERROR).map_err(|e| os_err(vm, &e))?;
            return Ok(Ok(e));
        }
        // EAGAIN (a full Unix listener): try again.
    }
}

fn sock_connect(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    let [a] = rest(&args).exact::<1>(vm, "socket.connect")?;
    let addr = addr_arg(vm, s.family.get(), a, "connect")?;
    match do_connect(vm, s, &addr)? {
        Ok(0) => Ok(vm.none()),
        Ok(e) => Err(crate::posix::os_error(vm, e, None, None)),
        Err(timed_out) => Err(timed_out),
    }
}

fn sock_connect_ex(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    let [a] = rest(&args).exact::<1>(vm, "socket.connect_ex")?;
    let addr = addr_arg(vm, s.family.get(), a, "connect_ex")?;
    let e = do_connect(vm, s, &addr)?.unwrap_or(libc::EWOULDBLOCK);
    Ok(vm.new_int(i64::from(e)))
}

/// `_accept()` → `(fd, address)` (`socket.accept` wraps the descriptor).
fn sock_accept(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    rest(&args).exact::<0>(vm, "socket._accept")?;
    let deadline = s.deadline();
    let (fd, addr) = sock_call(vm, s, libc::POLLIN, deadline, sys::accept)?;
    let a = addr_obj(vm, &addr);
    let f = vm.new_int(i64::from(fd));
    Ok(vm.new_tuple(vec![f, a]))
}

fn sock_shutdown(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    let [how] = rest(&args).exact::<1>(vm, "socket.shutdown")?;
    let how = c_int(vm, how)?;
    sys::shutdown(s.fd.get(), how).map_err(|e| os_err(vm, &e))?;
    Ok(vm.none())
}

fn sock_getsockname(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    rest(&args).exact::<0>(vm, "socket.getsockname")?;
    let a = sys::getsockname(s.fd.get()).map_err(|e| os_err(vm, &e))?;
    Ok(addr_obj(vm, &a))
}

fn sock_getpeername(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    rest(&args).exact::<0>(vm, "socket.getpeername")?;
    let a = sys::getpeername(s.fd.get()).map_err(|e| os_err(vm, &e))?;
    Ok(addr_obj(vm, &a))
}

fn sock_setsockopt(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    let a = rest(&args);
    let pos = a.pos();
    a.no_kwargs(vm, "socket.setsockopt")?;
    if !(3..=4).contains(&pos.len()) {
        return Err(vm.new_type_error(format!("setsockopt() takes exactly 3 arguments ({} given)", pos.len())));
    }
    let level = c_int(vm, &pos[0])?;
    let opt = c_int(vm, &pos[1])?;
    let fd = s.fd.get();
    let r = if pos.len() == 4 {
        if !vm.is_none(&pos[2]) {
            return Err(vm.new_type_error("setsockopt() argument 3 must be NoneType, not int"));
        }
        let len = int_arg(vm, &pos[3], "unsigned int", 0, i64::from(u32::MAX))? as u32;
        sys::setsockopt_null(fd, level, opt, len)
    } else if pos[2].downcast_ref::<PyInt>().is_some() {
        let v = c_int(vm, &pos[2])?;
        sys::setsockopt(fd, level, opt, &v.to_ne_bytes())
    } else {
        let data = data_arg(vm, &pos[2])?;
        sys::setsockopt(fd, level, opt, &data)
    };
    r.map_err(|e| os_err(vm, &e))?;
    Ok(vm.none())
}

fn sock_getsockopt(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    let a = rest(&args);
    let pos = method_nargs(vm, &a, "getsockopt", 2, 3)?;
    let level = c_int(vm, &pos[0])?;
    let opt = c_int(vm, &pos[1])?;
    let fd = s.fd.get();
    match pos.get(2) {
        None => {
            let v = sys::getsockopt_int(fd, level, opt).map_err(|e| os_err(vm, &e))?;
            Ok(vm.new_int(i64::from(v)))
        }
        Some(b) => {
            let n = c_int(vm, b)?;
            if n == 0 {
                let v = sys::getsockopt_int(fd, level, opt).map_err(|e| os_err(vm, &e))?;
                return Ok(vm.new_int(i64::from(v)));
            }
            if !(0..=1024).contains(&n) {
                return Err(os_err_msg(vm, "getsockopt buflen out of range"));
            }
            let v = sys::getsockopt(fd, level, opt, n as usize).map_err(|e| os_err(vm, &e))?;
            Ok(vm.new_bytes(v))
        }
    }
}

/// `(bufsize, flags=0)` or `(buffer, nbytes=0, flags=0)` flags.
fn flags_of(vm: &mut Vm, o: Option<&PyObjectRef>) -> PyResult<i32> {
    match o {
        Some(f) => c_int(vm, f),
        None => Ok(0),
    }
}

fn sock_recv(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    let a = rest(&args);
    let pos = method_nargs(vm, &a, "recv", 1, 2)?;
    let n = size_arg(vm, &pos[0], "recv")?;
    let flags = flags_of(vm, pos.get(1))?;
    let mut buf = alloc(vm, n)?;
    let deadline = s.deadline();
    sock_call_flags(vm, s, libc::POLLIN, deadline, flags, &mut |fd| {
        sys::recv_spare(fd, &mut buf, flags | libc::MSG_DONTWAIT)
    })?;
    Ok(vm.new_bytes(buf))
}

fn sock_recvfrom(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    let a = rest(&args);
    let pos = method_nargs(vm, &a, "recvfrom", 1, 2)?;
    let n = size_arg(vm, &pos[0], "recvfrom")?;
    let flags = flags_of(vm, pos.get(1))?;
    let mut buf = alloc(vm, n)?;
    let deadline = s.deadline();
    let (_, addr) = sock_call_flags(vm, s, libc::POLLIN, deadline, flags, &mut |fd| {
        sys::recvfrom_spare(fd, &mut buf, flags | libc::MSG_DONTWAIT)
    })?;
    let data = vm.new_bytes(buf);
    let addr = match addr {
        Some(a) => addr_obj(vm, &a),
        None => vm.none(),
    };
    Ok(vm.new_tuple(vec![data, addr]))
}

/// The shared part of `recv_into` and `recvfrom_into`: the data and address
/// received, copied into the caller's buffer.
fn recv_into_impl(vm: &mut Vm, args: &Args, fname: &str, with_addr: bool) -> PyResult {
    let (_, s) = this(vm, args)?;
    let a = rest(args);
    let [buffer, nbytes, flags] = a.bind::<3>(vm, fname, ["buffer", "nbytes", "flags"], 3, 1)?;
    let buffer = buffer.unwrap_or_else(|| vm.none());
    let len = match buffer::writable(vm, &buffer) {
        Ok(b) => b.len(),
        Err(_) => {
            return Err(vm.new_type_error(format!(
                "{fname}() argument 1 must be read-write bytes-like object, not {}",
                buffer.ty().name()
            )))
        }
    };
    let what = if with_addr { "recvfrom_into" } else { "recv_into" };
    let mut n = match &nbytes {
        Some(o) => size_arg(vm, o, what)?,
        None => 0,
    };
    if n > len {
        return Err(vm.new_value_error(if with_addr {
            "nbytes is greater than the length of the buffer"
        } else {
            "buffer too small for requested bytes"
        }));
    }
    if n == 0 {
        n = len;
    }
    let flags = flags_of(vm, flags.as_ref())?;
    let mut tmp = alloc(vm, n)?;
    let deadline = s.deadline();
    let (got, addr) = sock_call_flags(vm, s, libc::POLLIN, deadline, flags, &mut |fd| {
        sys::recvfrom_spare(fd, &mut tmp, flags | libc::MSG_DONTWAIT)
    })?;
    {
        let mut dst = buffer::writable(vm, &buffer)?;
        let k = tmp.len().min(dst.len());
        dst[..k].copy_from_slice(&tmp[..k]);
    }
    let count = vm.new_int(got as i64);
    if !with_addr {
        return Ok(count);
    }
    let addr = match addr {
        Some(a) => addr_obj(vm, &a),
        None => vm.none(),
    };
    Ok(vm.new_tuple(vec![count, addr]))
}

fn sock_recv_into(vm: &mut Vm, args: Args) -> PyResult {
    recv_into_impl(vm, &args, "recv_into", false)
}

fn sock_recvfrom_into(vm: &mut Vm, args: Args) -> PyResult {
    recv_into_impl(vm, &args, "recvfrom_into", true)
}

const SEND_FLAGS: i32 = libc::MSG_DONTWAIT | libc::MSG_NOSIGNAL;

fn sock_send(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    let a = rest(&args);
    let pos = method_nargs(vm, &a, "send", 1, 2)?;
    let data = data_arg(vm, &pos[0])?;
    let flags = flags_of(vm, pos.get(1))?;
    let deadline = s.deadline();
    let n = sock_call_flags(vm, s, libc::POLLOUT, deadline, flags, &mut |fd| {
        sys::send(fd, &data, flags | SEND_FLAGS)
    })?;
    Ok(vm.new_int(n as i64))
}

fn sock_sendall(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    let a = rest(&args);
    let pos = method_nargs(vm, &a, "sendall", 1, 2)?;
    let data = data_arg(vm, &pos[0])?;
    let flags = flags_of(vm, pos.get(1))?;
    // The timeout bounds the whole call.
    let deadline = s.deadline();
    let mut off = 0;
    while off < data.len() {
        let part = &data[off..];
        let n = sock_call_flags(vm, s, libc::POLLOUT, deadline, flags, &mut |fd| {
            sys::send(fd, part, flags | SEND_FLAGS)
        })?;
        off += n;
        vm.check_limits()?;
    }
    Ok(vm.none())
}

fn sock_sendto(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s) = this(vm, &args)?;
    let a = rest(&args);
    a.no_kwargs(vm, "socket.sendto")?;
    let pos = a.pos();
    let (data, flags, addr) = match pos.len() {
        2 => (&pos[0], None, &pos[1]),
        3 => (&pos[0], Some(&pos[1]), &pos[2]),
        n => return Err(vm.new_type_error(format!("sendto() takes 2 or 3 arguments ({n} given)"))),
    };
    let data = data_arg(vm, data)?;
    let flags = flags_of(vm, flags)?;
    let addr = addr_arg(vm, s.family.get(), addr, "sendto")?;
    let deadline = s.deadline();
    let n = sock_call_flags(vm, s, libc::POLLOUT, deadline, flags, &mut |fd| {
        sys::sendto(fd, &data, flags | SEND_FLAGS, &addr)
    })?;
    Ok(vm.new_int(n as i64))
}

// ----- module functions -----

fn new_socket_obj(vm: &mut Vm, fd: i32, family: i32, kind: i32, proto: i32) -> PyResult {
    let cls = state(vm, "_socket.socket")?;
    let s = PySocket {
        fd: Cell::new(fd),
        family: Cell::new(family),
        kind: Cell::new(kind),
        proto: Cell::new(proto),
        timeout: Cell::new(default_timeout()),
    };
    if default_timeout() >= 0.0 {
        let _ = sys::set_nonblocking(fd, true);
    }
    Ok(vm.new_instance(s, &cls))
}

fn socketpair(vm: &mut Vm, args: Args) -> PyResult {
    let [family, kind, proto] = parse(vm, &args, "socketpair", ["family", "type", "proto"], 3, 0)?;
    let family = int_or(vm, &family, libc::AF_UNIX)?;
    let kind = int_or(vm, &kind, libc::SOCK_STREAM)?;
    let proto = int_or(vm, &proto, 0)?;
    // A connected pair of Unix stream sockets reaches nothing outside the
    // process (it cannot connect or send anywhere else), so it needs no
    // grant: asyncio's event loop wakes itself up through one.
    let private = family == libc::AF_UNIX && kind & !(libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC) == libc::SOCK_STREAM;
    if !private {
        check_network(vm)?;
    }
    let (a, b) = sys::socketpair(family, kind, proto).map_err(|e| os_err(vm, &e))?;
    if private {
        private_fds(vm).lock().unwrap_or_else(|e| e.into_inner()).extend([a, b]);
    }
    let a = new_socket_obj(vm, a, family, kind, proto)?;
    let b = new_socket_obj(vm, b, family, kind, proto)?;
    Ok(vm.new_tuple(vec![a, b]))
}

/// A host or port argument of `getaddrinfo`: `None`, `str`, `bytes`, or
/// (a port) an `int`.
fn optional_cstr(vm: &mut Vm, o: &PyObjectRef, what: &str) -> PyResult<Option<CString>> {
    if vm.is_none(o) {
        return Ok(None);
    }
    if let Some(s) = o.downcast_ref::<PyStr>() {
        let s = s.as_str().to_string();
        // Names are IDNA-encoded by CPython; plain ASCII names are as given.
        return cstring(vm, &s).map(Some);
    }
    if o.payload_is::<PyBytes>() {
        let raw = buffer::bytes_like(vm, o)?.to_vec();
        return CString::new(raw)
            .map(Some)
            .map_err(|_| vm.new_value_error("embedded null character"));
    }
    if o.downcast_ref::<PyInt>().is_some() && what == "port" {
        let v = vm.to_index_value(o)?;
        let text = match v {
            IntValue::Small(v) => v.to_string(),
            IntValue::Big(_) => return Err(vm.new_overflow_error("Python int too large to convert to C long")),
        };
        return cstring(vm, &text).map(Some);
    }
    if what == "port" {
        return Err(os_err_msg(vm, "Int or String expected"));
    }
    Err(vm.new_type_error("getaddrinfo() argument 1 must be string or None"))
}

/// `getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)`: a list of
/// `(family, type, proto, canonname, sockaddr)` with plain integers
/// (`socket.getaddrinfo` turns them into enum members).
fn getaddrinfo(vm: &mut Vm, args: Args) -> PyResult {
    let [host, port, family, kind, proto, flags] = parse(
        vm,
        &args,
        "getaddrinfo",
        ["host", "port", "family", "type", "proto", "flags"],
        6,
        2,
    )?;
    let (host, port) = (host.unwrap_or_else(|| vm.none()), port.unwrap_or_else(|| vm.none()));
    let host = optional_cstr(vm, &host, "host")?;
    let port = optional_cstr(vm, &port, "port")?;
    let family = int_or(vm, &family, 0)?;
    let kind = int_or(vm, &kind, 0)?;
    let proto = int_or(vm, &proto, 0)?;
    let flags = int_or(vm, &flags, 0)?;
    check_network(vm)?;
    let r = vm.allow_threads(move || sys::getaddrinfo(host.as_deref(), port.as_deref(), family, kind, proto, flags));
    let list = r.map_err(|(c, e)| gai_error(vm, c, e))?;
    let mut out = Vec::with_capacity(list.len());
    for ai in list {
        let canon = vm.new_str(String::from_utf8_lossy(ai.canonname.as_deref().unwrap_or(b"")).into_owned());
        let items = vec![
            vm.new_int(i64::from(ai.family)),
            vm.new_int(i64::from(ai.socktype)),
            vm.new_int(i64::from(ai.protocol)),
            canon,
            addr_obj(vm, &ai.addr),
        ];
        out.push(vm.new_tuple(items));
    }
    Ok(vm.new_list(out))
}

fn str_arg(vm: &mut Vm, o: &PyObjectRef, fname: &str) -> PyResult<String> {
    match o.downcast_ref::<PyStr>() {
        Some(s) => Ok(s.as_str().to_string()),
        None => Err(vm.new_type_error(format!("{fname}() argument 1 must be str, not {}", o.ty().name()))),
    }
}

fn gethostname(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "_socket.gethostname")?;
    check_network(vm)?;
    let h = sys::gethostname().map_err(|e| os_err(vm, &e))?;
    Ok(vm.new_str(String::from_utf8_lossy(&h).into_owned()))
}

/// A host name argument: `str`, `bytes` or `bytearray`.
fn name_arg(vm: &mut Vm, o: &PyObjectRef, fname: &str) -> PyResult<String> {
    if o.downcast_ref::<PyStr>().is_none() && !o.payload_is::<PyBytes>() && !o.payload_is::<PyByteArray>() {
        return Err(vm.new_type_error(format!(
            "{fname}() argument 1 must be str, bytes or bytearray, not {}",
            o.ty().name()
        )));
    }
    host_arg(vm, o)
}

fn gethostbyname(vm: &mut Vm, args: Args) -> PyResult {
    let [h] = exactly::<1>(vm, &args, "gethostbyname")?;
    let h = name_arg(vm, h, "gethostbyname")?;
    check_network(vm)?;
    let a = resolve(vm, &h, libc::AF_INET)?;
    match a.decode() {
        Decoded::V4(ip, _) => Ok(vm.new_str(std::net::Ipv4Addr::from(ip).to_string())),
        _ => Err(gai_error(vm, libc::EAI_NONAME, 0)),
    }
}

/// `(name, aliases, addresses)` for `gethostbyname_ex` and `gethostbyaddr`.
fn host_triple(vm: &mut Vm, name: &str, addrs: Vec<String>) -> PyObjectRef {
    let n = vm.new_str(name);
    let aliases = vm.new_list(Vec::new());
    let addrs: Vec<PyObjectRef> = addrs.into_iter().map(|a| vm.new_str(a)).collect();
    let addrs = vm.new_list(addrs);
    vm.new_tuple(vec![n, aliases, addrs])
}

fn gethostbyname_ex(vm: &mut Vm, args: Args) -> PyResult {
    let [h] = exactly::<1>(vm, &args, "gethostbyname_ex")?;
    let h = name_arg(vm, h, "gethostbyname_ex")?;
    check_network(vm)?;
    let c = cstring(vm, &h)?;
    let r = vm.allow_threads(move || {
        sys::getaddrinfo(Some(&c), None, libc::AF_INET, libc::SOCK_STREAM, 0, libc::AI_CANONNAME)
    });
    let list = r.map_err(|(c, e)| gai_error(vm, c, e))?;
    let name = list
        .first()
        .and_then(|a| a.canonname.clone())
        .map(|c| String::from_utf8_lossy(&c).into_owned())
        .unwrap_or_else(|| h.clone());
    let mut addrs = Vec::new();
    for ai in &list {
        if let Decoded::V4(ip, _) = ai.addr.decode() {
            let t = std::net::Ipv4Addr::from(ip).to_string();
            if !addrs.contains(&t) {
                addrs.push(t);
            }
        }
    }
    Ok(host_triple(vm, &name, addrs))
}

fn gethostbyaddr(vm: &mut Vm, args: Args) -> PyResult {
    let [h] = exactly::<1>(vm, &args, "gethostbyaddr")?;
    let h = name_arg(vm, h, "gethostbyaddr")?;
    check_network(vm)?;
    let a = resolve(vm, &h, libc::AF_UNSPEC)?;
    let text = match a.decode() {
        Decoded::V4(ip, _) => std::net::Ipv4Addr::from(ip).to_string(),
        Decoded::V6(ip, ..) => ipv6_text(ip),
        _ => h.clone(),
    };
    let r = vm.allow_threads(move || sys::getnameinfo(&a, libc::NI_NAMEREQD));
    match r {
        Ok((name, _)) => Ok(host_triple(vm, &String::from_utf8_lossy(&name), vec![text])),
        Err(_) => Err(herror(vm, 1, "Unknown host")),
    }
}

fn getnameinfo(vm: &mut Vm, args: Args) -> PyResult {
    let [sa, flags] = exactly::<2>(vm, &args, "getnameinfo")?;
    let Some(t) = sa.downcast_ref::<PyTuple>() else {
        return Err(vm.new_type_error("getnameinfo() argument 1 must be a tuple"));
    };
    let items = t.as_slice().to_vec();
    if !(2..=4).contains(&items.len()) {
        return Err(vm.new_type_error("getnameinfo(): illegal sockaddr argument"));
    }
    let flags = c_int(vm, flags)?;
    let host = str_arg(vm, &items[0], "getnameinfo")?;
    let family = if host.contains(':') {
        libc::AF_INET6
    } else {
        libc::AF_INET
    };
    let addr = addr_arg(vm, family, &vm.new_tuple(items.clone()), "getnameinfo")?;
    check_network(vm)?;
    let r = vm.allow_threads(move || sys::getnameinfo(&addr, flags));
    match r {
        Ok((h, s)) => {
            let h = vm.new_str(String::from_utf8_lossy(&h).into_owned());
            let s = vm.new_str(String::from_utf8_lossy(&s).into_owned());
            Ok(vm.new_tuple(vec![h, s]))
        }
        Err(code) => Err(gai_error(vm, code, 0)),
    }
}

fn opt_proto(vm: &mut Vm, o: Option<&PyObjectRef>, fname: &str) -> PyResult<Option<CString>> {
    match o {
        None => Ok(None),
        Some(p) => {
            let s = match p.downcast_ref::<PyStr>() {
                Some(s) => s.as_str().to_string(),
                None => {
                    return Err(vm.new_type_error(format!("{fname}() argument 2 must be str, not {}", p.ty().name())))
                }
            };
            cstring(vm, &s).map(Some)
        }
    }
}

fn getservbyname(vm: &mut Vm, args: Args) -> PyResult {
    let pos = nargs(vm, &args, "getservbyname", 1, 2)?;
    let name = str_arg(vm, &pos[0], "getservbyname")?;
    let name = cstring(vm, &name)?;
    let proto = opt_proto(vm, pos.get(1), "getservbyname")?;
    match sys::getservbyname(&name, proto.as_deref()) {
        Some(p) => Ok(vm.new_int(i64::from(p))),
        None => Err(os_err_msg(vm, "service/proto not found")),
    }
}

fn getservbyport(vm: &mut Vm, args: Args) -> PyResult {
    let pos = nargs(vm, &args, "getservbyport", 1, 2)?;
    let port = c_int(vm, &pos[0])?;
    if !(0..=65535).contains(&port) {
        return Err(vm.new_overflow_error("getservbyport: port must be 0-65535."));
    }
    let proto = opt_proto(vm, pos.get(1), "getservbyport")?;
    match sys::getservbyport(port as u16, proto.as_deref()) {
        Some(n) => Ok(vm.new_str(String::from_utf8_lossy(&n).into_owned())),
        None => Err(os_err_msg(vm, "port/proto not found")),
    }
}

fn getprotobyname(vm: &mut Vm, args: Args) -> PyResult {
    let [n] = exactly::<1>(vm, &args, "getprotobyname")?;
    let n = str_arg(vm, n, "getprotobyname")?;
    let c = cstring(vm, &n)?;
    match sys::getprotobyname(&c) {
        Some(p) => Ok(vm.new_int(i64::from(p))),
        None => Err(os_err_msg(vm, "protocol not found")),
    }
}

fn inet_aton(vm: &mut Vm, args: Args) -> PyResult {
    let [s] = exactly::<1>(vm, &args, "inet_aton")?;
    let s = str_arg(vm, s, "inet_aton")?;
    let bad = || "illegal IP address string passed to inet_aton";
    let Ok(c) = CString::new(s) else {
        return Err(os_err_msg(vm, bad()));
    };
    match sys::inet_aton(&c) {
        Some(b) => Ok(vm.new_bytes(b.to_vec())),
        None => Err(os_err_msg(vm, bad())),
    }
}

fn inet_ntoa(vm: &mut Vm, args: Args) -> PyResult {
    let [b] = exactly::<1>(vm, &args, "inet_ntoa")?;
    let b = data_arg(vm, b)?;
    let Ok(ip) = <[u8; 4]>::try_from(b.as_slice()) else {
        return Err(os_err_msg(vm, "packed IP wrong length for inet_ntoa"));
    };
    Ok(vm.new_str(std::net::Ipv4Addr::from(ip).to_string()))
}

fn inet_pton(vm: &mut Vm, args: Args) -> PyResult {
    let [f, s] = exactly::<2>(vm, &args, "inet_pton")?;
    let f = c_int(vm, f)?;
    let s = match s.downcast_ref::<PyStr>() {
        Some(t) => t.as_str().to_string(),
        None => return Err(vm.new_type_error(format!("inet_pton() argument 2 must be str, not {}", s.ty().name()))),
    };
    let bad = "illegal IP address string passed to inet_pton";
    match f {
        libc::AF_INET => match s.parse::<std::net::Ipv4Addr>() {
            Ok(ip) => Ok(vm.new_bytes(ip.octets().to_vec())),
            Err(_) => Err(os_err_msg(vm, bad)),
        },
        libc::AF_INET6 => match s.parse::<std::net::Ipv6Addr>() {
            Ok(ip) => Ok(vm.new_bytes(ip.octets().to_vec())),
            Err(_) => Err(os_err_msg(vm, bad)),
        },
        _ => Err(crate::posix::os_error(vm, libc::EAFNOSUPPORT, None, None)),
    }
}

fn inet_ntop(vm: &mut Vm, args: Args) -> PyResult {
    let [f, b] = exactly::<2>(vm, &args, "inet_ntop")?;
    let f = c_int(vm, f)?;
    let b = data_arg(vm, b)?;
    let bad = "invalid length of packed IP address string";
    match f {
        libc::AF_INET => match <[u8; 4]>::try_from(b.as_slice()) {
            Ok(ip) => Ok(vm.new_str(std::net::Ipv4Addr::from(ip).to_string())),
            Err(_) => Err(vm.new_value_error(bad)),
        },
        libc::AF_INET6 => match <[u8; 16]>::try_from(b.as_slice()) {
            Ok(ip) => Ok(vm.new_str(ipv6_text(ip))),
            Err(_) => Err(vm.new_value_error(bad)),
        },
        _ => Err(vm.new_value_error(format!("unknown address family {f}"))),
    }
}

/// An unsigned argument of `bits` bits for the byte-order functions, with
/// CPython's messages (which differ between the 16- and 32-bit ones).
fn uint_arg(vm: &mut Vm, o: &PyObjectRef, fname: &str, bits: u32) -> PyResult<u64> {
    if bits == 16 {
        if o.downcast_ref::<PyFloat>().is_some() {
            return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
        }
        let v = match vm.to_index_value(o)? {
            IntValue::Small(v) => v,
            IntValue::Big(_) => return Err(vm.new_overflow_error("Python int too large to convert to C long")),
        };
        if v < 0 {
            return Err(vm.new_overflow_error(format!(
                "{fname}: can't convert negative Python int to C 16-bit unsigned integer"
            )));
        }
        if v > 0xffff {
            return Err(vm.new_overflow_error(format!(
                "{fname}: Python int too large to convert to C 16-bit unsigned integer"
            )));
        }
        return Ok(v as u64);
    }
    if o.downcast_ref::<PyInt>().is_none() {
        return Err(vm.new_type_error(format!("expected int, {} found", o.ty().name())));
    }
    match vm.to_index_value(o)? {
        IntValue::Small(v) if v < 0 => Err(vm.new_overflow_error("can't convert negative value to unsigned int")),
        IntValue::Small(v) if v <= 0xffff_ffff => Ok(v as u64),
        IntValue::Small(_) => Err(vm.new_overflow_error("int larger than 32 bits")),
        IntValue::Big(b) if b.sign() == num_bigint::Sign::Minus => {
            Err(vm.new_overflow_error("can't convert negative value to unsigned int"))
        }
        IntValue::Big(_) => Err(vm.new_overflow_error("Python int too large to convert to C unsigned long")),
    }
}

fn htons(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = exactly::<1>(vm, &args, "htons")?;
    let v = uint_arg(vm, x, "htons", 16)? as u16;
    Ok(vm.new_int(i64::from(v.to_be())))
}

fn ntohs(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = exactly::<1>(vm, &args, "ntohs")?;
    let v = uint_arg(vm, x, "ntohs", 16)? as u16;
    Ok(vm.new_int(i64::from(u16::from_be(v))))
}

fn htonl(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = exactly::<1>(vm, &args, "htonl")?;
    let v = uint_arg(vm, x, "htonl", 32)? as u32;
    Ok(vm.new_int(i64::from(v.to_be())))
}

fn ntohl(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = exactly::<1>(vm, &args, "ntohl")?;
    let v = uint_arg(vm, x, "ntohl", 32)? as u32;
    Ok(vm.new_int(i64::from(u32::from_be(v))))
}

fn getdefaulttimeout(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "_socket.getdefaulttimeout")?;
    Ok(timeout_obj(vm, default_timeout()))
}

fn setdefaulttimeout(vm: &mut Vm, args: Args) -> PyResult {
    let [t] = args.exact::<1>(vm, "_socket.setdefaulttimeout")?;
    let t = timeout_arg(vm, t)?;
    DEFAULT_TIMEOUT.store(t.to_bits(), Ordering::Relaxed);
    Ok(vm.none())
}

/// `_socket.dup(fd)`: a new descriptor (`socket.dup` wraps it).
fn dup(vm: &mut Vm, args: Args) -> PyResult {
    let [fd] = exactly::<1>(vm, &args, "dup")?;
    let fd = c_int(vm, fd)?;
    check_network(vm)?;
    let n = sys::dup(fd).map_err(|e| os_err(vm, &e))?;
    Ok(vm.new_int(i64::from(n)))
}

/// `_socket.close(fd)`.
fn close(vm: &mut Vm, args: Args) -> PyResult {
    let [fd] = exactly::<1>(vm, &args, "close")?;
    let fd = c_int(vm, fd)?;
    check_network(vm)?;
    if let Err(e) = sys::close(fd) {
        if e.raw_os_error() != Some(libc::ECONNRESET) {
            return Err(os_err(vm, &e));
        }
    }
    Ok(vm.none())
}

/// `_socket._fd_open(fd)`: whether a descriptor is open (for `socket.fromfd`).
fn fd_open(vm: &mut Vm, args: Args) -> PyResult {
    let [fd] = exactly::<1>(vm, &args, "_fd_open")?;
    let fd = c_int(vm, fd)?;
    Ok(vm.new_bool(sys::fd_is_open(fd)))
}

/// The module's integer constants (Linux values).
const CONSTANTS: &[(&str, i64)] = &[
    ("AF_ALG", 38),
    ("AF_APPLETALK", 5),
    ("AF_ASH", 18),
    ("AF_ATMPVC", 8),
    ("AF_ATMSVC", 20),
    ("AF_AX25", 3),
    ("AF_BRIDGE", 7),
    ("AF_CAN", 29),
    ("AF_ECONET", 19),
    ("AF_INET", 2),
    ("AF_INET6", 10),
    ("AF_IPX", 4),
    ("AF_IRDA", 23),
    ("AF_KEY", 15),
    ("AF_LLC", 26),
    ("AF_NETBEUI", 13),
    ("AF_NETLINK", 16),
    ("AF_NETROM", 6),
    ("AF_PACKET", 17),
    ("AF_PPPOX", 24),
    ("AF_QIPCRTR", 42),
    ("AF_RDS", 21),
    ("AF_ROSE", 11),
    ("AF_ROUTE", 16),
    ("AF_SECURITY", 14),
    ("AF_SNA", 22),
    ("AF_TIPC", 30),
    ("AF_UNIX", 1),
    ("AF_UNSPEC", 0),
    ("AF_VSOCK", 40),
    ("AF_WANPIPE", 25),
    ("AF_X25", 9),
    ("AI_ADDRCONFIG", 32),
    ("AI_ALL", 16),
    ("AI_CANONNAME", 2),
    ("AI_NUMERICHOST", 4),
    ("AI_NUMERICSERV", 1024),
    ("AI_PASSIVE", 1),
    ("AI_V4MAPPED", 8),
    ("EAI_ADDRFAMILY", -9),
    ("EAI_AGAIN", -3),
    ("EAI_BADFLAGS", -1),
    ("EAI_FAIL", -4),
    ("EAI_FAMILY", -6),
    ("EAI_MEMORY", -10),
    ("EAI_NODATA", -5),
    ("EAI_NONAME", -2),
    ("EAI_OVERFLOW", -12),
    ("EAI_SERVICE", -8),
    ("EAI_SOCKTYPE", -7),
    ("EAI_SYSTEM", -11),
    ("INADDR_ALLHOSTS_GROUP", 3758096385),
    ("INADDR_ANY", 0),
    ("INADDR_BROADCAST", 4294967295),
    ("INADDR_LOOPBACK", 2130706433),
    ("INADDR_MAX_LOCAL_GROUP", 3758096639),
    ("INADDR_NONE", 4294967295),
    ("INADDR_UNSPEC_GROUP", 3758096384),
    ("IPPORT_RESERVED", 1024),
    ("IPPORT_USERRESERVED", 5000),
    ("IPPROTO_AH", 51),
    ("IPPROTO_DSTOPTS", 60),
    ("IPPROTO_EGP", 8),
    ("IPPROTO_ESP", 50),
    ("IPPROTO_FRAGMENT", 44),
    ("IPPROTO_GRE", 47),
    ("IPPROTO_HOPOPTS", 0),
    ("IPPROTO_ICMP", 1),
    ("IPPROTO_ICMPV6", 58),
    ("IPPROTO_IDP", 22),
    ("IPPROTO_IGMP", 2),
    ("IPPROTO_IP", 0),
    ("IPPROTO_IPIP", 4),
    ("IPPROTO_IPV6", 41),
    ("IPPROTO_MPTCP", 262),
    ("IPPROTO_NONE", 59),
    ("IPPROTO_PIM", 103),
    ("IPPROTO_PUP", 12),
    ("IPPROTO_RAW", 255),
    ("IPPROTO_ROUTING", 43),
    ("IPPROTO_RSVP", 46),
    ("IPPROTO_SCTP", 132),
    ("IPPROTO_TCP", 6),
    ("IPPROTO_TP", 29),
    ("IPPROTO_UDP", 17),
    ("IPPROTO_UDPLITE", 136),
    ("IPV6_CHECKSUM", 7),
    ("IPV6_DONTFRAG", 62),
    ("IPV6_DSTOPTS", 59),
    ("IPV6_HOPLIMIT", 52),
    ("IPV6_HOPOPTS", 54),
    ("IPV6_JOIN_GROUP", 20),
    ("IPV6_LEAVE_GROUP", 21),
    ("IPV6_MULTICAST_HOPS", 18),
    ("IPV6_MULTICAST_IF", 17),
    ("IPV6_MULTICAST_LOOP", 19),
    ("IPV6_NEXTHOP", 9),
    ("IPV6_PATHMTU", 61),
    ("IPV6_PKTINFO", 50),
    ("IPV6_RECVDSTOPTS", 58),
    ("IPV6_RECVHOPLIMIT", 51),
    ("IPV6_RECVHOPOPTS", 53),
    ("IPV6_RECVPATHMTU", 60),
    ("IPV6_RECVPKTINFO", 49),
    ("IPV6_RECVRTHDR", 56),
    ("IPV6_RECVTCLASS", 66),
    ("IPV6_RTHDR", 57),
    ("IPV6_RTHDRDSTOPTS", 55),
    ("IPV6_RTHDR_TYPE_0", 0),
    ("IPV6_TCLASS", 67),
    ("IPV6_UNICAST_HOPS", 16),
    ("IPV6_V6ONLY", 26),
    ("IP_ADD_MEMBERSHIP", 35),
    ("IP_BIND_ADDRESS_NO_PORT", 24),
    ("IP_DEFAULT_MULTICAST_LOOP", 1),
    ("IP_DEFAULT_MULTICAST_TTL", 1),
    ("IP_DROP_MEMBERSHIP", 36),
    ("IP_HDRINCL", 3),
    ("IP_MAX_MEMBERSHIPS", 20),
    ("IP_MULTICAST_IF", 32),
    ("IP_MULTICAST_LOOP", 34),
    ("IP_MULTICAST_TTL", 33),
    ("IP_OPTIONS", 4),
    ("IP_RECVOPTS", 6),
    ("IP_RECVRETOPTS", 7),
    ("IP_RECVTOS", 13),
    ("IP_RETOPTS", 7),
    ("IP_TOS", 1),
    ("IP_TRANSPARENT", 19),
    ("IP_TTL", 2),
    ("MSG_CMSG_CLOEXEC", 1073741824),
    ("MSG_CONFIRM", 2048),
    ("MSG_CTRUNC", 8),
    ("MSG_DONTROUTE", 4),
    ("MSG_DONTWAIT", 64),
    ("MSG_EOR", 128),
    ("MSG_ERRQUEUE", 8192),
    ("MSG_FASTOPEN", 536870912),
    ("MSG_MORE", 32768),
    ("MSG_NOSIGNAL", 16384),
    ("MSG_OOB", 1),
    ("MSG_PEEK", 2),
    ("MSG_TRUNC", 32),
    ("MSG_WAITALL", 256),
    ("NI_DGRAM", 16),
    ("NI_MAXHOST", 1025),
    ("NI_MAXSERV", 32),
    ("NI_NAMEREQD", 8),
    ("NI_NOFQDN", 4),
    ("NI_NUMERICHOST", 1),
    ("NI_NUMERICSERV", 2),
    ("PF_CAN", 29),
    ("PF_PACKET", 17),
    ("PF_RDS", 21),
    ("SCM_CREDENTIALS", 2),
    ("SCM_J1939_DEST_ADDR", 1),
    ("SCM_J1939_DEST_NAME", 2),
    ("SCM_J1939_ERRQUEUE", 4),
    ("SCM_J1939_PRIO", 3),
    ("SCM_RIGHTS", 1),
    ("SHUT_RD", 0),
    ("SHUT_RDWR", 2),
    ("SHUT_WR", 1),
    ("SOCK_CLOEXEC", 524288),
    ("SOCK_DGRAM", 2),
    ("SOCK_NONBLOCK", 2048),
    ("SOCK_RAW", 3),
    ("SOCK_RDM", 4),
    ("SOCK_SEQPACKET", 5),
    ("SOCK_STREAM", 1),
    ("SOL_ALG", 279),
    ("SOL_CAN_BASE", 100),
    ("SOL_CAN_RAW", 101),
    ("SOL_IP", 0),
    ("SOL_RDS", 276),
    ("SOL_SOCKET", 1),
    ("SOL_TCP", 6),
    ("SOL_TIPC", 271),
    ("SOL_UDP", 17),
    ("SOMAXCONN", 4096),
    ("SO_ACCEPTCONN", 30),
    ("SO_BINDTODEVICE", 25),
    ("SO_BROADCAST", 6),
    ("SO_DEBUG", 1),
    ("SO_DOMAIN", 39),
    ("SO_DONTROUTE", 5),
    ("SO_ERROR", 4),
    ("SO_INCOMING_CPU", 49),
    ("SO_J1939_ERRQUEUE", 4),
    ("SO_J1939_FILTER", 1),
    ("SO_J1939_PROMISC", 2),
    ("SO_J1939_SEND_PRIO", 3),
    ("SO_KEEPALIVE", 9),
    ("SO_LINGER", 13),
    ("SO_MARK", 36),
    ("SO_OOBINLINE", 10),
    ("SO_PASSCRED", 16),
    ("SO_PASSSEC", 34),
    ("SO_PEERCRED", 17),
    ("SO_PEERSEC", 31),
    ("SO_PRIORITY", 12),
    ("SO_PROTOCOL", 38),
    ("SO_RCVBUF", 8),
    ("SO_RCVLOWAT", 18),
    ("SO_RCVTIMEO", 20),
    ("SO_REUSEADDR", 2),
    ("SO_REUSEPORT", 15),
    ("SO_SNDBUF", 7),
    ("SO_SNDLOWAT", 19),
    ("SO_SNDTIMEO", 21),
    ("SO_TYPE", 3),
    ("SO_VM_SOCKETS_BUFFER_MAX_SIZE", 2),
    ("SO_VM_SOCKETS_BUFFER_MIN_SIZE", 1),
    ("SO_VM_SOCKETS_BUFFER_SIZE", 0),
    ("TCP_CONGESTION", 13),
    ("TCP_CORK", 3),
    ("TCP_DEFER_ACCEPT", 9),
    ("TCP_FASTOPEN", 23),
    ("TCP_INFO", 11),
    ("TCP_KEEPCNT", 6),
    ("TCP_KEEPIDLE", 4),
    ("TCP_KEEPINTVL", 5),
    ("TCP_LINGER2", 8),
    ("TCP_MAXSEG", 2),
    ("TCP_NODELAY", 1),
    ("TCP_NOTSENT_LOWAT", 25),
    ("TCP_QUICKACK", 12),
    ("TCP_SYNCNT", 7),
    ("TCP_USER_TIMEOUT", 18),
    ("TCP_WINDOW_CLAMP", 10),
    ("UDPLITE_RECV_CSCOV", 11),
    ("UDPLITE_SEND_CSCOV", 10),
];

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_socket", None)?;
    let modname = vm.new_str("_socket");
    let cls = kaa_vm::builtins::new_module_class::<PySocket>(vm, "_socket.socket", true);
    cls.ty_payload().weakrefable.set(true);
    vm.add_static(&cls, "__new__", sock_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", sock_init),
        ("__repr__", sock_repr),
        ("_accept", sock_accept),
        ("bind", sock_bind),
        ("close", sock_close),
        ("connect", sock_connect),
        ("connect_ex", sock_connect_ex),
        ("detach", sock_detach),
        ("fileno", sock_fileno),
        ("getblocking", sock_getblocking),
        ("getpeername", sock_getpeername),
        ("getsockname", sock_getsockname),
        ("getsockopt", sock_getsockopt),
        ("gettimeout", sock_gettimeout),
        ("listen", sock_listen),
        ("recv", sock_recv),
        ("recv_into", sock_recv_into),
        ("recvfrom", sock_recvfrom),
        ("recvfrom_into", sock_recvfrom_into),
        ("send", sock_send),
        ("sendall", sock_sendall),
        ("sendto", sock_sendto),
        ("setblocking", sock_setblocking),
        ("setsockopt", sock_setsockopt),
        ("settimeout", sock_settimeout),
        ("shutdown", sock_shutdown),
    ];
    for &(name, f) in methods {
        vm.add_method(&cls, name, f);
    }
    vm.add_getset(&cls, "family", get_family, None);
    vm.add_getset(&cls, "type", get_type, None);
    vm.add_getset(&cls, "proto", get_proto, None);
    vm.add_getset(&cls, "timeout", get_timeout, None);
    vm.set_type_attr(&cls, "__module__", modname.clone());
    vm.module_state
        .borrow_mut()
        .insert("_socket.socket".to_string(), cls.clone());
    vm.dict_set_str(&d, "socket", cls.clone())?;
    vm.dict_set_str(&d, "SocketType", cls)?;

    let type_ = vm.types.type_.clone();
    let socket_mod = vm.new_str("socket");
    for name in ["gaierror", "herror"] {
        let os_error = vm.exc.os_error.clone();
        let e = vm.new_class(name, vec![os_error], &type_)?;
        vm.set_type_attr(&e, "__module__", socket_mod.clone());
        vm.module_state
            .borrow_mut()
            .insert(format!("_socket.{name}"), e.clone());
        vm.dict_set_str(&d, name, e)?;
    }
    let os_error = vm.exc.os_error.clone();
    vm.dict_set_str(&d, "error", os_error)?;
    let timeout = vm.exc.timeout_error.clone();
    vm.dict_set_str(&d, "timeout", timeout)?;
    let t = vm.new_bool(true);
    vm.dict_set_str(&d, "has_ipv6", t)?;

    let functions: &[(&'static str, NativeFn)] = &[
        ("_fd_open", fd_open),
        ("close", close),
        ("dup", dup),
        ("getaddrinfo", getaddrinfo),
        ("getdefaulttimeout", getdefaulttimeout),
        ("gethostbyaddr", gethostbyaddr),
        ("gethostbyname", gethostbyname),
        ("gethostbyname_ex", gethostbyname_ex),
        ("gethostname", gethostname),
        ("getnameinfo", getnameinfo),
        ("getprotobyname", getprotobyname),
        ("getservbyname", getservbyname),
        ("getservbyport", getservbyport),
        ("htonl", htonl),
        ("htons", htons),
        ("inet_aton", inet_aton),
        ("inet_ntoa", inet_ntoa),
        ("inet_ntop", inet_ntop),
        ("inet_pton", inet_pton),
        ("ntohl", ntohl),
        ("ntohs", ntohs),
        ("setdefaulttimeout", setdefaulttimeout),
        ("socketpair", socketpair),
    ];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    for &(name, v) in CONSTANTS {
        let v = vm.new_int(v);
        vm.dict_set_str(&d, name, v)?;
    }
    Ok(m)
}
