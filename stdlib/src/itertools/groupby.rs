//! `groupby(iterable, key=None)` and its groups, `_grouper` objects.
//!
//! The groupby object reads one item ahead: `current` holds the last item read
//! and its key until a grouper takes it (or the groupby itself skips it, going
//! to the next key). Only the newest grouper is alive: each grouper made, and
//! each call of the groupby's `next`, starts a new *generation*, and a grouper
//! of an older one is exhausted at once, whatever its group had left (CPython
//! compares the groupby's current grouper with itself).

use std::cell::{Cell, RefCell};

use kaa_vm::object::core::Visit;
use kaa_vm::object::PyObjectRef;
use kaa_vm::{Args, PyResult, Vm};

use super::{bind, make_type, module_type, new_args, new_object, next_item, positional, Itertool, Kind, Pace, Step};

/// `groupby(iterable, key=None)`.
pub struct GroupBy {
    it: PyObjectRef,
    /// `None`: the items are their own keys.
    keyfunc: Option<PyObjectRef>,
    /// The key of the group returned last (`None` before the first).
    target: RefCell<Option<PyObjectRef>>,
    /// The item read ahead, as `(key, value)`; `None` before the first read
    /// and once a grouper took it.
    current: RefCell<Option<(PyObjectRef, PyObjectRef)>>,
    /// See the module documentation.
    generation: Cell<u64>,
}

impl GroupBy {
    /// Read the next item and its key into `current` (`Ok(false)` at the end;
    /// on an error `current` is left as it was).
    fn advance(&self, vm: &mut Vm) -> PyResult<bool> {
        let Some(value) = next_item(vm, &self.it)? else {
            return Ok(false);
        };
        let key = match &self.keyfunc {
            None => value.clone(),
            Some(f) => vm.call_positional(f, std::slice::from_ref(&value))?,
        };
        let old = self.current.borrow_mut().replace((key, value));
        drop(old);
        Ok(true)
    }

    /// The key of the item read ahead, if there is one.
    fn current_key(&self) -> Option<PyObjectRef> {
        self.current.borrow().as_ref().map(|c| c.0.clone())
    }

    /// Start a new generation (killing every grouper made so far).
    fn new_generation(&self) -> u64 {
        let g = self.generation.get().wrapping_add(1);
        self.generation.set(g);
        g
    }
}

impl Step for GroupBy {
    fn next(&self, vm: &mut Vm, this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        self.new_generation();
        // Skip what is left of the current group.
        let mut pace = Pace::default();
        let key = loop {
            if let Some(key) = self.current_key() {
                let target = self.target.borrow().clone();
                match target {
                    None => break key,
                    Some(t) if !vm.eq(&t, &key)? => break key,
                    Some(_) => {}
                }
            }
            if !self.advance(vm)? {
                return Ok(None);
            }
            pace.tick(vm)?;
        };
        let old = self.target.borrow_mut().replace(key.clone());
        drop(old);
        let grouper = new_grouper(vm, this, self, key.clone())?;
        Ok(Some(vm.new_tuple(vec![key, grouper])))
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.it);
        visit.visit_opt(&self.keyfunc);
        visit.visit_cell(&self.target, |t, visit| visit.visit_opt(t));
        visit.visit_cell(&self.current, |c, visit| {
            if let Some((k, v)) = c {
                visit.visit(k);
                visit.visit(v);
            }
        });
    }

    fn clear(&self) {
        let t = self.target.try_borrow_mut().map(|mut t| t.take());
        let c = self.current.try_borrow_mut().map(|mut c| c.take());
        drop((t, c));
    }
}

fn groupby_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, pos) = new_args(vm, &args, "groupby")?;
    let [iterable, key] = bind(vm, "groupby", pos, &args, ["iterable", "key"], 1, 2)?;
    let Some(iterable) = iterable else {
        return Err(vm.new_type_error("groupby() missing required argument 'iterable' (pos 1)"));
    };
    let it = vm.get_iter(&iterable)?;
    let keyfunc = key.filter(|k| !vm.is_none(k));
    Ok(new_object(
        vm,
        &cls,
        GroupBy {
            it,
            keyfunc,
            target: RefCell::new(None),
            current: RefCell::new(None),
            generation: Cell::new(0),
        },
    ))
}

pub fn groupby_type(vm: &mut Vm) -> PyObjectRef {
    make_type::<Itertool>(vm, "groupby", true, groupby_new, true)
}

// ----- _grouper -----

/// One group of a groupby: the items whose key equals `target`, as long as
/// the groupby has not moved on.
pub struct Grouper {
    /// The groupby object.
    parent: PyObjectRef,
    target: PyObjectRef,
    generation: u64,
}

impl Step for Grouper {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let Some(Kind::GroupBy(g)) = self.parent.downcast_ref::<Itertool>().map(|p| &p.kind) else {
            return Ok(None);
        };
        if g.generation.get() != self.generation {
            return Ok(None);
        }
        let empty = g.current.borrow().is_none();
        if empty && !g.advance(vm)? {
            return Ok(None);
        }
        let Some(key) = g.current_key() else {
            return Ok(None);
        };
        if !vm.eq(&self.target, &key)? {
            return Ok(None);
        }
        // The item is this group's: take it (and drop its key).
        Ok(g.current.borrow_mut().take().map(|(_, v)| v))
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.parent);
        visit.visit(&self.target);
    }
}

/// A grouper of `parent` (the groupby object `this`) for `target`: the only
/// live one from now on.
fn new_grouper(vm: &mut Vm, this: &PyObjectRef, parent: &GroupBy, target: PyObjectRef) -> PyResult {
    let cls = module_type(vm, "_grouper")?;
    let generation = parent.new_generation();
    Ok(new_object(
        vm,
        &cls,
        Grouper {
            parent: this.clone(),
            target,
            generation,
        },
    ))
}

/// `_grouper(parent, tgtkey)`.
fn grouper_new(vm: &mut Vm, args: Args) -> PyResult {
    let (_, pos) = new_args(vm, &args, "_grouper")?;
    if args.has_kwargs() {
        return Err(vm.new_type_error("_grouper() takes no keyword arguments"));
    }
    let [parent, target] = positional(vm, "_grouper", pos, 2, 2)? else {
        return Err(vm.new_type_error("_grouper expected 2 arguments"));
    };
    let groupby = module_type(vm, "groupby")?;
    match parent.downcast_ref::<Itertool>().map(|p| &p.kind) {
        Some(Kind::GroupBy(g)) if parent.is_instance_of(&groupby) => new_grouper(vm, parent, g, target.clone()),
        _ => Err(vm.new_type_error(format!(
            "_grouper() argument 1 must be itertools.groupby, not {}",
            parent.ty().name()
        ))),
    }
}

pub fn grouper_type(vm: &mut Vm) -> PyObjectRef {
    make_type::<Itertool>(vm, "_grouper", false, grouper_new, true)
}
