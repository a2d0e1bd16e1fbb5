//! `next()` without a method call for the standard library's iterators
//! that loops run over line by line or record by record: text and binary
//! files (`for line in f`) and csv readers. The VM asks
//! [`kaa_vm::protocol::NATIVE_NEXT`] before looking up `__next__` on an
//! instance of a built-in type; subclasses (heap types) never get here, so
//! an overridden `__next__` is still called.

use kaa_vm::object::PyObjectRef;
use kaa_vm::protocol::{NativeNextFn, NATIVE_NEXT};
use kaa_vm::{PyResult, Vm};

use crate::io::buffered::{self, Buffered};
use crate::io::textio::{self, TextIO};

/// Register [`next`] (once per process; every interpreter shares it).
pub fn install() {
    let _ = NATIVE_NEXT.get_or_init(|| next as NativeNextFn);
}

fn next(vm: &mut Vm, it: &PyObjectRef) -> Option<PyResult<Option<PyObjectRef>>> {
    if let Some(t) = it.downcast_ref::<TextIO>() {
        return Some(textio::next_line(vm, t));
    }
    if let Some(b) = it.downcast_ref::<Buffered>() {
        return Some(buffered::next_line(vm, b));
    }
    crate::csv::native_next(vm, it)
}
