//! `_thread`: OS threads that take turns on their interpreter's lock
//! (`kaa_vm::gil`), and the locks `threading` is built on. `threading.py`
//! (embedded, `py/threading.py`) is the module scripts use.
//!
//! A new thread gets its own `Vm` (its own recursion depth and handled
//! exception) over the interpreter's shared part, and runs only while it
//! holds the interpreter lock. Every wait here (a lock, the start handshake)
//! releases the interpreter lock while it blocks ([`Vm::allow_threads`]). A
//! blocked lock acquisition sleeps until the lock is released, its timeout
//! or the interpreter's deadline passes, or the interpreter wakes its
//! waiters (an embedder's interrupt, a tripped limit, teardown: see
//! `kaa_vm::wait`); it does not take the interpreter lock meanwhile.

use std::sync::atomic::Ordering;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use kaa_vm::builtins::new_native_type;
use kaa_vm::gil::lock_unpoisoned;
use kaa_vm::object::core::PyPayload;
use kaa_vm::object::dict::PyDict;
use kaa_vm::object::float::PyFloat;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::{NativeFn, ThreadStart};
use kaa_vm::wait::Wake;
use kaa_vm::{Args, PyResult, Vm};

/// `_thread.TIMEOUT_MAX`, in seconds (CPython's value on Linux).
const TIMEOUT_MAX: f64 = 9_223_372_036.0;

/// A plain lock that any thread may release (CPython's `lock`): a flag and a
/// condition variable, outside the interpreter, so that waiting for it needs
/// no interpreter lock.
#[derive(Default)]
struct RawLock {
    locked: Mutex<bool>,
    freed: Condvar,
}

impl RawLock {
    fn try_acquire(&self) -> bool {
        let mut l = lock_unpoisoned(&self.locked);
        if *l {
            return false;
        }
        *l = true;
        true
    }

    fn release(&self) -> bool {
        let mut l = lock_unpoisoned(&self.locked);
        if !*l {
            return false;
        }
        *l = false;
        drop(l);
        self.freed.notify_one();
        true
    }

    fn is_locked(&self) -> bool {
        *lock_unpoisoned(&self.locked)
    }
}

impl Wake for RawLock {
    /// The interpreter wakes its waiters: every thread waiting for this lock
    /// looks at its ticket again.
    fn wake(&self) {
        let _l = lock_unpoisoned(&self.locked);
        self.freed.notify_all();
    }
}

/// `_thread.lock`.
struct PyLock {
    raw: Arc<RawLock>,
}

impl PyPayload for PyLock {}

/// `_thread.RLock`: owned by one thread, re-entrant.
struct PyRLock {
    raw: Arc<RawLock>,
    owner: std::cell::Cell<u64>,
    count: std::cell::Cell<u64>,
}

impl PyPayload for PyRLock {}

/// This thread's identity for `get_ident()`: the address of a thread-local,
/// unique among live threads (as `pthread_self()` is for CPython).
pub fn ident() -> u64 {
    thread_local!(static MARK: u8 = const { 0 });
    MARK.with(|m| m as *const u8 as u64)
}

/// A map keyed by [`ident`] (each thread's current context, running loop):
/// the keys are addresses, so one multiplication mixes them well enough,
/// where the default hasher costs a hundred instructions a lookup.
pub type IdentMap<V> = std::collections::HashMap<u64, V, std::hash::BuildHasherDefault<IdentHasher>>;

/// The hasher of [`IdentMap`].
#[derive(Default)]
pub struct IdentHasher(u64);

impl std::hash::Hasher for IdentHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29);
    }
}

fn native_id() -> u64 {
    // SAFETY: `gettid` has no preconditions.
    unsafe { libc::gettid() as u64 }
}

/// The `self` of a method that also takes other (keyword) arguments.
fn self_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<PyObjectRef> {
    match args.pos().first() {
        Some(o) => Ok(o.clone()),
        None => Err(vm.new_type_error(format!("{name}() needs self"))),
    }
}

/// Parse `acquire(blocking=True, timeout=-1)`: `None` for "forever".
fn wait_time(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<Option<Duration>>> {
    let [_, blocking, timeout] = args.bind::<3>(vm, name, ["self", "blocking", "timeout"], 3, 1)?;
    let blocking = match blocking {
        Some(b) => vm.is_true(&b)?,
        None => true,
    };
    let timeout = match timeout {
        Some(t)
            if t.downcast_ref::<PyFloat>().is_some() || t.downcast_ref::<kaa_vm::object::int::PyInt>().is_some() =>
        {
            kaa_vm::format::number_to_f64(vm, &t)?
        }
        Some(t) => {
            return Err(vm.new_type_error(format!(
                "'{}' object cannot be interpreted as an integer or float",
                t.ty().name()
            )))
        }
        None => -1.0,
    };
    if !blocking {
        if timeout != -1.0 {
            return Err(vm.new_value_error("can't specify a timeout for a non-blocking call"));
        }
        return Ok(None);
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.new_value_error("timeout value must be a non-negative number"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.new_overflow_error("timeout value is too large"));
    }
    Ok(Some(if timeout == -1.0 {
        None
    } else {
        Some(Duration::from_secs_f64(timeout))
    }))
}

/// Take `raw`, waiting as `wait` says with the interpreter lock released:
/// asleep until the lock is released, the timeout or the deadline passes, or
/// the interpreter wakes its waiters (then the limits are checked and, if
/// nothing stops it, the thread waits again).
fn acquire_raw(vm: &mut Vm, raw: &Arc<RawLock>, wait: Option<Option<Duration>>) -> PyResult<bool> {
    if raw.try_acquire() {
        return Ok(true);
    }
    let Some(limit) = wait else {
        return Ok(false);
    };
    let end = limit.and_then(|d| Instant::now().checked_add(d));
    loop {
        let ticket = vm.begin_wait(end)?;
        let r = raw.clone();
        let got = vm.allow_threads(move || {
            let waker: Arc<dyn Wake> = r.clone();
            ticket.wait(waker, &r.locked, &r.freed, |l| {
                if *l {
                    return false;
                }
                *l = true;
                true
            })
        });
        if got {
            return Ok(true);
        }
        if end.is_some_and(|e| Instant::now() >= e) {
            return Ok(false);
        }
    }
}

fn this_lock<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a PyLock> {
    o.downcast_ref::<PyLock>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a '_thread.lock' object"))
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_arg(vm, &args, "acquire")?;
    let wait = wait_time(vm, &args, "acquire")?;
    let raw = this_lock(vm, &this)?.raw.clone();
    let got = acquire_raw(vm, &raw, wait)?;
    Ok(vm.new_bool(got))
}

fn lock_enter(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "__enter__")?;
    let raw = this_lock(vm, this)?.raw.clone();
    acquire_raw(vm, &raw, Some(None))?;
    Ok(vm.new_bool(true))
}

fn lock_release(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_arg(vm, &args, "release")?;
    if !this_lock(vm, &this)?.raw.release() {
        return Err(vm.new_runtime_error("release unlocked lock"));
    }
    Ok(vm.none())
}

fn lock_locked(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "locked")?;
    let l = this_lock(vm, this)?.raw.is_locked();
    Ok(vm.new_bool(l))
}

fn lock_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let state = if this_lock(vm, this)?.raw.is_locked() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(vm.new_str(format!("<{state} _thread.lock object at {:#x}>", this.id())))
}

fn new_lock(vm: &mut Vm) -> PyResult {
    let cls = state_type(vm, "lock")?;
    Ok(PyObjectRef::new(
        PyLock {
            raw: Arc::new(RawLock::default()),
        },
        &cls,
    ))
}

fn allocate_lock(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "allocate_lock")?;
    new_lock(vm)
}

fn lock_new(vm: &mut Vm, _args: Args) -> PyResult {
    new_lock(vm)
}

// ----- RLock -----

fn this_rlock<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a PyRLock> {
    o.downcast_ref::<PyRLock>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a '_thread.RLock' object"))
}

fn rlock_new(vm: &mut Vm, _args: Args) -> PyResult {
    let cls = state_type(vm, "RLock")?;
    Ok(PyObjectRef::new(
        PyRLock {
            raw: Arc::new(RawLock::default()),
            owner: std::cell::Cell::new(0),
            count: std::cell::Cell::new(0),
        },
        &cls,
    ))
}

fn rlock_take(vm: &mut Vm, this: &PyObjectRef, wait: Option<Option<Duration>>) -> PyResult<bool> {
    let me = ident();
    let raw = {
        let r = this_rlock(vm, this)?;
        if r.count.get() > 0 && r.owner.get() == me {
            r.count.set(r.count.get() + 1);
            return Ok(true);
        }
        r.raw.clone()
    };
    if !acquire_raw(vm, &raw, wait)? {
        return Ok(false);
    }
    let r = this_rlock(vm, this)?;
    r.owner.set(me);
    r.count.set(1);
    Ok(true)
}

fn rlock_acquire(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_arg(vm, &args, "acquire")?;
    let wait = wait_time(vm, &args, "acquire")?;
    let got = rlock_take(vm, &this, wait)?;
    Ok(vm.new_bool(got))
}

fn rlock_enter(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "__enter__")?;
    rlock_take(vm, this, Some(None))?;
    Ok(vm.new_bool(true))
}

fn rlock_release(vm: &mut Vm, args: Args) -> PyResult {
    let this = self_arg(vm, &args, "release")?;
    let r = this_rlock(vm, &this)?;
    if r.count.get() == 0 || r.owner.get() != ident() {
        return Err(vm.new_runtime_error("cannot release un-acquired lock"));
    }
    r.count.set(r.count.get() - 1);
    if r.count.get() == 0 {
        r.owner.set(0);
        r.raw.release();
    }
    Ok(vm.none())
}

fn rlock_is_owned(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "_is_owned")?;
    let r = this_rlock(vm, this)?;
    let owned = r.count.get() > 0 && r.owner.get() == ident();
    Ok(vm.new_bool(owned))
}

/// `_release_save()`: release completely, return `(count, owner)` (for
/// `Condition.wait`).
fn rlock_release_save(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "_release_save")?;
    let r = this_rlock(vm, this)?;
    if r.count.get() == 0 {
        return Err(vm.new_runtime_error("cannot release un-acquired lock"));
    }
    let (count, owner) = (r.count.get(), r.owner.get());
    r.count.set(0);
    r.owner.set(0);
    r.raw.release();
    let c = vm.new_int(count as i64);
    let o = vm.new_int(owner as i64);
    Ok(vm.new_tuple(vec![c, o]))
}

/// `_acquire_restore((count, owner))`.
fn rlock_acquire_restore(vm: &mut Vm, args: Args) -> PyResult {
    let [this, state] = args.exact::<2>(vm, "_acquire_restore")?;
    let items = match state.downcast_ref::<PyTuple>() {
        Some(t) if t.items.len() == 2 => t.items.to_vec(),
        _ => return Err(vm.new_type_error("_acquire_restore() argument must be a (count, owner) tuple")),
    };
    let count = vm.to_index_value(&items[0])?;
    let owner = vm.to_index_value(&items[1])?;
    let raw = this_rlock(vm, this)?.raw.clone();
    acquire_raw(vm, &raw, Some(None))?;
    let r = this_rlock(vm, this)?;
    r.count.set(count.as_i64().unwrap_or(1) as u64);
    r.owner.set(owner.as_i64().unwrap_or(0) as u64);
    Ok(vm.none())
}

fn rlock_recursion_count(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "_recursion_count")?;
    let r = this_rlock(vm, this)?;
    let n = if r.owner.get() == ident() { r.count.get() } else { 0 };
    Ok(vm.new_int(n as i64))
}

fn rlock_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let r = this_rlock(vm, this)?;
    let state = if r.count.get() > 0 { "locked" } else { "unlocked" };
    let (owner, count) = (r.owner.get(), r.count.get());
    Ok(vm.new_str(format!(
        "<{state} _thread.RLock object owner={owner} count={count} at {:#x}>",
        this.id()
    )))
}

// ----- threads -----

/// What a new thread runs: made and used only under the interpreter lock.
struct Job {
    start: ThreadStart,
    func: PyObjectRef,
    args: Vec<PyObjectRef>,
    kwargs: Vec<(PyObjectRef, PyObjectRef)>,
}

/// Carries a [`Job`] to its thread.
struct SendJob(Job);

// SAFETY: the objects in a `Job` are made by the starting thread under the
// interpreter lock and touched again only by the new thread after it has
// taken that same lock (`run_job`); the lock orders the two. If the spawn
// fails, the job comes back to the starting thread, which still holds it.
unsafe impl Send for SendJob {}

fn run_job(job: SendJob, gil: Arc<kaa_vm::gil::Gil>) {
    gil.acquire();
    let Job {
        start,
        func,
        args,
        kwargs,
    } = job.0;
    let mut vm = Vm::for_new_thread(start);
    let mut items = args;
    let mut names = Vec::with_capacity(kwargs.len());
    for (k, v) in kwargs {
        names.push(k);
        items.push(v);
    }
    let r = vm.call(&func, Args::new(&items, &names));
    if let Err(e) = r {
        if !e.is_instance_of(&vm.exc.system_exit) {
            // CPython: "Exception ignored in thread started by: <func>".
            vm.write_unraisable_msg(&e, "Exception ignored in thread started by", &func);
        }
    }
    drop(items);
    drop(names);
    drop(func);
    let _ = vm.handle_breaker();
    vm.end_thread();
    // `vm` is dropped here, releasing the lock last.
}

fn start_new_thread(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if !args.kwnames().is_empty() {
        return Err(vm.new_type_error("start_new_thread() takes no keyword arguments"));
    }
    if pos.len() < 2 || pos.len() > 3 {
        return Err(vm.new_type_error(format!(
            "start_new_thread expected at least 2 arguments, got {}",
            pos.len()
        )));
    }
    let func = pos[0].clone();
    if !kaa_vm::builtins::is_callable(vm, &func) {
        return Err(vm.new_type_error("first arg must be callable"));
    }
    let Some(t) = pos[1].downcast_ref::<PyTuple>() else {
        return Err(vm.new_type_error("2nd arg must be a tuple"));
    };
    let fargs = t.items.to_vec();
    let mut kwargs = Vec::new();
    if let Some(kw) = pos.get(2) {
        match kw.downcast_ref::<PyDict>() {
            Some(d) => kwargs = d.items_vec(),
            None if vm.is_none(kw) => {}
            None => return Err(vm.new_type_error("optional 3rd arg must be a dictionary")),
        }
    }
    let job = SendJob(Job {
        start: vm.thread_start(),
        func,
        args: fargs,
        kwargs,
    });
    let gil = vm.gil.clone();
    vm.gil.threads.fetch_add(1, Ordering::SeqCst);
    let (tx, rx) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new().stack_size(16 * 1024 * 1024).spawn(move || {
        let _ = tx.send(ident());
        run_job(job, gil);
    });
    if spawned.is_err() {
        vm.gil.threads.fetch_sub(1, Ordering::SeqCst);
        return Err(vm.new_runtime_error("can't start new thread"));
    }
    let id = vm.allow_threads(move || rx.recv().unwrap_or(0));
    Ok(vm.new_int(id as i64))
}

fn get_ident(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "get_ident")?;
    Ok(vm.new_int(ident() as i64))
}

fn get_native_id(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "get_native_id")?;
    Ok(vm.new_int(native_id() as i64))
}

fn count(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "_count")?;
    let n = vm.gil.threads.load(Ordering::SeqCst);
    Ok(vm.new_int(n as i64))
}

fn stack_size(vm: &mut Vm, args: Args) -> PyResult {
    if let Some(s) = args.pos().first() {
        if vm.to_index_value(s)?.as_i64() != Some(0) {
            return Err(vm.new_value_error("setting stack size not supported"));
        }
    }
    Ok(vm.new_int(0))
}

/// `_thread._excepthook(args)`: the default `threading.excepthook`. Prints
/// `Exception in thread NAME:` and the traceback to `sys.stderr`, as CPython;
/// `SystemExit` is ignored.
fn excepthook(vm: &mut Vm, args: Args) -> PyResult {
    let [hook_args] = args.exact::<1>(vm, "_excepthook")?;
    let exc_type = vm.get_attr_str(hook_args, "exc_type")?;
    let exc_value = vm.get_attr_str(hook_args, "exc_value")?;
    let thread = vm.get_attr_str(hook_args, "thread")?;
    let sys_exit = vm.exc.system_exit.clone();
    if exc_type.as_type().is_some() && vm.issubclass(&exc_type, &sys_exit)? {
        return Ok(vm.none());
    }
    let name = if vm.is_none(&thread) {
        format!("{}", ident())
    } else {
        match vm.get_attr_str(&thread, "name") {
            Ok(n) => vm.str_string(&n)?,
            Err(_) => format!("{}", ident()),
        }
    };
    let text = if vm.is_none(&exc_value) {
        let n = vm.get_attr_str(&exc_type, "__name__")?;
        format!("{}\n", vm.str_string(&n)?)
    } else {
        kaa_vm::traceback::format_exception(vm, &exc_value)
    };
    let _ = vm.out().flush();
    let msg = format!("Exception in thread {name}:\n{text}");
    match kaa_vm::builtins::sys_attr(vm, "stderr") {
        Some(err) if !vm.is_none(&err) => {
            let s = vm.new_str(msg);
            vm.call_method(&err, "write", &[s])?;
        }
        _ => vm.write_stderr(&msg),
    }
    Ok(vm.none())
}

/// A type `_thread` made at import, by name ("lock", "RLock").
fn state_type(vm: &mut Vm, name: &str) -> PyResult<PyObjectRef> {
    let key = format!("_thread.{name}");
    let found = vm.module_state.borrow().get(&key).cloned();
    match found {
        Some(t) => Ok(t),
        None => Err(vm.new_runtime_error("_thread is not initialized")),
    }
}

/// Give a lock type its methods, its constructor and `__module__`.
fn finish_type(
    vm: &mut Vm,
    cls: &PyObjectRef,
    methods: &[(&'static str, NativeFn)],
    new: NativeFn,
    module: &PyObjectRef,
) {
    for &(name, f) in methods {
        vm.add_method(cls, name, f);
    }
    vm.add_static(cls, "__new__", new);
    vm.set_type_attr(cls, "__module__", module.clone());
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_thread", None)?;
    let modname = vm.new_str("_thread");

    let lock = new_native_type::<PyLock>(vm, "lock", None);
    let lock_methods: &[(&'static str, NativeFn)] = &[
        ("acquire", lock_acquire),
        ("acquire_lock", lock_acquire),
        ("__enter__", lock_enter),
        ("release", lock_release),
        ("release_lock", lock_release),
        ("__exit__", lock_release),
        ("locked", lock_locked),
        ("locked_lock", lock_locked),
        ("__repr__", lock_repr),
    ];
    finish_type(vm, &lock, lock_methods, lock_new, &modname);

    let rlock = new_native_type::<PyRLock>(vm, "RLock", None);
    let rlock_methods: &[(&'static str, NativeFn)] = &[
        ("acquire", rlock_acquire),
        ("__enter__", rlock_enter),
        ("release", rlock_release),
        ("__exit__", rlock_release),
        ("_is_owned", rlock_is_owned),
        ("_release_save", rlock_release_save),
        ("_acquire_restore", rlock_acquire_restore),
        ("_recursion_count", rlock_recursion_count),
        ("__repr__", rlock_repr),
    ];
    finish_type(vm, &rlock, rlock_methods, rlock_new, &modname);

    {
        let mut st = vm.module_state.borrow_mut();
        st.insert("_thread.lock".to_string(), lock.clone());
        st.insert("_thread.RLock".to_string(), rlock.clone());
    }
    vm.dict_set_str(&d, "LockType", lock.clone())?;
    vm.dict_set_str(&d, "lock", lock)?;
    vm.dict_set_str(&d, "RLock", rlock)?;
    let functions: &[(&'static str, NativeFn)] = &[
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("get_ident", get_ident),
        ("get_native_id", get_native_id),
        ("_count", count),
        ("stack_size", stack_size),
        ("_excepthook", excepthook),
    ];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    let t = vm.new_float(TIMEOUT_MAX);
    vm.dict_set_str(&d, "TIMEOUT_MAX", t)?;
    let err = vm.exc.runtime_error.clone();
    vm.dict_set_str(&d, "error", err)?;
    Ok(m)
}
