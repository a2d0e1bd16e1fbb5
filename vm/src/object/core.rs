//! The object header, references and reference counting.
//!
//! # Notes
//!
//! Every Python value is a heap object laid out as
//!
//! ```text
//!  PyInner<T>                       PyInner<Instance<T>> (instances of Python classes)
//! +---------------------+          +---------------------+
//! | refcnt: Cell<usize> |          | refcnt              |
//! | ty: *const PyInner< |          | ty                  |
//! |       PyType>       |          +---------------------+
//! +---------------------+  16 B    | payload T           |  <- same offset: a &T can be
//! | payload T           |          | dict: PyObjectRef   |     taken from either layout
//! +---------------------+          +---------------------+
//! ```
//!
//! The 16-byte header matches CPython's `PyObject` (`ob_refcnt`, `ob_type`).
//! A [`PyObjectRef`] is one non-null pointer to the header; cloning it increments the
//! count, dropping it decrements, and the last drop frees the object through the
//! [`PayloadVTable`] of its type (which knows the payload's Rust type and whether an
//! instance dict follows it).
//!
//! **Ownership rules.** Objects belong to one interpreter. The counts are plain,
//! non-atomic integers: this is sound because only the thread that holds that
//! interpreter's lock touches its objects (see `docs/internals/objects.md`). Every
//! object holds a strong reference to its type, so a type outlives its instances.
//! `type`'s own type is itself; such bootstrap cycles are broken when the interpreter
//! is torn down.
//!
//! **Deep structures.** Freeing a long chain (`x = [x]` a million times) would
//! recurse once per level. Like CPython's "trashcan", frees nested deeper than
//! [`MAX_DROP_DEPTH`] are queued and performed by the outermost free, so dropping
//! never overflows the stack.
//!
//! This module, [`crate::object::core`], holds all of the `unsafe` code of the object
//! model; it is tested under Miri (`cargo miri test -p kaa-vm object::core`).

use std::any::TypeId;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::ptr::NonNull;

use super::typ::PyType;

/// The common header of every object.
#[repr(C)]
pub struct Header {
    refcnt: Cell<usize>,
    ty: Cell<*const PyInner<PyType>>,
}

/// An object: header followed by its payload.
#[repr(C)]
pub struct PyInner<T> {
    header: Header,
    payload: T,
}

/// The payload of an instance of a Python class: the base payload, then the
/// instance `__dict__`.
#[repr(C)]
pub struct Instance<T> {
    pub base: T,
    pub dict: PyObjectRef,
}

/// A Rust type that can be the payload of a Python object.
pub trait PyPayload: Sized + 'static {
    /// How to free objects of this payload, with and without an instance dict.
    /// (The payload must not need more alignment than the header, so that it always
    /// starts right after it.)
    const VTABLE: PayloadVTable = {
        assert!(std::mem::align_of::<Self>() <= std::mem::align_of::<Header>());
        PayloadVTable {
            type_id: type_id_of::<Self>,
            name: std::any::type_name::<Self>,
            drop_plain: drop_object::<Self>,
            drop_with_dict: drop_object::<Instance<Self>>,
            size_plain: std::mem::size_of::<PyInner<Self>>(),
            size_with_dict: std::mem::size_of::<PyInner<Instance<Self>>>(),
            dict_offset: std::mem::offset_of!(Instance<Self>, dict),
        }
    };
}

fn type_id_of<T: 'static>() -> TypeId {
    TypeId::of::<T>()
}

/// What a type knows about the Rust layout of its instances.
pub struct PayloadVTable {
    pub type_id: fn() -> TypeId,
    pub name: fn() -> &'static str,
    drop_plain: unsafe fn(NonNull<Header>),
    drop_with_dict: unsafe fn(NonNull<Header>),
    /// `sys.getsizeof` of an instance without / with a dict.
    pub size_plain: usize,
    pub size_with_dict: usize,
    /// Offset of `Instance::dict` from the start of the payload.
    dict_offset: usize,
}

impl fmt::Debug for PayloadVTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PayloadVTable({})", (self.name)())
    }
}

/// Frees an object whose allocation is a `Box<PyInner<U>>`.
///
/// # Safety
/// `ptr` must come from [`PyObjectRef::alloc`] with payload type `U`, and no other
/// reference to it may remain.
unsafe fn drop_object<U>(ptr: NonNull<Header>) {
    // SAFETY: by the contract above the pointer is the unique owner of a
    // `Box<PyInner<U>>` leaked by `alloc`.
    unsafe { drop(Box::from_raw(ptr.as_ptr().cast::<PyInner<U>>())) }
}

/// How deep frees may nest before they are queued (see the Notes).
pub const MAX_DROP_DEPTH: usize = 200;

thread_local! {
    // Per thread, not per interpreter: an object being freed does not know its
    // interpreter, and the queue is always empty between top-level frees.
    static DROP_DEPTH: Cell<usize> = const { Cell::new(0) };
    static DROP_QUEUE: RefCell<Vec<NonNull<Header>>> = const { RefCell::new(Vec::new()) };
}

/// A strong reference to a Python object.
#[repr(transparent)]
pub struct PyObjectRef {
    ptr: NonNull<Header>,
}

impl PyObjectRef {
    /// Allocate a new object of type `ty` with `payload` (no instance dict).
    /// The caller ensures `ty`'s vtable is `T::VTABLE`.
    pub fn new<T: PyPayload>(payload: T, ty: &PyObjectRef) -> PyObjectRef {
        Self::alloc(payload, ty)
    }

    /// Allocate an instance of a Python class whose base payload is `T`, with `dict`.
    pub fn new_with_dict<T: PyPayload>(payload: T, ty: &PyObjectRef, dict: PyObjectRef) -> PyObjectRef {
        Self::alloc(Instance { base: payload, dict }, ty)
    }

    fn alloc<U>(payload: U, ty: &PyObjectRef) -> PyObjectRef {
        let ty_ptr = ty.clone().into_raw().cast::<PyInner<PyType>>();
        let boxed = Box::new(PyInner {
            header: Header {
                refcnt: Cell::new(1),
                ty: Cell::new(ty_ptr.as_ptr()),
            },
            payload,
        });
        let ptr = NonNull::from(Box::leak(boxed)).cast::<Header>();
        PyObjectRef { ptr }
    }

    /// Allocate a type object before `type` exists (bootstrap only): its type is
    /// set afterwards with [`PyObjectRef::init_class`].
    pub(crate) fn new_bootstrap_type(payload: PyType) -> PyObjectRef {
        let boxed = Box::new(PyInner {
            header: Header {
                refcnt: Cell::new(1),
                ty: Cell::new(std::ptr::null()),
            },
            payload,
        });
        PyObjectRef {
            ptr: NonNull::from(Box::leak(boxed)).cast::<Header>(),
        }
    }

    /// Set the type of an object made by `new_bootstrap_type` (taking a count on
    /// `cls`).
    ///
    /// # Safety
    /// Only for bootstrap objects whose type is still null, before any use of their
    /// type.
    pub(crate) unsafe fn init_class(&self, cls: &PyObjectRef) {
        debug_assert!(self.header().ty.get().is_null());
        let p = cls.clone().into_raw().cast::<PyInner<PyType>>();
        self.header().ty.set(p.as_ptr());
    }

    /// Allocate a type object whose metatype is `metatype`, bootstrapping types
    /// that exist before `type` is complete.
    pub fn new_type(payload: PyType, metatype: &PyObjectRef) -> PyObjectRef {
        Self::alloc(payload, metatype)
    }

    #[inline]
    fn header(&self) -> &Header {
        // SAFETY: a live PyObjectRef always points at a live header (we hold a count).
        unsafe { self.ptr.as_ref() }
    }

    /// The current reference count.
    #[inline]
    pub fn refcount(&self) -> usize {
        self.header().refcnt.get()
    }

    /// The object's type, as a reference to its type object.
    #[inline]
    pub fn class(&self) -> &PyObjectRef {
        // SAFETY: `ty` always holds a strong reference to a live type object, and
        // `PyObjectRef` is a transparent wrapper around the same pointer, so the
        // `Cell<*const _>` can be viewed as a `PyObjectRef` for the lifetime of self.
        unsafe { &*(self.header().ty.as_ptr() as *const PyObjectRef) }
    }

    /// The type payload of this object's type.
    #[inline]
    pub fn ty(&self) -> &PyType {
        // SAFETY: `ty` points at a live `PyInner<PyType>` (see `class`).
        unsafe { &(*self.header().ty.get()).payload }
    }

    /// Identity: `a is b`.
    #[inline]
    pub fn is(&self, other: &PyObjectRef) -> bool {
        self.ptr == other.ptr
    }

    /// The address, as `id()` reports it.
    #[inline]
    pub fn id(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// The payload as `T`, if this object's type stores a `T`.
    #[inline]
    pub fn downcast_ref<T: PyPayload>(&self) -> Option<&T> {
        if (self.ty().vtable.type_id)() == TypeId::of::<T>() {
            // SAFETY: the vtable's type id says the payload (or the `base` of an
            // `Instance`, at the same offset under repr(C)) is a `T`.
            Some(unsafe { self.payload_unchecked::<T>() })
        } else {
            None
        }
    }

    /// Whether the payload is a `T`.
    #[inline]
    pub fn payload_is<T: PyPayload>(&self) -> bool {
        (self.ty().vtable.type_id)() == TypeId::of::<T>()
    }

    /// The payload as `T` without checking.
    ///
    /// # Safety
    /// The object's payload must be a `T` (e.g. checked by `payload_is`).
    #[inline]
    pub unsafe fn payload_unchecked<T: PyPayload>(&self) -> &T {
        // SAFETY: the caller guarantees the payload type; `PyInner<T>` and
        // `PyInner<Instance<T>>` put a `T` at the same offset (repr(C), T first).
        unsafe { &(*self.ptr.as_ptr().cast::<PyInner<T>>()).payload }
    }

    /// The instance `__dict__`, for instances of classes that have one.
    #[inline]
    pub fn dict(&self) -> Option<&PyObjectRef> {
        let ty = self.ty();
        if !ty.instances_have_dict() {
            return None;
        }
        let offset = ty.vtable.dict_offset;
        // SAFETY: instances of a type with `instances_have_dict` are allocated as
        // `PyInner<Instance<T>>` with `T` matching the vtable, so the dict lives at
        // `dict_offset` bytes past the payload start, which follows the header.
        unsafe {
            let base = self.ptr.as_ptr().cast::<u8>().add(std::mem::size_of::<Header>());
            Some(&*(base.add(offset).cast::<PyObjectRef>()))
        }
    }

    /// The size in bytes of the object's own allocation (header + payload).
    pub fn alloc_size(&self) -> usize {
        let ty = self.ty();
        if ty.instances_have_dict() {
            ty.vtable.size_with_dict
        } else {
            ty.vtable.size_plain
        }
    }

    fn into_raw(self) -> NonNull<Header> {
        let p = self.ptr;
        std::mem::forget(self);
        p
    }

    /// Free the object (count reached zero).
    #[cold]
    fn dealloc(ptr: NonNull<Header>) {
        let depth = DROP_DEPTH.with(|d| {
            let v = d.get();
            d.set(v + 1);
            v
        });
        if depth >= MAX_DROP_DEPTH {
            DROP_QUEUE.with(|q| q.borrow_mut().push(ptr));
        } else {
            // SAFETY: the count is zero, so we own the object exclusively.
            unsafe { Self::free_now(ptr) };
            if depth == 0 {
                // The outermost free drains what deeper frees queued.
                loop {
                    let next = DROP_QUEUE.with(|q| q.borrow_mut().pop());
                    match next {
                        // SAFETY: queued objects had a zero count and were not freed.
                        Some(p) => unsafe { Self::free_now(p) },
                        None => break,
                    }
                }
            }
        }
        DROP_DEPTH.with(|d| d.set(d.get() - 1));
    }

    /// # Safety
    /// The object's count is zero and nothing else refers to it.
    unsafe fn free_now(ptr: NonNull<Header>) {
        // SAFETY: the header is live until we free it below.
        let ty_ptr = unsafe { ptr.as_ref().ty.get() };
        // SAFETY: the type is alive: this object still holds a count on it.
        let ty = unsafe { &(*ty_ptr).payload };
        let drop_fn = if ty.instances_have_dict() {
            ty.vtable.drop_with_dict
        } else {
            ty.vtable.drop_plain
        };
        // SAFETY: the vtable matches the allocation (set when the object was made),
        // and we are the unique owner.
        unsafe { drop_fn(ptr) };
        // Release the reference the object held to its type.
        // SAFETY: `ty_ptr` was produced from a strong `PyObjectRef` in `alloc`.
        drop(PyObjectRef {
            ptr: NonNull::new(ty_ptr as *mut Header).expect("type pointer is non-null"),
        });
    }
}

impl Clone for PyObjectRef {
    #[inline]
    fn clone(&self) -> Self {
        let h = self.header();
        h.refcnt.set(h.refcnt.get() + 1);
        PyObjectRef { ptr: self.ptr }
    }
}

impl Drop for PyObjectRef {
    #[inline]
    fn drop(&mut self) {
        let h = self.header();
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            Self::dealloc(self.ptr);
        }
    }
}

impl fmt::Debug for PyObjectRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} object at {:#x}>", self.ty().name(), self.id())
    }
}

impl PartialEq for PyObjectRef {
    /// Identity, not Python equality.
    fn eq(&self, other: &Self) -> bool {
        self.is(other)
    }
}
impl Eq for PyObjectRef {}

impl std::hash::Hash for PyObjectRef {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.id().hash(state)
    }
}

const _: () = assert!(std::mem::size_of::<Header>() == 16);
const _: () = assert!(std::mem::align_of::<Header>() == 8);

#[cfg(test)]
mod tests {
    //! Run under Miri with `MIRIFLAGS=-Zmiri-ignore-leaks cargo +nightly miri test -p kaa-vm object::core`
    //! (the bootstrap type refers to itself, so it is never freed; see the Notes).
    use super::*;
    use crate::object::typ::TypeFlags;
    use std::rc::Rc;

    struct Counted {
        drops: Rc<Cell<usize>>,
        next: Option<PyObjectRef>,
    }
    impl PyPayload for Counted {}
    impl Drop for Counted {
        fn drop(&mut self) {
            self.drops.set(self.drops.get() + 1);
        }
    }

    struct Empty;
    impl PyPayload for Empty {}

    /// A self-typed type object and a type for `Counted` payloads, with and without dict.
    fn types() -> (PyObjectRef, PyObjectRef, PyObjectRef) {
        let flags = TypeFlags {
            has_dict: false,
            basetype: true,
            heaptype: false,
        };
        let meta = PyObjectRef::new_bootstrap_type(PyType::new("type", None, vec![], vec![], &PyType::VTABLE, flags));
        // SAFETY: `meta` was just made with a null type.
        unsafe { meta.init_class(&meta) };
        let plain = PyObjectRef::new_type(
            PyType::new("counted", None, vec![], vec![], &Counted::VTABLE, flags),
            &meta,
        );
        let dflags = TypeFlags {
            has_dict: true,
            ..flags
        };
        let with_dict = PyObjectRef::new_type(
            PyType::new("sub", None, vec![], vec![], &Counted::VTABLE, dflags),
            &meta,
        );
        (meta, plain, with_dict)
    }

    #[test]
    fn refcounts_and_free() {
        let (_meta, plain, _) = types();
        let drops = Rc::new(Cell::new(0));
        let a = PyObjectRef::new(
            Counted {
                drops: drops.clone(),
                next: None,
            },
            &plain,
        );
        assert_eq!(a.refcount(), 1);
        let b = a.clone();
        assert_eq!(a.refcount(), 2);
        assert!(a.is(&b));
        assert_eq!(plain.refcount(), 2, "the instance holds its type");
        drop(b);
        assert_eq!(drops.get(), 0);
        drop(a);
        assert_eq!(drops.get(), 1);
        assert_eq!(plain.refcount(), 1);
    }

    #[test]
    fn downcast_and_dict() {
        let (_meta, plain, with_dict) = types();
        let drops = Rc::new(Cell::new(0));
        let dict_obj = PyObjectRef::new(
            Counted {
                drops: drops.clone(),
                next: None,
            },
            &plain,
        );
        let inst = PyObjectRef::new_with_dict(
            Counted {
                drops: drops.clone(),
                next: None,
            },
            &with_dict,
            dict_obj.clone(),
        );
        assert!(inst.downcast_ref::<Counted>().is_some());
        assert!(inst.downcast_ref::<Empty>().is_none());
        assert!(inst.dict().is_some_and(|d| d.is(&dict_obj)));
        assert!(dict_obj.dict().is_none());
        assert_eq!(dict_obj.refcount(), 2);
        assert!(inst.alloc_size() > dict_obj.alloc_size());
        drop(inst);
        assert_eq!(drops.get(), 1);
        assert_eq!(dict_obj.refcount(), 1);
        drop(dict_obj);
        assert_eq!(drops.get(), 2);
    }

    #[test]
    fn deep_chain_frees_without_recursion() {
        let (_meta, plain, _) = types();
        let drops = Rc::new(Cell::new(0));
        let n = if cfg!(miri) { 1_000 } else { 200_000 };
        let mut head: Option<PyObjectRef> = None;
        for _ in 0..n {
            head = Some(PyObjectRef::new(
                Counted {
                    drops: drops.clone(),
                    next: head.take(),
                },
                &plain,
            ));
        }
        drop(head);
        assert_eq!(drops.get(), n);
        assert_eq!(plain.refcount(), 1);
    }
}
