//! The abstract object protocol: what `a + b`, `a == b`, `hash(a)`, `repr(a)`,
//! `a.x`, `a[k]`, `iter(a)` and `len(a)` mean for any object. Fast paths for the
//! built-in types come first; the general path looks special methods up on the
//! type (never the instance), as CPython's `_PyType_Lookup`.

use kaa_compiler::bytecode::{BinaryOp, CompareOp};

use crate::object::dict::PyDict;
use crate::object::float::PyFloat;
use crate::object::function::{
    Binding, PyBuiltinFunction, PyClassMethod, PyFunction, PyGetSet, PyProperty, PyStaticMethod, PySuper,
};
use crate::object::int::{IntValue, PyInt};
use crate::object::list::PyList;
use crate::object::str::PyStr;
use crate::object::tuple::PyTuple;
use crate::object::PyObjectRef;
use crate::vm::{Args, PyResult, Vm};

/// `sys.hash_info.modulus`: numeric hashes are reduced modulo this prime.
pub const HASH_MODULUS: i64 = (1 << 61) - 1;

/// The longest tuple whose hash and equality with another the key fast
/// paths work out in place ([`Vm::flat_tuple_hash`], [`Vm::key_eq_native`]);
/// longer ones take the counted general path (`limits.rs`).
pub const FLAT_TUPLE_MAX: usize = 16;

/// CPython's hash of an `i64`.
#[inline]
pub fn hash_i64(v: i64) -> i64 {
    // An int smaller than the modulus hashes to itself (but -1, kept for
    // errors in CPython's C API): no division then.
    if v > -HASH_MODULUS && v < HASH_MODULUS && v != -1 {
        return v;
    }
    let m = v.unsigned_abs() % (HASH_MODULUS as u64);
    let h = if v < 0 { -(m as i64) } else { m as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

impl Vm {
    // ----- special method lookup -----

    /// Look a special method up on the type of `obj`.
    #[inline]
    pub fn lookup_special(&self, obj: &PyObjectRef, name: &PyObjectRef) -> Option<PyObjectRef> {
        obj.ty().lookup(name)
    }

    /// Call `func` (found on the type) with `self_` as its first argument.
    pub fn call_with_self(&mut self, func: &PyObjectRef, self_: &PyObjectRef, args: &[PyObjectRef]) -> PyResult {
        if let Some(r) = crate::call::call_simple_function(self, func, Some(self_), args) {
            return r;
        }
        let mut buf: crate::vm::ArgVec = smallvec::SmallVec::with_capacity(args.len() + 1);
        buf.push(self_.clone());
        buf.extend(args.iter().cloned());
        // A descriptor other than a plain function/builtin method: bind it first.
        if func.payload_is::<PyFunction>()
            || func
                .downcast_ref::<PyBuiltinFunction>()
                .is_some_and(|b| b.binding == Binding::Method && b.self_.is_none())
        {
            self.call(func, Args::positional(&buf))
        } else {
            let bound = self.bind_descriptor(func, Some(self_), &self_.class().clone())?;
            self.call(&bound, Args::positional(args))
        }
    }

    /// Call special method `name` of `obj` if its type defines it.
    pub fn call_special(&mut self, obj: &PyObjectRef, name: &PyObjectRef, args: &[PyObjectRef]) -> Option<PyResult> {
        let f = self.lookup_special(obj, name)?;
        Some(self.call_with_self(&f, obj, args))
    }

    /// Call method `name` (a Rust string) of `obj`, looked up as an attribute.
    pub fn call_method(&mut self, obj: &PyObjectRef, name: &str, args: &[PyObjectRef]) -> PyResult {
        let n = self.intern(name);
        let f = self.get_attr(obj, &n)?;
        self.call(&f, Args::positional(args))
    }

    // ----- truth, identity, equality, hashing -----

    /// `bool(obj)`.
    pub fn is_true(&mut self, obj: &PyObjectRef) -> PyResult<bool> {
        if obj.is(&self.true_) {
            return Ok(true);
        }
        if obj.is(&self.false_) || obj.is(&self.none) {
            return Ok(false);
        }
        if let Some(i) = obj.downcast_ref::<PyInt>() {
            if obj.class().is(&self.types.int) {
                return Ok(i.value != IntValue::Small(0));
            }
        }
        // The built-in containers and floats themselves (a subclass may define
        // `__bool__` or `__len__`), and native containers with no `__bool__`
        // of their own (deque): no method call.
        if !obj.ty().flags.heaptype {
            if let Some(l) = obj.downcast_ref::<PyList>() {
                return Ok(!l.items.borrow().is_empty());
            }
            if let Some(t) = obj.downcast_ref::<PyTuple>() {
                return Ok(!t.items.is_empty());
            }
            if let Some(s) = obj.downcast_ref::<PyStr>() {
                return Ok(!s.as_str().is_empty());
            }
            if let Some(d) = obj.downcast_ref::<PyDict>() {
                return Ok(d.len() != 0);
            }
            if let Some(s) = obj.downcast_ref::<crate::object::set::PySet>() {
                return Ok(s.len() != 0);
            }
            if let Some(f) = obj.downcast_ref::<PyFloat>() {
                return Ok(f.value != 0.0);
            }
            if let Some(n) = obj.ty().native_len.get().and_then(|f| f(obj)) {
                return Ok(n != 0);
            }
        }
        if let Some(r) = self.call_special(obj, &self.names.__bool__.clone(), &[]) {
            let r = r?;
            if let Some(i) = r.downcast_ref::<PyInt>().filter(|_| r.class().is(&self.types.bool)) {
                return Ok(i.value != IntValue::Small(0));
            }
            return Err(self.new_type_error(format!("__bool__ should return bool, returned {}", r.ty().name())));
        }
        if let Some(r) = self.call_special(obj, &self.names.__len__.clone(), &[]) {
            let n = self.index_of_len_result(r?)?;
            return Ok(n != 0);
        }
        Ok(true)
    }

    fn index_of_len_result(&mut self, r: PyObjectRef) -> PyResult<i64> {
        match r.downcast_ref::<PyInt>() {
            Some(i) => match i.value {
                IntValue::Small(n) if n >= 0 => Ok(n),
                IntValue::Small(_) => Err(self.new_value_error("__len__() should return >= 0")),
                IntValue::Big(_) => Err(self.new_overflow_error("cannot fit 'int' into an index-sized integer")),
            },
            None => Err(self.new_type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                r.ty().name()
            ))),
        }
    }

    /// `hash(obj)`.
    pub fn hash(&mut self, obj: &PyObjectRef) -> PyResult<i64> {
        if let Some(s) = obj.downcast_ref::<PyStr>() {
            if obj.class().is(&self.types.str) {
                return Ok(self.str_hash(s));
            }
        }
        if let Some(i) = obj.downcast_ref::<PyInt>() {
            if let IntValue::Small(v) = i.value {
                if obj.class().is(&self.types.int) || obj.class().is(&self.types.bool) {
                    return Ok(hash_i64(v));
                }
            }
        }
        // An exact tuple hashes its items in place (no `__hash__` call).
        if let Some(t) = obj.downcast_ref::<PyTuple>() {
            if obj.class().is(&self.types.tuple) {
                if let Some(h) = self.flat_tuple_hash(t.as_slice()) {
                    return Ok(h);
                }
                return crate::object::tuple::hash_items(self, t.as_slice());
            }
        }
        if let Some(f) = obj.downcast_ref::<PyFloat>() {
            if obj.class().is(&self.types.float) {
                return Ok(crate::object::float::hash_float_object(obj, f.value));
            }
        }
        let f = self.lookup_special(obj, &self.names.__hash__.clone());
        match f {
            Some(f) if !self.is_none(&f) => {
                let r = self.call_with_self(&f, obj, &[])?;
                match r.downcast_ref::<PyInt>() {
                    Some(i) => Ok(match &i.value {
                        IntValue::Small(v) => {
                            if *v == -1 {
                                -2
                            } else {
                                *v
                            }
                        }
                        IntValue::Big(b) => crate::object::int::hash_bigint(b),
                    }),
                    None => Err(self.new_type_error("__hash__ method should return an integer")),
                }
            }
            _ => Err(self.new_type_error(format!("unhashable type: '{}'", obj.ty().name()))),
        }
    }

    /// The hash of a short exact tuple whose items are all exact ints that
    /// fit a machine word or exact strs (the usual keys, `(x, y)`,
    /// `(name, n)`): CPython 3.11's `tuplehash` (as `tuple::hash_items`)
    /// with no call, no stack check and no work counting, since no item can
    /// recurse and the length is bounded by [`FLAT_TUPLE_MAX`]. `None` for
    /// any other tuple (then `hash_items` hashes it).
    #[inline]
    pub(crate) fn flat_tuple_hash(&self, items: &[PyObjectRef]) -> Option<i64> {
        const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
        const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
        const XXPRIME_5: u64 = 2_870_177_450_012_600_261;
        if items.len() > FLAT_TUPLE_MAX {
            return None;
        }
        let mut acc = XXPRIME_5;
        for v in items {
            let lane = if let Some(i) = v.downcast_ref::<PyInt>() {
                match i.value {
                    IntValue::Small(n) if v.class().is(&self.types.int) => hash_i64(n),
                    _ => return None,
                }
            } else {
                match v.downcast_ref::<PyStr>() {
                    Some(s) if v.class().is(&self.types.str) => self.str_hash(s),
                    _ => return None,
                }
            } as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(XXPRIME_1);
        }
        acc = acc.wrapping_add(items.len() as u64 ^ (XXPRIME_5 ^ 3_527_539));
        if acc == u64::MAX {
            return Some(1_546_275_796);
        }
        Some(acc as i64)
    }

    /// Whether two dict or set keys are equal when that runs no Python code
    /// (`None`: the caller runs `==`): identical objects (so a NaN finds
    /// itself), two exact ints, strs or floats, and two short exact tuples
    /// whose items are, pair by pair, that (`(x, y)` keys). Tuples compare
    /// as `tuple.__eq__` does, item by item until one differs, then by
    /// length; a pair of items this cannot decide before that gives `None`.
    /// The work is bounded ([`FLAT_TUPLE_MAX`] items), so it is not counted.
    #[inline]
    pub(crate) fn key_eq_native(&self, a: &PyObjectRef, b: &PyObjectRef) -> Option<bool> {
        if let Some(r) = self.flat_eq(a, b) {
            return Some(r);
        }
        let (x, y) = (a.downcast_ref::<PyTuple>()?, b.downcast_ref::<PyTuple>()?);
        if !a.class().is(&self.types.tuple) || !b.class().is(&self.types.tuple) {
            return None;
        }
        let (x, y) = (x.as_slice(), y.as_slice());
        if x.len().max(y.len()) > FLAT_TUPLE_MAX {
            return None;
        }
        for (p, q) in x.iter().zip(y) {
            if !self.flat_eq(p, q)? {
                return Some(false);
            }
        }
        Some(x.len() == y.len())
    }

    /// `a == b` as a bool, with the identity shortcut containers use
    /// (`PyObject_RichCompareBool`).
    pub fn eq(&mut self, a: &PyObjectRef, b: &PyObjectRef) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        // Fast paths: exact str and small int.
        if let (Some(x), Some(y)) = (a.downcast_ref::<PyStr>(), b.downcast_ref::<PyStr>()) {
            if a.class().is(&self.types.str) && b.class().is(&self.types.str) {
                return Ok(x.as_str() == y.as_str());
            }
        }
        if let (Some(x), Some(y)) = (a.downcast_ref::<PyInt>(), b.downcast_ref::<PyInt>()) {
            if let (IntValue::Small(x), IntValue::Small(y)) = (&x.value, &y.value) {
                if a.class().is(&self.types.int) && b.class().is(&self.types.int) {
                    return Ok(x == y);
                }
            }
        }
        // Exact tuples (dict and set keys) item by item in place, as
        // `tuple.__eq__` compares them: the items first, then the lengths.
        if let (Some(x), Some(y)) = (a.downcast_ref::<PyTuple>(), b.downcast_ref::<PyTuple>()) {
            if a.class().is(&self.types.tuple) && b.class().is(&self.types.tuple) {
                return self.tuples_equal(x, y);
            }
        }
        let r = self.rich_compare(a, b, CompareOp::Eq)?;
        self.is_true(&r)
    }

    /// `x == y` of two exact tuples for [`Vm::eq`] (kept out of line, so
    /// that `eq` stays small enough to inline where it is called).
    #[inline(never)]
    fn tuples_equal(&mut self, x: &PyTuple, y: &PyTuple) -> PyResult<bool> {
        // Every item compared counts on the interpreter's work counter
        // (`limits.rs`): `list.count` of long tuples, or `==` of tuples
        // nested a few levels deep whose items are equal but not
        // identical, is a native loop as long as all their items.
        //
        // The leading items that are identical, or exact ints or strs (the
        // usual keys, `(x, y)`), compare here: they run no Python code and
        // cannot recurse, so they need no recursion guard.
        let pairs = x.items.len().min(y.items.len());
        let mut i = 0;
        while i < pairs {
            let (p, q) = (&x.items[i], &y.items[i]);
            let Some(equal) = self.flat_eq(p, q) else { break };
            self.count_work(1)?;
            if !equal {
                return Ok(false);
            }
            i += 1;
        }
        if i == pairs {
            return Ok(x.items.len() == y.items.len());
        }
        self.guarded(crate::recursion::COMPARISON, |vm| {
            for (p, q) in x.items[i..].iter().zip(y.items[i..].iter()) {
                vm.count_work(1)?;
                if !p.is(q) && !vm.eq(p, q)? {
                    return Ok(false);
                }
            }
            Ok(x.items.len() == y.items.len())
        })
    }

    /// `a == b` when it runs no Python code: identical objects, two exact
    /// ints, two exact strs or two exact floats (a NaN equals only itself,
    /// by identity, as containers compare); `None` otherwise.
    #[inline]
    fn flat_eq(&self, a: &PyObjectRef, b: &PyObjectRef) -> Option<bool> {
        if a.is(b) {
            return Some(true);
        }
        let (ca, cb) = (a.class(), b.class());
        if !ca.is(cb) {
            return None;
        }
        if ca.is(&self.types.int) {
            let (x, y) = (a.downcast_ref::<PyInt>()?, b.downcast_ref::<PyInt>()?);
            return Some(x.value == y.value);
        }
        if ca.is(&self.types.str) {
            let (x, y) = (a.downcast_ref::<PyStr>()?, b.downcast_ref::<PyStr>()?);
            return Some(x.as_str() == y.as_str());
        }
        if ca.is(&self.types.float) {
            let (x, y) = (a.downcast_ref::<PyFloat>()?, b.downcast_ref::<PyFloat>()?);
            return Some(x.value == y.value);
        }
        None
    }

    /// `a op b` (the full rich-comparison protocol with reflected operands).
    pub fn rich_compare(&mut self, a: &PyObjectRef, b: &PyObjectRef, op: CompareOp) -> PyResult {
        if let Some(r) = self.compare_fast(a, b, op) {
            return Ok(self.new_bool(r));
        }
        if let Some(r) = self.compare_flat_tuples(a, b, op) {
            return Ok(self.new_bool(r));
        }
        self.guarded(crate::recursion::COMPARISON, |vm| vm.rich_compare_slow(a, b, op))
    }

    #[inline]
    fn compare_fast(&self, a: &PyObjectRef, b: &PyObjectRef, op: CompareOp) -> Option<bool> {
        use std::cmp::Ordering;
        let ord: Option<Ordering> = if let (Some(x), Some(y)) = (a.downcast_ref::<PyInt>(), b.downcast_ref::<PyInt>()) {
            match (&x.value, &y.value) {
                (IntValue::Small(x), IntValue::Small(y)) => Some(x.cmp(y)),
                _ => None,
            }
        } else if let (Some(x), Some(y)) = (a.downcast_ref::<PyFloat>(), b.downcast_ref::<PyFloat>()) {
            // NaN compares false with everything (and != is true).
            match x.value.partial_cmp(&y.value) {
                Some(o) => Some(o),
                None => return Some(op == CompareOp::Ne),
            }
        } else if let (Some(x), Some(y)) = (a.downcast_ref::<PyStr>(), b.downcast_ref::<PyStr>()) {
            let (x, y) = (x.as_str(), y.as_str());
            // Long texts go to `str.__eq__`, which charges its work
            // (`Vm::charge_bytes`).
            if x.len().min(y.len()) >= crate::limits::LONG_TEXT {
                return None;
            }
            Some(x.cmp(y))
        } else {
            None
        };
        // Only for exact built-in types: subclasses may override comparisons.
        let exact = |o: &PyObjectRef| {
            let c = o.class();
            c.is(&self.types.int) || c.is(&self.types.float) || c.is(&self.types.str) || c.is(&self.types.bool)
        };
        let ord = ord?;
        if !exact(a) || !exact(b) {
            return None;
        }
        Some(crate::object::int::ordering_matches(ord, op))
    }

    /// `a <op> b` for two exact short tuples whose items, up to the first
    /// pair that differs, are identical or of one exact kind among small
    /// `int`, `float` and `str`: compared here without a call, as
    /// `tuple.__lt__` would compare them (`==` item by item, then `op` on the
    /// first unequal pair, or on the lengths). `None` for anything else,
    /// before any Python code ran, so the general path starts afresh.
    #[inline(never)]
    fn compare_flat_tuples(&self, a: &PyObjectRef, b: &PyObjectRef, op: CompareOp) -> Option<bool> {
        use std::cmp::Ordering;
        let tuple = &self.types.tuple;
        if !a.class().is(tuple) || !b.class().is(tuple) {
            return None;
        }
        let (x, y) = (a.downcast_ref::<PyTuple>()?, b.downcast_ref::<PyTuple>()?);
        // Longer ones take the paced path.
        if x.items.len() > 64 || y.items.len() > 64 {
            return None;
        }
        let mut ord = x.items.len().cmp(&y.items.len());
        for (p, q) in x.items.iter().zip(y.items.iter()) {
            if p.is(q) {
                continue;
            }
            let c = p.class();
            if !c.is(q.class()) {
                return None;
            }
            let o = if c.is(&self.types.int) {
                match (&p.downcast_ref::<PyInt>()?.value, &q.downcast_ref::<PyInt>()?.value) {
                    (IntValue::Small(m), IntValue::Small(n)) => m.cmp(n),
                    _ => return None,
                }
            } else if c.is(&self.types.str) {
                p.downcast_ref::<PyStr>()?
                    .as_str()
                    .cmp(q.downcast_ref::<PyStr>()?.as_str())
            } else if c.is(&self.types.float) {
                // NaN: unequal to everything and unordered; the general path.
                p.downcast_ref::<PyFloat>()?
                    .value
                    .partial_cmp(&q.downcast_ref::<PyFloat>()?.value)?
            } else {
                return None;
            };
            if o != Ordering::Equal {
                ord = o;
                break;
            }
        }
        Some(crate::object::int::ordering_matches(ord, op))
    }

    fn compare_name(&self, op: CompareOp) -> PyObjectRef {
        match op {
            CompareOp::Lt => self.names.__lt__.clone(),
            CompareOp::Le => self.names.__le__.clone(),
            CompareOp::Eq => self.names.__eq__.clone(),
            CompareOp::Ne => self.names.__ne__.clone(),
            CompareOp::Gt => self.names.__gt__.clone(),
            CompareOp::Ge => self.names.__ge__.clone(),
        }
    }

    fn rich_compare_slow(&mut self, a: &PyObjectRef, b: &PyObjectRef, op: CompareOp) -> PyResult {
        // Exact tuples and lists compare item by item without the method call.
        if let Some(r) = crate::object::tuple::compare_exact(self, a, b, op) {
            return r;
        }
        let swapped = op.swapped();
        // A proper subclass of a's type that overrides the reflected method goes first.
        let reflected_first = !a.class().is(b.class()) && b.class().is_subtype(a.class()) && {
            let n = self.compare_name(swapped);
            b.ty().lookup(&n).is_some()
        };
        if reflected_first {
            let n = self.compare_name(swapped);
            if let Some(r) = self.call_special(b, &n, std::slice::from_ref(a)) {
                let r = r?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        let n = self.compare_name(op);
        if let Some(r) = self.call_special(a, &n, std::slice::from_ref(b)) {
            let r = r?;
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        if !reflected_first {
            let n = self.compare_name(swapped);
            if let Some(r) = self.call_special(b, &n, std::slice::from_ref(a)) {
                let r = r?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        match op {
            CompareOp::Eq => Ok(self.new_bool(a.is(b))),
            CompareOp::Ne => Ok(self.new_bool(!a.is(b))),
            _ => Err(self.new_type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                a.ty().name(),
                b.ty().name()
            ))),
        }
    }

    // ----- repr / str -----

    /// `repr(obj)` as a `str` object.
    pub fn repr(&mut self, obj: &PyObjectRef) -> PyResult {
        let r = self.guarded(crate::recursion::REPR, |vm| {
            let f = vm.lookup_special(obj, &vm.names.__repr__.clone());
            match f {
                Some(f) => vm.call_with_self(&f, obj, &[]),
                None => Ok(vm.new_str(format!("<{} object>", obj.ty().name()))),
            }
        })?;
        if !r.payload_is::<PyStr>() {
            return Err(self.new_type_error(format!("__repr__ returned non-string (type {})", r.ty().name())));
        }
        Ok(r)
    }

    /// `repr(obj)` as a Rust string.
    pub fn repr_string(&mut self, obj: &PyObjectRef) -> PyResult<String> {
        let r = self.repr(obj)?;
        Ok(r.downcast_ref::<PyStr>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default())
    }

    /// `str(obj)` as a `str` object.
    pub fn str(&mut self, obj: &PyObjectRef) -> PyResult {
        if obj.class().is(&self.types.str) {
            return Ok(obj.clone());
        }
        let r = self.guarded(crate::recursion::REPR, |vm| {
            let f = vm.lookup_special(obj, &vm.names.__str__.clone());
            match f {
                Some(f) => vm.call_with_self(&f, obj, &[]),
                None => vm.repr(obj),
            }
        })?;
        if !r.payload_is::<PyStr>() {
            return Err(self.new_type_error(format!("__str__ returned non-string (type {})", r.ty().name())));
        }
        Ok(r)
    }

    /// `str(obj)` as a Rust string.
    pub fn str_string(&mut self, obj: &PyObjectRef) -> PyResult<String> {
        let r = self.str(obj)?;
        Ok(r.downcast_ref::<PyStr>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default())
    }

    // ----- attributes -----

    /// `getattr(obj, name)`; `name` must be an interned `str`.
    pub fn get_attr(&mut self, obj: &PyObjectRef, name: &PyObjectRef) -> PyResult {
        let err = match self.lookup_attr(obj, name) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => None,
            Err(e) if e.is_instance_of(&self.exc.attribute_error) => Some(e),
            Err(e) => return Err(e),
        };
        // `__getattr__` is the fallback for a missing attribute, including one
        // whose getter raised AttributeError (CPython's `slot_tp_getattr_hook`).
        if let Some(ga) = self.lookup_special(obj, &self.names.__getattr__.clone()) {
            return self.call_with_self(&ga, obj, std::slice::from_ref(name));
        }
        if let Some(ga) = self.module_getattr_hook(obj)? {
            return self.call(&ga, Args::positional(std::slice::from_ref(name)));
        }
        Err(err.unwrap_or_else(|| self.attribute_error(obj, name)))
    }

    /// A module's own `__getattr__` (PEP 562), which a failed attribute
    /// lookup on the module calls with the name.
    fn module_getattr_hook(&mut self, obj: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        match obj.downcast_ref::<crate::object::module::PyModule>() {
            Some(m) => {
                let d = m.dict.clone();
                let key = self.names.__getattr__.clone();
                self.dict_get_item_opt(&d, &key)
            }
            None => Ok(None),
        }
    }

    /// `getattr(obj, name, default)`'s lookup: `Ok(None)` for a missing
    /// attribute, with `__getattr__` consulted, and no `AttributeError`
    /// object built when nothing raised one (`hasattr` and three-argument
    /// `getattr` are everywhere in library code).
    pub fn get_attr_or_none(&mut self, obj: &PyObjectRef, name: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        match self.lookup_attr(obj, name) {
            Ok(Some(v)) => return Ok(Some(v)),
            Ok(None) => {}
            Err(e) if e.is_instance_of(&self.exc.attribute_error) => {}
            Err(e) => return Err(e),
        }
        let r = match self.lookup_special(obj, &self.names.__getattr__.clone()) {
            Some(ga) => self.call_with_self(&ga, obj, std::slice::from_ref(name)),
            None => match self.module_getattr_hook(obj)? {
                Some(ga) => self.call(&ga, Args::positional(std::slice::from_ref(name))),
                None => return Ok(None),
            },
        };
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance_of(&self.exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// CPython's message for a missing attribute.
    #[cold]
    pub fn attribute_error(&mut self, obj: &PyObjectRef, name: &PyObjectRef) -> PyObjectRef {
        let n = crate::object::typ::attr_name(name).to_string();
        let msg = if let Some(t) = obj.as_type() {
            format!("type object '{}' has no attribute '{}'", t.name(), n)
        } else if let Some(m) = obj.downcast_ref::<crate::object::module::PyModule>() {
            let mname = m
                .dict
                .downcast_ref::<PyDict>()
                .and_then(|d| d.get_str(self, "__name__"))
                .and_then(|v| v.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()));
            match mname {
                Some(m) => crate::import::module_attribute_message(self, obj, &m, &n),
                None => format!("module has no attribute '{n}'"),
            }
        } else {
            format!("'{}' object has no attribute '{}'", obj.ty().name(), n)
        };
        let e = self.new_attribute_error(msg);
        let (k1, k2) = (self.names.name.clone(), self.names.obj.clone());
        let _ = self.instance_set(&e, &k1, name.clone());
        let _ = self.instance_set(&e, &k2, obj.clone());
        e
    }

    /// Attribute lookup without the `AttributeError`: `Ok(None)` when missing.
    /// Implements `object.__getattribute__` (data descriptors, instance dict,
    /// non-data descriptors and class attributes) and `type.__getattribute__`.
    pub fn get_attr_opt(&mut self, obj: &PyObjectRef, name: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        match self.lookup_attr(obj, name) {
            Err(e) if e.is_instance_of(&self.exc.attribute_error) => Ok(None),
            r => r,
        }
    }

    /// The generic attribute lookup without `__getattr__`: `Ok(None)` when
    /// nothing defines the name; an `AttributeError` raised on the way (by a
    /// property, a user `__getattribute__`) is returned as it is.
    fn lookup_attr(&mut self, obj: &PyObjectRef, name: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        // A user-defined __getattribute__ replaces the whole algorithm.
        let cls = obj.class().clone();
        if cls.ty_payload().flags.heaptype {
            if let Some(ga) = cls.ty_payload().lookup(&self.names.__getattribute__) {
                if ga.payload_is::<PyFunction>() {
                    return self.call_with_self(&ga, obj, std::slice::from_ref(name)).map(Some);
                }
            }
        }
        if let Some(t) = obj.as_type() {
            return self.type_get_attr(obj, t, name);
        }
        if obj.payload_is::<PySuper>() {
            if let Some(v) = crate::builtins_type::super_getattr(self, obj, name)? {
                return Ok(Some(v));
            }
        }
        let class_attr = cls.ty_payload().lookup(name);
        if let Some(attr) = &class_attr {
            if self.is_data_descriptor(attr) {
                return self.bind_descriptor(attr, Some(obj), &cls).map(Some);
            }
        }
        if let Some(v) = self.instance_get(obj, name)? {
            return Ok(Some(v));
        }
        if let Some(m) = obj.downcast_ref::<crate::object::module::PyModule>() {
            let d = m.dict.clone();
            if let Some(v) = self.dict_get_item_opt(&d, name)? {
                return Ok(Some(v));
            }
        }
        match class_attr {
            Some(attr) => self.bind_descriptor(&attr, Some(obj), &cls).map(Some),
            // A bound method passes other reads on to its function
            // (CPython's `method_getattro`): `obj.meth.__isabstractmethod__`.
            None => match obj.downcast_ref::<crate::object::function::PyBoundMethod>() {
                Some(m) => {
                    let f = m.func.clone();
                    self.lookup_attr(&f, name)
                }
                None => Ok(None),
            },
        }
    }

    fn type_get_attr(
        &mut self,
        cls_obj: &PyObjectRef,
        t: &crate::object::typ::PyType,
        name: &PyObjectRef,
    ) -> PyResult<Option<PyObjectRef>> {
        // Data descriptors on the metatype (e.g. `__name__`, `__mro__`).
        let meta = cls_obj.class().clone();
        let meta_attr = meta.ty_payload().lookup(name);
        if let Some(attr) = &meta_attr {
            if self.is_data_descriptor(attr) {
                return self.bind_descriptor(attr, Some(cls_obj), &meta).map(Some);
            }
        }
        if let Some(v) = t.lookup(name) {
            return self.bind_descriptor(&v, None, cls_obj).map(Some);
        }
        match meta_attr {
            Some(attr) => self.bind_descriptor(&attr, Some(cls_obj), &meta).map(Some),
            None => Ok(None),
        }
    }

    /// Whether `attr` defines `__set__` or `__delete__` (a data descriptor).
    pub(crate) fn is_data_descriptor(&self, attr: &PyObjectRef) -> bool {
        if attr.payload_is::<PyProperty>()
            || attr.payload_is::<PyGetSet>()
            || attr.payload_is::<crate::object::member::PyMemberDescr>()
        {
            return true;
        }
        if attr.payload_is::<PyFunction>() || attr.payload_is::<PyBuiltinFunction>() {
            return false;
        }
        let t = attr.ty();
        t.flags.heaptype && (t.lookup(&self.names.__set__).is_some() || t.lookup(&self.names.__delete__).is_some())
    }

    /// Apply the descriptor protocol: `attr.__get__(obj, cls)`.
    pub fn bind_descriptor(&mut self, attr: &PyObjectRef, obj: Option<&PyObjectRef>, cls: &PyObjectRef) -> PyResult {
        if attr.payload_is::<PyFunction>() {
            return Ok(match obj {
                Some(o) => self.new_bound_method(attr.clone(), o.clone()),
                None => attr.clone(),
            });
        }
        if let Some(b) = attr.downcast_ref::<PyBuiltinFunction>() {
            return Ok(match (b.binding, obj) {
                (Binding::Method, Some(o)) if b.self_.is_none() => {
                    let bound = PyBuiltinFunction {
                        name: b.name,
                        owner: b.owner.clone(),
                        func: b.func,
                        binding: b.binding,
                        self_: Some(o.clone()),
                        needs_frame: b.needs_frame,
                        data: b.data.clone(),
                    };
                    PyObjectRef::new(bound, &self.types.builtin_function)
                }
                (Binding::ClassMethod, _) if b.self_.is_none() => {
                    let bound = PyBuiltinFunction {
                        name: b.name,
                        owner: b.owner.clone(),
                        func: b.func,
                        binding: b.binding,
                        self_: Some(cls.clone()),
                        needs_frame: b.needs_frame,
                        data: b.data.clone(),
                    };
                    PyObjectRef::new(bound, &self.types.builtin_function)
                }
                _ => attr.clone(),
            });
        }
        if let Some(gs) = attr.downcast_ref::<PyGetSet>() {
            return match obj {
                Some(o) => (gs.getter)(self, o),
                None => Ok(attr.clone()),
            };
        }
        if let Some(m) = attr.downcast_ref::<crate::object::member::PyMemberDescr>() {
            return match obj {
                Some(o) => m.get(self, o),
                None => Ok(attr.clone()),
            };
        }
        if let Some(sm) = attr.downcast_ref::<PyStaticMethod>() {
            return Ok(sm.func.clone());
        }
        if let Some(cm) = attr.downcast_ref::<PyClassMethod>() {
            return Ok(self.new_bound_method(cm.func.clone(), cls.clone()));
        }
        if let Some(p) = attr.downcast_ref::<PyProperty>() {
            let Some(o) = obj else { return Ok(attr.clone()) };
            return match &p.fget {
                Some(g) => {
                    let g = g.clone();
                    self.call(&g, Args::positional(std::slice::from_ref(o)))
                }
                None => Err(self.new_attribute_error("unreadable attribute")),
            };
        }
        // A user-defined descriptor.
        if attr.ty().flags.heaptype {
            if let Some(get) = attr.ty().lookup(&self.names.__get__) {
                let o = obj.cloned().unwrap_or_else(|| self.none());
                return self.call_with_self(&get, attr, &[o, cls.clone()]);
            }
        }
        Ok(attr.clone())
    }

    pub fn new_bound_method(&self, func: PyObjectRef, self_: PyObjectRef) -> PyObjectRef {
        PyObjectRef::new(
            crate::object::function::PyBoundMethod { func, self_ },
            &self.types.method,
        )
    }

    /// `obj.name = value` (`name` interned).
    pub fn set_attr(&mut self, obj: &PyObjectRef, name: &PyObjectRef, value: PyObjectRef) -> PyResult<()> {
        let cls = obj.class().clone();
        if cls.ty_payload().flags.heaptype {
            if let Some(sa) = cls.ty_payload().lookup(&self.names.__setattr__) {
                if sa.payload_is::<PyFunction>() {
                    self.call_with_self(&sa, obj, &[name.clone(), value])?;
                    return Ok(());
                }
            }
        }
        self.generic_set_attr(obj, name, Some(value))
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: &PyObjectRef, name: &PyObjectRef) -> PyResult<()> {
        let cls = obj.class().clone();
        if cls.ty_payload().flags.heaptype {
            if let Some(da) = cls.ty_payload().lookup(&self.names.__delattr__) {
                if da.payload_is::<PyFunction>() {
                    self.call_with_self(&da, obj, std::slice::from_ref(name))?;
                    return Ok(());
                }
            }
        }
        self.generic_set_attr(obj, name, None)
    }

    /// `object.__setattr__` / `object.__delattr__` (value `None` deletes).
    pub fn generic_set_attr(
        &mut self,
        obj: &PyObjectRef,
        name: &PyObjectRef,
        value: Option<PyObjectRef>,
    ) -> PyResult<()> {
        let name = self.intern_obj(name);
        if let Some(t) = obj.as_type() {
            if !t.flags.heaptype {
                return Err(self.new_type_error(format!(
                    "cannot set '{}' attribute of immutable type '{}'",
                    crate::object::typ::attr_name(&name),
                    t.name()
                )));
            }
            // A data descriptor of the metatype (`__name__`, `__qualname__`,
            // `__module__`, `__doc__`, a metaclass property) takes the
            // assignment, as in CPython's `type_setattro`.
            let meta_attr = obj.class().ty_payload().lookup(&name);
            match meta_attr.filter(|a| self.is_data_descriptor(a)) {
                Some(a) => {
                    if let Some(gs) = a.downcast_ref::<PyGetSet>() {
                        if gs.setter.is_none() && matches!(gs.name, "__mro__" | "__base__") {
                            return Err(self.new_attribute_error("readonly attribute"));
                        }
                    }
                }
                None => {
                    match value {
                        Some(v) => t.set_attr(name, v),
                        None => {
                            if t.remove_attr(&name).is_none() {
                                return Err(self.attribute_error(obj, &name));
                            }
                        }
                    }
                    return Ok(());
                }
            }
        }
        let cls = obj.class().clone();
        if let Some(attr) = cls.ty_payload().lookup(&name) {
            if let Some(m) = attr.downcast_ref::<crate::object::member::PyMemberDescr>() {
                return m.set(self, obj, value);
            }
            if let Some(gs) = attr.downcast_ref::<PyGetSet>() {
                return match gs.setter {
                    Some(set) => set(self, obj, value),
                    None => Err(self.new_attribute_error(format!(
                        "attribute '{}' of '{}' objects is not writable",
                        gs.name,
                        cls.ty_payload().name()
                    ))),
                };
            }
            if let Some(p) = attr.downcast_ref::<PyProperty>() {
                let f = if value.is_some() {
                    p.fset.clone()
                } else {
                    p.fdel.clone()
                };
                return match f {
                    Some(f) => {
                        let mut a = vec![obj.clone()];
                        a.extend(value);
                        self.call(&f, Args::positional(&a)).map(|_| ())
                    }
                    None => {
                        let what = if value.is_some() { "set" } else { "delete" };
                        let msg = if p.tuple_field {
                            format!("can't {what} attribute")
                        } else {
                            let which = if value.is_some() { "setter" } else { "deleter" };
                            let name = match &*p.name.borrow() {
                                Some(n) => format!(" '{n}'"),
                                None => String::new(),
                            };
                            format!("property{name} of '{}' object has no {which}", obj.ty().name())
                        };
                        Err(self.new_attribute_error(msg))
                    }
                };
            }
            if attr.ty().flags.heaptype {
                let m = if value.is_some() {
                    &self.names.__set__
                } else {
                    &self.names.__delete__
                };
                if let Some(f) = attr.ty().lookup(m) {
                    let mut a = vec![obj.clone()];
                    a.extend(value);
                    return self.call_with_self(&f, &attr, &a).map(|_| ());
                }
            }
        }
        if obj.instance_dict().is_some() {
            return match value {
                Some(v) => self.instance_set(obj, &name, v),
                None => {
                    if !self.instance_del(obj, &name)? {
                        return Err(self.attribute_error(obj, &name));
                    }
                    Ok(())
                }
            };
        }
        let dict = match obj.downcast_ref::<crate::object::module::PyModule>() {
            Some(m) => m.dict.clone(),
            None => {
                let n = crate::object::typ::attr_name(&name).to_string();
                return Err(if cls.ty_payload().lookup(&name).is_some() {
                    self.new_attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        cls.ty_payload().name(),
                        n
                    ))
                } else {
                    self.new_attribute_error(format!("'{}' object has no attribute '{}'", cls.ty_payload().name(), n))
                });
            }
        };
        match value {
            Some(v) => self.dict_set(&dict, name, v),
            None => {
                if !self.dict_del(&dict, &name)? {
                    return Err(self.attribute_error(obj, &name));
                }
                Ok(())
            }
        }
    }

    // ----- calling -----

    /// Call any callable.
    pub fn call(&mut self, func: &PyObjectRef, args: Args) -> PyResult {
        crate::call::call(self, func, args)
    }

    /// Call with positional arguments only.
    pub fn call_positional(&mut self, func: &PyObjectRef, args: &[PyObjectRef]) -> PyResult {
        crate::call::call(self, func, Args::positional(args))
    }

    // ----- iteration -----

    /// `iter(obj)`.
    pub fn get_iter(&mut self, obj: &PyObjectRef) -> PyResult {
        if let Some(it) = crate::object::iter::fast_iter(self, obj) {
            return Ok(it);
        }
        if let Some(f) = self.lookup_special(obj, &self.names.__iter__.clone()) {
            if self.is_none(&f) {
                return Err(self.new_type_error(format!("'{}' object is not iterable", obj.ty().name())));
            }
            let it = self.call_with_self(&f, obj, &[])?;
            if self.lookup_special(&it, &self.names.__next__.clone()).is_none() {
                return Err(self.new_type_error(format!("iter() returned non-iterator of type '{}'", it.ty().name())));
            }
            return Ok(it);
        }
        if self.lookup_special(obj, &self.names.__getitem__.clone()).is_some() {
            return Ok(crate::object::iter::new_seq_iter(self, obj.clone()));
        }
        Err(self.new_type_error(format!("'{}' object is not iterable", obj.ty().name())))
    }

    /// `next(it)`: `Ok(None)` when exhausted (StopIteration is absorbed).
    pub fn iter_next(&mut self, it: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        if let Some(r) = crate::object::iter::fast_next(self, it) {
            return r;
        }
        if let Some(g) = it.downcast_ref::<crate::object::generator::PyGenerator>() {
            if g.kind == crate::object::generator::GenKind::Generator {
                return crate::generator::gen_next(self, it);
            }
        }
        if let Some(next) = it.ty().native_next.get() {
            return next(self, it);
        }
        if !it.ty().flags.heaptype {
            if let Some(r) = NATIVE_NEXT.get().and_then(|f| f(self, it)) {
                return r;
            }
        }
        match self.lookup_special(it, &self.names.__next__.clone()) {
            Some(f) => match self.call_with_self(&f, it, &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.is_instance_of(&self.exc.stop_iteration) => Ok(None),
                Err(e) => Err(e),
            },
            None => Err(self.new_type_error(format!("'{}' object is not an iterator", it.ty().name()))),
        }
    }

    /// Collect an iterable into a vector.
    pub fn collect(&mut self, iterable: &PyObjectRef) -> PyResult<Vec<PyObjectRef>> {
        // Exact types only: a subclass may override `__iter__`.
        if let Some(t) = iterable
            .downcast_ref::<PyTuple>()
            .filter(|_| iterable.class().is(&self.types.tuple))
        {
            self.charge_items(t.as_slice().len())?;
            return Ok(t.as_slice().to_vec());
        }
        if let Some(l) = iterable
            .downcast_ref::<PyList>()
            .filter(|_| iterable.class().is(&self.types.list))
        {
            self.charge_items(l.len())?;
            return Ok(l.items.borrow().clone());
        }
        // A known length is checked before anything is made (`limits.rs`).
        self.check_materialise(iterable, std::mem::size_of::<PyObjectRef>(), true)?;
        let it = self.get_iter(iterable)?;
        let mut out = Vec::new();
        while let Some(v) = self.iter_next(&it)? {
            out.push(v);
            if out.len() % crate::limits::LONG_LOOP == 0 {
                // An endless iterator must not outrun the limits (`limits.rs`).
                self.check_long_loop(out.capacity() * std::mem::size_of::<PyObjectRef>())?;
            }
        }
        Ok(out)
    }

    // ----- sequences and mappings -----

    /// `len(obj)`.
    pub fn len(&mut self, obj: &PyObjectRef) -> PyResult<usize> {
        // Fast paths for the built-in types themselves; a subclass may define
        // its own `__len__`.
        if !obj.ty().flags.heaptype {
            if let Some(l) = obj.downcast_ref::<PyList>() {
                return Ok(l.items.borrow().len());
            }
            if let Some(t) = obj.downcast_ref::<PyTuple>() {
                return Ok(t.items.len());
            }
            if let Some(s) = obj.downcast_ref::<PyStr>() {
                return Ok(s.char_len());
            }
            if let Some(d) = obj.downcast_ref::<PyDict>() {
                return Ok(d.len());
            }
            if let Some(b) = obj.downcast_ref::<crate::object::bytes::PyBytes>() {
                return Ok(b.value.len());
            }
            if let Some(n) = obj.ty().native_len.get().and_then(|f| f(obj)) {
                return Ok(n);
            }
        }
        match self.call_special(obj, &self.names.__len__.clone(), &[]) {
            Some(r) => Ok(self.index_of_len_result(r?)? as usize),
            None => Err(self.new_type_error(format!("object of type '{}' has no len()", obj.ty().name()))),
        }
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: &PyObjectRef, key: &PyObjectRef) -> PyResult {
        // Fast path: list/tuple indexed by a small int (not a subclass, which
        // may define its own `__getitem__`).
        if let Some(IntValue::Small(i)) = key
            .downcast_ref::<PyInt>()
            .filter(|_| !obj.ty().flags.heaptype)
            .map(|k| &k.value)
        {
            if let Some(l) = obj.downcast_ref::<PyList>() {
                let items = l.items.borrow();
                let n = items.len() as i64;
                let j = if *i < 0 { i + n } else { *i };
                if (0..n).contains(&j) {
                    return Ok(items[j as usize].clone());
                }
            } else if let Some(t) = obj.downcast_ref::<PyTuple>() {
                let n = t.items.len() as i64;
                let j = if *i < 0 { i + n } else { *i };
                if (0..n).contains(&j) {
                    return Ok(t.items[j as usize].clone());
                }
            } else if let Some(item) = obj.ty().native_item.get() {
                return item(self, obj, *i);
            }
        }
        if let Some(r) = crate::object::str::getitem_fast(self, obj, key) {
            return r;
        }
        if obj.class().is(&self.types.dict) {
            if let Some(v) = self.dict_get_item_opt(obj, key)? {
                return Ok(v);
            }
            return Err(self.new_key_error(key.clone()));
        }
        if let Some(r) = crate::object::dict_methods::subclass_getitem(self, obj, key) {
            return r;
        }
        if let Some(r) = self.call_special(obj, &self.names.__getitem__.clone(), std::slice::from_ref(key)) {
            return r;
        }
        if let Some(t) = obj.as_type() {
            // `list[int]` and friends (PEP 585): a `types.GenericAlias`.
            if let Some(f) = t.lookup(&self.intern("__class_getitem__")) {
                let f = self.bind_descriptor(&f, None, obj)?;
                return self.call_positional(&f, std::slice::from_ref(key));
            }
            if obj.is(&self.types.type_) {
                let args = [obj.clone(), key.clone()];
                return crate::builtins::call_stdlib(self, "_generic_alias", "_class_getitem", &args);
            }
            return Err(self.new_type_error(format!("type '{}' is not subscriptable", t.name())));
        }
        Err(self.new_type_error(format!("'{}' object is not subscriptable", obj.ty().name())))
    }

    /// `obj[key] = value`.
    pub fn set_item(&mut self, obj: &PyObjectRef, key: &PyObjectRef, value: PyObjectRef) -> PyResult<()> {
        if obj.class().is(&self.types.dict) || crate::object::dict_methods::keeps_dict_setitem(self, obj) {
            return self.dict_set(obj, key.clone(), value);
        }
        if let Some(l) = obj.downcast_ref::<PyList>().filter(|_| !obj.ty().flags.heaptype) {
            if let Some(IntValue::Small(i)) = key.downcast_ref::<PyInt>().map(|k| &k.value) {
                let mut items = l.items.borrow_mut();
                let n = items.len() as i64;
                let j = if *i < 0 { i + n } else { *i };
                if (0..n).contains(&j) {
                    items[j as usize] = value;
                    return Ok(());
                }
            }
        }
        let name = self.names.__setitem__.clone();
        match self.call_special(obj, &name, &[key.clone(), value]) {
            Some(r) => r.map(|_| ()),
            None => Err(self.new_type_error(format!("'{}' object does not support item assignment", obj.ty().name()))),
        }
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: &PyObjectRef, key: &PyObjectRef) -> PyResult<()> {
        match self.call_special(obj, &self.names.__delitem__.clone(), std::slice::from_ref(key)) {
            Some(r) => r.map(|_| ()),
            None => Err(self.del_item_error(obj)),
        }
    }

    /// CPython's two wordings: "doesn't" for a type with the sequence
    /// protocol (`__len__`, `__getitem__` or `__contains__`: CPython's
    /// `tp_as_sequence`), "does not" for any other object.
    #[cold]
    fn del_item_error(&mut self, obj: &PyObjectRef) -> PyObjectRef {
        let sequence = ["__len__", "__getitem__", "__contains__"].iter().any(|n| {
            let n = self.intern(n);
            obj.ty().lookup(&n).is_some()
        });
        let verb = if sequence { "doesn't" } else { "does not" };
        self.new_type_error(format!("'{}' object {verb} support item deletion", obj.ty().name()))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &PyObjectRef, item: &PyObjectRef) -> PyResult<bool> {
        if let Some(r) = crate::object::str::contains_fast(self, container, item) {
            return Ok(r);
        }
        // Exact dicts, sets and frozensets: the lookup without the method call.
        let c = container.class();
        if c.is(&self.types.dict) {
            return Ok(self.dict_get_item_opt(container, item)?.is_some());
        }
        if c.is(&self.types.set) || c.is(&self.types.frozenset) {
            return crate::object::set::set_contains(self, container, item);
        }
        if let Some(r) = self.call_special(container, &self.names.__contains__.clone(), std::slice::from_ref(item)) {
            let r = r?;
            return self.is_true(&r);
        }
        let it = self.get_iter(container).map_err(|e| {
            if e.is_instance_of(&self.exc.type_error) {
                self.new_type_error(format!("argument of type '{}' is not iterable", container.ty().name()))
            } else {
                e
            }
        })?;
        let mut pace = crate::limits::Pace::default();
        while let Some(v) = self.iter_next(&it)? {
            if self.eq(&v, item)? {
                return Ok(true);
            }
            pace.step(self)?;
        }
        Ok(false)
    }

    // ----- numbers -----

    /// `a op b` or `a op= b`.
    pub fn binary_op(&mut self, a: &PyObjectRef, b: &PyObjectRef, op: BinaryOp, inplace: bool) -> PyResult {
        if let Some(r) = crate::object::int::binary_fast(self, a, b, op) {
            return r;
        }
        if let Some(r) = crate::object::complex::binary_fast(self, a, b, op) {
            return r;
        }
        if let Some(r) = crate::object::float::binary_fast(self, a, b, op) {
            return r;
        }
        if let Some(r) = crate::object::str::binary_fast(self, a, b, op) {
            return r;
        }
        if matches!(op, BinaryOp::Add) {
            if let Some(r) = crate::object::bytes::add_fast(self, a, b) {
                return r;
            }
        }
        if inplace {
            let iname = self.intern(op.idunder());
            if let Some(r) = self.call_special(a, &iname, std::slice::from_ref(b)) {
                let r = r?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        let name = self.intern(op.dunder());
        let rname = self.intern(op.rdunder());
        let a_cls = a.class().clone();
        let b_cls = b.class().clone();
        let try_reflected_first = !a_cls.is(&b_cls) && b_cls.is_subtype(&a_cls) && b.ty().lookup(&rname).is_some();
        if try_reflected_first {
            if let Some(r) = self.call_special(b, &rname, std::slice::from_ref(a)) {
                let r = r?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_special(a, &name, std::slice::from_ref(b)) {
            let r = r?;
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        if !try_reflected_first && !a_cls.is(&b_cls) {
            if let Some(r) = self.call_special(b, &rname, std::slice::from_ref(a)) {
                let r = r?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        let sym = if inplace {
            format!("{}=", op.symbol())
        } else {
            op.symbol().to_string()
        };
        if op == BinaryOp::Power && !inplace {
            return Err(self.new_type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                a.ty().name(),
                b.ty().name()
            )));
        }
        if op == BinaryOp::Add && !inplace && a.payload_is::<PyStr>() && !b.payload_is::<PyStr>() {
            return Err(self.new_type_error(format!("can only concatenate str (not \"{}\") to str", b.ty().name())));
        }
        if op == BinaryOp::Add && a.payload_is::<PyList>() && !b.payload_is::<PyList>() && !inplace {
            return Err(self.new_type_error(format!("can only concatenate list (not \"{}\") to list", b.ty().name())));
        }
        if op == BinaryOp::Add && a.payload_is::<PyTuple>() && !b.payload_is::<PyTuple>() {
            return Err(self.new_type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                b.ty().name()
            )));
        }
        Err(self.new_unsupported_operands(&sym, a, b))
    }

    /// Unary `-`, `+`, `~` (by special-method name) with CPython's message.
    pub fn unary_op(&mut self, v: &PyObjectRef, name: &str, sym: &str) -> PyResult {
        let n = self.intern(name);
        match self.call_special(v, &n, &[]) {
            Some(r) => r,
            None => Err(self.new_type_error(format!("bad operand type for unary {sym}: '{}'", v.ty().name()))),
        }
    }

    /// `operator.index(obj)` as an `i64` (`OverflowError` if it does not fit).
    pub fn to_index(&mut self, obj: &PyObjectRef) -> PyResult<i64> {
        let v = self.to_index_value(obj)?;
        match v {
            IntValue::Small(i) => Ok(i),
            IntValue::Big(_) => {
                Err(self.new_index_error(format!("cannot fit '{}' into an index-sized integer", obj.ty().name())))
            }
        }
    }

    /// `operator.index(obj)` as an int value.
    pub fn to_index_value(&mut self, obj: &PyObjectRef) -> PyResult<IntValue> {
        if let Some(i) = obj.downcast_ref::<PyInt>() {
            return Ok(i.value.clone());
        }
        match self.call_special(obj, &self.names.__index__.clone(), &[]) {
            Some(r) => {
                let r = r?;
                match r.downcast_ref::<PyInt>() {
                    Some(i) => Ok(i.value.clone()),
                    None => Err(self.new_type_error(format!("__index__ returned non-int (type {})", r.ty().name()))),
                }
            }
            None => Err(self.new_type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                obj.ty().name()
            ))),
        }
    }

    /// `isinstance(obj, cls)` where `cls` may be a tuple of classes.
    pub fn isinstance(&mut self, obj: &PyObjectRef, cls: &PyObjectRef) -> PyResult<bool> {
        if let Some(t) = cls.downcast_ref::<PyTuple>() {
            for c in t.as_slice() {
                let hit = if c.payload_is::<PyTuple>() {
                    self.guarded(crate::recursion::INSTANCECHECK, |vm| vm.isinstance(obj, c))?
                } else {
                    self.isinstance(obj, c)?
                };
                if hit {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if cls.as_type().is_none() {
            return Err(self.new_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
        }
        if obj.is_instance_of(cls) {
            return Ok(true);
        }
        // CPython's `object_isinstance`: an instance whose `__class__` says
        // otherwise (a proxy, a mock) is checked against that class too.
        if obj.ty().flags.heaptype {
            let name = self.names.__class__.clone();
            if let Some(c) = self.get_attr_opt(obj, &name)? {
                if !c.is(obj.class()) && c.as_type().is_some() {
                    return Ok(c.is_subtype(cls));
                }
            }
        }
        Ok(false)
    }

    /// `issubclass(sub, cls)` where `cls` may be a tuple.
    pub fn issubclass(&mut self, sub: &PyObjectRef, cls: &PyObjectRef) -> PyResult<bool> {
        if sub.as_type().is_none() {
            return Err(self.new_type_error("issubclass() arg 1 must be a class"));
        }
        if let Some(t) = cls.downcast_ref::<PyTuple>() {
            for c in t.as_slice() {
                let hit = if c.payload_is::<PyTuple>() {
                    self.guarded(crate::recursion::SUBCLASSCHECK, |vm| vm.issubclass(sub, c))?
                } else {
                    self.issubclass(sub, c)?
                };
                if hit {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if cls.as_type().is_none() {
            return Err(self.new_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        }
        Ok(sub.is_subtype(cls))
    }
}

/// `next()` of the standard library's own iterators (text and binary files,
/// csv readers) without looking up and calling `__next__`: `None` when `it`
/// is not one of them. Set once by the standard library; [`Vm::iter_next`]
/// asks it only for instances of built-in (non-heap) types.
pub type NativeNextFn = fn(&mut Vm, &PyObjectRef) -> Option<PyResult<Option<PyObjectRef>>>;

/// The standard library's [`NativeNextFn`].
pub static NATIVE_NEXT: std::sync::OnceLock<NativeNextFn> = std::sync::OnceLock::new();
