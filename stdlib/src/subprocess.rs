//! `_subprocess`: the process core behind `py/subprocess.py` (CPython's
//! `_posixsubprocess` plus the waiting and pipe plumbing that CPython does
//! with `select` and `os.waitpid`).
//!
//! - `spawn(...)` starts a program with fork + exec, as CPython does: the
//!   child only makes async-signal-safe system calls (everything it needs
//!   is prepared before the fork), and tells the parent why `exec` (or
//!   `chdir`) failed through a close-on-exec pipe, so the parent raises the
//!   `OSError` CPython raises (`FileNotFoundError: [Errno 2] No such file
//!   or directory: 'nonexistent-cmd'`).
//! - `wait(pid, timeout)`, `poll(pid)`: the return code (negative for a
//!   signal). Waiting releases the interpreter lock and is done in slices,
//!   so a deadline, a host interrupt or Ctrl-C (`Vm::check_limits`) stops it.
//! - `communicate(...)`: feed a child's stdin and drain its stdout and stderr
//!   at once with `poll(2)`, so that large outputs cannot deadlock.
//! - `pipe_file(fd, mode)`: the `FileIO` for a pipe end `spawn` made.
//!
//! # The sandbox
//!
//! `spawn` needs the subprocess grant, checked before anything is created,
//! and `cwd=` read access to the directory. Pipe ends made by `spawn` are
//! recorded, and only those may be wrapped by `pipe_file` without the file
//! descriptor grant that `io.open(fd)` asks for: they lead to the child, not
//! to the file system.

use std::collections::HashSet;
use std::ffi::CString;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use kaa_vm::limits::Access;
use kaa_vm::object::bytes::PyBytes;
use kaa_vm::object::float::PyFloat;
use kaa_vm::object::int::PyInt;
use kaa_vm::object::list::PyList;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use kaa_vm::{Args, PyResult, Vm};

use crate::posix::{check_subprocess, os_error};

/// How long a blocking wait runs before limits are checked again.
const SLICE: Duration = Duration::from_millis(20);

/// The pipe ends `spawn` gave the parent and `pipe_file` has not wrapped yet.
static PIPE_ENDS: Mutex<Option<HashSet<i32>>> = Mutex::new(None);

fn remember_pipe(fd: i32) {
    kaa_vm::gil::lock_unpoisoned(&PIPE_ENDS)
        .get_or_insert_with(HashSet::new)
        .insert(fd);
}

fn take_pipe(fd: i32) -> bool {
    kaa_vm::gil::lock_unpoisoned(&PIPE_ENDS)
        .as_mut()
        .is_some_and(|s| s.remove(&fd))
}

// ----- arguments -----

fn bytes_of(vm: &mut Vm, o: &PyObjectRef, what: &str) -> PyResult<CString> {
    let Some(b) = o.downcast_ref::<PyBytes>() else {
        return Err(vm.new_type_error(format!("{what} must be bytes")));
    };
    CString::new(b.value.to_vec()).map_err(|_| vm.new_value_error("embedded null byte"))
}

fn items_of(o: &PyObjectRef) -> Option<Vec<PyObjectRef>> {
    if let Some(l) = o.downcast_ref::<PyList>() {
        return Some(l.items.borrow().clone());
    }
    o.downcast_ref::<PyTuple>().map(|t| t.as_slice().to_vec())
}

fn cstrings(vm: &mut Vm, o: &PyObjectRef, what: &str) -> PyResult<Vec<CString>> {
    let Some(items) = items_of(o) else {
        return Err(vm.new_type_error(format!("{what} must be a list or tuple")));
    };
    items.iter().map(|i| bytes_of(vm, i, what)).collect()
}

fn small_int(vm: &mut Vm, o: &PyObjectRef, what: &str) -> PyResult<i64> {
    match o.downcast_ref::<PyInt>().and_then(|i| i.value.as_i64()) {
        Some(v) if (i64::from(i32::MIN)..=i64::from(i32::MAX)).contains(&v) => Ok(v),
        _ => Err(vm.new_type_error(format!("{what} must be a small int"))),
    }
}

/// An optional timeout in seconds (`None`, or a float).
fn timeout_arg(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Option<Instant>> {
    if vm.is_none(o) {
        return Ok(None);
    }
    let secs = if let Some(f) = o.downcast_ref::<PyFloat>() {
        f.value
    } else if let Some(i) = o.downcast_ref::<PyInt>() {
        i.value.to_f64().unwrap_or(f64::INFINITY)
    } else {
        return Err(vm.new_type_error("timeout must be a float or None"));
    };
    if secs.is_nan() {
        return Err(vm.new_value_error("Invalid value NaN (not a number)"));
    }
    let secs = secs.max(0.0);
    // A timeout too far away to represent is no deadline at all.
    let far = Duration::from_secs(1 << 40);
    let d = Duration::try_from_secs_f64(secs).unwrap_or(far).min(far);
    Ok(Some(Instant::now() + d))
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn close(fd: i32) {
    if fd >= 0 {
        // SAFETY: closing a descriptor this module owns.
        unsafe { libc::close(fd) };
    }
}

// ----- spawn -----

/// What the child reports through the error pipe: the stage that failed
/// and its errno.
const STAGE_EXEC: i32 = 1;
const STAGE_CHDIR: i32 = 2;
const STAGE_OTHER: i32 = 3;

/// Everything the child needs, prepared before the fork (the child must not
/// allocate).
struct Child<'a> {
    argv: &'a [*const libc::c_char],
    envp: Option<&'a [*const libc::c_char]>,
    executables: &'a [CString],
    cwd: Option<&'a CString>,
    /// The descriptors to put at 0, 1 and 2 (-1: leave it).
    stdio: [i32; 3],
    close_fds: bool,
    /// Descriptors kept open (sorted, all >= 3): `pass_fds` and the error pipe.
    keep: &'a [i32],
    pass_fds: &'a [i32],
    max_fd: i32,
    start_new_session: bool,
    process_group: i32,
    restore_signals: bool,
    umask: i32,
    errpipe: i32,
}

/// Report `stage`/`code` to the parent and end the child.
///
/// # Safety
/// Only async-signal-safe calls: runs in the child after `fork`.
unsafe fn child_fail(errpipe: i32, stage: i32, code: i32) -> ! {
    unsafe {
        let mut buf = [0u8; 8];
        buf[..4].copy_from_slice(&stage.to_ne_bytes());
        buf[4..].copy_from_slice(&code.to_ne_bytes());
        libc::write(errpipe, buf.as_ptr() as *const libc::c_void, 8);
        libc::_exit(255)
    }
}

/// The child's side of `spawn`.
///
/// # Safety
/// Runs in the child after `fork`: only async-signal-safe system calls, on
/// data prepared by the parent.
unsafe fn child_exec(c: &Child) -> ! {
    unsafe {
        if c.restore_signals {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
        }
        // Signals blocked by the interpreter's threads stay blocked otherwise.
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigprocmask(libc::SIG_SETMASK, &set, std::ptr::null_mut());
        if c.start_new_session && libc::setsid() < 0 {
            child_fail(c.errpipe, STAGE_OTHER, errno());
        }
        if c.process_group >= 0 && libc::setpgid(0, c.process_group) < 0 {
            child_fail(c.errpipe, STAGE_OTHER, errno());
        }
        // Move the new standard descriptors out of the way first (one may be
        // another's target), then into place; dup2 clears close-on-exec.
        let mut tmp = [-1i32; 3];
        for i in 0..3 {
            if c.stdio[i] >= 0 {
                tmp[i] = libc::fcntl(c.stdio[i], libc::F_DUPFD_CLOEXEC, 3);
                if tmp[i] < 0 {
                    child_fail(c.errpipe, STAGE_OTHER, errno());
                }
            }
        }
        for (i, &t) in tmp.iter().enumerate() {
            if t >= 0 && libc::dup2(t, i as i32) < 0 {
                child_fail(c.errpipe, STAGE_OTHER, errno());
            }
        }
        for &t in &tmp {
            if t >= 0 {
                libc::close(t);
            }
        }
        for &fd in c.pass_fds {
            let fl = libc::fcntl(fd, libc::F_GETFD);
            if fl >= 0 {
                libc::fcntl(fd, libc::F_SETFD, fl & !libc::FD_CLOEXEC);
            }
        }
        if c.close_fds {
            let mut lo = 3u32;
            for &k in c.keep.iter().chain(std::iter::once(&-1)) {
                let hi = if k < 0 { u32::MAX } else { (k as u32).saturating_sub(1) };
                if k >= 0 && (k as u32) < lo {
                    continue;
                }
                if hi >= lo {
                    let r = libc::syscall(libc::SYS_close_range, lo, hi, 0u32);
                    if r != 0 {
                        let top = if k < 0 { c.max_fd } else { hi as i32 };
                        let mut fd = lo as i32;
                        while fd <= top {
                            libc::close(fd);
                            fd += 1;
                        }
                    }
                }
                if k < 0 {
                    break;
                }
                lo = k as u32 + 1;
            }
        }
        if let Some(dir) = c.cwd {
            if libc::chdir(dir.as_ptr()) < 0 {
                child_fail(c.errpipe, STAGE_CHDIR, errno());
            }
        }
        if c.umask >= 0 {
            libc::umask(c.umask as libc::mode_t);
        }
        // Try each candidate; report the first error that is not "no such file"
        // (a program found but not runnable), else the last one.
        let mut saved = 0;
        let mut last = libc::ENOENT;
        for exe in c.executables {
            match c.envp {
                Some(envp) => libc::execve(exe.as_ptr(), c.argv.as_ptr(), envp.as_ptr()),
                None => libc::execv(exe.as_ptr(), c.argv.as_ptr()),
            };
            last = errno();
            if last != libc::ENOENT && last != libc::ENOTDIR && saved == 0 {
                saved = last;
            }
        }
        child_fail(c.errpipe, STAGE_EXEC, if saved != 0 { saved } else { last })
    }
}

/// Where a child's standard descriptor comes from, as `Popen` says it.
enum Source {
    Inherit,
    Pipe,
    Stdout,
    Devnull,
    Fd(i32),
}

fn source(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Source> {
    if vm.is_none(o) {
        return Ok(Source::Inherit);
    }
    Ok(match small_int(vm, o, "stdio")? {
        -1 => Source::Pipe,
        -2 => Source::Stdout,
        -3 => Source::Devnull,
        n if n >= 0 => Source::Fd(n as i32),
        _ => return Err(vm.new_value_error("bad stdio specification")),
    })
}

/// Descriptors to close when `spawn` returns, whichever way.
struct Fds(Vec<i32>);

impl Drop for Fds {
    fn drop(&mut self) {
        for &fd in &self.0 {
            close(fd);
        }
    }
}

fn pipe(vm: &mut Vm, fds: &mut Fds) -> PyResult<(i32, i32)> {
    let mut p = [0i32; 2];
    // SAFETY: `p` holds two ints.
    if unsafe { libc::pipe2(p.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        let code = errno();
        return Err(os_error(vm, code, None, None));
    }
    fds.0.extend(p);
    Ok((p[0], p[1]))
}

/// `spawn(args, executables, cwd, env, stdin, stdout, stderr, close_fds,
/// pass_fds, start_new_session, process_group, restore_signals, umask,
/// exe_name, cwd_name)` → `(pid, stdin_w, stdout_r, stderr_r)` (-1 where
/// there is no pipe). `args`, `executables` and `env` are lists of bytes;
/// `exe_name`/`cwd_name` name the failing file in errors.
fn sp_spawn(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact::<15>(vm, "spawn")?;
    let [argv, exes, cwd, env, sin, sout, serr, close_fds, pass_fds, new_session, pgroup, restore, umask, exe_name, cwd_name] =
        a;
    check_subprocess(vm)?;
    let argv = cstrings(vm, argv, "args")?;
    if argv.is_empty() {
        return Err(vm.new_value_error("args must not be empty"));
    }
    let executables = cstrings(vm, exes, "executables")?;
    let cwd = if vm.is_none(cwd) {
        None
    } else {
        let c = bytes_of(vm, cwd, "cwd")?;
        let path = {
            use std::os::unix::ffi::OsStrExt;
            std::path::PathBuf::from(std::ffi::OsStr::from_bytes(c.as_bytes()))
        };
        vm.check_path(&path, Access::Read)?;
        Some(c)
    };
    let env = if vm.is_none(env) {
        None
    } else {
        Some(cstrings(vm, env, "env")?)
    };
    let sources = [source(vm, sin)?, source(vm, sout)?, source(vm, serr)?];
    let close_fds = vm.is_true(close_fds)?;
    let mut pass: Vec<i32> = Vec::new();
    let Some(items) = items_of(pass_fds) else {
        return Err(vm.new_type_error("pass_fds must be a list or tuple"));
    };
    for i in &items {
        let n = small_int(vm, i, "pass_fds")?;
        if n < 3 {
            return Err(vm.new_value_error("bad value(s) in fds_to_keep"));
        }
        pass.push(n as i32);
    }
    pass.sort_unstable();
    pass.dedup();
    let new_session = vm.is_true(new_session)?;
    let pgroup = small_int(vm, pgroup, "process_group")? as i32;
    let restore = vm.is_true(restore)?;
    let umask = small_int(vm, umask, "umask")? as i32;

    // Descriptors the child gets; `owned` are closed in the parent after the fork.
    let mut owned = Fds(Vec::new());
    let mut parent_ends = [-1i32; 3];
    let mut stdio = [-1i32; 3];
    let mut devnull = -1;
    for (i, s) in sources.iter().enumerate() {
        stdio[i] = match *s {
            Source::Inherit => -1,
            Source::Fd(n) => n,
            Source::Stdout if i == 2 => {
                if stdio[1] >= 0 {
                    stdio[1]
                } else {
                    1
                }
            }
            Source::Stdout => return Err(vm.new_value_error("STDOUT can only be used for stderr")),
            Source::Devnull => {
                if devnull < 0 {
                    // SAFETY: a constant NUL-terminated path.
                    devnull = unsafe { libc::open(c"/dev/null".as_ptr(), libc::O_RDWR | libc::O_CLOEXEC) };
                    if devnull < 0 {
                        let code = errno();
                        return Err(os_error(vm, code, None, None));
                    }
                    owned.0.push(devnull);
                }
                devnull
            }
            Source::Pipe => {
                let (r, w) = pipe(vm, &mut owned)?;
                let (mine, theirs) = if i == 0 { (w, r) } else { (r, w) };
                parent_ends[i] = mine;
                theirs
            }
        };
    }
    let (err_r, err_w) = pipe(vm, &mut owned)?;
    let mut keep = pass.clone();
    keep.push(err_w);
    keep.sort_unstable();
    keep.dedup();

    let mut argp: Vec<*const libc::c_char> = argv.iter().map(|a| a.as_ptr()).collect();
    argp.push(std::ptr::null());
    let envp: Option<Vec<*const libc::c_char>> = env.as_ref().map(|e| {
        let mut v: Vec<*const libc::c_char> = e.iter().map(|a| a.as_ptr()).collect();
        v.push(std::ptr::null());
        v
    });
    // SAFETY: a plain query.
    let max_fd = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) }.clamp(256, 1 << 20) as i32;
    let child = Child {
        argv: &argp,
        envp: envp.as_deref(),
        executables: &executables,
        cwd: cwd.as_ref(),
        stdio,
        close_fds,
        keep: &keep,
        pass_fds: &pass,
        max_fd,
        start_new_session: new_session,
        process_group: pgroup,
        restore_signals: restore,
        umask,
        errpipe: err_w,
    };
    // SAFETY: fork; the child runs only `child_exec`, which is
    // async-signal-safe and ends in exec or `_exit`.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        // SAFETY: in the child, see above.
        unsafe { child_exec(&child) }
    }
    if pid < 0 {
        let code = errno();
        return Err(os_error(vm, code, None, None));
    }
    // The parent: keep its pipe ends, close the child's and the error pipe's
    // write end, then hear whether exec worked.
    owned.0.retain(|fd| !parent_ends.contains(fd) && *fd != err_r);
    drop(owned);
    let report = vm.allow_threads(move || {
        let mut buf = [0u8; 8];
        let mut got = 0usize;
        while got < 8 {
            // SAFETY: reading into the rest of `buf`.
            let n = unsafe { libc::read(err_r, buf[got..].as_mut_ptr() as *mut libc::c_void, 8 - got) };
            if n < 0 && errno() == libc::EINTR {
                continue;
            }
            if n <= 0 {
                break;
            }
            got += n as usize;
        }
        close(err_r);
        (got == 8).then(|| {
            let stage = i32::from_ne_bytes([buf[0], buf[1], buf[2], buf[3]]);
            let code = i32::from_ne_bytes([buf[4], buf[5], buf[6], buf[7]]);
            (stage, code)
        })
    });
    if let Some((stage, code)) = report {
        // The child ended itself: reap it, then report its error.
        vm.allow_threads(move || {
            let mut st = 0;
            // SAFETY: waiting for our own child.
            while unsafe { libc::waitpid(pid, &mut st, 0) } < 0 && errno() == libc::EINTR {}
        });
        for fd in parent_ends {
            close(fd);
        }
        let name = match stage {
            STAGE_EXEC => Some(exe_name),
            STAGE_CHDIR => Some(cwd_name),
            _ => None,
        };
        return Err(os_error(vm, code, name.filter(|n| !vm.is_none(n)), None));
    }
    let mut out = vec![vm.new_int(i64::from(pid))];
    for fd in parent_ends {
        if fd >= 0 {
            remember_pipe(fd);
        }
        out.push(vm.new_int(i64::from(fd)));
    }
    Ok(vm.new_tuple(out))
}

// ----- waiting -----

/// The return code of a wait status: the exit status, or minus the signal.
fn returncode(status: i32) -> i64 {
    if libc::WIFSIGNALED(status) {
        -i64::from(libc::WTERMSIG(status))
    } else if libc::WIFEXITED(status) {
        i64::from(libc::WEXITSTATUS(status))
    } else {
        i64::from(status)
    }
}

/// `waitpid(pid, WNOHANG)`: `Ok(Some(code))` when it ended, `Ok(None)` while
/// it runs; a child already reaped elsewhere (`ECHILD`) counts as 0, as in
/// CPython.
fn try_reap(pid: i32) -> Result<Option<i64>, i32> {
    let mut st = 0;
    loop {
        // SAFETY: `st` is a writable int.
        let r = unsafe { libc::waitpid(pid, &mut st, libc::WNOHANG) };
        if r == pid {
            return Ok(Some(returncode(st)));
        }
        if r == 0 {
            return Ok(None);
        }
        match errno() {
            libc::EINTR => continue,
            libc::ECHILD => return Ok(Some(0)),
            e => return Err(e),
        }
    }
}

fn pid_arg(vm: &mut Vm, o: &PyObjectRef) -> PyResult<i32> {
    let n = small_int(vm, o, "pid")?;
    if n <= 0 {
        return Err(vm.new_value_error("pid must be positive"));
    }
    Ok(n as i32)
}

/// `poll(pid)`: the return code, or `None` while the child runs.
fn sp_poll(vm: &mut Vm, args: Args) -> PyResult {
    let [pid] = args.exact::<1>(vm, "poll")?;
    let pid = pid_arg(vm, pid)?;
    match try_reap(pid) {
        Ok(Some(code)) => Ok(vm.new_int(code)),
        Ok(None) => Ok(vm.none()),
        Err(e) => Err(os_error(vm, e, None, None)),
    }
}

/// `wait(pid, timeout)`: the return code, or `None` if the timeout passed
/// first. Waits with the interpreter lock released, on a pidfd when the
/// kernel has them (else in short naps), a slice at a time.
fn sp_wait(vm: &mut Vm, args: Args) -> PyResult {
    let [pid, timeout] = args.exact::<2>(vm, "wait")?;
    let pid = pid_arg(vm, pid)?;
    let deadline = timeout_arg(vm, timeout)?;
    // SAFETY: a plain system call; -1 (no pidfds) falls back to naps.
    let pidfd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) } as i32;
    let r = wait_loop(vm, pid, pidfd, deadline);
    close(pidfd);
    match r? {
        Some(code) => Ok(vm.new_int(code)),
        None => Ok(vm.none()),
    }
}

fn wait_loop(vm: &mut Vm, pid: i32, pidfd: i32, deadline: Option<Instant>) -> PyResult<Option<i64>> {
    let mut nap = Duration::from_micros(200);
    loop {
        match try_reap(pid) {
            Ok(Some(code)) => return Ok(Some(code)),
            Ok(None) => {}
            Err(e) => return Err(os_error(vm, e, None, None)),
        }
        let now = Instant::now();
        let mut step = SLICE;
        if let Some(d) = deadline {
            if now >= d {
                return Ok(None);
            }
            step = step.min(d - now);
        }
        if let Some(left) = vm.time_left() {
            step = step.min(left.max(Duration::from_millis(1)));
        }
        if pidfd >= 0 {
            // Asleep until the child ends (its pidfd is readable), the
            // timeout or the deadline, or a wake-up of the interpreter's
            // waiters (`kaa_vm::wait`); the ticket checks the limits first.
            let ticket = vm.begin_fd_wait(deadline)?;
            let _ = vm.allow_threads(move || {
                let mut fds = vec![crate::socket::sys::PollFd {
                    fd: pidfd,
                    events: libc::POLLIN,
                    revents: 0,
                }];
                crate::select::poll_woken(&ticket, &mut fds)
            });
            continue;
        } else {
            let n = nap.min(step);
            vm.allow_threads(move || std::thread::sleep(n));
            nap = (nap * 2).min(Duration::from_millis(20));
        }
        vm.check_limits()?;
    }
}

// ----- communicate -----

/// The state of one `communicate` call, moved into the lock-free slices.
struct Io {
    in_fd: i32,
    input: Vec<u8>,
    offset: usize,
    out_fd: i32,
    err_fd: i32,
    out: Vec<u8>,
    err: Vec<u8>,
}

impl Io {
    fn done(&self) -> bool {
        self.in_fd < 0 && self.out_fd < 0 && self.err_fd < 0
    }

    /// Move data until everything is done, stdin is done, or `until` passes.
    fn step(&mut self, until: Instant) {
        let had_input = self.in_fd >= 0;
        while !self.done() && !(had_input && self.in_fd < 0) {
            let now = Instant::now();
            if now >= until {
                return;
            }
            let ms = (until - now).as_millis().clamp(1, 1000) as i32;
            let mut fds = Vec::with_capacity(3);
            if self.in_fd >= 0 {
                fds.push(libc::pollfd {
                    fd: self.in_fd,
                    events: libc::POLLOUT,
                    revents: 0,
                });
            }
            for fd in [self.out_fd, self.err_fd] {
                if fd >= 0 {
                    fds.push(libc::pollfd {
                        fd,
                        events: libc::POLLIN,
                        revents: 0,
                    });
                }
            }
            // SAFETY: `fds` is a valid array of pollfds.
            let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) };
            if n < 0 {
                if errno() == libc::EINTR {
                    // A signal: give the interpreter a chance to run its handler.
                    return;
                }
                // Unusable descriptors: stop using them.
                self.in_fd = -1;
                self.out_fd = -1;
                self.err_fd = -1;
                return;
            }
            for p in &fds {
                if p.revents == 0 {
                    continue;
                }
                if p.fd == self.in_fd {
                    self.write_some(p.revents);
                } else {
                    self.read_some(p.fd);
                }
            }
        }
    }

    fn write_some(&mut self, revents: libc::c_short) {
        if revents & (libc::POLLERR | libc::POLLNVAL) != 0 && revents & libc::POLLOUT == 0 {
            self.in_fd = -1;
            return;
        }
        let end = (self.offset + libc::PIPE_BUF).min(self.input.len());
        let chunk = &self.input[self.offset..end];
        // SAFETY: writing from a live slice.
        let n = unsafe { libc::write(self.in_fd, chunk.as_ptr() as *const libc::c_void, chunk.len()) };
        if n < 0 {
            match errno() {
                libc::EINTR | libc::EAGAIN => {}
                // EPIPE and the rest: the child does not want more input.
                _ => self.in_fd = -1,
            }
            return;
        }
        self.offset += n as usize;
        if self.offset >= self.input.len() {
            self.in_fd = -1;
        }
    }

    fn read_some(&mut self, fd: i32) {
        let mut buf = [0u8; 32768];
        // SAFETY: reading into a local buffer.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
        let eof = if n < 0 {
            !matches!(errno(), libc::EINTR | libc::EAGAIN)
        } else {
            n == 0
        };
        let is_out = fd == self.out_fd;
        if eof {
            if is_out {
                self.out_fd = -1;
            } else {
                self.err_fd = -1;
            }
        } else if n > 0 {
            let v = if is_out { &mut self.out } else { &mut self.err };
            v.extend_from_slice(&buf[..n as usize]);
        }
    }
}

fn fd_or_none(vm: &mut Vm, o: &PyObjectRef, what: &str) -> PyResult<i32> {
    if vm.is_none(o) {
        return Ok(-1);
    }
    let n = small_int(vm, o, what)?;
    Ok(if n < 0 { -1 } else { n as i32 })
}

/// `communicate(stdin_fd, input, offset, stdout_fd, stderr_fd, timeout)` →
/// `(offset, out, err, stdin_done, stdout_eof, stderr_eof, status)`.
/// Descriptors are ints or `None`; `input` is bytes (or `None`) of which
/// `offset` bytes were written before. `status` is 0 when all is done, 1 on
/// a timeout, 2 when all input is written (the caller closes stdin, so that
/// the child sees its end, and calls again); what was read so far is
/// returned each time. Nothing is closed here.
fn sp_communicate(vm: &mut Vm, args: Args) -> PyResult {
    let [in_fd, input, offset, out_fd, err_fd, timeout] = args.exact::<6>(vm, "communicate")?;
    check_subprocess(vm)?;
    let in_fd = fd_or_none(vm, in_fd, "stdin")?;
    let out_fd = fd_or_none(vm, out_fd, "stdout")?;
    let err_fd = fd_or_none(vm, err_fd, "stderr")?;
    let input: Vec<u8> = if vm.is_none(input) {
        Vec::new()
    } else {
        match input.downcast_ref::<PyBytes>() {
            Some(b) => b.value.to_vec(),
            None => return Err(vm.new_type_error("input must be bytes")),
        }
    };
    let offset = small_int(vm, offset, "offset")?.max(0) as usize;
    let deadline = timeout_arg(vm, timeout)?;
    let mut io = Io {
        in_fd: if offset >= input.len() { -1 } else { in_fd },
        input,
        offset,
        out_fd,
        err_fd,
        out: Vec::new(),
        err: Vec::new(),
    };
    let had_input = io.in_fd >= 0;
    // 0: everything done; 1: the timeout passed; 2: stdin is done, and the
    // caller must close it (the child may wait for its end) and call again.
    let status = loop {
        if io.done() {
            break 0;
        }
        if had_input && io.in_fd < 0 {
            break 2;
        }
        let now = Instant::now();
        let mut until = now + SLICE;
        if let Some(d) = deadline {
            if now >= d {
                break 1;
            }
            until = until.min(d);
        }
        let mut moved = std::mem::replace(
            &mut io,
            Io {
                in_fd: -1,
                input: Vec::new(),
                offset: 0,
                out_fd: -1,
                err_fd: -1,
                out: Vec::new(),
                err: Vec::new(),
            },
        );
        io = vm.allow_threads(move || {
            moved.step(until);
            moved
        });
        vm.check_alloc((io.out.len() + io.err.len()) as u128)?;
        vm.check_limits()?;
    };
    let items = vec![
        vm.new_int(io.offset as i64),
        vm.new_bytes(std::mem::take(&mut io.out)),
        vm.new_bytes(std::mem::take(&mut io.err)),
        vm.new_bool(io.in_fd < 0),
        vm.new_bool(io.out_fd < 0),
        vm.new_bool(io.err_fd < 0),
        vm.new_int(status),
    ];
    Ok(vm.new_tuple(items))
}

// ----- pipe files -----

/// `pipe_file(fd, mode)`: a `FileIO` ("rb" or "wb") over a pipe end that
/// `spawn` made (only those: see the module notes).
fn sp_pipe_file(vm: &mut Vm, args: Args) -> PyResult {
    let [fd, mode] = args.exact::<2>(vm, "pipe_file")?;
    let n = small_int(vm, fd, "fd")?;
    let Some(mode_s) = mode.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()) else {
        return Err(vm.new_type_error("mode must be str"));
    };
    if mode_s != "rb" && mode_s != "wb" {
        return Err(vm.new_value_error("mode must be 'rb' or 'wb'"));
    }
    if n < 0 || !take_pipe(n as i32) {
        return Err(vm.new_value_error("not a pipe made by spawn"));
    }
    // The pipe is the child's, not the file system's: wrap it without the
    // descriptor grant (restored at once, whatever happens).
    let grants = vm.limits.grants.get();
    vm.limits.grants.set(kaa_vm::limits::Grants {
        filesystem: true,
        ..grants
    });
    let r = crate::io::fileio::new_fileio(vm, fd, &mode_s, true, None);
    vm.limits.grants.set(grants);
    if r.is_err() {
        remember_pipe(n as i32);
    }
    r
}

/// `close(fd)` for a pipe end `spawn` made and nobody wrapped (so that an
/// unused end does not leak).
fn sp_close_pipe(vm: &mut Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "close_pipe")?;
    let n = small_int(vm, fd, "fd")?;
    if n >= 0 && take_pipe(n as i32) {
        close(n as i32);
    }
    Ok(vm.none())
}

/// `inherits_environ()`: whether a child started without `env=` may inherit
/// the process environment (the environment grant); otherwise
/// `subprocess.py` passes the script's own `os.environ`.
fn sp_inherits_environ(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "inherits_environ")?;
    Ok(vm.new_bool(vm.limits.grants.get().environment))
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_subprocess", None)?;
    let funcs: [(&'static str, kaa_vm::vm::NativeFn); 7] = [
        ("close_pipe", sp_close_pipe),
        ("communicate", sp_communicate),
        ("inherits_environ", sp_inherits_environ),
        ("pipe_file", sp_pipe_file),
        ("poll", sp_poll),
        ("spawn", sp_spawn),
        ("wait", sp_wait),
    ];
    for (name, f) in funcs {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    Ok(m)
}
