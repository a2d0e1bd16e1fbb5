//! The methods of `BaseException` and the attributes of its subclasses.

use super::exception::PyBaseException;
use super::str::PyStr;
use super::tuple::PyTuple;
use super::PyObjectRef;
use crate::vm::{Args, PyResult, Vm};

fn payload<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a PyBaseException> {
    match o.downcast_ref::<PyBaseException>() {
        Some(p) => Ok(p),
        None => Err(vm.new_type_error(format!(
            "descriptor requires a 'BaseException' object but received '{}'",
            o.ty().name()
        ))),
    }
}

/// The `OSError` subclass CPython picks for an errno (Linux numbers).
fn os_error_subclass(vm: &Vm, errno: i64) -> Option<PyObjectRef> {
    let e = &vm.exc;
    Some(match errno {
        11 | 114 | 115 => e.blocking_io_error.clone(),
        10 => e.child_process_error.clone(),
        32 | 108 => e.broken_pipe_error.clone(),
        103 => e.connection_aborted_error.clone(),
        111 => e.connection_refused_error.clone(),
        104 => e.connection_reset_error.clone(),
        17 => e.file_exists_error.clone(),
        2 => e.file_not_found_error.clone(),
        21 => e.is_a_directory_error.clone(),
        20 => e.not_a_directory_error.clone(),
        4 => e.interrupted_error.clone(),
        1 | 13 => e.permission_error.clone(),
        3 => e.process_lookup_error.clone(),
        110 => e.timeout_error.clone(),
        _ => return None,
    })
}

/// `OSError(errno, strerror, ...)` made by the VM for a failed operation: the
/// subclass for the errno, with `errno` and `strerror` set (`str()` is
/// `[Errno 32] Broken pipe`).
pub fn new_os_error(vm: &mut Vm, err: &std::io::Error) -> PyObjectRef {
    let text = err.to_string();
    let Some(code) = err.raw_os_error() else {
        return vm.new_exception_msg(&vm.exc.os_error.clone(), text);
    };
    let strerror = match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let cls = vm.exc.os_error.clone();
    let args = [vm.new_int(code as i64), vm.new_str(strerror)];
    match vm.call(&cls, Args::positional(&args)) {
        Ok(e) | Err(e) => e,
    }
}

fn exc_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let mut cls = pos[0].clone();
    if cls.as_type().is_none() || !cls.is_subtype(&vm.exc.base_exception) {
        return Err(vm.new_type_error("BaseException.__new__(X): X is not a subtype of BaseException"));
    }
    // `OSError(errno, strerror)` becomes the subclass for that errno.
    if cls.is(&vm.exc.os_error) && (3..=6).contains(&pos.len()) {
        if let Some(n) = pos[1]
            .downcast_ref::<super::int::PyInt>()
            .and_then(|i| i.value.as_i64())
        {
            if let Some(sub) = os_error_subclass(vm, n) {
                cls = sub;
            }
        }
    }
    let a = vm.new_tuple(pos[1..].to_vec());
    Ok(vm.new_instance(PyBaseException::new(a), &cls))
}

fn exc_init(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let p = payload(vm, &pos[0])?;
    let cls = pos[0].class().clone();
    let os_error = cls.is_subtype(&vm.exc.os_error);
    // `OSError(errno, strerror, filename, ...)` keeps only (errno, strerror) in `args`.
    let a = if os_error && (4..=6).contains(&pos.len()) {
        vm.new_tuple(pos[1..3].to_vec())
    } else {
        vm.new_tuple(pos[1..].to_vec())
    };
    *p.args.borrow_mut() = a;
    // Subclass attributes.
    let first = pos.get(1).cloned().unwrap_or_else(|| vm.none());
    // Set without making a dict: most exceptions never have theirs read.
    let d = pos[0].clone();
    if d.instance_dict().is_some() {
        if cls.is_subtype(&vm.exc.stop_iteration) {
            vm.instance_set_str(&d, "value", first.clone())?;
        }
        if cls.is_subtype(&vm.exc.system_exit) {
            let code = match pos.len() {
                1 => vm.none(),
                2 => first.clone(),
                _ => vm.new_tuple(pos[1..].to_vec()),
            };
            vm.instance_set_str(&d, "code", code)?;
        }
        if cls.is_subtype(&vm.exc.name_error)
            || cls.is_subtype(&vm.exc.attribute_error)
            || cls.is_subtype(&vm.exc.import_error)
        {
            for (k, v) in args.kwargs() {
                vm.instance_set_str(&d, k, v.clone())?;
            }
            if cls.is_subtype(&vm.exc.import_error) {
                vm.instance_set_str(&d, "msg", first.clone())?;
                // `name` and `path` are None unless given.
                for k in ["name", "path"] {
                    if !args.kwargs().any(|(n, _)| n == k) {
                        let none = vm.none();
                        vm.instance_set_str(&d, k, none)?;
                    }
                }
            }
        }
        if os_error {
            let none = vm.none();
            let with_errno = (3..=6).contains(&pos.len());
            let get = |i: usize| if with_errno { pos.get(i).cloned() } else { None };
            let fields = [
                ("errno", get(1)),
                ("strerror", get(2)),
                ("filename", get(3)),
                ("filename2", get(5)),
            ];
            for (name, v) in fields {
                vm.instance_set_str(&d, name, v.unwrap_or_else(|| none.clone()))?;
            }
        }
        if cls.is_subtype(&vm.exc.unicode_error) {
            unicode_error_fields(vm, &cls, &d, &pos[1..])?;
        }
        if cls.is_subtype(&vm.exc.syntax_error) {
            let none = vm.none();
            vm.instance_set_str(&d, "msg", if pos.len() > 1 { first.clone() } else { none.clone() })?;
            let details = pos
                .get(2)
                .and_then(|t| t.downcast_ref::<PyTuple>().map(|t| t.as_slice().to_vec()))
                .unwrap_or_default();
            for (i, name) in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]
                .iter()
                .enumerate()
            {
                let v = details.get(i).cloned().unwrap_or_else(|| none.clone());
                vm.instance_set_str(&d, name, v)?;
            }
            vm.instance_set_str(&d, "print_file_and_line", none)?;
        }
    }
    Ok(vm.none())
}

/// `UnicodeEncodeError(encoding, object, start, end, reason)` (and the
/// decode and translate forms) made from Python: the attributes the codecs
/// set on the errors they raise.
fn unicode_error_fields(vm: &mut Vm, cls: &PyObjectRef, d: &PyObjectRef, a: &[PyObjectRef]) -> PyResult<()> {
    let names: &[&str] = if cls.is_subtype(&vm.exc.unicode_translate_error) {
        &["object", "start", "end", "reason"]
    } else if cls.is_subtype(&vm.exc.unicode_encode_error) || cls.is_subtype(&vm.exc.unicode_decode_error) {
        &["encoding", "object", "start", "end", "reason"]
    } else {
        return Ok(());
    };
    if a.len() != names.len() {
        return Ok(());
    }
    for (name, v) in names.iter().zip(a) {
        vm.instance_set_str(d, name, v.clone())?;
    }
    if names.len() == 4 {
        let none = vm.none();
        vm.instance_set_str(d, "encoding", none)?;
    }
    Ok(())
}

/// CPython's `str()` of a UnicodeError made from Python with its five (or,
/// to translate, four) arguments; None when the attributes are not usable.
fn unicode_error_str(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Option<String>> {
    let Some(d) = vm.instance_dict(&o) else { return Ok(None) };
    let get = |vm: &mut Vm, name: &str| -> PyResult<Option<PyObjectRef>> {
        let k = vm.intern(name);
        vm.dict_get_item_opt(&d, &k)
    };
    let (Some(object), Some(start), Some(end), Some(reason)) = (
        get(vm, "object")?,
        get(vm, "start")?,
        get(vm, "end")?,
        get(vm, "reason")?,
    ) else {
        return Ok(None);
    };
    let int = |v: &PyObjectRef| v.downcast_ref::<super::int::PyInt>().and_then(|i| i.value.as_i64());
    let (Some(start), Some(end)) = (int(&start), int(&end)) else {
        return Ok(None);
    };
    let reason = vm.str_string(&reason)?;
    let encoding = match get(vm, "encoding")? {
        Some(e) if !vm.is_none(&e) => Some(vm.str_string(&e)?),
        _ => None,
    };
    let one = end == start.saturating_add(1) && start >= 0;
    if let Some(bytes) = object.downcast_ref::<super::bytes::PyBytes>() {
        let enc = encoding.unwrap_or_default();
        let byte = usize::try_from(start).ok().and_then(|i| bytes.value.get(i).copied());
        return Ok(Some(match byte {
            Some(b) if one => format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"),
            _ => format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ),
        }));
    }
    let Some(text) = object.downcast_ref::<PyStr>() else {
        return Ok(None);
    };
    let ch = usize::try_from(start).ok().and_then(|i| text.as_str().chars().nth(i));
    let what = match &encoding {
        Some(enc) => format!("'{enc}' codec can't encode"),
        None => "can't translate".to_string(),
    };
    Ok(Some(match ch {
        Some(c) if one => {
            let n = c as u32;
            let esc = if n <= 0xff {
                format!("\\x{n:02x}")
            } else if n <= 0xffff {
                format!("\\u{n:04x}")
            } else {
                format!("\\U{n:08x}")
            };
            format!("{what} character '{esc}' in position {start}: {reason}")
        }
        _ => format!("{what} characters in position {start}-{}: {reason}", end - 1),
    }))
}

fn args_vec(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Vec<PyObjectRef>> {
    let p = payload(vm, o)?;
    let a = p.args.borrow().clone();
    Ok(a.downcast_ref::<PyTuple>()
        .map(|t| t.as_slice().to_vec())
        .unwrap_or_default())
}

/// `str(exc)`.
fn exc_str(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__str__")?;
    let a = args_vec(vm, o)?;
    let cls = o.class().clone();
    if cls.is_subtype(&vm.exc.key_error) && a.len() == 1 {
        return vm.repr(&a[0]);
    }
    if cls.is_subtype(&vm.exc.os_error) {
        if let Some(d) = vm.instance_dict(&o) {
            let field = |vm: &mut Vm, name: &str| -> PyResult<Option<PyObjectRef>> {
                let k = vm.intern(name);
                Ok(vm.dict_get_item_opt(&d, &k)?.filter(|v| !vm.is_none(v)))
            };
            let (errno, strerror) = (field(vm, "errno")?, field(vm, "strerror")?);
            let (f1, f2) = (field(vm, "filename")?, field(vm, "filename2")?);
            if let (Some(e), Some(s)) = (errno, strerror) {
                let (e, s) = (vm.str_string(&e)?, vm.str_string(&s)?);
                let text = match (f1, f2) {
                    (Some(f1), Some(f2)) => {
                        format!("[Errno {e}] {s}: {} -> {}", vm.repr_string(&f1)?, vm.repr_string(&f2)?)
                    }
                    (Some(f1), None) => format!("[Errno {e}] {s}: {}", vm.repr_string(&f1)?),
                    _ => format!("[Errno {e}] {s}"),
                };
                return Ok(vm.new_str(text));
            }
        }
    }
    if cls.is_subtype(&vm.exc.unicode_error) && a.len() >= 4 {
        if let Some(text) = unicode_error_str(vm, o)? {
            return Ok(vm.new_str(text));
        }
    }
    if cls.is_subtype(&vm.exc.syntax_error) {
        if let Some(d) = vm.instance_dict(&o) {
            let msg = vm
                .dict_get_item_opt(&d, &vm.names.msg.clone())?
                .unwrap_or_else(|| vm.none());
            let msg = if vm.is_none(&msg) {
                a.first().cloned().unwrap_or_else(|| vm.none())
            } else {
                msg
            };
            let ms = vm.str_string(&msg)?;
            let fname = vm.dict_get_item_opt(&d, &vm.names.filename.clone())?;
            let line = vm.dict_get_item_opt(&d, &vm.names.lineno.clone())?;
            let fname = match fname {
                Some(f) if f.payload_is::<PyStr>() => Some(vm.str_string(&f)?),
                _ => None,
            };
            let line = match line {
                Some(l) if !vm.is_none(&l) => Some(vm.str_string(&l)?),
                _ => None,
            };
            return Ok(match (fname, line) {
                (Some(f), Some(l)) => {
                    let base = std::path::Path::new(&f)
                        .file_name()
                        .map_or(f.clone(), |b| b.to_string_lossy().to_string());
                    vm.new_str(format!("{ms} ({base}, line {l})"))
                }
                (Some(f), None) => vm.new_str(format!("{ms} ({f})")),
                (None, Some(l)) => vm.new_str(format!("{ms} (line {l})")),
                (None, None) => vm.new_str(ms),
            });
        }
    }
    match a.len() {
        0 => Ok(vm.empty_str.clone()),
        1 => vm.str(&a[0]),
        _ => {
            let t = vm.new_tuple(a);
            vm.str(&t)
        }
    }
}

fn exc_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__repr__")?;
    let a = args_vec(vm, o)?;
    let name = o.ty().name().to_string();
    let inner = if a.len() == 1 {
        vm.repr_string(&a[0])?
    } else {
        let t = vm.new_tuple(a.clone());
        let r = vm.repr_string(&t)?;
        if a.is_empty() {
            String::new()
        } else {
            r[1..r.len() - 1].to_string()
        }
    };
    Ok(vm.new_str(format!("{name}({inner})")))
}

fn get_args(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let p = payload(vm, o)?;
    let a = p.args.borrow().clone();
    Ok(a)
}
fn set_args(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let v = v.ok_or_else(|| vm.new_type_error("args may not be deleted"))?;
    let t = vm.collect(&v)?;
    let t = vm.new_tuple(t);
    let p = payload(vm, o)?;
    *p.args.borrow_mut() = t;
    Ok(())
}
fn get_cause(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let p = payload(vm, o)?;
    let c = p.cause.borrow().clone();
    Ok(c.unwrap_or_else(|| vm.none()))
}
fn set_cause(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let v = v.filter(|v| !vm.is_none(v));
    if let Some(c) = &v {
        if !c.is_instance_of(&vm.exc.base_exception) {
            return Err(vm.new_type_error("exception cause must be None or derive from BaseException"));
        }
    }
    let p = payload(vm, o)?;
    *p.cause.borrow_mut() = v;
    p.suppress_context.set(true);
    Ok(())
}
fn get_context(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let p = payload(vm, o)?;
    let c = p.context.borrow().clone();
    Ok(c.unwrap_or_else(|| vm.none()))
}
fn set_context(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let v = v.filter(|v| !vm.is_none(v));
    let p = payload(vm, o)?;
    *p.context.borrow_mut() = v;
    Ok(())
}
fn get_suppress(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let p = payload(vm, o)?;
    let b = p.suppress_context.get();
    Ok(vm.new_bool(b))
}
fn set_suppress(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let b = match v {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    payload(vm, o)?.suppress_context.set(b);
    Ok(())
}
fn get_traceback(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let p = payload(vm, o)?;
    let entries: std::rc::Rc<[super::exception::TracebackEntry]> = p.traceback.borrow().clone().into();
    Ok(new_traceback(vm, entries.clone(), entries.len()))
}

/// The traceback object for the outermost `n` entries (None when `n` is 0).
fn new_traceback(vm: &mut Vm, entries: std::rc::Rc<[super::exception::TracebackEntry]>, n: usize) -> PyObjectRef {
    if n == 0 {
        return vm.none();
    }
    PyObjectRef::new(
        super::exception::PyTraceback { entries, index: n - 1 },
        &vm.types.traceback,
    )
}

fn tb_payload(o: &PyObjectRef) -> Option<&super::exception::PyTraceback> {
    o.downcast_ref::<super::exception::PyTraceback>()
}
fn tb_next(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let Some(t) = tb_payload(o) else { return Ok(vm.none()) };
    let (entries, index) = (t.entries.clone(), t.index);
    Ok(new_traceback(vm, entries, index))
}
fn tb_lineno(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let line = tb_payload(o)
        .and_then(|t| t.entries.get(t.index))
        .map_or(0, |e| e.lineno);
    Ok(vm.new_int(line as i64))
}
/// `tb_lasti`: the instruction, as a byte offset (two per instruction word,
/// as CPython's), so that `co_positions()`'s item `tb_lasti // 2` is its position.
fn tb_lasti(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let i = tb_payload(o)
        .and_then(|t| t.entries.get(t.index))
        .map_or(0, |e| e.lasti);
    Ok(vm.new_int(i64::from(i) * 2))
}
/// `tb_frame`: a snapshot frame (`frameobj.rs`) of the entry's code at its
/// line. Kaa's traceback entries do not keep the frame's globals: `f_globals`
/// is an empty dict.
fn tb_frame(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let Some((code, line)) = tb_payload(o)
        .and_then(|t| t.entries.get(t.index))
        .map(|e| (e.code.clone(), e.lineno))
    else {
        return Ok(vm.none());
    };
    let code = vm.load_code(&code);
    let globals = vm.new_dict();
    Ok(vm.frame_snapshot(code, globals, line))
}

/// `StopIteration.value`: set by `__init__`, else the first argument.
fn stop_value(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    first_arg_attr(vm, o, "value")
}
fn set_stop_value(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    set_dict_attr(vm, o, "value", v)
}
/// `SystemExit.code`: the argument (None, one value, or the args tuple).
fn exit_code(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let k = vm.names.code.clone();
    if let Some(v) = vm.instance_get(o, &k)? {
        return Ok(v);
    }
    let a = args_vec(vm, o)?;
    Ok(match a.len() {
        0 => vm.none(),
        1 => a[0].clone(),
        _ => vm.new_tuple(a),
    })
}
fn set_exit_code(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    set_dict_attr(vm, o, "code", v)
}
fn first_arg_attr(vm: &mut Vm, o: &PyObjectRef, name: &str) -> PyResult {
    let k = vm.intern(name);
    if let Some(v) = vm.instance_get(o, &k)? {
        return Ok(v);
    }
    let a = args_vec(vm, o)?;
    Ok(a.first().cloned().unwrap_or_else(|| vm.none()))
}
fn set_dict_attr(vm: &mut Vm, o: &PyObjectRef, name: &str, v: Option<PyObjectRef>) -> PyResult<()> {
    let k = vm.intern(name);
    match v {
        Some(v) => vm.instance_set(o, &k, v),
        None => vm.instance_del(o, &k).map(|_| ()),
    }
}
/// `exc.__traceback__ = tb`: a traceback object (its entries from that
/// frame inwards) or None.
pub(crate) fn set_traceback(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(vm.new_type_error("__traceback__ may not be deleted"));
    };
    let entries = if vm.is_none(&v) {
        Vec::new()
    } else {
        match tb_payload(&v).and_then(|t| t.entries.get(..=t.index)) {
            Some(e) => e.to_vec(),
            None => return Err(vm.new_type_error("__traceback__ must be a traceback or None")),
        }
    };
    *payload(vm, o)?.traceback.borrow_mut() = entries;
    Ok(())
}
/// `BaseException.__reduce__()`: `(type(self), self.args)`, and the
/// instance `__dict__` when it holds something.
fn exc_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__reduce__")?;
    let a = payload(vm, o)?.args.borrow().clone();
    let mut items = vec![o.class().clone(), a];
    // Kaa keeps in the dict what CPython keeps in C members (`StopIteration.value`,
    // `OSError.errno`, ...): those are not part of the state.
    let exc = &vm.exc;
    let members: [(&PyObjectRef, &[&str]); 8] = [
        (&exc.stop_iteration, &["value"]),
        (&exc.system_exit, &["code"]),
        (&exc.name_error, &["name"]),
        (&exc.attribute_error, &["name", "obj"]),
        (&exc.import_error, &["name", "path", "msg"]),
        (
            &exc.os_error,
            &["errno", "strerror", "filename", "filename2", "characters_written"],
        ),
        (
            &exc.syntax_error,
            &[
                "msg",
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
                "print_file_and_line",
            ],
        ),
        (&exc.unicode_error, &["encoding", "object", "start", "end", "reason"]),
    ];
    let skip: Vec<&str> = members
        .iter()
        .filter(|(cls, _)| o.is_instance_of(cls))
        .flat_map(|(_, names)| names.iter().copied())
        .collect();
    let d = vm.instance_dict(o);
    if let Some(d) = d.as_ref().and_then(|d| d.downcast_ref::<super::dict::PyDict>()) {
        let state: Vec<(PyObjectRef, PyObjectRef)> = d
            .items_vec()
            .into_iter()
            .filter(|(k, _)| !k.downcast_ref::<PyStr>().is_some_and(|k| skip.contains(&k.as_str())))
            .collect();
        if !state.is_empty() {
            let sd = vm.new_dict();
            for (k, v) in state {
                vm.dict_set(&sd, k, v)?;
            }
            items.push(sd);
        }
    }
    Ok(vm.new_tuple(items))
}
fn with_traceback(vm: &mut Vm, args: Args) -> PyResult {
    let [o, tb] = args.exact::<2>(vm, "with_traceback")?;
    set_traceback(vm, o, Some(tb.clone()))?;
    Ok(o.clone())
}

/// `BaseException.add_note(note)` (3.11): append to `__notes__`, which the
/// traceback prints after the message.
fn add_note(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() != 2 || !args.kwnames().is_empty() {
        return Err(vm.new_type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1) + args.kwnames().len()
        )));
    }
    let (o, note) = (&pos[0], &pos[1]);
    if !note.payload_is::<PyStr>() {
        return Err(vm.new_type_error(format!("note must be a str, not '{}'", note.ty().name())));
    }
    let key = vm.intern("__notes__");
    let notes = match vm.get_attr_opt(o, &key)? {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            vm.set_attr(o, &key, l.clone())?;
            l
        }
    };
    match notes.downcast_ref::<super::list::PyList>() {
        Some(l) => {
            l.items.borrow_mut().push(note.clone());
            l.recharge(&vm.heap);
        }
        None => return Err(vm.new_type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(vm.none())
}

pub(crate) fn init(vm: &mut Vm) {
    let b = vm.exc.base_exception.clone();
    vm.add_method(&b, "add_note", add_note);
    vm.add_static(&b, "__new__", exc_new);
    vm.add_method(&b, "__init__", exc_init);
    vm.add_method(&b, "__str__", exc_str);
    vm.add_method(&b, "__repr__", exc_repr);
    vm.add_method(&b, "with_traceback", with_traceback);
    vm.add_method(&b, "__reduce__", exc_reduce);
    vm.add_getset(&b, "args", get_args, Some(set_args));
    vm.add_getset(&b, "__cause__", get_cause, Some(set_cause));
    vm.add_getset(&b, "__context__", get_context, Some(set_context));
    vm.add_getset(&b, "__suppress_context__", get_suppress, Some(set_suppress));
    vm.add_getset(&b, "__traceback__", get_traceback, Some(set_traceback));
    let si = vm.exc.stop_iteration.clone();
    vm.add_getset(&si, "value", stop_value, Some(set_stop_value));
    let se = vm.exc.system_exit.clone();
    vm.add_getset(&se, "code", exit_code, Some(set_exit_code));
    let tb = vm.types.traceback.clone();
    vm.add_getset(&tb, "tb_next", tb_next, None);
    vm.add_getset(&tb, "tb_lineno", tb_lineno, None);
    vm.add_getset(&tb, "tb_lasti", tb_lasti, None);
    vm.add_getset(&tb, "tb_frame", tb_frame, None);
    let module = vm.new_str("builtins");
    for (_, cls) in vm.exc.all() {
        vm.set_type_attr(&cls, "__module__", module.clone());
    }
}
