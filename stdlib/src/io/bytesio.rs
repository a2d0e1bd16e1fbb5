//! `_io.BytesIO`: an in-memory byte stream. Writing past the end pads with
//! zero bytes.

use std::cell::RefCell;

use kaa_vm::object::PyObjectRef;
use kaa_vm::object::PyPayload;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

use super::{
    add_methods, bytes_like, closed_error, int_arg, make_type, new_cls, rest, self_arg, size_arg, unsupported,
};

const KEY: &str = "_io.BytesIO";

#[derive(Default)]
struct State {
    buf: Vec<u8>,
    pos: usize,
    closed: bool,
}

/// The payload of `_io.BytesIO`.
pub struct BytesIO {
    st: RefCell<State>,
}

impl PyPayload for BytesIO {
    fn heap_bytes(&self) -> usize {
        0
    }
}

fn this<'a>(vm: &mut Vm, o: &'a PyObjectRef, name: &str) -> PyResult<&'a BytesIO> {
    match o.downcast_ref::<BytesIO>() {
        Some(b) => Ok(b),
        None => Err(vm.new_type_error(format!(
            "descriptor '{name}' for '_io.BytesIO' objects doesn't apply to a '{}' object",
            o.ty().name()
        ))),
    }
}

fn open<'a>(vm: &mut Vm, o: &'a PyObjectRef, name: &str) -> PyResult<&'a BytesIO> {
    let b = this(vm, o, name)?;
    if b.st.borrow().closed {
        return Err(closed_error(vm, true));
    }
    Ok(b)
}

fn bio_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = new_cls(vm, &args, KEY)?;
    Ok(vm.new_instance(
        BytesIO {
            st: RefCell::new(State::default()),
        },
        &cls,
    ))
}

/// `BytesIO(initial_bytes=b'')`.
fn bio_init(vm: &mut Vm, args: Args) -> PyResult {
    let o = self_arg(vm, &args, "__init__")?.clone();
    let b = this(vm, &o, "__init__")?;
    let [initial] = rest(&args).bind(vm, "BytesIO", ["initial_bytes"], 1, 0)?;
    let data = match &initial {
        Some(i) if !vm.is_none(i) => bytes_like(vm, i)?,
        _ => Vec::new(),
    };
    *b.st.borrow_mut() = State {
        buf: data,
        pos: 0,
        closed: false,
    };
    Ok(vm.none())
}

fn bio_getvalue(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "getvalue")?;
    let b = open(vm, o, "getvalue")?;
    let v = b.st.borrow().buf.clone();
    Ok(vm.new_bytes(v))
}

/// `getbuffer()`: a view of the contents (a copy in Kaa: `memoryview` of
/// the bytes).
fn bio_getbuffer(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "getbuffer")?;
    let b = open(vm, o, "getbuffer")?;
    let v = b.st.borrow().buf.clone();
    let bytes = vm.new_bytes(v);
    let k = vm.intern("memoryview");
    let bd = vm.builtins_dict.clone();
    match vm.dict_get_item_opt(&bd, &k)? {
        Some(mv) => vm.call_positional(&mv, &[bytes]),
        None => Err(unsupported(vm, "getbuffer")),
    }
}

fn take(st: &mut State, n: i64) -> Vec<u8> {
    if st.pos >= st.buf.len() {
        return Vec::new();
    }
    let left = st.buf.len() - st.pos;
    let k = if n < 0 { left } else { (n as usize).min(left) };
    let out = st.buf[st.pos..st.pos + k].to_vec();
    st.pos += k;
    out
}

fn bio_read(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "read", 1, 2)?;
    let b = open(vm, &pos[0], "read")?;
    let n = size_arg(vm, pos.get(1))?;
    let out = take(&mut b.st.borrow_mut(), n);
    Ok(vm.new_bytes(out))
}

fn bio_read1(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "read1", 1, 2)?;
    let b = open(vm, &pos[0], "read1")?;
    let n = size_arg(vm, pos.get(1))?;
    let out = take(&mut b.st.borrow_mut(), n);
    Ok(vm.new_bytes(out))
}

fn bio_readinto(vm: &mut Vm, args: Args) -> PyResult {
    let [o, target] = args.exact::<2>(vm, "readinto")?;
    let b = open(vm, o, "readinto")?;
    let n = vm.len(target)? as i64;
    let out = take(&mut b.st.borrow_mut(), n);
    let k = out.len();
    super::buffered::assign_into(vm, target, out)?;
    Ok(vm.new_int(k as i64))
}

fn readline_impl(st: &mut State, limit: i64) -> Vec<u8> {
    if st.pos >= st.buf.len() {
        return Vec::new();
    }
    let rest = &st.buf[st.pos..];
    let mut end = rest.iter().position(|&c| c == b'\n').map_or(rest.len(), |i| i + 1);
    if limit >= 0 {
        end = end.min(limit as usize);
    }
    let out = rest[..end].to_vec();
    st.pos += end;
    out
}

fn bio_readline(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "readline", 1, 2)?;
    let b = open(vm, &pos[0], "readline")?;
    let n = size_arg(vm, pos.get(1))?;
    let out = readline_impl(&mut b.st.borrow_mut(), n);
    Ok(vm.new_bytes(out))
}

fn bio_next(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__next__")?;
    let b = open(vm, o, "__next__")?;
    let out = readline_impl(&mut b.st.borrow_mut(), -1);
    if out.is_empty() {
        return Err(vm.new_stop_iteration(None));
    }
    Ok(vm.new_bytes(out))
}

fn bio_write(vm: &mut Vm, args: Args) -> PyResult {
    let [o, data] = args.exact::<2>(vm, "write")?;
    let b = open(vm, o, "write")?;
    let data = bytes_like(vm, data)?;
    let n = data.len();
    if n == 0 {
        return Ok(vm.new_int(0));
    }
    let end = b.st.borrow().pos.checked_add(n).filter(|&e| e <= isize::MAX as usize);
    let Some(end) = end else {
        return Err(vm.new_overflow_error("new buffer size too large"));
    };
    vm.check_alloc(end as u128)?;
    let mut st = b.st.borrow_mut();
    let pos = st.pos;
    if pos == st.buf.len() {
        st.buf.extend_from_slice(&data);
    } else {
        if st.buf.len() < end {
            let more = end - st.buf.len();
            if st.buf.try_reserve_exact(more).is_err() {
                drop(st);
                return Err(vm.new_memory_error());
            }
            st.buf.resize(end, 0);
        }
        st.buf[pos..end].copy_from_slice(&data);
    }
    st.pos = end;
    Ok(vm.new_int(n as i64))
}

fn bio_seek(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "seek", 2, 3)?;
    let b = open(vm, &pos[0], "seek")?;
    let p = int_arg(vm, &pos[1])?;
    let whence = match pos.get(2) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    let mut st = b.st.borrow_mut();
    let new = match whence {
        0 if p < 0 => return Err(vm.new_value_error(format!("negative seek value {p}"))),
        0 => p,
        1 => (st.pos as i64).saturating_add(p).max(0),
        2 => (st.buf.len() as i64).saturating_add(p).max(0),
        w => return Err(vm.new_value_error(format!("invalid whence ({w}, should be 0, 1 or 2)"))),
    };
    st.pos = new as usize;
    Ok(vm.new_int(new))
}

fn bio_tell(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "tell")?;
    let b = open(vm, o, "tell")?;
    let p = b.st.borrow().pos;
    Ok(vm.new_int(p as i64))
}

fn bio_truncate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "truncate", 1, 2)?;
    let b = open(vm, &pos[0], "truncate")?;
    let size = match pos.get(1).filter(|p| !vm.is_none(p)) {
        Some(p) => int_arg(vm, p)?,
        None => b.st.borrow().pos as i64,
    };
    if size < 0 {
        return Err(vm.new_value_error(format!("negative size value {size}")));
    }
    let mut st = b.st.borrow_mut();
    if (size as usize) < st.buf.len() {
        st.buf.truncate(size as usize);
    }
    Ok(vm.new_int(size))
}

fn bio_close(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "close")?;
    let b = this(vm, o, "close")?;
    let mut st = b.st.borrow_mut();
    st.closed = true;
    st.buf = Vec::new();
    Ok(vm.none())
}

fn bio_true(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "readable")?;
    open(vm, o, "readable")?;
    Ok(vm.new_bool(true))
}

fn bio_isatty(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "isatty")?;
    open(vm, o, "isatty")?;
    Ok(vm.new_bool(false))
}

fn bio_flush(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "flush")?;
    open(vm, o, "flush")?;
    Ok(vm.none())
}

fn bio_fileno(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<1>(vm, "fileno")?;
    Err(unsupported(vm, "fileno"))
}

fn get_closed(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let b = this(vm, o, "closed")?;
    let c = b.st.borrow().closed;
    Ok(vm.new_bool(c))
}

pub fn init_type(vm: &mut Vm) -> PyObjectRef {
    let cls = make_type::<BytesIO>(vm, "BytesIO", true);
    vm.add_static(&cls, "__new__", bio_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", bio_init),
        ("getvalue", bio_getvalue),
        ("getbuffer", bio_getbuffer),
        ("read", bio_read),
        ("read1", bio_read1),
        ("readinto", bio_readinto),
        ("readline", bio_readline),
        ("readlines", super::generic_readlines),
        ("write", bio_write),
        ("writelines", super::generic_writelines),
        ("seek", bio_seek),
        ("tell", bio_tell),
        ("truncate", bio_truncate),
        ("close", bio_close),
        ("readable", bio_true),
        ("writable", bio_true),
        ("seekable", bio_true),
        ("isatty", bio_isatty),
        ("flush", bio_flush),
        ("fileno", bio_fileno),
        ("__iter__", super::generic_iter),
        ("__next__", bio_next),
        ("__enter__", super::generic_enter),
        ("__exit__", super::generic_exit),
    ];
    add_methods(vm, &cls, methods);
    vm.add_getset(&cls, "closed", get_closed, None);
    cls
}
