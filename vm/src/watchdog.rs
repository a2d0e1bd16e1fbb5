//! The deadline's timer: one thread per interpreter that has had a deadline,
//! asleep until the deadline of the current run, which then sets
//! [`breaker::LIMITS`] in the interpreter's eval-breaker word. The next tick
//! (a backward jump or a call) sees the bit and reads the clock at once
//! (`Vm::lock_requests`), whatever is left of its slice of ticks: a loop
//! whose iterations turn slow after many fast ones is stopped at its next
//! iteration, not up to 1024 slow iterations later.
//!
//! # Notes
//!
//! The thread is made when a run first has a deadline (`Limits::begin_run`),
//! never for an interpreter without one, and is owned by that interpreter's
//! [`crate::limits::Limits`]: dropping the interpreter wakes it and joins it
//! (it never takes the interpreter lock, so the join cannot wait for long;
//! in a child made by `fork`, which has no such thread, it is not joined).
//! Nothing is global.
//!
//! It shares three atomics with the interpreter, in nanoseconds after
//! `Timer::epoch`: the deadline (`u64::MAX`: none) and the time it sleeps
//! until (`0` while it is awake). Setting a deadline is a store, and a
//! wake-up (`unpark`, a system call) only when the new deadline is earlier
//! than the one it sleeps for, which a run right after a run never is (each
//! run's deadline is later than the last's): a host calling into Python many
//! times a second pays one atomic store and one load a run. Both sides store
//! first and load the other's word second, sequentially consistent, so
//! either the thread sees the new deadline before it sleeps or the setter
//! sees that it sleeps past it and wakes it.
//!
//! If the thread cannot be made (the process is out of threads), the
//! deadline is still read from the clock at the end of each slice of ticks,
//! as before (`Limits::adapt`).

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::SeqCst};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::gil::{breaker, Gil};

/// What the interpreter and its timer thread share.
struct Timer {
    /// The origin of the two times below.
    epoch: Instant,
    /// The deadline of the current run, nanoseconds after `epoch`
    /// (`u64::MAX`: none).
    deadline: AtomicU64,
    /// When the thread's sleep ends (`u64::MAX`: until woken; 0: awake).
    sleeping_until: AtomicU64,
    /// The interpreter is being dropped: the thread ends.
    quit: AtomicBool,
    /// The interpreter's lock, whose eval-breaker word the thread sets.
    gil: Arc<Gil>,
}

impl Timer {
    fn nanos(&self, t: Instant) -> u64 {
        u64::try_from(t.saturating_duration_since(self.epoch).as_nanos()).unwrap_or(u64::MAX - 1)
    }
}

/// An interpreter's deadline timer (see the module notes).
pub struct Watchdog {
    timer: Arc<Timer>,
    thread: Option<JoinHandle<()>>,
    /// The process that made the thread: a child made by `fork` has no such
    /// thread, and must not wait for it to end.
    pid: u32,
}

impl std::fmt::Debug for Watchdog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Watchdog")
            .field("deadline", &self.timer.deadline.load(SeqCst))
            .finish_non_exhaustive()
    }
}

impl Watchdog {
    /// Start the timer thread of the interpreter whose lock is `gil`; `None`
    /// if the system will not make a thread.
    pub fn start(gil: Arc<Gil>) -> Option<Watchdog> {
        let timer = Arc::new(Timer {
            epoch: Instant::now(),
            deadline: AtomicU64::new(u64::MAX),
            sleeping_until: AtomicU64::new(0),
            quit: AtomicBool::new(false),
            gil,
        });
        let t = timer.clone();
        let thread = std::thread::Builder::new()
            .name("kaa-deadline".into())
            .stack_size(64 << 10)
            .spawn(move || run(&t))
            .ok()?;
        Some(Watchdog {
            timer,
            thread: Some(thread),
            pid: std::process::id(),
        })
    }

    /// The deadline of the run that starts now (`None`: no deadline).
    pub fn set(&self, deadline: Option<Instant>) {
        let t = &self.timer;
        let ns = deadline.map_or(u64::MAX, |d| t.nanos(d));
        t.deadline.store(ns, SeqCst);
        if ns < t.sleeping_until.load(SeqCst) {
            if let Some(h) = &self.thread {
                h.thread().unpark();
            }
        }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.timer.quit.store(true, SeqCst);
        if let Some(h) = self.thread.take() {
            if std::process::id() != self.pid {
                // After `fork`: the thread is the parent's (joining it here
                // would wait forever); its handle is only memory.
                std::mem::forget(h);
                return;
            }
            h.thread().unpark();
            let _ = h.join();
        }
    }
}

/// The timer thread: sleep until the deadline, set the breaker bit, and
/// sleep again until the next deadline.
fn run(t: &Timer) {
    loop {
        if t.quit.load(SeqCst) {
            return;
        }
        let d = t.deadline.load(SeqCst);
        let now = t.nanos(Instant::now());
        if d != u64::MAX && now >= d {
            t.gil.breaker.fetch_or(breaker::LIMITS, SeqCst);
            // Once per deadline (a new run may have set a new one meanwhile).
            let _ = t.deadline.compare_exchange(d, u64::MAX, SeqCst, SeqCst);
            continue;
        }
        t.sleeping_until.store(d, SeqCst);
        if t.deadline.load(SeqCst) == d && !t.quit.load(SeqCst) {
            if d == u64::MAX {
                std::thread::park();
            } else {
                std::thread::park_timeout(Duration::from_nanos(d - now));
            }
        }
        t.sleeping_until.store(0, SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait_for_bit(gil: &Gil, within: Duration) -> bool {
        let end = Instant::now() + within;
        while Instant::now() < end {
            if gil.breaker.load(SeqCst) & breaker::LIMITS != 0 {
                return true;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        false
    }

    #[test]
    fn the_bit_is_set_at_the_deadline_and_not_before() {
        let gil = Arc::new(Gil::new());
        let w = Watchdog::start(gil.clone()).expect("a thread");
        let start = Instant::now();
        w.set(Some(start + Duration::from_millis(50)));
        assert!(wait_for_bit(&gil, Duration::from_secs(5)));
        assert!(start.elapsed() >= Duration::from_millis(50));
        gil.breaker.fetch_and(!breaker::LIMITS, SeqCst);
        // No deadline: the thread sleeps and sets nothing.
        w.set(None);
        assert!(!wait_for_bit(&gil, Duration::from_millis(80)));
    }

    #[test]
    fn an_earlier_deadline_wakes_a_long_sleep() {
        let gil = Arc::new(Gil::new());
        let w = Watchdog::start(gil.clone()).expect("a thread");
        w.set(Some(Instant::now() + Duration::from_secs(3600)));
        std::thread::sleep(Duration::from_millis(20));
        w.set(Some(Instant::now() + Duration::from_millis(10)));
        assert!(wait_for_bit(&gil, Duration::from_secs(5)));
        // Dropping it ends the sleeping thread at once.
        w.set(Some(Instant::now() + Duration::from_secs(3600)));
        let t = Instant::now();
        drop(w);
        assert!(t.elapsed() < Duration::from_secs(5));
    }
}
