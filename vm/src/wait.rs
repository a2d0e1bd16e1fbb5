//! Blocking waits that sleep until something happens: a thread blocked on a
//! lock, an event, a `join`, a sleep or a socket sleeps in the kernel until
//! what it waits for comes (the lock is released, the descriptor is ready),
//! its own timeout passes, the interpreter's deadline passes, or the
//! interpreter wakes every waiter at once ([`Waits::wake_all`]: the host's
//! interrupt, a tripped limit, teardown). It never takes the interpreter
//! lock meanwhile, as CPython's blocked threads never touch the GIL.
//!
//! # Notes
//!
//! **The protocol.** A blocking call asks for a [`Ticket`]
//! ([`Vm::begin_wait`]) before each wait: the ticket notes the interpreter's
//! wake *epoch* first, then the limits are checked (a pending interrupt, a
//! tripped limit, the deadline, teardown raise here, under the interpreter
//! lock), then the call releases the lock and waits with the ticket
//! ([`Ticket::wait`] on a mutex and condition variable, [`Ticket::sleep`], or
//! a `poll` with [`Ticket::wake_fd`] in its set). The wait ends when the
//! caller's condition holds, at the ticket's end (the sooner of the call's
//! own timeout and the deadline: no polling for a deadline), or when the
//! epoch moved. Whatever ended it, the caller takes a new ticket, which
//! checks the limits again: a wake-up that was not for this thread (another
//! thread's interrupt was delivered first) just waits again.
//!
//! **No lost wake-up.** [`Waits::wake_all`] sets its reason first (the
//! interrupt flag, the finalizing bit, a tripped limit), then moves the
//! epoch, then notifies every registered waiter (locking the mutex the
//! waiter sleeps under). A waiter registers, then compares the epoch under
//! its mutex, then sleeps, releasing the mutex atomically. If the waker's
//! walk came before the registration, the epoch had moved before it and the
//! waiter sees it; if after, the waker's notification finds the waiter
//! asleep or still holding its mutex (then the waker waits for it to sleep).
//! A reason set before the ticket was taken is seen by the limit check that
//! follows the ticket. Descriptor waits get the same guarantee from a pipe
//! per epoch: `wake_all` writes to the current one (it stays readable for
//! good, nobody drains it) and the next ticket gets a fresh one.
//!
//! **Ctrl-C.** A signal handler may not lock a mutex, so it cannot notify a
//! waiter: the CLI's SIGINT handler (and the `signal` module's) only set a
//! flag ([`crate::limits::Limits::sigint`]). Signals are handled by the main
//! thread only, as in CPython, so only the main thread's waits look at that
//! flag, every [`SIGNAL_SLICE`], without taking the interpreter lock; other
//! threads never wake for it.
//!
//! **Fuel** does not advance while a thread is blocked, so it needs no
//! wake-up.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::gil::lock_unpoisoned;
use crate::vm::{PyResult, Vm};

/// How often the main thread's waits look at the signal flag (Ctrl-C) when
/// one is installed.
pub const SIGNAL_SLICE: Duration = Duration::from_millis(20);

/// Something a blocked thread sleeps on, which [`Waits::wake_all`] can wake:
/// `wake` locks the mutex the thread waits under and notifies its condition
/// variable (all of its waiters: each looks at its ticket again).
pub trait Wake: Send + Sync {
    /// Wake the threads sleeping on this.
    fn wake(&self);
}

/// The waiters registered with an interpreter.
#[derive(Default)]
struct Registry {
    slots: Vec<Option<Arc<dyn Wake>>>,
    free: Vec<usize>,
}

/// One interpreter's blocked waiters and what wakes them all
/// (`Limits::waits`; shared, in an `Arc`, with [`crate::limits::InterruptHandle`]s
/// and with the waiting threads). See the module notes.
#[derive(Default)]
pub struct Waits {
    /// The host's interrupt request ([`crate::limits::InterruptHandle`]).
    pub(crate) interrupt: AtomicBool,
    /// The interpreter's lock, whose eval breaker an interrupt sets
    /// ([`crate::gil::breaker::LIMITS`]: the next tick looks at once);
    /// given when the interpreter is made (`Limits::with_gil`).
    pub(crate) gil: std::sync::OnceLock<Arc<crate::gil::Gil>>,
    /// Moved by every [`Waits::wake_all`].
    epoch: AtomicU64,
    /// The waiters asleep on a condition variable now.
    registry: Mutex<Registry>,
    /// The pipe of this epoch, for descriptor waits (made when one is first
    /// needed; replaced after it is written to).
    #[cfg(unix)]
    pipe: Mutex<Option<Arc<WakePipe>>>,
}

impl std::fmt::Debug for Waits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Waits")
            .field("interrupt", &self.interrupt.load(Ordering::Relaxed))
            .field("epoch", &self.epoch.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl Waits {
    /// Wake every blocked waiter of the interpreter: each takes the
    /// interpreter lock and checks the limits (the caller has set its reason
    /// first). Safe from any thread, with or without the interpreter lock.
    pub fn wake_all(&self) {
        #[cfg(unix)]
        {
            let mut pipe = lock_unpoisoned(&self.pipe);
            self.epoch.fetch_add(1, Ordering::SeqCst);
            if let Some(p) = pipe.take() {
                p.ring();
            }
        }
        #[cfg(not(unix))]
        self.epoch.fetch_add(1, Ordering::SeqCst);
        // Notified outside the registry's lock: a waker's `wake` takes its
        // own mutex, and waiters take the registry's without holding theirs.
        let wakers: Vec<Arc<dyn Wake>> = lock_unpoisoned(&self.registry)
            .slots
            .iter()
            .flatten()
            .cloned()
            .collect();
        for w in wakers {
            w.wake();
        }
    }

    /// Set the interrupt flag and wake every waiter.
    pub fn interrupt(&self) {
        self.interrupt.store(true, Ordering::Relaxed);
        if let Some(gil) = self.gil.get() {
            gil.breaker.fetch_or(crate::gil::breaker::LIMITS, Ordering::Release);
        }
        self.wake_all();
    }

    /// How many times [`Waits::wake_all`] ran (tests, `--stats`).
    pub fn epoch(&self) -> u64 {
        self.epoch.load(Ordering::SeqCst)
    }

    fn register(&self, w: Arc<dyn Wake>) -> usize {
        let mut r = lock_unpoisoned(&self.registry);
        match r.free.pop() {
            Some(i) => {
                r.slots[i] = Some(w);
                i
            }
            None => {
                r.slots.push(Some(w));
                r.slots.len() - 1
            }
        }
    }

    fn unregister(&self, key: usize) {
        let mut r = lock_unpoisoned(&self.registry);
        if let Some(slot) = r.slots.get_mut(key) {
            *slot = None;
            r.free.push(key);
        }
    }

    /// The current epoch and its pipe (made if there is none yet), read
    /// together.
    #[cfg(unix)]
    fn epoch_and_pipe(&self) -> (u64, Option<Arc<WakePipe>>) {
        let mut pipe = lock_unpoisoned(&self.pipe);
        let epoch = self.epoch.load(Ordering::SeqCst);
        if pipe.is_none() {
            *pipe = WakePipe::new().map(Arc::new);
        }
        (epoch, pipe.clone())
    }
}

/// A connected pair of Unix sockets standing for one epoch: readable once
/// [`Waits::wake_all`] has written a byte to it, and for good.
#[cfg(unix)]
struct WakePipe {
    read: std::os::unix::net::UnixStream,
    write: std::os::unix::net::UnixStream,
}

#[cfg(unix)]
impl WakePipe {
    fn new() -> Option<WakePipe> {
        let (read, write) = std::os::unix::net::UnixStream::pair().ok()?;
        write.set_nonblocking(true).ok()?;
        Some(WakePipe { read, write })
    }

    fn ring(&self) {
        use std::io::Write;
        // One byte makes it readable; a full buffer is as good.
        let _ = (&self.write).write(&[1]);
    }
}

/// Leave the registry when the wait ends (also on a panic in the caller's
/// condition).
struct Registered<'a>(&'a Waits, usize);

impl Drop for Registered<'_> {
    fn drop(&mut self) {
        self.0.unregister(self.1);
    }
}

/// Permission to block once, until the caller's condition, the ticket's end
/// or a wake-up (see the module notes). `Send`: it goes into the closure
/// given to [`Vm::allow_threads`].
pub struct Ticket {
    waits: Arc<Waits>,
    epoch: u64,
    until: Option<Instant>,
    signal: Option<&'static AtomicBool>,
    #[cfg(unix)]
    pipe: Option<Arc<WakePipe>>,
}

impl Ticket {
    /// Whether the wait should end now (woken, a signal, or past its end);
    /// else how long it may sleep (`None`: until notified).
    fn must_end(&self) -> Result<Option<Duration>, ()> {
        if self.waits.epoch.load(Ordering::SeqCst) != self.epoch {
            return Err(());
        }
        if self.signal.is_some_and(|f| f.load(Ordering::Relaxed)) {
            return Err(());
        }
        let mut left = match self.until {
            Some(u) => {
                let now = Instant::now();
                if now >= u {
                    return Err(());
                }
                Some(u - now)
            }
            None => None,
        };
        if self.signal.is_some() {
            left = Some(left.map_or(SIGNAL_SLICE, |l| l.min(SIGNAL_SLICE)));
        }
        Ok(left)
    }

    /// Sleep on `cv` under `m` until `done` (called under `m`, first at once)
    /// says the wait is over: `true`. `false` when the ticket's end passed or
    /// the interpreter woke its waiters first. `waker` is what
    /// [`Waits::wake_all`] calls: it must lock `m` and notify `cv`.
    pub fn wait<T>(
        &self,
        waker: Arc<dyn Wake>,
        m: &Mutex<T>,
        cv: &Condvar,
        mut done: impl FnMut(&mut T) -> bool,
    ) -> bool {
        let _registered = Registered(&self.waits, self.waits.register(waker));
        let mut g = lock_unpoisoned(m);
        loop {
            if done(&mut g) {
                return true;
            }
            g = match self.must_end() {
                Err(()) => return false,
                Ok(Some(d)) => cv.wait_timeout(g, d).unwrap_or_else(|e| e.into_inner()).0,
                Ok(None) => cv.wait(g).unwrap_or_else(|e| e.into_inner()),
            };
        }
    }

    /// Sleep until the ticket's end or a wake-up (`time.sleep`).
    pub fn sleep(&self) {
        struct Sleeper {
            m: Mutex<()>,
            cv: Condvar,
        }
        impl Wake for Sleeper {
            fn wake(&self) {
                let _g = lock_unpoisoned(&self.m);
                self.cv.notify_all();
            }
        }
        let s = Arc::new(Sleeper {
            m: Mutex::new(()),
            cv: Condvar::new(),
        });
        self.wait(s.clone(), &s.m, &s.cv, |_| false);
    }

    /// A descriptor that becomes readable when the interpreter wakes its
    /// waiters: a `poll` adds it to its set (for reading) and sleeps at most
    /// [`Ticket::poll_timeout_ms`]. `None` if no pipe could be made (out
    /// of descriptors): the poll then wakes every [`SIGNAL_SLICE`] instead.
    #[cfg(unix)]
    pub fn wake_fd(&self) -> Option<std::os::unix::io::RawFd> {
        use std::os::unix::io::AsRawFd;
        self.pipe.as_ref().map(|p| p.read.as_raw_fd())
    }

    /// The timeout for a `poll` with this ticket: `0` if the wait should end
    /// at once, `-1` for no end.
    pub fn poll_timeout_ms(&self) -> i32 {
        match self.must_end() {
            Err(()) => 0,
            Ok(left) => {
                #[cfg(unix)]
                let left = if self.pipe.is_none() {
                    Some(left.map_or(SIGNAL_SLICE, |l| l.min(SIGNAL_SLICE)))
                } else {
                    left
                };
                match left {
                    None => -1,
                    Some(d) => d.as_micros().div_ceil(1000).min(i32::MAX as u128) as i32,
                }
            }
        }
    }

    /// The end of this wait, if any: the sooner of the call's own end and
    /// the interpreter's deadline.
    pub fn until(&self) -> Option<Instant> {
        self.until
    }
}

impl Vm {
    /// Before blocking (with the interpreter lock held): take a [`Ticket`],
    /// then check the limits (which raises a pending interrupt, a passed
    /// deadline, teardown). `end` is the call's own timeout. Take a new one
    /// for every wait; see the module notes.
    pub fn begin_wait(&mut self, end: Option<Instant>) -> PyResult<Ticket> {
        let waits = self.limits.waits.clone();
        let epoch = waits.epoch.load(Ordering::SeqCst);
        self.ticket(waits, epoch, end)
    }

    /// [`Vm::begin_wait`] for a `poll`: the ticket also has a
    /// [`Ticket::wake_fd`].
    pub fn begin_fd_wait(&mut self, end: Option<Instant>) -> PyResult<Ticket> {
        #[cfg(unix)]
        {
            let waits = self.limits.waits.clone();
            let (epoch, pipe) = waits.epoch_and_pipe();
            let mut t = self.ticket(waits, epoch, end)?;
            t.pipe = pipe;
            Ok(t)
        }
        #[cfg(not(unix))]
        self.begin_wait(end)
    }

    fn ticket(&mut self, waits: Arc<Waits>, epoch: u64, end: Option<Instant>) -> PyResult<Ticket> {
        self.check_limits()?;
        let until = match (end, self.limits.deadline()) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let signal = if self.is_main_thread {
            self.limits.sigint.get()
        } else {
            None
        };
        Ok(Ticket {
            waits,
            epoch,
            until,
            signal,
            #[cfg(unix)]
            pipe: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Flag {
        m: Mutex<bool>,
        cv: Condvar,
    }

    impl Wake for Flag {
        fn wake(&self) {
            let _g = lock_unpoisoned(&self.m);
            self.cv.notify_all();
        }
    }

    fn ticket(waits: &Arc<Waits>, until: Option<Instant>) -> Ticket {
        Ticket {
            waits: waits.clone(),
            epoch: waits.epoch(),
            until,
            signal: None,
            #[cfg(unix)]
            pipe: None,
        }
    }

    #[test]
    fn a_wait_ends_when_its_condition_holds() {
        let waits = Arc::new(Waits::default());
        let f = Arc::new(Flag {
            m: Mutex::new(false),
            cv: Condvar::new(),
        });
        let f2 = f.clone();
        let h = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(10));
            *f2.m.lock().unwrap() = true;
            f2.cv.notify_all();
        });
        let t = ticket(&waits, None);
        assert!(t.wait(f.clone(), &f.m, &f.cv, |b| *b));
        h.join().unwrap();
        assert!(lock_unpoisoned(&waits.registry).slots.iter().all(Option::is_none));
    }

    #[test]
    fn wake_all_wakes_a_waiter_without_end() {
        let waits = Arc::new(Waits::default());
        let f = Arc::new(Flag {
            m: Mutex::new(false),
            cv: Condvar::new(),
        });
        let w2 = waits.clone();
        let h = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(10));
            w2.interrupt();
        });
        let t = ticket(&waits, None);
        assert!(!t.wait(f.clone(), &f.m, &f.cv, |b| *b));
        h.join().unwrap();
        assert!(waits.interrupt.load(Ordering::Relaxed));
    }

    #[test]
    fn a_wake_before_the_wait_is_not_lost() {
        let waits = Arc::new(Waits::default());
        let t = ticket(&waits, None);
        waits.wake_all();
        // The epoch moved after the ticket: the sleep returns at once.
        t.sleep();
    }

    #[test]
    fn a_sleep_ends_at_its_end() {
        let waits = Arc::new(Waits::default());
        let t = ticket(&waits, Some(Instant::now() + Duration::from_millis(5)));
        t.sleep();
        assert!(Instant::now() >= t.until().unwrap());
    }

    #[cfg(unix)]
    #[test]
    fn the_pipe_of_an_epoch_stays_readable() {
        let waits = Arc::new(Waits::default());
        let (e, p) = waits.epoch_and_pipe();
        let p = p.unwrap();
        waits.wake_all();
        assert_ne!(waits.epoch(), e);
        let mut buf = [0u8; 1];
        use std::io::Read;
        assert_eq!((&p.read).read(&mut buf).unwrap(), 1);
        // The next epoch has a new pipe.
        let (_, q) = waits.epoch_and_pipe();
        assert!(!Arc::ptr_eq(&p, &q.unwrap()));
    }
}
