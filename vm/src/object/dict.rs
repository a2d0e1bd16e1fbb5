//! `dict`: the payload, and the lookup procedure that compares keys with Python
//! equality while tolerating `__eq__` methods that mutate the dict.
//!
//! The methods of `dict` (`get`, `setdefault`, `update`, ...) are installed by
//! `init` in `dict_methods.rs`.

use std::cell::RefCell;

use super::core::{PyObjectRef, PyPayload};
use super::dict_table::{DictTable, Step};
use super::str::PyStr;
use crate::vm::{PyResult, Vm};

#[derive(Default)]
pub struct PyDict {
    pub table: RefCell<DictTable>,
}

impl PyPayload for PyDict {
    const GC: bool = true;

    fn traverse(&self, visit: &mut super::core::Visit<'_>) {
        visit.visit_cell(&self.table, |t, visit| {
            for e in t.iter() {
                visit.visit(&e.key);
                visit.visit(&e.value);
            }
        });
    }

    fn clear(&self) {
        let old = self.table.try_borrow_mut().map(|mut t| {
            let version = t.version.wrapping_add(1);
            let old = std::mem::take(&mut *t);
            t.version = version;
            old
        });
        drop(old);
    }
}

impl PyDict {
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Look up an exact-`str` key by text, without running Python code.
    pub fn get_str(&self, vm: &Vm, key: &str) -> Option<PyObjectRef> {
        let k = vm.lookup_interned(key)?;
        let k = &k;
        let s = k.downcast_ref::<PyStr>()?;
        let h = s.hash_with(&vm.str_hasher);
        let t = self.table.borrow();
        // Interned keys hit by identity; otherwise fall back to comparing text.
        if let Some(ix) = t.find_identical(k, h) {
            return t.entry(ix).map(|e| e.value.clone());
        }
        let mut probe = t.probe_start(h);
        loop {
            match t.step(h, probe) {
                Step::Absent(_) => return None,
                Step::Candidate(p, ix) => {
                    let e = t.entry(ix)?;
                    if e.key.downcast_ref::<PyStr>().is_some_and(|ks| ks.as_str() == key) {
                        return Some(e.value.clone());
                    }
                    probe = t.next(p);
                }
            }
        }
    }

    /// Snapshot of the entries (keys and values), for iteration that may run Python code.
    pub fn items_vec(&self) -> Vec<(PyObjectRef, PyObjectRef)> {
        self.table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn keys_vec(&self) -> Vec<PyObjectRef> {
        self.table.borrow().iter().map(|e| e.key.clone()).collect()
    }
}

/// Whether two keys are equal without running Python code: `Some(answer)`
/// for the pairs [`Vm::key_eq_native`] decides (identical objects, exact
/// ints, strs, floats, short tuples of them), and an exact `str` against an
/// exact int, float or tuple (never equal); `None` when `__eq__` must run.
#[inline]
fn keys_equal_native(vm: &Vm, a: &PyObjectRef, b: &PyObjectRef) -> Option<bool> {
    if let Some(r) = vm.key_eq_native(a, b) {
        return Some(r);
    }
    let (ca, cb) = (a.class(), b.class());
    if ca.is(&vm.types.str) != cb.is(&vm.types.str) {
        // An exact str never equals an exact int/float/tuple.
        let other = if ca.is(&vm.types.str) { cb } else { ca };
        if other.is(&vm.types.int) || other.is(&vm.types.float) || other.is(&vm.types.tuple) {
            return Some(false);
        }
    }
    None
}

/// The result of a lookup: where the key is, or where it would go.
enum Found {
    At(usize),
    Absent(super::dict_table::Probe, u64),
}

/// How a probe without Python code ended (`dict_find_native`).
enum Native {
    Done(Found),
    /// The candidate at this probe needs `__eq__`: `dict_find` goes on from it.
    Python(super::dict_table::Probe),
}

impl Vm {
    fn dict_payload<'a>(&self, dict: &'a PyObjectRef) -> &'a PyDict {
        dict.downcast_ref::<PyDict>().expect("dict operations need a dict")
    }

    /// Find `key` (with hash `hash`) in `dict` without running Python code:
    /// the probe under one borrow of the table, while every candidate
    /// compares in place (`keys_equal_native`: `(x, y)` tuples, ints,
    /// strs). `None` when the table changed while collisions were counted:
    /// [`Vm::dict_find`] starts over.
    #[inline]
    fn dict_find_native(&mut self, d: &PyDict, key: &PyObjectRef, hash: i64) -> PyResult<Option<Native>> {
        let t = d.table.borrow();
        let version = t.version;
        let mut probe = t.probe_start(hash);
        let mut collisions = 0u32;
        let found = loop {
            match t.step(hash, probe) {
                Step::Absent(p) => {
                    self.heap.stats.count_probe(p.length());
                    break Native::Done(Found::Absent(p, version));
                }
                Step::Candidate(p, ix) => match t.entry(ix).and_then(|e| keys_equal_native(self, &e.key, key)) {
                    Some(true) => {
                        self.heap.stats.count_probe(p.length());
                        break Native::Done(Found::At(ix));
                    }
                    Some(false) => {
                        collisions = collisions.saturating_add(1);
                        probe = t.next(p);
                    }
                    None => break Native::Python(p),
                },
            }
        };
        drop(t);
        // Keys whose hashes collide count as work, as in `dict_find`
        // (`limits.rs`). The check may let another thread change the table.
        if collisions > 0 {
            self.count_work(collisions)?;
            if d.table.borrow().version != version {
                return Ok(None);
            }
        }
        Ok(Some(found))
    }

    /// Find `key` (with hash `hash`) in `dict`, running `__eq__` as needed.
    fn dict_find(&mut self, dict: &PyObjectRef, key: &PyObjectRef, hash: i64) -> PyResult<Found> {
        let d = self.dict_payload(dict);
        let mut resume = match self.dict_find_native(d, key, hash)? {
            Some(Native::Done(found)) => return Ok(found),
            Some(Native::Python(p)) => Some(p),
            None => None,
        };
        'restart: loop {
            let mut probe = match resume.take() {
                Some(p) => p,
                None => d.table.borrow().probe_start(hash),
            };
            loop {
                let (step, version) = {
                    let t = d.table.borrow();
                    (t.step(hash, probe), t.version)
                };
                match step {
                    Step::Absent(p) => {
                        self.heap.stats.count_probe(p.length());
                        return Ok(Found::Absent(p, version));
                    }
                    Step::Candidate(p, ix) => {
                        let cand = {
                            let t = d.table.borrow();
                            match t.entry(ix) {
                                Some(e) => e.key.clone(),
                                None => continue 'restart,
                            }
                        };
                        let equal = match keys_equal_native(self, &cand, key) {
                            Some(b) => b,
                            None => {
                                let r = self.eq(&cand, key)?;
                                if d.table.borrow().version != version {
                                    continue 'restart;
                                }
                                r
                            }
                        };
                        if equal {
                            self.heap.stats.count_probe(p.length());
                            return Ok(Found::At(ix));
                        }
                        // A key whose hash collides: long chains of them
                        // (ints equal modulo 2**61 - 1) are probed here, so
                        // each counts as work (`limits.rs`). The check may
                        // let another thread change the table.
                        if self.work_due(1) {
                            self.check_long_loop(0)?;
                            if d.table.borrow().version != version {
                                continue 'restart;
                            }
                        }
                        probe = d.table.borrow().next(p);
                    }
                }
            }
        }
    }

    /// `dict[key]` or `None` when absent (no `__missing__`).
    pub fn dict_get_item_opt(&mut self, dict: &PyObjectRef, key: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        // Interned names (globals, attributes) hit by identity with no hashing work.
        if let Some(s) = key.downcast_ref::<PyStr>() {
            let h = s.cached_hash();
            if h != -1 {
                let d = self.dict_payload(dict);
                let t = d.table.borrow();
                let (found, len) = t.find_identical_counted(key, h);
                self.heap.stats.count_probe(len);
                if let Some(ix) = found {
                    return Ok(t.entry(ix).map(|e| e.value.clone()));
                }
                // Only interned names as keys: an equal key would be this
                // very object, so the miss is final (`LOAD_NAME` of a
                // builtin at module level, `name in globals()`).
                if !t.mixed_keys && s.is_interned() {
                    return Ok(None);
                }
            }
        }
        let hash = self.hash(key)?;
        self.dict_get_item_hashed(dict, key, hash)
    }

    /// `dict[key] = value`.
    pub fn dict_set(&mut self, dict: &PyObjectRef, key: PyObjectRef, value: PyObjectRef) -> PyResult<()> {
        // A name already there (`STORE_NAME` in a module-level loop) is found
        // by identity, with no hashing or comparing.
        if let Some(h) = key.downcast_ref::<PyStr>().map(PyStr::cached_hash).filter(|&h| h != -1) {
            let mut t = self.dict_payload(dict).table.borrow_mut();
            if let (Some(ix), len) = t.find_identical_counted(&key, h) {
                self.heap.stats.bump(&self.heap.stats.hashes_cached);
                self.heap.stats.count_probe(len);
                if let Some(e) = t.entry_mut(ix) {
                    self.heap.track_dict_for_value(dict, &value);
                    // Dropping the old value may run `__del__`: the borrow ends first.
                    let old = std::mem::replace(&mut e.value, value);
                    drop(t);
                    drop(old);
                    return Ok(());
                }
            }
        }
        let hash = self.hash(&key)?;
        self.dict_set_hashed(dict, key, hash, value)
    }

    /// `dict[key] = value` with the key's hash already known.
    pub fn dict_set_hashed(
        &mut self,
        dict: &PyObjectRef,
        key: PyObjectRef,
        hash: i64,
        value: PyObjectRef,
    ) -> PyResult<()> {
        loop {
            let found = self.dict_find(dict, &key, hash)?;
            let d = self.dict_payload(dict);
            let mut t = d.table.borrow_mut();
            match found {
                Found::At(ix) => {
                    if let Some(e) = t.entry_mut(ix) {
                        self.heap.track_dict_for_value(dict, &value);
                        // Dropping the old value may run `__del__` later; the borrow ends first.
                        let old = std::mem::replace(&mut e.value, value);
                        drop(t);
                        drop(old);
                        return Ok(());
                    }
                }
                Found::Absent(p, version) => {
                    if t.version == version {
                        self.heap.track_dict_for(dict, &key, &value);
                        t.insert_new(p, hash, key, value);
                        let w = t.take_work();
                        drop(t);
                        return self.count_work_done(w);
                    }
                }
            }
            // The table changed under us: look again.
        }
    }

    /// `del dict[key]`; returns whether the key was present.
    pub fn dict_del(&mut self, dict: &PyObjectRef, key: &PyObjectRef) -> PyResult<bool> {
        Ok(self.dict_pop(dict, key)?.is_some())
    }

    /// `dict[key] = update(dict.get(key))` with one hash and, unless `update`
    /// adds or removes keys (it may run Python code: `__add__` of a count),
    /// one probe: the counting loop of `collections.Counter`
    /// (`_count_elements`), which did a lookup and then a store.
    pub fn dict_update_hashed(
        &mut self,
        dict: &PyObjectRef,
        key: PyObjectRef,
        hash: i64,
        update: impl FnOnce(&mut Vm, Option<PyObjectRef>) -> PyResult,
    ) -> PyResult<()> {
        let found = self.dict_find(dict, &key, hash)?;
        let d = self.dict_payload(dict);
        let (old, version) = {
            let t = d.table.borrow();
            let old = match found {
                Found::At(ix) => t.entry(ix).map(|e| e.value.clone()),
                Found::Absent(..) => None,
            };
            (old, t.version)
        };
        let new = update(self, old)?;
        let mut t = d.table.borrow_mut();
        if t.version == version {
            match found {
                Found::At(ix) => {
                    if let Some(e) = t.entry_mut(ix) {
                        self.heap.track_dict_for_value(dict, &new);
                        // Dropping the old value may run `__del__`: the borrow ends first.
                        let old = std::mem::replace(&mut e.value, new);
                        drop(t);
                        drop(old);
                        return Ok(());
                    }
                }
                Found::Absent(p, v) if v == version => {
                    self.heap.track_dict_for(dict, &key, &new);
                    t.insert_new(p, hash, key, new);
                    let w = t.take_work();
                    drop(t);
                    return self.count_work_done(w);
                }
                Found::Absent(..) => {}
            }
        }
        // `update` changed the keys: store as `dict[key] = new` would.
        drop(t);
        self.dict_set_hashed(dict, key, hash, new)
    }

    /// `dict[key]` or `None` when absent, with the key's hash already known.
    pub fn dict_get_item_hashed(
        &mut self,
        dict: &PyObjectRef,
        key: &PyObjectRef,
        hash: i64,
    ) -> PyResult<Option<PyObjectRef>> {
        match self.dict_find(dict, key, hash)? {
            Found::At(ix) => Ok(self
                .dict_payload(dict)
                .table
                .borrow()
                .entry(ix)
                .map(|e| e.value.clone())),
            Found::Absent(..) => Ok(None),
        }
    }

    /// Remove `key` and return its value.
    pub fn dict_pop(&mut self, dict: &PyObjectRef, key: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let hash = self.hash(key)?;
        self.dict_pop_hashed(dict, key, hash)
    }

    /// Remove `key` (whose hash is known) and return its value.
    pub fn dict_pop_hashed(
        &mut self,
        dict: &PyObjectRef,
        key: &PyObjectRef,
        hash: i64,
    ) -> PyResult<Option<PyObjectRef>> {
        match self.dict_find(dict, key, hash)? {
            Found::At(ix) => {
                let e = self.dict_payload(dict).table.borrow_mut().remove_at(ix);
                Ok(e.map(|e| e.value))
            }
            Found::Absent(..) => Ok(None),
        }
    }

    /// Set `dict[name] = value` for a Rust string key (interned).
    pub fn dict_set_str(&mut self, dict: &PyObjectRef, name: &str, value: PyObjectRef) -> PyResult<()> {
        let k = self.intern(name);
        self.dict_set(dict, k, value)
    }

    /// A new dict from `(key, value)` pairs.
    pub fn new_dict_from(&mut self, pairs: Vec<(PyObjectRef, PyObjectRef)>) -> PyResult {
        let d = self.new_dict();
        for (k, v) in pairs {
            self.dict_set(&d, k, v)?;
        }
        Ok(d)
    }
}
