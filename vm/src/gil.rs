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
//! turns on this lock, and the lock orders each turn after the last: giving
//! it up is a release store of its word and taking it an acquire
//! compare-and-swap of the same word (directly, or under the mutex when
//! somebody waits), the happens-before edge that publishes every plain write
//! of one turn to the next. Debug builds check the invariant: cloning or
//! dropping a `PyObjectRef` while not holding its interpreter's lock fails a
//! `debug_assert!` (see `holds`, debug builds only).
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
//! # The uncontended path
//!
//! An embedder takes the lock on every call into the interpreter, and again
//! to drop a `kaa::Value` between calls, almost always with nobody waiting.
//! Then taking it is one compare-and-swap of `Gil::word` (0 to `LOCKED`)
//! and giving it up another (`LOCKED` to 0); the holder is found by a thread
//! token in `Gil::owner` (so re-entrant holds and `is_held` are one load
//! and a compare, no thread-local list). A thread that finds the lock taken
//! goes to the mutex, counts itself as a waiter and sets `SLOW` in the word
//! (only while the word still says `LOCKED`, by compare-and-swap); from then
//! on the holder's own compare-and-swap fails and it releases through the
//! mutex too, which the waiter held until it began to wait: no wake-up can
//! be lost. The last waiter to get the lock clears `SLOW` again.
//!
//! # Counting
//!
//! [`GilStats`] counts acquisitions, the ones that had to wait, forced
//! switches and the time spent waiting (`kaa --stats`).

use std::cell::Cell;
#[cfg(debug_assertions)]
use std::cell::RefCell;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

#[cfg(debug_assertions)]
use smallvec::SmallVec;

/// Bits of [`Gil::breaker`], the word the interpreter loop tests between
/// instructions. The heap's requests (`object::gc::breaker`) share it.
pub mod breaker {
    /// Another thread has waited a whole switch interval for the lock.
    pub const GIL_DROP: u32 = 1 << 8;
    /// The interpreter is being finalized (its `kaa::Interpreter` dropped):
    /// its other threads end, with a silent `SystemExit`, at their next tick.
    pub const FINALIZING: u32 = 1 << 9;
    /// A limit wants looking at now: the deadline passed (the interpreter's
    /// timer thread, `watchdog.rs`), the host called
    /// `InterruptHandle::interrupt`, or a signal arrived (Ctrl-C in the
    /// CLI). The next tick ends its slice of ticks at once and runs the
    /// limits' slow path (`Vm::lock_requests`), so a loop of slow native
    /// calls is stopped at its next iteration.
    pub const LIMITS: u32 = 1 << 11;
    /// The bits handled at ticks (backward jumps and calls), not between
    /// every two instructions.
    pub const AT_TICKS: u32 = GIL_DROP | FINALIZING | LIMITS;
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
    /// Incremented at every acquisition that goes through the mutex (all of
    /// them while anybody waits): a waiter that sees it unchanged after an
    /// interval knows the same holder kept the lock all along.
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

/// Bits of `Gil::word`.
mod word {
    /// Some thread holds the lock.
    pub const LOCKED: u32 = 1;
    /// Somebody waits (for the lock, or for a switch after yielding it):
    /// taking and giving up the lock go through the mutex, which counts the
    /// waiters and wakes them. Set and cleared under the mutex only.
    pub const SLOW: u32 = 2;
}

/// One interpreter's lock. See the module notes.
pub struct Gil {
    /// The eval-breaker word: requests for whichever thread runs the
    /// interpreter loop ([`breaker::GIL_DROP`] and the heap's bits).
    pub breaker: AtomicU32,
    /// `word::LOCKED` and `word::SLOW`. Uncontended, taking the lock is
    /// one compare-and-swap of this word from 0 to `LOCKED` (acquire), and
    /// giving it up one from `LOCKED` to 0 (release): no mutex, no
    /// thread-local list. With `SLOW` set both fail and go to `state`.
    word: AtomicU32,
    /// The holder's thread token (`thread_token`), 0 when free. Written
    /// only by the holder; a thread reads its own token here only if it
    /// wrote it itself, so `is_held` needs no ordering.
    owner: AtomicUsize,
    /// The holder's holds (re-entrant acquisitions); touched only by it.
    depth: AtomicUsize,
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
    /// This thread's token for `Gil::owner`: a number no other thread of
    /// the process ever gets (0 until first asked).
    static TOKEN: Cell<usize> = const { Cell::new(0) };
}

/// The source of thread tokens.
static NEXT_TOKEN: AtomicUsize = AtomicUsize::new(1);

/// This thread's token (see `TOKEN`).
#[inline]
fn thread_token() -> usize {
    TOKEN.with(|t| {
        let v = t.get();
        if v != 0 {
            v
        } else {
            new_token(t)
        }
    })
}

#[cold]
fn new_token(t: &Cell<usize>) -> usize {
    let v = NEXT_TOKEN.fetch_add(1, Ordering::Relaxed);
    t.set(v);
    v
}

#[cfg(debug_assertions)]
thread_local! {
    /// The locks this thread holds (addresses of [`Gil`]s), for `holds`
    /// (debug builds: the lock's discipline is asserted there, and free in
    /// release builds).
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

/// Whether this thread holds the lock at `gil` (for the debug assertions,
/// which exist only in debug builds; use [`Gil::is_held`] elsewhere).
#[cfg(debug_assertions)]
pub fn holds(gil: *const Gil) -> bool {
    HELD.with(|h| h.borrow().contains(&(gil as usize)))
}

/// Whether this thread holds any interpreter's lock (debug builds).
#[cfg(debug_assertions)]
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
            word: AtomicU32::new(0),
            owner: AtomicUsize::new(0),
            depth: AtomicUsize::new(0),
            state: Mutex::new(State {
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
    #[inline]
    pub fn is_held(&self) -> bool {
        self.owner.load(Ordering::Relaxed) == thread_token()
    }

    /// Take the lock, waiting for it if another thread has it. Re-entrant:
    /// a thread that holds it already just counts one more hold (an embedder
    /// holding a borrow of a native value while it calls the interpreter).
    #[inline]
    pub fn acquire(&self) {
        let me = thread_token();
        if self.owner.load(Ordering::Relaxed) == me {
            // Only the holder touches `depth`.
            self.depth
                .store(self.depth.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
            return;
        }
        if self
            .word
            .compare_exchange(0, word::LOCKED, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            self.lock_slow();
        }
        self.became_holder(me, 1);
    }

    /// The bookkeeping of a thread that just took the lock.
    #[inline]
    fn became_holder(&self, me: usize, depth: usize) {
        self.owner.store(me, Ordering::Relaxed);
        self.depth.store(depth, Ordering::Relaxed);
        // Written only by holders, in turn: no read-modify-write needed.
        let n = &self.stats.acquisitions;
        n.store(n.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
        #[cfg(debug_assertions)]
        HELD.with(|h| h.borrow_mut().push(self as *const Gil as usize));
    }

    /// The bookkeeping of the holder about to give the lock up; returns its
    /// holds.
    #[inline]
    fn stops_holding(&self) -> usize {
        debug_assert!(
            self.is_held(),
            "releasing an interpreter lock this thread does not hold"
        );
        let depth = self.depth.load(Ordering::Relaxed);
        self.depth.store(0, Ordering::Relaxed);
        self.owner.store(0, Ordering::Relaxed);
        #[cfg(debug_assertions)]
        HELD.with(|h| {
            let mut h = h.borrow_mut();
            if let Some(i) = h.iter().rposition(|&g| g == self as *const Gil as usize) {
                h.remove(i);
            }
        });
        depth
    }

    /// Wait for the lock and take it, through the mutex (somebody waits, or
    /// the lock is taken).
    #[cold]
    fn lock_slow(&self) {
        let mut st = lock_state(&self.state);
        let mut start = None;
        loop {
            let w = self.word.load(Ordering::Relaxed);
            if w & word::LOCKED == 0 {
                if self
                    .word
                    .compare_exchange(w, w | word::LOCKED, Ordering::Acquire, Ordering::Relaxed)
                    .is_ok()
                {
                    break;
                }
                continue;
            }
            if start.is_none() {
                start = Some(Instant::now());
                self.stats.contended.fetch_add(1, Ordering::Relaxed);
                st.waiters += 1;
            }
            // From here the holder's release goes through the mutex, which
            // this thread holds until it waits: the wake-up cannot be missed.
            if w & word::SLOW == 0
                && self
                    .word
                    .compare_exchange(w, w | word::SLOW, Ordering::Relaxed, Ordering::Relaxed)
                    .is_err()
            {
                continue;
            }
            let seen = st.switch_number;
            let interval = Duration::from_nanos(self.interval_ns.load(Ordering::Relaxed));
            let (g, timeout) = self
                .available
                .wait_timeout(st, interval)
                .unwrap_or_else(|e| e.into_inner());
            st = g;
            if timeout.timed_out() && self.word.load(Ordering::Relaxed) & word::LOCKED != 0 && st.switch_number == seen
            {
                // The same holder for a whole interval: ask it to let go.
                self.breaker.fetch_or(breaker::GIL_DROP, Ordering::Relaxed);
            }
        }
        if let Some(start) = start {
            st.waiters -= 1;
            let waited = start.elapsed().as_nanos() as u64;
            self.stats.wait_ns.fetch_add(waited, Ordering::Relaxed);
        }
        st.switch_number = st.switch_number.wrapping_add(1);
        if st.waiters == 0 {
            // Nobody left to ask for a switch.
            self.breaker.fetch_and(!breaker::GIL_DROP, Ordering::Relaxed);
            if st.switch_waiters == 0 {
                // Nobody waits: the next turns take the fast path.
                self.word.fetch_and(!word::SLOW, Ordering::Relaxed);
            }
        }
        let wake = st.switch_waiters > 0;
        drop(st);
        if wake {
            self.switched.notify_all();
        }
    }

    /// Give the lock up. The caller holds it.
    #[inline]
    pub fn release(&self) {
        let depth = self.depth.load(Ordering::Relaxed);
        if depth > 1 {
            debug_assert!(
                self.is_held(),
                "releasing an interpreter lock this thread does not hold"
            );
            self.depth.store(depth - 1, Ordering::Relaxed);
            return;
        }
        self.stops_holding();
        if self
            .word
            .compare_exchange(word::LOCKED, 0, Ordering::Release, Ordering::Relaxed)
            .is_err()
        {
            self.unlock_slow();
        }
    }

    /// Let the lock go through the mutex (somebody waits).
    #[cold]
    fn unlock_slow(&self) {
        let st = lock_state(&self.state);
        let was = self.word.fetch_and(!word::LOCKED, Ordering::Release);
        debug_assert!(
            was & word::LOCKED != 0,
            "releasing an interpreter lock that is not held"
        );
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
        let me = thread_token();
        let holds = self.stops_holding();
        self.unlock_slow();
        let mut st = lock_state(&self.state);
        // Forced switching: do not barge back before a waiter got its turn.
        // (Counted under the mutex, so the acquisition that changes
        // `switch_number` sees this thread waiting and wakes it: `SLOW` is
        // set while anybody waits, so that acquisition goes through the
        // mutex.)
        st.switch_waiters += 1;
        while st.switch_number == seen && st.waiters > 0 {
            st = self.switched.wait(st).unwrap_or_else(|e| e.into_inner());
        }
        st.switch_waiters -= 1;
        drop(st);
        self.lock_slow();
        self.became_holder(me, holds);
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
        assert!(g.is_held());
        #[cfg(debug_assertions)]
        assert!(holds_any());
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
    fn a_waiter_turns_the_slow_path_on_and_the_last_one_off() {
        let g = Arc::new(Gil::new());
        g.acquire();
        assert_eq!(g.word.load(Ordering::Relaxed), word::LOCKED);
        let g2 = g.clone();
        let h = std::thread::spawn(move || {
            g2.acquire();
            assert!(g2.is_held());
            g2.release();
        });
        // The waiter marks the word before it sleeps.
        while g.word.load(Ordering::Relaxed) & word::SLOW == 0 {
            std::thread::yield_now();
        }
        g.release(); // through the mutex: wakes the waiter
        h.join().unwrap();
        // The waiter was the last: the next turns are uncontended again.
        assert_eq!(g.word.load(Ordering::Relaxed), 0);
        g.acquire();
        g.acquire();
        assert_eq!(g.depth.load(Ordering::Relaxed), 2);
        g.release();
        g.release();
        assert!(!g.is_held());
        assert_eq!(g.word.load(Ordering::Relaxed), 0);
        assert_eq!(g.stats.contended.load(Ordering::Relaxed), 1);
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
