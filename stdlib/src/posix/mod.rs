//! `posix`: the operating-system calls behind `os` (CPython's C module of the
//! same name), on the C library through `libc`.
//!
//! What lives here is the thin layer over the system calls: argument
//! conversion with CPython's messages (`stat: path should be string, bytes,
//! os.PathLike or integer, not float`), `OSError`s carrying errno, strerror and
//! the file name(s), and the sandbox checks. What can be written in Python
//! (`os.environ`, `walk`, `makedirs`, `scandir`'s `DirEntry`, ...) is in
//! `py/os.py`.
//!
//! # The sandbox
//!
//! Every function that names a path asks [`Vm::check_path`] first (read for
//! stat/listdir/readlink/access, write for anything that changes the file
//! system, `open` by its flags). Functions on raw file descriptors, and paths
//! given relative to a `dir_fd`, need the whole-filesystem grant. Without the
//! environment grant `posix.environ` starts empty and `putenv`/`unsetenv`
//! leave the process alone (`os.environ` keeps the script's own copy).
//! Processes (`system`, `kill`, `_exit` aside) need the subprocess grant.
//!
//! - `fs.rs`: functions on paths (stat, listdir, mkdir, rename, ...);
//! - `fd.rs`: functions on file descriptors (open, read, write, pipe, ...);
//! - `process.rs`: the process and the machine (pids, environment, uname,
//!   times, terminal size, system, kill, urandom).

use std::ffi::CString;

use kaa_vm::limits::Access;
use kaa_vm::object::bytes::PyBytes;
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::str::PyStr;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

mod fd;
mod fs;
mod process;

// ----- arguments -----

/// Bind `args` to `names` as CPython's Argument Clinic does, with its messages
/// (`stat() takes exactly 1 positional argument (2 given)`, `'foo' is an
/// invalid keyword argument for stat()`). The first `posmax` may be given by
/// position, the rest only by keyword; the first `required` must be present.
pub(crate) fn parse<const N: usize>(
    vm: &mut Vm,
    args: &Args,
    fname: &str,
    names: [&str; N],
    posmax: usize,
    required: usize,
) -> PyResult<[Option<PyObjectRef>; N]> {
    let pos = args.pos();
    if pos.len() > posmax {
        let what = if N > posmax { "positional argument" } else { "argument" };
        let how = if required == posmax { "exactly" } else { "at most" };
        return Err(vm.new_type_error(format!(
            "{fname}() takes {how} {posmax} {what}{} ({} given)",
            if posmax == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: [Option<PyObjectRef>; N] = std::array::from_fn(|_| None);
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_some() => {
                return Err(vm.new_type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for {fname}()"))),
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.new_type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// `None` for a missing argument or an explicit `None`.
pub(crate) fn given<'a>(vm: &Vm, o: &'a Option<PyObjectRef>) -> Option<&'a PyObjectRef> {
    o.as_ref().filter(|o| !vm.is_none(o))
}

/// An integer argument as an `i64`, with `OverflowError: Python int too large
/// to convert to C {ctype}` past the C type's range (`lo..=hi`).
pub(crate) fn int_arg(vm: &mut Vm, o: &PyObjectRef, ctype: &str, lo: i64, hi: i64) -> PyResult<i64> {
    if o.downcast_ref::<kaa_vm::object::float::PyFloat>().is_some() {
        return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
    }
    let v = match vm.to_index_value(o)? {
        IntValue::Small(v) => Some(v),
        IntValue::Big(_) => None,
    };
    match v {
        Some(v) if (lo..=hi).contains(&v) => Ok(v),
        Some(v) if v < 0 && ctype.starts_with("unsigned") => {
            Err(vm.new_overflow_error(format!("can't convert negative int to {ctype}")))
        }
        _ => Err(vm.new_overflow_error(format!("Python int too large to convert to C {ctype}"))),
    }
}

/// A C `int` argument.
pub(crate) fn c_int(vm: &mut Vm, o: &PyObjectRef) -> PyResult<i32> {
    int_arg(vm, o, "int", i64::from(i32::MIN), i64::from(i32::MAX)).map(|v| v as i32)
}

/// A file-descriptor argument (a C `int`).
pub(crate) fn fd_arg(vm: &mut Vm, o: &PyObjectRef) -> PyResult<i32> {
    c_int(vm, o)
}

/// A boolean argument by truth value.
pub(crate) fn bool_arg(vm: &mut Vm, o: &Option<PyObjectRef>, default: bool) -> PyResult<bool> {
    match o {
        Some(o) => vm.is_true(o),
        None => Ok(default),
    }
}

// ----- paths -----

/// What a path argument was given as.
pub(crate) enum PathKind {
    Str,
    Bytes,
    Fd(i32),
}

/// A converted path argument: the bytes handed to the C library and the
/// object (after `__fspath__`) that errors name as their `filename`.
pub(crate) struct PathArg {
    pub kind: PathKind,
    pub c: CString,
    pub obj: PyObjectRef,
}

impl PathArg {
    /// The path as a `std::path::Path` (for the sandbox checks).
    pub fn as_path(&self) -> &std::path::Path {
        use std::os::unix::ffi::OsStrExt;
        std::path::Path::new(std::ffi::OsStr::from_bytes(self.c.as_bytes()))
    }

    pub fn is_bytes(&self) -> bool {
        matches!(self.kind, PathKind::Bytes)
    }

    pub fn fd(&self) -> Option<i32> {
        match self.kind {
            PathKind::Fd(fd) => Some(fd),
            _ => None,
        }
    }
}

/// `os.fspath(obj)`: `str` and `bytes` as they are, otherwise the result of
/// `obj.__fspath__()`. `Ok(None)` when `obj` has no `__fspath__`.
pub(crate) fn fspath_opt(vm: &mut Vm, obj: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
    if obj.downcast_ref::<PyStr>().is_some() || obj.downcast_ref::<PyBytes>().is_some() {
        return Ok(Some(obj.clone()));
    }
    let name = vm.intern("__fspath__");
    let Some(r) = vm.call_special(obj, &name, &[]) else {
        return Ok(None);
    };
    let r = r?;
    if r.downcast_ref::<PyStr>().is_some() || r.downcast_ref::<PyBytes>().is_some() {
        return Ok(Some(r));
    }
    Err(vm.new_type_error(format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        obj.ty().name(),
        r.ty().name()
    )))
}

/// `os.fspath(obj)`, with `TypeError: expected str, bytes or os.PathLike
/// object, not int` for anything else.
pub(crate) fn fspath(vm: &mut Vm, obj: &PyObjectRef) -> PyResult {
    match fspath_opt(vm, obj)? {
        Some(p) => Ok(p),
        None => Err(vm.new_type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            obj.ty().name()
        ))),
    }
}

/// Which path arguments a function takes besides `str`, `bytes` and
/// `os.PathLike` objects.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Allow {
    Path,
    PathOrFd,
    PathFdOrNone,
}

/// Convert a path argument (`fname`'s `argname`) as CPython's
/// `path_converter` does.
pub(crate) fn path_arg(vm: &mut Vm, o: &PyObjectRef, fname: &str, argname: &str, allow: Allow) -> PyResult<PathArg> {
    if allow != Allow::Path && o.downcast_ref::<PyInt>().is_some() {
        let fd = fd_arg(vm, o)?;
        return Ok(PathArg {
            kind: PathKind::Fd(fd),
            c: CString::default(),
            obj: o.clone(),
        });
    }
    let Some(p) = fspath_opt(vm, o)? else {
        let kinds = match allow {
            Allow::Path => "string, bytes or os.PathLike",
            Allow::PathOrFd => "string, bytes, os.PathLike or integer",
            Allow::PathFdOrNone => "string, bytes, os.PathLike, integer or None",
        };
        return Err(vm.new_type_error(format!("{fname}: {argname} should be {kinds}, not {}", o.ty().name())));
    };
    let (kind, raw) = if let Some(s) = p.downcast_ref::<PyStr>() {
        if s.as_str().contains('\0') {
            return Err(vm.new_value_error("embedded null byte"));
        }
        (PathKind::Str, s.as_str().as_bytes().to_vec())
    } else {
        let b = p
            .downcast_ref::<PyBytes>()
            .map(|b| b.value.to_vec())
            .unwrap_or_default();
        (PathKind::Bytes, b)
    };
    let c = match CString::new(raw) {
        Ok(c) => c,
        Err(_) => return Err(vm.new_value_error(format!("{fname}: embedded null character in {argname}"))),
    };
    Ok(PathArg { kind, c, obj: p })
}

/// A name read from the system (`listdir`, `readlink`, `getcwd`) as `str` or,
/// when the path was given as bytes, `bytes`.
pub(crate) fn name_obj(vm: &Vm, raw: &[u8], as_bytes: bool) -> PyObjectRef {
    if as_bytes {
        vm.new_bytes(raw.to_vec())
    } else {
        vm.new_str(String::from_utf8_lossy(raw).into_owned())
    }
}

// ----- the sandbox -----

/// Check `access` to a path argument: a path goes through the directory
/// grants, a file descriptor or a `dir_fd`-relative path needs the whole file
/// system.
pub(crate) fn check_path(vm: &mut Vm, p: &PathArg, access: Access, dir_fd: Option<i32>) -> PyResult<()> {
    if p.fd().is_some() || dir_fd.is_some() {
        return check_fd(vm);
    }
    vm.check_path(p.as_path(), access)
}

/// Functions on raw file descriptors need the whole-filesystem grant.
pub(crate) fn check_fd(vm: &mut Vm) -> PyResult<()> {
    let granted = vm.limits.grants.get().filesystem;
    vm.check_grant(granted, "file descriptor access")
}

/// Starting or signalling processes needs the subprocess grant.
pub(crate) fn check_subprocess(vm: &mut Vm) -> PyResult<()> {
    let granted = vm.limits.grants.get().subprocess;
    vm.check_grant(granted, "subprocesses")
}

// ----- errors -----

/// The C library's `errno` after a failed call.
pub(crate) fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `strerror(code)`: `No such file or directory`, `Unknown error 99999`.
pub(crate) fn strerror(code: i32) -> String {
    let text = std::io::Error::from_raw_os_error(code).to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// `OSError(code, strerror, filename, None, filename2)`: the subclass for the
/// errno, printed `[Errno 2] No such file or directory: 'a'` or, with two
/// names, `[Errno 18] Invalid cross-device link: 'a' -> 'b'`.
pub(crate) fn os_error(vm: &mut Vm, code: i32, f1: Option<&PyObjectRef>, f2: Option<&PyObjectRef>) -> PyObjectRef {
    let cls = vm.exc.os_error.clone();
    let mut args = vec![vm.new_int(i64::from(code)), vm.new_str(strerror(code))];
    if let Some(f1) = f1 {
        args.push(f1.clone());
        if let Some(f2) = f2 {
            args.push(vm.none());
            args.push(f2.clone());
        }
    }
    match vm.call(&cls, Args::positional(&args)) {
        Ok(e) | Err(e) => e,
    }
}

/// The error of the last failed call, naming `p` (a descriptor given where
/// a path may be is named by its number, as CPython does).
pub(crate) fn path_error(vm: &mut Vm, p: &PathArg) -> PyObjectRef {
    let code = errno();
    os_error(vm, code, Some(&p.obj), None)
}

/// The error of the last failed call, naming two paths.
pub(crate) fn path_error2(vm: &mut Vm, a: &PathArg, b: &PathArg) -> PyObjectRef {
    let code = errno();
    os_error(vm, code, Some(&a.obj), Some(&b.obj))
}

/// The error of the last failed call, naming nothing.
pub(crate) fn last_error(vm: &mut Vm) -> PyObjectRef {
    let code = errno();
    os_error(vm, code, None, None)
}

// ----- the module -----

/// The `dir_fd` keyword: `AT_FDCWD` when absent or `None`.
pub(crate) fn dir_fd_arg(vm: &mut Vm, o: &Option<PyObjectRef>) -> PyResult<Option<i32>> {
    match given(vm, o) {
        Some(o) => {
            let o = o.clone();
            Ok(Some(fd_arg(vm, &o)?))
        }
        None => Ok(None),
    }
}

/// The module's `posix` object, for the types kept in its dict.
pub(crate) fn module_attr(vm: &mut Vm, name: &str) -> PyResult<PyObjectRef> {
    let key = vm.intern("posix");
    let mods = vm.modules.clone();
    if let Some(m) = vm.dict_get_item_opt(&mods, &key)? {
        let n = vm.intern(name);
        if let Some(t) = vm.get_attr_opt(&m, &n)? {
            return Ok(t);
        }
    }
    Err(vm.new_runtime_error(format!("posix.{name} is missing")))
}

/// The attribute-only fields a struct sequence may be given after its items
/// (`os.stat_result(seq)` with more than 10 items).
fn extra_fields(type_name: &str) -> &'static [&'static str] {
    match type_name {
        "stat_result" => &[
            "st_atime",
            "st_mtime",
            "st_ctime",
            "st_atime_ns",
            "st_mtime_ns",
            "st_ctime_ns",
            "st_blksize",
            "st_blocks",
            "st_rdev",
        ],
        "statvfs_result" => &["f_fsid"],
        _ => &[],
    }
}

/// `T(sequence, dict=None)` for this module's struct sequences, with
/// CPython's messages (`os.terminal_size() takes a 2-sequence (3-sequence
/// given)`).
fn structseq_new(vm: &mut Vm, args: Args) -> PyResult {
    let [cls, seq, _dict] = parse(vm, &args, "structseq", ["cls", "sequence", "dict"], 3, 2)?;
    let cls = cls.expect("required");
    let seq = seq.expect("required");
    if cls.as_type().is_none() {
        return Err(vm.new_type_error("structseq.__new__(X): X is not a type object"));
    }
    let getitem = vm.intern("__getitem__");
    let items = if seq.downcast_ref::<kaa_vm::object::tuple::PyTuple>().is_some()
        || seq.downcast_ref::<kaa_vm::object::list::PyList>().is_some()
        || vm.get_attr_opt(&seq, &getitem)?.is_some()
    {
        vm.collect(&seq)?
    } else {
        return Err(vm.new_type_error("constructor requires a sequence"));
    };
    let key = vm.intern("__match_args__");
    let visible = cls
        .ty_payload()
        .lookup(&key)
        .and_then(|t| {
            t.downcast_ref::<kaa_vm::object::tuple::PyTuple>()
                .map(|t| t.as_slice().len())
        })
        .unwrap_or(0);
    let qual = cls.ty_payload().name().to_string();
    let type_name = qual.rsplit('.').next().unwrap_or_default().to_string();
    let extras = extra_fields(&type_name);
    let (min, max) = (visible, visible + extras.len());
    let n = items.len();
    if n < min || n > max {
        let msg = if min == max {
            format!("{qual}() takes a {min}-sequence ({n}-sequence given)")
        } else if n < min {
            format!("{qual}() takes an at least {min}-sequence ({n}-sequence given)")
        } else {
            format!("{qual}() takes an at most {max}-sequence ({n}-sequence given)")
        };
        return Err(vm.new_type_error(msg));
    }
    let r = crate::sys::new_struct_seq(vm, &cls, items[..min].to_vec());
    if let Some(d) = vm.instance_dict(&r) {
        for (name, v) in extras.iter().zip(&items[min..]) {
            vm.dict_set_str(&d, name, v.clone())?;
        }
    }
    Ok(r)
}

/// Give a struct-sequence type of this module its constructor, and its
/// module the way built-in types carry it: in the name (`os.stat_result`,
/// so that `__module__` is `'os'` and `__name__` `'stat_result'`). The
/// `__module__` entry the struct-sequence helper put in the type's dict is
/// blanked, so that its repr does not name the module twice.
pub(crate) fn constructible(vm: &mut Vm, cls: &PyObjectRef) {
    vm.add_static(cls, "__new__", structseq_new);
    let none = vm.none();
    vm.set_type_attr(cls, "__module__", none);
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("posix", None)?;
    let tables: [&[(&'static str, NativeFn)]; 3] = [fs::FUNCTIONS, fd::FUNCTIONS, process::FUNCTIONS];
    for table in tables {
        for &(name, f) in table {
            let func = vm.new_builtin_function(name, f);
            vm.dict_set_str(&d, name, func)?;
        }
    }
    for &(name, v) in fd::CONSTANTS.iter().chain(fs::CONSTANTS).chain(process::CONSTANTS) {
        let v = vm.new_int(v);
        vm.dict_set_str(&d, name, v)?;
    }
    fs::init_types(vm, &d)?;
    process::init_types(vm, &d)?;
    Ok(m)
}
