//! `itertools`: CPython 3.11's iterator building blocks, lazy, in Rust.
//!
//! Every iterator type of the module (`itertools.count`, `itertools.chain`, ...
//! and the helpers `_grouper` and `_tee`) has the same payload, [`Itertool`],
//! whose `Kind` says which one it is. The code of each lives with its section
//! of the documentation:
//!
//! | file | types |
//! |---|---|
//! | `infinite` | `count`, `cycle`, `repeat` |
//! | `terminating` | `accumulate`, `chain`, `compress`, `dropwhile`, `filterfalse`, `islice`, `pairwise`, `starmap`, `takewhile`, `zip_longest` |
//! | `groupby` | `groupby` and its `_grouper` |
//! | `tee` | `tee()`, `_tee` and `_tee_dataobject` |
//! | `combinatoric` | `product`, `permutations`, `combinations`, `combinations_with_replacement` |
//!
//! One payload gives one fast path: an itertool that reads another
//! (`islice(count())`, `chain(zip_longest(...))`) steps it directly through
//! `next_item` instead of looking up and calling its `__next__`.
//!
//! Rules every `next` follows:
//! - no `RefCell` borrow is held across a call that may run Python code (a
//!   callback may re-enter the same iterator);
//! - state that changes after construction lives in a cell and is dropped by
//!   `clear` (a cycle through it must be collectable); what is fixed at
//!   construction is a plain field;
//! - a loop that may skip items without end (`dropwhile`, `islice`,
//!   `filterfalse`, ...) checks the interpreter's limits every
//!   [`LONG_LOOP`] items (`Pace`), so that an endless input cannot hang it.

use kaa_vm::object::core::{PyPayload, Visit};
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::typ::{PyType, TypeFlags};
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

use kaa_vm::limits::LONG_LOOP;

mod combinatoric;
mod groupby;
mod infinite;
mod tee;
mod terminating;

/// What one step of an itertool does, and which references it holds.
trait Step {
    /// The next item; `Ok(None)` when exhausted. `this` is the object itself.
    fn next(&self, vm: &mut Vm, this: &PyObjectRef) -> PyResult<Option<PyObjectRef>>;
    /// Visit every reference held (see `PyPayload::traverse`).
    fn traverse(&self, visit: &mut Visit<'_>);
    /// Drop the references that can change after construction.
    fn clear(&self) {}
}

macro_rules! kinds {
    ($( $variant:ident($ty:ty) ),* $(,)?) => {
        /// Which itertool an [`Itertool`] is, with its state.
        enum Kind {
            $( $variant($ty), )*
        }

        impl Kind {
            #[inline]
            fn next(&self, vm: &mut Vm, this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
                match self {
                    $( Kind::$variant(s) => s.next(vm, this), )*
                }
            }

            fn traverse(&self, visit: &mut Visit<'_>) {
                match self {
                    $( Kind::$variant(s) => s.traverse(visit), )*
                }
            }

            fn clear(&self) {
                match self {
                    $( Kind::$variant(s) => s.clear(), )*
                }
            }
        }

        $(
            impl From<$ty> for Kind {
                fn from(s: $ty) -> Kind {
                    Kind::$variant(s)
                }
            }
        )*
    };
}

kinds! {
    Count(infinite::Count),
    Cycle(infinite::Cycle),
    Repeat(infinite::Repeat),
    Accumulate(terminating::Accumulate),
    Chain(terminating::Chain),
    Compress(terminating::Compress),
    DropWhile(terminating::DropWhile),
    FilterFalse(terminating::FilterFalse),
    ISlice(terminating::ISlice),
    Pairwise(terminating::Pairwise),
    StarMap(terminating::StarMap),
    TakeWhile(terminating::TakeWhile),
    ZipLongest(terminating::ZipLongest),
    GroupBy(groupby::GroupBy),
    Grouper(groupby::Grouper),
    Tee(tee::Tee),
    Product(combinatoric::Product),
    Permutations(combinatoric::Permutations),
    Combinations(combinatoric::Combinations),
    CombinationsWR(combinatoric::CombinationsWR),
}

/// The payload of every iterator type of the module.
pub struct Itertool {
    kind: Kind,
}

impl PyPayload for Itertool {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        self.kind.traverse(visit);
    }

    fn clear(&self) {
        self.kind.clear();
    }
}

impl Itertool {
    /// One step, counted against the recursion limit: itertools nest
    /// (`chain(chain(chain(...)))`) and each level is a native call.
    #[inline]
    fn step(&self, vm: &mut Vm, this: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        vm.guarded(kaa_vm::recursion::PLAIN, |vm| self.kind.next(vm, this))
    }
}

/// `next(it)` with `Ok(None)` at the end: itertools of this module (not of a
/// Python subclass, which may override `__next__`) are stepped directly.
#[inline]
pub(crate) fn next_item(vm: &mut Vm, it: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
    if let Some(t) = it.downcast_ref::<Itertool>() {
        if !it.ty().flags.heaptype {
            return t.step(vm, it);
        }
    }
    vm.iter_next(it)
}

/// Counts the items of a native loop that may not end, and checks the
/// interpreter's limits (interrupt, deadline, fuel, memory) every
/// [`LONG_LOOP`] of them.
#[derive(Default)]
pub(crate) struct Pace(usize);

impl Pace {
    #[inline]
    pub(crate) fn tick(&mut self, vm: &mut Vm) -> PyResult<()> {
        self.0 += 1;
        if self.0 == LONG_LOOP {
            self.0 = 0;
            vm.check_long_loop(0)?;
        }
        Ok(())
    }
}

// ----- the methods every type shares -----

/// `self` of a method, which must be an itertool.
fn this<'a>(vm: &mut Vm, args: &Args<'a>, method: &str) -> PyResult<(&'a PyObjectRef, &'a Itertool)> {
    let o = args
        .pos()
        .first()
        .ok_or_else(|| vm.new_type_error(format!("descriptor '{method}' needs an argument")))?;
    match o.downcast_ref::<Itertool>() {
        Some(t) => Ok((o, t)),
        None => Err(vm.new_type_error(format!(
            "descriptor '{method}' requires an itertools object but received a '{}'",
            o.ty().name()
        ))),
    }
}

/// `self` of a method of one type, with the state `kind` finds in it, or
/// CPython's message for another object (`requires a 'itertools.T' object`,
/// or with `doesnt_apply`, `for 'itertools.T' objects doesn't apply to`).
fn this_of<'a, S>(
    vm: &mut Vm,
    args: &Args<'a>,
    method: &str,
    type_name: &str,
    doesnt_apply: bool,
    kind: impl Fn(&'a Kind) -> Option<&'a S>,
) -> PyResult<(&'a PyObjectRef, &'a S)> {
    let o = args
        .pos()
        .first()
        .ok_or_else(|| vm.new_type_error(format!("descriptor '{method}' needs an argument")))?;
    if let Some(s) = o.downcast_ref::<Itertool>().and_then(|t| kind(&t.kind)) {
        return Ok((o, s));
    }
    let got = o.ty().name();
    Err(vm.new_type_error(if doesnt_apply {
        format!("descriptor '{method}' for 'itertools.{type_name}' objects doesn't apply to a '{got}' object")
    } else {
        format!("descriptor '{method}' requires a 'itertools.{type_name}' object but received a '{got}'")
    }))
}

fn iter_self(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<1>(vm, "__iter__")?;
    let (o, _) = this(vm, &args, "__iter__")?;
    Ok(o.clone())
}

fn next_method(vm: &mut Vm, args: Args) -> PyResult {
    // The usual call, `next(it)` or a `for` loop, is checked in one match.
    let (o, t) = match (args.items(), args.has_kwargs()) {
        ([o], false) => match o.downcast_ref::<Itertool>() {
            Some(t) => (o, t),
            None => this(vm, &args, "__next__")?,
        },
        _ => {
            args.exact::<1>(vm, "__next__")?;
            this(vm, &args, "__next__")?
        }
    };
    match t.step(vm, o)? {
        Some(v) => Ok(v),
        None => Err(vm.new_stop_iteration(None)),
    }
}

/// `next(it)` for `Vm::iter_next` (a `for` loop, `list()`, `sum()`):
/// the step without the method call, and no StopIteration made at the end.
fn native_next(vm: &mut Vm, it: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
    match it.downcast_ref::<Itertool>() {
        Some(t) => t.step(vm, it),
        None => Err(vm.new_type_error(format!("'{}' object is not an iterator", it.ty().name()))),
    }
}

/// The name a repr starts with: the class's name without its module, so that
/// a subclass shows its own (CPython's `_PyType_Name`).
fn type_name(o: &PyObjectRef) -> String {
    let n = o.ty().name();
    n.rsplit('.').next().unwrap_or(n).to_string()
}

// ----- making objects and types -----

/// A new itertool of class `cls` (with a `__dict__` for a Python subclass).
fn new_object(vm: &mut Vm, cls: &PyObjectRef, kind: impl Into<Kind>) -> PyObjectRef {
    vm.new_instance(Itertool { kind: kind.into() }, cls)
}

/// A type the module made at import, by name (`_grouper`, `_tee`, ...).
fn module_type(vm: &mut Vm, name: &str) -> PyResult<PyObjectRef> {
    let key = format!("itertools.{name}");
    let found = vm.module_state.borrow().get(&key).cloned();
    found.ok_or_else(|| vm.new_runtime_error("itertools is not initialized"))
}

/// Make the type `itertools.NAME` with payload `T`, constructor `new` and, for
/// iterators, `__iter__` and `__next__`.
fn make_type<T: PyPayload>(vm: &mut Vm, name: &str, basetype: bool, new: NativeFn, iterator: bool) -> PyObjectRef {
    let object = vm.types.object.clone();
    let ty = PyType::new(
        format!("itertools.{name}"),
        Some(object.clone()),
        vec![object.clone()],
        object.mro(),
        &T::VTABLE,
        TypeFlags {
            has_dict: false,
            basetype,
            heaptype: false,
        },
    );
    let cls = PyObjectRef::new_type(ty, &vm.types.type_);
    *cls.ty_payload().qualname.borrow_mut() = name.to_string();
    let module = vm.new_str("itertools");
    vm.set_type_attr(&cls, "__module__", module);
    vm.add_static(&cls, "__new__", new);
    if iterator {
        vm.add_method(&cls, "__iter__", iter_self);
        vm.add_method(&cls, "__next__", next_method);
        cls.ty_payload().native_next.set(Some(native_next));
    }
    vm.module_state
        .borrow_mut()
        .insert(format!("itertools.{name}"), cls.clone());
    cls
}

// ----- arguments -----

/// The class argument of `__new__` (a subtype of `itertools.NAME`), and the
/// arguments after it.
fn new_args<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(PyObjectRef, &'a [PyObjectRef])> {
    let Some((cls, rest)) = args.pos().split_first() else {
        return Err(vm.new_type_error(format!("itertools.{name}.__new__(): not enough arguments")));
    };
    if cls.as_type().is_none() {
        return Err(vm.new_type_error(format!(
            "itertools.{name}.__new__(X): X is not a type object ({})",
            cls.ty().name()
        )));
    }
    let base = module_type(vm, name)?;
    if !cls.is_subtype(&base) {
        let n = cls.ty_payload().name().to_string();
        return Err(vm.new_type_error(format!(
            "itertools.{name}.__new__({n}): {n} is not a subtype of itertools.{name}"
        )));
    }
    Ok((cls.clone(), rest))
}

/// Bind a constructor's arguments as CPython's built-ins do
/// (`_PyArg_UnpackKeywords`), with its messages: `names` are the parameters,
/// the first `maxpos` may be given by position and the first `minpos` must be
/// given. Missing optional ones are `None`.
fn bind<const N: usize>(
    vm: &mut Vm,
    fname: &str,
    pos: &[PyObjectRef],
    args: &Args,
    names: [&str; N],
    minpos: usize,
    maxpos: usize,
) -> PyResult<[Option<PyObjectRef>; N]> {
    let npos = pos.len();
    let nkw = args.kwnames().len();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if npos + nkw > N {
        return Err(vm.new_type_error(format!(
            "{fname}() takes at most {N} {}argument{} ({} given)",
            if npos == 0 { "keyword " } else { "" },
            plural(N),
            npos + nkw
        )));
    }
    if npos > maxpos {
        return Err(vm.new_type_error(if maxpos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            format!(
                "{fname}() takes {} {maxpos} positional argument{} ({npos} given)",
                if minpos < maxpos { "at most" } else { "exactly" },
                plural(maxpos)
            )
        }));
    }
    let mut out: [Option<PyObjectRef>; N] = std::array::from_fn(|i| pos.get(i).cloned());
    let mut used = 0;
    for i in npos..N {
        out[i] = args.kwarg(names[i]).cloned();
        if out[i].is_some() {
            used += 1;
        } else if i < minpos {
            return Err(vm.new_type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    if used < nkw {
        for (i, name) in names.iter().enumerate().take(npos) {
            if args.kwarg(name).is_some() {
                return Err(vm.new_type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        if let Some((k, _)) = args.kwargs().find(|(k, _)| !names.contains(k)) {
            return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for {fname}()")));
        }
    }
    Ok(out)
}

/// Between `min` and `max` positional arguments (CPython's
/// `PyArg_UnpackTuple` messages).
fn positional<'a>(
    vm: &mut Vm,
    fname: &str,
    pos: &'a [PyObjectRef],
    min: usize,
    max: usize,
) -> PyResult<&'a [PyObjectRef]> {
    let n = pos.len();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if n < min {
        let at = if min == max { "" } else { "at least " };
        return Err(vm.new_type_error(format!("{fname} expected {at}{min} argument{}, got {n}", plural(min))));
    }
    if n > max {
        let at = if min == max { "" } else { "at most " };
        return Err(vm.new_type_error(format!("{fname} expected {at}{max} argument{}, got {n}", plural(max))));
    }
    Ok(pos)
}

/// `fname() takes no keyword arguments`, checked as CPython does for types
/// whose `__new__` takes none: only when the class is the type itself or does
/// not define its own `__init__` (which may take them).
fn no_kwargs(vm: &mut Vm, cls: &PyObjectRef, args: &Args, fname: &str) -> PyResult<()> {
    if !args.has_kwargs() {
        return Ok(());
    }
    let init = vm.names.__init__.clone();
    let own_init = cls.ty_payload().lookup(&init);
    let object_init = vm.types.object.ty_payload().get_own(&init);
    let overridden = match (&own_init, &object_init) {
        (Some(a), Some(b)) => !a.is(b),
        _ => false,
    };
    if overridden {
        return Ok(());
    }
    Err(vm.new_type_error(format!("{fname}() takes no keyword arguments")))
}

/// An argument CPython converts to `Py_ssize_t` (`__index__`, then the range check).
fn ssize(vm: &mut Vm, o: &PyObjectRef) -> PyResult<i64> {
    match vm.to_index_value(o)? {
        IntValue::Small(i) => Ok(i),
        IntValue::Big(_) => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// The value of an `int` (or `bool`, or subclass) if it fits an `i64`.
fn small_int(o: &PyObjectRef) -> Option<i64> {
    match o.downcast_ref::<PyInt>()?.value {
        IntValue::Small(i) => Some(i),
        IntValue::Big(_) => None,
    }
}

/// Refuse (with `MemoryError`) a buffer of `n` items of `T` that no memory
/// here could hold. CPython gets this from `malloc`, which fails for more than
/// the machine has; Kaa's allocator reserves address space lazily, so a huge
/// index vector would only fail, fatally, when written.
fn check_buffer<T>(vm: &mut Vm, n: usize) -> PyResult<()> {
    let bytes = (n as u128) * (std::mem::size_of::<T>().max(1) as u128);
    vm.check_alloc(bytes)?;
    if bytes > physical_memory() {
        return Err(vm.new_memory_error());
    }
    Ok(())
}

/// The machine's memory in bytes (unbounded where it cannot be asked).
fn physical_memory() -> u128 {
    #[cfg(unix)]
    {
        static BYTES: std::sync::OnceLock<u128> = std::sync::OnceLock::new();
        *BYTES.get_or_init(|| {
            // SAFETY: `sysconf` has no preconditions.
            let (pages, size) = unsafe { (libc::sysconf(libc::_SC_PHYS_PAGES), libc::sysconf(libc::_SC_PAGESIZE)) };
            if pages > 0 && size > 0 {
                pages as u128 * size as u128
            } else {
                u128::MAX
            }
        })
    }
    #[cfg(not(unix))]
    {
        u128::MAX
    }
}

// ----- the module -----

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("itertools", None)?;
    let types: Vec<(&str, PyObjectRef)> = vec![
        ("_grouper", groupby::grouper_type(vm)),
        ("_tee", tee::tee_type(vm)),
        ("_tee_dataobject", tee::dataobject_type(vm)),
        ("accumulate", terminating::accumulate_type(vm)),
        ("chain", terminating::chain_type(vm)),
        ("combinations", combinatoric::combinations_type(vm)),
        ("combinations_with_replacement", combinatoric::combinations_wr_type(vm)),
        ("compress", terminating::compress_type(vm)),
        ("count", infinite::count_type(vm)),
        ("cycle", infinite::cycle_type(vm)),
        ("dropwhile", terminating::dropwhile_type(vm)),
        ("filterfalse", terminating::filterfalse_type(vm)),
        ("groupby", groupby::groupby_type(vm)),
        ("islice", terminating::islice_type(vm)),
        ("pairwise", terminating::pairwise_type(vm)),
        ("permutations", combinatoric::permutations_type(vm)),
        ("product", combinatoric::product_type(vm)),
        ("repeat", infinite::repeat_type(vm)),
        ("starmap", terminating::starmap_type(vm)),
        ("takewhile", terminating::takewhile_type(vm)),
        ("zip_longest", terminating::zip_longest_type(vm)),
    ];
    for (name, cls) in types {
        vm.dict_set_str(&d, name, cls)?;
    }
    let tee = vm.new_builtin_function("tee", tee::tee);
    vm.dict_set_str(&d, "tee", tee)?;
    Ok(m)
}
