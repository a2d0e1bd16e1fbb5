//! The standard streams: `sys.stdin`, `sys.stdout` and `sys.stderr` are
//! CPython's three layers — a `TextIOWrapper` over a `BufferedReader` /
//! `BufferedWriter` over a `FileIO` named `<stdout>` (descriptor 1,
//! `closefd=False`).
//!
//! The `FileIO` of a standard stream is marked with its [`StdStreamKind`]:
//! instead of calling `write(2)` on its descriptor it writes into the
//! interpreter's output sink (`Vm::stdout`, `Vm::stderr`, see
//! `vm/src/vm.rs` `OutputSink`), and it reads from the interpreter's input
//! (`Vm::stdin`: the host's reader, or the process's stdin). So an embedder
//! that captures output still captures everything, and the CLI, whose sinks
//! are the process's stdout and stderr, behaves as CPython:
//!
//! - stdout is block-buffered (8 KiB) unless it is a terminal, then
//!   line-buffered; stderr is always line-buffered; both are flushed at exit
//!   (`Vm::finalize`), by `flush()`, and stdout before `input()` reads;
//! - `-u` / `PYTHONUNBUFFERED`: no buffered layer (`sys.stdout.buffer` is
//!   the `FileIO`) and the text layer writes through;
//! - `PYTHONIOENCODING=encoding[:errors]` sets the encoding and errors of
//!   all three (stderr keeps `backslashreplace`).
//!
//! When a sink is not the process's own (an embedder's buffer or writer),
//! every write goes through at once, as before these layers existed.
//!
//! What the VM writes itself (tracebacks, "Exception ignored" messages, the
//! REPL's results) goes through the same `TextIOWrapper` objects, behind
//! what they hold (`kaa_vm::builtins::StdStreamHooks`), so the order of
//! the output is CPython's.

use std::io::Read;

use kaa_vm::builtins::{StdStreamHooks, StdStreamKind};
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::OutputSink;
use kaa_vm::{PyResult, Vm};

use super::buffered::{self, Kind};
use super::fileio::{FileIO, FileState};
use super::textio::{self, TextIO};

/// The module-state keys of the interpreter's own three streams.
const KEYS: [&str; 3] = ["sys.__stdin__", "sys.__stdout__", "sys.__stderr__"];

fn key(kind: StdStreamKind) -> &'static str {
    match kind {
        StdStreamKind::Stdin => KEYS[0],
        StdStreamKind::Stdout => KEYS[1],
        StdStreamKind::Stderr => KEYS[2],
    }
}

/// How the CLI asks for the streams (`-u`, `PYTHONIOENCODING`).
#[derive(Default, Clone, Debug)]
pub struct StdOptions {
    pub unbuffered: bool,
    /// `PYTHONIOENCODING`'s encoding and errors (either may be empty).
    pub encoding: Option<String>,
    pub errors: Option<String>,
}

/// The kind of standard stream a `FileIO` stands for, if it is open.
pub fn std_of(o: &PyObjectRef) -> Option<StdStreamKind> {
    let f = o.downcast_ref::<FileIO>()?;
    let st = f.st.borrow();
    if st.fd < 0 {
        return None;
    }
    st.std
}

/// Whether the sink of `kind` is the process's own stream (the CLI), whose
/// descriptor then tells about terminals and seeking.
pub fn process_fd(vm: &Vm, kind: StdStreamKind) -> Option<i32> {
    match kind {
        StdStreamKind::Stdin => vm.input().is_none().then_some(0),
        StdStreamKind::Stdout => matches!(*vm.out(), OutputSink::Stdout).then_some(1),
        StdStreamKind::Stderr => matches!(*vm.err(), OutputSink::Stderr).then_some(2),
    }
}

/// Whether a write must go through at once: the sink is an embedder's.
pub fn write_through(vm: &Vm, kind: StdStreamKind) -> bool {
    process_fd(vm, kind).is_none()
}

/// `isatty()` of a standard stream.
pub fn isatty(vm: &Vm, kind: StdStreamKind) -> bool {
    // SAFETY: isatty only inspects the descriptor.
    process_fd(vm, kind).is_some_and(|fd| unsafe { libc::isatty(fd) } == 1)
}

/// Write `data` to the sink of `kind` (the raw layer: nothing stays behind).
pub fn sink_write(vm: &mut Vm, kind: StdStreamKind, data: &[u8]) -> PyResult<()> {
    let sink = match kind {
        StdStreamKind::Stdout => vm.stdout.clone(),
        StdStreamKind::Stderr => vm.stderr.clone(),
        StdStreamKind::Stdin => return Err(super::unsupported(vm, "File not open for writing")),
    };
    vm.charge_output(data.len())?;
    // Console and pipe writes may block: other threads run meanwhile.
    let r = vm.allow_threads(|| {
        let mut s = kaa_vm::gil::lock_unpoisoned(&sink);
        s.write_all(data)?;
        s.flush()
    });
    r.map_err(|e| kaa_vm::object::exception_methods::new_os_error(vm, &e))
}

/// Flush what Rust itself buffers for the process's stream (before `lseek`).
fn flush_sink(vm: &mut Vm, kind: StdStreamKind) {
    let _ = match kind {
        StdStreamKind::Stdout => vm.out().flush(),
        StdStreamKind::Stderr => vm.err().flush(),
        StdStreamKind::Stdin => Ok(()),
    };
}

/// Read up to `n` bytes from the interpreter's input (one read: a line from
/// a terminal; empty at end of file).
pub fn source_read(vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
    loop {
        if let Some(data) = source_read_once(vm, n)? {
            return Ok(data);
        }
        // Ctrl-C's handler ran without raising: read again.
    }
}

/// One read for [`source_read`]; `None` when Ctrl-C interrupted it and the
/// `KeyboardInterrupt` check did not raise.
fn source_read_once(vm: &mut Vm, n: usize) -> PyResult<Option<Vec<u8>>> {
    let src = vm.stdin.clone();
    let mut buf = vec![0u8; n.min(1 << 20)];
    let sigint = vm.limits.sigint.get();
    let interrupted = || sigint.is_some_and(|f| f.load(std::sync::atomic::Ordering::Relaxed));
    let r = vm.allow_threads(|| loop {
        let r = match kaa_vm::gil::lock_unpoisoned(&src).as_mut() {
            Some(reader) => reader.read(&mut buf),
            // A Ctrl-C before the read started counts too.
            None if interrupted() => Err(std::io::ErrorKind::Interrupted.into()),
            None => std::io::stdin().lock().read(&mut buf),
        };
        match r {
            // Ctrl-C (the CLI's handler does not restart reads) ends the
            // read with `KeyboardInterrupt`; other signals retry it.
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                if interrupted() {
                    break Err(e);
                }
                continue;
            }
            r => break r,
        }
    });
    match r {
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
            vm.check_limits()?;
            Ok(None)
        }
        Ok(k) => {
            buf.truncate(k);
            Ok(Some(buf))
        }
        Err(e) => Err(kaa_vm::object::exception_methods::new_os_error(vm, &e)),
    }
}

/// Read the interpreter's input to its end.
pub fn source_read_all(vm: &mut Vm) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let chunk = source_read(vm, 65536)?;
        if chunk.is_empty() {
            return Ok(out);
        }
        out.extend_from_slice(&chunk);
    }
}

/// `lseek` on the process's stream (`tell`, `seek`); a pipe or an
/// embedder's sink: `OSError: [Errno 29] Illegal seek`.
pub fn seek(vm: &mut Vm, kind: StdStreamKind, pos: i64, whence: i32) -> PyResult<i64> {
    match process_fd(vm, kind) {
        Some(fd) => {
            flush_sink(vm, kind);
            super::fileio::sys_seek(fd, pos, whence).map_err(|e| super::os_error(vm, e, None))
        }
        None => Err(super::os_error(vm, libc::ESPIPE, None)),
    }
}

/// `seekable()`.
pub fn seekable(vm: &Vm, kind: StdStreamKind) -> bool {
    process_fd(vm, kind).is_some_and(|fd| super::fileio::sys_seek(fd, 0, libc::SEEK_CUR).is_ok())
}

// ----- making the streams -----

fn codec_name(enc: super::codecs::Enc) -> &'static str {
    use super::codecs::{Enc, Endian};
    match enc {
        Enc::Utf8 => "utf-8",
        Enc::Utf8Sig => "utf-8-sig",
        Enc::Ascii => "ascii",
        Enc::Latin1 => "iso8859-1",
        Enc::Cp1252 => "cp1252",
        Enc::Utf16(None) => "utf-16",
        Enc::Utf16(Some(Endian::Little)) => "utf-16-le",
        Enc::Utf16(Some(Endian::Big)) => "utf-16-be",
        Enc::Utf32(None) => "utf-32",
        Enc::Utf32(Some(Endian::Little)) => "utf-32-le",
        Enc::Utf32(Some(Endian::Big)) => "utf-32-be",
    }
}

/// One standard stream.
fn make_stream(vm: &mut Vm, kind: StdStreamKind, opts: &StdOptions) -> PyResult<PyObjectRef> {
    let (fd, name, mode) = match kind {
        StdStreamKind::Stdin => (0, "<stdin>", "r"),
        StdStreamKind::Stdout => (1, "<stdout>", "w"),
        StdStreamKind::Stderr => (2, "<stderr>", "w"),
    };
    let reads = kind == StdStreamKind::Stdin;
    let cls = super::state_type(vm, "_io.FileIO")?;
    let raw = vm.new_instance(
        FileIO {
            st: std::cell::RefCell::new(FileState {
                fd,
                readable: reads,
                writable: !reads,
                closefd: false,
                seekable: None,
                std: Some(kind),
                ..Default::default()
            }),
        },
        &cls,
    );
    let n = vm.new_str(name);
    super::set_dict_attr(vm, &raw, "name", n)?;
    let unbuffered = opts.unbuffered && !reads;
    let buffer = if unbuffered {
        raw
    } else {
        let k = if reads { Kind::Reader } else { Kind::Writer };
        buffered::new_buffered(vm, k, raw, super::DEFAULT_BUFFER_SIZE)?
    };
    let encoding = match opts.encoding.as_deref().filter(|e| !e.is_empty()) {
        Some(e) => match super::codecs::lookup(e) {
            Some(c) => codec_name(c).to_string(),
            None => {
                let cls = vm.exc.lookup_error.clone();
                return Err(vm.new_exception_msg(&cls, format!("unknown encoding: {e}")));
            }
        },
        None => "utf-8".to_string(),
    };
    // CPython's in UTF-8 mode (which Kaa always is): `surrogateescape`;
    // stderr `backslashreplace` whatever PYTHONIOENCODING says.
    let errors = match kind {
        StdStreamKind::Stderr => "backslashreplace".to_string(),
        _ => match opts.errors.as_deref().filter(|e| !e.is_empty()) {
            Some(e) => e.to_string(),
            None if opts.encoding.as_deref().is_some_and(|e| !e.is_empty()) => "strict".to_string(),
            None => "surrogateescape".to_string(),
        },
    };
    let line_buffering = kind == StdStreamKind::Stderr || (kind == StdStreamKind::Stdout && isatty(vm, kind));
    let t = textio::new_std_text(
        vm,
        buffer,
        Some(&encoding),
        Some(&errors),
        // No newline translation, either way (CPython on POSIX).
        Some("\n".to_string()),
        line_buffering,
        unbuffered,
        kind,
    )?;
    let m = vm.new_str(mode);
    super::set_dict_attr(vm, &t, "mode", m)?;
    Ok(t)
}

/// Make the three streams and set `sys.stdin`, `sys.stdout`, `sys.stderr`
/// and their `sys.__stdin__` etc. in the namespace `sys_dict` (the streams
/// they replace are flushed first).
pub fn install_streams(vm: &mut Vm, sys_dict: &PyObjectRef, opts: &StdOptions) -> PyResult<()> {
    let _ = kaa_vm::builtins::STD_STREAM_HOOKS.get_or_init(hooks);
    kaa_vm::import::import_module(vm, "_io")?;
    flush_std(vm, false);
    for (name, kind) in [
        ("stdin", StdStreamKind::Stdin),
        ("stdout", StdStreamKind::Stdout),
        ("stderr", StdStreamKind::Stderr),
    ] {
        let s = make_stream(vm, kind, opts)?;
        vm.module_state.borrow_mut().insert(key(kind).to_string(), s.clone());
        vm.dict_set_str(sys_dict, name, s.clone())?;
        vm.dict_set_str(sys_dict, &format!("__{name}__"), s)?;
    }
    Ok(())
}

/// Remake the streams with the CLI's options (`-u`, `PYTHONIOENCODING`).
pub fn configure(vm: &mut Vm, opts: &StdOptions) -> PyResult<()> {
    let m = kaa_vm::import::import_module(vm, "sys")?;
    let d = vm.get_attr_str(&m, "__dict__")?;
    install_streams(vm, &d, opts)
}

// ----- the hooks for `print` and the VM -----

fn hooks() -> StdStreamHooks {
    StdStreamHooks {
        is_text,
        write_text: hook_write_text,
        write_std,
        flush_std,
    }
}

/// An exact `TextIOWrapper` (a subclass may override `write`).
fn is_text(o: &PyObjectRef) -> bool {
    o.payload_is::<TextIO>() && !o.class().ty_payload().flags.heaptype
}

fn hook_write_text(vm: &mut Vm, o: &PyObjectRef, text: &str) -> PyResult<()> {
    match o.downcast_ref::<TextIO>() {
        Some(t) => textio::write_text(vm, t, text),
        None => Ok(()),
    }
}

fn write_std(vm: &mut Vm, kind: StdStreamKind, text: &str) -> Option<PyResult<()>> {
    let s = vm.module_state.borrow().get(key(kind)).cloned()?;
    let t = s.downcast_ref::<TextIO>()?;
    if textio::closed_fast(t) != Some(false) {
        return None;
    }
    Some(textio::write_text(vm, t, text))
}

/// Flush `sys.stdout` and `sys.stderr` (whatever they are now), as CPython
/// at exit: closed or missing streams are skipped; errors are ignored, or,
/// with `report`, a failure of `sys.stdout` is reported as an unraisable
/// exception (once per interpreter: what failed to go out stays buffered
/// and would fail again). Returns whether a flush failed.
fn flush_std(vm: &mut Vm, report: bool) -> bool {
    let mut failed = false;
    for name in ["stdout", "stderr"] {
        let Some(s) = kaa_vm::builtins::sys_attr(vm, name) else {
            continue;
        };
        if vm.is_none(&s) {
            continue;
        }
        if let Some(t) = s.downcast_ref::<TextIO>() {
            if textio::closed_fast(t) != Some(false) {
                continue;
            }
        } else {
            match vm.get_attr_str(&s, "closed") {
                Ok(c) if vm.is_true(&c).unwrap_or(false) => continue,
                _ => {}
            }
        }
        if let Err(e) = vm.call_method(&s, "flush", &[]) {
            failed = true;
            if report && name == "stdout" && !vm.module_state.borrow().contains_key(REPORTED) {
                let marker = vm.none();
                vm.module_state.borrow_mut().insert(REPORTED.to_string(), marker);
                vm.write_unraisable(&e, &s);
            }
        }
    }
    failed
}

/// The module-state key that marks a failed flush of `sys.stdout` at exit
/// as reported.
const REPORTED: &str = "sys.stdout.exit_flush_reported";
