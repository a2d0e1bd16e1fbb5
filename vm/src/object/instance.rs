//! Instance attributes: the `__dict__` of an instance, kept as inline values
//! in the order of a key table shared by the instances of a class, until
//! something asks for a real dict (CPython 3.11's "split dict" and 3.12's
//! inline values, simplified: a dict, once made, is the only truth).
//!
//! The storage is [`InstanceDict`] (`core.rs`); the class's key table is
//! [`PyType::keys`]. This file holds the rules: which names go inline, when an
//! instance materializes its dict, and the get/set/delete of an attribute by
//! name that work in both states. `docs/internals/instance-values.md` tells
//! the story with pictures.

use super::core::{InstanceDict, PyObjectRef};
use super::dict::PyDict;
use super::dict_table::{DictTable, Step};
use super::str::PyStr;
use super::typ::PyType;
use crate::vm::{PyResult, Vm};

/// The most names a class's key table takes (CPython's `SHARED_KEYS_MAX_SIZE`):
/// an instance setting a name past it gets a real dict.
pub const MAX_SHARED_KEYS: usize = 30;

/// Where a name goes in the inline values.
enum Key {
    /// At this index of the key table.
    At(usize),
    /// An exact `str` the key table does not hold.
    Missing,
    /// Not an exact `str` (a `str` subclass with its own `__eq__` could
    /// match any key): only a real dict can answer.
    NeedsDict,
}

impl PyType {
    /// The index of `name` (an interned exact `str`) in the key table.
    #[inline]
    pub fn key_index(&self, name: &PyObjectRef) -> Option<usize> {
        self.keys.borrow().iter().position(|k| k.is(name))
    }

    /// The index of `name` (an interned exact `str`), added at the end of the
    /// key table if it has room.
    fn key_index_or_add(&self, name: &PyObjectRef) -> Option<usize> {
        let mut keys = self.keys.borrow_mut();
        if let Some(ix) = keys.iter().position(|k| k.is(name)) {
            return Some(ix);
        }
        if keys.len() >= MAX_SHARED_KEYS {
            return None;
        }
        keys.push(name.clone());
        Some(keys.len() - 1)
    }
}

impl Vm {
    /// Where `name` sits in `ty`'s key table.
    fn key_of(&self, ty: &PyType, name: &PyObjectRef) -> Key {
        let Some(s) = name.downcast_ref::<PyStr>() else {
            return Key::NeedsDict;
        };
        if !name.class().is(&self.types.str) {
            return Key::NeedsDict;
        }
        let keys = ty.keys.borrow();
        let found = if s.is_interned() {
            keys.iter().position(|k| k.is(name))
        } else {
            keys.iter()
                .position(|k| k.downcast_ref::<PyStr>().is_some_and(|k| k.as_str() == s.as_str()))
        };
        match found {
            Some(ix) => Key::At(ix),
            None => Key::Missing,
        }
    }

    /// The instance `__dict__` of `obj` as a dict object, made now from its
    /// inline values if it has none yet (and then kept: the instance leaves
    /// the values state for good). `None` when instances of its class have
    /// no `__dict__`.
    pub fn instance_dict(&self, obj: &PyObjectRef) -> Option<PyObjectRef> {
        let idict = obj.instance_dict()?;
        match idict.dict() {
            Some(d) => Some(d),
            None => Some(self.materialize(obj, idict)),
        }
    }

    /// Move the inline values of `obj` into a new dict, in the instance's
    /// order (the key table's, holes left out).
    #[cold]
    fn materialize(&self, obj: &PyObjectRef, idict: &InstanceDict) -> PyObjectRef {
        let values = idict.values_snapshot();
        let mut table = DictTable::with_capacity(values.len());
        {
            let keys = obj.ty().keys.borrow();
            for (ix, v) in values {
                // Each name is in the table once, and values never run past it.
                let Some(k) = keys.get(ix) else { continue };
                let Some(h) = k.downcast_ref::<PyStr>().map(|s| s.hash_with(&self.str_hasher)) else {
                    continue;
                };
                let mut probe = table.probe_start(h);
                loop {
                    match table.step(h, probe) {
                        Step::Absent(p) => {
                            table.insert_new(p, h, k.clone(), v);
                            break;
                        }
                        // Another name of the same hash: distinct names, go on.
                        Step::Candidate(p, _) => probe = table.next(p),
                    }
                }
            }
        }
        let _ = table.take_work();
        let d = PyObjectRef::new(
            PyDict {
                table: std::cell::RefCell::new(table),
            },
            &self.types.dict,
        );
        // Tracked only if a value may be part of a cycle (`object/gc.rs`).
        self.heap.untrack_new(&d);
        self.heap.track_dict_if_needed(&d);
        let stats = &self.heap.stats;
        if stats.on.get() {
            stats.dicts_materialized.set(stats.dicts_materialized.get() + 1);
        }
        // The values were copied into the dict: dropping them frees nothing.
        let (old_dict, old_values) = idict.set_dict(d.clone());
        drop(old_values);
        drop(old_dict);
        d
    }

    /// `obj`'s own attribute `name` (its `__dict__` entry), without making a
    /// dict if it has none. `Ok(None)` when it has no such attribute or no
    /// `__dict__` at all.
    #[inline]
    pub fn instance_get(&mut self, obj: &PyObjectRef, name: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let Some(idict) = obj.instance_dict() else {
            return Ok(None);
        };
        if let Some(d) = idict.dict() {
            return self.dict_get_item_opt(&d, name);
        }
        match self.key_of(obj.ty(), name) {
            Key::At(ix) => Ok(idict.value(ix)),
            Key::Missing => Ok(None),
            Key::NeedsDict => {
                let d = self.materialize(obj, idict);
                self.dict_get_item_opt(&d, name)
            }
        }
    }

    /// Whether `obj` has its own attribute `name` (see [`Vm::instance_get`]).
    pub fn instance_has(&mut self, obj: &PyObjectRef, name: &PyObjectRef) -> PyResult<bool> {
        Ok(self.instance_get(obj, name)?.is_some())
    }

    /// Set `obj`'s own attribute `name` to `value` (in its `__dict__`). The
    /// caller checked that `obj` has a `__dict__`; nothing happens otherwise.
    pub fn instance_set(&mut self, obj: &PyObjectRef, name: &PyObjectRef, value: PyObjectRef) -> PyResult<()> {
        let Some(idict) = obj.instance_dict() else {
            return Ok(());
        };
        if let Some(d) = idict.dict() {
            return self.dict_set(&d, name.clone(), value);
        }
        let name = match name.downcast_ref::<PyStr>() {
            Some(s) if s.is_interned() => name.clone(),
            Some(_) if name.class().is(&self.types.str) => self.intern_obj(name),
            _ => {
                let d = self.materialize(obj, idict);
                return self.dict_set(&d, name.clone(), value);
            }
        };
        let ty = obj.ty();
        let Some(ix) = ty.key_index_or_add(&name) else {
            let d = self.materialize(obj, idict);
            return self.dict_set(&d, name, value);
        };
        match idict.replace_value(ix, value) {
            Ok(old) => {
                drop(old);
                Ok(())
            }
            Err(value) if ix >= idict.values_len() => {
                idict.push_value(ix, value, ty.keys.borrow().len());
                Ok(())
            }
            // A hole before the last value: setting it would put the name
            // out of the instance's order.
            Err(value) => {
                let d = self.materialize(obj, idict);
                self.dict_set(&d, name, value)
            }
        }
    }

    /// Delete `obj`'s own attribute `name`; `Ok(false)` when it has none.
    pub fn instance_del(&mut self, obj: &PyObjectRef, name: &PyObjectRef) -> PyResult<bool> {
        let Some(idict) = obj.instance_dict() else {
            return Ok(false);
        };
        if let Some(d) = idict.dict() {
            return self.dict_del(&d, name);
        }
        match self.key_of(obj.ty(), name) {
            Key::At(ix) => {
                let old = idict.remove_value(ix);
                let found = old.is_some();
                drop(old);
                Ok(found)
            }
            Key::Missing => Ok(false),
            Key::NeedsDict => {
                let d = self.materialize(obj, idict);
                self.dict_del(&d, name)
            }
        }
    }

    /// The names of `obj`'s own attributes, in order (for `dir`), without
    /// making a dict.
    pub fn instance_keys(&self, obj: &PyObjectRef) -> Vec<PyObjectRef> {
        let Some(idict) = obj.instance_dict() else {
            return Vec::new();
        };
        if let Some(d) = idict.dict() {
            return d.downcast_ref::<PyDict>().map(PyDict::keys_vec).unwrap_or_default();
        }
        let keys = obj.ty().keys.borrow();
        idict
            .values_snapshot()
            .into_iter()
            .filter_map(|(ix, _)| keys.get(ix).cloned())
            .collect()
    }

    /// How many own attributes `obj` has, without making a dict.
    pub fn instance_len(&self, obj: &PyObjectRef) -> usize {
        let Some(idict) = obj.instance_dict() else {
            return 0;
        };
        match idict.dict() {
            Some(d) => d.downcast_ref::<PyDict>().map_or(0, PyDict::len),
            None => idict.values_count(),
        }
    }

    /// Look up `name` (an `&str`) among `obj`'s own attributes without
    /// running Python code or making a dict.
    pub fn instance_get_str(&self, obj: &PyObjectRef, name: &str) -> Option<PyObjectRef> {
        let idict = obj.instance_dict()?;
        if let Some(d) = idict.dict() {
            return d.downcast_ref::<PyDict>()?.get_str(self, name);
        }
        let ix = obj
            .ty()
            .keys
            .borrow()
            .iter()
            .position(|k| k.downcast_ref::<PyStr>().is_some_and(|k| k.as_str() == name))?;
        idict.value(ix)
    }

    /// Set `name` (an `&str`) among `obj`'s own attributes.
    pub fn instance_set_str(&mut self, obj: &PyObjectRef, name: &str, value: PyObjectRef) -> PyResult<()> {
        let n = self.intern(name);
        self.instance_set(obj, &n, value)
    }

    /// `obj.__dict__ = d` (`d` a dict): the instance enters the dict state
    /// with `d`, dropping its inline values or old dict.
    pub fn instance_replace_dict(&self, obj: &PyObjectRef, d: PyObjectRef) -> bool {
        let Some(idict) = obj.instance_dict() else {
            return false;
        };
        let (old_dict, old_values) = idict.set_dict(d);
        drop(old_values);
        drop(old_dict);
        true
    }
}
