//! `_signal`: the core of `py/signal.py` (which adds the `Signals`,
//! `Handlers` and `Sigmasks` enums).
//!
//! # How a Python handler runs
//!
//! The C-level handler ([`on_signal`]) only does async-signal-safe work: it
//! marks the signal pending, raises the process-wide flag [`TRIPPED`],
//! counts the delivery and writes the signal number to the wakeup fd. The
//! flag is the one the interpreter already watches for Ctrl-C
//! (`Limits::sigint`): the first time a Python handler is installed, this
//! module points `Limits::sigint` at [`TRIPPED`] and sets
//! `Limits::signal_hook` to [`run_pending`], so the main thread runs the
//! handlers at its next check (a loop iteration or call, at most every
//! `CHECK_INTERVAL` ticks, and in slices of blocking waits such as
//! `time.sleep`). If the CLI had installed its Ctrl-C handler, SIGINT is
//! taken over too, with `default_int_handler` as its Python handler, so
//! Ctrl-C still raises `KeyboardInterrupt`.
//!
//! Handlers get the signal number and `None` for the frame (Kaa has no
//! frame objects to give).
//!
//! # The sandbox
//!
//! Anything that changes the process's signal state or sends a signal
//! (`signal`, `siginterrupt`, `alarm`, `setitimer`, `set_wakeup_fd`,
//! `raise_signal`, `pthread_sigmask`) needs the subprocess grant
//! (`PermissionError` otherwise); queries (`getsignal`, `strsignal`,
//! `valid_signals`, `getitimer`, `sigpending`) need none.

use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, Ordering};

use kaa_vm::object::float::PyFloat;
use kaa_vm::object::int::PyInt;
use kaa_vm::object::list::PyList;
use kaa_vm::object::PyObjectRef;
use kaa_vm::{Args, PyResult, Vm};

use crate::posix::{c_int, check_subprocess, os_error};

/// One more than the highest signal number (`signal.NSIG`).
const NSIG: usize = 65;

#[allow(clippy::declare_interior_mutable_const)]
const NOT_PENDING: AtomicBool = AtomicBool::new(false);
/// Signals delivered and not yet handled in Python.
static PENDING: [AtomicBool; NSIG] = [NOT_PENDING; NSIG];
/// Some signal is pending (the flag `Limits::sigint` points at).
static TRIPPED: AtomicBool = AtomicBool::new(false);
/// Deliveries so far (for `pause`).
static DELIVERED: AtomicU64 = AtomicU64::new(0);
/// `set_wakeup_fd`'s descriptor, or -1.
static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);

/// The C-level handler: async-signal-safe work only.
extern "C" fn on_signal(sig: libc::c_int) {
    if sig > 0 && (sig as usize) < NSIG {
        PENDING[sig as usize].store(true, Ordering::SeqCst);
    }
    TRIPPED.store(true, Ordering::SeqCst);
    // The CLI's interpreter looks at `TRIPPED` at its next tick.
    kaa_vm::limits::signal_arrived();
    DELIVERED.fetch_add(1, Ordering::SeqCst);
    let fd = WAKEUP_FD.load(Ordering::Relaxed);
    if fd >= 0 {
        // SAFETY: errno is saved and restored around a write(2) of one byte;
        // both are async-signal-safe.
        unsafe {
            let saved = *libc::__errno_location();
            let b = sig as u8;
            libc::write(fd, &b as *const u8 as *const libc::c_void, 1);
            *libc::__errno_location() = saved;
        }
    }
}

// ----- the handler table -----

fn module(vm: &mut Vm) -> PyResult {
    kaa_vm::import::import_module(vm, "_signal")
}

/// The module's list of Python-level handlers, indexed by signal number
/// (made on first use, once the module is complete).
fn handlers(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let m = module(vm)?;
    let key = vm.intern("_handlers");
    if let Some(h) = vm.get_attr_opt(&m, &key)? {
        return Ok(h);
    }
    let table = initial_handlers(vm, &m)?;
    vm.set_attr(&m, &key, table.clone())?;
    Ok(table)
}

/// The handlers as the process has them: SIG_DFL, SIG_IGN, or None (a
/// handler installed outside Python); Ctrl-C's is `default_int_handler`
/// when the CLI turns it into KeyboardInterrupt.
fn initial_handlers(vm: &mut Vm, m: &PyObjectRef) -> PyResult<PyObjectRef> {
    let int_handler = vm.get_attr_str(m, "default_int_handler")?;
    let cli_sigint = vm.limits.sigint.get().is_some();
    let mut table = vec![vm.none()];
    for sig in 1..NSIG as i32 {
        // SAFETY: querying the current action.
        let cur = unsafe {
            let mut sa: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(sig, std::ptr::null(), &mut sa) != 0 {
                None
            } else {
                Some(sa.sa_sigaction)
            }
        };
        let h = match cur {
            _ if sig == libc::SIGINT && cli_sigint => int_handler.clone(),
            Some(libc::SIG_DFL) => vm.new_int(0),
            Some(libc::SIG_IGN) => vm.new_int(1),
            _ => vm.none(),
        };
        table.push(h);
    }
    Ok(vm.new_list(table))
}

fn handler_at(vm: &mut Vm, sig: usize) -> PyResult<PyObjectRef> {
    let h = handlers(vm)?;
    let got = h
        .downcast_ref::<PyList>()
        .and_then(|l| l.items.borrow().get(sig).cloned());
    Ok(got.unwrap_or_else(|| vm.none()))
}

fn set_handler_at(vm: &mut Vm, sig: usize, v: PyObjectRef) -> PyResult<()> {
    let h = handlers(vm)?;
    if let Some(l) = h.downcast_ref::<PyList>() {
        let old = l.items.borrow_mut().get_mut(sig).map(|slot| std::mem::replace(slot, v));
        drop(old);
    }
    Ok(())
}

/// Whether `h` is `SIG_DFL`/`SIG_IGN` (an int 0 or 1, an enum member too).
fn handler_constant(h: &PyObjectRef) -> Option<i64> {
    h.downcast_ref::<PyInt>()
        .and_then(|i| i.value.as_i64())
        .filter(|v| *v == 0 || *v == 1)
}

/// The hook `Limits::signal_hook` calls in the main thread when [`TRIPPED`]
/// was up: run the Python handlers of the pending signals.
fn run_pending(vm: &mut Vm) -> PyResult<()> {
    for sig in 1..NSIG {
        if !PENDING[sig].swap(false, Ordering::SeqCst) {
            continue;
        }
        let h = handler_at(vm, sig)?;
        if vm.is_none(&h) || handler_constant(&h).is_some() {
            continue;
        }
        let args = [vm.new_int(sig as i64), vm.none()];
        if let Err(e) = vm.call_positional(&h, &args) {
            // The signals still pending are handled at a later check.
            if PENDING.iter().any(|p| p.load(Ordering::SeqCst)) {
                TRIPPED.store(true, Ordering::SeqCst);
            }
            return Err(e);
        }
    }
    Ok(())
}

/// Make the interpreter watch [`TRIPPED`] and call [`run_pending`]; take
/// over the CLI's Ctrl-C handling (see the module notes).
fn take_over(vm: &mut Vm) -> PyResult<()> {
    let mine: &'static AtomicBool = &TRIPPED;
    if let Some(old) = vm.limits.sigint.get() {
        if !std::ptr::eq(old, mine) {
            // The CLI's Ctrl-C flag: SIGINT now comes through this module.
            let _ = install(libc::SIGINT, on_signal as *const () as libc::sighandler_t);
            if old.swap(false, Ordering::SeqCst) {
                PENDING[libc::SIGINT as usize].store(true, Ordering::SeqCst);
                TRIPPED.store(true, Ordering::SeqCst);
            }
        }
    }
    vm.limits.sigint.set(Some(mine));
    vm.limits.signal_hook.set(Some(run_pending));
    Ok(())
}

/// `sigaction(sig, handler)` with `SA_RESTART` (as the CLI's `signal(3)`);
/// the errno on failure.
fn install(sig: i32, handler: libc::sighandler_t) -> Result<(), i32> {
    // SAFETY: a zeroed sigaction is valid; the handler only does
    // async-signal-safe work.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = handler;
        sa.sa_flags = libc::SA_RESTART | libc::SA_ONSTACK;
        libc::sigemptyset(&mut sa.sa_mask);
        if libc::sigaction(sig, &sa, std::ptr::null_mut()) != 0 {
            return Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL));
        }
    }
    Ok(())
}

// ----- arguments -----

fn signum(vm: &mut Vm, o: &PyObjectRef) -> PyResult<usize> {
    let n = c_int(vm, o)?;
    if n < 1 || n as usize >= NSIG {
        return Err(vm.new_value_error("signal number out of range"));
    }
    Ok(n as usize)
}

fn main_thread_only(vm: &mut Vm, what: &str) -> PyResult<()> {
    if !vm.is_main_thread {
        return Err(vm.new_value_error(format!("{what} only works in main thread of the main interpreter")));
    }
    Ok(())
}

/// A time in seconds: a float, or anything with `__index__` (CPython's
/// `_PyTime_FromSecondsObject`, and its message for other types).
fn seconds(vm: &mut Vm, o: &PyObjectRef) -> PyResult<f64> {
    if let Some(f) = o.downcast_ref::<PyFloat>() {
        return Ok(f.value);
    }
    let v = vm.to_index_value(o)?;
    Ok(v.to_f64().unwrap_or(f64::INFINITY))
}

// ----- functions -----

fn sig_signal(vm: &mut Vm, args: Args) -> PyResult {
    let [sig, handler] = args.exact::<2>(vm, "signal")?;
    let n = c_int(vm, sig)?;
    main_thread_only(vm, "signal")?;
    if n < 1 || n as usize >= NSIG {
        return Err(vm.new_value_error("signal number out of range"));
    }
    let n = n as usize;
    let action = match handler_constant(handler) {
        Some(0) => libc::SIG_DFL,
        Some(_) => libc::SIG_IGN,
        None if kaa_vm::builtins::is_callable(vm, handler) => on_signal as *const () as libc::sighandler_t,
        None => {
            return Err(vm.new_type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"))
        }
    };
    check_subprocess(vm)?;
    // (Read first: the table is made on first use, from the process's state.)
    let old = handler_at(vm, n)?;
    if action != libc::SIG_DFL && action != libc::SIG_IGN {
        take_over(vm)?;
    }
    if let Err(code) = install(n as i32, action) {
        return Err(os_error(vm, code, None, None));
    }
    set_handler_at(vm, n, handler.clone())?;
    Ok(old)
}

fn sig_getsignal(vm: &mut Vm, args: Args) -> PyResult {
    let [sig] = args.exact::<1>(vm, "getsignal")?;
    let n = signum(vm, sig)?;
    handler_at(vm, n)
}

fn sig_raise_signal(vm: &mut Vm, args: Args) -> PyResult {
    let [sig] = args.exact::<1>(vm, "raise_signal")?;
    // No range check: raise(3) says EINVAL, as in CPython.
    let n = c_int(vm, sig)?;
    check_subprocess(vm)?;
    // SAFETY: a plain system call.
    if unsafe { libc::raise(n) } != 0 {
        let code = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        return Err(os_error(vm, code, None, None));
    }
    // CPython runs the handler before returning.
    if vm.is_main_thread && vm.limits.signal_hook.get().is_some() && TRIPPED.swap(false, Ordering::SeqCst) {
        run_pending(vm)?;
    }
    Ok(vm.none())
}

fn sig_strsignal(vm: &mut Vm, args: Args) -> PyResult {
    let [sig] = args.exact::<1>(vm, "strsignal")?;
    let n = signum(vm, sig)?;
    // SAFETY: strsignal returns a NUL-terminated string (copied at once).
    let text = unsafe {
        let p = libc::strsignal(n as i32);
        if p.is_null() {
            None
        } else {
            Some(std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned())
        }
    };
    match text {
        Some(t) if !t.contains("Unknown signal") => Ok(vm.new_str(t)),
        _ => Ok(vm.none()),
    }
}

/// The members of a signal set, as a list of ints.
fn set_to_list(vm: &mut Vm, set: &libc::sigset_t) -> PyObjectRef {
    let mut out = Vec::new();
    for sig in 1..NSIG as i32 {
        // SAFETY: `set` is an initialised sigset.
        if unsafe { libc::sigismember(set, sig) } == 1 {
            out.push(vm.new_int(i64::from(sig)));
        }
    }
    vm.new_list(out)
}

/// `_valid_signals()`: the signal numbers this system has, as a list.
fn sig_valid_signals(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "valid_signals")?;
    // SAFETY: filling a local sigset.
    let set = unsafe {
        let mut s: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut s);
        s
    };
    Ok(set_to_list(vm, &set))
}

fn sig_sigpending(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "sigpending")?;
    // SAFETY: filling a local sigset.
    let set = unsafe {
        let mut s: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut s);
        libc::sigpending(&mut s);
        s
    };
    Ok(set_to_list(vm, &set))
}

/// `_pthread_sigmask(how, signals)`: the old mask as a list; `signals` is a
/// list of ints (checked by `signal.py`).
fn sig_pthread_sigmask(vm: &mut Vm, args: Args) -> PyResult {
    let [how, sigs] = args.exact::<2>(vm, "pthread_sigmask")?;
    let how = c_int(vm, how)?;
    let items = sigs
        .downcast_ref::<PyList>()
        .map(|l| l.items.borrow().clone())
        .unwrap_or_default();
    // SAFETY: a local sigset, filled below.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    unsafe { libc::sigemptyset(&mut set) };
    for i in &items {
        let n = c_int(vm, i)?;
        if n < 1 || n as usize >= NSIG {
            return Err(vm.new_value_error(format!("signal number {n} out of range [1; {}]", NSIG - 1)));
        }
        // SAFETY: adding a valid signal number.
        unsafe { libc::sigaddset(&mut set, n) };
    }
    check_subprocess(vm)?;
    // SAFETY: a local sigset for the old mask.
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: both sets are valid.
    let rc = unsafe { libc::pthread_sigmask(how, &set, &mut old) };
    if rc != 0 {
        return Err(os_error(vm, rc, None, None));
    }
    Ok(set_to_list(vm, &old))
}

fn sig_alarm(vm: &mut Vm, args: Args) -> PyResult {
    let [secs] = args.exact::<1>(vm, "alarm")?;
    let n = c_int(vm, secs)?;
    check_subprocess(vm)?;
    // SAFETY: a plain system call (a negative count wraps, as in CPython).
    let left = unsafe { libc::alarm(n as u32) };
    Ok(vm.new_int(i64::from(left)))
}

/// `pause()`: wait for a signal (its handler runs before this returns).
fn sig_pause(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "pause")?;
    let seen = DELIVERED.load(Ordering::SeqCst);
    loop {
        vm.check_limits()?;
        if DELIVERED.load(Ordering::SeqCst) != seen {
            return Ok(vm.none());
        }
        vm.allow_threads(|| std::thread::sleep(std::time::Duration::from_millis(5)));
    }
}

fn sig_set_wakeup_fd(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.new_type_error(format!(
            "set_wakeup_fd() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    for (k, _) in args.kwargs() {
        if k != "warn_on_full_buffer" {
            return Err(vm.new_type_error(format!("set_wakeup_fd() got an unexpected keyword argument '{k}'")));
        }
    }
    let fd = c_int(vm, &pos[0])?;
    main_thread_only(vm, "set_wakeup_fd")?;
    check_subprocess(vm)?;
    if fd != -1 {
        // SAFETY: plain queries on an integer descriptor.
        let fl = unsafe {
            let mut st: libc::stat = std::mem::zeroed();
            if libc::fstat(fd, &mut st) != 0 {
                let code = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
                return Err(os_error(vm, code, None, None));
            }
            libc::fcntl(fd, libc::F_GETFL)
        };
        if fl & libc::O_NONBLOCK == 0 {
            return Err(vm.new_value_error(format!("the fd {fd} must be in non-blocking mode")));
        }
    }
    let old = WAKEUP_FD.swap(fd, Ordering::SeqCst);
    Ok(vm.new_int(i64::from(old)))
}

fn sig_siginterrupt(vm: &mut Vm, args: Args) -> PyResult {
    let [sig, flag] = args.exact::<2>(vm, "siginterrupt")?;
    let n = signum(vm, sig)?;
    let flag = c_int(vm, flag)? != 0;
    check_subprocess(vm)?;
    // SAFETY: reading and writing the action of a valid signal.
    let rc = unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(n as i32, std::ptr::null(), &mut sa) != 0 {
            -1
        } else {
            if flag {
                sa.sa_flags &= !libc::SA_RESTART;
            } else {
                sa.sa_flags |= libc::SA_RESTART;
            }
            libc::sigaction(n as i32, &sa, std::ptr::null_mut())
        }
    };
    if rc != 0 {
        let code = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        return Err(os_error(vm, code, None, None));
    }
    Ok(vm.none())
}

fn timeval_secs(t: &libc::timeval) -> f64 {
    t.tv_sec as f64 + t.tv_usec as f64 / 1e6
}

fn secs_timeval(s: f64) -> libc::timeval {
    let s = s.max(0.0);
    let whole = s.floor();
    let mut usec = ((s - whole) * 1e6).round() as i64;
    let mut sec = whole.min(i64::MAX as f64 / 2.0) as i64;
    if usec >= 1_000_000 {
        sec += 1;
        usec -= 1_000_000;
    }
    // A nonzero time below a microsecond still arms the timer.
    if sec == 0 && usec == 0 && s > 0.0 {
        usec = 1;
    }
    libc::timeval {
        tv_sec: sec as libc::time_t,
        tv_usec: usec as libc::suseconds_t,
    }
}

fn itimer_pair(vm: &mut Vm, v: &libc::itimerval) -> PyObjectRef {
    let a = vm.new_float(timeval_secs(&v.it_value));
    let b = vm.new_float(timeval_secs(&v.it_interval));
    vm.new_tuple(vec![a, b])
}

fn itimer_error(vm: &mut Vm, code: i32) -> PyObjectRef {
    let cls = match module(vm).and_then(|m| vm.get_attr_str(&m, "ItimerError")) {
        Ok(c) => c,
        Err(e) => return e,
    };
    let args = [vm.new_int(i64::from(code)), vm.new_str(crate::posix::strerror(code))];
    match vm.call(&cls, Args::positional(&args)) {
        Ok(e) | Err(e) => e,
    }
}

fn sig_setitimer(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "setitimer", 2, 3)?;
    let which = c_int(vm, &pos[0])?;
    let value = seconds(vm, &pos[1])?;
    let interval = match pos.get(2) {
        Some(o) => seconds(vm, o)?,
        None => 0.0,
    };
    check_subprocess(vm)?;
    let new = libc::itimerval {
        it_value: secs_timeval(value),
        it_interval: secs_timeval(interval),
    };
    // SAFETY: a zeroed itimerval for the old value.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: both structs are valid; `which` is checked by the kernel.
    if unsafe { libc::setitimer(which as _, &new, &mut old) } != 0 {
        let code = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        return Err(itimer_error(vm, code));
    }
    Ok(itimer_pair(vm, &old))
}

fn sig_getitimer(vm: &mut Vm, args: Args) -> PyResult {
    let [which] = args.exact::<1>(vm, "getitimer")?;
    let which = c_int(vm, which)?;
    // SAFETY: a zeroed itimerval to fill.
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::getitimer(which as _, &mut cur) } != 0 {
        let code = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        return Err(itimer_error(vm, code));
    }
    Ok(itimer_pair(vm, &cur))
}

fn sig_default_int_handler(vm: &mut Vm, _args: Args) -> PyResult {
    let cls = vm.exc.keyboard_interrupt.clone();
    Err(vm.new_exception(&cls, Vec::new()))
}

// ----- the module -----

const SIGNALS: &[(&str, i32)] = &[
    ("SIGABRT", libc::SIGABRT),
    ("SIGALRM", libc::SIGALRM),
    ("SIGBUS", libc::SIGBUS),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGFPE", libc::SIGFPE),
    ("SIGHUP", libc::SIGHUP),
    ("SIGILL", libc::SIGILL),
    ("SIGINT", libc::SIGINT),
    ("SIGIO", libc::SIGIO),
    ("SIGIOT", libc::SIGIOT),
    ("SIGKILL", libc::SIGKILL),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPROF", libc::SIGPROF),
    ("SIGPWR", libc::SIGPWR),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGSYS", libc::SIGSYS),
    ("SIGTERM", libc::SIGTERM),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
];

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_signal", None)?;
    let funcs: [(&'static str, kaa_vm::vm::NativeFn); 14] = [
        ("_pthread_sigmask", sig_pthread_sigmask),
        ("_sigpending", sig_sigpending),
        ("_valid_signals", sig_valid_signals),
        ("alarm", sig_alarm),
        ("default_int_handler", sig_default_int_handler),
        ("getitimer", sig_getitimer),
        ("getsignal", sig_getsignal),
        ("pause", sig_pause),
        ("raise_signal", sig_raise_signal),
        ("set_wakeup_fd", sig_set_wakeup_fd),
        ("setitimer", sig_setitimer),
        ("siginterrupt", sig_siginterrupt),
        ("signal", sig_signal),
        ("strsignal", sig_strsignal),
    ];
    for (name, f) in funcs {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    let mut consts: Vec<(&str, i64)> = SIGNALS.iter().map(|&(n, v)| (n, i64::from(v))).collect();
    consts.extend([
        ("SIGRTMIN", i64::from(libc::SIGRTMIN())),
        ("SIGRTMAX", i64::from(libc::SIGRTMAX())),
        ("SIG_DFL", 0),
        ("SIG_IGN", 1),
        ("SIG_BLOCK", i64::from(libc::SIG_BLOCK)),
        ("SIG_UNBLOCK", i64::from(libc::SIG_UNBLOCK)),
        ("SIG_SETMASK", i64::from(libc::SIG_SETMASK)),
        ("NSIG", NSIG as i64),
        ("ITIMER_REAL", i64::from(libc::ITIMER_REAL)),
        ("ITIMER_VIRTUAL", i64::from(libc::ITIMER_VIRTUAL)),
        ("ITIMER_PROF", i64::from(libc::ITIMER_PROF)),
    ]);
    for (name, v) in consts {
        let v = vm.new_int(v);
        vm.dict_set_str(&d, name, v)?;
    }
    // `ItimerError` (CPython's class is named `itimer_error`).
    let os_error_cls = vm.exc.os_error.clone();
    let type_ = vm.types.type_.clone();
    let cls = vm.new_class("itimer_error", vec![os_error_cls], &type_)?;
    let modname = vm.new_str("signal");
    vm.set_type_attr(&cls, "__module__", modname);
    vm.dict_set_str(&d, "ItimerError", cls)?;
    Ok(m)
}
