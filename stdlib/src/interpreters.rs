//! `_interpreters`: the native half of `concurrent.interpreters` (PEP 734,
//! CPython 3.14's module): interpreters made from Python, each with its own
//! lock, so that Python threads running code in different interpreters use
//! different cores. `py/concurrent_interpreters.py` is the module scripts use.
//!
//! Interpreters share no objects. What crosses between them is copied: a
//! [`Shareable`] (None, bool, int, float, str, bytes, tuples of those, and
//! cross-interpreter queues) is read out of one interpreter and rebuilt in the
//! other. A function given to `Interpreter.call` crosses as its compiled code
//! (which is plain Rust data) and is rebuilt over the target's `__main__`.
//!
//! `exec` and `call` release the caller's interpreter lock and take the
//! target's; the caller's other threads run meanwhile, and so do other
//! interpreters.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use kaa_compiler::code::CodeObject;
use kaa_compiler::Mode;
use kaa_vm::builtins::new_native_type;
use kaa_vm::eval::{new_function, FunctionParts};
use kaa_vm::gil::lock_unpoisoned;
use kaa_vm::object::bytes::PyBytes;
use kaa_vm::object::core::PyPayload;
use kaa_vm::object::dict::PyDict;
use kaa_vm::object::float::PyFloat;
use kaa_vm::object::function::PyFunction;
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

/// A value copied between interpreters.
pub enum Shareable {
    None,
    Bool(bool),
    Int(IntValue),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Shareable>),
    Queue(Arc<XQueue>),
}

impl Shareable {
    /// Copy `o` out of `vm`; `None` if it is not shareable.
    fn from_obj(vm: &Vm, o: &PyObjectRef) -> Option<Shareable> {
        let cls = o.class();
        if vm.is_none(o) {
            Some(Shareable::None)
        } else if cls.is(&vm.types.bool) {
            Some(Shareable::Bool(o.is(&vm.true_)))
        } else if cls.is(&vm.types.int) {
            o.downcast_ref::<PyInt>().map(|i| Shareable::Int(i.value.clone()))
        } else if cls.is(&vm.types.float) {
            o.downcast_ref::<PyFloat>().map(|f| Shareable::Float(f.value))
        } else if cls.is(&vm.types.str) {
            o.downcast_ref::<PyStr>()
                .map(|s| Shareable::Str(s.as_str().to_string()))
        } else if cls.is(&vm.types.bytes) {
            o.downcast_ref::<PyBytes>().map(|b| Shareable::Bytes(b.value.to_vec()))
        } else if cls.is(&vm.types.tuple) {
            let t = o.downcast_ref::<PyTuple>()?;
            let items: Option<Vec<Shareable>> = t.items.iter().map(|i| Shareable::from_obj(vm, i)).collect();
            items.map(Shareable::Tuple)
        } else {
            o.downcast_ref::<PyXQueue>().map(|q| Shareable::Queue(q.queue.clone()))
        }
    }

    /// Rebuild the value in `vm`.
    fn to_obj(&self, vm: &mut Vm) -> PyResult {
        Ok(match self {
            Shareable::None => vm.none(),
            Shareable::Bool(b) => vm.new_bool(*b),
            Shareable::Int(IntValue::Small(i)) => vm.new_int(*i),
            Shareable::Int(IntValue::Big(b)) => vm.new_bigint((**b).clone()),
            Shareable::Float(f) => vm.new_float(*f),
            Shareable::Str(s) => vm.new_str(s.clone()),
            Shareable::Bytes(b) => vm.new_bytes(b.clone()),
            Shareable::Tuple(items) => {
                let mut objs = Vec::with_capacity(items.len());
                for i in items {
                    objs.push(i.to_obj(vm)?);
                }
                vm.new_tuple(objs)
            }
            Shareable::Queue(q) => {
                let cls = module_type(vm, "Queue")?;
                PyObjectRef::new(PyXQueue { queue: q.clone() }, &cls)
            }
        })
    }
}

/// `o` as a [`Shareable`], or `NotShareableError`.
fn share(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Shareable> {
    match Shareable::from_obj(vm, o) {
        Some(s) => Ok(s),
        None => {
            let cls = module_type(vm, "NotShareableError")?;
            Err(vm.new_exception_msg(
                &cls,
                format!(
                    "'{}' object cannot be shared between interpreters (only None, bool, int, float, str, bytes, tuples of those and interpreter queues can)",
                    o.ty().name()
                ),
            ))
        }
    }
}

// ----- queues -----

/// A queue between interpreters: shareable values, copied in and out.
pub struct XQueue {
    id: i64,
    items: Mutex<VecDeque<Shareable>>,
    changed: Condvar,
    maxsize: usize,
}

/// `_interpreters.Queue`: a handle on an [`XQueue`] in one interpreter.
struct PyXQueue {
    queue: Arc<XQueue>,
}

impl PyPayload for PyXQueue {}

impl kaa_vm::wait::Wake for XQueue {
    /// An interpreter wakes its waiters: those waiting on this queue look at
    /// their tickets again.
    fn wake(&self) {
        let _items = lock_items(self);
        self.changed.notify_all();
    }
}

fn lock_items(q: &XQueue) -> std::sync::MutexGuard<'_, VecDeque<Shareable>> {
    lock_unpoisoned(&q.items)
}

fn this_queue(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Arc<XQueue>> {
    match o.downcast_ref::<PyXQueue>() {
        Some(q) => Ok(q.queue.clone()),
        None => Err(vm.new_type_error("descriptor requires an interpreters.Queue object")),
    }
}

/// `block`/`timeout` as a deadline: `Err` for "don't wait", `Ok(None)` forever.
fn deadline(
    vm: &mut Vm,
    block: Option<PyObjectRef>,
    timeout: Option<PyObjectRef>,
) -> PyResult<Option<Option<Instant>>> {
    let block = match block {
        Some(b) => vm.is_true(&b)?,
        None => true,
    };
    if !block {
        return Ok(None);
    }
    match timeout {
        Some(t) if !vm.is_none(&t) => {
            let secs = kaa_vm::format::number_to_f64(vm, &t)?;
            if secs < 0.0 || secs.is_nan() {
                return Err(vm.new_value_error("timeout value must be a non-negative number"));
            }
            Ok(Some(Some(Instant::now() + Duration::from_secs_f64(secs.min(1e9)))))
        }
        _ => Ok(Some(None)),
    }
}

/// Wait (lock released, asleep until the queue changes, the end, or a
/// wake-up of this interpreter's waiters) until `ready` holds for the
/// queue's items: `true`, or `false` at the deadline.
fn wait_queue(
    vm: &mut Vm,
    q: &Arc<XQueue>,
    wait: Option<Option<Instant>>,
    ready: fn(&VecDeque<Shareable>, usize) -> bool,
) -> PyResult<bool> {
    if ready(&lock_items(q), q.maxsize) {
        return Ok(true);
    }
    let Some(end) = wait else {
        return Ok(false);
    };
    loop {
        let ticket = vm.begin_wait(end)?;
        let qc = q.clone();
        let ok = vm.allow_threads(move || {
            let waker: Arc<dyn kaa_vm::wait::Wake> = qc.clone();
            ticket.wait(waker, &qc.items, &qc.changed, |i| ready(i, qc.maxsize))
        });
        if ok {
            return Ok(true);
        }
        if end.is_some_and(|e| Instant::now() >= e) {
            return Ok(false);
        }
    }
}

fn queue_put(vm: &mut Vm, args: Args) -> PyResult {
    let [this, obj, block, timeout] = args.bind::<4>(vm, "put", ["self", "obj", "block", "timeout"], 4, 2)?;
    let q = this_queue(vm, &this.expect("required"))?;
    let value = share(vm, &obj.expect("required"))?;
    let wait = deadline(vm, block, timeout)?;
    // Ready when the item can go in (and put it in under the same lock).
    fn has_room(items: &VecDeque<Shareable>, max: usize) -> bool {
        max == 0 || items.len() < max
    }
    let mut value = Some(value);
    loop {
        {
            let mut items = lock_items(&q);
            if has_room(&items, q.maxsize) {
                items.extend(value.take());
                drop(items);
                q.changed.notify_all();
                return Ok(vm.none());
            }
        }
        if !wait_queue(vm, &q, wait, has_room)? {
            let cls = module_type(vm, "QueueFull")?;
            return Err(vm.new_exception_msg(&cls, "interpreters.Queue is full"));
        }
    }
}

fn queue_get(vm: &mut Vm, args: Args) -> PyResult {
    let [this, block, timeout] = args.bind::<3>(vm, "get", ["self", "block", "timeout"], 3, 1)?;
    let q = this_queue(vm, &this.expect("required"))?;
    let wait = deadline(vm, block, timeout)?;
    fn has_item(items: &VecDeque<Shareable>, _: usize) -> bool {
        !items.is_empty()
    }
    loop {
        let got = lock_items(&q).pop_front();
        if let Some(v) = got {
            q.changed.notify_all();
            return v.to_obj(vm);
        }
        if !wait_queue(vm, &q, wait, has_item)? {
            let cls = module_type(vm, "QueueEmpty")?;
            return Err(vm.new_exception_msg(&cls, "interpreters.Queue is empty"));
        }
    }
}

fn queue_put_nowait(vm: &mut Vm, args: Args) -> PyResult {
    let [this, obj] = args.exact::<2>(vm, "put_nowait")?;
    let f = vm.new_bool(false);
    let items = [this.clone(), obj.clone(), f];
    queue_put(vm, Args::positional(&items))
}

fn queue_get_nowait(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "get_nowait")?;
    let f = vm.new_bool(false);
    let items = [this.clone(), f];
    queue_get(vm, Args::positional(&items))
}

fn queue_qsize(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "qsize")?;
    let q = this_queue(vm, this)?;
    let n = lock_items(&q).len();
    Ok(vm.new_int(n as i64))
}

fn queue_empty(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "empty")?;
    let q = this_queue(vm, this)?;
    let e = lock_items(&q).is_empty();
    Ok(vm.new_bool(e))
}

fn queue_full(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "full")?;
    let q = this_queue(vm, this)?;
    let f = q.maxsize > 0 && lock_items(&q).len() >= q.maxsize;
    Ok(vm.new_bool(f))
}

fn queue_get_id(vm: &mut Vm, this: &PyObjectRef) -> PyResult {
    let q = this_queue(vm, this)?;
    Ok(vm.new_int(q.id))
}

fn queue_get_maxsize(vm: &mut Vm, this: &PyObjectRef) -> PyResult {
    let q = this_queue(vm, this)?;
    Ok(vm.new_int(q.maxsize as i64))
}

fn queue_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let q = this_queue(vm, this)?;
    Ok(vm.new_str(format!("interpreters.Queue({})", q.id)))
}

fn create_queue(vm: &mut Vm, args: Args) -> PyResult {
    let [maxsize] = args.bind::<1>(vm, "create_queue", ["maxsize"], 1, 0)?;
    let maxsize = match maxsize {
        Some(m) => vm.to_index_value(&m)?.as_i64().unwrap_or(i64::MAX).max(0) as usize,
        None => 0,
    };
    let fam = family(vm);
    let q = Arc::new(XQueue {
        id: fam.registry.next_queue.fetch_add(1, Ordering::SeqCst),
        items: Mutex::new(VecDeque::new()),
        changed: Condvar::new(),
        maxsize,
    });
    Shareable::Queue(q).to_obj(vm)
}

// ----- interpreters -----

/// An interpreter made by `create()`, owned by its family's registry.
struct Sub {
    id: i64,
    /// `None` once closed. The mutex is held while a thread runs it.
    vm: Mutex<Option<OwnedVm>>,
}

/// A `Vm` (an interpreter's first thread state) kept detached between uses.
struct OwnedVm(Vm);

// SAFETY: the `Vm` is detached (its lock released) whenever it is not in use,
// and used only by the thread holding `Sub::vm`'s mutex, which first takes
// that interpreter's lock (`Vm::attach`), as `kaa::Interpreter` does; it holds
// no objects of any other interpreter.
unsafe impl Send for OwnedVm {}

/// The interpreters a program made, shared by all of them (so that each can
/// list and reach the others), and the queue id counter.
struct Registry {
    subs: Mutex<Vec<Arc<Sub>>>,
    next_id: AtomicI64,
    next_queue: AtomicI64,
}

/// What an interpreter knows of its family: the registry and its own id.
struct Family {
    registry: Arc<Registry>,
    id: i64,
}

fn family(vm: &Vm) -> Arc<Family> {
    let found = vm.rust_state.borrow().get("interpreters").cloned();
    if let Some(f) = found.and_then(|f| f.downcast::<Family>().ok()) {
        return f;
    }
    // The first interpreter of a family is the main one, id 0.
    let f = Arc::new(Family {
        registry: Arc::new(Registry {
            subs: Mutex::new(Vec::new()),
            next_id: AtomicI64::new(1),
            next_queue: AtomicI64::new(1),
        }),
        id: 0,
    });
    vm.rust_state.borrow_mut().insert("interpreters", f.clone());
    f
}

fn find(vm: &mut Vm, id: i64) -> PyResult<Arc<Sub>> {
    let fam = family(vm);
    let found = lock_unpoisoned(&fam.registry.subs).iter().find(|s| s.id == id).cloned();
    match found {
        Some(s) => Ok(s),
        None if id == 0 || id == fam.id => {
            let cls = module_type(vm, "InterpreterError")?;
            Err(vm.new_exception_msg(&cls, "cannot run code in the current or main interpreter this way"))
        }
        None => {
            let cls = module_type(vm, "InterpreterNotFoundError")?;
            Err(vm.new_exception_msg(&cls, format!("unrecognized interpreter ID {id}")))
        }
    }
}

fn id_arg(vm: &mut Vm, o: &PyObjectRef) -> PyResult<i64> {
    Ok(vm.to_index_value(o)?.as_i64().unwrap_or(-1))
}

fn create(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "create")?;
    // An embedder's limits bound one interpreter; a new one would run outside
    // them (its own heap, fuel and clock), so a limited script cannot make one.
    let limited =
        vm.limits.fuel.get().is_some() || vm.limits.timeout.get().is_some() || vm.heap.mem_limit.get() != u64::MAX;
    if limited {
        let cls = module_type(vm, "InterpreterError")?;
        return Err(vm.new_exception_msg(
            &cls,
            "cannot create an interpreter under the host's limits (fuel, memory or deadline)",
        ));
    }
    let fam = family(vm);
    let id = fam.registry.next_id.fetch_add(1, Ordering::SeqCst);
    let registry = fam.registry.clone();
    let argv = vm.argv.borrow().clone();
    let path = vm.path.borrow().clone();
    let grants = vm.limits.grants.get();
    let (out, err, inp) = (vm.stdout.clone(), vm.stderr.clone(), vm.stdin.clone());
    // Made with this interpreter's lock released: a new interpreter is a new
    // heap and a new lock, which the making thread holds until it detaches.
    let owned = vm.without_lock(move || {
        let mut sub = Vm::with_io(out, err, inp);
        crate::install(&mut sub);
        sub.limits.grants.set(grants);
        *sub.argv.borrow_mut() = argv;
        *sub.path.borrow_mut() = path;
        sub.rust_state
            .borrow_mut()
            .insert("interpreters", Arc::new(Family { registry, id }));
        sub.detach();
        OwnedVm(sub)
    });
    let sub = Arc::new(Sub {
        id,
        vm: Mutex::new(Some(owned)),
    });
    lock_unpoisoned(&fam.registry.subs).push(sub);
    Ok(vm.new_int(id))
}

/// How running code in another interpreter ended, as plain data.
enum Outcome {
    Value(Shareable),
    /// The result was not shareable: its type's name.
    NotShareable(String),
    /// An uncaught exception: type name, message, formatted traceback.
    Failed(String, String, String),
    Closed,
    Busy,
}

/// What to run: source, or a function's code with shareable arguments.
enum Work {
    Source(String),
    Call {
        code: Arc<CodeObject>,
        defaults: Option<Shareable>,
        args: Vec<Shareable>,
        kwargs: Vec<(String, Shareable)>,
    },
    SetMain(Vec<(String, Shareable)>),
}

fn run_work(vm: &mut Vm, work: Work) -> PyResult<Option<PyObjectRef>> {
    let globals = vm.main_globals()?;
    match work {
        Work::Source(src) => {
            let code = vm.compile(&src, "<string>", Mode::Exec)?;
            vm.run_code(&code, &globals, None)?;
            Ok(None)
        }
        Work::Call {
            code,
            defaults,
            args,
            kwargs,
        } => {
            let code_obj = vm.load_code(&code);
            let defaults = match defaults {
                Some(d) => Some(d.to_obj(vm)?),
                None => None,
            };
            let parts = FunctionParts {
                defaults,
                ..FunctionParts::default()
            };
            let func = new_function(vm, code_obj, globals, parts)?;
            let mut items = Vec::with_capacity(args.len() + kwargs.len());
            for a in &args {
                items.push(a.to_obj(vm)?);
            }
            let mut names = Vec::with_capacity(kwargs.len());
            for (k, v) in &kwargs {
                names.push(vm.intern(k));
                items.push(v.to_obj(vm)?);
            }
            vm.call(&func, Args::new(&items, &names)).map(Some)
        }
        Work::SetMain(items) => {
            for (k, v) in items {
                let o = v.to_obj(vm)?;
                vm.dict_set_str(&globals, &k, o)?;
            }
            Ok(None)
        }
    }
}

/// Run `work` in interpreter `sub`, on this thread, with the caller's lock
/// released.
fn run_in(vm: &mut Vm, sub: Arc<Sub>, work: Work) -> Outcome {
    // The work crosses to the other interpreter as plain Rust data.
    struct SendWork(Work);
    // SAFETY: a `Work` holds no objects: code is `Arc<CodeObject>` (plain data)
    // and values are `Shareable` copies; queues inside are `Arc<XQueue>`.
    unsafe impl Send for SendWork {}
    let work = SendWork(work);
    // Each interpreter buffers its own `sys.stdout`: what the caller printed
    // goes out before the other interpreter's output, and that output
    // before the caller's next.
    kaa_vm::builtins::flush_std_streams(vm);
    vm.without_lock(move || {
        let work = work;
        let Ok(mut slot) = sub.vm.try_lock() else {
            return Outcome::Busy;
        };
        let Some(owned) = slot.as_mut() else {
            return Outcome::Closed;
        };
        let v = &mut owned.0;
        v.attach();
        let r = run_work(v, work.0);
        let out = match r {
            Ok(None) => Outcome::Value(Shareable::None),
            Ok(Some(o)) => match Shareable::from_obj(v, &o) {
                Some(s) => Outcome::Value(s),
                None => Outcome::NotShareable(o.ty().name().to_string()),
            },
            Err(e) => {
                let ty = e.ty().name().to_string();
                let msg = v.str_string(&e).unwrap_or_default();
                let tb = kaa_vm::traceback::format_exception(v, &e);
                Outcome::Failed(ty, msg, tb)
            }
        };
        let _ = v.handle_breaker();
        kaa_vm::builtins::flush_std_streams(v);
        v.detach();
        out
    })
}

/// Raise or return what `run_in` brought back. A failure is returned as the
/// tuple `(type name, message, traceback)` for the Python side to raise
/// `ExecutionFailed` with.
fn outcome(vm: &mut Vm, out: Outcome, id: i64) -> PyResult {
    match out {
        Outcome::Value(s) => {
            let v = s.to_obj(vm)?;
            let ok = vm.new_bool(true);
            Ok(vm.new_tuple(vec![ok, v]))
        }
        Outcome::NotShareable(t) => {
            let cls = module_type(vm, "NotShareableError")?;
            Err(vm.new_exception_msg(
                &cls,
                format!("the result ('{t}' object) cannot be shared between interpreters"),
            ))
        }
        Outcome::Failed(t, m, tb) => {
            let f = vm.new_bool(false);
            let t = vm.new_str(t);
            let m = vm.new_str(m);
            let tb = vm.new_str(tb);
            let info = vm.new_tuple(vec![t, m, tb]);
            Ok(vm.new_tuple(vec![f, info]))
        }
        Outcome::Closed => {
            let cls = module_type(vm, "InterpreterNotFoundError")?;
            Err(vm.new_exception_msg(&cls, format!("interpreter {id} was closed")))
        }
        Outcome::Busy => {
            let cls = module_type(vm, "InterpreterError")?;
            Err(vm.new_exception_msg(&cls, "interpreter already running"))
        }
    }
}

/// `_interpreters.exec(id, source)` → `(True, None)` or `(False, excinfo)`.
fn exec(vm: &mut Vm, args: Args) -> PyResult {
    let [id, src] = args.exact::<2>(vm, "exec")?;
    let id = id_arg(vm, id)?;
    let Some(src) = src.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()) else {
        return Err(vm.new_type_error(format!("exec() argument must be str, not {}", src.ty().name())));
    };
    let sub = find(vm, id)?;
    let out = run_in(vm, sub, Work::Source(src));
    outcome(vm, out, id)
}

/// `_interpreters.call(id, func, args, kwargs)` → `(True, result)` or
/// `(False, excinfo)`.
fn call(vm: &mut Vm, args: Args) -> PyResult {
    let [id, func, fargs, fkwargs] = args.exact::<4>(vm, "call")?;
    let id = id_arg(vm, id)?;
    let Some(f) = func.downcast_ref::<PyFunction>() else {
        return Err(vm.new_type_error(format!(
            "call() needs a plain function defined with def, not {}",
            func.ty().name()
        )));
    };
    if f.closure.is_some() {
        return Err(vm.new_value_error("a function with a closure cannot be run in another interpreter"));
    }
    let code = f.pycode().code.clone();
    let defaults = f.defaults.borrow().clone();
    let defaults = match defaults {
        Some(d) => Some(share(vm, &d)?),
        None => None,
    };
    let mut shared_args = Vec::new();
    if let Some(t) = fargs.downcast_ref::<PyTuple>() {
        for a in t.items.iter() {
            shared_args.push(share(vm, a)?);
        }
    }
    let mut shared_kwargs = Vec::new();
    if let Some(d) = fkwargs.downcast_ref::<PyDict>() {
        for (k, v) in d.items_vec() {
            let k = vm.str_string(&k)?;
            shared_kwargs.push((k, share(vm, &v)?));
        }
    }
    let sub = find(vm, id)?;
    let work = Work::Call {
        code,
        defaults,
        args: shared_args,
        kwargs: shared_kwargs,
    };
    let out = run_in(vm, sub, work);
    outcome(vm, out, id)
}

/// `_interpreters.set___main___attrs(id, dict)`: `prepare_main`.
fn set_main_attrs(vm: &mut Vm, args: Args) -> PyResult {
    let [id, ns] = args.exact::<2>(vm, "set___main___attrs")?;
    let id = id_arg(vm, id)?;
    let Some(d) = ns.downcast_ref::<PyDict>() else {
        return Err(vm.new_type_error("expected a dict"));
    };
    let mut items = Vec::new();
    for (k, v) in d.items_vec() {
        let k = vm.str_string(&k)?;
        items.push((k, share(vm, &v)?));
    }
    let sub = find(vm, id)?;
    let out = run_in(vm, sub, Work::SetMain(items));
    outcome(vm, out, id).map(|_| vm.none())
}

fn destroy(vm: &mut Vm, args: Args) -> PyResult {
    let [id] = args.exact::<1>(vm, "destroy")?;
    let id = id_arg(vm, id)?;
    let sub = find(vm, id)?;
    let fam = family(vm);
    let gone = vm.without_lock(move || {
        let Ok(mut slot) = sub.vm.try_lock() else {
            return false;
        };
        if let Some(mut owned) = slot.take() {
            // Finalized and released under its own lock (`Vm` drops it last).
            owned.0.attach();
            owned.0.finalize(false);
            owned.0.teardown();
            drop(owned);
        }
        true
    });
    if !gone {
        let cls = module_type(vm, "InterpreterError")?;
        return Err(vm.new_exception_msg(&cls, format!("interpreter {id} is running")));
    }
    lock_unpoisoned(&fam.registry.subs).retain(|s| s.id != id);
    Ok(vm.none())
}

fn list_all(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "list_all")?;
    let fam = family(vm);
    let mut ids = vec![0];
    ids.extend(lock_unpoisoned(&fam.registry.subs).iter().map(|s| s.id));
    let items = ids.into_iter().map(|i| vm.new_int(i)).collect();
    Ok(vm.new_list(items))
}

fn get_current(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "get_current")?;
    let id = family(vm).id;
    Ok(vm.new_int(id))
}

fn is_running(vm: &mut Vm, args: Args) -> PyResult {
    let [id] = args.exact::<1>(vm, "is_running")?;
    let id = id_arg(vm, id)?;
    if id == family(vm).id {
        return Ok(vm.new_bool(true));
    }
    let sub = find(vm, id)?;
    let busy = sub.vm.try_lock().is_err();
    Ok(vm.new_bool(busy))
}

/// A class `_interpreters` made at import, by name.
fn module_type(vm: &mut Vm, name: &str) -> PyResult<PyObjectRef> {
    let key = format!("_interpreters.{name}");
    let found = vm.module_state.borrow().get(&key).cloned();
    match found {
        Some(t) => Ok(t),
        None => {
            // Rebuilding a queue in an interpreter that never imported us.
            kaa_vm::import::import_module(vm, "_interpreters")?;
            let again = vm.module_state.borrow().get(&key).cloned();
            again.ok_or_else(|| vm.new_runtime_error("_interpreters is not initialized"))
        }
    }
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_interpreters", None)?;
    let modname = vm.new_str("concurrent.interpreters");
    let type_ = vm.types.type_.clone();

    // Errors, with CPython 3.14's names and bases.
    let base = vm.exc.exception.clone();
    let interp_error = vm.new_class("InterpreterError", vec![base], &type_)?;
    let not_found = vm.new_class("InterpreterNotFoundError", vec![interp_error.clone()], &type_)?;
    let failed = vm.new_class("ExecutionFailed", vec![interp_error.clone()], &type_)?;
    let value_error = vm.exc.value_error.clone();
    let not_shareable = vm.new_class("NotShareableError", vec![value_error], &type_)?;
    let queue_mod = kaa_vm::import::import_module(vm, "queue")?;
    let empty = vm.get_attr_str(&queue_mod, "Empty")?;
    let full = vm.get_attr_str(&queue_mod, "Full")?;
    let queue_error = vm.new_class("QueueError", vec![interp_error.clone()], &type_)?;
    let empty_error = vm.new_class("QueueEmpty", vec![queue_error.clone(), empty], &type_)?;
    let full_error = vm.new_class("QueueFull", vec![queue_error.clone(), full], &type_)?;

    let queue = new_native_type::<PyXQueue>(vm, "Queue", None);
    let methods: &[(&'static str, NativeFn)] = &[
        ("put", queue_put),
        ("get", queue_get),
        ("put_nowait", queue_put_nowait),
        ("get_nowait", queue_get_nowait),
        ("qsize", queue_qsize),
        ("empty", queue_empty),
        ("full", queue_full),
        ("__repr__", queue_repr),
    ];
    for &(name, f) in methods {
        vm.add_method(&queue, name, f);
    }
    vm.add_getset(&queue, "id", queue_get_id, None);
    vm.add_getset(&queue, "maxsize", queue_get_maxsize, None);

    let classes = [
        ("InterpreterError", interp_error),
        ("InterpreterNotFoundError", not_found),
        ("ExecutionFailed", failed),
        ("NotShareableError", not_shareable),
        ("QueueError", queue_error),
        ("QueueEmpty", empty_error),
        ("QueueFull", full_error),
        ("Queue", queue),
    ];
    for (name, cls) in classes {
        vm.set_type_attr(&cls, "__module__", modname.clone());
        vm.module_state
            .borrow_mut()
            .insert(format!("_interpreters.{name}"), cls.clone());
        vm.dict_set_str(&d, name, cls)?;
    }
    let functions: &[(&'static str, NativeFn)] = &[
        ("create", create),
        ("destroy", destroy),
        ("exec", exec),
        ("call", call),
        ("set___main___attrs", set_main_attrs),
        ("list_all", list_all),
        ("get_current", get_current),
        ("is_running", is_running),
        ("create_queue", create_queue),
    ];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    Ok(m)
}
