//! `_io`: files and in-memory streams, the core of `io` (`py/io.py`) and of
//! the built-in `open`.
//!
//! The layers are CPython's: [`fileio`] (`FileIO`, raw access to a file
//! descriptor), [`buffered`] (`BufferedReader`, `BufferedWriter`,
//! `BufferedRandom` over any raw stream), [`textio`] (`TextIOWrapper`:
//! decoding, encoding and newline translation over a buffered stream), and
//! the in-memory [`stringio`] and [`bytesio`]. Each layer calls the one below
//! through Python methods, except when that layer is one of ours: then it goes
//! straight to its Rust state, so that `for line in open(...)` costs no method
//! call per chunk. [`codecs`] holds the text encodings a file may use.
//!
//! The abstract classes (`IOBase`, `RawIOBase`, ...) are written in Python in
//! `io.py`, which registers these types with them.
//!
//! Every path goes through the sandbox (`Vm::check_path`) before it is
//! opened; a file descriptor (`open(3)`) needs the whole file system.

use kaa_vm::object::bytes::PyBytes;
use kaa_vm::object::int::PyInt;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::typ::{PyType, TypeFlags};
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

pub mod buffered;
pub mod bytesio;
pub mod codecs;
pub mod fileio;
pub mod stdio;
pub mod stringio;
pub mod textio;

/// `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// The module-state key of `io.UnsupportedOperation`.
const UNSUPPORTED: &str = "_io.UnsupportedOperation";

// ----- shared helpers -----

/// The class registered under `key` by [`init`].
pub(crate) fn state_type(vm: &mut Vm, key: &str) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get(key).cloned();
    found.ok_or_else(|| vm.new_runtime_error("_io is not initialized"))
}

/// `io.UnsupportedOperation(msg)`.
pub(crate) fn unsupported(vm: &mut Vm, msg: &str) -> PyObjectRef {
    match state_type(vm, UNSUPPORTED) {
        Ok(cls) => vm.new_exception_msg(&cls, msg),
        Err(e) => e,
    }
}

/// `ValueError: I/O operation on closed file.` (the buffered and text layers
/// end it with a period, `FileIO` does not).
pub(crate) fn closed_error(vm: &Vm, period: bool) -> PyObjectRef {
    vm.new_value_error(if period {
        "I/O operation on closed file."
    } else {
        "I/O operation on closed file"
    })
}

/// CPython's `strerror(errno)`: the system's message, without Rust's suffix.
pub(crate) fn strerror(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// `OSError(errno, strerror[, filename])`: the subclass for the errno
/// (`FileNotFoundError`, ...), printed `[Errno 2] No such file or directory: 'x'`.
pub(crate) fn os_error(vm: &mut Vm, errno: i32, filename: Option<&PyObjectRef>) -> PyObjectRef {
    let cls = vm.exc.os_error.clone();
    let mut args = vec![vm.new_int(errno as i64), vm.new_str(strerror(errno))];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    match vm.call(&cls, Args::positional(&args)) {
        Ok(e) | Err(e) => e,
    }
}

/// The `errno` of the last failed system call.
pub(crate) fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

/// The bytes of a bytes-like argument (`bytes`, or anything `bytes(x)` copies
/// that is not a str or an int: `bytearray`, `memoryview`, `array`).
pub(crate) fn bytes_like(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    Ok(kaa_vm::object::buffer::bytes_like(vm, o)?.to_vec())
}

/// A size argument: `None` or absent is -1, else an integer
/// ("argument should be integer or None, not 'str'").
pub(crate) fn size_arg(vm: &mut Vm, o: Option<&PyObjectRef>) -> PyResult<i64> {
    match o {
        None => Ok(-1),
        Some(o) if vm.is_none(o) => Ok(-1),
        Some(o) => {
            if o.payload_is::<PyInt>() || vm.lookup_special(o, &vm.names.__index__.clone()).is_some() {
                match vm.to_index_value(o)? {
                    kaa_vm::object::int::IntValue::Small(n) => Ok(n),
                    kaa_vm::object::int::IntValue::Big(_) => {
                        Err(vm.new_overflow_error(format!("Python int too large to convert to C ssize_t")))
                    }
                }
            } else {
                Err(vm.new_type_error(format!("argument should be integer or None, not '{}'", o.ty().name())))
            }
        }
    }
}

/// An integer argument (`seek`'s offset, `whence`).
pub(crate) fn int_arg(vm: &mut Vm, o: &PyObjectRef) -> PyResult<i64> {
    if o.payload_is::<kaa_vm::object::float::PyFloat>() {
        return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
    }
    match vm.to_index_value(o)? {
        kaa_vm::object::int::IntValue::Small(n) => Ok(n),
        kaa_vm::object::int::IntValue::Big(_) => {
            Err(vm.new_overflow_error("Python int too large to convert to C long"))
        }
    }
}

pub(crate) fn str_of(o: &PyObjectRef) -> Option<&str> {
    o.downcast_ref::<PyStr>().map(|s| s.as_str())
}

/// The `self` argument of a method.
pub(crate) fn self_arg<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyObjectRef> {
    match args.pos().first() {
        Some(o) => Ok(o),
        None => Err(vm.new_type_error(format!("{name}() needs an argument"))),
    }
}

/// The method's arguments after `self`.
pub(crate) fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    let items = args.items();
    if items.is_empty() {
        return Args::new(items, args.kwnames());
    }
    Args::new(&items[1..], args.kwnames())
}

/// An attribute of an instance's `__dict__`.
pub(crate) fn dict_attr(vm: &Vm, o: &PyObjectRef, name: &str) -> Option<PyObjectRef> {
    vm.instance_get_str(o, name)
}

pub(crate) fn set_dict_attr(vm: &mut Vm, o: &PyObjectRef, name: &str, v: PyObjectRef) -> PyResult<()> {
    vm.instance_set_str(o, name, v)
}

/// A subclassable type of this module with instance dicts, `_io.NAME` in reprs.
pub(crate) fn make_type<T: kaa_vm::object::PyPayload>(vm: &mut Vm, name: &str, has_dict: bool) -> PyObjectRef {
    let base = vm.types.object.clone();
    let ty = PyType::new(
        name,
        Some(base.clone()),
        vec![base.clone()],
        base.mro(),
        &T::VTABLE,
        TypeFlags {
            has_dict,
            basetype: true,
            heaptype: false,
        },
    );
    let cls = PyObjectRef::new_type(ty, &vm.types.type_);
    cls.ty_payload().weakrefable.set(true);
    let m = vm.new_str("_io");
    vm.set_type_attr(&cls, "__module__", m);
    vm.module_state.borrow_mut().insert(format!("_io.{name}"), cls.clone());
    cls
}

pub(crate) fn add_methods(vm: &mut Vm, cls: &PyObjectRef, methods: &[(&'static str, NativeFn)]) {
    for &(name, f) in methods {
        vm.add_method(cls, name, f);
    }
}

/// `__new__(cls, ...)`: check that `cls` is a subclass of the module type `key`.
pub(crate) fn new_cls(vm: &mut Vm, args: &Args, key: &str) -> PyResult<PyObjectRef> {
    let Some(cls) = args.pos().first().cloned() else {
        return Err(vm.new_type_error(format!("{key}.__new__(): not enough arguments")));
    };
    let base = state_type(vm, key)?;
    if cls.as_type().is_none() || !cls.is_subtype(&base) {
        return Err(vm.new_type_error(format!("{key}.__new__(X): X is not a subtype of {key}")));
    }
    Ok(cls)
}

/// `__enter__`: checks the stream is open (via `closed`), returns it.
pub(crate) fn generic_enter(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "__enter__")?;
    let closed = vm.get_attr_str(this, "closed")?;
    if vm.is_true(&closed)? {
        return Err(closed_error(vm, true));
    }
    Ok(this.clone())
}

/// `__exit__(*exc)`: `self.close()`.
pub(crate) fn generic_exit(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_arg(vm, &args, "__exit__")?;
    vm.call_method(this, "close", &[])?;
    Ok(vm.none())
}

pub(crate) fn generic_iter(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "__iter__")?;
    let closed = vm.get_attr_str(this, "closed")?;
    if vm.is_true(&closed)? {
        return Err(closed_error(vm, true));
    }
    Ok(this.clone())
}

/// `writelines(lines)`: `write` each item.
pub(crate) fn generic_writelines(vm: &mut Vm, args: Args) -> PyResult {
    let [this, lines] = args.exact::<2>(vm, "writelines")?;
    let closed = vm.get_attr_str(this, "closed")?;
    if vm.is_true(&closed)? {
        return Err(closed_error(vm, true));
    }
    let it = vm.get_iter(lines)?;
    let write = vm.get_attr_str(this, "write")?;
    while let Some(line) = vm.iter_next(&it)? {
        vm.call_positional(&write, &[line])?;
    }
    Ok(vm.none())
}

/// `readlines(hint=-1)`: lines until their total size reaches `hint`.
pub(crate) fn generic_readlines(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "readlines", 1, 2)?;
    let this = pos[0].clone();
    let hint = size_arg(vm, pos.get(1))?;
    let mut out = Vec::new();
    let mut total = 0i64;
    loop {
        let line = vm.call_method(&this, "readline", &[])?;
        let n = vm.len(&line)?;
        if n == 0 {
            break;
        }
        out.push(line);
        total += n as i64;
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(vm.new_list(out))
}

// ----- open -----

/// What a mode string of `open` asks for.
#[derive(Default, Clone, Copy)]
struct OpenMode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    text: bool,
    binary: bool,
}

fn parse_open_mode(vm: &mut Vm, mode: &str) -> PyResult<OpenMode> {
    let mut m = OpenMode::default();
    let mut seen = String::new();
    for c in mode.chars() {
        if !"axrwb+t".contains(c) || seen.contains(c) {
            return Err(vm.new_value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
        match c {
            'x' => m.creating = true,
            'r' => m.reading = true,
            'w' => m.writing = true,
            'a' => m.appending = true,
            '+' => m.updating = true,
            't' => m.text = true,
            _ => m.binary = true,
        }
    }
    if m.text && m.binary {
        return Err(vm.new_value_error("can't have text and binary mode at once"));
    }
    let n = [m.creating, m.reading, m.writing, m.appending]
        .iter()
        .filter(|b| **b)
        .count();
    if n > 1 {
        return Err(vm.new_value_error("must have exactly one of create/read/write/append mode"));
    }
    Ok(m)
}

/// An optional `str` argument of `open` ("open() argument 'encoding' must be str or None, not int").
fn opt_str_arg(vm: &mut Vm, o: &Option<PyObjectRef>, fname: &str, name: &str) -> PyResult<Option<String>> {
    match o {
        None => Ok(None),
        Some(o) if vm.is_none(o) => Ok(None),
        Some(o) => match str_of(o) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.new_type_error(format!(
                "{fname}() argument '{name}' must be str or None, not {}",
                o.ty().name()
            ))),
        },
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
fn io_open(vm: &mut Vm, args: Args) -> PyResult {
    const NAMES: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    if let Some((k, _)) = args.kwargs().find(|(k, _)| !NAMES.contains(k)) {
        return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for open()")));
    }
    if args.items().len() > 8 {
        return Err(vm.new_type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            args.items().len()
        )));
    }
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] = args.bind(
        vm,
        "open",
        [
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        8,
        1,
    )?;
    let file = file.expect("required");
    let mode_s = match &mode {
        None => "r".to_string(),
        Some(m) => match str_of(m) {
            Some(s) => s.to_string(),
            None => return Err(vm.new_type_error(format!("open() argument 'mode' must be str, not {}", m.ty().name()))),
        },
    };
    let buffering = match &buffering {
        None => -1,
        Some(b) => {
            if b.payload_is::<kaa_vm::object::float::PyFloat>() {
                return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
            }
            int_arg(vm, b)?
        }
    };
    let encoding_s = opt_str_arg(vm, &encoding, "open", "encoding")?;
    let errors_s = opt_str_arg(vm, &errors, "open", "errors")?;
    let newline_s = opt_str_arg(vm, &newline, "open", "newline")?;
    let closefd = match &closefd {
        None => true,
        Some(c) => vm.is_true(c)?,
    };
    if !file.payload_is::<PyInt>() && !file.payload_is::<PyStr>() && !file.payload_is::<PyBytes>() {
        let fspath = vm.intern("__fspath__");
        if vm.lookup_special(&file, &fspath).is_none() {
            return Err(vm.new_type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                file.ty().name()
            )));
        }
    }
    let m = parse_open_mode(vm, &mode_s)?;
    let text = !m.binary;
    if m.binary && encoding_s.is_some() {
        return Err(vm.new_value_error("binary mode doesn't take an encoding argument"));
    }
    if m.binary && errors_s.is_some() {
        return Err(vm.new_value_error("binary mode doesn't take an errors argument"));
    }
    if m.binary && newline_s.is_some() {
        return Err(vm.new_value_error("binary mode doesn't take a newline argument"));
    }
    let mut rawmode = String::new();
    if m.creating {
        rawmode.push('x');
    }
    if m.reading {
        rawmode.push('r');
    }
    if m.writing {
        rawmode.push('w');
    }
    if m.appending {
        rawmode.push('a');
    }
    if m.updating {
        rawmode.push('+');
    }
    let raw = fileio::new_fileio(vm, &file, &rawmode, closefd, opener.as_ref())?;
    let result = (|| -> PyResult {
        let mut line_buffering = false;
        let mut size = buffering;
        if buffering == 1 || (buffering < 0 && fileio::raw_isatty(&raw)) {
            size = -1;
            line_buffering = true;
        }
        if size < 0 {
            size = fileio::raw_blksize(&raw).unwrap_or(DEFAULT_BUFFER_SIZE as i64);
            if size <= 1 {
                size = DEFAULT_BUFFER_SIZE as i64;
            }
        }
        if size == 0 {
            if !text {
                return Ok(raw.clone());
            }
            return Err(vm.new_value_error("can't have unbuffered text I/O"));
        }
        let kind = if m.updating {
            buffered::Kind::Random
        } else if m.reading {
            buffered::Kind::Reader
        } else {
            buffered::Kind::Writer
        };
        let buffer = buffered::new_buffered(vm, kind, raw.clone(), size as usize)?;
        if !text {
            return Ok(buffer);
        }
        let t = textio::new_text(
            vm,
            buffer.clone(),
            encoding_s.as_deref(),
            errors_s.as_deref(),
            newline
                .as_ref()
                .filter(|n| !vm.is_none(n))
                .map(|_| newline_s.clone().unwrap_or_default()),
            line_buffering,
        );
        let t = match t {
            Ok(t) => t,
            Err(e) => {
                // The raw file stays open until the buffer is dropped; close it now.
                let _ = vm.call_method(&buffer, "close", &[]);
                return Err(e);
            }
        };
        let ms = vm.new_str(mode_s.clone());
        set_dict_attr(vm, &t, "mode", ms)?;
        Ok(t)
    })();
    if result.is_err() {
        fileio::close_quietly(&raw);
    }
    result
}

/// `io.open_code(path)`: `open(path, 'rb')`.
fn io_open_code(vm: &mut Vm, args: Args) -> PyResult {
    let [path] = args.bind(vm, "open_code", ["path"], 1, 1)?;
    let path = path.expect("required");
    if !path.payload_is::<PyStr>() {
        return Err(vm.new_type_error(format!(
            "open_code() argument 'path' must be str, not {}",
            path.ty().name()
        )));
    }
    let rb = vm.new_str("rb");
    let f = state_fn(vm, "open")?;
    vm.call_positional(&f, &[path, rb])
}

fn state_fn(vm: &mut Vm, name: &str) -> PyResult<PyObjectRef> {
    state_type(vm, &format!("_io.fn.{name}"))
}

/// `io.text_encoding(encoding, stacklevel=2)`: `encoding`, or `'utf-8'` for
/// `None` (Kaa always runs in UTF-8 mode).
fn io_text_encoding(vm: &mut Vm, args: Args) -> PyResult {
    let [encoding, _stacklevel] = args.bind(vm, "text_encoding", ["encoding", "stacklevel"], 2, 1)?;
    let encoding = encoding.expect("required");
    if vm.is_none(&encoding) {
        return Ok(vm.new_str("utf-8"));
    }
    Ok(encoding)
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    crate::native_next::install();
    let (module, d) = vm.new_module_with_dict("_io", None)?;
    let (os_error, value_error) = (vm.exc.os_error.clone(), vm.exc.value_error.clone());
    let meta = vm.types.type_.clone();
    let unsup = vm.new_class("UnsupportedOperation", vec![os_error, value_error], &meta)?;
    let m = vm.new_str("io");
    vm.set_type_attr(&unsup, "__module__", m);
    vm.module_state
        .borrow_mut()
        .insert(UNSUPPORTED.to_string(), unsup.clone());
    vm.dict_set_str(&d, "UnsupportedOperation", unsup)?;
    let n = vm.new_int(DEFAULT_BUFFER_SIZE as i64);
    vm.dict_set_str(&d, "DEFAULT_BUFFER_SIZE", n)?;
    let bio = vm.exc.blocking_io_error.clone();
    vm.dict_set_str(&d, "BlockingIOError", bio)?;
    let fns: &[(&'static str, NativeFn)] = &[
        ("open", io_open),
        ("open_code", io_open_code),
        ("text_encoding", io_text_encoding),
    ];
    for &(name, f) in fns {
        let o = vm.new_builtin_function(name, f);
        vm.module_state.borrow_mut().insert(format!("_io.fn.{name}"), o.clone());
        vm.dict_set_str(&d, name, o)?;
    }
    for (name, cls) in [
        ("FileIO", fileio::init_type(vm)),
        ("BufferedReader", buffered::init_type(vm, buffered::Kind::Reader)),
        ("BufferedWriter", buffered::init_type(vm, buffered::Kind::Writer)),
        ("BufferedRandom", buffered::init_type(vm, buffered::Kind::Random)),
        ("TextIOWrapper", textio::init_type(vm)),
        ("StringIO", stringio::init_type(vm)),
        ("BytesIO", bytesio::init_type(vm)),
    ] {
        vm.dict_set_str(&d, name, cls)?;
    }
    Ok(module)
}

/// The built-in `open` before `_io` is loaded: import `_io`, make its
/// `open` the built-in one (so that `open is io.open`, as in CPython; `io.py`
/// does the same when imported first) and call it.
pub fn lazy_open(vm: &mut Vm, args: Args) -> PyResult {
    let m = kaa_vm::import::import_module(vm, "_io")?;
    let f = vm.get_attr_str(&m, "open")?;
    let bd = vm.builtins_dict.clone();
    vm.dict_set_str(&bd, "open", f.clone())?;
    vm.call(&f, args)
}
