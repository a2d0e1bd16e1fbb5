//! `weakref.ref`: a reference that does not keep its referent alive.
//!
//! The referent and the weakref object share a [`WeakSlot`] registered in the
//! interpreter's [`Heap`](super::gc::Heap); when the referent dies the heap
//! clears the slot and queues the callback (see `docs/internals/weakref.md`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::core::{PyObjectRef, PyPayload, Visit};
use super::gc::WeakSlot;

pub struct PyWeakRef {
    pub slot: Rc<WeakSlot>,
    pub callback: RefCell<Option<PyObjectRef>>,
    /// The referent's hash, remembered once computed (a dead ref keeps hashing).
    pub hash: Cell<Option<i64>>,
}

impl PyPayload for PyWeakRef {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.callback, |c, visit| visit.visit_opt(c));
    }

    fn clear(&self) {
        if let Ok(mut c) = self.callback.try_borrow_mut() {
            let old = c.take();
            drop(c);
            drop(old);
        }
    }
}

impl Drop for PyWeakRef {
    fn drop(&mut self) {
        self.slot.release();
    }
}

/// Take the callback of a weakref object whose referent died (it is called once).
pub(crate) fn take_callback(wr: &PyObjectRef) -> Option<PyObjectRef> {
    let w = wr.downcast_ref::<PyWeakRef>()?;
    let mut c = w.callback.try_borrow_mut().ok()?;
    c.take()
}

// ----- methods of `weakref.ref` (`weakref.ReferenceType`) -----

use crate::vm::{Args, PyResult, Vm};

fn this<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a PyWeakRef> {
    o.downcast_ref::<PyWeakRef>().ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor requires a 'weakref.ReferenceType' object but received '{}'",
            o.ty().name()
        ))
    })
}

/// Whether `obj` can be weakly referenced, as CPython decides per type.
pub fn is_weakrefable(obj: &PyObjectRef) -> bool {
    obj.ty().weakrefable.get() && obj.ty().gc
}

/// `weakref.ref(obj[, callback])`: a new weak reference (or the shared one, for a
/// plain `weakref.ref` without callback).
pub fn new_weakref(vm: &mut Vm, cls: &PyObjectRef, obj: &PyObjectRef, callback: Option<PyObjectRef>) -> PyResult {
    if !is_weakrefable(obj) {
        return Err(vm.new_type_error(format!("cannot create weak reference to '{}' object", obj.ty().name())));
    }
    let heap = vm.heap.clone();
    let exact = cls.is(&vm.types.weakref);
    if callback.is_none() && exact {
        if let Some(existing) = heap.find_plain_weakref(obj) {
            return Ok(existing);
        }
    }
    // Only plain `weakref.ref` objects without a callback are shared.
    let slot = heap.add_weakref(obj, callback.is_some() || !exact);
    let wr = vm.new_instance(
        PyWeakRef {
            slot: slot.clone(),
            callback: RefCell::new(callback),
            hash: Cell::new(None),
        },
        cls,
    );
    heap.set_weakref_owner(&slot, &wr);
    Ok(wr)
}

fn weakref_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let n = pos.len().saturating_sub(1);
    if n < 1 {
        return Err(vm.new_type_error(format!("__new__ expected at least 1 argument, got {n}")));
    }
    if n > 2 {
        return Err(vm.new_type_error(format!("__new__ expected at most 2 arguments, got {n}")));
    }
    let cb = pos.get(2).filter(|c| !vm.is_none(c)).cloned();
    new_weakref(vm, &pos[0], &pos[1], cb)
}

fn weakref_init(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn weakref_call(vm: &mut Vm, args: Args) -> PyResult {
    let [w] = args.exact::<1>(vm, "weakref")?;
    let w = this(vm, w)?;
    Ok(w.slot.get().unwrap_or_else(|| vm.none()))
}

fn weakref_hash(vm: &mut Vm, args: Args) -> PyResult {
    let [w] = args.exact::<1>(vm, "__hash__")?;
    let w = this(vm, w)?;
    if let Some(h) = w.hash.get() {
        return Ok(vm.new_int(h));
    }
    let Some(o) = w.slot.get() else {
        return Err(vm.new_type_error("weak object has gone away"));
    };
    let h = vm.hash(&o)?;
    w.hash.set(Some(h));
    Ok(vm.new_int(h))
}

fn weakref_eq_impl(vm: &mut Vm, args: Args, negate: bool) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    let (Some(wa), Some(wb)) = (a.downcast_ref::<PyWeakRef>(), b.downcast_ref::<PyWeakRef>()) else {
        return Ok(vm.not_implemented.clone());
    };
    let r = match (wa.slot.get(), wb.slot.get()) {
        (Some(x), Some(y)) => vm.eq(&x, &y)?,
        _ => a.is(b),
    };
    Ok(vm.new_bool(r != negate))
}

fn weakref_eq(vm: &mut Vm, args: Args) -> PyResult {
    weakref_eq_impl(vm, args, false)
}

fn weakref_ne(vm: &mut Vm, args: Args) -> PyResult {
    weakref_eq_impl(vm, args, true)
}

fn weakref_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [w] = args.exact::<1>(vm, "__repr__")?;
    let wr = this(vm, w)?;
    let s = match wr.slot.get() {
        None => format!("<weakref at {:#x}; dead>", w.id()),
        Some(o) => {
            let name_attr = vm.names.__name__.clone();
            let name = match vm.get_attr_opt(&o, &name_attr) {
                Ok(Some(n)) => n.downcast_ref::<super::str::PyStr>().map(|s| s.as_str().to_string()),
                _ => None,
            };
            match name {
                Some(n) => format!(
                    "<weakref at {:#x}; to '{}' at {:#x} ({n})>",
                    w.id(),
                    o.ty().name(),
                    o.id()
                ),
                None => format!("<weakref at {:#x}; to '{}' at {:#x}>", w.id(), o.ty().name(), o.id()),
            }
        }
    };
    Ok(vm.new_str(s))
}

fn weakref_callback(vm: &mut Vm, w: &PyObjectRef) -> PyResult {
    let w = this(vm, w)?;
    let cb = w.callback.borrow().clone();
    Ok(cb.unwrap_or_else(|| vm.none()))
}

pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types.weakref.clone();
    *t.ty_payload().qualname.borrow_mut() = "ReferenceType".to_string();
    vm.add_static(&t, "__new__", weakref_new);
    vm.add_method(&t, "__init__", weakref_init);
    vm.add_method(&t, "__call__", weakref_call);
    vm.add_method(&t, "__hash__", weakref_hash);
    vm.add_method(&t, "__eq__", weakref_eq);
    vm.add_method(&t, "__ne__", weakref_ne);
    vm.add_method(&t, "__repr__", weakref_repr);
    vm.add_getset(&t, "__callback__", weakref_callback, None);
    let m = vm.new_str("weakref");
    vm.set_type_attr(&t, "__module__", m);
    // The built-in types whose instances CPython lets you weakly reference.
    let types = &vm.types;
    for ty in [
        &types.type_,
        &types.function,
        &types.builtin_function,
        &types.method,
        &types.set,
        &types.frozenset,
        &types.generator,
        &types.coroutine,
        &types.async_generator,
        &types.module,
    ] {
        ty.ty_payload().weakrefable.set(true);
    }
}
