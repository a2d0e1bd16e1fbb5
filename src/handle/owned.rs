//! The one place where a Python object is made `Send` and `Sync`: an
//! [`Owned`] is one reference to an object together with its interpreter's
//! lock, and touches the object only while the calling thread holds that
//! lock. `handle.rs` uses it as `OwnedObj` (a `PyObjectRef` and the
//! interpreter's `Gil`).
//!
//! Every unsafe line of the handle machinery is here. The rest of
//! `handle.rs` decides *where* an `OwnedObj` is dropped (on a thread holding
//! the lock, or queued to the interpreter); whatever it does, dropping one is
//! sound on any thread, because `Drop` takes the lock when the thread does not
//! hold it.
//!
//! The file depends on nothing else in Kaa (the object and the lock are type
//! parameters), so that its tests, which stand an `Rc` in for the object and
//! a mutex for the interpreter's lock, run under Miri on their own: Miri's
//! data-race detector then checks that a reference moved to another thread
//! and dropped there is ordered by the lock (`cargo +nightly miri test
//! --manifest-path tests/miri_handle/Cargo.toml`, a crate that includes this
//! file and `queue.rs` with `#[path]`; see `docs/internals/gil.md`).

use std::mem::ManuallyDrop;
use std::sync::Arc;

/// What [`Owned`] needs of an interpreter's lock (`kaa_vm::gil::Gil`).
pub(crate) trait Lock: Send + Sync {
    /// Whether the calling thread holds the lock.
    fn is_held(&self) -> bool;
    /// Take the lock (the calling thread does not hold it).
    fn acquire(&self);
    /// Give up the lock this thread took with `acquire`.
    fn release(&self);
}

/// One reference to an object that only a thread holding `L` may touch,
/// movable across threads.
pub(crate) struct Owned<O, L: Lock> {
    /// Touched only by a thread holding `lock` (see the impls below).
    obj: ManuallyDrop<O>,
    lock: Arc<L>,
}

// SAFETY: `O`'s state (for a Python object: its reference count and contents)
// may be touched only by a thread holding `lock`, which is what the caller of
// `Owned::new` promises for every other reference to it (for Python objects,
// `kaa_vm::gil`, "The invariant"). An `Owned` touches `obj` in three places
// only: `get`, which hands out the reference only when this thread holds
// `lock`; `Drop`, which releases it with `lock` held (taking it if need be);
// and `new`, which receives the reference from a caller holding the lock.
// Moving the struct to another thread moves the pointer, not the object, and
// the lock's mutex orders the last owner's turn before the next one's.
unsafe impl<O, L: Lock> Send for Owned<O, L> {}

// SAFETY: through `&Owned` another thread can only call `get` (refused
// without the lock) and `lock` (the `Arc<L>`, itself `Sync`); see the `Send`
// impl.
unsafe impl<O, L: Lock> Sync for Owned<O, L> {}

impl<O, L: Lock> Owned<O, L> {
    /// Own `obj`, guarded by `lock`, which the caller holds.
    ///
    /// # Safety
    ///
    /// Every other reference to `obj`'s shared state (other clones of a
    /// Python object, of an `Rc`) is used only by threads holding `lock`.
    pub(crate) unsafe fn new(obj: O, lock: Arc<L>) -> Owned<O, L> {
        debug_assert!(lock.is_held());
        Owned {
            obj: ManuallyDrop::new(obj),
            lock,
        }
    }

    /// The object, if this thread holds its lock. The caller uses the
    /// reference while it keeps holding the lock (it is borrowed from
    /// `self`, and every caller in this crate holds a `Context`, which holds
    /// the lock, for longer).
    pub(crate) fn get(&self) -> Option<&O> {
        if self.lock.is_held() {
            Some(&self.obj)
        } else {
            None
        }
    }

    /// The object's lock (for an interpreter: its identity).
    pub(crate) fn lock(&self) -> &Arc<L> {
        &self.lock
    }
}

impl<O, L: Lock> Drop for Owned<O, L> {
    fn drop(&mut self) {
        /// Releases the lock also if dropping the object panics (a native
        /// value's `Drop` may).
        struct Release<'a, L: Lock>(&'a L);
        impl<L: Lock> Drop for Release<'_, L> {
            fn drop(&mut self) {
                self.0.release();
            }
        }
        let _hold = if self.lock.is_held() {
            None
        } else {
            self.lock.acquire();
            Some(Release(&*self.lock))
        };
        // SAFETY: `obj` is not used again (this is the drop), and this thread
        // holds the lock until `_hold` is dropped, after it.
        unsafe { ManuallyDrop::drop(&mut self.obj) };
    }
}

#[cfg(test)]
mod tests {
    //! An `Rc` (whose count is not atomic, like a Python object's) guarded
    //! by a mutex that remembers its holder: what `Owned` promises, checked
    //! by Miri's data-race detector when run under Miri.
    use super::*;
    use std::cell::Cell;
    use std::rc::Rc;
    use std::sync::{Condvar, Mutex};
    use std::thread::ThreadId;

    /// A lock that knows which thread holds it (as `Gil` does).
    #[derive(Default)]
    struct TestLock {
        holder: Mutex<Option<ThreadId>>,
        free: Condvar,
    }

    impl Lock for TestLock {
        fn is_held(&self) -> bool {
            *self.holder.lock().unwrap() == Some(std::thread::current().id())
        }
        fn acquire(&self) {
            let mut h = self.holder.lock().unwrap();
            while h.is_some() {
                h = self.free.wait(h).unwrap();
            }
            *h = Some(std::thread::current().id());
        }
        fn release(&self) {
            *self.holder.lock().unwrap() = None;
            self.free.notify_one();
        }
    }

    /// The object: an `Rc` whose drop also bumps a plain (non-atomic)
    /// counter shared through the `Rc`.
    struct Obj(Rc<Cell<u32>>);

    impl Drop for Obj {
        fn drop(&mut self) {
            self.0.set(self.0.get() + 1);
        }
    }

    #[test]
    fn get_needs_the_lock() {
        let lock = Arc::new(TestLock::default());
        lock.acquire();
        let shared = Rc::new(Cell::new(0));
        // SAFETY: `shared` is used below only while this thread holds `lock`.
        let o = unsafe { Owned::new(Obj(shared.clone()), lock.clone()) };
        assert!(o.get().is_some());
        lock.release();
        assert!(o.get().is_none());
        lock.acquire();
        drop(o);
        assert_eq!((shared.get(), Rc::strong_count(&shared)), (1, 1));
        lock.release();
    }

    /// Moved to other threads and dropped there, without and with the lock
    /// held, while the owning thread keeps using its own `Rc` clone under
    /// the lock: each drop is ordered with the owner's uses by the lock.
    #[test]
    fn dropped_on_other_threads() {
        let lock = Arc::new(TestLock::default());
        lock.acquire();
        let shared = Rc::new(Cell::new(0));
        let n = if cfg!(miri) { 4 } else { 50 };
        let owned: Vec<_> = (0..n)
            // SAFETY: `shared` is used below only while this thread holds `lock`.
            .map(|_| unsafe { Owned::new(Obj(shared.clone()), lock.clone()) })
            .collect();
        lock.release();
        let threads: Vec<_> = owned
            .into_iter()
            .enumerate()
            .map(|(i, o)| {
                std::thread::spawn(move || {
                    if i % 2 == 0 {
                        drop(o); // takes the lock itself
                    } else {
                        let lock = o.lock().clone();
                        lock.acquire();
                        assert!(o.get().is_some());
                        drop(o); // the lock is held: released as it is
                        lock.release();
                    }
                })
            })
            .collect();
        for _ in 0..n {
            lock.acquire();
            shared.set(shared.get()); // the owner touches the object meanwhile
            lock.release();
            std::thread::yield_now();
        }
        for t in threads {
            t.join().unwrap();
        }
        lock.acquire();
        assert_eq!((shared.get(), Rc::strong_count(&shared)), (n, 1));
        lock.release();
    }
}
