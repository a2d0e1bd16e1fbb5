//! Handles that outlive a call: [`Handle`], a `Send + Sync` reference to a
//! Python object that the host keeps in its own state (a callback registry,
//! a closure given to [`crate::Interpreter::register_fn`], a
//! [`crate::NativeClass`] payload, another thread).
//!
//! # Notes
//!
//! **What crosses threads.** A [`crate::Value`] is `!Send`: it is a reference
//! that the host uses directly. A `Handle` is an `Arc` of one reference (an
//! `OwnedObj`, `handle/owned.rs`, the only unsafe code here) that nobody uses
//! directly: to do anything with the object, [`Handle::get`] turns it into a
//! `Value` inside the interpreter, holding its lock, after checking that it
//! *is* that interpreter (a wrong one is a `RuntimeError`, never a foreign
//! object in the wrong heap). Cloning a handle clones the `Arc`, not the
//! Python reference, so it needs no lock.
//!
//! **Where the last clone is dropped.** On a thread that holds the
//! interpreter's lock (inside a host function, a native method, a host call
//! into the interpreter) the reference is released at once. Anywhere else it
//! goes to the interpreter's queue (`handle/queue.rs`), without waiting for
//! the lock (which a running script may hold for a long time, or which the
//! dropping thread may be needed to release: waiting could deadlock), and
//! the interpreter releases what is queued the next time the host enters it,
//! and when it is dropped. After that, a late drop takes the lock itself.
//!
//! **The cycle collector.** A native object whose payload holds a handle to a
//! script object that refers back to the native object makes a cycle that
//! reference counting cannot free. A [`crate::NativeClass`] reports its
//! handles in [`crate::NativeClass::traverse`] (and drops them in
//! [`crate::NativeClass::clear`]), so that the collector finds such cycles.
//! A handle is reported only while the payload holds its only clone (an
//! `Arc` count of one): a clone the host also keeps is a root, and the
//! object stays alive; a handle of another interpreter is never reported.

mod owned;
mod queue;
mod typed;

use std::sync::atomic::AtomicUsize;
use std::sync::Arc;

use kaa_vm::gil::Gil;
use kaa_vm::object::PyObjectRef;
use kaa_vm::Vm;

use crate::convert::{FromPy, IntoArgs, IntoPy};
use crate::value::{Context, Exception, Runtime, Value};
use owned::{Lock, Owned};
use queue::DropQueue;
pub use typed::TypedHandle;

/// One reference to a Python object, movable across threads (`owned.rs`).
type OwnedObj = Owned<PyObjectRef, Gil>;

impl Lock for Gil {
    fn is_held(&self) -> bool {
        Gil::is_held(self)
    }
    fn acquire(&self) {
        Gil::acquire(self)
    }
    fn release(&self) {
        Gil::release(self)
    }
}

/// Values waiting in the queues of all interpreters (so that entering an
/// interpreter costs one load when none waits).
static PENDING: AtomicUsize = AtomicUsize::new(0);

/// The key of an interpreter's [`Owner`] in `Vm::rust_state`.
const OWNER_KEY: &str = "kaa::Handle";

/// What the handles of one interpreter share: the queue of references
/// dropped away from it.
pub(crate) struct Owner {
    queue: DropQueue<OwnedObj>,
    /// The interpreter's shared part (with its lock), when the interpreter
    /// was dropped while handles were still alive ([`outlive`]): kept until
    /// the last handle goes, then freed by [`Owner`]'s `drop`.
    remnant: std::sync::Mutex<Option<(Arc<Gil>, kaa_vm::vm::ThreadStart)>>,
}

impl Drop for Owner {
    /// The last handle of a dropped interpreter is gone. What the handles
    /// held (an error's exception, its traceback, a user-defined class) is
    /// released now, but it can make cycles with what the interpreter kept
    /// (a class and its `__mro__`, the functions of a module and its
    /// globals), and only the collector frees those: collect, under the
    /// lock, then let the interpreter's last part go (`Bootstrap` in
    /// `vm.rs` frees `type`, `object` and the heap once nothing refers to
    /// them). Without this, an `Error` dropped after its interpreter kept
    /// all of that alive for good (about 32 KB each time).
    fn drop(&mut self) {
        let remnant = match self.remnant.get_mut() {
            Ok(r) => r.take(),
            Err(poisoned) => poisoned.into_inner().take(),
        };
        let Some((gil, start)) = remnant else {
            return;
        };
        // Re-entrant: the dropping interpreter's own thread may hold it.
        gil.acquire();
        let mut vm = Vm::for_new_thread(start);
        // The interpreter is finalizing: a non-main thread would be stopped
        // at its first tick by a `SystemExit` (a `__del__` run now).
        vm.is_main_thread = true;
        vm.collect_garbage(2);
        // The `Vm` gives back the hold taken above when dropped, after its
        // shared part (a thread's `Vm` is made under a hold it releases).
        drop(vm);
    }
}

/// The [`Owner`] of the interpreter behind `vm`, made at first use.
fn owner_of(vm: &Vm) -> Arc<Owner> {
    let known = vm.rust_state.borrow().get(OWNER_KEY).cloned();
    if let Some(o) = known.and_then(|a| a.downcast::<Owner>().ok()) {
        return o;
    }
    let o = Arc::new(Owner {
        queue: DropQueue::new(&PENDING),
        remnant: std::sync::Mutex::new(None),
    });
    vm.rust_state.borrow_mut().insert(OWNER_KEY, o.clone());
    o
}

/// The owner of `vm`'s interpreter, if a handle was ever made in it.
fn existing_owner(vm: &Vm) -> Option<Arc<Owner>> {
    let known = vm.rust_state.borrow().get(OWNER_KEY).cloned();
    known.and_then(|a| a.downcast::<Owner>().ok())
}

/// Release the references queued for `vm`'s interpreter; the caller holds
/// its lock. One atomic load when nothing waits anywhere.
pub(crate) fn drain(vm: &Vm) {
    if !DropQueue::<OwnedObj>::any_pending(&PENDING) {
        return;
    }
    if let Some(owner) = existing_owner(vm) {
        let items = owner.queue.take();
        drop(owner);
        drop(items);
    }
}

/// The interpreter is going away: release what is queued and refuse later
/// pushes (later drops take the lock themselves). The caller holds the lock.
/// Returns the owner, for [`outlive`] after the teardown.
pub(crate) fn close(vm: &Vm) -> Option<Arc<Owner>> {
    let owner = existing_owner(vm)?;
    let items = owner.queue.close();
    drop(items);
    Some(owner)
}

/// The interpreter was torn down (the caller still holds its lock): if
/// handles to its objects are still alive, they keep its shared part until
/// the last of them goes, which frees it (`Owner`'s `drop`).
pub(crate) fn outlive(vm: &Vm, owner: Arc<Owner>) {
    if Arc::strong_count(&owner) > 1 {
        let mut r = owner.remnant.lock().unwrap_or_else(|e| e.into_inner());
        *r = Some((vm.gil.clone(), vm.thread_start()));
    }
    // If the last other handle went meanwhile, this runs `Owner`'s `drop`
    // here, under the lock this thread holds (re-entrant).
    drop(owner);
}

/// A reference to a Python object that can be kept anywhere: it is `Send`
/// and `Sync`, `'static`, and cheap to clone (an `Arc`). Use it through the
/// interpreter that made it: [`Handle::get`] gives a [`Value`], and
/// [`Handle::call`] calls it. Using it with another interpreter is a
/// `RuntimeError`, never undefined behaviour.
///
/// Drop it anywhere: on a thread that does not hold the interpreter (another
/// thread of the host, while a script runs), the reference is queued and
/// released the next time the interpreter is entered, or when it is dropped.
///
/// A host function receives one like any other argument (`cb: Handle`), and
/// a closure may keep it:
///
/// ```
/// use std::sync::{Arc, Mutex};
/// use kaa::Handle;
/// let callbacks: Arc<Mutex<Vec<Handle>>> = Arc::default();
/// let mut interp = kaa::Interpreter::new();
/// let registry = callbacks.clone();
/// interp.register_fn("on_event", move |cb: Handle| registry.lock().unwrap().push(cb)).unwrap();
/// interp.exec("on_event(lambda n: n + 1)\non_event(str)").unwrap();
///
/// // Later, from the host's own code (or another thread holding the interpreter):
/// let results: Vec<String> = callbacks
///     .lock()
///     .unwrap()
///     .iter()
///     .map(|cb| cb.call(&mut interp, (41,)).unwrap().repr(&mut interp).unwrap())
///     .collect();
/// assert_eq!(results, ["42", "'41'"]);
///
/// // Handles cross threads; a wrong interpreter is an error, not a crash.
/// let first = callbacks.lock().unwrap()[0].clone();
/// let mut other = kaa::Interpreter::new();
/// let e = std::thread::spawn(move || first.get(&mut other).unwrap_err()).join().unwrap();
/// assert_eq!(e.message, "a kaa::Handle was used with an interpreter other than the one that made it");
/// ```
#[derive(Clone)]
pub struct Handle {
    inner: Arc<Inner>,
}

struct Inner {
    /// `None` only during `drop`.
    obj: Option<OwnedObj>,
    /// The object's address (Python's `id`), read when the handle was made.
    addr: usize,
    owner: Arc<Owner>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        let Some(obj) = self.obj.take() else {
            return;
        };
        if obj.lock().is_held() {
            drop(obj);
        } else if let Err(obj) = self.owner.queue.push(obj) {
            // The interpreter is gone: `OwnedObj` takes the lock to drop.
            drop(obj);
        }
    }
}

impl std::fmt::Debug for Handle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<kaa::Handle to the object at {:#x}>", self.inner.addr)
    }
}

/// Identity, as Python's `is`: two handles are equal when they refer to the
/// same object (so a handle can key a map).
impl PartialEq for Handle {
    fn eq(&self, other: &Handle) -> bool {
        self.inner.addr == other.inner.addr && Arc::ptr_eq(self.obj().lock(), other.obj().lock())
    }
}

impl Eq for Handle {}

impl std::hash::Hash for Handle {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.inner.addr.hash(state);
    }
}

const WRONG_INTERPRETER: &str = "a kaa::Handle was used with an interpreter other than the one that made it";

impl Handle {
    fn obj(&self) -> &OwnedObj {
        // `obj` is `None` only inside `Inner::drop`.
        self.inner.obj.as_ref().expect("a live handle has its object")
    }

    /// A handle to `obj`, an object of the interpreter behind `vm`, whose
    /// lock the caller holds.
    pub(crate) fn from_obj(vm: &Vm, obj: PyObjectRef) -> Handle {
        let owner = owner_of(vm);
        let addr = obj.id();
        // SAFETY: the objects of an interpreter are touched only by a thread
        // holding its lock (`kaa_vm::gil`, "The invariant"), which the caller
        // holds now.
        let obj = unsafe { OwnedObj::new(obj, vm.gil.clone()) };
        Handle {
            inner: Arc::new(Inner {
                obj: Some(obj),
                addr,
                owner,
            }),
        }
    }

    /// Whether the handle refers to `o` (by address; the caller knows both
    /// are of one interpreter).
    pub(crate) fn addr_is(&self, o: &PyObjectRef) -> bool {
        self.inner.addr == o.id()
    }

    /// A handle to the object `v` refers to.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let v: kaa::Value = interp.eval("[1, 2]").unwrap();
    /// let h = kaa::Handle::new(&mut interp, &v).unwrap();
    /// assert!(h.get(&mut interp).unwrap().is(&v));
    /// ```
    pub fn new<R: Runtime>(rt: &mut R, v: &Value) -> Result<Handle, R::Error> {
        rt.__with(|cx| Handle::from_value(cx, v))
    }

    pub(crate) fn from_value(cx: &mut Context, v: &Value) -> Result<Handle, Exception> {
        let obj = v.obj_in(cx)?.clone();
        Ok(Handle::from_obj(cx.vm(), obj))
    }

    /// The object, as a [`Value`] of the interpreter `rt`, which must be the
    /// one that made the handle (else `RuntimeError`).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let h: kaa::Handle = interp.eval("{'k': 1}").unwrap();
    /// let d = h.get(&mut interp).unwrap();
    /// assert_eq!(d.repr(&mut interp).unwrap(), "{'k': 1}");
    /// let mut other = kaa::Interpreter::new();
    /// assert_eq!(h.get(&mut other).unwrap_err().type_name, "RuntimeError");
    /// ```
    pub fn get<R: Runtime>(&self, rt: &mut R) -> Result<Value, R::Error> {
        rt.__with(|cx| self.value_in(cx))
    }

    /// The object as a [`Value`] of the interpreter behind `cx`, checked.
    pub(crate) fn value_in(&self, cx: &mut Context) -> Result<Value, Exception> {
        self.obj_in(cx).map(|o| Value::from_obj(o.clone()))
    }

    /// The object itself, checked against the interpreter behind `cx` (whose
    /// lock the caller holds while it uses the reference).
    pub(crate) fn obj_in(&self, cx: &mut Context) -> Result<&PyObjectRef, Exception> {
        let obj = self.obj();
        if !Arc::ptr_eq(obj.lock(), &cx.vm().gil) {
            return Err(Exception::runtime_error(WRONG_INTERPRETER));
        }
        match obj.get() {
            Some(o) => Ok(o),
            None => Err(Exception::system_error(
                "kaa::Handle used without its interpreter's lock",
            )),
        }
    }

    /// Whether the handle was made by the interpreter `rt`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let h: kaa::Handle = interp.eval("len").unwrap();
    /// assert!(h.belongs_to(&mut interp));
    /// assert!(!h.belongs_to(&mut kaa::Interpreter::new()));
    /// ```
    pub fn belongs_to<R: Runtime>(&self, rt: &mut R) -> bool {
        let gil = self.obj().lock().clone();
        rt.__with(|cx| Ok(Arc::ptr_eq(&gil, &cx.vm().gil))).unwrap_or(false)
    }

    /// Python's `is`: whether both handles refer to the same object (of the
    /// same interpreter). The same as `==`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.exec("a = []").unwrap();
    /// let a: kaa::Handle = interp.get_global("a").unwrap();
    /// let b: kaa::Handle = interp.get_global("a").unwrap();
    /// assert!(a.is(&b));
    /// ```
    pub fn is(&self, other: &Handle) -> bool {
        self == other
    }

    /// Call the object with positional arguments (see [`Value::call`]).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let double: kaa::Handle = interp.eval("lambda x: 2 * x").unwrap();
    /// let r: i64 = double.call(&mut interp, (21,)).unwrap().to(&mut interp).unwrap();
    /// assert_eq!(r, 42);
    /// ```
    pub fn call<R: Runtime>(&self, rt: &mut R, args: impl IntoArgs) -> Result<Value, R::Error> {
        rt.__with(|cx| {
            let f = self.value_in(cx)?;
            f.call(cx, args)
        })
    }

    /// Call the object with positional and keyword arguments (see
    /// [`Value::call_kw`]).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let f: kaa::Handle = interp.eval("lambda a, b=0: a - b").unwrap();
    /// let r = f.call_kw(&mut interp, (10,), [("b", 3)]).unwrap();
    /// assert_eq!(r.to::<i64>(&mut interp).unwrap(), 7);
    /// ```
    pub fn call_kw<R, K, V>(
        &self,
        rt: &mut R,
        args: impl IntoArgs,
        kwargs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<Value, R::Error>
    where
        R: Runtime,
        K: AsRef<str>,
        V: IntoPy,
    {
        rt.__with(|cx| {
            let f = self.value_in(cx)?;
            f.call_kw(cx, args, kwargs)
        })
    }

    /// Call the method `name` of the object.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let s: kaa::Handle = interp.eval("'a,b'").unwrap();
    /// let parts: Vec<String> = s.call_method(&mut interp, "split", (",",)).unwrap().to(&mut interp).unwrap();
    /// assert_eq!(parts, ["a", "b"]);
    /// ```
    pub fn call_method<R: Runtime>(&self, rt: &mut R, name: &str, args: impl IntoArgs) -> Result<Value, R::Error> {
        rt.__with(|cx| {
            let v = self.value_in(cx)?;
            v.call_method(cx, name, args)
        })
    }

    /// Convert the object to a Rust value (see [`Value::to`]).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let h: kaa::Handle = interp.eval("[1, 2, 3]").unwrap();
    /// assert_eq!(h.to::<Vec<i64>>(&mut interp).unwrap(), [1, 2, 3]);
    /// ```
    pub fn to<T: FromPy>(&self, rt: &mut impl Runtime) -> Result<T, Exception> {
        rt.__with_exc(|cx| {
            let v = self.value_in(cx)?;
            T::from_py(&v, cx)
        })
    }
}

/// Any object converts to a handle (a host function's parameter `cb: Handle`).
impl FromPy for Handle {
    fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
        Handle::from_value(cx, v)
    }
}

/// A handle converts back to its object (checked against the interpreter).
impl IntoPy for Handle {
    fn into_py(self, cx: &mut Context) -> Result<Value, Exception> {
        self.value_in(cx)
    }
}

impl IntoPy for &Handle {
    fn into_py(self, cx: &mut Context) -> Result<Value, Exception> {
        self.value_in(cx)
    }
}

/// What a [`crate::NativeClass::traverse`] reports its handles to (see the
/// module's notes on the cycle collector).
pub struct HandleVisitor<'a> {
    visit: &'a mut dyn FnMut(&PyObjectRef),
    /// The lock of the interpreter whose collector walks (its identity).
    owner: usize,
}

impl<'a> HandleVisitor<'a> {
    pub(crate) fn new(visit: &'a mut dyn FnMut(&PyObjectRef), owner: usize) -> HandleVisitor<'a> {
        HandleVisitor { visit, owner }
    }

    /// Report one handle the payload holds (each once: reporting one twice
    /// would let the collector clear an object that is still in use). A
    /// handle of another interpreter, or one whose clone is kept elsewhere
    /// too, is skipped (it keeps its object alive, as a root does).
    ///
    /// ```
    /// use kaa::{ClassBuilder, Handle, HandleVisitor, NativeClass};
    /// struct Button {
    ///     on_click: Option<Handle>,
    /// }
    /// impl NativeClass for Button {
    ///     const NAME: &'static str = "Button";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constructor(|| Button { on_click: None });
    ///         c.method("connect", |b: &mut Button, f: Handle| b.on_click = Some(f));
    ///     }
    ///     fn traverse(&self, visit: &mut HandleVisitor<'_>) {
    ///         if let Some(h) = &self.on_click {
    ///             visit.handle(h);
    ///         }
    ///     }
    ///     fn clear(&mut self) {
    ///         self.on_click = None;
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Button>().unwrap();
    /// // The button holds a method bound to an object that holds the button.
    /// interp.exec("import gc\ngc.disable()\nclass Dialog:\n    def __init__(self):\n        self.ok = Button()\n        self.ok.connect(self.close)\n    def close(self): pass\nDialog()").unwrap();
    /// assert!(interp.collect_garbage() >= 3); // dialog, its dict, the button, the bound method
    /// ```
    pub fn handle(&mut self, h: &Handle) {
        let obj = h.obj();
        if Arc::strong_count(&h.inner) != 1 || Arc::as_ptr(obj.lock()) as usize != self.owner {
            return;
        }
        if let Some(o) = obj.get() {
            (self.visit)(o);
        }
    }
}

#[cfg(test)]
mod tests {
    //! The handle machinery with a bare VM, also under Miri (with the
    //! collector's known leak of the bootstrap type ignored):
    //! `MIRIFLAGS=-Zmiri-ignore-leaks cargo +nightly miri test -p kaa --lib -- handle::`
    use super::*;

    #[test]
    fn dropped_on_another_thread_then_drained() {
        let vm = Vm::new();
        assert!(vm.is_attached());
        let s = vm.new_str("kept by a handle");
        let h = Handle::from_obj(&vm, s.clone());
        assert_eq!(s.refcount(), 2);
        let h2 = h.clone();
        // Dropped where the lock is not held: queued, the count unchanged.
        std::thread::spawn(move || drop(h)).join().unwrap();
        std::thread::spawn(move || drop(h2)).join().unwrap();
        assert_eq!(s.refcount(), 2);
        drain(&vm);
        assert_eq!(s.refcount(), 1);
        // Dropped where the lock is held: at once.
        let h = Handle::from_obj(&vm, s.clone());
        drop(h);
        assert_eq!(s.refcount(), 1);
    }

    #[test]
    fn dropped_after_close_takes_the_lock() {
        let vm = Vm::new();
        let s = vm.new_str("late");
        let h = Handle::from_obj(&vm, s.clone());
        let queued = Handle::from_obj(&vm, s.clone());
        std::thread::spawn(move || drop(queued)).join().unwrap();
        assert_eq!(s.refcount(), 3);
        close(&vm);
        assert_eq!(s.refcount(), 2);
        // The owner lets the lock go; a late drop on another thread takes it.
        vm.detach();
        std::thread::spawn(move || drop(h)).join().unwrap();
        vm.attach();
        assert_eq!(s.refcount(), 1);
    }
}
