//! `set` and `frozenset` (one payload, [`PySet`], for both).
//!
//! Lookups drive the probe API of `set_table.rs`, comparing keys with `__eq__`
//! outside the table's borrow and restarting when the table changed meanwhile.
//! Every operation follows the strategy of CPython's `Objects/setobject.c`
//! (which set is iterated, whether the result is pre-sized, when dummies are
//! resized away), so results iterate in CPython's order.

use std::cell::{Cell, RefCell};

use kaa_compiler::bytecode::CompareOp;

use super::core::{PyObjectRef, PyPayload};
use super::dict::PyDict;
use super::set_table::{Probe, SetTable, Step};
use crate::vm::{Args, PyResult, Vm};

/// The payload of `set` and `frozenset` (and of their subclasses' instances).
pub struct PySet {
    pub table: RefCell<SetTable>,
    /// A frozenset's cached hash (-1 until computed).
    hash: Cell<i64>,
}

impl PyPayload for PySet {
    const GC: bool = true;

    fn traverse(&self, visit: &mut super::core::Visit<'_>) {
        visit.visit_cell(&self.table, |t, visit| t.iter().for_each(|(k, _)| visit.visit(k)));
    }

    fn clear(&self) {
        let old = self.table.try_borrow_mut().map(|mut t| t.clear());
        drop(old);
    }
}

impl PySet {
    /// An empty set payload.
    pub fn new() -> PySet {
        PySet {
            table: RefCell::new(SetTable::new()),
            hash: Cell::new(-1),
        }
    }

    /// `len(set)`.
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The keys in iteration order (a snapshot).
    pub fn keys(&self) -> Vec<PyObjectRef> {
        self.table.borrow().keys()
    }
}

impl Default for PySet {
    fn default() -> Self {
        PySet::new()
    }
}

// ----- lookup -----

/// Where a lookup ended.
enum Found {
    /// The key is at this slot.
    At(usize),
    /// Absent; insert with this probe if the table's version is still this.
    Absent(Probe, u64),
}

/// How a probe without Python code ended ([`find_native`]).
enum Native {
    Done(Found),
    /// The candidate at this probe needs `__eq__`: [`find`] goes on from it.
    Python(Probe),
}

/// Find `key` (hash `hash`) in `s` without running Python code: the probe
/// under one borrow of the table, while every candidate compares in place
/// ([`Vm::key_eq_native`]: `(x, y)` tuples, ints, strs). `None` when the
/// table changed while collisions were counted: [`find`] starts over.
#[inline]
fn find_native(vm: &mut Vm, s: &PySet, key: &PyObjectRef, hash: i64) -> PyResult<Option<Native>> {
    let t = s.table.borrow();
    let version = t.version;
    let mut probe = t.probe_start(hash);
    let mut collisions = 0u32;
    let found = loop {
        match t.step(hash, probe) {
            Step::Absent(p) => break Native::Done(Found::Absent(p, version)),
            Step::Candidate(p) => match t.key_at(p.slot).and_then(|c| vm.key_eq_native(c, key)) {
                Some(true) => break Native::Done(Found::At(p.slot)),
                Some(false) => {
                    collisions = collisions.saturating_add(1);
                    probe = t.next(p);
                }
                None => break Native::Python(p),
            },
        }
    };
    drop(t);
    // Keys whose hashes collide count as work, as in `find` (`limits.rs`).
    // The check may let another thread change the table.
    if collisions > 0 {
        vm.count_work(collisions)?;
        if s.table.borrow().version != version {
            return Ok(None);
        }
    }
    Ok(Some(found))
}

/// Find `key` (hash `hash`) in `s` (CPython's `set_lookkey`).
fn find(vm: &mut Vm, s: &PySet, key: &PyObjectRef, hash: i64) -> PyResult<Found> {
    let mut resume = match find_native(vm, s, key, hash)? {
        Some(Native::Done(found)) => return Ok(found),
        Some(Native::Python(p)) => Some(p),
        None => None,
    };
    'restart: loop {
        let mut probe = match resume.take() {
            Some(p) => p,
            None => s.table.borrow().probe_start(hash),
        };
        loop {
            let (step, version) = {
                let t = s.table.borrow();
                (t.step(hash, probe), t.version)
            };
            let p = match step {
                Step::Absent(p) => return Ok(Found::Absent(p, version)),
                Step::Candidate(p) => p,
            };
            let Some(cand) = s.table.borrow().key_at(p.slot).cloned() else {
                continue 'restart;
            };
            let equal = match vm.key_eq_native(&cand, key) {
                Some(b) => b,
                None => {
                    let r = vm.eq(&cand, key)?;
                    if s.table.borrow().version != version {
                        continue 'restart;
                    }
                    r
                }
            };
            if equal {
                return Ok(Found::At(p.slot));
            }
            // A key whose hash collides: each counts as work (`limits.rs`),
            // and the check may let another thread change the table.
            if vm.work_due(1) {
                vm.check_long_loop(0)?;
                if s.table.borrow().version != version {
                    continue 'restart;
                }
            }
            probe = s.table.borrow().next(p);
        }
    }
}

/// Add `key` with known `hash` (`set_add_entry`).
fn add_entry(vm: &mut Vm, s: &PySet, key: PyObjectRef, hash: i64) -> PyResult<()> {
    loop {
        match find(vm, s, &key, hash)? {
            Found::At(_) => return Ok(()),
            Found::Absent(p, version) => {
                let mut t = s.table.borrow_mut();
                if t.version == version {
                    t.insert_at(p, hash, key);
                    let w = t.take_work();
                    drop(t);
                    return vm.count_work_done(w);
                }
            }
        }
    }
}

fn add_key(vm: &mut Vm, s: &PySet, key: PyObjectRef) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    add_entry(vm, s, key, hash)
}

fn contains_entry(vm: &mut Vm, s: &PySet, key: &PyObjectRef, hash: i64) -> PyResult<bool> {
    Ok(matches!(find(vm, s, key, hash)?, Found::At(_)))
}

/// Remove `key` if present (`set_discard_entry`); returns whether it was.
fn discard_entry(vm: &mut Vm, s: &PySet, key: &PyObjectRef, hash: i64) -> PyResult<bool> {
    loop {
        match find(vm, s, key, hash)? {
            Found::Absent(..) => return Ok(false),
            Found::At(slot) => {
                let removed = s.table.borrow_mut().remove_at(slot);
                if removed.is_some() {
                    return Ok(true);
                }
            }
        }
    }
}

/// The hash of `key`; a `set` key that is unhashable is retried as a frozenset
/// (so `{1} in {frozenset({1})}` works), as CPython's `set_contains`.
fn hash_for_lookup(vm: &mut Vm, key: &PyObjectRef) -> PyResult<(PyObjectRef, i64)> {
    match vm.hash(key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) if e.is_instance_of(&vm.exc.type_error) && key.is_instance_of(&vm.types.set) => {
            let items = key
                .downcast_ref::<PySet>()
                .map(|s| s.table.borrow().clone())
                .unwrap_or_default();
            let f = PyObjectRef::new(
                PySet {
                    table: RefCell::new(items),
                    hash: Cell::new(-1),
                },
                &vm.types.frozenset,
            );
            let h = vm.hash(&f)?;
            Ok((f, h))
        }
        Err(e) => Err(e),
    }
}

// ----- building sets -----

/// A new `set` of `items`, added in order (`BUILD_SET`).
pub fn new_set(vm: &mut Vm, items: Vec<PyObjectRef>) -> PyResult {
    let s = PyObjectRef::new(PySet::new(), &vm.types.set);
    let p = payload_of(&s);
    for v in items {
        add_key(vm, p, v)?;
    }
    Ok(s)
}

/// A new `frozenset` of `items`, added in order (for constants).
pub fn new_frozenset(vm: &mut Vm, items: Vec<PyObjectRef>) -> PyResult {
    let s = PyObjectRef::new(PySet::new(), &vm.types.frozenset);
    let p = payload_of(&s);
    for v in items {
        add_key(vm, p, v)?;
    }
    Ok(s)
}

/// `set.add(v)` (`SET_ADD`, `BUILD_SET`).
pub fn set_add(vm: &mut Vm, set: &PyObjectRef, v: PyObjectRef) -> PyResult<()> {
    match set.downcast_ref::<PySet>() {
        Some(p) => add_key(vm, p, v),
        None => Err(vm.new_type_error("set_add needs a set")),
    }
}

/// `item in set` for a set or frozenset object.
pub fn set_contains(vm: &mut Vm, set: &PyObjectRef, item: &PyObjectRef) -> PyResult<bool> {
    let p = payload(vm, set)?;
    let (key, hash) = hash_for_lookup(vm, item)?;
    contains_entry(vm, p, &key, hash)
}

fn payload_of(o: &PyObjectRef) -> &PySet {
    o.downcast_ref::<PySet>().expect("a set just made")
}

/// A new empty set of `like`'s base type (`set` for sets, `frozenset` for
/// frozensets), filled from `iterable` (`make_new_set_basetype`).
fn new_like(vm: &mut Vm, like: &PyObjectRef, iterable: Option<&PyObjectRef>) -> PyResult {
    let cls = if like.is_instance_of(&vm.types.set) {
        vm.types.set.clone()
    } else {
        vm.types.frozenset.clone()
    };
    let s = PyObjectRef::new(PySet::new(), &cls);
    if let Some(it) = iterable {
        update_internal(vm, &s, it)?;
    }
    Ok(s)
}

/// `set_merge`: add every key of the set `other` to `so`.
fn merge(vm: &mut Vm, so: &PyObjectRef, other: &PyObjectRef) -> PyResult<()> {
    let (s, o) = (payload_of(so), payload_of(other));
    if so.is(other) || o.is_empty() {
        return Ok(());
    }
    let (done, work, n) = {
        let mut t = s.table.borrow_mut();
        let ot = o.table.borrow();
        t.presize_for_merge(ot.len());
        let done = t.merge_into_empty(&ot);
        (done, t.take_work(), ot.len())
    };
    // A copy of the other table, and the probes of putting its keys into
    // one of another size (`limits.rs`).
    vm.count_work_done(work)?;
    if done {
        return vm.charge_items(n);
    }
    let entries = o.table.borrow().entries();
    for (k, h) in entries {
        add_entry(vm, s, k, h)?;
    }
    Ok(())
}

/// `set_update_internal`: add the keys of any iterable to `so`.
pub fn update_internal(vm: &mut Vm, so: &PyObjectRef, other: &PyObjectRef) -> PyResult<()> {
    if other.payload_is::<PySet>() {
        return merge(vm, so, other);
    }
    let s = payload_of(so);
    if other.class().is(&vm.types.dict) {
        let entries: Vec<(PyObjectRef, i64)> = match other.downcast_ref::<PyDict>() {
            Some(d) => d.table.borrow().iter().map(|e| (e.key.clone(), e.hash)).collect(),
            None => Vec::new(),
        };
        let work = {
            let mut t = s.table.borrow_mut();
            t.presize_for_merge(entries.len());
            t.take_work()
        };
        vm.count_work_done(work)?;
        for (k, h) in entries {
            add_entry(vm, s, k, h)?;
        }
        return Ok(());
    }
    // A known length is checked before anything is made, and the table's
    // growth as it happens (`limits.rs`).
    vm.check_materialise(other, super::set_table::SLOT_BYTES, false)?;
    let it = vm.get_iter(other)?;
    let mut pace = crate::limits::Pace::default();
    while let Some(v) = vm.iter_next(&it)? {
        add_key(vm, s, v)?;
        pace.step_holding(vm, || s.table.borrow().table_bytes())?;
    }
    Ok(())
}

/// A copy of `so` with its base type (`set_copy`).
fn copy_of(vm: &mut Vm, so: &PyObjectRef) -> PyResult {
    new_like(vm, so, Some(so))
}

// ----- the algorithms of the operators -----

/// `set_intersection`.
fn intersection(vm: &mut Vm, so: &PyObjectRef, other: &PyObjectRef) -> PyResult {
    if so.is(other) {
        return copy_of(vm, so);
    }
    let result = new_like(vm, so, None)?;
    let r = payload_of(&result);
    if let Some(o) = other.downcast_ref::<PySet>() {
        let s = payload_of(so);
        // Iterate over the smaller set, looking keys up in the larger.
        let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
        let entries = small.table.borrow().entries();
        for (k, h) in entries {
            if contains_entry(vm, big, &k, h)? {
                add_entry(vm, r, k, h)?;
            }
        }
        return Ok(result);
    }
    let s = payload_of(so);
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.iter_next(&it)? {
        let h = vm.hash(&k)?;
        if contains_entry(vm, s, &k, h)? {
            add_entry(vm, r, k, h)?;
        }
    }
    Ok(result)
}

/// `set_intersection_multi`.
fn intersection_multi(vm: &mut Vm, so: &PyObjectRef, others: &[PyObjectRef]) -> PyResult {
    if others.is_empty() {
        return copy_of(vm, so);
    }
    let mut result = so.clone();
    for o in others {
        result = intersection(vm, &result, o)?;
    }
    Ok(result)
}

/// `set_difference_update_internal`.
fn difference_update_internal(vm: &mut Vm, so: &PyObjectRef, other: &PyObjectRef) -> PyResult<()> {
    let s = payload_of(so);
    if so.is(other) {
        let old = s.table.borrow_mut().clear();
        drop(old);
        return Ok(());
    }
    if let Some(o) = other.downcast_ref::<PySet>() {
        // When other is more than 8 times larger, remove the intersection instead.
        let other = if o.len() >> 3 > s.len() {
            intersection(vm, so, other)?
        } else {
            other.clone()
        };
        let entries = payload_of(&other).table.borrow().entries();
        for (k, h) in entries {
            discard_entry(vm, s, &k, h)?;
        }
    } else {
        let it = vm.get_iter(other)?;
        while let Some(k) = vm.iter_next(&it)? {
            let (k, h) = hash_for_lookup(vm, &k)?;
            discard_entry(vm, s, &k, h)?;
        }
    }
    let work = {
        let mut t = s.table.borrow_mut();
        t.shrink_dummies();
        t.take_work()
    };
    vm.count_work_done(work)
}

/// `set_difference`.
fn difference(vm: &mut Vm, so: &PyObjectRef, other: &PyObjectRef) -> PyResult {
    let s = payload_of(so);
    let other_size = if let Some(o) = other.downcast_ref::<PySet>() {
        o.len()
    } else if other.class().is(&vm.types.dict) {
        vm.len(other)?
    } else {
        return copy_and_difference(vm, so, other);
    };
    if s.len() >> 2 > other_size {
        return copy_and_difference(vm, so, other);
    }
    let result = new_like(vm, so, None)?;
    let r = payload_of(&result);
    let entries = s.table.borrow().entries();
    if let Some(o) = other.downcast_ref::<PySet>() {
        for (k, h) in entries {
            if !contains_entry(vm, o, &k, h)? {
                add_entry(vm, r, k, h)?;
            }
        }
    } else {
        for (k, h) in entries {
            if vm.dict_get_item_opt(other, &k)?.is_none() {
                add_entry(vm, r, k, h)?;
            }
        }
    }
    Ok(result)
}

fn copy_and_difference(vm: &mut Vm, so: &PyObjectRef, other: &PyObjectRef) -> PyResult {
    let result = copy_of(vm, so)?;
    difference_update_internal(vm, &result, other)?;
    Ok(result)
}

/// `set_symmetric_difference_update`.
fn symmetric_difference_update(vm: &mut Vm, so: &PyObjectRef, other: &PyObjectRef) -> PyResult<()> {
    let s = payload_of(so);
    if so.is(other) {
        let old = s.table.borrow_mut().clear();
        drop(old);
        return Ok(());
    }
    let entries: Vec<(PyObjectRef, i64)> = if other.class().is(&vm.types.dict) {
        match other.downcast_ref::<PyDict>() {
            Some(d) => d.table.borrow().iter().map(|e| (e.key.clone(), e.hash)).collect(),
            None => Vec::new(),
        }
    } else if let Some(o) = other.downcast_ref::<PySet>() {
        o.table.borrow().entries()
    } else {
        let tmp = new_like(vm, so, Some(other))?;
        let e = payload_of(&tmp).table.borrow().entries();
        e
    };
    for (k, h) in entries {
        if !discard_entry(vm, s, &k, h)? {
            add_entry(vm, s, k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference`: a copy of `other` updated with `so`.
fn symmetric_difference(vm: &mut Vm, so: &PyObjectRef, other: &PyObjectRef) -> PyResult {
    let result = new_like(vm, so, Some(other))?;
    symmetric_difference_update(vm, &result, so)?;
    Ok(result)
}

/// `set_issubset`.
fn issubset(vm: &mut Vm, so: &PyObjectRef, other: &PyObjectRef) -> PyResult<bool> {
    let Some(o) = other.downcast_ref::<PySet>() else {
        let tmp = PyObjectRef::new(PySet::new(), &vm.types.set);
        update_internal(vm, &tmp, other)?;
        return issubset(vm, so, &tmp);
    };
    let s = payload_of(so);
    if s.len() > o.len() {
        return Ok(false);
    }
    let entries = s.table.borrow().entries();
    for (k, h) in entries {
        if !contains_entry(vm, o, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset`.
fn issuperset(vm: &mut Vm, so: &PyObjectRef, other: &PyObjectRef) -> PyResult<bool> {
    if other.payload_is::<PySet>() {
        return issubset(vm, other, so);
    }
    let s = payload_of(so);
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.iter_next(&it)? {
        let (k, h) = hash_for_lookup(vm, &k)?;
        if !contains_entry(vm, s, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_isdisjoint`.
fn isdisjoint(vm: &mut Vm, so: &PyObjectRef, other: &PyObjectRef) -> PyResult<bool> {
    let s = payload_of(so);
    if so.is(other) {
        return Ok(s.is_empty());
    }
    if let Some(o) = other.downcast_ref::<PySet>().filter(|_| is_exact_anyset(vm, other)) {
        let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
        let entries = small.table.borrow().entries();
        for (k, h) in entries {
            if contains_entry(vm, big, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.iter_next(&it)? {
        let (k, h) = hash_for_lookup(vm, &k)?;
        if contains_entry(vm, s, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn is_exact_anyset(vm: &Vm, o: &PyObjectRef) -> bool {
    o.class().is(&vm.types.set) || o.class().is(&vm.types.frozenset)
}

// ----- argument helpers -----

fn payload<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PySet> {
    o.downcast_ref::<PySet>()
        .ok_or_else(|| vm.new_type_error(format!("expected a set, got '{}'", o.ty().name())))
}

/// `self` of a method defined on `set` only (mutators): a frozenset is refused.
fn mutable_self<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyObjectRef> {
    let this = args
        .pos()
        .first()
        .ok_or_else(|| vm.new_type_error(format!("descriptor '{name}' of 'set' object needs an argument")))?;
    if !this.is_instance_of(&vm.types.set) {
        return Err(vm.new_type_error(format!(
            "descriptor '{name}' for 'set' objects doesn't apply to a '{}' object",
            this.ty().name()
        )));
    }
    Ok(this)
}

/// `self` of a method shared by set and frozenset.
fn any_self<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyObjectRef> {
    let this = args
        .pos()
        .first()
        .ok_or_else(|| vm.new_type_error(format!("descriptor '{name}' of 'set' object needs an argument")))?;
    if !this.payload_is::<PySet>() {
        return Err(vm.new_type_error(format!(
            "descriptor '{name}' for 'set' objects doesn't apply to a '{}' object",
            this.ty().name()
        )));
    }
    Ok(this)
}

/// Exactly one argument after `self`.
fn one_arg<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyObjectRef> {
    args.no_kwargs(vm, name)?;
    match args.pos() {
        [_, x] => Ok(x),
        p => Err(vm.new_type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            p.len().saturating_sub(1)
        ))),
    }
}

fn no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    args.no_kwargs(vm, name)?;
    if args.pos().len() != 1 {
        return Err(vm.new_type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.pos().len().saturating_sub(1)
        )));
    }
    Ok(())
}

// ----- construction -----

/// `set.__new__(cls, ...)`: an empty set; `__init__` fills it.
fn set_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args
        .pos()
        .first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("set.__new__(): not enough arguments"))?;
    if cls.is(&vm.types.set) {
        args.no_kwargs(vm, "set")?;
    }
    let base = vm.types.set.clone();
    crate::builtins_type::new_cls_arg(vm, &args, &base)?;
    Ok(vm.new_instance(PySet::new(), &cls))
}

/// `set.__init__(self, iterable=())`.
fn set_init(vm: &mut Vm, args: Args) -> PyResult {
    let this = mutable_self(vm, &args, "__init__")?.clone();
    args.no_kwargs(vm, "set")?;
    let name = this.ty().name().to_string();
    let rest = &args.pos()[1..];
    if rest.len() > 1 {
        return Err(vm.new_type_error(format!("{name} expected at most 1 argument, got {}", rest.len())));
    }
    let s = payload_of(&this);
    if s.table.borrow().fill() > 0 {
        let old = s.table.borrow_mut().clear();
        drop(old);
    }
    if let Some(it) = rest.first() {
        update_internal(vm, &this, it)?;
    }
    Ok(vm.none())
}

/// `frozenset(iterable=())`: a frozenset of an exact frozenset is itself.
fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult {
    let base = vm.types.frozenset.clone();
    let cls = crate::builtins_type::new_cls_arg(vm, &args, &base)?.clone();
    let init_is_ours = {
        let init = vm.names.__init__.clone();
        match (
            cls.ty_payload().lookup(&init),
            vm.types.frozenset.ty_payload().lookup(&init),
        ) {
            (Some(a), Some(b)) => a.is(&b),
            _ => true,
        }
    };
    if cls.is(&vm.types.frozenset) || init_is_ours {
        args.no_kwargs(vm, "frozenset")?;
    }
    let rest = &args.pos()[1..];
    if rest.len() > 1 {
        return Err(vm.new_type_error(format!(
            "{} expected at most 1 argument, got {}",
            cls.ty_payload().name(),
            rest.len()
        )));
    }
    if let Some(it) = rest.first() {
        if cls.is(&vm.types.frozenset) && it.class().is(&vm.types.frozenset) {
            return Ok(it.clone());
        }
    }
    let s = vm.new_instance(PySet::new(), &cls);
    if let Some(it) = rest.first() {
        update_internal(vm, &s, it)?;
    }
    Ok(s)
}

// ----- protocol methods -----

/// `repr(set)`: `{1, 2}`, `set()`, `frozenset({1, 2})`, `MySet({1})`; `set(...)`
/// when the set contains itself.
fn set_repr(vm: &mut Vm, args: Args) -> PyResult {
    let this = any_self(vm, &args, "__repr__")?.clone();
    let name = this.ty().name().to_string();
    let s = payload_of(&this);
    if s.is_empty() {
        return Ok(vm.new_str(format!("{name}()")));
    }
    if !super::list::repr_enter(vm, &this) {
        return Ok(vm.new_str(format!("{name}(...)")));
    }
    let r = repr_items(vm, &s.keys());
    super::list::repr_leave(vm, &this);
    let body = r?;
    if this.class().is(&vm.types.set) {
        Ok(vm.new_str(format!("{{{body}}}")))
    } else {
        Ok(vm.new_str(format!("{name}({{{body}}})")))
    }
}

fn repr_items(vm: &mut Vm, items: &[PyObjectRef]) -> PyResult<String> {
    let mut out = String::new();
    let mut pace = crate::limits::Pace::default();
    for (i, v) in items.iter().enumerate() {
        pace.step_building(vm, out.len())?;
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr_string(v)?);
    }
    Ok(out)
}

fn set_len(vm: &mut Vm, args: Args) -> PyResult {
    let this = any_self(vm, &args, "__len__")?;
    let n = payload_of(this).len();
    Ok(vm.new_int(n as i64))
}

fn set_contains_m(vm: &mut Vm, args: Args) -> PyResult {
    let this = any_self(vm, &args, "__contains__")?;
    let item = one_arg(vm, &args, "__contains__")?;
    let r = set_contains(vm, this, item)?;
    Ok(vm.new_bool(r))
}

fn set_iter(vm: &mut Vm, args: Args) -> PyResult {
    let this = any_self(vm, &args, "__iter__")?.clone();
    Ok(super::iter::new_set_iter(vm, this))
}

/// `set_richcompare`: `==` by size and membership, `<=`/`<` subset tests.
fn set_compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "comparison")?;
    let (Some(x), Some(y)) = (a.downcast_ref::<PySet>(), b.downcast_ref::<PySet>()) else {
        return Ok(vm.not_implemented.clone());
    };
    let r = match op {
        CompareOp::Eq | CompareOp::Ne => {
            let eq = x.len() == y.len()
                && {
                    let (hx, hy) = (x.hash.get(), y.hash.get());
                    !(hx != -1 && hy != -1 && hx != hy)
                }
                && issubset(vm, a, b)?;
            eq == (op == CompareOp::Eq)
        }
        CompareOp::Le => issubset(vm, a, b)?,
        CompareOp::Ge => issuperset(vm, a, b)?,
        CompareOp::Lt => x.len() < y.len() && issubset(vm, a, b)?,
        CompareOp::Gt => x.len() > y.len() && issuperset(vm, a, b)?,
    };
    Ok(vm.new_bool(r))
}

/// `hash(frozenset)`: CPython's algorithm, cached.
fn frozenset_hash(vm: &mut Vm, args: Args) -> PyResult {
    let this = any_self(vm, &args, "__hash__")?;
    let s = payload_of(this);
    if s.hash.get() == -1 {
        s.hash.set(s.table.borrow().frozenset_hash());
    }
    Ok(vm.new_int(s.hash.get()))
}

// ----- operators -----

/// The two operands of a binary operator, or `None` (NotImplemented) unless both
/// are sets; `reflected` swaps them (`__ror__` is `other | self`).
fn operands(args: &Args, reflected: bool) -> Option<(PyObjectRef, PyObjectRef)> {
    let [a, b] = args.pos() else { return None };
    if !a.payload_is::<PySet>() || !b.payload_is::<PySet>() {
        return None;
    }
    Some(if reflected {
        (b.clone(), a.clone())
    } else {
        (a.clone(), b.clone())
    })
}

fn set_or_impl(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef) -> PyResult {
    let r = copy_of(vm, a)?;
    update_internal(vm, &r, b)?;
    Ok(r)
}

macro_rules! binary_operator {
    ($name:ident, $rname:ident, $imp:ident) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            match operands(&args, false) {
                Some((a, b)) => $imp(vm, &a, &b),
                None => Ok(vm.not_implemented.clone()),
            }
        }
        fn $rname(vm: &mut Vm, args: Args) -> PyResult {
            match operands(&args, true) {
                Some((a, b)) => $imp(vm, &a, &b),
                None => Ok(vm.not_implemented.clone()),
            }
        }
    };
}

binary_operator!(set_or, set_ror, set_or_impl);
binary_operator!(set_and, set_rand, intersection);
binary_operator!(set_sub, set_rsub, difference);
binary_operator!(set_xor, set_rxor, symmetric_difference);

/// The operands of an in-place operator on a `set` (NotImplemented unless the
/// other is a set too).
fn inplace_operands(vm: &Vm, args: &Args) -> Option<(PyObjectRef, PyObjectRef)> {
    let [a, b] = args.pos() else { return None };
    if !a.is_instance_of(&vm.types.set) || !b.payload_is::<PySet>() {
        return None;
    }
    Some((a.clone(), b.clone()))
}

fn set_ior(vm: &mut Vm, args: Args) -> PyResult {
    let Some((a, b)) = inplace_operands(vm, &args) else {
        return Ok(vm.not_implemented.clone());
    };
    update_internal(vm, &a, &b)?;
    Ok(a)
}

fn set_iand(vm: &mut Vm, args: Args) -> PyResult {
    let Some((a, b)) = inplace_operands(vm, &args) else {
        return Ok(vm.not_implemented.clone());
    };
    let r = intersection(vm, &a, &b)?;
    swap_bodies(&a, &r);
    Ok(a)
}

fn set_isub(vm: &mut Vm, args: Args) -> PyResult {
    let Some((a, b)) = inplace_operands(vm, &args) else {
        return Ok(vm.not_implemented.clone());
    };
    difference_update_internal(vm, &a, &b)?;
    Ok(a)
}

fn set_ixor(vm: &mut Vm, args: Args) -> PyResult {
    let Some((a, b)) = inplace_operands(vm, &args) else {
        return Ok(vm.not_implemented.clone());
    };
    symmetric_difference_update(vm, &a, &b)?;
    Ok(a)
}

/// Give `a` the contents of `b` (`set_swap_bodies`).
fn swap_bodies(a: &PyObjectRef, b: &PyObjectRef) {
    if a.is(b) {
        return;
    }
    let (x, y) = (payload_of(a), payload_of(b));
    x.table.borrow_mut().swap(&mut y.table.borrow_mut());
}

// ----- methods -----

fn set_add_m(vm: &mut Vm, args: Args) -> PyResult {
    let this = mutable_self(vm, &args, "add")?;
    let item = one_arg(vm, &args, "add")?;
    add_key(vm, payload_of(this), item.clone())?;
    Ok(vm.none())
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult {
    let this = mutable_self(vm, &args, "remove")?;
    let item = one_arg(vm, &args, "remove")?;
    let (key, hash) = hash_for_lookup(vm, item)?;
    if !discard_entry(vm, payload_of(this), &key, hash)? {
        return Err(vm.new_key_error(item.clone()));
    }
    Ok(vm.none())
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult {
    let this = mutable_self(vm, &args, "discard")?;
    let item = one_arg(vm, &args, "discard")?;
    let (key, hash) = hash_for_lookup(vm, item)?;
    discard_entry(vm, payload_of(this), &key, hash)?;
    Ok(vm.none())
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult {
    let this = mutable_self(vm, &args, "pop")?;
    no_args(vm, &args, "pop")?;
    let popped = payload_of(this).table.borrow_mut().pop();
    match popped {
        Some(k) => Ok(k),
        None => Err(vm.new_exception_msg(&vm.exc.key_error, "pop from an empty set")),
    }
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult {
    let this = mutable_self(vm, &args, "clear")?;
    no_args(vm, &args, "clear")?;
    let old = payload_of(this).table.borrow_mut().clear();
    drop(old);
    Ok(vm.none())
}

fn set_copy(vm: &mut Vm, args: Args) -> PyResult {
    let this = any_self(vm, &args, "copy")?;
    no_args(vm, &args, "copy")?;
    if this.class().is(&vm.types.frozenset) {
        return Ok(this.clone());
    }
    copy_of(vm, this)
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult {
    let this = mutable_self(vm, &args, "update")?;
    args.no_kwargs(vm, "update")?;
    for o in &args.pos()[1..] {
        update_internal(vm, this, o)?;
    }
    Ok(vm.none())
}

fn set_union(vm: &mut Vm, args: Args) -> PyResult {
    let this = any_self(vm, &args, "union")?;
    args.no_kwargs(vm, "union")?;
    let r = copy_of(vm, this)?;
    for o in &args.pos()[1..] {
        if !o.is(this) {
            update_internal(vm, &r, o)?;
        }
    }
    Ok(r)
}

fn set_intersection_m(vm: &mut Vm, args: Args) -> PyResult {
    let this = any_self(vm, &args, "intersection")?;
    args.no_kwargs(vm, "intersection")?;
    intersection_multi(vm, this, &args.pos()[1..])
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult {
    let this = mutable_self(vm, &args, "intersection_update")?;
    args.no_kwargs(vm, "intersection_update")?;
    let r = intersection_multi(vm, this, &args.pos()[1..])?;
    swap_bodies(this, &r);
    Ok(vm.none())
}

fn set_difference_m(vm: &mut Vm, args: Args) -> PyResult {
    let this = any_self(vm, &args, "difference")?;
    args.no_kwargs(vm, "difference")?;
    let others = &args.pos()[1..];
    let Some(first) = others.first() else {
        return copy_of(vm, this);
    };
    let r = difference(vm, this, first)?;
    for o in &others[1..] {
        difference_update_internal(vm, &r, o)?;
    }
    Ok(r)
}

fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult {
    let this = mutable_self(vm, &args, "difference_update")?;
    args.no_kwargs(vm, "difference_update")?;
    for o in &args.pos()[1..] {
        difference_update_internal(vm, this, o)?;
    }
    Ok(vm.none())
}

fn set_symmetric_difference_m(vm: &mut Vm, args: Args) -> PyResult {
    let this = any_self(vm, &args, "symmetric_difference")?;
    let other = one_arg(vm, &args, "symmetric_difference")?;
    symmetric_difference(vm, this, other)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult {
    let this = mutable_self(vm, &args, "symmetric_difference_update")?;
    let other = one_arg(vm, &args, "symmetric_difference_update")?;
    symmetric_difference_update(vm, this, other)?;
    Ok(vm.none())
}

fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult {
    let this = any_self(vm, &args, "isdisjoint")?;
    let other = one_arg(vm, &args, "isdisjoint")?;
    let r = isdisjoint(vm, this, other)?;
    Ok(vm.new_bool(r))
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult {
    let this = any_self(vm, &args, "issubset")?;
    let other = one_arg(vm, &args, "issubset")?;
    let r = issubset(vm, this, other)?;
    Ok(vm.new_bool(r))
}

fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult {
    let this = any_self(vm, &args, "issuperset")?;
    let other = one_arg(vm, &args, "issuperset")?;
    let r = issuperset(vm, this, other)?;
    Ok(vm.new_bool(r))
}

pub(crate) fn init(vm: &mut Vm) {
    let (set, frozen) = (vm.types.set.clone(), vm.types.frozenset.clone());
    vm.add_static(&set, "__new__", set_new);
    vm.add_method(&set, "__init__", set_init);
    vm.add_static(&frozen, "__new__", frozenset_new);
    for t in [&set, &frozen] {
        vm.add_method(t, "__repr__", set_repr);
        vm.add_method(t, "__len__", set_len);
        vm.add_method(t, "__contains__", set_contains_m);
        vm.add_method(t, "__iter__", set_iter);
        super::tuple::install_compare!(vm, t, set_compare);
        vm.add_method(t, "__or__", set_or);
        vm.add_method(t, "__ror__", set_ror);
        vm.add_method(t, "__and__", set_and);
        vm.add_method(t, "__rand__", set_rand);
        vm.add_method(t, "__sub__", set_sub);
        vm.add_method(t, "__rsub__", set_rsub);
        vm.add_method(t, "__xor__", set_xor);
        vm.add_method(t, "__rxor__", set_rxor);
        vm.add_method(t, "copy", set_copy);
        vm.add_method(t, "union", set_union);
        vm.add_method(t, "intersection", set_intersection_m);
        vm.add_method(t, "difference", set_difference_m);
        vm.add_method(t, "symmetric_difference", set_symmetric_difference_m);
        vm.add_method(t, "isdisjoint", set_isdisjoint);
        vm.add_method(t, "issubset", set_issubset);
        vm.add_method(t, "issuperset", set_issuperset);
        vm.add_classmethod(t, "__class_getitem__", crate::builtins::generic_alias);
    }
    vm.set_type_attr(&set, "__hash__", vm.none());
    vm.add_method(&frozen, "__hash__", frozenset_hash);
    vm.add_method(&set, "__ior__", set_ior);
    vm.add_method(&set, "__iand__", set_iand);
    vm.add_method(&set, "__isub__", set_isub);
    vm.add_method(&set, "__ixor__", set_ixor);
    vm.add_method(&set, "add", set_add_m);
    vm.add_method(&set, "remove", set_remove);
    vm.add_method(&set, "discard", set_discard);
    vm.add_method(&set, "pop", set_pop);
    vm.add_method(&set, "clear", set_clear);
    vm.add_method(&set, "update", set_update);
    vm.add_method(&set, "intersection_update", set_intersection_update);
    vm.add_method(&set, "difference_update", set_difference_update);
    vm.add_method(&set, "symmetric_difference_update", set_symmetric_difference_update);
}

#[cfg(test)]
mod tests {
    use kaa_compiler::bytecode::BinaryOp;

    use super::PySet;
    use crate::object::PyObjectRef;
    use crate::vm::Vm;

    fn ints(vm: &Vm, v: &[i64]) -> PyObjectRef {
        vm.new_list(v.iter().map(|&i| vm.new_int(i)).collect())
    }

    fn order(s: &PyObjectRef) -> Vec<i64> {
        let keys = s.downcast_ref::<PySet>().map(|s| s.keys()).unwrap_or_default();
        keys.iter()
            .filter_map(|k| {
                k.downcast_ref::<crate::object::int::PyInt>()
                    .and_then(|i| i.value.as_i64())
            })
            .collect()
    }

    /// Orders recorded with CPython 3.11 (see the expressions in the comments).
    #[test]
    fn operation_orders_match_cpython() {
        let mut vm = Vm::new();
        let set = vm.types.set.clone();
        let t40 = 1i64 << 40;
        // a = set([5, 13, 21, 29, 100, -3, 2**40, 77]); b = set([13, 29, 7, 15, -3, 2**40+1])
        let la = ints(&vm, &[5, 13, 21, 29, 100, -3, t40, 77]);
        let a = vm.call_positional(&set, &[la]).unwrap_or_else(|_| vm.none());
        let lb = ints(&vm, &[13, 29, 7, 15, -3, t40 + 1]);
        let b = vm.call_positional(&set, &[lb]).unwrap_or_else(|_| vm.none());
        assert_eq!(order(&a), [t40, 100, 5, 13, 77, -3, 21, 29]);
        let op = |vm: &mut Vm, x: &PyObjectRef, y: &PyObjectRef, op| {
            vm.binary_op(x, y, op, false).unwrap_or_else(|_| vm.none())
        };
        assert_eq!(
            order(&op(&mut vm, &a, &b, BinaryOp::Or)),
            [t40, t40 + 1, 100, 5, 7, 13, 77, 15, -3, 21, 29]
        );
        assert_eq!(
            order(&op(&mut vm, &b, &a, BinaryOp::Or)),
            [t40, t40 + 1, 100, 5, 7, 13, 77, 15, -3, 21, 29]
        );
        assert_eq!(order(&op(&mut vm, &a, &b, BinaryOp::And)), [-3, 29, 13]);
        assert_eq!(order(&op(&mut vm, &a, &b, BinaryOp::Subtract)), [t40, 100, 5, 77, 21]);
        assert_eq!(
            order(&op(&mut vm, &a, &b, BinaryOp::Xor)),
            [t40, t40 + 1, 5, 7, 77, 15, 21, 100]
        );
        assert_eq!(
            order(&op(&mut vm, &b, &a, BinaryOp::Xor)),
            [t40, t40 + 1, 100, 5, 7, 77, 15, 21]
        );
        // c = set(a); c.pop(); c.pop()
        let c = vm
            .call_positional(&set, std::slice::from_ref(&a))
            .unwrap_or_else(|_| vm.none());
        for _ in 0..2 {
            assert!(vm.call_method(&c, "pop", &[]).is_ok());
        }
        assert_eq!(order(&c), [5, 13, 77, -3, 21, 29]);
        // d = set(a); d.difference_update([5, 21, 100]); d.add(-9)
        let d = vm
            .call_positional(&set, std::slice::from_ref(&a))
            .unwrap_or_else(|_| vm.none());
        let l = ints(&vm, &[5, 21, 100]);
        assert!(vm.call_method(&d, "difference_update", &[l]).is_ok());
        let m9 = vm.new_int(-9);
        assert!(vm.call_method(&d, "add", &[m9]).is_ok());
        assert_eq!(order(&d), [t40, 13, 77, -3, -9, 29]);
        // hash(frozenset(a))
        let f = vm.types.frozenset.clone();
        let fa = vm.call_positional(&f, &[a]).unwrap_or_else(|_| vm.none());
        assert_eq!(vm.hash(&fa).ok(), Some(1_473_183_564_965_147_735));
    }
}
