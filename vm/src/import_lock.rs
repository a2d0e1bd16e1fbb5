//! Per-module import locks, as CPython's `_ModuleLock`: while one thread
//! runs a module's code, another thread importing the same module waits
//! for it to finish instead of getting the partly initialised module; and
//! a wait that would deadlock (thread A imports `a` which imports `b`, while
//! thread B imports `b` which imports `a`) does not wait, but hands back
//! the partial module, as CPython's `_DeadlockError` handling does.
//!
//! All of this runs under the interpreter lock, so the table is plain data
//! in `Vm::import_locks`; a waiting thread releases the interpreter lock
//! while it sleeps between looks at the table (imports are rare and slow:
//! polling costs nothing measurable and needs no condition variable).

use std::thread::ThreadId;

use ahash::AHashMap;

use crate::vm::{PyResult, Vm};

/// Who is importing what, and who waits for what.
#[derive(Default)]
pub struct ImportLocks {
    /// The module being imported → the thread importing it, and how many
    /// times that thread took the lock (a module re-imported during its own
    /// import by the same thread).
    owners: AHashMap<String, (ThreadId, usize)>,
    /// A waiting thread → the module it waits for.
    waiting: AHashMap<ThreadId, String>,
}

impl ImportLocks {
    /// Whether any import is under way (the common case is none).
    pub fn is_idle(&self) -> bool {
        self.owners.is_empty()
    }

    /// Whether `me` waiting for a lock owned by `owner` closes a cycle.
    fn would_deadlock(&self, owner: ThreadId, me: ThreadId) -> bool {
        let mut t = owner;
        for _ in 0..=self.waiting.len() {
            if t == me {
                return true;
            }
            let Some(name) = self.waiting.get(&t) else {
                return false;
            };
            match self.owners.get(name) {
                Some(&(o, _)) => t = o,
                None => return false,
            }
        }
        false
    }
}

/// Wait until no other thread is importing `fullname`. Returns at once if
/// waiting would deadlock (the caller then sees the partial module).
pub fn wait(vm: &mut Vm, fullname: &str) -> PyResult<()> {
    let me = std::thread::current().id();
    loop {
        {
            let mut locks = vm.import_locks.borrow_mut();
            let owner = match locks.owners.get(fullname) {
                None => return Ok(()),
                Some(&(o, _)) if o == me => return Ok(()),
                Some(&(o, _)) => o,
            };
            if locks.would_deadlock(owner, me) {
                return Ok(());
            }
            locks.waiting.insert(me, fullname.to_string());
        }
        vm.allow_threads(|| std::thread::sleep(std::time::Duration::from_micros(500)));
        vm.import_locks.borrow_mut().waiting.remove(&me);
        // Ctrl-C and the host's limits still apply while waiting.
        vm.check_limits()?;
    }
}

/// Take `fullname`'s lock for this thread (after [`wait`]).
pub fn acquire(vm: &Vm, fullname: &str) {
    let me = std::thread::current().id();
    let mut locks = vm.import_locks.borrow_mut();
    let entry = locks.owners.entry(fullname.to_string()).or_insert((me, 0));
    if entry.0 == me {
        entry.1 += 1;
    }
}

/// Give `fullname`'s lock back.
pub fn release(vm: &Vm, fullname: &str) {
    let me = std::thread::current().id();
    let mut locks = vm.import_locks.borrow_mut();
    if let Some(entry) = locks.owners.get_mut(fullname) {
        if entry.0 == me {
            entry.1 -= 1;
            if entry.1 == 0 {
                locks.owners.remove(fullname);
            }
        }
    }
}
