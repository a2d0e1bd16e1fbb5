//! What `sys.getsizeof` reports: an object's own allocation (header and payload,
//! not its GC head) plus the buffers it owns alone — a str's text, a list's
//! capacity, a dict's tables. Referenced objects are never counted (a list's
//! size does not include its items), as in CPython. The per-type table, next to
//! CPython's numbers, is in `docs/internals/objects.md`.

use num_bigint::BigInt;

use super::bytes::PyBytes;
use super::core::PyObjectRef;
use super::dict::PyDict;
use super::gc::GcHead;
use super::int::{IntValue, PyInt};
use super::list::PyList;
use super::set::PySet;
use super::str::PyStr;
use super::tuple::PyTuple;

fn bigint_bytes(b: &BigInt) -> usize {
    // num-bigint stores 64-bit digits.
    b.bits().div_ceil(64) as usize * 8
}

/// `object.__sizeof__()`: the bytes of this object, without its GC head.
pub fn sizeof(o: &PyObjectRef) -> usize {
    let mut n = o.alloc_size();
    if o.gc_head().is_some() {
        n -= std::mem::size_of::<GcHead>();
    }
    n + owned_bytes(o)
}

/// The GC head's size if `o` has one (`sys.getsizeof` adds it, as CPython).
pub fn gc_head_size(o: &PyObjectRef) -> usize {
    if o.gc_head().is_some() {
        std::mem::size_of::<GcHead>()
    } else {
        0
    }
}

/// Heap buffers the payload owns.
fn owned_bytes(o: &PyObjectRef) -> usize {
    let ptr = std::mem::size_of::<PyObjectRef>();
    if let Some(s) = o.downcast_ref::<PyStr>() {
        return s.as_str().len();
    }
    if let Some(b) = o.downcast_ref::<PyBytes>() {
        return b.value.len();
    }
    if let Some(l) = o.downcast_ref::<PyList>() {
        return l.items.try_borrow().map_or(0, |v| v.capacity() * ptr);
    }
    if let Some(t) = o.downcast_ref::<PyTuple>() {
        return t.as_slice().len() * ptr;
    }
    if let Some(d) = o.downcast_ref::<PyDict>() {
        return d.table.try_borrow().map_or(0, |t| t.heap_bytes());
    }
    if let Some(s) = o.downcast_ref::<PySet>() {
        return s.table.try_borrow().map_or(0, |t| t.heap_bytes());
    }
    if let Some(i) = o.downcast_ref::<PyInt>() {
        if let IntValue::Big(b) = &i.value {
            return bigint_bytes(b);
        }
    }
    0
}
