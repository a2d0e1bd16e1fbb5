//! `posix` functions on file descriptors: `open`, `read`, `write`, `close`,
//! `lseek`, `pipe`, `dup`, `fstat`, ... They need the whole-filesystem grant
//! (`open` instead asks for its path, by its flags).

use kaa_vm::limits::Access;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

use super::{
    bool_arg, c_int, check_fd, check_path, dir_fd_arg, fd_arg, int_arg, last_error, parse, path_arg, path_error, Allow,
};

pub(super) const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("close", posix_close),
    ("closerange", posix_closerange),
    ("dup", posix_dup),
    ("dup2", posix_dup2),
    ("fchdir", posix_fchdir),
    ("fchmod", posix_fchmod),
    ("fdatasync", posix_fdatasync),
    ("fstat", posix_fstat),
    ("fsync", posix_fsync),
    ("ftruncate", posix_ftruncate),
    ("get_blocking", posix_get_blocking),
    ("get_inheritable", posix_get_inheritable),
    ("isatty", posix_isatty),
    ("lseek", posix_lseek),
    ("open", posix_open),
    ("pipe", posix_pipe),
    ("read", posix_read),
    ("set_blocking", posix_set_blocking),
    ("set_inheritable", posix_set_inheritable),
    ("write", posix_write),
];

pub(super) const CONSTANTS: &[(&str, i64)] = &[
    ("O_RDONLY", libc::O_RDONLY as i64),
    ("O_WRONLY", libc::O_WRONLY as i64),
    ("O_RDWR", libc::O_RDWR as i64),
    ("O_APPEND", libc::O_APPEND as i64),
    ("O_CREAT", libc::O_CREAT as i64),
    ("O_EXCL", libc::O_EXCL as i64),
    ("O_TRUNC", libc::O_TRUNC as i64),
    ("O_NONBLOCK", libc::O_NONBLOCK as i64),
    ("O_NDELAY", libc::O_NDELAY as i64),
    ("O_SYNC", libc::O_SYNC as i64),
    ("O_DSYNC", libc::O_DSYNC as i64),
    ("O_NOCTTY", libc::O_NOCTTY as i64),
    ("O_CLOEXEC", libc::O_CLOEXEC as i64),
    ("O_DIRECTORY", libc::O_DIRECTORY as i64),
    ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
    ("O_ACCMODE", libc::O_ACCMODE as i64),
    #[cfg(target_os = "linux")]
    ("O_RSYNC", libc::O_RSYNC as i64),
    #[cfg(target_os = "linux")]
    ("O_NOATIME", libc::O_NOATIME as i64),
    #[cfg(target_os = "linux")]
    ("O_PATH", libc::O_PATH as i64),
    #[cfg(target_os = "linux")]
    ("O_TMPFILE", libc::O_TMPFILE as i64),
    #[cfg(target_os = "linux")]
    ("O_DIRECT", libc::O_DIRECT as i64),
    #[cfg(target_os = "linux")]
    ("O_LARGEFILE", libc::O_LARGEFILE as i64),
    #[cfg(target_os = "linux")]
    ("O_ASYNC", libc::O_ASYNC as i64),
    ("SEEK_SET", libc::SEEK_SET as i64),
    ("SEEK_CUR", libc::SEEK_CUR as i64),
    ("SEEK_END", libc::SEEK_END as i64),
    #[cfg(target_os = "linux")]
    ("SEEK_DATA", libc::SEEK_DATA as i64),
    #[cfg(target_os = "linux")]
    ("SEEK_HOLE", libc::SEEK_HOLE as i64),
];

/// A file-descriptor argument, after the whole-filesystem check.
fn fd_checked(vm: &mut Vm, o: &PyObjectRef) -> PyResult<i32> {
    let fd = fd_arg(vm, o)?;
    check_fd(vm)?;
    Ok(fd)
}

/// `0` from the call, or the `OSError` of `errno`.
fn check_rc(vm: &mut Vm, rc: i32) -> PyResult {
    if rc < 0 {
        return Err(last_error(vm));
    }
    Ok(vm.none())
}

/// `open(path, flags, mode=0o777, *, dir_fd=None)`: a new descriptor, not
/// inheritable (`O_CLOEXEC`), as CPython's.
fn posix_open(vm: &mut Vm, args: Args) -> PyResult {
    let [path, flags, mode, dir_fd] = parse(vm, &args, "open", ["path", "flags", "mode", "dir_fd"], 3, 2)?;
    let p = path_arg(vm, path.as_ref().expect("required"), "open", "path", Allow::Path)?;
    let flags = c_int(vm, flags.as_ref().expect("required"))?;
    let mode = match &mode {
        Some(m) => c_int(vm, m)?,
        None => 0o777,
    };
    let dir_fd = dir_fd_arg(vm, &dir_fd)?;
    let writes = libc::O_WRONLY | libc::O_RDWR | libc::O_CREAT | libc::O_TRUNC | libc::O_APPEND;
    let access = if flags & writes != 0 {
        Access::Write
    } else {
        Access::Read
    };
    check_path(vm, &p, access, dir_fd)?;
    let fd = loop {
        // SAFETY: `p.c` is NUL-terminated.
        let fd = unsafe {
            libc::openat(
                dir_fd.unwrap_or(libc::AT_FDCWD),
                p.c.as_ptr(),
                flags | libc::O_CLOEXEC,
                mode as libc::c_uint,
            )
        };
        if fd < 0 && super::errno() == libc::EINTR {
            vm.check_limits()?;
            continue;
        }
        break fd;
    };
    if fd < 0 {
        return Err(path_error(vm, &p));
    }
    Ok(vm.new_int(i64::from(fd)))
}

/// `close(fd)`.
fn posix_close(vm: &mut Vm, args: Args) -> PyResult {
    let [fd] = parse(vm, &args, "close", ["fd"], 1, 1)?;
    let fd = fd_checked(vm, fd.as_ref().expect("required"))?;
    // SAFETY: closing an integer descriptor is always memory-safe.
    let rc = unsafe { libc::close(fd) };
    check_rc(vm, rc)
}

/// `closerange(fd_low, fd_high)`: errors are ignored.
fn posix_closerange(vm: &mut Vm, args: Args) -> PyResult {
    let [lo, hi] = args.exact::<2>(vm, "closerange")?;
    let lo = fd_arg(vm, lo)?;
    let hi = fd_arg(vm, hi)?;
    check_fd(vm)?;
    for fd in lo.max(0)..hi {
        // SAFETY: as for `close`.
        unsafe { libc::close(fd) };
    }
    Ok(vm.none())
}

/// `read(fd, length)`.
fn posix_read(vm: &mut Vm, args: Args) -> PyResult {
    let [fd, n] = args.exact::<2>(vm, "read")?;
    let fd = fd_arg(vm, fd)?;
    let n = int_arg(vm, n, "ssize_t", i64::MIN, i64::MAX)?;
    check_fd(vm)?;
    if n < 0 {
        return Err(super::os_error(vm, libc::EINVAL, None, None));
    }
    let n = n as usize;
    vm.check_alloc(n as u128)?;
    let mut buf: Vec<u8> = Vec::new();
    if buf.try_reserve_exact(n).is_err() {
        return Err(vm.new_memory_error());
    }
    let got = loop {
        // The address crosses into the lock-free section as an integer.
        let addr = buf.as_mut_ptr() as usize;
        // SAFETY: the buffer has capacity for `n` bytes and outlives the call.
        let r = vm.allow_threads(move || unsafe { libc::read(fd, addr as *mut libc::c_void, n) });
        if r < 0 && super::errno() == libc::EINTR {
            vm.check_limits()?;
            continue;
        }
        break r;
    };
    if got < 0 {
        return Err(last_error(vm));
    }
    // SAFETY: `read` initialised the first `got` bytes.
    unsafe { buf.set_len(got as usize) };
    Ok(vm.new_bytes(buf))
}

/// The bytes of a bytes-like argument (`bytes`; `bytearray`, `memoryview`
/// and the other buffer exporters through `bytes(obj)`).
pub(super) fn bytes_like(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    Ok(kaa_vm::object::buffer::bytes_like(vm, o)?.to_vec())
}

/// `write(fd, data)`.
fn posix_write(vm: &mut Vm, args: Args) -> PyResult {
    let [fd, data] = args.exact::<2>(vm, "write")?;
    let fd = fd_arg(vm, fd)?;
    if data.downcast_ref::<PyStr>().is_some() {
        return Err(vm.new_type_error("a bytes-like object is required, not 'str'"));
    }
    let data = bytes_like(vm, data)?;
    check_fd(vm)?;
    let n = loop {
        let (addr, len) = (data.as_ptr() as usize, data.len());
        // SAFETY: `data` is readable for its length and outlives the call.
        let r = vm.allow_threads(move || unsafe { libc::write(fd, addr as *const libc::c_void, len) });
        if r < 0 && super::errno() == libc::EINTR {
            vm.check_limits()?;
            continue;
        }
        break r;
    };
    if n < 0 {
        return Err(last_error(vm));
    }
    Ok(vm.new_int(n as i64))
}

/// `lseek(fd, position, whence)`.
fn posix_lseek(vm: &mut Vm, args: Args) -> PyResult {
    let [fd, pos, how] = args.exact::<3>(vm, "lseek")?;
    let fd = fd_arg(vm, fd)?;
    let pos = int_arg(vm, pos, "long", i64::MIN, i64::MAX)?;
    let how = c_int(vm, how)?;
    check_fd(vm)?;
    // SAFETY: a plain system call on integers.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, how) };
    if r < 0 {
        return Err(last_error(vm));
    }
    Ok(vm.new_int(r as i64))
}

/// `pipe()`: two non-inheritable descriptors.
fn posix_pipe(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "posix.pipe")?;
    check_fd(vm)?;
    let mut fds = [0i32; 2];
    // SAFETY: `fds` holds two ints.
    let rc = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) };
    if rc < 0 {
        return Err(last_error(vm));
    }
    let (r, w) = (vm.new_int(i64::from(fds[0])), vm.new_int(i64::from(fds[1])));
    Ok(vm.new_tuple(vec![r, w]))
}

/// `dup(fd)`: a non-inheritable duplicate.
fn posix_dup(vm: &mut Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "dup")?;
    let fd = fd_checked(vm, fd)?;
    // SAFETY: a plain system call on integers.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(last_error(vm));
    }
    Ok(vm.new_int(i64::from(r)))
}

/// `dup2(fd, fd2, inheritable=True)`.
fn posix_dup2(vm: &mut Vm, args: Args) -> PyResult {
    let [fd, fd2, inh] = parse(vm, &args, "dup2", ["fd", "fd2", "inheritable"], 3, 2)?;
    let fd = fd_arg(vm, fd.as_ref().expect("required"))?;
    let fd2 = fd_arg(vm, fd2.as_ref().expect("required"))?;
    let inh = bool_arg(vm, &inh, true)?;
    check_fd(vm)?;
    if fd2 < 0 {
        return Err(super::os_error(vm, libc::EBADF, None, None));
    }
    // SAFETY: plain system calls on integers.
    let r = unsafe {
        if inh || fd == fd2 {
            libc::dup2(fd, fd2)
        } else {
            libc::dup3(fd, fd2, libc::O_CLOEXEC)
        }
    };
    if r < 0 {
        return Err(last_error(vm));
    }
    Ok(vm.new_int(i64::from(r)))
}

/// `isatty(fd)`.
fn posix_isatty(vm: &mut Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "isatty")?;
    let fd = fd_arg(vm, fd)?;
    // SAFETY: a plain system call on an integer.
    let r = unsafe { libc::isatty(fd) };
    Ok(vm.new_bool(r == 1))
}

/// The `FD_CLOEXEC` flag of `fd`.
fn fd_flags(vm: &mut Vm, fd: i32, cmd: i32) -> PyResult<i32> {
    // SAFETY: a plain system call on integers.
    let r = unsafe { libc::fcntl(fd, cmd) };
    if r < 0 {
        return Err(last_error(vm));
    }
    Ok(r)
}

fn posix_get_inheritable(vm: &mut Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "get_inheritable")?;
    let fd = fd_checked(vm, fd)?;
    let f = fd_flags(vm, fd, libc::F_GETFD)?;
    Ok(vm.new_bool(f & libc::FD_CLOEXEC == 0))
}

fn posix_set_inheritable(vm: &mut Vm, args: Args) -> PyResult {
    let [fd, on] = args.exact::<2>(vm, "set_inheritable")?;
    let fd = fd_arg(vm, fd)?;
    let on = c_int(vm, on)? != 0;
    check_fd(vm)?;
    let f = fd_flags(vm, fd, libc::F_GETFD)?;
    let f = if on {
        f & !libc::FD_CLOEXEC
    } else {
        f | libc::FD_CLOEXEC
    };
    // SAFETY: a plain system call on integers.
    let rc = unsafe { libc::fcntl(fd, libc::F_SETFD, f) };
    check_rc(vm, rc)
}

fn posix_get_blocking(vm: &mut Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "get_blocking")?;
    let fd = fd_checked(vm, fd)?;
    let f = fd_flags(vm, fd, libc::F_GETFL)?;
    Ok(vm.new_bool(f & libc::O_NONBLOCK == 0))
}

fn posix_set_blocking(vm: &mut Vm, args: Args) -> PyResult {
    let [fd, on] = args.exact::<2>(vm, "set_blocking")?;
    let fd = fd_arg(vm, fd)?;
    let on = c_int(vm, on)? != 0;
    check_fd(vm)?;
    let f = fd_flags(vm, fd, libc::F_GETFL)?;
    let f = if on {
        f & !libc::O_NONBLOCK
    } else {
        f | libc::O_NONBLOCK
    };
    // SAFETY: a plain system call on integers.
    let rc = unsafe { libc::fcntl(fd, libc::F_SETFL, f) };
    check_rc(vm, rc)
}

/// `fstat(fd)`.
fn posix_fstat(vm: &mut Vm, args: Args) -> PyResult {
    let [fd] = parse(vm, &args, "fstat", ["fd"], 1, 1)?;
    let fd = fd_checked(vm, fd.as_ref().expect("required"))?;
    // SAFETY: all-zero bytes are a valid `struct stat`, which `fstat` fills.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    let rc = unsafe { libc::fstat(fd, &mut st) };
    if rc != 0 {
        return Err(last_error(vm));
    }
    super::fs::stat_result(vm, &st)
}

fn posix_fsync(vm: &mut Vm, args: Args) -> PyResult {
    let [fd] = parse(vm, &args, "fsync", ["fd"], 1, 1)?;
    let fd = fd_or_fileno(vm, fd.as_ref().expect("required"))?;
    check_fd(vm)?;
    // SAFETY: a plain system call on an integer.
    let rc = unsafe { libc::fsync(fd) };
    check_rc(vm, rc)
}

fn posix_fdatasync(vm: &mut Vm, args: Args) -> PyResult {
    let [fd] = parse(vm, &args, "fdatasync", ["fd"], 1, 1)?;
    let fd = fd_or_fileno(vm, fd.as_ref().expect("required"))?;
    check_fd(vm)?;
    // SAFETY: a plain system call on an integer.
    let rc = unsafe { libc::fdatasync(fd) };
    check_rc(vm, rc)
}

/// A descriptor, or an object with a `fileno()` method (`fsync(f)`).
fn fd_or_fileno(vm: &mut Vm, o: &PyObjectRef) -> PyResult<i32> {
    if o.downcast_ref::<kaa_vm::object::int::PyInt>().is_none() {
        let n = vm.intern("fileno");
        if vm.get_attr_opt(o, &n)?.is_some() {
            let r = vm.call_method(o, "fileno", &[])?;
            return fd_arg(vm, &r);
        }
    }
    fd_arg(vm, o)
}

fn posix_ftruncate(vm: &mut Vm, args: Args) -> PyResult {
    let [fd, length] = args.exact::<2>(vm, "ftruncate")?;
    let fd = fd_arg(vm, fd)?;
    let length = int_arg(vm, length, "long", i64::MIN, i64::MAX)?;
    check_fd(vm)?;
    // SAFETY: a plain system call on integers.
    let rc = unsafe { libc::ftruncate(fd, length as libc::off_t) };
    check_rc(vm, rc)
}

fn posix_fchmod(vm: &mut Vm, args: Args) -> PyResult {
    let [fd, mode] = parse(vm, &args, "fchmod", ["fd", "mode"], 2, 2)?;
    let fd = fd_arg(vm, fd.as_ref().expect("required"))?;
    let mode = c_int(vm, mode.as_ref().expect("required"))?;
    check_fd(vm)?;
    // SAFETY: a plain system call on integers.
    let rc = unsafe { libc::fchmod(fd, mode as libc::mode_t) };
    check_rc(vm, rc)
}

fn posix_fchdir(vm: &mut Vm, args: Args) -> PyResult {
    let [fd] = parse(vm, &args, "fchdir", ["fd"], 1, 1)?;
    let fd = fd_or_fileno(vm, fd.as_ref().expect("required"))?;
    check_fd(vm)?;
    // SAFETY: a plain system call on an integer.
    let rc = unsafe { libc::fchdir(fd) };
    check_rc(vm, rc)
}
