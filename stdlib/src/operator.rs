//! `operator`: CPython 3.11's operators as functions (`add`, `lt`, `getitem`,
//! `iadd`, ... and their `__dunder__` aliases, which are the same objects),
//! and the callables `itemgetter`, `attrgetter` and `methodcaller`.
//!
//! The functions are thin: each is the VM's own protocol function
//! (`Vm::binary_op`, `Vm::rich_compare`, `Vm::get_item`, ...), so that
//! `operator.add(a, b)` behaves exactly as `a + b`, messages included. CPython
//! splits the module into `operator.py` and `_operator`; here it is one Rust
//! module, and `_operator` is the same module object.

use kaa_compiler::bytecode::{BinaryOp, CompareOp};
use kaa_vm::builtins::new_native_type;
use kaa_vm::object::bytes::PyBytes;
use kaa_vm::object::core::{PyPayload, Visit};
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::list::{repr_enter, repr_leave, PyList};
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

// ----- arguments -----

/// The two operands of a binary function (Argument Clinic's messages).
fn two<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a [PyObjectRef; 2]> {
    fixed::<2>(vm, args, name)
}

/// Exactly `N` positional arguments, no keywords (`N >= 2`: `name expected
/// N arguments, got n`).
fn fixed<'a, const N: usize>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a [PyObjectRef; N]> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    let pos = args.pos();
    pos.try_into()
        .map_err(|_| vm.new_type_error(format!("{name} expected {N} arguments, got {}", pos.len())))
}

/// The one operand of a unary function (`METH_O`'s messages).
fn one<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyObjectRef> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    match args.pos() {
        [x] => Ok(x),
        pos => Err(vm.new_type_error(format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            pos.len()
        ))),
    }
}

/// At least `min` and at most `max` positional arguments, no keywords.
fn between<'a>(vm: &mut Vm, args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [PyObjectRef]> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    let n = args.pos().len();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if n < min {
        return Err(vm.new_type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.new_type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(args.pos())
}

// ----- arithmetic, bitwise and comparison operators -----

/// `fn NAME(a, b)` = `a OP b` and `fn INAME(a, b)` = `a OP= b`, for each
/// `BinaryOp`.
macro_rules! binary_operators {
    ($( $f:ident, $if:ident : $name:literal, $iname:literal => $op:ident; )*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult {
                let [a, b] = two(vm, &args, $name)?;
                vm.binary_op(a, b, BinaryOp::$op, false)
            }

            fn $if(vm: &mut Vm, args: Args) -> PyResult {
                let [a, b] = two(vm, &args, $iname)?;
                vm.binary_op(a, b, BinaryOp::$op, true)
            }
        )*

        /// `(name, function)` of every binary operator, plain then in-place.
        const BINARY: &[(&str, NativeFn)] = &[
            $( ($name, $f), ($iname, $if), )*
        ];
    };
}

binary_operators! {
    add, iadd: "add", "iadd" => Add;
    and_, iand: "and_", "iand" => And;
    floordiv, ifloordiv: "floordiv", "ifloordiv" => FloorDivide;
    lshift, ilshift: "lshift", "ilshift" => Lshift;
    matmul, imatmul: "matmul", "imatmul" => MatrixMultiply;
    mod_, imod: "mod", "imod" => Remainder;
    mul, imul: "mul", "imul" => Multiply;
    or_, ior: "or_", "ior" => Or;
    pow, ipow: "pow", "ipow" => Power;
    rshift, irshift: "rshift", "irshift" => Rshift;
    sub, isub: "sub", "isub" => Subtract;
    truediv, itruediv: "truediv", "itruediv" => TrueDivide;
    xor, ixor: "xor", "ixor" => Xor;
}

macro_rules! comparisons {
    ($( $f:ident => $op:ident; )*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult {
                let [a, b] = two(vm, &args, stringify!($f))?;
                vm.rich_compare(a, b, CompareOp::$op)
            }
        )*

        const COMPARISONS: &[(&str, NativeFn)] = &[ $( (stringify!($f), $f), )* ];
    };
}

comparisons! {
    lt => Lt;
    le => Le;
    eq => Eq;
    ne => Ne;
    ge => Ge;
    gt => Gt;
}

fn neg(vm: &mut Vm, args: Args) -> PyResult {
    let x = one(vm, &args, "neg")?;
    vm.unary_op(x, "__neg__", "-")
}

fn pos(vm: &mut Vm, args: Args) -> PyResult {
    let x = one(vm, &args, "pos")?;
    vm.unary_op(x, "__pos__", "+")
}

fn invert(vm: &mut Vm, args: Args) -> PyResult {
    let x = one(vm, &args, "invert")?;
    vm.unary_op(x, "__invert__", "~")
}

fn inv(vm: &mut Vm, args: Args) -> PyResult {
    let x = one(vm, &args, "inv")?;
    vm.unary_op(x, "__invert__", "~")
}

fn abs(vm: &mut Vm, args: Args) -> PyResult {
    let x = one(vm, &args, "abs")?;
    let name = vm.names.__abs__.clone();
    match vm.call_special(x, &name, &[]) {
        Some(r) => r,
        None => Err(vm.new_type_error(format!("bad operand type for abs(): '{}'", x.ty().name()))),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult {
    let x = one(vm, &args, "index")?;
    if x.class().is(&vm.types.int) {
        return Ok(x.clone());
    }
    let v = vm.to_index_value(x)?;
    Ok(vm.new_int_value(v))
}

fn truth(vm: &mut Vm, args: Args) -> PyResult {
    let x = one(vm, &args, "truth")?;
    let t = vm.is_true(x)?;
    Ok(vm.new_bool(t))
}

fn not_(vm: &mut Vm, args: Args) -> PyResult {
    let x = one(vm, &args, "not_")?;
    let t = vm.is_true(x)?;
    Ok(vm.new_bool(!t))
}

fn is_(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = two(vm, &args, "is_")?;
    Ok(vm.new_bool(a.is(b)))
}

fn is_not(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = two(vm, &args, "is_not")?;
    Ok(vm.new_bool(!a.is(b)))
}

// ----- sequences -----

/// Whether `o`'s type concatenates as a sequence (CPython's `sq_concat`):
/// list, tuple, str, bytes and their subclasses.
fn has_sq_concat(o: &PyObjectRef) -> bool {
    o.payload_is::<PyList>() || o.payload_is::<PyTuple>() || o.payload_is::<PyStr>() || o.payload_is::<PyBytes>()
}

/// CPython's `PySequence_Check`: not a dict, and `__getitem__` defined.
fn is_sequence(vm: &mut Vm, o: &PyObjectRef) -> bool {
    if o.is_instance_of(&vm.types.dict) {
        return false;
    }
    let name = vm.names.__getitem__.clone();
    vm.lookup_special(o, &name).is_some()
}

/// `a + b` by `__add__` / `__radd__` (`__iadd__` first if `inplace`), or
/// `None` if all of them are missing or return `NotImplemented`.
fn add_slots(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef, inplace: bool) -> PyResult<Option<PyObjectRef>> {
    let mut tries: Vec<(&PyObjectRef, &str, &PyObjectRef)> = Vec::with_capacity(3);
    if inplace {
        tries.push((a, "__iadd__", b));
    }
    let same = a.class().is(b.class());
    let reflected_first = !same && b.class().is_subtype(a.class());
    if reflected_first {
        tries.push((b, "__radd__", a));
    }
    tries.push((a, "__add__", b));
    if !same && !reflected_first {
        tries.push((b, "__radd__", a));
    }
    for (obj, name, other) in tries {
        let n = vm.intern(name);
        if let Some(r) = vm.call_special(obj, &n, std::slice::from_ref(other)) {
            let r = r?;
            if !r.is(&vm.not_implemented) {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

/// `concat(a, b)` / `iconcat(a, b)`: `a + b` for sequences only.
fn concat_impl(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef, inplace: bool) -> PyResult {
    if has_sq_concat(a) {
        return vm.binary_op(a, b, BinaryOp::Add, inplace);
    }
    if is_sequence(vm, a) && is_sequence(vm, b) {
        if let Some(r) = add_slots(vm, a, b, inplace)? {
            return Ok(r);
        }
    }
    Err(vm.new_type_error(format!("'{}' object can't be concatenated", a.ty().name())))
}

fn concat(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = two(vm, &args, "concat")?;
    concat_impl(vm, a, b, false)
}

fn iconcat(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = two(vm, &args, "iconcat")?;
    concat_impl(vm, a, b, true)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = two(vm, &args, "contains")?;
    let r = vm.contains(a, b)?;
    Ok(vm.new_bool(r))
}

/// Walk `seq` comparing each item with `x` (`item == x`, identity first):
/// `Ok(Some(i))` for the first match if `first_only`, else the number of
/// matches.
fn search(vm: &mut Vm, seq: &PyObjectRef, x: &PyObjectRef, first_only: bool) -> PyResult<Option<u64>> {
    let it = vm.get_iter(seq).map_err(|e| {
        if e.is_instance_of(&vm.exc.type_error) {
            vm.new_type_error(format!("argument of type '{}' is not iterable", seq.ty().name()))
        } else {
            e
        }
    })?;
    let (mut i, mut n) = (0u64, 0u64);
    while let Some(item) = vm.iter_next(&it)? {
        if vm.eq(&item, x)? {
            if first_only {
                return Ok(Some(i));
            }
            n += 1;
        }
        i += 1;
        if i % kaa_vm::limits::LONG_LOOP as u64 == 0 {
            vm.check_long_loop(0)?;
        }
    }
    Ok(if first_only { None } else { Some(n) })
}

#[allow(non_snake_case)]
fn countOf(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = two(vm, &args, "countOf")?;
    let n = search(vm, a, b, false)?.unwrap_or(0);
    Ok(vm.new_int(n as i64))
}

#[allow(non_snake_case)]
fn indexOf(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = two(vm, &args, "indexOf")?;
    match search(vm, a, b, true)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.new_value_error("sequence.index(x): x not in sequence")),
    }
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = two(vm, &args, "getitem")?;
    vm.get_item(a, b)
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b, c] = fixed::<3>(vm, &args, "setitem")?;
    vm.set_item(a, b, c.clone())?;
    Ok(vm.none())
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = two(vm, &args, "delitem")?;
    let name = vm.names.__delitem__.clone();
    if vm.lookup_special(a, &name).is_none() {
        // CPython words it by the path it took: `PySequence_DelItem` for a
        // type with sequence methods and an index key, else `PyObject_DelItem`.
        let index = vm.names.__index__.clone();
        let key_is_index = b.payload_is::<PyInt>() || vm.lookup_special(b, &index).is_some();
        let verb = if key_is_index && has_sequence_methods(vm, a) {
            "doesn't"
        } else {
            "does not"
        };
        return Err(vm.new_type_error(format!("'{}' object {verb} support item deletion", a.ty().name())));
    }
    vm.del_item(a, b)?;
    Ok(vm.none())
}

/// Whether CPython's type of `o` has sequence methods (`tp_as_sequence`):
/// every class statement's type, and the built-in sequences and sets.
fn has_sequence_methods(vm: &Vm, o: &PyObjectRef) -> bool {
    let t = &vm.types;
    let c = o.class();
    o.ty().flags.heaptype
        || [
            &t.str,
            &t.bytes,
            &t.tuple,
            &t.list,
            &t.range,
            &t.set,
            &t.frozenset,
            &t.dict_keys,
            &t.dict_values,
            &t.dict_items,
        ]
        .iter()
        .any(|s| c.is(s))
}

/// A `Py_ssize_t` argument (`__index__`, then the range check).
fn ssize(vm: &mut Vm, o: &PyObjectRef) -> PyResult<i64> {
    match vm.to_index_value(o)? {
        IntValue::Small(i) => Ok(i),
        IntValue::Big(_) => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// `length_hint(obj, default=0)`: `len(obj)`, else `obj.__length_hint__()`,
/// else `default` (CPython's `PyObject_LengthHint`).
fn length_hint(vm: &mut Vm, args: Args) -> PyResult {
    let pos = between(vm, &args, "length_hint", 1, 2)?;
    let default = match pos.get(1) {
        Some(d) => ssize(vm, d)?,
        None => 0,
    };
    let obj = &pos[0];
    let len = vm.names.__len__.clone();
    if vm.lookup_special(obj, &len).is_some() {
        match vm.len(obj) {
            Ok(n) => return Ok(vm.new_int(n as i64)),
            Err(e) if e.is_instance_of(&vm.exc.type_error) => {}
            Err(e) => return Err(e),
        }
    }
    let hint_name = vm.intern("__length_hint__");
    let Some(hint) = vm.lookup_special(obj, &hint_name) else {
        return Ok(vm.new_int(default));
    };
    let r = match vm.call_with_self(&hint, obj, &[]) {
        Ok(r) => r,
        Err(e) if e.is_instance_of(&vm.exc.type_error) => return Ok(vm.new_int(default)),
        Err(e) => return Err(e),
    };
    if r.is(&vm.not_implemented) {
        return Ok(vm.new_int(default));
    }
    if !r.payload_is::<PyInt>() {
        return Err(vm.new_type_error(format!("__length_hint__ must be an integer, not {}", r.ty().name())));
    }
    let n = ssize(vm, &r)?;
    if n < 0 {
        return Err(vm.new_value_error("__length_hint__() should return >= 0"));
    }
    Ok(vm.new_int(n))
}

/// `call(obj, /, *args, **kwargs)`.
fn call(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos().is_empty() {
        return Err(vm.new_type_error("call expected at least 1 argument, got 0"));
    }
    let items = args.items();
    let func = items[0].clone();
    vm.call(&func, Args::new(&items[1..], args.kwnames()))
}

// ----- itemgetter, attrgetter, methodcaller -----

/// `itemgetter(item, *items)`.
struct ItemGetter {
    items: Vec<PyObjectRef>,
}

impl PyPayload for ItemGetter {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        self.items.iter().for_each(|o| visit.visit(o));
    }
}

/// `attrgetter(attr, *attrs)`: each attribute as its dotted parts (interned).
struct AttrGetter {
    names: Vec<String>,
    paths: Vec<Vec<PyObjectRef>>,
}

impl PyPayload for AttrGetter {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        self.paths.iter().flatten().for_each(|o| visit.visit(o));
    }
}

/// `methodcaller(name, /, *args, **kwargs)`: the arguments as a call lays
/// them out (positional values, then keyword values named by `kwnames`).
struct MethodCaller {
    name: PyObjectRef,
    items: Vec<PyObjectRef>,
    kwnames: Vec<PyObjectRef>,
}

impl PyPayload for MethodCaller {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.name);
        self.items.iter().for_each(|o| visit.visit(o));
        self.kwnames.iter().for_each(|o| visit.visit(o));
    }
}

/// A type of the module made at import, by name.
fn operator_type(vm: &mut Vm, name: &str) -> PyResult<PyObjectRef> {
    let key = format!("operator.{name}");
    let found = vm.module_state.borrow().get(&key).cloned();
    found.ok_or_else(|| vm.new_runtime_error("operator is not initialized"))
}

/// The object a method of `operator.TYPE_NAME` was called on, as `T`.
fn this<'a, T: PyPayload>(
    vm: &mut Vm,
    args: &Args<'a>,
    method: &str,
    type_name: &str,
) -> PyResult<(&'a PyObjectRef, &'a T)> {
    let o = args.pos().first().ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor '{method}' of 'operator.{type_name}' object needs an argument"
        ))
    })?;
    match o.downcast_ref::<T>() {
        Some(t) => Ok((o, t)),
        None => Err(vm.new_type_error(format!(
            "descriptor '{method}' requires a 'operator.{type_name}' object but received a '{}'",
            o.ty().name()
        ))),
    }
}

/// The arguments of `operator.NAME.__new__` after the class, which must be
/// `operator.NAME` (the types cannot be subclassed).
fn new_args<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(PyObjectRef, &'a [PyObjectRef])> {
    let Some((cls, rest)) = args.pos().split_first() else {
        return Err(vm.new_type_error(format!("operator.{name}.__new__(): not enough arguments")));
    };
    if cls.as_type().is_none() {
        return Err(vm.new_type_error(format!(
            "operator.{name}.__new__(X): X is not a type object ({})",
            cls.ty().name()
        )));
    }
    let base = operator_type(vm, name)?;
    if !cls.is(&base) {
        let n = cls.ty_payload().name().to_string();
        return Err(vm.new_type_error(format!(
            "operator.{name}.__new__({n}): {n} is not a subtype of operator.{name}"
        )));
    }
    Ok((base, rest))
}

/// The single argument of a call of an itemgetter/attrgetter/methodcaller.
fn call_arg<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyObjectRef> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.pos() {
        [_, obj] => Ok(obj),
        pos => Err(vm.new_type_error(format!(
            "{name} expected 1 argument, got {}",
            pos.len().saturating_sub(1)
        ))),
    }
}

/// `operator.NAME(reprs...)`, or `operator.NAME(...)` for a recursive repr.
fn callable_repr(vm: &mut Vm, o: &PyObjectRef, parts: impl FnOnce(&mut Vm) -> PyResult<Vec<String>>) -> PyResult {
    let name = o.ty().name().to_string();
    if !repr_enter(vm, o) {
        return Ok(vm.new_str(format!("{name}(...)")));
    }
    let r = parts(vm);
    repr_leave(vm, o);
    Ok(vm.new_str(format!("{name}({})", r?.join(", "))))
}

fn itemgetter_new(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(vm.new_type_error("itemgetter() takes no keyword arguments"));
    }
    let (cls, items) = new_args(vm, &args, "itemgetter")?;
    let items = items.to_vec();
    if items.is_empty() {
        return Err(vm.new_type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(PyObjectRef::new(ItemGetter { items }, &cls))
}

fn itemgetter_call(vm: &mut Vm, args: Args) -> PyResult {
    let (_, g) = this::<ItemGetter>(vm, &args, "__call__", "itemgetter")?;
    let obj = call_arg(vm, &args, "itemgetter")?;
    if let [item] = g.items.as_slice() {
        return vm.get_item(obj, item);
    }
    let mut out = Vec::with_capacity(g.items.len());
    for item in &g.items {
        out.push(vm.get_item(obj, item)?);
    }
    Ok(vm.new_tuple(out))
}

fn itemgetter_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (o, g) = this::<ItemGetter>(vm, &args, "__repr__", "itemgetter")?;
    callable_repr(vm, o, |vm| g.items.iter().map(|i| vm.repr_string(i)).collect())
}

fn attrgetter_new(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(vm.new_type_error("attrgetter() takes no keyword arguments"));
    }
    let (cls, attrs) = new_args(vm, &args, "attrgetter")?;
    if attrs.is_empty() {
        return Err(vm.new_type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut names = Vec::with_capacity(attrs.len());
    let mut paths = Vec::with_capacity(attrs.len());
    for a in attrs {
        let Some(s) = a.downcast_ref::<PyStr>() else {
            return Err(vm.new_type_error("attribute name must be a string"));
        };
        let name = s.as_str().to_string();
        paths.push(name.split('.').map(|part| vm.intern(part)).collect());
        names.push(name);
    }
    Ok(PyObjectRef::new(AttrGetter { names, paths }, &cls))
}

fn attrgetter_call(vm: &mut Vm, args: Args) -> PyResult {
    let (_, g) = this::<AttrGetter>(vm, &args, "__call__", "attrgetter")?;
    let obj = call_arg(vm, &args, "attrgetter")?;
    let mut out = Vec::with_capacity(g.paths.len());
    for path in &g.paths {
        let mut v = obj.clone();
        for part in path {
            v = vm.get_attr(&v, part)?;
        }
        out.push(v);
    }
    if out.len() == 1 {
        return Ok(out.swap_remove(0));
    }
    Ok(vm.new_tuple(out))
}

fn attrgetter_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (o, g) = this::<AttrGetter>(vm, &args, "__repr__", "attrgetter")?;
    callable_repr(vm, o, |vm| {
        g.names
            .iter()
            .map(|n| {
                let s = vm.new_str(n.as_str());
                vm.repr_string(&s)
            })
            .collect()
    })
}

fn methodcaller_new(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, pos) = new_args(vm, &args, "methodcaller")?;
    let Some(name) = pos.first() else {
        return Err(vm.new_type_error("methodcaller needs at least one argument, the method name"));
    };
    if !name.payload_is::<PyStr>() {
        return Err(vm.new_type_error("method name must be a string"));
    }
    let name = vm.intern_obj(name);
    let mut items = pos[1..].to_vec();
    items.extend(args.items()[args.pos().len()..].iter().cloned());
    let kwnames = args.kwnames().to_vec();
    Ok(PyObjectRef::new(MethodCaller { name, items, kwnames }, &cls))
}

fn methodcaller_call(vm: &mut Vm, args: Args) -> PyResult {
    let (_, m) = this::<MethodCaller>(vm, &args, "__call__", "methodcaller")?;
    let obj = call_arg(vm, &args, "methodcaller")?;
    let method = vm.get_attr(obj, &m.name)?;
    vm.call(&method, Args::new(&m.items, &m.kwnames))
}

fn methodcaller_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (o, m) = this::<MethodCaller>(vm, &args, "__repr__", "methodcaller")?;
    callable_repr(vm, o, |vm| {
        let mut parts = vec![vm.repr_string(&m.name)?];
        let npos = m.items.len() - m.kwnames.len();
        for v in &m.items[..npos] {
            parts.push(vm.repr_string(v)?);
        }
        for (k, v) in m.kwnames.iter().zip(&m.items[npos..]) {
            let k = vm.str_string(k)?;
            parts.push(format!("{k}={}", vm.repr_string(v)?));
        }
        Ok(parts)
    })
}

/// Make `operator.NAME` (not subclassable, as in CPython).
fn make_type<T: PyPayload>(vm: &mut Vm, name: &str, methods: &[(&'static str, NativeFn)]) -> PyObjectRef {
    let cls = new_native_type::<T>(vm, &format!("operator.{name}"), None);
    *cls.ty_payload().qualname.borrow_mut() = name.to_string();
    let module = vm.new_str("operator");
    vm.set_type_attr(&cls, "__module__", module);
    for &(n, f) in methods {
        if n == "__new__" {
            vm.add_static(&cls, n, f);
        } else {
            vm.add_method(&cls, n, f);
        }
    }
    vm.module_state
        .borrow_mut()
        .insert(format!("operator.{name}"), cls.clone());
    cls
}

// ----- the module -----

/// The functions whose dunder alias is `__NAME__` (CPython's `operator.py`
/// list; `__NAME__` drops a trailing `_`: `__and__` is `and_`).
const WITH_DUNDER: &[&str] = &[
    "abs",
    "add",
    "and_",
    "concat",
    "contains",
    "delitem",
    "eq",
    "floordiv",
    "ge",
    "getitem",
    "gt",
    "iadd",
    "iand",
    "iconcat",
    "ifloordiv",
    "ilshift",
    "imatmul",
    "imod",
    "imul",
    "index",
    "inv",
    "invert",
    "ior",
    "ipow",
    "irshift",
    "isub",
    "itruediv",
    "ixor",
    "le",
    "lshift",
    "lt",
    "matmul",
    "mod",
    "mul",
    "ne",
    "neg",
    "not_",
    "or_",
    "pos",
    "pow",
    "rshift",
    "setitem",
    "sub",
    "truediv",
    "xor",
    "call",
];

const OTHERS: &[(&str, NativeFn)] = &[
    ("abs", abs),
    ("call", call),
    ("concat", concat),
    ("contains", contains),
    ("countOf", countOf),
    ("delitem", delitem),
    ("getitem", getitem),
    ("iconcat", iconcat),
    ("index", index),
    ("indexOf", indexOf),
    ("inv", inv),
    ("invert", invert),
    ("is_", is_),
    ("is_not", is_not),
    ("length_hint", length_hint),
    ("neg", neg),
    ("not_", not_),
    ("pos", pos),
    ("setitem", setitem),
    ("truth", truth),
];

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("operator", None)?;
    let mut all: Vec<String> = Vec::new();
    for &(name, f) in BINARY.iter().chain(COMPARISONS).chain(OTHERS) {
        let func = vm.new_builtin_function(name, f);
        if WITH_DUNDER.contains(&name) {
            let dunder = format!("__{}__", name.trim_end_matches('_'));
            vm.dict_set_str(&d, &dunder, func.clone())?;
        }
        vm.dict_set_str(&d, name, func)?;
        all.push(name.to_string());
    }
    let types = [
        (
            "itemgetter",
            make_type::<ItemGetter>(
                vm,
                "itemgetter",
                &[
                    ("__new__", itemgetter_new),
                    ("__call__", itemgetter_call),
                    ("__repr__", itemgetter_repr),
                ],
            ),
        ),
        (
            "attrgetter",
            make_type::<AttrGetter>(
                vm,
                "attrgetter",
                &[
                    ("__new__", attrgetter_new),
                    ("__call__", attrgetter_call),
                    ("__repr__", attrgetter_repr),
                ],
            ),
        ),
        (
            "methodcaller",
            make_type::<MethodCaller>(
                vm,
                "methodcaller",
                &[
                    ("__new__", methodcaller_new),
                    ("__call__", methodcaller_call),
                    ("__repr__", methodcaller_repr),
                ],
            ),
        ),
    ];
    for (name, cls) in types {
        vm.dict_set_str(&d, name, cls)?;
        all.push(name.to_string());
    }
    all.sort();
    let all: Vec<PyObjectRef> = all.into_iter().map(|n| vm.new_str(n)).collect();
    let all = vm.new_list(all);
    vm.dict_set_str(&d, "__all__", all)?;
    Ok(m)
}

/// `_operator`: the same module (CPython's accelerator, which `operator.py`
/// re-exports).
pub fn init_private(vm: &mut Vm) -> PyResult<PyObjectRef> {
    kaa_vm::import::import_module(vm, "operator")
}
