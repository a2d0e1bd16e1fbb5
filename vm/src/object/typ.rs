//! `type`: type objects, their attribute tables and the method resolution order.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use ahash::AHashMap;

use super::core::{Layout, PayloadVTable, PyObjectRef, PyPayload, Visit};
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

    /// Set `name` (which must be interned) to `value`.
    pub fn set(&mut self, name: PyObjectRef, value: PyObjectRef) {
        match self.index.get(&name.id()) {
            Some(&i) => self.entries[i].1 = Some(value),
            None => {
                self.index.insert(name.id(), self.entries.len());
                self.entries.push((name, Some(value)));
            }
        }
    }

    /// Remove `name`; returns the old value.
    pub fn remove(&mut self, name: &PyObjectRef) -> Option<PyObjectRef> {
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
    pub attrs: RefCell<AttrTable>,
    pub vtable: &'static PayloadVTable,
    pub flags: TypeFlags,
    /// Bumped on every attribute change, for future inline caches.
    pub version: Cell<u32>,
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
    /// Weak references to the direct subclasses, oldest first
    /// (`type.__subclasses__()`); registered by `PyObjectRef::new_type`.
    pub subclasses: RefCell<Vec<Rc<WeakSlot>>>,
    /// The length at which `subclasses` is next pruned of dead entries
    /// (doubling, so that making many classes stays linear).
    subclasses_prune_at: Cell<usize>,
    /// Names given by `__name__` assignment, the current one last. Kept until
    /// the type dies: `name()` lends out `&str`s borrowed from the type.
    renamed: RefCell<Vec<Box<str>>>,
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
        visit.visit_cell(&self.attrs, |a, visit| a.traverse(visit));
    }

    fn clear(&self) {
        if let Ok(mut a) = self.attrs.try_borrow_mut() {
            let old = std::mem::take(&mut *a);
            drop(a);
            drop(old);
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
            attrs: RefCell::new(AttrTable::default()),
            vtable,
            flags,
            version: Cell::new(0),
            layout,
            nslots: 0,
            gc: vtable.gc || layout != Layout::Plain,
            weakrefable: Cell::new(flags.heaptype),
            has_finalizer: Cell::new(false),
            finalizer_epoch: Cell::new(0),
            allocs: Cell::new(0),
            frees: Cell::new(0),
            heap: OnceCell::new(),
            subclasses: RefCell::new(Vec::new()),
            subclasses_prune_at: Cell::new(8),
            renamed: RefCell::new(Vec::new()),
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

    /// Set an attribute in this type's own table (`name` interned).
    /// Empty the attribute table (the interpreter's teardown: a built-in
    /// type's functions and descriptors refer back to it).
    pub fn clear_attrs(&self) {
        let old = self.attrs.try_borrow_mut().map(|mut a| std::mem::take(&mut *a));
        self.version.set(self.version.get().wrapping_add(1));
        drop(old);
    }

    pub fn set_attr(&self, name: PyObjectRef, value: PyObjectRef) {
        if attr_name(&name) == "__del__" && self.flags.heaptype {
            self.has_finalizer.set(true);
            // Subclasses made earlier must look again (`needs_finalizer`).
            if let Some(h) = self.heap() {
                h.bump_del_epoch();
            }
            self.finalizer_epoch.set(self.heap().map_or(0, |h| h.del_epoch()));
        }
        self.attrs.borrow_mut().set(name, value);
        self.version.set(self.version.get().wrapping_add(1));
    }

    /// Look `name` (interned) up along the MRO, starting with this type.
    pub fn lookup(&self, name: &PyObjectRef) -> Option<PyObjectRef> {
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
