//! The hot paths of `asyncio.Queue` (`py/asyncio/queues.py`): taking an
//! item (`get_nowait`) and putting one (`put_nowait`), each with the wake-up
//! of the next waiter (`_wakeup_next`). The queue stays the Python class
//! CPython has; its `get`, `put`, `get_nowait` and `put_nowait` first ask
//! these functions, which do the work when the queue's class keeps
//! `Queue`'s own methods (as `_queue_setup` gave them) and its containers
//! are plain deques, and answer "not here" otherwise, so that a subclass
//! (`PriorityQueue`, `LifoQueue`, or a program's own) runs the Python code
//! with its overrides, as in CPython.
//!
//! Each task switch through a queue used to run about a dozen small Python
//! methods (`empty`, `full`, `qsize`, `_get`, `_put`, `_wakeup_next`,
//! `Event.clear`); these do the same in one native call.

use kaa_compiler::bytecode::{BinaryOp, CompareOp};
use kaa_vm::object::PyObjectRef;
use kaa_vm::{Args, PyResult, Vm};

use std::rc::Rc;

use super::fast::{plain_instance_attrs, read_attr};
use super::{set_result_inner, state_obj, AsyncioState, PyFuture, PENDING};

/// What `_queue_setup` records: the method names (interned), `Queue`'s own
/// functions of those names, `Event.clear`, the attribute names the
/// methods use, and the two answers besides an item.
#[derive(Clone)]
pub(super) struct QueueFast {
    names: Vec<PyObjectRef>,
    funcs: Vec<PyObjectRef>,
    event_clear: PyObjectRef,
    clear_name: PyObjectRef,
    value_name: PyObjectRef,
    /// `_queue`, `_getters`, `_putters`, `_maxsize`, `_unfinished_tasks`,
    /// `_finished` (interned).
    attrs: [PyObjectRef; 6],
    /// Returned when the fast path does not apply (the caller runs Python).
    slow: PyObjectRef,
    /// Returned by `_queue_get` on an empty queue, `_queue_put` on a full one.
    blocked: PyObjectRef,
}

impl QueueFast {
    pub(super) fn objects(&self) -> impl Iterator<Item = &PyObjectRef> {
        self.names.iter().chain(&self.funcs).chain(&self.attrs).chain([
            &self.event_clear,
            &self.clear_name,
            &self.value_name,
            &self.slow,
            &self.blocked,
        ])
    }
}

const METHODS: [&str; 8] = [
    "empty",
    "full",
    "qsize",
    "get_nowait",
    "put_nowait",
    "_get",
    "_put",
    "_wakeup_next",
];

/// `_queue_setup(Queue, Event, slow, blocked)`.
pub(super) fn queue_setup(vm: &mut Vm, args: Args) -> PyResult {
    let [queue, event, slow, blocked] = args.exact::<4>(vm, "_queue_setup")?.clone();
    if queue.as_type().is_none() || event.as_type().is_none() {
        return Err(vm.new_type_error("_queue_setup() needs two classes"));
    }
    let mut names = Vec::with_capacity(METHODS.len());
    let mut funcs = Vec::with_capacity(METHODS.len());
    for m in METHODS {
        let n = vm.intern(m);
        let Some(f) = queue.ty_payload().lookup(&n) else {
            return Err(vm.new_type_error(format!("_queue_setup(): the queue class has no {m}")));
        };
        names.push(n);
        funcs.push(f);
    }
    let clear_name = vm.intern("clear");
    let Some(event_clear) = event.ty_payload().lookup(&clear_name) else {
        return Err(vm.new_type_error("_queue_setup(): the event class has no clear"));
    };
    let attrs = [
        vm.intern("_queue"),
        vm.intern("_getters"),
        vm.intern("_putters"),
        vm.intern("_maxsize"),
        vm.intern("_unfinished_tasks"),
        vm.intern("_finished"),
    ];
    let value_name = vm.intern("_value");
    let st = state_obj(vm)?;
    if let Some(s) = st.downcast_ref::<AsyncioState>() {
        *s.queue_fast.borrow_mut() = Some(Rc::new(QueueFast {
            names,
            funcs,
            event_clear,
            clear_name,
            value_name,
            attrs,
            slow,
            blocked,
        }));
    }
    Ok(vm.none())
}

/// The recorded methods and names, if `q`'s class keeps `Queue`'s methods
/// and reads its attributes from the instance dict (`Ok(None)`: run the
/// Python code).
fn fast(vm: &mut Vm, st: &PyObjectRef, q: &PyObjectRef) -> PyResult<Option<Rc<QueueFast>>> {
    let Some(s) = st.downcast_ref::<AsyncioState>() else {
        return Err(vm.new_runtime_error("_asyncio._queue_setup() was not called"));
    };
    let Some(qf) = s.queue_fast.borrow().clone() else {
        return Err(vm.new_runtime_error("_asyncio._queue_setup() was not called"));
    };
    let ty = q.class().ty_payload();
    if s.queue_memo.known(ty) {
        return Ok(Some(qf));
    }
    let plain = qf
        .names
        .iter()
        .zip(&qf.funcs)
        .all(|(n, f)| ty.lookup(n).is_some_and(|g| g.is(f)))
        && plain_instance_attrs(vm, ty, &qf.attrs);
    if !plain {
        return Ok(None);
    }
    s.queue_memo.remember(ty);
    Ok(Some(qf))
}

/// Whether `event`'s class keeps `Event.clear` and reads `_value` from the
/// instance dict.
fn plain_event(vm: &mut Vm, st: &PyObjectRef, qf: &QueueFast, event: &PyObjectRef) -> PyResult<bool> {
    let Some(s) = st.downcast_ref::<AsyncioState>() else {
        return Ok(false);
    };
    let ty = event.class().ty_payload();
    if s.event_memo.known(ty) {
        return Ok(true);
    }
    let plain = ty.lookup(&qf.clear_name).is_some_and(|c| c.is(&qf.event_clear))
        && plain_instance_attrs(vm, ty, std::slice::from_ref(&qf.value_name));
    if plain {
        s.event_memo.remember(ty);
    }
    Ok(plain)
}

/// `_wakeup_next(waiters)`: wake the first waiter that is not done.
fn wakeup_next(vm: &mut Vm, waiters: &PyObjectRef) -> PyResult<()> {
    loop {
        let waiter = match crate::collections::deque_pop_front(waiters) {
            Some(Ok(w)) => w,
            Some(Err(())) => return Ok(()),
            None => {
                if !vm.is_true(waiters)? {
                    return Ok(());
                }
                vm.call_method(waiters, "popleft", &[])?
            }
        };
        match waiter.downcast_ref::<PyFuture>() {
            Some(f) if !waiter.ty().flags.heaptype => {
                if f.state.get() == PENDING {
                    let none = vm.none();
                    return set_result_inner(vm, &waiter, f, none);
                }
            }
            _ => {
                let done = vm.call_method(&waiter, "done", &[])?;
                if !vm.is_true(&done)? {
                    let none = vm.none();
                    vm.call_method(&waiter, "set_result", &[none])?;
                    return Ok(());
                }
            }
        }
    }
}

/// `_queue_get(q)`: `q.get_nowait()` done natively: the item, `blocked`
/// if the queue is empty, `slow` if the fast path does not apply.
pub(super) fn queue_get(vm: &mut Vm, args: Args) -> PyResult {
    let [q] = args.exact::<1>(vm, "_queue_get")?.clone();
    let st = state_obj(vm)?;
    let Some(qf) = fast(vm, &st, &q)? else {
        return slow(vm);
    };
    let items = read_attr(vm, &q, &qf.attrs[0])?;
    let putters = read_attr(vm, &q, &qf.attrs[2])?;
    if crate::collections::deque_length(&putters).is_none() {
        return Ok(qf.slow.clone());
    }
    let item = match crate::collections::deque_pop_front(&items) {
        Some(Ok(item)) => item,
        Some(Err(())) => return Ok(qf.blocked.clone()),
        None => return Ok(qf.slow.clone()),
    };
    wakeup_next(vm, &putters)?;
    Ok(item)
}

/// `_queue_put(q, item)`: `q.put_nowait(item)` done natively: None,
/// `blocked` if the queue is full, `slow` if the fast path does not apply.
pub(super) fn queue_put(vm: &mut Vm, args: Args) -> PyResult {
    let [q, item] = args.exact::<2>(vm, "_queue_put")?.clone();
    let st = state_obj(vm)?;
    let Some(qf) = fast(vm, &st, &q)? else {
        return slow(vm);
    };
    let items = read_attr(vm, &q, &qf.attrs[0])?;
    let getters = read_attr(vm, &q, &qf.attrs[1])?;
    let (Some(len), Some(_)) = (
        crate::collections::deque_length(&items),
        crate::collections::deque_length(&getters),
    ) else {
        return Ok(qf.slow.clone());
    };
    // full(): `maxsize <= 0` is never full, else `qsize() >= maxsize`.
    let maxsize = read_attr(vm, &q, &qf.attrs[3])?;
    let zero = vm.new_int(0);
    let unbounded = vm.rich_compare(&maxsize, &zero, CompareOp::Le)?;
    if !vm.is_true(&unbounded)? {
        let n = vm.new_int(len as i64);
        let full = vm.rich_compare(&n, &maxsize, CompareOp::Ge)?;
        if vm.is_true(&full)? {
            return Ok(qf.blocked.clone());
        }
    }
    if !crate::collections::deque_push_back(vm, &items, item) {
        return Ok(qf.slow.clone());
    }
    let unfinished = read_attr(vm, &q, &qf.attrs[4])?;
    let one = vm.new_int(1);
    let more = vm.binary_op(&unfinished, &one, BinaryOp::Add, true)?;
    vm.set_attr(&q, &qf.attrs[4], more)?;
    let finished = read_attr(vm, &q, &qf.attrs[5])?;
    if plain_event(vm, &st, &qf, &finished)? {
        let no = vm.new_bool(false);
        vm.set_attr(&finished, &qf.value_name, no)?;
    } else {
        vm.call_method(&finished, "clear", &[])?;
    }
    wakeup_next(vm, &getters)?;
    Ok(vm.none())
}

/// The answer that sends the caller to the Python code.
fn slow(vm: &mut Vm) -> PyResult {
    let st = state_obj(vm)?;
    let qf = st
        .downcast_ref::<AsyncioState>()
        .and_then(|s| s.queue_fast.borrow().clone());
    match qf {
        Some(qf) => Ok(qf.slow.clone()),
        None => Err(vm.new_runtime_error("_asyncio._queue_setup() was not called")),
    }
}
