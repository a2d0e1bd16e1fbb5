//! Limits an embedder puts on one interpreter: fuel (an instruction budget), a
//! wall-clock deadline, a memory cap, an interrupt another thread can trigger,
//! and the capabilities (grants) a sandboxed script is given.
//!
//! # Notes
//!
//! **Where limits are checked.** Not at every instruction: at *ticks*, which are
//! backward jumps (every loop iteration has one) and frame entries (every call
//! and every generator resumption). A script cannot run for long without ticking:
//! straight-line code is finite, and anything repeated is a loop or a call. A
//! tick is one decrement of [`Limits::countdown`] and a branch; when the
//! countdown reaches zero, [`Vm::limits_slow_path`] does the real work: charges
//! the slice of fuel that was used, reads the interrupt flag, reads the clock if
//! there is a deadline, and sets the next countdown. With no limit set, the slow
//! path still runs every [`CHECK_INTERVAL`] ticks, to see the interrupt flag.
//! Under a deadline, or while the host holds an [`InterruptHandle`], a slice
//! is sized by the clock instead (`Limits::adapt`): the first of a run is
//! [`FIRST_SLICE`] ticks, and each next one is scaled by how long the last
//! took so that it takes about [`SLICE_TARGET`] (at most [`CHECK_INTERVAL`]
//! ticks). A loop whose iterations each call a slow native function is then
//! looked at every iteration or so, not every 1024.
//!
//! **Not waiting for the end of a slice.** A loop whose iterations turn slow
//! after many fast ones would still run the rest of a long slice first. So
//! what makes a limit due from outside sets
//! [`crate::gil::breaker::LIMITS`] in the eval breaker, which every tick
//! already tests (with `GIL_DROP`): the deadline's timer thread when the
//! deadline passes (`watchdog.rs`, one per interpreter that has had a
//! deadline), [`InterruptHandle::interrupt`], and the CLI's signal handler
//! ([`signal_arrived`]). The tick that sees the bit ends its slice there
//! (`Limits::due_now`, charging only the ticks it ran) and runs the slow
//! path at once. Ordinary ticks pay nothing more: the bit shares the test
//! of `AT_TICKS`.
//!
//! **The interrupt across threads.** The eval breaker (`Heap::breaker`) is a
//! `Cell<u32>`: only the interpreter's own thread may touch it. An
//! [`InterruptHandle`] holds an `Arc<Waits>` instead (`wait.rs`), shared with
//! the interpreter's [`Limits`]; another thread sets its flag (`Relaxed` is
//! enough: the flag carries no other data), sets the eval breaker's
//! `LIMITS` bit (release; the tick clears it with acquire, so it sees the
//! flag) and wakes the interpreter's blocked waiters, and a running
//! interpreter reads the flag at its next tick. A tripped limit
//! wakes the blocked waiters too, so that they raise it as well. Blocking
//! calls sleep until the deadline rather than polling for it
//! ([`Vm::begin_wait`]). Nothing else crosses threads.
//!
//! **Memory.** `Heap::count_alloc` compares live bytes with `Heap::mem_limit` (an
//! ordinary compare against `u64::MAX` when there is no cap); past the cap it sets
//! the `MEMORY` breaker bit, since allocation cannot raise. At the next
//! instruction `Vm::handle_breaker` runs a full collection (the excess may be
//! garbage cycles) and, if live bytes are still over the cap, trips the limit and
//! raises `MemoryError`. Single huge allocations (`"x" * 10**12`,
//! `[0] * 10**10`, `list(range(10**12))`, and results whose size is
//! estimated from the arguments: `a ** b`, `math.factorial(n)`) are refused
//! before they are attempted by [`Vm::check_alloc`], the one place that
//! decides: past the cap it trips the
//! memory limit, and without a cap it refuses what the machine cannot hold (more
//! than its physical memory, [`machine_memory`]), so a script never makes the
//! process abort on an allocation failure or grow until the kernel kills it.
//!
//! **Native loops.** Built-ins that loop over an iterator (`sum`, `max`,
//! `list(it)`, `dict.fromkeys`, `x in it`) do not tick by themselves: they
//! count their iterations with a [`Pace`] and every [`LONG_LOOP`] items call
//! [`Vm::check_long_loop`] (one tick of fuel, the interrupt, the deadline, the
//! memory cap). Work that runs in many short native loops, one inside
//! the other (`==` of nested tuples, a tuple's hash, probes past colliding
//! keys), counts on one counter the interpreter keeps across calls and
//! recursion ([`Vm::count_work`], a check every [`WORK_CHECK`] units), and
//! linear work on bytes (case mapping, splitting, encoding, hashing, long
//! copies) on another ([`Vm::charge_bytes`], a check every
//! [`BYTES_CHECK`] bytes). Long work in one call on huge numbers is done in steps that
//! charge fuel for their estimated work and look at the interrupt and the
//! deadline before each step ([`Vm::charge_work`], which needs only `&Vm`):
//! big-int products, divisions, powers, modular powers and decimal
//! conversions (`object/int_long.rs`, called by `int.rs`, `format.rs` and
//! `json`), `math.factorial`/`comb`/`perm`/`isqrt`/`gcd`/`lcm` (the stdlib's
//! `math.rs`) and `decimal` at a high precision (`decimal.rs`). An ordinary
//! loop pays one increment and one compare per item; ordinary arithmetic
//! one compare of its operands' sizes.
//!
//! **Output.** With an output limit, every byte written to `sys.stdout` or
//! `sys.stderr` in a run is counted ([`Vm::charge_output`]); a write that would
//! pass it is refused with `kaa.OutputLimitExceeded`, which stays tripped like
//! the fuel and deadline limits.
//!
//! **Tripped limits stay tripped.** Once a limit is exceeded,
//! [`Limits::tripped`] is set and the countdown is kept at one: every later tick
//! raises the limit's exception again, so a script that catches `BaseException`
//! in a loop is stopped at its next iteration or call. The fuel, deadline and
//! interrupt exceptions derive from `BaseException` (not `Exception`); memory
//! raises `MemoryError`, as CPython would. A new run ([`Limits::begin_run`])
//! refills the fuel, restarts the deadline and clears the trip.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::object::PyObjectRef;
use crate::vm::{PyResult, Vm};
use crate::wait::Waits;

/// Ticks between two slow-path checks when no fuel budget asks for an earlier
/// one: how late an interrupt or a deadline can be noticed.
pub const CHECK_INTERVAL: u32 = 1024;

/// How many items a native loop over an iterator handles between two
/// [`Vm::check_long_loop`]s.
pub const LONG_LOOP: usize = 4096;

/// How many units of native work ([`Vm::count_work`]: item comparisons,
/// items hashed, probes past a colliding key) are done between two
/// [`Vm::check_long_loop`]s, counted across calls and recursion.
pub const WORK_CHECK: u32 = 4096;

/// How many bytes of linear native work ([`Vm::charge_bytes`]) are done
/// between two looks at the limits, counted across calls.
pub const BYTES_CHECK: usize = 64 << 10;

/// Copies and comparisons shorter than this many bytes are not charged as
/// linear work ([`Vm::charge_copy`]).
pub const SMALL_COPY: usize = 512;

/// From how many bytes a comparison of two texts leaves the interpreter's
/// fast path for the method that charges its work (`Vm::compare_fast`).
pub const LONG_TEXT: usize = 4096;

/// How long a slice of ticks should take under a deadline: the slow path
/// reads the clock at the end of each slice and sizes the next one so that
/// it takes about this long (at most [`CHECK_INTERVAL`] ticks, at least one).
pub const SLICE_TARGET: Duration = Duration::from_millis(1);

/// The first slice of a run with a deadline: short, so that a loop whose
/// iterations are slow is measured before it can run long.
pub const FIRST_SLICE: u32 = 1;

/// How the memory cap's `MemoryError` message starts (hosts tell it from other
/// `MemoryError`s by it).
pub const MEMORY_MESSAGE: &str = "the script went past its memory limit";

/// Which limit stopped a script.
///
/// ```
/// use kaa_vm::limits::Limit;
/// assert_eq!(Limit::Fuel.exception_name(), "FuelExhausted");
/// assert_eq!(Limit::Interrupt.exception_name(), "KeyboardInterrupt");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Limit {
    /// The instruction budget ran out (`kaa.FuelExhausted`).
    Fuel,
    /// The wall-clock deadline passed (`kaa.DeadlineExceeded`).
    Deadline,
    /// Live memory went past the cap (`MemoryError`).
    Memory,
    /// The host triggered an [`InterruptHandle`] (`KeyboardInterrupt`).
    Interrupt,
    /// The script wrote more than its output limit (`kaa.OutputLimitExceeded`).
    Output,
}

impl Limit {
    /// The name of the exception class the script sees.
    pub fn exception_name(self) -> &'static str {
        match self {
            Limit::Fuel => "FuelExhausted",
            Limit::Deadline => "DeadlineExceeded",
            Limit::Memory => "MemoryError",
            Limit::Interrupt => "KeyboardInterrupt",
            Limit::Output => "OutputLimitExceeded",
        }
    }
}

/// A handle that stops a running script from any thread: `Send + Sync + Clone`.
/// The script sees `KeyboardInterrupt` at its next check (a loop iteration or a
/// call), and keeps seeing it until the run ends.
///
/// ```
/// let limits = kaa_vm::limits::Limits::default();
/// let h = limits.interrupt_handle();
/// let h2 = h.clone();
/// std::thread::spawn(move || h2.interrupt()).join().unwrap();
/// assert!(h.is_pending());
/// h.clear();
/// assert!(!h.is_pending());
/// ```
#[derive(Clone, Debug)]
pub struct InterruptHandle {
    waits: Arc<Waits>,
}

impl InterruptHandle {
    /// Ask the interpreter to stop. Safe from any thread, any number of times.
    /// Threads blocked in a wait (a lock, `time.sleep`, a socket) wake now
    /// (`wait.rs`).
    pub fn interrupt(&self) {
        self.waits.interrupt();
    }

    /// Whether an interrupt was requested and not yet delivered to a script.
    pub fn is_pending(&self) -> bool {
        self.waits.interrupt.load(Ordering::Relaxed)
    }

    /// Withdraw a request that was not delivered yet.
    pub fn clear(&self) {
        self.waits.interrupt.store(false, Ordering::Relaxed);
    }
}

/// What a sandboxed script may reach. The CLI grants everything; an embedder's
/// interpreter starts with nothing granted. (Ending the process needs no grant:
/// nothing in Kaa calls `std::process::exit`; `sys.exit()` raises `SystemExit`,
/// which only the CLI turns into an exit status, and an embedder sees as an
/// `Err`.)
///
/// Access to parts of the file system is granted by directory instead
/// ([`Limits::paths`], checked by [`Vm::check_path`]).
///
/// ```
/// let g = kaa_vm::limits::Grants::default();
/// assert!(!g.filesystem && !g.environment && !g.subprocess && !g.network);
/// assert!(kaa_vm::limits::Grants::all().filesystem);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Grants {
    /// The whole file system, read and write: `open`, `os`, importing `.py`
    /// files from `sys.path`, source lines in tracebacks.
    pub filesystem: bool,
    /// The process environment: `os.environ` and `os.getenv` see (and
    /// `putenv` changes) the real one, `sys.executable` is the running
    /// program. Without it `os.environ` starts empty and stays the script's.
    pub environment: bool,
    /// Starting processes (`subprocess`, `os.system`, `os.kill`).
    pub subprocess: bool,
    /// Sockets.
    pub network: bool,
}

impl Grants {
    /// Everything (the CLI).
    pub fn all() -> Grants {
        Grants {
            filesystem: true,
            environment: true,
            subprocess: true,
            network: true,
        }
    }
}

/// The limits of one interpreter and their running state (`Vm::limits`).
///
/// ```
/// use std::time::Duration;
/// let l = kaa_vm::limits::Limits::default();
/// l.fuel.set(Some(1_000));
/// l.timeout.set(Some(Duration::from_millis(50)));
/// l.begin_run();
/// assert_eq!(l.fuel_used(), 0);
/// assert!(l.tripped.get().is_none());
/// ```
#[derive(Debug)]
pub struct Limits {
    /// Ticks left before the next slow-path check (see the Notes). A `Cell` so
    /// that [`Vm::check_alloc`], which has only `&Vm`, can bring it forward.
    pub countdown: Cell<u32>,
    /// The countdown the slow path last set: the fuel it stands for.
    slice: Cell<u32>,
    /// Fuel per run (`None`: unlimited). One unit is one backward jump or call.
    pub fuel: Cell<Option<u64>>,
    /// Fuel left in this run.
    fuel_left: Cell<u64>,
    /// Fuel charged in this run (whole slices; see [`Limits::fuel_used`]).
    fuel_charged: Cell<u64>,
    /// Wall-clock time per run (`None`: unlimited).
    pub timeout: Cell<Option<Duration>>,
    /// When this run must stop.
    deadline: Cell<Option<Instant>>,
    /// The flag [`InterruptHandle`]s set, and the blocked waiters that a
    /// wake-up reaches (`wait.rs`).
    pub waits: Arc<Waits>,
    /// The limit that stopped this run, if any.
    pub tripped: Cell<Option<Limit>>,
    /// The limit that stopped the last run that ended, if any.
    pub last_trip: Cell<Option<Limit>>,
    /// What a script may reach.
    pub grants: Cell<Grants>,
    /// Directories granted without the whole file system (`grants.filesystem`
    /// off): each with everything below it, read-only or read-write.
    pub paths: std::cell::RefCell<Vec<PathGrant>>,
    /// Bytes a run may write to `sys.stdout` and `sys.stderr` (`None`:
    /// unlimited).
    pub output_limit: Cell<Option<u64>>,
    /// Bytes written in this run.
    output_used: Cell<u64>,
    /// `kaa.LimitExceeded`, `kaa.FuelExhausted`, `kaa.DeadlineExceeded`,
    /// `kaa.OutputLimitExceeded`: made by [`make_limit_classes`].
    classes: std::cell::OnceCell<[PyObjectRef; 4]>,
    /// Set by the CLI's SIGINT handler (Ctrl-C): the main thread raises a
    /// plain, catchable `KeyboardInterrupt` at its next check, even while it
    /// waits in `join` or `sleep`. Not a limit: nothing stays tripped.
    pub sigint: Cell<Option<&'static AtomicBool>>,
    /// Set by the `signal` module when it takes over signal handling: called
    /// (main thread) instead of raising `KeyboardInterrupt` when the
    /// [`Limits::sigint`] flag is up, to run the Python signal handlers.
    pub signal_hook: Cell<Option<fn(&mut Vm) -> PyResult<()>>>,
    /// Units of native work since the last check ([`Vm::count_work`]).
    work: Cell<u32>,
    /// Bytes of linear native work not charged yet ([`Vm::charge_bytes`]).
    bytes: Cell<usize>,
    /// Ticks in a slice without a fuel budget: [`CHECK_INTERVAL`], or under
    /// a deadline or an interrupt handle as many as take about
    /// [`SLICE_TARGET`] (see `Limits::adapt`).
    interval: Cell<u32>,
    /// When the clock was last read at the end of a slice
    /// (`Limits::watched`).
    last_check: Cell<Option<Instant>>,
    /// The deadline's timer thread, made when a run first has a deadline
    /// (`None` inside if it could not be made); see `watchdog.rs`.
    watchdog: std::cell::OnceCell<Option<crate::watchdog::Watchdog>>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            countdown: Cell::new(CHECK_INTERVAL),
            slice: Cell::new(CHECK_INTERVAL),
            fuel: Cell::new(None),
            fuel_left: Cell::new(0),
            fuel_charged: Cell::new(0),
            timeout: Cell::new(None),
            deadline: Cell::new(None),
            waits: Arc::new(Waits::default()),
            tripped: Cell::new(None),
            last_trip: Cell::new(None),
            grants: Cell::new(Grants::default()),
            paths: std::cell::RefCell::new(Vec::new()),
            output_limit: Cell::new(None),
            output_used: Cell::new(0),
            classes: std::cell::OnceCell::new(),
            sigint: Cell::new(None),
            signal_hook: Cell::new(None),
            work: Cell::new(0),
            bytes: Cell::new(0),
            interval: Cell::new(CHECK_INTERVAL),
            last_check: Cell::new(None),
            watchdog: std::cell::OnceCell::new(),
        }
    }
}

impl Limits {
    /// The limits of the interpreter whose lock is `gil`: an interrupt, an
    /// expired deadline and a signal set its eval breaker's
    /// [`crate::gil::breaker::LIMITS`] bit, so that the next tick looks at
    /// them whatever is left of its slice.
    pub fn with_gil(gil: &Arc<crate::gil::Gil>) -> Limits {
        let l = Limits::default();
        let _ = l.waits.gil.set(gil.clone());
        l
    }

    /// A handle on this interpreter's interrupt flag.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle {
            waits: self.waits.clone(),
        }
    }

    /// When this run must stop, if it has a deadline.
    pub fn deadline(&self) -> Option<Instant> {
        self.deadline.get()
    }

    /// Start a run: refill the fuel, start the deadline's clock, clear a tripped
    /// limit. (A pending interrupt stays pending.)
    pub fn begin_run(&self) {
        self.tripped.set(None);
        self.fuel_left.set(self.fuel.get().unwrap_or(0));
        self.fuel_charged.set(0);
        self.output_used.set(0);
        // Under a deadline or an interrupt handle the slices start short
        // and grow while they are fast (`Limits::adapt`); otherwise the
        // clock is not read at all.
        let watched = self.timeout.get().is_some() || Arc::strong_count(&self.waits) > 1;
        let now = watched.then(Instant::now);
        self.deadline
            .set(self.timeout.get().zip(now).and_then(|(t, now)| now.checked_add(t)));
        self.set_timer();
        self.last_check.set(now);
        self.interval.set(if watched { FIRST_SLICE } else { CHECK_INTERVAL });
        self.refill();
    }

    /// Tell the timer thread this run's deadline: made at the first run
    /// with a deadline (`watchdog.rs`); told there is none otherwise.
    fn set_timer(&self) {
        let d = self.deadline.get();
        // The lock is known for the limits of an interpreter
        // (`Limits::with_gil`); without it the deadline is seen at the end
        // of a slice only.
        let w = match (self.watchdog.get(), d, self.waits.gil.get()) {
            (Some(w), _, _) => w.as_ref(),
            (None, Some(_), Some(gil)) => self
                .watchdog
                .get_or_init(|| crate::watchdog::Watchdog::start(gil.clone()))
                .as_ref(),
            _ => None,
        };
        if let Some(w) = w {
            w.set(d);
        }
    }

    /// A limit asked to be looked at now ([`crate::gil::breaker::LIMITS`]):
    /// end this slice at the next tick, charging only the ticks it ran.
    fn due_now(&self) {
        let c = self.countdown.get();
        if c > 1 {
            self.slice.set(self.slice.get() - (c - 1));
            self.countdown.set(1);
        }
    }

    /// Whether the end of each slice reads the clock and sizes the next one
    /// (`Limits::adapt`): under a deadline, or when the host holds an
    /// [`InterruptHandle`] (or another thread shares the interrupt flag).
    fn watched(&self) -> bool {
        self.deadline.get().is_some() || Arc::strong_count(&self.waits) > 1
    }

    /// Under a deadline or an interrupt handle (`Limits::watched`), at the
    /// end of a slice (the clock read at `now`):
    /// size the next slice by how long this one took, so that one slice
    /// takes about [`SLICE_TARGET`]. A loop whose iterations each take
    /// milliseconds (a long native call per iteration that does not charge
    /// its work) then reads the clock every iteration or so, instead of
    /// every [`CHECK_INTERVAL`] iterations, which would pass the deadline by
    /// seconds.
    fn adapt(&self, now: Instant) {
        let Some(last) = self.last_check.replace(Some(now)) else {
            return;
        };
        let took = now.saturating_duration_since(last);
        let i = self.interval.get();
        let next = if took > SLICE_TARGET * 2 {
            let scaled = u128::from(i) * SLICE_TARGET.as_nanos() / took.as_nanos().max(1);
            (scaled as u32).max(1)
        } else if took < SLICE_TARGET / 2 {
            i.saturating_mul(2).min(CHECK_INTERVAL)
        } else {
            i
        };
        self.interval.set(next);
    }

    /// Fuel used in this run, to within one check interval.
    pub fn fuel_used(&self) -> u64 {
        let slice = self.slice.get();
        self.fuel_charged.get() + u64::from(slice - self.countdown.get().min(slice))
    }

    /// Set the next countdown: the fuel left if it is smaller than the interval.
    fn refill(&self) {
        let interval = self.interval.get();
        let n = if self.tripped.get().is_some() {
            1
        } else if self.fuel.get().is_some() {
            self.fuel_left.get().clamp(1, u64::from(interval)) as u32
        } else {
            interval
        };
        self.slice.set(n);
        self.countdown.set(n);
    }
}

/// Count one tick (a backward jump or a frame entry), and give the interpreter
/// lock to a thread that asked for it. Inlined into the loop; the work is in
/// [`Vm::limits_slow_path`].
#[inline(always)]
pub fn tick(vm: &mut Vm) -> PyResult<()> {
    // Another thread waited a switch interval for the lock: it gets its turn
    // here, at a backward jump or a call, as in CPython (so a bytecode such as
    // `STORE_GLOBAL` right after a `BINARY_OP` is never split by a switch).
    if vm.gil.breaker.load(std::sync::atomic::Ordering::Relaxed) & crate::gil::breaker::AT_TICKS != 0 {
        vm.lock_requests()?;
    }
    let c = vm.limits.countdown.get() - 1;
    vm.limits.countdown.set(c);
    if c == 0 {
        return vm.limits_slow_path();
    }
    Ok(())
}

/// Register the `kaa` module (its limit exceptions are made later: see
/// [`make_limit_classes`]).
pub(crate) fn init(vm: &mut Vm) {
    vm.native_modules.borrow_mut().insert("kaa".to_string(), kaa_module);
}

/// Make the `kaa` module's limit exceptions if they are not made yet. They
/// are made when a script imports `kaa` or when the host sets a limit whose
/// exception they are (fuel, deadline, output: `kaa::Interpreter::set_fuel`
/// and the others), never at start-up: making them looks up
/// `__init_subclass__` along `BaseException`'s MRO, which makes
/// `BaseException`'s and `object`'s methods, about 22 KB that an interpreter
/// without limits never needs (docs/internals/interpreter-creation.md). A
/// limit can only trip once set, so the classes exist whenever
/// [`Vm::limit_exception`] needs them. Like the methods made late, they do
/// not count against a script's memory cap.
pub fn make_limit_classes(vm: &mut Vm) {
    if vm.limits.classes.get().is_some() {
        return;
    }
    let counting = vm.heap.stats.on.replace(false);
    let type_ = vm.types.type_.clone();
    let make = |vm: &mut Vm, name: &str, base: &PyObjectRef| {
        let c = vm
            .new_class(name, vec![base.clone()], &type_)
            .expect("limit exception classes");
        let m = vm.new_str("kaa");
        vm.set_type_attr(&c, "__module__", m);
        c
    };
    let base = vm.exc.base_exception.clone();
    let limit = make(vm, "LimitExceeded", &base);
    let fuel = make(vm, "FuelExhausted", &limit);
    let deadline = make(vm, "DeadlineExceeded", &limit);
    let output = make(vm, "OutputLimitExceeded", &limit);
    let _ = vm.limits.classes.set([limit, fuel, deadline, output]);
    vm.heap.stats.on.set(counting);
}

/// `import kaa`: the limit exceptions, so that a script can name them.
fn kaa_module(vm: &mut Vm) -> PyResult<PyObjectRef> {
    make_limit_classes(vm);
    let (m, d) = vm.new_module_with_dict("kaa", None)?;
    if let Some(classes) = vm.limits.classes.get().cloned() {
        for c in classes {
            let name = c.ty_payload().name().to_string();
            vm.dict_set_str(&d, &name, c)?;
        }
    }
    Ok(m)
}

impl Vm {
    /// The slow path of a tick: charge fuel, look at the interrupt flag and the
    /// clock, re-raise a tripped limit.
    #[cold]
    #[inline(never)]
    pub fn limits_slow_path(&mut self) -> PyResult<()> {
        let l = &self.limits;
        if let Some(t) = l.tripped.get() {
            l.refill();
            return Err(self.limit_exception(t));
        }
        let slice = u64::from(l.slice.get());
        l.fuel_charged.set(l.fuel_charged.get() + slice);
        let mut trip = None;
        if l.fuel.get().is_some() {
            l.fuel_left.set(l.fuel_left.get().saturating_sub(slice));
            if l.fuel_left.get() == 0 {
                trip = Some(Limit::Fuel);
            }
        }
        if l.waits.interrupt.swap(false, Ordering::Relaxed) {
            trip = Some(Limit::Interrupt);
        }
        if trip.is_none() {
            self.check_sigint()?;
        }
        if trip.is_none() && self.limits.watched() {
            let now = Instant::now();
            if self.limits.deadline.get().is_some_and(|d| now >= d) {
                trip = Some(Limit::Deadline);
            } else {
                self.limits.adapt(now);
            }
        }
        if let Some(t) = trip {
            return Err(self.trip_limit(t));
        }
        self.limits.refill();
        Ok(())
    }

    /// The end of a run (Python returning to the host): a tripped limit is an
    /// error even if the script swallowed its exception, and is remembered for
    /// [`Limits::last_trip`].
    pub(crate) fn end_run<T>(&mut self, r: PyResult<T>) -> PyResult<T> {
        let t = self.limits.tripped.get();
        self.limits.last_trip.set(t);
        match (t, r) {
            (Some(t), Ok(_)) => Err(self.limit_exception(t)),
            (_, r) => r,
        }
    }

    /// For native loops over an iterator that may never end (`list(it)`,
    /// `l.extend(it)`), every [`LONG_LOOP`] items: one tick of fuel, the
    /// interrupt, the deadline, and the memory cap with `pending` bytes the loop
    /// holds but the heap does not count yet.
    #[cold]
    pub fn check_long_loop(&mut self, pending: usize) -> PyResult<()> {
        tick(self)?;
        self.check_alloc(pending as u128)?;
        self.check_limits()
    }

    /// Count `n` units of native work (an item compared or hashed, a probe
    /// past a key whose hash collides) on the interpreter's counter, which
    /// runs across calls and recursion: true when [`WORK_CHECK`] units have
    /// passed since the last check, and the caller must call
    /// [`Vm::check_long_loop`] (after which a table it probes may have
    /// changed: another thread may have run). A comparison of nested tuples
    /// makes one short native loop per level, none long by itself; this
    /// counts them all.
    #[inline]
    pub fn work_due(&self, n: u32) -> bool {
        let w = self.limits.work.get().saturating_add(n);
        if w >= WORK_CHECK {
            self.limits.work.set(0);
            return true;
        }
        self.limits.work.set(w);
        false
    }

    /// [`Vm::work_due`] and the check when it is due.
    #[inline]
    pub fn count_work(&mut self, n: u32) -> PyResult<()> {
        if self.work_due(n) {
            return self.check_long_loop(0);
        }
        Ok(())
    }

    /// Count `n` units of work already done in one piece (the probes of a
    /// dict's or a set's table that grew: `DictTable::take_work`): as
    /// [`Vm::count_work`], and past [`WORK_CHECK`] units one unit of fuel
    /// for each [`WORK_CHECK`] of them, with a look at the limits. A table
    /// of keys whose hashes collide reads about n^2/2 slots when it grows,
    /// as many as the (counted) probes that inserted them.
    #[inline]
    pub fn count_work_done(&mut self, n: u64) -> PyResult<()> {
        if n == 0 {
            return Ok(());
        }
        self.count_work_done_slow(n)
    }

    #[cold]
    #[inline(never)]
    fn count_work_done_slow(&mut self, n: u64) -> PyResult<()> {
        if n >= u64::from(WORK_CHECK) {
            self.charge_work(n / u64::from(WORK_CHECK), Duration::ZERO)?;
        }
        self.count_work((n % u64::from(WORK_CHECK)) as u32)
    }

    /// Check limits now, outside a tick: for long native loops and blocking calls
    /// (`time.sleep`) that do not tick.
    pub fn check_limits(&mut self) -> PyResult<()> {
        if let Some(t) = self.limits.tripped.get() {
            return Err(self.limit_exception(t));
        }
        if self.limits.waits.interrupt.swap(false, Ordering::Relaxed) {
            return Err(self.trip_limit(Limit::Interrupt));
        }
        self.check_sigint()?;
        self.lock_requests()?;
        if self.limits.deadline.get().is_some_and(|d| Instant::now() >= d) {
            return Err(self.trip_limit(Limit::Deadline));
        }
        if self.heap.stats.live_bytes.get() > self.heap.mem_limit.get() {
            return Err(self.trip_limit(Limit::Memory));
        }
        Ok(())
    }

    /// At a tick: give the lock to a thread that asked for it, and end this
    /// thread (silently, with `SystemExit`) if the interpreter is being
    /// finalized and this is not its first thread.
    #[cold]
    #[inline(never)]
    pub fn lock_requests(&mut self) -> PyResult<()> {
        let mut b = self.gil.breaker.load(Ordering::Relaxed);
        if b & crate::gil::breaker::GIL_DROP != 0 {
            self.gil.yield_to_waiter();
            // Other threads ran meanwhile (on the same countdown).
            b = self.gil.breaker.load(Ordering::Relaxed);
        }
        if b & crate::gil::breaker::LIMITS != 0 && !self.sigint_for_main_thread() {
            // Acquire: the interrupt flag set before the bit is seen.
            self.gil
                .breaker
                .fetch_and(!crate::gil::breaker::LIMITS, Ordering::AcqRel);
            self.limits.due_now();
        }
        if b & crate::gil::breaker::FINALIZING != 0 && !self.is_main_thread {
            let cls = self.exc.system_exit.clone();
            return Err(self.new_exception(&cls, Vec::new()));
        }
        Ok(())
    }

    /// A Ctrl-C waits for the main thread, and this is another: the
    /// `LIMITS` bit stays set for the main thread's next tick (this
    /// thread's ticks meanwhile only test it).
    #[cold]
    fn sigint_for_main_thread(&self) -> bool {
        !self.is_main_thread && self.limits.sigint.get().is_some_and(|f| f.load(Ordering::Relaxed))
    }

    /// Ctrl-C in the CLI: `KeyboardInterrupt` in the main thread (CPython
    /// runs signal handlers in the main thread only); with the `signal`
    /// module's hook installed, its Python handlers run instead.
    fn check_sigint(&mut self) -> PyResult<()> {
        if let Some(flag) = self.limits.sigint.get() {
            if self.is_main_thread && flag.swap(false, Ordering::Relaxed) {
                // Leave a live countdown behind (this may be the slow path,
                // which otherwise refills after the checks).
                self.limits.refill();
                if let Some(hook) = self.limits.signal_hook.get() {
                    return hook(self);
                }
                let cls = self.exc.keyboard_interrupt.clone();
                return Err(self.new_exception(&cls, Vec::new()));
            }
        }
        Ok(())
    }

    /// The time left before the deadline, if there is one (for blocking calls).
    pub fn time_left(&self) -> Option<Duration> {
        self.limits
            .deadline
            .get()
            .map(|d| d.saturating_duration_since(Instant::now()))
    }

    /// Record that `limit` was exceeded and return its exception.
    #[cold]
    pub fn trip_limit(&mut self, limit: Limit) -> PyObjectRef {
        self.limits.tripped.set(Some(limit));
        self.limits.refill();
        // Blocked threads see it too (a tripped limit stays tripped).
        self.limits.waits.wake_all();
        self.limit_exception(limit)
    }

    /// The exception a tripped `limit` raises.
    #[cold]
    pub fn limit_exception(&self, limit: Limit) -> PyObjectRef {
        let l = &self.limits;
        // Made when the limit was set (`make_limit_classes`); only if some
        // path set one without it would the plain base class stand in.
        let class = |i: usize| {
            l.classes
                .get()
                .map_or_else(|| self.exc.base_exception.clone(), |c| c[i].clone())
        };
        match limit {
            Limit::Fuel => self.new_exception_msg(
                &class(1),
                format!("the script used its fuel ({} units)", l.fuel.get().unwrap_or(0)),
            ),
            Limit::Deadline => self.new_exception_msg(
                &class(2),
                format!(
                    "the script ran past its deadline ({:?})",
                    l.timeout.get().unwrap_or_default()
                ),
            ),
            Limit::Memory => self.new_exception_msg(
                &self.exc.memory_error,
                format!("{MEMORY_MESSAGE} ({} bytes)", self.heap.mem_limit.get()),
            ),
            Limit::Interrupt => self.new_exception_msg(&self.exc.keyboard_interrupt, "interrupted by the host"),
            Limit::Output => self.new_exception_msg(
                &class(3),
                format!(
                    "the script wrote past its output limit ({} bytes)",
                    l.output_limit.get().unwrap_or(0)
                ),
            ),
        }
    }

    /// Whether `exc` is the exception of a tripped limit (or any limit class).
    pub fn is_limit_exception(&self, exc: &PyObjectRef) -> bool {
        self.limits.classes.get().is_some_and(|c| exc.is_instance_of(&c[0]))
    }

    /// Refuse an allocation of `bytes` that would pass the memory cap, before it
    /// is attempted (`MemoryError` naming the cap). Without a cap, sizes this
    /// machine cannot hold (more than its physical memory) are refused with a
    /// plain `MemoryError`, as CPython's failing `malloc` gives.
    pub fn check_alloc(&self, bytes: u128) -> PyResult<()> {
        let limit = self.heap.mem_limit.get();
        let live = self.heap.stats.live_bytes.get();
        if limit != u64::MAX && u128::from(live).saturating_add(bytes) > u128::from(limit) {
            self.limits.tripped.set(Some(Limit::Memory));
            self.limits.countdown.set(1);
            self.limits.waits.wake_all();
            return Err(self.limit_exception(Limit::Memory));
        }
        if bytes > u128::from(machine_memory()) {
            return Err(self.new_memory_error());
        }
        Ok(())
    }

    /// The `MemoryError` for a size refused outright (too big for any
    /// machine): the memory cap's, tripping it, when one is set, so that the
    /// host sees `Limit::Memory`; else a plain one.
    #[cold]
    pub fn refuse_alloc(&self) -> PyObjectRef {
        match self.check_alloc(u128::MAX) {
            Err(e) => e,
            Ok(()) => self.new_memory_error(),
        }
    }

    /// [`Vm::check_alloc`] for `n` items of `size` bytes each (a sized
    /// iterable about to be materialised: `list(range(n))`, `[x] * n`).
    pub fn check_alloc_items(&self, n: u128, size: usize) -> PyResult<()> {
        self.check_alloc(n.saturating_mul(size as u128))
    }

    /// Before `iterable` is materialised into a container that takes
    /// `per_item` bytes an item (`list(range(10**12))`, `set(...)`,
    /// `dict.fromkeys(...)`): refuse it now if its length is known (a range,
    /// or a built-in iterator's `__length_hint__`) and the memory cap or the
    /// machine cannot hold it. A range's items are new ints: they count too.
    /// `overflow`: a range too long for an index is an `OverflowError` (as
    /// `list` and `tuple` give), else a `MemoryError`.
    pub fn check_materialise(&mut self, iterable: &PyObjectRef, per_item: usize, overflow: bool) -> PyResult<()> {
        /// What a new int object takes (header and value), roughly.
        const INT_BYTES: usize = 32;
        let n = if let Some(r) = iterable.downcast_ref::<crate::object::range::PyRange>() {
            match r.len() {
                Some(n) => (n as u128).saturating_mul((per_item + INT_BYTES) as u128),
                None if overflow => return Err(self.new_overflow_error("Python int too large to convert to C ssize_t")),
                None => return Err(self.new_memory_error()),
            }
        } else if !iterable.ty().flags.heaptype {
            let name = self.intern("__length_hint__");
            let Some(f) = iterable.ty().lookup(&name) else {
                return Ok(());
            };
            let Ok(hint) = self.call_positional(&f, std::slice::from_ref(iterable)) else {
                return Ok(());
            };
            match hint.downcast_ref::<crate::object::int::PyInt>().map(|i| &i.value) {
                Some(crate::object::int::IntValue::Small(n)) if *n > 0 => (*n as u128).saturating_mul(per_item as u128),
                _ => return Ok(()),
            }
        } else {
            return Ok(());
        };
        if n < 1 << 20 {
            return Ok(());
        }
        self.check_alloc(n)
    }

    /// Charge `units` of fuel for native work that does not tick (big-int
    /// multiplication), and look at the interrupt and the deadline: for long
    /// single operations, before each large step. `next` is how long the
    /// step is expected to take: if the deadline would pass during it, it
    /// trips now. Needs only `&Vm`.
    pub fn charge_work(&self, units: u64, next: Duration) -> PyResult<()> {
        let l = &self.limits;
        if let Some(t) = l.tripped.get() {
            return Err(self.limit_exception(t));
        }
        let mut trip = None;
        if l.fuel.get().is_some() {
            l.fuel_charged.set(l.fuel_charged.get().saturating_add(units));
            l.fuel_left.set(l.fuel_left.get().saturating_sub(units));
            if l.fuel_left.get() == 0 {
                trip = Some(Limit::Fuel);
            }
        }
        if trip.is_none() && l.waits.interrupt.swap(false, Ordering::Relaxed) {
            trip = Some(Limit::Interrupt);
        }
        if trip.is_none() && l.deadline.get().is_some_and(|d| Instant::now() + next >= d) {
            trip = Some(Limit::Deadline);
        }
        if let Some(t) = trip {
            l.tripped.set(Some(t));
            l.refill();
            l.waits.wake_all();
            return Err(self.limit_exception(t));
        }
        Ok(())
    }

    /// Before native work linear in `n` bytes of input (hashing, compressing,
    /// encoding, searching, case mapping, splitting): the bytes are added to
    /// a counter that runs across calls, and each time it passes
    /// [`BYTES_CHECK`] they are charged as work (one unit of fuel per 4 KiB)
    /// and the interrupt and the deadline are looked at. Each such call is
    /// short, but a loop of them ticks only once per call: a loop hashing
    /// 50 MB a time, or upper-casing 900 KB a time, would pass a deadline by
    /// seconds. A small input costs an addition and a comparison.
    #[inline]
    pub fn charge_bytes(&self, n: usize) -> PyResult<()> {
        let b = self.limits.bytes.get().saturating_add(n);
        if b < BYTES_CHECK {
            self.limits.bytes.set(b);
            return Ok(());
        }
        self.charge_bytes_now(b)
    }

    /// [`Vm::charge_bytes`] for the copies and comparisons that ordinary
    /// code does all the time (slices, `+`, `==` of texts): below
    /// [`SMALL_COPY`] bytes nothing is charged (the tick of the loop that
    /// repeats them covers them), so a short slice pays one compare.
    #[inline]
    pub fn charge_copy(&self, n: usize) -> PyResult<()> {
        if n < SMALL_COPY {
            return Ok(());
        }
        self.charge_copy_long(n)
    }

    #[cold]
    #[inline(never)]
    fn charge_copy_long(&self, n: usize) -> PyResult<()> {
        self.charge_bytes(n)
    }

    /// [`Vm::charge_copy`] for a copy of `n` item pointers (`l[:]`,
    /// `l.copy()`, `l + l`, `list(l)`, `tuple(l)`): each item's reference
    /// count is touched too, so a copy counts as the bytes of its pointers.
    #[inline]
    pub fn charge_items(&self, n: usize) -> PyResult<()> {
        self.charge_copy(n.saturating_mul(std::mem::size_of::<PyObjectRef>()))
    }

    /// The check of [`Vm::charge_bytes`], out of line.
    #[cold]
    #[inline(never)]
    fn charge_bytes_now(&self, b: usize) -> PyResult<()> {
        self.limits.bytes.set(b & 0xfff);
        self.charge_work((b >> 12) as u64, Duration::ZERO)
    }

    /// Count `bytes` about to be written to `sys.stdout` or `sys.stderr`
    /// against the output limit: `kaa.OutputLimitExceeded` (and nothing
    /// written) if they would pass it.
    pub fn charge_output(&self, bytes: usize) -> PyResult<()> {
        let l = &self.limits;
        let Some(max) = l.output_limit.get() else {
            return Ok(());
        };
        if l.tripped.get() == Some(Limit::Output) {
            return Err(self.limit_exception(Limit::Output));
        }
        let used = l.output_used.get().saturating_add(bytes as u64);
        if used > max {
            l.tripped.set(Some(Limit::Output));
            l.refill();
            l.waits.wake_all();
            return Err(self.limit_exception(Limit::Output));
        }
        l.output_used.set(used);
        Ok(())
    }

    /// The `MEMORY` breaker bit is set: live bytes passed the cap. Collect cycles
    /// first; if that is not enough, trip the limit.
    #[cold]
    pub(crate) fn memory_over_limit(&mut self) -> PyResult<()> {
        let heap = self.heap.clone();
        if self.limits.tripped.get() == Some(Limit::Memory) {
            // Still over the cap after the trip: no collection, raise again.
            return Err(self.limit_exception(Limit::Memory));
        }
        if heap.stats.live_bytes.get() > heap.mem_limit.get() && !heap.is_collecting() {
            self.collect_garbage(2);
        }
        if heap.stats.live_bytes.get() > heap.mem_limit.get() {
            return Err(self.trip_limit(Limit::Memory));
        }
        Ok(())
    }
}

/// The most a single allocation may ask for without a memory cap: the
/// machine's physical memory (read once), or 1 TiB where it cannot be read.
/// CPython's `malloc` fails past what the system will give; Kaa refuses before
/// trying, so an overcommitting kernel never lets the process grow into it.
pub fn machine_memory() -> u64 {
    static MEM: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *MEM.get_or_init(|| {
        std::fs::read_to_string("/proc/meminfo")
            .ok()
            .and_then(|s| {
                let line = s.lines().find(|l| l.starts_with("MemTotal:"))?;
                let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
                Some(kb.saturating_mul(1024))
            })
            .filter(|&b| b > 0)
            .unwrap_or(1 << 40)
            .min(isize::MAX as u64)
    })
}

/// The interpreter whose eval breaker a signal handler sets
/// ([`signal_arrived`]): the CLI's, given by [`set_signal_target`]. Signals
/// are the process's, so this is the one process-wide link from a limit to
/// an interpreter; an embedder's interpreters never set it.
static SIGNAL_TARGET: std::sync::OnceLock<Arc<crate::gil::Gil>> = std::sync::OnceLock::new();

/// Make [`signal_arrived`] wake the interpreter whose lock is `gil` (the
/// CLI, once, when it installs its SIGINT handler). Later calls do nothing.
pub fn set_signal_target(gil: &Arc<crate::gil::Gil>) {
    let _ = SIGNAL_TARGET.set(gil.clone());
}

/// For a signal handler, after it has raised its flag (`Limits::sigint`):
/// set [`crate::gil::breaker::LIMITS`] so that the interpreter's next tick
/// looks at the flag, instead of the end of its slice of up to
/// [`CHECK_INTERVAL`] ticks (a loop of slow native calls saw Ctrl-C up to
/// 1024 iterations late). Async-signal-safe: an atomic load and an atomic
/// or.
pub fn signal_arrived() {
    if let Some(gil) = SIGNAL_TARGET.get() {
        gil.breaker.fetch_or(crate::gil::breaker::LIMITS, Ordering::Release);
    }
}

/// How much one step of a long copy ([`repeat_bytes`], [`repeat_str`],
/// `[x] * n`) copies before the limits are looked at again.
pub const COPY_CHUNK: usize = 1 << 20;

/// `b * count` (`bytes`, `bytearray`), its size already checked against the
/// memory cap: a result of a megabyte or more is copied about
/// [`COPY_CHUNK`] bytes at a time (by doubling up to the chunk), each chunk
/// charged as linear work ([`Vm::charge_bytes`]), so that the deadline and
/// the interrupt are looked at between chunks.
pub fn repeat_bytes(vm: &Vm, b: &[u8], count: usize) -> PyResult<Vec<u8>> {
    let total = b.len().saturating_mul(count);
    if total < COPY_CHUNK {
        return Ok(b.repeat(count));
    }
    let mut out: Vec<u8> = Vec::new();
    if out.try_reserve_exact(total).is_err() {
        return Err(vm.new_memory_error());
    }
    out.extend_from_slice(b);
    // A whole number of `b`, so that each copy continues the pattern.
    let chunk = (COPY_CHUNK / b.len()).max(1) * b.len();
    while out.len() < total {
        let take = (total - out.len()).min(out.len()).min(chunk);
        out.extend_from_within(..take);
        vm.charge_bytes(take)?;
    }
    Ok(out)
}

/// `s * count` for `str` as [`repeat_bytes`] does it; each step copies a
/// whole number of `s` (so it ends on a character boundary).
pub fn repeat_str(vm: &Vm, s: &str, count: usize) -> PyResult<String> {
    let total = s.len().saturating_mul(count);
    if total < COPY_CHUNK || s.is_empty() {
        return Ok(s.repeat(count));
    }
    let mut out = String::new();
    if out.try_reserve_exact(total).is_err() {
        return Err(vm.new_memory_error());
    }
    out.push_str(s);
    let chunk = (COPY_CHUNK / s.len()).max(1) * s.len();
    while out.len() < total {
        let take = (total - out.len()).min(out.len()).min(chunk);
        out.extend_from_within(..take);
        vm.charge_bytes(take)?;
    }
    Ok(out)
}

/// Counts the items of a native loop and checks the limits every
/// [`LONG_LOOP`] of them (see the Notes): `let mut pace = Pace::default();`
/// before the loop, `pace.step(vm)?` per item.
#[derive(Default)]
pub struct Pace(usize);

impl Pace {
    /// One item: every [`LONG_LOOP`] calls, [`Vm::check_long_loop`].
    #[inline]
    pub fn step(&mut self, vm: &mut Vm) -> PyResult<()> {
        self.0 += 1;
        if self.0 >= LONG_LOOP {
            self.0 = 0;
            return vm.check_long_loop(0);
        }
        Ok(())
    }

    /// `n` items at once (work weighed in items).
    #[inline]
    pub fn step_by(&mut self, vm: &mut Vm, n: usize) -> PyResult<()> {
        self.0 += n;
        if self.0 >= LONG_LOOP {
            self.0 = 0;
            return vm.check_long_loop(0);
        }
        Ok(())
    }

    /// [`Pace::step`] for a loop that builds a native result the heap does
    /// not count yet (the text of a repr): before each item, the `built`
    /// bytes so far count against the memory cap, so that a list holding
    /// one long string a million times has no repr bigger than the cap.
    #[inline]
    pub fn step_building(&mut self, vm: &mut Vm, built: usize) -> PyResult<()> {
        vm.check_alloc(built as u128)?;
        self.step(vm)
    }

    /// [`Pace::step`] for a loop that grows a buffer the heap does not count
    /// (a dict's or a set's table): `held()` tells its size in bytes.
    #[inline]
    pub fn step_holding(&mut self, vm: &mut Vm, held: impl FnOnce() -> usize) -> PyResult<()> {
        self.0 += 1;
        if self.0 >= LONG_LOOP {
            self.0 = 0;
            return vm.check_long_loop(held());
        }
        Ok(())
    }
}

/// What a script wants to do with a path (see [`Vm::check_path`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Read a file, list a directory, stat, import.
    Read,
    /// Create, write, truncate, rename, remove, change metadata.
    Write,
}

/// A directory granted to a sandboxed script, with everything below it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathGrant {
    /// The directory, absolute and with its symbolic links resolved.
    pub root: std::path::PathBuf,
    /// Read-write (`true`) or read-only.
    pub write: bool,
}

impl PathGrant {
    /// A grant of `dir` (resolved now; a directory that does not exist yet
    /// is taken as written, made absolute).
    pub fn new(dir: impl AsRef<std::path::Path>, write: bool) -> PathGrant {
        PathGrant {
            root: resolve(dir.as_ref()),
            write,
        }
    }
}

/// `path` made absolute and free of symbolic links and `.`/`..` where it
/// exists: the longest existing prefix is canonicalised, the rest is
/// appended with `..` applied lexically. What a script names is judged by
/// where it really leads, so a link inside a granted directory that points
/// outside it does not open the outside.
pub fn resolve(path: &std::path::Path) -> std::path::PathBuf {
    use std::path::{Component, PathBuf};
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .unwrap_or_else(|_| PathBuf::from("/"))
            .join(path)
    };
    // Walk down: canonicalise each existing prefix (following links), and
    // once a component does not exist, keep the rest lexical.
    let mut out = PathBuf::new();
    let mut exists = true;
    for comp in abs.components() {
        match comp {
            Component::RootDir | Component::Prefix(_) => out.push(comp.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(name) => {
                out.push(name);
                if exists {
                    match std::fs::canonicalize(&out) {
                        Ok(real) => out = real,
                        Err(_) => exists = false,
                    }
                }
            }
        }
    }
    out
}

impl Limits {
    /// Whether `access` to `path` is granted (the whole file system, or a
    /// directory grant that holds the resolved path).
    pub fn path_granted(&self, path: &std::path::Path, access: Access) -> bool {
        if self.grants.get().filesystem {
            return true;
        }
        let paths = self.paths.borrow();
        if paths.is_empty() {
            return false;
        }
        let real = resolve(path);
        paths
            .iter()
            .any(|g| real.starts_with(&g.root) && (access == Access::Read || g.write))
    }
}

impl Vm {
    /// Check that the script may have `access` to `path`, as every file
    /// operation does first: `PermissionError` (errno `EACCES`, the path as
    /// its filename) unless the host granted it ([`Grants::filesystem`] or a
    /// [`PathGrant`]).
    pub fn check_path(&mut self, path: &std::path::Path, access: Access) -> PyResult<()> {
        if self.limits.path_granted(path, access) {
            return Ok(());
        }
        let what = match access {
            Access::Read => "read access",
            Access::Write => "write access",
        };
        Err(self.new_permission_error(&format!("{what} not granted by the host"), path))
    }

    /// Check a capability flag: `PermissionError` naming `what` unless
    /// granted (`"subprocesses"`, `"network access"`).
    pub fn check_grant(&mut self, granted: bool, what: &str) -> PyResult<()> {
        if granted {
            return Ok(());
        }
        let cls = self.exc.permission_error.clone();
        Err(self.new_exception_msg(&cls, format!("{what} not granted by the host")))
    }

    /// `PermissionError(13, strerror, filename)`: `[Errno 13] <strerror>: '<path>'`.
    fn new_permission_error(&mut self, strerror: &str, path: &std::path::Path) -> PyObjectRef {
        let cls = self.exc.permission_error.clone();
        let args = [
            self.new_int(13),
            self.new_str(strerror),
            self.new_str(path.to_string_lossy().into_owned()),
        ];
        match self.call(&cls, crate::Args::positional(&args)) {
            Ok(e) | Err(e) => e,
        }
    }
}
