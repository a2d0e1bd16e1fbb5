//! Iterator objects of the built-in types, and the lazy built-ins (`enumerate`,
//! `zip`, `map`, `filter`, `reversed`, `iter(callable, sentinel)`).
//!
//! Every built-in iterator is a [`PyIterator`] whose [`IterState`] says what it
//! walks; its Python-visible type (`list_iterator`, `range_iterator`, ...) is the
//! object's class. [`fast_iter`] and [`fast_next`] are the hot path of `for`
//! loops: they recognise exact built-in types and step without any method lookup.
//! States that run Python code (`map`, `filter`, a `__getitem__` sequence, ...)
//! release the state's borrow before calling it, so an iterator re-entered from
//! that code sees a consistent state.

use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::core::{PyObjectRef, PyPayload, Visit};
use super::dict::PyDict;
use super::int::{IntValue, PyInt};
use super::list::PyList;
use super::range::PyRange;
use super::set::PySet;
use super::str::PyStr;
use super::tuple::PyTuple;
use super::tuple::TupleSlot;
use crate::vm::{Args, PyResult, Vm};

/// The state of a built-in iterator.
pub enum IterState {
    /// Over a list, tuple or any sequence with `__getitem__` (by index).
    Seq {
        seq: PyObjectRef,
        index: usize,
    },
    /// Over a str, by code point (byte offset into the text).
    Str {
        s: PyObjectRef,
        byte_pos: usize,
    },
    /// Over a range whose values fit in an `i64`.
    Range {
        next: i64,
        step: i64,
        remaining: u64,
    },
    /// Over any other range.
    BigRange {
        next: BigInt,
        step: BigInt,
        remaining: BigInt,
    },
    /// Over a dict's keys/values/items by entry position. `used` is the dict's
    /// size when iteration began (a change raises `RuntimeError`), `remaining` how
    /// many entries are still expected.
    Dict {
        dict: PyObjectRef,
        pos: usize,
        used: usize,
        remaining: usize,
        kind: DictIterKind,
        /// The items' pair, reused once the loop let go of it.
        result: TupleSlot,
    },
    /// Backwards over a dict: `pos` is one past the next entry position to look at.
    DictRev {
        dict: PyObjectRef,
        pos: usize,
        used: usize,
        kind: DictIterKind,
    },
    /// Over a set's table by slot position.
    Set {
        set: PyObjectRef,
        pos: usize,
        used: usize,
    },
    Enumerate {
        iter: PyObjectRef,
        count: PyObjectRef,
        result: TupleSlot,
    },
    Zip {
        iters: Vec<PyObjectRef>,
        strict: bool,
        result: TupleSlot,
    },
    Map {
        func: PyObjectRef,
        iters: Vec<PyObjectRef>,
    },
    Filter {
        func: PyObjectRef,
        iter: PyObjectRef,
    },
    /// Backwards by index: over a list (`list_reverseiterator`) or any sequence
    /// (`reversed`).
    Reversed {
        seq: PyObjectRef,
        index: isize,
    },
    Callable {
        func: PyObjectRef,
        sentinel: PyObjectRef,
    },
    Exhausted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

/// An iterator that gives `None` once and is then exhausted: what
/// `asyncio.sleep(0)` awaits to yield to the event loop once (CPython's
/// asyncio awaits a one-line generator, `__sleep0`). Its type is made by the
/// `_asyncio` module (`stdlib/src/asyncio/`); [`fast_next`] steps it, so that
/// `await` and a task's step reach it without a method call. 24 bytes, no
/// references: a program holding many tasks suspended in `sleep(0)` holds
/// one each (`docs/performance.md`, "Session 16: peak memory").
pub struct PyYieldOnce {
    /// Whether the `None` was given.
    pub done: std::cell::Cell<bool>,
}

impl PyPayload for PyYieldOnce {
    const LEAF: bool = true;
}

/// The payload of every built-in iterator type.
pub struct PyIterator {
    pub state: RefCell<IterState>,
}

impl PyPayload for PyIterator {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.state, |s, visit| s.traverse(visit));
    }

    fn clear(&self) {
        let old = self
            .state
            .try_borrow_mut()
            .map(|mut s| std::mem::replace(&mut *s, IterState::Exhausted));
        drop(old);
    }
}

/// `dict.keys()`, `dict.values()`, `dict.items()`.
pub struct PyDictView {
    pub dict: PyObjectRef,
    pub kind: DictIterKind,
}

impl PyPayload for PyDictView {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.dict);
    }
}

impl IterState {
    fn traverse(&self, visit: &mut Visit<'_>) {
        match self {
            IterState::Dict { dict, result, .. } => {
                visit.visit(dict);
                result.traverse(visit);
            }
            IterState::Seq { seq: o, .. }
            | IterState::Str { s: o, .. }
            | IterState::DictRev { dict: o, .. }
            | IterState::Set { set: o, .. }
            | IterState::Reversed { seq: o, .. } => visit.visit(o),
            IterState::Enumerate { iter, count, result } => {
                visit.visit(iter);
                visit.visit(count);
                result.traverse(visit);
            }
            IterState::Zip { iters, result, .. } => {
                iters.iter().for_each(|o| visit.visit(o));
                result.traverse(visit);
            }
            IterState::Map { func, iters } => {
                visit.visit(func);
                iters.iter().for_each(|o| visit.visit(o));
            }
            IterState::Filter { func, iter } => {
                visit.visit(func);
                visit.visit(iter);
            }
            IterState::Callable { func, sentinel } => {
                visit.visit(func);
                visit.visit(sentinel);
            }
            IterState::Range { .. } | IterState::BigRange { .. } | IterState::Exhausted => {}
        }
    }
}

fn new_iter(state: IterState, cls: &PyObjectRef) -> PyObjectRef {
    PyObjectRef::new(
        PyIterator {
            state: RefCell::new(state),
        },
        cls,
    )
}

// ----- constructors -----

/// An iterator over a sequence using `__getitem__` with 0, 1, 2, ...
pub fn new_seq_iter(vm: &mut Vm, seq: PyObjectRef) -> PyObjectRef {
    new_iter(IterState::Seq { seq, index: 0 }, &vm.types.iterator)
}

/// `iter(list)`.
pub fn new_list_iter(vm: &mut Vm, list: PyObjectRef) -> PyObjectRef {
    new_iter(IterState::Seq { seq: list, index: 0 }, &vm.types.list_iterator)
}

/// `reversed(list)`.
pub fn new_list_reverse_iter(vm: &mut Vm, list: PyObjectRef) -> PyObjectRef {
    let n = list.downcast_ref::<PyList>().map_or(0, |l| l.len());
    new_iter(
        IterState::Reversed {
            seq: list,
            index: n as isize - 1,
        },
        &vm.types.list_reverseiterator,
    )
}

/// `iter(tuple)`.
pub fn new_tuple_iter(vm: &mut Vm, tuple: PyObjectRef) -> PyObjectRef {
    new_iter(IterState::Seq { seq: tuple, index: 0 }, &vm.types.tuple_iterator)
}

/// `iter(str)`.
pub fn new_str_iter(vm: &mut Vm, s: PyObjectRef) -> PyObjectRef {
    let ascii = s.downcast_ref::<PyStr>().is_some_and(|p| p.is_ascii());
    let cls = if ascii {
        vm.types.str_iterator.clone()
    } else {
        vm.types.str_unicode_iterator.clone()
    };
    new_iter(IterState::Str { s, byte_pos: 0 }, &cls)
}

/// `iter(range)` or `reversed(range)`.
pub fn new_range_iter(vm: &mut Vm, range: &PyObjectRef, reverse: bool) -> PyObjectRef {
    let Some(r) = range.downcast_ref::<PyRange>() else {
        return new_iter(IterState::Exhausted, &vm.types.range_iterator);
    };
    if let Some((start, step, len)) = r.as_small() {
        let (next, step) = if reverse && len > 0 {
            // The last value fits (as_small checked it); so does -step unless MIN.
            (
                (start as i128 + (len as i128 - 1) * step as i128) as i64,
                step.checked_neg(),
            )
        } else {
            (start, Some(step))
        };
        if let Some(step) = step {
            return new_iter(
                IterState::Range {
                    next,
                    step,
                    remaining: len,
                },
                &vm.types.range_iterator,
            );
        }
    }
    let (next, step, remaining) = super::range::big_iter_params(r, reverse);
    new_iter(
        IterState::BigRange { next, step, remaining },
        &vm.types.longrange_iterator,
    )
}

/// `iter(dict)` and iterators of dict views.
pub fn new_dict_iter(vm: &mut Vm, dict: PyObjectRef, kind: DictIterKind) -> PyObjectRef {
    let used = dict.downcast_ref::<PyDict>().map_or(0, |d| d.len());
    let cls = match kind {
        DictIterKind::Keys => vm.types.dict_keyiterator.clone(),
        DictIterKind::Values => vm.types.dict_valueiterator.clone(),
        DictIterKind::Items => vm.types.dict_itemiterator.clone(),
    };
    new_iter(
        IterState::Dict {
            dict,
            pos: 0,
            used,
            remaining: used,
            kind,
            result: TupleSlot::default(),
        },
        &cls,
    )
}

/// `reversed(dict)` and `reversed` of dict views.
pub fn new_dict_reverse_iter(vm: &mut Vm, dict: PyObjectRef, kind: DictIterKind) -> PyObjectRef {
    let (used, pos) = dict
        .downcast_ref::<PyDict>()
        .map_or((0, 0), |d| (d.len(), d.table.borrow().entries_len()));
    let cls = match kind {
        DictIterKind::Keys => vm.types.dict_reversekeyiterator.clone(),
        DictIterKind::Values => vm.types.dict_reversevalueiterator.clone(),
        DictIterKind::Items => vm.types.dict_reverseitemiterator.clone(),
    };
    new_iter(IterState::DictRev { dict, pos, used, kind }, &cls)
}

/// `iter(set)`.
pub fn new_set_iter(vm: &mut Vm, set: PyObjectRef) -> PyObjectRef {
    let used = set.downcast_ref::<PySet>().map_or(0, |s| s.len());
    new_iter(IterState::Set { set, pos: 0, used }, &vm.types.set_iterator)
}

/// `iter(callable, sentinel)`: call `func()` until it returns `sentinel`.
pub fn new_callable_iter(vm: &mut Vm, func: PyObjectRef, sentinel: PyObjectRef) -> PyObjectRef {
    new_iter(IterState::Callable { func, sentinel }, &vm.types.callable_iterator)
}

/// `iter(obj)` for built-in containers without a method lookup (exact types only:
/// a subclass may override `__iter__`).
pub fn fast_iter(vm: &mut Vm, obj: &PyObjectRef) -> Option<PyObjectRef> {
    let cls = obj.class();
    let t = &vm.types;
    let state = if cls.is(&t.list) {
        (
            IterState::Seq {
                seq: obj.clone(),
                index: 0,
            },
            t.list_iterator.clone(),
        )
    } else if cls.is(&t.tuple) {
        (
            IterState::Seq {
                seq: obj.clone(),
                index: 0,
            },
            t.tuple_iterator.clone(),
        )
    } else if cls.is(&t.str) {
        return Some(new_str_iter(vm, obj.clone()));
    } else if cls.is(&t.range) {
        return Some(new_range_iter(vm, obj, false));
    } else if cls.is(&t.dict) {
        return Some(new_dict_iter(vm, obj.clone(), DictIterKind::Keys));
    } else if cls.is(&t.set) || cls.is(&t.frozenset) {
        return Some(new_set_iter(vm, obj.clone()));
    } else if cls.is(&t.dict_keys) || cls.is(&t.dict_values) || cls.is(&t.dict_items) {
        let v = obj.downcast_ref::<PyDictView>()?;
        return Some(new_dict_iter(vm, v.dict.clone(), v.kind));
    } else if obj.payload_is::<PyIterator>() && !cls.ty_payload().flags.heaptype {
        return Some(obj.clone());
    } else {
        return None;
    };
    Some(new_iter(state.0, &state.1))
}

// ----- next -----

/// `next(it)` for built-in iterators: `None` if `it` is not one (or is an
/// instance of a Python subclass, which may override `__next__`).
#[inline]
pub fn fast_next(vm: &mut Vm, it: &PyObjectRef) -> Option<PyResult<Option<PyObjectRef>>> {
    let Some(iter) = it.downcast_ref::<PyIterator>() else {
        return it
            .downcast_ref::<PyYieldOnce>()
            .map(|o| Ok((!o.done.replace(true)).then(|| vm.none())));
    };
    if it.ty().flags.heaptype {
        return None;
    }
    Some(next_of(vm, iter))
}

/// One step of a built-in iterator; `Ok(None)` when exhausted.
pub fn next_of(vm: &mut Vm, iter: &PyIterator) -> PyResult<Option<PyObjectRef>> {
    let mut st = iter.state.borrow_mut();
    match &mut *st {
        IterState::Range { next, step, remaining } => {
            if *remaining == 0 {
                return Ok(None);
            }
            let v = *next;
            *remaining -= 1;
            if *remaining > 0 {
                *next = v.wrapping_add(*step);
            }
            Ok(Some(vm.new_int(v)))
        }
        IterState::Seq { seq, index } => {
            if let Some(l) = seq.downcast_ref::<PyList>() {
                let v = l.items.borrow().get(*index).cloned();
                match v {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        let old = std::mem::replace(&mut *st, IterState::Exhausted);
                        drop(st);
                        drop(old);
                        Ok(None)
                    }
                }
            } else if let Some(t) = seq.downcast_ref::<PyTuple>() {
                match t.items.get(*index).cloned() {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        let old = std::mem::replace(&mut *st, IterState::Exhausted);
                        drop(st);
                        drop(old);
                        Ok(None)
                    }
                }
            } else {
                let (seq, i) = (seq.clone(), *index);
                drop(st);
                next_getitem(vm, iter, &seq, i)
            }
        }
        IterState::Str { s, byte_pos } => {
            let Some(p) = s.downcast_ref::<PyStr>() else {
                return Ok(None);
            };
            match p.as_str().get(*byte_pos..).and_then(|r| r.chars().next()) {
                Some(c) => {
                    *byte_pos += c.len_utf8();
                    Ok(Some(vm.new_char(c)))
                }
                None => {
                    let old = std::mem::replace(&mut *st, IterState::Exhausted);
                    drop(st);
                    drop(old);
                    Ok(None)
                }
            }
        }
        IterState::BigRange { next, step, remaining } => {
            if remaining.is_zero() {
                return Ok(None);
            }
            let v = next.clone();
            *remaining -= 1u8;
            *next += &*step;
            Ok(Some(vm.new_bigint(v)))
        }
        IterState::Dict { .. } => next_dict(vm, &mut st),
        IterState::DictRev { .. } => next_dict_rev(vm, &mut st),
        IterState::Set { .. } => next_set(vm, &mut st),
        IterState::Reversed { .. } => {
            drop(st);
            next_reversed(vm, iter)
        }
        IterState::Exhausted => Ok(None),
        _ => {
            drop(st);
            next_lazy(vm, iter)
        }
    }
}

/// `seq[i]` for the `__getitem__` iteration protocol; IndexError/StopIteration end it.
fn next_getitem(vm: &mut Vm, iter: &PyIterator, seq: &PyObjectRef, i: usize) -> PyResult<Option<PyObjectRef>> {
    let key = vm.new_int(i as i64);
    match vm.get_item(seq, &key) {
        Ok(v) => {
            if let IterState::Seq { index, .. } = &mut *iter.state.borrow_mut() {
                *index += 1;
            }
            Ok(Some(v))
        }
        Err(e) if e.is_instance_of(&vm.exc.index_error) || e.is_instance_of(&vm.exc.stop_iteration) => {
            set_exhausted(iter);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn set_exhausted(iter: &PyIterator) {
    let old = std::mem::replace(&mut *iter.state.borrow_mut(), IterState::Exhausted);
    drop(old);
}

fn dict_changed_size(vm: &Vm) -> PyObjectRef {
    vm.new_runtime_error("dictionary changed size during iteration")
}

/// The value a dict iterator of `kind` yields for an entry.
fn dict_item(vm: &Vm, kind: DictIterKind, key: PyObjectRef, value: PyObjectRef) -> PyObjectRef {
    match kind {
        DictIterKind::Keys => key,
        DictIterKind::Values => value,
        DictIterKind::Items => vm.new_tuple(vec![key, value]),
    }
}

fn next_dict(vm: &mut Vm, st: &mut std::cell::RefMut<'_, IterState>) -> PyResult<Option<PyObjectRef>> {
    let IterState::Dict {
        dict,
        pos,
        used,
        remaining,
        kind,
        result,
    } = &mut **st
    else {
        return Ok(None);
    };
    let Some(d) = dict.downcast_ref::<PyDict>() else {
        return Ok(None);
    };
    let t = d.table.borrow();
    if t.len() != *used {
        *used = usize::MAX;
        return Err(dict_changed_size(vm));
    }
    let n = t.entries_len();
    let mut i = *pos;
    while i < n && t.entry(i).is_none() {
        i += 1;
    }
    let Some(e) = t.entry(i) else {
        drop(t);
        let old = std::mem::replace(&mut **st, IterState::Exhausted);
        drop(old);
        return Ok(None);
    };
    let (key, value) = (e.key.clone(), e.value.clone());
    drop(t);
    *pos = i + 1;
    if *remaining == 0 {
        let old = std::mem::replace(&mut **st, IterState::Exhausted);
        drop(old);
        return Err(vm.new_runtime_error("dictionary keys changed during iteration"));
    }
    *remaining -= 1;
    Ok(Some(match kind {
        DictIterKind::Items => result.make(vm, [key, value].into_iter()),
        _ => dict_item(vm, *kind, key, value),
    }))
}

fn next_dict_rev(vm: &mut Vm, st: &mut std::cell::RefMut<'_, IterState>) -> PyResult<Option<PyObjectRef>> {
    let IterState::DictRev { dict, pos, used, kind } = &mut **st else {
        return Ok(None);
    };
    let Some(d) = dict.downcast_ref::<PyDict>() else {
        return Ok(None);
    };
    let t = d.table.borrow();
    if t.len() != *used {
        *used = usize::MAX;
        return Err(dict_changed_size(vm));
    }
    let mut i = (*pos).min(t.entries_len());
    while i > 0 && t.entry(i - 1).is_none() {
        i -= 1;
    }
    let Some(e) = i.checked_sub(1).and_then(|j| t.entry(j)) else {
        drop(t);
        let old = std::mem::replace(&mut **st, IterState::Exhausted);
        drop(old);
        return Ok(None);
    };
    let (key, value) = (e.key.clone(), e.value.clone());
    drop(t);
    *pos = i - 1;
    let kind = *kind;
    Ok(Some(dict_item(vm, kind, key, value)))
}

fn next_set(vm: &mut Vm, st: &mut std::cell::RefMut<'_, IterState>) -> PyResult<Option<PyObjectRef>> {
    let IterState::Set { set, pos, used } = &mut **st else {
        return Ok(None);
    };
    let Some(s) = set.downcast_ref::<PySet>() else {
        return Ok(None);
    };
    let t = s.table.borrow();
    if t.len() != *used {
        *used = usize::MAX;
        return Err(vm.new_runtime_error("Set changed size during iteration"));
    }
    let n = t.capacity();
    let mut i = *pos;
    while i < n && t.key_at(i).is_none() {
        i += 1;
    }
    let Some(k) = t.key_at(i).cloned() else {
        drop(t);
        let old = std::mem::replace(&mut **st, IterState::Exhausted);
        drop(old);
        return Ok(None);
    };
    drop(t);
    *pos = i + 1;
    Ok(Some(k))
}

fn next_reversed(vm: &mut Vm, iter: &PyIterator) -> PyResult<Option<PyObjectRef>> {
    let (seq, index) = match &*iter.state.borrow() {
        IterState::Reversed { seq, index } => (seq.clone(), *index),
        _ => return Ok(None),
    };
    if index < 0 {
        set_exhausted(iter);
        return Ok(None);
    }
    let item = if let Some(l) = seq.downcast_ref::<PyList>() {
        l.get(index as usize)
    } else {
        let key = vm.new_int(index as i64);
        match vm.get_item(&seq, &key) {
            Ok(v) => Some(v),
            Err(e) if e.is_instance_of(&vm.exc.index_error) || e.is_instance_of(&vm.exc.stop_iteration) => None,
            Err(e) => return Err(e),
        }
    };
    match item {
        Some(v) => {
            if let IterState::Reversed { index, .. } = &mut *iter.state.borrow_mut() {
                *index -= 1;
            }
            Ok(Some(v))
        }
        None => {
            set_exhausted(iter);
            Ok(None)
        }
    }
}

/// The lazy built-ins: enumerate, zip, map, filter and callable iterators.
fn next_lazy(vm: &mut Vm, iter: &PyIterator) -> PyResult<Option<PyObjectRef>> {
    let job = match &*iter.state.borrow() {
        IterState::Enumerate { iter, .. } => Job::Enumerate(iter.clone()),
        IterState::Zip { iters, strict, .. } => {
            // A push loop: `collect` into a SmallVec is not inlined.
            let mut copy = smallvec::SmallVec::new();
            for it in iters {
                copy.push(it.clone());
            }
            Job::Zip(copy, *strict)
        }
        IterState::Map { func, iters } => Job::Map(func.clone(), iters.clone()),
        IterState::Filter { func, iter } => Job::Filter(func.clone(), iter.clone()),
        IterState::Callable { func, sentinel } => Job::Callable(func.clone(), sentinel.clone()),
        _ => return Ok(None),
    };
    // Each kind wraps another iterator or callable, which may be another of
    // these: one guarded level per wrapper (`recursion.rs`).
    let why = match job {
        Job::Callable(..) => crate::recursion::CALLING,
        _ => crate::recursion::PLAIN,
    };
    vm.guarded(why, |vm| next_lazy_job(vm, iter, job))
}

enum Job {
    Enumerate(PyObjectRef),
    /// The iterators, copied out of the state (a nested `next` may reach
    /// this zip again): inline for up to four, without an allocation.
    Zip(smallvec::SmallVec<[PyObjectRef; 4]>, bool),
    Map(PyObjectRef, Vec<PyObjectRef>),
    Filter(PyObjectRef, PyObjectRef),
    Callable(PyObjectRef, PyObjectRef),
}

fn next_lazy_job(vm: &mut Vm, iter: &PyIterator, job: Job) -> PyResult<Option<PyObjectRef>> {
    match job {
        Job::Enumerate(it) => next_enumerate(vm, iter, &it),
        Job::Zip(iters, strict) => next_zip(vm, iter, &iters, strict),
        Job::Map(func, iters) => {
            let mut args = Vec::with_capacity(iters.len());
            for it in &iters {
                match vm.iter_next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.call_positional(&func, &args).map(Some)
        }
        Job::Filter(func, it) => loop {
            let Some(v) = vm.iter_next(&it)? else { return Ok(None) };
            let keep = if vm.is_none(&func) || func.is(&vm.types.bool) {
                vm.is_true(&v)?
            } else {
                let r = vm.call_positional(&func, std::slice::from_ref(&v))?;
                vm.is_true(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
        Job::Callable(func, sentinel) => match vm.call_positional(&func, &[]) {
            Ok(v) => {
                if vm.eq(&sentinel, &v)? {
                    set_exhausted(iter);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            Err(e) if e.is_instance_of(&vm.exc.stop_iteration) => {
                set_exhausted(iter);
                Ok(None)
            }
            Err(e) => Err(e),
        },
    }
}

fn next_enumerate(vm: &mut Vm, iter: &PyIterator, it: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
    let Some(v) = vm.iter_next(it)? else { return Ok(None) };
    let count = match &mut *iter.state.borrow_mut() {
        IterState::Enumerate { count, .. } => {
            let next = match count.downcast_ref::<PyInt>().map(|i| &i.value) {
                Some(IntValue::Small(n)) if *n < i64::MAX => vm.new_int(n + 1),
                Some(v) => vm.new_bigint(v.to_big() + 1u8),
                None => count.clone(),
            };
            std::mem::replace(count, next)
        }
        _ => return Ok(None),
    };
    let state = iter.state.borrow();
    Ok(Some(match &*state {
        IterState::Enumerate { result, .. } => result.make(vm, [count, v].into_iter()),
        _ => vm.new_tuple(vec![count, v]),
    }))
}

fn next_zip(vm: &mut Vm, iter: &PyIterator, iters: &[PyObjectRef], strict: bool) -> PyResult<Option<PyObjectRef>> {
    if iters.is_empty() {
        return Ok(None);
    }
    let mut items: smallvec::SmallVec<[PyObjectRef; 4]> = smallvec::SmallVec::with_capacity(iters.len());
    for (i, it) in iters.iter().enumerate() {
        match vm.iter_next(it)? {
            Some(v) => items.push(v),
            None if strict => return zip_strict_check(vm, iters, i),
            None => return Ok(None),
        }
    }
    let state = iter.state.borrow();
    Ok(Some(match &*state {
        IterState::Zip { result, .. } => result.make(vm, items.into_iter()),
        _ => vm.new_tuple(items.into_vec()),
    }))
}

/// `zip(..., strict=True)` when iterator `i` ran out: all must have.
fn zip_strict_check(vm: &mut Vm, iters: &[PyObjectRef], i: usize) -> PyResult<Option<PyObjectRef>> {
    let plural = |i: usize| if i == 1 { " ".to_string() } else { "s 1-".to_string() };
    if i > 0 {
        return Err(vm.new_value_error(format!(
            "zip() argument {} is shorter than argument{}{}",
            i + 1,
            plural(i),
            i
        )));
    }
    for (j, it) in iters.iter().enumerate().skip(1) {
        if vm.iter_next(it)?.is_some() {
            return Err(vm.new_value_error(format!(
                "zip() argument {} is longer than argument{}{}",
                j + 1,
                plural(j),
                j
            )));
        }
    }
    Ok(None)
}

// ----- methods of the iterator types -----

fn iterator_payload<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a PyObjectRef, &'a PyIterator)> {
    let o = args
        .pos()
        .first()
        .ok_or_else(|| vm.new_type_error("descriptor needs an argument"))?;
    let p = o
        .downcast_ref::<PyIterator>()
        .ok_or_else(|| vm.new_type_error(format!("'{}' object is not an iterator", o.ty().name())))?;
    Ok((o, p))
}

fn iter_iter(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = iterator_payload(vm, &args)?;
    Ok(o.clone())
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult {
    let (_, it) = iterator_payload(vm, &args)?;
    match next_of(vm, it)? {
        Some(v) => Ok(v),
        None => Err(vm.new_stop_iteration(None)),
    }
}

/// `__length_hint__` of the iterators whose remaining length is known.
fn iter_length_hint(vm: &mut Vm, args: Args) -> PyResult {
    let (_, it) = iterator_payload(vm, &args)?;
    let n: i64 = match &*it.state.borrow() {
        IterState::Seq { seq, index } => {
            let len = if let Some(l) = seq.downcast_ref::<PyList>() {
                l.len()
            } else if let Some(t) = seq.downcast_ref::<PyTuple>() {
                t.items.len()
            } else {
                return Ok(vm.not_implemented.clone());
            };
            len.saturating_sub(*index) as i64
        }
        IterState::Range { remaining, .. } => *remaining as i64,
        IterState::BigRange { remaining, .. } => remaining.to_i64().unwrap_or(i64::MAX),
        IterState::Dict { remaining, .. } => *remaining as i64,
        IterState::Reversed { index, .. } => (*index + 1).max(0) as i64,
        IterState::Exhausted => 0,
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(vm.new_int(n))
}

// ----- the lazy built-ins as types -----

/// The class being instantiated (`args[0]` of `__new__`).
fn cls_arg<'a>(vm: &mut Vm, args: &Args<'a>, base: &PyObjectRef) -> PyResult<&'a PyObjectRef> {
    crate::builtins_type::new_cls_arg(vm, args, base)
}

/// `enumerate(iterable, start=0)`.
fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, &vm.types.enumerate.clone())?.clone();
    let pos = &args.pos()[1..];
    let mut iterable = pos.first().cloned();
    let mut start = pos.get(1).cloned();
    if pos.len() + args.kwnames().len() > 2 {
        return Err(vm.new_type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            pos.len() + args.kwnames().len()
        )));
    }
    for (k, v) in args.kwargs() {
        let slot = match k {
            "iterable" => &mut iterable,
            "start" => &mut start,
            _ => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for enumerate()"))),
        };
        if slot.is_some() {
            return Err(vm.new_type_error(format!("argument for enumerate() given by name ('{k}') and position")));
        }
        *slot = Some(v.clone());
    }
    let Some(iterable) = iterable else {
        return Err(vm.new_type_error("enumerate() missing required argument 'iterable'"));
    };
    let count = match start {
        None => vm.new_int(0),
        Some(s) => {
            let v = vm.to_index_value(&s)?;
            vm.new_int_value(v)
        }
    };
    let iter = vm.get_iter(&iterable)?;
    Ok(vm.new_instance(
        PyIterator {
            state: RefCell::new(IterState::Enumerate {
                iter,
                count,
                result: TupleSlot::default(),
            }),
        },
        &cls,
    ))
}

/// `zip(*iterables, strict=False)`.
fn zip_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, &vm.types.zip.clone())?.clone();
    let mut strict = false;
    for (k, v) in args.kwargs() {
        if k != "strict" {
            return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for zip()")));
        }
        strict = vm.is_true(v)?;
    }
    let mut iters = Vec::with_capacity(args.pos().len() - 1);
    for a in &args.pos()[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(vm.new_instance(
        PyIterator {
            state: RefCell::new(IterState::Zip {
                iters,
                strict,
                result: TupleSlot::default(),
            }),
        },
        &cls,
    ))
}

/// `map(func, *iterables)`.
fn map_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, &vm.types.map.clone())?.clone();
    if cls.is(&vm.types.map) {
        args.no_kwargs(vm, "map")?;
    }
    let pos = &args.pos()[1..];
    if pos.len() < 2 {
        return Err(vm.new_type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(pos.len() - 1);
    for a in &pos[1..] {
        iters.push(vm.get_iter(a)?);
    }
    let func = pos[0].clone();
    Ok(vm.new_instance(
        PyIterator {
            state: RefCell::new(IterState::Map { func, iters }),
        },
        &cls,
    ))
}

/// `filter(function_or_None, iterable)`.
fn filter_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, &vm.types.filter.clone())?.clone();
    if cls.is(&vm.types.filter) {
        args.no_kwargs(vm, "filter")?;
    }
    let pos = &args.pos()[1..];
    if pos.len() != 2 {
        return Err(vm.new_type_error(format!("filter expected 2 arguments, got {}", pos.len())));
    }
    let iter = vm.get_iter(&pos[1])?;
    let func = pos[0].clone();
    Ok(vm.new_instance(
        PyIterator {
            state: RefCell::new(IterState::Filter { func, iter }),
        },
        &cls,
    ))
}

#[cold]
fn not_reversible(vm: &Vm, seq: &PyObjectRef) -> PyObjectRef {
    vm.new_type_error(format!("'{}' object is not reversible", seq.ty().name()))
}

/// `reversed(seq)`: `seq.__reversed__()`, else backwards by `__len__` and
/// `__getitem__`.
fn reversed_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, &vm.types.reversed.clone())?.clone();
    if cls.is(&vm.types.reversed) {
        args.no_kwargs(vm, "reversed")?;
    }
    let pos = &args.pos()[1..];
    let [seq] = pos else {
        return Err(vm.new_type_error(format!("reversed expected 1 argument, got {}", pos.len())));
    };
    let rev = vm.names.__reversed__.clone();
    match vm.lookup_special(seq, &rev) {
        Some(f) if vm.is_none(&f) => return Err(not_reversible(vm, seq)),
        Some(f) => return vm.call_with_self(&f, seq, &[]),
        None => {}
    }
    let getitem = vm.names.__getitem__.clone();
    if seq.is_instance_of(&vm.types.dict) || vm.lookup_special(seq, &getitem).is_none() {
        return Err(not_reversible(vm, seq));
    }
    let n = vm.len(seq)?;
    Ok(vm.new_instance(
        PyIterator {
            state: RefCell::new(IterState::Reversed {
                seq: seq.clone(),
                index: n as isize - 1,
            }),
        },
        &cls,
    ))
}

/// `iter(callable, sentinel)` needs a callable.
pub fn check_callable_iter(vm: &mut Vm, func: &PyObjectRef) -> PyResult<()> {
    let call = vm.names.__call__.clone();
    let callable = func.payload_is::<super::function::PyFunction>()
        || func.payload_is::<super::function::PyBuiltinFunction>()
        || func.payload_is::<super::function::PyBoundMethod>()
        || func.as_type().is_some()
        || vm.lookup_special(func, &call).is_some();
    if !callable {
        return Err(vm.new_type_error("iter(v, w): v must be callable"));
    }
    Ok(())
}

fn str_iter(vm: &mut Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "__iter__")?;
    if !s.payload_is::<PyStr>() {
        return Err(vm.new_type_error("descriptor '__iter__' requires a 'str' object"));
    }
    Ok(new_str_iter(vm, s.clone()))
}

pub(crate) fn init(vm: &mut Vm) {
    let t = &vm.types;
    let iter_types = [
        t.list_iterator.clone(),
        t.list_reverseiterator.clone(),
        t.tuple_iterator.clone(),
        t.range_iterator.clone(),
        t.longrange_iterator.clone(),
        t.str_iterator.clone(),
        t.str_unicode_iterator.clone(),
        t.bytes_iterator.clone(),
        t.dict_keyiterator.clone(),
        t.dict_valueiterator.clone(),
        t.dict_itemiterator.clone(),
        t.dict_reversekeyiterator.clone(),
        t.dict_reversevalueiterator.clone(),
        t.dict_reverseitemiterator.clone(),
        t.set_iterator.clone(),
        t.iterator.clone(),
        t.callable_iterator.clone(),
        t.enumerate.clone(),
        t.zip.clone(),
        t.map.clone(),
        t.filter.clone(),
        t.reversed.clone(),
        t.bytearray_iterator.clone(),
        t.memory_iterator.clone(),
    ];
    for ty in &iter_types {
        vm.add_method(ty, "__iter__", iter_iter);
        vm.add_method(ty, "__next__", iter_next);
    }
    // The iterators of sequences and dicts (the first eleven above) know their
    // remaining length.
    for ty in &iter_types[..11] {
        vm.add_method(ty, "__length_hint__", iter_length_hint);
    }
    let (e, z, m, f, r) = (
        vm.types.enumerate.clone(),
        vm.types.zip.clone(),
        vm.types.map.clone(),
        vm.types.filter.clone(),
        vm.types.reversed.clone(),
    );
    vm.add_static(&e, "__new__", enumerate_new);
    vm.add_static(&z, "__new__", zip_new);
    vm.add_static(&m, "__new__", map_new);
    vm.add_static(&f, "__new__", filter_new);
    vm.add_static(&r, "__new__", reversed_new);
    // `str.__iter__` if the str type does not define it already.
    let s = vm.types.str.clone();
    let name = vm.names.__iter__.clone();
    if !s.ty_payload().attrs.defines(&name) {
        vm.add_method(&s, "__iter__", str_iter);
    }
}
