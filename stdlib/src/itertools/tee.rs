//! `tee(iterable, n=2)`: `n` independent iterators over one input.
//!
//! The items read from the input are kept in a linked list of blocks of
//! [`LINKCELLS`] items, `_tee_dataobject`s, shared by the tee objects (`_tee`):
//! each tee holds the block it reads and its index there. The leading tee
//! reads the input and appends to the last block; a block nobody reads any
//! more is freed, so the buffer holds only what lies between the slowest tee
//! and the fastest one (as CPython's `teedataobject`).

use std::cell::{Cell, RefCell};

use kaa_vm::object::core::{PyPayload, Visit};
use kaa_vm::object::list::PyList;
use kaa_vm::object::PyObjectRef;
use kaa_vm::{Args, PyResult, Vm};

use super::{
    check_buffer, make_type, module_type, new_args, new_object, next_item, positional, ssize, this_of, Itertool, Kind,
    Pace, Step,
};

/// Items per block (CPython's value).
const LINKCELLS: usize = 57;

/// The payload of `itertools._tee_dataobject`: one block of the buffer.
pub struct TeeData {
    /// The input, shared by all blocks.
    it: PyObjectRef,
    /// Up to [`LINKCELLS`] items, in input order.
    values: RefCell<Vec<PyObjectRef>>,
    /// The next block, made when the first tee reaches the end of this one.
    next: RefCell<Option<PyObjectRef>>,
    /// A tee of this block is reading the input: a second read from the
    /// input's own code would get items out of order.
    running: Cell<bool>,
}

impl PyPayload for TeeData {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.it);
        visit.visit_cell(&self.values, |vs, visit| vs.iter().for_each(|v| visit.visit(v)));
        visit.visit_cell(&self.next, |n, visit| visit.visit_opt(n));
    }

    fn clear(&self) {
        let v = self.values.try_borrow_mut().map(|mut v| std::mem::take(&mut *v));
        let n = self.next.try_borrow_mut().map(|mut n| n.take());
        drop((v, n));
    }

    /// The block's buffer, allocated once at its full size.
    fn heap_bytes(&self) -> usize {
        LINKCELLS * std::mem::size_of::<PyObjectRef>()
    }
}

fn new_block(vm: &mut Vm, it: PyObjectRef, values: Vec<PyObjectRef>, next: Option<PyObjectRef>) -> PyResult {
    let cls = module_type(vm, "_tee_dataobject")?;
    let mut buf = Vec::with_capacity(LINKCELLS);
    buf.extend(values);
    Ok(PyObjectRef::new(
        TeeData {
            it,
            values: RefCell::new(buf),
            next: RefCell::new(next),
            running: Cell::new(false),
        },
        &cls,
    ))
}

/// The block after `block`, made on first use.
fn next_block(vm: &mut Vm, block: &TeeData) -> PyResult {
    let next = block.next.borrow().clone();
    if let Some(n) = next {
        return Ok(n);
    }
    let n = new_block(vm, block.it.clone(), Vec::new(), None)?;
    *block.next.borrow_mut() = Some(n.clone());
    Ok(n)
}

/// `_tee_dataobject(iterable, values, next)` (the form `__reduce__` gives in
/// CPython).
fn dataobject_new(vm: &mut Vm, args: Args) -> PyResult {
    let (_, pos) = new_args(vm, &args, "_tee_dataobject")?;
    if args.has_kwargs() {
        return Err(vm.new_type_error("teedataobject() takes no keyword arguments"));
    }
    let [iterable, values, next] = positional(vm, "teedataobject", pos, 3, 3)? else {
        return Err(vm.new_type_error("teedataobject expected 3 arguments"));
    };
    let it = vm.get_iter(iterable)?;
    let Some(list) = values.downcast_ref::<PyList>() else {
        return Err(vm.new_type_error(format!(
            "teedataobject() argument 2 must be list, not {}",
            values.ty().name()
        )));
    };
    let values = list.items.borrow().clone();
    if values.len() > LINKCELLS {
        return Err(vm.new_value_error("Invalid arguments"));
    }
    let next = if vm.is_none(next) {
        None
    } else if next.payload_is::<TeeData>() {
        Some(next.clone())
    } else {
        return Err(vm.new_value_error("Invalid arguments"));
    };
    new_block(vm, it, values, next)
}

pub fn dataobject_type(vm: &mut Vm) -> PyObjectRef {
    make_type::<TeeData>(vm, "_tee_dataobject", false, dataobject_new, false)
}

// ----- _tee -----

/// A tee object: where it is in the shared buffer.
pub struct Tee {
    /// The block it reads (`None` only after `clear`).
    block: RefCell<Option<PyObjectRef>>,
    /// Its index in that block.
    index: Cell<usize>,
}

impl Step for Tee {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let Some(mut block) = self.block.borrow().clone() else {
            return Ok(None);
        };
        let mut index = self.index.get();
        if index >= LINKCELLS {
            let Some(b) = block.downcast_ref::<TeeData>() else {
                return Ok(None);
            };
            block = next_block(vm, b)?;
            *self.block.borrow_mut() = Some(block.clone());
            index = 0;
            self.index.set(0);
        }
        let Some(b) = block.downcast_ref::<TeeData>() else {
            return Ok(None);
        };
        let have = b.values.borrow().get(index).cloned();
        let v = match have {
            Some(v) => v,
            None => {
                // This tee leads: read the input.
                if b.running.get() {
                    return Err(vm.new_runtime_error("cannot re-enter the tee iterator"));
                }
                b.running.set(true);
                let r = next_item(vm, &b.it);
                b.running.set(false);
                let Some(v) = r? else {
                    return Ok(None);
                };
                b.values.borrow_mut().push(v.clone());
                v
            }
        };
        self.index.set(index + 1);
        Ok(Some(v))
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.block, |b, visit| visit.visit_opt(b));
    }

    fn clear(&self) {
        let old = self.block.try_borrow_mut().map(|mut b| b.take());
        drop(old);
    }
}

fn new_tee(vm: &mut Vm, block: PyObjectRef, index: usize) -> PyResult {
    let cls = module_type(vm, "_tee")?;
    Ok(new_object(
        vm,
        &cls,
        Tee {
            block: RefCell::new(Some(block)),
            index: Cell::new(index),
        },
    ))
}

/// A copy of the tee `o` (at the same place), if `o` is one.
fn copy_of(vm: &mut Vm, o: &PyObjectRef) -> Option<PyResult> {
    let Some(Kind::Tee(t)) = o.downcast_ref::<Itertool>().map(|i| &i.kind) else {
        return None;
    };
    let block = t.block.borrow().clone()?;
    Some(new_tee(vm, block, t.index.get()))
}

/// A tee reading iterator `it` (a copy of it if it is a tee itself).
fn tee_from_iterator(vm: &mut Vm, it: PyObjectRef) -> PyResult {
    if let Some(copy) = copy_of(vm, &it) {
        return copy;
    }
    let block = new_block(vm, it, Vec::new(), None)?;
    new_tee(vm, block, 0)
}

/// `_tee(iterable)`.
fn tee_new(vm: &mut Vm, args: Args) -> PyResult {
    let (_, pos) = new_args(vm, &args, "_tee")?;
    if args.has_kwargs() {
        return Err(vm.new_type_error("_tee() takes no keyword arguments"));
    }
    let [iterable] = positional(vm, "_tee", pos, 1, 1)? else {
        return Err(vm.new_type_error("_tee expected 1 argument"));
    };
    let it = vm.get_iter(iterable)?;
    tee_from_iterator(vm, it)
}

/// `_tee.__copy__()`.
fn tee_copy(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<1>(vm, "__copy__")?;
    let (o, _) = this_of(vm, &args, "__copy__", "_tee", true, |k| match k {
        Kind::Tee(t) => Some(t),
        _ => None,
    })?;
    match copy_of(vm, o) {
        Some(r) => r,
        None => Err(vm.new_value_error("the tee was cleared")),
    }
}

pub fn tee_type(vm: &mut Vm) -> PyObjectRef {
    let cls = make_type::<Itertool>(vm, "_tee", false, tee_new, true);
    vm.add_method(&cls, "__copy__", tee_copy);
    cls.ty_payload().weakrefable.set(true);
    cls
}

/// `itertools.tee(iterable, n=2)`: a tuple of `n` tees. An input that has a
/// `__copy__` (a tee) is itself the first and is copied for the others.
pub fn tee(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(vm.new_type_error("itertools.tee() takes no keyword arguments"));
    }
    let pos = positional(vm, "tee", args.pos(), 1, 2)?;
    let n = match pos.get(1) {
        Some(n) => ssize(vm, n)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.new_value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(vm.new_tuple(Vec::new()));
    }
    let n = n as usize;
    check_buffer::<PyObjectRef>(vm, n)?;
    let it = vm.get_iter(&pos[0])?;
    let copy_name = vm.intern("__copy__");
    let (first, copy) = match vm.get_attr_opt(&it, &copy_name)? {
        Some(copy) => (it, copy),
        None => {
            let first = tee_from_iterator(vm, it)?;
            let copy = vm.get_attr(&first, &copy_name)?;
            (first, copy)
        }
    };
    let mut out = Vec::with_capacity(n.min(1024));
    out.push(first);
    let mut pace = Pace::default();
    for _ in 1..n {
        out.push(vm.call_positional(&copy, &[])?);
        pace.tick(vm)?;
    }
    Ok(vm.new_tuple(out))
}
