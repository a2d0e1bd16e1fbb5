//! The one place where a Python object is made `Send` and `Sync`: an
//! [`OwnedObj`] is one reference to an object together with its
//! interpreter's lock, and touches the object only while the calling thread
//! holds that lock.
//!
//! Every unsafe line of the handle machinery is here. The rest of
//! `handle.rs` decides *where* an `OwnedObj` is dropped (on a thread holding
//! the lock, or queued to the interpreter); whatever it does, dropping one is
//! sound on any thread, because `Drop` takes the lock when the thread does not
//! hold it.

use std::mem::ManuallyDrop;
use std::sync::Arc;

use kaa_vm::gil::Gil;
use kaa_vm::object::PyObjectRef;

/// One reference to a Python object, movable across threads.
pub(crate) struct OwnedObj {
    /// Touched only by a thread holding `gil` (see the impls below).
    obj: ManuallyDrop<PyObjectRef>,
    gil: Arc<Gil>,
}

// SAFETY: the object's reference count and contents may be touched only by a
// thread holding its interpreter's lock (`kaa_vm::gil`, "The invariant").
// An `OwnedObj` touches `obj` in three places only: `get`, which hands out the
// reference only when this thread holds `gil`; `Drop`, which releases it with
// `gil` held (taking it if need be); and `new`, which receives the reference
// from a caller holding the lock. Moving the struct to another thread moves
// the pointer, not the object, and the lock's mutex orders the last owner's
// turn before the next one's.
unsafe impl Send for OwnedObj {}

// SAFETY: through `&OwnedObj` another thread can only call `get` (refused
// without the lock) and `addr` (the pointer's value, not the object); see the
// `Send` impl.
unsafe impl Sync for OwnedObj {}

impl OwnedObj {
    /// Own `obj`, an object of the interpreter whose lock is `gil`; the caller
    /// holds that lock.
    pub(crate) fn new(obj: PyObjectRef, gil: Arc<Gil>) -> OwnedObj {
        debug_assert!(gil.is_held());
        OwnedObj {
            obj: ManuallyDrop::new(obj),
            gil,
        }
    }

    /// The object, if this thread holds its interpreter's lock. The caller
    /// uses the reference while it keeps holding the lock (it is borrowed
    /// from `self`, and every caller in this crate holds a `Context`, which
    /// holds the lock, for longer).
    pub(crate) fn get(&self) -> Option<&PyObjectRef> {
        if self.gil.is_held() {
            Some(&self.obj)
        } else {
            None
        }
    }

    /// The lock of the object's interpreter (its identity).
    pub(crate) fn gil(&self) -> &Arc<Gil> {
        &self.gil
    }

    /// The object's address (Python's `id`), read from the pointer without
    /// touching the object.
    pub(crate) fn addr(&self) -> usize {
        self.obj.id()
    }
}

impl Drop for OwnedObj {
    fn drop(&mut self) {
        /// Releases the lock also if dropping the object panics (a native
        /// value's `Drop` may).
        struct Release<'a>(&'a Gil);
        impl Drop for Release<'_> {
            fn drop(&mut self) {
                self.0.release();
            }
        }
        let _hold = if self.gil.is_held() {
            None
        } else {
            self.gil.acquire();
            Some(Release(&self.gil))
        };
        // SAFETY: `obj` is not used again (this is the drop), and this thread
        // holds the interpreter's lock until `_hold` is dropped, after it.
        unsafe { ManuallyDrop::drop(&mut self.obj) };
    }
}
