//! `posix` functions on the process and the machine: ids, the environment,
//! `uname`, `times`, the terminal size, `urandom`, `system`, `kill`, `exec*`.

use std::ffi::{CStr, CString};

use kaa_vm::object::bytes::PyBytes;
use kaa_vm::object::list::PyList;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

use super::{c_int, check_subprocess, fd_arg, int_arg, last_error, module_attr, os_error, parse};
use crate::sys::{new_struct_seq, new_struct_seq_type};

pub(super) const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_exit", posix_exit),
    ("confstr", posix_confstr),
    ("cpu_count", posix_cpu_count),
    ("execv", posix_execv),
    ("execve", posix_execve),
    ("get_terminal_size", posix_get_terminal_size),
    ("getegid", posix_getegid),
    ("geteuid", posix_geteuid),
    ("getgid", posix_getgid),
    ("getgroups", posix_getgroups),
    ("getloadavg", posix_getloadavg),
    ("getpgrp", posix_getpgrp),
    ("getpid", posix_getpid),
    ("getppid", posix_getppid),
    ("getuid", posix_getuid),
    ("kill", posix_kill),
    ("putenv", posix_putenv),
    ("strerror", posix_strerror),
    ("system", posix_system),
    ("times", posix_times),
    ("umask", posix_umask),
    ("uname", posix_uname),
    ("unsetenv", posix_unsetenv),
    ("urandom", posix_urandom),
    ("waitpid", posix_waitpid),
];

pub(super) const CONSTANTS: &[(&str, i64)] = &[
    ("EX_OK", 0),
    ("WNOHANG", libc::WNOHANG as i64),
    ("WUNTRACED", libc::WUNTRACED as i64),
];

/// `os.terminal_size`, `posix.uname_result`, `posix.times_result`, and the
/// environment as the script first sees it (`environ`, bytes to bytes).
pub(super) fn init_types(vm: &mut Vm, d: &PyObjectRef) -> PyResult<()> {
    let ts = new_struct_seq_type(vm, "os", "os.terminal_size", &["columns", "lines"]);
    super::constructible(vm, &ts);
    vm.dict_set_str(d, "terminal_size", ts)?;
    let un = new_struct_seq_type(
        vm,
        "posix",
        "posix.uname_result",
        &["sysname", "nodename", "release", "version", "machine"],
    );
    super::constructible(vm, &un);
    vm.dict_set_str(d, "uname_result", un)?;
    let tr = new_struct_seq_type(
        vm,
        "posix",
        "posix.times_result",
        &["user", "system", "children_user", "children_system", "elapsed"],
    );
    super::constructible(vm, &tr);
    vm.dict_set_str(d, "times_result", tr)?;
    let env = vm.new_dict();
    if vm.limits.grants.get().environment {
        use std::os::unix::ffi::OsStrExt;
        for (k, v) in std::env::vars_os() {
            let k = vm.new_bytes(k.as_bytes().to_vec());
            let v = vm.new_bytes(v.as_bytes().to_vec());
            vm.dict_set(&env, k, v)?;
        }
    }
    vm.dict_set_str(d, "environ", env)?;
    let names = vm.new_dict();
    for &(name, v) in CONFSTR_NAMES {
        let v = vm.new_int(i64::from(v));
        vm.dict_set_str(&names, name, v)?;
    }
    vm.dict_set_str(d, "confstr_names", names)?;
    Ok(())
}

/// The `confstr` names Kaa knows (Linux values).
const CONFSTR_NAMES: &[(&str, i32)] = &[
    ("CS_PATH", 0),
    ("CS_GNU_LIBC_VERSION", 2),
    ("CS_GNU_LIBPTHREAD_VERSION", 3),
];

/// `confstr(name)`: a string-valued system configuration value, or `None`.
fn posix_confstr(vm: &mut Vm, args: Args) -> PyResult {
    let [name] = args.exact::<1>(vm, "confstr")?;
    let code = if let Some(s) = name.downcast_ref::<PyStr>() {
        match CONFSTR_NAMES.iter().find(|(n, _)| *n == s.as_str()) {
            Some(&(_, v)) => v,
            None => return Err(vm.new_value_error("unrecognized configuration name")),
        }
    } else if name.downcast_ref::<kaa_vm::object::int::PyInt>().is_some() {
        c_int(vm, name)?
    } else {
        return Err(vm.new_type_error(format!(
            "configuration names must be strings or integers, not {}",
            name.ty().name()
        )));
    };
    let mut buf = vec![0u8; 1024];
    loop {
        // SAFETY: errno is this thread's; `buf` is writable for its length.
        let n = unsafe {
            *libc::__errno_location() = 0;
            libc::confstr(code, buf.as_mut_ptr().cast(), buf.len())
        };
        if n == 0 {
            let e = super::errno();
            if e != 0 {
                return Err(os_error(vm, e, None, None));
            }
            return Ok(vm.none());
        }
        if n <= buf.len() {
            let end = buf.iter().position(|b| *b == 0).unwrap_or(n.saturating_sub(1));
            return Ok(vm.new_str(String::from_utf8_lossy(&buf[..end]).into_owned()));
        }
        if n > 1 << 20 {
            return Ok(vm.none());
        }
        buf.resize(n, 0);
    }
}

fn small_int(vm: &mut Vm, args: Args, fname: &str, v: i64) -> PyResult {
    args.exact::<0>(vm, fname)?;
    Ok(vm.new_int(v))
}

// SAFETY (for the id getters): these calls take no arguments and cannot fail.
fn posix_getpid(vm: &mut Vm, args: Args) -> PyResult {
    small_int(vm, args, "posix.getpid", i64::from(std::process::id()))
}

fn posix_getppid(vm: &mut Vm, args: Args) -> PyResult {
    // SAFETY: see above.
    let v = unsafe { libc::getppid() };
    small_int(vm, args, "posix.getppid", i64::from(v))
}

fn posix_getuid(vm: &mut Vm, args: Args) -> PyResult {
    // SAFETY: see above.
    let v = unsafe { libc::getuid() };
    small_int(vm, args, "posix.getuid", i64::from(v))
}

fn posix_geteuid(vm: &mut Vm, args: Args) -> PyResult {
    // SAFETY: see above.
    let v = unsafe { libc::geteuid() };
    small_int(vm, args, "posix.geteuid", i64::from(v))
}

fn posix_getgid(vm: &mut Vm, args: Args) -> PyResult {
    // SAFETY: see above.
    let v = unsafe { libc::getgid() };
    small_int(vm, args, "posix.getgid", i64::from(v))
}

fn posix_getegid(vm: &mut Vm, args: Args) -> PyResult {
    // SAFETY: see above.
    let v = unsafe { libc::getegid() };
    small_int(vm, args, "posix.getegid", i64::from(v))
}

fn posix_getpgrp(vm: &mut Vm, args: Args) -> PyResult {
    // SAFETY: see above.
    let v = unsafe { libc::getpgrp() };
    small_int(vm, args, "posix.getpgrp", i64::from(v))
}

fn posix_getgroups(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "posix.getgroups")?;
    let mut groups = vec![0 as libc::gid_t; 1024];
    // SAFETY: `groups` has room for its length.
    let n = unsafe { libc::getgroups(groups.len() as i32, groups.as_mut_ptr()) };
    if n < 0 {
        return Err(last_error(vm));
    }
    let items = groups[..n as usize].iter().map(|g| vm.new_int(i64::from(*g))).collect();
    Ok(vm.new_list(items))
}

/// `cpu_count()`: the processors online, or `None`.
fn posix_cpu_count(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "posix.cpu_count")?;
    // SAFETY: a plain query.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 { vm.none() } else { vm.new_int(n as i64) })
}

/// `urandom(size)`: `size` bytes from the kernel's generator.
fn posix_urandom(vm: &mut Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "urandom")?;
    let n = int_arg(vm, n, "ssize_t", i64::MIN, i64::MAX)?;
    if n < 0 {
        return Err(vm.new_value_error("negative argument not allowed"));
    }
    let n = n as usize;
    vm.check_alloc(n as u128)?;
    let mut buf: Vec<u8> = Vec::new();
    if buf.try_reserve_exact(n).is_err() {
        return Err(vm.new_memory_error());
    }
    buf.resize(n, 0);
    let mut done = 0;
    while done < n {
        // SAFETY: the rest of `buf` is writable.
        let r = unsafe { libc::getrandom(buf[done..].as_mut_ptr().cast(), n - done, 0) };
        if r < 0 {
            if super::errno() == libc::EINTR {
                vm.check_limits()?;
                continue;
            }
            return Err(last_error(vm));
        }
        done += r as usize;
    }
    Ok(vm.new_bytes(buf))
}

/// `get_terminal_size(fd=STDOUT_FILENO)`.
fn posix_get_terminal_size(vm: &mut Vm, args: Args) -> PyResult {
    let fd = match args.range(vm, "get_terminal_size", 0, 1)? {
        [fd] => fd_arg(vm, fd)?,
        _ => 1,
    };
    // SAFETY: all-zero bytes are a valid `winsize`, which the ioctl fills.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one `winsize`.
    let rc = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) };
    if rc != 0 {
        return Err(last_error(vm));
    }
    let cls = module_attr(vm, "terminal_size")?;
    let items = vec![vm.new_int(i64::from(ws.ws_col)), vm.new_int(i64::from(ws.ws_row))];
    Ok(new_struct_seq(vm, &cls, items))
}

/// `strerror(code)`.
fn posix_strerror(vm: &mut Vm, args: Args) -> PyResult {
    let [code] = args.exact::<1>(vm, "strerror")?;
    let code = c_int(vm, code)?;
    Ok(vm.new_str(super::strerror(code)))
}

/// `umask(mask)`: the previous mask. It changes the process, so it needs the
/// whole file system.
fn posix_umask(vm: &mut Vm, args: Args) -> PyResult {
    let [mask] = args.exact::<1>(vm, "umask")?;
    let mask = c_int(vm, mask)?;
    super::check_fd(vm)?;
    // SAFETY: a plain system call.
    let old = unsafe { libc::umask(mask as libc::mode_t) };
    Ok(vm.new_int(i64::from(old)))
}

/// `_exit(n)`: ends the process at once. A sandboxed script may not end its
/// host: it needs the subprocess grant.
fn posix_exit(vm: &mut Vm, args: Args) -> PyResult {
    let [status] = parse(vm, &args, "_exit", ["status"], 1, 1)?;
    let status = c_int(vm, status.as_ref().expect("required"))?;
    check_subprocess(vm)?;
    let _ = vm.out().flush();
    // SAFETY: ending the process; nothing runs afterwards.
    unsafe { libc::_exit(status) }
}

/// `kill(pid, signal)`.
fn posix_kill(vm: &mut Vm, args: Args) -> PyResult {
    let [pid, sig] = args.exact::<2>(vm, "kill")?;
    let pid = c_int(vm, pid)?;
    let sig = c_int(vm, sig)?;
    check_subprocess(vm)?;
    // SAFETY: a plain system call on integers.
    let rc = unsafe { libc::kill(pid, sig) };
    if rc != 0 {
        return Err(last_error(vm));
    }
    Ok(vm.none())
}

/// A str/bytes/PathLike argument as a C string (`PyUnicode_FSConverter`).
fn fs_cstring(vm: &mut Vm, o: &PyObjectRef) -> PyResult<CString> {
    let p = super::fspath(vm, o)?;
    let raw = if let Some(s) = p.downcast_ref::<PyStr>() {
        s.as_str().as_bytes().to_vec()
    } else {
        p.downcast_ref::<PyBytes>()
            .map(|b| b.value.to_vec())
            .unwrap_or_default()
    };
    CString::new(raw).map_err(|_| vm.new_value_error("embedded null byte"))
}

/// `system(command)`: the wait status of `sh -c command`.
fn posix_system(vm: &mut Vm, args: Args) -> PyResult {
    let [cmd] = parse(vm, &args, "system", ["command"], 1, 1)?;
    let cmd = fs_cstring(vm, cmd.as_ref().expect("required"))?;
    check_subprocess(vm)?;
    let _ = vm.out().flush();
    let addr = cmd.as_ptr() as usize;
    // SAFETY: `cmd` is NUL-terminated and outlives the call.
    let status = vm.allow_threads(move || unsafe { libc::system(addr as *const libc::c_char) });
    Ok(vm.new_int(i64::from(status)))
}

/// `waitpid(pid, options)`: `(pid, status)`.
fn posix_waitpid(vm: &mut Vm, args: Args) -> PyResult {
    let [pid, options] = args.exact::<2>(vm, "waitpid")?;
    let pid = c_int(vm, pid)?;
    let options = c_int(vm, options)?;
    check_subprocess(vm)?;
    let mut status = 0;
    let addr = &mut status as *mut i32 as usize;
    // SAFETY: `status` is a writable int that outlives the call.
    let r = vm.allow_threads(move || unsafe { libc::waitpid(pid, addr as *mut i32, options) });
    if r < 0 {
        return Err(last_error(vm));
    }
    let (p, s) = (vm.new_int(i64::from(r)), vm.new_int(i64::from(status)));
    Ok(vm.new_tuple(vec![p, s]))
}

/// The items of a list or tuple argument.
fn seq_items(o: &PyObjectRef) -> Option<Vec<PyObjectRef>> {
    if let Some(t) = o.downcast_ref::<PyTuple>() {
        return Some(t.as_slice().to_vec());
    }
    o.downcast_ref::<PyList>().map(|l| l.items.borrow().clone())
}

/// `argv` of `execv`/`execve` as C strings.
fn exec_argv(vm: &mut Vm, fname: &str, argv: &PyObjectRef) -> PyResult<Vec<CString>> {
    let Some(items) = seq_items(argv) else {
        return Err(vm.new_type_error(format!("{fname}: argv must be a tuple or list")));
    };
    if items.is_empty() {
        return Err(vm.new_value_error(format!("{fname}: argv must not be empty")));
    }
    let mut out = Vec::with_capacity(items.len());
    for a in &items {
        out.push(fs_cstring(vm, a)?);
    }
    if out[0].as_bytes().is_empty() {
        return Err(vm.new_value_error(format!("{fname}: argv first element cannot be empty")));
    }
    Ok(out)
}

/// Replace the process: `execve(path, argv, env)`, never returning on success.
fn do_exec(vm: &mut Vm, path: &PyObjectRef, argv: Vec<CString>, env: Option<Vec<CString>>) -> PyResult {
    let p = fs_cstring(vm, path)?;
    check_subprocess(vm)?;
    let _ = vm.out().flush();
    let mut argp: Vec<*const libc::c_char> = argv.iter().map(|a| a.as_ptr()).collect();
    argp.push(std::ptr::null());
    // SAFETY: every pointer is a NUL-terminated string alive for the call, and
    // both arrays end with a null pointer.
    unsafe {
        match &env {
            Some(env) => {
                let mut envp: Vec<*const libc::c_char> = env.iter().map(|a| a.as_ptr()).collect();
                envp.push(std::ptr::null());
                libc::execve(p.as_ptr(), argp.as_ptr(), envp.as_ptr());
            }
            None => {
                libc::execv(p.as_ptr(), argp.as_ptr());
            }
        }
    }
    Err(last_error(vm))
}

fn posix_execv(vm: &mut Vm, args: Args) -> PyResult {
    let [path, argv] = args.exact::<2>(vm, "execv")?;
    let argv = exec_argv(vm, "execv", argv)?;
    do_exec(vm, path, argv, None)
}

fn posix_execve(vm: &mut Vm, args: Args) -> PyResult {
    let [path, argv, env] = parse(vm, &args, "execve", ["path", "argv", "env"], 3, 3)?;
    let argv = exec_argv(vm, "execve", argv.as_ref().expect("required"))?;
    let env = env.expect("required");
    let keys = vm.call_method(&env, "keys", &[])?;
    let keys = vm.collect(&keys)?;
    let mut envp = Vec::with_capacity(keys.len());
    for k in keys {
        let v = vm.get_item(&env, &k)?;
        let mut entry = fs_cstring(vm, &k)?.into_bytes();
        if entry.is_empty() || entry.contains(&b'=') {
            return Err(vm.new_value_error("illegal environment variable name"));
        }
        entry.push(b'=');
        entry.extend_from_slice(fs_cstring(vm, &v)?.as_bytes());
        envp.push(CString::new(entry).map_err(|_| vm.new_value_error("embedded null byte"))?);
    }
    do_exec(vm, path.as_ref().expect("required"), argv, Some(envp))
}

/// `putenv(name, value)`: the process's environment when the host granted
/// it; otherwise only checked (the script's `os.environ` keeps the value).
fn posix_putenv(vm: &mut Vm, args: Args) -> PyResult {
    let [name, value] = args.exact::<2>(vm, "putenv")?;
    let name = fs_cstring(vm, name)?;
    let value = fs_cstring(vm, value)?;
    if name.as_bytes().contains(&b'=') {
        return Err(vm.new_value_error("illegal environment variable name"));
    }
    if name.as_bytes().is_empty() {
        return Err(os_error(vm, libc::EINVAL, None, None));
    }
    if vm.limits.grants.get().environment {
        // SAFETY: both strings are NUL-terminated; the interpreter lock is held.
        let rc = unsafe { libc::setenv(name.as_ptr(), value.as_ptr(), 1) };
        if rc != 0 {
            return Err(last_error(vm));
        }
    }
    Ok(vm.none())
}

/// `unsetenv(name)`, as `putenv`.
fn posix_unsetenv(vm: &mut Vm, args: Args) -> PyResult {
    let [name] = args.exact::<1>(vm, "unsetenv")?;
    let name = fs_cstring(vm, name)?;
    if name.as_bytes().is_empty() || name.as_bytes().contains(&b'=') {
        return Err(os_error(vm, libc::EINVAL, None, None));
    }
    if vm.limits.grants.get().environment {
        // SAFETY: `name` is NUL-terminated; the interpreter lock is held.
        let rc = unsafe { libc::unsetenv(name.as_ptr()) };
        if rc != 0 {
            return Err(last_error(vm));
        }
    }
    Ok(vm.none())
}

/// `times()`: CPU times of the process and its children, and the elapsed
/// real time, in seconds.
fn posix_times(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "posix.times")?;
    // SAFETY: all-zero bytes are a valid `tms`, which `times` fills.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    let c = unsafe { libc::times(&mut t) };
    if c == (-1i64) as libc::clock_t {
        return Err(last_error(vm));
    }
    // SAFETY: a plain query.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let vals = [t.tms_utime, t.tms_stime, t.tms_cutime, t.tms_cstime, c];
    let items = vals.iter().map(|v| vm.new_float(*v as f64 / ticks)).collect();
    let cls = module_attr(vm, "times_result")?;
    Ok(new_struct_seq(vm, &cls, items))
}

/// `uname()`.
fn posix_uname(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "posix.uname")?;
    // SAFETY: all-zero bytes are a valid `utsname`, which `uname` fills.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(last_error(vm));
    }
    let fields = [&u.sysname, &u.nodename, &u.release, &u.version, &u.machine];
    let items = fields
        .iter()
        .map(|f| {
            // SAFETY: `uname` NUL-terminates each field.
            let s = unsafe { CStr::from_ptr(f.as_ptr()) };
            vm.new_str(s.to_string_lossy().into_owned())
        })
        .collect();
    let cls = module_attr(vm, "uname_result")?;
    Ok(new_struct_seq(vm, &cls, items))
}

/// `getloadavg()`.
fn posix_getloadavg(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "posix.getloadavg")?;
    let mut l = [0f64; 3];
    // SAFETY: `l` holds three doubles.
    if unsafe { libc::getloadavg(l.as_mut_ptr(), 3) } != 3 {
        let cls = vm.exc.os_error.clone();
        return Err(vm.new_exception_msg(&cls, "Load averages are unobtainable"));
    }
    let items = l.iter().map(|v| vm.new_float(*v)).collect();
    Ok(vm.new_tuple(items))
}
