//! `list`: a mutable sequence.
//!
//! Items live in a `RefCell<Vec<_>>`. Any loop that compares items (`in`,
//! `count`, `index`, `remove`, `==`, `sort`) reads one item under a short borrow,
//! releases it, then calls `__eq__`/`__lt__`, re-checking the length each step:
//! that Python code may mutate the list.

use std::cell::RefCell;
use std::cmp::Ordering;

use kaa_compiler::bytecode::CompareOp;

use super::core::{PyObjectRef, PyPayload};
use super::float::PyFloat;
use super::int::{IntValue, PyInt};
use super::slice::{resolve_slice, PySlice};
use super::str::PyStr;
use super::tuple::{
    index_bounds, install_compare, normalize_index, repeat_count, repeat_items, repeat_non_int, sequence_compare,
    slice_items, PyTuple,
};
use crate::limits::{Pace, LONG_LOOP};
use crate::vm::{Args, PyResult, Vm};

/// The payload of `list` (and of instances of its subclasses).
pub struct PyList {
    pub items: RefCell<Vec<PyObjectRef>>,
    /// The buffer bytes counted in the heap's live bytes (for memory limits,
    /// see [`PyList::recharge`]).
    charged: std::cell::Cell<usize>,
}

/// Release items last first, as CPython does when a list lets go of many items
/// at once (the order `__del__` methods observe).
pub fn drop_reversed(mut items: Vec<PyObjectRef>) {
    while let Some(x) = items.pop() {
        drop(x);
    }
}

impl Drop for PyList {
    /// Items are released last first, as CPython's `list_dealloc` does.
    fn drop(&mut self) {
        let items = self.items.get_mut();
        while let Some(x) = items.pop() {
            drop(x);
        }
    }
}

impl PyPayload for PyList {
    const GC: bool = true;

    fn traverse(&self, visit: &mut super::core::Visit<'_>) {
        visit.visit_cell(&self.items, |items, visit| items.iter().for_each(|o| visit.visit(o)));
    }

    fn clear(&self) {
        let old = self.items.try_borrow_mut().map(|mut v| std::mem::take(&mut *v));
        drop(old);
    }

    fn heap_bytes(&self) -> usize {
        self.charged.get()
    }
}

impl PyList {
    /// A list payload holding `items`.
    pub fn new(items: Vec<PyObjectRef>) -> PyList {
        let charged = std::cell::Cell::new(items.capacity() * std::mem::size_of::<PyObjectRef>());
        PyList {
            items: RefCell::new(items),
            charged,
        }
    }

    /// Bring the heap's live bytes up to date with the buffer's capacity, after
    /// the list grew (`limits.rs`: a memory cap sees lists that grow in place).
    #[inline]
    pub fn recharge(&self, heap: &crate::object::gc::Heap) {
        if !heap.stats.on.get() {
            return;
        }
        if let Ok(items) = self.items.try_borrow() {
            heap.recharge(&self.charged, items.capacity() * std::mem::size_of::<PyObjectRef>());
        }
    }

    /// The item at `i`, cloned under a short borrow.
    #[inline]
    pub fn get(&self, i: usize) -> Option<PyObjectRef> {
        self.items.borrow().get(i).cloned()
    }

    /// `len(list)`.
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

// ----- recursion-safe repr (CPython's Py_ReprEnter / Py_ReprLeave) -----

/// Mark `obj`'s repr as in progress; `false` if it already was (the caller then
/// prints `[...]`, `{...}`, ...).
pub fn repr_enter(vm: &mut Vm, obj: &PyObjectRef) -> bool {
    let id = obj.id();
    if vm.repr_active.contains(&id) {
        return false;
    }
    vm.repr_active.push(id);
    true
}

/// End `obj`'s repr (after `repr_enter` returned true).
pub fn repr_leave(vm: &mut Vm, obj: &PyObjectRef) {
    let id = obj.id();
    if let Some(pos) = vm.repr_active.iter().rposition(|x| *x == id) {
        vm.repr_active.remove(pos);
    }
}

// ----- argument helpers -----

fn payload<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyList> {
    o.downcast_ref::<PyList>().ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            o.ty().name()
        ))
    })
}

fn this<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a PyObjectRef, &'a PyList)> {
    let o = args
        .pos()
        .first()
        .ok_or_else(|| vm.new_type_error("descriptor of 'list' object needs an argument"))?;
    Ok((o, payload(vm, o)?))
}

/// `self` and exactly one argument, with CPython's `list.append()` message.
fn one_arg<'a>(vm: &mut Vm, args: &Args<'a>, qualname: &str) -> PyResult<(&'a PyList, &'a PyObjectRef)> {
    let (_, l) = this(vm, args)?;
    args.no_kwargs(vm, qualname)?;
    match args.pos() {
        [_, x] => Ok((l, x)),
        p => Err(vm.new_type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            p.len() - 1
        ))),
    }
}

fn no_arg<'a>(vm: &mut Vm, args: &Args<'a>, qualname: &str) -> PyResult<(&'a PyObjectRef, &'a PyList)> {
    let r = this(vm, args)?;
    args.no_kwargs(vm, qualname)?;
    if args.pos().len() != 1 {
        return Err(vm.new_type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            args.pos().len() - 1
        )));
    }
    Ok(r)
}

/// An index argument as `isize` (`OverflowError` beyond), as Argument Clinic's
/// `Py_ssize_t` converter.
fn ssize_arg(vm: &mut Vm, v: &PyObjectRef) -> PyResult<i64> {
    match vm.to_index_value(v)? {
        IntValue::Small(i) => Ok(i),
        IntValue::Big(_) => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// Whether `key` can index a sequence (an int or has `__index__`).
fn is_index(vm: &Vm, key: &PyObjectRef) -> bool {
    key.payload_is::<PyInt>() || vm.lookup_special(key, &vm.names.__index__).is_some()
}

/// The items of any iterable as a vector (`PySequence_Fast`); `msg` replaces the
/// `TypeError` of a non-iterable.
fn sequence_fast(vm: &mut Vm, v: &PyObjectRef, msg: &str) -> PyResult<Vec<PyObjectRef>> {
    if let Some(l) = v.downcast_ref::<PyList>().filter(|_| v.class().is(&vm.types.list)) {
        vm.charge_items(l.len())?;
        return Ok(l.items.borrow().clone());
    }
    if let Some(t) = v.downcast_ref::<PyTuple>().filter(|_| v.class().is(&vm.types.tuple)) {
        vm.charge_items(t.items.len())?;
        return Ok(t.items.to_vec());
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if e.is_instance_of(&vm.exc.type_error) => return Err(vm.new_type_error(msg)),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.iter_next(&it)? {
        out.push(x);
    }
    Ok(out)
}

// ----- construction and repr -----

/// `list.__new__(cls, ...)`: an empty list; `__init__` fills it.
fn list_new(vm: &mut Vm, args: Args) -> PyResult {
    let base = vm.types.list.clone();
    let cls = crate::builtins_type::new_cls_arg(vm, &args, &base)?.clone();
    if cls.is(&vm.types.list) {
        args.no_kwargs(vm, "list")?;
    }
    Ok(vm.new_instance(PyList::new(Vec::new()), &cls))
}

/// `list.__init__(self, iterable=())`: clear, then extend.
fn list_init(vm: &mut Vm, args: Args) -> PyResult {
    let (o, l) = this(vm, &args)?;
    args.no_kwargs(vm, "list")?;
    let rest = &args.pos()[1..];
    if rest.len() > 1 {
        return Err(vm.new_type_error(format!("list expected at most 1 argument, got {}", rest.len())));
    }
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop_reversed(old);
    if let Some(it) = rest.first() {
        extend(vm, o, l, it)?;
    }
    Ok(vm.none())
}

/// `repr(list)`: `[1, 2]`, and `[...]` for a list inside itself.
fn list_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (o, l) = this(vm, &args)?;
    if l.is_empty() {
        return Ok(vm.new_str("[]"));
    }
    if !repr_enter(vm, o) {
        return Ok(vm.new_str("[...]"));
    }
    let r = repr_each(vm, l);
    repr_leave(vm, o);
    Ok(vm.new_str(format!("[{}]", r?)))
}

fn repr_each(vm: &mut Vm, l: &PyList) -> PyResult<String> {
    let mut out = String::new();
    let mut i = 0;
    let mut pace = Pace::default();
    while let Some(v) = l.get(i) {
        pace.step_building(vm, out.len())?;
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr_string(&v)?);
        i += 1;
    }
    Ok(out)
}

// ----- sequence protocol -----

fn list_len(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args)?;
    Ok(vm.new_int(l.len() as i64))
}

/// `list[i]`, `list[i:j:k]`.
fn list_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args)?;
    let [_, key] = args.pos() else {
        return Err(vm.new_type_error(format!(
            "list.__getitem__() takes exactly one argument ({} given)",
            args.pos().len() - 1
        )));
    };
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let len = l.len();
        let (start, _, step, n) = resolve_slice(vm, s, len)?;
        vm.charge_items(n)?;
        let items = slice_items(&l.items.borrow(), start, step, n);
        return Ok(vm.new_list(items));
    }
    if !is_index(vm, key) {
        return Err(vm.new_type_error(format!(
            "list indices must be integers or slices, not {}",
            key.ty().name()
        )));
    }
    let i = vm.to_index(key)?;
    let items = l.items.borrow();
    match normalize_index(i, items.len()) {
        Some(j) => Ok(items[j].clone()),
        None => {
            drop(items);
            Err(vm.new_index_error("list index out of range"))
        }
    }
}

/// `list[i] = v`, `list[i:j:k] = iterable`.
fn list_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let (o, l) = this(vm, &args)?;
    let [_, key, value] = args.pos() else {
        return Err(vm.new_type_error(format!("expected 2 arguments, got {}", args.pos().len() - 1)));
    };
    if let Some(s) = key.downcast_ref::<PySlice>() {
        assign_slice(vm, o, l, s, value)?;
        return Ok(vm.none());
    }
    if !is_index(vm, key) {
        return Err(vm.new_type_error(format!(
            "list indices must be integers or slices, not {}",
            key.ty().name()
        )));
    }
    let i = vm.to_index(key)?;
    let mut items = l.items.borrow_mut();
    match normalize_index(i, items.len()) {
        Some(j) => {
            let old = std::mem::replace(&mut items[j], value.clone());
            drop(items);
            drop(old);
            Ok(vm.none())
        }
        None => {
            drop(items);
            Err(vm.new_index_error("list assignment index out of range"))
        }
    }
}

/// Slice assignment (CPython's `list_ass_subscript` with a slice).
fn assign_slice(vm: &mut Vm, o: &PyObjectRef, l: &PyList, s: &PySlice, value: &PyObjectRef) -> PyResult<()> {
    let len = l.len();
    let (start, stop, step, n) = resolve_slice(vm, s, len)?;
    if step == 1 {
        let seq = if value.is(o) {
            vm.charge_items(len)?;
            l.items.borrow().clone()
        } else {
            sequence_fast(vm, value, "can only assign an iterable")?
        };
        // The items replaced and the tail moved (the new items were
        // charged as they were copied): linear work (`Vm::charge_items`).
        vm.charge_items(len.saturating_sub(start.max(0) as usize))?;
        let mut items = l.items.borrow_mut();
        let len = items.len() as isize;
        let lo = start.clamp(0, len) as usize;
        let hi = (stop.clamp(0, len) as usize).max(lo);
        let removed: Vec<PyObjectRef> = items.splice(lo..hi, seq).collect();
        drop(items);
        drop_reversed(removed);
        return Ok(());
    }
    let seq = if value.is(o) {
        vm.charge_items(len)?;
        l.items.borrow().clone()
    } else {
        sequence_fast(vm, value, "must assign iterable to extended slice")?
    };
    if seq.len() != n {
        return Err(vm.new_value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {n}",
            seq.len()
        )));
    }
    // The items replaced (`Vm::charge_items`).
    vm.charge_items(n)?;
    let mut items = l.items.borrow_mut();
    let mut old = Vec::with_capacity(n);
    let mut i = start;
    for v in seq {
        if let Some(slot) = items.get_mut(i as usize) {
            old.push(std::mem::replace(slot, v));
        }
        i = i.wrapping_add(step);
    }
    drop(items);
    drop(old);
    Ok(())
}

/// `del list[i]`, `del list[i:j:k]`.
fn list_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args)?;
    let [_, key] = args.pos() else {
        return Err(vm.new_type_error(format!(
            "list.__delitem__() takes exactly one argument ({} given)",
            args.pos().len() - 1
        )));
    };
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let len = l.len();
        let (start, _, step, n) = resolve_slice(vm, s, len)?;
        // The items removed and the tail moved, or with a step every item
        // (`Vm::charge_items`).
        let lo = if step > 0 {
            start
        } else {
            start + step * (n as isize - 1)
        };
        let work = if n == 0 {
            0
        } else if step == 1 || step == -1 {
            len.saturating_sub(lo.max(0) as usize)
        } else {
            len
        };
        vm.charge_items(work)?;
        let removed = delete_slice(l, start, step, n);
        drop_reversed(removed);
        return Ok(vm.none());
    }
    if !is_index(vm, key) {
        return Err(vm.new_type_error(format!(
            "list indices must be integers or slices, not {}",
            key.ty().name()
        )));
    }
    let i = vm.to_index(key)?;
    if let Some(j) = normalize_index(i, l.len()) {
        // The tail moves down (`Vm::charge_items`).
        vm.charge_items(l.len() - j)?;
    }
    let mut items = l.items.borrow_mut();
    match normalize_index(i, items.len()) {
        Some(j) => {
            let old = items.remove(j);
            drop(items);
            drop(old);
            Ok(vm.none())
        }
        None => {
            drop(items);
            Err(vm.new_index_error("list assignment index out of range"))
        }
    }
}

/// Remove the `n` items `start, start+step, ...`; returns them (to drop outside
/// the borrow).
fn delete_slice(l: &PyList, start: isize, step: isize, n: usize) -> Vec<PyObjectRef> {
    let mut items = l.items.borrow_mut();
    if n == 0 {
        return Vec::new();
    }
    let (lo, step_abs) = if step > 0 {
        (start, step)
    } else {
        (start + step * (n as isize - 1), -step)
    };
    let lo = lo as usize;
    if step_abs == 1 {
        // `__index__` of the bounds may have shrunk the list meanwhile.
        let hi = (lo + n).min(items.len());
        return items.drain(lo.min(hi)..hi).collect();
    }
    let mut hit = vec![false; items.len()];
    for k in 0..n {
        if let Some(h) = hit.get_mut(lo + k * step_abs as usize) {
            *h = true;
        }
    }
    let mut removed = Vec::with_capacity(n);
    let mut kept = Vec::with_capacity(items.len().saturating_sub(n));
    for (v, hit) in std::mem::take(&mut *items).into_iter().zip(hit) {
        if hit {
            removed.push(v);
        } else {
            kept.push(v);
        }
    }
    *items = kept;
    removed
}

/// Whether `l` contains `x` (`==` with the identity shortcut, item first).
fn contains(vm: &mut Vm, l: &PyList, x: &PyObjectRef) -> PyResult<bool> {
    let mut i = 0;
    while let Some(v) = l.get(i) {
        if i % LONG_LOOP == LONG_LOOP - 1 {
            vm.check_long_loop(0)?;
        }
        if v.is(x) || vm.eq(&v, x)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn list_contains(vm: &mut Vm, args: Args) -> PyResult {
    let (l, x) = one_arg(vm, &args, "list.__contains__")?;
    let r = contains(vm, l, x)?;
    Ok(vm.new_bool(r))
}

fn list_iter(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = no_arg(vm, &args, "list.__iter__")?;
    Ok(super::iter::new_list_iter(vm, o.clone()))
}

fn list_reversed(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = no_arg(vm, &args, "list.__reversed__")?;
    Ok(super::iter::new_list_reverse_iter(vm, o.clone()))
}

fn list_item(o: &PyObjectRef, i: usize) -> Option<PyObjectRef> {
    o.downcast_ref::<PyList>()?.get(i)
}

fn list_len_of(o: &PyObjectRef) -> usize {
    o.downcast_ref::<PyList>().map_or(0, |l| l.len())
}

fn list_compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "comparison")?;
    compare_lists(vm, a, b, op)
}

/// `a op b` for two lists (`NotImplemented` if either is not one).
pub(crate) fn compare_lists(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast_ref::<PyList>(), b.downcast_ref::<PyList>()) else {
        return Ok(vm.not_implemented.clone());
    };
    if x.len() != y.len() && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.new_bool(op == CompareOp::Ne));
    }
    sequence_compare(vm, a, b, op, list_item, list_len_of)
}

// ----- operators -----

/// `list + list`.
fn list_add(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__add__")?;
    let x = payload(vm, a)?;
    let Some(y) = b.downcast_ref::<PyList>() else {
        if b.ty().flags.heaptype && {
            let n = vm.intern("__radd__");
            vm.lookup_special(b, &n)
        }
        .is_some()
        {
            return Ok(vm.not_implemented.clone());
        }
        return Err(vm.new_type_error(format!("can only concatenate list (not \"{}\") to list", b.ty().name())));
    };
    vm.charge_items(x.len().saturating_add(y.len()))?;
    let mut v = x.items.borrow().clone();
    v.extend(y.items.borrow().iter().cloned());
    Ok(vm.new_list(v))
}

/// `list += iterable`.
fn list_iadd(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__iadd__")?;
    let l = payload(vm, a)?;
    extend(vm, a, l, b)?;
    l.recharge(&vm.heap);
    Ok(a.clone())
}

/// `list * n`, `n * list`.
fn list_mul(vm: &mut Vm, args: Args) -> PyResult {
    let [a, n] = args.exact::<2>(vm, "__mul__")?;
    let l = payload(vm, a)?;
    let Some(count) = repeat_count(vm, n)? else {
        return repeat_non_int(vm, n);
    };
    let items = l.items.borrow().clone();
    let out = repeat_items(vm, &items, count)?;
    Ok(vm.new_list(out))
}

/// `list *= n`.
fn list_imul(vm: &mut Vm, args: Args) -> PyResult {
    let [a, n] = args.exact::<2>(vm, "__imul__")?;
    let l = payload(vm, a)?;
    let Some(count) = repeat_count(vm, n)? else {
        return repeat_non_int(vm, n);
    };
    let items = l.items.borrow().clone();
    let out = repeat_items(vm, &items, count)?;
    let old = std::mem::replace(&mut *l.items.borrow_mut(), out);
    drop(old);
    l.recharge(&vm.heap);
    Ok(a.clone())
}

// ----- methods -----

fn list_append(vm: &mut Vm, args: Args) -> PyResult {
    let (l, x) = one_arg(vm, &args, "list.append")?;
    l.items.borrow_mut().push(x.clone());
    l.recharge(&vm.heap);
    Ok(vm.none())
}

/// Append the items of `iterable` to `l` (`list.extend`).
pub fn extend(vm: &mut Vm, o: &PyObjectRef, l: &PyList, iterable: &PyObjectRef) -> PyResult<()> {
    if iterable.is(o) {
        vm.charge_items(l.len())?;
        let copy = l.items.borrow().clone();
        l.items.borrow_mut().extend(copy);
        return Ok(());
    }
    // Only exact lists and tuples: a subclass may override `__iter__`.
    if let Some(src) = iterable
        .downcast_ref::<PyList>()
        .filter(|_| iterable.class().is(&vm.types.list))
    {
        vm.charge_items(src.len())?;
        let copy = src.items.borrow().clone();
        l.items.borrow_mut().extend(copy);
        return Ok(());
    }
    if let Some(t) = iterable
        .downcast_ref::<PyTuple>()
        .filter(|_| iterable.class().is(&vm.types.tuple))
    {
        vm.charge_items(t.items.len())?;
        l.items.borrow_mut().extend(t.items.iter().cloned());
        return Ok(());
    }
    // A known length is checked before anything is made (`limits.rs`).
    vm.check_materialise(iterable, std::mem::size_of::<PyObjectRef>(), true)?;
    let it = vm.get_iter(iterable)?;
    let mut n = 0usize;
    while let Some(v) = vm.iter_next(&it)? {
        l.items.borrow_mut().push(v);
        n += 1;
        if n % crate::limits::LONG_LOOP == 0 {
            // An endless iterator must not outrun the limits (`limits.rs`).
            l.recharge(&vm.heap);
            vm.check_long_loop(0)?;
        }
    }
    l.recharge(&vm.heap);
    Ok(())
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult {
    let (l, x) = one_arg(vm, &args, "list.extend")?;
    let o = &args.pos()[0];
    extend(vm, o, l, x)?;
    l.recharge(&vm.heap);
    Ok(vm.none())
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args)?;
    args.no_kwargs(vm, "insert")?;
    let [_, index, x] = args.pos() else {
        return Err(vm.new_type_error(format!("insert expected 2 arguments, got {}", args.pos().len() - 1)));
    };
    let i = ssize_arg(vm, index)?;
    // The tail moves up (`Vm::charge_items`, at most the length).
    let n = l.len() as i64;
    vm.charge_items((n - if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize)?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, x.clone());
    Ok(vm.none())
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult {
    let (l, x) = one_arg(vm, &args, "list.remove")?;
    let mut i = 0;
    while let Some(v) = l.get(i) {
        if i % LONG_LOOP == LONG_LOOP - 1 {
            vm.check_long_loop(0)?;
        }
        if v.is(x) || vm.eq(&v, x)? {
            // The tail moves down (`Vm::charge_items`).
            vm.charge_items(l.len().saturating_sub(i))?;
            let removed = {
                let mut items = l.items.borrow_mut();
                (i < items.len()).then(|| items.remove(i))
            };
            drop(removed);
            return Ok(vm.none());
        }
        i += 1;
    }
    Err(vm.new_value_error("list.remove(x): x not in list"))
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args)?;
    args.no_kwargs(vm, "pop")?;
    let rest = &args.pos()[1..];
    if rest.len() > 1 {
        return Err(vm.new_type_error(format!("pop expected at most 1 argument, got {}", rest.len())));
    }
    let i = match rest.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        drop(items);
        return Err(vm.new_index_error("pop from empty list"));
    }
    match normalize_index(i, items.len()) {
        Some(j) => {
            // The tail moves down (`Vm::charge_items`).
            vm.charge_items(items.len() - j)?;
            Ok(items.remove(j))
        }
        None => {
            drop(items);
            Err(vm.new_index_error("pop index out of range"))
        }
    }
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = no_arg(vm, &args, "list.clear")?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop_reversed(old);
    Ok(vm.none())
}

fn list_copy(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = no_arg(vm, &args, "list.copy")?;
    vm.charge_items(l.len())?;
    let items = l.items.borrow().clone();
    Ok(vm.new_list(items))
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult {
    let (l, x) = one_arg(vm, &args, "list.count")?;
    let (mut i, mut n) = (0, 0);
    while let Some(v) = l.get(i) {
        if i % LONG_LOOP == LONG_LOOP - 1 {
            vm.check_long_loop(0)?;
        }
        if v.is(x) || vm.eq(&v, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(vm.new_int(n))
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args)?;
    args.no_kwargs(vm, "index")?;
    let rest = &args.pos()[1..];
    if rest.is_empty() {
        return Err(vm.new_type_error("index expected at least 1 argument, got 0"));
    }
    if rest.len() > 3 {
        return Err(vm.new_type_error(format!("index expected at most 3 arguments, got {}", rest.len())));
    }
    let x = &rest[0];
    let len = l.len();
    let (start, stop) = index_bounds(vm, rest.get(1), rest.get(2), len)?;
    let mut i = start;
    while i < stop {
        let Some(v) = l.get(i) else { break };
        if i % LONG_LOOP == LONG_LOOP - 1 {
            vm.check_long_loop(0)?;
        }
        if v.is(x) || vm.eq(&v, x)? {
            return Ok(vm.new_int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr_string(x)?;
    Err(vm.new_value_error(format!("{r} is not in list")))
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = no_arg(vm, &args, "list.reverse")?;
    vm.charge_items(l.len())?;
    l.items.borrow_mut().reverse();
    Ok(vm.none())
}

// ----- sort -----

/// `list.sort(*, key=None, reverse=False)`: stable, comparing with `<` only.
/// While sorting, the list is empty; if it was modified meanwhile, the sorted
/// items are still restored and `ValueError` is raised (as CPython).
fn list_sort(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args)?;
    if args.pos().len() > 1 {
        return Err(vm.new_type_error("sort() takes no positional arguments"));
    }
    let (mut key, mut reverse) = (None, false);
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = Some(v.clone()).filter(|v| !vm.is_none(v)),
            "reverse" => reverse = vm.to_index_value(v)? != IntValue::Small(0),
            _ => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for sort()"))),
        }
    }
    let saved = std::mem::take(&mut *l.items.borrow_mut());
    let (sorted, result) = sort_items(vm, saved, key.as_ref(), reverse);
    let leftover = std::mem::replace(&mut *l.items.borrow_mut(), sorted);
    let modified = leftover.capacity() != 0;
    drop(leftover);
    result?;
    if modified {
        return Err(vm.new_value_error("list modified during sort"));
    }
    Ok(vm.none())
}

/// Sort `items` (by `key(item)` if given); always returns all the items, in
/// sorted order on success or some order on error.
fn sort_items(
    vm: &mut Vm,
    items: Vec<PyObjectRef>,
    key: Option<&PyObjectRef>,
    reverse: bool,
) -> (Vec<PyObjectRef>, PyResult<()>) {
    // Keys are computed in list order; on an error the list is left as it was.
    // Without a key function the items are their own keys (no copy).
    let mut keys: Option<Vec<PyObjectRef>> = match key {
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for v in &items {
                match vm.call_positional(f, std::slice::from_ref(v)) {
                    Ok(k) => keys.push(k),
                    Err(e) => return (items, Err(e)),
                }
            }
            Some(keys)
        }
        None => None,
    };
    let mut values = items;
    // Reverse sorts stay stable: reverse, sort forwards, reverse back.
    if reverse {
        if let Some(k) = &mut keys {
            k.reverse();
        }
        values.reverse();
    }
    let (mut out, result) = sort_by_keys(vm, keys, values);
    if reverse {
        out.reverse();
    }
    (out, result)
}

/// Sort `values` by `keys`. Keys all of one exact type among int (fitting in an
/// `i64`), float and str are compared natively, like CPython's
/// `unsafe_*_compare`; the others with `<`.
///
/// The native paths sort a permutation of `u32` indices and then move the
/// values into place along its cycles, so that beside the keys and values they
/// hold about 12 bytes per item (the permutation and the merge buffer of
/// [`sort_perm_paced`]) plus the keys' native copies (`docs/performance.md`,
/// "Session 16: peak memory").
fn sort_by_keys(
    vm: &mut Vm,
    own_keys: Option<Vec<PyObjectRef>>,
    mut values: Vec<PyObjectRef>,
) -> (Vec<PyObjectRef>, PyResult<()>) {
    // `None`: the values are their own keys.
    let keys: &[PyObjectRef] = own_keys.as_deref().unwrap_or(&values);
    let Some(first) = keys.first() else {
        return (values, Ok(()));
    };
    let cls = first.class().clone();
    let same_type = keys.iter().all(|k| k.class().is(&cls));
    // `u32::MAX` marks a placed item in `apply_perm`, so it is never an index.
    let native = same_type && keys.len() < u32::MAX as usize;
    let all = || (0..keys.len() as u32).collect::<Vec<u32>>();
    let (mut perm, result) = if native && cls.is(&vm.types.int) && keys.iter().all(|k| small_int(k).is_some()) {
        // A total order: the standard library's stable sort gives the same result.
        let ints: Vec<i64> = keys.iter().map(|k| small_int(k).unwrap_or(0)).collect();
        let mut perm = all();
        let r = sort_perm_paced(vm, &mut perm, 1, |i, j| ints[i].cmp(&ints[j]));
        (perm, r)
    } else if native && cls.is(&vm.types.str) {
        let strs: Vec<&str> = keys
            .iter()
            .map(|k| k.downcast_ref::<PyStr>().map_or("", |s| s.as_str()))
            .collect();
        // A comparison can read a whole string: weigh it by the longest.
        let longest = strs.iter().map(|s| s.len()).max().unwrap_or(0);
        let mut perm = all();
        let r = sort_perm_paced(vm, &mut perm, 1 + longest / 64, |i, j| strs[i].cmp(strs[j]));
        (perm, r)
    } else if native && cls.is(&vm.types.float) {
        // Not a total order (NaN): keep to `<` and our own sort.
        let fl: Vec<f64> = keys
            .iter()
            .map(|k| k.downcast_ref::<PyFloat>().map_or(0.0, |f| f.value))
            .collect();
        let mut slots: Vec<Option<u32>> = (0..keys.len() as u32).map(Some).collect();
        let mut pace = Pace::default();
        let r = timsort(&mut slots, &mut |&i, &j| {
            pace.step(vm)?;
            Ok(fl[i as usize] < fl[j as usize])
        });
        (slots.into_iter().flatten().collect(), r)
    } else if let Some(flat) = (native && cls.is(&vm.types.tuple))
        .then(|| FlatKeys::of(vm, keys))
        .flatten()
    {
        let mut perm = all();
        let r = sort_perm_paced(vm, &mut perm, flat.weight, |i, j| flat.cmp(i, j));
        (perm, r)
    } else {
        let mut pace = Pace::default();
        let Some(keys) = own_keys else {
            let mut slots: Vec<Option<PyObjectRef>> = values.into_iter().map(Some).collect();
            let r = timsort(&mut slots, &mut |a, b| sort_lt(vm, a, b, &mut pace));
            return (slots.into_iter().flatten().collect(), r);
        };
        // Move (key, value) pairs: no reference counting, sequential access.
        let mut slots: Vec<Option<(PyObjectRef, PyObjectRef)>> = keys.into_iter().zip(values).map(Some).collect();
        let r = timsort(&mut slots, &mut |a, b| sort_lt(vm, &a.0, &b.0, &mut pace));
        return (slots.into_iter().flatten().map(|(_, v)| v).collect(), r);
    };
    drop(own_keys);
    apply_perm(&mut values, &mut perm);
    (values, result)
}

/// Put `values[perm[k]]` at `k` for every `k`, in place, following the
/// permutation's cycles (each item moves once); `perm` is used up.
fn apply_perm<T>(values: &mut [T], perm: &mut [u32]) {
    const PLACED: u32 = u32::MAX;
    if values.len() != perm.len() || perm.iter().any(|&i| i as usize >= values.len()) {
        // Not a permutation of the values (never: the sorts keep one): leave them.
        return;
    }
    for start in 0..perm.len() {
        let mut j = start;
        while perm[j] != PLACED {
            let next = perm[j] as usize;
            perm[j] = PLACED;
            if next == start {
                break;
            }
            // `values[j]` gets its item; the one that was at `start` moves on.
            values.swap(j, next);
            j = next;
        }
    }
}

/// One item of a tuple key, compared in Rust: an exact `int` fitting in an
/// `i64`, an exact `float` other than NaN, or an exact `str`.
#[derive(Clone, Copy)]
enum Atom<'a> {
    Int(i64),
    Float(f64),
    Str(&'a str),
}

impl<'a> Atom<'a> {
    fn of(vm: &Vm, o: &'a PyObjectRef) -> Option<Self> {
        let c = o.class();
        if c.is(&vm.types.int) {
            small_int(o).map(Atom::Int)
        } else if c.is(&vm.types.str) {
            o.downcast_ref::<PyStr>().map(|s| Atom::Str(s.as_str()))
        } else if c.is(&vm.types.float) {
            o.downcast_ref::<PyFloat>()
                .map(|f| f.value)
                .filter(|v| !v.is_nan())
                .map(Atom::Float)
        } else {
            None
        }
    }
}

/// One position of the tuple keys, in every key: the same [`Atom`] kind
/// throughout. A str column keeps the texts' addresses and lengths (16
/// bytes): keeping the `PyStr` (8) would cost a load from the object in
/// every comparison, which measured 5-8% slower on sorts by str keys.
enum Column<'a> {
    Int(Vec<i64>),
    Float(Vec<f64>),
    Str(Vec<&'a str>),
}

impl<'a> Column<'a> {
    /// The column of the atoms at one position; `None` (a key shorter than
    /// the position) leaves a filler that is never compared. `None` when an
    /// item is no atom or not of the kind of the first.
    fn of(vm: &Vm, items: impl Iterator<Item = Option<&'a PyObjectRef>>, n: usize) -> Option<Self> {
        let mut col: Option<Column<'a>> = None;
        let mut missing = 0;
        for item in items {
            let Some(o) = item else {
                match &mut col {
                    Some(c) => c.push_filler(),
                    None => missing += 1,
                }
                continue;
            };
            let a = Atom::of(vm, o)?;
            let c = col.get_or_insert_with(|| match a {
                Atom::Int(_) => Column::Int(Vec::with_capacity(n)),
                Atom::Float(_) => Column::Float(Vec::with_capacity(n)),
                Atom::Str(_) => Column::Str(Vec::with_capacity(n)),
            });
            // The shorter keys before the first item get copies of it.
            for _ in 0..std::mem::take(&mut missing) + 1 {
                match (&mut *c, a) {
                    (Column::Int(v), Atom::Int(x)) => v.push(x),
                    (Column::Float(v), Atom::Float(x)) => v.push(x),
                    (Column::Str(v), Atom::Str(x)) => v.push(x),
                    _ => return None,
                }
            }
        }
        col
    }

    /// A copy of the last item (never compared), for a key too short.
    fn push_filler(&mut self) {
        match self {
            Column::Int(v) => v.push(v.last().copied().unwrap_or(0)),
            Column::Float(v) => v.push(v.last().copied().unwrap_or(0.0)),
            Column::Str(v) => {
                // Made with its first item: there is always a last one.
                if let Some(&s) = v.last() {
                    v.push(s);
                }
            }
        }
    }

    /// The longest text in a str column (0 otherwise).
    fn longest(&self) -> usize {
        match self {
            Column::Str(v) => v.iter().map(|s| s.len()).max().unwrap_or(0),
            _ => 0,
        }
    }

    #[inline]
    fn cmp(&self, i: usize, j: usize) -> Ordering {
        match self {
            Column::Int(v) => v[i].cmp(&v[j]),
            // Neither is NaN: a total order, with -0.0 equal to 0.0 as in Python.
            Column::Float(v) => v[i].partial_cmp(&v[j]).unwrap_or(Ordering::Equal),
            Column::Str(v) => v[i].cmp(v[j]),
        }
    }
}

/// Tuple keys whose items are all [`Atom`]s, each position holding one kind
/// in every key: then comparing two keys item by item in Rust gives exactly
/// what `tuple.__lt__` would (`==` up to the first difference, then `<`, or
/// the lengths), because each kind's `==` and `<` are one total order. The
/// items are kept by position ([`Column`]: 8 bytes an item, 16 for a str,
/// where a tagged atom and a span per key took 24 and 16); a key shorter
/// than the widest has fillers in the columns past its end, and `lens` says
/// how long each key is.
struct FlatKeys<'a> {
    columns: Vec<Column<'a>>,
    /// Each key's length when they differ; empty when all are `columns.len()`.
    lens: Vec<u8>,
    /// The cost of one comparison for [`sort_perm_paced`].
    weight: usize,
}

/// The widest tuple key [`FlatKeys`] takes (record keys are a few fields);
/// wider ones compare in the general, paced way, and the copy of the items
/// stays within a small factor of the keys' own memory.
const FLAT_KEY_WIDTH: usize = 16;

impl<'a> FlatKeys<'a> {
    /// `None`: not such keys (or, when the memory cap cannot hold the copy,
    /// left to the general path, which needs none).
    fn of(vm: &Vm, keys: &'a [PyObjectRef]) -> Option<Self> {
        let items = |k: &'a PyObjectRef| k.downcast_ref::<PyTuple>().map(|t| &t.items[..]);
        let mut widths = keys.iter().map(|k| items(k).map(<[_]>::len));
        let first = widths.next()??;
        let (mut widest, mut uniform) = (first, true);
        for w in widths {
            let w = w?;
            uniform &= w == first;
            widest = widest.max(w);
        }
        if widest > FLAT_KEY_WIDTH {
            return None;
        }
        let per_key = widest * std::mem::size_of::<&str>() + usize::from(!uniform);
        vm.check_alloc(keys.len().saturating_mul(per_key) as u128).ok()?;
        let mut columns = Vec::with_capacity(widest);
        for pos in 0..widest {
            let at = keys.iter().map(|k| items(k).and_then(|t| t.get(pos)));
            columns.push(Column::of(vm, at, keys.len())?);
        }
        let lens = match uniform {
            true => Vec::new(),
            // At most FLAT_KEY_WIDTH: fits.
            false => keys.iter().map(|k| items(k).map_or(0, |t| t.len() as u8)).collect(),
        };
        let longest = columns.iter().map(Column::longest).max().unwrap_or(0);
        Some(FlatKeys {
            columns,
            lens,
            weight: widest.max(1) * (1 + longest / 64),
        })
    }

    fn cmp(&self, i: usize, j: usize) -> Ordering {
        let (n, m) = match self.lens.is_empty() {
            true => (self.columns.len(), self.columns.len()),
            false => (usize::from(self.lens[i]), usize::from(self.lens[j])),
        };
        for c in &self.columns[..n.min(m)] {
            match c.cmp(i, j) {
                Ordering::Equal => {}
                o => return o,
            }
        }
        n.cmp(&m)
    }
}

fn small_int(k: &PyObjectRef) -> Option<i64> {
    k.downcast_ref::<PyInt>().and_then(|i| i.value.as_i64())
}

/// `a == b` without running Python code, for exact ints, floats and strs.
fn native_eq(vm: &Vm, a: &PyObjectRef, b: &PyObjectRef) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    let cls = a.class();
    if !cls.is(b.class()) {
        return None;
    }
    if cls.is(&vm.types.int) {
        return Some(a.downcast_ref::<PyInt>()?.value == b.downcast_ref::<PyInt>()?.value);
    }
    if cls.is(&vm.types.str) {
        return Some(a.downcast_ref::<PyStr>()?.as_str() == b.downcast_ref::<PyStr>()?.as_str());
    }
    if cls.is(&vm.types.float) {
        return Some(a.downcast_ref::<PyFloat>()?.value == b.downcast_ref::<PyFloat>()?.value);
    }
    None
}

/// Sort `perm` by `cmp`, a total order whose comparisons cost about `weight`
/// units each (1: a machine word), stably, under the limits: the standard
/// library's sort (which cannot be stopped) only on chunks of at most
/// [`SORT_CHUNK`] units of work, then the chunks merged pairwise here,
/// looking at the limits every [`LONG_LOOP`](crate::limits::LONG_LOOP)
/// units. A list of fewer items than a chunk is sorted as before.
fn sort_perm_paced(
    vm: &mut Vm,
    perm: &mut [u32],
    weight: usize,
    cmp: impl Fn(usize, usize) -> Ordering,
) -> PyResult<()> {
    let n = perm.len();
    let chunk = (SORT_CHUNK / weight).max(1);
    if n <= chunk {
        perm.sort_by(|&i, &j| cmp(i as usize, j as usize));
        return Ok(());
    }
    for c in perm.chunks_mut(chunk) {
        c.sort_by(|&i, &j| cmp(i as usize, j as usize));
        vm.check_long_loop(0)?;
    }
    // Bottom-up merges into `buf`, copied back after each whole pass, so
    // that `perm` stays a permutation when a limit stops the work.
    let mut buf = vec![0u32; n];
    let mut work = 0usize;
    let mut width = chunk;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut buf[lo..hi] {
                // Stable: the right item goes first only when smaller.
                let right = j < hi && (i == mid || cmp(perm[j] as usize, perm[i] as usize) == Ordering::Less);
                if right {
                    *slot = perm[j];
                    j += 1;
                } else {
                    *slot = perm[i];
                    i += 1;
                }
                work += weight;
                if work >= crate::limits::LONG_LOOP {
                    work = 0;
                    vm.check_long_loop(0)?;
                }
            }
        }
        perm.copy_from_slice(&buf);
        width *= 2;
    }
    Ok(())
}

/// The work (in machine-word comparisons) the standard library's sort is
/// given in one piece by [`sort_perm_paced`]: about ten milliseconds.
const SORT_CHUNK: usize = 1 << 17;

/// `a < b` as a bool, comparing exact tuples item by item here (as `tuple.__lt__`
/// would) so that sorting tuples of numbers and strings runs no method calls.
/// `pace` counts the comparisons that can be long (a sort's
/// comparisons all happen in one native call).
fn sort_lt(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef, pace: &mut Pace) -> PyResult<bool> {
    let (ca, cb) = (a.class(), b.class());
    if ca.is(cb) {
        if ca.is(&vm.types.int) {
            if let (Some(IntValue::Small(x)), Some(IntValue::Small(y))) = (
                a.downcast_ref::<PyInt>().map(|i| &i.value),
                b.downcast_ref::<PyInt>().map(|i| &i.value),
            ) {
                return Ok(x < y);
            }
        } else if ca.is(&vm.types.str) {
            if let (Some(x), Some(y)) = (a.downcast_ref::<PyStr>(), b.downcast_ref::<PyStr>()) {
                let n = x.as_str().len().min(y.as_str().len());
                if n > LONG_LOOP {
                    // Reads up to n bytes: as many steps as kilobytes.
                    pace.step_by(vm, n >> 10)?;
                }
                return Ok(x.as_str() < y.as_str());
            }
        } else if ca.is(&vm.types.float) {
            if let (Some(x), Some(y)) = (a.downcast_ref::<PyFloat>(), b.downcast_ref::<PyFloat>()) {
                return Ok(x.value < y.value);
            }
        } else if ca.is(&vm.types.tuple) {
            if let (Some(x), Some(y)) = (a.downcast_ref::<PyTuple>(), b.downcast_ref::<PyTuple>()) {
                let long = x.items.len().min(y.items.len()) > 64;
                for (p, q) in x.items.iter().zip(y.items.iter()) {
                    if long {
                        pace.step(vm)?;
                    }
                    let equal = match native_eq(vm, p, q) {
                        Some(e) => e,
                        None => vm.eq(p, q)?,
                    };
                    if !equal {
                        return stacker::maybe_grow(64 * 1024, 1024 * 1024, || sort_lt(vm, p, q, pace));
                    }
                }
                return Ok(x.items.len() < y.items.len());
            }
        }
    }
    pace.step(vm)?;
    let r = vm.rich_compare(a, b, CompareOp::Lt)?;
    vm.is_true(&r)
}

/// A stable sort using only `lt`, stopping at its first error (the slots then
/// hold a permutation of their input). Items live in `Option` slots so that they
/// are moved, never cloned, while sorting. It follows the outline of CPython's
/// timsort — natural runs (strictly descending ones reversed), extended to
/// `minrun` by binary insertion — so small lists see the same sequence of
/// comparisons; runs are then merged pairwise without galloping.
pub fn timsort<T>(v: &mut [Option<T>], lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut less = |a: &Option<T>, b: &Option<T>| match (a, b) {
        (Some(a), Some(b)) => lt(a, b),
        _ => Ok(false),
    };
    let minrun = compute_minrun(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let (mut run, descending) = count_run(&v[lo..], &mut less)?;
        if descending {
            v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = minrun.min(n - lo);
            binary_insertion_sort(&mut v[lo..lo + force], run, &mut less)?;
            run = force;
        }
        runs.push((lo, run));
        lo += run;
    }
    while runs.len() > 1 {
        let mut merged = Vec::with_capacity(runs.len() / 2 + 1);
        for pair in runs.chunks(2) {
            match pair {
                [(a, la), (_, lb)] => {
                    merge(&mut v[*a..a + la + lb], *la, &mut less)?;
                    merged.push((*a, la + lb));
                }
                [single] => merged.push(*single),
                _ => {}
            }
        }
        runs = merged;
    }
    Ok(())
}

type Less<'a, T> = dyn FnMut(&Option<T>, &Option<T>) -> PyResult<bool> + 'a;

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The length of the run at the start of `v`, and whether it is strictly descending.
fn count_run<T>(v: &[Option<T>], lt: &mut Less<'_, T>) -> PyResult<(usize, bool)> {
    if v.len() < 2 {
        return Ok((v.len(), false));
    }
    let mut n = 2;
    if lt(&v[1], &v[0])? {
        while n < v.len() && lt(&v[n], &v[n - 1])? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < v.len() && !lt(&v[n], &v[n - 1])? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// Sort `v` whose first `start` items are already sorted (CPython's `binarysort`).
fn binary_insertion_sort<T>(v: &mut [Option<T>], start: usize, lt: &mut Less<'_, T>) -> PyResult<()> {
    for i in start.max(1)..v.len() {
        let pivot = v[i].take();
        let (mut l, mut r) = (0, i);
        while l < r {
            let p = l + ((r - l) >> 1);
            match lt(&pivot, &v[p]) {
                Ok(true) => r = p,
                Ok(false) => l = p + 1,
                Err(e) => {
                    v[i] = pivot;
                    return Err(e);
                }
            }
        }
        v[l..=i].rotate_right(1);
        v[l] = pivot;
    }
    Ok(())
}

/// How many wins in a row for one side of a merge switch it to galloping
/// (listsort.txt's `MIN_GALLOP`); adjusted as the merge goes.
const MIN_GALLOP: usize = 7;

/// How many items at the start of `a` (sorted) are not greater than `key`:
/// the index where `key` goes after its equals. An exponential search from
/// the start, then a binary one.
fn gallop_right<T>(key: &Option<T>, a: &[Option<T>], lt: &mut Less<'_, T>) -> PyResult<usize> {
    let n = a.len();
    if n == 0 || lt(key, &a[0])? {
        return Ok(0);
    }
    // a[last] <= key; key < a[ofs] or ofs == n.
    let (mut last, mut ofs) = (0, 1);
    while ofs < n && !lt(key, &a[ofs])? {
        last = ofs;
        ofs = (ofs << 1) + 1;
    }
    let (mut lo, mut hi) = (last + 1, ofs.min(n));
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(key, &a[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(lo)
}

/// How many items at the start of `a` (sorted) are less than `key`: the
/// index where `key` goes before its equals.
fn gallop_left<T>(key: &Option<T>, a: &[Option<T>], lt: &mut Less<'_, T>) -> PyResult<usize> {
    let n = a.len();
    if n == 0 || !lt(&a[0], key)? {
        return Ok(0);
    }
    // a[last] < key; key <= a[ofs] or ofs == n.
    let (mut last, mut ofs) = (0, 1);
    while ofs < n && lt(&a[ofs], key)? {
        last = ofs;
        ofs = (ofs << 1) + 1;
    }
    let (mut lo, mut hi) = (last + 1, ofs.min(n));
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(&a[m], key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(lo)
}

/// Merge the sorted runs `v[..mid]` and `v[mid..]`, stably, by moving items.
/// As in timsort: the items of the left run already before the right run's
/// first, and those of the right run already after the left run's last, stay
/// where they are; and when one side wins [`MIN_GALLOP`] times in a row, the
/// merge gallops, finding how many items in a row that side gives by an
/// exponential search instead of one comparison each. Data with runs or
/// many equal keys (records sorted by a field of few values) needs far
/// fewer comparisons than a plain merge. On an error the slots still hold
/// every item.
fn merge<T>(v: &mut [Option<T>], mid: usize, lt: &mut Less<'_, T>) -> PyResult<()> {
    // Left items not greater than the right run's first are in place.
    let skip = gallop_right(&v[mid], &v[..mid], lt)?;
    if skip == mid {
        return Ok(());
    }
    // Right items not less than the left run's last are in place.
    let keep = gallop_left(&v[mid - 1], &v[mid..], lt)?;
    let v = &mut v[skip..mid + keep];
    let mid = mid - skip;
    let mut left: Vec<Option<T>> = v[..mid].iter_mut().map(Option::take).collect();
    // Invariant: k == i + (j - mid), so the gap v[k..j] has room for exactly
    // the left items not yet placed, left[i..].
    let (mut i, mut j, mut k) = (0, mid, 0);
    let mut min_gallop = MIN_GALLOP;
    let r = (|| -> PyResult<()> {
        'merge: while i < left.len() && j < v.len() {
            // One comparison a step until a side wins `min_gallop` in a row.
            let (mut left_wins, mut right_wins) = (0usize, 0usize);
            while left_wins.max(right_wins) < min_gallop {
                if lt(&v[j], &left[i])? {
                    v[k] = v[j].take();
                    j += 1;
                    k += 1;
                    right_wins += 1;
                    left_wins = 0;
                    if j == v.len() {
                        break 'merge;
                    }
                } else {
                    v[k] = left[i].take();
                    i += 1;
                    k += 1;
                    left_wins += 1;
                    right_wins = 0;
                    if i == left.len() {
                        break 'merge;
                    }
                }
            }
            // Galloping: whole stretches of each side at a time.
            loop {
                let from_left = gallop_right(&v[j], &left[i..], lt)?;
                for x in &mut left[i..i + from_left] {
                    v[k] = x.take();
                    k += 1;
                }
                i += from_left;
                if i == left.len() {
                    break 'merge;
                }
                // The right item is less than left[i]: it goes next.
                v[k] = v[j].take();
                k += 1;
                j += 1;
                if j == v.len() {
                    break 'merge;
                }
                let from_right = gallop_left(&left[i], &v[j..], lt)?;
                for t in 0..from_right {
                    v[k + t] = v[j + t].take();
                }
                k += from_right;
                j += from_right;
                if j == v.len() {
                    break 'merge;
                }
                // left[i] is not greater than v[j]: it goes next.
                v[k] = left[i].take();
                k += 1;
                i += 1;
                if i == left.len() {
                    break 'merge;
                }
                min_gallop = min_gallop.saturating_sub(1).max(1);
                if from_left < MIN_GALLOP && from_right < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 2;
        }
        Ok(())
    })();
    // Whatever is left of the left run fills the gap before `j` (after an
    // error too, so that the slots hold every item).
    for x in &mut left[i..] {
        v[k] = x.take();
        k += 1;
    }
    r
}

pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types.list.clone();
    vm.add_static(&t, "__new__", list_new);
    vm.add_method(&t, "__init__", list_init);
    vm.add_method(&t, "__repr__", list_repr);
    vm.add_method(&t, "__len__", list_len);
    vm.add_method(&t, "__getitem__", list_getitem);
    vm.add_method(&t, "__setitem__", list_setitem);
    vm.add_method(&t, "__delitem__", list_delitem);
    vm.add_method(&t, "__contains__", list_contains);
    vm.add_method(&t, "__iter__", list_iter);
    vm.add_method(&t, "__reversed__", list_reversed);
    install_compare!(vm, &t, list_compare);
    vm.add_method(&t, "__add__", list_add);
    vm.add_method(&t, "__iadd__", list_iadd);
    vm.add_method(&t, "__mul__", list_mul);
    vm.add_method(&t, "__rmul__", list_mul);
    vm.add_method(&t, "__imul__", list_imul);
    vm.set_type_attr(&t, "__hash__", vm.none());
    vm.add_method(&t, "append", list_append);
    vm.add_method(&t, "extend", list_extend);
    vm.add_method(&t, "insert", list_insert);
    vm.add_method(&t, "remove", list_remove);
    vm.add_method(&t, "pop", list_pop);
    vm.add_method(&t, "clear", list_clear);
    vm.add_method(&t, "copy", list_copy);
    vm.add_method(&t, "count", list_count);
    vm.add_method(&t, "index", list_index);
    vm.add_method(&t, "reverse", list_reverse);
    vm.add_method(&t, "sort", list_sort);
    vm.add_classmethod(&t, "__class_getitem__", crate::builtins::generic_alias);
}

#[cfg(test)]
mod tests {
    use super::{apply_perm, timsort};

    #[test]
    fn apply_perm_moves_each_value_to_its_place() {
        let mut seed = 12345u64;
        for n in (0..40).chain([257, 1000]) {
            // A pseudo-random permutation (Fisher-Yates with an LCG).
            let mut perm: Vec<u32> = (0..n as u32).collect();
            for i in (1..n).rev() {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                perm.swap(i, (seed >> 33) as usize % (i + 1));
            }
            let values: Vec<u32> = (0..n as u32).map(|v| v * 10).collect();
            let expected: Vec<u32> = perm.iter().map(|&i| values[i as usize]).collect();
            let mut got = values.clone();
            apply_perm(&mut got, &mut perm.clone());
            assert_eq!(got, expected, "n = {n}");
        }
        // Not a permutation of the values: they stay as they were.
        let mut v = vec![1, 2, 3];
        apply_perm(&mut v, &mut [2, 0, 7]);
        assert_eq!(v, [1, 2, 3]);
        apply_perm(&mut v, &mut [0, 1]);
        assert_eq!(v, [1, 2, 3]);
    }

    #[test]
    fn timsort_is_stable() {
        let v: Vec<(i32, usize)> = (0..500).map(|i| (((i * 7919) % 13) as i32, i)).collect();
        let mut expected = v.clone();
        expected.sort_by_key(|p| p.0);
        let mut slots: Vec<Option<(i32, usize)>> = v.into_iter().map(Some).collect();
        assert!(timsort(&mut slots, &mut |a, b| Ok(a.0 < b.0)).is_ok());
        let sorted: Vec<(i32, usize)> = slots.into_iter().flatten().collect();
        assert_eq!(sorted, expected);
    }
}
