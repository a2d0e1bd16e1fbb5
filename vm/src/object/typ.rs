//! `type`: type objects, their attribute tables and the method resolution order.

use std::cell::{BorrowError, Cell, OnceCell, Ref, RefCell, UnsafeCell};
use std::ptr::NonNull;
use std::rc::Rc;

use ahash::AHashMap;

use super::core::{Header, Layout, PayloadVTable, PyObjectRef, PyPayload, Visit};
use super::gc::{Heap, WeakSlot};
use super::str::PyStr;

/// A type's namespace: attributes keyed by *interned* `str` objects, kept in
/// insertion order. Lookups compare pointers, never characters, so a method lookup
/// is one hash of a pointer (see `docs/internals/objects.md`).
#[derive(Default)]
pub struct AttrTable {
    index: AHashMap<usize, usize>,
    entries: Vec<(PyObjectRef, Option<PyObjectRef>)>,
}

impl AttrTable {
    /// Look up by an interned name.
    #[inline]
    pub fn get(&self, name: &PyObjectRef) -> Option<&PyObjectRef> {
        let &i = self.index.get(&name.id())?;
        self.entries[i].1.as_ref()
    }

    /// Set `name` (which must be interned) to `value`; returns the old value.
    /// Private: every change goes through `PyType`, which invalidates the
    /// type attribute cache first.
    fn set(&mut self, name: PyObjectRef, value: PyObjectRef) -> Option<PyObjectRef> {
        match self.index.get(&name.id()) {
            Some(&i) => self.entries[i].1.replace(value),
            None => {
                self.index.insert(name.id(), self.entries.len());
                self.entries.push((name, Some(value)));
                None
            }
        }
    }

    /// Remove `name`; returns the old value.
    fn remove(&mut self, name: &PyObjectRef) -> Option<PyObjectRef> {
        let &i = self.index.get(&name.id())?;
        self.entries[i].1.take()
    }

    /// The live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&PyObjectRef, &PyObjectRef)> {
        self.entries.iter().filter_map(|(k, v)| v.as_ref().map(|v| (k, v)))
    }

    pub fn len(&self) -> usize {
        self.entries.iter().filter(|e| e.1.is_some()).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        for (k, v) in &self.entries {
            visit.visit(k);
            visit.visit_opt(v);
        }
    }
}

/// A type's attribute table behind a `RefCell` that lends it out only for
/// reading: changes go through [`PyType::set_attr`], [`PyType::remove_attr`]
/// and [`PyType::clear_attrs`], which keep the [`TypeCache`] right.
///
/// A built-in type's methods and descriptors are recorded at start-up as
/// plain Rust data ([`PendingAttr`]: a name and a function pointer) and made
/// into objects the first time anything reads or changes the table
/// (`AttrCell::fill`), so an interpreter pays only for the types a program
/// uses. Every way in (`borrow`, `try_borrow`, `set_attr`) fills first, so
/// no reader ever sees the table without them, and the table's order is the
/// order of recording (docs/internals/interpreter-creation.md).
#[derive(Default)]
pub struct AttrCell {
    table: RefCell<AttrTable>,
    /// Whether `pending` holds anything (checked on every borrow).
    has_pending: Cell<bool>,
    pending: RefCell<Option<Box<PendingAttrs>>>,
}

/// One attribute of a built-in type, recorded but not yet made.
pub(crate) enum PendingAttr {
    /// A method, class method or static function (`Vm::add_method`, ...).
    Native {
        name: &'static str,
        func: crate::vm::NativeFn,
        binding: super::function::Binding,
    },
    /// A data descriptor (`Vm::add_getset`).
    GetSet {
        name: &'static str,
        getter: super::function::Getter,
        setter: Option<super::function::Setter>,
    },
    /// A value already made (`Vm::set_type_attr`), keyed by an interned name.
    Value { key: PyObjectRef, value: PyObjectRef },
}

/// What a built-in type has yet to make: the attributes in the order they
/// were given, the owner's name for the functions' `__qualname__`, and the
/// interpreter that makes them (weakly: a type must not keep it alive).
pub(crate) struct PendingAttrs {
    interp: std::sync::Weak<crate::vm::Shared>,
    owner: Box<str>,
    items: Vec<PendingAttr>,
}

impl AttrCell {
    #[inline]
    pub fn borrow(&self) -> Ref<'_, AttrTable> {
        if self.has_pending.get() {
            self.fill();
        }
        self.table.borrow()
    }

    #[inline]
    pub fn try_borrow(&self) -> Result<Ref<'_, AttrTable>, BorrowError> {
        if self.has_pending.get() {
            self.fill();
        }
        self.table.try_borrow()
    }

    /// Take the whole table (the caller has invalidated the cache); what
    /// was still pending is dropped unmade.
    fn take(&self) -> Option<AttrTable> {
        self.has_pending.set(false);
        let pending = self.pending.try_borrow_mut().ok().and_then(|mut p| p.take());
        drop(pending);
        self.table.try_borrow_mut().ok().map(|mut a| std::mem::take(&mut *a))
    }

    /// Record `item` to be made on first use (start-up only: see `Vm::add_native`).
    pub(crate) fn defer(&self, interp: &std::sync::Arc<crate::vm::Shared>, owner: &str, item: PendingAttr) {
        let mut p = self.pending.borrow_mut();
        let p = p.get_or_insert_with(|| {
            Box::new(PendingAttrs {
                interp: std::sync::Arc::downgrade(interp),
                owner: owner.into(),
                items: Vec::new(),
            })
        });
        p.items.push(item);
        self.has_pending.set(true);
    }

    /// Whether the table has `name`, made or still recorded, without making
    /// the recorded attributes (a start-up check must not make a whole
    /// type's methods: docs/internals/interpreter-creation.md).
    pub(crate) fn defines(&self, name: &PyObjectRef) -> bool {
        let text = name.downcast_ref::<super::str::PyStr>().map(super::str::PyStr::as_str);
        let recorded = self.pending.try_borrow().is_ok_and(|p| {
            p.iter().flat_map(|p| p.items.iter()).any(|item| match item {
                PendingAttr::Native { name: n, .. } | PendingAttr::GetSet { name: n, .. } => Some(*n) == text,
                PendingAttr::Value { key, .. } => key.is(name),
            })
        });
        recorded || self.table.try_borrow().is_ok_and(|t| t.get(name).is_some())
    }

    /// Give back the spare room of the recording (end of start-up).
    pub(crate) fn shrink_pending(&self) {
        if let Ok(mut p) = self.pending.try_borrow_mut() {
            if let Some(p) = p.as_mut() {
                p.items.shrink_to_fit();
            }
        }
    }

    /// Make the recorded attributes and put them in the table, in order.
    /// Objects are made first and inserted after, so that nothing holds the
    /// table while objects are allocated. Allocation runs no Python code
    /// (a collection is only requested, and runs at the next safe point), so
    /// no reader can see the table half made. If the interpreter is gone
    /// (its teardown did not reach this type), there is nothing to make.
    #[cold]
    #[inline(never)]
    fn fill(&self) {
        let Ok(mut slot) = self.pending.try_borrow_mut() else {
            return;
        };
        let pending = slot.take();
        drop(slot);
        self.has_pending.set(false);
        let Some(pending) = pending else { return };
        let Some(interp) = pending.interp.upgrade() else { return };
        let made = crate::vm::make_pending_attrs(&interp, &pending.owner, pending.items);
        let mut old = Vec::new();
        if let Ok(mut table) = self.table.try_borrow_mut() {
            for (k, v) in made {
                old.extend(table.set(k, v));
            }
        }
        drop(old);
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.table, |a, visit| a.traverse(visit));
        visit.visit_cell(&self.pending, |p, visit| {
            for item in p.iter().flat_map(|p| p.items.iter()) {
                if let PendingAttr::Value { key, value } = item {
                    visit.visit(key);
                    visit.visit(value);
                }
            }
        });
    }
}

/// One step of a native iterator: the next item, `Ok(None)` when exhausted.
pub type NativeNext = fn(&mut crate::vm::Vm, &PyObjectRef) -> crate::vm::PyResult<Option<PyObjectRef>>;

/// `len(obj)` of a native container type (CPython's `sq_length`): the
/// length, or `None` when `obj` is not of the payload the type expects.
pub type NativeLen = fn(&PyObjectRef) -> Option<usize>;

/// `obj[i]` of a native sequence type for an int index `i`, negative
/// indexes included (CPython's `sq_item` after the index adjustment).
pub type NativeItem = fn(&mut crate::vm::Vm, &PyObjectRef, i64) -> crate::vm::PyResult;

/// Flags of a type.
#[derive(Debug, Clone, Copy, Default)]
pub struct TypeFlags {
    /// Instances carry a `__dict__` (allocated as `Instance<T>`).
    pub has_dict: bool,
    /// The type may be subclassed.
    pub basetype: bool,
    /// Created by a `class` statement (or `type(name, bases, dict)`).
    pub heaptype: bool,
}

/// The payload of a type object.
pub struct PyType {
    pub name: String,
    pub qualname: RefCell<String>,
    /// The first base (`__base__`), `None` only for `object`.
    pub base: Option<PyObjectRef>,
    /// `__bases__`.
    pub bases: Vec<PyObjectRef>,
    /// `__mro__` without the type itself (which would be a reference cycle).
    pub mro_tail: Vec<PyObjectRef>,
    pub attrs: AttrCell,
    pub vtable: &'static PayloadVTable,
    pub flags: TypeFlags,
    /// Bumped on every change of this type's own attributes.
    pub version: Cell<u32>,
    /// The key of this type's entries in the interpreter's [`TypeCache`];
    /// valid while `>= TypeCache::floor` (0: none yet).
    cache_tag: Cell<u64>,
    /// How many direct subclasses took a cache tag and are not yet dropped
    /// (see `TypeCache`'s notes: checks that invalidation reached them all).
    cache_subs: Cell<usize>,
    /// This type counted itself in its bases' `cache_subs`.
    cache_registered: Cell<bool>,
    /// How instances are laid out after the base payload (dict, slots).
    pub layout: Layout,
    /// Number of `__slots__` entries instances carry (all bases' included).
    pub nslots: usize,
    /// Instances are collectable (tracked by the cycle collector).
    pub gc: bool,
    /// Instances may be weakly referenced.
    pub weakrefable: Cell<bool>,
    /// Instances have a `__del__` to run before they are freed; valid while
    /// `finalizer_epoch` equals the heap's `del_epoch` (see `needs_finalizer`).
    pub has_finalizer: Cell<bool>,
    finalizer_epoch: Cell<u64>,
    /// Objects of this type allocated and freed so far (`kaa --stats`).
    pub allocs: Cell<u64>,
    pub frees: Cell<u64>,
    /// The interpreter's heap (set for every type made after bootstrap).
    heap: OnceCell<Rc<Heap>>,
    /// `Py_TPFLAGS_SEQUENCE` (32) or `Py_TPFLAGS_MAPPING` (64) set on this class
    /// itself, for `match` (see `vm/src/pattern.rs`); 0 when not set.
    pub collection_flags: Cell<u8>,
    /// Weak references to the direct subclasses, oldest first
    /// (`type.__subclasses__()`); registered by `PyObjectRef::new_type`.
    pub subclasses: RefCell<Vec<Rc<WeakSlot>>>,
    /// The `__next__` of a native iterator type defined outside the VM
    /// (itertools, deque iterators), which `Vm::iter_next` calls directly
    /// (CPython's `tp_iternext`); never set on classes, which inherit `None`.
    pub native_next: Cell<Option<NativeNext>>,
    /// `__len__` of a native container type defined outside the VM (deque),
    /// which `Vm::len` and `Vm::is_true` call directly; like `native_next`,
    /// never set on classes, which may override `__len__`.
    pub native_len: Cell<Option<NativeLen>>,
    /// `__getitem__` with an int of a native sequence type defined outside
    /// the VM (deque), which `Vm::get_item` calls directly; never set on
    /// classes.
    pub native_item: Cell<Option<NativeItem>>,
    /// The length at which `subclasses` is next pruned of dead entries
    /// (doubling, so that making many classes stays linear).
    subclasses_prune_at: Cell<usize>,
    /// Names given by `__name__` assignment, the current one last. Kept until
    /// the type dies: `name()` lends out `&str`s borrowed from the type.
    renamed: RefCell<Vec<Box<str>>>,
    /// The shared key table of the instances' inline values: attribute names
    /// (interned exact `str`s) in the order instances first set them,
    /// append-only, at most [`crate::object::instance::MAX_SHARED_KEYS`]. An
    /// instance's value `i` is the value of name `i` (see
    /// `docs/internals/instance-values.md`).
    pub keys: RefCell<Vec<PyObjectRef>>,
}

impl PyPayload for PyType {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_opt(&self.base);
        for b in &self.bases {
            visit.visit(b);
        }
        for c in &self.mro_tail {
            visit.visit(c);
        }
        self.attrs.traverse(visit);
    }

    fn clear(&self) {
        self.modified();
        drop(self.attrs.take());
    }
}

impl Drop for PyType {
    fn drop(&mut self) {
        // The entries keyed by this type's tag can never be looked up again
        // (tags are not reused); only the bases' counts need updating.
        if self.cache_registered.get() {
            for b in &self.bases {
                let bt = b.ty_payload();
                bt.cache_subs.set(bt.cache_subs.get().saturating_sub(1));
            }
        }
    }
}

impl PyType {
    pub fn new(
        name: impl Into<String>,
        base: Option<PyObjectRef>,
        bases: Vec<PyObjectRef>,
        mro_tail: Vec<PyObjectRef>,
        vtable: &'static PayloadVTable,
        flags: TypeFlags,
    ) -> PyType {
        let name = name.into();
        let layout = if flags.has_dict { Layout::Dict } else { Layout::Plain };
        PyType {
            qualname: RefCell::new(name.clone()),
            name,
            base,
            bases,
            mro_tail,
            attrs: AttrCell::default(),
            vtable,
            flags,
            version: Cell::new(0),
            cache_tag: Cell::new(0),
            cache_subs: Cell::new(0),
            cache_registered: Cell::new(false),
            layout,
            nslots: 0,
            gc: vtable.gc || layout != Layout::Plain,
            weakrefable: Cell::new(flags.heaptype),
            has_finalizer: Cell::new(false),
            finalizer_epoch: Cell::new(0),
            allocs: Cell::new(0),
            frees: Cell::new(0),
            heap: OnceCell::new(),
            collection_flags: Cell::new(0),
            subclasses: RefCell::new(Vec::new()),
            native_next: Cell::new(None),
            native_len: Cell::new(None),
            native_item: Cell::new(None),
            subclasses_prune_at: Cell::new(8),
            renamed: RefCell::new(Vec::new()),
            keys: RefCell::new(Vec::new()),
        }
    }

    /// Record `sub` (a weak reference to a new class that lists this type
    /// among its bases) as a direct subclass.
    pub fn add_subclass(&self, sub: Rc<WeakSlot>) {
        let mut list = self.subclasses.borrow_mut();
        if list.len() >= self.subclasses_prune_at.get() {
            list.retain(|s| !s.is_dead());
            self.subclasses_prune_at.set((list.len() * 2).max(8));
        }
        list.push(sub);
    }

    /// The live direct subclasses, oldest first.
    pub fn live_subclasses(&self) -> Vec<PyObjectRef> {
        self.subclasses.borrow().iter().filter_map(|s| s.get()).collect()
    }

    /// `cls.__name__ = name` (heap types only; the caller checks the value).
    pub fn set_name(&self, name: &str) {
        self.renamed.borrow_mut().push(name.into());
    }

    /// Give instances `n` slots (in addition to a dict if the type has one).
    pub fn set_slots(&mut self, n: usize) {
        self.nslots = n;
        self.layout = if self.flags.has_dict {
            Layout::DictSlots
        } else {
            Layout::Slots
        };
        self.gc = true;
    }

    /// Instances carry no `__dict__` (a class whose `__slots__` lack `__dict__`).
    pub fn set_no_dict(&mut self) {
        self.flags.has_dict = false;
        self.layout = match self.layout {
            Layout::Dict | Layout::Plain => Layout::Plain,
            Layout::Slots | Layout::DictSlots => Layout::Slots,
        };
        self.gc = self.vtable.gc || self.layout != Layout::Plain;
    }

    /// Whether instances have a `__del__` (a heap type's, along its MRO). Cached;
    /// recomputed when some class gained a `__del__` since (rare).
    pub fn needs_finalizer(&self) -> bool {
        let Some(h) = self.heap() else {
            return self.has_finalizer.get();
        };
        let epoch = h.del_epoch();
        if self.finalizer_epoch.get() != epoch {
            let own = |t: &PyType| {
                t.attrs
                    .try_borrow()
                    .is_ok_and(|a| a.iter().any(|(k, _)| attr_name(k) == "__del__"))
            };
            let found = own(self)
                || self
                    .mro_tail
                    .iter()
                    .any(|c| c.ty_payload().flags.heaptype && own(c.ty_payload()));
            self.has_finalizer.set(found);
            self.finalizer_epoch.set(epoch);
        }
        self.has_finalizer.get()
    }

    /// The heap of the interpreter this type belongs to.
    #[inline]
    pub fn heap(&self) -> Option<&Rc<Heap>> {
        self.heap.get()
    }

    /// Attach the type to an interpreter's heap (once).
    pub fn set_heap(&self, heap: Rc<Heap>) {
        let _ = self.heap.set(heap);
    }

    #[inline]
    pub fn name(&self) -> &str {
        match self
            .renamed
            .try_borrow()
            .ok()
            .and_then(|r| r.last().map(|b| &**b as *const str))
        {
            // SAFETY: the boxes of `renamed` are only ever pushed, never removed
            // or changed, until the type itself is dropped: the text lives as
            // long as `&self`.
            Some(p) => unsafe { &*p },
            None => &self.name,
        }
    }

    #[inline]
    pub fn instances_have_dict(&self) -> bool {
        self.flags.has_dict
    }

    /// Look `name` (interned) up in this type's own table only.
    #[inline]
    pub fn get_own(&self, name: &PyObjectRef) -> Option<PyObjectRef> {
        self.attrs.borrow().get(name).cloned()
    }

    /// Empty the attribute table (the interpreter's teardown: a built-in
    /// type's functions and descriptors refer back to it).
    pub fn clear_attrs(&self) {
        self.modified();
        let old = self.attrs.take();
        self.version.set(self.version.get().wrapping_add(1));
        drop(old);
    }

    /// Set an attribute in this type's own table (`name` interned).
    pub fn set_attr(&self, name: PyObjectRef, value: PyObjectRef) {
        if attr_name(&name) == "__del__" && self.flags.heaptype {
            self.has_finalizer.set(true);
            // Subclasses made earlier must look again (`needs_finalizer`).
            if let Some(h) = self.heap() {
                h.bump_del_epoch();
            }
            self.finalizer_epoch.set(self.heap().map_or(0, |h| h.del_epoch()));
        }
        self.modified();
        if self.attrs.has_pending.get() {
            self.attrs.fill();
        }
        let old = self.attrs.table.borrow_mut().set(name, value);
        self.version.set(self.version.get().wrapping_add(1));
        // Dropped after the table is released.
        drop(old);
    }

    /// Remove an attribute from this type's own table (`del cls.name`);
    /// returns the old value, `None` if the type had no such attribute.
    pub fn remove_attr(&self, name: &PyObjectRef) -> Option<PyObjectRef> {
        self.attrs.borrow().get(name)?;
        self.modified();
        let old = self.attrs.table.borrow_mut().remove(name);
        self.version.set(self.version.get().wrapping_add(1));
        old
    }

    /// Look `name` (interned) up along the MRO, starting with this type
    /// (CPython's `_PyType_Lookup`), through the interpreter's [`TypeCache`].
    #[inline]
    pub fn lookup(&self, name: &PyObjectRef) -> Option<PyObjectRef> {
        let Some(heap) = self.heap.get() else {
            return self.lookup_uncached(name);
        };
        let cache = &heap.type_cache;
        let mut tag = self.cache_tag.get();
        if tag < cache.floor.get() {
            tag = self.assign_cache_tag(cache);
            if tag == 0 {
                return self.lookup_uncached(name);
            }
        }
        // SAFETY: the table is replaced only by `TypeCache::note_fill`,
        // called below after the last use of `slot`; nothing else borrows it.
        let entries = unsafe { &*cache.entries.get() };
        let slot = &entries[TypeCache::index(tag, name.id(), entries.len())];
        let e = slot.get();
        if e.tag == tag && e.name == name.id() {
            // SAFETY: the entry was filled under this tag, which is still the
            // type's valid tag, so no attribute table along the MRO has changed
            // or been freed since (every change calls `modified` first, which
            // retires this tag; see `TypeCache`'s notes). The value is still
            // held by the table it was found in, so it is alive.
            return e.value.map(|p| unsafe { PyObjectRef::from_ptr(p) });
        }
        let found = self.lookup_uncached(name);
        slot.set(CacheEntry {
            tag,
            name: name.id(),
            value: found.as_ref().map(PyObjectRef::as_ptr),
        });
        cache.note_fill();
        found
    }

    /// This type's valid cache tag, assigning one if it has none (0: the type
    /// cannot use the cache). A tag names one state of the attribute tables
    /// along the MRO: it changes whenever any of them does (see
    /// [`TypeCache`]), so callers may remember facts about the type under it
    /// (the attribute caches of `LOAD_ATTR`, `STORE_ATTR` and `LOAD_METHOD`).
    pub fn valid_cache_tag(&self) -> u64 {
        let Some(heap) = self.heap.get() else { return 0 };
        let tag = self.cache_tag.get();
        if tag >= heap.type_cache.floor.get() {
            return tag;
        }
        self.assign_cache_tag(&heap.type_cache)
    }

    /// What [`PyType::lookup`] found, remembered as the found object's id
    /// (`addr`, 0 for nothing) together with this type's valid tag then
    /// (`tag`): a new reference to it while the tag still holds, `None`
    /// once it is retired (or for `addr` 0). The attribute caches keep
    /// these borrowed addresses instead of looking the name up again on
    /// each hit (CPython's inline caches keep borrowed pointers the same way,
    /// validated by the type version).
    #[inline]
    pub fn recall(&self, tag: u64, addr: usize) -> Option<PyObjectRef> {
        if addr == 0 || !self.has_cache_tag(tag) {
            return None;
        }
        // SAFETY: the object at `addr` was the lookup's answer when the tag
        // was valid, held by the attribute table of this type or of a type
        // on its MRO (which this type holds). Every change to such a table
        // (`set_attr`, `remove_attr`, `clear`, `clear_attrs`), and every
        // change of the MRO, first retires this tag (`modified`, reaching
        // subclasses, or `retire_all`); tags are never reused. The tag still
        // being valid thus means the table still holds the object, alive.
        Some(unsafe { PyObjectRef::clone_from_id(addr) })
    }

    /// Whether `tag` (non-zero, from [`PyType::valid_cache_tag`]) is still
    /// this type's valid tag: nothing along the MRO changed since.
    #[inline]
    pub fn has_cache_tag(&self, tag: u64) -> bool {
        tag != 0 && self.cache_tag.get() == tag && self.heap.get().is_some_and(|h| tag >= h.type_cache.floor.get())
    }

    /// [`PyType::lookup`] without the cache: probe each class of the MRO.
    pub fn lookup_uncached(&self, name: &PyObjectRef) -> Option<PyObjectRef> {
        if let Some(v) = self.get_own(name) {
            return Some(v);
        }
        for cls in &self.mro_tail {
            if let Some(v) = cls.ty_payload().get_own(name) {
                return Some(v);
            }
        }
        None
    }

    /// Give this type, and first every class of its MRO that lacks one, a
    /// valid cache tag (so that a valid tag's bases have valid tags too).
    /// Returns 0 if the type cannot use the cache: some class of its MRO
    /// belongs to no heap, or to another interpreter's.
    #[cold]
    fn assign_cache_tag(&self, cache: &TypeCache) -> u64 {
        let Some(heap) = self.heap.get() else { return 0 };
        let same_heap = |c: &PyObjectRef| c.ty_payload().heap.get().is_some_and(|h| Rc::ptr_eq(h, heap));
        if !self.mro_tail.iter().all(same_heap) {
            return 0;
        }
        // Each class comes before its bases in an MRO: reversed, bases first.
        for c in self.mro_tail.iter().rev() {
            c.ty_payload().take_cache_tag(cache);
        }
        self.take_cache_tag(cache)
    }

    fn take_cache_tag(&self, cache: &TypeCache) -> u64 {
        let tag = self.cache_tag.get();
        if tag >= cache.floor.get() {
            return tag;
        }
        if !self.cache_registered.get() {
            for b in &self.bases {
                let bt = b.ty_payload();
                bt.cache_subs.set(bt.cache_subs.get() + 1);
            }
            self.cache_registered.set(true);
        }
        let tag = cache.next_tag.get();
        cache.next_tag.set(tag + 1);
        self.cache_tag.set(tag);
        tag
    }

    /// This type's attributes are about to change: retire the cache tags of
    /// the type and of every subclass (CPython's `PyType_Modified`).
    fn modified(&self) {
        let Some(heap) = self.heap.get() else { return };
        let cache = &heap.type_cache;
        if self.cache_tag.get() < cache.floor.get() {
            // No valid tag here, so none in any subclass either.
            return;
        }
        self.cache_tag.set(0);
        let mut reached = 0;
        if let Ok(subs) = self.subclasses.try_borrow() {
            for s in subs.iter() {
                if let Some(sub) = s.get() {
                    let st = sub.ty_payload();
                    reached += usize::from(st.cache_registered.get());
                    st.modified();
                }
            }
        }
        if reached != self.cache_subs.get() {
            // Some subclass with a tag is out of reach (its weak reference
            // was cleared while it lives on: a cycle being collected, a
            // resurrected class): retire every tag there is.
            cache.retire_all();
        }
    }
}

/// One entry of the [`TypeCache`]: what `lookup(name)` found on the type
/// whose tag is `tag` (`value: None` caches "not found"). Holds no count.
#[derive(Clone, Copy)]
struct CacheEntry {
    tag: u64,
    name: usize,
    value: Option<NonNull<Header>>,
}

/// The table's largest size (entries), reached by doubling from
/// [`CACHE_START`] as a program's lookups fill it.
const CACHE_SIZE: usize = 1 << 12;
/// The table's size in a new interpreter: 6 KB instead of 96, so that an
/// interpreter that runs little costs little (`docs/internals/interpreter-creation.md`).
const CACHE_START: usize = 1 << 8;

/// The type attribute cache of one interpreter (CPython's method cache in
/// `_PyType_Lookup`; see `docs/internals/objects.md`).
///
/// # Notes
///
/// A direct-mapped table of [`CACHE_START`] to [`CACHE_SIZE`] entries (it
/// doubles, emptied, when more entries were filled since the last resize
/// than it holds twice over), indexed by a hash of
/// (the type's cache tag, the name's address), remembers the result of
/// `PyType::lookup` — found or not — without holding a reference to it. An
/// entry is used only while its tag is still the type's valid tag, which
/// guarantees the value is still alive in the attribute table it came from:
///
/// - Tags come from `next_tag`, never reused: a type freed and another made
///   at the same address have different tags, and a freed type's entries are
///   dead forever. A tag is valid while `>= floor`.
/// - A type gets a tag (`assign_cache_tag`) on its first cached lookup, after
///   every class of its MRO got one: a valid tag implies valid tags on all
///   bases. Names are interned and the tables hold them, so a name's address
///   stands for its text for as long as an entry can be used.
/// - Before any change to a type's table (`set_attr`, `remove_attr`,
///   `clear_attrs`, the collector's `clear`), `modified` sets the type's tag
///   to 0 and recurses into the live subclasses (`type.__subclasses__()`'s
///   weak references). A type without a valid tag has no subclass with one,
///   so the recursion stops there: `C.n += 1` in a loop costs one probe of
///   `C`'s subclasses, not a walk of the hierarchy.
/// - Each type counts its direct subclasses that took a tag (`cache_subs`,
///   decremented when a subclass is dropped). If `modified` reaches fewer of
///   them than that count — a subclass whose weak reference was cleared while
///   it is still alive, as in a cycle whose finalizers are running — it
///   retires *every* tag by raising `floor` (rare, and always safe).
/// - `__bases__` cannot change in Kaa, so an MRO never does. `__class__`
///   assignment needs nothing: lookups go through the object's current type.
pub struct TypeCache {
    /// A power of two of entries. Replaced (by `note_fill`) only while no
    /// reference into it is live.
    entries: UnsafeCell<Box<[Cell<CacheEntry>]>>,
    /// Entries filled since the table was last resized.
    fills: Cell<usize>,
    next_tag: Cell<u64>,
    floor: Cell<u64>,
}

impl Default for TypeCache {
    fn default() -> Self {
        TypeCache::new()
    }
}

impl TypeCache {
    pub fn new() -> TypeCache {
        TypeCache {
            entries: UnsafeCell::new(Self::empty_table(CACHE_START)),
            fills: Cell::new(0),
            next_tag: Cell::new(1),
            floor: Cell::new(1),
        }
    }

    fn empty_table(len: usize) -> Box<[Cell<CacheEntry>]> {
        let empty = CacheEntry {
            tag: 0,
            name: 0,
            value: None,
        };
        (0..len).map(|_| Cell::new(empty)).collect()
    }

    /// The slot of (`tag`, `name`) in a table of `len` (a power of two) entries.
    #[inline(always)]
    fn index(tag: u64, name: usize, len: usize) -> usize {
        // Names are heap addresses (16-byte aligned); tags count up from 1.
        let h = ((name as u64) >> 4) ^ tag.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h as usize) & (len - 1)
    }

    /// Count one entry filled (a miss), and double the table, empty, when
    /// it is too small for the program's working set. Entries hold no
    /// counts, so dropping them all is always safe.
    fn note_fill(&self) {
        let n = self.fills.get() + 1;
        // SAFETY: only the length is read; no reference outlives this line.
        let len = unsafe { (&*self.entries.get()).len() };
        if n <= 2 * len || len >= CACHE_SIZE {
            self.fills.set(n.min(2 * CACHE_SIZE));
            return;
        }
        self.fills.set(0);
        // SAFETY: no reference into the table is live: `PyType::lookup`, the
        // only user, calls this after its last use of its slot.
        unsafe { *self.entries.get() = Self::empty_table(len * 2) };
    }

    /// Make every tag handed out so far invalid.
    fn retire_all(&self) {
        self.floor.set(self.next_tag.get());
    }
}

impl PyObjectRef {
    /// This object as a type (`None` if it is not one).
    #[inline]
    pub fn as_type(&self) -> Option<&PyType> {
        self.downcast_ref::<PyType>()
    }

    /// This object's payload as a type; panics in debug builds if it is not one.
    /// Only for references known to be types (an object's class, a type's bases).
    #[inline]
    pub fn ty_payload(&self) -> &PyType {
        debug_assert!(self.payload_is::<PyType>());
        // SAFETY: callers only pass type objects (an object's `class()`, entries of
        // `mro_tail`/`bases`, which are type objects by construction).
        unsafe { self.payload_unchecked::<PyType>() }
    }

    /// Whether this type is `other` or a subclass of it (`issubclass`).
    pub fn is_subtype(&self, other: &PyObjectRef) -> bool {
        if self.is(other) {
            return true;
        }
        self.ty_payload().mro_tail.iter().any(|c| c.is(other))
    }

    /// `isinstance(self, cls)` for a single class, ignoring `__instancecheck__`.
    #[inline]
    pub fn is_instance_of(&self, cls: &PyObjectRef) -> bool {
        self.class().is_subtype(cls)
    }

    /// The `__mro__` including the type itself.
    pub fn mro(&self) -> Vec<PyObjectRef> {
        let mut v = Vec::with_capacity(1 + self.ty_payload().mro_tail.len());
        v.push(self.clone());
        v.extend(self.ty_payload().mro_tail.iter().cloned());
        v
    }
}

/// C3 linearization of `bases` for a new class (the MRO without the class itself).
/// `Err` carries CPython's message for an inconsistent hierarchy.
pub fn compute_mro_tail(bases: &[PyObjectRef]) -> Result<Vec<PyObjectRef>, String> {
    // One base: its MRO is the answer (the merge below would find the same,
    // in time quadratic in the MRO's length for each new class).
    if let [base] = bases {
        return Ok(base.mro());
    }
    let mut seqs: Vec<Vec<PyObjectRef>> = bases.iter().map(|b| b.mro()).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let head = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(head))) {
                found = Some(head.clone());
                break;
            }
        }
        let Some(next) = found else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].ty_payload().name().to_string();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in &mut seqs {
            if s[0].is(&next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

/// Convenience for code that has a `PyStr` name and wants its text.
pub fn attr_name(name: &PyObjectRef) -> &str {
    name.downcast_ref::<PyStr>().map_or("?", |s| s.as_str())
}

#[cfg(test)]
mod tests {
    //! The type attribute cache. Run under Miri with
    //! `MIRIFLAGS=-Zmiri-ignore-leaks cargo +nightly miri test -p kaa-vm --lib object::typ`
    //! (the bootstrap type refers to itself and is never freed).
    use super::*;

    const FLAGS: TypeFlags = TypeFlags {
        has_dict: false,
        basetype: true,
        heaptype: true,
    };

    /// `type` (with a heap) and `str` (for names and values).
    fn setup() -> (PyObjectRef, PyObjectRef, Rc<Heap>) {
        let meta = PyObjectRef::new_bootstrap_type(PyType::new("type", None, vec![], vec![], &PyType::VTABLE, FLAGS));
        // SAFETY: `meta` was just made with a null type.
        unsafe { meta.init_class(&meta) };
        let heap = Rc::new(Heap::new());
        heap.gil.acquire();
        meta.ty_payload().set_heap(heap.clone());
        let str_t = PyObjectRef::new_type(PyType::new("str", None, vec![], vec![], &PyStr::VTABLE, FLAGS), &meta);
        (meta, str_t, heap)
    }

    fn s(str_t: &PyObjectRef, text: &str) -> PyObjectRef {
        PyObjectRef::new(PyStr::new(text), str_t)
    }

    /// A class deriving from `bases` (the MRO of single inheritance chains).
    fn class(meta: &PyObjectRef, name: &str, base: Option<&PyObjectRef>) -> PyObjectRef {
        let (bases, mro_tail) = match base {
            Some(b) => (vec![b.clone()], b.mro()),
            None => (vec![], vec![]),
        };
        let t = PyType::new(name, base.cloned(), bases, mro_tail, &PyStr::VTABLE, FLAGS);
        PyObjectRef::new_type(t, meta)
    }

    fn text(v: Option<PyObjectRef>) -> Option<String> {
        v.map(|v| v.downcast_ref::<PyStr>().unwrap().as_str().to_string())
    }

    #[test]
    fn changes_are_seen_through_the_cache() {
        let (meta, str_t, _heap) = setup();
        let a = class(&meta, "A", None);
        let b = class(&meta, "B", Some(&a));
        let c = class(&meta, "C", Some(&b));
        let (x, y) = (s(&str_t, "x"), s(&str_t, "y"));
        a.ty_payload().set_attr(x.clone(), s(&str_t, "a1"));
        for _ in 0..2 {
            assert_eq!(text(c.ty_payload().lookup(&x)).as_deref(), Some("a1"));
            assert_eq!(text(c.ty_payload().lookup(&y)), None);
        }
        // In the middle class, then back to the base, then gone.
        b.ty_payload().set_attr(x.clone(), s(&str_t, "b1"));
        assert_eq!(text(c.ty_payload().lookup(&x)).as_deref(), Some("b1"));
        assert!(b.ty_payload().remove_attr(&x).is_some());
        assert!(b.ty_payload().remove_attr(&x).is_none());
        assert_eq!(text(c.ty_payload().lookup(&x)).as_deref(), Some("a1"));
        a.ty_payload().set_attr(x.clone(), s(&str_t, "a2"));
        assert_eq!(text(c.ty_payload().lookup(&x)).as_deref(), Some("a2"));
        a.ty_payload().remove_attr(&x);
        assert_eq!(text(c.ty_payload().lookup(&x)), None);
        // A cached miss, then the name appears.
        c.ty_payload().set_attr(y.clone(), s(&str_t, "c1"));
        assert_eq!(text(c.ty_payload().lookup(&y)).as_deref(), Some("c1"));
        a.ty_payload().clear_attrs();
        c.ty_payload().clear_attrs();
        assert_eq!(text(c.ty_payload().lookup(&y)), None);
    }

    #[test]
    fn cached_lookups_hold_no_references() {
        let (meta, str_t, _heap) = setup();
        let a = class(&meta, "A", None);
        let b = class(&meta, "B", Some(&a));
        let x = s(&str_t, "x");
        let v = s(&str_t, "v");
        a.ty_payload().set_attr(x.clone(), v.clone());
        let before = v.refcount();
        for _ in 0..3 {
            drop(b.ty_payload().lookup(&x));
        }
        assert_eq!(v.refcount(), before);
        // Deleted from the table: only our reference is left, and the entry
        // that pointed at it is never used again.
        a.ty_payload().remove_attr(&x);
        assert_eq!(v.refcount(), 1);
        drop(v);
        assert!(b.ty_payload().lookup(&x).is_none());
    }

    #[test]
    fn a_new_class_never_sees_a_dead_one_s_entries() {
        let (meta, str_t, _heap) = setup();
        let x = s(&str_t, "x");
        for i in 0..20 {
            let a = class(&meta, "A", None);
            if i % 2 == 0 {
                a.ty_payload().set_attr(x.clone(), s(&str_t, "set"));
            }
            let b = class(&meta, "B", Some(&a));
            let want = (i % 2 == 0).then(|| "set".to_string());
            assert_eq!(text(b.ty_payload().lookup(&x)), want);
            drop(b);
            drop(a);
        }
    }

    #[test]
    fn the_cache_grows_and_keeps_answering() {
        let (meta, str_t, heap) = setup();
        let a = class(&meta, "A", None);
        let names: Vec<PyObjectRef> = (0..3000).map(|i| s(&str_t, &format!("n{i}"))).collect();
        for n in names.iter().step_by(2) {
            a.ty_payload().set_attr(n.clone(), s(&str_t, "v"));
        }
        // SAFETY: only the length is read, while no lookup runs.
        let len = || unsafe { (&*heap.type_cache.entries.get()).len() };
        assert_eq!(len(), CACHE_START);
        for _ in 0..4 {
            for (i, n) in names.iter().enumerate() {
                assert_eq!(text(a.ty_payload().lookup(n)).is_some(), i % 2 == 0);
            }
        }
        assert_eq!(len(), CACHE_SIZE);
    }

    #[test]
    fn an_unreachable_subclass_retires_every_tag() {
        let (meta, str_t, heap) = setup();
        let a = class(&meta, "A", None);
        let b = class(&meta, "B", Some(&a));
        let x = s(&str_t, "x");
        a.ty_payload().set_attr(x.clone(), s(&str_t, "a1"));
        assert_eq!(text(b.ty_payload().lookup(&x)).as_deref(), Some("a1"));
        // As for a class in a cycle whose finalizers run: its weak
        // references are cleared while it lives on.
        heap.clear_weakrefs(b.as_ptr());
        assert!(a.ty_payload().live_subclasses().is_empty());
        a.ty_payload().remove_attr(&x);
        assert_eq!(text(b.ty_payload().lookup(&x)), None);
        a.ty_payload().set_attr(x.clone(), s(&str_t, "a2"));
        assert_eq!(text(b.ty_payload().lookup(&x)).as_deref(), Some("a2"));
        drop(b);
        assert_eq!(a.ty_payload().cache_subs.get(), 0);
    }
}
