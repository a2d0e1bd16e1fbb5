//! A queue of values to drop later: what a [`crate::Handle`] dropped on a
//! thread that does not hold its interpreter's lock leaves for the
//! interpreter, which drops the values the next time it runs (holding its
//! lock) or when it is dropped.
//!
//! The queue is plain safe Rust over any `T: Send`, with no dependency on
//! the rest of Kaa, so that it can be checked alone under Miri: the tests at
//! the end push from several threads while another drains and then closes
//! it (`cargo +nightly miri test --manifest-path tests/miri_handle/Cargo.toml`,
//! a crate that includes this file and `owned.rs` with `#[path]`).
//!
//! Closing is what makes the interpreter's drop complete: once closed, a
//! push gives the value back to the caller (who then takes the lock itself),
//! so nothing pushed after the last drain is left behind. Push and close are
//! ordered by the mutex: a value is either in the queue when it closes (and
//! returned by `close`) or refused.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Values waiting to be dropped by their owner (see the module's notes).
pub(crate) struct DropQueue<T> {
    state: Mutex<State<T>>,
    /// The number of values waiting in all queues that share this counter
    /// (changed under each queue's mutex), so that an owner can skip looking
    /// for its queue when nothing waits anywhere.
    pending: &'static AtomicUsize,
}

struct State<T> {
    closed: bool,
    items: Vec<T>,
}

impl<T: Send> DropQueue<T> {
    /// An empty, open queue counting its values in `pending`.
    pub(crate) fn new(pending: &'static AtomicUsize) -> DropQueue<T> {
        DropQueue {
            state: Mutex::new(State {
                closed: false,
                items: Vec::new(),
            }),
            pending,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State<T>> {
        // A panic cannot leave the state half-changed (a flag and a `Vec`).
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Queue `item`, or give it back if the queue is closed.
    pub(crate) fn push(&self, item: T) -> Result<(), T> {
        let mut st = self.lock();
        if st.closed {
            return Err(item);
        }
        st.items.push(item);
        self.pending.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// Whether values wait in any queue sharing this one's counter.
    pub(crate) fn any_pending(pending: &AtomicUsize) -> bool {
        pending.load(Ordering::Relaxed) != 0
    }

    /// The values waiting now (the queue stays open).
    pub(crate) fn take(&self) -> Vec<T> {
        let mut st = self.lock();
        let items = std::mem::take(&mut st.items);
        self.pending.fetch_sub(items.len(), Ordering::Relaxed);
        items
    }

    /// Close the queue (later pushes are refused) and return what waits.
    pub(crate) fn close(&self) -> Vec<T> {
        let mut st = self.lock();
        st.closed = true;
        let items = std::mem::take(&mut st.items);
        self.pending.fetch_sub(items.len(), Ordering::Relaxed);
        items
    }

    /// Whether the queue was closed.
    #[allow(dead_code)]
    pub(crate) fn is_closed(&self) -> bool {
        self.lock().closed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    /// Counts its drops, to check that every value is dropped exactly once.
    struct Tracked(Arc<AtomicUsize>);
    impl Drop for Tracked {
        fn drop(&mut self) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }

    #[test]
    fn push_take_close() {
        static PENDING: AtomicUsize = AtomicUsize::new(0);
        let q = DropQueue::new(&PENDING);
        assert!(q.push(1).is_ok());
        assert!(q.push(2).is_ok());
        assert!(DropQueue::<i32>::any_pending(&PENDING));
        assert_eq!(q.take(), [1, 2]);
        assert!(!DropQueue::<i32>::any_pending(&PENDING));
        assert!(q.push(3).is_ok());
        assert_eq!(q.close(), [3]);
        assert_eq!(q.push(4), Err(4));
        assert!(q.is_closed());
        assert_eq!(PENDING.load(Ordering::SeqCst), 0);
    }

    /// Threads push while the owner drains, then the owner closes: every
    /// value is dropped once, by the owner or (after the close) by its pusher.
    #[test]
    fn threads_push_while_the_owner_drains() {
        static PENDING: AtomicUsize = AtomicUsize::new(0);
        let drops = Arc::new(AtomicUsize::new(0));
        let q = Arc::new(DropQueue::new(&PENDING));
        let (threads, each) = if cfg!(miri) { (3, 10) } else { (4, 500) };
        let pushers: Vec<_> = (0..threads)
            .map(|_| {
                let q = q.clone();
                let drops = drops.clone();
                std::thread::spawn(move || {
                    for _ in 0..each {
                        if let Err(item) = q.push(Tracked(drops.clone())) {
                            drop(item); // closed: the pusher drops it
                        }
                    }
                })
            })
            .collect();
        let mut drained = 0;
        for _ in 0..each {
            drained += q.take().len();
            std::thread::yield_now();
        }
        drained += q.close().len();
        for p in pushers {
            p.join().unwrap();
        }
        assert!(drained <= threads * each);
        assert_eq!(drops.load(Ordering::SeqCst), threads * each);
        assert_eq!(PENDING.load(Ordering::SeqCst), 0);
    }
}
