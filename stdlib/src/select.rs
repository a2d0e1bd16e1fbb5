//! `select`: waiting for descriptors (`select`, `poll`, `epoll`), for
//! `py/selectors.py` and scripts. Every wait releases the interpreter lock,
//! so that other threads run, and also polls the interpreter's wake-up
//! descriptor (`kaa_vm::wait`), so that the interpreter's limits (an
//! embedder's deadline or interrupt, teardown) stop a waiting script
//! without it waking up in slices. `select()` is served by `poll(2)` (no
//! `FD_SETSIZE` limit); the system calls are in `socket/sys.rs`.

use std::cell::{Cell, RefCell};
use std::time::{Duration, Instant};

use kaa_vm::object::core::PyPayload;
use kaa_vm::object::float::PyFloat;
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

use crate::socket::sys::{self, PollFd};

const POLLIN_SET: i16 = libc::POLLIN | libc::POLLRDNORM | libc::POLLRDBAND | libc::POLLHUP | libc::POLLERR;
const POLLOUT_SET: i16 = libc::POLLOUT | libc::POLLWRNORM | libc::POLLWRBAND | libc::POLLERR;

fn os_err(vm: &mut Vm, e: &std::io::Error) -> PyObjectRef {
    let code = e.raw_os_error().unwrap_or(libc::EIO);
    crate::posix::os_error(vm, code, None, None)
}

/// A descriptor argument: an `int` or an object with `fileno()`.
fn fd_of(vm: &mut Vm, o: &PyObjectRef) -> PyResult<i32> {
    let v = if o.downcast_ref::<PyInt>().is_some() {
        o.clone()
    } else {
        let name = vm.intern("fileno");
        match vm.get_attr_opt(o, &name)? {
            Some(f) => {
                let r = vm.call(&f, Args::positional(&[]))?;
                if r.downcast_ref::<PyInt>().is_none() {
                    return Err(vm.new_type_error("fileno() returned a non-integer"));
                }
                r
            }
            None => return Err(vm.new_type_error("argument must be an int, or have a fileno() method.")),
        }
    };
    let n = match vm.to_index_value(&v)? {
        IntValue::Small(n) => n,
        IntValue::Big(_) => i64::MAX,
    };
    if n < 0 {
        return Err(vm.new_value_error(format!("file descriptor cannot be a negative integer ({n})")));
    }
    i32::try_from(n).map_err(|_| vm.new_overflow_error("Python int too large to convert to C int"))
}

/// Wait on `fds` until something happens or `deadline` passes (`None`:
/// forever), with the lock released and the interpreter's wake-up
/// descriptor in the set (see [`poll_woken`]). The number of ready entries.
fn wait(vm: &mut Vm, fds: &mut Vec<PollFd>, deadline: Option<Instant>) -> PyResult<usize> {
    loop {
        let ticket = vm.begin_fd_wait(deadline)?;
        let mut local = std::mem::take(fds);
        let (r, back) = vm.allow_threads(move || {
            let r = poll_woken(&ticket, &mut local);
            (r, local)
        });
        *fds = back;
        match r {
            Ok(0) => {}
            Ok(n) => return Ok(n),
            Err(e) if e.raw_os_error() == Some(libc::EINTR) => {}
            Err(e) => return Err(os_err(vm, &e)),
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(0);
        }
    }
}

/// `poll(2)` on `fds` and `ticket`'s wake-up descriptor, for as long as the
/// ticket allows (until its end: the call's timeout or the deadline). The
/// number of ready entries of `fds` (0 when woken or timed out).
pub(crate) fn poll_woken(ticket: &kaa_vm::wait::Ticket, fds: &mut Vec<PollFd>) -> std::io::Result<usize> {
    let wake = ticket.wake_fd();
    if let Some(fd) = wake {
        fds.push(PollFd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        });
    }
    let r = sys::poll(fds, ticket.poll_timeout_ms());
    let woken = match wake {
        Some(_) => fds.pop().is_some_and(|p| p.revents != 0),
        None => false,
    };
    r.map(|n| n.saturating_sub(usize::from(woken)))
}

/// A number of seconds, for `select` and `epoll.poll` (`None` or negative
/// for `epoll`: forever).
fn seconds(vm: &mut Vm, o: &PyObjectRef, msg: &str) -> PyResult<f64> {
    if let Some(f) = o.downcast_ref::<PyFloat>() {
        if f.value.is_nan() {
            return Err(vm.new_value_error("Invalid value NaN (not a number)"));
        }
        return Ok(f.value);
    }
    if o.downcast_ref::<PyInt>().is_some() {
        return Ok(match vm.to_index_value(o)? {
            IntValue::Small(v) => v as f64,
            IntValue::Big(_) => return Err(vm.new_overflow_error("timeout is too large")),
        });
    }
    Err(vm.new_type_error(msg.to_string()))
}

fn deadline_after(vm: &mut Vm, secs: f64) -> PyResult<Instant> {
    if secs > 9.2e9 {
        return Err(vm.new_overflow_error("timeout is too large"));
    }
    Ok(Instant::now() + Duration::from_secs_f64(secs.max(0.0)))
}

/// `select(rlist, wlist, xlist[, timeout])`.
fn select(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "select", 3, 4)?;
    let mut lists: Vec<Vec<(PyObjectRef, i32)>> = Vec::new();
    for l in &pos[..3] {
        let items = match vm.collect(l) {
            Ok(v) => v,
            Err(_) => return Err(vm.new_type_error("arguments 1-3 must be sequences")),
        };
        let mut out = Vec::with_capacity(items.len());
        for o in items {
            let fd = fd_of(vm, &o)?;
            out.push((o, fd));
        }
        lists.push(out);
    }
    let deadline = match pos.get(3) {
        Some(t) if !vm.is_none(t) => {
            let s = seconds(vm, t, "timeout must be a float or None")?;
            if s < 0.0 {
                return Err(vm.new_value_error("timeout must be non-negative"));
            }
            Some(deadline_after(vm, s)?)
        }
        _ => None,
    };
    let mut fds: Vec<PollFd> = Vec::new();
    let wanted = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI];
    for (list, &ev) in lists.iter().zip(&wanted) {
        for &(_, fd) in list {
            match fds.iter_mut().find(|p| p.fd == fd) {
                Some(p) => p.events |= ev,
                None => fds.push(PollFd {
                    fd,
                    events: ev,
                    revents: 0,
                }),
            }
        }
    }
    wait(vm, &mut fds, deadline)?;
    if fds.iter().any(|p| p.revents & libc::POLLNVAL != 0) {
        return Err(crate::posix::os_error(vm, libc::EBADF, None, None));
    }
    let sets = [POLLIN_SET, POLLOUT_SET, libc::POLLPRI];
    let mut result = Vec::new();
    for (list, &set) in lists.iter().zip(&sets) {
        let ready: Vec<PyObjectRef> = list
            .iter()
            .filter(|(_, fd)| fds.iter().any(|p| p.fd == *fd && p.revents & set != 0))
            .map(|(o, _)| o.clone())
            .collect();
        result.push(vm.new_list(ready));
    }
    Ok(vm.new_tuple(result))
}

// ----- poll -----

/// `select.poll`: the registered descriptors in registration order.
struct PyPoll {
    fds: RefCell<Vec<(i32, i16)>>,
}

impl PyPayload for PyPoll {}

fn this_poll<'a>(vm: &mut Vm, args: &'a Args) -> PyResult<&'a PyPoll> {
    args.pos()
        .first()
        .and_then(|o| o.downcast_ref::<PyPoll>())
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'select.poll' object"))
}

fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    let items = args.items();
    Args::new(items.get(1..).unwrap_or(&[]), args.kwnames())
}

fn event_mask(vm: &mut Vm, o: Option<&PyObjectRef>, default: i64, max: i64) -> PyResult<i64> {
    match o {
        None => Ok(default),
        Some(o) => {
            let v = crate::posix::int_arg(vm, o, "unsigned short", 0, max);
            match v {
                Ok(v) => Ok(v),
                Err(_) if max == 0xffff => Err(vm.new_overflow_error("Python int too large for C unsigned short")),
                Err(e) => Err(e),
            }
        }
    }
}

fn select_poll(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "select.poll")?;
    let cls = state(vm, "select.poll")?;
    Ok(vm.new_instance(
        PyPoll {
            fds: RefCell::new(Vec::new()),
        },
        &cls,
    ))
}

fn state(vm: &mut Vm, key: &str) -> PyResult<PyObjectRef> {
    match vm.module_state.borrow().get(key) {
        Some(c) => Ok(c.clone()),
        None => Err(vm.new_runtime_error(format!("{key} is missing"))),
    }
}

const POLL_DEFAULT: i64 = (libc::POLLIN | libc::POLLPRI | libc::POLLOUT) as i64;

fn poll_register(vm: &mut Vm, args: Args) -> PyResult {
    let p = this_poll(vm, &args)?;
    let pos = rest(&args).range(vm, "register", 1, 2)?;
    let fd = fd_of(vm, &pos[0])?;
    let ev = event_mask(vm, pos.get(1), POLL_DEFAULT, 0xffff)? as u16 as i16;
    let mut fds = p.fds.borrow_mut();
    match fds.iter_mut().find(|e| e.0 == fd) {
        Some(e) => e.1 = ev,
        None => fds.push((fd, ev)),
    }
    Ok(vm.none())
}

fn poll_modify(vm: &mut Vm, args: Args) -> PyResult {
    let p = this_poll(vm, &args)?;
    let pos = rest(&args).exact::<2>(vm, "modify")?;
    let fd = fd_of(vm, &pos[0])?;
    let ev = event_mask(vm, pos.get(1), POLL_DEFAULT, 0xffff)? as u16 as i16;
    let found = match p.fds.borrow_mut().iter_mut().find(|e| e.0 == fd) {
        Some(e) => {
            e.1 = ev;
            true
        }
        None => false,
    };
    if !found {
        return Err(crate::posix::os_error(vm, libc::ENOENT, None, None));
    }
    Ok(vm.none())
}

fn poll_unregister(vm: &mut Vm, args: Args) -> PyResult {
    let p = this_poll(vm, &args)?;
    let [o] = rest(&args).exact::<1>(vm, "unregister")?;
    let fd = fd_of(vm, o)?;
    let idx = p.fds.borrow().iter().position(|e| e.0 == fd);
    match idx {
        Some(i) => {
            p.fds.borrow_mut().remove(i);
            Ok(vm.none())
        }
        None => {
            let k = vm.new_int(i64::from(fd));
            let cls = vm.exc.key_error.clone();
            Err(vm.new_exception(&cls, vec![k]))
        }
    }
}

fn poll_poll(vm: &mut Vm, args: Args) -> PyResult {
    let p = this_poll(vm, &args)?;
    let pos = rest(&args).range(vm, "poll", 0, 1)?;
    let deadline = match pos.first() {
        Some(t) if !vm.is_none(t) => {
            let ms = seconds(vm, t, "timeout must be an integer or None")?;
            if ms < 0.0 {
                None
            } else {
                Some(deadline_after(vm, ms.ceil() / 1000.0)?)
            }
        }
        _ => None,
    };
    let mut fds: Vec<PollFd> = p
        .fds
        .borrow()
        .iter()
        .map(|&(fd, events)| PollFd { fd, events, revents: 0 })
        .collect();
    wait(vm, &mut fds, deadline)?;
    let mut out = Vec::new();
    for f in fds.iter().filter(|f| f.revents != 0) {
        let a = vm.new_int(i64::from(f.fd));
        let b = vm.new_int(i64::from(f.revents as u16));
        out.push(vm.new_tuple(vec![a, b]));
    }
    Ok(vm.new_list(out))
}

// ----- epoll -----

/// `select.epoll`: an epoll descriptor (`-1` once closed).
struct PyEpoll {
    fd: Cell<i32>,
}

impl PyPayload for PyEpoll {}

impl Drop for PyEpoll {
    fn drop(&mut self) {
        let fd = self.fd.replace(-1);
        if fd >= 0 {
            let _ = sys::close(fd);
        }
    }
}

/// The open epoll of a method call: `ValueError` once closed.
fn this_epoll(vm: &mut Vm, args: &Args) -> PyResult<i32> {
    let e = args
        .pos()
        .first()
        .and_then(|o| o.downcast_ref::<PyEpoll>())
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'select.epoll' object"))?;
    let fd = e.fd.get();
    if fd < 0 {
        return Err(vm.new_value_error("I/O operation on closed epoll object"));
    }
    Ok(fd)
}

fn epoll_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args
        .pos()
        .first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("epoll.__new__(): not enough arguments"))?;
    let a = rest(&args);
    let [sizehint, flags] = crate::posix::parse(vm, &a, "epoll", ["sizehint", "flags"], 2, 0)?;
    if let Some(s) = &sizehint {
        let n = crate::posix::c_int(vm, s)?;
        if n == 0 || n < -1 {
            return Err(vm.new_value_error("negative sizehint"));
        }
    }
    if let Some(f) = &flags {
        crate::posix::c_int(vm, f)?;
    }
    let fd = sys::epoll_create().map_err(|e| os_err(vm, &e))?;
    Ok(vm.new_instance(PyEpoll { fd: Cell::new(fd) }, &cls))
}

fn epoll_fromfd(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let (Some(cls), Some(fd)) = (pos.first(), pos.get(1)) else {
        return Err(vm.new_type_error("fromfd() takes exactly one argument"));
    };
    let fd = crate::posix::c_int(vm, fd)?;
    crate::posix::check_fd(vm)?;
    Ok(vm.new_instance(PyEpoll { fd: Cell::new(fd) }, cls))
}

const EPOLL_DEFAULT: i64 = (libc::EPOLLIN | libc::EPOLLPRI | libc::EPOLLOUT) as i64;

fn epoll_ctl_call(vm: &mut Vm, args: &Args, op: i32, name: &str) -> PyResult {
    let ep = this_epoll(vm, args)?;
    let a = rest(args);
    let [fd, mask] = crate::posix::parse(
        vm,
        &a,
        name,
        ["fd", "eventmask"],
        2,
        if op == libc::EPOLL_CTL_MOD { 2 } else { 1 },
    )?;
    let fd = fd_of(vm, fd.as_ref().expect("required"))?;
    let ev = event_mask(vm, mask.as_ref(), EPOLL_DEFAULT, i64::from(u32::MAX))? as u32;
    sys::epoll_ctl(ep, op, fd, ev).map_err(|e| os_err(vm, &e))?;
    Ok(vm.none())
}

fn epoll_register(vm: &mut Vm, args: Args) -> PyResult {
    epoll_ctl_call(vm, &args, libc::EPOLL_CTL_ADD, "register")
}

fn epoll_modify(vm: &mut Vm, args: Args) -> PyResult {
    epoll_ctl_call(vm, &args, libc::EPOLL_CTL_MOD, "modify")
}

fn epoll_unregister(vm: &mut Vm, args: Args) -> PyResult {
    let ep = this_epoll(vm, &args)?;
    let a = rest(&args);
    let [fd] = crate::posix::parse(vm, &a, "unregister", ["fd"], 1, 1)?;
    let fd = fd_of(vm, fd.as_ref().expect("required"))?;
    sys::epoll_ctl(ep, libc::EPOLL_CTL_DEL, fd, 0).map_err(|e| os_err(vm, &e))?;
    Ok(vm.none())
}

fn epoll_poll(vm: &mut Vm, args: Args) -> PyResult {
    let ep = this_epoll(vm, &args)?;
    let a = rest(&args);
    let [timeout, maxevents] = crate::posix::parse(vm, &a, "poll", ["timeout", "maxevents"], 2, 0)?;
    let mut zero = false;
    let deadline = match &timeout {
        Some(t) if !vm.is_none(t) => {
            let s = seconds(vm, t, "timeout must be an integer or None")?;
            if s < 0.0 {
                None
            } else {
                zero = s == 0.0;
                Some(deadline_after(vm, s)?)
            }
        }
        _ => None,
    };
    let max = match &maxevents {
        Some(m) => crate::posix::c_int(vm, m)?,
        None => -1,
    };
    let max = if max == -1 {
        1023
    } else if max <= 0 {
        return Err(vm.new_value_error(format!("maxevents must be greater than 0, got {max}")));
    } else {
        max as usize
    };
    // Wait on the epoll descriptor itself (readable when events are ready),
    // then collect without blocking. A zero timeout (an event loop with
    // callbacks ready) only collects: one system call, the lock kept.
    if !zero {
        let mut fds = vec![PollFd {
            fd: ep,
            events: libc::POLLIN,
            revents: 0,
        }];
        wait(vm, &mut fds, deadline)?;
    }
    let evs = loop {
        match sys::epoll_wait(ep, max, 0) {
            Ok(evs) => break evs,
            Err(e) if e.raw_os_error() == Some(libc::EINTR) => vm.check_limits()?,
            Err(e) => return Err(os_err(vm, &e)),
        }
    };
    let mut out = Vec::with_capacity(evs.len());
    for (fd, ev) in evs {
        let a = vm.new_int(i64::from(fd));
        let b = vm.new_int(i64::from(ev));
        out.push(vm.new_tuple(vec![a, b]));
    }
    Ok(vm.new_list(out))
}

fn epoll_close(vm: &mut Vm, args: Args) -> PyResult {
    let e = args
        .pos()
        .first()
        .and_then(|o| o.downcast_ref::<PyEpoll>())
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'select.epoll' object"))?;
    let fd = e.fd.replace(-1);
    if fd >= 0 {
        sys::close(fd).map_err(|e| os_err(vm, &e))?;
    }
    Ok(vm.none())
}

fn epoll_fileno(vm: &mut Vm, args: Args) -> PyResult {
    let fd = this_epoll(vm, &args)?;
    Ok(vm.new_int(i64::from(fd)))
}

fn epoll_enter(vm: &mut Vm, args: Args) -> PyResult {
    this_epoll(vm, &args)?;
    Ok(args.pos()[0].clone())
}

fn epoll_exit(vm: &mut Vm, args: Args) -> PyResult {
    let first = args.pos().first().cloned().into_iter().collect::<Vec<_>>();
    epoll_close(vm, Args::positional(&first))
}

fn epoll_closed(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let closed = o.downcast_ref::<PyEpoll>().is_none_or(|e| e.fd.get() < 0);
    Ok(vm.new_bool(closed))
}

const CONSTANTS: &[(&str, i64)] = &[
    ("EPOLLERR", 8),
    ("EPOLLET", 2147483648),
    ("EPOLLEXCLUSIVE", 268435456),
    ("EPOLLHUP", 16),
    ("EPOLLIN", 1),
    ("EPOLLMSG", 1024),
    ("EPOLLONESHOT", 1073741824),
    ("EPOLLOUT", 4),
    ("EPOLLPRI", 2),
    ("EPOLLRDBAND", 128),
    ("EPOLLRDHUP", 8192),
    ("EPOLLRDNORM", 64),
    ("EPOLLWRBAND", 512),
    ("EPOLLWRNORM", 256),
    ("EPOLL_CLOEXEC", 524288),
    ("PIPE_BUF", 4096),
    ("POLLERR", 8),
    ("POLLHUP", 16),
    ("POLLIN", 1),
    ("POLLMSG", 1024),
    ("POLLNVAL", 32),
    ("POLLOUT", 4),
    ("POLLPRI", 2),
    ("POLLRDBAND", 128),
    ("POLLRDHUP", 8192),
    ("POLLRDNORM", 64),
    ("POLLWRBAND", 512),
    ("POLLWRNORM", 256),
];

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("select", None)?;
    let modname = vm.new_str("select");

    let poll = kaa_vm::builtins::new_module_class::<PyPoll>(vm, "select.poll", false);
    let methods: &[(&'static str, NativeFn)] = &[
        ("register", poll_register),
        ("modify", poll_modify),
        ("unregister", poll_unregister),
        ("poll", poll_poll),
    ];
    for &(name, f) in methods {
        vm.add_method(&poll, name, f);
    }
    vm.set_type_attr(&poll, "__module__", modname.clone());
    vm.module_state.borrow_mut().insert("select.poll".to_string(), poll);

    let epoll = kaa_vm::builtins::new_module_class::<PyEpoll>(vm, "select.epoll", true);
    vm.add_static(&epoll, "__new__", epoll_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("register", epoll_register),
        ("modify", epoll_modify),
        ("unregister", epoll_unregister),
        ("poll", epoll_poll),
        ("close", epoll_close),
        ("fileno", epoll_fileno),
        ("__enter__", epoll_enter),
        ("__exit__", epoll_exit),
    ];
    for &(name, f) in methods {
        vm.add_method(&epoll, name, f);
    }
    vm.add_classmethod(&epoll, "fromfd", epoll_fromfd);
    vm.add_getset(&epoll, "closed", epoll_closed, None);
    vm.set_type_attr(&epoll, "__module__", modname);
    vm.dict_set_str(&d, "epoll", epoll)?;

    let functions: &[(&'static str, NativeFn)] = &[("select", select), ("poll", select_poll)];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    let os_error = vm.exc.os_error.clone();
    vm.dict_set_str(&d, "error", os_error)?;
    for &(name, v) in CONSTANTS {
        let v = vm.new_int(v);
        vm.dict_set_str(&d, name, v)?;
    }
    Ok(m)
}
