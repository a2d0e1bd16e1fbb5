//! The `builtins` module: the names every module sees without importing
//! (`print`, `len`, `isinstance`, the built-in types and exceptions, ...).
//!
//! Each function follows CPython 3.11's `Python/bltinmodule.c`: the same argument
//! rules and the same error messages. Functions that need their caller's
//! namespace (`globals`, `locals`, `vars()`, `dir()`, `eval`, `exec`) are marked
//! `needs_frame`; the eval loop fills [`Vm::caller`] just before calling them.
//!
//! `print` writes through `sys.stdout` (looked up on every call, so that
//! reassigning `sys.stdout` works); the standard streams themselves are
//! [`PyStdStream`] objects, defined here so that `print` can write to them without
//! a method call.

use std::io::BufRead;

use kaa_compiler::bytecode::{BinaryOp, CompareOp};
use kaa_compiler::Mode;
use num_bigint::BigInt;
use num_traits::Signed;

use crate::object::bytes::PyBytes;
use crate::object::core::PyPayload;
use crate::object::dict::PyDict;
use crate::object::float::PyFloat;
use crate::object::function::{Binding, PyBoundMethod, PyBuiltinFunction, PyCode, PyFunction};
use crate::object::generator::PyGenerator;
use crate::object::int::{IntValue, PyInt};
use crate::object::module::PyModule;
use crate::object::str::PyStr;
use crate::object::tuple::PyTuple;
use crate::object::typ::{PyType, TypeFlags};
use crate::object::PyObjectRef;
use crate::vm::{Args, CallerInfo, NativeFn, PyResult, Vm};

// ----- the standard streams -----

/// Which standard stream a [`PyStdStream`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StdStreamKind {
    Stdin,
    Stdout,
    Stderr,
}

/// The payload of `sys.stdin`, `sys.stdout` and `sys.stderr`: writes go to the
/// interpreter's output sinks (`Vm::stdout`, `Vm::stderr`), so an embedder can
/// capture them. The `sys` module creates the type and installs the methods.
pub struct PyStdStream {
    pub kind: StdStreamKind,
}

impl PyPayload for PyStdStream {}

/// How the standard library's text streams (`_io.TextIOWrapper`, which this
/// crate cannot see) plug into `print` and into what the VM writes itself
/// (tracebacks, warnings of unraisable exceptions): set once by the standard
/// library (`stdlib/src/io/stdio.rs`). Without it, the streams are
/// [`PyStdStream`]s writing straight to the sinks.
pub struct StdStreamHooks {
    /// Whether `file` is a native text stream that [`StdStreamHooks::write_text`]
    /// writes to without a method call (`print`'s fast path).
    pub is_text: fn(&PyObjectRef) -> bool,
    /// Write `text` to such a stream.
    pub write_text: fn(&mut Vm, &PyObjectRef, &str) -> PyResult<()>,
    /// Write `text` to the interpreter's own `sys.__stdout__` or
    /// `sys.__stderr__`, behind what is already buffered there (`None`: there
    /// is no such stream, or it is closed).
    pub write_std: fn(&mut Vm, StdStreamKind, &str) -> Option<PyResult<()>>,
    /// Flush `sys.stdout` and `sys.stderr` (at exit); `report`: a failure
    /// to flush `sys.stdout` is reported as CPython's `Py_FinalizeEx` does
    /// ("Exception ignored in: <stdout>"). Returns whether a flush failed.
    pub flush_std: fn(&mut Vm, bool) -> bool,
}

/// The hooks of [`StdStreamHooks`], once the standard library set them.
pub static STD_STREAM_HOOKS: std::sync::OnceLock<StdStreamHooks> = std::sync::OnceLock::new();

/// Flush `sys.stdout` and `sys.stderr`, as CPython does at exit.
pub fn flush_std_streams(vm: &mut Vm) {
    if let Some(h) = STD_STREAM_HOOKS.get() {
        (h.flush_std)(vm, false);
    }
}

/// [`flush_std_streams`] at the end of a program: a failure to flush
/// `sys.stdout` is reported on stderr (once), and the result says whether a
/// flush failed (the CLI then exits with status 120, as CPython).
pub fn flush_std_streams_at_exit(vm: &mut Vm) -> bool {
    match STD_STREAM_HOOKS.get() {
        Some(h) => (h.flush_std)(vm, true),
        None => false,
    }
}

/// Write `text` to the sink of a standard stream.
pub fn std_stream_write(vm: &mut Vm, kind: StdStreamKind, text: &str) -> PyResult<()> {
    match kind {
        StdStreamKind::Stdout => vm.write_stdout(text),
        StdStreamKind::Stderr => {
            vm.write_stderr(text);
            Ok(())
        }
        StdStreamKind::Stdin => {
            let cls = vm.exc.os_error.clone();
            Err(vm.new_exception_msg(&cls, "not writable"))
        }
    }
}

/// Flush the sink of a standard stream.
pub fn std_stream_flush(vm: &mut Vm, kind: StdStreamKind) {
    let _ = match kind {
        StdStreamKind::Stdout => vm.out().flush(),
        StdStreamKind::Stderr => vm.err().flush(),
        StdStreamKind::Stdin => Ok(()),
    };
}

/// Read one line from the process's standard input (with its `\n`; empty at EOF).
pub fn read_stdin_line(vm: &mut Vm) -> PyResult<String> {
    // A console read blocks: other threads run meanwhile (`gil.rs`).
    let stdin = vm.stdin.clone();
    let sigint = vm.limits.sigint.get();
    loop {
        let mut line = String::new();
        let r = vm.allow_threads(|| match crate::gil::lock_unpoisoned(&stdin).as_mut() {
            Some(reader) => reader.read_line(&mut line),
            None => read_process_line(&mut line, sigint),
        });
        match r {
            Ok(_) => return Ok(line),
            // Ctrl-C during the read: `KeyboardInterrupt` (or the `signal`
            // module's handler, after which the read starts again), as CPython.
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => vm.check_limits()?,
            Err(e) => return Err(crate::object::exception_methods::new_os_error(vm, &e)),
        }
    }
}

/// A line from the process's stdin. A signal interrupting the read
/// (`EINTR`: the CLI's SIGINT handler does not restart reads) ends it when
/// `sigint`, Ctrl-C's flag, is up; what was typed before is dropped.
pub fn read_process_line(line: &mut String, sigint: Option<&std::sync::atomic::AtomicBool>) -> std::io::Result<usize> {
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let mut bytes = Vec::new();
    let interrupted = || sigint.is_some_and(|f| f.load(std::sync::atomic::Ordering::Relaxed));
    loop {
        // A Ctrl-C that came before the read started (after the prompt was
        // written) would otherwise wait for the next line.
        if interrupted() {
            return Err(std::io::ErrorKind::Interrupted.into());
        }
        let buf = match lock.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            break;
        }
        match buf.iter().position(|&b| b == b'\n') {
            Some(i) => {
                bytes.extend_from_slice(&buf[..=i]);
                lock.consume(i + 1);
                break;
            }
            None => {
                let n = buf.len();
                bytes.extend_from_slice(buf);
                lock.consume(n);
            }
        }
    }
    let n = bytes.len();
    *line = String::from_utf8(bytes)
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "stream did not contain valid UTF-8"))?;
    Ok(n)
}

/// A type for the instances of a native module's class (`sys.stdout`'s type,
/// `sys.version_info`'s type, ...): not subclassable, instances without a dict.
pub fn new_native_type<T: PyPayload>(vm: &mut Vm, name: &str, base: Option<&PyObjectRef>) -> PyObjectRef {
    let base = base.cloned().unwrap_or_else(|| vm.types.object.clone());
    let ty = PyType::new(
        name,
        Some(base.clone()),
        vec![base.clone()],
        base.mro(),
        &T::VTABLE,
        TypeFlags {
            has_dict: false,
            basetype: false,
            heaptype: false,
        },
    );
    PyObjectRef::new_type(ty, &vm.types.type_)
}

/// A class of a native module named `module.Name` in reprs (`array.array`,
/// `decimal.Decimal`): based on `object`, instances without a dict,
/// `__qualname__` the last part of the name; `basetype` says whether Python
/// classes may derive from it.
pub fn new_module_class<T: PyPayload>(vm: &mut Vm, name: &str, basetype: bool) -> PyObjectRef {
    let base = vm.types.object.clone();
    let ty = PyType::new(
        name,
        Some(base.clone()),
        vec![base.clone()],
        base.mro(),
        &T::VTABLE,
        TypeFlags {
            has_dict: false,
            basetype,
            heaptype: false,
        },
    );
    let short = name.rsplit('.').next().unwrap_or(name).to_string();
    *ty.qualname.borrow_mut() = short;
    PyObjectRef::new_type(ty, &vm.types.type_)
}

/// The attribute `name` of the `sys` module, if `sys` is loaded and has it.
pub fn sys_attr(vm: &mut Vm, name: &str) -> Option<PyObjectRef> {
    let key = vm.intern("sys");
    let mods = vm.modules.clone();
    let sys = vm.dict_get_item_opt(&mods, &key).ok().flatten()?;
    let m = sys.downcast_ref::<PyModule>()?;
    m.dict.downcast_ref::<PyDict>()?.get_str(vm, name)
}

// ----- helpers -----

fn str_arg(o: &PyObjectRef) -> Option<&str> {
    o.downcast_ref::<PyStr>().map(|s| s.as_str())
}

/// `callable(obj)`.
pub fn is_callable(vm: &Vm, obj: &PyObjectRef) -> bool {
    obj.payload_is::<PyFunction>()
        || obj.payload_is::<PyBuiltinFunction>()
        || obj.payload_is::<PyBoundMethod>()
        || obj.as_type().is_some()
        || vm.lookup_special(obj, &vm.names.__call__).is_some()
}

/// The caller's namespace, taken from `Vm::caller`.
fn take_caller(vm: &mut Vm) -> CallerInfo {
    let c = vm.caller.take();
    caller_or_main(vm, c)
}

/// `caller`, or — for a frame-aware built-in called from Rust or through another
/// built-in (`map(locals, ...)`), which has no caller frame — `__main__`'s namespace.
fn caller_or_main(vm: &mut Vm, caller: Option<CallerInfo>) -> CallerInfo {
    if let Some(c) = caller {
        return c;
    }
    let key = vm.intern("__main__");
    let mods = vm.modules.clone();
    let d = match vm.dict_get_item_opt(&mods, &key) {
        Ok(Some(m)) => m.downcast_ref::<PyModule>().map(|m| m.dict.clone()),
        _ => None,
    };
    let d = d.unwrap_or_else(|| vm.new_dict());
    CallerInfo {
        globals: d.clone(),
        locals: d,
    }
}

/// The keys of a namespace mapping (a dict, or any mapping with `keys()`).
fn mapping_keys(vm: &mut Vm, m: &PyObjectRef) -> PyResult<Vec<PyObjectRef>> {
    if let Some(d) = m.downcast_ref::<PyDict>() {
        return Ok(d.keys_vec());
    }
    let keys = vm.call_method(m, "keys", &[])?;
    vm.collect(&keys)
}

/// A new list holding `items`, sorted with `list.sort` (so the rules and errors
/// are list's).
fn sorted_list(vm: &mut Vm, items: Vec<PyObjectRef>) -> PyResult {
    let list = vm.new_list(items);
    vm.call_method(&list, "sort", &[])?;
    Ok(list)
}

fn exact_int(vm: &Vm, o: &PyObjectRef) -> Option<i64> {
    let c = o.class();
    if !c.is(&vm.types.int) && !c.is(&vm.types.bool) {
        return None;
    }
    o.downcast_ref::<PyInt>()?.value.as_i64()
}

fn exact_float(vm: &Vm, o: &PyObjectRef) -> Option<f64> {
    if !o.class().is(&vm.types.float) {
        return None;
    }
    o.downcast_ref::<PyFloat>().map(|f| f.value)
}

// ----- output and input -----

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
fn builtin_print(vm: &mut Vm, args: Args) -> PyResult {
    let (mut sep, mut end, mut file, mut flush) = (None, None, None, None);
    for (k, v) in args.kwargs() {
        let slot = match k {
            "sep" => &mut sep,
            "end" => &mut end,
            "file" => &mut file,
            "flush" => &mut flush,
            _ => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for print()"))),
        };
        *slot = Some(v.clone());
    }
    let file = match file.filter(|f| !vm.is_none(f)) {
        Some(f) => Some(f),
        None => sys_attr(vm, "stdout"),
    };
    if file.as_ref().is_some_and(|f| vm.is_none(f)) {
        // `sys.stdout` is None: print does nothing.
        return Ok(vm.none());
    }
    let sep = print_text_arg(vm, sep, "sep")?;
    let end = print_text_arg(vm, end, "end")?;
    let flush = match flush {
        Some(f) => vm.is_true(&f)?,
        None => false,
    };
    let native = match &file {
        None => Some(StdStreamKind::Stdout),
        Some(f) => f.downcast_ref::<PyStdStream>().map(|s| s.kind),
    };
    match (native, file.as_ref()) {
        (Some(kind), _) => print_native(vm, args.pos(), sep.as_deref(), end.as_deref(), kind, flush)?,
        (None, Some(f)) => match STD_STREAM_HOOKS.get().filter(|h| (h.is_text)(f)) {
            Some(h) => {
                let line = print_line(vm, args.pos(), sep.as_deref(), end.as_deref())?;
                (h.write_text)(vm, f, &line)?;
                if flush {
                    vm.call_method(f, "flush", &[])?;
                }
            }
            None => print_to_file(vm, args.pos(), &sep, &end, f, flush)?,
        },
        (None, None) => {}
    }
    Ok(vm.none())
}

/// `sep`/`end`: None or a str ("sep must be None or a string, not int").
fn print_text_arg(vm: &mut Vm, v: Option<PyObjectRef>, name: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) if vm.is_none(&v) => Ok(None),
        Some(v) => match str_arg(&v) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.new_type_error(format!("{name} must be None or a string, not {}", v.ty().name()))),
        },
    }
}

/// Print to a standard stream: build the line and write it once.
fn print_native(
    vm: &mut Vm,
    objects: &[PyObjectRef],
    sep: Option<&str>,
    end: Option<&str>,
    kind: StdStreamKind,
    flush: bool,
) -> PyResult<()> {
    let out = print_line(vm, objects, sep, end)?;
    std_stream_write(vm, kind, &out)?;
    if flush {
        std_stream_flush(vm, kind);
    }
    Ok(())
}

/// What `print` writes: the objects' `str`, separated by `sep`, then `end`.
fn print_line(vm: &mut Vm, objects: &[PyObjectRef], sep: Option<&str>, end: Option<&str>) -> PyResult<String> {
    let mut out = String::new();
    for (i, o) in objects.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.unwrap_or(" "));
        }
        match str_arg(o).filter(|_| o.class().is(&vm.types.str)) {
            Some(s) => out.push_str(s),
            None => out.push_str(&vm.str_string(o)?),
        }
    }
    out.push_str(end.unwrap_or("\n"));
    Ok(out)
}

/// Print to any object with `write`: one `write` call per piece, as CPython.
fn print_to_file(
    vm: &mut Vm,
    objects: &[PyObjectRef],
    sep: &Option<String>,
    end: &Option<String>,
    file: &PyObjectRef,
    flush: bool,
) -> PyResult<()> {
    let wname = vm.names.write.clone();
    let write = vm.get_attr(file, &wname)?;
    for (i, o) in objects.iter().enumerate() {
        if i > 0 {
            let s = vm.new_str(sep.as_deref().unwrap_or(" "));
            vm.call_positional(&write, &[s])?;
        }
        let s = vm.str(o)?;
        vm.call_positional(&write, &[s])?;
    }
    let e = vm.new_str(end.as_deref().unwrap_or("\n"));
    vm.call_positional(&write, &[e])?;
    if flush {
        vm.call_method(file, "flush", &[])?;
    }
    Ok(())
}

/// Write `text` to `file` (a standard stream, any object with `write`, or — when
/// `sys.stdout` is missing — the stdout sink).
fn write_text(vm: &mut Vm, file: Option<&PyObjectRef>, text: PyObjectRef) -> PyResult<()> {
    match file {
        Some(f) => match f.downcast_ref::<PyStdStream>() {
            Some(s) => std_stream_write(vm, s.kind, str_arg(&text).unwrap_or("")),
            None => vm.call_method(f, "write", &[text]).map(|_| ()),
        },
        None => vm.write_stdout(str_arg(&text).unwrap_or("")),
    }
}

/// Flush `file` (as [`write_text`]).
fn flush_file(vm: &mut Vm, file: Option<&PyObjectRef>) -> PyResult<()> {
    match file {
        Some(f) => match f.downcast_ref::<PyStdStream>() {
            Some(s) => {
                std_stream_flush(vm, s.kind);
                Ok(())
            }
            None => vm.call_method(f, "flush", &[]).map(|_| ()),
        },
        None => {
            std_stream_flush(vm, StdStreamKind::Stdout);
            Ok(())
        }
    }
}

/// `input(prompt='')`: the prompt goes to `sys.stdout`, the line comes from
/// `sys.stdin` (without its newline).
fn builtin_input(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "input", 0, 1)?;
    let stdout = sys_attr(vm, "stdout").filter(|o| !vm.is_none(o));
    if let Some(p) = pos.first() {
        let text = vm.str(p)?;
        write_text(vm, stdout.as_ref(), text)?;
    }
    flush_file(vm, stdout.as_ref())?;
    let stdin = sys_attr(vm, "stdin").filter(|o| !vm.is_none(o) && !o.payload_is::<PyStdStream>());
    let line = match stdin {
        Some(stdin) => {
            let l = vm.call_method(&stdin, "readline", &[])?;
            match str_arg(&l) {
                Some(s) => s.to_string(),
                None => return Err(vm.new_type_error("object.readline() returned non-string")),
            }
        }
        None => read_stdin_line(vm)?,
    };
    if line.is_empty() {
        let cls = vm.exc.eof_error.clone();
        return Err(vm.new_exception_msg(&cls, "EOF when reading a line"));
    }
    let line = line.strip_suffix('\n').unwrap_or(&line);
    Ok(vm.new_str(line.to_string()))
}

// ----- introspection -----

/// `len(obj)`.
fn builtin_len(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "len")?;
    let n = vm.len(o)?;
    Ok(vm.new_int(n as i64))
}

/// `repr(obj)`.
fn builtin_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "repr")?;
    vm.repr(o)
}

/// `ascii(obj)`: `repr` with non-ASCII characters escaped.
fn builtin_ascii(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "ascii")?;
    let r = vm.repr_string(o)?;
    if r.is_ascii() {
        return Ok(vm.new_str(r));
    }
    Ok(vm.new_str(crate::format::ascii_escape(&r)))
}

/// `hash(obj)`.
fn builtin_hash(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "hash")?;
    let h = vm.hash(o)?;
    Ok(vm.new_int(h))
}

/// `id(obj)`: the object's address.
fn builtin_id(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "id")?;
    Ok(vm.new_bigint(BigInt::from(o.id())))
}

/// `callable(obj)`.
fn builtin_callable(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "callable")?;
    Ok(vm.new_bool(is_callable(vm, o)))
}

/// `isinstance(obj, classinfo)`, honouring a metaclass `__instancecheck__`.
fn builtin_isinstance(vm: &mut Vm, args: Args) -> PyResult {
    let [obj, cls] = args.exact::<2>(vm, "isinstance")?;
    let r = isinstance_check(vm, obj, cls)?;
    Ok(vm.new_bool(r))
}

pub(crate) fn isinstance_check(vm: &mut Vm, obj: &PyObjectRef, cls: &PyObjectRef) -> PyResult<bool> {
    if obj.class().is(cls) {
        return Ok(true);
    }
    if let Some(t) = cls.downcast_ref::<PyTuple>() {
        for c in t.as_slice().to_vec() {
            let hit = if c.payload_is::<PyTuple>() {
                vm.guarded(crate::recursion::INSTANCECHECK, |vm| isinstance_check(vm, obj, &c))?
            } else {
                isinstance_check(vm, obj, &c)?
            };
            if hit {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(check) = user_metaclass_hook(vm, cls, "__instancecheck__") {
        let r = vm.call_with_self(&check, cls, std::slice::from_ref(obj))?;
        return vm.is_true(&r);
    }
    vm.isinstance(obj, cls)
}

/// `issubclass(cls, classinfo)`, honouring a metaclass `__subclasscheck__`.
fn builtin_issubclass(vm: &mut Vm, args: Args) -> PyResult {
    let [sub, cls] = args.exact::<2>(vm, "issubclass")?;
    let r = issubclass_check(vm, sub, cls)?;
    Ok(vm.new_bool(r))
}

/// `issubclass(sub, cls)` with the metaclass hooks (`PyObject_IsSubclass`).
pub fn issubclass_check(vm: &mut Vm, sub: &PyObjectRef, cls: &PyObjectRef) -> PyResult<bool> {
    if let Some(t) = cls.downcast_ref::<PyTuple>() {
        for c in t.as_slice().to_vec() {
            let hit = if c.payload_is::<PyTuple>() {
                vm.guarded(crate::recursion::SUBCLASSCHECK, |vm| issubclass_check(vm, sub, &c))?
            } else {
                issubclass_check(vm, sub, &c)?
            };
            if hit {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(check) = user_metaclass_hook(vm, cls, "__subclasscheck__") {
        let r = vm.call_with_self(&check, cls, std::slice::from_ref(sub))?;
        return vm.is_true(&r);
    }
    vm.issubclass(sub, cls)
}

/// `__instancecheck__`/`__subclasscheck__` defined by a Python metaclass of
/// `cls`, or by the class of a non-type `cls` (`int | str`, `list[int]`,
/// typing's special forms).
fn user_metaclass_hook(vm: &mut Vm, cls: &PyObjectRef, name: &str) -> Option<PyObjectRef> {
    let meta = cls.class();
    if cls.as_type().is_some() && !meta.ty_payload().flags.heaptype {
        return None;
    }
    let n = vm.intern(name);
    meta.ty_payload().lookup(&n)
}

/// Call `module.name(*args)` of the standard library (`_generic_alias` for
/// `list[int]` and `int | None`): for the few built-in behaviours that CPython
/// writes in C and Kaa writes in Python because nothing hot depends on them.
pub fn call_stdlib(vm: &mut Vm, module: &str, name: &str, args: &[PyObjectRef]) -> PyResult {
    let m = crate::import::import_module(vm, module)?;
    let n = vm.intern(name);
    let f = vm.get_attr(&m, &n)?;
    vm.call_positional(&f, args)
}

/// `cls[item]` for the built-in generic classes: a `types.GenericAlias`.
pub fn generic_alias(vm: &mut Vm, args: Args) -> PyResult {
    let [cls, item] = args.exact::<2>(vm, "__class_getitem__")?;
    call_stdlib(vm, "_generic_alias", "_class_getitem", &[cls.clone(), item.clone()])
}

// ----- attributes -----

/// The attribute-name argument of `getattr` & co., interned.
fn attr_name_arg(vm: &mut Vm, name: &PyObjectRef) -> PyResult {
    if !name.payload_is::<PyStr>() {
        return Err(vm.new_type_error(format!("attribute name must be string, not '{}'", name.ty().name())));
    }
    Ok(vm.intern_obj(name))
}

/// `getattr(obj, name[, default])`.
fn builtin_getattr(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "getattr", 2, 3)?;
    let name = attr_name_arg(vm, &pos[1])?;
    match pos.get(2) {
        Some(default) => Ok(vm.get_attr_or_none(&pos[0], &name)?.unwrap_or_else(|| default.clone())),
        None => vm.get_attr(&pos[0], &name),
    }
}

/// `setattr(obj, name, value)`.
fn builtin_setattr(vm: &mut Vm, args: Args) -> PyResult {
    let [obj, name, value] = args.exact::<3>(vm, "setattr")?;
    let name = attr_name_arg(vm, name)?;
    vm.set_attr(obj, &name, value.clone())?;
    Ok(vm.none())
}

/// `hasattr(obj, name)`: whether `getattr` succeeds (other errors propagate).
fn builtin_hasattr(vm: &mut Vm, args: Args) -> PyResult {
    let [obj, name] = args.exact::<2>(vm, "hasattr")?;
    let name = attr_name_arg(vm, name)?;
    let found = vm.get_attr_or_none(obj, &name)?.is_some();
    Ok(vm.new_bool(found))
}

/// `delattr(obj, name)`.
fn builtin_delattr(vm: &mut Vm, args: Args) -> PyResult {
    let [obj, name] = args.exact::<2>(vm, "delattr")?;
    let name = attr_name_arg(vm, name)?;
    vm.del_attr(obj, &name)?;
    Ok(vm.none())
}

/// `vars([obj])`: `obj.__dict__`, or the caller's locals.
fn builtin_vars(vm: &mut Vm, args: Args) -> PyResult {
    let caller = vm.caller.take();
    let pos = args.range(vm, "vars", 0, 1)?;
    let Some(obj) = pos.first() else {
        return Ok(caller_or_main(vm, caller).locals);
    };
    let d = vm.names.__dict__.clone();
    match vm.get_attr(obj, &d) {
        Ok(v) => Ok(v),
        Err(e) if e.is_instance_of(&vm.exc.attribute_error) => {
            Err(vm.new_type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

/// `dir([obj])`: the sorted names of the caller's scope, or `obj.__dir__()` sorted.
fn builtin_dir(vm: &mut Vm, args: Args) -> PyResult {
    let caller = vm.caller.take();
    let pos = args.range(vm, "dir", 0, 1)?;
    let Some(obj) = pos.first() else {
        let locals = caller_or_main(vm, caller).locals;
        let keys = mapping_keys(vm, &locals)?;
        return sorted_list(vm, keys);
    };
    let (names, builtin) = dir_names(vm, obj)?;
    let list = sorted_list(vm, names)?;
    if builtin {
        dedup_sorted(&list);
    }
    Ok(list)
}

/// What `obj.__dir__()` returns, as a vector, and whether a built-in `__dir__`
/// made it (those may repeat a name that both an instance and its class have). A
/// class uses the attributes along its MRO (CPython's `type.__dir__`) unless its
/// metaclass overrides `__dir__`.
fn dir_names(vm: &mut Vm, obj: &PyObjectRef) -> PyResult<(Vec<PyObjectRef>, bool)> {
    let dname = vm.intern("__dir__");
    let f = vm.lookup_special(obj, &dname);
    let object_dir = vm.types.object.ty_payload().get_own(&dname);
    let inherited_from_object = match (&f, &object_dir) {
        (Some(f), Some(o)) => f.is(o),
        (None, _) => true,
        _ => false,
    };
    if obj.as_type().is_some() && inherited_from_object {
        let mut names = Vec::new();
        for c in obj.mro() {
            names.extend(c.ty_payload().attrs.borrow().iter().map(|(k, _)| k.clone()));
        }
        names.extend(vm.instance_keys(obj));
        return Ok((names, true));
    }
    let Some(f) = f else {
        return Ok((Vec::new(), true));
    };
    let builtin = f.payload_is::<PyBuiltinFunction>();
    let r = vm.call_with_self(&f, obj, &[])?;
    Ok((vm.collect(&r)?, builtin))
}

/// Drop adjacent duplicate strings from a sorted list (`__dir__` may list a name
/// both in the instance and in its class).
fn dedup_sorted(list: &PyObjectRef) {
    if let Some(l) = list.downcast_ref::<crate::object::list::PyList>() {
        let mut items = l.items.borrow_mut();
        items.dedup_by(|a, b| match (str_arg(a), str_arg(b)) {
            (Some(x), Some(y)) => x == y,
            _ => a.is(b),
        });
    }
}

/// `globals()`.
fn builtin_globals(vm: &mut Vm, args: Args) -> PyResult {
    let caller = take_caller(vm);
    args.exact::<0>(vm, "globals")?;
    Ok(caller.globals)
}

/// `locals()`.
fn builtin_locals(vm: &mut Vm, args: Args) -> PyResult {
    let caller = take_caller(vm);
    args.exact::<0>(vm, "locals")?;
    Ok(caller.locals)
}

// ----- numbers -----

/// `abs(x)`.
fn builtin_abs(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "abs")?;
    if x.class().is(&vm.types.int) && x.downcast_ref::<PyInt>().is_some_and(|i| !i.value.is_negative()) {
        return Ok(x.clone());
    }
    if let Some(i) = exact_int(vm, x) {
        if let Some(a) = i.checked_abs() {
            return Ok(vm.new_int(a));
        }
    }
    if let Some(f) = exact_float(vm, x) {
        return Ok(vm.new_float(f.abs()));
    }
    if x.class().is(&vm.types.complex) {
        if let Some(z) = crate::object::complex::complex_value(x) {
            return crate::object::complex::abs_value(vm, z);
        }
    }
    let n = vm.names.__abs__.clone();
    match vm.call_special(x, &n, &[]) {
        Some(r) => r,
        None => Err(vm.new_type_error(format!("bad operand type for abs(): '{}'", x.ty().name()))),
    }
}

/// Python's floor division and modulo of two `i64`s (`None` on overflow).
fn divmod_i64(a: i64, b: i64) -> Option<(i64, i64)> {
    let (mut q, mut r) = (a.checked_div(b)?, a.checked_rem(b)?);
    if r != 0 && ((r < 0) != (b < 0)) {
        q -= 1;
        r += b;
    }
    Some((q, r))
}

/// `divmod(a, b)`.
fn builtin_divmod(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "divmod")?;
    if let (Some(x), Some(y)) = (exact_int(vm, a), exact_int(vm, b)) {
        if y == 0 {
            return Err(vm.new_zero_division_error("integer division or modulo by zero"));
        }
        if let Some((q, r)) = divmod_i64(x, y) {
            let (q, r) = (vm.new_int(q), vm.new_int(r));
            return Ok(vm.new_tuple(vec![q, r]));
        }
    }
    let (name, rname) = (vm.names.__divmod__.clone(), vm.names.__rdivmod__.clone());
    let b_first = !a.class().is(b.class()) && b.class().is_subtype(a.class()) && b.ty().lookup(&rname).is_some();
    if b_first {
        if let Some(r) = try_binary_special(vm, b, &rname, a)? {
            return Ok(r);
        }
    }
    if let Some(r) = try_binary_special(vm, a, &name, b)? {
        return Ok(r);
    }
    if !b_first && !a.class().is(b.class()) {
        if let Some(r) = try_binary_special(vm, b, &rname, a)? {
            return Ok(r);
        }
    }
    Err(vm.new_unsupported_operands("divmod()", a, b))
}

/// `obj.name(other)` if defined and not `NotImplemented`.
fn try_binary_special(
    vm: &mut Vm,
    obj: &PyObjectRef,
    name: &PyObjectRef,
    other: &PyObjectRef,
) -> PyResult<Option<PyObjectRef>> {
    match vm.call_special(obj, name, std::slice::from_ref(other)) {
        Some(r) => {
            let r = r?;
            Ok(if r.is(&vm.not_implemented) { None } else { Some(r) })
        }
        None => Ok(None),
    }
}

/// `pow(base, exp, mod=None)`.
fn builtin_pow(vm: &mut Vm, args: Args) -> PyResult {
    let [base, exp, modulus] = args.bind(vm, "pow", ["base", "exp", "mod"], 3, 2)?;
    let (base, exp) = (base.expect("required"), exp.expect("required"));
    match modulus.filter(|m| !vm.is_none(m)) {
        None => vm.binary_op(&base, &exp, BinaryOp::Power, false),
        Some(m) => ternary_pow(vm, &base, &exp, &m),
    }
}

/// Three-argument `pow`: modular exponentiation for ints, `__pow__(exp, mod)`
/// for other types.
fn ternary_pow(vm: &mut Vm, base: &PyObjectRef, exp: &PyObjectRef, m: &PyObjectRef) -> PyResult {
    let ints = (
        base.downcast_ref::<PyInt>(),
        exp.downcast_ref::<PyInt>(),
        m.downcast_ref::<PyInt>(),
    );
    if let (Some(b), Some(e), Some(m)) = ints {
        let r = crate::object::int::pow_mod(vm, &b.value, &e.value, &m.value)?;
        return Ok(vm.new_int_value(r));
    }
    let is_num = |o: &PyObjectRef| o.payload_is::<PyInt>() || o.payload_is::<PyFloat>();
    if is_num(base) && is_num(exp) && is_num(m) {
        return Err(vm.new_type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    let n = vm.intern("__pow__");
    if let Some(r) = vm.call_special(base, &n, &[exp.clone(), m.clone()]) {
        let r = r?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    // complex's power slot also serves when the exponent or modulus is complex.
    if let Some(r) = crate::object::complex::ternary_pow(vm, base, exp, m) {
        return r;
    }
    Err(vm.new_type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        base.ty().name(),
        exp.ty().name(),
        m.ty().name()
    )))
}

/// `round(number, ndigits=None)`: calls `type(number).__round__`.
fn builtin_round(vm: &mut Vm, args: Args) -> PyResult {
    let [number, ndigits] = args.bind(vm, "round", ["number", "ndigits"], 2, 1)?;
    let number = number.expect("required");
    let name = vm.names.__round__.clone();
    let Some(f) = vm.lookup_special(&number, &name) else {
        return Err(vm.new_type_error(format!("type {} doesn't define __round__ method", number.ty().name())));
    };
    match ndigits.filter(|n| !vm.is_none(n)) {
        Some(n) => vm.call_with_self(&f, &number, &[n]),
        None => vm.call_with_self(&f, &number, &[]),
    }
}

/// `bin`, `oct` and `hex`: `__index__`, then the prefixed digits.
fn int_to_base(vm: &mut Vm, args: Args, fname: &str, radix: u32, prefix: &str) -> PyResult {
    let [x] = args.exact::<1>(vm, fname)?;
    let v = vm.to_index_value(x)?;
    let (neg, digits) = match &v {
        IntValue::Small(i) => {
            let u = i.unsigned_abs();
            let d = match radix {
                2 => format!("{u:b}"),
                8 => format!("{u:o}"),
                _ => format!("{u:x}"),
            };
            (*i < 0, d)
        }
        IntValue::Big(b) => {
            // The digits of a long int: linear work, charged first (`limits.rs`).
            vm.charge_copy(crate::object::int::text_charge(&v, radix))?;
            (b.is_negative(), b.magnitude().to_str_radix(radix))
        }
    };
    Ok(vm.new_str(format!("{}{prefix}{digits}", if neg { "-" } else { "" })))
}

fn builtin_bin(vm: &mut Vm, args: Args) -> PyResult {
    int_to_base(vm, args, "bin", 2, "0b")
}

fn builtin_oct(vm: &mut Vm, args: Args) -> PyResult {
    int_to_base(vm, args, "oct", 8, "0o")
}

fn builtin_hex(vm: &mut Vm, args: Args) -> PyResult {
    int_to_base(vm, args, "hex", 16, "0x")
}

/// `chr(i)`.
fn builtin_chr(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "chr")?;
    let i = match vm.to_index_value(x)? {
        IntValue::Small(i) if i32::try_from(i).is_ok() => i,
        _ => return Err(vm.new_overflow_error("Python int too large to convert to C int")),
    };
    if !(0..0x110000).contains(&i) {
        return Err(vm.new_value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(vm.new_char(c)),
        // Kaa's strings are UTF-8: lone surrogates cannot be stored.
        None => Err(vm.new_value_error("chr() arg is a surrogate code point, which Kaa's str cannot hold")),
    }
}

/// `ord(c)`.
fn builtin_ord(vm: &mut Vm, args: Args) -> PyResult {
    let [c] = args.exact::<1>(vm, "ord")?;
    if let Some(s) = c.downcast_ref::<PyStr>() {
        let mut it = s.as_str().chars();
        return match (it.next(), it.next()) {
            (Some(ch), None) => Ok(vm.new_int(ch as i64)),
            _ => Err(vm.new_type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.char_len()
            ))),
        };
    }
    if c.payload_is::<PyBytes>() || c.payload_is::<crate::object::bytearray::PyByteArray>() {
        let b = crate::object::buffer::bytes_like(vm, c)?;
        return match &*b {
            [byte] => Ok(vm.new_int(i64::from(*byte))),
            v => Err(vm.new_type_error(format!(
                "ord() expected a character, but string of length {} found",
                v.len()
            ))),
        };
    }
    Err(vm.new_type_error(format!(
        "ord() expected string of length 1, but {} found",
        c.ty().name()
    )))
}

/// `format(value, format_spec='')`.
fn builtin_format(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "format", 1, 2)?;
    let spec = match pos.get(1) {
        Some(s) if s.payload_is::<PyStr>() => s.clone(),
        Some(s) => {
            return Err(vm.new_type_error(format!("format() argument 2 must be str, not {}", s.ty().name())));
        }
        None => vm.empty_str.clone(),
    };
    let r = crate::format::format_obj(vm, &pos[0], &spec)?;
    if !r.payload_is::<PyStr>() {
        return Err(vm.new_type_error(format!("__format__ must return a str, not {}", r.ty().name())));
    }
    Ok(r)
}

// ----- iteration -----

/// `iter(obj)` or `iter(callable, sentinel)`.
fn builtin_iter(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "iter", 1, 2)?;
    match pos {
        [o] => vm.get_iter(o),
        [f, sentinel] => {
            crate::object::iter::check_callable_iter(vm, f)?;
            Ok(crate::object::iter::new_callable_iter(vm, f.clone(), sentinel.clone()))
        }
        _ => unreachable!("args.range checked the count"),
    }
}

/// `next(iterator[, default])`. A generator's return value travels in the
/// `StopIteration`, as in CPython.
fn builtin_next(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "next", 1, 2)?;
    let (it, default) = (&pos[0], pos.get(1));
    let r = next_raw(vm, it);
    match (r, default) {
        (Ok(Some(v)), _) => Ok(v),
        (Ok(None), Some(d)) => Ok(d.clone()),
        (Ok(None), None) => Err(vm.new_stop_iteration(None)),
        (Err(e), Some(d)) if e.is_instance_of(&vm.exc.stop_iteration) => Ok(d.clone()),
        (Err(e), _) => Err(e),
    }
}

/// One step of an iterator: `Ok(None)` when exhausted without a value; a
/// `StopIteration` carrying a value is returned as an error.
fn next_raw(vm: &mut Vm, it: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
    if let Some(r) = crate::object::iter::fast_next(vm, it) {
        return r;
    }
    if it
        .downcast_ref::<PyGenerator>()
        .is_some_and(|g| g.kind == crate::object::generator::GenKind::Generator)
    {
        let none = vm.none();
        return match crate::generator::resume(vm, it, none, None)? {
            crate::generator::SendResult::Yielded(v) => Ok(Some(v)),
            crate::generator::SendResult::Returned(v) if vm.is_none(&v) => Ok(None),
            crate::generator::SendResult::Returned(v) => {
                let cls = vm.exc.stop_iteration.clone();
                Err(vm.call_positional(&cls, &[v])?)
            }
        };
    }
    if !it.ty().flags.heaptype {
        if let Some(r) = crate::protocol::NATIVE_NEXT.get().and_then(|f| f(vm, it)) {
            return r;
        }
    }
    let n = vm.names.__next__.clone();
    match vm.call_special(it, &n, &[]) {
        Some(r) => r.map(Some),
        None => Err(vm.new_type_error(format!("'{}' object is not an iterator", it.ty().name()))),
    }
}

/// `all(iterable)`.
fn builtin_all(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "all")?;
    let it = vm.get_iter(o)?;
    let mut pace = crate::limits::Pace::default();
    while let Some(v) = vm.iter_next(&it)? {
        if !vm.is_true(&v)? {
            return Ok(vm.new_bool(false));
        }
        pace.step(vm)?;
    }
    Ok(vm.new_bool(true))
}

/// `any(iterable)`.
fn builtin_any(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "any")?;
    let it = vm.get_iter(o)?;
    let mut pace = crate::limits::Pace::default();
    while let Some(v) = vm.iter_next(&it)? {
        if vm.is_true(&v)? {
            return Ok(vm.new_bool(true));
        }
        pace.step(vm)?;
    }
    Ok(vm.new_bool(false))
}

/// The values `min`/`max` compare: the items of one iterable, or the arguments.
enum Candidates<'a> {
    Iter(PyObjectRef),
    Args(std::slice::Iter<'a, PyObjectRef>),
}

impl Candidates<'_> {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<PyObjectRef>> {
        match self {
            Candidates::Iter(it) => {
                let it = it.clone();
                vm.iter_next(&it)
            }
            Candidates::Args(a) => Ok(a.next().cloned()),
        }
    }
}

/// `min(...)` and `max(...)`: `op` is `<` for min and `>` for max.
fn min_max(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult {
    let (mut key, mut default) = (None, None);
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = Some(v.clone()).filter(|v| !vm.is_none(v)),
            "default" => default = Some(v.clone()),
            _ => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for {name}()"))),
        }
    }
    let pos = args.pos();
    let mut source = match pos.len() {
        0 => return Err(vm.new_type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => Candidates::Iter(vm.get_iter(&pos[0])?),
        _ if default.is_some() => {
            return Err(vm.new_type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )))
        }
        _ => Candidates::Args(pos.iter()),
    };
    let mut best: Option<(PyObjectRef, PyObjectRef)> = None;
    let mut pace = crate::limits::Pace::default();
    while let Some(item) = source.next(vm)? {
        pace.step(vm)?;
        let k = match &key {
            Some(f) => vm.call_positional(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, bk)) => {
                let r = vm.rich_compare(&k, bk, op)?;
                vm.is_true(&r)?
            }
        };
        if better {
            best = Some((item, k));
        }
    }
    match (best, default) {
        (Some((item, _)), _) => Ok(item),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.new_value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn builtin_min(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, "min", CompareOp::Lt)
}

fn builtin_max(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, "max", CompareOp::Gt)
}

/// The running total of `sum`: native while the items are exact ints or floats.
enum Total {
    Int(i64),
    Float(f64),
    Obj(PyObjectRef),
}

/// `sum(iterable, /, start=0)`.
fn builtin_sum(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let mut start = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        if k != "start" || start.is_some() {
            let msg = if k == "start" {
                "argument for sum() given by name ('start') and position (2)".to_string()
            } else {
                format!("sum() got an unexpected keyword argument '{k}'")
            };
            return Err(vm.new_type_error(msg));
        }
        start = Some(v.clone());
    }
    match pos.len() {
        0 => return Err(vm.new_type_error("sum() takes at least 1 positional argument (0 given)")),
        1 | 2 => {}
        n => return Err(vm.new_type_error(format!("sum() takes at most 2 arguments ({n} given)"))),
    }
    let it = vm.get_iter(&pos[0])?;
    if let Some(s) = &start {
        if s.payload_is::<PyStr>() {
            return Err(vm.new_type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        if s.payload_is::<PyBytes>() {
            return Err(vm.new_type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
        }
    }
    let start = start.unwrap_or_else(|| vm.new_int(0));
    let mut total = if let Some(i) = exact_int(vm, &start).filter(|_| start.class().is(&vm.types.int)) {
        Total::Int(i)
    } else if let Some(f) = exact_float(vm, &start) {
        Total::Float(f)
    } else {
        Total::Obj(start)
    };
    let mut pace = crate::limits::Pace::default();
    while let Some(item) = vm.iter_next(&it)? {
        total = sum_step(vm, total, &item)?;
        pace.step(vm)?;
    }
    Ok(match total {
        Total::Int(i) => vm.new_int(i),
        Total::Float(f) => vm.new_float(f),
        Total::Obj(o) => o,
    })
}

/// Add one item to the running total.
fn sum_step(vm: &mut Vm, total: Total, item: &PyObjectRef) -> PyResult<Total> {
    let acc = match total {
        Total::Int(t) => {
            if let Some(s) = exact_int(vm, item).and_then(|i| t.checked_add(i)) {
                return Ok(Total::Int(s));
            }
            vm.new_int(t)
        }
        Total::Float(t) => {
            if let Some(f) = exact_float(vm, item) {
                return Ok(Total::Float(t + f));
            }
            if let Some(i) = exact_int(vm, item) {
                return Ok(Total::Float(t + i as f64));
            }
            vm.new_float(t)
        }
        Total::Obj(o) => o,
    };
    let r = vm.binary_op(&acc, item, BinaryOp::Add, false)?;
    Ok(match exact_float(vm, &r) {
        Some(f) => Total::Float(f),
        None => Total::Obj(r),
    })
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
fn builtin_sorted(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.new_type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let items = vm.collect(&pos[0])?;
    let list = vm.new_list(items);
    let sort = vm.intern("sort");
    let sort = vm.get_attr(&list, &sort)?;
    vm.call(&sort, Args::new(&args.items()[1..], args.kwnames()))?;
    Ok(list)
}

// ----- running code -----

/// A str or UTF-8 bytes argument as text (`None` for other types).
fn text_of(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Option<String>> {
    if let Some(s) = o.downcast_ref::<PyStr>() {
        return Ok(Some(s.as_str().to_string()));
    }
    if let Some(b) = o.downcast_ref::<PyBytes>() {
        return match std::str::from_utf8(&b.value) {
            Ok(s) => Ok(Some(s.to_string())),
            Err(_) => Err(crate::source::plain_syntax_error(vm, "source code is not valid UTF-8")),
        };
    }
    Ok(None)
}

/// The source argument of `exec`/`eval`/`compile` as text: bytes are
/// decoded as a source file is (PEP 263 cookie, BOM: `crate::source`).
fn source_text(vm: &mut Vm, source: &PyObjectRef, filename: &str) -> PyResult<Option<String>> {
    if let Some(b) = source.downcast_ref::<PyBytes>() {
        let bytes = b.value.to_vec();
        let text = crate::source::decode_source(vm, &bytes, filename, crate::source::SourceKind::Compile)?;
        return Ok(Some(text));
    }
    let text = text_of(vm, source)?;
    if text.as_deref().is_some_and(|t| t.contains('\0')) {
        return Err(crate::source::plain_syntax_error(
            vm,
            "source code string cannot contain null bytes",
        ));
    }
    Ok(text)
}

/// The namespaces `exec`/`eval` run in: explicit ones, else the caller's.
fn exec_namespaces(
    vm: &mut Vm,
    caller: Option<CallerInfo>,
    globals: Option<&PyObjectRef>,
    locals: Option<&PyObjectRef>,
    fname: &str,
) -> PyResult<(PyObjectRef, PyObjectRef)> {
    let globals = globals.filter(|g| !vm.is_none(g)).cloned();
    let locals = locals.filter(|l| !vm.is_none(l)).cloned();
    if let Some(g) = &globals {
        if !g.payload_is::<PyDict>() {
            return Err(vm.new_type_error(if fname == "exec" {
                format!("exec() globals must be a dict, not {}", g.ty().name())
            } else {
                "globals must be a dict".to_string()
            }));
        }
    }
    if let Some(l) = &locals {
        let gi = vm.names.__getitem__.clone();
        if vm.lookup_special(l, &gi).is_none() {
            return Err(vm.new_type_error(if fname == "exec" {
                format!("locals must be a mapping or None, not {}", l.ty().name())
            } else {
                "locals must be a mapping".to_string()
            }));
        }
    }
    Ok(match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g.clone(), g),
        (None, l) => {
            let c = caller_or_main(vm, caller);
            let l = l.unwrap_or(c.locals);
            (c.globals, l)
        }
    })
}

/// `exec(source, globals=None, locals=None)` and `eval(...)`.
fn exec_or_eval(vm: &mut Vm, args: Args, fname: &'static str) -> PyResult {
    let caller = vm.caller.take();
    let pos = args.pos();
    for (k, _) in args.kwargs() {
        if !(fname == "exec" && k == "closure") {
            return Err(vm.new_type_error(format!("{fname}() takes no keyword arguments")));
        }
    }
    if pos.is_empty() {
        return Err(vm.new_type_error(format!("{fname}() takes at least 1 positional argument (0 given)")));
    }
    if pos.len() > 3 {
        return Err(vm.new_type_error(format!("{fname} expected at most 3 arguments, got {}", pos.len())));
    }
    let (globals, locals) = exec_namespaces(vm, caller, pos.get(1), pos.get(2), fname)?;
    let code = if pos[0].payload_is::<PyCode>() {
        let pc = pos[0].downcast_ref::<PyCode>().expect("checked");
        if !pc.code.co_freevars.is_empty() {
            return Err(vm.new_type_error(format!(
                "code object passed to {fname}() may not contain free variables"
            )));
        }
        pos[0].clone()
    } else {
        let Some(text) = source_text(vm, &pos[0], "<string>")? else {
            return Err(vm.new_type_error(format!("{fname}() arg 1 must be a string, bytes or code object")));
        };
        if fname == "eval" {
            let text = text.trim_start_matches([' ', '\t']);
            vm.compile(text, "<string>", Mode::Eval)?
        } else {
            vm.compile(&text, "<string>", Mode::Exec)?
        }
    };
    let locals = if locals.is(&globals) { None } else { Some(locals) };
    let r = vm.run_code(&code, &globals, locals)?;
    Ok(if fname == "exec" { vm.none() } else { r })
}

fn builtin_exec(vm: &mut Vm, args: Args) -> PyResult {
    exec_or_eval(vm, args, "exec")
}

fn builtin_eval(vm: &mut Vm, args: Args) -> PyResult {
    exec_or_eval(vm, args, "eval")
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
fn builtin_compile(vm: &mut Vm, args: Args) -> PyResult {
    let names = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    let [source, filename, mode, _, _, optimize, ..] = args.bind(vm, "compile", names, 6, 3)?;
    let (source, filename, mode) = (
        source.expect("required"),
        filename.expect("required"),
        mode.expect("required"),
    );
    let filename = match text_of(vm, &filename)? {
        Some(f) => f,
        None => {
            return Err(vm.new_type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                filename.ty().name()
            )))
        }
    };
    let mode = match str_arg(&mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => return Err(vm.new_value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        None => {
            return Err(vm.new_type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                mode.ty().name()
            )))
        }
    };
    let Some(text) = source_text(vm, &source, &filename)? else {
        return Err(vm.new_type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    // `optimize=-1` is the interpreter's level (`-O`), 0 to 2 an explicit one.
    let level = match optimize {
        Some(o) => vm.to_index(&o)?,
        None => -1,
    };
    let level = match level {
        -1 => vm.optimize.get(),
        0..=2 => level as u8,
        _ => return Err(vm.new_value_error("compile(): invalid optimize value")),
    };
    vm.compile_optimized(&text, &filename, mode, level)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn builtin_import(vm: &mut Vm, args: Args) -> PyResult {
    let names = ["name", "globals", "locals", "fromlist", "level"];
    let [name, globals, _locals, fromlist, level] = args.bind(vm, "__import__", names, 5, 1)?;
    let name = name.expect("required");
    if !name.payload_is::<PyStr>() {
        return Err(vm.new_type_error("module name must be a string"));
    }
    let globals = match globals.filter(|g| g.payload_is::<PyDict>()) {
        Some(g) => g,
        None => vm.new_dict(),
    };
    let fromlist = match fromlist.filter(|f| !vm.is_none(f)) {
        Some(f) if f.payload_is::<PyTuple>() => f,
        Some(f) => {
            let items = vm.collect(&f)?;
            vm.new_tuple(items)
        }
        None => vm.empty_tuple.clone(),
    };
    let level = level.unwrap_or_else(|| vm.new_int(0));
    let lv = vm.to_index(&level)?;
    if lv < 0 {
        return Err(vm.new_value_error("level must be >= 0"));
    }
    if lv == 0 && str_arg(&name) == Some("") {
        return Err(vm.new_value_error("Empty module name"));
    }
    crate::import::import_name(vm, &name, &fromlist, &level, &globals)
}

/// `exit(code=None)` and `quit(code=None)` (the `site` module's helpers).
fn builtin_exit(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "exit", 0, 1)?;
    let cls = vm.exc.system_exit.clone();
    let e = vm.call_positional(&cls, pos)?;
    Err(e)
}

/// `breakpoint(*args, **kws)`: call `sys.breakpointhook` (the debugger).
fn builtin_breakpoint(vm: &mut Vm, args: Args) -> PyResult {
    match sys_attr(vm, "breakpointhook") {
        Some(hook) => vm.call(&hook, args),
        None => Err(vm.new_runtime_error("lost sys.breakpointhook")),
    }
}

/// `help(...)`: `pydoc.help` (CPython's `site` adds it), imported on first use.
fn builtin_help(vm: &mut Vm, args: Args) -> PyResult {
    let pydoc = crate::import::import_module(vm, "pydoc")?;
    let name = vm.intern("help");
    let help = vm.get_attr(&pydoc, &name)?;
    vm.call(&help, args)
}

// ----- installation -----

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", builtin_print),
    ("breakpoint", builtin_breakpoint),
    ("input", builtin_input),
    ("len", builtin_len),
    ("repr", builtin_repr),
    ("ascii", builtin_ascii),
    ("hash", builtin_hash),
    ("id", builtin_id),
    ("callable", builtin_callable),
    ("isinstance", builtin_isinstance),
    ("issubclass", builtin_issubclass),
    ("getattr", builtin_getattr),
    ("setattr", builtin_setattr),
    ("hasattr", builtin_hasattr),
    ("delattr", builtin_delattr),
    ("abs", builtin_abs),
    ("divmod", builtin_divmod),
    ("pow", builtin_pow),
    ("round", builtin_round),
    ("bin", builtin_bin),
    ("oct", builtin_oct),
    ("hex", builtin_hex),
    ("chr", builtin_chr),
    ("ord", builtin_ord),
    ("format", builtin_format),
    ("iter", builtin_iter),
    ("next", builtin_next),
    ("all", builtin_all),
    ("any", builtin_any),
    ("min", builtin_min),
    ("max", builtin_max),
    ("sum", builtin_sum),
    ("sorted", builtin_sorted),
    ("compile", builtin_compile),
    ("__import__", builtin_import),
    ("exit", builtin_exit),
    ("quit", builtin_exit),
    ("help", builtin_help),
];

/// Functions that read their caller's namespace.
const FRAME_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("globals", builtin_globals),
    ("locals", builtin_locals),
    ("vars", builtin_vars),
    ("dir", builtin_dir),
    ("exec", builtin_exec),
    ("eval", builtin_eval),
];

/// Fill the `builtins` module (which already holds `__build_class__`).
pub(crate) fn init(vm: &mut Vm) {
    let d = vm.builtins_dict.clone();
    let set = |vm: &mut Vm, name: &str, value: PyObjectRef| {
        let _ = vm.dict_set_str(&d, name, value);
    };
    let t = &vm.types;
    let types = [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("memoryview", &t.memoryview),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
    ]
    .map(|(n, c)| (n, c.clone()));
    for (name, cls) in types {
        set(vm, name, cls);
    }
    for (name, cls) in vm.exc.all() {
        set(vm, name, cls);
    }
    let os_error = vm.exc.os_error.clone();
    set(vm, "IOError", os_error.clone());
    set(vm, "EnvironmentError", os_error);
    let consts = [
        ("None", vm.none()),
        ("True", vm.new_bool(true)),
        ("False", vm.new_bool(false)),
        ("Ellipsis", vm.ellipsis.clone()),
        ("NotImplemented", vm.not_implemented.clone()),
        ("__debug__", vm.new_bool(true)),
        ("__name__", vm.new_str("builtins")),
        (
            "__doc__",
            vm.new_str("Built-in functions, types, exceptions, and other objects."),
        ),
        ("__package__", vm.new_str("")),
        ("__spec__", vm.none()),
        ("__loader__", vm.none()),
    ];
    for (name, v) in consts {
        set(vm, name, v);
    }
    for &(name, func) in FUNCTIONS {
        let f = vm.new_builtin_function(name, func);
        set(vm, name, f);
    }
    for &(name, func) in FRAME_FUNCTIONS {
        let f = PyObjectRef::new(
            PyBuiltinFunction {
                name,
                owner: None,
                func,
                binding: Binding::Function,
                self_: None,
                needs_frame: true,
                data: None,
            },
            &vm.types.builtin_function,
        );
        set(vm, name, f);
    }
    let mods = vm.modules.clone();
    let b = vm.builtins.clone();
    let _ = vm.dict_set_str(&mods, "builtins", b);
}
