//! The interpreter lock: one per interpreter, taken by every thread that runs
//! that interpreter's Python code (CPython's GIL, but per interpreter as in
//! PEP 684, so separate interpreters run in parallel).
//!
//! # The invariant
//!
//! **An object of an interpreter is touched only by a thread that holds that
//! interpreter's lock.** Reference counts are plain `Cell<usize>`s, the heap's
//! lists and every `RefCell` inside objects are unsynchronized; what makes them
//! sound when several OS threads run one interpreter is that those threads take
//! turns on this lock, and the lock's mutex orders each turn after the last
//! (its release/acquire is the happens-before edge that publishes every plain
//! write of one turn to the next). Debug builds check the invariant: cloning
//! or dropping a `PyObjectRef` while not holding its interpreter's lock fails a
//! `debug_assert!` (see [`holds`]).
//!
//! What may cross threads without the lock: the lock itself ([`Gil`] is
//! `Sync`), the eval-breaker word ([`Gil::breaker`], atomic), and Rust data
//! with no object inside (the closures given to [`Vm::allow_threads`] must be
//! `Send`, and `PyObjectRef` is not).
//!
//! # Taking turns
//!
//! The protocol is CPython's "new GIL" (3.2+), in few lines:
//!
//! * A thread that wants the lock waits on a condition variable for at most
//!   one switch interval (`sys.setswitchinterval`, default 5 ms). If the same
//!   holder still has it after a whole interval, the waiter sets
//!   [`breaker::GIL_DROP`] in the eval-breaker word.
//! * The holder tests that word between instructions (it is also where
//!   finalizers run; one relaxed load and a branch). On `GIL_DROP` it releases
//!   the lock, waits until another thread has taken it (a *forced switch*, so
//!   that it cannot barge back in at once), then queues for it again.
//! * Blocking calls (`time.sleep`, lock and queue waits, `join`, console I/O,
//!   `input()`, host functions marked blocking) release the lock around the
//!   wait: [`Vm::allow_threads`].
//!
//! So a CPU-bound thread gives the lock up at most every interval, and an
//! I/O-bound one whenever it blocks: CPU-bound threads take turns on one core;
//! I/O waits overlap. `docs/internals/gil.md` has the measurements.
//!
//! # Counting
//!
//! [`GilStats`] counts acquisitions, the ones that had to wait, forced
//! switches and the time spent waiting (`kaa --stats`).

use std::cell::RefCell;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use smallvec::SmallVec;

/// Bits of [`Gil::breaker`], the word the interpreter loop tests between
/// instructions. The heap's requests (`object::gc::breaker`) share it.
pub mod breaker {
    /// Another thread has waited a whole switch interval for the lock.
    pub const GIL_DROP: u32 = 1 << 8;
    /// The interpreter is being finalized (its `kaa::Interpreter` dropped):
    /// its other threads end, with a silent `SystemExit`, at their next tick.
    pub const FINALIZING: u32 = 1 << 9;
    /// The bits handled at ticks (backward jumps and calls), not between
    /// every two instructions.
    pub const AT_TICKS: u32 = GIL_DROP | FINALIZING;
    /// A trace or profile function is set: every instruction goes through
    /// `trace::on_breaker` (`trace.rs`).
    pub const TRACE: u32 = 1 << 10;
}

/// Counters for `kaa --stats` (relaxed atomics: they are read after the fact).
#[derive(Default)]
pub struct GilStats {
    /// Times a thread took the lock.
    pub acquisitions: AtomicU64,
    /// Of those, the times it had to wait for another thread.
    pub contended: AtomicU64,
    /// Times a holder gave the lock up because a waiter asked (`GIL_DROP`).
    pub forced_switches: AtomicU64,
    /// Nanoseconds spent waiting for the lock, all threads together.
    pub wait_ns: AtomicU64,
}

struct State {
    /// Whether some thread holds the lock.
    locked: bool,
    /// Incremented at every acquisition: a waiter that sees it unchanged after
    /// an interval knows the same holder kept the lock all along.
    switch_number: u64,
    /// Threads waiting to take it.
    waiters: usize,
    /// Holders that gave the lock up on request, waiting on `switched` for
    /// another thread to take it (`yield_to_waiter`): an acquisition wakes
    /// them only if there are some, because waking a condition variable is
    /// a system call even when nobody waits (an embedder takes the lock on
    /// every call).
    switch_waiters: usize,
}

/// One interpreter's lock. See the module notes.
pub struct Gil {
    /// The eval-breaker word: requests for whichever thread runs the
    /// interpreter loop ([`breaker::GIL_DROP`] and the heap's bits).
    pub breaker: AtomicU32,
    state: Mutex<State>,
    /// Waiters for the lock.
    available: Condvar,
    /// A holder that dropped the lock on request waits here for a switch.
    switched: Condvar,
    /// The switch interval in nanoseconds.
    interval_ns: AtomicU64,
    /// Python threads started (by `_thread.start_new_thread`) and not yet
    /// finished. While it is zero nobody can be waiting for the lock, so
    /// blocking calls need not release it.
    pub threads: AtomicUsize,
    pub stats: GilStats,
}

thread_local! {
    /// The locks this thread holds (addresses of [`Gil`]s): almost always zero
    /// or one; two when a host runs two interpreters on one thread.
    static HELD: RefCell<SmallVec<[usize; 2]>> = RefCell::new(SmallVec::new());
}

/// Lock `m`, also after a thread panicked while holding it: every mutex in
/// Kaa guards data that a panic cannot leave half-written (flags, counters,
/// queues of whole values, output sinks), so the poison carries no meaning.
pub fn lock_unpoisoned<T: ?Sized>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn lock_state(m: &Mutex<State>) -> MutexGuard<'_, State> {
    lock_unpoisoned(m)
}

/// Whether this thread holds the lock at `gil` (for the debug assertions).
pub fn holds(gil: *const Gil) -> bool {
    HELD.with(|h| h.borrow().contains(&(gil as usize)))
}

/// Whether this thread holds any interpreter's lock.
pub fn holds_any() -> bool {
    HELD.with(|h| !h.borrow().is_empty())
}

impl Default for Gil {
    fn default() -> Self {
        Gil::new()
    }
}

impl Gil {
    /// A new lock, free.
    pub fn new() -> Gil {
        Gil {
            breaker: AtomicU32::new(0),
            state: Mutex::new(State {
                locked: false,
                switch_number: 0,
                waiters: 0,
                switch_waiters: 0,
            }),
            available: Condvar::new(),
            switched: Condvar::new(),
            interval_ns: AtomicU64::new(5_000_000),
            threads: AtomicUsize::new(0),
            stats: GilStats::default(),
        }
    }

    /// `sys.getswitchinterval()`, in seconds.
    pub fn switch_interval(&self) -> f64 {
        self.interval_ns.load(Ordering::Relaxed) as f64 / 1e9
    }

    /// `sys.setswitchinterval(secs)`; `secs` is positive (checked by the caller).
    pub fn set_switch_interval(&self, secs: f64) {
        let ns = (secs * 1e9).clamp(1_000.0, 3600e9) as u64;
        self.interval_ns.store(ns, Ordering::Relaxed);
    }

    /// Whether this thread holds this lock.
    pub fn is_held(&self) -> bool {
        holds(self)
    }

    /// Take the lock, waiting for it if another thread has it. Re-entrant:
    /// a thread that holds it already just counts one more hold (an embedder
    /// holding a borrow of a native value while it calls the interpreter).
    pub fn acquire(&self) {
        let me = self as *const Gil as usize;
        if HELD.with(|h| {
            let mut h = h.borrow_mut();
            let again = h.contains(&me);
            if again {
                h.push(me);
            }
            again
        }) {
            return;
        }
        self.lock_now();
        HELD.with(|h| h.borrow_mut().push(me));
    }

    /// Wait for the lock and take it (no bookkeeping of holds).
    fn lock_now(&self) {
        let mut st = lock_state(&self.state);
        if st.locked {
            let start = Instant::now();
            self.stats.contended.fetch_add(1, Ordering::Relaxed);
            st.waiters += 1;
            while st.locked {
                let seen = st.switch_number;
                let interval = Duration::from_nanos(self.interval_ns.load(Ordering::Relaxed));
                let (g, timeout) = self
                    .available
                    .wait_timeout(st, interval)
                    .unwrap_or_else(|e| e.into_inner());
                st = g;
                if timeout.timed_out() && st.locked && st.switch_number == seen {
                    // The same holder for a whole interval: ask it to let go.
                    self.breaker.fetch_or(breaker::GIL_DROP, Ordering::Relaxed);
                }
            }
            st.waiters -= 1;
            let waited = start.elapsed().as_nanos() as u64;
            self.stats.wait_ns.fetch_add(waited, Ordering::Relaxed);
        }
        st.locked = true;
        st.switch_number = st.switch_number.wrapping_add(1);
        if st.waiters == 0 {
            // Nobody left to ask for a switch.
            self.breaker.fetch_and(!breaker::GIL_DROP, Ordering::Relaxed);
        }
        let wake = st.switch_waiters > 0;
        drop(st);
        if wake {
            self.switched.notify_all();
        }
        self.stats.acquisitions.fetch_add(1, Ordering::Relaxed);
    }

    /// Give the lock up. The caller holds it.
    pub fn release(&self) {
        let me = self as *const Gil as usize;
        let still_held = HELD.with(|h| {
            let mut h = h.borrow_mut();
            if let Some(i) = h.iter().rposition(|&g| g == me) {
                h.remove(i);
            }
            h.contains(&me)
        });
        if !still_held {
            self.unlock_now();
        }
    }

    /// Let the lock go (no bookkeeping of holds).
    fn unlock_now(&self) {
        let mut st = lock_state(&self.state);
        debug_assert!(st.locked, "releasing an interpreter lock that is not held");
        st.locked = false;
        let waiters = st.waiters;
        drop(st);
        if waiters > 0 {
            self.available.notify_one();
        }
    }

    /// The holder's answer to [`breaker::GIL_DROP`]: let a waiter run, wait
    /// until one has taken the lock, then queue for it again.
    pub fn yield_to_waiter(&self) {
        self.breaker.fetch_and(!breaker::GIL_DROP, Ordering::Relaxed);
        let st = lock_state(&self.state);
        if st.waiters == 0 {
            return;
        }
        let seen = st.switch_number;
        drop(st);
        self.stats.forced_switches.fetch_add(1, Ordering::Relaxed);
        // All of this thread's holds go and come back together.
        let me = self as *const Gil as usize;
        let holds = HELD.with(|h| {
            let mut h = h.borrow_mut();
            let n = h.iter().filter(|&&g| g == me).count();
            h.retain(|g| *g != me);
            n
        });
        self.unlock_now();
        let mut st = lock_state(&self.state);
        // Forced switching: do not barge back before a waiter got its turn.
        // (Counted under the mutex, so the acquisition that changes
        // `switch_number` sees this thread waiting and wakes it.)
        st.switch_waiters += 1;
        while st.switch_number == seen && st.waiters > 0 {
            st = self.switched.wait(st).unwrap_or_else(|e| e.into_inner());
        }
        st.switch_waiters -= 1;
        drop(st);
        self.lock_now();
        HELD.with(|h| h.borrow_mut().extend(std::iter::repeat_n(me, holds)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn acquire_release_tracks_holding() {
        let g = Gil::new();
        assert!(!g.is_held());
        g.acquire();
        assert!(g.is_held() && holds_any());
        g.release();
        assert!(!g.is_held());
        assert_eq!(g.stats.acquisitions.load(Ordering::Relaxed), 1);
    }

    #[test]
    fn threads_take_turns_on_a_plain_counter() {
        // A non-atomic counter, made sound only by the lock: the invariant.
        struct Shared {
            gil: Gil,
            n: std::cell::UnsafeCell<u64>,
        }
        // SAFETY: `n` is only touched while holding `gil`.
        unsafe impl Sync for Shared {}
        let s = Arc::new(Shared {
            gil: Gil::new(),
            n: std::cell::UnsafeCell::new(0),
        });
        s.gil.set_switch_interval(1e-5);
        let rounds = if cfg!(miri) { 20 } else { 2000 };
        let hs: Vec<_> = (0..3)
            .map(|_| {
                let s = s.clone();
                std::thread::spawn(move || {
                    for i in 0..rounds {
                        s.gil.acquire();
                        // SAFETY: we hold the lock.
                        unsafe { *s.n.get() += 1 };
                        if i % 7 == 0 && s.gil.breaker.load(Ordering::Relaxed) & breaker::GIL_DROP != 0 {
                            s.gil.yield_to_waiter();
                        }
                        s.gil.release();
                    }
                })
            })
            .collect();
        for h in hs {
            h.join().unwrap();
        }
        s.gil.acquire();
        // SAFETY: we hold the lock.
        assert_eq!(unsafe { *s.n.get() }, 3 * rounds);
        s.gil.release();
    }

    #[test]
    fn holds_nest() {
        let g = Gil::new();
        g.acquire();
        g.acquire();
        g.release();
        assert!(g.is_held());
        g.release();
        assert!(!g.is_held());
        assert_eq!(g.stats.acquisitions.load(Ordering::Relaxed), 1);
    }

    #[test]
    fn a_waiter_asks_the_holder_to_drop() {
        let g = Arc::new(Gil::new());
        g.set_switch_interval(1e-4);
        g.acquire();
        let g2 = g.clone();
        let h = std::thread::spawn(move || {
            g2.acquire();
            g2.release();
        });
        // Hold until asked, as the eval loop does, then yield.
        while g.breaker.load(Ordering::Relaxed) & breaker::GIL_DROP == 0 {
            std::thread::yield_now();
        }
        g.yield_to_waiter();
        assert!(g.is_held());
        g.release();
        h.join().unwrap();
        assert!(g.stats.forced_switches.load(Ordering::Relaxed) >= 1);
    }
}
