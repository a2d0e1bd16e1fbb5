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
use std::cell::{Cell, RefCell, UnsafeCell};
use std::fmt;
use std::ptr::NonNull;

use super::gc::GcHead;
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

/// The allocation of a collectable object: the collector's [`GcHead`] sits just
/// before the header (as CPython's `PyGC_Head`), so a `PyObjectRef` to it looks
/// like any other.
#[repr(C)]
struct GcBox<T> {
    gc: GcHead,
    inner: PyInner<T>,
}

/// The payload of an instance of a Python class: the base payload, then the
/// instance `__dict__` (inline values, or a dict once one was asked for).
#[repr(C)]
pub struct Instance<T> {
    pub base: T,
    pub dict: InstanceDict,
}

/// The `__dict__` of an instance, in one of two states (see
/// `docs/internals/instance-values.md`):
///
/// - *values*: no dict object exists; the attribute values sit in `values`,
///   each at the index of its name in the class's shared key table
///   ([`PyType::keys`]). Holes (`None`) are names this instance has not set
///   (or deleted); the values that are set are in the order the instance set
///   them, because a name is only ever added past the last value set.
/// - *dict*: `dict` holds a real dict object, the only truth; `values` is
///   empty and stays so.
///
/// Going from values to dict ("materializing", `Vm::instance_dict`) happens
/// once, when something needs a real dict; never back.
///
/// Both fields are `UnsafeCell`s: every method below reads or changes them
/// within its own body, runs no Python code and calls nothing that could come
/// back to this object while a borrow is live (old values are handed back to
/// the caller to drop), so no two borrows ever overlap. The type is not
/// `Sync`, like every object.
pub struct InstanceDict {
    dict: UnsafeCell<Option<PyObjectRef>>,
    values: UnsafeCell<Vec<Option<PyObjectRef>>>,
}

impl InstanceDict {
    /// An empty `__dict__` in the values state.
    #[inline]
    pub fn new() -> InstanceDict {
        InstanceDict {
            dict: UnsafeCell::new(None),
            values: UnsafeCell::new(Vec::new()),
        }
    }

    /// A `__dict__` that is the dict object `d` from the start.
    pub fn with_dict(d: PyObjectRef) -> InstanceDict {
        InstanceDict {
            dict: UnsafeCell::new(Some(d)),
            values: UnsafeCell::new(Vec::new()),
        }
    }

    /// The dict object, in the dict state.
    #[inline]
    pub fn dict(&self) -> Option<PyObjectRef> {
        // SAFETY: a shared read within this call (see the type's notes).
        unsafe { (&*self.dict.get()).clone() }
    }

    /// Whether a dict object exists (the dict state).
    #[inline]
    pub fn has_dict(&self) -> bool {
        // SAFETY: a shared read within this call.
        unsafe { (&*self.dict.get()).is_some() }
    }

    /// Enter the dict state with `d` (materializing, or `obj.__dict__ = d`).
    /// Returns what was held before, for the caller to drop: the old dict and
    /// the inline values (both may free objects whose `__del__` looks here).
    #[must_use]
    pub fn set_dict(&self, d: PyObjectRef) -> (Option<PyObjectRef>, Vec<Option<PyObjectRef>>) {
        // SAFETY: exclusive access within this call; nothing is dropped inside.
        unsafe {
            let old = (&mut *self.dict.get()).replace(d);
            let values = std::mem::take(&mut *self.values.get());
            (old, values)
        }
    }

    /// The inline value at `ix` (`None` in the dict state, past the end, or
    /// for a hole).
    #[inline]
    pub fn value(&self, ix: usize) -> Option<PyObjectRef> {
        // SAFETY: a shared read within this call; cloning only counts.
        unsafe { (&*self.values.get()).get(ix).and_then(|v| v.clone()) }
    }

    /// How many value places are in use: one past the last value set.
    #[inline]
    pub fn values_len(&self) -> usize {
        // SAFETY: a shared read within this call.
        unsafe { (&*self.values.get()).len() }
    }

    /// Replace the value at `ix`: `Ok(old)` (for the caller to drop), or
    /// `Err(v)` back when `ix` holds no value (past the end, or a hole: the
    /// name would then come out of the instance's order).
    #[inline]
    pub fn replace_value(&self, ix: usize, v: PyObjectRef) -> Result<PyObjectRef, PyObjectRef> {
        // SAFETY: exclusive access within this call; nothing is dropped inside.
        unsafe {
            match (&mut *self.values.get()).get_mut(ix) {
                Some(slot @ Some(_)) => Ok(slot.replace(v).expect("the place holds a value")),
                _ => Err(v),
            }
        }
    }

    /// Set the value at `ix >= values_len()` (past the last value set: the
    /// new name comes last in the instance's order), leaving holes between.
    /// `capacity` is the size of the class's key table, reserved on the first
    /// value so that instances made alike allocate once.
    #[inline]
    pub fn push_value(&self, ix: usize, v: PyObjectRef, capacity: usize) {
        // SAFETY: exclusive access within this call; growing drops nothing.
        unsafe {
            let values = &mut *self.values.get();
            debug_assert!(ix >= values.len());
            if values.capacity() == 0 {
                values.reserve_exact(capacity.max(ix + 1));
            }
            // Holes only when names were skipped (rare): no call otherwise.
            while values.len() < ix {
                values.push(None);
            }
            values.push(Some(v));
        }
    }

    /// Remove the value at `ix`, returning it (for the caller to drop);
    /// trailing holes are trimmed, so the name can be set again in order.
    pub fn remove_value(&self, ix: usize) -> Option<PyObjectRef> {
        // SAFETY: exclusive access within this call; nothing is dropped inside.
        unsafe {
            let values = &mut *self.values.get();
            let old = values.get_mut(ix)?.take();
            while values.last().is_some_and(Option::is_none) {
                values.pop();
            }
            old
        }
    }

    /// The values set, with their indices, in order (a snapshot).
    pub fn values_snapshot(&self) -> Vec<(usize, PyObjectRef)> {
        // SAFETY: a shared read within this call; cloning only counts.
        unsafe {
            (*self.values.get())
                .iter()
                .enumerate()
                .filter_map(|(i, v)| v.as_ref().map(|v| (i, v.clone())))
                .collect()
        }
    }

    /// How many values are set.
    pub fn values_count(&self) -> usize {
        // SAFETY: a shared read within this call.
        unsafe { (&*self.values.get()).iter().filter(|v| v.is_some()).count() }
    }

    /// Bytes of the value array (for `sys.getsizeof`).
    pub fn values_bytes(&self) -> usize {
        // SAFETY: a shared read within this call.
        unsafe { (&*self.values.get()).capacity() * std::mem::size_of::<Option<PyObjectRef>>() }
    }

    fn walk(&self, visit: &mut Visit<'_>) {
        // SAFETY: visiting runs no Python code and does not touch this object's
        // `__dict__` (the collector only counts), so the shared borrows end
        // before anything could change the fields.
        unsafe {
            visit.visit_opt(&*self.dict.get());
            for v in (&*self.values.get()).iter() {
                visit.visit_opt(v);
            }
        }
    }

    /// Drop the inline values (`tp_clear`); a dict object is an object of its
    /// own, cleared by the collector if it is garbage.
    fn clear_values(&self) {
        // SAFETY: exclusive access while taking the vector out; the values are
        // dropped after the borrow ended.
        let old = unsafe { std::mem::take(&mut *self.values.get()) };
        drop(old);
    }
}

impl Default for InstanceDict {
    fn default() -> Self {
        InstanceDict::new()
    }
}

/// The payload of an instance of a class with `__slots__` (and no `__dict__`).
#[repr(C)]
pub struct SlotInstance<T> {
    pub base: T,
    pub slots: Box<[SlotCell]>,
}

/// The payload of an instance with both `__slots__` and a `__dict__` (a class
/// without `__slots__` deriving from one with them). `dict` is at the same offset
/// as in [`Instance`].
#[repr(C)]
pub struct SlotDictInstance<T> {
    pub base: T,
    pub dict: InstanceDict,
    pub slots: Box<[SlotCell]>,
}

/// One `__slots__` entry: unset (`None`) or a value (one word: no borrow flag;
/// read by taking the value out and putting it back).
pub type SlotCell = Cell<Option<PyObjectRef>>;

/// How the instances of a type are laid out after the base payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Plain = 0,
    Dict = 1,
    Slots = 2,
    DictSlots = 3,
}

/// Receives each reference an object holds (see [`PyPayload::traverse`]).
pub struct Visit<'a> {
    f: &'a mut dyn FnMut(&PyObjectRef),
    /// Set when an object could not be walked (a `RefCell` was borrowed): the
    /// collector then gives up this collection rather than guess.
    incomplete: bool,
}

impl<'a> Visit<'a> {
    pub fn new(f: &'a mut dyn FnMut(&PyObjectRef)) -> Visit<'a> {
        Visit { f, incomplete: false }
    }

    #[inline]
    pub fn visit(&mut self, o: &PyObjectRef) {
        (self.f)(o)
    }

    #[inline]
    pub fn visit_opt(&mut self, o: &Option<PyObjectRef>) {
        if let Some(o) = o {
            (self.f)(o)
        }
    }

    /// Visit what a `RefCell` holds, or mark the walk incomplete if it is borrowed.
    pub fn visit_cell<T>(&mut self, cell: &RefCell<T>, each: impl FnOnce(&T, &mut Visit<'_>)) {
        match cell.try_borrow() {
            Ok(v) => each(&v, self),
            Err(_) => self.incomplete = true,
        }
    }

    pub fn is_incomplete(&self) -> bool {
        self.incomplete
    }
}

/// A Rust type that can be the payload of a Python object.
pub trait PyPayload: Sized + 'static {
    /// Whether objects of this payload can hold references that form cycles, so
    /// that the cycle collector tracks them (CPython's `Py_TPFLAGS_HAVE_GC`).
    /// Instances of Python classes are always collectable, whatever their base.
    const GC: bool = false;

    /// The payload owns no references to other objects (an int, a float, a
    /// str), so freeing it cannot free anything else: [`PyObjectRef`]'s drop
    /// then frees it at once, without the bookkeeping that bounds the depth of
    /// nested frees (two thread-local accesses per free).
    const LEAF: bool = false;

    /// Visit every reference this payload owns, exactly once per owned reference
    /// (the collector subtracts them from reference counts: visiting a reference
    /// that is not owned would free a live object). Only for `GC` payloads.
    fn traverse(&self, _visit: &mut Visit<'_>) {}

    /// Drop the references that may be part of a cycle (CPython's `tp_clear`);
    /// called on unreachable objects only. Must not run Python code.
    fn clear(&self) {}

    /// Whether the object must be finalized (by the VM, at the next safe point)
    /// before it is freed; generators do to run their `finally` blocks. Only
    /// asked of payloads that set [`PyPayload::FINALIZES`].
    fn wants_finalize(&self) -> bool {
        false
    }

    /// Whether [`PyPayload::wants_finalize`] can say yes: a payload that
    /// overrides it sets this too, so that freeing the others (tuples, lists,
    /// dicts) skips the question.
    const FINALIZES: bool = false;

    /// Bytes of heap buffers the payload owns (a str's text, a tuple's items),
    /// added to the heap's live bytes for memory limits (`limits.rs`). Must give
    /// the same answer when the object is freed as when it was allocated: true
    /// of immutable payloads; a mutable one reports what it last charged.
    fn heap_bytes(&self) -> usize {
        0
    }

    /// Whether some objects of this payload keep data in their own allocation
    /// after the payload (a tuple's items: [`TupleItems`]); they say how many
    /// bytes with [`PyPayload::inline_bytes`], and are freed by size.
    const INLINE_ITEMS: bool = false;

    /// Bytes this object's allocation holds after its payload (see
    /// [`PyPayload::INLINE_ITEMS`]).
    fn inline_bytes(&self) -> usize {
        0
    }

    /// How to walk and free objects of this payload in each [`Layout`].
    /// (The payload must not need more alignment than the header, so that it always
    /// starts right after it.)
    const VTABLE: PayloadVTable = {
        assert!(std::mem::align_of::<Self>() <= std::mem::align_of::<Header>());
        PayloadVTable {
            type_id: TypeId::of::<Self>(),
            name: std::any::type_name::<Self>,
            gc: Self::GC,
            leaf: Self::LEAF,
            drop: [
                drop_object::<Self>,
                drop_object::<Instance<Self>>,
                drop_object::<SlotInstance<Self>>,
                drop_object::<SlotDictInstance<Self>>,
            ],
            traverse: [
                traverse_object::<Self>,
                traverse_object::<Instance<Self>>,
                traverse_object::<SlotInstance<Self>>,
                traverse_object::<SlotDictInstance<Self>>,
            ],
            clear: [
                clear_object::<Self>,
                clear_object::<Instance<Self>>,
                clear_object::<SlotInstance<Self>>,
                clear_object::<SlotDictInstance<Self>>,
            ],
            wants_finalize: if Self::FINALIZES {
                Some(wants_finalize_object::<Self>)
            } else {
                None
            },
            heap_bytes: heap_bytes_object::<Self>,
            inline_items: Self::INLINE_ITEMS,
            inline_bytes: inline_bytes_object::<Self>,
            sizes: [
                std::mem::size_of::<PyInner<Self>>(),
                std::mem::size_of::<PyInner<Instance<Self>>>(),
                std::mem::size_of::<PyInner<SlotInstance<Self>>>(),
                std::mem::size_of::<PyInner<SlotDictInstance<Self>>>(),
            ],
            dict_offset: std::mem::offset_of!(Instance<Self>, dict),
            slots_offset: [
                0,
                0,
                std::mem::offset_of!(SlotInstance<Self>, slots),
                std::mem::offset_of!(SlotDictInstance<Self>, slots),
            ],
            recycle: block_class::<PyInner<Self>>(),
            gc_recycle: if Self::GC { block_class::<GcBox<Self>>() } else { 0 },
            drop_payload: drop_payload::<Self>,
        }
    };
}

/// Instances of Python classes walk their base payload, then their dict and slots.
trait Walk {
    fn walk(&self, visit: &mut Visit<'_>);
    fn clear_refs(&self);
}

impl<T: PyPayload> Walk for T {
    fn walk(&self, visit: &mut Visit<'_>) {
        self.traverse(visit)
    }
    fn clear_refs(&self) {
        self.clear()
    }
}

fn walk_slots(slots: &[SlotCell], visit: &mut Visit<'_>) {
    for s in slots {
        // Visiting runs no Python code, so the slot cannot be observed empty.
        let v = s.take();
        visit.visit_opt(&v);
        s.set(v);
    }
}

fn clear_slots(slots: &[SlotCell]) {
    for s in slots {
        drop(s.take());
    }
}

impl<T: PyPayload> Walk for Instance<T> {
    fn walk(&self, visit: &mut Visit<'_>) {
        self.base.traverse(visit);
        self.dict.walk(visit);
    }
    fn clear_refs(&self) {
        self.base.clear();
        self.dict.clear_values();
    }
}

impl<T: PyPayload> Walk for SlotInstance<T> {
    fn walk(&self, visit: &mut Visit<'_>) {
        self.base.traverse(visit);
        walk_slots(&self.slots, visit);
    }
    fn clear_refs(&self) {
        self.base.clear();
        clear_slots(&self.slots);
    }
}

impl<T: PyPayload> Walk for SlotDictInstance<T> {
    fn walk(&self, visit: &mut Visit<'_>) {
        self.base.traverse(visit);
        self.dict.walk(visit);
        walk_slots(&self.slots, visit);
    }
    fn clear_refs(&self) {
        self.base.clear();
        self.dict.clear_values();
        clear_slots(&self.slots);
    }
}

/// A tuple's items: a pointer and a length, like a boxed slice, but the items
/// of an exact `tuple` live in the tuple's own allocation, right after its
/// payload ([`PyObjectRef::new_inline_tuple`]), as CPython's do: one
/// allocation per tuple, not two. Instances of `tuple`'s subclasses (whose
/// layouts put an instance dict or slots after the payload) keep their items
/// in a separate boxed slice ([`TupleItems::boxed`]).
pub struct TupleItems {
    ptr: NonNull<PyObjectRef>,
    /// The number of items, with [`TupleItems::INLINE`] set when they live in
    /// the object's allocation.
    len: usize,
}

impl TupleItems {
    const INLINE: usize = 1 << (usize::BITS - 1);

    /// Items in a boxed slice of their own.
    pub fn boxed(items: Vec<PyObjectRef>) -> TupleItems {
        let b = items.into_boxed_slice();
        let len = b.len();
        // A `Box<[T]>` of length zero holds a dangling, aligned pointer, which
        // is what `from_raw_parts` below needs too.
        let ptr = NonNull::from(Box::leak(b)).cast::<PyObjectRef>();
        TupleItems { ptr, len }
    }

    #[inline]
    fn is_inline(&self) -> bool {
        self.len & Self::INLINE != 0
    }

    /// Bytes of the object's own allocation taken by the items (0 when boxed).
    #[inline]
    pub(crate) fn inline_bytes(&self) -> usize {
        if self.is_inline() {
            (self.len & !Self::INLINE) * std::mem::size_of::<PyObjectRef>()
        } else {
            0
        }
    }
}

impl std::ops::Deref for TupleItems {
    type Target = [PyObjectRef];
    #[inline]
    fn deref(&self) -> &[PyObjectRef] {
        // SAFETY: `ptr` points at `len` initialized items (a boxed slice, or
        // the tuple's own trailing storage written by `new_inline_tuple`),
        // which live as long as `self`.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len & !Self::INLINE) }
    }
}

impl std::ops::DerefMut for TupleItems {
    #[inline]
    fn deref_mut(&mut self) -> &mut [PyObjectRef] {
        // SAFETY: as for `deref`; `&mut self` makes the access unique.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len & !Self::INLINE) }
    }
}

impl Drop for TupleItems {
    /// Items are released last first, as CPython's `tupledealloc` does (the
    /// order `__del__` methods observe); a boxed slice is freed after them,
    /// inline items' memory with the object.
    fn drop(&mut self) {
        let n = self.len & !Self::INLINE;
        let inline = self.is_inline();
        // Seen as empty from here on (a free cannot reach a dying tuple, but
        // nothing is lost by being careful).
        self.len &= Self::INLINE;
        for i in (0..n).rev() {
            // SAFETY: items `0..n` are initialized and owned by us; each is
            // dropped once, and never read again (the length is zero).
            unsafe { std::ptr::drop_in_place(self.ptr.as_ptr().add(i)) };
        }
        if !inline && n > 0 {
            // SAFETY: a boxed slice of `n` items came from `Box::leak` in
            // `boxed` with this layout; its items were dropped above.
            unsafe {
                std::alloc::dealloc(
                    self.ptr.as_ptr().cast::<u8>(),
                    std::alloc::Layout::array::<PyObjectRef>(n).expect("the layout existed when it was allocated"),
                )
            };
        }
    }
}

/// What a type knows about the Rust layout of its instances, per [`Layout`].
pub struct PayloadVTable {
    /// The payload's Rust type (compared by `downcast_ref`).
    pub type_id: TypeId,
    pub name: fn() -> &'static str,
    /// The payload can hold references (see [`PyPayload::GC`]).
    pub gc: bool,
    /// The payload holds no references at all (see [`PyPayload::LEAF`]).
    pub leaf: bool,
    drop: [unsafe fn(NonNull<Header>, bool); 4],
    traverse: [unsafe fn(NonNull<Header>, &mut Visit<'_>); 4],
    clear: [unsafe fn(NonNull<Header>); 4],
    wants_finalize: Option<unsafe fn(NonNull<Header>) -> bool>,
    heap_bytes: unsafe fn(NonNull<Header>) -> usize,
    /// Some objects keep items after their payload (see [`PyPayload::INLINE_ITEMS`]).
    inline_items: bool,
    inline_bytes: unsafe fn(NonNull<Header>) -> usize,
    /// Header + payload size of an instance, per layout (without the GC head).
    pub sizes: [usize; 4],
    /// Offset of the instance dict from the start of the payload.
    dict_offset: usize,
    /// Offset of the slots from the start of the payload (layouts 2 and 3).
    slots_offset: [usize; 4],
    /// A plain instance's [`block_class`]: when non-zero, its memory goes to the
    /// heap's [`BlockCaches`] when it is freed, after `drop_payload`.
    recycle: usize,
    /// The same for a collectable plain instance: the [`block_class`] of its
    /// whole allocation, GC head included (a tuple, a bound method).
    gc_recycle: usize,
    drop_payload: unsafe fn(NonNull<Header>),
}

impl fmt::Debug for PayloadVTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PayloadVTable({})", (self.name)())
    }
}

/// Frees an object allocated by [`PyObjectRef::alloc`] with payload type `U`.
///
/// # Safety
/// `ptr` must come from `alloc` with payload type `U` and with a GC head iff `gc`,
/// and no other reference to it may remain.
unsafe fn drop_object<U>(ptr: NonNull<Header>, gc: bool) {
    if gc {
        // SAFETY: by the contract above, the header is the `inner` field of a leaked
        // `Box<GcBox<U>>`, at a fixed offset from its start (repr(C)); the pointer
        // was derived from the whole box, so stepping back stays in bounds.
        unsafe {
            let start = ptr.as_ptr().cast::<u8>().sub(std::mem::offset_of!(GcBox<U>, inner));
            drop(Box::from_raw(start.cast::<GcBox<U>>()))
        }
    } else {
        // SAFETY: the pointer is the unique owner of a `Box<PyInner<U>>` leaked by `alloc`.
        unsafe { drop(Box::from_raw(ptr.as_ptr().cast::<PyInner<U>>())) }
    }
}

/// Drops the payload of a plain object in place, leaving its memory allocated.
///
/// # Safety
/// `ptr` must point at a plain object with payload type `U` that nothing refers
/// to any more; its payload must not be used again.
unsafe fn drop_payload<U>(ptr: NonNull<Header>) {
    // SAFETY: per the contract, a `PyInner<U>` we own is at `ptr`.
    unsafe { std::ptr::drop_in_place(std::ptr::addr_of_mut!((*ptr.as_ptr().cast::<PyInner<U>>()).payload)) }
}

/// # Safety
/// `ptr` must point at a live object whose payload is a `U`.
unsafe fn traverse_object<U: Walk>(ptr: NonNull<Header>, visit: &mut Visit<'_>) {
    // SAFETY: per the contract, a live `PyInner<U>` is at `ptr`.
    unsafe { (*ptr.as_ptr().cast::<PyInner<U>>()).payload.walk(visit) }
}

/// # Safety
/// `ptr` must point at a live object whose payload is a `U`.
unsafe fn clear_object<U: Walk>(ptr: NonNull<Header>) {
    // SAFETY: per the contract, a live `PyInner<U>` is at `ptr`.
    unsafe { (*ptr.as_ptr().cast::<PyInner<U>>()).payload.clear_refs() }
}

/// # Safety
/// `ptr` must point at a live object whose payload (or base payload) is a `U`.
unsafe fn wants_finalize_object<U: PyPayload>(ptr: NonNull<Header>) -> bool {
    // SAFETY: the base payload is at the start of every layout (repr(C), T first).
    unsafe { (*ptr.as_ptr().cast::<PyInner<U>>()).payload.wants_finalize() }
}

/// # Safety
/// `ptr` must point to a live object whose base payload is `U`.
unsafe fn heap_bytes_object<U: PyPayload>(ptr: NonNull<Header>) -> usize {
    // SAFETY: the base payload is at the start of every layout (repr(C), T first).
    unsafe { (*ptr.as_ptr().cast::<PyInner<U>>()).payload.heap_bytes() }
}

/// # Safety
/// `ptr` must point at a live object whose payload (or base payload) is a `U`.
unsafe fn inline_bytes_object<U: PyPayload>(ptr: NonNull<Header>) -> usize {
    // SAFETY: the base payload is at the start of every layout (repr(C), T first).
    unsafe { (*ptr.as_ptr().cast::<PyInner<U>>()).payload.inline_bytes() }
}

/// The buffers an object owns, counted only while the heap counts live bytes
/// (a memory limit or `--stats`).
#[inline]
fn counted_heap_bytes(heap: &super::gc::Heap, vtable: &PayloadVTable, ptr: NonNull<Header>) -> usize {
    if heap.stats.on.get() {
        // SAFETY: callers pass a live object of a type with this vtable.
        unsafe { (vtable.heap_bytes)(ptr) }
    } else {
        0
    }
}

/// The sizes of the objects the heap's [`BlockCaches`] keep, all with the
/// header's alignment: a header and one word (`float`), a header and two
/// words (an `int` outside the small-int cache), and a GC head, a header and
/// two words (a bound method, a tuple of a subclass with boxed items), and the
/// same with one to four more words (a tuple of one to four items inline).
const BLOCK_SIZES: [usize; 7] = [16 + 8, 16 + 16, 48, 48 + 8, 48 + 16, 48 + 24, 48 + 32];
const BLOCK_ALIGN: usize = std::mem::align_of::<Header>();

/// Which of [`BLOCK_SIZES`] `T` has exactly, plus one (0: none), so that its
/// box may be freed as, or made from, any other block of that size.
const fn block_class<T>() -> usize {
    if std::mem::align_of::<T>() != BLOCK_ALIGN {
        return 0;
    }
    let mut i = 0;
    while i < BLOCK_SIZES.len() {
        if std::mem::size_of::<T>() == BLOCK_SIZES[i] {
            return i + 1;
        }
        i += 1;
    }
    0
}

/// [`block_class`] of an allocation of `size` bytes (aligned as the header),
/// known only at run time (a tuple with its items).
#[inline]
fn block_class_of_size(size: usize) -> usize {
    const _: () = assert!(BLOCK_SIZES.len() == 7);
    match size {
        s if s == BLOCK_SIZES[0] => 1,
        s if s == BLOCK_SIZES[1] => 2,
        s if s == BLOCK_SIZES[2] => 3,
        s if s == BLOCK_SIZES[3] => 4,
        s if s == BLOCK_SIZES[4] => 5,
        s if s == BLOCK_SIZES[5] => 6,
        s if s == BLOCK_SIZES[6] => 7,
        _ => 0,
    }
}

/// Where a tuple's inline items start: after its `GcBox`.
const INLINE_TUPLE_BASE: usize = std::mem::size_of::<GcBox<super::tuple::PyTuple>>();
const _: () = assert!(std::mem::align_of::<GcBox<super::tuple::PyTuple>>() == BLOCK_ALIGN);
const _: () = assert!(INLINE_TUPLE_BASE == BLOCK_SIZES[2] && BLOCK_SIZES[6] == INLINE_TUPLE_BASE + 32);

/// The allocation of a tuple of `n` items inline. (The items exist, so their
/// pointers fit in memory: the size cannot overflow.)
#[inline]
fn inline_tuple_layout(n: usize) -> std::alloc::Layout {
    let size = INLINE_TUPLE_BASE + n * std::mem::size_of::<PyObjectRef>();
    std::alloc::Layout::from_size_align(size, BLOCK_ALIGN).expect("a tuple's layout fits in memory")
}

/// [`block_class_of_size`] of a tuple of `n` items inline: classes 4 to 7 hold
/// one to four items.
#[inline]
fn inline_tuple_class(n: usize) -> usize {
    if (1..=4).contains(&n) {
        3 + n
    } else {
        0
    }
}

/// How many freed blocks of each size a heap keeps (CPython keeps 100 floats).
const BLOCK_CACHE_MAX: usize = 128;

/// A heap's free lists of small fixed-size objects, one per size of
/// [`BLOCK_SIZES`]: CPython's float free list, extended to ints. A float freed
/// by one operation is the memory of the next one's result, without a trip
/// through the allocator.
#[derive(Default)]
pub struct BlockCaches {
    caches: [BlockCache; BLOCK_SIZES.len()],
}

impl Drop for BlockCaches {
    fn drop(&mut self) {
        for (c, &size) in self.caches.iter().zip(BLOCK_SIZES.iter()) {
            while let Some(b) = c.pop() {
                // SAFETY: every kept block of this cache was allocated by the
                // global allocator with this size and alignment (a `Box` of a
                // `PyInner` of that class).
                unsafe {
                    std::alloc::dealloc(
                        b.as_ptr(),
                        std::alloc::Layout::from_size_align_unchecked(size, BLOCK_ALIGN),
                    )
                };
            }
        }
    }
}

/// One free list; freed blocks are linked through their first word. Only the
/// thread holding the interpreter lock touches it, like every other part of
/// the heap.
struct BlockCache {
    head: Cell<*mut FreeBlock>,
    len: Cell<usize>,
}

#[repr(C)]
struct FreeBlock {
    next: *mut FreeBlock,
}

const _: () = assert!(std::mem::size_of::<FreeBlock>() <= BLOCK_SIZES[0]);
const _: () = assert!(std::mem::align_of::<FreeBlock>() <= BLOCK_ALIGN);

impl Default for BlockCache {
    fn default() -> Self {
        BlockCache {
            head: Cell::new(std::ptr::null_mut()),
            len: Cell::new(0),
        }
    }
}

impl BlockCache {
    /// A kept block (uninitialized memory of this cache's size), if there is one.
    #[inline]
    fn pop(&self) -> Option<NonNull<u8>> {
        let head = NonNull::new(self.head.get())?;
        // SAFETY: blocks in the list are owned by it and hold a `FreeBlock`.
        self.head.set(unsafe { head.as_ref().next });
        self.len.set(self.len.get() - 1);
        Some(head.cast())
    }

    #[inline]
    fn has_room(&self) -> bool {
        self.len.get() < BLOCK_CACHE_MAX
    }

    /// Keep `block` for reuse, or free it when the cache has filled up since
    /// the caller checked [`BlockCache::has_room`] (dropping the payload can
    /// free other objects).
    ///
    /// # Safety
    /// `block` is an allocation by the global allocator of `size` (this cache's
    /// size) and [`BLOCK_ALIGN`], whose contents are dropped, and nothing else
    /// refers to it.
    #[inline]
    unsafe fn push(&self, block: NonNull<u8>, size: usize) {
        if !self.has_room() {
            // SAFETY: per the contract, the block is ours and has this layout.
            unsafe {
                std::alloc::dealloc(
                    block.as_ptr(),
                    std::alloc::Layout::from_size_align_unchecked(size, BLOCK_ALIGN),
                )
            };
            return;
        }
        let b = block.cast::<FreeBlock>().as_ptr();
        // SAFETY: the block is ours (contract) and large and aligned enough.
        unsafe { b.write(FreeBlock { next: self.head.get() }) };
        self.head.set(b);
        self.len.set(self.len.get() + 1);
    }
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
    /// The caller ensures `ty`'s vtable is `T::VTABLE` and its layout is plain.
    #[inline]
    pub fn new<T: PyPayload>(payload: T, ty: &PyObjectRef) -> PyObjectRef {
        debug_assert_eq!(ty.ty_payload().layout, Layout::Plain);
        // A plain layout is collectable exactly when its payload is, so the
        // choice is made at compile time and ints and floats take the short path.
        debug_assert_eq!(ty.ty_payload().gc, T::GC);
        if T::GC {
            Self::alloc(payload, ty)
        } else {
            Self::alloc_plain(payload, ty)
        }
    }

    /// Allocate an object of a type whose instances are not collectable.
    #[inline]
    fn alloc_plain<U>(payload: U, ty: &PyObjectRef) -> PyObjectRef {
        let t = ty.ty_payload();
        let ty_ptr = ty.clone().into_raw().cast::<PyInner<PyType>>();
        let inner = PyInner {
            header: Header {
                refcnt: Cell::new(1),
                ty: Cell::new(ty_ptr.as_ptr()),
            },
            payload,
        };
        // A block-sized object (a float, an int) reuses a freed one's memory if
        // the heap kept some (decided at compile time for other sizes).
        let class = const { block_class::<PyInner<U>>() };
        let reused = match t.heap() {
            Some(heap) if class != 0 => heap.blocks.caches[class - 1].pop(),
            _ => None,
        };
        let ptr = match reused {
            Some(block) => {
                let p = block.cast::<PyInner<U>>();
                // SAFETY: `block` is an unused allocation with the size and
                // alignment of `PyInner<U>` (`block_class`); writing initializes it.
                unsafe { p.as_ptr().write(inner) };
                p.cast::<Header>()
            }
            None => NonNull::from(Box::leak(Box::new(inner))).cast::<Header>(),
        };
        if let Some(heap) = t.heap() {
            heap.count_alloc(std::mem::size_of::<PyInner<U>>() + counted_heap_bytes(heap, t.vtable, ptr));
            if heap.stats.fine() {
                t.allocs.set(t.allocs.get() + 1);
            }
        }
        PyObjectRef { ptr }
    }

    /// Allocate an instance of a Python class whose base payload is `T`, with
    /// its `__dict__` (empty inline values, or a dict object).
    pub fn new_with_dict<T: PyPayload>(payload: T, ty: &PyObjectRef, dict: InstanceDict) -> PyObjectRef {
        debug_assert_eq!(ty.ty_payload().layout, Layout::Dict);
        Self::alloc(Instance { base: payload, dict }, ty)
    }

    /// Allocate an instance of a class with `__slots__` (`dict` if it also has a
    /// `__dict__`); all slots start unset.
    pub fn new_with_slots<T: PyPayload>(payload: T, ty: &PyObjectRef, dict: Option<InstanceDict>) -> PyObjectRef {
        let n = ty.ty_payload().nslots;
        let slots: Box<[SlotCell]> = (0..n).map(|_| Cell::new(None)).collect();
        match dict {
            Some(dict) => {
                debug_assert_eq!(ty.ty_payload().layout, Layout::DictSlots);
                Self::alloc(
                    SlotDictInstance {
                        base: payload,
                        dict,
                        slots,
                    },
                    ty,
                )
            }
            None => {
                debug_assert_eq!(ty.ty_payload().layout, Layout::Slots);
                Self::alloc(SlotInstance { base: payload, slots }, ty)
            }
        }
    }

    fn alloc<U>(payload: U, ty: &PyObjectRef) -> PyObjectRef {
        let t = ty.ty_payload();
        let ty_ptr = ty.clone().into_raw().cast::<PyInner<PyType>>();
        let inner = PyInner {
            header: Header {
                refcnt: Cell::new(1),
                ty: Cell::new(ty_ptr.as_ptr()),
            },
            payload,
        };
        let ptr = if t.gc {
            let gc_box = GcBox {
                gc: GcHead::new(),
                inner,
            };
            // A block-sized object (a tuple) reuses a freed one's memory if
            // the heap kept some (decided at compile time for other sizes).
            let class = const { block_class::<GcBox<U>>() };
            let reused = match t.heap() {
                Some(heap) if class != 0 => heap.blocks.caches[class - 1].pop(),
                _ => None,
            };
            let start = match reused {
                Some(block) => {
                    let p = block.cast::<GcBox<U>>().as_ptr();
                    // SAFETY: `block` is an unused allocation with the size and
                    // alignment of `GcBox<U>` (`block_class`); writing initializes it.
                    unsafe { p.write(gc_box) };
                    p
                }
                None => Box::into_raw(Box::new(gc_box)),
            };
            // SAFETY: `start` is a valid, uniquely owned `GcBox<U>`; the header
            // pointer keeps the provenance of the whole allocation.
            unsafe { NonNull::new_unchecked(std::ptr::addr_of_mut!((*start).inner).cast::<Header>()) }
        } else {
            NonNull::from(Box::leak(Box::new(inner))).cast::<Header>()
        };
        let obj = PyObjectRef { ptr };
        if let Some(heap) = t.heap() {
            if heap.stats.fine() {
                t.allocs.set(t.allocs.get() + 1);
            }
            let gc_size = if t.gc { std::mem::size_of::<GcHead>() } else { 0 };
            heap.count_alloc(t.vtable.sizes[t.layout as usize] + gc_size + counted_heap_bytes(heap, t.vtable, ptr));
            if t.gc {
                heap.track_new(&obj);
            }
        }
        obj
    }

    /// A new tuple of the exact type `ty` (the interpreter's `tuple`, plain
    /// layout) whose items live in its own allocation, after the payload (see
    /// [`TupleItems`]): one allocation, reused from the heap's block caches for
    /// one to four items. An iterator that yields fewer items than its `len()`
    /// promised still makes a correct (shorter) tuple; extra items are dropped.
    pub(crate) fn new_inline_tuple<I>(items: I, ty: &PyObjectRef) -> PyObjectRef
    where
        I: ExactSizeIterator<Item = PyObjectRef>,
    {
        let n = items.len();
        let (start, first) = Self::inline_tuple_memory(n, ty);
        let mut written = 0;
        for v in items.take(n) {
            // SAFETY: `written < n`: slot `written` is in bounds and unused.
            unsafe { first.add(written).write(v) };
            written += 1;
        }
        if written < n {
            // The iterator fell short: move what it gave into an honest one.
            // SAFETY: items `0..written` were written above and are read once;
            // the memory is then freed with the layout it was allocated with
            // (a cached block has exactly that size and alignment).
            let got: Vec<PyObjectRef> = (0..written).map(|i| unsafe { first.add(i).read() }).collect();
            unsafe { std::alloc::dealloc(start, inline_tuple_layout(n)) };
            return Self::new_inline_tuple(got.into_iter(), ty);
        }
        // SAFETY: `start` is the tuple's memory and its `n` items are written.
        unsafe { Self::finish_inline_tuple(start, first, n, ty) }
    }

    /// A new tuple (as [`PyObjectRef::new_inline_tuple`]) of the items
    /// `v[at..]`, moved out of `v` (a frame's value stack), which is left
    /// `at` long.
    pub(crate) fn new_inline_tuple_from_tail(v: &mut Vec<PyObjectRef>, at: usize, ty: &PyObjectRef) -> PyObjectRef {
        let n = v.len() - at;
        let (start, first) = Self::inline_tuple_memory(n, ty);
        // SAFETY: `v[at..]` are `n` initialized items; they are moved (copied,
        // then forgotten by shortening `v`) into the `n` slots after the box.
        unsafe {
            std::ptr::copy_nonoverlapping(v.as_ptr().add(at), first, n);
            v.set_len(at);
            Self::finish_inline_tuple(start, first, n, ty)
        }
    }

    /// Memory for a tuple of `n` items inline (a cached block, or a new
    /// allocation of [`inline_tuple_layout`]) and where its items go.
    #[inline]
    fn inline_tuple_memory(n: usize, ty: &PyObjectRef) -> (*mut u8, *mut PyObjectRef) {
        let t = ty.ty_payload();
        debug_assert!(t.layout == Layout::Plain && t.gc && t.vtable.type_id == TypeId::of::<super::tuple::PyTuple>());
        let class = inline_tuple_class(n);
        let reused = match t.heap() {
            Some(heap) if class != 0 => heap.blocks.caches[class - 1].pop(),
            _ => None,
        };
        let start = match reused {
            Some(block) => block.as_ptr(),
            None => {
                let layout = inline_tuple_layout(n);
                // SAFETY: `layout` has a non-zero size (at least the GcBox).
                let p = unsafe { std::alloc::alloc(layout) };
                if p.is_null() {
                    std::alloc::handle_alloc_error(layout);
                }
                p
            }
        };
        // SAFETY: `start` has room for the box and `n` items after it.
        (start, unsafe { start.add(INLINE_TUPLE_BASE).cast::<PyObjectRef>() })
    }

    /// Write the tuple's box in front of its items and register it.
    ///
    /// # Safety
    /// `start` and `first` come from `inline_tuple_memory(n, ty)` and the `n`
    /// items at `first` are initialized.
    #[inline]
    unsafe fn finish_inline_tuple(start: *mut u8, first: *mut PyObjectRef, n: usize, ty: &PyObjectRef) -> PyObjectRef {
        use super::tuple::PyTuple;
        let t = ty.ty_payload();
        let ty_ptr = ty.clone().into_raw().cast::<PyInner<PyType>>();
        let gc_box = GcBox {
            gc: GcHead::new(),
            inner: PyInner {
                header: Header {
                    refcnt: Cell::new(1),
                    ty: Cell::new(ty_ptr.as_ptr()),
                },
                payload: PyTuple {
                    items: TupleItems {
                        // SAFETY: `first` is inside a live allocation, so non-null.
                        ptr: unsafe { NonNull::new_unchecked(first) },
                        len: n | TupleItems::INLINE,
                    },
                },
            },
        };
        let start = start.cast::<GcBox<PyTuple>>();
        // SAFETY: `start` is valid for a `GcBox<PyTuple>` (the contract); the
        // header pointer keeps the provenance of the whole allocation, items
        // included.
        let ptr = unsafe {
            start.write(gc_box);
            NonNull::new_unchecked(std::ptr::addr_of_mut!((*start).inner).cast::<Header>())
        };
        let obj = PyObjectRef { ptr };
        if let Some(heap) = t.heap() {
            if heap.stats.fine() {
                t.allocs.set(t.allocs.get() + 1);
            }
            heap.count_alloc(
                t.vtable.sizes[0] + std::mem::size_of::<GcHead>() + counted_heap_bytes(heap, t.vtable, ptr),
            );
            heap.track_new(&obj);
        }
        obj
    }

    /// Allocate a type object before `type` exists (bootstrap only): its type is
    /// set afterwards with [`PyObjectRef::init_class`]. Bootstrap types are not
    /// collectable.
    pub(crate) fn new_bootstrap_type(payload: PyType) -> PyObjectRef {
        let boxed = Box::new(GcBox {
            gc: GcHead::new(),
            inner: PyInner {
                header: Header {
                    refcnt: Cell::new(1),
                    ty: Cell::new(std::ptr::null()),
                },
                payload,
            },
        });
        let start = Box::into_raw(boxed);
        // SAFETY: `start` is a valid, uniquely owned `GcBox`; type objects are
        // collectable, so they carry a GC head like every other type object.
        let ptr = unsafe { NonNull::new_unchecked(std::ptr::addr_of_mut!((*start).inner).cast::<Header>()) };
        PyObjectRef { ptr }
    }

    /// Set the type of an object made by `new_bootstrap_type` (taking a count on
    /// `cls`).
    ///
    /// # Safety
    /// Only for bootstrap objects whose type is still null, before any use of their
    /// type; `cls` must be `type` (or another metatype with the plain layout).
    pub(crate) unsafe fn init_class(&self, cls: &PyObjectRef) {
        debug_assert!(self.header().ty.get().is_null());
        let p = cls.clone().into_raw().cast::<PyInner<PyType>>();
        self.header().ty.set(p.as_ptr());
    }

    /// Free `type` and `object` (`object_` here) at the very end of an
    /// interpreter, when nothing refers to them any more but each other, the
    /// caller's two references, and `type`'s reference to itself: the one
    /// cycle that counting cannot free and the collector never sees (the
    /// bootstrap types are not tracked). Returns them unfreed, as they were,
    /// if anything else still holds them (an object a host kept after
    /// dropping its interpreter keeps its type, and so `type`, alive), or if
    /// they are tracked by the collector.
    ///
    /// # Safety
    /// `type_` must be the interpreter's `type` (its own metatype) and
    /// `object_` its `object`, with `object` as `type`'s base, and the lock
    /// held; their attribute tables must have been cleared.
    pub(crate) unsafe fn free_bootstrap_pair(
        type_: PyObjectRef,
        object_: PyObjectRef,
    ) -> Result<(), (PyObjectRef, PyObjectRef)> {
        let t = type_.ty_payload();
        // What the pair itself holds: on `type`, its own type and `object`'s
        // (plus the caller's); on `object`, `type`'s base, bases and MRO.
        let inner_object_refs = usize::from(t.base.as_ref().is_some_and(|b| b.is(&object_)))
            + t.bases.iter().filter(|b| b.is(&object_)).count()
            + t.mro_tail.iter().filter(|b| b.is(&object_)).count();
        let only_each_other = type_.class().is(&type_)
            && object_.class().is(&type_)
            && type_.refcount() == 3
            && object_.refcount() == 1 + inner_object_refs
            && object_.ty_payload().base.is_none()
            && t.attrs.borrow().is_empty()
            && object_.ty_payload().attrs.borrow().is_empty();
        let untracked = |o: &PyObjectRef| o.gc_head().is_some_and(|g| !g.is_tracked());
        let Some(heap) = t.heap().cloned() else {
            return Err((type_, object_));
        };
        if !only_each_other || !untracked(&type_) || !untracked(&object_) {
            return Err((type_, object_));
        }
        // The weak references left are the heap's own (`type` is in
        // `object.__subclasses__()`): no Python weakref object can be alive,
        // it would hold a count on `type`.
        for o in [&type_, &object_] {
            if o.gc_head().is_some_and(GcHead::has_weakrefs) {
                heap.clear_weakrefs(o.ptr);
            }
        }
        let drop_fn = t.vtable.drop[t.layout as usize];
        let gc = t.gc;
        let (tp, op) = (type_.ptr, object_.ptr);
        // The counts of both are about to be taken apart by hand.
        std::mem::forget(type_);
        std::mem::forget(object_);
        // SAFETY: nothing refers to `type` but itself and `object`'s header,
        // which is freed next without being read: dropping its payload
        // releases `type`'s references to `object` (leaving the caller's
        // one), and frees its memory. `drop_fn` matches both objects: both
        // are instances of `type`, allocated as `GcBox<PyType>`.
        unsafe { drop_fn(tp, gc) };
        // SAFETY: the count on `object` left is the one forgotten above;
        // nothing else refers to it, and its type pointer (to the `type`
        // just freed) is not used.
        unsafe { drop_fn(op, gc) };
        drop(heap);
        Ok(())
    }

    /// Allocate a type object whose metatype is `metatype`. The new type belongs to
    /// the metatype's heap (interpreter).
    pub fn new_type(payload: PyType, metatype: &PyObjectRef) -> PyObjectRef {
        if let Some(h) = metatype.ty_payload().heap() {
            payload.set_heap(h.clone());
        }
        let t = Self::alloc(payload, metatype);
        t.register_subclass();
        t
    }

    /// A type object with a `__dict__` of its own (instances of metaclasses).
    pub fn new_type_with_dict(payload: PyType, metatype: &PyObjectRef, dict: InstanceDict) -> PyObjectRef {
        if let Some(h) = metatype.ty_payload().heap() {
            payload.set_heap(h.clone());
        }
        let t = Self::alloc(Instance { base: payload, dict }, metatype);
        t.register_subclass();
        t
    }

    /// Enter this new type in its bases' lists of subclasses, as a weak
    /// reference (`type.__subclasses__()`).
    pub(crate) fn register_subclass(&self) {
        let t = self.ty_payload();
        let Some(heap) = t.heap() else { return };
        if t.bases.is_empty() || self.gc_head().is_none() {
            return;
        }
        let slot = heap.add_weakref(self, true);
        for b in &t.bases {
            b.ty_payload().add_subclass(slot.clone());
        }
    }

    /// Give the object another class (`obj.__class__ = cls`). Refused
    /// (`Err(())`) unless `cls` lays its instances out exactly as the current
    /// class does (same payload, layout, number of slots, collectability):
    /// that keeps the header's vtable right for this allocation. Whether
    /// Python allows the change is the caller's question. Returns the old
    /// class, which the caller must keep alive: Rust code up the stack may
    /// still hold a `&PyType` borrowed from this object.
    pub fn set_class(&self, cls: &PyObjectRef) -> Result<PyObjectRef, ()> {
        let (old, new) = (self.ty(), cls.as_type().ok_or(())?);
        if old.vtable.type_id != new.vtable.type_id
            || old.layout != new.layout
            || old.nslots != new.nslots
            || old.gc != new.gc
        {
            return Err(());
        }
        let p = cls.clone().into_raw().cast::<PyInner<PyType>>();
        let prev = self.header().ty.replace(p.as_ptr());
        // The reference the header held on the old class moves to the caller.
        Ok(PyObjectRef {
            ptr: NonNull::new(prev as *mut Header).expect("type pointer is non-null"),
        })
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

    /// A new reference to the object whose [`PyObjectRef::id`] is `id`.
    ///
    /// # Safety
    /// `id` must be the id of an object that is still alive (something else
    /// holds a reference to it for the duration of this call).
    #[inline]
    pub(crate) unsafe fn clone_from_id(id: usize) -> PyObjectRef {
        debug_assert!(id != 0);
        // SAFETY: the caller guarantees a live object at `id`, so its header
        // is valid and a count can be added.
        let ptr = unsafe { NonNull::new_unchecked(id as *mut Header) };
        let borrowed = std::mem::ManuallyDrop::new(PyObjectRef { ptr });
        PyObjectRef::clone(&borrowed)
    }

    /// The header pointer (for the collector and weak references).
    #[inline]
    pub(crate) fn as_ptr(&self) -> NonNull<Header> {
        self.ptr
    }

    /// A new strong reference to the object at `ptr`.
    ///
    /// # Safety
    /// `ptr` must point at a live object (count > 0) of this interpreter.
    pub(crate) unsafe fn from_ptr(ptr: NonNull<Header>) -> PyObjectRef {
        // SAFETY: the object is live by the contract.
        let h = unsafe { ptr.as_ref() };
        h.refcnt.set(h.refcnt.get() + 1);
        PyObjectRef { ptr }
    }

    /// The collector's head of a collectable object (`None` for others).
    #[inline]
    pub(crate) fn gc_head(&self) -> Option<&GcHead> {
        if self.ty().gc {
            // SAFETY: objects of `gc` types are allocated as `GcBox`, whose head is
            // right before the header; it lives as long as the object.
            Some(unsafe { &*gc_head_ptr(self.ptr) })
        } else {
            None
        }
    }

    /// Walk the references this object owns, its type first.
    pub(crate) fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(self.class());
        let t = self.ty();
        // SAFETY: the vtable and layout describe this object's allocation.
        unsafe { (t.vtable.traverse[t.layout as usize])(self.ptr, visit) }
    }

    /// The objects this one refers to, as `gc.get_referents` reports them: what
    /// its payload holds, and its class if that is a heap type (CPython's
    /// instances of Python classes visit their type; built-in objects do not).
    pub fn referents(&self) -> Vec<PyObjectRef> {
        let mut out = Vec::new();
        if !self.ty().gc {
            return out;
        }
        let mut f = |o: &PyObjectRef| out.push(o.clone());
        let mut v = Visit::new(&mut f);
        let t = self.ty();
        // SAFETY: the vtable and layout describe this object's allocation.
        unsafe { (t.vtable.traverse[t.layout as usize])(self.ptr, &mut v) };
        drop(v);
        if t.flags.heaptype {
            out.push(self.class().clone());
        }
        out
    }

    /// Drop the references that may form cycles (`tp_clear`).
    pub(crate) fn clear_refs(&self) {
        let t = self.ty();
        // SAFETY: the vtable and layout describe this object's allocation.
        unsafe { (t.vtable.clear[t.layout as usize])(self.ptr) }
    }

    /// The payload as `T`, if this object's type stores a `T`.
    #[inline]
    pub fn downcast_ref<T: PyPayload>(&self) -> Option<&T> {
        if self.ty().vtable.type_id == TypeId::of::<T>() {
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
        self.ty().vtable.type_id == TypeId::of::<T>()
    }

    /// The payload as `T` without checking.
    ///
    /// # Safety
    /// The object's payload must be a `T` (e.g. checked by `payload_is`).
    #[inline]
    pub unsafe fn payload_unchecked<T: PyPayload>(&self) -> &T {
        // SAFETY: the caller guarantees the payload type; every layout puts the
        // base `T` first, right after the header (repr(C)).
        unsafe { &(*self.ptr.as_ptr().cast::<PyInner<T>>()).payload }
    }

    /// The payload, to change in place, when this reference is the only
    /// one to the object (its count is 1) and the payload is a `T`: nothing
    /// else can see the change. (How an iterator reuses its result tuple
    /// once the loop has let go of it, as CPython's do.)
    #[inline]
    pub fn unique_payload_mut<T: PyPayload>(&mut self) -> Option<&mut T> {
        if self.refcount() != 1 || !self.payload_is::<T>() {
            return None;
        }
        // SAFETY: the payload is a `T` (checked) at the start of the payload
        // area (every layout puts the base first). The count is 1 and we hold
        // that one reference exclusively (`&mut self`), so no other
        // `PyObjectRef`, and so no shared borrow of the payload, exists while
        // the returned borrow lives; the pointer comes from the allocation's
        // owning box, so writing through it is allowed.
        Some(unsafe { &mut (*self.ptr.as_ptr().cast::<PyInner<T>>()).payload })
    }

    fn payload_start(&self) -> *const u8 {
        // SAFETY: the payload follows the header within the same allocation.
        unsafe { self.ptr.as_ptr().cast::<u8>().add(std::mem::size_of::<Header>()) }
    }

    /// The instance `__dict__` storage, for instances of classes that have
    /// one (its values or dict: see [`InstanceDict`]; `Vm::instance_dict`
    /// gives the dict object, made on demand).
    #[inline]
    pub fn instance_dict(&self) -> Option<&InstanceDict> {
        let ty = self.ty();
        if !ty.instances_have_dict() {
            return None;
        }
        let offset = ty.vtable.dict_offset;
        // SAFETY: instances of a type with a dict layout are allocated as
        // `Instance<T>` or `SlotDictInstance<T>` with `T` matching the vtable; both
        // put the `InstanceDict` at `dict_offset` bytes past the payload start.
        unsafe { Some(&*(self.payload_start().add(offset).cast::<InstanceDict>())) }
    }

    /// The instance's dict object if it has one already (the dict state);
    /// `None` for inline values or no `__dict__` at all. Never allocates.
    #[inline]
    pub fn existing_dict(&self) -> Option<PyObjectRef> {
        self.instance_dict().and_then(InstanceDict::dict)
    }

    /// The `__slots__` storage, for instances of classes that have slots.
    #[inline]
    pub fn slots(&self) -> Option<&[SlotCell]> {
        let ty = self.ty();
        if !matches!(ty.layout, Layout::Slots | Layout::DictSlots) {
            return None;
        }
        let offset = ty.vtable.slots_offset[ty.layout as usize];
        // SAFETY: the layout says the payload is a `SlotInstance<T>` or
        // `SlotDictInstance<T>`, whose `slots` field is at this offset.
        unsafe { Some(&**(self.payload_start().add(offset).cast::<Box<[SlotCell]>>())) }
    }

    /// The size in bytes of the object's own allocation (GC head + header +
    /// payload, and the slot and inline value arrays of an instance), as `sys.getsizeof`
    /// starts from.
    pub fn alloc_size(&self) -> usize {
        let ty = self.ty();
        let mut n = ty.vtable.sizes[ty.layout as usize];
        if ty.gc {
            n += std::mem::size_of::<GcHead>();
        }
        if let Some(s) = self.slots() {
            n += std::mem::size_of_val(s);
        }
        if let Some(d) = self.instance_dict() {
            n += d.values_bytes();
        }
        n
    }

    fn into_raw(self) -> NonNull<Header> {
        let p = self.ptr;
        std::mem::forget(self);
        p
    }

    /// Free the object (count reached zero).
    #[cold]
    fn dealloc(ptr: NonNull<Header>) {
        // SAFETY: the header and its type are live until the object is freed.
        let ty = unsafe { &(*ptr.as_ref().ty.get()).payload };
        // A leaf of a built-in type frees nothing but itself (its type, static
        // for the VM's life, keeps other references), so no depth to bound.
        if ty.vtable.leaf && !ty.gc && !ty.flags.heaptype {
            // SAFETY: the count is zero, so we own the object exclusively.
            unsafe { Self::free_now(ptr) };
            return;
        }
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
        if ty.gc {
            if let Some(heap) = ty.heap() {
                // SAFETY: a `gc` type's objects have a GC head.
                let gc = unsafe { &*gc_head_ptr(ptr) };
                if !gc.is_finalized() {
                    // SAFETY: the object is still intact (count zero, not yet freed).
                    if unsafe { wants_finalize(ty, ptr) } {
                        // Resurrect it: the VM finalizes it at the next safe point,
                        // then drops this reference, freeing it for real.
                        gc.set_finalized();
                        // SAFETY: `ptr` is live; the count goes from 0 to 1 and the
                        // new reference is handed to the heap's queue.
                        unsafe { ptr.as_ref().refcnt.set(1) };
                        heap.defer_finalize(PyObjectRef { ptr });
                        return;
                    }
                }
                if gc.has_weakrefs() {
                    heap.clear_weakrefs(ptr);
                }
                heap.untrack_freed(gc);
                heap.count_free(
                    ty.vtable.sizes[ty.layout as usize]
                        + std::mem::size_of::<GcHead>()
                        + counted_heap_bytes(heap, ty.vtable, ptr),
                );
                if heap.stats.fine() {
                    ty.frees.set(ty.frees.get() + 1);
                }
                if ty.vtable.inline_items {
                    // SAFETY: the object is intact and its payload is the vtable's.
                    let extra = unsafe { (ty.vtable.inline_bytes)(ptr) };
                    if extra != 0 {
                        // SAFETY: we own the object, untracked, without weak
                        // references; its allocation holds `extra` more bytes.
                        unsafe { free_with_inline(ptr, ty, extra, Some(heap)) };
                        // SAFETY: as below, the reference the object held to its type.
                        drop(PyObjectRef {
                            ptr: NonNull::new(ty_ptr as *mut Header).expect("type pointer is non-null"),
                        });
                        return;
                    }
                }
                let class = ty.vtable.gc_recycle;
                if class != 0 && ty.layout == Layout::Plain && heap.blocks.caches[class - 1].has_room() {
                    // SAFETY: we own the object, untracked and without weak
                    // references; its payload is dropped once, here, and its
                    // whole allocation (from the GC head: a box of this
                    // class's size and alignment) goes to the cache.
                    unsafe {
                        (ty.vtable.drop_payload)(ptr);
                        let start = NonNull::new_unchecked(gc_head_ptr(ptr).cast_mut().cast::<u8>());
                        heap.blocks.caches[class - 1].push(start, BLOCK_SIZES[class - 1]);
                    }
                    // SAFETY: as below, the reference the object held to its type.
                    drop(PyObjectRef {
                        ptr: NonNull::new(ty_ptr as *mut Header).expect("type pointer is non-null"),
                    });
                    return;
                }
            }
        } else if let Some(heap) = ty.heap() {
            heap.count_free(ty.vtable.sizes[ty.layout as usize] + counted_heap_bytes(heap, ty.vtable, ptr));
            if heap.stats.fine() {
                ty.frees.set(ty.frees.get() + 1);
            }
            let class = ty.vtable.recycle;
            if class != 0 && ty.layout == Layout::Plain && heap.blocks.caches[class - 1].has_room() {
                // SAFETY: we own the object; its payload is dropped once, here,
                // and its memory, a box of this class's size and alignment,
                // goes to the cache.
                unsafe {
                    (ty.vtable.drop_payload)(ptr);
                    heap.blocks.caches[class - 1].push(ptr.cast(), BLOCK_SIZES[class - 1]);
                }
                // SAFETY: as below, the reference the object held to its type.
                drop(PyObjectRef {
                    ptr: NonNull::new(ty_ptr as *mut Header).expect("type pointer is non-null"),
                });
                return;
            }
        }
        // SAFETY: the object is intact and its payload is the vtable's.
        let extra = if ty.vtable.inline_items {
            unsafe { (ty.vtable.inline_bytes)(ptr) }
        } else {
            0
        };
        if extra != 0 {
            // SAFETY: we are the unique owner; the allocation holds `extra` more bytes.
            unsafe { free_with_inline(ptr, ty, extra, None) };
        } else {
            let drop_fn = ty.vtable.drop[ty.layout as usize];
            // SAFETY: the vtable matches the allocation (set when the object was made),
            // and we are the unique owner.
            unsafe { drop_fn(ptr, ty.gc) };
        }
        // Release the reference the object held to its type.
        // SAFETY: `ty_ptr` was produced from a strong `PyObjectRef` in `alloc`.
        drop(PyObjectRef {
            ptr: NonNull::new(ty_ptr as *mut Header).expect("type pointer is non-null"),
        });
    }
}

/// Drop the payload of a collectable plain object whose allocation holds
/// `extra` bytes after it (a tuple's inline items) and free that allocation:
/// into `heap`'s block cache of its size if there is one.
///
/// # Safety
/// `ptr` is a collectable plain object of type `ty`, allocated with `extra`
/// bytes after its `GcBox` (`new_inline_tuple`), that nothing refers to any
/// more, untracked; the caller releases the type reference afterwards.
unsafe fn free_with_inline(ptr: NonNull<Header>, ty: &PyType, extra: usize, heap: Option<&super::gc::Heap>) {
    debug_assert!(ty.gc && ty.layout == Layout::Plain);
    let size = ty.vtable.sizes[0] + std::mem::size_of::<GcHead>() + extra;
    // SAFETY: a collectable object has its GC head right before the header,
    // at the start of the allocation.
    let start = unsafe { gc_head_ptr(ptr).cast_mut().cast::<u8>() };
    // SAFETY: we own the payload; it is dropped once, here.
    unsafe { (ty.vtable.drop_payload)(ptr) };
    let class = block_class_of_size(size);
    match heap {
        // SAFETY: the block is an allocation of `size` bytes (a block class's
        // size) with the header's alignment, dropped, and ours alone.
        Some(heap) if class != 0 => unsafe { heap.blocks.caches[class - 1].push(NonNull::new_unchecked(start), size) },
        // SAFETY: allocated by `new_inline_tuple` with this layout.
        _ => unsafe { std::alloc::dealloc(start, std::alloc::Layout::from_size_align_unchecked(size, BLOCK_ALIGN)) },
    }
}

/// Whether the object at `ptr` must be finalized before it is freed: its class
/// (or a base) has a `__del__`, or its payload asks (a suspended generator).
///
/// # Safety
/// `ptr` must point at an intact object whose type is `ty`.
unsafe fn wants_finalize(ty: &PyType, ptr: NonNull<Header>) -> bool {
    // SAFETY: per the contract, the vtable describes the object at `ptr`.
    (ty.flags.heaptype && ty.needs_finalizer()) || ty.vtable.wants_finalize.is_some_and(|f| unsafe { f(ptr) })
}

impl PyObjectRef {
    /// Whether this object must be finalized before it is freed (see
    /// [`wants_finalize`]); used by the collector for unreachable objects.
    pub(crate) fn wants_finalize(&self) -> bool {
        // SAFETY: a live reference points at an intact object of its own type.
        unsafe { wants_finalize(self.ty(), self.ptr) }
    }
}

/// The GC head of a collectable object.
///
/// # Safety
/// `ptr` must point at the header of an object allocated as a `GcBox`.
#[inline]
pub(crate) unsafe fn gc_head_ptr(ptr: NonNull<Header>) -> *const GcHead {
    // SAFETY: `GcBox` is repr(C) with the head first and the header right after it
    // (`GcHead` is 16 bytes, a multiple of the header's alignment).
    unsafe {
        ptr.as_ptr()
            .cast::<u8>()
            .sub(std::mem::size_of::<GcHead>())
            .cast::<GcHead>()
    }
}

const _: () = assert!(std::mem::size_of::<GcHead>() == 16);
const _: () = assert!(std::mem::offset_of!(GcBox<u64>, inner) == std::mem::size_of::<GcHead>());

impl PyObjectRef {
    /// The invariant of `gil.rs`, checked in debug builds: a reference count
    /// changes only on a thread that holds the object's interpreter lock.
    #[cfg(debug_assertions)]
    #[inline(never)]
    fn assert_lock_held(&self) {
        if self.header().ty.get().is_null() {
            return; // a bootstrap type before its metatype is set
        }
        if let Some(heap) = self.ty().heap() {
            assert!(
                crate::gil::holds(std::sync::Arc::as_ptr(&heap.gil)),
                "a Python object was touched by a thread that does not hold its interpreter's lock"
            );
        }
    }
}

impl Clone for PyObjectRef {
    #[inline]
    fn clone(&self) -> Self {
        #[cfg(debug_assertions)]
        self.assert_lock_held();
        let h = self.header();
        h.refcnt.set(h.refcnt.get() + 1);
        PyObjectRef { ptr: self.ptr }
    }
}

impl Drop for PyObjectRef {
    #[inline]
    fn drop(&mut self) {
        #[cfg(debug_assertions)]
        self.assert_lock_held();
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
        /// Never read: held so that freeing one object frees the next (a chain).
        #[allow(dead_code)]
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

    /// A plain built-in type (no dict) for `vtable`'s payloads, attached to
    /// a new heap whose lock is held (the caller releases it).
    fn type_with_heap(
        meta: &PyObjectRef,
        name: &'static str,
        vtable: &'static PayloadVTable,
    ) -> (PyObjectRef, Rc<crate::object::gc::Heap>) {
        let flags = TypeFlags {
            has_dict: false,
            basetype: true,
            heaptype: false,
        };
        let ty = PyObjectRef::new_type(PyType::new(name, None, vec![], vec![], vtable, flags), meta);
        let heap = Rc::new(crate::object::gc::Heap::new());
        heap.gil.acquire();
        ty.ty_payload().set_heap(heap.clone());
        (ty, heap)
    }

    /// A plain, non-collectable payload of one word (a block of the first
    /// size) that counts its drops.
    struct Tracked(Rc<Cell<usize>>);
    impl PyPayload for Tracked {
        const GC: bool = false;
    }
    impl Drop for Tracked {
        fn drop(&mut self) {
            self.0.set(self.0.get() + 1);
        }
    }

    #[test]
    fn freed_blocks_are_reused() {
        let (_meta, _, _) = types();
        let (ty, heap) = type_with_heap(&_meta, "tracked", &Tracked::VTABLE);
        assert_eq!(Tracked::VTABLE.recycle, 1);
        let drops = Rc::new(Cell::new(0));
        let a = PyObjectRef::new(Tracked(drops.clone()), &ty);
        let addr = a.id();
        drop(a);
        assert_eq!(drops.get(), 1, "the payload is dropped when the block is kept");
        assert_eq!(heap.blocks.caches[0].len.get(), 1);
        let b = PyObjectRef::new(Tracked(drops.clone()), &ty);
        assert_eq!(b.id(), addr, "the kept block is reused");
        assert_eq!(heap.blocks.caches[0].len.get(), 0);
        drop(b);
        let many: Vec<_> = (0..BLOCK_CACHE_MAX + 10)
            .map(|_| PyObjectRef::new(Tracked(drops.clone()), &ty))
            .collect();
        drop(many);
        assert_eq!(drops.get(), BLOCK_CACHE_MAX + 12);
        assert_eq!(heap.blocks.caches[0].len.get(), BLOCK_CACHE_MAX, "the rest are freed");
        assert_eq!(ty.refcount(), 1, "freed instances release their type");
        heap.gil.release();
    }

    /// A collectable payload of two words: with its GC head, a block of the
    /// third size (as a tuple).
    struct TrackedPair {
        drops: Rc<Cell<usize>>,
        #[allow(dead_code)]
        next: Option<PyObjectRef>,
    }
    impl PyPayload for TrackedPair {
        const GC: bool = true;
    }
    impl Drop for TrackedPair {
        fn drop(&mut self) {
            self.drops.set(self.drops.get() + 1);
        }
    }

    #[test]
    fn freed_collectable_blocks_are_reused() {
        let (_meta, _, _) = types();
        let (ty, heap) = type_with_heap(&_meta, "pair", &TrackedPair::VTABLE);
        assert_eq!(TrackedPair::VTABLE.gc_recycle, 3);
        let drops = Rc::new(Cell::new(0));
        let pair = |next| {
            PyObjectRef::new(
                TrackedPair {
                    drops: drops.clone(),
                    next,
                },
                &ty,
            )
        };
        let a = pair(None);
        assert!(a.gc_head().is_some_and(|g| g.is_tracked()));
        let addr = a.id();
        // Freeing the outer pair frees the inner one from inside its drop.
        let outer = pair(Some(a));
        drop(outer);
        assert_eq!(drops.get(), 2, "both payloads are dropped when the blocks are kept");
        assert_eq!(heap.blocks.caches[2].len.get(), 2);
        let b = pair(None);
        let c = pair(None);
        assert!(b.id() == addr || c.id() == addr, "a kept block is reused");
        assert!(b.gc_head().is_some_and(|g| g.is_tracked()), "and tracked again");
        assert_eq!(heap.blocks.caches[2].len.get(), 0);
        drop((b, c));
        let many: Vec<_> = (0..BLOCK_CACHE_MAX + 10).map(|_| pair(None)).collect();
        drop(many);
        assert_eq!(drops.get(), BLOCK_CACHE_MAX + 14);
        assert_eq!(heap.blocks.caches[2].len.get(), BLOCK_CACHE_MAX, "the rest are freed");
        assert_eq!(ty.refcount(), 1, "freed instances release their type");
        heap.gil.release();
    }

    /// Tuples with their items inline: made from an iterator (honest or
    /// short) and from a vector's tail, read, freed last item first, their
    /// blocks kept and reused by size, and subclass-style boxed items beside them.
    #[test]
    fn inline_tuples() {
        use crate::object::tuple::PyTuple;
        let (_meta, plain, _) = types();
        let (tuple, heap) = type_with_heap(&_meta, "tuple", &PyTuple::VTABLE);
        let drops = Rc::new(Cell::new(0));
        let leaf = || {
            PyObjectRef::new(
                Counted {
                    drops: drops.clone(),
                    next: None,
                },
                &plain,
            )
        };
        let items_of = |t: &PyObjectRef| t.downcast_ref::<PyTuple>().expect("a tuple").items.len();

        // From an iterator, one to six items (blocks for one to four).
        let ts: Vec<_> = (1..=6)
            .map(|n| PyObjectRef::new_inline_tuple((0..n).map(|_| leaf()), &tuple))
            .collect();
        for (i, t) in ts.iter().enumerate() {
            assert_eq!(items_of(t), i + 1);
            assert!(t.gc_head().is_some_and(|g| g.is_tracked()));
        }
        let two = ts[1].id();
        drop(ts);
        assert_eq!(drops.get(), 21);
        for n in 1..=4 {
            assert_eq!(
                heap.blocks.caches[3 + n - 1].len.get(),
                1,
                "a block of {n} items is kept"
            );
        }
        // From a vector's tail: the vector keeps its head; the block is reused.
        let mut v: Vec<_> = (0..5).map(|_| leaf()).collect();
        let t = PyObjectRef::new_inline_tuple_from_tail(&mut v, 3, &tuple);
        assert_eq!((v.len(), items_of(&t)), (3, 2));
        assert_eq!(t.id(), two, "the kept two-item block is reused");
        // Items are released last first.
        let first = t.downcast_ref::<PyTuple>().unwrap().items[0].clone();
        drop(t);
        assert_eq!(drops.get(), 22, "the second item went, the first is still held");
        drop(first);
        drop(v);
        assert_eq!(drops.get(), 26);

        // An iterator that promises more than it gives.
        struct Liar<I>(I, usize);
        impl<I: Iterator<Item = PyObjectRef>> Iterator for Liar<I> {
            type Item = PyObjectRef;
            fn next(&mut self) -> Option<PyObjectRef> {
                self.0.next()
            }
        }
        impl<I: Iterator<Item = PyObjectRef>> ExactSizeIterator for Liar<I> {
            fn len(&self) -> usize {
                self.1
            }
        }
        let t = PyObjectRef::new_inline_tuple(Liar((0..2).map(|_| leaf()), 7), &tuple);
        assert_eq!(items_of(&t), 2);
        drop(t);
        // And one that would give more: only the promised items are taken.
        let t = PyObjectRef::new_inline_tuple(Liar((0..5).map(|_| leaf()), 3), &tuple);
        assert_eq!(items_of(&t), 3);
        drop(t);
        assert_eq!(drops.get(), 26 + 5);

        // Many at once: past the caches' room, the rest are freed by size.
        let many: Vec<_> = (0..BLOCK_CACHE_MAX + 5)
            .map(|i| PyObjectRef::new_inline_tuple((0..(i % 9)).map(|_| leaf()), &tuple))
            .collect();
        drop(many);
        // Boxed items (an instance of a subclass) beside them.
        let b = PyObjectRef::new(PyTuple::boxed(vec![leaf(), leaf()]), &tuple);
        assert_eq!(items_of(&b), 2);
        drop(b);
        let e = PyObjectRef::new(PyTuple::boxed(Vec::new()), &tuple);
        assert_eq!(items_of(&e), 0);
        drop(e);
        assert_eq!(tuple.refcount(), 1, "freed tuples release their type");
        heap.gil.release();
    }

    #[test]
    fn unique_payload_only_with_one_reference() {
        let (_meta, plain, _) = types();
        let drops = Rc::new(Cell::new(0));
        let mut a = PyObjectRef::new(
            Counted {
                drops: drops.clone(),
                next: None,
            },
            &plain,
        );
        assert!(a.unique_payload_mut::<Empty>().is_none(), "another payload type");
        let b = a.clone();
        assert!(a.unique_payload_mut::<Counted>().is_none(), "two references");
        drop(b);
        let other = PyObjectRef::new(
            Counted {
                drops: drops.clone(),
                next: None,
            },
            &plain,
        );
        let p = a.unique_payload_mut::<Counted>().expect("the only reference");
        p.next = Some(other);
        drop(a);
        assert_eq!(drops.get(), 2, "the new field was dropped with the object");
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
            InstanceDict::with_dict(dict_obj.clone()),
        );
        assert!(inst.downcast_ref::<Counted>().is_some());
        assert!(inst.downcast_ref::<Empty>().is_none());
        assert!(inst.existing_dict().is_some_and(|d| d.is(&dict_obj)));
        assert!(dict_obj.instance_dict().is_none());
        assert_eq!(dict_obj.refcount(), 2);
        assert!(inst.alloc_size() > dict_obj.alloc_size());
        drop(inst);
        assert_eq!(drops.get(), 1);
        assert_eq!(dict_obj.refcount(), 1);
        drop(dict_obj);
        assert_eq!(drops.get(), 2);
    }

    #[test]
    fn inline_values_hold_and_free() {
        let (_meta, plain, with_dict) = types();
        let drops = Rc::new(Cell::new(0));
        let counted = || {
            PyObjectRef::new(
                Counted {
                    drops: drops.clone(),
                    next: None,
                },
                &plain,
            )
        };
        let inst = PyObjectRef::new_with_dict(
            Counted {
                drops: drops.clone(),
                next: None,
            },
            &with_dict,
            InstanceDict::new(),
        );
        let before = inst.alloc_size();
        let d = inst.instance_dict().expect("a __dict__");
        assert!(!d.has_dict());
        let (a, b) = (counted(), counted());
        d.push_value(0, a.clone(), 3);
        d.push_value(2, b.clone(), 3);
        assert_eq!(d.values_len(), 3);
        assert_eq!(d.values_count(), 2);
        assert!(d.value(0).is_some_and(|v| v.is(&a)));
        assert!(d.value(1).is_none(), "a hole");
        assert!(d.value(7).is_none(), "past the end");
        assert!(d.replace_value(1, counted()).is_err(), "a hole is not replaced");
        assert_eq!(drops.get(), 1, "the value handed back was dropped");
        let old = d.replace_value(0, b.clone()).expect("a value to replace");
        assert!(old.is(&a));
        drop(old);
        assert_eq!(a.refcount(), 1);
        assert!(inst.alloc_size() > before, "the value array is counted");
        let mut seen = 0;
        let mut f = |_: &PyObjectRef| seen += 1;
        let mut v = Visit::new(&mut f);
        inst.traverse(&mut v);
        drop(v);
        assert_eq!(seen, 3, "the class and the two values");
        assert!(d.remove_value(2).is_some_and(|v| v.is(&b)));
        assert_eq!(d.values_len(), 1, "trailing holes are trimmed");
        // Materializing: the dict becomes the truth and the values go.
        let dict_obj = counted();
        let (old_dict, old_values) = d.set_dict(dict_obj.clone());
        assert!(old_dict.is_none());
        assert_eq!(old_values.len(), 1);
        drop(old_values);
        assert!(d.has_dict() && d.values_len() == 0);
        assert!(inst.existing_dict().is_some_and(|x| x.is(&dict_obj)));
        // Clearing (tp_clear) drops values only; the dict is its own object.
        d.push_value(0, counted(), 1);
        inst.clear_refs();
        assert_eq!(d.values_len(), 0);
        assert_eq!(dict_obj.refcount(), 2);
        let n = drops.get();
        drop(inst);
        assert_eq!(drops.get(), n + 1, "the instance's own payload");
        assert_eq!(dict_obj.refcount(), 1);
        assert_eq!(b.refcount(), 1);
        drop((a, b, dict_obj));
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
