//! `_io.FileIO`: unbuffered access to a file descriptor, through the C
//! library's `open`/`read`/`write`/`lseek`. Every path is checked against the
//! sandbox first; a descriptor passed as an int needs the whole file system.
//! The descriptor is closed when the object is freed (if it owns it).

use std::cell::RefCell;
use std::ffi::CString;

use kaa_vm::builtins::StdStreamKind;
use kaa_vm::limits::Access;
use kaa_vm::object::bytes::PyBytes;
use kaa_vm::object::int::PyInt;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::PyObjectRef;
use kaa_vm::object::PyPayload;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

use super::{
    add_methods, closed_error, dict_attr, int_arg, last_errno, make_type, new_cls, os_error, rest, self_arg,
    set_dict_attr, size_arg, unsupported,
};

const KEY: &str = "_io.FileIO";

/// The state of a `FileIO`.
#[derive(Default)]
pub struct FileState {
    /// The descriptor; -1 once closed (or before `__init__`).
    pub fd: i32,
    pub readable: bool,
    pub writable: bool,
    pub appending: bool,
    pub created: bool,
    pub closefd: bool,
    /// Whether `lseek` works, once asked.
    pub seekable: Option<bool>,
    /// A standard stream's raw layer: it writes to the interpreter's sink
    /// and reads its input instead of using `fd` (`super::stdio`).
    pub std: Option<StdStreamKind>,
}

/// The payload of `_io.FileIO`.
pub struct FileIO {
    pub st: RefCell<FileState>,
}

impl PyPayload for FileIO {}

impl Drop for FileIO {
    fn drop(&mut self) {
        let st = self.st.get_mut();
        if st.fd >= 0 && st.closefd {
            // SAFETY: the descriptor is ours and still open.
            unsafe { libc::close(st.fd) };
            st.fd = -1;
        }
    }
}

// ----- system calls (also used by the buffered layer) -----

/// `read(2)` into `buf`, retrying on `EINTR`: the count, or the errno.
pub fn sys_read(fd: i32, buf: &mut [u8]) -> Result<usize, i32> {
    loop {
        // SAFETY: `buf` is valid for `buf.len()` bytes.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = last_errno();
        if e != libc::EINTR {
            return Err(e);
        }
    }
}

/// `read(2)` of up to `n` bytes appended to `buf` (its capacity reserved
/// first: `Err(None)` if that fails), retrying on `EINTR`.
pub fn sys_read_append(fd: i32, buf: &mut Vec<u8>, n: usize) -> Result<usize, Option<i32>> {
    buf.try_reserve_exact(n).map_err(|_| None)?;
    let old = buf.len();
    loop {
        // SAFETY: the spare capacity holds at least `n` bytes; `read` writes
        // at most `n` of them, and only those written are made part of `buf`.
        let r = unsafe { libc::read(fd, buf.as_mut_ptr().add(old).cast(), n) };
        if r >= 0 {
            unsafe { buf.set_len(old + r as usize) };
            return Ok(r as usize);
        }
        let e = last_errno();
        if e != libc::EINTR {
            return Err(Some(e));
        }
    }
}

/// `write(2)` of `data`, retrying on `EINTR`: the count written, or the errno.
pub fn sys_write(fd: i32, data: &[u8]) -> Result<usize, i32> {
    loop {
        // SAFETY: `data` is valid for `data.len()` bytes.
        let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = last_errno();
        if e != libc::EINTR {
            return Err(e);
        }
    }
}

/// Write all of `data`.
pub fn sys_write_all(fd: i32, mut data: &[u8]) -> Result<(), i32> {
    while !data.is_empty() {
        let n = sys_write(fd, data)?;
        if n == 0 {
            return Err(libc::EIO);
        }
        data = &data[n..];
    }
    Ok(())
}

/// `lseek(2)`.
pub fn sys_seek(fd: i32, pos: i64, whence: i32) -> Result<i64, i32> {
    // SAFETY: no memory is involved.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, whence) };
    if r < 0 {
        Err(last_errno())
    } else {
        Ok(r as i64)
    }
}

/// Read everything from `fd` until end of file (`None`: nothing available on
/// a non-blocking descriptor).
pub fn sys_read_all(fd: i32) -> Result<Option<Vec<u8>>, i32> {
    let mut out = Vec::new();
    // Size hint: what is left of a regular file, read in one go.
    let mut want = 65536;
    // SAFETY: `st` is plain data filled by fstat.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } == 0 && st.st_size > 0 {
        if let Ok(pos) = sys_seek(fd, 0, libc::SEEK_CUR) {
            let left = (st.st_size as i64 - pos).max(0) as usize;
            want = left.min(1 << 30) + 1;
        }
    }
    loop {
        match sys_read_append(fd, &mut out, want) {
            Ok(0) => return Ok(Some(out)),
            // The rest of the reserved space first (the read that finds the
            // end of a regular file then needs no new allocation), then
            // steps that grow with what was read (no quadratic copying).
            Ok(_) => {
                let spare = out.capacity() - out.len();
                want = if spare > 0 {
                    spare
                } else {
                    out.len().clamp(65536, 1 << 30)
                };
            }
            Err(None) => return Err(libc::ENOMEM),
            Err(Some(e)) if e == libc::EAGAIN && out.is_empty() => return Ok(None),
            Err(Some(e)) if e == libc::EAGAIN => return Ok(Some(out)),
            Err(Some(e)) => return Err(e),
        }
    }
}

// ----- helpers -----

/// The payload of a `FileIO` method's `self`.
fn this<'a>(vm: &mut Vm, o: &'a PyObjectRef, name: &str) -> PyResult<&'a FileIO> {
    match o.downcast_ref::<FileIO>() {
        Some(f) => Ok(f),
        None => Err(vm.new_type_error(format!(
            "descriptor '{name}' for '_io.FileIO' objects doesn't apply to a '{}' object",
            o.ty().name()
        ))),
    }
}

/// The open descriptor of `f` ("I/O operation on closed file").
fn open_fd(vm: &Vm, f: &FileIO) -> PyResult<i32> {
    let fd = f.st.borrow().fd;
    if fd < 0 {
        return Err(closed_error(vm, false));
    }
    Ok(fd)
}

fn check_readable(vm: &mut Vm, f: &FileIO) -> PyResult<i32> {
    let fd = open_fd(vm, f)?;
    if !f.st.borrow().readable {
        return Err(unsupported(vm, "File not open for reading"));
    }
    Ok(fd)
}

fn check_writable(vm: &mut Vm, f: &FileIO) -> PyResult<i32> {
    let fd = open_fd(vm, f)?;
    if !f.st.borrow().writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    Ok(fd)
}

/// The descriptor of `o` if it is an open `FileIO` (the buffered layer's
/// fast path; not for a standard stream, whose data goes elsewhere).
pub fn fd_of(o: &PyObjectRef) -> Option<i32> {
    let f = o.downcast_ref::<FileIO>()?;
    let st = f.st.borrow();
    (st.fd >= 0 && st.std.is_none()).then_some(st.fd)
}

/// The standard stream `f` stands for.
fn std_kind(f: &FileIO) -> Option<StdStreamKind> {
    f.st.borrow().std
}

pub fn raw_isatty(o: &PyObjectRef) -> bool {
    // SAFETY: isatty only inspects the descriptor.
    fd_of(o).is_some_and(|fd| unsafe { libc::isatty(fd) } == 1)
}

/// `st_blksize` of the file (the default buffer size `open` picks).
pub fn raw_blksize(o: &PyObjectRef) -> Option<i64> {
    let fd = fd_of(o)?;
    // SAFETY: plain data filled by fstat.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return None;
    }
    Some((st.st_blksize as i64).max(super::DEFAULT_BUFFER_SIZE as i64))
}

/// Close a `FileIO` without raising (after a failure in `open`).
pub fn close_quietly(o: &PyObjectRef) {
    if let Some(f) = o.downcast_ref::<FileIO>() {
        let mut st = f.st.borrow_mut();
        if st.fd >= 0 && st.closefd {
            // SAFETY: ours, open.
            unsafe { libc::close(st.fd) };
        }
        st.fd = -1;
    }
}

/// `str`, `bytes` or an `os.PathLike` → the path (for the sandbox) and its C string.
fn path_of(vm: &mut Vm, file: &PyObjectRef) -> PyResult<(PyObjectRef, Vec<u8>)> {
    let file = if file.payload_is::<PyStr>() || file.payload_is::<PyBytes>() {
        file.clone()
    } else {
        let r = vm.call_method(file, "__fspath__", &[])?;
        if !r.payload_is::<PyStr>() && !r.payload_is::<PyBytes>() {
            return Err(vm.new_type_error(format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                file.ty().name(),
                r.ty().name()
            )));
        }
        r
    };
    let bytes = match (file.downcast_ref::<PyStr>(), file.downcast_ref::<PyBytes>()) {
        (Some(s), _) => s.as_str().as_bytes().to_vec(),
        (_, Some(b)) => b.value.to_vec(),
        _ => Vec::new(),
    };
    Ok((file, bytes))
}

/// The mode `FileIO` reports: `rb`, `wb`, `ab`, `xb`, with `+` when it reads and writes.
fn mode_string(st: &FileState) -> &'static str {
    if st.created {
        if st.readable {
            "xb+"
        } else {
            "xb"
        }
    } else if st.appending {
        if st.readable {
            "ab+"
        } else {
            "ab"
        }
    } else if st.readable {
        if st.writable {
            "rb+"
        } else {
            "rb"
        }
    } else {
        "wb"
    }
}

// ----- construction -----

/// A new `FileIO` (as `open` makes it).
pub fn new_fileio(
    vm: &mut Vm,
    file: &PyObjectRef,
    mode: &str,
    closefd: bool,
    opener: Option<&PyObjectRef>,
) -> PyResult<PyObjectRef> {
    let cls = super::state_type(vm, KEY)?;
    let o = vm.new_instance(
        FileIO {
            st: RefCell::new(FileState {
                fd: -1,
                ..Default::default()
            }),
        },
        &cls,
    );
    init_fileio(vm, &o, file, mode, closefd, opener)?;
    Ok(o)
}

fn init_fileio(
    vm: &mut Vm,
    o: &PyObjectRef,
    file: &PyObjectRef,
    mode: &str,
    closefd: bool,
    opener: Option<&PyObjectRef>,
) -> PyResult<()> {
    let f = this(vm, o, "__init__")?;
    if f.st.borrow().fd >= 0 {
        // A second `__init__` closes the first file.
        close_quietly(o);
    }
    let mut st = FileState {
        fd: -1,
        closefd,
        ..Default::default()
    };
    let bad_mode = || "Must have exactly one of create/read/write/append mode and at most one plus";
    let (mut rwa, mut plus) = (false, false);
    let mut flags = 0;
    for c in mode.chars() {
        match c {
            'x' | 'r' | 'w' | 'a' => {
                if rwa {
                    return Err(vm.new_value_error(bad_mode()));
                }
                rwa = true;
                match c {
                    'x' => {
                        st.created = true;
                        st.writable = true;
                        flags |= libc::O_EXCL | libc::O_CREAT;
                    }
                    'r' => st.readable = true,
                    'w' => {
                        st.writable = true;
                        flags |= libc::O_CREAT | libc::O_TRUNC;
                    }
                    _ => {
                        st.writable = true;
                        st.appending = true;
                        flags |= libc::O_APPEND | libc::O_CREAT;
                    }
                }
            }
            'b' => {}
            '+' => {
                if plus {
                    return Err(vm.new_value_error(bad_mode()));
                }
                st.readable = true;
                st.writable = true;
                plus = true;
            }
            _ => return Err(vm.new_value_error(format!("invalid mode: {mode}"))),
        }
    }
    if !rwa {
        return Err(vm.new_value_error(bad_mode()));
    }
    flags |= if st.readable && st.writable {
        libc::O_RDWR
    } else if st.readable {
        libc::O_RDONLY
    } else {
        libc::O_WRONLY
    };
    flags |= libc::O_CLOEXEC;
    let name;
    if let Some(i) = file.downcast_ref::<PyInt>() {
        if file.class().is(&vm.types.bool) {
            // CPython warns and takes the bool as a descriptor; so does Kaa.
        }
        let fd = match i.value.as_i64() {
            Some(n) if n >= 0 && n <= i32::MAX as i64 => n as i32,
            Some(n) if n < 0 => return Err(vm.new_value_error("negative file descriptor")),
            _ => return Err(vm.new_overflow_error("Python int too large to convert to C int")),
        };
        let granted = vm.limits.grants.get().filesystem;
        vm.check_grant(granted, "file descriptors")?;
        // SAFETY: plain data filled by fstat.
        let mut sb: libc::stat = unsafe { std::mem::zeroed() };
        if unsafe { libc::fstat(fd, &mut sb) } != 0 {
            return Err(os_error(vm, last_errno(), None));
        }
        st.fd = fd;
        name = file.clone();
    } else {
        if !closefd {
            return Err(vm.new_value_error("Cannot use closefd=False with file name"));
        }
        if file.payload_is::<kaa_vm::object::float::PyFloat>() {
            return Err(vm.new_type_error("integer argument expected, got float"));
        }
        let (pathobj, bytes) = path_of(vm, file)?;
        if bytes.contains(&0) {
            return Err(vm.new_value_error("embedded null byte"));
        }
        let path = {
            use std::os::unix::ffi::OsStrExt;
            std::path::PathBuf::from(std::ffi::OsStr::from_bytes(&bytes))
        };
        let access = if st.writable { Access::Write } else { Access::Read };
        vm.check_path(&path, access)?;
        let fd = match opener.filter(|o| !vm.is_none(o)) {
            Some(op) => {
                let fl = vm.new_int(flags as i64);
                let r = vm.call_positional(op, &[pathobj.clone(), fl])?;
                let Some(n) = r.downcast_ref::<PyInt>().and_then(|i| i.value.as_i64()) else {
                    return Err(vm.new_type_error("expected integer from opener"));
                };
                if n < 0 {
                    return Err(vm.new_value_error(format!("opener returned {n}")));
                }
                n as i32
            }
            None => {
                let c = CString::new(bytes).map_err(|_| vm.new_value_error("embedded null byte"))?;
                // SAFETY: `c` is a valid C string.
                let fd = unsafe { libc::open(c.as_ptr(), flags, 0o666 as libc::c_uint) };
                if fd < 0 {
                    return Err(os_error(vm, last_errno(), Some(&pathobj)));
                }
                fd
            }
        };
        st.fd = fd;
        // SAFETY: plain data filled by fstat.
        let mut sb: libc::stat = unsafe { std::mem::zeroed() };
        if unsafe { libc::fstat(fd, &mut sb) } == 0 && (sb.st_mode & libc::S_IFMT) == libc::S_IFDIR {
            // SAFETY: just opened, ours.
            unsafe { libc::close(fd) };
            return Err(os_error(vm, libc::EISDIR, Some(&pathobj)));
        }
        name = pathobj;
    }
    if st.appending {
        let _ = sys_seek(st.fd, 0, libc::SEEK_END);
    }
    *f.st.borrow_mut() = st;
    set_dict_attr(vm, o, "name", name)?;
    Ok(())
}

fn fileio_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = new_cls(vm, &args, KEY)?;
    Ok(vm.new_instance(
        FileIO {
            st: RefCell::new(FileState {
                fd: -1,
                ..Default::default()
            }),
        },
        &cls,
    ))
}

/// `FileIO(file, mode='r', closefd=True, opener=None)`.
fn fileio_init(vm: &mut Vm, args: Args) -> PyResult {
    let o = self_arg(vm, &args, "__init__")?.clone();
    let [file, mode, closefd, opener] = rest(&args).bind(vm, "FileIO", ["file", "mode", "closefd", "opener"], 4, 1)?;
    let file = file.expect("required");
    let mode = match &mode {
        None => "r".to_string(),
        Some(m) => match m.downcast_ref::<PyStr>() {
            Some(s) => s.as_str().to_string(),
            None => {
                return Err(vm.new_type_error(format!("FileIO() argument 'mode' must be str, not {}", m.ty().name())))
            }
        },
    };
    let closefd = match &closefd {
        None => true,
        Some(c) => vm.is_true(c)?,
    };
    init_fileio(vm, &o, &file, &mode, closefd, opener.as_ref())?;
    Ok(vm.none())
}

// ----- methods -----

/// `read(size=-1)`: at most `size` bytes (one system call); all with -1.
fn fileio_read(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "read", 1, 2)?;
    let f = this(vm, &pos[0], "read")?;
    let fd = check_readable(vm, f)?;
    let n = size_arg(vm, pos.get(1))?;
    if std_kind(f).is_some() {
        let data = match n {
            n if n < 0 => super::stdio::source_read_all(vm)?,
            n => super::stdio::source_read(vm, n as usize)?,
        };
        return Ok(vm.new_bytes(data));
    }
    if n < 0 {
        return read_all(vm, fd);
    }
    vm.check_alloc(n as u128)?;
    let mut buf = Vec::new();
    match sys_read_append(fd, &mut buf, n as usize) {
        Ok(_) => Ok(vm.new_bytes(buf)),
        Err(None) => Err(vm.new_memory_error()),
        Err(Some(e)) if e == libc::EAGAIN => Ok(vm.none()),
        Err(Some(e)) => Err(os_error(vm, e, None)),
    }
}

fn read_all(vm: &mut Vm, fd: i32) -> PyResult {
    match sys_read_all(fd) {
        Ok(Some(b)) => Ok(vm.new_bytes(b)),
        Ok(None) => Ok(vm.none()),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

fn fileio_readall(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "readall")?;
    let f = this(vm, o, "readall")?;
    let fd = check_readable(vm, f)?;
    if std_kind(f).is_some() {
        let data = super::stdio::source_read_all(vm)?;
        return Ok(vm.new_bytes(data));
    }
    read_all(vm, fd)
}

/// `readinto(b)`: fill `b` (any object with slice assignment), return the count.
fn fileio_readinto(vm: &mut Vm, args: Args) -> PyResult {
    let [o, b] = args.exact::<2>(vm, "readinto")?;
    let f = this(vm, o, "readinto")?;
    let fd = check_readable(vm, f)?;
    let len = vm.len(b)?;
    if std_kind(f).is_some() {
        let buf = super::stdio::source_read(vm, len)?;
        let k = buf.len();
        super::buffered::assign_into(vm, b, buf)?;
        return Ok(vm.new_int(k as i64));
    }
    let mut buf = Vec::new();
    let k = match sys_read_append(fd, &mut buf, len) {
        Ok(k) => k,
        Err(None) => return Err(vm.new_memory_error()),
        Err(Some(e)) if e == libc::EAGAIN => return Ok(vm.none()),
        Err(Some(e)) => return Err(os_error(vm, e, None)),
    };
    super::buffered::assign_into(vm, b, buf)?;
    Ok(vm.new_int(k as i64))
}

fn fileio_write(vm: &mut Vm, args: Args) -> PyResult {
    let [o, b] = args.exact::<2>(vm, "write")?;
    let f = this(vm, o, "write")?;
    let fd = check_writable(vm, f)?;
    let data = super::bytes_like(vm, b)?;
    if let Some(kind) = std_kind(f) {
        super::stdio::sink_write(vm, kind, &data)?;
        return Ok(vm.new_int(data.len() as i64));
    }
    match sys_write(fd, &data) {
        Ok(n) => Ok(vm.new_int(n as i64)),
        Err(e) if e == libc::EAGAIN => Ok(vm.none()),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

/// `seek(pos, whence=0)`.
fn fileio_seek(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "seek", 2, 3)?;
    let f = this(vm, &pos[0], "seek")?;
    let fd = open_fd(vm, f)?;
    let off = int_arg(vm, &pos[1])?;
    let whence = match pos.get(2) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    if let Some(kind) = std_kind(f) {
        let p = super::stdio::seek(vm, kind, off, whence as i32)?;
        return Ok(vm.new_int(p));
    }
    match sys_seek(fd, off, whence as i32) {
        Ok(p) => Ok(vm.new_int(p)),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

fn fileio_tell(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "tell")?;
    let f = this(vm, o, "tell")?;
    let fd = open_fd(vm, f)?;
    if let Some(kind) = std_kind(f) {
        let p = super::stdio::seek(vm, kind, 0, libc::SEEK_CUR)?;
        return Ok(vm.new_int(p));
    }
    match sys_seek(fd, 0, libc::SEEK_CUR) {
        Ok(p) => Ok(vm.new_int(p)),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

/// `truncate(size=None)`: to `size` (default: the current position).
fn fileio_truncate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "truncate", 1, 2)?;
    let f = this(vm, &pos[0], "truncate")?;
    let fd = check_writable(vm, f)?;
    if let Some(kind) = std_kind(f) {
        if super::stdio::process_fd(vm, kind).is_none() {
            return Err(os_error(vm, libc::EINVAL, None));
        }
    }
    let size = match pos.get(1).filter(|s| !vm.is_none(s)) {
        Some(s) => int_arg(vm, s)?,
        None => match sys_seek(fd, 0, libc::SEEK_CUR) {
            Ok(p) => p,
            Err(e) => return Err(os_error(vm, e, None)),
        },
    };
    // SAFETY: no memory involved.
    if unsafe { libc::ftruncate(fd, size as libc::off_t) } != 0 {
        return Err(os_error(vm, last_errno(), None));
    }
    Ok(vm.new_int(size))
}

fn fileio_close(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "close")?;
    let f = this(vm, o, "close")?;
    let (fd, closefd) = {
        let st = f.st.borrow();
        (st.fd, st.closefd)
    };
    f.st.borrow_mut().fd = -1;
    if fd >= 0 && closefd {
        // SAFETY: ours, open.
        if unsafe { libc::close(fd) } != 0 {
            return Err(os_error(vm, last_errno(), None));
        }
    }
    Ok(vm.none())
}

fn fileio_fileno(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "fileno")?;
    let f = this(vm, o, "fileno")?;
    let fd = open_fd(vm, f)?;
    Ok(vm.new_int(fd as i64))
}

fn fileio_isatty(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "isatty")?;
    let f = this(vm, o, "isatty")?;
    let fd = open_fd(vm, f)?;
    if let Some(kind) = std_kind(f) {
        return Ok(vm.new_bool(super::stdio::isatty(vm, kind)));
    }
    // SAFETY: inspects the descriptor only.
    Ok(vm.new_bool(unsafe { libc::isatty(fd) } == 1))
}

fn fileio_readable(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "readable")?;
    let f = this(vm, o, "readable")?;
    open_fd(vm, f)?;
    Ok(vm.new_bool(f.st.borrow().readable))
}

fn fileio_writable(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "writable")?;
    let f = this(vm, o, "writable")?;
    open_fd(vm, f)?;
    Ok(vm.new_bool(f.st.borrow().writable))
}

fn fileio_seekable(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "seekable")?;
    let f = this(vm, o, "seekable")?;
    let fd = open_fd(vm, f)?;
    if let Some(kind) = std_kind(f) {
        return Ok(vm.new_bool(super::stdio::seekable(vm, kind)));
    }
    let known = f.st.borrow().seekable;
    let s = match known {
        Some(s) => s,
        None => {
            let s = sys_seek(fd, 0, libc::SEEK_CUR).is_ok();
            f.st.borrow_mut().seekable = Some(s);
            s
        }
    };
    Ok(vm.new_bool(s))
}

fn fileio_flush(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "flush")?;
    let f = this(vm, o, "flush")?;
    if f.st.borrow().fd < 0 {
        return Err(closed_error(vm, true));
    }
    Ok(vm.none())
}

/// `readline(size=-1)`: byte by byte up to a newline (as `IOBase.readline`).
fn fileio_readline(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "readline", 1, 2)?;
    let f = this(vm, &pos[0], "readline")?;
    let fd = check_readable(vm, f)?;
    let limit = size_arg(vm, pos.get(1))?;
    if std_kind(f).is_some() {
        let mut out = Vec::new();
        while limit < 0 || (out.len() as i64) < limit {
            let b = super::stdio::source_read(vm, 1)?;
            let Some(&c) = b.first() else { break };
            out.push(c);
            if c == b'\n' {
                break;
            }
        }
        return Ok(vm.new_bytes(out));
    }
    let mut out = Vec::new();
    let mut b = [0u8; 1];
    while limit < 0 || (out.len() as i64) < limit {
        match sys_read(fd, &mut b) {
            Ok(0) => break,
            Ok(_) => {
                out.push(b[0]);
                if b[0] == b'\n' {
                    break;
                }
            }
            Err(e) if e == libc::EAGAIN => break,
            Err(e) => return Err(os_error(vm, e, None)),
        }
    }
    Ok(vm.new_bytes(out))
}

fn fileio_next(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__next__")?;
    let line = vm.call_method(o, "readline", &[])?;
    if vm.len(&line)? == 0 {
        return Err(vm.new_stop_iteration(None));
    }
    Ok(line)
}

fn fileio_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__repr__")?;
    let f = this(vm, o, "__repr__")?;
    let (fd, mode, closefd) = {
        let st = f.st.borrow();
        (st.fd, mode_string(&st), st.closefd)
    };
    let cls = "_io.FileIO";
    if fd < 0 {
        return Ok(vm.new_str(format!("<{cls} [closed]>")));
    }
    let closefd = if closefd { "True" } else { "False" };
    let name = match dict_attr(vm, o, "name") {
        Some(n) => format!("name={} ", vm.repr_string(&n)?),
        None => format!("fd={fd} "),
    };
    Ok(vm.new_str(format!("<{cls} {name}mode='{mode}' closefd={closefd}>")))
}

fn get_closed(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let f = this(vm, o, "closed")?;
    Ok(vm.new_bool(f.st.borrow().fd < 0))
}

fn get_closefd(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let f = this(vm, o, "closefd")?;
    Ok(vm.new_bool(f.st.borrow().closefd))
}

fn get_mode(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let f = this(vm, o, "mode")?;
    let m = mode_string(&f.st.borrow());
    Ok(vm.new_str(m))
}

pub fn init_type(vm: &mut Vm) -> PyObjectRef {
    let cls = make_type::<FileIO>(vm, "FileIO", true);
    vm.add_static(&cls, "__new__", fileio_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", fileio_init),
        ("read", fileio_read),
        ("readall", fileio_readall),
        ("readinto", fileio_readinto),
        ("write", fileio_write),
        ("seek", fileio_seek),
        ("tell", fileio_tell),
        ("truncate", fileio_truncate),
        ("close", fileio_close),
        ("fileno", fileio_fileno),
        ("isatty", fileio_isatty),
        ("readable", fileio_readable),
        ("writable", fileio_writable),
        ("seekable", fileio_seekable),
        ("flush", fileio_flush),
        ("readline", fileio_readline),
        ("readlines", super::generic_readlines),
        ("writelines", super::generic_writelines),
        ("__enter__", super::generic_enter),
        ("__exit__", super::generic_exit),
        ("__iter__", super::generic_iter),
        ("__next__", fileio_next),
        ("__repr__", fileio_repr),
    ];
    add_methods(vm, &cls, methods);
    vm.add_getset(&cls, "closed", get_closed, None);
    vm.add_getset(&cls, "closefd", get_closefd, None);
    vm.add_getset(&cls, "mode", get_mode, None);
    cls
}
