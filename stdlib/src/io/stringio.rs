//! `_io.StringIO`: an in-memory text stream. Positions count characters;
//! writing past the end pads with `'\0'`; `newline` works as for text files
//! (translation happens on write, as CPython's).

use std::cell::RefCell;

use kaa_vm::object::str::PyStr;
use kaa_vm::object::PyObjectRef;
use kaa_vm::object::PyPayload;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

use super::textio::{char_offset, seen_newlines, universal, Newlines};
use super::{add_methods, closed_error, int_arg, make_type, new_cls, rest, self_arg, size_arg, unsupported};

const KEY: &str = "_io.StringIO";

struct State {
    text: String,
    /// Characters in `text`.
    nchars: usize,
    /// The position, in characters (may be past the end).
    pos: usize,
    closed: bool,
    nl: Newlines,
    seen: u8,
}

impl State {
    fn byte_at(&self, ch: usize) -> usize {
        if self.text.len() == self.nchars {
            ch.min(self.text.len())
        } else {
            char_offset(&self.text, ch)
        }
    }
}

/// The payload of `_io.StringIO`.
pub struct StringIO {
    st: RefCell<State>,
}

impl PyPayload for StringIO {}

fn new_state() -> State {
    State {
        text: String::new(),
        nchars: 0,
        pos: 0,
        closed: false,
        nl: Newlines {
            universal: false,
            translate: false,
            readnl: "\n",
            writenl: None,
        },
        seen: 0,
    }
}

fn this<'a>(vm: &mut Vm, o: &'a PyObjectRef, name: &str) -> PyResult<&'a StringIO> {
    match o.downcast_ref::<StringIO>() {
        Some(s) => Ok(s),
        None => Err(vm.new_type_error(format!(
            "descriptor '{name}' for '_io.StringIO' objects doesn't apply to a '{}' object",
            o.ty().name()
        ))),
    }
}

/// The payload of an open `StringIO` ("I/O operation on closed file").
fn open<'a>(vm: &mut Vm, o: &'a PyObjectRef, name: &str) -> PyResult<&'a StringIO> {
    let s = this(vm, o, name)?;
    if s.st.borrow().closed {
        return Err(closed_error(vm, false));
    }
    Ok(s)
}

fn sio_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = new_cls(vm, &args, KEY)?;
    Ok(vm.new_instance(
        StringIO {
            st: RefCell::new(new_state()),
        },
        &cls,
    ))
}

/// Write `s` at the position (translating newlines); `Err(true)` if the
/// text would be too large, `Err(false)` if memory ran out.
fn write_str(st: &mut State, s: &str) -> Result<(), bool> {
    let translated;
    let mut s = s;
    if st.nl.universal {
        translated = universal(s, st.nl.translate, &mut st.seen).0;
        s = &translated;
    } else if let Some(nl) = st.nl.writenl {
        if s.contains('\n') {
            translated = s.replace('\n', nl);
            s = &translated;
        }
    }
    let n = if s.is_ascii() { s.len() } else { s.chars().count() };
    if n == 0 {
        return Ok(());
    }
    if st.pos.saturating_add(n) > isize::MAX as usize / 4 {
        return Err(true);
    }
    if st.pos > st.nchars {
        let pad = st.pos - st.nchars;
        st.text.try_reserve(pad + s.len()).map_err(|_| false)?;
        st.text.extend(std::iter::repeat('\0').take(pad));
        st.nchars = st.pos;
    }
    if st.pos == st.nchars {
        st.text.push_str(s);
        st.nchars += n;
    } else {
        let start = st.byte_at(st.pos);
        let end_ch = (st.pos + n).min(st.nchars);
        let end = st.byte_at(end_ch);
        let replaced = end_ch - st.pos;
        st.text.replace_range(start..end, s);
        st.nchars = st.nchars - replaced + n;
    }
    st.pos += n;
    Ok(())
}

fn write_error(vm: &Vm, too_large: bool) -> PyObjectRef {
    if too_large {
        vm.new_overflow_error("new buffer size too large")
    } else {
        vm.new_memory_error()
    }
}

/// `StringIO(initial_value='', newline='\n')`.
fn sio_init(vm: &mut Vm, args: Args) -> PyResult {
    let o = self_arg(vm, &args, "__init__")?.clone();
    let s = this(vm, &o, "__init__")?;
    let [initial, newline] = rest(&args).bind(vm, "StringIO", ["initial_value", "newline"], 2, 0)?;
    let nl = match &newline {
        None => Newlines::from_arg(vm, Some("\n"))?,
        Some(n) if vm.is_none(n) => Newlines::from_arg(vm, None)?,
        Some(n) => match n.downcast_ref::<PyStr>() {
            Some(v) => {
                let v = v.as_str().to_string();
                if !matches!(v.as_str(), "" | "\n" | "\r" | "\r\n") {
                    let r = kaa_vm::object::str::repr_text(&v);
                    return Err(vm.new_value_error(format!("illegal newline value: {r}")));
                }
                Newlines::from_arg(vm, Some(&v))?
            }
            None => return Err(vm.new_type_error(format!("newline must be str or None, not {}", n.ty().name()))),
        },
    };
    let init = match &initial {
        None => None,
        Some(i) if vm.is_none(i) => None,
        Some(i) => match i.downcast_ref::<PyStr>() {
            Some(v) => Some(v.as_str().to_string()),
            None => return Err(vm.new_type_error(format!("initial_value must be str or None, not {}", i.ty().name()))),
        },
    };
    let mut st = s.st.borrow_mut();
    *st = new_state();
    st.nl = nl;
    if let Some(v) = init {
        write_str(&mut st, &v).map_err(|e| write_error(vm, e))?;
        st.pos = 0;
    }
    Ok(vm.none())
}

fn sio_getvalue(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "getvalue")?;
    let s = open(vm, o, "getvalue")?;
    let v = s.st.borrow().text.clone();
    Ok(vm.new_str(v))
}

fn sio_read(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "read", 1, 2)?;
    let s = open(vm, &pos[0], "read")?;
    let n = size_arg(vm, pos.get(1))?;
    let mut st = s.st.borrow_mut();
    if st.pos >= st.nchars {
        return Ok(vm.new_str(""));
    }
    let start = st.byte_at(st.pos);
    let end = if n < 0 {
        st.text.len()
    } else {
        st.byte_at(st.pos.saturating_add(n as usize).min(st.nchars))
    };
    let out = st.text[start..end].to_string();
    let k = if n < 0 {
        st.nchars - st.pos
    } else {
        (n as usize).min(st.nchars - st.pos)
    };
    st.pos += k;
    drop(st);
    Ok(vm.new_str(out))
}

fn readline_impl(vm: &mut Vm, s: &StringIO, limit: i64) -> String {
    let _ = vm;
    let mut st = s.st.borrow_mut();
    if st.pos >= st.nchars {
        return String::new();
    }
    let start = st.byte_at(st.pos);
    let rest = &st.text[start..];
    let mut end = st.nl.line_end(rest).unwrap_or(rest.len());
    if limit >= 0 {
        end = end.min(char_offset(rest, limit as usize));
    }
    let line = rest[..end].to_string();
    let n = if line.is_ascii() {
        line.len()
    } else {
        line.chars().count()
    };
    st.pos += n;
    line
}

fn sio_readline(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "readline", 1, 2)?;
    let s = open(vm, &pos[0], "readline")?;
    let n = size_arg(vm, pos.get(1))?;
    let line = readline_impl(vm, s, n);
    Ok(vm.new_str(line))
}

fn sio_next(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__next__")?;
    let s = open(vm, o, "__next__")?;
    let line = if o.class().ty_payload().flags.heaptype {
        // A subclass may override readline.
        let l = vm.call_method(o, "readline", &[])?;
        match l.downcast_ref::<PyStr>() {
            Some(v) => v.as_str().to_string(),
            None => {
                return Err(vm.new_type_error(format!(
                    "readline() should have returned a str object, not '{}'",
                    l.ty().name()
                )))
            }
        }
    } else {
        readline_impl(vm, s, -1)
    };
    if line.is_empty() {
        return Err(vm.new_stop_iteration(None));
    }
    Ok(vm.new_str(line))
}

fn sio_write(vm: &mut Vm, args: Args) -> PyResult {
    let [o, v] = args.exact::<2>(vm, "write")?;
    let s = open(vm, o, "write")?;
    let Some(text) = v.downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!("string argument expected, got '{}'", v.ty().name())));
    };
    let n = text.char_len();
    let r = write_str(&mut s.st.borrow_mut(), text.as_str());
    r.map_err(|e| write_error(vm, e))?;
    Ok(vm.new_int(n as i64))
}

fn sio_seek(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "seek", 2, 3)?;
    let s = open(vm, &pos[0], "seek")?;
    let p = int_arg(vm, &pos[1])?;
    let whence = match pos.get(2) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    let mut st = s.st.borrow_mut();
    match whence {
        0 if p < 0 => Err(vm.new_value_error(format!("Negative seek position {p}"))),
        0 => {
            st.pos = p as usize;
            Ok(vm.new_int(p))
        }
        1 | 2 if p != 0 => Err(vm.new_exception_msg(&vm.exc.os_error.clone(), "Can't do nonzero cur-relative seeks")),
        1 => Ok(vm.new_int(st.pos as i64)),
        2 => {
            st.pos = st.nchars;
            Ok(vm.new_int(st.pos as i64))
        }
        w => Err(vm.new_value_error(format!("Invalid whence ({w}, should be 0, 1 or 2)"))),
    }
}

fn sio_tell(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "tell")?;
    let s = open(vm, o, "tell")?;
    let p = s.st.borrow().pos;
    Ok(vm.new_int(p as i64))
}

fn sio_truncate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "truncate", 1, 2)?;
    let s = open(vm, &pos[0], "truncate")?;
    let size = match pos.get(1).filter(|p| !vm.is_none(p)) {
        Some(p) => int_arg(vm, p)?,
        None => s.st.borrow().pos as i64,
    };
    if size < 0 {
        return Err(vm.new_value_error(format!("Negative size value {size}")));
    }
    let mut st = s.st.borrow_mut();
    if (size as usize) < st.nchars {
        let b = st.byte_at(size as usize);
        st.text.truncate(b);
        st.nchars = size as usize;
    }
    Ok(vm.new_int(size))
}

fn sio_close(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "close")?;
    let s = this(vm, o, "close")?;
    let mut st = s.st.borrow_mut();
    st.closed = true;
    st.text = String::new();
    st.nchars = 0;
    Ok(vm.none())
}

fn sio_true(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "readable")?;
    open(vm, o, "readable")?;
    Ok(vm.new_bool(true))
}

fn sio_isatty(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "isatty")?;
    let s = this(vm, o, "isatty")?;
    if s.st.borrow().closed {
        return Err(closed_error(vm, true));
    }
    Ok(vm.new_bool(false))
}

fn sio_flush(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "flush")?;
    this(vm, o, "flush")?;
    Ok(vm.none())
}

fn sio_fileno(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<1>(vm, "fileno")?;
    Err(unsupported(vm, "fileno"))
}

fn sio_detach(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<1>(vm, "detach")?;
    Err(unsupported(vm, "detach"))
}

fn get_closed(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let s = this(vm, o, "closed")?;
    let c = s.st.borrow().closed;
    Ok(vm.new_bool(c))
}

fn get_newlines(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let s = open(vm, o, "newlines")?;
    let (universal, seen) = {
        let st = s.st.borrow();
        (st.nl.universal, st.seen)
    };
    if !universal {
        return Ok(vm.none());
    }
    Ok(seen_newlines(vm, seen))
}

fn get_line_buffering(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    open(vm, o, "line_buffering")?;
    Ok(vm.new_bool(false))
}

fn get_none(vm: &mut Vm, _o: &PyObjectRef) -> PyResult {
    Ok(vm.none())
}

pub fn init_type(vm: &mut Vm) -> PyObjectRef {
    let cls = make_type::<StringIO>(vm, "StringIO", true);
    vm.add_static(&cls, "__new__", sio_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", sio_init),
        ("getvalue", sio_getvalue),
        ("read", sio_read),
        ("readline", sio_readline),
        ("readlines", super::generic_readlines),
        ("write", sio_write),
        ("writelines", super::generic_writelines),
        ("seek", sio_seek),
        ("tell", sio_tell),
        ("truncate", sio_truncate),
        ("close", sio_close),
        ("readable", sio_true),
        ("writable", sio_true),
        ("seekable", sio_true),
        ("isatty", sio_isatty),
        ("flush", sio_flush),
        ("fileno", sio_fileno),
        ("detach", sio_detach),
        ("__iter__", super::generic_iter),
        ("__next__", sio_next),
        ("__enter__", super::generic_enter),
        ("__exit__", super::generic_exit),
    ];
    add_methods(vm, &cls, methods);
    vm.add_getset(&cls, "closed", get_closed, None);
    vm.add_getset(&cls, "newlines", get_newlines, None);
    vm.add_getset(&cls, "line_buffering", get_line_buffering, None);
    vm.add_getset(&cls, "encoding", get_none, None);
    vm.add_getset(&cls, "errors", get_none, None);
    cls
}
