//! `tuple`: an immutable sequence. Also the helpers `list` shares with it:
//! lexicographic comparison and sequence repetition.

use kaa_compiler::bytecode::CompareOp;

use super::core::{PyObjectRef, PyPayload, TupleItems};
use super::int::{IntValue, PyInt};
use super::slice::{resolve_slice, PySlice};
use crate::vm::{Args, PyResult, Vm};

/// The payload of `tuple` (and of instances of its subclasses). An exact
/// tuple's items live in its own allocation ([`TupleItems`]); make tuples with
/// [`Vm::new_tuple`], or [`PyTuple::boxed`] for an instance of a subclass.
pub struct PyTuple {
    pub items: TupleItems,
}

impl PyPayload for PyTuple {
    const GC: bool = true;
    const INLINE_ITEMS: bool = true;

    fn traverse(&self, visit: &mut super::core::Visit<'_>) {
        self.items.iter().for_each(|o| visit.visit(o));
    }
    // A tuple cannot be cleared (it is immutable); the cycles through it pass
    // through a mutable container, which is.

    /// The item pointers (for memory limits; a tuple never changes).
    fn heap_bytes(&self) -> usize {
        std::mem::size_of_val(&*self.items)
    }

    fn inline_bytes(&self) -> usize {
        self.items.inline_bytes()
    }
}

impl PyTuple {
    /// The payload of an instance of a subclass of `tuple` (items in a boxed
    /// slice: the instance's dict or slots follow the payload).
    pub fn boxed(items: Vec<PyObjectRef>) -> PyTuple {
        PyTuple {
            items: TupleItems::boxed(items),
        }
    }

    #[inline]
    pub fn as_slice(&self) -> &[PyObjectRef] {
        &self.items
    }
}

/// The result tuple of an iterator that may hand the same tuple out again
/// (`zip`, `enumerate`, a dict's items, `itertools.product` and the other
/// combinatorics, as in CPython): when the loop has let go of the last
/// result (`for a, b in zip(x, y)` unpacks and drops it), the slot's is the
/// only reference left, and the next result is written into it instead of
/// a new tuple. A result someone kept is never changed: the next one is a
/// new tuple.
#[derive(Default)]
pub struct TupleSlot(std::cell::Cell<Option<PyObjectRef>>);

impl TupleSlot {
    /// A tuple of `items`: the kept one, refilled, if nothing else holds it
    /// and it has that length; a new one otherwise (kept if the slot was
    /// empty).
    pub fn make<I>(&self, vm: &Vm, items: I) -> PyObjectRef
    where
        I: ExactSizeIterator<Item = PyObjectRef>,
    {
        let n = items.len();
        let kept = self.0.take();
        if let Some(mut t) = kept {
            if let Some(p) = t.unique_payload_mut::<PyTuple>().filter(|p| p.items.len() == n) {
                // An old item freed here cannot reach the tuple: this is its
                // only reference, held here (and frees run no Python code).
                for (slot, v) in p.items.iter_mut().zip(items) {
                    *slot = v;
                }
                // A collection may have untracked it while it held atoms;
                // the new items may not be (CPython's `zip_next` does this).
                vm.heap.track_again(&t);
                let r = t.clone();
                self.0.set(Some(t));
                return r;
            }
            self.0.set(Some(t));
            return vm.new_tuple_from(items);
        }
        let t = vm.new_tuple_from(items);
        if n > 0 {
            self.0.set(Some(t.clone()));
        }
        t
    }

    /// Visit the kept tuple (for the cycle collector).
    pub fn traverse(&self, visit: &mut super::core::Visit<'_>) {
        let t = self.0.take();
        if let Some(t) = &t {
            visit.visit(t);
        }
        self.0.set(t);
    }

    /// Let the kept tuple go (an iterator being cleared).
    pub fn clear(&self) {
        drop(self.0.take());
    }
}

/// Define `__lt__` .. `__ge__` as calls of `$f(vm, args, op)` and install them on
/// the type `$t`.
macro_rules! install_compare {
    ($vm:expr, $t:expr, $f:path) => {{
        use kaa_compiler::bytecode::CompareOp as Op;
        use $crate::vm::{Args as A, PyResult as R, Vm as V};
        fn lt(vm: &mut V, args: A) -> R {
            $f(vm, args, Op::Lt)
        }
        fn le(vm: &mut V, args: A) -> R {
            $f(vm, args, Op::Le)
        }
        fn eq(vm: &mut V, args: A) -> R {
            $f(vm, args, Op::Eq)
        }
        fn ne(vm: &mut V, args: A) -> R {
            $f(vm, args, Op::Ne)
        }
        fn gt(vm: &mut V, args: A) -> R {
            $f(vm, args, Op::Gt)
        }
        fn ge(vm: &mut V, args: A) -> R {
            $f(vm, args, Op::Ge)
        }
        $vm.add_method($t, "__lt__", lt);
        $vm.add_method($t, "__le__", le);
        $vm.add_method($t, "__eq__", eq);
        $vm.add_method($t, "__ne__", ne);
        $vm.add_method($t, "__gt__", gt);
        $vm.add_method($t, "__ge__", ge);
    }};
}
pub(crate) use install_compare;

/// Lexicographic comparison of two sequences (CPython's `list_richcompare` /
/// `tuplerichcompare`): find the first index whose items differ by `==`, then
/// compare those items with `op`, or the lengths if one sequence ran out.
/// `item(seq, i)` reads an item and `len(seq)` the length, afresh at each step,
/// since `__eq__` may mutate a list.
pub fn sequence_compare(
    vm: &mut Vm,
    a: &PyObjectRef,
    b: &PyObjectRef,
    op: CompareOp,
    item: fn(&PyObjectRef, usize) -> Option<PyObjectRef>,
    len: fn(&PyObjectRef) -> usize,
) -> PyResult {
    let mut i = 0;
    // A comparison of long sequences is a native loop: a sort or a
    // `list.count` can make millions of them in one call, and sequences
    // nested a few levels compare all their items at once. Every item
    // counts on the interpreter's work counter (`limits.rs`).
    loop {
        let (Some(x), Some(y)) = (item(a, i), item(b, i)) else {
            break;
        };
        vm.count_work(1)?;
        if !x.is(&y) && !vm.eq(&x, &y)? {
            // Recheck: `__eq__` may have shrunk a list.
            if i < len(a) && i < len(b) {
                return match op {
                    CompareOp::Eq => Ok(vm.false_.clone()),
                    CompareOp::Ne => Ok(vm.true_.clone()),
                    _ => vm.rich_compare(&x, &y, op),
                };
            }
            break;
        }
        i += 1;
    }
    let (la, lb) = (len(a), len(b));
    let r = match op {
        CompareOp::Lt => la < lb,
        CompareOp::Le => la <= lb,
        CompareOp::Eq => la == lb,
        CompareOp::Ne => la != lb,
        CompareOp::Gt => la > lb,
        CompareOp::Ge => la >= lb,
    };
    Ok(vm.new_bool(r))
}

/// The repeat count of `seq * n`: `None` if `n` is not an integer (the caller
/// then returns NotImplemented or raises "can't multiply sequence by non-int").
pub fn repeat_count(vm: &mut Vm, n: &PyObjectRef) -> PyResult<Option<usize>> {
    if !n.payload_is::<PyInt>() && vm.lookup_special(n, &vm.names.__index__.clone()).is_none() {
        return Ok(None);
    }
    match vm.to_index_value(n)? {
        IntValue::Small(v) => Ok(Some(v.max(0) as usize)),
        // Past the index range either way: CPython refuses before it looks at
        // the sign (`[1] * -2**70` is an OverflowError too).
        IntValue::Big(_) => Err(vm.new_overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

/// What `seq * x` does when `x` is not an integer: let a Python class's
/// `__rmul__` try, else raise CPython's message.
pub fn repeat_non_int(vm: &mut Vm, other: &PyObjectRef) -> PyResult {
    if other.ty().flags.heaptype && {
        let n = vm.intern("__rmul__");
        vm.lookup_special(other, &n)
    }
    .is_some()
    {
        return Ok(vm.not_implemented.clone());
    }
    Err(vm.new_type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        other.ty().name()
    )))
}

/// `items * n` with a `MemoryError` instead of an abort for huge results.
pub fn repeat_items(vm: &mut Vm, items: &[PyObjectRef], n: usize) -> PyResult<Vec<PyObjectRef>> {
    // The memory cap (`limits.rs`), before the allocation is attempted.
    vm.check_alloc(items.len() as u128 * n as u128 * std::mem::size_of::<PyObjectRef>() as u128)?;
    let total = items
        .len()
        .checked_mul(n)
        .filter(|t| *t <= isize::MAX as usize / std::mem::size_of::<PyObjectRef>());
    let Some(total) = total else {
        return Err(vm.new_memory_error());
    };
    let mut out: Vec<PyObjectRef> = Vec::new();
    if out.try_reserve_exact(total).is_err() {
        return Err(vm.new_memory_error());
    }
    if total == 0 {
        return Ok(out);
    }
    // Doubling up to a chunk, then a chunk at a time, each copy charged as
    // linear work (`limits.rs`): the deadline and the interrupt are looked
    // at between chunks of a megabyte.
    const ITEM: usize = std::mem::size_of::<PyObjectRef>();
    // A whole number of `items`, so that each copy continues the pattern.
    let chunk = (crate::limits::COPY_CHUNK / ITEM / items.len()).max(1) * items.len();
    out.extend_from_slice(items);
    while out.len() < total {
        let take = (total - out.len()).min(out.len()).min(chunk);
        out.extend_from_within(..take);
        vm.charge_bytes(take * ITEM)?;
    }
    Ok(out)
}

/// Resolve an index for `seq[i]`: negative counts from the end; `None` if out of range.
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    if j >= 0 && (j as u64) < len as u64 {
        Some(j as usize)
    } else {
        None
    }
}

/// The items `seq[start:stop:step]` of a slice already resolved.
pub fn slice_items(items: &[PyObjectRef], start: isize, step: isize, n: usize) -> Vec<PyObjectRef> {
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        if let Some(v) = items.get(i as usize) {
            out.push(v.clone());
        }
        i = i.wrapping_add(step);
    }
    out
}

/// `start`/`stop` arguments of `index()`: clamped ints (CPython's
/// `_PyEval_SliceIndexNotNone`), resolved against `len`.
pub fn index_bounds(
    vm: &mut Vm,
    start: Option<&PyObjectRef>,
    stop: Option<&PyObjectRef>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let mut bound = |v: Option<&PyObjectRef>, default: isize| -> PyResult<usize> {
        let b = match v {
            None => default,
            Some(v) => {
                if !v.payload_is::<PyInt>() && vm.lookup_special(v, &vm.names.__index__.clone()).is_none() {
                    return Err(vm.new_type_error("slice indices must be integers or have an __index__ method"));
                }
                super::slice::clamp_index(&vm.to_index_value(v)?)
            }
        };
        let b = if b < 0 {
            (b.saturating_add(len as isize)).max(0)
        } else {
            b
        };
        Ok((b as usize).min(len))
    };
    let s = bound(start, 0)?;
    let e = bound(stop, isize::MAX)?;
    Ok((s, e))
}

// ----- tuple methods -----

fn payload<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyTuple> {
    o.downcast_ref::<PyTuple>().ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor requires a 'tuple' object but received a '{}'",
            o.ty().name()
        ))
    })
}

fn this<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a PyObjectRef, &'a PyTuple)> {
    let o = args
        .pos()
        .first()
        .ok_or_else(|| vm.new_type_error("descriptor of 'tuple' object needs an argument"))?;
    Ok((o, payload(vm, o)?))
}

/// `tuple(iterable=())`; a tuple of an exact tuple is itself.
fn tuple_new(vm: &mut Vm, args: Args) -> PyResult {
    let base = vm.types.tuple.clone();
    let cls = crate::builtins_type::new_cls_arg(vm, &args, &base)?.clone();
    let init_is_ours = {
        let init = vm.names.__init__.clone();
        match (
            cls.ty_payload().lookup(&init),
            vm.types.tuple.ty_payload().lookup(&init),
        ) {
            (Some(a), Some(b)) => a.is(&b),
            _ => true,
        }
    };
    if cls.is(&vm.types.tuple) || init_is_ours {
        args.no_kwargs(vm, "tuple")?;
    }
    let rest = &args.pos()[1..];
    if rest.len() > 1 {
        return Err(vm.new_type_error(format!("tuple expected at most 1 argument, got {}", rest.len())));
    }
    let exact = cls.is(&vm.types.tuple);
    let items = match rest.first() {
        None => Vec::new(),
        Some(it) if exact && it.class().is(&vm.types.tuple) => return Ok(it.clone()),
        Some(it) => vm.collect(it)?,
    };
    if exact {
        return Ok(vm.new_tuple(items));
    }
    Ok(vm.new_instance(PyTuple::boxed(items), &cls))
}

/// `repr(tuple)`: `(1,)`, `()`, `(...)` when it contains itself.
fn tuple_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (o, t) = this(vm, &args)?;
    match t.items.len() {
        0 => return Ok(vm.new_str("()")),
        _ if !super::list::repr_enter(vm, o) => return Ok(vm.new_str("(...)")),
        _ => {}
    }
    let r = repr_items(vm, &t.items);
    super::list::repr_leave(vm, o);
    let mut s = r?;
    if t.items.len() == 1 {
        s.push(',');
    }
    Ok(vm.new_str(format!("({s})")))
}

/// `", "`-joined reprs.
pub fn repr_items(vm: &mut Vm, items: &[PyObjectRef]) -> PyResult<String> {
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

fn tuple_len(vm: &mut Vm, args: Args) -> PyResult {
    let (_, t) = this(vm, &args)?;
    Ok(vm.new_int(t.items.len() as i64))
}

/// `tuple[i]`, `tuple[i:j:k]`.
fn tuple_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let [o, key] = args.exact::<2>(vm, "__getitem__")?;
    let t = payload(vm, o)?;
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let (start, _, step, n) = resolve_slice(vm, s, t.items.len())?;
        if step == 1 && n == t.items.len() && o.class().is(&vm.types.tuple) {
            return Ok(o.clone());
        }
        vm.charge_items(n)?;
        return Ok(vm.new_tuple(slice_items(&t.items, start, step, n)));
    }
    if !key.payload_is::<PyInt>() && vm.lookup_special(key, &vm.names.__index__.clone()).is_none() {
        return Err(vm.new_type_error(format!(
            "tuple indices must be integers or slices, not {}",
            key.ty().name()
        )));
    }
    let i = vm.to_index(key)?;
    match normalize_index(i, t.items.len()) {
        Some(j) => Ok(t.items[j].clone()),
        None => Err(vm.new_index_error("tuple index out of range")),
    }
}

fn tuple_contains(vm: &mut Vm, args: Args) -> PyResult {
    let [o, x] = args.exact::<2>(vm, "__contains__")?;
    let t = payload(vm, o)?;
    for v in t.items.iter() {
        if v.is(x) || vm.eq(v, x)? {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

fn tuple_iter(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__iter__")?;
    payload(vm, o)?;
    Ok(super::iter::new_tuple_iter(vm, o.clone()))
}

fn tuple_item(o: &PyObjectRef, i: usize) -> Option<PyObjectRef> {
    o.downcast_ref::<PyTuple>()?.items.get(i).cloned()
}

fn tuple_len_of(o: &PyObjectRef) -> usize {
    o.downcast_ref::<PyTuple>().map_or(0, |t| t.items.len())
}

/// `a op b` for two exact tuples or two exact lists (whose comparison methods
/// cannot be overridden): `None` for anything else.
pub fn compare_exact(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef, op: CompareOp) -> Option<PyResult> {
    let c = a.class();
    if !c.is(b.class()) {
        return None;
    }
    if c.is(&vm.types.tuple) {
        return Some(sequence_compare(vm, a, b, op, tuple_item, tuple_len_of));
    }
    if c.is(&vm.types.list) {
        return Some(super::list::compare_lists(vm, a, b, op));
    }
    None
}

fn tuple_compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "comparison")?;
    if !a.payload_is::<PyTuple>() || !b.payload_is::<PyTuple>() {
        return Ok(vm.not_implemented.clone());
    }
    sequence_compare(vm, a, b, op, tuple_item, tuple_len_of)
}

/// The hash of an exact `int` that fits a machine word or of an exact `str`,
/// the usual items of a tuple used as a key (`(x, y)`, `(name, n)`): no call
/// and no stack check, since neither can recurse. `None` for anything else.
#[inline]
fn flat_hash(vm: &Vm, v: &PyObjectRef) -> Option<i64> {
    if let Some(i) = v.downcast_ref::<PyInt>() {
        if let IntValue::Small(n) = i.value {
            if v.class().is(&vm.types.int) {
                return Some(crate::protocol::hash_i64(n));
            }
        }
        return None;
    }
    match v.downcast_ref::<super::str::PyStr>() {
        Some(s) if v.class().is(&vm.types.str) => Some(vm.str_hash(s)),
        _ => None,
    }
}

/// CPython 3.11's tuple hash (xxHash-based `tuplehash`).
pub fn hash_items(vm: &mut Vm, items: &[PyObjectRef]) -> PyResult<i64> {
    const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
    const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
    const XXPRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = XXPRIME_5;
    for v in items {
        // Nested tuples hash all their items: each counts as work (`limits.rs`).
        vm.count_work(1)?;
        let lane = match flat_hash(vm, v) {
            Some(h) => h,
            // Deeply nested tuples recurse here: grow the stack instead of overflowing.
            None => stacker::maybe_grow(64 * 1024, 1024 * 1024, || vm.hash(v))?,
        } as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return Ok(1_546_275_796);
    }
    Ok(acc as i64)
}

fn tuple_hash(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__hash__")?;
    let t = payload(vm, o)?;
    let h = hash_items(vm, &t.items)?;
    Ok(vm.new_int(h))
}

/// `tuple + tuple`.
fn tuple_add(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__add__")?;
    let x = payload(vm, a)?;
    let Some(y) = b.downcast_ref::<PyTuple>() else {
        if b.ty().flags.heaptype && {
            let n = vm.intern("__radd__");
            vm.lookup_special(b, &n)
        }
        .is_some()
        {
            return Ok(vm.not_implemented.clone());
        }
        return Err(vm.new_type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            b.ty().name()
        )));
    };
    if y.items.is_empty() && a.class().is(&vm.types.tuple) {
        return Ok(a.clone());
    }
    if x.items.is_empty() && b.class().is(&vm.types.tuple) {
        return Ok(b.clone());
    }
    vm.charge_items(x.items.len() + y.items.len())?;
    let mut v = Vec::with_capacity(x.items.len() + y.items.len());
    v.extend_from_slice(&x.items);
    v.extend_from_slice(&y.items);
    Ok(vm.new_tuple(v))
}

/// `tuple * n`, `n * tuple`.
fn tuple_mul(vm: &mut Vm, args: Args) -> PyResult {
    let [a, n] = args.exact::<2>(vm, "__mul__")?;
    let t = payload(vm, a)?;
    let Some(count) = repeat_count(vm, n)? else {
        return repeat_non_int(vm, n);
    };
    if count == 1 && a.class().is(&vm.types.tuple) {
        return Ok(a.clone());
    }
    let items = repeat_items(vm, &t.items, count)?;
    Ok(vm.new_tuple(items))
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult {
    let (o, t) = this(vm, &args)?;
    let [_, x] = args.pos() else {
        return Err(vm.new_type_error(format!(
            "tuple.count() takes exactly one argument ({} given)",
            args.pos().len().saturating_sub(1)
        )));
    };
    let _ = o;
    let mut n = 0;
    for v in t.items.iter() {
        if v.is(x) || vm.eq(v, x)? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult {
    let (_, t) = this(vm, &args)?;
    let rest = args.range(vm, "index", 2, 4)?;
    let x = &rest[1];
    let (start, stop) = index_bounds(vm, rest.get(2), rest.get(3), t.items.len())?;
    for i in start..stop {
        let Some(v) = t.items.get(i) else { break };
        if v.is(x) || vm.eq(v, x)? {
            return Ok(vm.new_int(i as i64));
        }
    }
    Err(vm.new_value_error("tuple.index(x): x not in tuple"))
}

fn tuple_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    let (_, t) = this(vm, &args)?;
    let inner = vm.new_tuple(t.items.to_vec());
    Ok(vm.new_tuple(vec![inner]))
}

pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    vm.add_static(&t, "__new__", tuple_new);
    vm.add_method(&t, "__repr__", tuple_repr);
    vm.add_method(&t, "__len__", tuple_len);
    vm.add_method(&t, "__getitem__", tuple_getitem);
    vm.add_method(&t, "__contains__", tuple_contains);
    vm.add_method(&t, "__iter__", tuple_iter);
    install_compare!(vm, &t, tuple_compare);
    vm.add_method(&t, "__hash__", tuple_hash);
    vm.add_method(&t, "__add__", tuple_add);
    vm.add_method(&t, "__mul__", tuple_mul);
    vm.add_method(&t, "__rmul__", tuple_mul);
    vm.add_method(&t, "count", tuple_count);
    vm.add_method(&t, "index", tuple_index);
    vm.add_method(&t, "__getnewargs__", tuple_getnewargs);
    vm.add_classmethod(&t, "__class_getitem__", crate::builtins::generic_alias);
}
