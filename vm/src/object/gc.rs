//! The interpreter's heap: allocation counters, the cycle collector, the queue of
//! objects waiting to be finalized, and the weak-reference registry.
//!
//! # Notes
//!
//! **What is tracked.** Objects that can hold references (lists, dicts, sets,
//! tuples, functions, cells, types, generators, instances of Python classes, ...)
//! are allocated with a 16-byte [`GcHead`] just before their header, like CPython's
//! `PyGC_Head`. Each tracked object sits in the list of one of three generations;
//! its head stores its index there (so untracking is a `swap_remove`), its
//! generation and a few flags, and `gc_refs`, scratch space for a collection.
//! A fourth list, the *permanent generation* (`gc.freeze()`, [`PERMANENT`]),
//! holds objects no collection examines: the built-in objects made when an
//! interpreter starts are moved there, so collections do not walk them again
//! and again.
//!
//! **Atoms are not tracked** (CPython's rules, observable with
//! `gc.is_tracked`). An object is an *atom* for the collector when it cannot
//! be part of a cycle: an object without a `GcHead` (int, str, float, ...) or
//! an untracked exact tuple ([`Heap::may_be_tracked`]). Two kinds of
//! container leave the lists when they hold only atoms:
//! - an exact tuple is tracked when made; a collection that finds it
//!   reachable untracks it if all its items are atoms (a tuple never changes,
//!   so it never needs tracking again; the one exception, an iterator
//!   refilling its unshared result tuple, tracks it again: `TupleSlot`);
//! - an exact dict starts untracked (`{}`, `dict()`, a copy of an untracked
//!   dict) and is tracked when a key or value that is not an atom is stored
//!   in it ([`Heap::track_dict_for`], called by every store into a dict's
//!   table); a full collection untracks the dicts it finds holding only atoms.
//!
//! An untracked container is never walked, so the references it holds count
//! as references from outside: what it refers to survives every collection.
//! That is why a dict holding another dict is tracked (the inner dict may
//! gain a reference back later), and why a store into an untracked dict
//! must track it before a cycle can pass through it: a missed store leaks
//! the cycle, it never frees a live object.
//!
//! **The algorithm** (CPython's, see `docs/internals/gc.md`). To collect the
//! generations `0..=g`:
//! 1. set each object's `gc_refs` to its reference count;
//! 2. walk every object's references ([`PyObjectRef::traverse`]) and subtract one
//!    from each referent that is being collected: what remains counts references
//!    from *outside* the collected set (Rust locals, the value stack, older
//!    objects);
//! 3. objects with `gc_refs > 0` are reachable, and so is everything they reach;
//! 4. the rest is garbage: weak references to it are cleared, `__del__` methods
//!    run (by the VM, which may resurrect objects: then nothing is freed this
//!    time), and each object's references are cleared (`tp_clear`), which lets
//!    ordinary reference counting free the whole cycle.
//!
//! Steps 1-3 run no Python code and change no reference count; a payload whose
//! `RefCell` is borrowed cannot be walked, and the collection is then abandoned
//! (see [`Visit`]).
//!
//! **Safe points.** Allocation only *requests* a collection, and freeing an object
//! that needs finalizing only *queues* it: both set a bit in [`Heap::breaker`],
//! which the interpreter loop checks between instructions. Python code (`__del__`,
//! weakref callbacks) therefore never runs inside a Rust borrow.
//!
//! This module and `core` hold the unsafe code of the object model; they are
//! tested under Miri.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::ptr::NonNull;
use std::rc::Rc;
use std::sync::atomic::Ordering;

use ahash::AHashMap;
use smallvec::SmallVec;

use super::core::{gc_head_ptr, Header, PyObjectRef, Visit};

/// The heap's bits of the eval-breaker word ([`crate::gil::Gil::breaker`]).
pub mod breaker {
    /// Objects wait to be finalized, or weakref callbacks to be called.
    pub const PENDING: u32 = 1;
    /// A generation passed its threshold.
    pub const COLLECT: u32 = 2;
    /// Live bytes passed [`Heap::mem_limit`](super::Heap::mem_limit) (see `limits.rs`).
    pub const MEMORY: u32 = 4;
}

const UNTRACKED: u32 = u32::MAX;
/// The index of the permanent generation (`gc.freeze`): never collected.
const PERMANENT: usize = 3;
const GEN_MASK: u32 = 0b11;
const FINALIZED: u32 = 1 << 2;
const WEAKREFS: u32 = 1 << 3;
const COLLECTING: u32 = 1 << 4;
const REACHABLE: u32 = 1 << 5;

/// The collector's per-object bookkeeping, before the header of collectable objects.
#[repr(C)]
pub struct GcHead {
    /// Position in its generation's list, or `UNTRACKED`.
    index: Cell<u32>,
    /// Generation (2 bits) and flags.
    flags: Cell<u32>,
    /// Scratch count during a collection.
    gc_refs: Cell<isize>,
}

impl GcHead {
    pub(crate) fn new() -> GcHead {
        GcHead {
            index: Cell::new(UNTRACKED),
            flags: Cell::new(0),
            gc_refs: Cell::new(0),
        }
    }

    #[inline]
    pub fn is_tracked(&self) -> bool {
        self.index.get() != UNTRACKED
    }

    #[inline]
    fn generation(&self) -> usize {
        (self.flags.get() & GEN_MASK) as usize
    }

    fn set_flag(&self, f: u32, on: bool) {
        let v = self.flags.get();
        self.flags.set(if on { v | f } else { v & !f });
    }

    fn has(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }

    #[inline]
    pub(crate) fn is_finalized(&self) -> bool {
        self.has(FINALIZED)
    }

    pub(crate) fn set_finalized(&self) {
        self.set_flag(FINALIZED, true)
    }

    #[inline]
    pub(crate) fn has_weakrefs(&self) -> bool {
        self.has(WEAKREFS)
    }
}

/// One generation's objects in the order they were tracked (CPython keeps a
/// linked list; finalizers of garbage run in this order). Untracking leaves a
/// hole, and the list is compacted when holes outnumber objects.
#[derive(Default)]
struct GenList {
    items: Vec<*const Header>,
    holes: usize,
}

impl GenList {
    fn push(&mut self, p: NonNull<Header>, gc: &GcHead, gen: usize) {
        gc.index.set(self.items.len() as u32);
        gc.flags.set((gc.flags.get() & !GEN_MASK) | gen as u32);
        self.items.push(p.as_ptr());
    }

    fn remove(&mut self, i: usize) {
        if i + 1 == self.items.len() {
            // The newest object (a temporary tuple freed right after it was
            // made): no hole, and the holes it leaves uncovered go too.
            self.items.pop();
            while self.items.last().is_some_and(|p| p.is_null()) {
                self.items.pop();
                self.holes -= 1;
            }
            return;
        }
        self.items[i] = std::ptr::null();
        self.holes += 1;
        if self.holes > 32 && self.holes * 2 > self.items.len() {
            self.compact();
        }
    }

    fn compact(&mut self) {
        self.items.retain(|p| !p.is_null());
        for (i, &p) in self.items.iter().enumerate() {
            // SAFETY: non-null entries are live tracked objects.
            unsafe {
                (*gc_head_ptr(NonNull::new_unchecked(p as *mut Header)))
                    .index
                    .set(i as u32)
            };
        }
        self.holes = 0;
    }

    fn live(&self) -> impl Iterator<Item = NonNull<Header>> + '_ {
        self.items.iter().filter_map(|&p| NonNull::new(p as *mut Header))
    }

    fn len(&self) -> usize {
        self.items.len() - self.holes
    }

    /// Empty the list, returning its objects in order.
    fn take(&mut self) -> Vec<NonNull<Header>> {
        let out = self.live().collect();
        self.items.clear();
        self.holes = 0;
        out
    }
}

/// Work the VM must do at the next safe point.
pub enum Pending {
    /// Run the object's finalizer (`__del__`, or close a generator), then drop it.
    Finalize(PyObjectRef),
    /// Call `callback(weakref)`: the weak reference's referent died.
    Callback {
        callback: PyObjectRef,
        weakref: PyObjectRef,
    },
}

/// The state shared between a weak reference object and the registry: the
/// referent (cleared when it dies) and the weakref object itself (cleared when
/// *it* dies). Neither pointer owns a count.
pub struct WeakSlot {
    referent: Cell<Option<NonNull<Header>>>,
    owner: Cell<Option<NonNull<Header>>>,
    /// The weakref has a callback (so it is never shared by `weakref.ref(o)` calls).
    pub has_callback: bool,
}

impl WeakSlot {
    /// The referent, if it is still alive.
    pub fn get(&self) -> Option<PyObjectRef> {
        // SAFETY: the referent pointer is cleared (by `Heap::clear_weakrefs`) before
        // the referent is freed, so a `Some` points at a live object.
        self.referent.get().map(|p| unsafe { PyObjectRef::from_ptr(p) })
    }

    pub fn is_dead(&self) -> bool {
        self.referent.get().is_none()
    }

    /// Called when the weakref object is freed.
    pub fn release(&self) {
        self.owner.set(None);
    }
}

/// Counters reported by `kaa --stats` and `gc.get_stats()`.
///
/// Three kinds, by cost (measured in `docs/internals/stats.md`):
/// - the collector's counts: always kept (they drive it);
/// - live and peak objects and bytes: kept while `on` is set (`kaa --stats`,
///   `Interpreter::enable_stats`, a memory limit); otherwise one never-taken
///   branch per allocation and free;
/// - the fine-grained counters (per-type allocations, small-int cache hits,
///   interning, hash caching, dict probes): compiled only with the cargo
///   feature `stats`, and then kept while `on` is set. Without the feature they
///   cost nothing.
///
/// Counts start when counting is turned on.
#[derive(Default)]
pub struct HeapStats {
    /// Count the optional counters.
    pub on: Cell<bool>,
    pub live_objects: Cell<u64>,
    pub live_bytes: Cell<u64>,
    pub peak_objects: Cell<u64>,
    pub peak_bytes: Cell<u64>,
    pub collections: [Cell<u64>; 3],
    pub collected: Cell<u64>,
    pub collected_by_gen: [Cell<u64>; 3],
    pub uncollectable: Cell<u64>,
    pub small_int_hits: Cell<u64>,
    pub interned: Cell<u64>,
    pub intern_hits: Cell<u64>,
    pub hashes_computed: Cell<u64>,
    pub hashes_cached: Cell<u64>,
    pub dict_lookups: Cell<u64>,
    pub dict_probes: Cell<u64>,
    pub finalizers_run: Cell<u64>,
    /// Instances made with inline values (no dict object).
    pub instances_with_values: Cell<u64>,
    /// Instances whose inline values became a dict object (`__dict__` asked for).
    pub dicts_materialized: Cell<u64>,
    /// Turns of an asyncio event loop (`_run_once`), counted by `_asyncio`.
    pub asyncio_loop_iterations: Cell<u64>,
    /// asyncio task steps (a task resumed its coroutine: a task switch).
    pub asyncio_task_steps: Cell<u64>,
}

impl HeapStats {
    /// Whether the fine-grained counters are compiled in and on.
    #[inline(always)]
    pub fn fine(&self) -> bool {
        cfg!(feature = "stats") && self.on.get()
    }

    /// Add one to a fine-grained counter.
    #[inline(always)]
    pub fn bump(&self, c: &Cell<u64>) {
        if self.fine() {
            c.set(c.get() + 1)
        }
    }

    /// One dict lookup that examined `len` slots (a fine-grained counter).
    #[inline(always)]
    pub fn count_probe(&self, len: u32) {
        if self.fine() {
            self.dict_lookups.set(self.dict_lookups.get() + 1);
            self.dict_probes.set(self.dict_probes.get() + len as u64);
        }
    }
}

/// One interpreter's heap. Types hold an `Rc` to it, so it outlives every object
/// that can reach it.
pub struct Heap {
    /// The interpreter's lock, whose `breaker` word carries the heap's requests
    /// for the interpreter loop (bits of [`breaker`]; zero almost always).
    pub gil: std::sync::Arc<crate::gil::Gil>,
    /// Generations 0, 1, 2, then the permanent one ([`PERMANENT`]).
    generations: [RefCell<GenList>; 4],
    /// CPython's `gc.get_count()`: allocations minus frees of tracked objects since
    /// the last collection of generation 0, then collections of the younger
    /// generation since the last collection of generations 1 and 2.
    counts: [Cell<usize>; 3],
    thresholds: [Cell<usize>; 3],
    enabled: Cell<bool>,
    collecting: Cell<bool>,
    /// Objects that survived a full collection, and those promoted to generation 2
    /// since, for CPython's rule that a full collection waits until the pending
    /// ones are 25% of the long-lived ones.
    long_lived_total: Cell<usize>,
    long_lived_pending: Cell<usize>,
    pending: RefCell<VecDeque<Pending>>,
    /// The generation the current (or last) collection examined.
    last_generation: Cell<usize>,
    /// Bumped when a class gains a `__del__` (see `PyType::needs_finalizer`).
    del_epoch: Cell<u64>,
    /// The last tag given to a dict's key set ([`Heap::tag_dict_keys`]).
    dict_keys_tags: Cell<u64>,
    /// The addresses of the interpreter's exact `tuple` and `dict` types (0
    /// until [`Heap::set_atom_types`]): the containers that are untracked
    /// when they hold only atoms. Compared, never dereferenced.
    exact_tuple: Cell<usize>,
    exact_dict: Cell<usize>,
    weakrefs: RefCell<AHashMap<usize, SmallVec<[Rc<WeakSlot>; 1]>>>,
    pub stats: HeapStats,
    /// The memory cap in live bytes (`u64::MAX`: none); see `limits.rs`. Live
    /// bytes are counted only while `stats.on`, which setting a cap turns on.
    pub mem_limit: Cell<u64>,
    /// `sys.set_int_max_str_digits`' limit on decimal int<->str
    /// conversions (0: none); per interpreter, as CPython's.
    pub int_max_str_digits: Cell<usize>,
    /// The type attribute cache (`PyType::lookup`; see `typ.rs`).
    pub type_cache: super::typ::TypeCache,
    /// Freed floats' and ints' memory, kept for the next ones (`core.rs`).
    pub(crate) blocks: super::core::BlockCaches,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            gil: std::sync::Arc::new(crate::gil::Gil::new()),
            generations: Default::default(),
            counts: Default::default(),
            thresholds: [Cell::new(700), Cell::new(10), Cell::new(10)],
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            long_lived_total: Cell::new(0),
            long_lived_pending: Cell::new(0),
            pending: RefCell::new(VecDeque::new()),
            last_generation: Cell::new(0),
            del_epoch: Cell::new(0),
            dict_keys_tags: Cell::new(0),
            exact_tuple: Cell::new(0),
            exact_dict: Cell::new(0),
            weakrefs: RefCell::new(AHashMap::new()),
            stats: HeapStats::default(),
            mem_limit: Cell::new(u64::MAX),
            int_max_str_digits: Cell::new(crate::object::int::MAX_STR_DIGITS),
            type_cache: super::typ::TypeCache::new(),
            blocks: Default::default(),
        }
    }

    /// Give back the memory of the heap's own tables (the interpreter's
    /// teardown: the heap outlives it when `type` and `object` stay).
    pub fn shrink(&self) {
        for g in &self.generations {
            if let Ok(mut g) = g.try_borrow_mut() {
                g.compact();
                g.items.shrink_to_fit();
            }
        }
        if let Ok(mut w) = self.weakrefs.try_borrow_mut() {
            w.shrink_to_fit();
        }
        if let Ok(mut p) = self.pending.try_borrow_mut() {
            p.shrink_to_fit();
        }
    }

    pub fn del_epoch(&self) -> u64 {
        self.del_epoch.get()
    }

    /// The tag of `t`'s key set, giving it one if it has none
    /// (see [`super::dict_table::KeysTag`]).
    pub fn tag_dict_keys(&self, t: &super::dict_table::DictTable) -> u64 {
        let tag = t.keys_tag.get();
        if tag != 0 {
            return tag;
        }
        let tag = self.dict_keys_tags.get() + 1;
        self.dict_keys_tags.set(tag);
        t.keys_tag.set(tag);
        tag
    }

    pub fn bump_del_epoch(&self) {
        self.del_epoch.set(self.del_epoch.get() + 1);
    }

    fn request(&self, bit: u32) {
        self.gil.breaker.fetch_or(bit, Ordering::Relaxed);
    }

    /// The eval-breaker word (requests from the heap and from the lock).
    #[inline(always)]
    pub fn breaker(&self) -> u32 {
        self.gil.breaker.load(Ordering::Relaxed)
    }

    /// Clear `bit` of the eval-breaker word; whether it was set.
    fn take_request(&self, bit: u32) -> bool {
        self.gil.breaker.fetch_and(!bit, Ordering::Relaxed) & bit != 0
    }

    // ----- allocation -----

    /// Count a new object of `size` bytes (live and peak objects and bytes),
    /// if counting is on.
    #[inline]
    pub(crate) fn count_alloc(&self, size: usize) {
        let s = &self.stats;
        if !s.on.get() {
            return;
        }
        let n = s.live_objects.get() + 1;
        s.live_objects.set(n);
        let b = s.live_bytes.get() + size as u64;
        s.live_bytes.set(b);
        if n > s.peak_objects.get() {
            s.peak_objects.set(n);
        }
        if b > s.peak_bytes.get() {
            s.peak_bytes.set(b);
        }
        if b > self.mem_limit.get() {
            self.request(breaker::MEMORY);
        }
    }

    /// Count a freed object of `size` bytes, if counting is on.
    #[inline]
    pub(crate) fn count_free(&self, size: usize) {
        let s = &self.stats;
        if !s.on.get() {
            return;
        }
        // Objects made before counting started are freed uncounted.
        s.live_objects.set(s.live_objects.get().saturating_sub(1));
        s.live_bytes.set(s.live_bytes.get().saturating_sub(size as u64));
    }

    /// Track a new collectable object in generation 0, requesting a collection
    /// when the generation passes its threshold.
    pub(crate) fn track_new(&self, obj: &PyObjectRef) {
        self.track(obj);
        let c = self.counts[0].get() + 1;
        self.counts[0].set(c);
        if c > self.thresholds[0].get() && self.enabled.get() && self.thresholds[0].get() > 0 {
            self.request(breaker::COLLECT);
        }
    }

    fn track(&self, obj: &PyObjectRef) {
        let Some(gc) = obj.gc_head() else { return };
        if gc.is_tracked() {
            return;
        }
        self.generations[0].borrow_mut().push(obj.as_ptr(), gc, 0);
    }

    /// Remove a tracked object from its generation's list.
    fn untrack(&self, gc: &GcHead) {
        let i = gc.index.get();
        if i == UNTRACKED {
            return;
        }
        gc.index.set(UNTRACKED);
        self.generations[gc.generation()].borrow_mut().remove(i as usize);
    }

    /// A collectable object is being freed: untrack it. The count of
    /// generation 0 goes down whether it was tracked or not, as it went up
    /// when it was made (CPython's `PyObject_GC_Del`).
    pub(crate) fn untrack_freed(&self, gc: &GcHead) {
        if gc.is_tracked() {
            self.untrack(gc);
        }
        let c = self.counts[0].get();
        if c > 0 {
            self.counts[0].set(c - 1);
        }
    }

    // ----- atoms (see the Notes) -----

    /// Tell the heap which types are the interpreter's exact `tuple` and
    /// `dict` (once, when the interpreter is made).
    pub fn set_atom_types(&self, tuple: &PyObjectRef, dict: &PyObjectRef) {
        self.exact_tuple.set(tuple.id());
        self.exact_dict.set(dict.id());
    }

    /// Whether `o` may be part of a cycle (CPython's
    /// `_PyObject_GC_MAY_BE_TRACKED`): it has a `GcHead` and is not an
    /// untracked exact tuple. An untracked dict counts as trackable: a store
    /// may track it later.
    #[inline]
    pub fn may_be_tracked(&self, o: &PyObjectRef) -> bool {
        match o.gc_head() {
            None => false,
            Some(g) => g.is_tracked() || o.class().id() != self.exact_tuple.get(),
        }
    }

    /// `key` and `value` were stored in `dict`: track it if it is not
    /// tracked and either may be part of a cycle (CPython's
    /// `MAINTAIN_TRACKING`). Every store into a dict's table calls this (or
    /// [`Heap::track_dict_for_value`]).
    #[inline]
    pub fn track_dict_for(&self, dict: &PyObjectRef, key: &PyObjectRef, value: &PyObjectRef) {
        if dict.gc_head().is_some_and(|g| !g.is_tracked()) && (self.may_be_tracked(key) || self.may_be_tracked(value)) {
            self.track(dict);
        }
    }

    /// `value` replaced the value of a key already in `dict`
    /// ([`Heap::track_dict_for`]).
    #[inline]
    pub fn track_dict_for_value(&self, dict: &PyObjectRef, value: &PyObjectRef) {
        if dict.gc_head().is_some_and(|g| !g.is_tracked()) && self.may_be_tracked(value) {
            self.track(dict);
        }
    }

    /// Untrack an object just made that starts untracked (an exact dict, the
    /// empty tuple). It stays counted as an allocation, as in CPython.
    pub fn untrack_new(&self, obj: &PyObjectRef) {
        if let Some(gc) = obj.gc_head() {
            // The newest tracked object: leaves the list without a hole.
            self.untrack(gc);
        }
    }

    /// Make `dict` (just made, untracked) tracked if anything it holds may be
    /// part of a cycle (a dict made from a table filled directly).
    pub fn track_dict_if_needed(&self, dict: &PyObjectRef) {
        if dict.gc_head().is_some_and(|g| !g.is_tracked()) && !self.holds_only_atoms(dict) {
            self.track(dict);
        }
    }

    /// Track an exact tuple again that a collection untracked, because its
    /// items are being replaced (an iterator reusing its unshared result
    /// tuple, `TupleSlot`). It joins generation 0, as CPython's iterators do.
    pub fn track_again(&self, obj: &PyObjectRef) {
        self.track(obj);
    }

    /// Whether `obj`, an exact tuple or dict, holds only atoms: a dict whose
    /// table is borrowed (being changed further up the stack) does not.
    fn holds_only_atoms(&self, obj: &PyObjectRef) -> bool {
        if let Some(t) = obj.downcast_ref::<super::tuple::PyTuple>() {
            return t.as_slice().iter().all(|o| !self.may_be_tracked(o));
        }
        if let Some(d) = obj.downcast_ref::<super::dict::PyDict>() {
            return d.table.try_borrow().is_ok_and(|t| {
                t.iter()
                    .all(|e| !self.may_be_tracked(&e.key) && !self.may_be_tracked(&e.value))
            });
        }
        false
    }

    /// Whether a reachable object met by a collection leaves the lists: an
    /// exact tuple of atoms (every collection), an exact dict of atoms (full
    /// collections only, as CPython: a dict being built would otherwise be
    /// checked again and again).
    #[inline]
    fn untrack_survivor(&self, obj: &PyObjectRef, full: bool) -> bool {
        let cls = obj.class().id();
        (cls == self.exact_tuple.get() || (full && cls == self.exact_dict.get())) && self.holds_only_atoms(obj)
    }

    // ----- finalization -----

    /// Queue an object (resurrected with one count) for finalization.
    pub(crate) fn defer_finalize(&self, obj: PyObjectRef) {
        self.pending.borrow_mut().push_back(Pending::Finalize(obj));
        self.request(breaker::PENDING);
    }

    /// All pending work, in the order it was queued; clears the request bit.
    /// (Taken as a batch: work queued while it runs, by the finalizers
    /// themselves, is handled by the next check, nested inside them, as CPython
    /// would run it at once.)
    pub fn take_pending(&self) -> VecDeque<Pending> {
        self.take_request(breaker::PENDING);
        std::mem::take(&mut *self.pending.borrow_mut())
    }

    /// Whether a collection was requested; clears the request.
    pub fn take_collect_request(&self) -> bool {
        self.take_request(breaker::COLLECT)
    }

    /// A mutable payload's buffer is now `now` bytes; it had charged
    /// `charged` to the live bytes (see `PyPayload::heap_bytes`).
    #[inline]
    pub fn recharge(&self, charged: &Cell<usize>, now: usize) {
        let old = charged.get();
        if old == now || !self.stats.on.get() {
            return;
        }
        charged.set(now);
        let s = &self.stats;
        let b = s.live_bytes.get().saturating_sub(old as u64) + now as u64;
        s.live_bytes.set(b);
        if b > s.peak_bytes.get() {
            s.peak_bytes.set(b);
        }
        if b > self.mem_limit.get() {
            self.request(breaker::MEMORY);
        }
    }

    /// Whether the memory cap was passed since the last call; clears the request.
    pub fn take_memory_request(&self) -> bool {
        self.take_request(breaker::MEMORY)
    }

    // ----- weak references -----

    /// Register a weak reference to `obj` (which must be collectable); `owner` is
    /// the weakref object. With no callback, an existing plain weakref is returned
    /// instead (CPython shares them).
    pub fn add_weakref(&self, obj: &PyObjectRef, has_callback: bool) -> Rc<WeakSlot> {
        let gc = obj.gc_head().expect("weak references need a collectable object");
        gc.set_flag(WEAKREFS, true);
        let slot = Rc::new(WeakSlot {
            referent: Cell::new(Some(obj.as_ptr())),
            owner: Cell::new(None),
            has_callback,
        });
        let mut map = self.weakrefs.borrow_mut();
        let list = map.entry(obj.id()).or_default();
        // Slots whose weakref object died go; a slot held elsewhere too (a
        // type's list of subclasses holds slots without a weakref object) stays.
        list.retain(|s| s.owner.get().is_some() || Rc::strong_count(s) > 1);
        list.push(slot.clone());
        slot
    }

    /// Record the weakref object owning `slot` (after it is allocated).
    pub fn set_weakref_owner(&self, slot: &WeakSlot, owner: &PyObjectRef) {
        slot.owner.set(Some(owner.as_ptr()));
    }

    /// A live plain (callback-less) weakref object to `obj`, to share.
    pub fn find_plain_weakref(&self, obj: &PyObjectRef) -> Option<PyObjectRef> {
        let map = self.weakrefs.borrow();
        let list = map.get(&obj.id())?;
        let slot = list
            .iter()
            .find(|s| !s.has_callback && s.owner.get().is_some() && !s.is_dead())?;
        // SAFETY: a slot's owner is cleared when the weakref object is freed, so a
        // `Some` points at a live weakref object.
        slot.owner.get().map(|p| unsafe { PyObjectRef::from_ptr(p) })
    }

    /// The number of live weakref objects to `obj` (`weakref.getweakrefcount`).
    pub fn weakref_count(&self, obj: &PyObjectRef) -> usize {
        self.weakrefs
            .borrow()
            .get(&obj.id())
            .map_or(0, |l| l.iter().filter(|s| s.owner.get().is_some()).count())
    }

    /// The live weakref objects to `obj` (`weakref.getweakrefs`).
    pub fn weakrefs_of(&self, obj: &PyObjectRef) -> Vec<PyObjectRef> {
        let map = self.weakrefs.borrow();
        let Some(list) = map.get(&obj.id()) else {
            return Vec::new();
        };
        // SAFETY: as in `find_plain_weakref`.
        list.iter()
            .filter_map(|s| s.owner.get())
            .map(|p| unsafe { PyObjectRef::from_ptr(p) })
            .collect()
    }

    /// The object at `ptr` is dying: detach its weak references and queue their
    /// callbacks (newest first, as CPython calls them).
    pub(crate) fn clear_weakrefs(&self, ptr: NonNull<Header>) {
        let list = self.weakrefs.borrow_mut().remove(&(ptr.as_ptr() as usize));
        let Some(list) = list else { return };
        let mut q = self.pending.borrow_mut();
        let mut any = false;
        for slot in list.iter().rev() {
            slot.referent.set(None);
            if let Some(owner) = slot.owner.get() {
                // SAFETY: the owner is a live weakref object (see `WeakSlot`).
                let wr = unsafe { PyObjectRef::from_ptr(owner) };
                if let Some(cb) = super::weakref::take_callback(&wr) {
                    q.push_back(Pending::Callback {
                        callback: cb,
                        weakref: wr,
                    });
                    any = true;
                }
            }
        }
        drop(q);
        if any {
            self.request(breaker::PENDING);
        }
    }

    // ----- collection -----

    pub fn is_enabled(&self) -> bool {
        self.enabled.get()
    }

    pub fn set_enabled(&self, on: bool) {
        self.enabled.set(on);
    }

    pub fn get_count(&self) -> (usize, usize, usize) {
        (self.counts[0].get(), self.counts[1].get(), self.counts[2].get())
    }

    pub fn get_threshold(&self) -> (usize, usize, usize) {
        (
            self.thresholds[0].get(),
            self.thresholds[1].get(),
            self.thresholds[2].get(),
        )
    }

    pub fn set_threshold(&self, t0: usize, t1: Option<usize>, t2: Option<usize>) {
        self.thresholds[0].set(t0);
        if let Some(t) = t1 {
            self.thresholds[1].set(t);
        }
        if let Some(t) = t2 {
            self.thresholds[2].set(t);
        }
    }

    pub fn is_collecting(&self) -> bool {
        self.collecting.get()
    }

    /// `gc.freeze()`: move every tracked object to the permanent generation,
    /// which collections ignore (CPython 3.7+). Their referents stay alive
    /// through them, as references from any older generation keep younger
    /// objects alive.
    pub fn freeze(&self) {
        let mut perm = self.generations[PERMANENT].borrow_mut();
        for gen in &self.generations[..PERMANENT] {
            for p in gen.borrow_mut().take() {
                // SAFETY: generation lists hold live tracked objects.
                let gc = unsafe { &*gc_head_ptr(p) };
                perm.push(p, gc, PERMANENT);
            }
        }
        for c in &self.counts {
            c.set(0);
        }
    }

    /// `gc.unfreeze()`: the permanent generation's objects go back to the
    /// oldest generation.
    pub fn unfreeze(&self) {
        let mut oldest = self.generations[2].borrow_mut();
        for p in self.generations[PERMANENT].borrow_mut().take() {
            // SAFETY: as in `freeze`.
            let gc = unsafe { &*gc_head_ptr(p) };
            oldest.push(p, gc, 2);
        }
    }

    /// `gc.get_freeze_count()`.
    pub fn freeze_count(&self) -> usize {
        self.generations[PERMANENT].borrow().len()
    }

    /// The tracked objects of generation `g`, as new references (`gc.get_objects`).
    pub fn objects(&self, g: Option<usize>) -> Vec<PyObjectRef> {
        let mut out = Vec::new();
        for (i, gen) in self.generations.iter().enumerate() {
            if g.is_some_and(|g| g != i) {
                continue;
            }
            // SAFETY: generation lists hold live tracked objects.
            out.extend(gen.borrow().live().map(|p| unsafe { PyObjectRef::from_ptr(p) }));
        }
        out
    }

    /// Which generation an automatic collection should examine (CPython's
    /// `gc_collect_generations`), or `None`.
    pub fn generation_to_collect(&self) -> Option<usize> {
        if !self.enabled.get() || self.collecting.get() {
            return None;
        }
        for g in (0..3).rev() {
            let t = self.thresholds[g].get();
            if t > 0 && self.counts[g].get() > t {
                if g == 2 && self.long_lived_pending.get() < self.long_lived_total.get() / 4 {
                    continue;
                }
                return Some(g);
            }
        }
        None
    }

    /// Steps 1-3 of a collection of generations `0..=g`: returns the unreachable
    /// objects (as new references, untracked) and moves the survivors to the next
    /// generation. `None` if the heap could not be walked (a borrowed `RefCell`).
    pub fn find_garbage(&self, g: usize) -> Option<Vec<PyObjectRef>> {
        let g = g.min(2);
        self.last_generation.set(g);
        let s = &self.stats.collections[g];
        s.set(s.get() + 1);
        // Bookkeeping as CPython: collecting g resets its count and those below it,
        // and counts one collection of g for g + 1.
        if g < 2 {
            self.counts[g + 1].set(self.counts[g + 1].get() + 1);
        }
        for c in &self.counts[..=g] {
            c.set(0);
        }
        // The objects, oldest first (as CPython merges the younger lists onto
        // the older one), in the oldest generation's own buffer: a full
        // collection of a big heap copies no list of all its objects.
        let mut objs: Vec<NonNull<Header>> = {
            let mut oldest = self.generations[g].borrow_mut();
            oldest.holes = 0;
            std::mem::take(&mut oldest.items)
                .into_iter()
                .filter_map(|p| NonNull::new(p.cast_mut()))
                .collect()
        };
        for gen in self.generations[..g].iter().rev() {
            let mut gen = gen.borrow_mut();
            objs.extend(gen.items.iter().filter_map(|&p| NonNull::new(p.cast_mut())));
            gen.items.clear();
            gen.holes = 0;
        }
        // 1. gc_refs = refcount; mark as being collected; `index` is the
        // position in `objs` for the duration.
        for (i, &p) in objs.iter().enumerate() {
            // SAFETY: tracked objects are live and collectable.
            let (gc, obj) = unsafe { (&*gc_head_ptr(p), borrowed(&p)) };
            gc.gc_refs.set(obj.refcount() as isize);
            gc.index.set(i as u32);
            gc.set_flag(COLLECTING, true);
            gc.set_flag(REACHABLE, false);
        }
        // 2. Subtract internal references.
        let mut complete = true;
        for &p in &objs {
            // SAFETY: as above.
            let obj = unsafe { borrowed(&p) };
            let mut f = |r: &PyObjectRef| {
                if let Some(h) = r.gc_head() {
                    if h.has(COLLECTING) {
                        h.gc_refs.set(h.gc_refs.get() - 1);
                    }
                }
            };
            let mut v = Visit::new(&mut f);
            obj.traverse(&mut v);
            complete &= !v.is_incomplete();
        }
        // 3. Everything reachable from an object referenced from outside
        // survives. One pass in list order: an object referenced from outside
        // is marked when the pass reaches it, and a marked object's referents
        // are marked when the pass reaches *it*. A referent behind the pass
        // (at a position already passed) goes on a stack, walked at once; one
        // ahead of it will be walked when the pass gets there. Containers are
        // usually made before what they hold, so the stack stays short where
        // marking all the roots first would stack every one of them.
        let mut stack: Vec<NonNull<Header>> = Vec::new();
        if complete {
            for (i, &p) in objs.iter().enumerate() {
                // SAFETY: as above.
                let gc = unsafe { &*gc_head_ptr(p) };
                if gc.gc_refs.get() > 0 {
                    gc.set_flag(REACHABLE, true);
                }
                if !gc.has(REACHABLE) {
                    continue;
                }
                stack.push(p);
                while let Some(q) = stack.pop() {
                    // SAFETY: as above.
                    let obj = unsafe { borrowed(&q) };
                    let mut f = |r: &PyObjectRef| {
                        if let Some(h) = r.gc_head() {
                            if h.has(COLLECTING) && !h.has(REACHABLE) {
                                h.set_flag(REACHABLE, true);
                                if h.index.get() as usize <= i {
                                    stack.push(r.as_ptr());
                                }
                            }
                        }
                    };
                    let mut v = Visit::new(&mut f);
                    obj.traverse(&mut v);
                    complete &= !v.is_incomplete();
                }
                if !complete {
                    break;
                }
            }
        }
        // 4. Survivors move up a generation, except the containers of atoms,
        // which are untracked (see the Notes: in list order, so a tuple of
        // tuples made before it goes in the same pass); garbage is returned
        // untracked.
        let next = (g + 1).min(2);
        let mut garbage = Vec::new();
        let mut kept = 0;
        for i in 0..objs.len() {
            let p = objs[i];
            // SAFETY: as above.
            let gc = unsafe { &*gc_head_ptr(p) };
            gc.set_flag(COLLECTING, false);
            if !complete || gc.has(REACHABLE) {
                gc.set_flag(REACHABLE, false);
                // SAFETY: as above.
                if complete && self.untrack_survivor(unsafe { borrowed(&p) }, g == 2) {
                    gc.index.set(UNTRACKED);
                    continue;
                }
                objs[kept] = p;
                kept += 1;
            } else {
                gc.index.set(UNTRACKED);
                // SAFETY: the object is live (it is still counted).
                garbage.push(unsafe { PyObjectRef::from_ptr(p) });
            }
        }
        objs.truncate(kept);
        {
            let mut dest = self.generations[next].borrow_mut();
            if dest.items.is_empty() || next == g {
                // A full collection: the survivors, in place, are the oldest
                // generation's new list.
                for (i, &p) in objs.iter().enumerate() {
                    // SAFETY: as above.
                    let gc = unsafe { &*gc_head_ptr(p) };
                    gc.index.set(i as u32);
                    gc.flags.set((gc.flags.get() & !GEN_MASK) | next as u32);
                }
                dest.holes = 0;
                dest.items = objs.into_iter().map(|p| p.as_ptr().cast_const()).collect();
            } else {
                for &p in &objs {
                    // SAFETY: as above.
                    let gc = unsafe { &*gc_head_ptr(p) };
                    dest.push(p, gc, next);
                }
                // The buffer goes back to the collected generation, which
                // fills again.
                objs.clear();
                // (`g < next` here: a full collection empties its own list.)
                let mut own = self.generations[g].borrow_mut();
                if own.items.capacity() < objs.capacity() {
                    own.items = objs.into_iter().map(|p| p.as_ptr().cast_const()).collect();
                }
            }
        }
        if g == 2 {
            self.long_lived_total.set(self.generations[2].borrow().len());
            self.long_lived_pending.set(0);
        } else if g == 1 {
            self.long_lived_pending.set(self.long_lived_pending.get() + kept);
        }
        complete.then_some(garbage)
    }

    /// After finalizers ran on `garbage`: which of it is still unreachable.
    /// Objects a finalizer made reachable again (resurrected), and everything they
    /// reach, are not (CPython's `handle_resurrected_objects`). `None` if the
    /// objects could not be walked: then nothing may be freed.
    pub fn still_unreachable(&self, garbage: &[PyObjectRef]) -> Option<Vec<bool>> {
        for o in garbage {
            let gc = o.gc_head().expect("garbage is collectable");
            // One count is `garbage`'s own reference.
            gc.gc_refs.set(o.refcount() as isize - 1);
            gc.set_flag(COLLECTING, true);
            gc.set_flag(REACHABLE, false);
        }
        let mut complete = true;
        for o in garbage {
            let mut f = |r: &PyObjectRef| {
                if let Some(h) = r.gc_head() {
                    if h.has(COLLECTING) {
                        h.gc_refs.set(h.gc_refs.get() - 1);
                    }
                }
            };
            let mut v = Visit::new(&mut f);
            o.traverse(&mut v);
            complete &= !v.is_incomplete();
        }
        let mut stack: Vec<PyObjectRef> = Vec::new();
        for o in garbage {
            let gc = o.gc_head().expect("garbage is collectable");
            if gc.gc_refs.get() > 0 {
                gc.set_flag(REACHABLE, true);
                stack.push(o.clone());
            }
        }
        while let Some(o) = stack.pop() {
            let mut found = Vec::new();
            let mut f = |r: &PyObjectRef| {
                if let Some(h) = r.gc_head() {
                    if h.has(COLLECTING) && !h.has(REACHABLE) {
                        h.set_flag(REACHABLE, true);
                        found.push(r.clone());
                    }
                }
            };
            let mut v = Visit::new(&mut f);
            o.traverse(&mut v);
            complete &= !v.is_incomplete();
            drop(v);
            stack.extend(found);
        }
        let out = garbage
            .iter()
            .map(|o| {
                let gc = o.gc_head().expect("garbage is collectable");
                gc.set_flag(COLLECTING, false);
                let reachable = gc.has(REACHABLE);
                gc.set_flag(REACHABLE, false);
                !reachable
            })
            .collect();
        complete.then_some(out)
    }

    /// Put objects back under the collector's watch (survivors of a collection
    /// that found them resurrected), in the oldest generation.
    pub fn retrack(&self, obj: &PyObjectRef) {
        let Some(gc) = obj.gc_head() else { return };
        if gc.is_tracked() {
            return;
        }
        self.generations[2].borrow_mut().push(obj.as_ptr(), gc, 2);
    }

    /// Detach weak references from garbage before it is cleared; their callbacks
    /// are queued unless the weakref object is itself garbage.
    pub fn clear_garbage_weakrefs(&self, garbage: &[PyObjectRef]) {
        for o in garbage {
            if o.gc_head().is_some_and(|g| g.has_weakrefs()) {
                self.clear_weakrefs(o.as_ptr());
            }
        }
    }

    /// Count `n` objects collected by the current collection.
    pub fn count_collected(&self, n: usize) {
        let s = &self.stats;
        s.collected.set(s.collected.get() + n as u64);
        let g = &s.collected_by_gen[self.last_generation.get()];
        g.set(g.get() + n as u64);
    }

    pub fn set_collecting(&self, on: bool) {
        self.collecting.set(on);
    }

    /// Whether `obj` is tracked by the collector (`gc.is_tracked`).
    pub fn is_tracked(&self, obj: &PyObjectRef) -> bool {
        obj.gc_head().is_some_and(|g| g.is_tracked())
    }

    /// Whether `obj` was finalized already (`gc.is_finalized`).
    pub fn is_finalized(&self, obj: &PyObjectRef) -> bool {
        obj.gc_head().is_some_and(|g| g.is_finalized())
    }

    /// Clear each garbage object's references, then drop them: reference counting
    /// frees the cycles. Objects still referenced afterwards are tracked again.
    pub fn free_garbage(&self, garbage: Vec<PyObjectRef>) {
        for o in &garbage {
            o.clear_refs();
        }
        for o in garbage {
            if o.refcount() > 1 {
                self.retrack(&o);
            }
            drop(o);
        }
    }

    /// Mark a garbage object finalized (its finalizer is about to run).
    pub fn mark_finalized(&self, obj: &PyObjectRef) {
        if let Some(g) = obj.gc_head() {
            g.set_finalized();
        }
    }
}

/// View a tracked object's pointer as a reference without touching its count.
///
/// # Safety
/// `p` must point at a live object; the result must not outlive it.
unsafe fn borrowed(p: &NonNull<Header>) -> &PyObjectRef {
    // SAFETY: `PyObjectRef` is a transparent wrapper around `NonNull<Header>`;
    // viewing the pointer through a shared reference neither increments nor
    // decrements the count.
    unsafe { &*(p as *const NonNull<Header>).cast::<PyObjectRef>() }
}

#[cfg(test)]
mod tests {
    //! Run under Miri with `MIRIFLAGS=-Zmiri-ignore-leaks cargo +nightly miri test -p kaa-vm --lib object::`
    //! (the bootstrap type refers to itself and is never freed).
    use super::*;
    use crate::object::core::PyPayload;
    use crate::object::typ::{PyType, TypeFlags};

    /// A container payload: a list of references, counting its drops.
    struct Node {
        items: RefCell<Vec<PyObjectRef>>,
        drops: Rc<Cell<usize>>,
    }
    impl PyPayload for Node {
        const GC: bool = true;
        fn traverse(&self, visit: &mut Visit<'_>) {
            visit.visit_cell(&self.items, |v, visit| v.iter().for_each(|o| visit.visit(o)));
        }
        fn clear(&self) {
            let old = std::mem::take(&mut *self.items.borrow_mut());
            drop(old);
        }
    }
    impl Drop for Node {
        fn drop(&mut self) {
            self.drops.set(self.drops.get() + 1);
        }
    }

    fn setup() -> (PyObjectRef, PyObjectRef, Rc<Heap>) {
        let flags = TypeFlags {
            has_dict: false,
            basetype: true,
            heaptype: false,
        };
        let meta = PyObjectRef::new_bootstrap_type(PyType::new("type", None, vec![], vec![], &PyType::VTABLE, flags));
        // SAFETY: `meta` was just made with a null type.
        unsafe { meta.init_class(&meta) };
        let heap = Rc::new(Heap::new());
        // The test thread runs this heap's objects: it holds the lock (`gil.rs`).
        heap.gil.acquire();
        meta.ty_payload().set_heap(heap.clone());
        let node = PyObjectRef::new_type(PyType::new("node", None, vec![], vec![], &Node::VTABLE, flags), &meta);
        (meta, node, heap)
    }

    fn new_node(ty: &PyObjectRef, drops: &Rc<Cell<usize>>) -> PyObjectRef {
        PyObjectRef::new(
            Node {
                items: RefCell::new(Vec::new()),
                drops: drops.clone(),
            },
            ty,
        )
    }

    fn push(a: &PyObjectRef, b: &PyObjectRef) {
        a.downcast_ref::<Node>().unwrap().items.borrow_mut().push(b.clone());
    }

    fn collect(heap: &Heap) -> usize {
        let garbage = heap.find_garbage(2).expect("walkable");
        let n = garbage.len();
        heap.free_garbage(garbage);
        n
    }

    #[test]
    fn tracking_follows_allocation_and_free() {
        let (_meta, node, heap) = setup();
        let drops = Rc::new(Cell::new(0));
        let before = heap.objects(None).len();
        let a = new_node(&node, &drops);
        let b = new_node(&node, &drops);
        assert!(heap.is_tracked(&a));
        assert_eq!(heap.objects(None).len(), before + 2);
        drop(a);
        assert_eq!(heap.objects(None).len(), before + 1);
        assert!(heap.is_tracked(&b));
        drop(b);
        assert_eq!(drops.get(), 2);
        assert_eq!(heap.objects(None).len(), before);
    }

    #[test]
    fn cycles_are_found_and_freed() {
        let (_meta, node, heap) = setup();
        let drops = Rc::new(Cell::new(0));
        let a = new_node(&node, &drops);
        let b = new_node(&node, &drops);
        let c = new_node(&node, &drops);
        push(&a, &b);
        push(&b, &a);
        push(&c, &c);
        // `keep` is referenced from outside and refers into nothing collectable.
        let keep = new_node(&node, &drops);
        let kept_child = new_node(&node, &drops);
        push(&keep, &kept_child);
        drop(kept_child);
        drop((a, b, c));
        assert_eq!(drops.get(), 0, "cycles survive reference counting");
        assert_eq!(collect(&heap), 3);
        assert_eq!(drops.get(), 3);
        assert!(heap.is_tracked(&keep));
        assert_eq!(collect(&heap), 0);
        drop(keep);
        assert_eq!(drops.get(), 5);
    }

    #[test]
    fn reachable_from_outside_survives() {
        let (_meta, node, heap) = setup();
        let drops = Rc::new(Cell::new(0));
        let a = new_node(&node, &drops);
        let b = new_node(&node, &drops);
        push(&a, &b);
        push(&b, &a);
        let outside = b.clone();
        drop((a, b));
        assert_eq!(collect(&heap), 0);
        assert_eq!(drops.get(), 0);
        drop(outside);
        assert_eq!(collect(&heap), 2);
        assert_eq!(drops.get(), 2);
    }

    #[test]
    fn borrowed_container_abandons_the_collection() {
        let (_meta, node, heap) = setup();
        let drops = Rc::new(Cell::new(0));
        let a = new_node(&node, &drops);
        push(&a, &a);
        let guard = a.downcast_ref::<Node>().unwrap().items.borrow_mut();
        assert!(heap.find_garbage(2).is_none());
        drop(guard);
        drop(a);
        assert_eq!(collect(&heap), 1);
        assert_eq!(drops.get(), 1);
    }

    #[test]
    fn weak_slots_clear_when_the_referent_dies() {
        let (_meta, node, heap) = setup();
        let drops = Rc::new(Cell::new(0));
        let a = new_node(&node, &drops);
        let slot = heap.add_weakref(&a, false);
        assert!(slot.get().is_some_and(|o| o.is(&a)));
        drop(a);
        assert!(slot.is_dead());
        assert!(slot.get().is_none());
        // A cycle's weak references are cleared by the collector.
        let b = new_node(&node, &drops);
        push(&b, &b);
        let slot = heap.add_weakref(&b, false);
        drop(b);
        assert!(!slot.is_dead());
        let garbage = heap.find_garbage(2).unwrap();
        heap.clear_garbage_weakrefs(&garbage);
        assert!(slot.is_dead());
        heap.free_garbage(garbage);
        assert_eq!(drops.get(), 2);
    }

    /// A payload that holds nothing (an int, a str: an atom).
    struct Atom;
    impl PyPayload for Atom {}

    /// Exact `tuple` and `dict` types on the test heap, and an atom type.
    fn atom_types(meta: &PyObjectRef, heap: &Heap) -> (PyObjectRef, PyObjectRef, PyObjectRef) {
        use crate::object::{dict::PyDict, tuple::PyTuple};
        let flags = TypeFlags {
            has_dict: false,
            basetype: true,
            heaptype: false,
        };
        let ty = |name, vt| PyObjectRef::new_type(PyType::new(name, None, vec![], vec![], vt, flags), meta);
        let (tuple, dict, atom) = (
            ty("tuple", &PyTuple::VTABLE),
            ty("dict", &PyDict::VTABLE),
            ty("atom", &Atom::VTABLE),
        );
        heap.set_atom_types(&tuple, &dict);
        (tuple, dict, atom)
    }

    /// Store `key: value` in a dict's table directly (no tracking).
    fn raw_insert(d: &PyObjectRef, hash: i64, key: PyObjectRef, value: PyObjectRef) {
        let mut t = d
            .downcast_ref::<crate::object::dict::PyDict>()
            .unwrap()
            .table
            .borrow_mut();
        let mut probe = t.probe_start(hash);
        loop {
            match t.step(hash, probe) {
                crate::object::dict_table::Step::Absent(p) => {
                    t.insert_new(p, hash, key, value);
                    return;
                }
                crate::object::dict_table::Step::Candidate(p, _) => probe = t.next(p),
            }
        }
    }

    #[test]
    fn tuples_of_atoms_are_untracked_by_a_collection() {
        let (meta, node, heap) = setup();
        let (tuple, _, atom) = atom_types(&meta, &heap);
        let drops = Rc::new(Cell::new(0));
        let a = || PyObjectRef::new(Atom, &atom);
        let tup = |items: Vec<PyObjectRef>| PyObjectRef::new_inline_tuple(items.into_iter(), &tuple);
        let atoms = tup(vec![a(), a()]);
        // Made before the tuple that holds it: both go in one collection.
        let inner = tup(vec![a()]);
        let outer = tup(vec![inner.clone(), a()]);
        let with_node = tup(vec![new_node(&node, &drops), a()]);
        for t in [&atoms, &inner, &outer, &with_node] {
            assert!(heap.is_tracked(t), "tracked when made");
        }
        assert_eq!(collect(&heap), 0);
        for t in [&atoms, &inner, &outer] {
            assert!(!heap.is_tracked(t), "untracked: only atoms");
            assert!(!heap.may_be_tracked(t));
        }
        assert!(heap.is_tracked(&with_node), "holds a container");
        assert!(heap.objects(None).iter().all(|o| !o.is(&atoms)));
        // A refilled tuple is tracked again; an untracked one is freed
        // without touching the lists.
        heap.track_again(&atoms);
        assert!(heap.is_tracked(&atoms));
        let before = heap.objects(None).len();
        drop((inner, outer));
        assert_eq!(heap.objects(None).len(), before);
        drop((atoms, with_node));
        assert_eq!(drops.get(), 1);
    }

    #[test]
    fn dicts_are_tracked_when_given_a_container() {
        use crate::object::dict::PyDict;
        let (meta, node, heap) = setup();
        let (tuple, dict, atom) = atom_types(&meta, &heap);
        let drops = Rc::new(Cell::new(0));
        let a = || PyObjectRef::new(Atom, &atom);
        let new_dict = || {
            let d = PyObjectRef::new(PyDict::default(), &dict);
            heap.untrack_new(&d);
            d
        };
        let d = new_dict();
        assert!(!heap.is_tracked(&d));
        let (k, v) = (a(), a());
        heap.track_dict_for(&d, &k, &v);
        raw_insert(&d, 1, k, v);
        assert!(!heap.is_tracked(&d), "atoms keep it untracked");
        // An untracked tuple is an atom; a tracked one, or a dict, is not.
        let t = PyObjectRef::new_inline_tuple([a()].into_iter(), &tuple);
        assert!(heap.may_be_tracked(&t));
        collect(&heap);
        assert!(!heap.may_be_tracked(&t));
        heap.track_dict_for_value(&d, &t);
        assert!(!heap.is_tracked(&d));
        let other = new_dict();
        assert!(heap.may_be_tracked(&other), "an untracked dict may gain a cycle");
        // A cycle through a dict that started untracked is collected.
        let n = new_node(&node, &drops);
        heap.track_dict_for(&d, &a(), &n);
        assert!(heap.is_tracked(&d));
        raw_insert(&d, 2, a(), n.clone());
        push(&n, &d);
        drop((n, d));
        assert_eq!(collect(&heap), 2);
        assert_eq!(drops.get(), 1);
        // A full collection untracks a dict of atoms again.
        let d = new_dict();
        let n = new_node(&node, &drops);
        heap.track_dict_for(&d, &a(), &n);
        assert!(heap.is_tracked(&d));
        drop(n);
        d.downcast_ref::<PyDict>().unwrap().table.borrow_mut().clear();
        raw_insert(&d, 3, a(), t.clone());
        collect(&heap);
        assert!(!heap.is_tracked(&d));
        // A store the dict was not told about leaks the cycle; it never
        // frees a live object.
        let n = new_node(&node, &drops);
        raw_insert(&d, 4, a(), n.clone());
        push(&n, &d);
        let (dc, nc) = (d.clone(), n.clone());
        drop((n, d));
        assert_eq!(collect(&heap), 0);
        assert_eq!(drops.get(), 2, "leaked, not freed");
        dc.downcast_ref::<PyDict>().unwrap().table.borrow_mut().clear();
        drop((dc, nc));
        assert_eq!(drops.get(), 3);
    }

    #[test]
    fn many_cycles_do_not_accumulate() {
        let (_meta, node, heap) = setup();
        let drops = Rc::new(Cell::new(0));
        let rounds = if cfg!(miri) { 50 } else { 100_000 };
        let mut peak = 0;
        for i in 0..rounds {
            let a = new_node(&node, &drops);
            let b = new_node(&node, &drops);
            push(&a, &b);
            push(&b, &a);
            if heap.take_collect_request() {
                if let Some(g) = heap.generation_to_collect() {
                    let garbage = heap.find_garbage(g).unwrap();
                    heap.free_garbage(garbage);
                }
            }
            peak = peak.max(heap.objects(None).len());
            let _ = i;
        }
        collect(&heap);
        assert_eq!(drops.get(), 2 * rounds);
        if !cfg!(miri) {
            assert!(peak < 20_000, "live tracked objects stayed bounded (peak {peak})");
        }
    }
}
