//! The combinatoric iterators: `product`, `permutations`, `combinations`,
//! `combinations_with_replacement`.
//!
//! Each reads its inputs into pools and makes its index vectors at
//! construction (so that a size no memory can hold fails there with
//! `MemoryError`, as in CPython), then walks the indices in lexicographic
//! order (the algorithms of the documentation's Python equivalents). No Python
//! code runs while stepping, so the state is borrowed for the whole step.

use std::cell::RefCell;

use kaa_vm::object::core::Visit;
use kaa_vm::object::int::PyInt;
use kaa_vm::object::tuple::TupleSlot;
use kaa_vm::object::PyObjectRef;
use kaa_vm::{Args, PyResult, Vm};

use super::{bind, check_buffer, make_type, new_args, new_object, small_int, ssize, Itertool, Step};

/// An empty vector with room for `n` items, or `MemoryError`.
fn with_capacity<T>(vm: &mut Vm, n: usize) -> PyResult<Vec<T>> {
    check_buffer::<T>(vm, n)?;
    let mut v = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        return Err(vm.new_memory_error());
    }
    Ok(v)
}

/// `0, 1, ..., n - 1`, or `MemoryError` (sizes come from the script:
/// `combinations_with_replacement('a', 10**12)`).
fn counting(vm: &mut Vm, n: usize) -> PyResult<Vec<usize>> {
    let mut v = with_capacity(vm, n)?;
    v.extend(0..n);
    Ok(v)
}

/// The tuple `(pool[i] for i in indices)`. (The index vector, as long as the
/// result, was allocated at construction: no size check per step.)
/// The last result is refilled in place when the loop has let go of it
/// (`TupleSlot`, as CPython's combinatorics reuse theirs).
fn pick(vm: &mut Vm, result: &TupleSlot, pool: &[PyObjectRef], indices: &[usize]) -> PyResult {
    Ok(result.make(vm, indices.iter().map(|&i| pool[i].clone())))
}

fn visit_pool(pool: &[PyObjectRef], visit: &mut Visit<'_>) {
    pool.iter().for_each(|o| visit.visit(o));
}

/// Where a combinatoric iterator is.
enum Walk {
    /// Nothing returned yet; the first result is the tuple of these indices.
    Start(Vec<usize>),
    /// Returned the tuple of these indices.
    At(Vec<usize>),
    Done,
}

impl Walk {
    /// The indices of the next result: the first ones, or the last ones moved
    /// on by `advance` (which says whether there is another result); `None`
    /// at the end.
    fn step(&mut self, advance: impl FnOnce(&mut [usize]) -> bool) -> Option<&[usize]> {
        match std::mem::replace(self, Walk::Done) {
            Walk::Done => return None,
            Walk::Start(ix) => *self = Walk::At(ix),
            Walk::At(mut ix) => {
                if !advance(&mut ix) {
                    return None;
                }
                *self = Walk::At(ix);
            }
        }
        match self {
            Walk::At(ix) => Some(ix),
            _ => None,
        }
    }

    fn clear(cell: &RefCell<Walk>) {
        if let Ok(mut w) = cell.try_borrow_mut() {
            *w = Walk::Done;
        }
    }
}

// ----- product -----

/// `product(*iterables, repeat=1)`.
pub struct Product {
    /// One pool per iterable; position `i` of a result draws from
    /// `pools[i % pools.len()]` (so `repeat` needs no copies).
    pools: Vec<Vec<PyObjectRef>>,
    walk: RefCell<Walk>,
    result: TupleSlot,
}

impl Step for Product {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let pool = |i: usize| &self.pools[i % self.pools.len()];
        let mut walk = self.walk.borrow_mut();
        // Advance like an odometer, the rightmost position fastest.
        let Some(indices) = walk.step(|ix| {
            for i in (0..ix.len()).rev() {
                ix[i] += 1;
                if ix[i] < pool(i).len() {
                    return true;
                }
                ix[i] = 0;
            }
            false
        }) else {
            return Ok(None);
        };
        // As long as the index vector made at construction: no size check.
        let t = self
            .result
            .make(vm, indices.iter().enumerate().map(|(i, &j)| pool(i)[j].clone()));
        drop(walk);
        Ok(Some(t))
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        self.pools.iter().for_each(|p| visit_pool(p, visit));
        self.result.traverse(visit);
    }

    fn clear(&self) {
        Walk::clear(&self.walk);
        self.result.clear();
    }
}

fn product_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, pos) = new_args(vm, &args, "product")?;
    let [repeat] = bind(vm, "product", &[], &args, ["repeat"], 0, 0)?;
    let repeat = match repeat {
        Some(r) => ssize(vm, &r)?,
        None => 1,
    };
    if repeat < 0 {
        return Err(vm.new_value_error("repeat argument cannot be negative"));
    }
    let repeat = repeat as usize;
    // With `repeat=0` the iterables are not even read.
    let inputs = if repeat == 0 { &[][..] } else { pos };
    let Some(width) = inputs
        .len()
        .checked_mul(repeat)
        .filter(|w| *w <= isize::MAX as usize / 8)
    else {
        return Err(vm.new_overflow_error("repeat argument too large"));
    };
    let mut pools = Vec::with_capacity(inputs.len());
    for p in inputs {
        pools.push(vm.collect(p)?);
    }
    let mut indices = with_capacity(vm, width)?;
    indices.resize(width, 0);
    let walk = if pools.iter().any(|p| p.is_empty()) {
        Walk::Done
    } else {
        Walk::Start(indices)
    };
    Ok(new_object(
        vm,
        &cls,
        Product {
            pools,
            walk: RefCell::new(walk),
            result: TupleSlot::default(),
        },
    ))
}

pub fn product_type(vm: &mut Vm) -> PyObjectRef {
    make_type::<Itertool>(vm, "product", true, product_new, true)
}

// ----- combinations -----

/// `combinations(iterable, r)`: increasing index tuples.
pub struct Combinations {
    pool: Vec<PyObjectRef>,
    walk: RefCell<Walk>,
    result: TupleSlot,
}

impl Step for Combinations {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let n = self.pool.len();
        let mut walk = self.walk.borrow_mut();
        // The rightmost index below its maximum (n - r + i) moves up, the
        // ones after it follow it.
        let Some(indices) = walk.step(|ix| {
            let r = ix.len();
            let Some(i) = (0..r).rev().find(|&i| ix[i] != i + n - r) else {
                return false;
            };
            ix[i] += 1;
            for j in i + 1..r {
                ix[j] = ix[j - 1] + 1;
            }
            true
        }) else {
            return Ok(None);
        };
        let t = pick(vm, &self.result, &self.pool, indices)?;
        Ok(Some(t))
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit_pool(&self.pool, visit);
        self.result.traverse(visit);
    }

    fn clear(&self) {
        Walk::clear(&self.walk);
        self.result.clear();
    }
}

/// `(cls, pool, r)` of `name(iterable, r)`.
fn pool_and_r(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(PyObjectRef, Vec<PyObjectRef>, usize)> {
    let (cls, pos) = new_args(vm, args, name)?;
    let [Some(iterable), Some(r)] = bind(vm, name, pos, args, ["iterable", "r"], 2, 2)? else {
        return Err(vm.new_type_error(format!("{name}() missing required argument")));
    };
    let r = ssize(vm, &r)?;
    let pool = vm.collect(&iterable)?;
    if r < 0 {
        return Err(vm.new_value_error("r must be non-negative"));
    }
    Ok((cls, pool, r as usize))
}

fn combinations_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, pool, r) = pool_and_r(vm, &args, "combinations")?;
    let indices = counting(vm, r)?;
    let walk = if r > pool.len() {
        Walk::Done
    } else {
        Walk::Start(indices)
    };
    Ok(new_object(
        vm,
        &cls,
        Combinations {
            pool,
            walk: RefCell::new(walk),
            result: TupleSlot::default(),
        },
    ))
}

pub fn combinations_type(vm: &mut Vm) -> PyObjectRef {
    make_type::<Itertool>(vm, "combinations", true, combinations_new, true)
}

// ----- combinations_with_replacement -----

/// `combinations_with_replacement(iterable, r)`: non-decreasing index tuples.
pub struct CombinationsWR {
    pool: Vec<PyObjectRef>,
    walk: RefCell<Walk>,
    result: TupleSlot,
}

impl Step for CombinationsWR {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let n = self.pool.len();
        let mut walk = self.walk.borrow_mut();
        // The rightmost index below n - 1 moves up; all after it take its
        // new value.
        let Some(indices) = walk.step(|ix| {
            let Some(i) = (0..ix.len()).rev().find(|&i| ix[i] != n - 1) else {
                return false;
            };
            let v = ix[i] + 1;
            ix[i..].iter_mut().for_each(|x| *x = v);
            true
        }) else {
            return Ok(None);
        };
        let t = pick(vm, &self.result, &self.pool, indices)?;
        Ok(Some(t))
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit_pool(&self.pool, visit);
        self.result.traverse(visit);
    }

    fn clear(&self) {
        Walk::clear(&self.walk);
        self.result.clear();
    }
}

fn combinations_wr_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, pool, r) = pool_and_r(vm, &args, "combinations_with_replacement")?;
    let mut indices = with_capacity(vm, r)?;
    indices.resize(r, 0);
    let walk = if pool.is_empty() && r > 0 {
        Walk::Done
    } else {
        Walk::Start(indices)
    };
    Ok(new_object(
        vm,
        &cls,
        CombinationsWR {
            pool,
            walk: RefCell::new(walk),
            result: TupleSlot::default(),
        },
    ))
}

pub fn combinations_wr_type(vm: &mut Vm) -> PyObjectRef {
    make_type::<Itertool>(vm, "combinations_with_replacement", true, combinations_wr_new, true)
}

// ----- permutations -----

/// `permutations(iterable, r=None)`, by the documentation's algorithm:
/// `indices` is a permutation of `0..n` whose first `r` give the result;
/// `cycles[i]` counts down the choices left at position `i`.
pub struct Permutations {
    pool: Vec<PyObjectRef>,
    r: usize,
    /// `cycles`; `indices` are in the walk.
    cycles: RefCell<Vec<usize>>,
    walk: RefCell<Walk>,
    result: TupleSlot,
}

impl Step for Permutations {
    fn next(&self, vm: &mut Vm, _this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let (n, r) = (self.pool.len(), self.r);
        let mut walk = self.walk.borrow_mut();
        let mut cycles = self.cycles.borrow_mut();
        let Some(indices) = walk.step(|ix| {
            if n == 0 {
                return false;
            }
            for i in (0..r).rev() {
                cycles[i] -= 1;
                if cycles[i] == 0 {
                    // Index i goes to the end; position i starts over.
                    ix[i..].rotate_left(1);
                    cycles[i] = n - i;
                } else {
                    let j = cycles[i];
                    ix.swap(i, n - j);
                    return true;
                }
            }
            false
        }) else {
            return Ok(None);
        };
        let t = pick(vm, &self.result, &self.pool, &indices[..r])?;
        Ok(Some(t))
    }

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit_pool(&self.pool, visit);
        self.result.traverse(visit);
    }

    fn clear(&self) {
        Walk::clear(&self.walk);
        self.result.clear();
    }
}

fn permutations_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, pos) = new_args(vm, &args, "permutations")?;
    let [iterable, r] = bind(vm, "permutations", pos, &args, ["iterable", "r"], 1, 2)?;
    let Some(iterable) = iterable else {
        return Err(vm.new_type_error("permutations() missing required argument 'iterable' (pos 1)"));
    };
    let pool = vm.collect(&iterable)?;
    let n = pool.len();
    let r = match r.filter(|r| !vm.is_none(r)) {
        None => n as i64,
        Some(r) => {
            // Only an int will do (not any object with `__index__`).
            if !r.payload_is::<PyInt>() {
                return Err(vm.new_type_error("Expected int as r"));
            }
            match small_int(&r) {
                Some(r) => r,
                None => return Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
            }
        }
    };
    if r < 0 {
        return Err(vm.new_value_error("r must be non-negative"));
    }
    let r = r as usize;
    let indices = counting(vm, n)?;
    let mut cycles = with_capacity(vm, r)?;
    let walk = if r > n {
        Walk::Done
    } else {
        // n, n - 1, ..., n - r + 1
        cycles.extend((n - r + 1..=n).rev());
        Walk::Start(indices)
    };
    Ok(new_object(
        vm,
        &cls,
        Permutations {
            pool,
            r,
            cycles: RefCell::new(cycles),
            walk: RefCell::new(walk),
            result: TupleSlot::default(),
        },
    ))
}

pub fn permutations_type(vm: &mut Vm) -> PyObjectRef {
    make_type::<Itertool>(vm, "permutations", true, permutations_new, true)
}
