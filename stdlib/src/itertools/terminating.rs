//! The iterators that end with their shortest input: `accumulate`, `chain`,
//! `compress`, `dropwhile`, `filterfalse`, `islice`, `pairwise`, `starmap`,
//! `takewhile`, `zip_longest`.

use std::cell::{Cell, RefCell};

use kaa_compiler::bytecode::BinaryOp;
use kaa_vm::object::core::Visit;
use kaa_vm::object::tuple::{PyTuple, TupleSlot};
use kaa_vm::object::PyObjectRef;
use kaa_vm::{Args, PyResult, Vm};

use super::{bind, make_type, new_args, new_object, next_item, no_kwargs, positional, Itertool, Pace, Step};

/// `bool(func(item))`, or `bool(item)` when `func` is `None` or `bool`
/// (`filterfalse`'s rule).
fn predicate(vm: &mut Vm, func: &PyObjectRef, item: &PyObjectRef) -> PyResult<bool> {
    if vm.is_none(func) || func.is(&vm.types.bool) {
        return vm.is_true(item);
    }
    let r = vm.call_positional(func, std::slice::from_ref(item))?;
    vm.is_true(&r)
}

/// `bool(func(item))`.
fn call_truth(vm: &mut Vm, func: &PyObjectRef, item: &PyObjectRef) -> PyResult<bool> {
    let r = vm.call_positional(func, std::slice::from_ref(item))?;
    vm.is_true(&r)
}

/// Take an optional reference out of a cell, if the cell is not in use.
fn clear_cell<T: Default>(cell: &RefCell<T>) {
    let old = cell.try_borrow_mut().map(|mut v| std::mem::take(&mut *v));
    drop(old);
}

// ----- accumulate -----

/// `accumulate(iterable, func=None, *, initial=None)`.
pub struct Accumulate {
    it: PyObjectRef,
    /// `None`: addition.
    func: Option<PyObjectRef>,
    /// The total so far; before the first item, `initial` (if given).
    total: RefCell<Option<PyObjectRef>>,
    /// `initial` is still to be returned.
    initial_pending: Cell<bool>,
}

impl Step for Accumulate {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        if self.initial_pending.replace(false) {
            return Ok(self.total.borrow().clone());
        }
        let Some(v) = next_item(vm, &self.it)? else {
            return Ok(None);
        };
        let total = self.total.borrow().clone();
        let new = match total {
            None => v,
            Some(t) => match &self.func {
                None => vm.binary_op(&t, &v, BinaryOp::Add, false)?,
                Some(f) => vm.call_positional(f, &[t, v])?,
            },
        };
        *self.total.borrow_mut() = Some(new.clone());
        Ok(Some(new))
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.it);
        visit.visit_opt(&self.func);
        visit.visit_cell(&self.total, |t, visit| visit.visit_opt(t));
    }

    fn clear(&self) {
        clear_cell(&self.total);
    }
}

fn accumulate_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, pos) = new_args(vm, &args, "accumulate")?;
    let [iterable, func, initial] = bind(vm, "accumulate", pos, &args, ["iterable", "func", "initial"], 1, 2)?;
    let Some(iterable) = iterable else {
        return Err(vm.new_type_error("accumulate() missing required argument 'iterable' (pos 1)"));
    };
    let it = vm.get_iter(&iterable)?;
    let func = func.filter(|f| !vm.is_none(f));
    let initial = initial.filter(|i| !vm.is_none(i));
    Ok(new_object(
        vm,
        &cls,
        Accumulate {
            it,
            func,
            initial_pending: Cell::new(initial.is_some()),
            total: RefCell::new(initial),
        },
    ))
}

pub fn accumulate_type(vm: &mut Vm) -> PyObjectRef {
    make_type::<Itertool>(vm, "accumulate", true, accumulate_new, true)
}

// ----- chain -----

/// `chain(*iterables)` and `chain.from_iterable(iterables)`.
pub struct Chain {
    /// The iterator over the iterables; `None` once it ran out or failed.
    source: RefCell<Option<PyObjectRef>>,
    /// The iterator of the current iterable.
    active: RefCell<Option<PyObjectRef>>,
}

impl Step for Chain {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let mut pace = Pace::default();
        loop {
            let active = self.active.borrow().clone();
            let active = match active {
                Some(a) => a,
                None => {
                    let Some(source) = self.source.borrow().clone() else {
                        return Ok(None);
                    };
                    // An error from the source, or an iterable that is not
                    // one, ends the chain.
                    let iterable = match next_item(vm, &source) {
                        Ok(Some(i)) => i,
                        r => {
                            *self.source.borrow_mut() = None;
                            return r;
                        }
                    };
                    let a = match vm.get_iter(&iterable) {
                        Ok(a) => a,
                        Err(e) => {
                            *self.source.borrow_mut() = None;
                            return Err(e);
                        }
                    };
                    *self.active.borrow_mut() = Some(a.clone());
                    a
                }
            };
            if let Some(v) = next_item(vm, &active)? {
                return Ok(Some(v));
            }
            // The current iterable is done (unless it was replaced meanwhile).
            let mut cur = self.active.borrow_mut();
            if cur.as_ref().is_some_and(|c| c.is(&active)) {
                *cur = None;
            }
            drop(cur);
            pace.tick(vm)?;
        }
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.source, |s, visit| visit.visit_opt(s));
        visit.visit_cell(&self.active, |a, visit| visit.visit_opt(a));
    }

    fn clear(&self) {
        clear_cell(&self.source);
        clear_cell(&self.active);
    }
}

fn new_chain(vm: &mut Vm, cls: &PyObjectRef, source: PyObjectRef) -> PyObjectRef {
    new_object(
        vm,
        cls,
        Chain {
            source: RefCell::new(Some(source)),
            active: RefCell::new(None),
        },
    )
}

fn chain_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, pos) = new_args(vm, &args, "chain")?;
    no_kwargs(vm, &cls, &args, "chain")?;
    let iterables = vm.new_tuple(pos.to_vec());
    let source = vm.get_iter(&iterables)?;
    Ok(new_chain(vm, &cls, source))
}

/// `chain.from_iterable(iterable)` (a class method).
fn chain_from_iterable(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, pos) = new_args(vm, &args, "chain")?;
    if args.has_kwargs() {
        return Err(vm.new_type_error("chain.from_iterable() takes no keyword arguments"));
    }
    let [iterable] = pos else {
        return Err(vm.new_type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            pos.len()
        )));
    };
    let source = vm.get_iter(iterable)?;
    Ok(new_chain(vm, &cls, source))
}

pub fn chain_type(vm: &mut Vm) -> PyObjectRef {
    let cls = make_type::<Itertool>(vm, "chain", true, chain_new, true);
    vm.add_classmethod(&cls, "from_iterable", chain_from_iterable);
    vm.add_classmethod(&cls, "__class_getitem__", kaa_vm::builtins::generic_alias);
    cls
}

// ----- compress -----

/// `compress(data, selectors)`.
pub struct Compress {
    data: PyObjectRef,
    selectors: PyObjectRef,
}

impl Step for Compress {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let mut pace = Pace::default();
        loop {
            let Some(datum) = next_item(vm, &self.data)? else {
                return Ok(None);
            };
            let Some(selector) = next_item(vm, &self.selectors)? else {
                return Ok(None);
            };
            if vm.is_true(&selector)? {
                return Ok(Some(datum));
            }
            pace.tick(vm)?;
        }
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.data);
        visit.visit(&self.selectors);
    }
}

fn compress_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, pos) = new_args(vm, &args, "compress")?;
    let [Some(data), Some(selectors)] = bind(vm, "compress", pos, &args, ["data", "selectors"], 2, 2)? else {
        return Err(vm.new_type_error("compress() missing required argument"));
    };
    let data = vm.get_iter(&data)?;
    let selectors = vm.get_iter(&selectors)?;
    Ok(new_object(vm, &cls, Compress { data, selectors }))
}

pub fn compress_type(vm: &mut Vm) -> PyObjectRef {
    make_type::<Itertool>(vm, "compress", true, compress_new, true)
}

// ----- dropwhile, takewhile, filterfalse -----

/// `(cls, predicate, iterator)` of `name(predicate, iterable)`.
fn predicate_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(PyObjectRef, PyObjectRef, PyObjectRef)> {
    let (cls, pos) = new_args(vm, args, name)?;
    no_kwargs(vm, &cls, args, name)?;
    let [func, iterable] = positional(vm, name, pos, 2, 2)? else {
        return Err(vm.new_type_error(format!("{name} expected 2 arguments")));
    };
    let it = vm.get_iter(iterable)?;
    Ok((cls, func.clone(), it))
}

/// `dropwhile(predicate, iterable)`.
pub struct DropWhile {
    func: PyObjectRef,
    it: PyObjectRef,
    /// The predicate failed once: everything passes from now on.
    dropped: Cell<bool>,
}

impl Step for DropWhile {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let mut pace = Pace::default();
        loop {
            let Some(v) = next_item(vm, &self.it)? else {
                return Ok(None);
            };
            if self.dropped.get() {
                return Ok(Some(v));
            }
            if !call_truth(vm, &self.func, &v)? {
                self.dropped.set(true);
                return Ok(Some(v));
            }
            pace.tick(vm)?;
        }
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.func);
        visit.visit(&self.it);
    }
}

fn dropwhile_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, func, it) = predicate_args(vm, &args, "dropwhile")?;
    Ok(new_object(
        vm,
        &cls,
        DropWhile {
            func,
            it,
            dropped: Cell::new(false),
        },
    ))
}

pub fn dropwhile_type(vm: &mut Vm) -> PyObjectRef {
    make_type::<Itertool>(vm, "dropwhile", true, dropwhile_new, true)
}

/// `takewhile(predicate, iterable)`.
pub struct TakeWhile {
    func: PyObjectRef,
    it: PyObjectRef,
    /// The predicate failed once: the iterator is done.
    stopped: Cell<bool>,
}

impl Step for TakeWhile {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        if self.stopped.get() {
            return Ok(None);
        }
        let Some(v) = next_item(vm, &self.it)? else {
            return Ok(None);
        };
        if call_truth(vm, &self.func, &v)? {
            return Ok(Some(v));
        }
        self.stopped.set(true);
        Ok(None)
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.func);
        visit.visit(&self.it);
    }
}

fn takewhile_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, func, it) = predicate_args(vm, &args, "takewhile")?;
    Ok(new_object(
        vm,
        &cls,
        TakeWhile {
            func,
            it,
            stopped: Cell::new(false),
        },
    ))
}

pub fn takewhile_type(vm: &mut Vm) -> PyObjectRef {
    make_type::<Itertool>(vm, "takewhile", true, takewhile_new, true)
}

/// `filterfalse(predicate, iterable)`: `None` as the predicate tests the
/// items themselves.
pub struct FilterFalse {
    func: PyObjectRef,
    it: PyObjectRef,
}

impl Step for FilterFalse {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let mut pace = Pace::default();
        loop {
            let Some(v) = next_item(vm, &self.it)? else {
                return Ok(None);
            };
            if !predicate(vm, &self.func, &v)? {
                return Ok(Some(v));
            }
            pace.tick(vm)?;
        }
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.func);
        visit.visit(&self.it);
    }
}

fn filterfalse_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, func, it) = predicate_args(vm, &args, "filterfalse")?;
    Ok(new_object(vm, &cls, FilterFalse { func, it }))
}

pub fn filterfalse_type(vm: &mut Vm) -> PyObjectRef {
    make_type::<Itertool>(vm, "filterfalse", true, filterfalse_new, true)
}

// ----- islice -----

/// `islice(iterable, stop)` / `islice(iterable, start, stop[, step])`.
pub struct ISlice {
    /// `None` once exhausted or failed (CPython drops the iterator then).
    it: RefCell<Option<PyObjectRef>>,
    /// Index of the next item to return, in items of the input.
    next: Cell<u64>,
    /// `None`: no stop.
    stop: Option<u64>,
    step: u64,
    /// Items of the input read so far.
    read: Cell<u64>,
}

impl ISlice {
    fn finish(&self) {
        let old = self.it.borrow_mut().take();
        drop(old);
    }

    /// The next item of the input, dropping it at its end or error.
    fn pull(&self, vm: &mut Vm, it: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        match next_item(vm, it) {
            Ok(Some(v)) => {
                self.read.set(self.read.get() + 1);
                Ok(Some(v))
            }
            r => {
                self.finish();
                r
            }
        }
    }
}

impl Step for ISlice {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let Some(it) = self.it.borrow().clone() else {
            return Ok(None);
        };
        let mut pace = Pace::default();
        while self.read.get() < self.next.get() {
            if self.pull(vm, &it)?.is_none() {
                return Ok(None);
            }
            pace.tick(vm)?;
        }
        if self.stop.is_some_and(|s| self.read.get() >= s) {
            self.finish();
            return Ok(None);
        }
        let Some(v) = self.pull(vm, &it)? else {
            return Ok(None);
        };
        let next = self.next.get().saturating_add(self.step);
        self.next.set(match self.stop {
            Some(s) => next.min(s),
            None => next,
        });
        Ok(Some(v))
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.it, |it, visit| visit.visit_opt(it));
    }

    fn clear(&self) {
        clear_cell(&self.it);
    }
}

/// An index of `islice`: `None` stays `None`; anything else must convert to a
/// `Py_ssize_t` (any failure is `Err(())`, for the caller's own message).
fn islice_index(vm: &mut Vm, o: &PyObjectRef) -> Result<Option<i64>, ()> {
    if vm.is_none(o) {
        return Ok(None);
    }
    match vm.to_index_value(o) {
        Ok(v) => v.as_i64().map(Some).ok_or(()),
        Err(_) => Err(()),
    }
}

fn islice_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, pos) = new_args(vm, &args, "islice")?;
    no_kwargs(vm, &cls, &args, "islice")?;
    let pos = positional(vm, "islice", pos, 2, 4)?;
    const STOP: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const INDICES: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const STEP: &str = "Step for islice() must be a positive integer or None.";
    let (start, stop) = if pos.len() == 2 {
        (Some(0), islice_index(vm, &pos[1]))
    } else {
        // A start that does not convert is reported as a bad index below.
        let start = islice_index(vm, &pos[1]).ok().map(|s| s.unwrap_or(0));
        (start, islice_index(vm, &pos[2]))
    };
    let stop = match stop {
        Ok(None) => None,
        Ok(Some(s)) if s >= 0 => Some(s as u64),
        // CPython keeps -1 for "no stop", so -1 is refused as a bad stop and
        // other negative values as bad indices.
        Ok(Some(-1)) | Err(()) => return Err(vm.new_value_error(STOP)),
        Ok(Some(_)) => return Err(vm.new_value_error(INDICES)),
    };
    let start = match start {
        Some(s) if s >= 0 => s as u64,
        _ => return Err(vm.new_value_error(INDICES)),
    };
    let step = match pos.get(3).map(|s| islice_index(vm, s)) {
        None | Some(Ok(None)) => 1,
        Some(Ok(Some(s))) if s >= 1 => s as u64,
        Some(_) => return Err(vm.new_value_error(STEP)),
    };
    let it = vm.get_iter(&pos[0])?;
    Ok(new_object(
        vm,
        &cls,
        ISlice {
            it: RefCell::new(Some(it)),
            next: Cell::new(start),
            stop,
            step,
            read: Cell::new(0),
        },
    ))
}

pub fn islice_type(vm: &mut Vm) -> PyObjectRef {
    make_type::<Itertool>(vm, "islice", true, islice_new, true)
}

// ----- pairwise -----

/// `pairwise(iterable)`.
pub struct Pairwise {
    /// `None` once exhausted or failed.
    it: RefCell<Option<PyObjectRef>>,
    /// The last item read.
    old: RefCell<Option<PyObjectRef>>,
}

impl Pairwise {
    fn finish(&self) {
        let old = (self.it.borrow_mut().take(), self.old.borrow_mut().take());
        drop(old);
    }
}

impl Step for Pairwise {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let Some(it) = self.it.borrow().clone() else {
            return Ok(None);
        };
        let old = self.old.borrow().clone();
        let old = match old {
            Some(o) => o,
            None => match next_item(vm, &it) {
                Ok(Some(o)) => {
                    *self.old.borrow_mut() = Some(o.clone());
                    o
                }
                r => {
                    self.finish();
                    return r;
                }
            },
        };
        let new = match next_item(vm, &it) {
            Ok(Some(n)) => n,
            r => {
                self.finish();
                return r;
            }
        };
        *self.old.borrow_mut() = Some(new.clone());
        Ok(Some(vm.new_tuple(vec![old, new])))
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.it, |it, visit| visit.visit_opt(it));
        visit.visit_cell(&self.old, |o, visit| visit.visit_opt(o));
    }

    fn clear(&self) {
        clear_cell(&self.it);
        clear_cell(&self.old);
    }
}

fn pairwise_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, pos) = new_args(vm, &args, "pairwise")?;
    no_kwargs(vm, &cls, &args, "pairwise")?;
    let [iterable] = positional(vm, "pairwise", pos, 1, 1)? else {
        return Err(vm.new_type_error("pairwise expected 1 argument"));
    };
    let it = vm.get_iter(iterable)?;
    Ok(new_object(
        vm,
        &cls,
        Pairwise {
            it: RefCell::new(Some(it)),
            old: RefCell::new(None),
        },
    ))
}

pub fn pairwise_type(vm: &mut Vm) -> PyObjectRef {
    make_type::<Itertool>(vm, "pairwise", true, pairwise_new, true)
}

// ----- starmap -----

/// `starmap(function, iterable)`: `function(*item)` for each item.
pub struct StarMap {
    func: PyObjectRef,
    it: PyObjectRef,
}

impl Step for StarMap {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let Some(args) = next_item(vm, &self.it)? else {
            return Ok(None);
        };
        let r = match args.downcast_ref::<PyTuple>() {
            Some(t) if args.class().is(&vm.types.tuple) => vm.call_positional(&self.func, t.as_slice()),
            _ => {
                let items = vm.collect(&args)?;
                vm.call_positional(&self.func, &items)
            }
        };
        r.map(Some)
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.func);
        visit.visit(&self.it);
    }
}

fn starmap_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, pos) = new_args(vm, &args, "starmap")?;
    no_kwargs(vm, &cls, &args, "starmap")?;
    let [func, iterable] = positional(vm, "starmap", pos, 2, 2)? else {
        return Err(vm.new_type_error("starmap expected 2 arguments"));
    };
    let it = vm.get_iter(iterable)?;
    Ok(new_object(vm, &cls, StarMap { func: func.clone(), it }))
}

pub fn starmap_type(vm: &mut Vm) -> PyObjectRef {
    make_type::<Itertool>(vm, "starmap", true, starmap_new, true)
}

// ----- zip_longest -----

/// `zip_longest(*iterables, fillvalue=None)`.
pub struct ZipLongest {
    /// The inputs; an exhausted one is `None` (it gives `fillvalue`).
    iters: RefCell<Vec<Option<PyObjectRef>>>,
    /// How many inputs are not exhausted; 0 ends the iterator (also after an
    /// error).
    active: Cell<usize>,
    fillvalue: PyObjectRef,
    /// The last result, refilled when the loop has let go of it (as
    /// CPython's `zip_longest` reuses its result tuple).
    result: TupleSlot,
}

impl Step for ZipLongest {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let n = self.iters.borrow().len();
        if n == 0 || self.active.get() == 0 {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(n);
        for i in 0..n {
            let it = self.iters.borrow().get(i).cloned().flatten();
            let Some(it) = it else {
                items.push(self.fillvalue.clone());
                continue;
            };
            match next_item(vm, &it) {
                Ok(Some(v)) => items.push(v),
                Ok(None) => {
                    let left = self.active.get().saturating_sub(1);
                    self.active.set(left);
                    if left == 0 {
                        return Ok(None);
                    }
                    if let Some(slot) = self.iters.borrow_mut().get_mut(i) {
                        *slot = None;
                    }
                    items.push(self.fillvalue.clone());
                }
                Err(e) => {
                    self.active.set(0);
                    return Err(e);
                }
            }
        }
        Ok(Some(self.result.make(vm, items.into_iter())))
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.iters, |its, visit| its.iter().for_each(|i| visit.visit_opt(i)));
        visit.visit(&self.fillvalue);
        self.result.traverse(visit);
    }

    fn clear(&self) {
        clear_cell(&self.iters);
        self.result.clear();
    }
}

fn zip_longest_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, pos) = new_args(vm, &args, "zip_longest")?;
    let mut fillvalue = None;
    for (k, v) in args.kwargs() {
        if k != "fillvalue" || args.kwnames().len() > 1 {
            return Err(vm.new_type_error("zip_longest() got an unexpected keyword argument"));
        }
        fillvalue = Some(v.clone());
    }
    let mut iters = Vec::with_capacity(pos.len());
    for p in pos {
        iters.push(Some(vm.get_iter(p)?));
    }
    let fillvalue = fillvalue.unwrap_or_else(|| vm.none());
    Ok(new_object(
        vm,
        &cls,
        ZipLongest {
            active: Cell::new(iters.len()),
            iters: RefCell::new(iters),
            fillvalue,
            result: TupleSlot::default(),
        },
    ))
}

pub fn zip_longest_type(vm: &mut Vm) -> PyObjectRef {
    make_type::<Itertool>(vm, "zip_longest", true, zip_longest_new, true)
}
