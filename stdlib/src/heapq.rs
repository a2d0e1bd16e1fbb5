//! `_heapq`: the heap operations of `heapq` (`py/heapq.py`) on a list, as
//! CPython's C accelerator: items are compared with `<` only, and since a
//! comparison may run Python code that changes the list, the list's length is
//! checked after every comparison (`RuntimeError: list changed size during
//! iteration`) and every item is read under a fresh, bounds-checked borrow.
//!
//! The `_max` variants keep a max-heap (`nsmallest` uses them).

use kaa_compiler::bytecode::CompareOp;
use kaa_vm::object::float::PyFloat;
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::list::PyList;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

/// `a < b` for two objects of the same exact built-in scalar type (`int`
/// within `i64`, `float`, `str`), without the general protocol.
#[inline]
pub(crate) fn lt_scalar(vm: &Vm, a: &PyObjectRef, b: &PyObjectRef) -> Option<bool> {
    let cls = a.class();
    if !cls.is(b.class()) {
        return None;
    }
    if cls.is(&vm.types.int) {
        match (&a.downcast_ref::<PyInt>()?.value, &b.downcast_ref::<PyInt>()?.value) {
            (IntValue::Small(x), IntValue::Small(y)) => Some(x < y),
            _ => None,
        }
    } else if cls.is(&vm.types.float) {
        Some(a.downcast_ref::<PyFloat>()?.value < b.downcast_ref::<PyFloat>()?.value)
    } else if cls.is(&vm.types.str) {
        // UTF-8 byte order is code point order.
        Some(a.downcast_ref::<PyStr>()?.as_str() < b.downcast_ref::<PyStr>()?.as_str())
    } else {
        None
    }
}

/// `a < b` by the full protocol, as a bool.
fn lt_slow(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef) -> PyResult<bool> {
    let r = vm.rich_compare(a, b, CompareOp::Lt)?;
    if r.is(&vm.true_) {
        return Ok(true);
    }
    if r.is(&vm.false_) {
        return Ok(false);
    }
    vm.is_true(&r)
}

/// `a < b` as a bool: what `PyObject_RichCompareBool(a, b, Py_LT)` gives,
/// with shortcuts for exact ints, floats, strs and tuples of them (a tuple
/// compares as `tuple.__lt__` does: the first items that are not equal
/// decide, else the lengths).
#[inline]
pub(crate) fn lt(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef) -> PyResult<bool> {
    if let Some(r) = lt_scalar(vm, a, b) {
        return Ok(r);
    }
    let tuple = &vm.types.tuple;
    if a.class().is(tuple) && b.class().is(tuple) {
        if let (Some(x), Some(y)) = (a.downcast_ref::<PyTuple>(), b.downcast_ref::<PyTuple>()) {
            let (x, y) = (x.as_slice(), y.as_slice());
            for (p, q) in x.iter().zip(y) {
                if p.is(q) {
                    continue;
                }
                match lt_scalar(vm, p, q) {
                    // The first items that differ decide; two scalars of one
                    // type differ when one is less (or a NaN is involved).
                    Some(true) => return Ok(true),
                    Some(false) => {
                        if lt_scalar(vm, q, p) != Some(false) || is_nan(p) || is_nan(q) {
                            return Ok(false);
                        }
                    }
                    None => {
                        if !vm.eq(p, q)? {
                            return lt_slow(vm, p, q);
                        }
                    }
                }
            }
            return Ok(x.len() < y.len());
        }
    }
    lt_slow(vm, a, b)
}

fn is_nan(o: &PyObjectRef) -> bool {
    o.downcast_ref::<PyFloat>().is_some_and(|f| f.value.is_nan())
}

/// Which way the heap is ordered.
#[derive(Clone, Copy)]
enum Order {
    /// Smallest first: `a` goes above `b` when `a < b`.
    Min,
    /// Largest first: `a` goes above `b` when `b < a`.
    Max,
}

impl Order {
    /// Whether `a` belongs above `b`.
    #[inline]
    fn above(self, vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef) -> PyResult<bool> {
        match self {
            Order::Min => lt(vm, a, b),
            Order::Max => lt(vm, b, a),
        }
    }
}

fn changed_size(vm: &mut Vm) -> PyObjectRef {
    vm.new_runtime_error("list changed size during iteration")
}

/// Whether item `i` of the list belongs above item `j` (`None` if either
/// is out of range). Exact ints, floats and strs are compared in place;
/// anything else is taken out of the list first (its comparison may run
/// Python code that changes the list).
#[inline]
fn above_at(vm: &mut Vm, l: &PyList, i: usize, j: usize, order: Order) -> PyResult<Option<bool>> {
    let (a, b) = {
        let items = l.items.borrow();
        let (Some(a), Some(b)) = (items.get(i), items.get(j)) else {
            return Ok(None);
        };
        let (x, y) = match order {
            Order::Min => (a, b),
            Order::Max => (b, a),
        };
        if let Some(r) = lt_scalar(vm, x, y) {
            return Ok(Some(r));
        }
        (a.clone(), b.clone())
    };
    order.above(vm, &a, &b).map(Some)
}

/// Swap items `i` and `j` (checked: a no-op if out of range).
#[inline]
fn swap(l: &PyList, i: usize, j: usize) {
    let mut items = l.items.borrow_mut();
    if i < items.len() && j < items.len() {
        items.swap(i, j);
    }
}

/// The item at `pos` may belong higher: move it up towards `start`.
fn sift_down(vm: &mut Vm, l: &PyList, start: usize, mut pos: usize, order: Order) -> PyResult<()> {
    let size = l.len();
    while pos > start {
        let parent = (pos - 1) >> 1;
        let Some(above) = above_at(vm, l, pos, parent, order)? else {
            return Err(changed_size(vm));
        };
        if l.len() != size {
            return Err(changed_size(vm));
        }
        if !above {
            break;
        }
        swap(l, pos, parent);
        pos = parent;
    }
    Ok(())
}

/// The item at `pos` may belong lower: move the better child up, level by
/// level, down to a leaf, then sift the item back up from there (fewer
/// comparisons on average than stopping early).
fn sift_up(vm: &mut Vm, l: &PyList, mut pos: usize, order: Order) -> PyResult<()> {
    let end = l.len();
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let Some(left_first) = above_at(vm, l, child, child + 1, order)? else {
                return Err(changed_size(vm));
            };
            if !left_first {
                child += 1;
            }
            if l.len() != end {
                return Err(changed_size(vm));
            }
        }
        swap(l, child, pos);
        pos = child;
    }
    sift_down(vm, l, start, pos, order)
}

/// The heap argument: a list (or a subclass), with CPython's message.
fn heap_arg<'a>(vm: &mut Vm, o: &'a PyObjectRef, fname: &str, which: &str) -> PyResult<&'a PyList> {
    o.downcast_ref::<PyList>().ok_or_else(|| {
        let got = if vm.is_none(o) {
            "None".to_string()
        } else {
            o.ty().name().to_string()
        };
        vm.new_type_error(format!("{fname}() {which} must be list, not {got}"))
    })
}

/// `(heap, item)`, with the messages of CPython's two-argument functions.
fn two_args<'a>(vm: &mut Vm, args: &Args<'a>, fname: &str) -> PyResult<&'a [PyObjectRef; 2]> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("_heapq.{fname}() takes no keyword arguments")));
    }
    let pos = args.pos();
    pos.try_into()
        .map_err(|_| vm.new_type_error(format!("{fname} expected 2 arguments, got {}", pos.len())))
}

/// `(heap,)`.
fn one_arg<'a>(vm: &mut Vm, args: &Args<'a>, fname: &str) -> PyResult<&'a PyObjectRef> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("_heapq.{fname}() takes no keyword arguments")));
    }
    match args.pos() {
        [h] => Ok(h),
        pos => Err(vm.new_type_error(format!(
            "_heapq.{fname}() takes exactly one argument ({} given)",
            pos.len()
        ))),
    }
}

fn heappush(vm: &mut Vm, args: Args) -> PyResult {
    let [heap, item] = two_args(vm, &args, "heappush")?;
    let l = heap_arg(vm, heap, "heappush", "argument 1")?;
    let last = {
        let mut items = l.items.borrow_mut();
        items.push(item.clone());
        items.len() - 1
    };
    l.recharge(&vm.heap);
    sift_down(vm, l, 0, last, Order::Min)?;
    Ok(vm.none())
}

fn pop(vm: &mut Vm, args: Args, fname: &str, order: Order) -> PyResult {
    let heap = one_arg(vm, &args, fname)?;
    let l = heap_arg(vm, heap, fname, "argument")?;
    let last = l.items.borrow_mut().pop();
    let Some(last) = last else {
        return Err(vm.new_index_error("index out of range"));
    };
    let top = {
        let mut items = l.items.borrow_mut();
        match items.first_mut() {
            Some(first) => std::mem::replace(first, last),
            None => return Ok(last),
        }
    };
    sift_up(vm, l, 0, order)?;
    Ok(top)
}

fn heappop(vm: &mut Vm, args: Args) -> PyResult {
    pop(vm, args, "heappop", Order::Min)
}

fn heappop_max(vm: &mut Vm, args: Args) -> PyResult {
    pop(vm, args, "_heappop_max", Order::Max)
}

fn replace(vm: &mut Vm, args: Args, fname: &str, order: Order) -> PyResult {
    let [heap, item] = two_args(vm, &args, fname)?;
    let l = heap_arg(vm, heap, fname, "argument 1")?;
    let top = {
        let mut items = l.items.borrow_mut();
        match items.first_mut() {
            Some(first) => std::mem::replace(first, item.clone()),
            None => {
                drop(items);
                return Err(vm.new_index_error("index out of range"));
            }
        }
    };
    sift_up(vm, l, 0, order)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, args: Args) -> PyResult {
    replace(vm, args, "heapreplace", Order::Min)
}

fn heapreplace_max(vm: &mut Vm, args: Args) -> PyResult {
    replace(vm, args, "_heapreplace_max", Order::Max)
}

fn heappushpop(vm: &mut Vm, args: Args) -> PyResult {
    let [heap, item] = two_args(vm, &args, "heappushpop")?;
    let l = heap_arg(vm, heap, "heappushpop", "argument 1")?;
    let Some(first) = l.get(0) else {
        return Ok(item.clone());
    };
    if !lt(vm, &first, item)? {
        return Ok(item.clone());
    }
    let top = {
        let mut items = l.items.borrow_mut();
        match items.first_mut() {
            Some(first) => std::mem::replace(first, item.clone()),
            None => {
                drop(items);
                return Err(vm.new_index_error("index out of range"));
            }
        }
    };
    sift_up(vm, l, 0, Order::Min)?;
    Ok(top)
}

fn heapify_as(vm: &mut Vm, args: Args, fname: &str, order: Order) -> PyResult {
    let heap = one_arg(vm, &args, fname)?;
    let l = heap_arg(vm, heap, fname, "argument")?;
    let n = l.len();
    if n <= CACHE_FRIENDLY_ABOVE {
        // Each parent, the last first: its subtrees are heaps by then.
        for i in (0..n / 2).rev() {
            sift_up(vm, l, i, order)?;
        }
    } else {
        heapify_subtree(vm, l, 0, n, order)?;
    }
    Ok(vm.none())
}

/// Lists longer than this are heapified subtree by subtree.
const CACHE_FRIENDLY_ABOVE: usize = 2500;

/// Make the subtree at `root` a heap: its two subtrees first, then the root
/// sifted into them. The same result as sifting every parent from the last
/// one up (each node is sifted after its subtrees are heaps, and a sift
/// stays within its subtree), but the items of a small subtree are all
/// handled while they are in the cache. The recursion is as deep as the
/// tree (at most 64 levels).
fn heapify_subtree(vm: &mut Vm, l: &PyList, root: usize, n: usize, order: Order) -> PyResult<()> {
    if root >= n / 2 {
        return Ok(());
    }
    heapify_subtree(vm, l, 2 * root + 1, n, order)?;
    heapify_subtree(vm, l, 2 * root + 2, n, order)?;
    sift_up(vm, l, root, order)
}

fn heapify(vm: &mut Vm, args: Args) -> PyResult {
    heapify_as(vm, args, "heapify", Order::Min)
}

fn heapify_max(vm: &mut Vm, args: Args) -> PyResult {
    heapify_as(vm, args, "_heapify_max", Order::Max)
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_heapq", None)?;
    let functions: &[(&'static str, NativeFn)] = &[
        ("heappush", heappush),
        ("heappop", heappop),
        ("heapreplace", heapreplace),
        ("heappushpop", heappushpop),
        ("heapify", heapify),
        ("_heappop_max", heappop_max),
        ("_heapreplace_max", heapreplace_max),
        ("_heapify_max", heapify_max),
    ];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    Ok(m)
}
