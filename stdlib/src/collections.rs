//! `_collections`: the hot core of `collections` (`py/collections/__init__.py`),
//! as CPython's C accelerator of the same name.
//!
//! - `deque`: a `VecDeque`, so that both ends are O(1); a `state` counter that
//!   every change of length or order bumps lets iterators and comparing loops
//!   notice a deque mutated under them ("deque mutated during iteration").
//! - `defaultdict`: a `dict` payload with one slot for `default_factory`, so
//!   that every `dict` method works on it unchanged; only `__missing__` and
//!   friends are added.
//! - `OrderedDict`: a `dict` whose own insertion order is the order (Kaa's
//!   dicts are ordered): `move_to_end` and `popitem(last=False)` rearrange the
//!   dict's table directly. Its iterators and views (`odict_iterator`,
//!   `odict_keys`, ...) watch the table's version for mutation.
//! - `_count_elements` (the loop of `Counter.update`) and `_tuplegetter` (the
//!   field accessors of `namedtuple` classes), and `namedtuple` itself as a thin
//!   wrapper that passes the caller's module name to the Python implementation.
//!
//! No `RefCell` here is borrowed across a call into Python code: comparing,
//! hashing or iterating may re-enter the same deque or dict.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::Arc;

use kaa_compiler::bytecode::{BinaryOp, CompareOp};
use kaa_vm::builtins::{generic_alias, is_callable};
use kaa_vm::object::core::{PyPayload, Visit};
use kaa_vm::object::dict::PyDict;
use kaa_vm::object::dict_table::{DictEntry, DictTable, Step};
use kaa_vm::object::function::{Binding, PyBuiltinFunction, PyProperty};
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::iter::{DictIterKind, PyDictView};
use kaa_vm::object::list::{repr_enter, repr_leave, PyList};
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::{index_bounds, normalize_index, repeat_count, repeat_non_int, sequence_compare, PyTuple};
use kaa_vm::object::typ::{PyType, TypeFlags};
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::{ArgVec, NativeFn};
use kaa_vm::{Args, PyResult, Vm};

// ----- the types of this module -----

const DEQUE: &str = "_collections.deque";
const DEQUE_ITER: &str = "_collections._deque_iterator";
const DEQUE_REVITER: &str = "_collections._deque_reverse_iterator";
const DEFAULTDICT: &str = "_collections.defaultdict";
const ODICT: &str = "_collections.OrderedDict";
const ODICT_ITER: &str = "_collections.odict_iterator";
const ODICT_KEYS: &str = "_collections.odict_keys";
const ODICT_VALUES: &str = "_collections.odict_values";
const ODICT_ITEMS: &str = "_collections.odict_items";

/// CPython's `tp_name`s: what error messages show.
const DEQUE_NAME: &str = "collections.deque";
const DEFAULTDICT_NAME: &str = "collections.defaultdict";
const ODICT_NAME: &str = "collections.OrderedDict";

/// A type of this module, made by `init` (keys above).
fn state_type(vm: &mut Vm, key: &str) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get(key).cloned();
    found.ok_or_else(|| vm.new_runtime_error("_collections is not initialized"))
}

/// Whether `o` is an instance of the module type `key`.
fn instance_of(vm: &mut Vm, o: &PyObjectRef, key: &str) -> bool {
    let found = vm.module_state.borrow().get(key).cloned();
    found.is_some_and(|t| o.is_instance_of(&t))
}

/// CPython's `_PyType_Name`: the type's name without its module, as reprs show
/// it (`deque([])`, `D([])` for a subclass `D`).
fn short_name(o: &PyObjectRef) -> String {
    let n = o.ty().name();
    n.rsplit('.').next().unwrap_or(n).to_string()
}

/// A built-in type deriving from `base` (`object` if `None`), named `name`
/// (CPython's `tp_name`, with its module); instances carry `slots` slots.
fn make_type<T: PyPayload>(
    vm: &mut Vm,
    name: &str,
    base: Option<&PyObjectRef>,
    flags: TypeFlags,
    slots: usize,
) -> PyObjectRef {
    let base = base.cloned().unwrap_or_else(|| vm.types.object.clone());
    let mut ty = PyType::new(
        name,
        Some(base.clone()),
        vec![base.clone()],
        base.mro(),
        &T::VTABLE,
        flags,
    );
    if slots > 0 {
        ty.set_slots(slots);
    }
    let short = name.rsplit('.').next().unwrap_or(name).to_string();
    *ty.qualname.borrow_mut() = short;
    PyObjectRef::new_type(ty, &vm.types.type_)
}

fn add_methods(vm: &mut Vm, cls: &PyObjectRef, methods: &[(&'static str, NativeFn)]) {
    for &(name, f) in methods {
        vm.add_method(cls, name, f);
    }
}

// ----- argument helpers (CPython's messages) -----

/// Methods whose misuse CPython reports as a method's, not a slot wrapper's.
fn is_plain_method(name: &str) -> bool {
    !name.starts_with("__")
        || matches!(
            name,
            "__copy__" | "__reduce__" | "__sizeof__" | "__reversed__" | "__missing__" | "__length_hint__"
        )
}

/// `self` of a method of the module type `key` (CPython name `tyname`).
fn check_self<'a>(vm: &mut Vm, args: &Args<'a>, key: &str, tyname: &str, name: &str) -> PyResult<&'a PyObjectRef> {
    let Some(o) = args.pos().first() else {
        return Err(vm.new_type_error(format!("descriptor '{name}' of '{tyname}' object needs an argument")));
    };
    if instance_of(vm, o, key) {
        return Ok(o);
    }
    Err(vm.new_type_error(if is_plain_method(name) {
        format!(
            "descriptor '{name}' for '{tyname}' objects doesn't apply to a '{}' object",
            o.ty().name()
        )
    } else {
        format!(
            "descriptor '{name}' requires a '{tyname}' object but received a '{}'",
            o.ty().name()
        )
    }))
}

/// No arguments after `self` (`deque.pop() takes no arguments (1 given)`).
fn no_args(vm: &mut Vm, args: &Args, qual: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("{qual}() takes no keyword arguments")));
    }
    let n = args.pos().len().saturating_sub(1);
    if n != 0 {
        let name = qual.rsplit('.').next().unwrap_or(qual);
        return Err(vm.new_type_error(if is_plain_method(name) {
            format!("{qual}() takes no arguments ({n} given)")
        } else {
            // A slot wrapper (`__len__`, `__repr__`).
            format!("expected 0 arguments, got {n}")
        }));
    }
    Ok(())
}

/// Exactly one argument after `self` (`deque.append() takes exactly one argument (0 given)`).
fn one_arg<'a>(vm: &mut Vm, args: &Args<'a>, qual: &str) -> PyResult<&'a PyObjectRef> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("{qual}() takes no keyword arguments")));
    }
    match args.pos() {
        [_, x] => Ok(x),
        p => Err(vm.new_type_error(format!(
            "{qual}() takes exactly one argument ({} given)",
            p.len().saturating_sub(1)
        ))),
    }
}

/// The operand of a binary slot wrapper (`__add__`, `__eq__`): `expected 1 argument, got 0`.
fn slot_other<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyObjectRef> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.pos() {
        [_, x] => Ok(x),
        p => Err(vm.new_type_error(format!("expected 1 argument, got {}", p.len().saturating_sub(1)))),
    }
}

/// The count operand of `__mul__`/`__imul__` (CPython's message for their
/// wrappers starts with a space).
fn count_operand<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyObjectRef> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.pos() {
        [_, x] => Ok(x),
        p => Err(vm.new_type_error(format!(" expected 1 argument, got {}", p.len().saturating_sub(1)))),
    }
}

/// Argument Clinic's binding of `name(p0, p1=..)`: up to `names.len()`
/// arguments by position or keyword, the first `required` needed.
fn clinic<const N: usize>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<PyObjectRef>; N]> {
    let pos = &args.pos()[1..];
    let total = pos.len() + args.kwnames().len();
    if total > N {
        return Err(vm.new_type_error(format!(
            "{name}() takes at most {N} argument{} ({total} given)",
            if N == 1 { "" } else { "s" }
        )));
    }
    let mut out: [Option<PyObjectRef>; N] = std::array::from_fn(|_| None);
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_some() => {
                return Err(vm.new_type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for {name}()"))),
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.new_type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// An index argument as a C `Py_ssize_t` (`'str' object cannot be
/// interpreted as an integer`; `OverflowError` past the range).
fn ssize_arg(vm: &mut Vm, v: &PyObjectRef) -> PyResult<i64> {
    match vm.to_index_value(v)? {
        IntValue::Small(i) => Ok(i),
        IntValue::Big(_) => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// The instance `__dict__` as pickling state: `None` when absent or empty.
fn dict_state(vm: &mut Vm, o: &PyObjectRef) -> PyObjectRef {
    if vm.instance_len(o) == 0 {
        return vm.none();
    }
    vm.instance_dict(o).unwrap_or_else(|| vm.none())
}

/// `repr(x)` with the recursion guard of CPython's `Py_ReprEnter`: `...` when
/// `x`'s repr is already in progress.
fn guarded_repr(vm: &mut Vm, x: &PyObjectRef) -> PyResult<String> {
    if !repr_enter(vm, x) {
        return Ok("...".to_string());
    }
    let r = vm.repr_string(x);
    repr_leave(vm, x);
    r
}

/// The `dict` method `name` itself, to call on a subclass instance.
fn dict_method(vm: &mut Vm, name: &str) -> PyResult<PyObjectRef> {
    let key = vm.intern(name);
    let found = vm.types.dict.ty_payload().get_own(&key);
    found.ok_or_else(|| vm.new_runtime_error(format!("dict has no '{name}'")))
}

// ----- deque -----

/// The payload of `collections.deque` (and of its subclasses' instances).
pub struct PyDeque {
    items: RefCell<VecDeque<PyObjectRef>>,
    /// `None`: unbounded.
    maxlen: Cell<Option<usize>>,
    /// Bumped whenever the length or the order changes (CPython's `state`).
    state: Cell<u64>,
    /// Buffer bytes counted in the heap's live bytes (memory limits).
    charged: Cell<usize>,
}

impl PyPayload for PyDeque {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
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

impl PyDeque {
    fn new(items: VecDeque<PyObjectRef>, maxlen: Option<usize>) -> PyDeque {
        let charged = Cell::new(items.capacity() * std::mem::size_of::<PyObjectRef>());
        PyDeque {
            items: RefCell::new(items),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
            charged,
        }
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn get(&self, i: usize) -> Option<PyObjectRef> {
        self.items.borrow().get(i).cloned()
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// Bring the heap's live bytes up to date after the buffer grew.
    #[inline]
    fn recharge(&self, vm: &Vm) {
        if !vm.heap.stats.on.get() {
            return;
        }
        if let Ok(items) = self.items.try_borrow() {
            vm.heap
                .recharge(&self.charged, items.capacity() * std::mem::size_of::<PyObjectRef>());
        }
    }

    /// Append on the right; past `maxlen` the leftmost item falls out and is
    /// returned (to be dropped once no borrow is held).
    #[inline]
    fn push_back(&self, x: PyObjectRef) -> Option<PyObjectRef> {
        let mut items = self.items.borrow_mut();
        items.push_back(x);
        self.bump();
        match self.maxlen.get() {
            Some(m) if items.len() > m => items.pop_front(),
            _ => None,
        }
    }

    /// Append on the left; past `maxlen` the rightmost item falls out.
    #[inline]
    fn push_front(&self, x: PyObjectRef) -> Option<PyObjectRef> {
        let mut items = self.items.borrow_mut();
        items.push_front(x);
        self.bump();
        match self.maxlen.get() {
            Some(m) if items.len() > m => items.pop_back(),
            _ => None,
        }
    }

    /// Remove every item (returned, to be dropped outside the borrow).
    fn take_all(&self) -> VecDeque<PyObjectRef> {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        if !old.is_empty() {
            self.bump();
        }
        old
    }
}

fn deque_item(o: &PyObjectRef, i: usize) -> Option<PyObjectRef> {
    o.downcast_ref::<PyDeque>()?.get(i)
}

fn deque_len_of(o: &PyObjectRef) -> usize {
    o.downcast_ref::<PyDeque>().map_or(0, |d| d.len())
}

/// The deque a method was called on.
fn this_deque<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyObjectRef, &'a PyDeque)> {
    if let Some(o) = args.pos().first() {
        if let Some(d) = o.downcast_ref::<PyDeque>() {
            return Ok((o, d));
        }
    }
    let o = check_self(vm, args, DEQUE, DEQUE_NAME, name)?;
    match o.downcast_ref::<PyDeque>() {
        Some(d) => Ok((o, d)),
        None => Err(vm.new_type_error("deque expected")),
    }
}

fn mutated(vm: &Vm) -> PyObjectRef {
    vm.new_runtime_error("deque mutated during iteration")
}

/// `deque.__new__(cls, *args, **kwargs)`: an empty deque (`__init__` fills it).
fn deque_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos().first().cloned() else {
        return Err(vm.new_type_error("collections.deque.__new__(): not enough arguments"));
    };
    let Some(t) = cls.as_type() else {
        return Err(vm.new_type_error(format!(
            "collections.deque.__new__(X): X is not a type object ({})",
            cls.ty().name()
        )));
    };
    let base = state_type(vm, DEQUE)?;
    if !cls.is_subtype(&base) {
        let n = t.name().to_string();
        return Err(vm.new_type_error(format!(
            "collections.deque.__new__({n}): {n} is not a subtype of collections.deque"
        )));
    }
    Ok(vm.new_instance(PyDeque::new(VecDeque::new(), None), &cls))
}

/// `maxlen`: `None` or a non-negative int.
fn parse_maxlen(vm: &mut Vm, v: Option<&PyObjectRef>) -> PyResult<Option<usize>> {
    let Some(v) = v else { return Ok(None) };
    if vm.is_none(v) {
        return Ok(None);
    }
    let Some(i) = v.downcast_ref::<PyInt>() else {
        return Err(vm.new_type_error("an integer is required"));
    };
    match &i.value {
        IntValue::Small(n) if *n < 0 => Err(vm.new_value_error("maxlen must be non-negative")),
        IntValue::Small(n) => Ok(Some(*n as usize)),
        IntValue::Big(_) => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// `deque(iterable=(), maxlen=None)`; a second `__init__` empties it first.
fn deque_init(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = this_deque(vm, &args, "__init__")?;
    let pos = &args.pos()[1..];
    let total = pos.len() + args.kwnames().len();
    if total > 2 {
        return Err(vm.new_type_error(format!("deque() takes at most 2 arguments ({total} given)")));
    }
    let mut iterable = pos.first().cloned();
    let mut maxlen = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        let (slot, i) = match k {
            "iterable" => (&mut iterable, 1),
            "maxlen" => (&mut maxlen, 2),
            _ => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for deque()"))),
        };
        if slot.is_some() {
            return Err(vm.new_type_error(format!("argument for deque() given by name ('{k}') and position ({i})")));
        }
        *slot = Some(v.clone());
    }
    let maxlen = parse_maxlen(vm, maxlen.as_ref())?;
    d.maxlen.set(maxlen);
    let old = d.take_all();
    drop(old);
    d.recharge(vm);
    if let Some(it) = iterable {
        extend(vm, o, d, &it, false)?;
    }
    Ok(vm.none())
}

/// Add the items of `iterable` on the right (or one by one on the left).
fn extend(vm: &mut Vm, o: &PyObjectRef, d: &PyDeque, iterable: &PyObjectRef, left: bool) -> PyResult<()> {
    let push = |d: &PyDeque, x: PyObjectRef| {
        let out = if left { d.push_front(x) } else { d.push_back(x) };
        drop(out);
    };
    // A snapshot for the deque itself and for exact lists and tuples.
    let snapshot: Option<Vec<PyObjectRef>> = if iterable.is(o) {
        Some(d.items.borrow().iter().cloned().collect())
    } else if let Some(l) = iterable
        .downcast_ref::<PyList>()
        .filter(|_| iterable.class().is(&vm.types.list))
    {
        Some(l.items.borrow().clone())
    } else if let Some(t) = iterable
        .downcast_ref::<PyTuple>()
        .filter(|_| iterable.class().is(&vm.types.tuple))
    {
        Some(t.as_slice().to_vec())
    } else {
        None
    };
    if let Some(items) = snapshot {
        for x in items {
            push(d, x);
        }
        d.recharge(vm);
        return Ok(());
    }
    let it = vm.get_iter(iterable)?;
    let mut n = 0usize;
    while let Some(x) = vm.iter_next(&it)? {
        push(d, x);
        n += 1;
        if n % kaa_vm::limits::LONG_LOOP == 0 {
            // An endless iterator must not outrun the limits.
            d.recharge(vm);
            vm.check_long_loop(0)?;
        }
    }
    d.recharge(vm);
    Ok(())
}

fn deque_append(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this_deque(vm, &args, "append")?;
    let x = one_arg(vm, &args, "deque.append")?;
    let out = d.push_back(x.clone());
    drop(out);
    d.recharge(vm);
    Ok(vm.none())
}

fn deque_appendleft(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this_deque(vm, &args, "appendleft")?;
    let x = one_arg(vm, &args, "deque.appendleft")?;
    let out = d.push_front(x.clone());
    drop(out);
    d.recharge(vm);
    Ok(vm.none())
}

/// `d.append(x)` for Rust callers (asyncio's ready queue), when `d` is a
/// `collections.deque` itself (not a subclass, which may override
/// `append`); `false` if it is not.
pub(crate) fn deque_push_back(vm: &mut Vm, d: &PyObjectRef, x: PyObjectRef) -> bool {
    let Some(dq) = d.downcast_ref::<PyDeque>().filter(|_| !d.ty().flags.heaptype) else {
        return false;
    };
    let out = dq.push_back(x);
    drop(out);
    dq.recharge(vm);
    true
}

/// `len(d)` for Rust callers, when `d` is a `collections.deque` itself.
pub(crate) fn deque_length(d: &PyObjectRef) -> Option<usize> {
    let dq = d.downcast_ref::<PyDeque>().filter(|_| !d.ty().flags.heaptype)?;
    Some(dq.len())
}

/// `d.popleft()` for Rust callers, when `d` is a `collections.deque`
/// itself: `None` if it is not, `Some(Err(()))` if it is empty.
pub(crate) fn deque_pop_front(d: &PyObjectRef) -> Option<Result<PyObjectRef, ()>> {
    let dq = d.downcast_ref::<PyDeque>().filter(|_| !d.ty().flags.heaptype)?;
    let v = dq.items.borrow_mut().pop_front();
    Some(match v {
        Some(v) => {
            dq.bump();
            Ok(v)
        }
        None => Err(()),
    })
}

fn deque_pop(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this_deque(vm, &args, "pop")?;
    no_args(vm, &args, "deque.pop")?;
    let v = d.items.borrow_mut().pop_back();
    match v {
        Some(v) => {
            d.bump();
            Ok(v)
        }
        None => Err(vm.new_index_error("pop from an empty deque")),
    }
}

fn deque_popleft(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this_deque(vm, &args, "popleft")?;
    no_args(vm, &args, "deque.popleft")?;
    let v = d.items.borrow_mut().pop_front();
    match v {
        Some(v) => {
            d.bump();
            Ok(v)
        }
        None => Err(vm.new_index_error("pop from an empty deque")),
    }
}

fn deque_extend(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = this_deque(vm, &args, "extend")?;
    let x = one_arg(vm, &args, "deque.extend")?;
    extend(vm, o, d, x, false)?;
    Ok(vm.none())
}

fn deque_extendleft(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = this_deque(vm, &args, "extendleft")?;
    let x = one_arg(vm, &args, "deque.extendleft")?;
    extend(vm, o, d, x, true)?;
    Ok(vm.none())
}

/// `rotate(n=1)`: `n` steps to the right (left if negative).
fn deque_rotate(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this_deque(vm, &args, "rotate")?;
    if args.has_kwargs() {
        return Err(vm.new_type_error("deque.rotate() takes no keyword arguments"));
    }
    let rest = &args.pos()[1..];
    if rest.len() > 1 {
        return Err(vm.new_type_error(format!("deque.rotate expected at most 1 argument, got {}", rest.len())));
    }
    let n = match rest.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => 1,
    };
    let mut items = d.items.borrow_mut();
    let len = items.len();
    if len <= 1 {
        return Ok(vm.none());
    }
    // Any rotation of two or more items counts as a change (CPython's too).
    d.bump();
    let k = n.rem_euclid(len as i64) as usize;
    items.rotate_right(k);
    Ok(vm.none())
}

fn deque_clear(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this_deque(vm, &args, "clear")?;
    no_args(vm, &args, "deque.clear")?;
    let old = d.take_all();
    drop(old);
    d.recharge(vm);
    Ok(vm.none())
}

fn deque_reverse(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this_deque(vm, &args, "reverse")?;
    no_args(vm, &args, "deque.reverse")?;
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(vm.none())
}

/// A shallow copy: a new deque with the same `maxlen`; a subclass is called
/// as `type(d)(d)` or `type(d)(d, maxlen)`.
fn copy_of(vm: &mut Vm, o: &PyObjectRef, d: &PyDeque) -> PyResult {
    let cls = o.class().clone();
    let base = state_type(vm, DEQUE)?;
    if cls.is(&base) {
        let items = d.items.borrow().clone();
        let maxlen = d.maxlen.get();
        return Ok(PyObjectRef::new(PyDeque::new(items, maxlen), &base));
    }
    let r = match d.maxlen.get() {
        None => vm.call_positional(&cls, std::slice::from_ref(o))?,
        Some(m) => {
            let m = vm.new_int(m as i64);
            vm.call_positional(&cls, &[o.clone(), m])?
        }
    };
    if !r.payload_is::<PyDeque>() {
        return Err(vm.new_type_error(format!(
            "{}() must return a deque, not {}",
            cls.ty_payload().name(),
            r.ty().name()
        )));
    }
    Ok(r)
}

fn deque_copy(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = this_deque(vm, &args, "copy")?;
    no_args(vm, &args, "deque.copy")?;
    copy_of(vm, o, d)
}

fn deque_dunder_copy(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = this_deque(vm, &args, "__copy__")?;
    no_args(vm, &args, "deque.__copy__")?;
    copy_of(vm, o, d)
}

/// Compare `x` with the items in `start..stop` in order; `Ok(Some(i))` for the
/// first equal one. A change of the deque meanwhile raises `mutation_error`.
fn find(
    vm: &mut Vm,
    d: &PyDeque,
    x: &PyObjectRef,
    start: usize,
    stop: usize,
    mutation_error: fn(&Vm) -> PyObjectRef,
) -> PyResult<Option<usize>> {
    let state = d.state.get();
    for i in start..stop {
        let Some(item) = d.get(i) else {
            return Err(mutation_error(vm));
        };
        let equal = item.is(x) || vm.eq(&item, x)?;
        if d.state.get() != state {
            return Err(mutation_error(vm));
        }
        if equal {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn deque_count(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this_deque(vm, &args, "count")?;
    let x = one_arg(vm, &args, "deque.count")?;
    let state = d.state.get();
    let n = d.len();
    let mut count = 0i64;
    for i in 0..n {
        let Some(item) = d.get(i) else {
            return Err(mutated(vm));
        };
        let equal = item.is(x) || vm.eq(&item, x)?;
        if d.state.get() != state {
            return Err(mutated(vm));
        }
        if equal {
            count += 1;
        }
    }
    Ok(vm.new_int(count))
}

fn deque_contains(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this_deque(vm, &args, "__contains__")?;
    let x = slot_other(vm, &args, "__contains__")?;
    let n = d.len();
    let found = find(vm, d, x, 0, n, mutated)?.is_some();
    Ok(vm.new_bool(found))
}

/// `index(x[, start[, stop]])`.
fn deque_index(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this_deque(vm, &args, "index")?;
    if args.has_kwargs() {
        return Err(vm.new_type_error("deque.index() takes no keyword arguments"));
    }
    let rest = &args.pos()[1..];
    if rest.is_empty() {
        return Err(vm.new_type_error("index() takes at least 1 argument (0 given)"));
    }
    if rest.len() > 3 {
        return Err(vm.new_type_error(format!("index() takes at most 3 arguments ({} given)", rest.len())));
    }
    let x = &rest[0];
    let n = d.len();
    let (start, stop) = index_bounds(vm, rest.get(1), rest.get(2), n)?;
    match find(vm, d, x, start, stop.min(d.len()), mutated)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => {
            let r = vm.repr_string(x)?;
            Err(vm.new_value_error(format!("{r} is not in deque")))
        }
    }
}

fn deque_insert(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this_deque(vm, &args, "insert")?;
    if args.has_kwargs() {
        return Err(vm.new_type_error("deque.insert() takes no keyword arguments"));
    }
    let [_, index, x] = args.pos() else {
        return Err(vm.new_type_error(format!(
            "insert() takes exactly 2 arguments ({} given)",
            args.pos().len().saturating_sub(1)
        )));
    };
    let i = ssize_arg(vm, index)?;
    let n = d.len();
    if d.maxlen.get() == Some(n) {
        return Err(vm.new_index_error("deque already at its maximum size"));
    }
    let at = if i < 0 {
        (i.saturating_add(n as i64)).max(0) as usize
    } else {
        (i as u64).min(n as u64) as usize
    };
    d.items.borrow_mut().insert(at, x.clone());
    d.bump();
    d.recharge(vm);
    Ok(vm.none())
}

fn index_mutated(vm: &Vm) -> PyObjectRef {
    vm.new_index_error("deque mutated during iteration")
}

fn deque_remove(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this_deque(vm, &args, "remove")?;
    let x = one_arg(vm, &args, "deque.remove")?;
    let n = d.len();
    match find(vm, d, x, 0, n, index_mutated)? {
        Some(i) => {
            let old = d.items.borrow_mut().remove(i);
            d.bump();
            drop(old);
            Ok(vm.none())
        }
        None => {
            let r = vm.repr_string(x)?;
            Err(vm.new_value_error(format!("{r} is not in deque")))
        }
    }
}

fn deque_len(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this_deque(vm, &args, "__len__")?;
    no_args(vm, &args, "deque.__len__")?;
    Ok(vm.new_int(d.len() as i64))
}

/// The position `d[key]` refers to: an integer (or `__index__`) key in range.
fn item_index(vm: &mut Vm, d: &PyDeque, key: &PyObjectRef) -> PyResult<usize> {
    if !key.payload_is::<PyInt>() && vm.lookup_special(key, &vm.names.__index__.clone()).is_none() {
        return Err(vm.new_type_error(format!("sequence index must be integer, not '{}'", key.ty().name())));
    }
    let i = match vm.to_index_value(key)? {
        IntValue::Small(i) => i,
        IntValue::Big(_) => {
            return Err(vm.new_index_error(format!("cannot fit '{}' into an index-sized integer", key.ty().name())))
        }
    };
    normalize_index(i, d.len()).ok_or_else(|| vm.new_index_error("deque index out of range"))
}

fn deque_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this_deque(vm, &args, "__getitem__")?;
    let key = slot_other(vm, &args, "__getitem__")?;
    if let Some(IntValue::Small(i)) = key.downcast_ref::<PyInt>().map(|k| &k.value) {
        let items = d.items.borrow();
        if let Some(v) = normalize_index(*i, items.len()).and_then(|j| items.get(j)) {
            return Ok(v.clone());
        }
    }
    let i = item_index(vm, d, key)?;
    d.get(i).ok_or_else(|| vm.new_index_error("deque index out of range"))
}

/// `len(d)` and `bool(d)` without a method call (the type's `native_len`).
fn deque_native_len(o: &PyObjectRef) -> Option<usize> {
    o.downcast_ref::<PyDeque>().map(|d| d.len())
}

/// `d[i]` for an int `i` without a method call (the type's `native_item`).
fn deque_native_item(vm: &mut Vm, o: &PyObjectRef, i: i64) -> PyResult {
    let Some(d) = o.downcast_ref::<PyDeque>() else {
        return Err(vm.new_type_error("deque expected"));
    };
    let v = {
        let items = d.items.borrow();
        normalize_index(i, items.len()).and_then(|j| items.get(j)).cloned()
    };
    v.ok_or_else(|| vm.new_index_error("deque index out of range"))
}

fn deque_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this_deque(vm, &args, "__setitem__")?;
    let [_, key, value] = args.pos() else {
        return Err(vm.new_type_error(format!(
            " expected 2 arguments, got {}",
            args.pos().len().saturating_sub(1)
        )));
    };
    let i = item_index(vm, d, key)?;
    let old = match d.items.borrow_mut().get_mut(i) {
        Some(slot) => std::mem::replace(slot, value.clone()),
        None => return Err(vm.new_index_error("deque index out of range")),
    };
    drop(old);
    Ok(vm.none())
}

fn deque_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this_deque(vm, &args, "__delitem__")?;
    let key = slot_other(vm, &args, "__delitem__")?;
    let i = item_index(vm, d, key)?;
    let old = d.items.borrow_mut().remove(i);
    d.bump();
    drop(old);
    Ok(vm.none())
}

/// `repr(d)`: `deque([1, 2])`, `deque([1], maxlen=3)`; `[...]` inside itself.
fn deque_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = this_deque(vm, &args, "__repr__")?;
    no_args(vm, &args, "deque.__repr__")?;
    if !repr_enter(vm, o) {
        return Ok(vm.new_str("[...]"));
    }
    let items: Vec<PyObjectRef> = d.items.borrow().iter().cloned().collect();
    let list = vm.new_list(items);
    let r = vm.repr_string(&list);
    repr_leave(vm, o);
    let r = r?;
    let name = short_name(o);
    Ok(vm.new_str(match d.maxlen.get() {
        Some(m) => format!("{name}({r}, maxlen={m})"),
        None => format!("{name}({r})"),
    }))
}

/// The special method of a comparison operator.
fn compare_dunder(op: CompareOp) -> &'static str {
    match op {
        CompareOp::Lt => "__lt__",
        CompareOp::Le => "__le__",
        CompareOp::Eq => "__eq__",
        CompareOp::Ne => "__ne__",
        CompareOp::Gt => "__gt__",
        CompareOp::Ge => "__ge__",
    }
}

fn deque_compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult {
    let name = compare_dunder(op);
    let (a, x) = this_deque(vm, &args, name)?;
    let b = slot_other(vm, &args, name)?;
    let Some(y) = b.downcast_ref::<PyDeque>() else {
        return Ok(vm.not_implemented.clone());
    };
    if x.len() != y.len() && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.new_bool(op == CompareOp::Ne));
    }
    sequence_compare(vm, a, b, op, deque_item, deque_len_of)
}

macro_rules! compare_methods {
    ($vm:expr, $t:expr, $f:ident) => {{
        fn lt(vm: &mut Vm, args: Args) -> PyResult {
            $f(vm, args, CompareOp::Lt)
        }
        fn le(vm: &mut Vm, args: Args) -> PyResult {
            $f(vm, args, CompareOp::Le)
        }
        fn eq(vm: &mut Vm, args: Args) -> PyResult {
            $f(vm, args, CompareOp::Eq)
        }
        fn ne(vm: &mut Vm, args: Args) -> PyResult {
            $f(vm, args, CompareOp::Ne)
        }
        fn gt(vm: &mut Vm, args: Args) -> PyResult {
            $f(vm, args, CompareOp::Gt)
        }
        fn ge(vm: &mut Vm, args: Args) -> PyResult {
            $f(vm, args, CompareOp::Ge)
        }
        add_methods(
            $vm,
            $t,
            &[
                ("__lt__", lt),
                ("__le__", le),
                ("__eq__", eq),
                ("__ne__", ne),
                ("__gt__", gt),
                ("__ge__", ge),
            ],
        );
    }};
}

/// `d + other`: a copy of `d` (same type and `maxlen`) extended by the deque `other`.
fn deque_add(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = this_deque(vm, &args, "__add__")?;
    let other = slot_other(vm, &args, "__add__")?;
    if !other.payload_is::<PyDeque>() {
        // A Python class's `__radd__` gets its turn (CPython's nb_add comes first).
        if other.ty().flags.heaptype && {
            let n = vm.intern("__radd__");
            vm.lookup_special(other, &n)
        }
        .is_some()
        {
            return Ok(vm.not_implemented.clone());
        }
        return Err(vm.new_type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            other.ty().name()
        )));
    }
    let new = copy_of(vm, o, d)?;
    if let Some(nd) = new.downcast_ref::<PyDeque>() {
        extend(vm, &new, nd, other, false)?;
    }
    Ok(new)
}

fn deque_iadd(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = this_deque(vm, &args, "__iadd__")?;
    let other = slot_other(vm, &args, "__iadd__")?;
    extend(vm, o, d, other, false)?;
    Ok(o.clone())
}

/// Repeat the items `n` times in place, keeping the last `maxlen` of them.
fn repeat_in_place(vm: &mut Vm, d: &PyDeque, n: usize) -> PyResult<()> {
    let size = d.len();
    if n == 0 {
        let old = d.take_all();
        drop(old);
        return Ok(());
    }
    if n == 1 || size == 0 {
        return Ok(());
    }
    // CPython refuses a count past the address space even when `maxlen`
    // would keep a few items (a one-item deque excepted).
    let total = size.checked_mul(n).filter(|t| *t <= isize::MAX as usize);
    if total.is_none() && size > 1 {
        return Err(vm.new_memory_error());
    }
    let new: VecDeque<PyObjectRef> = match d.maxlen.get() {
        Some(m) if total.is_none_or(|t| t > m) => {
            // The last `m` items of the repetition start at `(size*n - m) mod size`.
            let items = d.items.borrow();
            let start = (size - m % size) % size;
            (0..m).map(|j| items[(start + j) % size].clone()).collect()
        }
        _ => {
            let Some(total) = total.filter(|t| *t <= isize::MAX as usize / std::mem::size_of::<PyObjectRef>()) else {
                return Err(vm.new_memory_error());
            };
            vm.check_alloc(total as u128 * std::mem::size_of::<PyObjectRef>() as u128)?;
            let mut out: VecDeque<PyObjectRef> = VecDeque::new();
            if out.try_reserve_exact(total).is_err() {
                return Err(vm.new_memory_error());
            }
            let items = d.items.borrow();
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            out
        }
    };
    let old = std::mem::replace(&mut *d.items.borrow_mut(), new);
    d.bump();
    drop(old);
    d.recharge(vm);
    Ok(())
}

/// The count of `d * n`: `None` if `n` is not an integer. Out-of-range
/// counts of either sign overflow, as in CPython.
fn repeat_arg(vm: &mut Vm, n: &PyObjectRef) -> PyResult<Option<usize>> {
    if let Some(IntValue::Big(_)) = n.downcast_ref::<PyInt>().map(|i| &i.value) {
        return Err(vm.new_overflow_error("cannot fit 'int' into an index-sized integer"));
    }
    repeat_count(vm, n)
}

fn deque_mul(vm: &mut Vm, args: Args) -> PyResult {
    deque_repeat(vm, args, "__mul__")
}

fn deque_rmul(vm: &mut Vm, args: Args) -> PyResult {
    deque_repeat(vm, args, "__rmul__")
}

fn deque_repeat(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    let (o, d) = this_deque(vm, &args, name)?;
    let other = count_operand(vm, &args, name)?;
    let Some(n) = repeat_arg(vm, other)? else {
        return repeat_non_int(vm, other);
    };
    let new = copy_of(vm, o, d)?;
    if let Some(nd) = new.downcast_ref::<PyDeque>() {
        repeat_in_place(vm, nd, n)?;
    }
    Ok(new)
}

fn deque_imul(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = this_deque(vm, &args, "__imul__")?;
    let other = count_operand(vm, &args, "__imul__")?;
    let Some(n) = repeat_arg(vm, other)? else {
        return repeat_non_int(vm, other);
    };
    repeat_in_place(vm, d, n)?;
    Ok(o.clone())
}

/// `__reduce__`: `(type(d), ()` or `((), maxlen)`, `__dict__` or None, `iter(d))`.
fn deque_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = this_deque(vm, &args, "__reduce__")?;
    no_args(vm, &args, "deque.__reduce__")?;
    let cls = o.class().clone();
    let ctor_args = match d.maxlen.get() {
        None => vm.new_tuple(vec![]),
        Some(m) => {
            let empty = vm.new_tuple(vec![]);
            let m = vm.new_int(m as i64);
            vm.new_tuple(vec![empty, m])
        }
    };
    let state = dict_state(vm, o);
    let it = new_deque_iter(vm, o, d, false)?;
    Ok(vm.new_tuple(vec![cls, ctor_args, state, it]))
}

fn deque_sizeof(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = this_deque(vm, &args, "__sizeof__")?;
    no_args(vm, &args, "deque.__sizeof__")?;
    let cap = d.items.borrow().capacity();
    let n = o.alloc_size() + cap * std::mem::size_of::<PyObjectRef>();
    Ok(vm.new_int(n as i64))
}

fn deque_maxlen(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    match o.downcast_ref::<PyDeque>().and_then(|d| d.maxlen.get()) {
        Some(m) => Ok(vm.new_int(m as i64)),
        None => Ok(vm.none()),
    }
}

// ----- deque iterators -----

/// `_deque_iterator` / `_deque_reverse_iterator`.
pub struct PyDequeIter {
    deque: PyObjectRef,
    /// The position of the next item (counting down when reversed).
    index: Cell<usize>,
    /// Items left to produce.
    counter: Cell<usize>,
    /// The deque's `state` when iteration began.
    state: u64,
    reverse: bool,
}

impl PyPayload for PyDequeIter {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.deque);
    }
}

fn new_deque_iter(vm: &mut Vm, o: &PyObjectRef, d: &PyDeque, reverse: bool) -> PyResult {
    let cls = state_type(vm, if reverse { DEQUE_REVITER } else { DEQUE_ITER })?;
    let n = d.len();
    Ok(PyObjectRef::new(
        PyDequeIter {
            deque: o.clone(),
            index: Cell::new(if reverse { n.wrapping_sub(1) } else { 0 }),
            counter: Cell::new(n),
            state: d.state.get(),
            reverse,
        },
        &cls,
    ))
}

fn deque_iter(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = this_deque(vm, &args, "__iter__")?;
    no_args(vm, &args, "deque.__iter__")?;
    new_deque_iter(vm, o, d, false)
}

fn deque_reversed(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = this_deque(vm, &args, "__reversed__")?;
    no_args(vm, &args, "deque.__reversed__")?;
    new_deque_iter(vm, o, d, true)
}

fn this_deque_iter<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<(&'a PyObjectRef, &'a PyDequeIter)> {
    match args.pos().first() {
        Some(o) => match o.downcast_ref::<PyDequeIter>() {
            Some(it) => Ok((o, it)),
            None => Err(vm.new_type_error(format!(
                "descriptor requires a '_collections._deque_iterator' object but received a '{}'",
                o.ty().name()
            ))),
        },
        None => Err(vm.new_type_error("descriptor needs an argument")),
    }
}

fn dequeiter_next(vm: &mut Vm, args: Args) -> PyResult {
    let (_, it) = this_deque_iter(vm, &args)?;
    match dequeiter_step(vm, it)? {
        Some(v) => Ok(v),
        None => Err(vm.new_stop_iteration(None)),
    }
}

/// One step of a deque iterator: `Ok(None)` at the end.
fn dequeiter_step(vm: &mut Vm, it: &PyDequeIter) -> PyResult<Option<PyObjectRef>> {
    let Some(d) = it.deque.downcast_ref::<PyDeque>() else {
        return Ok(None);
    };
    if d.state.get() != it.state {
        return Err(mutated(vm));
    }
    if it.counter.get() == 0 {
        return Ok(None);
    }
    let i = it.index.get();
    let Some(v) = d.get(i) else {
        return Err(mutated(vm));
    };
    it.index.set(if it.reverse { i.wrapping_sub(1) } else { i + 1 });
    it.counter.set(it.counter.get() - 1);
    Ok(Some(v))
}

/// `next(it)` for `Vm::iter_next`, without the method call.
fn dequeiter_native_next(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
    match o.downcast_ref::<PyDequeIter>() {
        Some(it) => dequeiter_step(vm, it),
        None => Err(vm.new_type_error(format!("'{}' object is not an iterator", o.ty().name()))),
    }
}

fn dequeiter_iter(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = this_deque_iter(vm, &args)?;
    Ok(o.clone())
}

fn dequeiter_length_hint(vm: &mut Vm, args: Args) -> PyResult {
    let (_, it) = this_deque_iter(vm, &args)?;
    Ok(vm.new_int(it.counter.get() as i64))
}

// ----- defaultdict -----

/// The `default_factory` of a defaultdict (its first slot), `None` if unset.
fn factory_of(o: &PyObjectRef) -> Option<PyObjectRef> {
    let cell = o.slots()?.first()?;
    let v = cell.take();
    let r = v.clone();
    cell.set(v);
    r
}

fn set_factory(o: &PyObjectRef, f: Option<PyObjectRef>) {
    if let Some(cell) = o.slots().and_then(|s| s.first()) {
        let old = cell.replace(f);
        drop(old);
    }
}

fn factory_or_none(vm: &Vm, o: &PyObjectRef) -> PyObjectRef {
    factory_of(o).unwrap_or_else(|| vm.none())
}

/// The descriptor applies to defaultdicts only (their first slot is the
/// factory; another class's first slot is not).
fn check_defaultdict(vm: &mut Vm, o: &PyObjectRef) -> PyResult<()> {
    if instance_of(vm, o, DEFAULTDICT) {
        return Ok(());
    }
    Err(vm.new_type_error(format!(
        "descriptor 'default_factory' for 'collections.defaultdict' objects doesn't apply to a '{}' object",
        o.ty().name()
    )))
}

fn get_default_factory(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    check_defaultdict(vm, o)?;
    Ok(factory_or_none(vm, o))
}

fn set_default_factory(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    check_defaultdict(vm, o)?;
    // `del d.default_factory` leaves None, as CPython's T_OBJECT member does.
    set_factory(o, v);
    Ok(())
}

/// `defaultdict(default_factory=None, /, *args, **kwargs)`.
fn defaultdict_init(vm: &mut Vm, args: Args) -> PyResult {
    let o = check_self(vm, &args, DEFAULTDICT, DEFAULTDICT_NAME, "__init__")?.clone();
    let pos = args.pos();
    let mut skip = 1;
    let factory = match pos.get(1) {
        Some(f) => {
            skip = 2;
            if vm.is_none(f) {
                None
            } else if is_callable(vm, f) {
                Some(f.clone())
            } else {
                return Err(vm.new_type_error("first argument must be callable or None"));
            }
        }
        None => None,
    };
    set_factory(&o, factory);
    let init = dict_method(vm, "__init__")?;
    let mut buf: ArgVec = ArgVec::with_capacity(args.items().len());
    buf.push(o);
    buf.extend(args.items()[skip..].iter().cloned());
    vm.call(&init, Args::new(&buf, args.kwnames()))
}

/// `d.__missing__(key)`: `d[key] = default_factory()`, or `KeyError`.
fn defaultdict_missing(vm: &mut Vm, args: Args) -> PyResult {
    let o = check_self(vm, &args, DEFAULTDICT, DEFAULTDICT_NAME, "__missing__")?;
    let key = one_arg(vm, &args, "defaultdict.__missing__")?;
    let Some(f) = factory_of(o) else {
        return Err(vm.new_key_error(key.clone()));
    };
    let v = vm.call_positional(&f, &[])?;
    vm.set_item(o, key, v.clone())?;
    Ok(v)
}

/// `defaultdict(<class 'list'>, {...})`.
fn defaultdict_repr(vm: &mut Vm, args: Args) -> PyResult {
    let o = check_self(vm, &args, DEFAULTDICT, DEFAULTDICT_NAME, "__repr__")?;
    no_args(vm, &args, "defaultdict.__repr__")?;
    let dict_repr = dict_method(vm, "__repr__")?;
    let body = vm.call_positional(&dict_repr, std::slice::from_ref(o))?;
    let body = vm.str_string(&body)?;
    let factory = match factory_of(o) {
        Some(f) => guarded_repr(vm, &f)?,
        None => "None".to_string(),
    };
    let name = short_name(o);
    Ok(vm.new_str(format!("{name}({factory}, {body})")))
}

/// `type(d)(d.default_factory, d)`.
fn defaultdict_copy_impl(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let cls = o.class().clone();
    let f = factory_or_none(vm, o);
    vm.call_positional(&cls, &[f, o.clone()])
}

fn defaultdict_copy(vm: &mut Vm, args: Args) -> PyResult {
    let o = check_self(vm, &args, DEFAULTDICT, DEFAULTDICT_NAME, "copy")?;
    no_args(vm, &args, "defaultdict.copy")?;
    defaultdict_copy_impl(vm, o)
}

fn defaultdict_dunder_copy(vm: &mut Vm, args: Args) -> PyResult {
    let o = check_self(vm, &args, DEFAULTDICT, DEFAULTDICT_NAME, "__copy__")?;
    no_args(vm, &args, "defaultdict.__copy__")?;
    defaultdict_copy_impl(vm, o)
}

/// `(type(d), (default_factory,) or (), None, None, iter(d.items()))`.
fn defaultdict_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let o = check_self(vm, &args, DEFAULTDICT, DEFAULTDICT_NAME, "__reduce__")?;
    no_args(vm, &args, "defaultdict.__reduce__")?;
    let cls = o.class().clone();
    let ctor_args = match factory_of(o) {
        Some(f) => vm.new_tuple(vec![f]),
        None => vm.new_tuple(vec![]),
    };
    let items = vm.call_method(o, "items", &[])?;
    let it = vm.get_iter(&items)?;
    let none = vm.none();
    Ok(vm.new_tuple(vec![cls, ctor_args, none.clone(), none, it]))
}

/// `left | right` where `this` (one of them) is the defaultdict: a copy of
/// `left` of `this`'s type and factory, updated with `right`.
fn defaultdict_or_impl(vm: &mut Vm, this: &PyObjectRef, left: &PyObjectRef, right: &PyObjectRef) -> PyResult {
    let other = if this.is(left) { right } else { left };
    if !other.payload_is::<PyDict>() {
        return Ok(vm.not_implemented.clone());
    }
    let cls = this.class().clone();
    let f = factory_or_none(vm, this);
    let new = vm.call_positional(&cls, &[f, left.clone()])?;
    let update = dict_method(vm, "update")?;
    vm.call_positional(&update, &[new.clone(), right.clone()])?;
    Ok(new)
}

fn defaultdict_or(vm: &mut Vm, args: Args) -> PyResult {
    let o = check_self(vm, &args, DEFAULTDICT, DEFAULTDICT_NAME, "__or__")?;
    let other = slot_other(vm, &args, "__or__")?;
    defaultdict_or_impl(vm, o, o, other)
}

fn defaultdict_ror(vm: &mut Vm, args: Args) -> PyResult {
    let o = check_self(vm, &args, DEFAULTDICT, DEFAULTDICT_NAME, "__ror__")?;
    let other = slot_other(vm, &args, "__ror__")?;
    defaultdict_or_impl(vm, o, other, o)
}

// ----- OrderedDict -----
//
// The order is the dict's own insertion order. The table is reached through
// `PyDict::table`; lookups that compare keys with `==` release it first.

fn table_of(o: &PyObjectRef) -> Option<&RefCell<DictTable>> {
    o.downcast_ref::<PyDict>().map(|d| &d.table)
}

/// The entry position of `key` (hash `hash`) in `o`'s table, comparing keys
/// with `==` (the table may change meanwhile: then the search restarts).
fn od_find(vm: &mut Vm, o: &PyObjectRef, key: &PyObjectRef, hash: i64) -> PyResult<Option<usize>> {
    let Some(table) = table_of(o) else { return Ok(None) };
    'restart: loop {
        let mut probe = table.borrow().probe_start(hash);
        loop {
            let (step, version) = {
                let t = table.borrow();
                (t.step(hash, probe), t.version)
            };
            match step {
                Step::Absent(_) => return Ok(None),
                Step::Candidate(p, ix) => {
                    let cand = match table.borrow().entry(ix) {
                        Some(e) => e.key.clone(),
                        None => continue 'restart,
                    };
                    let equal = cand.is(key) || {
                        let r = vm.eq(&cand, key)?;
                        if table.borrow().version != version {
                            continue 'restart;
                        }
                        r
                    };
                    if equal {
                        return Ok(Some(ix));
                    }
                    probe = table.borrow().next(p);
                }
            }
        }
    }
}

/// Insert an entry whose key is known to be absent, at the end of the order.
fn table_push(t: &mut DictTable, e: DictEntry) {
    let mut probe = t.probe_start(e.hash);
    loop {
        match t.step(e.hash, probe) {
            Step::Absent(p) => {
                t.insert_new(p, e.hash, e.key, e.value);
                return;
            }
            Step::Candidate(p, _) => probe = t.next(p),
        }
    }
}

/// Rebuild the table with `first` (if any) before the live entries: drops the
/// deleted entries, and is how an entry moves to the front.
fn table_rebuild(t: &mut DictTable, first: Option<DictEntry>) {
    let mut new = DictTable::with_capacity(t.len() + 1);
    if let Some(e) = first {
        table_push(&mut new, e);
    }
    for e in t.iter() {
        table_push(&mut new, e.clone());
    }
    new.version = t.version.wrapping_add(1);
    *t = new;
}

/// The position of the first live entry.
fn first_live(t: &DictTable) -> Option<usize> {
    (0..t.entries_len()).find(|&ix| t.entry(ix).is_some())
}

/// The position of the last live entry.
fn last_live(t: &DictTable) -> Option<usize> {
    (0..t.entries_len()).rev().find(|&ix| t.entry(ix).is_some())
}

/// Remove the first entry. Deleted entries pile up at the front of the table
/// when items are popped there (a FIFO): once that run is long for the
/// dict's size, the table is compacted, so the walk to the first entry stays
/// short (about the square root of the size).
fn pop_first(t: &mut DictTable) -> Option<DictEntry> {
    let ix = first_live(t)?;
    let e = t.remove_at(ix);
    let run = ix + 1;
    if run > 16 && run * run > 2 * t.len() {
        table_rebuild(t, None);
    }
    e
}

/// Remove the last entry; a long run of deleted entries left at the end is
/// compacted away as in [`pop_first`] (a LIFO would walk it each time).
fn pop_last(t: &mut DictTable) -> Option<DictEntry> {
    let ix = last_live(t)?;
    let run = t.entries_len() - ix;
    let e = t.remove_at(ix);
    if run > 16 && run * run > 2 * t.len() {
        table_rebuild(t, None);
    }
    e
}

fn this_od<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyObjectRef> {
    check_self(vm, args, ODICT, ODICT_NAME, name)
}

fn is_exact_od(vm: &mut Vm, o: &PyObjectRef) -> bool {
    let found = vm.module_state.borrow().get(ODICT).cloned();
    found.is_some_and(|t| o.class().is(&t))
}

/// `od[key] = value`: straight into the table for an exact OrderedDict, else
/// through `__setitem__` (a subclass may override it).
fn od_set(vm: &mut Vm, o: &PyObjectRef, exact: bool, key: PyObjectRef, value: PyObjectRef) -> PyResult<()> {
    if exact {
        vm.dict_set(o, key, value)
    } else {
        vm.set_item(o, &key, value)
    }
}

/// Add `(key, value)` pairs from an iterable (`mutablemapping_add_pairs`).
fn od_add_pairs(vm: &mut Vm, o: &PyObjectRef, exact: bool, pairs: &PyObjectRef) -> PyResult<()> {
    let it = vm.get_iter(pairs)?;
    while let Some(pair) = vm.iter_next(&it)? {
        let (k, v) = if let Some(t) = pair.downcast_ref::<PyTuple>().filter(|t| t.items.len() == 2) {
            (t.items[0].clone(), t.items[1].clone())
        } else {
            let inner = vm.get_iter(&pair)?;
            let Some(k) = vm.iter_next(&inner)? else {
                return Err(vm.new_value_error("need more than 0 values to unpack"));
            };
            let Some(v) = vm.iter_next(&inner)? else {
                return Err(vm.new_value_error("need more than 1 value to unpack"));
            };
            if vm.iter_next(&inner)?.is_some() {
                return Err(vm.new_value_error("too many values to unpack (expected 2)"));
            }
            (k, v)
        };
        od_set(vm, o, exact, k, v)?;
    }
    Ok(())
}

/// `MutableMapping.update` for one argument: an exact dict's items, a
/// mapping's `keys()` and `[key]`, an object's `items()`, or pairs.
fn od_update_arg(vm: &mut Vm, o: &PyObjectRef, arg: &PyObjectRef) -> PyResult<()> {
    let exact = is_exact_od(vm, o);
    if arg.class().is(&vm.types.dict) {
        let items = arg.downcast_ref::<PyDict>().map(|d| d.items_vec()).unwrap_or_default();
        for (k, v) in items {
            od_set(vm, o, exact, k, v)?;
        }
        return Ok(());
    }
    let keys_name = vm.names.keys.clone();
    if let Some(keys) = vm.get_attr_opt(arg, &keys_name)? {
        let keys = vm.call_positional(&keys, &[])?;
        let it = vm.get_iter(&keys)?;
        while let Some(k) = vm.iter_next(&it)? {
            let v = vm.get_item(arg, &k)?;
            od_set(vm, o, exact, k, v)?;
        }
        return Ok(());
    }
    let items_name = vm.names.items.clone();
    if let Some(items) = vm.get_attr_opt(arg, &items_name)? {
        let items = vm.call_positional(&items, &[])?;
        return od_add_pairs(vm, o, exact, &items);
    }
    od_add_pairs(vm, o, exact, arg)
}

/// `update(other=(), /, **kwds)` and `__init__`.
fn od_update_common(vm: &mut Vm, o: &PyObjectRef, args: &Args, init: bool) -> PyResult<()> {
    let rest = &args.pos()[1..];
    if rest.len() > 1 {
        return Err(vm.new_type_error(if init {
            format!("expected at most 1 arguments, got {}", rest.len())
        } else {
            format!("update() takes at most 1 positional argument ({} given)", rest.len())
        }));
    }
    if let Some(arg) = rest.first() {
        od_update_arg(vm, o, arg)?;
    }
    let exact = is_exact_od(vm, o);
    for (k, v) in args.kwargs() {
        let key = vm.intern(k);
        od_set(vm, o, exact, key, v.clone())?;
    }
    Ok(())
}

fn od_init(vm: &mut Vm, args: Args) -> PyResult {
    let o = this_od(vm, &args, "__init__")?;
    od_update_common(vm, o, &args, true)?;
    Ok(vm.none())
}

fn od_update(vm: &mut Vm, args: Args) -> PyResult {
    let o = this_od(vm, &args, "update")?;
    od_update_common(vm, o, &args, false)?;
    Ok(vm.none())
}

/// `OrderedDict([('a', 1)])`, `OrderedDict()`; `...` inside itself.
fn od_repr(vm: &mut Vm, args: Args) -> PyResult {
    let o = this_od(vm, &args, "__repr__")?;
    no_args(vm, &args, "OrderedDict.__repr__")?;
    let name = short_name(o);
    if o.downcast_ref::<PyDict>().is_some_and(|d| d.is_empty()) {
        return Ok(vm.new_str(format!("{name}()")));
    }
    if !repr_enter(vm, o) {
        return Ok(vm.new_str("..."));
    }
    let r = (|| {
        let pairs = if is_exact_od(vm, o) {
            let items = o.downcast_ref::<PyDict>().map(|d| d.items_vec()).unwrap_or_default();
            items.into_iter().map(|(k, v)| vm.new_tuple(vec![k, v])).collect()
        } else {
            let items = vm.call_method(o, "items", &[])?;
            vm.collect(&items)?
        };
        let list = vm.new_list(pairs);
        vm.repr_string(&list)
    })();
    repr_leave(vm, o);
    let r = r?;
    Ok(vm.new_str(format!("{name}({r})")))
}

/// `==` and `!=`: as dicts, and in the same order when both are OrderedDicts.
fn od_compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult {
    let name = if op == CompareOp::Eq { "__eq__" } else { "__ne__" };
    let a = this_od(vm, &args, name)?;
    let b = slot_other(vm, &args, name)?;
    if !b.payload_is::<PyDict>() {
        return Ok(vm.not_implemented.clone());
    }
    let dict_eq = dict_method(vm, "__eq__")?;
    let r = vm.call_positional(&dict_eq, &[a.clone(), b.clone()])?;
    let mut equal = vm.is_true(&r)?;
    if equal && instance_of(vm, b, ODICT) {
        let ka = a.downcast_ref::<PyDict>().map(|d| d.keys_vec()).unwrap_or_default();
        let kb = b.downcast_ref::<PyDict>().map(|d| d.keys_vec()).unwrap_or_default();
        if ka.len() != kb.len() {
            equal = false;
        } else {
            for (x, y) in ka.iter().zip(&kb) {
                if !(x.is(y) || vm.eq(x, y)?) {
                    equal = false;
                    break;
                }
            }
        }
    }
    Ok(vm.new_bool(if op == CompareOp::Eq { equal } else { !equal }))
}

fn od_eq(vm: &mut Vm, args: Args) -> PyResult {
    od_compare(vm, args, CompareOp::Eq)
}

fn od_ne(vm: &mut Vm, args: Args) -> PyResult {
    od_compare(vm, args, CompareOp::Ne)
}

/// `move_to_end(key, last=True)`.
fn od_move_to_end(vm: &mut Vm, args: Args) -> PyResult {
    let o = this_od(vm, &args, "move_to_end")?;
    let [key, last] = clinic(vm, &args, "move_to_end", ["key", "last"], 1)?;
    let key = key.unwrap_or_else(|| vm.none());
    let last = match last {
        Some(l) => vm.is_true(&l)?,
        None => true,
    };
    let hash = vm.hash(&key)?;
    let Some(ix) = od_find(vm, o, &key, hash)? else {
        return Err(vm.new_key_error(key));
    };
    let Some(table) = table_of(o) else {
        return Ok(vm.none());
    };
    let mut t = table.borrow_mut();
    let edge = if last { last_live(&t) } else { first_live(&t) };
    if edge == Some(ix) {
        return Ok(vm.none());
    }
    if let Some(e) = t.remove_at(ix) {
        if last {
            table_push(&mut t, e);
        } else {
            table_rebuild(&mut t, Some(e));
        }
    }
    Ok(vm.none())
}

/// `popitem(last=True)`: the last (or first) pair.
fn od_popitem(vm: &mut Vm, args: Args) -> PyResult {
    let o = this_od(vm, &args, "popitem")?;
    let [last] = clinic(vm, &args, "popitem", ["last"], 0)?;
    let last = match last {
        Some(l) => vm.is_true(&l)?,
        None => true,
    };
    let e = table_of(o).and_then(|t| {
        let mut t = t.borrow_mut();
        if last {
            pop_last(&mut t)
        } else {
            pop_first(&mut t)
        }
    });
    match e {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => {
            let msg = vm.new_str("dictionary is empty");
            Err(vm.new_key_error(msg))
        }
    }
}

/// `pop(key[, default])`.
fn od_pop(vm: &mut Vm, args: Args) -> PyResult {
    let o = this_od(vm, &args, "pop")?;
    let [key, default] = clinic(vm, &args, "pop", ["key", "default"], 1)?;
    let key = key.unwrap_or_else(|| vm.none());
    match vm.dict_pop(o, &key)? {
        Some(v) => Ok(v),
        None => default.ok_or_else(|| vm.new_key_error(key)),
    }
}

/// `setdefault(key, default=None)`.
fn od_setdefault(vm: &mut Vm, args: Args) -> PyResult {
    let o = this_od(vm, &args, "setdefault")?;
    let [key, default] = clinic(vm, &args, "setdefault", ["key", "default"], 1)?;
    let key = key.unwrap_or_else(|| vm.none());
    if let Some(v) = vm.dict_get_item_opt(o, &key)? {
        return Ok(v);
    }
    let default = default.unwrap_or_else(|| vm.none());
    let exact = is_exact_od(vm, o);
    od_set(vm, o, exact, key, default.clone())?;
    Ok(default)
}

/// How much `clear()` advances the table's version: CPython's `clear` leaves
/// an OrderedDict's state alone, so its iterators then report a changed
/// size, not a mutation; any other change adds 1 on top.
const CLEAR_MARK: u64 = 1 << 40;

fn od_clear(vm: &mut Vm, args: Args) -> PyResult {
    let o = this_od(vm, &args, "clear")?;
    no_args(vm, &args, "OrderedDict.clear")?;
    let old = table_of(o).map(|t| {
        let mut t = t.borrow_mut();
        let version = t.version;
        let old = std::mem::take(&mut *t);
        t.version = version.wrapping_add(CLEAR_MARK);
        old
    });
    drop(old);
    Ok(vm.none())
}

/// `copy()`: `type(od)()` filled in order.
fn od_copy(vm: &mut Vm, args: Args) -> PyResult {
    let o = this_od(vm, &args, "copy")?;
    no_args(vm, &args, "OrderedDict.copy")?;
    let cls = o.class().clone();
    let new = vm.call_positional(&cls, &[])?;
    let exact = is_exact_od(vm, o);
    let items = o.downcast_ref::<PyDict>().map(|d| d.items_vec()).unwrap_or_default();
    for (k, v) in items {
        if exact {
            vm.dict_set(&new, k, v)?;
        } else {
            let v = vm.get_item(o, &k)?;
            vm.set_item(&new, &k, v)?;
        }
    }
    Ok(new)
}

/// `OrderedDict.fromkeys(iterable, value=None)` (a class method).
fn od_fromkeys(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos().first().cloned() else {
        return Err(vm.new_type_error("fromkeys() needs a class"));
    };
    let [iterable, value] = clinic(vm, &args, "fromkeys", ["iterable", "value"], 1)?;
    let iterable = iterable.unwrap_or_else(|| vm.none());
    let value = value.unwrap_or_else(|| vm.none());
    let new = vm.call_positional(&cls, &[])?;
    let it = vm.get_iter(&iterable)?;
    while let Some(k) = vm.iter_next(&it)? {
        vm.set_item(&new, &k, value.clone())?;
    }
    Ok(new)
}

/// `(type(od), (), __dict__ or None, None, iter(od.items()))`.
fn od_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let o = this_od(vm, &args, "__reduce__")?;
    no_args(vm, &args, "OrderedDict.__reduce__")?;
    let cls = o.class().clone();
    let state = dict_state(vm, o);
    let items = vm.call_method(o, "items", &[])?;
    let it = vm.get_iter(&items)?;
    let empty = vm.new_tuple(vec![]);
    let none = vm.none();
    Ok(vm.new_tuple(vec![cls, empty, state, none, it]))
}

/// `left | right` where `this` is the OrderedDict: `type(this)(left)`
/// updated with `right`.
fn od_or_impl(vm: &mut Vm, this: &PyObjectRef, left: &PyObjectRef, right: &PyObjectRef) -> PyResult {
    let other = if this.is(left) { right } else { left };
    if !other.payload_is::<PyDict>() {
        return Ok(vm.not_implemented.clone());
    }
    let cls = this.class().clone();
    let new = vm.call_positional(&cls, std::slice::from_ref(left))?;
    od_update_arg(vm, &new, right)?;
    Ok(new)
}

fn od_or(vm: &mut Vm, args: Args) -> PyResult {
    let o = this_od(vm, &args, "__or__")?;
    let other = slot_other(vm, &args, "__or__")?;
    od_or_impl(vm, o, o, other)
}

fn od_ror(vm: &mut Vm, args: Args) -> PyResult {
    let o = this_od(vm, &args, "__ror__")?;
    let other = slot_other(vm, &args, "__ror__")?;
    od_or_impl(vm, o, other, o)
}

fn od_ior(vm: &mut Vm, args: Args) -> PyResult {
    let o = this_od(vm, &args, "__ior__")?;
    let other = slot_other(vm, &args, "__ior__")?;
    od_update_arg(vm, o, other)?;
    Ok(o.clone())
}

fn od_iter(vm: &mut Vm, args: Args) -> PyResult {
    let o = this_od(vm, &args, "__iter__")?;
    no_args(vm, &args, "OrderedDict.__iter__")?;
    new_od_iter(vm, o, DictIterKind::Keys, false)
}

fn od_reversed(vm: &mut Vm, args: Args) -> PyResult {
    let o = this_od(vm, &args, "__reversed__")?;
    no_args(vm, &args, "OrderedDict.__reversed__")?;
    new_od_iter(vm, o, DictIterKind::Keys, true)
}

fn od_view(vm: &mut Vm, args: Args, kind: DictIterKind) -> PyResult {
    let (name, key) = match kind {
        DictIterKind::Keys => ("keys", ODICT_KEYS),
        DictIterKind::Values => ("values", ODICT_VALUES),
        DictIterKind::Items => ("items", ODICT_ITEMS),
    };
    let o = this_od(vm, &args, name)?;
    no_args(vm, &args, &format!("OrderedDict.{name}"))?;
    let cls = state_type(vm, key)?;
    Ok(PyObjectRef::new(PyDictView { dict: o.clone(), kind }, &cls))
}

fn od_keys(vm: &mut Vm, args: Args) -> PyResult {
    od_view(vm, args, DictIterKind::Keys)
}

fn od_values(vm: &mut Vm, args: Args) -> PyResult {
    od_view(vm, args, DictIterKind::Values)
}

fn od_items(vm: &mut Vm, args: Args) -> PyResult {
    od_view(vm, args, DictIterKind::Items)
}

// ----- OrderedDict iterators and views -----

/// `odict_iterator`: walks the table's entry positions, forwards or back.
pub struct PyODictIter {
    od: PyObjectRef,
    /// The next entry position to look at (reversed: one past it); `None`
    /// once exhausted.
    pos: Cell<Option<usize>>,
    /// The table's version and size when iteration began.
    version: u64,
    size: Cell<Option<usize>>,
    kind: DictIterKind,
    reverse: bool,
}

impl PyPayload for PyODictIter {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.od);
    }
}

/// The next live entry position at or after `from` (reversed: before `from`).
fn next_live(t: &DictTable, from: usize, reverse: bool) -> Option<usize> {
    if reverse {
        (0..from.min(t.entries_len())).rev().find(|&ix| t.entry(ix).is_some())
    } else {
        (from..t.entries_len()).find(|&ix| t.entry(ix).is_some())
    }
}

fn new_od_iter(vm: &mut Vm, o: &PyObjectRef, kind: DictIterKind, reverse: bool) -> PyResult {
    let cls = state_type(vm, ODICT_ITER)?;
    let (pos, version, size) = match table_of(o) {
        Some(t) => {
            let t = t.borrow();
            let start = if reverse { t.entries_len() } else { 0 };
            let first = next_live(&t, start, reverse).map(|ix| if reverse { ix + 1 } else { ix });
            (first, t.version, t.len())
        }
        None => (None, 0, 0),
    };
    Ok(PyObjectRef::new(
        PyODictIter {
            od: o.clone(),
            pos: Cell::new(pos),
            version,
            size: Cell::new(Some(size)),
            kind,
            reverse,
        },
        &cls,
    ))
}

fn this_od_iter<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<(&'a PyObjectRef, &'a PyODictIter)> {
    match args.pos().first() {
        Some(o) => match o.downcast_ref::<PyODictIter>() {
            Some(it) => Ok((o, it)),
            None => Err(vm.new_type_error(format!(
                "descriptor requires a 'odict_iterator' object but received a '{}'",
                o.ty().name()
            ))),
        },
        None => Err(vm.new_type_error("descriptor needs an argument")),
    }
}

fn oditer_next(vm: &mut Vm, args: Args) -> PyResult {
    let (_, it) = this_od_iter(vm, &args)?;
    let Some(pos) = it.pos.get() else {
        return Err(vm.new_stop_iteration(None));
    };
    let Some(table) = table_of(&it.od) else {
        return Err(vm.new_stop_iteration(None));
    };
    let t = table.borrow();
    if it.size.get().is_none() {
        return Err(vm.new_runtime_error("OrderedDict changed size during iteration"));
    }
    if t.version != it.version {
        let diff = t.version.wrapping_sub(it.version);
        if diff % CLEAR_MARK == 0 && it.size.get() != Some(t.len()) {
            // Only `clear()` since (see CLEAR_MARK): the error repeats.
            it.size.set(None);
            return Err(vm.new_runtime_error("OrderedDict changed size during iteration"));
        }
        it.pos.set(None);
        return Err(vm.new_runtime_error("OrderedDict mutated during iteration"));
    }
    let ix = if it.reverse { pos.wrapping_sub(1) } else { pos };
    let Some(e) = t.entry(ix) else {
        it.pos.set(None);
        return Err(vm.new_runtime_error("OrderedDict mutated during iteration"));
    };
    let (k, v) = (e.key.clone(), e.value.clone());
    // Look ahead now: an iterator that has produced the last entry is done,
    // whatever is added later (CPython keeps the next node).
    let next = if it.reverse {
        next_live(&t, ix, true).map(|j| j + 1)
    } else {
        next_live(&t, ix + 1, false)
    };
    drop(t);
    it.pos.set(next);
    Ok(match it.kind {
        DictIterKind::Keys => k,
        DictIterKind::Values => v,
        DictIterKind::Items => vm.new_tuple(vec![k, v]),
    })
}

fn oditer_iter(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = this_od_iter(vm, &args)?;
    Ok(o.clone())
}

fn this_view<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<&'a PyDictView> {
    match args.pos().first().and_then(|o| o.downcast_ref::<PyDictView>()) {
        Some(v) => Ok(v),
        None => Err(vm.new_type_error("descriptor requires an 'odict_keys' object")),
    }
}

fn odview_iter(vm: &mut Vm, args: Args) -> PyResult {
    let v = this_view(vm, &args)?;
    let (od, kind) = (v.dict.clone(), v.kind);
    new_od_iter(vm, &od, kind, false)
}

fn odview_reversed(vm: &mut Vm, args: Args) -> PyResult {
    let v = this_view(vm, &args)?;
    let (od, kind) = (v.dict.clone(), v.kind);
    new_od_iter(vm, &od, kind, true)
}

// ----- Counter and namedtuple helpers -----

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1`
/// for each `x`; straight on the table when `mapping`'s `get` and
/// `__setitem__` are dict's own.
fn count_elements(vm: &mut Vm, args: Args) -> PyResult {
    let [mapping, iterable] = args.exact::<2>(vm, "_count_elements")?;
    let it = vm.get_iter(iterable)?;
    let one = vm.new_int(1);
    let fast = mapping.payload_is::<PyDict>() && {
        let get = vm.intern("get");
        let set = vm.names.__setitem__.clone();
        let t = mapping.ty();
        let d = vm.types.dict.ty_payload();
        let same = |n: &PyObjectRef| matches!((t.lookup(n), d.get_own(n)), (Some(a), Some(b)) if a.is(&b));
        same(&get) && same(&set)
    };
    let getter = if fast {
        None
    } else {
        let get = vm.intern("get");
        Some(vm.get_attr(mapping, &get)?)
    };
    let zero = vm.new_int(0);
    let mut n = 0usize;
    while let Some(x) = vm.iter_next(&it)? {
        if fast {
            // One hash and one probe for the lookup and the store.
            let hash = vm.hash(&x)?;
            vm.dict_update_hashed(mapping, x, hash, |vm, old| match old {
                None => Ok(one.clone()),
                Some(o) => increment(vm, &o, &one),
            })?;
            n += 1;
            if n % kaa_vm::limits::LONG_LOOP == 0 {
                vm.check_long_loop(0)?;
            }
            continue;
        }
        let old = match &getter {
            None => vm.dict_get_item_opt(mapping, &x)?,
            Some(get) => Some(vm.call_positional(get, &[x.clone(), zero.clone()])?),
        };
        let new = match old {
            None => one.clone(),
            Some(o) => increment(vm, &o, &one)?,
        };
        vm.set_item(mapping, &x, new)?;
        n += 1;
        if n % kaa_vm::limits::LONG_LOOP == 0 {
            vm.check_long_loop(0)?;
        }
    }
    Ok(vm.none())
}

/// `count + 1` (an exact small int in place, anything else by `+`).
fn increment(vm: &mut Vm, count: &PyObjectRef, one: &PyObjectRef) -> PyResult {
    match count.downcast_ref::<PyInt>().map(|i| &i.value) {
        Some(IntValue::Small(v)) if count.class().is(&vm.types.int) && *v < i64::MAX => Ok(vm.new_int(v + 1)),
        _ => vm.binary_op(count, one, BinaryOp::Add, false),
    }
}

/// Never called: the field accessors run their closure (`data`).
fn unreachable_native(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

/// `_tuplegetter(index, doc)`: the read-only attribute of a `namedtuple`
/// field, a property whose getter returns item `index` of the tuple.
fn tuplegetter(vm: &mut Vm, args: Args) -> PyResult {
    let [index, doc] = args.exact::<2>(vm, "_tuplegetter")?;
    let i = ssize_arg(vm, index)?;
    let get: Arc<dyn Fn(&mut Vm, Args) -> PyResult> = Arc::new(move |vm: &mut Vm, args: Args| {
        let Some(o) = args.pos().first() else {
            return Err(vm.new_type_error("_tuplegetter needs an argument"));
        };
        match o.downcast_ref::<PyTuple>() {
            Some(t) => usize::try_from(i)
                .ok()
                .and_then(|i| t.items.get(i))
                .cloned()
                .ok_or_else(|| vm.new_index_error("tuple index out of range")),
            None => Err(vm.new_type_error(format!(
                "descriptor for index '{i}' for tuple subclasses doesn't apply to '{}' object",
                o.ty().name()
            ))),
        }
    });
    let fget = PyObjectRef::new(
        PyBuiltinFunction {
            name: "_tuplegetter",
            owner: None,
            func: unreachable_native,
            binding: Binding::Function,
            self_: None,
            needs_frame: false,
            data: Some(get),
        },
        &vm.types.builtin_function,
    );
    let doc = if vm.is_none(doc) { None } else { Some(doc.clone()) };
    let prop = PyProperty {
        fget: Some(fget),
        fset: None,
        fdel: None,
        doc,
        name: Default::default(),
        tuple_field: true,
    };
    let cls = vm.types.property.clone();
    Ok(vm.new_instance(prop, &cls))
}

/// `namedtuple(...)`: `collections._namedtuple` with `module` defaulting to
/// the caller's `__name__` (what CPython finds with `sys._getframe(1)`).
fn namedtuple(vm: &mut Vm, args: Args) -> PyResult {
    let caller = vm.caller.take();
    let module_name = match caller {
        Some(c) => c
            .globals
            .downcast_ref::<PyDict>()
            .and_then(|d| d.get_str(vm, "__name__")),
        None => None,
    }
    .filter(|n| n.payload_is::<PyStr>())
    .unwrap_or_else(|| vm.new_str("__main__"));
    let m = kaa_vm::import::import_module(vm, "collections")?;
    let name = vm.intern("_namedtuple");
    let f = vm.get_attr(&m, &name)?;
    let npos = args.pos().len();
    let mut items: Vec<PyObjectRef> = args.items().to_vec();
    let mut kwnames: Vec<PyObjectRef> = args.kwnames().to_vec();
    match args.kwargs().position(|(k, _)| k == "module") {
        Some(i) if vm.is_none(&items[npos + i]) => items[npos + i] = module_name,
        Some(_) => {}
        // Too many positional arguments: the call fails, with the message
        // for the arguments as given.
        None if npos > 2 => {}
        None => {
            items.push(module_name);
            kwnames.push(vm.intern("module"));
        }
    }
    vm.call(&f, Args::new(&items, &kwnames))
}

// ----- the module -----

fn register(vm: &mut Vm, key: &str, cls: &PyObjectRef) {
    vm.module_state.borrow_mut().insert(key.to_string(), cls.clone());
}

fn set_doc(vm: &mut Vm, cls: &PyObjectRef, doc: &str) {
    let d = vm.new_str(doc);
    vm.set_type_attr(cls, "__doc__", d);
}

fn init_deque(vm: &mut Vm) -> PyObjectRef {
    let flags = TypeFlags {
        has_dict: false,
        basetype: true,
        heaptype: false,
    };
    let deque = make_type::<PyDeque>(vm, DEQUE_NAME, None, flags, 0);
    deque.ty_payload().weakrefable.set(true);
    deque.ty_payload().collection_flags.set(kaa_vm::pattern::SEQUENCE);
    vm.add_static(&deque, "__new__", deque_new);
    add_methods(
        vm,
        &deque,
        &[
            ("__init__", deque_init),
            ("__repr__", deque_repr),
            ("__iter__", deque_iter),
            ("__reversed__", deque_reversed),
            ("__len__", deque_len),
            ("__getitem__", deque_getitem),
            ("__setitem__", deque_setitem),
            ("__delitem__", deque_delitem),
            ("__contains__", deque_contains),
            ("__add__", deque_add),
            ("__mul__", deque_mul),
            ("__rmul__", deque_rmul),
            ("__iadd__", deque_iadd),
            ("__imul__", deque_imul),
            ("__copy__", deque_dunder_copy),
            ("__reduce__", deque_reduce),
            ("__sizeof__", deque_sizeof),
            ("append", deque_append),
            ("appendleft", deque_appendleft),
            ("pop", deque_pop),
            ("popleft", deque_popleft),
            ("extend", deque_extend),
            ("extendleft", deque_extendleft),
            ("rotate", deque_rotate),
            ("clear", deque_clear),
            ("copy", deque_copy),
            ("count", deque_count),
            ("index", deque_index),
            ("insert", deque_insert),
            ("remove", deque_remove),
            ("reverse", deque_reverse),
        ],
    );
    compare_methods!(vm, &deque, deque_compare);
    let none = vm.none();
    vm.set_type_attr(&deque, "__hash__", none);
    vm.add_getset(&deque, "maxlen", deque_maxlen, None);
    deque.ty_payload().native_len.set(Some(deque_native_len));
    deque.ty_payload().native_item.set(Some(deque_native_item));
    vm.add_classmethod(&deque, "__class_getitem__", generic_alias);
    set_doc(
        vm,
        &deque,
        "deque([iterable[, maxlen]]) --> deque object\n\n\
         A list-like sequence optimized for data accesses near its endpoints.",
    );
    register(vm, DEQUE, &deque);

    let plain = TypeFlags::default();
    for (key, name) in [
        (DEQUE_ITER, "_collections._deque_iterator"),
        (DEQUE_REVITER, "_collections._deque_reverse_iterator"),
    ] {
        let it = make_type::<PyDequeIter>(vm, name, None, plain, 0);
        add_methods(
            vm,
            &it,
            &[
                ("__next__", dequeiter_next),
                ("__iter__", dequeiter_iter),
                ("__length_hint__", dequeiter_length_hint),
            ],
        );
        it.ty_payload().native_next.set(Some(dequeiter_native_next));
        register(vm, key, &it);
    }
    deque
}

fn init_defaultdict(vm: &mut Vm) -> PyObjectRef {
    let flags = TypeFlags {
        has_dict: false,
        basetype: true,
        heaptype: false,
    };
    let dict = vm.types.dict.clone();
    let dd = make_type::<PyDict>(vm, DEFAULTDICT_NAME, Some(&dict), flags, 1);
    add_methods(
        vm,
        &dd,
        &[
            ("__init__", defaultdict_init),
            ("__repr__", defaultdict_repr),
            ("__missing__", defaultdict_missing),
            ("__or__", defaultdict_or),
            ("__ror__", defaultdict_ror),
            ("copy", defaultdict_copy),
            ("__copy__", defaultdict_dunder_copy),
            ("__reduce__", defaultdict_reduce),
        ],
    );
    vm.add_getset(&dd, "default_factory", get_default_factory, Some(set_default_factory));
    set_doc(
        vm,
        &dd,
        "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n\
         The default factory is called without arguments to produce\n\
         a new value when a key is not present, in __getitem__ only.\n\
         A defaultdict compares equal to a dict with the same items.\n\
         All remaining arguments are treated the same as if they were\n\
         passed to the dict constructor, including keyword arguments.\n",
    );
    register(vm, DEFAULTDICT, &dd);
    dd
}

fn init_odict(vm: &mut Vm) -> PyObjectRef {
    let flags = TypeFlags {
        has_dict: true,
        basetype: true,
        heaptype: false,
    };
    let dict = vm.types.dict.clone();
    let od = make_type::<PyDict>(vm, ODICT_NAME, Some(&dict), flags, 0);
    od.ty_payload().weakrefable.set(true);
    add_methods(
        vm,
        &od,
        &[
            ("__init__", od_init),
            ("__repr__", od_repr),
            ("__eq__", od_eq),
            ("__ne__", od_ne),
            ("__iter__", od_iter),
            ("__reversed__", od_reversed),
            ("__or__", od_or),
            ("__ror__", od_ror),
            ("__ior__", od_ior),
            ("__reduce__", od_reduce),
            ("update", od_update),
            ("move_to_end", od_move_to_end),
            ("popitem", od_popitem),
            ("pop", od_pop),
            ("setdefault", od_setdefault),
            ("clear", od_clear),
            ("copy", od_copy),
            ("keys", od_keys),
            ("values", od_values),
            ("items", od_items),
        ],
    );
    vm.add_classmethod(&od, "fromkeys", od_fromkeys);
    let none = vm.none();
    vm.set_type_attr(&od, "__hash__", none);
    set_doc(vm, &od, "Dictionary that remembers insertion order");
    register(vm, ODICT, &od);

    let it = make_type::<PyODictIter>(vm, "odict_iterator", None, TypeFlags::default(), 0);
    add_methods(vm, &it, &[("__next__", oditer_next), ("__iter__", oditer_iter)]);
    register(vm, ODICT_ITER, &it);
    let views = [
        (ODICT_KEYS, "odict_keys", vm.types.dict_keys.clone()),
        (ODICT_VALUES, "odict_values", vm.types.dict_values.clone()),
        (ODICT_ITEMS, "odict_items", vm.types.dict_items.clone()),
    ];
    for (key, name, base) in views {
        let v = make_type::<PyDictView>(vm, name, Some(&base), TypeFlags::default(), 0);
        add_methods(vm, &v, &[("__iter__", odview_iter), ("__reversed__", odview_reversed)]);
        register(vm, key, &v);
    }
    od
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_collections", None)?;
    let deque = init_deque(vm);
    let dd = init_defaultdict(vm);
    let od = init_odict(vm);
    let modname = vm.new_str("collections");
    for cls in [&deque, &dd, &od] {
        vm.set_type_attr(cls, "__module__", modname.clone());
    }
    vm.dict_set_str(&d, "deque", deque)?;
    vm.dict_set_str(&d, "defaultdict", dd)?;
    vm.dict_set_str(&d, "OrderedDict", od)?;
    let private = vm.new_str("_collections");
    for key in [DEQUE_ITER, DEQUE_REVITER] {
        let t = state_type(vm, key)?;
        vm.set_type_attr(&t, "__module__", private.clone());
        let name = t.ty_payload().name().rsplit('.').next().unwrap_or_default().to_string();
        vm.dict_set_str(&d, &name, t)?;
    }
    let functions: &[(&'static str, NativeFn)] = &[("_count_elements", count_elements), ("_tuplegetter", tuplegetter)];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    let nt = PyObjectRef::new(
        PyBuiltinFunction {
            name: "namedtuple",
            owner: None,
            func: namedtuple,
            binding: Binding::Function,
            self_: None,
            needs_frame: true,
            data: None,
        },
        &vm.types.builtin_function,
    );
    vm.dict_set_str(&d, "namedtuple", nt)?;
    Ok(m)
}
