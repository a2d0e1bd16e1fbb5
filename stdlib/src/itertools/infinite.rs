//! The infinite iterators: `count`, `cycle`, `repeat`.

use std::cell::{Cell, RefCell};

use kaa_compiler::bytecode::BinaryOp;
use kaa_vm::object::core::Visit;
use kaa_vm::object::float::PyFloat;
use kaa_vm::object::int::PyInt;
use kaa_vm::object::list::PyList;
use kaa_vm::object::PyObjectRef;
use kaa_vm::{Args, PyResult, Vm};
use num_bigint::BigInt;

use super::{
    bind, make_type, new_args, new_object, next_item, no_kwargs, positional, small_int, ssize, this_of, type_name,
};
use super::{Itertool, Kind, Step};

// ----- count -----

/// `count(start=0, step=1)`.
pub struct Count {
    state: RefCell<CountState>,
}

enum CountState {
    /// Both numbers are plain ints that fit: no objects until they are
    /// returned. (CPython's "fast mode" is the case `step == 1`; a plain int
    /// step adds the same way.)
    Small { next: i64, step: i64 },
    /// Any numbers: `next = next + step` by the number protocol.
    Obj { next: PyObjectRef, step: PyObjectRef },
}

impl Step for Count {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let (next, step) = {
            let mut st = self.state.borrow_mut();
            match &mut *st {
                CountState::Small { next, step } => {
                    let (v, s) = (*next, *step);
                    match v.checked_add(s) {
                        Some(n) => *next = n,
                        None => {
                            *st = CountState::Obj {
                                next: vm.new_bigint(BigInt::from(v) + s),
                                step: vm.new_int(s),
                            }
                        }
                    }
                    return Ok(Some(vm.new_int(v)));
                }
                CountState::Obj { next, step } => (next.clone(), step.clone()),
            }
        };
        // `__add__` may be Python code that steps this count again: the new
        // value is stored only after it.
        let new = vm.binary_op(&next, &step, BinaryOp::Add, false)?;
        if let CountState::Obj { next, .. } = &mut *self.state.borrow_mut() {
            *next = new;
        }
        Ok(Some(next))
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.state, |s, visit| {
            if let CountState::Obj { next, step } = s {
                visit.visit(next);
                visit.visit(step);
            }
        });
    }

    fn clear(&self) {
        if let Ok(mut s) = self.state.try_borrow_mut() {
            let old = std::mem::replace(&mut *s, CountState::Small { next: 0, step: 1 });
            drop(s);
            drop(old);
        }
    }
}

/// CPython's `PyNumber_Check`: what `count` accepts as a number.
fn is_number(vm: &mut Vm, o: &PyObjectRef) -> bool {
    if o.payload_is::<PyInt>() || o.payload_is::<PyFloat>() {
        return true;
    }
    let names = [
        vm.names.__index__.clone(),
        vm.names.__int__.clone(),
        vm.names.__float__.clone(),
    ];
    names.iter().any(|n| vm.lookup_special(o, n).is_some())
}

fn count_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, pos) = new_args(vm, &args, "count")?;
    let [start, step] = bind(vm, "count", pos, &args, ["start", "step"], 0, 2)?;
    for v in start.iter().chain(step.iter()) {
        if !is_number(vm, v) {
            return Err(vm.new_type_error("a number is required"));
        }
    }
    let start = start.unwrap_or_else(|| vm.new_int(0));
    let step = step.unwrap_or_else(|| vm.new_int(1));
    let exact = |vm: &Vm, o: &PyObjectRef| o.class().is(&vm.types.int);
    let state = match (small_int(&start), small_int(&step)) {
        // CPython's fast mode: any int start (a bool or a subclass counts
        // as its value) with an int step of 1.
        (Some(n), Some(1)) => CountState::Small { next: n, step: 1 },
        (Some(n), Some(s)) if exact(vm, &start) && exact(vm, &step) => CountState::Small { next: n, step: s },
        _ => CountState::Obj { next: start, step },
    };
    Ok(new_object(
        vm,
        &cls,
        Count {
            state: RefCell::new(state),
        },
    ))
}

fn count_repr(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<1>(vm, "__repr__")?;
    let (o, c) = this_of(vm, &args, "__repr__", "count", false, |k| match k {
        Kind::Count(c) => Some(c),
        _ => None,
    })?;
    let name = type_name(o);
    let (next, step) = match &*c.state.borrow() {
        CountState::Small { next, step: 1 } => return Ok(vm.new_str(format!("{name}({next})"))),
        CountState::Small { next, step } => return Ok(vm.new_str(format!("{name}({next}, {step})"))),
        CountState::Obj { next, step } => (next.clone(), step.clone()),
    };
    let next = vm.repr_string(&next)?;
    // A step that is an int equal to 1 is not shown.
    if small_int(&step) == Some(1) {
        return Ok(vm.new_str(format!("{name}({next})")));
    }
    let step = vm.repr_string(&step)?;
    Ok(vm.new_str(format!("{name}({next}, {step})")))
}

pub fn count_type(vm: &mut Vm) -> PyObjectRef {
    let cls = make_type::<Itertool>(vm, "count", true, count_new, true);
    vm.add_method(&cls, "__repr__", count_repr);
    cls
}

// ----- cycle -----

/// `cycle(iterable)`: the items of the first pass are saved in a list.
pub struct Cycle {
    it: RefCell<Option<PyObjectRef>>,
    saved: PyObjectRef,
    index: Cell<usize>,
}

impl Step for Cycle {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let Some(saved) = self.saved.downcast_ref::<PyList>() else {
            return Ok(None);
        };
        let it = self.it.borrow().clone();
        if let Some(it) = it {
            match next_item(vm, &it)? {
                Some(v) => {
                    saved.items.borrow_mut().push(v.clone());
                    saved.recharge(&vm.heap);
                    return Ok(Some(v));
                }
                None => *self.it.borrow_mut() = None,
            }
        }
        let items = saved.items.borrow();
        if items.is_empty() {
            return Ok(None);
        }
        let i = self.index.get() % items.len();
        self.index.set((i + 1) % items.len());
        Ok(Some(items[i].clone()))
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.it, |it, visit| visit.visit_opt(it));
        visit.visit(&self.saved);
    }

    fn clear(&self) {
        let old = self.it.try_borrow_mut().map(|mut it| it.take());
        drop(old);
    }
}

fn cycle_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, pos) = new_args(vm, &args, "cycle")?;
    no_kwargs(vm, &cls, &args, "cycle")?;
    let [iterable] = positional(vm, "cycle", pos, 1, 1)? else {
        return Err(vm.new_type_error("cycle expected 1 argument"));
    };
    let it = vm.get_iter(iterable)?;
    let saved = vm.new_list(Vec::new());
    Ok(new_object(
        vm,
        &cls,
        Cycle {
            it: RefCell::new(Some(it)),
            saved,
            index: Cell::new(0),
        },
    ))
}

pub fn cycle_type(vm: &mut Vm) -> PyObjectRef {
    make_type::<Itertool>(vm, "cycle", true, cycle_new, true)
}

// ----- repeat -----

/// `repeat(object[, times])`: `times` is `None` for "forever".
pub struct Repeat {
    element: PyObjectRef,
    times: Cell<Option<u64>>,
}

impl Step for Repeat {
    #[inline]
    fn next(&self, _vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        match self.times.get() {
            Some(0) => return Ok(None),
            Some(n) => self.times.set(Some(n - 1)),
            None => {}
        }
        Ok(Some(self.element.clone()))
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.element);
    }
}

fn repeat_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, pos) = new_args(vm, &args, "repeat")?;
    let [element, times] = bind(vm, "repeat", pos, &args, ["object", "times"], 1, 2)?;
    let Some(element) = element else {
        return Err(vm.new_type_error("repeat() missing required argument 'object' (pos 1)"));
    };
    // A negative count means zero times (only `None` means forever).
    let times = match times {
        Some(t) => Some(ssize(vm, &t)?.max(0) as u64),
        None => None,
    };
    Ok(new_object(
        vm,
        &cls,
        Repeat {
            element,
            times: Cell::new(times),
        },
    ))
}

fn repeat_of<'a>(vm: &mut Vm, args: &Args<'a>, method: &str) -> PyResult<(&'a PyObjectRef, &'a Repeat)> {
    this_of(vm, args, method, "repeat", method == "__length_hint__", |k| match k {
        Kind::Repeat(r) => Some(r),
        _ => None,
    })
}

fn repeat_repr(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<1>(vm, "__repr__")?;
    let (o, r) = repeat_of(vm, &args, "__repr__")?;
    let name = type_name(o);
    let element = vm.repr_string(&r.element)?;
    Ok(vm.new_str(match r.times.get() {
        Some(n) => format!("{name}({element}, {n})"),
        None => format!("{name}({element})"),
    }))
}

fn repeat_length_hint(vm: &mut Vm, args: Args) -> PyResult {
    let n = args.pos().len().saturating_sub(1);
    if n > 0 || args.has_kwargs() {
        return Err(vm.new_type_error(format!(
            "repeat.__length_hint__() takes no arguments ({} given)",
            n + args.kwnames().len()
        )));
    }
    let (_, r) = repeat_of(vm, &args, "__length_hint__")?;
    match r.times.get() {
        Some(n) => Ok(vm.new_int(n as i64)),
        None => Err(vm.new_type_error("len() of unsized object")),
    }
}

pub fn repeat_type(vm: &mut Vm) -> PyObjectRef {
    let cls = make_type::<Itertool>(vm, "repeat", true, repeat_new, true);
    vm.add_method(&cls, "__repr__", repeat_repr);
    vm.add_method(&cls, "__length_hint__", repeat_length_hint);
    cls
}
